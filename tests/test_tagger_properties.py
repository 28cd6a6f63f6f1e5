"""Properties of the tagger that hold for every input (hypothesis)."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

import timeline
from timeline.model import AnchorKind, Grain, TimexType
from timeline.testing import deictic_phrases, documents, news_sentences, reference_times

SETTINGS = settings(deadline=None)


@SETTINGS
@given(documents(), reference_times())
def test_tagger_bounds_are_ordered(text: str, ref: dt.datetime) -> None:
    """Every expression's earliest <= latest, and duration length bounds are ordered."""
    for t in timeline.tag(text, ref).timexes:
        if t.earliest is not None and t.latest is not None:
            assert t.earliest <= t.latest
        if t.min_length is not None and t.max_length is not None:
            assert t.min_length <= t.max_length


@SETTINGS
@given(st.text(max_size=300), reference_times())
def test_tagger_offsets_slice_the_input(text: str, ref: dt.datetime) -> None:
    """For any Unicode text, offsets slice the input to exactly the reported text, without overlaps."""
    doc = timeline.tag(text, ref)
    last_end = 0
    for t in doc.timexes:
        assert text[t.start : t.end] == t.text
        assert t.start >= last_end
        last_end = t.end


@SETTINGS
@given(documents(), reference_times())
def test_tagger_is_deterministic(text: str, ref: dt.datetime) -> None:
    """Tagging the same input twice gives equal results."""
    assert timeline.tag(text, ref) == timeline.tag(text, ref)


@SETTINGS
@given(documents(), reference_times(), st.integers(-60, 60))
def test_tagger_reference_shift_moves_deictic_results(text: str, ref: dt.datetime, weeks: int) -> None:
    """Moving the publication date by whole weeks moves day- and week-grain deictic results by
    exactly that much, and leaves absolute expressions unchanged."""
    delta = dt.timedelta(weeks=weeks)
    before = timeline.tag(text, ref).timexes
    after = timeline.tag(text, ref + delta).timexes
    assert [t.text for t in before] == [t.text for t in after]
    for a, b in zip(before, after):
        if a.anchor.kind is AnchorKind.NONE and a.type in (TimexType.DATE, TimexType.TIME):
            assert (a.value, a.earliest, a.latest) == (b.value, b.earliest, b.latest)
        elif a.anchor.kind is AnchorKind.REFERENCE_TIME and a.grain <= Grain.WEEK and a.earliest is not None:
            assert b.earliest == a.earliest + delta
            assert b.latest == a.latest + delta


@SETTINGS
@given(documents(), reference_times(), news_sentences())
def test_tagger_appending_a_sentence_keeps_earlier_results(text: str, ref: dt.datetime, extra: str) -> None:
    """An unrelated sentence appended after the text does not change the earlier results."""
    first = timeline.tag(text, ref).timexes
    longer = timeline.tag(text + " " + extra, ref).timexes
    assert longer[: len(first)] == first


@SETTINGS
@given(deictic_phrases(), reference_times())
def test_tagger_deictic_phrase_is_anchored_on_reference(phrase: str, ref: dt.datetime) -> None:
    """A lone deictic phrase resolves against the reference time and gets bounds."""
    doc = timeline.tag(f"Officials said it happened {phrase}.", ref)
    assert doc.timexes, phrase
    t = doc.timexes[0]
    assert t.anchor.kind is AnchorKind.REFERENCE_TIME
    assert t.earliest is not None and t.latest is not None
    assert abs(t.earliest - ref) <= dt.timedelta(weeks=11)
