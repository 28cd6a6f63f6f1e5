"""Helper leads, thirty-ninth session: kinds of misses found reading rendered timelines of new news stories
(bench/stories-s39lead), in new sentences.

Each sentence here is written for the test; the dates are worked out by hand.
"""

from __future__ import annotations

import datetime as dt

import timeline

from _timelines import only_event as _event, likely_within as _within, timex_value as _value


def test_days_counted_from_a_night_count_from_its_day() -> None:
    """"The coach resigned on Sunday night, three days after the board rejected his budget" (published Tuesday 13 October
    2026): the rejection is Thursday 8's, three calendar days before the night's Sunday, not the hours from Thursday 19:00
    to Friday 06:00 the night's bounds moved back three days give."""
    tl = timeline.build("The coach resigned on Sunday night, three days after the board rejected his budget.", reference_time="2026-10-13")
    assert _within(_event(tl, "rejected"), dt.datetime(2026, 10, 8), dt.datetime(2026, 10, 9))


def test_a_part_of_day_written_before_a_month_or_year_is_some_day_of_it() -> None:
    """"The band wrote the song one evening in 1979" (published 2026): an evening of 1979 (1979-XX-XXTEV), not the
    publication day's; "on a cold morning in March 1981": 1981-03-XXTMO.  A part of day alone keeps the story's day."""
    tl = timeline.build("The band wrote the song one evening in 1979 and recorded it on a cold morning in March 1981.", reference_time="2026-10-13")
    assert _value(tl, "evening") == "1979-XX-XXTEV"
    assert _value(tl, "morning") == "1981-03-XXTMO"
    assert _within(_event(tl, "wrote"), dt.datetime(1979, 1, 1), dt.datetime(1980, 1, 1))
    tl = timeline.build("The band rehearsed in the evening.", reference_time="2026-10-13")
    assert _value(tl, "the evening").startswith("2026-10-13")


def test_the_acts_pleaded_to_came_before_the_plea() -> None:
    """"pleaded guilty in May to theft and to falsifying invoices": both acts came before the plea (stated BEFORE, listed
    before it); "pleaded with the court to spare him" asks for what comes after."""
    text = "The clerk pleaded guilty in May to theft and to falsifying invoices. She was sentenced on Friday."
    tl = timeline.build(text, reference_time="2026-10-13")
    pleaded = _event(tl, "pleaded")
    for word in ("theft", "falsifying"):
        act = _event(tl, word)
        assert any(a.target == pleaded.eid and a.relation.value == "before" for a in act.anchors), word
    tl = timeline.build("The clerk pleaded with the court to spare her.", reference_time="2026-10-13")
    spare = _event(tl, "spare")
    assert not any(a.target == _event(tl, "pleaded").eid for a in spare.anchors)


def test_a_length_after_a_sentence_with_a_long_time_counts_from_the_verb_it_dates() -> None:
    """"Her debut, filmed over a wet weekend in 1988, flopped, but a play she wrote in 1992 won prizes. She moved to
    Paris three years later": 1995, three years after the writing that 1992 dates, not after the filming."""
    text = ("Her debut, filmed in 1988, flopped, but a play she wrote in 1992 won prizes. "
            "She moved to Paris three years later.")
    tl = timeline.build(text, reference_time="2026-10-13")
    assert _within(_event(tl, "moved"), dt.datetime(1995, 1, 1), dt.datetime(1996, 1, 1))


def test_a_bare_month_after_a_month_of_an_earlier_year_goes_on_in_it() -> None:
    """"Inspectors found cracks in the dam in September 2024. In November the council closed the road" (published March
    2026): November 2024, the story's next step; an earlier month ("In May") or one in a future clause keeps its own
    reading, as after a month of the publication's year."""
    tl = timeline.build("Inspectors found cracks in the dam in September 2024. In November the council closed the road.", reference_time="2026-03-04")
    assert _value(tl, "November") == "2024-11"
    tl = timeline.build("Inspectors found cracks in the dam in September 2024. In May the council closed the road.", reference_time="2026-03-04")
    assert _value(tl, "May") == "2025-05"
    tl = timeline.build("Inspectors found cracks in the dam in September 2024. The council will close the road in November.", reference_time="2026-03-04")
    assert _value(tl, "November") == "2026-11"
    # the end of a range describes a thing, the story is not there: "vans built between May 2023 and March 2024"
    tl = timeline.build("The recall covers vans built between May 2023 and March 2024. The firm first heard of the fault in June.",
                        reference_time="2026-03-04")
    assert _value(tl, "June") == "2025-06"


def test_a_record_set_off_at_the_end_of_a_sentence_keeps_the_lead_s_day() -> None:
    """"Hartley Rangers won the derby against Ossett on Saturday. More than 6,000 fans watched the match, the largest crowd
    at Ossett since the ground was rebuilt in 2009." (published Monday 12 October 2026): the watching is Saturday 10's,
    the lead's day; the record's year moves no story."""
    text = ("Hartley Rangers won the derby against Ossett on Saturday. More than 6,000 fans watched the match, the largest crowd "
            "at Ossett since the ground was rebuilt in 2009.")
    tl = timeline.build(text, reference_time="2026-10-12")
    assert _within(_event(tl, "watched"), dt.datetime(2026, 10, 10), dt.datetime(2026, 10, 11))
    assert _within(_event(tl, "rebuilt"), dt.datetime(2009, 1, 1), dt.datetime(2010, 1, 1))
    # (no order to the record's base event: the aside's year dates no sentence either)
    text = ("Hartley Rangers moved top with a win over Ossett on Saturday night. More than 6,000 fans watched the game, the "
            "biggest crowd at Ossett since the ground was rebuilt in 2009.")
    tl = timeline.build(text, reference_time="2026-10-12")
    assert _within(_event(tl, "watched"), dt.datetime(2026, 10, 10), dt.datetime(2026, 10, 11))


def test_a_length_in_a_phrase_on_the_subject_is_no_length_of_the_verb() -> None:
    """"The goalkeeper, at the club for only three weeks, saved two penalties": the three weeks are the goalkeeper's time
    at the club, not how long the saving lasted; "The goalkeeper trained for three weeks" keeps its length."""
    tl = timeline.build("The goalkeeper, at the club for only three weeks, saved two penalties on Saturday.", reference_time="2026-10-12")
    saved = _event(tl, "saved")
    assert not any(a.relation.value == "lasts" for a in saved.anchors)
    tl = timeline.build("The goalkeeper trained for three weeks.", reference_time="2026-10-12")
    assert any(a.relation.value == "lasts" for a in _event(tl, "trained").anchors)
    # a date there dates the subject's act: "The previous heatwave, in mid July, buckled the rail lines"
    tl = timeline.build("The previous heatwave, in mid July, buckled the rail lines for two days.", reference_time="2026-10-12")
    assert _within(_event(tl, "buckled"), dt.datetime(2026, 7, 1), dt.datetime(2026, 8, 1))


def test_a_part_of_day_before_a_plural_noun_after_a_preposition_is_the_day_after_the_noun() -> None:
    """"Officers arrested six men in dawn raids on March 12, 2025" (published July 2026): the dawn of 12 March 2025, the day
    the raids are dated by, not the story's day's dawn (as "a dawn raid on Tuesday" with its article)."""
    tl = timeline.build("Officers arrested six men in dawn raids on March 12, 2025.", reference_time="2026-07-08")
    assert _value(tl, "dawn").startswith("2025-03-12")
    assert _within(_event(tl, "arrested"), dt.datetime(2025, 3, 12), dt.datetime(2025, 3, 13))
