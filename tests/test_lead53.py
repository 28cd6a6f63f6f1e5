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


def test_what_a_verb_begins_starts_in_the_time_and_is_not_over_in_it() -> None:
    # the survey began in September and nothing ends it: it is not put inside September
    text = "The survey of river birds began in September."
    tl = timeline.build(text, reference_time="2028-03-10")
    survey = _event(tl, "survey")
    assert survey.likely_start is not None and survey.likely_start.month == 9
    assert survey.likely_end is not None and survey.likely_end > dt.datetime(2027, 10, 1)


def test_within_counts_from_a_passive_report_told_before_it_in_the_sentence() -> None:
    # the cases were reported in early February and two more followed within a month: not from the survey's September
    text = ("The survey began in September. The first case was reported in early February, and two more followed "
            "within a month.")
    followed = _event(timeline.build(text, reference_time="2028-03-10"), "followed")
    assert followed.earliest_start == dt.datetime(2028, 2, 1)


def test_a_length_of_time_off_is_not_how_long_the_giving_took() -> None:
    # three days off were given on Monday: no "lasts three days" that would clash with the one day
    tl = timeline.build("The squad was given three days off on Monday.", reference_time="2027-04-22")
    given = _event(tl, "given")
    assert [a.relation.value for a in given.anchors if a.target.startswith("t")] == ["during"]
    assert not tl.conflicts


def test_a_headline_event_does_not_take_the_time_of_an_earlier_occasion_of_its_kind() -> None:
    # "last reached ... in 1997" is an earlier final, not the one the headline tells
    text = ("Millbrook Win to Reach Cup Final\n\nMillbrook beat Carver 2-0 on Tuesday night with a late goal. "
            "They last reached the final in 1997.")
    tl = timeline.build(text, reference_time="2027-04-22")
    heads = [e for e in tl.events if e.text == "Reach"]
    assert all(e.likely_start is None or e.likely_start.year == 2027 for e in heads)
    assert all(e.earliest_start is None or e.earliest_start.year == 2027 for e in heads)



def test_a_headline_weekday_is_the_day_the_body_tells_under_that_name() -> None:
    # the title-case headline has no tense the resolver can read; the lead's forecast says which Thursday
    text = ("Heatwave to Peak on Thursday as Warnings Extended\n\nTemperatures are forecast to reach 41C on Thursday, "
            "the weather service said on Tuesday.")
    tl = timeline.build(text, reference_time="2027-07-13")
    head = tl.timexes[0]
    assert (head.text, head.value) == ("Thursday", "2027-07-15")
    assert head.earliest == dt.datetime(2027, 7, 15) and head.latest == dt.datetime(2027, 7, 16)


def test_headline_of_text_needs_a_short_first_line_and_a_blank_line() -> None:
    from timeline.text import headline_of_text
    assert headline_of_text("Ferry Sinks Off Coast\n\nA ferry sank.") == (0, 21)
    assert headline_of_text("A ferry sank on Monday.\n\nIt was old.") is None  # a full stop: a sentence
    assert headline_of_text("Ferry Sinks Off Coast\nA ferry sank.") is None  # no blank line after it


def test_a_weekday_after_a_clause_of_time_is_not_a_day_of_the_week_named_before_it() -> None:
    # said on Friday 12 March: the talks broke down last week, before Monday's mediator: this week's Monday
    tl = timeline.tag("Talks broke down twice last week before a mediator was called in on Monday.", reference_time="2027-03-12")
    assert [(t.text, t.value) for t in tl] == [("last week", "2027-W09"), ("Monday", "2027-03-08")]
    # the negative: a weekday in the clause of the week named before it is that week's day
    tl = timeline.tag("Last week, the union walked out on Monday.", reference_time="2027-03-12")
    assert [(t.text, t.value) for t in tl] == [("Last week", "2027-W09"), ("Monday", "2027-03-01")]


def test_overnight_sentences_after_the_day_before_publication_is_that_days_night() -> None:
    # Thursday's flood told in a Friday paper; two sentences on, "overnight" is Thursday night, not Wednesday's
    text = ("Homes were evacuated on Thursday as the river burst its banks. Firefighters, who had been on standby since "
            "Tuesday, rescued twelve people. The water began to recede overnight.")
    night = next(t for t in timeline.build(text, reference_time="2026-12-04").timexes if t.text == "overnight")
    assert night.value == "2026-12-03TNI"
    # the negative: a story's day further back keeps the night before it (a weekly report's "overnight losses")
    text = ("Shares fell on Friday. Dealers were cautious all day. Prices were hit by overnight losses in New York.")
    night = next(t for t in timeline.build(text, reference_time="2026-12-07").timexes if t.text == "overnight")
    assert night.value == "2026-12-03TNI"


def test_a_weekday_after_for_in_a_past_perfect_clause_is_the_closest_such_day() -> None:
    # said on Friday 12 November: the services cancelled before now were Friday's (today) and Saturday's, not last week's
    # (after a story's day told before it, Thursday's, the past perfect looks back from that day for a day of its own)
    text = ("The strike was called off on Thursday evening. Operators had already cancelled most services for Friday and "
            "Saturday.")
    tl = timeline.tag(text, reference_time="2027-11-12")
    assert [(t.text, t.value) for t in tl][1:] == [("Friday", "2027-11-12"), ("Saturday", "2027-11-13")]
    # the negative: a past perfect's own day still looks back from the story's day
    tl = timeline.tag("The walkers were found on Sunday. They had set off on Friday.", reference_time="2027-11-12")
    assert [(t.text, t.value) for t in tl] == [("Sunday", "2027-11-07"), ("Friday", "2027-11-05")]
