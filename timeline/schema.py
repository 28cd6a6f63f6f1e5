"""The published JSON Schema of timeline's JSON outputs, and a validator.

``schema()`` is the whole document (draft 2020-12; ``timeline schema`` prints it); its
``$defs`` name each output: ``timeline`` (``build``, ``render --format json``,
``Timeline.to_json()``), ``document`` (``tag --format json``, ``TaggedDocument.to_json()``),
``timex_record`` (a line of ``tag --format jsonl``), ``timex``, ``event`` and ``timelinejs``
(``render --format timelinejs``).  ``validate(data, kind)`` checks one output; it needs the
``jsonschema`` package (in the ``[test]`` extra), imported only when called.
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any, Optional

__all__ = ["KINDS", "schema", "validate"]

KINDS = ("timeline", "document", "timex_record", "timex", "event", "timelinejs")
"""The outputs the schema describes, each a ``$defs`` entry."""


def schema(kind: Optional[str] = None) -> dict[str, Any]:
    """The JSON Schema (a fresh dict); with ``kind``, a schema for that output alone."""
    text = resources.files("timeline").joinpath("data", "timeline.schema.json").read_text(encoding="utf-8")
    full: dict[str, Any] = json.loads(text)
    if kind is None:
        return full
    if kind not in KINDS:
        raise ValueError(f"unknown schema kind {kind!r}; use one of {', '.join(KINDS)}")
    return {
        "$schema": full["$schema"], "$id": full["$id"].replace(".json", f"-{kind}.json"),
        "title": f"timeline JSON: {kind}", "$ref": f"#/$defs/{kind}", "$defs": full["$defs"],
    }


def validate(data: Any, kind: Optional[str] = None) -> None:
    """Raise ``jsonschema.ValidationError`` unless ``data`` (parsed JSON) is a valid ``kind`` output
    (any output when ``kind`` is None)."""
    try:
        import jsonschema
    except ImportError:  # pragma: no cover - depends on the environment
        raise ImportError("timeline.schema.validate needs the jsonschema package: pip install 'timeline[test]' or pip install jsonschema") from None
    s = schema(kind)
    cls = jsonschema.validators.validator_for(s)
    cls.check_schema(s)
    validator = cls(s, format_checker=cls.FORMAT_CHECKER)
    error = jsonschema.exceptions.best_match(validator.iter_errors(data))
    if error is not None:
        raise error
