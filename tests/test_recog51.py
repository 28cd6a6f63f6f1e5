"""Helper recog, session 51: news forms TBAQ lacks (feasts of other faiths, the solstices and equinoxes, a magazine named
"The Week", a weekday before "Times Square", rates and lengths of travel timetables and markets), on sentences written for
the purpose (bench/rec-s51 holds the recognition sets)."""

from __future__ import annotations

import timeline

DCT = "2009-12-19"  # a Saturday


def _tags(text: str, reference: str = DCT, mode: str = "news") -> list[tuple[str, str, str]]:
    """(extent, value, mod) of every time expression, in text order."""
    return [(t.text, t.value, t.mod.value if t.mod else "") for t in timeline.tag(text, reference_time=reference, mode=mode).timexes]


def _bounds(text: str, extent: str, reference: str = DCT) -> tuple[str, str]:
    """Earliest and latest (ISO dates) of the expression written ``extent``."""
    t = next(t for t in timeline.tag(text, reference_time=reference).timexes if t.text == extent)
    return t.earliest.date().isoformat(), t.latest.date().isoformat()


def test_feasts_of_other_faiths() -> None:
    """Yom Kippur is the day of 10 Tishrei (a day everyone keeps alike); Rosh Hashanah (two days), Holi and Vesak (fixed by
    the moon, a day either way by region) are the year they fall in, bounded by their days; all were untagged."""
    assert _tags("Jews will fast on Yom Kippur.") == [("Yom Kippur", "2010-09-18", "")]
    assert _tags("The fast of Yom Kippur ended at nightfall.", reference="2009-09-29")[0] == ("Yom Kippur", "2009-09-28", "")
    assert _tags("Rosh Hashanah begins next year on a Thursday.")[0] == ("Rosh Hashanah", "2010", "")
    assert _bounds("Synagogues will be full over Rosh Hashanah.", "Rosh Hashanah") == ("2010-09-09", "2010-09-11")
    assert _tags("Hindus will throw coloured powder at Holi.") == [("Holi", "2010", "")]
    assert _bounds("Temples were decorated for Vesak.", "Vesak", reference="2010-06-10") == ("2010-05-27", "2010-05-30")
    assert _tags("Gurdwaras held processions for Vaisakhi.", reference="2010-05-01") == [("Vaisakhi", "2010", "")]


def test_the_orthodox_christmas_and_easter() -> None:
    """ "Orthodox Christmas" is 7 January (was "Christmas", 25 December); "Orthodox Easter" is the Julian reckoning's Easter
    given as a Gregorian day (2012: 15 April, the western Easter 8 April)."""
    assert _tags("Orthodox Christmas will be marked with a concert.") == [("Orthodox Christmas", "2010-01-07", "")]
    assert _tags("Greek families roasted lamb for Orthodox Easter.", reference="2012-05-01") == [("Orthodox Easter", "2012-04-15", "")]
    assert _tags("Families hunted eggs on Easter Sunday.", reference="2012-05-01") == [("Easter Sunday", "2012-04-08", "")]


def test_solstices_and_equinoxes() -> None:
    """ "the winter solstice", "the spring equinox": the day (UTC) it falls on, "the" inside (was untagged, or "The spring"
    a season); the season alone stays a season."""
    assert _tags("The sun sets early around the winter solstice.") == [("the winter solstice", "2009-12-21", "")]
    assert _tags("The spring equinox brings longer days.")[0] == ("The spring equinox", "2010-03-20", "")
    assert _tags("Day and night were equal at the autumnal equinox.") == [("the autumnal equinox", "2009-09-22", "")]
    assert _tags("Crops were sown in the spring.") == [("the spring", "2009-SP", "")]


def test_a_magazine_named_the_week() -> None:
    """ "The Week" written with a capital unit and its article in a line of running text is a name (rule the_period's
    match vetoed as "Player of the Month" is; was the current week); lower case, a title-case headline and capitals stay."""
    assert _tags("The plan was first reported by The Week in October.") == [("October", "2009-10", "")]
    assert _tags("The Week ran a long piece on the new bridge.") == []
    assert _tags("Shares fell over the week.") == [("the week", "2009-W51", "")]
    assert _tags("Markets Rally Over the Week\n\nShares rose.") == [("the Week", "2009-W51", "")]


def test_a_weekday_before_a_name_that_begins_with_a_paper_s_head() -> None:
    """ "On Sunday Times Square was closed": "Times" opens a name of its own with "Square" ([vetoes] head_names), so the
    weekday is no part of "the Sunday Times" (was untagged); the paper stays a name."""
    assert _tags("On Sunday Times Square was closed to traffic.") == [("Sunday", "2009-12-13", "")]
    assert _tags("On Friday Post Office workers walked out.") == [("Friday", "2009-12-18", "")]
    assert _tags("The Sunday Times published the memo.") == []
    assert _tags("Sunday Times readers were told of the move.") == []


def test_a_length_with_its_unit_glued_to_the_numeral() -> None:
    """ "2hrs 15mins", "45mins", "a 90min delay": the abbreviations of [units] glued, written against their numerals (rule
    glued_duration; were untagged); "5m" (metres, millions) and a code stay untagged."""
    assert _tags("The crossing takes 2hrs 15mins in calm weather.") == [("2hrs 15mins", "PT2H15M", "")]
    assert _tags("Passengers faced a 90min delay at the border.") == [("90min", "PT90M", "")]
    assert _tags("The bus takes 45mins from the station.") == [("45mins", "PT45M", "")]
    assert _tags("The firm raised 5m pounds.") == []
    assert _tags("The part number is B45mins.") == []
