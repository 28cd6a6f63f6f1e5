"""The lead's day: undated happenings told right after a lead dated before publication (session s25)."""

from __future__ import annotations

import datetime as dt

import timeline
from timeline.placement import news_day


def _day_of(tl: timeline.Timeline, word: str) -> tuple[dt.datetime | None, dt.datetime | None]:
    """The likely interval of the first event with that text."""
    e = min((e for e in tl.events if e.text == word), key=lambda e: e.start)
    return e.likely_start, e.likely_end


def _inside(span: tuple[dt.datetime | None, dt.datetime | None], day: str) -> bool:
    start = dt.datetime.fromisoformat(day)
    return span[0] is not None and span[1] is not None and start <= span[0].replace(tzinfo=None) and span[1].replace(tzinfo=None) <= start + dt.timedelta(days=1)


STORM = ("A storm ripped the roof off a sports hall in Bexley on Monday afternoon. "
         "The hall is used by four local schools. "
         "Two caretakers were hurt when a beam fell. "
         "The council said the hall would stay shut for a month.")


def test_undated_happenings_after_the_lead_take_its_day() -> None:
    """Published Tuesday 13 Oct 2026: the fall happened on Monday, the lead's day, though a sentence
    in the present ("is used") stands between and no day is carried over it from sentence to sentence."""
    tl = timeline.build(STORM, "2026-10-13")
    assert _inside(_day_of(tl, "hurt"), "2026-10-12")
    assert _inside(_day_of(tl, "fell"), "2026-10-12")


def test_the_report_at_the_end_stays_on_the_publication_day() -> None:
    """What the council said is placed where TimeML annotators put reports: the publication day."""
    tl = timeline.build(STORM, "2026-10-13")
    assert _inside(_day_of(tl, "said"), "2026-10-13")


def test_a_sentence_on_another_day_ends_the_lead_day() -> None:
    """After "On Tuesday morning ..." the story has moved: what follows is not put back on Monday."""
    text = ("A storm ripped the roof off a sports hall in Bexley on Monday afternoon. "
            "On Tuesday morning, engineers inspected the walls. "
            "Two caretakers were hurt when a beam fell.")
    tl = timeline.build(text, "2026-10-13")
    assert not _inside(_day_of(tl, "hurt"), "2026-10-12")


def test_no_lead_day_when_the_lead_is_far_back() -> None:
    """A lead a week before publication names background, not the news of the day: nothing moves."""
    day = dt.datetime(2026, 10, 5)
    spans = {"t1": (day, day + dt.timedelta(days=1))}
    events = [("e1", "OCCURRENCE", 0), ("e2", "OCCURRENCE", 1)]
    args = dict(lends={"e1": "t1"}, spans=spans, carried=frozenset({"t1"}), real={"e1": True, "e2": True},
                past={"e1": True, "e2": True}, happenings=frozenset({"e1", "e2"}), time_tied=frozenset({"e1"}), continued={})
    assert news_day(events, reference=(dt.datetime(2026, 10, 13), dt.datetime(2026, 10, 14)), **args) == {}  # type: ignore[arg-type]
    near = news_day(events, reference=(dt.datetime(2026, 10, 6), dt.datetime(2026, 10, 7)), **args)  # type: ignore[arg-type]
    assert near == {"e2": ("t1", day, day + dt.timedelta(days=1))}


def test_a_report_lead_gives_no_lead_day() -> None:
    """ "Officials said on Monday ...": a report's day is not the news day (reports stay where they are)."""
    day = dt.datetime(2026, 10, 12)
    events = [("e1", "REPORTING", 0), ("e2", "OCCURRENCE", 1)]
    out = news_day(events, {"e1": "t1"}, {"t1": (day, day + dt.timedelta(days=1))}, frozenset({"t1"}),
                   (dt.datetime(2026, 10, 13), dt.datetime(2026, 10, 14)), {"e1": True, "e2": True}, {"e1": True, "e2": True},
                   frozenset({"e2"}), frozenset({"e1"}), {})
    assert out == {}


def test_a_happening_ordered_before_another_takes_the_lead_day() -> None:
    """ "deliberated ... before it returned its verdict": tied to the verdict only, still the lead's day."""
    text = ("A former harbour master was found guilty on Thursday of taking bribes from shipping agents. "
            "The jury deliberated for five hours before it returned its verdict. "
            "The judge released him on bail.")
    tl = timeline.build(text, "2026-05-08")  # a Friday
    assert _inside(_day_of(tl, "deliberated"), "2026-05-07")
    assert _inside(_day_of(tl, "released"), "2026-05-07")


def test_what_a_report_says_is_not_moved() -> None:
    """In "..., and a caretaker said the beam snapped", the snapping is what the report tells, not the narration."""
    day = dt.datetime(2026, 10, 12)
    events = [("e1", "OCCURRENCE", 0), ("e2", "OCCURRENCE", 1), ("e3", "REPORTING", 1), ("e4", "OCCURRENCE", 1)]
    out = news_day(events, {"e1": "t1"}, {"t1": (day, day + dt.timedelta(days=1))}, frozenset({"t1"}),
                   (dt.datetime(2026, 10, 13), dt.datetime(2026, 10, 14)), dict.fromkeys(["e1", "e2", "e3", "e4"], True),
                   dict.fromkeys(["e1", "e2", "e3", "e4"], True), frozenset({"e2", "e4"}), frozenset({"e1"}), {})
    assert set(out) == {"e2"}


def test_ordered_before_another_event_only_in_a_sentence_with_a_time_of_the_day() -> None:
    """In an undated sentence a happening ordered before another takes the lead's day (e2); in a sentence
    a time of that day dates (e4, at a clock time), only such a one (e3), not the others (e5)."""
    day = dt.datetime(2026, 10, 12)
    spans = {"t1": (day, day + dt.timedelta(days=1)), "t2": (day + dt.timedelta(hours=20), day + dt.timedelta(hours=21))}
    events = [("e1", "OCCURRENCE", 0), ("e2", "OCCURRENCE", 1), ("e3", "OCCURRENCE", 2), ("e4", "OCCURRENCE", 2), ("e5", "OCCURRENCE", 2)]
    ids = ["e1", "e2", "e3", "e4", "e5"]
    out = news_day(events, {"e1": "t1", "e4": "t2"}, spans, frozenset({"t1"}), (dt.datetime(2026, 10, 13), dt.datetime(2026, 10, 14)),
                   dict.fromkeys(ids, True), dict.fromkeys(ids, True), frozenset(ids), frozenset({"e1", "e4"}), {},
                   ordered=frozenset({"e2", "e3"}))
    assert set(out) == {"e2", "e3"}
    assert out["e3"][1:] == (day, day + dt.timedelta(days=1))



def test_a_lead_of_two_days_gives_no_lead_day() -> None:
    """ "freed on Friday after rising water trapped them late on Wednesday": the lead names two days, so no
    one of them is the day of what the next sentences tell (e1 on Friday, e2 late on Wednesday, both in the lead)."""
    friday, wednesday = dt.datetime(2026, 3, 6), dt.datetime(2026, 3, 4)
    spans = {"t1": (friday, friday + dt.timedelta(days=1)), "t2": (wednesday + dt.timedelta(hours=16), wednesday + dt.timedelta(days=1))}
    events = [("e1", "OCCURRENCE", 0), ("e2", "OCCURRENCE", 0), ("e3", "OCCURRENCE", 1)]
    ids = ["e1", "e2", "e3"]
    args = dict(spans=spans, carried=frozenset({"t1", "t2"}), reference=(dt.datetime(2026, 3, 7), dt.datetime(2026, 3, 8)),
                real=dict.fromkeys(ids, True), past=dict.fromkeys(ids, True), happenings=frozenset(ids), time_tied=frozenset({"e1", "e2"}), continued={})
    assert news_day(events, {"e1": "t1", "e2": "t2"}, **args) == {}  # type: ignore[arg-type]
    assert set(news_day(events, {"e1": "t1"}, **args)) == {"e3"}  # type: ignore[arg-type]


def test_a_night_carried_to_the_next_sentence_ends_at_its_midnight() -> None:
    """ "... on Sunday night. A cyclist rode into the ditch": carried on from a night named by its day, most
    likely before that day's midnight, as an event the text puts in the night itself."""
    text = ("A water main burst under the ring road in Tarrow on Sunday night. "
            "A cyclist rode into the flooded ditch and was pulled out by two taxi drivers.")
    tl = timeline.build(text, "2026-11-03")  # a Tuesday
    assert _inside(_day_of(tl, "rode"), "2026-11-01")


def test_a_flashback_after_the_lead_is_over_by_the_end_of_its_day() -> None:
    """ "... the foreman said the gas had leaked from a cracked valve": the leak came before the news of the
    lead's day, not on the publication day (a report, even one leading its sentence, does not stop this)."""
    text = ("An explosion wrecked a bakery in Dorrow on Friday morning. "
            "The foreman said the gas had leaked from a cracked valve.")
    tl = timeline.build(text, "2026-01-31")  # a Saturday
    end = _day_of(tl, "leaked")[1]
    assert end is not None and end.replace(tzinfo=None) <= dt.datetime(2026, 1, 31)
