"""Time-expression values and bounds on news phrasing (thirty-fifth session, values helper): sentences written for these
tests.

Every expected value and bound below was worked out by hand from docs/conventions.md (weekdays checked with a calendar),
not copied from the tagger's output.  Each case asserts the value, the bounds (to the minute) and the grain."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.model import Grain

from _timelines import check_day as _day, check_timex as _check  # value, bounds and grain of one expression


def _minute(text: str, expression: str, dct: str, when: str) -> None:
    """A plain clock time: its minute."""
    start = dt.datetime.fromisoformat(when)
    _check(text, expression, dct, when, when, (start + dt.timedelta(minutes=1)).isoformat(timespec="minutes"), Grain.MINUTE)


# --- a bare day of the month joined as a range or pair to a day with its month takes that month ("from the 4th until
# the 6th of December"); a larger number than the other day's is of the month before


@pytest.mark.parametrize(
    "text,expression,dct,day",
    [
        # Wed 11 Nov 2026: the 9th is gone this month, but the range is December's
        ("Tickets for the pantomime will be on sale from the 9th until the 14th of December.", "the 9th", "2026-11-11", "2026-12-09"),
        ("The roadworks will run from the 16th to December 20.", "the 16th", "2026-11-11", "2026-12-16"),
        # a past range: March of this year, not last month
        ("The exhibition ran from the 2nd to the 5th of March and drew 8,000 visitors.", "the 2nd", "2026-11-11", "2026-03-02"),
        # the first end's number is larger: the month before ("from the 27th to March 2")
        ("The sale will run from the 27th to March 2.", "the 27th", "2026-11-11", "2027-02-27"),
    ],
)
def test_bare_day_takes_the_month_of_its_range_partner(text: str, expression: str, dct: str, day: str) -> None:
    _day(text, expression, dct, day)


def test_bare_day_not_joined_keeps_its_own_month() -> None:
    # "the 9th ... in December" is no range partner (a clause between): the next 9th after Wed 11 Nov 2026 is 9 December
    # anyway, but a past one stays this month's
    _day("The shop reopened on the 9th, and a second branch will open on December 20.", "the 9th", "2026-11-11", "2026-11-09")


# --- "fell due": a day that came, a past; "falls due" still looks ahead


def test_fell_due_is_a_past() -> None:
    # Wed 8 Jul 2026: 30 June 2026, not 30 June 2027
    _day("The builder missed a loan repayment of $12m that fell due on June 30.", "June 30", "2026-07-08", "2026-06-30")
    _check("The first instalment became due in June.", "June", "2026-07-08", "2026-06", "2026-06-01T00:00", "2026-07-01T00:00",
           Grain.MONTH)


def test_falls_due_still_looks_ahead() -> None:
    # Wed 8 Jul 2026: the 30 June ahead is next year's
    _day("A loan repayment of $12m falls due on June 30.", "June 30", "2026-07-08", "2027-06-30")


# --- a reporting verb in a passive infinitive ("is due to be declared", "are expected to be announced"): the infinitive's
# governor says, not the reporting verb's own past


@pytest.mark.parametrize(
    "text,expression,dct,day",
    [
        # Wed 11 Nov 2026: Friday 13, Saturday 14
        ("The winners are due to be announced on Friday.", "Friday", "2026-11-11", "2026-11-13"),
        ("The new chairman is expected to be named on Saturday.", "Saturday", "2026-11-11", "2026-11-14"),
    ],
)
def test_reporting_verb_in_a_passive_infinitive_looks_ahead(text: str, expression: str, dct: str, day: str) -> None:
    _day(text, expression, dct, day)


def test_late_on_after_a_passive_infinitive() -> None:
    # Thu 5 Nov 2026: late on Saturday 7 Nov, 16:00 to midnight
    _check("The result is due to be declared late on Saturday.", "late on Saturday", "2026-11-05", "2026-11-07",
           "2026-11-07T16:00", "2026-11-08T00:00", Grain.DAY)


def test_reported_past_stays_past() -> None:
    # Wed 11 Nov 2026: "announced on Friday" with no infinitive: last Friday, 6 Nov
    _day("The club announced on Friday that the coach would leave.", "Friday", "2026-11-11", "2026-11-06")


# --- "can": a chance or permission on offer looks ahead, as "could" does; not with a negation


@pytest.mark.parametrize(
    "text,expression,dct,day",
    [
        # Wed 11 Nov 2026
        ("Parcels can be collected from the depot on Monday.", "Monday", "2026-11-11", "2026-11-16"),
        ("Residents can have their say at a meeting on Thursday.", "Thursday", "2026-11-11", "2026-11-12"),
        # a bare day of the month after "can": the 14th ahead, not 14 October
        ("Passes can be picked up on the 14th.", "the 14th", "2026-11-11", "2026-11-14"),
        # negated: no cue ahead, a past reading stays
        ("Police can't say what happened on Monday.", "Monday", "2026-11-11", "2026-11-09"),
        # a noun "can" (after an article, before "of") is no modal: the past verb says
        ("He bought a can of paint at a shop on Monday.", "Monday", "2026-11-11", "2026-11-09"),
        ("She left the can on the doorstep on Monday.", "Monday", "2026-11-11", "2026-11-09"),
    ],
)
def test_can_looks_ahead(text: str, expression: str, dct: str, day: str) -> None:
    _day(text, expression, dct, day)


# --- "runs from X and closes ...": the "and" joins two verbs, no range's end: the span's notice looks ahead


def test_span_from_a_day_and_a_second_verb() -> None:
    # Thu 19 Nov 2026: the 8th of the ballot ahead is 8 December
    text = "Voting in the members' ballot runs from the 8th and closes on December 20."
    _day(text, "the 8th", "2026-11-19", "2026-12-08")


# --- "on the Saturday": a bare weekday after the definite article is the one of the days the story tells (nearest the last
# day told), not the one nearest now; a clock time written before it ("at 6 p.m. on the Saturday") is on it


def test_definite_weekday_is_the_story_days() -> None:
    # Wed 4 Nov 2026: the show runs Thursday 10 to Sunday 13 December; its Saturday is the 12th (not 7 November)
    text = "The craft show will run from the 10th to the 13th of December. Judging of the quilts takes place on the Saturday."
    _day(text, "Saturday", "2026-11-04", "2026-12-12")


def test_definite_weekday_in_a_past_story() -> None:
    # Wed 4 Nov 2026: a trip from Monday 12 to Thursday 15 October; "the Tuesday" is the 13th, not 3 November
    text = "The team toured the northern mills from October 12 to October 15. The workers walked out on the Tuesday."
    _day(text, "Tuesday", "2026-11-04", "2026-10-13")


def test_clock_before_a_definite_weekday_is_on_it() -> None:
    # as above: the Saturday is 12 December, the procession at 2 p.m. that day
    text = "The craft show will run from the 10th to the 13th of December. A procession leaves the hall at 2 p.m. on the Saturday."
    _minute(text, "2 p.m.", "2026-11-04", "2026-12-12T14:00")


def test_weekday_after_before_keeps_its_day() -> None:
    # "the Friday before Christmas" is counted from Christmas (18 Dec 2026), not from the story's last day
    text = "The craft show will run from the 10th to the 13th of December. The last post leaves on the Friday before Christmas."
    _day(text, "Friday", "2026-11-04", "2026-12-18")


# --- "Kick-off is at 3 p.m.", "Doors open at 7 p.m.": the start of the event a sentence before dated, not the last day told


def test_kick_off_recalls_the_match_day() -> None:
    # Mon 9 Nov 2026: the match on Sunday 15 Nov; the pitch reseeded on Thursday 12 Nov
    text = "The charity match will be played on Sunday after the pitch is reseeded on Thursday. Kick-off is at 2 p.m."
    _minute(text, "2 p.m.", "2026-11-09", "2026-11-15T14:00")


def test_doors_recall_the_concert_day() -> None:
    # Mon 9 Nov 2026: the concert on Saturday 14 Nov, the interview on Thursday 12 Nov
    text = "The band will play a concert at the Corn Exchange on Saturday after a radio interview on Thursday. Doors open at 7 p.m."
    _minute(text, "7 p.m.", "2026-11-09", "2026-11-14T19:00")


# --- a past "within" limit counts from the story's time only when that time is not ahead of publication


def test_past_limit_counts_from_no_day_ahead() -> None:
    # Wed 4 Nov 2026: the story's day is Friday 6 Nov, ahead; last year's sell-out is no limit from it: a bare length
    _check("Tickets go on sale on Friday, and last year's show sold out within 40 hours.", "40 hours", "2026-11-04", "PT40H",
           "none", "none", Grain.HOUR)


def test_past_limit_from_a_day_gone_keeps_its_bounds() -> None:
    # Wed 4 Nov 2026: from Monday 2 Nov 00:00 to 40 hours after its end, 4 Nov 16:00
    _check("Tickets went on sale on Monday and sold out within 40 hours.", "40 hours", "2026-11-04", "PT40H",
           "2026-11-02T00:00", "2026-11-04T16:00", Grain.HOUR)


def test_definite_weekday_is_the_first_of_a_range_told() -> None:
    # Wed 25 Nov 2026: the appeal runs Monday 7 to Saturday 19 December; "the Tuesday" is its first, 8 December (not the
    # 22nd, nearest the range's end, nor 1 December, nearest now)
    text = "The appeal will collect gifts from the 7th until December 19. A van tours the villages on the Tuesday."
    _day(text, "Tuesday", "2026-11-25", "2026-12-08")


# --- a "with" phrase of a participle and no finite verb after a comma ("with roads near the ground closed from 2 p.m.") has
# no past of its own: the clause before the comma says


def test_with_phrase_participle_takes_the_clause_before() -> None:
    # Wed 13 Jan 2027: the clause looks ahead, no day ahead told: the publication day's 2 p.m., not Boxing Day's
    text = "The last derby was played on Boxing Day. The next one will be policed by 300 officers, with roads near the ground closed from 2 p.m."
    _minute(text, "2 p.m.", "2027-01-13", "2027-01-13T14:00")


def test_with_phrase_after_a_past_clause_stays_past() -> None:
    # Wed 4 Nov 2026: the fair opened on Saturday 31 Oct; its tent closed on Sunday 1 Nov
    _day("The fair opened on Saturday, with the main tent closed on Sunday.", "Sunday", "2026-11-04", "2026-11-01")
