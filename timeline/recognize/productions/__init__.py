"""Productions: turn a rule's captures into a typed, underspecified meaning.

Each production is a small function named in ``rules.toml`` (which also fixes the order the
rules are tried in).  It returns ``None`` to veto a match (a negative rule: "May I", "the
March of Dimes", "a second term"), which lets a later, shorter rule try the same position;
the words such vetoes test are data (``[vetoes]``, ``[month_words]``, ``[rates]`` of the lexicon).

The productions are grouped by what they read: calendar dates (:mod:`.dates`), longer
calendar periods (:mod:`.periods`), times of day (:mod:`.times`), relative and anchored
expressions (:mod:`.relative`), lengths and vague amounts (:mod:`.durations`) and sets
(:mod:`.sets`); :mod:`.common` holds what they share.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Mapping

from . import dates, durations, periods, relative, sets, times
from .common import MatchContext, Production

__all__ = ["MatchContext", "PRODUCTIONS", "Production"]


def _by_name(*groups: tuple[Production, ...]) -> Mapping[str, Production]:
    """The productions of ``groups`` by name (read-only); a name given twice is an error."""
    table: dict[str, Production] = {}
    for group in groups:
        for fn in group:
            if fn.__name__ in table:
                raise ValueError(f"production {fn.__name__!r} is defined twice")
            table[fn.__name__] = fn
    return MappingProxyType(table)


PRODUCTIONS: Mapping[str, Production] = _by_name(
    dates.PRODUCTIONS, periods.PRODUCTIONS, times.PRODUCTIONS, relative.PRODUCTIONS, durations.PRODUCTIONS, sets.PRODUCTIONS,
)
"""Every production, by the name ``rules.toml`` gives in ``produce``."""
