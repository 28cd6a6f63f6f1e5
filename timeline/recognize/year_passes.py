"""Recognition passes for bare and early years: years near other years, opening years, ranges and lists of early years,
clock ranges, paired days, dates after a weekday."""

from __future__ import annotations

import bisect
import functools
import re
from typing import Any, Mapping, Optional

import attrs

from .grammar import Grammar
from ..model import Grain
from .meaning import Anchoring, CalendarSpec, DurationSpec, Mention, SetSpec, Shift
from .productions.common import key_of
from .productions.dates import opens_sentence
from .spans import _alternation, _inside, _overlaps, _word_alternation


_EARLY_NUMBER = r"(1[0-5]\d\d|[1-9]\d\d)"  # a year the rules may leave out: three digits, or four before 1600
_RANGE_END = r"(1\d\d\d|20\d\d|[1-9]\d\d)"
RANGE_SPAN = 400  # years at most between the two ends of a range of early years


@functools.lru_cache(maxsize=None)
def _early_years_near_pattern(seasons: tuple[str, ...], months: tuple[str, ...], before: tuple[str, ...], after: tuple[str, ...],
                              hedges: tuple[str, ...], stop_leads: tuple[str, ...] = ()) -> "re.Pattern[str]":
    """ "the summer of 542", "November 565 after", "in 639 without", "c. 850 from": a season and "of", a month, a hedge or a
    preposition, then an early year, then a stop or a word of ``after``; or one of ``stop_leads``, an early year and a stop
    ("ruled the city from 1120.")."""
    stop = r"(?=[ \t]{0,2}[,;:)]|[ \t]{0,2}\.(?!\d))"
    return re.compile(r"(?<![\w.,-])(?:(?:(?:the[ \t]{1,2})?(" + _alternation(seasons) + r")[ \t]{1,2}of|(" + _alternation(months) + r")|("
                      + (_alternation(hedges) or "(?!)") + r")|(?:" + _alternation(before) + r"))[ \t]{1,2}" + _EARLY_NUMBER
                      + r"(?=[ \t]{0,2}[,;:)]|[ \t]{0,2}\.(?!\d)|[ \t]{1,2}(?:" + _alternation(after) + r")\b)|(?:" + (_alternation(stop_leads) or "(?!)")
                      + r")[ \t]{1,2}" + _EARLY_NUMBER.replace("(", "(?P<stop_year>", 1) + stop + ")")


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

    rx = _early_years_near_pattern(tuple(seasons), tuple(months), tuple(table["before"]), tuple(table["after"]), tuple(table.get("hedges", ())),
                                   tuple(table.get("stop_leads", ())))
    for r in rx.finditer(low):
        if r.group("stop_year"):  # "ruled the city from 1120."
            year, inside = int(r.group("stop_year")), found(r)
            if inside is not None:
                m = Mention(r.start("stop_year"), r.end(), text[r.start("stop_year") : r.end()], CalendarSpec(Grain.YEAR, year=year), "narrative_early_year")
                if near(m):
                    replaced.update(inside)
                    extra.append(m)
            continue
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
    """ "The city fell in 211 BC. Ten years after the fall, ..." ((s60) news too: "A hiker who fell from a ridge ... phoned
    his brother shortly before the fall"): a bare season that is also the noun of
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
    if not any(m.rule in _EARLY_YEARS for m in mentions):
        return mentions  # (most texts: no early year, nothing below is worked out)
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


def _bare_clock_parts(grammar: Grammar, table: Mapping[str, Any]) -> "tuple[re.Pattern[str], frozenset[str]]":
    """The pattern of a bare clock range (:func:`_bare_clock_range_pattern` of ``table``, lexicon [bare_clock_ranges]) and the
    words of change of [vetoes] amount_change, worked out once per grammar (not rebuilt and hashed for every text)."""
    try:
        return grammar._memo["bare_clock_parts"]  # type: ignore[return-value]
    except KeyError:
        parts = grammar._memo["bare_clock_parts"] = (_bare_clock_range_pattern(tuple(table["leads"]), tuple(table["links"]), tuple(table["after"])),
                                                     frozenset(grammar.lexicon["vetoes"].get("amount_change", ())))
        return parts


def _with_bare_clock_ranges(grammar: Grammar, text: str, low: str, mentions: list[Mention]) -> list[Mention]:
    """ "every morning from 6 to 9", "on Saturday from 10 to 4": two bare hours of a range right after a recurrence or a
    day (or its part) are clock times, each an expression (lexicon [bare_clock_ranges]); the half of the day stays open as
    for "at 2:30". Not before a noun ("from 6 to 9 percent", "from 6 to 9 pupils": only before a stop or an ``after`` word),
    nor after a word of change in the sentence ("Shares rose on Friday from 6 to 9": [vetoes] amount_change)."""
    table = grammar.lexicon.tables.get("bare_clock_ranges")
    if not table or not any(isinstance(m.meaning, (SetSpec, CalendarSpec)) for m in mentions):
        return mentions  # (a text with no time to follow: nothing below is worked out; tests/test_tagspeed47.py)
    rx, changes = _bare_clock_parts(grammar, table)
    starts = [m.start for m in mentions]
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


_SHORT_YEAR_END = re.compile(r"(?:-| - |/| / )(\d\d)(?![\d%]|-\d|/\d)")  # " - " as tokenised text writes the hyphen; "2025-13-01" no range; "2025/26"


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
    if not any(isinstance(m.meaning, CalendarSpec) and m.meaning.day is not None for m in mentions):
        return mentions  # (no date with a day: the patterns below are not even looked up; tests/test_tagspeed47.py)
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
        if low[m.start : m.start + 1].isalpha() and not (spec.named_weekday is not None and _WEEKDAY_DAY_FIRST.match(low, m.start, m.end)):
            # "April 6": the pair follows ("Sunday 13 December": the day before the month, as "13 December")
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
                    weekday = _weekday_before_pair(mentions, k, low, start) if start < m.start else None
                    named = None
                    if weekday is not None:  # (s61) "from Friday 11 to Sunday 13 December": the weekday and its day, one date
                        dropped.add(weekday.start)
                        start, named = weekday.start, weekday.meaning.weekday  # type: ignore[union-attr]
                    extra.append(Mention(start, end, text[start:end], CalendarSpec(Grain.DAY, year=spec.year, month=spec.month, day=day,
                                                                                   partial_year=spec.partial_year, named_weekday=named), "paired_day"))
            added.add(start)
    if not extra:
        return mentions
    kept = [dated.get(m.start, m) for m in mentions if m.start not in dropped]
    return sorted(kept + extra, key=lambda x: x.start)


_WEEKDAY_DAY_FIRST = re.compile(r"[a-z]+\.?,?[ \t]{1,2}\d")  # "Sunday 13 December", "Sun. 13 Dec.": a weekday, then the day
_WEEKDAY_GAP = re.compile(r",?[ \t]{1,2}")


def _weekday_before_pair(mentions: list[Mention], k: int, low: str, start: int) -> Optional[Mention]:
    """The bare weekday written right before the first day of a pair ("[Friday] 11 to Sunday 13 December"), if the mention
    before it (``mentions[k - 1]``) is one: no day, month, shift or relative word of its own."""
    if k == 0:
        return None
    w = mentions[k - 1]
    spec = w.meaning
    if (not isinstance(spec, CalendarSpec) or spec.weekday is None or spec.day is not None or spec.month is not None
            or spec.shift is not None or spec.relative_word or spec.hour is not None or spec.part_of_day):
        return None
    return w if _WEEKDAY_GAP.fullmatch(low, w.end, start) else None


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
