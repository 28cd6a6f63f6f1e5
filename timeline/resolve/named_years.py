"""The year a bare month, season or holiday belongs to: the year told before it, in its clause, or by the story."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, Iterator, Optional


from ..model import REFERENCE_ANCHOR, AnchorKind, Grain, TimexAnchor
from ..recognize.meaning import Anchoring, CalendarSpec, Direction, Mention
from . import calendar as cal
from .calendar import Period
from .picking import direction
from .story import Story
from .tense import clause_tense
from .tense_cues import tense_words
from .tense_reports import in_past_perfect
from .tense_signals import after_past_signal, perfect_in_clause
from .named_frame import _clause_between, _rescheduled_from, _word_before

if TYPE_CHECKING:
    from .anchors import Context


def reported_year(ctx: "Context", spec: CalendarSpec, mention: Mention, story: Story) -> Optional[tuple[int, TimexAnchor]]:
    """ "For the full year", "the first half of the year" in a news report of a quarter over by publication:
    that quarter's year, when it is not the publication year (January results of the last fourth quarter);
    None otherwise, or in a plan ("expects sales to rise for the full year")."""
    if not spec.reported_year or ctx.reference is None or ctx.mode != "news":
        return None
    quarter = story.ended.get(Grain.QUARTER)
    if quarter is None or quarter[0].start.year == ctx.reference.year:
        return None
    way, _ = direction(ctx, spec, mention, Direction.PAST)
    if way is Direction.FUTURE:
        return None
    return quarter[0].start.year, TimexAnchor(AnchorKind.TIMEX, quarter[1])


def _year_relative(ctx: "Context", after_year: int, start: int) -> bool:
    """Whether the year written up to ``after_year`` is followed by a comma and a word of ``year_relatives`` ("in 2014,
    when ...") opening the clause that runs to ``start`` with no other mark: a clause about that year."""
    words = ctx.lexicon.tables.get("story_months", {}).get("year_relatives", ())
    m = re.match(r"\s*,\s*([A-Za-z]+)\b", ctx.text[after_year:start])
    return (m is not None and m.group(1).lower() in words
            and not any(c in ctx.text[after_year + m.end() : start] for c in ",;:("))


def _year_of_when_clause(ctx: "Context", mention: Mention, story: Story) -> Optional[tuple[int, TimexAnchor]]:
    """Narrative: the year told last in the sentence, written out, when a comma and a word of ``year_relatives`` after it
    open the clause the bare date stands in ("It failed in the panic of 1825, when its agents stopped payment on 12
    December": 1825's, though the year, naming an event, left the story in 1803), else None."""
    last = story.last
    if last is None or last[0] != story.sentence or last[1].grain is not Grain.YEAR or not last[1].value[:4].isdigit():
        return None
    year = int(last[1].value[:4])
    end = story.end_of.get(last[2], -1)
    if end < 0 or end > mention.start or ctx.text[end - 4 : end] != f"{year:04d}" or not _year_relative(ctx, end, mention.start):
        return None
    return year, TimexAnchor(AnchorKind.TIMEX, last[2])


def _year_phrase(ctx: "Context", after_year: int, start: int) -> bool:
    """Whether the year written up to ``after_year`` is followed by a comma, one of ``year_phrase_openers`` and at most
    ``year_phrase_words`` lower-case words up to ``start``, with no mark or verb between: a phrase of the year's clause ("The
    town last flooded in 2020, after a wet spring": that year's spring)."""
    table = ctx.lexicon.tables.get("story_months", {})
    m = re.match(r"\s*,\s*([A-Za-z]+)\b", ctx.text[after_year:start])
    if m is None or m.group(1).lower() not in table.get("year_phrase_openers", ()):
        return False
    rest = ctx.text[after_year + m.end() : start]
    words = rest.split()
    cues = tense_words(ctx.doc.language)
    return (len(words) <= int(table.get("year_phrase_words", 0)) and all(w.isalpha() and w.islower() for w in words)
            and not any(w in cues.past or w in cues.present or w in cues.aux_past or w in cues.aux_future for w in words))


def _same_subject_goes_on(ctx: "Context", after_year: int, start: int) -> bool:
    """Whether the clause that runs to ``start`` after the year's is only commas and then "and"/"but" with a verb and no
    subject of its own (``predicate_joiners``): "arrested in March 2025, three months after he left office, and was
    charged in June" goes on the arrest's story, so its bare month keeps that year."""
    table = ctx.lexicon.tables.get("story_months", {})
    joiners, auxiliaries = table.get("predicate_joiners", ()), table.get("predicate_auxiliaries", ())
    between = ctx.text[after_year:start]
    if not joiners or any(c in between for c in ";:("):
        return False
    words = re.findall(r"[A-Za-z']+", between[between.rfind(",") + 1 :])
    if len(words) < 2 or words[0].lower() not in joiners:
        return False
    k = 1
    while k < len(words) and words[k].lower() in auxiliaries:
        k += 1
    if k >= len(words) or not words[k].islower():
        return False
    return k > 1 or words[k].endswith("ed")


def year_told_before(ctx: "Context", spec: CalendarSpec, mention: Mention, story: Story) -> Optional[tuple[int, TimexAnchor]]:
    """News: the year of a past year or month named just before in the same sentence, for a month, day, holiday or
    season with no year of its own in a clause that does not look ahead ("In 2011, sales fell in March"; "arrested in
    June 2010 and charged in July"), else None: the year must be written out, and in the same clause (no comma between)
    unless it opens the sentence.  After a season over by publication, a month takes the year that puts it nearest the
    season ("Last winter, the vaccine was offered from September")."""
    last = story.last
    season = last is not None and last[1].grain is Grain.SEASON and spec.month is not None and spec.season is None
    # a season after a season of a year written before it: that year's ("began in 2011 in the spring and moved to the autumn")
    seasons = last is not None and last[1].grain is Grain.SEASON and spec.season is not None and last[1].value[:4].isdigit()
    # (s63) a quarter or half after a quarter or half of a year written before it: that year's ("made a loss in the first
    # quarter of 2025 but returned to profit in the second quarter", "rose in the first half of 2025 and fell in H2")
    parts = (last is not None and last[1].grain in (Grain.QUARTER, Grain.HALF) and (spec.quarter is not None or spec.half is not None)
             and last[1].value[:4].isdigit())
    # (s64) such a half or quarter holds across a comma or into the next sentence: "rose in H1 2025, and H2 was better";
    # "Profits fell in the first half of 2025. The second half was better"
    # (quarters not: TBAQ's "third-quarter net" after "in the third quarter of 1984" in the sentence before is the report's)
    halves = parts and spec.half is not None and last is not None and last[1].grain is Grain.HALF
    parts_on = halves and last[0] == story.sentence - 1
    if (halves and ctx.reference is not None and last[1].start >= ctx.reference and (last[0] == story.sentence or parts_on)
            and (_place_in_year(spec, last[1].grain) or 0) > (last[1].start.month - 1) // {Grain.QUARTER: 3, Grain.HALF: 6}[last[1].grain] + 1):
        # (s64) a later half after one of a year still ahead: that year's ("expects growth in H1 2027, and a
        # stronger H2": 2027-H2, said in December 2026)
        return last[1].start.year, TimexAnchor(AnchorKind.TIMEX, last[2])
    if (last is None or (last[0] != story.sentence and not parts_on) or (last[1].grain not in (Grain.YEAR, Grain.MONTH) and not season and not seasons and not parts)
            or ctx.reference is None or last[1].end > (ctx.reference if season else dt.datetime(ctx.reference.year, 1, 1))):
        return None
    year = _year_near(last[1], spec.month) if season else int(last[1].value[:4]) if seasons else last[1].start.year
    s, _ = ctx.doc.sentence_at(mention.start)
    at = ctx.text.rfind(str(year), s, mention.start)
    opener = _fronted_year_end(ctx, story, year, s) if at < 0 and last[1].grain is Grain.MONTH else None
    if opener is not None:
        at = opener  # (s64) "Last year, a surge in December closed wards over Christmas": the month had the opening year's
    elif at < 0:
        told_end = story.end_of.get(last[2], mention.start)
        if ctx.text[told_end : told_end + 2] in ("'s", "\u2019s") and _POSSESSED_ASIDE.fullmatch(ctx.text, told_end + 2, mention.start):
            # "last year's race, on April 20, raised 4 million": the day set off after the possessed noun is that year's
            return year, TimexAnchor(AnchorKind.TIMEX, last[2])
        if _year_of_possessed_fixture(ctx, told_end, mention):
            # "Last year's festival was cut short by storms in late June": the month the event the year owns was in
            return year, TimexAnchor(AnchorKind.TIMEX, last[2])
        if len(ctx.text[s:told_end].split()) > _FRONTED or ctx.text[told_end : told_end + 2] in ("'s", "\u2019s"):
            # the year was not written out ("sales fell from last year in March"); "Last year's champion" names a person
            return None
        at = told_end  # "Last year the company cancelled sailings on New Year's Eve": it opens the sentence, it holds for it
    elif after_past_signal(ctx.text, at, ctx.doc.language):
        return None  # "had worked there since 2019 and returned in December": a span from that year to now, not its year
    if len(ctx.text[s:at].split()) > _FRONTED and perfect_in_clause(ctx.doc, mention.start) and not perfect_in_clause(ctx.doc, at):
        # "Prices rose from 2020 to 2023 but have barely moved since October": a present perfect of another clause runs up to
        # now, its month is the one nearest now, not the year the simple past told (a year opening the sentence holds for it)
        return None
    fronted = _FRONTED + (_SEASON_WORDS if season or seasons else 0)  # "In the summer of 1989 it moved, and that July ..."
    if (len(ctx.text[s:at].split()) > fronted and not halves and any(c in ctx.text[at:mention.start] for c in ",;:(")
            and not _year_relative(ctx, at + len(str(year)), mention.start) and not _same_subject_goes_on(ctx, at, mention.start)
            and not _year_phrase(ctx, at + len(str(year)), mention.start)):
        return None  # "a program approved in 1987 that ..., had bought shares through Sept. 29": another clause's year
    way, strong = direction(ctx, spec, mention, Direction.CLOSEST)
    if way is Direction.FUTURE and (strong or clause_tense(ctx.doc, mention.start, mention.end)[0] != "past"):
        return None  # (a past clause whose only look ahead is a deferral keeps the year: "began in 2011 ... and moved to the autumn")
    if _next_step_month(ctx, spec, last[1], at, mention):
        year += 1  # (s55) "opened in May 2019 and closed in February": the step after May 2019, February 2020
    return year, TimexAnchor(AnchorKind.TIMEX, last[2])


def _fronted_year_end(ctx: "Context", story: Story, year: int, s: int) -> Optional[int]:
    """(s64) Where a year phrase without digits that opens the sentence ends ("Last year, ...", "This year ..."), when it
    is the year ``year`` a month told after it took, else None: the whole sentence is in that year."""
    told = story.by_grain.get(Grain.YEAR)
    if told is None or told[0].start.year != year or story.sentence_of.get(told[1]) != story.sentence:
        return None
    end = story.end_of.get(told[1])
    if end is None or end < s or len(ctx.text[s:end].split()) > _FRONTED or ctx.text[end : end + 2] in ("'s", "\u2019s"):
        return None
    return end


_STEP_AND = re.compile(r"\band\b", re.IGNORECASE)
_STEP_BACK = re.compile(r"\b(?:had|having|earlier|before|since|previously|from)\b|[;:(]", re.IGNORECASE)
# (s56) a range's word counts only next to the year or the month it joins ("from June 2025 to May", "stayed until May"),
# not inside the second step's phrase ("joined in June 2025 and led it to promotion in May": the May after)
_STEP_RANGE = re.compile(r"\A\W*(?:until|till|through|to)\b|\b(?:until|till|through|to)\W+(?:in\W+)?\Z", re.IGNORECASE)


def _next_step_month(ctx: "Context", spec: CalendarSpec, told: Period, at: int, mention: Mention) -> bool:
    """(s55) Whether a bare month told after "and" as the next step of a month written with its year, earlier in the
    calendar than that month ("opened in May 2019 and closed in February", "arrived in July 2024 and won the cup in April"),
    lies in the year after: the step follows the month told; not with a look back, a range or a perfect between ("had",
    "earlier", "from ... to", "since"), nor after a season or a year."""
    if spec.day is not None or _place_in_year(spec, told.grain) is None or told.grain not in (Grain.MONTH, Grain.QUARTER, Grain.HALF):
        return False
    if _place_in_year(spec, told.grain) >= (told.start.month - 1) // {Grain.MONTH: 1, Grain.QUARTER: 3, Grain.HALF: 6}[told.grain] + 1:
        return False  # (s63) a quarter (half) after a quarter (half) the same: "a loss in the fourth quarter of 2024 and a profit in the first"
    between = ctx.text[at:mention.start]
    return _STEP_AND.search(between) is not None and _STEP_BACK.search(between) is None and _STEP_RANGE.search(between) is None


def _place_in_year(spec: CalendarSpec, grain: Grain) -> "int | None":
    """The month, quarter or half a bare spec names, when it is of the grain ``grain`` (None otherwise)."""
    return {Grain.MONTH: spec.month if spec.quarter is None and spec.half is None else None,
            Grain.QUARTER: spec.quarter, Grain.HALF: spec.half}.get(grain)


_POSSESSED_NOUN = re.compile(r"\s{1,2}([a-z]+)(?:[\s-]{1,2}([a-z]+))?\b")  # "last year's [festival]", "'s [cup final]"


def _year_of_possessed_fixture(ctx: "Context", told_end: int, mention: Mention) -> bool:
    """Whether a year word written with "'s" right before a scheduled event's noun (``fixtures`` in tense.toml: "Last year's
    festival", "last year's cup final") is the subject of the past clause the month or day ``mention`` lies in: the event
    the year owns was then, so the date is in that year (not "Last year's champion won in June": a person, who may win
    again this year; nor a clause ahead)."""
    if ctx.text[told_end : told_end + 2] not in ("'s", "\u2019s"):
        return False
    m = _POSSESSED_NOUN.match(ctx.text, told_end + 2, mention.start)
    cues = tense_words(ctx.doc.language)
    if m is None or not ({m.group(1), m.group(2)} & cues.fixtures) or any(c in ctx.text[m.end() : mention.start] for c in ",;:("):
        return False
    return not _clause_between(ctx, m.end(), mention.start) and clause_tense(ctx.doc, mention.start, mention.end)[0] == "past"


def _year_of_story_chain(ctx: "Context", spec: CalendarSpec, mention: Mention, story: Story) -> Optional[tuple[int, TimexAnchor]]:
    """News: the year of the date told last, in this sentence or the one before, for a month (or month day) with no year
    of its own in a past clause that carries that story on ("was caught on March 3 last year ... suspended the following
    week and arrested in May" said in October: May of last year), when that date is a week or finer, lies wholly in a
    year before publication, and the month does not come before it in that year; else None (after a bare year or month,
    "listed in 2015. Sales fell in May", "the August 1988 cease-fire ... the invasion on Aug. 2", the month keeps its own
    reading)."""
    last = story.last
    if (spec.month is not None and last is not None and last[0] in (story.sentence, story.sentence - 1) and last[1].grain is Grain.SEASON
            and ctx.reference is not None and last[1].end <= dt.datetime(ctx.reference.year, 1, 1)):
        # "Dunn was arrested in the summer of 2003. Police questioned him for two days in August": the season's year, when
        # the month lies in the season or in the month after it ("fined in January" after "that summer" of 2024 keeps its
        # own reading: months on, the story may have moved anywhere)
        y = _year_near(last[1], spec.month)
        month = cal.month(y, spec.month)
        if month.end <= last[1].start or month.start > last[1].end + _SEASON_SPILL:
            return None
        if sum(1 for n in story.sentence_of.values() if n == last[0]) > 1:
            return None  # "Last year's winner took the prize for a novel set in the winter of 1963. Entries closed on December
            # 15": a season told beside another time of its sentence may be a detail, not where the story is
        way, _ = direction(ctx, spec, mention, Direction.CLOSEST)
        return (y, TimexAnchor(AnchorKind.TIMEX, last[2])) if way is Direction.PAST else None
    if (spec.month is None or last is None or last[0] not in (story.sentence, story.sentence - 1) or last[1].grain >= Grain.MONTH
            or ctx.reference is None or last[1].end > dt.datetime(ctx.reference.year, 1, 1) or spec.month < last[1].start.month
            or last[1].end.year != last[1].start.year and last[1].end != dt.datetime(last[1].end.year, 1, 1)):
        return None
    way, _ = direction(ctx, spec, mention, Direction.CLOSEST)
    if way is not Direction.PAST:
        return None
    return last[1].start.year, TimexAnchor(AnchorKind.TIMEX, last[2])


def _month_after_told_month(ctx: "Context", spec: CalendarSpec, mention: Mention, story: Story) -> Optional[tuple[int, TimexAnchor]]:
    """News: a bare month (no day, no year) in a past clause right after a month written with its year, in this sentence or
    the one before, in a year before publication's, and later in that year than it ("noticed a gap in the accounts in
    November 2024 and reported it. Hale was suspended in December": December 2024, the story's next step, not the
    December before publication), is of that year; else None (an earlier month, "in March 2019 ... in January", keeps
    its own reading, as does a month after a bare year or a day, see :func:`_year_of_story_chain`, or after the end of a
    range, "built between March 2024 and June 2025 ... learned of the problem in July")."""
    last = story.last
    if (spec.month is None or spec.day is not None or spec.season is not None or spec.shift is not None or last is None
            or last[0] not in (story.sentence, story.sentence - 1) or last[1].grain is not Grain.MONTH or ctx.reference is None
            or not re.fullmatch(r"\d{4}-\d\d", last[1].value) or last[1].end > dt.datetime(ctx.reference.year, 1, 1)
            or spec.month <= last[1].start.month):
        return None
    pairs = ctx.lexicon["date_pairs"]
    before = ctx.text[max(0, story.start_of.get(last[2], 0) - 40) : story.start_of.get(last[2], 0)].split()
    if before and (before[-1].lower() in pairs["connectors"] or before[-1].lower() in pairs.get("range_openers", ())):
        return None  # "models built between March 2024 and June 2025. Norland first learned of the problem in July": a range
        # describes a thing, the story is not at its end
    last_start = story.start_of.get(last[2], 0)
    if after_past_signal(ctx.text, last_start, ctx.doc.language) and perfect_in_clause(ctx.doc, last_start):
        return None  # (s53) "Ashby have been unbeaten since March 2026. They drew 1-1 in October" said in November 2027: a
        # span open up to now ("since" in a present perfect) leaves the story at publication, not in its first month
    way, _ = direction(ctx, spec, mention, Direction.CLOSEST)
    if way is not Direction.PAST:
        return None
    return last[1].start.year, TimexAnchor(AnchorKind.TIMEX, last[2])


def _month_of_that_year(ctx: "Context", spec: CalendarSpec, mention: Mention, story: Story) -> Optional[tuple[int, TimexAnchor]]:
    """News: a bare month after "that" (``story_months.same_year``) in a clause not looking ahead, when the date told last,
    in this sentence or the one before, is a year, season or month written with its year and begun before the year of
    publication ("was arrested in 2023 ... He resigned as mayor that December": 2023-12; "stranded skiers in the winter of
    2024. The lift stopped that December": 2024-12), is of the year written; else None ("that December" with no year told
    just before, or after a time of the publication year, keeps its own reading)."""
    last = story.last
    if (spec.month is None or spec.day is not None or spec.season is not None or spec.shift is not None or last is None
            or ctx.reference is None or last[0] not in (story.sentence, story.sentence - 1)
            or last[1].grain not in (Grain.YEAR, Grain.SEASON, Grain.MONTH) or not re.match(r"\d{4}", last[1].value)
            or last[1].start >= dt.datetime(ctx.reference.year, 1, 1)
            or _word_before(ctx.text, mention.start) not in ctx.lexicon["story_months"]["same_year"]):
        return None
    year = int(last[1].value[:4])
    if str(year) not in ctx.text[story.start_of.get(last[2], 0) : story.end_of.get(last[2], 0)]:
        return None  # ("last year ... that December": the year is not written, the month keeps its own reading)
    way, strong = direction(ctx, spec, mention, Direction.CLOSEST)
    if way is Direction.FUTURE and strong:
        return None
    return year, TimexAnchor(AnchorKind.TIMEX, last[2])


def _month_looked_back(ctx: "Context", spec: CalendarSpec, mention: Mention, story: Story) -> Optional[tuple[int, TimexAnchor]]:
    """News: a bare month in a clause in the past perfect, when the date told last (within the two sentences before) lies
    in a year before publication's and is a month or finer, told in a sentence before: the last such month that begins
    before that date ("The paintings were taken in
    October last year ... The museum had closed for the refit in March": the March before that October; "The lift stopped
    that December ... The company had replaced the cable in October": that year's October), not the one nearest
    publication, which a look back from a past time cannot reach; else None (not from a year told in the month's own
    sentence: "The crane, delivered in 1988, had passed a check in May" is this May)."""
    last = story.last
    if (spec.month is None or spec.day is not None or spec.season is not None or spec.shift is not None or last is None
            or ctx.reference is None or not story.sentence - 2 <= last[0] < story.sentence
            or last[1].end > dt.datetime(ctx.reference.year, 1, 1) or last[1].grain > Grain.MONTH
            or not in_past_perfect(ctx.doc, mention.start, mention.end) or _rescheduled_from(ctx, mention)):
        return None  # ("Sentencing had been put back from April": the date first set, not a time the story looks back to)
    start_of_year = dt.datetime(ctx.reference.year, 1, 1)
    if any(story.bounds_of.get(tid, (start_of_year, start_of_year))[1] > start_of_year for tid in _told_in(story, last[0])):
        return None  # ("is expected to close by the end of December, once shareholders have voted at a meeting on Dec. 14": a
        # sentence that also tells a time of the publication year or later is no past the story is in)
    y = last[1].start.year
    year = y if cal.month(y, spec.month).start < last[1].start else y - 1
    return year, TimexAnchor(AnchorKind.TIMEX, last[2])


def _told_in(story: Story, sentence: int) -> Iterator[str]:
    """The ids of the dates recorded in ``sentence``, read back from the last recorded (dates are recorded in text order),
    so a look at a recent sentence costs what it holds, not the whole document."""
    for tid in reversed(story.sentence_of):
        k = story.sentence_of[tid]
        if k < sentence:
            return
        if k == sentence:
            yield tid


_SEASON_SPILL = dt.timedelta(days=31)  # how far after a season told a month may begin and still carry on its story


def _year_near(period: Period, month: int) -> int:
    """The year whose ``month`` lies nearest ``period`` (a season told over: "Last winter, the vaccine was offered from
    September" said in October 2026 is September 2025, three months before the winter of 2026, not the one after it)."""

    def gap(y: int) -> dt.timedelta:
        m = cal.month(y, month)
        return max(period.start - m.end, m.start - period.end, dt.timedelta(0))

    y0 = period.start.year
    return min((y0 - 1, y0, y0 + 1), key=lambda y: (gap(y), -y))


# "'s [race, on] April 20"; (s64) a range set off so ("Last year's festival, from June 25 to June 28, drew ...")
_POSSESSED_ASIDE = re.compile(r"\s{1,2}[a-z]+(?:[\s-]{1,2}[a-z]+)?\s{0,2},\s{1,2}(?:on\s{1,2}|in\s{1,2}|from\s{1,2}|between\s{1,2})?")
_FRONTED = 3  # words before a year that opens its sentence ("In 1915, ...", "By early February 1943, ..."): it holds for all of it
_SEASON_WORDS = 3  # ... and more before the year of a season that opens it ("In [the summer of] 1989, ...")


_POSSESSIVE_AFTER = re.compile(r"\s?['’]s(?![A-Za-z])")
_AFTER_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*|\d[\d,.]*|[^\w\s]")


def year_told_after(ctx: "Context", spec: CalendarSpec, mention: Mention, story: Story) -> Optional[tuple[int, TimexAnchor]]:
    """(s63) News: the year named right after a holiday or month day with no year of its own, in its clause ("A Christmas
    Day swim raised 20,000 euro for charity last year", "The parade on St Patrick's Day drew 500,000 people last year" said
    in March: last year's day, not the one ahead; "... in 2031" that year's), else None.  Only the next time of the
    sentence, a year told out or counted from now ("last year", "two years ago"), with nothing but words of the clause
    between (no mark, no clause boundary, at most ``[years_told_after] reach`` words), and not after a word of
    ``not_after`` ("up 4% on last year", "more than last year": a comparison's year, not the day's)."""
    table = ctx.lexicon.tables.get("years_told_after")
    mentions = ctx.memo.get("doc_mentions")
    if not table or not mentions or ctx.reference is None or (spec.holiday is None and (spec.month is None or spec.day is None)):
        return None
    k = next((j for j, m in enumerate(mentions) if m.start >= mention.end), None)  # type: ignore[arg-type]
    if k is None:
        return None
    later = mentions[k]  # type: ignore[index]
    told = later.meaning
    if not isinstance(told, CalendarSpec) or told.grain is not Grain.YEAR or told.mod is not None or told.holiday is not None:
        return None
    if told.shift is None and told.year is not None and told.month is None and not told.bc:
        year = told.year
    elif (told.shift is not None and told.year is None and told.shift.grain is Grain.YEAR and told.shift.anchoring is Anchoring.REFERENCE
          and told.shift.amount is not None):
        year = ctx.reference.year + int(told.shift.amount)
    else:
        return None
    if ctx.doc.sentence_at(later.start)[0] != ctx.doc.sentence_at(mention.start)[0]:
        return None
    if _POSSESSIVE_AFTER.match(ctx.text, later.end):  # (s64) "to beat last year's record": the year of the record, not the day's
        return None
    words = _AFTER_WORD.findall(ctx.text, mention.end, later.start)
    cues = tense_words(ctx.doc.language)
    if (len(words) > int(table.get("reach", 12)) or any(not (w[:1].isalnum()) or w.lower() in cues.boundaries for w in words)
            or (words and words[-1].lower() in table.get("not_after", ()))
            or any(w.lower() in table.get("stops", ()) for w in words)):  # (s63 merge) "on Oct. 2 after a fire in 2019"
        return None
    return year, REFERENCE_ANCHOR
