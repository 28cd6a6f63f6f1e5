"""Finding the few words of a lexicon set in a long text without reading every word (s58 speed).

Some readers look for one or two words ("since", "until") anywhere in the text: going through every run of letters
and lower-casing each costs a Python step per word of the text; looking for each wanted word in the lower-cased text
costs a C search per word of the set (:func:`runs_in`).  Likewise a pattern searched in many windows (each sentence,
the words before each event) can only match where one of the words its every match holds is written
(:func:`required_words`, :func:`may_match`): the other windows are not searched.  It imports nothing of the package."""

from __future__ import annotations

import bisect
import functools
import re
from re import _constants as re_constants, _parser as re_parser  # the parse of a pattern, for :func:`required_words`
from typing import Callable, Collection, Iterator, Optional


def runs_in(pattern: "re.Pattern[str]", text: str, words: Collection[str]) -> "list[re.Match[str]]":
    """``[m for m in pattern.finditer(text) if m.group().lower() in words]``, found from the places where one of
    ``words`` is written in ``text.lower()``.

    ``pattern`` must be a run of one character class (``[A-Za-z]+``, ``[\\w']+``): its matches are then the maximal
    runs of that class, and a run starts at ``at`` exactly when the pattern matches there and not one character
    before.  Where lower case keeps every character's place (one character for one, as in any ASCII text) each
    such run whose lower case is a wanted word is written at its own place in the lower-cased text, so looking
    there finds them all; every match returned is checked against the text itself.  Elsewhere every run is read."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a character whose lower case is longer: offsets move, read every run
        return [m for m in pattern.finditer(text) if m.group().lower() in words]
    starts: set[int] = set()
    for word in words:
        if not word:
            continue
        at = lowered.find(word)
        while at >= 0:
            starts.add(at)
            at = lowered.find(word, at + 1)
    found = []
    for at in sorted(starts):
        if at > 0 and pattern.match(text, at - 1) is not None:
            continue  # inside a run, not at its start
        m = pattern.match(text, at)
        if m is not None and m.group().lower() in words:
            found.append(m)
    return found


# --- windows that cannot hold a match (s58)

_CASE_KIN = "\u0130\u0131\u017f\u212a"
"""The characters outside ASCII that a letter of ASCII matches when case is ignored (İ ı ſ K: Python's ``re`` with
IGNORECASE; tests/test_speed58.py asks the regex engine itself)."""


@functools.lru_cache(maxsize=256)
def required_words(pattern: "re.Pattern[str]") -> "Optional[tuple[str, ...]]":
    """Words (lower case, ASCII) one of which every match of ``pattern`` holds, read off its parse (the runs of literal
    characters of the parts every match goes through, and of every branch of an alternation); None when there are none
    to be found (a part such as ``[a-z]+`` or ``\\d+`` is read as "anything"). Case is ignored either way: a text lower-
    cased holds the word lower-cased wherever a match holds it (for texts :func:`may_match` reads)."""
    return _sequence_words(re_parser.parse(pattern.pattern, pattern.flags).data)


def _sequence_words(items: list) -> "Optional[tuple[str, ...]]":  # type: ignore[type-arg]
    """:func:`required_words` of one sequence: of the parts it must match, the one whose shortest word is longest."""
    found: list[tuple[str, ...]] = []
    run: list[str] = []  # literal characters in a row: one word
    for op, av in items:
        if op is re_constants.LITERAL and av < 128:
            run.append(chr(av).lower())
            continue
        if run:
            found.append(("".join(run),))
            run = []
        words = _item_words(op, av)
        if words is not None:
            found.append(words)
    if run:
        found.append(("".join(run),))
    if not found:
        return None
    return max(found, key=lambda words: (min(map(len, words)), -len(words)))


def _item_words(op: object, av: object) -> "Optional[tuple[str, ...]]":
    """:func:`required_words` of one part of a sequence other than a literal character."""
    if op is re_constants.SUBPATTERN:
        return _sequence_words(av[-1])  # type: ignore[index]
    if op is _ATOMIC and op is not None:
        return _sequence_words(av)  # type: ignore[arg-type]
    if op in _REPEATS and av[0] >= 1:  # type: ignore[index]
        return _sequence_words(av[2])  # type: ignore[index]
    if op is re_constants.BRANCH:
        out: list[str] = []
        for branch in av[1]:  # type: ignore[index]
            words = _sequence_words(branch)
            if words is None:
                return None
            out += words
        return tuple(dict.fromkeys(out))
    return None


_ATOMIC = getattr(re_constants, "ATOMIC_GROUP", None)
_REPEATS = tuple(op for op in (re_constants.MAX_REPEAT, re_constants.MIN_REPEAT, getattr(re_constants, "POSSESSIVE_REPEAT", None)) if op is not None)


def may_match(pattern: "re.Pattern[str]", text: str) -> "Callable[[int, int], bool]":
    """A test of windows of ``text``: False for ``(lo, hi)`` only if ``pattern.search(text, lo, hi)`` finds nothing,
    because no word of :func:`required_words` is written inside the window; True otherwise (the search decides). In a
    text where lower case keeps every character's place and no letter of :data:`_CASE_KIN` stands, else always True."""
    words = required_words(pattern)
    if words is None:
        return _always
    lowered = text.lower()
    if len(lowered) != len(text) or (not text.isascii() and any(c in text for c in _CASE_KIN)):
        return _always
    places = sorted((at, at + len(word)) for word in words for at in _finds(lowered, word))
    starts = [at for at, _ in places]
    shortest = min(map(len, words))

    def possible(lo: int, hi: int) -> bool:
        k = bisect.bisect_left(starts, lo)
        while k < len(places) and places[k][0] <= hi - shortest:
            if places[k][1] <= hi:
                return True
            k += 1
        return False

    return possible


def _finds(text: str, word: str) -> "Iterator[int]":
    """Every place ``word`` starts in ``text`` (overlapping too)."""
    at = text.find(word)
    while at >= 0:
        yield at
        at = text.find(word, at + 1)


def _always(lo: int, hi: int) -> bool:
    return True


# --- a whole text scanned from the characters a match can begin with (s61)

_MAX_FIRST = 300
"""More possible first characters than this (a wide range): no first-character test is made."""


@functools.lru_cache(maxsize=256)
def scanner(pattern: "re.Pattern[str]") -> "re.Pattern[str]":
    """``pattern`` with a lookahead for the characters one of its matches can begin with (read off its parse), so that a
    scan of a whole text (``finditer``) skips in C the places where none stands: the same matches, groups and order, as
    the lookahead holds wherever ``pattern`` itself can match.  ``pattern`` itself when those characters are not known
    (a class such as ``\\w`` or a negated one first, a part that may match nothing, a match that may be empty, a letter
    that case folding ties to others outside ASCII)."""
    try:
        parsed = re_parser.parse(pattern.pattern, pattern.flags)
    except re.error:  # pragma: no cover - a compiled pattern parses
        return pattern
    if parsed.getwidth()[0] == 0 or pattern.flags & re.LOCALE:
        return pattern
    first = _first_chars(parsed.data)
    if first is None:
        return pattern
    if pattern.flags & re.IGNORECASE:
        if any(not c.isascii() and c.lower() != c.upper() for c in first):
            return pattern
        first = first | {c.lower() for c in first} | {c.upper() for c in first} | (set(_CASE_KIN) if any(c.isalpha() for c in first) else set())
    if not first or len(first) > _MAX_FIRST:
        return pattern
    lookahead = "(?=[" + "".join(re.escape(c) for c in sorted(first)) + "])"
    try:
        return re.compile(lookahead + "(?:" + pattern.pattern + ("\n)" if pattern.flags & re.VERBOSE else ")"), pattern.flags)  # (a comment may end it)
    except re.error:  # (global inline flags, which must open a pattern)
        return pattern


def _first_chars(items: list) -> "Optional[set[str]]":  # type: ignore[type-arg]
    """The characters the first one a sequence of parse items consumes can be, or None when not known."""
    for op, av in items:
        if op is re_constants.AT or op is re_constants.ASSERT or op is re_constants.ASSERT_NOT:
            continue  # zero-width: the first character is that of what follows
        if op is re_constants.LITERAL:
            return {chr(av)}  # type: ignore[arg-type]
        if op is re_constants.IN:
            return _class_chars(av)  # type: ignore[arg-type]
        if op is re_constants.SUBPATTERN:
            if av[1] or av[2]:  # type: ignore[index]
                return None  # (flags of its own, "(?i:...)": not read)
            inner = av[-1]  # type: ignore[index]
            return _first_chars(inner.data if hasattr(inner, "data") else inner) if _min_width(inner) > 0 else None
        if op is re_constants.BRANCH:
            out: set[str] = set()
            for branch in av[1]:  # type: ignore[index]
                chars = _first_chars(branch.data if hasattr(branch, "data") else branch) if _min_width(branch) > 0 else None
                if chars is None:
                    return None
                out |= chars
            return out
        if op in _REPEATS:
            low, _, item = av  # type: ignore[misc]
            return _first_chars(item.data if hasattr(item, "data") else item) if low >= 1 and _min_width(item) > 0 else None
        return None  # anything else (any character, a group reference, an atomic group ...): not known
    return None  # (nothing consumed)


def _class_chars(items: list) -> "Optional[set[str]]":  # type: ignore[type-arg]
    """The characters of a class ``[...]`` of literals and small ranges, or None (a category such as ``\\w``, a negation)."""
    out: set[str] = set()
    for op, av in items:
        if op is re_constants.LITERAL:
            out.add(chr(av))  # type: ignore[arg-type]
        elif op is re_constants.RANGE and av[1] - av[0] < _MAX_FIRST:  # type: ignore[index,operator]
            out.update(map(chr, range(av[0], av[1] + 1)))  # type: ignore[index,operator]
        else:
            return None
    return out


def _min_width(items: object) -> int:
    """The fewest characters a parsed sequence matches."""
    if hasattr(items, "getwidth"):
        return items.getwidth()[0]  # type: ignore[no-any-return,union-attr]
    return re_parser.SubPattern(re_parser.State(), items).getwidth()[0]  # type: ignore[arg-type]
