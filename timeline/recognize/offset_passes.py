"""Recognition passes for lengths and offsets the rules leave out: fractions of units, coordinated and calendar parts,
offsets from a day or an event, adjective lengths, anniversaries, ages."""

from __future__ import annotations

import bisect
import functools
import re
from typing import Optional

import attrs

from .grammar import Grammar, longest_match
from ..model import Grain, Mod
from .meaning import Anchoring, CalendarSpec, DurationSpec, Mention, Shift, VagueSpec
from .spans import _alternation, _inside, _overlaps, _word_alternation
from .story_passes import EVE_RULE, MILLENNIUM_RULE, POD_OFFSET_RULE


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
    if not _may_match_near(pattern, low, 0, len(low), keys, reach):
        return mentions  # (no match near any key in the whole text, so none in a line of it: every TBAQ text; the lines'
        # windows are the text's clipped at line ends, where the pattern's end tests read a line break as the text's end)
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
def _weekday_before_pattern(weekdays: tuple[str, ...], directions: tuple[str, ...]) -> "re.Pattern[str]":
    """ "the Sunday before," : "the", a weekday, a direction, then a stop (an adverb: no object after it)."""
    return re.compile(r"\bthe[ \t]{1,2}(" + _word_alternation(weekdays) + r")[ \t]{1,2}(" + _word_alternation(directions) + r")(?=[ \t]*[,.;:])")


@functools.lru_cache(maxsize=8)
def _direction_stop(directions: tuple[str, ...]) -> "re.Pattern[str]":
    """A direction of :func:`_weekday_before_pattern` right before a stop ("before,", "after."): what it needs after its
    weekday, found with no scan from every "the"."""
    return re.compile("(?:" + _word_alternation(directions) + r")(?=[ \t]*[,.;:])")


_STOP_AFTER = re.compile(r"[ \t]*[,.;:]")  # what :func:`_direction_stop` asks after its direction


def _direction_before_stop(low: str, directions: tuple[str, ...]) -> bool:
    """(s60) Whether ``_direction_stop(directions).search(low)`` finds something: each direction looked for with
    ``str.find`` (a C search) and only there the stop after it asked, not the pattern tried at every character (it
    was about 1.4% of a news tagging pass; tests/test_speed60.py holds the two to the same answers)."""
    for word in directions:
        at = low.find(word)
        while at >= 0:
            if _STOP_AFTER.match(low, at + len(word)) is not None:
                return True
            at = low.find(word, at + 1)
    return False


def _with_weekdays_before(grammar: Grammar, text: str, low: str, mentions: list[Mention]) -> list[Mention]:
    """Narrative mode: "The Sunday before, the leaders had met", "the Monday after." (a weekday, then a direction of
    lexicon [narrative_unit_offsets] with no object after it): the weekday before (after) the story's day, one expression,
    read as "the previous Sunday" ("the following Monday") is; what was found inside it (the weekday) gives way."""
    table = grammar.lexicon.tables.get("narrative_unit_offsets")
    if not table or not table.get("directions"):
        return mentions
    weekdays = grammar.lexicon["weekdays"]
    if not _direction_before_stop(low, tuple(table["directions"])) or not any(w in low for w in weekdays if len(w) > 3):
        return mentions  # (s59) no direction before a stop or no weekday written: the pattern below cannot match (a quick
        # test: the scan from every "the" cost about 1.5% of a news tagging pass; s60: the rarer test first, by str.find)
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
