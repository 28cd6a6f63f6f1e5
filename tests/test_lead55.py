"""Session 55 (lead): behaviour found by reading timelines of stories written for the purpose (sentences are ours)."""

from __future__ import annotations

import datetime as dt

import timeline


def _value(text: str, dct: str, words: str) -> str:
    """The value of the time expression reading ``words`` in ``text`` tagged with publication date ``dct``."""
    found = [t for t in timeline.tag(text, reference_time=dct) if t.text == words]
    assert found, f"{words!r} not tagged"
    return found[0].value


def test_a_day_stated_in_the_present_after_a_named_clock_time_lies_ahead() -> None:
    # said on Wednesday 12 Mar 2031: "is noon on Monday" states the coming Monday, as "is 5 p.m. on Monday" does
    assert _value("The deadline for bids is noon on Monday.", "2031-03-12", "Monday") == "2031-03-17"
    assert _value("The meeting is at midnight on Friday.", "2031-03-12", "Friday") == "2031-03-14"
    # a past copula keeps the day behind
    assert _value("The deadline for bids was noon on Monday.", "2031-03-12", "Monday") == "2031-03-10"


def test_a_hedged_length_after_a_verb_of_staying_is_no_offset_in_a_history() -> None:
    # "stayed only a week before marching": a length of the stay, not "a week before" the march
    text = "The duke entered the town on 23 June 1641. He stayed only a week before marching south."
    found = {t.text: t.value for t in timeline.tag(text, reference_time="2026-12-07", mode="narrative")}
    assert found.get("a week") == "P1W", found
    # an offset said with no such verb stays one expression
    text = "The duke entered the town on 23 June 1641. He left a week before the battle."
    assert "a week before the battle" in {t.text for t in timeline.tag(text, reference_time="2026-12-07", mode="narrative")}


def _event(tl: timeline.Timeline, word: str) -> timeline.Event:
    found = [e for e in tl.events if e.text == word]
    assert found, f"no event {word!r} in {[e.text for e in tl.events]}"
    return found[0]


def test_a_place_before_names_is_no_event_and_leaves_the_time_to_the_verb() -> None:
    # said on Wednesday 9 Dec 2026: the appearance is next Monday's, the court no event ordered after it
    tl = timeline.build("He will appear before the court on Monday.", reference_time="2026-12-09")
    assert "court" not in {e.text for e in tl.events}
    appear = _event(tl, "appear")
    assert appear.earliest_start is not None and appear.earliest_start.date() == dt.date(2026, 12, 14)
    tl = timeline.build("The troops arrived before the walls on 12 April and dug trenches.", reference_time="2026-12-09")
    arrived = _event(tl, "arrived")
    assert arrived.earliest_start is not None and arrived.earliest_start.date() == dt.date(2026, 4, 12)
    # a happening after "before" stays one: the vote is Monday's, the collapse before it
    tl = timeline.build("Talks collapsed before the vote on Monday.", reference_time="2026-12-09")
    assert _event(tl, "vote").earliest_start is not None


def test_a_length_after_a_verb_of_staying_is_the_stay_not_a_gap() -> None:
    text = "The duke entered the town on 23 June 1641. He stayed only a week before marching south."
    tl = timeline.build(text, reference_time="2026-12-07", mode="narrative")
    stayed, marching = _event(tl, "stayed"), _event(tl, "marching")
    assert stayed.likely_end is not None and stayed.likely_end.date() >= dt.date(1641, 6, 29)
    assert marching.likely_start is not None and marching.likely_start.date() >= dt.date(1641, 6, 29)


def test_presence_reads_a_place_after_before_through_determiners_and_names_only() -> None:
    from timeline.events.detect import _presence

    assert _presence("She testified before the Senate committee".split(), 5)
    assert _presence("He appeared before magistrates".split(), 3)
    assert not _presence("He spoke to the court".split(), 4)  # no "before"
    assert not _presence("before the vote of the committee".split(), 5)  # "before" too far back: another phrase's
    assert not _presence("He left before the vote".split(), 4)  # no place noun


def test_a_bare_form_after_and_before_a_past_verb_is_its_subject() -> None:
    from timeline.events.detect import _coordinated_subject

    past = lambda w: w in ("began", "resumed", "cut")  # noqa: E731  (a stand-in for the verb-form tables)
    assert _coordinated_subject("approved the line , and work began".split(), 5, past)
    assert not _coordinated_subject("closed two plants and cut costs".split(), 4, past)  # a past form itself
    assert not _coordinated_subject("and work hard".split(), 1, past)  # no past verb after it
    tl = timeline.build("Parliament approved the line in 1861, and work began in the summer of 1862.", reference_time="2026-12-07")
    work = _event(tl, "work")  # begun by "began": its start is the summer's
    assert work.earliest_start is not None and work.earliest_start.date() == dt.date(1862, 6, 1)


def test_what_did_not_happen_until_a_time_most_likely_happened_in_it() -> None:
    # said on Monday 7 Dec 2026: the police left on Friday, not some time between Friday and publication
    tl = timeline.build("Police did not leave the building until Friday.", reference_time="2026-12-07")
    leave = _event(tl, "leave")
    assert leave.earliest_start is not None and leave.earliest_start.date() == dt.date(2026, 12, 4)
    assert leave.latest_end is not None and leave.latest_end.date() == dt.date(2026, 12, 8)  # certain: only "not before Friday"
    assert leave.likely_end is not None and leave.likely_end <= dt.datetime(2026, 12, 5)


def test_that_night_of_a_day_a_history_leaves_undated_is_that_days_night() -> None:
    text = ("In early September 1744 the two armies met near Carrow. On the second day the Margrave was wounded, and that "
            "night his army withdrew.")
    found = {t.text: t for t in timeline.tag(text, reference_time="2026-12-07", mode="narrative")}
    assert found["the second day"].value == "1744-09-XX"
    assert found["that night"].value == "1744-09-XXTNI"  # not the night of 1 September
    # a day told with its date keeps its night's date
    text = "On 3 September 1744 the Margrave was wounded, and that night his army withdrew."
    assert {t.text: t.value for t in timeline.tag(text, reference_time="2026-12-07", mode="narrative")}["that night"] == "1744-09-03TNI"


def test_an_obligations_passive_before_a_month_looks_ahead() -> None:
    # said on 16 Nov 2027: the refunds must be claimed before the coming end of January, not the one gone
    assert _value("Claims for refunds must be made before the end of January.", "2027-11-16", "the end of January") == "2028-01"
    assert _value("The dividend must be paid before March 3.", "2027-11-16", "March 3") == "2028-03-03"
    # a perfect after the modal is a past; a past passive too
    assert _value("He must have left before March 3.", "2027-11-16", "March 3") == "2027-03-03"
    assert _value("The claims were made before the end of January.", "2027-11-16", "the end of January") == "2027-01"


def test_a_bare_month_told_as_the_next_step_of_an_earlier_month_is_the_next_years() -> None:
    # said in June 2026: the closing followed the opening of May 2019, so February is 2020's
    assert _value("The plant opened in May 2019 and closed in February.", "2026-06-10", "February") == "2020-02"
    assert _value("Koster arrived at the club in July 2024 and won the cup in April.", "2026-06-10", "April") == "2025-04"
    # a later month keeps the year; a perfect looks back and keeps it too
    assert _value("The plant opened in May 2019 and closed in October.", "2026-06-10", "October") == "2019-10"
    assert _value("He joined in July 2024 and had arrived in April.", "2026-06-10", "April") == "2024-04"
