"""What goes into the likely layer: learned relations, news conventions, and what the words
suggest beyond what they entail ("since", "and" between two past verbs, a dateline).

This module holds the news conventions (:func:`convention_facts`); the other kinds of soft fact are beside it:
`learned` (the learned relations), `days` (an event's day), `discourse` (narrated sequences, the time the discourse
continues) and `undated` (the news day of an undated past event)."""

from __future__ import annotations

from types import MappingProxyType

import datetime as dt
import functools
import json
from importlib import resources
from typing import TYPE_CHECKING, Mapping, Optional, Sequence

import attrs

from ..anchoring import REFERENCE, Link
from ..order import Bound, Constraint, end_of, start_of
from ..order.links import LinkRelation, Strength
from ..order import during as _during

if TYPE_CHECKING:
    pass


from .base import SOFT_STRENGTH, SoftFact, _DAY, _MINUTE, _ZERO, _in_day, _midnight, _shift, publication_day
from .learned import BACKGROUND_GAP

WIDE_REACH = 1
"""An undated event continues a time longer than a week only when it is the next event mention
to the one that time dates (counted in event mentions)."""


@attrs.frozen
class Conventions:
    """News conventions measured on TBAQ (see ``timeline/data/conventions.json``)."""

    past_days_before_publication: int
    past_confidence: float
    future_max_days_after: int
    future_confidence: float


@functools.lru_cache(maxsize=1)
def load_conventions() -> Conventions:
    """The measured conventions shipped with the package (read once)."""
    data = json.loads((resources.files("timeline") / "data" / "conventions.json").read_text(encoding="utf-8"))["conventions"]
    return Conventions(int(data["past_days_before_publication"]), float(data["past_confidence"]), int(data["future_max_days_after"]), float(data["future_confidence"]))


FILING_MAX_DAYS = 3  # a dateline up to this many days before publication names the day the story was filed


def filing_day(now: Optional[tuple[dt.datetime, dt.datetime]], dateline: Optional[tuple[dt.datetime, dt.datetime]]) -> Optional[tuple[dt.datetime, dt.datetime]]:
    """The day the news conventions read as "now": the dateline's day when the story was filed
    a day or more before publication ("BRUSSELS, March 2 (Agency) --" in a paper of March 3:
    what it reports without a date happened on the 2nd), else the publication time itself."""
    day = publication_day(now)
    if day is None or dateline is None or not (day[0] - FILING_MAX_DAYS * _DAY <= dateline[0] < day[0]):
        return now
    return dateline


LASTING_AFTER_CONFIDENCE = 0.6
"""How sure the likely layer is that a lasting past event with no time of its own, told right after
a sentence dated in the past, began in that sentence's time ("damaged in a storm in January. The line
remained closed for three months")."""


FLASHBACK_GAP = dt.timedelta(days=7)
"""A past time told this long or more before a time the story told earlier is a flashback (see :func:`continued_discourse`)."""


ASIDE_ACT_CONFIDENCE = 0.7
"""How sure the likely layer is that an undated past act a relative clause tells of the subject of a dated clause came in the
year before that clause's time (see :func:`convention_facts`)."""


def _main_after(timed_here: Sequence[tuple[int, str, bool, bool, bool, bool]], k: int, past_times: frozenset[str],
                events: Sequence[tuple[str, str, int]], verb: Optional[str]) -> list[tuple[int, str, bool, bool, bool, bool]]:
    """The timed event of a sentence (``convention_facts``' tuples) after position ``k`` that is ``verb`` (the main clause's
    verb a relative clause before it describes the subject of), no report, dated to a time over before publication."""
    if verb is None:
        return []
    return [x for x in timed_here if x[0] > k and not x[4] and not x[5] and x[1] in past_times and events[x[0]][0] == verb]


_TOLD_BACK = frozenset({"OCCURRENCE", "REPORTING"})
"""The classes of a past perfect a report tells that is over before the report: happenings and (s61) reports told back
("a newspaper reported that he had claimed expenses"; the tagger reads "claimed" before some objects as a report)."""


def _telling_report(events: Sequence[tuple[str, str, int]], k: int, sentence: int) -> Optional[int]:
    """The position of the report (class REPORTING) told last before ``events[k]`` in its sentence, or None."""
    for j in range(k - 1, -1, -1):
        if events[j][2] != sentence:
            return None
        if events[j][1] == "REPORTING":
            return j
    return None


def _aside_act_fact(eid: str, t_main: str,
                    evidence: str = "a past act a relative clause tells of the subject of a dated clause: before its time, within a year",
                    lasted: bool = False) -> SoftFact:
    """ "Judge Roe, who ordered the inquiry, retired on Thursday", "A woman who stole from her employer was jailed on
    Thursday": a past act a relative clause tells of the subject of a dated main clause came before that clause's time,
    how long before is not told: most likely within :data:`BACKGROUND_GAP` before it, an honest wide interval rather
    than the publication day after it or the day right before it.  One that ``lasted`` a length the text tells ("A man
    who spent three days lost in the desert was found on Monday", "who was stranded for two nights was rescued") lasted
    up to that time: it most likely ended in it or the day before (its length then gives its start)."""
    if lasted:
        evidence = "a past act a relative clause tells, with a length, of the subject of a dated clause: it lasted up to that time"
        return SoftFact(eid, t_main, "BEFORE", ASIDE_ACT_CONFIDENCE, "discourse",
                        (Constraint(end_of(eid), end_of(t_main), _ZERO, None, evidence, SOFT_STRENGTH),
                         Constraint(start_of(t_main), end_of(eid), -_DAY, None, evidence, SOFT_STRENGTH)),
                        told="aside-act")
    return SoftFact(eid, t_main, "BEFORE", ASIDE_ACT_CONFIDENCE, "discourse",
                    (Constraint(end_of(eid), start_of(t_main), _ZERO, None, evidence, SOFT_STRENGTH),
                     Constraint(start_of(eid), start_of(t_main), _ZERO, BACKGROUND_GAP, evidence, SOFT_STRENGTH)),
                    told="aside-act")  # told as what it is: before the clause's time, not in it
FUTURE_LENGTH_START = dt.timedelta(days=7)
"""How soon after publication an undated later event the text gives a length ("would miss at least three weeks") most likely
begins: the length counts from now."""
MOMENT = dt.timedelta(hours=1)
"""The longest a beginning or an end ("the fire started", "the talks ended") most likely takes."""
MEASURED_EXTENT = dt.timedelta(hours=3)
"""The longest a happening told a measured time after another ("an hour after it set off, the engine
failed", "twenty minutes after take-off the pilot reported smoke") most likely takes."""
MEASURED_CONFIDENCE = 0.6
SHORT_STEP_EXTENT = dt.timedelta(hours=1)
SHORT_STEP_SCALE = 4
"""A step told minutes after another most likely takes at most this many times its longest gap, and never less than
:data:`SHORT_STEP_EXTENT` ("an exit poll broadcast minutes later": within the hour, not three; "an hour after it set off,
the engine failed" keeps :data:`MEASURED_EXTENT`)."""
"""How sure the likely layer is of :data:`MEASURED_EXTENT`."""


def convention_facts(
    events: Sequence[tuple[str, str, int]],
    links: Sequence[Link],
    real: Mapping[str, bool],
    reference: Optional[tuple[dt.datetime, dt.datetime]],
    timed: Mapping[str, str],
    past: Mapping[str, bool],
    conventions: Conventions,
    narrow: Optional[frozenset[str]] = None,
    tied: frozenset[str] = frozenset(),
    inside: Optional[Mapping[str, str]] = None,
    attributions: Optional[frozenset[str]] = None,
    present: frozenset[str] = frozenset(),
    past_times: frozenset[str] = frozenset(),
    filed_early: bool = False,
    continued: Mapping[str, str] = MappingProxyType({}),
    future_times: frozenset[str] = frozenset(),
    moments: frozenset[str] = frozenset(),
    rest_of_day: Mapping[str, tuple[dt.datetime, dt.datetime]] = MappingProxyType({}),
    relative: frozenset[str] = frozenset(),
    relative_closed: frozenset[str] = frozenset(),
    begun: frozenset[str] = frozenset(),
    describing: frozenset[str] = frozenset(),
    lasting_states: frozenset[str] = frozenset(),
    time_lengths: Mapping[str, dt.timedelta] = MappingProxyType({}),
    until: Mapping[str, str] = MappingProxyType({}),
    earlier_times: frozenset[str] = frozenset(),
    clock_days: Mapping[str, tuple[dt.datetime, dt.datetime]] = MappingProxyType({}),
    phased: frozenset[str] = frozenset(),
    flashbacks: frozenset[str] = frozenset(),
    told_acts: Optional[Mapping[str, str]] = None,
    punished: Mapping[str, str] = MappingProxyType({}),
    night_ends: Mapping[str, dt.datetime] = MappingProxyType({}),
    count_framed: frozenset[str] = frozenset(),
    signal_clauses: frozenset[str] = frozenset(),
    quoted: frozenset[str] = frozenset(),
    begun_only: frozenset[str] = frozenset(),
    followers: frozenset[str] = frozenset(),
    addressing: frozenset[str] = frozenset(),
    told_content: frozenset[str] = frozenset(),
    infinitives: frozenset[str] = frozenset(),
    reported_ahead: Mapping[str, str] = MappingProxyType({}),
    tense_tied: frozenset[str] = frozenset(),
) -> list[SoftFact]:
    """Soft facts from news conventions.

    ``events``: (eid, class, sentence index) in text order; ``timed``: event -> the time
    expression it is anchored to by the text; ``past``: event -> whether it is known (tense
    or learned) to lie before publication; ``reported_ahead``: an undated plan a past report tells with "would" -> the
    report (after it, within months, as a "will"); ``narrow``: the times at most a week long, the only
    ones whose discourse any undated event of the sentence continues (None: all); ``tied``: the
    events the text relates to a time in any way or orders against another event ("empty
    since March", "planned before the vote"): they have an anchor of their own and continue no
    discourse;
    ``inside``: event -> the time whose discourse it sets (it lies in that time, or a sentence
    opens with it as a deadline), the only times an undated event continues ("put out by
    1 a.m." lends nothing; default: ``timed``); ``attributions``: the reporting events that
    attribute what comes before them ("..., officials said on Thursday"), which lend their time
    to nothing before them (default: every reporting event); ``present``: the events told in the
    present tense, which continue no time of ``past_times`` (the times over before publication):
    "founded in 1987 and runs eleven routes" runs now, not in 1987; ``filed_early``: ``reference``
    is the dateline's day, before publication (:func:`filing_day`), so an undated past event is
    over by its end; ``continued``: event -> the earlier sentence's time it continues
    (:func:`continued_discourse`), for an event whose own sentence lends it none; ``future_times``:
    the times that begin after publication, which a present-tense event does not continue either
    ("the board is expected to approve the merger on Friday": the expecting is now); ``moments``:
    aspectual verbs ("began", "ended"), whose own time is a moment (at most :data:`MOMENT`);
    ``rest_of_day``: event -> (from, to) for a continued time that is a clock time, which the
    event follows within its day rather than lies in ("noticed smoke shortly after 2 a.m. ...
    Firefighters arrived"); ``relative``: the events right after a relative pronoun, whose time
    dates nothing told before them ("were placed on the list, which began in 1950"), nor, when a
    comma closes their clause (``relative_closed``), anything told after it; ``begun``: the events
    the text has begun before publication ("the floods began to recede"), which no convention
    for later events puts after it; ``describing``: the participles that describe a noun ("pumping
    water from flooded streets on Monday"), which take no time of their sentence (the streets
    flooded before); ``lasting_states``: the states a verb says lasted ("remained closed"), which,
    with a length and no time of their own, most likely began in the time the sentence before told; ``until``: event ->
    the time it lasted until ("the road remained shut until Monday afternoon"), which for such a state is its end:
    it most likely began in the time the sentence before told too (not on the day it ended); ``earlier_times``: the
    times that begin before the publication day, which an event the text puts after publication does not continue;
    ``phased``: the events an aspectual verb begins or ends ("the council meeting began at 6 p.m."), which lie in the
    day of a clock time their sentence tells, not in its minute; ``flashbacks``: the events told in the past perfect, which
    take no time of a report told before them in their sentence when they are happenings ("reported on Monday that she had
    used the funds": the use was over before the report, not on its day; "said that they had concluded" keeps it);
    ``told_acts``: past act -> the main clause's verb, for the verbs told as done (simple past, past perfect) in a relative
    clause on a person whose main clause goes on right after it (None: none), which came before that verb's time when a
    time dates it ("Judge Roe, who ordered the inquiry, retired on Thursday"; not "a driver who was using his phone when he
    hit a cyclist was jailed", going on at the crash, nor "leaders who led the 1992 protests have moved", the protests' time);
    ``punished``: reason -> the time of the verb of punishment that gives it ("was jailed on Tuesday for accepting bribes"):
    the reason came before that time, most likely within a year, not in it (nor on the publication day);
    ``signal_clauses``: the events of a clause a signal opens that an event told before them in their sentence is ordered
    against ("had thrown away a lead, after losing at Holm a week earlier"): their time lends nothing to what their
    sentence told before the signal (the losing's week-earlier day is not the throwing's, nor the calling's before it).
    ``quoted``: the events inside a quotation (:func:`timeline.text.quotations`): no time lends its discourse across a
    quotation's edge ('"I knew on Saturday night it was over," she told a news conference': the telling is not on Saturday).
    ``begun_only``: the events a verb begins and none ends ("The trial began in September"): they start in the discourse's
    time (not a clock time, see ``phased``), they are not over in it. ``addressing``: the reports spoken at or heard by an
    occasion of the story ("The court heard that ..."): what they tell after them (``told_content``: the events after the
    complementizer that opens a report's told clause) lends them no discourse time.
    """
    out: list[SoftFact] = []
    day = publication_day(reference)
    lengths = {link.source: link.offset_min for link in links if link.relation is LinkRelation.LASTS and link.offset_min is not None}
    # (s56) a length its own signal gives ("stopped for almost two years", "was held for 18 days"): the verb's, however long
    said_lengths = frozenset(link.source for link in links if link.relation is LinkRelation.LASTS and link.strength is Strength.DEFAULT)
    ahead = frozenset(link.source for link in links if link.relation is LinkRelation.AFTER_REF)  # "will" events: not on the publication day by default
    # (s62) and a past report's undated "would" no tense puts before publication ("said Tuesday it would cut 900 jobs"):
    # after the report, as a "will" after publication (``reported_ahead``: plan -> its report)
    planned = frozenset(eid for eid in reported_ahead if not past.get(eid, False))
    ahead |= planned
    # (s63 place) "The bishop gives a talk at the cathedral before Christmas" (29 November): a verb told in the present that
    # a time still to come bounds from above is a programme's item, ahead of publication (not now, not a report at publication)
    ahead_present = frozenset(link.source for link in links if link.relation is LinkRelation.BEFORE and link.target in future_times
                              and link.source in present and not past.get(link.source, False))
    ahead |= ahead_present
    # "An hour after it set off, the engine failed": a start the text puts a measured length after
    # another event is a step of the story, most likely over soon, not stretched to publication; so is
    # an end it puts a measured length before one ("was called off 40 seconds before lift-off")
    # (an end a measured length before a time, "three days after the wall collapsed" told with "on Monday", keeps the day)
    # (an end a length before is held to a moment: its start is not told, and a longer window reaches back past it)
    eids = frozenset(eid for eid, _, _ in events)
    measured = frozenset(link.source for link in links if link.relation is LinkRelation.AFTER
                         and link.offset_max is not None and link.strength == Strength.SIGNAL and link.target != REFERENCE)
    # "an exit poll broadcast minutes later", "the signal returned twelve minutes after it disappeared": a step measured in
    # minutes is soon over on the scale of its gap, not three hours long (which may carry it past midnight)
    gaps: dict[str, dt.timedelta] = {}
    for link in links:
        if link.source in measured and link.relation is LinkRelation.AFTER and link.offset_max is not None and link.strength == Strength.SIGNAL:
            gaps[link.source] = max(gaps.get(link.source, link.offset_max), link.offset_max)
    measured_before = frozenset(link.source for link in links if link.relation is LinkRelation.BEFORE and link.target in eids
                                and link.offset_max is not None and link.strength == Strength.SIGNAL) - measured
    # (s62) "resigned on Saturday, days after a newspaper revealed he had claimed ...": a report a length before a time is
    # told on one day of that window, not stretched back from it (its start is not told); a window of a day or less ("a
    # week after") is the offset's day, which the day rules keep
    reported_before = frozenset(link.source for link in links if link.relation is LinkRelation.BEFORE and link.target not in eids
                                and link.offset_max is not None and link.strength == Strength.SIGNAL
                                and (link.offset_min is None or link.offset_max - link.offset_min > _DAY)) - measured
    for eid, _cls, _sentence in events:
        if real.get(eid, False):  # an event takes some time: no guess may squeeze it to an instant
            out.append(SoftFact(eid, eid, "EXTENT", 1.0, "extent", (Constraint(start_of(eid), end_of(eid), _MINUTE, None, "an event takes some time", SOFT_STRENGTH),)))
            if eid in moments:  # "the fire started an hour after the ferry left": a beginning is over soon
                out.append(SoftFact(eid, eid, "EXTENT", 0.9, "extent", (Constraint(start_of(eid), end_of(eid), None, MOMENT, "a beginning or an end is a moment", SOFT_STRENGTH),)))
            elif eid in measured:  # "An hour after it set off, the engine failed": a step of the story, soon over
                extent = min(MEASURED_EXTENT, max(SHORT_STEP_EXTENT, gaps.get(eid, MEASURED_EXTENT) * SHORT_STEP_SCALE))
                out.append(SoftFact(eid, eid, "EXTENT", MEASURED_CONFIDENCE, "extent", (Constraint(start_of(eid), end_of(eid), None, extent,
                                                                                                  "told a measured time after another event: a step soon over", SOFT_STRENGTH),)))
            elif eid in measured_before:  # "called off 40 seconds before lift-off": a step of the story, over soon before it
                out.append(SoftFact(eid, eid, "EXTENT", MEASURED_CONFIDENCE, "extent", (Constraint(start_of(eid), end_of(eid), None, MOMENT,
                                                                                                  "told a measured time before another event: a step soon over", SOFT_STRENGTH),)))
            elif eid in reported_before and _cls == "REPORTING":
                out.append(SoftFact(eid, eid, "EXTENT", MEASURED_CONFIDENCE, "extent", (Constraint(start_of(eid), end_of(eid), None, _DAY,
                                                                                                  "a report told a length before a time: within a day", SOFT_STRENGTH),)))
    own_time = set(timed)
    flashback_times = frozenset(timed[e] for e in flashbacks if e in timed)  # (s61) the times the story told in the past perfect
    # (s58) the events a signal orders against an event told before them ("turned the ship around before reaching open water")
    signalled = frozenset(link.target for link in links if link.relation in (LinkRelation.BEFORE, LinkRelation.AFTER)
                          and link.strength is Strength.SIGNAL and link.target in eids)
    in_sentence: dict[int, list[tuple[int, str, bool, bool, bool, bool]]] = {}  # sentence -> (position, time, lends nothing before, nothing after, relative, a report) of its timed events
    lends = timed if inside is None else inside
    for k, (eid, cls, sentence) in enumerate(events):
        if eid in lends and real.get(eid, False):  # a supposed event's time is no discourse time ("expects sales to recover next year")
            # a report after an event, or a relative clause ("the list, which began in 1950"), lends nothing to what comes before it,
            # and a relative clause a comma closes nothing to what follows ("the prize, which was founded in 1921, and thanked")
            in_sentence.setdefault(sentence, []).append((k, lends[eid], (eid in attributions if attributions is not None else cls == "REPORTING") or eid in relative
                                                         or eid in signal_clauses,
                                                         eid in relative_closed, eid in relative, cls == "REPORTING"))
    window: "tuple[Optional[dt.datetime], Optional[dt.datetime], Optional[dt.datetime]]" = (None, None, None)  # (s63 speed) the publication window's bounds, the same for every undated event: made once
    if reference is not None:
        first = _shift(_midnight(reference[0]), -conventions.past_days_before_publication * _DAY)
        window = (first, _shift(first, _MINUTE), _shift(reference[1], -_MINUTE))
    for k, (eid, cls, sentence) in enumerate(events):
        if not real.get(eid, False):
            continue
        told_back = eid in flashbacks and cls in _TOLD_BACK and past.get(eid, False)  # a happening or (s61) a report told in the past perfect
        if reference is not None and cls == "REPORTING" and eid not in own_time and not told_back and eid not in ahead_present:
            # (s61) not "a newspaper reported that he had claimed expenses": a report in the past perfect is over before
            # the time it is told from, never at publication
            out.append(SoftFact(eid, REFERENCE, "IS_INCLUDED", 0.75, "reported-speech", _in_day(eid, day, "reported speech sits at publication time") if day is not None
                                else _during(eid, REFERENCE, evidence="reported speech sits at publication time", strength=SOFT_STRENGTH),
                                told="filed-speech" if filed_early else ""))
            continue
        if eid in punished and eid not in own_time and past.get(eid, False):  # "jailed on Tuesday for accepting bribes": before, not on Tuesday
            out.append(_aside_act_fact(eid, punished[eid], "the reason a punishment is given for: before its time, within a year"))
        elif eid in rest_of_day and eid not in own_time:  # after the clock time the sentence before told, that day
            after, day_end = rest_of_day[eid]
            evidence = "continues the day of the discourse around it, after its clock time"
            out.append(SoftFact(eid, continued[eid], "AFTER", 0.65, "discourse", (Bound(start_of(eid), after, None, evidence, SOFT_STRENGTH),
                                                                              Bound(end_of(eid), None, day_end, evidence, SOFT_STRENGTH))))
        elif eid in continued and eid not in own_time and eid in followers:
            # (s54) "Searchers spent two days combing the slopes before a crew spotted his jacket": after an event of its
            # sentence that lasts beyond the discourse's time, it begins no earlier than that time; where, the order says
            t = continued[eid]
            evidence = "ordered after an event of its sentence that lasts beyond the time of the discourse around it"
            out.append(SoftFact(eid, t, "AFTER", 0.65, "discourse", (Constraint(start_of(t), start_of(eid), _ZERO, None, evidence, SOFT_STRENGTH),)))
        elif (eid in continued and eid not in own_time and (length := lengths.get(eid)) is not None
              and continued[eid] in time_lengths and time_lengths[continued[eid]] < length):
            # (s54) "Searchers spent two days combing the slopes": too long for the time it goes on with, it begins in it
            t = continued[eid]
            evidence = "begins in the time of the discourse around it, which is shorter than it lasts"
            out.append(SoftFact(eid, t, "STARTS_IN", 0.65, "discourse", (Constraint(start_of(t), start_of(eid), _ZERO, None, evidence, SOFT_STRENGTH),
                                                                         Constraint(start_of(eid), end_of(t), _ZERO, None, evidence, SOFT_STRENGTH))))
        elif (eid in continued and eid not in own_time and told_back and continued[eid] not in flashback_times
              and (eid not in tied or eid in tense_tied)):  # (s62 place) tied only by its tense's order: still untied
            # (s61) "A builder was jailed on Wednesday. He had taken deposits from 40 customers": a past perfect that goes on
            # from a time the story told in the simple past was over before it (not "She had sprained her ankle on Sunday.
            # She had been flown to hospital": a flashback's time, which another flashback continues)
            out.append(_aside_act_fact(eid, continued[eid], "told in the past perfect after the time of the discourse: before it, within a year"))
        elif eid in continued and eid not in own_time:  # "It ended after ...": the sentence before's time
            out.append(SoftFact(eid, continued[eid], "IS_INCLUDED", 0.65, "discourse", _during(eid, continued[eid], evidence="continues the time of the discourse around it", strength=SOFT_STRENGTH)))
        elif eid not in own_time and eid not in tied and eid not in describing:
            # the discourse's time: the nearest timed event of its own sentence, but not a report
            # after it ("... forced 40 families out, officials said on Thursday"): what a report
            # attributes happened before it (the previous sentence's time was tried too: on TBAQ
            # it placed fewer events in their gold day)
            # "resigned on Sunday, four days after a newspaper reported that he had claimed expenses": a past perfect a report
            # with no time of its own tells is over before the report, not in the time of what the sentence told before it
            told_by = _telling_report(events, k, sentence) if told_back else None
            if told_by is not None and not any(x[0] < told_by for x in in_sentence.get(sentence, ())):
                told_by = None  # (nor one that follows no timed event of its sentence, "Police said the man had bought fuel": the
                # rules of a report's content)
            dated_teller = told_by is not None and events[told_by][0] in lends  # (s56) a dated report, "three days after a
            # newspaper reported that ... had won": the rule below, "told in the past perfect by a dated report"; what the
            # sentence told before the report lends it nothing either
            here = [x for x in in_sentence.get(sentence, ()) if not (x[2] and x[0] > k) and not (x[3] and x[0] < k)
                    and not (told_by is not None and x[0] < told_by)
                    and not (attributions is not None and eid in attributions and x[0] < k)  # (s56) ", Oldham Crown Court heard":
                    # the clause an attribution closes lends it nothing (its date is the told act's, not the telling's)
                    and (x[4] or eid not in relative_closed) and x[1] != eid  # nor does the main clause lend to an aside ("Residents, who spent the night ...,")
                    and ((events[x[0]][0] in quoted) is (eid in quoted))  # nor a quotation to its teller, nor the teller to it
                    and not (x[5] and x[0] < k and eid in flashbacks and cls in _TOLD_BACK)  # nor a report to a past perfect happening it tells ("reported on Monday that she had used the funds")
                    and not (x[0] > k and events[x[0]][0] in flashbacks and eid not in flashbacks and past.get(eid, False))
                    and not (x[0] > k and eid in addressing and events[x[0]][0] in told_content)]
            # (s57: nor what a report spoken at an occasion tells after it to the report: "The court heard that he had been
            # scrolling ... before his van struck her on the morning of 3 April": the hearing is not on that morning)
            # (nor a past perfect told after a verb of the simple past to that verb: "fled in a car that had been stolen the
            # night before": the stealing's night is before the fleeing's time, not its time)
            nearest = min(here, key=lambda x: (abs(x[0] - k), x[0])) if here else None
            telling = [x for x in in_sentence.get(sentence, ()) if x[5] and x[0] < k and eid in flashbacks and cls in _TOLD_BACK and x[1] != eid]
            # (not an end or a decision reached, "said Wednesday that they had concluded": that is the report's news)
            if nearest is None and telling and past.get(eid, False):
                # "reported on Monday that she had used the funds": over by the report's time, when is not told
                t_told = max(telling)[1]
                evidence = "told in the past perfect by a dated report: over before the report's time"
                out.append(SoftFact(eid, t_told, "BEFORE", 0.65, "discourse", (Constraint(end_of(eid), start_of(t_told), _ZERO, None, evidence, SOFT_STRENGTH),)))
            if nearest is None and not telling and told_by is not None and not dated_teller:
                out.append(_aside_act_fact(eid, events[told_by][0], "told in the past perfect by a report with no time of its own: before it, within a year"))
            main = _main_after(in_sentence.get(sentence, ()), k, past_times, events, (told_acts or {}).get(eid))
            aside_act = (eid in relative and cls == "OCCURRENCE" and bool(main) and past.get(eid, False) and reference is not None
                         and (nearest is None or nearest in main))
            if aside_act:
                out.append(_aside_act_fact(eid, min(main)[1], lasted=eid in lengths))
            # (s64 place) "An inquest heard on Wednesday that a roofer died after falling from a ladder", "The court heard on
            # Tuesday that he stole £5,000": a happening in the simple past that an occasion's report with a time of its own
            # tells, with no time of its own, came before the hearing, how long before is not told (was the hearing's day)
            heard_act = (not aside_act and nearest is not None and nearest[0] < k and events[nearest[0]][0] in addressing
                         and eid not in addressing and cls == "OCCURRENCE" and past.get(eid, False) and not told_back
                         and reference is not None)
            if heard_act:
                out.append(_aside_act_fact(eid, nearest[1], "what an occasion's report with a time of its own heard, told in the "
                                           "simple past: before the occasion's time, within a year"))
            t, confidence = (nearest[1], 0.65) if nearest is not None and not aside_act and not heard_act else ("", 0.0)
            if nearest is not None and narrow is not None and t not in narrow and abs(nearest[0] - k) > WIDE_REACH:
                # a year or a month named in the sentence is background ("X, charged in 1996, ..."): on
                # TBAQ the sentence's other events mostly fall on the publication day, not in that year;
                # the event next to it shares it ("held last year before being charged")
                t = ""
            if t and eid in present and (t in past_times or t in future_times):
                t = ""
            if t and eid in ahead and t in earlier_times:
                t = ""  # "will play in the final after beating City on Wednesday night": what lies ahead is not in a time begun before
            length = lengths.get(eid)
            longer = bool(t) and length is not None and t in time_lengths and time_lengths[t] < length and (length <= _DAY or eid in said_lengths)
            # (s53 lead) "The trial began in September": what a verb begins starts in a past time, it is not over in it (a
            # plan's, "repairs will begin in January", keeps the month: nothing closes its end but a guess; a clock time
            # keeps the day rule below)
            started = bool(t) and t not in clock_days and eid in begun_only and nearest is not None and nearest[0] != k and t in past_times
            if longer or started:
                # "fell at about 4 a.m., trapping four miners for nine hours": too long for the time, it begins in it
                # (hours at most: a length of months after a day, "gave them five months", is seldom the verb's own)
                evidence = ("begins in the time of the discourse around it, which is shorter than it lasts" if longer
                            else "begins in the time of the discourse around it, where the verb that begins it lies")
                out.append(SoftFact(eid, t, "STARTS_IN", confidence, "discourse", (Constraint(start_of(t), start_of(eid), _ZERO, None, evidence, SOFT_STRENGTH),
                                                                                  Constraint(start_of(eid), end_of(t), _ZERO, None, evidence, SOFT_STRENGTH))))
            elif t and t in clock_days and nearest is not None and nearest[0] < k and eid in measured_before:
                # (s63 lead) "had been due to lift off at 11am on Monday, but the attempt was called off 40 minutes before
                # launch": a step a measured gap orders before another event lies in the clock time's day, not after it
                after, day_end = clock_days[t]
                evidence = "lies in the day of the discourse around it, a measured time before another event"
                out.append(SoftFact(eid, t, "IS_INCLUDED", confidence, "discourse", (Bound(start_of(eid), day_end - _DAY, None, evidence, SOFT_STRENGTH),
                                                                                    Bound(end_of(eid), None, day_end, evidence, SOFT_STRENGTH))))
            elif t and t in clock_days and nearest is not None and nearest[0] < k:
                # "the meeting began at 6 p.m., and several of them were removed": after the clock time, that day, not
                # in the minute it names (which only the event it dates fills)
                after, day_end = clock_days[t]
                evidence = "continues the day of the discourse around it, after its clock time"
                out.append(SoftFact(eid, t, "AFTER", confidence, "discourse", (Bound(start_of(eid), after, None, evidence, SOFT_STRENGTH),
                                                                               Bound(end_of(eid), None, day_end, evidence, SOFT_STRENGTH))))
            elif (t and t in clock_days and nearest is not None and nearest[0] == k + 1 and past.get(eid, False)
                  and cls == "OCCURRENCE" and events[nearest[0]][0] not in infinitives and eid not in phased
                  and eid not in signalled):
                # (s58 place) "spent the night in hospital and was allowed home at 10 a.m.", "clung to a crate until a trawler
                # picked him up at 5pm", "The leak was detected at about 9:15 p.m.": a step told right before the verb a clock
                # time of its sentence dates (the next event told) is done by that time, on its day, not in the minute it
                # names (which only that verb fills); not one with another event between ("turned the ship around before
                # reaching open water, and it limped back into port shortly after 8pm": there the minute is kept), nor one of a
                # clause a signal opens ("before reaching open water": ordered against the verb before it, not a step); only a
                # happening, and only before a clock verb that is no infinitive (``infinitives``: "was scheduled to appear before
                # a judge at midday": the schedule is no step before the appearing)
                after, day_end = clock_days[t]
                evidence = "told before the verb its sentence's clock time dates: by that time, on its day"
                out.append(SoftFact(eid, t, "BEFORE", confidence, "discourse", (Bound(start_of(eid), day_end - _DAY, None, evidence, SOFT_STRENGTH),
                                                                                Bound(end_of(eid), None, after, evidence, SOFT_STRENGTH))))
            elif t and t in clock_days and nearest is not None and eid in phased:
                # "the council meeting began at 6 p.m.": the meeting lies in that day, not in the minute the clock time names
                # (which only its beginning fills; "The blast occurred at about 10:35 a.m." keeps the minute)
                after, day_end = clock_days[t]
                evidence = "lies in the day of the discourse around it, not in its clock time"
                out.append(SoftFact(eid, t, "IS_INCLUDED", confidence, "discourse", (Bound(start_of(eid), day_end - _DAY, None, evidence, SOFT_STRENGTH),
                                                                                    Bound(end_of(eid), None, day_end, evidence, SOFT_STRENGTH))))
            elif t and t in night_ends:
                # "struck a cyclist on Wednesday night and drove off": the night named by its day, most likely before its
                # midnight, as the dated event (:func:`night_facts`)
                evidence = "continues the time of the discourse around it, a night named by its day: most likely before its midnight"
                out.append(SoftFact(eid, t, "IS_INCLUDED", confidence, "discourse", (*_during(eid, t, evidence=evidence, strength=SOFT_STRENGTH),
                                                                                    Bound(end_of(eid), None, night_ends[t], evidence, SOFT_STRENGTH))))
            elif t:
                out.append(SoftFact(eid, t, "IS_INCLUDED", confidence, "discourse", _during(eid, t, evidence="continues the time of the discourse around it", strength=SOFT_STRENGTH)))
        elif (eid in tied and eid not in own_time and eid in relative and cls == "OCCURRENCE" and told_acts and eid in told_acts
              and past.get(eid, False) and reference is not None):
            main = _main_after(in_sentence.get(sentence, ()), k, past_times, events, told_acts[eid])  # ("A woman who stole from her employer was jailed on
            if main:  # Thursday": the stealing, ordered before the jailing, most likely not the day before it)
                out.append(_aside_act_fact(eid, min(main)[1], lasted=eid in lengths))
        length = lengths.get(eid)
        if (length is not None and length > _DAY and eid in lasting_states and past.get(eid, False) and eid not in own_time
                and eid not in continued and sentence not in in_sentence):
            # "A bridge was damaged in a storm in January. The line remained closed for three months": a
            # lasting past event told right after a dated one most likely began in that time, not ended at publication
            before = [x for x in in_sentence.get(sentence - 1, ()) if not x[2] and not x[4] and x[1] in past_times]
            if before:
                t0 = max(before)[1]
                evidence = "a lasting event told right after a dated one most likely began in its time"
                out.append(SoftFact(eid, t0, "STARTS_IN", LASTING_AFTER_CONFIDENCE, "discourse",
                                    (Constraint(start_of(t0), start_of(eid), _ZERO, None, evidence, SOFT_STRENGTH),
                                     Constraint(start_of(eid), end_of(t0), _ZERO, None, evidence, SOFT_STRENGTH))))
        if eid in until and eid in lasting_states and past.get(eid, False) and eid not in continued and until[eid] not in future_times:
            # (not a state that lasts until a time still ahead, "will remain closed until Friday": it holds now)
            # "A landslip blocked the road on Friday night. The road remained shut until Monday afternoon": the time
            # is the state's end; it most likely began in the time the sentence before told
            before = [x for x in in_sentence.get(sentence - 1, ()) if not x[2] and not x[4] and x[1] in past_times and x[1] != until[eid]]
            if before:
                t0 = max(before)[1]
                evidence = "a state that lasted until a time, told right after a dated event, most likely began in its time"
                out.append(SoftFact(eid, t0, "STARTS_IN", LASTING_AFTER_CONFIDENCE, "discourse",
                                    (Constraint(start_of(t0), start_of(eid), _ZERO, None, evidence, SOFT_STRENGTH),
                                     Constraint(start_of(eid), end_of(t0), _ZERO, None, evidence, SOFT_STRENGTH))))
        if reference is None or (eid in own_time and not (eid in count_framed and past.get(eid, False))):
            continue  # conventions are for undated events only (a count's period, "for the third time this year", dates no day)
        earliest, after_window, last_minute = window
        if earliest is None or after_window is None or last_minute is None:
            continue  # at the calendar's edge no convention can be written down
        last_minute = max(last_minute, earliest)  # published in the first minute of its day
        # the event must reach into that window, not merely touch its start
        reaches_window = Bound(end_of(eid), after_window, None, "publication window", SOFT_STRENGTH)
        if past.get(eid, False):
            length = lengths.get(eid)
            if length is not None and length > _DAY:
                # "stealing ... over six years": a long past event most likely ended shortly before publication
                start_from = _shift(earliest, -length)
                if start_from is not None:
                    out.append(SoftFact(eid, REFERENCE, "BEFORE", conventions.past_confidence, "past-convention",
                                        (Bound(start_of(eid), start_from, None, "an undated past event most likely happened shortly before publication", SOFT_STRENGTH),
                                         reaches_window, Bound(end_of(eid), None, reference[1], "an undated past event most likely happened shortly before publication", SOFT_STRENGTH)),
                                        fallback=True, told="long-past"))
            if filed_early:  # tried first and on its own: "barred until 2028" keeps the start the convention gives
                out.append(SoftFact(eid, REFERENCE, "BEFORE", conventions.past_confidence, "filing-day",
                                    (Bound(end_of(eid), None, reference[1], "an undated past event is over when the story is filed", SOFT_STRENGTH),), fallback=True))
            out.append(SoftFact(eid, REFERENCE, "BEFORE", conventions.past_confidence, "past-convention",
                                (Bound(start_of(eid), earliest, None, "an undated past event most likely happened shortly before publication", SOFT_STRENGTH), reaches_window),
                                fallback=True, told="filed-past" if filed_early else ""))
        elif eid not in begun and (eid in ahead or eid not in present):  # (a present-tense state, "employs 310 people", holds now)
            latest = _shift(reference[1], conventions.future_max_days_after * _DAY)
            if latest is not None and lengths.get(eid) is not None:  # "would last a century": it begins within months, then lasts
                latest = _shift(latest, lengths[eid])
            if latest is not None:
                out.append(SoftFact(eid, REFERENCE, "AFTER", conventions.future_confidence, "future-convention",
                                    (Bound(end_of(eid), None, latest, "an undated later event most likely falls within months of publication", SOFT_STRENGTH),
                                     *((Bound(start_of(eid), reference[1], None, "a programme's item told in the present lies ahead of publication", SOFT_STRENGTH),)
                                       if eid in ahead_present else ()))))
            if eid in planned:
                report = timed.get(reported_ahead[eid], reported_ahead[eid])  # (the report's own time when one dates it)
                out.append(SoftFact(eid, report, "AFTER", conventions.future_confidence, "future-convention",
                                    (Constraint(end_of(report), start_of(eid), _ZERO, None, "a plan a report tells lies after the report", SOFT_STRENGTH),)))
            soon = _shift(reference[1], FUTURE_LENGTH_START)
            if eid in lengths and soon is not None:
                # "would miss at least three weeks", "will be closed for two weeks": a length told of what lies ahead, with no
                # time of its own, counts from now (not squeezed against the end of the months the convention allows)
                out.append(SoftFact(eid, REFERENCE, "AFTER", conventions.future_confidence, "future-convention",
                                    (Bound(start_of(eid), _midnight(reference[0]), soon, "a length told of an undated later event counts from now", SOFT_STRENGTH),)))
        if eid in ahead and not past.get(eid, False):
            continue  # an undated "will": TBAQ's dated ones fall a median 49 days after publication, seldom on its day
        out.append(SoftFact(eid, REFERENCE, "IS_INCLUDED", 0.05, "publication-day",
                            (Bound(start_of(eid), earliest, last_minute, "publication day", SOFT_STRENGTH), reaches_window,
                             Bound(end_of(eid), None, reference[1], "publication day", SOFT_STRENGTH)), fallback=True))
    return out
