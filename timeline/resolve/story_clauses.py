"""Clause shapes the story's resolver reads around a date: commas, describing and reduced clauses, time clauses,
sentence openings, planning words."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..recognize.meaning import Mention, SetSpec
from ..text import Doc
from .tense_cues import TenseWords, tense_words
from .tense import clause_tense
from .tense_reports import in_past_perfect, met_in_clause, past_form

if TYPE_CHECKING:
    from .anchors import Context

__all__ = ["counterfactual", "perfect_after_comma", "names_event", "in_parentheses", "dates_planning", "recurring_clock"]


def recurring_clock(ctx: "Context", mentions: list[Mention], i: int) -> bool:
    """Whether the clock time ``mentions[i]`` (with no day of its own) is told in a clause that is not past after a
    recurrence told before it in its clause ("The library will open on Sundays from next month, between 10 a.m. and 4 p.m.", "The bar is
    open every Saturday from 6 p.m."): the hours of each time it recurs, on no one day (``XXXX-XX-XXT10:00``, no bounds);
    a past clause ("The crew, who train every morning, found the boat at 6 a.m.") or one joined after a comma ("The pool
    opens on Sundays, and a gala starts at 2 p.m.") keeps the story's day."""
    mention = mentions[i]
    s, _ = ctx.doc.sentence_at(mention.start)
    if not any(isinstance(m.meaning, SetSpec) and s <= m.start and m.end <= mention.start and not joined_clause(ctx.doc, m.end, mention.start)
               for m in mentions[:i]):
        return False  # (a recurrence told after the clock, "Rides open at 10 a.m. each day" of a fair's run, may mean its first day's)
    return clause_tense(ctx.doc, mention.start, mention.end)[0] != "past"

def joined_clause(doc: Doc, start: int, end: int) -> bool:
    """Whether the text between two dates of a sentence holds a comma or semicolon and "and" ("or") that join a clause to
    the first one's, with no relative or subordinate clause opened after it: "announced it on 12 March, and the academy
    gave her its prize in December"; not "surrendered after a siege that began in January"."""
    cues = tense_words(doc.language)
    words = [w.lower() for w in _WORD.findall(doc.text, start, end)]
    at = next((k for k in range(len(words) - 1, 0, -1) if words[k] in cues.list_words and words[k - 1] in (",", ";")), None)
    return at is not None and not any(w in cues.boundaries or w in cues.relatives for w in words[at + 1 :])


def plan_in_describing_clause(ctx: "Context", mention: Mention) -> bool:
    """Narrative mode: whether the first word after a date that looks ahead is a participle opening a clause set off by
    commas, a comma after it later in the sentence ("The 1916 offensive, planned for May, was put off"): the clause
    describes the subject, the sentence's own verb is told, and the date is when the story is."""
    cues = tense_words(ctx.doc.language)
    _, e = ctx.doc.sentence_at(mention.start)
    words = _WORD.findall(ctx.text, mention.end, e)
    ahead = cues.future | cues.aux_future | cues.intent
    for k, w in enumerate(words):
        lw = w.lower()
        if lw in ahead:
            return k > 0 and words[k - 1] == "," and _participle(w, cues) and "," in words[k + 1 :]
    return False


def opens_in_past_perfect(ctx: "Context", mention: Mention) -> bool:
    """Narrative mode: whether the sentence of ``mention`` opens in the past perfect, its main clause a flashback ("He had
    first gone down the pit [in 1898], when he was twelve"; "She had trained in Edinburgh, where she qualified [in 1884]")."""
    s, _ = ctx.doc.sentence_at(mention.start)
    return s < mention.start and in_past_perfect(ctx.doc, s, s)


def reported_modal(ctx: "Context", mention: Mention) -> bool:
    """Narrative mode: whether a date stands in a clause reported by a word of saying (tense cues ``reporting``, then
    perhaps ``report_content``: "said that") with a modal of what may be (``backshifted``, ``open_modals``: "could",
    "might", "should") between them, in one clause: "they said that the land could not be won back before 1440" is a
    prospect someone spoke of, no time the story goes to (a "would" clause is already read as the future)."""
    cues = tense_words(ctx.doc.language)
    s, _ = ctx.doc.sentence_at(mention.start)
    words = [w.lower() for w in _WORD.findall(ctx.text, s, mention.start)]
    modal = False
    for w in reversed(words):
        if w in cues.backshifted or w in cues.open_modals:
            modal = True
        elif w in cues.reporting:
            return modal
        elif w in cues.boundaries and w not in cues.report_content:
            return False
    return False


def counterfactual(ctx: "Context", mention: Mention) -> bool:
    """Narrative mode: whether a date stands in a clause that tells what did not happen: a clause with a conditional perfect
    (tense cues ``counterfactual_modals`` then ``counterfactual_have``, maybe a negation between: "it would have been
    finished by the summer of 1901", "In May the fort could have fallen"), or, in a sentence that holds one, a condition in
    the past perfect ("If the council had borrowed the money in 1899", "Had it been signed in January"): no time the story
    goes to.  "would have to" is an obligation, no perfect; "must have", "may have" are real pasts."""
    cues = tense_words(ctx.doc.language)
    if not cues.counterfactual_modals:
        return False
    s, e = ctx.doc.sentence_at(mention.start)
    words = [(w.group().lower(), w.start()) for w in _WORD.finditer(ctx.text, s, e)]
    perfects = []
    for k, (w, _) in enumerate(words):
        if w in cues.counterfactual_modals:
            j = k + 1
            while j < len(words) and words[j][0] in cues.negation:
                j += 1
            if j < len(words) and words[j][0] in cues.counterfactual_have and (j + 1 == len(words) or words[j + 1][0] != "to"):
                perfects.append(k)
    if not perfects:
        return False
    at = next((k for k, (_, p) in enumerate(words) if p >= mention.start), len(words))
    first = next((k + 1 for k in range(at - 1, -1, -1) if words[k][0] in cues.boundaries), 0)
    last = next((k for k in range(at, len(words)) if words[k][1] >= mention.end and words[k][0] in cues.boundaries), len(words))
    if any(first <= k < last for k in perfects):
        return True  # the date in the clause of the conditional perfect
    clause = [w for w, _ in words[first:at]]
    return bool(clause) and (clause[0] in cues.past_perfect or (clause[0] in cues.conditions and any(w in cues.past_perfect for w in clause[1:])))


def future_cue_outside(ctx: "Context", mention: Mention, mentions: list[Mention]) -> bool:
    """Narrative mode: whether the sentence of a date holds a word that looks ahead ("will", "planned", "next") outside
    its time expressions: in a history "the next four years", "the following spring" count on from the story's time and
    make no clause of the sentence a prospect."""
    s, e = ctx.doc.sentence_at(mention.start)
    cues = tense_words(ctx.doc.language)
    # (and the verbs that look ahead to an infinitive: "promised his captors to pay the ransom by 1420", "hoped to reach Lima
    # by the end of 1821")
    ahead = cues.future | cues.aux_future | cues.modals | cues.expecting
    spans = [(m.start, m.end) for m in mentions if m.end > s and m.start < e]
    for w in _CUE_WORD.finditer(ctx.text, s, e):
        word = w.group().lower()
        if word in ahead and (word not in cues.modals or w.group().islower()) and not any(a <= w.start() < b for a, b in spans):
            return True
    return False


_CUE_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")


_PLANNING_REACH = 8  # words of the main clause after a fronted date in which its verb is looked for
_WORD = re.compile(r"(?:[^\W\d_]|')+|(?<!\d),|,(?!\d)|;|:|\(|\)|\"")  # words and marks; the comma of "2,000" is no mark


def dates_planning(ctx: "Context", mention: Mention) -> bool:
    """Narrative mode: whether a date opens a sentence whose main verb is an intention word
    ("On October 2, 1803, the admiral planned an attack", "In a speech on May 1, the general
    intended ..."): the date is when the planning was done, which moves the story; the time
    planned for ("will attack in 1808") does not."""
    cues = tense_words(ctx.doc.language)
    _, e = ctx.doc.sentence_at(mention.start)
    words = _WORD.findall(ctx.text, mention.end, min(e, mention.end + 160))
    if words[:1] != [","]:
        return False
    for w in words[1 : _PLANNING_REACH + 1]:
        lw = w.lower()
        if lw in cues.boundaries:
            return False
        if lw in cues.intent or lw in cues.expecting:
            return w[:1].islower()
        if lw in cues.future or lw in cues.aux_future:
            return False
    return False


COMMA_ASIDE_WORDS = 2  # words between the comma and a date set off by commas ("of 1831", "built in 1610")


def between_commas(ctx: "Context", mention: Mention) -> bool:
    """Whether a date is set off by commas inside its sentence, with at most ``COMMA_ASIDE_WORDS``
    words before it after the first ("The old constitution, of 1831, was abolished", "The fortress,
    built in 1610, fell")."""
    s, _ = ctx.doc.sentence_at(mention.start)
    before = _WORD.findall(ctx.text, max(s, mention.start - 40), mention.start)
    after = _WORD.findall(ctx.text, mention.end, mention.end + 2)
    if after[:1] != [","] or "," not in before:
        return False
    cues = tense_words(ctx.doc.language)
    k = len(before) - 1 - before[::-1].index(",")
    words = before[k + 1 :]
    following = _WORD.findall(ctx.text, mention.end, mention.end + 12)[1:2]
    if words and words[0].lower() not in cues.prepositions and following and following[0].isalpha() and (following[0].lower() in cues.list_words or (
            following[0].lower() in cues.boundaries and following[0].lower() not in cues.relatives and following[0].lower() != "that")):
        # "The first section, to Holt, opened on 1 May 1794, but that winter ...": a verb after the comma, the date ends
        # its clause (not "had crossed once before, in 1861, and had spent ...")
        return False
    # ", and on 5 March 1971, the troops ...": the date opens a clause of the story
    return len(words) <= COMMA_ASIDE_WORDS and not any(w.lower() in cues.boundaries or w.lower() in cues.list_words for w in words)


SUBJECT_WORDS = 4  # words before the comma that opens a describing clause after the subject ("The old fortress, built in 1690, ...")


def in_modifier_clause(ctx: "Context", mention: Mention) -> bool:
    """Whether a date lies in a clause set off by commas that describes a noun: a relative clause
    ("the fortress, which was rebuilt in 1760, fell") or, after the subject opening the sentence, a
    participle clause ("The fortress, built in the 1690s and rebuilt after 1760, barred the road",
    "Its colonel, born in 1771 and trained as an engineer, held it"); not a clause of the story
    ("Meanwhile, the army reached the coast in 1760, where ...")."""
    s, _ = ctx.doc.sentence_at(mention.start)
    before = _WORD.findall(ctx.text, s, mention.start)
    if "," not in before:
        return False
    k = len(before) - 1 - before[::-1].index(",")
    words = [w.lower() for w in before[k + 1 :]]
    cues = tense_words(ctx.doc.language)
    if not words:
        return False
    if words[0] in cues.relatives:
        inner = words[1:]
    elif (before.index(",") == k and k <= SUBJECT_WORDS and _participle(before[k + 1], cues)
          and not any(_participle(w, cues) or w in cues.aux_past or w in cues.be for w in before[:k])):  # "The navy sailed south, reached ..."
        inner = words
    else:
        return False
    return not any(w in cues.boundaries for w in inner)


REDUCED_REACH = 3  # words between the participle of a describing phrase and its date ("published [in] 2005", "built [by the Dutch in]")


def in_reduced_clause(ctx: "Context", mention: Mention) -> bool:
    """Whether a date lies in a participle phrase right after the subject that opens its sentence, with no commas, the
    sentence's own verb after it ("A report published in 2005, however, showed that ...", "The letters found in 1790 were
    burned"); not a date of the main clause ("The army reached the coast in 1760": no verb after the date)."""
    s, e = ctx.doc.sentence_at(mention.start)
    before = _WORD.findall(ctx.text, s, mention.start)
    cues = tense_words(ctx.doc.language)
    if not 2 <= len(before) <= SUBJECT_WORDS + 1 + REDUCED_REACH or any(not w[:1].isalpha() for w in before):
        return False
    participles = ctx.lexicon.tables.get("reduced_clauses", {}).get("participles", ())
    at = next((k for k, w in enumerate(before) if (past_form(w, cues) or w.lower() in participles or w.lower() in cues.aux_past
                                                   or w.lower() in cues.be)
               and not (k and before[k - 1].lower() in cues.determiners)), None)  # ("An undated report": an adjective)
    if at is None or not 1 <= at <= SUBJECT_WORDS or len(before) - at - 1 > REDUCED_REACH or before[at].lower() in cues.aux_past or before[at].lower() in cues.be:
        return False
    after = _WORD.findall(ctx.text, mention.end, min(e, mention.end + 60))
    if after[:1] == [","] and "," in after[1:4]:
        after = after[after.index(",", 1) + 1 :]  # past an aside: ", however,"
    verb = after[0].lower() if after else ""
    return past_form(verb, cues) or verb in cues.reporting or verb in cues.aux_past or verb in cues.be  # "revealed", "were"


def _participle(word: str, cues: "TenseWords") -> bool:
    """Whether a word is a past participle or a life word opening a describing clause ("built", "rebuilt", "born")."""
    w = word.lower()
    if word[:1].isupper() or w in cues.aux_past or w in cues.be:
        return False
    return (w in cues.past or w in cues.life_asides or any(w.endswith(p) and len(w) > len(p) + 1 for p in cues.past if len(p) >= 4)
            or (bool(cues.past_suffix) and len(w) >= cues.past_min_length and w.endswith(cues.past_suffix) and w not in cues.not_past))


LIFE_WORDS = 4  # words between a life word and its date ("born in Lyon in 1771")


def after_life_word(ctx: "Context", mention: Mention) -> bool:
    """Whether a life word ("born") comes shortly before a date in its clause: "was born in Lyon in 1771"."""
    s, _ = ctx.doc.sentence_at(mention.start)
    cues = tense_words(ctx.doc.language)
    return met_in_clause(reversed(_WORD.findall(ctx.text, max(s, mention.start - 60), mention.start)[-(LIFE_WORDS + 1) :]), cues.life_asides, cues)


def in_time_clause(ctx: "Context", mention: Mention) -> bool:
    """Whether a date stands in a clause that opens its sentence with a time word (lexicon [life_dates] openers), or with
    a pronoun that makes the story's own person its subject (``subjects``), before the comma that closes it: "When her
    father died in 1836 the family moved", "He died in Stockholm on 2 November 1900" tell the story's time, not a life's
    date in passing ("Its colonel fled west and died in Vienna in 1840")."""
    s, _ = ctx.doc.sentence_at(mention.start)
    words = _WORD.findall(ctx.text, s, mention.start)
    table = ctx.lexicon["life_dates"]
    return (bool(words) and (words[0].lower() in table["openers"] or (words[0] in table.get("subjects", ()))) and "," not in ctx.text[s : mention.start])


OPENING_WORDS = 3  # words before a date that opens its sentence ("In 1861", "Finally, in late 1933")


def _event_opens_sentence(ctx: "Context", mention: Mention) -> bool:
    """Narrative mode: whether a year that names an event stands in the phrase that opens its sentence, after a word of
    lexicon [narrative_event_years] ``openers`` and at most ``words`` words ("At the Stockholm Olympics of 1912 he won",
    "In the great fire of 1666 the market burned"), no comma between: where the story goes, not a reference in passing."""
    table = ctx.lexicon.tables.get("narrative_event_years")
    if not table:
        return False
    s, _ = ctx.doc.sentence_at(mention.start)
    before = ctx.text[s : mention.start]
    words = _WORD.findall(before)
    return bool(words) and words[0].lower() in table["openers"] and len(words) <= int(table["words"]) and "," not in before


def opens_sentence(ctx: "Context", mention: Mention) -> bool:
    """Whether a date stands at the start of its sentence, after at most a few words."""
    s, _ = ctx.doc.sentence_at(mention.start)
    return len(_WORD.findall(ctx.text, s, mention.start)) <= OPENING_WORDS


def names_event(ctx: "Context", mention: Mention) -> bool:
    """Whether a date follows "of" after a noun, naming what it happened to ("the plague of 1348", "the treaty of 886")."""
    cues = tense_words(ctx.doc.language)
    words = _WORD.findall(ctx.text, max(0, mention.start - 40), mention.start)
    return (len(words) >= 2 and words[-1].lower() in cues.event_of and words[-2].isalpha()
            and words[-2].lower() not in cues.event_of_not_after)


_COMMA_AFTER = re.compile(r"\s*,")


def perfect_after_comma(ctx: "Context", mention: Mention) -> bool:
    """Whether a time opening its sentence and set off by a comma heads a clause in the past perfect ("The day before,
    eleven people had died in the street"): a flashback, as it is without the comma."""
    m = _COMMA_AFTER.match(ctx.text, mention.end)
    return m is not None and opens_sentence(ctx, mention) and in_past_perfect(ctx.doc, mention.start, m.end())


def in_parentheses(text: str, start: int, end: int, reach: int = 80) -> bool:
    """Whether [start, end) lies inside a parenthesis closed within ``reach`` characters."""
    before = text[max(0, start - reach) : start]
    after = text[end : end + reach]
    opened = before.rfind("(")
    return opened >= 0 and ")" not in before[opened:] and ")" in after and "(" not in after[: after.find(")")]
