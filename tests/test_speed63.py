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
