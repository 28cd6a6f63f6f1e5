"""Word patterns shared by the readers of :mod:`timeline.assembly`: runs of letters, words of a phrase, the
last word before a position.  Split out of the former pipeline.py; it imports nothing of the package."""

from __future__ import annotations

import re


_WORDS = re.compile(r"[A-Za-z-]+|\S")


_LAST_WORD_BEFORE = re.compile(r"(\w+)\s+$")


_LETTERS = re.compile(r"[A-Za-z]+")


_WORD_RUN = re.compile(r"[A-Za-z]+")
