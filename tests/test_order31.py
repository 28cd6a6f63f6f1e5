"""The order a timeline states between events (session s31, helper order, bench/stories-s31order): kinds of textual
order that came out wrong on our own sentences.  Each case has a control the fix must keep."""

from __future__ import annotations

import datetime as dt

import timeline

from _timelines import certain_relation as _certain
from _timelines import event, likely_within_day, stated_before, value

_REF = "2026-12-04"  # a Friday


# --- two participles joined by "while" --------------------------------------------------------------------------

def test_two_participles_of_result_joined_by_while_are_side_by_side() -> None:
    """ "flooded the valley, cutting off 12 villages while stranding 3,000 people": two results told side by side; the
    text does not put the cutting off inside the stranding."""
    tl = timeline.build("The storm flooded the valley on Monday, cutting off 12 villages while stranding 3,000 people.", _REF)
    assert _certain(tl, "cutting", "stranding") is None


def test_a_finite_verb_while_a_participle_still_lies_inside_it() -> None:
    """Control: "injured his leg while climbing the north face": the injury happened during the climb."""
    tl = timeline.build("A climber injured his leg while climbing the north face on Sunday.", _REF)
    assert _certain(tl, "injured", "climbing") == "IS_INCLUDED"


def test_a_participle_while_a_passive_still_lies_inside_it() -> None:
    """Control: "holding the trophy while being carried by his team-mates": the holding went on as he was carried (the
    word after "while" is "being", no participle of the same kind)."""
    tl = timeline.build("Fans lined the route on Sunday as the captain rode past, holding the trophy while being carried by his team-mates.", _REF)
    assert _certain(tl, "holding", "carried") == "IS_INCLUDED"


# --- a passive told in sequence ----------------------------------------------------------------------------------

def test_a_passive_after_and_a_pronoun_is_told_in_sequence() -> None:
    """ "Police arrested a teacher last week, and she was suspended until the inquiry ended": the suspension is the next
    step told (a guess: the arrest first)."""
    tl = timeline.build("Police arrested a teacher last week, and she was suspended until the inquiry ended.", _REF)
    assert stated_before(tl, "arrested", "suspended")


# --- a weekday told on to the story's day -----------------------------------------------------------------------

def test_a_simple_past_weekday_that_starts_a_run_of_days_lies_before_the_story_day() -> None:
    """Published on a Friday: "The yacht was found drifting on Sunday. Its skipper set off on Friday morning. A storm hit
    the boat on Saturday night": the days run on to the Sunday, so the Friday before it (27 Nov), not the publication day,
    and the setting off came before the finding."""
    text = ("The yacht was found drifting on Sunday. Its skipper set off from Penzance on Friday morning. "
            "A storm hit the boat on Saturday night.")
    assert value(text, "Friday morning", _REF) == "2026-11-27TMO"
    tl = timeline.build(text, _REF)
    assert _certain(tl, "set", "found") == "BEFORE"


def test_a_simple_past_weekday_before_a_day_ahead_stays_the_publication_day() -> None:
    """Control: "The fire broke out on Sunday. Investigators visited the site on Friday morning and will report on
    Monday": the next day named lies after the story's day; the Friday is the publication day."""
    text = "The fire broke out on Sunday. Investigators visited the site on Friday morning and will report on Monday."
    assert value(text, "Friday morning", _REF) == "2026-12-04TMO"


def test_a_simple_past_weekday_before_the_story_day_told_again_stays_the_publication_day() -> None:
    """Control: "The yacht was found on Sunday. Its skipper left hospital on Friday morning. He thanked the crew who found
    him on Sunday": the next day named is the story's day again, no day between; the Friday is the publication day."""
    text = ("The yacht was found on Sunday. Its skipper left hospital on Friday morning. "
            "He thanked the crew who found him on Sunday.")
    assert value(text, "Friday morning", _REF) == "2026-12-04TMO"


def test_a_weekday_looked_back_on_in_a_past_perfect_is_no_step() -> None:
    """Control: "... set off on Friday morning. He had bought the boat on Saturday": the Saturday is looked back on (a past
    perfect), no step towards the Sunday; the Friday stays the publication day."""
    text = ("The yacht was found on Sunday. Its skipper set off from Penzance on Friday morning. "
            "He had bought the boat on Saturday.")
    assert value(text, "Friday morning", _REF) == "2026-12-04TMO"


def test_a_report_on_the_publication_weekday_stays_the_publication_day() -> None:
    """Control: "Its owner said on Friday that a storm hit it on Saturday night": a report's day stays the publication
    day."""
    text = "The yacht was found on Sunday. Its owner said on Friday that a storm hit it on Saturday night."
    assert value(text, "Friday", _REF) == "2026-12-04"


# --- a verb of release in a perfect -------------------------------------------------------------------------------

def test_what_a_released_thing_did_follows_a_perfect_infinitive_of_release() -> None:
    """ "is believed to have fired the shot that killed the guard": the killing came after the firing (a perfect
    infinitive tells the firing done, as a simple past does)."""
    tl = timeline.build("Police said the gunman is believed to have fired the shot that killed the guard.", _REF)
    assert _certain(tl, "fired", "killed") == "BEFORE"


def test_a_simple_past_weekday_before_a_day_told_ahead_stays_the_publication_day() -> None:
    """Control: "The water began to fall on Friday morning, but forecasters warned that more rain was expected on
    Saturday": the next day named is told ahead (what was expected), no step towards the story's Sunday; the Friday is
    the publication day."""
    text = ("The river burst its banks on Sunday. The water began to fall on Friday morning, "
            "but forecasters warned that more rain was expected on Saturday.")
    assert value(text, "Friday morning", _REF) == "2026-12-04TMO"


# --- a length in days from a dated time after a comma -------------------------------------------------------------

def test_a_day_after_from_a_dated_time_puts_the_event_on_the_day_before() -> None:
    """ "arrested on Thursday, a day after being questioned by detectives": the questioning most likely on the calendar day
    before the Thursday (2 Dec), not anywhere back into the month of the fire told before."""
    tl = timeline.build("The owner of a barn that burned down last month was arrested on Thursday, a day after being "
                        "questioned by detectives.", _REF)
    assert likely_within_day(event(tl, "questioned"), dt.date(2026, 12, 2))


# --- a report with a noun object told in sequence -----------------------------------------------------------------

def test_a_report_with_a_noun_object_is_a_step_told_in_sequence() -> None:
    """ "A guard reported a smell of smoke to the control room, and the operator halted all trains": the
    report is a happening of the story, told before the halting (a guess: not at publication, after it)."""
    tl = timeline.build("Fire damaged a signal box near Carrow. A guard reported a smell of smoke to the control room, "
                        "and the operator halted all trains.", _REF)
    assert stated_before(tl, "reported", "halted")


def test_a_report_of_a_decision_does_not_carry_the_next_step_to_publication() -> None:
    """Control: "He announced his decision outside the ministry and left without taking questions", after "resigned on
    Tuesday": only a report verb whose object is the thing reported ("reported a smell") opens a sequence; the leaving
    stays on the Tuesday, not on the publication day the report is read at."""
    tl = timeline.build("The minister resigned on Tuesday. He announced his decision outside the ministry and left without "
                        "taking questions.", _REF)
    assert likely_within_day(event(tl, "left"), dt.date(2026, 12, 1))


def test_a_weekday_counted_from_elsewhere_is_no_step() -> None:
    """Control: "... set off on Friday morning. A storm hit the boat last Saturday": "last Saturday" counts from the
    publication, no step towards the story's Sunday; the Friday stays the publication day."""
    text = ("The yacht was found drifting on Sunday. Its skipper set off from Penzance on Friday morning. "
            "A storm hit the boat last Saturday.")
    assert value(text, "Friday morning", _REF) == "2026-12-04TMO"
