"""Narrative mode, session 18: offsets from an event told sentences back, hour offsets, three-digit decades and years,
centuries named in pairs (own sentences)."""

from __future__ import annotations

import pytest

from timeline.tagger import tag


def _timexes(text: str, mode: str = "narrative", dct: str = "2026-12-01") -> dict[str, tuple[str, str]]:
    return {t.text: (t.type.value, t.value) for t in tag(text, dct, mode=mode).timexes}


@pytest.mark.parametrize(
    "text,expression,value",
    [
        # the event was named in a paragraph whose date comes after it: that date, not the story's time now
        ("The rebels meant to take the Salt Gate. They stormed it on 3 May 1640. The town rose the next day. "
         "The granary was seized nine days after the Salt Gate.", "nine days after the Salt Gate", "1640-05-12"),
        # named in a sentence after a date of its paragraph: that date, though the story went on since
        ("The council met on 1 July 1702. The vote was close. The fleet sailed on 9 July. "
         "The riots of 1702, three days after the vote, were the worst.", "three days after the vote", "1702-07-04"),
        # set off by a comma after a date: counted from the event named before, the date it restates
        ("The strike ended on 9 June 1969. The last mine shut in 1987, eighteen years after the strike.", "eighteen years after the strike", "1987"),
        # in years BC, after a flashback to another year
        ("The armies met at Lake Varn in 431 BC. The battle of Varn broke the league. In 425 BC the fleet sailed west.\n"
         "Two years after Varn, the old general died.", "Two years after Varn", "BC0429"),
        # the story goes on from the date pointed to
        ("The rebels meant to take the Salt Gate. They stormed it on 3 May 1640. The town rose the next day. "
         "The granary was seized nine days after the Salt Gate. The next day the mayor fled.", "The next day", "1640-05-13"),
    ],
)
def test_an_offset_counts_from_the_event_it_names(text: str, expression: str, value: str) -> None:
    assert _timexes(text)[expression] == ("DATE", value)


@pytest.mark.parametrize(
    "text,expression,value",
    [
        # a look back from an event told earlier leaves the story where it was
        ("The bridge was opened on 9 May 1887. The opening drew crowds. The mayor resigned on 2 June. A week before the opening, a crack was found. "
         "The next day the council met.", "The next day", "1887-06-03"),
        # a pronoun names nothing to look for: counted from the story's time
        ("The fleet sailed on 2 June 1702. It reached the cape on 20 June. The storm struck the fleet on 22 June. "
         "Two days after it struck, the admiral turned back.", "Two days", "1702-06-24"),
    ],
)
def test_the_story_is_not_moved_by_a_look_back_or_a_pronoun(text: str, expression: str, value: str) -> None:
    assert _timexes(text)[expression] == ("DATE", value)


@pytest.mark.parametrize(
    "text,expression,value",
    [
        ("The envoys delivered the ultimatum on 8 February 1904. Three hours before the ultimatum expired, the fleet attacked.", "Three hours", "1904-02-08"),
        ("The assembly voted on May 29, 1958, fifteen hours before the planned landing.", "fifteen hours before the planned landing", "1958-05-29"),
        ("The siege guns opened fire on 4 June 1745. Forty minutes after the first shot, the tower fell.", "Forty minutes", "1745-06-04"),
    ],
)
def test_an_hour_offset_is_the_story_day(text: str, expression: str, value: str) -> None:
    assert _timexes(text)[expression] == ("DATE", value)


@pytest.mark.parametrize(
    "text,expression,value",
    [
        # no day told: a length; a word before it makes it one
        ("In 1745 the siege began. Three hours before the assault, the guns fell silent.", "Three hours", "PT3H"),
        ("The siege guns opened fire on 4 June 1745. For three hours before the assault the guns fired.", "three hours", "PT3H"),
        # the story's day is a span an offset gave ("twelve days after" a month): no day written out
        ("The lords broke the treaty in October 1531. Twelve days after the treaty was broken, the league declared war. "
         "Two hours before the assault, a storm scattered the fleet.", "Two hours", "PT2H"),
    ],
)
def test_an_hour_offset_without_a_day_stays_a_length(text: str, expression: str, value: str) -> None:
    assert _timexes(text)[expression] == ("DURATION", value)


def test_news_keeps_hour_lengths() -> None:
    text = "The envoys delivered the ultimatum on 8 February 1904. Three hours before the ultimatum expired, the fleet attacked."
    assert _timexes(text, mode="news")["Three hours"] == ("DURATION", "PT3H")


@pytest.mark.parametrize(
    "text,expression,value",
    [
        ("The frontier held through the 2nd and 3rd centuries.", "the 2nd", "01"),
        ("The frontier held through the 2nd and 3rd centuries.", "3rd centuries", "02"),
        ("Raids were common in the 160s and again in the 250s.", "the 250s", "025"),
        ("In the 530s the court tried to win the west back. By the end of the decade the war was lost.", "the end of the decade", "053"),
        ("Around 270 the emperor gave up the provinces beyond the river.", "Around 270", "0270"),
    ],
)
def test_early_decades_and_centuries_in_a_history(text: str, expression: str, value: str) -> None:
    assert _timexes(text)[expression] == ("DATE", value)


def test_three_digit_decades_and_hedged_counts_are_not_dates_outside_their_place() -> None:
    assert "the 120s" not in _timexes("Scores on the test were mostly in the 120s.", mode="news")
    assert "around 300" not in _timexes("The works cost around 300 the first year.")
    # "the first centuries" are the early ones, no century of its own (the plural only as the second of two)
    assert not [k for k in _timexes("The church grew slowly during the first centuries of its life.") if "centuries" in k]


def test_an_event_told_beyond_the_reach_is_not_looked_for() -> None:
    # the search for the named event goes back a bounded number of sentences (linear time on long texts)
    from timeline.resolve.story_events import EVENT_REACH

    filler = " ".join(f"The guards changed at dawn for the {n}th time." for n in range(EVENT_REACH + 5))
    near = "The rebels stormed the Salt Gate on 3 May 1640. The town rose the next day. The granary was seized nine days after the Salt Gate."
    far = ("The rebels stormed the Salt Gate on 3 May 1640. The town rose the next day. " + filler
           + " The granary was seized nine days after the Salt Gate.")
    assert _timexes(near)["nine days after the Salt Gate"] == ("DATE", "1640-05-12")
    assert _timexes(far)["nine days after the Salt Gate"] != ("DATE", "1640-05-12")
