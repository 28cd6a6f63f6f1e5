"""Helper speed, sixty-third session (issue 11, build throughput): each fast path gives what the general one gives.

No timing is asserted: the tests hold the outputs of the faster ways to those of the ways they replace.
"""

from __future__ import annotations

import random
from types import SimpleNamespace

from timeline.placement.further import _by_start, _first_right_after

# my own pieces of text: words, white space of several kinds (a no-break space, a tab, a line break) and punctuation
GAP_PIECES = ["started", "three", "hours", "late", "on", "Monday", ",", ".", " ", "  ", "\t", "\n", "\u00a0", "x", "—"]


def test_first_time_right_after_a_place_is_the_first_the_scan_of_every_time_finds() -> None:
    # (s63) late_start_facts' length right after a verb ("started three hours late"): the first time, in the given
    # order, starting at the verb's end or after it with only white space between; found from the times sorted by
    # start (with ties and times given out of order) as the scan of every time finds it
    rnd = random.Random(63)
    found = 0
    for _ in range(3000):
        text = "".join(rnd.choice(GAP_PIECES) for _ in range(rnd.randint(0, 16)))
        times = [SimpleNamespace(start=rnd.randint(0, len(text)), tid=f"t{i}") for i in range(rnd.randint(0, 6))]
        indexed = _by_start(times)
        for pos in range(len(text) + 1):
            want = next((t for t in times if t.start >= pos and not text[pos : t.start].strip()), None)
            assert _first_right_after(text, pos, indexed) is want, (text, pos, [(t.tid, t.start) for t in times])
            found += want is not None
    assert found > 1000


def test_one_lexical_memo_is_shared_inside_the_block_and_none_is_left_after_it() -> None:
    # (s63) inside shared_lexical() every lexical_memo() is one memo (answers as lexical() does); outside, each call makes
    # its own; when the block ends (or a nested one), the outer state is back: nothing outlives the block
    from timeline.events import features
    from timeline.events.features import lexical, lexical_memo, shared_lexical

    words = ["reopened", "Flooding", "talks", "the", "Geese", "went", "zxqv"]
    assert lexical_memo() is not lexical_memo()
    with shared_lexical():
        memo = lexical_memo()
        assert lexical_memo() is memo
        assert [memo(w) for w in words] == [lexical_memo()(w) for w in words]
        assert [memo(w.lower()) for w in words] == [lexical(w.lower()) for w in words]
        with shared_lexical():
            inner = lexical_memo()
            assert inner is not memo and lexical_memo() is inner
        assert lexical_memo() is memo
    assert features._SHARED_LEXICAL.get() is None
    assert lexical_memo() is not lexical_memo()


def test_a_build_makes_one_lexical_memo_for_all_its_stages(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # (s63) "The ferry ran aground on Monday after its engines failed. Divers inspected the hull on Tuesday." (my text):
    # the detector, the relation features and the anchoring stages that look words up all read the one memo the build
    # makes; none is left after it
    import timeline
    from timeline.events import features

    made = []
    new = features._new_lexical_memo

    def counted():  # type: ignore[no-untyped-def]
        made.append(1)
        return new()

    monkeypatch.setattr(features, "_new_lexical_memo", counted)
    tl = timeline.build("The ferry ran aground on Monday after its engines failed. Divers inspected the hull on Tuesday.",
                        reference_time="2026-02-18", event_model="perceptron")
    assert len(tl.events) >= 3
    assert len(made) == 1
    assert features._SHARED_LEXICAL.get() is None
