"""Event mentions a caller brings (gold annotation, another system): checked, then described.

Each item is a mapping ``{"id", "start", "end"}`` (character offsets into the text) with,
optionally, the TimeML attributes ``class``, ``pos``, ``tense``, ``aspect``, ``polarity`` and
``modality``; what is missing is worked out as the detector would (part of speech from the
shipped model and the lexicon, tense and the rest from the auxiliaries in front of a verb).
"""

from __future__ import annotations

import bisect
from typing import Any, Mapping, Sequence

from ..errors import InputError
from ..text import Doc
from .detect import _VERB_MARKERS, EventMention, _lexical_pos, _verb_attributes, load_model
from .features import token_features

__all__ = ["given_mentions", "EVENT_KEYS"]

EVENT_KEYS = frozenset({"id", "start", "end", "class", "pos", "tense", "aspect", "polarity", "modality"})
_CLASSES = frozenset({"OCCURRENCE", "STATE", "REPORTING", "I_ACTION", "I_STATE", "ASPECTUAL", "PERCEPTION"})


def _check(doc: Doc, n: int, item: object, seen: set[str], reserved: frozenset[str]) -> Mapping[str, Any]:
    where = f"events[{n}]"
    if not isinstance(item, Mapping):
        raise InputError(f"{where} must be a mapping with 'id', 'start' and 'end', not {type(item).__name__}")
    unknown = set(item) - EVENT_KEYS
    if unknown:
        raise InputError(f"{where} has unknown keys {sorted(unknown)}; accepted: {sorted(EVENT_KEYS)}")
    eid = item.get("id")
    if not isinstance(eid, str) or not eid:
        raise InputError(f"{where}: 'id' must be a non-empty str, got {eid!r}")
    if eid in seen or eid in reserved:
        raise InputError(f"{where}: id {eid!r} is used twice (event and time ids share one name space)")
    start, end = item.get("start"), item.get("end")
    if not (isinstance(start, int) and isinstance(end, int)) or isinstance(start, bool) or isinstance(end, bool):
        raise InputError(f"{where} ({eid!r}): 'start' and 'end' must be int character offsets, got {start!r}, {end!r}")
    if not 0 <= start < end <= len(doc.text):
        raise InputError(f"{where} ({eid!r}): span {start}..{end} is not inside the text (length {len(doc.text)})")
    cls = item.get("class", "OCCURRENCE")
    if cls not in _CLASSES:
        raise InputError(f"{where} ({eid!r}): class {cls!r} is not a TimeML event class; use one of {sorted(_CLASSES)}")
    seen.add(eid)
    return item


def given_mentions(doc: Doc, events: Sequence[object], reserved: frozenset[str] = frozenset()) -> list[EventMention]:
    """The caller's events as mentions in text order, missing attributes filled in.

    Raises :class:`InputError` naming the first bad item (its index and id)."""
    if isinstance(events, (str, bytes)) or not isinstance(events, Sequence):
        raise InputError(f"events must be a list of mappings, not {type(events).__name__}")
    seen: set[str] = set()
    checked = [_check(doc, n, item, seen, reserved) for n, item in enumerate(events)]
    model = load_model()
    out = []
    for item in sorted(checked, key=lambda x: (x["start"], x["end"], x["id"])):
        start, end = item["start"], item["end"]
        i = doc.sentence_index(start)
        sentence = doc.sentences[i] if i >= 0 else None
        if sentence is None or not sentence.tokens:
            ss, se, words, k = start, end, [doc.text[start:end]], 0
        else:
            ss, se = sentence.start, sentence.end
            words = sentence.words
            starts = [t.start for t in sentence.tokens]
            k = max(0, bisect.bisect_right(starts, start) - 1)
        feats = token_features(words, k, k == 0)
        pos = item.get("pos") or _lexical_pos(words[k].lower(), model.pos(feats))
        if "pos" not in item and pos != "VERB" and k > 0 and words[k - 1].lower() in _VERB_MARKERS:
            pos = "VERB"
        tense, aspect, polarity, modality = _verb_attributes(words, k) if pos == "VERB" else ("NONE", "NONE", "POS", None)
        out.append(
            EventMention(
                item["id"], doc.text[start:end], start, end, ss, se, item.get("class", "OCCURRENCE"), pos,
                item.get("tense", tense), item.get("aspect", aspect), item.get("polarity", polarity), item.get("modality", modality),
            )
        )
    return out
