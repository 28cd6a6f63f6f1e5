"""Anchoring: which time or event constrains an event, how, and the words that said so."""

from __future__ import annotations

import datetime as dt
import re

import attrs

import timeline
from timeline.anchoring import REFERENCE, anchor_events


@attrs.frozen
class Ev:
    eid: str
    text: str
    start: int
    end: int
    cls: str = "OCCURRENCE"
    tense: str = "PAST"
    aspect: str = "NONE"
    polarity: str = "POS"
    pos: str = "VERB"


def events(text: str, *words: str, **overrides: dict) -> list[Ev]:
    """Hand-made event mentions for ``words`` (first occurrence of each), in text order."""
    out = []
    for i, w in enumerate(words, 1):
        m = re.search(rf"\b{re.escape(w)}\b", text)
        assert m, w
        extra = overrides.get(w, {})
        out.append(Ev(f"e{i}", w, m.start(), m.end(), **extra))
    return out


def links_of(text: str, evs: list[Ev], ref: str = "2026-02-02"):
    doc = timeline.tag(text, ref)
    return anchor_events(text, doc.timexes, evs), {t.tid: t for t in doc.timexes}


def test_anchoring_verb_before_time_is_governed() -> None:
    text = "Militants struck a police post on Sunday."
    links, times = links_of(text, events(text, "struck"))
    during = [link for link in links if link.relation == "during"]
    assert len(during) == 1
    assert times[during[0].target].text == "Sunday"
    assert during[0].evidence == "on Sunday"


def test_anchoring_skips_a_participle_that_modifies_a_noun() -> None:
    # "damaged" describes the houses; the clause's verb is what happened on Tuesday, after the flood
    text = "Volunteers were clearing mud from damaged houses on Tuesday after the flood receded."
    links, times = links_of(text, events(text, "clearing", "damaged", "flood", "receded", clearing={"aspect": "PROGRESSIVE"}))
    by_source = {(link.source, link.relation, times[link.target].text if link.target in times else link.target) for link in links}
    assert ("e1", "during", "Tuesday") in by_source
    assert ("e1", "after", "e3") in by_source
    assert not any(source == "e2" and target != REFERENCE for source, _, target in by_source)


def test_anchoring_participle_after_a_number_is_still_a_verb() -> None:
    # "in 1983, followed by ...": the word before "followed" is a year, not a preposition
    text = "A cousin arrived in 1983, followed by her brother in 1985."
    links, times = links_of(text, events(text, "arrived", "followed"))
    assert ("e2", "1985") in {(link.source, times[link.target].text) for link in links if link.target in times}


def test_anchoring_a_length_before_after_is_the_gap_between_two_events() -> None:
    # "eight minutes after the alarm": not how long the arrival lasted, but when it came
    text = "Firefighters arrived eight minutes after the alarm sounded."
    links, times = links_of(text, events(text, "arrived", "alarm", alarm={"pos": "NOUN", "tense": "NONE"}))
    assert [(link.source, link.relation, link.target, link.offset_min, link.offset_max) for link in links if link.target != REFERENCE] == [
        ("e1", "after", "e2", dt.timedelta(minutes=8), dt.timedelta(minutes=8))]
    tl = timeline.build("Firefighters arrived eight minutes after the alarm at 10:40 p.m. on Sunday.", "2026-11-16")
    arrived = next(e for e in tl.events if e.text == "arrived")
    assert arrived.earliest_start is not None and arrived.latest_start is not None
    assert dt.datetime(2026, 11, 15, 22, 48) <= arrived.earliest_start <= arrived.latest_start <= dt.datetime(2026, 11, 15, 22, 49)


def test_anchoring_two_days_later_without_a_date_counts_from_the_previous_event() -> None:
    # nothing dated comes before "Two days later": it counts from the visit, not from publication
    text = "The minister visited the town shortly after the floods began. Two days later, the cabinet met."
    tl = timeline.build(text, "2026-02-05")
    visited, met = (next(e for e in tl.events if e.text == w) for w in ("visited", "met"))
    assert [(a.target, a.relation, a.offset_min, a.offset_max) for a in met.anchors if a.target == visited.eid] == [
        (visited.eid, "after", dt.timedelta(days=1), dt.timedelta(days=3))]
    assert met.earliest_start is None and met.latest_end == dt.datetime(2026, 2, 6)  # past, not two days after publication
    assert visited.latest_end == dt.datetime(2026, 2, 5)  # at least a day before the meeting, which is by publication
    assert tl.before(visited.eid, met.eid)
    # with a dated time before it, the length counts from that time as before
    dated = timeline.build("The minister visited the town on Sunday. Two days later, the cabinet met.", "2026-02-05")
    met = next(e for e in dated.events if e.text == "met")
    assert (met.earliest_start, met.latest_end) == (dt.datetime(2026, 2, 3), dt.datetime(2026, 2, 4))


def test_anchoring_a_length_after_a_season_counts_from_the_event_told_in_it() -> None:
    # "two weeks later" after "last spring": the spring shifted two weeks bounds the resignation, and
    # the length counts from the event the spring dated, so the two come out in order
    text = "The club noticed the losses last spring. The treasurer resigned two weeks later, and police arrested him in July."
    tl = timeline.build(text, "2026-03-20")
    noticed, resigned = (next(e for e in tl.events if e.text == w) for w in ("noticed", "resigned"))
    assert [(a.relation, a.offset_min, a.offset_max) for a in resigned.anchors if a.target == noticed.eid] == [
        ("after", dt.timedelta(days=7), dt.timedelta(days=21))]
    assert tl.before(noticed.eid, resigned.eid)
    assert resigned.earliest_start == dt.datetime(2025, 3, 15)  # the shifted spring still bounds it
    # a length after a day keeps counting from that day alone
    dated = timeline.build("The minister visited the town on Sunday. Two days later, the cabinet met.", "2026-02-05")
    visited, met = (next(e for e in dated.events if e.text == w) for w in ("visited", "met"))
    assert not any(a.target == visited.eid for a in met.anchors)
    # a season told in the same sentence: the length counts from it, not from the sentence before
    same = timeline.build("The boiler failed in 2019. A tenant complained in the spring of 2024, and the landlord "
                          "hired a plumber a month later.", "2026-03-20")
    failed, hired = (next(e for e in same.events if e.text == w) for w in ("failed", "hired"))
    assert not any(a.target == failed.eid for a in hired.anchors)
    assert hired.earliest_start == dt.datetime(2024, 4, 1) and hired.latest_end == dt.datetime(2024, 7, 1)


def test_anchoring_fronted_time_governs_the_main_verb() -> None:
    text = "On Sunday, militants struck a police post."
    links, times = links_of(text, events(text, "struck"))
    assert [(link.relation, times[link.target].text) for link in links if link.target in times] == [("during", "Sunday")]


def test_anchoring_began_in_constrains_the_start_only() -> None:
    # "began" is the moment of beginning, inside the time; the attacks start with it and may go on
    text = "The attacks began in the early hours of Saturday morning."
    evs = events(text, "attacks", "began", attacks={"pos": "NOUN", "tense": "NONE"})
    links, times = links_of(text, evs)
    assert {(link.source, link.relation, link.target) for link in links if link.target != REFERENCE} == {
        ("e2", "during", next(iter(times))), ("e1", "begun_by", "e2")}
    tl = timeline.build(text, "2026-02-02")
    attacks = next(e for e in tl.events if e.text == "attacks")
    began = next(e for e in tl.events if e.text == "began")
    assert (attacks.earliest_start, attacks.latest_start) == (dt.datetime(2026, 1, 31), dt.datetime(2026, 1, 31, 7))
    assert attacks.latest_end is None  # the attacks may go on past Saturday, even past publication ("began" says nothing of their end) ...
    assert began.latest_end == dt.datetime(2026, 1, 31, 7)  # ... their beginning may not


def test_anchoring_by_signal() -> None:
    text = "By Saturday afternoon the river had burst its banks."
    links, times = links_of(text, events(text, "burst", burst={"aspect": "PERFECTIVE"}))
    assert ("by", "Saturday afternoon") in [(link.relation, times[link.target].text) for link in links if link.target in times]


def test_anchoring_within_duration_of_an_event() -> None:
    text = "Soldiers killed 40 fighters within 40 hours of the assault."
    evs = events(text, "killed", "assault", assault={"pos": "NOUN", "tense": "NONE"})
    links, _ = links_of(text, evs)
    within = [link for link in links if link.relation == "within"]
    assert len(within) == 1
    w = within[0]
    assert (w.source, w.target, w.offset_max) == ("e1", "e2", dt.timedelta(hours=40))
    assert "within 40 hours of the assault" in w.evidence


def test_anchoring_held_for_gives_a_length() -> None:
    text = "The suspect was held for 18 days before being charged."
    evs = events(text, "held", "charged")
    links, _ = links_of(text, evs)
    lasts = [link for link in links if link.relation == "lasts"]
    assert [(link.source, link.offset_min, link.offset_max) for link in lasts] == [("e1", dt.timedelta(days=18), dt.timedelta(days=18))]
    assert ("e1", "before", "e2") in [(link.source, link.relation, link.target) for link in links]


def test_anchoring_shortly_after_bounds_the_gap() -> None:
    text = "Ministers visited the city shortly after the raids."
    evs = events(text, "visited", "raids", raids={"pos": "NOUN", "tense": "NONE"})
    links, _ = links_of(text, evs)
    after = [link for link in links if link.relation == "after"]
    assert [(link.source, link.target, link.offset_max) for link in after] == [("e1", "e2", dt.timedelta(days=1))]


def test_anchoring_tense_links_to_publication_time() -> None:
    text = "Police arrested him. The court will rule."
    evs = events(text, "arrested", "rule", rule={"tense": "FUTURE"})
    links, _ = links_of(text, evs)
    ref = {(link.source, link.relation) for link in links if link.target == REFERENCE}
    assert ref == {("e1", "before_ref"), ("e2", "after_ref")}


def test_anchoring_negated_event_gets_no_tense_link() -> None:
    text = "Police did not arrest him."
    evs = events(text, "arrest", arrest={"polarity": "NEG"})
    links, _ = links_of(text, evs)
    assert links == ()


def test_anchoring_definite_noun_refers_back() -> None:
    text = "The raids killed nine. After the assault, roads closed."
    evs = events(text, "raids", "killed", "assault", "closed", raids={"pos": "NOUN", "tense": "NONE"}, assault={"pos": "NOUN", "tense": "NONE"})
    links, _ = links_of(text, evs)
    assert ("e3", "simultaneous", "e1") in [(link.source, link.relation, link.target) for link in links]


def test_anchoring_is_deterministic_and_ordered_by_source() -> None:
    text = "Militants struck on Sunday and police arrived on Monday."
    evs = events(text, "struck", "arrived")
    first, _ = links_of(text, evs)
    second, _ = links_of(text, list(reversed(evs)))
    assert first == second


def test_anchoring_a_signal_may_introduce_a_clause_with_a_short_subject() -> None:
    # "before they sealed it": the signal introduces the clause whose verb is the second event;
    # a length with "for" in between is how long the first lasted, not the gap, and counts as no words
    text = "Crews searched the ruins for nearly 30 hours before they sealed the site on Friday morning."
    links, times = links_of(text, events(text, "searched", "sealed"))
    by_pair = {(link.source, link.relation, link.target): link for link in links if link.target != REFERENCE}
    assert ("e1", "before", "e2") in by_pair
    assert by_pair[("e1", "before", "e2")].offset_max is None  # "hours" here belongs to the length
    assert [(link.relation, times[link.target].text) for link in links if link.source == "e1" and link.target in times] == [("lasts", "nearly 30 hours")]
    # a bare plural is a subject too
    text = "Two men were detained after guards found a tunnel."
    links, _ = links_of(text, events(text, "detained", "found"))
    assert ("e1", "after", "e2") in {(link.source, link.relation, link.target) for link in links}
    # a longer noun phrase, a clause that a comma closes, or a conjunction is not a short
    # subject: the signal does not reach the verb
    for text in ("Crews searched before the tired young volunteers sealed the site.", "The crews met after the storm, then left.",
                 "The crews met after lunch and left."):
        verbs = re.findall(r"\b(searched|sealed|met|left)\b", text)
        links, _ = links_of(text, events(text, *verbs))
        assert not [link for link in links if link.target == "e2"], text


def test_anchoring_a_when_clause_after_a_date_lies_in_it() -> None:
    text = "The mill has been idle since April, when its owner laid off the last workers."
    links, times = links_of(text, events(text, "idle", "laid", idle={"tense": "PRESENT", "aspect": "PERFECTIVE"}), ref="2026-09-01")
    got = {(link.source, link.relation, times[link.target].text) for link in links if link.target in times}
    assert ("e2", "during", "April") in got and ("e1", "since", "April") in got
    # without the comma and "when" the verb after the date is not put in it
    text = "The mill has been idle since April and its owner laid off the last workers."
    links, times = links_of(text, events(text, "idle", "laid", idle={"tense": "PRESENT", "aspect": "PERFECTIVE"}), ref="2026-09-01")
    assert not [link for link in links if link.source == "e2" and link.target in times]


def test_anchoring_a_scheduled_event_takes_the_time_not_the_scheduling() -> None:
    text = "A hearing is scheduled for Thursday."
    evs = events(text, "hearing", "scheduled", hearing={"pos": "NOUN", "tense": "NONE"}, scheduled={"tense": "PRESENT"})
    links, times = links_of(text, evs, ref="2026-05-04")
    assert {(link.source, link.relation, times[link.target].text if link.target in times else link.target) for link in links if link.target != REFERENCE} == {
        ("e1", "during", "Thursday"), ("e2", "before", "e1")}
    tl = timeline.build(text, "2026-05-04")
    hearing, scheduled = (next(e for e in tl.events if e.text == w) for w in ("hearing", "scheduled"))
    assert (hearing.earliest_start, hearing.latest_end) == (dt.datetime(2026, 5, 7), dt.datetime(2026, 5, 8))
    assert scheduled.likely_end is not None and scheduled.likely_end <= dt.datetime(2026, 5, 7)


def test_placement_a_report_lends_its_time_to_nothing_it_reports() -> None:
    # "forced" continues the fire's Tuesday night, not the Thursday of "officials said"
    text = "A fire that broke out late on Tuesday destroyed a barn and forced 40 families from their homes, officials said on Thursday."
    tl = timeline.build(text, "2026-10-15")
    forced = next(e for e in tl.events if e.text == "forced")
    assert forced.likely_start is not None and forced.likely_end is not None
    assert forced.likely_end <= dt.datetime(2026, 10, 14)


def test_placement_an_event_before_a_deadline_does_not_share_it() -> None:
    # "put out by 1 a.m." bounds the fire-fighting; the arrival before it is not at 1 a.m.
    text = "Firefighters arrived ten minutes after the alarm and put out the blaze by 1 a.m."
    tl = timeline.build(text, "2026-11-16")
    arrived = next(e for e in tl.events if e.text == "arrived")
    assert arrived.likely_end is not None and arrived.likely_start is not None
    assert not (arrived.likely_start >= dt.datetime(2026, 11, 16, 1, 0))


def test_anchoring_a_range_of_two_times_bounds_the_event_from_both_ends() -> None:
    # "between 2017 and 2021": not inside 2017 and inside 2021 at once (a conflict), but within the range
    tl = timeline.build("The clerk took cash from the till between 2017 and 2021.", "2026-06-01")
    took = next(e for e in tl.events if e.text == "took")
    assert not tl.conflicts
    assert (took.earliest_start, took.latest_end) == (dt.datetime(2017, 1, 1), dt.datetime(2022, 1, 1))
    assert took.latest_start == dt.datetime(2022, 1, 1) and took.earliest_end == dt.datetime(2017, 1, 1)
    # "from ... to": starts in the first, ends in the second
    tl = timeline.build("The museum was closed from April to June.", "2026-09-01")
    closed = next(e for e in tl.events if e.text == "closed")
    assert (closed.earliest_start, closed.latest_start) == (dt.datetime(2026, 4, 1), dt.datetime(2026, 5, 1))
    assert (closed.earliest_end, closed.latest_end) == (dt.datetime(2026, 6, 1), dt.datetime(2026, 7, 1))


def test_anchoring_a_length_after_to_is_not_how_long_the_event_lasted() -> None:
    tl = timeline.build("The former mayor was sentenced on Tuesday to four years in prison.", "2026-06-05")
    sentenced = next(e for e in tl.events if e.text == "sentenced")
    assert not tl.conflicts
    assert (sentenced.earliest_start, sentenced.latest_end) == (dt.datetime(2026, 6, 2), dt.datetime(2026, 6, 3))
    # a length with no word before it still measures the event ("The strike lasted six days")
    text = "Dock workers struck six days in a row."
    links, times = links_of(text, events(text, "struck"))
    # (s62 recog) "in a row" is inside the length now ("[six days in a row]", rule duration)
    assert [(link.relation, times[link.target].text) for link in links if link.target in times] == [("lasts", "six days in a row")]


def test_anchoring_a_gerund_after_for_is_the_reason_and_came_first() -> None:
    text = "A driver was fined on Monday for speeding through the tunnel."
    links, times = links_of(text, events(text, "fined", "speeding", speeding={"tense": "NONE", "aspect": "PROGRESSIVE"}))
    assert ("e1", "after", "e2") in {(link.source, link.relation, link.target) for link in links}
    tl = timeline.build(text, "2026-03-04")
    speeding = next(e for e in tl.events if e.text == "speeding")
    assert speeding.latest_end == dt.datetime(2026, 3, 3)  # by the end of the Monday of the fine
    # nor does a noun's reason order it: "arrested during the riot for looting" is about the arrest
    text = "A man arrested during the riot for looting a shop was released."
    evs = events(text, "arrested", "riot", "looting", riot={"pos": "NOUN", "tense": "NONE"}, looting={"tense": "NONE", "aspect": "PROGRESSIVE"})
    links, _ = links_of(text, evs)
    assert not [link for link in links if link.source == "e2" and link.target == "e3"]
    # "for" before a noun is no such signal ("voted for reform")
    text = "Members voted for reform on Monday."
    links, _ = links_of(text, events(text, "voted", "reform", reform={"pos": "NOUN", "tense": "NONE"}))
    assert not [link for link in links if link.target == "e2"]


def test_anchoring_the_signal_nearest_the_second_event_relates_them() -> None:
    # "after a week" is how long the strike ran; "when the owners offered" ties the end to the offer
    text = "The strike ended after a week, when the owners offered a raise."
    links, _ = links_of(text, events(text, "ended", "offered"))
    assert ("e1", "during", "e2") in {(link.source, link.relation, link.target) for link in links}


def test_anchoring_a_time_keeps_its_own_signal() -> None:
    # "since January" is the cutting's time, not a signal that puts the cutting after "expects"
    text = "The firm, which has cut 300 jobs since January, expects a profit."
    links, _ = links_of(text, events(text, "cut", "expects", cut={"tense": "PRESENT", "aspect": "PERFECTIVE"}, expects={"tense": "PRESENT"}))
    assert not [link for link in links if link.target == "e2"]


def test_placement_a_supposed_event_lends_no_discourse_time() -> None:
    # the recovery is only expected: its time is not when the expecting happens
    tl = timeline.build("The bakery expects sales to recover in the spring of next year.", "2026-10-28")
    expects = next(e for e in tl.events if e.text == "expects")
    assert expects.likely_start is not None and expects.likely_start < dt.datetime(2027, 1, 1)


def test_anchoring_a_time_after_a_verbs_object_dates_the_verb_unless_the_verb_is_light() -> None:
    text = "Union leaders accepted a new offer late on Wednesday."
    links, times = links_of(text, events(text, "accepted", "offer", offer={"pos": "NOUN", "tense": "NONE"}))
    assert [(link.source, times[link.target].text) for link in links if link.target in times] == [("e1", "late on Wednesday")]
    # "made landfall on Saturday": the noun is the event, and the light verb shares its time
    text = "The storm made landfall on Saturday."
    links, times = links_of(text, events(text, "made", "landfall", landfall={"pos": "NOUN", "tense": "NONE"}))
    assert sorted((link.source, times[link.target].text) for link in links if link.target in times) == [("e1", "Saturday"), ("e2", "Saturday")]
    # ... past a modifier the detector takes for an event of its own ("held a special election")
    text = "The county held a special election in 2011."
    evs = events(text, "held", "special", "election", special={"pos": "ADJECTIVE", "tense": "NONE"}, election={"pos": "NOUN", "tense": "NONE"})
    links, times = links_of(text, evs)
    assert sorted((link.source, times[link.target].text) for link in links if link.target in times) == [("e1", "2011"), ("e3", "2011")]
    # an object that lies ahead keeps the time ("promised a vote on Friday", "expect a result by Monday")
    for text, verb, cls in (("The mayor promised a vote on Friday.", "promised", "I_ACTION"), ("Officials expect a result by Monday.", "expect", "I_STATE")):
        noun = text.split()[-3] if "vote" in text else "result"
        links, times = links_of(text, events(text, verb, noun, **{verb: {"cls": cls}, noun: {"pos": "NOUN", "tense": "NONE"}}))
        assert [link.source for link in links if link.target in times] == ["e2"], text
    # the object of a reporting verb keeps the time ("said the attack on Sunday was planned")
    text = "Police said the attack on Sunday was planned."
    links, times = links_of(text, events(text, "said", "attack", "planned", said={"cls": "REPORTING"}, attack={"pos": "NOUN", "tense": "NONE"}))
    assert ("e2", "Sunday") in [(link.source, times[link.target].text) for link in links if link.target in times]


def test_anchoring_an_event_signal_orders_the_clause_verbs_not_their_nouns() -> None:
    # "two weeks after the incumbent resigned": the resignation, not the incumbent; the length
    # after the comma is the gap (the "on" before "Sunday," is not its signal)
    text = "Voters will pick a mayor on Sunday, two weeks after the incumbent resigned."
    evs = events(text, "pick", "incumbent", "resigned", incumbent={"pos": "NOUN", "tense": "NONE"}, pick={"tense": "FUTURE"})
    links, times = links_of(text, evs, ref="2026-11-05")
    ordered = [(link.source, link.relation, link.target, link.offset_min) for link in links if link.relation == "after"]
    assert ordered == [("e1", "after", "e3", dt.timedelta(0))]
    # the gap counts from Sunday (a day long): the resignation ended 13 to 14 days before it began
    gap = [(link.source, times[link.target].text, link.offset_min, link.offset_max) for link in links if link.relation == "before" and link.target in times]
    assert gap == [("e3", "Sunday", dt.timedelta(days=13), dt.timedelta(days=14))]
    # "denied wrongdoing for ten days before he quit": the denial, not the wrongdoing, came first
    text = "The mayor denied wrongdoing for ten days before he quit."
    evs = events(text, "denied", "wrongdoing", "quit", wrongdoing={"pos": "NOUN", "tense": "NONE"})
    links, _ = links_of(text, evs)
    assert [(link.source, link.target) for link in links if link.relation == "before"] == [("e1", "e3")]


def test_anchoring_a_happening_verb_shares_the_time_of_its_infinitive_of_purpose() -> None:
    text = "Dock workers returned to work on Friday morning."
    links, times = links_of(text, events(text, "returned", "work", work={"tense": "INFINITIVE"}))
    assert sorted(link.source for link in links if link.target in times) == ["e1", "e2"]
    # an intention does not: "agreed to meet on Monday" dates the meeting only
    text = "The two sides agreed to meet on Monday."
    links, times = links_of(text, events(text, "agreed", "meet", agreed={"cls": "I_ACTION"}, meet={"tense": "INFINITIVE"}))
    assert [link.source for link in links if link.target in times] == ["e2"]


def test_anchoring_a_definite_noun_refers_back_to_the_happening_its_kind_named() -> None:
    # "a tremor shook ... the quake": the shaking is the quake (a synonym as the happening verb's subject)
    text = "A strong tremor shook the valley on Monday. Hours after the quake, roads were closed."
    evs = events(text, "shook", "quake", "closed", quake={"pos": "NOUN", "tense": "NONE"})
    links, _ = links_of(text, evs)
    assert ("e2", "simultaneous", "e1") in {(link.source, link.relation, link.target) for link in links}
    # a verb that does not say its subject happened does not: "the storm made landfall ... the storm"
    text = "The storm made landfall on Saturday. Forecasters said the storm would weaken."
    evs = events(text, "made", "storm", storm={"pos": "NOUN", "tense": "NONE"})
    evs[1] = attrs.evolve(evs[1], start=text.index("the storm would") + 4, end=text.index("the storm would") + 9)
    links, _ = links_of(text, evs)
    assert not [link for link in links if link.relation == "simultaneous"]


def test_placement_a_report_of_its_own_subject_lends_it_its_time() -> None:
    # "the first case was reported in August": no attribution, the case is of August; but
    # "..., officials said on Thursday" attributes the clause before it and lends it nothing
    tl = timeline.build("Cases have risen since the first outbreak was reported in late August.", "2026-10-16")
    outbreak = next(e for e in tl.events if e.text == "outbreak")
    assert outbreak.likely_end is not None and outbreak.likely_end <= dt.datetime(2026, 9, 1)


def test_anchoring_a_dateline_date_dates_no_event() -> None:
    # when the story was filed is not when the rescue happened
    text = "Cliff Rescue\n\nKELMORE, Tuesday — Firefighters on Monday night rescued a climber from the cliffs.\n"
    tl = timeline.build(text, reference_time="2026-10-14")
    rescued = next(e for e in tl.events if e.text == "rescued")
    assert rescued.earliest_start == dt.datetime(2026, 10, 12, 19, 0)
    assert not any(a.target in {t.tid for t in tl.timexes if t.text == "Tuesday"} for a in rescued.anchors)


def test_anchoring_a_time_before_a_dash_in_the_story_still_dates_its_event() -> None:
    text = "Firefighters rescued a climber on Tuesday — the third rescue on the cliffs this month.\n"
    tl = timeline.build(text, reference_time="2026-10-14")
    rescued = next(e for e in tl.events if e.text == "rescued")
    assert rescued.earliest_start == dt.datetime(2026, 10, 13) and rescued.latest_end == dt.datetime(2026, 10, 14)


def test_anchoring_a_length_before_of_measures_the_noun_after_it() -> None:
    # the talks lasted months; the ending did not
    tl = timeline.build("The ferry company agreed to sell its fleet on Monday, ending months of talks with the union.", reference_time="2026-10-14")
    by_text = {e.text: e for e in tl.events}
    months = next(t.tid for t in tl.timexes if t.text == "months")
    assert any(a.target == months for a in by_text["talks"].anchors)
    assert not any(a.target == months for a in by_text["ending"].anchors)
    assert by_text["ending"].likely_end is not None and by_text["ending"].likely_end <= dt.datetime(2026, 10, 15)


def test_anchoring_a_length_with_no_noun_after_of_still_measures_the_verb() -> None:
    tl = timeline.build("The inspection lasted for months of the year before the strike.", reference_time="2026-10-14")
    months = next(t.tid for t in tl.timexes if "months" in t.text)
    assert any(a.target == months for a in next(e for e in tl.events if e.text == "lasted").anchors)


def test_anchoring_since_after_an_auxiliary_is_an_adverb_and_orders_nothing() -> None:
    tl = timeline.build("The two builders agreed last year to repay the grants and have since been barred from tenders.", reference_time="2026-10-17")
    repay = next(e for e in tl.events if e.text == "repay")
    assert not any(a.relation == "after" for a in repay.anchors)
    barred = next(e for e in tl.events if e.text == "barred")
    assert (barred.tense, barred.aspect) == ("PRESENT", "PERFECTIVE")  # "have since been": the adverb stands in the verb group


def test_anchoring_a_present_perfect_state_until_a_later_time_holds_now() -> None:
    # "have been barred until 2028": no conflict with the tense, and the ban may end in 2028
    tl = timeline.build("The two builders have been barred from public tenders until 2028.", reference_time="2026-10-17")
    barred = next(e for e in tl.events if e.text == "barred")
    assert not tl.conflicts
    assert barred.latest_end == dt.datetime(2029, 1, 1)
    # in the past perfect the tense still ends it before publication
    past = timeline.build("The builders had been barred from tenders until March.", reference_time="2026-10-17")
    assert next(e for e in past.events if e.text == "barred").latest_end <= dt.datetime(2026, 10, 18)


def test_anchoring_a_lasting_verb_is_its_subject_events_span() -> None:
    tl = timeline.build("The trial opened on Sept. 8 and lasted five weeks.", reference_time="2026-10-17")
    trial = next(e for e in tl.events if e.text == "trial")
    assert trial.earliest_start == dt.datetime(2026, 9, 8)
    assert trial.latest_end is not None and trial.latest_end <= dt.datetime(2026, 10, 14)


def _one(text: str, word: str, ref: str = "2026-10-13", occurrence: int = 0) -> tuple[timeline.Timeline, timeline.Event]:
    tl = timeline.build(text, reference_time=ref)
    return tl, [e for e in tl.events if e.text == word][occurrence]


def test_anchoring_until_at_least_leaves_the_end_open_and_at_most_keeps_it() -> None:
    _, closed = _one("The schools will stay closed until at least next Wednesday.", "closed")
    assert closed.latest_end is None
    _, closed = _one("The schools will stay closed until at most Friday.", "closed")
    assert closed.latest_end == dt.datetime(2026, 10, 17)


def test_anchoring_a_participle_after_a_state_verb_takes_no_past_tense() -> None:
    tl, closed = _one("The schools will stay closed until Friday.", "closed")
    assert not tl.conflicts and closed.latest_end == dt.datetime(2026, 10, 17)


def test_anchoring_a_noun_after_and_is_a_second_verb_not_an_object() -> None:
    # "run" is the second verb: "for three weeks" measures it, not the start on Tuesday
    tl, start = _one("A vaccination campaign would start on Tuesday and run for three weeks.", "start")
    assert not tl.conflicts
    assert not any(a.relation == "lasts" for a in start.anchors)


def test_anchoring_a_fronted_within_counts_from_the_previous_sentence() -> None:
    text = "The first case was confirmed on Aug. 27 in a student. Within a fortnight the virus had spread to a care home."
    _, spread = _one(text, "spread")
    assert spread.earliest_start == dt.datetime(2026, 8, 27)
    assert spread.latest_end is not None and spread.latest_end <= dt.datetime(2026, 9, 11)
    # not fronted, after a past verb: it counts from the sentence before's event too (the
    # eighteenth session; before, such a length bounded nothing)
    _, filled = _one("The dam was finished in May. The reservoir filled within two weeks.", "filled")
    assert filled.earliest_start == dt.datetime(2026, 5, 1)
    assert filled.latest_end is not None and filled.latest_end <= dt.datetime(2026, 6, 15)


def test_anchoring_the_subject_of_a_happening_verb_is_an_event() -> None:
    # "a fire broke out": the fire is an event (the detector may miss it) and begins then
    tl, fire = _one("A fire broke out in the laundry on Sunday night, and staff moved the patients.", "fire", ref="2026-11-16")
    assert fire.earliest_start == dt.datetime(2026, 11, 15, 19)
    # "the storm hit the coast on Saturday": the hitting lies in the storm, which may have begun before
    tl, storm = _one("The storm hit the coast on Saturday.", "storm", ref="2026-11-16")
    hit = next(e for e in tl.events if e.text == "hit")
    assert storm.earliest_start is None
    assert any(a.relation == "during" and a.target == storm.eid for a in hit.anchors)


def test_anchoring_the_article_of_a_time_counts_as_no_word_between_two_events() -> None:
    # "in the weeks before": TimeML leaves "the" out of the expression; the signal still orders
    _, seen = _one("The car was seen in the small town in the weeks before the doctor was killed.", "seen", ref="2026-11-16")
    killed_before = [a for a in seen.anchors if a.relation == "before"]
    assert killed_before


def test_anchoring_a_noun_naming_another_instance_is_no_coreference() -> None:
    # "the last early election" is not the vote of the sentence before
    tl = timeline.build("Lawmakers voted on Tuesday to dissolve parliament. The last early election, in 2019, came after a scandal.",
                        reference_time="2026-12-09")
    assert not tl.conflicts
    election = next(e for e in tl.events if e.text == "election")
    assert election.latest_end is not None and election.latest_end <= dt.datetime(2020, 1, 1)


def test_anchoring_the_object_of_a_verb_not_in_the_past_takes_no_past_clause_time() -> None:
    # "voted ... to hold a snap election on Jan. 17": the election lies ahead, with no conflict
    tl = timeline.build("Lawmakers voted on Tuesday to dissolve parliament and hold a snap election on Jan. 17.", reference_time="2026-12-09")
    assert not tl.conflicts
    election = next(e for e in tl.events if e.text == "election")
    assert election.earliest_start == dt.datetime(2027, 1, 17)


def test_anchoring_a_length_to_a_date_ends_in_it() -> None:
    # "the three months to Sept. 30": the income runs up to that day, not inside it; the three calendar months ending with
    # it are July to September (s22: the length is bounded by that stretch, docs/conventions.md), so it starts 1 July
    tl, income = _one("Net income for the three months to Sept. 30 was 48 million euros.", "income", ref="2026-10-29")
    assert not tl.conflicts
    assert income.latest_end == dt.datetime(2026, 10, 1) and income.earliest_start == dt.datetime(2026, 7, 1)


def test_anchoring_the_slaying_is_the_killing_named_before() -> None:
    # a gerund after "the" is a noun, and "slaying" names what "killed" did: the same event, dated with it
    tl = timeline.build("A sniper killed a doctor at his home on Oct. 23. Officials said on Friday that the slaying had shaken the town.",
                        reference_time="2026-11-20")
    slaying = next(e for e in tl.events if e.text == "slaying")
    assert (slaying.earliest_start, slaying.latest_end) == (dt.datetime(2026, 10, 23), dt.datetime(2026, 10, 24))


def test_anchoring_a_date_before_an_event_noun_dates_the_noun() -> None:
    # "since the Oct. 23 slaying": the date is the slaying's, and "since" orders the search after it
    tl = timeline.build("Police have searched for the gunman since the Oct. 23 slaying.", reference_time="2026-11-20")
    slaying = next(e for e in tl.events if e.text == "slaying")
    searched = next(e for e in tl.events if e.text == "searched")
    assert (slaying.earliest_start, slaying.latest_end) == (dt.datetime(2026, 10, 23), dt.datetime(2026, 10, 24))
    assert searched.earliest_start is not None and searched.earliest_start >= dt.datetime(2026, 10, 23)
    assert any(a.target == slaying.eid for a in searched.anchors)
    # a possessive date works the same way, and the signal orders the verb against the noun
    tl = timeline.build("Shares rose after Tuesday's announcement of a merger.", reference_time="2026-11-20")
    announcement = next(e for e in tl.events if e.text == "announcement")
    rose = next(e for e in tl.events if e.text == "rose")
    assert (announcement.earliest_start, announcement.latest_end) == (dt.datetime(2026, 11, 17), dt.datetime(2026, 11, 18))
    assert any(a.target == announcement.eid for a in rose.anchors)


def test_anchoring_a_date_naming_a_thing_dates_no_event_of_the_clause() -> None:
    # "under the Feb. 23 accord": the accord's date, not the day the inspectors returned
    tl = timeline.build("Inspectors returned under the Feb. 23 accord.", reference_time="2026-11-20")
    returned = next(e for e in tl.events if e.text == "returned")
    assert all(a.relation != "during" for a in returned.anchors)
    assert returned.earliest_start is None
    # a fronted time before the subject is no modifier of it: the clause's verb keeps it
    tl = timeline.build("By Friday the strike had ended.", reference_time="2026-11-20")
    ended = next(e for e in tl.events if e.text == "ended")
    assert any(str(a.relation) == "by" for a in ended.anchors)


def test_anchoring_two_days_joined_by_and_are_the_span_of_the_event() -> None:
    # "on Monday and Tuesday": over both days, not squeezed to the midnight between them
    for text in ("The talks were held on Monday and Tuesday.", "Officials tested the water on Monday and on Tuesday."):
        tl = timeline.build(text, reference_time="2026-06-17")
        assert not tl.conflicts
        ev = tl.events[-1] if tl.events[-1].text in ("held", "tested") else next(e for e in tl.events if e.text in ("held", "tested"))
        assert (ev.earliest_start, ev.latest_end) == (dt.datetime(2026, 6, 15), dt.datetime(2026, 6, 17)), text


def test_anchoring_the_subject_of_a_begin_verb_is_not_over() -> None:
    # "the trial began on Monday": begun before publication, not ended by it
    tl = timeline.build("The trial began on Monday.", reference_time="2026-01-13")
    trial = next(e for e in tl.events if e.text == "trial")
    assert trial.latest_end is None
    assert trial.earliest_start == dt.datetime(2026, 1, 12)


def test_anchoring_an_expected_length_is_no_certain_length() -> None:
    # "is expected to last six weeks": the trial is on (real), but its length is only expected
    tl = timeline.build("The trial began on Monday. The trial is expected to last six weeks.", reference_time="2026-01-13")
    trials = [e for e in tl.events if e.text == "trial"]
    assert len(trials) == 2 and all(e.real for e in trials)
    assert all(e.latest_end is None for e in trials)


def test_anchoring_a_signal_before_a_compound_subject_orders_its_verb() -> None:
    # "two weeks after the audit report reached prosecutors": after the reaching, not the audit
    tl = timeline.build("He was arrested in November 2023, two weeks after the audit report reached prosecutors.", reference_time="2026-01-13")
    arrested = next(e for e in tl.events if e.text == "arrested")
    reached = next(e for e in tl.events if e.text == "reached")
    assert any(a.target == reached.eid and str(a.relation) == "after" for a in arrested.anchors)
    assert reached.latest_end == dt.datetime(2023, 11, 17)
    # a preposition between is no compound: "arrested during the storm for looting" is during the storm
    tl = timeline.build("Police said a man arrested during the storm for looting a pharmacy was charged.", reference_time="2026-01-13")
    arrested = next(e for e in tl.events if e.text == "arrested")
    storm = next(e for e in tl.events if e.text == "storm")
    assert any(a.target == storm.eid for a in arrested.anchors)


def test_anchoring_the_subject_of_a_predicate_of_occurrence_is_that_happening() -> None:
    # "the ceremony will take place on ...", "the funeral was held on ...": the noun is dated with its predicate
    cases = [("The ceremony will take place at the town hall on March 12.", "ceremony", dt.datetime(2026, 3, 12)),
             ("A memorial service was held on Monday.", "service", dt.datetime(2026, 3, 2)),
             ("The strike went ahead on Sunday despite the rain.", "strike", dt.datetime(2026, 3, 1))]
    for text, noun, day in cases:
        tl = timeline.build(text, reference_time="2026-03-04")
        ev = next(e for e in tl.events if e.text == noun)
        assert (ev.earliest_start, ev.latest_end) == (day, day + dt.timedelta(days=1)), text
    # ... and of such a participle right after it ("a fraud committed between 2015 and 2018")
    tl = timeline.build("She was sentenced on Thursday for a fraud committed between 2015 and 2018.", reference_time="2026-03-04")
    fraud = next(e for e in tl.events if e.text == "fraud")
    assert (fraud.earliest_start, fraud.latest_end) == (dt.datetime(2015, 1, 1), dt.datetime(2019, 1, 1))
    # "was held up": a delay, not the vote taking place; "held talks": the verb's object, not its subject
    text = "The vote was held up by a dispute on Monday."
    evs = events(text, "vote", "held", "dispute", vote={"pos": "NOUN", "tense": "NONE"}, dispute={"pos": "NOUN", "tense": "NONE"})
    links, _ = links_of(text, evs, ref="2026-03-04")
    assert not any(str(link.relation) == "simultaneous" for link in links)
    text = "The crisis talks held on Monday ended without a deal."
    evs = events(text, "talks", "held", "ended", talks={"pos": "NOUN", "tense": "NONE"})
    links, _ = links_of(text, evs, ref="2026-03-04")
    assert not any(str(link.relation) == "simultaneous" for link in links)


def test_anchoring_a_planning_verb_leaves_the_time_to_its_object_past_a_place() -> None:
    # "planned a large rally in the square on Saturday": the rally is on Saturday, the planning before it
    text = "Protesters planned a large rally in the main square on Saturday."
    tl = timeline.build(text, reference_time="2026-03-04")
    rally, planned = (next(e for e in tl.events if e.text == w) for w in ("rally", "planned"))
    assert (rally.earliest_start, rally.latest_end) == (dt.datetime(2026, 3, 7), dt.datetime(2026, 3, 8))
    assert planned.earliest_start is None or planned.earliest_start < dt.datetime(2026, 3, 7)
    # so does a call for one ("called a rally outside the plant for Friday")
    text = "The union called a rally outside the plant for Friday."
    evs = events(text, "called", "rally", rally={"pos": "NOUN", "tense": "NONE"})
    links, times = links_of(text, evs, ref="2026-03-04")
    assert {(link.source, times[link.target].text) for link in links if link.target in times} == {("e2", "Friday")}
    # an announcement is no plan: "announced a vote in parliament on Friday" may be Friday's announcement
    text = "The government announced a vote in parliament on Friday."
    evs = events(text, "announced", "vote", vote={"pos": "NOUN", "tense": "NONE"})
    links, times = links_of(text, evs, ref="2026-03-04")
    assert ("e1", "during", "Friday") in {(link.source, str(link.relation), times[link.target].text) for link in links if link.target in times}


def test_anchoring_a_signal_orders_the_verb_of_a_noun_with_a_complement() -> None:
    # "two days after talks with the port authority broke down": the breaking down, two days before
    tl = timeline.build("Dock workers walked out early on Monday, two days after talks with the port authority broke down.", reference_time="2026-03-04")
    walked, broke = (next(e for e in tl.events if e.text == w) for w in ("walked", "broke"))
    assert any(a.target == broke.eid and str(a.relation) == "after" for a in walked.anchors)
    assert broke.latest_end == dt.datetime(2026, 2, 28, 8)


def test_anchoring_an_expected_event_takes_the_time_not_the_expecting() -> None:
    # "a vote on the offer is expected next week": the vote (the head noun, not "offer") is next week
    text = "A vote on the new offer is expected next week."
    evs = events(text, "vote", "offer", "expected", vote={"pos": "NOUN", "tense": "NONE"}, offer={"pos": "NOUN", "tense": "NONE"}, expected={"tense": "PRESENT"})
    links, times = links_of(text, evs, ref="2026-03-04")
    to_times = {(link.source, str(link.relation), times[link.target].text) for link in links if link.target in times}
    assert to_times == {("e1", "during", "next week")}
    tl = timeline.build("The report is due on Friday.", reference_time="2026-03-04")
    report = next(e for e in tl.events if e.text == "report")
    assert (report.earliest_start, report.latest_end) == (dt.datetime(2026, 3, 6), dt.datetime(2026, 3, 7))
    # "not expected until May" says when the expecting ends, not when the decision is
    text = "A decision is not expected until May."
    evs = events(text, "decision", "expected", decision={"pos": "NOUN", "tense": "NONE"}, expected={"tense": "PRESENT"})
    links, times = links_of(text, evs, ref="2026-03-04")
    assert not any(link.source == "e1" and link.target in times for link in links)


def test_anchoring_a_time_after_an_aspectual_verb_dates_the_beginning() -> None:
    # "began queuing on Monday afternoon": the queue began then and went on; it did not end by 18:00
    tl = timeline.build("Container ships began queuing outside the harbour on Monday afternoon.", reference_time="2026-03-04")
    began, queuing = (next(e for e in tl.events if e.text == w) for w in ("began", "queuing"))
    assert (began.earliest_start, began.latest_end) == (dt.datetime(2026, 3, 2, 12), dt.datetime(2026, 3, 2, 18))
    assert queuing.earliest_start == dt.datetime(2026, 3, 2, 12) and queuing.latest_end is None
    tl = timeline.build("The plant stopped working on Friday.", reference_time="2026-03-04")
    working = next(e for e in tl.events if e.text == "working")
    assert working.earliest_start is None and working.latest_end == dt.datetime(2026, 2, 28)


def test_placement_a_sentence_opening_with_a_pronoun_continues_the_time_before_it() -> None:
    # "It ended after ...": the 2019 strike's end, not something of the publication day
    text = "The last strike at the port, in 2019, lasted 11 days. It ended after the government appointed a mediator."
    tl = timeline.build(text, reference_time="2026-03-04")
    ended = next(e for e in tl.events if e.text == "ended")
    assert ended.likely_start is not None and ended.likely_end is not None
    assert dt.datetime(2019, 1, 1) <= ended.likely_start and ended.likely_end <= dt.datetime(2020, 1, 1)
    # told in the perfect it reaches now: no 2019 for "has offered"
    text = "The last strike at the port, in 2019, lasted 11 days. It is the largest raise the authority has ever offered."
    tl = timeline.build(text, reference_time="2026-03-04")
    offered = next(e for e in tl.events if e.text == "offered")
    assert offered.likely_end is None or offered.likely_end > dt.datetime(2020, 1, 1)
    # without the pronoun, no continuation: a new sentence about the port's ships is news of the day
    text = "The last strike at the port, in 2019, lasted 11 days. Ships waited outside the harbour."
    tl = timeline.build(text, reference_time="2026-03-04")
    waited = next(e for e in tl.events if e.text == "waited")
    assert waited.likely_start is not None and waited.likely_start > dt.datetime(2020, 1, 1)


def test_anchoring_a_signal_phrase_after_a_comma_orders_the_clause_verb() -> None:
    # "... on Sunday morning, nearly 30 hours after the slope gave way": the slope gave way on Saturday
    text = "Rescuers pulled a woman and her son alive from the mud on Sunday morning, nearly 30 hours after the slope gave way."
    tl = timeline.build(text, reference_time="2026-03-04")
    pulled, gave = (next(e for e in tl.events if e.text == w) for w in ("pulled", "gave"))
    assert any(a.target == gave.eid and str(a.relation) == "after" for a in pulled.anchors)
    assert gave.latest_end is not None and gave.latest_end <= dt.datetime(2026, 2, 28, 12)
    # a long stretch without a comma orders nothing: no signal phrase of its own
    text = "Rescuers pulled a woman and her son alive from the deep mud of the lower village on Sunday morning after the slope gave way."
    evs = events(text, "pulled", "gave")
    links, _ = links_of(text, evs, ref="2026-03-04")
    assert not any(link.target == "e2" for link in links)


def test_anchoring_a_report_of_its_object_is_done_at_the_time() -> None:
    # "reports its full-year results on May 14": the reporting is on May 14, not at publication
    text = "The firm reports its full-year results on May 14."
    evs = events(text, "reports", "results", reports={"cls": "REPORTING", "tense": "PRESENT"}, results={"pos": "NOUN", "tense": "NONE"})
    links, times = links_of(text, evs, ref="2026-03-05")
    assert ("e1", "during", "May 14") in {(link.source, str(link.relation), times[link.target].text) for link in links if link.target in times}
    # a clause after the time keeps it on the reported noun: "said the attack on Sunday was planned"
    text = "Police said the attack on Sunday was planned."
    evs = events(text, "said", "attack", "planned", said={"cls": "REPORTING"}, attack={"pos": "NOUN", "tense": "NONE"})
    links, times = links_of(text, evs, ref="2026-03-05")
    to_times = {(link.source, times[link.target].text) for link in links if link.target in times}
    assert ("e2", "Sunday") in to_times and ("e1", "Sunday") not in to_times


def test_no_event_is_implied_by_a_modifier_or_inside_a_time() -> None:
    # "after the previous governor resigned": "previous" names no event; "the three-week trial": "three" is in a time
    for text, word in (("Voters go to the polls on Sunday, three months after the previous governor resigned.", "previous"),
                       ("The judge said he had shown no remorse during the three-week trial.", "three")):
        tl = timeline.build(text, reference_time="2026-03-04")
        assert word not in [e.text for e in tl.events], text
    # the noun a signal introduces still is one: "in the weeks after the storm"
    tl = timeline.build("Prices rose in the weeks after the storm.", reference_time="2026-03-04")
    assert "storm" in [e.text for e in tl.events]


def test_anchoring_a_signal_after_an_infinitive_of_purpose_orders_the_main_verb() -> None:
    # "go to the polls on Sunday to choose a governor, three months after X resigned": X resigned in December
    text = "Voters will go to the polls on Sunday to choose a new governor, three months after the previous governor resigned."
    tl = timeline.build(text, reference_time="2026-03-04")
    resigned = next(e for e in tl.events if e.text == "resigned")
    assert resigned.latest_end is not None and resigned.latest_end <= dt.datetime(2025, 12, 31)
    # an infinitive right after its verb is its complement: "agreed to meet two days after the vote" orders the meeting
    text = "The leaders agreed to meet two days after the vote."
    evs = events(text, "agreed", "meet", "vote", meet={"tense": "INFINITIVE"}, vote={"pos": "NOUN", "tense": "NONE"})
    links, _ = links_of(text, evs, ref="2026-03-04")
    assert ("e2", "after", "e3") in {(link.source, str(link.relation), link.target) for link in links}


def test_anchoring_a_length_modifying_a_noun_is_its_length() -> None:
    # "a seven-year restoration", "the 24-hour strike": the noun lasts that long
    for text, noun, days in (("The theatre will reopen after a seven-year restoration.", "restoration", 7 * 365),
                             ("The union called off the 24-hour strike.", "strike", 1)):
        tl = timeline.build(text, reference_time="2026-03-07")
        ev = next(e for e in tl.events if e.text == noun)
        assert any(str(a.relation) == "lasts" for a in ev.anchors), text
    text = "Officials spent the day on a three-day visit."
    evs = events(text, "spent", "visit", visit={"pos": "NOUN", "tense": "NONE"})
    links, times = links_of(text, evs, ref="2026-03-07")
    assert ("e2", "lasts", "three-day") in {(link.source, str(link.relation), times[link.target].text) for link in links if link.target in times}
    # a length that is no modifier measures the verb: "stayed three days"
    text = "The delegation stayed three days in the capital."
    evs = events(text, "stayed")
    links, times = links_of(text, evs, ref="2026-03-07")
    assert ("e1", "lasts", "three days") in {(link.source, str(link.relation), times[link.target].text) for link in links if link.target in times}


def test_anchoring_a_scheduled_subject_past_a_complement_and_an_apposition() -> None:
    # "a concert by the city orchestra, is planned for April 18": the concert, not the planning
    text = "The opening night, a concert by the city orchestra, is planned for April 18."
    evs = events(text, "concert", "planned", concert={"pos": "NOUN", "tense": "NONE"}, planned={"tense": "PRESENT"})
    links, times = links_of(text, evs, ref="2026-03-07")
    to_times = {(link.source, times[link.target].text) for link in links if link.target in times}
    assert to_times == {("e1", "April 18")}


def test_anchoring_a_sentence_opening_with_a_time_clause_orders_its_main_verb() -> None:
    # "Before joining the company in 2019, she worked ... for ten years": the work ended before 2020
    tl = timeline.build("Before joining the company in 2019, she worked for a bank in Zurich for ten years.", reference_time="2026-03-04")
    worked, joining = (next(e for e in tl.events if e.text == w) for w in ("worked", "joining"))
    assert any(a.target == joining.eid and str(a.relation) == "before" for a in worked.anchors)
    assert worked.latest_end is not None and worked.latest_end <= dt.datetime(2020, 1, 1)
    # "During his visit last month, the minister opened a bridge": the opening lies in last month
    tl = timeline.build("During his visit last month, the minister opened a new bridge.", reference_time="2026-03-04")
    opened = next(e for e in tl.events if e.text == "opened")
    assert (opened.earliest_start, opened.latest_end) == (dt.datetime(2026, 2, 1), dt.datetime(2026, 3, 1))
    # no event in the opening phrase, or a contrast: nothing is ordered
    for text in ("Until recently, it told investors, analysts and staff that sales grew.", "While the visit was unrelated, the chairman answered questions."):
        tl = timeline.build(text, reference_time="2026-03-04")
        assert not any(str(a.relation) in ("before", "after", "during") and a.target.startswith("e") for e in tl.events for a in e.anchors), text


def test_anchoring_at_least_until_leaves_the_end_open() -> None:
    # "at least until Friday" says no end, as "until at least Friday" does; plain "until Friday" ends in it
    for text, end in (("Schools will stay shut at least until Friday.", None), ("Schools will stay shut until at least Friday.", None),
                      ("Schools will stay shut until Friday.", dt.datetime(2026, 3, 7))):
        tl = timeline.build(text, reference_time="2026-03-03")
        shut = next(e for e in tl.events if e.text == "shut")
        assert shut.latest_end == end, text


def test_anchoring_since_then_orders_its_verb_after_the_event_before() -> None:
    # "... arrested in May 2023 and has been held without bail since then": held from the arrest on
    for text, verb, start in (("He was arrested in May 2023 and has been held without bail since then.", "held", dt.datetime(2023, 5, 1)),
                              ("The plant closed in 2019. It has stood empty ever since.", "stood", dt.datetime(2019, 1, 1)),
                              ("The plant closed in 2019. Since then, prices have doubled.", "doubled", dt.datetime(2019, 1, 1))):
        tl = timeline.build(text, reference_time="2026-03-03")
        ev = next(e for e in tl.events if e.text == verb)
        assert ev.earliest_start == start, text
        assert ev.likely_start is not None and ev.likely_start < dt.datetime(2024, 1, 1), text  # most likely began soon after
    # "ever since the flood" is an event signal with its own event, not "since then"
    tl = timeline.build("The road has been closed ever since the flood in 2019.", reference_time="2026-03-03")
    assert not any(str(a.relation) == "after" and a.evidence.endswith("since") for e in tl.events for a in e.anchors)


def test_anchoring_a_vague_length_before_later_counts_from_the_event_before() -> None:
    # "Hours later, it ran aground": after the departure, not a run aground that lasted hours
    tl = timeline.build("The ferry left the island at 9 p.m. on Friday. Hours later, it ran aground.", reference_time="2026-03-11")
    left, ran = (next(e for e in tl.events if e.text == w) for w in ("left", "ran"))
    assert any(a.target == left.eid and str(a.relation) == "after" for a in ran.anchors)
    assert not any(str(a.relation) == "lasts" for a in ran.anchors)
    assert ran.earliest_start is not None and ran.earliest_start > dt.datetime(2026, 3, 6, 21)
    # a vague length before "after" is the gap to that event, as before ("hours after the storm")
    tl = timeline.build("The storm hit the coast on Friday. Rescuers arrived hours after the alarm sounded.", reference_time="2026-03-11")
    arrived, hit, sounded = (next(e for e in tl.events if e.text == w) for w in ("arrived", "hit", "sounded"))
    assert any(a.target == sounded.eid and str(a.relation) == "after" for a in arrived.anchors)
    assert not any(a.target == hit.eid for a in arrived.anchors)


def test_anchoring_a_time_after_a_nouns_of_complement_goes_with_the_verb() -> None:
    # "rejected an offer of a 3 percent raise in January": the rejection is in January, not the raise
    text = "The union had rejected an offer of a 3 percent raise in January."
    evs = events(text, "rejected", "offer", "raise", **{"offer": {"pos": "NOUN", "tense": "NONE"}, "raise": {"pos": "NOUN", "tense": "NONE"}})
    links, times = links_of(text, evs, ref="2026-03-05")
    to_times = {(link.source, times[link.target].text) for link in links if link.target in times}
    assert to_times == {("e1", "January")}
    # a place phrase is no complement: "job cuts at an investor meeting next month" dates the meeting
    text = "The firm will announce job cuts at an investor meeting next month."
    evs = events(text, "announce", "cuts", "meeting", announce={"cls": "REPORTING", "tense": "FUTURE"}, cuts={"pos": "NOUN", "tense": "NONE"},
                 meeting={"pos": "NOUN", "tense": "NONE"})
    links, times = links_of(text, evs, ref="2026-03-05")
    assert ("e3", "next month") in {(link.source, times[link.target].text) for link in links if link.target in times}


def test_anchoring_a_length_before_a_fronted_signal_is_the_gap() -> None:
    # "Hours after the strike began, the operator asked ...": after the beginning, by hours
    text = "The strike began at 4 a.m. on Thursday. Hours after the strike began, the operator asked the court to act."
    tl = timeline.build(text, reference_time="2026-03-06")
    asked = next(e for e in tl.events if e.text == "asked")
    gap = next(a for a in asked.anchors if str(a.relation) == "after")
    assert gap.offset_min is not None and gap.offset_min >= dt.timedelta(hours=1)
    began = next(e for e in tl.events if e.eid == gap.target)
    assert began.text == "began"


def test_anchoring_a_sequence_verb_orders_its_subject_against_its_object() -> None:
    # "The walkout followed the collapse of pay talks": the walkout came after
    text = "The walkout followed the collapse of pay talks."
    evs = events(text, "walkout", "followed", "collapse", walkout={"pos": "NOUN", "tense": "NONE"}, collapse={"pos": "NOUN", "tense": "NONE"})
    links, _ = links_of(text, evs, ref="2026-03-06")
    assert ("e1", "after", "e3") in {(link.source, str(link.relation), link.target) for link in links}
    text = "Protests preceded the vote on Friday."
    tl = timeline.build(text, reference_time="2026-03-06")
    protests, vote = (next(e for e in tl.events if e.text == w) for w in ("Protests", "vote"))
    assert any(a.target == vote.eid and str(a.relation) == "before" for a in protests.anchors)
    assert (vote.earliest_start, vote.latest_end) == (dt.datetime(2026, 3, 6), dt.datetime(2026, 3, 7))


def test_placement_closing_a_long_events_start_does_not_squeeze_what_follows() -> None:
    # ten years of work before joining "in 2019": the joining stays anywhere in 2019, not on 31 December
    tl = timeline.build("Before joining the company in 2019, she worked for a bank in Zurich for ten years.", reference_time="2026-03-04")
    joining, worked = (next(e for e in tl.events if e.text == w) for w in ("joining", "worked"))
    assert (joining.likely_start, joining.likely_end) == (dt.datetime(2019, 1, 1), dt.datetime(2020, 1, 1))
    assert worked.likely_start is not None and worked.likely_start <= dt.datetime(2009, 12, 31)
    assert worked.likely_end is not None and worked.likely_end <= dt.datetime(2020, 1, 1)


def test_anchoring_until_then_orders_its_verb_before_the_event_before() -> None:
    # "Until then, she had refused to comment": the refusing ended by the resignation
    tl = timeline.build("The minister resigned on Tuesday. Until then, she had refused to comment on the affair.", reference_time="2026-03-07")
    resigned, refused = (next(e for e in tl.events if e.text == w) for w in ("resigned", "refused"))
    assert any(a.target == resigned.eid and str(a.relation) == "before" for a in refused.anchors)
    assert refused.latest_end == dt.datetime(2026, 3, 4)


def test_anchoring_a_sentence_opening_with_by_the_time_orders_its_main_verb_before() -> None:
    # "By the time firefighters arrived, the roof had collapsed": the collapse came first
    text = "By the time firefighters arrived, the roof had collapsed."
    evs = events(text, "arrived", "collapsed")
    links, _ = links_of(text, evs, ref="2026-03-07")
    assert ("e2", "before", "e1") in {(link.source, str(link.relation), link.target) for link in links}
    tl = timeline.build("As soon as the ceasefire began on Monday, aid trucks crossed the border.", reference_time="2026-03-07")
    crossed = next(e for e in tl.events if e.text == "crossed")
    assert crossed.earliest_start == dt.datetime(2026, 3, 2)


def test_anchoring_a_time_clause_takes_up_the_verb_told_before() -> None:
    # "Firefighters arrived at 2 a.m. ... By the time firefighters arrived, the roof had collapsed": one arrival
    tl = timeline.build("Firefighters arrived at 2 a.m. on Sunday. By the time firefighters arrived, the roof had collapsed.", reference_time="2026-03-07")
    collapsed = next(e for e in tl.events if e.text == "collapsed")
    assert collapsed.latest_end is not None and collapsed.latest_end <= dt.datetime(2026, 3, 1, 2, 1)
    # too far back, the verb is not taken up
    far = ("Firefighters arrived at 2 a.m. on Sunday. The fire spread. Crews fought it. Wind rose. Smoke drifted. "
           "By the time firefighters arrived, the roof had collapsed.")
    tl = timeline.build(far, reference_time="2026-03-07")
    arrivals = [e for e in tl.events if e.text == "arrived"]
    assert len(arrivals) == 2 and not any(str(a.relation) == "simultaneous" and a.target == arrivals[0].eid for a in arrivals[1].anchors)


def test_anchoring_a_signal_reaches_a_noun_past_its_modifiers() -> None:
    # "two years after a knee injury nearly ended her career": the injury two years before Sunday
    tl = timeline.build("Ella Brandt won her third national title on Sunday, two years after a knee injury nearly ended her career.", reference_time="2026-01-13")
    injury = next(e for e in tl.events if e.text == "injury")
    assert injury.latest_end is not None and injury.latest_end <= dt.datetime(2024, 2, 1)
    # words of a clause between are no modifiers: "after the company and its rivals" does not reach "rivals"
    text = "Prices rose after the company and its rivals cut output."
    evs = events(text, "rose", "rivals", rivals={"pos": "NOUN", "tense": "NONE"})
    links, _ = links_of(text, evs, ref="2026-01-13")
    assert not any(link.target == "e2" for link in links)


def test_anchoring_a_nouns_relative_clause_with_an_aspectual_verb_begins_it() -> None:
    # "The campaign, which officially opened on Feb. 1, ...": the campaign began then and goes on
    tl = timeline.build("The campaign, which officially opened on Feb. 1, has been dominated by the cost of rent.", reference_time="2026-03-04")
    campaign = next(e for e in tl.events if e.text == "campaign")
    assert campaign.earliest_start == dt.datetime(2026, 2, 1)
    assert any(str(a.relation) == "begun_by" for a in campaign.anchors)
