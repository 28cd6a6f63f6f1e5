"""Event to event: a signal word between two events of one sentence ("visited shortly after the raids",
"arrived eight minutes after the alarm", "until the tide came in"), :func:`_event_links` and the
helpers that decide which verb a signal's clause orders.  Split out of the former anchoring/events.py:
the one reader large enough to be a module of its own."""

from __future__ import annotations

import bisect
import re
import datetime as dt
from types import MappingProxyType
from typing import Callable, Iterable, Mapping, Optional, Sequence


from ..model import Timex, TimexType
from ..order.links import Strength
from ..text import Doc

from .cues import AnchorWords, EventLike, Link, calendar_days, calendar_years, subject_participle
from .cues import _attributive, _nominal_participle, _by_sentence, _completes, _taken_from, _in_setting, _clause_break, _signal_before, _tokens_between, _words_outside, _introduces, _PUNCT, _LAST_TOKEN
from .clauses import PERCEIVED_REACH, RELATIVE_SUBJECT_WORDS, _DESCRIBED_SUBJECT_WORDS, _FINITE, _NOMINAL, _NOT_PAST, _WORD, _after_relative_opener, _last_finite, _main_verb_pending, _ongoing, _simple_finite, _told_before


def _event_links(cues: AnchorWords, doc: Doc, events: Sequence[EventLike], timexes: Sequence[Timex] = (),
                 phrase_dates: Mapping[str, Optional[EventLike]] = MappingProxyType({}), now: Optional[dt.datetime] = None) -> Iterable[Link]:
    """Signals between two events of one sentence: "visited shortly after the raids", "arrived
    eight minutes after the alarm" (a length right before the signal measures the gap); ``now``:
    the end of the publication time, when known."""
    text = doc.text
    # a length right before "after"/"before" with no signal of its own ("held for 18 days before" is a length)
    gaps = {t.end: t for t in timexes if t.type is TimexType.DURATION and t.min_length is not None and cues.length_as_gap.match(text, t.end)
            and _signal_before(cues, text, t.start, doc.sentence_at(t.start)[0])[0] is None}
    gap_ends = sorted(gaps)
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
            if (b.pos == "VERB" and a.text.lower() in cues.bare_creation_participles
                    and subject_participle(cues, text, a, s, any(x.pos == "VERB" and x.start >= s for x in ordered[max(0, i - 8) : i]))):
                continue  # "The bridge built after the war collapsed": the signal's phrase is "the war", the collapse the main verb
            if b.pos in _NOMINAL and cues.figure_base.search(text, max(s, b.start - 80), b.start) is not None:
                continue  # "voted for a cut, up from one at the previous meeting": the compared base's occasion, not the verb's
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
                    len(words) <= FAR_SIGNAL_REACH and a.pos == "VERB" and a.tense in ("PAST", "PRESENT", "FUTURE")
                    and (_far_target(b, ordered[i + 2 : i + 3], e) or _perfect_since_noun(cues, a, b, words))
                    and cues.far_signals.intersection(words[-FAR_SIGNAL_NEAR:]) and not any(w == "to" or cues.gerund.fullmatch(w) for w in words))
                    and not _far_occasion(cues, a, b, words, between)
                    and not _far_clause(cues, a, b, words)
                    and not _far_passive_gerund(cues, a, words)
                    and not _far_measured_gap(a, b, words, gap_ends, text)):
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
            if length is not None and (a.text.lower() in cues.awaiting_verbs or (a.pos == "VERB" and a.text.lower() in cues.state_verbs)):
                # "must wait at least 30 days before closing": the waiting's length; (s55) "stayed only a week before marching"
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
            nominal = nominal or (i > 1 and a.tense == "PRESPART" and ordered[i - 1].pos in _NOMINAL
                                  and cues.noun_of.fullmatch(text, ordered[i - 1].end, a.start) is not None)  # (s58) "a loss of steering"
            if i > 0 and (_attributive(cues, a, text) or a.pos in _NOMINAL or purpose or nominal):
                # "pumping water from flooded streets after the storm", "denied wrongdoing for ten
                # days before he stepped down", "won the Open on Sunday, two days after": the clause's verb is what the signal orders
                prev, head = _of_chain_head(cues, text, ordered, i)
                if (prev.pos == "VERB" and prev.start >= s and not _clause_break(cues, text, prev.end, a.start)
                        and ((a.pos not in _NOMINAL and not nominal) or len(between_prev := _tokens_between(text, prev.end, head.start)) <= 2
                             or _modified_object(cues, between_prev)
                             or (a.pos in _NOMINAL and len(between_prev) <= 6 and (_taken_from(cues, between_prev) or (_in_setting(cues, between_prev) and not _own_time_after(text, a, b, spans)))))):
                    # ("reopened the bridge to traffic on Thursday, nine days after": the reopening)
                    source = prev
                elif a.pos in _NOMINAL and signal_at is not None:
                    source = _speech_act_of_gerunds(cues, text, ordered, i, s) or a  # "had admitted eleven counts of fraud at an earlier hearing": the admitting
            elif i > 0 and _completes(cues, text, ordered[i - 1], a):
                source = ordered[i - 1]  # "was reported missing ... when she failed to return": the reporting
            elif a.pos == "VERB" and a.cls == "REPORTING" and (told_verb := _interjected_teller(text, ordered, i, s)) is not None:
                source = told_verb  # "sat the paper on Thursday, the board said, a week after the first exam": the sitting
            elif a.pos == "VERB" and a.tense == "PRESPART":
                source = _perceiver(cues, text, ordered, i, s) or a  # "had noticed water seeping ... an hour before it collapsed": the noticing
                perceived = source is not a  # and the seeping, which the noticing found going on
                if not perceived and _CLAUSE_COMMA.search(text, a.end, b.start) is not None:
                    source = _adjunct_head(cues, text, ordered, i, s) or a  # "broke its banks on Wednesday, flooding 60 homes, two days after"
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
                    if not auxiliaries and after_b.pos == "VERB" and len(gap) > 1 and gap[0].lower() in cues.clause_auxiliaries:
                        # (s57) "a week after the payments were first reported": a clause adverb among the auxiliaries
                        auxiliaries = all(w.lower() in cues.clause_auxiliaries or w.lower() in cues.clause_adverbs for w in gap)
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
                    if (after_b.pos == "VERB" and after_b.tense in ("PAST", "PRESENT") and not auxiliaries and _main_verb_pending(cues, text, ordered, s, a)
                            and _last_finite(cues, text, ordered, after_b, e)):
                        break  # "A man who was arrested on Friday after a break-in at a warehouse appeared in court": the subject's verb
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
                if source is a and signal in cues.likely_gaps_ended and _length_between(a.end, b.start, time_ends, by_end):
                    likely = cues.likely_gaps_ended[signal]  # "was held for 18 days before being charged": the length runs up to it
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
                tail_years = calendar_years(length) if length is not None and target is b and tail_days is None else None
                yield Link(target.eid, "before" if relation == "after" else "after", tail_time.tid, text[tail_time.start : target.end],
                           Strength.SIGNAL, max(dt.timedelta(0), gap_min - slack), gap_max,
                           likely_days=None if tail_days is None else (-tail_days if relation == "after" else tail_days),
                           likely_years=None if tail_years is None else (-tail_years if relation == "after" else tail_years))
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
                if _same_day_part(cues, between, m):
                    days = 0  # (s57) "had gathered in the afternoon before the vote on Tuesday": that Tuesday's afternoon
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


def _same_day_part(cues: AnchorWords, between: str, m: "re.Match[str]") -> bool:
    """(s57) Whether the part of a day of a gap ("afternoon", lexicon ``same_day_parts``) is opened by a preposition of
    ``same_day_part_prepositions`` ("in the afternoon before the vote"): the part of the occasion's own day, before or
    after it, not the one next to it ("the night before the vote", "on the morning after the crash")."""
    if m.group(1).lower() not in cues.same_day_parts:
        return False
    words = between[: m.start()].split()
    return len(words) >= 2 and words[-1].lower() == "the" and words[-2].lower() in cues.same_day_part_prepositions


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


_UNTOLD = frozenset({"NONE", "FUTURE", "INFINITIVE"})
"""Tenses of a verb not yet told as happened ("would cut", "will cut", "to cut")."""

def _far_measured_gap(a: EventLike, b: EventLike, words: Sequence[str], gap_ends: Sequence[int], text: str) -> bool:
    """Whether a length right before the signal that ends the words between two events measures a gap from the second
    (``gap_ends``, sorted: where such lengths end; "received the first signal from the probe 40 minutes after lift-off"),
    so the signal reaches back past the verb's object, up to :data:`FAR_SIGNAL_REACH` words, from a finite verb with no
    comma between."""
    if a.pos != "VERB" or a.tense not in ("PAST", "PRESENT", "FUTURE") or len(words) > FAR_SIGNAL_REACH or "," in text[a.end : b.start]:
        return False
    k = bisect.bisect_left(gap_ends, b.start) - 1  # (the length ending nearest before the second event)
    return k >= 0 and gap_ends[k] > a.end and _tokens_between(text, gap_ends[k], b.start) == [words[-1]]


FAR_SIGNAL_REACH = 12
"""Words at most between a verb and the clause a far-reaching signal (``far_signals``: "until") opens after it."""
FAR_SIGNAL_NEAR = 4
"""Words at most between such a signal and the clause's verb ("until the tide came")."""


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


def _of_chain_head(cues: AnchorWords, text: str, ordered: Sequence[EventLike], i: int) -> tuple[EventLike, EventLike]:
    """The event before ``ordered[i]`` past the event nouns an "of" phrase chains to it, and the chain's first noun (``ordered[i]``
    itself when there is none): s58, "reported a loss of steering about 40 minutes before the grounding": "reported",
    whose object "a loss of steering" is (lexicon ``noun_of``)."""
    k = i - 1
    while k > 0 and ordered[k].pos in _NOMINAL and cues.noun_of.fullmatch(text, ordered[k].end, ordered[k + 1].start) is not None:
        k -= 1
    return ordered[k], ordered[k + 1]


def _adjunct_head(cues: AnchorWords, text: str, ordered: Sequence[EventLike], i: int, sentence_start: int) -> Optional[EventLike]:
    """The finite verb a present participle set off by a comma adds a result to ("The river broke its banks on Wednesday,
    flooding 60 homes, two days after ..."): a signal after the participle's own closing comma orders the clause's verb
    (the flooding is the breaking's), so the signal's event is placed against the dated verb, not an undated result."""
    a = ordered[i]
    if not text[max(sentence_start, a.start - 4) : a.start].rstrip().endswith(","):
        return None
    for prev in reversed(ordered[max(0, i - 3) : i]):
        if prev.start < sentence_start:
            return None
        if prev.pos == "VERB":
            return prev if prev.tense in _FINITE and not _clause_break(cues, text, prev.end, a.start) else None
    return None


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
            from .time_offsets import compared_base  # (times imports this module)

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
    if any(w in cues.event_signals for w in _tokens_between(text, verb.end, ordered[i].start)):
        return None  # (s57) "asked for an earlier start after trouble at the last meeting": the noun is the signal's, its occasion too
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
_DASH = re.compile(r"--|[—–]|\s[-_]\s")
"""A dash between words ("--", "—", " - ", and the " _ " of wire copy): it closes a phrase an event signal opened."""

def _last_word(text: str, word: str) -> int:
    """Where the last ``word`` stands in ``text`` as a whole word (not inside another: "as" in "Casey"), else 0."""
    found = [m.start() for m in re.finditer(r"(?<!\w)" + re.escape(word) + r"(?!\w)", text, re.IGNORECASE)]
    return found[-1] if found else 0


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
_UNTOLD_CLAUSE = frozenset({"PRESENT", "FUTURE"})
"""Tenses of a clause verb after a signal that tell it still to come ("after the season ends")."""
"""Words at most between a verb of deciding and its infinitive ("voted on Monday night to close")."""


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
    and one noun ("found him near a loch after a walker reported a light") or two ("before a helicopter crew spotted"); ``a``
    may be a gerund of the clause ("spent two days combing the western slopes before a helicopter crew spotted him")."""
    words = _without_auxiliaries(cues, words)
    if len(words) >= 3 and words[-2] in cues.determiners and words[-2] not in _NOT_A_SUBJECT_DETERMINER and words[-3] in cues.far_clause_signals:
        opened = 3  # "after a walker", "before the driver"
    elif (len(words) >= 4 and words[-3] in cues.determiners and words[-3] not in _NOT_A_SUBJECT_DETERMINER and words[-4] in cues.far_clause_signals
          and words[-2] not in cues.determiners and words[-2] not in cues.event_signals):
        opened = 4  # (s54) a subject of two nouns: "before a helicopter crew", "after the fire service"
    elif len(words) >= 2 and words[-2] in cues.far_clause_signals and words[-1] in cues.subject_pronouns:
        opened = 2  # "before she"
    else:
        return False
    return (len(words) <= FAR_SIGNAL_REACH and a.pos == "VERB" and (a.tense in _FINITE or a.tense == "PRESPART") and b.pos == "VERB"
            and b.tense in _FINITE and not any(w == "to" or cues.gerund.fullmatch(w) for w in words[:-opened]))


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


def _perfect_since_noun(cues: AnchorWords, a: EventLike, b: EventLike, words: Sequence[str]) -> bool:
    """(s64 place) Whether ``b`` is a noun that a signal of ``perfect_clause_signals`` ("since") and at most a determiner
    open right before it, after a verb in the perfect ``a`` ("has lived in the village with his wife since their wedding"):
    the perfect's start, however long its object (a far signal to a noun otherwise needs a clause's verb after it)."""
    return (a.aspect == "PERFECTIVE" and b.pos in _NOMINAL and len(words) >= 2
            and (words[-1] in cues.perfect_clause_signals or (words[-2] in cues.perfect_clause_signals and words[-1] in cues.determiners)))


def _far_target(b: EventLike, after: Sequence[EventLike], end: int) -> bool:
    """Whether ``b`` is a clause's verb a far-reaching signal may open, or the subject noun of one right after it in the
    sentence ending at ``end`` ("since the walkout started": the link goes on to the clause's verb)."""
    return b.pos == "VERB" or (b.pos in _NOMINAL and any(x.pos == "VERB" and x.start < end for x in after))
