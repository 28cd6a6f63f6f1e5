"""Helper speed, sixty-fourth session (issue 11, build throughput): each fast path gives what the general one gives.

No timing is asserted: the tests hold the outputs of the faster ways to those of the ways they replace.
"""

from __future__ import annotations

import pytest

from timeline import tag
from timeline.events.detect import detect_events
from timeline.text import segment

# my own news text: events in one sentence and in the next, reports, times of several kinds
TEXT = ("The council closed the old bridge on Sunday after engineers found cracks in two piers, a spokesman said. "
        "Drivers were sent on a long detour, and a temporary footbridge will open by the end of next week. "
        "Repairs are expected to take four months; shop owners, who lost trade during a closure in 2019, asked for help. "
        "The survey had last been done in April 2024 and found nothing wrong then.")


def _rows():
    from timeline.relations.features import candidate_rows

    doc = segment(TEXT, "en")
    events = detect_events(doc, event_model="perceptron")
    times = tag(TEXT, "2026-05-12").timexes
    return candidate_rows(doc, events, times)


def test_event_codes_spell_each_event_s_parts_with_their_prefixes() -> None:
    # (s64) the events' own features as codes into the text's vocabulary: decoded with the prefix of each third of the
    # first parts ("", "a_", "b_"), every part of the first 3n comes out as it is, string for string, in order
    rows = _rows()
    coded = rows.coded
    n = coded.count
    assert n >= 10
    for k in range(3 * n):
        prefix, i = coded.prefixes[k // n], k % n
        codes = coded.codes[coded.offsets[i] : coded.offsets[i + 1]].tolist()
        assert [prefix + coded.vocabulary[c] for c in codes] == rows.parts[k]
    assert len(set(coded.vocabulary)) == len(coded.vocabulary)


@pytest.mark.parametrize("kind, tasks", [("dct", ("dct", "linked_dct")), ("timex", ("timex", "linked_timex")),
                                         ("pair", ("tlink", "start", "linked_pair"))])
def test_rows_scored_from_event_codes_score_as_the_feature_strings(kind, tasks) -> None:
    # (s64) a model's columns of the events' parts found from the codes (each distinct feature looked up once per prefix)
    # give every row the probabilities its feature strings give, to the last bit, whether a mapper has scored other rows
    # of the text before (its parts' sums kept) or not
    from timeline.relations.classifier import load_classifiers

    rows = _rows()
    picked = [r for r in rows.rows if r[0] == kind]
    assert len(picked) > 5
    models = load_classifiers()
    for task in tasks:
        clf = models[(task, "perceptron")]
        expected = clf.probabilities([[f for k in r[3] for f in rows.parts[k]] + list(r[4]) for r in picked])
        mapper = clf.part_columns(rows.coded)
        got = clf.probabilities_of_rows(mapper, [(r[3], r[4]) for r in picked], rows.parts)
        assert got.tobytes() == expected.tobytes(), task
        half = picked[len(picked) // 2 :]
        again = clf.probabilities_of_rows(mapper, [(r[3], r[4]) for r in half], rows.parts)
        assert again.tobytes() == expected[len(picked) - len(half) :].tobytes(), task


class _Marked(str):
    """A string that formats otherwise than it compares: equal to its plain value, written with a mark."""

    def __format__(self, spec: str) -> str:
        return "marked-" + str.__format__(self, spec)


def test_each_event_s_features_made_once_per_text_are_the_features_made_event_by_event() -> None:
    # (s64) _events_features shares each distinct string of a text (an attribute block, a word's feature) between its
    # events: every event's list is _event_features' own, string for string and in order, also when an event's tense is
    # a string that equals another's but is written otherwise (no attribute block is shared between the two)
    import attrs

    from timeline.relations.features import Layout, _event_features, _events_features, _Item

    doc = segment(TEXT, "en")
    events = sorted(detect_events(doc, event_model="perceptron"), key=lambda e: (e.start, e.end, e.eid))
    assert len(events) >= 10
    past = [k for k, e in enumerate(events) if e.tense == "PAST"]
    assert len(past) >= 2
    events[past[0]] = attrs.evolve(events[past[0]], tense=_Marked("PAST"))
    layout = Layout.of(doc)
    items = [_Item(e.eid, e.start, e.end, *layout.locate(e.start, e.end)) for e in events]
    want = [_event_features(e, it, layout, "") for e, it in zip(events, items)]
    assert "tense=marked-PAST" in want[past[0]] and "tense=PAST" in want[past[1]]
    from timeline.relations.features import _lemma

    assert _events_features(events, items, layout, _lemma) == want
