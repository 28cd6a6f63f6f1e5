"""(s56) The words right before a time read once: which of :func:`.picking.direction`'s signal tests may hold there.

Each signal test opens with a quick test of its own: whether one of its trigger words (lexicon data it reads anyway: "for",
"until", "since", ...) is a piece of a window of characters before the time (``_may_hold``: a plain substring test,
any case), else it answers no.  Asked one by one, some fifteen such tests run for every time in a past clause, nearly all
saying no.  Here the 80 characters before the time are read once, with one automaton of every test's trigger words, and
each test's quick test is answered from the words found and where they start (a :class:`Gate` per test: its words, its
window's reach, whether that window stops at the sentence's start).  A gate closed means the test's quick test says no,
so the caller need not ask it; a gate open means only that the test must be asked.  The answers are the same as asking
every test (each gate is the same substring test over the same window, or a wider one that holds it).
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

import attrs

from .tense_cues import tense_words
from .tense_signals import _future_signal_words
from .tense_verbs import _CLOCK_LEAD_REACH

if TYPE_CHECKING:
    from ..text import Doc
    from .anchors import Context

__all__ = ["Gate", "LEAD_REACH", "gates", "lead_gates", "open_gates"]

LEAD_REACH = 80  # characters before a time read once for every gate (a gate whose window reaches further back is left open)

# the gates, one bit each (a test's name; the window as the test reads it)
PAST_SIGNAL = 1 << 0  # after_past_signal: ``past_signals`` within 40 characters
PAST_PHRASE = 1 << 1  # after_past_phrase: ``past_signals`` within 60, in the sentence
KNOWN_COMPARISON = 1 << 2  # after_known_comparison: ``known_comparison`` within 60
KNOWN_MEASURE = 1 << 3  # after_known_measure: ``known_measures`` within 80
COMPARED_AMOUNT = 1 << 4  # after_compared_amount: ``compared_from`` within 60
FUTURE_SIGNAL = 1 << 5  # before_future_signal: every word of one future signal within 40
PRECEDING = 1 << 6  # before_preceding_signal: every word of one ``preceding`` phrase within 30
PAST_CLAUSE = 1 << 7  # opens_past_clause: ``past_signals`` within 120, in the sentence
ABSOLUTE = 1 << 8  # absolute_phrase: a comma and one of ``phrase_openers`` between the sentence's start and the time
DIRECTIVE = 1 << 9  # after_directive (and directive_in_force): ``directive`` within 80, in the sentence
APPOINTMENT = 1 << 10  # after_appointment: ``date_nouns`` within 20, or ``appointment`` within 60
DECREED = 1 << 11  # after_decreed_start: ``decreeing`` within 80, in the sentence
FOREWARNING = 1 << 12  # after_forewarning: every word of one ``forewarning`` phrase within 80, in the sentence
FOR_WEEKDAY = 1 << 13  # for_weekday: ``appointment`` within 12
PERFECT = 1 << 14  # perfect_in_clause: ``perfect`` within 80, in the sentence
FIXTURE_FOR = 1 << 15  # fixture_for, before the time: ``appointment`` within 40 (its words before, and for_fixture's 36), or
# every word of one ``fixture_sales`` phrase within 24 (the sale after the time is asked apart: see picking), or one of
# ``ticket_nouns`` within 16 (s64)
HELD_DEADLINE = 1 << 16  # held_deadline: ``until`` within 48 of the time or of a clock time before it (30 more), in the sentence
UNTIL = 1 << 17  # after_until (until_to_act): ``until`` within 48, in the sentence
SUMMONS = 1 << 18  # after_summons: ``summoning`` within 80, in the sentence
DEFERRING = 1 << 19  # until_signal: ``deferring`` within 120, in the sentence
UNTIL_FIXTURE = 1 << 20  # until_fixture: ``until`` within 40 (the words before a fixture's noun)
CALLED_OFF = 1 << 21  # fixture_called_off: ``appointing`` within 40 (the word before the time)
ALL = (1 << 22) - 1

_SENTENCE = -1  # a reach back to the sentence's start


@attrs.frozen
class Gate:
    """One test's quick test: one of ``words`` (or every word of one of ``phrases``) a piece of the window of ``reach``
    characters before the time (``_SENTENCE``: from the sentence's start), that window stopping at the sentence's start
    when ``clipped``."""

    bit: int
    reach: int
    clipped: bool
    words: frozenset[str] = frozenset()
    phrases: tuple[tuple[str, ...], ...] = ()


def gates(language: str) -> tuple[Gate, ...]:
    """The gates of ``language``'s signal tests (built from the lexicon data the tests read)."""
    return _gate_table(language).gates


_Phrase = tuple[int, int, bool, tuple[str, ...]]  # a phrase a word triggers: its gate's bit, reach and clipping, its other words


@attrs.frozen
class _Table:
    """The gates of a language made ready for :func:`open_gates`: an automaton of their trigger words (one word of each
    phrase: its longest, the others looked for only when it is found), each found as its index in ``words``: the word's
    length, the bits it opens at each distance before the time (windows not stopping at the sentence's start; those that
    do, opened only by a word inside the sentence) and the phrases it triggers; the gates whose window may reach further
    back than :data:`LEAD_REACH` (bit, reach, clipped: open when it does); the bits of gates always open (a word no
    substring test can be answered for here)."""

    gates: tuple[Gate, ...]
    automaton: object
    words: tuple[tuple[int, tuple[int, ...], tuple[int, ...], tuple[_Phrase, ...]], ...]
    far: tuple[tuple[int, int, bool], ...]
    always: int


@functools.lru_cache(maxsize=None)
def _gate_table(language: str) -> _Table:
    """:func:`_gates` made ready (see :class:`_Table`), once per language."""
    import ahocorasick

    table = _gates(language)
    free: dict[str, list[int]] = {}
    clipped: dict[str, list[int]] = {}
    phrases: dict[str, list[_Phrase]] = {}
    always = 0
    far = []
    for gate in table:
        if gate.reach == _SENTENCE or gate.reach > LEAD_REACH:
            far.append((gate.bit, gate.reach, gate.clipped))
        for word in gate.words:
            if not _readable(word):
                always |= gate.bit
                continue
            masks = (clipped if gate.clipped else free).setdefault(word, [0] * (LEAD_REACH + 1))
            for dist in range(1, (LEAD_REACH if gate.reach == _SENTENCE else min(gate.reach, LEAD_REACH)) + 1):
                masks[dist] |= gate.bit  # (an occurrence starting ``dist`` characters before the time)
        for phrase in gate.phrases:
            if not phrase or not all(_readable(w) for w in phrase):
                always |= gate.bit
                continue
            trigger = max(reversed(phrase), key=len)  # (the longest word, the last of equals: the rarest, mostly: "eve" of "on the eve of")
            others = list(phrase)
            others.remove(trigger)
            phrases.setdefault(trigger, []).append((gate.bit, gate.reach, gate.clipped, tuple(others)))
    none = (0,) * (LEAD_REACH + 1)
    words = sorted({*free, *clipped, *phrases})
    automaton = ahocorasick.Automaton() if words else None  # (a language with no trigger words: none is looked for)
    for index, word in enumerate(words):
        automaton.add_word(word, index)  # type: ignore[union-attr]
    if automaton is not None:
        automaton.make_automaton()
    return _Table(table, automaton, tuple((len(w), tuple(free.get(w, none)), tuple(clipped.get(w, none)), tuple(phrases.get(w, ())))
                                          for w in words), tuple(far), always)


def _readable(word: str) -> bool:
    """Whether ``word`` can be looked for in a lower-cased window here (ASCII lower case: its offsets are the text's)."""
    return bool(word) and word.isascii() and word == word.lower()


def _gates(language: str) -> tuple[Gate, ...]:
    """The gates of ``language``, each as its test reads its window (see the bits above)."""
    cues = tense_words(language)
    english = tense_words("en")  # (direction asks after_past_signal, before_future_signal and before_preceding_signal in their
    # default language, English, whatever the document's: their gates read the same words)
    return (
        Gate(PAST_SIGNAL, 40, False, english.past_signals),
        Gate(PAST_PHRASE, 60, True, cues.past_signals),
        Gate(KNOWN_COMPARISON, 60, False, cues.known_comparison),
        Gate(KNOWN_MEASURE, 80, False, cues.known_measures),
        Gate(COMPARED_AMOUNT, 60, False, cues.compared_from),
        Gate(FUTURE_SIGNAL, 40, False, phrases=tuple((first, *rest) for first, rests in _future_signal_words("en") for rest in rests)),
        Gate(PRECEDING, 30, False, phrases=tuple(english.preceding)),
        Gate(PAST_CLAUSE, 120, True, cues.past_signals),
        Gate(ABSOLUTE, _SENTENCE, True, phrases=tuple((",", w) for w in sorted(cues.phrase_openers))),
        Gate(DIRECTIVE, 80, True, cues.directive),
        Gate(APPOINTMENT, 20, False, cues.date_nouns),
        Gate(APPOINTMENT, 60, False, cues.appointment),
        Gate(DECREED, 80, True, cues.decreeing),
        Gate(FOREWARNING, 80, True, phrases=tuple(cues.forewarning)),
        Gate(FOR_WEEKDAY, 12, False, cues.appointment),
        Gate(PERFECT, 80, True, cues.perfect),
        Gate(FIXTURE_FOR, 40, False, cues.appointment),
        Gate(FIXTURE_FOR, 24, False, phrases=tuple(cues.fixture_sales)),
        Gate(FIXTURE_FOR, 16, False, cues.ticket_nouns),  # (s64) "bought seats at Sunday's final"
        Gate(HELD_DEADLINE, 48 + _CLOCK_LEAD_REACH, True, cues.until),
        Gate(UNTIL, 48, True, cues.until),
        Gate(SUMMONS, 80, True, cues.summoning),
        Gate(DEFERRING, 120, True, cues.deferring),
        Gate(UNTIL_FIXTURE, 40, False, cues.until),
        Gate(CALLED_OFF, 40, False, cues.appointing),
    )


def _window_start(start: int, sentence: int, reach: int, clipped: bool) -> int:
    """Where a gate's window begins, as its test computes it."""
    if reach == _SENTENCE:
        return sentence
    lo = start - reach if start > reach else 0
    return sentence if clipped and lo < sentence else lo


def open_gates(doc: "Doc", start: int) -> int:
    """The bits of the gates open for the time at ``start`` (see the module's doc): a bit not set means its test's
    quick test says no there."""
    table = _gate_table(doc.language)
    text = doc.text
    lead = start - LEAD_REACH if start > LEAD_REACH else 0
    low = text[lead:start].lower()
    if len(low) != start - lead:
        return ALL  # (a character lower-cased into two: offsets would shift) every test asked
    sentence = doc.sentence_at(start)[0]
    mask = table.always
    for bit, reach, clipped in table.far:
        if _window_start(start, sentence, reach, clipped) < lead:
            mask |= bit  # a window reaching further back than the words read: its test is asked
    last: dict[int, int] = {}  # each word found (its index): where its last occurrence ends in ``low``
    if table.automaton is not None:
        for end, index in table.automaton.iter(low):  # type: ignore[attr-defined]
            last[index] = end
    words = table.words
    for index, end in last.items():
        length, free, clipped_masks, phrases = words[index]
        at = lead + end + 1 - length
        mask |= free[start - at]
        if at >= sentence:
            mask |= clipped_masks[start - at]
        for bit, reach, clipped, others in phrases:
            if not mask & bit:  # (a gate whose window begins before ``lead`` is open already: here ``lo >= lead``)
                lo = _window_start(start, sentence, reach, clipped)
                if at >= lo and all(low.find(w, lo - lead) >= 0 for w in others):
                    mask |= bit
    return mask


def lead_gates(ctx: "Context", start: int) -> int:
    """:func:`open_gates` for the time at ``start`` of ``ctx``'s document, worked out once per time (the document's memo)."""
    key = ("gates", start)
    mask = ctx.memo.get(key)  # type: ignore[call-overload]
    if mask is None:
        mask = ctx.memo[key] = open_gates(ctx.doc, start)  # type: ignore[index]
    return mask  # type: ignore[return-value]
