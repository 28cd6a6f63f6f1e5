"""The event an offset or an anniversary counts from ("eight days after the fall of the fort", "the tenth anniversary of
its opening", "their twentieth anniversary"): its name in the words after the expression, the sentence that told it, and
the story's time there."""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from typing import TYPE_CHECKING, Optional

from ..model import Grain
from ..recognize.meaning import Mention
from ..recognize.offset_passes import ANNIVERSARY_OF_RULE, CENTENARY_RULE
from . import calendar as cal
from .story import _SENTENCE_END, _STATE
from .story_clauses import _WORD
from .story_speech import QUOTE_REACH

if TYPE_CHECKING:
    from .anchors import Context
    from .story import Story

__all__: list[str] = []


def _first_noun(table: dict, words: list[str]) -> list[str]:
    """The words after "of" up to the first that is not skipped before a noun ([event_offsets] event_skip, a possessive),
    and the capitalised words right after a capitalised one: "the opening" of "the opening passed without ceremony",
    "Great Fire" of "the Great Fire was marked"."""
    out: list[str] = []
    noun = False
    for word in words[:6]:
        low = word.lower()
        leading = low in table["event_skip"] or low.endswith("'s") or low.endswith("'")
        if noun and not (word[:1].isupper() and out[-1][:1].isupper()):
            break
        noun = noun or not leading
        out.append(word)
    return out


def _event_head(table: dict, words: list[str]) -> Optional[str]:
    """The word that names what an offset counts from ("Sumter" of "Fort Sumter", "vote" of "the vote",
    "declaration" of "Japan's declaration of war"): the last word of the noun phrase after "after" or
    "before"; None for a pronoun ("after it had begun") or when there is none."""
    skip, stop = table["event_skip"], table["event_stop"]
    phrase: list[str] = []
    for word in words[:6]:
        low = word.lower()
        if word in _SENTENCE_END or low in stop or (phrase and (low in skip or low in table["event_pronouns"])):
            break  # (a pronoun after the noun opens the next clause: "The year before his death he returned")
        if low in skip or low.endswith("'s") or low.endswith("'"):
            continue  # "the", "his"; "Japan's", "the commander's"
        phrase.append(word)
    if not phrase or phrase[0].lower() in table["event_pronouns"]:
        return None
    names = [w for w in phrase if w[:1].isupper()]
    head = names[-1] if names else phrase[-1]
    return head if len(head) >= 3 else None


def _event_told(ctx: "Context", table: dict, words: list[str], mention: Mention, story: Story) -> Optional[tuple[object, ...]]:
    """The story's time when an earlier sentence named what an offset counts from: when that sentence tells dates, the
    last one told before the name, else its first; else the last date told in that sentence's paragraph before it, else
    the first told after it in the paragraph ("Lincoln
    was determined to hold Fort Sumter. ... bombarded the fort on April 12"), else the last one before;
    None when no earlier sentence names it or the story had no time then."""
    head = _event_head(table, words)
    if head is None or not story.times or any(head.lower() in u["words"] for u in ctx.lexicon["units"].values()):
        return None  # (a unit names a time, not an event: "forty years after their best year" is found as the time it restates)
    verb = (table.get("told_by_verbs") or {}).get(head.lower())  # "his death": "died in 1897" names it too
    named = re.compile(rf"\b(?:{re.escape(head)}(?:s|es)?|({re.escape(verb)}))\b" if verb else rf"\b{re.escape(head)}(?:s|es)?\b", re.IGNORECASE)
    sentences = ctx.doc.sentences
    last = min(story.sentence, len(sentences)) - 1
    recalled = _recalled(ctx)
    for k in range(last, max(-1, last - EVENT_REACH), -1):
        sent = sentences[k]
        word = named.search(ctx.text, sent.start, sent.end)
        if word is not None and recalled is not None and recalled.search(ctx.text, max(sent.start, word.start() - 40), word.start()):
            continue  # (s43) "On the tenth anniversary of its opening": a sentence that dates a return of it, not it
        if word is not None:
            break
    else:
        return None
    lo = max(0, sent.start - QUOTE_REACH)
    newline = ctx.text.rfind("\n", lo, sent.start)
    opens = newline + 1 if newline >= 0 else lo
    closes = ctx.text.find("\n", sent.end, mention.start)
    closes = mention.start if closes < 0 else closes
    times = story.times  # in text order: found by bisection
    first, upto = bisect.bisect_left(times, opens, key=_at), bisect.bisect_right(times, sent.end, key=_at)
    own = bisect.bisect_left(times, sent.start, key=_at)
    if word.lastindex and (own < upto or own > 0):  # a verb ("born in 1838 and died in 1897"): the date told after it, recorded or not
        after = _date_after(ctx, story, k, word.end(), times[own if own < upto else own - 1][1])
        if after is not None:
            return after
    if own < upto:  # the sentence dates what it names: by the date told before the name, else its first ("On February 27,
        # 2009, Obama gave a speech ..., announcing a withdrawal by August 31, 2010": the speech's day, not the prospect's)
        named_at = bisect.bisect_right(times, word.start(), key=_at, lo=own, hi=upto)
        return times[named_at - 1 if named_at > own else own][1]
    if upto > first:
        return times[upto - 1][1]
    if upto < len(times) and times[upto][0] <= closes:
        return times[upto][1]
    return times[upto - 1][1] if upto > 0 else None


def _recalled(ctx: "Context") -> "Optional[re.Pattern[str]]":
    """A pattern for the words before a name that make it a return of what it names: a noun of lexicon [anniversaries]
    (``nouns``, ``centenaries``), "of" and the words of [event_offsets] event_skip ("the tenth anniversary of its ")."""
    table = ctx.lexicon.tables.get("anniversaries") or {}
    skip = (ctx.lexicon.tables.get("event_offsets") or {}).get("event_skip", ())
    return _recalled_pattern(tuple(table.get("nouns", ())) + tuple(table.get("centenaries", {})), tuple(skip))


@functools.lru_cache(maxsize=None)
def _recalled_pattern(nouns: tuple[str, ...], skip: tuple[str, ...]) -> "Optional[re.Pattern[str]]":
    if not nouns:
        return None
    words = "|".join(re.escape(w) for w in sorted(skip, key=len, reverse=True))
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in nouns) + r")\s+of\s+(?:(?:" + words + r")\s+)*$", re.IGNORECASE)


def _date_after(ctx: "Context", story: Story, k: int, at: int, base: tuple[object, ...]) -> Optional[tuple[object, ...]]:
    """The story's state ``base`` moved to the first date recorded after ``at`` in sentence ``k`` (within the
    :data:`BIRTH_REACH` dates recorded last), of a year or finer, else None."""
    found = None
    for n, tid in enumerate(reversed(story.sentence_of)):
        sk = story.sentence_of[tid]
        if n >= DATES_REACH or sk < k:
            break
        if sk == k and story.start_of.get(tid, -1) >= at:
            found = tid  # (read back from the latest: the last kept is the first after the verb)
    bounds = story.bounds_of.get(found) if found is not None else None
    if bounds is None or bounds[1] - bounds[0] > dt.timedelta(days=366):
        return None
    period = cal.year(bounds[0].year) if bounds[1] - bounds[0] > dt.timedelta(days=31) else cal.containing(bounds[0], Grain.DAY)
    state = dict(zip(_STATE, base))
    state.update(current=period, current_tid=found, any=period, any_tid=found, focus=period, focus_tid=found,
                 day=period if period.grain is Grain.DAY else None, day_tid=found if period.grain is Grain.DAY else None)
    return tuple(state[name] for name in _STATE)


DATES_REACH = 60
"""Dates recorded looked back through for one told in a given sentence."""


def _at(time: tuple[int, tuple[object, ...], tuple[Optional[str], ...]]) -> int:
    return time[0]


EVENT_REACH = 50
"""Sentences looked back through for the event an offset counts from ("eight days after the fall of the fort")."""


RETURN_RULES = frozenset({ANNIVERSARY_OF_RULE, CENTENARY_RULE})  # a return of an event counted in years from it: its day, "of" and its noun in its extent


def of_noun_end(ctx: "Context", table: dict, at: int, limit: int) -> Optional[int]:
    """Where "of" and the noun phrase after ``at`` end, up to its noun (:func:`_first_noun`), for an anniversary's extent
    when no mark closes the phrase ("[the tenth anniversary of its opening] a plate was fixed"); None when there is none
    or it runs past ``limit`` (the next expression)."""
    found = list(_WORD.finditer(ctx.text, at, min(limit, at + 80)))
    if not found or found[0].group(0).lower() != "of" or not ctx.text[at : found[0].start()].isspace():
        return None
    nouns = _first_noun(table, [w.group(0) for w in found[1:]])
    if not nouns or not nouns[-1][:1].isalpha():
        return None
    return found[len(nouns)].end()


def owner_event(ctx: "Context", table: dict, mention: Mention, story: "Story") -> Optional[tuple[object, ...]]:
    """The story's time an anniversary told with an owner and no "of" counts from ("their twentieth anniversary", "its
    centenary"): the first of lexicon [anniversaries] ``owner_events`` the text told (a marriage, a founding, an opening),
    else the last date the story moved to earlier in its sentence ("appeared in 1838, and on their twentieth
    anniversary"), else the story's first date (what a history of a thing opens with: "The first regatta was rowed on
    28 June 1851 ... On its twenty-fifth anniversary"); None when the story told no time."""
    for head in (ctx.lexicon.tables.get("anniversaries") or {}).get("owner_events", ()):
        told = _event_told(ctx, table, [head], mention, story)
        if told is not None:
            return told
    if not story.times:
        return None
    s, _ = ctx.doc.sentence_at(mention.start)
    k = bisect.bisect_right(story.times, mention.start, key=_at)
    if k and story.times[k - 1][0] >= s:
        return story.times[k - 1][1]
    return story.times[0][1]
