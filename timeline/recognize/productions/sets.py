"""Productions of sets (recurring times): "every Monday", "twice a week", "per year", "daily"."""

from __future__ import annotations

import re
from typing import Optional

from ...model import Grain
from ..meaning import Meaning, SetSpec
from .common import MatchContext, Production, capitalised, holiday_key, key_of, month_of, month_word_ok, named_mid_running_text, number_of, unit_of, weekday_of

__all__ = ["PRODUCTIONS"]


def set_per(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    """ "per year" always; "a day" only as a rate after an amount ("3 dollars a day")."""
    if key_of(g["per"]) not in ctx.lexicon["rates"]["explicit"]:
        before = ctx.text[max(0, ctx.start - 12) : ctx.start]
        if not (ctx.word_before() in ctx.lexicon["rates"]["money_words"] or re.search(r"\d[%\s]*$", before) or _counted_before(ctx)):
            return None
    grain, mult = unit_of(ctx, g["unit"])
    return SetSpec(grain=grain, amount=mult)


_WORDS_BEFORE = re.compile(r"([\w,.'-]+)\s+([\w'-]+)\s+([\w'-]+)\s+([\w'-]+)\s+$|([\w,.'-]+)\s+([\w'-]+)\s+([\w'-]+)\s+$|([\w,.'-]+)\s+([\w'-]+)\s+$")
_YEARLIKE = re.compile(r"(?:1\d|20)\d\d")
_AMOUNT = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _counted_before(ctx: MatchContext) -> bool:
    """ (s64) a rate of things counted: an amount and the plural noun it counts right before "a day" ("40,000 cars a
    day", "forty boats a week", "thousands of people a day", "400 new homes a year"); an adjective may come between, the
    noun then ending in "s" ("3 men spent a day" is no rate)."""
    m = _WORDS_BEFORE.search(ctx.text, max(0, ctx.start - 60), ctx.start)
    if m is None:
        return False
    words = [w for w in m.groups() if w is not None]
    if len(words) == 4 and words[1].lower() != "of":
        words = words[1:]  # only "thousands of new homes" needs four
    for k in range(len(words) - 1):  # the amount, then ("of") (an adjective) the noun
        rest = [w.lower() for w in words[k + 1 :]]
        if rest[0] == "of":
            rest = rest[1:]
        if not rest or len(rest) > 2 or not all(w.isalpha() for w in rest) or (len(rest) == 2 and not rest[1].endswith("s")):
            continue
        if rest[-1] in ctx.lexicon["rates"]["after_words"]:
            return False  # a measure ("140 kilometres an hour"), not things counted (rule duration's rates)
        if _amount(ctx, words[k], of=words[k + 1].lower() == "of"):
            return True
    return False


def _amount(ctx: MatchContext, word: str, of: bool) -> bool:
    """An amount of more than one ("40,000", "forty"), or a scale in the plural before "of" ("thousands of")."""
    if _AMOUNT.fullmatch(word):
        return not _YEARLIKE.fullmatch(word)  # "In 2009 ..." is a year, not an amount
    k = word.lower()
    if of:
        return k in ctx.lexicon["rates"]["counted_scales"]
    if k in ctx.lexicon["vague_numbers"] or k in ("a", "an", "one", "single", "zero"):
        return False
    try:
        n = number_of(ctx, k)
    except (KeyError, ValueError):
        return False
    return n is not None and n > 1


def set_every(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    """ "every Monday", "each July", "each summer", "every two weeks", "every other day", "every third month", "every half hour"."""
    quant = g["quant"].upper()
    n = number_of(ctx, g["num"]) if "num" in g else 0.5 if "half" in g else 1.0  # "every half hour"
    if "other" in g:
        n = (n or 1.0) * 2
    elif "nth" in g:  # "every third month": every so many ([ordinals])
        n = float(ctx.lexicon["ordinals"][key_of(g["nth"])])
    if "weekday" in g:
        if not capitalised(ctx, ctx.offset_of(g["weekday"])):
            return None
        pod = ctx.lexicon["parts_of_day"][key_of(g["wpod"])]["code"] if "wpod" in g else None  # "every Monday morning"
        return SetSpec(weekday=weekday_of(ctx, g["weekday"]), part_of_day=pod, quant=quant)
    if "season" in g:
        return SetSpec(season=ctx.lexicon["seasons"][key_of(g["season"])]["code"], quant=quant)
    if "holiday" in g:  # (s63) "every Christmas": that day each year; a movable feast has no such value (None: "every [Easter]")
        key = holiday_key(ctx, g["holiday"], ctx.offset_of(g["holiday"]))
        entry = ctx.lexicon["holidays"].get(key or "", {})
        if not capitalised(ctx, ctx.offset_of(g["holiday"])) or not entry:
            return None
        if "month" not in entry or "day" not in entry:  # (s64) a movable feast ("every Easter"): a yearly set, its day not fixed
            return SetSpec(grain=Grain.YEAR, amount=1.0, quant=quant)
        return SetSpec(value=f"XXXX-{int(entry['month']):02d}-{int(entry['day']):02d}", quant=quant)
    if "month" in g:
        if not month_word_ok(ctx, g["month"], bare=False):  # "every" gives "May" its context
            return None
        day = g.get("num", "")
        if day.isdigit():  # "every 4 June": that day of the month each year, not the whole month
            return SetSpec(value=f"XXXX-{month_of(ctx, g['month']):02d}-{int(day):02d}", quant=quant)
        return SetSpec(month=month_of(ctx, g["month"]), quant=quant)
    if "wdays" in g:  # "each weekday": the weekdays of every week, as "weekdays"
        return SetSpec(value=ctx.lexicon["sets"]["weekdays"]["value"], quant=quant)
    if "pod" in g:
        return SetSpec(part_of_day=ctx.lexicon["parts_of_day"][key_of(g["pod"])]["code"], quant=quant)
    grain, mult = unit_of(ctx, g["unit"])
    if "vague" in g:
        return SetSpec(grain=grain, amount=None, quant=quant)  # "every few months": how many is not told
    return SetSpec(grain=grain, amount=(n or 1.0) * mult, quant=quant)


def counted_seasons(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    """ "the past three summers", "two winters": a season counted in the plural recurs (a set of that season)."""
    key = "season" if "season" in g else "season2"
    if capitalised(ctx, ctx.offset_of(g[key])):
        return None  # a family name: "the two Summers brothers"
    word = g[key]
    return SetSpec(season=ctx.lexicon["seasons"][key_of(word)]["code"])


def set_week_part(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    """ "weekday mornings", "weekend evenings": a part of the day in the plural after the weekdays' or the weekend's word
    recurs on those days of every week (the value of the plural word in the lexicon's ``[sets]``, "weekdays" XXXX-WXX-WD,
    with the part's code: XXXX-WXX-WDTMO)."""
    days = ctx.lexicon["sets"].get(key_of(g["part"]) + "s")
    if days is None:
        return None
    return SetSpec(value=f"{days['value']}T{ctx.lexicon['parts_of_day'][key_of(g['pod'])]['code']}")


def set_day_of_every(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    """ "the first Monday of every month", "the 15th of each month": a day that recurs monthly, one expression (P1M)."""
    if "weekday" in g and not capitalised(ctx, ctx.offset_of(g["weekday"])):
        return None
    return SetSpec(grain=Grain.MONTH, amount=1.0, quant=g["quant"].upper())


def set_plural_weekday(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    """ "on Mondays", "Tuesday nights", "Monday" of "Monday and Tuesday nights": a weekday (and part of day) in the plural recurs."""
    if not capitalised(ctx, ctx.offset_of(g["weekday"])):
        return None
    word = g.get("pod") or g.get("pod2")  # pod2: of the plural weekday this one is joined to ("Monday and Tuesday nights")
    pod = ctx.lexicon["parts_of_day"][key_of(word)]["code"] if word else None
    return SetSpec(weekday=weekday_of(ctx, g["weekday"]), part_of_day=pod)


def _frequency(ctx: MatchContext, words: str) -> str:
    """The TIMEX3 freq of "twice", "three times" (2X, 3X; XX when the number is unknown)."""
    word = key_of(words)
    freqs = ctx.lexicon["frequencies"]
    if word in freqs:
        return str(freqs[word])
    n = number_of(ctx, word.rsplit(" ", 1)[0])
    return f"{int(n)}X" if n else "XX"


def set_frequency(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    """ "twice a year", "three times a week", "twice monthly", "twice-yearly", "once every four years": so many times per unit."""
    word = g.get("set") or g.get("set2")
    if word:  # "twice monthly", "twice-yearly"
        return SetSpec(value=ctx.lexicon["sets"][key_of(word)]["value"], freq=_frequency(ctx, g["freq"]))
    grain, mult = unit_of(ctx, g["unit"])
    count = number_of(ctx, g["num"]) if "num" in g else 1.0  # "once every four years": every 4 years
    if count is None:
        return None
    return SetSpec(grain=grain, amount=count * mult, freq=_frequency(ctx, g["freq"]))


def set_units_per(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    """ "seven days a week", "12 hours a day", "three months a year": so many shorter units in each period, a set of the
    period with the count as its frequency (TIMEX3 freq "7D", "12H", "3M")."""
    count = number_of(ctx, g["num"])
    if count is None or count != int(count) or count <= 0:
        return None
    shorter = g.get("days") or g.get("hours") or g.get("long") or ""
    letter = {"days": "D", "nights": "D", "hours": "H", "weeks": "W", "months": "M"}[shorter.lower()]
    grain, mult = unit_of(ctx, g.get("unit") or g.get("unit2") or g["unit3"])
    return SetSpec(grain=grain, amount=mult, freq=f"{int(count)}{letter}")


def set_word(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    """ "weekly", "annually": a set given by one word (not a newspaper: "the party daily Granma")."""
    after = ctx.word_after()
    if key_of(g["set"]) in ctx.lexicon["vetoes"].get("newspaper_sets", ()) and after[:1].isupper() and after != "I":
        return None
    vetoes = ctx.lexicon["vetoes"]
    if not ctx.surface.islower() and named_mid_running_text(ctx, ctx.offset_of(g["set"])):
        return None  # "wrote in Computer Weekly", "the Weekly Standard": a set word with a capital in running text, a paper
    if key_of(g["set"]) in vetoes.get("newspaper_sets", ()) and _paper_noun(ctx, vetoes):
        return None  # "the party's daily, the Morning Star,": a newspaper

    if key_of(g["set"]) in vetoes.get("counted_sets", ()) and _counted(ctx, vetoes.get("counted_before", ())):
        return None  # "two weekends", "those weekends": some weekends, not every one
    return SetSpec(value=ctx.lexicon["sets"][key_of(g["set"])]["value"])


_DETERMINER_BEFORE = re.compile(r"(?:\b([A-Za-z]+)|(['\u2019]s))[ \t\n]+\Z")
_MARK_AFTER = re.compile(r"[ \t]*(?:([,.;:)])|([A-Za-z]+))")


def _paper_noun(ctx: MatchContext, vetoes: dict) -> bool:  # type: ignore[type-arg]
    """Whether a set word of lexicon [vetoes] newspaper_sets is the noun, a paper: right after a word of newspaper_noun_before
    or a possessive "'s", and before a mark or a word of newspaper_noun_after ("the party's daily, the Morning Star",
    "a daily with a small staff"); not a set word joined to another by a comma ("on a daily, weekly or monthly basis")."""
    m = _DETERMINER_BEFORE.search(ctx.text, max(0, ctx.start - 30), ctx.start)
    if m is None or not (m.group(2) or (m.group(1) or "").lower() in vetoes.get("newspaper_noun_before", ())):
        return False
    after = _MARK_AFTER.match(ctx.text, ctx.end)
    if after is None:
        return ctx.text[ctx.end :].strip() == ""
    if after.group(2) is not None:
        return after.group(2).lower() in vetoes.get("newspaper_noun_after", ())
    if after.group(1) == ",":
        nxt = re.match(r",[ \t]*([A-Za-z]+)", ctx.text[after.start(1) :])
        return not (nxt and (nxt.group(1).lower() in ctx.lexicon["sets"] or nxt.group(1).lower() in ("or", "and")))
    return True


def _counted(ctx: MatchContext, words: "tuple[str, ...] | frozenset[str]") -> bool:
    """Whether a number or one of ``words`` comes right before the match ("two weekends", "the weekdays")."""
    before = ctx.word_before()
    if re.search(r"\d\s*$", ctx.text[max(0, ctx.start - 4) : ctx.start]):
        return True  # "3 weekends"
    if not before or before in words:
        return bool(before)
    try:
        number_of(ctx, before)
        return True  # a number, or a vague one ("several")
    except ValueError:
        return False


PRODUCTIONS: tuple[Production, ...] = (
    set_per,
    set_every,
    counted_seasons,
    set_day_of_every,
    set_plural_weekday,
    set_week_part,
    set_frequency,
    set_units_per,
    set_word,
)
"""This module's productions, in the order they are listed above."""
