"""The order a timeline states between events (session s29, helper order, bench/stories-s29order): kinds of textual
order that came out wrong, as certain orders, on our own sentences and story sets.  Each case has a control the fix
must keep."""

from __future__ import annotations

import datetime as dt
from typing import Optional

import timeline

from _timelines import certain_relation as _certain
from _timelines import event as _event  # the first event of a timeline with that word

_REF = dt.datetime(2026, 12, 4)


def _build(text: str) -> timeline.Timeline:
    return timeline.build(text, _REF)


def test_an_aspectual_verb_ending_a_sentence_begins_no_event_of_the_next() -> None:
    """ "the leak stopped only when the survey started. The inquiry opened on 9 Nov.": the inquiry is no object of
    "started"; it does not begin with the survey (which then came after an event of March, for certain)."""
    text = ("The clerk was dismissed in March after a survey found gaps in the accounts. He said the losses stopped only "
            "when the survey started.\n\nThe inquiry opened on Nov. 9 and heard from 12 witnesses.")
    tl = _build(text)
    assert _certain(tl, "found", "started") != "BEFORE"
    started = _event(tl, "started")
    assert started.earliest_start is None or started.earliest_start < dt.datetime(2026, 11, 9)


def test_an_aspectual_verb_still_begins_its_object_in_its_sentence() -> None:
    """Control: "The crew started a fire on Nov. 9" in one sentence: the fire begins with the starting."""
    tl = _build("The crew started the fire on Nov. 9 to clear the field.")
    fire = _event(tl, "fire")
    assert fire.earliest_start == dt.datetime(2026, 11, 9)


def test_a_length_later_counts_from_the_past_verb_before_it_in_its_sentence() -> None:
    """ "A fisherman saw the flares and alerted the coastguard, who rescued the crew two hours later": the rescue came
    two hours after the alert, not after the sentence before's "lost power" (the rescue then could come before the alert)."""
    text = ("The trawler left the harbour on Nov. 20. It lost power near the reef. A fisherman saw the flares and alerted "
            "the coastguard, who rescued the crew two hours later.")
    tl = _build(text)
    assert _certain(tl, "rescued", "alerted") == "AFTER"


def test_a_length_opening_its_sentence_still_counts_from_the_sentence_before() -> None:
    """Control: "It lost power near the reef. Two hours later, a lifeboat towed it to port": from the power loss."""
    text = "The trawler left the harbour on Nov. 20. It lost power near the reef. Two hours later, a lifeboat towed it to port."
    tl = _build(text)
    assert _certain(tl, "towed", "lost") == "AFTER"


def test_a_fronted_signal_with_its_object_word_orders_the_main_verb() -> None:
    """ "Ahead of the final vote, two members resigned", "Prior to the launch they tested the engine twice": the signal is
    "ahead of", "prior to"; its event follows the object word ("of", "to"), and the main verb comes before it."""
    tl = _build("The council met on Tuesday. Ahead of the final vote, two members resigned.")
    assert _certain(tl, "resigned", "vote") == "BEFORE"
    tl = _build("The rocket left the pad on Nov. 20. Prior to the launch they tested the engine twice.")
    assert _certain(tl, "tested", "launch") == "BEFORE"


def test_ahead_without_of_is_no_signal() -> None:
    """Control: "Ahead lay the hardest climb, the riders were told": "ahead" with no "of" orders nothing (not the telling
    before the lying ahead)."""
    tl = _build("Ahead lay the hardest climb, the riders were told.")
    assert _certain(tl, "told", "climb") is None


def test_a_length_in_a_when_clause_does_not_count_from_the_verb_it_hangs_from() -> None:
    """Control of the own-sentence count: "A guard saw them and phoned the police when smoke rose minutes later": the
    minutes are not counted from the call the "when" clause hangs from (the call would then come before the smoke)."""
    text = "Two men forced the gate shortly after 1 a.m. on Sunday. A guard saw them and phoned the police when smoke rose minutes later."
    tl = _build(text)
    assert _certain(tl, "phoned", "rose") != "BEFORE"


def test_a_night_leading_into_a_morning_told_later_is_the_night_before_that_day() -> None:
    """ "The inspectors reported the crack on Wednesday. Crews worked through the night, and the first signs went up at
    dawn on Friday": the night is Thursday's, which led into Friday (not the night after Wednesday, the story's day)."""
    text = ("Engineers closed the bridge on Thursday after inspectors found a crack on Wednesday morning. Crews worked "
            "through the night to fit barriers, and the first signs went up at dawn on Friday.")
    tl = _build(text)
    night = next(t for t in tl.timexes if t.text == "the night")
    assert (night.earliest, night.latest) == (dt.datetime(2026, 12, 3, 19), dt.datetime(2026, 12, 4, 6))
    assert _certain(tl, "worked", "closed") != "BEFORE"


def test_a_night_with_no_morning_after_it_keeps_the_story_day() -> None:
    """Control: "Police arrived on Tuesday. They searched the house through the night." (no morning told after it):
    Tuesday's night."""
    tl = _build("Police arrived at the farm on Tuesday. They searched the house through the night and left.")
    night = next(t for t in tl.timexes if t.text == "the night")
    assert night.earliest == dt.datetime(2026, 12, 1, 19)


def test_shortly_after_midnight_told_in_the_past_perfect_begins_the_story_day() -> None:
    """ "A fire destroyed the depot on Saturday. Two men had broken in shortly after midnight": the midnight that began
    Saturday (the break-in came before the fire), not the one that ended it."""
    tl = _build("A fire destroyed a timber depot on Saturday. Two men had broken into the yard shortly after midnight.")
    t = next(t for t in tl.timexes if t.text == "shortly after midnight")
    assert (t.earliest, t.latest) == (dt.datetime(2026, 11, 28), dt.datetime(2026, 11, 28, 0, 30))
    assert _certain(tl, "broken", "destroyed") != "AFTER"


def test_shortly_after_midnight_told_in_the_simple_past_ends_the_story_day() -> None:
    """Control: "The council voted on Tuesday. The motion passed shortly after midnight": the sitting ran on past the
    midnight that ended Tuesday."""
    tl = _build("The council voted on Tuesday to hold a new election. The motion passed shortly after midnight.")
    t = next(t for t in tl.timexes if t.text == "shortly after midnight")
    assert t.earliest == dt.datetime(2026, 12, 2)


def _day_of(tl: timeline.Timeline, word: str) -> Optional[dt.date]:
    """The day ``word``'s certain bounds put it in, when they do."""
    e = _event(tl, word)
    if e.earliest_start is None or e.latest_end is None or e.latest_end - e.earliest_start > dt.timedelta(days=1):
        return None
    return e.earliest_start.date()


def test_a_time_between_a_subject_and_its_verb_after_a_fronted_phrase_dates_the_verb() -> None:
    """ "Just ahead of the minister's visit, the council on Sunday issued a warning": Sunday is the issuing's day, not the
    visit's (the fronted phrase is closed by its comma)."""
    tl = _build("Just ahead of the minister's visit, the council on Sunday issued a flood warning.")
    assert _day_of(tl, "issued") == dt.date(2026, 11, 29)


def test_a_time_after_an_event_noun_of_its_own_phrase_still_dates_the_noun() -> None:
    """Control: "A report on the crash at the depot on Sunday found faults": no comma closes a phrase before the time;
    it stays the crash's day."""
    tl = _build("A report on the crash at the depot on Sunday found faults in the brakes.")
    assert _day_of(tl, "crash") == dt.date(2026, 11, 29)


def test_a_verb_happens_at_an_occasion_told_past_its_long_object() -> None:
    """ "The mayor unveiled the plans for a new river bridge at a meeting in the town hall on Tuesday": the unveiling
    happened at the meeting, on Tuesday (the object between verb and occasion is six words and more)."""
    tl = _build("The mayor unveiled the plans for a new river bridge at a meeting in the town hall on Tuesday.")
    assert _certain(tl, "unveiled", "meeting") == "IS_INCLUDED"



def test_since_after_a_simple_finite_verb_gives_a_reason() -> None:
    """ "The ruling was flawed since it relied on a withdrawn report": "since" gives the reason; the flaw is not told to
    begin after the relying (a temporal "since" takes a perfect)."""
    tl = _build("The judges said on Monday that the ruling was flawed since it relied on a withdrawn report.")
    assert _certain(tl, "flawed", "relied") is None


def test_since_after_a_perfect_or_a_participle_is_a_time() -> None:
    """Control: "The road has been closed since the storm hit" and "The depot, closed since the fire broke out, ...": the
    closure began after the storm, the fire."""
    tl = _build("The coast road has been closed since the storm hit the town on Nov. 20.")
    assert _certain(tl, "closed", "hit") == "AFTER"
    tl = _build("The depot, closed since the fire broke out on Nov. 20, will reopen in March.")
    assert _certain(tl, "closed", "broke") == "AFTER"


def test_a_time_after_a_noun_of_a_that_clause_dates_the_noun_not_the_verb() -> None:
    """ "The insurer estimated that the flood last month would cost it $10 million": last month is the flood's, not the
    estimate's (the estimate was made when it was reported, not certainly in November)."""
    tl = _build("The insurer estimated that the flood last month would cost it $10 million.")
    flood, estimated = _event(tl, "flood"), _event(tl, "estimated")
    assert flood.earliest_start == dt.datetime(2026, 11, 1)
    assert estimated.latest_end is None or estimated.latest_end > dt.datetime(2026, 12, 1)


def test_a_time_after_a_verbs_object_noun_still_dates_the_verb() -> None:
    """Control: "The council approved the merger last month": the approval's month."""
    tl = _build("The council approved the merger last month after a long debate.")
    approved = _event(tl, "approved")
    assert (approved.earliest_start, approved.latest_end) == (dt.datetime(2026, 11, 1), dt.datetime(2026, 12, 1))


def test_while_after_a_comma_before_a_told_clause_is_a_contrast() -> None:
    """ "Shares in Velto rose 4 percent on Friday, while shares in Orrin fell 2 percent": two facts side by side; the
    rise is not inside the fall (no certain start order between them)."""
    tl = _build("Shares in Velto rose 4 percent on Friday, while shares in Orrin fell 2 percent.")
    assert _certain(tl, "rose", "fell") is None


def test_while_with_no_comma_is_a_time() -> None:
    """Control: "The guard was injured while he chased the thieves across the yard": the injury inside the chase."""
    tl = _build("The guard was injured while he chased the thieves across the yard on Friday.")
    assert _certain(tl, "injured", "chased") == "IS_INCLUDED"


def test_a_signal_phrase_after_a_closed_relative_clause_orders_the_main_verb() -> None:
    """ "About 500 people attended a service on Sunday for the doctor who performed surgery at the clinic, one year after
    he was killed": the year after the killing is the service's (the comma closes the relative clause), not the surgery's
    (the doctor performed surgery before he was killed)."""
    tl = _build("About 500 people attended a memorial service on Sunday for the doctor who performed surgery at the clinic, "
                "one year after he was killed by a gunman.")
    assert _certain(tl, "performed", "killed") != "AFTER"
    assert _certain(tl, "attended", "killed") == "AFTER"


def test_a_signal_phrase_inside_a_relative_clause_orders_its_verb() -> None:
    """Control: "Police on Friday arrested a man who fled from the scene shortly after the robbery": no comma, the
    fleeing's."""
    tl = _build("Police on Friday arrested a man who fled from the scene shortly after the robbery.")
    assert _certain(tl, "fled", "robbery") == "AFTER"


def test_a_signal_phrase_after_a_closed_relative_clause_may_order_a_gerund() -> None:
    """ "Critics blamed the mayor for shutting the library, which served the old town, when he took office in May": the
    shutting, told by the gerund before the relative clause, happened then (not the serving, not the blaming)."""
    tl = _build("Critics on Friday blamed the mayor for shutting the library, which served the old town, when he took office in May.")
    assert _certain(tl, "shutting", "took") == "IS_INCLUDED"
