"""The recogniser's bisection for what a match covers (``_inside``) finds exactly what a scan of every mention finds."""

from hypothesis import given, strategies as st

from timeline.recognize import Mention
from timeline.recognize.spans import _inside
from timeline.recognize.meaning import VagueSpec


@st.composite
def spans_and_window(draw):
    """Sorted mentions that do not overlap (as a recognition pass hands them on) and a window [a, b) over the text."""
    cuts = sorted(draw(st.sets(st.integers(0, 200), max_size=40)))
    pairs = [(cuts[k], cuts[k + 1]) for k in range(0, len(cuts) - 1, 2)]
    mentions = [Mention(s, e, "x" * (e - s), VagueSpec("PAST_REF"), "test") for s, e in pairs]
    a = draw(st.integers(0, 200))
    b = draw(st.integers(a + 1, 201))
    return mentions, a, b


@given(spans_and_window())
def test_inside_finds_what_a_full_scan_finds(case):
    mentions, a, b = case
    starts = [m.start for m in mentions]
    assert _inside(mentions, starts, a, b) == [k for k, m in enumerate(mentions) if m.start < b and a < m.end]


def test_inside_takes_a_mention_that_starts_before_the_window_and_reaches_into_it():
    mentions = [Mention(0, 4, "June", VagueSpec("PAST_REF"), "test"), Mention(10, 14, "1916", VagueSpec("PAST_REF"), "test")]
    assert _inside(mentions, [0, 10], 2, 12) == [0, 1]
    assert _inside(mentions, [0, 10], 4, 10) == []
