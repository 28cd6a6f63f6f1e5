"""Narrative mode, session 27 (helper narr): focused cases of each kind of error that fresh short histories (written and
valued by hand, as a history (TIMEX2) annotator would, before the tagger was run on them) showed."""

from __future__ import annotations

import pytest

from timeline.tagger import tag


def _values(text: str, mode: str = "narrative") -> dict[str, str]:
    return {t.text: t.value for t in tag(text, "2026-12-01", mode=mode).timexes}


@pytest.mark.parametrize(
    "text,expected",
    [
        # the event began on the day before "The next morning": its second day is the morning's day
        ("The miners of Harz rose on 9 May 1849 and occupied the pit heads. The next morning the manager left for the city, "
         "and on the second day the troops refused to fire.", {"the second day": "1849-05-10"}),
        # ... told as a night
        ("The mutiny broke out on the night of 3 June 1797, when the crews seized the officers. The next morning the admiral "
         "sent an envoy. On the third day the ships sailed for the Nore.", {"the third day": "1797-06-05"}),
        # control: the beginning is told on the morning's day: counted from it
        ("The army reached the walls of Grenz on 6 July 1620. The assault began the next morning, and on the third day the "
         "gate fell.", {"the third day": "1620-07-09"}),
        # control: a beginning told on both days: the later one's event is counted ("the second day" of the attack)
        ("The French crossed the Lobau on 3 May 1809 and began to fortify the bank. The next morning the Austrians attacked, "
         "and on the second day the bridge was lost.", {"the second day": "1809-05-05"}),
        # control: no beginning told on either day: counted from the story's day, as before
        ("The fleet anchored off Vigo on 1 May 1702. The next morning the admiral went ashore. On the second day the town "
         "paid the ransom.", {"the second day": "1702-05-03"}),
    ],
)
def test_a_numbered_day_counts_from_the_day_the_event_began(text: str, expected: dict[str, str]) -> None:
    values = _values(text)
    assert {k: values.get(k) for k in expected} == expected
