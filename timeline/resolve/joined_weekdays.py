"""(s60 vals) Weekdays joined before one plural part of day in a one-off clause: two parts of two days, not a set.

Rule ``set_plural_weekday`` reads "on Monday and Tuesday nights" as two sets (XXXX-WXX-1TNI, XXXX-WXX-2TNI), as "The
ferry sails on Monday and Tuesday nights from June" means. The plural there is also the plural of two nights, one of
each day: "Crews will resurface the road on Monday and Tuesday nights" and "The pool was shut on Monday and Tuesday
nights last week" tell of two nights of one week. So weekdays joined by "and"/"or"/commas before one plural part of
day are that part of each day (the calendar meaning "Tuesday night" has; the mentions keep their rule) when

- the clause is in the past, or in the future with a word of the future before the weekdays in the sentence ("will",
  "would", "plans": tense.toml ``future``; not a present read ahead, "The pool opens on Wednesday and Thursday
  afternoons", which is also what it does every week),
- no word of the lexicon's [joined_weekday_parts] ``habitual`` stands in the sentence ("every", "usually", "from",
  "until", "used": a recurrence or a run of weeks), and
- no other time of the sentence is a month or longer, a length or a set ("in March", "for six weeks", "weekly": the
  days recur through it).

A lone plural ("on Tuesday nights") stays a set: nothing says its plural is one of two days.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING, Sequence

import attrs

from ..model import Grain
from ..recognize.meaning import CalendarSpec, DurationSpec, Mention, SetSpec, VagueSpec
from .tense import tense_evidence
from .tense_cues import tense_words

if TYPE_CHECKING:
    from .anchors import Context

__all__ = ["one_off_weekday_parts"]

RULE = "set_plural_weekday"
_JOIN = re.compile(r"(?:\s*,)?\s*(?:and|or)?\s*", re.I)  # what lies between two joined weekdays
_WORD = re.compile(r"[A-Za-z]+")


def one_off_weekday_parts(ctx: "Context", mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each group of weekdays joined before one plural part of day in a one-off clause made that part
    of each day (see the module); ``mentions`` itself when there is none."""
    if ctx.mode != "news" or not any(m.rule == RULE for m in mentions):
        return mentions
    habitual = frozenset(ctx.lexicon.tables.get("joined_weekday_parts", {}).get("habitual", ()))
    parts = ctx.lexicon["parts_of_day"]
    starts = [m.start for m in mentions]
    out = mentions
    i = 0
    while i < len(mentions):
        group = _group(ctx.text, mentions, i)
        if not group:
            i += 1
            continue
        while group[0] > 0 and _lone_weekday(mentions[group[0] - 1]) and _JOIN.fullmatch(ctx.text, mentions[group[0] - 1].end, mentions[group[0]].start):
            group.insert(0, group[0] - 1)  # "on Monday, Tuesday and Wednesday nights": "Monday" was read as a day alone
        last = mentions[group[-1]]
        word = last.text.split()[-1].lower()
        part = word[:-1] if word.endswith("s") else word
        if part in parts and _one_off(ctx, mentions, starts, group, habitual):
            out = list(out) if out is mentions else out
            for k in group:
                spec = mentions[k].meaning
                assert isinstance(spec, (SetSpec, CalendarSpec))
                out[k] = attrs.evolve(mentions[k], meaning=CalendarSpec(grain=Grain.PART_OF_DAY, weekday=spec.weekday, part_of_day=part))
        i = group[-1] + 1
    return out


def _group(text: str, mentions: Sequence[Mention], i: int) -> list[int]:
    """The positions of the weekdays joined from mention ``i`` up to the one with the plural part ("Monday", "Tuesday
    nights"); empty when ``i`` opens no such group."""
    group = [i]
    k = i
    while True:
        m = mentions[k]
        if not isinstance(m.meaning, SetSpec) or m.rule != RULE or m.meaning.part_of_day is None or m.meaning.weekday is None:
            return []
        if " " in m.text.strip():  # the weekday with its plural part: the group's last
            return group if len(group) > 1 else []
        if k + 1 >= len(mentions) or _JOIN.fullmatch(text, m.end, mentions[k + 1].start) is None:
            return []
        k += 1
        group.append(k)


def _lone_weekday(m: Mention) -> bool:
    """A weekday alone read as one day ("Monday" of "on Monday, Tuesday and Wednesday nights")."""
    spec = m.meaning
    return (m.rule == "weekday" and isinstance(spec, CalendarSpec) and spec.weekday is not None and spec.grain is Grain.DAY
            and spec.shift is None and spec.part_of_day is None and spec.relative_word is None)


def _one_off(ctx: "Context", mentions: Sequence[Mention], starts: list[int], group: list[int], habitual: frozenset[str]) -> bool:
    """Whether the clause of the joined weekdays ``group`` tells of one week's days (see the module)."""
    first = mentions[group[0]]
    tense, level = tense_evidence(ctx.doc, first.start, first.end)
    if tense not in ("past", "future") or level > 1:
        return False
    start, end = ctx.doc.sentence_at(first.start)
    if tense == "future" and tense_words(ctx.doc.language).future.isdisjoint(w.lower() for w in _WORD.findall(ctx.text, start, first.start)):
        return False  # a present read ahead ("The pool opens on Wednesday and Thursday afternoons"): also what it does each week
    if not habitual.isdisjoint(w.lower() for w in _WORD.findall(ctx.text, start, end)):
        return False
    for k in range(bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)):  # (the sentence's mentions only)
        if group[0] <= k <= group[-1]:
            continue
        m = mentions[k]
        spec = m.meaning
        if isinstance(spec, (DurationSpec, SetSpec, VagueSpec)) or (isinstance(spec, CalendarSpec) and spec.grain >= Grain.MONTH):
            return False
    return True
