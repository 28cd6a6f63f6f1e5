"""Session 56 (lead): behaviour found by reading timelines of stories written for the purpose (sentences are ours)."""

from __future__ import annotations

import datetime as dt

import timeline


def _event(tl: timeline.Timeline, word: str) -> timeline.Event:
    found = [e for e in tl.events if e.text == word]
    assert found, f"no event {word!r} in {[e.text for e in tl.events]}"
    return found[0]


def _day(d: "dt.datetime | None") -> "dt.date | None":
    return None if d is None else d.date()


def test_a_signal_after_a_result_participle_orders_the_clause_verb() -> None:
    # Saturday 12 Jan 2030: "broke its banks on Wednesday, flooding 60 homes, two days after officials had said ...":
    # the saying is two days before the breaking (Monday 7 Jan), not on the publication day, and the flooding stays on
    # the breaking's Wednesday
    text = "The river broke its banks on Wednesday, flooding 60 homes, two days after officials had said the barriers would hold."
    tl = timeline.build(text, reference_time="2030-01-12")
    said, flooding = _event(tl, "said"), _event(tl, "flooding")
    assert said.latest_end is not None and said.latest_end <= dt.datetime(2030, 1, 8), said
    assert _day(said.likely_start) == dt.date(2030, 1, 7), said
    assert _day(flooding.likely_start) == dt.date(2030, 1, 9) and flooding.likely_end <= dt.datetime(2030, 1, 10), flooding


def test_the_subject_of_a_signal_clause_with_an_auxiliary_is_no_event() -> None:
    # "hours after the council had said": the council is the clause's subject, the saying its event
    text = "The river flooded the square late on Wednesday, hours after the council had said the defences would hold."
    tl = timeline.build(text, reference_time="2030-01-12")
    assert "council" not in {e.text for e in tl.events}
    said = _event(tl, "said")
    assert said.latest_end is not None and said.latest_end <= dt.datetime(2030, 1, 10), said
    # a happening noun stays an event with its auxiliary: "after the storm had passed"
    text = "Crews cleared the road on Friday, a day after the storm had passed."
    tl = timeline.build(text, reference_time="2030-01-12")
    assert "storm" in {e.text for e in tl.events}
    # an adverb of the clause between its subject and its verb: "after the two companies first announced"
    text = "The firms completed their merger on Tuesday, eight months after the two companies first announced the deal."
    tl = timeline.build(text, reference_time="2026-08-19")
    assert "companies" not in {e.text for e in tl.events}
    announced = _event(tl, "announced")
    assert announced.latest_end is not None and announced.latest_end <= dt.datetime(2026, 1, 7), announced


def test_a_length_held_before_a_gerund_runs_up_to_it() -> None:
    # Friday 16 Mar 2029: "held for 18 days before being charged on Thursday": the holding most likely ended at the
    # charging, so it began about 18 days before Thursday 15 Mar, not a week earlier still
    tl = timeline.build("He was held for 18 days before being charged on Thursday.", reference_time="2029-03-16")
    held = _event(tl, "held")
    assert held.likely_start is not None and dt.datetime(2029, 2, 24) <= held.likely_start <= dt.datetime(2029, 2, 26), held
    assert held.likely_end is not None and held.likely_end <= dt.datetime(2029, 3, 16), held


def test_a_verb_told_after_a_date_with_its_year_follows_in_sequence() -> None:
    # "arrested on March 2, 2025 and held for 18 days before being charged": the comma of the date does not cut the
    # sequence; the holding begins with the arrest, not 18 days before the charging placed on the arrest's day
    text = "The suspect was arrested on March 2, 2025 and held for 18 days before being charged."
    tl = timeline.build(text, reference_time="2026-02-02")
    held, charged = _event(tl, "held"), _event(tl, "charged")
    assert _day(held.likely_start) == dt.date(2025, 3, 2), held
    assert charged.likely_start is not None and charged.likely_start >= dt.datetime(2025, 3, 20), charged


def test_a_far_since_that_takes_a_time_orders_nothing_after_it() -> None:
    # "Vend, who had held the post since March 2028, said ...": "since" takes the month, not the saying; no link orders
    # the holding after the saying (it was also ordered before it: the two made both verbs one instant)
    text = "Vend, who had held the post since March 2028, said she had done nothing wrong."
    tl = timeline.build(text, reference_time="2029-05-21")
    held, said = _event(tl, "held"), _event(tl, "said")
    assert not any(a.target == said.eid and str(getattr(a.relation, "value", a.relation)) == "after" for a in held.anchors), held.anchors
    assert said.likely_end is not None and said.likely_start is not None and said.likely_end > said.likely_start, said
    # a clause after "since" still orders the verb far before it ("since the line closed")
    text = ("Commuters had been travelling on a slow replacement bus service between the two towns and the city centre "
            "since the line closed on May 11.")
    tl = timeline.build(text, reference_time="2029-05-21")
    travelling = _event(tl, "travelling")
    assert any(a.target == _event(tl, "closed").eid for a in travelling.anchors), travelling.anchors


def test_a_past_perfect_told_by_a_report_dated_by_an_offset_is_over_before_the_main_clause() -> None:
    # Monday 21 May 2029: "resigned on Sunday evening, three days after a newspaper reported that ... had won a contract":
    # the winning is the report's content, over before Sunday evening, not in it
    text = ("Clara Vend resigned on Sunday evening, three days after a newspaper reported that a company run by her husband "
            "had won a contract.")
    tl = timeline.build(text, reference_time="2029-05-21")
    won = _event(tl, "won")
    assert won.likely_end is not None and won.likely_end <= dt.datetime(2029, 5, 20, 17), won


def test_a_time_after_the_object_of_within_of_dates_that_object() -> None:
    # Monday 8 Mar 2027: "were arrested within 40 hours of a raid on a jewellery shop in Marlow Street in the early hours
    # of Saturday": the early hours are the raid's; the arrests lie anywhere in the 40 hours after it
    text = ("Two men were arrested within 40 hours of a raid on a jewellery shop in Marlow Street in the early hours of "
            "Saturday, police said on Monday.")
    tl = timeline.build(text, reference_time="2027-03-08")
    raid, arrested = _event(tl, "raid"), _event(tl, "arrested")
    assert raid.latest_end is not None and raid.latest_end <= dt.datetime(2027, 3, 6, 7), raid
    assert arrested.latest_end is not None and arrested.latest_end > dt.datetime(2027, 3, 7), arrested
    assert arrested.likely_end is not None and arrested.likely_end > dt.datetime(2027, 3, 7), arrested
    # a verb's own object with a time after its place phrase keeps the time the verb's ("searched a house in Dunmore on Friday")
    tl = timeline.build("Officers searched a house in Dunmore on Friday.", reference_time="2027-03-08")
    assert any(a.target.startswith("t") for a in _event(tl, "searched").anchors)


def test_a_window_up_to_a_measured_gap_places_the_earlier_event_anywhere_in_it() -> None:
    # Tuesday 9 Nov 2027: "sacked on Monday morning, less than 48 hours after the club was knocked out": the knock-out
    # lies in the two days before the sacking, not in the Monday morning the sentence names
    text = "Dunmore Rovers sacked their manager on Monday morning, less than 48 hours after the club was knocked out of the cup."
    tl = timeline.build(text, reference_time="2027-11-09")
    knocked = _event(tl, "knocked")
    assert knocked.likely_start is not None and knocked.likely_start < dt.datetime(2027, 11, 7), knocked
    assert knocked.likely_end is not None and knocked.likely_end <= dt.datetime(2027, 11, 8, 12), knocked
    assert knocked.earliest_end is not None and knocked.earliest_end >= dt.datetime(2027, 11, 6, 5), knocked


def test_a_length_its_own_signal_gives_begins_in_the_shorter_time_of_its_sentence() -> None:
    # a history: "by 1795 the money was gone and digging stopped for almost two years": the stop began in 1795 (it
    # cannot lie inside the year), not anywhere up to the reader's day
    text = ("Work on the canal began in 1792. By 1795 the money was gone and digging stopped for almost two years. "
            "A new share issue in 1797 allowed the work to resume.")
    tl = timeline.build(text, reference_time="2026-12-07", mode="narrative")
    stopped = _event(tl, "stopped")
    assert stopped.likely_start is not None and stopped.likely_start.year == 1795, stopped
    assert stopped.likely_end is not None and stopped.likely_end <= dt.datetime(1798, 1, 3), stopped


def test_an_act_noun_takes_up_the_verb_of_its_kind_told_before() -> None:
    # Wednesday 10 Apr 2030: "The factory closed on Monday. ... laid off the day before the closure": the closure is the
    # closing of Monday, so the laying off is Sunday's
    tl = timeline.build("The factory closed on Monday. Its 200 workers were laid off the day before the closure.", reference_time="2030-04-10")
    closure, laid = _event(tl, "closure"), _event(tl, "laid")
    assert _day(closure.likely_start) == dt.date(2030, 4, 8) and closure.likely_end <= dt.datetime(2030, 4, 9), closure
    assert _day(laid.likely_start) == dt.date(2030, 4, 7), laid
    tl = timeline.build("The club sacked its coach on Sunday. Fans protested outside the ground after the dismissal.", reference_time="2030-04-10")
    assert _day(_event(tl, "dismissal").likely_start) == dt.date(2030, 4, 7)


def test_a_post_held_is_no_event_and_its_since_time_is_the_holding() -> None:
    text = "Vend, who had held the post since March 2028, said she had done nothing wrong."
    tl = timeline.build(text, reference_time="2029-05-21")
    assert "post" not in {e.text for e in tl.events}
    held = _event(tl, "held")
    assert held.earliest_start == dt.datetime(2028, 3, 1), held
    # a light verb's happening object stays an event ("held talks")
    tl = timeline.build("The unions held talks with ministers on Monday.", reference_time="2029-05-21")
    assert "talks" in {e.text for e in tl.events}


def test_a_verb_coordinated_in_a_relative_clause_shares_its_time() -> None:
    # Friday 14 Nov 2031: "A van driver who knocked down and killed a cyclist ... last winter ... was jailed on Thursday":
    # the knocking down is the relative clause's too, last winter, not an act before that winter
    text = "A van driver who knocked down and killed a cyclist near Dorsey last winter and drove away was jailed for six years on Thursday."
    tl = timeline.build(text, reference_time="2031-11-14")
    knocked = _event(tl, "knocked")
    assert knocked.likely_end is not None and knocked.likely_end > dt.datetime(2030, 12, 1), knocked
    assert knocked.likely_start is not None and knocked.likely_start >= dt.datetime(2030, 11, 1), knocked


def test_a_bare_attribution_after_an_apology_is_said_at_it() -> None:
    # Saturday 12 Jan 2030: "apologised on Thursday morning. '...,' she said.": the words are the apology's, Thursday
    # morning, not speech reported on the publication day
    text = 'The council leader apologised on Thursday morning. "We were told the barriers had been tested last month," she said.'
    tl = timeline.build(text, reference_time="2030-01-12")
    said = _event(tl, "said")
    assert said.likely_start is not None and said.likely_end is not None, said
    assert dt.datetime(2030, 1, 10) <= said.likely_start and said.likely_end <= dt.datetime(2030, 1, 10, 12), said


def test_a_clock_time_does_not_cut_a_sequence_and_a_night_lasted_through_is_lent_whole() -> None:
    # Friday 20 Jun 2031: "were called to the mill at 11:20 p.m. on Tuesday and fought the blaze through the night": the
    # fighting follows the call (the clock's colon does not cut the "and" sequence), and the blaze the discourse carries
    # lasts into the night after midnight (a night told with "through" is lent whole, not most likely before its midnight)
    text = "Firefighters were called to the mill at 11:20 p.m. on Tuesday and fought the blaze through the night."
    tl = timeline.build(text, reference_time="2031-06-20")
    fought, blaze = _event(tl, "fought"), _event(tl, "blaze")
    assert fought.likely_start is not None and fought.likely_start >= dt.datetime(2031, 6, 17, 23, 20), fought
    assert blaze.likely_end is not None and blaze.likely_end > dt.datetime(2031, 6, 18, 0, 0), blaze
    # a night named by its day with no such signal keeps the before-midnight reading
    tl = timeline.build("A gunman opened fire on Wednesday night and fled.", reference_time="2031-06-20")
    assert _event(tl, "fled").likely_end <= dt.datetime(2031, 6, 19), tl.events


def test_an_attribution_takes_no_time_from_the_clause_it_closes() -> None:
    # Friday 14 Nov 2031: "..., had been drinking before he got behind the wheel on 9 January, Oldham Crown Court heard."
    # after a lead on Thursday's sentencing: the court heard it at the trial, not on 9 January
    text = ("A van driver who knocked down and killed a cyclist on a country road near Dorsey last winter and drove away was "
            "jailed for six years on Thursday.\n\nBen Carver, 34, had been drinking for most of the afternoon before he got "
            "behind the wheel on 9 January, Oldham Crown Court heard. He struck Alice Ferne, 51, from behind at about 5:30 p.m. "
            "as she rode home from work.")
    tl = timeline.build(text, reference_time="2031-11-14")
    heard = _event(tl, "heard")
    assert heard.likely_start is not None and heard.likely_start > dt.datetime(2031, 1, 10), heard
