"""Session 53 (lead): behaviour found by reading timelines of stories written for the purpose (sentences are ours)."""

from __future__ import annotations

import datetime as dt

from _timelines import event as _event  # the first event with that word

import timeline
from timeline.text import quotations


def test_quotations_are_the_spans_between_their_marks() -> None:
    text = '"We lost," she said. \u201cWe will be back\u201d, he added.\n\n"A quote left open\n\n"Closed" it was.'
    spans = [text[s:e] for s, e in quotations(text)]
    assert spans == ["We lost,", "We will be back", "A quote left open", "Closed"]
    assert quotations("No speech here, only 5\u2033 of rain.") == []


def test_the_teller_of_a_quotation_is_not_dated_by_a_time_inside_it() -> None:
    # the skater knew it on Saturday night; she said so at Sunday's news conference (the publication day), not on Saturday
    text = ('Skater Mara Lind retired on Sunday.\n\n"I knew on Saturday night that it was over," Lind told reporters '
            "at a news conference.")
    tl = timeline.build(text, reference_time="2027-06-13")
    told = _event(tl, "told")
    assert told.likely_start is not None and told.likely_start.date() == dt.date(2027, 6, 13)
    knew = _event(tl, "knew")
    assert knew.likely_start is not None and knew.likely_start.date() == dt.date(2027, 6, 12)



def test_a_sentence_opening_with_the_last_time_dates_its_main_clause_by_that_time() -> None:
    # the petition was gathered during that winter's cut, not on the publication day
    text = "The last time the ferry line cut sailings, in the winter of 2019, a petition gathered 8,000 names."
    gathered = _event(timeline.build(text, reference_time="2027-09-22"), "gathered")
    assert gathered.likely_start is not None and gathered.likely_end is not None
    assert dt.datetime(2018, 12, 1) <= gathered.likely_start and gathered.likely_end <= dt.datetime(2019, 3, 1)



def test_a_year_after_a_nouns_possessive_names_the_noun_not_the_verbs_time() -> None:
    # the year is the budget's; the approving happened early on Wednesday (the publication day)
    text = "Lawmakers approved the government's 2028 budget early on Wednesday."
    approved = _event(timeline.build(text, reference_time="2027-12-15"), "approved")
    assert approved.earliest_start == dt.datetime(2027, 12, 15)
    assert approved.latest_end is not None and approved.latest_end <= dt.datetime(2027, 12, 16)
