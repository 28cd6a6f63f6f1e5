"""Language data: the words, cues and rules of a language, loaded from TOML files and checked.

A language is a directory of data files: the shipped ones live beside this module
(``en/``); any other directory holding the same files is a language too (pass it as
``lexicon_dir`` to :func:`timeline.tag`, or its path as ``language``).  Every file is checked
against :data:`SCHEMA` when it is loaded: a missing section, a value of the wrong type or an
unknown key raises :class:`LexiconError` naming the file, the section and the key.

Loaded data is read-only and memoised per language by ``functools.lru_cache``; there is no
other state.  ``python -m timeline.lexicon check [DIR]`` validates a lexicon directory.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import re
import tomllib
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Any, Mapping, Optional, Union

import attrs

from ..errors import LexiconError as _LexiconError

__all__ = [
    "Lexicon", "LexiconError", "SCHEMA", "REQUIRED_FILES", "available_languages", "language_key", "check_language",
    "load_lexicon", "load_data", "load_text_data", "check_text_data", "check_directory",
]


LexiconError = _LexiconError  # defined with the other errors, so ``import timeline`` need not load this module


# ----------------------------------------------------------------- the schema

@attrs.frozen
class Field:
    """One key of a data file: what kind of value it holds, and whether it must be there."""

    kind: Union[str, "Mapping[str, Field]"]
    required: bool = True


def _f(kind: Union[str, Mapping[str, "Field"]], required: bool = True) -> Field:
    """A key that must be there (a required section or key)."""
    return Field(kind, required)


def _opt(kind: Union[str, Mapping[str, "Field"]]) -> Field:
    """A key that may be left out: it then reads as empty."""
    return Field(kind, False)


# Kinds: "words" (list of non-empty strings), "text" (a non-empty string), "pattern" (a regular
# expression), "patterns", "groups" (list of word lists), "int_map"/"number_map"/"text_map"/"mod_map"/
# "words_map" (table of word -> int / number / string / TIMEX3 mod / word list), "pair_map" (word -> [low, high]),
# "entries" (table of word -> table), "table" (any table), "rules" (array of rule tables); a
# mapping is a table with exactly these keys.
_LEXICON: dict[str, Field] = {
    "months": _f("int_map"),
    "weekdays": _f("int_map"),
    "numbers": _opt("number_map"),
    "scales": _opt("number_map"),
    "vague_scales": _opt("number_map"),
    "common_words": _opt({"words": _f("words")}),
    "vague_numbers": _opt("text_map"),
    "ordinals": _opt("int_map"),
    "units": _opt("entries"),
    "parts_of_day": _opt("entries"),
    "deictic_days": _opt("entries"),
    "seasons": _opt("entries"),
    "vague": _opt("entries"),
    "vague_ahead": _opt({"phrases": _f("words"), "leads": _f("words"), "after": _f("int")}),
    "modifiers": _opt("mod_map"),
    "holidays": _opt("entries"),
    "sets": _opt("entries"),
    "frequencies": _opt("text_map"),
    "hedges": _opt("pair_map"),
    "clock_hedges": _opt("entries"),
    "clock_signals": _opt("entries"),
    "trailing_hedges": _opt("mod_map"),
    "open_ends": _opt("mod_map"),
    "year_prefixes": _opt("mod_map"),
    "week_of_month": _opt("int_map"),
    "week_of_month_days": _opt("int_map"),
    "trailing_units": _opt({"words": _f("words"), "after": _f("words")}),
    "leading_units": _opt({"words": _f("words"), "after": _f("words")}),
    "up_to_now": _opt({"before": _f("words"), "after": _f("words")}),
    "hedged_offsets": _opt({"before": _f("words")}),
    "approx_signals": _opt({"words": _f("words")}),
    "event_day_parts": _opt({"parts": _f("words"), "signals": _f("words"), "determiners": _f("words")}),
    "happening_units": _opt({"values": _f("text_map"), "not_nouns": _f("words"), "shifts": _opt("int_map"), "date_links": _opt("words"),
                             "noun_ends": _opt("words")}),
    "joined_weekday_parts": _opt({"habitual": _f("words")}),
    "outside_leads": _opt({"always": _f("words"), "bare": _f("words")}),
    "count_range_partners": _opt({"after": _f("words"), "before": _f("words")}),
    "day_part_signals": _opt({"END": _f("words"), "START": _f("words"), "END_AFTER": _opt("words"), "START_AFTER": _opt("words"), "not_after": _f("words"), "unusual_after": _opt("words")}),
    "day_signals": _opt("entries"),
    "fiscal_periods": _opt({"words": _f("words"), "not_with": _f("words"), "first_start": _f("int"), "last_start": _f("int")}),
    "hedge_softeners": _opt({"words": _f("words"), "hedges": _f("text_map")}),
    "open_signals": _opt({"later_before": _f("words"), "earlier_before": _f("words"), "later_after": _f("words"),
                          "earlier_after": _f("words")}),
    "perfect_spans": _opt({"before": _f("words"), "perfect": _f("words"), "not_perfect": _f("words")}),
    "weekday_of_month": _opt("int_map"),
    "to_date_abbreviations": _opt("text_map"),
    "named_days": _opt("text_map"),
    "date_pairs": _f({"connectors": _f("words"), "ordered": _opt("words"), "openers": _opt("words"), "range_openers": _opt("words"), "list_fillers": _opt("words"), "same_day_nouns": _opt("words"), "range_articles": _opt("words"), "beside_articles": _opt("words"), "beside_after": _opt("words"), "beside_before": _opt("words"), "day_time_links": _opt("words"), "part_period_links": _opt("words"), "attributive_part_openers": _opt("words"), "story_day_articles": _opt("words")}),
    "day_of_month": _opt({"after": _f("words"), "counted_nouns": _opt("words"), "course_words": _opt("words"),
                          "word_range_only_after": _opt("words"), "range_only_days": _opt("words"), "word_not_after": _opt("words"), "range_links": _opt("words"), "range_openers": _opt("words")}),
    "spelled_days": _opt({"adverbs": _f("words"), "followers": _f("words")}),
    "narrative_refs": _opt({"words": _f("text_map"), "not_before": _f("words")}),
    "age_decades": _opt({"owners": _f("words")}),
    "narrative_parts": _opt({"ordinals": _f("words"), "units": _f("words"), "last": _opt("words")}),
    "narrative_fractions": _opt({"fractions": _f("number_map"), "nouns": _f("number_map"), "units": _f("words"), "news_units": _opt("words")}),
    "narrative_spans": _opt({"leads": _f("words")}),
    "narrative_nights": _opt({"leads": _f("words"), "words": _f("words"), "nouns": _f("words")}),
    "narrative_story_seasons": _opt({"nouns": _f("words")}),
    "narrative_season_adjectives": _opt({"words": _f("words")}),
    "weekend_events": _opt({"nouns": _f("words"), "not_after": _opt("words")}),
    "point_parts": _opt({"words": _f("words")}),
    "narrative_followers": _opt({"units": _f("words"), "followers": _f("words")}),
    "news_followers": _opt({"units": _f("words"), "followers": _f("words"), "marks_after": _opt("words")}),
    "news_story_units": _opt({"leads": _opt("words"), "units": _f("words"), "not_after": _opt("words"), "rests": _opt("text_map")}),
    "years_told_after": _opt({"not_after": _f("words"), "reach": _opt("int"), "stops": _opt("words")}),
    "century_eras": _opt({"eras": _f("words"), "hedges": _opt("words")}),
    "narrative_story_units": _opt({"leads": _f("words"), "units": _f("words"), "mods": _opt("text_map"), "mod_links": _opt("words"),
                                   "not_after": _opt("words"), "hyphen_mods": _opt("text_map"), "new_words": _opt("words"),
                                   "rests": _opt("text_map"), "period_units": _opt("words")}),
    "narrative_calendar_parts": _opt({"mods": _f("text_map"), "units": _f("words")}),
    "narrative_millennia": _opt({"nouns": _f("words"), "eras_bc": _f("words"), "eras_ce": _f("words"), "names": _opt("text_map")}),
    "period_ends": _opt({"firsts": _f("words"), "lasts": _f("words"), "units": _f("words")}),
    "regnal_years": _opt({"possessives": _f("words"), "nouns": _f("words"), "accession": _f("words"), "restating": _opt("words"),
                          "range_links": _opt("words"), "heirs": _opt("words"), "successions": _opt("words"), "heir_nouns": _opt("words"), "offices": _opt("words"),
                          "office_links": _opt("words"), "span_ends": _opt("words")}),
    "month_names": _opt({"before": _f("words"), "not_next": _f("words"), "year_links": _opt("words")}),
    "story_months": _opt({"same_year": _f("words"), "week_spans": _opt("words"), "same_day": _opt("words"), "year_relatives": _opt("words"), "predicate_joiners": _opt("words"), "predicate_auxiliaries": _opt("words"), "year_phrase_openers": _opt("words"), "year_phrase_words": _opt("int"), "not_now": _opt("words"), "day_limits": _opt("words"), "far_years": _opt("int"), "far_years_bare": _opt("int"), "far_years_perfect": _opt("int"), "perfect_auxiliaries": _opt("words"), "perfect_reach": _opt("int"), "course_onsets": _opt("words"), "comparison_openers": _opt("words")}),
    "life_dates": _opt({"openers": _f("words"), "subjects": _opt("words")}),
    "narrative_same_time": _opt({"leads": _f("words"), "phrases": _f("words"), "bare_phrases": _opt("words")}),
    "narrative_early_years": _opt({"before": _f("words"), "after": _f("words"), "hedges": _opt("words"), "range_leads": _opt("words"),
                                   "reign_marks": _opt("words"), "range_anywhere": _opt("words"),
                                   "sentence_openers": _opt("words"), "opening_subjects": _opt("words"),
                                   "subject_openers": _opt("words"), "stop_leads": _opt("words")}),
    "early_year_lists": _opt({"links": _f("words"), "after": _f("words")}),
    "news_hedged_years": _opt({"before": _f("words")}),
    "bare_clock_ranges": _opt({"leads": _f("words"), "links": _f("words"), "after": _f("words")}),
    "dotted_clocks": _opt({"amount_words": _f("words"), "amount_signs": _f("words")}),
    "time_zones": _opt({"names": _f("words"), "places": _f("words"), "bare": _opt("words"), "bare_before": _opt("words")}),
    "quoted_speech": _opt({"verbs": _f("words")}),
    "narrative_event_years": _opt({"openers": _f("words"), "words": _f("int")}),
    "narrative_ages": _opt({"units": _f("words"), "after": _f("words"), "leads": _opt("words"), "hedges": _opt("words"), "births": _opt("words"),
                                "life_verbs": _opt("words"), "life_gap": _opt("int"), "life_next": _opt("words"), "life_subjects": _opt("words")}),
    "bc_split_seasons": _opt({"eras": _f("words")}),
    "signal_clause_days": _opt({"signals": _f("words")}),
    "participle_days": _opt({"not_participles": _f("words"), "endings": _opt("words"), "outcomes": _opt("words")}),
    "ordinal_days": _opt({"running": _f("words"), "run_rules": _opt("words"), "first_after": _opt("words"), "onset": _opt("words"), "parts": _opt("words"),
                          "part_ends": _opt("mod_map"), "event_of": _opt("words"), "closing": _opt("words"),
                          "back_leads": _opt("words"), "back_units": _opt("words")}),
    "look_ahead_spans": _opt({"lasting": _f("words")}),
    "night_into_day": _opt({"mornings": _f("words"), "links": _f("words"), "date_mornings": _opt("words")}),
    "clock_carry_signals": _opt({"forward": _f("words"), "onward": _f("words"), "hedges": _opt("words")}),
    "first_hours_midnight": _opt({"sequence": _f("words"), "earlier": _f("words"), "range_links": _opt("words"), "small_hours_marks": _opt("words")}),
    "possessed_week": _opt({"possessives": _f("words"), "openers": _f("words")}),
    "last_occurrence": _opt({"words": _f("words")}),
    "record_sources": _opt({"nouns": _f("words")}),
    "answered_decisions": _opt({"possessives": _f("words"), "nouns": _f("words"), "verbs": _f("words"), "particles": _f("words")}),
    "anniversaries": _opt({"nouns": _f("words"), "ordinals": _opt("int_map"), "determiners": _opt("words"), "centenaries": _opt("int_map"), "owner_events": _opt("words"),
                            "birthdays": _opt("words"), "since_words": _opt("words")}),
    "early_year_verbs": _opt({"suffixes": _f("words"), "objects": _f("words")}),
    "narrative_lengths": _opt({"adjectives": _f("words"), "units": _f("words"), "order_words": _opt("words")}),
    "reduced_clauses": _opt({"participles": _f("words")}),
    "narrative_unit_offsets": _opt({"units": _f("words"), "directions": _f("words"), "not_next": _f("words"), "postposed": _opt("words"), "eves": _opt("words"), "morrows": _opt("words"), "same": _opt("words"), "parts": _opt("words"),
                                    "object_words": _opt("words")}),
    "event_offsets": _opt({"directions": _f("int_map"), "length_before": _f("words"), "event_skip": _f("words"), "event_stop": _f("words"),
                           "event_pronouns": _f("words"), "offset_words": _opt("words"), "restated_leads": _opt("words"), "offset_hedges": _opt("words"),
                           "offset_adverbs": _opt("words"), "adverb_next": _opt("words"), "on_day": _opt("words"),
                           "opening_directions": _opt("words"), "clause_links": _opt("words"), "season_leads": _opt("words"), "length_nouns": _opt("words"), "length_articles": _opt("words"),
                           "length_phrase_leads": _opt("words"), "offset_phrase_leads": _opt("words"), "phrase_links": _opt("words"),
                           "phrase_determiners": _opt("words"), "told_by_verbs": _opt("text_map")}),
    "season_events": _opt({"seasons": _f("words"), "verbs": _f("words"), "signals": _f("words"), "qualified": _opt("words")}),
    "period_end": _opt({"words": _f("words"), "length_openers": _opt("words"), "length_ends": _opt("words")}),
    "period_start": _opt({"words": _f("words"), "length_openers": _f("words")}),
    "event_recall": _opt({"determiners": _f("words"), "heads": _f("words"), "starts": _opt("words"), "range_first": _opt("words"), "range_start_verbs": _opt("words"), "range_last": _opt("words"), "run_items": _opt("words")}),
    "spoken_years": _opt({"fillers": _f("words"), "bare_after": _f("words")}),
    "number_grammar": _opt({
        "tens": _f("words"), "ones": _f("words"), "articles": _f("words"), "not_counts": _f("words"), "additive": _opt("words"),
        "vague_scale_link": _f("text"),
    }),
    "start_words": _opt({"extra": _f("words")}),
    "period_parts": _opt({"first": _f("words"), "last": _f("words"), "of": _f("words"), "unreported_after": _opt("words")}),
    "half_modifiers": _opt("int_map"),
    "month_words": _opt({"short_ok": _f("words"), "common": _f("entries"), "date_before": _opt("words"), "range_links": _opt("words"), "sentence_openers": _opt("words"), "name_titles": _opt("words"), "person_after": _opt("words"), "weekday_date_before": _opt("words"), "sentence_start_dates": _opt("words")}),
    "relative": _opt({
        "shift": _f("int_map"), "anaphoric": _f("words"), "aliases": _f("text_map"),
        "season_anaphora": _f("text_map"), "that_year": _f("int_map"), "past_spans": _f("words"), "next_spans": _f("words"),
        "year_ago": _f("words"), "whole": _f("words"), "first_ahead": _opt("words"), "reporting_period": _opt("words"), "reporting_context": _opt("words"), "reporting_reach": _opt("int"), "beyond": _opt("int_map"),
        "same_period": _opt("words"), "weekday_week_after": _opt("words"), "weekday_week_not_after": _opt("words"), "length_from_openers": _opt("words"), "length_on_openers": _opt("words"), "shift_openers": _opt("words"), "length_from_settings": _opt("words"),
        "plan_infinitives": _opt("words"), "plan_leads": _opt("words"),
    }),
    "some_day": _opt({"words": _f("words"), "after": _f("words"), "days_after": _f("int")}),
    "comparative_modifiers": _opt("mod_map"),
    "hyphened_modifiers": _opt("mod_map"),
    "unit_grains": _opt("text_map"),
    "decade_words": _opt("int_map"),
    "ordinal_parts": _opt("int_map"),
    "rates": _opt({"after_words": _f("words"), "money_words": _f("words"), "articles": _f("words"), "explicit": _f("words"), "counted_scales": _f("words")}),
    "vetoes": _opt({
        "year_after": _f("words"), "year_before": _f("words"), "year_after_names": _opt("words"), "year_after_words": _opt("words"), "adjective_times": _opt("words"), "part_of_day_not_before": _opt("words"), "overnight_not_before": _opt("words"), "late_night_not_before": _opt("words"), "year_before_makes": _opt("words"), "year_before_makes_after": _opt("words"), "weekday_not_before": _opt("words"), "weekday_not_before_phrases": _opt("words"), "weekday_generic_after": _opt("words"), "weekday_generic_followers": _opt("words"), "adjective_times_followers": _opt("words"), "noun_times": _opt("words"), "noun_times_links": _opt("words"), "discourse_openers": _opt("words"), "era_days": _opt("words"), "generic_of_days": _opt("words"), "generic_of_parts": _opt("words"), "era_nouns": _opt("words"), "part_of_day_narrative_only": _opt("words"), "year_hyphen_words": _opt("words"), "year_before_names": _opt("words"), "amount_change": _opt("words"), "second_ordinal": _f("words"), "second_ordinal_offset": _f("words"), "day_count_before": _opt("words"), "day_count_units": _opt("words"), "day_count_particle_verbs": _opt("words"),
        "fraction_before": _f("words"), "fraction_heads": _opt("words"), "quarters_places": _opt("words"), "season_noun_after": _f("words"), "season_weather": _opt("words"), "season_weather_determiners": _opt("words"), "season_not_after": _opt("words"), "season_not_before": _opt("words"), "season_tumble": _opt("words"),
        "season_tumble_followers": _opt("words"), "season_verb_preps": _opt("words"), "season_verb_preps_followers": _opt("words"), "season_tumble_harm": _opt("words"), "time_after": _f("words"), "race_time_before": _opt("words"),
        "greeting_before": _opt("words"), "part_of_day_after": _opt("words"), "part_of_day_signalled": _opt("words"), "part_of_day_range_opens": _opt("words"), "part_of_day_range_closes": _opt("words"), "unit_compounds": _opt("words"), "character_units": _opt("words"), "character_words": _opt("words"), "newspaper_sets": _opt("words"), "newspaper_noun_before": _opt("words"), "newspaper_noun_after": _opt("words"), "counted_sets": _opt("words"), "counted_before": _opt("words"), "look_back_before": _opt("words"), "look_back_not_after": _opt("words"), "amount_before_in": _opt("words"), "weekday_name_before": _opt("words"), "weekday_name_not": _opt("words"), "weekday_first_names": _opt("words"), "name_heads": _opt("words"), "head_names": _opt("words"), "venue_nouns": _opt("words"), "title_case_small": _opt("words"), "idioms": _opt("words"), "names": _opt("words"), "delay": _opt({"words": _f("words"), "before": _f("words")}), "age_before": _opt("words"), "age_modifiers": _opt("words"),
        "vague_counting": _opt("words"), "vague_counting_words": _opt("words"), "spread_over": _opt({"words": _f("words"), "more_than_after": _f("words")}), "hedge_particles": _opt({"words": _f("words"), "verbs": _f("words")}),
        "bare_half": _opt({"reporting": _f("words"), "play": _f("words"), "play_not": _opt("words"), "works": _opt("words")}),
    }),
}

_RULES = {"rule": _f("rules")}

_TEXT = {"abbreviations": _f("words"), "clause_final": _f("words"), "sentence_openers": _f("words"), "clock_marks": _opt("words"), "clock_continuers": _opt("words"), "clock_zone_nouns": _opt("words")}

_TENSE = {
    "cues": _f({"future": _f("words"), "present": _f("words"), "past": _f("words"), "reporting": _f("words"), "not_past": _f("words"),
                "modals": _opt("words"),
                "open_modals": _opt("words"),
                "ahead_markers": _opt("words"),
                "obligation_modals": _opt("words"),
                "open_modal_stops": _opt("words"),
                "open_modal_negations": _opt("words"),
                "noun_openers": _opt("words"),
                "noun_modifiers": _opt("words"),
                "present_alike": _opt("words"),
                "holding": _opt("words"),
                "superseded": _opt("words"),
                "ahead_subject": _opt("words"),
                "time_heads": _opt("words"),
                "subject_present": _opt("words"),
                "intent": _opt("words"),
                "intent_nouns": _opt("words"),
                "intent_noun_objects": _opt("words"),
                "scheduling": _opt("words"),
                "appointment_prepositions": _opt("words"),
                "appointing": _opt("words"),
                "act_prepositions": _opt("words"),
                "backshifted": _opt("words"),
                "notice_prepositions": _opt("words"),
                "prospects": _opt("words"),
                "be_states": _opt("words"),
                "span_present": _opt("words"),
                "span_openers": _opt("words"),
                "expecting": _opt("words"),
                "readiness": _opt("words"),
                "offering": _opt("words"),
                "conditions": _opt("words"),
                "aspectual": _opt("words"),
                "period_begun": _opt("words"),
                "not_verbs": _opt("words"), "not_cues": _opt("words"), "scheduled_present": _opt("words"), "headline_infinitive": _opt("words"), "count_words": _opt("words"), "scheduled_going": _opt("words"), "scheduled_verbs": _opt("words"), "scheduled_adjacent": _opt("words"), "scheduled_plural": _opt("words"), "plural_subjects": _opt("words"), "scheduled_objects": _opt("words"), "going_words": _opt("words"),
                "life_asides": _opt("words"), "event_of": _opt("words"), "event_of_not_after": _opt("words"), "report_content": _opt("words"), "court_reports": _opt("words"), "court_nouns": _opt("words"), "report_occasion_links": _opt("words"), "time_clauses": _opt("words"), "span_lengths": _opt("words"), "report_occasions": _opt("words"), "relative_past": _opt("words"), "companion_participles": _opt("words"), "reached_due": _opt("words"), "singular_subjects": _opt("words"),
                "staged": _opt("words"), "subject_pronouns": _opt("words"), "past_expectation": _opt("words"), "forecast_subjects": _opt("words"), "forecast_verbs": _opt("words"), "counterfactual_modals": _opt("words"), "counterfactual_have": _opt("words"), "saying_verbs": _opt("words"), "subject_verbs": _opt("words")}),
    "regular_past": _f({"suffix": _f("text"), "min_length": _f("int"), "prefixes": _opt("words")}),
    "participle": _opt({"suffix": _f("text"), "min_length": _f("int")}),
    "clause": _f({"skip": _f("words"), "adjective_prepositions": _opt("words"), "boundaries": _f("words"), "determiners": _opt("words"), "possessed": _opt("words"), "not_adverbs": _opt("words"), "verb_followers": _opt("words"),
                  "list_words": _opt("words"), "relatives": _opt("words"), "set_off_participles": _opt("words"), "prepositions": _opt("words"), "amount_words": _opt("words"), "clock_words": _opt("words"), "clock_names": _opt("words"), "clock_day_joins": _opt("words"), "range_words": _opt("words"), "phrase_openers": _opt("words"), "item_openers": _opt("words"), "item_prepositions": _opt("words"), "item_articles": _opt("words"), "have_counts": _opt("words"),
                  "indefinite": _opt("words"), "month_links": _opt("words"), "season_that": _opt("words")}),
    "auxiliaries": _f({"future": _f("words"), "past": _f("words"), "negation": _opt("words"), "perfect": _opt("words"), "perfect_ahead": _opt("words"), "past_perfect": _opt("words"), "participle_helpers": _opt("words"), "be": _opt("words"), "be_present": _opt("words"), "participle_after": _opt("words"), "participle_particles": _opt("words")}),
    "signals": _f({"past": _f("words"),
                   "past_links": _opt("words"),
                   "forewarning": _opt("words"),
                   "forewarning_gap": _opt("words"),
                   "decreeing": _opt("words"),
                   "start_words": _opt("words"),
                   "fillers": _opt("words"),
                   "until": _opt("words"),
                   "until_hedges": _opt("words"),
                   "deferring": _opt("words"),
                   "hindrances": _opt("words"),
                   "future": _opt("words"),
                   "span_end": _opt("words"),
                   "completed_by": _opt("words"),
                   "comparison": _opt("words"),
                   "known_comparison": _opt("words"),
                   "known_measures": _opt("words"),
                   "measured_values": _opt("words"),
                   "compared_from": _opt("words"),
                   "compared_links": _opt("words"),
                   "open_comparison": _opt("words"),
                   "fixtures": _opt("words"),
                   "fixture_links": _opt("words"),
                   "fixture_withdrawal": _opt("words"),
                   "occasion_links": _opt("words"),
                   "fixture_missed": _opt("words"),
                   "schedule_verbs": _opt("words"), "schedule_verbs_plural": _opt("words"), "schedule_plural_subjects": _opt("words"),
                   "schedule_not_plural": _opt("words"),
                   "schedule_prepositions": _opt("words"),
                   "rescheduled_from": _opt("words"),
                   "clash_links": _opt("words"),
                   "happened_links": _opt("words"),
                   "thing_reports": _opt("words"),
                   "change_verbs": _opt("words"),
                   "change_links": _opt("words"),
                   "change_verbs_plural": _opt("words"),
                   "dated_deed_links": _opt("words"), "reason_deed_links": _opt("words"),
                   "deed_noun_verbs": _opt("words_map"),
                   "offset_after": _opt("words"),
                   "offset_before": _opt("words"),
                   "deciding_verbs": _opt("words"),
                   "fixture_sales": _opt("words"),
                   "fixture_modifiers": _opt("words"),
                   "fixture_sides": _opt("words"),
                   "sale_adverbs": _opt("words"),
                   "preceding": _opt("words"),
                   "occasion": _opt("words"),
                   "following": _opt("words"),
                   "report_nouns": _opt("words"),
                   "flow_nouns": _opt("words"), "figure_words": _opt("words"), "ticket_nouns": _opt("words"), "ticket_links": _opt("words"),
                   "directive": _opt("words"),
                   "deadline": _opt("words"),
                   "within": _opt("words"),
                   "within_counted": _opt("words"),
                   "summoning": _opt("words"),
                   "prior_leads": _opt("words"),
                   "appointment": _opt("words"), "appointed": _opt("words"), "date_nouns": _opt("words"), "date_links": _opt("words")}),
}

_ANCHORING = {
    "time_signals": _f("text_map"),
    "strong_signals": _f("words"),
    "duration_signals": _f("words"),
    "aspectual": _f({"begin": _f("words"), "end": _f("words"), "trailing_openers": _opt("words"), "begin_nouns": _opt("words"), "end_nouns": _opt("words"), "into_words": _opt("words"), "journey_nouns": _opt("words"), "departure_verbs": _opt("words"), "journey_determiners": _opt("words")}),
    "event_signals": _f("text_map"),
    "perfect_signals": _opt("text_map"),
    "containing_signals": _opt("words"),
    "signal_objects": _opt("text_map"),
    "far_signals": _opt("words"),
    "shared_before_coordinators": _opt("words"),
    "passive_clause_coordinators": _opt("words"),
    "time_fronting_coordinators": _opt("words"),
    "speaking_nouns": _opt("words"),
    "publishing_participles": _opt("words"),
    "purpose_nouns": _opt("words"),
    "preparing_verbs": _opt("words"),
    "awaiting_verbs": _opt("words"),
    "awaiting_signals": _opt("words"),
    "spanning_signals": _opt("words"),
    "gerund_signals": _opt("text_map"),
    "occasion": _opt({"signals": _f("text_map"), "nouns": _f("words")}),
    "attempt_verbs": _opt("words"), "withholding_verbs": _opt("words"), "withheld_signals": _opt("words"), "holding_verbs": _opt("words"), "relative_openers": _opt("words"), "harming_happenings": _opt("words"), "object_length_verbs": _opt("words"), "headline_ahead_markers": _opt("words"), "earlier_occasion_adverbs": _opt("words"), "headline_phrasal_verbs": _opt("words"), "aside_adverbs": _opt("words"), "creation_participles": _opt("words"), "bare_creation_participles": _opt("words"), "creation_agents": _opt("words"), "spread_signals": _opt("words"), "birth_verbs": _opt("words"), "object_relative_openers": _opt("words"), "clause_adverbs": _opt("words"), "far_clause_signals": _opt("words"), "befalling_verbs": _opt("words"), "maturity_words": _opt("words"),
    "light_verbs": _opt("words"),
    "intention_verbs": _opt("words"),
    "decision_verbs": _opt("words"), "expecting_now_verbs": _opt("words"), "expected_object_markers": _opt("words"),
    "rescheduling_verbs": _opt("words"), "moving_verbs": _opt("words"),
    "rescheduling_signals": _opt("words"),
    "clause_only_signals": _opt("words"),
    "past_clause_signals": _opt("words"),
    "subject_signals": _opt("words"),
    "signal_adverbs": _opt("words"),
    "clause_auxiliaries": _opt("words"),
    "perfect_clause_signals": _opt("words"),
    "finite_markers": _opt("words"),
    "contrast_signals": _opt("words"),
    "object_reports": _opt("words"),
    "date_object_words": _opt("words"),
    "subject_pronouns": _opt("words"),
    "complementizers": _opt("words"), "content_verbs": _opt("words"), "cause_verbs": _opt("words"), "outcome_verbs": _opt("words"), "alerting_verbs": _opt("words"), "statement_verbs": _opt("words"), "after_occasion_adverbs": _opt("words"), "telling_verbs": _opt("words"), "infinitive_complement_verbs": _opt("words"), "admission_verbs": _opt("words"), "episode_offset_signals": _opt("words"), "episode_offset_stops": _opt("words"), "soon_after_signals": _opt("words"), "content_auxiliaries": _opt("words"),
    "continuing_verbs": _opt("words"),
    "scheduled_ahead_words": _opt("words"),
    "scheduled_ahead_adverbs": _opt("words"),
    "attending_verbs": _opt("words"),
    "subject_prepositions": _opt("words"),
    "staging_particles": _opt("words"),
    "inner_clause_openers": _opt("words"),
    "attributive_participles": _opt("words"),
    "occasion_nouns": _opt("words"),
    "carrying_aspectuals": _opt("words"),
    "breakdown_verbs": _opt("words"),
    "object_barriers": _opt("words"),
    "fronting_words": _opt("words"),
    "source_prepositions": _opt("words"),
    "source_phrases": _opt("words"),
    "discovery_verbs": _opt("words"),
    "reported_subject_verbs": _opt("words"),
    "taken_up_kinds": _opt("words"),
    "relative_state_verbs": _opt("words"),
    "act_relatives": _opt("words"),
    "subject_noun_articles": _opt("words"),
    "restoration_verbs": _opt("words"),
    "service_verbs": _opt("words"),
    "restoration_adverbs": _opt("words"),
    "whole_night_signals": _opt("words"),
    "further_length_words": _opt("words"),
    "life_end_words": _opt("words"),
    "death_words": _opt("words"),
    "mourning_occasions": _opt("words"),
    "outcome_nouns": _opt("words"),
    "resumption_verbs": _opt("words"),
    "passive_declaring": _opt("words"),
    "taken_up_articles": _opt("words"),
    "opening_subject_articles": _opt("words"),
    "subject_adverbs": _opt("words"),
    "life_subjects": _opt("words"),
    "bench_titles": _opt("words"),
    "sentencing_verbs": _opt("words"),
    "occasion_object_verbs": _opt("words"),
    "scene_relatives": _opt("words"),
    "late_words": _opt("words"),
    "bare_plural_endings": _opt("words"),
    "dwelling_verbs": _opt("words"),
    "contest_verbs": _opt("words"),
    "staging_verbs": _opt("words"),
    "run_participles": _opt("words"),
    "run_units": _opt("words"),
    "contests": _opt("words"),
    "goal_prepositions": _opt("words"),
    "setting_prepositions": _opt("words"),
    "target_prepositions": _opt("words"),
    "evidence_reports": _opt("words"),
    "happening_verbs": _opt("words"),
    "determiners": _f("words"),
    "attributive_before": _opt("words"),
    "not_in_subject": _opt("words"),
    "adverb_signal_after": _opt("words"),
    "subordinate_openers": _opt("words"), "person_relatives": _opt("words"), "lasting_verbs": _opt("words"),
    "onset_verbs": _opt("words"),
    "distinct_modifiers": _opt("words"),
    "instance_modifiers": _opt("words"),
    "closing_time_anaphors": _opt("words"),
    "closing_time_anaphor_blockers": _opt("words"),
    "signal_hedges": _opt("words"),
    "open_hedges": _opt("words"),
    "state_verbs": _opt("words"),
    "coordinators": _opt("words"),
    "scheduling_verbs": _opt("words"),
    "planning_verbs": _opt("words"),
    "demanding_particles": _opt("words"), "for_dated_verbs": _opt("words"), "cancelling_particles": _opt("words"),
    "first_act_words": _opt("words"),
    "told_back_time_words": _opt("words"),
    "expecting_verbs": _opt("words"),
    "anaphoric_openers": _opt("words"),
    "anaphoric_time_phrases": _opt("words"),
    "fronted_signals": _opt("words"),
    "fronted_modifiers": _opt("words"),
    "verb_kinds": _opt("text_map"),
    "verb_also_kinds": _opt("text_map"),
    "retelling_signals": _opt("words"),
    "missed_deadline_hours": _opt("int"),
    "noun_verbs": _opt("text_map"),
    "object_determiners": _opt("words"),
    "object_aspectuals": _opt("words"),
    "sequence_verbs": _opt("text_map"),
    "served_part": _opt({"verbs": _f("words"), "phrase": _f("pattern"), "parts": _f("number_map"), "quantities": _f("text_map"),
                         "term_after": _f("pattern")}),
    "fronted_phrases": _opt("text_map"),
    "opening_time_phrases": _opt("text_map"),
    "not_expected_signals": _opt("words"),
    "arranged_day_signals": _opt("words"),
    "arranged_be": _opt("words"),
    "passive_be": _opt("words"),
    "scheduling_signals": _opt("words"),
    "not_a_length_after": _opt("words"),
    "not_a_length_before": _opt("words"),
    "amount_verbs": _opt("words"),
    "range_first": _opt("text_map"),
    "range_second": _opt("text_map"),
    "offset_direction": _opt("text_map"),
    "short_gaps": _f("number_map"),
    "likely_gaps": _opt("number_map"),
    "likely_gaps_gerund": _opt("number_map"),
    "likely_gaps_ended": _opt("number_map"),
    "likely_short_gaps": _opt("number_map"),
    "same_kind": _f("groups"),
    "same_happening": _opt("groups"),
    "agent_nouns": _opt({"suffixes": _f("words"), "act_endings": _f("words"), "shortest_stem": _f("int"), "reach": _f("int")}),
    "noun_signals": _opt("words"),
    "reason_verbs": _opt("words"),
    "charge_verbs": _opt("text_map"),
    "reason_prepositions": _opt("words"),
    "charge_nouns": _opt("words"),
    "reason_soon_verbs": _opt("words"),
    "reason_distant_verbs": _opt("words"),
    "held_at_nouns": _opt("words"), "medium_nouns": _opt("words"), "contest_rounds": _opt("words"), "purpose_time_signals": _opt("words"),
    "period_end_words": _opt("words"),
    "session_nouns": _opt("words"),
    "session_moves": _opt("words"),
    "period_figures": _opt("words"),
    "period_move_subjects": _opt("words"),
    "span_closers": _opt("words"),
    "stretch_openers": _opt("words"),
    "day_night_words": _opt("words"),
    "year_end_words": _opt("words"),
    "possessive_clitics": _opt("words"),
    "teller_anaphors": _opt("words"),
    "term_units": _opt("words"),
    "reason_purposes": _opt("words"), "restating_nouns": _opt("words"), "reason_modifier_stops": _opt("words"), "response_verbs": _opt("words"), "within_relatives": _opt("words"), "effect_verbs": _opt("words"), "release_verbs": _opt("words"), "next_day_gaps": _opt("words"), "same_day_parts": _opt("words"), "same_day_part_prepositions": _opt("words"), "figure_verbs": _opt("words"), "directive_verbs": _opt("words"), "term_verbs": _opt("words"), "term_object_openers": _opt("words"), "clause_signals": _opt("words"), "perfect_blockers": _opt("words"), "perfect_complement_openers": _opt("words"), "perfect_auxiliaries": _opt("words"), "perfect_step_words": _opt("words"), "perfect_participle_markers": _opt("words"), "length_of_signals": _opt("words"), "shared_auxiliary_adverbs": _opt("words"), "narrated_step_joiners": _opt("words"), "narrated_step_blockers": _opt("words"), "narrated_step_openers": _opt("words"), "narrated_passive_auxiliaries": _opt("words"), "told_step_adverbs": _opt("words"), "told_step_trailers": _opt("words"), "perfect_list_joiners": _opt("words"), "occasion_part_prepositions": _opt("words"), "occasion_part_words": _opt("words"), "occasion_day_words": _opt("words"), "occasion_part_owners": _opt("words"), "occasion_part_shifts": _opt("int_map"), "occasion_eve_words": _opt("words"), "occasion_year_words": _opt("words"), "occasion_clock_points": _opt("number_map"), "told_back_blockers": _opt("words"), "reason_signal_words": _opt("words"),
    "reason_reach": _opt("int"),
    "reason_likely_hours": _opt("int"),
    "causing_verbs": _opt("words"),
    "patterns": _f({"clause_break": _f("pattern"), "short_gap": _f("pattern"), "implied": _f("pattern"),
                    "definite": _f("pattern"), "within_target": _f("pattern"),
                    "length_as_gap": _opt("pattern"), "relative_when": _opt("pattern"),
                    "range_joiner": _opt("pattern"), "gapped_range_joiner": _opt("pattern"), "gapped_range_end": _opt("pattern"), "rate_amount": _opt("pattern"), "age_phrase": _opt("pattern"), "current_age": _opt("pattern"), "place_aside": _opt("pattern"), "move_figure": _opt("pattern"), "figure_base": _opt("pattern"), "count_frame": _opt("pattern"), "infinitive_marker": _opt("pattern"), "gerund": _opt("pattern"), "nominal_gerund": _opt("pattern"), "premodifier": _opt("pattern"), "sequence": _opt("pattern"), "premodifier_before": _opt("pattern"),
                    "dateline_before": _opt("pattern"), "dateline_after": _opt("pattern"), "length_of": _opt("pattern"),
                    "length_to": _opt("pattern"),
                    "occurrence": _opt("pattern"),
                    "occurrence_passive": _opt("pattern"),
                    "occurrence_reduced": _opt("pattern"),
                    "subject_gap": _opt("pattern"),
                    "noun_complement": _opt("pattern"),
                    "aspect_gap": _opt("pattern"),
                    "participle_gap": _opt("pattern"), "object_complement": _opt("pattern"),
                    "spending": _opt("pattern"), "taking_to": _opt("pattern"), "in_round": _opt("pattern"),
                    "subject_phrase_gap": _opt("pattern"),
                    "length_modifier": _opt("pattern"),
                    "since_then": _opt("pattern"),
                    "since_adverb": _opt("pattern"),
                    "until_then": _opt("pattern"),
                    "before_then": _opt("pattern"),
                    "after_then": _opt("pattern"),
                    "relative_gap": _opt("pattern"), "aside_subject_gap": _opt("pattern"),
                    "awaited_relative": _opt("pattern"),
                    "noun_of": _opt("pattern"), "noun_topic": _opt("pattern"),
                    "aside": _opt("pattern"),
                    "named_kind": _opt("pattern"),
                    "referring": _opt("pattern"),
                    "perceived_object": _opt("pattern"),
                    "caused_object": _opt("pattern"),
                    "effect_subject_gap": _opt("pattern"),
                    "directive_gap": _opt("pattern"),
                    "directed_infinitive": _opt("pattern"),
                    "declared_state": _opt("pattern"),
                    "shown_recipient": _opt("pattern"),
                    "held_at_occasion": _opt("pattern"), "in_medium": _opt("pattern"),
                    "in_session": _opt("pattern"),
                    "subject_aside": _opt("pattern"),
                    "figure_amount": _opt("pattern"),
                    "period_topic": _opt("pattern"),
                    "admission_topic": _opt("pattern"),
                    "fronted_figure_period": _opt("pattern"),
                    "released_object": _opt("pattern"), "dated_object_relative": _opt("pattern"),
                    "offset_apposition": _opt("pattern"),
                    "dated_heading": _opt("pattern"),
                    "stepped_sequence": _opt("pattern"),
                    "clock_day_gap": _opt("pattern"),
                    "superlative_in": _opt("pattern"), "ranked_apposition": _opt("pattern"),
                    "round_nouns": _opt("pattern"),
                    "dated_occasion": _opt("pattern"),
                    "comparison_base": _opt("pattern"), "comparison_change": _opt("pattern"), "superlative_span": _opt("pattern"), "opening_participle": _opt("pattern"), "addressed_occasion": _opt("pattern"), "told_investigators": _opt("pattern"), "occasion_subject": _opt("pattern"), "occasion_clause": _opt("pattern"), "taken_up_noun": _opt("pattern"), "at_the_scene": _opt("pattern"), "occasion_clock": _opt("pattern"), "occasion_minute": _opt("pattern"), "occasion_minute_clause": _opt("pattern"), "purpose_object": _opt("pattern"), "occurrence_complement": _opt("pattern"), "counted_day_of": _opt("pattern"), "phrase_noun": _opt("pattern"), "occasion_object": _opt("pattern"), "modal_subject_gap": _opt("pattern"), "after_occasion_phrase": _opt("pattern"), "occasion_phrase": _opt("pattern"), "contest_in": _opt("pattern")}),
}

_EVENTS = {
    "factuality": _f({"conditional": _f("words"), "generic_adverbs": _f("words"), "clause_breaks": _f("words"),
                        "time_clause_openers": _opt("words"), "looking_ahead": _opt("words"), "future_in_past": _opt("words"), "aside_gap_units": _opt("words"), "unrealised_objects": _opt("words"), "alleged_objects": _opt("words"), "object_reach": _opt("int"),
                        "object_stops": _opt("words"), "implicative": _opt("words"), "implicative_phrases": _opt("words"), "awaited_subject": _opt("pattern"), "scheduled_subject": _opt("pattern"), "condition_ends": _opt("words"), "inverted_conditional": _opt("words"),
                        "reporting_forms": _opt("words"), "reported_reach": _opt("int"), "supposal_modifiers": _opt("words"), "question_openers": _opt("words"), "creating_verbs": _opt("words"), "firm_plans": _opt("words"), "plan_auxiliaries": _opt("words"),
                        "causing": _opt("words"), "causing_reach": _opt("int"), "instrument_reach": _opt("int"),
                        "instrument_verbs": _opt("words"), "instrument_stops": _opt("words"), "time_taking": _opt("words"), "probable_words": _opt("words"), "deficit_ends": _opt("words"), "deficit_reach": _opt("int"), "fearing_verbs": _opt("words"), "feared_complement": _opt("pattern")}),
    "verb_group": _f({
        "modals": _f("text_map"), "future": _f("words"), "negation": _f("words"), "be_present": _f("words"),
        "be_past": _f("words"), "have_present": _f("words"), "have_past": _f("words"), "verb_markers": _f("words"),
        "object_starts": _opt("words"), "subject_adverbs": _opt("words"), "premodifying_nouns": _opt("words"), "premodifier_stops": _opt("words"), "presence_nouns": _opt("words"), "presence_signals": _opt("words"), "presence_reach": _opt("int"), "chain": _f("words"), "stops": _f("words"),
        "negative_subjects": _opt("words"), "negative_determiners": _opt("words"), "negative_subject_reach": _opt("int"), "noun_negators": _opt("words"), "noun_negation_reach": _opt("int"), "negative_subject_stops": _opt("words"), "subject_followers": _opt("words"), "clause_subjects": _opt("words"), "singular_determiners": _opt("words"), "plural_quantifiers": _opt("words"), "compound_reach": _opt("int"), "raising_verbs": _opt("words"), "goal_verbs": _opt("words"), "goal_reach": _opt("int"), "goal_noun_followers": _opt("words"), "goal_noun_time_openers": _opt("words"), "object_pronouns": _opt("words"), "sharing_coordinators": _opt("words"), "reduced_clause_openers": _opt("words"), "reduced_clause_adverbs": _opt("words"),
        "happening_compounds": _opt("words"), "missed_happenings": _opt("words"), "opening_participle_preps": _opt("words"), "opening_participle_reach": _opt("int"), "counted_reports": _opt("words"), "counted_object_starts": _opt("words"),
        "contractions": _opt("words_map"), "negative_clitic": _opt("text"), "subject_clitics": _opt("words"), "finite": _opt("words"),
    }),
    "features": _f({"auxiliaries": _f("words"), "determiners": _f("words")}),
}

_FURNITURE = {"line_patterns": _f("patterns"), "bio_words": _f("words")}

_RELATIONS = {"features": _f({"signals": _f("words"), "reporting": _f("words"), "quotes": _f("words"), "timex_prepositions": _f("words")})}

SCHEMA: Mapping[str, Mapping[str, Field]] = MappingProxyType({
    "lexicon.toml": _LEXICON,
    "rules.toml": _RULES,
    "text.toml": _TEXT,
    "tense.toml": _TENSE,
    "anchoring.toml": _ANCHORING,
    "events.toml": _EVENTS,
    "furniture.toml": _FURNITURE,
    "relations.toml": _RELATIONS,
})
"""Every data file of a language, its sections and the kind of value each holds."""

REQUIRED_FILES = ("lexicon.toml", "rules.toml", "text.toml")
"""What a language needs to be tagged; the other files (cues for ``build``) may be left out,
and then the language simply has no such cues."""

_RULE_KEYS = {"name": "text", "pattern": "pattern", "produce": "text"}
_RULE_OPTIONAL = {"gate", "examples"}


def _kind_problem(value: Any, kind: str) -> Optional[str]:
    """Why ``value`` is not of ``kind``, or None when it is."""
    def words(v: Any) -> bool:
        return isinstance(v, list) and all(isinstance(w, str) and w for w in v)

    def number(v: Any) -> bool:
        return isinstance(v, (int, float)) and not isinstance(v, bool)

    def table_of(v: Any, ok: Any) -> bool:
        return isinstance(v, dict) and all(ok(x) for x in v.values())

    if kind == "words":
        return None if words(value) else "must be a list of non-empty strings"
    if kind == "text":
        return None if isinstance(value, str) and value else "must be a non-empty string"
    if kind == "int":
        return None if isinstance(value, int) and not isinstance(value, bool) else "must be an integer"
    if kind in ("pattern", "patterns"):
        items = [value] if kind == "pattern" else value
        if not isinstance(items, list) or not all(isinstance(p, str) and p for p in items):
            return "must be a regular expression" if kind == "pattern" else "must be a list of regular expressions"
        import regex  # the engine's regular expressions; loaded only to check a pattern

        for p in items:
            try:
                regex.compile(p)
            except regex.error as exc:
                return f"bad regular expression {p!r}: {exc}"
        return None
    if kind == "groups":
        return None if isinstance(value, list) and all(words(g) for g in value) else "must be a list of word lists"
    if kind == "int_map":
        return None if table_of(value, lambda v: isinstance(v, int) and not isinstance(v, bool)) else "must be a table of word = integer"
    if kind == "number_map":
        return None if table_of(value, number) else "must be a table of word = number"
    if kind == "text_map":
        return None if table_of(value, lambda v: isinstance(v, str) and v) else "must be a table of word = string"
    if kind == "words_map":
        return None if table_of(value, words) else "must be a table of word = [word, ...]"
    if kind == "mod_map":
        from ..model import Mod

        mods = {m.value for m in Mod}
        return None if table_of(value, lambda v: v in mods) else f"must be a table of word = TIMEX3 mod ({', '.join(sorted(mods))})"
    if kind == "pair_map":
        return None if table_of(value, lambda v: isinstance(v, list) and len(v) == 2 and all(number(x) for x in v)) else "must be a table of word = [low, high]"
    if kind == "entries":
        return None if table_of(value, lambda v: isinstance(v, dict)) else "must be a table of word = { ... }"
    if kind == "table":
        return None if isinstance(value, dict) else "must be a table"
    raise AssertionError(f"unknown kind {kind!r}")


def _check_rules(value: Any, where: str) -> list[str]:
    """The problems of the ``[[rule]]`` array: required keys, unknown keys, gates, duplicate names."""
    if not isinstance(value, list) or not all(isinstance(r, dict) for r in value):
        return [f"{where}: [[rule]] must be an array of tables"]
    problems = []
    names: set[str] = set()
    for n, rule in enumerate(value, 1):
        label = f"{where}: [[rule]] #{n} ({rule.get('name', '?')})"
        for key, kind in _RULE_KEYS.items():
            if key not in rule:
                problems.append(f"{label}: missing key {key!r}")
            elif not isinstance(rule[key], str) or not rule[key]:
                problems.append(f"{label}: {key!r} must be a non-empty string")
        for key in sorted(set(rule) - set(_RULE_KEYS) - _RULE_OPTIONAL):
            problems.append(f"{label}: unknown key {key!r}")
        gate = rule.get("gate")
        if gate is not None and not (isinstance(gate, dict) and set(gate) == {"near", "pattern"} and _kind_problem(gate["near"], "words") is None
                                     and _kind_problem(gate["pattern"], "pattern") is None):
            problems.append(f"{label}: 'gate' must be {{ near = [strings], pattern = 'regular expression' }}")
        if rule.get("name") in names:
            problems.append(f"{label}: duplicate rule name {rule['name']!r}")
        names.add(rule.get("name", ""))
    return problems


def _check_table(data: Any, schema: Mapping[str, Field], file: str, section: tuple[str, ...] = ()) -> list[str]:
    """Every problem of ``data`` against ``schema``, each naming the file, section and key."""
    here = f"{file}: [{'.'.join(section)}]" if section else f"{file}:"
    if not isinstance(data, dict):
        return [f"{here} must be a table"]
    problems = []
    for key in sorted(set(data) - set(schema)):
        problems.append(f"{here} unknown {'key' if section else 'section'} {key!r} (expected: {', '.join(schema)})")
    for key, field in schema.items():
        if key not in data:
            if field.required:
                problems.append(f"{here} missing {'key' if section else 'section'} {key!r}")
            continue
        value = data[key]
        if isinstance(field.kind, Mapping):
            problems += _check_table(value, field.kind, file, (*section, key))
        elif field.kind == "rules":
            problems += _check_rules(value, file)
        else:
            problem = _kind_problem(value, field.kind)
            if problem:
                problems.append(f"{here} {key!r} {problem}")
    return problems


def validate(name: str, data: Any, where: str = "") -> list[str]:
    """The problems of the parsed data file ``name`` ("lexicon.toml", ...); empty when it is well formed."""
    return _check_table(data, SCHEMA[name], where or name)


def _defaults(schema: Mapping[str, Field]) -> dict[str, Any]:
    """The empty value of every optional key left out: an empty table, list or string."""
    out: dict[str, Any] = {}
    for key, field in schema.items():
        if isinstance(field.kind, Mapping):
            out[key] = _defaults(field.kind)
        elif field.kind in ("words", "patterns", "groups", "rules"):
            out[key] = []
        elif field.kind in ("text", "pattern"):
            out[key] = ""
        elif field.kind == "int":
            out[key] = 0
        else:
            out[key] = {}
    return out


def _with_defaults(data: dict[str, Any], schema: Mapping[str, Field]) -> dict[str, Any]:
    """``data`` with every optional section it leaves out filled in empty."""
    out = dict(data)
    for key, field in schema.items():
        if key not in out:
            out[key] = _defaults(field.kind) if isinstance(field.kind, Mapping) else _defaults({key: field})[key]
    return out


# ----------------------------------------------------------------- where languages live

def _shipped() -> Any:
    """The directory of the shipped languages (this package)."""
    return resources.files(__package__)


@functools.lru_cache(maxsize=1)
def available_languages() -> tuple[str, ...]:
    """The languages shipped with the library (directories holding a ``lexicon.toml``)."""
    return tuple(sorted(d.name for d in _shipped().iterdir() if d.is_dir() and (d / "lexicon.toml").is_file()))


def language_key(language: str = "en", lexicon_dir: "Optional[str | os.PathLike[str]]" = None) -> str:
    """The name the library keys a language by: the shipped code, or ``lexicon_dir/language`` as a path."""
    if lexicon_dir is None:
        return language
    return str(Path(lexicon_dir) / language)


def _directory(language: str) -> Any:
    """The directory of ``language`` (a shipped code or a path), or a LexiconError listing the choices."""
    if not isinstance(language, str) or not language:
        raise LexiconError(f"language must be a non-empty string, not {language!r}; available: {', '.join(available_languages())}")
    if language in available_languages():
        return _shipped() / language
    if os.sep in language or "/" in language:
        path = Path(language)
        if path.is_dir():
            return path
        raise LexiconError(f"language directory {language!r} does not exist")
    raise LexiconError(f"language={language!r} is not supported; available: {', '.join(available_languages())} "
                       "(or a directory of lexicon files, see docs/lexicon.md)")


def check_language(language: str) -> None:
    """Raise a clear :class:`LexiconError` unless ``language`` can be tagged (its required files load)."""
    for name in REQUIRED_FILES:
        load_data(language, name)


@functools.lru_cache(maxsize=None)
def load_data(language: str, name: str) -> Mapping[str, Any]:
    """The checked contents of data file ``name`` of ``language``; an optional file left out reads as empty."""
    if name not in SCHEMA:
        raise LexiconError(f"unknown lexicon file {name!r}; the files are: {', '.join(SCHEMA)}")
    base = _directory(language)
    path = base / name
    where = f"{language}/{name}" if language in available_languages() else str(path)
    if not path.is_file():
        if name in REQUIRED_FILES:
            raise LexiconError(f"{where}: missing (a language needs {', '.join(REQUIRED_FILES)})")
        return _frozen(_defaults(SCHEMA[name]))
    try:
        data = parse_toml(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise LexiconError(f"{where}: not valid TOML: {exc}") from None
    problems = validate(name, data, where)
    if problems:
        raise LexiconError(problems[0] + (f" (and {len(problems) - 1} more problems)" if len(problems) > 1 else ""))
    data = _with_defaults(data, SCHEMA[name])
    if name == "rules.toml":  # rules stay plain tables (their examples are read as written); the list is a tuple
        return MappingProxyType({"rule": tuple(data["rule"])})
    return _frozen(data)


PARSED_FILE = Path(__file__).with_name("parsed.json")
"""The shipped data files parsed ahead (``tools/compile_rules.py``): {hash of a file's text: its data as JSON}."""


@functools.lru_cache(maxsize=1)
def _shipped_parses() -> Mapping[str, str]:
    try:
        raw = json.loads(PARSED_FILE.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return raw if isinstance(raw, dict) else {}


def text_key(text: str) -> str:
    """The key of a data file's text in :data:`PARSED_FILE`."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def parse_toml(text: str) -> dict[str, Any]:
    """``tomllib.loads(text)``; for the text of a shipped data file, its parse made ahead (parsing TOML was
    most of loading a language).  A file edited since, or any other, is parsed as it is."""
    shipped = _shipped_parses().get(text_key(text))
    if isinstance(shipped, str):
        try:
            data = json.loads(shipped)  # a new object each time: callers may keep what they are given
        except ValueError:
            data = None
        if isinstance(data, dict):
            return data
    return tomllib.loads(text)


def _frozen(value: Any) -> Any:
    """``value`` made read-only all the way down: tables become mapping proxies, arrays tuples."""
    if isinstance(value, dict):
        return MappingProxyType({k: _frozen(v) for k, v in value.items()})
    if isinstance(value, list):
        return tuple(_frozen(v) for v in value)
    return value


def check_directory(directory: "str | os.PathLike[str]") -> list[str]:
    """Every problem of the lexicon files in ``directory`` (empty when all are well formed)."""
    base = Path(directory)
    if not base.is_dir():
        return [f"{base}: not a directory"]
    problems = [f"{base / name}: missing (a language needs {', '.join(REQUIRED_FILES)})" for name in REQUIRED_FILES if not (base / name).is_file()]
    for path in sorted(base.glob("*.toml")):
        if path.name not in SCHEMA:
            problems.append(f"{path}: unknown lexicon file (the files are: {', '.join(SCHEMA)})")
            continue
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as exc:
            problems.append(f"{path}: not valid TOML: {exc}")
            continue
        problems += validate(path.name, data, str(path))
        if path.name == "rules.toml" and not problems:
            problems += _check_rule_patterns(base, data)
    return problems


def _check_rule_patterns(base: Path, data: dict[str, Any]) -> list[str]:
    """Each rule's sub-patterns exist, its production is known and its expanded pattern compiles."""
    from ..recognize.grammar import _subpatterns, expand
    from ..recognize.productions import PRODUCTIONS

    try:
        subs = _subpatterns(load_lexicon(str(base)))
    except LexiconError as exc:
        return [str(exc)]
    problems = []
    for n, rule in enumerate(data["rule"], 1):
        label = f"{base / 'rules.toml'}: [[rule]] #{n} ({rule['name']})"
        if rule["produce"] not in PRODUCTIONS:
            problems.append(f"{label}: unknown production {rule['produce']!r}")
        try:
            re.compile(expand(rule["pattern"], subs))
        except (ValueError, re.error) as exc:
            problems.append(f"{label}: {exc}")
    return problems


# ----------------------------------------------------------------- loaded value classes

@attrs.frozen
class Lexicon:
    """The recognition tables of one language (``lexicon.toml``) and its ordered rules (``rules.toml``)."""

    language: str
    tables: Mapping[str, Any]
    rules: tuple[Mapping[str, Any], ...]

    def __getitem__(self, table: str) -> Any:
        return self.tables[table]


@functools.lru_cache(maxsize=None)
def load_lexicon(language: str = "en") -> Lexicon:
    """Load (once) the lexicon and rules of ``language``."""
    return Lexicon(language, load_data(language, "lexicon.toml"), tuple(load_data(language, "rules.toml")["rule"]))


_TEXT_KEYS = tuple(_TEXT)


@functools.lru_cache(maxsize=None)
def load_text_data(language: str = "en") -> dict[str, tuple[str, ...]]:
    """Load (once) the segmentation data of ``language`` (``<lang>/text.toml``), checking its shape."""
    return {k: tuple(v) for k, v in load_data(language, "text.toml").items()}


def check_text_data(data: dict[str, Any], language: str) -> dict[str, tuple[str, ...]]:
    """The segmentation tables of ``data``, or a LexiconError naming the key whose shape is wrong."""
    problems = validate("text.toml", data, f"{language}/text.toml")
    if problems:
        raise LexiconError(problems[0])
    return {k: tuple(data.get(k, ())) for k in _TEXT_KEYS}
