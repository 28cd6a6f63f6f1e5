"""Plain-JSON forms of the value classes (ISO 8601 strings), and back.

Used by the CLI's json/jsonl output and by anyone who stores results; ``timex_from_dict``
inverts ``timex_to_dict`` exactly (a round-trip property test checks it).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, Optional

from .events.plans import planned
from .model import AnchorKind, Event, EventAnchor, Grain, TaggedDocument, Timeline, Timex, TimexAnchor, TimexType

__all__ = ["timex_to_dict", "timex_from_dict", "tagged_document_to_dict", "event_to_dict", "event_from_dict", "timeline_to_dict", "timeline_to_timeml", "iso", "iso_duration"]


def iso(t: Optional[dt.datetime]) -> Optional[str]:
    """ISO 8601 for an instant, minutes precision unless seconds are set."""
    if t is None:
        return None
    return t.isoformat(timespec="seconds" if t.second else "minutes")


def iso_duration(d: Optional[dt.timedelta]) -> Optional[str]:
    """ISO 8601 duration (PnDTnHnMnS) for a length."""
    if d is None:
        return None
    total = int(round(d.total_seconds()))
    sign = "-" if total < 0 else ""
    total = abs(total)
    days, rest = divmod(total, 86400)
    hours, rest = divmod(rest, 3600)
    minutes, seconds = divmod(rest, 60)
    out = f"{sign}P{days}D" if days else f"{sign}P"
    if hours or minutes or seconds or not days:
        out += "T" + (f"{hours}H" if hours else "") + (f"{minutes}M" if minutes else "") + (f"{seconds}S" if seconds or not (hours or minutes) else "")
    return out


def _parse_duration(s: Optional[str]) -> Optional[dt.timedelta]:
    if s is None:
        return None
    m = re.fullmatch(r"(-?)P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?", s)
    if not m:
        raise ValueError(f"not an ISO 8601 duration: {s!r}")
    sign = -1 if m.group(1) else 1
    d, h, mi, se = (int(x or 0) for x in m.groups()[1:])
    return sign * dt.timedelta(days=d, hours=h, minutes=mi, seconds=se)


def timex_to_dict(t: Timex, doc: Optional[str] = None) -> dict[str, Any]:
    """A JSON-ready dict of a time expression (the JSONL record of ``timeline tag``)."""
    out: dict[str, Any] = {} if doc is None else {"doc": doc}
    out.update(
        tid=t.tid, start=t.start, end=t.end, text=t.text, type=str(t.type), value=t.value, mod=t.mod,
        earliest=iso(t.earliest), latest=iso(t.latest), grain=str(t.grain), anchor=str(t.anchor),
        rule=t.rule, temporal_function=t.temporal_function, furniture=t.furniture,
    )
    if t.type is TimexType.DURATION:
        out["min_length"] = iso_duration(t.min_length)
        out["max_length"] = iso_duration(t.max_length)
    if t.quant is not None:
        out["quant"] = t.quant
    if t.freq is not None:
        out["freq"] = t.freq
    return out


def timex_from_dict(d: dict[str, Any]) -> Timex:
    """Inverse of :func:`timex_to_dict`."""
    anchor_s = d.get("anchor", "none")
    if anchor_s in (k.value for k in AnchorKind):
        anchor = TimexAnchor(AnchorKind(anchor_s))
    else:
        anchor = TimexAnchor(AnchorKind.TIMEX, anchor_s)
    parse = lambda s: None if s is None else dt.datetime.fromisoformat(s)  # noqa: E731
    return Timex(
        tid=d["tid"], text=d["text"], start=d["start"], end=d["end"], type=TimexType(d["type"]), value=d["value"],
        mod=d.get("mod"), earliest=parse(d.get("earliest")), latest=parse(d.get("latest")), grain=Grain[d.get("grain", "unknown").upper()],
        anchor=anchor, rule=d.get("rule", ""), temporal_function=d.get("temporal_function", False), quant=d.get("quant"),
        freq=d.get("freq"), min_length=_parse_duration(d.get("min_length")), max_length=_parse_duration(d.get("max_length")),
        furniture=d.get("furniture", False),
    )


def tagged_document_to_dict(doc: TaggedDocument) -> dict[str, Any]:
    """The JSON form of a tagged document: its reference time and expressions."""
    return {
        "doc": doc.doc_id,
        "reference_time": iso(doc.reference_time),
        "mode": doc.mode,
        "timexes": [timex_to_dict(t) for t in doc.timexes],
    }


def event_to_dict(e: "Event", reference: Optional[dt.datetime] = None) -> dict[str, Any]:
    """The JSON form of a placed event: bounds as ISO 8601, anchors with their evidence.  ``reference`` (a news timeline's
    publication time): "planned" also marks an event the text puts wholly after the publication day (see
    :func:`timeline.events.plans.planned`)."""
    return {
        "eid": e.eid, "text": e.text, "start": e.start, "end": e.end, "sentence": e.sentence, "class": e.cls,
        "tense": e.tense, "aspect": e.aspect, "polarity": e.polarity, "modality": e.modality,
        "earliest_start": iso(e.earliest_start), "latest_start": iso(e.latest_start),
        "earliest_end": iso(e.earliest_end), "latest_end": iso(e.latest_end),
        "likely_start": iso(e.likely_start), "likely_end": iso(e.likely_end), "confidence": e.confidence,
        "likely_basis": e.likely_basis, "likely_kind": e.likely_kind, "real": e.real, "generic": e.generic, "hypothetical": e.hypothetical,
        "hypothetical_clause": e.hypothetical_clause, "reported_plan": e.reported_plan, "not_until": e.not_until,
        "planned": planned(e, reference),
        "anchors": [
            {"target": a.target, "relation": a.relation, "evidence": a.evidence,
             "offset_min": iso_duration(a.offset_min), "offset_max": iso_duration(a.offset_max)}
            for a in e.anchors
        ],
    }


def _instant(s: Optional[str]) -> Optional[dt.datetime]:
    return None if s is None else dt.datetime.fromisoformat(s)


def event_from_dict(d: dict[str, Any]) -> Event:
    """Inverse of :func:`event_to_dict` (derived fields such as ``real`` are recomputed)."""
    hypothetical_clause = d.get("hypothetical_clause")
    if hypothetical_clause is None:  # written before the field existed
        hypothetical_clause = bool(d.get("hypothetical")) and d.get("modality") is None
    return Event(
        eid=d["eid"], text=d["text"], start=d["start"], end=d["end"], sentence=d.get("sentence", ""), cls=d.get("class", "OCCURRENCE"),
        tense=d.get("tense", "NONE"), aspect=d.get("aspect", "NONE"), polarity=d.get("polarity", "POS"), modality=d.get("modality"),
        earliest_start=_instant(d.get("earliest_start")), latest_start=_instant(d.get("latest_start")),
        earliest_end=_instant(d.get("earliest_end")), latest_end=_instant(d.get("latest_end")),
        anchors=tuple(
            EventAnchor(a["target"], a["relation"], a.get("evidence", ""), _parse_duration(a.get("offset_min")), _parse_duration(a.get("offset_max")))
            for a in d.get("anchors", ())
        ),
        likely_start=_instant(d.get("likely_start")), likely_end=_instant(d.get("likely_end")), confidence=d.get("confidence"),
        likely_basis=d.get("likely_basis", ""), likely_kind=d.get("likely_kind", ""), generic=bool(d.get("generic", False)), hypothetical_clause=bool(hypothetical_clause),
        reported_plan=bool(d.get("reported_plan", False)), not_until=bool(d.get("not_until", False)),
    )


def timeline_to_dict(tl: "Timeline") -> dict[str, Any]:
    """The JSON form of a whole timeline: events in order, times, decided relations of local pairs, conflicts."""
    return {
        "source": tl.source,
        "reference_time": iso(tl.reference_time),
        "reference_time_source": tl.reference_time_source,
        "events": [event_to_dict(e, tl.reference_time if tl.mode == "news" else None) for e in tl.events],
        "timexes": [timex_to_dict(t) for t in tl.timexes],
        "relations": [{"source": r.source, "target": r.target, "relation": r.relation, "confidence": r.confidence, "certain": r.certain} for r in tl.relations],
        "unordered_groups": [list(g) for g in tl.unordered_groups],
        "conflicts": [{"constraints": list(c.constraints), "evidence": list(c.evidence), "dropped": list(c.dropped)} for c in tl.conflicts],
    }


def timeline_to_timeml(tl: "Timeline", doc_id: Optional[str] = None) -> str:
    """TE3-style TimeML of a timeline: TIMEX3 and EVENT inline, MAKEINSTANCE, and a TLINK for
    every relation it states (the publication time is the DCT, ``t0``)."""
    from .io.timeml import timexes_to_timeml

    triples = [(r.source, r.relation, "t0" if r.target == "reference_time" else r.target) for r in tl.relations]
    if tl.reference_time is None:
        triples = [t for t in triples if "t0" not in (t[0], t[2])]
    return timexes_to_timeml(tl.text, tl.reference_time, tl.timexes, doc_id, events=list(tl.events), relations=triples)
