"""The order a timeline states between events (session s33, helper order, bench/stories-s33order): kinds of textual
order that came out unstated or wrong on our own sentences.  Each case has a control the fix must keep."""

from __future__ import annotations

import datetime as dt

import timeline

from _timelines import _INVERSE
from _timelines import nth_event as _nth

_REF = "2026-12-03"  # a Thursday


def _certain(tl: timeline.Timeline, a: timeline.Event, b: timeline.Event) -> "str | None":
    """The certain relation ``tl.relations`` states of ``a`` to ``b`` (either way round), None when none."""
    for r in tl.relations:
        if r.certain and (r.source, r.target) == (a.eid, b.eid):
            return r.relation
        if r.certain and (r.source, r.target) == (b.eid, a.eid):
            return _INVERSE[r.relation]
    return None


# --- the event noun a light verb holds takes the signal's order -------------------------------------------------

def test_the_object_of_a_light_verb_is_ordered_by_the_signal_clause() -> None:
    """ "Bus drivers will hold a second strike after the first strike ends on Friday": the second strike (the noun "hold"
    carries) comes after the end of the first one; "first"/"second" keep the two strikes apart."""
    tl = timeline.build("Bus drivers will hold a second strike after the first strike ends on Friday.", _REF)
    second, first = _nth(tl, "strike", 0), _nth(tl, "strike", 1)
    ends = _nth(tl, "ends")
    assert _certain(tl, second, ends) == "AFTER"
    assert _certain(tl, second, first) == "AFTER"


def test_a_past_light_verb_object_is_ordered_too() -> None:
    """ "Farmers staged a protest after the minister cut the subsidy": the protest came after the cut."""
    tl = timeline.build("Farmers staged a protest after the minister cut the subsidy.", _REF)
    assert _certain(tl, _nth(tl, "protest"), _nth(tl, "cut")) == "AFTER"


def test_the_object_of_a_verb_that_is_not_light_is_not_ordered() -> None:
    """Control: "The union cancelled a second strike after the first strike ended": cancelling is no light verb, the
    second strike may never happen and is not put after the first one's end (the cancelling is)."""
    tl = timeline.build("The union cancelled a second strike after the first strike ended on Tuesday.", _REF)
    second, ended = _nth(tl, "strike", 0), _nth(tl, "ended")
    assert _certain(tl, second, ended) is None
    assert _certain(tl, _nth(tl, "cancelled"), ended) == "AFTER"


# --- "once" opening a clause --------------------------------------------------------------------------------------

def test_once_opening_a_clause_orders_it_before_the_verb() -> None:
    """ "The takeover will close once shareholders of Hartley have voted": the vote comes first."""
    tl = timeline.build("The takeover will close once shareholders of Hartley have voted on it.", _REF)
    assert _certain(tl, _nth(tl, "close"), _nth(tl, "voted")) == "AFTER"


def test_once_as_an_adverb_orders_nothing() -> None:
    """Control: "She left the board in May and then once again joined the council": "once again" is an adverb (lexicon
    ``signal_adverbs``), no clause: the joining is not put after the leaving by the text."""
    tl = timeline.build("She left the board in May and then once again joined the council.", _REF)
    assert _certain(tl, _nth(tl, "left"), _nth(tl, "joined")) is None


# --- auxiliaries between a signal clause's subject and its verb ---------------------------------------------------

def test_auxiliaries_do_not_lengthen_a_signal_clause_subject() -> None:
    """ "Engineers replaced the pipe after the water had been drained from it": the draining came first, as with "after
    the water was drained"."""
    for text in ("Engineers replaced the pipe after the water had been drained from it.",
                 "Crews reopened the road after the mud had been cleared away."):
        tl = timeline.build(text, _REF)
        verbs = [e for e in sorted(tl.events, key=lambda e: e.start) if e.text in ("replaced", "drained", "reopened", "cleared")]
        assert _certain(tl, verbs[0], verbs[1]) == "AFTER", text


def test_a_long_subject_still_orders_nothing() -> None:
    """Control: only auxiliaries are left out; the subject of a signal clause may still have at most three words before
    them ("after its big old village hall had been sold": four, too far for the signal to reach)."""
    tl = timeline.build("The council closed the school after its big old village hall had been sold.", _REF)
    assert _certain(tl, _nth(tl, "closed"), _nth(tl, "sold")) is None


def test_a_modal_is_no_auxiliary_left_out_of_a_signal_clause() -> None:
    """Control: "A car drove onto the approach road before barriers could be put up": a modal clause tells no fact, and
    "could be" still counts, so the signal (eight words away) orders nothing (the driving keeps the story's day)."""
    tl = timeline.build("A car drove onto the approach road before barriers could be put up.", _REF)
    assert _certain(tl, _nth(tl, "drove"), _nth(tl, "put")) is None


# --- "by the time", "as soon as" inside a sentence ----------------------------------------------------------------

def test_by_the_time_inside_a_sentence_orders_the_main_verb_first() -> None:
    """ "All passengers were taken off by lifeboat crews by the time the tide began to rise": the taking off began before
    the tide's rise (the phrase is one signal; the words before it, five, stay within reach)."""
    tl = timeline.build("All 64 passengers were taken off by lifeboat crews by the time the tide began to rise.", _REF)
    assert _certain(tl, _nth(tl, "taken"), _nth(tl, "began")) == "BEFORE"


def test_as_soon_as_inside_a_sentence_orders_the_main_verb_after() -> None:
    """ "The council reopened the schools as soon as the supply returned": after the supply came back (not during it, as
    the last "as" alone would say)."""
    tl = timeline.build("The council reopened the schools as soon as the supply returned.", _REF)
    assert _certain(tl, _nth(tl, "reopened"), _nth(tl, "returned")) == "AFTER"


# --- "first" before a planning verb: the act is what a past time dates ----------------------------------------------

def test_first_before_a_planning_verb_dates_the_act() -> None:
    """ "The government first proposed the ban in January" (published in November): the proposing was in January, not
    on the publication day (the ban itself lies ahead)."""
    tl = timeline.build("The government first proposed the ban in January.", "2026-11-25")
    proposed = _nth(tl, "proposed")
    assert proposed.likely_start is not None and proposed.likely_end is not None
    assert dt.datetime(2026, 1, 1) <= proposed.likely_start.replace(tzinfo=None) < proposed.likely_end.replace(tzinfo=None) <= dt.datetime(2026, 2, 1)


def test_a_planning_verb_alone_leaves_the_time_to_its_object() -> None:
    """Control: "The mayor promised a vote on Monday" (published on Wednesday): with no "first", the day stays the
    object's, as the anchoring convention for planning verbs has it (the vote on Monday; the promise is not dated)."""
    tl = timeline.build("The mayor promised a vote on Monday.", "2026-11-25")
    vote, promised = _nth(tl, "vote"), _nth(tl, "promised")
    dated = {r.source for r in tl.relations if r.certain and r.relation == "IS_INCLUDED" and r.target.startswith("t")}
    assert vote.eid in dated and promised.eid not in dated


# --- "The trial heard that ...": a report heard at an occasion of the story ---------------------------------------

def test_what_a_trial_heard_is_no_report_of_the_publication_day() -> None:
    """ "A jury convicted a builder of fraud on Thursday. The trial heard that he had forged 40 cheques" (published on
    Friday): the hearing was the trial's, a step of the story before the report, not speech reported on Friday (as "The
    jury heard that ..." already is)."""
    for subject in ("trial", "jury"):
        text = f"A jury convicted a builder of fraud on Thursday. The {subject} heard that he had forged 40 cheques."
        tl = timeline.build(text, "2026-12-04")
        heard = _nth(tl, "heard")
        assert heard.likely_start is not None and heard.likely_start.replace(tzinfo=None) < dt.datetime(2026, 12, 4), subject


def test_every_form_of_a_light_verb_hands_the_order_to_its_object() -> None:
    """ "Nurses will stage a walkout after the talks have failed": "stage" is as light as "staged" (lexicon light_verbs),
    so the walkout, not only the staging, comes after the talks fail."""
    tl = timeline.build("Nurses will stage a walkout after the talks have failed.", _REF)
    assert _certain(tl, _nth(tl, "walkout"), _nth(tl, "failed")) == "AFTER"
