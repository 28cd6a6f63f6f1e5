"""Session 54 (lead): behaviour found by reading timelines of stories written for the purpose (sentences are ours)."""

from __future__ import annotations

import datetime as dt

from _timelines import event as _event  # the first event with that word

import timeline


def _value(text: str, dct: str, words: str) -> str:
    """The value of the time expression reading ``words`` in ``text`` tagged with publication date ``dct``."""
    found = [t for t in timeline.tag(text, reference_time=dct) if t.text == words]
    assert found, f"{words!r} not tagged"
    return found[0].value


def test_plans_for_a_thing_leave_the_time_to_the_verb_before_them() -> None:
    # said on Wednesday 13 Nov 2030: the council approved on the Tuesday just gone; "plans" is a noun, no future cue
    text = "The city council approved plans for a tram line to the airport on Tuesday night, ending a long debate."
    assert _value(text, "2030-11-13", "Tuesday night") == "2030-11-12TNI"
    approved = _event(timeline.build(text, reference_time="2030-11-13"), "approved")
    assert approved.likely_start is not None and approved.likely_start.date() == dt.date(2030, 11, 12)
    # an occasion planned keeps the reading ahead: the parade is the coming Saturday's
    assert _value("The council approved plans for a victory parade on Saturday.", "2030-11-13", "Saturday") == "2030-11-16"


def test_an_undated_step_after_a_lead_dated_to_the_night_before_goes_on_with_that_night() -> None:
    # a Wednesday paper: Tuesday night ends in Wednesday's first hours but was over when the story was told; the vote of the
    # next paragraph, after the lead's background year, is that night's, not the publication day's
    text = ("The city council approved the tram line on Tuesday night, ending a debate that began in the spring of 2028.\n\n"
            "Councillors voted 31 to 12 in favour after a long session.")
    voted = _event(timeline.build(text, reference_time="2030-11-13"), "voted")
    assert voted.likely_start is not None and voted.likely_start.date() == dt.date(2030, 11, 12)


def test_a_clause_with_a_two_noun_subject_orders_a_gerund_before_it() -> None:
    text = "Volunteers spent the day searching the northern woods before a police team found the boy."
    tl = timeline.build(text, reference_time="2030-01-17")
    searching, found = _event(tl, "searching"), _event(tl, "found")
    assert any(a.target == found.eid and a.relation.value == "before" for a in searching.anchors)


def test_what_follows_a_step_that_outlasts_the_day_it_goes_on_with_lies_after_that_step() -> None:
    # the search began on the alarm's Tuesday and lasted two days: the jacket was spotted on the Thursday, not the Tuesday
    text = ("His sister raised the alarm on Tuesday after he failed to return to his hotel. Searchers spent two days "
            "combing the western slopes before a helicopter crew spotted his orange jacket.")
    tl = timeline.build(text, reference_time="2030-01-17")
    spent, spotted = _event(tl, "spent"), _event(tl, "spotted")
    assert spent.likely_start is not None and spent.likely_start.date() == dt.date(2030, 1, 15)
    assert spotted.likely_start is not None and spotted.likely_start.date() == dt.date(2030, 1, 17)


def test_a_step_longer_than_the_day_it_goes_on_with_begins_in_that_day() -> None:
    # the storm's Tuesday, told in a Sunday paper: three days of repairs begin that Tuesday, not three days before Sunday
    text = ("A storm knocked down power lines across the county on Tuesday. Crews spent three days restoring power to "
            "40,000 homes.")
    spent = _event(timeline.build(text, reference_time="2030-01-20"), "spent")
    assert spent.likely_start is not None and spent.likely_start.date() == dt.date(2030, 1, 15)


def test_only_what_follows_a_step_outlasting_the_carried_time_is_a_follower() -> None:
    from timeline.anchoring import Link
    from timeline.assembly.steps import _after_lasting
    from timeline.order.links import LinkRelation

    day = dt.timedelta(days=1)
    links = [Link("e1", LinkRelation.LASTS, "t2", offset_min=2 * day, offset_max=2 * day),  # spent two days
             Link("e2", LinkRelation.SIMULTANEOUS, "e1"),  # combing, as the spending
             Link("e2", LinkRelation.BEFORE, "e3"),  # ... before the spotting
             Link("e4", LinkRelation.AFTER, "e1")]  # and a step told after the spending, in the next sentence
    sentence_of = {"e1": 1, "e2": 1, "e3": 1, "e4": 2}
    carried = {"e1": "t1", "e3": "t1", "e4": "t1"}
    assert _after_lasting(links, carried, sentence_of, {"t1": day}) == frozenset({"e3"})
    assert _after_lasting(links, carried, sentence_of, {"t1": 3 * day}) == frozenset()  # the time outlasts the step
    assert _after_lasting(links, {**carried, "e1": "t9"}, sentence_of, {"t1": day, "t9": day}) == frozenset()  # another time


def test_what_one_is_eligible_for_is_not_told_as_happened() -> None:
    tl = timeline.build("Palmer will be eligible for release after serving half of his sentence.", reference_time="2029-11-24")
    assert not _event(tl, "release").real
    tl = timeline.build("Staff who were laid off are entitled to compensation.", reference_time="2029-11-24")
    assert not _event(tl, "compensation").real


def test_a_time_after_a_signalled_gerund_and_its_object_is_the_gerund_s() -> None:
    # the final lies ahead; Tuesday night is the semi-final win's, not a certain time of the playing
    text = "Harlow Athletic will play in the cup final after beating Corley Town 2-1 on Tuesday night."
    tl = timeline.build(text, reference_time="2030-04-17")
    play = _event(tl, "play")
    assert play.latest_end is None or play.latest_end > dt.datetime(2030, 4, 18)
    beating = _event(tl, "beating")
    assert beating.earliest_start == dt.datetime(2030, 4, 16, 19)


def test_a_range_a_relative_clause_runs_over_is_read_by_its_own_present_not_the_past_before_it() -> None:
    # said on Sunday 9 Feb 2031: the warning issued runs over the coming Monday to Wednesday
    text = "The weather service issued an amber warning that runs from 6 p.m. on Monday until noon on Wednesday."
    assert _value(text, "2031-02-09", "Monday") == "2031-02-10"
    assert _value(text, "2031-02-09", "Wednesday") == "2031-02-12"
    # a clock name between the span's verb and its day is part of the range: "runs until noon on Wednesday" is ahead too
    assert _value("The service issued a warning that runs until noon on Wednesday.", "2031-02-09", "Wednesday") == "2031-02-12"


def test_figures_named_in_a_clause_after_a_month_do_not_make_it_their_period() -> None:
    # said in January 2032: the cuts come by the end of the March ahead; "after sales fell" is a clause of its own
    assert _value("Hartwell will cut 1,100 jobs by the end of March after sales fell.", "2032-01-15", "the end of March") == "2032-03"
    # a month that names its figures ("December retail sales") still looks back to them
    assert _value("December retail sales will be published next week.", "2032-01-15", "December") == "2031-12"


def test_a_length_and_its_end_day_in_a_told_clause_date_its_subject_not_the_saying() -> None:
    # the chain said it in mid-January; the six weeks to January 3 are the sales', not a certain time of the saying
    text = ("The chain, which has 310 shops, said like-for-like sales in the six weeks to January 3 were the weakest "
            "since 2009.")
    tl = timeline.build(text, reference_time="2032-01-15")
    said, sales = _event(tl, "said"), _event(tl, "sales")
    assert said.earliest_start is None and (said.latest_end is None or said.latest_end >= dt.datetime(2032, 1, 15))
    assert sales.earliest_start == dt.datetime(2031, 11, 23) and sales.latest_end == dt.datetime(2032, 1, 4)


def test_a_when_clause_after_an_offset_length_lies_in_the_time_it_reaches() -> None:
    text = ("Flight VA204 left Calder at 1:35 p.m. on Friday and turned back about 15 minutes later, when the crew "
            "reported smoke in the cabin.")
    reported = _event(timeline.build(text, reference_time="2032-06-19"), "reported")
    assert reported.earliest_start is not None and reported.latest_end is not None
    assert dt.datetime(2032, 6, 18, 13, 40) <= reported.earliest_start and reported.latest_end <= dt.datetime(2032, 6, 18, 14, 0)


def test_a_range_a_relative_clause_runs_over_beside_a_present_perfect_stays_this_week() -> None:
    # said on Thursday 5 Mar 2026 of a fair under way ("has drawn"): this week's Monday to Friday, the closest
    text = "The boat fair, which runs from Monday to Friday in the old halls, has drawn more visitors than ever."
    assert _value(text, "2026-03-05", "Monday") == "2026-03-02"


def test_a_state_told_in_the_present_perfect_since_a_day_holds_at_publication() -> None:
    # said on Saturday: the ward closed since Thursday is still closed; nothing ends it by the publication day
    closed = _event(timeline.build("A ward has been closed to new patients since Thursday.", reference_time="2032-03-13"), "closed")
    assert closed.earliest_start == dt.datetime(2032, 3, 11) and closed.latest_end is None
    assert closed.likely_end is not None and closed.likely_end >= dt.datetime(2032, 3, 13)
    # an event told so ends by then: "Prices have risen since Thursday"
    risen = _event(timeline.build("Prices have risen since Thursday.", reference_time="2032-03-13"), "risen")
    assert risen.latest_end == dt.datetime(2032, 3, 14)


def test_a_time_after_the_verb_of_a_told_clause_with_a_noun_subject_is_not_the_saying_s() -> None:
    # "ahead of last year's" compares the bookings with last year's: the saying was not before last year
    text = "Passenger numbers rose in the quarter, and the airline said bookings for the summer were ahead of last year's."
    said = _event(timeline.build(text, reference_time="2032-07-21"), "said")
    assert said.latest_end is None or said.latest_end >= dt.datetime(2032, 7, 21)


def test_a_relative_clause_on_a_punishment_s_reason_tells_acts_before_the_punishment() -> None:
    text = ("A ferry operator was fined 450,000 pounds on Thursday for safety failures that led to a ramp collapse in "
            "which three passengers were injured.")
    tl = timeline.build(text, reference_time="2031-09-12")
    fined = _event(tl, "fined")
    for word in ("collapse", "injured"):
        ev = _event(tl, word)
        assert ev.latest_end is not None and ev.latest_end <= dt.datetime(2031, 9, 12), word
        assert ev.likely_end is not None and ev.likely_end <= fined.likely_start, word


def test_a_reported_past_perfect_since_the_start_of_the_year_reaches_the_publication_year() -> None:
    # "had fallen since" under "said" is the present perfect of what was said now: this year, not a year told in an aside
    text = ("Chief executive Owen Drury, who has led the airline since 2027, said fuel costs had fallen since the start of "
            "the year.")
    assert _value(text, "2032-07-21", "the start of the year") == "2032"
    # a year that dates the saying itself keeps the year: "In 2027 Drury said ..."
    assert _value("In 2027 Drury said costs had fallen since the start of the year.", "2032-07-21", "the start of the year") == "2027"


def test_a_time_after_a_relative_aside_dates_the_main_verb_after_it_not_the_aside_s() -> None:
    # "bid" (read as a noun by the detector) is the main clause's verb; the buyer's not being named has no Wednesday
    tl = timeline.build("The buyer, who was not named, bid by telephone on Wednesday afternoon.", reference_time="2031-05-16")
    bid = _event(tl, "bid")
    assert bid.earliest_start == dt.datetime(2031, 5, 14, 12) and bid.latest_end == dt.datetime(2031, 5, 14, 18)


def test_a_time_in_a_signal_clause_whose_verb_is_no_event_does_not_date_the_verb_before_it() -> None:
    text = ("The cottage was built in 1871 for the keepers of the Sennen light and housed three families until the light "
            "was automated in 1992.")
    housed = _event(timeline.build(text, reference_time="2031-05-16"), "housed")
    assert housed.earliest_start is None or housed.earliest_start < dt.datetime(1992, 1, 1)


def test_plans_for_a_thing_with_a_phrase_of_its_own_leave_the_time_to_that_phrase() -> None:
    # a history: the withdrawal date of the plan lies ahead of its telling, so the story stays in 2007 and July is 2007's
    text = ("In early 2007 the prime minister announced that troops would begin to withdraw. This was confirmed in the "
            "autumn by his successor, who again outlined a withdrawal plan for the remaining forces with a complete "
            "withdrawal date sometime in late 2008. In July the Danish government also announced a withdrawal.")
    found = [t for t in timeline.tag(text, reference_time="2009-12-19", mode="narrative") if t.text == "July"]
    assert found and found[0].value == "2007-07"
