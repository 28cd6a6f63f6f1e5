"""Narrative-grade resolution: the story's current time, tense-aware direction, TIMEX2 gold.

All texts are written for these tests.
"""

from __future__ import annotations

import pytest

from timeline.evaluate import evaluate
from timeline.io.timex2 import read_timex2
from timeline.tagger import tag

TIMEX2_GOLD = """<DOC>
<DOCID>fixture-war</DOCID>
<DATETIME> <TIMEX2 val="2010-01-05T09:00:00">2010-01-05T09:00:00</TIMEX2> </DATETIME>
<TEXT>
The siege began in <TIMEX2 val="1702-05">May 1702</TIMEX2>. <TIMEX2 val="1702-05-30">Two weeks later</TIMEX2> the garrison gave up &amp; marched out.
<TIMEX2 val="FUTURE_REF" anchor_val="1703" anchor_dir="AFTER">Some time after <TIMEX2 val="1703">1703</TIMEX2></TIMEX2> peace came.
</TEXT>
</DOC>"""


def test_timex2_reader_offsets_values_and_nesting() -> None:
    (doc,) = read_timex2(TIMEX2_GOLD)
    assert doc.doc_id == "fixture-war"
    assert doc.dct is not None and doc.dct.year == 2010
    got = [(a.text, a.get("value"), doc.text[a.start : a.end]) for a in doc.timexes]
    assert ("May 1702", "1702-05", "May 1702") in got
    assert ("Two weeks later", "1702-05-30", "Two weeks later") in got
    assert ("1703", "1703", "1703") in got  # the inner tag of a nested pair
    assert ("Some time after 1703", "FUTURE_REF", "Some time after 1703") in got
    assert "&" in doc.text and "<" not in doc.text
    assert all(a.get("type") is None for a in doc.timexes)


def test_timex2_gold_scores_values_only() -> None:
    (gold,) = read_timex2(TIMEX2_GOLD)
    system = tag(gold.text, gold.dct, mode="narrative", doc_id=gold.doc_id)
    r = evaluate([gold], [system])
    assert "type" not in r.timex.attribute_f1
    assert "value" in r.timex.attribute_f1
    assert not any(e.kind == "wrong_type" for e in r.errors)


def _values(text: str, mode: str = "narrative", dct: str = "2026-02-02") -> dict[str, str]:
    return {t.text: t.value for t in tag(text, dct, mode=mode).timexes}


@pytest.mark.parametrize(
    "text,expression,value",
    [
        # a bare month after a late-year date moves forward into the next year
        ("The siege began on 3 November 1702. In January the garrison surrendered.", "January", "1703-01"),
        # a bare month shortly before the current one stays in its year (a step back is cheap when short)
        ("In June 1702 the fleet sailed from the port. In April the ships had been refitted.", "April", "1702-04"),
        # a year alone keeps its own year for the months that follow
        ("The rebellion spread in 1702. In September the capital fell.", "September", "1702-09"),
        ("The rebellion spread in 1702. The following spring the capital fell.", "The following spring", "1703-SP"),
        # "the previous year" only refers back: the story stays in December
        ("The fort fell on 8 December 1702. The previous year had been quiet. In January the armies went home.", "January", "1703-01"),
        # a year that contains the current day does not pull the story back to its start
        ("The treaty was signed on 8 December 1702, the last act of 1702. In January the armies went home.", "January", "1703-01"),
        # a plan in a future clause does not move the story
        ("The fort fell on 10 March 1702, and the enemy would launch a new campaign in 1704. On 11 March the town surrendered.", "11 March", "1702-03-11"),
        ("The fort fell on 10 March 1702, and the enemy would launch a new campaign in 1704. On 11 March the town surrendered.", "1704", "1704"),
    ],
)
def test_narrative_story_time(text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value


@pytest.mark.parametrize("mode", ["news", "narrative"])
def test_coordinated_month_takes_the_year_written_after_it(mode: str) -> None:
    assert _values("In April and June 1702 the troops mutinied twice.", mode)["April"] == "1702-04"
    assert _values("The talks ran from May 5 to June 2, 1995, without result.", mode)["May 5"] == "1995-05-05"
