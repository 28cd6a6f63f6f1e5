"""Session 28, lead: where events sit in news the lead wrote for these tests."""
from __future__ import annotations

import datetime as dt

from timeline import build


def _event(tl, word):  # type: ignore[no-untyped-def]
    return next(e for e in tl.events if e.text == word)


def test_a_quarter_written_as_one_word_dates_the_noun_after_it_not_the_verb() -> None:
    # said on a Wednesday: the report is Thursday's, the earnings are the third quarter's
    tl = build("Acme will report third-quarter earnings on Thursday.", reference_time="2026-10-21")
    report = _event(tl, "report")
    assert (report.earliest_start, report.latest_end) == (dt.datetime(2026, 10, 22), dt.datetime(2026, 10, 23))


def test_a_quarter_premodifier_leaves_the_verb_to_the_month_after_it() -> None:
    tl = build("Telvar will report fourth-quarter results in late January.", reference_time="2026-10-21")
    report = _event(tl, "report")
    assert report.earliest_start is not None and report.earliest_start >= dt.datetime(2027, 1, 1)
    assert report.latest_end == dt.datetime(2027, 2, 1)


def test_a_when_clause_on_a_time_lies_in_that_time_whatever_signal_the_time_has() -> None:
    tl = build("It is the third large fire in the region since June, when a blaze destroyed 40 homes near the coast.",
               reference_time="2026-08-16")
    destroyed = _event(tl, "destroyed")
    assert (destroyed.earliest_start, destroyed.latest_end) == (dt.datetime(2026, 6, 1), dt.datetime(2026, 7, 1))


def test_what_has_gone_on_since_a_time_does_not_share_the_when_clause_of_that_time() -> None:
    # the rise began with the closure, in March, and has gone on since: it is not confined to March
    tl = build("Prices have risen since March, when the plant closed.", reference_time="2026-08-16")
    risen, closed = _event(tl, "risen"), _event(tl, "closed")
    assert (closed.earliest_start, closed.latest_end) == (dt.datetime(2026, 3, 1), dt.datetime(2026, 4, 1))
    assert risen.latest_end == dt.datetime(2026, 8, 17)


def test_an_event_ahead_does_not_continue_a_time_that_began_before_the_publication_day() -> None:
    # published on the Thursday: the final lies ahead, not in the small hours of Thursday that "Wednesday night" reaches
    tl = build("Rovers will play in the cup final after beating City 2-1 on Wednesday night.", reference_time="2026-04-16")
    play = _event(tl, "play")
    assert play.earliest_start == dt.datetime(2026, 4, 16)
    assert play.likely_end is not None and play.likely_end > dt.datetime(2026, 4, 17)


def test_a_step_measured_minutes_after_an_event_of_the_lead_s_day_stays_on_that_day() -> None:
    tl = build("Rovers beat City 2-1 on Wednesday night. Berg scored the winning goal in the 89th minute, four minutes after City "
               "had equalised.", reference_time="2026-04-16")
    scored = _event(tl, "scored")
    assert scored.likely_start is not None and scored.likely_end is not None
    assert dt.datetime(2026, 4, 15) <= scored.likely_start and scored.likely_end <= dt.datetime(2026, 4, 16)


def test_what_an_event_comes_before_is_not_squeezed_into_its_last_days() -> None:
    # the resignation is somewhere in August; the criticism a week before it, the ignoring before that: none of them is
    # known to the day, so no likely interval may pin them to the last week of August
    tl = build("The chief executive resigned in August, a week after an independent report criticised the company for ignoring "
               "warnings.", reference_time="2026-10-05")
    resigned, criticised = _event(tl, "resigned"), _event(tl, "criticised")
    assert (resigned.likely_start, resigned.likely_end) == (dt.datetime(2026, 8, 1), dt.datetime(2026, 9, 1))
    assert criticised.likely_start is not None and criticised.likely_start <= dt.datetime(2026, 7, 25)


def test_an_order_the_likely_layer_took_in_does_not_squeeze_a_season_into_its_last_month() -> None:
    tl = build("Last summer, a similar heatwave caused blackouts across the south after two power stations shut down.",
               reference_time="2026-07-15")
    caused = _event(tl, "caused")
    assert (caused.likely_start, caused.likely_end) == (dt.datetime(2025, 6, 1), dt.datetime(2025, 9, 1))


def test_closing_before_an_event_known_only_within_a_century_keeps_the_day_of_what_is_known() -> None:
    from timeline.order import Bound, Constraint, Network, end_of, start_of
    from timeline.placement import close_open

    def network(b_earliest: dt.datetime) -> Network:
        return Network([
            Bound(start_of("b"), b_earliest, dt.datetime(1990, 8, 13), "b", 0),
            Constraint(end_of("a"), start_of("b"), dt.timedelta(0), None, "a before b", 0),
            Constraint(start_of("a"), end_of("a"), dt.timedelta(minutes=1), None, "a takes time", 0),
            Bound(end_of("b"), None, dt.datetime(1990, 8, 14), "b", 0),
        ])

    near = network(dt.datetime(1990, 7, 1))  # b known within weeks: a is not squeezed into b's last day
    close_open(near, ["b", "a"], dt.datetime(1990, 8, 13), before={"a": "b"})
    assert near.bounds("a").earliest_start == dt.datetime(1990, 6, 30)
    far = network(dt.datetime(1890, 8, 12))  # b may have begun any time in a century: that says nothing of a
    close_open(far, ["b", "a"], dt.datetime(1990, 8, 13), before={"a": "b"})
    assert far.bounds("a").earliest_start == dt.datetime(1990, 8, 12)


def test_a_learned_order_does_not_drag_an_undated_event_decades_back_to_a_dated_one() -> None:
    # the illness goes on with the death told before it, not with the practice opened in 1971 told after it
    tl = build("Ingrid Holm, an architect, died on Sunday at her home. Her family said she had been ill for several months. "
               "Born in 1942, Holm studied engineering and opened her own practice in 1971.", reference_time="2026-11-24")
    ill = _event(tl, "ill")
    assert ill.likely_start is not None and ill.likely_start >= dt.datetime(2026, 1, 1)


def test_an_undated_sentence_goes_on_with_the_time_told_a_few_sentences_before_it() -> None:
    from timeline.placement.learned import _against_dates

    y = lambda year: (dt.datetime(year, 1, 1), dt.datetime(year + 1, 1, 1))  # noqa: E731
    sentence_of = {"formed": 2, "added": 3}
    days = {"formed": (None, None), "added": y(1952)}
    published = (dt.datetime(1999, 3, 12), dt.datetime(1999, 3, 13))
    # "founded in 1949" two sentences back: "formed" starting before what was added in 1952 agrees with the text
    assert not _against_dates("formed", "added", sentence_of, {0: y(1949), 3: y(1952)}, days, undated=published)
    # nothing dated before it: read at publication, 47 years after 1952, the guess goes against the text
    assert _against_dates("formed", "added", sentence_of, {3: y(1952)}, days, undated=published)


def test_later_that_year_counts_from_the_story_s_time_not_from_publication() -> None:
    from timeline import tag

    doc = tag("The company cut 200 jobs in March. Later that year it closed two plants.", reference_time="2026-11-20")
    later = next(t for t in doc.timexes if t.text == "Later that year")
    # (session 30: a past clause's "later" ends with the reference day, 20 Nov 2026, not the year's end; the start is this
    # test's point)
    assert (later.value, later.earliest, later.latest) == ("2026", dt.datetime(2026, 3, 1), dt.datetime(2026, 11, 21))
    ahead = next(t for t in tag("The company cut 200 jobs in March. Later that year it will close two plants.",
                                reference_time="2026-11-20").timexes if t.text == "Later that year")
    assert (ahead.earliest, ahead.latest) == (dt.datetime(2026, 3, 1), dt.datetime(2027, 1, 1))  # ahead: the year's end
    said = tag("Later this year the company will close two plants.", reference_time="2026-11-20").timexes[0]
    assert (said.earliest, said.latest) == (dt.datetime(2026, 11, 20), dt.datetime(2027, 1, 1))  # said inside it: from now


def test_later_that_morning_after_a_time_of_that_morning_keeps_its_last_part() -> None:
    from timeline import tag

    doc = tag("A bridge collapsed at about 3 a.m. on Sunday. Rescuers pulled one passenger from the river shortly before dawn. "
              "The other three were found later that morning.", reference_time="2026-04-14")
    later = next(t for t in doc.timexes if t.text == "later that morning")
    assert (later.earliest, later.latest) == (dt.datetime(2026, 4, 12, 9), dt.datetime(2026, 4, 12, 12))
