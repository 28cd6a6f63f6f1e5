"""Session 43 (helper vals): conventions measured on TBAQ and news values of the s43 value sets (sentences written for
this project)."""

from __future__ import annotations

import timeline


def _tags(sentence: str, dct: str = "2026-03-04") -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in timeline.tag(sentence, dct).timexes]


def test_now_opening_a_sentence_before_a_comma_is_a_discourse_marker() -> None:
    """ "Now, he says, ...": no time (lexicon [vetoes] discourse_openers; TBAQ leaves "Now," untagged in both halves);
    "Now the plan is clear", "For now, ...", "until now," and "now" inside a clause stay times."""
    assert _tags("Now, he says, the plan looks weak.") == []
    assert _tags("The bridge reopened. Now, the ferry has few riders.") == []
    assert _tags('"Now, we wait for the court," the mayor said.') == []
    assert _tags("Now the plan is clear.") == [("Now", "PRESENT_REF")]
    assert _tags("For now, the road stays shut.") == [("now", "PRESENT_REF")]
    assert _tags("Until now, nobody had asked the tenants.") == [("now", "PRESENT_REF")]
    assert _tags("The road is shut for now, the council said.") == [("now", "PRESENT_REF")]
    assert _tags("The firm now, after the sale, owns two mills.") == [("now", "PRESENT_REF")]


def test_a_season_that_is_also_a_verb_is_a_season_after_a_weather_word() -> None:
    """ "after a wet spring", "the mild fall": the season (lexicon [vetoes] season_weather after season_weather_determiners),
    bounded as the season; "a sharp fall in prices", "a hot spring", "prices fall" stay no time."""
    tl = timeline.tag("Yields fell after a wet spring.", "2027-08-18")
    assert [(t.text, t.value, t.earliest.date().isoformat(), t.latest.date().isoformat()) for t in tl.timexes] == [
        ("spring", "2027-SP", "2027-03-01", "2027-06-01")]
    assert _tags("The orchards will need rain after a dry fall.", "2027-12-01") == [("fall", "2027-FA")]
    assert _tags("Growers hope the wet spring is over.", "2027-05-20") == [("spring", "2027-SP")]
    assert _tags("Shares suffered a sharp fall in prices.") == []
    assert _tags("The hikers bathed in a hot spring.") == []
    assert _tags("Prices fall in a cold market.") == []
    assert _tags("Wheat prices may fall after a wet harvest.") == []


def test_a_past_clock_time_held_by_a_late_part_of_the_day_before_is_that_day() -> None:
    """ "... late on Saturday, and engineers found cracks the following morning. The crash happened shortly before 11 p.m.":
    Saturday 22:30-23:00 (a time shorter than a day told for the day before holds it; the story's morning does not);
    "By 9 p.m. ..." carries the story on, a whole "Saturday" holds no such time, and a clock inside the morning stays there."""
    story = "A lorry struck the bridge late on Saturday, and engineers found cracks in two beams the following morning. "
    tl = timeline.tag(story + "Police said the crash happened shortly before 11 p.m.", "2027-10-26")
    last = tl.timexes[-1]
    assert (last.value, last.earliest.isoformat(), last.latest.isoformat()) == ("2027-10-23T23:00", "2027-10-23T22:30:00", "2027-10-23T23:00:00")
    assert _tags(story + "By 9 p.m. the road had been shut.", "2027-10-26")[-1] == ("9 p.m.", "2027-10-24T21:00")
    assert _tags(story + "They finished at 10 a.m.", "2027-10-26")[-1] == ("10 a.m.", "2027-10-24T10:00")
    assert _tags(story.replace("late on Saturday", "on Saturday") + "The crash happened at 10 p.m.", "2027-10-26")[-1] == ("10 p.m.", "2027-10-24T22:00")


def test_today_before_a_noun_of_the_age_is_the_present_age_not_the_day() -> None:
    """ "today's youth", "in today's world", "today's personal computers": no day (lexicon [vetoes] era_days, era_nouns;
    TBAQ leaves them untagged in both halves); "today's editions", "Today's vote" stay the publication day."""
    assert _tags("Jobs are scarce for today's youth.") == []
    assert _tags("In today\u2019s world, news travels fast.") == []
    assert _tags("Many of today's personal computers use the chip.") == []
    assert _tags("The offer ran in today's editions of the paper.") == [("today", "2026-03-04")]
    assert _tags("Today's vote was close.") == [("Today", "2026-03-04")]
    assert _tags("The youth council meets today.") == [("today", "2026-03-04")]


def test_a_clock_time_in_the_sentence_of_the_story_part_stays_on_its_day() -> None:
    """ "... at first light, and tugs pulled it clear shortly after 7 p.m.": the sentence told the story's morning, so the
    clock time goes on from it (Monday), though "late on Sunday" would hold Sunday's 7 p.m."""
    text = ("A ferry ran aground late on Sunday. Passengers were taken off in the early hours of Monday. "
            "Divers inspected the hull at first light, and tugs pulled it clear shortly after 7 p.m.")
    assert _tags(text, "2026-10-14")[-1] == ("shortly after 7 p.m.", "2026-10-12T19:00")


def test_an_overnight_into_the_story_day_holds_no_clock_time_of_the_day_before() -> None:
    """ "... engineers had made overnight. Shops turned away cards on Sunday afternoon. Service was restored at 9 p.m.":
    Sunday's 9 p.m. (the night runs into Sunday: it does not take the clock back to Saturday)."""
    text = ("The fault began shortly after 6 a.m. on Sunday. It was caused by a change engineers had made overnight. "
            "Shops turned away card payments on Sunday afternoon. Service was restored at 9 p.m.")
    assert _tags(text, "2026-05-19")[-1] == ("9 p.m.", "2026-05-17T21:00")
