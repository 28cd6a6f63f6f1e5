"""Helper rec, session 36: the words news (TimeML) expressions leave outside their extent though the rule reads them
(lexicon [outside_leads]): "about" before a bare length or a clock time, "just" before "over"/"under", "right" before
"now"; the value, mod and bounds stay as read with them, and an event's "for" still reaches the length. Own sentences."""

from __future__ import annotations

import timeline

DCT = "2009-12-19"  # a Saturday


def _tags(text: str, reference: str = DCT, mode: str = "news") -> list[tuple[str, str, object]]:
    """(extent, value, mod) of every time expression, in text order."""
    return [(t.text, t.value, t.mod and t.mod.value) for t in timeline.tag(text, reference_time=reference, mode=mode).timexes]


def test_about_before_a_bare_length_or_a_clock_time_stays_outside() -> None:
    """ "for about [three hours]", "at about [6:40 p.m.]": the hedge outside, its mod APPROX kept; before an offset
    ("[about two years ago]") the whole phrase, as with "nearly"."""
    assert _tags("The pumps ran for about three hours before the cellar was dry.") == [("three hours", "PT3H", "APPROX")]
    assert _tags("The lorry overturned at about 6:40 p.m. on Friday.") == [("6:40 p.m.", "2009-12-18T18:40", "APPROX"), ("Friday", "2009-12-18", None)]
    assert _tags("The shop opened about two years ago.") == [("about two years ago", "2007", "APPROX")]
    assert _tags("The boat sank in nearly an hour.") == [("nearly an hour", "PT1H", "LESS_THAN")]


def test_histories_keep_about_inside() -> None:
    """Narrative mode reads TIMEX2 histories, which put the hedge inside ("[about three years]")."""
    assert _tags("The new wing took about three years to build.", mode="narrative")[0][0] == "about three years"


def test_just_and_right_stay_outside() -> None:
    """ "just [over an hour]", "right [now]"; not "just after 11 a.m." (the clock hedge is one phrase)."""
    assert _tags("The jury was out for just over an hour.") == [("over an hour", "PT1H", "MORE_THAN")]
    assert _tags("Right now the council has no money for the pool.") == [("now", "PRESENT_REF", None)]
    assert _tags("The train left just after 11 a.m.")[0][0] == "just after 11 a.m."


def test_the_bounds_and_links_stay_as_read_with_the_hedge() -> None:
    """ "will reopen in about two weeks" still points ahead from now (0.8 .. 1.2 x two weeks); "drifted for about three
    hours" still gives the event its length."""
    t = timeline.tag("The bridge will reopen in about two weeks.", reference_time=DCT).timexes[0]
    assert (t.text, str(t.earliest)[:10], str(t.latest)[:10]) == ("two weeks", "2009-12-30", "2010-01-06")
    tl = timeline.build("The ferry drifted for about three hours.", reference_time=DCT, event_model="perceptron")
    drifted = next(e for e in tl.events if e.text == "drifted")
    assert any(a.relation.value == "lasts" for a in drifted.anchors)


def test_the_last_half_of_a_period_is_its_second_half() -> None:
    """ "the last half of March", "the last half of the '80s", "the latter half of the decade": mod END, bounded as
    that half (as "the second half of"), the modifier inside the extent."""
    assert _tags("Prices fell in the last half of March.") == [("the last half of March", "2009-03", "END")]
    t = timeline.tag("Sales fell in the last half of the '80s.", reference_time=DCT).timexes[0]
    assert (t.text, t.value, str(t.earliest)[:4], str(t.latest)[:4]) == ("the last half of the '80s", "198", "1985", "1990")


def test_words_that_look_like_times_and_are_none() -> None:
    """A number after "number" or "page" (lexicon [vetoes] year_after_words), a title or paper ending in "Express"
    ([vetoes] name_heads), "now or never" ([vetoes] idioms): no time; the same words elsewhere stay times."""
    assert _tags("The striker wore the number 1966 shirt in the final.") == []
    assert _tags("The figures are on page 1284 of the report.") == []
    assert _tags("The film Midnight Express was shown on the ferry.") == []
    assert _tags("The Sunday Express printed the letter.") == []
    assert _tags("The coach told the players it was now or never.") == []
    assert _tags("The club was founded in 1966 and moved at midnight on Sunday.") == [
        ("1966", "1966", None), ("midnight", "2009-12-13T24:00", None), ("Sunday", "2009-12-13", None)]
