"""Session 59 (lead): behaviour found by reading timelines of stories written for the purpose (sentences are ours)."""

from __future__ import annotations

import datetime as dt

import timeline


def _event(tl: timeline.Timeline, word: str, nth: int = 0) -> timeline.Event:
    found = [e for e in sorted(tl.events, key=lambda e: e.start) if e.text == word]
    assert len(found) > nth, f"no event {word!r} (#{nth}) in {[e.text for e in tl.events]}"
    return found[nth]


def _day(d: "dt.datetime | None") -> "dt.date | None":
    return None if d is None else d.date()


def _values(text: str, dct: str) -> dict[str, str]:
    return {t.text: t.value for t in timeline.tag(text, reference_time=dct)}

def test_a_gerund_after_a_signal_tells_again_the_dated_event_of_its_verb() -> None:
    # Tuesday 7 May 2030: "After retiring" after "retired ... in 2007" (or "her retirement in 2007") is that retiring, not
    # an undated act of the publication day; what came after it is certainly after 2007
    for first in ("She retired from the bench in 2007.", "She sat on the bench until her retirement in 2007."):
        tl = timeline.build(f"{first} After retiring she chaired an inquiry into prison conditions.", reference_time="2030-05-07")
        retiring = _event(tl, "retiring")
        assert (retiring.earliest_start, retiring.latest_end) == (dt.datetime(2007, 1, 1), dt.datetime(2008, 1, 1)), retiring
        assert _event(tl, "chaired").earliest_start == dt.datetime(2007, 1, 1), _event(tl, "chaired")
    # a gerund of another verb is not taken up, nor one with no signal before it
    tl = timeline.build("She retired from the bench in 2007. After moving to Kelso she chaired an inquiry.", reference_time="2030-05-07")
    assert _event(tl, "moving").earliest_start is None, _event(tl, "moving")
    tl = timeline.build("She retired from the bench in 2007. Last week she recalled retiring without regret.", reference_time="2030-05-07")
    assert _event(tl, "retiring").earliest_start != dt.datetime(2007, 1, 1), _event(tl, "retiring")


def test_a_claim_of_money_owed_is_an_act_not_a_report() -> None:
    # Friday 24 Sep 2027: "had claimed expenses" in what a report dated Tuesday (21 Sep) says came before that report; as
    # a report verb it was put at publication (reported speech)
    tl = timeline.build("A newspaper reported on Tuesday that the minister had claimed expenses for a second home.", reference_time="2027-09-24")
    claimed = _event(tl, "claimed")
    assert claimed.cls == "OCCURRENCE", claimed
    assert claimed.likely_end is not None and claimed.likely_end <= dt.datetime(2027, 9, 21), claimed
    # "claimed that ..." stays a report
    tl = timeline.build("The company claimed on Monday that its accounts were sound.", reference_time="2027-09-24")
    assert _event(tl, "claimed").cls == "REPORTING"
