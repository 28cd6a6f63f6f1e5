"""Helper recog, session 58: kinds of time expressions of news and histories left untagged, cut short or misread ("the
nineteen-nineties", "from dawn to dusk on Friday", "the day before the crash", "the night of the fire", "the decade that
followed"), on sentences written for the purpose (bench/rec-s58 holds the held-out recognition set)."""

from __future__ import annotations

import timeline

DCT = "2009-12-19T17:00"  # a Saturday, 5 p.m.


def _tags(text: str, reference: str = DCT, mode: str = "news") -> list[tuple[str, str, str]]:
    """(extent, value, mod) of every time expression, in text order."""
    return [(t.text, t.value, t.mod.value if t.mod else "")
            for t in timeline.tag(text, reference_time=reference, mode=mode).timexes]


def test_decade_after_its_century_word() -> None:
    """ "the nineteen-nineties", "the eighteen sixties": the whole phrase, that century's decade (was "nineties" alone, and
    199 for "the eighteen-nineties")."""
    assert _tags("Car sales fell in the nineteen-nineties.") == [("the nineteen-nineties", "199", "")]
    assert _tags("The canal was dug in the eighteen-nineties.") == [("the eighteen-nineties", "189", "")]
    assert _tags("The chapel was rebuilt in the early eighteen sixties.", mode="narrative") == [
        ("the early eighteen sixties", "186", "START")]
    assert _tags("The band was at its best in the nineties.") == [("the nineties", "199", "")]


def test_parts_of_day_as_a_range() -> None:
    """ "from dawn to dusk": both ends tagged (the first was untagged: "dawn" is a time only after a signal word), and a
    day written after the range dates both ends, as it does a range of clock times."""
    assert _tags("Volunteers searched the moor from dawn to dusk on Friday.") == [
        ("dawn", "2009-12-18TMO", ""), ("dusk", "2009-12-18TEV", ""), ("Friday", "2009-12-18", "")]
    assert _tags("Police closed the road from dawn until noon on Tuesday.") == [
        ("dawn", "2009-12-15TMO", ""), ("noon", "2009-12-15T12:00", ""), ("Tuesday", "2009-12-15", "")]
    assert _tags("Stalls stayed open from noon to midnight on Friday.") == [
        ("noon", "2009-12-18T12:00", ""), ("midnight", "2009-12-18T24:00", ""), ("Friday", "2009-12-18", "")]
    assert _tags("He moved from Dawn Street to Sunset Road.") == []


def test_unit_named_by_a_happening() -> None:
    """ "[the day] before the crash", "[the night] of the fire", "[the decade] that followed": the unit phrase alone, as
    TimeBank tags it, value all unknown and no bounds (were untagged); a time word or a noun of [happening_units]
    not_nouns after the determiner names no happening."""
    assert _tags("A signalman had reported cracks the day before the crash.") == [("the day", "XXXX-XX-XX", "")]
    assert _tags("Neighbours saw a van outside the night of the fire.") == [("the night", "XXXX-XX-XXTNI", "")]
    assert _tags("The pit closed in 1968, and the decade that followed was hard.") == [
        ("1968", "1968", ""), ("the decade", "XXX", "")]
    assert _tags("She remembered the morning of the flood.") == [("the morning", "XXXX-XX-XXTMO", "")]
    tl = timeline.tag("Inspectors passed the bridge the week before the collapse.", reference_time=DCT)
    assert [(t.text, t.value, t.earliest, t.latest) for t in tl.timexes] == [("the week", "XXXX-WXX", None, None)]
    assert _tags("It was the night of his life.") == []
    assert _tags("Staff said the day before that the pump had failed.") == []  # ("that" opens a clause)
    assert _tags("She said the decade of the nineties was the best.") == [("the nineties", "199", "")]
    assert _tags("She remembered the morning of the flood.", mode="narrative") == []  # (histories: the whole phrase, not found)
