"""Session 57 (lead): behaviour found by reading timelines of stories written for the purpose (sentences are ours)."""

from __future__ import annotations

import datetime as dt

import timeline


def _event(tl: timeline.Timeline, word: str) -> timeline.Event:
    found = [e for e in tl.events if e.text == word]
    assert found, f"no event {word!r} in {[e.text for e in tl.events]}"
    return found[0]


def _day(d: "dt.datetime | None") -> "dt.date | None":
    return None if d is None else d.date()


def test_within_counts_from_the_verb_after_a_participle_set_off_by_commas() -> None:
    # Friday 12 Mar 2027: "The pipe, laid in 1958, cracked at 4 a.m. on Monday. Crews shut off the supply within an hour":
    # the hour counts from the cracking (Monday 8 Mar), not from the laying in 1958
    text = ("The pipe, laid in 1958, cracked at 4 a.m. on Monday. Crews shut off the supply within an hour, "
            "but water had already reached the cellars.")
    tl = timeline.build(text, reference_time="2027-03-12")
    shut = _event(tl, "shut")
    assert _day(shut.likely_start) == dt.date(2027, 3, 8), shut
    assert shut.earliest_start is not None and shut.earliest_start >= dt.datetime(2027, 3, 8, 3), shut
    assert shut.latest_end is not None and shut.latest_end <= dt.datetime(2027, 3, 8, 6), shut
    # the participle keeps its own year
    assert _day(_event(tl, "laid").likely_start) == dt.date(1958, 1, 1)
    # with no aside the first verb of the sentence before is still the one counted from
    text = "The pipe cracked at 4 a.m. on Monday and flooded a cellar. Crews shut off the supply within an hour."
    tl = timeline.build(text, reference_time="2027-03-12")
    assert _day(_event(tl, "shut").likely_start) == dt.date(2027, 3, 8)


def test_a_since_of_a_told_clause_with_no_event_verb_leaves_the_telling_alone() -> None:
    # "warned in October that trading had been weak since the summer": the summer begins the weakness (no event stands
    # for it), not the warning, which stays inside October
    text = "The chain warned in October that trading had been weak since the summer, and its shares have lost half their value since then."
    tl = timeline.build(text, reference_time="2027-01-15")
    warned = _event(tl, "warned")
    assert warned.earliest_start == dt.datetime(2026, 10, 1) and warned.latest_end == dt.datetime(2026, 11, 1), warned
    assert warned.likely_start is not None and warned.likely_start >= dt.datetime(2026, 10, 1), warned


def test_a_bare_verb_after_and_shares_the_will_of_the_verb_before() -> None:
    # "will cut 900 jobs and close 14 stores by the end of March": the closing lies ahead of the Friday it is told on,
    # like the cutting, not in the months before March
    text = "The grocer will cut 900 jobs and close 14 stores by the end of March, it said on Thursday."
    tl = timeline.build(text, reference_time="2027-01-15")
    close = _event(tl, "close")
    assert close.tense == "FUTURE", close
    assert close.likely_start is not None and close.likely_start >= dt.datetime(2027, 1, 15), close
    assert close.latest_end is not None and close.latest_end <= dt.datetime(2027, 4, 1), close
    # a past verb after "and" keeps its own tense ("will cut jobs and closed" is no English; "and then" is no sharing)
    text = "The grocer cut 900 jobs in March and closed 14 stores."
    assert _event(timeline.build(text, reference_time="2027-01-15"), "closed").tense == "PAST"


def test_an_occasion_after_a_signal_object_is_not_the_verb_before_it() -> None:
    # Tuesday 19 Sep 2028: "Police asked for an earlier start after trouble at the last meeting of the clubs in March":
    # the meeting (and the trouble at it) was in March; the asking came after it, not at it
    text = ("The match was due to kick off at 7.45 p.m. on Saturday. Police asked for an earlier start after trouble at the "
            "last meeting of the clubs in March, when 14 people were arrested.")
    tl = timeline.build(text, reference_time="2028-09-19")
    asked = _event(tl, "asked")
    assert asked.likely_start is not None and asked.likely_start >= dt.datetime(2028, 4, 1), asked
    assert not any(a.target == _event(tl, "meeting").eid for a in asked.anchors), asked.anchors
    # what a speech act did at a hearing is still done there ("admitted ... at a hearing in December")
    text = "The driver admitted causing death by dangerous driving at a hearing in December."
    admitted = _event(timeline.build(text, reference_time="2028-09-19"), "admitted")
    assert admitted.earliest_start == dt.datetime(2027, 12, 1) and admitted.latest_end == dt.datetime(2028, 1, 1), admitted


def test_a_report_heard_by_the_court_takes_no_time_from_what_it_tells() -> None:
    # Saturday 20 Nov 2027: "The court heard that he had been scrolling ... before his van struck a cyclist ... on the
    # morning of 3 April": the hearing is at the sentencing, not on the morning of the crash it was told about
    text = ("A van driver who killed a cyclist was jailed for six years at Corring Crown Court on Friday.\n\n"
            "Daniel Foss, 34, had pleaded guilty in September to causing death by dangerous driving. The court heard that he "
            "had been scrolling through messages for almost a minute before his van struck Helen Marsh, 58, on the A41 near "
            "Wetherby on the morning of 3 April.")
    tl = timeline.build(text, reference_time="2027-11-20")
    heard, struck = _event(tl, "heard"), _event(tl, "struck")
    assert _day(struck.likely_start) == dt.date(2027, 4, 3), struck
    assert heard.likely_start is not None and heard.likely_start >= dt.datetime(2027, 11, 19), heard


def test_a_happening_reported_at_a_time_had_begun_by_then() -> None:
    # Thursday 17 May 2029: "The blaze was reported just after 10 p.m. on Saturday": the blaze (the fire of the sentence
    # before) had begun by then, so the fire lies on that Saturday night, not on the publication day
    text = "A fire destroyed the sports hall at the school. The blaze was reported just after 10 p.m. on Saturday."
    tl = timeline.build(text, reference_time="2029-05-17")
    blaze, fire, reported = _event(tl, "blaze"), _event(tl, "fire"), _event(tl, "reported")
    assert any(a.target == blaze.eid and a.relation.value == "not_before" for a in reported.anchors), reported.anchors
    assert _day(fire.likely_start) == dt.date(2029, 5, 12), fire
    assert fire.likely_start <= reported.likely_start, (fire, reported)
    # a noun of no happening kind is no event ("The car was spotted", "The boy was reported missing")
    text = "The car was spotted in Kilrane just after 10 p.m. on Saturday."
    assert "car" not in {e.text for e in timeline.build(text, reference_time="2029-05-17").events}


def test_whole_years_counted_from_a_day_put_the_event_in_that_year() -> None:
    # Monday 18 May 2026: "opened to visitors on Saturday, 60 years after the last keeper left": the leaving in 1966, even
    # when the story then tells the lighthouse's older history (which a learned order would stretch it over)
    text = ("A restored keeper's cottage at Skarra Point lighthouse opened to visitors on Saturday, 60 years after the last "
            "keeper left.\n\nThe lighthouse was built in 1871 after two ships were wrecked on the reef in the same winter. "
            "Keepers lived in the cottage with their families until 1966, when the light was automated.")
    left = _event(timeline.build(text, reference_time="2026-05-18"), "left")
    assert left.likely_start is not None and left.likely_start >= dt.datetime(1966, 1, 1), left
    assert left.likely_end is not None and left.likely_end <= dt.datetime(1967, 1, 1), left


def test_a_past_form_after_a_subject_adverb_is_the_verb() -> None:
    # Tuesday 22 Jun 2027: "The airport first applied for permission in 2023": the applying in 2023 (the tagger read
    # "applied" after "first" as an adjective, which no time governs, and it fell to the publication day)
    text = "The airport first applied for permission in 2023. A public inquiry sat for eleven weeks last year."
    applied = _event(timeline.build(text, reference_time="2027-06-22"), "applied")
    assert applied.earliest_start == dt.datetime(2023, 1, 1) and applied.latest_end == dt.datetime(2024, 1, 1), applied


def test_past_perfects_listed_with_that_and_a_subject_keep_their_order() -> None:
    # "He told them that a wave had swamped the boat on Friday night and that he had cut the anchor rope": two steps told
    # back in the order they happened (a learned guess put the cutting first)
    text = ("Rescuers found the skipper on Sunday. He told them that a wave had swamped the boat on Friday night and that he "
            "had cut the anchor rope.")
    tl = timeline.build(text, reference_time="2029-10-18")
    order = [e.text for e in tl.events]
    assert order.index("swamped") < order.index("cut"), order
    swamped, cut = _event(tl, "swamped"), _event(tl, "cut")
    stated = {(r.source, r.relation, r.target) for r in tl.relations}
    assert (swamped.eid, "BEFORE", cut.eid) in stated or (cut.eid, "AFTER", swamped.eid) in stated, stated


def test_the_act_a_guilty_verdict_names_came_before_it() -> None:
    # "was found guilty on Tuesday of murdering his neighbour": the murdering came before the verdict (certain bound)
    text = "A 58-year-old man was found guilty on Tuesday of murdering his neighbour."
    tl = timeline.build(text, reference_time="2027-03-10")
    murdering = _event(tl, "murdering")
    assert murdering.latest_end is not None and murdering.latest_end <= dt.datetime(2027, 3, 10), murdering
    assert any(a.target == _event(tl, "found").eid and a.relation.value == "before" for a in murdering.anchors), murdering.anchors
    # "found" with another word after it names no charge
    tl = timeline.build("A man was found dead on Tuesday of all days, a week after the fire.", reference_time="2027-03-10")
    found = _event(tl, "found")
    assert not any(a.relation.value == "before" and a.target == found.eid for e in tl.events for a in e.anchors)


def test_a_clause_adverb_among_the_auxiliaries_keeps_the_clause_verb() -> None:
    # "resigned in May 2027, a week after the losses were first reported": the reporting came a week before the
    # resigning (the signal's clause verb, past "were first"), not the noun "losses" and the reporting on its own
    text = "The director resigned in May 2027, a week after the losses were first reported. The trial opened in 2029."
    tl = timeline.build(text, reference_time="2029-08-06")
    reported, resigned = _event(tl, "reported"), _event(tl, "resigned")
    assert any(a.target == reported.eid and a.relation.value == "after" for a in resigned.anchors), resigned.anchors
    assert reported.likely_end is not None and reported.likely_end <= dt.datetime(2027, 6, 1), reported



def test_a_present_perfect_progressive_since_an_event_goes_on_to_now() -> None:
    # Wednesday 12 May 2027: "has been treating patients in tents since the roof collapsed in January": begun soon after
    # the collapse and going on still, not a day long in January
    text = "The hospital has been treating patients in tents since the roof collapsed in January."
    tl = timeline.build(text, reference_time="2027-05-12")
    treating = _event(tl, "treating")
    assert any(a.relation.value == "overlaps_ref" for a in treating.anchors), treating.anchors
    assert treating.likely_start is not None and treating.likely_start < dt.datetime(2027, 2, 2), treating
    assert treating.likely_end is not None and treating.likely_end >= dt.datetime(2027, 5, 12), treating
    # a passive state since an event keeps its reading ("has been closed since the roof collapsed")
    text = "The ward has been closed since the roof collapsed in January."
    closed = _event(timeline.build(text, reference_time="2027-05-12"), "closed")
    assert closed.likely_start is not None and closed.likely_start < dt.datetime(2027, 2, 2), closed


def test_the_fall_in_a_month_outside_autumn_is_a_drop() -> None:
    # "with the worst of the fall in July and August": a drop in sales, no autumn (which no July holds)
    tags = {t.text: t.value for t in timeline.tag("Sales dropped 6 percent, with the worst of the fall in July and August.",
                                                  reference_time="2027-11-19")}
    assert "the fall" not in tags and tags.get("July") == "2027-07", tags
    tags = {t.text: t.value for t in timeline.tag("The firm moved to Boston in the fall in September 2020.", reference_time="2027-11-19")}
    assert "the fall" in tags, tags
