"""The story's steps: happenings in the simple past that carry the day on (narrated, leading a sentence),
happenings told again (restated, told later), states and the times they share, aspectual moments,
clauses a signal orders before or after a dated verb, stretches running up to now.  Read by
:func:`timeline.pipeline.assemble`; split out of the former pipeline.py."""

from __future__ import annotations

import bisect
import datetime as dt
import re

from typing import TYPE_CHECKING, Mapping, Optional, Sequence

from ..anchoring import Link, anchor_words, coordinated_firsts
from ..anchoring.clauses import pending_main_verb
from ..anchoring.cues import AnchorWords, closing_anaphor
from ..order.links import LinkRelation, Strength
from ..text import Doc
from ..wordscan import runs_in

if TYPE_CHECKING:
    from ..events.detect import EventMention
    from ..order import OrderResult
    from ..placement import SoftFact

from .words import _LETTERS, _WORD_RUN

# (s58) member tuples as module names: a member read off its enum class costs ~150 ns under Python 3.11 (EnumType.__getattr__)
_AFTER_OR_BEFORE = (LinkRelation.AFTER, LinkRelation.BEFORE)
_LENGTH_OR_START = (LinkRelation.LASTS, LinkRelation.SINCE, LinkRelation.STARTS_IN)


_HAPPENINGS = frozenset({"OCCURRENCE", "PERCEPTION", "I_ACTION", "ASPECTUAL"})
"""The classes of event a simple past tells as something that happened ("heard", "ordered", "began"), not a state or a report."""


_NARRATED_ASPECTS = frozenset({"NONE", "PROGRESSIVE"})
"""(s58) The aspects of a past happening that carries on the day told before: the simple past, and the past progressive of
the scene ("The train was travelling at 60 mph when its carriages left the tracks")."""


_INSTRUCTED = re.compile(r"\b(?:was|were)\s+(?:[a-z]+ly\s+)?\Z", re.I)
_TO_VERB = re.compile(r"\s+to\s+[a-z]")


def _instructed(text: str, m: "EventMention") -> bool:
    """(s58) Whether a reporting verb is a passive with an infinitive ("Staff were told to use paper records", "Residents
    were urged to stay indoors"): an instruction given in the story, a step of it, not speech reported at publication."""
    return (m.cls == "REPORTING" and _INSTRUCTED.search(text, max(0, m.start - 20), m.start) is not None
            and _TO_VERB.match(text, m.end) is not None)


def _narrated(doc: Doc, mentions: Sequence["EventMention"], relative: frozenset[str], addressing: frozenset[str] = frozenset()) -> frozenset[str]:
    """The happenings told in the simple past ("The captain ordered everyone on deck"), which carry
    on the day the sentence before told of; not a state that may still hold ("the site included"),
    nor a verb that describes a noun (``relative``: :func:`_relative`); a report spoken at an occasion
    (``addressing``: "Prosecutors told the court") is one, and so is a verb of fearing (events lexicon ``fearing_verbs``:
    "controllers feared the craft had been destroyed", a reaction at the scene's time, whatever class the model gave it)."""
    from ..events.factuality import load_cues

    holding = anchor_words(doc.language).holding_verbs
    fearing = load_cues(doc.language).fearing_verbs  # "for a few minutes controllers feared the craft had been destroyed": a reaction at the scene
    return frozenset(m.eid for m in mentions if m.pos == "VERB" and m.tense == "PAST" and m.aspect in _NARRATED_ASPECTS
                     and (m.cls in _HAPPENINGS or m.eid in addressing or m.text.lower() in fearing or _instructed(doc.text, m))
                     and m.text.lower() not in holding and m.eid not in relative)


def _comes_before(links: Sequence[Link], accepted: Sequence["SoftFact"], events: frozenset[str]) -> dict[str, str]:
    """Event -> an event of ``events`` it starts before: by a textual "before" (or the other's "after") link, else by a
    learned order the likely layer took in ("caused blackouts ... after two power stations shut down"); see ``close_open``."""
    out = {link.target: link.source for link in links if link.relation is LinkRelation.AFTER and link.source in events and link.target in events}
    out.update((link.source, link.target) for link in links if link.relation is LinkRelation.BEFORE and link.source in events and link.target in events)
    for fact in accepted:
        if fact.source in events and fact.target in events and fact.source != fact.target:
            if fact.relation in ("BEFORE", "START_BEFORE"):
                out.setdefault(fact.source, fact.target)
            elif fact.relation == "AFTER":
                out.setdefault(fact.target, fact.source)
    return out


def _led(mentions: Sequence["EventMention"], real: Mapping[str, bool], narrated: frozenset[str], addressing: frozenset[str] = frozenset(),
         relative: frozenset[str] = frozenset()) -> frozenset[str]:
    """The narrated happenings of sentences whose first real past verb (not a report, unless one spoken
    at an occasion) is one too: in "The minister visited the town shortly after the floods began and
    promised aid" the sentence is told from the visit's own time, so no verb of it carries on the time
    of the sentence before. A verb of a relative clause (``relative``) describes a noun and leads nothing: in "A
    neighbour who saw the van called the police" the calling is the sentence's first step."""
    first: dict[int, str] = {}
    for m in mentions:
        if (m.pos == "VERB" and m.tense == "PAST" and (m.cls != "REPORTING" or m.eid in addressing) and real.get(m.eid, False)
                and m.eid not in relative):
            first.setdefault(m.sentence_start, m.eid)
    return frozenset(m.eid for m in mentions if m.eid in narrated and first.get(m.sentence_start) in narrated)


_RESTATED_REACH = 3  # sentences back a verb may restate an event told before


def _restated(mentions: Sequence["EventMention"], lends: Mapping[str, str], sentence_of: Mapping[str, int], candidates: frozenset[str],
              doc: Optional[Doc] = None) -> dict[str, str]:
    """Event -> the time of an earlier mention of the same verb that a time dates, a few sentences
    back: a happening told again ("was found alive on Thursday ... Volunteers found her in a hut")."""
    from ..events.features import lexical_memo  # lemminflect's tables load on first use

    lexical = lexical_memo()
    figure = anchor_words(doc.language).move_figure if doc is not None else None
    dated: dict[str, tuple[int, str]] = {}  # lemma -> (sentence, time) of its last dated mention
    out = {}
    for m in sorted(mentions, key=lambda m: m.start):
        if m.pos != "VERB":
            continue
        lemma = lexical(m.text.lower())[1]
        if m.eid in lends:
            dated[lemma] = (sentence_of[m.eid], lends[m.eid])
        elif (m.eid in candidates and lemma in dated and 0 < sentence_of[m.eid] - dated[lemma][0] <= _RESTATED_REACH
              and (figure is None or figure.match(doc.text, m.end) is None)):  # type: ignore[union-attr]
            # ((s63 lead) not a move with its own figure: "profit fell by half in the first nine months ... Shares fell 7
            # percent in early trading" is another move, no happening told again)
            out[m.eid] = dated[lemma][1]
    return out


def _restated_kin(doc: Doc, mentions: Sequence["EventMention"], lends: Mapping[str, str], sentence_of: Mapping[str, int],
                  candidates: frozenset[str]) -> dict[str, str]:
    """Event -> the time of an earlier dated verb of its group of verbs that tell one happening (lexicon
    ``same_happening``), a few sentences back, for a verb of another lemma: the happening told again in other words
    ("hit and killed a cyclist last October ... Dent struck Ms Shaw on a country road": October)."""
    from ..events.features import lexical_memo  # lemminflect's tables load on first use

    lexical = lexical_memo()
    groups = anchor_words(doc.language).same_happening
    # a verb "and" joins to a dated one shares its time ("hit and killed a cyclist last October")
    times = {**{first: lends[second] for second, first in coordinated_firsts(doc, mentions, frozenset(lends)).items()}, **lends}
    dated: dict[int, tuple[int, str, str]] = {}  # group -> (sentence, time, lemma) of its last dated mention
    out = {}
    for m in sorted(mentions, key=lambda m: m.start):
        if m.pos != "VERB":
            continue
        lemma = lexical(m.text.lower())[1]
        group = next((i for i, g in enumerate(groups) if lemma in g), None)
        if group is None:
            continue
        if m.eid in times:
            dated[group] = (sentence_of[m.eid], times[m.eid], lemma)
        elif (m.eid in candidates and group in dated and dated[group][2] != lemma
              and 0 < sentence_of[m.eid] - dated[group][0] <= _RESTATED_REACH):
            out[m.eid] = dated[group][1]
    return out


_LEAD_SENTENCES = 2  # the sentences of a news lead, whose present perfect a later sentence may date


def _told_later(mentions: Sequence["EventMention"], lends: Mapping[str, str], sentence_of: Mapping[str, int],
                own: frozenset[str], recent: frozenset[str] = frozenset()) -> dict[str, str]:
    """Event -> the time of a later mention of the same verb that a time dates, for a present perfect of the lead with no
    time of its own (``own``: those with one): "A 17-year-old boy has been charged with murder ... He was charged late on
    Monday": the lead told the charging first, undated, as news leads do.  (s61) A time of ``recent`` (one ending in the
    week before publication, the news a present perfect tells) dates it however far on it is told ("Marion Hale ... has
    died ... [her career, eight sentences] ... Her family said she died peacefully on Sunday evening")."""
    from ..events.features import lexical_memo  # lemminflect's tables load on first use

    lexical = lexical_memo()
    waiting: dict[str, str] = {}  # lemma -> the lead's undated present perfect
    out = {}
    for m in sorted(mentions, key=lambda m: m.start):
        if m.pos != "VERB":
            continue
        k = sentence_of[m.eid]
        lemma = lexical(m.text.lower())[1]
        if k < _LEAD_SENTENCES and m.tense == "PRESENT" and m.aspect == "PERFECTIVE" and m.eid not in own and m.eid not in lends:
            waiting.setdefault(lemma, m.eid)
        elif m.eid in lends and lemma in waiting and (k - sentence_of[waiting[lemma]] <= _RESTATED_REACH + _LEAD_SENTENCES or lends[m.eid] in recent):
            out[waiting.pop(lemma)] = lends[m.eid]
    return out


def _states(mentions: Sequence["EventMention"]) -> frozenset[str]:
    """The events of class STATE ("remained in a serious condition on Tuesday"): a state's time says how things were
    then, not when the happening "and" joins to it before ("was flown to hospital and remained ...") took place."""
    return frozenset(m.eid for m in mentions if m.cls == "STATE")


def _shared_times(doc: Doc, mentions: Sequence["EventMention"], lends: Mapping[str, str], narrow: frozenset[str],
                  past: Mapping[str, bool]) -> dict[str, str]:
    """Event -> the time of the verb "and" joins it to, when that verb lies in a time of a week at most
    and the first has none of its own: "a crane toppled and crushed a van on Friday night" most
    likely toppled that night too (a likely reading only: the steps may lie apart)."""
    states = _states(mentions)
    seconds = frozenset(eid for eid, t in lends.items() if t in narrow and eid not in states)
    return {first: lends[second] for second, first in coordinated_firsts(doc, mentions, seconds).items()
            if past.get(first, False)}  # (one with a time of its own keeps it: see convention_facts)


def _moments(doc: Doc, mentions: Sequence["EventMention"], certain: "OrderResult") -> frozenset[str]:
    """The aspectual verbs of beginning or ending ("started", "ended") whose start the text bounds
    from below ("started an hour after the ferry left"): each a moment soon over.  One known only
    to end by some time ("three days after it broke out") keeps its start in that day (see ``close_open``)."""
    cues = anchor_words(doc.language)
    names = frozenset(certain.intervals)
    return frozenset(m.eid for m in mentions if m.pos == "VERB" and (m.text.lower() in cues.begin_verbs or m.text.lower() in cues.end_verbs)
                     and m.eid in names and certain[m.eid].earliest_start is not None and not _after_state_verb(cues, doc.text, m.start))


_WORD_BEFORE = re.compile(r"([A-Za-z]+)\s+\Z")


def _after_state_verb(cues: AnchorWords, text: str, start: int) -> bool:
    """(s58) Whether a state verb (lexicon ``state_verbs``) stands right before ``start``: "will stay closed until
    Thursday" is a state that lasts, not the moment of closing."""
    m = _WORD_BEFORE.search(text, max(0, start - 16), start)
    return m is not None and m.group(1).lower() in cues.state_verbs


def _framed_by_perfect(doc: Doc, links: Sequence[Link], mentions: Sequence["EventMention"], flashbacks: frozenset[str],
                       timed: Mapping[str, str], sentence_of: Mapping[str, int]) -> frozenset[str]:
    """The simple past verbs a clause a signal opens after a past perfect of their sentence orders its flashback before
    ("said the driver had been using his phone for several minutes before he hit the first car", "said she had practised
    for two weeks before the tournament began"; a signal of lexicon ``event_signals`` meaning "before" between them):
    told from the past perfect's time, looking back with it, not the news's own step; none a time of its own dates (nor
    a verb "and" joins, "had fled in June and returned later that year", which the sequence orders)."""
    cues = anchor_words(doc.language)
    by_eid = {m.eid: m for m in mentions}
    simple = {m.eid for m in mentions if m.pos == "VERB" and m.tense == "PAST" and m.aspect == "NONE" and m.eid not in timed}
    return frozenset(link.target for link in links if link.relation is LinkRelation.BEFORE and link.source in flashbacks
                     and link.target in simple and sentence_of.get(link.source) == sentence_of.get(link.target)
                     and by_eid[link.source].end <= by_eid[link.target].start
                     and any(cues.event_signals.get(w.lower()) == "before"
                             for w in _LETTERS.findall(doc.text, by_eid[link.source].end, by_eid[link.target].start)))


def _restated_undated(links: Sequence[Link], mentions: Sequence["EventMention"], sentence_of: Mapping[str, int],
                      timed: frozenset[str]) -> frozenset[str]:
    """The verbs that tell again a happening an earlier sentence told (a SIMULTANEOUS link between two verbs of different
    sentences: "officers arrived, but the gang had already fled ... A man who was injured in a crash as he fled was
    released on Sunday"), no time of their own dating them, and the events their sentence puts during them ("injured ...
    as he fled"): they are that happening, at its time, not at a time their own sentence names for another event."""
    verbs = {m.eid: m for m in mentions if m.pos == "VERB"}
    again = frozenset(max((link.source, link.target), key=lambda eid: verbs[eid].start) for link in links
                      if link.relation is LinkRelation.SIMULTANEOUS and link.source in verbs and link.target in verbs
                      and sentence_of.get(link.source) != sentence_of.get(link.target))
    again = frozenset(eid for eid in again if eid not in timed)
    during = frozenset(link.source for link in links if link.relation is LinkRelation.DURING and link.target in again
                       and link.source not in timed and sentence_of.get(link.source) == sentence_of.get(link.target))
    return again | during


def _signal_clauses(links: Sequence[Link], sentence_of: Mapping[str, int], start: Mapping[str, int],
                    offsets: frozenset[str] = frozenset()) -> frozenset[str]:
    """The events of a clause a signal opens, dated by a length counted back or on ("after losing at Holm a week earlier";
    ``offsets``: the time expressions told as a length), that an event told before them in their sentence is ordered
    against (a SIGNAL link "after" or "before" from the earlier event): what the sentence told before the signal lies a
    told length away from their time, so it does not go on with it (not "flooded after the river burst its banks on
    Tuesday", most likely that day)."""
    dated = frozenset(link.source for link in links if link.target in offsets)
    return frozenset(link.target for link in links if link.relation in _AFTER_OR_BEFORE
                     and link.strength is Strength.SIGNAL and link.source in start and link.target in start and link.target in dated
                     and sentence_of.get(link.source) == sentence_of.get(link.target) and start[link.source] < start[link.target])


def _after_signal_phrase(doc: Doc, mentions: Sequence["EventMention"], links: Sequence[Link], own: Mapping[str, str]) -> dict[str, str]:
    """Finite verb -> the time of its sentence's main clause, for an undated verb told after a coordinator and a comma
    (", and", ", but") that follow an event a signal ties the dated main clause to, that event dated by another time
    (``own``: event -> its time): "lowered its forecast on Wednesday after a rise in costs in the third quarter, and its
    shares fell" (the fall is Wednesday's: the clause after "and" goes on from the main clause, not from the signal's
    phrase). Not a participle ("after the storm swept ashore over the weekend, forcing thousands from their homes": the
    sweeping's consequence)."""
    cues = anchor_words(doc.language)
    text = doc.text
    by_id = {m.eid: m for m in mentions}
    ordered = sorted(mentions, key=lambda m: m.start)
    starts = [m.start for m in ordered]
    out: dict[str, str] = {}
    for link in links:
        if link.relation not in (LinkRelation.AFTER, LinkRelation.BEFORE) or link.strength is not Strength.SIGNAL:
            continue
        main, phrase = by_id.get(link.source), by_id.get(link.target)
        if (main is None or phrase is None or main.start >= phrase.start or main.sentence_start != phrase.sentence_start
                or main.eid not in own or phrase.eid not in own or own[main.eid] == own[phrase.eid]):
            continue
        for k in range(bisect.bisect_right(starts, phrase.start), len(ordered)):
            m = ordered[k]
            if m.sentence_start != phrase.sentence_start:
                break
            if m.pos != "VERB" or m.tense not in ("PAST", "PRESENT") or m.eid in own:
                continue
            between = text[phrase.end : m.start]
            comma = between.rfind(",")
            if comma >= 0 and cues.coordinators.intersection(between[comma + 1 :].lower().split()[:1]):
                out.setdefault(m.eid, own[main.eid])
            break  # (the first finite verb after the phrase only)
    return out


def _after_background(mentions: Sequence["EventMention"], links: Sequence[Link], lends: Mapping[str, str],
                      background: frozenset[str], past: Mapping[str, bool]) -> dict[str, str]:
    """(s59) Undated verb -> a background time (``background``: times that end a year or more before publication): a verb in the
    simple past a signal puts after an act of that time, or after one the text tells again (a "simultaneous" link: "He
    retired in 2019. After retiring he opened a bakery"), goes on in that time, not at the story's (the news convention
    for an undated act): the signal ties it to the background, it opens no scene of the story."""
    same: dict[str, str] = {}
    for link in links:
        if link.relation is LinkRelation.SIMULTANEOUS:
            same.setdefault(link.source, link.target)
            same.setdefault(link.target, link.source)
    by_id = {m.eid: m for m in mentions}
    out: dict[str, str] = {}
    for link in links:
        if link.relation is not LinkRelation.AFTER or link.strength is not Strength.SIGNAL:
            continue
        m = by_id.get(link.source)
        if m is None or m.pos != "VERB" or m.tense != "PAST" or m.aspect != "NONE" or not past.get(m.eid, False) or m.eid in lends:
            continue
        t = lends.get(link.target) or lends.get(same.get(link.target, ""))
        if t is not None and t in background:
            out.setdefault(m.eid, t)
    return out


def _perfect_occasions(links: Sequence[Link], mentions: Sequence["EventMention"], flashbacks: frozenset[str],
                       sentence_of: Mapping[str, int]) -> frozenset[str]:
    """The event nouns a past perfect of their sentence is told during ("had denied the charges at an earlier hearing in
    January"): the occasion of a flashback is part of it, so its time, like the perfect's, is gone on with only by
    another flashback ("... She was released on bail" is not January's)."""
    nouns = frozenset(m.eid for m in mentions if m.pos == "NOUN")
    return frozenset(link.target for link in links if link.relation is LinkRelation.DURING and link.source in flashbacks
                     and link.target in nouns and sentence_of.get(link.source) == sentence_of.get(link.target))


def _restoring(doc: Doc, mentions: Sequence["EventMention"]) -> frozenset[str]:
    """(s56) The verbs of a disruption's end (lexicon ``restoration_verbs``, by lemma: "reopened", "returned"), told in the
    simple past (not "will reopen"): a lead so told ends the disruption a flashback after it tells of."""
    cues = anchor_words(doc.language)
    if not cues.restoration_verbs:
        return frozenset()
    from ..events.features import lexical_memo  # lemminflect's tables load on first use

    lexical = lexical_memo()
    return frozenset(m.eid for m in mentions if m.pos == "VERB" and m.tense == "PAST" and (
        lexical(m.text.lower())[1] in cues.restoration_verbs
        or lexical(m.text.lower())[1] in cues.service_verbs and _again_after(doc.text, m.end, m.sentence_end, cues.restoration_adverbs)))


_AGAIN_REACH = 4  # words at most from the verb to its "again" ("ran again", "ran on the line again")


def _again_after(text: str, end: int, sentence_end: int, adverbs: frozenset[str]) -> bool:
    """(s57) Whether a word of ``adverbs`` ("again") follows a verb ending at ``end`` within :data:`_AGAIN_REACH` words
    of its clause (no comma, semicolon or colon between): "Trains ran again on Friday" tells a service's return."""
    clause = re.split(r"[,;:.!?]", text[end : min(sentence_end, end + 80)], maxsplit=1)[0]
    return any(w.lower() in adverbs for w in _WORD_RUN.findall(clause)[:_AGAIN_REACH])


_EXPECTED_REACH = 3  # words at most between the expecting verb and its object noun ("expect the full repairs to")


def _expected_objects(doc: Doc, mentions: Sequence["EventMention"]) -> frozenset[str]:
    """(s57) The event nouns a present verb of awaiting (lexicon ``expecting_now_verbs``) has for its object with an
    infinitive after them (lexicon ``expected_object_markers``: "engineers expect the repairs to take three weeks", "expects
    the work to last a month"): what is awaited lies ahead of the telling, no past event told before it."""
    cues = anchor_words(doc.language)
    if not cues.expected_object_markers:
        return frozenset()
    text = doc.text
    ordered = sorted(mentions, key=lambda m: m.start)
    out = set()
    for verb, noun in zip(ordered, ordered[1:]):
        if (verb.pos != "VERB" or verb.tense != "PRESENT" or verb.text.lower() not in cues.expecting_now_verbs or noun.pos != "NOUN"
                or noun.sentence_start != verb.sentence_start):
            continue
        between = _WORD_RUN.findall(text, verb.end, noun.start)
        after = _WORD_RUN.search(text, noun.end, min(noun.sentence_end, noun.end + 40))
        if (len(between) <= _EXPECTED_REACH and not any(c in text[verb.end : noun.start] for c in ",;:")
                and after is not None and not text[noun.end : after.start()].strip() and after.group().lower() in cues.expected_object_markers):
            out.add(noun.eid)
    return frozenset(out)


def _infinitive_objects(doc: Doc, mentions: Sequence["EventMention"], past: Mapping[str, bool]) -> frozenset[str]:
    """(s63 lead) The event nouns an infinitive not told as past has for its object ("He is expected to sign a permanent
    deal in the summer", "plans to hold a referendum next year"): the noun comes about with the infinitive's act, so it is
    no past event either, whatever was told before its sentence."""
    text = doc.text
    ordered = sorted(mentions, key=lambda m: m.start)
    out = set()
    for verb, noun in zip(ordered, ordered[1:]):
        if (verb.tense != "INFINITIVE" or past.get(verb.eid, False) or noun.pos != "NOUN" or noun.sentence_start != verb.sentence_start):
            continue
        between = text[verb.end : noun.start]
        if len(_WORD_RUN.findall(between)) <= _EXPECTED_REACH and not any(c in between for c in ",;:.\"\u201c\u201d"):
            out.add(noun.eid)
    return frozenset(out)


_SUBJECT_REACH = 4  # words at most from the article to the noun, both counted ("a [large] fire", "an [overnight gas] explosion")


def _subject_nouns(doc: Doc, mentions: Sequence["EventMention"]) -> dict[str, str]:
    """(s56) Event noun -> the verb right after it, nothing but a space between, in the simple past, for a noun an article of
    lexicon ``subject_noun_articles`` (the indefinite) opens: the noun is the verb's subject, a happening told for the first
    time ("after a fire destroyed a warehouse on Wednesday night"), and happened when the verb did (not "The fire broke out
    in a kitchen", which may take up an earlier mention, nor "11,000 runners finished")."""
    articles = anchor_words(doc.language).subject_noun_articles
    if not articles:
        return {}
    ordered = sorted(mentions, key=lambda m: m.start)
    text = doc.text
    out: dict[str, str] = {}
    for noun, verb in zip(ordered, ordered[1:]):
        if (noun.pos != "NOUN" or verb.pos != "VERB" or verb.tense != "PAST" or verb.aspect != "NONE" or noun.sentence_start != verb.sentence_start
                or noun.end >= verb.start or text[noun.end : verb.start].strip()):
            continue
        words = text[max(noun.sentence_start, noun.start - 40) : noun.end].split()[-_SUBJECT_REACH:]
        opened = next((i for i in range(len(words) - 2, -1, -1) if words[i].lower() in articles), None)
        if opened is not None and all(w.replace("-", "").isalnum() for w in words[opened:]):
            out[noun.eid] = verb.eid
    return out


def _modal_subject_nouns(doc: Doc, mentions: Sequence["EventMention"]) -> dict[str, str]:
    """(s63 place) Event noun -> the verb right after it with a modal between (lexicon ``modal_subject_gap``: "The council
    said on Monday that the vote would follow the following evening", "the hearing will be held on Friday"), in one
    sentence: the noun is the verb's subject, at the verb's time when a time of its own dates it (see the pipeline)."""
    gap = anchor_words(doc.language).modal_subject_gap
    ordered = sorted(mentions, key=lambda m: m.start)
    return {noun.eid: verb.eid for noun, verb in zip(ordered, ordered[1:])
            if noun.pos == "NOUN" and verb.pos == "VERB" and noun.sentence_start == verb.sentence_start
            and gap.fullmatch(doc.text, noun.end, verb.start) is not None}


def _trailing_relatives(mentions: Sequence["EventMention"], relative: frozenset[str], text: str = "",
                        complementizers: frozenset[str] = frozenset()) -> frozenset[str]:
    """The verbs of a relative clause told after their sentence's main verb ("A neighbour called the police, who found the
    tools the next day"; ``relative``: the verbs right after a relative pronoun): the clause's time is the finding's, and
    dates nothing told before it, so the calling goes on with the time of the sentence before. Not inside a clause a
    complementizer opens after the main verb ("Forecasters warned that the gale, which began on Saturday, would ...": what
    was warned of, whose time the sentence keeps)."""
    main: dict[int, tuple[int, int]] = {}
    for m in mentions:
        if m.pos == "VERB" and m.eid not in relative and (m.sentence_start not in main or m.start < main[m.sentence_start][0]):
            main[m.sentence_start] = (m.start, m.end)
    return frozenset(m.eid for m in mentions if m.eid in relative and m.sentence_start in main and main[m.sentence_start][0] < m.start
                     and not complementizers.intersection(w.lower() for w in _LETTERS.findall(text, main[m.sentence_start][1], m.start)))


def _lengthened(links: Sequence[Link]) -> frozenset[str]:
    """Events the text gives a length or a start of their own ("has worked there for 20 years", "has been closed since
    Monday"): a perfect that reaches back over them, not a new act."""
    return frozenset(link.source for link in links if link.relation in _LENGTH_OR_START)


_STRETCH_REACH = 6  # words at most between "since" and the verb of its clause ("since heavy rain began")


def _stretch_starts(doc: Doc, mentions: Sequence["EventMention"]) -> frozenset[str]:
    """The verbs of a clause that starts a stretch running up to now ("Floods have forced 12,000 people from their homes
    since heavy rain began on Sunday", lexicon ``stretch_openers``): the first verb after the opener in its sentence, no
    comma between, within :data:`_STRETCH_REACH` words. Its time is where the stretch begins, not a scene the story goes
    on with: like a flashback's, only another flashback continues it."""
    cues = anchor_words(doc.language)
    if not cues.stretch_openers:
        return frozenset()
    verbs = sorted((m for m in mentions if m.pos == "VERB"), key=lambda m: m.start)
    starts = [m.start for m in verbs]
    out = set()
    for w in runs_in(_WORD_RUN, doc.text, cues.stretch_openers):  # (s58) the openers of the text, in order
        k = bisect.bisect_left(starts, w.end())
        if k == len(verbs) or verbs[k].sentence_start != doc.sentence_at(w.start())[0]:
            continue
        between = doc.text[w.end() : verbs[k].start]
        words = _WORD_RUN.findall(between)
        if "," in between or len(words) > _STRETCH_REACH or between.lstrip()[:1].isdigit() or any(x.lower() in cues.event_signals for x in words):
            continue  # (not "since 1998 after beating City": a time, then a clause of another signal)
        out.add(verbs[k].eid)
    return frozenset(out)


_STRETCH_NOUN_REACH = 3  # words at most between "since" and the event noun it opens ("since the January storm")


def _stretch_nouns(doc: Doc, mentions: Sequence["EventMention"]) -> frozenset[str]:
    """(s60 place) The event nouns a stretch running up to now starts at ("A road closed since the storm will reopen next
    week", lexicon ``stretch_openers``): the first event after the opener in its sentence, a noun, no comma between, within
    :data:`_STRETCH_NOUN_REACH` words. It happened before the story's now, not in a time its sentence tells ahead."""
    cues = anchor_words(doc.language)
    if not cues.stretch_openers:
        return frozenset()
    ordered = sorted(mentions, key=lambda m: m.start)
    starts = [m.start for m in ordered]
    out = set()
    for w in runs_in(_WORD_RUN, doc.text, cues.stretch_openers):
        k = bisect.bisect_left(starts, w.end())
        if k == len(ordered) or ordered[k].pos == "VERB" or ordered[k].sentence_start != doc.sentence_at(w.start())[0]:
            continue
        between = doc.text[w.end() : ordered[k].start]
        if "," in between or len(_WORD_RUN.findall(between)) > _STRETCH_NOUN_REACH or between.lstrip()[:1].isdigit():
            continue
        out.add(ordered[k].eid)
    return frozenset(out)


def _told_after_clauses(doc: Doc, mentions: Sequence["EventMention"], lends: Mapping[str, str]) -> frozenset[str]:
    """Events in a clause that a signal of what came earlier ("after", "since"; lexicon ``[event_signals]`` mapped to
    "after") opens after a verb of their sentence that a time dates ("searched the house on Monday after a neighbour
    reported seeing a van there the night before"): told back from the main clause's time, which is the one the
    story goes on with, not the earlier clause's."""
    cues = anchor_words(doc.language)
    back_signals = frozenset(w for w, rel in cues.event_signals.items() if rel == "after")
    out: set[str] = set()
    by_sentence: dict[int, list["EventMention"]] = {}
    for m in mentions:
        by_sentence.setdefault(m.sentence_start, []).append(m)
    for ms in by_sentence.values():
        ms.sort(key=lambda m: m.start)
        main = next((m for m in ms if m.pos == "VERB" and m.eid in lends), None)
        if main is None:
            continue
        later = [m for m in ms if m.start > main.end]
        if not later:
            continue
        opened = next((w.start() for w in _WORD_RUN.finditer(doc.text, main.end, later[-1].start) if w.group().lower() in back_signals), None)
        if opened is not None:
            # (not past the main verb still to come after a relative clause on the subject: "A man who was arrested on Friday
            # after a break-in appeared in court on Monday")
            subject_verb = pending_main_verb(doc.text, ms, main, doc.sentence_at(main.start), doc.language)
            out.update(m.eid for m in later if m.start > opened and (subject_verb is None or m.start < subject_verb.start))
    return frozenset(out)


def _coordinated_passives(doc: Doc, mentions: Sequence["EventMention"], lends: Mapping[str, str], carried: frozenset[str],
                          real: Mapping[str, bool]) -> dict[str, str]:
    """Event -> the time it goes on in: a verb told in the simple past passive ("was turned down") in a clause a comma and a
    coordinator of lexicon ``passive_clause_coordinators`` open, right after a verb (no other verb between) whose own time
    (``lends``) is one of ``carried`` (a part of a day to a month; no clock time): "Brenton approached the Ferris board in June, but its offer was
    turned down" was turned down in June, not at publication (no time of its own, no report on either side)."""
    cues = anchor_words(doc.language)
    if not cues.passive_clause_coordinators or not cues.passive_be:
        return {}
    out: dict[str, str] = {}
    last: "EventMention | None" = None  # the last verb of the sentence so far
    for m in sorted(mentions, key=lambda m: m.start):
        if last is not None and last.sentence_start != m.sentence_start:
            last = None
        if m.pos != "VERB":
            continue
        if (last is not None and m.tense == "PAST" and m.aspect == "NONE" and m.cls != "REPORTING" and last.cls != "REPORTING"
                and m.eid not in lends and real.get(m.eid, False) and lends.get(last.eid) in carried):
            between = doc.text[last.end : m.start].lower()
            comma = between.rfind(",")
            opening = _LETTERS.findall(between, comma + 1) if comma >= 0 and ";" not in between else []
            if len(opening) >= 2 and opening[0] in cues.passive_clause_coordinators and opening[-1] in cues.passive_be:
                out[m.eid] = lends[last.eid]
        last = m
    return out


def _after_lasting(links: Sequence[Link], continued: Mapping[str, str], sentence_of: Mapping[str, int],
                   time_lengths: Mapping[str, dt.timedelta]) -> frozenset[str]:
    """(s54) The events a signal orders after an event of their own sentence (or one told as simultaneous with it) that goes
    on with the same discourse time and lasts longer than that time ("Searchers spent two days combing the slopes before a
    helicopter crew spotted his jacket": the spotting is two days on, not in the alarm's Tuesday): each begins no earlier
    than that time, and where, the order says (see :func:`timeline.placement.facts.convention_facts`)."""
    lengths = {link.source: link.offset_min for link in links if link.relation is LinkRelation.LASTS and link.offset_min is not None}
    partners: dict[str, set[str]] = {}
    for link in links:
        if link.relation is LinkRelation.SIMULTANEOUS:
            partners.setdefault(link.source, set()).add(link.target)
            partners.setdefault(link.target, set()).add(link.source)
    out = set()
    for link in links:
        if link.relation is LinkRelation.BEFORE:
            first, then = link.source, link.target
        elif link.relation is LinkRelation.AFTER:
            first, then = link.target, link.source
        else:
            continue
        t = continued.get(then)
        if t is None or t not in time_lengths or sentence_of.get(first) != sentence_of.get(then):
            continue
        if any(continued.get(e) == t and e in lengths and lengths[e] > time_lengths[t] for e in {first} | partners.get(first, set())):
            out.add(then)
    return frozenset(out)

def _closing_anaphors(doc: Doc, mentions: Sequence["EventMention"], lends: Mapping[str, str], real: Mapping[str, bool]) -> dict[str, str]:
    """Event -> the time it took place in: a verb told in the past with no time of its own whose clause an anaphoric time
    closes (:func:`~timeline.anchoring.cues.closing_anaphor`; lexicon ``closing_time_anaphors``: "then", "at the time") took place in the time of the
    last event before it that has a time of its own (``lends``), in its sentence or the sentence before: "The Grays moved to
    Farley in 1978. They bought the mill then and sold it to the county in 2003": the buying in 1978, not in the selling's
    year."""
    cues = anchor_words(doc.language)
    if not cues.closing_time_anaphors:
        return {}
    ordered = sorted(mentions, key=lambda m: m.start)
    verbs = [m for m in ordered if m.pos == "VERB"]
    next_verb = {a.eid: b.start for a, b in zip(verbs, verbs[1:]) if a.sentence_start == b.sentence_start}
    out: dict[str, str] = {}
    last: "EventMention | None" = None  # the last event so far with a time of its own
    sentence, previous = -1, -1  # the sentence (its start) of the event at hand and the one before it
    for m in ordered:
        if m.sentence_start != sentence:
            sentence, previous = m.sentence_start, sentence
        if (last is not None and last.sentence_start in (sentence, previous) and m.pos == "VERB" and m.tense == "PAST"
                and m.eid not in lends and real.get(m.eid, False)
                and closing_anaphor(cues, doc.text, m.end, next_verb.get(m.eid, m.sentence_end))):
            out[m.eid] = lends[last.eid]
        if m.eid in lends:
            last = m
    return out


def _subject_taken_up(doc: Doc, mentions: Sequence["EventMention"], timed: Mapping[str, str]) -> dict[str, str]:
    """(s60 place) Past verbs with no time of their own whose subject, opening their sentence, is a definite noun (an article
    of lexicon ``taken_up_articles`` and the noun) naming a happening an earlier sentence told with a time of its own ("The
    road has been closed since the storm in January. The storm washed away part of the sea wall."): what that happening
    did, at its time. Verb -> the happening's time."""
    cues = anchor_words(doc.language)
    if not cues.taken_up_articles:
        return {}
    dated: dict[str, tuple[int, str]] = {}  # noun -> (where its last dated mention starts, its time)
    out: dict[str, str] = {}
    for m in sorted(mentions, key=lambda m: m.start):
        if m.pos == "VERB" and m.tense == "PAST" and m.aspect == "NONE" and m.eid not in timed:
            words = doc.text[m.sentence_start : m.start].split()
            if len(words) == 2 and words[0].lower() in cues.taken_up_articles:
                found = dated.get(words[1].lower())
                if found is not None and found[0] < m.sentence_start:
                    out[m.eid] = found[1]
        if m.pos == "NOUN" and m.eid in timed:
            dated[m.text.lower()] = (m.start, timed[m.eid])
    return out


def _outcome_nouns(doc: Doc, mentions: Sequence["EventMention"], timed: Mapping[str, str], real: Mapping[str, bool]) -> dict[str, str]:
    """(s64 place) Nouns of an outcome (lexicon ``outcome_nouns``: "result", "outcome") right after an article of
    ``taken_up_articles``, with no time of their own, told after a real contest or decision (a word of ``contests`` or
    ``decision_verbs``) with a time of its own: the outcome of the last such one, at its time ("Teachers voted on Thursday
    to strike in January. After the result, the union leader urged ministers to reopen talks": the result on Thursday,
    and the urging after it; was the publication day). Noun -> that time."""
    cues = anchor_words(doc.language)
    if not cues.outcome_nouns or not cues.taken_up_articles:
        return {}
    out: dict[str, str] = {}
    last: Optional[str] = None  # the time of the last real contest or decision told with a time of its own
    for m in sorted(mentions, key=lambda m: m.start):
        said = m.text.lower()
        if m.eid in timed and real.get(m.eid, False) and (said in cues.contests or said in cues.decision_verbs):
            last = timed[m.eid]
        elif last is not None and m.pos == "NOUN" and said in cues.outcome_nouns and m.eid not in timed:
            before = doc.text[max(m.sentence_start, m.start - 24) : m.start].split()
            if before and before[-1].lower() in cues.taken_up_articles:
                out[m.eid] = last
    return out


def _opening_subject_nouns(doc: Doc, mentions: Sequence["EventMention"]) -> dict[str, str]:
    """(s61 place) Event noun -> the simple-past verb it is the subject of, for a noun that opens its sentence after an
    article of lexicon ``opening_subject_articles`` (up to :data:`_SUBJECT_REACH` words from the article to the noun, as
    "an overnight gas explosion"), with nothing but at most one adverb of ``subject_adverbs`` between it and the verb ("A
    freight train derailed on Monday morning. The accident blocked both lines"; "The roof collapsed on Friday. An inspection
    afterwards found rotten timbers"), or a bare plural (an ending of ``bare_plural_endings``) opening it with no article
    ("Hailstones smashed greenhouses on Saturday. Drone sightings shut the airport"): the happening the verb tells of, at
    the verb's time, own or carried, not at the publication day. Not a verb that tells only the noun's start, end or length
    (lexicon [aspectual], ``onset_verbs``, ``lasting_verbs``: "The planning hearing began at 10 a.m."; an end verb with a
    determiner after it is transitive: "The accident closed the road")."""
    cues = anchor_words(doc.language)
    if not cues.opening_subject_articles:
        return {}
    ordered = sorted(mentions, key=lambda m: m.start)
    text = doc.text
    out: dict[str, str] = {}
    for noun, verb in zip(ordered, ordered[1:]):
        if (noun.pos != "NOUN" or verb.pos != "VERB" or verb.tense != "PAST" or verb.aspect != "NONE"
                or noun.sentence_start != verb.sentence_start or noun.end >= verb.start):
            continue
        between = text[noun.end : verb.start].split()
        if len(between) > 1 or (between and between[0].lower() not in cues.subject_adverbs):
            continue
        said = verb.text.lower()
        after = text[verb.end : verb.end + 16].split()[:1]
        if (said in cues.begin_verbs or said in cues.onset_verbs or said in cues.lasting_verbs
                or (said in cues.end_verbs and not (after and after[0].lower() in cues.determiners))):
            continue  # "The planning hearing began at 10 a.m.": only the noun's start or end (not "The accident closed the road")
        words = text[noun.sentence_start : noun.end].split()
        opened = (1 < len(words) <= _SUBJECT_REACH and words[0].lower() in cues.opening_subject_articles) or (
            len(words) < _SUBJECT_REACH and words[0].lower() not in cues.opening_subject_articles
            and any(noun.text.lower().endswith(e) for e in cues.bare_plural_endings))  # "Drone sightings shut the airport"
        if opened and all(w.replace("-", "").isalnum() for w in words):
            out[noun.eid] = verb.eid
    return out
