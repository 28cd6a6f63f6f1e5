"""Helper leads, forty-first session: kinds of misses found reading rendered timelines of new news stories
(bench/stories-s41lead), in new sentences.

Each sentence here is written for the test; the dates are worked out by hand.
"""

from __future__ import annotations

import datetime as dt

import timeline

from _timelines import only_event as _event, likely_within as _within


def test_a_comeback_phrase_makes_its_infinitive_a_result_that_happened() -> None:
    """"Rovers came from behind to beat United 3-2 on Saturday. United led after ten minutes." (published Monday 12
    October 2026): the beating happened on Saturday 10 (no plan), so the match told after it is Saturday's too."""
    text = "Rovers came from behind to beat United 3-2 on Saturday. United led after ten minutes through a penalty."
    tl = timeline.build(text, reference_time="2026-10-12")
    beat, led = _event(tl, "beat"), _event(tl, "led")
    assert _within(beat, dt.datetime(2026, 10, 10), dt.datetime(2026, 10, 11))
    assert _within(led, dt.datetime(2026, 10, 10), dt.datetime(2026, 10, 11))


def test_an_infinitive_after_no_comeback_phrase_stays_a_plan() -> None:
    """"Rovers hope to beat United on Saturday" (published Monday 5 October 2026): a hope, not a result: no likely time."""
    tl = timeline.build("Rovers hope to beat United on Saturday.", reference_time="2026-10-05")
    assert _event(tl, "beat").likely_start is None


def test_the_month_may_after_a_preposition_is_no_modal() -> None:
    """"Floods that began in early May have forced 3,000 people from their homes" (published 2 June 2026): "May" is the
    month, so "have forced" is real (placed), not a possibility."""
    tl = timeline.build("Floods that began in early May have forced 3,000 people from their homes.", reference_time="2026-06-02")
    forced = _event(tl, "forced")
    assert forced.modality is None
    assert forced.likely_start is not None


def test_a_report_verb_with_a_counted_object_is_an_action() -> None:
    """"Kestrel led early, but Evans added a second try in the 58th minute." is a try scored, not a report; "He added that
    the team was tired." is a report; "The visitors replied through a penalty" is a score too."""
    tl = timeline.build("Kestrel led early, but Evans added a second try in the 58th minute. He added that the team was tired.",
                        reference_time="2026-10-12")
    kinds = [e.cls for e in tl.events if e.text == "added"]
    assert kinds == ["OCCURRENCE", "REPORTING"]
    tl = timeline.build("The visitors replied through a penalty two minutes later.", reference_time="2026-10-12")
    assert _event(tl, "replied").cls == "OCCURRENCE"


def test_a_bare_age_before_a_purpose_infinitive_counts_from_the_birth() -> None:
    """"Born in Hull in 1950, he left home at 17 to join the navy" (published 2026): left at 17, so in 1967 or 1968, not
    in the birth year."""
    text = "Born in Hull in 1950, he left home at 17 to join the navy. He served on submarines for twenty years."
    tl = timeline.build(text, reference_time="2026-04-07")
    left = _event(tl, "left")
    assert _within(left, dt.datetime(1966, 12, 1), dt.datetime(1969, 2, 1))


def test_clock_stamps_heading_live_blog_entries_date_their_events() -> None:
    """A live blog in reverse order (published Friday 8 May 2026): "9.20 a.m. Labour has held Eastfield." is news of 9.20,
    "2.10 a.m. The Liberal Democrats gained Upton." of 2.10, so the gain comes before the hold."""
    text = ("Count Day: Live\n\n"
            "9.20 a.m. Labour has held Eastfield, the council confirmed.\n\n"
            "2.10 a.m. The Liberal Democrats gained Upton from the Conservatives.\n")
    tl = timeline.build(text, reference_time="2026-05-08")
    held, gained = _event(tl, "held"), _event(tl, "gained")
    assert _within(held, dt.datetime(2026, 5, 8, 9), dt.datetime(2026, 5, 8, 10))
    assert _within(gained, dt.datetime(2026, 5, 8, 2), dt.datetime(2026, 5, 8, 3))


def test_one_clock_time_opening_a_paragraph_is_no_live_blog() -> None:
    """A news story whose one paragraph opens with a clock time ("10.30 p.m. on Friday was when ...") is no blog: the
    stamps rule needs two stamps; the story's undated "crashed" stays on the lead's day, not at 10.30."""
    text = ("A van crashed into a shop in Ely on Friday.\n\n"
            "10.30 p.m. was the time the alarm sounded, police said.\n")
    tl = timeline.build(text, reference_time="2026-05-11")
    crashed = _event(tl, "crashed")
    assert _within(crashed, dt.datetime(2026, 5, 8), dt.datetime(2026, 5, 9))
    assert not _within(crashed, dt.datetime(2026, 5, 8, 22), dt.datetime(2026, 5, 8, 23))


def test_a_relative_act_with_its_own_past_clause_is_before_the_judgement_not_the_day_before() -> None:
    """"A driver who caused a crash after he had drunk six pints was jailed on Monday" (published Tuesday 17 November
    2026): the crash and the drinking came before the jailing, how long before is not told (a wide interval up to a
    year back), not the publication day nor the day before."""
    text = "A driver who caused a crash after he had drunk six pints was jailed on Monday."
    tl = timeline.build(text, reference_time="2026-11-17")
    caused, drunk = _event(tl, "caused"), _event(tl, "drunk")
    for e in (caused, drunk):
        assert e.likely_end is not None and e.likely_end <= dt.datetime(2026, 11, 16)
        assert e.likely_start is not None and e.likely_start <= dt.datetime(2026, 10, 16)


def test_a_relative_act_is_not_pinned_to_the_verdict_by_a_learned_order_with_its_charge() -> None:
    """"A landlord who charged tenants for repairs after they had moved out was convicted of fraud at Exeter Crown Court on
    Thursday" (published Friday 20 November 2026): the charging is the fraud itself, told before the verdict; a learned
    order with the charge noun must not pin it to the day before the verdict: most likely within the year before."""
    text = "A landlord who charged tenants for repairs after they had moved out was convicted of fraud at Exeter Crown Court on Thursday."
    tl = timeline.build(text, reference_time="2026-11-20")
    charged = _event(tl, "charged")
    assert charged.likely_end is not None and charged.likely_end <= dt.datetime(2026, 11, 19)
    assert charged.likely_start is not None and charged.likely_start <= dt.datetime(2026, 10, 19)


def test_a_time_after_a_forbidden_gerund_dates_the_ban() -> None:
    """"A lorry driver who crashed into a bus shelter in March was banned from driving for two years on Tuesday"
    (published Thursday 8 October 2026): the ban is Tuesday's (6 October), not March's; "driving" is what it forbids."""
    text = "A lorry driver who crashed into a bus shelter in March was banned from driving for two years on Tuesday."
    tl = timeline.build(text, reference_time="2026-10-08")
    assert _within(_event(tl, "banned"), dt.datetime(2026, 10, 6), dt.datetime(2026, 10, 7))
