"""Event to publication time, from tense and aspect."""

from __future__ import annotations

from typing import Iterable, Sequence


from ..order.links import LinkRelation, Strength
from ..text import Doc

from .cues import AnchorWords, EventLike, Link, REFERENCE, _LAST_TOKEN, _tokens_between
from .clauses import _subject_of


def _ahead_of_report(verb: EventLike) -> bool:
    """ "would be completed", "could follow", "will resume": a verb a modal or "will" puts after the
    report that tells it (not a perfect, "could have started", which looks back)."""
    return (verb.pos == "VERB" and (getattr(verb, "modality", None) is not None or verb.tense == "FUTURE")
            and verb.aspect not in ("PERFECTIVE", "PERFECTIVE_PROGRESSIVE"))


def _scheduled_infinitive(cues: AnchorWords, text: str, ev: EventLike) -> bool:
    """(s60) Whether a verb not in the past is the infinitive after "is"/"are" (``arranged_be``), one word of
    ``scheduled_ahead_words`` and "to", maybe with one adverb after the verb be ("Work is now expected to [start]", "The
    plant is due to [close]"): told as lying ahead of publication."""
    if ev.pos != "VERB" or ev.tense in ("PAST", "FUTURE", "PASTPART") or not cues.scheduled_ahead_words:
        return False
    words = _tokens_between(text, max(0, ev.start - 48), ev.start)[-4:]
    if len(words) < 3 or words[-1] != "to" or words[-2] not in cues.scheduled_ahead_words:
        return False
    return words[-3] in cues.arranged_be or (len(words) == 4 and words[-4] in cues.arranged_be and words[-3] in cues.scheduled_ahead_adverbs)


def _reduced_clause(text: str, start: int) -> bool:
    """Whether the word right before ``start`` opens a clause of a bare participle ("Once [launched]", "If [convicted]")."""
    from ..events.detect import REDUCED_CLAUSE_OPENERS

    before = text[max(0, start - 16) : start].split()
    return bool(before) and before[-1].lower() in REDUCED_CLAUSE_OPENERS


def _reference_links(cues: AnchorWords, doc: Doc, events: Sequence[EventLike], lasting: frozenset[str], supposed: frozenset[str],
                     delayed: frozenset[str] = frozenset(), appointed: frozenset[str] = frozenset(),
                     holding: frozenset[str] = frozenset()) -> Iterable[Link]:
    """Publication time from tense and aspect: past ends before it, future starts after it.
    An event noun takes the tense of its clause ("the attacks" in a past-tense sentence).
    ``lasting``: the events the text says last until a time; in the present perfect ("have
    been barred until 2028") they hold now, so their tense does not end them before it.
    ``supposed``: hypothetical events, whose tense says nothing of when they happen; ``delayed``:
    negated events that happen at a time ("did not reopen until Monday"), whose tense counts;
    ``appointed``: nouns a date is set for ("called a strike for next Tuesday"), which the
    clause's past tense does not put in the past; ``holding``: states the present perfect tells up to now ("has been closed
    since Thursday", :func:`perfect_states_since`), which overlap the publication time."""
    from ..resolve.tense import clause_tense  # the resolver package loads on first use

    for k, ev in enumerate(events):
        if ev.polarity != "NEG" and _scheduled_infinitive(cues, doc.text, ev) and ev.text.lower() not in cues.continuing_verbs:
            # (s60) "Work is expected to start in the autumn": if it happens, after publication (a plan's verb, supposed or not)
            yield Link(ev.eid, "after_ref", REFERENCE, f"{ev.text} (scheduled ahead)", Strength.TENSE)
            continue
        if (ev.polarity == "NEG" and ev.eid not in delayed) or ev.eid in supposed:  # "once the inquiry has begun", "called for an inquiry": a time to come
            continue
        tense, aspect = ev.tense, ev.aspect
        if ev.pos != "VERB" and tense == "NONE":
            if k + 1 < len(events) and events[k + 1].eid in supposed and events[k + 1].pos == "VERB" and _subject_of(doc.text, ev, events[k + 1]):
                continue  # the subject of a supposed verb ("once the inquiry has begun") takes its time
            if k + 1 < len(events) and _ahead_of_report(events[k + 1]) and _subject_of(doc.text, ev, events[k + 1]):
                continue  # "said repairs would be completed within a month", "strikes could follow": the subject of a modal is still to come
            if (k + 1 < len(events) and events[k + 1].pos == "VERB" and events[k + 1].text.lower() in cues.begin_verbs
                    and (_subject_of(doc.text, ev, events[k + 1]) or cues.subject_phrase_gap.fullmatch(doc.text, ev.end, events[k + 1].start))):
                continue  # "the trial began on Monday": begun in the past, not over
            if (k > 0 and events[k - 1].pos == "VERB" and events[k - 1].tense not in ("PAST", "PASTPART") and events[k - 1].aspect != "PERFECTIVE"
                    and _subject_of(doc.text, events[k - 1], ev)):
                continue  # the object of a verb not in the past ("voted to dissolve parliament and hold a snap election on Jan. 17") is not in the past clause's time
            if ev.eid in appointed:
                continue
            gap = doc.text[events[k - 1].end : ev.start] if k > 0 else ""
            if (k > 0 and events[k - 1].pos == "VERB" and events[k - 1].text.lower() in cues.begin_verbs
                    and len(gap.split()) <= 3 and not any(c in gap for c in ",;:()")):
                continue  # "began a 48-hour strike at 4 a.m.": begun in the past, not over
            clause, _ = clause_tense(doc, ev.start, ev.end)
            if clause == "past":
                yield Link(ev.eid, "before_ref", REFERENCE, f"{ev.text} (in a past-tense clause)", Strength.TENSE)
            continue
        if tense == "PRESENT" and aspect == "PERFECTIVE" and ev.eid in holding:
            yield Link(ev.eid, "overlaps_ref", REFERENCE, f"{ev.text} (a state told up to now)", Strength.TENSE)
            continue
        if tense == "PRESENT" and aspect == "PERFECTIVE" and ev.eid in lasting:
            continue
        if k > 0 and events[k - 1].text.lower() in cues.state_verbs and not doc.text[events[k - 1].end : ev.start].strip():
            continue  # "will stay closed": the state verb's tense is the one that counts
        if tense == "PASTPART" and ev.pos == "VERB" and _reduced_clause(doc.text, ev.start):
            continue  # "Once launched, the lander will take five days", "If convicted, he faces": the main clause's time
        if tense == "PAST" or aspect in ("PERFECTIVE",) or (tense in ("PASTPART",) and ev.pos == "VERB"):
            yield Link(ev.eid, "before_ref", REFERENCE, f"{ev.text} (past tense)", Strength.TENSE)
        elif tense == "FUTURE" and ev.text.lower() not in cues.continuing_verbs:  # "will remain until ...": may hold already
            yield Link(ev.eid, "after_ref", REFERENCE, f"{ev.text} (future)", Strength.TENSE)

        elif tense == "PRESENT" and aspect == "PROGRESSIVE":
            yield Link(ev.eid, "overlaps_ref", REFERENCE, f"{ev.text} (present progressive)", Strength.TENSE)
        elif tense == "PRESENT" and aspect == "PERFECTIVE_PROGRESSIVE" and ev.eid in holding:
            # (s57) "has been treating patients in tents since the roof collapsed": begun then, still going on
            yield Link(ev.eid, "overlaps_ref", REFERENCE, f"{ev.text} (a present perfect progressive told up to now)", Strength.TENSE)


def perfect_states_since(cues: AnchorWords, text: str, events: Sequence[EventLike], links: Sequence[Link]) -> frozenset[str]:
    """(s54) The states the present perfect tells from a time up to now, which hold still: a passive participle ("A ward has
    been closed since Thursday", lexicon ``passive_be`` right before it) or a verb of ``state_verbs`` ("has remained shut
    since") with a ``since`` link; their tense does not end them before publication (an event, "Prices have risen since
    Thursday", keeps that end). (s57) So does an activity in the present perfect progressive with a ``since`` link or a
    "since" signal before an event ("has been treating patients in tents since the roof collapsed")."""
    since = frozenset(link.source for link in links if link.relation is LinkRelation.SINCE)
    by_id = {ev.eid: ev for ev in events}
    since_event = set()  # (s57) "has been treating patients since the roof collapsed": a since-signal before an event
    for link in links:
        if link.relation is LinkRelation.AFTER and link.source in by_id and link.target in by_id:
            a, b = by_id[link.source], by_id[link.target]
            if (a.aspect == "PERFECTIVE_PROGRESSIVE" and a.end <= b.start
                    and any(cues.signals.get(w) == "since" for w in _tokens_between(text, a.end, b.start))):
                since_event.add(a.eid)
    out = set()
    for ev in events:
        if (ev.eid in since or ev.eid in since_event) and ev.tense == "PRESENT" and ev.aspect == "PERFECTIVE_PROGRESSIVE":
            out.add(ev.eid)  # (s57) "has been treating patients since ...": an activity told up to now
            continue
        if ev.eid not in since or ev.tense != "PRESENT" or ev.aspect != "PERFECTIVE":
            continue
        before = _LAST_TOKEN.search(text, max(0, ev.start - 24), ev.start)
        if ev.text.lower() in cues.state_verbs or (before is not None and before.group(1).lower() in cues.passive_be):
            out.add(ev.eid)
    return frozenset(out)
