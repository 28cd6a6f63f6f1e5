"""Shorthands the resolver's modules share: grains, mods, TIMEX3 types and anchor kinds by short names, and the word
patterns they read with."""

from __future__ import annotations

import re


from ..model import AnchorKind, Grain, Mod, TimexType
from ..recognize.meaning import Anchoring


_WORD_OR_APOSTROPHE = re.compile(r"[\w']+")
_LETTERS_OR_APOSTROPHE = re.compile(r"[A-Za-z']+")
_LAST_WORD_WINDOW = 40  # characters before an expression in which a step reads the last word first (a word not cut by its start is the sentence's last)
_TWO_WORDS_BEFORE = re.compile(r"(?:([A-Za-z]+)[ \t]+)?([A-Za-z]+)[ \t]+\Z")  # the last two words before a position
_OPENING_WORD = re.compile(r"\s*([A-Za-z]+)")
# (read per expression: a module's name is read faster than an enum's member, which goes through EnumType.__getattr__'s hook)
_DAY, _WEEK, _MINUTE, _HALF, _PART_OF_DAY, _START, _END = Grain.DAY, Grain.WEEK, Grain.MINUTE, Grain.HALF, Grain.PART_OF_DAY, Mod.START, Mod.END
_DATE, _TIME, _DURATION = TimexType.DATE, TimexType.TIME, TimexType.DURATION
_TIMEX, _NO_ANCHOR_KIND, _REFERENCE_KIND = AnchorKind.TIMEX, AnchorKind.NONE, AnchorKind.REFERENCE_TIME
_MONTH, _REFERENCE = Grain.MONTH, Anchoring.REFERENCE
