"""Session 52 (lead): behaviour found by reading timelines of stories written for the purpose (sentences are ours)."""

from __future__ import annotations

import datetime as dt

from _timelines import event as _event  # the first event with that word
from _timelines import value_and_bounds

import timeline

_PUBLISHED = dt.datetime(2027, 12, 8)


def test_a_trailing_attribution_is_not_dated_by_the_time_of_what_it_reports() -> None:
    # the ten weeks are the sales' (their verb "were" is no event, nor "Sales" here); the company said it at publication,
    # not in the weeks
    text = "Sales in the ten weeks to November 30 were 3 percent below a year earlier, the company said."
    said = _event(timeline.build(text, reference_time="2027-12-08"), "said")
    assert said.earliest_start is None or said.earliest_start >= _PUBLISHED - dt.timedelta(days=1)
    assert said.likely_start == _PUBLISHED


def test_a_time_that_opens_the_sentence_still_dates_the_saying() -> None:
    # "On Monday, the company said": the comma is the time's own, the saying is Monday's
    said = _event(timeline.build("On Monday, the company said.", reference_time="2027-12-08"), "said")
    assert said.earliest_start == dt.datetime(2027, 12, 6)
    assert said.latest_end == dt.datetime(2027, 12, 7)


def test_the_base_of_a_comparison_does_not_date_the_attribution_after_it() -> None:
    # "3 percent below a year earlier", "lower than a year earlier": the year is the base compared with, no time of the saying
    for text in ("Sales were 3 percent below a year earlier, the company said.",
                 "Sales were 3 percent lower than a year earlier, the company said."):
        said = _event(timeline.build(text, reference_time="2027-12-08"), "said")
        assert said.earliest_start is None or said.earliest_start.year == 2027, text
        assert said.likely_start == _PUBLISHED, text


def test_a_verb_with_a_particle_before_its_infinitive_shares_its_time() -> None:
    # "went back to work on Monday": Monday is the going back's, not the Saturday of the clause after "after"
    text = "Nurses went back to work on Monday after their union accepted a pay offer late on Saturday."
    went = _event(timeline.build(text, reference_time="2027-03-22"), "went")
    assert went.earliest_start == dt.datetime(2027, 3, 22)
    assert went.latest_end == dt.datetime(2027, 3, 23)


def test_a_month_and_that_year_without_of_is_one_expression_of_that_year() -> None:
    # "in May that year" after a date of 2025, told in 2027: May 2025 (was "May" of the publication year and "that year")
    text = "The fire broke out on August 14, 2025. An inquiry found the firm had been warned in May that year."
    assert value_and_bounds(text, "May that year", "2027-10-13") == ("2025-05", "2025-05-01T00:00", "2025-06-01T00:00")
    later = "The plant closed in 2019 and reopened in March the following year."
    assert value_and_bounds(later, "March the following year", "2027-10-13") == ("2020-03", "2020-03-01T00:00", "2020-04-01T00:00")


def test_a_time_after_and_opens_the_clause_of_the_verb_after_it() -> None:
    # "employs 2,100 people and last year reported a profit": last year is the reporting's, the employing is no 2026 state
    text = "The brewer employs 2,100 people and last year reported a profit of 61 million euros."
    tl = timeline.build(text, reference_time="2027-09-20")
    reported, employs = _event(tl, "reported"), _event(tl, "employs")
    assert (reported.earliest_start, reported.latest_end) == (dt.datetime(2026, 1, 1), dt.datetime(2027, 1, 1))
    assert employs.earliest_start is None or employs.earliest_start.year == 2027
    warned = _event(timeline.build("The firm employs 300 people but in March warned of losses.", reference_time="2027-09-20"), "warned")
    assert (warned.earliest_start, warned.latest_end) == (dt.datetime(2027, 3, 1), dt.datetime(2027, 4, 1))


def test_a_past_date_after_a_present_perfect_dates_the_noun_between() -> None:
    # "has been charged" takes no past date; "last month" is the raid's, and the charge came after it
    text = "A man has been charged with robbery after a raid on a jewellery shop in Pellham last month, police said on Wednesday."
    tl = timeline.build(text, reference_time="2027-10-13")
    raid, charged = _event(tl, "raid"), _event(tl, "charged")
    assert (raid.earliest_start, raid.latest_end) == (dt.datetime(2027, 9, 1), dt.datetime(2027, 10, 1))
    assert charged.likely_start is not None and charged.likely_start >= dt.datetime(2027, 10, 1)
    # a span that reaches now is the perfect's own: "has cut 300 jobs since March"
    cut = _event(timeline.build("The firm has cut 300 jobs since March.", reference_time="2027-10-13"), "cut")
    assert cut.earliest_start == dt.datetime(2027, 3, 1)


def test_a_raid_after_the_crime_a_charge_names_is_the_one_the_raid_takes_up() -> None:
    # "charged with robbery after a raid ... the day after the raid": the charge only names a crime, the raid is the one
    # told, and "the raid" later is that raid (it was left undated, as one of several)
    text = ("A man has been charged with robbery after a raid on a shop in Pellham last month, police said. "
            "Police believe a second man fled abroad the day after the raid.")
    raids = [e for e in timeline.build(text, reference_time="2027-10-13").events if e.text == "raid"]
    assert len(raids) == 2
    assert all((r.earliest_start, r.latest_end) == (dt.datetime(2027, 9, 1), dt.datetime(2027, 10, 1)) for r in raids)


def test_a_date_joined_to_a_date_before_it_is_no_clause_opener() -> None:
    # "in the late 1970s and early 1980s lingers": "and" joins two times of the stirring, it opens no clause of "lingers"
    text = "Little of the anger that the plan stirred in the late 1970s and early 1980s lingers, neighbours said."
    tl = timeline.build(text, reference_time="2027-10-25")
    stirred, lingers = _event(tl, "stirred"), _event(tl, "lingers")
    assert stirred.earliest_start is not None and stirred.earliest_start.year < 1980
    assert lingers.likely_start is None or lingers.likely_start.year == 2027
