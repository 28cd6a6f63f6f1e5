"""Times counted from what the text told before: "when" clauses, offsets from a previous event, "within ... of", lengths
and served terms."""

from __future__ import annotations

import bisect
import functools
import datetime as dt
import re
from typing import Callable, Iterable, Mapping, Optional, Sequence


from ..model import AnchorKind, Timex, TimexType
from ..order.links import Strength
from ..text import Doc
from .cues import REFERENCE, AnchorWords, EventLike, Link, calendar_days
from .clauses import _subject_of
from .cues import _clause_break, _tokens_between, _LAST_TOKEN, _NEXT_WORD, _PUNCT
from .governor import _RATE_UNIT, _before_aside, _set_off


def _inside_relative_when(cues: AnchorWords, text: str, t: Timex, ev: EventLike) -> bool:
    """Whether ``ev``, the event found to govern ``t``, stands inside a relative "when" clause on ``t`` ("since June, when
    a blaze destroyed ..."): the time is not that verb's by its own signal."""
    if ev.start < t.end:
        return False
    m = cues.relative_when.match(text, t.end)
    return m is not None and ev.start >= m.end()


def _relative_when(cues: AnchorWords, text: str, t: Timex, in_sentence: Sequence[EventLike], governed: EventLike, linked: bool = True) -> Iterable[Link]:
    """ "since March, when the owner closed the site": the relative clause's first verb lies in the time
    (``linked``: the governed event has its own link to the time, so the verb is another)."""
    m = cues.relative_when.match(text, t.end)
    if m is None:
        return
    verb = next((ev for ev in in_sentence if ev.start >= m.end() and ev.pos == "VERB"), None)
    if verb is None or (linked and verb.eid == governed.eid) or len(_tokens_between(text, m.end(), verb.start)) > 6 or _clause_break(cues, text, m.end(), verb.start):
        return
    yield Link(verb.eid, "during", t.tid, text[t.start : verb.end], Strength.DEFAULT)


_OFFSET_SLACK = (0.5, 1.5)
"""An anaphoric length between two events ("two days later") is read as this share of it, at
least and at most: the calendar's slack (two days later may be 36 or 60 hours on)."""


_COARSE = dt.timedelta(days=2)
_FINE_WITHIN = 12  # a length of under a twelfth of the time it counts from (an hour from a day, not from an evening) dates the event no better


def _coarse_antecedent(t: Timex, doc: Doc, start_of: Mapping[str, int]) -> bool:
    """ "noticed the losses last spring. The treasurer resigned two weeks later": a length counted
    from a time longer than a day or two, told in the sentence before, dates the event it counts
    from better than that time does (within one sentence, "complained in the spring, and the bank
    opened a review a month later", the event is not the sentence before's); so is a day counted on by a length of hours
    ("delayed by winds on Tuesday. ... the panels opened about an hour later": far longer than the length)."""
    if t.anchor.kind is not AnchorKind.TIMEX or t.earliest is None or t.latest is None:
        return False
    width = t.latest - t.earliest
    if width <= _COARSE and (t.max_length is None or width <= _FINE_WITHIN * t.max_length):
        return False
    at = start_of.get(t.anchor.timex_id or "")
    return at is not None and doc.sentence_index(at) == doc.sentence_index(t.start) - 1


def _stale_antecedent(t: Timex, doc: Doc, start_of: Mapping[str, int], timed_sentences: frozenset[int]) -> bool:
    """ "Two people died at 3:40 a.m. on Sunday. The minister visited the town shortly after the
    floods began to recede. Two days later, on Tuesday, the cabinet will meet": a length counted
    from a time two or more sentences back, past a sentence that names no time, counts from what
    that sentence told (the visit), not from the older time.  ``timed_sentences``: the indexes of
    the sentences that name a time."""
    if t.anchor.kind is not AnchorKind.TIMEX or t.rule != "anaphoric_offset":
        return False
    at = start_of.get(t.anchor.timex_id or "")
    i = doc.sentence_index(t.start)
    if at is None or doc.sentence_index(at) >= i - 1:
        return False
    return i - 1 not in timed_sentences


def _offset_from_previous_event(cues: AnchorWords, doc: Doc, t: Timex, ev: EventLike, grouped: Mapping[int, Sequence[EventLike]],
                                coarse: bool = False, stale: bool = False, anchor_at: Optional[int] = None) -> Optional[Link]:
    """ "The minister visited the town. Two days later, the cabinet met.": with no dated time
    before it, the length counts from the previous sentence's first verb event, not from now;
    so does a vague one ("Hours later, it ran aground"), which is no length of the event; when
    ``coarse`` (:func:`_coarse_antecedent`), one counted from a long time the sentence before told;
    and, when ``stale`` (:func:`_stale_antecedent`), one counted from a time told before the sentence
    before, which counts from that sentence's event when it is a happening told in the simple past.
    A length in days most likely also counts calendar days (``likely_days``).  ``anchor_at``: where the long time it
    counts from stands in the sentence before (when ``coarse``): the verb right before it is the event it dates (see
    :func:`_dated_antecedent`)."""
    if t.min_length is None or t.max_length is None:
        return None
    after = _NEXT_WORD.match(doc.text, t.end, t.end + 20)
    relation = cues.offset_direction.get(after.group(1)) if after is not None else None
    # "Hours later, it ran aground": a vague length before "later" counts from the event before too
    vague = (t.type is TimexType.DURATION and "X" in t.value and t.earliest is None and after is not None
             and cues.length_as_gap.match(doc.text, t.end) is None)
    if not ((t.rule == "anaphoric_offset" and (t.anchor.kind is AnchorKind.REFERENCE_TIME or coarse or stale)) or (vague and relation is not None)):
        return None
    i = doc.sentence_index(t.start)
    # "A farmer called police, who arrested him an hour later": a past verb told before the event in its own sentence is
    # what the length counts from, not the sentence before's (not one a signal clause hangs from: "called the brigade when
    # flames appeared minutes later" counts from what came before the call)
    own = [e for e in grouped.get(i, ()) if e.end <= ev.start and e.pos == "VERB" and e.tense == "PAST" and e.cls != "REPORTING"] if relation else []
    if own and any(w in cues.event_signals for w in _tokens_between(doc.text, _last_coordination(doc.text, own[-1].end, ev.start), ev.start)):
        own = []  # (a signal of the first clause, before an "and" that opens the event's, does not: "40 minutes after lift-off, and
        # its panels opened about an hour later" counts from the first clause's verb)
    previous = own[-1:] or ([e for e in grouped.get(i - 1, ()) if e.pos == "VERB" and e.cls != "REPORTING"] if relation and i > 0 else [])
    if previous and not own and all(e.polarity == "NEG" for e in previous) and i > 1:
        # (s58) "gave way shortly after 6 a.m. ... No one was hurt. The night shift had left the pit about 20 minutes
        # earlier": what did not happen is no time to count from; the step told before it is
        previous = [e for e in grouped.get(i - 2, ()) if e.pos == "VERB" and e.cls != "REPORTING" and e.polarity != "NEG"] or previous
    if previous and not own and vague and ev.aspect != "PERFECTIVE" and all(_looks_back(e) for e in previous) and i > 1:
        # "Firefighters took three hours ... The owner, who had closed up at 11 p.m., said he had received threats. The boy
        # was detained hours later": a sentence that only looks back (past perfects, a report) is no step of the story;
        # "hours later" counts from the step before it
        earlier = [e for e in grouped.get(i - 2, ()) if e.pos == "VERB" and e.cls != "REPORTING" and not _looks_back(e)]
        previous = earlier or previous
    if not previous or (stale and not own and not (previous[0].tense == "PAST" and previous[0].aspect == "NONE")
                        and not _flashback_step(previous[0], ev)):
        return None
    if anchor_at is not None and not own:
        previous = _dated_antecedent(doc, previous, anchor_at) or previous
    lo, hi = _OFFSET_SLACK
    evidence = doc.text[t.start : after.end()] if after is not None else t.text
    days = calendar_days(t)
    return Link(ev.eid, relation, previous[0].eid, evidence, Strength.SIGNAL, t.min_length * lo, t.max_length * hi,
                likely_days=None if days is None else (days if relation == "after" else -days))


def _last_coordination(text: str, start: int, end: int) -> int:
    """Where the last " and " or ";" between ``start`` and ``end`` ends (``start`` when there is none): the clause after it."""
    at = max(text.rfind(" and ", start, end), text.rfind(";", start, end))
    return start if at < 0 else at + 1


def _looks_back(e: EventLike) -> bool:
    """Whether ``e`` is told in the past perfect: a look back, no step of the story."""
    return e.tense == "PAST" and e.aspect == "PERFECTIVE"


def _flashback_step(previous: EventLike, ev: EventLike) -> bool:
    """Whether ``ev`` and the event ``previous`` of the sentence before are both told in the past perfect ("Thieves had
    broken in through a skylight. The museum had fitted new alarms a month earlier"): a length counted back or on from a
    time two sentences back counts, past the flashback, from the flashback's event (see :func:`_stale_antecedent`)."""
    return all(e.tense == "PAST" and e.aspect == "PERFECTIVE" for e in (previous, ev))


def _in_subject_appositive(text: str, t: Timex, ev: EventLike, in_sentence: Sequence[EventLike], sentence_start: int) -> bool:
    """Whether ``t`` stands in a phrase set off by commas between the sentence's subject and its verb ``ev``, right before
    it, with no verb in the phrase nor in the subject ("Substitute Callum Reid, on the pitch for only four minutes, headed
    the winner"): the phrase describes the subject; its length is no length of the verb."""
    if t.end > ev.start or t.type is not TimexType.DURATION:
        return False  # (a date there dates the subject's act: "The last big storm, in early March, closed the road")
    opening = text.rfind(",", sentence_start, t.start)
    closing = text.find(",", t.end, ev.start)
    if opening < 0 or closing < 0 or text[closing + 1 : ev.start].strip() or "," in text[closing + 1 : ev.start]:
        return False
    if "," in text[sentence_start:opening] or "\n" in text[sentence_start:ev.start]:
        return False
    return not any(x.pos == "VERB" and sentence_start <= x.start < closing for x in in_sentence)


def _dated_antecedent(doc: Doc, previous: Sequence[EventLike], anchor_at: int) -> list[EventLike]:
    """ "Her first album, recorded in a single afternoon in 1966, sold poorly, but a series she presented in 1971 made her a
    household name. She toured America two years later": a length counted from a long time of the sentence before counts
    from the verb that time dates, the last one before it in its clause (no comma between: "presented", not "recorded"),
    not the sentence's first verb; [] when there is none."""
    before = [e for e in previous if e.end <= anchor_at and "," not in doc.text[e.end : anchor_at]]
    return before[-1:]


def _finer_offset(cues: AnchorWords, doc: Doc, t: Timex, ev: EventLike, in_sentence: Sequence[EventLike],
                  start_of: Mapping[str, int]) -> list[Link]:
    """ "discovered the empty pen on Monday and alerted police an hour later": a length of hours counted
    from a time of its own sentence a day or longer (an hour from a day) puts the event in that time,
    after the past verb before it (whose length it counts), not at that time's start plus the length
    (the alert at 1 a.m.); no link when the sentence has no such verb."""
    if (t.rule != "anaphoric_offset" or t.anchor.kind is not AnchorKind.TIMEX or t.max_length is None or t.earliest is None
            or t.latest is None or t.max_length >= _FINER or t.latest - t.earliest < _FINER):
        return []
    at = start_of.get(t.anchor.timex_id or "")
    if at is None or doc.sentence_index(at) != doc.sentence_index(t.start):
        return []
    after = _NEXT_WORD.match(doc.text, t.end, t.end + 20)
    relation = cues.offset_direction.get(after.group(1)) if after is not None else None
    previous = [e for e in in_sentence if e.end <= ev.start and e.pos == "VERB" and e.tense == "PAST" and e.cls != "REPORTING"]
    if relation is None or not previous or previous[-1].start < at - _NEAR_ANCHOR:
        return []
    evidence = doc.text[t.start : after.end()]  # type: ignore[union-attr]
    return [Link(ev.eid, "during", t.anchor.timex_id, evidence, Strength.DEFAULT),  # type: ignore[arg-type]
            Link(ev.eid, relation, previous[-1].eid, evidence, Strength.SIGNAL, None, t.max_length * _OFFSET_SLACK[1])]


_FINER = dt.timedelta(days=1)
"""A length shorter than this counted from a time at least this long (hours from a day) is finer than it."""
_NEAR_ANCHOR = 80
"""How far (characters) before the time a length counts from the verb it counts from may stand."""


_BASE_REACH = 60
"""How far (characters) before a time the base of a comparison may begin ("from $158.2 million, or $12.45 a share, ")."""


def _compared_with(cues: AnchorWords, text: str, t: Timex, ev: EventLike,
                   may: "Optional[tuple[Callable[[int, int], bool], Callable[[int, int], bool]]]" = None) -> bool:
    """Whether ``t`` is the base its event's change is measured against ("sales fell 8 percent
    from a year earlier", "profit was lower than in 2019") or the span a superlative is measured
    over ("the biggest drop since March 2020"): such a time dates no event.  ``may``: see :func:`compared_base`."""
    return compared_base(cues, text, t, ev.start, may)


def compared_base(cues: AnchorWords, text: str, t: Timex, start: int,
                  may: "Optional[tuple[Callable[[int, int], bool], Callable[[int, int], bool]]]" = None) -> bool:
    """:func:`_compared_with` for the event (or the clause) that begins at ``start``: shared with the event links, where
    a relative "when" after such a time tells of the base, not of the changing verb.  ``may``: the text's
    :func:`~timeline.wordscan.may_match` of ``superlative_span`` and of ``comparison_base``, when the caller asks about many
    times (s61 speed: a window that holds none of a pattern's words is not searched)."""
    lo = max(0, t.start - 60)
    span = cues.superlative_span.search(text, lo, t.start) if may is None or may[0](lo, t.start) else None
    if span is not None and (t.type is TimexType.DURATION or not cues.superlative_in.search(span.group())):
        return True  # "their biggest one-day drop since March 2020": the span the drop is the biggest in (not "became the
        # first woman mayor in 1986": a date after "in" is when it happened; "the first snow in 20 years" a span)
    lo = max(0, t.start - _BASE_REACH)
    if (may is not None and not may[1](lo, t.start)) or not cues.comparison_base.search(text, lo, t.start):
        return False
    # (an event after the time, as a reporting verb in ", the company said", looks at the clause before the time)
    lo = start if start < t.start else max(0, t.start - _BASE_REACH)
    return cues.comparison_change.search(text, lo, t.start) is not None


_FIRST_WORD = re.compile(r"[^A-Za-z]{0,4}([A-Za-z]+)")  # a sentence's first word, past an opening quote or bracket


def _within_of_previous(cues: AnchorWords, doc: Doc, t: Timex, ev: EventLike, grouped: Mapping[int, Sequence[EventLike]],
                        signal: Optional[str], evidence: str) -> Optional[Link]:
    """ "The first case was confirmed on Aug. 27. Within a fortnight the virus had spread.": a
    length after "within", counting from nothing of its own, counts from the previous sentence's
    first verb event when it opens its sentence; after a past verb ("The crew put it out within
    an hour") it counts from the past verb before it in the sentence, else from the sentence
    before's first past one."""
    if signal is None or cues.signals.get(signal) != "within" or t.type is not TimexType.DURATION or t.max_length is None:
        return None
    s, _ = doc.sentence_at(t.start)
    if cues.within_target.match(doc.text, t.end):
        return None  # "within 40 hours of the landfall"
    i = doc.sentence_index(t.start)
    if ev.cls == "PERCEPTION" and any(ev.end <= e.start and e.end <= t.start for e in grouped.get(i, ())):
        return None  # "said they saw the water rise within minutes": the length of what was perceived, no gap after the story's last step
    previous = [e for e in grouped.get(i - 1, ()) if e.pos == "VERB"] if i > 0 else []
    if len(_tokens_between(doc.text, s, t.start)) > 1:
        if ev.tense != "PAST" or ev.pos != "VERB":
            return None  # "will be repaired within a month" counts from now (_duration_links)
        earlier = [e for e in grouped.get(i, ()) if e.end <= ev.start and e.pos == "VERB"]
        told = [e for e in earlier if e.tense == "PAST" and (e.cls not in _NOT_TOLD or _passive_report(cues, doc.text, e))
                and not _in_closed_aside(cues, doc.text, s, e, ev)]
        if told:  # "Police arrived and arrested him within an hour"
            return Link(ev.eid, "within", told[-1].eid, evidence, Strength.SIGNAL, dt.timedelta(0), t.max_length)
        opener = _FIRST_WORD.match(doc.text, s)
        if earlier and opener is not None and opener.group(1).lower() in cues.fronted_signals:
            return None  # "When the recall was announced, shops removed the pots within hours": the clause times it
        # else only a report stands before it ("Officials said engineers repaired it within three hours"): the sentence
        # before's first past event that is not a report ("The port is expected to reopen ..." lends nothing)
        previous = [e for e in previous if e.tense == "PAST" and e.cls not in _NOT_TOLD and e.aspect == "NONE" and not _relative(cues, doc.text, e)]
        # not a flashback ("had been drinking for hours") or a clause describing a noun ("the trial, which opened")
        previous = previous[-1:] if previous and _chained(cues, doc.text, previous) else previous
    # "The main, laid in 1964, split at 4 a.m. Engineers shut it off within an hour": a participle set off by commas
    # after the subject describes it; the step the length counts from is the sentence's verb after it
    # (s62) "Pryce, who was first elected in 2010, denied any wrongdoing ... The prime minister accepted his resignation
    # within hours": nor is a relative aside a comma opens and closes (the electing is no step of the story)
    before_events = grouped.get(i - 1, ())
    previous = [e for e in previous if not _set_off_participle(doc.text, e, before_events)
                and not _in_closed_aside(cues, doc.text, doc.sentence_at(e.start)[0], e,
                                         next((x for x in before_events if x.start >= e.end and x.pos == "VERB"), e))] or previous
    if not previous:
        return None
    return Link(ev.eid, "within", previous[0].eid, evidence, Strength.SIGNAL, dt.timedelta(0), t.max_length)


def _set_off_participle(text: str, e: EventLike, sentence_events: Sequence[EventLike]) -> bool:
    """Whether the verb ``e`` opens an aside a comma opens right before it and another closes before the next verb of
    its sentence (``sentence_events``, by start): "The main, laid in 1964, split": a description of the subject."""
    if e.pos != "VERB" or not text[max(0, e.start - 3) : e.start].rstrip().endswith(","):
        return False
    nxt = next((x for x in sentence_events if x.start >= e.end and x.pos == "VERB"), None)
    return nxt is not None and "," in text[e.end : nxt.start]


def _chained(cues: AnchorWords, text: str, told: Sequence[EventLike]) -> bool:
    """Whether the past verbs ``told`` of a sentence are one chain of steps, each joined to the one before by a
    coordinator (lexicon ``coordinators``) and nothing that opens another clause ("The vessel left the island at 6.40 a.m.
    and hit the pier 25 minutes later": a length told in the next sentence counts from the last step, the hitting)."""
    if len(told) < 2:
        return False
    for a, b in zip(told, told[1:]):
        words = [w.lower() for w in _tokens_between(text, a.end, b.start)]
        if (not cues.coordinators.intersection(words) or _PUNCT.search(text, a.end, b.start)
                or any(w in cues.event_signals or w in cues.clause_signals or w in cues.relative_openers for w in words)):
            return False
    return True


def _in_closed_aside(cues: AnchorWords, text: str, sentence_start: int, e: EventLike, ev: EventLike) -> bool:
    """Whether ``e`` lies in a relative aside a comma opens and another closes before ``ev`` ("The barrier, which cost
    30 million pounds and was completed in 2021, failed within hours": the completing is no step of the story the
    failing follows)."""
    comma = text.rfind(",", sentence_start, e.start)
    if comma < 0 or "," not in text[e.end : ev.start]:
        return False
    opener = _NEXT_WORD.match(text, comma + 1)
    return opener is not None and opener.group(1) in cues.relative_openers and opener.group(1) != "that"


_NOT_TOLD = frozenset({"REPORTING", "PERCEPTION", "I_STATE"})
"""Classes of verb that tell of the story, not in it: "The court heard that the boat sank within minutes"."""


def _passive_report(cues: AnchorWords, text: str, ev: EventLike) -> bool:
    """(s53 lead) Whether a reporting verb is told in the passive right after a be-form ("The first case was reported in
    early February, and two more followed within a month"): a step of the story, not the telling of it."""
    words = text[max(0, ev.start - 12) : ev.start].lower().split()
    return ev.cls == "REPORTING" and bool(words) and words[-1] in cues.passive_be


_NOT_AHEAD = frozenset({"REPORTING", "PERCEPTION", "I_STATE", "I_ACTION", "STATE", "ASPECTUAL"})
"""Classes of present or future verb a later "within" does not count from ("expects it to sell out within hours")."""


def _relative(cues: AnchorWords, text: str, ev: EventLike) -> bool:
    """Whether ``ev`` opens a relative clause ("the trial, which opened in September")."""
    word = _LAST_TOKEN.search(text, max(0, ev.start - 24), ev.start)
    return word is not None and word.group(1).lower() in cues.relative_openers


def _reporting_would(cues: AnchorWords, text: str, ev: EventLike, events: Sequence[EventLike]) -> Optional[EventLike]:
    """The past report whose "would" ``ev`` follows ("they said they would appeal", "would be balloted"), or, with
    none before it, that attributes its clause after a comma ("..., the mediator said"), if any."""
    word = _LAST_TOKEN.search(text, max(0, ev.start - 24), ev.start)
    if word is not None and word.group(1).lower() in cues.passive_be:  # the passive's "be" after the "would"
        word = _LAST_TOKEN.search(text, max(0, word.start(1) - 24), word.start(1))
    if word is None or word.group(1).lower() != "would":
        return None
    reports = [x for x in events if x.end <= ev.start and x.cls == "REPORTING" and x.tense == "PAST"]
    if reports:
        return reports[-1]
    # "Talks would restart within days, a mediator said on Thursday": the attribution after a comma
    return next((x for x in events if x.start >= ev.end and x.cls == "REPORTING" and x.tense == "PAST" and "," in text[ev.end : x.start]), None)


_TO_RIGHT_BEFORE = re.compile(r"\bto\s+\Z")


def _past_infinitive_head(text: str, ev: EventLike, events: Sequence[EventLike]) -> Optional[EventLike]:
    """(s58) The simple past verb an infinitive hangs on ("promised to do so", "agreed to repay the loan"): the last verb before
    it, "to" right before the infinitive and at most two words between them; None if that verb is no simple past."""
    if _TO_RIGHT_BEFORE.search(text, max(0, ev.start - 6), ev.start) is None:
        return None
    head = next((x for x in reversed(events) if x.end <= ev.start and x.pos == "VERB"), None)
    if head is None or head.tense != "PAST" or head.aspect != "NONE" or len(_tokens_between(text, head.end, ev.start)) > 3:
        return None
    return head


def _duration_links(cues: AnchorWords, text: str, t: Timex, ev: EventLike, signal: Optional[str], evidence: str, events: Sequence[EventLike], sentence: tuple[int, int],
                    supposed: frozenset[str] = frozenset()) -> Iterable[Link]:
    """ "for 18 days" (length), "within 30 hours of the raid" (start soon after another event)."""
    if signal is not None and cues.signals.get(signal) == "within":
        after = text[t.end : t.end + 40]
        m = cues.within_target.match(after)
        target = None
        if m:
            target = next((x for x in events if t.end + m.end() <= x.start <= t.end + m.end() + 25 and x.eid != ev.eid), None)
        if target is not None:
            said = signal + " "
            yield Link(ev.eid, "within", target.eid, text[t.start - len(said) if text[max(0, t.start - len(said)) : t.start].lower() == said else t.start : target.end],
                       Strength.SIGNAL, dt.timedelta(0), t.max_length)
        elif m is None and ev.tense == "INFINITIVE" and t.max_length is not None and (promised := _past_infinitive_head(text, ev, events)) is not None:
            # (s58) "He promised to do so within six weeks but never did": from the promising, in the past, not from now
            yield Link(ev.eid, "within", promised.eid, text[max(0, t.start - len(signal) - 1) : t.end], Strength.SIGNAL, dt.timedelta(0), t.max_length)
        elif m is None and ev.tense in ("FUTURE", "INFINITIVE") and t.max_length is not None:
            # "the port is expected to reopen within two weeks", "will be repaired within a month": from now; but
            # "Tickets go on sale next Monday, and the club expects them to sell out within hours": from the sale
            ahead = [x for x in events if x.end <= ev.start and x.pos == "VERB" and x.tense in ("PRESENT", "FUTURE") and x.aspect == "NONE"
                     and x.cls not in _NOT_AHEAD and not _subject_of(text, x, ev)]  # "work will begin": its subject
            origin = ahead[-1].eid if ahead else REFERENCE
            yield Link(ev.eid, "within", origin, text[max(0, t.start - len(signal) - 1) : t.end], Strength.SIGNAL, dt.timedelta(0), t.max_length)
        elif m is None and t.max_length is not None:
            # "said on Wednesday they would appeal within 30 days": the past's "will", from the saying
            report = _reporting_would(cues, text, ev, events)
            if report is not None:
                yield Link(ev.eid, "within", report.eid, text[max(0, t.start - len(signal) - 1) : t.end], Strength.SIGNAL, dt.timedelta(0), t.max_length)
        return
    if signal is None and cues.length_as_gap.match(text, t.end):
        return  # "eight minutes after the alarm": the gap between two events (see _event_links)
    word = _LAST_TOKEN.search(text, max(0, t.start - 24), t.start)
    if signal is None and word is not None and word.group(1).lower() in cues.not_a_length_after:
        return  # "sentenced to six years": the length of the sentence, not of the sentencing
    after = _NEXT_WORD.match(text, t.end)
    if signal is None and after is not None and after.group(1).lower() in cues.not_a_length_before:
        return  # (s53 lead) "had earned a day off": time given, not how long the earning took
    if signal is None and word is not None and word.group(1).lower() in cues.amount_verbs:
        return  # "a detour that adds 20 minutes to the trip": an amount the verb changes, not how long it took
    if signal is None and _RATE_UNIT.match(t.text) and cues.rate_amount.search(text, max(0, t.start - 40), t.start):
        return  # "would run 900 trains a day": a rate, not how long the running takes
    if signal is None and (ev.text.lower() in cues.begin_verbs or ev.text.lower() in cues.end_verbs) and cues.length_modifier.fullmatch(t.text):
        return  # "ending a three-year term", "launched a ten-year plan": the length of what is begun or ended, not of that moment
    if signal is not None and cues.signals.get(signal) == "lasts" and ev.text.lower() in cues.term_verbs:
        return  # "was jailed for nine years on Thursday": the term imposed, not how long the jailing took
    if signal is not None and cues.signals.get(signal) == "after" and ev.text.lower() in cues.end_verbs and t.min_length is not None:
        # (s58) "The strike ended on Friday after 12 days": what ends lasted that long (the ending itself is a moment)
        subject = next((x for x in reversed(events) if x.end <= ev.start and x.pos == "NOUN" and x.start >= sentence[0]
                        and _before_aside(text, x.end, ev.start) and (not _clause_break(cues, text, x.end, ev.start) or _set_off(text, x.end, ev.start))), None)
        if subject is not None:
            yield Link(subject.eid, "lasts", t.tid, text[subject.start : t.end], Strength.DEFAULT, t.min_length, t.max_length)
        return
    if (signal is None or signal in cues.duration_signals) and t.min_length is not None:
        yield Link(ev.eid, "lasts", t.tid, evidence, Strength.DEFAULT if signal else Strength.TENSE, t.min_length, t.max_length)
        if ev.text.lower() in cues.lasting_verbs and ev.eid not in supposed:  # "is expected to last six weeks": a guess, not the trial's length
            subject = next((x for x in reversed(events) if x.end <= ev.start and x.pos == "NOUN" and x.start >= sentence[0]
                            and _before_aside(text, x.end, ev.start) and (not _clause_break(cues, text, x.end, ev.start) or _set_off(text, x.end, ev.start))), None)
            if subject is not None:  # "the trial ... lasted five weeks": the lasting is the trial
                yield Link(ev.eid, "simultaneous", subject.eid, text[subject.start : ev.end], Strength.DEFAULT)


@functools.lru_cache(maxsize=None)
def _served_part_cues(language: str) -> Optional[tuple[frozenset[str], "re.Pattern[str]", Mapping[str, float], Mapping[str, str], "re.Pattern[str]"]]:
    """Lexicon ``served_part`` of ``language`` (verbs, phrase, parts, quantities, term_after), compiled; None when absent."""
    from ..lexicon import load_data

    data = load_data(language, "anchoring.toml").get("served_part")
    if not data:
        return None
    return (frozenset(w.lower() for w in data["verbs"]), re.compile(data["phrase"], re.I), dict(data["parts"]), dict(data["quantities"]),
            re.compile(data["term_after"], re.I))


_TERM_REACH = 40  # characters at most from a verb of a term ("sentenced to", "jailed for") to the length it imposes
_SPACES = re.compile(r"[\s-]+")


def served_part_links(cues: AnchorWords, doc: Doc, timexes: Sequence[Timex], events: Sequence[EventLike]) -> Iterable[Link]:
    """A part of a prison term served ("having served more than half of her sentence"; lexicon ``served_part``) lasts
    that part of the last term the text imposed before it ("sentenced to ten years", lexicon ``term_verbs``; "a ten-year
    sentence"): a ``lasts`` link to that term's length, scaled (at least half of ten years, at most all ten); none when
    the text gave no term before it."""
    found = _served_part_cues(doc.language)
    if found is None:
        return
    verbs, phrase, parts, quantities, term_after = found
    text = doc.text
    terms = []  # (start, length) of the lengths a term verb imposes, in text order
    for t in sorted(timexes, key=lambda t: t.start):
        if t.type is not TimexType.DURATION or t.min_length is None or t.max_length is None:
            continue
        before = text[max(0, t.start - _TERM_REACH) : t.start].lower().split()
        if any(w in cues.term_verbs for w in before) or term_after.match(text, t.end) is not None:
            terms.append(t)
    if not terms:
        return
    starts = [t.start for t in terms]
    for ev in events:
        if ev.pos != "VERB" or ev.text.lower() not in verbs:
            continue
        m = phrase.match(text, ev.end)
        if m is None:
            continue
        k = bisect.bisect_left(starts, ev.start) - 1
        if k < 0:
            continue
        term = terms[k]
        part = parts.get(_SPACES.sub(" ", m.group("part").lower()))
        if part is None:
            continue
        quantity = quantities.get(_SPACES.sub(" ", (m.group("quantity") or "").lower()), "about")
        low, high = term.min_length * part, term.max_length * part
        if quantity == "above":
            high = term.max_length
        elif quantity == "below":
            low = dt.timedelta(0)
        yield Link(ev.eid, "lasts", term.tid, text[ev.start : m.end()], Strength.DEFAULT, low, high)
