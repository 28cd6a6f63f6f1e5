"""Helper place, forty-fourth session: events on the right day (issue 10), in new sentences.

Each sentence here is written for the test; the dates are worked out by hand.
"""

from __future__ import annotations

import datetime as dt

import timeline

from _timelines import only_event as _event, likely_within as _within, timex_value as _value


def test_that_month_after_a_year_written_is_of_that_year() -> None:
    """"The mayor was arrested in 2023. He resigned that December." (published July 2026): December 2023, not the
    December ahead of publication."""
    tl = timeline.build("The mayor was arrested in 2023. He resigned that December.", reference_time="2026-07-16")
    assert _value(tl, "December") == "2023-12"


def test_that_month_after_a_season_written_with_its_year_is_of_that_year() -> None:
    """"... in the winter of 2024. The chairlift stopped that December" (published May 2026): December 2024."""
    text = "A cable fault stranded forty skiers in the winter of 2024. The chairlift stopped in high winds that December."
    tl = timeline.build(text, reference_time="2026-05-27")
    assert _value(tl, "December") == "2024-12"


def test_that_month_after_a_month_of_the_publication_year_keeps_its_own_reading() -> None:
    """Negative: "The plant opened in March. It closed that December." (published July 2026): no earlier year told, the
    month keeps its own reading (2026-12)."""
    tl = timeline.build("The plant opened in March. It closed that December.", reference_time="2026-07-16")
    assert _value(tl, "December") == "2026-12"


_MUSEUM = ("The paintings were taken in October last year. A cleaner noticed the empty frames the next morning. "
           "The museum had closed for the refit in March. Builders replaced the roof in August.")


def test_a_bare_month_in_the_past_perfect_looks_back_from_the_story_s_past_time() -> None:
    """Published 20 November 2026: "the next morning" after October 2025 is a morning of that October (2025-10-XXTMO,
    not the publication day's); "had closed ... in March" looks back from it (March 2025); "replaced ... in August" goes
    on from that March (August 2025)."""
    tl = timeline.build(_MUSEUM, reference_time="2026-11-20")
    assert _value(tl, "the next morning") == "2025-10-XXTMO"
    assert _value(tl, "March") == "2025-03"
    assert _value(tl, "August") == "2025-08"
    assert _within(_event(tl, "closed"), dt.datetime(2025, 3, 1), dt.datetime(2025, 4, 1))


def test_a_bare_month_in_the_past_perfect_after_a_year_in_its_own_sentence_is_not_looked_back() -> None:
    """Negative: "The crane, delivered to the port in 1988, had passed a safety check in May." (published August 2026):
    the year dates the delivery told in passing, not the story; the check is this May."""
    tl = timeline.build("The crane, delivered to the port in 1988, had passed a safety check in May.", reference_time="2026-08-25")
    assert _value(tl, "May") == "2026-05"


def test_a_month_after_a_month_of_the_publication_year_keeps_its_own_reading() -> None:
    """Negative: "The firm collapsed in March. Sales rose in May." (published November 2026): both 2026's."""
    tl = timeline.build("The firm collapsed in March. Sales rose in May.", reference_time="2026-11-20")
    assert (_value(tl, "March"), _value(tl, "May")) == ("2026-03", "2026-05")


def test_the_next_morning_after_a_day_is_the_next_day_s_morning() -> None:
    """Negative for the month case: "The lift stopped on Monday. Inspectors closed it the next morning." (published
    Wednesday 27 May 2026): Tuesday's morning."""
    tl = timeline.build("The lift stopped on Monday. Inspectors closed it the next morning.", reference_time="2026-05-27")
    assert _value(tl, "the next morning") == "2026-05-26TMO"


def test_an_act_on_a_counted_day_of_a_dated_trial_lies_in_the_trial_s_time() -> None:
    """"admitted two charges on the fourth day of his trial in June" (published 16 July 2026): in June, whatever day
    "the fourth day" was counted from; the expression stays tagged."""
    text = "Holm was jailed on Wednesday. He admitted two charges on the fourth day of his trial in June."
    tl = timeline.build(text, reference_time="2026-07-16")
    assert any(t.text == "the fourth day" for t in tl.timexes)
    assert _within(_event(tl, "admitted"), dt.datetime(2026, 6, 1), dt.datetime(2026, 7, 1))


def test_an_act_on_a_counted_day_with_nothing_after_it_keeps_the_counted_day() -> None:
    """Negative: "On the third day, the jury retired" has no time after the counted day: the retiring stays linked to
    it."""
    text = "The trial opened on Monday. On the third day, the jury retired to consider its verdict."
    tl = timeline.build(text, reference_time="2026-07-16")
    third = next(t.tid for t in tl.timexes if t.text == "the third day")
    assert any(a.target == third for a in _event(tl, "retired").anchors)


def test_an_event_noun_in_a_phrase_of_a_dated_verb_takes_its_time() -> None:
    """"who missed the race last year with a foot injury" (published April 2026): the injury is last year's, not the
    publication day's."""
    text = "Brandt, who missed the race last year with a foot injury, won the marathon on Sunday."
    tl = timeline.build(text, reference_time="2026-04-27")
    assert _within(_event(tl, "injury"), dt.datetime(2025, 1, 1), dt.datetime(2026, 1, 1))


def test_an_event_noun_in_a_phrase_of_a_verb_on_the_lead_s_day_takes_that_day() -> None:
    """"Brandt, who missed the race last year with a foot injury, pulled away at halfway and led by more than a minute at
    the finish." after a Sunday lead (published Monday 27 April 2026): the finish is Sunday's (the lead's day, which
    the leading takes), the injury last year's."""
    text = ("Brandt won the marathon on Sunday in record time. Brandt, who missed the race last year with a foot injury, "
            "pulled away at halfway and led by more than a minute at the finish.")
    tl = timeline.build(text, reference_time="2026-04-27")
    assert _within(_event(tl, "finish"), dt.datetime(2026, 4, 26), dt.datetime(2026, 4, 27))
    assert _within(_event(tl, "injury"), dt.datetime(2025, 1, 1), dt.datetime(2026, 1, 1))


def test_a_charge_after_with_is_not_at_the_charging() -> None:
    """Negative: "charged a man on Monday with the murder of a shop owner": the murder is the charge, not a scene of the
    charging; it takes no discourse time from it."""
    tl = timeline.build("Police charged a man on Monday with the murder of a shop owner.", reference_time="2026-04-29")
    assert _event(tl, "murder").likely_kind != "discourse"


def test_a_report_after_the_occasion_it_names_is_spoken_at_it() -> None:
    """"She told reporters after the race that she was happy." after the race's Sunday (published Monday 13 April 2026):
    told on Sunday, not on the publication day."""
    text = ("Verhoef won the race on Sunday. She attacked on the last climb and caught the group. "
            "She told reporters after the race that she was happy.")
    tl = timeline.build(text, reference_time="2026-04-13")
    assert _within(_event(tl, "told"), dt.datetime(2026, 4, 12), dt.datetime(2026, 4, 13))


def test_a_report_naming_no_occasion_stays_at_publication() -> None:
    """Negative: "She told reporters that she was happy." names no occasion: the publication day's report."""
    text = ("Verhoef won the race on Sunday. She attacked on the last climb and caught the group. "
            "She told reporters that she was happy.")
    tl = timeline.build(text, reference_time="2026-04-13")
    assert _within(_event(tl, "told"), dt.datetime(2026, 4, 13), dt.datetime(2026, 4, 14))


def test_the_same_night_after_a_month_is_a_night_of_that_month() -> None:
    """"The wall was damaged in June when a van hit it. Engineers inspected it the same night." (published 2 July
    2026): a night of June (2026-06-XXTNI), not the night before publication; the inspection lies in June, not squeezed
    before the first of June's midnight."""
    text = "The wall was damaged in June when a van hit it. Engineers inspected it the same night and found cracks."
    tl = timeline.build(text, reference_time="2026-07-02")
    assert _value(tl, "the same night") == "2026-06-XXTNI"
    inspected = _event(tl, "inspected")
    assert _within(inspected, dt.datetime(2026, 6, 1), dt.datetime(2026, 7, 1))
    assert inspected.likely_end is not None and inspected.likely_end > dt.datetime(2026, 6, 2)


def test_a_verb_done_on_its_subject_s_dated_occasion_takes_its_time() -> None:
    """"Lund, who climbed the north face on her first attempt in 1974, has died." (published June 2026): the climb is
    1974's, the year the attempt carries."""
    tl = timeline.build("Lund, who climbed the north face on her first attempt in 1974, has died at home.", reference_time="2026-06-10")
    assert _within(_event(tl, "climbed"), dt.datetime(1974, 1, 1), dt.datetime(1975, 1, 1))


def test_an_occasion_phrase_needs_an_object_before_it() -> None:
    """Negative: "commented on her decision" is about the decision (no word between the verb and "on"): no occasion;
    "climbed the face on her first attempt" is one."""
    from timeline.anchoring import anchor_words

    cues = anchor_words("en")
    text = "She commented on her decision"
    assert cues.occasion_phrase.fullmatch(text, len("She commented"), text.index("decision")) is None
    text = "She climbed the face on her first attempt"
    assert cues.occasion_phrase.fullmatch(text, len("She climbed"), text.index("attempt")) is not None


def test_a_reported_would_after_a_supposed_subject_is_hypothetical() -> None:
    """"The firm said on Wednesday that a longer strike would cost it contracts": the cost is the consequence of a
    strike only supposed (longer than the real one), not a plan reported: hypothetical, no likely day."""
    tl = timeline.build("The firm said on Wednesday that a longer strike would cost it contracts.", reference_time="2026-03-05")
    cost = _event(tl, "cost")
    assert cost.hypothetical and cost.likely_start is None


def test_a_reported_would_after_a_thing_named_with_the_stays_a_plan() -> None:
    """Negative: "The council said the longer route would open on Monday": "the longer route" is a thing, not a supposed
    happening; the opening is a plan reported, on Monday 9 March 2026."""
    tl = timeline.build("The council said the longer route would open on Monday.", reference_time="2026-03-05")
    opening = _event(tl, "open")
    assert opening.reported_plan and _within(opening, dt.datetime(2026, 3, 9), dt.datetime(2026, 3, 10))


def test_a_weekday_after_a_week_told_as_a_span_is_that_week_s_day() -> None:
    """"Gardeners worked through last week to clear the debris. They laid new paths on Tuesday." (published Wednesday
    21 October 2026): last week's Tuesday (13 October), not yesterday."""
    text = "Gardeners worked through last week to clear the debris. They laid new paths on Tuesday."
    tl = timeline.build(text, reference_time="2026-10-21")
    assert _value(tl, "Tuesday") == "2026-10-13"


def test_a_weekday_after_a_week_named_as_no_span_keeps_its_own_reading() -> None:
    """Negative: "Talks stalled last week. The union walked out on Tuesday." (published Wednesday 21 October 2026): no
    span told, yesterday (20 October)."""
    tl = timeline.build("Talks stalled last week. The union walked out on Tuesday.", reference_time="2026-10-21")
    assert _value(tl, "Tuesday") == "2026-10-20"


def test_a_part_of_day_with_no_same_after_a_month_is_not_that_month_s() -> None:
    """Negative: "Police detained two men early on Wednesday who had been sought since a robbery last October. They were
    released later in the morning." (published Wednesday 18 March 2026): Wednesday's morning, not a morning of October."""
    text = ("Police detained two men early on Wednesday who had been sought since a robbery last October. "
            "They were released later in the morning.")
    tl = timeline.build(text, reference_time="2026-03-18")
    assert _value(tl, "the morning") == "2026-03-18TMO"


def test_a_past_perfect_month_after_a_sentence_looking_ahead_is_not_looked_back() -> None:
    """Negative: "The sale should close by the end of December, after a vote on Dec. 14. The regulator had opened an
    inquiry in June." (published 27 November 2026): the sentence before tells a time ahead (whatever year its day was
    read in), no past the story is in: this June."""
    text = ("The sale should close by the end of December, after shareholders have voted at a meeting on Dec. 14. "
            "The regulator had opened an inquiry in June.")
    tl = timeline.build(text, reference_time="2026-11-27")
    assert _value(tl, "June") == "2026-06"


def test_a_past_perfect_month_a_plan_was_moved_from_is_not_looked_back() -> None:
    """Negative: "A bus driver was fined on Friday. He hit a wall in November after a night shift. The hearing had been
    moved from March for a report." (published 14 May 2027): March is the date first set for the hearing (2027), not a
    time before the November crash."""
    text = ("A bus driver was fined on Friday. He hit a wall in November after a night shift. "
            "The hearing had been moved from March for a report.")
    tl = timeline.build(text, reference_time="2027-05-14")
    assert _value(tl, "March") == "2027-03"
