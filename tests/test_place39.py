"""Session 39, helper place: the publication's weekday told after the story's day is this week's, not last week's
("had lunch on Thursday" is no past perfect; a forecast's "for Saturday" in a present perfect clause is no past step),
an undated event carried in a night named by its day lies before its midnight, and an aside on a place (", where she had
surgery on Thursday") dates nothing told before it (sentences written for these tests)."""
from __future__ import annotations

import datetime as dt

from timeline import build

from _timelines import event


def _inside(e, begin: dt.datetime, end: dt.datetime) -> bool:
    return (e.likely_start is not None and e.likely_end is not None
            and begin <= e.likely_start.replace(tzinfo=None) and e.likely_end.replace(tzinfo=None) <= end)


def _value(tl, text: str) -> str:
    return next(t.value for t in tl.timexes if t.text == text)


def test_had_before_a_noun_is_no_past_perfect_looking_back() -> None:
    # published Friday 10 April 2026: Thursday is the 9th, the day after Wednesday's fall, not the Thursday before it
    tl = build("A climber fell on the ridge on Wednesday. She was flown to a clinic in Tarn, where she had surgery on Thursday.",
               reference_time="2026-04-10")
    assert _value(tl, "Thursday") == "2026-04-09"
    assert event(tl, "surgery").aspect == "NONE"
    # a real past perfect still looks back from the story's day
    tl = build("The walkers were found on Sunday. They had set off on Friday morning.", reference_time="2026-04-10")
    assert _value(tl, "Friday morning") == "2026-04-03TMO"


def test_a_forecast_day_in_a_long_present_perfect_clause_is_no_step_of_a_run() -> None:
    # published Thursday 9 April 2026: this Thursday's morning, not last week's
    tl = build("Crews cleared the road overnight, but the village remained cut off on Thursday morning. Forecasters have "
               "issued a warning for more heavy snow on Saturday.", reference_time="2026-04-09")
    assert _value(tl, "Thursday morning") == "2026-04-09TMO"


def test_an_event_carried_in_a_night_lies_before_its_midnight() -> None:
    # published Friday 10 April 2026: the driver hit the man on Wednesday night and drove off then, before midnight
    tl = build("Police are looking for a driver who hit a man as he walked home in Colby on Wednesday night and drove off "
               "without stopping.", reference_time="2026-04-10")
    assert _inside(event(tl, "drove"), dt.datetime(2026, 4, 8), dt.datetime(2026, 4, 9))


def test_an_aside_on_a_place_dates_nothing_before_it() -> None:
    # published Friday 10 April 2026: the fall and the flight were on Wednesday, only the surgery on Thursday
    tl = build("A climber fell on the ridge on Wednesday afternoon. She broke a leg and was flown to a clinic in Tarn, "
               "where she had an operation on Thursday.", reference_time="2026-04-10")
    assert _inside(event(tl, "operation"), dt.datetime(2026, 4, 9), dt.datetime(2026, 4, 10))
    assert _inside(event(tl, "broke"), dt.datetime(2026, 4, 8), dt.datetime(2026, 4, 9))
    assert _inside(event(tl, "flown"), dt.datetime(2026, 4, 8), dt.datetime(2026, 4, 9))


def test_an_undated_price_move_in_a_market_report_is_the_session_day() -> None:
    # published Monday 19 Oct 2026: the report's session is Friday 16th; the moves told after it were made then
    text = ("Shares Slide on Chip Warning\n\nStocks fell on Friday after a chip maker warned of weak demand.\n\n"
            "Kestrel Systems tumbled 3 1/2 to 41 1/4 after it cut its sales forecast. Orbis Networks rose 1.20 to 18.40.\n\n"
            "Brava Foods slipped 2 percent. Its sales fell 4 percent in the third quarter.")
    tl = build(text, reference_time="2026-10-19")
    for word in ("tumbled", "rose", "slipped"):
        assert _inside(event(tl, word), dt.datetime(2026, 10, 16), dt.datetime(2026, 10, 17)), word
    # a period's figure is no move of the session
    tl = build("Stocks fell on Friday after a chip maker warned of weak demand.\n\nAnalysts expect more weakness this week.\n\n"
               "Kestrel's sales slumped 4 percent. Orbis shares dropped 3 percent.", reference_time="2026-10-19")
    assert not _inside(event(tl, "slumped"), dt.datetime(2026, 10, 16), dt.datetime(2026, 10, 17))
    assert _inside(event(tl, "dropped"), dt.datetime(2026, 10, 16), dt.datetime(2026, 10, 17))


def test_a_since_clause_time_is_no_scene_the_next_sentence_goes_on_with() -> None:
    # published Thursday 11 June 2026: the rain began on Sunday; the rescue told next is not placed on that Sunday
    tl = build("Floods have forced 12,000 people from their homes since heavy rain began on Sunday, the Red Cross said. "
               "Rescuers pulled two children from a collapsed house.", reference_time="2026-06-11")
    assert _inside(event(tl, "began"), dt.datetime(2026, 6, 7), dt.datetime(2026, 6, 8))
    assert not _inside(event(tl, "pulled"), dt.datetime(2026, 6, 7), dt.datetime(2026, 6, 8))
    # a scene told with its day is still gone on with
    tl = build("Heavy rain began on Sunday and flooded the valley. Rescuers pulled two children from a collapsed house.",
               reference_time="2026-06-11")
    assert _inside(event(tl, "pulled"), dt.datetime(2026, 6, 7), dt.datetime(2026, 6, 8))


def test_an_occasion_a_compared_figure_was_the_base_at_dates_nothing_of_the_story() -> None:
    # published Wednesday 17 June 2026: the turnout is the count's, not the 2022 election's
    tl = build("About 38 percent of voters cast a ballot, down from 45 percent at the election in 2022.", reference_time="2026-06-17")
    assert _inside(event(tl, "election"), dt.datetime(2022, 1, 1), dt.datetime(2023, 1, 1))
    assert not _inside(event(tl, "cast"), dt.datetime(2022, 1, 1), dt.datetime(2023, 1, 1))


def test_a_count_period_leaves_the_day_to_the_news_conventions() -> None:
    # published Thursday 11 June 2026: "for the third time this year" counts over the year; the raising is the news day's
    tl = build("The central bank raised its main interest rate for the third time this year.", reference_time="2026-06-11")
    assert _inside(event(tl, "raised"), dt.datetime(2026, 6, 10), dt.datetime(2026, 6, 12))
    tl = build("The river burst its banks this month.", reference_time="2026-06-11")
    assert not _inside(event(tl, "burst"), dt.datetime(2026, 6, 10), dt.datetime(2026, 6, 12))


def test_since_before_a_time_opens_no_stretch_clause() -> None:
    # published Thursday 16 April 2026: "since 1998" is a time; the win "after beating ... on Wednesday night" is the news
    tl = build("Rovers will play in the cup final for the first time since 1998 after beating City on Wednesday night. "
               "Berg scored the winning goal in the 89th minute.", reference_time="2026-04-16")
    assert _inside(event(tl, "scored"), dt.datetime(2026, 4, 15), dt.datetime(2026, 4, 16))
