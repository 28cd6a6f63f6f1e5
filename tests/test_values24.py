"""Time-expression values on news phrasing (twenty-fourth session, values helper): sentences written for these tests.

Every expected value below was worked out by hand from docs/conventions.md (weekdays checked with a calendar), not
copied from the tagger's output."""

from __future__ import annotations

import pytest

from _timelines import value as _value  # the TIMEX3 value of an expression


# --- a time of the infinitive after an offer or agreement to act lies after the offer: either side of now, the closest;
# after a present perfect the offer still holds, ahead


@pytest.mark.parametrize(
    "text,expression,dct,expected",
    [
        # published Tuesday 1 Dec 2026: Wednesday 2 Dec is one day ahead, 25 Nov six back
        ("Greenline said it had offered to meet the union again on Wednesday.", "Wednesday", "2026-12-01", "2026-12-02"),
        # published Monday 7 Dec 2026: Thursday 10 Dec is three days ahead, 3 Dec four back
        ("The minister volunteered to testify before the committee on Thursday.", "Thursday", "2026-12-07", "2026-12-10"),
        # published Wednesday 2 Dec 2026: Monday 30 Nov two days back, 7 Dec five ahead (the agreement's own day)
        ("The company agreed to pay the fine on Monday.", "Monday", "2026-12-02", "2026-11-30"),
        # published Friday 4 Dec 2026: a present perfect, the meeting still ahead, 9 Dec (not 2 Dec, two days back)
        ("The landlord has agreed to meet the tenants on Wednesday.", "Wednesday", "2026-12-04", "2026-12-09"),
    ],
)
def test_offer_to_act(text: str, expression: str, dct: str, expected: str) -> None:
    assert _value(text, expression, dct) == expected


# --- a weekday after a noun of a prospect weighed ("the chance of", "fears of") and its object only is the day of what is
# weighed: after a day its sentence told, the first such day after it; else either side of now, the closest


@pytest.mark.parametrize(
    "text,expression,dct,expected",
    [
        # published Wednesday 29 July 2026: the meeting's Sunday comes after Tuesday 28 July, so 2 Aug (not 26 Jul)
        ("Oil prices rose for a third day on Tuesday as traders weighed the chance of a supply cut at the producers' "
         "meeting on Sunday.", "Sunday", "2026-07-29", "2026-08-02"),
        # no day before it: Friday 31 July is two days ahead, 24 July five back
        ("Shares fell on fears of a strike on Friday.", "Friday", "2026-07-29", "2026-07-31"),
        # no tense word at all: Thursday 30 July, one day ahead (not 23 July)
        ("Investors bet on the prospect of a rate cut at the meeting on Thursday.", "Thursday", "2026-07-29", "2026-07-30"),
        # a verb of its own between: the selling's Friday, 24 July
        ("Traders weighed the risk of a strike and sold shares on Friday.", "Friday", "2026-07-29", "2026-07-24"),
    ],
)
def test_prospect_weighed(text: str, expression: str, dct: str, expected: str) -> None:
    assert _value(text, expression, dct) == expected


# --- "coming" (an arrival in the progressive) looks ahead; after a past auxiliary it is a past


@pytest.mark.parametrize(
    "text,expression,dct,expected",
    [
        # published 29 July 2026: the fourth quarter still ahead, 2026-Q4 (a quarter otherwise looks back: 2025-Q4)
        ("Economists polled last week said they saw the first cut coming in the fourth quarter.", "the fourth quarter",
         "2026-07-29", "2026-Q4"),
        ("Most of the growth is coming in the fourth quarter.", "the fourth quarter", "2026-07-29", "2026-Q4"),
        # published Wednesday 29 July 2026: Friday 31 July, not 24 July
        ("Analysts see more rain coming on Friday.", "Friday", "2026-07-29", "2026-07-31"),
        # a past progressive: Friday 24 July
        ("The lorry was coming down the hill on Friday when its brakes failed.", "Friday", "2026-07-29", "2026-07-24"),
    ],
)
def test_coming(text: str, expression: str, dct: str, expected: str) -> None:
    assert _value(text, expression, dct) == expected


# --- news with a publication date only: a bare small-hours clock time its own verb puts ahead is the next day's (the paper
# is written after that day's small hours); a part of day after it carries on from it


@pytest.mark.parametrize(
    "text,expression,dct,expected",
    [
        # published Saturday 3 Oct 2026: Sunday's 3 a.m., and the evening after it
        ("She said river levels at Kelby would peak at about 3 a.m. and stay high until the evening.", "3 a.m.",
         "2026-10-03", "2026-10-04T03:00"),
        ("She said river levels at Kelby would peak at about 3 a.m. and stay high until the evening.", "the evening",
         "2026-10-03", "2026-10-04TEV"),
        ("Polls will close at 2 a.m.", "2 a.m.", "2026-10-03", "2026-10-04T02:00"),
        # a past clause: the publication day's small hours
        ("The curfew ended at 5 a.m.", "5 a.m.", "2026-10-03", "2026-10-03T05:00"),
        # not the small hours: the publication day
        ("Trains will run until 9 p.m.", "9 p.m.", "2026-10-03", "2026-10-03T21:00"),
    ],
)
def test_small_hours_ahead(text: str, expression: str, dct: str, expected: str) -> None:
    assert _value(text, expression, dct) == expected


# --- "bail" (the noun) sets a return date as a deferring verb does: a time after "until" in its clause looks ahead


@pytest.mark.parametrize(
    "text,expression,dct,expected",
    [
        # published Monday 11 Jan 2027: this March, not last March
        ("A man was arrested on Sunday night and released on bail until March.", "March", "2027-01-11", "2027-03"),
        # Friday 15 Jan, not 8 Jan
        ("He was released on bail until Friday.", "Friday", "2027-01-11", "2027-01-15"),
        # no bail: a span that ended, last March
        ("The bank bailout lasted until March.", "March", "2027-01-11", "2026-03"),
    ],
)
def test_bail_until(text: str, expression: str, dct: str, expected: str) -> None:
    assert _value(text, expression, dct) == expected


# --- after "a.m."/"p.m." any capitalised word opens a new sentence unless it carries the time on (a day, a month, a zone):
# a weekday in the next sentence is then not read as a range's end after the clock time


@pytest.mark.parametrize(
    "text,sentences",
    [
        ("Departures start before 5 a.m. Motoring groups expect long queues.", 2),
        ("He left at 5 p.m. Tuesday and came back.", 1),
        ("The market opens at 10 a.m. GMT on Friday.", 1),
        ("The talks ended at 9 p.m. Officials said little.", 2),
    ],
)
def test_clock_mark_ends_sentence(text: str, sentences: int) -> None:
    from timeline.text import segment

    assert len(segment(text).sentences) == sentences


def test_weekday_after_a_sentence_ending_in_a_clock_time() -> None:
    # published Tuesday 23 March 2027: Thursday 25 March (read as one sentence, it was the Thursday after Friday's 5 a.m.)
    text = ("Good Friday will be the busiest day, with departures starting before 5 a.m. Motoring groups warned of long "
            "queues on the roads from Thursday afternoon.")
    assert _value(text, "Thursday afternoon", "2027-03-23") == "2027-03-25TAF"


def test_clock_mark_before_a_named_zone() -> None:
    from timeline.text import segment

    assert len(segment("The raid began at 4:10 a.m. Lisbon time on Friday. Officials said little.").sentences) == 2
    assert len(segment("Trading opens at 9 a.m. New York time.").sentences) == 1


# --- a phrase after a comma opening with a participle ("..., starting with the derby on Saturday") takes the tense of the
# verb before the comma, a fixture's present too


@pytest.mark.parametrize(
    "text,expression,dct,expected",
    [
        # published Friday 6 Nov 2026: Saturday 7 Nov, not 31 Oct
        ("Rovers face a crucial week, starting with the derby against City at home on Saturday.", "Saturday", "2026-11-06",
         "2026-11-07"),
        # Thursday 12 Nov, not 5 Nov
        ("The leaders meet in Brussels, beginning with a dinner on Thursday.", "Thursday", "2026-11-06", "2026-11-12"),
        # a phrase after the comma with no participle is no fixture's: the final already played, 31 Oct
        ("The sides meet again in March, a rematch of the final on Saturday.", "Saturday", "2026-11-06", "2026-10-31"),
        # a past verb before the comma: 31 Oct
        ("Rovers faced a crucial week, starting with the derby against City at home on Saturday.", "Saturday", "2026-11-06",
         "2026-10-31"),
    ],
)
def test_participle_phrase_after_a_fixture(text: str, expression: str, dct: str, expected: str) -> None:
    assert _value(text, expression, dct) == expected


# --- "the" may stand between a range's connector and its second end ("from Saturday until the Tuesday after Easter"): the
# end is the first such day after the start


@pytest.mark.parametrize(
    "text,expression,dct,expected",
    [
        # published Tuesday 23 March 2027: Saturday 27 March, the Tuesday after it 30 March (not today)
        ("Engineering work will close the main line from Saturday until the Tuesday after Easter.", "Tuesday", "2027-03-23",
         "2027-03-30"),
        # published Thursday 25 March 2027: Monday 29 March, the Friday after it 2 April (not tomorrow)
        ("The museum will close from Monday until the Friday after the vote.", "Friday", "2027-03-25", "2027-04-02"),
    ],
)
def test_range_end_after_the(text: str, expression: str, dct: str, expected: str) -> None:
    assert _value(text, expression, dct) == expected


# --- news: a bare weekday in a past clause whose sentence opens with a day told over a week before publication is the one
# nearest that day (within three days), not this week's


@pytest.mark.parametrize(
    "text,expression,dct,expected",
    [
        # published 23 March 2027: last Easter is Sunday 5 April 2026, its Saturday 4 April (not 20 March 2027)
        ("Last Easter, a computer failure grounded flights at two airports for most of Saturday.", "Saturday", "2027-03-23",
         "2026-04-04"),
        # Christmas Day 2025 is a Thursday: the Saturday two days on, 27 Dec 2025
        ("On Christmas Day 2025, heavy snow fell and most shops stayed shut on Saturday.", "Saturday", "2027-03-23",
         "2025-12-27"),
        # a day told four days before publication (Thursday 18 March) sets no week: the last Monday, 22 March
        ("On March 18, a storm hit the coast and ferries were cancelled on Monday.", "Monday", "2027-03-23", "2027-03-22"),
        # the far day does not open the sentence: the last Monday
        ("The firm, which was founded on May 1, 1990, saw its shares fall on Monday.", "Monday", "2027-03-23", "2027-03-22"),
        # a future clause: the Monday ahead, 29 March
        ("On March 2, the council voted to close the bridge, and it will reopen on Monday.", "Monday", "2027-03-23",
         "2027-03-29"),
    ],
)
def test_weekday_near_a_fronted_day(text: str, expression: str, dct: str, expected: str) -> None:
    assert _value(text, expression, dct) == expected


# --- a season after "after" (maybe with an article and an adjective between) in a clause that looks ahead is the one just
# over, when it ended within a season's length


@pytest.mark.parametrize(
    "text,expression,dct,expected",
    [
        # published 23 March 2027: the winter that ended on 1 March, 2027-WI (not the next, 2028-WI)
        ("The industry expects a record summer after a slow winter.", "winter", "2027-03-23", "2027-WI"),
        ("Prices will rise after winter.", "winter", "2027-03-23", "2027-WI"),
        # published 20 Oct 2026: the last winter ended in February, long ago: the coming one, 2027-WI
        ("The resort will reopen after the winter.", "the winter", "2026-10-20", "2027-WI"),
        # a noun between: no "after" phrase of the season; the winter ahead, 2028-WI
        ("Prices will rise after taxes in winter.", "winter", "2027-03-23", "2028-WI"),
    ],
)
def test_season_after_after(text: str, expression: str, dct: str, expected: str) -> None:
    assert _value(text, expression, dct) == expected


# --- a time opening its sentence with no comma takes the main verb after it, as with one ("On Wednesday the team flies home")


@pytest.mark.parametrize(
    "text,expression,dct,expected",
    [
        # published Monday 28 Sept 2026: Wednesday 30 Sept, not 23 Sept
        ("On Wednesday the team flies home.", "Wednesday", "2026-09-28", "2026-09-30"),
        ('"On Wednesday I fly home, and then I rest."', "Wednesday", "2026-09-28", "2026-09-30"),
        # a possessive names a thing, not the time of the verb after it: the debate of Sunday 27 Sept
        ("In Sunday's debate the mayor attacked his rival.", "Sunday", "2026-09-28", "2026-09-27"),
    ],
)
def test_fronted_time_without_comma(text: str, expression: str, dct: str, expected: str) -> None:
    assert _value(text, expression, dct) == expected


# --- news: a bare clock time in a past clause whose story day is ahead and whose last past day was told long before takes
# the lede's day when that lies at most two days before publication (else the publication day)


@pytest.mark.parametrize(
    "text,expression,dct,expected",
    [
        # published Monday 28 Sept 2026: the race was on Sunday 27 Sept (not the publication day)
        ('Okoro won the Berlin marathon on Sunday. She had trained since June. "On Wednesday I fly home," she said. Her '
         "coach praised her. Organisers said 48,000 runners had finished by 4:30 p.m.", "4:30 p.m.", "2026-09-28",
         "2026-09-27T16:30"),
        # published Tuesday 6 Jan 2026: the first day told ends a period three days back, so the publication day's midday
        ("Shoppers spent more in the five weeks to January 3, the retailer said on Tuesday. It will report results on "
         "April 9. The chain opened two stores. Its chief joined in the spring. The shares rose 7 per cent by midday.",
         "midday", "2026-01-06", "2026-01-06T12:00"),
    ],
)
def test_stale_story_day_lede(text: str, expression: str, dct: str, expected: str) -> None:
    assert _value(text, expression, dct) == expected


# --- a time after "until" with an infinitive right after it is a limit set for an act: in a past clause either side of now,
# the closest


@pytest.mark.parametrize(
    "text,expression,dct,expected",
    [
        # published 20 May 2026: July 2026 is two months ahead, July 2025 ten back
        ("The defence needed until the end of July to study the footage.", "the end of July", "2026-05-20", "2026-07"),
        # published Wednesday 20 May 2026: Friday 22 May two days ahead, 15 May five back
        ("The firm had until Friday to respond.", "Friday", "2026-05-20", "2026-05-22"),
        # no infinitive after it: a span that ended, the last Friday
        ("The shop stayed open until Friday to the delight of shoppers.", "Friday", "2026-05-20", "2026-05-15"),
    ],
)
def test_until_to_act(text: str, expression: str, dct: str, expected: str) -> None:
    assert _value(text, expression, dct) == expected


# --- a past form in a condition ("unless"/"if" and its subject) after a future or conditional auxiliary is written for a
# condition still open: the auxiliary says the tense


@pytest.mark.parametrize(
    "text,expression,dct,expected",
    [
        # published 14 April 2026: this April 30, not last year's
        ("The union said a second strike would go ahead unless the port improved its pay offer by April 30.", "April 30",
         "2026-04-14", "2026-04-30"),
        # published Tuesday 14 April 2026: Friday 17 April
        ("The union will strike if the company cut pay on Friday.", "Friday", "2026-04-14", "2026-04-17"),
        # no auxiliary before the condition: a past, Friday 10 April
        ("If the port improved its offer on Friday, nobody noticed.", "Friday", "2026-04-14", "2026-04-10"),
        # no future or conditional auxiliary before the condition: a past, Friday 10 April (not the closest Friday, 17 April)
        ("Nobody is sure if the port improved its offer on Friday.", "Friday", "2026-04-14", "2026-04-10"),
        # no condition word: the past of its own, Friday 10 April
        ("The strike will end because the port cut pay on Friday.", "Friday", "2026-04-14", "2026-04-10"),
    ],
)
def test_past_form_in_an_open_condition(text: str, expression: str, dct: str, expected: str) -> None:
    assert _value(text, expression, dct) == expected
