"""Event to event by tense: a past perfect over before the simple past next to it, flashbacks (a
sentence that opens in the past perfect goes back before the story's step), elided and participle
perfects, acts restated by a later verb, and "the length of".  Split out of the former anchoring/events.py."""

from __future__ import annotations

import bisect
import re
from typing import Iterable, Mapping, Optional, Sequence


from ..model import Timex, TimexType
from ..order.links import Strength
from ..text import Doc

from .cues import AnchorWords, EventLike, Link
from .cues import _tokens_between, _words_outside, _PUNCT, _LAST_TOKEN, _NEXT_WORD
from .clauses import RELATIVE_SUBJECT_WORDS, _FINITE, _REDUCED_RELATIVE, _WORD


PERFECT_REACH = 12
"""Words at most between a verb in the past perfect and the simple past verb next to it (see :func:`_perfect_links`)."""
_PERFECT_ACTS = frozenset({"OCCURRENCE", "I_ACTION", "REPORTING", "PERCEPTION"})
"""The classes of a past perfect verb told as over before the verb next to it: acts, not states."""


_CLAUSE_STOP = re.compile(r"[;:()\[\]—–]| - ")
"""Marks that open a new clause with its own time to look back from ("were taken to hospital; all but two had
been released by Saturday afternoon"): a past perfect beyond one is not told against the verb before it."""


def _span_within(spans: Sequence[tuple[int, int]], starts: Sequence[int], low: int, high: int) -> bool:
    """Whether a span of ``spans`` (sorted; ``starts`` their starts) lies inside [low, high]: only the spans starting in
    it are read, so the check costs the gap, not the document."""
    for k in range(bisect.bisect_left(starts, low), len(spans)):
        t0, t1 = spans[k]
        if t0 > high:
            return False
        if t1 <= high:
            return True
    return False


def _perfect_links(cues: AnchorWords, text: str, grouped: Mapping[int, Sequence[EventLike]], sentence_starts: Mapping[int, int],
                   timexes: Sequence[Timex] = (), supposed: frozenset[str] = frozenset()) -> Iterable[Link]:
    """ "Holt told jurors that a colleague had approved every payment", "Brinton had taken the lead
    after 20 minutes, and Rovers equalised", "Okafor, who had missed a penalty, headed in a corner":
    a happening in the past perfect is over before the simple past verb next to it in its sentence
    (the verb the perfect looks back from), when no other verb, no :data:`_CLAUSE_STOP` and no signal
    or ``perfect_blockers`` word stands between ("left before she had finished", "if he had known" tell no such order).
    Only acts in the perfect (:data:`_PERFECT_ACTS`; a state, "had been ill", may still hold), neither
    negated nor supposed nor modal; a time expression and its own signal count as no words ("after
    20 minutes"); not into a clause of the perfect's own (``perfect_complement_openers``), nor from a
    participle that opens the sentence (``sentence_starts``: sentence index -> its start), nor from a simple past in a
    signal clause of a past perfect before it to the perfect its own "had" joins on ("had driven to the store after it
    closed and had set fire": a list of perfects); from tense and aspect alone, so the weakest of links."""
    spans = sorted((t.start, t.end) for t in timexes)
    starts = [x for x, _ in spans]
    ends = [y for _, y in spans]
    for k, sentence in grouped.items():
        verbs = [ev for ev in sentence if ev.pos == "VERB"]
        for x, y in zip(verbs, verbs[1:]):
            for a, b in ((x, y), (y, x)):
                if not (a.tense == "PAST" and a.aspect == "PERFECTIVE" and a.cls in _PERFECT_ACTS and b.tense == "PAST" and b.aspect == "NONE"):
                    continue
                if any(ev.polarity == "NEG" or ev.eid in supposed or getattr(ev, "modality", None) is not None for ev in (a, b)):
                    continue
                if cues.infinitive_marker.fullmatch(text, max(0, a.start - 4), a.start):
                    continue  # "had to use tear gas": an obligation, no perfect
                words = _words_outside(cues, text, x.end, y.start, spans, ends)
                if _CLAUSE_STOP.search(text, x.end, y.start) or len(words) > PERFECT_REACH or any(w in cues.event_signals or w in cues.perfect_blockers for w in words):
                    continue
                if a is x and (cues.perfect_complement_openers.intersection(words) or cues.perfect_auxiliaries.intersection(words[-3:])):
                    continue  # "had concluded that Kopp fired": the perfect's own clause; "had earlier suffered": a perfect too
                if b is x and b.cls == "REPORTING":
                    continue  # "said the bridge had reopened": the report's own complement, which the placement of reports reads
                if a is y and _span_within(spans, starts, _perfect_clause_start(cues, text, x.end, y.start), y.start):
                    # "put out the fire within an hour, but by dawn a slick had spread": the perfect's own time, not the verb's;
                    # a time before a comma and "but" or "and" is the verb's ("arrived within ten minutes, but the gang had
                    # already fled"), not before a comma alone ("delivered in 1988 by a firm, had passed")
                    continue
                if a is x and "," in text[x.end : y.start] and not _perfect_past_comma(cues, text, x, y):
                    continue  # "had evacuated 900 residents ..., many of them lifted": a participle, no step after it
                if a is x and "," not in text[x.end : y.start] and not _perfect_step(cues, words) and not _in_relative_perfect(cues, text, a, verbs):
                    continue  # "had been bought last year with money parents raised": a relative clause of the perfect's object
                if b is x and k in sentence_starts and not _WORD.search(text, sentence_starts[k], b.start):
                    continue  # "Nicknamed the Atomic Dog, Kopp had been arrested": a participle opening the sentence tells no step
                if b is x and _perfect_participle(cues, text, b):
                    continue  # "Having lost the vote, she had promised to stay": the participle is over first (_perfect_participle_links)
                if b is x and cues.perfect_auxiliaries.intersection(words) and _in_perfect_signal_clause(cues, text, verbs, x, spans, ends):
                    continue  # "had driven to the store after it closed and had set fire": a list of perfects, "closed" the first's clause
                yield Link(a.eid, "before", b.eid, text[x.start : y.end], Strength.TENSE)
                if b is x and (holder := _complement_participle_holder(cues, text, verbs, x)) is not None:
                    # "found the car abandoned in a lay-by, where it had been set on fire": the finding too
                    yield Link(a.eid, "before", holder.eid, text[holder.start : y.end], Strength.TENSE)


def _perfect_clause_start(cues: AnchorWords, text: str, start: int, end: int) -> int:
    """Where the clause of a past perfect at ``end`` begins, looking back to the verb before it at ``start``: at the last
    comma between them that a word of lexicon ``perfect_step_words`` follows ("arrived within ten minutes, but the gang had
    already fled"), else at the last relative opener between them ("arrested a man on Monday who had stolen a van"), else at
    ``start`` (the whole gap)."""
    comma = text.rfind(",", start, end)
    if comma >= 0 and cues.perfect_step_words.intersection(_tokens_between(text, comma, end)[:1]):
        return comma
    opener = max((m.start() for m in _WORD.finditer(text, start, end) if m.group().lower() in cues.relative_openers), default=-1)
    if opener >= 0:
        return opener  # "arrested a man on Monday who had stolen a van": the relative clause opens after the arrest's time
    return start


def _in_perfect_signal_clause(cues: AnchorWords, text: str, verbs: Sequence[EventLike], x: EventLike,
                               spans: Sequence[tuple[int, int]], ends: Sequence[int]) -> bool:
    """Whether the simple past ``x`` stands in a clause an event signal opens after a past perfect, the verb before it
    ("had driven to the store after it closed"): a perfect that its own "had" joins on after ``x`` ("and had set fire")
    goes on with that list of perfects, not back from ``x``."""
    k = next((i for i, v in enumerate(verbs) if v is x), 0)
    if k == 0:
        return False
    v = verbs[k - 1]
    return (v.tense == "PAST" and v.aspect == "PERFECTIVE"
            and any(w in cues.event_signals for w in _words_outside(cues, text, v.end, x.start, spans, ends)))


def _perfect_infinitive_links(cues: AnchorWords, text: str, grouped: Mapping[int, Sequence[EventLike]], sentence_starts: Mapping[int, int],
                              timexes: Sequence[Timex] = (), supposed: frozenset[str] = frozenset()) -> Iterable[Link]:
    """ "had tried to find a buyer for two years but the talks collapsed in September", "had promised to stay but left in
    May": a past perfect whose next verb is its own infinitive ("to" alone between) is read against the verb after that
    infinitive as :func:`_perfect_links` reads a past perfect against the verb next to it (the infinitive, no finite verb,
    stood between them)."""
    reduced: dict[int, list[EventLike]] = {}
    wanted: set[tuple[str, str]] = set()
    for k, sentence in grouped.items():
        verbs = [ev for ev in sentence if ev.pos == "VERB"]
        dropped: set[str] = set()
        for i, (x, y) in enumerate(zip(verbs, verbs[1:])):
            if (x.tense == "PAST" and x.aspect == "PERFECTIVE" and y.tense == "INFINITIVE" and i + 2 < len(verbs)
                    and _tokens_between(text, x.end, y.start) == ["to"]):
                dropped.add(y.eid)
                wanted.add((x.eid, verbs[i + 2].eid))
        if dropped:
            reduced[k] = [ev for ev in sentence if ev.eid not in dropped]
    if not reduced:
        return
    for link in _perfect_links(cues, text, reduced, sentence_starts, timexes, supposed):
        if (link.source, link.target) in wanted:
            yield link


LENGTH_OF_REACH = 8
"""Words at most (outside times) between a verb and the signal of :func:`_length_of_links` after it."""


def _length_of_links(cues: AnchorWords, doc: Doc, events: Sequence[EventLike], timexes: Sequence[Timex] = ()) -> Iterable[Link]:
    """ "The mill will close in March after years of losses", "quit following months of talks with the board": a length
    after a signal of ``length_of_signals`` and before "of" with an event noun or a gerund ("after weeks of wrangling", s54; at most
    two words between "of" and it) is
    that happening's length, and the happening is over before the verb the signal follows in its clause (no punctuation
    between, at most :data:`LENGTH_OF_REACH` words): so it began at least that long before the verb."""
    if not cues.length_of_signals:
        return
    text = doc.text
    ordered = sorted(events, key=lambda e: e.start)
    starts = [ev.start for ev in ordered]
    spans = sorted((t.start, t.end) for t in timexes)
    ends = [y for _, y in spans]
    for t in timexes:
        if t.type is not TimexType.DURATION or t.min_length is None:
            continue
        signal = _LAST_TOKEN.search(text, max(0, t.start - 16), t.start)
        if signal is None or signal.group(1).lower() not in cues.length_of_signals:
            continue
        of = _NEXT_WORD.match(text, t.end, t.end + 8)
        if of is None or of.group(1).lower() != "of":
            continue
        s, e = doc.sentence_at(t.start)
        k = bisect.bisect_left(starts, of.end())
        noun = ordered[k] if k < len(ordered) else None
        if (noun is None or (noun.pos != "NOUN" and noun.tense != "PRESPART") or noun.start >= e or _PUNCT.search(text, of.end(), noun.start)
                or len(_tokens_between(text, of.end(), noun.start)) > 2):
            continue
        j = bisect.bisect_left(starts, signal.start(1)) - 1
        verb = next((ordered[i] for i in range(j, -1, -1) if ordered[i].pos == "VERB"), None)
        if (verb is None or verb.start < s or _PUNCT.search(text, verb.end, signal.start(1))
                or len(_words_outside(cues, text, verb.end, signal.start(1), spans, ends)) > LENGTH_OF_REACH):
            continue
        if noun.pos != "NOUN" and verb.tense == "PRESPART":
            continue  # (s54) a gerund only after a finite verb: "won on Sunday, beating two rivals ... after five hours of
            # racing" leaves the participle in its clause's time (a link would take it out of the discourse's Sunday)
        yield Link(noun.eid, "lasts", t.tid, text[t.start : noun.end], Strength.DEFAULT, t.min_length, t.max_length)
        yield Link(verb.eid, "after", noun.eid, text[verb.start : noun.end], Strength.SIGNAL)


def _complement_participle_holder(cues: AnchorWords, text: str, verbs: Sequence[EventLike], x: EventLike) -> Optional[EventLike]:
    """The finite verb whose object a participle ``x`` describes ("found [the car] abandoned in a lay-by": the finding),
    when a determiner and at most :data:`RELATIVE_SUBJECT_WORDS` words stand between them, no object after the participle
    (no determiner: "found the driver abandoned the car" is a clause of its own) and the verb is no report; else None."""
    k = next((j for j, v in enumerate(verbs) if v is x), 0)
    if k == 0:
        return None
    holder = verbs[k - 1]
    if holder.tense != "PAST" or holder.aspect != "NONE" or holder.cls in ("REPORTING", "I_STATE", "I_ACTION"):
        return None
    gap = _tokens_between(text, holder.end, x.start)
    after = _NEXT_WORD.match(text, x.end, x.end + 30)
    if (_PUNCT.search(text, holder.end, x.start) or not 2 <= len(gap) <= RELATIVE_SUBJECT_WORDS + 1 or gap[0] not in cues.determiners
            or any(w in cues.not_in_subject or w in cues.determiners or w in cues.clause_auxiliaries or w in cues.subject_pronouns for w in gap[1:])
            or after is None or after.group(1) in cues.determiners):
        return None
    return holder


def _perfect_step(cues: AnchorWords, words: Sequence[str]) -> bool:
    """Whether the words between a past perfect and a simple past verb after it make that verb a later step (lexicon
    ``perfect_step_words``, a word or a phrase: "had finished and left", "had reached the rooms by the time he arrived")."""
    joined = f" {' '.join(words)} "
    return any(f" {step} " in joined for step in cues.perfect_step_words)


def _in_relative_perfect(cues: AnchorWords, text: str, a: EventLike, verbs: Sequence[EventLike] = ()) -> bool:
    """Whether the past perfect ``a`` opens a relative clause ("A treasurer who had run the finances ... was convicted",
    or one with a subject pronoun and no opener, "a memo she had written about rail cuts was leaked": a noun, not a verb
    of ``verbs``, a complementizer or a coordinator, before the pronoun): the verb after its clause is the sentence's
    own, told from a later point."""
    before = _tokens_between(text, max(0, a.start - 60), a.start)[-4:]
    k = next((j for j in range(len(before) - 1, -1, -1) if before[j] in cues.perfect_auxiliaries), None)
    if k is not None and k > 0 and before[k - 1] in cues.relative_openers:
        return True
    if k is None or k < 2 or before[k - 1] not in cues.subject_pronouns:
        return False
    head = before[k - 2]
    m = _REDUCED_RELATIVE.search(text, max(0, a.start - 60), a.start - len(" ".join(before[k:])) - 1)
    return (head not in cues.complementizers and head not in cues.coordinators and head not in cues.clause_auxiliaries
            and m is not None and not any(v.end == m.end(1) for v in verbs))


def _perfect_past_comma(cues: AnchorWords, text: str, a: EventLike, b: EventLike) -> bool:
    """Whether the verb ``b`` after a comma goes on from the past perfect ``a`` before it: a
    coordinator opens its clause (", and Rovers equalised") or ``a`` is the verb of a relative
    clause the comma closes ("Okafor, who had missed a penalty, headed")."""
    comma = text.rfind(",", a.end, b.start)
    if cues.coordinators.intersection(_tokens_between(text, comma, b.start)[:1]):
        return True
    aux = _LAST_TOKEN.search(text, max(0, a.start - 24), a.start)
    if aux is None or aux.group(1).lower() not in cues.perfect_auxiliaries:
        return False
    opener = _LAST_TOKEN.search(text, max(0, aux.start(1) - 24), aux.start(1))
    return opener is not None and opener.group(1).lower() in cues.relative_openers


def _flashback_links(cues: AnchorWords, text: str, grouped: Mapping[int, Sequence[EventLike]], sentence_starts: Mapping[int, int],
                     dated: frozenset[str] = frozenset(), supposed: frozenset[str] = frozenset(),
                     timed_sentences: frozenset[int] = frozenset(), openings: Optional[Mapping[int, Optional[EventLike]]] = None) -> Iterable[Link]:
    """ "A van driver ... was jailed on Wednesday. Reid had admitted causing death ...": a sentence that
    opens in the past perfect (its first verb, an act no time of the text dates, in a sentence that names
    no date or clock time: ``timed_sentences``) steps back from the story the sentence before told: it
    is over before that sentence's main verb (its first simple past act outside a relative clause, not
    a report).  From tense and aspect alone, so the weakest of links."""
    for k, sentence in grouped.items():
        before = grouped.get(k - 1)
        if not before:
            continue
        a = (_flashback_opening(cues, text, sentence, k, sentence_starts, dated, supposed, timed_sentences) if openings is None
             else openings[k])  # (``openings``: :func:`_flashback_openings` of the same values, when the caller made it; s62 speed)
        if a is None:
            continue
        main = _story_main(cues, text, before, sentence_starts.get(k - 1))
        if not _tells_story(main, supposed):
            continue
        yield Link(a.eid, "before", main.eid, f"{main.text} … {text[sentence_starts[k] : a.end]}", Strength.TENSE)  # type: ignore[union-attr]


def _flashback_openings(cues: AnchorWords, text: str, grouped: Mapping[int, Sequence[EventLike]], sentence_starts: Mapping[int, int],
                        dated: frozenset[str], supposed: frozenset[str], timed_sentences: frozenset[int]) -> dict[int, Optional[EventLike]]:
    """(s62 speed) :func:`_flashback_opening` of each sentence of ``grouped`` with events in the sentence before it, made
    once for :func:`_flashback_links` and :func:`_flashback_chain_links`, which both ask it of such sentences."""
    return {k: _flashback_opening(cues, text, sentence, k, sentence_starts, dated, supposed, timed_sentences)
            for k, sentence in grouped.items() if grouped.get(k - 1)}


def _flashback_opening(cues: AnchorWords, text: str, sentence: Sequence[EventLike], k: int, sentence_starts: Mapping[int, int],
                       dated: frozenset[str], supposed: frozenset[str], timed_sentences: frozenset[int]) -> Optional[EventLike]:
    """The past perfect a sentence opens in, as :func:`_flashback_links` reads it (an act no time dates, in a sentence that
    names no date or clock time, no signal before it in its clause), or None."""
    verbs = [ev for ev in sentence if ev.pos == "VERB"]
    if not verbs or k not in sentence_starts:
        return None
    a, opened = verbs[0], sentence_starts[k]
    if len(verbs) > 1 and _perfect_participle(cues, text, a) and (comma := text.find(",", a.end, sentence[-1].start)) >= 0:
        # "Having lost the vote, she had promised to stay": the past perfect after the opening participle opens the clause
        a, opened = next((x for x in verbs[1:] if x.start > comma), a), comma + 1
    if (a.tense != "PAST" or a.aspect != "PERFECTIVE" or a.cls not in _PERFECT_ACTS or a.polarity == "NEG" or a.eid in supposed
            or a.eid in dated or getattr(a, "modality", None) is not None or k in timed_sentences
            or cues.infinitive_marker.fullmatch(text, max(0, a.start - 4), a.start)):
        return None  # a time of its own ("had called off the first attempt on Monday") places it; "had to use" is no perfect
    opening = _tokens_between(text, opened, a.start)
    if any(w in cues.event_signals or w in cues.perfect_blockers or w in cues.fronted_phrases for w in opening):
        return None  # "By the time police arrived, the man had fled": the opening clause is what it looks back from
    return a


FLASHBACK_CHAIN_REACH = 3
"""Sentences at most that a past perfect looks back over to the story's step it is over before (see :func:`_flashback_chain_links`)."""


def _flashback_chain_links(cues: AnchorWords, text: str, grouped: Mapping[int, Sequence[EventLike]], sentence_starts: Mapping[int, int],
                           dated: frozenset[str] = frozenset(), supposed: frozenset[str] = frozenset(),
                           timed_sentences: frozenset[int] = frozenset(), openings: Optional[Mapping[int, Optional[EventLike]]] = None) -> Iterable[Link]:
    """ "A treasurer ... was jailed on Thursday. The court heard that he had opened a second account ... He had spent most
    of it on gambling": a sentence that opens in the past perfect (:func:`_flashback_opening`) after sentences that step
    back themselves, each a report of the past ("The court heard that ...", "The union said ...") or one that opens in
    the past perfect ("Drivers had walked out twice in June"), goes on stepping back: it is over before the main verb of
    the nearest sentence before them that tells the story (:func:`_story_main`, at most :data:`FLASHBACK_CHAIN_REACH`
    sentences back), where :func:`_flashback_links` finds no step in the sentence right before.  From tense and aspect
    alone, so the weakest of links."""
    for k, sentence in grouped.items():
        before = grouped.get(k - 1)
        if not before or _tells_story(_story_main(cues, text, before, sentence_starts.get(k - 1)), supposed):
            continue  # (the step right before: _flashback_links)
        a = (_flashback_opening(cues, text, sentence, k, sentence_starts, dated, supposed, timed_sentences) if openings is None
             else openings[k])
        if a is None:
            continue
        for j in range(k - 1, k - 1 - FLASHBACK_CHAIN_REACH, -1):
            told = grouped.get(j)
            if not told:
                break
            main = _story_main(cues, text, told, sentence_starts.get(j))
            if j < k - 1 and _tells_story(main, supposed):
                yield Link(a.eid, "before", main.eid, f"{main.text} … {text[sentence_starts[k] : a.end]}", Strength.TENSE)  # type: ignore[union-attr]
                break
            verbs = [ev for ev in told if ev.pos == "VERB"]
            steps_back = bool(verbs) and ((verbs[0].tense == "PAST" and verbs[0].aspect == "PERFECTIVE" and verbs[0] is not main)
                                          or (main is not None and main.cls == "REPORTING" and main.polarity != "NEG"))
            if not steps_back:
                break


def _elided_perfect_links(cues: AnchorWords, text: str, grouped: Mapping[int, Sequence[EventLike]], made: Sequence[Link],
                          dated: frozenset[str] = frozenset(), supposed: frozenset[str] = frozenset()) -> Iterable[Link]:
    """ "Police arrested two men on Monday. The men had followed the van for miles and then forced it off the road": a
    verb joined to a flashback's past perfect by one of ``shared_before_coordinators`` with no subject of its own (only
    ``shared_auxiliary_adverbs`` between: "and then forced", "and later had sold") shares its auxiliary, a past perfect
    too, and is over before the same main verb (the links ``made`` by :func:`_flashback_links` and
    :func:`_flashback_chain_links`); the next such verb after it too.  Not when a time of its own dates it, nor when
    negated, supposed or modal, nor a report ("had moved troops into the Gulf and said it would strike": the saying may be
    the story's own, told now); an infinitive of the perfect's own ("had used cheap steel to cut costs and had skipped")
    stands between them as no verb."""
    sentence_of = {ev.eid: k for k, evs in grouped.items() for ev in evs}
    for link in made:
        k = sentence_of.get(link.source)
        if k is None or str(link.relation) != "before":
            continue
        verbs = [ev for ev in grouped[k] if ev.pos == "VERB"]
        i = next((j for j, ev in enumerate(verbs) if ev.eid == link.source), None)
        if i is None:
            continue
        x = verbs[i]
        for v in verbs[i + 1 :]:
            if v.tense == "INFINITIVE" and _tokens_between(text, x.end, v.start)[-1:] == ["to"]:
                continue  # the perfect's own infinitive ("had used cheap steel to cut costs")
            words = _tokens_between(text, x.end, v.start)
            while words and words[-1] in cues.shared_auxiliary_adverbs:
                words.pop()
            if (not words or words[-1] not in cues.shared_before_coordinators or _CLAUSE_STOP.search(text, x.end, v.start)
                    or v.tense != "PAST" or v.aspect not in ("NONE", "PERFECTIVE") or v.cls == "REPORTING" or v.polarity == "NEG" or v.eid in supposed
                    or v.eid in dated or getattr(v, "modality", None) is not None):
                break
            yield Link(v.eid, "before", link.target, f"{text[verbs[i].start : v.end]}", Strength.TENSE)
            x = v


def _story_main(cues: AnchorWords, text: str, sentence: Sequence[EventLike], start: Optional[int]) -> Optional[EventLike]:
    """The main verb of a sentence of the story (``start``: where it starts): its first simple past verb outside a
    relative clause ("A van driver who hit a cyclist ... was jailed": the jailing), or None."""
    for ev in sentence:
        if ev.pos != "VERB" or ev.tense != "PAST" or ev.aspect != "NONE":
            continue
        opener = _LAST_TOKEN.search(text, max(start or 0, ev.start - 24), ev.start)
        if opener is not None and opener.group(1).lower() in cues.relative_openers:
            continue  # "A van driver who hit a cyclist ... was jailed": the relative clause is no step of the story
        return ev
    return None


def _tells_story(main: Optional[EventLike], supposed: frozenset[str]) -> bool:
    """Whether :func:`_story_main`'s verb tells a step of the story a past perfect can look back from: an act, no report,
    neither negated nor supposed nor modal."""
    return not (main is None or main.cls == "REPORTING" or main.cls not in _PERFECT_ACTS or main.polarity == "NEG" or main.eid in supposed
                or getattr(main, "modality", None) is not None)


def _perfect_participle(cues: AnchorWords, text: str, ev: EventLike) -> bool:
    """Whether the verb ``ev`` is a perfect participle: a word of ``perfect_participle_markers`` right before it, or before
    "been" or "not" right before it ("having lost", "having been warned", "having not paid")."""
    span = text[max(0, ev.start - 24) : ev.start].lower()
    for marker in cues.perfect_participle_markers:
        if marker in span:
            break
    else:  # (most verbs: no marker in the words before it, so none is the word the test reads; a word of
        return False  # ``_tokens_between`` is ASCII letters and apostrophes, lower-cased as in the lower-cased span)
    before = _tokens_between(text, max(0, ev.start - 24), ev.start)[-2:]
    if before and before[-1] in ("been", "not") and len(before) == 2:
        before = before[:1]
    return bool(before) and before[-1] in cues.perfect_participle_markers


def _perfect_participle_links(cues: AnchorWords, text: str, grouped: Mapping[int, Sequence[EventLike]]) -> Iterable[Link]:
    """ "Having lost the vote, she resigned", "The minister resigned on Friday, having lost the vote": a perfect participle
    (``perfect_participle_markers``) the comma sets off is over before the finite verb of the clause it is set against:
    the first finite verb after its comma when the participle opens its sentence's clause, else the nearest finite verb
    before its comma.  Not when negated or supposed."""
    if not cues.perfect_participle_markers:
        return
    for sentence in grouped.values():
        for i, ev in enumerate(sentence):
            if ev.pos != "VERB" or ev.polarity == "NEG" or getattr(ev, "modality", None) is not None or not _perfect_participle(cues, text, ev):
                continue
            marker = _LAST_TOKEN.search(text, max(0, ev.start - 24), ev.start)
            while marker is not None and marker.group(1).lower() not in cues.perfect_participle_markers:
                marker = _LAST_TOKEN.search(text, max(0, marker.start(1) - 24), marker.start(1))
            if marker is None:
                continue
            window = text[max(0, marker.start(1) - 12) : marker.start(1)]
            kept = window.rstrip()
            lead = "." if not kept or "\n" in window[len(kept) :] else kept[-1]
            main = None
            if lead in (".", "!", "?", '"', "“", "”"):  # the participle opens the sentence: the clause after its comma
                comma = text.find(",", ev.end, sentence[-1].start + 1)
                for x in sentence[i + 1 :]:
                    if comma < 0 or x.start < comma or x.pos != "VERB":
                        continue
                    if x.tense in _FINITE:
                        main = x
                    break
            elif lead == ",":  # ", having lost the vote": the clause before the comma
                for x in reversed(sentence[:i]):
                    if x.pos == "VERB" and x.tense in _FINITE:
                        main = x
                    if x.pos == "VERB":
                        break
            if main is None or main.polarity == "NEG" or getattr(main, "modality", None) is not None:
                continue
            yield Link(ev.eid, "before", main.eid, text[min(ev.start, main.start) : max(ev.end, main.end)], Strength.SIGNAL)


_BARE_SUBJECT = re.compile(r"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+([a-z]{4,})\s+\Z")
"""A definite noun right before a position: "The warning [came]"."""


def _restated_act_links(cues: AnchorWords, text: str, grouped: Mapping[int, Sequence[EventLike]]) -> Iterable[Link]:
    """ "The bank warned of losses. The warning came a day after regulators fined it": a predicate that says its subject
    took place (``occurrence``) right after a definite noun (an event mention or not), the noun built on the lemma of a verb
    the sentence before (or its own, before it) told ("warned" ... "the warning", "announced" ... "the announcement"),
    is that verb's happening told again: one happening with it (the nearest such verb)."""
    lexical = None
    for k, sentence in grouped.items():
        earlier = [*grouped.get(k - 1, ()), *sentence]
        for ev in sentence:
            if ev.pos != "VERB" or not cues.occurrence.match(text, ev.start):
                continue
            m = _BARE_SUBJECT.search(text, max(0, ev.start - 30), ev.start)
            if m is None:
                continue
            noun = m.group(1)
            if lexical is None:
                from ..events.features import lexical_memo  # lemminflect's tables load on first use

                lexical = lexical_memo()
            for verb in reversed([x for x in earlier if x.start < m.start()]):
                if verb.pos != "VERB" or verb.tense != "PAST" or verb.polarity == "NEG":
                    continue
                lemma = lexical(verb.text.lower())[1]
                stem = lemma[:-1] if lemma.endswith("e") else lemma
                if len(stem) >= 3 and noun.startswith(stem) and len(noun) - len(stem) <= 5:
                    yield Link(ev.eid, "simultaneous", verb.eid, f"{verb.text} … {text[m.start() : ev.end]}", Strength.DEFAULT)
                    break


RESTATED_PERFECT_REACH = 3
"""Sentences at most between a present perfect and the dated simple past that tells it again (see :func:`_restated_perfect_links`)."""
RESTATED_PERFECT_LEAD = 2
"""The first sentences (with events: a headline and the lead) whose present perfect a later dated verb may tell again."""


def _restated_perfect_links(text: str, grouped: Mapping[int, Sequence[EventLike]], dated: frozenset[str] = frozenset()) -> Iterable[Link]:
    """ "A painting stolen in 2019 has been found in a garage, police said on Saturday. ... A builder found the painting on
    Friday": a verb in the present perfect with no time of its own is the happening a later verb of its lemma in the simple
    past tells again with a time (``dated``), up to :data:`RESTATED_PERFECT_REACH` sentences on (the nearest such verb):
    news opens on what has happened and dates it further down.  Only in the lead (the first :data:`RESTATED_PERFECT_LEAD`
    sentences with events: further on, "have been killed fighting" sums up many), neither negated nor a report ("has said"
    is said again and again)."""
    from ..events.features import lexical_memo  # lemminflect's tables load on first use

    lexical = None
    keys = sorted(grouped)
    for n, k in enumerate(keys[:RESTATED_PERFECT_LEAD]):
        for ev in grouped[k]:
            if (ev.pos != "VERB" or ev.tense != "PRESENT" or ev.aspect != "PERFECTIVE" or ev.eid in dated or ev.polarity == "NEG"
                    or ev.cls == "REPORTING"):
                continue
            if lexical is None:
                lexical = lexical_memo()
            lemma = lexical(ev.text.lower())[1]
            later = [x for j in keys[n : n + RESTATED_PERFECT_REACH + 1] if j - k <= RESTATED_PERFECT_REACH for x in grouped[j] if x.start > ev.end]
            again = next((x for x in later if x.pos == "VERB" and x.tense == "PAST" and x.aspect == "NONE" and x.polarity != "NEG"
                          and x.eid in dated and lexical(x.text.lower())[1] == lemma), None)
            if again is not None:
                yield Link(ev.eid, "simultaneous", again.eid, f"{ev.text} … {again.text}", Strength.DEFAULT)
