"""The order a timeline gives events (session s40, helper order, bench/stories-s40order): a learned start order near even
odds does not turn round two happenings told as plain narration, one the story's next step after the other
(placement/narration.py).  Each kind has a control the rule must keep."""

from __future__ import annotations


from timeline.anchoring import anchor_words
from timeline.placement.narration import NARRATED_ORDER_MIN, narrated_steps, narrated_tie_predictions
from timeline.relations import PredictedRelation
from _timelines import verb_mentions as _mentions

_CUES = anchor_words("en")



def _steps(text: str, verbs: dict[str, tuple[str, str]]) -> set[tuple[str, str]]:
    mentions, sentence_of = _mentions(text, verbs)
    by_id = {m.eid: m.text for m in mentions}
    return {(by_id[a], by_id[b]) for a, b in narrated_steps(_CUES, text, mentions, sentence_of)}


_PAST = ("OCCURRENCE", "PAST")
_LEAD = "A fire broke out at a mill on Monday. "


def test_a_clause_joined_by_and_is_the_next_step() -> None:
    """ "Neighbours called the fire service, and crews arrived within ten minutes": a step (after the lead)."""
    steps = _steps(_LEAD + "Neighbours called the fire service, and crews arrived within ten minutes.",
                   {"broke": _PAST, "called": _PAST, "arrived": _PAST})
    assert ("called", "arrived") in steps


def test_the_next_sentence_opening_with_its_subject_is_the_next_step() -> None:
    """ "The jury returned its verdicts. The judge remanded him in custody." and "Afterwards, she thanked the crowd"."""
    steps = _steps(_LEAD + "The jury returned its verdicts. The judge remanded him in custody. Afterwards, she thanked the crowd.",
                   {"broke": _PAST, "returned": _PAST, "remanded": _PAST, "thanked": _PAST})
    assert steps >= {("returned", "remanded"), ("remanded", "thanked")}


def test_the_lead_is_no_step_before_the_sentence_after_it() -> None:
    """Control: "An insurer's chief resigned on Thursday. The company noticed odd traffic late one night.": a story goes
    back after its lead."""
    steps = _steps("An insurer's chief resigned on Thursday. The company noticed odd traffic late one night.",
                   {"resigned": _PAST, "noticed": _PAST})
    assert steps == set()


def test_a_clause_that_steps_back_or_aside_is_no_step() -> None:
    """Controls: "closed the school after pupils fell ill", "A year earlier it earned", "who joined", "had" stepping back."""
    assert _steps(_LEAD + "Officials closed the school after pupils fell ill.", {"broke": _PAST, "closed": _PAST, "fell": _PAST}) == set()
    assert ("made", "earned") not in _steps(_LEAD + "The grocer made a profit. A year earlier it earned less.",
                                            {"broke": _PAST, "made": _PAST, "earned": _PAST})
    assert _steps(_LEAD + "Harwick equalised through Lee Barnes, who joined the club in the summer.",
                  {"broke": _PAST, "equalised": _PAST, "joined": _PAST}) == set()


def test_market_moves_plans_and_passive_side_facts_are_no_steps() -> None:
    """Controls: "Kestrel skidded 9.5 to 200.5, and Telecom fell", "She was scheduled to lay flowers", "was arrested
    in the city and the agency was involved"."""
    assert _steps(_LEAD + "Kestrel skidded 9.5 to 200.5, and Telecom fell 3.",
                  {"broke": _PAST, "skidded": _PAST, "fell": _PAST}) == set()
    text = _LEAD + "The engine overheated. She was scheduled to lay flowers."
    assert ("overheated", "scheduled") not in _steps(text, {"broke": _PAST, "overheated": _PAST, "scheduled": _PAST, "lay": ("OCCURRENCE", "INFINITIVE")})
    assert _steps(_LEAD + "A man was arrested in the city and the agency was involved.",
                  {"broke": _PAST, "arrested": _PAST, "involved": _PAST}) == set()


def test_a_shared_subject_after_and_is_a_step_but_a_noun_with_a_clause_is_not() -> None:
    """ "The men were taken to hospital and were released" is a step; "paid tribute to the crews and the men they
    rescued" joins nouns (control)."""
    assert ("taken", "released") in _steps(_LEAD + "The men were taken to hospital and were released.",
                                           {"broke": _PAST, "taken": _PAST, "released": _PAST})
    assert _steps(_LEAD + "The mayor paid tribute to the crews and the men they rescued.",
                  {"broke": _PAST, "paid": _PAST, "rescued": _PAST}) == set()


def test_a_weak_guess_against_a_narrated_step_is_dropped_a_sure_one_kept() -> None:
    """A learned start order below NARRATED_ORDER_MIN that puts the later told step first loses its start order; one at
    least that sure, and one in the order told, keep theirs."""
    steps = frozenset({("e1", "e2")})
    weak = PredictedRelation("e1", "e2", "AFTER", 0.5, "event-event", "AFTER", 0.51)
    sure = PredictedRelation("e1", "e2", "AFTER", 0.7, "event-event", "AFTER", NARRATED_ORDER_MIN + 0.05)
    told = PredictedRelation("e2", "e1", "AFTER", 0.5, "event-event", "AFTER", 0.51)
    out = narrated_tie_predictions([weak, sure, told], steps)
    assert [p.start_order for p in out] == [None, "AFTER", "AFTER"]


# --- coreference: a definite noun its year names is that year's occasion, not the undated one told before ---------------

def test_a_noun_named_by_its_year_does_not_take_up_the_undated_one_before() -> None:
    """ "The vote followed weeks of quarrels ... since she won the 2022 election": the 2022 election is not the vote (which
    would put the vote, and the quarrels before it, in 2022)."""
    import timeline

    tl = timeline.build("Prime Minister Ana Reis resigned on Thursday. The vote followed weeks of quarrels inside the coalition. "
                        "Reis had led the country since she won the 2022 election.", "2026-10-09")
    vote = next(e for e in tl.events if e.text == "vote")
    later = [e for e in tl.events if e.text == "election"][-1]
    assert all(a.target != vote.eid for a in later.anchors)
    assert vote.latest_end is None or vote.latest_end.year == 2026


def test_a_noun_named_by_a_day_still_takes_up_the_vote_before() -> None:
    """Control: "The vote took place on Sunday. ... The Sunday vote was close": no year between the determiner and the
    noun, the same vote (the chain is kept)."""
    import timeline

    tl = timeline.build("The vote took place on Sunday, officials said. The Sunday vote was close.", "2026-10-09")
    votes = [e for e in tl.events if e.text == "vote"]
    assert len(votes) == 2
    assert any(a.target == votes[0].eid for a in votes[1].anchors)


# --- a past perfect told after a simple past verb in its sentence does not lend that verb its time ----------------------

def test_a_past_perfect_after_the_verb_does_not_lend_it_its_night() -> None:
    """ "They fled in a car that had been stolen the night before": the stealing's night is not the fleeing's time (it
    put the fleeing before the raid the arrest followed)."""
    import datetime as dt

    import timeline

    tl = timeline.build("Police arrested two men on Thursday after a raid on a shop. They fled in a car that had been stolen "
                        "the night before.", "2026-03-06")
    fled = next(e for e in tl.events if e.text == "fled")
    assert fled.likely_start is not None and fled.likely_start >= dt.datetime(2026, 3, 5)


def test_a_past_perfect_still_lends_its_night_to_a_past_perfect_before_it() -> None:
    """Control: "They had fled in a car that had been stolen the night before": both told in the past perfect, the
    fleeing goes on with the stealing's night."""
    import datetime as dt

    import timeline

    tl = timeline.build("Police arrested two men on Thursday after a raid on a shop. They had fled in a car that had been stolen "
                        "the night before.", "2026-03-06")
    fled = next(e for e in tl.events if e.text == "fled")
    assert fled.likely_start is not None and fled.likely_start < dt.datetime(2026, 3, 5)


# --- the listing: two narrated steps whose starts tie are listed in the order told --------------------------------------

def _tied_pair():  # type: ignore[no-untyped-def]
    """An OrderResult of two events "a" and "b" bounded alike (same day, start before end): their starts tie."""
    import datetime as dt

    from timeline.order import Bound, Constraint, end_of, order, start_of

    day, night = dt.datetime(2026, 3, 5), dt.datetime(2026, 3, 6)
    facts = [f for n in ("a", "b") for f in (Bound(start_of(n), day, night, "test", 1), Bound(end_of(n), day, night, "test", 1),
                                              Constraint(start_of(n), end_of(n), dt.timedelta(0), None, "test", 1))]
    return order(facts)


def test_tied_narrated_steps_are_listed_in_the_order_told() -> None:
    """With their starts tied, "a" told as the step after "b" ((b, a) a narrated step) lists b first, over a learned guess
    the other way less than NARRATED_ORDER_MIN sure; a surer guess still wins (control: with neither, by name)."""
    from timeline.placement.listing import timeline_order

    likely = _tied_pair()
    weak = PredictedRelation("a", "b", "BEFORE", 0.5, "event-event", "BEFORE", 0.55)
    sure = PredictedRelation("a", "b", "BEFORE", 0.5, "event-event", "BEFORE", 0.7)
    assert timeline_order(likely, ["a", "b"], ["a", "b"]) == {"a": 0, "b": 1}
    assert timeline_order(likely, ["a", "b"], ["a", "b"], guesses=[weak], narrated=[("b", "a")]) == {"b": 0, "a": 1}
    assert timeline_order(likely, ["a", "b"], ["a", "b"], guesses=[sure], narrated=[("b", "a")]) == {"a": 0, "b": 1}
