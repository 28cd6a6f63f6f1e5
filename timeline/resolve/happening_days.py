"""(s59 vals) The value of a unit a happening names, from the day the text gives the happening.

Rule ``unit_of_happening`` tags the unit alone of "the day before the crash", "the night of the fire", "the week after the
vote" (as TimeBank does) and values it with every digit unknown. When the text dates the happening, the unit is that
many units from the happening's day ("of": the same, "after"/"following": one on, "before": one back; lexicon
[happening_units] ``shifts``):

- a date written right before it, apposed ("Oct. 12, the day before the plunge"): that date is the unit itself;
- a date right after the happening's noun, with no comma ("the day before the crash on Saturday"): the happening's;
- else the happening told before (in an earlier sentence, or earlier in its own): the noun itself, a word of its
  ``same_kind`` group (anchoring.toml) or a past verb of it (tense.toml [signals] ``deed_noun_verbs``, or a past form
  sharing its first letters: "voted" for "the vote") with a date in its sentence ("a fire that destroyed a shed on
  26 February ... the night of the fire"; "was killed on Oct. 23 ... the day after his death").

With none of these the unit stays unknown. News only (rule ``unit_of_happening`` tags nothing in histories).
"""

from __future__ import annotations

import bisect
import functools
import datetime as dt
import re
from typing import TYPE_CHECKING, Optional, Sequence

import attrs

from ..lexicon import load_data
from ..model import AnchorKind, Grain, Timex, TimexAnchor
from ..recognize.meaning import Mention
from .calendar import BeyondCalendar, Period, part_of_day, shifted
from .tense_cues import tense_words
from .tense_reports import past_form

if TYPE_CHECKING:
    from .anchors import Context

__all__ = ["happening_unit_days"]

RULE = "unit_of_happening"
_DATED = re.compile(r"\d{4}(?:-\d\d)?(?:-\d\d|-W\d\d)?(?:T\S+)?")  # (a value with no unknown digit)
_WORD = re.compile(r"[A-Za-z]+")
_STEM = 4  # first letters a past verb shares with the happening's noun ("vote", "voted")
_LOOK_BACK = 6  # mentions of the happening tried, nearest first
_NOUN_WORDS = 4  # words after the determiner the noun may lie among ("the stock market plunge")
_UNIT_GRAINS = {"day": Grain.DAY, "week": Grain.WEEK, "month": Grain.MONTH, "year": Grain.YEAR, "decade": Grain.DECADE}


def happening_unit_days(ctx: "Context", mentions: Sequence[Mention], out: list[Timex]) -> list[Timex]:
    """``out`` with each unit a happening names (rule ``unit_of_happening``) valued from the happening's day where the
    text gives one (see the module); ``out`` itself when there is none."""
    if ctx.mode != "news":
        return out
    out = _decades_opened(mentions, out)
    units = [i for i, m in enumerate(mentions) if m.rule == RULE and not _DATED.fullmatch(out[i].value)]
    if not units:
        return out
    table = ctx.lexicon.tables.get("happening_units") or {}
    shifts = {str(k): int(v) for k, v in table.get("shifts", {}).items()}
    if not shifts:
        return out
    signal = re.compile(rf"\s+({'|'.join(sorted(shifts))})\s+([a-z]+)\s+((?:[A-Za-z-]+[ \t]+){{0,{_NOUN_WORDS - 1}}}[A-Za-z-]+)")
    index = _Index(ctx, out)
    moved = list(out)
    for i in units:
        m = signal.match(ctx.text, mentions[i].end)
        if m is None:
            continue
        shift = shifts[m.group(1)]
        nouns, noun_end = _noun(m, table.get("noun_ends", ()))
        if not nouns:
            continue
        own = index.apposed(i, mentions[i])
        if own is not None:  # "Oct. 12, the day before the plunge": that date is the unit
            at, shift = own, 0
        else:
            at = index.right_after(i, noun_end)
            for k in range(len(nouns), 0, -1):  # ("the stock market plunge": "plunge" first)
                if at is not None:
                    break
                at = index.told_before(mentions[i].start, nouns[k - 1])
        if at is None:
            continue
        period = _unit_period(ctx, mentions[i].text.split()[-1].lower(), out[at], shift)
        if period is not None:
            moved[i] = attrs.evolve(out[i], value=period.value, earliest=period.start, latest=period.end,
                                    anchor=TimexAnchor(AnchorKind.TIMEX, out[at].tid), temporal_function=True)
    return moved


_FOLLOWER_RULE = "narrative_follower"  # "the decade that followed" (recognize/story_passes._with_units_that_followed)


def _decades_opened(mentions: Sequence[Mention], out: list[Timex]) -> list[Timex]:
    """News: "the decade that followed" a time in the first year of a decade ("opened in 1980 and built forty trawlers
    in the decade that followed") is the decade that year opens (198), not the calendar decade after it (199): the ten
    years after 1980 are the 1980s. Other years keep the decade after theirs (after 1959: 196)."""
    moved = out
    for i, m in enumerate(mentions):
        t = out[i]
        if m.rule != _FOLLOWER_RULE or t.grain is not Grain.DECADE or t.anchor.kind is not AnchorKind.TIMEX:
            continue
        k = int(t.anchor.timex_id[1:]) - 1 if (t.anchor.timex_id or "")[1:].isdigit() else -1  # (tids are "t<position + 1>")
        base = out[k] if 0 <= k < i and out[k].tid == t.anchor.timex_id else None
        if base is None or base.earliest is None or base.grain > Grain.YEAR or base.earliest.year % 10 or t.earliest is None:
            continue
        period = shifted(base.earliest, Grain.DECADE, 0)
        if period.start < t.earliest:
            moved = list(moved) if moved is out else moved
            moved[i] = attrs.evolve(t, value=period.value, earliest=period.start, latest=period.end)
    return moved


def _noun(m: "re.Match[str]", ends: Sequence[str]) -> tuple[list[str], int]:
    """The words of the happening's noun phrase after the determiner (up to a word of ``noun_ends``: "the crash [on]
    Saturday") and where they end."""
    words: list[str] = []
    end = m.start(3)
    for w in re.finditer(r"[A-Za-z-]+", m.group(3)):
        if w.group().lower() in ends:
            break
        words.append(w.group().lower())
        end = m.start(3) + w.end()
    return words, end


@functools.lru_cache(maxsize=None)
def _kinds(language: str) -> dict[str, frozenset[str]]:
    """Each word of a ``same_kind`` group (anchoring.toml) -> the words of its groups."""
    out: dict[str, frozenset[str]] = {}
    for group in load_data(language, "anchoring.toml").get("same_kind", ()):
        for w in group:
            out[w] = out.get(w, frozenset()) | frozenset(group)
    return out


def _unit_period(ctx: "Context", unit: str, happening: Timex, shift: int) -> Optional[Period]:
    """The period of ``unit`` ``shift`` units from the happening's time (whose grain must be no coarser than the unit's)."""
    if happening.earliest is None or happening.latest is None:
        return None
    part = ctx.lexicon["parts_of_day"].get(unit)
    grain = Grain.DAY if part is not None else _UNIT_GRAINS.get(unit)
    if grain is None or happening.grain > grain or (grain is Grain.DAY and not _DATED.fullmatch(happening.value[:10])):
        return None
    try:
        if part is not None:  # "the night of the fire": that part of the happening's day, its hours the lexicon's
            day = happening.earliest.date() + dt.timedelta(days=shift)
            return part_of_day(day, part["code"], part["start"], part["end"])
        return shifted(happening.earliest, grain, shift)
    except (BeyondCalendar, ValueError, OverflowError):
        return None


class _Index:
    """The dated times of a text by sentence and its words by their first letters (built once, only when asked)."""

    def __init__(self, ctx: "Context", out: Sequence[Timex]) -> None:
        self.ctx, self.out = ctx, out
        self.dated = [j for j, t in enumerate(out) if t.rule != RULE and t.earliest is not None and t.latest is not None
                      and _DATED.fullmatch(t.value)]
        self.starts = [out[j].start for j in self.dated]
        self._words: Optional[dict[str, list[tuple[int, str]]]] = None

    def apposed(self, i: int, mention: Mention) -> Optional[int]:
        """The dated time written right before the unit, a comma or dash between, of the unit's grain."""
        k = bisect.bisect_left(self.starts, mention.start) - 1
        if k < 0:
            return None
        j = self.dated[k]
        t = self.out[j]
        return j if self.ctx.text[t.end:mention.start] in (", ", " — ", " - ") and t.grain is self.out[i].grain else None

    def right_after(self, i: int, noun_end: int) -> Optional[int]:
        """The dated time right after the happening's noun, one word of [happening_units] ``date_links`` between and no
        comma ("the day before the crash on Saturday")."""
        k = bisect.bisect_left(self.starts, self.out[i].end)
        if k >= len(self.dated):
            return None
        j = self.dated[k]
        gap = re.fullmatch(r"[ \t]+([A-Za-z]+)[ \t]+", self.ctx.text[noun_end:self.out[j].start])
        links = self.ctx.lexicon.tables.get("happening_units", {}).get("date_links", ())
        return j if gap is not None and gap.group(1).lower() in links else None

    def _word_index(self) -> dict[str, list[tuple[int, str]]]:
        if self._words is None:
            words: dict[str, list[tuple[int, str]]] = {}
            for w in _WORD.finditer(self.ctx.text):
                lower = w.group().lower()
                words.setdefault(lower[:_STEM], []).append((w.start(), lower))
            self._words = words
        return self._words

    def told_before(self, before: int, noun: str) -> Optional[int]:
        """The dated time of the sentence of the nearest mention of the happening before ``before`` whose sentence has
        one (see the module); in the unit's own sentence only a time before the unit."""
        kinds = _kinds(self.ctx.doc.language)
        words = {noun, noun + "s", *kinds.get(noun, ())}
        verbs = frozenset(load_data(self.ctx.doc.language, "tense.toml")["signals"].get("deed_noun_verbs", {}).get(noun, ()))
        cues = tense_words(self.ctx.doc.language)
        found: list[tuple[int, str]] = []
        index = self._word_index()
        for key in {w[:_STEM] for w in words | verbs}:
            found.extend((p, w) for p, w in index.get(key, ()) if p < before and (
                w in words or w in verbs or (w.startswith(noun[:_STEM]) and len(noun) >= _STEM and w != noun and past_form(w, cues))))
        doc = self.ctx.doc
        own = doc.sentence_index(before)
        for p, _ in sorted(found, reverse=True)[:_LOOK_BACK]:
            s = doc.sentence_index(p)
            if s < 0:
                continue
            sentence = doc.sentences[s]
            end = min(sentence.end, before) if s == own else sentence.end
            lo, hi = bisect.bisect_left(self.starts, sentence.start), bisect.bisect_left(self.starts, end)
            inside = [j for j in self.dated[lo:hi] if self.out[j].end <= end]
            if inside:
                after = [j for j in inside if self.out[j].start >= p]
                return after[0] if after else inside[-1]
        return None
