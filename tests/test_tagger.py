"""The tagger's public behaviour on the inputs a user will give it."""

from __future__ import annotations

import datetime as dt

import pytest

import timeline
from timeline import InputTooLargeError, ReferenceTimeError


def _by_text(doc):
    return {t.text: t for t in doc.timexes}


def test_tagger_empty_text_gives_empty_result() -> None:
    doc = timeline.tag("", "2026-02-02")
    assert doc.timexes == ()
    assert doc.reference_time == dt.datetime(2026, 2, 2)


@pytest.mark.parametrize("ref", ["2026-02-02", dt.date(2026, 2, 2), dt.datetime(2026, 2, 2), "20260202", "2026-02-02T00:00:00Z"])
def test_tagger_accepts_reference_time_forms(ref) -> None:
    doc = timeline.tag("It rained yesterday.", ref)
    assert doc.timexes[0].value == "2026-02-01"


@pytest.mark.parametrize("bad", ["next Tuesday", "2026-02-30", "", "02/02/2026"])
def test_tagger_unparseable_reference_time_names_the_argument(bad: str) -> None:
    with pytest.raises(ReferenceTimeError, match="reference_time"):
        timeline.tag("It rained yesterday.", bad)


def test_tagger_reference_time_of_wrong_type_is_type_error() -> None:
    with pytest.raises(TypeError, match="reference_time"):
        timeline.tag("It rained yesterday.", 20260202)  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", [None, b"bytes", 42, ["a list"]])
def test_tagger_non_string_text_is_type_error(bad) -> None:
    with pytest.raises(TypeError, match="text must be a str"):
        timeline.tag(bad, "2026-02-02")  # type: ignore[arg-type]


def test_tagger_unknown_mode_is_rejected() -> None:
    with pytest.raises(ValueError, match="mode"):
        timeline.tag("today", "2026-02-02", mode="fiction")


def test_tagger_limit_on_input_size_is_a_clear_error() -> None:
    with pytest.raises(InputTooLargeError, match="max_chars"):
        timeline.tag("x" * 101, "2026-02-02", max_chars=100)


def test_tagger_without_reference_time_keeps_unknown_parts() -> None:
    doc = timeline.tag("The vote is on March 3 and the result came on Saturday.", None)
    values = {t.text: t.value for t in doc.timexes}
    assert values == {"March 3": "XXXX-03-03", "Saturday": "XXXX-WXX-6"}
    assert all(t.earliest is None for t in doc.timexes)


def test_tagger_unicode_offsets_are_exact() -> None:
    text = "Police said Saturday’s raid began at\u00a0dawn on Sunday.\r\nBy “late March” it was over."
    doc = timeline.tag(text, "2026-02-02")
    for t in doc.timexes:
        assert text[t.start : t.end] == t.text
    assert [t.text for t in doc.timexes] == ["Saturday", "dawn", "Sunday", "late March"]


def test_tagger_past_and_future_tense_choose_direction() -> None:
    doc = timeline.tag("He was arrested on March 3. The council will vote on Sunday. It is due on Tuesday.", "2026-02-02")
    values = [t.value for t in doc.timexes]
    assert values == ["2025-03-03", "2026-02-08", "2026-02-03"]


def test_tagger_same_day_reference_on_publication_day() -> None:
    doc = timeline.tag("The minister said on Monday that talks had failed.", "2026-02-02")
    assert doc.timexes[0].value == "2026-02-02"


def test_tagger_thursday_night_ends_next_morning() -> None:
    t = timeline.tag("Shelling continued on Thursday night.", "2026-02-02").timexes[0]
    assert t.value == "2026-01-29TNI"
    assert t.earliest == dt.datetime(2026, 1, 29, 19) and t.latest == dt.datetime(2026, 1, 30, 6)


def test_tagger_narrative_anaphora_counts_from_the_story() -> None:
    text = "The ship sank on March 3, 1912. Two days later, the inquiry opened. The following morning, divers arrived."
    doc = timeline.tag(text, "2026-02-02")
    later = _by_text(doc)["Two days"]
    assert later.type is timeline.TimexType.DURATION and later.value == "P2D"
    assert later.earliest == dt.datetime(1912, 3, 5) and later.latest == dt.datetime(1912, 3, 6)
    morning = _by_text(doc)["The following morning"]
    assert morning.value == "1912-03-06TMO"
    assert morning.anchor.kind is timeline.AnchorKind.TIMEX


def test_tagger_narrative_mode_anchors_deictic_words_on_story_time() -> None:
    text = "On June 5, 1944, the weather cleared. Tomorrow, the general said, we go."
    news = _by_text(timeline.tag(text, "2026-02-02"))["Tomorrow"]
    story = _by_text(timeline.tag(text, "2026-02-02", mode="narrative"))["Tomorrow"]
    assert news.value == "2026-02-03"
    assert story.value == "1944-06-06"


def test_tagger_durations_carry_length_bounds() -> None:
    doc = timeline.tag("The siege lasted nearly three weeks, and talks ran for more than 40 hours.", "2026-02-02")
    weeks, hours = doc.timexes
    assert (weeks.value, weeks.mod) == ("P3W", "LESS_THAN")
    assert weeks.min_length == dt.timedelta(days=16) and weeks.max_length == dt.timedelta(days=21)  # 0.8 of 21 days, down to whole days
    assert (hours.value, hours.mod, hours.max_length) == ("PT40H", "MORE_THAN", None)


def test_tagger_past_span_ends_at_publication() -> None:
    t = timeline.tag("Officials counted 30 strikes in the past 48 hours.", "2026-02-02T09:00").timexes[0]
    assert (t.earliest, t.latest) == (dt.datetime(2026, 1, 31, 9), dt.datetime(2026, 2, 2, 9))


def test_tagger_furniture_is_marked() -> None:
    t = timeline.tag("4 Min Read\n\nThe storm hit on Saturday.", "2026-02-02").timexes[0]
    assert t.furniture and t.value == "PT4M"


def test_tagger_calendar_edge_cases() -> None:
    values = [t.value for t in timeline.tag("It happened last week.", "2027-01-04").timexes]
    assert values == ["2026-W53"]
    doc = timeline.tag("Results came two years earlier and next month.", "2024-02-29")
    assert [t.value for t in doc.timexes] == ["P2Y", "2024-03"]
    assert doc.timexes[0].earliest == dt.datetime(2022, 1, 1)
    # "a year earlier" is the year-ago period itself, a DATE (as TimeBank annotates it)
    t = timeline.tag("Results came a year earlier.", "2024-02-29").timexes[0]
    assert (t.value, t.text, t.earliest, t.latest) == ("2023", "a year earlier", dt.datetime(2023, 1, 1), dt.datetime(2024, 1, 1))


def test_tagger_holidays() -> None:
    doc = timeline.tag("Shops closed on Christmas Eve and reopened after Easter 2027 and Good Friday 2026.", "2026-02-02")
    assert [t.value for t in doc.timexes] == ["2025-12-24", "2027-03-28", "2026-04-03"]


def test_tagger_sets() -> None:
    doc = timeline.tag("Ferries sail every Monday, twice a year the port closes, and reports come weekly.", "2026-02-02")
    sets = [(t.type.value, t.value, t.quant, t.freq) for t in doc.timexes]
    assert sets == [("SET", "XXXX-WXX-1", "EVERY", None), ("SET", "P1Y", None, "2X"), ("SET", "P1W", None, None)]


def test_pretokenised_text_keeps_the_year_after_a_spaced_comma() -> None:
    """NLP pipelines hand over "July 24 , 2003 ,": the comma's own token must not cut the date."""
    doc = timeline.tag("The deal closed on July 24 , 2003 , after long talks .", reference_time="2005-01-01")
    assert [(t.text, t.value) for t in doc.timexes] == [("July 24 , 2003", "2003-07-24")]


def test_words_a_rule_leaves_out_of_the_extent_are_no_expression_of_their_own() -> None:
    """ "two days later": TimeML tags the length; "later" is part of the offset, not an expression
    of its own; "ten days from now" is one date, its "now" no second (PRESENT_REF) expression.  A
    range's start still leaves its end to be tagged."""
    doc = timeline.tag("Talks resumed two days later. They end ten days from now, and the vote comes within two to three weeks.", "2026-02-02")
    assert [t.text for t in doc.timexes] == ["two days", "ten days from now", "two", "three weeks"]
