"""TimeML reading and writing: offsets, round trips, hostile XML."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from timeline.model import Event

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline import TimeMLError
from timeline.io.timeml import Annotation, TimeMLDocument, read_timeml, read_timeml_dir, timexes_to_timeml, write_timeml

DOC = """<?xml version="1.0"?>
<TimeML><DOCID>ferry</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2026-02-02" functionInDocument="CREATION_TIME">Feb 2</TIMEX3></DCT>
<TEXT>The ferry <EVENT eid="e1" class="OCCURRENCE">sank</EVENT> &amp; <TIMEX3 tid="t1" type="DATE" value="2026-01-31">on Saturday</TIMEX3>.</TEXT>
<MAKEINSTANCE eiid="ei1" eventID="e1" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
<TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t1"/>
</TimeML>"""


def test_timeml_reader_offsets_and_attributes() -> None:
    doc = read_timeml(DOC)
    assert doc.doc_id == "ferry" and doc.dct == dt.datetime(2026, 2, 2)
    assert doc.text == "The ferry sank & on Saturday."
    (timex,) = doc.timexes
    assert doc.text[timex.start : timex.end] == "on Saturday" and timex.get("value") == "2026-01-31"
    assert doc.instance_of("e1")["tense"] == "PAST"
    assert doc.tlinks[0]["relType"] == "IS_INCLUDED"


def test_timeml_round_trip_of_a_document() -> None:
    doc = read_timeml(DOC)
    again = read_timeml(write_timeml(doc), name=doc.source)
    assert (again.text, again.annotations, again.makeinstances, again.tlinks, again.dct) == (doc.text, doc.annotations, doc.makeinstances, doc.tlinks, doc.dct)


_words = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\r"), min_size=0, max_size=12)


@settings(deadline=None)
@given(st.lists(_words, min_size=1, max_size=8), st.data())
def test_timeml_write_then_read_is_identity(pieces: list[str], data: st.DataObject) -> None:
    """Any text with any non-crossing annotations survives write_timeml -> read_timeml."""
    text = " ".join(pieces)
    annotations = []
    pos = 0
    for k in range(data.draw(st.integers(0, 4))):
        if pos >= len(text):
            break
        start = data.draw(st.integers(pos, len(text)))
        end = data.draw(st.integers(start, len(text)))
        tag = data.draw(st.sampled_from(["TIMEX3", "EVENT", "SIGNAL"]))
        key = {"TIMEX3": "tid", "EVENT": "eid", "SIGNAL": "sid"}[tag]
        annotations.append(Annotation(tag, start, end, text[start:end], {key: f"x{k}", "note": data.draw(_words)}))
        pos = end
    doc = TimeMLDocument(doc_id="d", text=text, dct=None, dct_value=None, annotations=tuple(annotations))
    back = read_timeml(write_timeml(doc))
    assert back.text == text
    assert [(a.tag, a.start, a.end, dict(a.attributes)) for a in back.annotations] == [(a.tag, a.start, a.end, dict(a.attributes)) for a in sorted(annotations, key=lambda a: (a.start, -a.end, a.tag))]


def test_timeml_entity_bomb_is_refused() -> None:
    bomb = '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;&a;">]><TimeML><TEXT>&b;</TEXT></TimeML>'
    with pytest.raises(TimeMLError, match="unsafe"):
        read_timeml(bomb)


def test_timeml_external_entity_is_refused() -> None:
    xxe = '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><TimeML><TEXT>&e;</TEXT></TimeML>'
    with pytest.raises(TimeMLError, match="unsafe"):
        read_timeml(xxe)


def test_timeml_malformed_file_names_file_and_line(tmp_path) -> None:
    bad = tmp_path / "bad.tml"
    bad.write_text("<TimeML>\n<TEXT>broken <TIMEX3>x</TEXT>\n</TimeML>", encoding="utf-8")
    with pytest.raises(TimeMLError, match=r"bad\.tml: malformed XML at line 2"):
        read_timeml(bad)


def test_timeml_directory_reading_goes_on_past_bad_files(tmp_path) -> None:
    (tmp_path / "a.tml").write_text(DOC, encoding="utf-8")
    (tmp_path / "b.tml").write_text("<TimeML><TEXT>oops", encoding="utf-8")
    (tmp_path / "c.tml").write_text(DOC.replace("ferry</DOCID>", "ferry2</DOCID>"), encoding="utf-8")
    results = list(read_timeml_dir(tmp_path))
    assert [type(r).__name__ for _, r in results] == ["TimeMLDocument", "TimeMLError", "TimeMLDocument"]


def test_timeml_export_of_tagged_text() -> None:
    import timeline

    text = "Talks began on Saturday and lasted 40 hours."
    doc = timeline.tag(text, "2026-02-02")
    markup = timexes_to_timeml(text, doc.reference_time, doc.timexes, doc_id="talks")
    back = read_timeml(markup)
    assert back.text == text and back.dct == dt.datetime(2026, 2, 2)
    assert [(a.text, a.get("value"), a.get("type")) for a in back.timexes] == [("Saturday", "2026-01-31", "DATE"), ("40 hours", "PT40H", "DURATION")]
    assert back.timexes[0].get("anchorTimeID") == "t0"


def _event(eid: str, text: str, start: int, **extra: str) -> "Event":
    from timeline.model import Event

    return Event(eid=eid, text=text, start=start, end=start + len(text), **extra)


def test_writer_emits_events_instances_and_tlinks() -> None:
    text = "The bridge fell and two people died on Sunday."
    events = [_event("e1", "fell", 11, tense="PAST", cls="OCCURRENCE"), _event("e2", "died", 31, modality="may")]
    markup = timexes_to_timeml(text, dt.datetime(2026, 2, 2), [], "bridge", events=events,
                               relations=[("e1", "before", "e2"), ("e2", "IS_INCLUDED", "t0"), ("t0", "AFTER", "e1")])
    doc = read_timeml(markup)
    assert [(e.text, e.get("eid"), e.get("class")) for e in doc.events] == [("fell", "e1", "OCCURRENCE"), ("died", "e2", "OCCURRENCE")]
    assert doc.instances["ei1"]["tense"] == "PAST" and doc.instances["ei2"]["modality"] == "may"
    assert "modality" not in doc.instances["ei1"]
    assert doc.tlinks == (
        {"lid": "l1", "relType": "BEFORE", "eventInstanceID": "ei1", "relatedToEventInstance": "ei2"},
        {"lid": "l2", "relType": "IS_INCLUDED", "eventInstanceID": "ei2", "relatedToTime": "t0"},
        {"lid": "l3", "relType": "AFTER", "timeID": "t0", "relatedToEventInstance": "ei1"},
    )
    assert doc.entity_relations() == (("e1", "BEFORE", "e2"), ("e2", "IS_INCLUDED", "t0"), ("t0", "AFTER", "e1"))


def test_writer_names_a_bad_relation() -> None:
    events = [_event("e1", "fell", 0)]
    with pytest.raises(ValueError, match=r"'e9'"):
        timexes_to_timeml("fell", dt.datetime(2026, 2, 2), [], events=events, relations=[("e1", "BEFORE", "e9")])
    with pytest.raises(ValueError, match="SOON_AFTER"):
        timexes_to_timeml("fell", dt.datetime(2026, 2, 2), [], events=events, relations=[("e1", "SOON_AFTER", "t0")])
    with pytest.raises(ValueError, match="'t0'"):  # no DCT, no t0
        timexes_to_timeml("fell", None, [], events=events, relations=[("e1", "BEFORE", "t0")])


_RELTYPES = ["BEFORE", "AFTER", "INCLUDES", "IS_INCLUDED", "DURING", "DURING_INV", "SIMULTANEOUS", "IAFTER", "IBEFORE", "IDENTITY", "BEGINS", "ENDS", "BEGUN_BY", "ENDED_BY"]


@settings(deadline=None)
@given(st.lists(st.text(alphabet="abc xyz", min_size=1, max_size=6), min_size=1, max_size=6), st.data())
def test_events_and_tlinks_survive_write_then_read(words: list[str], data: st.DataObject) -> None:
    """read_timeml(timexes_to_timeml(..., events, relations)) gives back the same events and TLINKs."""
    text = "|".join(words)
    events, pos = [], 0
    for k, w in enumerate(words, 1):
        if data.draw(st.booleans()):
            events.append(_event(f"e{k}", w, pos, cls=data.draw(st.sampled_from(["OCCURRENCE", "STATE", "REPORTING"]))))
        pos += len(w) + 1
    ids = ["t0"] + [e.eid for e in events]
    relations = data.draw(st.lists(st.tuples(st.sampled_from(ids), st.sampled_from(_RELTYPES), st.sampled_from(ids)), max_size=8))
    doc = read_timeml(timexes_to_timeml(text, dt.datetime(2026, 2, 2), [], "d", events=events, relations=relations))
    assert [(e.start, e.end, e.get("eid"), e.get("class")) for e in doc.events] == [(e.start, e.end, e.eid, e.cls) for e in events]
    assert [mi["eventID"] for mi in doc.makeinstances] == [e.eid for e in events]
    assert doc.entity_relations() == tuple(relations)
