"""Formats people already use: TimelineJS 3 JSON, iCalendar, and the interactive HTML page."""

from __future__ import annotations

import datetime as dt
import json

import pytest

import timeline
from timeline.cli import main
from timeline.render.ics import to_ics
from timeline.render.timelinejs import timelinejs_dict, to_timelinejs

TEXT = (
    "Rivers rose across the valley this week.\n"
    "Heavy rain flooded the market square on Tuesday morning. Crews pumped out the basements on March 4, "
    "and volunteers handed out blankets, sandbags and hot soup; the work went on through the night.\n"
    "A new levee was built in June 2021. The stone bridge was finished in 1887.\n"
    "The mayor said on Friday that the road would reopen within a week.\n"
)
REF = "2026-03-06"


@pytest.fixture(scope="module")
def tl() -> timeline.Timeline:
    return timeline.build(TEXT, REF, event_model="perceptron", source="valley.txt")


def _slide(doc: dict, headline: str) -> dict:
    return next(s for s in doc["events"] if s["text"]["headline"] == headline)


# -- TimelineJS -----------------------------------------------------------------------------

_DATE_FIELDS = ("year", "month", "day", "hour", "minute", "second", "millisecond")


def _as_tuple(date: dict) -> tuple[int, ...]:
    """A TimelineJS date as a tuple to compare, missing fields as the unit's first value."""
    first = {"month": 1, "day": 1}
    return tuple(int(date.get(name, first.get(name, 0))) for name in _DATE_FIELDS)


def test_timelinejs_follows_its_documented_structure(tl) -> None:
    """The structure TimelineJS documents: events with start_date.year, end_date not before
    start_date, text.headline/text, unique ids unique, only documented keys, numbers as numbers."""
    jsonschema = pytest.importorskip("jsonschema")
    from timeline.schema import validate

    doc = json.loads(to_timelinejs(tl))
    validate(doc, "timelinejs")
    assert set(doc) <= {"title", "events", "eras", "scale"} and doc["events"]
    ids = [s["unique_id"] for s in doc["events"]]
    assert len(ids) == len(set(ids))
    for s in doc["events"]:
        assert set(s) <= {"start_date", "end_date", "text", "media", "group", "display_date", "background", "autolink", "unique_id"}
        assert isinstance(s["start_date"]["year"], int)
        if "end_date" in s:
            assert _as_tuple(s["end_date"]) >= _as_tuple(s["start_date"])
        assert set(s["start_date"]) <= set(_DATE_FIELDS)
    bad = json.loads(json.dumps(doc))
    del bad["events"][0]["start_date"]["year"]
    with pytest.raises(jsonschema.ValidationError):
        validate(bad, "timelinejs")
    bad = json.loads(json.dumps(doc))
    bad["events"][0]["start_date"] = {"year": 2026, "day": 3}  # a day without its month
    with pytest.raises(jsonschema.ValidationError):
        validate(bad, "timelinejs")


def test_timelinejs_dates_have_the_grain_of_the_text(tl) -> None:
    doc = timelinejs_dict(tl)
    built = _slide(doc, "built")
    assert built["start_date"] == {"year": 2021, "month": 6} and "end_date" not in built  # one month: no end
    rose = _slide(doc, "rose")  # "this week" up to the publication day: whole days, inclusive end
    assert rose["start_date"] == {"year": 2026, "month": 3, "day": 2} and rose["end_date"] == {"year": 2026, "month": 3, "day": 6}
    flooded = _slide(doc, "flooded")  # "Tuesday morning": hours
    assert flooded["start_date"]["day"] == 3 and "hour" in flooded["start_date"] and flooded["end_date"]["hour"] > flooded["start_date"]["hour"]
    pumped = _slide(doc, "pumped")
    assert pumped["start_date"] == {"year": 2026, "month": 3, "day": 4} and "end_date" not in pumped


def _made(*spans: tuple[str, dt.datetime, dt.datetime]) -> timeline.Timeline:
    text = " ".join(f"It {word}." for word, _, _ in spans)
    events, at = [], 0
    for n, (word, start, end) in enumerate(spans, 1):
        at = text.index(word, at)
        events.append(timeline.Event(f"e{n}", word, at, at + len(word), sentence=f"It {word}.", earliest_start=start, latest_end=end,
                                     likely_start=start, likely_end=end, confidence=1.0))
    return timeline.Timeline(text, dt.datetime(2026, 3, 6), (), tuple(events))


def test_timelinejs_grain_from_the_interval_alone() -> None:
    D = dt.datetime
    doc = timelinejs_dict(_made(
        ("began", D(1887, 1, 1), D(1888, 1, 1)), ("lasted", D(1990, 1, 1), D(1993, 1, 1)), ("grew", D(2020, 3, 1), D(2020, 6, 1)),
        ("paused", D(2026, 3, 3, 9, 30), D(2026, 3, 3, 9, 30)), ("rang", D(2026, 3, 3, 9, 30, 15), D(2026, 3, 3, 10, 0)),
    ))
    assert _slide(doc, "began")["start_date"] == {"year": 1887} and "end_date" not in _slide(doc, "began")
    assert _slide(doc, "lasted")["end_date"] == {"year": 1992}  # inclusive: the last year covered
    assert _slide(doc, "grew")["start_date"] == {"year": 2020, "month": 3} and _slide(doc, "grew")["end_date"] == {"year": 2020, "month": 5}
    assert _slide(doc, "paused")["start_date"] == {"year": 2026, "month": 3, "day": 3, "hour": 9, "minute": 30} and "end_date" not in _slide(doc, "paused")
    assert _slide(doc, "rang")["start_date"]["second"] == 15 and _slide(doc, "rang")["end_date"] == {"year": 2026, "month": 3, "day": 3, "hour": 10, "minute": 0}


def test_timelinejs_headline_is_the_event_and_text_its_sentence(tl) -> None:
    doc = timelinejs_dict(tl)
    s = _slide(doc, "built")
    assert s["text"]["text"] == "A new levee was built in June 2021."
    assert s["unique_id"] == next(e.eid for e in tl.events if e.text == "built")
    assert "sometime in Jun 2021" in s["display_date"]
    assert not any(x["text"]["headline"] == "reopen" for x in doc["events"])  # hypothetical: left out by default
    assert doc["title"]["text"]["headline"].startswith("Timeline")


# -- iCalendar ------------------------------------------------------------------------------


def test_ics_parses_with_icalendar_and_has_one_event_per_slide(tl) -> None:
    icalendar = pytest.importorskip("icalendar")
    text = to_ics(tl)
    assert text.endswith("\r\n") and all(len(line.encode("utf-8")) <= 75 for line in text.split("\r\n"))
    cal = icalendar.Calendar.from_ical(text)
    events = [c for c in cal.walk() if c.name == "VEVENT"]
    slides = timelinejs_dict(tl)["events"]
    assert [str(e["SUMMARY"]) for e in events] == [s["text"]["headline"] for s in slides]
    assert len({str(e["UID"]) for e in events}) == len(events)
    by = {str(e["SUMMARY"]): e for e in events}
    built = by["built"]
    assert built.decoded("DTSTART") == dt.date(2021, 6, 1) and built.decoded("DTEND") == dt.date(2021, 7, 1)
    flooded = by["flooded"]
    start = flooded.decoded("DTSTART")
    assert isinstance(start, dt.datetime) and start.tzinfo is None and start.date() == dt.date(2026, 3, 3)  # floating local time
    pumped = by["pumped"]
    assert pumped.decoded("DTSTART") == dt.date(2026, 3, 4) and pumped.decoded("DTEND") == dt.date(2026, 3, 5)
    description = str(pumped["DESCRIPTION"])  # a long sentence with commas and a semicolon survives folding and escaping
    assert description.startswith(next(e.sentence for e in tl.events if e.text == "pumped"))
    unfolded = text.replace("\r\n ", "")
    assert "blankets\\, sandbags and hot soup\\; the work" in unfolded  # TEXT values escape , and ; (RFC 5545 3.3.11)


def test_ics_is_deterministic_and_reads_no_clock(tl) -> None:
    assert to_ics(tl) == to_ics(tl)
    assert "DTSTAMP:20260306T000000Z" in to_ics(tl)


def test_cli_render_timelinejs_and_ics(tmp_path, capsys) -> None:
    src = tmp_path / "valley.txt"
    src.write_text(TEXT, encoding="utf-8")
    assert main(["render", str(src), "--reference-time", REF, "--event-model", "perceptron", "--format", "timelinejs"]) == 0
    out = capsys.readouterr().out
    assert _slide(json.loads(out), "built")["start_date"] == {"year": 2021, "month": 6}
    assert main(["render", str(src), "--reference-time", REF, "--event-model", "perceptron", "--format", "ics", "--out", str(tmp_path / "o")]) == 0
    written = (tmp_path / "o" / "valley.ics").read_bytes()
    assert written.startswith(b"BEGIN:VCALENDAR\r\n") and b"SUMMARY:built\r\n" in written
