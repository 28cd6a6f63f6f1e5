"""Event to event by coreference: a definite event noun refers back to the last mention of its kind ("the
assault" after "raids"); the spans of nouns that name events implied by signals, light verbs and
happening verbs; reported plans, agents taken up by act nouns, punishments and their reasons, charged
crimes.  Split out of the former anchoring/events.py."""

from __future__ import annotations

import bisect
import re
from types import MappingProxyType
from typing import Iterable, Mapping, Optional, Sequence


from ..order.links import LinkRelation, Strength
from ..text import Doc
from ..wordscan import scanner

from .cues import AnchorWords, EventLike, Link, anchor_words
from .cues import _by_sentence, _tokens_between, _PUNCT, _LAST_TOKEN, _NEXT_WORD
from .clause_links import _reason_links
from .clauses import _SENTENCE_END, _WORD, _group_of, _kind, _object_gap, _other_kinds, _subject_of_ahead


_MARKED_AGAIN = 3
"""Words before an earlier mention in which the modifier of a later definite one names it again ("its final offer ... the
final offer"): the same instance, not another."""

def _premodifying_noun(text: str, s: int, e: int) -> bool:
    """Whether the word at ``s``..``e`` is an occasion noun used as an adjective (``premodifying_nouns``, see
    :func:`timeline.events.detect._premodifier`: "before the final vote", "before the final count"): it names no event of
    its own."""
    from ..events.detect import _premodifier

    before, after = _WORD.findall(text, max(0, s - 24), s), _WORD.findall(text, e, min(len(text), e + 24))
    if not before or not after or text[e : e + 1] != " ":
        return False
    return _premodifier([before[-1], text[s:e], after[0]], 1)


def _presence_noun(text: str, s: int, e: int) -> bool:
    """(s55) Whether the word at ``s``..``e`` is a place "before" names (``presence_nouns``, see
    :func:`timeline.events.detect._presence`: "appeared before the court", "arrived before the walls"): no event."""
    from ..events.detect import _presence

    before = _WORD.findall(text, max(0, s - 40), s)
    return _presence([*before, text[s:e]], len(before))


_APPOSITIVE = re.compile(r" [^,.;:!?]{1,40}, ")
"""A short aside set off by commas after a noun ("manager[, Ruth Ames, ]took charge"); bounded, so no backtracking."""


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
    found = []
    lexical = None
    for m in scanner(cues.implied).finditer(text):  # (s61: scanned from the characters a match can begin with)
        if m.group(1):
            after = m.end(1) + 1
            if text[m.end(1) : after] == ",":  # "since their manager, Ruth Ames, took charge": the subject, with a name beside it
                aside = _APPOSITIVE.match(text, after)
                after = aside.end() if aside is not None else -1
            elif text[m.end(1) : after] != " ":
                after = -1
            if not (_verb_after_auxiliaries(cues, text, after, verb_starts) and _group_of(cues, m.group(1)) is None):
                found.append(m.span(1))
            continue
        if lexical is None:
            from ..events.features import lexical_memo  # lemminflect's tables load on first use

            lexical = lexical_memo()
        if "NOUN" in lexical(m.group(2).lower())[0]:
            found.append(m.span(2))  # "made landfall"; not "made similar remarks", "make available": a light verb's object is a noun
    found += [m.span(1) for m in scanner(cues.round_nouns).finditer(text)]  # "in the semi-finals on Saturday": a round is held
    for m in scanner(cues.dated_occasion).finditer(text):  # "for Saturday's derby", "before Sunday's big final"
        word = next((w for w in _WORD.finditer(text, m.start(1), m.end(1)) if w.group() in cues.occasions), None)
        if word is not None:
            found.append(word.span())
    for ev in events:
        if ev.pos == "VERB" and ev.text.lower() in cues.happening_verbs:
            subject = _LAST_TOKEN.search(text, max(0, ev.start - 24), ev.start)
            if subject is not None and _group_of(cues, subject.group(1)) is not None and subject.group(1).isalpha():
                found.append(subject.span(1))
        elif ev.pos == "VERB" and ev.text.lower() in cues.reported_subject_verbs:
            subject = _reported_subject(cues, text, ev)
            if subject is not None:
                found.append(subject)  # (s57) "The fire was reported just after 10 p.m.": the fire had begun by then
    out = []
    for s, e in sorted(found):
        if text[s:e].lower() in cues.distinct_modifiers or text[e : e + 1] == "-":
            continue  # "after the previous governor resigned", "during the three-week trial": no noun of an event
        if _premodifying_noun(text, s, e):
            continue  # "walked out before the final vote": the vote is the event
        if _presence_noun(text, s, e):
            continue  # (s55) "appeared before the court on Monday": a place
        if any(text.startswith(clitic, e) for clitic in cues.possessive_clitics):
            continue  # "a week after the council's auditors raised concerns": an owner, the raising is the event
        k = bisect.bisect_left(starts, e)  # mentions starting before e; only the last few can reach s
        if not any(b > s for _, b in covered[max(0, k - 4) : k]) and (not out or out[-1] != (s, e)):
            out.append((s, e))
    return out


_AUXILIARY_REACH = 3
"""Auxiliaries and adverbs between a signal's subject and its verb ("after the council had [already] said")."""


def _verb_after_auxiliaries(cues: AnchorWords, text: str, at: int, verb_starts: frozenset[int]) -> bool:
    """Whether a verb of the mentions starts at ``at``, or after up to :data:`_AUXILIARY_REACH` auxiliaries and clause adverbs
    ("after the council had said": the council is the clause's subject, the saying its event)."""
    for _ in range(_AUXILIARY_REACH + 1):
        if at < 0:
            return False
        if at in verb_starts:
            return True
        word = _WORD.match(text, at)
        if word is None:
            return False
        w = word.group().lower()
        if w not in cues.clause_auxiliaries and w not in cues.content_auxiliaries and w not in cues.clause_adverbs:
            return False
        at = word.end() + 1 if text[word.end() : word.end() + 1] == " " else -1
    return False


_PASSIVE_SUBJECT = re.compile(r"([A-Za-z]+)\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:first\s+)?$", re.I)
"""A subject word and the passive auxiliaries between it and a past participle ("the fire [was first] reported")."""


def _reported_subject(cues: AnchorWords, text: str, ev: EventLike) -> Optional[tuple[int, int]]:
    """The span of the noun of a ``same_kind`` group that is the subject of the passive ``ev`` (a verb of lexicon
    ``reported_subject_verbs``: "The fire was reported", "the leak had been detected"), or None."""
    m = _PASSIVE_SUBJECT.search(text, max(0, ev.start - 40), ev.start)
    if m is None or _group_of(cues, m.group(1)) is None:
        return None
    return m.span(1)


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


DISTINCT_REACH = 1
"""Sentences after a past occasion a modifier names as another of its kind ("the last election in 2022") in which a
definite noun of that kind still takes it up; further on, the noun takes up the story's own one again."""


def _coreference_links(cues: AnchorWords, text: str, events: Sequence[EventLike], charged: frozenset[str] = frozenset(),
                       dated: frozenset[str] = frozenset(), sentence_of: Mapping[str, int] = MappingProxyType({}),
                       dated_past: frozenset[str] = frozenset(), dated_ahead: frozenset[str] = frozenset(),
                       premodified: frozenset[str] = frozenset()) -> Iterable[Link]:
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
    start an hour earlier": this year's); nor is an occasion dated only after publication (``dated_ahead``: "before the
    next election, which is due in 2028") taken up by a definite noun a past verb has done something to ("Tenants welcomed the
    vote"): that one is behind, the mention of its kind before the other (if any); only an occasion a modifier named as another one ("the next election"),
    not one the story awaits ("promised a vote, which is scheduled for June 3 ... welcomed the vote"), and not after a verb
    of intention ("promised the vote").  A definite noun a time premodifies (``premodified``: "the March vote", "the 2022
    election") names the occasion of that time, not an undated one a modifier told as another of its kind ("a second
    election ... the March vote"; "The vote took place on Sunday ... The Sunday vote" is the same vote)."""
    from ..events.features import lexical_memo  # lemminflect's tables load on first use

    lexical = lexical_memo()
    seen: dict[str, EventLike] = {}
    several: set[str] = set()  # kinds another mention of which came after the chain's last one
    opened: set[str] = set()  # definite nouns of a chain no verb told yet (see ``sentence_of``)
    also_told: set[str] = set()  # verbs that may end in a happening of another kind ("was shot": a killing)
    distinct: dict[str, Optional[EventLike]] = {}  # definite nouns a modifier names as another instance ("the next election") -> the chain's mention before it
    in_text = sorted(events, key=lambda e: e.start)
    same_word: dict[tuple[str, str], EventLike] = {}  # (kind, lemma) -> the last mention of that word (see _same_word_back)
    indefinite: set[str] = set()  # chain mentions an indefinite noun opened after a verb of its kind ("an election is held")
    modifiers = cues.distinct_modifiers | cues.instance_modifiers  # (s62 speed: once per text, not once per noun)
    kinds_of: dict[str, tuple[str, tuple[str, ...]]] = {}  # a mention's word -> (:func:`_kind`, :func:`_other_kinds` of it)
    for k_ev, ev in enumerate(in_text):
        kinds = kinds_of.get(ev.text)
        if kinds is None:  # (s64 speed) a word's kind and its other kinds, once per word of the text
            first_kind = _kind(cues, ev.text, lexical)
            kinds = kinds_of[ev.text] = (first_kind, _other_kinds(cues, ev.text, lexical, first_kind))
        kind = kinds[0]
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
                             or (named == also_kind and _when_told(text, named_first, ev, in_text[:k_ev]))
                             or (named == kind and told in cues.taken_up_kinds and _lead_taken_up(text, named_first, ev, dated, sentence_of)))):
                    yield Link(named_first.eid, "simultaneous", ev.eid, f"{text[named_first.start : named_first.end]} … {ev.text}", Strength.DEFAULT)
                    seen[named] = ev  # "charged him with the murder ... was shot dead on Saturday ... the killing": the shooting
                    opened.discard(named_first.eid)
            seen.setdefault(kind, ev)
            same_word[(kind, lemma)] = ev
            for other in kinds[1] if told is None else ():  # (:func:`_other_kinds` of the word's own kind)
                seen.setdefault(other, ev)  # "Brenby won on Saturday ... trained for the match": a win is a match too
            if also_kind is not None and also_kind not in seen:
                seen[also_kind] = ev  # "He was shot on Friday night. ... the killing": the shooting, a few sentences on
                also_told.add(ev.eid)
            named = _subject_group(cues, text, ev) if ev.text.lower() in cues.happening_verbs else None
            if named is not None:
                seen.setdefault(named, ev)  # "an earthquake struck ... the quake", "Cyclone Mara struck ... the cyclone": the striking is the cyclone
            continue
        others = kinds[1]  # (:func:`_other_kinds`: ``kind`` is still the word's own here)
        if others:
            others = (kind, *others)
            # a word of several groups takes up the latest mention of any of them ("Three men robbed a post office ... during
            # the raid": the robbery), and starts or continues the chain of each
            kind = max(others, key=lambda k: seen[k].start if k in seen else -1)
            prev = seen.get(kind)
        window = text[max(0, ev.start - 30) : ev.start]
        definite = cues.definite.search(window)
        owned = cues.referring.search(window) if definite is None else None
        if owned is not None and not modifiers.intersection(w.lower() for w in _WORD.findall(owned.group())):
            definite = owned  # "her victory" takes up the winning; "his first hearing" is one of several, as "a hearing"
        opener = definite.start() + max(0, ev.start - 30) if definite else ev.start
        word = ev.text.lower()
        if definite is None and prev is not None and kind.startswith("group") and lexical(word)[1] == word and not cues.gerund.fullmatch(word):
            # "separated nine minutes after liftoff": a bare singular noun of a synonym group right after a
            # signal is the one told ("during rallies" may be others, "after shooting a guard" is a verb)
            bare = _BARE_SIGNAL.search(text, max(0, ev.start - 20), ev.start)
            if bare is not None and bare.group(1).lower() in cues.event_signals:
                definite, opener = bare, bare.start()
        marked = (modifiers.intersection(w.lower() for w in _WORD.findall(definite.group()))
                  if definite else frozenset())
        if marked and prev is not None and marked.intersection(w.lower() for w in _WORD.findall(text, max(0, prev.start - 30), prev.start)[-_MARKED_AGAIN:]):
            marked = frozenset()  # (s53) "made its final offer on Monday ... rejected the final offer": the one its modifier named before
        if marked:
            distinct[ev.eid] = seen.get(kind)  # (the chain it interrupts)
            seen[kind] = ev  # "the last early election": another one, which later mentions may take up
            continue
        if prev is not None and prev.eid in also_told and not 0 <= sentence_of.get(ev.eid, 0) - sentence_of.get(prev.eid, 0) <= CATAPHORA_REACH:
            prev = None  # a verb that may have ended in such a happening, told too far back to be taken up
        if (prev is not None and definite and prev.eid in dated and prev.pos == "NOUN"
                and (ev.eid in dated or (((k_ev + 1 < len(in_text) and _subject_of_ahead(text, ev, in_text[k_ev + 1]))
                                          or (k_ev > 0 and _object_of_ahead(cues, text, in_text[k_ev - 1], ev)))
                                         and prev.eid in dated_past))):
            # "The election last year was marred by fraud. The election next month ...", "The race last year ended in chaos.
            # ... the race will start an hour earlier": a dated occasion named again with a time of its own, or as the subject
            # of what is still to come, is another one of its kind (the next), not the dated one; (s64) so is its object ("cancelled
            # the 2016 race ... The mayor, who will start the race": this year's)
            prev = None
        if (prev is not None and definite and prev.eid in distinct and prev.eid in dated_ahead and prev.eid not in dated_past
                and k_ev > 0 and _past_object(cues, text, in_text[k_ev - 1], ev)):
            prev = distinct[prev.eid]  # "voted ... the next election, which is due in 2028 ... welcomed the vote": the voting, not the one ahead
        if (prev is not None and definite and prev.eid in distinct and distinct[prev.eid] is not None and prev.eid in dated_past
                and sentence_of.get(ev.eid, 0) - sentence_of.get(prev.eid, 0) > DISTINCT_REACH):
            # "won the general election on Sunday ... up from 96 at the last election in 2022 ... had called the election in
            # March": an earlier one a modifier named in passing, told sentences back, is no longer the one meant
            prev = distinct[prev.eid]
        if prev is not None and definite and ev.eid in dated and prev.eid not in dated and (
                _YEAR_PREMODIFIER.search(text, opener, ev.start)
                or (ev.eid in premodified and cues.distinct_modifiers.intersection(w.lower() for w in _WORD.findall(text, max(0, prev.start - 20), prev.start)[-2:]))):
            continue  # "The vote followed weeks of quarrels. ... since she won the 2022 election": an occasion its year names, not the one told
        lemma = lexical(word)[1]
        back = same_word.get((kind, lemma))
        if prev is not None and definite and back is not None and prev.eid in indefinite and lexical(prev.text.lower())[1] != lemma:
            prev = back  # (s58) "was due to vote on a budget ... until an election is held ... delayed the vote": the vote named before
        same_word[(kind, lemma)] = ev
        if prev is not None and definite and kind not in several:
            yield Link(ev.eid, "simultaneous", prev.eid, f"{prev.text} … {text[opener : ev.end]}", Strength.DEFAULT)
        elif prev is not None and not definite and ev.pos != "VERB" and prev.pos != "VERB":
            if prev.eid in charged:
                seen[kind] = ev  # "charged with robbery after a raid on a shop": the charge only names a crime; the raid is the one told
            else:
                several.add(kind)  # "a hearing in December ... his first hearing in October ... the hearing": which one is unsaid
        if prev is None or definite or (ev.pos != "VERB" and prev.pos == "VERB"):
            # (a noun after a verb of its kind told so far, "voted ... to hold a snap election ... until the election": the
            # noun is the one named, the one a definite noun after it takes up)
            if not definite and prev is not None and prev.pos == "VERB":
                indefinite.add(ev.eid)
            seen[kind] = ev
            several.discard(kind)
            for other in others:
                if other != kind and other not in several:
                    seen[other] = ev
            if definite and ev.pos == "NOUN" and (prev is None or prev.pos == "NOUN"):
                opened.add(ev.eid)  # "The killing of a doctor" (after a headline's "KILLING"): a verb may tell it after


def _retold_gerund_links(cues: AnchorWords, text: str, grouped: Mapping[int, Sequence[EventLike]],
                         dated: frozenset[str]) -> Iterable[Link]:
    """(s59) "She retired from the court in 2007. After retiring she chaired an inquiry": a gerund right after a word of
    ``retelling_signals``, with no time of its own, tells again the last event of its verb told up to
    :data:`RETOLD_REACH` sentences before it, when that one is no "-ing" form itself ("aides holding
    their breaths ... after holding talks" tells two holdings): the same lemma, or a noun whose verb
    ``noun_verbs`` names ("her retirement in 2007 ... After retiring"); the gerund is that event, not a new one."""
    if not cues.retelling_signals:
        return
    from ..events.features import lexical_memo  # lemminflect's tables load on first use

    lexical = lexical_memo()
    last: dict[str, tuple[int, EventLike]] = {}  # verb lemma -> (sentence, its last event)
    for k in sorted(grouped):
        for ev in sorted(grouped[k], key=lambda e: e.start):
            word = ev.text.lower()
            lemma = lexical(word)[1]
            if ev.pos == "VERB" and ev.eid not in dated and cues.gerund.fullmatch(word):
                before = _LAST_TOKEN.search(text, max(0, ev.start - 16), ev.start)
                told = last.get(lemma)
                if (before is not None and before.group(1).lower() in cues.retelling_signals and told is not None
                        and k - told[0] <= RETOLD_REACH and not cues.gerund.fullmatch(told[1].text.lower())):
                    yield Link(ev.eid, "simultaneous", told[1].eid, f"{told[1].text} … {before.group(1)} {ev.text}", Strength.DEFAULT)
                    continue
            last[cues.noun_verbs.get(word, cues.noun_verbs.get(lemma, lemma)) if ev.pos == "NOUN" else lemma] = (k, ev)


RETOLD_REACH = 3
"""Sentences at most between an event and the gerund after a signal that tells it again (see :func:`_retold_gerund_links`)."""


def _object_of_ahead(cues: AnchorWords, text: str, verb: EventLike, noun: EventLike) -> bool:
    """(s64) Whether ``noun`` is the object of the verb right before it, told as still to come ("will start the race",
    "would delay the vote")."""
    return (verb.pos == "VERB" and (verb.tense == "FUTURE" or getattr(verb, "modality", None) is not None) and verb.end <= noun.start
            and _object_gap(cues, text, verb.end, noun.start))


def _past_object(cues: AnchorWords, text: str, verb: EventLike, noun: EventLike) -> bool:
    """Whether ``noun`` is the definite object of ``verb``, a verb in the simple past that is no intention ("welcomed the
    vote"; not "promised the vote"), the noun's article right after it."""
    return (verb.pos == "VERB" and verb.tense == "PAST" and verb.aspect == "NONE" and verb.text.lower() not in cues.intention_verbs
            and _OBJECT_ARTICLE.fullmatch(text, verb.end, noun.start) is not None)


_OBJECT_ARTICLE = re.compile(r"\s+the\s+(?:[a-z-]+\s+)?", re.I)
"""Between a verb and its definite object noun ("welcomed the [final] vote")."""


_WHEN_CLAUSE = re.compile(r",?\s+when\s+", re.I)
"""What opens the clause that tells how a happening a noun named came about ("in a crash on the A40, when a coach collided")."""


_INDEFINITE_BEFORE = re.compile(r"\b(?:over|into|about|for)[ \t]+(?:[Aa]n?)[ \t]+(?:[\w'-]+[ \t]+){0,2}\Z")
"""An indefinite article at most two words before a noun, after a preposition of a matter dealt with ("fined over a
scaffold collapse", "an inquiry into a pier collapse"; not "were killed in a crash on the A40 early on Monday", a crash
of its own day)."""


def _lead_taken_up(text: str, noun: EventLike, verb: EventLike, dated: frozenset[str], sentence_of: Mapping[str, int]) -> bool:
    """Whether the past ``verb``, with a time of its own (``dated``), of a kind of ``taken_up_kinds`` (over in a moment: the
    caller checks), tells the happening an indefinite ``noun`` of that kind with none named in a sentence before it, at most
    :data:`CATAPHORA_REACH` back: "A building firm was fined on Thursday over a scaffold collapse that injured three
    workers. The scaffold gave way on June 11": the giving way is the collapse."""
    if verb.eid not in dated or verb.tense != "PAST":
        return False
    if not 1 <= sentence_of.get(verb.eid, 0) - sentence_of.get(noun.eid, 0) <= CATAPHORA_REACH:
        return False
    return _INDEFINITE_BEFORE.search(text, max(0, noun.start - 30), noun.start) is not None


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
    reason_links = [link for link in _reason_links(cues, text, grouped, charges=False) if link.target in verbs]
    return frozenset(link.source for link in reason_links) | frozenset(link.source for link in _reason_relative_links(cues, text, events, reason_links))


def _reason_relative_links(cues: AnchorWords, text: str, events: Sequence[EventLike], reason_links: Sequence[Link]) -> list[Link]:
    """(s54) The events of a relative clause on a punishment's reason (lexicon ``relative_openers`` right after the reason,
    up to the clause's first mark), each before the punishment as the reason is (``reason_links``: reason before
    punishment): "fined for safety failures that led to a ramp collapse in which three passengers were injured" (the
    collapse and the injuries came before the fine, not on its day)."""
    punishing = {link.source: link.target for link in reason_links if link.relation is LinkRelation.BEFORE}
    out: list[Link] = []
    for i, ev in enumerate(events):
        verb = punishing.get(ev.eid)
        if verb is None or i + 1 >= len(events):
            continue
        gap = _tokens_between(text, ev.end, events[i + 1].start)
        if not gap or gap[0] not in cues.relative_openers or _REASON_CLAUSE_END.search(text, ev.end, events[i + 1].start):
            continue
        for later in events[i + 1 :]:
            if _REASON_CLAUSE_END.search(text, ev.end, later.start):
                break
            if later.eid != verb:
                out.append(Link(later.eid, "before", verb, f"{text[ev.start : later.end]} (a punishment's reason)", Strength.DEFAULT))
    return out


_REASON_CLAUSE_END = re.compile(r"[;()!?]|[,:.](?!\d)|(?<!\d)[,:.]")  # a mark that ends the relative clause (or the sentence)


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
