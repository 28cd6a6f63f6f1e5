"""Event to event by aspectual and causing verbs: "The wave of attacks began" (the noun starts when the
verb says), "a fire broke out", "Rain forced organisers to suspend the match" (one happening with the
verb).  Split out of the former anchoring/events.py."""

from __future__ import annotations

import bisect
import re
from typing import Iterable, Mapping, Optional, Sequence


from ..model import Timex, TimexType
from ..order.links import Strength
from ..text import Doc

from .cues import AnchorWords, EventLike, Link, calendar_days
from .cues import _attributive, _clause_break, _tokens_between, _PUNCT, _NEXT_WORD
from .clauses import _REDUCED_RELATIVE, _SENTENCE_END, _WORD, _group_of, _object_gap


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
    told_nouns: dict[str, EventLike] = {}  # word -> the last event noun written so, before ``events[i]`` (see _named_again)
    for i, ev in enumerate(events):
        if i > 0 and events[i - 1].pos == "NOUN":
            told_nouns[events[i - 1].text.lower()] = events[i - 1]
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
            # "the clashes, which broke out when a march reached the square": a relative clause right after the noun whose
            # verb starts a happening tells of that noun starting, whatever kind of happening it is
            relative_onset = prev.pos != "VERB" and head in cues.onset_verbs and cues.relative_gap.fullmatch(text, prev.end, ev.start) is not None
            if relative_onset or (prev.pos != "VERB" and _group_of(cues, prev.text) is not None and not _tokens_between(text, prev.end, ev.start)):
                if head in cues.onset_verbs:
                    yield Link(prev.eid, "begun_by", ev.eid, text[prev.start : ev.end], Strength.SIGNAL)
                else:  # "the storm hit the coast on Saturday": the hitting, not the storm's start
                    yield Link(ev.eid, "during", prev.eid, text[prev.start : ev.end], Strength.SIGNAL)
            continue
        if (head in cues.outcome_verbs and ev.pos == "VERB" and prev is not None and prev.pos == "NOUN" and prev.end < ev.start
                and not text[prev.end : ev.start].strip() and cues.definite.search(text, max(0, prev.start - 30), prev.start) is not None):
            # (s64) "The blast killed 12 people": what the happening taken up again did lies in it (not at the time of the
            # sentence before); not a new one ("nine days after a landslide buried the tracks": the signal dates the verb)
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
            adjacent = (len(_tokens_between(text, prev.end, ev.start)) <= 1 and not _clause_break(cues, text, prev.end, ev.start)
                        and not _closes_aside(text, prev, ev))
            if prev.pos != "VERB" and (adjacent or cues.relative_gap.fullmatch(text, prev.end, ev.start)  # "the campaign, which opened on Feb. 1"
                                       or (ev.pos == "VERB" and cues.aside_subject_gap.fullmatch(text, prev.end, ev.start))  # "repairs, which take an hour, will begin"
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
        else:
            named = _named_again(cues, text, events, i, told_nouns) if ev.pos == "VERB" else None
            if named is not None:  # "when the fire started", the second "fire" no event mention of its own: the fire told before
                yield Link(named.eid, relation, ev.eid, f"{named.text} … the {named.text} {ev.text}", Strength.DEFAULT)


_OPEN_ASIDE = re.compile(r",\s+(?:who|which)\s[^,;:.!?]*\Z")
"""A relative aside opened after a comma and still open ("Millbrook, who had beaten the holders in the ")."""


def _closes_aside(text: str, noun: EventLike, verb: EventLike) -> bool:
    """Whether the comma between ``noun`` and ``verb`` closes a relative aside ``noun`` ends ("Millbrook, who had beaten the
    holders in the quarter-final, finished with ten men"): the verb is the main clause's, whose subject is before the aside."""
    return text[noun.end : verb.start].strip() == "," and _OPEN_ASIDE.search(text, max(0, noun.start - 200), noun.start) is not None


_SUBJECT_WORD = re.compile(r"([A-Za-z][a-z-]*)\s+(?:(?:has|had|have|was|were|is|are|been|finally|eventually|already)\s+){0,2}\Z")


def _named_again(cues: AnchorWords, text: str, events: Sequence[EventLike], i: int, told_nouns: Mapping[str, EventLike]) -> Optional[EventLike]:
    """The event noun told before ``events[i]`` (an aspectual verb) that a definite noun right before the verb names again
    with the same word, when that noun is no event mention of its own ("The fire broke out at 1 a.m. ... when the fire
    started"); None if there is none."""
    ev = events[i]
    m = _SUBJECT_WORD.search(text, max(0, ev.start - 40), ev.start)
    if m is None or cues.definite.search(text, max(0, m.start(1) - 30), m.start(1)) is None:
        return None
    word = m.group(1).lower()
    if i > 0 and events[i - 1].end > m.start(1):
        return None  # the word is an event mention itself (handled above)
    return told_nouns.get(word)  # (looked up, not searched for: linear in the events)


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


_PURPOSE_REACH = 12
"""Words an infinitive after an event noun may take before the predicate saying the noun took place."""


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



_ASPECT_NOUN_WORDS = 2
"""How many words at most stand between "of" (or "into") and the event noun after it ("the start of the nurses' strike")."""


def _aspect_tables(links: Sequence[Link]) -> tuple[dict[str, dict[str, str]], dict[str, list[str]]]:
    """(relation "begun_by"/"ended_by" -> event -> the verb that began (ended) it, event -> the events a ``simultaneous``
    link makes the same) of ``links``."""
    by_aspect: dict[str, dict[str, str]] = {"begun_by": {}, "ended_by": {}}
    same: dict[str, list[str]] = {}
    for link in links:
        relation = str(link.relation)
        if relation in by_aspect:
            by_aspect[relation].setdefault(link.source, link.target)
        elif relation == "simultaneous":
            same.setdefault(link.source, []).append(link.target)
            same.setdefault(link.target, []).append(link.source)
    return by_aspect, same


def _aspect_verb(told: Mapping[str, str], same: Mapping[str, Sequence[str]], eid: str) -> Optional[str]:
    """The verb that began (ended) ``eid`` by ``told``, or one of an event ``same`` makes the same as it, else None."""
    return told.get(eid) or next((told[other] for other in same.get(eid, ()) if other in told), None)


def _journey_links(cues: AnchorWords, doc: Doc, events: Sequence[EventLike], links: Sequence[Link]) -> Iterable[Link]:
    """ "The Kestrel sailed from Aberlow on October 2. Nine days into the voyage, ...": a journey noun (lexicon
    ``[aspectual] journey_nouns``) after one of ``journey_determiners`` that no link says began is begun by the last
    verb of setting out (``departure_verbs``) told before it in the text, a sentence apart at most."""
    if not cues.journey_nouns or not cues.departure_verbs:
        return
    text = doc.text
    begun = frozenset(link.source for link in links if str(link.relation) == "begun_by")
    last: Optional[EventLike] = None
    sentence_of_last = -1
    for ev in events:
        sentence = doc.sentence_index(ev.start)
        if ev.pos == "VERB" and ev.text.lower() in cues.departure_verbs:
            last, sentence_of_last = ev, sentence
        elif (ev.pos == "NOUN" and ev.text.lower() in cues.journey_nouns and last is not None and ev.eid not in begun
              and sentence - sentence_of_last <= 1):
            before = _LAST_WORD.search(text, max(0, ev.start - 12), ev.start)
            if before is not None and before.group(1).lower() in cues.journey_determiners:
                yield Link(ev.eid, "begun_by", last.eid, f"{last.text} … {text[before.start(1) : ev.end]}", Strength.DEFAULT)


_LAST_WORD = re.compile(r"([A-Za-z]+)\s+\Z")


def _into_links(cues: AnchorWords, doc: Doc, events: Sequence[EventLike], timexes: Sequence[Timex], links: Sequence[Link]) -> Iterable[Link]:
    """ "Ten days into the strike, the company made an offer" after "The strike began on November 5": a length in days
    or weeks that opens its clause (the sentence's start or a comma before it), "into" (lexicon ``[aspectual]
    into_words``) and an event noun: the clause's first verb after the next comma comes that long after the verb that
    began the noun's event (or one named the same), calendar days counted from its day."""
    if not cues.into_words:
        return
    text = doc.text
    by_aspect, same = _aspect_tables(links)
    told = by_aspect["begun_by"]
    starts = [ev.start for ev in events]
    for t in timexes:
        days = calendar_days(t) if t.type is TimexType.DURATION else None
        if days is None or t.start is None:
            continue
        k = bisect.bisect_left(starts, t.end)
        if k >= len(events) or events[k].pos != "NOUN":
            continue
        noun = events[k]
        words = _tokens_between(text, t.end, noun.start)
        if not words or words[0] not in cues.into_words or len(words) > 1 + _ASPECT_NOUN_WORDS or _PUNCT.search(text, t.end, noun.start):
            continue
        opening = text[max(0, t.start - 3) : t.start].strip()
        if opening and opening[-1:] not in ",." and t.start > 2:
            continue  # "put six years into the work": no length opening its clause
        sentence = doc.sentence_index(noun.start)
        comma = text.find(",", noun.end, noun.end + 80)
        if comma < 0 or doc.sentence_index(comma) != sentence:
            continue
        main = next((ev for ev in events[k + 1 : k + 8] if ev.start > comma and ev.pos == "VERB"), None)
        verb = _aspect_verb(told, same, noun.eid)
        if main is None or verb is None or doc.sentence_index(main.start) != sentence or _attributive(cues, main, text):
            continue
        yield Link(main.eid, "after", verb, text[t.start : main.end], Strength.SIGNAL, t.min_length, t.max_length, likely_days=days)


def _aspect_noun_links(cues: AnchorWords, text: str, events: Sequence[EventLike], links: Sequence[Link]) -> Iterable[Link]:
    """ "Ten days after the start of the strike" after "a strike that began on November 5": a noun of a beginning (lexicon
    ``[aspectual] begin_nouns``; of an end, ``end_nouns``) right before "of" and an event noun is the happening of the
    verb that began (ended) that event (a ``begun_by`` (``ended_by``) link of ``links``), or of the event it names again (a
    ``simultaneous`` link between the two nouns): the same happening as that verb, so what is counted from the
    beginning counts from the verb's day.  No such verb, no link."""
    if not cues.aspect_begin_nouns and not cues.aspect_end_nouns:
        return
    by_aspect, same = _aspect_tables(links)
    for i, ev in enumerate(events[:-1]):
        head = ev.text.lower()
        relation = "begun_by" if head in cues.aspect_begin_nouns else "ended_by" if head in cues.aspect_end_nouns else None
        after = events[i + 1]
        if relation is None or ev.pos != "NOUN" or after.pos != "NOUN":
            continue
        words = _tokens_between(text, ev.end, after.start)
        if (not words or words[0] != "of" or len(words) > 1 + _ASPECT_NOUN_WORDS or _PUNCT.search(text, ev.end, after.start)):
            continue
        verb = _aspect_verb(by_aspect[relation], same, after.eid)
        if verb is not None and verb != ev.eid:
            yield Link(ev.eid, "simultaneous", verb, f"{text[ev.start : after.end]} … {relation}", Strength.DEFAULT)
