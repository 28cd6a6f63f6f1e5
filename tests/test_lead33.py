"""Lead, thirty-third session: likely times a reader of a whole article would not trust.

Each sentence here is written for the test; the dates are worked out by hand.
"""

from __future__ import annotations

import datetime as dt

import timeline

from _timelines import only_event as _event  # the one event of a timeline with that word


def test_a_time_after_the_state_a_goal_verb_puts_its_object_into_dates_the_verb() -> None:
    """"reopened the old bridge to traffic on Thursday morning": "to traffic" is no infinitive ahead but the state
    the bridge is put into, so Thursday morning dates the reopening, and "nine days after" counts back from it."""
    text = "Engineers reopened the old swing bridge to traffic on Thursday morning, nine days after a barge struck it."
    tl = timeline.build(text, reference_time="2026-12-04")  # a Friday: Thursday is 3 December
    reopened = _event(tl, "reopened")
    assert reopened.earliest_start == dt.datetime(2026, 12, 3, 5) and reopened.latest_end == dt.datetime(2026, 12, 3, 12)
    traffic = _event(tl, "traffic")
    assert traffic.tense == "NONE"  # a noun, not "to traffic" planned
    struck = _event(tl, "struck")
    assert struck.likely_start is not None and struck.likely_start.date() == dt.date(2026, 11, 24)


def test_a_returned_service_dates_the_return_and_an_infinitive_with_an_object_stays_one() -> None:
    """"returned the reactor to service on Tuesday" dates the returning; "closed the plant to cut costs on Monday"
    keeps "to cut" an infinitive (an object follows it), which a purpose does not date as done."""
    tl = timeline.build("Engineers returned the second reactor to service on Tuesday.", reference_time="2026-12-04")
    returned = _event(tl, "returned")
    assert returned.earliest_start == dt.datetime(2026, 12, 1) and returned.latest_end == dt.datetime(2026, 12, 2)
    tl = timeline.build("The firm closed the plant to cut costs on Monday.", reference_time="2026-12-04")
    assert _event(tl, "cut").tense == "INFINITIVE"


def test_an_occasion_after_an_apposition_dates_the_clause_verb() -> None:
    """"picked its nominee, a retired nurse named Ada Brook, at a meeting in early March": the meeting is the
    picking's occasion past the apposition; so with a participle in it ("a former miner named Tom Hale", where
    "named" is an event of its own), whose clause the comma closes: the choosing is the rally's."""
    text = "The club picked its nominee, a retired nurse named Ada Brook, at a meeting in early March."
    tl = timeline.build(text, reference_time="2026-03-20")
    picked = _event(tl, "picked")
    assert picked.earliest_start == dt.datetime(2026, 3, 1) and picked.latest_end == dt.datetime(2026, 3, 12)
    assert any(a.relation == "during" and a.target == _event(tl, "meeting").eid for a in picked.anchors)
    text = "The union chose its spokesman, a former miner named Tom Hale, at a rally in late May."
    tl = timeline.build(text, reference_time="2026-06-20")
    chose = _event(tl, "chose")
    assert chose.earliest_start == dt.datetime(2026, 5, 21) and chose.latest_end == dt.datetime(2026, 6, 1)
    assert any(a.relation == "during" and a.target == _event(tl, "rally").eid for a in chose.anchors)


def test_a_passive_gerund_is_no_past_tense() -> None:
    """"will serve four years before being considered for parole": "being considered" is a gerund, not a past
    tense, so nothing puts the parole hearing certainly before publication (it is years ahead)."""
    tl = timeline.build("The driver will serve four years in jail before being considered for parole.", reference_time="2026-11-13")
    considered = _event(tl, "considered")
    assert considered.tense == "PRESPART"
    assert considered.latest_end is None or considered.latest_end > dt.datetime(2026, 11, 14)
    assert all(a.relation != "before_ref" for a in considered.anchors)


def test_a_begin_participle_after_a_comma_starts_the_clause_verb() -> None:
    """"skimmed cash from the tills for five years, starting in 2019": the skimming began in 2019 and lasted
    five years, not a single day in 2019 nor the publication day; "accounts he kept abroad, starting in 2019" still
    starts the clause's verb, not the relative clause's."""
    tl = timeline.build("The manager skimmed cash from the tills for five years, starting in 2019.", reference_time="2026-11-13")
    skimmed = _event(tl, "skimmed")
    assert any(a.relation == "begun_by" and a.target == _event(tl, "starting").eid for a in skimmed.anchors)
    assert skimmed.earliest_start == dt.datetime(2019, 1, 1)
    assert skimmed.likely_end is not None and dt.datetime(2023, 12, 31) < skimmed.likely_end < dt.datetime(2025, 2, 1)
    tl = timeline.build("He hid the money in accounts he kept abroad, starting in 2019.", reference_time="2026-11-13")
    hid = _event(tl, "hid")
    assert any(a.relation == "begun_by" for a in hid.anchors)
    assert all(a.relation != "begun_by" for a in _event(tl, "kept").anchors)


def test_a_short_gap_past_a_month_does_not_pin_an_event_to_the_months_last_hour() -> None:
    """"sold out within an hour of going on sale last month": the sale is likely anywhere in October, not in its
    last hour, and the selling out not in the first hour of November (a latest start an hour past the month's end
    comes from the month and the hour, not from a gap of days)."""
    tl = timeline.build("The derby kicks off at 3 p.m. and tickets sold out within an hour of going on sale last month.",
                        reference_time="2026-11-26")
    sale, sold = _event(tl, "sale"), _event(tl, "sold")
    assert sale.likely_start == dt.datetime(2026, 10, 1)
    assert sold.likely_start is not None and sold.likely_start < dt.datetime(2026, 10, 2)


def test_a_month_after_a_goal_noun_follows_the_past_verb() -> None:
    """"reopened the road to traffic in March", told in December: the March gone (a past verb, "to traffic" no
    infinitive ahead); "asked the firm to respond by March" keeps the March ahead (a real infinitive)."""
    from timeline.tagger import tag

    def value(text: str) -> str:
        return next(t.value for t in tag(text, "2026-12-04").timexes if t.text == "March")

    assert value("The council reopened the road to traffic in March.") == "2026-03"
    assert value("Engineers returned the plant to service in March.") == "2026-03"
    assert value("The council asked the firm to respond by March.") == "2027-03"


def test_a_period_named_by_its_last_day_is_no_day_for_a_later_part_of_day() -> None:
    """"Revenue rose in the 26 weeks to October 3. The stock jumped by midday.", told on Thursday 8 October: midday
    is the publication day's (the report's news), not 3 October's, the end of the reported stretch."""
    from timeline.tagger import tag

    text = "Revenue rose 4 percent in the 26 weeks to October 3. The stock jumped 6 percent by midday."
    midday = next(t for t in tag(text, "2026-10-08").timexes if t.text == "midday")
    assert midday.value == "2026-10-08T12:00"
    assert midday.earliest is not None and midday.earliest.date() == dt.date(2026, 10, 8)


def test_the_following_day_after_a_month_in_a_past_clause_is_a_day_of_that_month() -> None:
    """"The fraud came to light in March. She was suspended the following day.", told in November: a day just after
    some day of March (2026-03-XX, 2 March to 1 April), not the day after publication, which a past clause cannot
    tell of; "the following week" after "last spring" likewise lies a week after some day of the spring."""
    from timeline.tagger import tag

    def found(text: str, expression: str) -> tuple[str, dt.datetime | None, dt.datetime | None]:
        t = next(t for t in tag(text, "2026-11-13").timexes if t.text == expression)
        return t.value, t.earliest, t.latest

    assert found("The fraud came to light in March. She was suspended the following day.", "the following day") == (
        "2026-03-XX", dt.datetime(2026, 3, 2), dt.datetime(2026, 4, 2))
    value, earliest, latest = found("The fraud came to light last spring. She was suspended the following week.", "the following week")
    assert (earliest, latest) == (dt.datetime(2026, 3, 8), dt.datetime(2026, 6, 8))
    assert found("The fraud came to light in March. She will be suspended the following day.", "the following day")[0] == "2026-11-14"


def test_the_mentions_of_a_sentence_are_found_by_bisection_as_a_scan_finds_them() -> None:
    """resolve/neighbours._in_span (which keeps holiday_in_sentence linear in the text) gives, for every sentence, the
    indices a scan of all mentions gives; and a holiday in a later sentence still dates its own weekday."""
    from timeline.lexicon import load_lexicon
    from timeline.recognize import recognize
    from timeline.resolve.anchors import Context
    from timeline.resolve.neighbours import _in_span
    from timeline.text import as_doc

    text = ("Stores open early on Black Friday. The sale ends on Monday, and a second one starts in March. "
            "Prices fell on Tuesday. The chain's Black Friday sale opens at midnight on Thursday.")
    doc = as_doc(text)
    ctx = Context(doc, dt.datetime(2026, 11, 19), "news", load_lexicon("en"))
    mentions = list(recognize(text))
    assert len(mentions) >= 6
    for sentence in doc.sentences:
        s, e = sentence.start, sentence.end
        assert list(_in_span(ctx, mentions, s, e)) == [j for j, m in enumerate(mentions) if s <= m.start < e]
    from timeline.tagger import tag

    found = {t.text: t.value for t in tag(text, "2026-11-19").timexes}
    assert found["Thursday"] == "2026-11-26"


def test_a_thing_a_dated_participle_describes_reports_at_that_time() -> None:
    """"Test results received overnight confirmed the leak": the results' confirming came with them overnight, not at
    publication; "Residents evacuated on Sunday said they feared looting" is still speech at publication."""
    text = "The council shut the reservoir on Tuesday evening. Test results received overnight confirmed the leak."
    tl = timeline.build(text, reference_time="2026-11-20")  # a Friday: Tuesday is 17 November
    confirmed = _event(tl, "confirmed")
    assert confirmed.likely_start == dt.datetime(2026, 11, 17, 19) and confirmed.likely_end == dt.datetime(2026, 11, 18, 7)
    text = "Floods hit the valley on Sunday. Residents evacuated on Sunday said they feared looting."
    said = _event(timeline.build(text, reference_time="2026-11-20"), "said")
    assert said.likely_start == dt.datetime(2026, 11, 20)


def test_a_passive_gerund_after_a_long_object_is_the_verbs_next_step() -> None:
    """"will spend the first half of the sentence in a secure unit before being moved": the moving comes after the
    spending, however long the object between them (it had been left unordered, on the publication day)."""
    text = "The driver will spend the first half of the sentence in a secure unit before being moved to an open prison."
    tl = timeline.build(text, reference_time="2026-11-13")
    spend, moved = _event(tl, "spend"), _event(tl, "moved")
    assert any(a.relation == "before" and a.target == moved.eid for a in spend.anchors)
    assert moved.earliest_start is not None and moved.earliest_start >= dt.datetime(2026, 11, 13)


def test_a_begin_participle_opening_the_sentence_starts_the_verb_after_the_comma() -> None:
    """"Starting on Monday, the council will shut the car park": the shutting begins on Monday (and lasts past it), it is
    not a thing of that Monday alone."""
    tl = timeline.build("Starting on Monday, the council will shut the car park for repairs.", reference_time="2026-11-13")
    shut = _event(tl, "shut")
    assert any(a.relation == "begun_by" and a.target == _event(tl, "Starting").eid for a in shut.anchors)
    assert shut.earliest_start == dt.datetime(2026, 11, 16)
