"""Helper place, forty-fifth session: events on the right day (issue 10), in new sentences.

Each sentence here is written for the test; the dates are worked out by hand.
"""

from __future__ import annotations

import datetime as dt

import timeline

from _timelines import anchors_of, event, likely_within, likely_within_day, nth_event, only_event, timex_value as _value


def _tid(tl: timeline.Timeline, text: str) -> str:
    return next(t.tid for t in tl.timexes if t.text == text)


# "On the Nth day" in news (resolve/story_periods.py news_nth_day)

def test_on_the_nth_day_counts_from_the_day_the_event_began() -> None:
    """"The inquiry opened on Monday. On the fourth day, the panel visited the site." (Friday 13 March 2026): Monday is
    the 9th, its fourth day the 12th, and the visit lies in it (not on the opening Monday)."""
    tl = timeline.build("The inquiry opened on Monday. On the fourth day, the panel visited the site.", reference_time="2026-03-13")
    assert _value(tl, "the fourth day") == "2026-03-12"
    assert likely_within_day(only_event(tl, "visited"), dt.date(2026, 3, 12))


def test_a_run_of_days_and_the_nth_day_of_a_named_event_are_not_counted() -> None:
    """Negative: "for a third straight day" is the story's day (Wednesday), and "on the third day of the talks" names the
    talks' day, not a count from the day told before: both keep their reading (the story's day)."""
    tl = timeline.build("The strike began on Monday. Shares fell on Wednesday for a third straight day.", reference_time="2026-03-13")
    assert _value(tl, "a third straight day") == "2026-03-11"
    tl = timeline.build("The talks opened on Monday. The unions walked out on the third day of the talks.", reference_time="2026-03-13")
    assert _value(tl, "the third day") == "2026-03-09"


# "Overnight" after a week or a month (resolve/story_periods.py news_part_in_period)

def test_overnight_after_a_week_is_a_night_of_that_week() -> None:
    """"Snow fell ... during the second week of January. Overnight, drifts closed the mountain road." (3 February 2026):
    a night of that week (2026-W02-XTNI), not the night before publication."""
    text = "Snow fell across the hills during the second week of January. Overnight, drifts closed the mountain road."
    tl = timeline.build(text, reference_time="2026-02-03")
    assert _value(tl, "Overnight") == "2026-W02-XTNI"
    assert likely_within(only_event(tl, "closed"), dt.datetime(2026, 1, 5), dt.datetime(2026, 1, 12))


def test_overnight_after_a_month_is_a_night_of_that_month() -> None:
    """"Storms battered the coast in March. Overnight, a pier collapsed." (10 May 2026): some night of March."""
    tl = timeline.build("Storms battered the coast in March. Overnight, a pier collapsed at Seaton.", reference_time="2026-05-10")
    assert _value(tl, "Overnight") == "2026-03-XXTNI"
    assert likely_within(only_event(tl, "collapsed"), dt.datetime(2026, 3, 1), dt.datetime(2026, 4, 1))


def test_overnight_after_a_day_told_after_the_week_is_that_day_s_night() -> None:
    """Negative: a day told after the week ("A plough broke down on Friday. Overnight, ...") keeps the night to that day."""
    text = ("Snow fell across the hills during the second week of January. A plough broke down on Friday. "
            "Overnight, drifts closed the mountain road.")
    tl = timeline.build(text, reference_time="2026-02-03")
    assert _value(tl, "Overnight") == "2026-01-09TNI"


def test_overnight_after_a_week_of_a_past_perfect_clause_is_the_story_s_night() -> None:
    """Negative (lead): a week told in the past perfect is a look-back the story does not go to: "The club had sold out
    its stand last week, and fans queued outside overnight" (Thursday 6 August 2026): the night before publication."""
    text = "The club had sold out its stand last week, and fans queued outside the ground overnight for the last tickets."
    tl = timeline.build(text, reference_time="2026-08-06")
    assert _value(tl, "overnight") == "2026-08-05TNI"


# the next step after a report of a plan (placement/facts.py continued_discourse, placement/narration.py told_steps)

_MILL = "The board told workers on Thursday morning that the mill would shut next spring. Staff then walked out of the building."


def test_a_step_after_a_report_of_a_plan_goes_on_from_the_report_s_time() -> None:
    """"told workers on Thursday morning that the mill would shut next spring. Staff then walked out" (Monday 19 October
    2026): the walkout follows the telling on Thursday morning, not the publication day nor the spring."""
    tl = timeline.build(_MILL, reference_time="2026-10-19")
    walked = only_event(tl, "walked")
    assert likely_within_day(walked, dt.date(2026, 10, 15))
    told = only_event(tl, "told")
    assert any(r.source == told.eid and r.target == walked.eid and r.relation == "BEFORE" for r in tl.relations) or any(
        r.source == walked.eid and r.target == told.eid and r.relation == "AFTER" for r in tl.relations)


def test_what_lies_ahead_after_a_report_of_a_plan_is_not_on_the_report_s_day() -> None:
    """Negative: "Staff will vote on a strike." after that report is no step of Thursday's."""
    text = "The board told workers on Thursday morning that the mill would shut next spring. Staff will vote on a strike."
    tl = timeline.build(text, reference_time="2026-10-19")
    assert not likely_within_day(only_event(tl, "vote"), dt.date(2026, 10, 15))


# the main verb after a relative clause and a signal's noun (anchoring/signals.py, anchoring/clauses.py pending_main_verb)

_DRIVER = ("A driver who was stopped on Sunday after a crash near the bridge appeared before magistrates on Wednesday "
           "and was banned from driving.")


def test_the_subject_s_verb_after_a_signal_s_noun_is_the_main_verb() -> None:
    """(Friday 16 October 2026) "stopped on Sunday after a crash near the bridge appeared ... on Wednesday": the stopping
    came after the crash, not after the appearing; the appearing and the ban are Wednesday's."""
    tl = timeline.build(_DRIVER, reference_time="2026-10-16")
    stopped, crash = only_event(tl, "stopped"), only_event(tl, "crash")
    assert ("after", crash.eid) in anchors_of(stopped)
    assert likely_within_day(only_event(tl, "appeared"), dt.date(2026, 10, 14))
    assert likely_within_day(only_event(tl, "banned"), dt.date(2026, 10, 14))


def test_a_verb_with_another_finite_verb_after_it_stays_the_signal_s_clause() -> None:
    """Negative: "Residents who left their homes after a fire at the mill spread called the council": "called" is the
    main verb, so "spread" stays the verb of the clause "after" opens."""
    tl = timeline.build("Residents who left their homes after a fire at the mill spread called the council.", reference_time="2026-10-16")
    left, spread = only_event(tl, "left"), only_event(tl, "spread")
    assert ("after", spread.eid) in anchors_of(left)


# a time at the end of a signal's noun and its complement (anchoring/times.py _governor)

def test_a_time_after_a_signal_s_noun_and_its_complement_dates_the_noun() -> None:
    """"stayed in the division after a 3-0 victory over Dunford on Sunday afternoon lifted them clear": the afternoon is
    the victory's, and the lifting it brought lies in it."""
    text = "Rovers stayed in the division after a 3-0 victory over Dunford on Sunday afternoon lifted them clear."
    tl = timeline.build(text, reference_time="2026-10-16")
    assert ("during", _tid(tl, "Sunday afternoon")) in anchors_of(only_event(tl, "victory"))
    assert likely_within_day(only_event(tl, "lifted"), dt.date(2026, 10, 11))


def test_a_noun_object_with_no_signal_before_it_leaves_the_time_to_the_verb() -> None:
    """Negative: "The fans celebrated the win over Dunford in the town on Sunday": no signal opens a phrase before the
    win, the object of the verb: Sunday dates the celebrating."""
    tl = timeline.build("The fans celebrated the win over Dunford in the town on Sunday.", reference_time="2026-10-16")
    assert ("during", _tid(tl, "Sunday")) in anchors_of(only_event(tl, "celebrated"))


# taking part in a contest (anchoring/clause_links.py _contest_links; lexicon contest_verbs, contests)

def test_losing_a_contest_lies_within_it() -> None:
    """"strained a hamstring during the final in June. Her club lost the final after extra time." (10 August 2026): the
    losing is the final's, in June, not the publication day's."""
    text = "Kim strained a hamstring during the final in June. Her club lost the final after extra time."
    tl = timeline.build(text, reference_time="2026-08-10")
    lost = only_event(tl, "lost")
    assert ("during", nth_event(tl, "final", 1).eid) in anchors_of(lost)
    assert likely_within(lost, dt.datetime(2026, 6, 1), dt.datetime(2026, 7, 1))


def test_setting_a_contest_or_losing_an_appeal_is_not_within_it() -> None:
    """Negative: "postponed the final" (no verb of taking part) and "lost the appeal" (no contest noun) get no such link."""
    tl = timeline.build("The league postponed the final. The club lost the appeal.", reference_time="2026-08-10")
    for verb in ("postponed", "lost"):
        assert not any(kind == "during" for kind, _ in anchors_of(only_event(tl, verb)))


# "and was" opens a clause of its own (lexicon pattern clause_break)

def test_a_length_after_and_was_is_not_the_first_verb_s() -> None:
    """"hurt his shoulder during the derby in March and was out for six weeks" (10 August 2026): the six weeks are the
    second clause's, the hurt lies in March (not six weeks long, stretching the derby past March)."""
    tl = timeline.build("Ola hurt his shoulder during the derby in March and was out for six weeks.", reference_time="2026-08-10")
    hurt = only_event(tl, "hurt")
    assert not any(kind == "lasts" for kind, _ in anchors_of(hurt))
    assert likely_within(hurt, dt.datetime(2026, 3, 1), dt.datetime(2026, 4, 1))


def test_a_length_of_a_verb_after_and_was_is_still_that_verb_s() -> None:
    """Negative: "was arrested in May and was held for 18 days": the length is the holding's, a verb after "and was"."""
    tl = timeline.build("The man was arrested in May and was held for 18 days.", reference_time="2026-08-10")
    assert any(kind == "lasts" for kind, _ in anchors_of(only_event(tl, "held")))


# a timetable in the present (resolve/picking.py scheduled_run; lexicon schedule_verbs)

def test_a_timetable_in_the_present_names_the_weekday_ahead() -> None:
    """"The ferry was withdrawn on Saturday. A replacement boat runs from the harbour on Saturday." (Tuesday 9 June
    2026): the boat runs next Saturday, the 13th, not on the Saturday just told."""
    tl = timeline.build("The ferry was withdrawn on Saturday. A replacement boat runs from the harbour on Saturday.", reference_time="2026-06-09")
    assert [t.value for t in tl.timexes] == ["2026-06-06", "2026-06-13"]
    assert likely_within_day(event(tl, "runs"), dt.date(2026, 6, 13))


def test_a_timetable_told_in_the_past_keeps_the_day_told() -> None:
    """Negative: "A replacement boat ran from the harbour on Saturday": the Saturday just told."""
    tl = timeline.build("The ferry was withdrawn on Saturday. A replacement boat ran from the harbour on Saturday.", reference_time="2026-06-09")
    assert [t.value for t in tl.timexes] == ["2026-06-06", "2026-06-06"]


# a speech act whose object an occasion follows (anchoring/signals.py, _speech_act_of_gerunds for event nouns)

def test_an_admission_of_charges_at_a_hearing_is_at_the_hearing() -> None:
    """"The landlord had admitted two counts of fraud at a hearing in April." (10 June 2026): the admitting was at the
    hearing (April), not the fraud."""
    tl = timeline.build("The landlord had admitted two counts of fraud at a hearing in April.", reference_time="2026-06-10")
    assert ("during", only_event(tl, "hearing").eid) in anchors_of(only_event(tl, "admitted"))
    assert likely_within(only_event(tl, "admitted"), dt.datetime(2026, 4, 1), dt.datetime(2026, 5, 1))


def test_what_a_punishment_is_for_at_an_occasion_stays_at_it() -> None:
    """Negative: "was sacked for a string of thefts at a conference in April": no speech act; the thefts were at the
    conference, not the sacking."""
    tl = timeline.build("The steward was sacked for a string of thefts at a conference in April.", reference_time="2026-06-10")
    conference = only_event(tl, "conference").eid
    assert ("during", conference) in anchors_of(only_event(tl, "thefts"))
    assert ("during", conference) not in anchors_of(only_event(tl, "sacked"))


# a participle that counts a run (anchoring/times.py _run_count; lexicon run_participles, run_units)

def test_a_time_after_a_counted_run_dates_the_clause_s_verb() -> None:
    """"Exports fell for the fourth month running in May.": May is the fall's, "running" counts the run."""
    tl = timeline.build("Exports fell for the fourth month running in May.", reference_time="2026-06-10")
    assert ("during", _tid(tl, "May")) in anchors_of(only_event(tl, "fell"))


def test_a_running_that_is_no_count_keeps_its_reading() -> None:
    """Negative: "The crew kept the engine running in March.": "engine" is no unit; the time is the keeping's as before."""
    tl = timeline.build("The crew kept the engine running in March.", reference_time="2026-11-05")
    assert ("during", _tid(tl, "March")) in anchors_of(only_event(tl, "kept"))


# "and had" opens a clause of its own (lexicon pattern clause_break)

def test_a_date_before_and_had_dates_the_report_not_a_noun_of_manner() -> None:
    """"said she had reported the fault in writing on 4 May and had raised it again at a meeting a week later" (10 June
    2026): "and had" ends the clause of the date, which is then the report's (not the noun "writing"'s)."""
    text = "The nurse said she had reported the fault in writing on 4 May and had raised it again at a meeting a week later."
    tl = timeline.build(text, reference_time="2026-06-10")
    assert ("during", _tid(tl, "4 May")) in anchors_of(only_event(tl, "reported"))
    assert likely_within_day(only_event(tl, "reported"), dt.date(2026, 5, 4))


def test_the_hearing_after_a_court_appearance_goes_on_from_the_appearance() -> None:
    """"A man who was arrested on Friday after a break-in at a warehouse appeared in court on Monday. The court heard
    ..." (Tuesday 11 August 2026): the appearing is the sentence's main act, no look back from the arrest (assembly/steps.py
    _told_after_clauses stops at it), so the hearing is Monday's sitting, not Friday's."""
    text = ("A man who was arrested on Friday after a break-in at a warehouse appeared in court on Monday. "
            "The court heard that he had forced a side door.")
    tl = timeline.build(text, reference_time="2026-08-11")
    assert likely_within_day(only_event(tl, "heard"), dt.date(2026, 8, 10))


# a fall told again as "the collapse" (lexicon verb_kinds fall = "collapse", same_kind ["collapse", ...])

def test_the_collapse_after_a_fall_is_that_fall() -> None:
    """"A crane fell onto a cargo ship late on Sunday. Two dock workers were treated after the collapse and went home on
    Monday." (Tuesday 25 August 2026): the collapse is the fall, Sunday's, not Monday's."""
    text = "A crane fell onto a cargo ship late on Sunday. Two dock workers were treated after the collapse and went home on Monday."
    tl = timeline.build(text, reference_time="2026-08-25")
    assert likely_within_day(only_event(tl, "collapse"), dt.date(2026, 8, 23))


def test_a_collapse_with_a_time_of_its_own_is_another_one() -> None:
    """Negative: "... since the collapse of a quay wall in 2019": its own year, not the fall's Sunday."""
    text = "A crane fell onto a cargo ship on Sunday. It was the worst accident at the port since the collapse of a quay wall in 2019."
    tl = timeline.build(text, reference_time="2026-08-25")
    assert likely_within(only_event(tl, "collapse"), dt.datetime(2019, 1, 1), dt.datetime(2020, 1, 1))


def test_a_point_of_the_night_after_a_period_told_looking_back_is_the_day_s() -> None:
    """Negative: "was re-elected on Thursday. She had led in every poll since the campaign began in March. Her rival
    conceded shortly after midnight." (Friday 8 May 2026): March is told looking back, and midnight is a point of a day:
    Thursday's midnight, not a night of March; nor does "Overnight" after such a period fall in it."""
    text = ("Ana Ruiz was re-elected mayor on Thursday. She had led in every poll since the campaign began in March. "
            "Her rival conceded shortly after midnight.")
    tl = timeline.build(text, reference_time="2026-05-08")
    assert _value(tl, "shortly after midnight") == "2026-05-07T24:00"
    text = ("Ana Ruiz was re-elected mayor on Thursday. She had led in every poll since the campaign began in March. "
            "Overnight, her supporters celebrated in the square.")
    tl = timeline.build(text, reference_time="2026-05-08")
    assert not _value(tl, "Overnight").startswith("2026-03")


# an occasion a relative clause says was held (anchoring/clause_links.py _staged_relative_links; lexicon staging_verbs)

def test_an_election_which_was_held_on_a_day_is_that_day_s() -> None:
    """"ordered a recount on Friday in the council election, which was held on 3 May. Leah Moss won the vote" (13 June
    2026): the election is the holding, 3 May, and the vote won is that election's, not Friday's."""
    text = "A court ordered a recount on Friday in the council election, which was held on 3 May. Leah Moss won the vote by nine ballots."
    tl = timeline.build(text, reference_time="2026-06-13")
    assert ("simultaneous", only_event(tl, "held").eid) in anchors_of(only_event(tl, "election"))
    assert likely_within_day(only_event(tl, "vote"), dt.date(2026, 5, 3))


def test_an_occasion_whose_relative_clause_tells_another_act_is_not_that_act() -> None:
    """Negative: "the election, which was criticised on Friday": no verb of holding; no such link."""
    tl = timeline.build("Observers said the council election, which was criticised on Friday, went smoothly.", reference_time="2026-06-13")
    assert not any(kind == "simultaneous" for kind, _ in anchors_of(only_event(tl, "election")))


def test_a_time_that_ends_its_sentence_after_a_signal_s_noun_is_left_as_before() -> None:
    """Negative: "raised their offer after talks at the arbitration service last week." (no verb after the time): the
    rule for a noun subject before its verb leaves the time as it was, the raising's."""
    tl = timeline.build("Managers raised their offer after talks at the arbitration service last week.", reference_time="2026-06-13")
    assert ("during", _tid(tl, "last week")) in anchors_of(only_event(tl, "raised"))
