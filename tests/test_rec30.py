"""Helper rec, session 30: what is tagged as a time expression and its extent (dotted clock times, "pre-dawn",
"late-night", "first thing Monday", a weekday after a part of day), on sentences written for the purpose."""

from __future__ import annotations

import re
import shutil
from importlib import resources
from pathlib import Path

import timeline
from timeline.model import Grain

from _timelines import check_timex

DCT = "2026-12-04"  # a Friday
EN = Path(str(resources.files("timeline.lexicon") / "en"))


def _tags(text: str, reference: str = DCT, lexicon_dir: "Path | None" = None) -> list[tuple[str, str]]:
    """(extent, value) of every time expression, in text order."""
    if lexicon_dir is None:
        found = timeline.tag(text, reference_time=reference).timexes
    else:
        found = timeline.tag(text, reference_time=reference, language="en", lexicon_dir=lexicon_dir).timexes
    return [(t.text, t.value) for t in found]


def _english_with(tmp_path: Path, section: str, key: str, value: str) -> Path:
    """A copy of the English lexicon whose ``[section] key`` list is set to ``value`` (TOML); returns its parent."""
    target = tmp_path / "en"
    shutil.copytree(EN, target)
    path = target / "lexicon.toml"
    text = path.read_text(encoding="utf-8")
    body = re.search(r"^\[" + re.escape(section) + r"\][^\n]*\n(.*?)(?=^\[)", text, re.M | re.S)
    assert body is not None, section
    new_body, n = re.compile(r"^" + re.escape(key) + r" = \[[^\]]*\]", re.M).subn(f"{key} = {value}", body.group(1))
    assert n == 1, (section, key)
    path.write_text(text[: body.start(1)] + new_body + text[body.end(1) :], encoding="utf-8")
    return tmp_path


def test_a_clock_time_written_with_a_dot() -> None:
    # rule clock_dotted: "at 10.15" with no a.m./p.m., as British papers write it (was untagged)
    assert _tags("Police raided the flat at 10.15 and arrested two men.") == [("10.15", "2026-12-04T10:15")]
    # with no a.m./p.m. and no part of the day told, the bounds cover both halves of the day (vals, s32)
    check_timex("Police raided the flat at 10.15 and arrested two men.", "10.15", DCT, "2026-12-04T10:15",
                "2026-12-04T10:15", "2026-12-04T22:16", Grain.MINUTE)
    # the day after "on" dates it, looking ahead in a future clause
    assert _tags("The minister will give a statement at 14.30 on Monday.") == [("14.30", "2026-12-07T14:30"), ("Monday", "2026-12-07")]
    # a hedge is inside the extent; a sentence-final dot is no decimal
    assert _tags("The bomb went off at about 8.20 outside a bank.") == [("8.20", "2026-12-04T08:20")]
    assert _tags("The patrol left at 5.30am and returned at 7.10.") == [("5.30am", "2026-12-04T05:30"), ("7.10", "2026-12-04T07:10")]
    # both ends of a range
    assert [x for x, _ in _tags("The clinic is open from 9.30 to 11.45 on Saturday.")] == ["9.30", "11.45", "Saturday"]


def test_a_dotted_number_that_is_an_amount() -> None:
    # before a noun, or with no word that leads a time before it, the number is a count
    assert _tags("Sales stood at 2.46 billion last year.") == [("last year", "2025")]
    assert _tags("The firm paid about 1.65 times its book value.") == []
    assert _tags("He ran the distance in 10.15, a club record.") == []
    # a sentence of amounts ([dotted_clocks] amount_words, amount_signs)
    assert _tags("Shares of the bank closed at 10.15, up 3 percent.") == []
    assert _tags("The euro traded at 1.35 against the dollar.") == []
    assert _tags("The bid was lifted to 4.20 from 3.90.") == []
    assert _tags("Tickets sold at 12.50 each, up 5%.") == []
    # the sentence runs past a decimal dot ("3.5") to its amount word
    assert _tags("Bank shares rose 3.5 and closed at 10.15.") == []
    # odds and weights
    assert _tags("The favourite was backed at 3.50 before the race.") == []
    assert _tags("He weighed in at 10.12 for the fight.") == []


def test_the_amount_words_are_data(tmp_path: Path) -> None:
    sentence = "The index stood at 10.15 on Monday."
    assert _tags(sentence) == [("Monday", "2026-11-30")]
    emptied = _english_with(tmp_path, "dotted_clocks", "amount_words", "[]")
    assert _tags(sentence, lexicon_dir=emptied) == [("10.15", "2026-11-30T10:15"), ("Monday", "2026-11-30")]


def test_pre_dawn_is_a_part_of_day() -> None:
    # an adjective before a noun (the article is the noun's), or "the pre-dawn hours" (of a day): the hours before dawn
    assert _tags("The pre-dawn attack killed four soldiers at a checkpoint.") == [("pre-dawn", "2026-12-04TMO")]
    check_timex("Officers carried out a pre-dawn raid and seized cash.", "pre-dawn", DCT, "2026-12-04TMO",
                "2026-12-04T00:00", "2026-12-04T08:00", Grain.PART_OF_DAY)
    check_timex("The shelling began in the pre-dawn hours of Sunday.", "the pre-dawn hours of Sunday", DCT, "2026-11-29TMO",
                "2026-11-29T00:00", "2026-11-29T08:00", Grain.PART_OF_DAY)
    assert _tags("The shelling began in the predawn hours.") == [("the predawn hours", "2026-12-04TMO")]
    # "dawn" alone still needs a word that makes it a time
    assert _tags("Dawn said the raid was over.") == []


def test_a_hyphenated_part_of_day_before_a_noun() -> None:
    # the article belongs to the noun, not to the adjective (was "The early-morning")
    assert _tags("The early-morning raid killed four.") == [("early-morning", "2026-12-04TMO")]
    assert _tags("The late-afternoon vote was delayed.") == [("late-afternoon", "2026-12-04TAF")]
    # as a noun it keeps its article
    assert _tags("By the mid-afternoon, the crowd had gone.") == [("the mid-afternoon", "2026-12-04TAF")]
    assert _tags("Talks ended in the late afternoon.") == [("the late afternoon", "2026-12-04TAF")]


def test_late_night() -> None:
    check_timex("Negotiators are holding late-night talks to avert the strike.", "late-night", DCT, "2026-12-04TNI",
                "2026-12-04T22:00", "2026-12-05T04:00", Grain.PART_OF_DAY)
    # before "session" too, as "mid-morning trading" (a time of day), but not before a word of a genre of programme
    # (the day after its noun's phrase dates it: Wednesday's late night)
    assert _tags("A late-night session of parliament passed the bill on Wednesday.") == [("late-night", "2026-12-02TNI"), ("Wednesday", "2026-12-02")]
    assert _tags("The late-night host joked about the scandal.") == []
    assert _tags("He spoke on state radio's morning talk show.") == []
    # "late night" unhyphenated after a day stays the day's late night (rule day_pod)
    assert _tags("The vote came late on Tuesday night.") == [("late on Tuesday night", "2026-12-01TNI")]


def test_first_thing_before_a_day() -> None:
    check_timex("The union leaders met first thing Monday and agreed to a deal.", "first thing Monday", DCT, "2026-11-30TMO",
                "2026-11-30T06:00", "2026-11-30T10:00", Grain.PART_OF_DAY)
    check_timex("Lawyers will file the papers first thing tomorrow.", "first thing tomorrow", DCT, "2026-12-05TMO",
                "2026-12-05T06:00", "2026-12-05T10:00", Grain.PART_OF_DAY)
    # with "on" between: two expressions (prepositions stay outside), the part dated by the day
    assert _tags("Lawyers will file the papers first thing on Monday.") == [("first thing", "2026-12-07TMO"), ("Monday", "2026-12-07")]
    # no day after it: the first thing of a list, no time
    assert _tags("The first thing voters want is lower prices.") == []
    assert _tags("The first thing Monday's meeting did was elect a chair.") == [("Monday", "2026-11-30")]


def test_a_weekday_after_a_part_of_day() -> None:
    # one expression, as "mid-afternoon yesterday" (was the part of day and the weekday apart)
    check_timex("Talks will resume mid-afternoon Saturday after a break.", "mid-afternoon Saturday", DCT, "2026-12-05TAF",
                "2026-12-05T14:00", "2026-12-05T16:00", Grain.PART_OF_DAY)
    assert _tags("Talks resumed mid-afternoon Saturday.") == [("mid-afternoon Saturday", "2026-11-28TAF")]
    # not before the weekday's own part of day, nor before its possessive
    assert [x for x, _ in _tags("They met in the evening Friday's vote was announced.")] == ["the evening", "Friday"]


def test_an_attributive_part_of_day_takes_the_day_after_its_noun() -> None:
    # "a pre-dawn raid on Tuesday": the day dates the raid, and so its part of day (was the publication day's)
    check_timex("Officers carried out a pre-dawn raid on Tuesday and seized cash.", "pre-dawn", DCT, "2026-12-01TMO",
                "2026-12-01T00:00", "2026-12-01T08:00", Grain.PART_OF_DAY)
    # ... past one short phrase after the noun
    assert _tags("Detectives made an early-morning arrest in the suburbs on Thursday.")[0] == ("early-morning", "2026-12-03TMO")
    # not past a clause ("which closed on Monday" dates the mill)
    assert _tags("A pre-dawn fire at the mill, which closed on Monday, killed two.")[0] == ("pre-dawn", "2026-12-04TMO")


def test_more_parts_of_day() -> None:
    # sundown (as sunset), first light (as dawn), last light (as dusk), the crack of dawn, teatime, the wee small hours
    check_timex("Troops will move in at first light on Saturday.", "first light", DCT, "2026-12-05TMO",
                "2026-12-05T04:00", "2026-12-05T08:00", Grain.PART_OF_DAY)
    assert _tags("The ceremony began at sundown.") == [("sundown", "2026-12-04TEV")]
    assert _tags("The shooting stopped at last light.") == [("last light", "2026-12-04TEV")]
    assert _tags("The fishermen set out at the crack of dawn.") == [("the crack of dawn", "2026-12-04TMO")]
    assert _tags("Fans began queueing at teatime.") == [("teatime", "2026-12-04TAF")]
    assert _tags("The blast came in the wee small hours.") == [("the wee small hours", "2026-12-04TMO")]
    # signalled only: "first light" before a noun, a capitalised name
    assert _tags("The first light rail line opened in 2019.") == [("2019", "2019")]
    assert _tags("The Sundown festival opens on Friday.") == [("Friday", "2026-12-04")]
    assert _tags("The cafe serves a teatime menu.") == []


def test_into_the_night() -> None:
    # "into" makes "the night" a time (lexicon [vetoes] part_of_day_after); not "the night sky"
    check_timex("Negotiators worked late into the night to close the gap.", "the night", DCT, "2026-12-03TNI",
                "2026-12-03T19:00", "2026-12-04T06:00", Grain.PART_OF_DAY)
    assert _tags("The rocket disappeared into the night sky.") == []


def test_the_other_day() -> None:
    check_timex("I saw him the other day at the market.", "the other day", DCT, "PAST_REF", "2026-11-20T00:00", "2026-12-05T00:00", Grain.UNKNOWN)
    assert _tags("The bins are emptied every other day.") == [("every other day", "P2D")]


def test_a_dotted_clock_time_before_its_part_of_day() -> None:
    # one expression, as "3:15 in the morning"; not in a sentence of amounts
    assert _tags("The alarm went off at 4.30 in the morning.") == [("4.30 in the morning", "2026-12-04T04:30")]
    assert _tags("The index fell 2.15 in the afternoon.") == [("the afternoon", "2026-12-04TAF")]


def test_twelve_noon_and_military_hours() -> None:
    # "12 noon", "12 midnight tonight": the "12" is part of the expression (was "noon")
    assert _tags("The polls close at 12 noon on Friday.") == [("12 noon", "2026-12-04T12:00"), ("Friday", "2026-12-04")]
    assert _tags("The deadline is 12 midnight tonight.") == [("12 midnight tonight", "2026-12-04T24:00")]
    # "at 1800 hours": a clock time (was a length of 1800 hours); after no word that leads a time it stays a length
    check_timex("The rally started at 1800 hours in the main square.", "1800 hours", DCT, "2026-12-04T18:00",
                "2026-12-04T18:00", "2026-12-04T18:01", Grain.MINUTE)
    assert _tags("He was sentenced to 1200 hours of community service.") == [("1200 hours", "PT1200H")]
