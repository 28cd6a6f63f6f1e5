"""Start order told across two sentences (session s44, helper order, bench/stories-s44order): a past perfect opening a
sentence went before the simple past of the sentence before ("The road was closed. A lorry had overturned"), and a
sentence whose verb an adverb such as "then" or "afterwards" introduces tells the next step (placement/narration.py
``told_steps``).  Each kind has negatives the rule must leave alone."""

from __future__ import annotations

import re

import timeline
from timeline.anchoring import anchor_words
from timeline.events.detect import EventMention
from timeline.placement.narration import TOLD_STEP_CONFIDENCE, told_step_facts, told_steps
from _timelines import verb_mentions as _mentions

_CUES = anchor_words("en")



_PAST = ("OCCURRENCE", "PAST", "NONE")
_PERFECT = ("OCCURRENCE", "PAST", "PERFECTIVE")


def _steps(text: str, verbs: dict[str, tuple[str, str, str]]) -> set[tuple[str, str]]:
    mentions, sentence_of = _mentions(text, verbs)
    by_id = {m.eid: m.text for m in mentions}
    real = {m.eid: True for m in mentions}
    return {(by_id[a], by_id[b]) for a, b in told_steps(_CUES, text, mentions, sentence_of, real)}


# --- a past perfect opening a sentence: before the simple past of the sentence before -----------------------------------

def test_a_past_perfect_opening_the_next_sentence_went_first() -> None:
    text = "The canal towpath was shut all weekend. A barge had sunk near the lock on Friday night."
    assert _steps(text, {"shut": _PAST, "sunk": _PERFECT}) == {("sunk", "shut")}


def test_its_subject_may_hold_a_participle() -> None:
    """ "A tanker carrying milk had tipped over": the participle is no finite verb; the perfect is still the first."""
    text = "Drivers waited for hours on the bypass. A tanker carrying milk had tipped over at dawn."
    verbs = {"waited": _PAST, "carrying": ("OCCURRENCE", "PRESPART", "NONE"), "tipped": _PERFECT}
    assert _steps(text, verbs) == {("tipped", "waited")}


def test_a_perfect_told_up_to_a_time_of_its_own_is_no_flashback() -> None:
    """ "By noon the water had receded", "Within hours the crowd had gone", "had since reopened": the perfect reaches a
    time after the scene before, not back before it."""
    for text in ("The river burst its banks at dawn. By noon the water had receded.",
                 "Fans gathered outside the ground. Within hours the crowd had gone.",
                 "The shop closed in March. It had since reopened under a new owner."):
        first, second = re.findall(r"\b(burst|gathered|closed|receded|gone|reopened)\b", text)
        assert _steps(text, {first: _PAST, second: _PERFECT}) == set(), text


def test_a_perfect_after_a_report_or_inside_a_clause_is_left() -> None:
    """A report first ("The firm said it had repaired"): the report's complement, placed with reports; a clause
    opener or an event signal first ("When the bell rang, pupils had left"): the sentence tells its own order."""
    said = "The pump failed on Monday. The firm said it had repaired the pump."
    assert _steps(said, {"failed": _PAST, "said": ("REPORTING", "PAST", "NONE"), "repaired": _PERFECT}) == set()
    when = "The alarm sounded at noon. When the bell rang, pupils had left."
    assert _steps(when, {"sounded": _PAST, "rang": _PAST, "left": _PERFECT}) == set()


def test_no_report_negated_or_state_verb_takes_part() -> None:
    """The sentence before's report sits at its own time; a negated perfect did not happen; a state may still hold."""
    text = "Police said the bridge was safe. Engineers had checked it in May."
    assert _steps(text, {"said": ("REPORTING", "PAST", "NONE"), "checked": _PERFECT}) == set()
    mentions, sentence_of = _mentions("The ferry sailed late. The crew had not slept.", {"sailed": _PAST, "slept": _PERFECT})
    mentions = [m if m.text != "slept" else EventMention(m.eid, m.text, m.start, m.end, m.sentence_start, m.sentence_end, m.cls, "VERB",
                                                         "PAST", "PERFECTIVE", "NEG") for m in mentions]
    assert told_steps(_CUES, "The ferry sailed late. The crew had not slept.", mentions, sentence_of, {m.eid: True for m in mentions}) == []
    assert _steps("The match went ahead. The pitch had been fine.", {"went": _PAST, "been": ("STATE", "PAST", "PERFECTIVE")}) == set()


def test_had_to_is_no_past_perfect() -> None:
    """ "had to close" (tagged as a perfect by its auxiliary) is an obligation of the scene, not a flashback."""
    text = "Protesters blocked the bridge at noon. Police had to close it for an hour."
    assert _steps(text, {"blocked": _PAST, "close": _PERFECT}) == set()
    assert _steps("Protesters blocked the bridge at noon. Police had closed it at dawn.", {"blocked": _PAST, "closed": _PERFECT}) == {("closed", "blocked")}


# --- "then", "afterwards", "later": the next step ----------------------------------------------------------------------

def test_an_adverb_before_the_verb_tells_the_next_step() -> None:
    for text, second in (("The crew winched the walker aboard. Afterwards they flew her to Bangor.", "flew"),
                         ("The crew winched the walker aboard. Afterwards, they flew her to Bangor.", "flew"),
                         ("The crew winched the walker aboard. They then flew her to Bangor.", "flew"),
                         ("The crew winched the walker aboard. She was later flown to Bangor.", "flown"),
                         ("The crew winched the walker aboard. Later the helicopter landed in Bangor.", "landed")):
        assert _steps(text, {"winched": _PAST, second: _PAST}) == {("winched", second)}, text


def test_no_adverb_or_one_that_steps_aside_tells_no_step() -> None:
    """Plain narration is left to the narrated steps (a guess near even odds only is dropped); "the then mayor" is
    no adverb of the verb; a clause opened by "when" or "after" tells its own order."""
    assert _steps("The crew winched the walker aboard. They flew her to Bangor.", {"winched": _PAST, "flew": _PAST}) == set()
    assert _steps("The council sold the hall. The then mayor opposed the sale.", {"sold": _PAST, "opposed": _PAST}) == set()
    assert _steps("The crew winched the walker aboard. Later, when the fog lifted, they flew her to Bangor.",
                  {"winched": _PAST, "lifted": _PAST, "flew": _PAST}) == set()


def test_the_facts_order_the_starts() -> None:
    text = "The canal towpath was shut all weekend. A barge had sunk near the lock on Friday night."
    mentions, _ = _mentions(text, {"shut": _PAST, "sunk": _PERFECT})
    (fact,) = told_step_facts(text, mentions, [("e2", "e1")])
    assert (fact.source, fact.target, fact.relation, fact.confidence, fact.kind) == ("e2", "e1", "START_BEFORE", TOLD_STEP_CONFIDENCE, "event-event")


# --- end to end: the relation a timeline states ------------------------------------------------------------------------

def _relation(tl: timeline.Timeline, a: str, b: str) -> str | None:
    first = {}
    for e in sorted(tl.events, key=lambda e: e.start):
        first.setdefault(e.text, e.eid)
    inverse = {"BEFORE": "AFTER", "AFTER": "BEFORE"}
    for r in tl.relations:
        if (r.source, r.target) == (first[a], first[b]):
            return r.relation
        if (r.source, r.target) == (first[b], first[a]):
            return inverse.get(r.relation, r.relation)
    return None


def test_a_timeline_states_the_flashback() -> None:
    text = ("Ring road closed after tanker spill\n\n"
            "The ring road in Selby was closed in both directions for most of Thursday. "
            "A tanker carrying cooking oil had overturned at a junction shortly after 5 a.m.\n\n"
            "Crews scattered grit across the carriageway, and the road reopened at 8 p.m.")
    tl = timeline.build(text, reference_time="2026-10-16")
    assert _relation(tl, "overturned", "closed") == "BEFORE"


def test_a_timeline_states_the_next_step() -> None:
    """(Without the rule the pair is not stated: the learned start order is against the telling, the windows tie.)"""
    text = ("Burglars caught after garden chase\n\n"
            "Two burglars who broke into a chemist's shop in Ripon on Friday were caught after a short chase.\n\n"
            "The pair jumped a fence and hid in a garden shed, where a police dog found them. "
            "Afterwards officers recovered the stolen medicines from a bag.")
    tl = timeline.build(text, reference_time="2026-10-12")
    assert _relation(tl, "found", "recovered") == "BEFORE"
