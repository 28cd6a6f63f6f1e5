"""Time-expression values on news phrasing (twenty-third session, values helper): sentences written for these tests.

Every expected value below was worked out by hand from docs/conventions.md (weekdays checked with a calendar), not
copied from the tagger's output."""

from __future__ import annotations

import pytest

from _timelines import value as _value  # the TIMEX3 value of an expression


# --- "N years ago" keeps a quarter's grain only when the quarter is one reported on (over by publication)


@pytest.mark.parametrize(
    "text,expression,dct,expected",
    [
        # published 16 June 2026: the third quarter is a plan ahead, no report; ten years ago is the year 2016
        ("The maker will apply for approval in the third quarter. Ten years ago such a drug did not exist.",
         "Ten years ago", "2026-06-16", "2016"),
        # the same with a day inside that quarter told after it
        ("The agency expects to rule in the fourth quarter, and a panel meets on Oct. 6. Twenty years ago it took longer.",
         "Twenty years ago", "2026-06-16", "2006"),
        # published 30 July 2026: the second quarter is over and reported, so two years ago is that quarter of 2024
        ("Profit fell in the second quarter. Two years ago the firm made a loss.", "Two years ago", "2026-07-30", "2024-Q2"),
    ],
)
def test_years_ago_after_a_quarter(text: str, expression: str, dct: str, expected: str) -> None:
    assert _value(text, expression, dct) == expected


# --- a time after a summoning word and "to" + verb in its clause is the appearance set: mostly still ahead, whatever the tense


@pytest.mark.parametrize(
    "text,expression,dct,expected",
    [
        # published Wednesday 14 Oct 2026: the hearing he must return for is the coming Monday, 19 Oct, not 12 Oct
        ("The driver was bailed to return to court on Monday.", "Monday", "2026-10-14", "2026-10-19"),
        ("A teenager was remanded in custody to appear before magistrates on Tuesday.", "Tuesday", "2026-10-14",
         "2026-10-20"),
        # the noun "bail" binds over as well
        ("She was freed on bail to appear at the crown court on Monday.", "Monday", "2026-10-14", "2026-10-19"),
        # no appearance: the day of the bail itself, behind (12 Oct)
        ("The driver was bailed on Monday.", "Monday", "2026-10-14", "2026-10-12"),
        # "to" before a noun's opener is a place, not an appearance
        ("The driver was bailed to an address in Leeds on Monday.", "Monday", "2026-10-14", "2026-10-12"),
    ],
)
def test_appearance_after_a_summons(text: str, expression: str, dct: str, expected: str) -> None:
    assert _value(text, expression, dct) == expected


# --- a weekday ending a range after a clock time ("from 10 p.m. on Friday to 6 a.m. on Monday") lies after the range's start


@pytest.mark.parametrize(
    "text,expression,dct,expected",
    [
        # published Monday 16 Feb 2026: the warning starts on Friday 20 Feb and ends on the Monday after it, 23 Feb (not
        # the publication day, which would end it before it began)
        ("A yellow warning for wind will run from 10 p.m. on Friday to 6 a.m. on Monday.", "Monday", "2026-02-16", "2026-02-23"),
        ("A yellow warning for wind will run from 10 p.m. on Friday to 6 a.m. on Monday.", "6 a.m.", "2026-02-16",
         "2026-02-23T06:00"),
        ("The bridge will be shut from 9 p.m. on Saturday until 5 a.m. on Monday.", "Monday", "2026-02-16", "2026-02-23"),
        # a range over four days is still a range, not a list whose second day is the nearer one: Thursday 19 Feb to
        # Monday 23 Feb
        ("Engineers will close the tunnel from 8 p.m. on Thursday to 6 a.m. on Monday.", "Monday", "2026-02-16", "2026-02-23"),
        # a range told in the past, said on Wednesday 18 Feb: Friday 13 Feb to Monday 16 Feb
        ("The line was closed from 10 p.m. on Friday to 6 a.m. on Monday.", "Monday", "2026-02-18", "2026-02-16"),
    ],
)
def test_range_end_after_a_clock_time(text: str, expression: str, dct: str, expected: str) -> None:
    assert _value(text, expression, dct) == expected


# --- news: a bare weekday the text already told (within a week of publication) names that day again, unless its tense
# points the other way


@pytest.mark.parametrize(
    "text,dct,expected",
    [
        # published Monday 25 May 2026: the final is Saturday 30 May; the later Saturdays, with no verb pointing back,
        # are that day (the closest Saturday alone would be 23 May)
        ("Rovers will play in the final on Saturday. \"After Saturday we can rest for the whole summer,\" she said.",
         "2026-05-25", "2026-05-30"),
        ("The final will be played on Saturday. Everyone in the town wants a ticket for Saturday.", "2026-05-25",
         "2026-05-30"),
        # a past verb puts the second one behind: 23 May
        ("The final will be played on Saturday. Fans celebrated on Saturday after the semi-final.", "2026-05-25",
         "2026-05-23"),
        # and a future one ahead: Friday 22 May was told, the hearing is on 29 May
        ("Police arrested a man on Friday. He will appear in court on Friday.", "2026-05-25", "2026-05-29"),
    ],
)
def test_weekday_told_again(text: str, dct: str, expected: str) -> None:
    from timeline.tagger import tag

    days = [t.value for t in tag(text, dct).timexes if t.text in ("Saturday", "Friday")]
    assert days[-1] == expected


# --- a time after "after" + gerund in a clause that looks ahead: done before the clause's own time, either side of now


@pytest.mark.parametrize(
    "text,expression,dct,expected",
    [
        # published Monday 25 May 2026: the win came the day before, 24 May (not Sunday 31 May, after the final)
        ("Calder will play in the final on Saturday after beating Felham 3-1 on Sunday.", "Sunday", "2026-05-25",
         "2026-05-24"),
        # published Friday 22 May: the game on Sunday 24 May is still ahead, and the closest
        ("The squad will fly home on Monday after playing Spain on Sunday.", "Sunday", "2026-05-22", "2026-05-24"),
        # a noun after "after", no gerund: the clause's future stands (31 May)
        ("The squad will fly home after the game on Sunday.", "Sunday", "2026-05-25", "2026-05-31"),
        # a verb of its own between the gerund and the time: its tense stands (31 May)
        ("Calder will play in the final after beating Felham and will celebrate on Sunday.", "Sunday", "2026-05-25",
         "2026-05-31"),
    ],
)
def test_time_after_a_prior_gerund(text: str, expression: str, dct: str, expected: str) -> None:
    assert _value(text, expression, dct) == expected


# --- news: a bare month in a past clause that carries on a story told at a day or week of an earlier year is of that year


@pytest.mark.parametrize(
    "text,expression,dct,expected",
    [
        # published 14 Oct 2026: the story is in 2025 (3 March, then the week after), so May is May 2025
        ("She was caught on March 3 last year. She was suspended the following week and arrested in May.", "May",
         "2026-10-14", "2025-05"),
        # in the same sentence, after a day written with its year
        ("Police caught him on Feb. 9, 2024, and he was charged in April.", "April", "2026-10-14", "2024-04"),
        # a month before the told day in its year does not carry the story on: the nearest January behind, 2026
        ("She was caught on March 3 last year. Police arrested her in January.", "January", "2026-10-14", "2026-01"),
        # after a bare year the month keeps its own reading
        ("The firm listed its shares in 2015. Sales fell in May.", "May", "2026-10-14", "2026-05"),
        # and a clause that looks ahead too
        ("The bank was fined on March 5, 2024. It will appeal in November.", "November", "2026-10-14", "2026-11"),
    ],
)
def test_month_carrying_a_past_story_on(text: str, expression: str, dct: str, expected: str) -> None:
    assert _value(text, expression, dct) == expected


# --- a small-hours clock time after a told afternoon or evening, carrying the story on, is on the next day


@pytest.mark.parametrize(
    "text,expression,dct,expected",
    [
        # published Monday 16 Feb 2026: the storm came on Sunday afternoon (15 Feb); the winds peaked at 4 a.m. after it,
        # on Monday, and 7 a.m. follows on that Monday
        ("The storm arrived on Sunday afternoon. Winds peaked at 4 a.m., and by 7 a.m. trees were down.", "4 a.m.",
         "2026-02-16", "2026-02-16T04:00"),
        ("The storm arrived on Sunday afternoon. Winds peaked at 4 a.m., and by 7 a.m. trees were down.", "7 a.m.",
         "2026-02-16", "2026-02-16T07:00"),
        # the past perfect looks back: the same Sunday
        ("The storm arrived on Sunday afternoon. It had formed at 4 a.m. far out at sea.", "4 a.m.", "2026-02-16",
         "2026-02-15T04:00"),
        # after a morning nothing crossed midnight
        ("The storm arrived on Sunday morning. Winds peaked at 4 a.m.", "4 a.m.", "2026-02-16", "2026-02-15T04:00"),
    ],
)
def test_small_hours_after_a_told_afternoon(text: str, expression: str, dct: str, expected: str) -> None:
    assert _value(text, expression, dct) == expected


# --- a past form after a noun is a participle of its own: a future auxiliary before the noun does not govern it


@pytest.mark.parametrize(
    "text,expression,dct,expected",
    [
        # published Thursday 8 Jan 2026: the fears were raised last autumn (2025), whatever the update will do
        ("Analysts said the update would ease fears raised in the autumn.", "the autumn", "2026-01-08", "2025-FA"),
        ("The update will ease fears raised in October.", "October", "2026-01-08", "2025-10"),
        # "be", an adverb in -ly or "get" before the form: the auxiliary governs it, the time lies ahead (Friday 9 Jan)
        ("The road will be fully reopened on Friday.", "Friday", "2026-01-08", "2026-01-09"),
        ("Staff will get paid on Friday.", "Friday", "2026-01-08", "2026-01-09"),
        # a holding verb before it too: published Tuesday 3 March 2026, the schools are shut until Friday 6 March
        ("Schools will stay shut until Friday.", "Friday", "2026-03-03", "2026-03-06"),
        ("The dispute may finally be resolved in March.", "March", "2026-01-08", "2026-03"),
    ],
)
def test_participle_after_a_noun(text: str, expression: str, dct: str, expected: str) -> None:
    assert _value(text, expression, dct) == expected


# --- news: a bare clock time or part of day in a past clause, when the story's day is still ahead, counts from the last day
# told before publication only while that day is recent in the text; one the story has long left gives way to publication


@pytest.mark.parametrize(
    "text,expression,dct,expected",
    [
        # published Thursday 8 Jan 2026: New Year's Day was told three sentences back, and April 15 is ahead; the shares
        # rose on the publication day, at noon
        ("The retailer said on Thursday that sales rose. Stores opened early on New Year's Day. Online orders doubled "
         "in December. Its year ends on January 31, and results are due on April 15. Shares rose 5 per cent by midday.",
         "midday", "2026-01-08", "2026-01-08T12:00"),
        # the day told in the sentence before still dates it: Monday 5 Jan, 22:15
        ("Councillors voted on Monday to hold a referendum on Jan. 29. The debate ended at 10:15 p.m.", "10:15 p.m.",
         "2026-01-07", "2026-01-05T22:15"),
    ],
)
def test_stale_story_day(text: str, expression: str, dct: str, expected: str) -> None:
    assert _value(text, expression, dct) == expected


# --- "since the start of the year" in the present perfect runs up to now: this year, not a year the story told


@pytest.mark.parametrize(
    "text,expression,dct,expected",
    [
        # published 18 March 2026
        ("Olsen joined the company in 2019. Shares have risen 18 per cent since the start of the year.",
         "the start of the year", "2026-03-18", "2026"),
        ("She opened a shelter in 1975 and has opened three more since the start of the year.", "the start of the year",
         "2026-03-18", "2026"),
        # the past perfect keeps the told year (1975)
        ("In 1975 she opened a shelter. Since the start of the year she had opened three more.", "the start of the year",
         "2026-03-18", "1975"),
        # a perfect of another clause does not count
        ("The shop opened in 1975. Sales have doubled, but it had struggled since the start of the year.",
         "the start of the year", "2026-03-18", "1975"),
    ],
)
def test_since_in_the_present_perfect(text: str, expression: str, dct: str, expected: str) -> None:
    assert _value(text, expression, dct) == expected


# --- news: "in March last year" says when the story is, as "in March 2025" would: the anaphors after it count from it


@pytest.mark.parametrize(
    "text,expression,dct,expected",
    [
        # published 18 March 2026: the story is in March 2025, not in the March 2019 of the aside before it; a year on
        # from it is 2026
        ("Olsen, who joined the company in March 2019, was criticised over a failed bid in March last year. The company "
         "wrote off the deal the following week and was fined the following year.", "the following year", "2026-03-18",
         "2026"),
        ("Olsen, who joined the company in March 2019, was criticised over a failed bid in March last year. The company "
         "wrote off the deal the following week and was fined the following year.", "the following week", "2026-03-18",
         "2025-W"),
        # published 10 May 2026: a year with no month ("Last year") stays a look-back: the story is still on the first
        # quarter, and a year earlier is that quarter of 2025
        ("Net income rose 8 percent in the first quarter. Last year the company cut 300 jobs. Revenue was $2 billion, "
         "up from $1.8 billion a year earlier.", "a year earlier", "2026-05-10", "2025-Q1"),
    ],
)
def test_month_of_last_year_moves_the_story(text: str, expression: str, dct: str, expected: str) -> None:
    assert _value(text, expression, dct).startswith(expected)


# --- a modal of obligation right before the verb next to the time looks ahead ("must be paid by Friday")


@pytest.mark.parametrize(
    "text,expression,dct,expected",
    [
        # published Wednesday 18 March 2026: Friday 20 March, this month's end, April 2026
        ("The fine must be paid by Friday.", "Friday", "2026-03-18", "2026-03-20"),
        ("A special dividend must be paid by the end of the month.", "the end of the month", "2026-03-18", "2026-03"),
        ("The tax must be paid in April.", "April", "2026-03-18", "2026-04"),
        ("Landlords must not be charged until Monday.", "Monday", "2026-03-18", "2026-03-23"),
        # a perfect after it is a guess about the past: Friday 13 March
        ("The driver must have left on Friday.", "Friday", "2026-03-18", "2026-03-13"),
        # from further away it does not decide: the verb next to the time does ("shut", joined to a past verb: 13 March)
        ("The landlord insisted the tenants must be evicted, and shut the gates on Friday.", "Friday", "2026-03-18",
         "2026-03-13"),
    ],
)
def test_obligation_looks_ahead(text: str, expression: str, dct: str, expected: str) -> None:
    assert _value(text, expression, dct) == expected


# --- a month right after "<flow noun> in" in a clause that looks ahead: the month under way or just over, whose figures
# are still to come; one long over is a forecast's


@pytest.mark.parametrize(
    "text,expression,dct,expected",
    [
        # published 2 December 2026: November just ended, its sales are still to be counted
        ("Analysts expect holiday sales in November to rise about 4 per cent.", "November", "2026-12-02", "2026-11"),
        ("Economists expect exports in December to slow.", "December", "2026-12-02", "2026-12"),
        # said in March, November is far off: the coming one
        ("Analysts expect sales in November to rise.", "November", "2026-03-10", "2026-11"),
        # no flow noun: the clause's future stands (next November)
        ("The chain expects to open a store in November.", "November", "2026-12-02", "2027-11"),
    ],
)
def test_month_of_a_flow(text: str, expression: str, dct: str, expected: str) -> None:
    assert _value(text, expression, dct) == expected


# --- a month after "bookings for" / "reservations for" in a past clause is the time booked: the closest, ahead or behind


@pytest.mark.parametrize(
    "text,expression,dct,expected",
    [
        # published 23 July 2026: August is nine days ahead, not last year's
        ("The chief executive said bookings for August were already 90 per cent full.", "August", "2026-07-23", "2026-08"),
        ("Hotels said reservations for September had doubled.", "September", "2026-07-23", "2026-09"),
        # no booking noun: the past clause looks back
        ("The chief executive said profits in August were weak.", "August", "2026-07-23", "2025-08"),
    ],
)
def test_month_booked_for(text: str, expression: str, dct: str, expected: str) -> None:
    assert _value(text, expression, dct) == expected


# --- news: a bare part of day in a past clause, long after a day the story has since left for other times, is of the
# lede's day (the first day told), not of the day left behind


@pytest.mark.parametrize(
    "text,expression,dct,expected",
    [
        # published Thursday 19 March 2026: Wednesday was told three sentences back and the story went on to February and
        # December since; the trading told now is the lede's Thursday
        ("Asian shares fell on Thursday after the central bank held rates. The bank's decision on Wednesday followed two "
         "days of talks. Its governor said prices rose 3 percent in February. The bank last cut rates in December. In "
         "Seoul, the Kospi lost 1.2 percent in afternoon trade.", "afternoon", "2026-03-19", "2026-03-19TAF"),
        # no other time told since Wednesday: the story is still on it (18 March)
        ("Shares in the firm fell on Thursday. On Wednesday police raided its offices. Officers took away computers. "
         "Staff were sent home. In the evening, officers arrested two managers.", "the evening", "2026-03-19",
         "2026-03-18TEV"),
    ],
)
def test_part_of_day_after_a_day_left_behind(text: str, expression: str, dct: str, expected: str) -> None:
    assert _value(text, expression, dct) == expected


# --- news: after a season over by publication that opens the sentence, a month takes the year nearest that season


@pytest.mark.parametrize(
    "text,expression,dct,expected",
    [
        # published 30 October 2026: last winter is Dec 2025 - Feb 2026 (2026-WI); the September before it is 2025's
        ("Last winter, the vaccine was offered from September.", "September", "2026-10-30", "2025-09"),
        # inside the season: that month (January 2026)
        ("Last winter, snow fell in January.", "January", "2026-10-30", "2026-01"),
        # last summer (June - August 2026): its June
        ("Last summer, prices rose in June.", "June", "2026-10-30", "2026-06"),
        # no season told: September is the last one (2026)
        ("The vaccine was offered from September.", "September", "2026-10-30", "2026-09"),
    ],
)
def test_month_after_a_told_season(text: str, expression: str, dct: str, expected: str) -> None:
    assert _value(text, expression, dct) == expected
