"""Helper place, forty-seventh session: events on the right day and in order (issue 10), in new sentences.

Each sentence here is written for the test; the dates are worked out by hand.
"""

from __future__ import annotations

import datetime as dt

import timeline

from _timelines import anchors_of, certain_relation, likely_within_day, only_event


# A charge noun between a plea and the act charged ("admitted two counts of dangerous driving on Monday"; lexicon
# charge_nouns, anchoring/governor.py _plea_of, anchoring/clause_links.py _charged_act)

def test_a_time_after_the_act_a_count_names_dates_the_plea() -> None:
    """"A taxi driver admitted three counts of careless driving on Tuesday at Holm magistrates' court." (Thursday 14 May
    2026): Tuesday (12 May) is the admitting's day; the driving came before it, not on it."""
    tl = timeline.build("A taxi driver admitted three counts of careless driving on Tuesday at Holm magistrates' court.",
                        reference_time="2026-05-14")
    assert likely_within_day(only_event(tl, "admitted"), dt.date(2026, 5, 12))
    assert not likely_within_day(only_event(tl, "driving"), dt.date(2026, 5, 12))
    assert certain_relation(tl, "driving", "admitted") == "BEFORE"


def test_the_act_after_a_charge_noun_mention_came_before_the_denial() -> None:
    """"The pair denied a charge of arson on Friday.": the charge noun is a mention of its own; the arson it names, if
    done, came before the denial, which Friday dates."""
    tl = timeline.build("The pair denied a charge of arson on Friday.", reference_time="2026-05-14")
    assert likely_within_day(only_event(tl, "denied"), dt.date(2026, 5, 8))
    assert ("before", only_event(tl, "denied").eid) in anchors_of(only_event(tl, "arson"))


def test_a_gerund_after_other_words_keeps_its_own_time() -> None:
    """Negative: "The club admitted the cost of running the ground on Saturday was too high." has no charge noun: the time
    stays with the running, the nearest verb, and no order before the admitting is read."""
    tl = timeline.build("The club admitted the cost of running the ground on Saturday was too high.", reference_time="2026-05-14")
    assert ("before", only_event(tl, "admitted").eid) not in anchors_of(only_event(tl, "running"))
    assert not likely_within_day(only_event(tl, "admitted"), dt.date(2026, 5, 9))


# A word of several same_kind groups takes up the latest mention of any (lexicon same_kind, anchoring/coreference.py)

def test_the_raid_takes_up_a_robbery_told_by_a_verb() -> None:
    """"Two men robbed a petrol station in Kelsey on Friday night. A cashier who was working during the raid was
    unhurt." (Monday 11 May 2026): the raid is the robbery, on Friday night (8 May), and so is the working in it."""
    tl = timeline.build("Two men robbed a petrol station in Kelsey on Friday night. A cashier who was working during the raid "
                        "was unhurt.", reference_time="2026-05-11")
    assert certain_relation(tl, "raid", "robbed") == "SIMULTANEOUS"
    assert likely_within_day(only_event(tl, "raid"), dt.date(2026, 5, 8))
    assert likely_within_day(only_event(tl, "working"), dt.date(2026, 5, 8))


def test_the_raid_takes_up_the_latest_of_its_kinds() -> None:
    """Negative: "Thieves robbed a bank in Arlo in March. Troops stormed a compound near the border on Friday. The raid
    left two men dead.": the raid is the storming told last (an attack), not the robbery in March."""
    tl = timeline.build("Thieves robbed a bank in Arlo in March. Troops stormed a compound near the border on Friday. The raid "
                        "left two men dead.", reference_time="2026-05-11")
    assert certain_relation(tl, "raid", "stormed") == "SIMULTANEOUS"
    assert certain_relation(tl, "raid", "robbed") != "SIMULTANEOUS"
    assert likely_within_day(only_event(tl, "raid"), dt.date(2026, 5, 8))


def test_the_match_takes_up_a_win_told_by_a_verb() -> None:
    """"Corlow beat Brenby 2-0 on Saturday. Their captain said the team had trained for the match all week." (Monday 11
    May 2026): the match is Saturday's (9 May), the training came before it (lexicon preparing_verbs)."""
    tl = timeline.build("Corlow beat Brenby 2-0 on Saturday. Their captain said the team had trained for the match all week.",
                        reference_time="2026-05-11")
    assert certain_relation(tl, "match", "beat") == "SIMULTANEOUS"
    assert likely_within_day(only_event(tl, "match"), dt.date(2026, 5, 9))
    assert certain_relation(tl, "trained", "match") == "BEFORE"


def test_training_after_the_match_is_not_put_before_it() -> None:
    """Negative: "The squad trained after the match on Saturday." has no "for": the training is not getting ready for the
    match, and comes after it."""
    tl = timeline.build("The squad trained after the match on Saturday.", reference_time="2026-05-11")
    assert certain_relation(tl, "trained", "match") == "AFTER"


def test_training_for_a_length_orders_nothing() -> None:
    """Negative: "She trained for six years as a nurse before she joined the charity in 2019.": no event noun follows
    "for", so nothing is read as the occasion of the training; the joining still comes after it."""
    tl = timeline.build("She trained for six years as a nurse before she joined the charity in 2019.", reference_time="2026-05-11")
    assert certain_relation(tl, "trained", "joined") == "BEFORE"
    assert all(a.target != only_event(tl, "trained").eid for e in tl.events for a in e.anchors if e.text == "nurse")


# An undated past perfect in what an undated report says looks back before the lead's act (placement/narration.py
# reported_backstory)

def test_a_reported_perfect_starts_before_the_lead() -> None:
    """"A crane collapsed onto a house in Tarby on Saturday morning. ... Engineers said a steel cable had snapped under
    the load." (Tuesday 12 May 2026): the snapping is no act of the publication day; it began before the collapse
    (Saturday 9 May morning)."""
    text = ("A crane collapsed onto a house in Tarby on Saturday morning. Two people were taken to hospital. The road was "
            "closed for the weekend and reopened on Monday. Engineers said a steel cable had snapped under the load.")
    tl = timeline.build(text, reference_time="2026-05-12")
    snapped, collapsed = only_event(tl, "snapped"), only_event(tl, "collapsed")
    assert snapped.likely_start is not None and collapsed.likely_start is not None
    assert snapped.likely_start <= collapsed.likely_start
    assert not likely_within_day(snapped, dt.date(2026, 5, 12))


def test_a_reported_perfect_after_a_dated_one_stays_in_its_list() -> None:
    """Negative: "He told rescuers that a wave had hit the boat at 3 p.m. and that he had swum to the beach.": the second
    perfect is the next step of a list the report dates, not a look back before the lead's overturning."""
    text = ("A kayak overturned off Hale Point on Sunday afternoon. Lifeboats searched the bay. A helicopter found the paddler "
            "on a beach on Monday. He told rescuers that a wave had hit the boat at 3 p.m. and that he had swum to the beach.")
    tl = timeline.build(text, reference_time="2026-05-15")
    swum, hit = only_event(tl, "swum"), only_event(tl, "hit")
    assert swum.likely_start is not None and hit.likely_start is not None and swum.likely_start >= hit.likely_start


def test_a_reported_perfect_since_the_news_is_not_put_before_it() -> None:
    """Negative: "His lawyer said he had lost his job and his flat since his arrest.": what "since" follows came after
    the news, so the losing is not put before the lead's jailing."""
    text = ("A care worker who stole from residents of a home in Harby was jailed for a year on Thursday. The thefts came to "
            "light in March. Hart admitted the thefts at an earlier hearing. His lawyer said he had lost his job and his flat "
            "since his arrest.")
    tl = timeline.build(text, reference_time="2026-05-15")
    lost, jailed = only_event(tl, "lost"), only_event(tl, "jailed")
    assert lost.likely_start is not None and jailed.likely_start is not None and lost.likely_start >= jailed.likely_start


def _backstory_pairs(monkeypatch, text: str, reference: str) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """The (perfect, lead) word pairs :func:`timeline.placement.narration.reported_backstory` finds in ``text``."""
    import timeline.pipeline as pipeline

    found: list[tuple[str, str]] = []
    original = pipeline.reported_backstory

    def spy(text, mentions, *rest):  # type: ignore[no-untyped-def]
        pairs = original(text, mentions, *rest)
        words = {m.eid: m.text for m in mentions}
        found.extend((words[y], words[lead]) for y, lead in pairs)
        return pairs

    monkeypatch.setattr(pipeline, "reported_backstory", spy)
    timeline.build(text, reference_time=reference)
    return found


def test_the_backstory_pairs_a_reported_perfect_with_the_lead(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """"Engineers said a steel cable had snapped under the load", three sentences after the lead's collapse: the pair."""
    text = ("A crane collapsed onto a house in Tarby on Saturday morning. Two people were taken to hospital. The road was "
            "closed for the weekend and reopened on Monday. Engineers said a steel cable had snapped under the load.")
    assert _backstory_pairs(monkeypatch, text, "2026-05-12") == [("snapped", "collapsed")]


def test_the_backstory_skips_a_listed_perfect_and_one_since_the_news(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Negative: a perfect after a dated one of its report ("a wave had hit the boat at 3 p.m. and that he had swum to
    the beach") and one "since" follows ("had lost his job and his flat since his arrest") are not looked back on."""
    listed = ("A kayak overturned off Hale Point on Sunday afternoon. Lifeboats searched the bay. A helicopter found the paddler "
              "on a beach on Monday. He told rescuers that a wave had hit the boat at 3 p.m. and that he had swum to the beach.")
    since = ("A care worker who stole from residents of a home in Harby was jailed for a year on Thursday. The thefts came to "
             "light in March. Hart admitted the thefts at an earlier hearing. His lawyer said he had lost his job and his flat "
             "since his arrest.")
    assert _backstory_pairs(monkeypatch, listed, "2026-05-15") == []
    assert _backstory_pairs(monkeypatch, since, "2026-05-15") == []


# Verbs of destruction are happening verbs (lexicon happening_verbs): "Fire destroyed ..." names the fire a later "the
# fire" takes up

def test_the_fire_that_destroyed_a_warehouse_is_the_fire_that_started() -> None:
    """"Fire destroyed a warehouse at a paint works in Kelby on Wednesday night. ... the last shift had left the site an
    hour before the fire started." (Thursday 29 October 2026): the fire is Wednesday night's (28 October), not the
    Thursday the sentence before carried on to, and so is the leaving."""
    text = ("Fire destroyed a warehouse at a paint works in Kelby on Wednesday night. About forty firefighters fought the "
            "blaze until early on Thursday. Nobody was hurt; the last shift had left the site an hour before the fire started.")
    tl = timeline.build(text, reference_time="2026-10-29")
    fires = [e for e in tl.events if e.text.lower() == "fire"]
    assert len(fires) == 2 and all(likely_within_day(e, dt.date(2026, 10, 28)) for e in fires)
    assert likely_within_day(only_event(tl, "left"), dt.date(2026, 10, 28))


def test_a_thing_that_destroys_is_no_happening() -> None:
    """Negative: "A lorry destroyed a garden wall in Kelby on Monday.": the subject is no word of a kind of happening, so
    no event is made of it."""
    tl = timeline.build("A lorry destroyed a garden wall in Kelby on Monday. The wall was rebuilt.", reference_time="2026-10-29")
    assert [e.text for e in tl.events if e.text.lower() == "lorry"] == []
