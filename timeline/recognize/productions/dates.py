"""Productions of calendar dates: a day, a month, a year, a weekday, a holiday, a date BC."""

from __future__ import annotations

import functools
import re
from typing import Optional

import attrs

from ...model import Grain, to_mod
from ..meaning import Anchoring, CalendarSpec, Direction, Meaning, Shift, VagueSpec
from .common import PREV_WORD, MatchContext, Production, capitalised, day_of, holiday_key, day_word_ends_phrase, ordinal_day, key_of, titled_mid_sentence, modifier_of, month_of, month_word_ok, number_of, unit_of, weekday_of, year_of

__all__ = ["PRODUCTIONS"]


def absolute_date(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    """ "2026-01-31", "1/31/2026", "2026-01-31T14:05": a full date (and time) in digits."""
    month_word = g["month"]
    month = int(month_word) if month_word.isdigit() else month_of(ctx, month_word)
    if not month_word.isdigit() and not month_word_ok(ctx, month_word, bare=False):
        return None
    year, partial = year_of(g["year"])
    day = day_of(g["day"])
    if day > 31:
        return None
    hour = int(g["hour"]) if "hour" in g else None
    minute = int(g["minute"]) if "minute" in g else None
    if hour is not None and hour > 23:
        hour = minute = None  # "2026-01-31T24:00" (the day's end), "T25:00": the day, no clock time (was a crash)
    grain = Grain.MINUTE if hour is not None else Grain.DAY
    return CalendarSpec(grain, year=year, month=month, day=day, hour=hour, minute=minute, partial_year=partial, mod=modifier_of(ctx, g.get("mod")))


def named_day(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    """ "9/11", "the Sept. 11 attacks": a day that names what happened on it (``[named_days]``), that one day."""
    if "named" in g:
        written = key_of(g["named"])
    else:
        if not month_word_ok(ctx, g["month"], bare=False):
            return None
        written = f"{month_of(ctx, g['month'])}/{day_of(g['day'])}"
    day = ctx.lexicon["named_days"].get(written)
    if day is None:
        return None
    y, m, d = (int(x) for x in str(day).split("-"))
    return CalendarSpec(Grain.DAY, year=y, month=m, day=d)


def month_day(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    """ "Jan. 30", "30 January", "the week of March 6": a day of a month, year left to the resolver."""
    month_word = g.get("month") or g["month2"]
    if not month_word_ok(ctx, month_word, bare=False):
        return None
    day = day_of(g.get("day") or g["day2"])
    if key_of(month_word) == "may" and ctx.text[ctx.start : ctx.end].split()[-1].isdigit() and day > 31:
        return None
    grain = Grain.WEEKEND if g.get("weekend") else Grain.WEEK if g.get("week") else Grain.DAY  # "the week of March 6": the week that holds it
    named = weekday_of(ctx, g["dayname"]) if "dayname" in g else None  # "Tuesday, Nov. 3"
    return CalendarSpec(grain, month=month_of(ctx, month_word), day=day, mod=modifier_of(ctx, g.get("mod")), named_weekday=named)


def slash_month_day(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    """ "by 11/3", "payable 12/31": a month and day in digits, year left to the resolver."""
    return CalendarSpec(Grain.DAY, month=int(g["month"]), day=day_of(g["day"]))


def nth_week_of_month(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    """ "the first week of January", "the last week of March": the week that holds that day of
    the month (lexicon ``[week_of_month]``), year left to the resolver."""
    if not month_word_ok(ctx, g["month"], bare=False):
        return None
    day = int(ctx.lexicon.tables.get("week_of_month", {}).get(key_of(g["nth"]), 0))
    if not 1 <= day <= 28:
        return None
    year, partial = year_of(g["year"]) if g.get("year") else (None, False)
    return CalendarSpec(Grain.WEEK, year=year, month=month_of(ctx, g["month"]), day=day, partial_year=partial)


def nth_weekday_of_month(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    """ "the first Monday in May", "the last Friday of April": the month's nth day of that weekday
    (lexicon ``[weekday_of_month]``), year left to the resolver. (s52) "the last Sunday of the month", "the first Saturday
    of next month": the month a shift names, as "the month", "next month" alone ([relative] shift; "the following month"
    counts from the story's time)."""
    nth = int(ctx.lexicon.tables.get("weekday_of_month", {}).get(key_of(g["nth"]), 0))
    if nth == 0:
        return None
    if "month" not in g:
        relative = ctx.lexicon["relative"]
        rel = key_of(g.get("rel") or g.get("rel2") or "this")
        if rel == "next" and "the" in g:
            rel = "following"  # "the next month" counts from the story's time, as "the next day"
        anchoring = Anchoring.NARRATIVE if rel in relative["anaphoric"] else Anchoring.REFERENCE
        if "weekend" in g:  # (s63) "the first weekend of the month": that of the month's first Saturday
            return CalendarSpec(Grain.WEEKEND, weekday=6, nth=nth, shift=Shift(Grain.MONTH, relative["shift"][rel], anchoring))
        return CalendarSpec(Grain.DAY, weekday=weekday_of(ctx, g["weekday"]), nth=nth, shift=Shift(Grain.MONTH, relative["shift"][rel], anchoring))
    if not month_word_ok(ctx, g["month"], bare=False):
        return None
    year, partial = year_of(g["year"]) if g.get("year") else (None, False)
    if "weekend" in g:  # (s63) "the last weekend in July": the weekend of the month's last Saturday (resolve.named._nth_weekday)
        return CalendarSpec(Grain.WEEKEND, year=year, month=month_of(ctx, g["month"]), weekday=6, nth=nth, partial_year=partial)
    return CalendarSpec(Grain.DAY, year=year, month=month_of(ctx, g["month"]), weekday=weekday_of(ctx, g["weekday"]), nth=nth, partial_year=partial)


def _ordinal_counts_a_unit(ctx: MatchContext) -> bool:
    """Whether a unit follows the ordinal word ("In March third quarter profits rose"): it counts that unit, no day."""
    after = ctx.word_after().lower()
    return bool(after) and any(after in u["words"] for u in ctx.lexicon["units"].values())


def month_ordinal_day(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    """ "March eighth", "December the first", "June twenty-eighth, 1919": a day of a month written as an ordinal word
    after the month (after "the", or for an ordinal that is also an adverb, only where the day ends its phrase)."""
    if not month_word_ok(ctx, g["month"], bare=False):
        return None
    day = ordinal_day(ctx, g["ordinal"])
    if not day or ("year" not in g and "dayname" not in g and "mod" not in g and "the" not in g
                   and key_of(g["month"] + " " + g["ordinal"]) in ctx.lexicon["holidays"]):
        return None  # "July Fourth": the holiday's rule
    if "year" not in g and ("the" in g or key_of(g["ordinal"]) in ctx.lexicon["spelled_days"]["adverbs"]) and not day_word_ends_phrase(ctx):
        return None
    if "year" not in g and _ordinal_counts_a_unit(ctx):
        return None
    year, partial = year_of(g["year"]) if "year" in g else (None, False)
    named = weekday_of(ctx, g["dayname"]) if "dayname" in g else None  # "Sunday, March eighth"
    return CalendarSpec(Grain.DAY, year=year, month=month_of(ctx, g["month"]), day=day, partial_year=partial,
                        mod=modifier_of(ctx, g.get("mod")), named_weekday=named)


def weekday_the_day(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    """ "Sunday the thirteenth", "Friday the 8th": a day of the month the story is in, with its weekday, where the day
    ends its phrase (not "Sunday the second game"; after a comma, at a mark: not "Thursday, the second on Friday")."""
    day = ordinal_day(ctx, g["ordinal"]) if "ordinal" in g else day_of(g["day"])
    if not 1 <= day <= 31 or not day_word_ends_phrase(ctx):
        return None
    if "," in ctx.surface and ctx.word_after():
        return None  # "on Thursday, the second on Friday": after a comma the day must end at a mark ("Sunday, the 13th,")
    return CalendarSpec(Grain.DAY, day=day, named_weekday=weekday_of(ctx, g["dayname"]))


def ordinal_month_day(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    """ "the first of March", "the Fourth of July": a day of a month named by an ordinal word
    ("the first of next month": see :func:`ordinal_day_of_month`)."""
    if "month" not in g:
        return ordinal_day_of_month(g, ctx)
    if "day" in g:
        return None  # "the 15th of March": a day and month (rule day_month)
    if not month_word_ok(ctx, g["month"], bare=False):
        return None
    day = ordinal_day(ctx, g["ordinal"])
    if not day:
        return None  # "the last of March"
    year, partial = year_of(g["year"]) if "year" in g else (None, False)  # "the twelfth of September, 1998"
    return CalendarSpec(Grain.DAY, year=year, month=month_of(ctx, g["month"]), day=day, partial_year=partial)


def ordinal_day_of_month(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    """ "the first of next month", "the 15th of last month", "the first of the following month":
    a day of a month counted from now (or from the story's time); "the first of the month" is a
    day of the month the story is in, as "the 1st"."""
    if "ordinal" in g:
        ordinals = ctx.lexicon["ordinals"]
        k = key_of(g["ordinal"])
        day = int(ordinals.get(k, ordinals.get(k.replace(" ", "-"), 0)))
    else:
        day = day_of(g["day"])
    if not 1 <= day <= 31:
        return None  # "the last of the month"
    relative = ctx.lexicon["relative"]
    rel = key_of(g["rel"])
    if rel in relative["that_year"]:  # "the following month", "that month": from the story's time
        return CalendarSpec(Grain.DAY, day=day, shift=Shift(Grain.MONTH, relative["that_year"][rel], Anchoring.NARRATIVE))
    if rel in relative["shift"]:  # "next month": from the publication date
        return CalendarSpec(Grain.DAY, day=day, shift=Shift(Grain.MONTH, relative["shift"][rel], Anchoring.REFERENCE))
    return CalendarSpec(Grain.DAY, day=day)  # "the first of the month"


def month_year(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    """ "June 2023", "late March 2026": a month of a given year."""
    if not month_word_ok(ctx, g["month"], bare=False):
        return None
    year, partial = year_of(g["year"])
    return CalendarSpec(Grain.MONTH, year=year, month=month_of(ctx, g["month"]), mod=modifier_of(ctx, g.get("mod")), partial_year=partial)


def month(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    """ "last March", "early February", "next May 1": a month (or a day of one) without its year;
    "the following September": counted from the story's time."""
    if "anaphor" in g:
        r = key_of(g["anaphor"]).split()[-1]
        word = ctx.lexicon["relative"]["season_anaphora"].get(r, r)
        return CalendarSpec(Grain.MONTH, month=month_of(ctx, g["month2"]), relative_word=word, shift=Shift(Grain.YEAR, 0, Anchoring.NARRATIVE),
                            mod=modifier_of(ctx, g.get("mod")))
    rel = g.get("rel")
    if not month_word_ok(ctx, g["month"], bare=rel is None and "mod" not in g):
        return None
    if g.get("day") and rel:  # "last Oct. 23": the last one before now, "next May 1" the next one
        day = day_of(g["day"])
        if day > 31:
            return None
        step = ctx.lexicon["relative"]["shift"].get(key_of(rel), 0)
        way = Direction.PAST if step < 0 else Direction.FUTURE if step > 0 else Direction.TENSE
        return CalendarSpec(Grain.DAY, month=month_of(ctx, g["month"]), day=day, direction=way, mod=modifier_of(ctx, g.get("mod")))
    return CalendarSpec(Grain.MONTH, month=month_of(ctx, g["month"]), relative_word=key_of(rel) if rel else None, mod=modifier_of(ctx, g.get("mod")))


def date_bc(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    """ "612 BC", "April 331 BC", "the spring of 216 BC": a date before the common era."""
    y = int(g["year"])
    month_word = g.get("month") or g.get("month2")
    if month_word and not month_word_ok(ctx, month_word, bare=False):
        return None
    day_word = g.get("day") or g.get("day2")
    day = day_of(day_word) if day_word else None
    if day is not None and day > 31:
        return None
    season = ctx.lexicon["seasons"][key_of(g["season"])]["code"] if "season" in g else None
    grain = Grain.DAY if day else Grain.MONTH if month_word else Grain.SEASON if season else Grain.YEAR
    return CalendarSpec(grain, year=y, month=month_of(ctx, month_word) if month_word else None, day=day, season=season,
                        mod=modifier_of(ctx, g.get("mod") or g.get("mod2") or g.get("quant")), bc=True)


_OF_BEFORE = re.compile(r"\bof\s+\Z", re.I)  # "of" right before the relative year words ("August of that year")


def month_of_that_year(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    """ "August of that year", "July 25 of the following year": the year of the story's time;
    "June last year": the year before the publication date's."""
    if not month_word_ok(ctx, g["month"], bare=False):
        return None
    day_word = g.get("day") or g.get("day2")
    day = day_of(day_word) if day_word else None
    if day is not None and day > 31:
        return None
    if ctx.narrative and "rel" in g and not _OF_BEFORE.search(ctx.surface, 0, max(0, ctx.surface.lower().rfind(g["rel"].lower()))):
        return None  # a history (TIMEX2) tags "In March" and "the following year" apart; news reads "in May that year" as one
    relative = ctx.lexicon["relative"]
    if g.get("yearword"):  # "June last year", "March 3 of next year": counted from the publication date
        shift = Shift(Grain.YEAR, relative["shift"][key_of(g["yearword"])], Anchoring.REFERENCE)
    else:
        shift = Shift(Grain.YEAR, relative["that_year"][key_of(g["rel"])], Anchoring.NARRATIVE)
    return CalendarSpec(Grain.DAY if day else Grain.MONTH, month=month_of(ctx, g["month"]), day=day, shift=shift, mod=modifier_of(ctx, g.get("mod")))


def day_of_month(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    """ "on the 14th", "late on the fifteenth": a day of the month the story is in (only after "on", "by", ...); a day
    written as a word after "from" only before a range's link ("from the eighth to the tenth", not "from the first,")."""
    before = ctx.word_before()
    if "mod" not in g and before not in ctx.lexicon["day_of_month"]["after"] and not _range_end_day(ctx, before):
        return None
    if "dayword" in g:  # "on the fifteenth": the day ends its phrase (not "on the second ballot")
        table = ctx.lexicon["day_of_month"]
        if before in table.get("word_not_after", ()):
            return None  # "two hours after the first,": the first quake, no day
        if not day_word_ends_phrase(ctx) or (before in table.get("word_range_only_after", ())
                                             and key_of(g["dayword"]) in table.get("range_only_days", ())
                                             and ctx.word_after().lower() not in table.get("range_links", ())):
            return None
        day = ordinal_day(ctx, g["dayword"])
        if not day:
            return None
    else:
        day = day_of(g["day"])
    if day > 31 or _counting_on(ctx) or _ordinal_of_a_course(ctx):
        return None  # "took the lead on the 15th" after "the second hole", "putted out on the 18th": a hole's number, no day
    return CalendarSpec(Grain.DAY, day=day, mod=modifier_of(ctx, g.get("mod")))


_THE_DAY = r"the\s{1,3}(\d{1,2}(?:st|nd|rd|th)|[a-z]+(?:-[a-z]+)?)"
_FIRST_END = re.compile(r"\b([A-Za-z]+)\s{1,3}" + _THE_DAY + r"\s{1,3}([A-Za-z]+)\s{1,3}\Z", re.I)  # "[from the 23rd to] the 27th"
_SECOND_END = re.compile(r"\s{1,3}([A-Za-z]+)\s{1,3}" + _THE_DAY + r"\b", re.I)  # "between the 23rd [and the 27th]"


def _is_day(ctx: MatchContext, word: str) -> bool:
    """Whether ``word`` ("23rd", "fifth") names a day of a month."""
    return 0 < (day_of(word) if word[:1].isdigit() else ordinal_day(ctx, word)) <= 31


def _range_end_day(ctx: MatchContext, before: str) -> bool:
    """ "from the 23rd to [the 27th]", "between [the 1st] and [the 5th]": a bare day of the month is one after a range's
    link (``range_links``: "to", "and") right after another bare day that one of ``range_openers`` opens ("from",
    "between"), and right before such a link and a second bare day after one of them ("between" is no day's word alone)."""
    table = ctx.lexicon["day_of_month"]
    openers, links = table.get("range_openers", ()), table.get("range_links", ())
    if before in links:
        m = _FIRST_END.search(ctx.text, max(0, ctx.start - 40), ctx.start)
        return m is not None and m.group(1).lower() in openers and m.group(3).lower() == before and _is_day(ctx, m.group(2))
    if before in openers:
        m = _SECOND_END.match(ctx.text, ctx.end, min(len(ctx.text), ctx.end + 30))
        return m is not None and m.group(1).lower() in links and _is_day(ctx, m.group(2))
    return False


_COUNTED_REACH = 250  # characters before "the 15th" in which an ordinal of a counted noun is looked for (its sentence and the one before)


@functools.lru_cache(maxsize=8)
def _counted_pattern(ordinals: tuple[str, ...], nouns: tuple[str, ...]) -> re.Pattern[str]:
    """An ordinal (a word of [ordinals] or "20th") right before a counted noun ("the second hole", "the 20th mile")."""
    words = "|".join(sorted((re.escape(w) for w in ordinals), key=len, reverse=True))
    return re.compile(rf"\b(?:{words}|\d+(?:st|nd|rd|th))[\s-]+(?:{'|'.join(map(re.escape, nouns))})\b", re.I)


def _counting_on(ctx: MatchContext) -> bool:
    """Whether "the 15th" goes on counting a noun an ordinal counted just before, in its sentence or the one before and its
    paragraph ("made an eagle at the second hole and took the lead on the 15th": a hole, no day)."""
    nouns = ctx.lexicon["day_of_month"].get("counted_nouns", ())
    if not nouns:
        return False
    lo = max(0, ctx.start - _COUNTED_REACH)
    para = ctx.text.rfind("\n\n", lo, ctx.start)
    window = ctx.text[(para + 2 if para >= 0 else lo) : ctx.start]
    return _counted_pattern(tuple(ctx.lexicon["ordinals"]), tuple(nouns)).search(window) is not None


_SENTENCE_END = re.compile(r"[.!?][\'\")\]]?\s+(?=[A-Z\"\'])|\n\s*\n")


def _ordinal_of_a_course(ctx: MatchContext) -> bool:
    """Whether a word of lexicon [day_of_month] ``course_words`` ("hole", "birdie", "putt", "lap", also with an ending) stands in
    the sentence of a bare "the 18th" or the one before it: there the ordinal counts holes or laps, not days."""
    words = ctx.lexicon["day_of_month"].get("course_words")
    if not words:
        return False
    ends = [m.end() for m in _SENTENCE_END.finditer(ctx.text, max(0, ctx.start - 400), ctx.start)]
    start = ends[-2] if len(ends) > 1 else max(0, ctx.start - 400)
    after = _SENTENCE_END.search(ctx.text, ctx.end, ctx.end + 400)
    window = ctx.text[start : after.start() if after else ctx.end + 400].lower()
    return _course_pattern(tuple(words)).search(window) is not None


@functools.lru_cache(maxsize=None)
def _course_pattern(words: tuple[str, ...]) -> "re.Pattern[str]":
    """Any of ``words``, also with an ending ("birdied", "putts", "holed")."""
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")(?:s|d|ed|ing)?\b")


_NAME_WORDS_AFTER = re.compile(r"((?:[ \t]{1,3}[A-Z][A-Za-z'-]*){1,3})")  # up to three capitalised words right after a match


def year(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    """ "2024", "fiscal 2025", "early 2024": a year in digits, unless it is an amount ("$1999")."""
    text_year = g.get("year") or g.get("year2")
    assert text_year is not None
    vetoes = ctx.lexicon["vetoes"]
    if ctx.text[max(0, ctx.start - 1) : ctx.start] in vetoes["year_after"] or ctx.text[ctx.end : ctx.end + 1] in vetoes["year_before"]:
        return None  # "$1999", "#2000", "1999%": an amount, not a year
    street = _NAME_WORDS_AFTER.match(ctx.text, ctx.end, min(len(ctx.text), ctx.end + 60))
    if (street is not None and street.group(1).split()[-1].lower() in vetoes.get("year_before_names", ())
            and ctx.word_before().lower() not in ctx.lexicon["month_words"].get("date_before", ())):
        return None  # "at 1848 Harbour Road": a house number ([vetoes] year_before_names; "In 1998 Harbour Road was" a year)
    if (street is not None and ctx.start == ctx.offset_of(text_year) and _model_year(ctx, street.group(1))):
        return None  # "a 1965 Mustang", "her 1998 Volvo": a car's model year ([vetoes] year_before_makes)
    if ctx.start == ctx.offset_of(text_year) and (_names_number(ctx, ctx.start) or _listed_after_name(ctx)):
        return None  # "Flight 2017", "a Peugeot 2008", "Seats 2003 and 2004": a name's number
    hyphen = _HYPHEN_WORD.match(ctx.text, ctx.end)
    if hyphen is not None and hyphen.group(1) not in vetoes.get("year_hyphen_words", ()):
        return None  # "a 2000-page report", "the 1500-metre race": an amount before a noun ("the 1990-era cars" a year)
    y, partial = year_of(text_year)
    return CalendarSpec(Grain.YEAR, year=y, mod=modifier_of(ctx, g.get("mod") or g.get("quant")) or modifier_of(ctx, g.get("quant_after")), partial_year=partial)


_HYPHEN_WORD = re.compile(r"-([a-z]+)\b")  # a lower-case word joined to the number by a hyphen
_POSSESSIVE_BEFORE = re.compile(r"[A-Za-z]['’]s?[ \t]{1,3}$")  # "the driver's ", "the drivers' " right before the match


def _model_year(ctx: MatchContext, names: str) -> bool:
    """Whether the year is a car's model year: one of the capitalised words right after it (``names``) is a make or model of
    lexicon [vetoes] year_before_makes and a determiner of year_before_makes_after or a possessive stands right before it."""
    vetoes = ctx.lexicon["vetoes"]
    makes = vetoes.get("year_before_makes", ())
    if not makes or not any(w.lower() in makes for w in names.split()):
        return False
    if _POSSESSIVE_BEFORE.search(ctx.text, max(0, ctx.start - 40), ctx.start):
        return True
    return ctx.word_before() in vetoes.get("year_before_makes_after", ()) and bool(
        re.search(r"\b" + re.escape(ctx.word_before()) + r"[ \t]{1,3}$", ctx.text[max(0, ctx.start - 40) : ctx.start], re.I))


_LISTED_NUMBER = re.compile(r"(?<![\d,.])(\d{1,4})(?:[ \t]*,[ \t]*\d{1,4})*[ \t]*,?[ \t]*(?:and|or|to|&)[ \t]{1,2}$")


def _names_number(ctx: MatchContext, start: int) -> bool:
    """Whether the number at ``start`` is a name's number: after a word of lexicon [vetoes] year_after_names written with a
    capital ("Flight 2017", "Seats 2003") or of year_after_words in any case ("the number 1966 shirt", "page 1284")."""
    vetoes = ctx.lexicon["vetoes"]
    listed = PREV_WORD.search(ctx.text, max(0, start - 40), start)
    if listed is not None and listed.group(1).lower() in vetoes.get("year_after_names", ()) and (
            listed.group(1)[:1].isupper() or listed.group(1).lower() in vetoes.get("year_after_words", ())):
        return True
    # (any capitalised word before the number is not enough: "the Paris 2024 Olympics", "Euro 2028", "Budget 2027" name
    # events and plans by their year, as often as "Windows 2000" names a product)
    return False



def _listed_after_name(ctx: MatchContext) -> bool:
    """Whether the number follows "and"/"or"/"to" in a list whose first number is a name's ("Seats 2003 and [2004]")."""
    listed = _LISTED_NUMBER.search(ctx.text, max(0, ctx.start - 40), ctx.start)
    return listed is not None and _names_number(ctx, listed.start(1))


_EARLY_RANGE = 150  # the most years apart the two ends of a bare range of early years may be


def year_named_period(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    """ "the 2024-25 season", "the 2027 fiscal year", "the academic year 1899-1900": a year-long period named by its year, or by the two years it spans,
    dated by the year it ends in (as "the winter of 1792-93"); two years not in a row are no such period."""
    y, _ = year_of(g.get("year") or g.get("year2") or g["year3"])
    end_word = g.get("year_end") or g.get("year_end2") or g.get("year_end3")
    if end_word:
        end = year_of(end_word)[0] if len(end_word) == 4 else y - y % 100 + int(end_word)
        if end < y:
            end += 100  # "1999-00"
        if end != y + 1:
            return None
        y = end
    return CalendarSpec(Grain.YEAR, year=y)


def _news_early_year(g: dict[str, str], ctx: MatchContext) -> bool:
    """Outside a history, a bare early year only written with four digits (1000-1599) right after a word
    that asks for a time or a point modifier ("painted in 1508", "founded in 1347.", "in late 1453"): not
    after "by" ("rose by 1200,"), a hedge ("about 1200." is a count; "built around 1300," a year: [news_hedged_years]) or before a capitalised word ("sent
    in 1200 Marines"), not after "of" (early_year_of's "the plague of 1348" stays a history's), and no
    season or month of a three-digit year; not after "from" that follows a word of change ("rose from 1200 to 1250",
    "up from 1450": amounts, lexicon [vetoes] amount_change)."""
    year = g.get("year") or g.get("year4")
    before = ctx.word_before()
    if before == "from" and _word_before_from(ctx) in ctx.lexicon["vetoes"].get("amount_change", ()):
        return False
    if "year5" in g:  # "built around 1300,": the hedge's year only after a word that asks for a time ([news_hedged_years])
        table = ctx.lexicon.tables.get("news_hedged_years")
        return table is not None and len(g["year5"]) == 4 and before in table["before"]
    return (year is not None and len(year) == 4 and "name" not in g and before != "of"
            and (g.get("year_end") is None or len(g["year_end"]) == 4))


_FROM_BEFORE = re.compile(r"([A-Za-z]+)[^A-Za-z\n]{1,3}from[^A-Za-z\n]{0,3}$", re.I)


def _word_before_from(ctx: MatchContext) -> str:
    """The word before the "from" right before the match, lower-cased ("" when there is none)."""
    m = _FROM_BEFORE.search(ctx.text, max(0, ctx.start - 48), ctx.start)
    return m.group(1).lower() if m else ""


_DYNASTY_RANGE = 400  # in a history, the most years apart the ends of a range of four-digit years may be ("ruled from 1502 to 1698")


def _dynasty_range(g: dict[str, str], ctx: MatchContext, y: int) -> bool:
    """In a history, whether a range ending in a four-digit year is a dynasty's or an era's ("from 1502 to 1698", "from 907
    to 1093"), not amounts: the second end later, at most ``_DYNASTY_RANGE`` years on, and no word of change before "from"
    ("rose from 1200 to 1500")."""
    end = g["year_end"]
    return (ctx.narrative and len(end) == 4 and y >= 100 and 0 < int(end) - y <= _DYNASTY_RANGE
            and _word_before_from(ctx) not in ctx.lexicon["vetoes"].get("amount_change", ()))


def early_year(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    """ "in 1453 the city fell", "800 AD": a year before 1600, written with its era or, in a history,
    after a word that asks for a time (the rule's context keeps counts out: "in 1453 cases")."""
    era = g.get("era") or g.get("era2")
    if era is None and not ctx.narrative and "year3" not in g and not _news_early_year(g, ctx):
        return None
    if era is not None and not any(c.isupper() for c in ctx.text[ctx.offset_of(era) : ctx.offset_of(era) + len(era)]):
        return None  # "ad", "ce" in lower case: a word, not an era
    if ("name" in g and not ctx.text[ctx.end :].lstrip()[:1].isupper() and not (ctx.narrative and "year" in g and len(g["year"]) == 3
                                                                                 and opens_sentence(ctx.text, ctx.start))
            and not (ctx.narrative and "year" in g and len(g["year"]) == 4 and _verb_with_object(ctx))):
        return None  # "in 1453 Constantinople fell", not "in 300 boats" ("In 406 tribes crossed": kept if years are told around it)
    if "year8" in g and ctx.text[: ctx.start].rstrip()[-1:] not in ("", ".", "!", "?", "\n") and ctx.word_before() not in ("in", "until", "by", "from"):
        return None  # "Around 270 the emperor ...", "in about 410 the city ...": not "it cost around 300 the first year"
    y = int(g.get("year") or g.get("year2") or g.get("year3") or g.get("year4") or g.get("year5") or g.get("year6") or g.get("year7") or g.get("year8") or "0")
    if not 1 <= y <= 2999:
        return None
    if "year_end" in g and not 0 < abs(int(g["year_end"]) - y) <= _EARLY_RANGE and not _dynasty_range(g, ctx, y):
        return None  # "from 1200 to 1500": too far apart for a reign or a war; more likely amounts
    if "season" in g:  # "the spring of 217"
        return CalendarSpec(Grain.SEASON, season=ctx.lexicon["seasons"][key_of(g["season"])]["code"], year=y)
    if "month" in g:  # "June 217", "1 November 866"
        if not month_word_ok(ctx, g["month"], bare=False):
            return None
        if "day" in g:
            day = day_of(g["day"])
            return CalendarSpec(Grain.DAY, month=month_of(ctx, g["month"]), day=day, year=y) if day <= 31 else None
        return CalendarSpec(Grain.MONTH, month=month_of(ctx, g["month"]), year=y)
    return CalendarSpec(Grain.YEAR, year=y, mod=modifier_of(ctx, g.get("mod") or g.get("quant") or g.get("quant8")))


_VERB_OBJECT = re.compile(r"[ \t]{1,3}([a-z]+)[ \t]{1,3}([a-z]+)\b")


def _verb_with_object(ctx: MatchContext) -> bool:
    """In a history, whether a four-digit early year is followed by a verb in the past and its object ("A fire in 1241
    destroyed the church", lexicon [early_year_verbs]): the year ends its phrase, it counts nothing ("in 1241 armed men")."""
    table = ctx.lexicon.tables.get("early_year_verbs")
    m = _VERB_OBJECT.match(ctx.text, ctx.end, min(len(ctx.text), ctx.end + 60))
    if not table or m is None:
        return False
    verb, obj = m.group(1), m.group(2)
    return verb.endswith(tuple(table["suffixes"])) and len(verb) > 4 and obj in table["objects"]


_OPENING_WORD = re.compile(r"(?:^|[.!?]['\")\]]?\s+|\n\s*)[A-Z][a-z]*\s+$|[:;]\s+[a-z]+\s+$")


def opens_sentence(text: str, start: int) -> bool:
    """Whether the one word before ``start`` opens its sentence ("[In ]406 tribes crossed", "[Between ]429 and 439 ...") or
    a clause after a colon or a semicolon ("... in the late 10th century: [between ]970 and 990 the population doubled")."""
    return _OPENING_WORD.search(text, max(0, start - 30), start) is not None


def prefixed_year(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    """ "post-1959", "pre-2000": a year, before or after which the time lies."""
    mod = to_mod(ctx.lexicon["year_prefixes"].get(key_of(g["prefix"])))
    if mod is None:
        return None
    y, partial = year_of(g["year"])
    return CalendarSpec(Grain.YEAR, year=y, mod=mod, partial_year=partial)


def _spoken_year(ctx: MatchContext, g: dict[str, str]) -> int:
    """ "nineteen ninety-six" = 1996, "eighteen hundred" = 1800, "nineteen oh-five" = 1905,
    "two thousand and one" = 2001: a year read out, as broadcast transcripts write it."""
    numbers = ctx.lexicon["numbers"]
    fillers = ctx.lexicon["spoken_years"]["fillers"]

    def value(words: str) -> int:
        """The sum of the number words of ``words``, fillers skipped."""
        return sum(int(numbers[w]) for w in re.split(r"[\s-]+", words) if w not in fillers)

    if g.get("thousand"):
        return 2000 + (value(g["rest2"]) if g.get("rest2") else 0)
    rest = key_of(g["rest"])
    return int(numbers[key_of(g["cent"])]) * 100 + (0 if rest == "hundred" else value(rest))


def spoken_year(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    """A year in words, alone ("in nineteen ninety-six", "the year two thousand") or after a
    month or season ("January nineteen ninety-seven", "the winter of nineteen ninety-four")."""
    framed = any(g.get(k) for k in ("month", "season", "theyear"))
    if not framed and " " in ctx.surface.strip() and all(w[:1].isupper() for w in ctx.surface.split()) and titled_mid_sentence(ctx, capital_after=False):
        return None  # "the novel Nineteen Eighty-Four": a title (not "in nineteen eighty-four")
    if g.get("thousand") and not framed:
        after = ctx.text[ctx.end : ctx.end + 3].lstrip()
        if ctx.word_before() not in ctx.lexicon["spoken_years"]["bare_after"] or (after and after[0] not in ".,;:!?)"):
            return None  # "two thousand people": a count
    y = _spoken_year(ctx, g)
    mod = modifier_of(ctx, g.get("mod"))
    if g.get("season"):
        return CalendarSpec(Grain.SEASON, year=y, season=ctx.lexicon["seasons"][key_of(g["season"])]["code"], mod=mod)
    if g.get("month"):
        if not month_word_ok(ctx, g["month"], bare=False):
            return None
        day = (ordinal_day(ctx, g["day"]) or 99 if g["day"][:1].isalpha() else day_of(g["day"])) if g.get("day") else None
        if day is not None and day > 31:
            return None
        return CalendarSpec(Grain.DAY if day else Grain.MONTH, year=y, month=month_of(ctx, g["month"]), day=day, mod=mod)
    return CalendarSpec(Grain.YEAR, year=y, mod=mod)


def year_range(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    """The first year of "2010-2012" / "2012-13"; the second is found on its own."""
    tail = ctx.text[ctx.end + 1 : ctx.end + 5]
    digits = re.match(r"\d+", tail)
    if digits and len(digits.group()) == 2 and int(digits.group()) <= 12 and int(digits.group()) != (int(g["year"]) + 1) % 100:
        return None  # "2010-12" is a month; "2007-08", "2011-12" are two years in a row (a season, a fiscal year)
    return CalendarSpec(Grain.YEAR, year=int(g["year"]))


_TWO_AFTER = re.compile(r"[ \t\u00a0]{1,3}([A-Za-z]+)[ \t\u00a0]{1,3}([A-Za-z]+)")


def _names_kind_of_day(ctx: MatchContext) -> bool:
    """(s64) Whether the two words after a bare weekday are one of ``[vetoes] weekday_not_before_phrases`` ("Sunday trading
    laws", "Sunday opening hours"): rules for such days, no day ("Sunday trading" alone keeps its day, s62)."""
    phrases = ctx.lexicon["vetoes"].get("weekday_not_before_phrases")
    if not phrases:
        return False
    m = _TWO_AFTER.match(ctx.text, ctx.end, min(len(ctx.text), ctx.end + 40))
    return m is not None and f"{m.group(1).lower()} {m.group(2).lower()}" in phrases


def _not_modifier(ctx: MatchContext) -> bool:
    """(s64) Whether the word after a weekday leaves it a noun: none, a capitalised one, or one of ``[vetoes]
    weekday_generic_followers`` ("a Saturday to a Monday", "on a Tuesday in June", "a Saturday like any other")."""
    after = ctx.word_after()
    return not after or not after.islower() or after in ctx.lexicon["vetoes"].get("weekday_generic_followers", ())


def weekday(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    """ "Saturday", "last Friday": a weekday, capitalised; a short form ("Sat") only with a dot or a relative word."""
    word = g["weekday"]
    start = ctx.offset_of(word)
    if not capitalised(ctx, start):
        return None
    if len(key_of(word)) <= 4 and not word.endswith(".") and "rel" not in g:
        return None  # "Sun", "Wed", "Sat" alone are too ambiguous
    if "rel" not in g and "mod" not in g and _opens_name(ctx):
        return None  # "in Friday Harbor", "The Friday Club": a name's first word
    if "rel" not in g and "mod" not in g and ctx.word_after().lower() in ctx.lexicon["vetoes"].get("weekday_not_before", ()):
        return None  # "their Sunday best", "at Sunday school": a thing named by the day ([vetoes] weekday_not_before)
    if "rel" not in g and "mod" not in g and _names_kind_of_day(ctx):
        return None  # (s64) "Sunday trading laws": the laws on trading on Sundays, no day ([vetoes] weekday_not_before_phrases)
    follower = _PERSON_NEXT.match(ctx.text, ctx.end)
    if ("rel" not in g and "mod" not in g and follower is not None and follower.group(1) in ctx.lexicon["month_words"].get("person_after", ())
            and ctx.word_before() not in ctx.lexicon["month_words"].get("weekday_date_before", ())):
        return None  # "Captain Tom Friday, who scored": a person (lexicon [month_words] person_after; not "called police on Tuesday, who")
    if "rel" not in g and "mod" not in g and _after_first_name(ctx):
        return None  # (s59) "Dean Sunday scored", "Dr Sunday Adeyemi": a person's name ([vetoes] weekday_first_names)
    if ("rel" not in g and "mod" not in g and ctx.word_before() in ctx.lexicon["vetoes"].get("weekday_generic_after", ())
            and _not_modifier(ctx)):
        # (s64) "on a Saturday", "from a Saturday to a Monday": some such day, not the one nearest ("attended a Sunday
        # service", a modifier, may be a day told: it keeps its reading)
        return VagueSpec(value=f"XXXX-WXX-{weekday_of(ctx, word)}", grain=Grain.DAY, unbounded=True)
    rel = g.get("rel")
    rel_word = None
    if rel:
        r = key_of(rel).split()[-1]
        if r in ctx.lexicon["relative"].get("first_ahead", ()):  # "this coming Sunday": the first one ahead
            return CalendarSpec(Grain.DAY, weekday=weekday_of(ctx, word), direction=Direction.FUTURE, mod=modifier_of(ctx, g.get("mod")))
        rel_word = ctx.lexicon["relative"]["aliases"].get(r, r)
    return CalendarSpec(Grain.DAY, weekday=weekday_of(ctx, word), relative_word=rel_word, mod=modifier_of(ctx, g.get("mod")))


_PERSON_NEXT = re.compile(r"\s{0,3},?\s{1,3}([a-z]+)\b")
_NEXT_WORD_SPACED = re.compile(r" ([A-Z][a-z]+)\b")


_LAST_WORD_SPACED = re.compile(r"([A-Za-z]+) $")
_SENTENCE_START = re.compile(r"(?:^|[.!?]\s|\n)\s*[\"\'\u201c`]*$")


_NAME_BEFORE = re.compile(r"\b([A-Z][a-z]+)(\.?)[ \t]{1,2}$")


def _after_first_name(ctx: MatchContext) -> bool:
    """(s59) Whether a bare weekday is a surname or a first name: right after a first name of lexicon [vetoes]
    weekday_first_names ("Dean Sunday", "Agnes Saturday, 81,") or a title of [month_words] name_titles ("Dr Sunday
    Adeyemi", "Capt. Friday"), capitalised, a space between. Reads 20 characters back."""
    m = _NAME_BEFORE.search(ctx.text, max(0, ctx.start - 20), ctx.start)
    if m is None:
        return False
    low = m.group(1).lower()
    return low in ctx.lexicon["vetoes"].get("weekday_first_names", ()) or low in ctx.lexicon["month_words"].get("name_titles", ())


def _opens_name(ctx: MatchContext) -> bool:
    """Whether a bare weekday begins a name: right after a word of lexicon [vetoes] weekday_name_before ("the", "in") and
    right before a capitalised word that is no month, weekday or part of day ("Friday Harbor"; not "Friday Jan. 5")."""
    vetoes = ctx.lexicon["vetoes"]
    before = _LAST_WORD_SPACED.search(ctx.text[max(0, ctx.start - 12) : ctx.start])
    if not _SENTENCE_START.search(ctx.text, max(0, ctx.start - 12), ctx.start) and (before is None or before.group(1).lower() not in vetoes.get("weekday_name_before", ())):
        return False  # a sentence's first word counts as after "the": "Tuesday Weld starred in the film"
    m = _NEXT_WORD_SPACED.match(ctx.text, ctx.end)
    if m is None:
        return False
    nxt = m.group(1).lower()
    return not (nxt in vetoes.get("weekday_name_not", ()) or nxt.rstrip(".") in ctx.lexicon["months"] or nxt in ctx.lexicon["weekdays"])


_MIDWEEK_DAY = 3  # ISO Wednesday: the day whose week "midweek" names


def midweek(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    """ "midweek", "mid-week": the middle of the week whose Wednesday the tense picks ("Prices fell midweek" said on a
    Monday: last week's; see resolve.dates for the week and bounds_for_mod for its middle, Tuesday to Thursday)."""
    return CalendarSpec(Grain.WEEK, weekday=_MIDWEEK_DAY, mod=to_mod("MID"))


def day_beside_weekday(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    """ "the day before last Tuesday", "the day after Thanksgiving": the weekday or the holiday, then one day back or on."""
    spec = holiday(g, ctx) if "holiday" in g else weekday(g, ctx)
    if not isinstance(spec, CalendarSpec):
        return None
    sign = -1 if key_of(g["dir"]) == "before" else 1
    return attrs.evolve(spec, shift=Shift(Grain.DAY, sign, Anchoring.REFERENCE))


def week_beside_holiday(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    """ "the week after Easter", "the (last) week before Christmas": the holiday, then the seven days before or after it
    (a week's shift; resolve.named gives the ISO week holding most of them, the bounds the seven days); "the weekend before
    Christmas": the weekend wholly before (after) it."""
    spec = holiday(g, ctx)
    if not isinstance(spec, CalendarSpec) or spec.grain is not Grain.DAY:
        return None
    sign = -1 if key_of(g["dir"]) == "before" else 1
    if "weekend" in g:  # "the weekend before Christmas": the weekend wholly before (after) it (resolve.named.beside_week)
        return attrs.evolve(spec, grain=Grain.WEEKEND, shift=Shift(Grain.WEEKEND, sign, Anchoring.REFERENCE))
    return attrs.evolve(spec, grain=Grain.WEEK, shift=Shift(Grain.WEEK, sign, Anchoring.REFERENCE))


def days_beside_holiday(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    """Narrative mode: "a fortnight before Christmas", "three days after Easter": the holiday, then that many days (weeks)
    back or on, one date as histories (TIMEX2) mark it; not a length that a word before it makes one ("stayed for
    two weeks after Christmas", lexicon [event_offsets] length_before).  News (TimeML) keeps the length and the holiday apart."""
    if not ctx.narrative:
        return None
    grain, mult = unit_of(ctx, g["unit"])
    amount = number_of(ctx, g["num"])
    if amount is None or amount != int(amount) or grain not in (Grain.DAY, Grain.WEEK):
        return None
    if ctx.word_before() in ctx.lexicon.tables.get("event_offsets", {}).get("length_before", ()):
        return None
    spec = holiday(g, ctx)
    if not isinstance(spec, CalendarSpec) or spec.grain is not Grain.DAY:
        return None
    sign = -1 if key_of(g["dir"]) == "before" else 1
    days = int(amount * mult) * (7 if grain is Grain.WEEK else 1)
    return attrs.evolve(spec, shift=Shift(Grain.DAY, sign * days, Anchoring.REFERENCE))


_CLAUSE_BACK = re.compile(r"[^.;:!?\n]{0,80}$")


def _length_from_day(ctx: MatchContext, way: str = "from") -> bool:
    """Whether "N days from <weekday>" after "for" (``length_from_openers`` in ``[relative]``; "N days on <weekday>" after
    "in", ``length_on_openers``) is a length and its first day ("will close for ten days from Saturday", "their third win in
    eight days on Tuesday"), not a date, which a setting word before it in its clause makes it (``length_from_settings``:
    "set the vote for a week from Friday")."""
    rel = ctx.lexicon["relative"]
    before = ctx.word_before()
    shift = way == "on" and before in rel.get("shift_openers", ())
    if not shift and before not in rel.get("length_on_openers" if way == "on" else "length_from_openers", ()):
        return False
    m = _CLAUSE_BACK.search(ctx.text, max(0, ctx.start - 80), ctx.start)
    words = re.findall(r"[a-z]+", (m.group(0) if m else "").lower())
    setting = any(w in rel.get("length_from_settings", ()) for w in words)
    # (s58) "delayed the vote by a week on Wednesday": after "by" ([relative] shift_openers) the length is the amount a
    # setting word moved something by, told on that day; with no setting word, "ready by a week on Monday" is a date
    return setting if shift else not setting


_STOP_AFTER = re.compile(r"[ \t]*(?:[.,;:!?)]|\Z)")


def _weekday_week_alone(ctx: MatchContext) -> bool:
    """(s56 recog) "resumes Thursday week.": the British form with no "on" before it, ending its clause (a stop mark after
    it) and with no determiner before it ("the Monday week" is a week, not a date; [relative] weekday_week_not_after)."""
    if ctx.word_before() in ctx.lexicon["relative"].get("weekday_week_not_after", ()):
        return False
    return _STOP_AFTER.match(ctx.text, ctx.end) is not None


def days_from_day(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    """ "a week from Friday", "two weeks from today", "a week today", "a week ago Tuesday": that many days or weeks on
    from (back from) the day named, one expression; a bare weekday is the next one (the last one).
    "on Tuesday week": a week on from the coming Tuesday."""
    if "weekday2" in g:
        if ctx.word_before() not in ctx.lexicon["relative"].get("weekday_week_after", ()) and not _weekday_week_alone(ctx):
            return None  # "Tuesday week" only after "on"; not "the Monday week of talks"
        g = {**g, "weekday": g["weekday2"], "num": "a", "unit": g["unit2"], "dir2": "on"}  # "on Monday fortnight" too
    if "weekday3" in g:  # "the Monday after next": a week on from next Monday; "the Friday before last" a week back from last Friday
        steps = ctx.lexicon["relative"].get("beyond", {}).get(key_of(g["beyond"]))
        if steps is None:
            return None
        ahead = steps > 0
        g = {**g, "weekday": g["weekday3"], "rel": "next" if ahead else "last", "num": "a", "unit": "week", "dir2": "on" if ahead else "ago"}
    grain, mult = unit_of(ctx, g["unit"])
    amount = number_of(ctx, g["num"])
    if amount is None or grain not in (Grain.DAY, Grain.WEEK):
        return None
    if "today2" in g:  # British "a week today", "a fortnight tomorrow": weeks only ("three days today" is a length so far)
        if grain is not Grain.WEEK:
            return None
        g = {**g, "today": g["today2"], "dir": "from"}
    if "weekday" in g and g.get("dir2") and _length_from_day(ctx, key_of(g["dir2"])):
        return None  # "closed for ten days from Saturday": a length and the day it starts on, two expressions
    sign = -1 if key_of(g.get("dir") or g["dir2"]) == "ago" else 1
    days = sign * amount * mult * (7 if grain is Grain.WEEK else 1)
    if "today" in g:
        base = ctx.lexicon["deictic_days"][key_of(g["today"])]["offset"]
        return CalendarSpec(Grain.DAY, shift=Shift(Grain.DAY, base + days, Anchoring.REFERENCE))
    spec = weekday(g, ctx)
    if not isinstance(spec, CalendarSpec):
        return None
    way = spec.direction if spec.relative_word is not None else Direction.PAST if sign < 0 else Direction.FUTURE
    return attrs.evolve(spec, shift=Shift(Grain.DAY, days, Anchoring.REFERENCE), direction=way)


_FOLDED_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'"})  # (s61 vals) as the recogniser's normalised text has them


def holiday(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    """ "Easter 2026", "Christmas Eve": a holiday (some only capitalised); "Easter week" the week it falls in."""
    # (after "last", "the day after"; the name is captured from the text with its curly quotes folded, "St Patrick’s Day")
    start = ctx.start + ctx.text[ctx.start : ctx.end].lower().translate(_FOLDED_QUOTES).index(g["holiday"])
    found = holiday_key(ctx, g["holiday"], start)  # another name followed ("the Lunar New Year" is "Chinese New Year")
    if found is None:
        return None
    key, entry = found, ctx.lexicon["holidays"][found]
    if entry.get("whole_only") and "whole" not in g:
        return None  # "turn of the year" only with its article ("the turn of the year", rule the_new_year)
    y = year_of(g["year"])[0] if "year" in g else entry.get("year")  # (s54) a day of one year only: "D-Day" is 6 June 1944
    step = ctx.lexicon["relative"]["shift"].get(key_of(g["rel"]), 0) if "rel" in g else 0
    way = Direction.PAST if step < 0 else Direction.FUTURE if step > 0 else Direction.TENSE  # "last Christmas", "next Easter"
    if entry.get("as_month"):  # "the holiday season": the month of its holiday, as a month named alone
        return CalendarSpec(Grain.MONTH, year=y, month=entry["month"], direction=way)
    if entry.get("as_year") and "week" not in g:  # "during Ramadan", "Hanukkah 2026": the year it falls in (bounds: its days)
        return CalendarSpec(Grain.YEAR, year=y, holiday=key, direction=way)
    if "week" in g or "whole" in g:  # "Easter week", "Easter weekend": the week (weekend) of the holiday; "the new year": the year it begins
        return CalendarSpec(unit_of(ctx, g["week"])[0] if "week" in g else Grain.YEAR, year=y, holiday=key, direction=way)
    return CalendarSpec(Grain.DAY, year=y, holiday=key, direction=way)


PRODUCTIONS: tuple[Production, ...] = (
    absolute_date,
    midweek,
    month_day,
    slash_month_day,
    named_day,
    ordinal_month_day,
    month_ordinal_day,
    weekday_the_day,
    nth_week_of_month,
    nth_weekday_of_month,
    days_from_day,
    month_year,
    month,
    date_bc,
    month_of_that_year,
    day_of_month,
    year,
    prefixed_year,
    early_year,
    spoken_year,
    year_range,
    year_named_period,
    weekday,
    day_beside_weekday,
    week_beside_holiday,
    days_beside_holiday,
    holiday,
)
"""This module's productions, in the order they are listed above."""
