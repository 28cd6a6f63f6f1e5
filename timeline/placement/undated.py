"""The news day: an undated past event of a news report most likely happened shortly before publication (how shortly
measured on TBAQ)."""

from __future__ import annotations

from types import MappingProxyType
import bisect
import datetime as dt
from typing import TYPE_CHECKING, Mapping, Optional, Sequence


from ..order import Bound, Fact, end_of, start_of
from .base import SOFT_STRENGTH, SoftFact, _DAY, _midnight, _shift, publication_day

if TYPE_CHECKING:
    pass


NEWS_DAY_REACH = 3
"""How many sentences after the lead an undated happening may take the lead's day (see :func:`news_day`)."""
NEWS_DAY_PERCEIVED_REACH = 5
"""How many sentences after the lead a witness's perception told in a report may take the lead's day, even past a
sentence that moved the story ("The company sent engineers on Wednesday morning. ... Others said they heard a loud
bang"): what witnesses perceived is the news itself."""
NEWS_DAY_MAX_DAYS = 4
"""The furthest before publication (in calendar days) a lead's day may lie for the sentences after it to take it."""
NEWS_DAY_CLOCK = dt.timedelta(hours=6)
"""A time the story names after its lead that ends at most this long after the lead's day ("shortly after
midnight") is a step of the same news, not a new day: the news day goes on past it."""
_PERCEIVED = frozenset({"PERCEPTION"})
"""The event classes of a witness's perception ("heard", "saw", "felt"): what a report right after the lead says was perceived is the news."""
NEWS_DAY_CONFIDENCE = 0.65
"""How sure the likely layer is that an undated happening told right after the lead happened on the lead's day."""


def news_day(events: Sequence[tuple[str, str, int]], lends: Mapping[str, str], spans: Mapping[str, tuple[dt.datetime, dt.datetime]],
             carried: frozenset[str], reference: Optional[tuple[dt.datetime, dt.datetime]], real: Mapping[str, bool],
             past: Mapping[str, bool], happenings: frozenset[str], time_tied: frozenset[str],
             continued: Mapping[str, str], ordered: frozenset[str] = frozenset(),
             speech: frozenset[str] = frozenset(), following: frozenset[str] = frozenset(),
             flashbacks: frozenset[str] = frozenset(), asides: frozenset[str] = frozenset(),
             on_scene: frozenset[str] = frozenset(), attributing: frozenset[str] = frozenset(),
             paragraph_of: Mapping[int, int] = MappingProxyType({}),
             stretch_starts: frozenset[str] = frozenset(), clocked: frozenset[int] = frozenset(),
             phrase_nouns: Mapping[str, str] = MappingProxyType({}),
             restorations: frozenset[str] = frozenset(),
             sentence_times: Mapping[int, tuple[dt.datetime, dt.datetime]] = MappingProxyType({})) -> dict[str, tuple[str, Optional[dt.datetime], dt.datetime]]:
    """Event -> (the lead's time, from, to) for each undated happening told in the few sentences
    after a lead that dates the news to a day before publication ("A fire tore through a paint
    factory on Tuesday evening" in a paper of Wednesday; "Firefighters battled the blaze for six
    hours before they brought it under control shortly after midnight. Two workers were treated
    for smoke inhalation"): the news happened that day, not on the publication day.

    The lead is the first sentence that tells a real past event other than a report; it must date
    one (``lends``: event -> the time it sets for its sentence; ``carried``: the times of a day or a
    part of one) to one calendar day one to :data:`NEWS_DAY_MAX_DAYS` days before the publication day
    (``reference``), and name no time outside that day ("were rescued on Thursday after their trawler
    lost power late on Tuesday" tells of two days).  For :data:`NEWS_DAY_REACH` sentences after it, a happening told in the
    simple past (``happenings``; not a report, a state, a flashback or a verb in the present)
    that no time dates (``time_tied``: the events the text relates to a time; ``continued``: those
    a discourse time already places; a deadline after it, "before midnight", is no time of its own)
    most likely happened from the lead's time to the end of its day (a night named by its day ends
    at midnight), and after the latest time of that day a sentence before it told (the story's clock
    moves forward).  A happening the text orders before another event ("battled the blaze for six
    hours before they brought it under control") takes it too, and in a sentence that names a time
    of the lead's day only such a one (``ordered``), since the sentence's time places the others;
    one the text puts after another past event (``following``: "The governor toured the valley shortly
    after the water receded") may lie days on and does not, unless its sentence names a time of the occasion's clock
    (``clocked``: "was awarded after a defender handled the ball in the 116th minute").  A sentence that names a time outside
    the lead's day (beyond :data:`NEWS_DAY_CLOCK` after it) moves the story and ends the reach:
    "Residents returned on Wednesday morning" is the publication day's news; a time inside an aside a comma
    closes (``asides``: "Osei, who founded the company in 1998, said ...") tells a participant's past and does not.  Reports are left to
    the publication day, where TimeML annotators put them, and so is a report spoken at an occasion
    (``speech``: "Prosecutors told the court", which the trial dates, not the verdict), and what a
    report says after it in its sentence ("... told the court that he hid the transfers").  An undated
    flashback told after the lead (``flashbacks``, the past perfect: "told reporters at the scene that the
    fire had started in a storage room"), until a sentence names a time outside the lead's day, most
    likely ended by the end of that day (its start is left open): it comes back with ``None`` as its from.
    A happening done at the scene (``on_scene``: "The driver was arrested at the scene") up to
    :data:`NEWS_DAY_PERCEIVED_REACH` sentences after the lead takes the lead's day even past a sentence that moved the story.
    In the report-led sentence that ends the reach, if within it, a witness's perception (:data:`_PERCEIVED`:
    "Residents said they heard a loud crack shortly before the deck gave way") and the happenings after it take
    the lead's day: what was perceived is the news. Sentences that end the reach only by looking back to days before the
    lead's ("was found alive on Monday morning. He was last seen on Friday ... His daughter reported him missing on
    Saturday") are a flashback: a new paragraph (``paragraph_of``: sentence -> paragraph) after them, still within the
    reach, is back at the lead's day ("A helicopter crew spotted him near a bothy"). A lead's time that only starts a
    stretch running up to now (``stretch_starts``: "have forced 12,000 people from their homes since heavy rain began on
    Sunday") dates no news day. A sentence that names a time on the clock of the lead's occasion (``clocked``: "in the 58th
    minute", "in stoppage time") still tells it and does not count against the reach. An event noun in a phrase of the
    scene of a happening so placed (``phrase_nouns``: noun -> verb, "led by more than a minute at the finish") takes its
    verb's time. (s56) A lead that tells a disruption's end (``restorations``: "Schools in Marsh Ende reopened on
    Thursday") makes such a new paragraph after the flashback to the disruption ("Heavy rain flooded the town on Saturday
    night.\n\nSoldiers built a wall of sandbags") the steps between them: from the flashback's latest time to the
    lead's (its ``to`` is the lead's start, before it). (s58) Back at the lead's day after a flashback whose sentence
    (``sentence_times``: sentence -> the bounds of the times it names) runs up to the lead's time, ending on its day by the
    lead's time's end ("had set out on Monday ... sheltered in it until dawn"): that sentence's happenings are after the
    flashback's latest time told before it and over by the lead's time's end (not after it), and the happenings of the sentence right after it tell the lead's act again, in the
    lead's time ("A rescue team then led the climbers down" after "brought two climbers down ... on Tuesday morning"), not
    after it."""
    day = publication_day(reference)
    if day is None:
        return {}
    lead: Optional[tuple[int, str]] = None
    lead_eid = ""
    opening = min((sentence for eid, cls, sentence in events if real.get(eid, False) and past.get(eid, False) and cls != "REPORTING"), default=None)
    headed = False  # a real past act of the lead before it: "came from two goals down to beat Millbrook on Saturday" (the
    # infinitive, made real by its head, is as past as the head)
    for eid, cls, sentence in events:
        if (sentence == opening and eid in lends and real.get(eid, False) and cls != "REPORTING" and (past.get(eid, False) or headed)
                and eid not in stretch_starts):
            lead = (sentence, lends[eid])
            lead_eid = eid
            break
        headed = headed or (sentence == opening and real.get(eid, False) and past.get(eid, False) and cls != "REPORTING")
    if lead is None or lead[1] not in carried or lead[1] not in spans:
        return {}
    lo, hi = spans[lead[1]]
    first = _midnight(lo)
    last = _shift(first, _DAY)
    earliest_day = _shift(day[0], -NEWS_DAY_MAX_DAYS * _DAY)
    if last is None or earliest_day is None or not (earliest_day <= first and last <= day[0]) or lo >= last:
        return {}
    start, end = max(lo, first), last  # from the lead's time to the end of its day: what is told after the lead follows it
    reach = _shift(last, NEWS_DAY_CLOCK)
    # the lead itself counts: "rescued on Thursday after their trawler lost power late on Tuesday" names no one news day
    # a time of an aside a comma closes ("Osei, who founded the company in 1998, said ...") tells a participant's past, not a new day of the story
    # nor does the time of a report that attributes what its sentence told before it ("The talks collapsed over the price of
    # steel, a council official said on Tuesday": the saying's day, not the collapse's)
    # nor does a time that holds the whole lead's day ("the town's school closed for the rest of the week"): the story may
    # still be on that day, and the sentence's undated happenings ("Firefighters rescued a couple as the water rose") are
    containing = frozenset(t for t, (t_lo, t_hi) in spans.items() if t_lo <= first and last <= t_hi and t_hi - t_lo > _DAY)
    moved = {sentence for eid, _cls, sentence in events if eid in lends and lends[eid] in spans and sentence >= lead[0] and eid not in asides
             and eid not in attributing and lends[eid] not in containing
             and not (first <= spans[lends[eid]][0] and reach is not None and spans[lends[eid]][1] <= reach)}
    # "was flown to a hospital and remained in a serious condition on Tuesday": a state's time moves the story from the
    # state on; the happenings told before it in its sentence, dated by nothing else, are still the lead's day's
    held: dict[int, int] = {}  # moved sentence -> the position of the state whose time moved it (-1: moved by anything else)
    for k, (eid, cls, sentence) in enumerate(events):
        if sentence in moved and sentence not in held and eid in lends and eid not in asides:
            held[sentence] = k if cls == "STATE" else -1
    # a sentence led by a report ("The company said the cause was unknown.") breaks the narration, as it breaks a carried day
    leaders: dict[int, str] = {}
    for eid, cls, sentence in events:
        if real.get(eid, False) and past.get(eid, False) and sentence not in leaders:
            leaders[sentence] = "REPORTING" if eid in speech else cls
    told = {sentence for sentence, cls in leaders.items() if cls == "REPORTING" and sentence > lead[0]}
    free = sorted(k for k in clocked if k > lead[0])

    def reach_end(sentence: int) -> int:
        """The last sentence the reach gets to when ``sentence`` is told: the sentences of the occasion's clock up to it
        count for nothing."""
        return lead[0] + NEWS_DAY_REACH + bisect.bisect_right(free, sentence)
    stop = min(moved | told, default=lead[0] + NEWS_DAY_REACH + len(free) + 1)
    # a sentence that ends the reach only by looking back (every time it names ends by the lead's day: "He was last seen
    # on Friday") is a flashback; a new paragraph after such sentences alone is back at the news of the lead's day
    # (by the lead's time: "had issued a flood warning on Monday night" before a Tuesday-afternoon lead looks back too)
    looking_back = {sentence for sentence in moved | told
                    if sentence in moved and all(spans[lends[eid]][1] <= lo for eid, _cls, k in events
                                                 if k == sentence and eid in lends and lends[eid] in spans and eid not in asides and eid not in attributing)}
    # such a sentence whose first dated verb is in the past perfect ("The agency had issued a flood warning on Monday night,
    # when the gauge passed its alert level") is a flashback the tense closes: the simple past after it, even in its
    # paragraph ("Residents who were evacuated spent the night in the leisure centre"), is back at the news
    perfect_back = {sentence for sentence in looking_back
                    if next((eid for eid, _cls, k in events if k == sentence and eid in lends and eid not in asides), None) in flashbacks}

    def back_at_lead(sentence: int) -> bool:
        """Whether ``sentence`` lies in a paragraph after the flashback sentences that alone ended the reach, within the
        reach (which counts the news's sentences, not the flashback's); or that names a time on the clock of the lead's
        occasion (``clocked``: "His first goal came in the 12th minute"), which only the news's occasion has."""
        before = [k for k in moved | told if k < sentence]
        return (bool(before) and all(k in looking_back for k in before) and sentence <= lead[0] + NEWS_DAY_REACH + len(before)
                and (paragraph_of.get(sentence, 0) > max(paragraph_of.get(k, 0) for k in before) or all(k in perfect_back for k in before)
                     or sentence in clocked))  # ("He had surgery in March. His first goal came in the 12th minute": the match's clock)
    # the story's clock inside the lead's day: "The system failed at about 5:30 a.m. ... was restored just after 11 a.m.
    # Some travellers slept in the terminal" (the sleeping came after 11 a.m.)
    clock: dict[int, dt.datetime] = {}
    for eid, _cls, sentence in events:
        span = spans.get(lends.get(eid, ""))
        if span is not None and first <= span[0] < end and span[1] <= end and sentence >= lead[0]:
            clock[sentence] = max(clock.get(sentence, span[0]), span[0])
    # (an aside's time dates its participant's past, not its sentence: "More than 9,000 fans watched the game, the biggest
    # crowd since the ground was rebuilt in 2011" leaves the watching to the lead's day)
    dated = frozenset(sentence for eid, _cls, sentence in events if eid in lends and eid not in attributing and eid not in asides and lends[eid] not in containing)
    reported: set[int] = set()  # sentences in which a report has been passed: what follows is what it says
    perceiving: set[int] = set()  # report-led sentences in which a witness's perception has been passed
    out: dict[str, tuple[str, Optional[dt.datetime], dt.datetime]] = {}
    for k, (eid, cls, sentence) in enumerate(events):
        if phrase_nouns.get(eid) in out and eid not in lends and eid not in time_tied and real.get(eid, False):
            out[eid] = out[phrase_nouns[eid]]  # "led by more than a minute at the finish": the leading's time
            continue
        if cls == "REPORTING" or eid in speech:
            reported.add(sentence)
            continue
        if (eid in on_scene and lead[0] < sentence <= lead[0] + NEWS_DAY_PERCEIVED_REACH and eid in happenings and real.get(eid, False)
                and past.get(eid, False) and eid not in lends and eid not in time_tied and sentence not in dated):
            out[eid] = (lead[1], start, end)  # "was arrested at the scene": where, and so when, the news happened
            continue
        # "Residents said they heard a loud bang": a witness's perception, told in the report right after the lead, is of
        # the news itself (the report is the publication day's; what was perceived happened on the lead's day)
        # (and so did what the perception is told to have perceived after it: "... shortly before the deck gave way")
        if (stop <= sentence <= lead[0] + NEWS_DAY_PERCEIVED_REACH and sentence in told and sentence in reported
                and (cls in _PERCEIVED or sentence in perceiving) and eid in happenings and real.get(eid, False) and past.get(eid, False)
                and eid not in lends and eid not in time_tied and sentence not in dated):
            # (even where the discourse would carry the day of the sentence before: "Inspectors examined the boiler on
            # Monday morning. Neighbours said they heard a loud bang": the pipeline drops that carried day for it)
            out[eid] = (lead[1], max([start, *(t for k, t in clock.items() if k < sentence)]), end)
            perceiving.add(sentence)
            continue
        # what the story says had happened before ("told reporters that the fire had started in a storage room"), until it
        # names another day, was over by the end of the lead's day: the past perfect looks back from the news
        if (lead[0] < sentence < min(moved, default=sentence + 1) and eid in flashbacks and real.get(eid, False)
                and past.get(eid, False) and eid not in lends and eid not in time_tied and eid not in continued):
            out[eid] = (lead[1], None, end)
            continue
        returned = sentence not in dated and back_at_lead(sentence)
        # (back at the lead's day, a flashback's day the discourse would carry over the paragraph break is dropped: "His wife
        # raised the alarm on Sunday.\n\nA lifeboat crew pulled him from the water" is the rescue's Tuesday)
        carried_back = eid in continued and continued[eid] in spans and spans[continued[eid]][1] <= first
        if (((lead[0] < sentence <= reach_end(sentence) and (sentence < stop or (sentence == stop and k < held.get(sentence, -1))))
             or returned)
                and eid in happenings and sentence not in reported and real.get(eid, False)
                and past.get(eid, False) and eid not in lends and eid not in time_tied and (eid not in continued or (returned and carried_back))
                and (eid not in following or sentence in clocked) and (sentence not in dated or eid in ordered or sentence == stop)):
            # back after a flashback, the story goes on from the lead's news: after the part of the day it named ("found on
            # Thursday morning. ...\n\nShe was flown to hospital": after the morning)
            resumed = min(hi, end) if returned and hi < end else start
            between = _restored_from(events, lends, spans, asides | attributing, frozenset(moved | told), sentence, lo) if returned and lead_eid in restorations else None
            if between is None and returned and _up_to_lead(sentence_times.get(sentence), first, hi):
                # (s58) "They dug a snow hole and sheltered in it until dawn": after the flashback's latest time, by the lead's time's end
                out[eid] = (lead[1], _restored_from(events, lends, spans, asides | attributing, frozenset(moved | told), sentence, lo), hi)
            elif between is None and returned and _up_to_lead(sentence_times.get(sentence - 1), first, hi):
                out[eid] = (lead[1], lo, hi)  # (s58) "A rescue team then led the climbers down": the lead's act told again
            else:
                out[eid] = (lead[1], between, lo) if between is not None else (lead[1], max([resumed, *(t for k, t in clock.items() if k < sentence)]), end)
    return out


def _up_to_lead(told: Optional[tuple[dt.datetime, dt.datetime]], first: dt.datetime, hi: dt.datetime) -> bool:
    """(s58) Whether the times a sentence names (``told``: their earliest and latest bounds) run up to a lead's time: they end
    after the start of its day (``first``) and by the end of the lead's time (``hi``), begun before that end ("until dawn" or
    "through the night, until first light" before a lead of "on Sunday morning")."""
    return told is not None and told[0] < hi and first < told[1] <= hi


def _restored_from(events: Sequence[tuple[str, str, int]], lends: Mapping[str, str], spans: Mapping[str, tuple[dt.datetime, dt.datetime]],
                   undating: frozenset[str], flashback: frozenset[int], sentence: int, lead_start: dt.datetime) -> Optional[dt.datetime]:
    """(s56) The start of the latest time the flashback sentences before ``sentence`` tell (``flashback``: the sentences that
    ended the lead's reach; a time of an aside or an attributing report dates none), if before the lead's start
    (``lead_start``), else None."""
    starts = [spans[lends[eid]][0] for eid, _cls, k in events if k in flashback and k < sentence and eid in lends
              and lends[eid] in spans and eid not in undating]
    latest = max(starts, default=None)
    return latest if latest is not None and latest < lead_start else None


def news_day_facts(placed: Mapping[str, tuple[str, Optional[dt.datetime], dt.datetime]],
                   spans: Mapping[str, tuple[dt.datetime, dt.datetime]] = MappingProxyType({})) -> list[SoftFact]:
    """One soft fact per event :func:`news_day` puts on the lead's day: inside that time and day (a
    flashback, with no start: over by the day's end); (s56) one it puts between a flashback and a lead that ends the
    disruption (its ``to`` at the lead's start, ``spans``: time -> its bounds): after the flashback's time, before the lead's."""
    evidence = "an undated happening told right after the lead: the lead's day"
    out = []
    for eid, (t, start, end) in placed.items():
        if start is not None and t in spans and end <= spans[t][0]:
            told = "told after a flashback to a disruption the lead ends: between the two"
            facts = (Bound(start_of(eid), start, None, told, SOFT_STRENGTH), Bound(end_of(eid), None, end, told, SOFT_STRENGTH))
            out.append(SoftFact(eid, t, "BEFORE", NEWS_DAY_CONFIDENCE, "discourse", facts, told, told="news-between"))
        elif start is None:
            facts: tuple[Fact, ...] = (Bound(end_of(eid), None, end, "told as over before the news of the lead's day", SOFT_STRENGTH),)
            out.append(SoftFact(eid, t, "BEFORE", NEWS_DAY_CONFIDENCE, "discourse", facts, evidence, told="news-day"))
        else:
            facts = (Bound(start_of(eid), start, None, evidence, SOFT_STRENGTH), Bound(end_of(eid), None, end, evidence, SOFT_STRENGTH))
            out.append(SoftFact(eid, t, "IS_INCLUDED", NEWS_DAY_CONFIDENCE, "discourse", facts, evidence, told="news-day"))
    return out


def lead_retold(events: Sequence[tuple[str, str, int]], lends: Mapping[str, str], spans: Mapping[str, tuple[dt.datetime, dt.datetime]],
                continued: Mapping[str, str], real: Mapping[str, bool], past: Mapping[str, bool],
                paragraph_of: Mapping[int, int], sentence_times: Mapping[int, tuple[dt.datetime, dt.datetime]]) -> dict[str, str]:
    """(s59 place) Event -> the lead's time, for an event the discourse carries (``continued``: event -> time) from a
    flashback into the first sentence of a new paragraph, when the sentence before that paragraph names times that run up
    to the lead's time (see :func:`_up_to_lead`; ``sentence_times``: sentence -> the bounds of the times it names), the
    lead's time is a part of a day and the time carried runs from before the lead's day into it (a night): "were rescued ... on Tuesday morning. / Their boat hit rocks on Monday evening.
    The pair bailed water through the night, until first light. / A lifeboat then towed the yacht to harbour": the towing is
    the lead's rescue told again, on the Tuesday morning, not in the night.  The lead is the first sentence that tells a real
    past event other than a report dated by a time of its own (as :func:`news_day` finds it, on any day)."""
    lead = next(((sentence, lends[eid]) for eid, cls, sentence in events
                 if eid in lends and real.get(eid, False) and past.get(eid, False) and cls != "REPORTING"), None)
    if lead is None or lead[1] not in spans:
        return {}
    lo, hi = spans[lead[1]]
    first = _midnight(lo)
    if hi - lo >= _DAY:
        return {}  # (a part of a day: "on Tuesday morning"; a whole day, "today", is no time a night runs up to)
    out: dict[str, str] = {}
    for eid, _cls, sentence in events:
        t = continued.get(eid)
        if (t is None or t == lead[1] or t not in spans or sentence <= lead[0] + 1 or not spans[t][0] < first < spans[t][1]
                or paragraph_of.get(sentence, 0) == paragraph_of.get(sentence - 1, 0)):
            continue
        if _up_to_lead(sentence_times.get(sentence - 1), first, hi):
            out[eid] = lead[1]
    return out
