"""Anchoring's shared pieces: the :class:`Link` record, the language's cue words, and the small
readings of the text (signals, clause breaks, datelines, a date inside a noun phrase) that the
time, event and tense links all use."""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from types import MappingProxyType
from typing import Mapping, Optional, Protocol, Sequence

import attrs

from ..lexicon import load_data
from ..model import Grain, Timex, TimexType
from ..order.links import LinkRelation, Strength
from ..text import Doc
from ..wordscan import scanner

REFERENCE = "reference_time"


class EventLike(Protocol):
    """What anchoring needs of an event mention."""

    eid: str
    text: str
    start: int
    end: int
    cls: str
    tense: str
    aspect: str
    polarity: str
    pos: str


_RELATION_OF: Mapping[object, LinkRelation] = MappingProxyType({m.value: m for m in LinkRelation})
_STRENGTH_OF: Mapping[object, Strength] = MappingProxyType({m.value: m for m in Strength})


def _relation(value: object) -> LinkRelation:
    """``LinkRelation(value)``, a known value found by one lookup (the enum's own call is Python code, run for every link)."""
    found = _RELATION_OF.get(value) if isinstance(value, (str, int)) else None
    return found if found is not None else LinkRelation(value)


def _strength(value: object) -> Strength:
    """``Strength(value)``, as :func:`_relation`."""
    found = _STRENGTH_OF.get(value) if isinstance(value, (str, int)) else None
    return found if found is not None else Strength(value)


@attrs.frozen
class Link:
    """One constraint on an event, with the words that said so: ``relation`` (a
    :class:`~timeline.order.links.LinkRelation`) of ``source`` to ``target``, believed with
    ``strength``; ``offset_min``/``offset_max`` carry metric facts ("two days later")."""

    source: str
    relation: LinkRelation = attrs.field(converter=_relation)
    target: str = ""
    evidence: str = ""
    strength: Strength = attrs.field(default=Strength.DEFAULT, converter=_strength)
    offset_min: Optional[dt.timedelta] = None
    offset_max: Optional[dt.timedelta] = None
    likely_max: Optional[dt.timedelta] = None
    """Not certain, most likely: the source began at most this long after the target ("since")."""
    likely_span: Optional[dt.timedelta] = None
    """Not certain, most likely: the source (before the target) began at most this long before the
    target began: the whole of "looting" in "arrested during the riot for looting" lies shortly before."""
    likely_days: Optional[int] = None
    """Not certain, most likely: the source's calendar day is this many days after the target's
    (before it when negative): "Two days later, on Tuesday" after an undated visit puts the visit
    on Sunday, which the offset's slack (``offset_min``/``offset_max``) leaves open."""
    likely_years: Optional[int] = None
    """Not certain, most likely: the source's calendar year is this many years after the target's (before it when
    negative): "won the cup in 1996, a year after they were promoted" puts the promotion in 1995."""


_WORD = re.compile(r"[A-Za-z’']+")
_AMOUNT = re.compile(r"[0-9%$€£¥]")
"""A figure or currency between a signal word and a time: the signal's object is the amount, not the time."""
_DATELINE_REACH = 600  # a dateline opens the story: after a headline, never deeper than this
_PUNCT = scanner(re.compile(r"[;()]|[,:](?!\d)|(?<!\d)[,:]"))  # (s62 speed: behind a lookahead for its first characters)
"""Punctuation that ends a phrase; a comma or colon inside a number ("400,000", "7:15") does not."""
_LAST_TOKEN = re.compile(r"(?:^|\s)(\S+)\s+\Z")  # the token right before a position (searched up to it)
_NEXT_WORD = re.compile(r"\s+([a-z][a-z-]*)")  # a lower-case word right after a position


@attrs.frozen
class AnchorWords:
    """The anchoring cues of one language (``<lang>/anchoring.toml``), ready for lookup."""

    signals: Mapping[str, str]  # signal before a time expression -> relation
    strong_signals: frozenset[str]
    duration_signals: frozenset[str]
    begin_verbs: frozenset[str]
    end_verbs: frozenset[str]
    event_signals: Mapping[str, str]  # signal between two events -> relation
    gerund_signals: Mapping[str, str]  # a signal right before a gerund event ("jailed for stealing") -> relation
    light_verbs: frozenset[str]  # "made landfall": the object noun is the event
    intention_verbs: frozenset[str]  # "promised a vote on Friday": the object lies ahead, at the time
    happening_verbs: frozenset[str]  # "an earthquake struck": the verb is its subject's happening
    determiners: frozenset[str]
    offset_direction: Mapping[str, str]  # "later" -> after: an anaphoric length's direction
    attributive_before: frozenset[str]  # words before a participle that make it modify the next noun
    not_in_subject: frozenset[str]  # words that end the short subject of a clause after an event signal
    adverb_signal_after: frozenset[str]  # "have since been barred": a signal after these is an adverb
    lasting_verbs: frozenset[str]  # "the trial ... lasted five weeks": the verb is its subject's span
    onset_verbs: frozenset[str]  # "a fire broke out": the happening verbs that start their subject
    distinct_modifiers: frozenset[str]  # "the last election": another instance, no coreference
    signal_hedges: tuple[tuple[str, ...], ...]  # "until at least next Wednesday": skipped between signal and time
    open_hedges: frozenset[tuple[str, ...]]  # the hedges that leave the end open ("at least")
    state_verbs: frozenset[str]  # "will stay closed": the participle is a state the verb carries
    coordinators: frozenset[str]  # "start on Tuesday and run": the noun after them is a verb
    scheduling_verbs: frozenset[str]  # "scheduled for Monday": the time dates the subject's event
    scheduling_signals: frozenset[str]  # the signals after a scheduling verb that name the event's time ("for")
    not_a_length_after: frozenset[str]  # "sentenced to six years": a length after these measures something else
    range_first: Mapping[str, str]  # "between" -> the relation to the first time of a range
    range_second: Mapping[str, str]  # "between" -> the relation to the second
    short_gaps: Mapping[str, dt.timedelta]
    likely_gaps: Mapping[str, dt.timedelta]  # "since": most likely began within this of the other event
    likely_gaps_gerund: Mapping[str, dt.timedelta]  # "before being released": most likely came within this after the first
    same_kind: tuple[frozenset[str], ...]  # event nouns that can name the same happening
    clause_break: "re.Pattern[str]"  # (s62 speed: behind a lookahead for its first characters, :func:`~timeline.wordscan.scanner`)
    short_gap: "re.Pattern[str]"
    implied: "re.Pattern[str]"
    definite: "re.Pattern[str]"
    within_target: "re.Pattern[str]"
    length_as_gap: "re.Pattern[str]"
    relative_when: "re.Pattern[str]"
    range_joiner: "re.Pattern[str]"
    infinitive_marker: "re.Pattern[str]"  # between a verb and its infinitive ("returned to work")
    gerund: "re.Pattern[str]"  # a gerund ("stealing")
    nominal_gerund: "re.Pattern[str]"  # before a gerund that is a noun ("the slaying")
    premodifier: "re.Pattern[str]"  # between a date and the event noun it dates ("the Oct. 23 slaying")
    premodifier_before: "re.Pattern[str]"  # before such a date without a possessive ("the ")
    sequence: "re.Pattern[str]"  # between two past verbs told in sequence (" at the scene and ")
    dateline_before: "re.Pattern[str]"  # the line before a dateline's date ("ORSKAVA, ")
    dateline_after: "re.Pattern[str]"  # what follows a dateline's date (" —")
    length_of: "re.Pattern[str]"  # between a length and the noun it measures ("months of talks")
    length_to: "re.Pattern[str]"  # between a length and the date it runs to ("the three months to Sept. 30")
    planning_verbs: frozenset[str] = frozenset()  # "planned a demonstration in the square on Saturday": the time dates the object
    for_dated_verbs: frozenset[str] = frozenset()  # "called an election [for] May": the election's; "called an election on Friday": the call's
    demanding_particles: frozenset[str] = frozenset()  # "called [for] his resignation the same day": a demand, the time the call's
    cancelling_particles: frozenset[str] = frozenset()  # "called [off] a planned strike on Wednesday": the cancelling's day
    first_act_words: frozenset[str] = frozenset()  # "[first] proposed the ban in January": the proposing's month, not the ban's
    told_back_time_words: frozenset[str] = frozenset()  # "called the strike [last] week": a time counted back from now dates the call
    passive_be: frozenset[str] = frozenset()  # "was held": the be-forms of a passive
    subordinate_openers: frozenset[str] = frozenset()  # "whether", "which": a clause of its own opens
    occurrence: "re.Pattern[str]" = re.compile(r"(?!)")  # "took place": the subject noun is this happening
    occurrence_passive: "re.Pattern[str]" = re.compile(r"(?!)")  # "was held": the same after a passive be
    occurrence_reduced: "re.Pattern[str]" = re.compile(r"(?!)")  # "a fraud committed in 2016": the same with no be
    subject_gap: "re.Pattern[str]" = re.compile(r"(?!)")  # between such a subject and its predicate
    noun_complement: "re.Pattern[str]" = re.compile(r"(?!)")  # "talks [with the port authority] broke down"
    occurrence_complement: "re.Pattern[str]" = re.compile(r"(?!)")  # "the draw [for the quarter-finals] takes place"
    counted_day_of: "re.Pattern[str]" = re.compile(r"(?!)")  # "on the fourth day [of his trial in] June"
    phrase_noun: "re.Pattern[str]" = re.compile(r"(?!)")  # "led by a minute [at the] finish"
    occasion_object: "re.Pattern[str]" = re.compile(r"(?!)")  # (s63) "held [a] vigil": a verb and the occasion noun it holds
    modal_subject_gap: "re.Pattern[str]" = re.compile(r"(?!)")  # (s63) "the vote [would] follow the following evening"
    after_occasion_phrase: "re.Pattern[str]" = re.compile(r"(?!)")  # "told reporters [after the] race"
    occasion_phrase: "re.Pattern[str]" = re.compile(r"(?!)")  # "climbed the face [on her first] attempt"
    contest_in: "re.Pattern[str]" = re.compile(r"(?!)")  # "won the most seats [in the March] vote": within the contest
    length_modifier: "re.Pattern[str]" = re.compile(r"(?!)")  # "a [seven-year] restoration": a length modifying a noun
    noun_of: "re.Pattern[str]" = re.compile(r"(?!)")  # "an offer [of a 3 percent] raise"
    noun_topic: "re.Pattern[str]" = re.compile(r"(?!)")  # (s58) "a petition [against the] closures"
    aside: "re.Pattern[str]" = re.compile(r"(?!)")  # ", who was born in Prague and fled in 1948": a relative aside
    relative_gap: "re.Pattern[str]" = re.compile(r"(?!)")  # "the campaign[, which officially] opened"
    aside_subject_gap: "re.Pattern[str]" = re.compile(r"(?!)")  # "repairs[, which take about an hour, will] begin"
    awaited_relative: "re.Pattern[str]" = re.compile(r"(?!)")  # "the next election[, which is ]due in 2028"
    referring: "re.Pattern[str]" = re.compile(r"(?!)")  # "her victory": an article or possessive that takes up an event
    named_kind: "re.Pattern[str]" = re.compile(r"(?!)")  # "[Cyclone] Mara struck": a kind and a name before a verb
    perceived_object: "re.Pattern[str]" = re.compile(r"(?!)")  # "who saw[ the landing ]drove": a relative perception's object
    gapped_range_joiner: "re.Pattern[str]" = re.compile(r"(?!)")  # "in March[ and another 150 in ]June": one verb, two times
    gapped_range_end: "re.Pattern[str]" = re.compile(r"(?!)")  # what follows the second time of such a pair (the clause's end)
    age_phrase: "re.Pattern[str]" = re.compile(r"(?!)")  # "at the age of 19": an age whose event follows a birth (group years)
    current_age: "re.Pattern[str]" = re.compile(r"(?!)")  # (s63) "a [16-year-old]", "Doyle, [44],": a person's age now (groups years, listed)
    count_frame: "re.Pattern[str]" = re.compile(r"(?!)")  # "for the third time this year": the count's period, no day
    figure_base: "re.Pattern[str]" = re.compile(r"(?!)")  # "down from 45 percent at the last election": a compared base's occasion
    move_figure: "re.Pattern[str]" = re.compile(r"(?!)")  # "tumbled 3 1/2": the figure right after a move's verb
    place_aside: "re.Pattern[str]" = re.compile(r"(?!)")  # ", where she had surgery on Thursday": an aside on a place; lends no time back
    rate_amount: "re.Pattern[str]" = re.compile(r"(?!)")  # "900 trains [a day]": an amount before a length read as a rate
    until_then: "re.Pattern[str]" = re.compile(r"(?!)")  # "Until then, she had refused": before the event before
    since_then: "re.Pattern[str]" = re.compile(r"(?!)")  # "has been held since then": after the event before
    before_then: "re.Pattern[str]" = re.compile(r"(?!)")  # "Before that, she had designed schools": before the event before
    after_then: "re.Pattern[str]" = re.compile(r"(?!)")  # "After that, he joined the army": after the event before
    since_adverb: "re.Pattern[str]" = re.compile(r"(?!)")  # "has since sold the ship": the next verb, after the event before
    aspect_gap: "re.Pattern[str]" = re.compile(r"(?!)")  # "began [to] fall": between an aspectual verb and its verb
    subject_phrase_gap: "re.Pattern[str]" = re.compile(r"(?!)")  # "work on the first section would [begin]"
    participle_gap: "re.Pattern[str]" = re.compile(r"(?!)")  # "reported missing": between a verb and the participle completing it
    object_complement: "re.Pattern[str]" = re.compile(r"(?!)")  # "[found a door ]forced": a verb and its object a participle completes
    spending: "re.Pattern[str]" = re.compile(r"(?!)")  # "spent six weeks testing": from the spending verb to its activity
    in_round: "re.Pattern[str]" = re.compile(r"(?!)")  # "edged past Moorfield [in the ]semi-final on April 25": a verb to the round it was done in
    taking_to: "re.Pattern[str]" = re.compile(r"(?!)")  # "took five hours to reach": from the taking verb to the infinitive it ends with
    fronted_phrases: Mapping[str, str] = MappingProxyType({})  # "By the time X, Y": Y before X
    not_a_length_before: frozenset[str] = frozenset()  # (s53 lead) "earned a day off": a length before these is what was given
    opening_time_phrases: Mapping[str, str] = MappingProxyType({})  # (s53 lead) "The last time X, Y": only opening a sentence
    sequence_verbs: Mapping[str, str] = MappingProxyType({})  # "the walkout followed the collapse": after
    fronted_signals: frozenset[str] = frozenset()  # "Before joining the company, she worked": a time clause first
    verb_kinds: Mapping[str, str] = MappingProxyType({})  # "stormed" tells an attack: "the attacks" refers back
    verb_also_kinds: Mapping[str, str] = MappingProxyType({})  # "was shot" may tell "the killing" named before it
    missed_deadline_gap: Optional[dt.timedelta] = None  # (s59) how soon after a missed deadline an act told after it most likely came
    retelling_signals: frozenset[str] = frozenset()  # (s59) "[After] retiring she chaired": a gerund telling again an earlier event
    noun_verbs: Mapping[str, str] = MappingProxyType({})  # (s59) "retirement" -> "retire": the verb of an event noun
    object_determiners: frozenset[str] = frozenset()  # "closed the road": a determiner opening an aspectual verb's object
    object_aspectuals: frozenset[str] = frozenset()  # "closed", "halted": aspectual verbs that may take such an object
    likely_short_gaps: Mapping[str, dt.timedelta] = MappingProxyType({})  # "shortly after": most likely within hours
    fronted_modifiers: frozenset[str] = frozenset()  # "Long after the vote closed, ...": a word before a fronted signal
    anaphoric_openers: frozenset[str] = frozenset()  # "It ended after ...": a sentence taking up the one before
    anaphoric_time_phrases: frozenset[str] = frozenset()  # "questioned at the time": a sentence taking up the time before it
    expecting_verbs: frozenset[str] = frozenset()  # "a verdict is expected next week": the time is the verdict's
    not_expected_signals: frozenset[str] = frozenset()  # "not expected until May": signals that leave it alone
    arranged_day_signals: frozenset[str] = frozenset()  # "a protest is planned outside the venue on Monday": "on" names the day too
    arranged_be: frozenset[str] = frozenset()  # ... after a present passive only ("is planned"): "was planned on Monday" may date the planning
    occasion_signals: Mapping[str, str] = MappingProxyType({})  # "announced at a news conference": "at" -> during
    occasions: frozenset[str] = frozenset()  # the nouns such a signal ties a verb to ("conference", "rally")
    attempt_verbs: frozenset[str] = frozenset()  # "failed to return that night": the time dates the verb too
    withholding_verbs: frozenset[str] = frozenset()  # "refused to pay until the insurers agreed": the paying came after
    withheld_signals: frozenset[str] = frozenset()  # "until": after a negated or withheld verb, the verb follows the clause
    expecting_now_verbs: frozenset[str] = frozenset()  # "which officials expect by Friday": the time is what is awaited
    expected_object_markers: frozenset[str] = frozenset()  # (s57) "expect the repairs to take three weeks": "to"
    decision_verbs: frozenset[str] = frozenset()  # "voted to strike next month": the time is the strike's only
    rescheduling_verbs: frozenset[str] = frozenset()  # "adjourned the case until January 8": done before that day
    rescheduling_signals: frozenset[str] = frozenset()  # "extended to Nov. 16": the new date, as "until"
    moving_verbs: frozenset[str] = frozenset()  # "postponed the vote until May": the vote now lies in May
    clause_only_signals: frozenset[str] = frozenset()  # "quoted as saying": temporal only before a finite verb
    past_clause_signals: frozenset[str] = frozenset()  # "opposed it, since it would end 300 jobs": temporal only before a past clause
    subject_signals: frozenset[str] = frozenset()  # "once the shareholders have voted": temporal only before a subject and its verb
    signal_adverbs: frozenset[str] = frozenset()  # "once again", "once more": the signal word is an adverb
    clause_auxiliaries: frozenset[str] = frozenset()  # "after the water had been drained": no part of the clause's subject
    perfect_clause_signals: frozenset[str] = frozenset()  # "was flawed since it raised new issues": temporal before a clause only after a perfect
    finite_markers: frozenset[str] = frozenset()  # "was", "it": a word right before a verb that makes it finite
    contrast_signals: frozenset[str] = frozenset()  # "rose $2, while Crane fell": after a comma, before a told clause, a contrast
    object_reports: frozenset[str] = frozenset()  # "reported a smell of gas, and the operator halted": a report that is a step
    subject_pronouns: frozenset[str] = frozenset()  # "After her studies she worked": a pronoun that opens the main clause
    date_object_words: frozenset[str] = frozenset()  # "set Dec. 15 as the deadline": the date is the verb's object, not its time
    complementizers: frozenset[str] = frozenset()  # "saying that the talks ...": no audience after it
    alerting_verbs: frozenset[str] = frozenset()  # "a witness who [called] police": after what the witness perceived
    statement_verbs: frozenset[str] = frozenset()  # "She [denied] that ...": a teller's statement, though not classed as reporting
    after_occasion_adverbs: frozenset[str] = frozenset()  # "said [afterwards]": right after the occasion told
    telling_verbs: frozenset[str] = frozenset()  # (s63) "[told] police": a verb of telling, hearers after it
    infinitive_complement_verbs: frozenset[str] = frozenset()  # "[agreed] to sell": a complement, not a purpose
    admission_verbs: frozenset[str] = frozenset()  # "[admitted] stealing": the act the gerund names came before
    episode_offset_signals: frozenset[str] = frozenset()  # "[after] eight minutes": a length counted inside an episode
    episode_offset_stops: frozenset[str] = frozenset()  # "after three days [of] questioning": the length of an event named
    cause_verbs: frozenset[str] = frozenset()  # "blaming [a wet summer]": a time as the named cause dates no verb
    outcome_verbs: frozenset[str] = frozenset()  # (s64) "the blast [killed] 12": the verb lies in its subject happening
    soon_after_signals: frozenset[str] = frozenset()  # "flooded [after] the river burst on Tuesday": most likely that day
    content_verbs: frozenset[str] = frozenset()  # "said [sales] in the third quarter rose": a report whose next noun is its content's subject
    content_auxiliaries: frozenset[str] = frozenset()  # "said profits in 2025 [were] higher": the content's verb group after the time
    continuing_verbs: frozenset[str] = frozenset()  # "will remain": what holds now, carried on; not begun after publication
    scheduled_ahead_words: frozenset[str] = frozenset()  # (s60) "is [expected] to start": the infinitive lies after publication
    scheduled_ahead_adverbs: frozenset[str] = frozenset()  # (s60) "is [now] expected to start": an adverb between
    attributive_participles: frozenset[str] = frozenset()  # (s60) "by [rising] water": a present participle that modifies the noun after it
    inner_clause_openers: frozenset[str] = frozenset()  # (s60) "who hit a cyclist [while] reading a text was jailed"
    staging_particles: frozenset[str] = frozenset()  # (s60) "the vote was held [up]": no holding of the noun
    subject_prepositions: frozenset[str] = frozenset()  # (s60) "when a footbridge [over] the river collapsed": a subject's phrase
    attending_verbs: frozenset[str] = frozenset()  # (s60) "[packed] the meeting": the taking part lies within the occasion
    occasion_nouns: frozenset[str] = frozenset()  # (s60) "packed the [meeting]"
    fronting_words: frozenset[str] = frozenset()  # "disclosed that before ...,": the signal's clause is fronted in the next clause
    source_prepositions: frozenset[str] = frozenset()  # "withdrew a ship from service in May": the withdrawing's time
    discovery_verbs: frozenset[str] = frozenset()  # "discovered [the thefts]": the thefts came first
    reported_subject_verbs: frozenset[str] = frozenset()  # (s57) "[the fire] was reported at 10 p.m.": begun by then
    relative_state_verbs: frozenset[str] = frozenset()  # (s55) ", which hosted a food bank": a state of the thing before the act
    restoration_verbs: frozenset[str] = frozenset()  # (s56) "reopened on Thursday": a lead that ends a disruption
    service_verbs: frozenset[str] = frozenset()  # (s57) "ran again on Friday": with a restoration adverb, a disruption's end
    restoration_adverbs: frozenset[str] = frozenset()  # (s57) "again"
    whole_night_signals: frozenset[str] = frozenset()  # (s57) "fought the fire through the night": lasted it
    further_length_words: frozenset[str] = frozenset()  # (s58) "will spend a further month repairing": after what was told
    life_end_words: frozenset[str] = frozenset()  # (s59) "In her [final] years she lived ...": the years up to a death told
    death_words: frozenset[str] = frozenset()  # (s59) "She [died] on Monday": the death those years end at
    outcome_nouns: frozenset[str] = frozenset()  # (s64 place) "After [the result]": the vote told before, its time
    mourning_occasions: frozenset[str] = frozenset()  # (s64 place) "the [funeral] ... on Friday": a death told before it is background
    dwelling_verbs: frozenset[str] = frozenset()  # (s60) "[lived] in a cottage and wrote three books": written while living there
    taken_up_articles: frozenset[str] = frozenset()  # (s60) "[The] storm washed away the wall": the storm told before, its time
    opening_subject_articles: frozenset[str] = frozenset()  # (s61) "[The] accident blocked both lines": at the blocking's time
    subject_adverbs: frozenset[str] = frozenset()  # (s61) "An inspection [afterwards] found": still the verb's subject
    bare_plural_endings: frozenset[str] = frozenset()  # (s61) "Drone sighting[s] shut the airport": a bare plural subject
    life_subjects: frozenset[str] = frozenset()  # (s61) "Olsen, [who] designed the library, has died": an act of the life, before the death
    bench_titles: frozenset[str] = frozenset()  # (s63) "[Judge] Alan Reed told her": spoken at the sentencing the story dates
    sentencing_verbs: frozenset[str] = frozenset()  # (s63) "was [jailed] for two years on Tuesday": the sentencing's time
    occasion_object_verbs: frozenset[str] = frozenset()  # (s63) "Fans [held] a vigil": the noun at the verb's time
    scene_relatives: frozenset[str] = frozenset()  # (s63) "The men, [who] wore balaclavas, fled": at the main clause's time
    late_words: frozenset[str] = frozenset()  # (s62) "due to kick off at noon, started three hours [late]": noon plus three hours
    passive_declaring: frozenset[str] = frozenset()  # (s60) "[were] reported missing on Tuesday evening": that evening
    resumption_verbs: frozenset[str] = frozenset()  # (s60) "searched until dark and [resumed] at first light": the day before
    subject_noun_articles: frozenset[str] = frozenset()  # (s56) "after [a] fire destroyed a warehouse": a new happening, its verb's subject
    act_relatives: frozenset[str] = frozenset()  # (s56) "spread to a flat, [which] forced a family onto the roof": an act at the clause's time
    taken_up_kinds: frozenset[str] = frozenset()  # (s55) "a scaffold collapse ... The scaffold gave way on June 11": kinds an indefinite noun names first
    run_participles: frozenset[str] = frozenset()  # "the third year [running]": the count of a run, no verb
    run_units: frozenset[str] = frozenset()  # "the third [year] running"
    staging_verbs: frozenset[str] = frozenset()  # "the election, which was [held] on 8 November": the occasion itself
    contest_verbs: frozenset[str] = frozenset()  # "[lost] the final": taking part, within the contest
    contests: frozenset[str] = frozenset()  # "lost the [final]": a contest noun
    source_phrases: frozenset[str] = frozenset()  # "walked out of a meeting before the ballot": the walking out
    goal_prepositions: frozenset[str] = frozenset()  # "reopened the bridge to traffic on Thursday": the reopening's time
    target_prepositions: frozenset[str] = frozenset()  # (s56) "within 40 hours of a raid on a shop in X in the early hours": the raid's
    setting_prepositions: frozenset[str] = frozenset()  # "finished second in the race after falling": the finishing is ordered
    evidence_reports: frozenset[str] = frozenset()  # "results received overnight confirmed": a thing's report, at its time
    aspect_trailing_openers: frozenset[str] = frozenset()  # "moved money for seven years, beginning in 2017": the moving's start
    # (s53) "the start of the strike", "the end of the talks": nouns of an event's beginning or end before "of" and it
    aspect_begin_nouns: frozenset[str] = frozenset()
    aspect_end_nouns: frozenset[str] = frozenset()
    into_words: frozenset[str] = frozenset()  # (s53) "Ten days into the strike, ..."
    journey_nouns: frozenset[str] = frozenset()  # (s53) "the voyage" begun by the last "sailed"
    departure_verbs: frozenset[str] = frozenset()
    journey_determiners: frozenset[str] = frozenset()
    holding_verbs: frozenset[str] = frozenset()  # "the site included the names": a state that may still hold
    relative_openers: frozenset[str] = frozenset()  # "families who lost their homes": a verb describing a noun
    object_length_verbs: frozenset[str] = frozenset()  # (s58) "served a five-year term": the serving lasts the term
    harming_happenings: frozenset[str] = frozenset()  # (s58) "a fire that killed two tenants": the killing during the fire
    headline_phrasal_verbs: frozenset[str] = frozenset()  # (s53) "set off" is not the headline's "Set"
    headline_ahead_markers: frozenset[str] = frozenset()  # "Plant to Shut": a headline verb of a plan, not the lead's main verb
    earlier_occasion_adverbs: frozenset[str] = frozenset()  # (s53 lead) "last reached the final in 1997": an earlier occasion
    person_relatives: frozenset[str] = frozenset()  # "Judge Roe, who ordered the inquiry, retired": a person's past act
    birth_verbs: frozenset[str] = frozenset()  # "born": what an age phrase counts from
    aside_adverbs: frozenset[str] = frozenset()  # "The plan, first put forward in April, was": an aside's participle after them
    creation_participles: frozenset[str] = frozenset()  # "A footbridge built by volunteers": how a noun came to be, before its clause
    bare_creation_participles: frozenset[str] = frozenset()  # "The bridge built after the war collapsed": no finite verb without its object
    creation_agents: frozenset[str] = frozenset()  # "by": the agent a creation participle names
    spread_signals: frozenset[str] = frozenset()  # "for nine hours [over] two days": the stretch a total was spread over
    object_relative_openers: frozenset[str] = frozenset()  # "the restaurant where he had worked": a relative clause with a subject
    far_clause_signals: frozenset[str] = frozenset()  # "saved a match point in the second set before she beat": far, before a pronoun clause
    clause_adverbs: frozenset[str] = frozenset()  # "after talks were first reported": between the auxiliaries and the verb
    maturity_words: frozenset[str] = frozenset()  # "debentures due Oct. 15, 2031": a date of the noun, not of the clause
    perfect_signals: Mapping[str, str] = MappingProxyType({})  # signal after a past perfect -> relation ("had gone when officers arrived")
    containing_signals: frozenset[str] = frozenset()  # "were watching television when the bomb exploded": the clause inside the main verb
    signal_objects: Mapping[str, str] = MappingProxyType({})  # "ahead" -> "of": a signal only with that word after it
    far_signals: frozenset[str] = frozenset()  # "until": a signal that orders a verb many words before it
    shared_before_coordinators: frozenset[str] = frozenset()  # "lowered ... and brought ashore before dawn": both before it
    instance_modifiers: frozenset[str] = frozenset()  # (s53) "the final offer": another instance in a definite phrase
    passive_clause_coordinators: frozenset[str] = frozenset()  # (s53) ", but its offer was turned down": a passive clause going on in its time
    closing_time_anaphors: frozenset[str] = frozenset()  # (s54) "bought the mill then and sold it in 2003": the time told before
    closing_time_anaphor_blockers: frozenset[str] = frozenset()  # (s54) "and then", "since then": no such time
    time_fronting_coordinators: frozenset[str] = frozenset()  # "employs 2,100 people and last year reported": the time is the verb's after it
    speaking_nouns: frozenset[str] = frozenset()  # "after the report said": event nouns that may report
    publishing_participles: frozenset[str] = frozenset()  # (s62) "The report, published last Thursday, found": the aside dates the finding
    purpose_nouns: frozenset[str] = frozenset()  # "close for repairs": what a verb is for, begun no earlier
    preparing_verbs: frozenset[str] = frozenset()  # "trained for the match": the getting ready began before the occasion
    awaiting_verbs: frozenset[str] = frozenset()  # "waited for the evening": verbs whose "for" + a time is an end
    awaiting_signals: frozenset[str] = frozenset()  # the signals after them that name that end ("for")
    spanning_signals: frozenset[str] = frozenset()  # "through" before "the weekend": the event lies in the period, it does not end in it
    opening_participle: "re.Pattern[str]" = re.compile(r"(?!)")  # "Born in 1935 ..., Halla studied": the time is the participle's
    superlative_span: "re.Pattern[str]" = re.compile(r"(?!)")  # "their biggest drop [since] March 2020": the span compared over
    comparison_base: "re.Pattern[str]" = re.compile(r"(?!)")  # "fell 8 percent [from] a year earlier": a time compared with
    comparison_change: "re.Pattern[str]" = re.compile(r"(?!)")  # the change or amount such a comparison measures
    noun_signals: frozenset[str] = frozenset()  # "a man arrested during the storm was released": signals that take no clause
    causing_verbs: frozenset[str] = frozenset()  # "rain forced organisers to suspend": the infinitive came right after
    caused_object: "re.Pattern[str]" = re.compile(r"(?!)")  # "forced[ organisers to ]suspend"
    same_happening: tuple[frozenset[str], ...] = ()  # verbs (lemmas, "give way") that can tell the same happening ("collapsed", "fell")
    reason_verbs: frozenset[str] = frozenset()  # "arrested ... for looting": the looting came before
    charge_verbs: Mapping[str, str] = MappingProxyType({})  # "convicted ... of setting fire": verb -> the preposition naming the act
    reason_prepositions: frozenset[str] = frozenset()  # "convicted a manager [of] fraud on Monday": the charge, not the time's
    charge_nouns: frozenset[str] = frozenset()  # "admitted two [counts] of dangerous driving on Monday": the plea's time
    reason_soon_verbs: frozenset[str] = frozenset()  # arrests: most likely soon after their reason
    reason_purposes: frozenset[str] = frozenset()  # "held for questioning": what comes next, no reason
    restating_nouns: frozenset[str] = frozenset()  # "fell 18 percent, their steepest drop": the same change
    response_verbs: frozenset[str] = frozenset()  # "condemned the bombing": the object event had begun
    within_relatives: frozenset[str] = frozenset()  # "the raid, in which a guard was hurt": the clause inside the noun's event
    next_day_gaps: frozenset[str] = frozenset()  # "the night before the vote": the vote most likely the next day
    same_day_parts: frozenset[str] = frozenset()  # (s57) "in the afternoon before the vote": the vote's own day
    same_day_part_prepositions: frozenset[str] = frozenset()  # (s57) "in"
    effect_verbs: frozenset[str] = frozenset()  # "a fire forced the operator to cancel": no earlier than the fire
    release_verbs: frozenset[str] = frozenset()  # "threw a grenade that injured two guards": the injuring after the throwing
    effect_subject_gap: "re.Pattern[str]" = re.compile(r"(?!)")  # "a fire[ in the engine room ]forced"
    directive_verbs: frozenset[str] = frozenset()  # "were told to keep": an order, with patterns.directive_gap
    term_verbs: frozenset[str] = frozenset()  # "jailed for nine years": a term imposed, no length of the event
    term_object_openers: frozenset[str] = frozenset()  # "banned [from] driving": the forbidden act's gerund follows
    clause_signals: frozenset[str] = frozenset()  # "before a band of storms moves in late on Friday": the clause's event
    perfect_blockers: frozenset[str] = frozenset()  # "if he had known", "waited till they had gone": a past perfect not told as earlier
    perfect_complement_openers: frozenset[str] = frozenset()  # "had concluded that Kopp fired": the later verb is the perfect's own clause
    perfect_auxiliaries: frozenset[str] = frozenset()  # "had earlier suffered": a perfect the tagger read as a simple past
    perfect_step_words: frozenset[str] = frozenset()  # "had finished and left": a later step; "had been bought with money parents raised": none
    perfect_participle_markers: frozenset[str] = frozenset()  # "Having lost the vote, she resigned": over before the clause's verb
    narrated_step_joiners: frozenset[str] = frozenset()  # "called the fire service, and crews arrived": the next step told
    narrated_step_blockers: frozenset[str] = frozenset()  # "after", "who", "earlier": a clause set aside or stepping back
    narrated_step_openers: frozenset[str] = frozenset()  # "Afterwards, she thanked the crowd": the next step told
    narrated_passive_auxiliaries: frozenset[str] = frozenset()  # "and the FBI was involved": no next step
    told_step_adverbs: frozenset[str] = frozenset()  # "Afterwards officers recovered", "They then fled": the next step told
    told_step_trailers: frozenset[str] = frozenset()  # "Firefighters arrived soon after and fought": the next step told
    perfect_list_joiners: frozenset[str] = frozenset()  # "had bought fuel, had driven there and had set fire": a list of steps
    occasion_part_prepositions: frozenset[str] = frozenset()  # "on the morning of the fire": the buying that morning
    occasion_part_words: frozenset[str] = frozenset()
    occasion_day_words: frozenset[str] = frozenset()
    occasion_part_owners: frozenset[str] = frozenset()
    told_back_blockers: frozenset[str] = frozenset()  # "By dawn the roof had collapsed": a past perfect told up to a time of its own
    shared_auxiliary_adverbs: frozenset[str] = frozenset()  # "had followed the van and then forced it": no subject, the auxiliary shared
    length_of_signals: frozenset[str] = frozenset()  # "closed after years of losses": the losses lasted years, over before the closing
    reason_signal_words: frozenset[str] = frozenset()  # "charged over the collapse": like "for", the reason before the verb
    figure_verbs: frozenset[str] = frozenset()  # "reported a loss of $5 million for the quarter": the time is the figure's
    amount_verbs: frozenset[str] = frozenset()  # "adds 20 minutes to the trip": the length is an amount, not the verb's length
    figure_amount: "re.Pattern[str]" = re.compile(r"(?!)")  # "$5 million", "4 percent"
    period_topic: "re.Pattern[str]" = re.compile(r"(?!)")  # "results for [the quarter]": the figures' period
    admission_topic: "re.Pattern[str]" = re.compile(r"(?!)")  # (s53) "Tickets for [Sunday]": the day of what they admit to
    released_object: "re.Pattern[str]" = re.compile(r"(?!)")  # "fired[ the shots that ]killed": a released thing that acts
    dated_object_relative: "re.Pattern[str]" = re.compile(r"(?!)")  # "formed[ a queue that ]stretched ... on Thursday": the main verb's day
    fronted_figure_period: "re.Pattern[str]" = re.compile(r"(?!)")  # "[For the third quarter], the brewer reported a loss": the figures' period
    offset_apposition: "re.Pattern[str]" = re.compile(r"(?!)")  # "by Wednesday evening[, two days after] ..."
    dated_heading: "re.Pattern[str]" = re.compile(r"(?!)")  # "Saturday 21 November[: ]A resident reports ...": a dated line's mark
    stepped_sequence: "re.Pattern[str]" = re.compile(r"(?!)")  # "said the fire was an accident[ but later ]withdrew"
    clock_day_gap: "re.Pattern[str]" = re.compile(r"(?!)")  # "from 7 a.m.[ on ]Tuesday"
    superlative_in: "re.Pattern[str]" = re.compile(r"(?!)")  # "the first ... [in ]1986"
    ranked_apposition: "re.Pattern[str]" = re.compile(r"(?!)")  # "40 aftershocks[, the largest of them at ]7:15 a.m."
    befalling_verbs: frozenset[str] = frozenset()  # "capsized", "sank": what befalls a subject rather than what it does
    addressed_occasion: "re.Pattern[str]" = re.compile(r"(?!)")  # "told [the court]": a report spoken at the story's occasion
    told_investigators: "re.Pattern[str]" = re.compile(r"(?!)")  # (s63) "told [police]": a report to investigators, a step of the story
    occasion_subject: "re.Pattern[str]" = re.compile(r"(?!)")  # "[The jury heard]": a report its occasion hears
    occasion_clause: "re.Pattern[str]" = re.compile(r"(?!)")  # "approved the deal[ in an online ballot that ]closed on Sunday"
    taken_up_noun: "re.Pattern[str]" = re.compile(r"(?!)")  # "shut down [the engine]": a noun taken up from the sentence before
    at_the_scene: "re.Pattern[str]" = re.compile(r"(?!)")  # "was arrested[ at the scene]": done where (and when) the news happened
    occasion_clock: "re.Pattern[str]" = re.compile(r"(?!)")  # "in the [58th minute]", "in [stoppage time]": the lead's occasion's clock
    purpose_object: "re.Pattern[str]" = re.compile(r"(?!)")  # "won[ a scholarship to ]study": the object, then "to"
    round_nouns: "re.Pattern[str]" = re.compile(r"(?!)")  # "in the semi-finals", "The final is on Sunday": a round of a competition
    dated_occasion: "re.Pattern[str]" = re.compile(r"(?!)")  # "for Saturday's derby": an occasion a day owns
    subject_aside: "re.Pattern[str]" = re.compile(r"(?!)")  # "the vote[, 61 to 38,] came"
    directive_gap: "re.Pattern[str]" = re.compile(r"(?!)")  # "were told[ to ]keep": an order, not reported speech
    directed_infinitive: "re.Pattern[str]" = re.compile(r"(?!)")  # "urged[ the council to ]reopen": a request's object and act
    declared_state: "re.Pattern[str]" = re.compile(r"(?!)")  # "reported[ them missing]": an act of the story, not reported speech
    shown_recipient: "re.Pattern[str]" = re.compile(r"(?!)")  # "[was shown a] red card": an act done to someone, not reported speech
    held_at_occasion: "re.Pattern[str]" = re.compile(r"(?!)")  # "admitted taking the money[ at a ]hearing in September": done there
    held_at_nouns: frozenset[str] = frozenset()  # the occasions of ``held_at_occasion``
    in_medium: "re.Pattern[str]" = re.compile(r"(?!)")  # (s61) "announced his decision[ in a short ]statement the next day"
    medium_nouns: frozenset[str] = frozenset()  # (s61) the media of ``in_medium``
    contest_rounds: frozenset[str] = frozenset()  # the rounds and matches of ``in_round``
    purpose_time_signals: frozenset[str] = frozenset()  # "stocked it for the winter last month": "for" names a purpose, not the time
    period_end_words: frozenset[str] = frozenset()  # "the three months to September": words joining a length to the time it ends at
    in_session: "re.Pattern[str]" = re.compile(r"(?!)")  # "dropped 6 percent[ in Wednesday's ]trading": the move was made in it
    session_nouns: frozenset[str] = frozenset()  # the market sessions of ``in_session``
    session_moves: frozenset[str] = frozenset()  # "Kestrel tumbled 3 1/2": a price's move, in the session a report dates
    period_figures: frozenset[str] = frozenset()  # "Its sales fell 3 percent": a period's figure, no session's move
    span_closers: frozenset[str] = frozenset()  # "ending 14 years of rule": the length is the closed span's, not the verb's
    period_move_subjects: frozenset[str] = frozenset()  # "New orders dropped 1.4 percent": with those, a data report's period goes on
    stretch_openers: frozenset[str] = frozenset()  # "since heavy rain began on Sunday": the start of a stretch up to now
    day_night_words: frozenset[str] = frozenset()  # "on Wednesday night": a night named by its day (not "overnight")
    year_end_words: frozenset[str] = frozenset()  # "at the end of the year": most likely its last month
    possessive_clitics: frozenset[str] = frozenset()  # "after the council['s] auditors raised": an owner, no event
    teller_anaphors: frozenset[str] = frozenset()  # "The company reported": the organisation that told the lead's report
    term_units: frozenset[str] = frozenset()  # "jailed for five [years] on Tuesday for ...": a term's "for", no reason's
    reason_modifier_stops: frozenset[str] = frozenset()  # "suspended for three matches": a count, no reason
    reason_reach: int = 0  # words at most between such a verb and its "for"
    reason_likely: Optional[dt.timedelta] = None  # how soon an arrest most likely follows its reason
    carrying_aspectuals: frozenset[str] = frozenset()  # "continued to teach until 2019": the continuing ends then too
    breakdown_verbs: frozenset[str] = frozenset()  # "talks broke down": the event subject ends then
    object_barriers: frozenset[str] = frozenset()  # "ended [without] a deal": no object of the verb
    reason_distant_verbs: frozenset[str] = frozenset()  # "sentenced ... for taking bribes": the reason may lie years before
    likely_gaps_ended: Mapping[str, dt.timedelta] = MappingProxyType({})  # "ran until midnight before they reached": soon after the end
    kind_group: Mapping[str, int] = attrs.field(init=False, repr=False, eq=False)
    """Each word of a ``same_kind`` group -> the index of the first group that has it (one lookup, not one per group)."""
    kind_groups: Mapping[str, tuple[int, ...]] = attrs.field(init=False, repr=False, eq=False)
    """Each word of a ``same_kind`` group -> the indexes of every group that has it ("raid": an attack, a robbery)."""
    hedge_ends: frozenset[str] = attrs.field(init=False, repr=False, eq=False)
    """(s62 speed) The last word of each ``signal_hedges`` entry: words before a time ending in none of them end in no hedge."""

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "hedge_ends", frozenset(h[-1] for h in self.signal_hedges if h))
        first: dict[str, int] = {}
        every: dict[str, tuple[int, ...]] = {}
        for i, group in enumerate(self.same_kind):
            for w in group:
                first.setdefault(w, i)
                every[w] = (*every.get(w, ()), i)
        object.__setattr__(self, "kind_group", MappingProxyType(first))
        object.__setattr__(self, "kind_groups", MappingProxyType(every))


@functools.lru_cache(maxsize=None)
def anchor_words(language: str = "en") -> AnchorWords:
    """The anchoring cues of ``language``, loaded, checked and compiled once."""
    data = load_data(language, "anchoring.toml")
    patterns = data["patterns"]

    def rx(key: str, flags: int = 0) -> "re.Pattern[str]":
        return re.compile(patterns.get(key) or r"(?!)", flags)  # a language without the pattern never matches

    return AnchorWords(
        MappingProxyType(dict(data["time_signals"])), frozenset(data["strong_signals"]), frozenset(data["duration_signals"]),
        frozenset(data["aspectual"]["begin"]), frozenset(data["aspectual"]["end"]), MappingProxyType(dict(data["event_signals"])),
        MappingProxyType(dict(data["gerund_signals"])), frozenset(data["light_verbs"]), frozenset(data["intention_verbs"]), frozenset(data["happening_verbs"]),
        frozenset(data["determiners"]), MappingProxyType(dict(data["offset_direction"])), frozenset(data["attributive_before"]), frozenset(data["not_in_subject"]), frozenset(data["adverb_signal_after"]), frozenset(data["lasting_verbs"]), frozenset(data["onset_verbs"]), frozenset(data["distinct_modifiers"]),
        tuple(sorted({tuple(h.lower().split()) for h in data["signal_hedges"]}, key=len, reverse=True)),
        frozenset(tuple(h.lower().split()) for h in data["open_hedges"]), frozenset(data["state_verbs"]), frozenset(data["coordinators"]), frozenset(data["scheduling_verbs"]), frozenset(data["scheduling_signals"]),
        frozenset(data["not_a_length_after"]), MappingProxyType(dict(data["range_first"])), MappingProxyType(dict(data["range_second"])),
        MappingProxyType({k: dt.timedelta(hours=v) for k, v in data["short_gaps"].items()}),
        MappingProxyType({k: dt.timedelta(hours=v) for k, v in data.get("likely_gaps", {}).items()}),
        MappingProxyType({k: dt.timedelta(hours=v) for k, v in data.get("likely_gaps_gerund", {}).items()}),
        tuple(frozenset(g) for g in data["same_kind"]), scanner(rx("clause_break")), rx("short_gap", re.I), rx("implied"),
        rx("definite", re.I), rx("within_target"), rx("length_as_gap", re.I), rx("relative_when", re.I), rx("range_joiner", re.I),
        rx("infinitive_marker", re.I), rx("gerund", re.I), rx("nominal_gerund", re.I), rx("premodifier"), rx("premodifier_before", re.I), rx("sequence", re.I), rx("dateline_before"), rx("dateline_after"), rx("length_of"), rx("length_to", re.I),
        sequence_verbs=MappingProxyType(dict(data.get("sequence_verbs", {}))),
        occasion_signals=MappingProxyType(dict(data.get("occasion", {}).get("signals", {}))),
        occasions=frozenset(data.get("occasion", {}).get("nouns", ())),
        not_a_length_before=frozenset(data.get("not_a_length_before", ())),
        fronted_phrases=MappingProxyType({k.lower(): v for k, v in data.get("fronted_phrases", {}).items()}),
        opening_time_phrases=MappingProxyType({k.lower(): v for k, v in data.get("opening_time_phrases", {}).items()}),
        perfect_signals=MappingProxyType(dict(data.get("perfect_signals", {}))),
        containing_signals=frozenset(data.get("containing_signals", ())),
        signal_objects=MappingProxyType(dict(data.get("signal_objects", {}))),
        likely_short_gaps=MappingProxyType({k: dt.timedelta(hours=v) for k, v in data.get("likely_short_gaps", {}).items()}),
        verb_kinds=MappingProxyType(dict(data.get("verb_kinds", {}))),
        verb_also_kinds=MappingProxyType(dict(data.get("verb_also_kinds", {}))),
        retelling_signals=frozenset(data.get("retelling_signals", ())),
        missed_deadline_gap=dt.timedelta(hours=data["missed_deadline_hours"]) if "missed_deadline_hours" in data else None,
        noun_verbs=MappingProxyType(dict(data.get("noun_verbs", {}))),
        object_determiners=frozenset(data.get("object_determiners", ())),
        object_aspectuals=frozenset(data.get("object_aspectuals", ())),
        same_happening=tuple(frozenset(g) for g in data.get("same_happening", ())),
        reason_reach=int(data.get("reason_reach", 0)),
        charge_verbs=MappingProxyType(dict(data.get("charge_verbs", {}))),
        reason_likely=dt.timedelta(hours=data["reason_likely_hours"]) if data.get("reason_likely_hours") else None,
        carrying_aspectuals=frozenset(data.get("carrying_aspectuals", ())),
        breakdown_verbs=frozenset(data.get("breakdown_verbs", ())),
        object_barriers=frozenset(data.get("object_barriers", ())),
        reason_distant_verbs=frozenset(data.get("reason_distant_verbs", ())),
        likely_gaps_ended=MappingProxyType({k: dt.timedelta(hours=v) for k, v in data.get("likely_gaps_ended", {}).items()}),
        aspect_trailing_openers=frozenset(data["aspectual"].get("trailing_openers", ())),
        aspect_begin_nouns=frozenset(data["aspectual"].get("begin_nouns", ())),
        aspect_end_nouns=frozenset(data["aspectual"].get("end_nouns", ())),
        into_words=frozenset(data["aspectual"].get("into_words", ())),
        journey_nouns=frozenset(data["aspectual"].get("journey_nouns", ())),
        departure_verbs=frozenset(data["aspectual"].get("departure_verbs", ())),
        journey_determiners=frozenset(data["aspectual"].get("journey_determiners", ())),
        **{key: frozenset(data.get(key, ())) for key in (
            "planning_verbs",
            "held_at_nouns",
            "medium_nouns",
            "contest_rounds",
            "purpose_time_signals",
            "period_end_words",
            "session_nouns",
            "session_moves",
            "period_figures",
            "period_move_subjects",
            "span_closers",
            "stretch_openers",
            "day_night_words",
            "year_end_words",
            "possessive_clitics",
            "teller_anaphors",
            "term_units",
            "demanding_particles",
            "for_dated_verbs",
            "cancelling_particles",
            "first_act_words",
            "told_back_time_words",
            "passive_be",
            "subordinate_openers",
            "far_signals",
            "shared_before_coordinators",
            "passive_clause_coordinators",
            "closing_time_anaphors",
            "closing_time_anaphor_blockers",
            "instance_modifiers",
            "time_fronting_coordinators",
            "speaking_nouns",
            "publishing_participles",
            "purpose_nouns",
            "preparing_verbs",
            "awaiting_verbs",
            "awaiting_signals",
            "spanning_signals",
            "fronted_signals",
            "fronted_modifiers",
            "anaphoric_openers",
            "anaphoric_time_phrases",
            "expecting_verbs",
            "not_expected_signals",
            "arranged_day_signals",
            "arranged_be",
            "attempt_verbs",
            "withholding_verbs",
            "withheld_signals",
            "decision_verbs",
            "expecting_now_verbs",
            "expected_object_markers",
            "rescheduling_verbs",
            "rescheduling_signals",
            "moving_verbs",
            "clause_only_signals",
            "past_clause_signals",
            "subject_signals",
            "signal_adverbs",
            "clause_auxiliaries",
            "date_object_words",
            "subject_pronouns",
            "complementizers",
            "continuing_verbs",
            "scheduled_ahead_words",
            "scheduled_ahead_adverbs",
            "attending_verbs",
            "subject_prepositions",
            "staging_particles",
            "inner_clause_openers",
            "attributive_participles",
            "occasion_nouns",
            "fronting_words",
            "source_prepositions",
            "source_phrases",
            "discovery_verbs",
            "reported_subject_verbs",
            "taken_up_kinds",
            "relative_state_verbs",
            "act_relatives",
            "subject_noun_articles",
            "restoration_verbs",
            "service_verbs",
            "restoration_adverbs",
            "whole_night_signals",
            "further_length_words",
            "life_end_words",
            "death_words",
            "mourning_occasions",
            "outcome_nouns",
            "resumption_verbs",
            "passive_declaring",
            "taken_up_articles",
            "opening_subject_articles",
            "subject_adverbs",
            "life_subjects",
            "bench_titles",
            "sentencing_verbs",
            "occasion_object_verbs",
            "scene_relatives",
            "late_words",
            "bare_plural_endings",
            "dwelling_verbs",
            "contest_verbs",
            "staging_verbs",
            "run_participles",
            "run_units",
            "contests",
            "goal_prepositions",
            "setting_prepositions",
            "target_prepositions",
            "evidence_reports",
            "holding_verbs",
            "maturity_words",
            "relative_openers",
            "harming_happenings",
            "object_length_verbs",
            "person_relatives",
            "headline_ahead_markers",
            "earlier_occasion_adverbs",
            "headline_phrasal_verbs",
            "aside_adverbs",
            "creation_participles",
            "bare_creation_participles",
            "creation_agents",
            "spread_signals",
            "birth_verbs",
            "object_relative_openers",
            "clause_adverbs",
            "far_clause_signals",
            "befalling_verbs",
            "noun_signals",
            "reason_verbs",
            "reason_prepositions",
            "charge_nouns",
            "reason_soon_verbs",
            "reason_purposes",
            "restating_nouns",
            "reason_modifier_stops",
            "causing_verbs",
            "response_verbs",
            "within_relatives",
            "effect_verbs",
            "release_verbs",
            "next_day_gaps",
            "same_day_parts",
            "same_day_part_prepositions",
            "figure_verbs",
            "amount_verbs",
            "directive_verbs",
            "term_verbs",
            "term_object_openers",
            "clause_signals",
            "perfect_blockers",
            "perfect_complement_openers",
            "perfect_auxiliaries",
            "perfect_step_words",
            "perfect_participle_markers",
            "length_of_signals",
            "shared_auxiliary_adverbs",
            "narrated_step_joiners",
            "narrated_step_blockers",
            "narrated_step_openers",
            "narrated_passive_auxiliaries",
            "told_step_adverbs",
            "told_step_trailers",
            "perfect_list_joiners",
            "occasion_part_prepositions",
            "occasion_part_words",
            "occasion_day_words",
            "occasion_part_owners",
            "told_back_blockers",
            "reason_signal_words",
            "perfect_clause_signals",
            "finite_markers",
            "contrast_signals",
            "object_reports",
            "content_verbs",
            "content_auxiliaries",
            "cause_verbs",
            "outcome_verbs",
            "alerting_verbs",
            "statement_verbs",
            "after_occasion_adverbs",
            "telling_verbs",
            "infinitive_complement_verbs",
            "admission_verbs",
            "episode_offset_signals",
            "episode_offset_stops",
            "soon_after_signals",
        )},
        **{key: rx(key, re.I) for key in (
            "occurrence",
            "occurrence_passive",
            "occurrence_reduced",
            "subject_gap",
            "noun_complement",
            "occurrence_complement",
            "counted_day_of",
            "phrase_noun",
            "occasion_object",
            "modal_subject_gap",
            "after_occasion_phrase",
            "occasion_phrase",
            "contest_in",
            "length_modifier",
            "aspect_gap",
            "participle_gap",
            "object_complement",
            "spending",
            "taking_to",
            "in_round",
            "subject_phrase_gap",
            "since_then",
            "since_adverb",
            "until_then",
            "before_then",
            "after_then",
            "noun_of",
            "noun_topic",
            "relative_gap",
            "aside_subject_gap",
            "awaited_relative",
            "comparison_base",
            "comparison_change",
            "superlative_span",
            "opening_participle",
            "addressed_occasion",
            "told_investigators",
            "occasion_subject",
            "occasion_clause",
            "taken_up_noun",
            "at_the_scene",
            "occasion_clock",
            "purpose_object",
            "caused_object",
            "effect_subject_gap",
            "directive_gap",
            "directed_infinitive",
            "declared_state",
            "shown_recipient",
            "held_at_occasion",
            "in_medium",
            "in_session",
            "subject_aside",
            "figure_amount",
            "period_topic",
            "admission_topic",
            "fronted_figure_period",
            "released_object",
            "dated_object_relative",
            "offset_apposition",
            "dated_heading",
            "stepped_sequence",
            "clock_day_gap",
            "superlative_in",
            "ranked_apposition",
            "gapped_range_joiner",
            "gapped_range_end",
            "rate_amount",
            "age_phrase",
            "current_age",
            "place_aside",
            "move_figure",
            "figure_base",
            "count_frame",
        )},
        round_nouns=rx("round_nouns"),
        dated_occasion=rx("dated_occasion"),
        aside=rx("aside"), referring=rx("referring" if patterns.get("referring") else "definite", re.I), named_kind=rx("named_kind"), perceived_object=rx("perceived_object", re.I),
    )


def _in_dateline(cues: AnchorWords, text: str, t: Timex) -> bool:
    """Whether ``t`` is the date of a dateline ("ORSKAVA, Tuesday — Rescue teams ..."): when the
    story was filed, which dates none of its events."""
    line_start = text.rfind("\n", max(0, t.start - 80), t.start) + 1
    if line_start == 0 and t.start > 80:
        return False
    return bool(cues.dateline_before.search(text[line_start : t.start])) and bool(cues.dateline_after.match(text[t.end : t.end + 60]))


def dateline_date(text: str, timexes: Sequence[Timex], language: str = "en") -> Optional[Timex]:
    """The date of the article's dateline ("BRUSSELS, March 2 (Agency) --"), if it has one and
    it names one calendar day: the day the story was filed, which may precede publication."""
    cues = anchor_words(language)
    for t in timexes:
        if t.start > _DATELINE_REACH:
            break
        if t.earliest is not None and t.latest is not None and t.latest - t.earliest == dt.timedelta(days=1) and _in_dateline(cues, text, t):
            return t
    return None


_NEXT_LOWER = re.compile(r"(?:['’]s)?\s+[a-z]")
_NEXT_NAME = re.compile(r"\s+[A-Z][A-Za-z&.-]*\s+[a-z]")
"""A name right after a position and a lower-case word after it ("2027 Velto profits")."""


def _noun_phrase_dates(cues: AnchorWords, doc: Doc, timexes: Sequence[Timex], events: Sequence[EventLike],
                       grouped: "Optional[Mapping[int, Sequence[EventLike]]]" = None) -> dict[str, Optional[EventLike]]:
    """The dates inside a noun phrase, each with the event noun after it that it names the day of
    ("the Oct. 23 slaying", "Tuesday's announcement"), or None when that noun is no event ("under
    the Feb. 23 accord": the date dates no event of the clause).  A date that is no modifier is left out."""
    text = doc.text
    grouped = _by_sentence(doc, events) if grouped is None else grouped
    out: dict[str, Optional[EventLike]] = {}
    for t in timexes:
        if t.type is TimexType.DURATION or t.type is TimexType.SET:
            continue
        in_sentence = grouped.get(doc.sentence_index(t.start), ())
        named = not _NEXT_LOWER.match(text, t.end) and not _year_after_verb(text, t, in_sentence)  # a name after it
        if not _NEXT_LOWER.match(text, t.end) and not (_NEXT_NAME.match(text, t.end) and (
                _year_after_verb(text, t, in_sentence) or cues.premodifier_before.search(text, max(0, t.start - 12), t.start))):
            continue  # a bare year after a verb may be followed by a name before its noun ("were predicting 2027 Velto profits"),
            # as a date after an article ("the 1996 Olympic bombing")
        if (not text.startswith(("'s", "’s"), t.end) and not cues.premodifier_before.search(text, max(0, t.start - 12), t.start)
                and not _year_after_verb(text, t, in_sentence) and not _compound_period(t)):
            continue
        noun = next((ev for ev in in_sentence if ev.start >= t.end), None)
        if noun is None or (noun.pos == "VERB" and not cues.gerund.fullmatch(noun.text.lower())) or not cues.premodifier.fullmatch(text, t.end, noun.start):
            noun = None
        if noun is None and named:
            continue  # "the 1994 Freedom of Access Act": a name, no event noun; left to the clause as before
        out[t.tid] = noun
    return out


LIKELY_DAYS = 14  # the longest offset ("two weeks later") read as a count of calendar days


def calendar_days(t: Timex) -> Optional[int]:
    """The whole number of days a length in days or weeks names ("two days", "a week"), else None: such a gap between
    two events most likely counts calendar days (a link's ``likely_days``)."""
    if t.min_length is None or t.min_length != t.max_length or not t.value or t.value[-1:] not in ("D", "W") or "X" in t.value:
        return None
    days = t.min_length.days
    return days if t.min_length == dt.timedelta(days=days) and 0 < days <= LIKELY_DAYS else None


LIKELY_YEARS = 100  # the longest offset ("a century later") read as a count of calendar years
_WHOLE_YEARS = re.compile(r"P([1-9][0-9]*)Y")


def calendar_years(t: Timex) -> Optional[int]:
    """The whole number of years a length in years names exactly ("a year", "two years"; not "about two years" or "some
    years"), else None: such a gap between two events most likely counts calendar years (a link's ``likely_years``)."""
    m = _WHOLE_YEARS.fullmatch(t.value or "")
    if m is None or t.mod is not None:
        return None
    years = int(m.group(1))
    return years if years <= LIKELY_YEARS else None


_COMPOUND_GRAINS = frozenset({Grain.QUARTER, Grain.HALF})


def _compound_period(t: Timex) -> bool:
    """Whether ``t`` is a quarter or half written as one word ("third-quarter", "Q3", "first-half"): before a noun it is
    the noun's ("will report third-quarter earnings on Thursday": the earnings', the report is Thursday's)."""
    return t.type is TimexType.DATE and t.grain in _COMPOUND_GRAINS and not any(c.isspace() for c in t.text)


def _year_after_verb(text: str, t: Timex, in_sentence: Sequence[EventLike]) -> bool:
    """Whether ``t`` is a bare year written right after a verb, with no article ("were predicting 2027 earnings",
    "reported 2025 profit"): before a noun it is the noun's, as "the 2027 earnings" is."""
    if not (t.value.isdigit() and len(t.value) == 4 and t.text.isdigit()):
        return False
    return any(ev.pos == "VERB" and ev.end <= t.start and not text[ev.end : t.start].strip() for ev in in_sentence)


def _taken_from(cues: AnchorWords, words: Sequence[str]) -> bool:
    """Whether ``words`` (between a verb and an event noun) end in a preposition of ``source_prepositions`` or a phrase
    of ``source_phrases``, past an article ("withdrew a ship from service", "pulled two battalions from the offensive",
    "walked out of a meeting"), or in one of
    ``goal_prepositions`` right before the noun ("reopened the bridge to traffic")."""
    if words and words[-1] in cues.goal_prepositions:
        return True
    rest = words[:-1] if words and words[-1] in cues.determiners else words
    return bool(rest) and (rest[-1] in cues.source_prepositions or " ".join(rest[-2:]) in cues.source_phrases)


def _in_setting(cues: AnchorWords, words: Sequence[str]) -> bool:
    """Whether ``words`` (between a verb and an event noun) end in one of ``setting_prepositions`` past an article
    ("finished second in the race", "spoke at the rally")."""
    rest = words[:-1] if words and words[-1] in cues.determiners else words
    return len(rest) < len(words) and bool(rest) and rest[-1] in cues.setting_prepositions


def _tokens_between(text: str, a: int, b: int) -> list[str]:
    span = text[a:b]
    if span.isascii():  # (most spans: lower-casing ASCII keeps every character's place and kind, so the words come out the same)
        return _WORD.findall(span.lower())
    return [w.lower() for w in _WORD.findall(text, a, b)]


def _words_outside(cues: AnchorWords, text: str, a: int, b: int, spans: Sequence[tuple[int, int]], ends: Sequence[int],
                   premodifying: frozenset[int] = frozenset()) -> list[str]:
    """The words between ``a`` and ``b`` outside every time expression of ``spans`` (sorted,
    disjoint; ``ends`` their ends) and other than a time's own signal and article ("since
    January", "in the weeks before": TimeML leaves the article out of the expression).  A date
    that names the day of the noun after it (``premodifying``: their starts) has no signal of its
    own: "since the Oct. 23 slaying" orders against the slaying."""
    near = []
    for k in range(bisect.bisect_right(ends, a), len(spans)):  # (no slice: a copy of the rest would cost the document)
        x, y = spans[k]
        if x >= b:
            break
        near.append((x, y))
    if not near:
        return _tokens_between(text, a, b)
    starts = {x for x, _ in near}
    if len(near) == 1:  # (the usual case: one time between, tested without a generator per word)
        x0, y0 = near[0]
        words = [m for m in _WORD.finditer(text, a, b) if not x0 <= m.start() < y0]
    else:
        words = [m for m in _WORD.finditer(text, a, b) if not any(x <= m.start() < y for x, y in near)]
    owned = set(premodifying)
    for m in words:  # "the weeks": the article stands for the time too
        if m.group().lower() in cues.determiners and text[m.end() : m.end() + 1].isspace() and m.end() + 1 in starts:
            starts.add(m.start())
            if m.end() + 1 in owned:
                owned.add(m.start())
    out = []
    for m in words:
        w = m.group().lower()
        if w in cues.signals and text[m.end() : m.end() + 1].isspace() and m.end() + 1 in starts and m.end() + 1 not in owned:
            continue  # the time's own signal: "cut 600 jobs since January, expects" has no signal between the events
        if m.start() in starts:
            continue  # the time's article
        out.append(w)
    return out


def _introduces(cues: AnchorWords, rest: Sequence[str], b: EventLike) -> bool:
    """Whether the words after an event signal lead to ``b``: determiners only ("after the
    raids"), a modifier or two of the noun ``b`` ("after a knee injury"), or the short subject of
    a clause whose verb is ``b`` ("before they contained it")."""
    if all(w in cues.determiners for w in rest):
        return len(rest) <= 2
    if b.pos == "NOUN":  # "after a knee injury", "before the bus crash": a modifier or two of the noun
        # (a signal word right after a determiner modifies the noun: "at an earlier hearing")
        return len(rest) <= 3 and not any(w in cues.not_in_subject or ((w in cues.event_signals or w in cues.signals)
                                                                         and not (k and rest[k - 1] in cues.determiners)) for k, w in enumerate(rest))
    if b.pos != "VERB":
        return False
    k = len(rest)
    while k > 1 and (rest[k - 1] in cues.clause_auxiliaries or rest[k - 1] in cues.clause_adverbs):
        k -= 1  # "after the water had been drained": the auxiliaries before the verb make the subject no longer
        # (nor an adverb of the clause: "after the two companies first announced")
    if any(w in cues.not_in_subject for w in rest):
        return False
    if k <= 3:
        return True
    # (s60) a subject with one phrase of a preposition of ``subject_prepositions`` after its noun ("when a footbridge over the
    # river collapsed", "after a fire in a kitchen spread"): up to three words each side, no event signal but the preposition
    j = next((i for i in range(1, 4) if rest[i] in cues.subject_prepositions), None)
    return (j is not None and k - j - 1 <= 3 and 0 < k - j - 1
            and not any(w in cues.event_signals for i, w in enumerate(rest[:k]) if i != j))


def _clause_break(words: AnchorWords, text: str, a: int, b: int) -> bool:
    return bool(words.clause_break.search(text, a, b)) if a < b else False


_ENDING = frozenset({"until", "by", "before"})
"""The relations of signals that would end the event at the time."""
_OPEN_END = "\x00open"
"""What :func:`_signal_before` returns for an ending signal with a hedge that leaves the end open."""


def _bare_noun(word: str) -> bool:
    """Whether ``word`` reads only as a noun (no adjective, adverb or determiner reading: "magistrates", "detectives",
    "police"; not "early", "late", "about", "last"): standing between a signal and a time, it is what the signal takes."""
    from ..events.features import lexical_memo  # lemminflect's tables load on first use

    readings = lexical_memo()(word.lower())[0]
    return "NOUN" in readings and not {"ADJ", "ADV", "DET", "ADP", "NUM"} & set(readings)


def _signal_before(cues: AnchorWords, text: str, start: int, sentence_start: int) -> tuple[Optional[str], str]:
    """The signal word right in front of a time expression ("on", "by", "within") and the evidence."""
    lo = max(sentence_start, start - 40)
    cut = max(text.rfind(",", lo, start), text.rfind(";", lo, start), text.rfind(":", lo, start))
    words = list(_WORD.finditer(text, lo if cut < 0 else cut + 1, start))  # not across a comma: "on Sunday, two weeks after"
    lowered = tuple([m.group().lower() for m in words])  # (each word's lower case, read below by its index)
    hedged: tuple[str, ...] = ()
    for hedge in cues.signal_hedges if lowered and lowered[-1] in cues.hedge_ends else ():  # "until at least next Wednesday": the signal stands before the hedge
        if hedge and lowered[-len(hedge):] == hedge:
            words, hedged = words[: -len(hedge)], hedge
            break
    for k in range(len(words) - 1, max(-1, len(words) - 3), -1):
        m = words[k]
        w = lowered[k]
        if k > 0 and cues.signal_objects.get(lowered[k - 1]) == w:
            m = words[k - 1]  # "ahead of Sunday": the signal is "ahead", not "of"
            w = lowered[k - 1]
        elif w in cues.signal_objects and (k + 1 >= len(words) or lowered[k + 1] != cues.signal_objects[w]):
            continue  # "go ahead the next morning": no "of", no signal
        elif w in cues.signals and k + 1 < len(words) and words[k + 1].group()[:1].isupper():
            return None, ""  # "brought a pontoon from Kelby the next day": the signal takes the name, not the time
        elif w in cues.signals and k + 1 < len(words) and _bare_noun(words[k + 1].group()):
            return None, ""  # "appeared before magistrates last August", "questioned by detectives last week": the signal takes the noun
        if w in cues.signals:
            if _AMOUNT.search(text, m.end(), start):
                return None, ""  # "raise pay by 6 percent this year", "cut prices by 10% in March": the signal takes the amount
            before = lowered[max(0, k - 3) : k]
            if cues.signals[w] in _ENDING and (hedged in cues.open_hedges or any(before[-len(h):] == h for h in cues.open_hedges if h)):
                return _OPEN_END, text[m.start() : start].strip()  # "until at least Wednesday", "at least until Wednesday": no certain end
            return w, text[m.start() : start].strip()
    return None, ""


def _completes(cues: AnchorWords, text: str, verb: EventLike, ev: EventLike) -> bool:
    """Whether ``ev`` is a participle completing ``verb`` right before it ("was reported missing"), or a past participle
    completing its object ("had found a door forced on Friday morning", lexicon ``object_complement``)."""
    if ev.pos != "VERB" or verb.pos != "VERB" or verb.tense == "PRESPART":
        return False
    if ev.tense == "PRESPART":
        return cues.participle_gap.fullmatch(text, verb.end, ev.start) is not None
    return ev.tense == "PAST" and ev.aspect == "NONE" and cues.object_complement.fullmatch(text, verb.start, ev.start) is not None


def _attributive(cues: AnchorWords, ev: EventLike, text: str) -> bool:
    """A participle that modifies the noun after it ("from flooded streets"): a state, not the clause's verb."""
    if ev.pos != "VERB" or ev.aspect != "NONE" or (ev.tense not in ("PAST", "NONE", "PASTPART")
                                                   and not (ev.tense == "PRESPART" and ev.text.lower() in cues.attributive_participles)):
        return False  # ((s60) or a present participle of those words: "trapped by [rising] water in the caves on Saturday")
    before = _LAST_TOKEN.search(text, max(0, ev.start - 24), ev.start)
    if before is None or before.group(1).lower() not in cues.attributive_before:
        return False  # (s62 speed: the word after is read only when the word before may make it attributive)
    after = _NEXT_WORD.match(text, ev.end, ev.end + 30)
    return (after is not None and after.group(1) not in cues.determiners
            and after.group(1) not in cues.attributive_before)  # (s54) no noun after it: "the charity they raised money for said on Monday"


_CLOSING = frozenset(",.;:!?)")
"""Marks that may close a noun phrase (after "its flood warning")."""


def _nominal_participle(cues: AnchorWords, text: str, ev: EventLike, prev: Optional[EventLike], past_word: bool = True) -> bool:
    """Whether the -ing form ``ev`` is a noun after a determiner ("the warning", lexicon ``premodifier_before``) or,
    ``past_word``, one word that is no event after it, with a preposition or a closing mark after it ("its flood warning
    for", not "a man buying fuel" nor "the year ending June 30"; "kept the crowd waiting." reads so too, so the event
    links do not ask it): no verb of its clause."""
    if ev.tense != "PRESPART" or ev.pos != "VERB":
        return False
    if cues.premodifier_before.search(text, max(0, ev.start - 12), ev.start):
        return True
    if not past_word:
        return False
    word = _LAST_TOKEN.search(text, max(0, ev.start - 24), ev.start)
    if word is None or not word.group(1).isalpha() or (prev is not None and prev.end > word.start()):
        return False  # "the company kept warning": an event of its own before it
    after = _NEXT_WORD.match(text, ev.end, ev.end + 30)
    if (after.group(1) not in cues.object_barriers) if after is not None else text[ev.end : ev.end + 2].strip()[:1] not in _CLOSING:
        return False  # "recorded a man buying fuel", "the year ending June 30": a participle with its object, no noun
    return cues.premodifier_before.search(text, max(0, word.start() + 1 - 12), word.start() + 1) is not None


def attributive_events(doc: Doc, events: Sequence[EventLike]) -> frozenset[str]:
    """The participles that describe the noun after them ("pumping water from flooded streets on
    Monday", "rebuild the damaged houses"): a state the noun is in, not a step of the story."""
    cues = anchor_words(doc.language)
    return frozenset(ev.eid for ev in events if _attributive(cues, ev, doc.text))


def _by_sentence(doc: Doc, events: Sequence[EventLike]) -> dict[int, list[EventLike]]:
    """Events grouped by the index of their sentence, in text order (so lookups stay local)."""
    out: dict[int, list[EventLike]] = {}
    for ev in events:
        out.setdefault(doc.sentence_index(ev.start), []).append(ev)
    return out


def subject_participle(cues: AnchorWords, text: str, ev: "EventLike", sentence_start: int, verbs_before: bool) -> bool:
    """Whether ``ev`` is a participle of making a thing (lexicon ``bare_creation_participles``) right after its sentence's
    subject and before an event signal ("The bridge built after the war collapsed on Friday"): a reduced relative clause,
    so the signal's phrase ends before the sentence's main verb. Not after a verb of the sentence (``verbs_before``), a
    comma, an auxiliary or a pronoun ("was built after the war", "what they built after the war")."""
    if ev.pos != "VERB" or verbs_before or ev.text.lower() not in cues.bare_creation_participles:
        return False
    nxt = _NEXT_WORD.match(text, ev.end)
    if nxt is None or nxt.group(1).lower() not in cues.event_signals:
        return False
    before = text[sentence_start : ev.start].split()
    if not before or before[-1].endswith(","):
        return False
    last = before[-1].lower()
    return last not in cues.clause_auxiliaries and last not in cues.subject_pronouns and last not in cues.content_auxiliaries


_CLAUSE_TOKEN = re.compile(r"[A-Za-z]+|[,;:.!?]")
_CLOSING_REACH = 6  # words at most between a verb and the anaphoric time closing its clause ("bought the old mill then")


def closing_anaphor(cues: AnchorWords, text: str, start: int, end: int) -> bool:
    """Whether an anaphoric time of lexicon ``closing_time_anaphors`` closes the clause that runs from ``start`` (a verb's
    end) to ``end`` (the next verb of its sentence, or the sentence's end): at most :data:`_CLOSING_REACH` words and no
    punctuation before it, no word of ``closing_time_anaphor_blockers`` right before it ("and then", "since then"), and
    punctuation, a blocker (a coordinator: "then and sold it") or nothing after it."""
    tokens = [t.lower() for t in _CLAUSE_TOKEN.findall(text, start, end)]
    for phrase in cues.closing_time_anaphors:
        words = phrase.split()
        n = len(words)
        for i in range(min(len(tokens) - n, _CLOSING_REACH) + 1):
            if tokens[i : i + n] != words:
                continue
            if any(not t.isalpha() for t in tokens[:i]) or (i and tokens[i - 1] in cues.closing_time_anaphor_blockers):
                return False
            after = tokens[i + n] if i + n < len(tokens) else None
            return after is None or not after.isalpha() or after in cues.closing_time_anaphor_blockers
    return False
