"""Lead, forty-third session: what a reader would distrust in new articles rendered as a user would.

Each sentence here is written for the test; the dates are worked out by hand.
"""

from __future__ import annotations

import datetime as dt

import timeline

from _timelines import only_event as _event  # the one event of a timeline with that word


def test_a_bare_gerund_after_a_moving_verb_lies_at_the_new_date() -> None:
    """"adjourned sentencing until November 13": the sentencing is what moved, so it lies on 13 November (as "the
    vote" does in "postponed the vote until Tuesday"), not on the publication day; "delayed leaving until 9 p.m." puts
    the leaving at nine on the Friday the past clause names (the one before the publication day)."""
    tl = timeline.build("The judge adjourned sentencing until November 13 and released her on bail.", reference_time="2026-10-20")
    sentencing = _event(tl, "sentencing")
    assert (sentencing.earliest_start, sentencing.latest_end) == (dt.datetime(2026, 11, 13), dt.datetime(2026, 11, 14))
    tl = timeline.build("She delayed leaving the house until 9 p.m. on Friday.", reference_time="2026-10-20")
    assert _event(tl, "leaving").likely_start == dt.datetime(2026, 10, 16, 21, 0)



def test_a_centenary_counts_from_the_event_not_from_an_earlier_anniversary_of_it() -> None:
    """"The centenary of its opening" after "the fiftieth anniversary of its opening" (in 1951) and "was opened in 1901":
    the sentence of the fiftieth anniversary dates a return of the opening, not the opening, so the centenary is 2001."""
    text = ("The Tollgate Bridge was opened in 1901. In 1951 the town marked the fiftieth anniversary of its opening with a "
            "fair. The centenary of its opening was celebrated with fireworks.")
    found = {t.text: t.value for t in timeline.tag(text, reference_time="2026-12-06", mode="narrative")}
    assert found["The centenary of its opening"] == "2001"
