"""Recognition passes for narrative text: references and parts of a story's units, regnal years, millennia, decades and
centuries of the story, seasons, holidays, eras, nights."""

from __future__ import annotations

import functools
import re
from typing import Any, Optional

import attrs

from .grammar import Grammar
from ..model import Grain, Mod
from .meaning import Anchoring, CalendarSpec, DurationSpec, Mention, Shift, VagueSpec
from .spans import _inside, _overlaps, _word_alternation


def _round_decades_beside_decades(grammar: Grammar, low: str, mentions: list[Mention]) -> list[Mention]:
    """ "the 1900s and 1910s", "between the 1890s and the 1900s": a round hundred read as its century (rule ``decade``:
    "the 1800s" is the 19th century) is the decade it opens when joined (lexicon [date_pairs] connectors, "the", commas)
    to the decade before or after it, as the pair counts in tens."""
    connectors: Optional[set[str]] = None  # (made at the first round hundred: most texts have none)
    out = mentions
    for k, m in enumerate(mentions):
        spec = m.meaning
        if m.rule != "decade" or not isinstance(spec, CalendarSpec) or spec.grain is not Grain.CENTURY or spec.century is None or spec.bc:
            continue
        if connectors is None:
            connectors = set((grammar.lexicon.tables.get("date_pairs") or {}).get("connectors", ())) | {"the", ","}
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


@functools.lru_cache(maxsize=None)
def _age_decades_pattern(owners: tuple[str, ...], words: tuple[str, ...], mods: tuple[str, ...] = ()) -> "re.Pattern[str]":
    """ "his forties", "her twenties" after "in": an owner and a decade word; maybe a one-word modifier between ("her early
    twenties", "his late forties", "her mid-thirties")."""
    mod = r"(?:(" + _word_alternation(mods) + r")(?:[ \t]{1,2}|-))?" if mods else r"()"
    return re.compile(r"(?<=\bin[ \t])(?:" + _word_alternation(owners) + r")[ \t]{1,2}" + mod + r"(" + _word_alternation(words) + r")\b(?![ \t]{1,2}of\b|-)")


def _with_age_decades(grammar: Grammar, text: str, low: str, mentions: list[Mention]) -> list[Mention]:
    """Narrative mode: "in his forties", "in her twenties": an age told by its decade, a length of so many decades (P4DE,
    P2DE), as histories (TIMEX2) mark it (lexicon [age_decades]: the owners; the decades of [decade_words] from 2 to 9);
    not "in the forties" (a decade of the calendar) nor "in his forties' work"."""
    table = grammar.lexicon.tables.get("age_decades")
    if not table or not table.get("owners"):
        return mentions
    decades = {w: int(n) for w, n in grammar.lexicon["decade_words"].items() if 2 <= int(n) <= 9}
    if not decades:
        return mentions
    kept = list(mentions)
    extra: list[Mention] = []
    # (a one-word point modifier of [modifiers] before the decade word: "in her early twenties" is P2DE with mod START)
    mods = {w: v for w, v in grammar.lexicon["modifiers"].items() if isinstance(v, str) and " " not in w}
    for r in _age_decades_pattern(tuple(table["owners"]), tuple(decades), tuple(mods)).finditer(low):
        kept = [m for m in kept if not (r.start() <= m.start and m.end <= r.end())]  # (the decade word read alone gives way)
        if _overlaps(kept, [m.start for m in kept], r.start(), r.end()):
            continue
        mod = Mod(mods[r.group(1)]) if r.group(1) else None
        extra.append(Mention(r.start(), r.end(), text[r.start() : r.end()], DurationSpec(Grain.DECADE, float(decades[r.group(2)]), mod=mod),
                             "narrative_age_decade"))
    return sorted(kept + extra, key=lambda x: x.start) if extra else mentions


@functools.lru_cache(maxsize=None)
def _parts_pattern(ordinals: tuple[str, ...], units: tuple[str, ...]) -> "re.Pattern[str]":
    """ "the first year", "the last month" right before "of"; or "the war's second year" (a noun's possessive before them)."""
    return re.compile(r"\bthe[ \t]{1,2}(?:" + _word_alternation(ordinals) + r")[ \t]{1,2}(" + _word_alternation(units) + r")(?=[ \t]{1,2}of\b)"
                      + r"|\bthe[ \t]{1,2}[a-z]+['\u2019]s[ \t]{1,2}(?:" + _word_alternation(ordinals) + r")[ \t]{1,2}(" + _word_alternation(units) + r")\b(?![ \t]{1,2}of\b|-)")


def _with_narrative_parts(grammar: Grammar, text: str, low: str, mentions: list[Mention]) -> list[Mention]:
    """Narrative mode: "the first year of the war", "the last month of the siege", "the war's second year": a length of one
    unit (P1Y, P1M), as histories (TIMEX2) mark it (lexicon [narrative_parts]); not inside another expression."""
    table = grammar.lexicon.tables.get("narrative_parts")
    if not table or not table.get("units"):
        return mentions
    grains = {w: Grain[u["grain"]] for u in grammar.lexicon["units"].values() for w in u["words"]}
    starts = [m.start for m in mentions]
    extra: list[Mention] = []
    for r in _parts_pattern(tuple(table["ordinals"]), tuple(table["units"])).finditer(low):
        grain = grains.get(r.group(1) or r.group(2))
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


def _with_story_units(grammar: Grammar, text: str, low: str, mentions: list[Mention], key: str = "narrative_story_units") -> list[Mention]:
    """Narrative mode: "the turning point of the century.", "the worst famine of the decade," (lexicon
    [narrative_story_units]): the century (decade) the story is in, as "the end of the century" is counted; only where the
    unit ends the phrase ("of the century that followed" is another one); not inside another expression.  "early in the
    century", "late in the decade": that unit with the mod (as "early in the next decade" is read); "the rest of the
    century" (``rests``) too, the whole phrase.  (s62) News reads its own table, ``key`` [news_story_units] (only ``rests``:
    "for the rest of the decade" is the publication's decade with END)."""
    table = grammar.lexicon.tables.get(key)
    if not table or not table.get("units"):
        return mentions
    if not table.get("leads") and not any(r.split()[-1] in low for r in table.get("rests", ())):
        return mentions  # (the quick test for news: no "rest", no "remainder")
    grains = {w: Grain[u["grain"]] for u in grammar.lexicon["units"].values() for w in u["words"]}
    starts = [m.start for m in mentions]
    found = [(r.start(1), r.end(1), grains[r.group(2)], None)
             for r in _story_unit_pattern(tuple(table["leads"]), tuple(table["units"])).finditer(low)] if table.get("leads") else []
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
def _followers_pattern(units: tuple[str, ...], followers: tuple[str, ...]) -> "re.Pattern[str]":
    """ "the year that followed": "the", a unit, a follower phrase."""
    alt = "|".join(r"[ \t]{1,2}".join(re.escape(w) for w in f.split()) for f in sorted(followers, key=len, reverse=True))
    return re.compile(r"\bthe[ \t]{1,2}(" + _word_alternation(units) + r")[ \t]{1,2}(?:" + alt + r")\b")


def _with_units_that_followed(grammar: Grammar, text: str, low: str, mentions: list[Mention], key: str = "narrative_followers") -> list[Mention]:
    """Narrative mode: "the year that followed", "the decade which followed" (lexicon [narrative_followers]): the unit after
    the story's (as "the following year", rule relative_unit's meaning), one expression over what was found inside it.
    (s58) News reads its own table, ``key`` [news_followers] ("buses took over its routes in the decade that followed")."""
    table = grammar.lexicon.tables.get(key)
    if not table or not table.get("units") or not table.get("followers"):
        return mentions
    if not any(f.split()[-1] in low for f in table["followers"]):
        return mentions  # (the quick test: every match holds its follower's last word, "followed"; most texts have none)
    grains: Optional[dict[str, Grain]] = None
    marks = set(table.get("marks_after", ()))
    starts = [m.start for m in mentions]
    extra: list[Mention] = []
    replaced: set[int] = set()
    for r in _followers_pattern(tuple(table["units"]), tuple(table["followers"])).finditer(low):
        inside = _inside(mentions, starts, r.start(), r.end())
        if any(mentions[k].start < r.start() or mentions[k].end > r.end() for k in inside):
            continue  # (an expression reaching over it stays: "the day before the year that followed")
        if grains is None:
            grains = {w: Grain[u["grain"]] for u in grammar.lexicon["units"].values() for w in u["words"]}
        grain = grains.get(r.group(1))
        if grain is None or (marks and low[r.end() : r.end() + 1] not in marks):
            continue  # (s58: news, only before a mark: "the year that followed the merger" is the merger's)
        replaced.update(inside)
        extra.append(Mention(r.start(), r.end(), text[r.start() : r.end()], CalendarSpec(grain, shift=Shift(grain, 1, Anchoring.NARRATIVE)),
                             "narrative_follower"))
    if not extra:
        return mentions
    return sorted([m for k, m in enumerate(mentions) if k not in replaced] + extra, key=lambda x: x.start)


_PERIOD_RULE = "the_period"  # "the year", "the month": the period the story is in (rules.toml the_period)


@functools.lru_cache(maxsize=None)
def _period_mod_pattern(mods: tuple[str, ...], links: tuple[str, ...]) -> "re.Pattern[str]":
    """A mod and a link right before an expression ("early in ", "late in ")."""
    return re.compile(r"\b(" + _word_alternation(mods) + r")[ \t]{1,2}(?:" + _word_alternation(links) + r")[ \t]{1,2}\Z")


def _with_story_period_mods(grammar: Grammar, text: str, low: str, mentions: list[Mention]) -> list[Mention]:
    """Narrative mode: "Early in the year", "late in the month" (lexicon [narrative_story_units] ``mods`` and ``mod_links``
    before a "the year" of rule ``_PERIOD_RULE`` whose unit is one of ``period_units``): one expression, that period with
    the mod, as histories (TIMEX2) mark it ("Early in that year" is rule relative_unit's already)."""
    table = grammar.lexicon.tables.get("narrative_story_units")
    if not table or not table.get("period_units") or not table.get("mods") or not table.get("mod_links"):
        return mentions
    units = set(table["period_units"])
    pattern = _period_mod_pattern(tuple(table["mods"]), tuple(table["mod_links"]))
    out = list(mentions)
    for k, m in enumerate(mentions):
        spec = m.meaning
        if m.rule != _PERIOD_RULE or not isinstance(spec, CalendarSpec) or spec.mod is not None or low[m.start : m.end].split()[-1] not in units:
            continue
        lead = pattern.search(low, max(mentions[k - 1].end if k else 0, m.start - 16), m.start)
        if lead is not None:
            mod = Mod(table["mods"][lead.group(1)])
            out[k] = attrs.evolve(m, start=lead.start(), text=text[lead.start() : m.end], meaning=attrs.evolve(spec, mod=mod))
    return out


@functools.lru_cache(maxsize=None)
def _story_season_pattern(relatives: tuple[str, ...], nouns: tuple[str, ...]) -> "re.Pattern[str]":
    """ "the following season", "that season": a relative word of [relative] that_year, then a noun, no "of" after it."""
    rel = "|".join(r"[ \t]{1,2}".join(re.escape(w) for w in r.split()) for r in sorted(relatives, key=len, reverse=True))
    return re.compile(r"\b(" + rel + r")[ \t]{1,2}(?:" + _word_alternation(nouns) + r")\b(?![ \t]{1,2}of\b|['\u2019-])")


@functools.lru_cache(maxsize=None)
def _season_years_pattern(nouns: tuple[str, ...]) -> "re.Pattern[str]":
    """ "the 1848-49 session": "the", a year, a dash or slash and the next year (two or four digits), a noun."""
    return re.compile(r"\bthe[ \t]{1,2}([12]\d{3})[ \t]?[-/\u2013][ \t]?((?:[12]\d)?\d\d)[ \t]{1,2}(?:" + _word_alternation(nouns) + r")\b(?!-)")


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


_SEASON_RULES = frozenset({"season", "season_year"})
_POINT_PARTS_REACH = 40  # characters before a point read for a phrase of [point_parts]


def _with_point_parts(grammar: Grammar, text: str, low: str, mentions: list[Mention]) -> list[Mention]:
    """(s57 recog) News and histories: a phrase of lexicon [point_parts] ``words`` ("the better part of", "a good part of")
    right before a point with no mod of its own (a year, a month, a part of a day) is inside the expression, the point's
    value kept (TimeBank: "for [a good part of 1990]", value 1990): "worked through [the better part of the afternoon]".
    A length is left alone ("[the better part of a decade]" is rule duration's, LESS_THAN)."""
    table = grammar.lexicon.tables.get("point_parts")
    if not table or not mentions:
        return mentions
    words = tuple(table["words"])
    if not any(tail in low for tail in _point_parts_tails(words)):
        return mentions  # (most texts: one find per phrase ending, "part of")
    before = _point_parts_pattern(words)
    out = mentions
    for k, m in enumerate(mentions):
        spec = m.meaning
        if not isinstance(spec, CalendarSpec) or spec.mod is not None:
            continue
        r = before.search(low, max(0, m.start - _POINT_PARTS_REACH), m.start)
        if r is None or (k and mentions[k - 1].end > r.start()):
            continue
        if out is mentions:
            out = list(mentions)
        out[k] = attrs.evolve(m, start=r.start(), text=text[r.start() : m.end])
    return out


@functools.lru_cache(maxsize=None)
def _point_parts_tails(words: tuple[str, ...]) -> frozenset[str]:
    """The last two words of each phrase of ``words`` with a blank before them (" part of"), one find each ahead of a
    text's mentions."""
    return frozenset(" " + " ".join(w.split()[-2:]) for w in words)


@functools.lru_cache(maxsize=None)
def _point_parts_pattern(words: tuple[str, ...]) -> "re.Pattern[str]":
    """A phrase of ``words`` ending right before a point, one or two blanks between its words and after it."""
    alts = "|".join(r"[ \t]{1,2}".join(re.escape(w) for w in p.split()) for p in sorted(words, key=len, reverse=True))
    return re.compile(r"(?<![\w-])(?:" + alts + r")[ \t]{1,2}\Z")


_SEASON_ADJECTIVES_REACH = 60  # characters before a season read for its adjectives


def _with_season_adjectives(grammar: Grammar, text: str, low: str, mentions: list[Mention]) -> list[Mention]:
    """(s56 recog) Narrative mode: a season that opens its mention ("winter", "summer of 1911") right after one or two
    adjectives of lexicon [narrative_season_adjectives] (the second may instead be a capitalised word, a place's), with the
    article before them, is one expression, as TIMEX2 histories tag it: "the onset of [the severe Manchurian winter]",
    "[Harsh winter] and final battles", "[The hot summer of 1911]"."""
    table = grammar.lexicon.tables.get("narrative_season_adjectives")
    if not table or not mentions:
        return mentions
    seasons = grammar.lexicon["seasons"]
    before = _season_adjectives_pattern(tuple(table["words"]))
    out = mentions
    for k, m in enumerate(mentions):
        if m.rule not in _SEASON_RULES or low[m.start : m.end].split(None, 1)[0] not in seasons:
            continue
        r = before.search(low, max(0, m.start - _SEASON_ADJECTIVES_REACH), m.start)
        if r is None or (k and mentions[k - 1].end > r.start()):
            continue
        if r.group("other") and not text[r.start("other") : r.start("other") + 1].isupper():
            continue  # "the cold dark winter": only a capitalised word may follow the adjective unlisted
        if out is mentions:
            out = list(mentions)
        out[k] = attrs.evolve(m, start=r.start(), text=text[r.start() : m.end])
    return out


@functools.lru_cache(maxsize=None)
def _season_adjectives_pattern(words: tuple[str, ...]) -> "re.Pattern[str]":
    """One or two adjectives of ``words`` (or one and a word after it) with an article maybe, ending right before a point."""
    adj = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(r"(?<![\w-])(?:(?:the|a|an)[ \t]{1,2})?(?:" + adj + r")(?:,?[ \t]{1,2}(?:" + adj + r"|(?P<other>[a-z]+)))?[ \t]{1,2}\Z")


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
