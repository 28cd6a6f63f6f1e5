"""Session 25 (anch): a past perfect is over before the simple past verb next to it; a time's relative "when" is not a perfect's "when"."""

from __future__ import annotations

import pytest

import timeline


def _links(text: str, ref: str = "2026-03-16") -> set[tuple[str, str, str]]:
    """(source word, relation, target word) of every event-to-event anchor of the text's timeline."""
    tl = timeline.build(text, ref)
    words = {e.eid: e.text for e in tl.events}
    return {(e.text, getattr(a.relation, "value", a.relation), words[a.target]) for e in tl.events for a in e.anchors if a.target in words}


def test_perfect_in_a_relative_clause_is_before_the_verb_before_it() -> None:
    """ "arrested a man who had stolen a van": the stealing came first (a report's own complement is left to the
    placement of reports: "said the bridge had reopened")."""
    assert ("stolen", "before", "arrested") in _links("Police arrested a man on Monday who had stolen a van.")
    assert not any(rel == "before" and tgt == "said" for _, rel, tgt in _links("The mayor said the old bridge had reopened to traffic."))


def test_perfect_reaches_past_a_comma_only_into_a_next_clause() -> None:
    """ "had missed a penalty, headed in" (the relative clause closes) and ", and the hosts levelled" go on; "had
    evacuated 900 residents ..., many of them lifted from rooftops" (a participle) does not."""
    assert ("missed", "before", "headed") in _links("Okafor, who had missed a penalty in the first half, headed in a corner.")
    links = _links("Officials said crews had evacuated 900 residents within 30 hours of the landfall, many of them lifted from rooftops.")
    assert not any(src == "evacuated" and rel == "before" for src, rel, _ in links)


def test_perfect_before_coordinated_past() -> None:
    """ "had gone ahead after ten minutes, and the hosts levelled": a time's own "after" is no signal between."""
    assert ("scored", "before", "levelled") in _links("The visitors had scored after ten minutes, and the hosts levelled before the break.")


@pytest.mark.parametrize("text, link", [
    ("The guard locked the gate before the thieves had escaped.", ("escaped", "before", "locked")),
    ("Nine workers were rescued from the mine; all but one had climbed out by Sunday night.", ("climbed", "before", "rescued")),
    ("The inspectors said the engineers had decided that the builder ignored the warnings.", ("decided", "before", "ignored")),
])
def test_no_perfect_order_across_a_signal_a_new_clause_or_its_own_complement(text: str, link: tuple[str, str, str]) -> None:
    """A signal ("before"), a semicolon or a clause of the perfect's own ("that ...") leaves the two unordered by tense."""
    assert link not in _links(text)


def test_relative_when_of_a_time_is_not_the_perfects_when() -> None:
    """ "had met on May 2, when the visitors won": the win is on that day, not after the meeting."""
    links = _links("The two clubs had met in the league on May 2, when the visitors won easily.", "2026-05-20")
    assert ("met", "before", "won") not in links
    assert ("met", "during", "won") in links


def test_a_when_clause_right_after_a_time_lies_in_it_without_a_comma() -> None:
    """ "won the semi-final on Sunday when the striker scored": the goal is on Sunday too."""
    links = _timed("United won the semi-final on Sunday when the striker scored in the last minute.", "2026-03-17")
    assert ("scored", "during", "2026-03-15") in links


def test_present_perfect_until_at_least_a_day_ahead_holds_now() -> None:
    """ "have been suspended until at least Friday" (Friday ahead): not over before publication."""
    tl = timeline.build("Classes at the school have been suspended until at least Friday, the council said.", "2026-05-13")
    suspended = next(e for e in tl.events if e.text == "suspended")
    relations = {getattr(a.relation, "value", a.relation) for a in suspended.anchors}
    assert "overlaps_ref" in relations and "before_ref" not in relations
    assert suspended.latest_end is None and suspended.earliest_end is not None


def _timed(text: str, ref: str) -> set[tuple[str, str, str]]:
    """(event word, relation, time value) of every event-to-time anchor of the text's timeline."""
    tl = timeline.build(text, ref)
    values = {t.tid: t.value for t in tl.timexes}
    return {(e.text, getattr(a.relation, "value", a.relation), values[a.target]) for e in tl.events for a in e.anchors if a.target in values}


@pytest.mark.parametrize("text, verb", [
    ("At a hearing in March, the driver denied the charge.", "denied"),
    ("At his trial, which opened on Monday, the banker told the jury that he was innocent.", "told"),
])
def test_a_sentence_opening_at_an_occasion_puts_its_verb_in_it(text: str, verb: str) -> None:
    """ "At his first hearing in October, Reid denied the charge": the denial is at the hearing (past a relative aside)."""
    links = _links(text, "2026-05-20")
    assert any(src == verb and rel == "during" and tgt in ("hearing", "trial") for src, rel, tgt in links)


def test_a_definite_noun_after_two_distinct_mentions_takes_up_neither() -> None:
    """ "a meeting in May ... their first meeting in April ... before the meeting ended": which meeting is unsaid."""
    text = ("The union had accepted the offer at a meeting in May. At their first meeting in April, the members rejected it. "
            "Dozens of workers protested outside before the meeting ended.")
    assert not any(rel == "simultaneous" for _, rel, _ in _links(text, "2026-06-10"))
    # the unsaid one starts the chain again: a later "the meeting" is that same one
    assert ("meeting", "simultaneous", "meeting") in _links(text + " The meeting lasted two hours.", "2026-06-10")


def test_a_definite_noun_takes_up_the_one_mention_before_it() -> None:
    """The control: "a meeting in May ... before the meeting ended" is that meeting."""
    text = "The union accepted the offer at a meeting in May. Dozens of workers protested outside before the meeting ended."
    assert ("meeting", "simultaneous", "meeting") in _links(text, "2026-06-10")


def test_an_occasion_after_the_gerund_object_of_a_telling_verb_is_the_tellings() -> None:
    """ "had admitted causing the crash by speeding at a hearing in March": the admitting is at the hearing, in March."""
    tl = timeline.build("The driver had admitted causing the crash by speeding at a hearing in March.", "2026-06-12")
    admitted = next(e for e in tl.events if e.text == "admitted")
    assert str(admitted.earliest_start) == "2026-03-01 00:00:00" and str(admitted.latest_end) == "2026-04-01 00:00:00"
    assert ("admitted", "during", "hearing") in _links("The driver had admitted causing the crash by speeding at a hearing in March.", "2026-06-12")


def test_an_occasion_after_the_gerund_of_another_verb_stays_the_gerunds() -> None:
    """The control: "was fined for selling fake tickets at a rally": the selling, not the fine, was at the rally."""
    links = _links("A man was fined for selling fake tickets at a rally in May.", "2026-06-12")
    assert ("selling", "during", "rally") in links
    assert not any(src == "fined" and tgt == "rally" for src, _, tgt in links)


def test_a_subject_relative_reaches_its_main_verb_past_a_gerund_of_its_own() -> None:
    """ "A driver who hit a cyclist while reading a message was jailed": the hitting came before the jailing."""
    assert ("hit", "before", "jailed") in _links("A driver who hit a cyclist while reading a message was jailed on Friday.", "2026-03-09")


def test_a_sentence_opening_in_the_past_perfect_steps_back_from_the_one_before() -> None:
    """ "The hosts won the final. Their striker had missed a penalty earlier.": the miss came before the win."""
    text = "The hosts won the final when their captain scored late. Their striker had missed a penalty in the first half."
    assert ("missed", "before", "won") in _links(text, "2026-03-16")


@pytest.mark.parametrize("text", [
    "The hosts won the final. Their striker had missed a penalty in the match on Saturday.",  # a date in its sentence places it
    "Fans blocked the road. In one case, police had to use tear gas.",  # an obligation, no perfect
    "The hosts won the final. After the break, their striker had missed twice.",  # its own opening looks back from another time
])
def test_no_flashback_link_with_a_date_an_obligation_or_an_opening_clause(text: str) -> None:
    """Only an undated sentence that opens in the past perfect steps back from the sentence before."""
    assert not any(rel == "before" and tgt in ("won", "blocked") and src in ("missed", "use") for src, rel, tgt in _links(text, "2026-03-16"))


def test_a_future_until_at_least_does_not_hold_now() -> None:
    """The control: "will close on Monday until at least Friday" may not have begun: no overlap with publication."""
    tl = timeline.build("The bridge will close on Monday until at least Friday, the council said.", "2026-05-13")
    assert not any(getattr(a.relation, "value", a.relation) == "overlaps_ref" for e in tl.events for a in e.anchors)
