"""Event to event by the shape of a clause: a reason after "for" ("fined for fielding an ineligible
player"), a relative clause on the subject ("A climber who fell ... was rescued"), deciding, purposes,
responses, effects, perceptions, discoveries, reports told as participles, admissions, witnesses.
Split out of the former anchoring/events.py."""

from __future__ import annotations

import re
from types import MappingProxyType
from typing import Iterable, Mapping, Optional, Sequence


from ..model import Timex
from ..order.links import Strength

from .cues import AnchorWords, EventLike, Link
from .cues import _clause_break, _tokens_between, _NEXT_WORD, _PUNCT, _LAST_TOKEN
from .clauses import PERCEIVED_REACH, _SENTENCE_END, _WORD, _group_of, _object_gap, _subject_of_ahead


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
            if head not in cues.reason_verbs and head not in charge_verbs and charge_verbs:
                after = _NEXT_WORD.match(text, verb.end)  # (s57) "found guilty ... of murdering": the verb and its next word
                head = f"{head} {after.group(1).lower()}" if after is not None else head
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


def _harm_relative_links(cues: AnchorWords, text: str, events: Sequence[EventLike]) -> Iterable[Link]:
    """(s58) "a fire that killed two of his tenants", "the storm which flooded 300 homes": a past verb of a relative clause
    (lexicon ``relative_openers`` right after the noun, nothing else between) on a noun of a harmful happening (lexicon
    ``harming_happenings``) happened while the happening lasted, at its time, whatever the sentence's main verb is."""
    if not cues.harming_happenings:
        return
    for noun, verb in zip(events, events[1:]):
        if (noun.pos != "NOUN" or noun.text.lower() not in cues.harming_happenings or verb.pos != "VERB" or verb.tense != "PAST"
                or verb.aspect != "NONE"):
            continue
        if _tokens_between(text, noun.end, verb.start) in (["that"], ["which"]):
            yield Link(verb.eid, "during", noun.eid, text[noun.start : verb.end], Strength.DEFAULT)


_AGENT_RELATIVE = re.compile(r"\s+by\s+(?:[\w\x27’-]+\s+){1,5}?(?:who|that)\s+(?:[a-z]+ly\s+)?\Z")
_PASSIVE_BE = re.compile(r"\b(?:was|were)\s+(?:[a-z]+ly\s+)?\Z", re.I)


def _agent_perception_links(cues: AnchorWords, text: str, events: Sequence[EventLike]) -> Iterable[Link]:
    """(s58) "The spills were discovered by anglers who noticed dead fish in the summer of 2031", "was rescued by a farmer
    who spotted him on Sunday": a past passive whose agent a relative clause tells perceiving something (a verb of class
    PERCEPTION in the simple past, right after "who"/"that") was done after the perceiving, most likely within a day."""
    for verb, seen in zip(events, events[1:]):
        if (verb.pos != "VERB" or verb.tense != "PAST" or seen.pos != "VERB" or seen.cls != "PERCEPTION" or seen.tense != "PAST"
                or seen.aspect != "NONE" or verb.polarity == "NEG"):
            continue
        if _PASSIVE_BE.search(text, max(0, verb.start - 24), verb.start) is None or _AGENT_RELATIVE.fullmatch(text, verb.end, seen.start) is None:
            continue
        yield Link(seen.eid, "before", verb.eid, text[verb.start : seen.end], Strength.DEFAULT, likely_max=cues.reason_likely, likely_span=cues.reason_likely)


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


DECIDED_REACH = 5


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


def _preparing_links(cues: AnchorWords, text: str, grouped: Mapping[int, Sequence[EventLike]]) -> Iterable[Link]:
    """ "had trained for the match all week", "prepared for the vote for months": a verb of ``preparing_verbs`` began before
    the event noun after its "for" (an article or one modifier between, no punctuation, at most :data:`PURPOSE_REACH`
    words on), the occasion it was getting ready for."""
    if not cues.preparing_verbs:
        return
    for sentence in grouped.values():
        for i, verb in enumerate(sentence):
            if verb.pos != "VERB" or verb.text.lower() not in cues.preparing_verbs:
                continue
            noun = next((x for x in sentence[i + 1 :] if x.start >= verb.end), None)
            if noun is None or noun.pos != "NOUN" or _PUNCT.search(text, verb.end, noun.start):
                continue
            gap = _tokens_between(text, verb.end, noun.start)
            if len(gap) > PURPOSE_REACH or "for" not in gap:
                continue
            words = gap[len(gap) - gap[::-1].index("for") :]
            if len(words) <= 2 and all(w.isalpha() and w.islower() for w in words):
                yield Link(verb.eid, "before", noun.eid, text[verb.start : noun.end], Strength.DEFAULT)


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
        elif obj.pos == "VERB" and obj.tense in _BARE_TENSES and _bare_form(obj.text) and 1 <= len(_tokens_between(text, ev.end, obj.start)) <= PERCEIVED_REACH \
                and not _PUNCT.search(text, ev.end, obj.start) and not _clause_break(cues, text, ev.end, obj.start) \
                and not cues.complementizers.intersection(w.lower() for w in _tokens_between(text, ev.end, obj.start)):
            # (s59) "saw it pass his stop", "heard him shout": a bare verb after the perceived's object happened as it was perceived
            yield Link(ev.eid, "during", obj.eid, text[ev.start : obj.end], Strength.DEFAULT)


_BARE_TENSES = frozenset({"PRESENT", "NONE", "INFINITIVE"})
"""Tenses the event detector gives a bare verb after a perception's object ("saw it [pass]")."""


def _bare_form(word: str) -> bool:
    """Whether ``word`` is a verb's bare form (its own lemma: "pass", not "passes" or "passed")."""
    from ..events.features import lexical_memo  # lemminflect's tables load on first use

    return lexical_memo()(word.lower())[1] == word.lower()


def _discovered_links(cues: AnchorWords, text: str, events: Sequence[EventLike]) -> Iterable[Link]:
    """ "The club discovered the thefts in May", "auditors uncovered the fraud": a verb of ``discovery_verbs`` whose object
    is a definite event noun found what had happened before it."""
    if not cues.discovery_verbs:
        return
    for ev, obj in zip(events, events[1:]):
        if (ev.pos == "VERB" and ev.text.lower() in cues.discovery_verbs and obj.pos == "NOUN" and ev.polarity != "NEG"
                and cues.definite.search(text, ev.end, obj.start) and _object_gap(cues, text, ev.end, obj.start)):
            yield Link(obj.eid, "before", ev.eid, text[ev.start : obj.end], Strength.DEFAULT)


_PASSIVE_GAP = re.compile(r"\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:first\s+)?", re.I)


def _reported_subject_links(cues: AnchorWords, text: str, events: Sequence[EventLike]) -> Iterable[Link]:
    """(s57) "The fire was reported just after 10 p.m.", "The leak was detected on Friday": a passive verb of lexicon
    ``reported_subject_verbs`` whose subject, right before its auxiliaries, is a noun of a ``same_kind`` group found or
    reported a happening begun no later than it (which may go on after it: a fire reported while it burns)."""
    if not cues.reported_subject_verbs:
        return
    for noun, ev in zip(events, events[1:]):
        if (ev.pos == "VERB" and ev.text.lower() in cues.reported_subject_verbs and noun.pos == "NOUN" and ev.polarity != "NEG"
                and _group_of(cues, noun.text) is not None and _PASSIVE_GAP.fullmatch(text, noun.end, ev.start) is not None):
            yield Link(ev.eid, "not_before", noun.eid, text[noun.start : ev.end], Strength.DEFAULT)


def _contest_links(cues: AnchorWords, text: str, events: Sequence[EventLike], time_starts: frozenset[int] = frozenset()) -> Iterable[Link]:
    """ "Harlo lost the final on penalties", "won the race", "attended the match": a verb of ``contest_verbs`` whose object
    is a definite contest noun (``contests``), or that a phrase after its object puts in one (``contest_in``: "won the most
    seats in the March vote"), took part in it, within its time (not "postponed the match", "lost the appeal"); not the
    latter when a time follows the noun (``time_starts``: "finished second in the race last year" is dated by its time, and
    a later "the race" may be another one)."""
    if not cues.contest_verbs or not cues.contests:
        return
    verbs, nouns = cues.contest_verbs | cues.attending_verbs, cues.contests | cues.occasion_nouns  # (s60) "packed the meeting"
    for ev, obj in zip(events, events[1:]):
        if (ev.pos == "VERB" and ev.text.lower() in verbs and obj.pos == "NOUN" and obj.text.lower() in nouns
                and ev.polarity != "NEG" and ((cues.definite.search(text, ev.end, obj.start) and _object_gap(cues, text, ev.end, obj.start))
                                              or (cues.contest_in.fullmatch(text, ev.end, obj.start) and obj.end + 1 not in time_starts))):
            yield Link(ev.eid, "during", obj.eid, text[ev.start : obj.end], Strength.DEFAULT)


_STAGED_RELATIVE = re.compile(r",?\s+(?:which|that)\s+(?:was|were|had\s+been|has\s+been|is|are|will\s+be)\s+", re.I)


_STAGED_SUBJECT = re.compile(r"\s+(?:was|were)\s+", re.I)
def _particle_after(cues: AnchorWords, text: str, end: int) -> bool:
    """(s60) Whether a word of ``staging_particles`` follows the verb ending at ``end`` ("The vote was held [up]", "was taken
    [to] court"): another verb than the holding."""
    m = _NEXT_WORD.match(text, end)
    return m is not None and m.group(1).lower() in cues.staging_particles


def _staged_relative_links(cues: AnchorWords, text: str, events: Sequence[EventLike]) -> Iterable[Link]:
    """ "the mayoral election, which was held on 8 November": an event noun right before a relative clause whose passive
    verb of ``staging_verbs`` holds it is that holding, at its time; (s60) so is the subject of such a passive verb right
    after it ("the vote was taken after three hours of debate")."""
    if not cues.staging_verbs:
        return
    for noun, ev in zip(events, events[1:]):
        if (noun.pos == "NOUN" and ev.pos == "VERB" and ev.text.lower() in cues.staging_verbs
                and (_STAGED_RELATIVE.fullmatch(text, noun.end, ev.start) is not None
                     or (_STAGED_SUBJECT.fullmatch(text, noun.end, ev.start) is not None and not _particle_after(cues, text, ev.end)))):
            yield Link(noun.eid, "simultaneous", ev.eid, text[noun.start : ev.end], Strength.DEFAULT)


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
    that is no act (``not_verbs``: "according to officials", the tense lexicon's).  (s59) The clause's verb is
    no infinitive ("agreed to step down on Friday, saying": the agreeing)."""
    for k, ev in enumerate(events):
        if (ev.pos != "VERB" or (ev.cls != "REPORTING" and ev.text.lower() not in cues.cause_verbs) or ev.tense != "PRESPART" or k == 0 or ev.eid in dated
                or _COMMA_BEFORE.search(text, max(0, ev.start - 4), ev.start) is None or ev.text.lower() in not_verbs):
            continue
        main = next((x for x in reversed(events[:k]) if x.pos == "VERB" and x.tense != "INFINITIVE"), None)  # (s59) not "to work"
        if main is None or main.tense != "PAST" or main.aspect != "NONE" or (main.cls == "REPORTING" and ev.text.lower() not in cues.cause_verbs):
            continue  # (s58) "reported a loss on Tuesday, blaming weak demand": a cause told with a report is part of that report
        comma = text.rindex(",", main.end, ev.start)
        words = _tokens_between(text, main.end, comma)
        if any(w in cues.relative_openers for w in _tokens_between(text, max(0, main.start - 16), main.start)[-2:]):
            continue  # the verb of an aside ("a man who attacked a guard, saying"): not the clause's
        if (len(words) > PARTICIPLE_REPORT_REACH or _PUNCT.search(text, main.end, comma) or _SENTENCE_END.search(text, max(0, main.end - 2), ev.start)
                or any(w in cues.relative_openers or w in cues.event_signals or w in cues.clause_signals for w in words)):
            continue
        yield Link(ev.eid, "during", main.eid, text[main.start : ev.end], Strength.DEFAULT)


def _coordinated_report_links(cues: AnchorWords, text: str, grouped: Mapping[int, Sequence[EventLike]], dated: frozenset[str]) -> Iterable[Link]:
    """(s59) "The agency said levels had peaked on Tuesday afternoon and were falling, but warned that more rain was on
    the way": a report (or a speech act the models class as an intended action, "warned") in the simple past joined by a comma and a coordinator (lexicon ``passive_clause_coordinators``) to a report of its sentence told before it is told with that one, at its time (not at the time of
    what the first report said); not one a time of its own dates (``dated``)."""
    for k in sorted(grouped):
        reports: list[EventLike] = []
        for ev in sorted(grouped[k], key=lambda e: e.start):
            if ev.pos != "VERB" or ev.cls not in _JOINED_REPORT_CLASSES or ev.tense != "PAST" or ev.aspect != "NONE":
                continue
            joined = _COORDINATOR_BEFORE.search(text, max(0, ev.start - 12), ev.start)
            if reports and ev.eid not in dated and joined is not None and joined.group(1).lower() in cues.passive_clause_coordinators:
                yield Link(ev.eid, "during", reports[-1].eid, text[reports[-1].start : ev.end], Strength.DEFAULT)
            if ev.cls == "REPORTING":
                reports.append(ev)


_JOINED_REPORT_CLASSES = frozenset({"REPORTING", "I_ACTION"})
"""Classes of a verb joined to a report that is told with it: another report, or a speech act the models class as an
intended action ("said ..., but warned that", "and promised")."""


_COORDINATOR_BEFORE = re.compile(r"[,\"”]\s*([A-Za-z]+)\s+\Z")
"""A comma (or the closing quotation mark of what was said) and the word right before a position: the coordinator of a
joined report (without either, "said on Tuesday that the ground was sold and added that ..." may join the told clause's
verbs: left to the s38 convention)."""


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


def _taking_links(cues: AnchorWords, text: str, events: Sequence[EventLike]) -> Iterable[Link]:
    """ "Jurors took five hours to reach their verdict", "She needed 50 minutes to win": the infinitive is what the taking
    verb's length runs up to, so the taking ends when it does (lexicon pattern ``taking_to``)."""
    for ev, done in zip(events, events[1:]):
        if ev.pos == "VERB" and done.pos == "VERB" and cues.taking_to.fullmatch(text, ev.start, done.start):
            yield Link(ev.eid, "ended_by", done.eid, text[ev.start : done.end], Strength.SIGNAL)


def _in_round_links(cues: AnchorWords, text: str, events: Sequence[EventLike], dated: frozenset[str] = frozenset()) -> Iterable[Link]:
    """ "Harlow edged past Moorfield in the semi-final on April 25", "Rossi scored twice in the first leg": a verb done in a
    round or match of a contest (lexicon ``contest_rounds``), its object and "in" or "during" between them (``in_round``),
    happened during that round, which dates it when a time dates the round.  Not a verb a time of its own dates
    (``dated``): "finished second in the race last year" is dated already, and its round may be named again as another
    ("started the race, which began at 8:30 a.m."); only a verb in the past or a participle ("knocking out the holders in
    the semi-finals on June 13"; not "will play in the cup final": the final,
    named only, is placed no better than the playing)."""
    for verb, noun in zip(events, events[1:]):
        if (verb.pos == "VERB" and verb.tense in ("PAST", "PRESPART") and verb.eid not in dated and noun.pos == "NOUN" and noun.text.lower() in cues.contest_rounds
                and cues.in_round.fullmatch(text, verb.end, noun.start)):
            yield Link(verb.eid, "during", noun.eid, text[verb.start : noun.end], Strength.DEFAULT)


_ADMITTED_GAP = re.compile(r"\s+(?:to\s+)?")
"""Between an admission verb and the gerund of the act it admits: nothing, or "to" ("confessed to starting")."""


def _admitted_act_links(cues: AnchorWords, text: str, events: Sequence[EventLike]) -> Iterable[Link]:
    """ "Admitted stealing £2,000 from the club", "denied taking the money", "confessed to starting the fire": the act a
    gerund right after a verb of ``admission_verbs`` names, if done, came before the admission or the denial; so did the act
    a charge names between them ("admitted two counts of dangerous driving", "denied a charge of arson": :func:`_charged_act`)."""
    for k, (verb, act) in enumerate(zip(events, events[1:])):
        if verb.pos != "VERB" or verb.text.lower() not in cues.admission_verbs:
            continue
        if act.text.lower() in cues.charge_nouns and k + 2 < len(events):
            act = events[k + 2]  # "denied a charge of arson": the charge noun is a mention of its own; the act comes after it
        if ((act.pos == "VERB" and cues.gerund.fullmatch(act.text.lower()) and _ADMITTED_GAP.fullmatch(text, verb.end, act.start) is not None)
                or _charged_act(cues, text, verb, act)):
            yield Link(act.eid, "before", verb.eid, text[verb.start : act.end], Strength.SIGNAL)


CHARGED_ACT_REACH = 6
"""Words at most between an admission verb and the act its charge names ("admitted two counts of dangerous driving")."""


def _charged_act(cues: AnchorWords, text: str, verb: EventLike, act: EventLike) -> bool:
    """Whether ``act`` (a gerund or a noun) is the act a charge noun names right after ``verb`` (lexicon ``charge_nouns``
    and ``reason_prepositions``: "admitted two counts of dangerous driving", "denied a charge of arson"): no punctuation
    between, the charge noun and its preposition, then at most one lower-case word (an adjective: "dangerous")."""
    if act.pos == "VERB" and not cues.gerund.fullmatch(act.text.lower()):
        return False
    words = _tokens_between(text, verb.end, act.start)
    if len(words) > CHARGED_ACT_REACH or _PUNCT.search(text, verb.end, act.start):
        return False
    k = next((i for i, (w, nxt) in enumerate(zip(words, words[1:])) if w in cues.charge_nouns and nxt in cues.reason_prepositions), None)
    return k is not None and len(words) - (k + 2) <= 1 and all(w.isalpha() for w in words[k + 2 :])


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
