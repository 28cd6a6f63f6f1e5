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


def test_a_pair_names_its_earlier_event_a_and_its_later_b_and_each_time_has_its_grain() -> None:
    """Each candidate's features: the earlier event's own features with ``a_`` before them, the
    later's with ``b_``; a time expression's grain from its own value (a day, a year, a length),
    whichever other times share its type."""
    from timeline.events.detect import detect_events
    from timeline.model import Timex, TimexType
    from timeline.relations.features import candidates

    text = "The bridge opened on 3 May 2021. It closed in 2022 for three weeks and reopened on 9 June 2022."
    events = {e.text: e for e in detect_events(text)}
    opened, closed, reopened = events["opened"], events["closed"], events["reopened"]

    def timex(tid: str, words: str, kind: TimexType, value: str) -> Timex:
        start = text.index(words)
        return Timex(tid, words, start, start + len(words), kind, value)

    timexes = [timex("t1", "3 May 2021", TimexType.DATE, "2021-05-03"), timex("t2", "2022", TimexType.DATE, "2022"),
               timex("t3", "three weeks", TimexType.DURATION, "P3W"), timex("t4", "9 June 2022", TimexType.DATE, "2022-06-09")]
    found = {(c.source, c.target): set(c.sparse) for c in candidates(text, list(events.values()), timexes)}
    pair = found[(closed.eid, reopened.eid)]
    assert {"a_lem=close", "b_lem=reopen", "a_pw=it", "b_pw=and"} <= pair
    assert not {"b_lem=close", "a_lem=reopen"} & pair
    assert {"a_lem=open", "b_lem=close"} <= found[(opened.eid, closed.eid)]
    assert "t_grain=day" in found[(opened.eid, "t1")]
    assert "t_grain=year" in found[(closed.eid, "t2")]
    assert "t_grain=duration" in found[(closed.eid, "t3")]
    assert "t_grain=day" in found[(reopened.eid, "t4")]
