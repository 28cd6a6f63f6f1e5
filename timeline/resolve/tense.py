"""The tense of the clause around an expression: decides "Saturday" backwards or forwards.

A cheap, linear heuristic: the verb next to the expression, else the nearest tense cue in
its clause, else in its sentence.  Cues are auxiliaries, modal/scheduling words, past forms,
infinitives ("to be completed by Dec. 15") and signals ("since", "until" after "extended");
the words are data (``<lang>/tense.toml``).
"""

from __future__ import annotations

import functools
import itertools
import re
from typing import Iterable, Optional

import attrs

from ..lexicon import load_data
from ..text import Doc

__all__ = ["period_begun_after", "for_weekday", "perfect_in_clause", "scheduled_in_clause", "passive_report", "subject_notice", "past_form", "perfect_since", "after_summons", "after_prior_gerund", "span_notice", "time_limit", "after_directive", "directive_in_force", "for_fixture", "names_report_period", "flow_in_period", "after_occasion", "clause_tense", "ends_span", "met_in_clause", "in_past_perfect", "tense_evidence", "after_past_signal", "after_copula", "after_until", "said_on", "opens_past_clause", "until_signal", "before_future_signal", "before_preceding_signal", "after_appointment", "PAST_FORMS", "TenseWords", "tense_words"]

_WORD = re.compile(r"[A-Za-z']+")


PhraseGroups = tuple[tuple[str, tuple[tuple[str, ...], ...]], ...]
"""Phrases grouped by their first word: (first word, the rest of each phrase opening with it), in first-seen order."""


def phrase_groups(phrases: Iterable[tuple[str, ...]]) -> PhraseGroups:
    """``phrases`` grouped by first word, for :func:`_may_hold_grouped`: a window without a first word skips all its phrases.

    A phrase is left out when one kept holds only pieces of its words ("brace for" before "braced for", "as as" twice):
    a window holding all its words holds the kept one's, so the test's answer stays the same."""
    kept: list[tuple[str, ...]] = []
    for phrase in sorted(phrases, key=lambda p: sum(map(len, p))):  # (shorter first: they are the ones kept)
        if not any(all(any(k in w for w in phrase) for k in other) for other in kept):
            kept.append(phrase)
    groups: dict[str, list[tuple[str, ...]]] = {}
    for phrase in kept:
        groups.setdefault(phrase[0] if phrase else "", []).append(phrase[1:])  # (an empty phrase: "" is in every window)
    return tuple((first, tuple(rests)) for first, rests in groups.items())


@attrs.frozen
class TenseWords:
    """The tense cues of one language (``<lang>/tense.toml``), as sets for lookup."""

    future: frozenset[str]
    present: frozenset[str]
    past: frozenset[str]
    reporting: frozenset[str]
    not_past: frozenset[str]
    past_suffix: str
    past_min_length: int
    skip: frozenset[str]
    boundaries: frozenset[str]
    aux_future: frozenset[str]
    aux_past: frozenset[str]
    past_signals: frozenset[str]
    modals: frozenset[str] = frozenset()
    open_modals: frozenset[str] = frozenset()
    open_modal_stops: frozenset[str] = frozenset()
    open_modal_negations: frozenset[str] = frozenset()
    present_alike: frozenset[str] = frozenset()
    noun_openers: frozenset[str] = frozenset()
    noun_modifiers: frozenset[str] = frozenset()
    holding: frozenset[str] = frozenset()
    superseded: frozenset[str] = frozenset()
    reached_due: frozenset[str] = frozenset()  # "a payment that fell due on March 1": a due date reached, a past
    ahead_subject: frozenset[str] = frozenset()
    time_heads: frozenset[str] = frozenset()  # "approved its budget for next [year] on Tuesday": "next" is that time's, no cue
    subject_present: frozenset[str] = frozenset()
    clock_words: frozenset[str] = frozenset()
    clock_names: frozenset[str] = frozenset()
    clock_day_joins: frozenset[str] = frozenset()
    intent: frozenset[str] = frozenset()
    intent_nouns: frozenset[str] = frozenset()
    scheduling: frozenset[str] = frozenset()
    appointment_prepositions: frozenset[str] = frozenset()
    headline_infinitive: frozenset[str] = frozenset()  # "Storm to hit coast Friday": a headline's infinitive, ahead
    appointing: frozenset[str] = frozenset()  # "have been cancelled for Thursday": an appointment made, as a scheduling word's
    act_prepositions: frozenset[str] = frozenset()  # "had forecast in March that ...": the forecasting's own time
    backshifted: frozenset[str] = frozenset()  # "said in February that prices would peak in March": ahead of the report
    notice_prepositions: frozenset[str] = frozenset()  # "Kick-off on Sunday is at 3 p.m.": a notice of an hour ahead
    prospects: frozenset[str] = frozenset()  # "possible", "likely": after a past "be", what was possible lay after the report
    be_states: frozenset[str] = frozenset()
    fixture_sides: frozenset[str] = frozenset()  # words naming a fixture's other side after its noun ("game with Marton")
    sale_adverbs: frozenset[str] = frozenset()  # adverbs between a fixture's noun and its sale ("also sold out")
    report_content: frozenset[str] = frozenset()  # "that": what a reporting verb's day is followed by when the report is told in order
    report_occasion_links: frozenset[str] = frozenset()  # "at" (a ceremony): the saying's occasion between a reporting verb and its time
    report_occasions: frozenset[str] = frozenset()  # "ceremony", "speech": occasions of a saying
    span_lengths: frozenset[str] = frozenset()  # "runs [for] nine days from Friday": a length between a span verb and its opener
    time_clauses: frozenset[str] = frozenset()  # "after", "once": a present in such a clause under "will" is ahead
    past_links: frozenset[str] = frozenset()  # "since its low [in] March": a past signal's phrase ending before its time
    span_present: frozenset[str] = frozenset()
    span_openers: frozenset[str] = frozenset()
    range_words: frozenset[str] = frozenset()
    expecting: frozenset[str] = frozenset()
    readiness: frozenset[str] = frozenset()  # "was ready to meet on Tuesday": ahead, "was" a report's present
    aspectual: frozenset[str] = frozenset()
    period_begun: frozenset[str] = frozenset()  # "the second half had started well": the period under way
    not_verbs: frozenset[str] = frozenset()
    determiners: frozenset[str] = frozenset()
    possessed: frozenset[str] = frozenset()
    perfect: frozenset[str] = frozenset()
    perfect_ahead: frozenset[str] = frozenset()  # "will have": a perfect (or "have" itself) after it looks ahead
    be: frozenset[str] = frozenset()
    be_present: frozenset[str] = frozenset()
    signal_fillers: frozenset[str] = frozenset()
    past_prefixes: frozenset[str] = frozenset()  # "retook", "outsold": a prefix before a known past form
    participle_after: frozenset[str] = frozenset()  # "been": a past form after it is a participle
    participle_particles: frozenset[str] = frozenset()  # "out" of "has been ruled out": a phrasal particle after a participle
    until: frozenset[str] = frozenset()
    until_hedges: frozenset[str] = frozenset()  # "until [at least] Friday": still a deadline held now
    future_signals: frozenset[str] = frozenset()
    deferring: frozenset[str] = frozenset()
    hindrances: frozenset[str] = frozenset()
    not_cues: tuple[tuple[str, ...], ...] = ()
    scheduled: frozenset[str] = frozenset()
    not_adverbs: frozenset[str] = frozenset()
    span_end: frozenset[str] = frozenset()
    past_perfect: frozenset[str] = frozenset()
    negation: frozenset[str] = frozenset()
    completed_by: frozenset[str] = frozenset()
    verb_followers: frozenset[str] = frozenset()
    comparison: frozenset[str] = frozenset()
    known_comparison: frozenset[str] = frozenset()
    open_comparison: frozenset[str] = frozenset()
    list_words: frozenset[str] = frozenset()
    fixtures: frozenset[str] = frozenset()
    fixture_links: frozenset[str] = frozenset()  # "the derby on Sunday": the word between a fixture and its day
    appointment: frozenset[str] = frozenset()
    appointed: frozenset[str] = frozenset()
    date_nouns: frozenset[str] = frozenset()
    date_links: frozenset[str] = frozenset()
    preceding: tuple[tuple[str, ...], ...] = ()
    scheduled_going: frozenset[str] = frozenset()
    scheduled_verbs: frozenset[str] = frozenset()
    scheduled_adjacent: frozenset[str] = frozenset()  # scheduled only right before the time's preposition ("follows on Saturday")
    scheduled_plural: frozenset[str] = frozenset()
    plural_subjects: frozenset[str] = frozenset()
    count_words: frozenset[str] = frozenset()
    scheduled_objects: frozenset[str] = frozenset()
    going_words: frozenset[str] = frozenset()
    life_asides: frozenset[str] = frozenset()
    event_of: frozenset[str] = frozenset()
    event_of_not_after: frozenset[str] = frozenset()
    relatives: frozenset[str] = frozenset()
    occasion: frozenset[str] = frozenset()
    following: frozenset[str] = frozenset()
    prepositions: frozenset[str] = frozenset()
    goal_verbs: frozenset[str] = frozenset()  # "reopened the road to traffic in March": "to" opens a noun (events.toml's list)
    goal_reach: int = 0  # words at most between a goal verb and the "to" after its object (events.toml)
    adjective_prepositions: frozenset[str] = frozenset()  # "behind closed doors": a past form after one is an adjective
    phrase_openers: frozenset[str] = frozenset()  # ", with the main concert on Saturday": a phrase of the clause before the comma
    item_openers: frozenset[str] = frozenset()  # ", the first on Sunday and the second on Wednesday": a list's items
    item_prepositions: frozenset[str] = frozenset()
    item_articles: frozenset[str] = frozenset()
    have_counts: frozenset[str] = frozenset()  # "have two home games": the verb of having, no perfect
    amount_words: frozenset[str] = frozenset()
    report_nouns: frozenset[str] = frozenset()
    directive: frozenset[str] = frozenset()
    deadline: frozenset[str] = frozenset()
    within: frozenset[str] = frozenset()
    decreeing: frozenset[str] = frozenset()
    start_words: frozenset[str] = frozenset()
    forewarning: tuple[tuple[str, ...], ...] = ()  # "warned of", "braced for": what follows is the time of what is warned of
    forewarning_gap: frozenset[str] = frozenset()  # "warned [on Monday] of": the warning's own time inside the phrase
    within_counted: frozenset[str] = frozenset()
    summoning: frozenset[str] = frozenset()
    prior_leads: frozenset[str] = frozenset()
    participle_helpers: frozenset[str] = frozenset()
    obligation_modals: frozenset[str] = frozenset()
    flow_nouns: frozenset[str] = frozenset()
    offering: frozenset[str] = frozenset()
    conditions: frozenset[str] = frozenset()
    compared_from: frozenset[str] = frozenset()  # "rose to $42 in June [from] $29.75 in March": the amount a change started from
    compared_links: frozenset[str] = frozenset()  # "... from $29.75 [in] March": the word dating that amount
    relative_past: frozenset[str] = frozenset()  # "who set a course record in April": a past form the present shares, as a subject's verb
    singular_subjects: frozenset[str] = frozenset()  # "she set": a subject whose present would be "sets"
    staged: frozenset[str] = frozenset()  # "is held on Monday": a fixture's present passive, ahead
    subject_pronouns: frozenset[str] = frozenset()  # "it changed": an "-ed" form right after one is a verb
    forecast_subjects: frozenset[str] = frozenset()  # "The forecast [shows] rain for Saturday": what it holds lies ahead
    forecast_verbs: frozenset[str] = frozenset()
    fixture_sales: tuple[tuple[str, ...], ...] = ()  # "had sold out the Boxing Day meeting": the fixture after the sale
    fixture_modifiers: frozenset[str] = frozenset()  # "the March 14 [half] marathon": one noun with the fixture's
    participle_suffix: str = ""  # a clause after a comma opening with such a form has the tense of the verb before the comma
    participle_min_length: int = 0
    past_prefix_starts: tuple[str, ...] = attrs.field(init=False, eq=False, repr=False)
    """``past_prefixes`` as a tuple, for one ``str.startswith`` test before each prefix is tried (most words have none)."""
    cue_memo: dict[str, Optional[str]] = attrs.field(init=False, eq=False, repr=False, factory=dict)
    """The cue of each word :func:`_cue` has read (as written: "May" and "may" differ), up to :data:`_CUE_WORDS` words."""
    quiet_memo: dict[str, bool] = attrs.field(init=False, eq=False, repr=False, factory=dict)
    """:func:`_quiet` of each word it has read, as ``cue_memo``."""

    loop_words: frozenset[str] = attrs.field(init=False, eq=False, repr=False)
    """The lower-cased words a test of :func:`_tense_evidence`'s clause loop reads besides a word's own cue (see there)."""
    loop_cased: frozenset[str] = attrs.field(init=False, eq=False, repr=False)
    """The words as written (``span_present``, ``relative_past``, ``open_modals``) that loop reads likewise."""
    auxiliary_heads: frozenset[str] = attrs.field(init=False, eq=False, repr=False)
    """The lower-cased words :func:`_with_auxiliary` reads a tense from besides their own cue (perfects, intents, scheduling)."""
    not_cue_groups: "PhraseGroups" = attrs.field(init=False, eq=False, repr=False)
    """``not_cues``, ``preceding`` and ``forewarning`` grouped by first word (:func:`phrase_groups`), for the quick tests."""
    preceding_groups: "PhraseGroups" = attrs.field(init=False, eq=False, repr=False)
    forewarning_groups: "PhraseGroups" = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "past_prefix_starts", tuple(sorted(self.past_prefixes)))
        object.__setattr__(self, "loop_words", self.scheduled | self.scheduled_objects | self.scheduled_going | self.be_states | self.reporting
                           | self.perfect | self.intent | self.scheduling | self.obligation_modals | self.be_present | self.staged)
        object.__setattr__(self, "loop_cased", self.span_present | self.relative_past | self.open_modals)
        object.__setattr__(self, "auxiliary_heads", self.perfect | self.intent | self.scheduling)
        object.__setattr__(self, "not_cue_groups", phrase_groups(self.not_cues))
        object.__setattr__(self, "preceding_groups", phrase_groups(self.preceding))
        object.__setattr__(self, "forewarning_groups", phrase_groups(self.forewarning))


@functools.lru_cache(maxsize=None)
def tense_words(language: str = "en") -> TenseWords:
    """The tense cues of ``language``, loaded and checked once."""
    data = load_data(language, "tense.toml")
    cues, clause, aux, signals = data["cues"], data["clause"], data["auxiliaries"], data["signals"]

    def words(table: object, key: str) -> frozenset[str]:
        return frozenset(table.get(key, ()))  # type: ignore[attr-defined]

    return TenseWords(
        frozenset(cues["future"]), frozenset(cues["present"]), frozenset(cues["past"]), frozenset(cues["reporting"]),
        frozenset(cues["not_past"]), data["regular_past"]["suffix"], data["regular_past"]["min_length"],
        frozenset(clause["skip"]), frozenset(clause["boundaries"]), frozenset(aux["future"]), frozenset(aux["past"]),
        frozenset(signals["past"]),
        modals=words(cues, "modals"), open_modals=words(cues, "open_modals"), open_modal_stops=words(cues, "open_modal_stops"),
        open_modal_negations=words(cues, "open_modal_negations"), present_alike=words(cues, "present_alike"), noun_openers=words(cues, "noun_openers"), noun_modifiers=words(cues, "noun_modifiers"), holding=words(cues, "holding"), superseded=words(cues, "superseded"), reached_due=words(cues, "reached_due"), ahead_subject=words(cues, "ahead_subject"), time_heads=words(cues, "time_heads"), subject_present=words(cues, "subject_present"), clock_words=words(clause, "clock_words"), clock_names=words(clause, "clock_names"), clock_day_joins=words(clause, "clock_day_joins"),
        intent=words(cues, "intent"), intent_nouns=words(cues, "intent_nouns"), scheduling=words(cues, "scheduling"), appointment_prepositions=words(cues, "appointment_prepositions"), appointing=words(cues, "appointing"), headline_infinitive=words(cues, "headline_infinitive"), act_prepositions=words(cues, "act_prepositions"), backshifted=words(cues, "backshifted"), notice_prepositions=words(cues, "notice_prepositions"), prospects=words(cues, "prospects"), report_occasion_links=words(cues, "report_occasion_links"), report_occasions=words(cues, "report_occasions"), past_links=words(signals, "past_links"), time_clauses=words(cues, "time_clauses"), span_lengths=words(cues, "span_lengths"), be_states=words(cues, "be_states"), report_content=words(cues, "report_content"),
        span_present=words(cues, "span_present"), span_openers=words(cues, "span_openers"), range_words=words(clause, "range_words"),
        expecting=words(cues, "expecting"), readiness=words(cues, "readiness"), aspectual=words(cues, "aspectual"), period_begun=words(cues, "period_begun"), not_verbs=words(cues, "not_verbs"), determiners=words(clause, "determiners"), possessed=words(clause, "possessed"),
        perfect=words(aux, "perfect"), perfect_ahead=words(aux, "perfect_ahead"), be=words(aux, "be"), be_present=words(aux, "be_present"),
        past_prefixes=words(data["regular_past"], "prefixes"), participle_after=words(aux, "participle_after"), participle_particles=words(aux, "participle_particles"), signal_fillers=words(signals, "fillers"), until=words(signals, "until"), until_hedges=words(signals, "until_hedges"), deferring=words(signals, "deferring"), hindrances=words(signals, "hindrances"),
        future_signals=words(signals, "future"),
        not_cues=tuple(tuple(p.split()) for p in cues.get("not_cues", ())),
        scheduled=words(cues, "scheduled_present") | words(cues, "scheduled_plural"), not_adverbs=words(clause, "not_adverbs"),
        scheduled_plural=words(cues, "scheduled_plural"), plural_subjects=words(cues, "plural_subjects"), count_words=words(cues, "count_words"),
        scheduled_going=words(cues, "scheduled_going"), scheduled_verbs=words(cues, "scheduled_verbs"), scheduled_adjacent=words(cues, "scheduled_adjacent"), scheduled_objects=words(cues, "scheduled_objects"), going_words=words(cues, "going_words"),
        verb_followers=words(clause, "verb_followers"), span_end=words(signals, "span_end"), list_words=words(clause, "list_words"),
        past_perfect=words(aux, "past_perfect"), negation=words(aux, "negation"), completed_by=words(signals, "completed_by"), comparison=words(signals, "comparison"), known_comparison=words(signals, "known_comparison"), open_comparison=words(signals, "open_comparison"),
        fixtures=words(signals, "fixtures"), fixture_links=words(signals, "fixture_links"), appointment=words(signals, "appointment"), appointed=words(signals, "appointed"),
        date_nouns=words(signals, "date_nouns"), date_links=words(signals, "date_links"),
        preceding=tuple(tuple(p.split()) for p in signals.get("preceding", ())),
        life_asides=words(cues, "life_asides"), event_of=words(cues, "event_of"), event_of_not_after=words(cues, "event_of_not_after"), relatives=words(clause, "relatives"), occasion=words(signals, "occasion"), following=words(signals, "following"), prepositions=words(clause, "prepositions"), adjective_prepositions=words(clause, "adjective_prepositions"), phrase_openers=words(clause, "phrase_openers"), item_openers=words(clause, "item_openers"), item_prepositions=words(clause, "item_prepositions"), item_articles=words(clause, "item_articles"), have_counts=words(clause, "have_counts"), amount_words=words(clause, "amount_words"), report_nouns=words(signals, "report_nouns"), deadline=words(signals, "deadline"), directive=words(signals, "directive"),
        within=words(signals, "within"), forewarning=tuple(tuple(p.split()) for p in signals.get("forewarning", ())), forewarning_gap=words(signals, "forewarning_gap"), decreeing=words(signals, "decreeing"), start_words=words(signals, "start_words"), within_counted=words(signals, "within_counted"), summoning=words(signals, "summoning"), prior_leads=words(signals, "prior_leads"), participle_helpers=words(aux, "participle_helpers"), obligation_modals=words(cues, "obligation_modals"), flow_nouns=words(signals, "flow_nouns"), offering=words(cues, "offering"), conditions=words(cues, "conditions"),
        compared_from=words(signals, "compared_from"), compared_links=words(signals, "compared_links"),
        relative_past=words(cues, "relative_past"), singular_subjects=words(cues, "singular_subjects"),
        staged=words(cues, "staged"), subject_pronouns=words(cues, "subject_pronouns"), forecast_subjects=words(cues, "forecast_subjects"), forecast_verbs=words(cues, "forecast_verbs"),
        fixture_sales=tuple(tuple(p.split()) for p in signals.get("fixture_sales", ())), fixture_modifiers=words(signals, "fixture_modifiers"), fixture_sides=words(signals, "fixture_sides"), sale_adverbs=words(signals, "sale_adverbs"),
        participle_suffix=data.get("participle", {}).get("suffix", ""), participle_min_length=data.get("participle", {}).get("min_length", 0),
        goal_verbs=frozenset(load_data(language, "events.toml").get("verb_group", {}).get("goal_verbs", ())),
        goal_reach=int(load_data(language, "events.toml").get("verb_group", {}).get("goal_reach", 0)),
    )


PAST_FORMS = tense_words("en").past  # English irregular past forms (the event detector's verb attributes)


_CUE_WORDS = 100_000  # at most this many words' cues are remembered per language (a text of new words stays bounded)


def _cue(word: str, cues: TenseWords) -> Optional[str]:
    """The tense ``word`` cues (:func:`_read_cue`), read once per word and language: tagging asks it of the same words often."""
    memo = cues.cue_memo
    try:
        return memo[word]
    except KeyError:
        cue = _read_cue(word, cues)
        if len(memo) < _CUE_WORDS:
            memo[word] = cue
        return cue


def _quiet(word: str, cues: TenseWords) -> bool:
    """Whether ``word`` (as written) has no cue and is none of the words :func:`_tense_evidence`'s clause loop reads (its
    ``loop_words``, ``loop_cased``): a word the loop passes over unless an infinitive follows it.  Read once per word and
    language (kept in ``cues.quiet_memo``, up to :data:`_CUE_WORDS` words): the loop asks it of most words of a clause."""
    q = word.lower() not in cues.loop_words and word not in cues.loop_cased and _cue(word, cues) is None
    if len(cues.quiet_memo) < _CUE_WORDS:
        cues.quiet_memo[word] = q
    return q


def _read_cue(word: str, cues: TenseWords) -> Optional[str]:
    """'future' | 'past' | 'present' for a word that says so (a modal, a known or regular past form, a present form), else None."""
    w = word.lower()
    if w in cues.reporting:
        return None
    if word in cues.modals:  # lower case only: "may" is a modal, "May" a month
        return "future"
    if w in cues.future:
        return "future"
    if w in cues.past:
        if word[:1].isupper() and w not in cues.aux_past and w not in cues.be:
            return None  # "the Fed", "Led by": a capitalised irregular form is a name (auxiliaries start questions)
        return "past"
    if w in cues.present:
        return "present"
    if (cues.past_suffix and len(w) >= cues.past_min_length and w.endswith(cues.past_suffix) and w not in cues.not_past
            and not word[:1].isupper()):  # not "United"
        return "past"
    if w not in cues.not_past and not word[:1].isupper() and w.startswith(cues.past_prefix_starts) and any(
            w.startswith(p) and len(w) - len(p) >= 3 and w[len(p):] in cues.past for p in cues.past_prefixes):
        return "past"  # "The army retook the town", "rebuilt", "outsold"
    return None


# the comma of "1,200" is no clause boundary; an 's a tokeniser split off ("Elian 's") stays with its word, as in plain text.
# Each alternative opens with the character it matches (",(?<!\d,)" looks back past the comma, as "(?<!\d)," would before
# it), so the regex engine skips straight to the characters a token can start with
# (a word's "no digit before it" is tested after its first letter, "(?<!\d.)", for the same reason: the same matches)
# (letters glued to a number are none of its words: "9am" holds no verb "am", "5pm", "21st", "1990s" no word at all)
_TOKEN = re.compile(r"[A-Za-z'’](?<!\d.)[A-Za-z'’]*(?: ['’]s\b)?|,(?<!\d,)|,(?!\d)|:(?<!\d:)|:(?!\d)|[;()\"“”]")  # "5:30": no colon of a clause
# as _TOKEN, a hyphenated compound one word: "its long-delayed bill" holds no verb "delayed", as "the delayed bill" holds none
_CLAUSE_TOKEN = re.compile(r"[A-Za-z'’](?<!\d.)[A-Za-z'’]*(?:-[A-Za-z]+)*(?: ['’]s\b)?|,(?<!\d,)|,(?!\d)|:(?<!\d:)|:(?!\d)|[;()\"“”]")
_TOKEN_OR_NUMBER = re.compile(r"[A-Za-z'’](?<!\d.)[A-Za-z'’]*(?: ['’]s\b)?|\d[\d.,]*|,(?<!\d,)|,(?!\d)|:(?<!\d:)|:(?!\d)|[;()\"“”]")  # as _TOKEN, with numbers as words


def _may_hold(text: str, start: int, end: int, words: Iterable[str]) -> bool:
    """Whether one of ``words`` (lower case) occurs anywhere in ``text[start:end]``, in any case.

    A cheap, exact test before tokenising a window: a token equal to one of the words is a piece
    of the window, so when none of them occurs no token can be one (most times have no "since"
    or "than" before them)."""
    window = text[start:end].lower()
    for w in words:  # a plain loop: a generator's frame costs more than these few tests
        if w in window:
            return True
    return False


def _may_hold_phrase(text: str, start: int, end: int, phrases: Iterable[tuple[str, ...]], curly: bool = False) -> bool:
    """Whether every word of one of ``phrases`` (lower case) occurs somewhere in ``text[start:end]``, in any case:
    as :func:`_may_hold`, for phrases whose words must all be tokens of the window.  With ``curly`` the window's
    "’" is read as "'", as :func:`_tokens` reads it in its tokens."""
    window = text[start:end].lower()
    if curly:
        window = window.replace("’", "'")
    for phrase in phrases:
        for w in phrase:
            if w not in window:
                break
        else:
            return True
    return False


def _may_hold_grouped(text: str, start: int, end: int, groups: PhraseGroups, curly: bool = False) -> bool:
    """:func:`_may_hold_phrase` of the phrases of ``groups`` (:func:`phrase_groups`), each first word tested once."""
    window = text[start:end].lower()
    if curly:
        window = window.replace("’", "'")
    for first, rests in groups:
        if first in window:
            for rest in rests:
                for w in rest:
                    if w not in window:
                        break
                else:
                    return True
    return False


def _tokens(text: str, start: int, end: int, cues: TenseWords) -> list[str]:
    """The words and marks of ``text[start:end]``, with phrases that are no tense cue blanked (see :func:`_without_phrases`)."""
    tokens = _CLAUSE_TOKEN.findall(text, start, end)
    curly = text.find("’", start, end) >= 0
    if curly:
        tokens = [w.replace("’", "'") for w in tokens]  # "didn’t" as "didn't"
    if not _may_hold_grouped(text, start, end, cues.not_cue_groups, curly):
        return tokens  # the usual case, tested cheaply: no phrase has all its words there
    rx = _not_cue_words(cues.not_cues)
    if rx is None or rx.search(text, start, end) is None:
        return tokens  # none of the phrases' first words is there
    return _without_phrases(tokens, cues)


@functools.lru_cache(maxsize=None)
def _not_cue_words(phrases: tuple[tuple[str, ...], ...]) -> "Optional[re.Pattern[str]]":
    """A quick test for the first words of the phrases that are no tense cue."""
    firsts = sorted({p[0] for p in phrases})
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in firsts) + r")\b", re.I) if firsts else None


def _without_phrases(tokens: list[str], cues: TenseWords) -> list[str]:
    """``tokens`` (in text order) with the words of phrases that are no tense cue ("next to the
    embassy") blanked, so that "next" there does not put the clause in the future."""
    if not cues.not_cues:
        return tokens
    out = list(tokens)
    lowered = [t.lower() for t in tokens]
    for phrase in cues.not_cues:
        n = len(phrase)
        for i in range(len(lowered) - n + 1):
            if lowered[i] == phrase[0] and tuple(lowered[i : i + n]) == phrase:
                out[i : i + n] = ["-"] * n
    return out


_NEGATION_REACH = 6  # words before an open modal in which a negation of its clause stands


def _open_modal(backwards: list[str], k: int, cues: TenseWords) -> bool:
    """Whether ``backwards[k]`` is a modal that looks ahead unless a negation or a perfect follows it
    ("could hit by Wednesday night"; not "could not be reached on Sunday", "could have struck on Monday"),
    nor after a negation of its clause ("Neither he nor his aides could be located Wednesday")."""
    if backwards[k] not in cues.open_modals or k == 0 or backwards[k - 1].lower() in cues.open_modal_stops:
        return False
    if (k + 1 < len(backwards) and backwards[k + 1].lower() in cues.noun_openers) or backwards[k - 1].lower() in cues.prepositions:
        return False  # "bought a can of petrol on the evening of Feb. 11": a noun, no modal
    for w in backwards[k + 1 : k + 1 + _NEGATION_REACH]:
        lw = w.lower()
        if lw in cues.boundaries:
            break
        if lw in cues.open_modal_negations:
            return False
    return True


def _cue_adjacent(words: list[str], reach: int, cues: TenseWords, backwards: bool = True) -> Optional[str]:
    """The tense of the first content word: reporting verbs count here ("said Friday").

    ``words`` run backwards from the expression (or forwards after it); the verb is one of
    the first ``reach`` words, and an auxiliary just before it overrides its form: "will stay closed" is future, "was scheduled" past.
    A verb form that is no cue itself takes its auxiliary's tense ("was last seen Nov. 3").
    """
    for i, w in enumerate(words[:reach]):
        lw = w.lower()
        if backwards and lw in cues.prospects and i + 1 < len(words) and words[i + 1].lower() in cues.be and words[i + 1].lower() in cues.aux_past:
            return "present"  # "a cut was possible in March", "was likely by Friday": a prospect reported lay after the report, either side of now
        if lw in cues.skip or (backwards and _adverb(w, cues)):
            continue  # "meet separately Monday": the verb is further on
        if backwards and (lw in cues.scheduled or (lw in cues.scheduled_adjacent and i > 0 and words[i - 1].lower() in cues.prepositions)):
            scheduled = _scheduled_present(words, i, cues)
            if scheduled is not None:
                return scheduled
        if lw in cues.reporting:
            if lw in cues.not_verbs:
                return None  # "as soon as Tuesday, according to reports": no verb of this clause
            if backwards and lw in cues.staged and w[:1].islower() and _passive_present(words, i, cues):
                return "future"  # "The winner is announced on Monday": an act set for a day ahead, as "is held"
            future = backwards and any(a.lower() in cues.aux_future for a in words[i + 1 : i + 3])
            if not future and backwards and i + 1 < len(words) and words[i + 1].lower() in _INFINITIVE_NEXT:
                ahead = _infinitive(words, i, cues)  # "The result is due to be declared late on Saturday": the infinitive's governor says
                if ahead is not None:
                    return ahead
            return "future" if future else "past"  # "would be declared early next year"
        if backwards and _be_state(words, i, cues):
            return "future"  # "Banks are closed on Monday": a notice of a day ahead
        cue = _with_auxiliary(words, i, cues) if backwards else _forward_cue(words, i, cues)
        if backwards and cue in (None, "past") and w[:1].islower() and _obliged(words, i, cues):
            return "future"  # "must be paid by Friday", "must name a chief by Friday": an obligation ahead
        if cue is None and backwards and w[:1].islower():
            for k, aux in enumerate(words[i + 1 : i + 4], start=i + 1):
                la = aux.lower()
                if la in cues.noun_openers:
                    break  # "will have a gallop on Friday": a noun after its article, whose "have" is no auxiliary of it
                if la in cues.skip or la == "been" or la.endswith("ly"):
                    continue
                if (la in cues.aux_past and (lw in cues.scheduling or lw in cues.appointing) and la in cues.perfect and i > 0
                        and words[i - 1].lower() in cues.appointment_prepositions):
                    return "future"  # "A hearing has been set for Monday": the appointment made, ahead
                if la in cues.perfect and k + 1 < len(words) and words[k + 1].lower() in cues.perfect_ahead:
                    return "future"  # "will have talks on Friday": ahead
                if la in cues.aux_past and _dated_act(words, i, k, cues):
                    return "past"  # "had forecast in March that output would recover": when the forecast was made
                if la in cues.aux_past:
                    return "present" if lw in cues.scheduling else "past"  # "has set Nov. 10 as the deadline"
                if la in cues.aux_future or _open_modal(words, k, cues):
                    return "future"
                if la in cues.be_present and lw in cues.scheduling:
                    return "future"  # "is set for Oct. 12"
                break
        return cue
    return None


def _obliged(backwards: list[str], i: int, cues: TenseWords) -> bool:
    """Whether a modal of obligation governs the verb ``backwards[i]`` ("must [be] paid", "must not [be] delayed", "must
    name"), through "be", a negation or an -ly adverb only; not a perfect ("must have left")."""
    for w in backwards[i + 1 : i + 4]:
        lw = w.lower()
        if lw in cues.obligation_modals:
            return True
        if not (lw in cues.be or lw in cues.negation or (lw.endswith("ly") and lw not in cues.not_adverbs)):
            return False
    return False


def _be_state(backwards: list[str], i: int, cues: TenseWords) -> bool:
    """Whether ``backwards[i]`` is a state ("open", "closed") right after a present "be" ("Polls are open on Sunday"): said of
    a named day, a notice of one ahead."""
    return backwards[i].lower() in cues.be_states and i + 1 < len(backwards) and backwards[i + 1].lower() in cues.be_present


def _span_present(backwards: list[str], i: int, cues: TenseWords) -> bool:
    """Whether ``backwards[i]`` is a present verb of a span opening its range ("The curfew runs from 10 p.m.", "The fair lasts
    from Friday"): said of a named day, a notice of one ahead; not a noun ("the trial runs", "two home runs on Sunday")."""
    if _span_opener(backwards, i, cues) is None:
        return False
    before = backwards[i + 1].lower() if i + 1 < len(backwards) else ""
    if before in cues.determiners or before == "to" or before in cues.aux_past or before in cues.aux_future or before in cues.be:
        return False
    for k in range(i + 1, min(i + 2 + _NOUN_MODIFIERS, len(backwards))):  # its subject: "The [night] curfew", not an object
        lw = backwards[k].lower()
        if lw in cues.determiners:  # "recalled the bank runs": a determiner right after a verb opens its object
            return k + 1 >= len(backwards) or _cue(backwards[k + 1], cues) in (None, "present")
        if lw in cues.past or lw in cues.aux_past or lw in cues.aux_future:
            return False  # "hit two home runs": a verb before the noun
    return True


_SPAN_LENGTH = 3  # words at most of a length between a span verb and its range's opener ("runs for [nine days] from")


def _span_opener(backwards: list[str], i: int, cues: TenseWords) -> Optional[int]:
    """The index of the word opening the range of the present verb of a span ``backwards[i]`` ("runs [from]", "runs for nine
    days [from]"), or None when no opener follows it (maybe after its length)."""
    if i == 0 or backwards[i] not in cues.span_present:
        return None
    if backwards[i - 1].lower() in cues.span_openers:
        return i - 1
    if backwards[i - 1].lower() not in cues.span_lengths:
        return None
    for k in range(i - 2, max(-1, i - 3 - _SPAN_LENGTH), -1):
        lw = backwards[k].lower()
        if lw in cues.span_openers:
            return k if k < i - 2 else None  # a length between: "for [nine days] from"
        if lw in cues.boundaries or _cue(backwards[k], cues) is not None:
            return None
    return None


def span_notice(doc: Doc, start: int) -> bool:
    """Whether the time at ``start`` opens the range of a present verb of a span ("The fair runs from [Monday] to Friday"):
    the span is not over yet."""
    cues = tense_words(doc.language)
    s, _ = doc.sentence_at(start)
    backwards = list(reversed(_TOKEN.findall(doc.text, max(s, start - 80), start)))
    return len(backwards) > 1 and _span_present(backwards, 1, cues)


_STATE_PHRASE = 4  # words at most of a state's own phrase between it and its range's opener ("is shut [to traffic] from")


def _state_notice(backwards: list[str], cues: TenseWords) -> bool:
    """Whether ``backwards`` (nearest first) open with a range's opener ("from", "until") after a present "be" state and at
    most a short phrase of its own with no verb ("The A38 is closed [in both directions] from", "The ferry is withdrawn [from
    service] from", "is shut [to traffic] from"): a notice of a span ahead (read by :func:`after_copula`; no span under way, as
    :func:`span_notice` may find: "is shut from 8 p.m. on Monday until 6 a.m. on Friday" said on a Friday is next week's)."""
    if not backwards or backwards[0].lower() not in cues.span_openers:
        return False
    for k in range(1, min(len(backwards), 2 + _STATE_PHRASE)):
        w = backwards[k]
        lw = w.lower()
        if lw in cues.be_states:
            return _be_state(backwards, k, cues)
        if lw in cues.boundaries or lw in cues.list_words and k == 1 or not w.isalpha() or (_cue(w, cues) is not None and w[:1].islower()):
            return False
    return False


_CLOCK_LEAD_REACH = 30  # characters before a day in which a clock time and its joining word are looked for ("11:45 p.m. GMT on")


def clock_lead(doc: Doc, start: int) -> int:
    """Where a clock time written right before a day begins ("until [5 a.m. on] Monday", "from [midnight on] Friday"): the
    words before it are the day's as much as the clock time's; ``start`` when there is none."""
    cues = tense_words(doc.language)
    s, _ = doc.sentence_at(start)
    toks = list(_TOKEN_OR_NUMBER.finditer(doc.text, max(s, start - _CLOCK_LEAD_REACH), start))
    k = len(toks)
    if k and toks[k - 1].group().lower() in cues.clock_day_joins:
        k -= 1
    if k and toks[k - 1].group().lower() in cues.clock_names:
        return toks[k - 1].start()
    j = k
    while j and toks[j - 1].group().lower() in cues.clock_words:
        j -= 1
    if j == k or not j or not toks[j - 1].group()[0].isdigit():
        return start  # a clock time has its letters ("5 a.m."): not a bare number ("Route 9 on Monday")
    while j > 1 and toks[j - 2].group()[0].isdigit() and doc.text[toks[j - 2].end() : toks[j - 1].start()] in (":", "."):
        j -= 1  # "5:30 p.m.": the hour too
    return toks[j - 1].start()


_REPORT_DAY_REACH = 100  # characters after a time in which ", officials said on Sunday" is looked for


def report_day_after(doc: Doc, end: int) -> Optional[str]:
    """The day word of a report that closes the sentence after a comma ("The toll rose overnight, officials said on
    [Sunday]", "..., police said [yesterday]"): what the clause before tells is counted from that day; None when there is none."""
    cues = tense_words(doc.language)
    _, e = doc.sentence_at(end)
    toks = _TOKEN.findall(doc.text, end, min(e, end + _REPORT_DAY_REACH))
    if "," not in toks:
        return None
    after = toks[toks.index(",") + 1 :]
    for k, w in enumerate(after[:5]):
        lw = w.lower()
        if lw in cues.boundaries:
            return None
        if lw in cues.reporting and lw not in cues.not_verbs:
            rest = [v for v in after[k + 1 : k + 3] if v.lower() not in cues.skip]
            return rest[0] if rest else None
    return None


def range_end_day(doc: Doc, end: int) -> Optional[str]:
    """The day word that ends a range opened at ``end`` ("Friday [to] midnight on [Saturday]", "Friday [until] 10 a.m. on
    [Saturday]", "Friday [to Sunday]"), maybe through a clock time; None when no range word follows."""
    cues = tense_words(doc.language)
    _, e = doc.sentence_at(end)
    toks = [m.group() for m in _TOKEN_OR_NUMBER.finditer(doc.text, end, min(e, end + 40))]
    if not toks or (toks[0].lower() not in cues.until and toks[0].lower() not in cues.range_words):
        return None
    for w in toks[1:7]:
        lw = w.lower()
        if w[0].isdigit() or lw in cues.clock_words or lw in cues.clock_names or lw in cues.clock_day_joins:
            continue
        return w
    return None


def _clock_range_word(word: str, cues: TenseWords) -> bool:
    """Whether ``word`` may stand between a verb and a day as part of clock times before the day ("are open [from] 10 [to]
    12 [a.m. on] Sunday"; the numbers are no words here)."""
    lw = word.lower()
    return lw in cues.skip or lw in cues.clock_words or lw in cues.range_words


def _forward_cue(words: list[str], i: int, cues: TenseWords) -> Optional[str]:
    """The cue of ``words[i]`` read after the expression: a present "be" before a scheduling or
    expecting word looks ahead ("the vote on Sunday is expected to be close", "is set to")."""
    cue = _cue(words[i], cues)
    if cue is None and words[i].lower() in cues.obligation_modals and not (i + 1 < len(words) and words[i + 1].lower() in cues.perfect):
        return "future"  # "Runners in Sunday's race must start by 8 a.m.": an obligation ahead (not "must have left")
    if words[i].lower() in cues.perfect or words[i].lower() in cues.be_present:
        for w in words[i + 1 : i + 4]:
            lw = w.lower()
            if lw in cues.appointing:
                return "future"  # "Outdoor events on Saturday have been cancelled": an appointment called off, still ahead
            if lw != "been" and not _adverb(w, cues):
                break
    if cue == "present" and words[i].lower() in cues.be_present:
        for w in words[i + 1 : i + 3]:
            lw = w.lower()
            if lw in cues.scheduling or lw in cues.expecting:
                return "future"
            if not _adverb(w, cues):
                break
    return cue


def _adverb(word: str, cues: TenseWords) -> bool:
    """Whether ``word`` is an adverb in -ly ("separately"), not a noun such as "rally"."""
    lw = word.lower()
    return word[:1].islower() and len(lw) >= 6 and lw.endswith("ly") and lw not in cues.not_adverbs


def _scheduled_present(backwards: list[str], i: int, cues: TenseWords) -> Optional[str]:
    """The tense of a present form that names a scheduled event ("Lawmakers return on Jan. 20",
    "the leaders meet Monday"): ahead of now; None when it is a noun ("the vote Monday"), an
    infinitive or the word after an auxiliary, which the usual rules read; a capitalised word is
    a name ("since the Australian Open in January")."""
    if not backwards[i][:1].islower():
        return None
    j = i + 1
    while j < len(backwards) and backwards[j].lower() in cues.negation:
        j += 1  # "did not reopen": the auxiliary before the negation
    before = backwards[j].lower() if j < len(backwards) else ""
    if before in cues.determiners or before == "to" or before in cues.aux_past or before in cues.aux_future or before in cues.be:
        return None
    if before in cues.prepositions or before in cues.count_words:
        return None  # "The motion passed by 112 votes to 48 shortly after midnight": a noun after its preposition (the number is no token) or a count ("by two votes")
    if before in cues.holding or (j < len(backwards) and _cue(backwards[j], cues) is not None):
        return None  # "stayed open Sunday", "were open on Monday": an adjective after a verb
    if backwards[i].lower() in cues.be_states and _past_object(backwards, j, cues):
        return None  # "Guards found a side gate open on Tuesday": the state of a past verb's object, not a verb
    # "Train drivers on the Kelby line walk out on Saturday": a plural head before a short phrase of a preposition (not "in the
    # European vote", a noun after the phrase's determiner, which the noun test below reads)
    headed = backwards[i].lower() in cues.scheduled_plural and not before.endswith("s") and _plural_head_before(backwards, j, cues)
    if backwards[i].lower() in cues.scheduled_plural and not (before.endswith("s") or before in cues.plural_subjects or headed):
        return None  # "after a strong start on Saturday": a noun; "Ticket sales start on Saturday": the verb of a plural subject
    if backwards[i].lower() in cues.scheduled_verbs or backwards[i].lower() in cues.scheduled_adjacent or headed:
        return "future"  # "Voters in the state go to the polls", "The rest of the round follows on Saturday": no noun
    for k in range(j + 1, min(j + _NOUN_MODIFIERS + 1, len(backwards) - 1)):  # "in the European vote": a noun, past a modifier or two
        if not backwards[k - 1].isalpha() or _cue(backwards[k - 1], cues) is not None:
            break
        if backwards[k].lower() in cues.determiners:
            if backwards[k + 1].lower() in cues.prepositions:
                return None
            if _cue(backwards[k + 1], cues) == "past" and backwards[k + 1][:1].islower():
                return None  # "Having lost a budget vote on Wednesday": a noun, the object of a past verb
            break
    return "future"


_NOUN_MODIFIERS = 2  # words between a determiner and a noun ("the [European] vote", "the [June local] vote")
_SUBJECT_PHRASE = 4  # words at most of a phrase after a subject's head, before its verb ("Drivers [on the Kelby line] walk out")


def _plural_head_before(backwards: list[str], j: int, cues: TenseWords) -> bool:
    """Whether the words from ``backwards[j]`` on (nearest first) are a short phrase of a preposition after a plural head
    ("Train drivers [on the Kelby line]", "Nurses [at the hospital]"): the subject of a plural present before them."""
    for k in range(j, min(len(backwards) - 1, j + _SUBJECT_PHRASE + 1)):
        w = backwards[k]
        lw = w.lower()
        if not w.isalpha() or lw in cues.boundaries or (_cue(w, cues) is not None and w[:1].islower()):
            return False
        if lw in cues.prepositions:
            head = backwards[k + 1]
            # (a capital only as the clause's first word: "Cleaners at Kelby General Hospital walk out")
            return (k > j and head.isalpha() and (head[:1].islower() or k + 2 == len(backwards)) and _cue(head.lower(), cues) is None
                    and (head.endswith("s") or head.lower() in cues.plural_subjects) and head.lower() not in cues.count_words)
    return False


def _past_object(backwards: list[str], j: int, cues: TenseWords) -> bool:
    """Whether the words from ``backwards[j]`` on are a noun phrase right after a past verb ("found [a side gate]", "left
    [the doors]"): a state word before them ("open") is the object's, and the past verb is the clause's; a reporting verb
    is no cue here ("confirmed the gates open on Sunday": what is reported has its own verb)."""
    for k in range(j, min(j + _NOUN_MODIFIERS + 2, len(backwards))):
        w = backwards[k]
        if k > j and _cue(w, cues) == "past" and w[:1].islower():
            return backwards[k - 1].lower() not in cues.list_words  # "Tickets cost £12 and doors open": "and" ends the past verb's object
        if not (w.isalpha() and w[:1].islower()) or (w.lower() not in cues.determiners and _cue(w, cues) is not None):
            return False
    return False


def _infinitive(backwards: list[str], i: int, cues: TenseWords) -> Optional[str]:
    """The tense an infinitive gives the verb ``backwards[i]``: "expects the deal to be completed
    by Dec. 15", "are to resume trading Tuesday" look ahead; "had hoped to be done by May" either way.
    None when the verb is no infinitive or nothing says more than "to" ("went to court")."""
    j = i + 1
    be_form = j < len(backwards) and backwards[j].lower() == "be"
    if be_form:
        j += 1
    verb = backwards[i]
    if j >= len(backwards) or backwards[j].lower() != "to" or not verb[:1].islower() or verb in cues.determiners or verb in cues.skip:
        return None
    if j + 1 < len(backwards) and backwards[j + 1].lower() in cues.be:
        return "future" if backwards[j + 1].lower() in cues.be_present else "present"  # "is to resume", "was to resume"
    governing = None
    for k, w in enumerate(backwards[j + 1 : j + 7], start=j + 1):
        lw = w.lower()
        if lw in cues.boundaries:
            break
        if lw in cues.offering:
            # "offered to meet the union on Wednesday", "agreed to pay on Monday": the act after the offer, either side of
            # now (the closest); a present perfect ("has agreed to meet on Wednesday") still holds, so ahead
            perfect = any(a.lower() in cues.perfect for a in backwards[k + 1 : k + 4] if a.lower() not in cues.boundaries)
            return "future" if perfect else "present"
        if lw in cues.scheduling or lw in cues.intent or lw in cues.expecting or lw in cues.readiness:
            # "set to expire Nov. 6", "expects to release in mid-November"; "had been set to" either side of now; a
            # present perfect ("has vowed to march on Saturday", "has been set to") still holds, so ahead; a readiness
            # after "was" is reported ("said he was ready to meet on Tuesday"), not after "had"
            past_aux = any(a.lower() in cues.aux_past and a.lower() not in cues.perfect
                           and (lw not in cues.readiness or a.lower() not in cues.be) for a in backwards[k + 1 : k + 4])
            return "present" if past_aux or lw in ("planned",) else "future"
        governing = _with_auxiliary(backwards, k, cues, infinitives=False)
        if governing is not None:
            if lw in cues.aspectual:
                return governing  # "started to drop in May": the start's own time, not ahead of it
            break
    if governing == "future":
        return "future"
    if be_form:
        return "present" if governing == "past" else "future"
    return None


def _after_noun_opener(backwards: list[str], i: int, cues: TenseWords) -> bool:
    """Whether ``backwards[i]`` comes right after an article or possessive (``noun_openers``), maybe with one of
    ``noun_modifiers`` between ("the first cut", "a cut"): it opens a noun there, no verb."""
    k = i + 1
    while k < len(backwards) and k <= i + _NOUN_MODIFIERS and backwards[k].lower() in cues.noun_modifiers:
        k += 1  # "the first rate cut": two of them
    return k < len(backwards) and backwards[k].lower() in cues.noun_openers


_INFINITIVE_NEXT = frozenset(("to", "be"))  # the word before a verb (next in a backwards list) that :func:`_infinitive` can read
# each of them in every mix of cases ("to", "To", "TO", ...): a token (ASCII letters) is one of them exactly when its lower case is
# one of _INFINITIVE_NEXT, tested without lower-casing it
_INFINITIVE_NEXT_CASED = frozenset("".join(cs) for w in _INFINITIVE_NEXT for cs in itertools.product(*((c, c.upper()) for c in w)))


def _with_auxiliary(backwards: list[str], i: int, cues: TenseWords, infinitives: bool = True) -> Optional[str]:
    """The cue of ``backwards[i]``, unless an auxiliary just before it (later in the list) says otherwise.

    An intention word is a cue only as a verb ("plans to", not "the plan"); a scheduling word after a
    past auxiliary ("was scheduled for Sunday") says the time may lie either side of now ("present")."""
    word = backwards[i]
    lw = word.lower()
    if (lw not in cues.auxiliary_heads and word not in cues.open_modals and _cue(word, cues) is None
            and not (infinitives and i + 1 < len(backwards) and backwards[i + 1].lower() in _INFINITIVE_NEXT)):
        return None  # (most words) no cue of its own, no infinitive, none of the words the tests below read first: all fail
    after = backwards[i - 1].lower() if i > 0 else ""
    if lw in cues.perfect and i + 1 < len(backwards) and backwards[i + 1].lower() in cues.perfect_ahead:
        return "future"  # "will have a final gallop on Friday", "will have finished by March": ahead
    if lw in cues.perfect and i > 0 and (backwards[i - 1].lower() in cues.noun_openers or backwards[i - 1].lower() in cues.have_counts):
        return "present"  # "The team has a game on Saturday", "have two home games": "has" before a noun is the verb itself, no perfect
    if backwards[i] in cues.open_modals:
        return "future" if _open_modal(backwards, i, cues) else None
    if lw in cues.intent:
        if i + 1 < len(backwards) and backwards[i + 1].lower() in cues.determiners:
            return None  # "the plan", "its plans": a noun
        if lw in cues.intent_nouns and _noun_before_preposition(backwards, i, cues):
            return None  # "adopted a revised plan on Friday", "discussed plans for the merger": a noun, no verb of the clause
        if lw == "planned":
            if i + 1 < len(backwards) and backwards[i + 1].lower() in cues.be_present:
                return "future"  # "talks are planned for Oct. 5": a plan that stands now
            return "present"  # "planned a rally for Saturday": ahead of the planning, either side of now
    if lw in cues.scheduling and i + 1 < len(backwards) and backwards[i + 1].lower() in cues.superseded:
        return "present"  # "originally scheduled for June 15": a plan given up, either side of now
    if lw in cues.scheduling and i + 1 < len(backwards) and backwards[i + 1].lower() in cues.reached_due:
        return "past"  # "a bond payment that fell due on March 1": the day came, gone by ("falls due on Friday" looks ahead)
    if lw == "due" and after == "to" and i > 1 and backwards[i - 2].lower() in cues.determiners:
        return None  # "due to its loss": because of
    if infinitives and i + 1 < len(backwards) and backwards[i + 1].lower() in _INFINITIVE_NEXT:  # ("to", "be to": else no infinitive)
        ahead = _infinitive(backwards, i, cues)
        if ahead is not None:
            return ahead
    cue = _cue(backwards[i], cues)
    if cue == "present" and i + 1 < len(backwards) and backwards[i + 1].lower() in cues.aux_future:
        return "future"  # "will stay open late on Friday", "will say on Friday": the auxiliary's
    if cue is None and lw in cues.scheduling and _passive_present(backwards, i, cues):
        return "future"  # "rain is forecast for much of the weekend": no past or present form of its own
    if (cue == "past" and lw not in cues.past and lw not in cues.holding and backwards[i][:1].islower()
            and any(w.lower() in cues.holding for w in backwards[i + 1 : i + 1 + _HELD_REACH])):
        return None  # "will keep its flights suspended until Oct. 31": the holding verb's tense, not the participle's
    if cue == "past" and lw in cues.present_alike and i + 1 < len(backwards) and backwards[i + 1].lower() in cues.holding:
        return None  # "will close early and stay shut on Boxing Day": a state the holding verb keeps, no past of its own
    if cue == "past" and lw in cues.present_alike and i + 1 < len(backwards) and backwards[i + 1].lower() in cues.list_words:
        return None  # "will hold rates on Nov. 6 and cut in the spring": the verb it is joined to says
    if cue == "past" and lw in cues.present_alike and _after_noun_opener(backwards, i, cues):
        return None  # "Analysts expect the first cut in June": a noun, no past
    if cue == "past" and backwards[i][:1].islower() and i + 1 < len(backwards) and backwards[i + 1].lower() in cues.adjective_prepositions:
        return None  # "will train behind closed doors on Saturday": an adjective before its noun, no verb
    if cue == "past" and lw in cues.present_alike and i + 1 < len(backwards) and backwards[i + 1].lower() == "to":
        return None  # "want the bank to cut rates on March 19": a bare infinitive, no past (as "to raise" is none)
    if cue == "past" and lw not in cues.be and _passive_present(backwards, i, cues):
        if lw in cues.staged and backwards[i][:1].islower():
            return "future"  # "A relaxed screening is held on Monday afternoon": a fixture's notice, ahead (as "hosts", "hears")
        return "present"  # "when the case is known in May": a passive in the present, not a past form
    if cue is not None and cue != "present" and lw not in cues.aux_future and lw not in cues.aux_past:
        for k, aux in enumerate(backwards[i + 1 : i + 4], start=i + 1):
            la = aux.lower()
            if la in cues.boundaries:
                break
            if la in cues.aux_future or aux in cues.modals or _open_modal(backwards, k, cues):
                if k > i + 1 and cue == "past" and not _helps_participle(backwards[i + 1], cues):
                    break  # "would ease fears raised in the autumn": the participle qualifies a noun, its own past
                return "future"  # "will be resolved", "may finally be resolved"
            if la in cues.aux_past and la in cues.perfect and (lw in cues.scheduling or lw in cues.appointing) and after in cues.appointment_prepositions:
                return "future"  # "The vote has been scheduled for Monday": the appointment made, ahead
            if la in cues.perfect and k + 1 < len(backwards) and backwards[k + 1].lower() in cues.perfect_ahead:
                return "future"  # "will have finished by March": a future perfect, ahead
            if la in cues.aux_past and _dated_act(backwards, i, k, cues):
                return "past"  # "The firm had expected in January to hire 200 staff": when it expected it
            if la in cues.aux_past:
                return "present" if cue == "future" and lw in cues.scheduling else "past"
    return cue


_SCHEDULED_REACH = 8  # words before a time in which a scheduled present of its clause is looked for


def _scheduled_before(before: list[str], cues: TenseWords) -> bool:
    """Whether a scheduled present form ("appears", "meets", ``scheduled_present``) that names a fixture, or a future
    auxiliary ("will go on trial"), stands among the last words of the clause before a time ("A man appears in court on
    Monday accused of fraud", "will go on trial on Monday accused of taking bribes"): a past form right after the time
    is then a participle of the subject, not the clause's verb."""
    backwards: list[str] = []
    for w in reversed(before[-_SCHEDULED_REACH:]):
        if w.lower() in cues.boundaries:
            break
        backwards.append(w)
    return any((w.lower() in cues.scheduled and _scheduled_present(backwards, i, cues) == "future") or w.lower() in cues.aux_future
               for i, w in enumerate(backwards))


def _dated_act(backwards: list[str], i: int, k: int, cues: TenseWords) -> bool:
    """Whether the scheduling word ``backwards[i]`` is the active perfect of the auxiliary right before it (``backwards[k]``,
    no "been" between) and the time follows it after one of ``act_prepositions`` ("had forecast in March that output would
    recover", "had expected in January to hire"): the time dates the forecasting or planning, a past act; not an appointment
    ("has been scheduled for Monday") nor what was expected ("had been expected in January")."""
    aux = backwards[k].lower()
    return (k == i + 1 and i > 0 and backwards[i].lower() in cues.scheduling and (aux in cues.perfect or aux in cues.past_perfect)
            and backwards[i - 1].lower() in cues.act_prepositions)


def _helps_participle(word: str, cues: TenseWords) -> bool:
    """Whether ``word``, right before a past form, lets an auxiliary further back govern it ("will [be] resolved", "will
    be [fully] reopened", a holding verb: "will [stay] shut"); a noun there ("would ease [fears] raised") makes the form a
    participle of its own.  Without the list every word helps, as before it."""
    lw = word.lower()
    return (not cues.participle_helpers or lw in cues.participle_helpers or lw in cues.holding
            or (lw.endswith("ly") and lw not in cues.not_adverbs))


def _noun_before_preposition(backwards: list[str], i: int, cues: TenseWords) -> bool:
    """Whether the intention word ``backwards[i]`` ("plan", "plans") is followed right away by the preposition of the time
    (``backwards[0]``) and has a verb a few words before it ("adopted a revised plan on Friday", "released its budget plan
    in March"): a noun, the time is the verb's before it; not with no verb before it ("The firm plans for June a launch"),
    nor with words between ("unveiled plans for a rally on Saturday": the time may be the rally's, planned ahead)."""
    if i != 1 or backwards[0].lower() not in cues.prepositions:
        return False
    for w in backwards[i + 1 : i + 1 + _PLAN_OBJECT]:
        if w.lower() in cues.boundaries:
            return False
        if _cue(w, cues) is not None:
            return True
    return False


_PLAN_OBJECT = 4  # words between a verb and the noun "plan" it governs ("adopted [a revised] plan", "released [its budget] plan")


_HELD_REACH = 3  # words between a holding verb and its participle ("keep [its flights] suspended")


def _passive_present(backwards: list[str], i: int, cues: TenseWords) -> bool:
    """Whether a present "be" stands right before the participle ``backwards[i]`` (an adverb
    in -ly or a negation may come between): "is heard", "are widely expected", "is not heard"."""
    for w in backwards[i + 1 : i + 4]:
        lw = w.lower()
        if lw.endswith("ly") or lw in cues.negation:
            continue
        return lw in cues.be_present
    return False


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
    nouns = tense_words(language).report_nouns
    if not nouns:
        return False
    m = _REPORT_AFTER.match(text, end, end + 40)
    if m is not None and any(w.lower() in nouns for w in m.group(0).split()[: _REPORT_GAP + 1] if w.isalpha()):
        return True
    before = _TOKEN.findall(text, max(0, start - 24), start)
    return len(before) >= 2 and before[-1].lower() == "for" and before[-2].lower() in nouns


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


_FIXTURE_AFTER = re.compile(r"('s)?\s{1,3}([A-Za-z]+)(?:\s{1,3}([A-Za-z]+))?")


def names_fixture(text: str, end: int, language: str = "en") -> bool:
    """Whether a scheduled event's noun comes right after the expression ("Saturday's game", "the
    Sunday election", "the March 14 concert"), after a possessive maybe past one word ("Saturday's league match"): in a
    present clause it lies ahead."""
    m = _FIXTURE_AFTER.match(text, end, end + 36)
    if m is None:
        return False
    cues = tense_words(language)
    fixtures = cues.fixtures
    return m.group(2).lower() in fixtures or (m.group(3) is not None and m.group(3).lower() in fixtures
                                              and (m.group(1) is not None or m.group(2).lower() in cues.fixture_modifiers))  # "the March 14 half marathon"


def for_fixture(text: str, start: int, end: int, language: str = "en") -> bool:
    """Whether the expression is the day of a fixture an act was done for: one of ``appointment`` ("for") right before it,
    maybe with a determiner between, and a fixture's noun right after it ("named his side for Saturday's match", "bought
    tickets for the June 7 concert"): the fixture lies after the act, either side of now."""
    cues = tense_words(language)
    if _may_hold_phrase(text, end, end + 64, cues.fixture_sales) and _sold_after_fixture(text, end, cues):
        return True  # "its New Year's Day swim had sold out" said in November: the fixture the sale was of
    if not _may_hold(text, max(0, start - 36), start, cues.appointment) and not _may_hold_phrase(text, max(0, start - 24), start, cues.fixture_sales):
        return False  # (most times) no "for" or "sold out" in reach, tested without tokenising
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
    if words[-1:] and words[-1] in cues.determiners:
        words = words[:-1]
    # "had sold out the Boxing Day meeting" said in November: the fixture after the sale, as "sold seats for"
    sold = any(tuple(words[len(words) - len(p) :]) == p for p in cues.fixture_sales)
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
    words = [w.lower() for w in found]
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
    if not _may_hold(doc.text, max(s, start - 30), start, cues.reporting):
        return False  # (most times) no reporting verb in reach, tested without tokenising
    before = _TOKEN.findall(doc.text, max(s, start - 30), start)
    for w in reversed(before[-3:]):
        lw = w.lower()
        if lw in cues.skip:
            continue  # "said on Tuesday"
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
        if lw in cues.skip or lw in cues.clock_words:
            continue  # "Kick-off is at 5:30 p.m. on Sunday": the clock time is passed over
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
            return not held or (k > 0 and before[k - 1].lower() in cues.perfect) or _perfect_state(before[:k], cues)
        if lw not in cues.signal_fillers and not (held and lw in cues.until_hedges):
            return False
    return False


def _perfect_state(words: list[str], cues: TenseWords) -> bool:
    """Whether ``words`` end in a present perfect passive or state: "have been suspended", "has been closed", with a
    phrasal particle after it ("has been ruled out", "has been called off")."""
    if len(words) >= 4 and words[-1].lower() in cues.participle_particles:
        words = words[:-1]
    return (len(words) >= 3 and words[-2].lower() == "been" and words[-3].lower() in cues.perfect
            and _cue(words[-1].lower(), cues) == "past")


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


_FRONTED_REACH = 24  # words after an opening time phrase in which its main verb is looked for


def _after_aside(before: list[str], opened: int, cues: TenseWords) -> bool:
    """Whether the comma that opens the expression's clause (``opened`` words before it) closes an aside of a clause
    begun before it (a word other than a boundary or "and"/"or" stands right before that comma's phrase)."""
    k = len(before) - opened - 1  # the comma
    if k <= 0 or before[k] != ",":
        return False
    prev = before[k - 1].lower()
    return prev not in cues.boundaries and prev not in cues.list_words and prev not in cues.skip


_ASIDE_SUBJECT_WORDS = 6  # words of a subject before an aside that holds the expression ("[Their last walkout], in March, shut ...")


def _bare_subject(words: list[str], cues: TenseWords) -> bool:
    """Whether ``words`` (from the sentence's start) are a subject alone: a few words with no tense cue, reporting verb or
    boundary ("The strike", "Their last walkout", "Last year's race"; not "The union said", "When the strike began")."""
    return (0 < len(words) <= _ASIDE_SUBJECT_WORDS and all((w[:-2] if w.endswith("'s") else w).isalpha() for w in words) and words[0][:1].isupper()
            and not any(w.lower() in cues.boundaries or w.lower() in cues.reporting or _cue(w, cues) is not None for w in words))


_OPENING_MARKS = frozenset({'"', "“", "("})  # marks that may stand before a time opening its sentence ('"On Wednesday I fly home')


def _fronted_cue(clause_before: list[str], after: list[str], cues: TenseWords) -> Optional[str]:
    """ "In January, the company hired ...": a time phrase that opens the sentence takes the
    tense of the main verb after the comma (its subject may be several words long)."""
    if after[:1] != [","] or any(w.lower() not in cues.skip for w in clause_before):
        return None
    words = 0
    skipping = False
    for k, w in enumerate(after[1:], start=1):
        lw = w.lower()
        if lw == ",":
            skipping = False  # past an aside ("In January, a week after the vote, a bomb killed ...")
            continue
        if skipping:
            continue
        if lw in cues.boundaries:
            if after[k - 1] != ",":
                return None
            skipping = True  # "On Friday, when the minister left, the office closed": the main clause follows
            continue
        words += 1
        if words > _FRONTED_REACH:
            return None
        if lw in cues.reporting and lw not in cues.not_verbs:
            return "past"
        if lw in cues.scheduled and w[:1].islower():
            # "On Sunday, the team faces its rival": a fixture ahead (not "the visits", "to meet", "will meet")
            scheduled = _scheduled_present(list(reversed(after[: k + 1])), 0, cues)
            if scheduled is not None:
                return scheduled
        cue = _cue(w, cues)
        if cue == "past" and lw in cues.be and _scheduled_infinitive(after, k + 1, cues):
            return "present"  # "On Friday, the council was due to vote": a plan reported, either side of now (the nearest)
        if cue is not None:
            return cue
    return None


def _scheduled_infinitive(words: list[str], k: int, cues: TenseWords) -> bool:
    """Whether ``words[k:]`` open with a scheduling word and an infinitive, maybe after an adverb in -ly ("due to vote",
    "originally set to open"): after a past "be", a plan reported, as "was due to vote on Friday" reads it."""
    for j in range(k, min(k + 2, len(words))):
        if words[j].lower() in cues.scheduling:
            return j + 1 < len(words) and words[j + 1].lower() in _INFINITIVE_NEXT
        if not _adverb(words[j], cues):
            return False
    return False


def _auxiliary_next(words: list[str], k: int, cues: TenseWords) -> bool:
    """Whether ``words[k]`` is an auxiliary or modal ("and will hold", "but had left"): after "and" it opens a verb of its own."""
    if k >= len(words):
        return False
    w = words[k]
    lw = w.lower()
    return lw in cues.aux_future or lw in cues.aux_past or lw in cues.be or w in cues.modals or w in cues.open_modals


def _verb_next(words: list[str], k: int, cues: TenseWords) -> bool:
    """Whether ``words[k]`` is a lower-case verb form with a tense of its own ("and planned to return", "and stayed"):
    after "and" it opens a coordinated verb, whose cue is not the clause's before it."""
    return k < len(words) and words[k][:1].islower() and _cue(words[k], cues) in ("past", "future")


def _bare_object(word: str, cues: TenseWords) -> bool:
    """Whether ``word``, right after a reporting word, is a noun without a determiner ("added jobs", "reported losses"),
    not the start of a reported clause ("said the plant would", "warned that prices")."""
    lw = word.lower()
    return word.isalpha() and word[:1].islower() and lw not in cues.determiners and lw not in cues.skip and _cue(word, cues) is None


def _participle_by(backwards: list[str], i: int, cues: TenseWords) -> bool:
    """Whether ``backwards[i]`` is a form read as past only from its ending with "by" after it ("followed by",
    "accompanied by"): opening a phrase after a comma, a participle, no verb of its own."""
    w = backwards[i]
    return w[:1].islower() and w.lower() not in cues.past and i > 0 and backwards[i - 1].lower() == "by"


def _after_adjacent(after: list[str], cues: TenseWords) -> list[str]:
    """The first words after an expression in which its verb may stand ("Friday, police said"): past a
    comma, a form read as past only from its ending opens a participle phrase ("at a ceremony on
    Thursday, followed by a news conference"), no verb of the clause."""
    words = [w for w in after[:3] if w not in ","]
    if after[:1] == [","] and words and words[0].lower() not in cues.reporting:
        # past a comma only a reporting verb is the time's ("on Friday, police said"): not a participle phrase ("on Thursday,
        # followed by a news conference"), nor the main verb after a relative clause ("who arrived on Tuesday night, will stay")
        return []
    return words


_SUBJECT_PARTICIPLE = 3  # words of a subject before its participle ("[All online] orders placed by ...")


def _participle_subject(before: list[str], cues: TenseWords) -> bool:
    """Whether the words before a time are a sentence's subject and a past form after it, no cue among them ("Deliveries
    ordered by"): what :func:`_subject_participle` asks first, tested before the words after the time are tokenised."""
    k = len(before) - 1
    while k >= 0 and _cue(before[k], cues) != "past":  # the last past form (a plain loop: read per time)
        k -= 1
    if k <= 0 or k > _SUBJECT_PARTICIPLE or not before[0][:1].isupper():
        return False
    return not any(_cue(w, cues) is not None or w.lower() in cues.boundaries or w.lower() in cues.determiners and j > 0
                   for j, w in enumerate(before[:k]))


def _subject_participle(before: list[str], after: list[str], cues: TenseWords) -> bool:
    """Whether the past form before a time is a participle of the sentence's subject, with the main verb after the time in
    the present or future ("Deliveries ordered by December 18 are guaranteed to arrive", "Troops deployed on Monday will
    stay"): the subject's words before it hold no cue, and the first cue after the time, before a clause boundary, is a
    present "be" or a future auxiliary.  What the participle says may lie either side of now."""
    if not _participle_subject(before, cues):
        return False
    for w in after:
        lw = w.lower()
        if lw in cues.boundaries or lw in cues.list_words:
            return False  # ("Shares closed on Monday at 300 and are up": the past verb's own clause ends)
        if _cue(w, cues) is not None:
            return lw in cues.be_present or lw in cues.aux_future
    return False


def tense_evidence(doc: Doc, start: int, end: int) -> tuple[Optional[str], int]:
    """('past' | 'present' | 'future' | None, where the cue was: 0 the adjacent verb, 1 the clause, 2 the sentence)."""
    cues = tense_words(doc.language)
    before = _tokens(doc.text, max(doc.sentence_at(start)[0], start - 160), start, cues)
    tense, level = _tense_evidence(doc, start, end, before)
    if tense == "present" and level <= 1:
        if _future_time_clause(before, cues):  # (the words _tense_evidence read first, tokenised once for both)
            return "future", level  # "will cut 40 jobs after the deal is completed in the spring": the spring ahead
    return tense, level


_TIME_CLAUSE = 12  # words at most between a clause of time's conjunction and the expression
_TIME_CLAUSE_HEAD = 15  # words at most between the main clause's future auxiliary and the conjunction


_FORECAST_REACH = 12  # words at most between a forecast's verb and the time it gives


def _forecast_clause(before: list[str], cues: TenseWords) -> bool:
    """Whether the clause before the time opens with a forecast and its present verb ("The forecast shows heavy rain for",
    "the charts show a cold front crossing the country late on", "forecasters see drier weather returning by"; tense.toml
    ``forecast_subjects``, ``forecast_verbs``) with no verb of a tense or a reporting word between: what it gives lies ahead."""
    if cues.forecast_subjects.isdisjoint(map(str.lower, before[-_FORECAST_REACH - 1 : -1])):
        return False  # quick test (most clauses): no forecast subject right before any word the loop below reads
    verbs = cues.forecast_verbs
    for k in range(len(before) - 1, max(0, len(before) - _FORECAST_REACH) - 1, -1):
        w = before[k]
        lw = w.lower()
        if lw in verbs and k > 0 and w[:1].islower() and before[k - 1].lower() in cues.forecast_subjects:
            return True
        cue = _cue(w, cues)
        if cue == "past" and k > 0 and lw not in cues.past and (before[k - 1].lower() in cues.prepositions or before[k - 1].lower() in cues.determiners):
            continue  # "ice on [untreated] roads": an adjective after a preposition or a determiner, no verb
        if lw in cues.boundaries or lw in cues.reporting or cue in ("past", "future"):
            return False  # "The charts show the shares peaked in March": the verb between says
    return False


def _future_time_clause(before: list[str], cues: TenseWords) -> bool:
    """Whether the words before an expression (its sentence's, in order) end in a clause of time ("after the deal is
    completed") that follows a future or conditional auxiliary of its sentence ("will cut 40 jobs after ...", "said it would
    close stores once ..."), with no boundary between: a present there is written for what is still ahead."""
    k = len(before) - 1
    while k >= max(0, len(before) - _TIME_CLAUSE):
        lw = before[k].lower()
        if lw in cues.time_clauses:
            break
        if lw in cues.boundaries:
            return False
        k -= 1
    else:
        return False
    for w in reversed(before[max(0, k - _TIME_CLAUSE_HEAD) : k]):
        lw = w.lower()
        if lw in cues.aux_future:
            return True
        if lw in cues.boundaries:
            return False
    return False


def _without_relative_aside(back: list[str], comma: int, cues: TenseWords) -> list[str]:
    """The words before an expression read backwards (``back``; ``back[comma]`` the comma that opens its clause), without a
    relative aside that comma closes (", which began in March,"), its relative word and opening comma: the subject of the
    clause comes next. ``back`` itself when no such aside stands there."""
    for j in range(comma + 1, len(back) - 1):
        w = back[j].lower()
        if w in cues.relatives and back[j + 1] == ",":
            return back[: comma + 1] + back[j + 2 :]
        if w in cues.boundaries:
            return back
    return back


def _tense_evidence(doc: Doc, start: int, end: int, before: Optional[list[str]] = None) -> tuple[Optional[str], int]:
    """:func:`tense_evidence` before a present in a clause of time under a future auxiliary is read as ahead.  ``before``:
    the words of the sentence in the 160 characters before ``start`` (:func:`_tokens`), when the caller has them (never changed here)."""
    cues = tense_words(doc.language)
    text = doc.text
    s, e = doc.sentence_at(start)
    if before is None:
        before = _tokens(text, max(s, start - 160), start, cues)
    if _forecast_clause(before, cues):
        return "future", 1  # "The forecast shows heavy rain for Saturday", "The outlook has snow for Thursday night": ahead
    cue = _cue_adjacent(list(reversed(before[-7:])), 3, cues)
    if (cue == "past" and start - 160 <= s and _participle_subject(before, cues)
            and _subject_participle(before, _tokens(text, end, min(e, end + 120), cues), cues)):
        return "present", 1  # "Deliveries ordered by December 18 are guaranteed to arrive": a participle of the subject, either side of now
    rest: Optional[list[str]] = None  # the words after it to the sentence's end, when made (read, never changed)
    if (start - 160 <= s and cue in (None, "past") and _headline_marker(before, cues) is not None
            and _headline_infinitive(before, rest := _tokens(text, end, e, cues), cues)):
        return "future", 0  # "Storm Bella to hit coast Friday": a headline's infinitive with no verb of its own, ahead
    if cue == "past" and start - 160 <= s:
        comma = _absolute_phrase(text, s, start, before, cues)
        if comma is not None:
            return _tense_evidence(doc, comma, comma)  # "..., with roads around the ground closed from 2 p.m.": the clause before says
    if cue:
        return cue, 0  # the verb right before it: the words after it are not needed (nor tokenised)
    if start - 160 <= s:
        comma = _list_item(text, s, start, before, cues)
        if comma is not None:
            head, level = _tense_evidence(doc, comma, comma)
            if head is not None:
                return ("future" if head == "present" else head), max(level, 1)  # "have two games, the first on Sunday": ahead
    if start - 160 <= s and _opening_participle(before, cues):
        return "past", 0  # "Asked on Tuesday whether he would resign, ...", "Arrested on Sunday, the man will appear ..."
    after = rest if rest is not None and e <= end + 120 else _tokens(text, end, min(e, end + 120), cues)  # (the same words)
    if rest is None and e <= end + 120:
        rest = after  # (the words to the sentence's end, read again below)
    possessive = after[:1] == ["'s"]  # "from Saturday's game": the day names a thing, it ends no span
    # "runs from Monday to Friday": the range's first end; the pair is kept not over as a whole (see neighbours.ordered_range)
    range_start = bool(after[:1]) and (after[0].lower() in cues.until or after[0].lower() in cues.range_words)
    if range_start and after[0].lower() in cues.list_words and not (before and before[-1].lower() in cues.range_words):
        range_start = False  # "Voting runs from the 8th and closes on December 20": "and" joins verbs, it closes only "between ... and"
    if possessive:
        after = after[1:]  # "Sunday's game will decide": a possessive, not "is"
    elif after[:1] and after[0][:1].islower() and after[0] in cues.subject_present and not text[s:start].strip():
        return "future", 0  # "Thursday marks the anniversary": the subject of a present verb, that day or the one ahead
    adjacent = _after_adjacent(after, cues)
    cue = _cue_adjacent(adjacent, 3, cues, backwards=False)
    if cue == "past" and _scheduled_before(before, cues):
        cue = None  # "A man appears in court on Monday accused of fraud": a participle of the subject, the fixture's verb says
    if cue == "past" and adjacent[:1] and adjacent[0].lower() in cues.perfect:
        return cue, 2  # "The marathon on April 26 has attracted 60,000 entries": a present perfect is about now, weak evidence
    if cue:
        return cue, 0
    clause_before: list[str] = []
    comma_before = False  # the clause begins after a comma ("cut rates three times this year, in February, May and August")
    relative_before = False  # the clause begins with "who"/"which": a form in "-ed" right after it is its verb ("who returned")
    for w in reversed(before):
        if w.lower() in cues.boundaries and not (w == "," and _list_comma(clause_before, cues)):
            comma_before = w == ","
            relative_before = w.lower() in cues.relatives
            break
        clause_before.append(w)
    clause_after: list[str] = []
    for k, w in enumerate(after):
        if w.lower() in cues.boundaries or (w.lower() in cues.list_words and (_auxiliary_next(after, k + 1, cues) or _verb_next(after, k + 1, cues))):
            break  # "reported results on Tuesday and will hold a call Friday", "set out on Saturday and planned to return": the second verb has its own tense
        clause_after.append(w)
    fronted = None
    # (not a phrase after an aside: "would cut 1,200 jobs, about one in eight of its staff, by the end of March, after
    # bookings fell" is the cutting's, not the falling's; "said that, on Sunday, militants struck" opens a clause)
    if after[:1] == [","] and all(w.lower() in cues.skip for w in clause_before) and not _after_aside(before, len(clause_before), cues):
        fronted = _fronted_cue(clause_before, (rest if rest is not None and e <= end + 240 else _tokens(text, end, min(e, end + 240), cues)), cues)
    elif (not possessive and after[:1] and after[0] != "," and start - 160 <= s and all(w in _OPENING_MARKS for w in before[: len(before) - len(clause_before)])
          and all(w.lower() in cues.skip for w in clause_before)):
        # "On Wednesday I fly home", "In March the firm hired": opening the sentence with no comma, as with one
        fronted = _fronted_cue(clause_before, [","] + (rest if rest is not None and e <= end + 240 else _tokens(text, end, min(e, end + 240), cues)), cues)
    if fronted:
        return fronted, 0
    if (after[:1] == [","] and start - 160 <= s and all(w.lower() in cues.skip for w in clause_before)
            and _after_aside(before, len(clause_before), cues) and _bare_subject(before[: len(before) - len(clause_before) - 1], cues)):
        # "Their last walkout, in March, shut two wards": an aside between a subject and its verb, which the verb after it says
        inner = _fronted_cue([], (rest if rest is not None and e <= end + 240 else _tokens(text, end, min(e, end + 240), cues)), cues)
        if inner:
            return inner, 1
    reported = None
    reported_near = False
    deferred: Optional[tuple[str, int]] = None
    opens = start - 160 <= s or len(clause_before) < len(before)  # clause_before reaches its clause's first word
    sentence_back = list(reversed(before))
    if comma_before:  # "The talks, which began in March, end on Sunday": the aside's past is no tense of the clause after it
        sentence_back = _without_relative_aside(sentence_back, len(clause_before), cues)
    quiet = cues.quiet_memo
    for level, group, backwards in ((1, clause_before, True), (1, clause_after, False), (2, sentence_back, True), (2, after, False)):
        for i, word in enumerate(group[: 14 if level == 1 else 22]):
            q = quiet.get(word)
            if q is None:
                q = _quiet(word, cues)
            if q and not (backwards and i + 1 < len(group) and group[i + 1] in _INFINITIVE_NEXT_CASED):
                continue  # (most words) no cue, no infinitive and none of the words the tests below read: none of them holds
            lw = word.lower()  # (read by most of the tests below)
            if level == 1 and backwards and lw in cues.scheduled and _scheduled_present(group, i, cues) == "future":
                return "future", 1  # "Chicago visits Miami on Sunday": a fixture, ahead of now
            if level == 1 and backwards and lw in cues.staged and word[:1].islower() and _passive_present(group, i, cues):
                return "future", 1  # "The lottery is drawn at 8 p.m. on Tuesday": a fixture's present passive, ahead
            if (level == 1 and backwards and i > 1 and lw in cues.scheduled_objects and _object_after(group, i, cues)
                    and _scheduled_present(group, i, cues) == "future"):
                return "future", 1  # "Apple reports earnings on Thursday": a noun too, a verb with its object after it
            if (level == 1 and backwards and i > 0 and lw in cues.scheduled_going and group[i - 1].lower() in cues.going_words
                    and _scheduled_present(group, i, cues) == "future"):
                return "future", 1  # "Voters head to the polls on Sunday"
            if level == 1 and backwards and lw in cues.be_states and _be_state(group, i, cues) and all(_clock_range_word(w, cues) for w in group[:i]):
                return "future", 1  # "Polls are open from 7 a.m. to 8 p.m. on Sunday": a notice of a day ahead
            if (level == 1 and backwards and not possessive and not range_start and word in cues.span_present and _span_present(group, i, cues)
                    and all(_clock_range_word(w, cues) for w in group[: (_span_opener(group, i, cues) or 0) + 1])):
                return "future", 1  # "The curfew runs from 10 p.m. to 12 a.m. on Saturday": the span's notice, ahead
            if (level == 2 and backwards and comma_before and i > len(clause_before) and lw in cues.scheduled
                    and (_participle_opens(clause_before, cues) or _phrase_opens(clause_before, cues)) and _scheduled_present(group, i, cues) == "future"
                    and not any(w.lower() in cues.boundaries for w in group[len(clause_before) + 1 : i])):
                return "future", 1  # "Rovers face a crucial week, starting with the derby on Saturday": the fixture's verb says
            if (level == 1 and backwards and word in cues.relative_past and group[0].lower() not in cues.appointment_prepositions
                    and ((relative_before and i == len(clause_before) - 1) or (i + 1 < len(group) and group[i + 1].lower() in cues.singular_subjects))):
                return "past", 1  # "Last year's winner, who set a course record in April, will not run": the relative clause's own past
            cue = _with_auxiliary(group, i, cues) if backwards else _forward_cue(group, i, cues)
            if (level == 1 and backwards and cue is None and lw in cues.obligation_modals and i > 0
                    and group[i - 1].lower() not in cues.open_modal_stops):
                return "future", level  # "customers who had left watches must collect them by January 15": an obligation ahead
            if cue == "future" and backwards and i > 0 and group[i - 1].lower() in cues.time_heads:
                continue  # "approved its budget for next year on Tuesday": "next" belongs to a time of its own, not the clause
            if cue == "future" and level == 2 and lw in cues.intent and cues.past_suffix and lw.endswith(cues.past_suffix):
                cue = "past"  # "set out on Saturday and planned to return": outside the time's clause the planning is told, in the past
            if cue == "present" and backwards and lw in cues.be_present and _ahead_subject(group, i, cues):
                cue = "future"  # "Their next match is against the leaders on Saturday": what is next lies ahead
            if cue == "present" and backwards and lw in cues.be_present and 0 < i and group[i - 1].lower() in cues.prospects:
                cue = "future"  # "more rain is likely over the weekend": a prospect stated now lies ahead
            if cue == "past" and backwards and comma_before and i == len(clause_before) - 1 and _participle_by(group, i, cues):
                continue  # "..., followed by a news conference at 2:30 p.m.": a participle phrase, the verb before the comma says
            if cue == "past" and backwards and _backshifted_condition(group, i, cues):
                continue  # "would go ahead unless the port improved its offer by April 30": a condition still open, the "would" says
            if (cue == "past" and backwards and i + 2 < len(group) and group[i + 2].lower() in cues.aux_future
                    and group[i + 1][:1].islower() and group[i + 1].isalpha() and group[i + 1].lower() not in cues.perfect
                    and group[i + 1].lower() not in cues.be and _cue(group[i + 1], cues) is None):
                continue  # "Volunteers will collect donated books on the 29th": a participle before the object of a verb "will" governs
            if cue:
                # a past read only from an "-ed" ending ("preferred shares") is weaker than a known past form or
                # auxiliary ("was shot", "bought"); a present perfect ("has risen") is about now too
                aux = [a.lower() for a in group[i + 1 : i + 3]] if backwards else []
                follower = (group[i - 1] if i > 0 else "").lower() if backwards else (group[i + 1] if i + 1 < len(group) else "").lower()
                # "stepped down", "changed from": a verb, not "the preferred shares"; but an infinitive between it and the
                # expression has its own time ("asked it to respond by Oct. 31")
                # a phrase of no verb after a comma ("cut rates this year, in February, May and August"), or one opening with a
                # participle ("swung widely, rising to a peak in March"), is the verb's before it (not a phrase of its own: "a split,
                # payable Dec. 7")
                carried = (level == 2 and backwards and comma_before and i > len(clause_before)
                           and (all(w.lower() in cues.skip or w.lower() in cues.prepositions for w in clause_before) or _participle_opens(clause_before, cues)
                                or _elided_subject(clause_before, cues) or _phrase_opens(clause_before, cues))
                           and not any(w.lower() in cues.boundaries for w in group[len(clause_before) + 1 : i]))
                if carried and _participle_opens(clause_before, cues) and _in_report_content(group, i, cues):
                    continue  # "warned that profits would be lower, blaming a wet summer": the participle is the warning's, not the content's
                verb = ((follower in cues.verb_followers or (level == 1 and backwards and opens and _subject_before(group, i, cues))
                         or (backwards and i + 1 < len(group) and group[i + 1].lower() in cues.subject_pronouns)  # "said it changed suppliers"
                         or (carried and start - 160 <= s and _subject_before(group, i, cues))  # "Rents climbed steeply, hitting ..."
                         or (level == 1 and backwards and relative_before and i == len(clause_before) - 1))
                        and not (backwards and _infinitive_within(group[:i], cues, lw)))
                guessed = cue == "past" and (lw in cues.perfect or (lw not in cues.past and not verb and not any(a in cues.aux_past and a not in cues.perfect for a in aux)))
                if (guessed and backwards and lw not in cues.perfect and i + 1 < len(group)
                        and (group[i + 1].lower() in cues.determiners or group[i + 1].lower() in cues.list_words)):
                    # "the revised plan", "and reduced service on Friday": an "-ed" form after a determiner or "and" with no
                    # verb's follower may be an adjective: a sure cue further on says more
                    deferred = deferred or (cue, 2)
                    continue
                return cue, (2 if guessed else 1 if carried else level)
            if level == 1 and backwards and reported is None and lw in cues.reporting:
                reported = "past"  # "told a news conference on Tuesday": the clause's own verb
                # "first warned of overcapacity in March": only its object between; "announced the base at a ceremony in the
                # terminal in May": the saying's occasion between
                reported_near = i <= _REPORTED_NEAR or _report_occasion(group[:i], cues)
                if 0 < i and _bare_object(group[i - 1], cues):
                    # "Economists expect employers added 150,000 jobs in December": a reporting word with a bare noun
                    # after it is this clause's verb (what is reported has no verb of its own), not a verb further back
                    return "past", 1
        if level == 1 and not backwards and reported:
            return reported, (1 if reported_near else 2)  # otherwise a weak cue: what was said may be about any time
    return deferred if deferred is not None else (None, 2)


def _in_report_content(backwards: list[str], i: int, cues: TenseWords) -> bool:
    """Whether the verb at ``i`` of words read backwards lies in what a report says: the first boundary further back opens
    reported content ("warned [that] profits would be lower")."""
    return next((w.lower() for w in backwards[i + 1 :] if w.lower() in cues.boundaries), None) in cues.report_content


_OCCASION_GAP = 2  # words at most between an occasion's link word and its noun ("at [a] ceremony", "in [a televised] speech")


def _report_occasion(between: list[str], cues: TenseWords) -> bool:
    """Whether the words between a reporting verb and its time (backwards from the time) hold the saying's occasion, a
    link word and one of its nouns ("announced the base at a ceremony in the terminal in May"), with no verb after it: the
    time is the saying's."""
    for k, w in enumerate(between):
        if _cue(w, cues) is not None or w.lower() in cues.boundaries:
            return False  # a verb between the occasion and the time has a time of its own
        if w.lower() in cues.report_occasions and any(v.lower() in cues.report_occasion_links for v in between[k + 1 : k + 2 + _OCCASION_GAP]):
            return True
    return False


_CONDITION_SUBJECT = 3  # words of a subject between a condition's conjunction and its verb ("unless [the port] improved")


def _backshifted_condition(backwards: list[str], i: int, cues: TenseWords) -> bool:
    """Whether the past form ``backwards[i]`` is the verb of a condition after a future or conditional auxiliary ("would go
    ahead unless the port improved its offer by April 30", "will strike if the company cut pay on Friday"): a past written
    for a condition still open, no past of its own."""
    if not cues.conditions or backwards[i].lower() in cues.aux_past:
        return False
    for k in range(i + 1, min(i + 2 + _CONDITION_SUBJECT, len(backwards))):
        lw = backwards[k].lower()
        if lw in cues.conditions:
            return any(w.lower() in cues.aux_future for w in backwards[k + 1 :])
    return False


def _object_after(backwards: list[str], i: int, cues: TenseWords) -> bool:
    """Whether the word after ``backwards[i]`` opens its object: a determiner or a lower-case noun, not a preposition
    ("reports [its] results on Tuesday", "releases [data] on Friday"; not "media reports [on] Tuesday said")."""
    nxt = backwards[i - 1]
    lw = nxt.lower()
    # a hyphenated modifier opens it too ("reports [full-year] results in February")
    if nxt.endswith("'") or lw.endswith("'s"):
        return True  # a possessive opens it too ("answers MPs' questions on Wednesday", "grills the bank's bosses")
    return lw in cues.determiners or (nxt.replace("-", "").isalpha() and nxt[:1].islower() and lw not in cues.prepositions and lw not in cues.skip)


_ABSOLUTE_REACH = 8  # words at most in a "with" phrase before its participle and time ("with roads around the ground closed")


def _absolute_phrase(text: str, s: int, start: int, before: list[str], cues: TenseWords) -> Optional[int]:
    """Where the comma is (its offset) that sets off a phrase opened by one of ``phrase_openers`` holding the expression
    after a participle and no finite verb ("The match will be policed by 300 officers, with roads around the ground closed
    from 2 p.m."): the participle is no past of its own, the clause before the comma says; else None."""
    clause: list[str] = []
    for w in reversed(before):
        if w.lower() in cues.boundaries:
            if w != "," or not clause or clause[-1].lower() not in cues.phrase_openers or len(clause) > _ABSOLUTE_REACH:
                return None
            if any(c.lower() in cues.aux_past or c.lower() in cues.aux_future or c.lower() in cues.be for c in clause):
                return None  # "with prices that were cut on Monday": a verb of its own
            comma = text.rfind(",", s, start)
            return comma if comma > s else None
        clause.append(w)
    return None


_ITEMS = 4  # items at most of a list read back to its clause ("the first on Sunday, the second on Tuesday and the third ...")
_ITEM_TIME = 6  # words at most of an earlier item's time ("the first on [Sunday afternoon]")


def _list_item(text: str, s: int, start: int, before: list[str], cues: TenseWords) -> Optional[int]:
    """Where the comma is (its offset) that sets off a list of items with no verb of their own, the last of which holds the
    expression ("Rovers have two home games in four days, the first on Sunday and the second on Wednesday": an item is an
    article maybe, one of ``item_openers`` and one of ``item_prepositions`` before its time; items are joined by a comma or
    a list word); else None. ``before``: the sentence's words up to the expression (:func:`_tokens`)."""
    k = len(before)
    commas = 0
    for _ in range(_ITEMS):
        if k < 3 or before[k - 1].lower() not in cues.item_prepositions or before[k - 2].lower() not in cues.item_openers:
            return None
        k -= 2
        if before[k - 1].lower() in cues.item_articles:
            k -= 1
        if k < 2:
            return None
        sep = before[k - 1]
        earlier = _earlier_item(before, k - 1, cues)
        if sep == ",":
            commas += 1
            if earlier is None:
                break  # the comma after the clause the items belong to
        elif sep.lower() not in cues.list_words or earlier is None:
            return None
        k = earlier
    else:
        return None
    comma = start
    for _ in range(commas):
        comma = text.rfind(",", s, comma)
        if comma <= s:
            return None
    return comma


def _earlier_item(before: list[str], end: int, cues: TenseWords) -> Optional[int]:
    """The index right after the preposition of an item ending at ``end`` (its time in at most ``_ITEM_TIME`` words, no mark
    or list word among them), or None."""
    for p in range(end - 1, max(0, end - _ITEM_TIME - 1), -1):
        w = before[p].lower()
        if w in cues.item_prepositions and p > 0 and before[p - 1].lower() in cues.item_openers:
            return p + 1
        if w == "," or w in cues.list_words or w in cues.boundaries:
            return None
    return None


def _phrase_opens(clause_before: list[str], cues: TenseWords) -> bool:
    """Whether the clause (its words backwards from the expression) is a phrase opened by one of ``phrase_openers`` after a
    comma ("opens on Friday, [with] the main concert on Saturday"): it has no verb of its own, the clause before says."""
    return bool(clause_before) and clause_before[-1].lower() in cues.phrase_openers


def _elided_subject(clause_before: list[str], cues: TenseWords) -> bool:
    """Whether the clause (its words backwards from the expression) opens with "and"/"or" and a verb with no subject or
    auxiliary of its own ("will begin on Monday, [and end] on Friday"): the verb shares the subject and auxiliary before the
    comma, so their tense; a past form there may be an adjective ("no trains on Monday, and reduced service on Friday")."""
    if len(clause_before) < 2 or clause_before[-1].lower() not in cues.list_words:
        return False
    w = clause_before[-2]
    nxt = clause_before[-3].lower() if len(clause_before) > 2 else ""
    # the verb's next word opens its object or phrase ("end [on] Friday", "reopen [it] on Friday"); a word after a subject is its
    # verb or an adverb ("and retailers [now] look to Cyber Monday": a clause of its own)
    opens = nxt in cues.prepositions or nxt in cues.determiners or nxt in cues.noun_openers or nxt in cues.singular_subjects or nxt in cues.plural_subjects
    return (opens and w.islower() and w.isalpha() and w not in cues.determiners and w not in cues.noun_openers and w not in cues.singular_subjects
            and w not in cues.plural_subjects and w not in cues.relatives and w not in cues.past
            and not (cues.past_suffix and w.endswith(cues.past_suffix)))  # (not "and reduced service on Friday": an adjective)


def _participle_opens(clause_before: list[str], cues: TenseWords) -> bool:
    """Whether the clause (its words backwards from the expression) opens with a participle and has no verb of its own
    ("Shares swung widely, rising to a peak in March"): a phrase that takes the tense of the verb before the comma."""
    w = clause_before[-1] if clause_before else ""
    return bool(cues.participle_suffix) and w.islower() and w.isalpha() and len(w) >= cues.participle_min_length and w.endswith(cues.participle_suffix)


_HEADLINE_SUBJECT = 6  # words of a headline's subject before its infinitive ("[Storm Bella] to hit coast Friday")


def _headline_marker(before: list[str], cues: TenseWords) -> Optional[int]:
    """Where a headline's infinitive marker stands among the words of a sentence before a time ("Storm Bella [to] hit"),
    after a short subject and before a verb; None without one (what :func:`_headline_infinitive` asks first, tested before
    the words after the time are tokenised)."""
    if cues.headline_infinitive.isdisjoint(map(str.lower, before[: _HEADLINE_SUBJECT + 1])):
        return None  # quick test (most sentences): no marker among the words the loop below reads
    for k, w in enumerate(before[: _HEADLINE_SUBJECT + 1]):  # (a first one further on is no marker either; a plain loop, read per time)
        if w.lower() in cues.headline_infinitive:
            return None if not 1 <= k <= _HEADLINE_SUBJECT or k + 1 >= len(before) else k
    return None


def _headline_infinitive(before: list[str], after: list[str], cues: TenseWords) -> bool:
    """Whether the sentence (its words before the expression, from its start, and after it) is a headline's "subject to verb"
    with no finite verb ("Storm Bella to hit coast Friday", "Prime minister to visit Paris on Monday"): what it announces
    lies ahead. Not when a word with a tense cue or a reporting verb stands anywhere else in its clause ("The road to recovery
    began on Monday"), nor before a name or a noun's determiner after the marker ("Visitors to Paris on Monday")."""
    k = _headline_marker(before, cues)
    if k is None:
        return False
    verb = before[k + 1]
    if not (verb.isalpha() and verb.islower()) or verb in cues.determiners or verb in cues.prepositions or verb in cues.skip:
        return False
    clause_after = list(itertools.takewhile(lambda w: w.lower() not in cues.boundaries, after))  # (", union says": an attribution)
    rest = before[:k] + before[k + 2 :] + clause_after
    return all(w.lower() not in cues.boundaries and w.lower() not in cues.reporting and w.lower() not in cues.headline_infinitive
               and _cue(w, cues) is None for w in rest if w.isalpha() or w.lower() in cues.boundaries)


def _opening_participle(before: list[str], cues: TenseWords) -> bool:
    """Whether the words from the sentence's start to an expression are a past participle and passed-over words only
    ("Asked on Tuesday", "Arrested early Sunday", "Held last week"): the participle's time is past, whatever the main verb
    after it says ("Asked on Tuesday whether he would resign, the minister said no"; "Arrested on Sunday, the man will
    appear in court").  Not a plan's or an expectation's word ("Scheduled for Friday, the vote ...": ahead), nor a name
    (a capitalised word is a participle only so placed, with a past form's ending or an irregular past form)."""
    if not before or len(before) > 3:
        return False
    first = before[0]
    lw = first.lower()
    if not (first[:1].isupper() and first.isalpha()) or any(w.lower() not in cues.skip for w in before[1:]):
        return False
    if (lw in cues.future or lw in cues.scheduling or lw in cues.expecting or lw in cues.intent or lw in cues.deferring
            or lw in cues.aux_past or lw in cues.be or lw in cues.not_past):
        return False
    regular = cues.past_suffix and len(lw) >= cues.past_min_length and lw.endswith(cues.past_suffix)
    return bool(regular) or lw in cues.past


_SUBJECT_WORDS = 3  # words a clause-opening subject may have before its verb ("The central bank raised")


def _ahead_subject(backwards: list[str], i: int, cues: TenseWords) -> bool:
    """Whether the subject right before the present "be" ``backwards[i]`` is a thing still ahead
    ("Their next match is", "The upcoming vote is")."""
    for w in backwards[i + 1 : i + 2 + _SUBJECT_WORDS]:
        lw = w.lower()
        if lw in cues.boundaries:
            return False
        if lw in cues.ahead_subject:
            return True
    return False


def _subject_before(backwards: list[str], i: int, cues: TenseWords) -> bool:
    """Whether the "-ed" form ``backwards[i]`` comes right after its clause's subject: at most a few
    words, opening with a determiner or a capital, none of them a cue ("The bank raised rates in
    March", "Acme posted a loss"), so a verb, not an adjective ("would be paid on a still unspecified date")."""
    subject = backwards[i + 1 :]
    if not 0 < len(subject) <= _SUBJECT_WORDS:
        return False
    first = subject[-1]
    return (first.lower() in cues.determiners or first[:1].isupper()) and all(w.isalpha() and _cue(w, cues) is None for w in subject)


_REPORTED_NEAR = 3  # words at most between a reporting verb and its clause's time for the verb to be the time's own
_LIST_ITEM = 3  # words an item of a list may have between its comma and "and" ("chairman, [chief executive] and")


def _list_comma(after_comma: list[str], cues: TenseWords) -> bool:
    """Whether a comma, with ``after_comma`` the words from the expression back to it, separates the
    items of a list ("stepped down as chairman, president and chief executive in March"): the
    words right after it run into "and"/"or" within a few words, with no comma between; a comma
    right before "and" joins clauses ("he left, and in March ...")."""
    words = [w.lower() for w in reversed(after_comma)]
    for k, w in enumerate(words[: _LIST_ITEM + 1]):
        if w in cues.list_words:
            return k > 0
        if w in cues.boundaries:
            return False
    return False


def _infinitive_within(backwards: list[str], cues: TenseWords, verb: str = "") -> bool:
    """Whether the words (backwards from an expression, up to the clause's ``verb``) hold an infinitive, "to" before a
    lower-case word that is no determiner ("asked it to respond by", not "to a calendar year in" nor "reopened the
    road to traffic in")."""
    for k in range(1, len(backwards)):
        after = backwards[k - 1]
        if (backwards[k].lower() == "to" and after[:1].islower() and after not in cues.determiners and after not in cues.verb_followers
                and after not in cues.amount_words and not _goal_state(backwards, k, cues, verb)):
            return True
    return False


def _goal_state(backwards: list[str], k: int, cues: TenseWords, verb: str = "") -> bool:
    """Whether the "to" at ``backwards[k]`` opens the state a goal verb puts its object into ("reopened the road to
    traffic in March", "returned the plant to service"): the word after it is right before the expression or a
    preposition, and a goal verb (the words' own, or ``verb`` past their end) stands a few words before it with its
    object between (no boundary)."""
    if k >= 2 and backwards[k - 2].lower() not in cues.prepositions:
        return False
    for j in range(k + 2, k + 2 + cues.goal_reach):
        w = backwards[j].lower() if j < len(backwards) else verb
        if w in cues.boundaries:
            return False
        if w in cues.goal_verbs:
            return True
        if j >= len(backwards):
            return False
    return False


def clause_tense(doc: Doc, start: int, end: int) -> tuple[Optional[str], bool]:
    """('past' | 'present' | 'future' | None, whether the cue is the adjacent verb).

    First the verb right next to the expression ("said Friday", "will vote on Sunday"),
    then the nearest cue in the same clause (before, then after), then in the sentence.
    """
    tense, level = tense_evidence(doc, start, end)
    return tense, level == 0
