"""Recognition: text → mentions carrying a typed, underspecified meaning.

The text is scanned once for word tokens; at each token that can begin an expression the
compiled rule alternation is tried (see :mod:`.grammar`).  The first rule that matches and
whose production accepts wins; the scan resumes after it.  Cost is linear in the text:
each attempt is bounded by the longest expression, and attempts start only at tokens.
"""

from __future__ import annotations

import re
from typing import Optional

from .grammar import Grammar, captures, compile_grammar
from .meaning import DurationSpec, Mention
from .productions import PRODUCTIONS, MatchContext

__all__ = ["recognize", "Mention"]

# Same-length normalisation, so offsets into the normalised text are offsets into the input.
_NORMALISE = str.maketrans(
    {
        **{chr(c): chr(c + 32) for c in range(ord("A"), ord("Z") + 1)},
        "’": "'",
        "‘": "'",
        "\u00a0": " ",
        "\u2009": " ",
        "\u202f": " ",
        "\u2013": "-",
        "\u2011": "-",
    }
)
_TOKEN = re.compile(r"[a-z0-9']+")
_LATENT_RULES = frozenset({"reading_time"})
_RANGE_STARTS = frozenset({"year_range", "range_start_bc"})  # after these, the number behind the hyphen is a date too


def _accept(grammar: Grammar, text: str, index: int, found: dict[str, str], start: int, end: int, extent: Optional[tuple[int, int]]) -> Optional[Mention]:
    production = PRODUCTIONS[grammar.productions[index]]
    meaning = production(found, MatchContext(text, start, end, grammar.lexicon))
    if meaning is None:
        return None
    if extent is not None:
        start, end = extent  # TimeML keeps "later", "from now", "later in" outside the expression
    name = grammar.rule_names[index]
    return Mention(start, end, text[start:end], meaning, name, latent=name in _LATENT_RULES)


def _match_at(grammar: Grammar, text: str, low: str, pos: int, matcher: "re.Pattern[str]") -> Optional[Mention]:
    """The first rule that matches at ``pos`` and whose production accepts."""
    m = matcher.match(low, pos)
    if m is None:
        return None
    index, found, extent = captures(grammar, m)
    mention = _accept(grammar, text, index, found, m.start(), m.end(), extent)
    if mention is not None:
        return mention
    # vetoed: fall back to the later rules one by one (rare, so the cost does not matter)
    for later in range(index + 1, len(grammar.rule_names)):
        rm = grammar.rule_regex(later).match(low, pos)
        if rm is None:
            continue
        found = {g: rm.group(g) for g in grammar.group_names[later] if rm.group(g) is not None}
        extent = rm.span("extent") if "extent" in found else None
        mention = _accept(grammar, text, later, found, rm.start(), rm.end(), extent)
        if mention is not None:
            return mention
    return None


def recognize(text: str, language: str = "en") -> list[Mention]:
    """Find the time expressions of ``text``, left to right, without overlaps."""
    grammar = compile_grammar(language)
    low = text.translate(_NORMALISE)
    matcher_for = grammar.matcher_for
    mentions: list[Mention] = []
    resume = 0
    for token in _TOKEN.finditer(low):
        pos = token.start()
        if pos < resume:
            continue
        word = token.group()
        matcher = matcher_for(word)
        if matcher is None:
            continue
        if pos and low[pos - 1] in "-/" and word[0].isdigit() and not (mentions and mentions[-1].end == pos - 1 and mentions[-1].rule in _RANGE_STARTS):
            continue  # inside a model number or a date (the second year of "2010-2012" is kept)
        mention = _match_at(grammar, text, low, pos, matcher)
        if mention is not None and mention.end > mention.start:
            mentions.append(mention)
            resume = mention.end
    return mentions
