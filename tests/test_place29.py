"""Session 29, helper place: events placed on the right day in news (sentences written for these tests)."""
from __future__ import annotations

import datetime as dt

from timeline import build
from timeline.anchoring import agent_takeups


def _event(tl, word):  # type: ignore[no-untyped-def]
    return next(e for e in tl.events if e.text == word)


def _inside(ev, first: dt.datetime, last: dt.datetime) -> bool:  # type: ignore[no-untyped-def]
    return ev.likely_start is not None and ev.likely_end is not None and first <= ev.likely_start and ev.likely_end <= last


def test_what_an_undated_report_says_after_a_flashback_day_does_not_continue_that_day() -> None:
    # published Friday 16 Oct 2026: the strike ended on Thursday; the first walkout was months back
    tl = build("Refuse collectors in Dorran ended their strike on Thursday after the council raised its pay offer. "
               "The collectors first walked out on April 7, when the council froze wages. "
               "Union officials said the offer was accepted by most members.", reference_time="2026-10-16")
    accepted = _event(tl, "accepted")  # not the walkout's day
    assert accepted.likely_start is not None and accepted.likely_start >= dt.datetime(2026, 4, 8)
    walked = _event(tl, "walked")
    assert _inside(walked, dt.datetime(2026, 4, 7), dt.datetime(2026, 4, 8))


def test_a_happening_told_in_a_new_paragraph_after_a_flashback_day_does_not_continue_it() -> None:
    tl = build("The museum in Calder reopened its east wing on Tuesday.\n\n"
               "A burst pipe flooded the wing on February 11. Staff moved the paintings to a store.\n\n"
               "Dozens of visitors queued outside in the rain.", reference_time="2026-10-15")
    moved = _event(tl, "moved")  # same paragraph: goes on with the flashback's day
    assert _inside(moved, dt.datetime(2026, 2, 11), dt.datetime(2026, 2, 12))
    queued = _event(tl, "queued")  # the paragraph's end brings the story back to its day
    assert _inside(queued, dt.datetime(2026, 10, 13), dt.datetime(2026, 10, 14))


def test_an_act_noun_names_the_happening_its_agent_told() -> None:
    text = ("Safety inspectors visited the Harlow bus depot on September 8 and found faulty brakes on six buses. "
            "The depot's manager resigned four days before the inspection.")
    tl = build(text, reference_time="2026-09-24")
    resigned = _event(tl, "resigned")
    assert _inside(resigned, dt.datetime(2026, 9, 4), dt.datetime(2026, 9, 5))
    inspection = _event(tl, "inspection")
    assert _inside(inspection, dt.datetime(2026, 9, 8), dt.datetime(2026, 9, 9))
    assert inspection.earliest_start is None  # a likely reading only: no certain bound


class _Mention:
    """The fields :func:`agent_takeups` reads, for a word of a text."""

    def __init__(self, text: str, word: str, pos: str) -> None:
        self.eid, self.text, self.pos = word, word, pos
        self.start = text.index(word)
        self.sentence_start = text.rfind(". ", 0, self.start) + 2 if ". " in text[: self.start] else 0


def _takeups(text: str) -> dict[str, str]:
    return agent_takeups(text, [_Mention(text, "marched", "VERB"), _Mention(text, "protest", "NOUN")])


def test_agent_takeups_needs_an_agent_noun_and_a_definite_act_noun() -> None:
    assert _takeups("Protesters marched through Kelby on Saturday. Police praised the protest.") == {"protest": "marched"}
    assert _takeups("Protesters marched through Kelby on Saturday. Police praised a protest.") == {}
    assert _takeups("Crowds marched through Kelby on Saturday. Police praised the protest.") == {}


def test_a_signal_word_after_an_article_modifies_the_occasion_noun() -> None:
    tl = build("The builder admitted the charge at an earlier hearing in May. He was fined on Tuesday.", reference_time="2026-09-24")
    admitted = _event(tl, "admitted")
    assert "hearing" in [next(e.text for e in tl.events if e.eid == a.target) for a in admitted.anchors if a.target.startswith("e")]
    assert _inside(admitted, dt.datetime(2026, 5, 1), dt.datetime(2026, 6, 1))



def test_an_aspectual_that_carries_on_a_happening_ends_when_until_says() -> None:
    tl = build("Ruth Okafor joined the city orchestra in 1990. She continued to play the cello until 2018.", reference_time="2026-09-24")
    continued = _event(tl, "continued")
    assert continued.latest_end == dt.datetime(2019, 1, 1)  # the continuing ended with the playing, by the end of 2018
    assert continued.likely_start is not None and continued.likely_start < dt.datetime(2018, 1, 1)  # not closed to 2018 alone


def test_the_reason_a_punishment_names_is_not_put_on_the_punishment_s_day() -> None:
    tl = build("A landlord in Harwick was fined on Tuesday for renting out unsafe flats.", reference_time="2026-09-24")
    renting = _event(tl, "renting")
    assert renting.latest_end is not None and renting.latest_end <= dt.datetime(2026, 9, 23)  # certain: before the fine
    # how long before, the words do not say: no day invented, only an honest range ending before the fine and
    # reaching back up to a year (the thirty-seventh session's convention for a punishment's reason)
    if renting.likely_start is not None:
        assert renting.likely_end is not None and renting.likely_end <= dt.datetime(2026, 9, 23)
        assert renting.likely_end - renting.likely_start >= dt.timedelta(days=300)
    tl = build("A man in Harwick was arrested on Tuesday for looting a shop.", reference_time="2026-09-24")
    looting = _event(tl, "looting")  # an arrest most likely soon follows its reason: that one keeps a likely day
    assert looting.likely_start is not None and looting.likely_start >= dt.datetime(2026, 9, 21)
    tl = build("A lifeguard in Harwick was praised on Tuesday for rescuing two swimmers.", reference_time="2026-09-24")
    rescuing = _event(tl, "rescuing")  # praise most likely follows soon: no punishment's long reach
    assert rescuing.likely_start is not None


def test_an_end_verb_before_a_preposition_ends_its_subject_not_the_noun_after() -> None:
    tl = build("Ceasefire talks were held in Geneva in March. The talks ended without a deal.", reference_time="2026-10-15")
    ended, deal = _event(tl, "ended"), _event(tl, "deal")
    assert ended.eid not in [a.target for a in deal.anchors]  # "without a deal": the deal is no object the ending ends
    assert _inside(ended, dt.datetime(2026, 3, 1), dt.datetime(2026, 4, 1))  # it ends the talks, held in March


def test_an_end_verb_joined_by_and_ends_the_subject_of_the_verb_before() -> None:
    tl = build("A public inquiry was held in Dorran in 2025. The inquiry lasted six weeks and ended "
               "without any finding of blame.", reference_time="2026-10-15")
    ended = _event(tl, "ended")
    inquiry = [e for e in tl.events if e.text == "inquiry"][-1]
    assert (ended.eid, "ended_by") in [(a.target, str(a.relation.value if hasattr(a.relation, "value") else a.relation)) for a in inquiry.anchors]
    assert _inside(ended, dt.datetime(2025, 1, 1), dt.datetime(2026, 1, 1))
