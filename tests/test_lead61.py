"""Session 61 (lead): behaviour found by reading timelines of stories written for the purpose (sentences are ours)."""

from __future__ import annotations

import datetime as dt

import timeline
from _timelines import day_of as _day, numbered_event as _event  # (shared test lookups)


def test_a_verb_done_in_a_statement_or_an_interview_takes_its_time() -> None:
    # Monday 16 June 2031: the statement is "the next day" after Thursday 12 June, Friday 13 June; the announcing was done
    # in it (was left at the publication day); the same for "confirmed ... in an interview on Friday"
    tl = timeline.build("Two ministers called for his removal on Thursday, and he announced his decision in a brief statement "
                        "the next day.", reference_time="2031-06-16")
    assert _day(_event(tl, "announced").likely_start) == dt.date(2031, 6, 13)
    assert _day(_event(tl, "announced").likely_end - dt.timedelta(minutes=1)) == dt.date(2031, 6, 13)
    tl = timeline.build("The coach confirmed his plans in a radio interview on Friday.", reference_time="2031-06-16")
    assert _day(_event(tl, "confirmed").likely_start) == dt.date(2031, 6, 13)



def test_a_report_told_in_the_past_perfect_is_over_before_the_report_that_tells_it() -> None:
    # Monday 16 June 2031: "had claimed" (which the tagger reads as a report before "travel bills") lay before the
    # newspaper's report of last month, not at the publication day
    tl = timeline.build("A newspaper reported last month that the councillor had claimed travel bills for trips he never made.",
                        reference_time="2031-06-16")
    claimed = _event(tl, "claimed")
    assert claimed.likely_end is not None and claimed.likely_end <= dt.datetime(2031, 6, 1), claimed
    # a report in the simple past with no time of its own is still at the publication day
    tl = timeline.build("The councillor denied the claims, his lawyer said.", reference_time="2031-06-16")
    assert _day(_event(tl, "said").likely_start) == dt.date(2031, 6, 16)


def test_a_clause_after_a_time_that_closes_a_main_clause_without_an_event_is_ordered_not_dated() -> None:
    # Monday 16 June 2031: "were without power on Friday" has no event of its own; "after the storm hit" is over by the end
    # of that Friday (certain), not dated by it as its own time: its certain start stays open
    tl = timeline.build("Thousands of homes were without power on Friday after the storm hit the coast.", reference_time="2031-06-16")
    hit = _event(tl, "hit")
    assert hit.latest_end == dt.datetime(2031, 6, 14), hit
    assert hit.earliest_start is None, hit
    # the time still dates the clause when it opens the sentence, or when a mark stands between ("on Friday, a day after")
    tl = timeline.build("The road was still closed on Friday, a day after a lorry overturned.", reference_time="2031-06-16")
    assert _day(_event(tl, "overturned").likely_start) == dt.date(2031, 6, 12)


def test_her_death_takes_up_the_dying_so_a_year_before_it_counts_from_it() -> None:
    # Tuesday 17 June 2031: "her death" is the dying of March 2029 (lexicon same_kind ["death"], verb_kinds die): a
    # year before it is March 2028, not the month she died in
    tl = timeline.build("A patient died at Marlow General Hospital in March 2029. Inspectors had raised concerns about its "
                        "windows a year before her death.", reference_time="2031-06-17")
    raised = _event(tl, "raised")
    assert raised.likely_start is not None and raised.likely_end is not None, raised
    assert raised.likely_start.year == 2028 and raised.likely_end <= dt.datetime(2028, 4, 2), raised


def test_a_past_perfect_going_on_from_a_told_day_is_over_before_it() -> None:
    # Tuesday 17 June 2031: the telling in the past perfect after the verdict of Monday 16 June lies before that Monday (was
    # put in it); how long before is not told: within a year
    tl = timeline.build("An architect who drew up plans for a school that flooded was cleared of negligence on Monday. Jurors "
                        "took three hours to reach their verdict. Sara Lind, 49, had told the court that she checked the drains "
                        "twice before the plans were approved in 2029.", reference_time="2031-06-17")
    told = _event(tl, "told")
    assert told.likely_end is not None and told.likely_end <= dt.datetime(2031, 6, 16), told
    assert told.likely_start is not None and told.likely_start >= dt.datetime(2030, 6, 1), told


def test_the_fall_after_of_is_the_event_told_before_not_autumn() -> None:
    # "within a month of the fall" after "fell from a ladder": the fall (lexicon [season_events] signals "of"); the season
    # stays where no fall was told before, or inside a longer phrase
    tagged = [t.text for t in timeline.tag("A roofer fell from a ladder in 2029. Guard rails were fitted within a month of "
                                           "the fall.", reference_time="2031-06-17")]
    assert "the fall" not in tagged, tagged
    tagged = [t.text for t in timeline.tag("Guard rails will be fitted by the end of the fall.", reference_time="2031-06-17")]
    assert any("fall" in t for t in tagged), tagged


def test_a_form_the_present_shares_after_he_she_or_it_is_past() -> None:
    # Friday 5 November 2027: "it forecast" (no "-s") is the past; "in March" is March 2027, before now, and the
    # forecasting lies in it (was read as a present: March 2028, the forecast on the publication day)
    tl = timeline.build("The firm now expects a profit of 2 million, down from the 3 million it forecast in March.",
                        reference_time="2027-11-05")
    assert [t.value for t in tl.timexes if t.text == "March"] == ["2027-03"]
    forecast = _event(tl, "forecast")
    assert forecast.tense == "PAST"
    assert forecast.likely_start is not None and forecast.likely_start.month == 3 and forecast.likely_start.year == 2027, forecast
    # with a plural subject the form stays a present: "They forecast" tells nothing past
    tl = timeline.build("They forecast slower growth.", reference_time="2027-11-05")
    assert _event(tl, "forecast").tense == "PRESENT"


def test_the_decision_takes_up_the_approving_told_before() -> None:
    # Thursday 18 March 2027: "The decision" is the approving of Tuesday 16 March (same_kind ["decision", "approval"],
    # verb_kinds approve/decide), so "a week after" counts back from that Tuesday: the raising on Tuesday 9 March
    tl = timeline.build("Ministers approved plans for a reservoir on Tuesday. The decision came a week after the water company "
                        "raised its offer to landowners.", reference_time="2027-03-18")
    assert _day(_event(tl, "raised").likely_start) == dt.date(2027, 3, 9)
    assert _day(_event(tl, "decision").likely_start) == dt.date(2027, 3, 16)


def test_a_lead_perfect_is_dated_by_a_recent_time_told_however_late() -> None:
    # Tuesday 13 October 2026: "has died" in the lead is the dying of Sunday evening 11 October told six sentences on (was
    # at the publication day: the restated reach is three sentences); a time a week or more back does not date it
    career = ("She was born in 1935. She trained in Ardmore. She qualified in 1959. She joined the hospital in 1968. "
              "She retired in 1996. She was made a dame in 2002. ")
    tl = timeline.build("Marion Hale, a pioneering surgeon, has died at her home in Kelsby. " + career
                        + "Her family said she died peacefully on Sunday evening.", reference_time="2026-10-13")
    assert _day(_event(tl, "died").likely_start) == dt.date(2026, 10, 11)
    tl = timeline.build("Marion Hale, a pioneering surgeon, has died at her home in Kelsby. " + career
                        + "Her husband died in 2019.", reference_time="2026-10-13")
    assert _day(_event(tl, "died").likely_start) != dt.date(2019, 1, 1)


def test_a_day_told_in_the_past_perfect_after_a_dated_month_of_a_past_year_is_of_that_year() -> None:
    # Friday 18 September 2026: "had inspected it on 12 March" looks back from May 2023 (lexicon [story_months]
    # far_years_perfect, perfect_auxiliaries): 12 March 2023, not the March of the report's year
    values = {t.text: t.value for t in timeline.tag("The footbridge collapsed in May 2023. Engineers had inspected it on "
                                                     "12 March.", reference_time="2026-09-18")}
    assert values["12 March"] == "2023-03-12", values
    # in the simple past, and after a bare year, the day keeps its own reading
    values = {t.text: t.value for t in timeline.tag("The footbridge collapsed in May 2023. Engineers inspected it on 12 March.",
                                                     reference_time="2026-09-18")}
    assert values["12 March"] == "2026-03-12", values
    values = {t.text: t.value for t in timeline.tag("The footbridge collapsed last year. Engineers had warned on 12 March "
                                                     "that it was unsafe.", reference_time="2026-09-18")}
    assert values["12 March"] == "2026-03-12", values
    # nor a day not before the told month: no look back from it ("had closed the road on 20 May" after "in May 2023")
    values = {t.text: t.value for t in timeline.tag("The footbridge collapsed in May 2023. The council had closed the road "
                                                     "on 20 May.", reference_time="2026-09-18")}
    assert values["20 May"] == "2026-05-20", values
