"""(s60 vals) News: a day of a month with no year, told right after a month or day of a year long before publication, is of
that year (and a day or month after a bare year centuries back).

A news story may tell of a time centuries back ("Archaeologists have found musket balls from a siege that began in April
1590. The friars held out for six weeks, and the gate was forced on the morning of 30 May"): the day is the siege's May,
not the May before publication. A bare month already takes such a year (:func:`.named_years._month_after_told_month`);
a day of a month was left out there, as a day near publication is often the report's own ("founded in May 2024 ...
its shares fell on 3 June"). Here a day takes the year told just before only when that year lies at least
``far_years`` ([story_months] in lexicon.toml) before the year of publication, so that no day of the report's own year
can be meant by it; the clause must look back, and the time told before must be in this sentence or the one before. A day
before the told one is of its year too ("burned down in May 1952. It had been insured on 30 April": 1952-04-30; the
report's year is no reading at all). After a bare year ("The siege of Rathmore began in 1642. The gate was forced in
April"), a news story's background more often ("The firm was listed in 1990. Its shares fell on 3 June"), a day or a bare
month takes that year only when it lies ``far_years_bare`` or more before publication (centuries back), and not after
the year a thing was made ("The show was founded in 1884 ... decided in January to revive it": the report's January;
anchoring.toml ``creation_participles`` right before the year). (s62) After a year whose clause tells a course of
events begun then ("The thefts began in 2023. She opened a second account on 12 March"), any year before publication's:
the story goes on telling that course (``[story_months] course_onsets``).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, Optional

from ..lexicon import load_data
from ..model import AnchorKind, Grain, TimexAnchor
from ..recognize.meaning import CalendarSpec, Direction, Mention
from .picking import direction
from .story import Story

if TYPE_CHECKING:
    from .anchors import Context

__all__ = ["day_in_far_year"]

_DATED = re.compile(r"\d{4}-\d\d(?:-\d\d)?")  # a month or day written with its year
_YEAR = re.compile(r"\d{4}")  # a year written alone
_WORD = re.compile(r"[A-Za-z]+")
_MADE_REACH = 3  # words before a year among which a participle of making dates a thing's making ("was founded in 1884")


def day_in_far_year(ctx: "Context", spec: CalendarSpec, mention: Mention, story: Story) -> Optional[tuple[int, TimexAnchor]]:
    """The year of the month or day told last, and its anchor, for a day of a month with no year in a past clause right after
    it, when that year is ``far_years`` or more before publication (see the module); else None."""
    last = story.last
    if (spec.month is None or spec.year is not None or spec.shift is not None or spec.weekday is not None or spec.season is not None
            or last is None or ctx.reference is None or last[0] not in (story.sentence, story.sentence - 1)):
        return None
    if last[1].grain is Grain.YEAR and _YEAR.fullmatch(last[1].value):  # a bare year: a day or a month, centuries back
        if last[1].value not in ctx.text[story.start_of.get(last[2], 0) : story.end_of.get(last[2], 0)]:
            return None  # (s63 lead) a year counted back, not written ("abandoned more than 1,000 years ago. The dig started in April")
        if _made_in(ctx, story.start_of.get(last[2], 0)):
            return None  # "The show was founded in 1884 ... The committee decided in January": a thing's making, background
        far = int(ctx.lexicon["story_months"].get("far_years_bare", 0) or 0)
        if _begun_in(ctx, story.start_of.get(last[2], 0)):
            far = 1  # (s62) "The thefts began in 2023. She opened a second account on 12 March": the course begun then, 2023
    elif spec.day is not None and last[1].grain in (Grain.MONTH, Grain.DAY) and _DATED.fullmatch(last[1].value):
        far = int(ctx.lexicon["story_months"].get("far_years", 0) or 0)
    else:
        return None
    told = last[1].start
    if (spec.day is not None and last[1].grain is not Grain.YEAR and _looks_back(ctx, mention)
            and (spec.month, spec.day) < (told.month, told.day)):  # (s61) "had inspected it on 12 March" after "in May 2023":
        # before the told time, as a look back from it is (not "had condemned the invasion on Aug. 2" after "August 1988")
        far = min(far, int(ctx.lexicon["story_months"].get("far_years_perfect", 0) or 0)) or far
    if not far or ctx.reference.year - told.year < far:
        return None
    way, _ = direction(ctx, spec, mention, Direction.CLOSEST)
    if way is not Direction.PAST:
        return None
    try:
        dt.date(told.year, spec.month, spec.day or 1)
    except ValueError:  # 29 February in a year with none
        return None
    return told.year, TimexAnchor(AnchorKind.TIMEX, last[2])


def _looks_back(ctx: "Context", mention: Mention) -> bool:
    """Whether the day's clause is told in the past perfect: a word of ``perfect_auxiliaries`` ([story_months]) among the
    ``perfect_reach`` words before it in its sentence ("Engineers had inspected it on 12 March")."""
    table = ctx.lexicon["story_months"]
    auxiliaries = frozenset(table.get("perfect_auxiliaries", ()))
    reach = int(table.get("perfect_reach", 0) or 0)
    if not auxiliaries or not reach:
        return False
    start = ctx.doc.sentence_at(mention.start)[0]
    words = _WORD.findall(ctx.text, max(start, mention.start - 120), mention.start)[-reach:]
    return not auxiliaries.isdisjoint(w.lower() for w in words)


def _begun_in(ctx: "Context", start: int) -> bool:
    """(s62 vals) Whether a verb of beginning a course of events (``[story_months] course_onsets``: "began", "started")
    stands among the :data:`_MADE_REACH` words before the year that starts at ``start``: the story tells that course from
    that year on, so a day or month of the next sentence's past clause is of it ("The thefts began in 2023. She opened a
    second account on 12 March": 2023-03-12), any year before publication's."""
    onsets = frozenset(ctx.lexicon["story_months"].get("course_onsets", ()))
    words = _WORD.findall(ctx.text, max(0, start - 40), start)[-_MADE_REACH:]
    return not onsets.isdisjoint(w.lower() for w in words)


def _made_in(ctx: "Context", start: int) -> bool:
    """Whether a participle of making a thing (anchoring.toml ``creation_participles``: "founded", "built") stands among
    the :data:`_MADE_REACH` words before the year that starts at ``start``: the year a thing was made, a background
    fact of a news story, not the time it tells of."""
    made = frozenset(load_data(ctx.doc.language, "anchoring.toml").get("creation_participles", ()))
    words = _WORD.findall(ctx.text, max(0, start - 40), start)[-_MADE_REACH:]
    return not made.isdisjoint(w.lower() for w in words)
