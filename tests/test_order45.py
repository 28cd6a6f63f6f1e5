"""Steps told back and told on (session s45, helper order, bench/stories-s45order): a list of acts in the past perfect
("had bought fuel on Tuesday afternoon, had driven to the store after it closed and had set fire") is a list of steps in
the order told, each in the time of the one before; the verb of a signal clause inside such a list is not what the next
perfect looks back from; a step "then" tells goes on in the time of the happening told just before it
(placement/narration.py ``perfect_lists``, ``told_step_times``; anchoring/perfect.py).  Sentences written for these
tests; each kind has negatives the rule must leave alone."""

from __future__ import annotations

import datetime as dt

import timeline
from timeline.anchoring import anchor_words
from timeline.placement.narration import perfect_list_times, perfect_lists, told_step_times

_CUES = anchor_words("en")
_PAST = ("OCCURRENCE", "PAST", "NONE")
_PERFECT = ("OCCURRENCE", "PAST", "PERFECTIVE")



def _lists(text: str, verbs: dict[str, tuple]) -> set[tuple[str, str]]:
    mentions, sentence_of = _mentions(text, verbs)
    by_id = {m.eid: m.text for m in mentions}
    real = {m.eid: True for m in mentions}
    return {(by_id[a], by_id[b]) for a, b in perfect_lists(_CUES, text, mentions, sentence_of, real)}


def _build(text: str, ref: str) -> timeline.Timeline:
    return timeline.build(text, reference_time=ref)


def _event(tl: timeline.Timeline, word: str) -> timeline.Event:
    return next(e for e in tl.events if e.text == word)


def _stated(tl: timeline.Timeline, a: str, b: str) -> str | None:
    ea, eb = _event(tl, a).eid, _event(tl, b).eid
    inverse = {"BEFORE": "AFTER", "AFTER": "BEFORE"}
    for r in tl.relations:
        if (r.source, r.target) == (ea, eb):
            return r.relation
        if (r.source, r.target) == (eb, ea):
            return inverse.get(r.relation, r.relation)
    return None


# --- a list of past perfects -------------------------------------------------------------------------------------------

_ARSON = ("Detectives said the woman had hired a van on Friday morning, had driven to the depot after it closed and had "
          "set fire to a lorry.")


def test_perfects_listed_after_a_comma_and_and_are_steps_in_order() -> None:
    verbs = {"hired": _PERFECT, "driven": _PERFECT, "closed": _PAST, "set": _PERFECT}
    assert _lists(_ARSON, verbs) == {("hired", "driven"), ("driven", "set")}


def test_a_list_joined_by_and_then() -> None:
    text = "The gang had watched the shop for a week and then had cut the alarm cable."
    assert _lists(text, {"watched": _PERFECT, "cut": _PERFECT}) == {("watched", "cut")}


def test_no_list_without_the_second_auxiliary() -> None:
    """ "had hired a van and drove away": the simple past is no perfect of the list (plain sequence reads it)."""
    text = "The woman had hired a van on Friday and drove to the depot."
    assert _lists(text, {"hired": _PERFECT, "drove": _PAST}) == set()


def test_no_list_across_a_verb_that_no_signal_sets_off() -> None:
    """ "had hired a van, crossed the bridge and had set fire": "crossed" is no signal clause of the first perfect."""
    text = "The woman had hired a van, crossed the bridge and had set fire to a lorry."
    assert _lists(text, {"hired": _PERFECT, "crossed": _PAST, "set": _PERFECT}) == set()


def test_no_list_through_a_report_or_a_semicolon() -> None:
    text = "The woman had hired a van; she had set fire to a lorry."
    assert _lists(text, {"hired": _PERFECT, "set": _PERFECT}) == set()
    text = "The guard had locked the gate after police told him and had gone home."
    assert _lists(text, {"locked": _PERFECT, "told": ("REPORTING", "PAST", "NONE"), "gone": _PERFECT}) == set()


def test_no_list_with_a_state_or_a_negated_perfect() -> None:
    assert _lists("He had moved to Leeds in May and had been ill.", {"moved": _PERFECT, "been": ("STATE", "PAST", "PERFECTIVE")}) == set()
    verbs = {"locked": _PERFECT, "left": ("OCCURRENCE", "PAST", "PERFECTIVE", "NEG")}
    assert _lists("The guard had locked the gate and had not left the yard.", verbs) == set()


def test_a_list_carries_a_time_of_a_week_at_most_down_the_list() -> None:
    pairs = [("e1", "e2"), ("e2", "e3")]
    assert perfect_list_times(pairs, {"e1": "t1"}, frozenset({"t1"}), frozenset()) == {"e2": "t1", "e3": "t1"}
    assert perfect_list_times(pairs, {"e1": "t1"}, frozenset(), frozenset()) == {}  # a longer time: no one scene
    assert perfect_list_times(pairs, {"e1": "t1"}, frozenset({"t1"}), frozenset({"e2"})) == {}  # a time of its own
    assert perfect_list_times(pairs, {}, frozenset({"t1"}), frozenset()) == {}


def test_a_listed_perfect_is_not_before_the_verb_of_the_first_ones_clause() -> None:
    """The fire was set after the depot closed: no link says the setting was over before the closing."""
    tl = _build(_ARSON, "2026-12-01")
    set_, closed = _event(tl, "set"), _event(tl, "closed")
    assert not any(a.target == closed.eid and a.relation.value == "before" for a in set_.anchors)


def test_a_perfect_after_a_plain_simple_past_still_looks_back_from_it() -> None:
    """ "The shop closed at six and the owner had gone home": no perfect before "closed", the link stays."""
    tl = _build("The shop closed at six and the owner had gone home.", "2026-12-01")
    gone, closed = _event(tl, "gone"), _event(tl, "closed")
    assert any(a.target == closed.eid and a.relation.value == "before" for a in gone.anchors)


def test_a_list_of_perfects_is_told_in_order_and_in_its_first_ones_time() -> None:
    tl = _build(_ARSON, "2026-12-01")  # Tuesday: Friday is 27 November
    assert _stated(tl, "hired", "driven") == "BEFORE"
    assert _stated(tl, "driven", "set") != "AFTER"  # (a learned label 0.8 sure the other way holds them at a tie)
    for word in ("driven", "set"):
        e = _event(tl, word)
        assert e.likely_start is not None and e.likely_start.date() == dt.date(2026, 11, 27), word


def test_a_listed_perfect_with_a_time_of_its_own_keeps_it() -> None:
    tl = _build("Drivers had walked out twice in June and had refused overtime since May.", "2026-07-10")
    refused = _event(tl, "refused")
    assert refused.likely_start is not None and refused.likely_start < dt.datetime(2026, 6, 1, tzinfo=refused.likely_start.tzinfo)


# --- a step "then" tells ----------------------------------------------------------------------------------------------

def test_then_carries_the_time_of_the_happening_told_just_before() -> None:
    assert told_step_times([("e1", "e3"), ("e2", "e3")], {"e1": 0, "e2": 10, "e3": 40}, {"e2": "t2"}, frozenset({"t2"}), frozenset()) == {"e3": "t2"}


def test_then_carries_nothing_when_the_last_happening_has_no_time() -> None:
    """ "refused it in March 2023, but an inspector overturned that decision ... The council then went to court": the
    step follows the overturning, which has no time; March 2023 is not its time."""
    assert told_step_times([("e1", "e3"), ("e2", "e3")], {"e1": 0, "e2": 10, "e3": 40}, {"e1": "t1"}, frozenset({"t1"}), frozenset()) == {}


def test_then_carries_no_long_time_nor_over_a_time_of_its_own() -> None:
    assert told_step_times([("e1", "e2")], {"e1": 0, "e2": 40}, {"e1": "t1"}, frozenset(), frozenset()) == {}
    assert told_step_times([("e1", "e2")], {"e1": 0, "e2": 40}, {"e1": "t1"}, frozenset({"t1"}), frozenset({"e2"})) == {}


def test_a_then_step_after_a_dated_happening_is_not_put_on_the_publication_day() -> None:
    text = ("The shipyard closed on Tuesday. A buyer made an offer in October but withdrew it two weeks later. "
            "Workers then occupied the yard.")
    tl = _build(text, "2026-12-02")
    occupied = _event(tl, "occupied")
    assert occupied.likely_start is not None and occupied.likely_start.date() < dt.date(2026, 11, 20)
    assert _stated(tl, "occupied", "closed") == "BEFORE"


# --- "on the morning of the fire": a part of the day of a happening told before --------------------------------------

from timeline.placement.occasion_days import occasion_part_facts  # noqa: E402
from _timelines import verb_mentions as _mentions

_YARD = "Fire destroyed a timber yard in Leek on Saturday afternoon. Police said a man bought petrol at a garage on the morning of the fire."


def test_a_verb_done_on_the_morning_of_a_happening_lies_in_that_morning() -> None:
    tl = _build(_YARD, "2026-11-16")  # Monday: Saturday is 14 November
    bought = _event(tl, "bought")
    assert bought.likely_start is not None and bought.likely_end is not None
    assert bought.likely_start.replace(tzinfo=None) >= dt.datetime(2026, 11, 14, 5)
    assert bought.likely_end.replace(tzinfo=None) <= dt.datetime(2026, 11, 14, 12)
    assert _stated(tl, "bought", "destroyed") == "BEFORE"


def test_the_day_of_a_night_event_is_the_day_it_is_named_by() -> None:
    text = "A blaze gutted a barn near Ripon on Tuesday night. Detectives said the farmer had argued with a neighbour on the day of the blaze."
    tl = _build(text, "2026-11-26")  # Thursday: Tuesday is 24 November
    argued = _event(tl, "argued")
    assert argued.likely_start is not None and argued.likely_start.date() == dt.date(2026, 11, 24)
    assert argued.likely_end is not None and argued.likely_end.replace(tzinfo=None) <= dt.datetime(2026, 11, 25)
    # (s59 vals: "the day of the blaze" is now itself valued 2026-11-24 from the blaze's day, resolve/happening_days, so
    # the arguing is dated by it for certain, no longer only likely by the occasion facts' "gutted")
    assert (argued.earliest_start.replace(tzinfo=None), argued.latest_end.replace(tzinfo=None)) == (
        dt.datetime(2026, 11, 24), dt.datetime(2026, 11, 25))


def _occasion_facts(text: str, verbs: dict[str, tuple], days: dict[str, tuple[dt.datetime, dt.datetime]],
                    timed: frozenset[str] = frozenset()) -> set[tuple[str, str]]:
    mentions, _ = _mentions(text, verbs)
    by_word = {m.text: m.eid for m in mentions}
    by_id = {m.eid: m.text for m in mentions}
    real = {m.eid: True for m in mentions}
    facts = occasion_part_facts(_CUES, text, mentions, {by_word[w]: span for w, span in days.items()}, real,
                                frozenset(by_word[w] for w in timed))
    return {(by_id[f.source], by_id[f.target]) for f in facts}


_SAT = (dt.datetime(2026, 11, 14, 12), dt.datetime(2026, 11, 14, 18))


def test_occasion_facts_for_a_noun_that_is_a_verbs_subject() -> None:
    verbs = {"destroyed": _PAST, "said": ("REPORTING", "PAST", "NONE"), "bought": _PAST}
    assert _occasion_facts(_YARD, verbs, {"destroyed": _SAT}) == {("bought", "destroyed")}


def test_no_occasion_fact_when_the_happening_has_no_day() -> None:
    verbs = {"destroyed": _PAST, "said": ("REPORTING", "PAST", "NONE"), "bought": _PAST}
    month = (dt.datetime(2026, 10, 1), dt.datetime(2026, 11, 1))
    assert _occasion_facts(_YARD, verbs, {"destroyed": month}) == set()


def test_no_occasion_fact_for_a_verb_with_a_time_of_its_own_or_a_future_one() -> None:
    verbs = {"destroyed": _PAST, "said": ("REPORTING", "PAST", "NONE"), "bought": _PAST}
    assert _occasion_facts(_YARD, verbs, {"destroyed": _SAT}, timed=frozenset({"bought"})) == set()
    text = "Fire destroyed a timber yard in Leek on Saturday afternoon. Police will question the owner on the morning of the fire."
    verbs = {"destroyed": _PAST, "question": ("OCCURRENCE", "FUTURE", "NONE")}
    assert _occasion_facts(text, verbs, {"destroyed": _SAT}) == set()


def test_no_occasion_fact_for_a_noun_told_nowhere_before_or_a_part_word_not_listed() -> None:
    verbs = {"destroyed": _PAST, "bought": _PAST}
    text = "Fire destroyed a timber yard in Leek on Saturday afternoon. A man bought petrol on the morning of the wedding."
    assert _occasion_facts(text, verbs, {"destroyed": _SAT}) == set()
    text = "Fire destroyed a timber yard in Leek on Saturday afternoon. A man bought petrol on the anniversary of the fire."
    assert _occasion_facts(text, verbs, {"destroyed": _SAT}) == set()
