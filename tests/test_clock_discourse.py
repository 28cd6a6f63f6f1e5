"""A clock time carried to the next sentence, and a sequence the text tells outranking a learned
start order in the listing (session 11)."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

import timeline
from _timelines import event as _event
import timeline.relations as relations


def test_a_happening_after_a_clock_time_of_the_sentence_before_follows_it_that_day() -> None:
    text = "A watchman found a broken lock at a depot shortly after 4 a.m. on Friday. Police searched the building."
    tl = timeline.build(text, reference_time="2026-05-04", event_model="perceptron")
    searched = _event(tl, "searched")
    assert searched.likely_kind == "discourse"
    assert searched.likely_start is not None and searched.likely_end is not None
    assert searched.likely_start >= dt.datetime(2026, 5, 1, 4, 0)
    assert searched.likely_end <= dt.datetime(2026, 5, 2)
    # after the clock time, not squeezed into the half hour it names
    assert searched.likely_end > dt.datetime(2026, 5, 1, 4, 30)


def test_after_a_clock_time_earlier_on_the_publication_day_the_rest_of_the_day_ends_at_publication() -> None:
    text = "A watchman found a broken lock at a depot shortly after 4 a.m. Police searched the building."
    tl = timeline.build(text, reference_time="2026-05-04T10:00", event_model="perceptron")
    searched = _event(tl, "searched")
    assert searched.likely_kind == "discourse"
    assert (searched.likely_start, searched.likely_end) == (dt.datetime(2026, 5, 4, 4, 0), dt.datetime(2026, 5, 4, 10, 0))


def test_a_sequence_told_by_the_text_is_listed_before_a_learned_start_order(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "A watchman found a broken lock at 2 a.m. on Friday and called the police."
    real = relations.predict_relations

    def predict(doc, mentions, timexes, **kwargs):  # type: ignore[no-untyped-def]
        ids = {m.text: m.eid for m in mentions}
        out = []
        for p in real(doc, mentions, timexes, **kwargs):
            if {p.source, p.target} == {ids["found"], ids["called"]}:
                later = "AFTER" if p.source == ids["found"] else "BEFORE"  # the model: the alert came first
                p = attrs.evolve(p, start_order=later, start_confidence=0.95)
            out.append(p)
        return out

    monkeypatch.setattr(relations, "predict_relations", predict)
    tl = timeline.build(text, reference_time="2026-05-04", event_model="perceptron")
    order = [e.text for e in tl.events]
    assert order.index("found") < order.index("called")
    ids = {e.text: e.eid for e in tl.events}
    assert (ids["found"], "AFTER", ids["called"]) not in {(r.source, r.relation, r.target) for r in tl.relations}
    assert (ids["called"], "BEFORE", ids["found"]) not in {(r.source, r.relation, r.target) for r in tl.relations}


def test_a_verb_that_describes_a_noun_does_not_continue_the_day_before() -> None:
    text = "A storm flooded the harbour on Tuesday night. Crews pumped out the cellars, and families who lost power were given blankets."
    tl = timeline.build(text, reference_time="2026-05-08", event_model="perceptron")
    assert _event(tl, "pumped").likely_kind == "discourse"  # the story's next step carries the night on
    assert _event(tl, "lost").likely_kind != "discourse"


def test_an_event_placed_days_before_publication_is_not_said_to_be_placed_by_the_publication_time() -> None:
    """A learned "before the publication time" only caps an event's end at the publication day;
    what put the call at 2 a.m. on Friday is the sequence the text tells."""
    text = "A watchman found a broken lock at 2 a.m. on Friday and called the police."
    called = _event(timeline.build(text, reference_time="2026-05-04", event_model="perceptron"), "called")
    assert called.likely_start is not None and called.likely_start.date() == dt.date(2026, 5, 1)
    assert called.likely_kind == "sequence" and "found" in called.likely_basis


@pytest.mark.parametrize("text, word", [
    ("Two reporters received the Halden prize, which was founded in 1921.", "received"),
    ("Two reporters received the Halden prize, which was founded in 1921, and thanked their editors.", "thanked"),
    ("Two reporters received the Halden prize, which began in 1921.", "received"),
    ("The Halden prize, whose first winner was named in 1921, went to two reporters.", "went"),
])
def test_the_time_of_a_relative_clause_dates_nothing_outside_it(text: str, word: str) -> None:
    tl = timeline.build(text, reference_time="2026-05-04", event_model="perceptron")
    assert _event(tl, next(w for w in ("founded", "began", "named") if w in text)).likely_start == dt.datetime(1921, 1, 1)
    e = _event(tl, word)
    assert e.likely_start is not None and e.likely_start.year == 2026, (e.likely_start, e.likely_basis)


def test_an_aside_takes_no_time_from_the_clause_around_it() -> None:
    text = "The campers, who slept in a church hall, returned to the site on Sunday afternoon."
    tl = timeline.build(text, reference_time="2026-05-06", event_model="perceptron")
    assert _event(tl, "returned").likely_kind == "text"
    slept = _event(tl, "slept")
    assert slept.likely_kind != "discourse"  # (no basis tells it as the clause's time)
    assert slept.likely_end is not None and slept.likely_end <= dt.datetime(2026, 5, 3, 12)  # not in Sunday afternoon
