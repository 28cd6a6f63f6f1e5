"""Time-expression values and bounds on news phrasing (thirty-ninth session, values helper): sentences written for these
tests.

Every expected value and bound below was worked out by hand from docs/conventions.md (weekdays checked with a calendar),
not copied from the tagger's output.  Each case asserts the value, the bounds (to the minute) and the grain."""

from __future__ import annotations

import pytest

from timeline.model import Grain

from _timelines import check_day as _day, check_timex as _check  # value, bounds and grain of one expression


# --- the plural of a trip's or a show's run after "for" is a fixture the act was done for: in a past report the month
# of those fixtures is the one nearest, not last year's (tense.toml fixtures + sailings, flights, departures, ...)


@pytest.mark.parametrize(
    "text,expression,dct,value,earliest,latest",
    [
        # Mon 7 Sep 2026: the seats sold were for this coming November's flights (was November 2025: "had sold" is past)
        ("The airline said on Friday that it had sold most of its seats for November flights.", "November", "2026-09-07",
         "2026-11", "2026-11-01T00:00", "2026-12-01T00:00"),
        # Tue 3 Aug 2027: bookings taken for the autumn's crossings, September's
        ("The operator took 4,000 bookings for September crossings.", "September", "2027-08-03",
         "2027-09", "2027-09-01T00:00", "2027-10-01T00:00"),
    ],
)
def test_month_of_plural_fixtures(text: str, expression: str, dct: str, value: str, earliest: str, latest: str) -> None:
    _check(text, expression, dct, value, earliest, latest, Grain.MONTH)


def test_month_before_plain_plural_noun_stays_past() -> None:
    # Mon 7 Sep 2026: no fixture after "for": "for November payments" in a past clause keeps last November's
    _check("The council sent out reminders for November payments.", "November", "2026-09-07", "2025-11",
           "2025-11-01T00:00", "2025-12-01T00:00", Grain.MONTH)


# --- more scheduled present forms: witnesses questioned ("questions the bosses on Tuesday"), a practice session
# ("practises on Tuesday morning"): the days ahead


@pytest.mark.parametrize(
    "text,expression,dct,day",
    [
        # Thu 4 Mar 2027: the coming Tuesday (was last Tuesday, 2 Mar)
        ("The transport committee questions the rail bosses on Tuesday.", "Tuesday", "2027-03-04", "2027-03-09"),
        # Thu 4 Mar 2027: plural subject, base form
        ("MPs quiz the energy regulator on Monday.", "Monday", "2027-03-04", "2027-03-08"),
        # Wed 16 Jun 2027: British spelling of the verb ("practice" is the noun)
        ("The champion practises on the centre court on Friday.", "Friday", "2027-06-16", "2027-06-18"),
        ("Both squads practise at the stadium on Saturday.", "Saturday", "2027-06-16", "2027-06-19"),
    ],
)
def test_scheduled_questioning_and_practice(text: str, expression: str, dct: str, day: str) -> None:
    _day(text, expression, dct, day)


def test_question_noun_is_no_schedule() -> None:
    # Thu 4 Mar 2027: "questions" after a determiner is the noun; the past "faced" decides: last Tuesday
    _day("The questions the chairman faced on Tuesday were hostile.", "Tuesday", "2027-03-04", "2027-03-02")


# --- a bare day of the month after a month counted from now ("last month") told in its sentence or the one before takes
# that month, not the month the story was on before the look-back


def test_day_of_month_after_last_month() -> None:
    # Sun 20 Sep 2026: "December" moved the story; "last month" (August) was told after it: the 9th is 9 August
    # (was 9 December 2025: December's, moved back a year for the past verb)
    _day("The resort has taken bookings for December, after it cut its prices last month. From the 9th, guests paid half.",
         "the 9th", "2026-09-20", "2026-08-09")


def test_day_of_month_after_anaphoric_month_keeps_story_month() -> None:
    # Sun 20 Sep 2026: "the previous month" counts from the story's June: the 12th stays June's
    _day("Exports rose in June from the previous month. On the 12th, the port opened a new berth.", "the 12th",
         "2026-09-20", "2026-06-12")


# --- a weekday after "moved from", "brought forward from" (tense.toml rescheduled_from) is the day first set: in a past
# clause the one nearest, either side of now


@pytest.mark.parametrize(
    "text,expression,dct,day",
    [
        # Thu 8 Oct 2026: the coming Saturday, two days off (was last Saturday, 3 Oct)
        ("The cup tie was switched from Saturday because of the floods.", "Saturday", "2026-10-08", "2026-10-10"),
        # Mon 12 Oct 2026: the Thursday three days on, nearer than the one four days back
        ("The ballot has been brought forward from Thursday.", "Thursday", "2026-10-12", "2026-10-15"),
    ],
)
def test_day_a_fixture_was_moved_from(text: str, expression: str, dct: str, day: str) -> None:
    _day(text, expression, dct, day)


def test_moved_from_possessive_day_stays_past() -> None:
    # Thu 8 Oct 2026: people moving from a day's event: the rally held, last Saturday
    _day("Marchers moved from Saturday's rally to the town hall.", "Saturday", "2026-10-08", "2026-10-03")


# --- news: a small-hours clock time that ends a span ("until 3 a.m.") after a whole day the story told is the next day's:
# the span from that day has gone past midnight (as narrative mode reads it); not after a day told by its first hours


@pytest.mark.parametrize(
    "text,expression,dct,value,earliest,latest",
    [
        # Mon 5 Oct 2026: the party after Saturday's celebrations ended at 2 a.m. on Sunday (was Saturday 02:00)
        ("Supporters danced in the square on Saturday, and the music went on until 2 a.m.", "2 a.m.", "2026-10-05",
         "2026-10-04T02:00", "2026-10-04T02:00", "2026-10-04T02:01"),
        # Wed 14 Jul 2027: the warm night of Sunday, hedged: Monday 04:30 give or take half an hour
        ("The warmest night came on Sunday, when the air stayed above 24C until about 4.30 a.m.", "4.30 a.m.", "2027-07-14",
         "2027-07-12T04:30", "2027-07-12T04:00", "2027-07-12T05:01"),
    ],
)
def test_small_hours_span_end_after_day(text: str, expression: str, dct: str, value: str, earliest: str, latest: str) -> None:
    _check(text, expression, dct, value, earliest, latest, Grain.MINUTE)


def test_small_hours_span_end_after_early_day_stays() -> None:
    # Mon 5 Oct 2026: the day told by its first hours: the 3 a.m. is Saturday's own
    _check("Crews were called out early on Saturday and worked until 3 a.m.", "3 a.m.", "2026-10-05",
           "2026-10-03T03:00", "2026-10-03T03:00", "2026-10-03T03:01", Grain.MINUTE)


# --- news: a day told as the last time something happened ("last ran on April 20", [last_occurrence]) is a look-back: a
# bare "overnight" after it is not that day's night


def test_overnight_after_last_occurrence() -> None:
    # Thu 3 Dec 2026: the day ahead told first (December 12), then a look-back (April 20): a past "overnight" is the night
    # that ended on the publication day (was 20 April's night)
    _check("The ice rink reopens on December 12. Its old rink last opened on March 8. The bypass was shut overnight after a "
           "crash.", "overnight", "2026-12-03", "2026-12-02TNI", "2026-12-02T19:00", "2026-12-03T07:00", Grain.PART_OF_DAY)


def test_last_noun_before_day_is_no_look_back() -> None:
    # Thu 3 Dec 2026: "the last match on Friday" names a match, no verb after "last": the clock after it is Friday's
    _check("The last match was played on Friday. Fans left the ground at 10 p.m.", "10 p.m.", "2026-12-03",
           "2026-11-27T22:00", "2026-11-27T22:00", "2026-11-27T22:01", Grain.MINUTE)


# --- a holiday's or a day's show or run after "for" (fixtures + fireworks, display, marathon, regatta, carnival, gala) is
# the fixture the act was done for: in a past clause the nearest, not last year's


@pytest.mark.parametrize(
    "text,expression,dct,day",
    [
        # Wed 18 Nov 2026: this year's New Year's Eve, six weeks on (was 2025-12-31)
        ("Tickets were sold on Tuesday for the New Year's Eve fireworks over the bay.", "New Year's Eve", "2026-11-18",
         "2026-12-31"),
        # Wed 10 Feb 2027: the race next month (was March 2026)
        ("Thousands signed up for the April 11 marathon after the route was changed.", "April 11", "2027-02-10",
         "2027-04-11"),
    ],
)
def test_day_of_holiday_show_or_run(text: str, expression: str, dct: str, day: str) -> None:
    _day(text, expression, dct, day)


# --- a ship's or a plane's arrival in the futurate present ("docks", "lands"; plural "dock", "land"): the day ahead; the noun
# after its determiner ("at the docks on Friday") is no verb


@pytest.mark.parametrize(
    "text,expression,dct,day",
    [
        # Wed 7 Oct 2026: the coming Friday (was last Friday, 2 Oct)
        ("The cruise liner docks at Leith on Friday.", "Friday", "2026-10-07", "2026-10-09"),
        ("The tall ships dock in the harbour on Saturday.", "Saturday", "2026-10-07", "2026-10-10"),
        ("The royal flight lands at the airbase on Sunday.", "Sunday", "2026-10-07", "2026-10-11"),
    ],
)
def test_arrival_futurate(text: str, expression: str, dct: str, day: str) -> None:
    _day(text, expression, dct, day)


def test_docks_noun_stays_past() -> None:
    # Wed 7 Oct 2026: "the docks" is a place; the past "walked" decides: last Friday
    _day("Porters at the docks on Friday walked out over pay.", "Friday", "2026-10-07", "2026-10-02")


# --- "the first half" alone is a half of the year in a sentence about a builder's or a producer's volumes, or the rates
# they ride on (vetoes.bare_half reporting + builder, homes, completions, tonnes, barrels, vehicles, subscribers, rates, ...)


@pytest.mark.parametrize(
    "text,expression,dct,value,earliest,latest",
    [
        # Wed 8 Sep 2027: was untagged
        ("The housebuilder finished 2,300 homes in the first half.", "the first half", "2027-09-08",
         "2027-H1", "2027-01-01T00:00", "2027-07-01T00:00"),
        ("Lenders expect the second half to be calmer as mortgage rates settle.", "the second half", "2027-09-08",
         "2027-H2", "2027-07-01T00:00", "2028-01-01T00:00"),
    ],
)
def test_bare_half_of_volumes(text: str, expression: str, dct: str, value: str, earliest: str, latest: str) -> None:
    _check(text, expression, dct, value, earliest, latest, Grain.HALF)


def test_bare_half_of_a_match_stays_untagged() -> None:
    # a match's half, a play word in its sentence: no time expression even with "homes" there
    import timeline

    tl = timeline.build("The home fans cheered when the striker scored in the second half.", reference_time="2027-09-08")
    assert [t.text for t in tl.timexes] == []
