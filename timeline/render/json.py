"""The full timeline as JSON (ISO 8601 strings), deterministic."""

from __future__ import annotations

import json

from ..model import Timeline
from ..serialize import timeline_to_dict

__all__ = ["to_json"]


def to_json(tl: Timeline) -> str:
    return json.dumps(timeline_to_dict(tl), ensure_ascii=False, indent=2, sort_keys=False) + "\n"
