"""Periods the story fills in from its own years: numbered parts of a day, ends of periods, millennia, nights, short
years and decades, regnal years, anniversaries, TIMEX2 lengths."""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import TYPE_CHECKING, Any, Optional

import attrs

from ..model import AnchorKind, Grain, Mod, Timex, TimexAnchor, TimexType
from ..recognize.meaning import Anchoring, CalendarSpec, DurationSpec, Mention
from ..recognize.story_passes import DECADE_OF_STORY_RULE, story_decade_rank
from . import calendar as cal
from .calendar import Period
from .story_clauses import _WORD
from .tense_cues import tense_words
from .tense_reports import in_past_perfect

if TYPE_CHECKING:
    from .anchors import Context
    from .story import Story

__all__ = ["story_short_years", "part_without_day", "news_part_in_period", "news_nth_day", "night_timex", "millennium_timex", "regnal_years", "regnal_year", "regnal_moves", "timex2_length", "rest_of_period", "writers_today", "anniversary_in_year", "unknown_digits", "opening_year", "earlier_part"]

def rest_of_period(ctx: "Context", spec: CalendarSpec, mention: Mention, period: Period, story: Story) -> Optional[dt.datetime]:
    """Narrative mode: where the rest of the story's year begins when "Later that year" names it ("In March 1963 ...
    Later that year ... on November 18": the story goes on after March, the November is of 1963), else None."""
    shift = spec.shift
    now = story.current
    if (ctx.mode != "narrative" or shift is None or shift.amount != 0 or shift.anchoring is not Anchoring.NARRATIVE or shift.grain is not Grain.YEAR
            or period.grain is not Grain.YEAR or now is None or not (period.start <= now.start and now.end < period.end)):
        return None
    word = mention.text.split()[0].lower() if mention.text else ""
    return now.end if ctx.lexicon["comparative_modifiers"].get(word) == "END" else None


def earlier_part(ctx: "Context", spec: CalendarSpec, mention: Mention, period: Period, story: Story) -> bool:
    """Narrative mode: whether "Earlier that year" ("earlier that month") names the part of the story's year (month) before
    its time, a look-back the story does not go to ("The strike began in October 1869. Earlier that year the owners had
    cut wages. Two months later": December 1869, not counted from the year's start); the counterpart of
    :func:`rest_of_period`."""
    shift = spec.shift
    now = story.current
    if (ctx.mode != "narrative" or shift is None or shift.amount != 0 or shift.anchoring is not Anchoring.NARRATIVE
            or shift.grain not in (Grain.YEAR, Grain.MONTH) or period.grain is not shift.grain or now is None
            or not (period.start <= now.start and now.start < period.end)):
        return False
    word = mention.text.split()[0].lower() if mention.text else ""
    return ctx.lexicon["comparative_modifiers"].get(word) == "START"


_NUMBERED_DAY_VALUE = re.compile(r"(?:BC)?\d{4}-\d\d-(?:\d\d|XX)\Z")


def numbered_day_parts(ctx: "Context", mentions: list[Mention], timexes: list[Timex]) -> list[Timex]:
    """Narrative mode: a numbered day of an event with a part of it written before it, one expression as histories (TIMEX2)
    mark it: "[the morning of the third day]" is that day's morning (``[ordinal_days] parts``, hours from ``[parts_of_day]``),
    "[the end of the second day]" its end (``part_ends``: mod END).  ``timexes`` are those of ``mentions``, one each, in order."""
    table = ctx.lexicon.tables.get("ordinal_days") if ctx.mode == "narrative" else None
    if not table or not (table.get("parts") or table.get("part_ends")):
        return timexes
    parts, ends = tuple(table.get("parts", ())), dict(table.get("part_ends", {}))
    lead = _numbered_part_lead(parts + tuple(ends))
    day_parts = ctx.lexicon["parts_of_day"]
    out = list(timexes)
    for k, (m, t) in enumerate(zip(mentions, timexes)):
        if m.rule not in ("ordinal_day", "anchored_span") or t.type is not TimexType.DATE or not _NUMBERED_DAY_VALUE.match(t.value):
            continue
        found = lead.search(ctx.text, max(out[k - 1].end if k else 0, t.start - 30), t.start)
        if found is None:
            continue
        word = found.group(1).lower()
        if word in ends:
            out[k] = attrs.evolve(t, start=found.start(), text=ctx.text[found.start() : t.end], mod=ends[word],
                                  earliest=bounds_for_mod_day(t.earliest, t.latest, ends[word])[0],
                                  latest=bounds_for_mod_day(t.earliest, t.latest, ends[word])[1])
            continue
        hours = day_parts.get(word)
        if hours is None:
            continue
        known = t.earliest is not None and t.latest is not None and t.latest - t.earliest == dt.timedelta(days=1)
        earliest = t.earliest + dt.timedelta(hours=hours["start"]) if known and t.earliest is not None else t.earliest
        latest = t.earliest + dt.timedelta(hours=hours["end"]) if known and t.earliest is not None else t.latest
        out[k] = attrs.evolve(t, start=found.start(), text=ctx.text[found.start() : t.end], value=f"{t.value}T{hours['code']}",
                              type=TimexType.TIME, grain=Grain.PART_OF_DAY, earliest=earliest, latest=latest)
    return out


def bounds_for_mod_day(earliest: Optional[dt.datetime], latest: Optional[dt.datetime], mod: str) -> tuple[Optional[dt.datetime], Optional[dt.datetime]]:
    """The first (``START``) or last (``END``) third of a day told by its bounds, whole hours; unknown bounds stay."""
    if earliest is None or latest is None or latest - earliest != dt.timedelta(days=1):
        return earliest, latest
    third = dt.timedelta(hours=8)
    return (earliest, earliest + third) if mod == "START" else (latest - third, latest)


@functools.lru_cache(maxsize=None)
def _numbered_part_lead(words: tuple[str, ...]) -> "re.Pattern[str]":
    """ "the morning of ", "the end of " right before a numbered day."""
    return re.compile(r"\b[Tt]he[ \t]{1,2}(" + "|".join(re.escape(w) for w in words) + r")[ \t]{1,2}of[ \t]{1,2}\Z", re.IGNORECASE)


_PART_PERIOD = re.compile(r"(\d{4})-(\d\d)\Z|(\d{4})\Z|(\d{3})\Z|(\d\d)\Z")  # a month, year, decade or century value


def period_ends(ctx: "Context", mentions: list[Mention], timexes: list[Timex]) -> list[Timex]:
    """Narrative mode: the first or last day, month or year of a period told as one ("[the last day of the month]", "[the
    last year of the decade]"), as histories (TIMEX2) date it: that day, month or year (1124-03-31, 1779), where the
    recognizer found the period alone, or a length before it ("the last year": P1Y), which gives way (lexicon
    ``[period_ends]``).  ``timexes`` are those of ``mentions``, one each, in order; the result may be shorter."""
    table = ctx.lexicon.tables.get("period_ends") if ctx.mode == "narrative" else None
    if not table:
        return timexes
    firsts, lasts, units = tuple(table["firsts"]), tuple(table["lasts"]), tuple(table["units"])
    lead = _period_part_lead(firsts + lasts, units)
    out: list[Timex] = []
    for k, t in enumerate(timexes):
        told = _untagged_period(ctx, table, t, out, timexes[k + 1].start if k + 1 < len(timexes) else len(ctx.text))
        if told is not None:  # "ruled for two years. In the last year of the decade": the story's decade, left untagged
            out.append(told)
            continue
        found = _PART_PERIOD.match(t.value) if t.type is TimexType.DATE else None
        before = lead.search(ctx.text, max(0, t.start - 40), t.start) if found is not None else None
        if before is None or (out and out[-1].end > before.start() and not (before.start() <= out[-1].start and out[-1].type is TimexType.DURATION)):
            out.append(t)
            continue
        last, unit = before.group(1).lower() in lasts, before.group(2).lower()
        month, year, decade, century = found.group(2), found.group(1) or found.group(3), found.group(4), found.group(5)
        period: Optional[Period] = None
        if unit == "day" and month:
            first = dt.date(int(year), int(month), 1)
            period = cal.day(cal.month(first.year, first.month).end.date() - dt.timedelta(days=1) if last else first)
        elif unit == "day" and found.group(3):
            period = cal.day(dt.date(int(year), 12, 31) if last else dt.date(int(year), 1, 1))
        elif unit == "month" and found.group(3):
            period = cal.month(int(year), 12 if last else 1)
        elif unit == "year" and decade:
            period = cal.year(int(decade) * 10 + (9 if last else 0))
        elif unit == "year" and century:
            period = cal.year(int(century) * 100 + (99 if last else 0))
        if period is None:
            out.append(t)
            continue
        if out and before.start() <= out[-1].start:
            out.pop()  # "the last year" (a length) gives way to "the last year of the decade"
        out.append(attrs.evolve(t, start=before.start(), text=ctx.text[before.start() : t.end], value=period.value, grain=period.grain,
                                earliest=period.start, latest=period.end))
    return out


_YEAR_START = re.compile(r"(\d{4})(?:-|\Z)")


def _untagged_period(ctx: "Context", table: dict[str, Any], t: Timex, out: list[Timex], next_start: int) -> Optional[Timex]:
    """ "the last year" (a length) followed by "of the decade" ("of the century") the recognizer left out (no expression
    begins before ``next_start`` there): that year of the decade (century) of the last year told before it, one expression;
    else None."""
    words = t.text.lower().split()
    if t.type is not TimexType.DURATION or len(words) != 3 or words[0] != "the" or words[2] != "year":
        return None
    if words[1] not in table["firsts"] and words[1] not in table["lasts"]:
        return None
    tail = _UNIT_TAIL.match(ctx.text, t.end)
    year = next((int(y.group(1)) for y in (_YEAR_START.match(x.value) for x in reversed(out) if x.type is TimexType.DATE) if y is not None), None)
    if tail is None or year is None or next_start < tail.end():
        return None
    size = 10 if tail.group(1).lower() == "decade" else 100
    first = year - year % size
    period = cal.year(first + size - 1 if words[1] in table["lasts"] else first)
    return attrs.evolve(t, type=TimexType.DATE, end=tail.end(), text=ctx.text[t.start : tail.end()], value=period.value, grain=period.grain,
                        earliest=period.start, latest=period.end, min_length=None, max_length=None)


_UNIT_TAIL = re.compile(r"[ \t]{1,2}of[ \t]{1,2}the[ \t]{1,2}(decade|century)\b", re.IGNORECASE)


@functools.lru_cache(maxsize=None)
def _period_part_lead(ordinals: tuple[str, ...], units: tuple[str, ...]) -> "re.Pattern[str]":
    """ "the last day of ", "the first year of " right before a period."""
    return re.compile(r"\b[Tt]he[ \t]{1,2}(" + "|".join(re.escape(w) for w in ordinals) + r")[ \t]{1,2}(" + "|".join(re.escape(w) for w in units)
                      + r")[ \t]{1,2}of[ \t]{1,2}\Z", re.IGNORECASE)


MILLENNIUM_VALUE = re.compile(r"(BC)?(\d)\Z")


def millennium_timex(ctx: "Context", mention: Mention, common: dict[str, object]) -> Timex:
    """Narrative mode: a millennium (recognize._with_millennia; its value in the VagueSpec, "BC5", "1") as a DATE with
    the mod of a point modifier written in it ("the end of the 4th millennium BC": END) and, in the common era, its
    thousand years as bounds (none before it: years BC have no periods)."""
    value = mention.meaning.value  # type: ignore[union-attr]
    words = " ".join(mention.text.lower().replace("-", " ").split())
    mod = next((Mod(m) for w, m in sorted(ctx.lexicon["modifiers"].items(), key=lambda x: -len(x[0]))
                if m in ("START", "MID", "END") and (words.startswith(w + " ") or words.startswith("the " + w + " "))), None)
    m = MILLENNIUM_VALUE.match(value)
    earliest = latest = None
    if m is not None and m.group(1) is None:
        n = int(m.group(2))
        period = Period(dt.datetime(max(1, n * 1000), 1, 1), dt.datetime(n * 1000 + 1000, 1, 1) if n < 9 else dt.datetime.max, Grain.MILLENNIUM, value)
        from .dates import bounds_for_mod  # (dates imports this module)
        earliest, latest = bounds_for_mod(period, mod)
    return Timex(type=TimexType.DATE, value=value, mod=mod, grain=Grain.MILLENNIUM, earliest=earliest, latest=latest, **common)  # type: ignore[arg-type]


_PART_CODE = re.compile(r"T(?:[A-Z]{2}|\d\d:\d\d)\Z")


def part_without_day(ctx: "Context", spec: CalendarSpec, period: Period, anchor: TimexAnchor, story: Story) -> Optional[tuple[Period, TimexAnchor]]:
    """Narrative mode: a part of a day no day told names ("In June 1920 ... In the morning", "In 1920 ... at nightfall",
    no day since the story moved to its month or year) is some day's of the story's month or year, as histories (TIMEX2)
    write it (1920-06-XXTMO, 1920-XX-XXTEV; the period spans the story's), not the month's first day nor the publication
    day the anchor fell back to; None when a day is told, or written in the expression."""
    if (ctx.mode != "narrative" or not spec.part_of_day or period.grain is not Grain.PART_OF_DAY or spec.day is not None
            or spec.weekday is not None or spec.month is not None or spec.year is not None):
        return None
    now, tid = story.current, story.current_tid
    if now is None or tid is None or now.grain <= Grain.DAY:
        return None
    if not (anchor.kind is AnchorKind.REFERENCE_TIME or (anchor.kind is AnchorKind.TIMEX and anchor.timex_id == tid)):
        return None
    code = _PART_CODE.search(period.value)
    if code is None:
        return None
    if now.grain is Grain.MONTH:
        value = f"{now.value}-XX{code.group(0)}"
    elif Grain.MONTH < now.grain <= Grain.YEAR:
        value = f"{now.value[:4]}-XX-XX{code.group(0)}"
    else:
        return None
    return Period(now.start, now.end, Grain.PART_OF_DAY, value), TimexAnchor(AnchorKind.TIMEX, tid)


def news_part_in_period(ctx: "Context", spec: CalendarSpec, story: Story) -> Optional[tuple[Period, TimexAnchor]]:
    """News: a bare night of the story ("Overnight, water reached the houses"; a shift of no days from the story's
    day) told after a week or a month over before publication that the story moved to after the last day it told ("ended
    on 28 August. Rain fell during the first week of September ... Overnight"; that day told in an earlier sentence, and no
    word of tense.toml ``past_signals``, "since", before the period in its sentence) is some day's of that week or month
    (2026-W36-XTNI, 2026-09-XXTNI; bounds the period's), not the night before the day told earlier; None otherwise."""
    if (ctx.mode != "news" or not spec.part_of_day or spec.shift is None or spec.shift.anchoring is not Anchoring.NARRATIVE
            or spec.shift.amount != 0 or ctx.reference is None):
        return None
    now, tid = story.current, story.current_tid
    if now is None or tid is None or now.grain not in (Grain.WEEK, Grain.MONTH) or now.end > ctx.reference:
        return None
    if story.day_tid is not None and (story.day_tid not in story.end_of or tid not in story.end_of or ctx.doc.sentence_index(
            story.end_of[story.day_tid] - 1) >= ctx.doc.sentence_index(story.end_of[tid] - 1)):
        return None  # a day told after the period, or in its sentence ("detained early on Wednesday men sought since a robbery
        # last October. They were released later in the morning": Wednesday's): the part is that day's
    entry = ctx.lexicon["parts_of_day"][spec.part_of_day]
    code, start = entry.get("code"), story.start_of.get(tid)
    if code != "NI" or entry.get("clock") or start is None:
        return None  # (a night only: "in afternoon trade" after "last cut rates in December" is today's; and a point of the
        # day, "shortly after midnight", is the day's told before)
    cues = tense_words(ctx.doc.language)
    before = {w.lower() for w in _WORD.findall(ctx.text, ctx.doc.sentence_at(start)[0], start)}
    if cues.past_signals & before:
        return None  # a period told looking back ("had led in every poll since the campaign began in March"): no scene
    if in_past_perfect(ctx.doc, start, story.end_of.get(tid, start)):
        return None  # a period of a past perfect clause ("had fallen 5% last week ..., and rose 3% overnight"): a look-back
        # the story does not go to; the night is the story's own
    value = f"{now.value}-XT{code}" if now.grain is Grain.WEEK else f"{now.value}-XXT{code}"  # (a day of the week, of the month, not known)
    return Period(now.start, now.end, Grain.PART_OF_DAY, value), TimexAnchor(AnchorKind.TIMEX, tid)


_ON_BEFORE = re.compile(r"\b[Oo]n[ \t]+\Z")


def news_nth_day(ctx: "Context", mention: Mention) -> bool:
    """News: whether "On the third day" (rule ordinal_day) counts the days of an event the story told ("The fair opened on
    Monday ... On the third day, organisers counted ...": Wednesday), written right after "on" with no "of" after it and no
    word of a run (``[ordinal_days] running``: "for a third straight day", "the strike entered its second day" are the
    story's own day); "of the trek," (see :func:`_event_of`) may follow it."""
    table = ctx.lexicon.tables.get("ordinal_days")
    if not table:
        return False
    words = mention.text.lower().split()
    if not _ON_BEFORE.search(ctx.text, max(0, mention.start - 4), mention.start):
        # (s62) "fill the first afternoon of the festival": a first part of an event's days with no "on" (a match only
        # with "of the" after it, recognize in_the_unit) counts as "on the first afternoon" does
        return words[1:2] == ["first"] and words[-1] in table.get("parts", ()) and ctx.text[mention.end : mention.end + 4].lower() == " of "
    if any(w in table["running"] for w in words):
        return False
    if not ctx.text[mention.end : mention.end + 4].lower().startswith(" of "):
        return True
    return _event_of(tuple(table.get("event_of", ()))).match(ctx.text, mention.end) is not None


@functools.lru_cache(maxsize=8)
def _event_of(determiners: tuple[str, ...]) -> re.Pattern[str]:
    """ " of the trek," after a numbered day: a short phrase of one of ``determiners`` ([ordinal_days] event_of) closed
    by a comma, the event whose days the story counts ("set out on November 16. On the fourth day of the trek, ...": the
    19th); "on the fourth day of his trial in June" is no such phrase (the story's own day, as before)."""
    words = "|".join(re.escape(w) for w in determiners) or r"(?!)"
    return re.compile(rf" of (?:{words})(?:[ \t][\w'-]+){{1,3}},", re.IGNORECASE)


_ONE_NIGHT = re.compile(r"\b[Aa]n?[ \t]{1,2}\Z")


def night_timex(ctx: "Context", mention: Mention, story: Story, common: dict[str, object]) -> Timex:
    """Narrative mode: "travelled at night", "night attacks" (recognize._with_generic_nights): a night of no day said,
    XXXX-XX-XXTNI as histories (TIMEX2) write it (BCXXXX-XX-XXTNI in a story told in years BC); in a sentence that told a
    day it is that day's night ("On 3 June 1920 the scouts crossed at night"), and one night ("in a night-raid") in a
    sentence that told a month is of some day of it ("In mid April ... in a night-raid": 1918-04-XXTNI)."""
    last = story.last
    if (last is not None and last[0] == story.sentence
            and (last[1].grain is Grain.DAY or (last[1].grain is Grain.MONTH and _ONE_NIGHT.search(ctx.text, max(0, mention.start - 4), mention.start)))):
        value = last[1].value + ("TNI" if last[1].grain is Grain.DAY else "-XXTNI")
        return Timex(type=TimexType.TIME, value=value, grain=Grain.PART_OF_DAY, anchor=TimexAnchor(AnchorKind.TIMEX, last[2]),
                     temporal_function=True, **common)  # type: ignore[arg-type]
    return Timex(type=TimexType.TIME, value=("BC" if story.bc is not None else "") + "XXXX-XX-XXTNI", grain=Grain.PART_OF_DAY, **common)  # type: ignore[arg-type]


REGNAL_RULE = "regnal_year"  # recognize._with_regnal_years
ACCESSION_SENTENCES = 20  # sentences back at most from a year of a reign to the accession it counts from (a history tells
# "in the thirteenth year of his reign" paragraphs after "came to the throne in 209 BC"; s23 raised it from 3)
_YEAR_VALUE = re.compile(r"(BC)?(\d{4})(?:-|\Z)")


_SHORT_YEAR_TEXT = re.compile(r"[\x27\u2019]\d\d\b")


def story_short_years(mentions: list[Mention]) -> list[Mention]:
    """Narrative mode: a year written with two digits after an apostrophe ("the rising of '98", "June '44") is the one with
    those digits nearest the year of the common era written in full last before it (1798 after "founded in 1791"; a tie
    goes to the earlier), not one of 1950-2049 as in news; with none before it, as read.  (A decision of resolution, taken
    before any expression is resolved: moved here from recognition in s44, with the same output.)"""
    out = list(mentions)
    last: Optional[int] = None
    for k, m in enumerate(mentions):
        spec = m.meaning
        if not isinstance(spec, CalendarSpec) or spec.year is None or spec.bc or spec.shift is not None:
            continue
        if not spec.partial_year:
            last = spec.year
        elif last is not None and _SHORT_YEAR_TEXT.search(m.text):
            digits = spec.year % 100
            year = min((c * 100 + digits for c in range(last // 100 - 1, last // 100 + 2) if c * 100 + digits > 0),
                       key=lambda y: (abs(y - last), y))  # type: ignore[operator]
            if year != spec.year:
                out[k] = attrs.evolve(m, meaning=attrs.evolve(spec, year=year))
    return out


def decades_of_story_centuries(ctx: "Context", mentions: list[Mention], timexes: list[Timex]) -> list[Timex]:
    """Narrative mode: "the last decade of the century" (rule ``DECADE_OF_STORY_RULE``), resolved as the story's century,
    as that century's decade of the rank it names (the story in 1132: 119), as "the last decade of the 12th century" is.
    ``timexes`` are those of ``mentions``, one each, in order."""
    if ctx.mode != "narrative":
        return timexes
    out = list(timexes)
    year: Optional[int] = None  # the last year told before mention k
    for k, m in enumerate(mentions):
        t = out[k]
        if m.rule == SHORT_DECADE_RULE and t.grain is Grain.DECADE and _SHORT_DECADE.search(m.text) and _DECADE_VALUE.fullmatch(t.value):
            out[k] = _story_short_decade(t, year if year is not None else _first_year(out))
        told = _CE_YEAR.match(out[k].value)
        if told or (out[k].grain is Grain.DECADE and _DECADE_VALUE.fullmatch(out[k].value)):  # ("the 1980s and '90s": 199)
            year = int(told.group(1)) if told else int(out[k].value) * 10 + 5
        if m.rule != DECADE_OF_STORY_RULE or t.grain is not Grain.CENTURY or not _CENTURY_VALUE.fullmatch(t.value):
            continue
        rank = story_decade_rank(ctx.lexicon, m.text)
        if rank is None:
            continue
        d = int(t.value) * 10 + rank - 1
        period = cal.decade(d)
        out[k] = attrs.evolve(t, value=f"{d:03d}", grain=Grain.DECADE, earliest=period.start, latest=period.end)
    return out


_CENTURY_VALUE = re.compile(r"\d\d")
SHORT_DECADE_RULE = "decade"  # "the '60s" is read by rule decade (the 1960s; the 1930s to the 2020s)
_SHORT_DECADE = re.compile(r"[\x27\u2019]\d0s")
_DECADE_VALUE = re.compile(r"\d{3}")
_CE_YEAR = re.compile(r"(\d{4})(?:-|\Z)")


def _first_year(timexes: list[Timex]) -> Optional[int]:
    """The year of the first of ``timexes`` dated within a year of the common era, else None."""
    return next((int(y.group(1)) for y in (_CE_YEAR.match(t.value) for t in timexes) if y), None)


def _story_short_decade(t: Timex, year: Optional[int]) -> Timex:
    """A decade written short ("the '60s", ``t`` as read, 196) in a history: the decade with those digits nearest the
    story's ``year`` (told last before it, else the text's first year): 186 in a story of 1852, 193 in one of 1896; a
    tie goes to the earlier one.  ``t`` as it is with no year."""
    if year is None:
        return t
    digit = int(t.value) % 10
    best = min((c * 10 + digit for c in range(year // 100 - 1, year // 100 + 2) if c >= 0),
               key=lambda d: (max(d * 10 - year, year - d * 10 - 9, 0), d))
    if best == int(t.value):
        return t
    period = cal.decade(best)
    return attrs.evolve(t, value=f"{best:03d}", earliest=period.start, latest=period.end)


def regnal_years(ctx: "Context", mentions: list[Mention], timexes: list[Timex]) -> list[Timex]:
    """Narrative mode: every "the tenth year of his reign" of ``mentions`` as the year it is (see :func:`regnal_year`), for
    those resolution has not dated already.  ``timexes`` are those of ``mentions``, one each, in order."""
    if ctx.mode != "narrative":
        return timexes
    out = list(timexes)
    for k, m in enumerate(mentions):
        if m.rule == REGNAL_RULE and out[k].type is not TimexType.DATE:
            out[k] = regnal_year(ctx, mentions, out, k) or out[k]
    return out


def regnal_year(ctx: "Context", mentions: list[Mention], timexes: list[Timex], k: int) -> Optional[Timex]:
    """Narrative mode: "the tenth year of his reign" (rule ``REGNAL_RULE``, ``timexes[k]``) as the year it is, as histories
    (TIMEX2) date it: the year of a date right before it, set off by a comma, that it restates ("In AD 527, the first year
    of the emperor Lucian's reign": 0527); else the year told last before it in a sentence, at most ``ACCESSION_SENTENCES``
    back, with a word of ``[regnal_years] accession`` ("came to the throne in 1792 BC ... the tenth year of his reign":
    BC1783), or, for the reign of an heir (``heirs``: "his son's reign"), of ``successions`` too ("died in 350 BC ... the
    first year of his son's reign": BC0350).  With neither None (it stays a length, one year).  ``timexes`` up to ``k``
    are resolved."""
    table = ctx.lexicon.tables.get("regnal_years") if ctx.mode == "narrative" else None
    m, t = mentions[k], timexes[k]
    if not table or m.rule != REGNAL_RULE:
        return None
    year = None
    if k and _restating(tuple(table.get("restating") or ())).fullmatch(ctx.text, timexes[k - 1].end, t.start):
        year, n, of = _YEAR_VALUE.match(timexes[k - 1].value), 1, timexes[k - 1].tid  # the date it restates: its year
    else:
        words = t.text.lower().split()
        accession = set(table["accession"])
        heir = any(w in table.get("heirs", ()) for w in words)
        if len(words) > 2 and words[-2] in table.get("office_links", ()):
            accession.add(words[-1])  # "his sixth year as bishop": "was made bishop of Carrow on 11 November 1683" is its start
        ends = set(table.get("span_ends", ()))
        if heir:
            accession |= set(table.get("successions", ()))  # "the first year of his son's reign": from his father's death
        word = words[1]
        n = int(word.rstrip("stndrh")) if word[0].isdigit() else int(ctx.lexicon["ordinals"].get(word, 0))
        here = ctx.doc.sentence_index(t.start)
        reigned = None  # an heir's: the years the ruler before reigned, told after the accession ("He reigned for forty-one years")
        heir_at = _heir_told(ctx, table, t.start)  # "His son Harald reigned for nine years; in the third year of his reign"
        ended: Optional[tuple[re.Match[str], str]] = None  # the year a rule ended, told after its accession ("served until 1858"), its id
        for j in range(k - 1, -1, -1):
            told = _YEAR_VALUE.match(timexes[j].value)
            back = here - ctx.doc.sentence_index(timexes[j].start)
            if back > ACCESSION_SENTENCES:
                break
            if heir_at is not None and timexes[j].start >= heir_at and timexes[j].type is TimexType.DURATION:
                continue  # (the heir's own reign: "reigned for nine years" is no length of the reign before; "succeeded in
                # 1680" is its accession, counted as any)
            if heir_at is not None and not heir:
                heir = True
                accession |= set(table.get("successions", ()))  # his reign is the heir's: it counts from the ruler's death
            s, e = ctx.doc.sentence_at(timexes[j].start)
            told_words = {w.lower() for w in _WORD.findall(ctx.text, s, e)}
            length = _YEARS_LENGTH.fullmatch(timexes[j].value) if timexes[j].type is TimexType.DURATION else None
            if heir and reigned is None and length is not None and set(table["accession"]) & told_words:
                reigned = int(length.group(1))
            if (told is not None and timexes[j].type is TimexType.DATE and accession & told_words and ends
                    and {w.lower() for w in _WORD.findall(ctx.text, max(s, timexes[j].start - 20), timexes[j].start)[-1:]} & ends
                    and _range_first(ctx, table, timexes, j, s) is None):
                ended = ended or (told, timexes[j].tid)
                continue  # where a rule ended, not began: "Her uncle ruled for her as regent until 1711"
            if told is not None and timexes[j].type is TimexType.DATE and accession & told_words:
                j = _accession_date(ctx, accession, timexes, j, s)  # "he died in 526 BC, and the next year ...": 526 BC
                year, of = _YEAR_VALUE.match(timexes[j].value) or told, timexes[j].tid
                if reigned is not None and not set(table.get("successions", ())) & told_words:
                    n += reigned  # "came to the throne in 1290 BC ... He reigned for forty-one years. ... his son's reign": 1249 BC
                first = _range_first(ctx, table, timexes, j, s)
                if n <= 0:
                    # "his last year in office", "the final year of her reign" (an ordinal counted from the end): the year
                    # the rule ended, told as a range's second end ("ruled from 1850 to 1858") or a span's end ("was
                    # elected in 1850 and served until 1858"); with no end told, None (it stays a length, one year)
                    if first is None and ended is None:
                        return None
                    year, of = (told, timexes[j].tid) if first is not None else ended  # type: ignore[misc]
                    n = 1
                elif first is not None:
                    year, of = _YEAR_VALUE.match(timexes[first].value), timexes[first].tid
                break
    if year is None:
        return None
    bc = year.group(1) is not None
    y = int(year.group(2)) + (n - 1) * (-1 if bc else 1)
    if bc and y < 1:  # across the era's start (no year 0): "crowned in 4 BC ... the tenth year": AD 6
        bc, y = False, 1 - y
    period = None if bc else cal.year(y)
    return attrs.evolve(t, type=TimexType.DATE, value=f"BC{y:04d}" if bc else f"{y:04d}", grain=Grain.YEAR,
                        earliest=period.start if period else None, latest=period.end if period else None,
                        min_length=None, max_length=None, anchor=TimexAnchor(AnchorKind.TIMEX, of), temporal_function=True)


def _heir_told(ctx: "Context", table: dict[str, Any], at: int) -> Optional[int]:
    """Where the sentence of a year of a reign that begins at ``at`` (up to it) tells an heir taking the throne, a possessive and
    a noun of ``[regnal_years] heir_nouns`` with an accession word after it ("His son Harald reigned for nine years; in the
    third year of his reign"); so may the sentence right before it ("The duke died in 1467. His son Charles succeeded him. In
    the fourth year of his reign": 1470): the reign is the heir's, counted from the ruler's death; else None."""
    nouns = table.get("heir_nouns")
    if not nouns:
        return None
    start = ctx.doc.sentence_at(at)[0]
    accession = set(table["accession"])
    spans = [(start, at)]
    if start > 0:
        spans.append((ctx.doc.sentence_at(max(0, start - 1))[0], start))
    for s, e in spans:
        words = [(w.group().lower(), w.start()) for w in _WORD.finditer(ctx.text, s, e)]
        for i, (w, pos) in enumerate(words[:-1]):
            if w in table["possessives"] and (words[i + 1][0] in nouns or (i + 2 < len(words) and words[i + 2][0] in nouns)):
                if accession & {v for v, _ in words[i + 2:]}:
                    return pos
    return None


def regnal_moves(story: Story, t: Timex) -> None:
    """Narrative mode: the story goes on in the year of a reign just dated ("In the third year of his reign he took Saray,
    and two years later ...": two years after that year), as it would after the year written out."""
    if t.value.startswith("BC"):
        if story.bc is not None and story.bc[0] == int(t.value[2:]) and story.bc[1] is not None:
            return  # (the story already on a month or day of that year, as below)
        story.bc, story.bc_tid, story.bc_season, story.bc_day, story.bc_early = (int(t.value[2:]), None), t.tid, None, None, None
    elif t.earliest is not None and t.latest is not None:
        now = story.current
        if now is not None and now.grain < Grain.YEAR and now.start.year == t.earliest.year and now.end <= t.latest:
            # "He died on 14 July 1289, in the twenty-third year of his reign, and was buried a week later": a reign's year
            # that holds the story's day restates it, as "in 1702" said on a day of 1702 does; the story stays on its day
            return
        story.update(cal.year(t.earliest.year), t.tid)


PART_RULE = "narrative_part"


def part_year(ctx: "Context", mentions: list[Mention], timexes: list[Timex], k: int) -> Optional[Timex]:
    """Narrative mode: the year "the war's second year" or "the second year of the war" (rule ``PART_RULE``, a length of
    one year, P1Y as histories (TIMEX2) value it) falls in, for the story to go on there: so many years on from the year of
    the first date told in the earliest sentence, at most ``ACCESSION_SENTENCES`` back, that names the same noun ("War
    between Morland and the cities broke out in the summer of 1672. ... In the war's second year ... by the autumn": the
    autumn of 1673).  None for another unit, an ordinal of no rank ("the last year of the war") or no such sentence.  The
    timex returned only moves the story (:func:`regnal_moves`): the expression keeps its length."""
    m, t = mentions[k], timexes[k]
    table = ctx.lexicon.tables.get("event_offsets") if ctx.mode == "narrative" else None
    if not table or m.rule != PART_RULE or not isinstance(m.meaning, DurationSpec) or m.meaning.grain is not Grain.YEAR:
        return None
    from .story_told import _event_head  # (story_told imports this module's neighbours; late, as resolve does)

    words = _WORD.findall(m.text)
    if len(words) > 1 and words[1].lower().endswith(("'s", "\u2019s")):  # "the war's second year"
        head: Optional[str] = re.sub(r"['\u2019]s\Z", "", words[1], flags=re.I)
        rank_word = words[2] if len(words) > 2 else ""
    else:  # "the second year" of "the second year of the war"
        after = _WORD.findall(ctx.text, m.end, min(len(ctx.text), m.end + 80))
        head = _event_head(table, after[1:]) if after and after[0].lower() == "of" else None
        rank_word = words[1] if len(words) > 1 else ""
    n = int(ctx.lexicon["ordinals"].get(rank_word.lower(), 0))
    if head is None or n < 1:
        return None
    named = re.compile(rf"\b{re.escape(head)}(?:s|es)?\b", re.IGNORECASE)
    here = ctx.doc.sentence_index(t.start)
    first: Optional[Timex] = None
    for j in range(k - 1, -1, -1):
        back = here - ctx.doc.sentence_index(timexes[j].start)
        if back > ACCESSION_SENTENCES:
            break
        if back == 0 or timexes[j].type is not TimexType.DATE or _YEAR_VALUE.match(timexes[j].value) is None:
            continue
        s, e = ctx.doc.sentence_at(timexes[j].start)
        if named.search(ctx.text, s, e):
            first = timexes[j]  # (read back: the last kept is the earliest sentence's first date)
    if first is None:
        return None
    year = _YEAR_VALUE.match(first.value)
    assert year is not None
    bc = year.group(1) is not None
    y = int(year.group(2)) + (n - 1) * (-1 if bc else 1)
    if bc and y < 1:
        bc, y = False, 1 - y
    period = None if bc else cal.year(y)
    return attrs.evolve(t, type=TimexType.DATE, value=f"BC{y:04d}" if bc else f"{y:04d}", grain=Grain.YEAR,
                        earliest=period.start if period else None, latest=period.end if period else None,
                        min_length=None, max_length=None)


LENGTH_LEAD_WORDS = 4  # words at most between a sentence's opening "After" and the length it tells ("After a long siege of")


def length_moves(ctx: "Context", mention: Mention, story: "Any") -> Optional[Period]:
    """Narrative mode: where a sentence that opens with a word of ``[event_offsets] directions`` that counts ahead ("After")
    and a length of months or years ("After fourteen months of work the tower was finished", "After a siege of eight
    months the town surrendered") takes the story: that many months (years) on from its time, the month (the year, when
    the story was on a year); None elsewhere ("after the war", "three years after the fire", a length of days)."""
    table = ctx.lexicon.tables.get("event_offsets") if ctx.mode == "narrative" else None
    meaning, now = mention.meaning, story.current
    if (not table or now is None or not isinstance(meaning, DurationSpec) or meaning.amount is None or meaning.span is not None
            or meaning.grain not in (Grain.MONTH, Grain.YEAR) or meaning.amount != int(meaning.amount) or story.bc is not None):
        return None
    s, _ = ctx.doc.sentence_at(mention.start)
    before = _WORD.findall(ctx.text, s, mention.start)
    if not before or len(before) > LENGTH_LEAD_WORDS or table["directions"].get(before[0].lower(), 0) <= 0:
        return None
    after = _WORD.findall(ctx.text, mention.end, mention.end + 30)
    if after and after[0].lower() in table["directions"]:
        return None  # ("After three years after the fire": an offset, another rule's)
    months = int(meaning.amount) * (12 if meaning.grain is Grain.YEAR else 1)
    day = cal.add_months(now.start.date(), months)
    return cal.month(day.year, day.month) if now.grain <= Grain.MONTH else cal.year(day.year)


_YEARS_LENGTH = re.compile(r"P(\d+)Y")  # a length of whole years ("forty-one years": P41Y)
ACCESSION_REACH = 4  # words at most between an accession (death) word and the date it is told with ("died in Memphis in 526 BC")


def _accession_date(ctx: "Context", accession: set[str], timexes: list[Timex], j: int, sentence_start: int) -> int:
    """The index of the date of the sentence that ends at ``timexes[j]`` told right after a word of ``accession`` (at most
    ``ACCESSION_REACH`` words before it), the latest such; else ``j``, the sentence's last date."""
    for i in range(j, -1, -1):
        if timexes[i].start < sentence_start:
            break
        words = [w.lower() for w in _WORD.findall(ctx.text, max(sentence_start, timexes[i].start - 50), timexes[i].start)][-ACCESSION_REACH:]
        if (timexes[i].type is TimexType.DATE and _YEAR_VALUE.match(timexes[i].value) is not None and accession & set(words)):
            return i
    return j


@functools.lru_cache(maxsize=None)
def _restating(words: tuple[str, ...]) -> "re.Pattern[str]":
    """A comma, then perhaps one of ``words``, between a date and the year of a reign it restates ("1140, in the tenth")."""
    return re.compile(r",\s*" + (r"(?:(?:" + "|".join(re.escape(w) for w in words) + r")\s+)?" if words else ""))


def _range_first(ctx: "Context", table: dict[str, Any], timexes: list[Timex], j: int, sentence_start: int) -> Optional[int]:
    """The index of the first year that opens a range of years in the sentence up to ``timexes[j]`` ("ruled from [485] to
    466 BC"; "ruled from [1210] to 1230, but in 1225 ..."), joined by one of ``[regnal_years] range_links``; else None."""
    links = table.get("range_links")
    i = j
    while links and i and timexes[i - 1].start >= sentence_start:
        i -= 1
    for a in range(i, j):
        if (_YEAR_VALUE.match(timexes[a].value) is not None and _YEAR_VALUE.match(timexes[a + 1].value) is not None
                and ctx.text[timexes[a].end : timexes[a + 1].start].strip().lower() in links):
            return a
    return None


def anniversary_in_year(ctx: "Context", mention: Mention, year: Timex, year_tid: str, story: Story, common: dict[str, object]) -> Timex:
    """Narrative mode: "in 1913, on the fiftieth anniversary of his landing" (its rank from lexicon [ordinals],
    [anniversaries] ordinals or "50th"): the day of that year the years count from, when the story told a day of the year
    so many years before ("landed on 19 April 1863": 1913-04-19, the first such day told; the recognizer asks for one),
    else the year itself (that day is 29 February and the year has none)."""
    word = mention.text.lower().split()[1].split("-year")[0]
    ranks = {**ctx.lexicon["ordinals"], **(ctx.lexicon.tables.get("anniversaries") or {}).get("ordinals", {})}
    n = int(word.rstrip("stndrh")) if word[0].isdigit() else int(ranks.get(word, 0))
    y = int(year.value)
    day = next((p for p, _ in story.told_days if p.start.year == y - n), None) if n else None
    try:
        period = cal.day(dt.date(y, day.start.month, day.start.day)) if day is not None else None
    except ValueError:  # 29 February in a year without it
        period = None
    if period is None:
        return Timex(type=TimexType.DATE, value=year.value, grain=Grain.YEAR, earliest=year.earliest, latest=year.latest,
                     anchor=TimexAnchor(AnchorKind.TIMEX, year_tid), temporal_function=True, **common)  # type: ignore[arg-type]
    return Timex(type=TimexType.DATE, value=period.value, grain=Grain.DAY, earliest=period.start, latest=period.end,
                 anchor=TimexAnchor(AnchorKind.TIMEX, year_tid), temporal_function=True, **common)  # type: ignore[arg-type]


def writers_today(ctx: "Context", spec: object, mention: Mention) -> bool:
    """Narrative mode: whether the expression is the writer's own "today" outside a quotation ("Today the ruins are a
    national monument", "in what is today Belgium"): a history's present, as TIMEX2 histories mark it (PRESENT_REF), not
    the story's day (a word of lexicon [deictic_days] with offset 0; one with a part of the day is a TIME, left so)."""
    if ctx.mode != "narrative" or not isinstance(spec, CalendarSpec) or spec.shift is None or spec.shift.amount != 0:
        return False
    return " ".join(mention.text.lower().split()) in ctx.lexicon["deictic_days"]


_DIGITS = re.compile(r"^(\d{4})(-W?\d\d)?(-\d\d)?")


def unknown_digits(value: str) -> str:
    """The value with its calendar digits unknown ("1965-03-08" -> "XXXX-XX-XX", "1968-05-10TNI" -> "XXXX-XX-XXTNI")."""
    return _DIGITS.sub(lambda m: re.sub(r"\d", "X", m.group(0)), value, count=1)


def opening_year(mentions: list[Mention]) -> Optional[tuple[Period, str]]:
    """The year of the first date written with its year (of the common era, not counted from another time), which the
    story's dates told before any year belong to ("On 28 June the archduke was shot ... The year was 1914"), else None."""
    for k, m in enumerate(mentions):
        spec = m.meaning
        if isinstance(spec, CalendarSpec) and spec.year is not None and spec.shift is None and not spec.bc and not spec.partial_year:
            try:
                return cal.containing(dt.datetime(spec.year, 1, 1), Grain.YEAR), f"t{k + 1}"
            except (ValueError, OverflowError):
                return None
    return None


_TIMEX2_UNITS = {Grain.DECADE: "DE", Grain.CENTURY: "CE", Grain.MILLENNIUM: "ML"}
_DECIMAL_UNITS = {Grain.YEAR: "Y", Grain.MONTH: "M", Grain.WEEK: "W", Grain.DAY: "D"}
_DECIMAL = re.compile(r"\d\.\d")


def timex2_length(spec: DurationSpec, text: str) -> Optional[str]:
    """Narrative mode: a length as histories (TIMEX2) write it, where TimeML writes it otherwise: decades and centuries
    in their own units ("two decades" P2DE, not P20Y), an amount written with a decimal point as written ("22.8 years
    old" P22.8Y, not P22Y9M18D); None when TimeML's value is TIMEX2's too."""
    amount = spec.amount
    if amount is None or amount <= 0:
        return None
    whole = abs(amount - round(amount)) < 1e-9
    if spec.grain in _TIMEX2_UNITS and whole:
        return f"P{int(round(amount))}{_TIMEX2_UNITS[spec.grain]}"
    if spec.grain in _DECIMAL_UNITS and not whole and _DECIMAL.search(text):
        return f"P{amount:g}{_DECIMAL_UNITS[spec.grain]}"
    return None
