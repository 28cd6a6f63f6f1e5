"""Session 33's speed work on the tense reader: its quick tests give the answers of the tests they stand before.

- phrase_groups / _may_hold_grouped (phrases grouped by first word, implied phrases left out) answer as _may_hold_phrase;
- the early exits of _with_auxiliary and of _tense_evidence's clause loop (a word with no cue and none of the words the
  tests read) keep the tense a head word, an open modal or an infinitive gives the clause.
"""

from __future__ import annotations

import random
import re

import pytest

from timeline.resolve.tense import tense_evidence
from timeline.resolve.tense_cues import _may_hold_grouped, _may_hold_phrase, phrase_groups, tense_words
from timeline.resolve.tense_signals import _future_signal_words
from timeline.text import segment

# texts written for this test: words of the phrases, pieces of them, other cases and curly apostrophes
_TEXT = (
    "Shoppers were braced for long queues ahead of the holiday, and retailers warned about thin margins. "
    "The outlook for next year is brighter than expected, as analysts are looking forward to lower prices. "
    "Forecasters issued an ALERT for gales; the risk of flooding rose in the run-up to Friday’s high tide. "
    "He said it was next door to the bank, as fast as ever, and preparing for the worst didn’t help. "
    "In advance of the vote, the likelihood of a recount was low and hopes for a deal faded before Sunday."
)


def _phrase_sets() -> list[tuple[tuple[str, ...], ...]]:
    """The lexicon's phrase sets and a few made to test the grouping: duplicates, pieces of words, an empty phrase."""
    cues = tense_words("en")
    made = (("as", "as"), ("as", "as"), ("brace", "for"), ("braced", "for"), ("for",), ("prepar", "worst"), ("alert", "gales"), ("didn't", "help"))
    return [cues.not_cues, cues.preceding, cues.forewarning, made, made + ((),), (("zzz",), ("qq", "for")), (("didn't", "help"),)]


@pytest.mark.parametrize("phrases", _phrase_sets())
def test_grouped_test_answers_as_the_phrase_test(phrases: tuple[tuple[str, ...], ...]) -> None:
    groups = phrase_groups(phrases)
    rng = random.Random(33)
    for _ in range(3000):
        a = rng.randrange(len(_TEXT))
        b = min(len(_TEXT), a + rng.choice((5, 12, 20, 30, 40, 60, 100)))
        curly = rng.random() < 0.5
        assert _may_hold_grouped(_TEXT, a, b, groups, curly) == _may_hold_phrase(_TEXT, a, b, phrases, curly), (_TEXT[a:b], curly)


def test_future_signals_grouped_still_found() -> None:
    groups = _future_signal_words("en")
    text = "Traders squared positions ahead of the weekend."
    assert _may_hold_grouped(text, 0, text.index("the weekend"), groups)
    assert not _may_hold_grouped(text, 0, text.index("positions"), groups)  # "Traders squared": no signal's words


# (sentence, the time in it, the clause's tense a reader gives it, as the reader's notes in tense.py say)
_CLAUSES = [
    ("The union plans to strike on Monday.", "Monday", "future"),  # an infinitive after an intent
    ("Talks could resume on Tuesday.", "Tuesday", "future"),  # an open modal
    ("The ship should arrive on Sunday.", "Sunday", "future"),
    ("The hearing is due on Friday.", "Friday", "future"),  # a scheduling word after a present "be"
    ("A final decision is expected by March.", "March", "future"),
    ("The company has a board meeting on Thursday.", "Thursday", "present"),  # "has" before a noun: the verb, a present
    ("He was to appear in court on Monday.", "Monday", "present"),  # "was to": either side of now
    ("The trial had been set for June.", "June", "present"),  # a past appointment: either side of now
    ("The minister, who plans a visit on Sunday, spoke.", "Sunday", "future"),
    ("Lawmakers who voted on Tuesday could reconvene.", "Tuesday", "past"),
    ("The council has been told that a vote could come in May.", "May", "future"),
    ("The firm said a new chief would be named in January.", "January", "future"),
    ("Council to vote on budget Tuesday.", "Tuesday", "future"),  # a headline's infinitive, no verb of its own: ahead
    ("Bridge to reopen in May, council says.", "May", "future"),
    ("Parcels posted by Dec. 20 are sure to arrive.", "Dec. 20", "present"),  # a participle of the subject: either side of now
    ("Troops sent on Monday will stay.", "Monday", "present"),
]


@pytest.mark.parametrize("sentence,time,tense", _CLAUSES)
def test_clause_tense_kept(sentence: str, time: str, tense: str) -> None:
    start = sentence.index(time)
    assert tense_evidence(segment(sentence), start, start + len(time))[0] == tense


class _Every:
    """A set holding every word: with it as a quick test's word set, the quick test never answers and the full tests run."""

    def __contains__(self, word: object) -> bool:
        return True


# sentences written for this test, of many clause shapes; every word of them is read as a time below
_STORIES = (
    "The council could not be reached on Sunday, but officials had expected in January to hire 200 staff. "
    "Rain is forecast for much of the weekend, and the club has sold 40,000 tickets for Saturday. "
    "Analysts expect the first cut in June; the bank will hold rates on Nov. 6 and cut in the spring. "
    "Investors were braced for losses after the firm said it planned a rally for Saturday and would keep its flights suspended until Oct. 31. "
    "The road has been closed until Friday, and the vote has been scheduled for Monday, aides told reporters who asked. "
    "Chicago visits Miami on Sunday while the leaders meet Monday to discuss plans for the merger. "
    "Polls are open from 7 a.m. to 8 p.m. on Sunday, and the curfew runs from 10 p.m. on Saturday. "
    "He was due to appear in court, where the case is heard in May, but he had hoped to be done by May. "
    "She said that, on Sunday, militants struck the town, which was originally scheduled to vote on June 15. "
    "Prices must be paid by Friday; the firm had forecast in March that output would recover and is set to report. "
    "Their next match is against the leaders on Saturday, and more rain is likely over the weekend. "
    "The team has a game on Saturday and will have a final gallop on Friday after it started to drop in May. "
    "Shares could soar in the weeks before the vote on Friday, and bonds should rally in the days after the meeting on Monday. "
    "They 've booked a room for Saturday; the firm is planning a sale on Friday and was planning a rally for Sunday. "
    "The minister told a news conference on Tuesday that prices would fall, and the mayor announced the plan at a ceremony in May. "
    "Entries for the race on Sunday must arrive early, and the vote on Sunday is expected to be close. "
    "The firm agreed to sell the plant to a rival in May, and unions hope to win the vote of the members on Friday."
)


def test_early_exits_answer_as_the_full_tests() -> None:
    """Every word of the stories read as a time: the tense with the early exits equals the tense with them never taken."""
    doc = segment(_STORIES)
    spans = [(m.start(), m.end()) for m in re.finditer(r"[A-Za-z][\w.]*", _STORIES)]
    cues = tense_words("en")
    fast = [tense_evidence(doc, a, b) for a, b in spans]
    kept = {name: getattr(cues, name) for name in ("auxiliary_heads", "loop_words", "loop_cased")}
    try:
        for name in kept:
            object.__setattr__(cues, name, _Every())  # (the frozen cue tables, changed for this test only)
        full = [tense_evidence(doc, a, b) for a, b in spans]
    finally:
        for name, words in kept.items():
            object.__setattr__(cues, name, words)
    assert fast == full
    assert len({t for t, _ in full}) == 4  # past, present, future and None all read somewhere


# sentences written for the prechecks of after_until, said_on, for_fixture, for_weekday and time_limit
_SIGNALS = (
    "The exhibit runs through Sunday and the road is closed until late Friday. Congress has until March 27, and sailings have "
    "been suspended until at least Friday. Officials said on Tuesday that the club has sold 40,000 tickets for Saturday, "
    "and the coach named his side for Saturday's match. The firm told investors Monday it would decide within two weeks, "
    "not within minutes of the vote. Jones is doubtful for Sunday; fans queued for the Sunday market. Prices rose 5% to "
    "448.80 to Friday, a spokesman confirmed Wednesday. It said: 'Talks continue till Thursday,' and reported within days. The coach picked his side for the Saturday match."
)


def test_prechecks_answer_as_the_full_tests(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every word of the text read as a time: each helper answers the same with its quick test and with it always passing."""
    from timeline.resolve import tense_reports, tense_signals

    doc = segment(_SIGNALS)
    spans = [(m.start(), m.end()) for m in re.finditer(r"[A-Za-z0-9][\w.]*", _SIGNALS)]

    def answers() -> list[tuple[bool, ...]]:
        return [(tense_reports.after_until(doc, a), tense_reports.after_until(doc, a, held=True), tense_reports.said_on(doc, a),
                 tense_reports.for_fixture(doc.text, a, b), tense_signals.for_weekday(doc, a, b), tense_reports.time_limit(doc, a, b)) for a, b in spans]

    fast = answers()
    for module in (tense_reports, tense_signals):  # (where the helpers look it up)
        monkeypatch.setattr(module, "_may_hold", lambda text, start, end, words: True)
    assert fast == answers()
    assert all(any(row[k] for row in fast) for k in range(6))  # each helper says yes somewhere
