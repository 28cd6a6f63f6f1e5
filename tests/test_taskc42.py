"""The linked models' own features (timeline.relations.features.linked_features): which pairs a
TimeML annotator relates, after TempEval-3's guidelines.  Sentences written for these tests."""

from timeline.events.detect import EventMention
from timeline.relations.features import Layout, candidate_rows, linked_features


def _events(text, spec):
    """EventMentions for (word, pos, tense) in ``spec``, each at the word's first occurrence."""
    out, at = [], 0
    for n, (word, pos, tense) in enumerate(spec):
        start = text.index(word, at)
        at = start + len(word)
        out.append(EventMention(f"e{n + 1}", word, start, at, 0, len(text), "OCCURRENCE", pos, tense))
    return out


def _features(text, spec, timexes=()):
    events = _events(text, spec)
    layout = Layout.of(text)
    rows = candidate_rows(text, events, list(timexes), None, layout)
    feats = linked_features(layout, events, list(timexes), rows)
    return {(r[0], r[1], r[2]): f for r, f in zip(rows.rows, feats)}


def test_main_event_after_a_fronted_subordinate_clause():
    text = "When the river flooded, the council closed every school in the valley."
    feats = _features(text, [("flooded", "VERB", "PAST"), ("closed", "VERB", "PAST")])
    assert "lk_main=False" in feats[("dct", "e1", "reference_time")]
    assert "lk_main=True" in feats[("dct", "e2", "reference_time")]
    assert "lk_sub=when" in feats[("dct", "e1", "reference_time")]


def test_relative_clause_event_is_not_the_main_event():
    text = "The ferry that sank near the harbour carried forty passengers."
    feats = _features(text, [("sank", "VERB", "PAST"), ("carried", "VERB", "PAST")])
    assert "lk_main=False" in feats[("dct", "e1", "reference_time")]
    assert "lk_main=True" in feats[("dct", "e2", "reference_time")]


def test_a_reporting_verb_dominates_its_complement():
    text = "Engineers said that the old bridge had cracked, and traffic stopped."
    feats = _features(text, [("said", "VERB", "PAST"), ("cracked", "VERB", "PAST"), ("stopped", "VERB", "PAST")])
    assert "lk_dominates=True" in feats[("pair", "e1", "e2")]
    assert "lk_dominates=False" in feats[("pair", "e1", "e3")]
    assert "lk_mains=True/False/True" in feats[("pair", "e1", "e2")]


def test_main_events_of_consecutive_sentences():
    text = "The mayor resigned. Her deputy, who had lost the vote, took over."
    feats = _features(text, [("resigned", "VERB", "PAST"), ("lost", "VERB", "PAST"), ("took", "VERB", "PAST")])
    assert "lk_mains=True/True/False" in feats[("pair", "e1", "e3")]
    assert "lk_mains=True/False/False" in feats[("pair", "e1", "e2")]


def test_a_time_expression_governs_the_verb_before_it_in_its_clause():
    from timeline.model import Timex, TimexType

    text = "The plant reopened on Monday, and workers cheered."
    monday = text.index("Monday")
    t = Timex("t1", "Monday", monday, monday + 6, TimexType.DATE, "2031-03-10")
    feats = _features(text, [("reopened", "VERB", "PAST"), ("cheered", "VERB", "PAST")], [t])
    assert "lk_governs=True" in feats[("timex", "e1", "t1")]
    assert "lk_governs=False" in feats[("timex", "e2", "t1")]


def test_a_fronted_time_expression_governs_the_verb_after_it():
    from timeline.model import Timex, TimexType

    text = "On Monday, the plant reopened and workers cheered."
    monday = text.index("Monday")
    t = Timex("t1", "Monday", monday, monday + 6, TimexType.DATE, "2031-03-10")
    feats = _features(text, [("reopened", "VERB", "PAST"), ("cheered", "VERB", "PAST")], [t])
    assert "lk_governs=True" in feats[("timex", "e1", "t1")]
    assert "lk_governs=False" in feats[("timex", "e2", "t1")]
