"""Recognition: text → mentions carrying a typed, underspecified meaning.

The text is scanned once, by a pattern that finds only the tokens an expression can begin at
(``Grammar.scanner``); at each, the rules the characters after it leave (:mod:`.lookahead`) are
tried (see :mod:`.grammar`).  The first rule that matches and
whose production accepts wins; the scan resumes after it.  Cost is linear in the text:
each attempt is bounded by the longest expression, and attempts start only at tokens.

After the rules, passes over the text add what the rules leave out: `story_passes` (narrative text),
`offset_passes` (lengths, offsets, anniversaries, ages) and `year_passes` (bare and early years), sharing
the span helpers of `spans`.
"""

from __future__ import annotations

import re
from typing import Iterable, Optional

import attrs

from . import lookahead
from .grammar import NUMERAL_TAIL, Grammar, captures, compile_grammar, gates_open
from .meaning import Mention
from .productions import PRODUCTIONS, MatchContext
from .productions.common import title_case_line
from .quoted_titles import without_name_times
from .offset_passes import _spans_after_leads, _with_adjective_lengths, _with_ages, _with_anniversaries, _with_bc_split_seasons, _with_calendar_parts, _with_coordinated_parts, _with_decades_of_centuries, _with_on_day_offsets, _with_unit_fractions, _with_unit_offsets, _with_weekdays_before
from .story_passes import _round_decades_beside_decades, _with_point_parts, _with_age_decades, _with_season_adjectives, _with_century_eras, _with_decades_of_story_centuries, _with_dual_years, _with_generic_nights, _with_hedged_era_years, _with_millennia, _with_narrative_parts, _with_narrative_refs, _with_regnal_years, _with_short_decades_after, _with_story_holidays, _with_story_period_mods, _with_story_seasons, _with_units_that_followed, _with_story_unit_parts, _with_story_units
from .year_passes import _early_years_in_context, _early_years_in_era, _lengths_as_offsets, _month_follows, _with_bare_clock_ranges, _with_early_range_ends, _with_early_year_lists, _with_early_years_near, _with_opening_years, _with_paired_days, _with_range_end_years, _with_same_times, _with_weekday_dates, _without_season_events

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
_LATENT_RULES = frozenset({"reading_time"})
_KNOWN_WORDS = 100_000  # at most this many words' matchers are remembered per grammar
_TAIL_MARKS = frozenset(".,")  # a numeral's decimals or thousands follow ("9.5", "1,000"); "" (the text's end) is no tail mark
_RANGE_STARTS = frozenset({"year_range", "range_start_bc", "range_start_duration", "range_start_clock"})  # after these, the number behind the hyphen is a date too
_CLOCK_STARTS = frozenset({"clock_time"})  # ... and after a clock time, a clock time ("9am-5pm", "10pm-6am")
# a token that opens with digits and has no trie of its own ("50th", "1990s", "10am", "1990's", "80486", "4x4"; its key is
# "#": every rule a numeral can begin, some 45 tried one by one, ~130 us a token): the trie of its first digits (up to
# four) walked on through the rest of it leaves the rules that can go on so (a numeral's trie branches on every character
# after its digits, letters and digits too; tests/test_tagspeed49.py holds the walk to every such token's matches)
_NUMERAL_HEAD = re.compile(r"([0-9]{1,4})[0-9a-z']+")


class _Gate:
    """The gated rules of the grammar with them all (their indices, ``rules``) and whether they apply to one text
    (``shut``: no gate opens for it, :func:`gates_open`), asked only when one of them matches there (s59 speed).

    Recognition reads every text with the grammar that has the gated rules and refuses a match of one of them in a text
    no gate opens for, where a rule that fails is tried next as if it were not there: the mentions are those of the
    grammar without them, but the scan over the whole text for the gates' strings (a twentieth of a TBAQ pass) is made
    only for the few texts where such a rule matches."""

    __slots__ = ("rules", "_language", "_low", "_shut")

    def __init__(self, grammar: Grammar, language: str, low: str) -> None:
        self.rules = gated_rules(grammar)
        self._language, self._low = language, low
        self._shut: Optional[bool] = None

    def shut(self) -> bool:
        """Whether the gated rules are refused in this text (worked out once, when first asked)."""
        if self._shut is None:
            self._shut = not gates_open(self._language, self._low)
        return self._shut


def gated_rules(grammar: Grammar) -> frozenset[int]:
    """The indices of the rules with a ``gate`` in ``grammar`` (built with them: ``compile_grammar(language, True)``,
    whose rules are the lexicon's, in order), memoised per grammar."""
    try:
        return grammar._memo["gated_rules"]  # type: ignore[return-value]
    except KeyError:
        rules = grammar.lexicon.rules
        assert len(rules) == len(grammar.rule_names), "a grammar built without its gated rules"
        found = grammar._memo["gated_rules"] = frozenset(i for i, rule in enumerate(rules) if "gate" in rule)
        return found


def _accept(grammar: Grammar, text: str, index: int, found: dict[str, str], start: int, end: int, extent: Optional[tuple[int, int]],
            narrative: bool = False, gate: "Optional[_Gate]" = None) -> Optional[Mention]:
    if gate is not None and index in gate.rules and gate.shut():
        return None  # a gated rule, in a text no gate opens for: as if the grammar had no such rule (see _Gate)
    production = PRODUCTIONS[grammar.productions[index]]
    meaning = production(found, MatchContext(text, start, end, grammar.lexicon, narrative))
    if meaning is None:
        return None
    if extent is not None:
        start, end = extent  # TimeML keeps "later", "from now", "later in" outside the expression
    if _names_a_place(grammar, text, start, end) or (not narrative and _titled_unit(grammar, text, start, end)) or _in_idiom(grammar, text, start, end) or _delay(grammar, text, start):
        return None
    name = grammar.rule_names[index]
    return Mention(start, end, text[start:end], meaning, name, latent=name in _LATENT_RULES)


_NEXT_CAPITAL = re.compile(r"['’]?[ \t]{1,3}([A-Z][A-Za-z]*)")  # (after a plural's apostrophe: "the Seven Years' War")
_LETTERS = re.compile(r"[A-Za-z]+")


def _names_a_place(grammar: Grammar, text: str, start: int, end: int) -> bool:
    """Whether a match written in capitals ("Friday", "New Year", "24 Hour", "the Seven Years") is the first part of a name:
    right before a capitalised head word of lexicon [vetoes] name_heads ("Friday Harbor", "New Year Road", "the Tuesday
    Group", "the Seven Years' War"); an article opening the match may be in lower case."""
    m = _NEXT_CAPITAL.match(text, end)
    if m is None:
        return False
    try:
        heads = grammar._memo["name_heads"]
    except KeyError:
        heads = grammar._memo["name_heads"] = frozenset(grammar.lexicon["vetoes"].get("name_heads", ()))
    if m.group(1).lower() not in heads:  # type: ignore[operator]
        return False
    try:
        own = grammar._memo["head_names"]
    except KeyError:  # (s51) the head opens a name of its own ("Times Square"): [vetoes] head_names
        names = grammar.lexicon["vetoes"].get("head_names", ())
        own = grammar._memo["head_names"] = re.compile("(?:" + "|".join(r"[ \t]{1,3}".join(re.escape(w.capitalize()) for w in n.split()) for n in names) + r")\b") if names else None
    if own is not None and own.match(text, m.start(1)) is not None:  # type: ignore[union-attr]
        return False
    words = _LETTERS.findall(text[start:end])
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    return bool(words) and all(w[:1].isupper() for w in words)


_TITLE_BEFORE = re.compile(r"[A-Z][A-Za-z]*[ \t]{1,3}of[ \t]{1,3}$")


def _titled_unit(grammar: Grammar, text: str, start: int, end: int) -> bool:
    """Whether the match is a bare unit word written with a capital ("the Year", "the Month") right after a capitalised
    word and "of": the end of a title or an award ("Sportsman of the Year", "Player of the Month"), no time in news
    (TimeML); histories (TIMEX2, narrative mode) tag it ("named 1965's Man of [the Year]"), so it is not asked there."""
    span = text[start:end]
    if span.islower():
        return False  # (no capital in it: most matches, "last week", "two days")
    words = _LETTERS.findall(span)
    if len(words) > 1 and words[0].lower() == "the":
        words = words[1:]
    if len(words) != 1 or not words[0][:1].isupper() or words[0].lower() not in grammar.lexicon["units"]:
        return False
    if _TITLE_BEFORE.search(text, max(0, start - 40), start) is not None:
        return True
    # (s51) "The Week" with its article (and no "of" after it: "the Year of the Tiger") in a line of running text: a
    # magazine's or a programme's name ("reported by The Week", "The Week ran a long piece"); a title-case headline's
    # "Prices Fall Over the Week" stays
    return (len(_LETTERS.findall(span)) == 2 and _OF_AFTER.match(text, end) is None
            and not title_case_line(MatchContext(text, start, end, grammar.lexicon, False)))


_OF_AFTER = re.compile(r"[ \t]{1,3}of\b")


def _idioms(grammar: Grammar, key: str = "idioms") -> tuple[Optional["re.Pattern[str]"], int, str]:
    """One pattern finding any phrase of lexicon [vetoes] ``key`` (idioms, lower case; names, as written), the longest
    phrase's length, and the phrases joined (what lies inside a phrase is a piece of that string), memoised per grammar."""
    if key not in grammar._memo:
        phrases = sorted(grammar.lexicon["vetoes"].get(key, ()), key=len, reverse=True)
        pattern = re.compile("|".join(re.escape(p) for p in phrases)) if phrases else None
        grammar._memo[key] = (pattern, max((len(p) for p in phrases), default=0), "\0".join(phrases))
    return grammar._memo[key]  # type: ignore[return-value]


def _in_idiom(grammar: Grammar, text: str, start: int, end: int) -> bool:
    """Whether the match lies wholly inside a phrase of lexicon [vetoes] idioms, where its time word is no time ("every
    [now] and then", "called it [a day]", "the day-[to-day] running"), or ends inside one that begins at its last word
    ("found that [day]-to-day costs"); or lies inside a name of [vetoes] names, matched as written ("the Mail on [Sunday]",
    "the [Today] programme"); only the text around the match is searched."""
    ascii = text.isascii()
    if ascii and _idiom_free(grammar, text[start:end]):
        return False
    for key, lower in (("idioms", True), ("names", False)):
        pattern, width, joined = _idioms(grammar, key)
        if pattern is None:
            continue
        low = max(0, start - width)
        window = text[low : end + width]
        if lower:
            window = window.lower()
        inside = window[start - low : end - low]  # a phrase holding the match holds these characters
        if inside in joined:
            if ((not ascii or _phrase_at(text, _placed_phrases(grammar, key, inside, False), start, lower))
                    and any(m.start() + low <= start and end <= m.end() + low for m in pattern.finditer(window))):
                return True
            continue
        cut = inside.rfind(" ")
        if lower and cut > 0 and inside[cut + 1 :] in joined:  # the last word opens a phrase running past the match
            if ((not ascii or _phrase_at(text, _placed_phrases(grammar, key, inside, True), start, lower))
                    and any(start < m.start() + low < end < m.end() + low for m in pattern.finditer(window))):
                return True
        # (most matches: "Friday", "last week" are in no phrase, so the window need not be searched)
    return False


def _placed_phrases(grammar: Grammar, key: str, inside: str, past: bool) -> tuple[tuple[str, int], ...]:
    """Where a phrase of lexicon [vetoes] ``key`` may lie about a match reading ``inside`` (lower-cased for the idioms): each
    (phrase, its offset from the match's start) at which the phrase holds the match (``past``: instead, opens inside the
    match after its first character and runs on past its end).  Memoised per grammar (bounded); a phrase found at none of
    these offsets in the text is one :func:`_in_idiom`'s search of the window cannot find either."""
    memo: dict[tuple[str, str, bool], tuple[tuple[str, int], ...]] = grammar._memo.setdefault("placed_phrases", {})  # type: ignore[assignment]
    try:
        return memo[key, inside, past]
    except KeyError:
        pass
    places = []
    for phrase in _idioms(grammar, key)[2].split("\0"):
        if past:  # the match's characters from its j-th on open the phrase, which goes on after them
            places.extend((phrase, j) for j in range(1, len(inside)) if len(phrase) > len(inside) - j and phrase.startswith(inside[j:]))
            continue
        at = phrase.find(inside)
        while at >= 0:  # (every place the match's characters stand in the phrase)
            places.append((phrase, -at))
            at = phrase.find(inside, at + 1)
    found = tuple(places)
    if len(memo) < _KNOWN_WORDS:
        memo[key, inside, past] = found
    return found


def _phrase_at(text: str, places: "tuple[tuple[str, int], ...]", start: int, lower: bool) -> bool:
    """Whether one of ``places`` ((phrase, offset from ``start``), :func:`_placed_phrases`) is written there in ``text``
    (an ASCII text: lower case keeps every offset), lower-cased with ``lower``."""
    for phrase, offset in places:
        at = start + offset
        if at >= 0:
            written = text[at : at + len(phrase)]
            if (written.lower() if lower else written) == phrase:
                return True
    return False


def _idiom_free(grammar: Grammar, span: str) -> bool:
    """Whether :func:`_in_idiom` finds no phrase for a match reading ``span`` in ASCII text (where lower() keeps every
    offset, so the characters it looks for are the match's own): neither its lower-cased characters nor their last word
    are in an idiom, nor its characters in a name; memoised per grammar (bounded).  Most matches ("Friday", "last week")."""
    memo: dict[str, bool] = grammar._memo.setdefault("idiom_free", {})  # type: ignore[assignment]
    try:
        return memo[span]
    except KeyError:
        pass
    free = True
    for key, lower in (("idioms", True), ("names", False)):
        pattern, width, joined = _idioms(grammar, key)
        if pattern is None:
            continue
        inside = span.lower() if lower else span
        cut = inside.rfind(" ")
        if inside in joined or (lower and cut > 0 and inside[cut + 1 :] in joined):
            free = False
    if len(memo) < _KNOWN_WORDS:
        memo[span] = free
    return free


_FIRST_WORD = re.compile(r"[A-Za-z]+")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)[ \t\u00a0]{1,3}\Z")


def _delay(grammar: Grammar, text: str, start: int) -> bool:
    """Whether the match opens with a word of lexicon [vetoes] delay ("late") right after one of its ``before`` words
    ("The train was late this morning"): that word says something was late, so the time is what follows it."""
    try:
        table = grammar._memo["delay"]
    except KeyError:
        table = grammar._memo["delay"] = grammar.lexicon["vetoes"].get("delay")
    first = _FIRST_WORD.match(text, start)
    if not table or first is None or first.group(0).lower() not in table["words"]:
        return False
    before = _WORD_BEFORE.search(text, max(0, start - 20), start)
    return before is not None and before.group(1).lower() in table["before"]


def _match_at(grammar: Grammar, text: str, low: str, pos: int, matcher: "re.Pattern[str]", narrative: bool = False,
              gate: Optional[_Gate] = None) -> tuple[Optional[Mention], int]:
    """The first rule that matches at ``pos`` and whose production accepts, and where its match ends
    (past the extent when the rule leaves words out of it: "later" of "two days later")."""
    m = matcher.match(low, pos)
    if m is None:
        return None, pos
    return _matched_at(grammar, text, low, pos, m, narrative, gate)


def _matched_at(grammar: Grammar, text: str, low: str, pos: int, m: "re.Match[str]", narrative: bool = False,
                gate: Optional[_Gate] = None) -> tuple[Optional[Mention], int]:
    """As :func:`_match_at`, from the alternation's match ``m`` at ``pos``."""
    index, found, extent = captures(grammar, m)
    mention = _accept(grammar, text, index, found, m.start(), m.end(), extent, narrative, gate)
    if mention is not None:
        return mention, m.end()
    # vetoed: fall back to the later rules one by one (rare, so the cost does not matter)
    later = range(index + 1, len(grammar.rule_names))
    return _match_each(grammar, text, low, pos, ((i, grammar.rule_regex(i)) for i in later), narrative, gate)


def _match_each(grammar: Grammar, text: str, low: str, pos: int, rules: "Iterable[tuple[int, re.Pattern[str]]]",
                narrative: bool = False, gate: Optional[_Gate] = None) -> tuple[Optional[Mention], int]:
    """As :func:`_match_at` with the rules tried one by one, in order (every rule that can match at
    ``pos`` is among ``rules``, so a vetoed match falls back to the next of them)."""
    for index, rx in rules:
        rm = rx.match(low, pos)
        if rm is not None:
            mention = _read_rule(grammar, text, index, rm, narrative, gate)
            if mention is not None:
                return mention, rm.end()
    return None, pos


def _read_rule(grammar: Grammar, text: str, index: int, rm: "re.Match[str]", narrative: bool = False,
               gate: Optional[_Gate] = None) -> Optional[Mention]:
    """The mention rule ``index``'s own match ``rm`` gives, or None when its production or a veto refuses it."""
    found = _rule_captures(rm)
    extent = rm.span("extent") if "extent" in found else None
    return _accept(grammar, text, index, found, rm.start(), rm.end(), extent, narrative, gate)


def _rule_captures(rm: "re.Match[str]") -> dict[str, str]:
    """The non-empty captures of a rule's own match, by name, in the rule's order: its regex holds exactly the rule's
    groups (``Grammar.group_names``), so one ``groupdict`` call reads them all (tests/test_tagspeed46.py)."""
    return {g: value for g, value in rm.groupdict().items() if value is not None}


def _numeral_trie(grammar: Grammar, numeral: str) -> "Optional[lookahead.Node]":
    """``grammar.lookahead(numeral)`` for a numeral with decimals or thousands ("9.5", "1,000"), memoised per grammar
    (bounded): the scan meets the same ones again and again, and working out their trie's key each time costs more."""
    memo: dict[str, Optional[lookahead.Node]] = grammar._memo.setdefault("numeral_tries", {})  # type: ignore[assignment]
    try:
        return memo[numeral]
    except KeyError:
        trie = grammar.lookahead(numeral)
        if len(memo) < _KNOWN_WORDS:
            memo[numeral] = trie
        return trie


def recognize(text: str, language: str = "en", *, narrative: bool = False) -> list[Mention]:
    """Find the time expressions of ``text``, left to right, without overlaps; ``narrative``: read
    it as a history (bare early years after "in", "by", ... are years, see rule ``early_year``).
    Text a tokeniser has split ("third - quarter", "mid - 1990s") is read with its hyphens joined again."""
    joined = _joined_hyphens(text)
    if joined is not None:
        short, origin = joined
        return [attrs.evolve(m, start=origin[m.start], end=origin[m.end - 1] + 1, text=text[origin[m.start] : origin[m.end - 1] + 1])
                for m in _recognize(short, language, narrative)]
    return _recognize(text, language, narrative)


_SPLIT_MARK = re.compile(r"[^\W_] [,;](?=\s|$)")  # "July 24 , 2003": a comma a tokeniser split off
_GLUED_MARK = re.compile(r"[^\W_][,;]\s")
_SPLIT_HYPHEN = re.compile(r"(?<=[^\W_]) - (?=[^\W_])")


def _joined_hyphens(text: str) -> Optional[tuple[str, list[int]]]:
    """In text that reads as tokenised (more commas split off than written after a word) and has hyphens
    split off too ("third - quarter"): the text with them joined, and each of its characters' offset in
    ``text``.  Elsewhere a spaced hyphen is a dash ("left - ten days later - "), kept as it is."""
    if " - " not in text or not _SPLIT_HYPHEN.search(text):
        return None
    if len(_SPLIT_MARK.findall(text)) <= len(_GLUED_MARK.findall(text)):
        return None
    pieces: list[str] = []
    origin: list[int] = []
    last = 0
    for m in _SPLIT_HYPHEN.finditer(text):
        pieces.append(text[last : m.start()])
        origin.extend(range(last, m.start()))
        pieces.append("-")
        origin.append(m.start() + 1)
        last = m.end()
    pieces.append(text[last:])
    origin.extend(range(last, len(text)))
    return "".join(pieces), origin


def _normalised(text: str) -> str:
    """``text.translate(_NORMALISE)``: in a text of ASCII characters only, where the table changes nothing but the capitals
    A-Z, ``str.lower`` (the same string, some six times faster: s59 speed)."""
    return text.lower() if text.isascii() else text.translate(_NORMALISE)


def _recognize(text: str, language: str, narrative: bool) -> list[Mention]:
    low = _normalised(text)
    grammar = compile_grammar(language, True)  # (its gated rules refused where no gate opens: _Gate)
    gate = _Gate(grammar, language, low)
    matcher_for = grammar.matcher_for
    # the matcher (and lookahead table) of each word seen, kept with the (cached, per-language) grammar; bounded
    # (and how many of its characters the trie is for: all, or a numeral's first digits, see :data:`_NUMERAL_HEAD`)
    known: dict[str, "tuple[re.Pattern[str] | None, Optional[lookahead.Node], int]"] = grammar._memo.setdefault("word_matchers", {})  # type: ignore[assignment]
    node_matcher = grammar.node_matcher
    mentions: list[Mention] = []
    resume = 0
    # only the tokens a rule may begin at, each group 1 of a match in " " + low (the character before it opens the match)
    for token in grammar.scanner(low.isascii()).finditer(" " + low):
        pos = token.start(1) - 1
        if pos < resume:
            continue
        word = token.group(1)
        try:
            matcher, trie, reach = known[word]
        except KeyError:
            trie, reach = grammar.lookahead(word), len(word)  # a word with a trie needs no alternation of all its rules
            if trie is None and word[0].isdigit():
                digits = _NUMERAL_HEAD.fullmatch(word)
                if digits is not None:  # "50th", "1990s", "80486": its first digits' trie, walked on through the rest
                    trie, reach = grammar.lookahead(digits.group(1)), digits.end(1)
            matcher = None if trie is not None else matcher_for(word)
            if len(known) < _KNOWN_WORDS:
                known[word] = (matcher, trie, reach)
        if trie is not None:  # "the co...": only the rules that can go on so
            end = pos + reach  # (where the word, or the digits its trie is for, end)
            if low[end : end + 1] in _TAIL_MARKS and word[0].isdigit():  # "9.5 million", "1,000 people": walked from after the tail
                tail = NUMERAL_TAIL.match(low, end)
                whole = _numeral_trie(grammar, word + tail.group()) if tail is not None else None
                if whole is not None:
                    trie, end = whole, tail.end()  # type: ignore[union-attr]
            matcher = lookahead.walk(trie, low, end, node_matcher)
        if matcher is None:
            continue  # no rule can begin with this word, or with these words
        if (pos and low[pos - 1] in "-/" and word[0].isdigit()
                and not (mentions and mentions[-1].end == pos - 1 and (mentions[-1].rule in _RANGE_STARTS or (mentions[-1].rule in _CLOCK_STARTS and low[pos - 1] == "-")))
                and not _month_follows(grammar, low, token.end() - 1)):
            continue  # inside a model number or a date (the second year of "2010-2012", the "4 May" of "3-4 May" are kept)
        # (:func:`_match_each` and :func:`_match_at` written out up to a match: most attempts match nothing)
        if type(matcher) is tuple:
            mention = None
            for index, rx in matcher:  # type: ignore[union-attr]
                rm = rx.match(low, pos)
                if rm is not None:
                    mention = _read_rule(grammar, text, index, rm, narrative, gate)
                    if mention is not None:
                        matched_end = rm.end()
                        break
        else:
            m = matcher.match(low, pos)  # type: ignore[union-attr]
            if m is None:
                continue
            mention, matched_end = _matched_at(grammar, text, low, pos, m, narrative, gate)
        if mention is not None and mention.end > mention.start:
            mentions.append(mention)
            # the words a rule matched but left out of the extent ("from now" of "two weeks from now") are
            # no expression of their own; a range's start leaves its end to be tagged ("[two] to [six days]")
            resume = mention.end if mention.rule in _RANGE_STARTS else max(mention.end, matched_end)
    mentions = _with_range_end_years(text, low, _with_paired_days(grammar, text, low, mentions))
    # the second year of a range of early years is a year in news too ("built from 1380 to 1420"): rule early_year's news
    # gate passes only four-digit ones (three-digit ranges, amounts there, never reach this)
    if not narrative:  # (s60) news too: "A hiker who fell ... phoned shortly before the fall": the event
        mentions = _without_season_events(grammar, low, mentions)
    if narrative:
        mentions = _with_narrative_refs(grammar, text, low, _early_years_in_context(grammar, text, low, _early_years_in_era(mentions)))
        mentions = _with_regnal_years(grammar, text, low, _without_season_events(grammar, low, _with_narrative_parts(grammar, text, low, mentions)))
        mentions = _with_age_decades(grammar, text, low, mentions)
        mentions = _with_unit_offsets(grammar, text, low, _with_on_day_offsets(grammar, text, low, mentions))
        mentions = _with_adjective_lengths(grammar, text, low, mentions)
        mentions = _with_bc_split_seasons(grammar, text, low, mentions)
        mentions = _lengths_as_offsets(low, _with_unit_fractions(grammar, text, low, mentions))
        mentions = _with_anniversaries(grammar, text, low, mentions)
        mentions = _with_weekday_dates(text, mentions)
        mentions = _with_ages(grammar, text, low, mentions)
        mentions = _with_early_years_near(grammar, text, low, mentions)
        mentions = _with_opening_years(grammar, text, low, mentions)
        mentions = _with_same_times(grammar, text, low, mentions)
        mentions = _with_decades_of_centuries(grammar, text, low, _with_millennia(grammar, text, low, mentions))
        mentions = _spans_after_leads(grammar, low, mentions)
        mentions = _with_generic_nights(grammar, text, low, mentions)
        mentions = _with_coordinated_parts(grammar, text, low, mentions)
        mentions = _with_calendar_parts(grammar, text, low, mentions)
        mentions = _with_decades_of_story_centuries(grammar, text, low, _with_story_units(grammar, text, low, mentions))
        mentions = _with_units_that_followed(grammar, text, low, _with_story_period_mods(grammar, text, low, mentions))
        mentions = _with_story_unit_parts(grammar, text, low, _with_short_decades_after(grammar, text, low, mentions))
        mentions = _with_dual_years(text, mentions)  # (a year written '98 is read in resolve.story.story_short_years)
        mentions = _with_weekdays_before(grammar, text, low, mentions)
        mentions = _with_story_holidays(grammar, text, low, _with_story_seasons(grammar, text, low, _with_season_adjectives(grammar, text, low, mentions)))
        mentions = _with_century_eras(grammar, text, low, mentions)
        mentions = _with_hedged_era_years(grammar, text, low, mentions)
    else:
        mentions = _with_unit_fractions(grammar, text, low, mentions, "news_units", "unit_fraction")
        mentions = _with_units_that_followed(grammar, text, low, mentions, "news_followers")  # (s58) "in the decade that followed"
        mentions = _with_story_units(grammar, text, low, mentions, "news_story_units")  # (s62) "for the rest of the decade"
        mentions = _with_weekdays_before(grammar, text, low, mentions)  # (s59 vals) "and its dinner the Saturday after."
    mentions = _with_early_year_lists(grammar, text, low, _with_early_range_ends(grammar, text, low, mentions, narrative))
    mentions = _with_point_parts(grammar, text, low, mentions)  # (s57 recog) "[the better part of the afternoon]"
    mentions = _with_bare_clock_ranges(grammar, text, low, _round_decades_beside_decades(grammar, low, mentions))
    return without_name_times(grammar, text, mentions, narrative)  # (s60 recog) quoted titles, venues named after a weekday
