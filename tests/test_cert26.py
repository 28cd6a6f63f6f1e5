"""Orders a timeline states as certain must be entailed by the text (issue 10): kinds of anchoring that made a
certain order the text does not give, found on TBAQ's MATRES pairs (session s26, helper cert).  Each case has a
control the fix must keep."""

from __future__ import annotations

import datetime as dt
from typing import Optional

import timeline

_REF = dt.datetime(2026, 6, 10)
_INVERSE = {"BEFORE": "AFTER", "AFTER": "BEFORE", "INCLUDES": "IS_INCLUDED", "IS_INCLUDED": "INCLUDES", "SIMULTANEOUS": "SIMULTANEOUS"}


def _certain(text: str, a: str, b: str) -> Optional[str]:
    """The certain relation ``tl.relations`` states of the event or time with text ``a`` to the one with text ``b``."""
    tl = timeline.build(text, _REF)
    ids = {e.text: e.eid for e in reversed(tl.events)} | {t.text: t.tid for t in reversed(tl.timexes)}
    x, y = ids[a], ids[b]
    for r in tl.relations:
        if r.certain and (r.source, r.target) == (x, y):
            return r.relation
        if r.certain and (r.source, r.target) == (y, x):
            return _INVERSE[r.relation]
    return None


def test_a_fronted_during_phrase_without_an_event_orders_nothing_of_the_main_clause() -> None:
    """ "During the campaign she promised ..., which closed in 2022": the phrase names no verb; "promised" is the main
    clause's verb, and the library's closing is not inside it."""
    text = "During the campaign she promised to reopen the town library, which closed in 2022."
    assert _certain(text, "closed", "promised") != "IS_INCLUDED"


def test_a_fronted_during_phrase_ends_before_its_main_verb_when_no_comma_ends_it() -> None:
    """ "During the talks he promised to reopen the library, which closed in 2022": the comma is the relative
    clause's, not the phrase's; the closing is not inside the talks."""
    text = "During the talks he promised to reopen the town library, which closed in 2022."
    assert _certain(text, "closed", "talks") != "IS_INCLUDED"


def test_a_fronted_during_phrase_still_dates_its_main_clause() -> None:
    """Control: "During the strike, workers blocked the gates": the blocking lies inside the strike."""
    assert _certain("During the strike, workers blocked the gates of the plant.", "blocked", "strike") == "IS_INCLUDED"


def test_a_scheduling_verb_is_not_dated_by_what_it_schedules() -> None:
    """ "The licence had been set to expire on May 30": the expiry is on May 30; the setting came before, not then."""
    text = "The mining licence had been set to expire on May 30, the ministry said."
    assert _certain(text, "expire", "May 30") == "IS_INCLUDED"
    assert _certain(text, "set", "May 30") is None


def test_a_date_a_rescheduling_verb_moves_something_to_comes_after_it() -> None:
    """ "The deadline was extended to June 20": the extending came before June 20 (a day ahead here)."""
    text = "The deadline for bids was extended to June 20, the agency said."
    assert _certain(text, "extended", "June 20") == "BEFORE"


def test_as_before_a_participle_is_no_time_clause() -> None:
    """ "was quoted by the local paper as saying": not "quoted during the saying"."""
    text = "The mayor was quoted by the local paper as saying that the old bridge was unsafe."
    assert _certain(text, "quoted", "saying") is None


def test_as_before_a_clause_still_ties_the_two_verbs() -> None:
    """Control: "prices fell as investors sold their holdings": the fall lies in the selling."""
    assert _certain("Share prices fell sharply as investors sold their holdings.", "fell", "sold") == "IS_INCLUDED"


def test_the_clause_a_report_opens_is_no_audience() -> None:
    """ "He said that the meeting had ended": the saying is not during the meeting."""
    text = "The union leader said that the meeting had ended without a deal."
    assert _certain(text, "said", "meeting") is None


def test_a_report_to_an_audience_is_during_it() -> None:
    """Control: "told a news conference on Monday that ...": the telling is during the conference."""
    text = "The chief constable told a news conference on Monday that two men had been arrested."
    assert _certain(text, "told", "conference") == "IS_INCLUDED"


def test_a_time_inside_a_typewriter_quotation_does_not_date_the_teller() -> None:
    """ "``Last Monday was the hardest day of my life,'' said the widow": Monday is not when she spoke."""
    text = "``Last Monday was the hardest day of my life,'' said the widow of the driver."
    assert _certain(text, "said", "Last Monday") is None


def test_a_time_inside_a_straight_quotation_does_not_date_the_teller() -> None:
    """Control: the same with straight quotes, as before."""
    text = '"Last Monday was the hardest day of my life," said the widow of the driver.'
    assert _certain(text, "said", "Last Monday") is None


def test_and_before_a_subject_pronoun_ends_the_clause_a_time_governs() -> None:
    """ "has continued to increase its forces and they now number 160,000": "now" is the numbering's, not the increase's."""
    text = "Officials said the army has continued to increase its forces in the region and they now number about 160,000."
    assert _certain(text, "increase", "now") is None


def test_a_continuing_verb_in_the_future_may_hold_already() -> None:
    """ "said on Monday that the troops will remain in the border region": the troops are there; "will" puts no start of
    the remaining after the saying."""
    text = "The minister said on Monday that the troops will remain in the border region."
    assert _certain(text, "said", "remain") is None


def test_a_future_happening_still_comes_after_a_past_report() -> None:
    """Control: "said on Monday that the border crossing will reopen": the reopening is after the saying."""
    text = "The minister said on Monday that the border crossing will reopen."
    assert _certain(text, "said", "reopen") == "BEFORE"


def test_a_signal_after_that_opens_the_reported_clause() -> None:
    """ "disclosed that before the company scrapped the unit, its costs were rising": the rising is before the
    scrapping, not the disclosing (told after it)."""
    text = "The director disclosed that before the company scrapped the unit last spring, its costs were rising."
    assert _certain(text, "disclosed", "scrapped") is None


def test_a_signal_after_but_opens_the_next_clause() -> None:
    """ "would not say what happened, but when the father returned home, he was upset": the happening is not during
    the return."""
    text = "Neither side would say what happened, but when the father returned to his house, he was upset."
    assert _certain(text, "happened", "returned") is None


def test_a_signal_right_after_its_verb_still_orders_it() -> None:
    """Control: "landed safely after the engine failed"."""
    assert _certain("The plane landed safely after the engine failed.", "landed", "failed") == "AFTER"


def test_a_record_date_dates_no_declaring() -> None:
    """ "declared a dividend ..., payable July 15 to stock of record June 3": June 3 is the record date, not when the
    board declared it."""
    text = "The board declared a quarterly dividend of 12 cents, payable July 15 to stock of record June 3."
    assert _certain(text, "declared", "June 3") != "IS_INCLUDED"


def test_a_record_set_on_a_day_is_dated() -> None:
    """Control: "set a national record Sunday" (no "of" before "record") is on Sunday."""
    assert _certain("The runner set a national record Sunday at the championships.", "set", "Sunday") == "IS_INCLUDED"


def test_a_length_before_before_is_the_waiting_not_a_gap() -> None:
    """ "will wait at least 30 days before the closing on July 20": the waiting lasts those days and may run up to the
    closing; it does not end 30 days before it."""
    tl = timeline.build("The two banks will wait at least 30 days before the closing on July 20, the regulator said.", _REF)
    wait = next(e for e in tl.events if e.text == "wait")
    assert wait.latest_end is not None and wait.latest_end > dt.datetime(2026, 7, 1)
    assert wait.latest_start is not None and wait.latest_start <= dt.datetime(2026, 6, 21)  # it lasts at least 30 days
