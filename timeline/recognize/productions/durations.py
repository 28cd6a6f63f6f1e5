"""Productions of lengths of time and vague amounts: "three years", "two hours and 14 minutes", "recently"."""

from __future__ import annotations

import re
from typing import Optional

from ...model import Grain
from ...units import units_per
from ..meaning import Anchoring, DurationSpec, Meaning, VagueSpec
from .common import MatchContext, Production, after_numeral, hedge_of, key_of, modifier_of, named_mid_running_text, number_of, quant_of, title_case_line, titled_mid_sentence, unit_of, vague_least

__all__ = ["PRODUCTIONS"]


def anchored_duration(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    """ "the past 48 hours", "the next three days": a length up to, or from, the anchor."""
    grain, mult = unit_of(ctx, g["unit"])
    if grain is Grain.WEEKEND and "num" not in g:
        return None  # "the past weekend", "the coming weekend": a weekend of the calendar, not a length
    least = vague_least(ctx, g["num"]) if "num" in g else None
    amount = None if least is not None else number_of(ctx, g["num"]) if "num" in g else None if _plural_unit(ctx, g["unit"]) else 1.0
    if amount is not None:
        amount = (amount + (0.5 if g.get("half") or g.get("half_pre") else 0.0)) * mult  # "the past year and a half", "the past three and a half years"
    if "part" in g:  # "the last five years of his life": the first or last units of what "of" names, anchored to nothing told
        return DurationSpec(grain, amount, mod=modifier_of(ctx, quant_of(g)), hedge=hedge_of(g), least=None if least is None else least * mult)
    rel = key_of(g.get("rel") or g["rel2"])
    if "rel2" in g and rel == "following" and not (ctx.narrative and grain in (Grain.DECADE, Grain.CENTURY)):
        return None  # "for the following year": a date in a history ("a campaign for the following year"); a decade a length
    if "num" not in g and "the" in g and rel == "past" and key_of(g["unit"]) == "year" and not g.get("half"):
        return None  # "over the past year": the year before this one, as "the last year" is (TimeBank: a DATE)
    if "num" not in g and "the" not in g and key_of(ctx.surface) in ctx.lexicon["vague"]:
        return None  # "in past years": a vague time in the lexicon's table, not "the past year"
    relative = ctx.lexicon["relative"]
    span = "past" if rel in relative["past_spans"] else "next" if rel in relative["next_spans"] else None
    anchoring = Anchoring.NARRATIVE if rel in relative["anaphoric"] else Anchoring.REFERENCE
    if "num2" in g:  # "the next 12 to 18 months": a length between the two amounts, unknown (X), at least the smaller
        high = number_of(ctx, g["num2"])
        if amount is None or high is None or not 0 < amount < high * mult:
            return None
        return DurationSpec(grain, None, span=span, anchoring=anchoring, least=amount)
    return DurationSpec(grain, amount, mod=modifier_of(ctx, quant_of(g)), span=span, anchoring=anchoring, hedge=hedge_of(g), least=None if least is None else least * mult)


def _plural_unit(ctx: MatchContext, word: str) -> bool:
    """Whether a unit word is a plural ("years", "centuries"): with no number before it, an unknown amount."""
    k = key_of(word)
    if not k.endswith("s"):
        return False
    for unit in ctx.lexicon["units"].values():
        if k in unit["words"]:
            return k[:-1] in unit["words"] or k[:-3] + "y" in unit["words"]
    return False


def range_start_duration(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    """The "two" of "two to six days": a length of that many of the units named after the range's end."""
    grain, mult = unit_of(ctx, g["unit"])
    try:
        low, high = number_of(ctx, g["num"]), number_of(ctx, g["num2"])
    except ValueError:
        return None  # "2026-01-31a year": the second end is no number
    if low is None or high is None or not 0 < low < high or grain in (Grain.WEEKEND, Grain.PART_OF_DAY, Grain.QUARTER):
        return None  # "a 3-2 vote", "one or a few days": no range of lengths
    if key_of(g["num"]) in ctx.lexicon["number_grammar"]["articles"] or after_numeral(ctx):
        return None
    if "and" in g and ctx.word_before() not in ctx.lexicon["date_pairs"].get("openers", ()):
        return None  # "two and three years" only after "between"
    return DurationSpec(grain, low * mult)


_FRACTION_SIGNS = {"\u00bc": ("1", "4"), "\u00bd": ("1", "2"), "\u00be": ("3", "4")}  # one-sign fractions: a notation, no language


def compound_duration(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    """ "two hours and 14 minutes" (one length, PT2H14M), "5 1/2 hours" and "5½ hours" (PT5H30M)."""
    if after_numeral(ctx):
        return None
    grain, mult = unit_of(ctx, g.get("unit") or g["unit3"])
    first = number_of(ctx, g.get("num") or g["num3"])
    if first is None or grain in (Grain.QUARTER, Grain.WEEKEND, Grain.PART_OF_DAY):
        return None
    amount = first * mult
    if "frac" in g or "vfrac" in g:
        top, bottom = g["frac"].split("/") if "frac" in g else _FRACTION_SIGNS[g["vfrac"]]
        amount += int(top) / int(bottom) * mult
    else:
        small, mult2 = unit_of(ctx, g["unit2"])
        second = number_of(ctx, g["num2"])
        per = units_per(grain, small)
        if second is None or per is None or second >= per:
            return None  # "three days and two weeks", "three days, 40 hours": not one length
        amount += second * mult2 / per
    if g.get("dir"):  # "two hours and forty minutes later": an offset from the story's time
        sign = -1 if key_of(g["dir"]).startswith(("earlier", "before")) else 1
        return DurationSpec(grain, amount, mod=modifier_of(ctx, quant_of(g)), span="later" if sign > 0 else "earlier",
                            anchoring=Anchoring.NARRATIVE, hedge=hedge_of(g))
    return DurationSpec(grain, amount, mod=modifier_of(ctx, quant_of(g)), hedge=hedge_of(g))


def race_time(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    """ "won in 2:09:41": hours, minutes and seconds written as a clock after a word of lexicon [vetoes] race_time_before
    ("in"), a length (PT2H9M41S); elsewhere ("at 2:09:41") none."""
    if ctx.word_before() not in ctx.lexicon["vetoes"].get("race_time_before", ()):
        return None
    return DurationSpec(Grain.HOUR, int(g["hour"]) + int(g["minute"]) / 60 + int(g["second"]) / 3600)


_OF_WORD = re.compile(r"\s+of\s+([A-Za-z]+)")
_NUMBER_AFTER = re.compile(r"[ \t]{1,3}\d")  # (s50) a number right after the match: "a Century 21 shop"


def _word_after_of(ctx: MatchContext) -> str:
    """The word after the "of" that follows the match, lower-cased ("" when none): "several quarters of [losses]"."""
    m = _OF_WORD.match(ctx.text, ctx.end, min(len(ctx.text), ctx.end + 40))
    return m.group(1).lower() if m else ""


def duration(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    """ "40 hours", "nearly three weeks": a length, unless the unit is an ordinal, a fraction or a rate."""
    grain, mult = unit_of(ctx, g["unit"])
    num_word = g["num"]
    num_key = key_of(num_word)  # (read by most tests below: worked out once)
    vetoes = ctx.lexicon["vetoes"]
    if (" " in ctx.surface.strip() and all(w[:1].isupper() for w in ctx.surface.split()) and titled_mid_sentence(ctx, capital_after=False)
            and not title_case_line(ctx)):
        return None  # "reread A Year in Provence", "the film One Day": a title in running text; (s55 recog) not in a title-case
        # headline, whose small words stay in lower case ("Bridge Shut for Two Weeks": was untagged)
    if (not ctx.narrative and (num_word[:1].isdigit() or _NUMBER_AFTER.match(ctx.text, ctx.end)) and not ctx.surface.islower()
            and named_mid_running_text(ctx, ctx.offset_of(g["unit"]))):
        return None  # "won the Le Mans 24 Hours", "a 24 Hour Fitness gym": a unit with a capital after digits in running text, a name
        # (news only, and not a count in words: "the Hundred Days" is a time; a history's TIMEX2 tags the length in any
        # name, "the Seven Days Battles", "60 Minutes", "the 4 Years' Liberation War")
        # (s50) a capitalised unit before a number is a name too: "next to a Century 21 shop"
    if grain is Grain.SECOND and num_key in vetoes["second_ordinal"]:
        return None  # "a second term"
    if g.get("the") and key_of(g["unit"]) in ctx.lexicon["units"] and _count_of(ctx, num_word) != 1:
        return None  # "the two day summit": a length used as a modifier, the article the noun's (tagged from "two")
    if num_key in ctx.lexicon["number_grammar"]["articles"] and grain is Grain.QUARTER:
        return None  # "a quarter of the vote"
    if grain is Grain.QUARTER and not re.match(r"\d|[a-z]", num_word):
        return None
    if grain is Grain.QUARTER and num_key in vetoes.get("quarters_places", ()):
        return None  # "criticism from some quarters": circles, not a length
    if grain is Grain.QUARTER and (ctx.word_after().lower() in vetoes["fraction_before"] or "-" in ctx.surface):
        if num_key not in ctx.lexicon["vague_numbers"] or _word_after_of(ctx) in vetoes.get("fraction_heads", ()):
            return None  # a fraction: "three quarters of the votes", "three-quarters" ("several quarters of losses" stays)
    rates = ctx.lexicon["rates"]
    if num_key in rates["articles"] and (_word_just_before(ctx) in rates["after_words"] or re.search(r"\d\s*$", ctx.text[max(0, ctx.start - 8) : ctx.start])):
        return None  # a rate: "140 kilometres an hour", "$5 a day"
    if after_numeral(ctx):
        return None
    if _counts_days(ctx, g, num_key):
        return None  # "it rained on 212 days": a count of days, no length
    spread = vetoes.get("spread_over")
    if (spread and g.get("quant") and key_of(g["quant"]) in spread["words"] and num_key not in ctx.lexicon["number_grammar"]["articles"]
            and ctx.word_before() not in spread["more_than_after"] and not _softened(ctx)):
        return None  # "can be used over three years": over the length, not more than it (the length alone is tagged)
    if num_key in ctx.lexicon["number_grammar"]["articles"] and ctx.word_after().lower() in vetoes.get("unit_compounds", ()):
        return None  # "a night watchman", "a day trip": the unit begins a compound noun, no length
    if (g.get("more") and num_key in ctx.lexicon["number_grammar"]["articles"] and key_of(g["unit"]) in vetoes.get("character_units", ())
            and key_of(g["more"].strip()) in vetoes.get("character_words", ())):
        return None  # (s64) "It was a busy night for the fire brigade": that night, not a length (as "a long night")
    if g.get("long", "").startswith("-") and num_key in ctx.lexicon["number_grammar"]["articles"]:
        return None  # "a week-long visit": the article is the noun's; the length is "week-long" (unit_long)
    some_day = ctx.lexicon.tables.get("some_day")
    if some_day and key_of(ctx.surface) in some_day["words"] and ctx.word_before().lower() in some_day["after"]:
        return VagueSpec("FUTURE_REF", 0.0, float(some_day["days_after"]))  # "will one day be": some time ahead
    least = vague_least(ctx, num_word)
    amount = None if least is not None else number_of(ctx, num_word)
    if amount is not None:
        if ("half" in g or _AND_A_HALF.search(ctx.surface.lower(), 1)) and "half" not in str(num_word).lower():
            amount += 0.5  # "two and a half years" (the number grammar already read "one and a half" as 1.5)
        if "halfof" in g:
            amount /= 2  # "half an hour", "half a century"
        amount *= mult
    if grain is Grain.WEEKEND and not _counted_weekends(ctx, num_word, amount):
        return None  # "a weekend away", "the weekend": a length only when counted ("three weekends", "several weekends")
    return DurationSpec(grain, amount, mod=modifier_of(ctx, quant_of(g)), hedge=hedge_of(g), least=None if least is None else least * mult)


_POSSESSIVE_AFTER = re.compile(r"['\u2019]")


def _counts_days(ctx: MatchContext, g: dict[str, str], num_key: str) -> bool:
    """(s56 recog) Whether a plural of lexicon [vetoes] day_count_units right after a word of day_count_before counts days
    ("rain fell on 212 days", "flights ran on 40 days"), no length: not with an article or a hedge ("on a day"), a
    possessive ("on 30 days' notice") or "of" after it ("on 30 days of data"), nor after a verb of day_count_particle_verbs
    ("the strike went on 63 days": "on" its particle)."""
    vetoes = ctx.lexicon["vetoes"]
    if g.get("the") or g.get("quant") or key_of(g["unit"]) not in vetoes.get("day_count_units", ()):
        return False
    if num_key in ctx.lexicon["number_grammar"]["articles"] or _word_just_before(ctx) not in vetoes.get("day_count_before", ()):
        return False
    if _POSSESSIVE_AFTER.match(ctx.text, ctx.end) is not None or ctx.word_after().lower() == "of":
        return False
    verb = _TWO_WORDS_BEFORE.search(ctx.text, max(0, ctx.start - 40), ctx.start)
    return verb is None or verb.group(1).lower() not in vetoes.get("day_count_particle_verbs", ())  # "went on 63 days": a length


_TWO_WORDS_BEFORE = re.compile(r"([A-Za-z]+)[ \t]{1,3}[A-Za-z]+[ \t]{1,3}$")


def _softened(ctx: MatchContext) -> bool:
    """Whether a softener of ``[hedge_softeners]`` comes right before the match ("lasted a little over three months",
    "slightly over two weeks"): the hedge is then "more than" (a little more), never the span something is spread over."""
    table = ctx.lexicon.tables.get("hedge_softeners")
    if not table:
        return False
    words = " " + " ".join(ctx.text[max(0, ctx.start - 30) : ctx.start].lower().split())
    return any(words.endswith(" " + w) for w in table["words"])


def _counted_weekends(ctx: MatchContext, num_word: str, amount: Optional[float]) -> bool:
    """ "three weekends", "several weekends": weekends counted (a number or a vague amount before a plural), a length of
    that many weekends' days; one weekend is the calendar's ("the weekend", "a weekend") and no length."""
    return ctx.surface.lower().endswith("s") and (amount is None or amount > 1)


_AND_A_HALF = re.compile(r"and[ \t-]+a[ \t-]+half")  # "two and a half years", "a three-and-a-half-year refurbishment"
_JUST_BEFORE = re.compile(r"([A-Za-z]+)[ \t]{1,3}$")


def _word_just_before(ctx: MatchContext) -> str:
    """The word before the match with only spaces between, lower-cased: "20,000 pounds. Half an hour later" has none
    (a rate's money or measure word stands right before its "a"/"an": "140 kilometres an hour")."""
    m = _JUST_BEFORE.search(ctx.text, max(0, ctx.start - 40), ctx.start)
    return m.group(1).lower() if m else ""


_OFFSET_SPANS = ("later", "earlier")  # the spans DurationSpec knows for an offset from the story's time


def bare_units(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    """ "the following days", "the years that followed": an unknown number of units; "weeks later",
    "years earlier": an unknown number of them from the story's time, as "several weeks later"."""
    grain, _ = unit_of(ctx, g.get("unit") or g["units"])
    after = ctx.word_after().lower()
    if after in _OFFSET_SPANS and grain >= Grain.DAY:
        return DurationSpec(grain, None, span=after, anchoring=Anchoring.NARRATIVE)
    return DurationSpec(grain, None)


def unit_of_happening(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    """(s58) "[the day] before the crash", "[the night] of the fire", "[the decade] that followed": the unit a happening
    after it names, tagged alone as TimeBank tags it; its value is the unit's with every digit unknown (lexicon
    [happening_units]) and it has no bounds (the placement dates the verb from the happening, as for "the morning after
    the fire"). Not when the noun after the determiner is itself a time word or one of [happening_units] ``not_nouns``
    ("the day of the week", "the night of his life"), nor when it is a determiner of [event_day_parts] (a clause after
    "that": "said the day before that the pump had failed"). News only (TimeBank's habit; histories tag the whole phrase)."""
    table = ctx.lexicon.tables.get("happening_units")
    unit = (g.get("unit") or g["part"]).lower()
    if table is None or unit not in table["values"] or ctx.narrative:  # (histories, TIMEX2: the whole event-based phrase
        # is the expression, "[the afternoon of the Battle of Plataea]", which this rule does not find; the unit alone
        # lost a strict match on WikiWars-dev and gained a relaxed one: left untagged there, as before)
        return None
    m = _NOUN_AFTER.match(ctx.text, ctx.end)
    if m is not None and ctx.word_after().lower() != "that":  # ("the decade that followed": no noun)
        noun = m.group(1).lower()
        owners = ctx.lexicon.tables.get("event_day_parts", {}).get("determiners", ())
        if (noun in table["not_nouns"] or noun in owners or key_of(noun) in ctx.lexicon["units"] or noun.rstrip("s") in ctx.lexicon["units"]
                or noun in ctx.lexicon["months"] or noun in ctx.lexicon["weekdays"] or noun in ctx.lexicon["decade_words"]
                or noun[:1].isdigit()):
            return None
    grain = Grain.PART_OF_DAY if "part" in g or unit == "night" else unit_of(ctx, unit)[0]
    return VagueSpec(value=table["values"][unit], grain=grain, unbounded=True)


_NOUN_AFTER = re.compile(r"[ \t]+[a-z]+[ \t]+[A-Za-z]+[ \t]+([A-Za-z0-9]+)")


def headline_unit(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    """(s56 recog) A title-case headline drops the article of a length: "Ferry Returns After Fortnight in Dock", "Mine
    Reopens After Decade Underground" are a length of one unit (as "a fortnight"); only written with a capital in such a
    headline (running text's "after year one" is no time)."""
    if not ctx.surface[:1].isupper() or ctx.surface.isupper() or not title_case_line(ctx):
        return None
    grain, mult = unit_of(ctx, g["unit"])
    return DurationSpec(grain, mult)


def unit_long(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    """ "day-long", "weeklong", "months-long": a length of one unit, or of an unknown number of them."""
    grain, mult = unit_of(ctx, g.get("unit") or g["units"])
    return DurationSpec(grain, None if "plural" in g else mult)


def reading_time(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    """ "4 Min Read": the reading time of a page (a latent match)."""
    return DurationSpec(Grain.MINUTE, float(g["num"]))


def vague(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    """ "now", "recently": a vague reference, from the lexicon's table."""
    key = key_of(g["vague"])
    if key in ctx.lexicon["vetoes"].get("vague_counting", ()) and _counts_after(ctx):
        return None  # "the past two sessions", "the past few games": the last of something counted, not the past
    if key in ctx.lexicon["vetoes"].get("adjective_times", ()) and _adjective_before_noun(ctx):
        return None  # "the present owners", "the present-day town": an adjective, no time ("until the present, when" stays)
    if key in ctx.lexicon["vetoes"].get("noun_times", ()) and _noun_use(ctx):
        return None  # "swept out by a strong current", "whose current was slow": the noun (a flow), no time
    if key in ctx.lexicon["vetoes"].get("discourse_openers", ()) and _opens_sentence_with_comma(ctx):
        return None  # "Now, he says, the plan looks weak": a discourse marker opening the sentence, no time
    entry = ctx.lexicon["vague"][key]
    return VagueSpec(entry["value"], float(entry["before"]), float(entry["after"]))


_SENTENCE_BEFORE = re.compile("(?:^|[.!?:;]['\"\u2019\u201d)]*\\s+|\n\\s*)['\"`\u2018\u201c(]*$")


def _opens_sentence_with_comma(ctx: MatchContext) -> bool:
    """Whether the match, written with a capital, opens a sentence (or a quote opening one) and a comma follows it at once
    ("Now, he says, ..."; not "Now the plan is clear", "For now, ..." or "until now, ...")."""
    if not ctx.surface[:1].isupper() or not ctx.text.startswith(",", ctx.end):
        return False
    return _SENTENCE_BEFORE.search(ctx.text, max(0, ctx.start - 8), ctx.start) is not None


def _noun_use(ctx: MatchContext) -> bool:
    """Whether an adjective of time that is also a noun ("current") stands as the noun: after "a"/"an", or before no word
    (a mark, the end) or before a word of lexicon [vetoes] adjective_times_followers that is not one of noun_times_links
    ("a current from a dynamo", "the current was strong", "by a strong current."; not "current and former members")."""
    if ctx.word_before() in ("a", "an"):
        return True
    m = _NEXT_TOKEN.match(ctx.text, ctx.end, min(len(ctx.text), ctx.end + 40))
    if m is None:
        return not _HYPHEN_LETTER.match(ctx.text, ctx.end)
    word = m.group(1).lower()
    vetoes = ctx.lexicon["vetoes"]
    return word in vetoes.get("adjective_times_followers", ()) and word not in vetoes.get("noun_times_links", ())


def _adjective_before_noun(ctx: MatchContext) -> bool:
    """Whether a lower-case word follows the match, or is joined to it by a hyphen, that is none of lexicon [vetoes]
    adjective_times_followers (a verb, a link or a function word: "the present is", "the present and the past")."""
    if _HYPHEN_LETTER.match(ctx.text, ctx.end):
        return True
    m = _NEXT_TOKEN.match(ctx.text, ctx.end, min(len(ctx.text), ctx.end + 40))
    if m is None or not m.group(1)[:1].islower():
        return False
    return m.group(1).rstrip(",").lower() not in ctx.lexicon["vetoes"].get("adjective_times_followers", ())


_HYPHEN_LETTER = re.compile(r"-[a-z]")


def _count_of(ctx: MatchContext, word: str) -> Optional[float]:
    try:
        return number_of(ctx, word)
    except ValueError:
        return None


_NEXT_TOKEN = re.compile(r"[ \t\u00a0]{1,3}([A-Za-z0-9][A-Za-z0-9,'-]*)")


def _counts_after(ctx: MatchContext) -> bool:
    """Whether a number, or one of the lexicon's vague counting words ("few", "several"), comes right after the match."""
    m = _NEXT_TOKEN.match(ctx.text, ctx.end, min(len(ctx.text), ctx.end + 40))
    if m is None:
        return False
    word = m.group(1).rstrip(",")
    if word[:1].isdigit():
        return True
    try:
        if number_of(ctx, word) is not None:
            return True  # "two", "twelve"
    except ValueError:
        pass
    return key_of(word) in ctx.lexicon["vetoes"].get("vague_counting_words", ())  # "few", not "many" ("in the past many thought")


def glued_duration(g: dict[str, str], ctx: MatchContext) -> Optional[Meaning]:
    """ "2hrs 15mins", "45mins": a length whose unit abbreviations are written glued to their numerals, read as the
    same words written apart ("2 hrs 15 mins" by compound_duration, "45 mins" by duration)."""
    return compound_duration(g, ctx) if "num2" in g else duration(g, ctx)


PRODUCTIONS: tuple[Production, ...] = (
    anchored_duration,
    range_start_duration,
    compound_duration,
    glued_duration,
    race_time,
    duration,
    bare_units,
    unit_of_happening,
    headline_unit,
    unit_long,
    reading_time,
    vague,
)
"""This module's productions, in the order they are listed above."""
