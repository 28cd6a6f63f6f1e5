"""(s60 recog) Times that are words of a name: a title in quotation marks, a venue named after a weekday.

A pass over the mentions the rules found (after all the others), kept out of the scanning loop: it reads only the few
characters around each mention, and the quotation marks of the text once (their positions, searched with bisect), so it
stays linear in the text's length; a text with no quotation mark and no possessive weekday costs one ``in`` test each.

* A title in quotation marks: a mention inside a short quoted span of title-case words that holds a capitalised word of
  its own besides the mention ("White Christmas", "The 1970s House", "Seven Days in June", "A Winter Morning") is part of
  a song's, show's or book's name, no time. A quoted sentence ("We will decide on Monday.") has lower-case words; a
  quoted time alone ("the "Christmas" lights") has nothing besides it: both stay; so does a quote in a title-case
  headline ('"Deal Done by Friday," Says Minister'), whose capitals tell nothing. News only: a history's TIMEX2 tags the
  time inside a quoted name of a happening (WikiWars: the "[Ramadan] Offensive", the "[Ten Year]'s Civil War").
* A venue named after a weekday: "Friday's, the nightclub", "Tuesday's, a bar in Hove" (the weekday, its possessive,
  a comma and an article before a noun of lexicon [vetoes] venue_nouns) is a place, no time.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .grammar import Grammar
from .meaning import Mention

_QUOTES = re.compile(r"[\"\u201c\u201d]")
_REACH = 60  # the most characters a quoted title may hold
_WORD = re.compile(r"[^\W_][\w'\u2019-]*")
_MAX_WORDS = 7
_AROUND = 80  # how far either side of a quoted span its line is read for running text
_VENUE = re.compile(r"['\u2019]s,[ \t]{1,3}(?:the|a|an)[ \t]{1,3}([a-z]+)")


def without_name_times(grammar: Grammar, text: str, mentions: list[Mention], narrative: bool = False) -> list[Mention]:
    """The mentions less those that are words of a quoted title (news only) or a venue's name (see the module's text)."""
    quoted = not narrative and ('"' in text or "\u201c" in text)
    possessive = "'s," in text or "\u2019s," in text
    if not mentions or not (quoted or possessive):
        return mentions
    marks = [m.start() for m in _QUOTES.finditer(text)] if quoted else []
    vetoes = grammar.lexicon["vetoes"]
    small = frozenset(vetoes.get("title_case_small", ()))
    venues = frozenset(vetoes.get("venue_nouns", ()))
    kept = []
    for m in mentions:
        if marks and _in_quoted_title(text, marks, m, small):
            continue
        if possessive and venues and m.rule == "weekday" and _names_a_venue(text, m, venues):
            continue
        kept.append(m)
    return kept if len(kept) != len(mentions) else mentions


def _in_quoted_title(text: str, marks: list[int], m: Mention, small: frozenset) -> bool:
    """Whether the mention lies inside a short quoted span of title-case words holding a capitalised word besides it."""
    i = bisect_left(marks, m.start)
    if i == 0 or i == len(marks) or marks[i] < m.end:
        return False
    left, right = marks[i - 1], marks[i]
    if right - left > _REACH or "\n" in text[left:right]:
        return False
    # an opening mark at a line's start or after a space, dash or bracket; a closing one before no letter or digit
    before = text[left - 1] if left else " "
    after = text[right + 1] if right + 1 < len(text) else " "
    if not (before.isspace() or before in "([-\u2014\u2013") or after.isalnum():
        return False
    own = False
    words = list(_WORD.finditer(text, left + 1, right))
    if not words or len(words) > _MAX_WORDS or not words[0].group()[:1].isupper():
        return False
    for w in words:
        word = w.group()
        if word[:1].islower():
            if word not in small:
                return False  # a quoted sentence or phrase, not a title
            continue
        if (w.end() <= m.start or w.start() >= m.end) and word[:1].isupper() and word.lower() not in small:
            own = True
    return own and _running_text(text, left, right, small)


def _running_text(text: str, left: int, right: int, small: frozenset) -> bool:
    """Whether the words around the quoted span (up to ``_AROUND`` characters each side, on its line) hold a lower-case
    word a title-case headline would capitalise: in a headline ('"Deal Done by Friday," Says Minister') the quote's
    capitals tell nothing."""
    lo = text.rfind("\n", max(0, left - _AROUND), left) + 1 or max(0, left - _AROUND)
    hi = text.find("\n", right, right + _AROUND)
    if hi < 0:
        hi = min(len(text), right + _AROUND)
    return any(w.group()[:1].islower() and w.group() not in small
               for span in ((lo, left), (right + 1, hi)) for w in _WORD.finditer(text, *span))


def _names_a_venue(text: str, m: Mention, venues: frozenset) -> bool:
    """Whether a bare weekday is a venue's name: "Friday's, the nightclub" ([vetoes] venue_nouns)."""
    v = _VENUE.match(text, m.end)
    return v is not None and v.group(1) in venues
