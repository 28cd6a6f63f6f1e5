"""Reports, limits and fixtures: time limits, report periods, fixtures, "until", said-on days, spans that end, the past
perfect."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Iterable

from ..text import Doc
from .tense_cues import _TOKEN, _TOKEN_OR_NUMBER, _cue, _may_hold, _may_hold_grouped, tense_words
from .tense_signals import _REPORT_AFTER, _REPORT_GAP, _signal_through_fillers
from .tense_verbs import _state_notice

if TYPE_CHECKING:
    from .tense_cues import TenseWords

__all__ = ["passive_report", "subject_notice", "past_form", "time_limit", "for_fixture", "names_report_period", "tells_figures", "flow_in_period", "ends_span", "met_in_clause", "in_past_perfect", "after_copula", "after_until", "after_start_word", "scheduled_aside_before_past", "said_on", "opens_past_clause", "until_signal"]

def time_limit(doc: Doc, start: int, end: int) -> bool:
    """Whether the length at [start, end) is a time limit ("could come within days", "within two weeks"), not one counted
    from an event named after it ("within minutes of the blast")."""
    cues = tense_words(doc.language)
    if not _may_hold(doc.text, max(0, start - 20), start, cues.within):
        return False  # (most lengths) no "within" in reach, tested without tokenising
    before = _TOKEN.findall(doc.text, max(0, start - 20), start)
    if not before or before[-1].lower() not in cues.within:
        return False
    after = _TOKEN.findall(doc.text, end, min(len(doc.text), end + 12))
    return not (after and after[0].lower() in cues.within_counted)


def names_report_period(text: str, start: int, end: int, language: str = "en") -> bool:
    """Whether the expression names the period of some figures ("October data", "December retail sales",
    "data for December"): figures come out after their period."""
    cues = tense_words(language)
    nouns = cues.report_nouns
    if not nouns:
        return False
    m = _REPORT_AFTER.match(text, end, end + 40)
    for w in m.group(0).split()[: _REPORT_GAP + 1] if m is not None else ():
        lw = w.lower()
        if lw in cues.time_clauses or lw in cues.prepositions:
            break  # (s54) "will cut jobs by the end of March after sales fell": a clause or phrase of its own, no compound
        if w.isalpha() and lw in nouns:
            return True
    before = _TOKEN.findall(text, max(0, start - 24), start)
    return len(before) >= 2 and before[-1].lower() == "for" and before[-2].lower() in nouns


def tells_figures(doc: Doc, start: int) -> bool:
    """(s53) Whether the sentence holding ``start`` tells some figures: a word of ``report_nouns``, ``flow_nouns``,
    ``figure_words`` or ``amount_words`` ("profit", "sales", "revenue", "percent"), or a currency sign or "%"."""
    cues = tense_words(doc.language)
    s, e = doc.sentence_at(start)
    if any(c in "$£€%" for c in doc.text[s:e]):
        return True
    words = cues.report_nouns | cues.flow_nouns | cues.figure_words | cues.amount_words
    return any(w.lower() in words for w in _TOKEN.findall(doc.text, s, e))


def flow_in_period(text: str, start: int, language: str = "en") -> bool:
    """Whether the time follows "<flow noun> in" ("holiday sales in November", "exports in March"): the period the
    figures measure, which may have ended already whatever the clause's tense."""
    cues = tense_words(language)
    if not cues.flow_nouns:
        return False
    before = _TOKEN.findall(text, max(0, start - 24), start)
    return len(before) >= 2 and before[-1].lower() == "in" and before[-2].lower() in cues.flow_nouns


_REPORTED_END_REACH = 6  # words before a period's last day in which "results for" is looked for ("Results for the fiscal year to")


def ends_reported_period(doc: Doc, start: int, end_words: Iterable[str]) -> bool:
    """Whether the day at ``start`` is the last day of a period whose figures are named ("Results for the year to March 31",
    "figures for the six months ended June 30"): when the figures come out says nothing of which such period it is.
    ``end_words`` are the one-word period-end words ("to", "ended")."""
    cues = tense_words(doc.language)
    if not cues.report_nouns:
        return False
    s, _ = doc.sentence_at(start)
    words = [w.lower() for w in reversed(_TOKEN.findall(doc.text, max(s, start - 60), start))]
    if not words or words[0] not in end_words:
        return False
    for k in range(1, min(len(words) - 1, _REPORTED_END_REACH)):
        if words[k] == "for" and words[k + 1] in cues.report_nouns:
            return True
        if not words[k].isalpha() or words[k] in cues.boundaries:
            return False
    return False


_FIXTURE_AFTER = re.compile(r"('s)?\s{1,3}([A-Za-z]+)(?:\s{1,3}([A-Za-z]+))?(?:\s{1,3}([A-Za-z]+))?")


def names_fixture(text: str, end: int, language: str = "en") -> bool:
    """Whether a scheduled event's noun comes right after the expression ("Saturday's game", "the
    Sunday election", "the March 14 concert"), after a possessive maybe past one word ("Saturday's league match"): in a
    present clause it lies ahead; past two words after a possessive too ("Sunday's district league final")."""
    m = _FIXTURE_AFTER.match(text, end, end + 36)
    if m is None:
        return False
    cues = tense_words(language)
    fixtures = cues.fixtures
    return m.group(2).lower() in fixtures or (m.group(3) is not None and m.group(3).lower() in fixtures
                                              and (m.group(1) is not None or m.group(2).lower() in cues.fixture_modifiers)  # "the March 14 half marathon"
                                              ) or (m.group(1) is not None and m.group(4) is not None and m.group(4).lower() in fixtures)  # (s54) "Sunday's district league final"


def for_fixture(text: str, start: int, end: int, language: str = "en") -> bool:
    """Whether the expression is the day of a fixture an act was done for: one of ``appointment`` ("for") right before it,
    maybe with a determiner between, and a fixture's noun right after it ("named his side for Saturday's match", "bought
    tickets for the June 7 concert"): the fixture lies after the act, either side of now."""
    cues = tense_words(language)
    if _may_hold_grouped(text, end, end + 64, cues.sales_groups) and _sold_after_fixture(text, end, cues):
        return True  # "its New Year's Day swim had sold out" said in November: the fixture the sale was of
    if (not _may_hold(text, max(0, start - 36), start, cues.appointment) and not _may_hold_grouped(text, max(0, start - 24), start, cues.sales_groups)
            and not _may_hold(text, max(0, start - 16), start, cues.ticket_nouns)):
        return False  # (most times) no "for", "sold out" or "seats" in reach, tested without tokenising
    found = _TOKEN.findall(text, max(0, start - 36), start)
    if found[-1:] and found[-1][-2:].lower() in ("'s", "’s"):
        # (session 42) the fixture's owner between ("Tickets for Kelby Town's New Year's Day derby", "for the club's Boxing Day
        # game"): its name (capitalised words) and determiner are passed over as a determiner is
        k = len(found) - 1
        while k > len(found) - 1 - _OWNER_WORDS and k > 0 and found[k - 1][:1].isupper():
            k -= 1
        if k > 0 and found[k - 1].lower() in cues.determiners:
            k -= 1  # "for [the] club's Boxing Day game"
        found = found[:k] + ["the"]
    words = [w.lower() for w in found][-3:]
    if (len(words) >= 2 and words[-1] in cues.ticket_links and words[-2] in cues.ticket_nouns and text[end : end + 2] in ("'s", "\u2019s")
            and names_fixture(text, end, language)):
        return True  # (s64) "queued on Sunday for seats at Friday's match": the fixture the seats are for, after the queue
    if words[-1:] and words[-1] in cues.determiners:
        words = words[:-1]
    # "had sold out the Boxing Day meeting" said in November: the fixture after the sale, as "sold seats for"
    sold = any(tuple(words[len(words) - len(p) :]) == p for p in cues.fixture_sales)
    if (len(words) >= 2 and words[-1] in cues.appointment and words[-2] in cues.ticket_nouns
            and _sale_opens([w.lower() for w in _TOKEN.findall(text, end, end + 40)[:6]], 0, cues)):
        return True  # (s53) "Tickets for Sunday sold out within an hour": the day the tickets were for, after the sale
    return bool(words) and (words[-1] in cues.appointment or sold) and names_fixture(text, end, language)


def _sold_after_fixture(text: str, end: int, cues: TenseWords) -> bool:
    """Whether a fixture's noun right after the expression (as :func:`names_fixture` reads it) is the subject of a sale of
    ``fixture_sales``, maybe after auxiliaries ("its New Year's Day swim had sold out", "Saturday's concert has been sold
    out", "the March 14 half marathon sold out"): the fixture lies after the sale, either side of now."""
    m = _FIXTURE_AFTER.match(text, end, end + 36)
    if m is None:
        return False
    if m.group(2).lower() in cues.fixtures:
        noun_end = m.end(2)
    elif m.group(3) is not None and m.group(3).lower() in cues.fixtures and (m.group(1) is not None or m.group(2).lower() in cues.fixture_modifiers):
        noun_end = m.end(3)
    else:
        return False
    found = _TOKEN.findall(text, noun_end, noun_end + 64)[:9]
    k = 0
    if found[:1] and found[0].lower() in cues.fixture_sides:
        # (session 42) the other side named after the noun ("the Boxing Day home game with Marton also sold out", "the New
        # Year's Day derby against Pell has sold out"): its capitalised words are passed over
        k = 1
        while k < len(found) and k <= _OWNER_WORDS and found[k][:1].isupper():
            k += 1
    return _sale_opens([w.lower() for w in found], k, cues)


def _sale_opens(words: list[str], k: int, cues: TenseWords) -> bool:
    """Whether a sale of ``fixture_sales`` begins at ``words[k]``, maybe after auxiliaries and ``sale_adverbs`` ("had sold
    out", "has already sold out")."""
    while k < len(words) and (words[k] in cues.aux_past or words[k] in cues.be or words[k] in cues.participle_after
                              or words[k] in cues.sale_adverbs):
        k += 1
    return any(tuple(words[k : k + len(p)]) == p for p in cues.fixture_sales)


_OWNER_WORDS = 3  # capitalised words at most of a fixture's owner or other side ("for [Kelby Town]'s derby", "game with [Marton]")


_FIXTURE_BEFORE = re.compile(r"(?<![\w-])([A-Za-z]+)\s{1,3}(?:([A-Za-z]+)\s{1,3})?$")


def fixture_before(text: str, start: int, language: str = "en") -> bool:
    """Whether a scheduled event's noun stands right before the expression, or before one of ``fixture_links`` ("the derby
    on Sunday", "the final Saturday"): in a clause with no tense it lies ahead, as "Sunday's derby"."""
    cues = tense_words(language)
    m = _FIXTURE_BEFORE.search(text, max(0, start - 30), start)
    if m is None:
        return False
    if m.group(2) is None:
        return m.group(1).lower() in cues.fixtures
    return m.group(1).lower() in cues.fixtures and m.group(2).lower() in cues.fixture_links


def until_signal(doc: Doc, start: int) -> bool:
    """Whether a deadline was moved to ``start``: "extended its offer until Nov. 9", "gave them
    until 9 a.m. Tuesday" (a past verb does not put such a time in the past; "stayed closed
    until Friday" does)."""
    cues = tense_words(doc.language)
    s, _ = doc.sentence_at(start)
    if not _may_hold(doc.text, max(s, start - 120), start, cues.deferring):
        return False  # no deferring verb before it in its sentence, whatever the signal
    before = _TOKEN.findall(doc.text, max(s, start - 120), start)
    for i, w in enumerate(reversed(before[-5:])):
        lw = w.lower()
        if lw in cues.until:
            clause: list[str] = []
            for v in reversed(before[: len(before) - i - 1]):
                if v.lower() in cues.boundaries:
                    break
                clause.append(v.lower())
            return any(v in cues.deferring and not _hindered(clause, k, cues) for k, v in enumerate(clause[:10]))
        if lw not in cues.signal_fillers:
            return False
    return False


_HINDRANCE_REACH = 4  # words of the subject before a deferring verb ("Strong [winds] delayed", "Heavy [seas] and [fog] delayed")


def _hindered(clause: list[str], k: int, cues: TenseWords) -> bool:
    """Whether the deferring verb ``clause[k]`` (lower-case words backwards from "until") is a simple past whose subject is
    a hindrance ("Strong winds delayed the tugs until Sunday afternoon"): a hold-up that happened, told in the past, not a
    deadline someone set ("The board delayed the vote until Tuesday", "Fog has delayed flights until Friday" still do)."""
    subject = clause[k + 1 : k + 1 + _HINDRANCE_REACH]
    if _cue(clause[k], cues) != "past" or (subject and (subject[0] in cues.aux_past or subject[0] in cues.be)):
        return False
    return any(w in cues.hindrances for w in subject)


def said_on(doc: Doc, start: int) -> bool:
    """Whether a reporting verb stands right before ``start`` ("officials said Tuesday", "said on
    Tuesday"): the day of the report, not of what is reported; not one ending the sentence before ("..., the company
    said. Last Christmas, a fault ...")."""
    cues = tense_words(doc.language)
    s, _ = doc.sentence_at(start)
    if not (_may_hold(doc.text, max(s, start - 30), start, cues.reporting) or _may_hold(doc.text, max(s, start - 30), start, cues.court_reports)):
        return False  # (most times) no reporting verb in reach, tested without tokenising
    before = _TOKEN.findall(doc.text, max(s, start - 30), start)
    for k in range(len(before) - 1, max(-1, len(before) - 4), -1):
        lw = before[k].lower()
        if lw in cues.skip:
            continue  # "said on Tuesday"
        if lw in cues.court_reports:  # (s59) "a court heard on Tuesday": a report; "heard a dog at 2.30 a.m.": no
            return k > 0 and before[k - 1].lower() in cues.court_nouns
        return lw in cues.reporting and lw not in cues.not_verbs
    return False


def passive_report(doc: Doc, start: int) -> bool:
    """Whether the reporting verb right before ``start`` is a passive of the thing reported, after a form of "be" ("The blaze
    was reported at about 11:15 p.m. on Saturday"): at a clock time, when the incident was raised, a time of the story (its
    small hours after it are the next day's), not the time a report dates."""
    cues = tense_words(doc.language)
    s, _ = doc.sentence_at(start)
    before = _TOKEN.findall(doc.text, max(s, start - 40), start)
    for k in range(len(before) - 1, max(-1, len(before) - 4), -1):
        lw = before[k].lower()
        if lw in cues.skip:
            continue
        return lw in cues.reporting and k > 0 and before[k - 1].lower() in cues.be
    return False


def report_told(doc: Doc, end: int) -> bool:
    """Whether what is reported follows the report's day that ends at ``end`` ("a laboratory confirmed on
    Monday that the samples ..."): the report is then told in the story's order, an act a later "the next day"
    counts from; a trailing attribution ("..., officials said Tuesday.") only dates the telling."""
    cues = tense_words(doc.language)
    _, e = doc.sentence_at(end - 1)
    after = _TOKEN.findall(doc.text, end, min(e, end + 20))
    return bool(after) and after[0].lower() in cues.report_content and not doc.text[end:end + 1] in ",;:"


def after_copula(doc: Doc, start: int) -> bool:
    """Whether a present "is"/"are" comes right before ``start`` ("Game 3 is Sunday", "the
    election is in November"): what is stated to be at a time mostly still lies ahead."""
    cues = tense_words(doc.language)
    s, _ = doc.sentence_at(start)
    before = _TOKEN.findall(doc.text, max(s, start - 60), start)
    back = list(reversed(before[-7:]))
    for k, w in enumerate(back):
        lw = w.lower()
        if lw in cues.skip or lw in cues.clock_words or lw in cues.clock_names:
            continue  # "Kick-off is at 5:30 p.m. on Sunday", (s55) "The deadline is noon on Monday": the clock time is passed over
        # "The road is closed to traffic from Monday": a state's own phrase before its range's opener (tense.toml be_states)
        return lw in cues.be_present or (k > 0 and _state_notice(list(reversed(before[-12:]))[k - 1 :], cues))
    return False


def subject_notice(doc: Doc, end: int) -> bool:
    """Whether a present "is"/"are" and one of ``notice_prepositions`` with a clock time (a number or a clock name) follow a
    time right away ("Kick-off on Sunday is at 3 p.m.", "Voting on Saturday is from 7 a.m."): the time is in the subject of a
    notice of an hour, a day still ahead (not "The attack on Monday is the third this year")."""
    cues = tense_words(doc.language)
    _, e = doc.sentence_at(end)
    after = _TOKEN_OR_NUMBER.findall(doc.text, end, min(e, end + 40))
    return (len(after) >= 3 and after[0].lower() in cues.be_present and after[1].lower() in cues.notice_prepositions
            and (after[2][:1].isdigit() or after[2].lower() in cues.clock_names))


def after_until(doc: Doc, start: int, held: bool = False) -> bool:
    """Whether an "until"-like word comes right before ``start`` ("runs through Sunday", "is closed
    until Friday"), maybe through a few fillers: with no past verb, the time lies ahead.  With
    ``held``, only after a present "has"/"have" ("Congress has until March 27"): a deadline held now; or after a state
    in the present perfect ("Sailings have been suspended until at least Friday", "The road has been closed until
    Friday"): it holds now, so its end lies ahead."""
    cues = tense_words(doc.language)
    s, _ = doc.sentence_at(start)
    if not _may_hold(doc.text, max(s, start - 48), start, cues.until):
        return False  # (most times) no "until"-like word in reach, tested without tokenising
    before = _TOKEN_OR_NUMBER.findall(doc.text, max(s, start - 48), start)  # "fell ... to 448.80. Friday's volume": no "until"
    for k in range(len(before) - 1, max(-1, len(before) - 7), -1):
        lw = before[k].lower()
        if lw in cues.until:
            return (not held or (k > 0 and before[k - 1].lower() in cues.perfect) or _perfect_state(before[:k], cues)
                    or _perfect_with_object(before[:k], cues))
        if lw not in cues.signal_fillers and not (held and lw in cues.until_hedges):
            return False
    return False


def after_start_word(doc: Doc, start: int, end: int) -> bool:
    """(s53) Whether a start word (tense.toml ``start_words``: "from", "starting", "effective") comes right before the time
    at [start, end) and no range goes on after it ("apply from Monday", "Starting Friday, buses run every hour"; not "from
    Monday to Friday", nor the owner of a noun, "footage from Monday's match")."""
    cues = tense_words(doc.language)
    before = _TOKEN.findall(doc.text, max(0, start - 16), start)
    if not before or before[-1].lower() not in cues.start_words:
        return False
    if doc.text[end : end + 1] in ("'", "\u2019"):
        return False
    after = _TOKEN_OR_NUMBER.findall(doc.text, end, min(len(doc.text), end + 12))
    return not (after and after[0].lower() in cues.until) and doc.text[end : end + 1] not in ("-", "\u2013", "\u2014")


_ASIDE_WORDS = 4  # words at most of a set-off phrase before its time ("[due] in", "[originally scheduled] for") and after it


def scheduled_aside_before_past(doc: Doc, start: int, end: int) -> bool:
    """(s53) Whether the time closes a phrase set off by commas that opens with a scheduling word (``scheduling``: "due",
    "scheduled", "set") and the clause goes on in the past after it ("A second inspection, due in September, was
    postponed"): the time set lies after the setting, either side of now, as after "was scheduled for"; the phrase's "due"
    is no future of its own."""
    cues = tense_words(doc.language)
    s, e = doc.sentence_at(start)
    comma = doc.text.rfind(",", s, start)
    if comma < 0:
        return False
    lead = _TOKEN.findall(doc.text, comma + 1, start)
    if not lead or len(lead) > _ASIDE_WORDS or lead[0].lower() not in cues.scheduling:
        return False
    close = doc.text.find(",", end, e)
    if close < 0 or len(_TOKEN.findall(doc.text, end, close)) > _ASIDE_WORDS:
        return False
    after = _TOKEN.findall(doc.text, close + 1, e)[:2]
    return bool(after) and after[0][:1].islower() and _cue(after[0], cues) == "past"


def _perfect_state(words: list[str], cues: TenseWords) -> bool:
    """Whether ``words`` end in a present perfect passive or state: "have been suspended", "has been closed", with a
    phrasal particle after it ("has been ruled out", "has been called off")."""
    if len(words) >= 4 and words[-1].lower() in cues.participle_particles:
        words = words[:-1]
    return (len(words) >= 3 and words[-2].lower() == "been" and words[-3].lower() in cues.perfect
            and _cue(words[-1].lower(), cues) == "past")


_PERFECT_OBJECT_WORDS = 3  # words at most of the object between a present perfect and "until" ("has suspended [all sailings]")


def _perfect_with_object(words: list[str], cues: TenseWords) -> bool:
    """(s64) Whether ``words`` end in an active present perfect and its short object: "The operator has suspended sailings",
    "has closed the road" (before "until Saturday"): the act holds now, so the end it sets lies ahead."""
    for j in range(len(words) - 1, max(0, len(words) - 2 - _PERFECT_OBJECT_WORDS), -1):
        if words[j - 1].lower() in cues.perfect and _cue(words[j].lower(), cues) == "past":
            return j < len(words) - 1 and all(_cue(w.lower(), cues) is None and w.isalpha() for w in words[j + 1 :])
    return False


def until_to_act(doc: Doc, start: int, end: int) -> bool:
    """Whether the time after an "until"-like word is a time limit for an act told by an infinitive right after it ("needed
    until the end of July to study the footage", "had until Friday to respond"): the limit lies after the asking, either
    side of now."""
    if not after_until(doc, start):
        return False
    cues = tense_words(doc.language)
    after = _TOKEN.findall(doc.text, end, min(len(doc.text), end + 30))
    return (len(after) >= 2 and after[0] == "to" and after[1].isalpha() and after[1][:1].islower()
            and after[1].lower() not in cues.determiners and after[1].lower() not in cues.amount_words)


_SPAN_END_REACH = 8  # words between "until" and the time ("until the fall of the capital in February 1945")


def ends_span(doc: Doc, start: int) -> bool:
    """Whether a word that ends a span ("until") stands a few words before ``start`` in its clause
    ("lasted until the fall of Budapest in February 1945"): the time is where a span ends."""
    cues = tense_words(doc.language)
    if not cues.span_end:
        return False
    s, _ = doc.sentence_at(start)
    before = _TOKEN.findall(doc.text, max(s, start - 80), start)
    return met_in_clause(reversed(before[-_SPAN_END_REACH:]), cues.span_end, cues)


def met_in_clause(words: Iterable[str], wanted: frozenset[str], cues: TenseWords) -> bool:
    """Whether one of ``wanted`` comes among ``words`` (in the order given) before a clause boundary."""
    for w in words:
        lw = w.lower()
        if lw in wanted:
            return True
        if lw in cues.boundaries:
            return False
    return False


_PERFECT_REACH = 12  # words of the clause, either side of the expression, in which "had" is looked for


def _completed_by(before: list[str], cues: TenseWords) -> bool:
    """Whether a word of ``completed_by`` ("by") stands right before a time, past ``signal_fillers`` ("by the end of", "By
    late June"), in the words ``before`` it."""
    return _signal_through_fillers(before[-3:], cues.completed_by, cues)


def completed_by(doc: Doc, start: int) -> bool:
    """Whether the time at ``start`` is the point by which something happened ("By June the army had taken the city",
    "was increased to 200,000 by December"): narrative mode reads it at or after the story's time, not before it."""
    cues = tense_words(doc.language)
    s, _ = doc.sentence_at(start)
    return bool(cues.completed_by) and _completed_by(_TOKEN.findall(doc.text, max(s, start - 40), start), cues)


def in_past_perfect(doc: Doc, start: int, end: int) -> bool:
    """Whether the clause of [start, end) is in the past perfect ("who had spent the spring
    organizing an army"), and the time is not the point by which it happened ("By June the
    army had taken the city")."""
    cues = tense_words(doc.language)
    if not cues.past_perfect:
        return False
    s, e = doc.sentence_at(start)
    if not _may_hold(doc.text, max(s, start - 100), min(e, end + 100), cues.past_perfect):
        return False  # no "had" in reach (most times): the answer below could only be no
    before = _TOKEN.findall(doc.text, max(s, start - 100), start)
    if _completed_by(before, cues):
        return False
    after = _TOKEN.findall(doc.text, end, min(e, end + 100))
    inside = _TOKEN.findall(doc.text, start, end)
    # each word with the one written after it: "had" before a determiner owns or has something done ("had a fleet",
    # "had the widow flogged"), or before an amount owns it ("had no newspapers"): no past perfect
    backwards = True
    for pairs in (list(zip(reversed(before), reversed(before[1:] + inside[:1])))[:_PERFECT_REACH],
                  list(zip(after, after[1:] + [""]))[:_PERFECT_REACH]):
        verbs = 0  # simple past forms between the expression and the word read
        for k, (w, nxt) in enumerate(pairs):
            lw = w.lower()
            if lw in cues.boundaries:
                break
            if lw in cues.past_perfect and nxt.lower() not in cues.determiners and nxt.lower() not in cues.possessed:
                # a simple past nearer the expression is its clause's verb, "had" another's: "On 4 May it sighted the lake
                # Hale had hoped for", "The lake Hale had hoped for was reached on 4 May"
                return verbs == 0
            words_before = [p[0] for p in pairs[k + 1 : k + 3]] if backwards else [p[0] for p in reversed(pairs[max(0, k - 2) : k])]
            if _simple_past(w, words_before, cues):
                verbs += 1
        backwards = False
    return False


def past_form(word: str, cues: TenseWords) -> bool:
    """Whether ``word`` reads as a verb in the past: a known past form or an auxiliary, or a regular "-ed" form."""
    return _cue(word, cues) == "past"


def _simple_past(word: str, before: list[str], cues: TenseWords) -> bool:
    """Whether ``word`` is a verb in the simple past, ``before`` the (up to two) words written before it, nearest first:
    a past form, not the participle of "had" ("had [not] spent", "had [long] planned", "had last been built") nor an
    adjective after a determiner ("the exhausted men")."""
    if word.lower() in cues.past_perfect or _cue(word, cues) != "past":
        return False
    near = [b.lower() for b in before]
    return not ((near[:1] and (near[0] in cues.determiners or near[0] in cues.past_perfect or near[0] in cues.participle_after))
                or (len(near) > 1 and near[1] in cues.past_perfect))


def opens_past_clause(doc: Doc, start: int) -> bool:
    """Whether the clause holding ``start`` opens with a signal like "since" ("Since the firm
    bought the unit in February, ..."): a time in it lies before the main clause's."""
    cues = tense_words(doc.language)
    s, _ = doc.sentence_at(start)
    if not _may_hold(doc.text, max(s, start - 120), start, cues.past_signals):
        return False
    before = _TOKEN.findall(doc.text, max(s, start - 120), start)
    first = None
    for w in reversed(before):
        if w.lower() in cues.boundaries:
            break
        first = w.lower()
    return first in cues.past_signals
