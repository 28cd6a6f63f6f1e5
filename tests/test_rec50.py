"""Helper recog, session 50: news forms TBAQ lacks (military clock times, day-first numeric dates, rates in Latin and
half-yearly words, names holding "Century" or "O'Clock", a surname that is a month, a day ending a title-case headline), on
sentences written for the purpose (bench/rec-s50 holds the recognition sets)."""

from __future__ import annotations

import timeline

DCT = "2009-12-19"  # a Saturday


def _tags(text: str, reference: str = DCT, mode: str = "news") -> list[tuple[str, str, str]]:
    """(extent, value, mod) of every time expression, in text order."""
    return [(t.text, t.value, t.mod.value if t.mod else "") for t in timeline.tag(text, reference_time=reference, mode=mode).timexes]


def test_a_military_clock_time_takes_the_weekday_after_it() -> None:
    """ "at 0530 hours Sunday": a four-digit clock time before "hours" with the weekday written after it is one expression,
    as "0415 GMT Saturday" (rule clock_dotted; was a length of 530 hours and a separate Sunday); "on Friday" stays apart."""
    assert _tags("The convoy would leave at 0530 hours Sunday.") == [("0530 hours Sunday", "2009-12-20T05:30", "")]
    assert _tags("The convoy will leave at 0530 hours Tuesday.") == [("0530 hours Tuesday", "2009-12-22T05:30", "")]
    assert _tags("The order was sent at 1400 hrs on Friday.") == [("1400 hrs", "2009-12-18T14:00", ""), ("Friday", "2009-12-18", "")]
    assert _tags("He was sentenced to 1200 hours of community service.") == [("1200 hours", "PT1200H", "")]
    assert _tags("The guard changes at 0600 hours Monday morning.")[0][0] == "0600 hours"


def test_a_numeric_date_written_day_first() -> None:
    """ "30/11/2009": a day that cannot be a month (13-31) first, a four-digit year (rule numeric_date_day_first; was
    untagged); "11/30/2009" stays month first; a longer run of numbers is no date."""
    assert _tags("The last safety check was on 30/11/2009, the notice said.") == [("30/11/2009", "2009-11-30", "")]
    assert _tags("Forms stamped 11/30/2009 will also count.") == [("11/30/2009", "2009-11-30", "")]
    assert _tags("The code 31/12/20099 was rejected.") == []
    assert _tags("The parts 4/31/12/2009 were sent.") == []


def test_half_yearly_and_latin_rates() -> None:
    """ "semi-annual", "semiannually", "biannual" (P6M), "biennial" (P2Y), "per annum" (P1Y): sets given by one word, as
    "quarterly" (rule set_word, lexicon [sets]; were untagged)."""
    assert _tags("A semi-annual review of its costs is due.") == [("semi-annual", "P6M", "")]
    assert _tags("The fund pays interest semiannually.") == [("semiannually", "P6M", "")]
    assert _tags("The registry handles 40,000 filings per annum.") == [("per annum", "P1Y", "")]
    assert _tags("The congress is held biennially in Geneva.") == [("biennially", "P2Y", "")]
    assert _tags("The Venice Biennale opened to the public.") == []


def test_century_in_a_name() -> None:
    """A capitalised "Century" before a capitalised word in running text begins a name ("20th Century Fox"), and so does an
    article and a capitalised unit before a number ("a Century 21 shop"); were a century and a length of 100 years. A
    capitalised century elsewhere (after "the" or a word that asks for a time), or in a title-case headline, stays a century."""
    assert _tags("20th Century Fox will release the film in July.") == [("July", "2010-07", "")]
    assert _tags("The deal gives 20th Century Fox the rights to the novel.") == []
    assert _tags("The store opened next to a Century 21 shop.") == []
    assert _tags("In the 20th Century, the town grew.") == [("the 20th Century", "19", "")]
    assert _tags("In the 20th Century Britain lost an empire.") == [("the 20th Century", "19", "")]
    assert _tags("She wrote a book on life in 20th Century Britain.") == [("20th Century", "19", "")]
    assert _tags("Art of the 20th Century Goes on Show\n\nThe museum opened.") == [("the 20th Century", "19", "")]
    assert _tags("The town grew for a century after the war.") == [("a century", "P100Y", "")]


def test_a_month_that_is_a_surname_after_a_first_name() -> None:
    """A bare month right after the capitalised word opening the sentence and before a lower-case word is a surname
    ("Theresa May spoke"), as before a comma ("Gillian May, the leader,"); not after a word of [month_words]
    sentence_start_dates ("In May prices rose", "Last March the board met") nor after a weekday."""
    assert _tags("Theresa May spoke to reporters outside the hall.") == []
    assert _tags("Theresa May will meet ministers on Monday.") == [("Monday", "2009-12-21", "")]
    assert _tags("In May prices rose.") == [("May", "2009-05", "")]
    assert [t[0] for t in _tags("The March accession will make them members.")] == ["March"]
    assert _tags("Last March the board met.") == [("Last March", "2009-03", "")]
    assert [t[0] for t in _tags("Friday May brought rain.")] == ["Friday", "May"]


def test_oclock_in_a_programme_name() -> None:
    """ "the Nine O'Clock News": "O'Clock" with a capital before a capitalised word in running text names a programme (was
    09:00); in a title-case headline or in lower case it stays a clock time."""
    assert _tags("The Nine O'Clock News led with the story.") == []
    assert _tags("She read it on the Six O'Clock News on Friday.") == [("Friday", "2009-12-18", "")]
    assert _tags("Talks Resume at Nine O'Clock Tonight\n\nThe talks resumed.") == [("Nine O'Clock", "2009-12-19T21:00", ""), ("Tonight", "2009-12-19TNI", "")]
    assert _tags("The shop opened at ten o'clock.") == [("ten o'clock", "2009-12-19T10:00", "")]


def test_a_day_ending_a_title_case_headline() -> None:
    """ "Storm to Hit Coast Tonight": in a title-case headline every word has a capital, so a capitalised word before
    "Tonight"/"Today" makes no name (was untagged, as "VOA Today"); after a word in capitals it stays a name ("USA Today"),
    and in running text too ("told VOA Today")."""
    assert _tags("Storm to Hit Coast Tonight\n\nForecasters said the storm would hit at 2100 GMT.") == [
        ("Tonight", "2009-12-19TNI", ""), ("2100 GMT", "2009-12-19T21:00", "")]
    assert _tags("Polls Open Today Across the Country\n\nVoters queued.") == [("Today", "2009-12-19", "")]
    # letters glued to digits ("2nd", "5pm") are no lower-case word of the line: the headline stays a headline
    assert _tags("Storm Hits 2nd City Tonight\n\nThe storm hit.") == [("Tonight", "2009-12-19TNI", "")]
    assert _tags("Editor Leaves USA Today\n\nThe editor left.") == []
    assert _tags("He told VOA Today that it was over.") == []
