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
import re
from typing import Iterable, Optional, Protocol, Sequence

import attrs

from .model import Timex, TimexType
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


_WORD = re.compile(r"[A-Za-z’']+")
_CLAUSE_BREAK = re.compile(r"[;:()\"“”]|,\s+(?:and|but|while|whereas|although|who|which|where)\b|\b(?:and|but)\s+(?=[a-z]+ed\b)")
_SIGNALS = {
    "on": "during", "in": "during", "at": "during", "during": "during", "throughout": "during", "over": "during",
    "of": "during", "from": "starts_in", "by": "by", "before": "before", "after": "after", "since": "since",
    "until": "until", "till": "until", "through": "until", "within": "within", "for": "lasts", "between": "during",
    "around": "during", "about": "during", "earlier": "during", "later": "during", "early": "during", "late": "during",
    "prior": "before", "ahead": "before", "following": "after",
}
_BEGIN_VERBS = frozenset("begin began begun begins beginning start started starts starting launch launched launches opened erupted broke".split())
_END_VERBS = frozenset("end ended ends ending finish finished finishes concluded completed stopped ceased".split())
_EVENT_SIGNALS = {
    "after": "after", "following": "after", "before": "before", "prior": "before", "ahead": "before",
    "since": "after", "until": "before", "during": "during", "amid": "during", "while": "during", "when": "during",
    "as": "during", "upon": "after",
}
_DETERMINERS = frozenset("the a an these those this that its their his her being having been".split())
_SHORTLY = re.compile(r"\b(shortly|soon|just|immediately|minutes|hours|days|weeks|moments)\s+(after|before)\b", re.I)
_SHORT_GAP = {"shortly": dt.timedelta(days=1), "soon": dt.timedelta(days=2), "just": dt.timedelta(hours=12), "immediately": dt.timedelta(hours=2),
              "moments": dt.timedelta(hours=1), "minutes": dt.timedelta(hours=1), "hours": dt.timedelta(days=1), "days": dt.timedelta(days=14),
              "weeks": dt.timedelta(days=90)}
# event nouns that can name the same happening; a definite mention refers back to the last one
_SAME_KIND = [
    frozenset("attack attacks assault assaults onslaught raid raids violence fighting clashes".split()),
    frozenset("storm storms hurricane cyclone typhoon".split()),
    frozenset("flood floods flooding floodwaters".split()),
    frozenset("explosion explosions blast blasts bombing bombings".split()),
    frozenset("election elections vote votes poll polls ballot".split()),
]


def _tokens_between(text: str, a: int, b: int) -> list[str]:
    return [w.lower() for w in _WORD.findall(text, a, b)]


def _clause_break(text: str, a: int, b: int) -> bool:
    return bool(_CLAUSE_BREAK.search(text, a, b)) if a < b else False


def _signal_before(text: str, start: int, sentence_start: int) -> tuple[Optional[str], str]:
    """The signal word right in front of a time expression ("on", "by", "within") and the evidence."""
    words = list(_WORD.finditer(text, max(sentence_start, start - 40), start))
    for m in reversed(words[-2:]):
        w = m.group().lower()
        if w in _SIGNALS:
            return w, text[m.start() : start].strip()
    return None, ""


def _governor(timex: Timex, in_sentence: Sequence[EventLike], text: str, sentence: tuple[int, int]) -> Optional[EventLike]:
    """The event a time expression governs: the nearest verb before it in its clause, else after."""
    s, e = sentence
    before = [ev for ev in in_sentence if ev.end <= timex.start and not _clause_break(text, ev.end, timex.start)]
    after = [ev for ev in in_sentence if ev.start >= timex.end and not _clause_break(text, timex.end, ev.start)]
    if before:
        # the nearest verb in front of it in its clause ("killed ... within 40 hours"), unless an
        # event noun sits right before it ("the attack on Sunday")
        nearest = before[-1]
        if nearest.pos == "NOUN" and len(_tokens_between(text, nearest.end, timex.start)) <= 2:
            return nearest
        verbs = [ev for ev in before if ev.pos == "VERB"]
        if verbs:
            return verbs[-1]
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


def _time_links(doc: Doc, timexes: Sequence[Timex], events: Sequence[EventLike]) -> Iterable[Link]:
    text = doc.text
    grouped = _by_sentence(doc, events)
    for t in timexes:
        if t.furniture or t.type is TimexType.SET:
            continue
        sentence = doc.sentence_at(t.start)
        ev = _governor(t, grouped.get(doc.sentence_index(t.start), ()), text, sentence)
        if ev is None:
            continue
        signal, said = _signal_before(text, t.start, sentence[0])
        evidence = (said + " " + t.text).strip() if said else t.text
        if t.type is TimexType.DURATION and t.earliest is None:
            yield from _duration_links(text, t, ev, signal, evidence, grouped.get(doc.sentence_index(t.start), ()), sentence)
            continue
        if t.earliest is None and t.latest is None:
            continue
        relation = _SIGNALS.get(signal or "", "during")
        if relation in ("within", "lasts"):
            relation = "by" if relation == "within" else "during"
        head = ev.text.lower()
        if relation == "during" and head in _BEGIN_VERBS:
            relation = "starts_in"
        elif relation == "during" and head in _END_VERBS:
            relation = "ends_in"
        strength = Strength.SIGNAL if signal in ("by", "before", "after", "since", "until", "till") else Strength.DEFAULT
        yield Link(ev.eid, relation, t.tid, evidence, strength)


def _duration_links(text: str, t: Timex, ev: EventLike, signal: Optional[str], evidence: str, events: Sequence[EventLike], sentence: tuple[int, int]) -> Iterable[Link]:
    """ "for 18 days" (length), "within 30 hours of the raid" (start soon after another event)."""
    if signal == "within":
        after = text[t.end : t.end + 40]
        m = re.match(r"\s+(?:of|after|from)\s+", after)
        target = None
        if m:
            target = next((x for x in events if t.end + m.end() <= x.start <= t.end + m.end() + 25 and x.eid != ev.eid), None)
        if target is not None:
            yield Link(ev.eid, "within", target.eid, text[t.start - len("within ") if text[max(0, t.start - 7) : t.start].lower() == "within " else t.start : target.end],
                       Strength.SIGNAL, dt.timedelta(0), t.max_length)
        return
    if signal in ("for", "over", "during", None) and t.min_length is not None:
        yield Link(ev.eid, "lasts", t.tid, evidence, Strength.DEFAULT if signal else Strength.TENSE, t.min_length, t.max_length)


def _event_links(doc: Doc, events: Sequence[EventLike]) -> Iterable[Link]:
    """Signals between two events of one sentence: "visited shortly after the raids"."""
    text = doc.text
    ordered = sorted(events, key=lambda e: e.start)
    for i, a in enumerate(ordered):
        s, e = doc.sentence_at(a.start)
        for b in ordered[i + 1 : i + 2]:  # the signal ties a to the next event only: "said a man arrested during the storm"
            if b.start >= e:
                break
            between = text[a.end : b.start]
            words = _tokens_between(text, a.end, b.start)
            if not words or len(words) > 6:
                continue
            at = next((k for k, w in enumerate(words) if w in _EVENT_SIGNALS), None)
            if at is None or len(words) - at - 1 > 2 or any(w not in _DETERMINERS for w in words[at + 1 :]):
                continue  # the signal must introduce b: "after the raids", "before being charged"
            signal = words[at]
            relation = _EVENT_SIGNALS[signal]
            gap_max = None
            m = _SHORTLY.search(between)
            if m:
                gap_max = _SHORT_GAP.get(m.group(1).lower())
            evidence = text[a.start : b.end]
            # a's relation to b: "visited after the raids" -> a after b
            yield Link(a.eid, relation, b.eid, evidence, Strength.SIGNAL, dt.timedelta(0), gap_max)


def _aspectual_links(text: str, events: Sequence[EventLike]) -> Iterable[Link]:
    """ "The wave of attacks began ...": the noun starts (or ends) when the aspectual verb says."""
    for i, ev in enumerate(events):
        head = ev.text.lower()
        if head not in _BEGIN_VERBS and head not in _END_VERBS:
            continue
        for prev in reversed(events[max(0, i - 3) : i]):
            if prev.pos != "VERB" and len(_tokens_between(text, prev.end, ev.start)) <= 1 and not _clause_break(text, prev.end, ev.start):
                relation = "begun_by" if head in _BEGIN_VERBS else "ended_by"
                yield Link(prev.eid, relation, ev.eid, text[prev.start : ev.end], Strength.SIGNAL)
                break


_IMPLIED = re.compile(
    r"\b(?:within\s+[\w\s-]{1,30}?\s+of|(?:shortly|soon|just|hours|days|weeks|minutes)\s+(?:after|before)|in\s+the\s+wake\s+of|following|amid|since|after|before|during)"
    r"\s+(?:the|these|those|this|that|its|their)\s+(?:[a-z]+\s+){0,1}?([a-z]{4,})\b"
    r"|\b(?:made|makes|make|held|holds|launched|launches|staged|stages|carried\s+out|conducted)\s+(?:a\s+|an\s+|the\s+)?([a-z]{4,})\b",
)


def implied_event_spans(text: str, events: Sequence[EventLike]) -> list[tuple[int, int]]:
    """Spans of nouns a timing signal introduces ("within 30 hours of the raid") or a light
    verb carries ("made landfall") that are not yet event mentions: the words say they happened."""
    covered = sorted((e.start, e.end) for e in events)
    starts = [a for a, _ in covered]
    out = []
    for m in _IMPLIED.finditer(text):
        s, e = m.span(1) if m.group(1) else m.span(2)
        k = bisect.bisect_left(starts, e)  # mentions starting before e; only the last few can reach s
        if not any(b > s for _, b in covered[max(0, k - 4) : k]):
            out.append((s, e))
    return out


def _kind(word: str) -> str:
    """What a mention names, for coreference: its synonym group, else its lemma."""
    w = word.lower()
    from .events.features import lexical  # lemminflect's tables load on first use

    lemma = lexical(w)[1]
    for i, group in enumerate(_SAME_KIND):
        if w in group or lemma in group:
            return f"group{i}"
    return lemma


def _coreference_links(text: str, events: Sequence[EventLike]) -> Iterable[Link]:
    """ "the assault" after "raids", "the landfall" after "made landfall": the same event.

    A definite noun refers back to the last mention of the same kind (synonym group or
    lemma, verbs included); an indefinite later mention does not take over the chain."""
    seen: dict[str, EventLike] = {}
    for ev in sorted(events, key=lambda e: e.start):
        kind = _kind(ev.text)
        prev = seen.get(kind)
        if ev.pos == "VERB":
            seen.setdefault(kind, ev)
            continue
        definite = re.search(r"\b(?:the|these|those|this|that)\s+(?:\w+\s+){0,2}$", text[max(0, ev.start - 30) : ev.start], re.I)
        if prev is not None and definite:
            yield Link(ev.eid, "simultaneous", prev.eid, f"{prev.text} … {text[definite.start() + max(0, ev.start - 30) : ev.end]}", Strength.DEFAULT)
        if prev is None or definite:
            seen[kind] = ev


def _reference_links(doc: Doc, events: Sequence[EventLike]) -> Iterable[Link]:
    """Publication time from tense and aspect: past ends before it, future starts after it.
    An event noun takes the tense of its clause ("the attacks" in a past-tense sentence)."""
    from .resolve.tense import clause_tense  # the resolver package loads on first use

    for ev in events:
        if ev.polarity == "NEG":
            continue
        tense, aspect = ev.tense, ev.aspect
        if ev.pos != "VERB" and tense == "NONE":
            clause, _ = clause_tense(doc, ev.start, ev.end)
            if clause == "past":
                yield Link(ev.eid, "before_ref", REFERENCE, f"{ev.text} (in a past-tense clause)", Strength.TENSE)
            continue
        if tense == "PAST" or aspect in ("PERFECTIVE",) or (tense in ("PASTPART",) and ev.pos == "VERB"):
            yield Link(ev.eid, "before_ref", REFERENCE, f"{ev.text} (past tense)", Strength.TENSE)
        elif tense == "FUTURE":
            yield Link(ev.eid, "after_ref", REFERENCE, f"{ev.text} (future)", Strength.TENSE)
        elif tense == "PRESENT" and aspect == "PROGRESSIVE":
            yield Link(ev.eid, "overlaps_ref", REFERENCE, f"{ev.text} (present progressive)", Strength.TENSE)


def anchor_events(text: "str | Doc", timexes: Sequence[Timex], events: Sequence[EventLike]) -> tuple[Link, ...]:
    """All links the text gives, deterministic and in text order of their source events."""
    doc = as_doc(text)
    events = sorted(events, key=lambda e: (e.start, e.end, e.eid))
    links = [*_time_links(doc, timexes, events), *_event_links(doc, events), *_aspectual_links(doc.text, events),
             *_coreference_links(doc.text, events), *_reference_links(doc, events)]
    order = {ev.eid: i for i, ev in enumerate(sorted(events, key=lambda e: e.start))}
    return tuple(sorted(links, key=lambda link: (order.get(link.source, 0), link.relation, link.target)))
