"""Events placed by the lead in the eighteenth session (sentences written for these tests)."""

from __future__ import annotations

import pytest

import timeline
from _timelines import event as _event, at as _at


# "within <length>" after a past verb, with nothing named to count from, counts from the event told before it
@pytest.mark.parametrize(
    "text,dct,word,earliest,latest",
    [
        # the sentence before's event: the fire, 06:00-06:30; put out at most an hour after
        ("The fire broke out shortly after 6 a.m. on 14 July 2025. The crew put it out within an hour.",
         "2025-07-20", "put", "2025-07-14 06:00", "2025-07-14 07:31"),
        # a past verb earlier in its own sentence
        ("Police arrived at the bank at 9 a.m. on Monday and arrested the two men within an hour.",
         "2026-03-11", "arrested", "2026-03-09 09:00", "2026-03-09 10:02"),
        # only a report before it in its sentence: still the sentence before's event
        ("A water main cracked at 8 p.m. on Friday. Officials said engineers repaired it within three hours.",
         "2026-03-11", "repaired", "2026-03-06 20:00", "2026-03-06 23:02"),
    ],
)
def test_within_after_a_past_verb_counts_from_the_event_before(text: str, dct: str, word: str, earliest: str, latest: str) -> None:
    e = _event(timeline.build(text, reference_time=dct), word)
    assert e.earliest_start is not None and e.latest_end is not None
    assert _at(earliest) <= e.earliest_start and e.latest_end <= _at(latest)


@pytest.mark.parametrize(
    "text,dct,word,other",
    [
        # a clause opened by "when" times the event itself: no count from the sentence before
        ("The ferry sank on Friday. When the alarm was raised, boats reached it within minutes.", "2026-03-11", "reached", "sank"),
        ("The ferry sank on Friday. When the alarm was announced, boats reached it within minutes.", "2026-03-11", "reached", "sank"),
        # a future event counts from now, not from the event before
        ("The bridge was closed on Monday. Engineers will repair it within a month.", "2026-03-11", "repair", "closed"),
    ],
)
def test_within_does_not_count_from_the_wrong_event(text: str, dct: str, word: str, other: str) -> None:
    tl = timeline.build(text, reference_time=dct)
    e, o = _event(tl, word), _event(tl, other)
    assert all(a.target != o.eid for a in e.anchors)


@pytest.mark.parametrize(
    "text,word,latest",
    [
        # a "would" after a past report is the past's "will": within the length after the saying (Wednesday 2 December)
        ("The union said on Wednesday it would appeal within 30 days.", "appeal", "2027-01-02"),
        ("The union said on Wednesday that the firm would pay within a week.", "pay", "2026-12-10"),
    ],
)
def test_within_after_a_reported_would_counts_from_the_report(text: str, word: str, latest: str) -> None:
    e = _event(timeline.build(text, reference_time="2026-12-03"), word)
    assert e.earliest_start == _at("2026-12-02") and e.latest_end is not None and e.latest_end <= _at(latest)


def test_within_after_could_is_no_reported_plan() -> None:
    # "could" supposes: nothing is bounded
    e = _event(timeline.build("The firm said on Wednesday it could pay within a week.", reference_time="2026-12-03"), "pay")
    assert e.earliest_start is None and e.latest_end is None


def _timex_targets(tl: timeline.Timeline, word: str) -> set[str]:
    """The texts of the time expressions ``word``'s event is anchored to."""
    texts = {t.tid: t.text for t in tl.timexes}
    return {texts[a.target] for a in _event(tl, word).anchors if a.target in texts}


@pytest.mark.parametrize(
    "text,word,base",
    [
        # the base a change is measured against dates nothing ("from", "than", "compared with")
        ("Sales in the third quarter fell 8 percent from a year earlier.", "fell", "a year earlier"),
        ("Profit was lower than in 2019, the bank said on Monday.", "lower", "2019"),
        ("Exports rose 3 percent compared with the same month last year.", "rose", "the same month last year"),
        ("Revenue reached $4 billion, up from $3 billion in 2024.", "reached", "2024"),
        ("The rate fell to 4 percent in June from 5 percent in May.", "fell", "May"),
    ],
)
def test_a_comparison_base_dates_no_event(text: str, word: str, base: str) -> None:
    tl = timeline.build(text, reference_time="2026-10-22")
    assert base in {t.text for t in tl.timexes}
    assert base not in _timex_targets(tl, word)
    assert not tl.conflicts


@pytest.mark.parametrize(
    "text,word,time",
    [
        # a start or a range is no comparison
        ("The museum is open from Monday.", "open", "Monday"),
        ("Prices rose 5 percent from January to March.", "rose", "January"),
        ("Oil prices have come down from the middle of October.", "come", "the middle of October"),
        ("The rate fell to 4 percent in June from 5 percent in May.", "fell", "June"),
    ],
)
def test_a_start_or_range_is_no_comparison(text: str, word: str, time: str) -> None:
    tl = timeline.build(text, reference_time="2026-10-22")
    assert time in _timex_targets(tl, word)


def test_a_when_clause_after_a_comparison_base_still_takes_its_day() -> None:
    tl = timeline.build("The index closed 6 percent lower than on Oct. 13, when the crash began.", reference_time="2026-10-22")
    began = _event(tl, "began")
    assert began.earliest_start == _at("2026-10-13") and began.latest_end == _at("2026-10-14")
