"""News conventions of the likely layer: the publication day, the calendar day of what is
known, and which discourse time an undated event continues."""

from __future__ import annotations

import datetime as dt

from timeline.anchoring import REFERENCE
from timeline.order import Bound, Constraint, Network, end_of, start_of
from timeline.placement import close_open, convention_facts, load_conventions, publication_day

MON = dt.datetime(2026, 3, 2)
TUE = dt.datetime(2026, 3, 3)


def test_publication_day_of_an_instant_and_of_a_day() -> None:
    assert publication_day((MON.replace(hour=10, minute=34), MON.replace(hour=10, minute=34))) == (MON, TUE)
    assert publication_day((MON, TUE)) == (MON, TUE)
    assert publication_day(None) is None


def _network(reference: tuple[dt.datetime, dt.datetime]) -> Network:
    net = Network([Bound(start_of(REFERENCE), reference[0], reference[0]), Bound(end_of(REFERENCE), reference[1], reference[1])])
    return net


def test_reported_speech_fits_a_publication_time_with_a_clock_reading() -> None:
    """A report published at 10:34 is placed in that day, not squeezed into the instant."""
    instant = MON.replace(hour=10, minute=34)
    facts = convention_facts([("e1", "REPORTING", 0)], [], {"e1": True}, (instant, instant), {}, {"e1": True}, load_conventions())
    extent = next(f for f in facts if f.kind == "extent")
    speech = next(f for f in facts if f.kind == "reported-speech")
    net = _network((instant, instant))
    assert net.try_add(extent.facts)
    assert net.try_add(speech.facts)
    b = net.bounds("e1")
    assert b.earliest_start == MON and b.latest_end == TUE


def test_close_open_stops_at_the_calendar_day_of_what_is_known() -> None:
    net = Network([Bound(end_of("e1"), MON.replace(hour=10), None), Bound(start_of("e1"), MON.replace(hour=9), None)])
    close_open(net, ["e1"], None)
    assert net.bounds("e1").latest_end == TUE  # Monday's end, not Tuesday 10:00


def test_close_open_before_a_midnight_takes_the_day_before() -> None:
    net = Network([Bound(end_of("e1"), None, TUE)])
    close_open(net, ["e1"], None)
    assert net.bounds("e1").earliest_start == MON


def test_close_open_before_the_end_of_a_month_takes_the_month() -> None:
    """An event that starts before one dated "in January" (a learned order) likely starts in
    January, not on its last day; and no event ordered after it is dragged onto that day."""
    jan, feb = dt.datetime(2026, 1, 1), dt.datetime(2026, 2, 1)
    minute = dt.timedelta(minutes=1)
    net = Network([Bound(start_of("e2"), jan, None), Bound(end_of("e2"), None, feb), Constraint(start_of("e2"), end_of("e2"), minute, None),
                   Constraint(start_of("e1"), start_of("e2"), dt.timedelta(0), None), Constraint(start_of("e1"), end_of("e1"), minute, None)])
    close_open(net, ["e1", "e2"], None)
    assert net.bounds("e1").earliest_start == jan
    assert net.bounds("e2").earliest_start == jan
    # before the end of a year: the year
    y96 = dt.datetime(1996, 1, 1)
    net = Network([Bound(start_of("e1"), None, y96 - minute), Constraint(start_of("e1"), end_of("e1"), minute, None)])
    close_open(net, ["e1"], None)
    assert net.bounds("e1").earliest_start == dt.datetime(1995, 1, 1)
    # mid-month: the day of what is known, as before
    net = Network([Bound(start_of("e1"), None, dt.datetime(2026, 1, 20, 12)), Constraint(start_of("e1"), end_of("e1"), minute, None)])
    close_open(net, ["e1"], None)
    assert net.bounds("e1").earliest_start == dt.datetime(2026, 1, 20)


def _discourse(facts: list) -> dict[str, str]:  # type: ignore[type-arg]
    return {f.source: f.target for f in facts if f.kind == "discourse"}


def test_a_year_in_the_sentence_dates_only_the_event_next_to_it() -> None:
    """'A man convicted in 2019 was arrested, police said': only the neighbour of the dated
    event continues a year-long time; a day-long time is continued by the whole sentence."""
    events = [("e1", "OCCURRENCE", 0), ("e2", "OCCURRENCE", 0), ("e3", "OCCURRENCE", 0)]
    real = {"e1": True, "e2": True, "e3": True}
    ref = (MON, TUE)
    wide = convention_facts(events, [], real, ref, {"e1": "t1"}, {}, load_conventions(), narrow=frozenset())
    assert _discourse(wide) == {"e2": "t1"}
    short = convention_facts(events, [], real, ref, {"e1": "t1"}, {}, load_conventions(), narrow=frozenset({"t1"}))
    assert _discourse(short) == {"e2": "t1", "e3": "t1"}


def test_a_present_tense_event_continues_no_time_that_is_over() -> None:
    """'The line was founded in 1987 and runs eleven routes': it runs now; 'opens on Friday and
    lasts three days' still lasts from Friday."""
    events = [("e1", "OCCURRENCE", 0), ("e2", "STATE", 0)]
    real = {"e1": True, "e2": True}
    facts = convention_facts(events, [], real, (MON, TUE), {"e1": "t1"}, {}, load_conventions(), narrow=frozenset({"t1"}),
                             present=frozenset({"e2"}), past_times=frozenset({"t1"}))
    assert _discourse(facts) == {}
    ahead = convention_facts(events, [], real, (MON, TUE), {"e1": "t1"}, {}, load_conventions(), narrow=frozenset({"t1"}),
                             present=frozenset({"e2"}), past_times=frozenset())
    assert _discourse(ahead) == {"e2": "t1"}
    past_tense = convention_facts(events, [], real, (MON, TUE), {"e1": "t1"}, {}, load_conventions(), narrow=frozenset({"t1"}),
                                  present=frozenset(), past_times=frozenset({"t1"}))
    assert _discourse(past_tense) == {"e2": "t1"}


def test_a_present_tense_event_after_a_past_year_is_placed_now() -> None:
    import timeline

    tl = timeline.build("The ferry line was founded in 1987 and runs eleven routes.", reference_time="2026-10-14")
    runs = next(e for e in tl.events if e.text == "runs")
    assert runs.likely_start is not None and runs.likely_start.year == 2026


def test_events_far_apart_in_the_text_but_near_on_the_timeline_are_related() -> None:
    import timeline

    text = ("The bridge reopened on Friday. The mayor thanked the crews. Traffic was light. "
            "Residents welcomed the news. Shops stayed open late. The council voted on Thursday to pay for the repairs.")
    tl = timeline.build(text, reference_time="2026-03-09")
    eid = {e.text: e.eid for e in tl.events}
    stated = {(r.source, r.target): (r.relation, r.certain) for r in tl.relations}
    pair = stated.get((eid["voted"], eid["reopened"])) or stated.get((eid["reopened"], eid["voted"]))
    assert pair in {("BEFORE", True), ("AFTER", True)}
    assert stated.get((eid["voted"], eid["reopened"]), ("BEFORE", True)) == ("BEFORE", True)


def test_learned_event_labels_order_starts_only_within_a_sentence_and_when_sure() -> None:
    # the five-label model is weak across sentences (it ordered a report of a fire before the
    # firefighters' arrival); within one sentence it orders two starts when at least 0.65 sure
    from timeline.placement import PLACING_LABEL_MIN, learned_facts
    from timeline.relations import PredictedRelation

    real = {"e1": True, "e2": True, "e3": True}
    sentence_of = {"e1": 0, "e2": 0, "e3": 1}

    def kept(source: str, target: str, confidence: float) -> list[str]:
        p = PredictedRelation(source, target, "BEFORE", confidence, "event-event")
        return [f.kind for f in learned_facts([p], real, frozenset(), frozenset(real), None, sentence_of)]

    assert kept("e1", "e2", 0.7) == ["event-label"]
    assert kept("e1", "e2", PLACING_LABEL_MIN - 0.01) == []
    assert kept("e1", "e2", 0.6) == []  # a bare majority of five labels is not enough (measured on TBAQ)
    assert kept("e2", "e3", 0.95) == []  # across sentences: not used for placement


def test_filing_day_is_a_dateline_day_shortly_before_publication() -> None:
    """A story filed the day before it appears reads "now" as its dateline's day; a dateline
    on the publication day, or weeks before it, leaves the publication time."""
    wed = dt.datetime(2026, 3, 4)
    from timeline.placement import filing_day

    assert filing_day((wed, wed + dt.timedelta(days=1)), (TUE, wed)) == (TUE, wed)
    assert filing_day((wed, wed + dt.timedelta(days=1)), (wed, wed + dt.timedelta(days=1))) == (wed, wed + dt.timedelta(days=1))
    far = dt.datetime(2026, 2, 1)
    assert filing_day((wed, wed + dt.timedelta(days=1)), (far, far + dt.timedelta(days=1))) == (wed, wed + dt.timedelta(days=1))
    assert filing_day((wed, wed + dt.timedelta(days=1)), None) == (wed, wed + dt.timedelta(days=1))


_FILED = "Bridge Reopens\n\nHALMSTAD, {day} (Nordwire) -- The mayor said the old bridge had reopened to traffic. Engineers inspected the span.\n"


def test_undated_events_of_a_story_filed_the_day_before_sit_on_its_dateline_day() -> None:
    import timeline

    early = timeline.build(_FILED.format(day="March 2"), reference_time="2026-03-03")
    same = timeline.build(_FILED.format(day="March 3"), reference_time="2026-03-03")
    for tl, day in ((early, dt.datetime(2026, 3, 2)), (same, dt.datetime(2026, 3, 3))):
        for word in ("said", "reopened", "inspected"):
            e = next(e for e in tl.events if e.text == word)
            assert (e.likely_start, e.likely_end) == (day, day + dt.timedelta(days=1)), (word, day)
    # and the reader is told so
    assert all("dateline" in e.likely_basis for e in early.events if e.text in ("said", "reopened", "inspected"))
    assert not any("dateline" in e.likely_basis for e in same.events)
    # the dateline moves only guesses: what the text entails is the same
    assert [(e.text, e.earliest_start, e.latest_end) for e in early.events] == [(e.text, e.earliest_start, e.latest_end) for e in same.events]


def test_a_state_since_an_event_most_likely_began_with_it() -> None:
    """ "Closed since a landslide hit it on Friday": certainly after the landslide, most likely
    from that day on, not from whenever the other guesses would put it."""
    import timeline

    tl = timeline.build("The mountain road has been closed since a landslide hit it on Friday afternoon, officials said.", reference_time="2026-03-04")
    closed = next(e for e in tl.events if e.text == "closed")
    assert closed.earliest_start == dt.datetime(2026, 2, 27, 12)  # certain: after the landslide began
    assert closed.likely_start is not None and closed.likely_start < dt.datetime(2026, 2, 28, 18)


def test_an_event_the_text_bounds_takes_no_guess_about_the_publication_time() -> None:
    """Textual evidence outranks a learned guess: "reached the miners on Monday night" is not
    moved into the publication day by the model's IS_INCLUDED."""
    from timeline.placement import learned_facts
    from timeline.relations import PredictedRelation

    guesses = [PredictedRelation("e1", REFERENCE, "IS_INCLUDED", 0.9, "event-dct"), PredictedRelation("e2", REFERENCE, "IS_INCLUDED", 0.9, "event-dct")]
    facts = learned_facts(guesses, {"e1": True, "e2": True}, frozenset(), day=(MON, TUE), dated=frozenset({"e1"}))
    assert [f.source for f in facts] == ["e2"]


def _verbs(text: str, *words: str, tense: str = "PAST", aspect: str = "NONE") -> list:  # type: ignore[type-arg]
    from timeline.events.detect import EventMention

    out = []
    for k, w in enumerate(words):
        start = text.index(w)
        out.append(EventMention(f"e{k + 1}", w, start, start + len(w), 0, len(text), "OCCURRENCE", "VERB", tense, aspect))
    return out


def test_two_past_verbs_joined_by_and_most_likely_started_in_the_order_told() -> None:
    from timeline.placement import sequence_facts

    text = "Firefighters arrived at the scene and put out the blaze."
    facts = sequence_facts(text, _verbs(text, "arrived", "put"), {"e1": True, "e2": True})
    # (s55) and the first over by soon after the second began (kind "sequence-end")
    assert [(f.source, f.target, f.relation) for f in facts] == [("e1", "e2", "START_BEFORE"), ("e2", "e1", "AFTER"), ("e1", "e2", "BEFORE")]
    # a signal between them is no sequence; nor are verbs in the perfect, or one that is not real
    text = "Firefighters arrived after the roof fell."
    assert sequence_facts(text, _verbs(text, "arrived", "fell"), {"e1": True, "e2": True}) == []
    text = "Firefighters had arrived and put out the blaze."
    assert sequence_facts(text, _verbs(text, "arrived", "put", aspect="PERFECTIVE"), {"e1": True, "e2": True}) == []
    text = "Firefighters arrived and put out the blaze."
    assert sequence_facts(text, _verbs(text, "arrived", "put"), {"e1": True, "e2": False}) == []
    # the stops of a clock time between them end nothing
    text = "A guard smelled smoke at 2 a.m. and alerted the crew."
    assert [f.relation for f in sequence_facts(text, _verbs(text, "smelled", "alerted"), {"e1": True, "e2": True})] == ["START_BEFORE", "AFTER", "BEFORE"]
    # a place and ", where" tell what happened there next
    text = "The injured skier was flown to a clinic in Tarsen, where surgeons operated on her knee."
    assert [f.relation for f in sequence_facts(text, _verbs(text, "flown", "operated"), {"e1": True, "e2": True})] == ["START_BEFORE", "AFTER", "BEFORE"]
    text = "The injured skier was flown to a clinic; surgeons, who operated on her knee, praised the crew."
    assert sequence_facts(text, _verbs(text, "flown", "operated"), {"e1": True, "e2": True}) == []


def test_a_guessed_start_order_is_stated_for_a_pair_nothing_else_decides(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A learned start order too unsure to shape the timeline is still stated, not certain,
    with its confidence, when more likely than not and in the order the timeline lists."""
    import timeline
    import timeline.relations as relations
    from timeline.relations import PredictedRelation

    text = "The ferry sailed. The bridge closed."
    ids = {e.text: e.eid for e in timeline.build(text, reference_time="2026-03-04").events}
    a, b = ids["sailed"], ids["closed"]

    def relations_of(tl):  # type: ignore[no-untyped-def]
        return {(r.source, r.relation, r.target, r.confidence, r.certain) for r in tl.relations if {r.source, r.target} == {a, b}}

    def guessing(order: str, sure: float):  # type: ignore[no-untyped-def]
        def predict(*args, **kwargs):  # type: ignore[no-untyped-def]
            return [PredictedRelation(a, b, "VAGUE", 0.2, "event-event", start_order=order, start_confidence=sure)]
        return predict

    monkeypatch.setattr(relations, "predict_relations", guessing("BEFORE", 0.6))
    assert relations_of(timeline.build(text, reference_time="2026-03-04")) == {(a, "BEFORE", b, 0.6, False)}
    monkeypatch.setattr(relations, "predict_relations", guessing("BEFORE", 0.45))  # less likely than not: unstated
    assert relations_of(timeline.build(text, reference_time="2026-03-04")) == set()


def test_and_joins_the_verb_a_signal_clause_hangs_on() -> None:
    """ "arrived minutes after the alarm sounded and put out the blaze": "and" joins "put" to
    "arrived", not to "sounded", which closes the clause "after" opened."""
    from timeline.anchoring import Link
    from timeline.order.links import Strength
    from timeline.placement import sequence_facts

    text = "Firefighters arrived minutes after the alarm sounded and put out the blaze."
    verbs = _verbs(text, "arrived", "sounded", "put")
    real = {"e1": True, "e2": True, "e3": True}
    assert [(f.source, f.target) for f in sequence_facts(text, verbs, real) if f.relation == "START_BEFORE"] == [("e2", "e3")]
    signal = Link("e1", "after", "e2", "arrived minutes after the alarm sounded", Strength.SIGNAL)
    assert [(f.source, f.target) for f in sequence_facts(text, verbs, real, [signal]) if f.relation == "START_BEFORE"] == [("e1", "e3")]


def test_a_comma_before_and_still_tells_a_sequence() -> None:
    from timeline.placement import sequence_facts

    text = "He was arrested at his home, and spent 40 days in custody."
    facts = sequence_facts(text, _verbs(text, "arrested", "spent"), {"e1": True, "e2": True})
    assert [(f.source, f.target) for f in facts if f.relation == "START_BEFORE"] == [("e1", "e2")]
    text = "He was arrested at his home; he spent 40 days in custody."  # a new clause: no sequence said
    assert sequence_facts(text, _verbs(text, "arrested", "spent"), {"e1": True, "e2": True}) == []


def test_the_second_of_two_past_verbs_told_in_sequence_follows_the_first_soon() -> None:
    """ "arrested in November 2023, and spent 40 days in custody": the custody most likely began
    within a week of the arrest, not on the publication day the learned guess would pick."""
    import timeline

    tl = timeline.build("He was arrested at his home in November 2023, and spent 40 days in custody.", reference_time="2026-01-13")
    spent = next(e for e in tl.events if e.text == "spent")
    assert spent.likely_start is not None and dt.datetime(2023, 11, 1) <= spent.likely_start <= dt.datetime(2023, 12, 8)
    assert spent.likely_end is not None and spent.likely_end <= dt.datetime(2023, 12, 8) + dt.timedelta(days=41)  # 40 days, begun by 8 Dec
    assert spent.earliest_start is None  # certain: the text does not say when the custody began


def test_what_a_gerund_clause_after_before_tells_came_soon_after() -> None:
    """ "spent 40 days in custody before being released": the release most likely came within a
    week of the custody's end (``[likely_gaps_gerund]``), not on the publication day."""
    import timeline

    tl = timeline.build("He was arrested at his home in November 2023, and spent 40 days in custody before being released on bail.",
                        reference_time="2026-01-13")
    released = next(e for e in tl.events if e.text == "released")
    assert released.likely_start is not None and released.likely_start <= dt.datetime(2024, 1, 25)
    assert released.earliest_start is None  # certain: only that it came after the custody


def test_an_event_in_a_night_named_by_its_day_likely_ends_by_that_midnight() -> None:
    import timeline

    tl = timeline.build("The warehouse caught fire on Friday night. Crews could return on Saturday night.", reference_time="2026-03-02")
    caught = next(e for e in tl.events if e.text == "caught")
    friday, saturday = dt.datetime(2026, 2, 27), dt.datetime(2026, 2, 28)
    assert (caught.earliest_start, caught.latest_end) == (friday.replace(hour=19), saturday.replace(hour=6))  # the text's night
    assert caught.likely_start == friday.replace(hour=19) and caught.likely_end == saturday  # Friday evening
    assert "midnight" in caught.likely_basis
    # a supposed event gets no likely interval at all
    assert next(e for e in tl.events if e.text == "return").likely_start is None


def test_the_night_fact_is_only_for_a_night_that_crosses_midnight() -> None:
    from timeline.anchoring import Link
    from timeline.model import Timex, TimexType
    from timeline.placement import night_facts

    night = Timex("t1", "Friday night", 0, 12, TimexType.TIME, "2026-02-27TNI", earliest=dt.datetime(2026, 2, 27, 19), latest=dt.datetime(2026, 2, 28, 6))
    evening = Timex("t2", "Friday evening", 20, 34, TimexType.TIME, "2026-02-27TEV", earliest=dt.datetime(2026, 2, 27, 17), latest=dt.datetime(2026, 2, 27, 22))
    late = Timex("t3", "late Friday night", 40, 57, TimexType.TIME, "2026-02-27TNI", earliest=dt.datetime(2026, 2, 27, 22), latest=dt.datetime(2026, 2, 27, 23, 59))
    links = [Link("e1", "during", "t1"), Link("e2", "during", "t2"), Link("e3", "before", "t1"), Link("e4", "during", "t3")]
    facts = night_facts(links, [night, evening, late], {"e1": True, "e2": True, "e3": True, "e4": True})
    assert [(f.source, f.kind) for f in facts] == [("e1", "night")]
    assert night_facts(links, [night, evening], {"e1": False}) == []
