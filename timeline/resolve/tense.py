"""The tense of the clause around an expression: decides "Saturday" backwards or forwards.

A cheap, linear heuristic: the verb next to the expression, else the nearest tense cue in
its clause, else in its sentence.  Cues are auxiliaries, modal/scheduling words, past forms,
infinitives ("to be completed by Dec. 15") and signals ("since", "until" after "extended");
the words are data (``<lang>/tense.toml``).

The pieces live beside it: `tense_cues` (the cue words and the quick window tests), `tense_verbs` (the verb next
to the expression), `tense_signals` (signal words that fix a direction) and `tense_reports` (reports, limits,
fixtures, "until", the past perfect).
"""

from __future__ import annotations

import functools
import itertools
import re
from typing import TYPE_CHECKING, Optional

from ..lexicon import load_data
from ..text import Doc, headline_of_text
from .tense_cues import _CLAUSE_TOKEN, _cue, _may_hold_grouped, _quiet, tense_words
from .tense_verbs import (
    _INFINITIVE_NEXT, _INFINITIVE_NEXT_CASED, _adverb, _be_state, _clock_range_word, _cue_adjacent,
    _forward_cue, _passive_present, _scheduled_before, _scheduled_present, _span_opener, _span_present,
    _with_auxiliary,
)

if TYPE_CHECKING:
    from .tense_cues import TenseWords

__all__ = ["clause_tense", "tense_evidence"]


def _tokens(text: str, start: int, end: int, cues: TenseWords) -> list[str]:
    """The words and marks of ``text[start:end]``, with phrases that are no tense cue blanked (see :func:`_without_phrases`)."""
    tokens = _CLAUSE_TOKEN.findall(text, start, end)
    curly = text.find("’", start, end) >= 0
    if curly:
        tokens = [w.replace("’", "'") for w in tokens]  # "didn’t" as "didn't"
    if not _may_hold_grouped(text, start, end, cues.not_cue_groups, curly):
        return tokens  # the usual case, tested cheaply: no phrase has all its words there
    rx = _not_cue_words(cues.not_cues)
    if rx is None or rx.search(text, start, end) is None:
        return tokens  # none of the phrases' first words is there
    return _without_phrases(tokens, cues)


@functools.lru_cache(maxsize=None)
def _not_cue_words(phrases: tuple[tuple[str, ...], ...]) -> "Optional[re.Pattern[str]]":
    """A quick test for the first words of the phrases that are no tense cue."""
    firsts = sorted({p[0] for p in phrases})
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in firsts) + r")\b", re.I) if firsts else None


def _without_phrases(tokens: list[str], cues: TenseWords) -> list[str]:
    """``tokens`` (in text order) with the words of phrases that are no tense cue ("next to the
    embassy") blanked, so that "next" there does not put the clause in the future."""
    if not cues.not_cues:
        return tokens
    out = list(tokens)
    lowered = [t.lower() for t in tokens]
    for phrase in cues.not_cues:
        n = len(phrase)
        for i in range(len(lowered) - n + 1):
            if lowered[i] == phrase[0] and tuple(lowered[i : i + n]) == phrase:
                out[i : i + n] = ["-"] * n
    return out


_FRONTED_REACH = 24  # words after an opening time phrase in which its main verb is looked for


def _after_aside(before: list[str], opened: int, cues: TenseWords) -> bool:
    """Whether the comma that opens the expression's clause (``opened`` words before it) closes an aside of a clause
    begun before it (a word other than a boundary or "and"/"or" stands right before that comma's phrase)."""
    k = len(before) - opened - 1  # the comma
    if k <= 0 or before[k] != ",":
        return False
    prev = before[k - 1].lower()
    return prev not in cues.boundaries and prev not in cues.list_words and prev not in cues.skip


_ASIDE_SUBJECT_WORDS = 6  # words of a subject before an aside that holds the expression ("[Their last walkout], in March, shut ...")


def _bare_subject(words: list[str], cues: TenseWords) -> bool:
    """Whether ``words`` (from the sentence's start) are a subject alone: a few words with no tense cue, reporting verb or
    boundary ("The strike", "Their last walkout", "Last year's race"; not "The union said", "When the strike began")."""
    return (0 < len(words) <= _ASIDE_SUBJECT_WORDS and all((w[:-2] if w.endswith("'s") else w).isalpha() for w in words) and words[0][:1].isupper()
            and not any(w.lower() in cues.boundaries or w.lower() in cues.reporting or _cue(w, cues) is not None for w in words))


_OPENING_MARKS = frozenset({'"', "“", "("})  # marks that may stand before a time opening its sentence ('"On Wednesday I fly home')


def _fronted_cue(clause_before: list[str], after: list[str], cues: TenseWords) -> Optional[str]:
    """ "In January, the company hired ...": a time phrase that opens the sentence takes the
    tense of the main verb after the comma (its subject may be several words long)."""
    if after[:1] != [","] or any(w.lower() not in cues.skip for w in clause_before):
        return None
    words = 0
    skipping = False
    for k, w in enumerate(after[1:], start=1):
        lw = w.lower()
        if lw == ",":
            skipping = False  # past an aside ("In January, a week after the vote, a bomb killed ...")
            continue
        if skipping:
            continue
        if lw in cues.boundaries:
            if after[k - 1] != ",":
                return None
            skipping = True  # "On Friday, when the minister left, the office closed": the main clause follows
            continue
        words += 1
        if words > _FRONTED_REACH:
            return None
        if lw in cues.reporting and lw not in cues.not_verbs:
            return "past"
        if lw in cues.scheduled and w[:1].islower():
            # "On Sunday, the team faces its rival": a fixture ahead (not "the visits", "to meet", "will meet")
            scheduled = _scheduled_present(list(reversed(after[: k + 1])), 0, cues)
            if scheduled is not None:
                return scheduled
        cue = _cue(w, cues)
        if cue == "past" and lw in cues.be and _scheduled_infinitive(after, k + 1, cues):
            return "present"  # "On Friday, the council was due to vote": a plan reported, either side of now (the nearest)
        if cue is not None:
            return cue
    return None


def _scheduled_infinitive(words: list[str], k: int, cues: TenseWords) -> bool:
    """Whether ``words[k:]`` open with a scheduling word and an infinitive, maybe after an adverb in -ly ("due to vote",
    "originally set to open"): after a past "be", a plan reported, as "was due to vote on Friday" reads it."""
    for j in range(k, min(k + 2, len(words))):
        if words[j].lower() in cues.scheduling:
            return j + 1 < len(words) and words[j + 1].lower() in _INFINITIVE_NEXT
        if not _adverb(words[j], cues):
            return False
    return False


def _auxiliary_next(words: list[str], k: int, cues: TenseWords) -> bool:
    """Whether ``words[k]`` is an auxiliary or modal ("and will hold", "but had left"): after "and" it opens a verb of its own."""
    if k >= len(words):
        return False
    w = words[k]
    lw = w.lower()
    return lw in cues.aux_future or lw in cues.aux_past or lw in cues.be or w in cues.modals or w in cues.open_modals


def _verb_next(words: list[str], k: int, cues: TenseWords) -> bool:
    """Whether ``words[k]`` is a lower-case verb form with a tense of its own ("and planned to return", "and stayed"):
    after "and" it opens a coordinated verb, whose cue is not the clause's before it."""
    return k < len(words) and words[k][:1].islower() and _cue(words[k], cues) in ("past", "future")


def _bare_object(word: str, cues: TenseWords) -> bool:
    """Whether ``word``, right after a reporting word, is a noun without a determiner ("added jobs", "reported losses"),
    not the start of a reported clause ("said the plant would", "warned that prices")."""
    lw = word.lower()
    return word.isalpha() and word[:1].islower() and lw not in cues.determiners and lw not in cues.skip and _cue(word, cues) is None


def _participle_by(backwards: list[str], i: int, cues: TenseWords) -> bool:
    """Whether ``backwards[i]`` is a form read as past only from its ending with "by" after it ("followed by",
    "accompanied by"): opening a phrase after a comma, a participle, no verb of its own."""
    w = backwards[i]
    return w[:1].islower() and w.lower() not in cues.past and i > 0 and backwards[i - 1].lower() == "by"


def _after_adjacent(after: list[str], cues: TenseWords) -> list[str]:
    """The first words after an expression in which its verb may stand ("Friday, police said"): past a
    comma, a form read as past only from its ending opens a participle phrase ("at a ceremony on
    Thursday, followed by a news conference"), no verb of the clause."""
    words = [w for w in after[:3] if w not in ","]
    if after[:1] == [","] and words and words[0].lower() not in cues.reporting:
        # past a comma only a reporting verb is the time's ("on Friday, police said"): not a participle phrase ("on Thursday,
        # followed by a news conference"), nor the main verb after a relative clause ("who arrived on Tuesday night, will stay")
        return []
    return words


_SUBJECT_PARTICIPLE = 3  # words of a subject before its participle ("[All online] orders placed by ...")


def _participle_subject(before: list[str], cues: TenseWords) -> bool:
    """Whether the words before a time are a sentence's subject and a past form after it, no cue among them ("Deliveries
    ordered by"): what :func:`_subject_participle` asks first, tested before the words after the time are tokenised."""
    k = len(before) - 1
    while k >= 0 and _cue(before[k], cues) != "past":  # the last past form (a plain loop: read per time)
        k -= 1
    if k <= 0 or k > _SUBJECT_PARTICIPLE or not before[0][:1].isupper():
        return False
    return not any(_cue(w, cues) is not None or w.lower() in cues.boundaries or w.lower() in cues.determiners and j > 0
                   for j, w in enumerate(before[:k]))


def _subject_participle(before: list[str], after: list[str], cues: TenseWords) -> bool:
    """Whether the past form before a time is a participle of the sentence's subject, with the main verb after the time in
    the present or future ("Deliveries ordered by December 18 are guaranteed to arrive", "Troops deployed on Monday will
    stay"): the subject's words before it hold no cue, and the first cue after the time, before a clause boundary, is a
    present "be" or a future auxiliary.  What the participle says may lie either side of now."""
    if not _participle_subject(before, cues):
        return False
    for w in after:
        lw = w.lower()
        if lw in cues.boundaries or lw in cues.list_words:
            return False  # ("Shares closed on Monday at 300 and are up": the past verb's own clause ends)
        if _cue(w, cues) is not None:
            return lw in cues.be_present or lw in cues.aux_future
    return False


_POSSESSIVE_END = re.compile(r"(?:['\u2019]s|(?<=s)['\u2019])$")  # "year's", "years'": the possessor


def tense_evidence(doc: Doc, start: int, end: int) -> tuple[Optional[str], int]:
    """('past' | 'present' | 'future' | None, where the cue was: 0 the adjacent verb, 1 the clause, 2 the sentence)."""
    cues = tense_words(doc.language)
    before = _tokens(doc.text, max(doc.sentence_at(start)[0], start - 160), start, cues)
    tense, level = _tense_evidence(doc, start, end, before)
    if tense == "present" and level <= 1:
        if _future_time_clause(before, cues):  # (the words _tense_evidence read first, tokenised once for both)
            return "future", level  # "will cut 40 jobs after the deal is completed in the spring": the spring ahead
    return tense, level


_TIME_CLAUSE = 12  # words at most between a clause of time's conjunction and the expression
_TIME_CLAUSE_HEAD = 15  # words at most between the main clause's future auxiliary and the conjunction


_FORECAST_REACH = 12  # words at most between a forecast's verb and the time it gives


def _forecast_clause(before: list[str], cues: TenseWords) -> bool:
    """Whether the clause before the time opens with a forecast and its present verb ("The forecast shows heavy rain for",
    "the charts show a cold front crossing the country late on", "forecasters see drier weather returning by"; tense.toml
    ``forecast_subjects``, ``forecast_verbs``) with no verb of a tense or a reporting word between: what it gives lies ahead."""
    if cues.forecast_subjects.isdisjoint(map(str.lower, before[-_FORECAST_REACH - 1 : -1])):
        return False  # quick test (most clauses): no forecast subject right before any word the loop below reads
    verbs = cues.forecast_verbs
    for k in range(len(before) - 1, max(0, len(before) - _FORECAST_REACH) - 1, -1):
        w = before[k]
        lw = w.lower()
        if lw in verbs and k > 0 and w[:1].islower() and before[k - 1].lower() in cues.forecast_subjects:
            return True
        cue = _cue(w, cues)
        if cue == "past" and k > 0 and lw not in cues.past and (before[k - 1].lower() in cues.prepositions or before[k - 1].lower() in cues.determiners):
            continue  # "ice on [untreated] roads": an adjective after a preposition or a determiner, no verb
        if lw in cues.boundaries or lw in cues.reporting or cue in ("past", "future"):
            return False  # "The charts show the shares peaked in March": the verb between says
    return False


def _future_time_clause(before: list[str], cues: TenseWords) -> bool:
    """Whether the words before an expression (its sentence's, in order) end in a clause of time ("after the deal is
    completed") that follows a future or conditional auxiliary of its sentence ("will cut 40 jobs after ...", "said it would
    close stores once ..."), with no boundary between: a present there is written for what is still ahead."""
    k = len(before) - 1
    while k >= max(0, len(before) - _TIME_CLAUSE):
        lw = before[k].lower()
        if lw in cues.time_clauses:
            break
        if lw in cues.boundaries:
            return False
        k -= 1
    else:
        return False
    for w in reversed(before[max(0, k - _TIME_CLAUSE_HEAD) : k]):
        lw = w.lower()
        if lw in cues.aux_future:
            return True
        if lw in cues.boundaries:
            return False
    return False


def _without_relative_aside(back: list[str], comma: int, cues: TenseWords) -> list[str]:
    """The words before an expression read backwards (``back``; ``back[comma]`` the comma that opens its clause), without a
    relative aside that comma closes (", which began in March,"), its relative word and opening comma: the subject of the
    clause comes next. ``back`` itself when no such aside stands there."""
    for j in range(comma + 1, len(back) - 1):
        w = back[j].lower()
        if w in cues.relatives and back[j + 1] == ",":
            return back[: comma + 1] + back[j + 2 :]
        if w in cues.boundaries:
            return back
    return back


def _tense_evidence(doc: Doc, start: int, end: int, before: Optional[list[str]] = None) -> tuple[Optional[str], int]:
    """:func:`tense_evidence` before a present in a clause of time under a future auxiliary is read as ahead.  ``before``:
    the words of the sentence in the 160 characters before ``start`` (:func:`_tokens`), when the caller has them (never changed here)."""
    cues = tense_words(doc.language)
    text = doc.text
    s, e = doc.sentence_at(start)
    if before is None:
        before = _tokens(text, max(s, start - 160), start, cues)
    if _forecast_clause(before, cues):
        return "future", 1  # "The forecast shows heavy rain for Saturday", "The outlook has snow for Thursday night": ahead
    cue = _cue_adjacent(list(reversed(before[-7:])), 3, cues)
    if (cue == "past" and start - 160 <= s and _participle_subject(before, cues)
            and _subject_participle(before, _tokens(text, end, min(e, end + 120), cues), cues)):
        return "present", 1  # "Deliveries ordered by December 18 are guaranteed to arrive": a participle of the subject, either side of now
    rest: Optional[list[str]] = None  # the words after it to the sentence's end, when made (read, never changed)
    if (start - 160 <= s and cue in (None, "past") and _headline_marker(before, cues) is not None
            and _headline_infinitive(before, rest := _tokens(text, end, e, cues), cues, _on_headline(text, start))):
        return "future", 0  # "Storm Bella to hit coast Friday": a headline's infinitive with no verb of its own, ahead
    if cue == "past" and start - 160 <= s:
        comma = _absolute_phrase(text, s, start, before, cues)
        if comma is not None:
            return _tense_evidence(doc, comma, comma)  # "..., with roads around the ground closed from 2 p.m.": the clause before says
    if cue and _saying_subject(before, cues):
        said = _tokens(text, end, min(e, end + 40), cues)
        if said[:1] and said[0].lower() in cues.subject_verbs:
            told = _cue_adjacent(said, 3, cues, backwards=False)
            if told:
                return told, 0  # "Farmers say the spring was the wettest": the subject of what is said, its verb says
    if cue:
        return cue, 0  # the verb right before it: the words after it are not needed (nor tokenised)
    if start - 160 <= s:
        comma = _list_item(text, s, start, before, cues)
        if comma is not None:
            head, level = _tense_evidence(doc, comma, comma)
            if head is not None:
                return ("future" if head == "present" else head), max(level, 1)  # "have two games, the first on Sunday": ahead
    if start - 160 <= s and _opening_participle(before, cues):
        return "past", 0  # "Asked on Tuesday whether he would resign, ...", "Arrested on Sunday, the man will appear ..."
    after = rest if rest is not None and e <= end + 120 else _tokens(text, end, min(e, end + 120), cues)  # (the same words)
    if rest is None and e <= end + 120:
        rest = after  # (the words to the sentence's end, read again below)
    possessive = after[:1] == ["'s"]  # "from Saturday's game": the day names a thing, it ends no span
    # "runs from Monday to Friday": the range's first end; the pair is kept not over as a whole (see neighbours.ordered_range)
    range_start = bool(after[:1]) and (after[0].lower() in cues.until or after[0].lower() in cues.range_words)
    if range_start and after[0].lower() in cues.list_words and not (before and before[-1].lower() in cues.range_words):
        range_start = False  # "Voting runs from the 8th and closes on December 20": "and" joins verbs, it closes only "between ... and"
    if possessive:
        after = after[1:]  # "Sunday's game will decide": a possessive, not "is"
    elif after[:1] and after[0][:1].islower() and after[0] in cues.subject_present and not text[s:start].strip():
        return "future", 0  # "Thursday marks the anniversary": the subject of a present verb, that day or the one ahead
    adjacent = _after_adjacent(after, cues)
    cue = _cue_adjacent(adjacent, 3, cues, backwards=False)
    if cue == "past" and _scheduled_before(before, cues):
        cue = None  # "A man appears in court on Monday accused of fraud": a participle of the subject, the fixture's verb says
    if cue == "past" and adjacent[:1] and adjacent[0].lower() in cues.perfect:
        return cue, 2  # "The marathon on April 26 has attracted 60,000 entries": a present perfect is about now, weak evidence
    if cue:
        return cue, 0
    clause_before: list[str] = []
    comma_before = False  # the clause begins after a comma ("cut rates three times this year, in February, May and August")
    relative_before = False  # the clause begins with "who"/"which": a form in "-ed" right after it is its verb ("who returned")
    for w in reversed(before):
        if w.lower() in cues.boundaries and not (w == "," and _list_comma(clause_before, cues)):
            comma_before = w == ","
            relative_before = w.lower() in cues.relatives
            break
        clause_before.append(w)
    clause_after: list[str] = []
    for k, w in enumerate(after):
        if w.lower() in cues.boundaries or (w.lower() in cues.list_words and (_auxiliary_next(after, k + 1, cues) or _verb_next(after, k + 1, cues))):
            break  # "reported results on Tuesday and will hold a call Friday", "set out on Saturday and planned to return": the second verb has its own tense
        clause_after.append(w)
    fronted = None
    # (not a phrase after an aside: "would cut 1,200 jobs, about one in eight of its staff, by the end of March, after
    # bookings fell" is the cutting's, not the falling's; "said that, on Sunday, militants struck" opens a clause)
    if after[:1] == [","] and all(w.lower() in cues.skip for w in clause_before) and not _after_aside(before, len(clause_before), cues):
        fronted = _fronted_cue(clause_before, (rest if rest is not None and e <= end + 240 else _tokens(text, end, min(e, end + 240), cues)), cues)
    elif (not possessive and after[:1] and after[0] != "," and start - 160 <= s and all(w in _OPENING_MARKS for w in before[: len(before) - len(clause_before)])
          and all(w.lower() in cues.skip for w in clause_before)):
        # "On Wednesday I fly home", "In March the firm hired": opening the sentence with no comma, as with one
        fronted = _fronted_cue(clause_before, [","] + (rest if rest is not None and e <= end + 240 else _tokens(text, end, min(e, end + 240), cues)), cues)
    if fronted:
        return fronted, 0
    if (after[:1] == [","] and start - 160 <= s and all(w.lower() in cues.skip for w in clause_before)
            and _after_aside(before, len(clause_before), cues) and _bare_subject(before[: len(before) - len(clause_before) - 1], cues)):
        # "Their last walkout, in March, shut two wards": an aside between a subject and its verb, which the verb after it says
        inner = _fronted_cue([], (rest if rest is not None and e <= end + 240 else _tokens(text, end, min(e, end + 240), cues)), cues)
        if inner:
            return inner, 1
    reported = None
    reported_near = False
    deferred: Optional[tuple[str, int]] = None
    opens = start - 160 <= s or len(clause_before) < len(before)  # clause_before reaches its clause's first word
    sentence_back = list(reversed(before))
    aside_subject = False  # a relative aside stands between the clause and its subject: the clause is read with the subject
    if comma_before:  # "The talks, which began in March, end on Sunday": the aside's past is no tense of the clause after it
        whole = sentence_back
        sentence_back = _without_relative_aside(sentence_back, len(clause_before), cues)
        # (s62) "The library, which cost £6 million, opened to the public in September", "The talks, which began in March,
        # end on Sunday": read as "The library opened ...", "The talks end ..." (a verb after its subject, not an adjective
        # read from its ending or a noun)
        aside_subject = (sentence_back is not whole and start - 160 <= s
                         and _bare_subject(sentence_back[len(clause_before) + 1 :][::-1], cues))
    quiet = cues.quiet_memo
    own = clause_before if not aside_subject else sentence_back[: len(clause_before)] + sentence_back[len(clause_before) + 1 :]
    for level, group, backwards in ((1, own, True), (1, clause_after, False), (2, sentence_back, True), (2, after, False)):
        for i, word in enumerate(group[: 14 if level == 1 else 22]):
            q = quiet.get(word)
            if q is None:
                q = _quiet(word, cues)
            if q and not (backwards and i + 1 < len(group) and group[i + 1] in _INFINITIVE_NEXT_CASED):
                continue  # (most words) no cue, no infinitive and none of the words the tests below read: none of them holds
            lw = word.lower()  # (read by most of the tests below)
            if level == 1 and backwards and lw in cues.scheduled and _scheduled_present(group, i, cues) == "future":
                return "future", 1  # "Chicago visits Miami on Sunday": a fixture, ahead of now
            if level == 1 and backwards and lw in cues.staged and word[:1].islower() and _passive_present(group, i, cues):
                return "future", 1  # "The lottery is drawn at 8 p.m. on Tuesday": a fixture's present passive, ahead
            if (level == 1 and backwards and i > 1 and lw in cues.scheduled_objects and _object_after(group, i, cues)
                    and _scheduled_present(group, i, cues) == "future"):
                return "future", 1  # "Apple reports earnings on Thursday": a noun too, a verb with its object after it
            if (level == 1 and backwards and i > 0 and lw in cues.scheduled_going and group[i - 1].lower() in cues.going_words
                    and _scheduled_present(group, i, cues) == "future"):
                return "future", 1  # "Voters head to the polls on Sunday"
            if level == 1 and backwards and lw in cues.be_states and _be_state(group, i, cues) and all(_clock_range_word(w, cues) for w in group[:i]):
                return "future", 1  # "Polls are open from 7 a.m. to 8 p.m. on Sunday": a notice of a day ahead
            if (level == 1 and backwards and not possessive and not range_start and word in cues.span_present and _span_present(group, i, cues)
                    and all(_clock_range_word(w, cues) for w in group[: (_span_opener(group, i, cues) or 0) + 1])):
                return "future", 1  # "The curfew runs from 10 p.m. to 12 a.m. on Saturday": the span's notice, ahead
            if (level == 1 and backwards and range_start and not possessive and i == len(group) - 1 and len(clause_before) < len(before)
                    and before[len(before) - len(clause_before) - 1].isalpha() and word in cues.span_present and _span_present(group, i, cues)
                    and all(_clock_range_word(w, cues) for w in group[: (_span_opener(group, i, cues) or 0) + 1])):
                return "present", 1  # (s54) "issued a warning that runs from 6 p.m. on Monday until noon on Wednesday": a relative
                # clause's own present, not the past of the clause it hangs on, says where the range's first end lies (the closest)
            if (level == 2 and backwards and comma_before and i > len(clause_before) and lw in cues.scheduled
                    and (_participle_opens(clause_before, cues) or _phrase_opens(clause_before, cues)) and _scheduled_present(group, i, cues) == "future"
                    and not any(w.lower() in cues.boundaries for w in group[len(clause_before) + 1 : i])):
                return "future", 1  # "Rovers face a crucial week, starting with the derby on Saturday": the fixture's verb says
            if (level == 1 and backwards and word in cues.relative_past and group[0].lower() not in cues.appointment_prepositions
                    and ((relative_before and i == len(clause_before) - 1) or (i + 1 < len(group) and group[i + 1].lower() in cues.singular_subjects))):
                return "past", 1  # "Last year's winner, who set a course record in April, will not run": the relative clause's own past
            cue = _with_auxiliary(group, i, cues) if backwards else _forward_cue(group, i, cues)
            if (cue == "past" and level == 1 and backwards and i + 2 < len(group) and group[i + 1].lower() == "be"
                    and group[i + 2].lower() in cues.obligation_modals):
                return "future", level  # (s55) "Claims must be made before the end of January": an obligation's passive, ahead
            if (level == 1 and backwards and cue is None and lw in cues.obligation_modals and i > 0
                    and group[i - 1].lower() not in cues.open_modal_stops):
                return "future", level  # "customers who had left watches must collect them by January 15": an obligation ahead
            if cue == "future" and backwards and i > 0 and _POSSESSIVE_END.sub("", group[i - 1].lower()) in cues.time_heads:
                continue  # "approved its budget for next year on Tuesday", "booked a stand for next year's fair on Monday": "next"
                # belongs to a time of its own (maybe a possessive's), not the clause
            if cue == "future" and level == 2 and lw in cues.intent and cues.past_suffix and lw.endswith(cues.past_suffix):
                cue = "past"  # "set out on Saturday and planned to return": outside the time's clause the planning is told, in the past
            if cue == "present" and backwards and lw in cues.be_present and _ahead_subject(group, i, cues):
                cue = "future"  # "Their next match is against the leaders on Saturday": what is next lies ahead
            if cue == "present" and backwards and lw in cues.be_present and 0 < i and group[i - 1].lower() in cues.prospects:
                cue = "future"  # "more rain is likely over the weekend": a prospect stated now lies ahead
            if cue == "past" and backwards and comma_before and i == len(clause_before) - 1 and _participle_by(group, i, cues):
                if start - 160 <= s and lw not in cues.companion_participles and _bare_subject(before[: len(before) - len(clause_before) - 1], cues):
                    return "past", 1  # "The bridge, closed by engineers in March, will reopen": an aside on the subject, a deed done
                continue  # "..., followed by a news conference at 2:30 p.m.": a participle phrase, the verb before the comma says
            if cue == "past" and backwards and _backshifted_condition(group, i, cues):
                continue  # "would go ahead unless the port improved its offer by April 30": a condition still open, the "would" says
            if (cue == "past" and backwards and i + 2 < len(group) and group[i + 2].lower() in cues.aux_future
                    and group[i + 1][:1].islower() and group[i + 1].isalpha() and group[i + 1].lower() not in cues.perfect
                    and group[i + 1].lower() not in cues.be and _cue(group[i + 1], cues) is None):
                continue  # "Volunteers will collect donated books on the 29th": a participle before the object of a verb "will" governs
            if cue:
                # a past read only from an "-ed" ending ("preferred shares") is weaker than a known past form or
                # auxiliary ("was shot", "bought"); a present perfect ("has risen") is about now too
                aux = [a.lower() for a in group[i + 1 : i + 3]] if backwards else []
                follower = (group[i - 1] if i > 0 else "").lower() if backwards else (group[i + 1] if i + 1 < len(group) else "").lower()
                # "stepped down", "changed from": a verb, not "the preferred shares"; but an infinitive between it and the
                # expression has its own time ("asked it to respond by Oct. 31")
                # a phrase of no verb after a comma ("cut rates this year, in February, May and August"), or one opening with a
                # participle ("swung widely, rising to a peak in March"), is the verb's before it (not a phrase of its own: "a split,
                # payable Dec. 7")
                carried = (level == 2 and backwards and comma_before and i > len(clause_before)
                           and (all(w.lower() in cues.skip or w.lower() in cues.prepositions for w in clause_before) or _participle_opens(clause_before, cues)
                                or _elided_subject(clause_before, cues) or _phrase_opens(clause_before, cues))
                           and not any(w.lower() in cues.boundaries for w in group[len(clause_before) + 1 : i]))
                if carried and _participle_opens(clause_before, cues) and _in_report_content(group, i, cues):
                    continue  # "warned that profits would be lower, blaming a wet summer": the participle is the warning's, not the content's
                verb = ((follower in cues.verb_followers or (level == 1 and backwards and opens and _subject_before(group, i, cues))
                         or (backwards and i + 1 < len(group) and group[i + 1].lower() in cues.subject_pronouns)  # "said it changed suppliers"
                         or (carried and start - 160 <= s and _subject_before(group, i, cues))  # "Rents climbed steeply, hitting ..."
                         or (level == 1 and backwards and relative_before and i == len(clause_before) - 1))
                        and not (backwards and _infinitive_within(group[:i], cues, lw)))
                guessed = cue == "past" and (lw in cues.perfect or (lw not in cues.past and not verb and not any(a in cues.aux_past and a not in cues.perfect for a in aux)))
                if (guessed and backwards and lw not in cues.perfect and i + 1 < len(group)
                        and (group[i + 1].lower() in cues.determiners or group[i + 1].lower() in cues.list_words)):
                    # "the revised plan", "and reduced service on Friday": an "-ed" form after a determiner or "and" with no
                    # verb's follower may be an adjective: a sure cue further on says more
                    deferred = deferred or (cue, 2)
                    continue
                return cue, (2 if guessed else 1 if carried else level)
            if level == 1 and backwards and reported is None and lw in cues.reporting:
                # "told a news conference on Tuesday": the clause's own verb; "will be told after Christmas": a future
                # auxiliary right before it, ahead (as a reporting verb right next to its time, _cue_adjacent)
                reported = "future" if any(a.lower() in cues.aux_future for a in group[i + 1 : i + 3]) else "past"
                # "first warned of overcapacity in March": only its object between; "announced the base at a ceremony in the
                # terminal in May": the saying's occasion between
                reported_near = i <= _REPORTED_NEAR or _report_occasion(group[:i], cues) or _reported_thing(doc.language, word, group[:i], cues)
                if 0 < i and _bare_object(group[i - 1], cues):
                    # "Economists expect employers added 150,000 jobs in December": a reporting word with a bare noun
                    # after it is this clause's verb (what is reported has no verb of its own), not a verb further back
                    return reported, 1
        if level == 1 and not backwards and reported:
            return reported, (1 if reported_near else 2)  # otherwise a weak cue: what was said may be about any time
    return deferred if deferred is not None else (None, 2)


def _saying_subject(before: list[str], cues: TenseWords) -> bool:
    """Whether the words before a time (in order) end with a saying verb (``saying_verbs``), at most a "that" and a
    determiner after it ("say the", "said that", "believe"): the time may be the subject of what is said."""
    k = len(before) - 1
    for skip in (cues.determiners, cues.report_content):
        if k >= 0 and before[k].lower() in skip:
            k -= 1
    return k >= 0 and before[k][:1].islower() and before[k] in cues.saying_verbs


def _in_report_content(backwards: list[str], i: int, cues: TenseWords) -> bool:
    """Whether the verb at ``i`` of words read backwards lies in what a report says: the first boundary further back opens
    reported content ("warned [that] profits would be lower")."""
    return next((w.lower() for w in backwards[i + 1 :] if w.lower() in cues.boundaries), None) in cues.report_content


_OCCASION_GAP = 2  # words at most between an occasion's link word and its noun ("at [a] ceremony", "in [a televised] speech")


def _report_occasion(between: list[str], cues: TenseWords) -> bool:
    """Whether the words between a reporting verb and its time (backwards from the time) hold the saying's occasion, a
    link word and one of its nouns ("announced the base at a ceremony in the terminal in May"), with no verb after it: the
    time is the saying's."""
    for k, w in enumerate(between):
        if _cue(w, cues) is not None or w.lower() in cues.boundaries:
            return False  # a verb between the occasion and the time has a time of its own
        if w.lower() in cues.report_occasions and any(v.lower() in cues.report_occasion_links for v in between[k + 1 : k + 2 + _OCCASION_GAP]):
            return True
    return False


_REPORTED_THING = 5  # words at most of a thing reported ("a [strong chemical] smell", "a [20 percent] rise") before its time


def _reported_thing(language: str, verb: str, between: list[str], cues: TenseWords) -> bool:
    """(s56) Whether a verb of tense.toml [signals] ``thing_reports`` ("reported") has only the thing it reports between it
    and its time: an article or possessive (``noun_openers``), then a few words, none a verb, a clause mark, a preposition,
    a modal or "to" ("Staff reported a gas leak in May", "reported a 20 percent rise in May"): the time is the thing's, a
    deed done (as "reported a fire in May", within _REPORTED_NEAR), not something said of a time either side of now.
    ``between``: the words from the time back to the verb (the time's link word first)."""
    if between[:1] and between[0].lower() in cues.prepositions:
        between = between[1:]  # the time's own link ("[in] May")
    if not 1 < len(between) <= _REPORTED_THING or between[-1].lower() not in cues.noun_openers:
        return False
    if verb.lower() not in load_data(language, "tense.toml")["signals"].get("thing_reports", ()):
        return False
    stops = (cues.boundaries, cues.prepositions, cues.headline_infinitive, cues.modals, cues.open_modals, cues.obligation_modals)
    return all((w.isdigit() or (w.isalpha() and w[:1].islower())) and _cue(w, cues) is None
               and not any(w.lower() in stop for stop in stops) for w in between[:-1])


_CONDITION_SUBJECT = 3  # words of a subject between a condition's conjunction and its verb ("unless [the port] improved")


def _backshifted_condition(backwards: list[str], i: int, cues: TenseWords) -> bool:
    """Whether the past form ``backwards[i]`` is the verb of a condition after a future or conditional auxiliary ("would go
    ahead unless the port improved its offer by April 30", "will strike if the company cut pay on Friday"): a past written
    for a condition still open, no past of its own."""
    if not cues.conditions or backwards[i].lower() in cues.aux_past:
        return False
    for k in range(i + 1, min(i + 2 + _CONDITION_SUBJECT, len(backwards))):
        lw = backwards[k].lower()
        if lw in cues.conditions:
            return any(w.lower() in cues.aux_future for w in backwards[k + 1 :])
    return False


def _object_after(backwards: list[str], i: int, cues: TenseWords) -> bool:
    """Whether the word after ``backwards[i]`` opens its object: a determiner or a lower-case noun, not a preposition
    ("reports [its] results on Tuesday", "releases [data] on Friday"; not "media reports [on] Tuesday said")."""
    nxt = backwards[i - 1]
    lw = nxt.lower()
    # a hyphenated modifier opens it too ("reports [full-year] results in February")
    if nxt.endswith("'") or lw.endswith("'s"):
        return True  # a possessive opens it too ("answers MPs' questions on Wednesday", "grills the bank's bosses")
    return lw in cues.determiners or (nxt.replace("-", "").isalpha() and nxt[:1].islower() and lw not in cues.prepositions and lw not in cues.skip)


_ABSOLUTE_REACH = 8  # words at most in a "with" phrase before its participle and time ("with roads around the ground closed")


def _absolute_phrase(text: str, s: int, start: int, before: list[str], cues: TenseWords) -> Optional[int]:
    """Where the comma is (its offset) that sets off a phrase opened by one of ``phrase_openers`` holding the expression
    after a participle and no finite verb ("The match will be policed by 300 officers, with roads around the ground closed
    from 2 p.m."): the participle is no past of its own, the clause before the comma says; else None."""
    clause: list[str] = []
    for w in reversed(before):
        if w.lower() in cues.boundaries:
            if w != "," or not clause or clause[-1].lower() not in cues.phrase_openers or len(clause) > _ABSOLUTE_REACH:
                return None
            if any(c.lower() in cues.aux_past or c.lower() in cues.aux_future or c.lower() in cues.be for c in clause):
                return None  # "with prices that were cut on Monday": a verb of its own
            comma = text.rfind(",", s, start)
            return comma if comma > s else None
        clause.append(w)
    return None


_ITEMS = 4  # items at most of a list read back to its clause ("the first on Sunday, the second on Tuesday and the third ...")
_ITEM_TIME = 6  # words at most of an earlier item's time ("the first on [Sunday afternoon]")


def _list_item(text: str, s: int, start: int, before: list[str], cues: TenseWords) -> Optional[int]:
    """Where the comma is (its offset) that sets off a list of items with no verb of their own, the last of which holds the
    expression ("Rovers have two home games in four days, the first on Sunday and the second on Wednesday": an item is an
    article maybe, one of ``item_openers`` and one of ``item_prepositions`` before its time; items are joined by a comma or
    a list word); else None. ``before``: the sentence's words up to the expression (:func:`_tokens`)."""
    k = len(before)
    commas = 0
    for _ in range(_ITEMS):
        if k < 3 or before[k - 1].lower() not in cues.item_prepositions or before[k - 2].lower() not in cues.item_openers:
            return None
        k -= 2
        if before[k - 1].lower() in cues.item_articles:
            k -= 1
        if k < 2:
            return None
        sep = before[k - 1]
        earlier = _earlier_item(before, k - 1, cues)
        if sep == ",":
            commas += 1
            if earlier is None:
                break  # the comma after the clause the items belong to
        elif sep.lower() not in cues.list_words or earlier is None:
            return None
        k = earlier
    else:
        return None
    comma = start
    for _ in range(commas):
        comma = text.rfind(",", s, comma)
        if comma <= s:
            return None
    return comma


def _earlier_item(before: list[str], end: int, cues: TenseWords) -> Optional[int]:
    """The index right after the preposition of an item ending at ``end`` (its time in at most ``_ITEM_TIME`` words, no mark
    or list word among them), or None."""
    for p in range(end - 1, max(0, end - _ITEM_TIME - 1), -1):
        w = before[p].lower()
        if w in cues.item_prepositions and p > 0 and before[p - 1].lower() in cues.item_openers:
            return p + 1
        if w == "," or w in cues.list_words or w in cues.boundaries:
            return None
    return None


def _phrase_opens(clause_before: list[str], cues: TenseWords) -> bool:
    """Whether the clause (its words backwards from the expression) is a phrase opened by one of ``phrase_openers`` after a
    comma ("opens on Friday, [with] the main concert on Saturday"): it has no verb of its own, the clause before says."""
    return bool(clause_before) and clause_before[-1].lower() in cues.phrase_openers


def _elided_subject(clause_before: list[str], cues: TenseWords) -> bool:
    """Whether the clause (its words backwards from the expression) opens with "and"/"or" and a verb with no subject or
    auxiliary of its own ("will begin on Monday, [and end] on Friday"): the verb shares the subject and auxiliary before the
    comma, so their tense; a past form there may be an adjective ("no trains on Monday, and reduced service on Friday")."""
    if len(clause_before) < 2 or clause_before[-1].lower() not in cues.list_words:
        return False
    w = clause_before[-2]
    nxt = clause_before[-3].lower() if len(clause_before) > 2 else ""
    # the verb's next word opens its object or phrase ("end [on] Friday", "reopen [it] on Friday"); a word after a subject is its
    # verb or an adverb ("and retailers [now] look to Cyber Monday": a clause of its own)
    opens = nxt in cues.prepositions or nxt in cues.determiners or nxt in cues.noun_openers or nxt in cues.singular_subjects or nxt in cues.plural_subjects
    return (opens and w.islower() and w.isalpha() and w not in cues.determiners and w not in cues.noun_openers and w not in cues.singular_subjects
            and w not in cues.plural_subjects and w not in cues.relatives and w not in cues.past
            and not (cues.past_suffix and w.endswith(cues.past_suffix)))  # (not "and reduced service on Friday": an adjective)


def _participle_opens(clause_before: list[str], cues: TenseWords) -> bool:
    """Whether the clause (its words backwards from the expression) opens with a participle and has no verb of its own
    ("Shares swung widely, rising to a peak in March"): a phrase that takes the tense of the verb before the comma."""
    w = clause_before[-1] if clause_before else ""
    return bool(cues.participle_suffix) and w.islower() and w.isalpha() and len(w) >= cues.participle_min_length and w.endswith(cues.participle_suffix)


_HEADLINE_SUBJECT = 6  # words of a headline's subject before its infinitive ("[Storm Bella] to hit coast Friday")


def _headline_marker(before: list[str], cues: TenseWords) -> Optional[int]:
    """Where a headline's infinitive marker stands among the words of a sentence before a time ("Storm Bella [to] hit"),
    after a short subject and before a verb; None without one (what :func:`_headline_infinitive` asks first, tested before
    the words after the time are tokenised)."""
    if cues.headline_infinitive.isdisjoint(map(str.lower, before[: _HEADLINE_SUBJECT + 1])):
        return None  # quick test (most sentences): no marker among the words the loop below reads
    for k, w in enumerate(before[: _HEADLINE_SUBJECT + 1]):  # (a first one further on is no marker either; a plain loop, read per time)
        if w.lower() in cues.headline_infinitive:
            return None if not 1 <= k <= _HEADLINE_SUBJECT or k + 1 >= len(before) else k
    return None


def _on_headline(text: str, start: int) -> bool:
    """(s57) Whether ``start`` lies on the text's headline line (:func:`timeline.text.headline_of_text`), where words are
    capitalised: "Harbour Talks to Resume Tuesday" (asked only once a headline's infinitive marker was found)."""
    head = headline_of_text(text)
    return head is not None and head[0] <= start < head[1]


def _headline_infinitive(before: list[str], after: list[str], cues: TenseWords, cased: bool = False) -> bool:
    """Whether the sentence (its words before the expression, from its start, and after it) is a headline's "subject to verb"
    with no finite verb ("Storm Bella to hit coast Friday", "Prime minister to visit Paris on Monday"): what it announces
    lies ahead. Not when a word with a tense cue or a reporting verb stands anywhere else in its clause ("The road to recovery
    began on Monday"), nor before a name or a noun's determiner after the marker ("Visitors to Paris on Monday")."""
    k = _headline_marker(before, cues)
    if k is None:
        return False
    verb = before[k + 1]
    if cased and verb.istitle():  # (s57) a headline's capitals: "Talks to Resume Tuesday"
        verb = verb.lower()
    if not (verb.isalpha() and verb.islower()) or verb in cues.determiners or verb in cues.prepositions or verb in cues.skip:
        return False
    clause_after = list(itertools.takewhile(lambda w: w.lower() not in cues.boundaries, after))  # (", union says": an attribution)
    rest = before[:k] + before[k + 2 :] + clause_after
    return all(w.lower() not in cues.boundaries and w.lower() not in cues.reporting and w.lower() not in cues.headline_infinitive
               and _cue(w, cues) is None for w in rest if w.isalpha() or w.lower() in cues.boundaries)


def _opening_participle(before: list[str], cues: TenseWords) -> bool:
    """Whether the words from the sentence's start to an expression are a past participle and passed-over words only
    ("Asked on Tuesday", "Arrested early Sunday", "Held last week"): the participle's time is past, whatever the main verb
    after it says ("Asked on Tuesday whether he would resign, the minister said no"; "Arrested on Sunday, the man will
    appear in court").  Not a plan's or an expectation's word ("Scheduled for Friday, the vote ...": ahead), nor a name
    (a capitalised word is a participle only so placed, with a past form's ending or an irregular past form)."""
    if not before or len(before) > 3:
        return False
    first = before[0]
    lw = first.lower()
    if not (first[:1].isupper() and first.isalpha()) or any(w.lower() not in cues.skip for w in before[1:]):
        return False
    if (lw in cues.future or lw in cues.scheduling or lw in cues.expecting or lw in cues.intent or lw in cues.deferring
            or lw in cues.aux_past or lw in cues.be or lw in cues.not_past):
        return False
    regular = cues.past_suffix and len(lw) >= cues.past_min_length and lw.endswith(cues.past_suffix)
    return bool(regular) or lw in cues.past


_SUBJECT_WORDS = 3  # words a clause-opening subject may have before its verb ("The central bank raised")


def _ahead_subject(backwards: list[str], i: int, cues: TenseWords) -> bool:
    """Whether the subject right before the present "be" ``backwards[i]`` is a thing still ahead
    ("Their next match is", "The upcoming vote is")."""
    for w in backwards[i + 1 : i + 2 + _SUBJECT_WORDS]:
        lw = w.lower()
        if lw in cues.boundaries:
            return False
        if lw in cues.ahead_subject:
            return True
    return False


def _subject_before(backwards: list[str], i: int, cues: TenseWords) -> bool:
    """Whether the "-ed" form ``backwards[i]`` comes right after its clause's subject: at most a few
    words, opening with a determiner or a capital, none of them a cue ("The bank raised rates in
    March", "Acme posted a loss"), so a verb, not an adjective ("would be paid on a still unspecified date")."""
    subject = backwards[i + 1 :]
    if not 0 < len(subject) <= _SUBJECT_WORDS:
        return False
    first = subject[-1]
    return (first.lower() in cues.determiners or first[:1].isupper()) and all(w.isalpha() and _cue(w, cues) is None for w in subject)


_REPORTED_NEAR = 3  # words at most between a reporting verb and its clause's time for the verb to be the time's own
_LIST_ITEM = 3  # words an item of a list may have between its comma and "and" ("chairman, [chief executive] and")


def _list_comma(after_comma: list[str], cues: TenseWords) -> bool:
    """Whether a comma, with ``after_comma`` the words from the expression back to it, separates the
    items of a list ("stepped down as chairman, president and chief executive in March"): the
    words right after it run into "and"/"or" within a few words, with no comma between; a comma
    right before "and" joins clauses ("he left, and in March ...")."""
    words = [w.lower() for w in reversed(after_comma)]
    for k, w in enumerate(words[: _LIST_ITEM + 1]):
        if w in cues.list_words:
            return k > 0
        if w in cues.boundaries:
            return False
    return False


def _infinitive_within(backwards: list[str], cues: TenseWords, verb: str = "") -> bool:
    """Whether the words (backwards from an expression, up to the clause's ``verb``) hold an infinitive, "to" before a
    lower-case word that is no determiner ("asked it to respond by", not "to a calendar year in" nor "reopened the
    road to traffic in")."""
    for k in range(1, len(backwards)):
        after = backwards[k - 1]
        if (backwards[k].lower() == "to" and after[:1].islower() and after not in cues.determiners and after not in cues.verb_followers
                and after not in cues.amount_words and not _goal_state(backwards, k, cues, verb)):
            return True
    return False


def _goal_state(backwards: list[str], k: int, cues: TenseWords, verb: str = "") -> bool:
    """Whether the "to" at ``backwards[k]`` opens the state a goal verb puts its object into ("reopened the road to
    traffic in March", "returned the plant to service"): the word after it is right before the expression or a
    preposition, and a goal verb (the words' own, or ``verb`` past their end) stands a few words before it with its
    object between (no boundary)."""
    if k >= 2 and backwards[k - 2].lower() not in cues.prepositions:
        return False
    for j in range(k + 2, k + 2 + cues.goal_reach):
        w = backwards[j].lower() if j < len(backwards) else verb
        if w in cues.boundaries:
            return False
        if w in cues.goal_verbs:
            return True
        if j >= len(backwards):
            return False
    return False


def clause_tense(doc: Doc, start: int, end: int) -> tuple[Optional[str], bool]:
    """('past' | 'present' | 'future' | None, whether the cue is the adjacent verb).

    First the verb right next to the expression ("said Friday", "will vote on Sunday"),
    then the nearest cue in the same clause (before, then after), then in the sentence.
    """
    tense, level = tense_evidence(doc, start, end)
    return tense, level == 0
