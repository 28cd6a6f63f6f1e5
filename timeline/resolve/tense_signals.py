"""Signal words before or after an expression that fix its direction: comparisons, "since", appointments, directives,
forewarnings, decreed starts."""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, Iterable, Optional

from ..text import Doc
from .tense_cues import _TOKEN, _TOKEN_OR_NUMBER, _cue, _may_hold, _may_hold_grouped, phrase_groups, tense_words
from .tense_verbs import _after_noun_opener, clock_lead

if TYPE_CHECKING:
    from .tense_cues import PhraseGroups, TenseWords

__all__ = ["period_begun_after", "for_weekday", "perfect_in_clause", "scheduled_in_clause", "perfect_since", "after_summons", "after_prior_gerund", "after_directive", "directive_in_force", "after_occasion", "after_past_signal", "before_future_signal", "before_preceding_signal", "after_appointment"]

def after_comparison(text: str, start: int, language: str = "en") -> bool:
    """Whether a comparison word stands right before ``start`` ("up from a year ago"), maybe past an amount ("to 6.12
    percent from 6.08 percent late Wednesday")."""
    cues = tense_words(language)
    words = cues.comparison
    if not _may_hold(text, max(0, start - 36), start, words):
        return False
    before = _TOKEN_OR_NUMBER.findall(text, max(0, start - 36), start)
    k = len(before) - 1
    while k >= 0 and before[k].lower() in cues.amount_words:
        k -= 1
    if k < len(before) - 1 or (k >= 0 and before[k][:1].isdigit()):
        k -= 1 if k >= 0 and before[k][:1].isdigit() else 0  # the amount's number ("from [6.08] percent")
    return k >= 0 and before[k].lower() in words


_SINCE_PERFECT_REACH = 12  # words back from "since" to the perfect auxiliary of its clause ("have [risen 18 per cent] since");
# (written 10 here once, but a later _PERFECT_REACH of 12 shadowed it: 12 is what has been in force)


def cue_in_clause(words: Iterable[str], cues_sought: frozenset[str], boundaries: frozenset[str]) -> bool:
    """Whether a word of ``cues_sought`` comes in ``words`` (read in the order given, nearest first) before a clause
    boundary: the one scan behind "since ... in a present perfect" and "until ... after a deferring verb"."""
    for w in words:
        lw = w.lower()
        if lw in boundaries:
            return False
        if lw in cues_sought:
            return True
    return False


def perfect_since(doc: Doc, start: int) -> bool:
    """Whether the time comes after "since" in a clause in the present perfect ("Shares have risen 18 per cent since the
    start of the year"): a span that runs up to now, so its start is counted from now, not from a year the story told."""
    cues = tense_words(doc.language)
    if not cues.perfect or not after_past_signal(doc.text, start, doc.language):
        return False
    s, _ = doc.sentence_at(start)
    before = _TOKEN.findall(doc.text, max(s, start - 120), start)
    k = max(i for i, w in enumerate(before) if w.lower() in cues.past_signals)
    return cue_in_clause(reversed(before[max(0, k - _SINCE_PERFECT_REACH):k]), cues.perfect, cues.boundaries)


def reported_perfect_since(doc: Doc, start: int, told_at: Optional[int] = None) -> bool:
    """(s54) Whether the time comes after "since" in a past perfect clause a reporting verb tells ("He said costs had
    fallen since the start of the year"): the present perfect of what was said, a span up to the saying; with no time of
    the saying's own in the sentence, up to now.  ``told_at``: where a time told before it in its sentence starts, which
    must then lie in a relative clause set off by commas ("Drury, who has led the airline since 2027, said ..."), not date
    the saying ("In 2027 Drury said ...")."""
    cues = tense_words(doc.language)
    if not cues.past_perfect or not after_past_signal(doc.text, start, doc.language):
        return False
    s, _ = doc.sentence_at(start)
    if told_at is not None:
        opened = doc.text.rfind(",", s, told_at)
        words = _TOKEN.findall(doc.text, opened + 1, told_at) if opened >= 0 else []
        if not (words and words[0].lower() in cues.relatives and "," in doc.text[told_at:start]):
            return False
    before = _TOKEN.findall(doc.text, max(s, start - 160), start)
    k = max(i for i, w in enumerate(before) if w.lower() in cues.past_signals)
    clause = before[max(0, k - _SINCE_PERFECT_REACH):k]
    if not cue_in_clause(reversed(clause), cues.past_perfect, cues.boundaries):
        return False
    at = max(i for i, w in enumerate(clause) if w.lower() in cues.past_perfect)  # the "had" nearest "since"
    told = before[: max(0, k - _SINCE_PERFECT_REACH) + at]
    return any(w.lower() in cues.reporting for w in told[-_REPORTED_SUBJECT_REACH:])


_REPORTED_SUBJECT_REACH = 6  # words back from a reported clause's "had" to the reporting verb ("said [fuel costs] had")


_COMPARED_REACH = 4  # words between "than" and the time it compares with ("than [at their meeting in] October")


def after_known_comparison(text: str, start: int, language: str = "en") -> bool:
    """Whether ``start`` is a few words after "than", none of them a cue or clause boundary, and "than" is
    not after "later"/"sooner" ("will be higher than in March": what it is compared with, known already)."""
    cues = tense_words(language)
    if not cues.known_comparison or not _may_hold(text, max(0, start - 60), start, cues.known_comparison):
        return False
    before = _TOKEN.findall(text, max(0, start - 60), start)
    for k in range(len(before) - 1, max(-1, len(before) - _COMPARED_REACH - 2), -1):
        lw = before[k].lower()
        if lw in cues.known_comparison:
            return k > 0 and before[k - 1].lower() not in cues.open_comparison
        if lw in cues.boundaries or _cue(before[k], cues) is not None:
            return False
    return False


_MEASURE_REACH = 8  # words at most between "premium" and the time of the price it is measured against ("premium [to Kestrel 's closing price on] Friday")


_POSSESSED_VALUE = re.compile(r"['’]s\s+(\w+)(?:\s+(\w+))?")


def after_known_measure(text: str, start: int, end: int, language: str = "en") -> bool:
    """Whether ``start`` is a few words after a measured value ("price", "close") that follows a measure ("premium",
    "discount"), none of the words between a cue or clause boundary ("a 30 percent premium to its closing price on
    Friday": the price measured against, known already); or the time owns that value right after it ("a premium over
    Thursday's closing price")."""
    cues = tense_words(language)
    if not cues.known_measures or not _may_hold(text, max(0, start - 80), start, cues.known_measures):
        return False
    before = _TOKEN.findall(text, max(0, start - 80), start)
    owned = _POSSESSED_VALUE.match(text, end, end + 40)
    valued = owned is not None and not {w.lower() for w in owned.groups() if w}.isdisjoint(cues.measured_values)
    for k in range(len(before) - 1, max(-1, len(before) - _MEASURE_REACH - 2), -1):
        lw = before[k].lower()
        if lw in cues.known_measures:
            return valued
        if lw in cues.measured_values:
            valued = True
        elif lw in cues.boundaries or _cue(before[k], cues) is not None:
            return False
    return False


_COMPARED_AMOUNT_REACH = 3  # words at most between a compared amount's number and its time's link word ("$29.75 [a share] in")
_COMPARED_FROM_REACH = 3  # words at most between "from" and the amount's number ("from [a low of] $29.75")


def after_compared_amount(doc: Doc, start: int) -> bool:
    """Whether the time dates the amount a change started from, written after "from" ("rose to $42 in June from $29.75 a
    share in March", "fell to 4.1 percent from 4.5 percent in May"): a value already measured, so behind."""
    cues = tense_words(doc.language)
    if not cues.compared_from or not _may_hold(doc.text, max(0, start - 60), start, cues.compared_from):
        return False
    before = _TOKEN_OR_NUMBER.findall(doc.text, max(doc.sentence_at(start)[0], start - 60), start)
    if not before or before[-1].lower() not in cues.compared_links:
        return False
    for j in range(len(before) - 2, max(-1, len(before) - 3 - _COMPARED_AMOUNT_REACH), -1):
        if before[j][:1].isdigit():
            if before[j + 1].lower() in cues.clock_words:
                return False  # "a warning for snow from 6 p.m. on Thursday": a clock time the span starts at, no amount
            for w in reversed(before[max(0, j - 1 - _COMPARED_FROM_REACH) : j]):
                lw = w.lower()
                if lw in cues.compared_from:
                    return True
                if lw in cues.boundaries or _cue(w, cues) is not None:
                    return False
            return False
        if before[j].lower() in cues.boundaries or _cue(before[j], cues) is not None:
            return False
    return False


def after_past_signal(text: str, start: int, language: str = "en") -> bool:
    """Whether a signal like "since" comes right before ``start`` (its time is past), maybe
    through a few fillers ("since shortly after the Oct. 23 attack")."""
    cues = tense_words(language)
    if not _may_hold(text, max(0, start - 40), start, cues.past_signals):
        return False  # the usual case, checked without tokenising
    return _signal_through_fillers(_TOKEN.findall(text, max(0, start - 40), start)[-5:], cues.past_signals, cues)


def _signal_through_fillers(words: list[str], signals: frozenset[str], cues: TenseWords) -> bool:
    """Whether one of ``signals`` ends ``words``, maybe with ``signal_fillers`` after it ("since shortly after", "by the
    end of")."""
    for w in reversed(words):
        lw = w.lower()
        if lw in signals:
            return True
        if lw not in cues.signal_fillers:
            return False
    return False


_PHRASE_TOKEN = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*|[^\w\s]")  # words, numbers and marks: each ends a signal's phrase


def after_past_phrase(doc: Doc, start: int) -> bool:
    """Whether a past signal's short phrase and its link word come right before ``start`` in its sentence ("has risen 31
    percent since its low in March"): which way the time lies, as after the signal itself (the phrase's time is no look-back
    of the story: only the way is said)."""
    cues = tense_words(doc.language)
    begin = max(doc.sentence_at(start)[0], start - 60)
    if not _may_hold(doc.text, begin, start, cues.past_signals):
        return False
    return _past_phrase(_PHRASE_TOKEN.findall(doc.text, begin, start), cues)


_PAST_PHRASE = 4  # words at most between a past signal and the link word before the time ("since [its record] low in")


def _past_phrase(before: list[str], cues: TenseWords) -> bool:
    """Whether the words before a time end in a past signal's short phrase and its link word ("has risen 31 percent since its
    low in March", "since the attack on Sunday"): no verb or boundary between, so the time is the phrase's, past."""
    if not before or before[-1].lower() not in cues.past_links:
        return False
    for w in reversed(before[-2 - _PAST_PHRASE : -1]):
        lw = w.lower()
        if lw in cues.past_signals:
            return True
        if not w.isalpha() or lw in cues.boundaries or lw in cues.past_links or _cue(w, cues) is not None:
            return False  # (a number or a mark ends it: "Relations since 1950 [heading] In 1958" is no phrase)
    return False


def before_future_signal(text: str, start: int, language: str = "en") -> bool:
    """Whether a signal like "ahead of" comes right before ``start`` ("ahead of the weekend",
    "ahead of Sunday's vote"): its time lies after the clause's own."""
    cues = tense_words(language)
    if not _may_hold_grouped(text, max(0, start - 40), start, _future_signal_words(language)):
        return False  # each word of a signal that ends the words before it is a piece of the window
    before = " ".join(w.lower() for w in _TOKEN.findall(text, max(0, start - 40), start) if w.lower() not in cues.signal_fillers)
    if before.rsplit(" ", 1)[-1] not in _future_signal_ends(language):
        return False  # quick test (most times): words ending in a signal end in its last word (the piece after the last space)
    return any(before.endswith(signal) and (len(before) == len(signal) or before[-len(signal) - 1] == " ") for signal in _future_signals(language))


@functools.lru_cache(maxsize=None)
def _future_signals(language: str) -> tuple[str, ...]:
    """The future signals of ``language`` as :func:`before_future_signal` compares them (fillers left out), worked out once."""
    cues = tense_words(language)
    return tuple(" ".join(w for w in re.split(r"[\s-]+", signal) if w not in cues.signal_fillers) for signal in sorted(cues.future_signals))


@functools.lru_cache(maxsize=None)
def _future_signal_ends(language: str) -> frozenset[str]:
    """The last piece (after the last space) of each of :func:`_future_signals`: words joined by spaces that end in a
    signal, at its start or after a space, end in that piece too."""
    return frozenset(signal.rsplit(" ", 1)[-1] for signal in _future_signals(language))


@functools.lru_cache(maxsize=None)
def _future_signal_words(language: str) -> "PhraseGroups":
    """The words of each of :func:`_future_signals`, grouped by first word (:func:`phrase_groups`), for the quick test before tokenising."""
    return phrase_groups(tuple(signal.split()) for signal in _future_signals(language))


_APPOINTED_REACH = 5  # words between the noun and "for" ("a rally [outside the plant] for Friday")


def after_appointment(text: str, start: int, language: str = "en") -> bool:
    """Whether ``start`` comes right after "for" that follows a noun of something set for a time
    ("called a rally outside the plant for Friday"), or right after a date noun and its link ("a start date in
    November"): the time set for it, ahead of the clause's own."""
    cues = tense_words(language)
    if cues.date_nouns and _may_hold(text, max(0, start - 20), start, cues.date_nouns):
        near = [w.lower() for w in _TOKEN.findall(text, max(0, start - 20), start)[-2:]]
        if len(near) == 2 and near[0] in cues.date_nouns and near[1] in cues.date_links:
            return True  # "asked for a start date in November": a date set
    if not cues.appointment or not _may_hold(text, max(0, start - 60), start, cues.appointment):
        return False
    raw = _TOKEN.findall(text, max(0, start - 60), start)
    words = [w.lower() for w in raw]
    if len(words) > 2 and words[-1] in cues.list_words and raw[-2][:1].isupper():
        # "strikes for June 20 and June 27": the second day is set as the first (the words of the first date are passed over)
        k = len(words) - 2
        while k > 0 and raw[k][:1].isupper() and words[k] not in cues.appointment:
            k -= 1
        words = words[: k + 1]
    if not words or words[-1] not in cues.appointment:
        return False
    for w in reversed(words[-2 - _APPOINTED_REACH : -1]):
        if w in cues.appointed:
            return True
        if not w.isalpha():
            return False  # a comma or a full stop: another clause
    return False


def before_preceding_signal(text: str, start: int, language: str = "en") -> bool:
    """Whether a word like "before" comes right before ``start`` (maybe with "the" between):
    "crowded the malls before Christmas", "in the days leading up to the holiday"."""
    cues = tense_words(language)
    if not _may_hold_grouped(text, max(0, start - 30), start, cues.preceding_groups):
        return False  # each word of a signal that ends the words before it is a piece of the window (most times have none)
    words = [w.lower() for w in _TOKEN.findall(text, max(0, start - 30), start)]
    if words[-1:] == ["the"]:
        words.pop()
    return any(tuple(words[-len(p):]) == p for p in cues.preceding)


def after_following_signal(text: str, start: int, language: str = "en") -> bool:
    """Whether a word like "after" comes right before ``start`` (maybe with "the" between): "Shops reopen after Christmas"."""
    words = [w.lower() for w in _TOKEN.findall(text, max(0, start - 20), start)]
    if words[-1:] == ["the"]:
        words.pop()
    return bool(words) and words[-1] in tense_words(language).following


def after_occasion(text: str, start: int, language: str = "en") -> bool:
    """Whether a word that names a holiday as an occasion comes right before ``start`` ("added trains for Christmas")."""
    words = _TOKEN.findall(text, max(0, start - 20), start)
    return bool(words) and words[-1].lower() in tense_words(language).occasion


_REPORT_AFTER = re.compile(r"(?:'s|\u2019s)?(?:\s{1,3}[A-Za-z-]+){1,3}")  # "October data", "December's retail sales"
_REPORT_GAP = 2  # words between the month and the report's noun ("December [retail] sales", "November [jobs] report")


_DIRECTED_REACH = 8  # words back from a time to the verb that directs what it is the time of ("ordered [schools closed on]")
_DIRECTED_WINDOW = 80  # characters back from a time in which that verb is looked for


def _words_back(text: str, start: int, end: int, reach: int = _DIRECTED_REACH) -> list[str]:
    """The words and marks of ``text[start:end]``, nearest ``end`` first, at most ``reach`` of them: where a
    directive or forewarning verb that the time at ``end`` belongs to stands."""
    return list(reversed(_TOKEN.findall(text, start, end)))[:reach]


def _head_back(words: list[str], first: int, heads: frozenset[str], boundaries: frozenset[str]) -> Optional[int]:
    """The index of the first word of ``heads`` in ``words`` (nearest first) from ``first`` on, before any clause
    boundary; None when a boundary or the end comes first."""
    for k in range(first, len(words)):
        lw = words[k].lower()
        if lw in boundaries:
            return None
        if lw in heads:
            return k
    return None


def _before_head(doc: Doc, start: int, heads: frozenset[str], cues: TenseWords) -> Optional[list[str]]:
    """The words (backwards from ``start``) between a time and the nearest word of ``heads`` earlier in its clause
    (within a short window), or None when there is no such word."""
    if not heads:
        return None
    s, _ = doc.sentence_at(start)
    if not _may_hold(doc.text, max(s, start - _DIRECTED_WINDOW), start, heads):
        return None
    words = _words_back(doc.text, max(s, start - _DIRECTED_WINDOW), start)
    k = _head_back(words, 0, heads, cues.boundaries)
    return None if k is None else words[:k]


def after_directive(doc: Doc, start: int) -> bool:
    """Whether the time is of an act someone was directed to do: a directive verb earlier in its clause with an
    infinitive or a participle between ("ordered schools closed on Thursday", "were told to leave by noon Thursday")."""
    cues = tense_words(doc.language)
    between = _before_head(doc, start, cues.directive, cues)
    if between is None:
        return False
    if between and between[0].lower() in cues.deadline and len(between) > 1:
        return True  # "ordered a report by June 5": a deadline the order set for its object
    return any(b.lower() == "to" and j > 0 and between[j - 1][:1].islower() for j, b in enumerate(between)) or any(
        _cue(b, cues) == "past" and b[:1].islower() for b in between)


_NEXT_WORD = re.compile(r"\s{1,3}([a-z]+)\b")


def for_weekday(doc: Doc, start: int, end: int) -> bool:
    """Whether a bare weekday stands right after one of ``appointment`` ("for") as the time something is for ("has sold
    40,000 tickets for Saturday", "is doubtful for Sunday"), not before a possessive or a noun it qualifies ("for Saturday's
    attack", "for Sunday trading"): the time lies after the clause's act."""
    cues = tense_words(doc.language)
    if not _may_hold(doc.text, max(0, start - 12), start, cues.appointment):
        return False  # (most times) no "for" in reach, tested without tokenising
    words = _TOKEN.findall(doc.text, max(0, start - 12), start)
    if not words or words[-1].lower() not in cues.appointment or doc.text[end : end + 1] in ("'", "\u2019"):
        return False
    m = _NEXT_WORD.match(doc.text, end, end + 24)
    return m is None or m.group(1) in cues.prepositions or m.group(1) in cues.list_words or m.group(1) in cues.time_clauses


def period_begun_after(doc: Doc, end: int) -> bool:
    """Whether a past form of beginning (``period_begun``) follows the expression, maybe after auxiliaries ("trading in the
    second half [had started] well", "the second half began with a strike"): the period has begun."""
    cues = tense_words(doc.language)
    for w in _TOKEN.findall(doc.text, end, min(len(doc.text), end + 30))[:3]:
        lw = w.lower()
        if lw in cues.period_begun:
            return True
        if lw not in cues.aux_past and lw not in cues.participle_after:
            return False
    return False


def scheduled_in_clause(doc: Doc, start: int) -> bool:
    """Whether a scheduling or intent word ("scheduled", "planned") stands earlier in the time's clause ("The final was
    scheduled for 2 p.m. Sunday", "planned a rally for Saturday"), no boundary between: such a time may lie either side of
    now."""
    cues = tense_words(doc.language)
    s, _ = doc.sentence_at(start)
    begin = max(s, start - _DIRECTED_WINDOW)
    if not _may_hold(doc.text, begin, start, cues.scheduling) and not _may_hold(doc.text, begin, start, cues.intent):
        return False  # (most times) no such word in reach, tested without tokenising
    return _head_back(_words_back(doc.text, begin, start), 0, cues.scheduling | cues.intent, cues.boundaries) is not None


def perfect_in_clause(doc: Doc, start: int) -> bool:
    """Whether a present perfect auxiliary ("has", "have") stands earlier in the time's clause ("The club has sold tickets
    for Saturday"), no boundary between."""
    cues = tense_words(doc.language)
    s, _ = doc.sentence_at(start)
    begin = max(s, start - _DIRECTED_WINDOW)
    if not _may_hold(doc.text, begin, start, cues.perfect):
        return False  # (most times) no perfect auxiliary in reach, tested without tokenising
    return _head_back(_words_back(doc.text, begin, start), 0, cues.perfect, cues.boundaries) is not None


def directive_in_force(doc: Doc, start: int) -> bool:
    """Whether the directive the time is after (see :func:`after_directive`) is told in the present perfect ("Police have
    urged drivers to stay at home on Saturday", "Staff have been told to leave by Friday"): given lately and still in
    force, so what it directs is still to come, not the closest day either side of now."""
    if not after_directive(doc, start):
        return False
    cues = tense_words(doc.language)
    s, _ = doc.sentence_at(start)
    words = _words_back(doc.text, max(s, start - _DIRECTED_WINDOW), start)
    k = _head_back(words, 0, cues.directive, cues.boundaries)
    if k is None:
        return False
    aux = [w.lower() for w in words[k + 1 : k + 3]]
    return bool(aux) and (aux[0] in cues.perfect or (aux[0] in cues.participle_after and len(aux) > 1 and aux[1] in cues.perfect))


def after_summons(doc: Doc, start: int) -> bool:
    """Whether the time is of an appearance someone was bound over to: a summoning word earlier in its clause and, between,
    "to" before a verb ("was bailed to return to court on Monday", "remanded in custody to appear on Friday"); not "to"
    before a noun's opener ("was bailed to a hostel on Monday", a place)."""
    cues = tense_words(doc.language)
    between = _before_head(doc, start, cues.summoning, cues)
    if between is None:
        return False
    return any(b.lower() == "to" and j > 0 and between[j - 1][:1].islower() and between[j - 1] not in cues.noun_openers
               for j, b in enumerate(between))


def after_prior_gerund(doc: Doc, start: int) -> bool:
    """Whether the time is of an act told in a gerund after a word of ``prior_leads`` earlier in its clause ("will play in
    the final on Saturday after beating Felham on Sunday"): done before the clause's own time, not after now; no other
    verb between."""
    cues = tense_words(doc.language)
    if not cues.prior_leads or not cues.participle_suffix:
        return False
    s, _ = doc.sentence_at(start)
    if not _may_hold(doc.text, max(s, start - _DIRECTED_WINDOW), start, cues.prior_leads):
        return False  # (most times) no word of ``prior_leads`` in reach, tested without tokenising
    words = _words_back(doc.text, max(s, start - _DIRECTED_WINDOW), start)
    for k, w in enumerate(words):
        lw = w.lower()
        if lw in cues.boundaries:
            return False
        if (k + 1 < len(words) and words[k + 1].lower() in cues.prior_leads and w[:1].islower()
                and len(lw) >= cues.participle_min_length and lw.endswith(cues.participle_suffix)):
            return True
        if _cue(w, cues) is not None and w[:1].islower():
            return False
    return False


def after_decreed_start(doc: Doc, start: int) -> bool:
    """Whether the time is when something decreed begins: a start word right before it ("from", "starting") and, earlier
    in its clause with only its object between, a decreeing verb ("declared three days of national mourning from Monday",
    "imposed a curfew from Friday")."""
    cues = tense_words(doc.language)
    if not cues.decreeing or not cues.start_words:
        return False
    s, _ = doc.sentence_at(start)
    if not _may_hold(doc.text, max(s, start - _DIRECTED_WINDOW), start, cues.decreeing):
        return False
    words = _words_back(doc.text, max(s, start - _DIRECTED_WINDOW), clock_lead(doc, start), _DIRECTED_REACH + 1 + _RANGE_FIRST_WORDS)  # "from [6 p.m. on] Sunday"
    first = _range_opened(words, cues) if words and words[0].lower() in cues.until else 0  # "from 6 p.m. on Sunday until [noon on] Monday"
    if first is None or not words or words[first].lower() not in cues.start_words:
        return False
    words = words[: first + _DIRECTED_REACH]
    k = _head_back(words, first + 1, cues.decreeing, cues.boundaries)
    return k is not None and not any(_cue(b, cues) is not None and b[:1].islower() for b in words[1:k])


_RANGE_FIRST_WORDS = 5  # words at most of a range's first time between its opener and the word ending it ("from [6 p.m. on Sunday] until")


def _range_opened(words: list[str], cues: TenseWords) -> Optional[int]:
    """The index of the word opening a range (as ``start_words``) whose end ``words[0]`` ("until", "to") stands before a time
    (nearest first: "from 6 p.m. on Sunday [until]"), through the range's first time only (clock letters, clock names, the
    clock's joining word, capitalised day names); None when another word comes first."""
    for k in range(1, min(len(words), 2 + _RANGE_FIRST_WORDS)):
        w = words[k]
        lw = w.lower()
        if lw in cues.start_words:
            return k
        if not (lw in cues.clock_words or lw in cues.clock_names or lw in cues.clock_day_joins or w[:1].isupper()):
            return None
    return None


_WARNED_REACH = 12  # words back from a time to a forewarning phrase: its object may carry a phrase of its own ("the chance of
# [a supply cut at the producers' meeting on] Sunday"); no verb may stand between


def after_forewarning(doc: Doc, start: int) -> bool:
    """Whether the time is of what a warning is about: a forewarning phrase earlier in its clause with only its object
    between ("Forecasters warned of heavy snow late on Wednesday", "braced for floods on Friday"), no verb of its own."""
    cues = tense_words(doc.language)
    if not cues.forewarning:
        return False
    s, _ = doc.sentence_at(start)
    if not _may_hold_grouped(doc.text, max(s, start - _DIRECTED_WINDOW), start, cues.forewarning_groups):
        return False
    words = _words_back(doc.text, max(s, start - _DIRECTED_WINDOW), start, _WARNED_REACH)
    lowered = [w.lower() for w in words]
    for k, lw in enumerate(lowered):
        if lw in cues.boundaries:
            return False
        for phrase in cues.forewarning:
            if tuple(reversed(lowered[k : k + len(phrase)])) == phrase or _split_phrase(words, k, phrase, cues):
                return not any(_cue(b, cues) is not None and b[:1].islower() and not _noun_alike(words, j, cues)
                               for j, b in enumerate(words[:k]))
    return False


_PHRASE_GAP = 4  # words at most of the warning's own time inside a forewarning phrase ("warned [late on Monday] of")


def _split_phrase(words: list[str], k: int, phrase: tuple[str, ...], cues: TenseWords) -> bool:
    """Whether a two-word forewarning phrase ends at ``words[k]`` (nearest first) with the warning's own time between its
    words ("warned [on Monday] of gales", ``forewarning_gap``, capitalised words, numbers)."""
    if len(phrase) != 2 or words[k].lower() != phrase[1]:
        return False
    j = k + 1
    while j < len(words) and j - k - 1 < _PHRASE_GAP and (words[j].lower() in cues.forewarning_gap or words[j][:1].isupper()
                                                         or words[j][:1].isdigit() or words[j] == "."):
        j += 1
    return k + 1 < j < len(words) and words[j].lower() == phrase[0]


def _noun_alike(backwards: list[str], i: int, cues: TenseWords) -> bool:
    """Whether ``backwards[i]`` is a past form written as a noun too, opening a noun after an article ("the chance of [a
    supply cut] on Sunday", "a rate cut"): no verb of the clause."""
    return backwards[i].lower() in cues.present_alike and _after_noun_opener(backwards, i, cues)
