"""Event to event beyond the next event: a signal clause fronted before its main clause ("Before joining
the company in 2019, she worked ..."), "since" reaching far ("since the line closed"), "since then",
verbs that order their subject against their object ("The walkout followed the collapse of talks"), and
a change restated by a noun ("their steepest drop since the pandemic").  Split out of the former
anchoring/events.py."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from typing import Iterable, Mapping, Optional, Sequence


from ..model import Timex, TimexType
from ..order.links import LinkRelation, Strength
from ..text import Doc
from ..wordscan import runs_in, scanner

# (s58) member tuples as module names: a member read off its enum class costs ~150 ns under Python 3.11 (EnumType.__getattr__)
_AFTER_OR_BEFORE = (LinkRelation.AFTER, LinkRelation.BEFORE)

from .cues import AnchorWords, EventLike, Link, calendar_days
from .cues import _attributive, _by_sentence, _clause_break, _tokens_between, _words_outside, _introduces, _PUNCT, _LAST_TOKEN, _NEXT_WORD
from .clauses import _DESCRIBED_SUBJECT_WORDS, _FINITE, _NOMINAL, _NOT_PAST, _SENTENCE_END, _WORD, _after_relative_opener, _ongoing, _simple_finite, _told_before


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
    phrases = {**cues.fronted_phrases, **cues.opening_time_phrases}  # "The last time the ferry cut sailings, ..." only here
    opening_phrases = [(p, p + " ") for p in phrases]  # (each with the space after it, once per text)
    longest = max(map(len, phrases), default=0) + 1
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
        head = text[sentence.start : sentence.start + longest]
        if head.isascii():  # (s62 speed) the opening lower-cased once (an ASCII text keeps its length), not once per phrase
            head = head.lower()
            phrase = next((p for p, spaced in opening_phrases if head.startswith(spaced)), None)
        else:
            phrase = next((p for p in phrases if text[sentence.start : sentence.start + len(p) + 1].lower() == p + " "), None)
        if length is None and phrase is not None:  # "By the time firefighters arrived, the roof had collapsed"
            relation = phrases[phrase]
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
        if relation == "during" and b.pos == "VERB" and b.polarity == "NEG":
            # (s59) "When they had not returned by 6 p.m., the friend alerted police": what the main clause tells came after
            # the time the negated act was not done by
            deadline = _missed_deadline(cues, text, timexes, b, first_comma)
            a = next((ev for ev in in_sentence if ev.start > first_comma and ev.pos == "VERB" and not _attributive(cues, ev, text)), None)
            if deadline is not None and a is not None and not _clause_break(cues, text, first_comma + 1, a.start):
                yield Link(a.eid, "after", deadline.tid, text[sentence.start : a.end], Strength.SIGNAL,
                           likely_max=cues.missed_deadline_gap)
                continue
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


def _missed_deadline(cues: AnchorWords, text: str, timexes: Sequence[Timex], b: EventLike, comma: int) -> Optional[Timex]:
    """(s59) The time a negated event of a fronted time clause was not done by ("When they had not returned by 6 p.m., the
    friend alerted police"): a time after a signal of relation "by" between the event and the clause's comma; the main
    clause's act came after it (it is what the clause's "when" tells: the deadline passed). None if there is none."""
    for t in timexes:
        if b.end <= t.start and t.end <= comma and t.type in (TimexType.TIME, TimexType.DATE):
            word = _LAST_WORD.search(text, max(0, t.start - 12), t.start)
            if word is not None and cues.signals.get(word.group(1).lower()) == "by":
                return t
    return None


_LAST_WORD = re.compile(r"([A-Za-z]+)\s+$")
"""The word right before a position (searched up to it)."""


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


def _sequence_verb_links(cues: AnchorWords, text: str, events: Sequence[EventLike]) -> Iterable[Link]:
    """ "The walkout followed the collapse of pay talks", "Protests preceded the vote": a verb that
    orders its subject event against its object event; the subject may be the noun a relative clause
    takes up ("The strike, which followed a pay dispute, ended": lexicon pattern ``relative_gap``)."""
    for i in range(1, len(events) - 1):
        ev = events[i]
        relation = cues.sequence_verbs.get(ev.text.lower())
        subject, obj = events[i - 1], events[i + 1]
        if relation is None or ev.pos != "VERB" or subject.pos != "NOUN" or obj.pos != "NOUN":
            continue
        if not cues.subject_gap.fullmatch(text, subject.end, ev.start) and not cues.relative_gap.fullmatch(text, subject.end, ev.start):
            continue
        gap = _tokens_between(text, ev.end, obj.start)
        if len(gap) > 3 or not all(w.isalpha() for w in gap) or _clause_break(cues, text, ev.end, obj.start):
            continue  # "followed the collapse of": a few words, no figures or punctuation
        yield Link(subject.eid, relation, obj.eid, text[subject.start : obj.end], Strength.SIGNAL)


SINCE_THEN_REACH = 8
"""Words at most between a verb and the "since then" after it ("have relied on a chartered fishing boat since then")."""


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


def _far_since_links(cues: AnchorWords, doc: Doc, events: Sequence[EventLike], made: Sequence[Link],
                     time_starts: frozenset[int] = frozenset()) -> Iterable[Link]:
    """ "had been travelling on a slow replacement bus service between the two towns and the city centre since the line
    closed on May 11": a far-reaching signal that orders its verb after what it introduces (lexicon ``far_signals`` whose
    ``event_signals`` relation is "after": "since") orders the clause's finite verb before it, past the event nouns and
    participles of its object, up to :data:`FAR_SINCE_REACH` words, with no clause break between; the signal links of
    :func:`_event_links` tie adjacent events only, so an event noun between ("the bus service") took it, and what no
    link there already orders (``made``) is ordered here."""
    text = doc.text
    ordered = sorted(events, key=lambda e: e.start)
    starts = [e.start for e in ordered]
    ordered_to = frozenset(link.target for link in made if link.relation in _AFTER_OR_BEFORE)
    after_signals = frozenset(w for w in cues.far_signals if cues.event_signals.get(w) == "after")
    for m in runs_in(_WORD, text, after_signals):  # (s58) the words of the text in that set, in order
        word = m.group().lower()
        s, e = doc.sentence_at(m.start())
        k = bisect.bisect_left(starts, m.end())
        if k >= len(ordered) or ordered[k].start >= e or k < 2:
            continue
        b = ordered[k]
        rest = _tokens_between(text, m.end(), b.start)
        if rest[:1] == ["then"] or not _introduces(cues, rest, b):
            continue
        if _takes_time(cues, text, m.end(), time_starts):
            continue  # "who had held the post since March 2028, said": the signal's object is the time, not the clause after it
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


def _takes_time(cues: AnchorWords, text: str, end: int, time_starts: frozenset[int]) -> bool:
    """Whether a time expression (``time_starts``: where each begins) starts right after a signal word ending at ``end``,
    or after an article there ("since the spring"): the time is what the signal takes."""
    word = _WORD.match(text, end + 1)
    if end + 1 in time_starts:
        return True
    return word is not None and word.group().lower() in cues.determiners and word.end() + 1 in time_starts


def _since_then_links(cues: AnchorWords, doc: Doc, events: Sequence[EventLike], dated: frozenset[str] = frozenset()) -> Iterable[Link]:
    """ "was arrested in May and has been held without bail since then", "Since then, prices have
    doubled", "Until then, she had refused to comment", "Before that, she had designed schools", "After that, he joined
    the army": "since then" ("until then", ``before_then``, ``after_then``) orders the verb
    it goes with (the one before it, or after it when it opens the sentence) after (before) the
    event told just before that verb, in its sentence or the one before; "then" names a time, so
    the last event there that a time expression dates (``dated``) goes first ("vacant since
    February, when the sheriff stepped down after an inquiry found ...: has run it since then")."""
    text = doc.text
    ordered = sorted(events, key=lambda e: e.start)
    starts = [e.start for e in ordered]
    # (s61: each whole-text scan from the characters a match can begin with, wordscan.scanner)
    adverbs = [m for m in scanner(cues.since_adverb).finditer(text)]
    found = [(m, "after") for m in scanner(cues.since_then).finditer(text)] + [(m, "before") for m in scanner(cues.until_then).finditer(text)] + [(m, "after") for m in adverbs]
    plain = [(m, "before") for m in scanner(cues.before_then).finditer(text)] + [(m, "after") for m in scanner(cues.after_then).finditer(text)]
    found += plain  # "Before that, she had designed schools", "After that, he joined the army": no "since"'s likely gap
    unspaced = frozenset(m.start() for m, _relation in plain)
    verb_after = frozenset(m.start() for m in adverbs)  # "has since sold": the verb after it
    for m, relation in sorted(found, key=lambda x: x[0].start()):
        likely = cues.likely_gaps.get("since") if relation == "after" and m.start() not in unspaced else None
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
