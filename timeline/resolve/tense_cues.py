"""A language's tense cue words (``<lang>/tense.toml``) and the cheap tests over them: whether a window of text may hold
a cue at all, and which cue a word is."""

from __future__ import annotations

import functools
import re
from typing import Iterable, Optional

import attrs

from ..lexicon import load_data

__all__ = ["PAST_FORMS", "TenseWords", "tense_words"]

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


def shared_groups(phrases: Iterable[tuple[str, ...]]) -> PhraseGroups:
    """(s56) ``phrases`` grouped by the word most of them share (each phrase under its word held by the most phrases, the
    longest of equals), for :func:`_may_hold_grouped`: a window without that word passes over all its phrases at once
    ("out" of "sold out", "sell out"; "sale" of "go on sale", "went on sale"); the same answers as :func:`_may_hold_phrase`."""
    phrases = tuple(phrases)
    counts: dict[str, int] = {}
    for phrase in phrases:
        for w in set(phrase):
            counts[w] = counts.get(w, 0) + 1
    groups: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        key = max(phrase, key=lambda w: (counts[w], len(w))) if phrase else ""  # (an empty phrase: "" is in every window)
        rest = list(phrase)
        if phrase:
            rest.remove(key)
        groups.setdefault(key, []).append(tuple(rest))
    return tuple((key, tuple(rests)) for key, rests in groups.items())


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
    ahead_markers: frozenset[str] = frozenset()  # "to", "has": a sentence with one may look ahead of its past verbs
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
    intent_noun_objects: frozenset[str] = frozenset()
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
    court_reports: frozenset[str] = frozenset()  # (s59) "a court [heard] on Tuesday": a report after a court noun
    court_nouns: frozenset[str] = frozenset()  # (s59) "a [court] heard on Tuesday"
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
    known_measures: frozenset[str] = frozenset()
    measured_values: frozenset[str] = frozenset()
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
    set_off_participles: frozenset[str] = frozenset()  # (s63) ", [named] yesterday as ...,": a reduced relative clause
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
    saying_verbs: frozenset[str] = frozenset()  # "Farmers say [the spring] was the wettest": a saying before its object's subject
    subject_verbs: frozenset[str] = frozenset()  # "... the spring [was] ...": a finite verb right after a time that is its subject
    participle_helpers: frozenset[str] = frozenset()
    obligation_modals: frozenset[str] = frozenset()
    flow_nouns: frozenset[str] = frozenset()
    ticket_nouns: frozenset[str] = frozenset()  # (s53) "Tickets for Sunday sold out": the day a fixture's
    ticket_links: frozenset[str] = frozenset()  # (s64) "seats at Friday's match": a fixture's day after a ticket noun and one of these
    figure_words: frozenset[str] = frozenset()  # (s53) "revenue", "earn": a sentence of figures (see tells_figures)
    offering: frozenset[str] = frozenset()
    conditions: frozenset[str] = frozenset()
    counterfactual_modals: frozenset[str] = frozenset()  # "would [have] been finished by 1901": what did not happen
    counterfactual_have: frozenset[str] = frozenset()
    compared_from: frozenset[str] = frozenset()  # "rose to $42 in June [from] $29.75 in March": the amount a change started from
    compared_links: frozenset[str] = frozenset()  # "... from $29.75 [in] March": the word dating that amount
    relative_past: frozenset[str] = frozenset()  # "who set a course record in April": a past form the present shares, as a subject's verb
    companion_participles: frozenset[str] = frozenset()  # "The summit, followed by a dinner on Friday, will": what comes with the subject
    singular_subjects: frozenset[str] = frozenset()  # "she set": a subject whose present would be "sets"
    staged: frozenset[str] = frozenset()  # "is held on Monday": a fixture's present passive, ahead
    subject_pronouns: frozenset[str] = frozenset()  # "it changed": an "-ed" form right after one is a verb
    past_expectation: frozenset[str] = frozenset()  # (s53) "it expected": an expectation held then, either side of now
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
    sales_groups: "PhraseGroups" = attrs.field(init=False, eq=False, repr=False)
    """(s56) ``fixture_sales`` grouped by their most shared word (:func:`shared_groups`), for the quick tests."""

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "past_prefix_starts", tuple(sorted(self.past_prefixes)))
        object.__setattr__(self, "loop_words", self.scheduled | self.scheduled_objects | self.scheduled_going | self.be_states | self.reporting
                           | self.perfect | self.intent | self.scheduling | self.obligation_modals | self.be_present | self.staged)
        object.__setattr__(self, "loop_cased", self.span_present | self.relative_past | self.open_modals)
        object.__setattr__(self, "auxiliary_heads", self.perfect | self.intent | self.scheduling)
        object.__setattr__(self, "not_cue_groups", phrase_groups(self.not_cues))
        object.__setattr__(self, "preceding_groups", phrase_groups(self.preceding))
        object.__setattr__(self, "forewarning_groups", phrase_groups(self.forewarning))
        object.__setattr__(self, "sales_groups", shared_groups(self.fixture_sales))


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
        modals=words(cues, "modals"), open_modals=words(cues, "open_modals"), ahead_markers=words(cues, "ahead_markers"), open_modal_stops=words(cues, "open_modal_stops"),
        open_modal_negations=words(cues, "open_modal_negations"), present_alike=words(cues, "present_alike"), noun_openers=words(cues, "noun_openers"), noun_modifiers=words(cues, "noun_modifiers"), holding=words(cues, "holding"), superseded=words(cues, "superseded"), reached_due=words(cues, "reached_due"), ahead_subject=words(cues, "ahead_subject"), time_heads=words(cues, "time_heads"), subject_present=words(cues, "subject_present"), clock_words=words(clause, "clock_words"), clock_names=words(clause, "clock_names"), clock_day_joins=words(clause, "clock_day_joins"),
        intent=words(cues, "intent"), intent_nouns=words(cues, "intent_nouns"), intent_noun_objects=words(cues, "intent_noun_objects"), scheduling=words(cues, "scheduling"), appointment_prepositions=words(cues, "appointment_prepositions"), appointing=words(cues, "appointing"), headline_infinitive=words(cues, "headline_infinitive"), act_prepositions=words(cues, "act_prepositions"), backshifted=words(cues, "backshifted"), notice_prepositions=words(cues, "notice_prepositions"), prospects=words(cues, "prospects"), report_occasion_links=words(cues, "report_occasion_links"), report_occasions=words(cues, "report_occasions"), past_links=words(signals, "past_links"), time_clauses=words(cues, "time_clauses"), span_lengths=words(cues, "span_lengths"), be_states=words(cues, "be_states"), report_content=words(cues, "report_content"), court_reports=words(cues, "court_reports"), court_nouns=words(cues, "court_nouns"),
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
        past_perfect=words(aux, "past_perfect"), negation=words(aux, "negation"), completed_by=words(signals, "completed_by"), comparison=words(signals, "comparison"), known_comparison=words(signals, "known_comparison"), known_measures=words(signals, "known_measures"), measured_values=words(signals, "measured_values"), open_comparison=words(signals, "open_comparison"),
        fixtures=words(signals, "fixtures"), fixture_links=words(signals, "fixture_links"), appointment=words(signals, "appointment"), appointed=words(signals, "appointed"),
        date_nouns=words(signals, "date_nouns"), date_links=words(signals, "date_links"),
        preceding=tuple(tuple(p.split()) for p in signals.get("preceding", ())),
        life_asides=words(cues, "life_asides"), event_of=words(cues, "event_of"), event_of_not_after=words(cues, "event_of_not_after"), relatives=words(clause, "relatives"), set_off_participles=words(clause, "set_off_participles"), occasion=words(signals, "occasion"), following=words(signals, "following"), prepositions=words(clause, "prepositions"), adjective_prepositions=words(clause, "adjective_prepositions"), phrase_openers=words(clause, "phrase_openers"), item_openers=words(clause, "item_openers"), item_prepositions=words(clause, "item_prepositions"), item_articles=words(clause, "item_articles"), have_counts=words(clause, "have_counts"), amount_words=words(clause, "amount_words"), report_nouns=words(signals, "report_nouns"), deadline=words(signals, "deadline"), directive=words(signals, "directive"),
        within=words(signals, "within"), forewarning=tuple(tuple(p.split()) for p in signals.get("forewarning", ())), forewarning_gap=words(signals, "forewarning_gap"), decreeing=words(signals, "decreeing"), start_words=words(signals, "start_words"), within_counted=words(signals, "within_counted"), summoning=words(signals, "summoning"), prior_leads=words(signals, "prior_leads"), participle_helpers=words(aux, "participle_helpers"), obligation_modals=words(cues, "obligation_modals"), flow_nouns=words(signals, "flow_nouns"), figure_words=words(signals, "figure_words"), ticket_nouns=words(signals, "ticket_nouns"), ticket_links=words(signals, "ticket_links"), offering=words(cues, "offering"), conditions=words(cues, "conditions"), counterfactual_modals=words(cues, "counterfactual_modals"), counterfactual_have=words(cues, "counterfactual_have"),
        compared_from=words(signals, "compared_from"), compared_links=words(signals, "compared_links"),
        relative_past=words(cues, "relative_past"), singular_subjects=words(cues, "singular_subjects"), companion_participles=words(cues, "companion_participles"),
        staged=words(cues, "staged"), subject_pronouns=words(cues, "subject_pronouns"), past_expectation=words(cues, "past_expectation"), forecast_subjects=words(cues, "forecast_subjects"), forecast_verbs=words(cues, "forecast_verbs"),
        fixture_sales=tuple(tuple(p.split()) for p in signals.get("fixture_sales", ())), fixture_modifiers=words(signals, "fixture_modifiers"), fixture_sides=words(signals, "fixture_sides"), sale_adverbs=words(signals, "sale_adverbs"),
        participle_suffix=data.get("participle", {}).get("suffix", ""), participle_min_length=data.get("participle", {}).get("min_length", 0),
        saying_verbs=words(cues, "saying_verbs"), subject_verbs=words(cues, "subject_verbs"),
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
