"""Events that describe a noun rather than tell the story's next step: relative clauses, asides a comma
sets off (participles, final relatives, records, places), sentences that open by taking up the one
before, and the acts of a relative clause on a person with the verb of their main clause.  Read by
:func:`timeline.pipeline.assemble`; split out of the former pipeline.py."""

from __future__ import annotations

import bisect
import re

from typing import TYPE_CHECKING, Iterator, Mapping, Optional, Sequence

from ..anchoring import anchor_words
from ..anchoring.cues import subject_participle
from ..text import Doc, Sentence

if TYPE_CHECKING:
    from ..anchoring.cues import AnchorWords
    from ..events.detect import EventMention
    from ..placement import SoftFact

from .words import _WORDS


def _lowered_words(span: str) -> list[str]:
    """``[w.lower() for w in span.split()]``; an ASCII span lower-cased at once (the same words: ASCII letters keep their places)."""
    return span.lower().split() if span.isascii() else [w.lower() for w in span.split()]


def _opening_pronoun(doc: Doc) -> frozenset[int]:
    """The sentences that open with a pronoun taking up the one before ("It ended after ...") or that point back to its
    time with a phrase anywhere in them ("Two men were questioned at the time"; lexicon ``anaphoric_time_phrases``)."""
    cues = anchor_words(doc.language)
    openers, phrases = cues.anaphoric_openers, cues.anaphoric_time_phrases
    padded = [f" {phrase} " for phrase in phrases]  # (s58) each phrase between spaces once per text, not once per sentence

    def points_back(s: Sentence) -> bool:
        joined = " ".join([t.text for t in s.tokens])
        words = " " + (joined.lower() if joined.isascii() else " ".join([t.text.lower() for t in s.tokens])) + " "
        return any(phrase in words for phrase in padded)

    return frozenset(i for i, s in enumerate(doc.sentences) if s.tokens and (s.tokens[0].text.lower() in openers or (phrases and points_back(s))))


_COMMA_WHICH = re.compile(r",[ \t]+(?:which|that)[ \t]+\Z", re.IGNORECASE)


def _relative_states(doc: Doc, mentions: Sequence["EventMention"], relative: frozenset[str]) -> frozenset[str]:
    """(s55) The past verbs of state (lexicon ``relative_state_verbs``, by lemma) opening a relative clause a comma and
    "which" set off on a thing ("Winds tore the roof off the village hall, which hosted a food bank"): what the thing was
    before the story's act, no step after it (placement/days.py ``described_facts``: begun before the verb before it)."""
    cues = anchor_words(doc.language)
    if not cues.relative_state_verbs:
        return frozenset()
    from ..events.features import lexical_memo  # lemminflect's tables load on first use

    lexical = lexical_memo()
    text = doc.text
    return frozenset(m.eid for m in mentions if m.eid in relative and m.pos == "VERB" and m.tense == "PAST" and m.aspect == "NONE"
                     and _COMMA_WHICH.search(text, max(m.sentence_start, m.start - 12), m.start) is not None
                     and lexical(m.text.lower())[1] in cues.relative_state_verbs)


_COMMA_PRONOUN = re.compile(r",[ \t]+([A-Za-z]+)[ \t]+\Z")


def _act_relatives(doc: Doc, mentions: Sequence["EventMention"], relative: frozenset[str], states: frozenset[str]) -> dict[str, tuple[str, ...]]:
    """(s56) Act -> the events whose time it takes, first found first: the verbs told in the simple past right after a
    comma and a relative pronoun of a thing (lexicon ``act_relatives``), no state (``states``: :func:`_relative_states`).
    After an event noun ("The crash, which shut the road, injured the driver"): an effect of that event, at its time, or
    at the verb told before or after it in the sentence; else after the verb of its sentence ("spread to a flat above, which
    forced a family onto the roof", "played its last concert on November 20, which drew 3,000 fans"): at that verb's time.
    A relative clause on a thing that opens the sentence ("The council, which built the stadium, demolished it") has no
    verb before it: its act is the thing's past (``_person_acts``), not here."""
    cues = anchor_words(doc.language)
    if not cues.act_relatives:
        return {}
    text = doc.text
    ordered = sorted(mentions, key=lambda m: m.start)
    out: dict[str, tuple[str, ...]] = {}
    for i, m in enumerate(ordered):
        if m.eid not in relative or m.eid in states or m.pos != "VERB" or m.tense != "PAST" or m.aspect != "NONE":
            continue
        lo = max(m.sentence_start, m.start - 16)
        pronoun = _COMMA_PRONOUN.search(text, lo, m.start)
        if pronoun is None or pronoun.group(1).lower() not in cues.act_relatives:
            continue
        prev = [x for x in ordered[:i] if x.sentence_start == m.sentence_start]
        noun = prev[-1] if prev and prev[-1].pos != "VERB" and not text[prev[-1].end : pronoun.start()].strip() else None
        before = [x.eid for x in prev if x.pos == "VERB" and x.eid not in relative][-1:]
        after = [x.eid for x in ordered[i + 1 :] if x.sentence_start == m.sentence_start and x.pos == "VERB" and x.eid not in relative][:1]
        if noun is not None:
            out[m.eid] = (noun.eid, *before, *after)
        elif before:
            out[m.eid] = tuple(before)
    return out


_COORDINATED_VERB = re.compile(r"(?:[ \t]+[a-z]+)?[ \t]+(?:and|or)[ \t]+")
"""Between two verbs of one relative clause: at most a particle, then "and" or "or" ("who knocked down and killed")."""


def _relative(doc: Doc, mentions: Sequence["EventMention"], time_ends: Sequence[int] = ()) -> tuple[frozenset[str], frozenset[str]]:
    """(the events that describe a noun rather than tell the story's next step, those of them whose
    clause a comma closes): a verb right after a relative pronoun or a form of "be" after one
    ("families who lost their homes", "the prize, which was founded in 1921"), and every event of
    an aside a comma opens with a relative pronoun (``anchoring.toml`` pattern ``aside``: "Albright,
    who was born in Prague and fled after the takeover in 1948, made no secret ..."), and the first verb of a clause a
    comma and "when" open after a time (``time_ends``: "for the first time since 1998, when they lost the final")."""
    cues = anchor_words(doc.language)
    text = doc.text

    def word_before(m: "EventMention") -> str:
        words = _lowered_words(text[max(m.sentence_start, m.start - 24) : m.start])
        while len(words) > 1 and (words[-1] in cues.passive_be or words[-1] in cues.aside_adverbs):
            words.pop()
        return words[-1] if words else ""

    relative = {m.eid for m in mentions if m.pos == "VERB" and word_before(m) in cues.relative_openers}
    ordered = sorted(mentions, key=lambda m: m.start)
    for m, nxt in zip(ordered, ordered[1:]):  # (s56) "who knocked down and killed a cyclist": the second verb is the clause's too
        if m.eid in relative and nxt.pos == "VERB" and nxt.tense == m.tense and _COORDINATED_VERB.fullmatch(text, m.end, nxt.start):
            relative.add(nxt.eid)
    closed = {m.eid for m, nxt in zip(ordered, ordered[1:]) if m.eid in relative and nxt.sentence_start == m.sentence_start
              and "," in text[m.end : nxt.start] and not _on_happening(text, m.start, m.sentence_start, cues)
              and not _published(text, text.rfind(",", m.sentence_start, m.start), (m,), cues, m.sentence_start)}
    if ordered:
        starts = [m.start for m in ordered]
        for match in cues.aside.finditer(text):
            inside = ordered[bisect.bisect_left(starts, match.start()) : bisect.bisect_left(starts, match.end())]
            shut = (text.startswith(",", match.end()) and not _happening_before(text, match.start(), cues, doc.sentence_at(match.start())[0])
                    and not _published(text, match.start(), inside, cues, doc.sentence_at(match.start())[0]))
            for m in inside:
                relative.add(m.eid)
                if shut:
                    closed.add(m.eid)
        for m in ordered:  # "The plan, first put forward in April, was approved": an aside on the opening noun phrase
            aside = _participle_aside(text, m, ordered, starts, cues)
            published = bool(aside) and _published(text, text.rfind(",", m.sentence_start, m.start), aside, cues, m.sentence_start)
            for x in aside:
                relative.add(x.eid)
                if not published:
                    closed.add(x.eid)
        for end in time_ends:  # "for the first time since 1998, when they lost the final": the clause is the time's
            when = cues.relative_when.match(text, end)
            if when is not None and "," in when.group():
                k = bisect.bisect_left(starts, when.end())
                verb = ordered[k] if k < len(ordered) and ordered[k].pos == "VERB" else None  # (not past an event noun: "when the
                # plunge helped", whose noun takes the time from the verb)
                if verb is not None and doc.sentence_index(verb.start) == doc.sentence_index(end - 1):
                    relative.add(verb.eid)
    return frozenset(relative), frozenset(closed)


_WORD_BACK = re.compile(r"([A-Za-z-]+)\W*\Z")


def _happening_before(text: str, at: int, cues: "AnchorWords", sentence_start: Optional[int] = None) -> bool:
    """Whether the word ending right before ``at`` (a relative clause's antecedent) is an event noun of lexicon
    ``same_kind`` ("The fire, which broke out on March 14, destroyed ..."): the clause dates the happening the main
    clause goes on to tell of, so it lends its time past its closing comma.  Given ``sentence_start``, the head of the
    short phrase that opens the sentence before ``at`` counts too, past a modifier after it ("The last storm to hit the
    islands, which struck in January 2024, left ...": the storm struck then, the clause is about it)."""
    m = _WORD_BACK.search(text, max(0, at - 30), at)
    if m is not None and m.group(1).lower() in cues.kind_group:
        return True
    return sentence_start is not None and _opening_head(text, sentence_start, at, cues) in cues.kind_group


def _published(text: str, at: int, inside: Sequence["EventMention"], cues: "AnchorWords", sentence_start: int) -> bool:
    """(s62) Whether an aside that opens at ``at`` (its comma), with the events ``inside``, tells how a document that opens
    the sentence was made public ("The report, published last Thursday, found ...", "The audit, which was released in
    October, showed ..."; lexicon ``speaking_nouns``, ``publishing_participles``): what the document says, the main verb
    after the aside, lies in that time, so the aside lends it past its closing comma."""
    return (bool(cues.publishing_participles) and any(m.pos == "VERB" and m.text.lower() in cues.publishing_participles for m in inside)
            and _opening_head(text, sentence_start, at, cues) in cues.speaking_nouns)


_OPENING_WORDS = 8  # words at most in the phrase that opens a sentence before an aside on it ("The last storm to hit the islands")


def _opening_head(text: str, sentence_start: int, at: int, cues: "AnchorWords") -> str:
    """The head noun of the short phrase from ``sentence_start`` to ``at`` (a comma or the end of a word), lower-cased:
    the word before the first that opens a modifier after it (lexicon ``attributive_before``: "to", "at", "of", ...),
    else the phrase's last word; "" when the phrase is long or holds a comma (then it is no mere subject)."""
    words = _WORDS.findall(text, sentence_start, at)
    while words and words[-1] == ",":
        words.pop()
    if not 1 < len(words) <= _OPENING_WORDS or any(not w[0].isalpha() for w in words):
        return ""
    lowered = [w.lower() for w in words]
    k = next((k for k in range(1, len(lowered)) if lowered[k] in cues.attributive_before), len(lowered))
    return lowered[k - 1]


def _on_happening(text: str, start: int, sentence_start: int, cues: "AnchorWords") -> bool:
    """Whether the verb at ``start``, right after a relative pronoun, describes an event noun (see :func:`_happening_before`)."""
    m = _WORD_BACK.search(text, max(sentence_start, start - 40), start)
    if m is None or m.group(1).lower() not in cues.relative_openers:
        return False
    return _happening_before(text, m.start(1), cues, sentence_start)


_SUBJECT_WORDS = 6  # words at most in the noun phrase an aside's comma follows ("The plan", "The old stone bridge")


def _participle_aside(text: str, m: "EventMention", ordered: Sequence["EventMention"], starts: Sequence[int], cues: "AnchorWords") -> Sequence["EventMention"]:
    """The events of an aside that ``m`` opens, a participle set off by commas right after the noun phrase that opens its
    sentence ("The plan, first put forward in April, was approved"; lexicon ``aside_adverbs`` may stand before it), when
    no verb comes before it in the sentence; else none.  What the aside dates is the noun's past, not the main clause's."""
    if m.pos != "VERB" or m.start <= m.sentence_start:
        return ()
    comma = text.rfind(",", m.sentence_start, m.start)
    if comma < 0 or any(w.lower() not in cues.aside_adverbs for w in text[comma + 1 : m.start].split()):
        return ()
    subject = text[m.sentence_start : comma].split()
    if not 0 < len(subject) <= _SUBJECT_WORDS or "," in text[m.sentence_start : comma]:
        return ()
    first = bisect.bisect_left(starts, m.sentence_start)
    if any(x.pos == "VERB" for x in ordered[first : bisect.bisect_left(starts, comma)]):
        return ()  # "Police arrived, found the body": a list of verbs, no aside
    close = text.find(",", m.end)
    end = text.find(".", m.end)
    if close < 0 or (0 <= end < close):
        return ()
    k = bisect.bisect_left(starts, m.start)
    inside = ordered[k : bisect.bisect_left(starts, close)]
    after = ordered[bisect.bisect_left(starts, close)] if bisect.bisect_left(starts, close) < len(ordered) else None
    if after is None or after.pos != "VERB" or after.sentence_start != m.sentence_start:
        return ()  # the main clause's verb follows the aside
    return inside


def _final_asides(doc: Doc, mentions: Sequence["EventMention"]) -> frozenset[str]:
    """The events of a relative aside a comma opens and its sentence's end closes ("Retailers blamed a weaker pound, which
    fell to a two-year low last week."): they describe a noun; their time moves no story (lexicon ``aside``)."""
    text = doc.text
    ordered = sorted(mentions, key=lambda m: m.start)
    starts = [m.start for m in ordered]
    out: set[str] = set()
    for match in anchor_words(doc.language).aside.finditer(text):
        if text.startswith(".", match.end()) and ordered:
            out.update(m.eid for m in ordered[bisect.bisect_left(starts, match.start()) : bisect.bisect_left(starts, match.end())])
    return frozenset(out)


_FINAL_APPOSITIVE = re.compile(r",\s+[^,;:.!?()\"“”\n]{1,160}\.")
_SPAN_WORD = re.compile(r"\b(?:since|in|for)\s+")


def _final_superlatives(doc: Doc, mentions: Sequence["EventMention"]) -> frozenset[str]:
    """The events of a record a comma sets off at the end of its sentence and measures over a span (lexicon
    ``superlative_span``: "More than 9,000 fans watched the game, the biggest crowd at the ground since it was rebuilt in
    2011."): what the record is measured against is no step of the story; its time moves none (see :func:`_final_asides`)."""
    text = doc.text
    cues = anchor_words(doc.language)
    ordered = sorted(mentions, key=lambda m: m.start)
    starts = [m.start for m in ordered]
    out: set[str] = set()
    for match in _FINAL_APPOSITIVE.finditer(text):
        begin = match.start() + 1
        while begin < match.end() and text[begin].isspace():
            begin += 1
        for word in _SPAN_WORD.finditer(text, begin, match.end()):
            span = cues.superlative_span.search(text, begin, word.end())
            if span is not None and span.start() == begin:
                out.update(m.eid for m in ordered[bisect.bisect_left(starts, begin) : bisect.bisect_left(starts, match.end())])
                break
    return frozenset(out)


def _place_asides(doc: Doc, mentions: Sequence["EventMention"]) -> frozenset[str]:
    """The events of an aside on a place a comma opens ("was taken to hospital, where she had surgery on Thursday"):
    what they tell happened there, at a time of its own; it dates nothing told before it (lexicon ``place_aside``)."""
    ordered = sorted(mentions, key=lambda m: m.start)
    starts = [m.start for m in ordered]
    out: set[str] = set()
    for match in anchor_words(doc.language).place_aside.finditer(doc.text):
        out.update(m.eid for m in ordered[bisect.bisect_left(starts, match.start()) : bisect.bisect_left(starts, match.end())])
    return frozenset(out)


def _relative_asides(doc: Doc, mentions: Sequence["EventMention"]) -> frozenset[str]:
    """The events of a relative aside a comma opens ("Forecasters warned that the storm, which began on Sunday, would
    not ease": the beginning); lexicon ``aside``."""
    ordered = sorted(mentions, key=lambda m: m.start)
    starts = [m.start for m in ordered]
    out: set[str] = set()
    for match in anchor_words(doc.language).aside.finditer(doc.text):
        out.update(m.eid for m in ordered[bisect.bisect_left(starts, match.start()) : bisect.bisect_left(starts, match.end())])
    return frozenset(out)


def _aside_starts_dropped(facts: Sequence["SoftFact"], asides: frozenset[str], tellers: frozenset[str], sentence_of: Mapping[str, int]) -> list["SoftFact"]:
    """``facts`` less the learned guesses that order an undated report or warning in the simple past (``tellers``; one in
    the past perfect looks back, "Engineers, who inspected the building in October, had warned": the aside guides it) with
    an event of a relative aside of that sentence the text dates (``asides``): the aside tells a time of its own, which
    places no telling ("Forecasters warned that the storm, which began on Sunday, would not ease": the warning neither
    started on Sunday nor came before it)."""
    return [f for f in facts if not (f.kind in ("event-event", "event-label") and sentence_of.get(f.source) == sentence_of.get(f.target)
                                     and ((f.source in asides and f.target in tellers) or (f.target in asides and f.source in tellers)))]


_HAVE = frozenset({"had", "has", "have"})  # ("who had founded the firm": the perfect's auxiliary before the verb)


def _relative_acts(doc: Doc, ordered: Sequence["EventMention"]) -> Iterator[tuple[int, "EventMention"]]:
    """(index, mention) of the verbs of ``ordered`` (sorted by start) told as done (simple past, past perfect) right after a
    relative pronoun of a person or a thing (lexicon ``person_relatives``), a form of "be" or "have" allowed between ("who
    was fined", "who had founded"): the acts :func:`_person_acts` and :func:`_person_acts_past_clause` join to a main clause."""
    cues = anchor_words(doc.language)
    text = doc.text
    for i, m in enumerate(ordered):
        if m.pos != "VERB" or m.tense != "PAST" or m.aspect not in ("NONE", "PERFECTIVE"):
            continue
        words = _lowered_words(text[max(m.sentence_start, m.start - 24) : m.start])
        while len(words) > 1 and (words[-1] in cues.passive_be or words[-1] in _HAVE or words[-1] in cues.aside_adverbs):
            words.pop()  # (and an adverb of the aside's time: "patients who later died", "who had once worked")
        if words and words[-1] in cues.person_relatives:
            yield i, m


def _person_acts(doc: Doc, mentions: Sequence["EventMention"]) -> dict[str, str]:
    """Act -> its main clause's verb, for the verbs told as done (simple past, past perfect) right after a relative pronoun of a person or a
    thing (lexicon ``person_relatives``; a form of "be" or "have" between: "who was fined", "who had founded"; "The council, which built the
    stadium, demolished it on Monday") whose clause the sentence's
    next verb goes on from as its main clause, no word opening another clause between (lexicon ``subordinate_openers``):
    "Judge Roe, who ordered the inquiry, retired on Thursday", "A woman who stole from her employer was jailed"; not "a
    psychiatrist who worked in Oklahoma City, where 168 people were killed in 1995", whose next verb is the place's."""
    cues = anchor_words(doc.language)
    text = doc.text
    ordered = sorted(mentions, key=lambda m: m.start)
    out: dict[str, str] = {}
    for i, m in _relative_acts(doc, ordered):
        main = None
        j = i + 1
        while j < len(ordered) and ordered[j].sentence_start == m.sentence_start:  # (the rest of its sentence only)
            if (ordered[j].pos == "VERB" and not (j == i + 1 and ordered[j].tense == "PRESPART" and not text[m.end : ordered[j].start].strip())
                    and not _inner_subject(cues, text, ordered[j - 1].end, ordered[j].start)):
                main = ordered[j]  # ((s59) not the participle right after the act: "who went missing off the coast was found")
                break  # ((s60) nor the verb of a clause inside the relative one, its own subject pronoun right before it: "who
                # took deposits for kitchens he never fitted was jailed")
            j += 1
        if main is not None and not any(w.strip(",;:").lower() in cues.subordinate_openers for w in text[m.end : main.start].split()):
            out[m.eid] = main.eid
    return out


_SCENE_SUBJECT = 3  # words at most of a subject taken up before its relative clause ("The men", "The two raiders")


def _scene_relatives(doc: Doc, mentions: Sequence["EventMention"], acts: Mapping[str, str]) -> dict[str, str]:
    """(s63 place) Of :func:`_person_acts`' pairs, the acts of a relative clause set off by a comma on a subject that opens
    its sentence and takes up what the story told before (lexicon ``taken_up_articles`` and at most two more words:
    "Two men robbed a post office on Friday night. The men, who carried a crowbar, smashed the counter screen"; a verb
    joined to it, "and carried hammers", follows it as the story's next step): act -> the main clause's verb; the act is part of the scene the main clause goes on telling, at its time (not a background before it,
    as "Judge Roe, who ordered the inquiry, retired on Thursday", a name told for the first time). The main clause's verb
    is the simple past right after the comma that closes the relative clause."""
    cues = anchor_words(doc.language)
    text = doc.text
    ordered = sorted(mentions, key=lambda m: m.start)
    at = {m.eid: k for k, m in enumerate(ordered)}
    first_sentence = ordered[0].sentence_start if ordered else -1
    out: dict[str, str] = {}
    for eid, main in acts.items():
        m = ordered[at[eid]]
        if m.sentence_start == first_sentence or m.tense != "PAST" or m.aspect != "NONE":
            continue
        head, comma, rest = text[m.sentence_start : m.start].partition(",")
        words = head.split()
        if (not comma or not 2 <= len(words) <= _SCENE_SUBJECT or words[0].lower() not in cues.taken_up_articles
                or rest.split()[:1] == [] or rest.split()[0].lower() not in cues.scene_relatives):
            continue  # (a person's act: "The council, which built the stadium, demolished it" built it long before)
        close = text.find(",", m.end, doc.sentence_at(m.start)[1])  # the comma that closes the relative clause
        if close < 0:
            continue
        main_verb = next((x for x in ordered[at[eid] + 1 :] if x.sentence_start == m.sentence_start and x.start > close), None)
        if (main_verb is not None and main_verb.pos == "VERB" and main_verb.tense == "PAST"
                and not text[close + 1 : main_verb.start].strip(" ")):
            out[eid] = main_verb.eid  # the main clause's verb, right after the comma
    return out


def _inner_subject(cues: "AnchorWords", text: str, start: int, end: int) -> bool:
    """(s60) Whether one of the last two words before ``end`` (after ``start``) is a subject pronoun (lexicon
    ``subject_pronouns``): the verb at ``end`` has a subject of its own ("kitchens [he] never fitted")."""
    words = text[start:end].split()[-2:]
    return any(w.lower() in cues.subject_pronouns for w in words)


def _creation_acts(doc: Doc, mentions: Sequence["EventMention"]) -> dict[str, str]:
    """Participle -> its main clause's verb, for a participle of making a thing (lexicon ``creation_participles``) right
    after a noun or the comma after one and right before its agent's word (``creation_agents``): "A footbridge built by
    volunteers collapsed on Saturday", "The ship, designed by a Danish firm, sank on Monday".  It tells how the noun came
    to be, before the main clause's time (not in it, nor at publication); not after an auxiliary or a pronoun ("was built
    by volunteers and opened", "what he built by hand": a verb of its own clause). So is one that needs an object
    right after the subject and before an event signal (anchoring ``subject_participle``: "The bridge built after the war
    collapsed on Friday")."""
    cues = anchor_words(doc.language)
    text = doc.text
    ordered = sorted(mentions, key=lambda m: m.start)
    out: dict[str, str] = {}
    for i, m in enumerate(ordered):
        if m.pos != "VERB" or m.text.lower() not in cues.creation_participles:
            continue
        after = _lowered_words(text[m.end : min(m.sentence_end, m.end + 12)])
        before = text[m.sentence_start : m.start].rstrip()
        if after and after[0] not in cues.creation_agents and before and subject_participle(
                cues, text, m, m.sentence_start, any(x.pos == "VERB" and x.sentence_start == m.sentence_start for x in ordered[max(0, i - 8) : i])):
            following = _next_verbs(ordered, i, 1)
            if following:
                out[m.eid] = following[0].eid
            continue
        if not after or after[0] not in cues.creation_agents or not before:
            continue
        if not before.endswith(","):
            words = _lowered_words(before[-30:])
            if not words or words[-1] in cues.clause_auxiliaries or words[-1] in cues.subject_pronouns or words[-1] in cues.content_auxiliaries:
                continue
        following = _next_verbs(ordered, i, 1)
        if following:
            out[m.eid] = following[0].eid
    return out


def _next_verbs(ordered: Sequence["EventMention"], i: int, count: int) -> list["EventMention"]:
    """The first ``count`` verbs after ``ordered[i]`` in its sentence (fewer where the sentence ends first)."""
    out: list["EventMention"] = []
    for k in range(i + 1, len(ordered)):
        v = ordered[k]
        if v.sentence_start != ordered[i].sentence_start or len(out) == count:
            break
        if v.pos == "VERB":
            out.append(v)
    return out


_INNER_TAIL = 8  # words at most from the inner clause's verb to the main clause's ("after he was dismissed [from his job there was] jailed")


def _person_acts_past_clause(doc: Doc, mentions: Sequence["EventMention"]) -> dict[str, str]:
    """Act -> its main clause's verb, for a relative act (as :func:`_person_acts`) whose next verb ends a clause a word of
    lexicon ``subordinate_openers`` or ``clause_signals`` opens inside the relative clause, the main clause's verb following that one with
    only the inner clause's words and an auxiliary between, no comma: "A care home owner who billed councils for residents
    after they had died was convicted of fraud on Thursday" (billed -> convicted; the deaths are the billing's, "died was
    convicted" joins subject to verb), "A man who set fire to a warehouse after he was dismissed from his job there was
    jailed on Wednesday"."""
    cues = anchor_words(doc.language)
    text = doc.text
    ordered = sorted(mentions, key=lambda m: m.start)
    out: dict[str, str] = {}
    for i, m in _relative_acts(doc, ordered):
        verbs = _next_verbs(ordered, i, 2)
        if len(verbs) < 2:
            continue
        inner, main = verbs
        between = text[inner.end : main.start].split()
        openers = cues.subordinate_openers | cues.clause_signals | cues.past_clause_signals
        if (any(w.strip(",;:").lower() in openers or w.strip(",;:").lower() in cues.inner_clause_openers for w in text[m.end : inner.start].split())
                and 0 < len(between) <= _INNER_TAIL and (between[-1].lower() in cues.passive_be or between[-1].lower() in _HAVE)
                and not any(w.lower() in openers or not w.replace("'", "").replace("’", "").isalpha() for w in between)):
            out[m.eid] = main.eid
    return out


def _relative_clause_acts(doc: Doc, mentions: Sequence["EventMention"], acts: Optional[Mapping[str, str]] = None) -> dict[str, tuple[str, bool]]:
    """Act -> (its main clause's verb, whether it is the verb of the clause inside the relative clause) for the relative
    acts :func:`_person_acts_past_clause` finds and those inner verbs ("who billed councils for residents after they had
    died was convicted": billed and died -> convicted)."""
    acts = _person_acts_past_clause(doc, mentions) if acts is None else acts  # (``acts``: those, when the caller has them)
    if not acts:
        return {}
    ordered = sorted(mentions, key=lambda m: m.start)
    out: dict[str, tuple[str, bool]] = {}
    for i, m in enumerate(ordered):
        if m.eid in acts:
            out[m.eid] = (acts[m.eid], False)
            inner = _next_verbs(ordered, i, 1)
            if inner and inner[0].eid != acts[m.eid]:
                out[inner[0].eid] = (acts[m.eid], True)
    return out
