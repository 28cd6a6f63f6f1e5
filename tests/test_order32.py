"""The order a timeline states between events (session s32, helper order, bench/stories-s32order): kinds of textual
order that came out wrong on our own sentences.  Each case has a control the fix must keep."""

from __future__ import annotations

import datetime as dt

import timeline

from _timelines import certain_relation as _certain
from _timelines import event
from test_anchoring import events as _events
from timeline.anchoring import anchor_events

_REF = "2026-12-03"  # a Thursday


# --- a state verb carrying a participle, before a signal clause -------------------------------------------------

def test_a_state_verb_carrying_a_participle_shares_its_until_clause() -> None:
    """ "The library will stay closed until engineers repair the roof": the staying is the closed state, so it began
    before the repair, as the closing did."""
    tl = timeline.build("The library will stay closed until engineers repair the roof.", _REF)
    assert _certain(tl, "closed", "repair") == "BEFORE"
    assert _certain(tl, "stay", "repair") == "BEFORE"


def test_a_past_state_verb_carrying_a_participle_shares_its_after_clause() -> None:
    """ "The road remained closed after the river burst its banks": the remaining came after the flood, as the closed
    state did."""
    tl = timeline.build("The road remained closed after the river burst its banks.", _REF)
    assert _certain(tl, "closed", "burst") == "AFTER"
    assert _certain(tl, "remained", "burst") == "AFTER"


def test_a_state_verb_is_not_put_inside_a_during_clause() -> None:
    """Control: "The station remained closed during the strike": the state may have held before the strike and after
    it; the remaining is not put inside the strike (only "before"/"after" clauses are shared)."""
    tl = timeline.build("The station remained closed during the strike on Monday.", _REF)
    assert _certain(tl, "remained", "strike") is None


# --- a "before" clause after a verb an "until" time ends ---------------------------------------------------------

def test_a_before_clause_after_an_until_time_most_likely_came_at_that_end() -> None:
    """ "Crews searched the river until dusk on Monday before they found the body" (published Thursday): the finding
    came when the search ended, most likely on Monday evening or that night, not on the publication day."""
    tl = timeline.build("Crews searched the river until dusk on Monday before they found the body.", _REF)
    found = event(tl, "found")
    assert found.likely_start is not None
    assert dt.datetime(2026, 11, 30, 12) <= found.likely_start.replace(tzinfo=None) < dt.datetime(2026, 12, 1, 12)


def test_a_before_clause_with_no_end_told_gets_no_likely_gap() -> None:
    """Control: "Crews searched the river on Monday before they found the body": no "until" gives the search an end, so
    the "before" link carries no most-likely gap (with "until dusk on Monday" it carries the lexicon's 12 hours)."""
    for text, gap in (("Crews searched the river on Monday before they found the body.", None),
                      ("Crews searched the river until dusk on Monday before they found the body.", dt.timedelta(hours=12))):
        doc = timeline.tag(text, _REF)
        evs = _events(text, "searched", "found")
        links = [link for link in anchor_events(text, doc.timexes, evs) if (link.source, link.relation, link.target) == ("e1", "before", "e2")]
        assert len(links) == 1
        assert links[0].likely_max == gap


def test_a_passive_before_clause_after_an_until_clock_time_most_likely_came_that_day() -> None:
    """ "Firefighters fought the blaze until 3 a.m. on Sunday before it was brought under control" (published Thursday):
    the clause after the end starts at or after 3 a.m. on Sunday (certain), and most likely that day."""
    tl = timeline.build("Firefighters fought the blaze until 3 a.m. on Sunday before it was brought under control.", _REF)
    brought = event(tl, "brought")
    assert brought.likely_start is not None
    assert dt.datetime(2026, 11, 29, 3) <= brought.likely_start.replace(tzinfo=None) < dt.datetime(2026, 11, 30)


# --- a reporting verb whose object a state word completes is an act of the story ----------------------------------

def test_reported_them_missing_is_a_step_of_the_story_not_a_report_at_publication() -> None:
    """Published on a Thursday: "Two walkers set off from the village on Friday morning and lost their way in fog. A
    friend reported them missing when they failed to return.": the reporting was done that Friday (or the night
    after), not on the publication day as speech the article reports."""
    text = ("Two walkers set off from the village on Friday morning and lost their way in fog. "
            "A friend reported them missing when they failed to return.")
    tl = timeline.build(text, _REF)
    reported = event(tl, "reported")
    assert reported.likely_start is not None and reported.likely_end is not None
    assert dt.datetime(2026, 11, 27) <= reported.likely_start.replace(tzinfo=None)
    assert reported.likely_end.replace(tzinfo=None) <= dt.datetime(2026, 11, 29)


def test_a_clause_after_said_is_no_declared_state() -> None:
    """Control, on the cue itself (lexicon ``declared_state``): it completes "reported them missing", "declared him dead",
    "reported the car stolen", but not a reporting verb whose object is a clause ("said the man was dead", "said two
    people were missing"), which stays speech the article reports."""
    from timeline.anchoring.cues import anchor_words

    cue = anchor_words("en").declared_state
    for text, verb in (("A friend reported them missing.", "reported"), ("Doctors declared him dead.", "declared"),
                       ("The owner reported the car stolen.", "reported")):
        assert cue.match(text, text.index(verb) + len(verb)) is not None, text
    for text, verb in (("Police said the man was dead.", "said"), ("Firefighters said two people were missing.", "said")):
        assert cue.match(text, text.index(verb) + len(verb)) is None, text
