"""Readings the main resolver weighs for offsets, ranges and hedges: the story's time of day, counted days, offsets from
a time, perfect spans, range starts, limits, last occurrences, late parts."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, Optional

import attrs

from ..lexicon import load_data
from ..model import AnchorKind, Grain, Timex, TimexAnchor, TimexType
from ..recognize.meaning import Anchoring, CalendarSpec, DurationSpec, Mention
from ..recognize.productions.relative import looks_back_in
from .anchors import Context
from .calendar import Period
from .durations import reach, duration_timex, hour_offset_timex, vague_event_offset
from .story import DAY_GRAINS, HOUR_GRAINS, Story
from .story_events import nth_day_counted
from .neighbours import past_limit_end
from .tense import clause_tense
from .tense_cues import tense_words
from .tense_reports import in_past_perfect, report_told, said_on, time_limit, past_form
from .tense_cues import _may_hold
from .shorthands import _DAY, _DURATION, _LAST_WORD_WINDOW, _LETTERS_OR_APOSTROPHE, _MINUTE, _MONTH, _OPENING_WORD, _PART_OF_DAY, _REFERENCE_KIND


def _story_time_of_day(state: Optional[tuple[tuple[object, ...], Optional[Period], Optional[str]]],
                       before: tuple[Optional[Period], Optional[str], bool, Optional[Period]]) -> Optional[Period]:
    """Narrative: the story's month or year before a numbered day of an event was resolved (``state``: the story's saved
    state, its time and that time's id), when the story moved to it after the last day it told (``before``) or told none:
    what "the second day" lies in; else None."""
    current = state[1] if state is not None else None
    if current is None or current.grain not in (Grain.MONTH, Grain.YEAR) or not (before[2] or before[0] is None):
        return None
    return current


def _counted_day(ctx: Context, mention: Mention, story: Story, before: tuple[Optional[Period], Optional[str], bool, Optional[Period]], t: Timex) -> Optional[Timex]:
    """Narrative: ``t`` as the numbered day of an event it names (see :func:`.story.nth_day_counted`; ``before``: the
    story's day before it), the story's day from then on; None when the story told no day to count from."""
    counted = nth_day_counted(ctx, mention, story, before)
    if counted is None:
        return None
    day, first = counted
    story.update(day, t.tid)
    story.counted = (t.tid, first)
    return attrs.evolve(t, type=TimexType.DATE, value=day.value, grain=Grain.DAY, earliest=day.start, latest=day.end, min_length=None,
                        max_length=None, anchor=TimexAnchor(AnchorKind.TIMEX, before[1]), temporal_function=True)


def _counted_part(ctx: Context, mention: Mention, story: Story, before: tuple[Optional[Period], Optional[str], bool, Optional[Period]], t: Timex) -> Optional[Timex]:
    """News: ``t``, a part of the story's day counted as a numbered one of an event ("left at 7 a.m. on November 26. On
    the second evening, a storm tore the sail": the 27th's evening, not the 26th's), as :func:`_counted_day` counts the
    day and the part's hours on it; the story's day is then the counted day.  None when no day is told to count from."""
    if t.grain is not Grain.PART_OF_DAY or t.earliest is None or t.latest is None or len(t.value) < 13 or t.value[10] != "T":
        return None
    counted = nth_day_counted(ctx, mention, story, before)
    if counted is None:
        return None
    day, first = counted
    delta = day.start - t.earliest.replace(hour=0, minute=0, second=0, microsecond=0)
    story.update(day, t.tid)
    story.counted = (t.tid, first)
    return attrs.evolve(t, value=day.value + t.value[10:], earliest=t.earliest + delta, latest=t.latest + delta,
                        anchor=TimexAnchor(AnchorKind.TIMEX, before[1]), temporal_function=True)


_CLAUSE_WORD = re.compile(r"[A-Za-z]+")


def signal_clause_day(ctx: Context, mention: Mention, t: Timex, story: Story, day: Optional[Period], day_tid: Optional[str]) -> bool:
    """News: whether ``t``, a day (or a part of one) just resolved, is told in a clause a signal of ``[signal_clause_days]
    signals`` opens after the story's day (``day``, ``day_tid``: the story's day before ``t``) told earlier in the same
    sentence, and ends by that day's start: "arrested a woman on Tuesday after a van hit a cyclist on Sunday evening"."""
    if day is None or day_tid is None or t.latest is None or t.grain not in DAY_GRAINS or t.latest > day.start:
        return False
    if story.sentence_of.get(day_tid) != story.sentence:
        return False
    signals = (ctx.lexicon.tables.get("signal_clause_days") or {}).get("signals", ())
    start = story.end_of.get(day_tid)
    if not signals or start is None or start > mention.start:
        return False
    return any(w.lower() in signals for w in _CLAUSE_WORD.findall(ctx.text, start, mention.start))


def next_day_offset(mention: Mention) -> bool:
    """Whether ``mention`` counts days on from the story's day ("the next day", "the following day", "a day later")."""
    m = mention.meaning
    if isinstance(m, CalendarSpec):
        return (m.grain is Grain.DAY and m.shift is not None and m.shift.grain is Grain.DAY and m.shift.anchoring is Anchoring.NARRATIVE
                and m.shift.amount > 0 and m.weekday is None and m.day is None)
    return isinstance(m, DurationSpec) and m.span == "later" and m.grain is Grain.DAY and m.anchoring is Anchoring.NARRATIVE


def _offset_timex(ctx: Context, meaning: DurationSpec, offset: DurationSpec, told: Optional[tuple[object, ...]], story: Story,
                  common: dict[str, Any], mention: Optional[Mention] = None) -> Timex:
    """A length, or (narrative) an offset from an event (see :func:`.story.event_offset`): counted from the story's time
    when the event was told (``told``), the story then going on from the date pointed to after it ("eight days after
    Fort Sumter"), not from one before it; hours and minutes on the story's day, else a length."""
    now = story.saved() if told is not None else None
    if told is not None:
        story.restore(told, recalled=True)
    offset = _open_hedge_closed(ctx, offset)
    t = hour_offset_timex(ctx, offset, story, common) if offset.grain in HOUR_GRAINS else None
    if t is None:
        t = duration_timex(ctx, offset if offset.grain not in HOUR_GRAINS else meaning, story, common, mention)
    if offset is not meaning:
        t = vague_event_offset(t, offset, story)  # "months after the founder's death": XXXX-XX
    if now is not None and not (offset.span == "later" and t.type is TimexType.DATE):
        story.restore(now)
    return t


def _open_hedge_closed(ctx: Context, offset: DurationSpec) -> DurationSpec:
    """Narrative mode: "the war was declared over a week later", "more than two years later": an offset with an open hedge
    is a time the story reaches, as TIMEX2 histories date it (1881-W32), read as "just over" (lexicon [hedge_softeners]
    hedges) so that it points to its written amount's period; not a length with no end (P1W)."""
    table = ctx.lexicon.tables.get("hedge_softeners")
    if ctx.mode != "narrative" or offset.span not in ("later", "earlier") or offset.amount is None or not table or offset.hedge not in table["hedges"]:
        return offset
    closed = table["hedges"][offset.hedge]
    return attrs.evolve(offset, hedge=closed) if ctx.lexicon["hedges"].get(offset.hedge, (1.0, 1.0))[1] < 0 else offset


def _said_day(ctx: Context, mention: Mention, story: Story) -> Optional[tuple[tuple[dt.datetime, dt.datetime], TimexAnchor]]:
    """The day a limit ahead was set, when its sentence reports it on a past day told before it ("The minister said on
    Monday that the bridge would reopen within a month", "On Friday, the union told members a deal would come within
    days"): that day's span and id, else None (a limit ahead counts from now)."""
    if (ctx.mode != "news" or ctx.reference is None or story.day is None or story.day_tid is None
            or story.sentence_of.get(story.day_tid) != story.sentence or story.day.end > ctx.reference
            or story.end_of.get(story.day_tid, mention.start + 1) > mention.start):
        return None
    s, _ = ctx.doc.sentence_at(mention.start)
    reporting = tense_words(ctx.doc.language).reporting
    if not any(w.lower() in reporting for w in re.findall(r"[A-Za-z]+", ctx.text[s:mention.start])):
        return None
    return (story.day.start, story.day.end), TimexAnchor(AnchorKind.TIMEX, story.day_tid)


def _perfect_span(ctx: Context, mention: Mention, meaning: DurationSpec, t: Timex, story: Story) -> Timex:
    """ "The ship has been stuck for almost two weeks": a length after "for" in a present perfect clause (``[perfect_spans]``)
    runs up to now, from now less its longest reading, as "the past two weeks" (a past or future clause leaves it without
    a position: "was stuck for two weeks")."""
    table, now = ctx.lexicon.tables.get("perfect_spans"), ctx.now_span()
    if (not table or now is None or ctx.mode != "news" or t.type is not _DURATION or meaning.span is not None
            or t.earliest is not None or t.latest is not None or meaning.grain is None):
        return t
    s, _ = ctx.doc.sentence_at(mention.start)
    last = _last_word_before(ctx.text, s, mention.start)
    if last is not None and last not in table["before"]:
        return t  # (most lengths: the last word before it, read in a short window, is no word of the table)
    words = [w.lower() for w in _LETTERS_OR_APOSTROPHE.findall(ctx.text[s:mention.start])]
    if not words or words[-1] not in table["before"]:
        return t
    auxiliary = next((w for w in reversed(words) if w in table["perfect"] or w in table["not_perfect"]), None)
    if auxiliary not in table["perfect"]:
        return t
    return attrs.evolve(t, earliest=reach(ctx.lexicon, meaning, now[0], -1, far=True), latest=now[1], anchor=TimexAnchor(AnchorKind.REFERENCE_TIME),
                        temporal_function=True)


def _last_word_before(text: str, s: int, start: int) -> Optional[str]:
    """The last word (letters and apostrophes, lower case) of ``text[s:start]``, read in the ``_LAST_WORD_WINDOW``
    characters before ``start``; None when that window cannot say (no word in it, or one its first character may cut).
    Equal to the last of the words of the whole span where not None (tests/test_resspeed42.py)."""
    low = max(s, start - _LAST_WORD_WINDOW)
    last = None
    for last in _LETTERS_OR_APOSTROPHE.finditer(text, low, start):
        pass
    return last.group().lower() if last is not None and (last.start() > low or low == s) else None


def _past_offset_from_nothing(ctx: Context, mention: Mention, meaning: DurationSpec, t: Timex) -> Timex:
    """ "Nearly two weeks later, the bridge reopened" with no date told before it: counted from the publication day for
    lack of a story time it would lie after publication, which its past clause rules out; what it counts from is unknown,
    so it is bounded only by now (open .. the end of the reference day).  News mode; the value is kept."""
    now = ctx.now_span()
    if (ctx.mode != "news" or now is None or meaning.span != "later" or meaning.anchoring is not Anchoring.NARRATIVE
            or t.anchor.kind is not AnchorKind.REFERENCE_TIME or t.latest is None or t.latest <= now[1]):
        return t
    tense, _ = clause_tense(ctx.doc, mention.start, mention.end)
    return attrs.evolve(t, earliest=None, latest=now[1]) if tense == "past" else t


def _past_offset_by_now(ctx: Context, mention: Mention, meaning: DurationSpec, t: Timex) -> Timex:
    """ "The minister quit on Nov. 4. Days later, the cabinet collapsed." said on 10 Nov: counted from the story's day the
    offset reaches past publication (6 to 14 Nov), which its past clause rules out: it ends with the reference day (6 to
    11 Nov).  News mode; the value is kept; an offset wholly after now (a story that contradicts its date) is left alone."""
    now = ctx.now_span()
    if (ctx.mode != "news" or now is None or meaning.span != "later" or t.anchor.kind is not AnchorKind.TIMEX
            or t.latest is None or t.latest <= now[1] or (t.earliest is not None and t.earliest >= now[1])):
        return t
    tense, _ = clause_tense(ctx.doc, mention.start, mention.end)
    return attrs.evolve(t, latest=now[1]) if tense == "past" else t


def _length_in_past_clause(ctx: Context, mention: Mention, meaning: DurationSpec) -> DurationSpec:
    """ "Hale moved 400,000 pounds in five months": "in N units" (an offset from now) in a past clause is how long something
    took, a length with no place on the time axis; not a time ahead of publication, which the past rules out, nor one the
    story moves to ("In August of that year" after it stays in the story's year).  News mode."""
    if ctx.mode != "news" or meaning.span != "later" or meaning.anchoring is not Anchoring.REFERENCE:
        return meaning
    if _after_amount(ctx, mention):
        return attrs.evolve(meaning, span=None)  # "will bring up to 50mm of rain in a few hours": how long the amount takes
    tense, _ = clause_tense(ctx.doc, mention.start, mention.end)
    return attrs.evolve(meaning, span=None) if tense == "past" else meaning


_AMOUNT_BEFORE_IN = re.compile(r"(\S+)\s+in\s+$")
_NUMBER_WITH_UNIT = re.compile(r"\d[\d.,]*[^\W\d_]+|\d[\d.,]*%")


def _after_amount(ctx: Context, mention: Mention) -> bool:
    """Whether "in" right before ``mention`` follows an amount (lexicon [vetoes] ``amount_before_in``, or a number with its
    unit: "50mm in six hours")."""
    m = _AMOUNT_BEFORE_IN.search(ctx.text, max(0, mention.start - 30), mention.start)
    if m is None:
        return False
    word = m.group(1).lower().strip(".,;:")
    return word in ctx.lexicon["vetoes"].get("amount_before_in", ()) or _NUMBER_WITH_UNIT.fullmatch(word) is not None


_RANGE_START_RULE = "range_start_duration"  # "[two] to [three weeks]": the first number of a range of lengths
_RANGE_GAP = re.compile(r"\s{0,3}(?:-|\u2013|to|or|and)\s{0,3}", re.IGNORECASE)


def _pivot(ctx: Context, t: Timex, out: list[Timex]) -> Optional[tuple[dt.datetime, dt.datetime]]:
    """What ``t`` was counted from: now, or an expression resolved before it; None when neither is known."""
    if t.anchor.kind is _REFERENCE_KIND:
        return ctx.now_span()
    j = int(t.anchor.timex_id[1:]) - 1 if t.anchor.kind is AnchorKind.TIMEX and t.anchor.timex_id and t.anchor.timex_id[1:].isdigit() else -1
    if 0 <= j < len(out) and out[j].earliest is not None and out[j].latest is not None:
        return out[j].earliest, out[j].latest
    return None


def _range_start(ctx: Context, mentions: list[Mention], i: int) -> Optional[DurationSpec]:
    """The shorter length of a range of lengths mention ``i`` ends ("two or three days", "24 to 48 hours"), else None."""
    if i == 0 or mentions[i - 1].rule != _RANGE_START_RULE:
        return None
    lower, upper = mentions[i - 1].meaning, mentions[i].meaning
    if (not isinstance(lower, DurationSpec) or not isinstance(upper, DurationSpec) or lower.grain is not upper.grain or lower.amount is None
            or upper.amount is None or lower.amount >= upper.amount or upper.hedge):
        return None
    return lower if _RANGE_GAP.fullmatch(ctx.text[mentions[i - 1].end:mentions[i].start]) else None


def _hedged_in(ctx: Context, mention: Mention, meaning: DurationSpec, t: Timex, lower: Optional[DurationSpec] = None) -> Timex:
    """ "The bridge will reopen in about two weeks", "in less than a month": a hedged length right after "in"
    (``[hedged_offsets]``) in a future clause points ahead from now as "in two weeks" does, to where the hedge's widths put
    it (now + 0.8 .. now + 1.2 x two weeks); after a first or a superlative in its clause ("at their highest in more than a
    decade") it is the span just gone, as "in N units" is; a past clause ("was built in about two weeks") keeps a bare length."""
    table, now = ctx.lexicon.tables.get("hedged_offsets"), ctx.now_span()
    if (not table or now is None or ctx.mode != "news" or t.type is not _DURATION or meaning.span is not None
            or not (meaning.hedge or lower) or t.earliest is not None or t.latest is not None):
        return t  # (``lower``: the shorter end of a range it closes, "in two or three days": from now + two days)
    words = ctx.text[max(0, mention.start - 30):mention.start].lower().split()
    softeners = ctx.lexicon.tables.get("hedge_softeners", {}).get("words", ())
    cut = next((n for n in (2, 1) if " ".join(words[-n:]) in softeners), 0)  # (a softener between: "in a little over a month")
    if len(words) <= cut or words[-1 - cut] not in table["before"] or not ctx.text[:mention.start].endswith((" ", "\t")):
        return t
    before_text = ctx.text[max(0, mention.start - 80):mention.start]
    words = re.findall(r"[a-z]+", re.split(r"[.;:!?,]", before_text)[-1].lower())
    if looks_back_in(words, ctx.lexicon["vetoes"]):
        # "at their highest in more than a decade": the span just gone, as "the first strike in 20 years"
        return attrs.evolve(t, earliest=reach(ctx.lexicon, meaning, now[0], -1, far=True), latest=now[1],
                            anchor=TimexAnchor(AnchorKind.REFERENCE_TIME), temporal_function=True)
    tense, _ = clause_tense(ctx.doc, mention.start, mention.end)
    if tense != "future":
        return t
    return attrs.evolve(t, earliest=reach(ctx.lexicon, lower or meaning, now[0], 1, far=False), latest=reach(ctx.lexicon, meaning, now[1], 1, far=True),
                        anchor=TimexAnchor(AnchorKind.REFERENCE_TIME), temporal_function=True)


def _within_limit(ctx: Context, mention: Mention, meaning: DurationSpec, t: Timex, story: Story) -> Timex:
    """ "A deal could come within days", "The city fell within two weeks": a length after "within" is a time limit, so it
    lies between its anchor and the anchor plus its longest reading: now, or in a past clause the story's time (no bounds
    without one, nor without a tense: a past limit counted from nothing told)."""
    if t.type is not _DURATION or meaning.span is not None or t.earliest is not None or t.max_length is None:
        return t
    if not time_limit(ctx.doc, mention.start, mention.end):
        told = _within_of_told(ctx, mention, story)
        if told is None:
            return t
        return attrs.evolve(t, earliest=told[0].start, latest=past_limit_end(ctx, mention, reach(ctx.lexicon, meaning, told[0].end, 1, far=True)),
                            anchor=TimexAnchor(AnchorKind.TIMEX, told[1]), temporal_function=True)
    tense, _ = clause_tense(ctx.doc, mention.start, mention.end)
    if tense is None:
        return t  # no tense told: not known to look ahead ("He died within weeks": "died" is no cue the tense reader knows)
    said = _said_day(ctx, mention, story) if tense != "past" else None
    if said is not None:  # "said on Tuesday that the army would withdraw within two weeks": from that Tuesday
        window, anchor = said
    else:
        window, anchor = ctx.anchor_window(Anchoring.NARRATIVE if tense == "past" else Anchoring.REFERENCE, meaning.grain, story)
    if window is None or (tense == "past" and anchor.kind is not AnchorKind.TIMEX):
        return t
    if tense == "past" and ctx.mode == "news" and ctx.reference is not None and window[0] >= ctx.now_span()[1]:
        return t  # "Tickets go on sale on Friday, and last year's event sold out within 40 hours": a past limit counts from no day ahead
    return attrs.evolve(t, earliest=window[0], latest=reach(ctx.lexicon, meaning, window[1], 1, far=True), anchor=anchor, temporal_function=True)


_TOLD_STEM = 4  # letters a noun after "within <length> of the" shares with a past verb of the day told before ("vote", "voted")
_TOLD_SENTENCES = 2  # sentences before its own within which that day was told
_WITHIN_OF = re.compile(r"\s+([a-z]+)\s+(?:([a-z]+)\s+)?([a-z]+)")  # "[of] [the] [vote]" after the length


def _within_of_told(ctx: Context, mention: Mention, story: Story) -> Optional[tuple[Period, str]]:
    """(s57) The story's day and its id when a length after "within" is counted from an event named after it (tense.toml
    ``within_counted``: "of", "after", "from"; a determiner may stand before the noun) and that event is the deed the day
    was told with: a past verb of the day's sentence (or of one of the two before) shares the noun's first
    :data:`_TOLD_STEM` letters ("Councillors voted on 4 May ... within a fortnight of the vote": 4 May to the end of the
    18th). None otherwise: "within minutes of the blast" with no blast told on a day keeps no bounds."""
    if story.day is None or story.day_tid is None or story.day.grain not in DAY_GRAINS:
        return None
    text = ctx.doc.text
    cues = tense_words(ctx.doc.language)
    if not _may_hold(text, max(0, mention.start - 20), mention.start, cues.within):
        return None  # (most lengths) no "within" before it
    before = re.findall(r"[A-Za-z]+", text[max(0, mention.start - 20):mention.start])
    m = _WITHIN_OF.match(text, mention.end, min(len(text), mention.end + 60))
    if not before or before[-1].lower() not in cues.within or m is None or m.group(1) not in cues.within_counted:
        return None
    noun = m.group(3) if m.group(2) is None or m.group(2) in cues.determiners else None  # "of [the] vote", not "of polling day"
    if noun is None or len(noun) < _TOLD_STEM:
        return None
    told = story.sentence_of.get(story.day_tid)
    if told is None or not story.sentence - _TOLD_SENTENCES <= told <= story.sentence:
        return None
    sentence = ctx.doc.sentences[told]
    stem = noun[:_TOLD_STEM]
    verbs = load_data(ctx.doc.language, "tense.toml")["signals"].get("deed_noun_verbs", {}).get(noun.lower(), ())  # (s58) "sold" .. "the sale"
    for w in re.findall(r"[a-z]+", text[sentence.start:min(sentence.end, mention.start)]):
        if w != noun and (w.startswith(stem) and past_form(w, cues) or w in verbs):
            return story.day, story.day_tid
    return None


_RECURRING_UNITS = {Grain.DAY: "XXXX-XX-XX", Grain.WEEK: "XXXX-WXX", Grain.MONTH: "XXXX-XX", Grain.YEAR: "XXXX"}  # narrative "every day" ...


def _perfect_part_before(ctx: Context, mention: Mention, period: Period, story: Story) -> bool:
    """News: whether a part of day in a past perfect clause ran into the story's day (or part of day) from before it ("a
    pipe had cracked overnight" after "on Tuesday morning"): what had happened by then, not where the story goes on (a part
    of an earlier day, "had entered the caves on Saturday morning" after Monday's rescue, opens a flashback instead)."""
    return (ctx.mode == "news" and period.grain is _PART_OF_DAY and story.day is not None
            and period.start < story.day.start < period.end and in_past_perfect(ctx.doc, mention.start, mention.end))


def _perfect_part_after_report(ctx: Context, spec: Any, mention: Mention, period: Period, story: Story, told: Optional[Mention]) -> bool:
    """News: whether a part of the story's day, its day not written ("the night"), in a past perfect clause begins after
    the part of day or clock time of a report its own sentence told right before it (``told``, the expression before:
    "said on Monday afternoon that crews had worked through the night"): what had been done by the telling lies before
    it, in that part of the day before.  Not after a time of an act ("had set off on Friday morning and planned to return
    that evening")."""
    last = story.last
    return (ctx.mode == "news" and period.grain is _PART_OF_DAY and bool(spec.part_of_day) and spec.shift is not None
            and told is not None and ctx.doc.sentence_at(told.start) == ctx.doc.sentence_at(mention.start)
            and said_on(ctx.doc, told.start) and report_told(ctx.doc, told.end)
            and spec.shift.grain is Grain.DAY and spec.shift.amount == 0 and last is not None and last[0] == story.sentence
            and (last[1].grain in HOUR_GRAINS or last[1].grain is _PART_OF_DAY) and last[1].end <= period.start and last[1].start.date() == period.start.date()
            and in_past_perfect(ctx.doc, mention.start, mention.end))


def _in_set_off_relative(ctx: Context, mention: Mention, period: Period) -> bool:
    """News: whether a day (or a time of day) lies inside a relative clause set off by commas in the middle of its sentence
    ("The shares, which fell on Tuesday ahead of the results, rose by midday"): a comma and a relative word before it with no
    other comma between, and a comma closing the clause after it, before the sentence ends."""
    if ctx.mode != "news" or period.grain not in DAY_GRAINS:
        return False
    s, e = ctx.doc.sentence_at(mention.start)
    comma = ctx.text.rfind(",", s, mention.start)
    if comma < 0:
        return False
    opener = _OPENING_WORD.match(ctx.text[comma + 1 : mention.start])
    words = tense_words(ctx.doc.language)
    if opener is None or (opener.group(1).lower() not in words.relatives and opener.group(1).lower() not in words.set_off_participles):
        return False  # ((s63) or a participle's reduced relative: "The woman, named yesterday as Claire Holt, had been")
    close = ctx.text.find(",", mention.end, e)
    return close >= 0 and ctx.text[close + 1 : e].strip(" .\"'") != ""


def _participle_after_day(ctx: Context, mention: Mention, period: Period, story: Story) -> bool:
    """News: whether another day lies in a participle clause after a comma that follows the story's day told earlier in
    the same sentence ("came off the tracks late on Wednesday, blocking the line for most of Thursday. Wagons left the
    rails at 10.50 p.m.": Wednesday's; "arrested a man on Sunday, ending a search that began on Friday"): a consequence or
    a look back hung on the sentence's act, not where the story goes on (``[participle_days] endings``: the endings of
    a present participle; ``not_participles``: words so ending that open no such clause)."""
    day, tid = story.day, story.day_tid
    if (ctx.mode != "news" or period.grain not in DAY_GRAINS or day is None or tid is None
            or story.sentence_of.get(tid) != story.sentence or period.start.date() == day.start.date()):
        return False
    s, _ = ctx.doc.sentence_at(mention.start)
    comma = ctx.text.rfind(",", s, mention.start)
    told_end = story.end_of.get(tid)
    if comma < 0 or told_end is None or told_end > comma:
        return False
    opener = _OPENING_WORD.match(ctx.text[comma + 1 : mention.start])
    if opener is None:
        return False
    word = opener.group(1)
    table = ctx.lexicon.tables.get("participle_days") or {}
    return (word.islower() and len(word) > 4 and word.endswith(tuple(table.get("endings", ())))
            and word not in table.get("not_participles", ()))


_LAST_TOLD = re.compile(r"([A-Za-z]+)\s+([A-Za-z]+)\s+(?:(?:on|in|at)\s+)?$")


def _last_occurrence(ctx: Context, mention: Mention, period: Period) -> bool:
    """News: whether a day is told as the last time something happened (``[last_occurrence]``: "Its lifts last ran on April
    20", "was last seen on Tuesday"): a word of the table right before a past verb right before the day (maybe after a
    preposition); the story's day stays the one told before it."""
    if ctx.mode != "news" or period.grain not in DAY_GRAINS:
        return False
    table = ctx.lexicon.tables.get("last_occurrence") or {}
    words = table.get("words", ())
    if not _may_hold(ctx.text, max(0, mention.start - 40), mention.start, words):
        return False  # (most days: none of the words before them; the one the pattern's first group must be lies in its window)
    m = _LAST_TOLD.search(ctx.text, max(0, mention.start - 40), mention.start)
    return m is not None and m.group(1).lower() in table.get("words", ()) and past_form(m.group(2), tense_words(ctx.doc.language))


def _flashback_reads_perfect(story: Story, period: Period, outright: bool) -> bool:
    """Whether :meth:`.Story.leave_for_flashback` reads whether a day's clause is in the past perfect (a day ending by the
    story's day with no flashback open, or a day told outright while one is open): where it does not, the clause is not
    read (its first tests, asked before :func:`.tense.in_past_perfect`; tests/test_resspeed41.py checks both ways give the
    same story)."""
    if story.main_day is None:
        return story.day is not None and period.end <= story.day.start
    return outright


BACKGROUND_BACK = dt.timedelta(days=366)
"""News: a month told in the simple past that ends this long or more before the story's day opens a background flashback as
a past perfect one does (see :func:`_background_month`)."""


def _background_month(story: Story, period: Period) -> bool:
    """News: whether a month told in the simple past, a year or more before the story's day, opens a flashback that its
    paragraph's end closes ("relit on Tuesday night ... The lamp was switched off in June 1976. Its keeper locked the tower
    that evening.\n\nOn the same day, a trust took over the tower": the story's Tuesday again, not a day of June 1976)."""
    return (story.main_day is None and story.day is not None and period.grain is _MONTH
            and period.end <= story.day.start - BACKGROUND_BACK)


_COMPARISON_REACH = 6  # words before a day in its sentence in which a word of ``comparison_openers`` is looked for


def _comparison_day(ctx: "Context", mention: Mention, story: Story, period: Period) -> bool:
    """(s63 lead) News: whether a day told in the simple past well before the story's day is a like happening the story is
    compared with (lexicon ``story_months.comparison_openers`` among the few words before it in its sentence: "stranded on
    Sunday ... A similar failure on April 30 led to 40 cancellations"): a flashback its paragraph's end closes, after which
    a clock time is the story's day's again ("... had queued since 4am": Sunday's), not the compared day's."""
    if story.main_day is not None or story.day is None or period.grain is not _DAY_GRAIN or period.end > story.day.start - _COMPARED_BACK:
        return False
    openers = ctx.lexicon["story_months"].get("comparison_openers", ())
    if not openers:
        return False
    s, _ = ctx.doc.sentence_at(mention.start)
    words = _COMPARISON_WORD.findall(ctx.text, s, mention.start)[-_COMPARISON_REACH:]
    return any(w.lower() in openers for w in words)


_DAY_GRAIN = Grain.DAY
_COMPARED_BACK = dt.timedelta(days=3)  # (as FLASHBACK_NEAR) a compared day ends at least this long before the story's day
_COMPARISON_WORD = re.compile(r"[^\W\d_]+")


def _midnight_day(period: Period) -> Period:
    """The story's day after a time just past a midnight ("shortly after midnight", value ``DT24:00``): the part of the
    day the midnight begins (D+1 from 00:00), so that "later that day", "the next day" count from D+1, not from D."""
    start = dt.datetime.combine(dt.date.fromisoformat(period.value[:10]) + dt.timedelta(days=1), dt.time())
    return Period(start, max(period.end, start), period.grain, period.value)


def _hedged_clock(period: Period, earliest: Optional[dt.datetime], latest: Optional[dt.datetime]) -> Optional[tuple[dt.datetime, dt.datetime]]:
    """The window a clock time bounded wider than its minute may be in ("about 10 p.m.": 21:30 to 22:31, "shortly before 10
    p.m." 21:30 to 22:00), which an offset from it ("two hours later") counts from; None for a plain minute or another grain."""
    if period.grain is not _MINUTE or earliest is None or latest is None or (earliest, latest) == (period.start, period.end):
        return None
    return earliest, latest


def _late_part(ctx: Context, period: Period, earliest: Optional[dt.datetime], latest: Optional[dt.datetime]) -> Optional[dt.datetime]:
    """News: where a day bounded by its late part only begins ("late on Boxing Day", the words outside it: 16:00), so that
    a morning told after it is the next one; None for a day bounded whole or by an early part."""
    if (ctx.mode != "news" or period.grain is not _DAY or earliest is None or latest != period.end
            or not period.start + (period.end - period.start) / 2 <= earliest < period.end):
        return None
    return earliest
