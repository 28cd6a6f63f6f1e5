"""What every named-time resolver shares: the frame it resolves in (reference time, story, tense), the story's anchor
and year, and the part of day a date carries."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, Callable, Optional

import attrs

from ..lexicon import load_data
from ..model import TimexAnchor
from ..recognize.meaning import CalendarSpec, Mention
from . import calendar as cal
from .calendar import Period
from .story import Story, opens_range, story_pick
from .tense_cues import tense_words
from .tense_reports import completed_by, ends_span, in_past_perfect
from .tense_signals import after_past_signal

if TYPE_CHECKING:
    from .anchors import Context

__all__ = ["after_midnight"]

_DAY = dt.timedelta(days=1)


@attrs.frozen
class _Frame:
    """What every named family needs: the instant it is seen from and the years it may take."""

    base: dt.datetime
    anchor: TimexAnchor
    year: Optional[int]  # given by the words ("last June": the publication year - 1)
    story_years: tuple[int, ...]  # narrative mode: the story's year and its neighbours
    story_anchor: Optional[TimexAnchor]

    @property
    def today(self) -> dt.date:
        return self.base.date()
NEAR_WEEKS = 13  # days between the Monday of now's week and the start of a last, this or next week (or weekend)


def _story_anchor(f: _Frame) -> TimexAnchor:
    assert f.story_anchor is not None
    return f.story_anchor


def _word_before(text: str, at: int) -> str:
    """The lower-case word right before ``at`` ("" at the start): what a month's determiner says."""
    m = re.search(r"([A-Za-z]+)\s+$", text[max(0, at - 30):at])
    return m.group(1).lower() if m else ""


def _told_before(ctx: "Context", mention: Mention) -> bool:
    """Whether ``mention`` lies before the story's time: in a past perfect clause, or (narrative) after "since" ("surrendered
    on 2 March 1867; its men had lived on horse meat since Christmas"); not (narrative) the date a plan was set for, which a
    past perfect does not put back ("The attack had been set for 19 June" told in May is that June)."""
    if ctx.mode == "narrative" and _set_for(ctx, mention):
        return False
    return in_past_perfect(ctx.doc, mention.start, mention.end) or (ctx.mode == "narrative" and after_past_signal(ctx.text, mention.start))


SET_FOR_REACH = 4  # words between a setting verb and "for" ("had fixed the sale for 2 July")
_CLAUSE_WORDS = re.compile(r"[^,;:.!?()]*$")


def _set_for(ctx: "Context", mention: Mention) -> bool:
    """Whether ``mention`` follows "for" with a verb that sets a date at most ``SET_FOR_REACH`` words before it in its clause
    (lexicon ``[relative] length_from_settings``: "had been set for", "was fixed for", "had scheduled the vote for")."""
    clause = _CLAUSE_WORDS.search(ctx.text, max(0, mention.start - 80), mention.start)
    words = clause.group().lower().split() if clause is not None else []
    settings = ctx.lexicon["relative"].get("length_from_settings", ())
    if len(words) >= 2 and words[-1] == "for" and any(w in settings for w in words[-2 - SET_FOR_REACH : -1]):
        return True
    # "had planned to march on Moscow in [the spring]": an infinitive of a plan, the date at its end
    plans, leads = ctx.lexicon["relative"].get("plan_infinitives", ()), ctx.lexicon["relative"].get("plan_leads", ())
    return (len(words) >= 3 and words[-1] in leads
            and any(w in plans and words[j + 1] == "to" for j, w in enumerate(words[:-2]) if j >= len(words) - 2 - PLAN_REACH))


PLAN_REACH = 6  # words between a plan's verb and the word before its date ("had planned to march on Moscow in")


def _in_story_year(ctx: "Context", story: Story, f: _Frame, period_in: Callable[[int], Period],
                   mention: Optional[Mention] = None) -> Optional[tuple[Period, TimexAnchor]]:
    """The period in the one of the story's years that ``story_pick`` chooses, else None
    (before the story's time in a past perfect clause of ``mention``)."""
    if not f.story_years:
        return None
    before = mention is not None and _told_before(ctx, mention)
    # (narrative: where a span told from a date earlier in its sentence ends lies after that date too, "by the end of March
    # they had taken every fortress except Orvel, which held out until October": October of that year, not the one before)
    ahead = mention is not None and (completed_by(ctx.doc, mention.start) or (ctx.mode == "narrative" and ends_span(ctx.doc, mention.start)))
    opening = mention is not None and ctx.mode == "narrative" and opens_range(ctx, mention)
    picked = story_pick(ctx.mode, [period_in(y) for y in f.story_years], story, before, ahead, opening)
    return None if picked is None else (picked, _story_anchor(f))


def _clause_between(ctx: "Context", start: int, end: int) -> bool:
    """Whether a clause boundary stands in the text between ``start`` and ``end``: a word that opens a clause
    ("that", "but", "while": the lexicon's clause boundaries), a semicolon, or a comma and a coordinator (", and")."""
    words = tense_words(ctx.doc.language)
    tokens = _CLAUSE_TOKEN.findall(ctx.text, start, end)
    for k, token in enumerate(tokens):
        lower = token.lower()
        if lower == ";" or (lower.isalpha() and lower in words.boundaries):
            return True
        if lower == "," and k + 1 < len(tokens) and tokens[k + 1].lower() in words.list_words:
            return True
    return False


_CLAUSE_TOKEN = re.compile(r"[^\W\d_]+|[,;]")


def _rescheduled_from(ctx: "Context", mention: Mention) -> bool:
    """Whether one of tense.toml ``rescheduled_from`` ("moved from", "brought forward from") stands right before
    ``mention`` in its sentence: the day a fixture was first set for (not before a possessive: "The fans moved from
    Saturday's rally to the square" is a move of people)."""
    if ctx.text[mention.end : mention.end + 2] in ("'s", "\u2019s"):
        return False
    phrases = load_data(ctx.doc.language, "tense.toml")["signals"].get("rescheduled_from", ())
    s, _ = ctx.doc.sentence_at(mention.start)
    words = [w.lower() for w in _WORD_RUN.findall(ctx.text, max(s, mention.start - 40), mention.start)[-4:]]
    return any(words[-len(p.split()) :] == p.split() for p in phrases)


_WORD_RUN = re.compile(r"[A-Za-z'\u2019]+")


def after_midnight(ctx: "Context", spec: CalendarSpec) -> bool:
    """Whether ``spec`` is a midnight just after which a time lies ("shortly after midnight", a hedge of ``[clock_hedges]``
    with mod AFTER): with a day named, the midnight that begins that day."""
    entry = ctx.lexicon["parts_of_day"].get(spec.part_of_day) if spec.part_of_day else None
    hedge = ctx.lexicon["clock_hedges"].get(spec.hedge) if spec.hedge else None
    return entry is not None and hedge is not None and hedge.get("mod") == "AFTER" and entry.get("clock") == "24:00"


def with_part(ctx: "Context", period: Period, spec: CalendarSpec) -> Period:
    """``period``'s day narrowed to the part of day the spec names ("Tuesday morning")."""
    if not spec.part_of_day:
        return period
    entry = ctx.lexicon["parts_of_day"][spec.part_of_day]
    day = period.start.date()
    if after_midnight(ctx, spec) and (spec.weekday is not None or spec.day is not None):
        day -= dt.timedelta(days=1)  # "shortly after midnight on Sunday": the midnight that begins Sunday, not the one ending it
    return cal.part_of_day(day, entry["code"], float(entry["start"]), float(entry["end"]), entry.get("clock"))
