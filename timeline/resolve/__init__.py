"""Resolution: underspecified meanings + reference time + tense + narrative → values and bounds.

News mode anchors deictic expressions ("yesterday", "last week") on the reference time and
anaphoric ones ("two days later", "the following morning") on the narrative's current
time, the last date the text resolved.  Narrative mode (history texts, as in HeidelTime)
anchors both on the narrative's current time.  Conventions for bound widths are in
docs/conventions.md.

The work is split by job: :mod:`.story` tracks the story's time, :mod:`.anchors` says what
an expression counts from, :mod:`.picking` reads the tense to choose past or future,
:mod:`.dates` (with :mod:`.shifts` and :mod:`.named`) finds a date's period,
:mod:`.durations` bounds lengths and vague references, :mod:`.neighbours` reads the
expressions next to one, :mod:`.bc` writes dates before the common era.  Beside this entry point,
:mod:`.surroundings` reads the words around an expression, :mod:`.day_parts` narrows parts of a day and
clock times, :mod:`.readings` weighs offsets, ranges and hedges, and :mod:`.shorthands` names what they share.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import Any, Optional, Sequence

import attrs

from ..lexicon import load_lexicon
from ..model import NO_ANCHOR, AnchorKind, Grain, Mod, Timex, TimexAnchor, TimexType
from ..recognize.meaning import Anchoring, CalendarSpec, DurationSpec, Mention, SetSpec, VagueSpec
from ..recognize.offset_passes import ANNIVERSARY_AHEAD_RULE, ANNIVERSARY_YEAR_RULE
from ..recognize.story_passes import EVE_RULE, MILLENNIUM_RULE, NIGHT_RULE
from ..recognize.year_passes import SAME_TIME_RULE
from ..text import Doc, as_doc
from .anchors import Context
from .bc import resolve_bc
from .calendar import Period
from .dates import bounds_for_mod, half_bounds, calendar_period, unanchored_value
from .headline_days import headline_weekdays
from .happening_days import happening_unit_days
from .joined_weekdays import one_off_weekday_parts
from .past_steps import past_steps_over
from .same_stretches import same_stretches
from .turn_anchors import turns_past_reports
from .run_days import run_days_told_after
from .evening_clocks import evening_clock
from .named import beside_bounds
from .named_days import _clash_day
from .named_frame import after_midnight, with_part
from . import calendar as cal
from .durations import count_range, inner_range, hedged_shift, softened, set_value, beyond_calendar, is_duration_value, vague_timex
from ..units import duration_value
from .neighbour_periods import first_months, reported_length, length_ending, length_starting, ends_period, period_ending, quarter_end_year
from .neighbour_ranges import opens_range, ordered_range, with_coordinated_year, with_coordinated_month, story_weekday, with_relative_year, with_joined_relative_year, story_year_after
from .neighbours import limit_of_dated_deed, part_in_period_after, week_possessed_before, day_hint, named_day_after, period_part, week_named_after, weekday_beside_day, day_apposed_after, holiday_in_sentence, weekday_in_month, apposed_mod_bounds, with_apposed_weekday, day_named_before
from .story_periods import PART_RULE, REGNAL_RULE, length_moves, part_year
from .story import DAY_GRAINS, FLASHBACK_OPENERS, Story, bc_aside, is_aside, looks_back, looks_back_day, moves_story, indefinite_day
from .story_clauses import names_event, recurring_clock
from .story_events import parts_of_offset_days, apposed_date, restated_offset, event_offset, month_name, first_day_of_event, range_start_day, nth_day_of_event, restated_date, season_dated_after, offset_extents, eve_ahead, same_day_of_event, birthday_days
from .story_periods import story_short_years, decades_of_story_centuries, numbered_day_parts, part_without_day, news_nth_day, period_ends, night_timex, millennium_timex, regnal_years, regnal_year, regnal_moves, timex2_length, opening_year, earlier_part, writers_today, anniversary_in_year, rest_of_period, unknown_digits
from .story_speech import quotation_opening, quoted_deictic, said_weekday, quoted_shift, speech_time
from .tense_reports import in_past_perfect, passive_report, report_told, said_on
from .tense import clause_tense
from .tense_signals import after_comparison, after_past_signal
from .day_parts import _HALF_DAY, _clock_signal, _half_day_from_part, _open_half_day, _open_hour, _part_clock, _part_hedge, _part_with_mod
from .readings import signal_clause_day, next_day_offset, _RANGE_START_RULE, _RECURRING_UNITS, _background_month, _comparison_day, _counted_day, _counted_part, _perfect_part_after_report, _flashback_reads_perfect, _hedged_clock, _hedged_in, _in_set_off_relative, _last_occurrence, _participle_after_day, _late_part, _length_in_past_clause, _midnight_day, _offset_timex, _past_offset_by_now, _past_offset_from_nothing, _perfect_part_before, _perfect_span, _pivot, _range_start, _story_time_of_day, _within_limit
from .shorthands import _DATE, _DAY, _DURATION, _END, _MINUTE, _MONTH, _NO_ANCHOR_KIND, _PART_OF_DAY, _REFERENCE, _REFERENCE_KIND, _START, _TIME, _TIMEX, _WEEK
from .surroundings import _FISCAL_GRAINS, _approx_signal, _bare_day, _bare_hedged, _bare_part, _before_or_after_now, _day_part_signal, _day_signal, _fiscal_period, _half_named, _narrowed_part, _open_signal, _rest_from_now, _trailing_unit, _turn_of, _festival_days, _unusual_hour, _up_to_now, _week_of_month

__all__ = ["resolve", "bounds_for_mod"]


def resolve(mentions: list[Mention], text: "str | Doc", reference_time: Optional[dt.datetime], *, mode: str = "news", language: str = "en") -> tuple[Timex, ...]:
    """Resolve ``mentions`` (in text order) into time expressions with values and bounds."""
    ctx = Context(as_doc(text, language), reference_time, mode, load_lexicon(language))
    held = _lexicon_memos(language)
    if held[0] is not ctx.lexicon:  # (the language's lexicon loaded again: nothing kept from the one before)
        held[0], held[1] = ctx.lexicon, {}
    ctx.memo.update(held[1])
    if ctx.mode == "narrative":
        mentions = story_short_years(mentions)  # "the rising of '98" after 1791: 1798
    mentions = one_off_weekday_parts(ctx, mentions)  # (s60 vals) "will resurface it on Monday and Tuesday nights": two nights
    ctx.memo["doc_mentions"] = mentions  # (s63: read by named_years.year_told_after, the next time of a sentence)
    story = Story(opening=opening_year(mentions) if ctx.mode == "narrative" else None)  # only narrative paths read it
    cache: dict[int, Timex] = {}
    out = []
    for i in range(len(mentions)):
        story.enter(ctx.doc, ctx.mode, mentions[i].start, mentions[i].end)
        story.stepping = story.narrative and _steps_on(mentions[i].meaning)
        if out and out[-1].grain is _DAY:  # the day just resolved, for a clock time written right after it ("on Sunday
            cache.setdefault(i - 1, out[-1])  # shortly after midnight"; not a night, "Tuesday night at 1 a.m." is Wednesday's)
        t = cache.pop(i, None) or _resolve_one(ctx, mentions, i, story, cache)
        cache.pop(i - 1, None)
        if isinstance(mentions[i].meaning, DurationSpec):  # "the next five to ten years": out to the larger count
            t = inner_range(ctx.lexicon, mentions[i].text, mentions[i].meaning, t, ctx.now_span())
        if isinstance(mentions[i].meaning, DurationSpec) and t.earliest is not None:  # "within a week or two"
            widened = count_range(ctx.lexicon, ctx.text, mentions, i, mentions[i].meaning, t, _pivot(ctx, t, out))
            t = t if widened is t else _past_offset_by_now(ctx, mentions[i], mentions[i].meaning, widened)  # (ends by now)
        dated = regnal_year(ctx, mentions, out + [t], i) if mentions[i].rule == REGNAL_RULE else None
        if dated is not None:  # "In the third year of his reign": that year, where the story goes on
            t = dated
            regnal_moves(story, t)
        elif story.narrative and t.type is TimexType.DURATION and (moved_to := length_moves(ctx, mentions[i], story)) is not None:
            story.update(moved_to, t.tid)  # "After fourteen months of work the tower was finished": the story goes on by it
            story.end_of[t.tid], story.start_of[t.tid] = mentions[i].end, mentions[i].start
        elif mentions[i].rule == PART_RULE and story.narrative:  # "In the war's second year": a length, the story goes on there
            moved = part_year(ctx, mentions, out + [t], i)
            if moved is not None:
                regnal_moves(story, moved)
                story.end_of[t.tid], story.start_of[t.tid] = mentions[i].end, mentions[i].start  # (where it was told, as for a date)
        story.remember(mentions[i].end)
        if mentions[i].rule == _BARE_PART_RULE and _DAY_PART_VALUE.fullmatch(t.value) and _of_an_event(ctx, mentions, i):
            t = attrs.evolve(t, value="XXXX-XX-XX" + t.value[10:], earliest=None, latest=None, anchor=NO_ANCHOR, temporal_function=False)
        # (each step below only where its own first test can pass, that test asked here before the call: the mention before
        # a range's start for _range_start, a mod before for apposed_mod_bounds, a month for weekday_in_month, two
        # calendar expressions for ordered_range; tests/test_resspeed42.py checks that the steps answer the same without)
        if out and t.earliest is not None and mentions[i - 1].rule == _RANGE_START_RULE and _range_start(ctx, mentions, i) is not None:
            out[-1] = attrs.evolve(out[-1], earliest=t.earliest, latest=t.latest, anchor=t.anchor, temporal_function=True)  # "[two] or three days"
        if out:
            if out[-1].mod is not None:
                t = apposed_mod_bounds(ctx, mentions, i, out[-1], t)  # "late on Monday, Nov. 30": the date bounded as the weekday
            if out[-1].type is TimexType.DURATION and out[-1].earliest is None:
                out[-1] = limit_of_dated_deed(ctx, mentions, i, out[-1], t)  # (s57) "within two weeks of the vote on 4 May"
            if t.grain is _MONTH or t.grain is Grain.YEAR or t.grain is Grain.SEASON:
                out[-1] = weekday_in_month(ctx, mentions, i, out[-1], t)  # "on a Saturday morning in May": some Saturday of that May
            if isinstance(mentions[i].meaning, CalendarSpec) and isinstance(mentions[i - 1].meaning, CalendarSpec):
                first, second = ordered_range(ctx, mentions, i, out[-1], t)
                for before, after in ((out[-1], first), (t, second)):
                    if after is not before:  # a year moved: the story's record of it moves too
                        story.move_year(after.tid, int(after.value[:4]) - int(before.value[:4]))
                out[-1], t = first, second
        out.append(t)
    out = headline_weekdays(ctx, mentions, out)  # "Heatwave to Peak on Thursday": the body's Thursday
    out = happening_unit_days(ctx, mentions, out)  # (s59 vals) "a fire on 26 February ... the night of the fire": 26 Feb's night
    out = past_steps_over(ctx, mentions, out)  # (s60 vals) "damaged on 2 February ... said on Monday. Divers checked it the following weekend"
    out = same_stretches(ctx, mentions, out)  # (s60 vals) "in the six weeks to January 4 ... the same period a year earlier": P6W a year back
    out = turns_past_reports(ctx, mentions, out)  # (s60 vals) "a siege of 1590, the leader said on Tuesday. By the turn of the century": 1600
    out = run_days_told_after(ctx, mentions, out)  # (s60 vals) "fell for a third straight day on Tuesday": Tuesday
    if ctx.mode == "narrative":  # (steps of histories only: in news each gives back what it is given, so none is called there;
        # tests/test_tagspeed47.py holds each to that)
        out = birthday_days(ctx, mentions, same_day_of_event(ctx, mentions, parts_of_offset_days(ctx, mentions, decades_of_story_centuries(ctx, mentions, out))))
        out = period_ends(ctx, mentions, numbered_day_parts(ctx, mentions, regnal_years(ctx, mentions, offset_extents(ctx, mentions, out))))
    timexes = tuple(_without_outside_leads(ctx, mentions, out))
    if len(held[1]) < len(_LEXICON_MEMO_KEYS):
        held[1].update((k, ctx.memo[k]) for k in _LEXICON_MEMO_KEYS if k in ctx.memo)
    return timexes


_BARE_PART_RULE = "bare_part_of_day"
_DAY_PART_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}T[A-Z]{2}")
_NEXT_WORDS = re.compile(r"\s+([A-Za-z]+)\s+([A-Za-z'’]+)\s+([A-Za-z-]+)")


def _of_an_event(ctx: Context, mentions: Sequence[Mention], i: int) -> bool:
    """Whether a part of the day with no day of its own is named by a happening right after it (lexicon
    ``[event_day_parts]``: "The morning after the fire, workers searched the ruins"): its day is the happening's, which
    no calendar word gives, not the reference day's (nor, "the morning after the storm on Friday", the day after Friday:
    the night may lie between)."""
    table = ctx.lexicon.tables.get("event_day_parts")
    if table is None or mentions[i].text.lower() not in table["parts"]:
        return False  # ("overnight after the bank cut rates on Friday", "mid-afternoon Saturday after a break": a day of their own)
    m = _NEXT_WORDS.match(ctx.text, mentions[i].end)
    return m is not None and m.group(1).lower() in table["signals"] and m.group(2).lower() in table["determiners"]


# what the steps work out from the lexicon alone, under these keys of Context.memo (the quick-test words and first letters
# of the signal tables, the connector patterns of picking.joined): the same for every document of a language
_LEXICON_MEMO_KEYS = ("up_to_now_ends", "open_signal_ends", "words:comparative_modifiers", "words:approx_signals", "words:day_part_signals_after",
                      "words:day_part_signals", "words:day_signals", "first_letters:half_modifiers", "joined:any", "joined:ordered",
                      "outside_leads_firsts")


@functools.lru_cache(maxsize=None)
def _lexicon_memos(language: str) -> list[Any]:
    """[the lexicon of ``language`` last resolved with, its entries of ``_LEXICON_MEMO_KEYS``]: worked out once per lexicon,
    not once per document (some ten a document, ~10 us: 2% of resolving TBAQ), and given to each document's memo. Only
    what a pure function of the (read-only) lexicon gives is kept, so every document reads what it would work out itself."""
    return [None, {}]


def _steps_on(meaning: object) -> bool:
    """Whether an expression steps on from a time the text told ("the next year", "the following spring", "two years
    later"): narrative mode counts it from a flashback's date in the sentence before (see :meth:`Story.flashback_local`)."""
    if isinstance(meaning, DurationSpec):
        return meaning.span == "later" and meaning.anchoring is Anchoring.NARRATIVE
    if isinstance(meaning, CalendarSpec) and meaning.shift is not None and meaning.shift.anchoring is Anchoring.NARRATIVE:
        return (meaning.shift.amount or 0) > 0 or (meaning.shift.amount == 0 and meaning.relative_word == "next")
    return False


_LEAD_WORD = re.compile(r"([a-z]+)[ \t]{1,2}(?=\S)")


def _may_lead(text: str) -> bool:
    """A quick exact test before :data:`_LEAD_WORD` is matched: a lead word needs a space or a tab after it
    (tests/test_tagspeed46.py)."""
    return " " in text or "\t" in text


def _without_outside_leads(ctx: Context, mentions: list[Mention], timexes: Sequence[Timex]) -> Sequence[Timex]:
    """News (TimeML): an expression opening with a word of lexicon [outside_leads] begins after it, its value, mod and bounds
    kept as read with it: "just [over an hour]", "right [now]" (``always``: the phrase's first word); "for about [five hours]", "at about [10:35
    a.m.]" (``bare``: the hedge the rule read, before a bare length, not an offset, or a clock time). Histories (TIMEX2)
    keep them. ``timexes`` are those of ``mentions``, one each, in order."""
    table = ctx.lexicon.tables.get("outside_leads") if ctx.mode == "news" else None
    if not table:
        return timexes
    out = list(timexes)
    firsts = ctx.memo.get("outside_leads_firsts")
    if firsts is None:  # (a phrase's first word, a hedge)
        firsts = ctx.memo["outside_leads_firsts"] = frozenset(p.split()[0] for p in table["always"] if p.split()) | frozenset(table["bare"])
    for k, (m, t) in enumerate(zip(mentions, timexes)):
        if not _may_lead(t.text):
            continue  # (one word: "Friday", "1998")
        low = t.text.lower()
        lead = _LEAD_WORD.match(low)
        if lead is None or lead.group(1) not in firsts or not (" ".join(low.split()[:2]) in table["always"] or (lead.group(1) in table["bare"] and _bare_hedged(m.meaning, lead.group(1)))):
            continue
        out[k] = attrs.evolve(t, start=t.start + lead.end(), text=t.text[lead.end() :])
    return out


def _said_count(ctx: Context, mentions: list[Mention], i: int, story: Story, cache: dict[int, Timex], t: Timex) -> Optional[Timex]:
    """Narrative mode: a quotation's plain count from its speaker's now ("yesterday", "last year", see
    :func:`.story.quoted_shift`) counted from when the quotation was said, where its sentence tells that
    (:func:`.story.speech_time`) at its grain or finer; None when it does not."""

    def ahead(j: int) -> Timex:
        told = cache.get(j) or _resolve_one(ctx, mentions, j, story, cache)
        cache[j] = told
        return told

    spec = mentions[i].meaning
    said = speech_time(ctx, mentions, i, story, ahead)
    if said is None or said[0].grain > spec.grain or spec.shift is None or spec.shift.amount is None:
        return None
    try:
        period = cal.shifted(said[0].start, spec.grain, int(spec.shift.amount))
    except (ValueError, OverflowError):
        return None
    return attrs.evolve(t, value=period.value, earliest=period.start, latest=period.end, anchor=TimexAnchor(AnchorKind.TIMEX, said[1]),
                        temporal_function=True)


def _said_deictic(ctx: Context, mentions: list[Mention], i: int, story: Story, cache: dict[int, Timex]) -> Optional[Period]:
    """Narrative mode: the day a quotation holding mention ``i`` was said, when its sentence dates the saying to the day
    (:func:`.story.speech_time`: 'On the 9th he wrote: "Last night we lost a sentry"'), else None.  Asked before the
    mention is resolved, while the story's day is still the saying's."""

    def ahead(j: int) -> Timex:
        told = cache.get(j) or _resolve_one(ctx, mentions, j, story, cache)
        cache[j] = told
        return told

    said = speech_time(ctx, mentions, i, story, ahead)
    if said is None or said[0].grain is not Grain.DAY or not said[1][1:].isdigit():
        return None
    opened = quotation_opening(ctx.text, mentions[i].start)  # the day told in the sentence the quotation opens in, not one
    told = mentions[int(said[1][1:]) - 1]  # told before it ("On 2 May 1951 he spoke. 'I am tonight ...,' he said": unknown)
    if opened < 0 or ctx.doc.sentence_index(opened) != ctx.doc.sentence_index(told.start):
        return None
    return said[0]


def _on_said_day(t: Timex, spec: CalendarSpec, said: Period, mention_text: str) -> Optional[Timex]:
    """A day or a part of one counted from its speaker's now ("today", "last night", "this morning": a count of days from
    now, ``spec.shift``), resolved as ``t``, moved to count from the day ``said`` instead; None when ``t`` is not so."""
    shift = spec.shift
    if spec.part_of_day is not None and mention_text.strip().lower() == spec.part_of_day:
        return None  # a bare "afternoon" ("will come for afternoon tea") is no count from the speaker's day
    if (t.earliest is None or t.latest is None or not _DAY_VALUE.match(t.value) or shift is None or shift.grain is not Grain.DAY
            or shift.amount is None or shift.amount != int(shift.amount)):
        return None
    try:
        base = dt.date.fromisoformat(t.value[:10]) - dt.timedelta(days=int(shift.amount))
        delta = said.start.date() - base
        day = dt.date.fromisoformat(t.value[:10]) + delta
        return attrs.evolve(t, value=day.isoformat() + t.value[10:], earliest=t.earliest + delta, latest=t.latest + delta)
    except (ValueError, OverflowError):
        return None


_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d(?:T|$)")


def _next_sentence(ctx: Context, earlier: Mention, later: Mention) -> bool:
    """Whether ``later`` lies in the sentence right after the one ``earlier`` lies in."""
    return ctx.doc.sentence_index(later.start) == ctx.doc.sentence_index(earlier.start) + 1


def _resolve_one(ctx: Context, mentions: list[Mention], i: int, story: Story, cache: dict[int, Timex]) -> Timex:
    try:
        if ctx.mode != "narrative":
            # (each step below is a history's, false at once in news: quoted_shift, quoted_deictic, writers_today,
            # first_day_of_event, nth_day_of_event; tests/test_tagspeed37.py fails when one of them answers in news)
            main = story.signal_main
            if main is not None and main[0] == i - 1 and next_day_offset(mentions[i]) and _next_sentence(ctx, mentions[i - 1], mentions[i]):
                # "arrested a woman on Tuesday after a van hit a cyclist on Sunday evening. She was charged the next day": the
                # day after the arrest; the story's day there was the after-clause's only for that clause
                story.restore(main[1], recalled=True)
            if mentions[i].rule == "ordinal_day" and news_nth_day(ctx, mentions[i]):
                before = (story.day, story.day_tid, story.day_passed, None)
                t = _resolve_mention(ctx, mentions, i, story, cache)
                if t.type is _TIME:  # "On the second evening," of a voyage told from its start
                    return _counted_part(ctx, mentions[i], story, before, t) or t
                return (_counted_day(ctx, mentions[i], story, before, t) or t) if t.type is _DATE else t
            state = story.saved() if story.day is not None else None
            t = _resolve_mention(ctx, mentions, i, story, cache)
            if state is not None and signal_clause_day(ctx, mentions[i], t, story, state[0], state[1]):  # type: ignore[arg-type]
                story.signal_main = (i, state)
            return t
        before = (story.day, story.day_tid, story.day_passed, range_start_day(story))  # (for a numbered day of an event, counted from the story's day)
        state = (story.saved(), story.current, story.current_tid) if ctx.mode == "narrative" and mentions[i].rule == "ordinal_day" else None
        if (said := said_weekday(ctx, mentions, i, story, lambda: _resolve_mention(ctx, mentions, i, story, cache), lambda j: cache.get(j) or cache.setdefault(j, _resolve_one(ctx, mentions, j, story, cache)))) is not None:
            return said  # 'a letter dated 3 June 1916: "On Tuesday we marched"': 30 May (story.said_weekday)
        said_day = _said_deictic(ctx, mentions, i, story, cache) if quoted_deictic(ctx, mentions[i].meaning, mentions[i]) else None
        kept = story.saved() if said_day is not None else None
        t = _resolve_mention(ctx, mentions, i, story, cache)
        ttype = t.type
        if ttype is _DATE and quoted_shift(ctx, mentions[i].meaning, mentions[i]):
            said = _said_count(ctx, mentions, i, story, cache, t)
            if said is not None:  # 'he wrote on 3 March: "Yesterday ..."': 2 March; '"Last year ...," he wrote in 1880': 1879
                return said
        if (ttype is _DATE or ttype is _TIME) and quoted_deictic(ctx, mentions[i].meaning, mentions[i]):
            said = _on_said_day(t, mentions[i].meaning, said_day, mentions[i].text) if said_day is not None else None
            if said is not None:
                story.restore(kept)  # 'he wrote on the 9th: "Last night we lost a sentry, and this morning ..."': the 8th, the 9th (the story stays on the day of the saying)
                return said
            return attrs.evolve(t, value=unknown_digits(t.value), earliest=None, latest=None)  # "he asked, 'What did you do today?'"
        if ttype is _DATE and writers_today(ctx, mentions[i].meaning, mentions[i]):
            now = ctx.now_span()  # "Today the ruins are a monument": the writer's present, not the story's day
            return attrs.evolve(t, value="PRESENT_REF", earliest=now[0] if now else None, latest=now[1] if now else None,
                                anchor=TimexAnchor(AnchorKind.REFERENCE_TIME), temporal_function=True)
        if ttype is _DURATION and first_day_of_event(ctx, mentions[i]):
            return _counted_day(ctx, mentions[i], story, before, t) or t  # "began on 13 August. On the first day ...": 13 August
        if ttype is _DATE and t.earliest is not None and nth_day_of_event(ctx, mentions[i], t.value):
            counted = _counted_day(ctx, mentions[i], story, before, t)
            if counted is not None:  # "The siege began on 3 May 1702. On the seventh day ...": 9 May, the story's day now
                return counted
            now = _story_time_of_day(state, before)
            if state is not None and now is not None:  # "In 1413 a rebellion broke out, and on the second day ...": 1413-XX-XX
                story.restore(state[0])  # (the story stays in 1413, not on a day told years before)
                value = now.start.strftime("%Y-%m") if now.grain is Grain.MONTH else f"{now.start.year:04d}-XX"
                return attrs.evolve(t, value=f"{value}-XX", earliest=now.start, latest=now.end, anchor=TimexAnchor(AnchorKind.TIMEX, state[2] or ""))
            month = cal.containing(t.earliest, Grain.MONTH)  # "The siege began in May 1702. On the seventh day ...": 1702-05-XX
            return attrs.evolve(t, value=f"{t.value[:7]}-XX", earliest=month.start, latest=month.end)
        return t
    except OverflowError:  # calendar arithmetic left year 1..9999 (cal.BeyondCalendar, date overflow)
        return beyond_calendar(ctx, mentions[i], f"t{i + 1}", story)


_SAME_TIME_FORMS = {Grain.DAY: "{0.year:04d}-{0.month:02d}-{0.day:02d}", Grain.MONTH: "{0.year:04d}-{0.month:02d}", Grain.YEAR: "{0.year:04d}"}  # the value of a period without one, by grain


def _resolve_mention(ctx: Context, mentions: list[Mention], i: int, story: Story, cache: dict[int, Timex]) -> Timex:
    mention = mentions[i]
    meaning = mention.meaning
    tid = f"t{i + 1}"
    common: dict[str, Any] = {"tid": tid, "text": mention.text, "start": mention.start, "end": mention.end, "rule": mention.rule, "furniture": mention.latent}
    if isinstance(meaning, SetSpec):
        # a history (TIMEX2) writes "daily", "weekly" as the calendar unit that recurs (XXXX-XX-XX), news (TIMEX3) as a length
        calendar = ctx.lexicon["sets"].get(mention.text.lower(), {}).get("calendar") if ctx.mode == "narrative" else None
        if ctx.mode == "narrative" and calendar is None and mention.rule == "set_every" and meaning.amount == 1.0 and meaning.grain in _RECURRING_UNITS:
            calendar = _RECURRING_UNITS[meaning.grain]  # "battered every day": XXXX-XX-XX, as "daily" (a rate, "30 a day", stays P1D)
        return Timex(type=TimexType.SET, value=calendar or set_value(meaning), quant=meaning.quant, freq=meaning.freq, grain=Grain.UNKNOWN, **common)
    if mention.rule == NIGHT_RULE:  # narrative "travelled at night", "night attacks": a night of no day said, BC in a story BC
        return night_timex(ctx, mention, story, common)
    if mention.rule == MILLENNIUM_RULE:  # narrative "the end of the 4th millennium BC": BC3, END
        return millennium_timex(ctx, mention, common)
    if isinstance(meaning, VagueSpec):
        return vague_timex(ctx, meaning, common, story)
    if mention.rule == SAME_TIME_RULE:  # narrative "At the same time, ...": the story's time, which it leaves where it is
        now = story.current
        if (now is None or story.current_tid is None) and story.bc is not None and story.bc_tid is not None:
            year, month = story.bc  # a story told in years BC: its year (and month)
            return Timex(type=TimexType.DATE, value=f"BC{year:04d}" + (f"-{month:02d}" if month is not None else ""),
                         grain=Grain.MONTH if month is not None else Grain.YEAR, anchor=TimexAnchor(AnchorKind.TIMEX, story.bc_tid),
                         temporal_function=True, **common)
        if now is None or story.current_tid is None:
            return Timex(type=TimexType.DATE, value="XXXX-XX-XX", grain=Grain.DAY, anchor=NO_ANCHOR, temporal_function=True, **common)
        value = now.value or _SAME_TIME_FORMS.get(now.grain, "")  # (a day an offset reached: "nine days later")
        value = value.format(now.start) if "{" in value else value
        return Timex(type=TimexType.DATE if now.grain >= Grain.DAY else TimexType.TIME, value=value, grain=now.grain, earliest=now.start,
                     latest=now.end, anchor=TimexAnchor(AnchorKind.TIMEX, story.current_tid), temporal_function=True, **common)

    def resolved(j: int) -> Timex:
        """Mention ``j`` resolved once: a neighbour's time, kept for when the loop reaches it."""
        t = cache.get(j) or _resolve_one(ctx, mentions, j, story, cache)
        cache[j] = t
        return t

    if mention.rule == ANNIVERSARY_AHEAD_RULE and i + 1 < len(mentions):  # narrative: the day told after it, in its sentence
        day = resolved(i + 1)
        if day.type is TimexType.DATE and day.grain is Grain.DAY:
            return Timex(type=TimexType.DATE, value=day.value, grain=Grain.DAY, earliest=day.earliest, latest=day.latest,
                         anchor=TimexAnchor(AnchorKind.TIMEX, f"t{i + 2}"), temporal_function=True, **common)

    if mention.rule == EVE_RULE and (eve := eve_ahead(ctx, mentions, i, story, lambda j: _resolve_one(ctx, mentions, j, story, {}), common)):
        return eve  # narrative "On the eve of the crossing ... The crossing began on 12 March 1799": 11 March
    if mention.rule == ANNIVERSARY_YEAR_RULE and i:  # narrative: "in 1913, on the fiftieth anniversary of his landing"
        year = resolved(i - 1)
        if year.type is TimexType.DATE and year.grain is Grain.YEAR and year.value.isdigit():
            return anniversary_in_year(ctx, mention, year, f"t{i}", story, common)

    if isinstance(meaning, DurationSpec):
        if meaning.hedge:  # "a little over a week": just over (the softener stands outside the expression)
            meaning = attrs.evolve(meaning, hedge=softened(ctx.lexicon, ctx.text[max(0, mention.start - 20):mention.start], meaning.hedge))
        meaning = _length_in_past_clause(ctx, mention, meaning)  # "moved 400,000 pounds in five months"
        offset, told = event_offset(ctx, meaning, mention, mentions[i - 1] if i else None, story)
        # (a date in the offset's own clause wins over an event told earlier: "On the morning of 8 April they surrendered,
        # twenty-three days after the offensive began" is the 8th, whatever "began" last named)
        restated = restated_date(ctx, meaning, mention, mentions[i - 1] if i else None, f"t{i}", story)
        if restated is not None:  # "signed on 30 May 1942, almost three years after the first shots": 1942
            value, period, of = restated
            return Timex(type=TimexType.DATE, value=value, grain=meaning.grain, earliest=period.start if period else None,
                         latest=period.end if period else None, anchor=TimexAnchor(AnchorKind.TIMEX, of), temporal_function=True, **common)
        lower = _range_start(ctx, mentions, i)  # "within two or three days": the words before the range count for it
        at = attrs.evolve(mention, start=mentions[i - 1].start) if lower is not None else mention
        t = _within_limit(ctx, at, meaning, _offset_timex(ctx, meaning, offset, told, story, common, mention), story)
        t = _perfect_span(ctx, at, meaning, t, story)  # "has been stuck for almost two weeks"
        t = _hedged_in(ctx, at, meaning, t, lower)  # "will reopen in about two weeks", "in two or three days"
        t = _past_offset_from_nothing(ctx, mention, meaning, t)  # "Two days later, the bridge reopened." first
        if meaning.span == "past" and meaning.grain < Grain.DAY and t.earliest is not None and (
                named_day_after(ctx, mentions, i) or (meaning.grain < Grain.HOUR and _told_in_past(ctx, mention))):
            # "in the last ten minutes on Wednesday night"; "scored twice in the last ten minutes" told in the past: the last
            # minutes of what the story tells (a match, a debate), not the minutes before publication
            t = attrs.evolve(t, earliest=None, latest=None, anchor=NO_ANCHOR, temporal_function=False)
        t = _past_offset_by_now(ctx, mention, meaning, t)  # "Nov. 4 ... Days later, the cabinet collapsed." said on 10 Nov
        reported = reported_length(ctx, mentions, i, resolved)
        if reported is not None:  # "Profit for the six months to June 30 rose": the first half is what the report is about
            story.update(reported[0], reported[1], ended=ctx.reference is not None and reported[0].end <= ctx.reference, settles=True)
        if t.type is _DATE and i + 1 < len(mentions) and apposed_date(ctx, meaning, mention, mentions[i + 1]):
            t = restated_offset(t, meaning.grain, resolved(i + 1), f"t{i + 2}")  # narrative "Ten months later, on 26 February 1815"
        written = timex2_length(meaning, mention.text) if ctx.mode == "narrative" and offset is meaning else None
        if written is not None and t.type is TimexType.DURATION and t.value == duration_value(meaning.grain, meaning.amount):
            t = attrs.evolve(t, value=written)  # "almost two decades": P2DE in a history
        t = length_ending(ctx, mentions, i, t, resolved)  # "the six months to June"
        if (reported is None and ctx.mode == "news" and meaning.grain is Grain.MONTH and t.latest is not None and t.earliest is not None
                and t.anchor.kind is AnchorKind.TIMEX and t.anchor.timex_id is not None and meaning.amount is not None and meaning.amount < 12):
            # "the nine months to September ... from a year earlier": the same stretch a year back (shifts.shifted_period)
            story.stretch_ends[t.anchor.timex_id] = Period(t.earliest, t.latest, Grain.MONTH, t.value)
        t = length_starting(ctx, mentions, i, t, resolved, cache)  # "for ten days from Saturday", "from Monday for two weeks"
        t = period_part(ctx, mentions, i, t, resolved)  # "the first two weeks of October"
        return first_months(ctx, mentions, i, t, story)  # "rose 4% in the first nine months"

    spec = meaning
    if meaning.year is None and i + 1 < len(mentions):  # (each of the four reads the year the expression lacks from the one after it)
        spec = with_joined_relative_year(ctx, mentions, i, with_relative_year(ctx, mentions, i, with_coordinated_year(ctx.lexicon, ctx.text, mentions, i, with_coordinated_month(ctx.lexicon, ctx.text, mentions, i, meaning))))
    # (below, a step whose first test is the mode, or a field of the expression, is called only where that test passes)
    if ctx.mode == "narrative" and isinstance(spec, CalendarSpec) and story_year_after(ctx, mentions, i, spec):
        told_year = resolved(i + 1)  # narrative "In March the following year": the year first, counted from the story's time
        if told_year.value.isdigit():
            spec = attrs.evolve(spec, year=int(told_year.value))
    if isinstance(spec, CalendarSpec) and spec.day is not None:
        spec = with_apposed_weekday(ctx, mentions, i, spec)  # "late on Monday, Nov. 9": the year in which Nov. 9 is a Monday
    dated = season_dated_after(ctx, spec, mention, mentions[i + 1] if i + 1 < len(mentions) else None) if ctx.mode == "narrative" and spec.season is not None else None
    if dated is not None:  # "their main summer offensive against southern Russia in June 1942": 1942-SU
        spec = attrs.evolve(spec, year=dated)
    ended_in = quarter_end_year(ctx, mentions, i, resolved) if isinstance(meaning, CalendarSpec) and meaning.quarter is not None else None
    if ended_in is not None:  # "the fiscal fourth quarter, which ended June 30": of that day's year
        spec = attrs.evolve(spec, year=ended_in)
    if spec.bc or ((story.bc is not None or (story.span is not None and story.span[2])) and ctx.mode == "narrative"):
        # "since 513 BC" looks back; "who had been born around 525 BC" is an aside
        part = ctx.lexicon["parts_of_day"].get(spec.part_of_day, {}) if spec.part_of_day else {}
        bc = resolve_bc(spec, story, tid, moves=not after_past_signal(ctx.text, mention.start) and not bc_aside(ctx, spec, mention, story),
                        part_code=None if "clock" in part else part.get("code"))
        if bc is not None:
            value, anchor_bc = bc
            ttype = TimexType.TIME if spec.grain < Grain.DAY else TimexType.DATE
            return Timex(type=ttype, value=value, mod=spec.mod, grain=spec.grain, anchor=anchor_bc, temporal_function=anchor_bc.kind is not AnchorKind.NONE, **common)
    # (a clock time that names its own day, "10 p.m. Tuesday", needs no hint: nor may it resolve the expressions after it
    # before it is itself resolved, "until 6 a.m. the following morning" counts from it)
    own_day = spec.weekday is not None or spec.month is not None or (spec.shift is not None and spec.shift.anchoring is _REFERENCE)
    hint = day_hint(ctx, mentions, i, resolved, cache) if (spec.hour is not None or _bare_part(spec)) and spec.year is None and not own_day else None
    if hint is None and spec.hour is not None and story.day is not None and story.day.grain is Grain.PART_OF_DAY:
        spec = evening_clock(ctx, spec, mention, story.day)  # (s59 vals) "on Friday evening ... at a quarter to six": 17:45
    open_half = spec.hour is not None and _open_half_day(ctx, spec, mention, hint, resolved)
    if open_half:
        hour, said = _open_hour(spec.hour, story)
        open_half = not said  # (bounded over both halves below when the text does not say which)
        if hour != spec.hour:
            spec = attrs.evolve(spec, hour=hour, half_day_open=False)  # "The meeting is at 2:30": the afternoon's
    if hint is not None and spec.hour is not None:
        spec, hint = _half_day_from_part(spec, mention, hint, resolved)  # "at 7 o'clock on Saturday evening": 19:00
    ending = period_ending(ctx, mentions, i, resolved) if spec.same_grain_anchor and spec.year is None else None
    same_day = _bare_day(ctx, spec)
    undated = None
    name = month_name(ctx, spec, mention) if ctx.mode == "narrative" else None
    told_name = story.month_names.get(name[:2]) if name is not None else None
    if told_name is not None:  # narrative: "the October days" told again in 1857 is the October of their first telling
        period, anchor = told_name[0], TimexAnchor(AnchorKind.TIMEX, told_name[1])
        story.set_aside()
    elif ending is None and same_day is not None and same_day in story.days:
        # news: "the Jan. 14 deadline" after "go home by Jan. 14" is that same date
        named, named_tid = story.days[same_day]
        period, anchor = named, TimexAnchor(AnchorKind.TIMEX, named_tid)
    else:
        in_week = ((week_named_after(ctx, mentions, i, resolved) or week_possessed_before(ctx, mentions, i, resolved)
                    or day_named_before(ctx, mentions, i, story.last)
                   or weekday_beside_day(ctx, mentions, i, resolved) or day_apposed_after(ctx, mentions, i, resolved)
                   or holiday_in_sentence(ctx, mentions, i, resolved) or story_weekday(ctx, mentions, i, story.last, resolved))
                   if ending is None and spec.weekday is not None else None)
        if in_week is not None:  # "on Tuesday next week"
            period, anchor = with_part(ctx, cal.day(in_week[0]), spec), TimexAnchor(AnchorKind.TIMEX, in_week[1])
        elif ending is None and hint is None and spec.hour is not None and not own_day and spec.day is None and recurring_clock(ctx, mentions, i):
            period, anchor = None, NO_ANCHOR  # "open on Sundays between 10 a.m. and 4 p.m.": the hours of every Sunday
        else:
            period, anchor = ending if ending is not None else calendar_period(ctx, spec, mention, story, hint)
            if period is not None and hint is None and _perfect_part_after_report(ctx, spec, mention, period, story, mentions[i - 1] if i > 0 else None):
                # "A spokesman said on Monday afternoon that crews had worked through the night": the night before it
                period = with_part(ctx, cal.day(period.start.date() - dt.timedelta(days=1)), spec)
        undated = part_without_day(ctx, spec, period, anchor, story) if period is not None and ctx.mode == "narrative" else None
        if undated is None and period is not None and period.grain is _PART_OF_DAY:
            undated = part_in_period_after(ctx, mentions, i, spec, resolved)  # "in a single afternoon in 1966"
        if undated is None and period is not None and spec.weekday is not None and indefinite_day(ctx, spec, mention):
            undated = period, anchor  # (s57) "on a Tuesday in July": some day of that month (weekday_in_month), the story stays
        if undated is not None:  # narrative "In 1920 ... at nightfall": some day's evening of 1920, not the publication day's
            period, anchor = undated
        if same_day is not None and period is not None and period.grain is _DAY:
            story.days.setdefault(same_day, (period, tid))
        if name is not None and name[2] and period is not None:
            story.month_names[name[:2]] = (period, tid)
    if period is None:
        ttype = TimexType.TIME if spec.grain < Grain.DAY else TimexType.DATE
        return Timex(type=ttype, value=unanchored_value(spec), mod=spec.mod, grain=spec.grain, anchor=anchor, temporal_function=True, **common)
    mod = spec.mod
    clocked = period.grain is _MINUTE or (spec.part_of_day is not None and "clock" in ctx.lexicon["parts_of_day"].get(spec.part_of_day, {}))
    clock_hedge = ctx.lexicon["clock_hedges"].get(spec.hedge) if spec.hedge and clocked else None
    if clock_hedge is None and clocked and not spec.hedge and mod is None:
        clock_hedge = _clock_signal(ctx, mention)  # "moments before 8 p.m.", "soon after 6 p.m.": the words outside it
    if clock_hedge is not None and "before" in clock_hedge:  # "shortly before 11 p.m.": 22:30 .. 23:00, not the minute 23:00
        point = period.start if period.grain is Grain.MINUTE else _part_clock(ctx, spec.part_of_day, period)  # midnight: 00:00
        earliest = point - dt.timedelta(minutes=clock_hedge["before"])
        latest = point + dt.timedelta(minutes=clock_hedge["after"]) if clock_hedge["after"] else point
    elif spec.part_of_day and not clocked and period.grain is Grain.PART_OF_DAY and _part_hedge(ctx, mention.text) is not None:
        # "shortly before dawn", "just after dusk": the hedge's minutes before (after) the part's window, which is when dawn
        # may be (the mod stays APPROX, as the rule writes it: dawn is no minute); not an hour either side as "around dawn"
        hedge = _part_hedge(ctx, mention.text)
        earliest, latest = period.start - dt.timedelta(minutes=hedge["before"]), period.end + dt.timedelta(minutes=hedge["after"])
    elif period.value.endswith("-XX") or (spec.part_of_day is not None and _narrowed_part(ctx, spec.part_of_day)):
        # "later that day" on some day of a month: any of it; "the middle of the night": its hours already are the middle
        earliest, latest = period.start, period.end
    else:
        earliest, latest = (_part_with_mod(ctx, spec.part_of_day, mod, period) if mod is not None and spec.part_of_day is not None else None) or bounds_for_mod(period, mod)
        told = story.current if (anchor.kind is _TIMEX and story.current_tid is not None and anchor.timex_id == story.current_tid
                                 and story.current is not None and story.current.grain >= _DAY) else None  # (a day or longer: "later that
        # morning" after "shortly before dawn" keeps the morning's last part)
        earliest, latest = _before_or_after_now(ctx, mention, period, earliest, latest, told, spec)
        if spec.mod is not None and spec.shift is not None:
            earliest, latest = hedged_shift(ctx, spec, mention.text, story, ctx.text[max(0, mention.start - 20):mention.start]) or (earliest, latest)  # "nearly a decade ago"
        # (each step below only for the periods it can change: its own first test, asked here before the call)
        grain = period.grain
        if grain is _WEEK:
            earliest, latest = _week_of_month(ctx, mention, spec, period) or (earliest, latest)  # "the first week of April"
        if spec.shift is not None:
            earliest, latest = _trailing_unit(ctx, mention, spec, anchor) or (earliest, latest)  # "over the past year"
        now = ctx.now_span()
        if now is not None and period.start <= now[0] < period.end:
            earliest, latest = _up_to_now(ctx, mention, period) or (earliest, latest)  # "so far this year"
        if mod is Mod.END and spec.shift is not None:
            earliest, latest = _rest_from_now(ctx, mention, period, told) or (earliest, latest)  # "the rest of the decade"
        earliest, latest = _open_signal(ctx, mention, earliest, latest)  # "until at least 2030"
        if grain is _DAY and mod is None:
            earliest, latest = _approx_signal(ctx, mention, period, mod, earliest, latest)  # "around March 3"
            earliest, latest = _day_signal(ctx, mention, period, mod, earliest, latest)  # "shortly after Easter"
            earliest, latest = _day_part_signal(ctx, mention, period, mod, earliest, latest)  # "late on Boxing Day"
        elif grain is _DAY and mod in (_START, _END):
            earliest, latest = _unusual_hour(ctx, mention, period, mod) or (earliest, latest)  # "Clinics will close early on Friday"
        which = _half_named(ctx, mention, period)
        if which is not None:  # "the first half of October": the 1st to the 15th, not the first third
            earliest, latest = half_bounds(period, which)
        if grain in _FISCAL_GRAINS:
            earliest, latest = _fiscal_period(ctx, mention, period, which) or (earliest, latest)  # "the first quarter of fiscal 2027"
        if spec.holiday is not None:
            earliest, latest = _turn_of(ctx, spec, period) or (earliest, latest)  # "at the turn of the year"
            earliest, latest = _festival_days(ctx, spec, period) or (earliest, latest)  # "during Ramadan"
            earliest, latest = beside_bounds(ctx, spec, period) or (earliest, latest)  # "the week after Easter"
        if open_half and period.grain is Grain.MINUTE and earliest is not None and latest is not None:
            # "at 2:30": from the morning's reading to the afternoon's, whichever the value took
            earliest, latest = (earliest - _HALF_DAY, latest) if spec.hour >= 12 else (earliest, latest + _HALF_DAY)
    ttype = _TIME if period.grain < _DAY else _DATE  # TimeML: a part of day is a TIME
    if is_duration_value(period.value):  # a fiscal period named by its last day: a length with known bounds
        if anchor.kind is AnchorKind.TIMEX and anchor.timex_id is not None and period.grain is Grain.YEAR:
            story.fiscal_ends[anchor.timex_id] = period  # "a year earlier" counts from it (shifts.shifted_period)
        return Timex(type=TimexType.DURATION, value=period.value, earliest=period.start, latest=period.end, grain=period.grain, anchor=anchor,
                     temporal_function=True, min_length=period.end - period.start, max_length=period.end - period.start, **common)
    timex = Timex(
        type=ttype, value=period.value, mod=mod, earliest=earliest, latest=latest, grain=period.grain, anchor=anchor,
        temporal_function=anchor.kind is not _NO_ANCHOR_KIND, **common,
    )
    # "the quarter ended Sept. 30" says which quarter the story is about, whatever was named before
    if undated is not None:
        return timex  # some day's part: the story stays where it was, on its month or year
    moves = ending is not None or (moves_story(ctx, spec, period, mention, story, mentions) and not (spec.year is not None and is_aside(ctx, mentions, i, period, story))
                                   and told_name is None)
    if ctx.mode == "narrative" and story.bc is not None and anchor.kind is AnchorKind.REFERENCE_TIME:
        moves = False  # "at midnight" in a story told in years BC: read from the publication date, no time the story goes to
    ended = ctx.reference is not None and period.end <= ctx.reference
    # "ended Sept. 30" after "the fourth quarter" names that quarter's end: the story stays on the quarter
    names_end = ends_period(ctx, mentions, i)
    if names_end and ctx.mode == "narrative" and names_event(ctx, mentions[i - 1]):
        names_end = False  # "The war of 1812 ended in 1815": no last day of the year before it, when the story's war ended
    if (ctx.mode == "news" and story.day is not None and period.grain in DAY_GRAINS and said_on(ctx.doc, mention.start)
            and not report_told(ctx.doc, mention.end) and not (spec.hour is not None and passive_report(ctx.doc, mention.start))):
        return timex  # "attacked on March 2, officials said Tuesday": the day of the report leaves the story on its day
        # (not "a laboratory confirmed on Monday that ...": the report is an act of the story, "the next day" counts from it)
    since = after_past_signal(ctx.text, mention.start)  # "free since 1650": a look-back, not what the story is about
    # "ran from Monday to Friday": a range's start, not a point of comparison ("rose from $3 in March"); the weekday
    # ending it counts from it (a weekday after a far date, "bought from Sept. 14 to Thursday", counts from today)
    comparison = after_comparison(ctx.text, mention.start, ctx.doc.language) and not (
        spec.weekday is not None and opens_range(ctx, mentions, i) and isinstance(mentions[i + 1].meaning, CalendarSpec)
        and mentions[i + 1].meaning.weekday is not None)
    # news: "exports fell in November from October": a point of comparison of the grain of the period its sentence is about
    # is no time the story moves to ("the previous month" after it is still November's); so is one before that period in a
    # later sentence ("Orders rose in January. They were 2 percent higher than ... up 2 percent from December.")
    same_grain = story.by_grain.get(period.grain)
    compared = comparison and ctx.mode == "news" and (
        (story.last is not None and story.last[0] == story.sentence and story.last[1].grain is period.grain and story.last[2] == story.focus_tid)
        or (same_grain is not None and period.end <= same_grain[0].start))
    rest = rest_of_period(ctx, spec, mention, period, story) if ctx.mode == "narrative" else None  # "Later that year": the story goes on in the rest of it
    # "Earlier that year": a look-back to the year's part before the story's time, which stays put
    earlier = earlier_part(ctx, spec, mention, period, story) if ctx.mode == "narrative" else False
    # news: "The shares, which fell on Tuesday ahead of the results, rose 6 percent by midday": a day told inside a relative
    # clause set off by commas describes what it is said of; the story's day stays the one told before it
    # (nor does a part of day in the past perfect that began before the story's day or part: "closed the road on Tuesday
    # morning. Engineers found that a pipe had cracked overnight. The road reopened at 4 p.m.": Tuesday's 4 p.m.)
    set_off = ctx.mode == "news" and period.grain in DAY_GRAINS and _in_set_off_relative(ctx, mention, period)
    kept_current = (story.current, story.current_tid) if set_off and story.current is not None else None  # (s63 lead) and its current time
    kept_day = ((story.day, story.day_tid, story.day_from, story.day_window)
                if ctx.mode == "news" and period.grain in DAY_GRAINS and (set_off or _perfect_part_before(ctx, mention, period, story)
                or _last_occurrence(ctx, mention, period) or _clash_day(ctx, spec, mention, story)
                or _participle_after_day(ctx, mention, period, story)) else None)
    if ctx.mode == "news" and (period.grain in DAY_GRAINS or period.grain in FLASHBACK_OPENERS):
        outright = anchor.kind is _REFERENCE_KIND
        # (s60) a prospect told inside the flashback ("had warned on Monday that heat would arrive by the end of the week") is
        # no day the narration takes up: the flashback stays open for the story to come back from
        prospect = story.main_day is not None and clause_tense(ctx.doc, mention.start, mention.end)[0] == "future"
        story.leave_for_flashback(period, mention.end, (_flashback_reads_perfect(story, period, outright) and in_past_perfect(ctx.doc, mention.start, mention.end))
                                  or _background_month(story, period) or prospect or _comparison_day(ctx, mention, story, period), outright)
    # narrative: a winter, told without its year, that the story turned to from a time in the year of its December ("left on 19
    # October 1812. The winter came early that year"): "that year", "the following year" count from that year (1812), not from
    # its January's (1813)
    # (or from the time it was counted from, a flashback's: "In 1852 she had taught there, but the following winter the school
    # had closed, and the next year she had gone to Leeds": 1853)
    counted_from = story.bounds_of.get(anchor.timex_id) if anchor.timex_id is not None else None
    winter_from = (ctx.mode == "narrative" and period.grain is Grain.SEASON and period.value.endswith("-WI") and spec.year is None
                   and ((story.current is not None and story.current.start.year == period.start.year)
                        or (counted_from is not None and counted_from[0].year == period.start.year and counted_from[1] - counted_from[0] <= dt.timedelta(days=366))))
    story.update(period, tid, moves=(moves or rest is not None) and not names_end and not compared and not earlier, looks_back=looks_back(spec) or names_end or since or compared or earlier or (ctx.mode == "narrative" and looks_back_day(spec) and not moves),
                 ended=ended, settles=ending is not None, comparison=comparison, late_from=rest or (earliest if mod is _END else None)
                 or _late_part(ctx, period, earliest, latest), period_end=names_end)
    if winter_from:
        story.winter_from = tid
    if story.day_tid == tid:  # "about 10 p.m. ... two hours later": an offset counts from any minute the clock time may be
        story.day_window = _hedged_clock(period, earliest, latest)
    if story.day_tid == tid and period.grain is _PART_OF_DAY and after_midnight(ctx, spec):
        story.day = _midnight_day(period)  # "shortly after midnight on August 14 ... later that day": the 14th, not the 13th
    if kept_current is not None:
        story.current, story.current_tid = kept_current  # ("named yesterday as ..., had been reported missing two days earlier": from Wednesday)
    if kept_day is not None:
        story.day, story.day_tid, story.day_from, story.day_window = kept_day
        if story.told_days and story.told_days[-1][1] == tid:
            untold = story.told_days.pop()[0].start.date()  # nor is it a day the story told, for a past clause to go back to
            story.told_on[untold].pop()
            if not story.told_on[untold]:
                del story.told_on[untold]
    story.end_of[tid] = mention.end
    story.start_of[tid] = mention.start
    if earliest is not None and latest is not None:
        story.bounds_of[tid] = (earliest, latest)
    return timex


def _told_in_past(ctx: Context, mention: Mention) -> bool:
    """Whether the clause of ``mention`` is told in the simple past ("scored twice in the last ten minutes"), not the present
    perfect that counts up to now ("have made two arrests in the last ten minutes")."""
    from .named_days import _perfect_far_back
    from .tense import tense_evidence

    tense, level = tense_evidence(ctx.doc, mention.start, mention.end)
    return tense == "past" and level <= 1 and not _perfect_far_back(ctx, mention.start)

