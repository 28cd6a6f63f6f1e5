"""Productions of calendar periods longer than a month: quarters, halves, decades, centuries, seasons, weekends."""

from __future__ import annotations

import re
from typing import Optional

from ...model import Grain, Mod
from ..meaning import Anchoring, CalendarSpec, Meaning, Shift
from .common import MatchContext, Production, PREV_WORD, inside_name, key_of, modifier_of, month_of, named_mid_running_text, number_of, title_case_line, year_of

__all__ = ["PRODUCTIONS"]


def _year_word(g: dict[str, str], ctx: Optional[MatchContext] = None) -> tuple[Optional[int], Optional[Shift]]:
    """The year a quarter or half names: a number, or a shift from "last", "next", "this" year, or
    from the story's year ("of that year", "of the following year")."""
    if "year" in g or "year2" in g:
        return year_of(g.get("year") or g["year2"])[0], None
    if "fy" in g or "fy2" in g:  # (s49) "Q1 FY10", "the first half of FY2010": the fiscal year's name, as "FY2010" alone
        return year_of(g.get("fy") or g["fy2"])[0], None
    if "thatyear" in g and ctx is not None:
        return None, Shift(Grain.YEAR, ctx.lexicon["relative"]["that_year"][key_of(g["thatyear"])], Anchoring.NARRATIVE)
    word = g.get("yearword")
    if word in ("last",):
        return None, Shift(Grain.YEAR, -1)
    if word in ("next",):
        return None, Shift(Grain.YEAR, 1)
    if word in ("this",):
        return None, Shift(Grain.YEAR, 0)
    return None, None


def quarter(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    """ "the third quarter", "Q3 2025", "the second quarter of next year"."""
    if "qnum" in g and "year2" not in g and "fy" not in g:
        # a bare "Q3": written in capitals, and not a model name after a capitalised word ("Audi Q3")
        if ctx.surface[:1] != "Q":
            return None
        m = PREV_WORD.search(ctx.text, max(0, ctx.start - 40), ctx.start)
        if m and m.group(1)[:1].isupper() and ctx.text[max(0, m.start() - 8) : m.start()].rstrip()[-1:] not in ("", ".", "!", "?", "\n", '"'):
            return None
    if "plural" in g and ctx.word_before() not in ctx.lexicon["date_pairs"]["connectors"]:
        return None  # a plural only as the second of two ordinals sharing it ("the second and [fourth quarters]")
    if ("ordinal" in g and key_of(g["ordinal"]) in ctx.lexicon["relative"]["shift"]
            and not any(k in g for k in ("year", "yearword", "thatyear", "fy2"))):
        return None  # "last quarter", "in the last quarter": the one before this one (relative_unit), not the fourth
    q = int(g["qnum"]) if "qnum" in g else ctx.lexicon["ordinal_parts"][g["ordinal"].lower()]
    y, shift = _year_word(g, ctx)
    return CalendarSpec(Grain.QUARTER, year=y, quarter=q, shift=shift, mod=modifier_of(ctx, g.get("mod")))


_SPAN_WORDS = re.compile(r"[a-z]+\.?|\d+")


def month_span_period(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    """ "the October-December quarter", "the April-June period": the quarter those months make
    up; other spans of months are not one period.  "The December quarter" is the quarter ending with it.  The words are read off the match (a rule tried
    at every "the" and every month keeps no capture groups)."""
    words = _SPAN_WORDS.findall(ctx.surface.lower())
    months = [w for w in words if key_of(w) in ctx.lexicon["months"]]
    years = [w for w in words if w.isdigit()]
    y = year_of(years[0])[0] if years else None
    if len(months) == 1:  # "the December quarter": the quarter that ends with that month
        last = month_of(ctx, months[0])
        return CalendarSpec(Grain.QUARTER, year=y, quarter=last // 3) if last % 3 == 0 else None
    if len(months) != 2:
        return None
    first, last = month_of(ctx, months[0]), month_of(ctx, months[1])
    if last - first == 2 and first % 3 == 1:
        return CalendarSpec(Grain.QUARTER, year=y, quarter=(first - 1) // 3 + 1)
    return None  # "the March-May period": each month is tagged on its own


def quarter_digit_first(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    """ "1Q 2026", "3Q25", "2Q": a quarter written as brokers write it, the Q in capitals."""
    if "Q" not in ctx.surface[:2] or inside_name(ctx, ctx.start):
        return None  # "Audi 2Q": a model's name
    text_year = g.get("year2") or g.get("year3")
    y = year_of(text_year)[0] if text_year else None
    return CalendarSpec(Grain.QUARTER, year=y, quarter=int(g["qnum"]), partial_year=bool(g.get("year2")))


def half_digit_first(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    """ "1H 2026", "2H25", "1H": a half of the year written as brokers write it, the H in capitals (as
    :func:`quarter_digit_first`)."""
    if ctx.surface[1:2] != "H" or inside_name(ctx, ctx.start):
        return None  # "1h" is an hour; "Route 1H" a name
    text_year = g.get("year2") or g.get("year3")
    y = year_of(text_year)[0] if text_year else None
    return CalendarSpec(Grain.HALF, year=y, half=int(g["hnum"]), partial_year=bool(g.get("year2")),
                        reported_year=text_year is None)


def quarter_of_year(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    """ "this year's third quarter", "the year-ago third quarter", "the 1988 second quarter"."""
    if g.get("rel"):
        g = {**g, "yearword": "last"}  # a year before the publication year, as "last year's third quarter"
    q = ctx.lexicon["ordinal_parts"][g["ordinal"].lower()]
    y, shift = _year_word(g)
    return CalendarSpec(Grain.QUARTER, year=y, quarter=q, shift=shift)


def period_of_year(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    """ "last year's quarter", "the comparable year-ago quarter", "the 1988 period": the
    reporting period the story is about, in another year."""
    if g.get("rel"):
        g = {**g, "yearword": "last"}
    y, shift = _year_word(g)
    if y is not None:
        # "the 1988 period" is the story's reporting period (a quarter, or the nine months of a year); "the 1988 quarter" a quarter
        period = key_of(g.get("unit", "quarter")) in ctx.lexicon["relative"].get("reporting_period", ())
        return CalendarSpec(Grain.QUARTER, year=y, same_grain_anchor=True, inherit_grain=period)
    assert shift is not None
    return CalendarSpec(Grain.QUARTER, shift=Shift(Grain.YEAR, shift.amount, Anchoring.NARRATIVE), same_grain_anchor=True)


def half(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    """ "the second half of 2025", "the last half of 1989", "the first two quarters of 1990", "H1 2025",
    "the year's second half", "the back half of the fiscal year"."""
    if "hnum" in g and ctx.surface[:1] != "H":
        return None  # "H1 2025" is written in capitals
    if "yearword2" in g:
        g = {**g, "yearword": g["yearword2"]}  # "the year's second half", "next year's first half"
    h = int(g["hnum"]) if "hnum" in g else ctx.lexicon["ordinal_parts"][(g.get("ordinal") or g.get("ordinal2") or g["ordinal3"]).lower()]
    y, shift = _year_word(g, ctx)
    # "the first half of the year": the year the story is in (as "for the full year")
    return CalendarSpec(Grain.HALF, year=y, half=min(h, 2), shift=shift, reported_year=g.get("yearword") == "the")


def half_modifier(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    """ "first-half profit", "second-half sales": the half of the year a report is about (the rule
    asks for a reporting noun after it: "a first-half goal" is a match's half)."""
    h = ctx.lexicon["ordinal_parts"][g["ordinal"].lower()]
    return CalendarSpec(Grain.HALF, half=min(h, 2), reported_year=True)


_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n")
_WORDS = re.compile(r"[a-z][a-z-]*")


_BROKER_HALF = re.compile(r"\b(?:[12]H|H[12])(?:\s?(?:19|20)?\d\d)?\b")  # a half as brokers write it, in capitals
_PREVIOUS_REACH = 300  # characters before a sentence in which the sentence before it is read


def _half_told_before(ctx: MatchContext, begin: int, words: dict[str, list[str]]) -> bool:
    """(session 42) Whether the sentence before the one starting at ``begin`` is about a business's half (it holds "half" and
    one of the reporting words, and none of the play words): "Sales in the first half were flat. It expects a busier second
    half as new stores open." tells the next half of the same report, in a sentence with no reporting word of its own."""
    if begin <= 0:
        return False
    before = ctx.text[max(0, begin - _PREVIOUS_REACH) : begin].rstrip()
    if not before or before[-1] not in ".!?":
        return False
    start = max((m.end() for m in _SENTENCE_END.finditer(before[:-1])), default=0)
    previous = set(_WORDS.findall(before[start:].lower()))
    told = "half" in previous or _BROKER_HALF.search(before, start) is not None  # (s64) "Growth slowed in H1 2027. H2 ..."
    return told and not previous.isdisjoint(words["reporting"]) and previous.isdisjoint(words["play"])


def _plays(tokens: list[str], words: dict) -> bool:
    """Whether a play word of ``[vetoes.bare_half]`` stands in ``tokens`` as the game's word, not in one of ``play_not``,
    two words that make it a verb of the clause ("expects full-year profit to match last year's": no game)."""
    verbs = words.get("play_not", ())
    return any(w in words["play"] and not (k and f"{tokens[k - 1]} {w}" in verbs) for k, w in enumerate(tokens))


def _half_of_works(ctx: MatchContext, g: dict[str, str], sentence: set[str], words: dict) -> bool:
    """(s55 recog) Whether "in the first half", "in the second half" with no business word dates a work's opening, closing,
    start or end (a word of ``[vetoes.bare_half] works`` in its sentence): "The bypass will reopen in the second half", "The
    wing will close in the first half while the roof is replaced" tell a half of the year as a business's half does."""
    return ("ordinal" in g and ctx.text[max(0, ctx.start - 3) : ctx.start].lower() == "in "
            and not sentence.isdisjoint(words.get("works", ())))


def bare_half(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    """ "Profits fell in the first half", "forecast a weaker second half", "in H2": a half of the year, said without "of the year", only in
    a sentence about a business or an economy and not one about a match ("scored in the first half")."""
    words = ctx.lexicon["vetoes"].get("bare_half")
    if not words:
        return None
    before = ctx.text[max(0, ctx.start - 200) : ctx.start]
    begin = max((m.end() for m in _SENTENCE_END.finditer(before)), default=0)
    after = _SENTENCE_END.search(ctx.text, ctx.end, ctx.end + 200)
    tokens = _WORDS.findall((before[begin:] + " " + ctx.text[ctx.end : after.start() if after else ctx.end + 200]).lower())
    sentence = set(tokens)
    if not sentence.isdisjoint(words["play"]) and _plays(tokens, words):
        return None
    if (sentence.isdisjoint(words["reporting"]) and not _half_told_before(ctx, max(0, ctx.start - 200) + begin, words)
            and not _half_of_works(ctx, g, sentence, words)):
        return None
    if "hnum" in g:
        if ctx.surface[:1] != "H":
            return None  # "H2" in capitals, as analysts write a half
        return CalendarSpec(Grain.HALF, half=int(g["hnum"]), reported_year=True)
    if "prev" in g:  # "fell from the previous half": the half before the one the story reports (as "the previous quarter")
        return CalendarSpec(Grain.HALF, shift=Shift(Grain.HALF, -1, Anchoring.NARRATIVE), same_grain_anchor=True)
    if "thehalf" in g:  # "Profit for the half fell": the half the story reports (as "the quarter")
        return CalendarSpec(Grain.HALF, shift=Shift(Grain.HALF, 0, Anchoring.NARRATIVE), same_grain_anchor=True, relative_word="latest")
    ordinal = g.get("ordinal") or g.get("ordinal2") or g["ordinal3"]  # "the first half", "a weaker second half", "second-half sales"
    return CalendarSpec(Grain.HALF, half=min(ctx.lexicon["ordinal_parts"][ordinal.lower()], 2), reported_year=True)


def decade(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    """ "the 1990s", "the '90s", "the late nineties"."""
    if "digits" in g:
        if len(g["digits"]) == 3 and not ctx.narrative:
            return None  # "scores in the 120s": a range of amounts outside a history
        d = int(g["digits"]) // 10
        if d % 10 == 0 and d != 200:  # "the 1800s", "the early 1900s", "the 2200s": the century those years begin, not its first decade
            return CalendarSpec(Grain.CENTURY, century=d // 10, mod=modifier_of(ctx, g.get("mod") or g.get("mod2")))
    elif "short" in g or "bare" in g:
        s = int(g.get("short") or g["bare"])
        century = _century_told_before(ctx)
        if century is not None:
            d = century * 10 + s // 10  # (s59) "the 1860s and 70s", "the 1880s and '90s": the first decade's century
        elif "bare" in g:
            return None  # "in his 70s", "in the 70s": an age, an amount
        else:
            d = (190 if s >= 30 else 200) + s // 10
    else:
        if _age(ctx):
            return None  # "until her late seventies", "in his sixties": an age
        n = ctx.lexicon["decade_words"][g["word"].lower()]
        if "cent" in g:  # (s58) "the eighteen-nineties": the decade of the century its number word names
            if n > 9:
                return None
            return CalendarSpec(Grain.DECADE, decade=int(ctx.lexicon["numbers"][g["cent"].lower()]) * 10 + n,
                                mod=modifier_of(ctx, g.get("mod") or g.get("mod2")))
        d = 190 + n
    return CalendarSpec(Grain.DECADE, decade=d, mod=modifier_of(ctx, g.get("mod") or g.get("mod2")))


_DECADE_BEFORE = re.compile(r"\b(1[0-9]|20)\d0s\W{0,2}\s{1,3}([a-z]+)\s{1,3}$")


def _century_told_before(ctx: MatchContext) -> Optional[int]:
    """(s59) The century of a decade written in full right before a short one and a range link of lexicon [month_words]
    range_links ("the 1860s and 70s", "the 1880s or '90s": 18); None when there is none. Reads 20 characters back."""
    m = _DECADE_BEFORE.search(ctx.text, max(0, ctx.start - 20), ctx.start)
    if m is None or m.group(2) not in ctx.lexicon["month_words"].get("range_links", ()):
        return None
    return int(m.group(1))


def _age(ctx: MatchContext) -> bool:
    """Whether a decade word stands after a possessive, maybe past "early"/"mid"/"late" (lexicon [vetoes]
    age_before, age_modifiers): "her late seventies" is an age, not the late 1970s."""
    vetoes = ctx.lexicon["vetoes"]
    words = ctx.text[max(0, ctx.start - 30) : ctx.start].lower().replace("-", " ").split()
    if words and words[-1] in vetoes.get("age_modifiers", ()):
        words.pop()
    return bool(words) and words[-1] in vetoes.get("age_before", ())


def _ordinal(ctx: MatchContext, word: str) -> int:
    """The number of an ordinal ("3rd", "third"); 0 when it is none."""
    word = word.lower()
    return int(re.sub(r"\D", "", word)) if word[0].isdigit() else int(ctx.lexicon["ordinals"].get(key_of(word), 0))


def century(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    """ "the 19th century", "the early twentieth century", the second of "the 2nd and 3rd centuries"."""
    surface = ctx.surface.lower()
    if "plural" in g and ctx.word_before() not in ("and", "or", "to"):
        return None  # "for three centuries" is a length; "3rd centuries" only after another century
    if "-century" in surface and not surface.startswith((g.get("mod") or g.get("mod2") or g["ordinal"]).lower()):
        return None  # "The 19th-century building": the article is the noun's; the expression starts at the next word
    named = _CENTURY_NAMED.search(ctx.surface)
    if (named is not None and "plural" not in g and not surface.startswith("the")
            and _CAPITALISED_AFTER.match(ctx.text, ctx.end) and ctx.word_before().lower() not in ctx.lexicon["month_words"].get("sentence_start_dates", ())
            and named_mid_running_text(ctx, ctx.start + named.start())):
        return None  # (s50) "gives 20th Century Fox the rights", "a 21st Century Insurance policy": a capitalised "Century" before
        # a capitalised word in running text begins a name (both modes); not after "the" or a word that asks for a time ("in the 20th
        # Century Britain", "life in 20th Century Britain"), nor in a title-case headline ("Art of the 20th Century Goes on Show")
    n = _ordinal(ctx, g["ordinal"])
    if n <= 0:
        return None
    return CalendarSpec(Grain.CENTURY, century=n - 1, mod=modifier_of(ctx, g.get("mod") or g.get("mod2")))


_CENTURY_NAMED = re.compile(r"Century\b")
_CAPITALISED_AFTER = re.compile(r"[ \t]{1,3}[A-Z][a-z]")


def century_turn(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    """ "the turn of the century": about the year a century begins with (mod APPROX): the 20th's, 1900; without its
    number the one nearest the story's time (resolve)."""
    if "ordinal" in g:
        n = _ordinal(ctx, g["ordinal"])
        return CalendarSpec(Grain.YEAR, year=(n - 1) * 100, mod="APPROX") if 1 < n <= 30 else None
    return CalendarSpec(Grain.YEAR, century_turn=True, mod="APPROX")


def period_bc(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    """ "the 330s BC" (decade 033), "the 3rd century BC" (century 02, the years 300-201 BC)."""
    mod = modifier_of(ctx, g.get("mod") or g.get("mod2"))
    if "digits" in g:
        return CalendarSpec(Grain.DECADE, decade=int(g["digits"]) // 10, mod=mod, bc=True)
    n = _ordinal(ctx, g["ordinal"])
    if n <= 0:
        return None
    return CalendarSpec(Grain.CENTURY, century=n - 1, mod=mod, bc=True)


_NAME_BEFORE = re.compile(r"\b[A-Z][a-z]+[ \t]+$")  # a capitalised word right before the season
_OPENS_SENTENCE = re.compile(r"(?:^|[.!?:;\"\n]\s*)[A-Z]")  # ... that begins its sentence (then its capital says nothing)


def _season_in_name(ctx: MatchContext, word: str) -> bool:
    """A season written with a capital before a capitalised word is part of a name ("Summer Olympics");
    a text all in capitals (a headline) says nothing."""
    start = ctx.offset_of(word)
    if not ctx.text[start : start + 1].isupper() or ctx.surface.isupper():
        return False
    if ctx.word_after()[:1].isupper():
        return True
    # "the so-called Black Summer": after a capitalised word that does not open its sentence
    before = _NAME_BEFORE.search(ctx.text, max(0, start - 40), start)
    if before is None:
        return False
    if not _OPENS_SENTENCE.search(ctx.text, max(0, before.start() - 3), before.start() + 1):
        # (s56) a title-case headline capitalises its preposition too: "Pier Stays Shut Until Summer" is a time
        return not (before.group().strip().lower() in ctx.lexicon["vetoes"].get("season_verb_preps", ()) and title_case_line(ctx))
    # "Donna Summer sang": a first name opening the sentence, outside the match and asking for no date ("In Summer", "Last
    # Winter" stay; [month_words] sentence_start_dates)
    word = before.group().strip().lower()
    return before.start() < ctx.start and word not in ctx.lexicon["month_words"].get("sentence_start_dates", ()) and word not in ctx.lexicon["month_words"].get("date_before", ())


def _after_time_preposition(ctx: MatchContext, word: str) -> bool:
    """(s54) Whether a bare season that is also a verb is the noun after a preposition of time (lexicon [vetoes]
    season_verb_preps: "reopens in spring", "by spring", "Factory to Reopen in Spring"), ending its phrase: before a stop,
    a capitalised word or a word of season_verb_preps_followers ("in spring water", "in spring rolls" stay no time), and not a
    tumble ("died in fall from a roof")."""
    vetoes = ctx.lexicon["vetoes"]
    if ctx.word_before() not in vetoes.get("season_verb_preps", ()):
        return False
    after = ctx.word_after()
    if after[:1].islower() and after not in vetoes.get("season_verb_preps_followers", ()):
        return False
    return not (word in vetoes.get("season_tumble", ()) and _tumble(ctx))


_HARM_REACH = 8  # words before "the fall" in which a word of harm makes it a tumble
_CLAUSE_WORDS = re.compile(r"[A-Za-z']+|[,;:.!?]")


def _tumble(ctx: MatchContext) -> bool:
    """Whether "the fall" is a tumble or a drop: a follower ("from the ladder", "in prices") or a word of harm
    earlier in its clause ("broke a leg in the fall")."""
    vetoes = ctx.lexicon["vetoes"]
    after = ctx.word_after()
    if after.lower() in vetoes.get("season_tumble_followers", ()) and (after.lower() != "in" or _lower_word_after_in(ctx)):
        return True
    if after.lower() == "in" and _month_outside_season(ctx):
        return True  # (s57) "the worst of the fall in July and August": no autumn lies in July
    before = _CLAUSE_WORDS.findall(ctx.text, max(0, ctx.start - 80), ctx.start)[-_HARM_REACH:]
    for word in reversed(before):
        if not word[0].isalpha():
            return False  # the clause ends: "Injured in March, he returned in the fall" keeps autumn
        if word.lower() in vetoes.get("season_tumble_harm", ()):
            return True
    return False


def _month_outside_season(ctx: MatchContext) -> bool:
    """Whether "in" right after the match names a month outside the season matched ("the fall in July": a drop)."""
    m = _IN_THEN_WORD.match(ctx.text, ctx.end, min(len(ctx.text), ctx.end + 40))
    month = ctx.lexicon["months"].get(m.group(1).lower().rstrip(".")) if m is not None else None
    if month is None:
        return False
    start = int(ctx.lexicon["seasons"]["fall"]["month"])  # (season_tumble holds "fall" only)
    return not 0 <= (int(month) - start) % 12 < 3


def _lower_word_after_in(ctx: MatchContext) -> bool:
    """Whether the word after "in" right after the match is lower-case ("the fall in prices", not "in Paris")."""
    m = _IN_THEN_WORD.match(ctx.text, ctx.end, min(len(ctx.text), ctx.end + 40))
    return m is not None and m.group(1)[:1].islower()


_IN_THEN_WORD = re.compile(r"[ \t\u00a0]{1,3}in[ \t\u00a0]{1,3}([A-Za-z']+)", re.IGNORECASE)


def season_ago(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    """ "two summers ago", "three winters ago": the last such season, then back a year for each one more
    (a shift of SEASON grain counts years of that season)."""
    n = number_of(ctx, g["num"])
    if n is None or n != int(n) or not 1 <= n <= 100:
        return None
    code = ctx.lexicon["seasons"][key_of(g["season"])]["code"]
    return CalendarSpec(Grain.SEASON, season=code, relative_word="last", shift=Shift(Grain.SEASON, -(int(n) - 1)) if n > 1 else None,
                        mod=modifier_of(ctx, g.get("quant")))


def season_offset(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    """Narrative: "Two winters later", "three summers earlier": that season so many years from the story's year."""
    n = number_of(ctx, g["num"])
    if not ctx.narrative or n is None or n != int(n) or n < 1:
        return None
    sign = -1 if key_of(g["dir"]) in ("earlier", "before") else 1
    return CalendarSpec(Grain.SEASON, season=ctx.lexicon["seasons"][key_of(g["season"])]["code"],
                        shift=Shift(Grain.YEAR, sign * int(n), Anchoring.NARRATIVE))


def season(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    """ "summer 2024", "last summer", "the following spring"; a season that is also a verb needs "the"/"this"."""
    word = key_of(g["season"])
    surface = ctx.surface.lower()
    if "yearfirst" in g:  # (s62) "the 2022-23 winter", "the 2027 summer season" (rule year_season): as "the winter of 2022-23"
        if _season_in_name(ctx, g["season"]) or ctx.word_after().lower() in ctx.lexicon["vetoes"].get("season_not_before", ()):
            return None  # "the 2026 Winter Olympics", "the 2025 summer palace"
        g = {**g, "year": g["yearfirst"]}
    if "thatyear" in g:  # "the autumn of that year", "the spring of the following year": of the story's year
        shift = Shift(Grain.YEAR, ctx.lexicon["relative"]["that_year"][key_of(g["thatyear"])], Anchoring.NARRATIVE)
        return CalendarSpec(Grain.SEASON, season=ctx.lexicon["seasons"][word]["code"], shift=shift, mod=modifier_of(ctx, g.get("mod")))
    if "year" not in g and surface.endswith("year"):  # "the spring of next year" (the word read off the match: no group)
        y, year_shift = _year_word({"yearword": surface.split()[-2]})
        return CalendarSpec(Grain.SEASON, season=ctx.lexicon["seasons"][word]["code"], shift=year_shift, mod=modifier_of(ctx, g.get("mod")))
    campaign = ctx.narrative and ctx.word_after().lower() in ctx.lexicon.tables.get("season_events", {}).get("qualified", ())
    if campaign and "year" not in g and "rel" not in g:  # a history: "Meade's fall campaign", "a spring offensive"
        return CalendarSpec(Grain.SEASON, season=ctx.lexicon["seasons"][word]["code"], mod=modifier_of(ctx, g.get("mod")))
    if ctx.lexicon["seasons"][word].get("also_a_verb") and "year" not in g and "rel" not in g and "mod" not in g and not surface.startswith(ctx.lexicon["vetoes"]["season_noun_after"]) and not _after_weather_word(ctx) and not (surface == word and _after_time_preposition(ctx, word)):
        return None  # "prices fall", "spring into action"
    if "year" not in g and "rel" not in g and "mod" not in g and ctx.word_before() in ctx.lexicon["vetoes"].get("season_not_after", ()):
        return None  # "a winter storm": a kind of storm
    if "year" not in g and "rel" not in g and "mod" not in g and ctx.word_after().lower() in ctx.lexicon["vetoes"].get("season_not_before", ()):
        return None  # "went into winter quarters", "the summer palace": a place or a thing, not a time
    if "year" not in g and "rel" not in g and "mod" not in g and word in ctx.lexicon["vetoes"].get("season_tumble", ()) and surface.startswith("the") and _tumble(ctx):
        return None  # "broke a leg in the fall", "the fall in prices": a tumble or a drop
    if "year" not in g and "rel" not in g and _season_in_name(ctx, g["season"]):
        return None  # "the Summer Olympics", "the Spring Festival": a name
    code = ctx.lexicon["seasons"][word]["code"]
    rel = g.get("rel")
    y = year_of(g["year"])[0] if "year" in g else None
    if y is not None and "year_end" in g and code == "WI":  # "the winter of 1792-93": the winter that ends in the second year
        end = year_of(g["year_end"])[0] if len(g["year_end"]) == 4 else y - y % 100 + int(g["year_end"])
        if end == y + 1:
            y = end
    shift = None
    rel_word = None
    if rel:
        r = key_of(rel).split()[-1]
        anaphora = ctx.lexicon["relative"]["season_anaphora"]
        if key_of(rel) in anaphora:  # "the next spring", as "the following spring" (not "next spring"): counted from the story's time
            r = key_of(rel)
        if r in anaphora:  # "the following spring", "that summer": counted from the story's time
            rel_word = anaphora[r]
            shift = Shift(Grain.YEAR, 0, Anchoring.NARRATIVE)
        else:
            rel_word = ctx.lexicon["relative"]["aliases"].get(r, r)
    elif "year" not in g and surface.startswith("this"):
        rel_word = "this"
    mod = modifier_of(ctx, g.get("mod"))
    if rel and key_of(rel).split()[0] in ("early", "late", "later", "earlier"):
        mod = modifier_of(ctx, key_of(rel).split()[0])
    return CalendarSpec(Grain.SEASON, year=y, season=code, relative_word=rel_word, shift=shift, mod=mod)


_TWO_WORDS_BEFORE = re.compile(r"([A-Za-z]+)[ \t\u00a0]+([A-Za-z-]+)[ \t\u00a0]+$")


def _after_weather_word(ctx: MatchContext) -> bool:
    """Whether a weather word of lexicon [vetoes] season_weather stands right before the match, after one of
    season_weather_determiners: "after a wet spring", "a dry fall" (the season as a noun, not "prices fall")."""
    m = _TWO_WORDS_BEFORE.search(ctx.text, max(0, ctx.start - 40), ctx.start)
    vetoes = ctx.lexicon["vetoes"]
    return m is not None and m.group(2).lower() in vetoes.get("season_weather", ()) and m.group(1).lower() in vetoes.get("season_weather_determiners", ())


def year_end(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    """ "year-end", "month-end", "week's end": the end of the current year (month, quarter, week); "mid-year", "midyear",
    "mid-month" its middle."""
    unit = g.get("unit") or g.get("unit2") or g.get("unit3") or g.get("unit4")
    grain = Grain[ctx.lexicon["unit_grains"][key_of(unit)]] if unit else Grain.YEAR
    return CalendarSpec(grain, shift=Shift(grain, 0), mod=modifier_of(ctx, g.get("mod") or g.get("mod2")) or Mod.END)


def weekend(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    """ "the weekend": the weekend the story is about."""
    return CalendarSpec(Grain.WEEKEND, mod=modifier_of(ctx, g.get("mod")))


def weekend_event(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    """(s56 recog) "weekend" with no article before a noun of lexicon [weekend_events] nouns: the weekend the event
    happened or will happen, as "the weekend" ("Weekend Roadworks Planned", "40 arrests after weekend clashes"); not after
    a word of [weekend_events] not_after ("a weekend strike" is a kind of strike)."""
    table = ctx.lexicon.tables.get("weekend_events")
    if not table or ctx.word_after().lower() not in table["nouns"] or ctx.word_before() in table.get("not_after", ()):
        return None
    return CalendarSpec(Grain.WEEKEND)


PRODUCTIONS: tuple[Production, ...] = (
    season_offset,
    quarter,
    quarter_digit_first,
    half_digit_first,
    quarter_of_year,
    month_span_period,
    period_of_year,
    half,
    half_modifier,
    bare_half,
    decade,
    century,
    century_turn,
    period_bc,
    season_ago,
    season,
    year_end,
    weekend,
    weekend_event,
)
"""This module's productions, in the order they are listed above."""
