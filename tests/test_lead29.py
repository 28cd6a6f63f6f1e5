"""Session s29 lead: what a reader of a rendered council story distrusted (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

import timeline

from _timelines import event as _event  # the first event of a timeline with that word


def test_a_report_told_as_a_participle_takes_its_clause_time() -> None:
    # "saying" is said as the forecast is cut, on Monday, not on the publication day (Thursday 26 Nov 2026)
    tl = timeline.build("The brewer cut its profit forecast on Monday, saying that barley had become dearer.", reference_time="2026-11-26")
    saying = _event(tl, "saying")
    assert saying.likely_start == dt.datetime(2026, 11, 23)
    assert saying.likely_end == dt.datetime(2026, 11, 24)


def test_according_to_is_no_act_of_its_clause() -> None:
    # "according to officials" attributes the clause at publication: it is not said on Monday
    tl = timeline.build("The ferry service stopped on Monday, according to officials.", reference_time="2026-11-26")
    according = _event(tl, "according")
    assert according.likely_start == dt.datetime(2026, 11, 26)


def test_a_length_that_modifies_the_noun_leaves_the_signal_to_it() -> None:
    # "came after a four-hour debate": the debate is before the vote of Tuesday night, not on the publication day
    tl = timeline.build("The town board voted on Tuesday night to sell the old depot. The vote came after a four-hour debate.",
                        reference_time="2026-11-26")
    debate = _event(tl, "debate")
    assert debate.latest_end is not None and debate.latest_end <= dt.datetime(2026, 11, 25, 6)
    assert debate.likely_start is not None and debate.likely_start.date() == dt.date(2026, 11, 24)


def test_until_then_takes_the_dated_event_not_the_one_a_length_measures() -> None:
    # "Until then" is the spring the work starts in; "should take about 18 months" measures, it dates nothing
    tl = timeline.build("Repairs to the pier are due to start in the spring and should take about 18 months. "
                        "Until then, anglers will continue to fish from the beach.", reference_time="2026-11-26")
    go_on = _event(tl, "continue")
    assert go_on.latest_end == dt.datetime(2027, 6, 1)
    assert any(a.target == _event(tl, "start").eid and a.relation == "before" for a in go_on.anchors)


def test_a_length_a_verb_adds_is_no_length_of_the_verb() -> None:
    # "adds 20 minutes to the journey": an amount; "lasted 20 minutes" is the verb's length
    tl = timeline.build("Buses take a detour that adds 20 minutes to the journey. The delay lasted 20 minutes.", reference_time="2026-11-26")
    assert not any(a.relation == "lasts" for a in _event(tl, "adds").anchors)
    assert any(a.relation == "lasts" for a in _event(tl, "lasted").anchors)


def test_a_when_clause_after_a_time_lends_it_to_nothing_before() -> None:
    # "reached the final ... since 1998, when they lost": the losing is in 1998, the reaching is not
    tl = timeline.build("Kelby Rovers have reached the final for the first time since 1998, when they lost to a side from the coast.",
                        reference_time="2026-11-26")
    assert _event(tl, "lost").likely_start == dt.datetime(1998, 1, 1)
    reached = _event(tl, "reached")
    assert reached.likely_start is not None and reached.likely_start.year == 2026


def test_a_when_clause_noun_still_takes_its_verb_time() -> None:
    # "Oct. 13, when the plunge helped ...": the plunge's day is the time's (the control for the rule above)
    tl = timeline.build("The index fell 20 points, down 6.8% from Oct. 13, when a plunge in New York helped spark the slide.",
                        reference_time="2026-11-26")
    assert _event(tl, "plunge").likely_start == dt.datetime(2026, 10, 13)


def test_done_by_a_part_of_a_day_most_likely_on_that_day() -> None:
    # "had gone home by Tuesday evening": on Tuesday, not any time since a year a later sentence names
    tl = timeline.build("About 90 homes were flooded on Monday night. Most families had gone home by Tuesday evening, the council said. "
                        "The river peaked at 4.1 metres, its highest level since records began in 1958.", reference_time="2026-11-26")
    gone = _event(tl, "gone")
    assert gone.likely_start == dt.datetime(2026, 11, 24)
    assert gone.latest_end is not None and gone.latest_end <= dt.datetime(2026, 11, 24, 22)


def test_a_reported_prospect_of_the_weekend_is_the_coming_one() -> None:
    # said on Thursday 26 Nov 2026: "was likely at the weekend" lay after the saying, the weekend of 28-29 Nov
    ahead = next(iter(timeline.tag("Forecasters said more sleet was likely at the weekend.", reference_time="2026-11-26")))
    assert ahead.value == "2026-W48-WE"
    # either side of now, on a Monday, is the one just gone ("crowded the stores before the weekend")
    gone = next(iter(timeline.tag("Shoppers crowded the stores before the weekend.", reference_time="2026-11-23")))
    assert gone.value == "2026-W47-WE"
