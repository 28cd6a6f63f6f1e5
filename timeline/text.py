"""The text layer: one segmented document (Unicode tokens, sentences, offsets) built once.

Every later stage (tense, events, relations, anchoring, evaluation) reads sentences and
tokens from the same :class:`Doc`, so they can never disagree about where a sentence ends.
Segmentation is linear in the text: one pass for tokens, one for sentence ends; what counts
as an abbreviation is language data (``timeline/lexicon/<lang>/text.toml``).
"""

from __future__ import annotations

import bisect
import functools
import string
import sys
from typing import Any, Iterator, NamedTuple

import re

import attrs
import regex

from .lexicon import load_text_data

__all__ = ["Token", "Sentence", "Doc", "segment", "tokenize", "as_doc", "quotations", "headline_of_text"]

_bisect_right = bisect.bisect_right
_AFTER_ALL = sys.maxsize  # past every offset
_TOKEN = regex.compile(r"[^\W_]+(?:[-'’][^\W_]+)*|\S")
# Where a sentence may end: a full stop, ! or ? (maybe closing a quote or bracket) and space, or a blank line; the
# space must be followed by what can open a sentence (:data:`_OPENS`: an upper-case letter or a digit, maybe after an
# opening quote), else a blank line inside it still ends one.  Matching the mark itself, not the position after it,
# lets the engine skip to the few characters a match can begin with.
_SENT_END = regex.compile(r"[.!?]([\"”’')\]]?)\s+|\n[^\S\n]*\n\s*")
_OPENS = regex.compile(r"[\"“‘'(\[]?[\p{Lu}\p{N}]")
_BLANK_LINE = regex.compile(r"\n[^\S\n]*\n\s*")
_WORD_BEFORE = regex.compile(r"[\p{L}.]+$")
_WORD_AFTER = regex.compile(r"[\"“‘'(\[]?([\p{L}]+)")
_ZONE_NOUN_AFTER = regex.compile(r"(?:\s+\p{Lu}\p{L}*)?\s+(\p{L}+)")  # the word after a capitalised name or two ("Lisbon [time]", "New York [time]")
# The same patterns for a text of ASCII characters only (most texts), in ``re``, whose calls cost a third of ``regex``'s:
# ``\p{L}`` is [A-Za-z] there, ``\p{Lu}`` [A-Z], ``\p{N}`` [0-9], and ``\s`` written out as ``regex`` reads it (``re``'s
# would take the separators \x1c-\x1f too).  Chosen per text in :func:`segment`, so what is found is the same.
_S = r"[\t\n\x0b\x0c\r ]"
# The sentence end opens with one character class (its branch chosen by looking back at it), so that ``re`` skips to
# the characters a match can begin with instead of trying every position.
_ASCII = (re.compile(r"[.!?\n](?:(?<=[.!?])([\"”’')\]]?)" + _S + r"+|(?<=\n)[\t\x0b\x0c\r ]*\n" + _S + "*)"), re.compile(r"[\"“‘'(\[]?[A-Z0-9]"),
          re.compile(r"\n[\t\x0b\x0c\r ]*\n" + _S + "*"), re.compile(r"[A-Za-z.]+$"), re.compile(r"[\"“‘'(\[]?([A-Za-z]+)"),
          re.compile(r"(?:" + _S + r"+[A-Z][A-Za-z]*)?" + _S + r"+([A-Za-z]+)"))
_UNICODE = (_SENT_END, _OPENS, _BLANK_LINE, _WORD_BEFORE, _WORD_AFTER, _ZONE_NOUN_AFTER)


class Token(NamedTuple):
    """A word (letters/digits with inner hyphens or apostrophes) or one other character."""

    start: int
    end: int
    text: str


class _TokenSource:
    """The tokens of a whole text, made when a sentence first asks for its own: tagging reads
    sentence spans only, so a text that is only tagged is never tokenised."""

    __slots__ = ("text", "tokens", "starts")

    def __init__(self, text: str) -> None:
        self.text = text
        self.tokens: "list[Token] | None" = None
        self.starts: list[int] = []

    def between(self, start: int, end: int) -> tuple[Token, ...]:
        """The tokens that start in ``start .. end``."""
        if self.tokens is None:
            self.tokens = tokenize(self.text)
            self.starts = [t.start for t in self.tokens]
        lo = bisect.bisect_left(self.starts, start)
        return tuple(self.tokens[lo : bisect.bisect_left(self.starts, end, lo)])


@attrs.frozen
class Sentence:
    """One sentence: its character span (whitespace trimmed) and its tokens (made on first use)."""

    start: int
    end: int
    _tokens: "tuple[Token, ...] | _TokenSource" = attrs.field(eq=False, repr=False)

    @property
    def tokens(self) -> tuple[Token, ...]:
        """The tokens that start in the sentence."""
        held = self._tokens
        if isinstance(held, tuple):
            return held
        made = held.between(self.start, self.end)
        object.__setattr__(self, "_tokens", made)  # computed once; the sentence stays what it was
        return made

    @property
    def words(self) -> list[str]:
        return [t.text for t in self.tokens]


@attrs.frozen(repr=False)
class Doc:
    """A text segmented once: its sentences in order, each with its tokens.

    :func:`segment` gives the sentences' spans only (``sentence_spans``): their :class:`Sentence` objects are made when
    :attr:`sentences` is first read (tagging reads spans only, :meth:`sentence_at`; s59 speed).  Given ``sentences``,
    their spans are read off them."""

    text: str
    _sentences: "tuple[Sentence, ...] | None" = attrs.field(eq=False)  # (init: ``sentences``; None: made when first read)
    language: str = "en"
    _spans: tuple[tuple[int, int], ...] = attrs.field(default=(), kw_only=True, alias="sentence_spans")
    """Each sentence's (start, end), in order (compared: two documents with the same text and spans are equal)."""
    _source: "_TokenSource | None" = attrs.field(default=None, kw_only=True, eq=False, alias="token_source")
    """The tokens the sentences made from ``sentence_spans`` share (a new one when None)."""
    _starts: tuple[int, ...] = attrs.field(init=False, repr=False, eq=False)
    _last: tuple[int, int, tuple[int, int]] = attrs.field(init=False, repr=False, eq=False)
    """The last sentence :meth:`sentence_at` found: the offsets it answers for (its start up to the next one's) and its span
    (asked some 8,000 times per TBAQ pass, mostly several times over for the same expression)."""

    def __attrs_post_init__(self) -> None:
        if self._sentences is not None:
            object.__setattr__(self, "_spans", tuple((s.start, s.end) for s in self._sentences))
        object.__setattr__(self, "_starts", tuple(start for start, _ in self._spans))
        object.__setattr__(self, "_last", (0, 0, (0, 0)))

    @property
    def sentences(self) -> tuple[Sentence, ...]:
        """The sentences in order (made from their spans when first read, then kept)."""
        made = self._sentences
        if made is None:
            source = self._source if self._source is not None else _TokenSource(self.text)
            made = tuple(Sentence(start, end, source) for start, end in self._spans)
            object.__setattr__(self, "_sentences", made)  # computed once; the document stays what it was
        return made

    def __repr__(self) -> str:
        return f"Doc(text={self.text!r}, sentences={self.sentences!r}, language={self.language!r})"

    def sentence_index(self, offset: int) -> int:
        """Index of the sentence holding ``offset`` (the one before it, between sentences); -1 if none."""
        starts = self._starts  # (empty exactly when there are no sentences; read some 40,000 times per long text)
        return _bisect_right(starts, offset) - 1 if starts else -1

    def sentence_at(self, offset: int) -> tuple[int, int]:
        """(start, end) of the sentence holding ``offset``; the whole text if there is none."""
        last = self._last
        if last[0] <= offset < last[1]:
            return last[2]  # (the sentence found last: offsets from its start up to the next one's)
        starts = self._starts
        i = _bisect_right(starts, offset) - 1 if starts else -1  # :meth:`sentence_index`, written out
        spans = self._spans
        if i < 0:
            return (0, len(self.text)) if not spans else spans[0]
        span = spans[i]
        object.__setattr__(self, "_last", (starts[i], starts[i + 1] if i + 1 < len(starts) else _AFTER_ALL, span))
        return span

    @property
    def spans(self) -> list[tuple[int, int]]:
        return list(self._spans)

    def __len__(self) -> int:
        return len(self._spans)


@functools.lru_cache(maxsize=None)
def _abbreviations(language: str) -> tuple[frozenset[str], ...]:
    """abbreviations, clause_final, sentence_openers, clock_marks, clock_continuers, clock_zone_nouns of ``language``."""
    data = load_text_data(language)
    return (frozenset(data["abbreviations"]), frozenset(data["clause_final"]), frozenset(data["sentence_openers"]),
            frozenset(data.get("clock_marks", ())), frozenset(data.get("clock_continuers", ())), frozenset(data.get("clock_zone_nouns", ())))


def tokenize(text: str, start: int = 0, end: int = -1) -> list[Token]:
    """The tokens of ``text[start:end]`` with offsets into ``text``."""
    stop = len(text) if end < 0 else end
    make = Token._make  # a tuple from its fields, without the generated __new__'s Python call per token
    if (text if start == 0 and stop == len(text) else text[start:stop]).isascii():
        # (most texts) :data:`_ASCII_TOKEN` in ``re``, each field read by ``map`` (no Python step per token): the same tokens
        found = list(_ASCII_TOKEN.finditer(text, start, stop))
        return list(map(make, zip(map(_MATCH_START, found), map(_MATCH_END, found), map(_MATCH_TEXT, found))))
    return [make((m.start(), m.end(), m.group())) for m in _TOKEN.finditer(text, start, stop)]


# :data:`_TOKEN` for ASCII text, in ``re``: ``[^\W_]`` is [A-Za-z0-9] there, the curly apostrophe cannot occur, and ``\S`` is
# written out as ``regex`` reads it (``re``'s ``\S`` would leave out the separators \x1c-\x1f; tests/test_speed61.py)
_ASCII_TOKEN = re.compile(r"[A-Za-z0-9]+(?:[-'][A-Za-z0-9]+)*|[^\t\n\x0b\x0c\r ]")
_MATCH_START, _MATCH_END, _MATCH_TEXT = re.Match.start, re.Match.end, re.Match.group


_ASCII_WORD_CHARS = string.ascii_letters + "."


def _word_before_stop(text: str, at: int, patterns: "tuple[Any, ...]" = _UNICODE) -> str:
    """The letters and dots right before the full stop at ``at - 1`` (up to 15 characters back; "" if none): the match of
    ``patterns[3]`` there.  In ASCII text (:data:`_ASCII`) read off with ``str.rstrip``, which gives what that pattern
    finds (``$`` also stands before a last newline) without a regex search trying every start (tests/test_tagspeed46.py)."""
    if patterns is _ASCII:
        before = text[max(0, at - 16) : at - 1]
        if before.endswith("\n"):
            before = before[:-1]
        return before[len(before.rstrip(_ASCII_WORD_CHARS)) :]
    m = patterns[3].search(text, max(0, at - 16), at - 1)
    return m.group() if m else ""


def _ends_sentence(text: str, at: int, after: int, abbreviations: frozenset[str], clause_final: frozenset[str], openers: frozenset[str],
                   clock_marks: frozenset[str] = frozenset(), continuers: frozenset[str] = frozenset(),
                   zone_nouns: frozenset[str] = frozenset(), patterns: "tuple[Any, ...]" = _UNICODE) -> bool:
    """Whether the full stop before ``at`` ends a sentence (the next sentence would start at ``after``); ``patterns``:
    :data:`_ASCII` for a text of ASCII characters only."""
    if text[at - 1] != ".":
        return True
    word = _word_before_stop(text, at, patterns)
    if not word:
        return True
    if len(word) == 1 and word.isupper():
        return False  # an initial: "J. Smith"
    if word not in abbreviations and word.lstrip(".") not in abbreviations:
        return True
    if word in clause_final:
        n = patterns[4].match(text, after)
        if n and word in clock_marks:
            # "before 5 a.m. Motoring groups warned", not "at 5 p.m. Tuesday", "at 4:10 a.m. Lisbon time"
            z = patterns[5].match(text, n.end())
            return n.group(1) not in continuers and not (z and z.group(1).lower() in zone_nouns)
        return bool(n and n.group(1) in openers)
    return False


# In ASCII text the sentence ends are found by one pattern per mark, each opening with its one character: ``re`` then
# skips to that character (a tight loop) where a pattern opening with a class ([.!?\n]) calls a class test for every
# character (tagging TBAQ: 38 M instructions a pass for that scan, ~8 M for these); :func:`_ascii_ends` gives the same
# matches as :data:`_ASCII`'s first pattern.
_MARK_ENDS = tuple((c, re.compile(re.escape(c) + r"([\"”’')\]]?)" + _S + "+")) for c in ".!?")
_BLANK_END = re.compile(r"\n[\t\x0b\x0c\r ]*\n" + _S + "*")


def _ascii_ends(text: str) -> "list[re.Match[str]]":
    """The matches of :data:`_ASCII`'s sentence-end pattern in ``text``, in order: those of each mark's pattern (none
    overlaps another: a mark's match holds no mark) and of the blank lines' pattern, merged; a blank line's match
    inside a mark's (in its run of spaces) is one the one pattern never reaches, left out."""
    found = [list(pattern.finditer(text)) for c, pattern in _MARK_ENDS if c in text]
    if "\n" in text:
        found.append(list(_BLANK_END.finditer(text)))
    found = [ms for ms in found if ms]
    if len(found) == 1:
        return found[0]
    ends = sorted([m for ms in found for m in ms], key=_START)
    out = []
    last = 0
    for m in ends:
        if m.start() >= last:
            out.append(m)
            last = m.end()
    return out


_START = re.Match.start


def _breaks(text: str, patterns: "tuple[Any, ...]" = _UNICODE) -> Iterator[tuple[int, int, int]]:
    """Each place a sentence may end, in order: where the space after its mark starts, where the sentence
    ends (after a closing quote or bracket), and where the next one may start; ``patterns``: :data:`_ASCII` for
    a text of ASCII characters only."""
    sent_end, opens, blank_line = patterns[0], patterns[1], patterns[2]
    for m in _ascii_ends(text) if patterns is _ASCII else sent_end.finditer(text):
        end = m.end()
        if m.lastindex is None:  # a blank line (no group 1)
            yield m.start(), m.start(), end
        elif opens.match(text, end):
            yield m.start() + 1, m.end(1), end
        else:  # nothing opens a sentence after the space: a blank line in it still ends a paragraph
            blank = blank_line.search(text, m.end(1), end)
            if blank is not None:
                yield blank.start(), blank.start(), end


def segment(text: str, language: str = "en") -> Doc:
    """Split ``text`` into sentences and tokens (linear time): the one segmentation every stage uses.

    Sentences end at . ! ? followed by space and something that can open one, unless the
    full stop closes an abbreviation ("Mr.", "U.S.") or an initial, or at a blank line.
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    abbreviations, clause_final, openers, clock_marks, continuers, zone_nouns = _abbreviations(language)
    patterns = _ASCII if text.isascii() else _UNICODE
    cuts: list[tuple[int, int]] = []
    pos = 0
    for start, cut, end in _breaks(text, patterns):
        if text[start] != "\n" and not _ends_sentence(text, start, end, abbreviations, clause_final, openers, clock_marks, continuers, zone_nouns, patterns):
            continue
        cuts.append((pos, cut))
        pos = end
    cuts.append((pos, len(text)))
    spans = []
    for s, e in cuts:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            spans.append((s, e))
    return Doc(text, None, language, sentence_spans=tuple(spans))


def as_doc(text_or_doc: "str | Doc", language: str = "en") -> Doc:
    """``text_or_doc`` itself when it is already a :class:`Doc`, else its segmentation."""
    return text_or_doc if isinstance(text_or_doc, Doc) else segment(text_or_doc, language)



_QUOTE_MARK = re.compile(r'["\u201c\u201d]|\n[ \t\r]*\n')  # a quotation mark, or a blank line (no quotation runs across one unclosed)


def quotations(text: str) -> list[tuple[int, int]]:
    """The spans of direct speech in ``text``, in order: from after an opening quotation mark to its closing one.

    Curly marks say which way they face; straight ones alternate.  A paragraph's end closes a quotation left open (a
    quotation of several paragraphs reopens each one with a mark of its own).  Linear in the text's length."""
    spans: list[tuple[int, int]] = []
    opened = -1
    for m in _QUOTE_MARK.finditer(text):
        mark = m.group()
        if mark == "\u201d" or (mark == '"' and opened >= 0) or mark[0] == "\n":
            if opened >= 0:
                spans.append((opened, m.start()))
            opened = -1
        else:  # an opening mark (a curly one opened again restarts the quotation)
            opened = m.end()
    if opened >= 0:
        spans.append((opened, len(text)))
    return spans


def headline_of_text(text: str) -> tuple[int, int] | None:
    """(start, end) of the first line of ``text`` when it reads as a headline: short, no closing full stop, a blank line
    after it; or None.  (Events take its words for page furniture; time expressions, the body's days.)"""
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    if end < 0 or not text[end:].startswith(("\n\n", "\n\r\n", "\n \n")) and text[end + 1 : end + 2] != "\n":
        return None
    line = text[start:end].strip()
    if not line or len(line) > 160 or line.endswith((".", "!", "?", '"', "”")) or len(line.split()) > 25:
        return None
    return start, end
