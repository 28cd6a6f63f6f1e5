"""Which way a bare "Saturday", "March 3" or "in June" lies from now, and the candidate that wins.

The clause's tense is the evidence (see :mod:`.tense`); a weak cue (a verb of another
clause) does not send a date more than half a year away from the closest candidate.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import TYPE_CHECKING, Optional

from ..recognize.meaning import CalendarSpec, Direction, Mention
from ..lexicon import load_data
from .calendar import Period
from .tense import tense_evidence
from .tense_cues import _may_hold, _may_hold_grouped, tense_words
from . import tense_gates as gate
from .tense_gates import lead_gates
from .tense_reports import _FIXTURE_AFTER, past_form, fixture_before, subject_notice, until_to_act, after_copula, for_fixture, after_until, after_start_word, scheduled_aside_before_past, names_fixture, opens_past_clause, until_signal
from .tense_signals import cue_in_clause, for_weekday, perfect_in_clause, scheduled_in_clause, after_compared_amount, after_decreed_start, after_summons, after_prior_gerund, after_following_signal, after_appointment, after_forewarning, after_known_comparison, after_known_measure, after_directive, directive_in_force, after_past_phrase, after_past_signal, before_future_signal, before_preceding_signal
from .tense_verbs import clock_lead, range_end_day, span_notice

if TYPE_CHECKING:
    from ..text import Doc
    from .anchors import Context
    from .story import Story

__all__ = ["direction", "fixture_for", "fixture_left_ahead", "fixture_called_off", "present_prospect", "fixture_done", "until_fixture", "reported_be", "absolute_phrase", "joined_through_clock", "just_after", "pick_date", "pick_period", "no_look_back", "joined", "HALF_YEAR"]

HALF_YEAR = 183
SOON = dt.timedelta(days=14)  # a yearly date this close ahead wins over the one nearly a year back (YEAR_BACK days)
YEAR_BACK = 300
LOOK_BACK = dt.timedelta(days=30)
_PAST, _FUTURE, _CLOSEST, _TENSE = Direction.PAST, Direction.FUTURE, Direction.CLOSEST, Direction.TENSE  # (module names: read faster than enum members)
PAST_LEAN = 30  # days: with no verb saying which way, news mostly reports what happened, so a date ahead must be this much closer to win


def direction(ctx: "Context", spec: CalendarSpec, mention: Mention, default: Direction, reach: int = 1) -> tuple[Direction, bool]:
    """Which way to look for "Saturday"/"March 3", and whether a verb near it said so (its
    own clause's, or with ``reach`` 0 only the one next to it)."""
    if spec.direction is not _TENSE:
        return spec.direction, True
    text, doc, start, end = ctx.text, ctx.doc, mention.start, mention.end  # (read by most tests below: bound once)
    if spec.day is not None and spec.year is None and ctx.mode == "news" and _dateline(ctx, mention):
        return _PAST, True  # (s58) "KILCOOLE, Ireland, Dec. 29 —" in a paper of 4 January: filed by publication, the year before
    if spec.day is not None and spec.year is None and ctx.mode == "news" and _deed_of_reason(ctx, mention):
        return _PAST, True  # (s62) "will be sentenced next week for a crash on 12 August": the deed judged is done
    language, weekday = doc.language, spec.weekday
    # each signal test below is asked only when its trigger words are in its reach (the words before the time read once,
    # see tense_gates: a gate closed is the test's own quick test saying no)
    gates = lead_gates(ctx, start)
    if (gates & gate.PAST_SIGNAL and after_past_signal(text, start)) or (gates & gate.PAST_PHRASE and after_past_phrase(doc, start)):
        return _PAST, True  # "has gained since January", "has risen since its low in March"
    if gates & gate.KNOWN_COMPARISON and after_known_comparison(text, start, language):
        return _PAST, True  # "will be higher than in March": compared with what is known
    if gates & gate.KNOWN_MEASURE and after_known_measure(text, start, end, language):
        return _PAST, True  # (s52) "will pay a 30 percent premium to its closing price on Friday": the price measured against
    tense, level = tense_evidence(doc, start, end)
    if tense == "past" and gates & gate.COMPARED_AMOUNT and after_compared_amount(doc, start):
        return _PAST, True  # "has risen to $42 in June from $29.75 in March": the amount a change started from, measured
    if gates & gate.FUTURE_SIGNAL and before_future_signal(text, start):
        # "will square positions ahead of the weekend"; in a past clause it lies after a past event, ahead
        # only when that is near: "trading was thin ahead of the Thanksgiving holiday" said in March is last November's
        return _FUTURE, tense != "past"
    preceding = bool(gates & gate.PRECEDING) and tense == "past" and before_preceding_signal(text, start)  # (read twice below)
    if preceding and weekday is not None and names_fixture(text, end, language):
        # "deserved a rest before Saturday's league match": the fixture nearest, either way (in a Thursday paper the one
        # ahead, in a Monday paper the one just played)
        return _CLOSEST, False
    if tense == "past" and weekday is not None and fixture_told_ahead(ctx, mention):
        # (s60) "Organisers said Sunday's parade would go ahead": a fixture a report tells as still to come, after the
        # report, either side of now (in a midweek paper the one ahead)
        return _CLOSEST, False
    if preceding and weekday is None:
        # "shoppers crowded the malls before Christmas": a time after a past event lies on either side of
        # now, the closest (said on Dec. 22 this Christmas, said in March the last); a weekday, within a
        # week either way, stays behind ("the talks ended before Thursday")
        return _CLOSEST, True
    if tense != "future" and gates & gate.PAST_CLAUSE and opens_past_clause(doc, start):
        return _PAST, True  # "Since the firm bought the unit in February, ..."
    # a verb of its own clause; one further away may be about another time, unless its sentence tells nothing but the past
    # and the time is a day of a month (a bare month, "that December", keeps its own reading)
    # ("The court heard that he had sent 14 messages in the 20 minutes before the crash near Tilbury on the morning of
    # March 3", said in November: last March, not the closest)
    strong = level <= reach or (tense == "past" and (spec.day is not None or _indefinite_day_in(ctx, spec, mention)) and _past_throughout(doc, start))
    if tense == "past":
        if gates & gate.ABSOLUTE and absolute_phrase(ctx, mention):
            # "The final is on Saturday, with the semi-finals played on Wednesday": a participle of a "with" phrase after a
            # clause with no past is no past; what the phrase adds lies ahead as the clause's time does
            return _FUTURE, False
        directed = bool(gates & gate.DIRECTIVE) and after_directive(doc, start)  # (read twice below: worked out once)
        if directed and directive_in_force(doc, start):
            return _FUTURE, False  # "Police have urged drivers to stay at home on Saturday": a directive still in force
        if (weekday is None and gates & gate.APPOINTMENT and after_appointment(text, start, language)) or directed:
            # "Unions have called a strike for Nov. 12", "ordered schools closed on Thursday": the day set lies after the call, either
            # side of now (a weekday set for a strike with no day before it in its sentence keeps the clause's tense: see
            # named._after_joined_day)
            return _CLOSEST, False
        if weekday is not None and gates & gate.DECREED and after_decreed_start(doc, start):
            # "declared three days of national mourning from Monday": the day the decree's measure begins, after the decree
            return _CLOSEST, False
        if weekday is not None and gates & gate.FOREWARNING and after_forewarning(doc, start):
            # "warned of heavy snow late on Wednesday": the snow's day, after the warning (a month may be the warning's own:
            # "first warned of overcapacity in March")
            return _CLOSEST, False
        for_day = weekday is not None and bool(gates & gate.FOR_WEEKDAY) and for_weekday(doc, start, end)  # (read twice: worked out once)
        if for_day and reported_be(ctx, mention):
            return _FUTURE, False  # "The manager confirmed that Jones was available for Saturday": a state reported, still ahead
        perfect = weekday is not None and bool(gates & gate.PERFECT) and perfect_in_clause(doc, start)  # (read twice: worked out once)
        if for_day and perfect:
            return _FUTURE, False  # "The club has sold 40,000 tickets for Saturday": what it was done for, still ahead
        if perfect and fixture_left_ahead(ctx, mention):
            return _FUTURE, False  # "has been ruled out of Saturday's game", "have cancelled Saturday's parade": still ahead
        if ((gates & gate.FIXTURE_FOR or _sale_after(ctx, mention)) and fixture_for(ctx, mention)) or (
                gates & gate.CALLED_OFF and fixture_called_off(ctx, mention)):
            # "The coach named his side for Saturday's match", "Organisers cancelled Saturday's parade": the fixture after the
            # act, either side of now
            return _CLOSEST, False
        if gates & gate.HELD_DEADLINE and held_deadline(doc, start):
            # "Congress has until March 27", (s54) "The union has until Monday to reply", "Bidders have until 5 p.m. on
            # Monday to bid": a deadline held now, ahead (before the act's limit below, which "had until" keeps)
            return _FUTURE, False
        if gates & gate.UNTIL and until_to_act(doc, start, end):
            return _CLOSEST, False  # "needed until the end of July to study the footage": a limit set for an act, after the asking
        if gates & gate.SUMMONS and after_summons(doc, start):
            return _FUTURE, False  # "was bailed to return to court on Monday": the appearance set, mostly still ahead
        if (gates & gate.DEFERRING and until_signal(doc, start)) or (gates & gate.UNTIL_FIXTURE and until_fixture(ctx, mention)):
            # "extended its offer until Nov. 9", "postponed until Tuesday", "granted bail until a hearing on October 2": a
            # deadline set in the past, mostly still ahead
            return _FUTURE, False
        return _PAST, strong
    if weekday is not None and fixture_done(ctx, mention):
        return _PAST, True  # "Police are investigating after Saturday's match was abandoned": the fixture was played
    if weekday is not None and answered_decision(ctx, mention):
        return _PAST, False  # (s54) "said they would appeal against Wednesday's ruling": the decision answered was made
    if tense in ("future", "present") and after_prior_gerund(doc, start):
        return _CLOSEST, False  # "will play on Saturday after beating Felham on Sunday": done before the final, either side of now
    if tense == "future" and scheduled_aside_before_past(doc, start, end):
        return _CLOSEST, False  # (s53) "A second inspection, due in September, was postponed": set then, either side of now
    if tense == "future":
        return _FUTURE, strong
    if tense in ("present", None) and weekday is not None and scheduled_run(ctx, mention):
        return _FUTURE, True  # "Until then a shuttle boat runs from the north pier on Saturday": a timetable's next Saturday
    if tense == "present" and present_prospect(ctx, mention):
        return _FUTURE, True  # "Delays are likely on Saturday", "Frost is likely overnight": a forecast, ahead
    if weekday is not None and ctx.reference is not None:  # (a past or future clause has returned above)
        notice = _clock_span_notice(ctx, spec, mention)
        if notice is not None:
            return notice
    if tense is None and weekday is not None and after_forewarning(doc, start):
        return _CLOSEST, False  # "Investors bet on the prospect of a rate cut on Thursday": what is weighed lies after, either side of now
    if tense == "present" and weekday is not None and after_forewarning(doc, start):
        return _FUTURE, False  # "Preparations for Sunday's marathon are in full swing": after the clause's time, now
    if tense in ("present", None) and after_until(doc, start):
        return _FUTURE, False  # "the exhibit runs through Sunday", "is closed until Friday": the end lies ahead
    if tense in ("present", None) and weekday is not None and after_start_word(doc, start, end) and not from_record(ctx, mention):
        return _FUTURE, True  # (s53) "The new rules apply from Monday", "Starting Friday, buses run every hour": a change ahead
    if tense == "present" and weekday is not None and subject_notice(doc, end):
        return _FUTURE, True  # "Kick-off on Sunday is at 3 p.m.": a notice of the hour of a day ahead
    if tense in ("present", None) and weekday is None and after_appointment(text, start, language):
        return _FUTURE, True  # "Hotel bookings for the summer are up" said in January: what is booked now lies ahead
    if tense == "present" and after_copula(doc, start):
        return _FUTURE, True  # "Game 3 is Sunday", "the election is in November": stated in the present, it lies ahead
    if tense in ("present", None) and names_fixture(text, end, language):
        return _FUTURE, False  # "Fans are excited about Saturday's game", "The Sunday election is a test" (within half a year)
    if (tense in (None, "present") and weekday is not None and fixture_before(text, start, language)
            and "," not in text[doc.sentence_at(start)[0] : start]):
        # "Police step up patrols before the derby on Sunday", "The council has a meeting on Monday": the fixture's day, ahead
        # (not in a phrase set off after a clause: "The sides meet again in March, a rematch of the final on Saturday" is
        # the final played)
        return _FUTURE, False
    if (tense == "present" and weekday is not None and for_weekday(doc, start, end)
            and not scheduled_in_clause(doc, start)):  # (not "was scheduled for Sunday": either side of now)
        return _FUTURE, False  # "Jones is doubtful for Sunday": the time something now is for lies ahead
    if tense == "present":
        return _CLOSEST, strong
    return default, False


_WORDS_BACK = re.compile(r"[A-Za-z'\u2019]+")


def held_deadline(doc: "Doc", start: int) -> bool:
    """(s54) Whether the time at ``start`` is a deadline held now: a present "has"/"have" before an "until"-like word
    right before it (``after_until`` held), read through a clock time written before a day ("have until [5 p.m. on]
    Monday", ``clock_lead``)."""
    if after_until(doc, start, held=True):
        return True
    lead = clock_lead(doc, start)
    return lead != start and after_until(doc, lead, held=True)  # (no clock time before it: the same words, read once)


def from_record(ctx: "Context", mention: Mention) -> bool:
    """(s54) Whether ``mention`` comes right after "from" and a noun of a record (lexicon ``[record_sources]``: "Footage from
    Monday shows", "Figures from Tuesday show"): where the record comes from, not a start ahead."""
    table = ctx.lexicon.tables.get("record_sources")
    words = _words_before(ctx, mention)
    return bool(table) and len(words) >= 2 and words[-2] in table["nouns"]


def answered_decision(ctx: "Context", mention: Mention) -> bool:
    """(s54) Whether ``mention`` owns a decision (lexicon ``[answered_decisions]``: "Wednesday's ruling") right after a verb
    that answers one, maybe through a particle ("will appeal against", "to get around", "will challenge"): the decision
    answered was already made, whatever the answer's tense."""
    table = ctx.lexicon.tables.get("answered_decisions")
    if not table:
        return False
    text, end = ctx.text, mention.end
    owner = next((p for p in table["possessives"] if text.startswith(p, end)), None)
    if owner is None:
        return False
    noun = _WORDS_BACK.match(text, end + len(owner) + 1)
    if noun is None or text[end + len(owner) : noun.start()] != " " or noun.group().lower() not in table["nouns"]:
        return False
    words = _words_before(ctx, mention)
    if words and words[-1] in table["particles"]:
        words = words[:-1]
    return bool(words) and words[-1] in table["verbs"]


def _past_throughout(doc: "Doc", start: int) -> bool:
    """Whether the sentence holding ``start`` has no word of the future, the present, a modal, a perfect or an infinitive
    (lexicon ``future``, ``present``, ``modals``, ``open_modals``, ``ahead_markers``): a past told all through, whose far
    verb still dates its times ("has decided to admit them in early March", "announced a deal to acquire it in January"
    look ahead)."""
    cues = tense_words(doc.language)
    s, e = doc.sentence_at(start)
    others = cues.future | cues.present | cues.modals | cues.open_modals | cues.ahead_markers
    # (s58) a modal in title case after the sentence's first word is a month's or a name's ("on a Sunday in May")
    return bool(cues.ahead_markers) and not any(w.lower() in others and not (k and w[:1].isupper() and w.lower() in cues.modals)
                                                for k, w in enumerate(_WORDS_BACK.findall(doc.text, s, e)))


@functools.lru_cache(maxsize=None)
def _dateline_patterns(language: str) -> "tuple[Optional[re.Pattern[str]], Optional[re.Pattern[str]]]":
    """anchoring.toml [patterns] ``dateline_before`` and ``dateline_after``, compiled."""
    patterns = load_data(language, "anchoring.toml").get("patterns", {})
    return tuple(re.compile(patterns[k]) if patterns.get(k) else None for k in ("dateline_before", "dateline_after"))  # type: ignore[return-value]


def _dateline(ctx: "Context", mention: Mention) -> bool:
    """(s58) Whether ``mention`` is the date of a dateline ("KILCOOLE, Ireland, Dec. 29 —", "BELFAST, Dec. 18 (Reuters) -";
    anchoring.toml [patterns] ``dateline_before`` on its line before it, ``dateline_after`` right after it): the day the story
    was filed, on or before publication, whatever the tense of the sentence it opens."""
    line_start = ctx.text.rfind("\n", max(0, mention.start - 80), mention.start) + 1
    if (line_start == 0 and mention.start > 80) or mention.start == line_start:
        return False  # (most dates) not within a dateline's reach of their line's start
    before, after = _dateline_patterns(ctx.doc.language)
    return (before is not None and after is not None and before.search(ctx.text[line_start : mention.start]) is not None
            and after.match(ctx.text[mention.end : mention.end + 60]) is not None)  # (sliced: the patterns open with "^")


def _indefinite_day_in(ctx: "Context", spec: CalendarSpec, mention: Mention) -> bool:
    """(s58) Whether ``mention`` is a bare month after an indefinite weekday and one of tense.toml [clause] ``month_links``
    ("went off on a Saturday morning in May", "on a Sunday in June"): it names some day of that month, which the far
    verb of a sentence told in the past all through dates as it dates "on the morning of March 3" (last May, said in
    December: not the May ahead)."""
    if spec.month is None or spec.day is not None or spec.weekday is not None or spec.year is not None or spec.relative_word:
        return False
    words = _words_before(ctx, mention)
    clause = load_data(ctx.doc.language, "tense.toml")["clause"]
    if not words or words[-1] not in clause.get("month_links", ()):
        return False
    weekdays, indefinite = ctx.lexicon["weekdays"], clause.get("indefinite", ())
    return any(words[k] in weekdays and words[k - 1] in indefinite for k in range(max(1, len(words) - 3), len(words) - 1))


DEED_REACH = 10  # words at most before a day of a month among which a verb of a reason and its link to the deed stand


def _deed_of_reason(ctx: "Context", mention: Mention) -> bool:
    """(s62 vals) Whether a day of a month dates a deed someone is judged, punished or praised for: right after a word of
    tense.toml ``dated_deed_links`` ("on"), with a word of ``reason_deed_links`` ("for", "over") at most three words
    before that link and a verb of anchoring.toml ``reason_verbs`` before it in the :data:`DEED_REACH` words ("A Cork man
    will be sentenced next week for a crash on 12 August": the crash is done, the 12 August gone, whatever the clause's
    tense)."""
    signals = load_data(ctx.doc.language, "tense.toml")["signals"]
    links, deeds = signals.get("dated_deed_links", ()), signals.get("reason_deed_links", ())
    if not links or not deeds:
        return False
    s, _ = ctx.doc.sentence_at(mention.start)
    words = [w.lower() for w in _WORDS_BACK.findall(ctx.text, max(s, mention.start - 90), mention.start)][-DEED_REACH:]
    if len(words) < 3 or words[-1] not in links:
        return False
    k = next((k for k in range(len(words) - 2, max(-1, len(words) - 6), -1) if words[k] in deeds), None)
    if k is None:
        return False
    reasons = frozenset(load_data(ctx.doc.language, "anchoring.toml").get("reason_verbs", ()))
    return any(w in reasons for w in words[:k])


def _words_before(ctx: "Context", mention: Mention) -> list[str]:
    """The last few words of ``mention``'s sentence before it, lower-cased, a trailing determiner dropped ("for [the] ...");
    worked out once per expression (several checks of its direction read them; none changes them)."""
    memo = ctx.memo
    key = ("words_before", mention.start)
    words = memo.get(key)
    if words is None:
        s, _ = ctx.doc.sentence_at(mention.start)
        words = [w.lower() for w in _WORDS_BACK.findall(ctx.text, max(s, mention.start - 40), mention.start)[-4:]]
        words = memo[key] = words[:-1] if words and words[-1] in tense_words(ctx.doc.language).determiners else words
    return words


def present_prospect(ctx: "Context", mention: Mention) -> bool:
    """Whether ``mention`` comes right after a present "be" and an adjective of a prospect (``prospects``), maybe through
    a preposition ("Delays are likely [on] Saturday", "Frost is likely overnight"): what is likely now lies ahead."""
    cues = tense_words(ctx.doc.language)
    words = _words_before(ctx, mention)
    if words and words[-1] in cues.prepositions:
        words = words[:-1]
    return len(words) >= 2 and words[-1] in cues.prospects and words[-2] in cues.be_present


SCHEDULE_REACH = 8
"""Words at most from a verb of a timetable to the weekday after it in its clause, for :func:`scheduled_run`."""
_CLAUSE_OPEN = re.compile(r"[,;:.!?()\"“”]")


def scheduled_run(ctx: "Context", mention: Mention) -> bool:
    """Whether the clause of ``mention`` (a weekday) tells a timetable in the present: a verb of tense.toml
    ``schedule_verbs`` (present forms) is among the :data:`SCHEDULE_REACH` words of its clause before it ("Until then a
    shuttle boat runs from the north pier on Saturday"; not "said the boat ran on Saturday"), the weekday right after a
    word of ``schedule_prepositions`` ("on"; not a range, "runs from Monday to Friday")."""
    signals = load_data(ctx.doc.language, "tense.toml")["signals"]
    verbs, prepositions = signals.get("schedule_verbs", ()), signals.get("schedule_prepositions", ())
    if not verbs:
        return False
    s, _ = ctx.doc.sentence_at(mention.start)
    marks = [m.end() for m in _CLAUSE_OPEN.finditer(ctx.text, s, mention.start)]
    words = [w.lower() for w in _WORDS_BACK.findall(ctx.text, marks[-1] if marks else s, mention.start)]
    if not words or words[-1] not in prepositions:
        return False
    if any(w in verbs for w in words[-SCHEDULE_REACH:]):
        return True
    # (s62 vals) a plural form right after a plural subject: "The talks resume on Monday", "The two sides meet again on Tuesday"
    plural = signals.get("schedule_verbs_plural", ())
    if not plural:
        return False
    subjects, not_plural = signals.get("schedule_plural_subjects", ()), signals.get("schedule_not_plural", ())
    first = max(1, len(words) - SCHEDULE_REACH)
    return any(words[k] in plural and (words[k - 1] in subjects or (words[k - 1].endswith("s") and not words[k - 1].endswith(("ss", "'s", "’s"))
                                                                   and words[k - 1] not in not_plural))
               for k in range(first, len(words)))


def _for_reason(ctx: "Context", mention: Mention) -> bool:
    """Whether the "for" right before ``mention`` (maybe a determiner between) follows a verb whose "for" names a reason
    (anchoring.toml ``reason_verbs``: "has been praised for Saturday's performance", "was fined for Saturday's game": the
    fixture played), not one of tense.toml ``fixture_missed`` ("has been suspended for Saturday's game": the one to miss)."""
    words = _words_before(ctx, mention)
    if len(words) < 2 or words[-1] not in tense_words(ctx.doc.language).appointment:
        return False
    missed = load_data(ctx.doc.language, "tense.toml")["signals"].get("fixture_missed", ())
    return words[-2] in load_data(ctx.doc.language, "anchoring.toml").get("reason_verbs", ()) and words[-2] not in missed


def fixture_for(ctx: "Context", mention: Mention) -> bool:
    """Whether ``mention`` is the day of a fixture an act was done for: "for Saturday's match" (see
    :func:`.tense.for_fixture`) or "for the match on Sunday" (a fixture noun and one of ``fixture_links`` before it, "for"
    and maybe a determiner before the noun): the fixture lies after the act."""
    if for_fixture(ctx.text, mention.start, mention.end, ctx.doc.language):
        return not _for_reason(ctx, mention)
    cues = tense_words(ctx.doc.language)
    head = _before_fixture_noun(ctx, mention)
    return bool(head) and head[-1] in cues.appointment


def _sale_after(ctx: "Context", mention: Mention) -> bool:
    """(s56) Whether every word of one of ``fixture_sales`` is a piece of the 64 characters after ``mention`` (the quick
    test of :func:`.tense_reports.for_fixture`'s sale told after the time, "Saturday's concert has sold out"): with it,
    :func:`fixture_for` is asked whatever the words before the time."""
    return _may_hold_grouped(ctx.text, mention.end, mention.end + 64, tense_words(ctx.doc.language).sales_groups)


def _before_fixture_noun(ctx: "Context", mention: Mention) -> Optional[list[str]]:
    """The words before a fixture (or appointed) noun and one of ``fixture_links`` right before ``mention`` ("for [the]
    match on", "until a hearing on"), a determiner before the noun left out; None when the words there are no such noun."""
    cues = tense_words(ctx.doc.language)
    words = _words_before(ctx, mention)
    if len(words) < 3 or words[-1] not in cues.fixture_links or (words[-2] not in cues.fixtures and words[-2] not in cues.appointed):
        return None
    head = words[:-2]
    if head and head[-1] in cues.determiners:
        head = head[:-1]
    return head


def fixture_called_off(ctx: "Context", mention: Mention) -> bool:
    """Whether ``mention`` names a fixture ("Saturday's parade") right after a word of calling it off (``appointing``),
    maybe a determiner between: "Organisers cancelled Saturday's parade" (what is called off is called off before it)."""
    words = _words_before(ctx, mention)
    return bool(words) and words[-1] in tense_words(ctx.doc.language).appointing and names_fixture(ctx.text, mention.end, ctx.doc.language)


def fixture_told_ahead(ctx: "Context", mention: Mention) -> bool:
    """(s60) Whether a weekday's possessive names a fixture ("Sunday's parade", as :func:`names_fixture` reads it) whose
    verb group right after it opens with a word of the future (``aux_future``: "Sunday's parade would go ahead", "Saturday's
    match will be played"): told as still to come when it was told."""
    text, end = ctx.text, mention.end
    if text[end : end + 2] not in ("'s", "\u2019s") or not names_fixture(text, end, ctx.doc.language):
        return False
    cues = tense_words(ctx.doc.language)
    m = _FIXTURE_AFTER.match(text, end, end + 48)
    if m is None:
        return False
    for k in (3, 4, 5):  # the word after the fixture's noun (or after its modifiers and noun)
        noun = m.group(k - 1)
        if noun is not None and noun.lower() in cues.fixtures:
            after = _WORDS_AFTER.match(text, m.end(k - 1))
            return after is not None and after.group(1).lower() in cues.aux_future
    return False


_WORDS_AFTER = re.compile(r"\s{1,3}([A-Za-z]+)")


def fixture_left_ahead(ctx: "Context", mention: Mention) -> bool:
    """Whether ``mention`` names a fixture ("Saturday's game") right after a word an act is for (``appointment``), a word
    of calling it off (``appointing``) or one of leaving someone out of it (``fixture_withdrawal``), maybe a determiner
    between: "has been passed fit for Sunday's final", "have cancelled Saturday's parade", "has been ruled out of
    Saturday's game" (in the present perfect, which puts no past day on its own act, the fixture is still ahead)."""
    if not names_fixture(ctx.text, mention.end, ctx.doc.language):
        return False
    cues = tense_words(ctx.doc.language)
    words = _words_before(ctx, mention)
    if not words:
        return False
    if words[-1] in cues.appointment:
        return not _for_reason(ctx, mention)
    if words[-1] in cues.appointing:
        return True
    tail = " ".join(words)
    withdrawal = load_data(ctx.doc.language, "tense.toml")["signals"].get("fixture_withdrawal", ())
    return any(tail == w or tail.endswith(" " + w) for w in withdrawal)


_ABSOLUTE_WORD = re.compile(r"[A-Za-z'\u2019]+|[,;:()\"\u201c\u201d]")


def absolute_phrase(ctx: "Context", mention: Mention) -> bool:
    """Whether ``mention`` lies in a phrase after a comma opened by one of ``phrase_openers`` with no auxiliary in it ("vote
    on September 23, with the result announced the following morning"): its "-ed" form is a participle, no past of its own,
    so the phrase does not leave a day still to come for a past one; not after a clause with a past of its own."""
    cues = tense_words(ctx.doc.language)
    s, _ = ctx.doc.sentence_at(mention.start)
    if ctx.text.find(",", s, mention.start) < 0 or not _may_hold(ctx.text, s, mention.start, cues.phrase_openers):
        return False  # (most times) no comma or no opener of such a phrase before it, tested without tokenising
    words = _ABSOLUTE_WORD.findall(ctx.text, s, mention.start)  # (only for a past clock or step on a day ahead: rare)
    k = len(words)
    while k > 0 and words[k - 1].lower() not in cues.boundaries:
        k -= 1
    phrase = [w.lower() for w in words[k:]]
    if not (k > 0 and words[k - 1] == "," and phrase and phrase[0] in cues.phrase_openers
            and not any(w in cues.aux_past or w in cues.be or w in cues.aux_future for w in phrase)):
        return False
    # the clause before the comma has no past of its own ("voted on Monday to hold an election on Jan. 17, with the motion
    # passed at 11:40 p.m." is Monday's; a participle in an earlier clause, "After a delay caused by ..., members are
    # expected to vote on October 23, with ...", is not that clause's)
    j = k - 1  # the comma; the clause before it runs back to the boundary before that
    while j > 0 and words[j - 1].lower() not in cues.boundaries:
        j -= 1
    return not any(past_form(w, cues) for w in words[j : k - 1] if w[:1].isalpha())


_REPORTED_REACH = 14  # words back from a time in which a reported "was" and its reporting verb are looked for


def reported_be(ctx: "Context", mention: Mention) -> bool:
    """Whether the time's clause is a past "be" reported by a reporting verb before it (``reporting``), maybe after "that"
    ("The manager confirmed that Jones was available for Saturday", "The club said Smith was fit for Sunday"): a present
    state told back-shifted ("is available for Saturday"), whose object is still ahead as the present's is."""
    cues = tense_words(ctx.doc.language)
    s, _ = ctx.doc.sentence_at(mention.start)
    words = [w.lower() for w in _DONE_WORD.findall(ctx.text, max(s, mention.start - 120), mention.start)][-_REPORTED_REACH:]
    be = False
    for w in reversed(words):
        if w in cues.boundaries and w != "that":
            return False
        if not be:
            be = w in cues.be and w in cues.aux_past
        elif w in cues.reporting:
            return True
    return False


_DEFER_REACH = 12  # words of the clause before "until" in which a deferring verb is looked for


def until_fixture(ctx: "Context", mention: Mention) -> bool:
    """Whether ``mention`` is the day of a fixture that a deferring verb's "until" names ("was granted bail until a hearing
    on October 2", "adjourned the case until a hearing on Monday"): one of ``until`` signals, maybe a determiner, a fixture
    or appointed noun ("the trial") and one of ``fixture_links`` right before it, and a deferring word (``deferring``)
    before that in its clause (not "stayed closed until the match on Saturday", a past span)."""
    cues = tense_words(ctx.doc.language)
    head = _before_fixture_noun(ctx, mention)
    if not head or head[-1] not in cues.until:
        return False
    s, _ = ctx.doc.sentence_at(mention.start)
    before = _DONE_WORD.findall(ctx.text, max(s, mention.start - 160), mention.start)
    k = max((i for i, w in enumerate(before) if w.lower() in cues.until), default=0)
    return cue_in_clause(reversed(before[max(0, k - _DEFER_REACH) : k]), cues.deferring, cues.boundaries)


_DONE_REACH = 10  # words after a fixture's weekday within which the past verb of the clause of time it opens is looked for
_DONE_WORD = re.compile(r"[A-Za-z'\u2019]+|[,;:()\"\u201c\u201d]")


def fixture_done(ctx: "Context", mention: Mention) -> bool:
    """Whether ``mention`` names a fixture ("Saturday's match") as the subject of a clause of time (``time_clauses`` right
    before it) whose verb is a past auxiliary other than a perfect's, before a boundary: "Police are investigating after
    Saturday's match between the sides was abandoned" (the main clause is present, but the fixture was played; not
    "before Saturday's match kicks off")."""
    cues = tense_words(ctx.doc.language)
    words = _words_before(ctx, mention)
    if not words or words[-1] not in cues.time_clauses or not names_fixture(ctx.text, mention.end, ctx.doc.language):
        return False
    _, e = ctx.doc.sentence_at(mention.start)
    for w in _DONE_WORD.findall(ctx.text, mention.end, min(e, mention.end + 100))[:_DONE_REACH]:
        lw = w.lower()
        if lw in cues.boundaries:
            return False
        if lw in cues.aux_past:
            return lw not in cues.perfect  # (a perfect in a clause of time may be ahead: "once Sunday's game has been reviewed")
    return False


def _clock_span_notice(ctx: "Context", spec: CalendarSpec, mention: Mention) -> Optional[tuple[Direction, bool]]:
    """A weekday after a clock time in a present notice of a span: the span's end ("The road is closed until 5 a.m. on
    Monday", "runs until 5 p.m. on Sunday") lies ahead; its start after a present verb of a span ("A warning runs from
    6 p.m. on Friday until 10 a.m. on Saturday") is the last one when the span is under way (its end not before today),
    else the next one.  None when the words before the clock time are no such notice."""
    assert spec.weekday is not None and ctx.reference is not None
    lead = clock_lead(ctx.doc, mention.start)
    if lead == mention.start:
        return None  # a bare weekday: its own words decide (a range of two is ordered by neighbours)
    if after_until(ctx.doc, lead):
        return Direction.FUTURE, False
    if not span_notice(ctx.doc, lead):
        return None
    word = range_end_day(ctx.doc, mention.end)
    end = ctx.lexicon["weekdays"].get(word.lower()) if word else None
    if end is None:
        return Direction.FUTURE, True  # "The sale runs from 9 a.m. on Saturday": the start of what is to come
    since = (ctx.reference.isoweekday() - spec.weekday) % 7  # days since its last start
    return (Direction.PAST if (int(end) - spec.weekday) % 7 >= since else Direction.FUTURE), True


def pick_date(cands: list[dt.date], today: dt.date, way: Direction, strong: bool, yearly: bool = False, recent: bool = False) -> dt.date:
    """The candidate the tense points to; when only a distant verb said so and that candidate
    lies over half a year away, the closest one instead.  With no verb of its own clause to go
    by, a date ahead wins over the one behind only when it is over a month closer ("its record
    high set on Aug. 6" in February is last August, not next).  With ``yearly`` (a month day or
    holiday, no earlier time of its sentence far back), a past clause's date nearly a year back
    gives way to the same date just ahead.  With ``recent`` (the date after "after" in a clause that looks
    ahead: "Shops reopen after Christmas" said on Dec. 27) a date at most SOON behind wins over the one a year ahead."""
    if way is _PAST:
        past = [c for c in cands if c <= today]
        pick = max(past) if past else min(cands)
        soon = [c for c in cands if dt.timedelta(0) < c - today <= SOON] if yearly else []
        if soon and (today - pick).days > YEAR_BACK:
            # "officials braced for heavy traffic on Dec. 24", "the parade on Christmas Day was canceled" said on
            # Dec. 22: news dates a day nearly a year back with its year ("last Christmas"); a bare one is the day ahead
            return soon[0]
    elif way is _FUTURE:
        fut = [c for c in cands if c >= today]
        pick = min(fut) if fut else max(cands)
        just = [c for c in cands if dt.timedelta(0) < today - c <= SOON] if recent else []
        if just and (pick - today).days > YEAR_BACK:
            return max(just)
    else:
        return _closest_date(cands, today, strong)
    return pick if strong or abs((pick - today).days) <= HALF_YEAR else _closest_date(cands, today, strong)


def _closest_date(cands: list[dt.date], today: dt.date, strong: bool) -> dt.date:
    """The candidate nearest ``today`` for :func:`pick_date`, one ahead counted PAST_LEAN days further without a strong
    cue (worked out only where it is picked)."""
    lean = 0 if strong else PAST_LEAN
    return min(cands, key=lambda c: (abs((c - today).days) + (lean if c > today else 0), c > today))


def before_gone(ctx: "Context", mention: Mention, way: Direction, strong: bool, picked: dt.date, today: dt.date) -> bool:
    """Whether a yearly date picked ahead after "before" in a past clause (the closest, see :func:`direction`) lies beyond
    the run-up of that date (``[day_signals]`` "run up to"), so that the one gone is meant: a past event before a day
    ahead lies in its run-up ("shoppers crowded the malls before Christmas" said on Dec. 20), not months earlier
    ("Engineers found cracks before Christmas" said in October is last Christmas)."""
    if way is not _CLOSEST or not strong or picked <= today:
        return False
    reach = ctx.lexicon["day_signals"]["run up to"]["before"]
    if (picked - today).days <= reach or not before_preceding_signal(ctx.text, mention.start, ctx.doc.language):
        return False
    return tense_evidence(ctx.doc, mention.start, mention.end)[0] == "past"


def just_after(ctx: "Context", mention: Mention, way: Direction) -> bool:
    """Whether a yearly date looked for ahead comes right after a word like "after" ("Trading resumes after the New Year
    holiday" said on Jan. 2): what follows it may follow one just gone, so that one is meant rather than next year's."""
    return way is _FUTURE and after_following_signal(ctx.text, mention.start, ctx.doc.language)


def pick_period(cands: list[Period], base: dt.datetime, way: Direction, strong: bool) -> Period:
    """As :func:`pick_date` for periods: the tense's choice unless over half a year away."""

    def distance(p: Period) -> dt.timedelta:
        if p.start <= base < p.end:
            return dt.timedelta(0)
        return min(abs(p.start - base), abs(base - p.end))

    if way is _PAST:
        past = [p for p in cands if p.start <= base]
        pick = max(past, key=lambda p: p.start) if past else cands[0]
    elif way is _FUTURE:
        fut = [p for p in cands if p.end > base]
        pick = min(fut, key=lambda p: p.start) if fut else cands[-1]
    else:
        return min(cands, key=lambda p: (distance(p), p.start > base))  # the closest (worked out only where it is picked)
    return pick if strong or distance(pick) <= dt.timedelta(days=HALF_YEAR) else min(cands, key=lambda p: (distance(p), p.start > base))


def no_look_back(ctx: "Context", mention: Mention, story: "Story", today: dt.date) -> bool:
    """Whether no time named earlier in the sentence being resolved ended over a month before
    ``today`` ("Last year, the store was closed on Christmas Day" looks back; "announced on
    Monday that the parade on Christmas Day was canceled" does not), and the mention is no range's
    second end ("ran from June 5 to July 9": the clause's tense is the whole range's)."""
    if joined(ctx, mention):
        return False
    last = story.last
    return last is None or last[0] != story.sentence or last[1].end.date() > today - LOOK_BACK


def joined(ctx: "Context", mention: Mention, ordered: bool = False) -> bool:
    """Whether a range's or list's connector comes right before ``mention`` ("June 5 to [July 9]",
    "next Tuesday and [Wednesday]"); with ``ordered`` only a range's ("to", not "and")."""
    key = "joined:ordered" if ordered else "joined:any"
    pattern = ctx.memo.get(key)
    if pattern is None:  # (once per document: the tables' tuples are not rebuilt and hashed for every expression)
        connectors = ctx.lexicon["date_pairs"].get("ordered", ()) if ordered else ctx.lexicon["date_pairs"]["connectors"]
        articles = tuple(ctx.lexicon["date_pairs"].get("range_articles", ()))  # "from Saturday until [the] Tuesday after Easter"
        # (a language without ordered connectors: every list is a list)
        pattern = ctx.memo[key] = _joined(tuple(connectors), articles) if connectors else False
    return pattern is not False and pattern.search(ctx.text, max(0, mention.start - 18), mention.start) is not None  # type: ignore[attr-defined]


def opened_pair(ctx: "Context", mention: Mention, first_start: Optional[int]) -> bool:
    """Whether ``mention`` ends a range opened by one of ``openers`` before its first end, which begins at ``first_start``,
    and joined to it by a connector that is not a range's ("between Monday and [Friday]"): the second end lies after the
    first, as after "to"."""
    pairs = ctx.lexicon["date_pairs"]
    openers = tuple(pairs.get("openers", ()))
    if first_start is None or not openers or not joined(ctx, mention) or mention.start - first_start > 40:
        return False
    return _joined(openers).search(ctx.text, max(0, first_start - 12), first_start) is not None


def joined_through_clock(ctx: "Context", mention: Mention) -> bool:
    """Whether a range's connector comes right before a clock time written before ``mention`` ("from 10 p.m. on Friday to
    [6 a.m. on] Monday"): the day ends the range as much as the clock time does."""
    lead = clock_lead(ctx.doc, mention.start)
    connectors = ctx.lexicon["date_pairs"].get("ordered", ())
    return lead != mention.start and bool(connectors) and _joined(tuple(connectors)).search(ctx.text, max(0, lead - 14), lead) is not None


@functools.lru_cache(maxsize=None)
def _joined(connectors: tuple[str, ...], articles: tuple[str, ...] = ()) -> "re.Pattern[str]":
    """A range's or list's connector right before a time ("June 5 to [July 9]"), maybe with one of ``articles`` between
    ("until the [Tuesday after Easter]")."""
    article = r"(?:(?:" + "|".join(re.escape(a) for a in articles) + r")\s{1,3})?" if articles else ""
    return re.compile(r"(?<![a-z])(?:" + "|".join(re.escape(c) for c in connectors) + r")\s{0,3}" + article + r"\Z", re.I)
