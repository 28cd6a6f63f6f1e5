"""Recognition: text → mentions carrying a typed, underspecified meaning.

The text is scanned once, by a pattern that finds only the tokens an expression can begin at
(``Grammar.scanner``); at each, the rules the characters after it leave (:mod:`.lookahead`) are
tried (see :mod:`.grammar`).  The first rule that matches and
whose production accepts wins; the scan resumes after it.  Cost is linear in the text:
each attempt is bounded by the longest expression, and attempts start only at tokens.
"""

from __future__ import annotations

import bisect
import functools
import re
from typing import Any, Iterable, Optional

import attrs

from . import lookahead
from .grammar import NUMERAL_TAIL, Grammar, captures, compile_grammar, gates_open, longest_match
from ..model import Grain, Mod
from .meaning import Anchoring, CalendarSpec, DurationSpec, Mention, SetSpec, Shift, VagueSpec
from .productions import PRODUCTIONS, MatchContext
from .productions.common import key_of
from .productions.dates import opens_sentence

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


def _accept(grammar: Grammar, text: str, index: int, found: dict[str, str], start: int, end: int, extent: Optional[tuple[int, int]],
            narrative: bool = False) -> Optional[Mention]:
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
    return _TITLE_BEFORE.search(text, max(0, start - 40), start) is not None


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
    if text.isascii() and _idiom_free(grammar, text[start:end]):
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
            if any(m.start() + low <= start and end <= m.end() + low for m in pattern.finditer(window)):
                return True
            continue
        cut = inside.rfind(" ")
        if lower and cut > 0 and inside[cut + 1 :] in joined:  # the last word opens a phrase running past the match
            if any(start < m.start() + low < end < m.end() + low for m in pattern.finditer(window)):
                return True
        # (most matches: "Friday", "last week" are in no phrase, so the window need not be searched)
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


def _match_at(grammar: Grammar, text: str, low: str, pos: int, matcher: "re.Pattern[str]", narrative: bool = False) -> tuple[Optional[Mention], int]:
    """The first rule that matches at ``pos`` and whose production accepts, and where its match ends
    (past the extent when the rule leaves words out of it: "later" of "two days later")."""
    m = matcher.match(low, pos)
    if m is None:
        return None, pos
    return _matched_at(grammar, text, low, pos, m, narrative)


def _matched_at(grammar: Grammar, text: str, low: str, pos: int, m: "re.Match[str]", narrative: bool = False) -> tuple[Optional[Mention], int]:
    """As :func:`_match_at`, from the alternation's match ``m`` at ``pos``."""
    index, found, extent = captures(grammar, m)
    mention = _accept(grammar, text, index, found, m.start(), m.end(), extent, narrative)
    if mention is not None:
        return mention, m.end()
    # vetoed: fall back to the later rules one by one (rare, so the cost does not matter)
    later = range(index + 1, len(grammar.rule_names))
    return _match_each(grammar, text, low, pos, ((i, grammar.rule_regex(i)) for i in later), narrative)


def _match_each(grammar: Grammar, text: str, low: str, pos: int, rules: "Iterable[tuple[int, re.Pattern[str]]]",
                narrative: bool = False) -> tuple[Optional[Mention], int]:
    """As :func:`_match_at` with the rules tried one by one, in order (every rule that can match at
    ``pos`` is among ``rules``, so a vetoed match falls back to the next of them)."""
    for index, rx in rules:
        rm = rx.match(low, pos)
        if rm is not None:
            mention = _read_rule(grammar, text, index, rm, narrative)
            if mention is not None:
                return mention, rm.end()
    return None, pos


def _read_rule(grammar: Grammar, text: str, index: int, rm: "re.Match[str]", narrative: bool = False) -> Optional[Mention]:
    """The mention rule ``index``'s own match ``rm`` gives, or None when its production or a veto refuses it."""
    found = {g: value for g in grammar.group_names[index] if (value := rm.group(g)) is not None}  # (each group read once)
    extent = rm.span("extent") if "extent" in found else None
    return _accept(grammar, text, index, found, rm.start(), rm.end(), extent, narrative)


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


def _recognize(text: str, language: str, narrative: bool) -> list[Mention]:
    low = text.translate(_NORMALISE)
    grammar = compile_grammar(language, gates_open(language, low))
    matcher_for = grammar.matcher_for
    # the matcher (and lookahead table) of each word seen, kept with the (cached, per-language) grammar; bounded
    known: dict[str, "tuple[re.Pattern[str] | None, Optional[lookahead.Node]]"] = grammar._memo.setdefault("word_matchers", {})  # type: ignore[assignment]
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
            matcher, trie = known[word]
        except KeyError:
            trie = grammar.lookahead(word)  # a word with a trie needs no alternation of all its rules
            matcher = None if trie is not None else matcher_for(word)
            if len(known) < _KNOWN_WORDS:
                known[word] = (matcher, trie)
        if trie is not None:  # "the co...": only the rules that can go on so
            end = token.end() - 1
            if low[end : end + 1] in _TAIL_MARKS and word[0].isdigit():  # "9.5 million", "1,000 people": walked from after the tail
                tail = NUMERAL_TAIL.match(low, end)
                whole = grammar.lookahead(word + tail.group()) if tail is not None else None
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
                    mention = _read_rule(grammar, text, index, rm, narrative)
                    if mention is not None:
                        matched_end = rm.end()
                        break
        else:
            m = matcher.match(low, pos)  # type: ignore[union-attr]
            if m is None:
                continue
            mention, matched_end = _matched_at(grammar, text, low, pos, m, narrative)
        if mention is not None and mention.end > mention.start:
            mentions.append(mention)
            # the words a rule matched but left out of the extent ("from now" of "two weeks from now") are
            # no expression of their own; a range's start leaves its end to be tagged ("[two] to [six days]")
            resume = mention.end if mention.rule in _RANGE_STARTS else max(mention.end, matched_end)
    mentions = _with_range_end_years(text, low, _with_paired_days(grammar, text, low, mentions))
    # the second year of a range of early years is a year in news too ("built from 1380 to 1420"): rule early_year's news
    # gate passes only four-digit ones (three-digit ranges, amounts there, never reach this)
    if narrative:
        mentions = _with_narrative_refs(grammar, text, low, _early_years_in_context(grammar, text, low, _early_years_in_era(mentions)))
        mentions = _with_regnal_years(grammar, text, low, _without_season_events(grammar, low, _with_narrative_parts(grammar, text, low, mentions)))
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
        mentions = _with_story_unit_parts(grammar, text, low, _with_short_decades_after(grammar, text, low, mentions))
        mentions = _with_dual_years(text, mentions)  # (a year written '98 is read in resolve.story.story_short_years)
        mentions = _with_weekdays_before(grammar, text, low, mentions)
        mentions = _with_story_holidays(grammar, text, low, _with_story_seasons(grammar, text, low, mentions))
        mentions = _with_century_eras(grammar, text, low, mentions)
        mentions = _with_hedged_era_years(grammar, text, low, mentions)
    else:
        mentions = _with_unit_fractions(grammar, text, low, mentions, "news_units", "unit_fraction")
    mentions = _with_early_year_lists(grammar, text, low, _with_early_range_ends(grammar, text, low, mentions, narrative))
    return _with_bare_clock_ranges(grammar, text, low, _round_decades_beside_decades(grammar, low, mentions))


def _round_decades_beside_decades(grammar: Grammar, low: str, mentions: list[Mention]) -> list[Mention]:
    """ "the 1900s and 1910s", "between the 1890s and the 1900s": a round hundred read as its century (rule ``decade``:
    "the 1800s" is the 19th century) is the decade it opens when joined (lexicon [date_pairs] connectors, "the", commas)
    to the decade before or after it, as the pair counts in tens."""
    connectors = set((grammar.lexicon.tables.get("date_pairs") or {}).get("connectors", ())) | {"the", ","}
    out = mentions
    for k, m in enumerate(mentions):
        spec = m.meaning
        if m.rule != "decade" or not isinstance(spec, CalendarSpec) or spec.grain is not Grain.CENTURY or spec.century is None or spec.bc:
            continue
        for j in (k - 1, k + 1):
            if not 0 <= j < len(mentions):
                continue
            other = mentions[j].meaning
            if not (isinstance(other, CalendarSpec) and other.grain is Grain.DECADE and other.decade is not None
                    and abs(other.decade - spec.century * 10) == 1):
                continue
            a, b = (mentions[j].end, m.start) if j < k else (m.end, mentions[j].start)
            between = low[a:b].replace(",", " , ").split()
            if b - a <= 12 and between and all(w in connectors for w in between):
                if out is mentions:
                    out = list(mentions)
                out[k] = attrs.evolve(m, meaning=attrs.evolve(spec, grain=Grain.DECADE, decade=spec.century * 10, century=None))
                break
    return out


@functools.lru_cache(maxsize=None)
def _refs_pattern(words: tuple[str, ...], not_before: tuple[str, ...]) -> "re.Pattern[str]":
    """An adjective of lexicon [narrative_refs] before a word that can be its noun (not "the former an option")."""
    alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    stop = "|".join(re.escape(w) for w in sorted(not_before, key=len, reverse=True))
    return re.compile(r"(?<![\w-])(" + alt + r")(?=[ \t]{1,2}(?!(?:" + stop + r")\b)[a-z][a-z'-]*\b)")


def _with_narrative_refs(grammar: Grammar, text: str, low: str, mentions: list[Mention]) -> list[Mention]:
    """Narrative mode: "the former emperor", "their recent victories", "any future campaign": the adjective is a vague
    time before (after) the story's time, as histories (TIMEX2) mark it (lexicon [narrative_refs]); not inside another
    expression ("the future", "in recent years").  Latent: kept as an expression, but no time events are placed at."""
    table = grammar.lexicon.tables.get("narrative_refs")
    if not table or not table.get("words"):
        return mentions
    words = table["words"]
    starts = [m.start for m in mentions]
    extra: list[Mention] = []
    for r in _refs_pattern(tuple(words), tuple(table["not_before"])).finditer(low):
        if _overlaps(mentions, starts, r.start(), r.end()):
            continue
        value = words[r.group(1)]
        wide = 36525.0  # a century: the adjective says on which side of the story's time, not how far
        extra.append(Mention(r.start(), r.end(), text[r.start() : r.end()],
                             VagueSpec(value, wide if value == "PAST_REF" else 0.0, wide if value == "FUTURE_REF" else 0.0), "narrative_ref",
                             latent=True))  # no time a timeline places anything at
    return sorted(mentions + extra, key=lambda x: x.start) if extra else mentions


def _inside(mentions: list[Mention], starts: list[int], start: int, end: int) -> list[int]:
    """Indices of the ``mentions`` (sorted, not nested; ``starts``: their starts) that overlap [start, end), found by
    bisection: a pass that looks at what each of its matches covers costs the matches' number, not that times the
    document's mentions."""
    k = lo = bisect.bisect_right(starts, start)
    while lo > 0 and mentions[lo - 1].end > start:
        lo -= 1
    return list(range(lo, bisect.bisect_left(starts, end, k)))


def _overlaps(mentions: list[Mention], starts: list[int], start: int, end: int) -> bool:
    """Whether [start, end) overlaps one of ``mentions`` (sorted; ``starts``: their starts, for bisection)."""
    k = bisect.bisect_right(starts, start)
    return (k > 0 and mentions[k - 1].end > start) or (k < len(mentions) and mentions[k].start < end)


@functools.lru_cache(maxsize=None)
def _parts_pattern(ordinals: tuple[str, ...], units: tuple[str, ...]) -> "re.Pattern[str]":
    """ "the first year", "the last month" right before "of"."""
    return re.compile(r"\bthe[ \t]{1,2}(?:" + _word_alternation(ordinals) + r")[ \t]{1,2}(" + _word_alternation(units) + r")(?=[ \t]{1,2}of\b)")


def _with_narrative_parts(grammar: Grammar, text: str, low: str, mentions: list[Mention]) -> list[Mention]:
    """Narrative mode: "the first year of the war", "the last month of the siege": a length of one unit (P1Y, P1M), as
    histories (TIMEX2) mark it (lexicon [narrative_parts]); not inside another expression."""
    table = grammar.lexicon.tables.get("narrative_parts")
    if not table or not table.get("units"):
        return mentions
    grains = {w: Grain[u["grain"]] for u in grammar.lexicon["units"].values() for w in u["words"]}
    starts = [m.start for m in mentions]
    extra: list[Mention] = []
    for r in _parts_pattern(tuple(table["ordinals"]), tuple(table["units"])).finditer(low):
        grain = grains.get(r.group(1))
        if grain is None or _overlaps(mentions, starts, r.start(), r.end()):
            continue
        extra.append(Mention(r.start(), r.end(), text[r.start() : r.end()], DurationSpec(grain, 1.0), "narrative_part"))
    return sorted(mentions + extra, key=lambda x: x.start) if extra else mentions


@functools.lru_cache(maxsize=None)
def _regnal_pattern(ordinals: tuple[str, ...], possessives: tuple[str, ...], nouns: tuple[str, ...]) -> "re.Pattern[str]":
    """ "the tenth year of his reign", "the first year of the emperor Lucian's reign"."""
    return re.compile(r"\bthe[ \t]{1,2}(?:" + _word_alternation(ordinals) + r"|\d{1,2}(?:st|nd|rd|th))[ \t]{1,2}year[ \t]{1,2}of[ \t]{1,2}(?:(?:"
                      + _word_alternation(possessives) + r")|(?:the[ \t]{1,2})?(?:[\w-]+[ \t]{1,2}){0,2}[\w-]+['\u2019]s)[ \t]{1,2}(?:"
                      + _word_alternation(nouns) + r")\b")


@functools.lru_cache(maxsize=None)
def _office_pattern(ordinals: tuple[str, ...], possessives: tuple[str, ...], offices: tuple[str, ...]) -> "re.Pattern[str]":
    """ "his fifth year as abbot", "her tenth year on the throne": a year of a reign or a term of office."""
    return re.compile(r"\b(?:" + _word_alternation(possessives) + r")[ \t]{1,2}(?:" + _word_alternation(ordinals)
                      + r"|\d{1,2}(?:st|nd|rd|th))[ \t]{1,2}year[ \t]{1,2}(?:" + "|".join(re.escape(o).replace(r"\ ", r"[ \t]{1,2}") for o in offices) + r")\b")


def _with_regnal_years(grammar: Grammar, text: str, low: str, mentions: list[Mention]) -> list[Mention]:
    """Narrative mode: "the tenth year of his reign" (lexicon [regnal_years]) is one expression, a year of a reign that
    resolve.story.regnal_years counts from the accession told; what was found inside it ("the first year") gives way."""
    table = grammar.lexicon.tables.get("regnal_years")
    if not table or not table.get("nouns"):
        return mentions
    found = list(_regnal_pattern(tuple(grammar.lexicon["ordinals"]), tuple(table["possessives"]), tuple(table["nouns"])).finditer(low))
    if table.get("offices"):  # "his fifth year as abbot", "her tenth year on the throne"
        found += _office_pattern(tuple(grammar.lexicon["ordinals"]), tuple(table["possessives"]), tuple(table["offices"])).finditer(low)
        found.sort(key=lambda r: r.start())
    if not found:
        return mentions
    kept = [m for m in mentions if not any(r.start() <= m.start and m.end <= r.end() for r in found)]
    starts = [m.start for m in kept]
    extra = [Mention(r.start(), r.end(), text[r.start() : r.end()], DurationSpec(Grain.YEAR, 1.0), "regnal_year")
             for r in found if not _overlaps(kept, starts, r.start(), r.end())]
    return sorted(kept + extra, key=lambda x: x.start)


MILLENNIUM_RULE = "narrative_millennium"


@functools.lru_cache(maxsize=None)
def _millennia_pattern(mods: tuple[str, ...], ordinals: tuple[str, ...], nouns: tuple[str, ...], eras: tuple[str, ...]) -> "re.Pattern[str]":
    """ "the 6th millennium BC", "the end of the 4th millennium BC", "the early second millennium"."""
    return re.compile(r"\b(?:(" + _word_alternation(mods) + r")[ \t-]{1,2})?(?:the[ \t]{1,2})?(?:(" + _word_alternation(mods) + r")[ \t-]{1,2})?("
                      + _word_alternation(ordinals) + r"|\d(?:st|nd|rd|th))[ \t]{1,2}(?:" + _word_alternation(nouns) + r")\b(?:[ \t]{1,2}("
                      + _word_alternation(eras) + r")(?!\w))?")


def _with_millennia(grammar: Grammar, text: str, low: str, mentions: list[Mention]) -> list[Mention]:
    """Narrative mode: "the 6th millennium BC", "the end of the 4th millennium BC" (lexicon [narrative_millennia]): the
    millennium as histories (TIMEX2) write it, its number less one (BC5, BC3 with mod END; "the second millennium" 1), or
    by a name of lexicon ``names`` ("the new millennium" 2);
    the value rides in a VagueSpec (rule ``MILLENNIUM_RULE``), resolve gives its bounds; not over another expression."""
    table = grammar.lexicon.tables.get("narrative_millennia")
    if not table or not table.get("nouns"):
        return mentions
    mods = grammar.lexicon["modifiers"]
    points = tuple(w for w, m in mods.items() if m in ("START", "MID", "END"))
    bc = set(table["eras_bc"])
    found = []
    for r in _millennia_pattern(points, tuple(grammar.lexicon["ordinals"]), tuple(table["nouns"]), tuple(table["eras_bc"] + table["eras_ce"])).finditer(low):
        word = r.group(3)
        n = int(word[0]) if word[0].isdigit() else int(grammar.lexicon["ordinals"].get(word, 0))
        if 1 <= n <= 9:
            found.append((r, f"BC{n - 1}" if r.group(4) in bc else f"{n - 1}"))
    names = table.get("names") or {}
    if names:
        # written in lower case after its first letter: "the New Millennium Bridge" is a name
        found += [(r, names[" ".join(r.group(0).split())]) for r in re.finditer(r"\b(?:" + _word_alternation(tuple(names)).replace(r"\ ", r"[ \t]{1,2}") + r")\b", low)
                  if text[r.start() + 1 : r.end()].islower()]
    if not found:
        return mentions
    kept = [m for m in mentions if not any(r.start() <= m.start and m.end <= r.end() for r, _ in found)]  # ("the first millennium" a length)
    starts = [m.start for m in kept]
    extra = [Mention(r.start(), r.end(), text[r.start() : r.end()], VagueSpec(value), MILLENNIUM_RULE)
             for r, value in found if not _overlaps(kept, starts, r.start(), r.end())]
    return sorted(kept + extra, key=lambda x: x.start)


@functools.lru_cache(maxsize=None)
def _fractions_pattern(fractions: tuple[str, ...], nouns: tuple[str, ...], units: tuple[str, ...]) -> "re.Pattern[str]":
    """ "a quarter of a century", "three quarters of a century", "a quarter-century"."""
    unit = _alternation(units)
    return re.compile(r"(?<![\w-])(?:(" + _alternation(fractions) + r")[ \t]{1,2}an?[ \t]{1,2}(" + unit + r")|an?[ \t]{1,2}("
                      + _alternation(nouns) + r")-(" + unit + r"))\b(?!-)")


@functools.lru_cache(maxsize=None)
def _fraction_keys(fractions: tuple[str, ...], nouns: tuple[str, ...]) -> tuple[str, ...]:
    """One word each fraction phrase and noun of [narrative_fractions] must hold (its longest): a text holding none of
    them has no match of :func:`_fractions_pattern`."""
    words = {max(p.split(), key=len) for p in fractions} | set(nouns)
    # a word holding another is found wherever it is ("quarters", "three-quarters" hold "quarter"): one search fewer a text each
    return tuple(sorted(w for w in words if not any(v != w and v in w for v in words)))


def _fraction_parts(grammar: Grammar, units: str) -> "tuple[tuple[str, ...], re.Pattern[str], dict[str, Grain], Optional[int]]":
    """The keys, the pattern (with the unit words of [narrative_fractions] ``units``), the grain of each unit word and the
    longest match of the pattern (:func:`_may_match_near`) that :func:`_with_unit_fractions` reads, worked out once per grammar."""
    key = ("fraction_parts", units)
    if key not in grammar._memo:
        table = grammar.lexicon["narrative_fractions"]
        pattern = _fractions_pattern(tuple(table["fractions"]), tuple(table["nouns"]), tuple(table[units]))
        grammar._memo[key] = (_fraction_keys(tuple(table["fractions"]), tuple(table["nouns"])), pattern,
                              {w: Grain[u["grain"]] for u in grammar.lexicon["units"].values() for w in u["words"]}, longest_match(pattern))
    return grammar._memo[key]  # type: ignore[return-value]


def _lines_holding(low: str, keys: tuple[str, ...]) -> list[tuple[int, int]]:
    """The (start, end) of each line of ``low`` holding one of ``keys``, in order, the line break left out."""
    starts: set[int] = set()
    for w in keys:
        at = low.find(w)
        while at >= 0:
            line_start = low.rfind("\n", 0, at) + 1
            starts.add(line_start)
            line_end = low.find("\n", at)
            at = low.find(w, line_end) if line_end >= 0 else -1  # (the next line holding it)
    return [(s, e if (e := low.find("\n", s)) >= 0 else len(low)) for s in sorted(starts)]


def _may_match_near(pattern: "re.Pattern[str]", low: str, start: int, end: int, keys: tuple[str, ...], reach: Optional[int]) -> bool:
    """Whether ``pattern`` may match in ``low[start:end]``, when each of its matches holds one of ``keys`` and is at most
    ``reach`` characters long: searched only around each key found (``reach`` before it to ``reach`` + 1 after, so a match
    there has the characters after it to look at), not along the whole line, where its first characters ("a", "t", "o")
    are tried at every word.  False only when there is no match; a match near a key that the line's own search would not
    make (none known) only sends the line to that search.  With no ``reach`` (an unbounded pattern): True."""
    if reach is None:
        return True
    search = pattern.search
    for w in keys:
        at = low.find(w, start, end)
        while at >= 0:
            if search(low, at - reach if at - reach > start else start, min(end, at + reach + 1)) is not None:
                return True
            at = low.find(w, at + 1, end)
    return False


def _with_unit_fractions(grammar: Grammar, text: str, low: str, mentions: list[Mention], units: str = "units",
                         rule: str = "narrative_fraction") -> list[Mention]:
    """Narrative mode: "a quarter of a century", "three quarters of a century", "a quarter-century" (lexicon
    [narrative_fractions]): a length of that part of the unit (0.25 century: 25 years on as an offset, "a quarter of a
    century after the flood"), replacing what was found inside ("a century after the flood": 100 years on); in news
    (``units`` = "news_units") the lengths only ("for a quarter of an hour" was "an hour", PT1H)."""
    table = grammar.lexicon.tables.get("narrative_fractions")
    if not table or not table.get(units):
        return mentions
    keys, pattern, grains, reach = _fraction_parts(grammar, units)
    lines = _lines_holding(low, keys)
    if not lines:
        return mentions  # (most texts: no fraction's word, and the pattern, which opens with "a", would be tried at every "a")
    found = []
    for line_start, line_end in lines:  # (a match lies in one line, and holds a key: only those lines are searched)
        if not _may_match_near(pattern, low, line_start, line_end, keys, reach):
            continue  # (TBAQ: 176 lines hold "quarter" or "half", none a fraction of a unit)
        for r in pattern.finditer(low, line_start, line_end):
            part = float(table["fractions"][" ".join(r.group(1).split())]) if r.group(1) else float(table["nouns"][r.group(3)])
            found.append((r.start(), r.end(), DurationSpec(grains[r.group(2) or r.group(4)], part)))
    if not found:
        return mentions
    # what was found inside gives way ("a century" of "a quarter of a century after the flood": 100 years on)
    kept = [m for m in mentions if not any(a <= m.start and m.end <= b for a, b, _ in found)]
    starts = [m.start for m in kept]
    extra = [Mention(a, b, text[a:b], meaning, rule) for a, b, meaning in found if not _overlaps(kept, starts, a, b)]
    return sorted(kept + extra, key=lambda x: x.start)


_AND_PART = re.compile(r"[ \t]{1,2}and[ \t]{1,2}([a-z]+)\b")


def _with_coordinated_parts(grammar: Grammar, text: str, low: str, mentions: list[Mention]) -> list[Mention]:
    """Narrative mode: "That afternoon and night", "the evening of 23 January and night": the part of the day after "and"
    is one of the same day, as histories (TIMEX2) tag it (a word of lexicon [parts_of_day]);
    not inside another expression."""
    parts = grammar.lexicon["parts_of_day"]
    starts = [m.start for m in mentions]
    extra = []
    for m in mentions:
        spec = m.meaning
        if not isinstance(spec, CalendarSpec) or not spec.part_of_day:
            continue
        r = _AND_PART.match(low, m.end)
        if r is None or r.group(1) not in parts:
            continue
        if not _overlaps(mentions, starts, r.start(1), r.end(1)):
            extra.append(Mention(r.start(1), r.end(1), text[r.start(1) : r.end(1)], attrs.evolve(spec, part_of_day=r.group(1)),
                                 "narrative_coordinated_part"))
    return sorted(mentions + extra, key=lambda x: x.start) if extra else mentions


@functools.lru_cache(maxsize=None)
def _calendar_part_pattern(adjectives: tuple[str, ...], units: tuple[str, ...]) -> "re.Pattern[str]":
    """ "the last days of ", "the first weeks of " right before a date (searched backwards from it: anchored at the end)."""
    return re.compile(r"\bthe[ \t]{1,2}(" + _word_alternation(adjectives) + r")[ \t]{1,2}(?:" + _word_alternation(units) + r")[ \t]{1,2}of[ \t]{1,2}\Z")


def _with_calendar_parts(grammar: Grammar, text: str, low: str, mentions: list[Mention]) -> list[Mention]:
    """Narrative mode: "the last days of May", "the first weeks of 1943" (lexicon [narrative_calendar_parts]): one
    expression, the calendar period after "of" with the adjective's mod, as histories (TIMEX2) mark it (1920-05 END, like
    "late May"), not a length of days ("the last days") and a month beside it; only a period longer than the unit ("the last days of
    the war" names an event: a length still)."""
    table = grammar.lexicon.tables.get("narrative_calendar_parts")
    if not table or not table.get("units"):
        return mentions
    pattern = _calendar_part_pattern(tuple(table["mods"]), tuple(table["units"]))
    grains = {w: Grain[u["grain"]] for u in grammar.lexicon["units"].values() for w in u["words"]}
    out = list(mentions)
    for n in mentions:
        spec = n.meaning
        if not isinstance(spec, CalendarSpec):
            continue
        r = pattern.search(low, max(0, n.start - 40), n.start)
        if r is None or spec.grain <= grains[low[r.end(1) : r.end()].split()[0]]:
            continue
        out = [m for m in out if not (r.start() <= m.start < n.start)]
        part = Mention(r.start(), n.end, text[r.start() : n.end], attrs.evolve(spec, mod=Mod(table["mods"][r.group(1)])), "narrative_calendar_part")
        out = sorted([m for m in out if m is not n] + [part], key=lambda x: x.start)
    return out


@functools.lru_cache(maxsize=None)
def _story_unit_pattern(leads: tuple[str, ...], units: tuple[str, ...]) -> "re.Pattern[str]":
    """ "of the century." : a lead word, "the" and a unit, then a stop (the unit ends the phrase)."""
    return re.compile(r"\b(?:" + _word_alternation(leads) + r")[ \t]{1,2}(the[ \t]{1,2}(" + _word_alternation(units) + r"))(?=[ \t]*(?:[.,;:)!?]|$))")


@functools.lru_cache(maxsize=None)
def _new_century_pattern(words: tuple[str, ...]) -> "re.Pattern[str]":
    """ "the new century"."""
    return re.compile(r"\bthe[ \t]{1,2}(?:" + _word_alternation(words) + r")[ \t]{1,2}century\b(?!-)")


@functools.lru_cache(maxsize=None)
def _story_unit_hyphen_pattern(mods: tuple[str, ...], units: tuple[str, ...]) -> "re.Pattern[str]":
    """ "mid-century", "the mid-decade": a mod word joined by a hyphen to a unit (perhaps "the" before it)."""
    return re.compile(r"(?<![\w-])(?:the[ \t]{1,2})?(" + _word_alternation(mods) + r")-(" + _word_alternation(units) + r")(?![\w-])")


@functools.lru_cache(maxsize=None)
def _weekday_before_pattern(weekdays: tuple[str, ...], directions: tuple[str, ...]) -> "re.Pattern[str]":
    """ "the Sunday before," : "the", a weekday, a direction, then a stop (an adverb: no object after it)."""
    return re.compile(r"\bthe[ \t]{1,2}(" + _word_alternation(weekdays) + r")[ \t]{1,2}(" + _word_alternation(directions) + r")(?=[ \t]*[,.;:])")


def _with_weekdays_before(grammar: Grammar, text: str, low: str, mentions: list[Mention]) -> list[Mention]:
    """Narrative mode: "The Sunday before, the leaders had met", "the Monday after." (a weekday, then a direction of
    lexicon [narrative_unit_offsets] with no object after it): the weekday before (after) the story's day, one expression,
    read as "the previous Sunday" ("the following Monday") is; what was found inside it (the weekday) gives way."""
    table = grammar.lexicon.tables.get("narrative_unit_offsets")
    if not table or not table.get("directions"):
        return mentions
    weekdays = grammar.lexicon["weekdays"]
    starts = [m.start for m in mentions]
    extra: list[Mention] = []
    replaced: set[int] = set()
    for r in _weekday_before_pattern(tuple(w for w in weekdays if len(w) > 3), tuple(table["directions"])).finditer(low):
        inside = _inside(mentions, starts, r.start(), r.end())
        if any(mentions[k].start < r.start() or mentions[k].end > r.end() for k in inside):
            continue
        replaced.update(inside)
        word = "previous" if r.group(2) == "before" else "following"  # as "the previous Sunday", "the following Monday"
        extra.append(Mention(r.start(), r.end(), text[r.start() : r.end()], CalendarSpec(Grain.DAY, weekday=int(weekdays[r.group(1)]), relative_word=word),
                             "narrative_weekday_offset"))
    if not extra:
        return mentions
    return sorted([m for k, m in enumerate(mentions) if k not in replaced] + extra, key=lambda x: x.start)


DECADE_OF_STORY_RULE = "narrative_decade_of_story"
POD_OFFSET_RULE = "narrative_part_offset"  # "the morning" of "the morning after the battle": that part of the day so counted
EVE_RULE = "narrative_eve"  # "the eve" of "the eve of the battle": the day before what "of" names (resolve.story.event_offset)


def _with_decades_of_story_centuries(grammar: Grammar, text: str, low: str, mentions: list[Mention]) -> list[Mention]:
    """Narrative mode: "the last decade of the century", "the first decade of the century": one expression (rule
    ``DECADE_OF_STORY_RULE``), read as the story's century (as "the century" alone is, see :func:`_with_story_units`) and
    valued at its decade of that rank when resolved, as "the last decade of the 19th century" is (189); ranks as in
    :func:`_with_decades_of_centuries`."""
    table = grammar.lexicon.tables.get("narrative_parts")
    units = grammar.lexicon.tables.get("narrative_story_units") or {}
    if not table or not table.get("last") or "century" not in units.get("units", ()):
        return mentions
    rx = _of_the_century(tuple(units.get("not_after") or ()))
    out: list[Mention] = []
    k = 0
    while k < len(mentions):
        m = mentions[k]
        k += 1
        r = rx.match(low, m.end) if m.rule == "narrative_part" and isinstance(m.meaning, DurationSpec) and m.meaning.grain is Grain.DECADE else None
        if r is None or story_decade_rank(grammar.lexicon, m.text) is None:
            out.append(m)
            continue
        if k < len(mentions) and mentions[k].start < r.end():
            if mentions[k].rule != "narrative_story_unit" or mentions[k].end > r.end():
                out.append(m)
                continue
            k += 1  # ("the century" the story units found)
        out.append(Mention(m.start, r.end(), text[m.start : r.end()], CalendarSpec(Grain.CENTURY, shift=Shift(Grain.CENTURY, 0, Anchoring.REFERENCE)),
                           DECADE_OF_STORY_RULE))
    return out


@functools.lru_cache(maxsize=None)
def _of_the_century(not_after: tuple[str, ...]) -> "re.Pattern[str]":
    """ " of the century" not followed by a word that makes it another one ("of the century that followed")."""
    veto = r"(?![ \t]{1,2}(?:" + _word_alternation(not_after) + r")\b)" if not_after else ""
    return re.compile(r"[ \t]{1,2}of[ \t]{1,2}the[ \t]{1,2}century\b(?!-)" + veto)


@functools.lru_cache(maxsize=None)
def _story_unit_part_pattern(adjectives: tuple[str, ...], units: tuple[str, ...], story_units: tuple[str, ...], not_after: tuple[str, ...],
                             new_words: tuple[str, ...] = ()) -> "re.Pattern[str]":
    """ "the closing years of the century": an adjective, a plural unit, "of the" and a unit the story is in, not followed by
    a word that makes it another one; "the early years of the new century": a word of ``new_words`` before "century"."""
    veto = r"(?![ \t]{1,2}(?:" + _word_alternation(not_after) + r")\b)" if not_after else ""
    new = r"(?:(" + _word_alternation(new_words) + r")[ \t]{1,2}(?=century\b))?" if new_words else r"()?"
    return re.compile(r"\bthe[ \t]{1,2}(" + _word_alternation(adjectives) + r")[ \t]{1,2}(?:" + _word_alternation(units) + r")[ \t]{1,2}of[ \t]{1,2}the[ \t]{1,2}"
                      + new + "(" + _word_alternation(story_units) + r")\b(?!-)" + veto)


def _with_story_unit_parts(grammar: Grammar, text: str, low: str, mentions: list[Mention]) -> list[Mention]:
    """Narrative mode: "the closing years of the century", "the first years of the decade" (an adjective and a plural unit of
    lexicon [narrative_calendar_parts], then "of the" and a unit of [narrative_story_units]): one expression, the story's
    century (decade) with the adjective's mod, as "the last days of May" is May with END (was a vague length, "years");
    what was found inside it gives way, nothing that reaches outside it."""
    table = grammar.lexicon.tables.get("narrative_calendar_parts")
    units = grammar.lexicon.tables.get("narrative_story_units") or {}
    if not table or not table.get("units") or not units.get("units"):
        return mentions
    grains = {w: Grain[u["grain"]] for u in grammar.lexicon["units"].values() for w in u["words"]}
    pattern = _story_unit_part_pattern(tuple(table["mods"]), tuple(table["units"]), tuple(units["units"]), tuple(units.get("not_after") or ()),
                                       tuple(units.get("new_words") or ()))
    extra: list[Mention] = []
    dropped: set[int] = set()
    starts = [m.start for m in mentions]
    for r in pattern.finditer(low):
        inside = _inside(mentions, starts, r.start(), r.end())
        if any(mentions[k].start < r.start() or mentions[k].end > r.end() for k in inside):
            continue
        dropped.update(inside)
        grain = grains[r.group(3)]
        mod = Mod(table["mods"][r.group(1)])
        spec = (CalendarSpec(Grain.CENTURY, century_turn=True, mod=mod) if r.group(2)  # ("of the new century": the next one's)
                else CalendarSpec(grain, shift=Shift(grain, 0, Anchoring.REFERENCE), mod=mod))
        extra.append(Mention(r.start(), r.end(), text[r.start() : r.end()], spec, "narrative_story_unit"))
    if not extra:
        return mentions
    return sorted([m for k, m in enumerate(mentions) if k not in dropped] + extra, key=lambda x: x.start)


_SHORT_DECADE = re.compile(r"[ \t]{0,2}(\S+)[ \t]{0,2}(?<![\w'\u2019])([1-9]0)s\b(?!-)")


def _with_short_decades_after(grammar: Grammar, text: str, low: str, mentions: list[Mention]) -> list[Mention]:
    """Narrative mode: "the 1780s and 90s", "the 1920s or 30s": a decade written with its last two digits alone right after
    a decade and a connector of lexicon [date_pairs] is a decade of the same century (179), as "the 1920s and '30s" is."""
    connectors = set((grammar.lexicon.tables.get("date_pairs") or {}).get("connectors", ()))
    extra: list[Mention] = []
    for k, m in enumerate(mentions):
        spec = m.meaning
        if not (isinstance(spec, CalendarSpec) and spec.grain is Grain.DECADE and spec.decade is not None and not spec.bc and spec.decade >= 10):
            continue
        r = _SHORT_DECADE.match(low, m.end)
        if r is None or r.group(1) not in connectors or (k + 1 < len(mentions) and mentions[k + 1].start < r.end()):
            continue
        decade = spec.decade // 10 * 10 + int(r.group(2)) // 10
        if decade <= spec.decade:
            continue  # ("the 1780s and 10s": no later decade of that century)
        extra.append(Mention(r.start(2), r.end(), text[r.start(2) : r.end()], attrs.evolve(spec, decade=decade, mod=None), "narrative_short_decade"))
    return sorted(mentions + extra, key=lambda x: x.start) if extra else mentions


_DUAL_YEAR = re.compile(r"/(\d{1,2})(?![\d/])")
OLD_STYLE_LAST_MONTH = 3  # in dual dating the old year ran to 24 March: "20 February 1720/21" is of 1721 (New Style)


def _with_dual_years(text: str, mentions: list[Mention]) -> list[Mention]:
    """Narrative mode: "20 February 1720/21", "March 1688/9" (a date of January to March written with the year of the old
    reckoning, which began on 25 March, and the last digits of the next year after a slash): of the later year, the slash and
    its digits part of the expression."""
    out = list(mentions)
    for k, m in enumerate(mentions):
        spec = m.meaning
        if not (isinstance(spec, CalendarSpec) and spec.year is not None and spec.month is not None and spec.month <= OLD_STYLE_LAST_MONTH
                and spec.shift is None and not spec.bc and m.text[-4:].isdigit() and int(m.text[-4:]) == spec.year):
            continue
        r = _DUAL_YEAR.match(text, m.end)
        later = spec.year + 1
        if r is None or int(r.group(1)) != later % 10 ** len(r.group(1)) or (k + 1 < len(mentions) and mentions[k + 1].start < r.end()):
            continue
        out[k] = Mention(m.start, r.end(), text[m.start : r.end()], attrs.evolve(spec, year=later), m.rule)
    return out


def story_decade_rank(lexicon: Any, phrase: str) -> Optional[int]:
    """The rank (1-10) of the decade "the last decade ...", "the third decade ..." names (lexicon [narrative_parts] last:
    the tenth; else [ordinals]), or None."""
    table = lexicon.tables.get("narrative_parts") or {}
    words = phrase.lower().split()
    if len(words) < 3:
        return None
    rank = 10 if words[1] in table.get("last", ()) else int(lexicon["ordinals"].get(words[1], 0))
    return rank if 1 <= rank <= 10 else None


@functools.lru_cache(maxsize=None)
def _story_unit_mod_pattern(mods: tuple[str, ...], links: tuple[str, ...], units: tuple[str, ...], not_after: tuple[str, ...]) -> "re.Pattern[str]":
    """ "early in the century": a mod word, a link, "the" and a unit, not followed by a word that makes it another unit."""
    veto = r"(?![ \t]{1,2}(?:" + _word_alternation(not_after) + r")\b)" if not_after else ""
    return re.compile(r"\b(" + _word_alternation(mods) + r")[ \t]{1,2}(?:" + _word_alternation(links) + r")[ \t]{1,2}the[ \t]{1,2}("
                      + _word_alternation(units) + r")\b" + veto)


def _with_story_units(grammar: Grammar, text: str, low: str, mentions: list[Mention]) -> list[Mention]:
    """Narrative mode: "the turning point of the century.", "the worst famine of the decade," (lexicon
    [narrative_story_units]): the century (decade) the story is in, as "the end of the century" is counted; only where the
    unit ends the phrase ("of the century that followed" is another one); not inside another expression.  "early in the
    century", "late in the decade": that unit with the mod (as "early in the next decade" is read); "the rest of the
    century" (``rests``) too, the whole phrase."""
    table = grammar.lexicon.tables.get("narrative_story_units")
    if not table or not table.get("units"):
        return mentions
    grains = {w: Grain[u["grain"]] for u in grammar.lexicon["units"].values() for w in u["words"]}
    starts = [m.start for m in mentions]
    found = [(r.start(1), r.end(1), grains[r.group(2)], None) for r in _story_unit_pattern(tuple(table["leads"]), tuple(table["units"])).finditer(low)]
    if table.get("mods") and table.get("mod_links"):
        pattern = _story_unit_mod_pattern(tuple(table["mods"]), tuple(table["mod_links"]), tuple(table["units"]), tuple(table.get("not_after") or ()))
        found += [(r.start(), r.end(), grains[r.group(2)], Mod(table["mods"][r.group(1)])) for r in pattern.finditer(low)]
    rests = []
    if table.get("rests"):  # "for the rest of the century": the story's century from its time on (END)
        pattern = _story_unit_mod_pattern(tuple(table["rests"]), ("of",), tuple(table["units"]), tuple(table.get("not_after") or ()))
        rests = [(r.start(), r.end(), grains[r.group(2)], Mod(table["rests"][" ".join(r.group(1).split())])) for r in pattern.finditer(low)]
        found += rests
    if table.get("hyphen_mods"):
        pattern = _story_unit_hyphen_pattern(tuple(table["hyphen_mods"]), tuple(table["units"]))
        found += [(r.start(), r.end(), grains[r.group(2)], Mod(table["hyphen_mods"][r.group(1)])) for r in pattern.finditer(low)]
    if rests:  # ("the rest of the century," holds "of the century,": the longer one)
        ends = {b for _, b, _, _ in rests}
        found = [f for f in found if f[3] is not None or f[1] not in ends]
    extra = [Mention(a, b, text[a:b], CalendarSpec(grain, shift=Shift(grain, 0, Anchoring.REFERENCE), mod=mod), "narrative_story_unit")
             for a, b, grain, mod in sorted(found, key=lambda f: f[0]) if not _overlaps(mentions, starts, a, b)]
    if table.get("new_words"):
        new = _new_century_pattern(tuple(table["new_words"]))
        extra += [Mention(r.start(), r.end(), text[r.start() : r.end()], CalendarSpec(Grain.CENTURY, century_turn=True), "narrative_new_century")
                  for r in new.finditer(low) if not _overlaps(mentions, starts, r.start(), r.end())]
        extra.sort(key=lambda x: x.start)
    return sorted(mentions + extra, key=lambda x: x.start) if extra else mentions


@functools.lru_cache(maxsize=None)
def _story_season_pattern(relatives: tuple[str, ...], nouns: tuple[str, ...]) -> "re.Pattern[str]":
    """ "the following season", "that season": a relative word of [relative] that_year, then a noun, no "of" after it."""
    rel = "|".join(r"[ \t]{1,2}".join(re.escape(w) for w in r.split()) for r in sorted(relatives, key=len, reverse=True))
    return re.compile(r"\b(" + rel + r")[ \t]{1,2}(?:" + _word_alternation(nouns) + r")\b(?![ \t]{1,2}of\b|['\u2019-])")


@functools.lru_cache(maxsize=None)
def _season_years_pattern(nouns: tuple[str, ...]) -> "re.Pattern[str]":
    """ "the 1848-49 session": "the", a year, a dash or slash and the next year (two or four digits), a noun."""
    return re.compile(r"\bthe[ \t]{1,2}([12]\d{3})[-/\u2013]((?:[12]\d)?\d\d)[ \t]{1,2}(?:" + _word_alternation(nouns) + r")\b(?!-)")


def _with_story_seasons(grammar: Grammar, text: str, low: str, mentions: list[Mention]) -> list[Mention]:
    """Narrative mode: "the following season", "that season" (lexicon [narrative_story_seasons] nouns, after a relative word
    of [relative] that_year): a season of a sport, a stage or a campaign comes once a year, so the year the story is in or
    the one after or before it ("won the cup in 1874. The following season the boathouse flooded": 1875); "the 1848-49
    session" (a year and the next, then one of the nouns) is the year it ends in."""
    table = grammar.lexicon.tables.get("narrative_story_seasons")
    if not table or not table.get("nouns"):
        return mentions
    shifts = grammar.lexicon["relative"]["that_year"]
    extra: list[Mention] = []
    replaced: set[int] = set()
    starts = [m.start for m in mentions]
    for r in _story_season_pattern(tuple(shifts), tuple(table["nouns"])).finditer(low):
        inside = _inside(mentions, starts, r.start(), r.end())
        if any(mentions[k].start < r.start() or mentions[k].end > r.end() or not isinstance(mentions[k].meaning, VagueSpec) for k in inside):
            continue  # (what was found already stays, but a vague "next season" inside it: "won it the next season")
        replaced.update(inside)
        shift = Shift(Grain.YEAR, int(shifts[" ".join(r.group(1).split())]), Anchoring.NARRATIVE)
        extra.append(Mention(r.start(), r.end(), text[r.start() : r.end()], CalendarSpec(Grain.YEAR, shift=shift), "narrative_story_season"))
    for r in _season_years_pattern(tuple(table["nouns"])).finditer(low):  # "the 1848-49 session": the year it ends in, as a
        first, end = int(r.group(1)), int(r.group(2))  # sport's season is dated (rule fiscal_year reads "the 1921-22 season")
        end += first - first % 100 if end < 100 else 0
        inside = _inside(mentions, starts, r.start(), r.end())
        if end != first + 1 or any(mentions[k].start < r.start() or mentions[k].end > r.end() for k in inside):
            continue
        replaced.update(inside)
        extra.append(Mention(r.start(), r.end(), text[r.start() : r.end()], CalendarSpec(Grain.YEAR, year=end), "narrative_story_season"))
    if not extra:
        return mentions
    return sorted([m for k, m in enumerate(mentions) if k not in replaced] + extra, key=lambda x: x.start)


@functools.lru_cache(maxsize=None)
def _relative_before(relatives: tuple[str, ...]) -> "re.Pattern[str]":
    """A relative word of [relative] that_year ending right before a point ("the following " of "the following Christmas")."""
    alts = "|".join(r"[ \t]{1,2}".join(re.escape(w) for w in r.split()) for r in sorted(relatives, key=len, reverse=True))
    return re.compile(r"(?<![\w-])(" + alts + r")[ \t]{1,2}$")


def _with_story_holidays(grammar: Grammar, text: str, low: str, mentions: list[Mention]) -> list[Mention]:
    """Narrative mode: "the following Christmas", "the previous Easter", "that Christmas" (a relative word of [relative]
    that_year right before a holiday written without a year): one expression, the holiday after (before) the story's time
    or in the story's year ("that", "the same"; see resolve.named)."""
    shifts = grammar.lexicon["relative"].get("that_year")
    if not shifts:
        return mentions
    rx = _relative_before(tuple(shifts))
    out: list[Mention] = []
    for m in mentions:
        spec = m.meaning
        r = None
        if (isinstance(spec, CalendarSpec) and spec.holiday is not None and spec.grain is Grain.DAY and spec.year is None and spec.shift is None
                and spec.relative_word is None and spec.part_of_day is None):
            r = rx.search(low, max(0, m.start - 20, out[-1].end if out else 0), m.start)
        if r is None:
            out.append(m)
            continue
        amount = int(shifts[" ".join(r.group(1).split())])
        meaning = attrs.evolve(spec, shift=Shift(Grain.YEAR, 0, Anchoring.NARRATIVE), relative_word="next" if amount > 0 else "last" if amount else "that")
        out.append(Mention(r.start(1), m.end, text[r.start(1) : m.end], meaning, m.rule))
    return out


@functools.lru_cache(maxsize=None)
def _century_era_pattern(eras: tuple[str, ...]) -> "re.Pattern[str]":
    """An era written right after a century ("[the third century] AD")."""
    return re.compile(r"[ \t]{1,2}(?:" + _word_alternation(eras) + r")(?!\w|\.\w)")


def _with_century_eras(grammar: Grammar, text: str, low: str, mentions: list[Mention]) -> list[Mention]:
    """Narrative mode: "the third century AD", "the middle of the first century A.D." (lexicon [century_eras] eras right
    after a century of the common era): the era is part of the expression, as in "AD 62"."""
    eras = (grammar.lexicon.tables.get("century_eras") or {}).get("eras")
    if not eras:
        return mentions
    pattern = _century_era_pattern(tuple(eras))
    out = list(mentions)
    for k, m in enumerate(mentions):
        spec = m.meaning
        if not isinstance(spec, CalendarSpec) or spec.century is None or spec.bc:
            continue
        r = pattern.match(low, m.end)
        if r is not None and (k + 1 == len(mentions) or mentions[k + 1].start >= r.end()):
            out[k] = attrs.evolve(m, end=r.end(), text=text[m.start : r.end()])
    return out


@functools.lru_cache(maxsize=None)
def _era_hedge_pattern(hedges: tuple[str, ...]) -> "re.Pattern[str]":
    """A hedge right before a year written with its era ("[about ]AD 125")."""
    return re.compile(r"(?<![\w.])(?:" + _word_alternation(hedges) + r")[ \t]{1,2}\Z")


def _with_hedged_era_years(grammar: Grammar, text: str, low: str, mentions: list[Mention]) -> list[Mention]:
    """Narrative mode: "about AD 125", "c. AD 300" (a hedge of lexicon [century_eras] ``hedges`` right before a year the
    rule ``year_ad`` found): the hedge is part of the expression, with its mod, as in "about 1250"."""
    hedges = (grammar.lexicon.tables.get("century_eras") or {}).get("hedges")
    if not hedges:
        return mentions
    pattern = _era_hedge_pattern(tuple(hedges))
    out = list(mentions)
    for k, m in enumerate(mentions):
        if m.rule != "year_ad" or not isinstance(m.meaning, CalendarSpec) or m.meaning.mod is not None:
            continue
        r = pattern.search(low, max(0, m.start - 12), m.start)
        if r is not None and (k == 0 or mentions[k - 1].end <= r.start()):
            out[k] = attrs.evolve(m, start=r.start(), text=text[r.start() : m.end], meaning=attrs.evolve(m.meaning, mod="APPROX"))
    return out


NIGHT_RULE = "narrative_night"


@functools.lru_cache(maxsize=None)
def _nights_pattern(leads: tuple[str, ...], words: tuple[str, ...], nouns: tuple[str, ...]) -> "re.Pattern[str]":
    """ "at night", "by night"; "night attacks", "a night-raid", "a night-time retreat" (the night word alone)."""
    word = _word_alternation(words)
    return re.compile(r"\b(?:" + _word_alternation(leads) + r")[ \t]{1,2}(" + word + r")(?![\w-])|(?<![\w-])(" + word + r")(?=[ \t-](?:"
                      + _word_alternation(nouns) + r")\b)")


def _with_generic_nights(grammar: Grammar, text: str, low: str, mentions: list[Mention]) -> list[Mention]:
    """Narrative mode: "travelled at night", "fled by night", "night attacks", "a night-raid" (lexicon [narrative_nights]):
    the night word is a night of no day said (histories, TIMEX2: XXXX-XX-XXTNI; rule ``NIGHT_RULE``, resolve gives the
    value); not inside another expression, nor "the night" ("spent the night"), nor before other nouns ("a night shift")."""
    table = grammar.lexicon.tables.get("narrative_nights")
    if not table or not table.get("words"):
        return mentions
    found = [(r.start(k), r.end(k)) for r in _nights_pattern(tuple(table["leads"]), tuple(table["words"]), tuple(table["nouns"])).finditer(low)
             for k in ((1,) if r.group(1) else (2,))]
    if not found:
        return mentions
    # "made a night march": not the length "a night" the rules read
    kept = [m for m in mentions if not (isinstance(m.meaning, DurationSpec) and any(m.end == b and m.start < a for a, b in found))]
    starts = [m.start for m in kept]
    extra = [Mention(a, b, text[a:b], VagueSpec("XXXX-XX-XXTNI"), NIGHT_RULE) for a, b in found if not _overlaps(kept, starts, a, b)]
    return sorted(kept + extra, key=lambda x: x.start)


_SPAN_GRAINS = (Grain.WEEK, Grain.MONTH, Grain.YEAR, Grain.DECADE, Grain.CENTURY)


def _spans_after_leads(grammar: Grammar, low: str, mentions: list[Mention]) -> list[Mention]:
    """Narrative mode: "rebuilt over the next decade": the unit after the story's, after a word of lexicon [narrative_spans]
    leads, is a length of one unit, as "for the next decade" is (rule for_the_next_unit; histories, TIMEX2: P1DE), not the
    calendar decade after the story's ("in the following decade" stays one)."""
    table = grammar.lexicon.tables.get("narrative_spans")
    if not table or not table.get("leads"):
        return mentions
    out = []
    for m in mentions:
        spec = m.meaning
        if (isinstance(spec, CalendarSpec) and spec.shift is not None and spec.shift.amount == 1 and spec.shift.grain is spec.grain
                and spec.grain in _SPAN_GRAINS):
            before = low[max(0, m.start - 20) : m.start].split()
            if before and before[-1] in table["leads"]:
                m = attrs.evolve(m, meaning=DurationSpec(spec.grain, 1.0, span="next", anchoring=Anchoring.REFERENCE), rule="narrative_span")
        out.append(m)
    return out


_OF = re.compile(r"[ \t]{1,2}of[ \t]{1,2}")


def _with_decades_of_centuries(grammar: Grammar, text: str, low: str, mentions: list[Mention]) -> list[Mention]:
    """Narrative mode: "the first decade of the 20th century", "the last decade of the 19th century", "the first decade of
    the third millennium": one expression, that calendar decade (190, 189, 200) as histories (TIMEX2) write it, not a length
    of one decade ("the first decade of the war" stays P1DE) and the century beside it; ranks of [ordinals], the last
    one after a word of lexicon [narrative_parts] last; centuries and millennia of the common era only."""
    table = grammar.lexicon.tables.get("narrative_parts")
    if not table or not table.get("last"):
        return mentions
    out: list[Mention] = []
    k = 0
    while k < len(mentions):
        m = mentions[k]
        n = mentions[k + 1] if k + 1 < len(mentions) else None
        words = m.text.lower().split()
        rank = (10 if words[1] in table["last"] else int(grammar.lexicon["ordinals"].get(words[1], 0))) if len(words) == 3 else 0
        base = None
        if n is not None and m.rule == "narrative_part" and isinstance(m.meaning, DurationSpec) and m.meaning.grain is Grain.DECADE \
                and 1 <= rank <= 10 and _OF.fullmatch(low, m.end, n.start):
            if isinstance(n.meaning, CalendarSpec) and n.meaning.century is not None and not n.meaning.bc:
                base = n.meaning.century * 10
            elif n.rule == MILLENNIUM_RULE and isinstance(n.meaning, VagueSpec) and n.meaning.value.isdigit():
                base = int(n.meaning.value) * 100
        if base is None:
            out.append(m)
            k += 1
            continue
        out.append(Mention(m.start, n.end, text[m.start : n.end], CalendarSpec(grain=Grain.DECADE, decade=base + rank - 1), "narrative_decade_of"))
        k += 2
    return out


@functools.lru_cache(maxsize=None)
def _on_day_pattern(phrases: tuple[str, ...], directions: tuple[str, ...]) -> "re.Pattern[str]":
    """ " to the day" of "twenty years to the day after the armistice": a phrase, then a direction."""
    return re.compile(r"[ \t]{1,2}(?:" + "|".join(re.escape(p).replace(r"\ ", r"[ \t]{1,2}") for p in phrases) + r")(?=[ \t]{1,2}(?:"
                      + _word_alternation(directions) + r")\b)")


def _with_on_day_offsets(grammar: Grammar, text: str, low: str, mentions: list[Mention]) -> list[Mention]:
    """Narrative mode: "Twenty years to the day after the armistice": a length of whole units with one of ``[event_offsets]
    on_day`` and a direction after it lands on the very day it counts from (one expression, the phrase in its extent; what
    was found inside the phrase, "the day after the armistice", gives way)."""
    table = grammar.lexicon.tables.get("event_offsets", {})
    if not table.get("on_day"):
        return mentions
    rx = _on_day_pattern(tuple(table["on_day"]), tuple(table["directions"]))
    out: list[Mention] = []
    for m in mentions:
        if out and isinstance(out[-1].meaning, DurationSpec) and out[-1].meaning.on_day and m.start < out[-1].end:
            continue  # (inside the phrase)
        r = rx.match(low, m.end)
        if (isinstance(m.meaning, DurationSpec) and r is not None and m.meaning.span is None and m.meaning.amount is not None
                and m.meaning.amount == int(m.meaning.amount) and Grain.DAY <= m.meaning.grain <= Grain.YEAR):
            m = Mention(m.start, r.end(), text[m.start : r.end()], attrs.evolve(m.meaning, on_day=True), m.rule)
        out.append(m)
    return out


@functools.lru_cache(maxsize=None)
def _unit_offsets_pattern(units: tuple[str, ...], directions: tuple[str, ...], not_next: tuple[str, ...]) -> "re.Pattern[str]":
    """ "the day" of "the day before the attack": a unit, then a direction and a word that is not "last", a digit, ..."""
    return re.compile(r"\bthe[ \t]{1,2}(" + _word_alternation(units) + r")(?=[ \t]{1,2}(?:" + _word_alternation(directions) + r")[ \t]{1,2}(?!(?:"
                      + _word_alternation(not_next) + r")\b)[a-z])")


@functools.lru_cache(maxsize=None)
def _bare_eve_pattern(words: tuple[str, ...]) -> "re.Pattern[str]":
    """ "the eve" of "On the eve Ellery wrote", "the morrow" of "On the morrow they marched out": after "on", no "of" after it."""
    return re.compile(r"\bon[ \t]{1,2}(the[ \t]{1,2}(" + _word_alternation(words) + r"))\b(?![ \t]{1,2}of\b|-|[\x27\u2019])")


def _with_unit_offsets(grammar: Grammar, text: str, low: str, mentions: list[Mention]) -> list[Mention]:
    """Narrative mode: "The day before the attack", "the year after the war": one unit counted from what the words after it
    name, as histories (TIMEX2) mark it (lexicon [narrative_unit_offsets]; resolved as "a year after the war" is, see
    resolve.story.event_offset); not inside another expression, nor after a word that makes it a length ("spent the day before
    the battle in prayer", lexicon [event_offsets] length_before)."""
    table = grammar.lexicon.tables.get("narrative_unit_offsets")
    if not table or not table.get("units"):
        return mentions
    grains = {w: Grain[u["grain"]] for u in grammar.lexicon["units"].values() for w in u["words"]}
    lengths = grammar.lexicon.tables.get("event_offsets", {}).get("length_before", ())
    starts = [m.start for m in mentions]
    extra: list[Mention] = []
    replaced: set[int] = set()
    for r in _unit_offsets_pattern(tuple(table["units"]), tuple(table["directions"]), tuple(table["not_next"])).finditer(low):
        grain = grains.get(r.group(1))
        before = low[max(0, r.start() - 20) : r.start()].split()
        after = low[r.end() : r.end() + 30].split()[1:2]
        if (grain is None or _overlaps(mentions, starts, r.start(), r.end()) or (before and before[-1] in lengths)
                or (after and after[0].rstrip(".,") in grammar.lexicon["months"])):
            continue  # (a length: "spent the day before the battle in prayer"; "the day before June 4": counted from the date)
        extra.append(Mention(r.start(), r.end(), text[r.start() : r.end()], DurationSpec(grain, 1.0), "narrative_unit_offset"))
    if table.get("eves"):
        for r in _unit_offsets_pattern(tuple(table["eves"]), ("of",), tuple(table["not_next"])).finditer(low):
            if not _overlaps(mentions, starts, r.start(), r.end()):
                extra.append(Mention(r.start(), r.end(), text[r.start() : r.end()], DurationSpec(Grain.DAY, 1.0), EVE_RULE))
        for r in _bare_eve_pattern(tuple(table["eves"]) + tuple(table.get("morrows") or ())).finditer(low):
            if not _overlaps(mentions, starts, r.start(1), r.end(1)):  # "On the eve Ellery wrote": the eve of the day told last
                extra.append(Mention(r.start(1), r.end(1), text[r.start(1) : r.end(1)], DurationSpec(Grain.DAY, 1.0), EVE_RULE) if r.group(2) in table["eves"]
                             else Mention(r.start(1), r.end(1), text[r.start(1) : r.end(1)], CalendarSpec(Grain.DAY, shift=Shift(Grain.DAY, 1, Anchoring.NARRATIVE)), "narrative_morrow"))
    if table.get("parts"):
        for r in _unit_offsets_pattern(tuple(table["parts"]), tuple(table["directions"]), tuple(table["not_next"])).finditer(low):
            before = low[max(0, r.start() - 20) : r.start()].split()
            inside = _inside(mentions, starts, r.start(), r.end())
            if (before and before[-1] in lengths) or any(mentions[k].start != r.start() or mentions[k].end != r.end() for k in inside):
                continue  # (only "the morning" read alone gives way)
            replaced.update(inside)
            extra.append(Mention(r.start(), r.end(), text[r.start() : r.end()], DurationSpec(Grain.DAY, 1.0), POD_OFFSET_RULE))
    if table.get("postposed"):
        taken = [(m.start, m.end) for m in extra]
        objects = frozenset(table.get("object_words", ()))
        for r in _postposed_pattern(tuple(table["units"]), tuple(table["postposed"])).finditer(low):
            grain = grains.get(r.group(1))
            nxt = re.match(r"[ \t]*(?:([,.;:)])|([a-z][a-z'-]*))", low[r.end() :])
            if (grain is None or nxt is None or (nxt.group(2) is not None and (nxt.group(2) in objects or nxt.group(2).endswith("'s")))
                    or any(m.start < r.end() and r.start() < m.end and (m.start < r.start() or m.end > r.end()) for m in mentions)
                    or any(s < r.end() and r.start() < e for s, e in taken)):
                continue  # (an object after it: "the day following the battle"; a capitalised name neither)
            replaced.update(k for k, m in enumerate(mentions) if r.start() <= m.start and m.end <= r.end())  # ("the week")
            extra.append(Mention(r.start(), r.end(), text[r.start() : r.end()], CalendarSpec(grain, shift=Shift(grain, 1, Anchoring.NARRATIVE)),
                                 "narrative_postposed_following"))
    return sorted([m for k, m in enumerate(mentions) if k not in replaced] + extra, key=lambda x: x.start) if extra else mentions


@functools.lru_cache(maxsize=None)
def _postposed_pattern(units: tuple[str, ...], words: tuple[str, ...]) -> "re.Pattern[str]":
    """ "the day following": "the", a unit and a word that counts it forward after it."""
    return re.compile(r"\bthe[ \t]{1,2}(" + _word_alternation(units) + r")[ \t]{1,2}(?:" + _word_alternation(words) + r")\b")


@functools.lru_cache(maxsize=None)
def _adjective_lengths_pattern(numbers: tuple[str, ...], adjectives: tuple[str, ...], units: tuple[str, ...]) -> "re.Pattern[str]":
    """A number, an adjective and a unit: "two bloody weeks", "3 long years"."""
    return re.compile(r"(?<![\w-])(" + _word_alternation(numbers) + r"|\d{1,3})[ \t]{1,2}(?:" + _word_alternation(adjectives) + r")[ \t]{1,2}("
                      + _word_alternation(units) + r")\b(?![ \t]{1,2}old\b|-)(?:[ \t]{1,2}(later|earlier)\b)?")


def _counts_and_units(grammar: Grammar) -> tuple[dict[str, float], dict[str, tuple[Grain, float]]]:
    """The number words of at least one (not "a", "an", "single") and each unit word's grain and multiplier: what a
    narrative length or age is counted in."""
    numbers = {w: n for w, n in grammar.lexicon["numbers"].items() if n >= 1 and w not in ("a", "an", "single")}
    grains = {w: (Grain[u["grain"]], float(u.get("multiplier", 1))) for u in grammar.lexicon["units"].values() for w in u["words"]}
    return numbers, grains


def _with_adjective_lengths(grammar: Grammar, text: str, low: str, mentions: list[Mention]) -> list[Mention]:
    """Narrative mode: "For two bloody weeks", "after three long years": a length with an adjective between its number and
    its unit, as histories (TIMEX2) mark it (lexicon [narrative_lengths]); not inside another expression ("years" alone)."""
    table = grammar.lexicon.tables.get("narrative_lengths")
    if not table or not table.get("units"):
        return mentions
    numbers, grains = _counts_and_units(grammar)
    extra: list[Mention] = []
    replaced: set[int] = set()
    starts = [m.start for m in mentions]
    for r in _adjective_lengths_pattern(tuple(numbers), tuple(table["adjectives"]), tuple(table["units"])).finditer(low):
        amount = float(r.group(1)) if r.group(1).isdigit() else float(numbers[r.group(1)])
        grain, times = grains.get(r.group(2), (None, 1.0))
        inside = _inside(mentions, starts, r.start(), r.end())
        if grain is None or any(mentions[k].start < r.start() or mentions[k].end > r.end() for k in inside):
            continue  # (what is found inside it, "years", gives way)
        replaced.update(inside)
        way = r.group(3)  # "three long years later": an offset, "later" left out of the extent as the rules leave it
        spec = DurationSpec(grain, amount * times, span=way, anchoring=Anchoring.NARRATIVE) if way else DurationSpec(grain, amount * times)
        end = r.start(3) - 1 if way else r.end()
        end = len(low[:end].rstrip())
        extra.append(Mention(r.start(), end, text[r.start() : end], spec, "narrative_length"))
    if table.get("order_words"):
        units = tuple(w for u in grammar.lexicon["units"].values() if Grain[u["grain"]] >= Grain.DAY for w in u["words"])
        taken = [(m.start, m.end) for m in extra]
        for r in _ordered_lengths_pattern(tuple(numbers), tuple(table["order_words"]), units).finditer(low):
            amount = float(r.group(1)) if r.group(1).isdigit() else float(numbers[r.group(1)])
            grain, times = grains.get(r.group(2), (None, 1.0))
            inside = _inside(mentions, starts, r.start(), r.end())
            if grain is None or any(s < r.end() and r.start() < e for s, e in taken) or any(mentions[k].start < r.start() or mentions[k].end > r.end() for k in inside):
                continue
            replaced.update(inside)
            extra.append(Mention(r.start(), r.end(), text[r.start() : r.end()], DurationSpec(grain, amount * times), "narrative_length"))
    if not extra:
        return mentions
    return sorted([m for k, m in enumerate(mentions) if k not in replaced] + extra, key=lambda x: x.start)


@functools.lru_cache(maxsize=None)
def _ordered_lengths_pattern(numbers: tuple[str, ...], order: tuple[str, ...], units: tuple[str, ...]) -> "re.Pattern[str]":
    """ "the four previous weeks", "the three following days": "the", a number, an order word and a unit."""
    return re.compile(r"\bthe[ \t]{1,2}(" + _word_alternation(numbers) + r"|\d{1,3})[ \t]{1,2}(?:" + _word_alternation(order) + r")[ \t]{1,2}("
                      + _word_alternation(units) + r")\b(?!-)")


@functools.lru_cache(maxsize=None)
def _bc_split_season_pattern(seasons: tuple[str, ...], eras: tuple[str, ...]) -> "re.Pattern[str]":
    """ "the winter of 218/217 BC", "the winter of 218-217 BC": a season over two years before the era (only a winter is kept)."""
    return re.compile(r"\b(?:the[ \t]{1,2})?(" + _word_alternation(seasons) + r")[ \t]{1,2}of[ \t]{1,2}(\d{1,4})[ \t]?[/\u2013-][ \t]?(\d{1,4})[ \t]{1,2}("
                      + _word_alternation(eras) + r")(?![\w])")


def _with_bc_split_seasons(grammar: Grammar, text: str, low: str, mentions: list[Mention]) -> list[Mention]:
    """Narrative mode: "the winter of 218/217 BC" is the winter of the second year (a winter is named by its January's year;
    years BC count down, so the second is one fewer), one expression in place of the years found in it."""
    eras = tuple(grammar.lexicon.tables.get("bc_split_seasons", {}).get("eras", ()))
    if not eras:
        return mentions
    seasons = grammar.lexicon["seasons"]
    extra: list[Mention] = []
    replaced: set[int] = set()
    starts = [m.start for m in mentions]
    for r in _bc_split_season_pattern(tuple(seasons), eras).finditer(low):
        first, second = int(r.group(2)), int(r.group(3))
        inside = _inside(mentions, starts, r.start(), r.end())
        if (first - second != 1 or seasons[r.group(1)]["code"] != "WI"
                or any(mentions[k].start < r.start() or mentions[k].end > r.end() for k in inside)):
            continue  # two years in a row, counted down, and a winter (only a winter spans two years)
        replaced.update(inside)
        code, year = "WI", second
        extra.append(Mention(r.start(), r.end(), text[r.start() : r.end()], CalendarSpec(Grain.SEASON, season=code, year=year, bc=True),
                             "bc_split_season"))
    if not extra:
        return mentions
    return sorted([m for k, m in enumerate(mentions) if k not in replaced] + extra, key=lambda x: x.start)


@functools.lru_cache(maxsize=None)
def _anniversary_pattern(ordinals: tuple[str, ...], nouns: tuple[str, ...], determiners: tuple[str, ...] = ()) -> "re.Pattern[str]":
    """ "the sixth anniversary", "the 50th anniversary", "the tenth-year anniversary", "its fiftieth anniversary"."""
    alt = "|".join(re.escape(w) for w in sorted(ordinals, key=len, reverse=True))
    noun = "|".join(re.escape(w) for w in sorted(nouns, key=len, reverse=True))
    return re.compile(r"\b(?:" + _word_alternation(("the",) + determiners) + r")[ \t]{1,2}(?:" + alt + r"|\d{1,3}(?:st|nd|rd|th))(?:[ \t-]year)?[ \t]{1,2}(?:" + noun + r")\b")


def _with_anniversaries(grammar: Grammar, text: str, low: str, mentions: list[Mention]) -> list[Mention]:
    """Narrative mode: "On April 9, 2009, the sixth anniversary of the city's fall, crowds ...": an anniversary told after a
    date with its day in its sentence is that day, as "that same day" (lexicon [anniversaries]); so is one told before
    such a day, or after a year when a day that many years before was told (:func:`_day_of_years_before`); not inside
    another expression."""
    table = grammar.lexicon.tables.get("anniversaries")
    if not table or not table.get("nouns"):
        return mentions
    starts = [m.start for m in mentions]
    extra = []
    ordinals = tuple(grammar.lexicon["ordinals"]) + tuple(table.get("ordinals", ()))
    for r in _anniversary_pattern(ordinals, tuple(table["nouns"]), tuple(table.get("determiners", ()))).finditer(low):
        if _overlaps(mentions, starts, r.start(), r.end()):
            continue
        if _day_told_before(low, mentions, starts, r.start()):
            rule = "narrative_anniversary"
        elif _day_told_after(low, mentions, starts, r.end()):
            rule = ANNIVERSARY_AHEAD_RULE  # "the fiftieth anniversary of the landings was marked on 10 July 1993": that day
        elif _day_of_years_before(mentions, _year_told_before(low, mentions, starts, r.start()), _rank(grammar, table, r.group(0)), r.start()):
            rule = ANNIVERSARY_YEAR_RULE  # "in 1913, on the fiftieth anniversary of his landing": a day of 1913 (resolve)
        elif _rank(grammar, table, r.group(0)) > 0 and _names_told_before(grammar, low, mentions, starts, r.start(), r.end()):
            # "On the tenth anniversary of its opening" with no date near: so many years after the opening told before
            # (resolve.story.event_offset), as "the centenary of his birth"
            extra.append(Mention(r.start(), r.end(), text[r.start() : r.end()], DurationSpec(Grain.YEAR, float(_rank(grammar, table, r.group(0)))),
                                 ANNIVERSARY_OF_RULE))
            continue
        else:
            continue
        extra.append(Mention(r.start(), r.end(), text[r.start() : r.end()], CalendarSpec(Grain.DAY, shift=Shift(Grain.DAY, 0, Anchoring.NARRATIVE)), rule))
    owners = tuple(table.get("determiners", ()))
    if table.get("centenaries"):  # "the centenary of his birth": a hundred years after it (resolve.story.event_offset)
        years = table["centenaries"]
        for r in _centenary_pattern(tuple(years), owners).finditer(low):
            if not _overlaps(mentions, starts, r.start(), r.end()):
                extra.append(Mention(r.start(), r.end(), text[r.start() : r.end()], DurationSpec(Grain.YEAR, float(years[r.group(1)])), CENTENARY_RULE))
        for r in _owned_centenary_pattern(tuple(years), owners).finditer(low):  # "its centenary": as "its fiftieth anniversary"
            if not _overlaps(mentions, starts, r.start(), r.end()) and _names_told_before(grammar, low, mentions, starts, r.start(), r.end()):
                extra.append(Mention(r.start(), r.end(), text[r.start() : r.end()], DurationSpec(Grain.YEAR, float(years[r.group(1)])), CENTENARY_RULE))
    if table.get("birthdays") and owners:  # "his thirtieth birthday": so many years after his birth, its day
        ranks = {**grammar.lexicon["ordinals"], **table.get("ordinals", {})}
        for r in _birthday_pattern(tuple(ranks), owners, tuple(table["birthdays"])).finditer(low):
            word = r.group(1)
            n = int(word.rstrip("stndrh")) if word[0].isdigit() else int(ranks[word])
            if 0 < n < 130 and not _overlaps(mentions, starts, r.start(), r.end()):
                extra.append(Mention(r.start(), r.end(), text[r.start() : r.end()], DurationSpec(Grain.YEAR, float(n)), BIRTHDAY_RULE))
    return sorted(mentions + extra, key=lambda x: x.start) if extra else mentions


CENTENARY_RULE = "narrative_centenary"
BIRTHDAY_RULE = "narrative_birthday"
ANNIVERSARY_OF_RULE = "narrative_anniversary_of"


@functools.lru_cache(maxsize=None)
def _owned_centenary_pattern(words: tuple[str, ...], owners: tuple[str, ...]) -> "re.Pattern[str]":
    """ "its centenary", "their bicentenary": an owner and a word, no "of" after it."""
    return re.compile(r"\b(?:" + _word_alternation(owners) + r")[ \t]{1,2}(" + _word_alternation(words) + r")\b(?![ \t]{1,2}of\b)")


_WORDS = re.compile(r"[a-z][a-z'\u2019-]*|[.,;:!?()]")


def _names_told_before(grammar: Grammar, low: str, mentions: list[Mention], starts: list[int], start: int, end: int) -> bool:
    """Whether an anniversary at [start, end) counts from something the text dated before its sentence: with "of", a
    sentence before it that names what "of" names (its noun, or the verb of lexicon [event_offsets] told_by_verbs: "the
    founding", "founded") and holds a date; without ("their twentieth anniversary", "its centenary"), any date before it."""
    opens = max(low.rfind(". ", 0, start), low.rfind("\n", 0, start)) + 1
    words = _WORDS.findall(low, end, min(len(low), end + 80))
    if not words or words[0] != "of":
        return low[start:end].split()[0] != "the" and any(m.end <= start and isinstance(m.meaning, CalendarSpec) for m in mentions)
    dated = [m for m in mentions if m.end <= opens and isinstance(m.meaning, CalendarSpec)]
    if not dated:
        return False
    table = grammar.lexicon.tables.get("event_offsets") or {}
    skip = frozenset(table.get("event_skip", ()))
    head = next((w for w in words[1:6] if w not in skip and not w.endswith(("'s", "'", "\u2019s"))), None)
    if head is None or not head[:1].isalpha():
        return False
    verb = (table.get("told_by_verbs") or {}).get(head)
    named = re.compile(rf"\b(?:{re.escape(head)}(?:s|es)?" + (rf"|{re.escape(verb)}" if verb else "") + r")\b")
    for r in named.finditer(low, 0, opens):
        s = max(low.rfind(". ", 0, r.start()), low.rfind("\n", 0, r.start())) + 1
        e = low.find(". ", r.end())
        e = opens if e < 0 or e > opens else e
        if any(s <= m.start < e for m in dated):
            return True
    return False


@functools.lru_cache(maxsize=None)
def _centenary_pattern(words: tuple[str, ...], owners: tuple[str, ...]) -> "re.Pattern[str]":
    """ "the centenary" of "the centenary of his birth": "the", a word, then "of" and an owner or "the"."""
    return re.compile(r"\bthe[ \t]{1,2}(" + _word_alternation(words) + r")(?=[ \t]{1,2}of[ \t]{1,2}(?:" + _word_alternation(owners + ("the",)) + r")\b)")


@functools.lru_cache(maxsize=None)
def _birthday_pattern(ordinals: tuple[str, ...], owners: tuple[str, ...], nouns: tuple[str, ...]) -> "re.Pattern[str]":
    """ "his thirtieth birthday", "her 21st birthday": an owner, an ordinal, a noun."""
    return re.compile(r"\b(?:" + _word_alternation(owners) + r")[ \t]{1,2}(" + _word_alternation(ordinals) + r"|\d{1,3}(?:st|nd|rd|th))[ \t]{1,2}(?:"
                      + _word_alternation(nouns) + r")\b(?!-)")


ANNIVERSARY_AHEAD_RULE = "narrative_anniversary_ahead"
ANNIVERSARY_YEAR_RULE = "narrative_anniversary_year"


def _year_told_before(low: str, mentions: list[Mention], starts: list[int], at: int) -> Optional[int]:
    """The year of the common era that is the last expression before ``at`` in its sentence, no month or day with it
    (the year an anniversary falls in: "in 1913, on the fiftieth anniversary of his landing"), else None."""
    opens = max(low.rfind(". ", 0, at), low.rfind("\n", 0, at)) + 1
    k = bisect.bisect_left(starts, at) - 1
    if k < 0 or mentions[k].start < opens:
        return None
    spec = mentions[k].meaning
    ok = isinstance(spec, CalendarSpec) and spec.grain is Grain.YEAR and spec.year is not None and not spec.bc and spec.shift is None
    return spec.year if ok else None  # type: ignore[union-attr]


def _rank(grammar: Grammar, table: dict, words: str) -> int:
    """The number of an anniversary's rank ("the fiftieth anniversary" 50, "its 25th anniversary" 25), 0 if none."""
    word = words.lower().split()[1].split("-year")[0]
    if word[0].isdigit():
        return int(word.rstrip("stndrh"))
    return int({**grammar.lexicon["ordinals"], **table.get("ordinals", {})}.get(word, 0))


def _day_of_years_before(mentions: list[Mention], year: Optional[int], n: int, at: int) -> bool:
    """Whether a date with its day, ``n`` years before ``year``, is written before ``at`` (the day an anniversary in that
    year counts from: "landed on 19 April 1863 ... in 1913, on the fiftieth anniversary"); without one it is left."""
    return year is not None and n > 0 and any(m.start < at and isinstance(m.meaning, CalendarSpec) and m.meaning.year == year - n
                                              and m.meaning.month is not None and m.meaning.day is not None and not m.meaning.bc for m in mentions)


def _day_told_after(low: str, mentions: list[Mention], starts: list[int], at: int) -> bool:
    """Whether the next expression after ``at``, in its sentence, is a date with its day (the day an anniversary is told on:
    "on the 50th anniversary of the city's capture, 14 September 1993")."""
    k = bisect.bisect_left(starts, at)
    if k >= len(mentions):
        return False
    stop = low.find(". ", at)
    spec = mentions[k].meaning
    return (stop < 0 or mentions[k].start < stop) and isinstance(spec, CalendarSpec) and spec.day is not None and spec.month is not None


def _day_told_before(low: str, mentions: list[Mention], starts: list[int], at: int) -> bool:
    """Whether a date with its day is written earlier in the sentence of ``at`` (the day an anniversary is told on)."""
    opens = max(low.rfind(". ", 0, at), low.rfind("\n", 0, at)) + 1
    k = bisect.bisect_left(starts, at) - 1
    while k >= 0 and mentions[k].start >= opens:
        spec = mentions[k].meaning
        if isinstance(spec, CalendarSpec) and spec.day is not None and spec.month is not None:
            return True
        k -= 1
    return False


@functools.lru_cache(maxsize=None)
def _ages_pattern(numbers: tuple[str, ...], units: tuple[str, ...], after: tuple[str, ...]) -> "re.Pattern[str]":
    """ "nineteen years old", "22.8 years old": a number, a unit and an age word; not the end of a range ("aged 5 to 10 years
    old") nor an adjective ("a 59-year-old farmer"), which the negative corpus keeps untagged in both modes."""
    num = "(?:" + _word_alternation(numbers) + ")"
    return re.compile(r"(?<![\w.-])(?<!\bto )(?<!\bor )(?<!\band )(" + num + "(?:-" + num + r")?|\d{1,3}(?:\.\d{1,2})?)[ \t]{1,2}("
                      + _word_alternation(units) + r")[ \t]{1,2}(?:" + _word_alternation(after) + r")\b(?!-)")


def _with_ages(grammar: Grammar, text: str, low: str, mentions: list[Mention]) -> list[Mention]:
    """Narrative mode: "was nineteen years old": an age is a length, as histories (TIMEX2) mark it
    (lexicon [narrative_ages]; the rules leave ages out, as news corpora do); replaces what was found inside it."""
    table = grammar.lexicon.tables.get("narrative_ages")
    if not table or not table.get("units"):
        return mentions
    numbers, grains = _counts_and_units(grammar)
    extra: list[Mention] = []
    replaced: set[int] = set()
    starts = [m.start for m in mentions]
    for r in _ages_pattern(tuple(numbers), tuple(table["units"]), tuple(table["after"])).finditer(low):
        word = r.group(1)
        amount = float(word) if word[0].isdigit() else float(sum(numbers[w] for w in word.split("-")))
        grain, times = grains.get(r.group(2), (None, 1.0))
        inside = _inside(mentions, starts, r.start(), r.end())
        if grain is None or any(mentions[k].start < r.start() or mentions[k].end > r.end() for k in inside):
            continue
        replaced.update(inside)
        extra.append(Mention(r.start(), r.end(), text[r.start() : r.end()], DurationSpec(grain, amount * times), "narrative_age"))
    if table.get("leads"):
        taken = [(m.start, m.end) for m in extra]
        hedges = tuple(table.get("hedges", ()))
        for r in _age_lead_pattern(tuple(numbers), tuple(table["leads"]), hedges).finditer(low):
            word = r.group(2)
            amount = float(word) if word[0].isdigit() else float(sum(numbers[w] for w in word.split("-")))
            at = r.start(1) if r.group(1) else r.start(2)  # "aged [about fifty-four]": the hedge and its mod too
            if any(s < r.end() and at < e for s, e in taken) or any(m.start < r.end() and at < m.end for m in mentions):
                continue
            mod = grammar.lexicon["modifiers"].get(" ".join(r.group(1).split())) if r.group(1) else None
            extra.append(Mention(at, r.end(), text[at : r.end()], DurationSpec(Grain.YEAR, amount, mod=mod), "narrative_age"))
    if table.get("life_verbs"):
        taken = [(m.start, m.end) for m in extra]
        pattern = _life_age_pattern(tuple(numbers), tuple(table["life_verbs"]), int(table.get("life_gap", 0)), tuple(table.get("life_next", ())))
        for r in pattern.finditer(low):
            word = r.group(1)
            amount = float(word) if word[0].isdigit() else float(sum(numbers[w] for w in word.split("-")))
            if (not LIFE_AGES[0] <= amount <= LIFE_AGES[1] or any(s < r.end(1) and r.start(1) < e for s, e in taken)
                    or any(m.start < r.end(1) and r.start(1) < m.end for m in mentions)):
                continue
            extra.append(Mention(r.start(1), r.end(1), text[r.start(1) : r.end(1)], DurationSpec(Grain.YEAR, amount), "narrative_age"))
            taken.append((r.start(1), r.end(1)))
    if table.get("life_subjects"):
        for r in _opening_age_pattern(tuple(numbers), tuple(table["life_subjects"])).finditer(low):
            word = r.group(1)
            amount = float(word) if word[0].isdigit() else float(sum(numbers[w] for w in word.split("-")))
            if (not CLOCK_HOURS < amount <= LIFE_AGES[1] or any(s < r.end(1) and r.start(1) < e for s, e in taken)
                    or any(m.start < r.end(1) and r.start(1) < m.end for m in mentions)):
                continue
            extra.append(Mention(r.start(1), r.end(1), text[r.start(1) : r.end(1)], DurationSpec(Grain.YEAR, amount), "narrative_age"))
    if not extra:
        return mentions
    return sorted([m for k, m in enumerate(mentions) if k not in replaced] + extra, key=lambda x: x.start)


LIFE_AGES = (5, 110)  # years a bare "at <number>" after a verb of a life may be an age


CLOCK_HOURS = 12  # a clause-opening "at <number>" up to this may be a clock time ("At nine he rode out")


@functools.lru_cache(maxsize=None)
def _opening_age_pattern(numbers: tuple[str, ...], subjects: tuple[str, ...]) -> "re.Pattern[str]":
    """ "and at twenty-two he was", "At 34, she": "at" and a number alone opening a sentence or a clause (after a stop, a
    comma, "and" or "but"), then a subject of ``subjects`` (lexicon [narrative_ages] life_subjects)."""
    num = "(?:" + "|".join(re.escape(w) for w in sorted(numbers, key=len, reverse=True)) + ")"
    return re.compile(r"(?:^|(?<=[.;,!?])[ \t\n]{1,3}|\n|\b(?:and|but)[ \t]{1,2})at[ \t]{1,2}(" + num + "(?:-" + num
                      + r")?|\d{1,3})(?![\w-]|[.,]\d),?[ \t]{1,2}(?:" + _word_alternation(subjects) + r")\b")


@functools.lru_cache(maxsize=None)
def _life_age_pattern(numbers: tuple[str, ...], verbs: tuple[str, ...], gap: int, nexts: tuple[str, ...]) -> "re.Pattern[str]":
    """ "married at 24", "went to sea at fifteen", "retired in 1921 at sixty-five": a verb of a life, at most ``gap`` words,
    "at" and a number alone, then a stop, a comma, a word of ``nexts`` or "in" and a year (lexicon [narrative_ages])."""
    num = "(?:" + "|".join(re.escape(w) for w in sorted(numbers, key=len, reverse=True)) + ")"
    nxt = _word_alternation(nexts) or "(?!)"
    return re.compile(r"\b(?:" + _alternation(verbs) + r")(?:[ \t]{1,2}[a-z0-9'-]+){0," + str(gap) + r"}?[ \t]{1,2}at[ \t]{1,2}("
                      + num + "(?:-" + num + r")?|\d{1,3})(?![\w-]|[.,]\d)(?=[ \t]*[.,;:)]|[ \t]{1,2}(?:" + nxt
                      + r")\b|[ \t]{1,2}in[ \t]{1,2}\d)")


@functools.lru_cache(maxsize=None)
def _age_lead_pattern(numbers: tuple[str, ...], leads: tuple[str, ...], hedges: tuple[str, ...] = ()) -> "re.Pattern[str]":
    """ "died at age seventy-nine", "at the age of 77", "aged about fifty-four": the number of years after an age phrase
    (and a hedge), without a unit after it."""
    num = "(?:" + "|".join(re.escape(w) for w in sorted(numbers, key=len, reverse=True)) + ")"
    lead = "|".join(r"[ \t]{1,2}".join(re.escape(w) for w in l.split()) for l in sorted(leads, key=len, reverse=True))
    hedge = "|".join(r"[ \t]{1,2}".join(re.escape(w) for w in h.split()) for h in sorted(hedges, key=len, reverse=True)) or "(?!)"
    return re.compile(r"\b(?:" + lead + r")[ \t]{1,2}(?:(" + hedge + r")[ \t]{1,2})?(" + num + "(?:-" + num + r")?|\d{1,3})\b(?![\w-]|\.\d|[ \t]{1,2}(?:to|or)\b|[ \t]{1,2}and\b(?:(?=[ \t]{1,2}(?:" + num + r")\b)|(?![ \t]{1,2}[a-z]+\b(?<!\ban)(?<!\ba)(?<!\bhalf)(?<!\bover)(?<!\bunder)(?<!\bolder)(?<!\babove)))|[ \t]{1,2}[a-z]+s\b)")


_EARLY_NUMBER = r"(1[0-5]\d\d|[1-9]\d\d)"  # a year the rules may leave out: three digits, or four before 1600
_RANGE_END = r"(1\d\d\d|20\d\d|[1-9]\d\d)"
RANGE_SPAN = 400  # years at most between the two ends of a range of early years


def _alternation(words: tuple[str, ...]) -> str:
    """Words (or phrases, any spacing) as one regular-expression alternation, the longest first."""
    return "|".join(r"[ \t]{1,2}".join(re.escape(w) for w in p.split()) for p in sorted(words, key=len, reverse=True))


def _word_alternation(words: tuple[str, ...]) -> str:
    """Words as one regular-expression alternation, the longest first (each written as it is)."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@functools.lru_cache(maxsize=None)
def _early_years_near_pattern(seasons: tuple[str, ...], months: tuple[str, ...], before: tuple[str, ...], after: tuple[str, ...],
                              hedges: tuple[str, ...]) -> "re.Pattern[str]":
    """ "the summer of 542", "November 565 after", "in 639 without", "c. 850 from": a season and "of", a month, a hedge or a
    preposition, then an early year, then a stop or a word of ``after``."""
    return re.compile(r"(?<![\w.,-])(?:(?:the[ \t]{1,2})?(" + _alternation(seasons) + r")[ \t]{1,2}of|(" + _alternation(months) + r")|("
                      + (_alternation(hedges) or "(?!)") + r")|(?:" + _alternation(before) + r"))[ \t]{1,2}" + _EARLY_NUMBER
                      + r"(?=[ \t]{0,2}[,;:)]|[ \t]{0,2}\.(?!\d)|[ \t]{1,2}(?:" + _alternation(after) + r")\b)")


@functools.lru_cache(maxsize=None)
def _early_ranges_pattern(leads: tuple[str, ...], marks: tuple[str, ...]) -> "re.Pattern[str]":
    """ "Between 994 and 1002", "from 871 to 899", "(r. 871–899)", "(1570–1573)": two early years of a range, whatever word
    follows; in parentheses after a reign mark, or alone there."""
    return re.compile(r"(?<![\w.,-])(?:(" + _alternation(leads) + r")[ \t]{1,2}|\((?:(?:" + (_alternation(marks) or "(?!)")
                      + r")[ \t]{0,2}|(?=[^()\n]{3,13}\))))"
                      + _EARLY_NUMBER + r"[ \t]{0,2}(?:(?:and|to)[ \t]{1,2}|[\u2013-][ \t]{0,2})" + _RANGE_END
                      + r"(?![\w%\u2013-]|[ \t]{1,2}(?!(?:was|is|has|his|its|as|this|thus)\b)[a-z]+s\b)")  # (not "between 300 and 400 boats")


def _with_early_years_near(grammar: Grammar, text: str, low: str, mentions: list[Mention]) -> list[Mention]:
    """Narrative mode: an early year the rules leave out for the word after it ("the summer of 542 half the monks died",
    "died in November 565 after a reign of", "took it in 639 without a fight", "emerged c. 850 from"): after a season and
    "of", a month, a hedge or a preposition (lexicon [narrative_early_years]), before a stop or one of its ``after`` words;
    and the two years of a range of them ("Between 994 and 1002 three kings were killed", "Oswin I (r. 871–899)"); only
    with a year of the common era near it in the text and in time (as :func:`_years_near`), else a count ("In May 200
    soldiers", "between 300 and 400 boats")."""
    table = grammar.lexicon.tables.get("narrative_early_years")
    if not table or not table.get("before"):
        return mentions
    seasons, months = grammar.lexicon["seasons"], grammar.lexicon["months"]
    starts = [m.start for m in mentions]
    extra: list[Mention] = []
    replaced: set[int] = set()

    def found(r: "re.Match[str]") -> Optional[list[int]]:
        """What was found inside the match, None when a year is among it or something longer than it."""
        inside = _inside(mentions, starts, r.start(), r.end())
        if any(mentions[k].start < r.start() or mentions[k].end > r.end() or (isinstance(mentions[k].meaning, CalendarSpec)
               and mentions[k].meaning.year is not None) for k in inside):
            return None  # (a year found already, or a longer expression, stays)
        return inside

    def near(m: Mention) -> bool:
        return _years_near(mentions + [m], len(mentions), starts + [m.start])

    rx = _early_years_near_pattern(tuple(seasons), tuple(months), tuple(table["before"]), tuple(table["after"]), tuple(table.get("hedges", ())))
    for r in rx.finditer(low):
        year, inside = int(r.group(4)), found(r)
        if inside is None:
            continue
        if r.group(1):
            spec, start = CalendarSpec(Grain.SEASON, year=year, season=seasons[r.group(1)]["code"]), r.start()
        elif r.group(2):
            spec, start = CalendarSpec(Grain.MONTH, year=year, month=int(months[r.group(2)])), r.start()
        elif r.group(3):
            spec, start = CalendarSpec(Grain.YEAR, year=year, mod="APPROX"), r.start()
        else:
            spec, start = CalendarSpec(Grain.YEAR, year=year), r.start(4)
        m = Mention(start, r.end(), text[start : r.end()], spec, "narrative_early_year")
        if near(m):
            replaced.update(inside)
            extra.append(m)
    taken = [(m.start, m.end) for m in extra]
    for r in _early_ranges_pattern(tuple(table.get("range_leads", ())), tuple(table.get("reign_marks", ()))).finditer(low):
        first, last, inside = int(r.group(2)), int(r.group(3)), found(r)
        if inside is None or not first < last <= first + RANGE_SPAN or any(s < r.end() and r.start() < e for s, e in taken):
            continue
        if r.group(1) and ((r.group(1) == "between") != (" and " in low[r.start(2) : r.start(3)])):
            continue  # "between ... and", "from ... to"
        ends = [Mention(r.start(k), r.end(k), text[r.start(k) : r.end(k)], CalendarSpec(Grain.YEAR, year=y), "narrative_early_year")
                for k, y in ((2, first), (3, last))]
        if near(ends[0]):
            replaced.update(inside)
            extra.extend(ends)
    if not extra:
        return mentions
    return sorted([m for k, m in enumerate(mentions) if k not in replaced] + extra, key=lambda x: x.start)


MODERN_YEAR = 1600  # the first year rule ``year`` reads (four digits from 1600)


@functools.lru_cache(maxsize=None)
def _opening_years_pattern(openers: tuple[str, ...]) -> "re.Pattern[str]":
    """ "In 1643 soldiers ...": an opener word opening a sentence (capitalised in the text), a four-digit year, a
    lower-case word after it."""
    return re.compile(r"(?:^|(?<=[.!?][ \t])|(?<=[.!?][\"'\u201d][ \t])|(?<=\n))(" + "|".join(re.escape(w.capitalize()) for w in openers)
                      + r")[ \t]{1,2}((?:1\d|20)\d\d)(?=[ \t]{1,2}([a-z]+))")


def _with_opening_years(grammar: Grammar, text: str, low: str, mentions: list[Mention]) -> list[Mention]:
    """Narrative mode: a four-digit year opening a sentence after one of lexicon [narrative_early_years]
    ``sentence_openers`` ("In 1643 soldiers of the army laid siege"), which the year rules leave out before a plural
    they read as its count, is a year: where nothing was found on it; one before ``MODERN_YEAR`` (which rule ``year``
    does not read) only before a word of ``opening_subjects`` (people who act: "In 1525 peasants burned the castle") or
    with a year near it in text and time, as :func:`_years_near` ("In 1453 cases the court found no fault" stays a
    count); after one of ``subject_openers`` ("By", "After", "During") only before a word of ``opening_subjects``."""
    table = grammar.lexicon.tables.get("narrative_early_years") or {}
    openers, subjects = tuple(table.get("sentence_openers", ())), frozenset(table.get("opening_subjects", ()))
    subject_openers = tuple(table.get("subject_openers", ()))
    if not openers and not subject_openers:
        return mentions
    extra: list[Mention] = []
    starts = [m.start for m in mentions]
    for r in _opening_years_pattern(openers + subject_openers).finditer(text):
        at, end = r.start(2), r.end(2)
        k = bisect.bisect_left(starts, end)
        if k and mentions[k - 1].end > at:
            continue  # (something found on it already)
        m = Mention(at, end, text[at:end], CalendarSpec(Grain.YEAR, year=int(r.group(2))), "narrative_opening_year")
        if r.group(1).lower() not in openers:
            if r.group(3) in subjects:  # "By 1870 workers had left the valley" (not "By 1200 votes to 900")
                extra.append(m)
        elif (m.meaning.year >= MODERN_YEAR or r.group(3) in subjects
                or _years_near(mentions + [m], len(mentions), starts + [at])):
            extra.append(m)
    if not extra:
        return mentions
    return sorted(mentions + extra, key=lambda x: x.start)


SAME_TIME_RULE = "narrative_same_time"


@functools.lru_cache(maxsize=None)
def _same_time_pattern(leads: tuple[str, ...], phrases: tuple[str, ...]) -> "re.Pattern[str]":
    """ "At the same time, ...": a lead word opening a sentence, the phrase, and the comma that ends it."""
    return re.compile(r"(?:^|(?<=[.!?][ \t])|(?<=[.!?][\"'\u201d][ \t])|(?<=\n))(?:" + _alternation(leads) + r")[ \t]{1,2}("
                      + _alternation(phrases) + r")(?=[ \t]{0,2},)")


@functools.lru_cache(maxsize=None)
def _bare_same_time_pattern(leads: tuple[str, ...], phrases: tuple[str, ...]) -> "re.Pattern[str]":
    """ "At that time Spain was at war", ", at that time off the coast": a lead word opening a sentence or a clause after a
    comma, and the phrase (no comma needed after it)."""
    return re.compile(r"(?:^|(?<=[.!?][ \t])|(?<=[.!?][\"'\u201d][ \t])|(?<=\n)|(?<=,[ \t]))(?:" + _alternation(leads) + r")[ \t]{1,2}("
                      + _alternation(phrases) + r")\b(?![ \t]{1,2}(?:of|when|that|which|in[ \t]{1,2}which)\b)")


def _with_same_times(grammar: Grammar, text: str, low: str, mentions: list[Mention]) -> list[Mention]:
    """Narrative mode: "At the same time, the governor proposed reforms" opening a sentence is the story's time, as
    histories (TIMEX2) mark it (the value of the date that moved the story last: see resolve); lexicon [narrative_same_time].
    Elsewhere ("fought two wars at the same time") it says two things coincide, no time."""
    table = grammar.lexicon.tables.get("narrative_same_time")
    if not table or not table.get("phrases"):
        return mentions
    starts = [m.start for m in mentions]
    extra = [Mention(r.start(1), r.end(1), text[r.start(1) : r.end(1)], CalendarSpec(Grain.DAY, shift=Shift(Grain.DAY, 0, Anchoring.NARRATIVE)),
                     SAME_TIME_RULE)
             for r in _same_time_pattern(tuple(table["leads"]), tuple(table["phrases"])).finditer(low)
             if not _overlaps(mentions, starts, r.start(), r.end())]
    if table.get("bare_phrases"):
        extra += [Mention(r.start(1), r.end(1), text[r.start(1) : r.end(1)], CalendarSpec(Grain.DAY, shift=Shift(Grain.DAY, 0, Anchoring.NARRATIVE)),
                          SAME_TIME_RULE)
                  for r in _bare_same_time_pattern(tuple(table["leads"]), tuple(table["bare_phrases"])).finditer(low)
                  if not _overlaps(mentions, starts, r.start(), r.end())]
    return sorted(mentions + extra, key=lambda x: x.start) if extra else mentions


_WEEKDAY_DATE_JOIN = re.compile(r",?[ \t]{1,2}")


def _with_weekday_dates(text: str, mentions: list[Mention]) -> list[Mention]:
    """Narrative mode: "on the morning of Sunday, 14 October": a weekday (with a part of the day) right before the date it
    names is one expression, the date's, as "Sunday, 14 October" is; apart, the weekday has no day of the story to count from.
    So is a holiday right before the date it falls on ("Easter Monday, 9 April 1798": the date's value)."""
    out: list[Mention] = []
    for m in mentions:
        last = out[-1] if out else None
        a, b = (last.meaning, m.meaning) if last is not None else (None, None)
        if (last is not None and isinstance(a, CalendarSpec) and isinstance(b, CalendarSpec) and a.weekday is not None
                and a.month is None and a.day is None and a.shift is None and a.relative_word is None and a.hour is None
                and b.month is not None and b.day is not None and b.weekday is None and b.named_weekday is None
                and b.part_of_day is None and b.hour is None and b.shift is None
                and _WEEKDAY_DATE_JOIN.fullmatch(text, last.end, m.start) is not None):
            spec = attrs.evolve(b, grain=a.grain if a.part_of_day else b.grain, part_of_day=a.part_of_day, named_weekday=a.weekday)
            out[-1] = Mention(last.start, m.end, text[last.start : m.end], spec, "narrative_weekday_date")
            continue
        if (last is not None and isinstance(a, CalendarSpec) and isinstance(b, CalendarSpec) and a.holiday is not None and a.year is None
                and a.shift is None and a.part_of_day is None and b.month is not None and b.day is not None
                and b.part_of_day is None and b.hour is None and b.shift is None and _WEEKDAY_DATE_JOIN.fullmatch(text, last.end, m.start) is not None):
            out[-1] = Mention(last.start, m.end, text[last.start : m.end], b, "narrative_weekday_date")  # "Easter Monday, 9 April 1798"
            continue
        out.append(m)
    return out


_OFFSET_WORD = re.compile(r"[ \t]{1,2}(later|earlier)\b(?![ \t]{1,2}than\b)")


def _lengths_as_offsets(low: str, mentions: list[Mention]) -> list[Mention]:
    """Narrative mode: a length a rule read with "later"/"earlier" after it but as a length ("A year and a half later", "Half a
    century later") is an offset from the story's time, as "three years later" is; "later" is left out of the extent as the
    rules leave it (narrative extents take it back, see resolve.story.offset_extents)."""
    out = []
    for m in mentions:
        spec = m.meaning
        if isinstance(spec, DurationSpec) and spec.span is None and spec.amount is not None:
            cut = m.end - len(" later") if low[m.start : m.end].endswith(" later") else m.end - len(" earlier") if low[m.start : m.end].endswith(" earlier") else m.end
            way = _OFFSET_WORD.match(low, cut)
            if way is not None and way.end() >= m.end:
                m = attrs.evolve(m, end=cut, text=m.text[: cut - m.start], meaning=attrs.evolve(spec, span=way.group(1), anchoring=Anchoring.NARRATIVE))
        out.append(m)
    return out


_EVENT_TOLD_CHARS = 600  # narrative: how far before "after the fall" the event's verb ("the city fell") is looked for


def _without_season_events(grammar: Grammar, low: str, mentions: list[Mention]) -> list[Mention]:
    """Narrative mode: "The city fell in 211 BC. Ten years after the fall, ...": a bare season that is also the noun of
    an event, right after a signal, when a sentence before it told that event with its verb (lexicon [season_events]),
    names the event, not the season: it is dropped."""
    table = grammar.lexicon.tables.get("season_events")
    if not table or not table.get("verbs"):
        return mentions
    told = _words_pattern(tuple(table["verbs"]))
    out = []
    for m in mentions:
        words = m.text.lower().split()
        if (isinstance(m.meaning, CalendarSpec) and len(words) == 2 and words[0] == "the" and words[1] in table["seasons"]
                and _signal_before(low, m.start, table["signals"])):
            sentence = max(low.rfind(". ", 0, m.start), low.rfind("\n", 0, m.start))
            if sentence > 0 and told.search(low, max(0, sentence - _EVENT_TOLD_CHARS), sentence):
                continue
        out.append(m)
    return out


@functools.lru_cache(maxsize=None)
def _words_pattern(words: tuple[str, ...]) -> "re.Pattern[str]":
    """Any of ``words``, as a whole word."""
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b")


def _signal_before(low: str, start: int, signals: list[str]) -> bool:
    """Whether the word right before ``start`` is one of ``signals``."""
    words = low[max(0, start - 20) : start].split()
    return bool(words) and words[-1] in signals


_CONTEXT_CHARS = 1500  # narrative: how far from a bare three-digit year another year is looked for ...
_CONTEXT_YEARS = 150  # ... and how close in time it must be ("In 406 tribes crossed" among 270, 410, 476)


def _early_years_in_context(grammar: Grammar, text: str, low: str, mentions: list[Mention]) -> list[Mention]:
    """Narrative mode: "In 406 tribes crossed the river" (a three-digit number opening the sentence before a lower-case
    word, which rule ``early_year`` let through) is a year only when another year near it in the text is near it in time;
    else a count ("In 300 boats they crossed")."""
    tentative = {k for k, m in enumerate(mentions) if _bare_before_noun(grammar, text, low, m)}
    if not tentative:
        return mentions
    starts = [m.start for m in mentions]
    return [m for k, m in enumerate(mentions) if k not in tentative or _years_near(mentions, k, starts, tentative)]


def _bare_before_noun(grammar: Grammar, text: str, low: str, m: Mention) -> bool:
    spec = m.meaning
    if m.rule != _EARLY_YEAR or not isinstance(spec, CalendarSpec) or spec.year is None or spec.year >= 1000 or spec.bc:
        return False
    rm = grammar.rule_regex(grammar.rule_index(m.rule)).match(low, m.start)
    return rm is not None and "name" in rm.re.groupindex and rm.group("name") is not None and not text[m.end :].lstrip()[:1].isupper()


def _years_near(mentions: list[Mention], k: int, starts: list[int], skip: "set[int] | frozenset[int]" = frozenset()) -> bool:
    """Whether a year (or decade) of the common era is written within ``_CONTEXT_CHARS`` of mention ``k`` and within
    ``_CONTEXT_YEARS`` of its year (mentions in ``skip`` do not count; ``starts``: every mention's start, for bisection)."""
    m = mentions[k]
    year = m.meaning.year  # type: ignore[union-attr]
    lo, hi = bisect.bisect_left(starts, m.start - _CONTEXT_CHARS), bisect.bisect_right(starts, m.end + _CONTEXT_CHARS)
    for j in range(lo, hi):
        spec = mentions[j].meaning
        if j == k or j in skip or not isinstance(spec, CalendarSpec) or spec.bc:
            continue
        near = spec.year if spec.year is not None else 10 * spec.decade if spec.decade is not None else None
        if near is not None and near != year and abs(near - year) <= _CONTEXT_YEARS:
            return True
    return False


def _after_word(low: str, at: int, words: tuple[str, ...]) -> bool:
    """Whether the word right before ``at`` is one of ``words``."""
    m = re.search(r"([a-z]+)[ \t]{1,2}\Z", low[max(0, at - 30) : at])
    return m is not None and m.group(1) in words


def _with_early_range_ends(grammar: Grammar, text: str, low: str, mentions: list[Mention], narrative: bool = False) -> list[Mention]:
    """ "from 1066 to 1087": the second year of a range of early years (rule ``early_year`` checked it) is a year too,
    in the era of the first; a range of three-digit numbers is taken for years only in a story told in years BC
    ("from 211 to 207") or, in a history, when it opens its sentence and other years near it in the text are near it in
    time ("Between 429 and 439 the ..." among 410 and 476), or follows a word of lexicon [narrative_early_years]
    ``range_anywhere`` there ("the invasion of the provinces between 429 and 439."), or ends in a four-digit year ("ruled
    from 907 to 1093"); elsewhere it is more likely an amount ("grew from 300 to 400")."""
    extra: list[Mention] = []
    dropped: set[int] = set()
    starts = [m.start for m in mentions]
    leads = tuple((grammar.lexicon.tables.get("narrative_early_years") or {}).get("range_anywhere", ()))
    for k, m in enumerate(mentions):
        spec = m.meaning
        if m.rule not in _EARLY_YEARS or not isinstance(spec, CalendarSpec) or spec.year is None:
            continue
        rm = grammar.rule_regex(grammar.rule_index(m.rule)).match(low, m.start)
        if rm is None or "year_end" not in rm.re.groupindex or rm.group("year_end") is None:
            continue
        if spec.year < 1000 and not spec.bc and not (narrative and (((opens_sentence(text, m.start) or _after_word(low, m.start, leads))
                                                                      and _years_near(mentions, k, starts)) or len(rm.group("year_end")) == 4)):
            dropped.add(m.start)
            continue
        start, end = rm.span("year_end")
        if k + 1 < len(mentions) and mentions[k + 1].start < end:
            continue
        extra.append(Mention(start, end, text[start:end], CalendarSpec(Grain.YEAR, year=int(rm.group("year_end")), bc=spec.bc), _EARLY_YEAR_END))
    if not extra and not dropped:
        return mentions
    return sorted([m for m in mentions if m.start not in dropped] + extra, key=lambda x: x.start)


@functools.lru_cache(maxsize=None)
def _bare_clock_range_pattern(leads: tuple[str, ...], links: tuple[str, ...], after: tuple[str, ...]) -> "re.Pattern[str]":
    """ "[ from ]6[ to ]9" right after a time, before a stop or one of ``after``."""
    hour = r"(\d{1,2})(?:[:.]([0-5]\d))?"
    return re.compile(r"[ \t]{1,2}(?:" + _word_alternation(leads) + r")[ \t]{1,2}" + hour + r"[ \t]{1,2}(?:" + _word_alternation(links)
                      + r")[ \t]{1,2}" + hour + r"(?=[ \t]{0,3}(?:[,.;:)!?]|$)|[ \t]{1,2}(?:" + _word_alternation(after) + r")\b)")


def _with_bare_clock_ranges(grammar: Grammar, text: str, low: str, mentions: list[Mention]) -> list[Mention]:
    """ "every morning from 6 to 9", "on Saturday from 10 to 4": two bare hours of a range right after a recurrence or a
    day (or its part) are clock times, each an expression (lexicon [bare_clock_ranges]); the half of the day stays open as
    for "at 2:30". Not before a noun ("from 6 to 9 percent", "from 6 to 9 pupils": only before a stop or an ``after`` word),
    nor after a word of change in the sentence ("Shares rose on Friday from 6 to 9": [vetoes] amount_change)."""
    table = grammar.lexicon.tables.get("bare_clock_ranges")
    if not table:
        return mentions
    rx = _bare_clock_range_pattern(tuple(table["leads"]), tuple(table["links"]), tuple(table["after"]))
    starts = [m.start for m in mentions]
    changes = frozenset(grammar.lexicon["vetoes"].get("amount_change", ()))
    extra: list[Mention] = []
    for k, m in enumerate(mentions):
        spec = m.meaning
        if not (isinstance(spec, SetSpec) or (isinstance(spec, CalendarSpec) and spec.grain in (Grain.DAY, Grain.PART_OF_DAY))):
            continue
        r = rx.match(low, m.end)
        if r is None or (k + 1 < len(starts) and starts[k + 1] < r.end()):
            continue
        sentence = max(low.rfind(". ", 0, m.start), low.rfind("\n", 0, m.start)) + 1
        if changes.intersection(re.findall(r"[a-z]+", low[sentence : r.start()])):
            continue  # "Shares rose on Friday from 6 to 9": amounts
        hours = [(int(r.group(hg)), int(r.group(mg) or 0), r.group(mg) is not None, r.start(hg), r.end(mg) if r.group(mg) else r.end(hg))
                 for hg, mg in ((1, 2), (3, 4))]
        if any(not (1 <= h <= 12 or (written and h <= 23)) for h, _, written, _, _ in hours) or hours[0][:2] == hours[1][:2]:
            continue
        afternoon = hours[1][0] < hours[0][0] <= 12  # "from 10 to 4": the end is in the afternoon
        for i, (h, minute, _, a, b) in enumerate(hours):
            h = h + 12 if i and afternoon else h
            extra.append(Mention(a, b, text[a:b], CalendarSpec(Grain.MINUTE, hour=h, minute=minute, shift=Shift(Grain.DAY, 0, Anchoring.NARRATIVE),
                                                                 half_day_open=1 <= h < 12), "bare_clock_range"))
    if not extra:
        return mentions
    return sorted(mentions + extra, key=lambda x: x.start)


_LIST_SPAN = 150  # the most years apart the first and a later year of a list of early years may be (as a bare range's ends)


@functools.lru_cache(maxsize=None)
def _early_list_patterns(links: tuple[str, ...], after: tuple[str, ...]) -> "tuple[re.Pattern[str], re.Pattern[str]]":
    """One more item of a list of years ("[, ]1087", "[ and ]1100", "[, or ]1298") and what may follow its last one."""
    link = _word_alternation(links)
    item = re.compile(r"(?:[ \t]?,[ \t]{0,2}(?:(" + link + r")[ \t]{1,2})?|[ \t]{1,2}(" + link + r")[ \t]{1,2})(\d{3,4})\b(?![,.]\d|-\d)")
    tail = re.compile(r"[ \t]{0,3}(?:[,.;:)!?]|$)|[ \t]{1,2}(?:" + _word_alternation(after) + r")\b")
    return item, tail


def _with_early_year_lists(grammar: Grammar, text: str, low: str, mentions: list[Mention]) -> list[Mention]:
    """ "in 1066, 1087 and 1100": the later years of a list whose first is an early year the rules took (lexicon
    [early_year_lists]): each within ``_LIST_SPAN`` years of it and in its era, the list closed by one of ``links``
    and its last item followed by a stop or one of ``after`` ("in 1200, 1300 and 1400 people" is a list of counts)."""
    table = grammar.lexicon.tables.get("early_year_lists")
    if not table or not any(m.rule in _LIST_HEADS for m in mentions):
        return mentions
    item, tail = _early_list_patterns(tuple(table["links"]), tuple(table["after"]))
    starts = {m.start for m in mentions}
    extra: list[Mention] = []
    for m in mentions:
        spec = m.meaning
        if m.rule not in _LIST_HEADS or not isinstance(spec, CalendarSpec) or spec.year is None or spec.grain is not Grain.YEAR:
            continue
        found, pos, closed = [], m.end, False
        while (r := item.match(low, pos)) is not None:
            digits = r.group(3)
            if not 0 < abs(int(digits) - spec.year) <= _LIST_SPAN:
                break
            found.append(r.span(3))
            closed, pos = bool(r.group(1) or r.group(2)), r.end()
            if closed:
                break
        if not found or not closed or tail.match(low, pos) is None:
            continue
        extra += [Mention(a, b, text[a:b], CalendarSpec(Grain.YEAR, year=int(low[a:b]), bc=spec.bc), _EARLY_YEAR_END)
                  for a, b in found if a not in starts]
    if not extra:
        return mentions
    return sorted(mentions + extra, key=lambda x: x.start)


def _early_years_in_era(mentions: list[Mention]) -> list[Mention]:
    """ "In 216 he won" after "218 BC": a bare early year counts in the era of the last year written
    before it (a story told in years BC goes on in them)."""
    out: list[Mention] = []
    era_bc = False
    for m in mentions:
        spec = m.meaning
        if isinstance(spec, CalendarSpec):
            if m.rule in _EARLY_YEARS and era_bc and spec.year is not None and spec.year < 1000:
                m = attrs.evolve(m, meaning=attrs.evolve(spec, bc=True))
            elif spec.year is not None or spec.decade is not None or spec.century is not None:
                era_bc = spec.bc
        out.append(m)
    return out


_EARLY_YEAR = "early_year"
_EARLY_YEARS = frozenset({_EARLY_YEAR, "early_year_of", "early_day"})  # "in 1453 ...", "the plague of 1348", "on 1 November 866"
_EARLY_YEAR_END = "early_year_end"
_LIST_HEADS = _EARLY_YEARS | {"narrative_early_year"}  # the first early year of a list ("died in [1503] or 1504", found for a
# year of the common era near it)


_SHORT_YEAR_END = re.compile(r"(?:-| - |/)(\d\d)(?![\d%]|-\d|/\d)")  # " - " as tokenised text writes the hyphen; "2025-13-01" no range; "2025/26"


def _with_range_end_years(text: str, low: str, mentions: list[Mention]) -> list[Mention]:
    """ "1947-54", "2027-28": the two digits after a range's first year are a year of its century
    (of the next one when lower: "1999-01"), an expression of their own as "2012" of "2010-2012"."""
    extra: list[Mention] = []
    for k, m in enumerate(mentions):
        if m.rule != "year_range" or not isinstance(m.meaning, CalendarSpec) or m.meaning.year is None:
            continue
        short = _SHORT_YEAR_END.match(low, m.end)
        if short is None or (k + 1 < len(mentions) and mentions[k + 1].start < short.end()):
            continue
        first = m.meaning.year
        year = first - first % 100 + int(short.group(1))
        if year <= first:
            year += 100
        extra.append(Mention(short.start(1), short.end(1), text[short.start(1) : short.end(1)], CalendarSpec(Grain.YEAR, year=year), "year_range_end"))
    if not extra:
        return mentions
    return sorted(mentions + extra, key=lambda x: x.start)


_NEXT_WORD = re.compile(r"[ \t]{1,3}([a-z]+\.?)")


def _month_follows(grammar: Grammar, low: str, pos: int) -> bool:
    m = _NEXT_WORD.match(low, pos, pos + 16)
    return m is not None and m.group(1).rstrip(".") in grammar.lexicon["months"]


@functools.lru_cache(maxsize=None)
def _pair_patterns(language: str, connectors: tuple[str, ...]) -> tuple["re.Pattern[str]", "re.Pattern[str]"]:
    joint = "|".join(r"\s{0,2}" + re.escape(c) + r"\s{0,2}" if not c.isalpha() else r"\s{1,2}" + re.escape(c) + r"\s{1,2}" for c in connectors)
    after = re.compile(r"(?:" + joint + r")(\d{1,2})(?:st|nd|rd|th)?\b(?![-/:.,]?\d|\s?%)")
    before = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?(?:" + joint + r")$")
    return after, before


@functools.lru_cache(maxsize=None)
def _part_of_pattern(language: str, parts: tuple[str, ...]) -> "re.Pattern[str]":
    """ "the night of " right before a day: the part of day it names."""
    words = "|".join(re.escape(p).replace(r"\ ", r"\s{1,2}") for p in sorted(parts, key=lambda x: (-len(x), x)))
    return re.compile(r"(?:\bthe\s{1,2})?\b(" + words + r")\s{1,2}of\s{1,2}$")


def _with_paired_days(grammar: Grammar, text: str, low: str, mentions: list[Mention]) -> list[Mention]:
    """ "April 6-7", "May 4 and 5", "6-7 February": the bare day next to a month-and-day date
    is a date of the same month (and year).  Only forward pairs are taken (6-7, not 7-6).
    "the night of 3-4 May": the first day's night (one expression, as TIMEX2 corpora mark it)."""
    after, before = _pair_patterns(grammar.lexicon.language, tuple(grammar.lexicon["date_pairs"]["connectors"]))
    part_of = _part_of_pattern(grammar.lexicon.language, tuple(grammar.lexicon["parts_of_day"]))
    extra: list[Mention] = []
    starts = [m.start for m in mentions]
    added: set[int] = set()
    dropped: set[int] = set()  # years taken into a pair ("Jan. 5-7, 2025")
    dated: dict[int, Mention] = {}  # first dates of such pairs, with the year
    for m in mentions:
        spec = m.meaning
        if not isinstance(spec, CalendarSpec) or spec.month is None or spec.day is None or spec.hour is not None or spec.bc:
            continue
        candidates = []
        if low[m.start : m.start + 1].isalpha():  # "April 6": the pair follows
            a = after.match(low, m.end, m.end + 16)
            if a and spec.day < int(a.group(1)) <= 31:
                candidates.append((a.start(1), a.end(1), int(a.group(1))))
        else:  # "7 February": the pair comes first
            b = before.search(low, max(0, m.start - 16), m.start)
            if b and 1 <= int(b.group(1)) < spec.day:
                candidates.append((b.start(1), b.end(1), int(b.group(1))))
        for start, end, day in candidates:
            k = bisect.bisect_right(starts, start)  # the mentions around the candidate: it must overlap neither
            if start in added or (k > 0 and mentions[k - 1].end > start) or (k < len(mentions) and mentions[k].start < end):
                continue
            year_after = _year_after_pair(mentions, k, low, end) if spec.year is None and start > m.start else None
            if year_after is not None:  # "Jan. 5-7, 2025": the year written after the pair is both days'
                year_mention = mentions[k]
                dropped.add(year_mention.start)
                year, partial = year_mention.meaning.year, year_mention.meaning.partial_year  # type: ignore[union-attr]
                end = year_mention.end
                dated[m.start] = attrs.evolve(m, meaning=attrs.evolve(spec, year=year, partial_year=partial))
                extra.append(Mention(start, end, text[start:end], CalendarSpec(Grain.DAY, year=year, month=spec.month, day=day, partial_year=partial), "paired_day"))
            else:
                part = part_of.search(low, max(0, start - 30), start) if start < m.start else None
                if part is not None and not (k > 0 and mentions[k - 1].end > part.start()):
                    extra.append(Mention(part.start(), end, text[part.start():end], CalendarSpec(
                        Grain.PART_OF_DAY, year=spec.year, month=spec.month, day=day, part_of_day=key_of(part.group(1)), partial_year=spec.partial_year), "paired_day"))
                else:
                    extra.append(Mention(start, end, text[start:end], CalendarSpec(Grain.DAY, year=spec.year, month=spec.month, day=day, partial_year=spec.partial_year), "paired_day"))
            added.add(start)
    if not extra:
        return mentions
    kept = [dated.get(m.start, m) for m in mentions if m.start not in dropped]
    return sorted(kept + extra, key=lambda x: x.start)


_PAIR_YEAR = re.compile(r"[ \t]?,?[ \t]{1,2}$")  # "5-7, 2025", also "5 - 7 , 2025"


def _year_after_pair(mentions: list[Mention], k: int, low: str, end: int) -> Optional[Mention]:
    """The bare year written right after the second day of a pair ("Jan. 5-7[, 2025]"), if the next mention is one."""
    if k >= len(mentions):
        return None
    nxt = mentions[k]
    spec = nxt.meaning
    if (not isinstance(spec, CalendarSpec) or spec.grain is not Grain.YEAR or spec.year is None or spec.month is not None or spec.mod is not None
            or spec.shift is not None or spec.bc or nxt.start - end > 4 or not _PAIR_YEAR.fullmatch(low, end, nxt.start)):
        return None
    return nxt
