"""Lead, thirty-seventh session (second part): values a reader would give, found in helpers' notes and checked on
sentences written for the test."""

from __future__ import annotations

import timeline


def _value(text: str, reference: str, words: str) -> str:
    return next(t.value for t in timeline.tag(text, reference_time=reference) if t.text == words)


def test_a_participle_after_the_day_of_a_future_clause_keeps_it_ahead() -> None:
    """"will go on trial on Monday accused of taking bribes", said on Wednesday 11 March 2026: "accused" describes the
    subject, the clause is future, so Monday is 16 March (not the Monday just gone); with no future verb before the day
    a past form after it still says the day is gone."""
    assert _value("The former minister will go on trial on Monday accused of taking bribes.", "2026-03-11", "Monday") == "2026-03-16"
    assert _value("Two men will appear before magistrates on Friday charged with arson.", "2026-03-11", "Friday") == "2026-03-13"
    assert _value("The former minister went on trial on Monday accused of taking bribes.", "2026-03-11", "Monday") == "2026-03-09"


def test_a_present_span_until_a_day_in_a_relative_clause_looks_ahead() -> None:
    """"The fair, which runs until Sunday, opened on Friday", said on Wednesday 11 March 2026: the fair still runs, so
    its last day is the Sunday ahead (15 March) while the opening is the Friday gone (6 March); "ran until Sunday" is gone."""
    text = "The fair, which runs until Sunday, opened on Friday."
    assert _value(text, "2026-03-11", "Sunday") == "2026-03-15"
    assert _value(text, "2026-03-11", "Friday") == "2026-03-06"
    assert _value("The sale, which ran until Sunday, raised 400 pounds.", "2026-03-11", "Sunday") == "2026-03-08"


def test_a_negated_present_passive_still_looks_ahead() -> None:
    """"The case is not heard until Friday", "If the budget is not passed by Easter", said on Wednesday 11 March 2026:
    a present passive with "not" is as present as without it, so Friday is the 13th and Easter is 5 April 2026 (not
    the ones gone); "was not reopened until Friday" is still the Friday gone."""
    assert _value("The case is not heard until Friday.", "2026-03-11", "Friday") == "2026-03-13"
    assert _value("If the budget is not passed by Easter, services will close.", "2026-03-11", "Easter") == "2026-04-05"
    assert _value("The road was not reopened until Friday.", "2026-03-11", "Friday") == "2026-03-06"
