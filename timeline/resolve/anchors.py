"""What a relative expression counts from: the publication date ("now") or the story's time.

News mode anchors deictic expressions ("yesterday", "last week") on the reference time and
anaphoric ones ("two days later", "the following morning") on the story's current time;
narrative mode anchors both on the story.
"""

from __future__ import annotations

import datetime as dt
from typing import Optional

import attrs

from ..lexicon import Lexicon
from ..model import NO_ANCHOR, REFERENCE_ANCHOR, AnchorKind, Grain, TimexAnchor
from ..recognize.meaning import Anchoring, DurationSpec
from ..text import Doc
from .calendar import Period
from .story import DAY_GRAINS, Story
from .tense import tense_evidence
from .tense_reports import in_past_perfect

__all__ = ["Context", "span_now"]

_DAY = dt.timedelta(days=1)
_WEEK = dt.timedelta(days=7)
_NARRATIVE = Anchoring.NARRATIVE  # (read for every expression anchored: a module name is read faster than an enum member)


@attrs.frozen
class Context:
    """One document's resolution settings: its text, publication date, mode and lexicon."""

    doc: Doc
    reference: Optional[dt.datetime]
    mode: str
    lexicon: Lexicon
    text: str = attrs.field(init=False, repr=False, eq=False)
    """The document's text (``doc.text``), kept as a field: read some ten thousand times per long text."""
    memo: dict[str, object] = attrs.field(init=False, factory=dict, repr=False, eq=False)
    """What a step works out once per document from the lexicon (read per mention), by the step's own key."""
    _now: Optional[tuple[dt.datetime, dt.datetime]] = attrs.field(init=False, repr=False, eq=False)
    """:meth:`now_span`, worked out once (read several times per expression)."""

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "text", self.doc.text)
        now = None
        if self.reference is not None:
            now = (self.reference, self.reference + _DAY) if self.reference.time() == dt.time(0) else (self.reference, self.reference)
        object.__setattr__(self, "_now", now)

    def anchor_for(self, anchoring: Anchoring, grain: Grain, story: Story) -> tuple[Optional[dt.datetime], TimexAnchor]:
        """The instant a relative expression counts from, and what that instant is."""
        if anchoring is _NARRATIVE or self.mode == "narrative":
            fine = grain in DAY_GRAINS
            # a coarse offset counts from the story's current time, not from a look-back ("a year ago")
            period = story.day if fine else (story.focus or story.any)
            tid = story.day_tid if fine else (story.focus_tid if story.focus is not None else story.any_tid)
            if (fine and anchoring is Anchoring.NARRATIVE and self.mode == "narrative" and (period is None or story.day_passed)
                    and story.current is not None and story.current.grain <= Grain.YEAR):
                # "the same day", "that evening" with no day told since the story moved to a month ("In June 1651 ... On
                # the same day"): that month, as after a move to a season or year ("On 9 October 1842 ... In 1853 ... The
                # next day": some day of 1853, not 10 October 1842); a weekday or "today" still counts from the day told
                # last; such a day does not move the story (see moves_story)
                period, tid = story.current, story.current_tid
            if (period is None and self.mode == "narrative" and grain > Grain.YEAR and story.current is None and story.any is None
                    and story.opening is not None):
                # "Coal was first dug there in the early part of the century, but the pit was sunk only in 1852": before any
                # date, the century (decade) of the text's first year, as a month told before it is of that year
                period, tid = story.opening
            local = None if fine else story.local()
            if local is not None:  # "two years ago ..., and a year later": the look-back of its own sentence
                period, tid = local
            if (not fine and (local is None or self.mode == "narrative") and story.flashback_local() is None and period is not None and period.grain > grain and story.current is not None
                  and story.current_tid is not None
                  and (not _same_year(period, story.current) or period.start <= story.current.start < period.end)):
                # "that month" after an aside of another year ("the first since the battle of 1689", "who had ruled
                # since 1830, fled in the same month"), or after the year the story's day is in ("on 12 October ...
                # Earlier that year ... Later in the month"): the story's month ("That autumn ... in the same month" stays)
                period, tid = story.current, story.current_tid
            if (self.mode != "narrative" and Grain.DAY < grain < Grain.YEAR and period is not None and period.grain > grain
                    and (story.by_grain.get(grain) is not None or story.sentence_of.get(story.day_tid or "", -1) >= story.sentence_of.get(tid or "", -1))):
                # news: "the week before", "the previous month" after a coarser period ("last spring", "the year") count
                # from the last period of their own grain the story named ("exports fell in November ... the previous
                # month"), else from its last day named in the coarser period's sentence or later ("a trial date of
                # Sept. 14 ... charged last spring ... the week before"; not "Pupils returned on Monday ... The school was
                # flooded in mid-January ... Lessons moved the following week": after mid-January)
                finer = story.by_grain.get(grain) or ((story.day, story.day_tid) if story.day is not None else None)
                if finer is not None and finer[1] is not None:
                    period, tid = finer
                    year_told = local or ((story.last[1], story.last[2]) if story.last is not None and story.last[0] == story.sentence else None)
                    if year_told is not None and year_told[0].grain is Grain.YEAR and year_told[0].start.year != finer[0].start.year:
                        # "Exports fell in September. Two years ago, they rose in the same month": the month told, in the
                        # year its own sentence looked back to (2024-09)
                        try:
                            return finer[0].start.replace(year=year_told[0].start.year), TimexAnchor(AnchorKind.TIMEX, year_told[1])
                        except ValueError:  # 29 February in a year without one
                            return finer[0].start.replace(year=year_told[0].start.year, day=28), TimexAnchor(AnchorKind.TIMEX, year_told[1])
            if period is not None and tid is not None:
                if grain >= Grain.YEAR and period.grain is Grain.SEASON and tid == story.winter_from:
                    # "left on 19 October 1812. The winter came early that year": a winter reached from the year of its
                    # December counts from that year, the story's ("the following year" is 1813)
                    return period.start, TimexAnchor(AnchorKind.TIMEX, tid)
                if grain >= Grain.YEAR and period.grain is Grain.SEASON:
                    # "the previous year" in a winter counts from the year of its January, as the winter is named
                    return period.start + (period.end - period.start) / 2, TimexAnchor(AnchorKind.TIMEX, tid)
                if period.grain is Grain.WEEK and period.end - period.start == _WEEK:
                    # "the first week of June 1651 ... Earlier that month": a week belongs to the month and year of its
                    # Thursday (ISO 8601), not of the Monday it starts on (29 May)
                    return period.start + 3 * _DAY, TimexAnchor(AnchorKind.TIMEX, tid)
                return period.start, TimexAnchor(AnchorKind.TIMEX, tid)
        if self.reference is None:
            return None, NO_ANCHOR
        return self.reference, REFERENCE_ANCHOR

    def anchor_window(self, anchoring: Anchoring, grain: Grain, story: Story) -> tuple[Optional[tuple[dt.datetime, dt.datetime]], TimexAnchor]:
        """The span the anchor instant can lie in: the story's current period, or "now"."""
        t, anchor = self.anchor_for(anchoring, grain, story)
        if anchor.kind is AnchorKind.TIMEX:
            period = story.day if grain in DAY_GRAINS and story.day is not None else (story.focus or story.any)
            if period is not story.day and story.day is not None and anchor.timex_id == story.day_tid and story.focus_tid != story.day_tid:
                # a week or month counted from the story's day (anchor_for: "closed on June 2 after an inspection in May ... a
                # week later" is 9 June), not the coarser focus told after it (May)
                period = story.day
            if period is story.day and anchor.timex_id == story.day_tid and story.day_window is not None:
                return story.day_window, anchor  # "about 10 p.m. ... two hours later": any minute the clock time may be
            if story.last is not None and anchor.timex_id == story.last[2] and anchor.timex_id not in (story.day_tid, story.focus_tid):
                period = story.last[1]  # the look-back of its own sentence anchor_for chose ("indicted in March of last year ... a week later")
            elif (self.mode == "narrative" and grain in DAY_GRAINS and story.current is not None and anchor.timex_id == story.current_tid
                    and anchor.timex_id != story.day_tid):
                period = story.current  # the month the story moved to since its day ("On 23 February ... In March ... Three days later")
            if period is not None:
                return (period.start, period.end), anchor
        if anchor.kind is AnchorKind.REFERENCE_TIME:
            return self.now_span(), anchor
        return None, anchor

    def now_span(self) -> Optional[tuple[dt.datetime, dt.datetime]]:
        """When "now" can be: the reference instant, or its whole day if only a date was given."""
        return self._now


def _same_year(a: Period, b: Period) -> bool:
    """Whether two periods share a calendar year."""
    return a.start.year <= (b.end - dt.timedelta(microseconds=1)).year and b.start.year <= (a.end - dt.timedelta(microseconds=1)).year


def span_now(ctx: Context, meaning: DurationSpec, story: Story, where: Optional[tuple[int, int]] = None) -> tuple[Optional[tuple[dt.datetime, dt.datetime]], TimexAnchor]:
    """The "now" a span such as "the past N years" runs to: the story's day in a narrative, else the reference time.

    "the previous three months" (or "the following two weeks") right after a period of its sentence
    coarser than a day ("rose in the July-September period, from the previous three months") runs
    back from that period's start (on from its end): the period is what it is counted from.  ``where``: the expression's
    offsets, for a deictic span in a past clause, which runs from the story's time (:func:`_told_past`)."""
    if meaning.anchoring is Anchoring.NARRATIVE and meaning.span in ("past", "next") and story.last is not None and story.last[0] == story.sentence:
        period = story.last[1]
        if Grain.WEEK <= period.grain <= Grain.YEAR:
            edge = period.start if meaning.span == "past" else period.end
            return (edge, edge), TimexAnchor(AnchorKind.TIMEX, story.last[2])
    if meaning.anchoring is Anchoring.NARRATIVE and story.day is not None and story.day_tid is not None:
        return (story.day.start, story.day.end), TimexAnchor(AnchorKind.TIMEX, story.day_tid)
    now = ctx.now_span()
    told = _told_past(ctx, meaning, story, now, where) if where is not None else None
    if told is not None:
        return told
    return now, (REFERENCE_ANCHOR if now is not None else NO_ANCHOR)


def _told_past(ctx: Context, meaning: DurationSpec, story: Story, now: Optional[tuple[dt.datetime, dt.datetime]],
               where: tuple[int, int]) -> Optional[tuple[tuple[dt.datetime, dt.datetime], TimexAnchor]]:
    """ "the next two decades" in a past clause ("joined the board in 1961 and spent the next two decades on dams"), "the
    past five years" in a past perfect one ("By 2019 sales had doubled over the past five years"): the story's time told
    before it, over by now, is what the span runs from (to); a past clause cannot tell the years after now, nor a past
    perfect the years up to now.  None when the clause is not so or the story is at no past time."""
    current, tid = story.current, story.current_tid
    if now is None or current is None or tid is None or current.end > now[0] or meaning.span not in ("past", "next"):
        return None
    if meaning.span == "next":
        tense, _ = tense_evidence(ctx.doc, where[0], where[1])
        if tense != "past":
            return None
    elif not in_past_perfect(ctx.doc, where[0], where[1]):
        return None
    return (current.start, current.end), TimexAnchor(AnchorKind.TIMEX, tid)
