"""Uncertainty bounds for issue 12 (twenty-third session, helper `bounds`): kinds of bound error found on news
sentences written for these tests.

Every expected value and bound below was worked out by hand from docs/conventions.md (dates checked with a calendar:
Tue 10 Nov 2026 is the publication day unless a case says otherwise), not copied from the tagger's output."""

from __future__ import annotations

import pytest

from _timelines import value_and_bounds as _got

DCT = "2026-11-10"


# --- a weekday after a commitment to act ("threatened to strike") is the act's day, ahead


@pytest.mark.parametrize(
    "text,expression,expected",
    [
        # a threat reported on Tuesday 10 Nov: the strike is Friday 13 Nov, not Friday 6 Nov
        ("The dockers' union threatened to walk out on Friday.", "Friday", ("2026-11-13", "2026-11-13T00:00", "2026-11-14T00:00")),
        # a present perfect vow still holds: Saturday 14 Nov (7 Nov is one day nearer, but gone)
        ("Farmers have vowed to block the motorway on Saturday.", "Saturday", ("2026-11-14", "2026-11-14T00:00", "2026-11-15T00:00")),
        ("The mayor pledged to reopen the library on Monday.", "Monday", ("2026-11-16", "2026-11-16T00:00", "2026-11-17T00:00")),
        # "has been set to" holds too: Thursday 12 Nov
        ("The inquiry has been set to report on Thursday.", "Thursday", ("2026-11-12", "2026-11-12T00:00", "2026-11-13T00:00")),
        # a hearing moved is moved ahead: Friday 13 Nov
        ("The bail hearing was moved to Friday.", "Friday", ("2026-11-13", "2026-11-13T00:00", "2026-11-14T00:00")),
        # controls: a past perfect plan may lie either side (the nearest Monday: 9 Nov, one day back); the act itself
        ("The ferries had been set to sail again on Monday.", "Monday", ("2026-11-09", "2026-11-09T00:00", "2026-11-10T00:00")),
        ("The dockers walked out on Friday.", "Friday", ("2026-11-06", "2026-11-06T00:00", "2026-11-07T00:00")),
    ],
)
def test_commitment_to_act_looks_ahead(text: str, expression: str, expected: tuple[str, str, str]) -> None:
    assert _got(text, expression, DCT) == expected


# --- "shortly after midnight" written right after its day, as a separate expression, is that day's first minutes


@pytest.mark.parametrize(
    "text,expression,expected",
    [
        # said Tue 10 Nov: Sunday 8 Nov 00:00-00:30 (value the Saturday's T24:00), as "shortly after midnight"
        ("The gunmen fled on Sunday shortly after midnight.", "shortly after midnight", ("2026-11-07T24:00", "2026-11-08T00:00", "2026-11-08T00:30")),
        ("The gunmen fled on Nov. 8, just after midnight.", "just after midnight", ("2026-11-07T24:00", "2026-11-08T00:00", "2026-11-08T00:15")),
        # controls: before midnight ends the day; a night's clock after midnight is the next day's (Sunday night -> Monday)
        ("The gunmen fled on Sunday shortly before midnight.", "shortly before midnight", ("2026-11-08T24:00", "2026-11-08T23:30", "2026-11-09T00:00")),
        ("The gunmen fled on Sunday night shortly after midnight.", "shortly after midnight", ("2026-11-08T24:00", "2026-11-09T00:00", "2026-11-09T00:30")),
        ("The gunmen fled on Sunday night at 1 a.m.", "1 a.m.", ("2026-11-09T01:00", "2026-11-09T01:00", "2026-11-09T01:01")),
    ],
)
def test_after_midnight_after_its_day(text: str, expression: str, expected: tuple[str, str, str]) -> None:
    assert _got(text, expression, DCT) == expected


# --- a count joined to a length ("a week or two", one expression since the ext merge; "Two or three days later", two) is
# --- the range's other end: the bounds cover both counts


@pytest.mark.parametrize(
    "text,expression,expected",
    [
        # said Tue 10 Nov: a limit of two weeks from now, to the end of 24 Nov (now's end + 14 days)
        ("The regulator will rule within a week or two.", "a week or two", ("P1W", "2026-11-10T00:00", "2026-11-25T00:00")),
        # one or two days ahead: 11 or 12 Nov
        ("The border crossing should reopen in a day or two.", "a day or two", ("P1D", "2026-11-11T00:00", "2026-11-13T00:00")),
        # two or three days after 2 Nov: 4 or 5 Nov
        ("The tanker sailed on Nov. 2. Two or three days later, it ran aground.", "three days",
         ("P3D", "2026-11-04T00:00", "2026-11-06T00:00")),
        # two or three days before 9 Nov: 6 or 7 Nov
        ("The tanker sank on Nov. 9. Two or three days earlier, it had lost power.", "three days",
         ("P3D", "2026-11-06T00:00", "2026-11-08T00:00")),
        # a span up to now: from two weeks back (27 Oct) to now's end
        ("The tunnel has been closed for a week or two.", "a week or two", ("P1W", "2026-10-27T00:00", "2026-11-11T00:00")),
        # controls: another unit after the count is an expression of its own; a count of things before a length
        ("The tunnel will reopen in a week or two months.", "a week", ("P1W", "2026-11-17T00:00", "2026-11-18T00:00")),
        ("The tanker sailed on Nov. 2. Three days later, it ran aground.", "Three days", ("P3D", "2026-11-05T00:00", "2026-11-06T00:00")),
    ],
)
def test_count_left_out_of_a_range(text: str, expression: str, expected: tuple[str, str, str]) -> None:
    assert _got(text, expression, DCT) == expected


# --- a hedge with a direction before a part of day: "shortly before dawn" is the hedge's minutes before dawn's window to
# --- its end (not an hour either side, as "around dawn"); "shortly after midday" counts from 12:00, not midday's middle


@pytest.mark.parametrize(
    "text,expression,expected",
    [
        # dawn 04-08 on Mon 9 Nov; "shortly" 30 min, "just" 15 min; the mod stays APPROX (the rule's value)
        ("Troops crossed the river shortly before dawn on Monday.", "shortly before dawn",
         ("2026-11-09TMO", "2026-11-09T03:30", "2026-11-09T08:00")),
        # dusk 16-21 on Sat 7 Nov
        ("The curfew began just after dusk on Saturday.", "just after dusk", ("2026-11-07TEV", "2026-11-07T16:00", "2026-11-07T21:15")),
        # midday's clock is 12:00 (its window 11:00-14:00): 12:00-12:30 on Mon 9 Nov (was 12:30-13:00)
        ("The polls closed shortly after midday on Monday.", "shortly after midday", ("2026-11-09T12:00", "2026-11-09T12:00", "2026-11-09T12:30")),
        # controls: "around dawn" widens by an hour; "shortly before midnight" ends the day
        ("Troops crossed the river around dawn on Monday.", "around dawn", ("2026-11-09TMO", "2026-11-09T03:00", "2026-11-09T09:00")),
        ("The polls closed shortly before midnight on Monday.", "shortly before midnight",
         ("2026-11-09T24:00", "2026-11-09T23:30", "2026-11-10T00:00")),
    ],
)
def test_directed_hedge_on_a_part_of_day(text: str, expression: str, expected: tuple[str, str, str]) -> None:
    assert _got(text, expression, DCT) == expected


# --- "late on" / "early on" right before a day the recognizer leaves them out of ("late on Boxing Day"): the day's last
# --- or first third, as "late"


@pytest.mark.parametrize(
    "text,expression,expected",
    [
        # said Sun 10 Jan 2027: Boxing Day 2026 (26 Dec), 16:00 to midnight
        ("Gales brought down power lines late on Boxing Day.", "Boxing Day", ("2026-12-26", "2026-12-26T16:00", "2026-12-27T00:00")),
        ("Gales brought down power lines early on Christmas Day.", "Christmas Day", ("2026-12-25", "2026-12-25T00:00", "2026-12-25T08:00")),
        # a day written day-month: 8 Nov 2026
        ("Fighting broke out late on 8 November.", "8 November", ("2026-11-08", "2026-11-08T16:00", "2026-11-09T00:00")),
        # controls: "Early on," opens the sentence, no day after it; "running late", "closed early" keep no usual hour: the
        # whole day
        ("Early on, the last ferry left on 8 November.", "8 November", ("2026-11-08", "2026-11-08T00:00", "2026-11-09T00:00")),
        ("The ferry was running late on 8 November.", "8 November", ("2026-11-08", "2026-11-08T00:00", "2026-11-09T00:00")),
        ("The bank closed early on Boxing Day.", "Boxing Day", ("2026-12-26", "2026-12-26T00:00", "2026-12-27T00:00")),
    ],
)
def test_late_on_a_day_left_out(text: str, expression: str, expected: tuple[str, str, str]) -> None:
    assert _got(text, expression, "2027-01-10") == expected


# --- "over the next year", "within the next decade": the unit's length from now, as "over the past year" is up to now;
# --- the value stays the calendar period TimeBank writes


@pytest.mark.parametrize(
    "text,expression,expected",
    [
        # said Tue 10 Nov 2026: 10 Nov 2026 to the end of 10 Nov 2027 (a calendar year on from now's end)
        ("The utility will spend $2 billion over the next year.", "the next year", ("2027", "2026-11-10T00:00", "2027-11-11T00:00")),
        ("The dam will be finished within the next decade.", "the next decade", ("203", "2026-11-10T00:00", "2036-11-11T00:00")),
        # a week is seven days from now's end: to 18 Nov
        ("A ruling is expected in the next week.", "the next week", ("2026-W47", "2026-11-10T00:00", "2026-11-18T00:00")),
        ("Fares will rise during the coming month.", "the coming month", ("2026-12", "2026-11-10T00:00", "2026-12-11T00:00")),
        # controls: no span word before it; after a story date, the year after that (the calendar year 2020)
        ("The next decade will test the utility.", "The next decade", ("203", "2030-01-01T00:00", "2040-01-01T00:00")),
        ("The utility was founded in May 2019. Over the next year, it built two plants.", "the next year",
         ("2020", "2020-01-01T00:00", "2021-01-01T00:00")),
    ],
)
def test_the_next_unit_from_now(text: str, expression: str, expected: tuple[str, str, str]) -> None:
    assert _got(text, expression, DCT) == expected


# --- "in N units" after an irregular past with a prefix ("retook", "rebuilt") is the time taken, not a time ahead


@pytest.mark.parametrize(
    "text,expression,expected",
    [
        # said Tue 10 Nov 2026: a past clause, the length has no position (was 14 Nov: four days ahead)
        ("The militia retook the port in four days.", "four days", ("P4D", "none", "none")),
        ("Engineers rebuilt the viaduct in two years.", "two years", ("P2Y", "none", "none")),
        ("The newcomer outsold the market leader in three weeks.", "three weeks", ("P3W", "none", "none")),
        # controls: a present "relay" is no past (ahead: 12 Nov); a future rebuild lies ahead (in two weeks: 24 Nov)
        ("Volunteers relay the torch in two days.", "two days", ("P2D", "2026-11-12T00:00", "2026-11-13T00:00")),
        ("Engineers will rebuild the viaduct in two weeks.", "two weeks", ("P2W", "2026-11-24T00:00", "2026-11-25T00:00")),
    ],
)
def test_prefixed_past_takes_time(text: str, expression: str, expected: tuple[str, str, str]) -> None:
    assert _got(text, expression, DCT) == expected


# --- a past form right after "been" is a participle, no simple past of its own: "had last been repaired around 350 BC" is
# --- a past perfect aside (the story stays in 300 BC). (Found when "rebuilt" became a past form above.)


@pytest.mark.parametrize("verb", ["repaired", "built", "rebuilt"])
def test_participle_after_been_keeps_the_past_perfect(verb: str) -> None:
    text = (f"In 300 BC the League besieged Tarno. Its walls had last been {verb} around 350 BC. "
            "The first assault came in the spring.")
    assert _got(text, "the spring", DCT, mode="narrative")[0] == "BC0300-SP"


# --- a length named by its end after "through" / "up to" ("the 12 months through June") is that stretch, as "to June"


@pytest.mark.parametrize(
    "text,expression,expected",
    [
        # said Tue 10 Nov 2026: July 2025 to June 2026
        ("Rents climbed 7 percent in the 12 months through June.", "the 12 months", ("P12M", "2025-07-01T00:00", "2026-07-01T00:00")),
        # six calendar months ending with March 2026: October 2025 to March 2026
        ("Imports slid in the six months up to March.", "the six months", ("P6M", "2025-10-01T00:00", "2026-04-01T00:00")),
        # control: no opener before the length, no stretch
        ("Rents climbed for 12 months through June.", "12 months", ("P12M", "none", "none")),
    ],
)
def test_length_ending_through(text: str, expression: str, expected: tuple[str, str, str]) -> None:
    assert _got(text, expression, DCT) == expected


# --- a clock time written before a day's part is the time in it: "at 7 o'clock on Saturday evening" 19:00, "at 1 a.m. on
# --- Saturday night" Sunday 01:00


@pytest.mark.parametrize(
    "text,expression,expected",
    [
        # said Tue 10 Nov 2026: Saturday 7 Nov, evening 17-22 holds 19:00, not 07:00
        ("The shelling began at 7 o'clock on Saturday evening.", "7 o'clock", ("2026-11-07T19:00", "2026-11-07T19:00", "2026-11-07T19:01")),
        ("The shelling began at 4 o'clock on Saturday afternoon.", "4 o'clock", ("2026-11-07T16:00", "2026-11-07T16:00", "2026-11-07T16:01")),
        ("The shelling began shortly after 10 o'clock on Saturday night.", "shortly after 10 o'clock",
         ("2026-11-07T22:00", "2026-11-07T22:00", "2026-11-07T22:30")),
        # a night runs past midnight: its small hours are the next day's (Sunday 8 Nov)
        ("The shelling began at 1 a.m. on Saturday night.", "1 a.m.", ("2026-11-08T01:00", "2026-11-08T01:00", "2026-11-08T01:01")),
        ("The shelling began at 2 o'clock on Saturday night.", "2 o'clock", ("2026-11-08T02:00", "2026-11-08T02:00", "2026-11-08T02:01")),
        # controls: the morning holds 07:00; "a.m." and a 24-hour "09:30" say it already; 3 a.m. is in no morning: as written
        ("The shelling began at 3 a.m. on Sunday morning.", "3 a.m.", ("2026-11-08T03:00", "2026-11-08T03:00", "2026-11-08T03:01")),
        ("The shelling began at 7 o'clock on Saturday morning.", "7 o'clock", ("2026-11-07T07:00", "2026-11-07T07:00", "2026-11-07T07:01")),
        ("The shelling began at 7 a.m. on Saturday evening.", "7 a.m.", ("2026-11-07T07:00", "2026-11-07T07:00", "2026-11-07T07:01")),
        ("The shelling began at 09:30 on Saturday evening.", "09:30", ("2026-11-07T09:30", "2026-11-07T09:30", "2026-11-07T09:31")),
    ],
)
def test_clock_hour_in_the_part_after_it(text: str, expression: str, expected: tuple[str, str, str]) -> None:
    assert _got(text, expression, DCT) == expected


# --- a hedge written before a clock time but left out of it ("moments before 8 p.m.", "soon after 6 p.m.") bounds it as the
# --- same hedge inside would ("shortly before 8 p.m." 19:30-20:00); value and mod stay the clock's


@pytest.mark.parametrize(
    "text,expression,expected",
    [
        # said Tue 10 Nov 2026: Saturday 7 Nov
        ("The roof caved in moments before 8 p.m. on Saturday.", "8 p.m.", ("2026-11-07T20:00", "2026-11-07T19:45", "2026-11-07T20:00")),
        ("The roof caved in soon after 6 p.m. on Saturday.", "6 p.m.", ("2026-11-07T18:00", "2026-11-07T18:00", "2026-11-07T18:30")),
        ("The roof caved in a few minutes after 2 p.m. on Saturday.", "2 p.m.", ("2026-11-07T14:00", "2026-11-07T14:00", "2026-11-07T14:30")),
        # controls: an exact count of minutes names another minute (the clock stays its own); no signal, the minute
        ("The roof caved in 20 minutes after 2 p.m. on Saturday.", "2 p.m.", ("2026-11-07T14:00", "2026-11-07T14:00", "2026-11-07T14:01")),
        ("The roof caved in at 2 p.m. on Saturday.", "2 p.m.", ("2026-11-07T14:00", "2026-11-07T14:00", "2026-11-07T14:01")),
    ],
)
def test_clock_hedge_left_out(text: str, expression: str, expected: tuple[str, str, str]) -> None:
    assert _got(text, expression, DCT) == expected


# --- a deadline after a promise's object ("has promised a vote by the end of June") is set by the promise: after it, the
# --- closest such time (as after a directive, "ordered a report by June 5"), not last year's


@pytest.mark.parametrize(
    "text,expression,expected",
    [
        # said Mon 26 Apr 2027: the end of June 2027 (two months ahead), not of June 2026
        ("The premier has promised a referendum by the end of June.", "the end of June", ("2027-06", "2027-06-21T00:00", "2027-07-01T00:00")),
        ("The insurer pledged a payout by mid-June.", "mid-June", ("2027-06", "2027-06-11T00:00", "2027-06-21T00:00")),
        # control: no promise, a past clause looks back
        ("The premier held a referendum by the end of June.", "the end of June", ("2026-06", "2026-06-21T00:00", "2026-07-01T00:00")),
    ],
)
def test_deadline_set_by_a_promise(text: str, expression: str, expected: tuple[str, str, str]) -> None:
    assert _got(text, expression, "2027-04-26") == expected


# --- an offset counted from the story's day in a past clause ends with the publication day ("Days later, the cabinet
# --- collapsed": not after publication)


@pytest.mark.parametrize(
    "text,expression,expected",
    [
        # said Tue 10 Nov 2026: 2 to 9 days after 4 Nov is 6..14 Nov, cut at the end of 10 Nov
        ("The speaker resigned on Nov. 4. A few days later, the coalition collapsed.", "A few days", ("PXD", "2026-11-06T00:00", "2026-11-11T00:00")),
        ("The speaker resigned on Nov. 4. Days later, the coalition collapsed.", "Days", ("PXD", "2026-11-06T00:00", "2026-11-11T00:00")),
        # a range widened by the count left out is cut too: 10..12 Nov -> 10..11 Nov
        ("The speaker resigned on Nov. 8. Two or three days later, the coalition collapsed.", "three days",
         ("P3D", "2026-11-10T00:00", "2026-11-11T00:00")),
        # controls: a future clause keeps the reach; an offset wholly before now is untouched
        ("The speaker resigned on Nov. 4. Several days later, the coalition will collapse.", "Several days",
         ("PXD", "2026-11-06T00:00", "2026-11-14T00:00")),
        ("The speaker resigned on Oct. 4. A few days later, the coalition collapsed.", "A few days", ("PXD", "2026-10-06T00:00", "2026-10-14T00:00")),
    ],
)
def test_past_offset_ends_by_now(text: str, expression: str, expected: tuple[str, str, str]) -> None:
    assert _got(text, expression, DCT) == expected


# --- "unlikely to" looks ahead as "likely to" does


@pytest.mark.parametrize(
    "text,expression,expected",
    [
        # said Tue 10 Nov 2026: next summer (2027), not the summer gone
        ("The treaty is unlikely to pass before the summer.", "the summer", ("2027-SU", "2027-06-01T00:00", "2027-09-01T00:00")),
        ("The senate is unlikely to vote on Monday.", "Monday", ("2026-11-16", "2026-11-16T00:00", "2026-11-17T00:00")),
        # control: a past clause without it looks back
        ("The treaty was signed before the summer.", "the summer", ("2026-SU", "2026-06-01T00:00", "2026-09-01T00:00")),
    ],
)
def test_unlikely_looks_ahead(text: str, expression: str, expected: tuple[str, str, str]) -> None:
    assert _got(text, expression, DCT) == expected
