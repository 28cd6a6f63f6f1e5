"""Text that arrives already tokenised (NLP pipelines split off commas, clitics, parentheses,
quotes and sometimes hyphens) tags as the same sentence written plainly: the same expressions,
extents that differ only by the inserted spaces, the same values.  Sentences written for this
project."""

from __future__ import annotations

import pytest

import timeline

REFERENCE = "2026-03-11"  # a Wednesday

PAIRS = [
    # possessive 's split off: the year's quarter, the year's end, a holiday with 's
    ("Net sales for this year's third quarter fell 4%.", "Net sales for this year 's third quarter fell 4 % ."),
    ("Revenue in last year's quarter was flat.", "Revenue in last year 's quarter was flat ."),
    ("The board expects growth in next year's first half.", "The board expects growth in next year 's first half ."),
    ("New rules will be in place by year's end.", "New rules will be in place by year 's end ."),
    ("The shops stayed shut on New Year's Day.", "The shops stayed shut on New Year 's Day ."),
    # a range of years and a pair of days written with a spaced hyphen, the pair's year after a spaced comma
    ("The firm lost money in 2023-24 and cut jobs.", "The firm lost money in 2023 - 24 and cut jobs ."),
    ("The summit is set for Nov. 3-4, 2026.", "The summit is set for Nov. 3 - 4 , 2026 ."),
    # a conversion in parentheses after a local time is no expression of its own
    ("The blast came at 4:25 p.m. (1325 GMT) on Monday.", "The blast came at 4:25 p.m. ( 1325 GMT ) on Monday ."),
    # a programme's title in quotes is a name, not a week
    ('The minister spoke on the "This Week" programme.', "The minister spoke on the `` This Week '' programme ."),
    # an 's split off is still a possessive, no "is" that would put the clause in the present
    ("The offer is 24% above Thursday's closing price.", "The offer is 24 % above Thursday 's closing price ."),
    ("Turnover hit 80 million, up from 70 million Thursday and the month's quietest session.",
     "Turnover hit 80 million , up from 70 million Thursday and the month 's quietest session ."),
    # hyphens split off as well ("third - quarter", "mid - 1990s", "year - earlier")
    ("Third-quarter profit rose, the bank said, after a mid-1990s slump.", "Third - quarter profit rose , the bank said , after a mid - 1990s slump ."),
    ("Profit fell from the year-ago quarter, the firm said, and a two-week strike hurt.",
     "Profit fell from the year - ago quarter , the firm said , and a two - week strike hurt ."),
]


def _tagged(text: str) -> list[tuple[str, str]]:
    return [(" ".join(t.text.replace(" '", "'").replace(" ,", ",").replace(" - ", "-").split()), t.value)
            for t in timeline.tag(text, reference_time=REFERENCE).timexes]


@pytest.mark.parametrize("plain,tokenised", PAIRS, ids=[p for p, _ in PAIRS])
def test_tokenised_text_tags_as_the_plain_text(plain: str, tokenised: str) -> None:
    assert _tagged(tokenised) == _tagged(plain)


def test_tokenised_possessives_keep_the_year_with_its_quarter() -> None:
    """Not two expressions ("this year", "third quarter"), one: the quarter of that year."""
    doc = timeline.tag("Net sales for this year 's third quarter fell 4 % .", reference_time=REFERENCE)
    assert [(t.text, t.value) for t in doc.timexes] == [("this year 's third quarter", "2026-Q3")]


def test_tokenised_short_year_after_a_range_is_a_year() -> None:
    doc = timeline.tag("The firm lost money in 2023 - 24 and cut jobs .", reference_time=REFERENCE)
    assert [(t.text, t.value) for t in doc.timexes] == [("2023", "2023"), ("24", "2024")]


def test_tokenised_day_pair_takes_the_year_written_after_it() -> None:
    doc = timeline.tag("The summit is set for Nov. 3 - 4 , 2026 .", reference_time=REFERENCE)
    assert [t.value for t in doc.timexes] == ["2026-11-03", "2026-11-04"]


def test_a_spaced_hyphen_in_plain_text_is_a_dash() -> None:
    """Only text that reads as tokenised has its spaced hyphens joined: in plain wire copy " - " is a
    dash, and the length after it is an expression of its own."""
    doc = timeline.tag("The talks collapsed on Monday - 10 days later, the envoy left.", reference_time=REFERENCE)
    assert [t.text for t in doc.timexes] == ["Monday", "10 days"]


def test_tokenised_hyphen_extents_cover_the_written_words() -> None:
    doc = timeline.tag("Third - quarter profit rose , the bank said .", reference_time=REFERENCE)
    assert [(t.text, t.start, t.end) for t in doc.timexes] == [("Third - quarter", 0, 15)]
