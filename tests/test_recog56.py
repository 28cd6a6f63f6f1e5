"""Helper recog, session 56: kinds of time expressions of news headlines and histories left untagged or wrongly tagged (a
season after a capitalised preposition in a title-case headline, a headline's length with no article, "weekend" before an
event noun, a count of days after "on", a season with its weather adjectives in a history), on sentences written for the
purpose (bench/rec-s56 holds the held-out recognition set)."""

from __future__ import annotations

import timeline

DCT = "2009-12-19T17:00"  # a Saturday, 5 p.m.


def _tags(text: str, reference: str = DCT, mode: str = "news") -> list[tuple[str, str, str]]:
    """(extent, value, type) of every time expression, in text order."""
    return [(t.text, t.value, t.type.value) for t in timeline.tag(text, reference_time=reference, mode=mode).timexes]


def test_a_season_after_a_headline_preposition() -> None:
    """A title-case headline capitalises "Until", "Through": the season after it is a time (was taken for a name, as
    "Donna Summer"); a capitalised season inside running text after a capitalised word stays a name."""
    assert [t[0] for t in _tags("Canal Towpath Closed Until Autumn\nThe towpath will stay shut, the trust said.")] == ["Autumn"]
    assert [t[0] for t in _tags("Lido to Stay Open Through Summer\nThe lido will stay open.")] == ["Summer"]
    assert _tags("Donna Summer Dies at 63\nThe singer died in Florida.") == []
    assert _tags("Tickets for the Until Summer festival sold out.") == []


def test_a_headline_length_without_its_article() -> None:
    """A title-case headline's "After Fortnight", "After Decade", "Within Week": a length of one unit (was untagged); not
    in running text, nor a numbered year."""
    assert _tags("Ferry Returns After Fortnight in Dock\nThe ferry sailed on Friday.")[0] == ("Fortnight", "P2W", "DURATION")
    assert _tags("Mine Reopens After Decade Underground") == [("Decade", "P10Y", "DURATION")]
    assert _tags("Flats Sold Within Week of Going on Market") == [("Week", "P1W", "DURATION")]
    assert _tags("Talks stalled after year one of the plan.") == []
    assert _tags("The price was fixed after Year Zero, the film.") == []


def test_weekend_before_an_event_noun() -> None:
    """ "weekend" with no article before an event noun is the weekend (was untagged); a job, an editor, "a weekend strike"
    (a kind of strike) stay untagged."""
    assert _tags("Weekend Roadworks Planned\nRoads in Kelmouth will shut.")[0] == ("Weekend", "2009-W51-WE", "DATE")
    assert _tags("Police made 40 arrests after weekend clashes.", reference="2009-12-21T10:00") == [
        ("weekend", "2009-W51-WE", "DATE")]
    assert _tags("Weekend Editor Quits\nShe edited the paper.") == []
    assert _tags("He has a weekend job at the garage.") == []
    assert _tags("Unions called a weekend strike.") == []


def test_a_count_of_days_after_on() -> None:
    """ "rain fell on 212 days": a count of days, no length (was P212D); "for 63 days", "went on 63 days" (a particle),
    "on 30 days' notice", "on 30 days of data" stay lengths."""
    assert _tags("It has rained on 212 days so far.") == []
    assert _tags("The ferry ran on 40 days in 2008.") == [("2008", "2008", "DATE")]
    assert _tags("The strike lasted for 63 days.") == [("63 days", "P63D", "DURATION")]
    assert _tags("The strike went on 63 days.") == [("63 days", "P63D", "DURATION")]
    assert _tags("He was dismissed on 30 days' notice.") == [("30 days", "P30D", "DURATION")]
    assert _tags("The figure is based on 30 days of data.") == [("30 days", "P30D", "DURATION")]


def test_a_season_with_its_adjectives_in_a_history() -> None:
    """Narrative: a season after weather adjectives (and a place's capitalised one) is one expression with them and its
    article, as TIMEX2 histories tag it (was the season alone); news keeps the season alone."""
    assert _tags("The siege ended in 1812. With the onset of the severe Ruthenian winter, the army withdrew.", mode="narrative")[1][0] == "the severe Ruthenian winter"
    assert _tags("The army wintered in Kelby in 1643. It was a long, hard winter.", mode="narrative")[1][0] == "a long, hard winter"
    assert _tags("The hot summer of 1911 saw many strikes.", mode="narrative") == [("The hot summer of 1911", "1911-SU", "DATE")]
    assert _tags("The men were tired and cold, winter had come early in 1643.", mode="narrative")[0][0] == "winter"
    assert _tags("The farm had a hard winter.")[0][0] == "winter"


def test_a_weekday_week_ending_its_clause() -> None:
    """British "Thursday week" with no "on" before it, ending its clause: a week after the coming Thursday, one expression
    (was "Thursday" alone); "the Monday week" (a determiner before it) stays the weekday."""
    assert _tags("The hearing resumes Thursday week.") == [("Thursday week", "2009-12-31", "DATE")]
    assert _tags("The hearing resumes Thursday week, the judge said.")[0] == ("Thursday week", "2009-12-31", "DATE")
    assert [t[0] for t in _tags("He quit the Monday week.")] == ["Monday"]
