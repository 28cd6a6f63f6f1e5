"""An event's own relation features: whether it stands inside a quotation (an odd number of
quote marks before it in its sentence), read from the words before it only."""

from __future__ import annotations

from types import SimpleNamespace

from timeline.relations.features import Layout, _event_features, _Item


def _features(text: str, word: str) -> list[str]:
    layout = Layout.of(text)
    start = text.index(word)
    item = _Item("e1", start, start + len(word), *layout.locate(start, start + len(word)))
    event = SimpleNamespace(text=word, cls="OCCURRENCE", pos="VERB", tense="PAST", aspect="NONE", polarity="POS", modality=None)
    return _event_features(event, item, layout, "")  # type: ignore[arg-type]


def test_an_event_between_quote_marks_is_quoted_and_one_after_them_is_not() -> None:
    text = 'Officials said "the old bridge collapsed before dawn" and crews arrived an hour later.'
    assert "quoted=True" in _features(text, "collapsed")
    assert "quoted=False" in _features(text, "arrived")
    assert "quoted=False" in _features(text, "said")


def test_a_quote_mark_right_after_the_event_does_not_count() -> None:
    """The event's own word and what follows are not before it: "collapsed" is not quoted when
    the opening mark comes after it."""
    text = 'Nothing collapsed "in the storm", the engineer wrote.'
    assert "quoted=False" in _features(text, "collapsed")


def test_a_sentence_that_opens_with_a_quote_mark() -> None:
    text = '"We lost everything," the owner said after the fire.'
    assert "quoted=True" in _features(text, "lost")
    assert "quoted=False" in _features(text, "said")
