"""What every production shares: the match context, and readers of the words a rule captured.

The readers look words up in the lexicon (months, numbers, units, modifiers); the checks
(``month_word_ok``, ``capitalised``, ``inside_name``) are the negative rules that several
dimensions apply to the same words.
"""

from __future__ import annotations

import functools
import re
from typing import Callable, NamedTuple, Optional

from ...lexicon import Lexicon
from ...model import Grain, Mod, to_mod
from ..meaning import Meaning

__all__ = [
    "MatchContext", "Production", "PREV_WORD", "after_numeral", "capitalised", "day_of", "day_word_ends_phrase", "ordinal_day", "hedge_of", "in_title", "inside_name", "named_mid_running_text", "title_case_line", "key_of",
    "modifier_of", "month_of", "quant_of", "month_word_ok", "number_of", "unit_of", "vague_least", "weekday_of", "year_of",
]

_WS = re.compile(r"\s+")
_LATIN_WORD = re.compile(r"[A-Za-z]+")


class MatchContext(NamedTuple):
    """What a production may look at: the original text and where the match lies in it.  (A named tuple: one is made for
    every rule match a production reads, and a tuple's fields are set at once, not one attribute call each.)"""

    text: str  # original text (case preserved)
    start: int
    end: int
    lexicon: Lexicon
    narrative: bool = False  # the text is read as a history ("in 1453 the city fell": 1453 a year)

    @property
    def surface(self) -> str:
        """The matched text as written."""
        return self.text[self.start : self.end]

    def offset_of(self, word: str) -> int:
        """Where ``word`` (a capture of this match) starts in the text; looks only inside the match."""
        i = self.surface.lower().find(word.lower())
        return self.start + max(i, 0)

    def word_before(self) -> str:
        """The word just before the match, lower-cased ("" when there is none)."""
        m = PREV_WORD.search(self.text, max(0, self.start - 40), self.start)
        return m.group(1).lower() if m else ""

    def word_after(self) -> str:
        """The word just after the match, as written ("" when there is none)."""
        m = _NEXT_WORD.match(self.text, self.end, min(len(self.text), self.end + 40))
        return m.group(1) if m else ""


PREV_WORD = re.compile(r"([A-Za-z]+)[^A-Za-z\n]{0,3}$")
_NEXT_WORD = re.compile(r"[ \t\u00a0]{1,3}([A-Za-z']+)")


Production = Callable[[dict[str, str], MatchContext], Optional[Meaning]]
"""A rule's production: its captures and context to a meaning, or ``None`` to veto the match."""


def key_of(word: str) -> str:
    """The lexicon key of a captured word: lower case, one space, no closing dot ("Sept." is "sept"), no
    space before an apostrophe (tokenised "new year 's day" is "new year's day")."""
    if word.isalnum():  # most captures, one word ("March", "3rd"): no space, apostrophe or dot to mend (4 of 5 a TBAQ pass)
        return word.lower()
    return _WS.sub(" ", word.lower().replace("’", "'")).replace(" '", "'").strip().rstrip(".")


def holiday_key(ctx: MatchContext, word: str, start: int) -> Optional[str]:
    """The lexicon key of a holiday's captured name at ``start``, another name followed to the entry it names ("the Lunar
    New Year" is "chinese new year", "Eid" is "eid al-fitr"); None where the entry says the word is no holiday there: not
    capitalised (``capitalised``), or not right after one of its ``after`` words ("in Lent", not "Lent money to")."""
    key = key_of(word)
    entry = ctx.lexicon["holidays"][key]
    if entry.get("capitalised") and not capitalised(ctx, start):
        return None
    if "after" in entry:
        m = PREV_WORD.search(ctx.text, max(0, start - 40), start)
        if m is None or m.group(1).lower() not in entry["after"] or ctx.text[m.end(1) : start].strip():
            return None
    return str(entry["same_as"]) if "same_as" in entry else key


def month_of(ctx: MatchContext, word: str) -> int:
    """The number of a month name."""
    return int(ctx.lexicon["months"][key_of(word)])


def weekday_of(ctx: MatchContext, word: str) -> int:
    """The ISO number of a weekday name."""
    return int(ctx.lexicon["weekdays"][key_of(word)])


_NOT_DIGIT = re.compile(r"\D")
_AFTER_NUMBER = re.compile(r"(?:[\d^]|\d[eE][+-]?)$")


def day_of(word: str) -> int:
    """The day of the month a numeral gives ("14th" is 14)."""
    return int(_NOT_DIGIT.sub("", word))


def ordinal_day(ctx: MatchContext, word: str) -> int:
    """The day an ordinal word names ("eighth" 8, "twenty first" 21), 0 for no day ("last")."""
    ordinals = ctx.lexicon["ordinals"]
    k = key_of(word)
    day = int(ordinals.get(k, ordinals.get(k.replace(" ", "-"), 0)))  # "twenty eighth" is written "twenty-eighth" in the table
    return day if 1 <= day <= 31 else 0


def day_word_ends_phrase(ctx: MatchContext) -> bool:
    """Whether a day written as an ordinal word ends its phrase: a mark or a number after it, or a word of lexicon
    [spelled_days] followers ("March the second wave", "In June first reported": no day)."""
    after = ctx.word_after()
    return after == "" or after.lower() in ctx.lexicon["spelled_days"]["followers"]


def year_of(word: str) -> tuple[int, bool]:
    """A year as written; two digits become 19xx/20xx (pivot 1950/2049) and are flagged."""
    digits = _NOT_DIGIT.sub("", word)
    y = int(digits)
    if len(digits) <= 2:
        return (2000 + y if y < 50 else 1900 + y), True
    return y, False


_SCALED = re.compile(r"^(.+?) ((?:[a-z]+)(?: [a-z]+)*)$")


def vague_least(ctx: MatchContext, word: str) -> Optional[float]:
    """The fewest units a vague scale can mean: "millions of" 2,000,000, "tens of thousands of" 20,000."""
    link = ctx.lexicon["number_grammar"]["vague_scale_link"]
    words = [w for w in key_of(word).split() if w != link]
    scales = ctx.lexicon["vague_scales"]
    if not words or any(w not in scales for w in words):
        return None
    least = 2.0
    for w in words:
        least *= float(scales[w])
    return least


def after_numeral(ctx: MatchContext) -> bool:
    """Whether the match continues a number it cannot read ("10^30 years", "1e30 years"): then it says nothing."""
    return bool(_AFTER_NUMBER.search(ctx.text[max(0, ctx.start - 3) : ctx.start]))


def number_of(ctx: MatchContext, word: str) -> Optional[float]:
    """The value of a number word or numeral; ``None`` for vague amounts ("several")."""
    k = key_of(word).replace(",", "")
    if k in ctx.lexicon["vague_numbers"]:
        return None
    try:
        return float(k)
    except ValueError:
        pass
    nums = ctx.lexicon["numbers"]
    if k in nums:
        return float(nums[k])
    scaled = _SCALED.match(k)
    if scaled and scaled.group(2).split()[0] in ctx.lexicon["scales"]:  # "13.8 billion", "a hundred thousand"
        base = number_of(ctx, scaled.group(1))
        if base is not None:
            for w in scaled.group(2).split():
                base *= float(ctx.lexicon["scales"][w])
            return base
    parts = re.split(r"[- ]", k)
    if len(parts) == 2 and parts[0] in nums and parts[1] in nums:
        return float(nums[parts[0]] + nums[parts[1]])
    raise ValueError(f"not a number: {word!r}")


def unit_of(ctx: MatchContext, word: str) -> tuple[Grain, float]:
    """The grain of a unit word and its multiplier (a fortnight is two weeks)."""
    found = _unit_index(ctx.lexicon).get(key_of(word))
    if found is None:
        raise ValueError(f"not a unit: {word!r}")
    return found


def _unit_index(lexicon: Lexicon) -> dict[str, tuple[Grain, float]]:
    """{unit word: (grain, multiplier)} of ``lexicon``'s [units], the first unit listing a word winning (as a scan of the
    table in order finds it), worked out once per lexicon (kept per language while the lexicon loaded for it is the same)."""
    held = _unit_indexes(lexicon.language)
    units = lexicon["units"]
    if held[0] is not units:
        index: dict[str, tuple[Grain, float]] = {}
        for unit in units.values():
            for w in unit["words"]:
                index.setdefault(w, (Grain[unit["grain"]], float(unit.get("multiplier", 1))))
        held[0], held[1] = units, index
    return held[1]  # type: ignore[no-any-return]


@functools.lru_cache(maxsize=None)
def _unit_indexes(language: str) -> list[object]:
    """[the [units] table last indexed for ``language``, its index] (see :func:`_unit_index`)."""
    return [None, {}]


def modifier_of(ctx: MatchContext, word: Optional[str]) -> Optional[Mod]:
    """The TIMEX3 mod of a modifier word ("early", "more than"), when there is one."""
    if not word:
        return None
    k = key_of(word)
    return to_mod(ctx.lexicon["comparative_modifiers"].get(k) or ctx.lexicon["modifiers"].get(k) or ctx.lexicon["hyphened_modifiers"].get(k) or ctx.lexicon["trailing_hedges"].get(k) or ctx.lexicon["open_ends"].get(k))


def capitalised(ctx: MatchContext, word_start: int) -> bool:
    """Whether the word at ``word_start`` is written with a capital."""
    return ctx.text[word_start : word_start + 1].isupper()


def inside_name(ctx: MatchContext, start: int) -> bool:
    """Whether the word before ``start`` is capitalised inside a sentence (part of a name)."""
    m = PREV_WORD.search(ctx.text, max(0, start - 40), start)
    if m is None or not m.group(1)[:1].isupper() or ctx.text[m.end(1) : start].strip():
        return False
    if _PARAGRAPH_START.search(ctx.text, max(0, m.start(1) - 8), m.start(1)):
        return False  # it opens a paragraph, after a heading that ends in no full stop ("Spring offensives\n\nIn March the army ...")
    return ctx.text[max(0, m.start(1) - 8) : m.start(1)].rstrip()[-1:] not in ("", ".", "!", "?", ":", '"', "\n", "(")


_PARAGRAPH_START = re.compile(r"\n[ \t]*\n[ \t]*\Z")


def in_title(ctx: MatchContext, *, after_name: bool) -> bool:
    """Whether the match is written as (part of) a title or a name: every word capitalised (not all
    in capitals, as a headline), and it opens a quotation of several words ("This Week" in quotes, a
    programme) or, with ``after_name``, follows a capitalised word inside a sentence ("VOA Today")."""
    words = _LATIN_WORD.findall(ctx.surface)
    if not words or not all(w[:1].isupper() for w in words) or ctx.surface.isupper():
        return False
    if after_name and inside_name(ctx, ctx.start):
        return True
    before = ctx.text[max(0, ctx.start - 2) : ctx.start]
    if before[-1:] == " ":  # the quote split off by a tokeniser ('`` This Week')
        before = before[:-1]
    return len(words) > 1 and before[-1:] in ('"', "\u201c", "`", "'")


_LINE_WORDS = re.compile(r"(?<![\dA-Za-z])[A-Za-z][A-Za-z'\u2019-]*")  # (s50: not the letters after digits, "20th", "5pm")
_LINE_REACH = 200  # characters either side of a match read for the line's words


def named_mid_running_text(ctx: MatchContext, word_start: int) -> bool:
    """(s49) Whether a word written with a capital at ``word_start`` (not all in capitals) stands inside a sentence of running
    text, where a time word is written with a capital only in a name or a title ("Computer Weekly", "the Le Mans 24 Hours",
    "a 24 Hour Fitness gym"): it does not open its sentence, and its line holds a lower-case word that a title-case headline
    would capitalise (one not in lexicon [vetoes] title_case_small: "Flights to Run Weekly", "Police Hold Man for 24 Hours"
    are headlines, their times stay)."""
    word = _LATIN_WORD.match(ctx.text, word_start)
    if word is None or not word.group(0)[:1].isupper() or word.group(0).isupper():
        return False
    if ctx.text[max(0, word_start - 8) : word_start].rstrip()[-1:] in ("", ".", "!", "?", ":", '"', "\u201c", "\n", "(", "-", "\u2014"):
        return False  # it opens a sentence, a quotation or a line
    low = ctx.text.rfind("\n", max(0, word_start - _LINE_REACH), word_start) + 1 or max(0, word_start - _LINE_REACH)
    high = ctx.text.find("\n", ctx.end, ctx.end + _LINE_REACH)
    if high < 0:
        high = min(len(ctx.text), ctx.end + _LINE_REACH)
    small = ctx.lexicon["vetoes"].get("title_case_small", ())
    return any(w[:1].islower() and w.lower() not in small for w in _LINE_WORDS.findall(ctx.text, low, high))  # type: ignore[operator]


def title_case_line(ctx: MatchContext) -> bool:
    """(s50) Whether the match lies in a title-case headline: its line (to the line breaks around it) holds at least three
    words and no lower-case word that such a headline would capitalise (lexicon [vetoes] title_case_small), as "Storm to Hit
    Coast Tonight"; a line of running text ("Theresa May spoke to reporters") holds some."""
    low = ctx.text.rfind("\n", max(0, ctx.start - _LINE_REACH), ctx.start) + 1 or max(0, ctx.start - _LINE_REACH)
    high = ctx.text.find("\n", ctx.end, ctx.end + _LINE_REACH)
    if high < 0:
        high = min(len(ctx.text), ctx.end + _LINE_REACH)
    words = _LINE_WORDS.findall(ctx.text, low, high)
    small = ctx.lexicon["vetoes"].get("title_case_small", ())
    return len(words) >= 3 and not any(w[:1].islower() and w.lower() not in small for w in words)  # type: ignore[operator]


_CAPITAL_AFTER = re.compile(r"(?:'s|\u2019s)?[ \t]{1,3}[A-Z][a-z]")


def titled_mid_sentence(ctx: MatchContext, *, capital_after: bool) -> bool:
    """Whether a match written with capitals stands inside running text as (part of) a title or a name: right after a
    lower-case word that asks for no time (only a space or a comma between: "the album Yesterday's Children", "the novel
    Nineteen Eighty-Four"; not "in", "by", [month_words] date_before, nor after a quotation mark or a colon), and with
    ``capital_after`` before a capitalised word (after a possessive or not). A title-case headline ("Sales Rose
    Yesterday") has a capitalised word before it."""
    if not ctx.surface[:1].isupper() or ctx.surface.isupper():
        return False
    prev = PREV_WORD.search(ctx.text, max(0, ctx.start - 40), ctx.start)
    if prev is None or not prev.group(1)[:1].islower() or ctx.text[prev.end(1) : ctx.start].strip() not in ("", ","):
        return False
    if prev.group(1) in ctx.lexicon["month_words"].get("date_before", ()):  # type: ignore[operator]
        return False
    return not capital_after or _CAPITAL_AFTER.match(ctx.text, ctx.end) is not None


def month_word_ok(ctx: MatchContext, word: str, *, bare: bool) -> bool:
    """Negative rules for month names: must be capitalised; bare "May"/"March" need context."""
    if not capitalised(ctx, ctx.offset_of(word)):
        return False
    k = key_of(word)
    if bare:
        words = ctx.lexicon["month_words"]
        if len(k) <= 4 and k not in words["short_ok"] and not word.endswith("."):
            return False
        if _person_before(ctx, ctx.offset_of(word), words):
            return False  # "harbour master Will August", "Rep. April Jones": a person's name
        follower = _FOLLOWER.match(ctx.text, ctx.end)
        if follower is not None and follower.group(1) in words.get("person_after", ()) and ctx.word_before() not in words.get("date_before", ()):  # type: ignore[operator]
            return False  # "March, who joined in January": a person named before
        common = words["common"].get(k)
        if common is not None:
            if inside_name(ctx, ctx.offset_of(word)) and not _after_acronym(ctx, word):
                return False  # "the Great March": part of a name (not "The OPEC June meeting", an acronym's month)
            after = ctx.word_after()
            dated = ctx.word_before() in words.get("date_before", ()) or _month_range_end(ctx, word) or _opens_sentence_after(ctx, word, words)
            if not dated and (after.lower() in common.get("followers", ()) or (common.get("capitalised_follower") and after[:1].isupper())):
                return False  # "May I", "March on Washington", "the March of Dimes", "the May Department Stores"
            if ctx.word_before() == "the" and (after.lower() in common.get("the_followers", ()) or _PUNCT_AFTER.match(ctx.text, ctx.end)):
                return False  # (s59) "along the March.", "The March was the largest": the noun, a procession
    return True


def _after_acronym(ctx: MatchContext, word: str) -> bool:
    """Whether the month follows a word in capitals and comes before a lower-case word ("The OPEC June meeting")."""
    m = PREV_WORD.search(ctx.text, max(0, ctx.offset_of(word) - 40), ctx.offset_of(word))
    return m is not None and len(m.group(1)) > 1 and m.group(1).isupper() and ctx.word_after()[:1].islower()


_FOLLOWER = re.compile(r"\s{0,3},?\s{1,3}([a-z]+)\b")
_PUNCT_AFTER = re.compile(r"[.,;:!?)]")
_LOWER_WORD_AFTER = re.compile(r"[ \t]{1,3}[a-z]")


def _person_before(ctx: MatchContext, start: int, words: dict[str, object]) -> bool:
    """Whether the word before a bare month at ``start`` makes it a name: a title of [month_words] name_titles ("Rep.
    April Jones"), or a capitalised word (not in capitals, no date word) inside running text, after a lower-case word
    or a comma ("harbour master Will August", "the keeper, Will August,"; a title-case headline "Sales Rise In March" is no name)."""
    m = PREV_WORD.search(ctx.text, max(0, start - 40), start)
    if m is None:
        return False
    prev = m.group(1)
    gap = ctx.text[m.end(1) : start]
    if prev.lower() in words.get("name_titles", ()) and gap.strip() in ("", "."):  # type: ignore[operator]
        return prev[:1].isupper()
    if (not gap.strip() and prev[:1].isupper() and not prev.isupper()
            and (ctx.text[ctx.end : ctx.end + 1] == "," or _LOWER_WORD_AFTER.match(ctx.text, ctx.end) is not None)
            and ctx.text[max(0, m.start(1) - 8) : m.start(1)].rstrip()[-1:] in ("", ".", "!", "?", "\n")
            and prev.lower() not in words.get("sentence_start_dates", ())  # type: ignore[operator]
            and prev.lower().rstrip(".") not in ctx.lexicon["months"] and prev.lower() not in ctx.lexicon["weekdays"]):
        return True  # "Gillian May, the union's leader, said", (s50) "Theresa May spoke": a first name opening the sentence, the
        # month a surname (before a comma or a lower-case word; "In May prices rose", "Last March the board met" stay)
    if gap.strip() or not prev[:1].isupper() or prev.isupper() or not inside_name(ctx, start):
        return False
    low = prev.lower()
    if low in words.get("date_before", ()) or low in words.get("range_links", ()) or low.rstrip(".") in ctx.lexicon["months"] or low in ctx.lexicon["weekdays"]:  # type: ignore[operator]
        return False
    before = PREV_WORD.search(ctx.text, max(0, m.start(1) - 40), m.start(1))
    return before is not None and before.group(1)[:1].islower() and ctx.text[before.end(1) : m.start(1)].strip() in ("", ",")


def _month_range_end(ctx: MatchContext, word: str) -> bool:
    """ "from March to May": the month after a range link whose other end is a (capitalised) month."""
    start = ctx.offset_of(word)
    link = PREV_WORD.search(ctx.text, max(0, start - 40), start)
    if link is None or link.group(1).lower() not in ctx.lexicon["month_words"].get("range_links", ()):
        return False
    first = PREV_WORD.search(ctx.text, max(0, link.start(1) - 40), link.start(1))
    return first is not None and first.group(1)[:1].isupper() and first.group(1).lower().rstrip(".") in ctx.lexicon["months"]


def _opens_sentence_after(ctx: MatchContext, word: str, words: dict[str, object]) -> bool:
    """ "That May the fleet sailed": the month after a capitalised word of ``sentence_openers`` that begins its sentence."""
    start = ctx.offset_of(word)
    m = PREV_WORD.search(ctx.text, max(0, start - 40), start)
    if m is None or not m.group(1)[:1].isupper() or m.group(1).lower() not in words.get("sentence_openers", ()) or ctx.text[m.end(1) : start].strip():  # type: ignore[operator]
        return False
    if ctx.word_after()[:1].isupper():
        return False  # "That May Day", "That March Madness": a name
    return ctx.text[max(0, m.start(1) - 8) : m.start(1)].rstrip()[-1:] in ("", ".", "!", "?", "\n")


def quant_of(g: dict[str, str]) -> Optional[str]:
    """The hedge of a match as written: before the amount ("about", "nearly") or after it ("or so")."""
    return g.get("quant") or g.get("quant_after") or None


def hedge_of(g: dict[str, str]) -> Optional[str]:
    """The hedge word of a match ("about", "nearly", "or so"), when it has one."""
    quant = quant_of(g)
    return key_of(quant) if quant else None
