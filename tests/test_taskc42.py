"""Task C TLINK writer: the surest learned relations are written up to a number per event
(timeline.evaluate.tlinks.MIN_LINKS_PER_EVENT) besides those scoring MIN_LINK_SCORE.
Own sentences; learned relations given by hand so the tests do not depend on the models."""

import datetime as dt

from timeline.evaluate.tlinks import MIN_LINK_SCORE, MIN_LINKS_PER_EVENT, tlink_triples
from timeline.model import Event, Timeline
from timeline.relations import PredictedRelation

TEXT = "The storm closed the port. Ferries stayed in the harbour."


def _timeline():
    events = []
    for n, word in enumerate(("closed", "stayed")):
        start = TEXT.index(word)
        events.append(Event(f"e{n + 1}", word, start, start + len(word)))
    return Timeline(TEXT, dt.datetime(2031, 5, 2), (), tuple(events))


def _learned():
    return [
        PredictedRelation("e1", "reference_time", "BEFORE", 0.5, "event-dct", linked=0.3),  # score 0.15
        PredictedRelation("e2", "reference_time", "BEFORE", 0.4, "event-dct", linked=0.2),  # 0.08
        PredictedRelation("e1", "e2", "BEFORE", 0.3, "event-event", linked=0.3),  # 0.09
    ]


def test_the_surest_links_are_written_up_to_one_per_event():
    assert MIN_LINKS_PER_EVENT == 1.0
    triples = tlink_triples(_timeline(), _learned())
    assert triples == [("e1", "BEFORE", "reference_time"), ("e1", "BEFORE", "e2")]


def test_without_a_number_per_event_only_the_threshold_counts():
    assert tlink_triples(_timeline(), _learned(), min_links_per_event=0.0) == []


def test_links_over_the_threshold_are_written_beyond_the_number():
    learned = [PredictedRelation("e2", "reference_time", "BEFORE", 0.9, "event-dct", linked=0.9),  # 0.81
               PredictedRelation("e1", "reference_time", "BEFORE", 0.9, "event-dct", linked=0.5),  # 0.45
               PredictedRelation("e1", "e2", "BEFORE", 0.3, "event-event", linked=0.3)]  # 0.09
    assert MIN_LINK_SCORE <= 0.45
    triples = tlink_triples(_timeline(), learned, min_links_per_event=0.5)  # one link wanted
    assert triples == [("e2", "BEFORE", "reference_time"), ("e1", "BEFORE", "reference_time")]
