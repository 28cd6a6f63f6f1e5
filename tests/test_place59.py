"""Helper place, fifty-ninth session: events on the right day and in order (issue 10), in new sentences.

Each sentence here is written for the test; the dates are worked out by hand (2027: 1 February is a Monday).
"""

from __future__ import annotations

import datetime as dt

import timeline

from _timelines import likely_within, only_event


def _timex(tl: timeline.Timeline, text: str) -> timeline.Timex:
    return next(t for t in tl.timexes if t.text == text)


# "On the second day" (a day, resolved before it is counted) after "opened on Monday and ended on Friday" counts from the
# Monday too (resolve/story_events.py _closed_from: the numbered day recorded after the story's day is skipped)

def test_the_second_day_of_days_a_closing_ends_counts_from_the_opening_day() -> None:
    """"The Brigg trade fair opened on Tuesday and closed on Saturday. On the second day, a roof panel fell into a stand."
    (Sunday 7 February 2027): Wednesday 3 February, not the Sunday after the Saturday."""
    tl = timeline.build("The Brigg trade fair opened on Tuesday and closed on Saturday. On the second day, a roof panel fell into "
                        "a stand.", reference_time="2027-02-07")
    assert _timex(tl, "the second day").value == "2027-02-03"
    assert likely_within(only_event(tl, "fell"), dt.datetime(2027, 2, 3), dt.datetime(2027, 2, 4))


def test_the_second_day_after_a_later_day_with_no_closing_counts_from_that_day() -> None:
    """"The Brigg trade fair opened on Tuesday. On Saturday the stallholders packed up. On the second day, a roof panel fell."
    (Sunday 7 February 2027): nothing closes the days between, so the count stays with the Saturday, as before (Sunday 7)."""
    tl = timeline.build("The Brigg trade fair opened on Tuesday. On Saturday the stallholders packed up. On the second day, a roof "
                        "panel fell.", reference_time="2027-02-07")
    assert _timex(tl, "the second day").value == "2027-02-07"


# The opening and the closing told in two sentences ("opened on Monday. It closed on Friday.") are joined the same way

def test_the_first_afternoon_after_days_told_in_two_sentences_is_the_opening_day() -> None:
    """"The Brigg trade fair opened on Tuesday. It closed on Saturday. On the first afternoon, a crane toppled in the car park."
    (Sunday 7 February 2027): Tuesday 2 February's afternoon, not Saturday's."""
    tl = timeline.build("The Brigg trade fair opened on Tuesday. It closed on Saturday. On the first afternoon, a crane toppled in "
                        "the car park.", reference_time="2027-02-07")
    assert _timex(tl, "the first afternoon").value == "2027-02-02TAF"
    assert likely_within(only_event(tl, "toppled"), dt.datetime(2027, 2, 2, 12), dt.datetime(2027, 2, 2, 18))


def test_an_opening_two_sentences_back_is_no_first_day() -> None:
    """"The Brigg trade fair opened on Tuesday. Crowds were small. It closed on Saturday. On the first afternoon, a crane
    toppled." (Sunday 7 February 2027): the opening is not in the sentence before the closing (another sentence comes
    between; it may be another event's day): the count stays with the Saturday (as before)."""
    tl = timeline.build("The Brigg trade fair opened on Tuesday. Crowds were small. It closed on Saturday. On the first "
                        "afternoon, a crane toppled.", reference_time="2027-02-07")
    assert _timex(tl, "the first afternoon").value != "2027-02-02TAF"


# A last day told with its length ("ended on Sunday after four days") is counted back from (resolve/story_events.py
# _counted_back; lexicon [ordinal_days] back_leads, back_units)

def test_the_first_morning_of_days_counted_back_from_their_last_day() -> None:
    """"The Lidd jazz weekend ended on Monday after three days. On the first morning, a marquee blew down." (Wednesday 10
    February 2027): Saturday 6 February's morning (the Monday is the third day)."""
    tl = timeline.build("The Lidd jazz weekend ended on Monday after three days. On the first morning, a marquee blew down.",
                        reference_time="2027-02-10")
    assert _timex(tl, "the first morning").value == "2027-02-06TMO"
    assert likely_within(only_event(tl, "blew"), dt.datetime(2027, 2, 6), dt.datetime(2027, 2, 7))


def test_the_second_day_counted_back_from_the_last_day() -> None:
    """"The Lidd jazz festival closed on Sunday after five days. On the second day, the headline act cancelled." (Wednesday 10
    February 2027): Thursday 4 February."""
    tl = timeline.build("The Lidd jazz festival closed on Sunday after five days. On the second day, the headline act cancelled.",
                        reference_time="2027-02-10")
    assert _timex(tl, "the second day").value == "2027-02-04"


def test_a_length_after_an_opening_is_not_counted_back() -> None:
    """"The Lidd jazz festival opened on Sunday after four days of rain. On the first morning, a marquee blew down." (Wednesday
    10 February 2027): no ending in the day's clause: the first morning is the Sunday's (the rain is no part of it)."""
    tl = timeline.build("The Lidd jazz festival opened on Sunday after four days of rain. On the first morning, a marquee blew down.",
                        reference_time="2027-02-10")
    assert _timex(tl, "the first morning").value == "2027-02-07TMO"


# A new paragraph after a flashback whose sentence runs up to the lead's time ("through the night, until first light")
# tells the lead's act again, in the lead's time, not in the night the discourse would carry (placement/undated.py
# lead_retold)

_KAYAK = ("Three kayakers were picked up off Grennan Head on Thursday morning, the coastguard said.\n\n"
          "They had paddled out on Wednesday afternoon. The group clung to a buoy through the night, until first light.{}"
          "A fishing boat then hauled them aboard. They were treated for cold at Grennan on Thursday afternoon.")


def test_the_lead_act_told_again_after_a_night_until_first_light_is_the_lead_s_morning() -> None:
    """The kayak story (Thursday 11 February 2027): "A fishing boat then hauled them aboard" in a new paragraph is the
    Thursday morning's pick-up (05:00-12:00), not Wednesday's night."""
    tl = timeline.build(_KAYAK.format("\n\n"), reference_time="2027-02-11")
    assert likely_within(only_event(tl, "hauled"), dt.datetime(2027, 2, 11, 5), dt.datetime(2027, 2, 11, 12))


def test_the_same_sentence_in_the_flashback_s_paragraph_stays_in_the_night() -> None:
    """The kayak story with no paragraph break before "A fishing boat then hauled them aboard": the narration of the night
    goes on (the hauling is carried from the night, as before, ending by the Thursday's first hours)."""
    tl = timeline.build(_KAYAK.format(" "), reference_time="2027-02-11")
    hauled = only_event(tl, "hauled")
    assert hauled.likely_start is not None and hauled.likely_start < dt.datetime(2027, 2, 11)


def test_a_flashback_that_stops_before_the_lead_s_day_does_not_hand_back_the_lead() -> None:
    """"Three kayakers were picked up off Grennan Head on Thursday morning ... They had paddled out on Wednesday afternoon.
    The group reached a sandbar on Wednesday evening.\n\nThey then lit a fire." (Thursday 11 February 2027): the sentence
    before the paragraph ends on the Wednesday (no run up to the lead's time): the fire stays with the Wednesday evening."""
    tl = timeline.build("Three kayakers were picked up off Grennan Head on Thursday morning, the coastguard said.\n\nThey had paddled "
                        "out on Wednesday afternoon. The group reached a sandbar on Wednesday evening.\n\nThey then lit a fire.",
                        reference_time="2027-02-11")
    lit = only_event(tl, "lit")
    assert lit.likely_start is not None and lit.likely_start < dt.datetime(2027, 2, 11)


# "In his final years he lived ...; he died on Tuesday": the last part of a life ends by the death's day, not at the
# publication day (placement/further.py final_years_facts; lexicon life_end_words, death_words)

_OBIT = ("Organ builder Tobin Ashe has died aged 90, his son said on Friday. Ashe was born in Rell in 1936 and built his first "
         "organ in 1960. In his {} years he lived on a farm near Mossby and restored church pianos. He died on Tuesday at home.")


def test_steps_told_in_a_life_s_final_years_are_over_by_the_death_day() -> None:
    """The organ builder's obituary (Friday 12 February 2027): the living on the farm ends by Tuesday 9 February's end and
    begins within three years before it (not the publication day)."""
    tl = timeline.build(_OBIT.format("final"), reference_time="2027-02-12")
    lived = only_event(tl, "lived")
    assert likely_within(lived, dt.datetime(2024, 2, 9), dt.datetime(2027, 2, 10))
    restored = only_event(tl, "restored")
    assert restored.likely_end is not None and restored.likely_end <= dt.datetime(2027, 2, 10)


def test_the_last_years_are_the_final_ones() -> None:
    """The same obituary with "In his last years" (the time expression is "years" alone: the word before it counts): the
    restoring is over by the Tuesday's end too."""
    tl = timeline.build(_OBIT.format("last"), reference_time="2027-02-12")
    restored = only_event(tl, "restored")
    assert restored.likely_end is not None and restored.likely_end <= dt.datetime(2027, 2, 10)


def test_a_length_of_no_life_end_word_does_not_end_at_the_death() -> None:
    """The same obituary with "For years he lived on a farm ..." ("for" is no word of the life's end): the steps are not put
    at the death (the restoring is not over by the Tuesday's end).  (s60 place: "worked on a farm", not "lived": a living
    told before a death is over by it, and what "and" joins to it is done while it held, dwelling_facts.)  (s61 place: "For
    years Ashe worked", not "he worked": a pronoun's act after the death's sentence is an act of the life, over by the
    death, life_facts; with the name the control still tells that "For years" ends nothing at the death.)"""
    tl = timeline.build(_OBIT.replace("In his {} years he", "For years Ashe").replace("lived on", "worked on"), reference_time="2027-02-12")
    restored = only_event(tl, "restored")
    assert restored.likely_end is None or restored.likely_end > dt.datetime(2027, 2, 10)


def test_final_years_with_no_death_told_are_left_alone() -> None:
    """"In his final years as mayor he lived on a farm near Mossby and restored church pianos. He retired on Tuesday."
    (Friday 12 February 2027): no death is told: nothing ends at the Tuesday.  (s60 place: "worked on a farm", not "lived":
    what "and" joins to a living is done while it held, from its start, sequence_facts.)"""
    tl = timeline.build("Tobin Ashe was born in Rell in 1936. In his final years as mayor he worked on a farm near Mossby and "
                        "restored church pianos. He retired on Tuesday.", reference_time="2027-02-12")
    restored = only_event(tl, "restored")
    assert restored.likely_end is None or restored.likely_end > dt.datetime(2027, 2, 10)


# The story's clock moves forward: after an act at a clock time, a step in a longer time that holds it, or done by a later
# deadline that day, begins after that clock time (placement/further.py clock_onward_facts)

def test_a_step_in_the_morning_after_an_act_at_six_begins_after_six() -> None:
    """"A tanker overturned on the Pell bypass at about 7 a.m. on Monday, police said. Officers shut the road and cleared the
    spill during the morning." (Monday 8 February 2027): the shutting and the clearing begin after 06:30 (the clock time's
    start), not at 05:00 (the morning's start), before the tanker overturned."""
    tl = timeline.build("A tanker overturned on the Pell bypass at about 7 a.m. on Monday, police said. Officers shut the road and "
                        "cleared the spill during the morning.", reference_time="2027-02-08")
    for word in ("shut", "cleared"):
        e = only_event(tl, word)
        assert e.likely_start is not None and e.likely_start >= dt.datetime(2027, 2, 8, 6, 30), word


def test_a_step_done_by_a_later_deadline_begins_after_the_clock_time() -> None:
    """"The blaze at the Orm paper store began at about 4 a.m. on Sunday. Crews brought it under control by noon." (Monday 8
    February 2027): the bringing begins after 03:30, not at the Sunday's midnight."""
    tl = timeline.build("The blaze at the Orm paper store began at about 4 a.m. on Sunday. Crews brought it under control by noon.",
                        reference_time="2027-02-08")
    brought = only_event(tl, "brought")
    assert likely_within(brought, dt.datetime(2027, 2, 7, 3, 30), dt.datetime(2027, 2, 7, 12, 30))


def test_a_step_told_before_the_clock_time_keeps_its_part_of_the_day() -> None:
    """"Officers shut a lane of the Pell bypass during the morning on Monday. A tanker overturned there at about 11 a.m."
    (Tuesday 9 February 2027): the clock time is told after the shutting: the shutting keeps the morning's start (05:00)."""
    tl = timeline.build("Officers shut a lane of the Pell bypass during the morning on Monday. A tanker overturned there at about 11 a.m.",
                        reference_time="2027-02-09")
    shut = only_event(tl, "shut")
    assert shut.likely_start is not None and shut.likely_start < dt.datetime(2027, 2, 8, 10, 30)
