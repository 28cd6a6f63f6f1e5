"""Plain narration: two happenings told one after the other, each the next step of the story.

"Neighbours called the fire service, and crews arrived within ten minutes"; "The jury returned its verdicts. Judge
Ellis remanded him in custody": in the simple past, a clause that goes on from the one before with no word that steps
back or aside tells what happened next.  The learned start order model reads the words around the two verbs, not the
telling; near even odds it sometimes turns such a pair round.  :func:`narrated_tie_predictions` drops those guesses
(the text's telling outranks a coin toss), leaving the pair to what the text and the likely layer say."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Mapping, Optional, Sequence

import attrs

if TYPE_CHECKING:
    from ..anchoring.cues import AnchorWords
    from ..events.detect import EventMention
    from ..relations import PredictedRelation
    from .base import SoftFact

NARRATED_ORDER_MIN = 0.6
"""A learned start order that puts the later told of two narrated steps (:func:`narrated_steps`) first is kept only when
at least this sure."""

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?|\d+|[,;:()\"“”—–]")
_STEP_CLASSES = frozenset({"OCCURRENCE", "ASPECTUAL", "PERCEPTION", "REPORTING"})
_TO = re.compile(r"\s+to\s+")
_FIGURE = re.compile(r"\s+[$£€]?\d")


def _plain_step(cues: "AnchorWords", text: str, m: "EventMention") -> bool:
    """A finite verb in the simple past that happened: no report unless a report that is an act (``object_reports``), no
    intention or state, no price's move with its figure ("skidded 9.5 to 200.5, and Telecom fell": a market's moves are
    listed side by side, not told in sequence)."""
    word = m.text.lower()
    return (m.pos == "VERB" and m.tense == "PAST" and m.aspect == "NONE" and m.polarity == "POS" and m.modality is None
            and m.cls in _STEP_CLASSES and (m.cls != "REPORTING" or word in cues.object_reports)
            and not (word in cues.session_moves and _FIGURE.match(text, m.end)))


def _free(cues: "AnchorWords", words: Sequence[str]) -> bool:
    """No word that sets a clause aside or steps back (``narrated_step_blockers``), no punctuation."""
    return not any(w in cues.narrated_step_blockers or not w[0].isalnum() for w in words)


def narrated_steps(cues: "AnchorWords", text: str, mentions: Sequence["EventMention"], sentence_of: Mapping[str, int]) -> frozenset[tuple[str, str]]:
    """(x, y) for two verbs told next to each other (no verb mention between) in the simple past, x first, where y's clause
    goes on from x's as the story's next step: in one sentence joined by one of ``narrated_step_joiners`` after a comma or
    none ("washed away part of the embankment on Saturday night, and a passenger train stopped"; nothing between x and the
    joiner but its own words, no punctuation, no word of ``narrated_step_blockers``), or y the first verb of the next
    sentence, its subject before it with no such word ("returned its verdicts. Judge Ellis remanded him"; an opener of
    ``narrated_step_openers`` and a comma may come first: "Afterwards, she thanked the crowd").  Not from the lead (the
    first sentence with an event): a story goes back after its lead to tell how it came about."""
    verbs = sorted((m for m in mentions if m.pos == "VERB"), key=lambda m: m.start)
    if len(verbs) < 2:
        return frozenset()
    lead = min(sentence_of.get(m.eid, 0) for m in mentions)
    joiners = [tuple(j.split()) for j in cues.narrated_step_joiners]
    out = set()
    for x, y, z in zip(verbs, verbs[1:], [*verbs[2:], None]):
        sx, sy = sentence_of.get(x.eid), sentence_of.get(y.eid)
        if sx is None or sy is None or sx == lead or not _plain_step(cues, text, x) or not _plain_step(cues, text, y):
            continue
        if z is not None and z.tense == "INFINITIVE" and _TO.fullmatch(text, y.end, z.start):
            continue  # "She was scheduled to lay flowers": a plan or an attempt, not a step done
        if sx == sy:
            words = [w.lower() for w in _WORD.findall(text, x.end, y.start)]
            for k in range(len(words) - 1, -1, -1):
                joiner = next((j for j in joiners if tuple(words[k : k + len(j)]) == j), None)
                if joiner is None:
                    continue
                before = words[:k - 1] if k and words[k - 1] == "," else words[:k]
                after = words[k + len(joiner):]
                # a clause of its own after the joiner: its subject a pronoun alone or a noun phrase ("and a passenger
                # train stopped"), not a noun joined on with a clause about it ("for freedom and the women they served")
                subject = after[1:] if after and after[0] in cues.subject_pronouns else after
                # nor a new subject in the passive ("arrested in connection with the bombings and the FBI was involved",
                # "and 72 others were hurt": what the first brought about or what held with it, told side by side)
                passive = any(w in cues.narrated_passive_auxiliaries for w in after[1:])
                if (_free(cues, before) and _free(cues, after) and len(after) <= 5 and not passive
                        and not any(w in cues.subject_pronouns for w in subject)):
                    out.add((x.eid, y.eid))
                break
        elif sy == sx + 1:
            words = [w.lower() for w in _WORD.findall(text, y.sentence_start, y.start)]
            if len(words) >= 2 and words[0] in cues.narrated_step_openers and words[1] == ",":
                words = words[2:]
            if _free(cues, words) and len(words) <= 6:
                out.add((x.eid, y.eid))
    return frozenset(out)


def narrated_tie_predictions(predictions: Sequence["PredictedRelation"], steps: frozenset[tuple[str, str]]) -> list["PredictedRelation"]:
    """``predictions`` with no start order where it puts the later told of two narrated steps first (``steps``:
    :func:`narrated_steps`) and is less than :data:`NARRATED_ORDER_MIN` sure: the telling outranks a guess near even odds;
    without it the learned start order is neither stated nor a tie-break of the listing."""
    if not steps:
        return list(predictions)
    out = []
    for p in predictions:
        if p.kind == "event-event" and p.start_order in ("BEFORE", "AFTER") and p.start_confidence < NARRATED_ORDER_MIN:
            first, then = (p.source, p.target) if p.start_order == "BEFORE" else (p.target, p.source)
            if (then, first) in steps:
                p = attrs.evolve(p, start_order=None, start_confidence=0.0)
        out.append(p)
    return out


TOLD_STEP_CONFIDENCE = 0.7
"""How sure the likely layer is of a start order the telling gives across two sentences (:func:`told_steps`): a past
perfect opening a sentence went before the simple past happenings of the sentence before it (82 of the 97 such pairs
of our order stories' gold had it so, 2026-12-06), and a sentence opened by "then", "afterwards", "later" tells what
came after the happenings of the one before (as the sequence of "and" between two past verbs, ``SEQUENCE_CONFIDENCE``)."""

_FINITE = frozenset({"PAST", "PRESENT", "FUTURE"})
_PERFECT_STEP_CLASSES = frozenset({"OCCURRENCE", "I_ACTION", "REPORTING", "PERCEPTION"})


def _bare_aspectual(text: str, y: "EventMention", here: Sequence["EventMention"]) -> bool:
    """(s62 place) A verb of beginning or ending with no event of its sentence right after it (within two words) for its
    complement: its subject's own start or end ("The blaze had started in a pile of plastic"), not "had begun repairs",
    "had started to fall"."""
    after = next((m for m in here if m.start >= y.end), None)
    return after is None or len(text[y.end : after.start].split()) > 2


def _happening(m: "EventMention", real: Mapping[str, bool]) -> bool:
    """A verb the text says happened, told in the past, neither negated nor modal."""
    return (m.pos == "VERB" and m.tense == "PAST" and m.polarity == "POS" and m.modality is None and real.get(m.eid, False))


def _adverb_step(cues: "AnchorWords", words: Sequence[str]) -> bool:
    """The words before a sentence's first finite verb tell its next step: one of ``told_step_adverbs`` opens them (a
    comma may follow: "Afterwards, officers recovered", "Later the car was found"), or stands last, an auxiliary of
    ``narrated_passive_auxiliaries`` around it ("They then fled", "The men were later flown"); the rest a subject of a
    few words, none that sets a clause aside or steps back (``narrated_step_blockers``)."""
    adverbs, auxiliaries = cues.told_step_adverbs, cues.narrated_passive_auxiliaries
    if words and words[0] in adverbs:
        rest = list(words[2:] if len(words) > 1 and words[1] == "," else words[1:])
    elif len(words) >= 2 and words[-1] in adverbs:
        rest = list(words[:-1])
        if rest and rest[-1] in auxiliaries:
            rest = rest[:-1]
    elif len(words) >= 3 and words[-2] in adverbs and words[-1] in auxiliaries:
        rest = list(words[:-2])
    else:
        return False
    return 0 < len(rest) <= 6 and _free(cues, rest)


def _trailers(cues: "AnchorWords") -> Optional["re.Pattern[str]"]:
    """The pattern of ``told_step_trailers`` right after a verb, with no object of their own after them (worked out once per
    word list)."""
    if not cues.told_step_trailers:
        return None
    found = _TRAILERS.get(cues.told_step_trailers)
    if found is None:
        words = "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(cues.told_step_trailers, key=len, reverse=True))
        found = _TRAILERS[cues.told_step_trailers] = re.compile(rf"[ \t]+(?:{words})(?=[ \t]*[,.;:]|[ \t]+(?:and|but)\b|[ \t]*$)", re.IGNORECASE)
    return found


_TRAILERS: dict[frozenset[str], "re.Pattern[str]"] = {}


def _trailing_step(cues: "AnchorWords", text: str, end: int) -> bool:
    """Whether one of ``told_step_trailers`` follows the verb ending at ``end`` with no object of its own ("Firefighters
    arrived soon after and fought the blaze"): the next step after what the sentence before told."""
    pattern = _trailers(cues)
    return pattern is not None and pattern.match(text, end) is not None


def told_steps(cues: "AnchorWords", text: str, mentions: Sequence["EventMention"], sentence_of: Mapping[str, int],
               real: Mapping[str, bool]) -> list[tuple[str, str]]:
    """(x, y): the telling says ``x`` started before ``y``, ``y`` the first finite verb of its sentence and ``x`` a
    happening of the sentence before it told in the simple past (no report, which sits at its own time):

    - ``y`` an act told in the past perfect opening its sentence, words before it only its subject ("The M6 was closed for
      most of Monday. A lorry carrying flour had overturned shortly after 6 a.m."): the perfect looks back from the scene
      told before; then the pair is (y, x).  Not when a word of ``told_back_blockers``, an event signal
      ("when", "until"), a ``perfect_blockers`` word or a clause opener ("who", "that") comes first ("By dawn the roof
      had collapsed", "Within minutes mud had swept", "said that all wards had reopened": a report first), nor "had to"
      ("Police had to close the road": an obligation, no perfect).
    - ``y`` told in the past with an adverb of ``told_step_adverbs`` before it (:func:`_adverb_step`: "The men ran into a
      field. Afterwards officers recovered the jewellery", "They then fled in a car"): the next step; any happening
      of the sentence before, in the simple past or the past perfect, came first (its report, when it tells no other
      happening: "The owners told staff on Tuesday that the plant would close. Workers then staged a sit-in")."""
    by_sentence: dict[int, list["EventMention"]] = {}
    for m in sorted(mentions, key=lambda m: m.start):
        if m.eid in sentence_of:
            by_sentence.setdefault(sentence_of[m.eid], []).append(m)
    out: list[tuple[str, str]] = []
    for k, here in sorted(by_sentence.items()):
        before = by_sentence.get(k - 1)
        if not before:
            continue
        y = next((m for m in here if m.pos == "VERB" and m.tense in _FINITE), None)
        if y is None or not _happening(y, real):
            continue
        words = [w.lower() for w in _WORD.findall(text, y.sentence_start, y.start)]
        if y.aspect == "PERFECTIVE" and (y.cls in _PERFECT_STEP_CLASSES or (y.cls == "ASPECTUAL" and _bare_aspectual(text, y, here))):
            if cues.infinitive_marker.fullmatch(text, max(0, y.start - 4), y.start):
                continue  # "riot police had to use tear gas": an obligation, no perfect
            if any(w in cues.told_back_blockers or w in cues.event_signals or w in cues.perfect_blockers
                   or w in cues.perfect_complement_openers or w in cues.told_step_adverbs for w in words):
                continue
            out.extend((y.eid, x.eid) for x in before if _happening(x, real) and x.aspect == "NONE" and x.cls != "REPORTING")
        elif y.aspect == "NONE" and (_adverb_step(cues, words) or (0 < len(words) <= 6 and _free(cues, words) and _trailing_step(cues, text, y.end))):
            steps = [x for x in before if _happening(x, real) and x.aspect in ("NONE", "PERFECTIVE")]
            acts = [x for x in steps if x.cls != "REPORTING"]
            # (a sentence that tells a report and no act of its own: the report is the step before, "The owners told staff
            # on Tuesday that the plant would close. Workers then staged a sit-in")
            out.extend((x.eid, y.eid) for x in (acts or steps))
    return out


def told_step_facts(text: str, mentions: Sequence["EventMention"], steps: Sequence[tuple[str, str]]) -> list["SoftFact"]:
    """A start order for each of :func:`told_steps`' pairs (x starts before, or with, y), :data:`TOLD_STEP_CONFIDENCE` sure."""
    from ..order import Constraint, end_of, start_of
    from .base import SOFT_STRENGTH, SoftFact, _ZERO

    at = {m.eid: m for m in mentions}
    out = []
    for x, y in steps:
        evidence = f"told as the next step: {at[x].text} … {at[y].text}" if at[x].start < at[y].start else f"told in the past perfect after it: {at[y].text} … {at[x].text}"
        fact = Constraint(start_of(x), start_of(y), _ZERO, None, evidence, SOFT_STRENGTH)
        # (s62 place) a beginning or an end told back ("The blaze had started in a pile of plastic") is a moment: over by then
        over = (Constraint(end_of(x), start_of(y), _ZERO, None, evidence, SOFT_STRENGTH),) if at[x].start > at[y].start and at[x].cls == "ASPECTUAL" else ()
        out.append(SoftFact(x, y, "START_BEFORE", TOLD_STEP_CONFIDENCE, "event-event", (fact, *over), evidence))
    return out


def _listed_perfect(m: "EventMention", real: Mapping[str, bool]) -> bool:
    """An act told in the past perfect that happened: a step a list of perfects may hold (no report: what it reports
    is its own clause)."""
    return (m.pos == "VERB" and m.tense == "PAST" and m.aspect == "PERFECTIVE" and m.polarity == "POS" and m.modality is None
            and m.cls in _PERFECT_STEP_CLASSES and m.cls != "REPORTING" and real.get(m.eid, False))


def perfect_lists(cues: "AnchorWords", text: str, mentions: Sequence["EventMention"], sentence_of: Mapping[str, int],
                  real: Mapping[str, bool]) -> list[tuple[str, str]]:
    """(p, b): two acts told in the past perfect in one sentence, ``b``'s own auxiliary ("had") joined on after a comma or
    one of ``perfect_list_joiners``, maybe with a complementizer and a subject pronoun between (s57: "that a wave had
    capsized him and that he had swum ashore") ("Police said the man had bought fuel on Tuesday afternoon, had driven to the store
    after it closed and had set fire to a storeroom"): a list of steps told back, most likely in the order they happened.
    Between the two only verbs of a clause an event signal opens after ``p`` ("after it closed"), none a report, no
    ``;``, ``:`` or bracket; both real, neither negated nor modal."""
    verbs = sorted((m for m in mentions if m.pos == "VERB"), key=lambda m: m.start)
    joiners = [tuple(j.split()) for j in cues.perfect_list_joiners]
    out: list[tuple[str, str]] = []
    for i, b in enumerate(verbs):
        if not _listed_perfect(b, real) or b.eid not in sentence_of:
            continue
        words = [w.lower() for w in _WORD.findall(text, b.sentence_start, b.start)]
        if len(words) < 3 or words[-1] not in cues.perfect_auxiliaries:
            continue
        joined = words[:-1]
        if len(joined) > 2 and joined[-1] in cues.subject_pronouns:
            joined = joined[:-1]  # (s57) "had capsized him ... and he had swum ashore": the step's own subject
        if len(joined) > 2 and joined[-1] in cues.complementizers:
            joined = joined[:-1]  # (s57) "told rescuers that a wave had capsized him ... and that he had swum": a list told
        if joined[-1] != "," and not any(tuple(joined[-len(j):]) == j for j in joiners):
            continue
        between: list["EventMention"] = []
        p = None
        for v in reversed(verbs[:i]):
            if sentence_of.get(v.eid) != sentence_of[b.eid]:
                break
            if v.tense == "PAST" and v.aspect == "PERFECTIVE":
                p = v
                break
            between.append(v)
        if p is None or not _listed_perfect(p, real) or any(c in text[p.end : b.start] for c in ";:()[]"):
            continue
        if between:
            first = between[-1]
            opened = [w.lower() for w in _WORD.findall(text, p.end, first.start)]
            if any(v.cls == "REPORTING" for v in between) or not any(w in cues.event_signals for w in opened):
                continue
        out.append((p.eid, b.eid))
    return out


def perfect_list_facts(text: str, mentions: Sequence["EventMention"], pairs: Sequence[tuple[str, str]]) -> list["SoftFact"]:
    """A start order for each of :func:`perfect_lists`' pairs (p starts before, or with, b), ``SEQUENCE_CONFIDENCE`` sure
    (as two simple past verbs "and" joins)."""
    from ..order import Constraint, start_of
    from .base import SOFT_STRENGTH, SoftFact, _ZERO
    from .discourse import SEQUENCE_CONFIDENCE

    at = {m.eid: m for m in mentions}
    out = []
    for p, b in pairs:
        evidence = f"listed in the past perfect: {at[p].text} … {at[b].text}"
        fact = Constraint(start_of(p), start_of(b), _ZERO, None, evidence, SOFT_STRENGTH)
        out.append(SoftFact(p, b, "START_BEFORE", SEQUENCE_CONFIDENCE, "event-event", (fact,), evidence, told="sequence"))
    return out


def perfect_list_times(pairs: Sequence[tuple[str, str]], lends: Mapping[str, str], narrow: frozenset[str],
                       timed: frozenset[str]) -> dict[str, str]:
    """Event -> the time of the perfect before it in its list (:func:`perfect_lists`), when that one has a time of at
    most a week (``narrow``) and it has none of its own (``timed``): "had bought fuel on Tuesday afternoon, had driven
    to the store ... and had set fire": the driving and the fire that afternoon too (a likely reading only)."""
    out: dict[str, str] = {}
    for p, b in pairs:  # in text order: a list's third takes what its second took
        t = lends.get(p) or out.get(p)
        if t is not None and t in narrow and b not in timed and b not in lends:
            out[b] = t
    return out


def told_step_times(steps: Sequence[tuple[str, str]], starts: Mapping[str, int], times: Mapping[str, str], carried: frozenset[str],
                    timed: frozenset[str]) -> dict[str, str]:
    """Event -> the time of the happening a "then" (``told_step_adverbs``) steps on from (:func:`told_steps`' pairs told in
    that order, ``starts``: event -> where it is told), the last told of the sentence before, when that one has a time of its
    own (``times``) among ``carried`` (a month at most) and ``y`` none of its own (``timed``): "A buyer made an offer in
    October but withdrew it a fortnight later. Workers then staged a sit-in": the sit-in in that fortnight's time, not
    on the publication day (a likely reading only: the step may lie later)."""
    last: dict[str, str] = {}
    for x, y in steps:
        if starts[x] < starts[y] and (y not in last or starts[x] > starts[last[y]]):
            last[y] = x
    return {y: times[x] for y, x in last.items() if x in times and times[x] in carried and y not in timed and y not in times}


BACKSTORY_CONFIDENCE = 0.7
"""How sure the likely layer is that an undated act told in the past perfect in what an undated past report says ("His
sister said he had climbed the same route twice before") started before the lead's main act (see
:func:`reported_backstory`)."""

_BACKSTORY_CLASSES = frozenset({"OCCURRENCE", "I_STATE", "PERCEPTION", "I_ACTION"})


def reported_backstory(text: str, mentions: Sequence["EventMention"], sentence_of: Mapping[str, int], real: Mapping[str, bool],
                       own_timed: frozenset[str], lends: Mapping[str, str], partners: Mapping[str, frozenset[str]],
                       since_words: frozenset[str] = frozenset()) -> list[tuple[str, str]]:
    """(y, lead): ``y`` an act told in the past perfect, neither negated nor modal, with no time (``own_timed``) and no
    link to another event (``partners``: event -> the events the text links it to) but its report, in what an undated report told in the simple past before it in its
    sentence says ("Investigators said a steel cable had snapped under the load"), after the lead sentence; ``lead`` the
    first real act (no report) the text dates (``lends``): what the report looks back to came before the news.  Not a
    perfect after another of its sentence that has a time or an order of its own (a list of steps told in the perfect:
    "told rescuers that a wave had capsized the kayak in the early afternoon and that he had swum to the island"), nor one
    a word of ``since_words`` follows in its sentence (what came after the news: "said she had lost her job since her
    arrest")."""
    ordered = sorted((m for m in mentions if m.eid in sentence_of), key=lambda m: m.start)
    lead = next((m for m in ordered if m.pos == "VERB" and m.tense == "PAST" and m.cls != "REPORTING" and real.get(m.eid, False)
                 and m.eid in lends), None)
    if lead is None:
        return []
    first_of: dict[int, int] = {}  # sentence -> the index in ``ordered`` of its first event (the scans below stay in it)
    for k, m in enumerate(ordered):
        first_of.setdefault(sentence_of[m.eid], k)
    out = []
    for k, y in enumerate(ordered):
        if (sentence_of[y.eid] <= sentence_of[lead.eid] or y.pos != "VERB" or y.tense != "PAST" or y.aspect != "PERFECTIVE"
                or y.cls not in _BACKSTORY_CLASSES or y.polarity != "POS" or y.modality is not None or not real.get(y.eid, False)
                or y.eid in own_timed):
            continue
        own = ordered[first_of[sentence_of[y.eid]] : k]  # the events before ``y`` in its sentence
        report = next((x for x in reversed(own) if sentence_of[x.eid] == sentence_of[y.eid] and x.pos == "VERB"
                       and x.cls == "REPORTING" and x.tense == "PAST" and x.aspect == "NONE"), None)
        if report is None or report.eid in own_timed or partners.get(y.eid, frozenset()) - {report.eid}:
            continue
        if any(sentence_of[x.eid] == sentence_of[y.eid] and x.start > report.start and x.pos == "VERB" and x.aspect == "PERFECTIVE"
               and (x.eid in own_timed or partners.get(x.eid, frozenset()) - {report.eid}) for x in own):
            continue  # a step of a list the report dates
        end = _SENTENCE_STOP.search(text, y.end)
        if since_words.intersection(w.lower() for w in _WORD.findall(text, y.end, end.start() if end else len(text))):
            continue  # "had lost her job since her arrest": after the news
        out.append((y.eid, lead.eid))
    return out


_SENTENCE_STOP = re.compile(r"[.!?](?:\s|$)")
"""The end of a sentence (after a past perfect: how far :func:`reported_backstory` reads on)."""


def backstory_facts(text: str, mentions: Sequence["EventMention"], pairs: Sequence[tuple[str, str]]) -> list["SoftFact"]:
    """A start order for each of :func:`reported_backstory`'s pairs (the perfect's act starts before the lead's),
    :data:`BACKSTORY_CONFIDENCE` sure, in the tier of the discourse's conventions (before the report's own day is lent)."""
    from ..order import Constraint, end_of, start_of
    from .base import SOFT_STRENGTH, SoftFact, _ZERO

    at = {m.eid: m for m in mentions}
    opening = frozenset(sorted({m.sentence_start for m in mentions})[:2])  # a headline and the lead sentence
    out = []
    for y, lead in pairs:
        evidence = f"told in the past perfect by a report after the lead: {at[y].text} before {at[lead].text}"
        fact = Constraint(start_of(y), start_of(lead), _ZERO, None, evidence, SOFT_STRENGTH)
        out.append(SoftFact(y, lead, "START_BEFORE", BACKSTORY_CONFIDENCE, "discourse", (fact,), evidence))
        # (s63 place) and it is over by the lead's end ("The judge said he had lied to customers for years", after "was
        # jailed on Monday": the lying over by the sentencing, not running on to publication); kept apart, so that a start
        # order the text allows stays when this end does not; (s63 lead) only for a lead the text's opening tells (a headline
        # and its first sentence; a first dated act told later is background: "introduced the charges in 2012 ... said the
        # board had listened")
        if at[lead].sentence_start not in opening:
            continue
        over = f"told in the past perfect by a report after the lead: {at[y].text} over by the end of {at[lead].text}"
        out.append(SoftFact(y, lead, "BEFORE", BACKSTORY_CONFIDENCE, "discourse",
                            (Constraint(end_of(y), end_of(lead), _ZERO, None, over, SOFT_STRENGTH),), over))
    return out
