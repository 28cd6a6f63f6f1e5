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
