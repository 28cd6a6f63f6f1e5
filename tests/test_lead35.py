"""Lead, thirty-fifth session: certain bounds a reader would catch as wrong, found by rendering new articles.

Each sentence here is written for the test; the dates are worked out by hand.
"""

from __future__ import annotations

import datetime as dt

import timeline

from _timelines import only_event as _event  # the one event of a timeline with that word


def _timex(text: str, reference: str, words: str) -> timeline.Timex:
    return next(t for t in timeline.tag(text, reference_time=reference) if t.text == words)


def test_following_without_the_is_after_not_the_next_days() -> None:
    """"burst its banks following three days of heavy rain": "following" is the preposition, the rain came before; the
    length is bare (no bounds), so nothing puts the rain after the publication day."""
    text = "The river burst its banks on Sunday following three days of heavy rain."
    t = _timex(text, "2026-11-23", "three days")
    assert (t.value, t.earliest, t.latest) == ("P3D", None, None)
    rain = _event(timeline.build(text, reference_time="2026-11-23"), "rain")
    assert rain.earliest_start is None or rain.earliest_start < dt.datetime(2026, 11, 22)
    # "the following three days" still counts ahead
    assert _timex("In the following three days, crews cleared the roads.", "2026-11-23", "the following three days").earliest is not None


def test_a_modal_passive_with_then_is_not_a_past_tense() -> None:
    """"the rocket must then be checked again": "then" inside the verb group leaves "must" in it, so no certain end
    before the publication day (the checking is still to come)."""
    tl = timeline.build("Engineers will replace the valve, and the rocket must then be checked again.", reference_time="2026-10-14")
    checked = _event(tl, "checked")
    assert checked.tense != "PAST"
    assert checked.latest_start is None or checked.latest_start > dt.datetime(2026, 10, 15)


def test_a_bare_participle_after_once_or_if_takes_the_main_clauses_time() -> None:
    """"Once launched, the lander will take five days to reach orbit": "launched" is no past event, and "If convicted,
    he faces" no past conviction: neither is certainly before the publication day."""
    for text, word in (("Once launched, the probe will take five days to reach orbit.", "launched"),
                       ("If convicted, the driver faces a long ban.", "convicted")):
        ev = _event(timeline.build(text, reference_time="2026-10-14"), word)
        assert ev.tense == "PASTPART", text
        assert ev.latest_start is None or ev.latest_start > dt.datetime(2026, 10, 15), text
    # a participle with its own auxiliary is still past, and "once" inside a clause is the adverb ("formerly")
    assert _event(timeline.build("The probe was launched on Monday.", reference_time="2026-10-14"), "launched").tense == "PAST"
    assert _event(timeline.build("The council sold the depot it once owned.", reference_time="2026-10-14"), "owned").tense == "PAST"


def test_a_postponed_happening_lies_at_its_new_date() -> None:
    """"postponed the vote until Tuesday": the vote is on that Tuesday (after the publication day), not a past event
    of the clause; the passive subject too ("The final was moved to Sunday")."""
    tl = timeline.build("Officials postponed the vote until Tuesday.", reference_time="2026-10-14")
    vote = _event(tl, "vote")
    assert (vote.earliest_start, vote.latest_end) == (dt.datetime(2026, 10, 20), dt.datetime(2026, 10, 21))
    tl = timeline.build("The final was moved to Sunday because of the storm.", reference_time="2026-10-14")
    final = _event(tl, "final")
    assert (final.earliest_start, final.latest_end) == (dt.datetime(2026, 10, 18), dt.datetime(2026, 10, 19))


def test_an_extended_happening_lasts_until_its_new_end() -> None:
    """"extended the closure until Friday": the closure runs up to Friday, so its end is not before the publication
    day (Wednesday) and is no later than Friday; it is not put on Friday."""
    tl = timeline.build("The council extended the closure until Friday.", reference_time="2026-10-14")
    closure = _event(tl, "closure")
    assert closure.latest_end == dt.datetime(2026, 10, 17)
    assert closure.earliest_start is None
    assert tl.conflicts == ()  # the past clause does not end the closure before now: nothing to drop


def test_the_same_week_after_a_month_is_some_week_of_it() -> None:
    """"arrested in May 2023. He was suspended the same week": which week of May is not told, so not May's first week;
    the bounds are the weeks that meet May (Mon 1 May to Sun 4 June 2023). After a day the week is known."""
    text = "Osei was arrested in May 2023. He was suspended by his party the same week."
    t = _timex(text, "2026-11-24", "the same week")
    assert (t.value, t.earliest, t.latest) == ("2023-WXX", dt.datetime(2023, 5, 1), dt.datetime(2023, 6, 5))
    t = _timex("Osei was arrested in 2023. He was suspended the same month.", "2026-11-24", "the same month")
    assert (t.value, t.earliest, t.latest) == ("2023-XX", dt.datetime(2023, 1, 1), dt.datetime(2024, 1, 1))
    t = _timex("Osei was arrested on May 3, 2023. He was suspended the same week.", "2026-11-24", "the same week")
    assert t.value == "2023-W18"
