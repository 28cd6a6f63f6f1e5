"""Anchoring: tie each event to the time expressions, events and publication time that constrain it.

Input: the text, its resolved time expressions and its event mentions.  Output: typed
:class:`Link` records, each with the relation the words express and the words themselves
(evidence).  The ordering engine turns links into constraints between interval end points.

Heuristics, in the spirit of TimeML's TLINK annotation:
- event to time: a time expression governs the nearest event of its clause (the verb before
  it: "struck ... on Sunday"; else the one after it: "On Sunday, militants struck"); the
  signal word in front of it decides the relation (on/in/at/during, by, before, after,
  since, until, within, for);
- event to event: signals ("shortly after the raids", "before being charged", "hours after
  it was cut off") between two events of one sentence, and definite event nouns referring
  back to an earlier event of the same kind ("the assault" after "raids");
- event to publication time: tense and aspect (past ends before it, "will" starts after it).
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from types import MappingProxyType
from typing import Callable, Iterable, Mapping, Optional, Protocol, Sequence

import attrs

from .lexicon import load_data
from .model import AnchorKind, Timex, TimexType
from .order.links import LinkRelation, Strength
from .text import Doc, as_doc

__all__ = ["Link", "EventLike", "anchor_events", "implied_event_spans", "REFERENCE", "Strength", "LinkRelation"]

REFERENCE = "reference_time"


class EventLike(Protocol):
    """What anchoring needs of an event mention."""

    eid: str
    text: str
    start: int
    end: int
    cls: str
    tense: str
    aspect: str
    polarity: str
    pos: str


@attrs.frozen
class Link:
    """One constraint on an event, with the words that said so: ``relation`` (a
    :class:`~timeline.order.links.LinkRelation`) of ``source`` to ``target``, believed with
    ``strength``; ``offset_min``/``offset_max`` carry metric facts ("two days later")."""

    source: str
    relation: LinkRelation = attrs.field(converter=LinkRelation)
    target: str = ""
    evidence: str = ""
    strength: Strength = attrs.field(default=Strength.DEFAULT, converter=Strength)
    offset_min: Optional[dt.timedelta] = None
    offset_max: Optional[dt.timedelta] = None
    likely_max: Optional[dt.timedelta] = None
    """Not certain, most likely: the source began at most this long after the target ("since")."""


_WORD = re.compile(r"[A-Za-z’']+")
_DATELINE_REACH = 600  # a dateline opens the story: after a headline, never deeper than this
_PUNCT = re.compile(r"[,;:()]")
_LAST_TOKEN = re.compile(r"(?:^|\s)(\S+)\s+\Z")  # the token right before a position (searched up to it)
_NEXT_WORD = re.compile(r"\s+([a-z][a-z-]*)")  # a lower-case word right after a position


@attrs.frozen
class AnchorWords:
    """The anchoring cues of one language (``<lang>/anchoring.toml``), ready for lookup."""

    signals: Mapping[str, str]  # signal before a time expression -> relation
    strong_signals: frozenset[str]
    duration_signals: frozenset[str]
    begin_verbs: frozenset[str]
    end_verbs: frozenset[str]
    event_signals: Mapping[str, str]  # signal between two events -> relation
    gerund_signals: Mapping[str, str]  # a signal right before a gerund event ("jailed for stealing") -> relation
    light_verbs: frozenset[str]  # "made landfall": the object noun is the event
    intention_verbs: frozenset[str]  # "promised a vote on Friday": the object lies ahead, at the time
    happening_verbs: frozenset[str]  # "an earthquake struck": the verb is its subject's happening
    determiners: frozenset[str]
    offset_direction: Mapping[str, str]  # "later" -> after: an anaphoric length's direction
    attributive_before: frozenset[str]  # words before a participle that make it modify the next noun
    not_in_subject: frozenset[str]  # words that end the short subject of a clause after an event signal
    adverb_signal_after: frozenset[str]  # "have since been barred": a signal after these is an adverb
    lasting_verbs: frozenset[str]  # "the trial ... lasted five weeks": the verb is its subject's span
    onset_verbs: frozenset[str]  # "a fire broke out": the happening verbs that start their subject
    distinct_modifiers: frozenset[str]  # "the last election": another instance, no coreference
    signal_hedges: tuple[tuple[str, ...], ...]  # "until at least next Wednesday": skipped between signal and time
    open_hedges: frozenset[tuple[str, ...]]  # the hedges that leave the end open ("at least")
    state_verbs: frozenset[str]  # "will stay closed": the participle is a state the verb carries
    coordinators: frozenset[str]  # "start on Tuesday and run": the noun after them is a verb
    scheduling_verbs: frozenset[str]  # "scheduled for Monday": the time dates the subject's event
    scheduling_signals: frozenset[str]  # the signals after a scheduling verb that name the event's time ("for")
    not_a_length_after: frozenset[str]  # "sentenced to six years": a length after these measures something else
    range_first: Mapping[str, str]  # "between" -> the relation to the first time of a range
    range_second: Mapping[str, str]  # "between" -> the relation to the second
    short_gaps: Mapping[str, dt.timedelta]
    likely_gaps: Mapping[str, dt.timedelta]  # "since": most likely began within this of the other event
    same_kind: tuple[frozenset[str], ...]  # event nouns that can name the same happening
    clause_break: "re.Pattern[str]"
    short_gap: "re.Pattern[str]"
    implied: "re.Pattern[str]"
    definite: "re.Pattern[str]"
    within_target: "re.Pattern[str]"
    length_as_gap: "re.Pattern[str]"
    relative_when: "re.Pattern[str]"
    range_joiner: "re.Pattern[str]"
    infinitive_marker: "re.Pattern[str]"  # between a verb and its infinitive ("returned to work")
    gerund: "re.Pattern[str]"  # a gerund ("stealing")
    nominal_gerund: "re.Pattern[str]"  # before a gerund that is a noun ("the slaying")
    premodifier: "re.Pattern[str]"  # between a date and the event noun it dates ("the Oct. 23 slaying")
    premodifier_before: "re.Pattern[str]"  # before such a date without a possessive ("the ")
    dateline_before: "re.Pattern[str]"  # the line before a dateline's date ("ORSKAVA, ")
    dateline_after: "re.Pattern[str]"  # what follows a dateline's date (" —")
    length_of: "re.Pattern[str]"  # between a length and the noun it measures ("months of talks")
    length_to: "re.Pattern[str]"  # between a length and the date it runs to ("the three months to Sept. 30")


@functools.lru_cache(maxsize=None)
def anchor_words(language: str = "en") -> AnchorWords:
    """The anchoring cues of ``language``, loaded, checked and compiled once."""
    data = load_data(language, "anchoring.toml")
    patterns = data["patterns"]

    def rx(key: str, flags: int = 0) -> "re.Pattern[str]":
        return re.compile(patterns[key] or r"(?!)", flags)  # a language without the pattern never matches

    return AnchorWords(
        MappingProxyType(dict(data["time_signals"])), frozenset(data["strong_signals"]), frozenset(data["duration_signals"]),
        frozenset(data["aspectual"]["begin"]), frozenset(data["aspectual"]["end"]), MappingProxyType(dict(data["event_signals"])),
        MappingProxyType(dict(data["gerund_signals"])), frozenset(data["light_verbs"]), frozenset(data["intention_verbs"]), frozenset(data["happening_verbs"]),
        frozenset(data["determiners"]), MappingProxyType(dict(data["offset_direction"])), frozenset(data["attributive_before"]), frozenset(data["not_in_subject"]), frozenset(data["adverb_signal_after"]), frozenset(data["lasting_verbs"]), frozenset(data["onset_verbs"]), frozenset(data["distinct_modifiers"]),
        tuple(sorted({tuple(h.lower().split()) for h in data["signal_hedges"]}, key=len, reverse=True)),
        frozenset(tuple(h.lower().split()) for h in data["open_hedges"]), frozenset(data["state_verbs"]), frozenset(data["coordinators"]), frozenset(data["scheduling_verbs"]), frozenset(data["scheduling_signals"]),
        frozenset(data["not_a_length_after"]), MappingProxyType(dict(data["range_first"])), MappingProxyType(dict(data["range_second"])),
        MappingProxyType({k: dt.timedelta(hours=v) for k, v in data["short_gaps"].items()}),
        MappingProxyType({k: dt.timedelta(hours=v) for k, v in data.get("likely_gaps", {}).items()}),
        tuple(frozenset(g) for g in data["same_kind"]), rx("clause_break"), rx("short_gap", re.I), rx("implied"),
        rx("definite", re.I), rx("within_target"), rx("length_as_gap", re.I), rx("relative_when", re.I), rx("range_joiner", re.I),
        rx("infinitive_marker", re.I), rx("gerund", re.I), rx("nominal_gerund", re.I), rx("premodifier"), rx("premodifier_before", re.I), rx("dateline_before"), rx("dateline_after"), rx("length_of"), rx("length_to", re.I),
    )


def _in_dateline(cues: AnchorWords, text: str, t: Timex) -> bool:
    """Whether ``t`` is the date of a dateline ("ORSKAVA, Tuesday — Rescue teams ..."): when the
    story was filed, which dates none of its events."""
    line_start = text.rfind("\n", max(0, t.start - 80), t.start) + 1
    if line_start == 0 and t.start > 80:
        return False
    return bool(cues.dateline_before.search(text[line_start : t.start])) and bool(cues.dateline_after.match(text[t.end : t.end + 60]))


def dateline_date(text: str, timexes: Sequence[Timex], language: str = "en") -> Optional[Timex]:
    """The date of the article's dateline ("BRUSSELS, March 2 (Agency) --"), if it has one and
    it names one calendar day: the day the story was filed, which may precede publication."""
    cues = anchor_words(language)
    for t in timexes:
        if t.start > _DATELINE_REACH:
            break
        if t.earliest is not None and t.latest is not None and t.latest - t.earliest == dt.timedelta(days=1) and _in_dateline(cues, text, t):
            return t
    return None


_NEXT_LOWER = re.compile(r"(?:['’]s)?\s+[a-z]")


def _premodified(cues: AnchorWords, text: str, t: Timex, in_sentence: Sequence[EventLike]) -> Optional[EventLike | Timex]:
    """What a date inside a noun phrase names the day of: the event noun after it ("the Oct. 23
    slaying", "Tuesday's announcement"); ``t`` itself when that noun is no event ("under the
    Feb. 23 accord": the date dates no event of the clause); None when the date is no modifier."""
    if t.type is TimexType.DURATION or t.type is TimexType.SET:
        return None
    if not text.startswith(("'s", "’s"), t.end) and not cues.premodifier_before.search(text, max(0, t.start - 12), t.start):
        return None
    if not _NEXT_LOWER.match(text, t.end):
        return None
    noun = next((ev for ev in in_sentence if ev.start >= t.end), None)
    if noun is None or (noun.pos == "VERB" and not cues.gerund.fullmatch(noun.text.lower())) or not cues.premodifier.fullmatch(text, t.end, noun.start):
        return t
    return noun


def _tokens_between(text: str, a: int, b: int) -> list[str]:
    return [w.lower() for w in _WORD.findall(text, a, b)]


def _words_outside(cues: AnchorWords, text: str, a: int, b: int, spans: Sequence[tuple[int, int]], ends: Sequence[int],
                   premodifying: frozenset[int] = frozenset()) -> list[str]:
    """The words between ``a`` and ``b`` outside every time expression of ``spans`` (sorted,
    disjoint; ``ends`` their ends) and other than a time's own signal and article ("since
    January", "in the weeks before": TimeML leaves the article out of the expression).  A date
    that names the day of the noun after it (``premodifying``: their starts) has no signal of its
    own: "since the Oct. 23 slaying" orders against the slaying."""
    near = []
    for x, y in spans[bisect.bisect_right(ends, a) :]:
        if x >= b:
            break
        near.append((x, y))
    if not near:
        return [m.group().lower() for m in _WORD.finditer(text, a, b)]
    starts = {x for x, _ in near}
    words = [m for m in _WORD.finditer(text, a, b) if not any(x <= m.start() < y for x, y in near)]
    owned = set(premodifying)
    for m in words:  # "the weeks": the article stands for the time too
        if m.group().lower() in cues.determiners and text[m.end() : m.end() + 1].isspace() and m.end() + 1 in starts:
            starts.add(m.start())
            if m.end() + 1 in owned:
                owned.add(m.start())
    out = []
    for m in words:
        w = m.group().lower()
        if w in cues.signals and text[m.end() : m.end() + 1].isspace() and m.end() + 1 in starts and m.end() + 1 not in owned:
            continue  # the time's own signal: "cut 600 jobs since January, expects" has no signal between the events
        if m.start() in starts:
            continue  # the time's article
        out.append(w)
    return out


def _introduces(cues: AnchorWords, rest: Sequence[str], b: EventLike) -> bool:
    """Whether the words after an event signal lead to ``b``: determiners only ("after the
    raids"), or the short subject of a clause whose verb is ``b`` ("before they contained it")."""
    if all(w in cues.determiners for w in rest):
        return len(rest) <= 2
    return b.pos == "VERB" and len(rest) <= 3 and not any(w in cues.not_in_subject for w in rest)


def _clause_break(words: AnchorWords, text: str, a: int, b: int) -> bool:
    return bool(words.clause_break.search(text, a, b)) if a < b else False


_ENDING = frozenset({"until", "by", "before"})
"""The relations of signals that would end the event at the time."""
_OPEN_END = "\x00open"
"""What :func:`_signal_before` returns for an ending signal with a hedge that leaves the end open."""


def _signal_before(cues: AnchorWords, text: str, start: int, sentence_start: int) -> tuple[Optional[str], str]:
    """The signal word right in front of a time expression ("on", "by", "within") and the evidence."""
    lo = max(sentence_start, start - 40)
    cut = max(text.rfind(",", lo, start), text.rfind(";", lo, start), text.rfind(":", lo, start))
    words = list(_WORD.finditer(text, lo if cut < 0 else cut + 1, start))  # not across a comma: "on Sunday, two weeks after"
    lowered = tuple(m.group().lower() for m in words)
    hedged: tuple[str, ...] = ()
    for hedge in cues.signal_hedges:  # "until at least next Wednesday": the signal stands before the hedge
        if hedge and lowered[-len(hedge):] == hedge:
            words, hedged = words[: -len(hedge)], hedge
            break
    for m in reversed(words[-2:]):
        w = m.group().lower()
        if w in cues.signals:
            if hedged in cues.open_hedges and cues.signals[w] in _ENDING:
                return _OPEN_END, text[m.start() : start].strip()  # "until at least Wednesday": no certain end
            return w, text[m.start() : start].strip()
    return None, ""


def _attributive(cues: AnchorWords, ev: EventLike, text: str) -> bool:
    """A participle that modifies the noun after it ("from flooded streets"): a state, not the clause's verb."""
    if ev.pos != "VERB" or ev.tense not in ("PAST", "NONE", "PASTPART") or ev.aspect != "NONE":
        return False
    before = _LAST_TOKEN.search(text, max(0, ev.start - 24), ev.start)
    after = _NEXT_WORD.match(text, ev.end, ev.end + 30)
    return (before is not None and before.group(1).lower() in cues.attributive_before
            and after is not None and after.group(1) not in cues.determiners)


def _governor(cues: AnchorWords, timex: Timex, in_sentence: Sequence[EventLike], text: str, sentence: tuple[int, int]) -> Optional[EventLike]:
    """The event a time expression governs: the nearest verb before it in its clause, else after."""
    s, e = sentence
    before = [ev for ev in in_sentence if ev.end <= timex.start and not _clause_break(cues, text, ev.end, timex.start)]
    after = [ev for ev in in_sentence if ev.start >= timex.end and not _clause_break(cues, text, timex.end, ev.start)]
    if (timex.type is TimexType.DURATION and after and after[0].pos == "NOUN" and cues.length_of.fullmatch(text, timex.end, after[0].start)
            and not _signal_before(cues, text, timex.start, s)[0]):
        return after[0]  # "ending months of talks": the length measures the talks ("within 40 hours of the landfall" counts from it)
    if before:
        # the nearest verb in front of it in its clause ("killed ... within 40 hours"), unless an
        # event noun sits right before it ("the attack on Sunday")
        nearest = before[-1]
        if nearest.pos == "NOUN" and len(_tokens_between(text, nearest.end, timex.start)) <= 2:
            # "the attack on Sunday"; but the object of a verb right before it leaves the time to
            # the verb ("accepted a new pay offer late on Wednesday"), unless the verb is light
            # ("made landfall on Saturday"), reports ("said the attack on Sunday was planned") or
            # looks ahead to it ("expect a result by Monday", "promised a vote on Friday")
            verb = before[-2] if len(before) > 1 else None
            between_words = _tokens_between(text, verb.end, nearest.start) if verb is not None else []
            if (verb is not None and verb.pos == "VERB" and verb.cls not in ("REPORTING", "I_STATE") and verb.text.lower() not in cues.light_verbs
                    and verb.text.lower() not in cues.intention_verbs and not _attributive(cues, verb, text)
                    and len(between_words) <= 3 and not cues.coordinators.intersection(between_words)):
                return verb
            return nearest
        verbs = [ev for ev in before if ev.pos == "VERB"]
        if verbs:
            clause_verbs = [ev for ev in verbs if not _attributive(cues, ev, text)]
            return (clause_verbs or verbs)[-1]
        nouns = [ev for ev in before if ev.pos == "NOUN"]
        if nouns:
            return nouns[-1]
    if after:
        verbs = [ev for ev in after if ev.pos == "VERB"]
        return verbs[0] if verbs else after[0]
    # a fronted time expression ("On Sunday, militants struck"): the first verb after it
    if timex.start - s <= 4 or text[timex.end : timex.end + 2].startswith(","):
        verbs_after = [ev for ev in in_sentence if ev.start >= timex.end and ev.pos == "VERB"]
        if verbs_after:
            return verbs_after[0]
    return None


def _by_sentence(doc: Doc, events: Sequence[EventLike]) -> dict[int, list[EventLike]]:
    """Events grouped by the index of their sentence, in text order (so lookups stay local)."""
    out: dict[int, list[EventLike]] = {}
    for ev in events:
        out.setdefault(doc.sentence_index(ev.start), []).append(ev)
    return out


def _range_roles(cues: AnchorWords, doc: Doc, timexes: Sequence[Timex]) -> dict[str, str]:
    """Time -> the relation an event has to it as one end of a range ("between 2019 and 2023")."""
    text = doc.text
    roles: dict[str, str] = {}
    ordered = sorted((t for t in timexes if t.type is not TimexType.SET), key=lambda t: t.start)
    for first, second in zip(ordered, ordered[1:]):
        if first.type is TimexType.DURATION and second.type is not TimexType.DURATION and cues.length_to.fullmatch(text, first.end, second.start):
            roles[second.tid] = "until"  # "the three months to Sept. 30": it ends in that day
            continue
        if not cues.range_joiner.fullmatch(text, first.end, second.start):
            continue
        signal, _ = _signal_before(cues, text, first.start, doc.sentence_at(first.start)[0])
        if signal in cues.range_first and signal in cues.range_second:
            roles.setdefault(first.tid, cues.range_first[signal])
            roles[second.tid] = cues.range_second[signal]
    return roles


def _time_links(cues: AnchorWords, doc: Doc, timexes: Sequence[Timex], events: Sequence[EventLike]) -> Iterable[Link]:
    text = doc.text
    grouped = _by_sentence(doc, events)
    roles = _range_roles(cues, doc, timexes)
    for t in timexes:
        if t.furniture or t.type is TimexType.SET or _in_dateline(cues, text, t):
            continue
        sentence = doc.sentence_at(t.start)
        in_sentence = grouped.get(doc.sentence_index(t.start), ())
        noun = _premodified(cues, text, t, in_sentence)
        if noun is t:
            continue  # "under the Feb. 23 accord": the date names the accord's day, not the clause's
        if noun is not None:
            yield Link(noun.eid, "during", t.tid, text[t.start : noun.end], Strength.SIGNAL)  # type: ignore[union-attr]
            continue
        ev = _governor(cues, t, in_sentence, text, sentence)
        if ev is None:
            continue
        signal, said = _signal_before(cues, text, t.start, sentence[0])
        if signal == _OPEN_END:
            continue  # "closed until at least next Wednesday": the time is no certain end
        evidence = (said + " " + t.text).strip() if said else t.text
        offset = _offset_from_previous_event(cues, doc, t, ev, grouped) or _within_of_previous(cues, doc, t, ev, grouped, signal, evidence)
        if offset is not None:
            yield offset
            continue
        if t.type is TimexType.DURATION and t.earliest is None:
            yield from _duration_links(cues, text, t, ev, signal, evidence, in_sentence, sentence)
            continue
        if t.earliest is None and t.latest is None:
            continue
        relation = roles.get(t.tid) or cues.signals.get(signal or "", "during")
        if relation in ("within", "lasts"):
            relation = "by" if relation == "within" else "during"
        # an aspectual verb ("began on Saturday") is itself the moment of beginning: it lies in
        # the time, and the event it begins starts with it (its begun_by link)
        strength = Strength.SIGNAL if signal in cues.strong_signals else Strength.DEFAULT
        scheduled = _scheduled_event(cues, text, ev, signal, in_sentence)
        if scheduled is not None:
            yield Link(scheduled.eid, relation, t.tid, text[scheduled.start : t.end], strength)
            yield Link(ev.eid, "before", scheduled.eid, text[scheduled.start : ev.end], Strength.DEFAULT)  # planned before it happens
        else:
            yield Link(ev.eid, relation, t.tid, evidence, strength)
            purpose = _purpose_head(cues, text, ev, in_sentence)
            if purpose is not None and relation == "during":
                yield Link(purpose.eid, relation, t.tid, text[purpose.start : t.end], strength)
            light = _light_head(cues, text, ev, in_sentence)
            if light is not None and relation == "during":
                yield Link(light.eid, relation, t.tid, text[light.start : t.end], strength)  # "took effect in 1995": the taking too
        yield from _relative_when(cues, text, t, in_sentence, ev)


def _event_before(in_sentence: Sequence[EventLike], ev: EventLike) -> Optional[EventLike]:
    """The event mention of the sentence that ends last before ``ev`` starts, if any."""
    return next((x for x in reversed(in_sentence) if x.end <= ev.start), None)


def _scheduled_event(cues: AnchorWords, text: str, ev: EventLike, signal: Optional[str], in_sentence: Sequence[EventLike]) -> Optional[EventLike]:
    """ "A public meeting is scheduled for Monday": the event noun a scheduling verb puts at the time."""
    if signal not in cues.scheduling_signals or ev.text.lower() not in cues.scheduling_verbs:
        return None
    noun = _event_before(in_sentence, ev)
    if noun is None or noun.pos != "NOUN" or len(_tokens_between(text, noun.end, ev.start)) > 2 or _clause_break(cues, text, noun.end, ev.start):
        return None
    return noun


def _light_head(cues: AnchorWords, text: str, ev: EventLike, in_sentence: Sequence[EventLike]) -> Optional[EventLike]:
    """ "made landfall on Saturday", "took effect in 1995": the light verb whose object noun a time dates."""
    if ev.pos != "NOUN":
        return None
    prev = _event_before(in_sentence, ev)
    if prev is None or prev.pos != "VERB" or prev.text.lower() not in cues.light_verbs or len(_tokens_between(text, prev.end, ev.start)) > 3:
        return None
    return prev


def _purpose_head(cues: AnchorWords, text: str, ev: EventLike, in_sentence: Sequence[EventLike]) -> Optional[EventLike]:
    """ "returned to work on Thursday": the happening verb an infinitive of purpose follows shares its time
    (not an intention, a report or a state: "agreed to meet on Monday" is the meeting's time only)."""
    if ev.pos != "VERB":
        return None
    prev = _event_before(in_sentence, ev)
    if prev is None or prev.pos != "VERB" or prev.cls != "OCCURRENCE" or not cues.infinitive_marker.fullmatch(text, prev.end, ev.start):
        return None
    return prev


def _relative_when(cues: AnchorWords, text: str, t: Timex, in_sentence: Sequence[EventLike], governed: EventLike) -> Iterable[Link]:
    """ "since March, when the owner closed the site": the relative clause's first verb lies in the time."""
    m = cues.relative_when.match(text, t.end)
    if m is None:
        return
    verb = next((ev for ev in in_sentence if ev.start >= m.end() and ev.pos == "VERB"), None)
    if verb is None or verb.eid == governed.eid or len(_tokens_between(text, m.end(), verb.start)) > 6 or _clause_break(cues, text, m.end(), verb.start):
        return
    yield Link(verb.eid, "during", t.tid, text[t.start : verb.end], Strength.DEFAULT)


_OFFSET_SLACK = (0.5, 1.5)
"""An anaphoric length between two events ("two days later") is read as this share of it, at
least and at most: the calendar's slack (two days later may be 36 or 60 hours on)."""


def _offset_from_previous_event(cues: AnchorWords, doc: Doc, t: Timex, ev: EventLike, grouped: Mapping[int, Sequence[EventLike]]) -> Optional[Link]:
    """ "The minister visited the town. Two days later, the cabinet met.": with no dated time
    before it, the length counts from the previous sentence's first verb event, not from now."""
    if t.rule != "anaphoric_offset" or t.anchor.kind is not AnchorKind.REFERENCE_TIME or t.min_length is None or t.max_length is None:
        return None
    after = _NEXT_WORD.match(doc.text, t.end, t.end + 20)
    relation = cues.offset_direction.get(after.group(1)) if after is not None else None
    i = doc.sentence_index(t.start)
    previous = [e for e in grouped.get(i - 1, ()) if e.pos == "VERB"] if relation and i > 0 else []
    if not previous:
        return None
    lo, hi = _OFFSET_SLACK
    evidence = doc.text[t.start : after.end()] if after is not None else t.text
    return Link(ev.eid, relation, previous[0].eid, evidence, Strength.SIGNAL, t.min_length * lo, t.max_length * hi)


def _within_of_previous(cues: AnchorWords, doc: Doc, t: Timex, ev: EventLike, grouped: Mapping[int, Sequence[EventLike]],
                        signal: Optional[str], evidence: str) -> Optional[Link]:
    """ "The first case was confirmed on Aug. 27. Within a fortnight the virus had spread.": a
    length that opens its sentence after "within", counting from nothing of its own, counts from
    the previous sentence's first verb event."""
    if signal is None or cues.signals.get(signal) != "within" or t.type is not TimexType.DURATION or t.max_length is None:
        return None
    s, _ = doc.sentence_at(t.start)
    if len(_tokens_between(doc.text, s, t.start)) > 1 or cues.within_target.match(doc.text, t.end):
        return None  # not fronted, or "within 40 hours of the landfall"
    i = doc.sentence_index(t.start)
    previous = [e for e in grouped.get(i - 1, ()) if e.pos == "VERB"] if i > 0 else []
    if not previous:
        return None
    return Link(ev.eid, "within", previous[0].eid, evidence, Strength.SIGNAL, dt.timedelta(0), t.max_length)


def _duration_links(cues: AnchorWords, text: str, t: Timex, ev: EventLike, signal: Optional[str], evidence: str, events: Sequence[EventLike], sentence: tuple[int, int]) -> Iterable[Link]:
    """ "for 18 days" (length), "within 30 hours of the raid" (start soon after another event)."""
    if signal is not None and cues.signals.get(signal) == "within":
        after = text[t.end : t.end + 40]
        m = cues.within_target.match(after)
        target = None
        if m:
            target = next((x for x in events if t.end + m.end() <= x.start <= t.end + m.end() + 25 and x.eid != ev.eid), None)
        if target is not None:
            said = signal + " "
            yield Link(ev.eid, "within", target.eid, text[t.start - len(said) if text[max(0, t.start - len(said)) : t.start].lower() == said else t.start : target.end],
                       Strength.SIGNAL, dt.timedelta(0), t.max_length)
        return
    if signal is None and cues.length_as_gap.match(text, t.end):
        return  # "eight minutes after the alarm": the gap between two events (see _event_links)
    word = _LAST_TOKEN.search(text, max(0, t.start - 24), t.start)
    if signal is None and word is not None and word.group(1).lower() in cues.not_a_length_after:
        return  # "sentenced to six years": the length of the sentence, not of the sentencing
    if (signal is None or signal in cues.duration_signals) and t.min_length is not None:
        yield Link(ev.eid, "lasts", t.tid, evidence, Strength.DEFAULT if signal else Strength.TENSE, t.min_length, t.max_length)
        if ev.text.lower() in cues.lasting_verbs:
            subject = next((x for x in reversed(events) if x.end <= ev.start and x.pos == "NOUN" and x.start >= sentence[0]
                            and not _clause_break(cues, text, x.end, ev.start)), None)
            if subject is not None:  # "the trial ... lasted five weeks": the lasting is the trial
                yield Link(ev.eid, "simultaneous", subject.eid, text[subject.start : ev.end], Strength.DEFAULT)


def _event_links(cues: AnchorWords, doc: Doc, events: Sequence[EventLike], timexes: Sequence[Timex] = ()) -> Iterable[Link]:
    """Signals between two events of one sentence: "visited shortly after the raids", "arrived
    eight minutes after the alarm" (a length right before the signal measures the gap)."""
    text = doc.text
    # a length right before "after"/"before" with no signal of its own ("held for 18 days before" is a length)
    gaps = {t.end: t for t in timexes if t.type is TimexType.DURATION and t.min_length is not None and cues.length_as_gap.match(text, t.end)
            and _signal_before(cues, text, t.start, doc.sentence_at(t.start)[0])[0] is None}
    spans = sorted((t.start, t.end) for t in timexes)
    ends = [y for _, y in spans]
    ordered = sorted(events, key=lambda e: e.start)
    grouped = _by_sentence(doc, ordered)
    premodifying = frozenset(t.start for t in timexes if _premodified(cues, text, t, grouped.get(doc.sentence_index(t.start), ())) not in (None, t))
    for i, a in enumerate(ordered):
        s, e = doc.sentence_at(a.start)
        for b in ordered[i + 1 : i + 2]:  # the signal ties a to the next event only: "said a man arrested during the storm"
            if b.start >= e:
                break
            between = text[a.end : b.start]
            words = _words_outside(cues, text, a.end, b.start, spans, ends, premodifying)  # a time expression counts as no words
            if not words or len(words) > 6:
                continue
            at = next((k for k in range(len(words) - 1, -1, -1) if words[k] in cues.event_signals), None)  # the one nearest b
            if at is None and words[-1] in cues.gerund_signals and a.pos == "VERB" and b.pos == "VERB" and cues.gerund.fullmatch(b.text):
                signal, relation = words[-1], cues.gerund_signals[words[-1]]  # "jailed for stealing": the reason came first
            elif at is None or not _introduces(cues, words[at + 1 :], b) or (len(words) - at > 1 and _PUNCT.search(between, between.lower().rfind(words[at]))):
                continue  # the signal must introduce b: "after the raids", "before being charged", "before they left"
            elif at > 0 and words[at - 1] in cues.adverb_signal_after:
                continue  # "paid fines and have since been barred": an adverb, no signal
            else:
                signal = words[at]
                relation = cues.event_signals[signal]
            gap_max = None
            gap_min = dt.timedelta(0)
            m = cues.short_gap.search(between)
            if m and any(x <= a.end + m.start() < y for x, y in spans):
                m = None  # "for nearly 20 hours before": the hours belong to a length, not to the gap
            if m:
                gap_max = cues.short_gaps.get(m.group(1).lower())
            length = next((gaps[k] for k in range(a.end, b.start) if k in gaps), None) if gaps else None
            if length is not None and length.min_length is not None:
                gap_min, gap_max = length.min_length, length.max_length
            source = a
            if i > 0 and (_attributive(cues, a, text) or a.pos == "NOUN"):
                # "pumping water from flooded streets after the storm", "denied wrongdoing for ten
                # days before he stepped down": the clause's verb is what the signal orders
                prev = ordered[i - 1]
                if (prev.pos == "VERB" and prev.start >= s and not _clause_break(cues, text, prev.end, a.start)
                        and (a.pos != "NOUN" or len(_tokens_between(text, prev.end, a.start)) <= 2)):
                    source = prev
            target = b
            after_b = ordered[i + 2] if i + 2 < len(ordered) else None
            if b.pos == "NOUN" and after_b is not None and after_b.pos == "VERB" and not text[b.end : after_b.start].strip():
                target = after_b  # "two weeks after the incumbent resigned": the clause's verb, not its subject
            evidence = text[source.start : target.end]
            # a's relation to b: "visited after the raids" -> a after b
            likely = cues.likely_gaps.get(signal) if gap_max is None and relation == "after" else None
            yield Link(source.eid, relation, target.eid, evidence, Strength.SIGNAL, gap_min, gap_max, likely)


def _aspectual_links(cues: AnchorWords, text: str, events: Sequence[EventLike]) -> Iterable[Link]:
    """ "The wave of attacks began ...": the noun starts (or ends) when the aspectual verb says;
    "A fire broke out", "an earthquake struck": the happening starts when its verb happens."""
    for i, ev in enumerate(events):
        head = ev.text.lower()
        if head in cues.happening_verbs and ev.pos == "VERB" and i > 0:
            prev = events[i - 1]
            if prev.pos != "VERB" and _group_of(cues, prev.text) is not None and not _tokens_between(text, prev.end, ev.start):
                if head in cues.onset_verbs:
                    yield Link(prev.eid, "begun_by", ev.eid, text[prev.start : ev.end], Strength.SIGNAL)
                else:  # "the storm hit the coast on Saturday": the hitting, not the storm's start
                    yield Link(ev.eid, "during", prev.eid, text[prev.start : ev.end], Strength.SIGNAL)
            continue
        if head not in cues.begin_verbs and head not in cues.end_verbs:
            continue
        for prev in reversed(events[max(0, i - 3) : i]):
            if prev.pos != "VERB" and len(_tokens_between(text, prev.end, ev.start)) <= 1 and not _clause_break(cues, text, prev.end, ev.start):
                relation = "begun_by" if head in cues.begin_verbs else "ended_by"
                yield Link(prev.eid, relation, ev.eid, text[prev.start : ev.end], Strength.SIGNAL)
                break


def implied_event_spans(text: str, events: Sequence[EventLike], language: str = "en") -> list[tuple[int, int]]:
    """Spans of nouns a timing signal introduces ("within 30 hours of the raid"), a light verb
    carries ("made landfall") or a happening verb has as its subject ("a fire broke out", when
    the noun is in a ``same_kind`` group) that are not yet event mentions: the words say they happened."""
    cues = anchor_words(language)
    covered = sorted((e.start, e.end) for e in events)
    starts = [a for a, _ in covered]
    found = [m.span(1) if m.group(1) else m.span(2) for m in cues.implied.finditer(text)]
    for ev in events:
        if ev.pos == "VERB" and ev.text.lower() in cues.happening_verbs:
            subject = _LAST_TOKEN.search(text, max(0, ev.start - 24), ev.start)
            if subject is not None and _group_of(cues, subject.group(1)) is not None and subject.group(1).isalpha():
                found.append(subject.span(1))
    out = []
    for s, e in sorted(found):
        k = bisect.bisect_left(starts, e)  # mentions starting before e; only the last few can reach s
        if not any(b > s for _, b in covered[max(0, k - 4) : k]) and (not out or out[-1] != (s, e)):
            out.append((s, e))
    return out


def _kind(cues: AnchorWords, word: str, lexical: "Callable[[str], tuple[tuple[str, ...], str]]") -> str:
    """What a mention names, for coreference: its synonym group, else its lemma (``lexical``: the text's memo of it)."""
    w = word.lower()
    lemma = lexical(w)[1]
    for i, group in enumerate(cues.same_kind):
        if w in group or lemma in group:
            return f"group{i}"
    return lemma


def _group_of(cues: AnchorWords, word: str) -> Optional[str]:
    """The synonym group a plain word belongs to ("earthquake"), or None."""
    w = word.lower().strip(".,;:!?\"'”“")
    return next((f"group{i}" for i, group in enumerate(cues.same_kind) if w in group), None)


def _coreference_links(cues: AnchorWords, text: str, events: Sequence[EventLike]) -> Iterable[Link]:
    """ "the assault" after "raids", "the landfall" after "made landfall": the same event.

    A definite noun refers back to the last mention of the same kind (synonym group or
    lemma, verbs included); an indefinite later mention does not take over the chain."""
    from .events.features import lexical_memo  # lemminflect's tables load on first use

    lexical = lexical_memo()
    seen: dict[str, EventLike] = {}
    for ev in sorted(events, key=lambda e: e.start):
        kind = _kind(cues, ev.text, lexical)
        prev = seen.get(kind)
        nominal = cues.gerund.fullmatch(ev.text.lower()) is not None and cues.nominal_gerund.search(text, max(0, ev.start - 30), ev.start) is not None
        if ev.pos == "VERB" and not nominal:  # "the slaying" names the event as a noun does
            seen.setdefault(kind, ev)
            subject = _LAST_TOKEN.search(text, max(0, ev.start - 24), ev.start) if ev.text.lower() in cues.happening_verbs else None
            if subject is not None:
                named = _group_of(cues, subject.group(1))
                if named is not None:
                    seen.setdefault(named, ev)  # "an earthquake struck ... the quake": the striking is the quake
            continue
        definite = cues.definite.search(text[max(0, ev.start - 30) : ev.start])
        if definite and cues.distinct_modifiers.intersection(w.lower() for w in _WORD.findall(definite.group())):
            seen[kind] = ev  # "the last early election": another one, which later mentions may take up
            continue
        if prev is not None and definite:
            yield Link(ev.eid, "simultaneous", prev.eid, f"{prev.text} … {text[definite.start() + max(0, ev.start - 30) : ev.end]}", Strength.DEFAULT)
        if prev is None or definite:
            seen[kind] = ev


def _subject_of(text: str, noun: EventLike, verb: EventLike) -> bool:
    """Whether ``noun`` stands right before ``verb`` with at most two words (auxiliaries) between."""
    between = text[noun.end : verb.start]
    return verb.start >= noun.end and len(between.split()) <= 2 and not any(c in between for c in ",;:()")


def _reference_links(cues: AnchorWords, doc: Doc, events: Sequence[EventLike], lasting: frozenset[str], supposed: frozenset[str]) -> Iterable[Link]:
    """Publication time from tense and aspect: past ends before it, future starts after it.
    An event noun takes the tense of its clause ("the attacks" in a past-tense sentence).
    ``lasting``: the events the text says last until a time; in the present perfect ("have
    been barred until 2028") they hold now, so their tense does not end them before it.
    ``supposed``: hypothetical events, whose tense says nothing of when they happen."""
    from .resolve.tense import clause_tense  # the resolver package loads on first use

    for k, ev in enumerate(events):
        if ev.polarity == "NEG" or ev.eid in supposed:  # "once the inquiry has begun", "called for an inquiry": a time to come
            continue
        tense, aspect = ev.tense, ev.aspect
        if ev.pos != "VERB" and tense == "NONE":
            if k + 1 < len(events) and events[k + 1].eid in supposed and events[k + 1].pos == "VERB" and _subject_of(doc.text, ev, events[k + 1]):
                continue  # the subject of a supposed verb ("once the inquiry has begun") takes its time
            if (k > 0 and events[k - 1].pos == "VERB" and events[k - 1].tense not in ("PAST", "PASTPART") and events[k - 1].aspect != "PERFECTIVE"
                    and _subject_of(doc.text, events[k - 1], ev)):
                continue  # the object of a verb not in the past ("voted to dissolve parliament and hold a snap election on Jan. 17") is not in the past clause's time
            clause, _ = clause_tense(doc, ev.start, ev.end)
            if clause == "past":
                yield Link(ev.eid, "before_ref", REFERENCE, f"{ev.text} (in a past-tense clause)", Strength.TENSE)
            continue
        if tense == "PRESENT" and aspect == "PERFECTIVE" and ev.eid in lasting:
            continue
        if k > 0 and events[k - 1].text.lower() in cues.state_verbs and not doc.text[events[k - 1].end : ev.start].strip():
            continue  # "will stay closed": the state verb's tense is the one that counts
        if tense == "PAST" or aspect in ("PERFECTIVE",) or (tense in ("PASTPART",) and ev.pos == "VERB"):
            yield Link(ev.eid, "before_ref", REFERENCE, f"{ev.text} (past tense)", Strength.TENSE)
        elif tense == "FUTURE":
            yield Link(ev.eid, "after_ref", REFERENCE, f"{ev.text} (future)", Strength.TENSE)
        elif tense == "PRESENT" and aspect == "PROGRESSIVE":
            yield Link(ev.eid, "overlaps_ref", REFERENCE, f"{ev.text} (present progressive)", Strength.TENSE)


def anchor_events(text: "str | Doc", timexes: Sequence[Timex], events: Sequence[EventLike],
                  supposed: Optional[frozenset[str]] = None) -> tuple[Link, ...]:
    """All links the text gives, deterministic and in text order of their source events.
    ``supposed``: the events whose clause makes them hypothetical (see
    :func:`timeline.events.factuality.factuality`), when the caller has them already."""
    doc = as_doc(text)
    cues = anchor_words(doc.language)
    events = sorted(events, key=lambda e: (e.start, e.end, e.eid))
    if supposed is None:
        from .events.factuality import factuality

        supposed = frozenset(ev.eid for ev, f in zip(events, factuality(doc, events)) if f.hypothetical_clause)
    time_links = list(_time_links(cues, doc, timexes, events))
    lasting = frozenset(link.source for link in time_links if link.relation is LinkRelation.UNTIL)
    links = [*time_links, *_event_links(cues, doc, events, timexes), *_aspectual_links(cues, doc.text, events),
             *_coreference_links(cues, doc.text, events), *_reference_links(cues, doc, events, lasting, supposed)]
    order = {ev.eid: i for i, ev in enumerate(sorted(events, key=lambda e: e.start))}
    return tuple(sorted(links, key=lambda link: (order.get(link.source, 0), link.relation, link.target)))
