"""Helper place, forty-sixth session: events on the right day (issue 10), in new sentences.

Each sentence here is written for the test; the dates are worked out by hand.
"""

from __future__ import annotations

import datetime as dt

import timeline

from _timelines import anchors_of, likely_within, likely_within_day, nth_event, only_event


# A time after the deed a reason preposition names ("arrested ... over a robbery ... on Saturday"; lexicon
# reason_prepositions, anchoring/times.py _reason_between)

def test_a_time_after_the_deed_an_arrest_is_over_dates_the_deed() -> None:
    """"Police detained three men on Wednesday over a robbery at a farm near Askby on Sunday evening." (Friday 6 March
    2026): the detaining is Wednesday's (4 March), the robbery Sunday evening's (1 March), not dropped as a second day of
    the detaining."""
    tl = timeline.build("Police detained three men on Wednesday over a robbery at a farm near Askby on Sunday evening.",
                        reference_time="2026-03-06")
    assert likely_within_day(only_event(tl, "detained"), dt.date(2026, 3, 4))
    assert likely_within(only_event(tl, "robbery"), dt.datetime(2026, 3, 1, 17), dt.datetime(2026, 3, 1, 22))


def test_a_single_time_after_the_deed_still_dates_the_verb() -> None:
    """Negative: with no time of its own before the deed ("Police detained three men over a robbery on Sunday"), the time
    dates the detaining, as after "for" or "with" (Sunday 1 March)."""
    tl = timeline.build("Police detained three men over a robbery on Sunday.", reference_time="2026-03-06")
    assert likely_within_day(only_event(tl, "detained"), dt.date(2026, 3, 1))


# "arrived within twenty minutes, but the burglars had already escaped" (anchoring/perfect.py _perfect_links)

def test_a_length_before_the_comma_leaves_the_perfect_before_the_verb() -> None:
    """"A shopkeeper raised the alarm at 9 p.m. on Tuesday. Officers arrived within twenty minutes, but the burglars had
    already escaped." (Friday 6 March 2026): the escape was over before the officers arrived, on Tuesday 3 March."""
    text = ("A shopkeeper in Orton raised the alarm at 9 p.m. on Tuesday. Officers arrived within twenty minutes, "
            "but the burglars had already escaped.")
    tl = timeline.build(text, reference_time="2026-03-06")
    assert ("before", only_event(tl, "arrived").eid) in anchors_of(only_event(tl, "escaped"))
    assert likely_within_day(only_event(tl, "escaped"), dt.date(2026, 3, 3))


def test_a_time_in_a_participle_aside_is_not_the_perfect_s_verb_s() -> None:
    """Negative: "The crane, delivered to the port in 1988 by a Swedish firm, had passed a safety check in May." (2026): the
    comma closes an aside, no clause "but" or "and" opens, so the year still keeps the perfect from being ordered before
    the delivery."""
    tl = timeline.build("The crane, delivered to the port in 1988 by a Swedish firm, had passed a safety check in May.",
                        reference_time="2026-08-25")
    assert ("before", only_event(tl, "delivered").eid) not in anchors_of(only_event(tl, "passed"))


def test_a_time_after_the_comma_is_still_the_perfect_s_own() -> None:
    """Negative: "Crews contained the spill within an hour on Tuesday, but by noon oil had reached the beach": "by noon"
    is the reaching's own time, so no order back from the containing is read."""
    tl = timeline.build("Crews contained the spill within an hour on Tuesday, but by noon oil had reached the beach.",
                        reference_time="2026-03-06")
    reached, contained = only_event(tl, "reached"), only_event(tl, "contained")
    assert ("before", contained.eid) not in anchors_of(reached)
    assert ("by", "t3") in anchors_of(reached)  # by noon


# "at the end of the year": most likely its last month (placement/days.py year_end_facts, lexicon year_end_words)

def test_the_end_of_the_year_is_most_likely_december() -> None:
    """"The museum will close at the end of the year for repairs, the trust said on Monday." (Tuesday 12 May 2026): the
    expression's bounds are September to December (mod END); the closing most likely lies in December."""
    tl = timeline.build("The museum will close at the end of the year for repairs, the trust said on Monday.", reference_time="2026-05-12")
    e = only_event(tl, "close")
    assert likely_within(e, dt.datetime(2026, 12, 1), dt.datetime(2027, 1, 1))
    assert e.earliest_start == dt.datetime(2026, 9, 1)  # the certain bounds stay the expression's


def test_the_close_of_next_year_is_most_likely_its_december() -> None:
    """"The shop will shut at the close of next year, its owner said on Monday." (Tuesday 12 May 2026): December 2027."""
    tl = timeline.build("The shop will shut at the close of next year, its owner said on Monday.", reference_time="2026-05-12")
    assert likely_within(only_event(tl, "shut"), dt.datetime(2027, 12, 1), dt.datetime(2028, 1, 1))


def test_late_in_a_year_and_a_deadline_at_its_end_are_not_narrowed() -> None:
    """Negatives: "late next year" names no end (its last third stays the likely interval), and "by the end of the year"
    is a deadline the selling is done by, not a time it lies in."""
    tl = timeline.build("The museum will close late next year for repairs, the trust said on Monday.", reference_time="2026-05-12")
    assert only_event(tl, "close").likely_start == dt.datetime(2027, 9, 1)
    tl = timeline.build("The council will sell the site by the end of the year, the mayor said on Monday.", reference_time="2026-05-12")
    start = only_event(tl, "sell").likely_start
    assert start is not None and start < dt.datetime(2026, 12, 1)


# The time of a clause a signal opens lends nothing to what comes before the signal (placement/facts.py signal_clauses)

def test_a_signal_clause_s_time_is_not_the_sentence_s() -> None:
    """"Dunmore beat Alder 2-0 on Saturday. The Alder coach called the result a disgrace and said his team had squandered a
    lead, after losing 3-0 at Wexley a week earlier." (Monday 9 March 2026): the losing is 28 February's; the calling and
    the squandering, told before "after", do not take that day."""
    text = ("Dunmore beat Alder 2-0 on Saturday. The Alder coach called the result a disgrace and said his team had "
            "squandered a lead, after losing 3-0 at Wexley a week earlier.")
    tl = timeline.build(text, reference_time="2026-03-09")
    assert likely_within_day(only_event(tl, "losing"), dt.date(2026, 2, 28))
    for word in ("called", "squandered"):
        assert not likely_within_day(only_event(tl, word), dt.date(2026, 2, 28)), word


# The occasion of a flashback is part of it (assembly/steps.py _perfect_occasions)

def test_the_occasion_of_a_past_perfect_is_not_gone_on_with() -> None:
    """"A nurse admitted at Harwell Crown Court on Monday that she stole from patients. She had denied the charges at an
    earlier hearing in January. She was released on bail." (Tuesday 21 April 2026): the hearing is January's, the
    release not (it is no flashback): after the flashback the story is back at Monday's sitting (20 April)."""
    text = ("A nurse admitted at Harwell Crown Court on Monday that she stole from patients. She had denied the charges at "
            "an earlier hearing in January. She was released on bail.")
    tl = timeline.build(text, reference_time="2026-04-21")
    assert likely_within(only_event(tl, "hearing"), dt.datetime(2026, 1, 1), dt.datetime(2026, 2, 1))
    assert likely_within_day(only_event(tl, "released"), dt.date(2026, 4, 20))  # back at the story's Monday


# A verb told again, undated ("escaped ... as they escaped"; pipeline tied, assembly/steps.py _restated_undated)

def test_restated_undated_ties_the_second_telling_and_what_lies_during_it() -> None:
    """The rule itself, on the links of "Officers arrived, but the gang had already fled (e2). A man who was hurt (e3) in a
    crash as he fled (e4) was released (e5) on Sunday": e4 tells e2 again (SIMULTANEOUS across sentences), e3 lies during
    it; both are tied to the first telling. Negatives: a second telling a time dates (e4 in ``timed``) is not, and a
    SIMULTANEOUS link inside one sentence restates nothing."""
    from types import SimpleNamespace

    from timeline.anchoring import Link
    from timeline.assembly.steps import _restated_undated

    mentions = [SimpleNamespace(eid=f"e{i}", pos="VERB", start=10 * i) for i in range(1, 6)]
    sentence_of = {"e1": 0, "e2": 0, "e3": 1, "e4": 1, "e5": 1}
    links = [Link("e4", "simultaneous", "e2"), Link("e3", "during", "e4"), Link("e5", "during", "t1")]
    assert _restated_undated(links, mentions, sentence_of, frozenset()) == frozenset({"e3", "e4"})
    assert _restated_undated(links, mentions, sentence_of, frozenset({"e4"})) == frozenset()
    same = {**sentence_of, "e2": 1}
    assert _restated_undated(links, mentions, same, frozenset()) == frozenset()


def test_signal_clauses_are_the_ordered_events_after_the_signal() -> None:
    """The rule itself: "squandered (e1) a lead, after losing (e2) a week earlier": e2, the target of a SIGNAL "after" link
    from e1 told before it and dated by a length ("a week earlier", t1), is a signal clause's event. Negatives: a fronted
    clause ("After losing (e3), the coach called (e4)": the target told first), an order from tense alone (TENSE
    strength), a link across sentences, and a clause dated by a day rather than a length ("flooded after the river burst
    its banks on Tuesday": most likely that day) are not."""
    from timeline.anchoring import Link
    from timeline.assembly.steps import _signal_clauses
    from timeline.order.links import Strength

    start = {"e1": 0, "e2": 30, "e3": 60, "e4": 90, "e5": 120}
    sentence_of = {"e1": 0, "e2": 0, "e3": 1, "e4": 1, "e5": 2}
    links = [Link("e1", "after", "e2", strength=Strength.SIGNAL), Link("e4", "after", "e3", strength=Strength.SIGNAL),
             Link("e4", "before", "e5", strength=Strength.SIGNAL), Link("e3", "before", "e4", strength=Strength.TENSE),
             *(Link(e, "during", "t1") for e in ("e2", "e3", "e4", "e5"))]
    assert _signal_clauses(links, sentence_of, start, frozenset({"t1"})) == frozenset({"e2"})
    assert _signal_clauses(links, sentence_of, start, frozenset()) == frozenset()  # a day, not a length: "after ... on Tuesday"


def test_perfect_occasions_are_the_nouns_a_past_perfect_lies_during() -> None:
    """The rule itself: "had denied (e1, a flashback) the charges at an earlier hearing (e2)": the hearing is part of the
    flashback. Negatives: a simple past's occasion ("admitted (e3) at a hearing (e4)") and a noun of another sentence."""
    from types import SimpleNamespace

    from timeline.anchoring import Link
    from timeline.assembly.steps import _perfect_occasions

    mentions = [SimpleNamespace(eid="e1", pos="VERB"), SimpleNamespace(eid="e2", pos="NOUN"),
                SimpleNamespace(eid="e3", pos="VERB"), SimpleNamespace(eid="e4", pos="NOUN"), SimpleNamespace(eid="e5", pos="NOUN")]
    sentence_of = {"e1": 0, "e2": 0, "e3": 1, "e4": 1, "e5": 2}
    links = [Link("e1", "during", "e2"), Link("e3", "during", "e4"), Link("e1", "during", "e5")]
    assert _perfect_occasions(links, mentions, frozenset({"e1"}), sentence_of) == frozenset({"e2"})


# After "The court heard that ... at T", the story heard goes on (placement/discourse.py heard_at; assembly/steps.py _led
# with relative clauses, _trailing_relatives)

_COURT = ("A woman appeared at Dunmore Magistrates' Court on Tuesday charged with burglary. The court heard that she broke "
          "into a depot at about 2 a.m. on Sunday and took two laptops.")


def test_the_story_the_court_heard_goes_on_at_its_time() -> None:
    """"... The court heard that she broke into a depot at about 2 a.m. on Sunday and took two laptops. A guard who heard
    the alarm called the police, who arrested her the next day." (Wednesday 22 April 2026): the calling goes on with the
    break-in's Sunday (19 April), not the hearing's Tuesday nor the publication day; the subject's relative clause leads
    nothing, and the object's ("who arrested her the next day") dates nothing before it."""
    tl = timeline.build(_COURT + " A guard who heard the alarm called the police, who arrested her the next day.", reference_time="2026-04-22")
    assert likely_within_day(only_event(tl, "called"), dt.date(2026, 4, 19))
    assert likely_within_day(only_event(tl, "arrested"), dt.date(2026, 4, 20))


def test_after_an_undated_hearing_the_hearing_s_day_goes_on() -> None:
    """Negative: when what the court heard names no time ("The court heard that she took two laptops from a depot. She was
    remanded in custody."), the remand goes on with the hearing's Tuesday (21 April), as before."""
    text = ("A woman appeared at Dunmore Magistrates' Court on Tuesday charged with burglary. The court heard that she took "
            "two laptops from a depot. She was remanded in custody.")
    tl = timeline.build(text, reference_time="2026-04-22")
    assert likely_within_day(only_event(tl, "remanded"), dt.date(2026, 4, 21))


def test_trailing_relatives_are_the_relative_verbs_after_the_main_verb() -> None:
    """The rule itself: in "A guard who heard the alarm called the police, who arrested her.", "arrested" follows the main
    verb "called"; "heard" (the subject's relative clause) does not. Negatives: a relative clause inside a clause "that"
    opens after the main verb ("Forecasters warned that the gale, which began ...") and a sentence of relative verbs only."""
    from types import SimpleNamespace

    from timeline.assembly.steps import _trailing_relatives

    def verbs(text: str, words: list[str], start: int = 0) -> list[SimpleNamespace]:
        return [SimpleNamespace(eid=w, pos="VERB", start=text.index(w), end=text.index(w) + len(w), sentence_start=start) for w in words]

    one = "A guard who heard the alarm called the police, who arrested her."
    assert _trailing_relatives(verbs(one, ["heard", "called", "arrested"]), frozenset({"heard", "arrested"}), one,
                               frozenset({"that"})) == frozenset({"arrested"})
    two = "Forecasters warned that the gale, which began on Saturday, would not ease."
    assert _trailing_relatives(verbs(two, ["warned", "began"]), frozenset({"began"}), two, frozenset({"that"})) == frozenset()
    assert _trailing_relatives(verbs(one, ["heard", "arrested"]), frozenset({"heard", "arrested"}), one, frozenset({"that"})) == frozenset()


def test_a_main_act_does_not_go_on_past_its_object_s_later_clause() -> None:
    """"The council lost its case at the Court of Appeal on Wednesday. Residents first objected to the flats in 2022, and an
    inspector approved them a year later. The council then went to the High Court, which ruled against it in May."
    (Thursday 12 November 2026): the going came before the ruling in May; it does not go on with the story's Wednesday."""
    text = ("The council lost its case at the Court of Appeal on Wednesday. Residents first objected to the flats in 2022, and "
            "an inspector approved them a year later. The council then went to the High Court, which ruled against it in May.")
    tl = timeline.build(text, reference_time="2026-11-12")
    assert not likely_within_day(only_event(tl, "went"), dt.date(2026, 11, 11))


def test_a_new_paragraph_after_a_flashback_s_occasion_is_back_at_the_story_s_day() -> None:
    """"A van driver who hit a cyclist in Leeds was jailed for five years on Wednesday. Ann Cole, 39, had admitted causing
    death by careless driving at an earlier hearing in September. / The court heard that she had read a message ..."
    (Thursday 3 December 2026): the hearing in September is part of the flashback; the new paragraph's report is back at
    Wednesday's sitting (2 December), not dropped to the publication day."""
    text = ("A van driver who hit a cyclist in Leeds was jailed for five years on Wednesday. Ann Cole, 39, had admitted causing "
            "death by careless driving at an earlier hearing in September.\n\nThe court heard that she had read a message on "
            "her phone seconds before the crash.")
    tl = timeline.build(text, reference_time="2026-12-03")
    assert likely_within_day(only_event(tl, "heard"), dt.date(2026, 12, 2))
