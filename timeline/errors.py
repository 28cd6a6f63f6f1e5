"""Errors the library raises on bad input, all in one place.

Each subclasses the built-in a caller would expect (``ValueError``/``TypeError``) so that
``except ValueError`` works, and carries a message naming the argument and what is accepted.
"""

from __future__ import annotations

__all__ = ["TimelineError", "InputError", "ReferenceTimeError", "TimeMLError", "InputTooLargeError", "LexiconError"]


class TimelineError(Exception):
    """Base class of every error this library raises on purpose."""


class InputError(TimelineError, ValueError):
    """The input document is unusable (wrong kind, too large, unreadable)."""


class ReferenceTimeError(TimelineError, ValueError):
    """The reference time (publication date) is missing or cannot be parsed."""


class InputTooLargeError(InputError):
    """The text is larger than ``max_chars``; pass a larger limit to process it."""


class TimeMLError(InputError):
    """A TimeML file is malformed or unsafe; the message names the file and line."""


class LexiconError(InputError):
    """A language is unknown, or one of its data files is missing or malformed."""
