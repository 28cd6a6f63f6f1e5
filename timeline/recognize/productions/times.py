"""Productions of times of day: clock times and parts of day, and the day they fall on."""

from __future__ import annotations

import re
from typing import Optional

from ...model import Grain, Mod
from ..meaning import Anchoring, CalendarSpec, Meaning, Shift
from .common import MatchContext, Production, capitalised, day_of, holiday_key, day_word_ends_phrase, in_title, key_of, named_mid_running_text, title_case_line, titled_mid_sentence, ordinal_day, modifier_of, month_of, month_word_ok, number_of, weekday_of, year_of

__all__ = ["PRODUCTIONS"]


def _day_reference(g: dict[str, str], ctx: MatchContext, grain: Grain, **fields: object) -> Optional[CalendarSpec]:
    """A day given by weekday, deictic word or month+day, refined by ``fields``."""
    rel = g.get("rel")
    rel_word = ctx.lexicon["relative"]["aliases"].get(key_of(rel), key_of(rel)) if rel else None
    if "month3" in g:  # "the night of Friday, Oct. 23": the date says which Friday
        if not month_word_ok(ctx, g["month3"], bare=False):
            return None
        year3 = year_of(g["year3"])[0] if "year3" in g else None
        return CalendarSpec(grain, month=month_of(ctx, g["month3"]), day=day_of(g["day3"]), year=year3, **fields)  # type: ignore[arg-type]
    if "month4" in g:  # (s63) "the early hours of Friday 23 January": the date, day first, says which Friday
        if not month_word_ok(ctx, g["month4"], bare=False):
            return None
        return CalendarSpec(grain, month=month_of(ctx, g["month4"]), day=day_of(g["day4"]), **fields)  # type: ignore[arg-type]
    if "weekday" in g:
        if not capitalised(ctx, ctx.offset_of(g["weekday"])):
            return None
        return CalendarSpec(grain, weekday=weekday_of(ctx, g["weekday"]), relative_word=rel_word, **fields)  # type: ignore[arg-type]
    if "holiday" in g:  # "Christmas night", "New Year's Eve afternoon"
        key = holiday_key(ctx, g["holiday"], ctx.offset_of(g["holiday"]))  # (another name followed: "Lunar New Year night")
        if key is None:
            return None
        return CalendarSpec(grain, holiday=key, **fields)  # type: ignore[arg-type]
    if "anaday" in g:  # "the morning of the following day": the story's day, moved by the relative word
        word = key_of(g["anaday"]).removeprefix("the ")
        return CalendarSpec(grain, shift=Shift(Grain.DAY, ctx.lexicon["relative"]["shift"][word], Anchoring.NARRATIVE), **fields)  # type: ignore[arg-type]
    if "deictic" in g:
        offset = ctx.lexicon["deictic_days"][key_of(g["deictic"])]["offset"]
        return CalendarSpec(grain, shift=Shift(Grain.DAY, offset), **fields)  # type: ignore[arg-type]
    if "nthday" in g:  # "the night of the 20th": a day of the story's month
        return CalendarSpec(grain, day=day_of(g["nthday"]), **fields)  # type: ignore[arg-type]
    if "nthword" in g:  # "the night of the twenty-fifth", where the day ends its phrase (not "the night of the first attack")
        day = ordinal_day(ctx, g["nthword"])
        return CalendarSpec(grain, day=day, **fields) if day and day_word_ends_phrase(ctx) else None  # type: ignore[arg-type]
    if "thisday" in g:  # "the early hours of this morning": the day it is said
        return CalendarSpec(grain, shift=Shift(Grain.DAY, 0), **fields)  # type: ignore[arg-type]
    month_word = g.get("month") or g.get("month2")
    if month_word:
        if not month_word_ok(ctx, month_word, bare=False):
            return None
        y = g.get("year") or g.get("year2")
        word = g.get("yearword") or g.get("yearword2")  # (s59) "the evening of 3 September last year": from the publication year
        shift = Shift(Grain.YEAR, ctx.lexicon["relative"]["shift"][key_of(word)], Anchoring.REFERENCE) if word else None
        return CalendarSpec(grain, month=month_of(ctx, month_word), day=day_of(g.get("day") or g["day2"]), year=year_of(y)[0] if y else None,  # type: ignore[arg-type]
                            **({"shift": shift} if shift is not None else {}), **fields)
    # no day given: the part of day of the narrative's current day ("around midnight")
    return CalendarSpec(grain, shift=Shift(Grain.DAY, 0, Anchoring.NARRATIVE), **fields)  # type: ignore[arg-type]


def part_of_day(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    """ "the morning of March 3", "dawn on Sunday", "around midnight": a part of a day."""
    pod = key_of(g.get("pod") or g["pod2"])  # pod2: "dawn on March 3"
    if g.get("mod") and key_of(g["mod"]) + " " + pod in ctx.lexicon["parts_of_day"]:
        pod = key_of(g["mod"]) + " " + pod
    mod = None
    if ctx.lexicon["parts_of_day"].get(pod, {}).get("mod"):  # "the early hours": the start of the day
        mod = ctx.lexicon["parts_of_day"][pod]["mod"]
    elif g.get("mod"):
        mod = modifier_of(ctx, g["mod"])
    hedge = None
    if "approx" in g or "approx2" in g:
        mod = Mod.APPROX
        hedge = key_of(g.get("approx") or g["approx2"])
        if "clock" in ctx.lexicon["parts_of_day"].get(pod, {}) and hedge in ctx.lexicon["clock_hedges"]:
            mod = ctx.lexicon["clock_hedges"][hedge]["mod"]  # "shortly before midnight": as "shortly before 11 p.m."
        else:
            hedge = None
    if pod not in ctx.lexicon["parts_of_day"]:
        return None
    if ctx.word_before() in ctx.lexicon["vetoes"].get("greeting_before", ()) and ctx.surface.lower() == pod:
        return None  # "Good evening from Havana": a greeting
    vetoes = ctx.lexicon["vetoes"]
    if key_of(ctx.surface) == pod and ctx.text.startswith("'s", ctx.end) and titled_mid_sentence(ctx, capital_after=True):
        return None  # "reading Midnight's Children": a title (as "the album Yesterday's Children")
    if _bare_or_the(ctx.surface, pod) and ctx.word_after().lower() in vetoes.get("part_of_day_not_before", ()):
        return None  # "a long evening gown", "morning sickness": a kind of thing ([vetoes] part_of_day_not_before)
    if key_of(ctx.surface).replace("-", " ") == pod and ctx.word_after().lower() in vetoes.get(pod.replace(" ", "_") + "_not_before", ()):
        return None  # "an overnight success", "late-night shopping": an adjective of kind ([vetoes] overnight_not_before, late_night_not_before)
    if pod == "night" and ctx.text[max(0, ctx.start - 5) : ctx.start].lower() == "late-" and ctx.word_after().lower() in vetoes.get("late_night_not_before", ()):
        return None  # (s62) ... nor its "night" alone ("Late-night shopping")
    if pod in vetoes.get("part_of_day_narrative_only", ()) and not ctx.narrative:
        return None  # "after dark": a night in a history, untagged in the news (as TBAQ's annotators leave it)
    after = vetoes.get("part_of_day_after", ())
    if pod in vetoes.get("part_of_day_signalled", ()) and key_of(ctx.surface) == pod and (
            (ctx.word_before() not in after and _two_words_before(ctx) not in after and not _hedged_after(ctx, after)
             and not _in_part_range(ctx, vetoes, after))
            or not ctx.surface[:1].islower()):
        return None  # "the night was cold", "Dawn said": a time only right after "during", "at", "before" ("at about teatime") ...
    if pod in vetoes.get("part_of_day_signalled", ()) and ctx.text[ctx.offset_of(g.get("pod") or g["pod2"])].isupper():
        return None  # "The Sundown festival", "the First Light trust": a name
    return _day_reference(g, ctx, Grain.PART_OF_DAY, part_of_day=pod, mod=mod, hedge=hedge)


def _bare_or_the(surface: str, pod: str) -> bool:
    """Whether the match is the part of day alone or with "the" only before it ("evening", "The evening")."""
    key = key_of(surface)
    return key == pod or key == "the " + pod


def _hedged_after(ctx: MatchContext, after: object) -> bool:
    """Whether a one-word hedge of lexicon [clock_hedges] stands right before the match with a word of ``after`` before
    it ("at about teatime", "by around dusk")."""
    two = _two_words_before(ctx).split()
    return len(two) == 2 and two[1] in ctx.lexicon["clock_hedges"] and two[0] in after  # type: ignore[operator]


_TWO_WORDS = re.compile(r"([A-Za-z]+\s+[A-Za-z]+)[^A-Za-z\n]{0,3}$")


def _in_part_range(ctx: MatchContext, vetoes: dict, after: object) -> bool:
    """(s58) Whether the part of the day is one end of a range of two signalled parts (lexicon [vetoes]
    ``part_of_day_range_opens``, ``part_of_day_range_closes``): "from [dawn] to [dusk]", "from [sunrise] until
    [sunset]". The first needs an opening word before it and a closing word (or a word of ``after``) and a signalled part
    (or any part of the day: "from [dawn] until
    [noon]") right after it; the second a closing word before it and the opening word and a signalled part before that. Reads
    30 characters on either side."""
    opens, closes = vetoes.get("part_of_day_range_opens", ()), vetoes.get("part_of_day_range_closes", ())
    signalled = vetoes.get("part_of_day_signalled", ())
    before = ctx.word_before()
    if before in opens:
        rest = [w.strip(".,;:!?") for w in ctx.text[ctx.end : ctx.end + 30].lower().split()]
        return len(rest) >= 2 and (rest[0] in closes or rest[0] in after) and any(
            " ".join(rest[1 : 1 + k]) in signalled or " ".join(rest[1 : 1 + k]) in ctx.lexicon["parts_of_day"] for k in (1, 2))
    if before in closes:
        words = ctx.text[max(0, ctx.start - 30) : ctx.start].lower().split()
        return any(len(words) >= k + 2 and " ".join(words[-1 - k : -1]) in signalled and words[-2 - k] in opens for k in (1, 2))
    return False


def _two_words_before(ctx: MatchContext) -> str:
    """The two words just before the match, lower-cased, one space between ("much of" before "the night")."""
    m = _TWO_WORDS.search(ctx.text, max(0, ctx.start - 40), ctx.start)
    return " ".join(m.group(1).lower().split()) if m else ""


def overnight_day(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    """ "overnight Sunday", "overnight Saturday into Sunday": the night of the day named;
    "overnight into Monday": the night that ends on it, the one of the day before."""
    if "into" in g:
        if not capitalised(ctx, ctx.offset_of(g["into"])):
            return None
        before = (weekday_of(ctx, g["into"]) + 5) % 7 + 1  # ISO weekdays 1-7: Monday's day before is Sunday (7)
        return CalendarSpec(Grain.PART_OF_DAY, weekday=before, part_of_day="overnight")
    return _day_reference(g, ctx, Grain.PART_OF_DAY, part_of_day="overnight")


def deictic_day(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    """ "today", "yesterday", "tonight": a day (or part of one) counted from the publication date."""
    if in_title(ctx, after_name=True) and not (title_case_line(ctx) and not _ACRONYM_BEFORE.search(ctx.text, max(0, ctx.start - 12), ctx.start)):
        return None  # "VOA Today", "USA Today": a name; (s50) in a title-case headline every word has a capital, and the day
        # stays a day ("Storm to Hit Coast Tonight") unless a word in capitals names it ("Editor Leaves USA Today")
    if titled_mid_sentence(ctx, capital_after=True):
        return None  # "the album Yesterday's Children", "the film Tomorrow Never Dies": a title
    if " " in ctx.surface.strip() and all(w[:1].isupper() for w in ctx.surface.split()) and titled_mid_sentence(ctx, capital_after=False):
        return None  # "watched The Day After Tomorrow on the plane": a title of several capitalised words in running text
    if key_of(g["deictic"]) in ctx.lexicon["vetoes"].get("era_days", ()) and _before_era_noun(ctx):
        return None  # "today's youth", "in today's world": the present age, not the day (TBAQ leaves it untagged)
    if key_of(g["deictic"]) in ctx.lexicon["vetoes"].get("generic_of_days", ()) and _generic_of(ctx):
        return None  # "the leaders of tomorrow": the future at large, no day
    entry = ctx.lexicon["deictic_days"][key_of(g["deictic"])]
    part = entry.get("part")
    return CalendarSpec(Grain.PART_OF_DAY if part else Grain.DAY, shift=Shift(Grain.DAY, entry["offset"]), part_of_day=part, mod=modifier_of(ctx, g.get("mod")))


_ACRONYM_BEFORE = re.compile(r"\b[A-Z]{2,}[ \t]+\Z")
_POSSESSIVE_WORDS = re.compile("[ \t]?['\u2019]s[ \t]+(?:([A-Za-z-]+)[ \t]+)?([A-Za-z]+)")


def _before_era_noun(ctx: MatchContext) -> bool:
    """Whether "'s" follows the match and then, maybe after one word, a noun of lexicon [vetoes] era_nouns ("today's
    youth", "today's personal computers"; not "today's editions", "today's vote"), the noun in lower case as written (not a
    name: "today's World Cup final")."""
    m = _POSSESSIVE_WORDS.match(ctx.text, ctx.end, min(len(ctx.text), ctx.end + 60))
    if m is None:
        return False
    nouns = ctx.lexicon["vetoes"].get("era_nouns", ())
    return m.group(2) in nouns or (m.group(1) or "") in nouns


_OF_BEFORE = re.compile(r"(?:([A-Za-z]+)[ \t\n]+)?of[ \t\n]+\Z")


def _generic_of(ctx: MatchContext) -> bool:
    """Whether the match (a bare day word) comes right after "of", with no "'s" after it, and the word before "of" is no
    part of a day of lexicon [vetoes] generic_of_parts: "the leaders of tomorrow" (not "the outcome of tomorrow's vote",
    "by the end of tomorrow")."""
    if " " in ctx.surface.strip():
        return False
    m = _OF_BEFORE.search(ctx.text, max(0, ctx.start - 30), ctx.start)
    if m is None or ctx.text[ctx.end : ctx.end + 2] in ("'s", "\u2019s"):
        return False
    return (m.group(1) or "").lower() not in ctx.lexicon["vetoes"].get("generic_of_parts", ())


def _on_the_clock(hour: int, ampm: str) -> Optional[int]:
    """The hour of the day that ``hour`` "am"/"pm" names (12 a.m. is 0, 12 p.m. 12); None for no such hour ("0 p.m.", "13 a.m.")."""
    if hour == 0 or hour > 12:
        return None
    if ampm == "pm" and hour != 12:
        return hour + 12
    if ampm == "am" and hour == 12:
        return 0
    return hour


# a morning range's start before an end written "12 a.m." ("from 10 to [12 a.m.]", "between 9:30 and [12 a.m.]"): the end is noon,
# as the writer means, not the midnight that would put the range's start the evening before
_MORNING_TO_TWELVE = re.compile(r"(?:between|from)\s{1,3}(?:0?[1-9]|1[01])(?::[0-5]\d)?\s{0,3}(?:and|to|until|till|-|\u2013)\s{0,3}\Z", re.I)


def clock_time(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    """ "9 a.m. Tuesday", "10:15 p.m.", "about 7.45pm": a clock time, on the day given or the story's day."""
    hour = int(g.get("hour") or g.get("hour2") or g["hour4"])
    minute = int(g.get("minute") or g.get("minute2") or g.get("minute4") or 0)
    ampm = (g.get("ampm") or "").replace(".", "")
    if ampm.lower() == "am" and hour == 12 and minute == 0 and _MORNING_TO_TWELVE.search(ctx.text, max(0, ctx.start - 30), ctx.start):
        ampm = "pm"  # "from 10 to 12 a.m.": the end of a morning, noon
    if ampm:
        hour = _on_the_clock(hour, ampm)  # type: ignore[assignment]
        if hour is None:
            return None
    elif "minute2" in g and ctx.text[ctx.start - 1 : ctx.start] in ctx.lexicon["vetoes"]["time_after"]:
        return None  # "1:12:50", "$4:30": part of a longer time, or an amount
    hedge_word = g.get("approx") or g.get("approx2")
    hedge = key_of(hedge_word) if hedge_word else None
    mod = ctx.lexicon["clock_hedges"][hedge]["mod"] if hedge in ctx.lexicon["clock_hedges"] else None
    if "weekday" in g or "deictic" in g or "month" in g:  # "9 a.m. Tuesday", "5 p.m. Nov. 9": the day is part of the expression
        return _day_reference(g, ctx, Grain.MINUTE, hour=hour, minute=minute, mod=mod, hedge=hedge)
    open_half = "hour2" in g and 1 <= hour < 12  # "a news conference at 2:30" (after "2 p.m.")
    return CalendarSpec(Grain.MINUTE, hour=hour, minute=minute, shift=Shift(Grain.DAY, 0, Anchoring.NARRATIVE), mod=mod, hedge=hedge,
                        half_day_open=open_half)


_SENTENCE_END = re.compile(r"[.!?][\"')\]]*\s|\n\s*\n")
_WORDS = re.compile(r"[a-z]+")
_SENTENCE_REACH = 300  # characters searched each way for the sentence's ends


def _sentence_of(ctx: MatchContext) -> str:
    """The sentence the match lies in, lower-cased (a dot inside a number, "10.15", ends none)."""
    low = max(0, ctx.start - _SENTENCE_REACH)
    begin = low
    for m in _SENTENCE_END.finditer(ctx.text, low, ctx.start):
        begin = m.end()
    m = _SENTENCE_END.search(ctx.text, ctx.end, ctx.end + _SENTENCE_REACH)
    return ctx.text[begin : m.start() if m else ctx.end + _SENTENCE_REACH].lower()


def _among_amounts(ctx: MatchContext) -> bool:
    """Whether a number written like a dotted clock time is an amount: no table [dotted_clocks], or a word or sign of
    it in the match's sentence ("Shares closed at 10.15", "Shares fell 2.15 in the afternoon")."""
    table = ctx.lexicon.tables.get("dotted_clocks")
    if not table:
        return True
    sentence = _sentence_of(ctx)
    return any(sign in sentence for sign in table["amount_signs"]) or not frozenset(table["amount_words"]).isdisjoint(_WORDS.findall(sentence))


def clock_dotted(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    """ "at 10.15", "at about 8.20", "at 1800 hours": a clock time written with a dot (or as four digits before "hours") and no
    a.m./p.m., as British papers write it (the half of the day open, as "at 2:30"); not in a sentence of amounts, with a
    word or sign of lexicon [dotted_clocks] ("Shares closed at 10.15", "the euro traded at 1.35"), unless written as four
    digits before "hours" ("Shares were flat before the bank's decision at 1400 hrs": no amount is written so) or from 0000
    to 0959 ("at 0945"); four digits from 1000 before a day ("at 1730 on Saturday") are vetoed as dotted ones are.  Four
    digits led by a zero, or from 1000 before a day, are a 24-hour clock: their half of the day is known (09:45, not 21:45)."""
    if "hour2" not in g and _among_amounts(ctx):
        return None
    if "hour3" in g or g.get("hour2", "").startswith("0"):  # (s52) "at 0945", "at 1015 on Saturday": a 24-hour clock
        found = {"hour4": g.get("hour3") or g["hour2"], "minute4": g.get("minute3") or g["minute2"]}
    else:
        found = {"hour2": g.get("hour") or g["hour2"], "minute2": g.get("minute") or g["minute2"]}
    for key in ("approx", "weekday"):  # (s50) "at 0530 hours Sunday": the day written after it is part of the expression
        if key in g:
            found[key] = g[key]
    return clock_time(found, ctx)


def range_start_clock(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    """The "2" of "between 2 and 4 a.m.", "from 11 to 2 p.m.": a range's first hour takes the half of
    the day written after its end, or the other half when it would come after the end (11 a.m.); an end
    written "12 a.m." after an earlier hour is noon ("from 10 to 12 a.m.": a morning)."""
    hour, end = int(g["hour"]), int(g["hour_end"])
    ampm = g["ampm"].replace(".", "").lower()
    if not 1 <= hour <= 12 or not 1 <= end <= 12 or hour == end:
        return None
    start = _on_the_clock(hour, ampm)
    finish = 12 if end == 12 and ampm == "am" and hour < 12 else _on_the_clock(end, ampm)  # "from 10 to 12 a.m.": a morning, to noon
    if start is None or finish is None:
        return None
    if (start, int(g.get("minute") or 0)) > (finish, 0):
        start = (start + 12) % 24  # "from 11 to 2 p.m.": 11 a.m.; "between 10 and 2 a.m.": 10 p.m. the day before
    return CalendarSpec(Grain.MINUTE, hour=start, minute=int(g.get("minute") or 0), shift=Shift(Grain.DAY, 0, Anchoring.NARRATIVE))


# the clock time (with a.m./p.m.) and the one link word the rule range_end_clock looked behind for, right before its hour
_RANGE_START_BEFORE = re.compile(r"(?<![\d.,:])(1[0-2]|0?[1-9])(?:[:.]([0-5]\d))?[ \t]?([ap])\.?[ \t]?m\.?[ \t]+[a-z]+[ \t]+$", re.IGNORECASE)


def range_end_clock(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    """The "9" of "from 6pm to 9", the "5" of "between 10pm and 5": a range's last hour written bare takes the first
    time after the range's start that it can name (21:00, 05:00); untagged when no clock time with a.m./p.m. starts the range."""
    m = _RANGE_START_BEFORE.search(ctx.text, max(0, ctx.start - 24), ctx.start)
    if m is None:
        return None
    start = _on_the_clock(int(m.group(1)), m.group(3).lower() + "m")
    hour, minute = int(g["hour"]), int(g.get("minute") or 0)
    if start is None or not 1 <= hour <= 12:
        return None
    begin = start * 60 + int(m.group(2) or 0)
    hour = min((hour % 12, hour % 12 + 12), key=lambda h: (h * 60 + minute - begin - 1) % 1440)  # the first after the start
    return CalendarSpec(Grain.MINUTE, hour=hour, minute=minute, shift=Shift(Grain.DAY, 0, Anchoring.NARRATIVE))


def _minutes_told(g: dict[str, str], ctx: MatchContext) -> Optional[int]:
    """The minutes past the hour (negative: to the hour) of "half past", "a quarter to", "ten to", "20 minutes past"; None without them."""
    if "frac" in g:
        frac = key_of(g["frac"]).split()
        return 30 if frac[0] == "half" else 15 if frac[-1] == "past" else -15
    if "mins" not in g:
        return None
    words = re.split(r"[\s-]+", key_of(g["mins"]))
    count = sum(number_of(ctx, w) or 0 for w in words)  # "twenty-five": 25
    return int(count) if key_of(g["way"]) == "past" else -int(count)


def _clock_by_noon(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    """ "a quarter to midnight" 23:45 (the day before the midnight), "ten past midnight" 00:10, "five to noon" 11:55."""
    minutes = _minutes_told(g, ctx)
    if minutes is None:
        return None
    at = (0 if key_of(g["noon"]) == "midnight" else 12 * 60) + minutes
    found = {"hour": str(at // 60 % 24), "minute": str(at % 60)}
    if "approx" in g:
        found["approx"] = g["approx"]
    return clock_time(found, ctx)


_OCLOCK_NAMED = re.compile(r"[A-Z][a-z]*[ \t]?(O['\u2019]Clock)\b")
_NAME_WORD_AFTER = re.compile(r"[ \t]{1,3}[A-Z][a-z]")


def clock_oclock(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    """ "ten o'clock", "five o'clock in the afternoon", "half past eight": an hour (or its quarter); a part of day after it
    that begins at noon or later puts an hour before 12 in the afternoon or night."""
    if "mins" in g and _among_amounts(ctx):
        return None  # "backed at ten to one": odds, no time
    oclock = _OCLOCK_NAMED.search(ctx.surface)
    if oclock is not None and _NAME_WORD_AFTER.match(ctx.text, ctx.end) and named_mid_running_text(ctx, ctx.start + oclock.start(1) + 2):  # (at "Clock")
        return None  # (s50) "the Nine O'Clock News", "read on the Six O'Clock News": "O'Clock" with capitals before a capitalised
        # word in running text names a programme (a title-case headline keeps it: "Talks Resume at Nine O'Clock Tonight")
    if "noon" in g:  # "a quarter to midnight" 23:45, "ten past noon" 12:10
        return _clock_by_noon(g, ctx)
    hour = number_of(ctx, g.get("hour") or g.get("hour3") or g["hour5"])  # hour5: a word ("four in the afternoon")
    if hour is None or not 0 < hour <= 12:
        return None
    if g.get("sep3") == "." and _among_amounts(ctx):
        return None  # "4.30 in the morning" is a time, "fell 2.15 in the afternoon" an amount
    found = dict(g, hour=str(int(hour)))
    minutes = _minutes_told(g, ctx)
    if minutes is not None:  # "half past eight" 08:30, "a quarter past ten" 10:15, "a quarter to nine" 08:45 ("to one": 12:45)
        found["minute"] = str(minutes % 60)
        if minutes < 0:
            hour = hour - 1 or 12
            found["hour"] = str(int(hour))
    if "minute3" in g:
        found["minute"] = g["minute3"]
    pod = g.get("pod") or g.get("pod2") or (key_of(g["pod3"]).split()[-1] if "pod3" in g else None)  # "in the morning": "morning"
    if pod and "ampm" not in g:
        part = ctx.lexicon["parts_of_day"].get(key_of(pod), {})
        small_hours = float(part.get("end", 0)) > 24 and int(hour) + 24 < float(part.get("end", 0))  # "2 at night": 02:00
        if int(hour) < 12 and part.get("start", 0) >= 12 and not small_hours:
            found["hour"] = str(int(hour) + 12)
    return clock_time(found, ctx)


def clock_deictic_part(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    """ "11:30 last night", "at 9 tonight", "2:30 this afternoon": a clock time on the day and part of day written after
    it; with no a.m./p.m. an hour before 12 goes to the afternoon or night when the part begins at noon or later,
    and an hour after midnight "last night" ("2:15 last night") is on the next day."""
    entry = ctx.lexicon["deictic_days"][key_of(g["dpod"])]
    part = ctx.lexicon["parts_of_day"].get(entry.get("part", ""), {})
    hour = int(g.get("hour") or g.get("hour2") or g["hour3"])
    minute = int(g.get("minute") or 0)
    ampm = (g.get("ampm") or "").replace(".", "")
    overnight = float(part.get("end", 0)) > 24  # a night runs past midnight
    if ampm:
        hour = _on_the_clock(hour, ampm)  # type: ignore[assignment]
        if hour is None:
            return None
    elif 0 < hour < 12 and float(part.get("start", 0)) >= 12 and not (overnight and hour + 24 < float(part["end"])):
        hour += 12
    elif hour == 12 and overnight:
        hour = 0  # "at 12 tonight": midnight
    if hour > 23:
        return None
    offset = int(entry["offset"]) + (1 if overnight and hour < float(part["start"]) - 12 else 0)
    hedge_word = g.get("approx")
    hedge = key_of(hedge_word) if hedge_word else None
    mod = ctx.lexicon["clock_hedges"][hedge]["mod"] if hedge in ctx.lexicon["clock_hedges"] else None
    return CalendarSpec(Grain.MINUTE, hour=hour, minute=minute, shift=Shift(Grain.DAY, offset), mod=mod, hedge=hedge)


PRODUCTIONS: tuple[Production, ...] = (
    part_of_day,
    overnight_day,
    deictic_day,
    clock_time,
    clock_dotted,
    range_start_clock,
    range_end_clock,
    clock_oclock,
    clock_deictic_part,
)
"""This module's productions, in the order they are listed above."""
