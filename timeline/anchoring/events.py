"""Event to event: signal words between two events of a sentence, aspectual verbs, and
coreference of event nouns with an earlier mention of their kind."""

from __future__ import annotations

import bisect
import re
import datetime as dt
from types import MappingProxyType
from typing import Callable, Iterable, Mapping, Optional, Sequence


from ..model import Timex, TimexType
from ..order.links import LinkRelation, Strength
from ..text import Doc

from .cues import AnchorWords, EventLike, Link, anchor_words, calendar_days, calendar_years
from .cues import _attributive, _nominal_participle, _by_sentence, _completes, _taken_from, _in_setting, _clause_break, _signal_before, _tokens_between, _words_outside, _introduces, _WORD, _PUNCT, _LAST_TOKEN, _NEXT_WORD


def _event_links(cues: AnchorWords, doc: Doc, events: Sequence[EventLike], timexes: Sequence[Timex] = (),
                 phrase_dates: Mapping[str, Optional[EventLike]] = MappingProxyType({}), now: Optional[dt.datetime] = None) -> Iterable[Link]:
    """Signals between two events of one sentence: "visited shortly after the raids", "arrived
    eight minutes after the alarm" (a length right before the signal measures the gap); ``now``:
    the end of the publication time, when known."""
    text = doc.text
    # a length right before "after"/"before" with no signal of its own ("held for 18 days before" is a length)
    gaps = {t.end: t for t in timexes if t.type is TimexType.DURATION and t.min_length is not None and cues.length_as_gap.match(text, t.end)
            and _signal_before(cues, text, t.start, doc.sentence_at(t.start)[0])[0] is None}
    spans = sorted((t.start, t.end) for t in timexes)
    ends = [y for _, y in spans]
    by_end = {t.end: t for t in timexes}
    time_ends = sorted(by_end)
    ordered = sorted(events, key=lambda e: e.start)
    # (and a length written as the noun's modifier, "came after a four-hour debate": the signal's object is the debate)
    event_starts = frozenset(ev.start for ev in events)
    premodifying = frozenset(t.start for t in timexes if phrase_dates.get(t.tid) is not None  # see _noun_phrase_dates
                             or (t.type is TimexType.DURATION and "-" in t.text and text[t.end : t.end + 1] == " " and t.end + 1 in event_starts))
    lexical: "Optional[Callable[[str], tuple[tuple[str, ...], str]]]" = None
    grouped: Mapping[int, Sequence[EventLike]] = MappingProxyType({})
    taken: set[str] = set()
    for i, a in enumerate(ordered):
        s, e = doc.sentence_at(a.start)
        for b in ordered[i + 1 : i + 2]:  # the signal ties a to the next event only: "said a man arrested during the storm"
            if b.start >= e:
                break
            between = text[a.end : b.start]
            words = _words_outside(cues, text, a.end, b.start, spans, ends, premodifying)  # a time expression counts as no words
            comma = [m.start() for m in _CLAUSE_COMMA.finditer(between)]  # not the comma of a figure ("2,000 hectares")
            long_subject = False
            if len(words) > 6 and (a.pos == "VERB" or a.pos in _NOMINAL) and comma:
                # "pulled a woman alive from the mud on Sunday morning, nearly 30 hours after the
                # slope gave way": a short phrase after a comma still orders the clause's verb
                cut = a.end + comma[-1] + 1
                words = _words_outside(cues, text, cut, b.start, spans, ends, premodifying)
                long_subject = (len(words) > 4 and _signal_opens_clause(cues, words, b)
                                and any(k in gaps for k in range(cut, b.start)))  # a length measures the gap ("a day after")
                if ((len(words) > 4 and not long_subject)
                        or not any(w in cues.event_signals or (w in cues.occasion_signals and b.text.lower() in cues.occasions) for w in words)):
                    continue  # (an occasion's signal too: "chose its candidate, a former teacher, at a meeting in May")
                between = text[cut : b.start]
            # "about an hour after the ferry left": the subject of the clause a signal opens is no step further away
            reach = _before_subject(cues, _without_auxiliaries(cues, words)) if b.pos == "VERB" else words
            phrase = _phrase_signal(cues, words)  # "had spread to the roof by the time firefighters arrived"
            if phrase is not None and b.pos == "VERB":
                reach = words[: phrase[0]] + [phrase[2]]  # the phrase is one signal, its clause's subject no step further
            if not words or (len(reach) > 6 and not (
                    len(words) <= FAR_SIGNAL_REACH and a.pos == "VERB" and a.tense in ("PAST", "PRESENT", "FUTURE") and _far_target(b, ordered[i + 2 : i + 3], e)
                    and cues.far_signals.intersection(words[-FAR_SIGNAL_NEAR:]) and not any(w == "to" or cues.gerund.fullmatch(w) for w in words))
                    and not _far_occasion(cues, a, b, words, between)
                    and not _far_clause(cues, a, b, words)
                    and not _far_passive_gerund(cues, a, words)):
                # "kept the animal's skin wet with buckets and sheets until the tide came in": "until" opens a told verb's
                # end; not an infinitive's nor past a verb of the object ("an order requiring him to remain ... until")
                continue
            at = next((k for k in range(len(words) - 1, -1, -1) if words[k] in cues.event_signals), None)  # the one nearest b
            at_occasion = at is None and b.text.lower() in cues.occasions  # the link is to the occasion noun itself
            signal_at = next((k for k in range(len(words) - 1, -1, -1) if words[k] in cues.occasion_signals), None) if at_occasion else None
            if phrase is not None and (at is None or phrase[1] > at) and _introduces(cues, words[phrase[1] :], b):
                signal, relation = phrase[2], cues.fronted_phrases[phrase[2]]  # "were taken off by the time the tide began"
            elif signal_at is not None and _introduces(cues, words[signal_at + 1 :], b):
                signal, relation = words[signal_at], cues.occasion_signals[words[signal_at]]  # "announced at a news conference"
            elif (at_occasion and a.pos == "VERB" and a.cls == "REPORTING" and words[0] in cues.determiners and words[0] not in cues.complementizers
                  and _introduces(cues, words, b)):
                signal, relation = "", "during"  # "told a news conference on Monday that ...": the audience is the occasion
            elif at is None and words[-1] in cues.gerund_signals and a.pos == "VERB" and b.pos == "VERB" and cues.gerund.fullmatch(b.text):
                signal, relation = words[-1], cues.gerund_signals[words[-1]]  # "jailed for stealing": the reason came first
            elif at is not None and (described := _described_subject_verb(cues, text, words[at + 1 :], b, ordered[i + 2 : i + 6], e)) is not None:
                signal, relation, b = words[at], cues.event_signals[words[at]], described  # "after a developer who had refused to pay him contacted"
            elif at is None or not (_introduces(cues, words[at + 1 :], b) or (long_subject and at == 0)) or (len(words) - at > 1 and _PUNCT.search(between, _last_word(between, words[at]))):
                continue  # the signal must introduce b: "after the raids", "before being charged", "before they left"
            elif _DASH.search(between, _last_word(between, words[at])):
                continue  # "a rider who finally won, as young as Tom -- Casey said": a dash closes the signal's phrase
            elif at > 0 and words[at - 1] in cues.adverb_signal_after:
                continue  # "paid fines and have since been barred": an adverb, no signal
            elif at > 0 and words[at - 1] in cues.fronting_words:
                continue  # "disclosed that before the company scrapped the unit, costs were ...": the signal is the next clause's
            elif _when_of_time(cues, text, a.end, b.start, time_ends, by_end):
                continue  # "adjourned the case until January 8, when she is expected": the clause is the time's
            elif words[at] in cues.clause_only_signals and b.pos == "VERB" and b.tense not in _FINITE:
                continue  # "was quoted as saying", "described him as a witness wanted for questioning": a preposition
            else:
                signal = words[at]
                relation = cues.event_signals[signal]
                if (a.tense == "PAST" and a.aspect == "PERFECTIVE" and b.pos == "VERB" and b.aspect == "NONE" and signal in cues.perfect_signals
                        and not _time_when_between(cues, text, a.end, b.start, time_ends, by_end)):
                    relation = cues.perfect_signals[signal]  # "had gone when officers arrived": over before it
                if signal in cues.withheld_signals and _withheld(cues, text, a, s):
                    relation = "after"  # "refused to pay until the insurers agreed", "did not leave until police arrived"
            gap_max = None
            gap_min = dt.timedelta(0)
            m = cues.short_gap.search(between)
            if m and any(x <= a.end + m.start() < y and by_end[y].type is TimexType.DURATION for x, y in spans):
                m = None  # "for nearly 20 hours before": the hours belong to a length, not to the gap ("the morning after" is a gap)
            if m:
                gap_max = cues.short_gaps.get(m.group(1).lower())
            length = next((gaps[k] for k in range(a.end, b.start) if k in gaps), None) if gaps else None
            if length is not None and a.text.lower() in cues.awaiting_verbs:  # "must wait at least 30 days before closing": the waiting's length
                yield Link(a.eid, "lasts", length.tid, text[a.start : length.end], Strength.DEFAULT, length.min_length, length.max_length)
                length = None
            if length is not None and length.min_length is not None:
                gap_min, gap_max = length.min_length, length.max_length
            source = a
            perceived = False
            purpose = a.pos == "VERB" and i > 0 and cues.infinitive_marker.fullmatch(text, max(0, a.start - 4), a.start) is not None and len(
                _tokens_between(text, ordered[i - 1].end, a.start)) >= 3 and signal_at is None and not (
                ordered[i - 1].text.lower() in cues.decision_verbs and b.tense in _UNTOLD_CLAUSE)  # "go to the polls on Sunday to choose ..., after"
            # (not what a vote decided against a clause still to come: "voted on Monday to close the ground after the season
            # ends"; "agreed on Friday to buy its rival, a week after the board rejected an offer" is the agreeing's)
            # (but what an infinitive does at an occasion is its own: "would ask the council to reconsider at its next meeting")
            nominal = i > 0 and _nominal_participle(cues, text, a, ordered[i - 1], past_word=False)  # "lifted the warning after levels fell"
            if i > 0 and (_attributive(cues, a, text) or a.pos in _NOMINAL or purpose or nominal):
                # "pumping water from flooded streets after the storm", "denied wrongdoing for ten
                # days before he stepped down", "won the Open on Sunday, two days after": the clause's verb is what the signal orders
                prev = ordered[i - 1]
                if (prev.pos == "VERB" and prev.start >= s and not _clause_break(cues, text, prev.end, a.start)
                        and ((a.pos not in _NOMINAL and not nominal) or len(between_prev := _tokens_between(text, prev.end, a.start)) <= 2
                             or _modified_object(cues, between_prev)
                             or (a.pos in _NOMINAL and len(between_prev) <= 6 and (_taken_from(cues, between_prev) or (_in_setting(cues, between_prev) and not _own_time_after(text, a, b, spans)))))):
                    # ("reopened the bridge to traffic on Thursday, nine days after": the reopening)
                    source = prev
            elif i > 0 and _completes(cues, text, ordered[i - 1], a):
                source = ordered[i - 1]  # "was reported missing ... when she failed to return": the reporting
            elif a.pos == "VERB" and a.cls == "REPORTING" and (told_verb := _interjected_teller(text, ordered, i, s)) is not None:
                source = told_verb  # "sat the paper on Thursday, the board said, a week after the first exam": the sitting
            elif a.pos == "VERB" and a.tense == "PRESPART":
                source = _perceiver(cues, text, ordered, i, s) or a  # "had noticed water seeping ... an hour before it collapsed": the noticing
                perceived = source is not a  # and the seeping, which the noticing found going on
                if not perceived and signal_at is not None:
                    source = _speech_act_of_gerunds(cues, text, ordered, i, s) or a  # "admitted causing death by dangerous driving at a hearing": the admitting
            j = i if source is a else i - 1 if i > 0 and source is ordered[i - 1] else -1
            if j >= 0 and source.pos == "VERB" and _CLAUSE_COMMA.search(text, source.end, b.start) is not None:
                source = _relative_head_verb(cues, text, ordered, j, s) or _apposition_head_verb(cues, text, ordered, j, s) or source  # "attended a memorial for the doctor who
                # performed abortions, one year after he was killed": a comma closes the relative clause; the attending
            if (source is not a and signal in cues.perfect_signals and relation == cues.event_signals.get(signal) and source.pos == "VERB"
                    and source.tense == "PAST" and source.aspect == "PERFECTIVE" and b.pos == "VERB" and b.aspect == "NONE"
                    and _length_between(a.end, b.start, time_ends, by_end)):
                # "had been out of service for two weeks when it was sold": a length the perfect ran up to the clause's verb
                # (not "had denied any wrongdoing when the claims first appeared", said as they appeared)
                relation = cues.perfect_signals[signal]
            target = b
            if b.pos == "NOUN" and not at_occasion and signal not in cues.noun_signals:  # an occasion is the noun itself; "during" takes no clause
                # "two weeks after the incumbent resigned", "after the audit report reached prosecutors":
                # the clause's verb, not its subject (a compound noun of events between them)
                end = b.end
                for after_b in ordered[i + 2 : i + 4]:
                    if after_b.start >= e:
                        break  # the next sentence's verb is no verb of this clause
                    if _PUNCT.search(text, end, after_b.start):
                        break  # "reopened in June after a two-year closure, has been ordered": the comma ends the signal's clause
                    gap = _tokens_between(text, end, after_b.start)
                    complement = after_b.pos == "VERB" and end == b.end and (cues.noun_complement.fullmatch(text, end, after_b.start) is not None or (
                        after_b.tense == "PAST" and cues.effect_subject_gap.fullmatch(text, end, after_b.start) is not None))  # "after a crash in Spain killed"
                    # "after the water had been drained": auxiliaries alone between the subject noun and its verb
                    auxiliaries = after_b.pos == "VERB" and bool(gap) and all(w.lower() in cues.clause_auxiliaries for w in gap)
                    if after_b.pos == "VERB" and end == b.end and not complement and not auxiliaries:
                        described = _subject_relative_verb(cues, text, gap, after_b, ordered[i + 3 : i + 6], e)
                        if described is not None:
                            target = described  # "two days after a memo she had written about rail cuts was leaked": the leaking
                            break
                        complement = _complement_then_auxiliaries(cues, text, end, after_b.start)  # "after talks between the two were first reported"
                    if not complement and not auxiliaries and (len(gap) > 1 or _PUNCT.search(text, end, after_b.start) or any(
                            w in cues.gerund_signals or w in cues.event_signals or w in cues.determiners or w in cues.signals for w in gap)
                            or (after_b.pos == "VERB" and cues.coordinators.intersection(gap))):
                        # more than a noun between: "arrested during the storm for looting"; a verb after
                        # "and" is the clause's next verb: "closed two berths shortly after the accident and ordered"
                        break
                    if (after_b.pos == "VERB" and after_b.cls == "REPORTING" and b.cls != "REPORTING" and b.text.lower() not in cues.speaking_nouns
                            and _main_verb_pending(cues, text, ordered, s, a)):
                        break  # "Divers who inspected the hull before the salvage said ...": no happening speaks; the saying is the main verb
                    if after_b.pos == "VERB":
                        target = after_b
                        break
                    end = after_b.end  # a compound of event nouns ("the audit report")
            if signal in cues.past_clause_signals and target.pos == "VERB" and target.tense in _NOT_PAST:
                continue  # "opposed the plan, since it would end 300 jobs": a reason, told of no time before the verb
            if (source is not a and source.pos == "VERB" and source.cls == "REPORTING" and source.tense == "PAST"
                    and ((target.pos == "VERB" and target.tense in _UNTOLD_CLAUSE) or _time_ahead_after(by_end, spans, b.start, e, now))):
                continue  # "said further increases were possible when the board meets on June 16": a clause told ahead is the
                # told content's time, not the report's (the teller spoke before it)
            if signal in cues.subject_signals and (target.pos != "VERB" or at is None or not words[at + 1 :] or words[at + 1] in cues.signal_adverbs):
                continue  # "had once been", "once again joined": an adverb; "once shareholders have voted" opens a clause
            if signal in cues.perfect_clause_signals and target.pos == "VERB" and _simple_finite(cues, text, source):
                continue  # "The appeal was flawed since it raised new issues": a reason ("has been closed since ..." is a time)
            if (signal in cues.contrast_signals and target.pos == "VERB" and target.tense in ("PAST", "PRESENT") and not _ongoing(target)
                    and re.search(r",\s*" + re.escape(signal) + r"\b", between, re.IGNORECASE)):
                continue  # "Milton rose $2, while Crane fell $1": two facts side by side, neither inside the other
            if signal in cues.contrast_signals and words[-1] == signal and _parallel_participles(a, target):
                continue  # "flooded the valley, cutting off 12 villages while stranding 3,000 people": two results side by side
            evidence = text[source.start : target.end]
            if at is not None and b.pos == "VERB" and b.eid not in taken and words[at + 1 :] and all(w in cues.anaphoric_openers for w in words[at + 1 :]):
                # "had crossed the bridge twenty minutes before it fell": a clause with a pronoun for its
                # subject takes up the happening the story told before ("the bridge collapsed at 3 a.m.")
                if lexical is None:
                    from ..events.features import lexical_memo  # lemminflect's tables load on first use

                    lexical = lexical_memo()
                    grouped = _by_sentence(doc, events)
                k = doc.sentence_index(b.start)
                told = _told_before(cues, grouped, b, k, lexical, taken, text)
                if told is not None:
                    taken.add(b.eid)
                    yield Link(b.eid, "simultaneous", told.eid, f"{told.text} … {text[a.start : b.end]}", Strength.DEFAULT)
            # a's relation to b: "visited after the raids" -> a after b
            likely = cues.likely_gaps.get(signal) if gap_max is None and relation == "after" else None
            if likely is not None and cues.superlative_span.search(text, max(s, b.start - 80), b.start) is not None:
                likely = None  # "their steepest drop since the pandemic": the span compared over, not a start soon after it
            if m and likely is None:
                likely = cues.likely_short_gaps.get(m.group(1).lower())  # "shortly after the attacks": within hours
            if gap_max is None and relation == "before" and signal in cues.likely_gaps_gerund and (
                    (b.pos == "VERB" and cues.gerund.fullmatch(b.text.lower())) or (at is not None and words[at + 1 :] and words[-1] in ("being", "having"))):
                likely = cues.likely_gaps_gerund[signal]  # "before being released": what came next
            elif (likely is None and gap_max is None and relation == "before" and signal in cues.likely_gaps_ended and source is a
                    and target.pos == "VERB" and _ended_by_time(cues, text, a.end, b.start, signal, spans, s)):
                likely = cues.likely_gaps_ended[signal]  # "ran until almost midnight on Wednesday before they reached a deal"
            tail_time = _time_before_comma(text, a, b, by_end) if gap_max is not None and relation in ("after", "before") and source is a else None
            if tail_time is not None and tail_time.latest - tail_time.earliest <= gap_min:  # type: ignore[operator]  # a month, two weeks after: not before the month
                # the verb may have begun before that time ("were still battling ... on Monday"): the
                # verb keeps the order, the time the gap, less the time's own length (a day: two to three days)
                slack = tail_time.latest - tail_time.earliest  # type: ignore[operator]
                yield Link(source.eid, relation, target.eid, evidence, Strength.SIGNAL, dt.timedelta(0), None, likely)
                # ("released on Thursday, a day after being charged": most likely the calendar day before the Thursday; not
                # the verb a noun is the subject of, "a week after a fire in the engine room forced": the week is the fire's)
                tail_days = calendar_days(length) if length is not None and target is b else None
                yield Link(target.eid, "before" if relation == "after" else "after", tail_time.tid, text[tail_time.start : target.end],
                           Strength.SIGNAL, max(dt.timedelta(0), gap_min - slack), gap_max,
                           likely_days=None if tail_days is None else (-tail_days if relation == "after" else tail_days))
                continue
            if now is not None and relation == "after" and target.pos == "VERB" and target.tense == "PAST" and source.start > s:
                ahead = _time_ahead_before_comma(text, source, target, by_end, now)
                if ahead is not None:
                    # "voted on Tuesday to ... hold an election on Jan. 17, two weeks after the coalition collapsed":
                    # a time ahead cannot follow a past event by a gap; the sentence's first past verb does
                    main = next((x for x in ordered[: i + 1] if s <= x.start and x.pos == "VERB" and x.tense == "PAST"), None)
                    if main is None or main is source:
                        continue
                    source, evidence = main, text[main.start : target.end]
            if (gap_max is not None and target.pos == "VERB" and target.tense == "PAST" and source.pos == "VERB" and source.tense in _UNTOLD
                    and "," in text[a.end : b.start] and (source is a or purpose)):  # "would recall cars to repair a fault, a week after"
                # "said on Wednesday that it would cut 300 jobs, a month after a supermarket chain ended its contract":
                # what is still to come is measured from nothing told; the gap is the report's
                report = next((x for x in ordered[:i] if s <= x.start and x.pos == "VERB" and x.tense == "PAST" and x.cls == "REPORTING"), None)
                if report is not None:
                    source, evidence = report, text[report.start : target.end]
            if (gap_max is not None and target.pos == "VERB" and target.tense == "PAST" and source.pos == "VERB" and source.tense == "INFINITIVE"
                    and _CLAUSE_COMMA.search(text, source.end, b.start) is not None):
                head = _infinitive_head(text, ordered[max(0, i - 4) : i + 1], source, s)
                if head is not None:  # "agreed on Tuesday to resume talks, a month after the last round collapsed": the agreeing's gap
                    source, evidence = head, text[head.start : target.end]
            if (relation == "during" and signal in cues.containing_signals and target.pos == "VERB" and _ongoing(source)
                    and not _ongoing(target) and target.tense in _FINITE):
                # "were watching television when the bomb exploded": the explosion lies inside the watching
                yield Link(target.eid, "during", source.eid, evidence, Strength.SIGNAL)
                continue
            days = years = None
            if m and m.group(1).lower() in cues.next_day_gaps and relation in ("before", "after"):
                days = -1 if relation == "before" else 1  # "held a rally the night before the vote": the day before the vote's
            elif length is not None and relation in ("before", "after") and calendar_days(length) is not None:
                days = calendar_days(length) * (-1 if relation == "before" else 1)  # "two days after the storm hit": two calendar days on
            elif length is not None and relation in ("before", "after") and calendar_years(length) is not None:
                years = calendar_years(length) * (-1 if relation == "before" else 1)  # "in 1996, a year after they were promoted": 1995
            yield Link(source.eid, relation, target.eid, evidence, Strength.SIGNAL, gap_min, gap_max, likely, likely_days=days, likely_years=years)
            if _light_object(cues, text, source, a):
                # "will hold a second strike after the first strike ends": the strike held is what the signal orders
                yield Link(a.eid, relation, target.eid, text[a.start : target.end], Strength.SIGNAL, gap_min, gap_max, likely, likely_days=days,
                           likely_years=years)
            joined = _joined_verb(cues, text, ordered, i if source is a else i - 1 if i > 0 and source is ordered[i - 1] else -1, s)
            if (joined is not None and relation in _SHARED_RELATIONS and gap_max is None and days is None
                    and (relation != "during" or _ongoing(target))):
                # "hit and killed a cyclist while he was reading": the clause's time is both verbs'
                yield Link(joined.eid, relation, target.eid, text[joined.start : target.end], Strength.SIGNAL)
            if perceived:
                yield Link(a.eid, relation, target.eid, text[a.start : target.end], Strength.SIGNAL, gap_min, gap_max, likely)
            carrier = _state_carrier_verb(cues, text, ordered, i if source is a else -1, s)
            if carrier is not None and relation in _CARRIED_RELATIONS and gap_max is None and days is None:
                # "will stay closed until the police finish": the staying is the closed state, ordered as it is
                yield Link(carrier.eid, relation, target.eid, text[carrier.start : target.end], Strength.SIGNAL)


def _modified_object(cues: AnchorWords, words: Sequence[str]) -> bool:
    """Whether ``words`` (between a verb and an event noun) are a preposition, a determiner and one modifier ("vote on the
    new offer before the next shift begins", "protested against the planned closure after the meeting"): the noun is the
    verb's object, as with no modifier ("vote on the offer before"), and a signal after it orders the verb."""
    return len(words) == 3 and words[1] in cues.determiners and words[0] not in cues.determiners and words[2] not in cues.determiners


def _own_time_after(text: str, noun: EventLike, b: EventLike, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether a time expression between ``noun`` and ``b`` follows the noun through a preposition ("in the
    quarter-finals on Thursday after ..."): the noun has a time of its own, so a signal after it may order the noun; a bare
    one right after it ("in the race last year after falling") dates the clause."""
    return any(noun.end <= x < b.start and text[noun.end : x].strip() for x, _ in spans)


def _without_auxiliaries(cues: AnchorWords, words: Sequence[str]) -> Sequence[str]:
    """``words`` without the auxiliaries that end them (lexicon ``clause_auxiliaries``: "after the mud had been [cleared]"),
    at least one word kept: they stand between a clause's subject and its verb and take the signal no further away."""
    k = len(words)
    while k > 1 and words[k - 1] in cues.clause_auxiliaries:
        k -= 1
    return words[:k]


def _phrase_signal(cues: AnchorWords, words: Sequence[str]) -> Optional[tuple[int, int, str]]:
    """The last signal phrase of ``words`` (lexicon ``fronted_phrases``, told inside a sentence too: "by the time", "as soon
    as"): the index of its first word, the index after its last, and the phrase; None when there is none."""
    best: Optional[tuple[int, int, str]] = None
    for phrase in cues.fronted_phrases:
        parts = phrase.split()
        for k in range(len(words) - len(parts), -1, -1):
            if words[k : k + len(parts)] == parts:
                if best is None or k > best[0]:
                    best = (k, k + len(parts), phrase)
                break
    return best


def _light_object(cues: AnchorWords, text: str, verb: EventLike, noun: EventLike) -> bool:
    """Whether ``noun`` is the event object of the light verb ``verb`` (lexicon ``light_verbs``: "held a rally", "will hold
    a second strike"), at most three words after it in one clause: the noun names the happening the verb only carries."""
    return (verb is not noun and verb.pos == "VERB" and noun.pos == "NOUN" and verb.end <= noun.start
            and verb.text.lower() in cues.light_verbs and len(_tokens_between(text, verb.end, noun.start)) <= 3
            and not _PUNCT.search(text, verb.end, noun.start))


_SHARED_RELATIONS = frozenset({"during", "before"})
"""Relations of a signal clause after two joined verbs that hold for the first verb too (what came before the second, or
went on around it, the clause's verb ongoing, holds for the first, told as the step right before it; "after" may not:
"arrived and left after the speech"; nor a happening inside: "was beaten and looked dazed when he left the ring")."""


def _joined_verb(cues: AnchorWords, text: str, ordered: Sequence[EventLike], k: int, sentence_start: int) -> Optional[EventLike]:
    """The verb right before ``ordered[k]`` joined to it by a lone coordinator of steps (lexicon ``shared_before_coordinators``)
    with the same tense and aspect ("hit and killed"): the two share their subject, object and the clause after them;
    None otherwise (a reporting verb, a comma, another word between)."""
    if k <= 0:
        return None
    ev, prev = ordered[k], ordered[k - 1]
    if (ev.pos != "VERB" or prev.pos != "VERB" or prev.start < sentence_start or prev.cls == "REPORTING"
            or (prev.tense, prev.aspect) != (ev.tense, ev.aspect)):
        return None
    between = text[prev.end : ev.start].split()
    return prev if len(between) == 1 and between[0].lower() in cues.shared_before_coordinators else None


def _ended_by_time(cues: AnchorWords, text: str, start: int, end: int, signal: str, spans: Sequence[tuple[int, int]], sentence_start: int) -> bool:
    """Whether a time between ``start`` and the last ``signal`` before ``end`` is one an ending signal puts the verb's end
    at ("ran until almost midnight on Wednesday before ..."): what that signal's clause tells came at that end."""
    last = None
    for last in re.finditer(r"\b" + re.escape(signal) + r"\b", text[start:end], re.IGNORECASE):
        pass
    if last is None:
        return False
    stop = start + last.start()
    return any(start <= x and y <= stop and cues.signals.get(_signal_before(cues, text, x, sentence_start)[0] or "") == "until"
               for x, y in spans)


_CARRIED_RELATIONS = frozenset({"before", "after"})
"""Relations of a signal clause after a participle that hold for the state verb carrying it ("stayed closed until", "remained
shut after"): the verb's start is the state's (what lies inside the state, "during", need not lie inside the staying)."""


def _state_carrier_verb(cues: AnchorWords, text: str, ordered: Sequence[EventLike], k: int, sentence_start: int) -> Optional[EventLike]:
    """The state verb right before ``ordered[k]`` with nothing between (lexicon ``state_verbs``: "will stay closed",
    "remained shut"), which carries the participle's state; None otherwise."""
    if k <= 0:
        return None
    ev, prev = ordered[k], ordered[k - 1]
    if ev.pos != "VERB" or prev.pos != "VERB" or prev.start < sentence_start or prev.text.lower() not in cues.state_verbs:
        return None
    return prev if not text[prev.end : ev.start].strip() else None


def _parallel_participles(a: EventLike, b: EventLike) -> bool:
    """Whether ``a`` and ``b`` are two present participles, neither going on: two acts or results of one clause told side
    by side ("cutting off 12 villages while stranding 3,000 people", ``b`` right after the signal), which the signal
    does not put one inside the other ("holding a sign while being carried" is: ``b`` is no present participle)."""
    return a.pos == "VERB" and b.pos == "VERB" and a.tense == "PRESPART" and b.tense == "PRESPART" and not _ongoing(a) and not _ongoing(b)


def _ongoing(ev: EventLike) -> bool:
    """Whether ``ev`` was going on or held rather than happened: a progressive or a state ("were watching", "was asleep")."""
    return ev.aspect in ("PROGRESSIVE", "PERFECTIVE_PROGRESSIVE") or ev.cls == "STATE"


_DESCRIBED_SUBJECT_WORDS = 3
"""Words at most of a subject before the relative pronoun that describes it ("a developer who", "the man who")."""


def _described_subject_verb(cues: AnchorWords, text: str, rest: Sequence[str], b: EventLike, following: Sequence[EventLike],
                            sentence_end: int) -> Optional[EventLike]:
    """The verb of a clause after an event signal whose short subject a relative clause describes ("arrested after a
    developer who had refused to pay him contacted the police": the contacting, not the refusing): the first verb of a
    tense after the relative clause's verb ``b``, with no punctuation between; None when the words after the signal are
    no such subject.  A relative clause with a subject pronoun of its own and no opener counts too ("after a letter [she
    had] sent to donors was published": the publishing)."""
    k = next((j for j, w in enumerate(rest) if w in cues.relative_openers), None)
    if k is None and rest and rest[0] in cues.determiners:
        k = next((j for j in range(len(rest) - 1, 0, -1) if _relative_subject(cues, rest[j:])), None)
    if b.pos != "VERB" or k is None or not 1 <= k <= _DESCRIBED_SUBJECT_WORDS or any(w in cues.not_in_subject for w in rest[:k]):
        return None
    return _verb_after_relative(cues, text, b, following, sentence_end, stop_at_any_verb=False)


def _verb_after_relative(cues: AnchorWords, text: str, verb: EventLike, following: Sequence[EventLike], sentence_end: int,
                         stop_at_any_verb: bool) -> Optional[EventLike]:
    """The first verb of a past or present tense after a relative clause's ``verb`` in its sentence, with no punctuation
    between, passing the relative clause's next verbs "and" joins ("after a letter she had written and signed was
    published"), and not one right after a relative opener; None at the first other verb when ``stop_at_any_verb``."""
    last = verb.end
    for x in following:
        if x.start >= sentence_end or _PUNCT.search(text, verb.end, x.start):
            return None
        if cues.coordinators.intersection(_tokens_between(text, last, x.start)):
            last = x.end  # the relative clause's next verb
            continue
        if x.pos == "VERB" and (stop_at_any_verb or x.tense in ("PAST", "PRESENT")):
            return x if x.tense in ("PAST", "PRESENT") and not _after_relative_opener(cues, text, x) else None
    return None


def _subject_relative_verb(cues: AnchorWords, text: str, gap: Sequence[str], verb: EventLike, following: Sequence[EventLike],
                           sentence_end: int) -> Optional[EventLike]:
    """The verb of a clause a signal opens whose subject noun a relative clause with a subject of its own describes
    ("two days after a memo [she had] written about rail cuts was leaked": the leaking, not the writing): ``gap`` (the
    words between the noun and the relative clause's ``verb``) is an optional relative opener, a subject pronoun and
    auxiliaries; the first finite verb after ``verb`` with no punctuation between and no coordinator right before it (a
    verb after "and" is the relative clause's next one); else None."""
    words = [w.lower() for w in gap]
    if words and words[0] in cues.relative_openers | cues.object_relative_openers:
        words = words[1:]
    if not _relative_subject(cues, words):
        return None
    return _verb_after_relative(cues, text, verb, following, sentence_end, stop_at_any_verb=True)


def _after_relative_opener(cues: AnchorWords, text: str, x: EventLike) -> bool:
    """Whether a relative opener (auxiliaries after it) stands right before the verb ``x`` ("the river that burst"): the
    verb of another relative clause, no main verb."""
    words = _tokens_between(text, max(0, x.start - 40), x.start)
    k = len(words)
    while k > 0 and words[k - 1] in cues.clause_auxiliaries:
        k -= 1
    return k > 0 and words[k - 1] in cues.relative_openers


RELATIVE_SUBJECT_WORDS = 2
"""Words at most after the determiner of a noun subject of a relative clause with no opener ("a report [the bank had]
commissioned")."""


def _relative_subject(cues: AnchorWords, words: Sequence[str]) -> bool:
    """Whether ``words`` (lower case) are the subject of a relative clause with no opener and the auxiliaries after it:
    a subject pronoun ("she had"), or a determiner and at most :data:`RELATIVE_SUBJECT_WORDS` words ("the bank had",
    "the club"), no word of ``not_in_subject``, no signal and no auxiliary among them."""
    k = len(words)
    while k > 0 and words[k - 1] in cues.clause_auxiliaries:
        k -= 1
    subject = words[:k]
    if len(subject) == 1:
        return subject[0] in cues.subject_pronouns
    return (2 <= len(subject) <= RELATIVE_SUBJECT_WORDS + 1 and subject[0] in cues.determiners
            and not any(w in cues.not_in_subject or w in cues.event_signals or w in cues.determiners or w in cues.clause_auxiliaries
                        for w in subject[1:]))


def _complement_then_auxiliaries(cues: AnchorWords, text: str, end: int, verb_start: int) -> bool:
    """Whether the words from ``end`` (a subject noun's) to ``verb_start`` are a short complement of the noun (lexicon
    pattern ``noun_complement``), then auxiliaries and adverbs of the verb ("talks [between the two were first]
    reported"), at least one auxiliary."""
    tail = verb_start
    seen = False
    while (m := _LAST_TOKEN.search(text, max(end, tail - 16), tail)) is not None and m.group(1).lower() in cues.clause_auxiliaries | cues.clause_adverbs:
        seen = seen or m.group(1).lower() in cues.clause_auxiliaries
        tail = m.start(1)
    return seen and tail < verb_start and cues.noun_complement.fullmatch(text, end, tail) is not None


def _main_verb_pending(cues: AnchorWords, text: str, ordered: Sequence[EventLike], sentence_start: int, a: EventLike) -> bool:
    """Whether ``a`` is in a relative clause on the sentence's subject ("Divers who inspected the
    hull before ..."), no verb told before it: the sentence's main verb is still to come."""
    opener = None
    for m in _WORD.finditer(text, sentence_start, a.start):
        if m.group().lower() in cues.relative_openers:
            opener = m.start()
    if opener is None:
        return False
    return not any(x.pos == "VERB" and sentence_start <= x.start < opener for x in ordered)


_UNTOLD = frozenset({"NONE", "FUTURE", "INFINITIVE"})
"""Tenses of a verb not yet told as happened ("would cut", "will cut", "to cut")."""

FAR_SIGNAL_REACH = 12
"""Words at most between a verb and the clause a far-reaching signal (``far_signals``: "until") opens after it."""
FAR_SIGNAL_NEAR = 4
"""Words at most between such a signal and the clause's verb ("until the tide came")."""

_NOMINAL = frozenset({"NOUN", "ADJECTIVE"})
"""Parts of speech of an event that is no clause's verb: a signal after one orders the verb before it."""
_FINITE = frozenset({"PAST", "PRESENT", "FUTURE"})
_NOT_PAST = frozenset({"PRESENT", "FUTURE", "NONE"})
"""Tenses of a clause not told in the past: in the present, the future or after a modal ("would end")."""
"""Tenses of a verb with a subject of its own (not a participle, an infinitive or a gerund)."""


PERCEIVED_REACH = 3
"""Words at most between a perception verb and the participle describing its object ("noticed water seeping")."""


INTERJECTION_REACH = 4
"""Words at most between the comma and the reporting verb of an interjected ", the board said,"."""


def _interjected_teller(text: str, ordered: Sequence[EventLike], i: int, sentence_start: int) -> Optional[EventLike]:
    """The verb told before an interjected ", police said," at ``ordered[i]``: what a phrase after it orders.

    "was arrested on Friday, police said, a week after the shooting": the phrase after the second
    comma goes on with the clause the reporting verb interrupts, not with the saying."""
    a = ordered[i]
    if _AFTER_COMMA.match(text, a.end) is None:
        return None
    comma = text.rfind(",", sentence_start, a.start)
    if comma < 0 or len(text[comma + 1 : a.start].split()) > INTERJECTION_REACH:
        return None
    if any(comma < x.start < a.start for x in ordered[:i]):
        return None  # a verb or an event noun between: a clause of its own, not an interjection
    return next((x for x in reversed(ordered[:i]) if sentence_start <= x.start < comma and x.pos == "VERB" and x.tense == "PAST"), None)


_AFTER_COMMA = re.compile(r"\s*,")


def _perceiver(cues: AnchorWords, text: str, ordered: Sequence[EventLike], i: int, sentence_start: int) -> Optional[EventLike]:
    """The perception verb whose object the participle ``ordered[i]`` describes ("had noticed water
    seeping", "saw smoke rising"): what a signal after the participle orders is the perceiving."""
    a = ordered[i]
    for prev in reversed(ordered[max(0, i - 3) : i]):
        if prev.start < sentence_start:
            return None
        if prev.pos == "VERB":
            near = len(_tokens_between(text, prev.end, a.start)) <= PERCEIVED_REACH and not _PUNCT.search(text, prev.end, a.start)
            return prev if prev.cls == "PERCEPTION" and near and not _clause_break(cues, text, prev.end, a.start) else None
    return None


_NOT_IN_ITS_TIME = frozenset({"until", "before", "by", "since"})


_TO_BEFORE = re.compile(r"\bto\s*$")


def _infinitive_head(text: str, ordered: Sequence[EventLike], inf: EventLike, sentence_start: int) -> Optional[EventLike]:
    """The past verb of the sentence an infinitive depends on ("agreed on Tuesday to resume"): of the few events ``ordered``
    (by start) before it, the last verb told in the past, with "to" right before the infinitive; None when there is none."""
    if not _TO_BEFORE.search(text, max(0, inf.start - 8), inf.start):
        return None
    for x in reversed([x for x in ordered if x.start < inf.start][-3:]):
        if x.start < sentence_start:
            return None
        if x.pos == "VERB" and x.tense == "PAST":
            return x
    return None


def _time_ahead_after(by_end: Mapping[int, Timex], spans: Sequence[tuple[int, int]], start: int, end: int, now: Optional[dt.datetime]) -> bool:
    """Whether a time expression between ``start`` and ``end`` (the rest of a clause a signal opens) lies wholly after the
    publication day ("when the board meets again on June 16", said in May): what that clause tells is still to come."""
    if now is None:
        return False
    next_day = dt.datetime.combine(now.date(), dt.time()) + dt.timedelta(days=1)
    k = bisect.bisect_left(spans, (start, 0))
    while k < len(spans) and spans[k][1] <= end:  # the times of the clause only (the spans are sorted by start)
        t = by_end.get(spans[k][1])
        if t is not None and t.earliest is not None and t.earliest.replace(tzinfo=None) >= next_day:
            return True
        k += 1
    return False


def _when_of_time(cues: AnchorWords, text: str, a: int, b: int, time_ends: Sequence[int], by_end: Mapping[int, Timex]) -> bool:
    """Whether a relative "when" after a time expression between ``a`` and ``b`` opens the clause
    before ``b`` ("until January 8, when she is expected to"; "have risen since March, when the plant closed"): that
    clause tells of the time, which the verb at ``a`` comes before (or after, from "since"), or against which it measures a
    change ("from 38 percent a year earlier, when"). ``time_ends``: the ends of the time expressions, sorted."""
    k = bisect.bisect_right(time_ends, a)
    for end in time_ends[k : bisect.bisect_left(time_ends, b)]:
        t = by_end[end]
        if cues.relative_when.match(text, end) is not None:
            from .times import compared_base  # (times imports this module)

            if compared_base(cues, text, t, a):
                return True  # "fell to 31 percent from 38 percent a year earlier, when voters elected": the base's time, not the fall's
            # only a time the verb comes before ("until", "before", "by") or after ("since"): "noticed the losses last spring, when an
            # auditor asked" and "ended after a week, when the owners offered a raise" share it
            signal, _ = _signal_before(cues, text, t.start, a)
            return cues.signals.get(signal or "", "during") in _NOT_IN_ITS_TIME
    return False


_SPEECH_ACTS = frozenset({"REPORTING", "I_ACTION"})
"""Classes of a verb whose gerund object is what it tells, not what happens at its occasion (see :func:`_speech_act_of_gerunds`)."""


def _speech_act_of_gerunds(cues: AnchorWords, text: str, ordered: Sequence[EventLike], i: int, sentence_start: int) -> Optional[EventLike]:
    """The telling verb whose object the gerunds up to ``ordered[i]`` are ("admitted causing death by
    dangerous driving", "denied taking bribes"), with nothing but their words (and event nouns) between and no punctuation:
    an occasion after them ("at a hearing in December") is the telling's, not the told happening's
    ("was jailed for stealing cars at a festival" keeps the stealing at it); else None."""
    k = i
    while k >= 0 and ordered[k].start >= sentence_start and ((ordered[k].pos == "VERB" and ordered[k].tense == "PRESPART") or ordered[k].pos in _NOMINAL):
        k -= 1  # past the gerunds and the event nouns of their objects ("causing the crash by speeding")
    if k == i or k < 0 or ordered[k].start < sentence_start:
        return None
    verb = ordered[k]
    if verb.pos != "VERB" or verb.cls not in _SPEECH_ACTS or verb.tense not in ("PAST", "PRESENT", "FUTURE") or _PUNCT.search(text, verb.end, ordered[i].start):
        return None
    return verb


def _length_between(a: int, b: int, time_ends: Sequence[int], by_end: Mapping[int, Timex]) -> bool:
    """Whether a length (a DURATION time expression) ends between ``a`` and ``b`` ("for two weeks")."""
    k = bisect.bisect_right(time_ends, a)
    return any(by_end[end].type is TimexType.DURATION for end in time_ends[k : bisect.bisect_left(time_ends, b)] if end in by_end)


def _time_when_between(cues: AnchorWords, text: str, a: int, b: int, time_ends: Sequence[int],
                       by_end: Mapping[int, Timex] = MappingProxyType({})) -> bool:
    """Whether a relative "when" right after a time expression between ``a`` and ``b`` opens the
    clause before ``b`` ("had met on February 28, when the visitors won"): the clause tells of the
    time, so a past perfect before it is not over before the clause's verb; both lie in the time.  A length
    (``by_end``: time end -> time) is no time a clause tells of: "had been out of service for two weeks when it was
    sold" looks back from the sale."""
    k = bisect.bisect_right(time_ends, a)
    return any(cues.relative_when.match(text, end) is not None and not (end in by_end and by_end[end].type is TimexType.DURATION)
               for end in time_ends[k : bisect.bisect_left(time_ends, b)])


def _time_at_comma(text: str, a: EventLike, b: EventLike, by_end: Mapping[int, Timex]) -> Optional[Timex]:
    """The time expression that ends right before the last comma between events ``a`` and ``b``, if any."""
    comma = text.rfind(",", a.end, b.start)
    return None if comma <= a.end else by_end.get(len(text[a.end : comma].rstrip()) + a.end)


def _time_ahead_before_comma(text: str, a: EventLike, b: EventLike, by_end: Mapping[int, Timex], now: dt.datetime) -> Optional[Timex]:
    """The time after publication that ends right before the last comma between ``a`` and ``b``
    ("hold an election on Jan. 17, two weeks after ..."), if any."""
    t = _time_at_comma(text, a, b, by_end)
    return t if t is not None and t.earliest is not None and t.earliest >= now else None


def _time_before_comma(text: str, a: EventLike, b: EventLike, by_end: Mapping[int, Timex]) -> Optional[Timex]:
    """ "were still battling ... on Monday, three days after it broke out": the date or time that ends
    right before the last comma between verb ``a`` and event ``b``, from which a gap after the comma counts."""
    t = _time_at_comma(text, a, b, by_end) if a.pos == "VERB" else None
    if t is None or t.start < a.end or t.type not in (TimexType.DATE, TimexType.TIME) or t.earliest is None or t.latest is None:
        return None
    return t


def _fronted_links(cues: AnchorWords, doc: Doc, events: Sequence[EventLike], timexes: Sequence[Timex] = (),
                   grouped: Optional[Mapping[int, Sequence[EventLike]]] = None) -> Iterable[Link]:
    """A sentence that opens with a signal clause ("Before joining the company in 2019, she worked
    ...", "After a week of talks, the two sides signed ..."): the main clause's first verb after
    the comma is ordered against the event the signal introduces.  So is one that opens at an
    occasion ("At his first hearing in October, Reid denied the charge", "At his trial, which opened
    on Monday, Holt told jurors ..."): the verb happens during it."""
    text = doc.text
    spans = sorted((t.start, t.end) for t in timexes)
    ends = [y for _, y in spans]
    lengths = {t.start: t for t in timexes if t.type is TimexType.DURATION and t.min_length is not None}
    grouped = _by_sentence(doc, events) if grouped is None else grouped
    taken: set[str] = set()
    lexical = None
    for k, sentence in enumerate(doc.sentences):
        if not sentence.tokens:
            continue
        opening = sentence.tokens[0]
        length = lengths.get(opening.start)  # "Hours after the strike began, the operator asked": a gap first
        if length is None and len(sentence.tokens) > 1 and (opening.text.lower(),) in cues.signal_hedges:
            length = lengths.get(sentence.tokens[1].start)  # "About forty minutes after it set out, ...": the hedge left outside
        if length is not None:
            opening = next((tok for tok in sentence.tokens if tok.start >= length.end), opening)
        short = None
        first = opening.text.lower()
        if length is None and len(sentence.tokens) > 1 and (first in cues.short_gaps or first in cues.fronted_modifiers):
            # "Shortly after the attacks, ...", "Long before the vote, ...": the signal is the next word
            if sentence.tokens[1].text.lower() in cues.fronted_signals:
                opening, short = sentence.tokens[1], cues.short_gaps.get(first)
        signal = opening.text.lower()
        relation = cues.event_signals.get(signal) if signal in cues.fronted_signals else None
        if relation is not None and signal in cues.signal_objects:
            after = next((tok for tok in sentence.tokens if tok.start >= opening.end), None)
            if after is None or after.text.lower() != cues.signal_objects[signal]:
                relation = None  # "Ahead, the road narrows": no "of", no signal
            else:
                opening = after  # "Ahead of the first departure, ...", "Prior to the accident it flew": its event follows "of", "to"
        occasion = relation is None and length is None and short is None and signal in cues.occasion_signals
        if occasion:  # "At his first hearing in October, Reid denied the charge": the verb happens at the occasion
            relation = cues.occasion_signals[signal]
        if short is not None and relation not in ("before", "after"):
            relation = None  # "Just during ..." bounds no gap
        phrase = next((p for p in cues.fronted_phrases if text[sentence.start : sentence.start + len(p) + 1].lower() == p + " "), None)
        if length is None and phrase is not None:  # "By the time firefighters arrived, the roof had collapsed"
            relation = cues.fronted_phrases[phrase]
            opening = next((tok for tok in sentence.tokens if tok.end >= sentence.start + len(phrase)), opening)
        in_sentence = grouped.get(k, ())
        if relation is None or not in_sentence or (length is not None and relation not in ("before", "after")):
            continue
        b = in_sentence[0]
        if occasion and (b.pos != "NOUN" or b.text.lower() not in cues.occasions):
            continue  # "At 3 a.m., ...", "At first, ...": no occasion
        if signal in cues.noun_signals and b.pos == "VERB" and b.tense in _FINITE:
            continue  # "During the campaign she promised ...": the phrase names no event; its first event is the main verb
        first_comma = text.find(",", sentence.start, sentence.end)
        told_in = b
        if b.pos == "NOUN" and signal not in cues.noun_signals and len(in_sentence) > 1 and in_sentence[1].pos == "VERB" and not _tokens_between(
                text, b.end, in_sentence[1].start):
            told_in = in_sentence[1]  # "After the strike ended they went back": the clause's verb
        main = _unmarked_main_verb(cues, text, in_sentence, told_in, sentence.end if first_comma < 0 else first_comma)
        if main is not None and not occasion and _introduces(cues, _words_outside(cues, text, opening.end, b.start, spans, ends), b):
            # "After her studies in Edinburgh she worked ...": no comma closes the phrase; its subject pronoun opens the main clause
            gap = (length.min_length, length.max_length) if length is not None else (dt.timedelta(0), short) if short is not None else (None, None)
            likely = cues.likely_short_gaps.get(first) if short is not None else None  # "Shortly after her victory she closed": within hours
            yield Link(main.eid, relation, told_in.eid, text[sentence.start : main.end], Strength.SIGNAL, *gap, likely)
            continue
        if first_comma < b.end:
            continue  # "Until recently, Kellogg had been telling": no event in the opening phrase
        words = _words_outside(cues, text, opening.end, b.start, spans, ends)
        if not _introduces(cues, words, b) and not (words and all(w in cues.determiners or w == "of" for w in words) and len(words) <= 3):
            continue  # "After the raids", "Before joining", "After a week of talks" (the week is a time)
        verb = in_sentence[1] if len(in_sentence) > 1 else None
        if b.pos == "NOUN" and signal not in cues.noun_signals and verb is not None and verb.pos == "VERB" and verb.end <= first_comma and len(_tokens_between(text, b.end, verb.start)) <= 1:
            b = verb  # "Hours after the strike began, ...": the clause's verb, not its subject
        if signal in cues.past_clause_signals and b.pos == "VERB" and b.tense in _NOT_PAST:
            continue  # "Since fares will rise in October, commuters queued": a reason, no time
        comma = text.find(",", b.end, sentence.end)
        if comma >= 0 and signal in cues.noun_signals and any(b.end <= ev.start and ev.end <= comma and ev.pos == "VERB" and ev.tense in _FINITE for ev in in_sentence):
            continue  # "During the campaign she promised to reopen the library, which closed in 2022": no comma ends the phrase
        if comma < 0:
            continue
        aside = _NEXT_WORD.match(text, comma + 1)
        if occasion and aside is not None and aside.group(1) in cues.relative_openers:
            comma = text.find(",", aside.end(), sentence.end)  # "At his trial, which opened on Monday, Holt told": past the aside
            if comma < 0:
                continue
        a = next((ev for ev in in_sentence if ev.start > comma and ev.pos == "VERB" and not _attributive(cues, ev, text)), None)
        if a is None or _clause_break(cues, text, comma + 1, a.start):
            continue
        a = _past_subject_relative(cues, text, in_sentence, comma, a, sentence.end) or a  # "the men who had robbed the bank had fled": the fleeing
        gap = (length.min_length, length.max_length) if length is not None else (dt.timedelta(0), short) if short is not None else (None, None)
        likely = cues.likely_short_gaps.get(first) if short is not None else None  # "Shortly after ...": within hours
        days = calendar_days(length) if length is not None else None  # "Two days after the storm hit, ...": two calendar days on
        if (relation == "during" and signal in cues.containing_signals and b.pos == "VERB" and b.tense in _FINITE and _ongoing(a)
                and not _ongoing(b)):
            yield Link(b.eid, "during", a.eid, text[sentence.start : a.end], Strength.SIGNAL)  # "When the bomb exploded, they were watching"
        else:
            yield Link(a.eid, relation, b.eid, text[sentence.start : a.end], Strength.SIGNAL, *gap, likely,
                       likely_days=None if days is None else (-days if relation == "before" else days))
        if b.pos == "VERB" and lexical is None:
            from ..events.features import lexical_memo  # lemminflect's tables load on first use

            lexical = lexical_memo()  # one memo for the text's time clauses
        told = _told_before(cues, grouped, b, k, lexical, taken, text) if b.pos == "VERB" else None
        if told is not None:  # "Firefighters arrived at 2 a.m. ... By the time firefighters arrived, ...": the same arrival
            taken.add(b.eid)  # a mention that takes one up is not taken up itself: no chains through the text
            yield Link(b.eid, "simultaneous", told.eid, f"{told.text} … {text[sentence.start : b.end]}", Strength.DEFAULT)


def _past_subject_relative(cues: AnchorWords, text: str, in_sentence: Sequence[EventLike], comma: int, a: EventLike, end: int) -> Optional[EventLike]:
    """The main clause's verb after a relative clause on its subject ("By the time police arrived, the men [who had]
    robbed the bank had fled": ``a`` is the robbing, the fleeing is the main verb): when a short subject (at most
    :data:`_DESCRIBED_SUBJECT_WORDS` words after the ``comma``) and a relative opener (auxiliaries after it) stand before
    ``a``, the first finite verb after ``a`` before ``end`` with no punctuation between and no coordinator right before
    it; else None."""
    words = _tokens_between(text, comma, a.start)
    k = len(words)
    while k > 0 and words[k - 1] in cues.clause_auxiliaries:
        k -= 1
    if not 2 <= k <= _DESCRIBED_SUBJECT_WORDS + 1 or words[k - 1] not in cues.relative_openers or any(w in cues.not_in_subject for w in words[: k - 1]):
        return None
    last = a.end
    for x in in_sentence:
        if x.start < a.end or x.pos != "VERB":
            continue
        if x.start >= end or _PUNCT.search(text, a.end, x.start):
            return None
        if cues.coordinators.intersection(_tokens_between(text, last, x.start)):
            last = x.end  # "the men who had robbed and beaten him": the relative clause's next verb
            continue
        return x if x.tense in _FINITE and not _after_relative_opener(cues, text, x) else None
    return None


def _unmarked_main_verb(cues: AnchorWords, text: str, in_sentence: Sequence[EventLike], b: EventLike, end: int) -> Optional[EventLike]:
    """The main clause's verb after a fronted phrase no comma closes ("After her studies in Edinburgh she worked"): the
    first verb after ``b`` (the phrase's event; nouns of the phrase between) before ``end``, when it has a tense and
    stands right after a subject pronoun (``subject_pronouns``); else None."""
    verb = next((ev for ev in in_sentence if ev.start >= b.end and ev.pos not in _NOMINAL), None)
    if verb is None or verb.pos != "VERB" or verb.tense not in _FINITE or verb.end > end:
        return None
    before = _LAST_TOKEN.search(text, max(b.end, verb.start - 12), verb.start)
    return verb if before is not None and before.group(1).lower() in cues.subject_pronouns else None


TOLD_REACH = 4
"""How many sentences back a time clause's verb is taken up ("Hours after the strike began")."""


def _told_before(cues: AnchorWords, grouped: Mapping[int, Sequence[EventLike]], ev: EventLike, sentence: int,
                 lexical: "Callable[[str], tuple[tuple[str, ...], str]]", taken: "set[str] | frozenset[str]" = frozenset(),
                 text: str = "") -> Optional[EventLike]:
    """The verb of the same kind told in the :data:`TOLD_REACH` sentences before ``ev``'s: a time clause
    takes up what the story has told ("The strike began at 4 a.m. ... Hours after the strike began")."""
    kind = _verb_kind(cues, text, ev, lexical)
    earlier = [x for k in range(max(0, sentence - TOLD_REACH), sentence) for x in grouped.get(k, ()) if x.pos == "VERB" and x.eid not in taken]
    return next((x for x in reversed(earlier) if _verb_kind(cues, text, x, lexical) == kind), None)


def _verb_kind(cues: AnchorWords, text: str, ev: EventLike, lexical: "Callable[[str], tuple[tuple[str, ...], str]]") -> str:
    """What a verb mention tells, for taking it up: its group of verbs that tell one happening
    (``same_happening``: by lemma, or lemma and the particle after it, "gave way", "took off"),
    else :func:`_kind`."""
    lemma = lexical(ev.text.lower())[1]
    after = _NEXT_WORD.match(text, ev.end, ev.end + 24) if text else None
    phrase = f"{lemma} {after.group(1)}" if after is not None else ""
    for i, group in enumerate(cues.same_happening):
        if phrase in group or lemma in group:
            return f"happening{i}"
    return _kind(cues, ev.text, lexical)


def _sequence_verb_links(cues: AnchorWords, text: str, events: Sequence[EventLike]) -> Iterable[Link]:
    """ "The walkout followed the collapse of pay talks", "Protests preceded the vote": a verb that
    orders its subject event against its object event."""
    for i in range(1, len(events) - 1):
        ev = events[i]
        relation = cues.sequence_verbs.get(ev.text.lower())
        subject, obj = events[i - 1], events[i + 1]
        if relation is None or ev.pos != "VERB" or subject.pos != "NOUN" or obj.pos != "NOUN":
            continue
        if not cues.subject_gap.fullmatch(text, subject.end, ev.start):
            continue
        gap = _tokens_between(text, ev.end, obj.start)
        if len(gap) > 3 or not all(w.isalpha() for w in gap) or _clause_break(cues, text, ev.end, obj.start):
            continue  # "followed the collapse of": a few words, no figures or punctuation
        yield Link(subject.eid, relation, obj.eid, text[subject.start : obj.end], Strength.SIGNAL)


def _reason_links(cues: AnchorWords, text: str, grouped: Mapping[int, Sequence[EventLike]], charges: bool = True) -> Iterable[Link]:
    """ "A man arrested during the riot for looting a bakery", "fined for fielding an ineligible
    player": what a verb of arrest, punishment or blame gives as its reason, after "for", came
    before it; an arrest most likely soon after.  So did the act a verb of ``charge_verbs`` names after its
    preposition ("convicted a former guard of setting fire"), unless ``charges`` is False (the reasons only)."""
    charge_verbs = cues.charge_verbs if charges else {}
    if not cues.reason_verbs and not charge_verbs:
        return
    for sentence in grouped.values():
        for i, verb in enumerate(sentence):
            head = verb.text.lower()
            if verb.pos != "VERB" or (head not in cues.reason_verbs and head not in charge_verbs):
                continue
            prepositions = ({"for"} if head in cues.reason_verbs else set()) | ({charge_verbs[head]} if head in charge_verbs else set())
            if head in cues.reason_verbs:
                prepositions |= cues.reason_signal_words  # "charged over the collapse": a reason like "for"'s
            for reason in sentence[i + 1 :]:
                gap = _tokens_between(text, verb.end, reason.start)
                if len(gap) > cues.reason_reach + 2 or _PUNCT.search(text, verb.end, reason.start):
                    break
                k = max((j for j, w in enumerate(gap) if w in prepositions), default=-1)
                words = gap[k + 1 :]
                if words and words[0] in cues.determiners:
                    words = words[1:]
                if (k < 0 or any(w in prepositions and not cues.term_units.intersection(gap[j + 1 : j + 4]) for j, w in enumerate(gap[:k]))
                        or reason.text.lower() in cues.reason_purposes
                        or len(words) > (1 if reason.pos == "NOUN" else 0)
                        or any(not w.isalpha() or not w.islower() or w in cues.reason_modifier_stops for w in words)):
                    continue  # "held for two days after the raid": no reason; "held for questioning": a purpose
                if head in charge_verbs and reason.pos == "VERB" and not reason.text.lower().endswith("ing"):
                    break  # "pleaded with the court to spare him": an infinitive is what was asked, not the act charged
                likely = cues.reason_likely if verb.text.lower() in cues.reason_soon_verbs else None
                yield Link(reason.eid, "before", verb.eid, text[verb.start : reason.end], Strength.SIGNAL, likely_max=likely, likely_span=likely)
                if head in charge_verbs:
                    yield from _coordinated_acts(cues, text, sentence, reason, verb, prepositions)
                break


def _coordinated_acts(cues: AnchorWords, text: str, sentence: Sequence[EventLike], first: EventLike, verb: EventLike,
                      prepositions: set[str] | frozenset[str]) -> Iterable[Link]:
    """ "pleaded guilty to fraud and to forging the signatures", "charged with robbing a shop and assaulting a worker": an
    act a coordinator joins to the acts a charge verb names (the coordinator, then at most the verb's preposition and an
    article right before it, no punctuation since the first act) came before the verb too; a finite verb ends them."""
    last = first
    for nxt in sentence:
        if nxt.start <= last.end:
            continue
        gap = _tokens_between(text, last.end, nxt.start)
        if _PUNCT.search(text, last.end, nxt.start) or len(gap) > cues.reason_reach + 2 or (nxt.pos == "VERB" and not nxt.text.lower().endswith("ing")):
            return
        k = len(gap)
        if k and gap[k - 1] in cues.determiners:
            k -= 1
        if k and gap[k - 1] in prepositions:
            k -= 1
        if k and gap[k - 1] in cues.coordinators:
            yield Link(nxt.eid, "before", verb.eid, text[verb.start : nxt.end], Strength.SIGNAL)
            last = nxt


SUBJECT_REACH = 6
_NON_FINITE = frozenset({"PRESPART", "INFINITIVE", "NONE"})
"""Tenses of a verb that is no main verb: "who hit a cyclist while reading a message was jailed" goes on to "jailed"."""
"""Words at most of a subject before the relative pronoun of its clause ("A young climber who ...")."""


_RELATIVE_ACTS = frozenset({"OCCURRENCE", "I_ACTION", "REPORTING"})
"""The classes of a relative clause's verb told as what its subject did before the main verb ("A guard who tried to stop
them was pushed", "A man who refused to leave was arrested"; a report only in an aside: see :func:`_subject_relative_links`)."""


def _subject_relative_links(cues: AnchorWords, text: str, grouped: Mapping[int, Sequence[EventLike]], sentence_starts: Mapping[int, int],
                            dated: frozenset[str] = frozenset(), own_time: Mapping[str, str] = MappingProxyType({}),
                            time_anchor: Mapping[str, Optional[str]] = MappingProxyType({})) -> Iterable[Link]:
    """ "A climber who fell into a crevasse was rescued on Saturday", "A driver who fled the scene
    was arrested": an undated past happening in a relative clause on the sentence's subject names the
    subject by what it did before what was then done to it, the main verb: the first verb after it,
    passive or one of ``befalling_verbs`` ("capsized", "sank": what befell it; an active one may tell
    what the subject did meanwhile: "A teacher who attended the launch drove her pupils home"), not in
    the past perfect ("had been arrested" may be earlier), with no comma or coordinator between ("who
    fell and broke a leg" is still the clause).  So does a dated one ("A boat that carried supplies on
    Sunday capsized in the evening") when the main verb has no time of its own or one resolved from
    the clause's (``own_time``: event -> its time; ``time_anchor``: time -> the time it was resolved
    against): a time of another day says nothing of their order."""
    for k, sentence in grouped.items():
        start = sentence_starts.get(k)
        if start is None:
            continue
        for i, rel in enumerate(sentence[:-1]):
            if (rel.pos != "VERB" or rel.tense != "PAST" or rel.aspect != "NONE" or rel.cls not in _RELATIVE_ACTS
                    or (rel.eid in dated and rel.eid not in own_time) or rel.text.lower() in cues.holding_verbs):
                continue
            opener = _LAST_TOKEN.search(text, max(start, rel.start - 24), rel.start)
            if opener is None or opener.group(1).lower() not in cues.relative_openers:
                continue
            subject = text[start : opener.start(1)]
            # "Her friend, who admitted buying the tablets, was given a suspended sentence": what a report in an aside on the
            # subject tells came before what was then done to it (not a deed: "Smith, who founded the firm, was honoured")
            aside = rel.cls == "REPORTING" and subject.rstrip().endswith(",")
            words = [w.lower() for w in _WORD.findall(subject)]
            if (any(x.pos == "VERB" for x in sentence[:i]) or _PUNCT.search(subject.rstrip()[:-1] if aside else subject)
                    or not 0 < len(words) <= SUBJECT_REACH or (rel.cls == "REPORTING" and not aside)):
                break
            main = next((x for x in sentence[i + 1 :] if x.pos == "VERB" and x.tense not in _NON_FINITE), None)
            inner = [x for x in sentence[i + 1 :] if x.pos == "VERB" and main is not None and x.start < main.start]  # "while reading a message": the clause's own
            between = _tokens_between(text, inner[-1].end if inner else rel.end, main.start) if main is not None else []
            closing = _PUNCT.search(text, rel.end, main.start) if main is not None else None
            if aside and closing is not None and closing.group() == "," and not _PUNCT.search(text, closing.end(), main.start):
                closing = None  # the aside's closing comma
            elif aside:
                break
            if (main is None or main.tense not in ("PAST", "PASTPART") or main.cls == "REPORTING" or closing is not None
                    or cues.coordinators.intersection(between) or any(w in cues.event_signals for w in between)
                    or not ((between and between[-1] in cues.passive_be) or main.text.lower() in cues.befalling_verbs)
                    or main.aspect not in ("NONE", "")):
                break  # "An official who spoke on condition of anonymity said": one act; "who died after the boat sank": the clause's own
            if rel.eid in dated and main.eid in dated and time_anchor.get(own_time.get(main.eid, "")) != own_time[rel.eid]:
                break  # "An aide who testified on Monday was arrested in 2024": each has its own time
            yield Link(rel.eid, "before", main.eid, text[rel.start : main.end], Strength.DEFAULT)
            break


PERFECT_REACH = 12
"""Words at most between a verb in the past perfect and the simple past verb next to it (see :func:`_perfect_links`)."""
_PERFECT_ACTS = frozenset({"OCCURRENCE", "I_ACTION", "REPORTING", "PERCEPTION"})
"""The classes of a past perfect verb told as over before the verb next to it: acts, not states."""
_DASH = re.compile(r"--|[—–]|\s[-_]\s")
"""A dash between words ("--", "—", " - ", and the " _ " of wire copy): it closes a phrase an event signal opened."""

def _last_word(text: str, word: str) -> int:
    """Where the last ``word`` stands in ``text`` as a whole word (not inside another: "as" in "Casey"), else 0."""
    found = [m.start() for m in re.finditer(r"(?<!\w)" + re.escape(word) + r"(?!\w)", text, re.IGNORECASE)]
    return found[-1] if found else 0


_CLAUSE_STOP = re.compile(r"[;:()\[\]—–]| - ")
"""Marks that open a new clause with its own time to look back from ("were taken to hospital; all but two had
been released by Saturday afternoon"): a past perfect beyond one is not told against the verb before it."""


_NEGATORS = frozenset({"not", "never"})


def _withheld(cues: AnchorWords, text: str, a: EventLike, sentence_start: int) -> bool:
    """Whether verb ``a`` is negated ("would not pay", "did not leave", "hadn't left") or the infinitive of a verb that
    holds it back ("refused to pay", lexicon ``withholding_verbs``): an act that waited for what "until" names."""
    if a.pos != "VERB":
        return False
    if a.polarity == "NEG":
        return True
    words = [w.lower() for w in _tokens_between(text, max(sentence_start, a.start - 40), a.start)][-3:]
    if words and words[-1] == "to":
        return len(words) > 1 and words[-2] in cues.withholding_verbs
    return any(w in _NEGATORS or w.endswith("n't") for w in words)


def _span_within(spans: Sequence[tuple[int, int]], starts: Sequence[int], low: int, high: int) -> bool:
    """Whether a span of ``spans`` (sorted; ``starts`` their starts) lies inside [low, high]: only the spans starting in
    it are read, so the check costs the gap, not the document."""
    for k in range(bisect.bisect_left(starts, low), len(spans)):
        t0, t1 = spans[k]
        if t0 > high:
            return False
        if t1 <= high:
            return True
    return False


def _perfect_links(cues: AnchorWords, text: str, grouped: Mapping[int, Sequence[EventLike]], sentence_starts: Mapping[int, int],
                   timexes: Sequence[Timex] = (), supposed: frozenset[str] = frozenset()) -> Iterable[Link]:
    """ "Holt told jurors that a colleague had approved every payment", "Brinton had taken the lead
    after 20 minutes, and Rovers equalised", "Okafor, who had missed a penalty, headed in a corner":
    a happening in the past perfect is over before the simple past verb next to it in its sentence
    (the verb the perfect looks back from), when no other verb, no :data:`_CLAUSE_STOP` and no signal
    or ``perfect_blockers`` word stands between ("left before she had finished", "if he had known" tell no such order).
    Only acts in the perfect (:data:`_PERFECT_ACTS`; a state, "had been ill", may still hold), neither
    negated nor supposed nor modal; a time expression and its own signal count as no words ("after
    20 minutes"); not into a clause of the perfect's own (``perfect_complement_openers``), nor from a
    participle that opens the sentence (``sentence_starts``: sentence index -> its start); from tense
    and aspect alone, so the weakest of links."""
    spans = sorted((t.start, t.end) for t in timexes)
    starts = [x for x, _ in spans]
    ends = [y for _, y in spans]
    for k, sentence in grouped.items():
        verbs = [ev for ev in sentence if ev.pos == "VERB"]
        for x, y in zip(verbs, verbs[1:]):
            for a, b in ((x, y), (y, x)):
                if not (a.tense == "PAST" and a.aspect == "PERFECTIVE" and a.cls in _PERFECT_ACTS and b.tense == "PAST" and b.aspect == "NONE"):
                    continue
                if any(ev.polarity == "NEG" or ev.eid in supposed or getattr(ev, "modality", None) is not None for ev in (a, b)):
                    continue
                if cues.infinitive_marker.fullmatch(text, max(0, a.start - 4), a.start):
                    continue  # "had to use tear gas": an obligation, no perfect
                words = _words_outside(cues, text, x.end, y.start, spans, ends)
                if _CLAUSE_STOP.search(text, x.end, y.start) or len(words) > PERFECT_REACH or any(w in cues.event_signals or w in cues.perfect_blockers for w in words):
                    continue
                if a is x and (cues.perfect_complement_openers.intersection(words) or cues.perfect_auxiliaries.intersection(words[-3:])):
                    continue  # "had concluded that Kopp fired": the perfect's own clause; "had earlier suffered": a perfect too
                if b is x and b.cls == "REPORTING":
                    continue  # "said the bridge had reopened": the report's own complement, which the placement of reports reads
                if a is y and _span_within(spans, starts, x.end, y.start):
                    continue  # "put out the fire within an hour, but by dawn a slick had spread": the perfect's own time, not the verb's
                if a is x and "," in text[x.end : y.start] and not _perfect_past_comma(cues, text, x, y):
                    continue  # "had evacuated 900 residents ..., many of them lifted": a participle, no step after it
                if a is x and "," not in text[x.end : y.start] and not _perfect_step(cues, words) and not _in_relative_perfect(cues, text, a, verbs):
                    continue  # "had been bought last year with money parents raised": a relative clause of the perfect's object
                if b is x and k in sentence_starts and not _WORD.search(text, sentence_starts[k], b.start):
                    continue  # "Nicknamed the Atomic Dog, Kopp had been arrested": a participle opening the sentence tells no step
                if b is x and _perfect_participle(cues, text, b):
                    continue  # "Having lost the vote, she had promised to stay": the participle is over first (_perfect_participle_links)
                yield Link(a.eid, "before", b.eid, text[x.start : y.end], Strength.TENSE)
                if b is x and (holder := _complement_participle_holder(cues, text, verbs, x)) is not None:
                    # "found the car abandoned in a lay-by, where it had been set on fire": the finding too
                    yield Link(a.eid, "before", holder.eid, text[holder.start : y.end], Strength.TENSE)


def _perfect_infinitive_links(cues: AnchorWords, text: str, grouped: Mapping[int, Sequence[EventLike]], sentence_starts: Mapping[int, int],
                              timexes: Sequence[Timex] = (), supposed: frozenset[str] = frozenset()) -> Iterable[Link]:
    """ "had tried to find a buyer for two years but the talks collapsed in September", "had promised to stay but left in
    May": a past perfect whose next verb is its own infinitive ("to" alone between) is read against the verb after that
    infinitive as :func:`_perfect_links` reads a past perfect against the verb next to it (the infinitive, no finite verb,
    stood between them)."""
    reduced: dict[int, list[EventLike]] = {}
    wanted: set[tuple[str, str]] = set()
    for k, sentence in grouped.items():
        verbs = [ev for ev in sentence if ev.pos == "VERB"]
        dropped: set[str] = set()
        for i, (x, y) in enumerate(zip(verbs, verbs[1:])):
            if (x.tense == "PAST" and x.aspect == "PERFECTIVE" and y.tense == "INFINITIVE" and i + 2 < len(verbs)
                    and _tokens_between(text, x.end, y.start) == ["to"]):
                dropped.add(y.eid)
                wanted.add((x.eid, verbs[i + 2].eid))
        if dropped:
            reduced[k] = [ev for ev in sentence if ev.eid not in dropped]
    if not reduced:
        return
    for link in _perfect_links(cues, text, reduced, sentence_starts, timexes, supposed):
        if (link.source, link.target) in wanted:
            yield link


LENGTH_OF_REACH = 8
"""Words at most (outside times) between a verb and the signal of :func:`_length_of_links` after it."""


def _length_of_links(cues: AnchorWords, doc: Doc, events: Sequence[EventLike], timexes: Sequence[Timex] = ()) -> Iterable[Link]:
    """ "The mill will close in March after years of losses", "quit following months of talks with the board": a length
    after a signal of ``length_of_signals`` and before "of" with an event noun (at most two words between "of" and it) is
    that happening's length, and the happening is over before the verb the signal follows in its clause (no punctuation
    between, at most :data:`LENGTH_OF_REACH` words): so it began at least that long before the verb."""
    if not cues.length_of_signals:
        return
    text = doc.text
    ordered = sorted(events, key=lambda e: e.start)
    starts = [ev.start for ev in ordered]
    spans = sorted((t.start, t.end) for t in timexes)
    ends = [y for _, y in spans]
    for t in timexes:
        if t.type is not TimexType.DURATION or t.min_length is None:
            continue
        signal = _LAST_TOKEN.search(text, max(0, t.start - 16), t.start)
        if signal is None or signal.group(1).lower() not in cues.length_of_signals:
            continue
        of = _NEXT_WORD.match(text, t.end, t.end + 8)
        if of is None or of.group(1).lower() != "of":
            continue
        s, e = doc.sentence_at(t.start)
        k = bisect.bisect_left(starts, of.end())
        noun = ordered[k] if k < len(ordered) else None
        if (noun is None or noun.pos != "NOUN" or noun.start >= e or _PUNCT.search(text, of.end(), noun.start)
                or len(_tokens_between(text, of.end(), noun.start)) > 2):
            continue
        j = bisect.bisect_left(starts, signal.start(1)) - 1
        verb = next((ordered[i] for i in range(j, -1, -1) if ordered[i].pos == "VERB"), None)
        if (verb is None or verb.start < s or _PUNCT.search(text, verb.end, signal.start(1))
                or len(_words_outside(cues, text, verb.end, signal.start(1), spans, ends)) > LENGTH_OF_REACH):
            continue
        yield Link(noun.eid, "lasts", t.tid, text[t.start : noun.end], Strength.DEFAULT, t.min_length, t.max_length)
        yield Link(verb.eid, "after", noun.eid, text[verb.start : noun.end], Strength.SIGNAL)


def _complement_participle_holder(cues: AnchorWords, text: str, verbs: Sequence[EventLike], x: EventLike) -> Optional[EventLike]:
    """The finite verb whose object a participle ``x`` describes ("found [the car] abandoned in a lay-by": the finding),
    when a determiner and at most :data:`RELATIVE_SUBJECT_WORDS` words stand between them, no object after the participle
    (no determiner: "found the driver abandoned the car" is a clause of its own) and the verb is no report; else None."""
    k = next((j for j, v in enumerate(verbs) if v is x), 0)
    if k == 0:
        return None
    holder = verbs[k - 1]
    if holder.tense != "PAST" or holder.aspect != "NONE" or holder.cls in ("REPORTING", "I_STATE", "I_ACTION"):
        return None
    gap = _tokens_between(text, holder.end, x.start)
    after = _NEXT_WORD.match(text, x.end, x.end + 30)
    if (_PUNCT.search(text, holder.end, x.start) or not 2 <= len(gap) <= RELATIVE_SUBJECT_WORDS + 1 or gap[0] not in cues.determiners
            or any(w in cues.not_in_subject or w in cues.determiners or w in cues.clause_auxiliaries or w in cues.subject_pronouns for w in gap[1:])
            or after is None or after.group(1) in cues.determiners):
        return None
    return holder


def _perfect_step(cues: AnchorWords, words: Sequence[str]) -> bool:
    """Whether the words between a past perfect and a simple past verb after it make that verb a later step (lexicon
    ``perfect_step_words``, a word or a phrase: "had finished and left", "had reached the rooms by the time he arrived")."""
    joined = f" {' '.join(words)} "
    return any(f" {step} " in joined for step in cues.perfect_step_words)


def _in_relative_perfect(cues: AnchorWords, text: str, a: EventLike, verbs: Sequence[EventLike] = ()) -> bool:
    """Whether the past perfect ``a`` opens a relative clause ("A treasurer who had run the finances ... was convicted",
    or one with a subject pronoun and no opener, "a memo she had written about rail cuts was leaked": a noun, not a verb
    of ``verbs``, a complementizer or a coordinator, before the pronoun): the verb after its clause is the sentence's
    own, told from a later point."""
    before = _tokens_between(text, max(0, a.start - 60), a.start)[-4:]
    k = next((j for j in range(len(before) - 1, -1, -1) if before[j] in cues.perfect_auxiliaries), None)
    if k is not None and k > 0 and before[k - 1] in cues.relative_openers:
        return True
    if k is None or k < 2 or before[k - 1] not in cues.subject_pronouns:
        return False
    head = before[k - 2]
    m = _REDUCED_RELATIVE.search(text, max(0, a.start - 60), a.start - len(" ".join(before[k:])) - 1)
    return (head not in cues.complementizers and head not in cues.coordinators and head not in cues.clause_auxiliaries
            and m is not None and not any(v.end == m.end(1) for v in verbs))


def _perfect_past_comma(cues: AnchorWords, text: str, a: EventLike, b: EventLike) -> bool:
    """Whether the verb ``b`` after a comma goes on from the past perfect ``a`` before it: a
    coordinator opens its clause (", and Rovers equalised") or ``a`` is the verb of a relative
    clause the comma closes ("Okafor, who had missed a penalty, headed")."""
    comma = text.rfind(",", a.end, b.start)
    if cues.coordinators.intersection(_tokens_between(text, comma, b.start)[:1]):
        return True
    aux = _LAST_TOKEN.search(text, max(0, a.start - 24), a.start)
    if aux is None or aux.group(1).lower() not in cues.perfect_auxiliaries:
        return False
    opener = _LAST_TOKEN.search(text, max(0, aux.start(1) - 24), aux.start(1))
    return opener is not None and opener.group(1).lower() in cues.relative_openers


def _flashback_links(cues: AnchorWords, text: str, grouped: Mapping[int, Sequence[EventLike]], sentence_starts: Mapping[int, int],
                     dated: frozenset[str] = frozenset(), supposed: frozenset[str] = frozenset(),
                     timed_sentences: frozenset[int] = frozenset()) -> Iterable[Link]:
    """ "A van driver ... was jailed on Wednesday. Reid had admitted causing death ...": a sentence that
    opens in the past perfect (its first verb, an act no time of the text dates, in a sentence that names
    no date or clock time: ``timed_sentences``) steps back from the story the sentence before told: it
    is over before that sentence's main verb (its first simple past act outside a relative clause, not
    a report).  From tense and aspect alone, so the weakest of links."""
    for k, sentence in grouped.items():
        before = grouped.get(k - 1)
        if not before:
            continue
        a = _flashback_opening(cues, text, sentence, k, sentence_starts, dated, supposed, timed_sentences)
        if a is None:
            continue
        main = _story_main(cues, text, before, sentence_starts.get(k - 1))
        if not _tells_story(main, supposed):
            continue
        yield Link(a.eid, "before", main.eid, f"{main.text} … {text[sentence_starts[k] : a.end]}", Strength.TENSE)  # type: ignore[union-attr]


def _flashback_opening(cues: AnchorWords, text: str, sentence: Sequence[EventLike], k: int, sentence_starts: Mapping[int, int],
                       dated: frozenset[str], supposed: frozenset[str], timed_sentences: frozenset[int]) -> Optional[EventLike]:
    """The past perfect a sentence opens in, as :func:`_flashback_links` reads it (an act no time dates, in a sentence that
    names no date or clock time, no signal before it in its clause), or None."""
    verbs = [ev for ev in sentence if ev.pos == "VERB"]
    if not verbs or k not in sentence_starts:
        return None
    a, opened = verbs[0], sentence_starts[k]
    if len(verbs) > 1 and _perfect_participle(cues, text, a) and (comma := text.find(",", a.end, sentence[-1].start)) >= 0:
        # "Having lost the vote, she had promised to stay": the past perfect after the opening participle opens the clause
        a, opened = next((x for x in verbs[1:] if x.start > comma), a), comma + 1
    if (a.tense != "PAST" or a.aspect != "PERFECTIVE" or a.cls not in _PERFECT_ACTS or a.polarity == "NEG" or a.eid in supposed
            or a.eid in dated or getattr(a, "modality", None) is not None or k in timed_sentences
            or cues.infinitive_marker.fullmatch(text, max(0, a.start - 4), a.start)):
        return None  # a time of its own ("had called off the first attempt on Monday") places it; "had to use" is no perfect
    opening = _tokens_between(text, opened, a.start)
    if any(w in cues.event_signals or w in cues.perfect_blockers or w in cues.fronted_phrases for w in opening):
        return None  # "By the time police arrived, the man had fled": the opening clause is what it looks back from
    return a


FLASHBACK_CHAIN_REACH = 3
"""Sentences at most that a past perfect looks back over to the story's step it is over before (see :func:`_flashback_chain_links`)."""


def _flashback_chain_links(cues: AnchorWords, text: str, grouped: Mapping[int, Sequence[EventLike]], sentence_starts: Mapping[int, int],
                           dated: frozenset[str] = frozenset(), supposed: frozenset[str] = frozenset(),
                           timed_sentences: frozenset[int] = frozenset()) -> Iterable[Link]:
    """ "A treasurer ... was jailed on Thursday. The court heard that he had opened a second account ... He had spent most
    of it on gambling": a sentence that opens in the past perfect (:func:`_flashback_opening`) after sentences that step
    back themselves, each a report of the past ("The court heard that ...", "The union said ...") or one that opens in
    the past perfect ("Drivers had walked out twice in June"), goes on stepping back: it is over before the main verb of
    the nearest sentence before them that tells the story (:func:`_story_main`, at most :data:`FLASHBACK_CHAIN_REACH`
    sentences back), where :func:`_flashback_links` finds no step in the sentence right before.  From tense and aspect
    alone, so the weakest of links."""
    for k, sentence in grouped.items():
        before = grouped.get(k - 1)
        if not before or _tells_story(_story_main(cues, text, before, sentence_starts.get(k - 1)), supposed):
            continue  # (the step right before: _flashback_links)
        a = _flashback_opening(cues, text, sentence, k, sentence_starts, dated, supposed, timed_sentences)
        if a is None:
            continue
        for j in range(k - 1, k - 1 - FLASHBACK_CHAIN_REACH, -1):
            told = grouped.get(j)
            if not told:
                break
            main = _story_main(cues, text, told, sentence_starts.get(j))
            if j < k - 1 and _tells_story(main, supposed):
                yield Link(a.eid, "before", main.eid, f"{main.text} … {text[sentence_starts[k] : a.end]}", Strength.TENSE)  # type: ignore[union-attr]
                break
            verbs = [ev for ev in told if ev.pos == "VERB"]
            steps_back = bool(verbs) and ((verbs[0].tense == "PAST" and verbs[0].aspect == "PERFECTIVE" and verbs[0] is not main)
                                          or (main is not None and main.cls == "REPORTING" and main.polarity != "NEG"))
            if not steps_back:
                break


def _elided_perfect_links(cues: AnchorWords, text: str, grouped: Mapping[int, Sequence[EventLike]], made: Sequence[Link],
                          dated: frozenset[str] = frozenset(), supposed: frozenset[str] = frozenset()) -> Iterable[Link]:
    """ "Police arrested two men on Monday. The men had followed the van for miles and then forced it off the road": a
    verb joined to a flashback's past perfect by one of ``shared_before_coordinators`` with no subject of its own (only
    ``shared_auxiliary_adverbs`` between: "and then forced", "and later had sold") shares its auxiliary, a past perfect
    too, and is over before the same main verb (the links ``made`` by :func:`_flashback_links` and
    :func:`_flashback_chain_links`); the next such verb after it too.  Not when a time of its own dates it, nor when
    negated, supposed or modal, nor a report ("had moved troops into the Gulf and said it would strike": the saying may be
    the story's own, told now); an infinitive of the perfect's own ("had used cheap steel to cut costs and had skipped")
    stands between them as no verb."""
    sentence_of = {ev.eid: k for k, evs in grouped.items() for ev in evs}
    for link in made:
        k = sentence_of.get(link.source)
        if k is None or str(link.relation) != "before":
            continue
        verbs = [ev for ev in grouped[k] if ev.pos == "VERB"]
        i = next((j for j, ev in enumerate(verbs) if ev.eid == link.source), None)
        if i is None:
            continue
        x = verbs[i]
        for v in verbs[i + 1 :]:
            if v.tense == "INFINITIVE" and _tokens_between(text, x.end, v.start)[-1:] == ["to"]:
                continue  # the perfect's own infinitive ("had used cheap steel to cut costs")
            words = _tokens_between(text, x.end, v.start)
            while words and words[-1] in cues.shared_auxiliary_adverbs:
                words.pop()
            if (not words or words[-1] not in cues.shared_before_coordinators or _CLAUSE_STOP.search(text, x.end, v.start)
                    or v.tense != "PAST" or v.aspect not in ("NONE", "PERFECTIVE") or v.cls == "REPORTING" or v.polarity == "NEG" or v.eid in supposed
                    or v.eid in dated or getattr(v, "modality", None) is not None):
                break
            yield Link(v.eid, "before", link.target, f"{text[verbs[i].start : v.end]}", Strength.TENSE)
            x = v


def _story_main(cues: AnchorWords, text: str, sentence: Sequence[EventLike], start: Optional[int]) -> Optional[EventLike]:
    """The main verb of a sentence of the story (``start``: where it starts): its first simple past verb outside a
    relative clause ("A van driver who hit a cyclist ... was jailed": the jailing), or None."""
    for ev in sentence:
        if ev.pos != "VERB" or ev.tense != "PAST" or ev.aspect != "NONE":
            continue
        opener = _LAST_TOKEN.search(text, max(start or 0, ev.start - 24), ev.start)
        if opener is not None and opener.group(1).lower() in cues.relative_openers:
            continue  # "A van driver who hit a cyclist ... was jailed": the relative clause is no step of the story
        return ev
    return None


def _tells_story(main: Optional[EventLike], supposed: frozenset[str]) -> bool:
    """Whether :func:`_story_main`'s verb tells a step of the story a past perfect can look back from: an act, no report,
    neither negated nor supposed nor modal."""
    return not (main is None or main.cls == "REPORTING" or main.cls not in _PERFECT_ACTS or main.polarity == "NEG" or main.eid in supposed
                or getattr(main, "modality", None) is not None)


def _perfect_participle(cues: AnchorWords, text: str, ev: EventLike) -> bool:
    """Whether the verb ``ev`` is a perfect participle: a word of ``perfect_participle_markers`` right before it, or before
    "been" or "not" right before it ("having lost", "having been warned", "having not paid")."""
    before = _tokens_between(text, max(0, ev.start - 24), ev.start)[-2:]
    if before and before[-1] in ("been", "not") and len(before) == 2:
        before = before[:1]
    return bool(before) and before[-1] in cues.perfect_participle_markers


def _perfect_participle_links(cues: AnchorWords, text: str, grouped: Mapping[int, Sequence[EventLike]]) -> Iterable[Link]:
    """ "Having lost the vote, she resigned", "The minister resigned on Friday, having lost the vote": a perfect participle
    (``perfect_participle_markers``) the comma sets off is over before the finite verb of the clause it is set against:
    the first finite verb after its comma when the participle opens its sentence's clause, else the nearest finite verb
    before its comma.  Not when negated or supposed."""
    if not cues.perfect_participle_markers:
        return
    for sentence in grouped.values():
        for i, ev in enumerate(sentence):
            if ev.pos != "VERB" or ev.polarity == "NEG" or getattr(ev, "modality", None) is not None or not _perfect_participle(cues, text, ev):
                continue
            marker = _LAST_TOKEN.search(text, max(0, ev.start - 24), ev.start)
            while marker is not None and marker.group(1).lower() not in cues.perfect_participle_markers:
                marker = _LAST_TOKEN.search(text, max(0, marker.start(1) - 24), marker.start(1))
            if marker is None:
                continue
            window = text[max(0, marker.start(1) - 12) : marker.start(1)]
            kept = window.rstrip()
            lead = "." if not kept or "\n" in window[len(kept) :] else kept[-1]
            main = None
            if lead in (".", "!", "?", '"', "“", "”"):  # the participle opens the sentence: the clause after its comma
                comma = text.find(",", ev.end, sentence[-1].start + 1)
                for x in sentence[i + 1 :]:
                    if comma < 0 or x.start < comma or x.pos != "VERB":
                        continue
                    if x.tense in _FINITE:
                        main = x
                    break
            elif lead == ",":  # ", having lost the vote": the clause before the comma
                for x in reversed(sentence[:i]):
                    if x.pos == "VERB" and x.tense in _FINITE:
                        main = x
                    if x.pos == "VERB":
                        break
            if main is None or main.polarity == "NEG" or getattr(main, "modality", None) is not None:
                continue
            yield Link(ev.eid, "before", main.eid, text[min(ev.start, main.start) : max(ev.end, main.end)], Strength.SIGNAL)


_BARE_SUBJECT = re.compile(r"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+([a-z]{4,})\s+\Z")
"""A definite noun right before a position: "The warning [came]"."""


def _restated_act_links(cues: AnchorWords, text: str, grouped: Mapping[int, Sequence[EventLike]]) -> Iterable[Link]:
    """ "The bank warned of losses. The warning came a day after regulators fined it": a predicate that says its subject
    took place (``occurrence``) right after a definite noun (an event mention or not), the noun built on the lemma of a verb
    the sentence before (or its own, before it) told ("warned" ... "the warning", "announced" ... "the announcement"),
    is that verb's happening told again: one happening with it (the nearest such verb)."""
    lexical = None
    for k, sentence in grouped.items():
        earlier = [*grouped.get(k - 1, ()), *sentence]
        for ev in sentence:
            if ev.pos != "VERB" or not cues.occurrence.match(text, ev.start):
                continue
            m = _BARE_SUBJECT.search(text, max(0, ev.start - 30), ev.start)
            if m is None:
                continue
            noun = m.group(1)
            if lexical is None:
                from ..events.features import lexical_memo  # lemminflect's tables load on first use

                lexical = lexical_memo()
            for verb in reversed([x for x in earlier if x.start < m.start()]):
                if verb.pos != "VERB" or verb.tense != "PAST" or verb.polarity == "NEG":
                    continue
                lemma = lexical(verb.text.lower())[1]
                stem = lemma[:-1] if lemma.endswith("e") else lemma
                if len(stem) >= 3 and noun.startswith(stem) and len(noun) - len(stem) <= 5:
                    yield Link(ev.eid, "simultaneous", verb.eid, f"{verb.text} … {text[m.start() : ev.end]}", Strength.DEFAULT)
                    break


RESTATED_PERFECT_REACH = 3
"""Sentences at most between a present perfect and the dated simple past that tells it again (see :func:`_restated_perfect_links`)."""
RESTATED_PERFECT_LEAD = 2
"""The first sentences (with events: a headline and the lead) whose present perfect a later dated verb may tell again."""


def _restated_perfect_links(text: str, grouped: Mapping[int, Sequence[EventLike]], dated: frozenset[str] = frozenset()) -> Iterable[Link]:
    """ "A painting stolen in 2019 has been found in a garage, police said on Saturday. ... A builder found the painting on
    Friday": a verb in the present perfect with no time of its own is the happening a later verb of its lemma in the simple
    past tells again with a time (``dated``), up to :data:`RESTATED_PERFECT_REACH` sentences on (the nearest such verb):
    news opens on what has happened and dates it further down.  Only in the lead (the first :data:`RESTATED_PERFECT_LEAD`
    sentences with events: further on, "have been killed fighting" sums up many), neither negated nor a report ("has said"
    is said again and again)."""
    from ..events.features import lexical_memo  # lemminflect's tables load on first use

    lexical = None
    keys = sorted(grouped)
    for n, k in enumerate(keys[:RESTATED_PERFECT_LEAD]):
        for ev in grouped[k]:
            if (ev.pos != "VERB" or ev.tense != "PRESENT" or ev.aspect != "PERFECTIVE" or ev.eid in dated or ev.polarity == "NEG"
                    or ev.cls == "REPORTING"):
                continue
            if lexical is None:
                lexical = lexical_memo()
            lemma = lexical(ev.text.lower())[1]
            later = [x for j in keys[n : n + RESTATED_PERFECT_REACH + 1] if j - k <= RESTATED_PERFECT_REACH for x in grouped[j] if x.start > ev.end]
            again = next((x for x in later if x.pos == "VERB" and x.tense == "PAST" and x.aspect == "NONE" and x.polarity != "NEG"
                          and x.eid in dated and lexical(x.text.lower())[1] == lemma), None)
            if again is not None:
                yield Link(ev.eid, "simultaneous", again.eid, f"{ev.text} … {again.text}", Strength.DEFAULT)


DECIDED_REACH = 5
_UNTOLD_CLAUSE = frozenset({"PRESENT", "FUTURE"})
"""Tenses of a clause verb after a signal that tell it still to come ("after the season ends")."""
"""Words at most between a verb of deciding and its infinitive ("voted on Monday night to close")."""


def _decided_after_links(cues: AnchorWords, text: str, events: Sequence[EventLike], made: Sequence[Link]) -> Iterable[Link]:
    """ "She decided to stop after her injury flared up in October", "the union voted to strike after talks collapsed": an
    "after" a signal link (``made``) gives the infinitive a past-tense verb of deciding (``decision_verbs``) governs (the
    event right before it, at most :data:`DECIDED_REACH` words and no punctuation between) orders the deciding too when the
    clause's verb is past itself: what was decided on came first.  ("voted on Monday to close the ground after the season
    ends": the infinitive alone is after the ending still to come.)"""
    if not cues.decision_verbs:
        return
    by_id = {ev.eid: ev for ev in events}
    order = {ev.eid: i for i, ev in enumerate(events)}
    for link in made:
        if link.relation != "after" or link.strength != Strength.SIGNAL or link.offset_max is not None:
            continue
        inf, target = by_id.get(link.source), by_id.get(link.target)
        if inf is None or target is None or inf.tense != "INFINITIVE" or target.pos != "VERB" or target.tense != "PAST":
            continue
        k = order[inf.eid]
        decider = events[k - 1] if k > 0 else None
        if (decider is None or decider.pos != "VERB" or decider.tense != "PAST" or decider.text.lower() not in cues.decision_verbs
                or decider.polarity == "NEG" or cues.infinitive_marker.fullmatch(text, max(decider.end, inf.start - 4), inf.start) is None
                or _PUNCT.search(text, decider.end, inf.start) or len(_tokens_between(text, decider.end, inf.start)) > DECIDED_REACH):
            continue  # "voted on Monday to close the ground after the stand collapsed": a time between is no matter
        yield Link(decider.eid, "after", target.eid, text[decider.start : target.end], Strength.DEFAULT)


PURPOSE_REACH = 6
"""Words at most between a verb and the purpose noun after its "for" ("closed the pier to visitors for repairs")."""


def _purpose_links(cues: AnchorWords, text: str, grouped: Mapping[int, Sequence[EventLike]]) -> Iterable[Link]:
    """ "will close for repairs", "was taken to hospital for treatment": a noun of ``purpose_nouns``
    after a verb's "for" (an article or one modifier between) is what the verb is for: it begins no
    earlier than the verb, rather than where a guess for an undated noun would put it."""
    if not cues.purpose_nouns:
        return
    for sentence in grouped.values():
        for i, verb in enumerate(sentence):
            if verb.pos != "VERB":
                continue
            for noun in sentence[i + 1 :]:
                gap = _tokens_between(text, verb.end, noun.start)
                if len(gap) > PURPOSE_REACH or _PUNCT.search(text, verb.end, noun.start):
                    break
                if noun.pos != "NOUN" or noun.text.lower() not in cues.purpose_nouns or "for" not in gap:
                    continue
                words = gap[len(gap) - gap[::-1].index("for") :]
                if len(words) <= 2 and all(w.isalpha() and w.islower() for w in words):
                    yield Link(noun.eid, "not_before", verb.eid, text[verb.start : noun.end], Strength.DEFAULT)
                break


def _response_links(cues: AnchorWords, text: str, events: Sequence[EventLike]) -> Iterable[Link]:
    """ "The council condemned the bombing", "police are investigating the crash": a verb of response
    (lexicon ``response_verbs``, by lemma) starts no earlier than the event noun it takes as object."""
    lexical = None
    for i, (ev, obj) in enumerate(zip(events, events[1:])):
        if (ev.pos != "VERB" or obj.pos != "NOUN" or not cues.response_verbs
                or not cues.definite.search(text, ev.end, obj.start) or not _object_gap(cues, text, ev.end, obj.start)):
            continue
        if i + 2 < len(events) and _subject_of_ahead(text, obj, events[i + 2]):
            continue  # "has confirmed that the match will go ahead on Saturday": a plan confirmed, no happening responded to
        if lexical is None:
            from ..events.features import lexical_memo  # lemminflect's tables load on first use

            lexical = lexical_memo()
        if lexical(ev.text.lower())[1] in cues.response_verbs:
            yield Link(ev.eid, "not_before", obj.eid, text[ev.start : obj.end], Strength.DEFAULT)


_AHEAD_GAP = re.compile(r"\s+(?:[A-Za-z']+\s+){1,3}")
"""At most three words (auxiliaries: "will", "would be", "is to be") between a noun and the verb it is the subject of."""


def _subject_of_ahead(text: str, noun: EventLike, verb: EventLike) -> bool:
    """Whether ``noun`` is the subject of the verb right after it, told as still to come (future tense or a modal: "the match
    will go ahead", "the vote would be held"), a few words between and no punctuation."""
    return (verb.pos == "VERB" and (verb.tense == "FUTURE" or getattr(verb, "modality", None) is not None)
            and _AHEAD_GAP.fullmatch(text, noun.end, verb.start) is not None)


_PASSIVE_BY = re.compile(r"\s+by\b", re.I)
"""A participle's agent after it ("triggered by sharp advances"): the noun before is its object, not its subject."""


def _effect_links(cues: AnchorWords, text: str, events: Sequence[EventLike]) -> Iterable[Link]:
    """ "A fire in the engine room forced the operator to cancel", "the strike disrupted flights": a verb
    of effect (lexicon ``effect_verbs``, by lemma) whose subject is the event noun right before it starts
    no earlier than that event, most likely soon after it began (``likely_gaps.effect``); and "threw a grenade that
    injured two guards": the verb of a relative clause on the object of a verb of release (lexicon ``release_verbs``) came after it."""
    lexical = None
    for noun, ev in zip(events, events[1:]):
        if (noun.pos != "NOUN" or ev.pos != "VERB" or not cues.effect_verbs or ev.tense != "PAST"
                or not cues.effect_subject_gap.fullmatch(text, noun.end, ev.start) or _PASSIVE_BY.match(text, ev.end)):
            continue  # told as a happening; not "the request triggers steps" (a claim), "profit-taking triggered by gains" (passive)
        if lexical is None:
            from ..events.features import lexical_memo  # lemminflect's tables load on first use

            lexical = lexical_memo()
        if lexical(ev.text.lower())[1] in cues.effect_verbs:
            yield Link(ev.eid, "not_before", noun.eid, text[noun.start : ev.end], Strength.DEFAULT, likely_max=cues.likely_gaps.get("effect"))
    verbs = [ev for ev in events if ev.pos == "VERB"]
    for sent, act in zip(verbs, verbs[1:]):
        # "threw a grenade that injured two guards": what the released thing did came after the releasing (told done: a
        # simple past or any perfect, "is thought to have fired the bullet that killed")
        if (sent.tense != "PAST" and sent.aspect != "PERFECTIVE") or act.tense != "PAST" or act.aspect != "NONE" or not cues.release_verbs or not cues.released_object.fullmatch(text, sent.end, act.start):
            continue
        if lexical is None:
            from ..events.features import lexical_memo

            lexical = lexical_memo()
        if lexical(sent.text.lower())[1] in cues.release_verbs:
            yield Link(act.eid, "after", sent.eid, text[sent.start : act.end], Strength.DEFAULT)


def _perceived_links(cues: AnchorWords, text: str, events: Sequence[EventLike]) -> Iterable[Link]:
    """ "A farmer who saw the landing drove the injured away", "a neighbour heard the blast", "heard
    glass breaking": a perception verb whose object is an event noun, or a participle describing its
    object, perceived it while it happened."""
    for ev, obj in zip(events, events[1:]):
        if ev.pos != "VERB" or ev.cls != "PERCEPTION":
            continue
        if obj.pos == "VERB" and obj.tense == "PRESPART":
            # "a neighbour heard glass breaking", "saw smoke rising": the participle describes the perceived, going on then
            if len(_tokens_between(text, ev.end, obj.start)) <= PERCEIVED_REACH and not _PUNCT.search(text, ev.end, obj.start) and not _clause_break(cues, text, ev.end, obj.start):
                yield Link(ev.eid, "during", obj.eid, text[ev.start : obj.end], Strength.DEFAULT)
        elif obj.pos == "NOUN" and cues.definite.search(text, ev.end, obj.start) and _object_gap(cues, text, ev.end, obj.start):
            yield Link(ev.eid, "during", obj.eid, text[ev.start : obj.end], Strength.DEFAULT)


def _discovered_links(cues: AnchorWords, text: str, events: Sequence[EventLike]) -> Iterable[Link]:
    """ "The club discovered the thefts in May", "auditors uncovered the fraud": a verb of ``discovery_verbs`` whose object
    is a definite event noun found what had happened before it."""
    if not cues.discovery_verbs:
        return
    for ev, obj in zip(events, events[1:]):
        if (ev.pos == "VERB" and ev.text.lower() in cues.discovery_verbs and obj.pos == "NOUN" and ev.polarity != "NEG"
                and cues.definite.search(text, ev.end, obj.start) and _object_gap(cues, text, ev.end, obj.start)):
            yield Link(obj.eid, "before", ev.eid, text[ev.start : obj.end], Strength.DEFAULT)


PARTICIPLE_REPORT_REACH = 12
"""Words at most between a clause's verb and the comma before a report told as its participle ("challenged the result in
court on Tuesday, saying ...")."""
_COMMA_BEFORE = re.compile(r",\s*$")


def _participle_report_links(cues: AnchorWords, text: str, events: Sequence[EventLike], dated: frozenset[str] = frozenset(),
                             not_verbs: frozenset[str] = frozenset()) -> Iterable[Link]:
    """ "Hale challenged the result, saying ballots had gone missing", "rejected the offer on Monday, adding ...": a report
    told as a present participle right after a comma says what the clause's subject said as it did the clause's act: it
    happens during the clause's simple past verb (the nearest before it in its sentence, with no other comma, no relative
    opener and no signal between: not the verb of an aside, "arrested a man who attacked a guard, saying ..."); not one a
    time of its own dates (``dated``: "waged war for years, declaring victory on 1 January": at the act's end); nor a word
    that is no act (``not_verbs``: "according to officials", the tense lexicon's)."""
    for k, ev in enumerate(events):
        if (ev.pos != "VERB" or ev.cls != "REPORTING" or ev.tense != "PRESPART" or k == 0 or ev.eid in dated
                or _COMMA_BEFORE.search(text, max(0, ev.start - 4), ev.start) is None or ev.text.lower() in not_verbs):
            continue
        main = next((x for x in reversed(events[:k]) if x.pos == "VERB"), None)
        if main is None or main.tense != "PAST" or main.aspect != "NONE" or main.cls == "REPORTING":
            continue
        comma = text.rindex(",", main.end, ev.start)
        words = _tokens_between(text, main.end, comma)
        if any(w in cues.relative_openers for w in _tokens_between(text, max(0, main.start - 16), main.start)[-2:]):
            continue  # the verb of an aside ("a man who attacked a guard, saying"): not the clause's
        if (len(words) > PARTICIPLE_REPORT_REACH or _PUNCT.search(text, main.end, comma) or _SENTENCE_END.search(text, max(0, main.end - 2), ev.start)
                or any(w in cues.relative_openers or w in cues.event_signals or w in cues.clause_signals for w in words)):
            continue
        yield Link(ev.eid, "during", main.eid, text[main.start : ev.end], Strength.DEFAULT)


WITHIN_RELATIVE_REACH = 6
"""Words at most between a relative opener of ``within_relatives`` and the verb of its clause ("in which a cashier was
threatened")."""
_OPENER_GAP = re.compile(r"\s*,?\s*")
_NOUN_TIME_GAP = re.compile(r" (?:on|in|at|during) ")
"""Between an event noun and a time of its own right after it: a space, maybe one signal word ("the raid on Sunday")."""
"""Between an event noun and a relative opener right after it: a space, maybe a comma."""


def _within_relative_links(cues: AnchorWords, text: str, events: Sequence[EventLike], timexes: Sequence[Timex] = ()) -> Iterable[Link]:
    """ "The raid, in which a cashier was threatened with a knife, lasted four minutes", "the meeting, during which he
    resigned": the first verb of a relative clause an opener of ``within_relatives`` (lexicon) opens right after an event
    noun happened during that event (the clause's verb, at most a few words on, no punctuation between).  A time of the
    noun's, one word of a signal before it, may stand between ("the raid on Sunday, in which a cashier was threatened")."""
    if not cues.within_relatives:
        return
    time_at = {t.start: t for t in timexes}
    for k, noun in enumerate(events[:-1]):
        if noun.pos != "NOUN":
            continue
        time = time_at.get(noun.end + 1) if text[noun.end : noun.end + 1] == " " else None  # "the raid last week"
        own = _NOUN_TIME_GAP.match(text, noun.end) if time is None else None
        time = time_at.get(own.end()) if own is not None else time  # "the raid on Sunday"
        gap = _OPENER_GAP.match(text, noun.end if time is None else time.end)
        at = gap.end() if gap is not None else noun.end
        opener = next((o for o in cues.within_relatives if text[at : at + len(o)].lower() == o and not text[at + len(o) : at + len(o) + 1].isalnum()), None)
        if opener is None:
            continue
        at += len(opener)
        verb = next((x for x in events[k + 1 :] if x.pos == "VERB"), None)
        if (verb is None or verb.start < at or len(_tokens_between(text, at, verb.start)) > WITHIN_RELATIVE_REACH
                or _PUNCT.search(text, at, verb.start)):
            continue
        yield Link(verb.eid, "during", noun.eid, text[noun.start : verb.end], Strength.SIGNAL)


def _spending_links(cues: AnchorWords, text: str, events: Sequence[EventLike]) -> Iterable[Link]:
    """ "Engineers spent six weeks testing the part": the gerund is the activity the spending verb measures,
    so the two happen together (and the length dates both)."""
    for ev, activity in zip(events, events[1:]):
        if ev.pos == "VERB" and activity.text.lower().endswith("ing") and cues.spending.fullmatch(text, ev.start, activity.start):
            yield Link(activity.eid, "simultaneous", ev.eid, text[ev.start : activity.end], Strength.SIGNAL)


_ADMITTED_GAP = re.compile(r"\s+(?:to\s+)?")
"""Between an admission verb and the gerund of the act it admits: nothing, or "to" ("confessed to starting")."""


def _admitted_act_links(cues: AnchorWords, text: str, events: Sequence[EventLike]) -> Iterable[Link]:
    """ "Admitted stealing £2,000 from the club", "denied taking the money", "confessed to starting the fire": the act a
    gerund right after a verb of ``admission_verbs`` names, if done, came before the admission or the denial."""
    for verb, act in zip(events, events[1:]):
        if (verb.pos == "VERB" and verb.text.lower() in cues.admission_verbs and act.pos == "VERB" and cues.gerund.fullmatch(act.text.lower())
                and _ADMITTED_GAP.fullmatch(text, verb.end, act.start) is not None):
            yield Link(act.eid, "before", verb.eid, text[verb.start : act.end], Strength.SIGNAL)


def _witness_links(cues: AnchorWords, text: str, grouped: Mapping[int, Sequence[EventLike]]) -> Iterable[Link]:
    """ "A man was seen climbing out of the window, according to a witness who called police on Monday evening": a verb of
    raising the alarm (lexicon ``alerting_verbs``) right after a relative opener came after a perception verb of its
    sentence, most likely within ``likely_gaps.witness`` hours of it: what the witness saw is what was reported."""
    gap = cues.likely_gaps.get("witness")
    for evs in grouped.values():
        perceptions = [ev for ev in evs if ev.pos == "VERB" and ev.cls == "PERCEPTION"]
        for ev in evs:
            if ev.pos != "VERB" or ev.text.lower() not in cues.alerting_verbs or not perceptions:
                continue
            before = _LAST_TOKEN.search(text, max(0, ev.start - 16), ev.start)
            if before is None or before.group(1).lower() not in cues.relative_openers:
                continue
            for seen in perceptions:
                yield Link(seen.eid, "before", ev.eid, text[min(seen.start, ev.start) : max(seen.end, ev.end)], Strength.DEFAULT, likely_max=gap)


SINCE_THEN_REACH = 8
"""Words at most between a verb and the "since then" after it ("have relied on a chartered fishing boat since then")."""


_CLAUSE_COMMA = re.compile(r",(?!\d)")
"""A comma that may close a phrase: not one grouping the digits of a figure ("burned 2,000 hectares")."""


def _relative_head_verb(cues: AnchorWords, text: str, ordered: Sequence[EventLike], i: int, sentence_start: int) -> Optional[EventLike]:
    """The verb before a relative clause whose verb is ``ordered[i]`` ("attended a service for the doctor [who]
    performed ...", "criticized him for dismantling the office, [which] investigated ...": the dismantling): the last
    verb event before the relative opener (lexicon ``relative_openers``) right before that verb, in its sentence, or
    before an opener with a subject pronoun of its own and auxiliaries ("set fire to the restaurant [where he had]
    worked for six years, three weeks after": the setting; lexicon ``object_relative_openers``); None when the verb
    opens no relative clause or none stands before it."""
    a = ordered[i]
    before = _LAST_TOKEN.search(text, max(sentence_start, a.start - 12), a.start)
    if before is None:
        return None
    if before.group(1).lower() not in cues.relative_openers and not _object_relative(cues, _tokens_between(text, max(sentence_start, a.start - 40), a.start)):
        return None
    return next((ev for ev in reversed(ordered[:i]) if ev.start >= sentence_start and ev.pos == "VERB" and not _attributive(cues, ev, text)), None)


def _object_relative(cues: AnchorWords, words: Sequence[str]) -> bool:
    """Whether ``words`` (those right before a verb) end in a relative opener with a subject pronoun and auxiliaries
    ("where he had", "which they have been"): the verb is a relative clause's, told of a noun before it."""
    k = len(words)
    while k > 0 and words[k - 1] in cues.clause_auxiliaries:
        k -= 1
    return k >= 2 and words[k - 1] in cues.subject_pronouns and words[k - 2] in cues.object_relative_openers


_APPOSITION = re.compile(r",\s+(\w+)\s+(?:[a-z][\w-]*\s+){1,3}$")


def _apposition_head_verb(cues: AnchorWords, text: str, ordered: Sequence[EventLike], i: int, sentence_start: int) -> Optional[EventLike]:
    """The verb before an apposition whose participle is ``ordered[i]`` ("chose its candidate, a former teacher named
    Paul Ortiz, at a meeting": the choosing): a comma, a determiner and at most three lower-case words right before a
    bare past form; the last verb event before that comma in its sentence; None otherwise."""
    a = ordered[i]
    if a.pos != "VERB" or a.tense != "PAST" or a.aspect != "NONE" or a.cls == "REPORTING":
        return None  # (", the company said on Tuesday, as ...": a teller's clause, no apposition)
    m = _APPOSITION.search(text, max(sentence_start, a.start - 48), a.start)
    if m is None or m.group(1).lower() not in cues.determiners:
        return None
    comma = m.start()
    return next((ev for ev in reversed(ordered[:i]) if sentence_start <= ev.start and ev.end <= comma and ev.pos == "VERB"
                 and not _attributive(cues, ev, text)), None)


def _simple_finite(cues: AnchorWords, text: str, ev: EventLike) -> bool:
    """Whether ``ev`` is a verb told as finite and simple: right after a finite "be" or a subject pronoun (lexicon
    ``finite_markers``: "was flawed", "it served"), not a participle ("the plant, closed since ...") or a perfect ("has
    been closed since": "been" stands before it)."""
    if ev.pos != "VERB":
        return False
    before = _LAST_TOKEN.search(text, max(0, ev.start - 12), ev.start)
    return before is not None and before.group(1).lower() in cues.finite_markers


def _signal_opens_clause(cues: AnchorWords, words: Sequence[str], b: EventLike) -> bool:
    """Whether the words after a comma are "after" or "before" opening ``b``'s finite clause, only its subject between
    ("closed a second bridge on Wednesday, a day after part of an older bridge collapsed": the length is outside the
    words; the subject may be longer than a short phrase's four words)."""
    return (b.pos == "VERB" and b.tense in _FINITE and len(words) <= 7 and words[0] in cues.far_clause_signals
            and not any(w in cues.event_signals or w in cues.clause_auxiliaries or w in cues.coordinators or w in cues.not_in_subject
                        for w in words[1:]))


def _before_subject(cues: AnchorWords, words: Sequence[str]) -> Sequence[str]:
    """``words`` up to the determiner of a short subject after the last event signal ("in the engine room about after the
    [ferry]"), a noun :func:`implied_event_spans` no longer takes for an event; all of them when no such subject ends them."""
    at = next((k for k in range(len(words) - 1, -1, -1) if words[k] in cues.event_signals), None)
    if at is None or not 2 <= len(words) - at - 1 <= 3 or words[at + 1] not in cues.determiners:
        return words
    phrase = " ".join(words[at:])
    m = cues.implied.match(phrase)  # only where the noun would have been taken for an event (see implied_event_spans)
    return words[: at + 2] if m is not None and m.group(1) and m.end() == len(phrase) else words


def _far_clause(cues: AnchorWords, a: EventLike, b: EventLike, words: Sequence[str]) -> bool:
    """Whether a signal of ``far_clause_signals`` and a subject pronoun end the words between a finite verb ``a`` and a
    finite verb ``b`` ("saved a match point in the second set before she beat the top seed"): the clause is ``a``'s
    next step or cause however long ``a``'s object, within :data:`FAR_SIGNAL_REACH` words, no infinitive or gerund
    between; auxiliaries after the pronoun count as no words ("before he was sent off"); so does a subject of a determiner
    and one noun ("found him near a loch after a walker reported a light")."""
    words = _without_auxiliaries(cues, words)
    if len(words) >= 3 and words[-2] in cues.determiners and words[-2] not in _NOT_A_SUBJECT_DETERMINER and words[-3] in cues.far_clause_signals:
        opened = 3  # "after a walker", "before the driver"
    elif len(words) >= 2 and words[-2] in cues.far_clause_signals and words[-1] in cues.subject_pronouns:
        opened = 2  # "before she"
    else:
        return False
    return (len(words) <= FAR_SIGNAL_REACH and a.pos == "VERB" and a.tense in _FINITE and b.pos == "VERB" and b.tense in _FINITE
            and not any(w == "to" or cues.gerund.fullmatch(w) for w in words[:-opened]))


_NOT_A_SUBJECT_DETERMINER = frozenset({"being", "having", "been"})  # (lexicon determiners also lists the auxiliaries of a gerund)


def _far_occasion(cues: AnchorWords, a: EventLike, b: EventLike, words: Sequence[str], between: str) -> bool:
    """Whether ``b`` is an occasion a told verb happened at, its signal right before it past the verb's object ("announced
    the base with great fanfare at a ceremony in May"): up to :data:`FAR_SIGNAL_REACH` words and no mark between."""
    return (len(words) <= FAR_SIGNAL_REACH and a.pos == "VERB" and a.tense in ("PAST", "PRESENT", "FUTURE") and b.text.lower() in cues.occasions
            and any(w in cues.occasion_signals for w in words[-2:]) and not _PUNCT.search(between))


def _far_passive_gerund(cues: AnchorWords, a: EventLike, words: Sequence[str]) -> bool:
    """Whether a signal and "being" end the words between a finite verb and the next event ("will serve half of the term
    in prison before being released"): the passive gerund is the verb's next step, however long its object, within
    :data:`FAR_SIGNAL_REACH` words and with no infinitive or gerund of its own between."""
    return (len(words) <= FAR_SIGNAL_REACH and len(words) >= 2 and words[-1] == "being" and words[-2] in cues.event_signals
            and a.pos == "VERB" and a.tense in ("PAST", "PRESENT", "FUTURE")
            and not any(w == "to" or cues.gerund.fullmatch(w) for w in words[:-1]))


def _far_target(b: EventLike, after: Sequence[EventLike], end: int) -> bool:
    """Whether ``b`` is a clause's verb a far-reaching signal may open, or the subject noun of one right after it in the
    sentence ending at ``end`` ("since the walkout started": the link goes on to the clause's verb)."""
    return b.pos == "VERB" or (b.pos in _NOMINAL and any(x.pos == "VERB" and x.start < end for x in after))


def _restated_change_links(cues: AnchorWords, doc: Doc, events: Sequence[EventLike]) -> Iterable[Link]:
    """ "New car registrations fell 18 percent in September, their steepest drop since the pandemic": a noun of a change
    (lexicon ``restating_nouns``) set off by a comma, with a possessive or an article and up to two words before it
    (pattern ``referring``), restates the change the clause's finite verb tells by an amount (``figure_amount``): the
    same happening (with no other verb between them)."""
    text = doc.text
    ordered = sorted(events, key=lambda e: e.start)
    for i, n in enumerate(ordered):
        if n.pos != "NOUN" or n.text.lower() not in cues.restating_nouns or i == 0:
            continue
        s, _e = doc.sentence_at(n.start)
        comma = text.rfind(",", s, n.start)
        if comma < 0:
            continue
        lead = cues.referring.search(text, comma + 1, n.start)
        if lead is None or text[comma + 1 : lead.start()].strip():
            continue
        before = [ev for ev in ordered[:i] if ev.start >= s and ev.end <= comma]
        verb = before[-1] if before else None
        if verb is None or verb.pos != "VERB" or verb.tense not in _FINITE or not cues.figure_amount.search(text, verb.end, comma):
            continue
        if any(ev.start > comma for ev in ordered[:i] if ev.start >= s):
            continue
        yield Link(n.eid, "simultaneous", verb.eid, text[verb.start : n.end], Strength.DEFAULT)


FAR_SINCE_REACH = 24
"""Words at most between a clause's verb and a "since" that orders it past the event nouns of its object (see
:func:`_far_since_links`)."""


def _far_since_links(cues: AnchorWords, doc: Doc, events: Sequence[EventLike], made: Sequence[Link]) -> Iterable[Link]:
    """ "had been travelling on a slow replacement bus service between the two towns and the city centre since the line
    closed on May 11": a far-reaching signal that orders its verb after what it introduces (lexicon ``far_signals`` whose
    ``event_signals`` relation is "after": "since") orders the clause's finite verb before it, past the event nouns and
    participles of its object, up to :data:`FAR_SINCE_REACH` words, with no clause break between; the signal links of
    :func:`_event_links` tie adjacent events only, so an event noun between ("the bus service") took it, and what no
    link there already orders (``made``) is ordered here."""
    text = doc.text
    ordered = sorted(events, key=lambda e: e.start)
    starts = [e.start for e in ordered]
    ordered_to = frozenset(link.target for link in made if link.relation in (LinkRelation.AFTER, LinkRelation.BEFORE))
    for m in _WORD.finditer(text):
        word = m.group().lower()
        if word not in cues.far_signals or cues.event_signals.get(word) != "after":
            continue
        s, e = doc.sentence_at(m.start())
        k = bisect.bisect_left(starts, m.end())
        if k >= len(ordered) or ordered[k].start >= e or k < 2:
            continue
        b = ordered[k]
        rest = _tokens_between(text, m.end(), b.start)
        if rest[:1] == ["then"] or not _introduces(cues, rest, b):
            continue
        target = b
        if b.pos in _NOMINAL and k + 1 < len(ordered) and ordered[k + 1].start < e and ordered[k + 1].pos == "VERB" and (
                cues.subject_gap.fullmatch(text, b.end, ordered[k + 1].start) is not None):
            target = ordered[k + 1]  # "since the line closed": the clause's verb
        if target.eid in ordered_to or b.eid in ordered_to:
            continue
        between = [ev for ev in ordered[:k] if ev.start >= s]
        verbs = [ev for ev in between if ev.pos == "VERB" and ev.tense in _FINITE and not _attributive(cues, ev, text)]
        if not verbs or verbs[-1] is between[-1]:
            continue  # no verb, or the verb right before the signal (the signal links of its pair order it)
        source = verbs[-1]
        if any(ev.pos == "VERB" and (ev.tense in _FINITE or text[max(source.end, ev.start - 3) : ev.start].strip().endswith(","))
               for ev in between if ev.start > source.end):
            continue  # a verb of its own, or a participle a comma sets off (", shattering the order ... since World War II"), holds the signal
        gap = _tokens_between(text, source.end, m.start())
        if (len(gap) > FAR_SINCE_REACH or _clause_break(cues, text, source.end, m.start()) or _SENTENCE_END.search(text, source.end, m.start())
                or (gap and gap[-1] in cues.adverb_signal_after)):
            continue
        if target.pos == "VERB" and (target.tense in _NOT_PAST or _simple_finite(cues, text, source)):
            continue  # "since it would end 300 jobs", "was flawed since it raised new issues": a reason
        likely = None if cues.superlative_span.search(text, max(s, b.start - 80), b.start) else cues.likely_gaps.get(word)
        yield Link(source.eid, "after", target.eid, text[source.start : target.end], Strength.SIGNAL, likely_max=likely)


def _since_then_links(cues: AnchorWords, doc: Doc, events: Sequence[EventLike], dated: frozenset[str] = frozenset()) -> Iterable[Link]:
    """ "was arrested in May and has been held without bail since then", "Since then, prices have
    doubled", "Until then, she had refused to comment": "since then" ("until then") orders the verb
    it goes with (the one before it, or after it when it opens the sentence) after (before) the
    event told just before that verb, in its sentence or the one before; "then" names a time, so
    the last event there that a time expression dates (``dated``) goes first ("vacant since
    February, when the sheriff stepped down after an inquiry found ...: has run it since then")."""
    text = doc.text
    ordered = sorted(events, key=lambda e: e.start)
    starts = [e.start for e in ordered]
    adverbs = [m for m in cues.since_adverb.finditer(text)]
    found = [(m, "after") for m in cues.since_then.finditer(text)] + [(m, "before") for m in cues.until_then.finditer(text)] + [(m, "after") for m in adverbs]
    verb_after = frozenset(m.start() for m in adverbs)  # "has since sold": the verb after it
    for m, relation in sorted(found, key=lambda x: x[0].start()):
        likely = cues.likely_gaps.get("since") if relation == "after" else None
        sentence = doc.sentence_index(m.start())
        k = bisect.bisect_left(starts, m.start())  # the first event after "since then"
        if m.start() in verb_after:
            j = k if k < len(ordered) and ordered[k].pos == "VERB" and len(_tokens_between(text, m.end(), ordered[k].start)) <= 1 else None
        elif doc.sentences[sentence].start == m.start():  # opening the sentence: its first verb
            j = next((i for i in range(k, min(k + 4, len(ordered))) if ordered[i].pos == "VERB"), None)
        else:  # the verb right before it
            j = next((i for i in range(k - 1, max(-1, k - 4), -1) if ordered[i].pos == "VERB"), None)
            if j is not None and (_clause_break(cues, text, ordered[j].end, m.start()) or len(_tokens_between(text, ordered[j].end, m.start())) > SINCE_THEN_REACH):
                j = None
        if j is None or j < 1 or doc.sentence_index(ordered[j].start) != sentence:
            continue
        a = ordered[j]
        before = [ordered[i] for i in range(min(j, k) - 1, max(-1, min(j, k) - 13), -1) if ordered[i].end <= m.start() and ordered[i].end <= a.start]
        before = [e for e in before if sentence - doc.sentence_index(e.start) <= 1]
        if m.start() in verb_after:  # "said the driver, who fled, has since been charged": no order against the saying
            before = [e for e in before if e.cls != "REPORTING"]
        b = next((e for e in before if e.eid in dated), None)
        if b is None and m.start() in verb_after:  # "resigned after being questioned, and has since sold": the sentence's first told verb
            b = next((e for e in reversed(before) if doc.sentence_index(e.start) == sentence and e.pos == "VERB" and e.tense in _FINITE), None)
        b = b or next(iter(before[:3]), None)
        if b is None or sentence - doc.sentence_index(b.start) > 1:
            continue
        yield Link(a.eid, relation, b.eid, text[b.start : max(m.end(), a.end)], Strength.SIGNAL, likely_max=likely)


def _has_object(cues: AnchorWords, text: str, ev: EventLike, time_starts: frozenset[int]) -> bool:
    """Whether the aspectual verb ``ev`` is one that takes an object (lexicon ``object_aspectuals``: "closed", not "ended")
    and a determiner (lexicon ``object_determiners``) follows it right after a space, opening that object, and no time
    expression starts there ("closed the road", not "closed the next day")."""
    if ev.text.lower() not in cues.object_aspectuals:
        return False
    after = _NEXT_WORD.match(text, ev.end, ev.end + 12)
    return (after is not None and after.group(1).lower() in cues.object_determiners and text[ev.end : ev.end + 1] == " "
            and ev.end + 1 not in time_starts)


def _aspectual_links(cues: AnchorWords, text: str, events: Sequence[EventLike], time_starts: frozenset[int] = frozenset()) -> Iterable[Link]:
    """ "The wave of attacks began ...": the noun starts (or ends) when the aspectual verb says;
    "A fire broke out", "an earthquake struck": the happening starts when its verb happens.  Not the subject of an
    aspectual verb with an object of its own right after it ("The crash closed the road for nine hours": the road closed,
    the crash did not end then), unless a time starts there (``time_starts``: "the show closed the next day")."""
    for i, ev in enumerate(events):
        head = ev.text.lower()
        prev = events[i - 1] if i > 0 else None
        if (prev is not None and i > 1 and (prev.text.lower() in cues.scheduling_verbs or prev.text.lower() in cues.expecting_verbs)
                and cues.subject_gap.fullmatch(text, prev.end, ev.start)):
            prev = events[i - 2]  # "the hearing is due to take place": past the word that schedules it
        # "a hearing to decide how much he must repay is due to take place", "talks to end the strike took place": the noun
        # an infinitive of purpose follows is the subject (not the infinitive's object)
        subject = _purposed_subject(cues, text, events, i, prev, ev) if prev is not None and ev.pos == "VERB" else None
        subject = subject or (_complemented_subject(cues, text, events, i, ev) if ev.pos == "VERB" else None)
        subject = subject or (_occurrence_subject(cues, text, prev, ev) if prev is not None else None)
        if subject is not None:  # "the ceremony will take place", "the funeral was held": one happening
            yield Link(subject.eid, "simultaneous", ev.eid, text[subject.start : ev.end], Strength.SIGNAL)
            continue
        particle = _NEXT_WORD.match(text, ev.end, ev.end + 12) if ev.pos == "VERB" and cues.breakdown_verbs else None
        broken = ev.pos == "VERB" and (head in cues.breakdown_verbs or (particle is not None and f"{head} {particle.group(1)}" in cues.breakdown_verbs))
        if head in cues.happening_verbs and ev.pos == "VERB" and i > 0 and not broken:
            prev = events[i - 1]
            if prev.pos != "VERB" and _group_of(cues, prev.text) is not None and not _tokens_between(text, prev.end, ev.start):
                if head in cues.onset_verbs:
                    yield Link(prev.eid, "begun_by", ev.eid, text[prev.start : ev.end], Strength.SIGNAL)
                else:  # "the storm hit the coast on Saturday": the hitting, not the storm's start
                    yield Link(ev.eid, "during", prev.eid, text[prev.start : ev.end], Strength.SIGNAL)
            continue
        if head not in cues.begin_verbs and head not in cues.end_verbs and not broken:
            continue
        relation = "begun_by" if head in cues.begin_verbs and not broken else "ended_by"
        after = events[i + 1] if i + 1 < len(events) else None
        if ev.pos == "VERB" and after is not None and after.pos == "VERB" and cues.aspect_gap.fullmatch(text, ev.end, after.start):
            # "began queuing", "started to fall": the verb after it begins (or ends) with it
            yield Link(after.eid, relation, ev.eid, text[ev.start : after.end], Strength.SIGNAL)
            continue  # and not its subject: "the floods began to recede" is no start of the floods
        if ev.pos == "VERB" and after is not None and after.pos == "NOUN" and _object_gap(cues, text, ev.end, after.start):
            # "ending a four-day strike", "started a fire": its object event begins (or ends) with it, not its subject
            yield Link(after.eid, relation, ev.eid, text[ev.start : after.end], Strength.SIGNAL)
            continue
        trailed = _trailed_verb(cues, text, events, i) or _fronted_aspect_verb(cues, text, events, i)
        if trailed is not None:  # "moved money for seven years, beginning in 2017", "Starting on Monday, the council will close": begins then
            yield Link(trailed.eid, relation, ev.eid, text[min(trailed.start, ev.start) : max(trailed.end, ev.end)], Strength.SIGNAL)
            continue
        shared = _shared_subject(cues, text, events, i) if ev.pos == "VERB" else None
        if shared is not None:  # "The talks lasted five months and ended": the talks end
            yield Link(shared.eid, relation, ev.eid, text[shared.start : ev.end], Strength.SIGNAL)
            continue
        if ev.pos == "VERB" and _has_object(cues, text, ev, time_starts):
            continue  # "The crash closed the road": what it closed is the road, not the crash
        for prev in reversed(events[max(0, i - 3) : i]):
            adjacent = len(_tokens_between(text, prev.end, ev.start)) <= 1 and not _clause_break(cues, text, prev.end, ev.start)
            if prev.pos != "VERB" and (adjacent or cues.relative_gap.fullmatch(text, prev.end, ev.start)  # "the campaign, which opened on Feb. 1"
                                       or (ev.pos == "VERB" and cues.subject_phrase_gap.fullmatch(text, prev.end, ev.start))  # "work on the wall would begin"
                                       or (broken and cues.noun_complement.fullmatch(text, prev.end, ev.start))):  # "talks with the union broke down"
                if broken:  # "negotiations over the merger collapsed": the head noun before the complement, not "merger"
                    prev = next((p for p in events[max(0, i - 3) : i] if p.pos != "VERB" and p.end < prev.start
                                 and cues.noun_complement.fullmatch(text, p.end, ev.start)), prev)
                held = _relative_clause_object(cues, text, events, events.index(prev, max(0, i - 3), i))
                if held is not None:
                    # "the rain that had delayed the start had cleared": the start is the relative clause's object; what
                    # ends is the noun the clause describes (or, no event, nothing)
                    if held is not prev:
                        yield Link(held.eid, relation, ev.eid, text[held.start : ev.end], Strength.SIGNAL)
                    break
                yield Link(prev.eid, relation, ev.eid, text[prev.start : ev.end], Strength.SIGNAL)
                break


def _relative_clause_object(cues: AnchorWords, text: str, events: Sequence[EventLike], k: int) -> Optional[EventLike]:
    """For a noun ``events[k]`` right before an aspectual verb: when it is the object of a relative clause's verb ("the
    rain that had delayed the start had cleared"), the noun event the clause describes, right before its opener (lexicon
    ``relative_openers``, auxiliaries after it), or the noun itself when no event noun stands there; None when the noun
    is no such object (it is the aspectual verb's subject)."""
    if k < 1:
        return None
    verb, noun = events[k - 1], events[k]
    if verb.pos != "VERB" or not _object_gap(cues, text, verb.end, noun.start):
        return None
    words = _tokens_between(text, max(0, verb.start - 40), verb.start)
    j = len(words)
    while j > 0 and words[j - 1] in cues.clause_auxiliaries:
        j -= 1
    if j == 0 or words[j - 1] not in cues.relative_openers:
        return None
    head = events[k - 2] if k >= 2 else None
    if head is not None and head.pos != "VERB" and head.end >= verb.start - 40 and _tokens_between(text, head.end, verb.start) == words[j - 1 :]:
        return head
    return noun


_SENTENCE_END = re.compile(r"[.!?][\"”’)]*\s")
_REDUCED_RELATIVE = re.compile(r"\b([A-Za-z]+)\s+(?:he|she|it|we|they|i|you)\s+$")


def _trailed_verb(cues: AnchorWords, text: str, events: Sequence[EventLike], i: int) -> Optional[EventLike]:
    """The clause verb a begin or end participle after a comma gives the start or end of ("moved money into accounts
    for seven years, beginning in 2017", "will run for a month, starting on Monday"): the participle's next word is one
    of ``aspect_trailing_openers``; the nearest verb before the comma in the sentence, past a verb of a relative clause
    with no pronoun ("accounts she controlled"); None otherwise."""
    ev = events[i]
    if ev.pos != "VERB" or ev.tense != "PRESPART" or not text[max(0, ev.start - 2) : ev.start].startswith(","):
        return None
    after = _NEXT_WORD.match(text, ev.end, ev.end + 20)
    if after is None or after.group(1).lower() not in cues.aspect_trailing_openers:
        return None
    for prev in reversed(events[:i]):
        if _SENTENCE_END.search(text, prev.end, ev.start):
            return None  # (a full stop between: no verb of its sentence before it; "Mr." errs on this side)
        if prev.pos != "VERB" or _attributive(cues, prev, text):
            continue
        m = _REDUCED_RELATIVE.search(text, max(0, prev.start - 30), prev.start)
        if m is not None and m.group(1).lower() not in cues.complementizers and m.group(1).lower() not in cues.coordinators:
            continue  # "accounts she controlled": the relative clause's verb, not the clause's
        return prev
    return None


def _fronted_aspect_verb(cues: AnchorWords, text: str, events: Sequence[EventLike], i: int) -> Optional[EventLike]:
    """The clause verb a begin or end participle opening its sentence gives the start or end of ("Beginning in 2017, she
    moved money into her own accounts"): the participle first in its sentence, one of ``aspect_trailing_openers`` after
    it, and the first verb event after the next comma in the same sentence; None otherwise."""
    ev = events[i]
    if ev.pos != "VERB" or ev.tense != "PRESPART":
        return None
    before = text[max(0, ev.start - 3) : ev.start]
    if ev.start > 0 and not (before.endswith((". ", "\n", '" ')) or before.strip() == ""):
        return None  # (not first in its sentence)
    after = _NEXT_WORD.match(text, ev.end, ev.end + 20)
    if after is None or after.group(1).lower() not in cues.aspect_trailing_openers:
        return None
    comma = text.find(",", ev.end, ev.end + 60)
    if comma < 0 or _SENTENCE_END.search(text, ev.end, comma):
        return None
    for nxt in events[i + 1 :]:
        if nxt.start < comma:
            continue
        if _SENTENCE_END.search(text, comma, nxt.start):
            return None
        if nxt.pos == "VERB":
            return nxt
    return None


def _shared_subject(cues: AnchorWords, text: str, events: Sequence[EventLike], i: int) -> Optional[EventLike]:
    """The event noun that is the subject of the verb "and" joins ``events[i]`` to ("The talks lasted five months and
    ended"): right before that verb, with at most one word between; the verbs a few words apart, no punctuation."""
    for k in range(i - 1, max(0, i - 3), -1):
        verb = events[k]
        if verb.pos != "VERB":
            continue
        gap = _tokens_between(text, verb.end, events[i].start)
        if not gap or gap[-1] != "and" or len(gap) > 4 or _PUNCT.search(text, verb.end, events[i].start):
            return None
        noun = events[k - 1]
        if noun.pos != "VERB" and len(_tokens_between(text, noun.end, verb.start)) <= 1 and not _PUNCT.search(text, noun.end, verb.start):
            return noun
        return None
    return None


def _caused_links(cues: AnchorWords, text: str, events: Sequence[EventLike]) -> Iterable[Link]:
    """ "Rain forced organisers to suspend the match", "the flood obliged the council to shut the bridge": the infinitive a
    causing verb makes its object do is one happening with it, at its time (lexicon ``causing_verbs``,
    ``patterns.caused_object``)."""
    for prev, ev in zip(events, events[1:]):
        if (prev.pos == "VERB" and ev.pos == "VERB" and ev.tense == "INFINITIVE" and prev.text.lower() in cues.causing_verbs
                and cues.caused_object.fullmatch(text, prev.end, ev.start) and not _clause_break(cues, text, prev.end, ev.start)):
            yield Link(ev.eid, "simultaneous", prev.eid, text[prev.start : ev.end], Strength.DEFAULT)


_OBJECT_WORDS = 3  # words between a verb and the head of its object noun phrase ("a four-day strike")


_SENTENCE_END = re.compile(r"\n\s*\n|[a-z]{2}[.!?][\"'”’)]*\s+[\"“‘(]?[A-Z]")
"""A sentence's end between two words: a paragraph break, or a full stop after a lower-case word and a capital after it
(not "U.S." or "Dr." before a name)."""


def _object_gap(cues: AnchorWords, text: str, a: int, b: int) -> bool:
    """Between a verb and an event noun: the start of its object noun phrase ("ending a four-day
    strike", "started the fire"), a few words with no signal, clause break, punctuation or sentence end
    ("stopped when the audit started. The trial opened": the trial is no object of "started")."""
    words = _tokens_between(text, a, b)
    return (len(words) <= _OBJECT_WORDS and not _PUNCT.search(text, a, b) and not _clause_break(cues, text, a, b)
            and not _SENTENCE_END.search(text, max(0, a - 2), b)
            and not any(w in cues.signals or w in cues.event_signals for w in words)
            and not (words and words[0] in cues.object_barriers))  # "ended without a deal": no object


_PURPOSE_REACH = 12
"""Words an infinitive after an event noun may take before the predicate saying the noun took place."""
_WORD = re.compile(r"[\w'’]+")


def _purposed_subject(cues: AnchorWords, text: str, events: Sequence[EventLike], i: int, prev: EventLike,
                      ev: EventLike) -> Optional[EventLike]:
    """The event noun a predicate says took place when an infinitive of purpose stands between them ("a hearing to
    decide how much he must repay is due to take place in January", "a meeting to discuss the cuts will be held"): the
    noun right before "to" and that infinitive, a short stretch with no punctuation, and the predicate after its object."""
    first = next((k for k in range(i - 1, max(-1, i - 5), -1) if events[k].tense == "INFINITIVE"
                  and k > 0 and events[k - 1].pos == "NOUN" and cues.infinitive_marker.fullmatch(text, events[k - 1].end, events[k].start)), None)
    if first is None:
        return None
    noun = events[first - 1]
    if _PUNCT.search(text, noun.end, ev.start) or len(_tokens_between(text, noun.end, ev.start)) > _PURPOSE_REACH:
        return None
    opener = max((m.end() for m in _WORD.finditer(text, noun.end, ev.start) if m.group().lower() in cues.subordinate_openers), default=None)
    if opener is not None and not any(e.pos == "VERB" and opener <= e.start for e in events[first:i]):
        return None  # "a meeting to decide whether the vote would go ahead": the predicate is the clause's own
    # the predicate follows the infinitive's clause with only auxiliaries and adverbs between ("... repay is due to take place")
    gap = next((m.start() for m in re.finditer(r"\s+", text[prev.end : ev.start]) if cues.subject_gap.fullmatch(text, prev.end + m.start(), ev.start)), None)
    if gap is None:
        return None
    if cues.occurrence.match(text, ev.start):
        return noun
    if cues.occurrence_passive.match(text, ev.start) and cues.passive_be.intersection(text[prev.end + gap : ev.start].lower().split()):
        return noun
    return None


_COMPLEMENT_REACH = 3
"""How many events back the head noun of a subject completed by a phrase may stand from its predicate."""


def _complemented_subject(cues: AnchorWords, text: str, events: Sequence[EventLike], i: int, ev: EventLike) -> Optional[EventLike]:
    """The head event noun of a subject completed by a short phrase before a predicate that says it took place ("the draw
    for the quarter-finals takes place on Sunday", "a service for the victims will be held"; pattern
    ``occurrence_complement``): the head, not the noun inside the phrase, is the happening; only nouns between them."""
    for k in range(max(0, i - _COMPLEMENT_REACH), i):
        head = events[k]
        if head.pos != "NOUN" or any(e.pos != "NOUN" for e in events[k + 1 : i]):
            continue
        if not cues.occurrence_complement.fullmatch(text, head.end, ev.start):
            continue
        if cues.occurrence.match(text, ev.start):
            return head
        if cues.occurrence_passive.match(text, ev.start) and cues.passive_be.intersection(text[head.end : ev.start].lower().split()):
            return head
    return None


def _occurrence_subject(cues: AnchorWords, text: str, prev: EventLike, ev: EventLike) -> Optional[EventLike]:
    """The event noun right before a predicate that says it took place ("the vote went ahead",
    "a memorial service will be held"), with only auxiliaries and adverbs between them, or right
    before such a participle ("a fraud committed between 2015 and 2018")."""
    if ev.pos != "VERB" or prev.pos != "NOUN":
        return None
    aside = cues.subject_aside.match(text, prev.end, ev.start)  # "the vote, 61 to 38, came"
    if aside is not None and cues.subject_gap.fullmatch(text, aside.end(), ev.start) and cues.occurrence.match(text, ev.start):
        return prev
    if not cues.subject_gap.fullmatch(text, prev.end, ev.start):
        # "the deadline, which fell on June 5": the same in a relative clause
        return prev if cues.relative_gap.fullmatch(text, prev.end, ev.start) and cues.occurrence.match(text, ev.start) else None
    if cues.occurrence.match(text, ev.start):
        return prev
    if cues.occurrence_passive.match(text, ev.start) and cues.passive_be.intersection(text[prev.end : ev.start].lower().split()):
        return prev
    if cues.occurrence_reduced.match(text, ev.start) and not text[prev.end : ev.start].strip():
        return prev  # "a fraud committed between 2015 and 2018"
    return None


def _premodifying_noun(text: str, s: int, e: int) -> bool:
    """Whether the word at ``s``..``e`` is an occasion noun used as an adjective (``premodifying_nouns``, see
    :func:`timeline.events.detect._premodifier`: "before the final vote", "before the final count"): it names no event of
    its own."""
    from ..events.detect import _premodifier

    before, after = _WORD.findall(text, max(0, s - 24), s), _WORD.findall(text, e, min(len(text), e + 24))
    if not before or not after or text[e : e + 1] != " ":
        return False
    return _premodifier([before[-1], text[s:e], after[0]], 1)


def implied_event_spans(text: str, events: Sequence[EventLike], language: str = "en") -> list[tuple[int, int]]:
    """Spans of nouns a timing signal introduces ("within 30 hours of the raid"), a light verb
    carries ("made landfall") or a happening verb has as its subject ("a fire broke out", when
    the noun is in a ``same_kind`` group), rounds of a competition ("in the semi-finals", pattern
    ``round_nouns``) and occasions a day owns ("Saturday's derby", pattern ``dated_occasion``), that are not yet event
    mentions: the words say they happened."""
    cues = anchor_words(language)
    covered = sorted((e.start, e.end) for e in events)
    starts = [a for a, _ in covered]
    verb_starts = frozenset(ev.start for ev in events if ev.pos == "VERB")
    # "after the company warned": the subject of the clause a signal opens, no word of a happening, is no event; its verb is
    found = [m.span(1) if m.group(1) else m.span(2) for m in cues.implied.finditer(text)
             if not (m.group(1) and text[m.end(1) : m.end(1) + 1] == " " and m.end(1) + 1 in verb_starts and _group_of(cues, m.group(1)) is None)]
    found += [m.span(1) for m in cues.round_nouns.finditer(text)]  # "in the semi-finals on Saturday": a round is held
    for m in cues.dated_occasion.finditer(text):  # "for Saturday's derby", "before Sunday's big final"
        word = next((w for w in _WORD.finditer(text, m.start(1), m.end(1)) if w.group() in cues.occasions), None)
        if word is not None:
            found.append(word.span())
    for ev in events:
        if ev.pos == "VERB" and ev.text.lower() in cues.happening_verbs:
            subject = _LAST_TOKEN.search(text, max(0, ev.start - 24), ev.start)
            if subject is not None and _group_of(cues, subject.group(1)) is not None and subject.group(1).isalpha():
                found.append(subject.span(1))
    out = []
    for s, e in sorted(found):
        if text[s:e].lower() in cues.distinct_modifiers or text[e : e + 1] == "-":
            continue  # "after the previous governor resigned", "during the three-week trial": no noun of an event
        if _premodifying_noun(text, s, e):
            continue  # "walked out before the final vote": the vote is the event
        k = bisect.bisect_left(starts, e)  # mentions starting before e; only the last few can reach s
        if not any(b > s for _, b in covered[max(0, k - 4) : k]) and (not out or out[-1] != (s, e)):
            out.append((s, e))
    return out


def _kind(cues: AnchorWords, word: str, lexical: "Callable[[str], tuple[tuple[str, ...], str]]") -> str:
    """What a mention names, for coreference: its synonym group, else its lemma (``lexical``: the text's memo of it)."""
    w = word.lower()
    lemma = lexical(w)[1]
    first = cues.kind_group
    i, j = first.get(w), first.get(lemma)  # the first group holding the word or its lemma
    if i is None and j is None:
        return lemma
    return f"group{i if j is None else j if i is None else min(i, j)}"


def _group_of(cues: AnchorWords, word: str) -> Optional[str]:
    """The synonym group a plain word belongs to ("earthquake"), or None."""
    i = cues.kind_group.get(word.lower().strip(".,;:!?\"'”“"))
    return None if i is None else f"group{i}"


def _subject_group(cues: AnchorWords, text: str, ev: EventLike) -> Optional[str]:
    """The synonym group of the subject right before a happening verb: a plain word ("an earthquake
    struck") or a kind with a name ("Cyclone Mara struck", "Storm Halvard swept ashore")."""
    subject = _LAST_TOKEN.search(text, max(0, ev.start - 24), ev.start)
    if subject is None:
        return None
    named = _group_of(cues, subject.group(1))
    if named is None and subject.group(1)[:1].isupper():
        kind = cues.named_kind.search(text, max(0, ev.start - 40), ev.start)
        named = _group_of(cues, kind.group(1)) if kind is not None else None
    return named


CATAPHORA_REACH = 3
"""Sentences at most between a definite event noun that names a happening first and the verb that tells it after."""


def _coreference_links(cues: AnchorWords, text: str, events: Sequence[EventLike], charged: frozenset[str] = frozenset(),
                       dated: frozenset[str] = frozenset(), sentence_of: Mapping[str, int] = MappingProxyType({}),
                       dated_past: frozenset[str] = frozenset()) -> Iterable[Link]:
    """ "the assault" after "raids", "the landfall" after "made landfall": the same event.

    A definite noun refers back to the last mention of the same kind (synonym group or
    lemma, verbs included); an indefinite later mention does not take over the chain, but after
    one a definite noun may mean either ("a hearing in December ... his first hearing in October
    ... before the hearing began"): it refers to none and starts the chain again.  A crime a
    punishment names first (``charged``: "charged a man with the murder of a shop owner") is the one a
    verb of its kind tells after it ("was shot dead on Saturday night"), which later nouns then take up; so is a
    definite noun that opens a chain, told up to :data:`CATAPHORA_REACH` sentences on (``sentence_of``) by a verb that
    may end in such a happening (lexicon ``verb_also_kinds``: "The killing of a doctor ... He was shot on Friday night";
    not a verb of its own kind, which may tell a part: "ended their strike on Thursday ... first walked out on April 7"),
    unless a time of its own dates the noun (``dated``); and a definite noun of that kind up to as many sentences after
    such a verb takes it up ("He was shot on Friday night. ... The killing has become a campaign issue").  A definite noun
    that names again an occasion a time dates is another one of its kind when a time of its own dates it too ("The
    referendum in March was close. The referendum next spring ...") or, the earlier one dated before publication
    (``dated_past``), when it is the subject of what is still to come ("The race last year ended in chaos ... the race will
    start an hour earlier": this year's)."""
    from ..events.features import lexical_memo  # lemminflect's tables load on first use

    lexical = lexical_memo()
    seen: dict[str, EventLike] = {}
    several: set[str] = set()  # kinds another mention of which came after the chain's last one
    opened: set[str] = set()  # definite nouns of a chain no verb told yet (see ``sentence_of``)
    also_told: set[str] = set()  # verbs that may end in a happening of another kind ("was shot": a killing)
    in_text = sorted(events, key=lambda e: e.start)
    for k_ev, ev in enumerate(in_text):
        kind = _kind(cues, ev.text, lexical)
        prev = seen.get(kind)
        nominal = cues.gerund.fullmatch(ev.text.lower()) is not None and cues.nominal_gerund.search(text, max(0, ev.start - 30), ev.start) is not None
        if ev.pos == "VERB" and not nominal:  # "the slaying" names the event as a noun does
            lemma = lexical(ev.text.lower())[1]
            particle = _NEXT_WORD.match(text, ev.end, ev.end + 12) if cues.verb_kinds else None
            told = (cues.verb_kinds.get(f"{lemma} {particle.group(1)}") if particle is not None else None) or (
                cues.verb_kinds.get(lemma) if cues.verb_kinds else None)  # "walked out": a strike; "walked" alone tells none
            kind = (_group_of(cues, told) or kind) if told is not None else kind  # "stormed": an attack
            also = (cues.verb_also_kinds.get(f"{lemma} {particle.group(1)}") if particle is not None else None) or cues.verb_also_kinds.get(lemma)
            also_kind = _group_of(cues, also) if also is not None else None
            for named in dict.fromkeys(k for k in (kind, also_kind) if k is not None):
                named_first = seen.get(named)
                if (named_first is not None and named_first.pos == "NOUN" and named not in several and named_first.eid not in dated
                        and (named_first.eid in charged or (named == also_kind and named_first.eid in opened
                                                            and 0 <= sentence_of.get(ev.eid, 0) - sentence_of.get(named_first.eid, 0) <= CATAPHORA_REACH)
                             or (named == also_kind and _when_told(text, named_first, ev, in_text[:k_ev])))):
                    yield Link(named_first.eid, "simultaneous", ev.eid, f"{text[named_first.start : named_first.end]} … {ev.text}", Strength.DEFAULT)
                    seen[named] = ev  # "charged him with the murder ... was shot dead on Saturday ... the killing": the shooting
                    opened.discard(named_first.eid)
            seen.setdefault(kind, ev)
            if also_kind is not None and also_kind not in seen:
                seen[also_kind] = ev  # "He was shot on Friday night. ... the killing": the shooting, a few sentences on
                also_told.add(ev.eid)
            named = _subject_group(cues, text, ev) if ev.text.lower() in cues.happening_verbs else None
            if named is not None:
                seen.setdefault(named, ev)  # "an earthquake struck ... the quake", "Cyclone Mara struck ... the cyclone": the striking is the cyclone
            continue
        window = text[max(0, ev.start - 30) : ev.start]
        definite = cues.definite.search(window)
        owned = cues.referring.search(window) if definite is None else None
        if owned is not None and not cues.distinct_modifiers.intersection(w.lower() for w in _WORD.findall(owned.group())):
            definite = owned  # "her victory" takes up the winning; "his first hearing" is one of several, as "a hearing"
        opener = definite.start() + max(0, ev.start - 30) if definite else ev.start
        word = ev.text.lower()
        if definite is None and prev is not None and kind.startswith("group") and lexical(word)[1] == word and not cues.gerund.fullmatch(word):
            # "separated nine minutes after liftoff": a bare singular noun of a synonym group right after a
            # signal is the one told ("during rallies" may be others, "after shooting a guard" is a verb)
            bare = _BARE_SIGNAL.search(text, max(0, ev.start - 20), ev.start)
            if bare is not None and bare.group(1).lower() in cues.event_signals:
                definite, opener = bare, bare.start()
        if definite and cues.distinct_modifiers.intersection(w.lower() for w in _WORD.findall(definite.group())):
            seen[kind] = ev  # "the last early election": another one, which later mentions may take up
            continue
        if prev is not None and prev.eid in also_told and not 0 <= sentence_of.get(ev.eid, 0) - sentence_of.get(prev.eid, 0) <= CATAPHORA_REACH:
            prev = None  # a verb that may have ended in such a happening, told too far back to be taken up
        if (prev is not None and definite and prev.eid in dated and prev.pos == "NOUN"
                and (ev.eid in dated or (k_ev + 1 < len(in_text) and _subject_of_ahead(text, ev, in_text[k_ev + 1])
                                         and prev.eid in dated_past))):
            # "The election last year was marred by fraud. The election next month ...", "The race last year ended in chaos.
            # ... the race will start an hour earlier": a dated occasion named again with a time of its own, or as the subject
            # of what is still to come, is another one of its kind (the next), not the dated one
            prev = None
        if prev is not None and definite and ev.eid in dated and prev.eid not in dated and _YEAR_PREMODIFIER.search(text, opener, ev.start):
            continue  # "The vote followed weeks of quarrels. ... since she won the 2022 election": an occasion its year names, not the one told
        if prev is not None and definite and kind not in several:
            yield Link(ev.eid, "simultaneous", prev.eid, f"{prev.text} … {text[opener : ev.end]}", Strength.DEFAULT)
        elif prev is not None and not definite and ev.pos != "VERB":
            several.add(kind)  # "a hearing in December ... his first hearing in October ... the hearing": which one is unsaid
        if prev is None or definite:
            seen[kind] = ev
            several.discard(kind)
            if definite and ev.pos == "NOUN" and (prev is None or prev.pos == "NOUN"):
                opened.add(ev.eid)  # "The killing of a doctor" (after a headline's "KILLING"): a verb may tell it after


_WHEN_CLAUSE = re.compile(r",?\s+when\s+", re.I)
"""What opens the clause that tells how a happening a noun named came about ("in a crash on the A40, when a coach collided")."""


def _when_told(text: str, noun: EventLike, verb: EventLike, earlier: Sequence[EventLike]) -> bool:
    """Whether ``verb`` tells the happening an indefinite ``noun`` of its kind named just before it in its sentence, in a
    "when" clause ("Two passengers were killed in a crash on the A40 early on Monday, when a coach collided with a lorry":
    the colliding is the crash): "when" stands between them with no sentence end and no verb of another clause
    (``earlier``: the events before ``verb``), at most :data:`WHEN_TOLD_REACH` words apart."""
    between = text[noun.end : verb.start]
    if any(e.pos == "VERB" and noun.end <= e.start for e in earlier):
        return False  # "hurt in a crash last year and was still in pain in March, when ...": the when is another clause's
    when = _WHEN_CLAUSE.search(between)
    return (when is not None and not _SENTENCE_END.search(between) and len(between.split()) <= WHEN_TOLD_REACH
            and len(between[when.end() :].split()) <= WHEN_CLAUSE_SUBJECT)


WHEN_TOLD_REACH = 12
"""Words at most between an indefinite event noun and the verb of the "when" clause that tells it."""
WHEN_CLAUSE_SUBJECT = 4
"""Words at most between "when" and that verb (its subject: "a coach", "two trams")."""


_YEAR_PREMODIFIER = re.compile(r"\b\d{4}\b")
"""A year between a definite noun's determiner and the noun ("the 2022 election"): the occasion of that year (see
:func:`_coreference_links`)."""

_BARE_SIGNAL = re.compile(r"\b(\w+)\s+$")
"""The word right before a mention (a signal, for a bare noun: "after liftoff")."""


def _subject_of(text: str, noun: EventLike, verb: EventLike) -> bool:
    """Whether ``noun`` stands right before ``verb`` with at most two words (auxiliaries) between."""
    between = text[noun.end : verb.start]
    return verb.start >= noun.end and len(between.split()) <= 2 and not any(c in between for c in ",;:()")


def reported_plans(text: str, mentions: Sequence[EventLike], reported: frozenset[str], dated: frozenset[str]) -> dict[str, str]:
    """Event -> the past report that tells it as a plan with "would" ("said on Monday that the roof
    repairs would be finished"): each undated verb of ``reported`` (the reported plans) whose
    modality is "would".  (Not its subject noun: "said the move would result in a charge" tells a
    move already made.)"""
    ordered = sorted(mentions, key=lambda m: m.start)
    out: dict[str, str] = {}
    for k, m in enumerate(ordered):
        if m.eid not in reported or m.eid in dated or m.pos != "VERB" or getattr(m, "modality", None) != "would":
            continue
        report = next((x for x in reversed(ordered[:k]) if x.cls == "REPORTING" and x.pos == "VERB" and x.tense == "PAST"
                       and not _PUNCT.search(text, x.end, m.start)), None)
        if report is None:
            continue
        out[m.eid] = report.eid
    return out


def agent_takeups(text: str, mentions: Sequence[EventLike], language: str = "en") -> dict[str, str]:
    """Act noun -> the verb its agent noun was the subject of: "Health inspectors visited the plant on June 2 ... three days
    before the inspection" (lexicon ``[agent_nouns]``): a definite act noun that no mention of its own words came before
    most likely names the happening the agent told, a few sentences back (a likely reading: see the placement layer)."""
    from ..lexicon import load_data

    data = load_data(language, "anchoring.toml").get("agent_nouns")
    if not data:
        return {}
    cues = anchor_words(language)
    suffixes = sorted(data["suffixes"], key=len, reverse=True)
    endings, shortest, reach = ("", *data["act_endings"]), int(data["shortest_stem"]), int(data["reach"])
    ordered = sorted(mentions, key=lambda m: m.start)
    sentence_of = {s: i for i, s in enumerate(sorted({getattr(m, "sentence_start", 0) for m in ordered}))}
    agents: list[tuple[str, str, int]] = []  # (stem, verb, sentence)
    told: set[str] = set()
    out: dict[str, str] = {}
    for m in ordered:
        k = sentence_of[getattr(m, "sentence_start", 0)]
        word = m.text.lower()
        if m.pos == "VERB":
            subject = _LAST_TOKEN.search(text, max(0, m.start - 24), m.start)
            noun = subject.group(1).lower() if subject is not None else ""
            stem = next((noun[: -len(x)] for x in suffixes if noun.isalpha() and noun.endswith(x) and len(noun) - len(x) >= shortest), None)
            if stem is not None:
                agents.append((stem, m.eid, k))
        elif word not in told and cues.definite.search(text, max(0, m.start - 30), m.start) is not None:
            verb = next((v for stem, v, j in reversed(agents) if 0 <= k - j <= reach and any(word == stem + e for e in endings)), None)
            if verb is not None:
                out[m.eid] = verb
        told.add(word)
    return out


def punished_reasons(doc: Doc, events: Sequence[EventLike], language: str = "en") -> frozenset[str]:
    """The events a verb of punishment (lexicon ``reason_distant_verbs``) gives as its reason ("sentenced on Monday ... for
    taking bribes", "fined for dumping waste"): they came before it, how long before the words do not say (an arrest's
    reason, most likely soon before it, and what is praised or blamed are not among them)."""
    cues = anchor_words(language)
    ordered = sorted(events, key=lambda e: e.start)
    return _punished(cues, doc.text, ordered, _by_sentence(doc, ordered))


def charged_crimes(doc: Doc, events: Sequence[EventLike], language: str = "en") -> frozenset[str]:
    """The event nouns a verb of punishment names as its charge ("charged a man with the murder of a shop owner"): the
    public face of :func:`_charged_crimes`."""
    ordered = sorted(events, key=lambda e: e.start)
    return _charged_crimes(anchor_words(language), doc.text, _by_sentence(doc, ordered))


def _punished(cues: AnchorWords, text: str, events: Sequence[EventLike], grouped: Mapping[int, Sequence[EventLike]]) -> frozenset[str]:
    """:func:`punished_reasons` from the events grouped by sentence."""
    verbs = frozenset(e.eid for e in events if e.text.lower() in cues.reason_distant_verbs)
    # (only the reasons "for" gives: the act a charge names, "convicted ... of stealing over six years", keeps the
    # placement an undated past act has, before the verdict)
    return frozenset(link.source for link in _reason_links(cues, text, grouped, charges=False) if link.target in verbs)


def _charged_crimes(cues: AnchorWords, text: str, grouped: Mapping[int, Sequence[EventLike]]) -> frozenset[str]:
    """The event nouns a verb of punishment names as its charge after a reason preposition (lexicon
    ``reason_prepositions``: "charged a man on Thursday with the murder of a shop owner", "convicted of the killing")."""
    out = set()
    for sentence in grouped.values():
        for i, verb in enumerate(sentence):
            if verb.pos != "VERB" or verb.text.lower() not in cues.reason_distant_verbs:
                continue
            for crime in sentence[i + 1 :]:
                gap = _tokens_between(text, verb.end, crime.start)
                if len(gap) > cues.reason_reach + 2 or _PUNCT.search(text, verb.end, crime.start):
                    break
                if crime.pos != "NOUN":
                    continue
                words = gap[-2:] if len(gap) >= 2 and gap[-1] in cues.determiners else gap[-1:]
                if words and words[0] in cues.reason_prepositions:
                    out.add(crime.eid)
                break
    return frozenset(out)
