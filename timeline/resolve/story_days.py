"""The day a bare weekday or date of a news story hangs on: the story's day or the lede's, looking back or ahead, and
the morning after a night."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Optional

from ..model import REFERENCE_ANCHOR, AnchorKind, Grain, TimexAnchor
from ..recognize.meaning import CalendarSpec, Mention
from .calendar import Period
from .picking import absolute_phrase as _absolute_phrase
from .tense import clause_tense
from .tense_reports import until_signal

if TYPE_CHECKING:
    from .anchors import Context
    from .story import Story

__all__ = ["past_day_anchor", "morning_after", "future_day_anchor"]

NOON = 12  # hours: a part of day that starts before it is a morning part; one that starts at or after it is later in the day
NIGHT_FROM = 19  # hours: a part of the story's day that starts at or after it is its night ...
EVENING_PART = 17  # ... after which a part that starts before this hour (morning, midday, afternoon) is the next day's


def morning_after(ctx: "Context", spec: CalendarSpec, mention: Mention, story: Story) -> bool:
    """Whether a bare morning part ("in the early hours", "in the morning") told after the story's
    evening or night (or clock time) is the next morning ("On the night of 3 August ... in the early hours": 4 August;
    news: "Snow fell overnight and into the morning": the morning after the night); after a night, an
    afternoon too ("Heavy rain fell overnight. By the afternoon, ..."); "that morning", "the same
    morning" stay on the story's date."""
    day = story.day
    late = story.day_from is not None and day is not None and day.grain is Grain.DAY  # news: "late on Friday ... by dawn"
    if spec.part_of_day is None or day is None or (day.grain not in (Grain.PART_OF_DAY, Grain.HOUR, Grain.MINUTE) and not late) or story.day_passed:
        return False  # (a clock time counts as its part: "at 9 p.m. on Saturday ... By morning": Sunday's; so does an hour counted
        # from one: "... Contact ended an hour later. Rescuers reached the boat at dawn": Sunday's)
    parts = ctx.lexicon["parts_of_day"]
    part = parts.get(spec.part_of_day)
    hour = story.day_from.hour if late and story.day_from is not None else day.start.hour
    if part is None or hour < NOON:
        return False
    if float(part["start"]) >= NOON and not (hour >= NIGHT_FROM and float(part["start"]) < EVENING_PART):
        return False
    tense = clause_tense(ctx.doc, mention.start, mention.end)[0]
    if not late and hour < EVENING_PART and tense in ("present", "future"):
        return False  # (s53) a timetable's parts, in any order: "Kick-off is at 3 p.m. on Sunday. Gates open at noon" is Sunday's
        # noon (a past clause moves on: "The strike began at 3 p.m. on Monday. By noon, ..." is Tuesday's; so does a
        # future one after an evening: "Polls close at 10 p.m. Results are expected in the morning")
    if not late and day.grain is Grain.PART_OF_DAY and hour < EVENING_PART and part.get("within_morning"):
        return False  # (s62) hours inside a morning told after an afternoon look back to its date: "Temperatures reached 31C
        # in the early afternoon on Sunday. Beaches were busy by mid-morning" is Sunday's (a clock time or "by morning" moves on)
    if tense == "past" and ctx.mode == "news" and ctx.reference is not None and day.start.date() >= ctx.reference.date():
        return False  # (s62) a past clause tells no morning after publication: "Fire crews were called in the early
        # afternoon" said that day, "By mid-morning the roof had collapsed" is not the next day's
    shifts = ctx.lexicon["relative"]["shift"]
    return not any(shifts.get(w) == 0 for w in mention.text.lower().split())


STALE_SENTENCES = 3  # sentences after which a day told before publication no longer dates a bare clock time or part of day


LEDE_REACH = dt.timedelta(days=2)  # a first told day this close before publication is the day the report is about (not a
# period's end further back: "in the five weeks to January 3" in a report published on 6 January)


def past_day_anchor(ctx: "Context", mention: Mention, day: Optional[dt.datetime], anchor: TimexAnchor,
                    story: Optional[Story] = None) -> tuple[Optional[dt.datetime], TimexAnchor]:
    """News: a clock time or part of day told in the past tense does not take the story's day
    when that day is still to come ("Lawmakers voted on Monday to hold an election on Jan. 17. The
    motion passed at 11:40 p.m."): it counts from the last day told that is not after publication
    (Monday), else from the publication day; when that day was told STALE_SENTENCES or more sentences before, from the lede's
    day, the first told, if at most LEDE_REACH before publication ("stores opened early on New Year's Day" four sentences before "Shares rose 7 per cent by midday" in
    a trading update of Thursday 8 January that opened "said on Thursday": that Thursday's midday)."""
    if (day is not None and anchor.kind is AnchorKind.TIMEX and ctx.mode == "news" and ctx.reference is not None
            and day.date() > ctx.reference.date() and clause_tense(ctx.doc, mention.start, mention.end)[0] == "past"
            and not _absolute_phrase(ctx, mention) and not until_signal(ctx.doc, mention.start)):
        # (not the new time a deferring verb set: "Ashby visit Kelby on Sunday, when the kick-off has been moved to 1.30
        # p.m.": Sunday's, the story's day ahead)
        told = next(((p, tid) for p, tid in reversed(story.told_days if story is not None else []) if p.start.date() <= ctx.reference.date()), None)
        if told is not None and story is not None and story.sentence - story.sentence_of.get(told[1], story.sentence) >= STALE_SENTENCES:
            # a day the story has long left: what the report tells now happened on the lede's day ("won in Berlin on Sunday
            # ... On Wednesday I fly home ... runners had finished by 4:30 p.m.": Sunday's), or on its own
            lede = story.told_days[0]
            told = lede if dt.timedelta(0) <= ctx.reference.date() - lede[0].start.date() <= LEDE_REACH else None
        part = _told_part_before(ctx, story, told)
        if part is not None:
            # "cut power on Monday night, and some will not be reconnected until Thursday. A tree fell ... shortly before
            # 9 p.m.": a part of day or clock time told after the last such day, not after publication, is the story's day
            return dt.datetime.combine(part[0].start.date(), dt.time()), TimexAnchor(AnchorKind.TIMEX, part[1])
        if told is not None:  # the latest first: no pass over every day told for each clock time
            return told[0].start, TimexAnchor(AnchorKind.TIMEX, told[1])
        return ctx.reference, REFERENCE_ANCHOR
    if (day is not None and anchor.kind is AnchorKind.TIMEX and ctx.mode == "news" and ctx.reference is not None and story is not None
            and story.told_days and anchor.timex_id is not None and story.told_days[0][1] != anchor.timex_id
            and story.told_days[0][0].start.date() <= ctx.reference.date() and _left_behind(story, anchor.timex_id)
            and clause_tense(ctx.doc, mention.start, mention.end)[0] == "past"):
        # "Asian stocks fell on Thursday ... The Fed's decision on Wednesday ... [the fourth quarter, February, December, early
        # January] ... the Hang Seng slipped in afternoon trade": a day the story has long left for other times is not the one
        # meant; the lede's day (the first told) is
        return story.told_days[0][0].start, TimexAnchor(AnchorKind.TIMEX, story.told_days[0][1])
    return day, anchor


_AHEAD_REACH = 6  # days told, counted back from the last, among which a step on in a future clause looks for one not yet gone


def future_day_anchor(ctx: "Context", mention: Mention, day: Optional[dt.datetime], anchor: TimexAnchor,
                      story: Story) -> tuple[Optional[dt.datetime], TimexAnchor]:
    """News: a step on told in a future or present clause ("Moss limped off in last Saturday's win. ... Rovers host Leeds
    the following Tuesday", said on Thursday 12 Nov 2026; "Last year's opening night, on July 4, was cut short. The second
    concert, on the following Saturday, is sold out") does not count from a day gone by publication, which no future can
    follow from: it counts from the last day told that is not before publication (the coming Saturday: the 17th), else
    from the publication day; the mirror of :func:`past_day_anchor`."""
    if (day is None or anchor.kind is not AnchorKind.TIMEX or ctx.mode != "news" or ctx.reference is None
            or day.date() >= ctx.reference.date() or clause_tense(ctx.doc, mention.start, mention.end)[0] not in ("future", "present")):
        return day, anchor
    today = ctx.reference.date()
    for p, tid in story.told_days[: -_AHEAD_REACH - 1 : -1]:
        if p.start.date() >= today:
            return p.start, TimexAnchor(AnchorKind.TIMEX, tid)
    return ctx.reference, REFERENCE_ANCHOR


_TOLD_PARTS = (Grain.PART_OF_DAY, Grain.HOUR, Grain.MINUTE)


def _told_part_before(ctx: "Context", story: Optional[Story], told: Optional[tuple[Period, str]]) -> Optional[tuple[Period, str]]:
    """The last part of day or clock time the story told that lies on a day not after publication and was told after
    ``told`` (the last such whole day), in its sentence or later; None when there is none."""
    if story is None or ctx.reference is None:
        return None
    after = story.end_of.get(told[1], -1) if told is not None else -1
    best: Optional[tuple[Period, str]] = None
    for grain in _TOLD_PARTS:
        rec = story.by_grain.get(grain)
        if rec is None or rec[0].start.date() > ctx.reference.date() or story.end_of.get(rec[1], -1) <= after:
            continue
        if best is None or story.end_of.get(rec[1], -1) > story.end_of.get(best[1], -1):
            best = rec
    return best


def _left_behind(story: Story, tid: str) -> bool:
    """Whether the day recorded as ``tid`` was told STALE_SENTENCES or more sentences back and the story has moved to
    another time in a later sentence since (not a day whose story goes on without dates, or with look-backs only: "On
    Saturday police raided a house. ... weapons hidden since 2019 ... In the evening, ..." keeps Saturday's evening)."""
    told = story.sentence_of.get(tid)
    focus = story.focus_tid
    return (told is not None and story.sentence - told >= STALE_SENTENCES and focus is not None and focus != tid
            and story.sentence_of.get(focus, -1) > told)
