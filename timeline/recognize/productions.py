"""Productions: turn a rule's captures into a typed, underspecified meaning.

Each production is a small function named in ``rules.toml``.  It returns ``None`` to veto a
match (a negative rule: "May I", "the March of Dimes", "a second term"), which lets a
later, shorter rule try the same position.
"""

from __future__ import annotations

import re
from typing import Callable, Optional

import attrs

from ..lexicon import Lexicon
from ..model import Grain, Mod, to_mod
from ..units import units_per
from .meaning import Anchoring, CalendarSpec, Direction, DurationSpec, Meaning, SetSpec, Shift, VagueSpec

__all__ = ["MatchContext", "PRODUCTIONS"]

_WS = re.compile(r"\s+")


@attrs.frozen
class MatchContext:
    """What a production may look at: the original text and where the match lies in it."""

    text: str  # original text (case preserved)
    start: int
    end: int
    lexicon: Lexicon

    @property
    def surface(self) -> str:
        return self.text[self.start : self.end]

    def offset_of(self, word: str) -> int:
        """Where ``word`` (a capture of this match) starts in the text; looks only inside the match."""
        i = self.surface.lower().find(word.lower())
        return self.start + max(i, 0)

    def word_before(self) -> str:
        m = _PREV_WORD.search(self.text, max(0, self.start - 40), self.start)
        return m.group(1).lower() if m else ""

    def word_after(self) -> str:
        m = _NEXT_WORD.match(self.text, self.end, min(len(self.text), self.end + 40))
        return m.group(1) if m else ""


_PREV_WORD = re.compile(r"([A-Za-z]+)[^A-Za-z\n]{0,3}$")
_NEXT_WORD = re.compile(r"[ \t\u00a0]{1,3}([A-Za-z']+)")

Production = Callable[[dict[str, str], MatchContext], Optional[Meaning]]
PRODUCTIONS: dict[str, Production] = {}


def production(fn: Production) -> Production:
    PRODUCTIONS[fn.__name__] = fn
    return fn


# ----------------------------------------------------------------- lexical helpers


def _key(word: str) -> str:
    return _WS.sub(" ", word.lower().replace("’", "'")).strip().rstrip(".")


def _month(ctx: MatchContext, word: str) -> int:
    return int(ctx.lexicon["months"][_key(word)])


def _weekday(ctx: MatchContext, word: str) -> int:
    return int(ctx.lexicon["weekdays"][_key(word)])


def _day(word: str) -> int:
    return int(re.sub(r"\D", "", word))


def _year(word: str) -> tuple[int, bool]:
    """A year as written; two digits become 19xx/20xx (pivot 1950/2049) and are flagged."""
    digits = re.sub(r"\D", "", word)
    y = int(digits)
    if len(digits) <= 2:
        return (2000 + y if y < 50 else 1900 + y), True
    return y, False


_SCALED = re.compile(r"^(.+?) ((?:[a-z]+)(?: [a-z]+)*)$")


def _vague_least(ctx: MatchContext, word: str) -> Optional[float]:
    """The fewest units a vague scale can mean: "millions of" 2,000,000, "tens of thousands of" 20,000."""
    link = ctx.lexicon["number_grammar"]["vague_scale_link"]
    words = [w for w in _key(word).split() if w != link]
    scales = ctx.lexicon["vague_scales"]
    if not words or any(w not in scales for w in words):
        return None
    least = 2.0
    for w in words:
        least *= float(scales[w])
    return least


def _after_numeral(ctx: MatchContext) -> bool:
    """Whether the match continues a number it cannot read ("10^30 years", "1e30 years"): then it says nothing."""
    return bool(re.search(r"(?:[\d^]|\d[eE][+-]?)$", ctx.text[max(0, ctx.start - 3) : ctx.start]))


def _number(ctx: MatchContext, word: str) -> Optional[float]:
    """The value of a number word or numeral; ``None`` for vague amounts ("several")."""
    k = _key(word).replace(",", "")
    if k in ctx.lexicon["vague_numbers"]:
        return None
    try:
        return float(k)
    except ValueError:
        pass
    nums = ctx.lexicon["numbers"]
    if k in nums:
        return float(nums[k])
    scaled = _SCALED.match(k)
    if scaled and scaled.group(2).split()[0] in ctx.lexicon["scales"]:  # "13.8 billion", "a hundred thousand"
        base = _number(ctx, scaled.group(1))
        if base is not None:
            for w in scaled.group(2).split():
                base *= float(ctx.lexicon["scales"][w])
            return base
    parts = re.split(r"[- ]", k)
    if len(parts) == 2 and parts[0] in nums and parts[1] in nums:
        return float(nums[parts[0]] + nums[parts[1]])
    raise ValueError(f"not a number: {word!r}")


def _unit(ctx: MatchContext, word: str) -> tuple[Grain, float]:
    """The grain of a unit word and its multiplier (a fortnight is two weeks)."""
    k = _key(word)
    for unit in ctx.lexicon["units"].values():
        if k in unit["words"]:
            return Grain[unit["grain"]], float(unit.get("multiplier", 1))
    raise ValueError(f"not a unit: {word!r}")


def _mod(ctx: MatchContext, word: Optional[str]) -> Optional[Mod]:
    if not word:
        return None
    k = _key(word)
    return to_mod(ctx.lexicon["comparative_modifiers"].get(k) or ctx.lexicon["modifiers"].get(k))


def _capitalised(ctx: MatchContext, word_start: int) -> bool:
    return ctx.text[word_start : word_start + 1].isupper()


def _inside_name(ctx: MatchContext, start: int) -> bool:
    """Whether the word before ``start`` is capitalised inside a sentence (part of a name)."""
    m = _PREV_WORD.search(ctx.text, max(0, start - 40), start)
    if m is None or not m.group(1)[:1].isupper() or ctx.text[m.end(1) : start].strip():
        return False
    return ctx.text[max(0, m.start(1) - 8) : m.start(1)].rstrip()[-1:] not in ("", ".", "!", "?", ":", '"', "\n", "(")


def _month_word_ok(ctx: MatchContext, word: str, *, bare: bool) -> bool:
    """Negative rules for month names: must be capitalised; bare "May"/"March" need context."""
    if not _capitalised(ctx, ctx.offset_of(word)):
        return False
    k = _key(word)
    if bare:
        words = ctx.lexicon["month_words"]
        if len(k) <= 4 and k not in words["short_ok"] and not word.endswith("."):
            return False
        common = words["common"].get(k)
        if common is not None:
            if _inside_name(ctx, ctx.offset_of(word)):
                return False  # "the Great March": part of a name
            after = ctx.word_after()
            if after.lower() in common.get("followers", ()) or (common.get("capitalised_follower") and after[:1].isupper()):
                return False  # "May I", "March on Washington", "the March of Dimes"
    return True


# ----------------------------------------------------------------- productions


@production
def absolute_date(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    month_word = g["month"]
    month = int(month_word) if month_word.isdigit() else _month(ctx, month_word)
    if not month_word.isdigit() and not _month_word_ok(ctx, month_word, bare=False):
        return None
    year, partial = _year(g["year"])
    day = _day(g["day"])
    if day > 31:
        return None
    hour = int(g["hour"]) if "hour" in g else None
    minute = int(g["minute"]) if "minute" in g else None
    grain = Grain.MINUTE if hour is not None else Grain.DAY
    return CalendarSpec(grain, year=year, month=month, day=day, hour=hour, minute=minute, partial_year=partial)


@production
def month_day(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    month_word = g.get("month") or g["month2"]
    if not _month_word_ok(ctx, month_word, bare=False):
        return None
    day = _day(g.get("day") or g["day2"])
    if _key(month_word) == "may" and ctx.text[ctx.start : ctx.end].split()[-1].isdigit() and day > 31:
        return None
    grain = Grain.WEEK if g.get("week") else Grain.DAY  # "the week of March 6": the week that holds it
    return CalendarSpec(grain, month=_month(ctx, month_word), day=day, mod=_mod(ctx, g.get("mod")))


@production
def month_year(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    if not _month_word_ok(ctx, g["month"], bare=False):
        return None
    year, partial = _year(g["year"])
    return CalendarSpec(Grain.MONTH, year=year, month=_month(ctx, g["month"]), mod=_mod(ctx, g.get("mod")), partial_year=partial)


@production
def month(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    rel = g.get("rel")
    if not _month_word_ok(ctx, g["month"], bare=rel is None and "mod" not in g):
        return None
    if g.get("day") and rel:  # "last Oct. 23": the last one before now, "next May 1" the next one
        day = _day(g["day"])
        if day > 31:
            return None
        step = ctx.lexicon["relative"]["shift"].get(_key(rel), 0)
        way = Direction.PAST if step < 0 else Direction.FUTURE if step > 0 else Direction.TENSE
        return CalendarSpec(Grain.DAY, month=_month(ctx, g["month"]), day=day, direction=way, mod=_mod(ctx, g.get("mod")))
    return CalendarSpec(Grain.MONTH, month=_month(ctx, g["month"]), relative_word=_key(rel) if rel else None, mod=_mod(ctx, g.get("mod")))


@production
def date_bc(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    """ "612 BC", "April 331 BC", "the spring of 216 BC": a date before the common era."""
    y = int(g["year"])
    month_word = g.get("month") or g.get("month2")
    if month_word and not _month_word_ok(ctx, month_word, bare=False):
        return None
    day_word = g.get("day") or g.get("day2")
    day = _day(day_word) if day_word else None
    if day is not None and day > 31:
        return None
    season = ctx.lexicon["seasons"][_key(g["season"])]["code"] if "season" in g else None
    grain = Grain.DAY if day else Grain.MONTH if month_word else Grain.SEASON if season else Grain.YEAR
    return CalendarSpec(grain, year=y, month=_month(ctx, month_word) if month_word else None, day=day, season=season,
                        mod=_mod(ctx, g.get("mod") or g.get("mod2")), bc=True)


@production
def period_bc(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    """ "the 330s BC" (decade 033), "the 3rd century BC" (century 02, the years 300-201 BC)."""
    mod = _mod(ctx, g.get("mod") or g.get("mod2"))
    if "digits" in g:
        return CalendarSpec(Grain.DECADE, decade=int(g["digits"]) // 10, mod=mod, bc=True)
    word = g["ordinal"].lower()
    n = int(re.sub(r"\D", "", word)) if word[0].isdigit() else int(ctx.lexicon["ordinals"].get(_key(word), 0))
    if n <= 0:
        return None
    return CalendarSpec(Grain.CENTURY, century=n - 1, mod=mod, bc=True)


@production
def month_of_that_year(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    """ "August of that year", "July 25 of the following year": the year of the story's time;
    "June last year": the year before the publication date's."""
    if not _month_word_ok(ctx, g["month"], bare=False):
        return None
    day_word = g.get("day") or g.get("day2")
    day = _day(day_word) if day_word else None
    if day is not None and day > 31:
        return None
    relative = ctx.lexicon["relative"]
    if g.get("yearword"):  # "June last year", "March 3 of next year": counted from the publication date
        shift = Shift(Grain.YEAR, relative["shift"][_key(g["yearword"])], Anchoring.REFERENCE)
    else:
        shift = Shift(Grain.YEAR, relative["that_year"][_key(g["rel"])], Anchoring.NARRATIVE)
    return CalendarSpec(Grain.DAY if day else Grain.MONTH, month=_month(ctx, g["month"]), day=day, shift=shift, mod=_mod(ctx, g.get("mod")))


@production
def day_of_month(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    """ "on the 14th": a day of the month the story is in (only after "on", "by", ...)."""
    if ctx.word_before() not in ctx.lexicon["day_of_month"]["after"]:
        return None
    day = _day(g["day"])
    if day > 31:
        return None
    return CalendarSpec(Grain.DAY, day=day)


@production
def year(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    text_year = g.get("year") or g.get("year2")
    assert text_year is not None
    before = ctx.text[max(0, ctx.start - 1) : ctx.start]
    if before in ("$", "£", "€", "#", "№") or ctx.text[ctx.end : ctx.end + 1] in ("%",):
        return None
    y, partial = _year(text_year)
    return CalendarSpec(Grain.YEAR, year=y, mod=_mod(ctx, g.get("mod")), partial_year=partial)


def _spoken_year(ctx: MatchContext, g: dict[str, str]) -> Optional[int]:
    """ "nineteen ninety-six" = 1996, "eighteen hundred" = 1800, "nineteen oh-five" = 1905,
    "two thousand and one" = 2001: a year read out, as broadcast transcripts write it."""
    numbers = ctx.lexicon["numbers"]
    fillers = ctx.lexicon["spoken_years"]["fillers"]

    def value(words: str) -> int:
        return sum(int(numbers[w]) for w in re.split(r"[\s-]+", words) if w not in fillers)

    if g.get("thousand"):
        return 2000 + (value(g["rest2"]) if g.get("rest2") else 0)
    rest = _key(g["rest"])
    return int(numbers[_key(g["cent"])]) * 100 + (0 if rest == "hundred" else value(rest))


@production
def spoken_year(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    """A year in words, alone ("in nineteen ninety-six", "the year two thousand") or after a
    month or season ("January nineteen ninety-seven", "the winter of nineteen ninety-four")."""
    framed = any(g.get(k) for k in ("month", "season", "theyear"))
    if g.get("thousand") and not framed:
        after = ctx.text[ctx.end : ctx.end + 3].lstrip()
        if ctx.word_before() not in ctx.lexicon["spoken_years"]["bare_after"] or (after and after[0] not in ".,;:!?)"):
            return None  # "two thousand people": a count
    y = _spoken_year(ctx, g)
    if y is None:
        return None
    mod = _mod(ctx, g.get("mod"))
    if g.get("season"):
        return CalendarSpec(Grain.SEASON, year=y, season=ctx.lexicon["seasons"][_key(g["season"])]["code"], mod=mod)
    if g.get("month"):
        if not _month_word_ok(ctx, g["month"], bare=False):
            return None
        day = _day(g["day"]) if g.get("day") else None
        if day is not None and day > 31:
            return None
        return CalendarSpec(Grain.DAY if day else Grain.MONTH, year=y, month=_month(ctx, g["month"]), day=day, mod=mod)
    return CalendarSpec(Grain.YEAR, year=y, mod=mod)


def _year_word(g: dict[str, str]) -> tuple[Optional[int], Optional[Shift]]:
    if "year" in g or "year2" in g:
        return _year(g.get("year") or g["year2"])[0], None
    word = g.get("yearword")
    if word in ("last",):
        return None, Shift(Grain.YEAR, -1)
    if word in ("next",):
        return None, Shift(Grain.YEAR, 1)
    if word in ("this",):
        return None, Shift(Grain.YEAR, 0)
    return None, None


@production
def quarter(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    if "qnum" in g and "year2" not in g:
        # a bare "Q3": written in capitals, and not a model name after a capitalised word ("Audi Q3")
        if ctx.surface[:1] != "Q":
            return None
        m = _PREV_WORD.search(ctx.text, max(0, ctx.start - 40), ctx.start)
        if m and m.group(1)[:1].isupper() and ctx.text[max(0, m.start() - 8) : m.start()].rstrip()[-1:] not in ("", ".", "!", "?", "\n", '"'):
            return None
    q = int(g["qnum"]) if "qnum" in g else ctx.lexicon["ordinal_parts"][g["ordinal"].lower()]
    y, shift = _year_word(g)
    direction = Direction.TENSE
    return CalendarSpec(Grain.QUARTER, year=y, quarter=q, shift=shift, mod=_mod(ctx, g.get("mod")), direction=direction)


@production
def quarter_of_year(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    """ "this year's third quarter", "the year-ago third quarter", "the 1988 second quarter"."""
    if g.get("rel"):
        g = {**g, "yearword": "last"}  # a year before the publication year, as "last year's third quarter"
    q = ctx.lexicon["ordinal_parts"][g["ordinal"].lower()]
    y, shift = _year_word(g)
    return CalendarSpec(Grain.QUARTER, year=y, quarter=q, shift=shift)


@production
def period_of_year(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    """ "last year's quarter", "the comparable year-ago quarter", "the 1988 period": the
    reporting period the story is about, in another year."""
    if g.get("rel"):
        g = {**g, "yearword": "last"}
    y, shift = _year_word(g)
    if y is not None:
        return CalendarSpec(Grain.QUARTER, year=y, same_grain_anchor=True)
    assert shift is not None
    return CalendarSpec(Grain.QUARTER, shift=Shift(Grain.YEAR, shift.amount, Anchoring.NARRATIVE), same_grain_anchor=True)


@production
def half(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    if "hnum" in g and ctx.surface[:1] != "H":
        return None  # "H1 2025" is written in capitals
    h = int(g["hnum"]) if "hnum" in g else ctx.lexicon["ordinal_parts"][g["ordinal"].lower()]
    y, shift = _year_word(g)
    return CalendarSpec(Grain.HALF, year=y, half=min(h, 2), shift=shift)


@production
def decade(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    if "digits" in g:
        d = int(g["digits"]) // 10
        if int(g["digits"]) % 100 == 0 and not re.search(r"\b(?:early|late|mid|the)\b", ctx.surface.lower()):
            pass
    elif "short" in g:
        s = int(g["short"])
        d = (190 if s >= 30 else 200) + s // 10
    else:
        d = 190 + ctx.lexicon["decade_words"][g["word"].lower()]
    return CalendarSpec(Grain.DECADE, decade=d, mod=_mod(ctx, g.get("mod") or g.get("mod2")))


@production
def century(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    word = g["ordinal"].lower()
    n = int(re.sub(r"\D", "", word)) if word[0].isdigit() else int(ctx.lexicon["ordinals"].get(_key(word), 0))
    if n <= 0:
        return None
    return CalendarSpec(Grain.CENTURY, century=n - 1, mod=_mod(ctx, g.get("mod") or g.get("mod2")))


@production
def season(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    word = _key(g["season"])
    surface = ctx.surface.lower()
    if ctx.lexicon["seasons"][word].get("also_a_verb") and "year" not in g and "rel" not in g and not surface.startswith(("the", "this")):
        return None  # "prices fall", "spring into action"
    code = ctx.lexicon["seasons"][word]["code"]
    rel = g.get("rel")
    y = _year(g["year"])[0] if "year" in g else None
    shift = None
    rel_word = None
    if rel:
        r = _key(rel).split()[-1]
        anaphora = ctx.lexicon["relative"]["season_anaphora"]
        if r in anaphora:  # "the following spring", "that summer": counted from the story's time
            rel_word = anaphora[r]
            shift = Shift(Grain.YEAR, 0, Anchoring.NARRATIVE)
        else:
            rel_word = ctx.lexicon["relative"]["aliases"].get(r, r)
    elif "year" not in g and surface.startswith("this"):
        rel_word = "this"
    mod = _mod(ctx, g.get("mod"))
    if rel and _key(rel).split()[0] in ("early", "late", "later", "earlier"):
        mod = _mod(ctx, _key(rel).split()[0])
    return CalendarSpec(Grain.SEASON, year=y, season=code, relative_word=rel_word, shift=shift, mod=mod)


@production
def holiday(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    key = _key(g["holiday"])
    if ctx.lexicon["holidays"][key].get("capitalised") and not _capitalised(ctx, ctx.start):
        return None
    y = _year(g["year"])[0] if "year" in g else None
    return CalendarSpec(Grain.DAY, year=y, holiday=key)


def _day_reference(g: dict[str, str], ctx: MatchContext, grain: Grain, **fields: object) -> Optional[CalendarSpec]:
    """A day given by weekday, deictic word or month+day, refined by ``fields``."""
    rel = g.get("rel")
    rel_word = ctx.lexicon["relative"]["aliases"].get(_key(rel), _key(rel)) if rel else None
    if "weekday" in g:
        if not _capitalised(ctx, ctx.offset_of(g["weekday"])):
            return None
        return CalendarSpec(grain, weekday=_weekday(ctx, g["weekday"]), relative_word=rel_word, **fields)  # type: ignore[arg-type]
    if "deictic" in g:
        offset = ctx.lexicon["deictic_days"][_key(g["deictic"])]["offset"]
        return CalendarSpec(grain, shift=Shift(Grain.DAY, offset), **fields)  # type: ignore[arg-type]
    month_word = g.get("month") or g.get("month2")
    if month_word:
        if not _month_word_ok(ctx, month_word, bare=False):
            return None
        y = g.get("year") or g.get("year2")
        return CalendarSpec(grain, month=_month(ctx, month_word), day=_day(g.get("day") or g["day2"]), year=_year(y)[0] if y else None, **fields)  # type: ignore[arg-type]
    # no day given: the part of day of the narrative's current day ("around midnight")
    return CalendarSpec(grain, shift=Shift(Grain.DAY, 0, Anchoring.NARRATIVE), **fields)  # type: ignore[arg-type]


@production
def part_of_day(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    pod = _key(g["pod"])
    if g.get("mod") and _key(g["mod"]) + " " + pod in ctx.lexicon["parts_of_day"]:
        pod = _key(g["mod"]) + " " + pod
    mod = None
    if ctx.lexicon["parts_of_day"].get(pod, {}).get("mod"):  # "the early hours": the start of the day
        mod = ctx.lexicon["parts_of_day"][pod]["mod"]
    elif g.get("mod"):
        mod = _mod(ctx, g["mod"])
    if "approx" in g or "approx2" in g:
        mod = Mod.APPROX
    if pod not in ctx.lexicon["parts_of_day"]:
        return None
    return _day_reference(g, ctx, Grain.PART_OF_DAY, part_of_day=pod, mod=mod)


@production
def deictic_day(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    entry = ctx.lexicon["deictic_days"][_key(g["deictic"])]
    part = entry.get("part")
    return CalendarSpec(Grain.PART_OF_DAY if part else Grain.DAY, shift=Shift(Grain.DAY, entry["offset"]), part_of_day=part)


@production
def clock_time(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    hour = int(g.get("hour") or g["hour2"])
    minute = int(g.get("minute") or g.get("minute2") or 0)
    ampm = (g.get("ampm") or "").replace(".", "")
    if ampm:
        if hour == 0 or hour > 12:
            return None
        if ampm == "pm" and hour != 12:
            hour += 12
        elif ampm == "am" and hour == 12:
            hour = 0
    elif "minute2" in g and ctx.text[ctx.start - 1 : ctx.start] in ("$", ":"):
        return None
    hedge_word = g.get("approx") or g.get("approx2")
    hedge = _key(hedge_word) if hedge_word else None
    mod = ctx.lexicon["clock_hedges"][hedge]["mod"] if hedge in ctx.lexicon["clock_hedges"] else None
    if "weekday" in g or "deictic" in g:  # "9 a.m. Tuesday": the day is part of the expression
        return _day_reference(g, ctx, Grain.MINUTE, hour=hour, minute=minute, mod=mod, hedge=hedge)
    return CalendarSpec(Grain.MINUTE, hour=hour, minute=minute, shift=Shift(Grain.DAY, 0, Anchoring.NARRATIVE), mod=mod, hedge=hedge)


def _shift(g: dict[str, str], ctx: MatchContext, sign: int, anchoring: Anchoring) -> Optional[Meaning]:
    grain, mult = _unit(ctx, g["unit"])
    if _after_numeral(ctx):
        return None
    least = _vague_least(ctx, g["num"])
    amount = None if least is not None else _number(ctx, g["num"])
    if grain in (Grain.SECOND,) and _key(g["num"]) in ("a", "an"):
        return None
    if least is not None:  # "millions of years ago": at least that far, with no bound on the far side
        return VagueSpec("PAST_REF" if sign < 0 else "FUTURE_REF", grain=grain, least=least * mult)
    if amount is None:  # "several years ago", "a few days later": a vague past or future
        return VagueSpec("PAST_REF" if sign < 0 else "FUTURE_REF", grain=grain)
    amount *= mult
    grain = Grain.DAY if grain is Grain.WEEKEND else grain
    if grain is Grain.DECADE and anchoring is Anchoring.REFERENCE:
        grain, amount = Grain.YEAR, amount * 10  # "a decade ago" is the year ten years back, not the whole 2010s
    return CalendarSpec(grain, shift=Shift(grain, sign * amount, anchoring), mod=_mod(ctx, g.get("quant")), inherit_grain=True)


def _offset(g: dict[str, str], ctx: MatchContext, sign: int, anchoring: Anchoring) -> Optional[Meaning]:
    """ "two days later", "in two weeks": a TIMEX3 duration (the TimeML guidelines'
    convention) whose bounds are the time it points to."""
    spec = _shift(g, ctx, sign, anchoring)
    if not isinstance(spec, CalendarSpec) or spec.shift is None or spec.shift.amount is None:
        return spec
    grain, mult = _unit(ctx, g["unit"])
    return DurationSpec(grain, abs(spec.shift.amount) / mult if grain is not Grain.WEEKEND else abs(spec.shift.amount),
                        mod=spec.mod, span="later" if sign > 0 else "earlier", anchoring=anchoring, hedge=_hedge(g))


@production
def a_year_earlier(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    """ "a year earlier": the year-ago period the story compares with (a DATE, as TimeBank
    annotates it): the same quarter or month a year before when the story is in one."""
    return CalendarSpec(Grain.YEAR, shift=Shift(Grain.YEAR, -1, Anchoring.NARRATIVE), inherit_grain=True)


@production
def anaphoric_offset(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    d = _key(g["dir"])
    sign = -1 if d.startswith(("earlier", "before")) else 1
    return _offset(g, ctx, sign, Anchoring.NARRATIVE)


@production
def deictic_offset(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    if "dir" in g:  # "from now", "in N units"
        return _offset(g, ctx, 1, Anchoring.REFERENCE)
    return _shift(g, ctx, -1, Anchoring.REFERENCE)  # "N units ago": a date, as TimeBank annotates it


@production
def set_per(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    """ "per year" always; "a day" only as a rate after an amount ("3 dollars a day")."""
    if _key(g["per"]) != "per":
        before = ctx.text[max(0, ctx.start - 12) : ctx.start]
        if not (ctx.word_before() in ctx.lexicon["rates"]["money_words"] or re.search(r"\d[%\s]*$", before)):
            return None
    grain, mult = _unit(ctx, g["unit"])
    return SetSpec(grain=grain, amount=mult)


@production
def weekday(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    word = g["weekday"]
    start = ctx.offset_of(word)
    if not _capitalised(ctx, start):
        return None
    if len(_key(word)) <= 4 and not word.endswith(".") and "rel" not in g:
        return None  # "Sun", "Wed", "Sat" alone are too ambiguous
    rel = g.get("rel")
    rel_word = None
    if rel:
        r = _key(rel).split()[-1]
        rel_word = ctx.lexicon["relative"]["aliases"].get(r, r)
    return CalendarSpec(Grain.DAY, weekday=_weekday(ctx, word), relative_word=rel_word, mod=_mod(ctx, g.get("mod")))


def _unit_grain(ctx: MatchContext, unit: str) -> Grain:
    """The grain of a unit word after a relative word ("next week": WEEK)."""
    return Grain[ctx.lexicon["unit_grains"][unit]]


@production
def relative_unit(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    unit = _key(g["unit"])
    grain = _unit_grain(ctx, unit)
    rel = _key(g.get("rel", "this"))
    relative = ctx.lexicon["relative"]
    mod = _mod(ctx, g.get("mod"))
    if rel in relative["year_ago"]:
        return CalendarSpec(grain, shift=Shift(Grain.YEAR, -1, Anchoring.NARRATIVE), mod=mod)
    if rel == "next" and g.get("the"):
        rel = "following"  # "the next day" counts from the story's time, "next week" from today
    anchoring = Anchoring.NARRATIVE if rel in relative["anaphoric"] else Anchoring.REFERENCE
    if grain is Grain.PART_OF_DAY:
        return CalendarSpec(Grain.PART_OF_DAY, shift=Shift(Grain.DAY, relative["shift"][rel], anchoring), part_of_day=unit, mod=mod)
    if grain is Grain.WEEKEND:
        return CalendarSpec(Grain.WEEKEND, relative_word=rel if rel in ("last", "next", "this") else None,
                            shift=None if rel in ("last", "next", "this") else Shift(Grain.WEEK, relative["shift"][rel], anchoring), mod=mod)
    return CalendarSpec(grain, shift=Shift(grain, relative["shift"][rel], anchoring), mod=mod)


@production
def anaphoric_period(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    """ "the quarter", "the year-earlier period", "year-earlier": periods of the story's time."""
    rel = _key(g.get("rel", "")).replace(" ", "-")
    unit = _key(g.get("unit", "year"))
    grain = _unit_grain(ctx, unit)
    relative = ctx.lexicon["relative"]
    quarterly = grain is Grain.QUARTER  # quarters follow the story; years, months, weeks the publication date
    anchoring = Anchoring.NARRATIVE if quarterly else Anchoring.REFERENCE
    if rel in relative["year_ago"]:
        # "year-earlier profit" after "a third-quarter loss": that quarter a year before (inherit_grain)
        return CalendarSpec(grain, shift=Shift(Grain.YEAR, -1, anchoring), same_grain_anchor=quarterly, inherit_grain=not quarterly)
    if relative["shift"].get(rel) == -1:  # "the previous quarter", "the prior year"
        return CalendarSpec(grain, shift=Shift(grain, -1, anchoring), same_grain_anchor=quarterly)
    if grain is Grain.YEAR and unit == "year" and (not rel or rel in relative["whole"]):
        after = ctx.text[ctx.end : ctx.end + 16].lower().split()
        if after and after[0] in ctx.lexicon["period_end"]["words"]:
            return CalendarSpec(grain, shift=Shift(grain, 0, Anchoring.REFERENCE), same_grain_anchor=True)  # "the year ended Sept. 30"
        return DurationSpec(Grain.YEAR, 1.0)  # "the year", "the full year": a length, as annotated in TimeBank
    latest = "latest" if rel == "latest" else None  # "the latest quarter": one that has ended
    return CalendarSpec(grain, shift=Shift(grain, 0, anchoring), same_grain_anchor=quarterly, relative_word=latest)


@production
def vague_ago(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    if re.search(r"[\d^][^\s,;:.!?)]*\s+$", ctx.text[max(0, ctx.start - 40) : ctx.start]):
        return None  # "1e30 years ago": a number too strange to read, not "some years ago"
    grain, _ = _unit(ctx, g["unit"])
    return VagueSpec("PAST_REF", grain=grain)


@production
def unit_before(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    """ "the day before", "the year after": one unit from the story's current time."""
    unit = _key(g["unit"])
    sign = -1 if _key(g["dir"]) == "before" else 1
    grain = _unit_grain(ctx, unit)
    if grain is Grain.PART_OF_DAY:
        return CalendarSpec(Grain.PART_OF_DAY, shift=Shift(Grain.DAY, sign, Anchoring.NARRATIVE), part_of_day=unit)
    return CalendarSpec(grain, shift=Shift(grain, sign, Anchoring.NARRATIVE))


@production
def in_the_unit(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    """ "later in the day": the story's current day (week, month, year)."""
    grain = _unit_grain(ctx, _key(g["unit"]))
    return CalendarSpec(grain, shift=Shift(grain, 0, Anchoring.NARRATIVE))


@production
def year_range(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    """The first year of "2010-2012" / "2012-13"; the second is found on its own."""
    tail = ctx.text[ctx.end + 1 : ctx.end + 5]
    digits = re.match(r"\d+", tail)
    if digits and len(digits.group()) == 2 and int(digits.group()) <= 12:
        return None  # "2010-12" is a month
    return CalendarSpec(Grain.YEAR, year=int(g["year"]))


@production
def year_end(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    return CalendarSpec(Grain.YEAR, shift=Shift(Grain.YEAR, 0), mod=Mod.END)


@production
def weekend(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    return CalendarSpec(Grain.WEEKEND, mod=_mod(ctx, g.get("mod")))


@production
def anchored_duration(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    grain, mult = _unit(ctx, g["unit"])
    least = _vague_least(ctx, g["num"]) if "num" in g else None
    amount = None if least is not None else _number(ctx, g["num"]) if "num" in g else 1.0
    if amount is not None:
        amount *= mult
    rel = _key(g.get("rel") or g["rel2"])
    relative = ctx.lexicon["relative"]
    span = "past" if rel in relative["past_spans"] else "next" if rel in relative["next_spans"] else None
    anchoring = Anchoring.NARRATIVE if rel in relative["anaphoric"] else Anchoring.REFERENCE
    return DurationSpec(grain, amount, mod=_mod(ctx, g.get("quant")), span=span, anchoring=anchoring, hedge=_hedge(g), least=None if least is None else least * mult)


@production
def set_every(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    quant = g["quant"].upper()
    n = _number(ctx, g["num"]) if "num" in g else 1.0
    if "other" in g:
        n = (n or 1.0) * 2
    if "weekday" in g:
        if not _capitalised(ctx, ctx.offset_of(g["weekday"])):
            return None
        return SetSpec(weekday=_weekday(ctx, g["weekday"]), quant=quant)
    if "season" in g:
        return SetSpec(season=ctx.lexicon["seasons"][_key(g["season"])]["code"], quant=quant)
    if "pod" in g:
        return SetSpec(part_of_day=ctx.lexicon["parts_of_day"][_key(g["pod"])]["code"], quant=quant)
    grain, mult = _unit(ctx, g["unit"])
    return SetSpec(grain=grain, amount=(n or 1.0) * mult, quant=quant)


@production
def set_frequency(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    word = _key(g["freq"])
    freqs = ctx.lexicon["frequencies"]
    if word in freqs:
        freq = freqs[word]
    else:
        n = _number(ctx, word.rsplit(" ", 1)[0])
        freq = f"{int(n)}X" if n else "XX"
    grain, mult = _unit(ctx, g["unit"])
    return SetSpec(grain=grain, amount=mult, freq=freq)


@production
def set_word(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    return SetSpec(value=ctx.lexicon["sets"][_key(g["set"])]["value"])


@production
def reading_time(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    return DurationSpec(Grain.MINUTE, float(g["num"]))


@production
def compound_duration(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    """ "two hours and 14 minutes" (one length, PT2H14M), "5 1/2 hours" (PT5H30M)."""
    if _after_numeral(ctx):
        return None
    grain, mult = _unit(ctx, g.get("unit") or g["unit3"])
    first = _number(ctx, g.get("num") or g["num3"])
    if first is None or grain in (Grain.QUARTER, Grain.WEEKEND, Grain.PART_OF_DAY):
        return None
    amount = first * mult
    if "frac" in g:
        top, bottom = g["frac"].split("/")
        amount += int(top) / int(bottom) * mult
    else:
        small, mult2 = _unit(ctx, g["unit2"])
        second = _number(ctx, g["num2"])
        per = units_per(grain, small)
        if second is None or per is None:
            return None  # "three days and two weeks": not one length
        amount += second * mult2 / per
    if g.get("dir"):  # "two hours and forty minutes later": an offset from the story's time
        sign = -1 if _key(g["dir"]).startswith(("earlier", "before")) else 1
        return DurationSpec(grain, amount, mod=_mod(ctx, g.get("quant")), span="later" if sign > 0 else "earlier",
                            anchoring=Anchoring.NARRATIVE, hedge=_hedge(g))
    return DurationSpec(grain, amount, mod=_mod(ctx, g.get("quant")), hedge=_hedge(g))


@production
def duration(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    grain, mult = _unit(ctx, g["unit"])
    num_word = g["num"]
    if grain is Grain.SECOND and _key(num_word) in ("a", "an", "one"):
        return None  # "a second term"
    if _key(num_word) in ctx.lexicon["number_grammar"]["articles"] and grain is Grain.QUARTER:
        return None  # "a quarter of the vote"
    if grain is Grain.QUARTER and not re.match(r"\d|[a-z]", num_word):
        return None
    if grain is Grain.QUARTER and (ctx.word_after().lower() == "of" or "-" in ctx.surface):
        return None  # a fraction: "three quarters of the votes", "three-quarters"
    if _key(num_word) in ("a", "an", "per") and (ctx.word_before() in ctx.lexicon["rates"]["after_words"] or re.search(r"\d\s*$", ctx.text[max(0, ctx.start - 8) : ctx.start])):
        return None  # a rate: "140 kilometres an hour", "$5 a day"
    if _after_numeral(ctx):
        return None
    least = _vague_least(ctx, num_word)
    amount = None if least is not None else _number(ctx, num_word)
    if amount is not None:
        if "half" in g or ctx.surface.lower().find("and a half") > 0:
            amount += 0.5
        amount *= mult
    if grain is Grain.QUARTER:
        grain, amount = Grain.MONTH, None if amount is None else amount * 3
    if grain is Grain.WEEKEND:
        return None
    return DurationSpec(grain, amount, mod=_mod(ctx, g.get("quant")), hedge=_hedge(g), least=None if least is None else least * mult)


def _hedge(g: dict[str, str]) -> Optional[str]:
    return _key(g["quant"]) if g.get("quant") else None




@production
def bare_units(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    grain, _ = _unit(ctx, g["unit"])
    return DurationSpec(grain, None)


@production
def vague(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    entry = ctx.lexicon["vague"][_key(g["vague"])]
    return VagueSpec(entry["value"], float(entry["before"]), float(entry["after"]))
