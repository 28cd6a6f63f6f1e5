"""Helper leads, fortieth session: kinds of misses found reading rendered timelines of new news stories
(bench/stories-s40lead), in new sentences.

Each sentence here is written for the test; the dates are worked out by hand.
"""

from __future__ import annotations

import datetime as dt

import timeline

from _timelines import only_event as _event, likely_within as _within, timex_value as _value


def test_later_that_day_after_shortly_after_midnight_is_the_day_the_midnight_begins() -> None:
    """"broke into the depot shortly after midnight on June 3 last year ... was stopped by police later that day"
    (published 2026): the 3rd (the midnight is 2025-06-02T24:00, the start of the 3rd), not the 2nd."""
    text = "Two men broke into the depot shortly after midnight on June 3 last year. They were stopped by police later that day."
    tl = timeline.build(text, reference_time="2026-02-10")
    assert _value(tl, "shortly after midnight") == "2025-06-02T24:00"
    assert _value(tl, "later that day").startswith("2025-06-03")


def test_a_closing_pronoun_attribution_is_said_at_the_report_before_it() -> None:
    """"The coach told reporters on Saturday that the squad was tired. 'We need a rest,' he said." (published Monday 12
    October 2026): said on Saturday 10, at the occasion the sentence before dates, not at publication."""
    text = ("The coach told reporters on Saturday that the squad was tired. "
            "\"We need a rest before the cup tie,\" he said.")
    tl = timeline.build(text, reference_time="2026-10-12")
    said = _event(tl, "said")
    assert _within(said, dt.datetime(2026, 10, 10), dt.datetime(2026, 10, 11))


def test_a_closing_attribution_after_no_report_stays_a_report_of_publication() -> None:
    """"The squad trained on Saturday. 'We need a rest,' he said." (published Monday 12 October 2026): no report before
    it whose teller the pronoun takes up, so the saying is left to the conventions for reports (publication)."""
    text = "The squad trained hard on Saturday. \"We need a rest before the cup tie,\" he said."
    tl = timeline.build(text, reference_time="2026-10-12")
    said = _event(tl, "said")
    assert _within(said, dt.datetime(2026, 10, 12), dt.datetime(2026, 10, 13))


_MATCH = ("Dunford won the county final on Saturday, beating Elmley 2-1 in front of 4,000 fans. "
          "Elmley went ahead after 10 minutes when Ross Kerr scored from a corner. "
          "Dunford's captain hit the bar just before half-time. "
          "Dunford levelled in the 61st minute through a header. "
          "Substitute Tom Hale, who joined the club from Elmley in March, struck the winner in the 88th minute. "
          "The manager, who took charge in 2024, said afterwards that he was proud.")


def test_a_match_told_past_the_lead_s_reach_stays_on_the_match_day() -> None:
    """A match narrated over five sentences by its clock ("after 10 minutes", "just before half-time", "in the 61st
    minute", "in the 88th minute"), published Monday 12 October 2026: every goal is Saturday's; the aside's March dates
    only the joining; "said afterwards" is said at the match, not at publication."""
    tl = timeline.build(_MATCH, reference_time="2026-10-12")
    saturday = (dt.datetime(2026, 10, 10), dt.datetime(2026, 10, 11))
    for word in ("levelled", "struck", "said"):
        assert _within(_event(tl, word), *saturday), word
    assert _within(_event(tl, "joined"), dt.datetime(2026, 3, 1), dt.datetime(2026, 4, 1))


_SHIELD = ("Harbury Lift the Shield After Extra Time\n\n"
           "Harbury won the county shield for the first time on Saturday, beating Tolworth 3-2 after extra time in front of 5,000 fans.\n\n"
           "Tolworth, who lost the final in 2021, started well and led through a header after 15 minutes. "
           "Harbury's captain hit the post just before half-time.\n\n"
           "Harbury levelled in the 55th minute when Ryan Moss tapped in a cross.\n\n"
           "Tolworth went ahead again with a penalty with eight minutes left, but Moss scored again in the second minute of stoppage time.\n\n"
           "Substitute Kane Ali, who signed from Tolworth in February, struck the winner in the second period of extra time.")


def test_same_day_events_are_listed_in_the_order_the_text_tells_them() -> None:
    """A cup final's steps all take its Saturday (published Sunday 17 May 2026): with nothing else ordering them, the
    timeline lists them as the text tells them (the post before half-time, the equaliser, the late goal, the winner),
    not in the order of the events' ids."""
    tl = timeline.build(_SHIELD, reference_time="2026-05-17")
    position = {e.text: k for k, e in enumerate(tl.events)}
    assert position["hit"] < position["levelled"] < position["scored"] < position["struck"]


def test_a_purpose_infinitive_s_time_dates_the_deed_done_for_it() -> None:
    """"won a grant to study medicine in Vienna in 1961" (published 2026): the winning is 1961's as the study is, not
    the publication day's; "asked a builder to repair the roof in 2024" is no deed for a purpose (the asking comes
    before what it asks for; the infinitive is its complement) and keeps off 2024."""
    tl = timeline.build("Marek won a grant to study medicine in Vienna in 1961.", reference_time="2026-10-12")
    assert _within(_event(tl, "won"), dt.datetime(1961, 1, 1), dt.datetime(1962, 1, 1))
    tl = timeline.build("The council asked a builder to repair the roof in 2024.", reference_time="2026-10-12")
    assert not _within(_event(tl, "asked"), dt.datetime(2024, 1, 1), dt.datetime(2025, 1, 1))


def test_an_infinitive_of_use_past_a_long_object_is_real() -> None:
    """"used the old lifeboat station crane to lift the boat" : the lifting was done (real, placed), though its
    object takes five words."""
    tl = timeline.build("Volunteers used the old lifeboat station crane to lift the boat on Sunday.", reference_time="2026-10-12")
    assert _event(tl, "lift").real


def test_a_bare_age_ending_its_clause_counts_from_the_one_birth() -> None:
    """"Born in 1931, she left school at 14 and ... retired at 70." (published 2026): left in 1945 or 1946, retired in
    2001 or 2002 (the birth year plus the age, and the year of age after it: the certain start bounds, a few days of
    slack each side, more for a longer life)."""
    text = "Born in 1931, Ada left school at 14 and worked in a mill. She ran the union until she retired at 70."
    tl = timeline.build(text, reference_time="2026-10-12")
    for word, year in (("left", 1945), ("retired", 2001)):
        event = _event(tl, word)
        assert event.earliest_start is not None and event.latest_start is not None, word
        assert dt.datetime(year - 1, 12, 1) <= event.earliest_start and event.latest_start <= dt.datetime(year + 2, 3, 1), word

