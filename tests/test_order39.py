"""The order a timeline gives events (session s39, helper order, bench/stories-s39order): kinds of textual order that
came out unstated on our own sentences.  Each kind has a control the fix must keep."""

from __future__ import annotations

import timeline
from _timelines import nth_event as _nth
from _timelines import relation_between as _stated
from _timelines import anchors_of as _anchors


# --- a flashback goes on over a report: "... was fined on Monday. The inquiry heard that ... He had ignored ..." -------

def test_a_flashback_after_a_report_looks_back_from_the_story_before_it() -> None:
    """ "A builder who cut corners was fined on Monday. The tribunal heard that he had skipped two inspections. He had also
    forged a safety certificate.": the forging came before the fining (the report between steps back too)."""
    tl = timeline.build("A builder who cut corners was fined on Monday. The tribunal heard that he had skipped two inspections. "
                        "He had also forged a safety certificate.", "2026-12-09")
    forged, fined = _nth(tl, "forged"), _nth(tl, "fined")
    assert ("before", fined.eid) in _anchors(forged)
    assert _stated(tl, forged, fined) == "BEFORE"


def test_a_flashback_goes_on_over_a_sentence_that_opens_in_the_past_perfect() -> None:
    """ "Nurses scrapped a walkout on Friday. The union said ... Members had marched twice in May. The hospital had warned
    ...": the warning came before the scrapping, over a report and a dated past perfect."""
    tl = timeline.build("Nurses scrapped a walkout on Friday. The union said talks would go on. Members had marched twice in May. "
                        "The hospital had warned that wards would close.", "2026-12-09")
    warned, scrapped = _nth(tl, "warned"), _nth(tl, "scrapped")
    assert ("before", scrapped.eid) in _anchors(warned)


def test_a_flashback_does_not_look_back_over_a_sentence_of_the_present() -> None:
    """Control: "A builder was fined on Monday. Council staff are checking his other sites. He had also forged a
    certificate.": a sentence of the present stands between; the chain stops there (no link to the fining)."""
    tl = timeline.build("A builder was fined on Monday. Council staff are checking his other sites. "
                        "He had also forged a safety certificate.", "2026-12-09")
    forged, fined = _nth(tl, "forged"), _nth(tl, "fined")
    assert ("before", fined.eid) not in _anchors(forged)


# --- "had tried to sell the farm but the deal fell through": the perfect against the verb after its infinitive ------

def test_a_perfect_with_its_infinitive_comes_before_the_verb_after_but() -> None:
    """ "The family had tried to sell the farm for a year but the buyer pulled out in June": the trying came first."""
    tl = timeline.build("The family had tried to sell the farm for a year but the buyer pulled out in June.", "2026-12-09")
    tried, pulled = _nth(tl, "tried"), _nth(tl, "pulled")
    assert ("before", pulled.eid) in _anchors(tried)


def test_a_perfect_before_but_comes_first() -> None:
    """ "The council had promised the money but withdrew it in May": the promise came first."""
    tl = timeline.build("The council had promised the money but withdrew it in May.", "2026-12-09")
    promised, withdrew = _nth(tl, "promised"), _nth(tl, "withdrew")
    assert ("before", withdrew.eid) in _anchors(promised)


def test_a_perfect_whose_infinitive_opens_a_clause_of_its_own_orders_nothing() -> None:
    """Control: "The club had hoped to announce that the coach signed in June": "that" opens the perfect's own clause."""
    tl = timeline.build("The club had hoped to announce that the coach signed in June.", "2026-12-09")
    hoped, signed = _nth(tl, "hoped"), _nth(tl, "signed")
    assert ("before", signed.eid) not in _anchors(hoped)


# --- "closed after years of losses": the length of a happening after "of" ------------------------------------------

def test_after_years_of_a_happening_it_lasted_years_and_came_first() -> None:
    """ "The bakery will shut in April after years of losses, its owner announced on Monday": the losses lasted years,
    over before the shutting, so they began before the announcement."""
    tl = timeline.build("The bakery will shut in April after years of losses, its owner announced on Monday.", "2026-12-09")
    losses, shut, announced = _nth(tl, "losses"), _nth(tl, "shut"), _nth(tl, "announced")
    assert ("after", losses.eid) in _anchors(shut)
    assert any(rel == "lasts" for rel, _ in _anchors(losses))
    assert losses.latest_start is not None and announced.earliest_start is not None
    assert losses.latest_start < announced.earliest_start


def test_following_months_of_talks_orders_the_verb_before_the_signal() -> None:
    """ "The striker joined the club following months of talks": the talks came first."""
    tl = timeline.build("The striker joined the club on Tuesday following months of talks.", "2026-12-09")
    talks, joined = _nth(tl, "talks"), _nth(tl, "joined")
    assert ("after", talks.eid) in _anchors(joined)


def test_a_length_after_for_is_no_length_of_the_noun_after_of() -> None:
    """Control: "The mayor spoke for hours of the flood": "for" is no signal of a happening's length before the verb."""
    tl = timeline.build("The mayor spoke for hours of the flood on Monday.", "2026-12-09")
    flood, spoke = _nth(tl, "flood"), _nth(tl, "spoke")
    assert ("after", flood.eid) not in _anchors(spoke)


# --- "vote on the new offer before the shift begins": a modified object noun, the verb's signal ---------------------

def test_a_signal_after_a_modified_object_orders_the_verb() -> None:
    """ "Members voted on the revised offer before the deadline passed": the voting came before the deadline passed
    (not the offer)."""
    tl = timeline.build("Members voted on the revised offer before the deadline passed on Friday.", "2026-12-09")
    voted, offer = _nth(tl, "voted"), _nth(tl, "offer")
    passed = _nth(tl, "passed")
    assert ("before", passed.eid) in _anchors(voted)
    assert ("before", passed.eid) not in _anchors(offer)


# --- "sold out within six hours of sales opening": a learned order the text allows only at a tie --------------------

def test_a_learned_start_order_against_within_is_neither_stated_nor_listed() -> None:
    """ "Tickets sold out within six hours of sales opening on Monday": the text starts the sale first (the selling out
    within six hours of it); a learned guess the other way holds only at a tie: not stated, not listed."""
    tl = timeline.build("Tickets sold out within six hours of sales opening on Monday.", "2026-12-05")
    sold, opening = _nth(tl, "sold"), _nth(tl, "opening")
    assert _stated(tl, sold, opening) != "BEFORE"
    position = {e.eid: i for i, e in enumerate(tl.events)}
    assert position[opening.eid] < position[sold.eid]


def test_a_text_order_before_keeps_its_stated_order() -> None:
    """Control: "Fans queued for hours before the doors opened on Friday": the text's own order is stated and listed."""
    tl = timeline.build("Fans queued for hours before the doors opened on Friday.", "2026-12-09")
    queued, opened = _nth(tl, "queued"), _nth(tl, "opened")
    assert _stated(tl, queued, opened) == "BEFORE"
    position = {e.eid: i for i, e in enumerate(tl.events)}
    assert position[queued.eid] < position[opened.eid]


# --- "had followed the van and then forced it off the road": a verb that shares the flashback's auxiliary ------------

def test_a_verb_sharing_the_flashback_s_auxiliary_is_over_before_the_story_too() -> None:
    """ "Coastguards rescued a fisherman on Sunday. He had drifted for hours and then lost his oars.": "lost" shares the
    "had" of "drifted": it too came before the rescue."""
    tl = timeline.build("Coastguards rescued a fisherman on Sunday. He had drifted for hours and then lost his oars.", "2026-12-09")
    lost, rescued = _nth(tl, "lost"), _nth(tl, "rescued")
    assert ("before", rescued.eid) in _anchors(lost)


def test_a_verb_with_a_subject_of_its_own_shares_no_auxiliary() -> None:
    """Control: "... He had drifted for hours and then a trawler spotted him.": a subject of its own, a step of the story
    of its own; no link to the rescue."""
    tl = timeline.build("Coastguards rescued a fisherman on Sunday. He had drifted for hours and then a trawler spotted him.", "2026-12-09")
    spotted, rescued = _nth(tl, "spotted"), _nth(tl, "rescued")
    assert ("before", rescued.eid) not in _anchors(spotted)
