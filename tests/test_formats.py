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
    "The mayor said on Friday that the road could reopen within a week.\n"
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


# -- the HTML page --------------------------------------------------------------------------


def test_html_page_is_self_contained_and_carries_every_dated_event(tl) -> None:
    from timeline.render import to_html
    from timeline.render.html import chart_data

    page = to_html(tl)
    assert page.startswith("<!DOCTYPE html>") and 'name="viewport"' in page
    for needle in ("http://", "https://", "src=", "@import", "url("):
        assert needle not in page.replace('"http://www.w3.org/2000/svg"', ""), needle
    data = chart_data(tl)
    assert [e["eid"] for e in data["events"]] == [s["unique_id"] for s in timelinejs_dict(tl)["events"]]
    built = next(e for e in data["events"] if e["headline"] == "built")
    assert built["start"] == int((dt.datetime(2021, 6, 1) - dt.datetime(1970, 1, 1)).total_seconds() * 1000)
    rain = next(e for e in data["events"] if e["headline"] == "rain")
    assert rain["earliest"] is None and rain["latest"] is not None  # a whisker open on the left
    assert to_html(tl) == page


def test_html_data_cannot_close_its_script_element() -> None:
    from timeline.render import to_html

    made = _made(("ended</script><script>alert(1)</script>", dt.datetime(2020, 1, 1), dt.datetime(2021, 1, 1)))
    page = to_html(made)
    assert "</script><script>alert(1)" not in page


def _browser():
    """A headless Chromium driven by Playwright, or a skip when either is missing."""
    import os
    import shutil

    sync_api = pytest.importorskip("playwright.sync_api")
    path = os.environ.get("TIMELINE_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    if path is None:
        pytest.skip("no Chromium installed (apt-get install chromium)")
    return sync_api, path


@pytest.mark.parametrize("viewport", [{"width": 1200, "height": 900}, {"width": 375, "height": 740}], ids=["desktop", "phone"])
def test_html_page_in_a_real_browser(tl, tmp_path, viewport) -> None:
    sync_api, path = _browser()
    from timeline.render import to_html
    from timeline.render.html import chart_data

    page_file = tmp_path / "valley.html"
    page_file.write_text(to_html(tl), encoding="utf-8")
    records = chart_data(tl)["events"]
    expected = [e["eid"] for e in records]
    problems: list[str] = []
    requests: list[str] = []
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=path, args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        try:
            page = browser.new_page(viewport=viewport)
            page.on("console", lambda m: problems.append(m.text) if m.type in ("error", "warning") else None)
            page.on("pageerror", lambda exc: problems.append(str(exc)))
            page.on("request", lambda r: requests.append(r.url) if not r.url.startswith("file:") else None)
            page.goto(page_file.as_uri())
            drawn = page.eval_on_selector_all(
                "#axis g.event",
                """gs => gs.map(g => { const r = g.querySelector('rect.bar').getBoundingClientRect();
                                         const s = document.getElementById('axis').getBoundingClientRect();
                                         return [g.dataset.eid, r.width, r.left - s.left, r.right - s.left, s.width]; })""",
            )
            assert [d[0] for d in drawn] == expected
            page.click("#zoom-all")
            drawn = page.eval_on_selector_all(
                "#axis g.event",
                """gs => gs.map(g => { const r = g.querySelector('rect.bar').getBoundingClientRect();
                                         const s = document.getElementById('axis').getBoundingClientRect();
                                         return [g.dataset.eid, r.width, r.left - s.left, r.right - s.left, s.width]; })""",
            )
            for eid, width, left, right, total in drawn:  # with "all", every bar is visible inside the axis
                assert width >= 3 and left >= -1 and right <= total + 1, (eid, width, left, right, total)
            for _ in range(6):  # zoomed far in, the labels still stay inside the axis
                page.click("#zoom-in")
            labels = page.eval_on_selector_all(
                "#axis g.event text.name",
                """ts => ts.map(t => { const r = t.getBoundingClientRect(), s = document.getElementById('axis').getBoundingClientRect();
                                       return [r.left - s.left, r.right - s.left, s.width]; })""",
            )
            assert all(left >= 0 and right <= total + 0.5 for left, right, total in labels), labels
            page.click("#zoom-fit")
            shown = page.inner_text("#range")
            page.click("#zoom-in")
            assert page.inner_text("#range") not in ("", shown)  # zooming in shows a shorter range
            page.click("#zoom-fit")
            page.click(f'#axis g.event[data-eid="{expected[0]}"] rect.bar', force=True)
            assert page.inner_text("#details").startswith(records[0]["headline"] + ":")  # tapping shows the sentence
            assert records[0]["sentence"] in page.inner_text("#details")
            assert page.evaluate("document.documentElement.scrollWidth") <= viewport["width"] + 1  # no sideways scrolling on a phone
        finally:
            browser.close()
    assert problems == [] and requests == []


def test_html_page_fits_the_story_and_shows_the_background_on_demand(tmp_path) -> None:
    sync_api, path = _browser()
    from timeline.render import to_html

    D = dt.datetime
    made = _made(("grew", D(2010, 1, 1), D(2018, 1, 1)), ("broke", D(2026, 3, 2), D(2026, 3, 3)), ("mended", D(2026, 3, 4, 9), D(2026, 3, 4, 17)))
    page_file = tmp_path / "made.html"
    page_file.write_text(to_html(made), encoding="utf-8")
    bars = """gs => gs.map(g => { const r = g.querySelector('rect.bar').getBoundingClientRect(), s = document.getElementById('axis').getBoundingClientRect();
                                 return [g.dataset.eid, r.left - s.left, r.right - s.left, s.width, g.querySelector('text.name').textContent]; })"""
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=path, args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        try:
            page = browser.new_page(viewport={"width": 800, "height": 600})
            page.goto(page_file.as_uri())
            drawn = {eid: (left, right, total, label) for eid, left, right, total, label in page.eval_on_selector_all("#axis g.event", bars)}
            assert set(drawn) == {"e1", "e2", "e3"}
            for eid in ("e2", "e3"):  # the story fills the axis: its two days are well apart
                left, right, total, _ = drawn[eid]
                assert 0 <= left and right <= total
            assert drawn["e3"][0] - drawn["e2"][1] > 100
            assert drawn["e1"][1] <= 0 and drawn["e1"][3].startswith("\u25c2")  # the background lies to the left, marked so
            page.click("#zoom-all")
            for _, left, right, total, _ in page.eval_on_selector_all("#axis g.event", bars):
                assert -1 <= left and right <= total + 1
        finally:
            browser.close()
