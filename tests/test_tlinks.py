"""timeline's own TLINKs on gold entities and end to end, scored the TempEval-3 way."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from timeline.model import Timeline
    from timeline.relations import PredictedRelation

import subprocess
import sys
from pathlib import Path

from timeline.evaluate.relations import score_relations
from timeline.evaluate.tlinks import gold_entities, system_document
from timeline.io.timeml import read_timeml

GOLD = """<?xml version="1.0" ?>
<TimeML>
<DOCID>ferry</DOCID>
<DCT><TIMEX3 tid="t9" type="DATE" value="2026-02-02" temporalFunction="false" functionInDocument="CREATION_TIME">2026-02-02</TIMEX3></DCT>
<TEXT>The ferry <EVENT eid="e4" class="OCCURRENCE">sank</EVENT> on <TIMEX3 tid="t2" type="DATE" value="2026-01-31">Saturday</TIMEX3>. The inquiry will <EVENT eid="e7" class="OCCURRENCE">open</EVENT> in <TIMEX3 tid="t3" type="DATE" value="2026-03">March</TIMEX3>.</TEXT>
<MAKEINSTANCE eiid="ei40" eventID="e4" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
<MAKEINSTANCE eiid="ei70" eventID="e7" tense="FUTURE" aspect="NONE" polarity="POS" pos="VERB"/>
<TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="ei40" relatedToTime="t2"/>
<TLINK lid="l2" relType="BEFORE" eventInstanceID="ei40" relatedToTime="t9"/>
<TLINK lid="l3" relType="IS_INCLUDED" eventInstanceID="ei70" relatedToTime="t3"/>
<TLINK lid="l4" relType="AFTER" eventInstanceID="ei70" relatedToTime="t9"/>
<TLINK lid="l5" relType="BEFORE" eventInstanceID="ei40" relatedToEventInstance="ei70"/>
</TimeML>
"""


def test_gold_entities_carry_the_instance_attributes() -> None:
    events, timexes = gold_entities(read_timeml(GOLD))
    assert [(e["id"], e["tense"]) for e in events] == [("e4", "PAST"), ("e7", "FUTURE")]
    assert [(t["id"], t["value"]) for t in timexes] == [("t2", "2026-01-31"), ("t3", "2026-03")]


def test_gold_entities_keep_only_the_attributes_asked_for() -> None:
    import pytest

    events, _ = gold_entities(read_timeml(GOLD), ("class",))
    assert events == [{"id": "e4", "start": events[0]["start"], "end": events[0]["end"], "class": "OCCURRENCE"},
                      {"id": "e7", "start": events[1]["start"], "end": events[1]["end"], "class": "OCCURRENCE"}]
    events, _ = gold_entities(read_timeml(GOLD), ("tense", "pos"))
    assert [(e.get("class"), e["tense"], e["pos"], e.get("aspect")) for e in events] == [(None, "PAST", "VERB", None), (None, "FUTURE", "VERB", None)]
    with pytest.raises(ValueError, match="not event attributes"):
        gold_entities(read_timeml(GOLD), ("tense", "colour"))


def test_gold_entities_leave_out_a_part_of_speech_the_annotators_did_not_choose() -> None:
    """A MAKEINSTANCE pos outside VERB/NOUN/ADJECTIVE (AQUAINT's UNKNOWN, TimeML's OTHER) is left to be worked out."""
    for written in ("UNKNOWN", "OTHER", "PREPOSITION"):
        events, _ = gold_entities(read_timeml(GOLD.replace('polarity="POS" pos="VERB"/>\n<MAKEINSTANCE eiid="ei70"', f'polarity="POS" pos="{written}"/>\n<MAKEINSTANCE eiid="ei70"')))
        assert [e.get("pos") for e in events] == [None, "VERB"], written
        assert events[0]["tense"] == "PAST"
    events, _ = gold_entities(read_timeml(GOLD.replace('pos="VERB"', 'pos="NOUN"', 1)))
    assert [e.get("pos") for e in events] == ["NOUN", "VERB"]


def test_task_c_relates_gold_events_with_the_attributes_that_carry_over(monkeypatch) -> None:
    """The annotators' class, tense, aspect, modality and part of speech reach the relation models; their
    polarity does not (worked out from the text, as train/train_relations.py does); the written TimeML keeps it."""
    import importlib

    from timeline.evaluate.tlinks import GIVEN_ATTRIBUTES

    build_module = importlib.import_module("timeline.build")  # the package's ``build`` name is the function
    seen = []
    real = build_module.relate

    def spy(text, reference_time, events, **options):
        seen.append([dict(e) for e in events])
        return real(text, reference_time, events, **options)

    monkeypatch.setattr(build_module, "relate", spy)
    gold = read_timeml(GOLD.replace('tense="FUTURE" aspect="NONE" polarity="POS"', 'tense="PAST" aspect="PERFECTIVE" polarity="NEG" modality="might"'))
    system = system_document(gold, mode="gold-entities", event_model="perceptron")
    assert GIVEN_ATTRIBUTES == ("class", "tense", "aspect", "modality", "pos")
    assert [sorted(e) for e in seen[0]] == [["aspect", "class", "end", "id", "pos", "start", "tense"],
                                            ["aspect", "class", "end", "id", "modality", "pos", "start", "tense"]]
    assert seen[0][1]["tense"] == "PAST" and seen[0][1]["modality"] == "might"
    assert [(mi["tense"], mi["aspect"], mi["polarity"]) for mi in system.makeinstances] == [("PAST", "NONE", "POS"), ("PAST", "PERFECTIVE", "NEG")]


def test_system_tlinks_use_the_gold_ids_and_find_every_gold_link() -> None:
    gold = read_timeml(GOLD)
    system = system_document(gold, mode="gold-entities", event_model="perceptron")
    ids = {t.get("eventInstanceID") or t.get("timeID") for t in system.tlinks} | {t.get("relatedToEventInstance") or t.get("relatedToTime") for t in system.tlinks}
    assert {"ei40", "ei70", "t2", "t3", "t9"} <= ids
    scores = score_relations([gold], [system], mode="gold-entities")
    assert scores.recall == 1.0 and scores.precision == 1.0


def test_cli_scores_timelines_own_relations(tmp_path: Path) -> None:
    (tmp_path / "ferry.tml").write_text(GOLD, encoding="utf-8")
    for task in ("C", "ABC"):
        out = subprocess.run([sys.executable, "-m", "timeline.cli", "eval", str(tmp_path), "--relations", "--task", task, "--event-model", "perceptron"],
                             capture_output=True, text=True, check=True).stdout
        row = next(line for line in out.splitlines() if line.startswith("timeline"))
        f1 = float(row.split()[-1])
        assert f1 > 50.0, out


def _timeline(relations: tuple = ()) -> "Timeline":
    from timeline.model import Event, Timeline, Timex, TimexType

    text = "The dam broke and the river rose on Friday. Crews came later."
    spans = {w: text.index(w) for w in ("broke", "rose", "came", "Friday")}
    events = tuple(Event(eid, w, spans[w], spans[w] + len(w)) for eid, w in (("e1", "broke"), ("e2", "rose"), ("e3", "came")))
    friday = Timex("t1", "Friday", spans["Friday"], spans["Friday"] + 6, TimexType.DATE, "2026-01-30")
    return Timeline(text=text, reference_time=None, timexes=(friday,), events=events, relations=relations)


def _learned(source: str, relation: str, target: str, confidence: float) -> "PredictedRelation":
    from timeline.relations import PredictedRelation

    return PredictedRelation(source, target, relation, confidence, "event-event")


def test_learned_links_are_written_most_sure_first_and_only_when_consistent() -> None:
    from timeline.evaluate.tlinks import tlink_triples

    learned = [
        _learned("e1", "AFTER", "e2", 0.6),  # contradicts the two surer links below: left out
        _learned("e1", "BEFORE", "e2", 0.9),
        _learned("e1", "BEFORE", "e2", 0.8),  # stated again: adds nothing
        _learned("e2", "INCLUDES", "e1", 0.55),  # contradicts e1 BEFORE e2
    ]
    assert tlink_triples(_timeline(), learned, min_links_per_event=0.0, min_confidence=0.5, kinds=("same-sentence",)) == [("e1", "BEFORE", "e2")]


def test_links_below_the_threshold_or_of_other_kinds_are_left_out() -> None:
    from timeline.evaluate.tlinks import tlink_triples

    learned = [_learned("e1", "BEFORE", "e2", 0.7), _learned("e2", "BEFORE", "e3", 0.9), _learned("e1", "SIMULTANEOUS", "t1", 0.4)]
    assert tlink_triples(_timeline(), learned, min_links_per_event=0.0, min_confidence=0.5, kinds=("same-sentence",)) == [("e1", "BEFORE", "e2")]
    assert tlink_triples(_timeline(), learned, min_links_per_event=0.0, min_confidence=0.8, kinds=("same-sentence",)) == []
    assert tlink_triples(_timeline(), learned, min_links_per_event=0.0, min_confidence=0.5, kinds=("next-sentence",)) == [("e2", "BEFORE", "e3")]
    assert tlink_triples(_timeline(), learned, min_links_per_event=0.0, min_confidence=0.3, kinds=("timex",)) == [("e1", "SIMULTANEOUS", "t1")]


def test_certain_relations_come_first_but_not_with_the_publication_time() -> None:
    from timeline.evaluate.tlinks import tlink_triples
    from timeline.model import Relation

    certain = (Relation("e2", "IS_INCLUDED", "t1"), Relation("e1", "BEFORE", "reference_time"))
    learned = [_learned("e2", "AFTER", "t1", 0.99), _learned("e1", "IS_INCLUDED", "reference_time", 0.8)]
    got = tlink_triples(_timeline(certain), learned, min_links_per_event=0.0, min_confidence=0.5, kinds=("dct", "timex"), certain_kinds=("timex",))
    assert got == [("e2", "IS_INCLUDED", "t1"), ("e1", "IS_INCLUDED", "reference_time")]


def test_learned_links_skip_events_with_too_many_events_between() -> None:
    from timeline.evaluate.tlinks import tlink_triples

    learned = [_learned("e1", "BEFORE", "e3", 0.9)]  # "rose" lies between
    assert tlink_triples(_timeline(), learned, min_links_per_event=0.0, min_confidence=0.5, kinds=("next-sentence",), max_events_between=0) == []
    assert tlink_triples(_timeline(), learned, min_links_per_event=0.0, min_confidence=0.5, kinds=("next-sentence",), max_events_between=1) == [("e1", "BEFORE", "e3")]


def test_a_sure_label_on_a_pair_annotators_rarely_relate_is_left_out() -> None:
    from timeline.evaluate.tlinks import link_score, tlink_triples
    from timeline.relations import PredictedRelation

    learned = [PredictedRelation("e1", "e2", "BEFORE", 0.9, "event-event", linked=0.2), PredictedRelation("e2", "e3", "BEFORE", 0.6, "event-event", linked=0.9)]
    assert [round(link_score(p), 2) for p in learned] == [0.18, 0.54]
    assert tlink_triples(_timeline(), learned, min_links_per_event=0.0, min_confidence=0.5, kinds=("same-sentence", "next-sentence")) == [("e2", "BEFORE", "e3")]
    both = {"same-sentence": 0.1, "next-sentence": 0.5}
    assert tlink_triples(_timeline(), learned, min_links_per_event=0.0, min_confidence=both, kinds=("same-sentence", "next-sentence")) == [("e2", "BEFORE", "e3"), ("e1", "BEFORE", "e2")]
    assert tlink_triples(_timeline(), learned, min_links_per_event=0.0, min_confidence={"same-sentence": 0.1}, kinds=("same-sentence", "next-sentence")) == [("e1", "BEFORE", "e2")]
