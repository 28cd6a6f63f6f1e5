"""Measure the news conventions the likely layer uses, from gold TimeML (TBAQ by default).

For every event whose gold TLINKs put it inside one calendar day (IS_INCLUDED/DURING/
SIMULTANEOUS with the publication time or with a day-valued TIMEX3), how many days before
or after publication that day is, split by the event's gold relation to the publication
time.  Writes ``timeline/data/conventions.json`` (deterministic: sorted files, no sampling).

    python train/measure_news_conventions.py [CORPUS_DIR ...] [--out PATH]
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import json
import re
import sys
from pathlib import Path

from timeline.io.timeml import read_timeml_dir

_INSIDE = {"IS_INCLUDED", "DURING", "SIMULTANEOUS", "BEGINS", "ENDS", "BEGUN_BY", "ENDED_BY"}
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_INVERSE = {"BEFORE": "AFTER", "AFTER": "BEFORE", "INCLUDES": "IS_INCLUDED", "IS_INCLUDED": "INCLUDES", "IBEFORE": "IAFTER", "IAFTER": "IBEFORE",
            "BEGINS": "BEGUN_BY", "BEGUN_BY": "BEGINS", "ENDS": "ENDED_BY", "ENDED_BY": "ENDS", "DURING": "DURING_INV", "DURING_INV": "DURING"}


def _links(doc):  # type: ignore[no-untyped-def]
    """(event instance, relation, time id) for every event-time TLINK, oriented from the event."""
    for link in doc.tlinks:
        rel = link.get("relType", "")
        ev, tm = link.get("eventInstanceID"), link.get("relatedToTime")
        if ev and tm:
            yield ev, rel, tm
        ev2, tm2 = link.get("relatedToEventInstance"), link.get("timeID")
        if ev2 and tm2:
            yield ev2, _INVERSE.get(rel, rel), tm2


def measure(paths: list[str]) -> dict[str, object]:
    gaps: dict[str, collections.Counter[int]] = collections.defaultdict(collections.Counter)
    for path in paths:
        for _source, doc in read_timeml_dir(path):
            if doc.dct is None:
                continue
            dct_day = doc.dct.date()
            timexes = {a.id: a for a in doc.annotations if a.tag == "TIMEX3"}
            dct_ids = {tid for tid, a in timexes.items() if a.get("functionInDocument") == "CREATION_TIME"} | {"t0"}  # the DCT sits outside TEXT
            to_dct: dict[str, str] = {}
            day_of: dict[str, dt.date] = {}
            for ev, rel, tm in _links(doc):
                if tm in dct_ids:
                    to_dct[ev] = rel
                    if rel in _INSIDE:
                        day_of.setdefault(ev, dct_day)
                elif rel in _INSIDE and tm in timexes:
                    m = _DAY.match(timexes[tm].get("value") or "")
                    if m:
                        try:
                            day_of[ev] = dt.date(int(m[1]), int(m[2]), int(m[3]))
                        except ValueError:
                            continue
            for ev, day in day_of.items():
                gaps[to_dct.get(ev, "NONE")][(dct_day - day).days] += 1
    out: dict[str, object] = {}
    for rel, counter in sorted(gaps.items()):
        total = sum(counter.values())
        days_back = sorted(counter.elements())
        out[rel] = {
            "events": total,
            "share_by_days_before_publication": {str(k): round(v / total, 3) for k, v in sorted(counter.items()) if v / total >= 0.02},
            "median_days_before": days_back[len(days_back) // 2],
            "p80_days_before": days_back[int(len(days_back) * 0.8)] if days_back else 0,
            "p20_days_before": days_back[int(len(days_back) * 0.2)] if days_back else 0,
        }
    return out


def conventions(figures: dict[str, object]) -> dict[str, object]:
    """What the likely layer uses: the modal day of an undated past event and its share, and
    how far ahead an undated future event reaches (the 80th percentile of gold gaps)."""
    past = figures["BEFORE"]
    shares = past["share_by_days_before_publication"]  # type: ignore[index]
    mode = max(shares, key=lambda k: (shares[k], -int(k)))
    future = figures.get("AFTER", {"p20_days_before": -7, "events": 0})
    return {
        "past_days_before_publication": int(mode),
        "past_confidence": shares[mode],
        "future_max_days_after": -int(future["p20_days_before"]),  # type: ignore[index]
        "future_confidence": 0.8 if future["events"] >= 20 else 0.2,  # type: ignore[index]
        "measured_on": {k: v["events"] for k, v in figures.items()},  # type: ignore[index]
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="*", default=["../shared/corpora/tbaq/TBAQ-cleaned/TimeBank", "../shared/corpora/tbaq/TBAQ-cleaned/AQUAINT"])
    parser.add_argument("--out", default="timeline/data/conventions.json", help="where to write the figures and conventions (JSON)")
    args = parser.parse_args(argv)
    figures = measure(args.corpora)
    text = json.dumps({"figures": figures, "conventions": conventions(figures)}, indent=1, sort_keys=True)
    if args.out:
        Path(args.out).write_text(text + "\n", encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
