"""Start order a reader would check, on short news stories written for this project.

usage: python bench/bench_stories.py [DIR]   (default: bench/stories)

Each ``NAME.txt`` has a ``NAME.pairs`` file: ``reference_time = YYYY-MM-DD`` and lines
``a < b`` (the event word ``a`` started before ``b``; the first event with that text), and
optionally ``a @ YYYY-MM-DD`` (the event ``a`` happened on that day), ``a @ YYYY-MM`` (in that
month) or ``a @ YYYY`` (in that year).  A line ``mode = narrative`` builds the story in narrative
mode (a history: the reference time is only the reader's day); the default is news.  For every
pair: is it stated in ``tl.relations`` (and which way), and does the timeline list ``a`` before
``b``; for every day, month or year: does ``a``'s likely interval lie inside it.  Also: real events, and how many got
a likely interval.  The stories are our own
text; the figure is a development check, not a held-out score.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import timeline  # noqa: E402

_INVERSE = {"BEFORE": "AFTER", "AFTER": "BEFORE", "INCLUDES": "IS_INCLUDED", "IS_INCLUDED": "INCLUDES"}


def read_pairs(path: Path) -> tuple[str, list[tuple[str, str]], list[tuple[str, str]]]:
    """The reference time, the ``a < b`` pairs and the ``a @ period`` days, months, years of one ``.pairs`` file."""
    return read_story(path)[:3]  # type: ignore[return-value]


def read_story(path: Path) -> tuple[str, list[tuple[str, str]], list[tuple[str, str]], str]:
    """:func:`read_pairs` and the build mode (``mode = narrative`` line; news by default)."""
    ref, pairs, days, mode = "", [], [], "news"
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line.startswith("reference_time"):
            ref = line.split("=", 1)[1].strip()
        elif line.startswith("mode") and "=" in line and line.split("=", 1)[0].strip() == "mode":
            mode = line.split("=", 1)[1].strip()
            if mode not in ("news", "narrative"):
                raise SystemExit(f"{path}: unknown mode {mode!r}")
        elif "<" in line:
            a, b = (w.strip() for w in line.split("<", 1))
            pairs.append((a, b))
        elif "@" in line:
            a, day = (w.strip() for w in line.split("@", 1))
            days.append((a, day))
    if not ref:
        raise SystemExit(f"{path}: no reference_time line")
    return ref, pairs, days, mode


def period(text: str) -> tuple[dt.datetime, dt.datetime]:
    """The start and end of ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (a year, a month, a day)."""
    if len(text) == 4 and text.isdigit():
        return dt.datetime(int(text), 1, 1), dt.datetime(int(text) + 1, 1, 1)
    if len(text) == 7 and text[4] == "-":
        year, month = int(text[:4]), int(text[5:])
        begin = dt.datetime(year, month, 1)
        return begin, (dt.datetime(year + 1, 1, 1) if month == 12 else dt.datetime(year, month + 1, 1))
    begin = dt.datetime.fromisoformat(text)
    return begin, begin + dt.timedelta(days=1)


def _naive(t: dt.datetime) -> dt.datetime:
    """``t`` without its zone (likely intervals are in the text's local time)."""
    return t.replace(tzinfo=None)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dir", nargs="?", default=str(Path(__file__).resolve().parent / "stories"))
    parser.add_argument("--event-model", default="neural")
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args(argv)
    totals = {"pairs": 0, "found": 0, "stated": 0, "right": 0, "reversed": 0, "listed": 0, "real": 0, "placed": 0,
              "days": 0, "days_found": 0, "in_day": 0, "spans": 0, "spans_found": 0, "in_span": 0}
    for pairs_file in sorted(Path(args.dir).glob("*.pairs")):
        ref, pairs, days, mode = read_story(pairs_file)
        tl = timeline.build(pairs_file.with_suffix(".txt").read_text(encoding="utf-8"), ref, event_model=args.event_model, mode=mode)
        first: dict[str, str] = {}
        for e in sorted(tl.events, key=lambda e: e.start):
            first.setdefault(e.text.lower(), e.eid)
        position = {e.eid: i for i, e in enumerate(tl.events)}
        by_eid = {e.eid: e for e in tl.events}
        stated = {(r.source, r.target): r.relation for r in tl.relations}
        stated.update({(t, s): _INVERSE.get(r, r) for (s, t), r in list(stated.items()) if (t, s) not in stated})
        totals["real"] += sum(e.real for e in tl.events)
        totals["placed"] += sum(e.real and e.likely_start is not None for e in tl.events)
        for a, b in pairs:
            totals["pairs"] += 1
            ea, eb = first.get(a.lower()), first.get(b.lower())
            if ea is None or eb is None:
                if args.verbose:
                    print(f"  {pairs_file.stem}: {a} < {b}: event not found")
                continue
            totals["found"] += 1
            rel = stated.get((ea, eb))
            totals["stated"] += rel in ("BEFORE", "AFTER")
            totals["right"] += rel == "BEFORE"
            totals["reversed"] += rel == "AFTER"
            totals["listed"] += position[ea] < position[eb]
            if args.verbose and rel != "BEFORE":
                print(f"  {pairs_file.stem}: {a} < {b}: stated {rel}, listed {'in order' if position[ea] < position[eb] else 'reversed'}")
        for a, day in days:
            kind = ("days", "days_found", "in_day") if len(day) > 7 else ("spans", "spans_found", "in_span")
            totals[kind[0]] += 1
            e = by_eid.get(first.get(a.lower(), ""))
            if e is None:
                if args.verbose:
                    print(f"  {pairs_file.stem}: {a} @ {day}: event not found")
                continue
            totals[kind[1]] += 1
            begin, end = period(day)
            inside = (e.likely_start is not None and e.likely_end is not None
                      and begin <= _naive(e.likely_start) and _naive(e.likely_end) <= end)
            totals[kind[2]] += inside
            if args.verbose and not inside:
                print(f"  {pairs_file.stem}: {a} @ {day}: likely {e.likely_start} .. {e.likely_end}")
    t = totals
    print(f"pairs {t['pairs']}, both events found {t['found']}; stated before/after {t['stated']}: right {t['right']}, reversed {t['reversed']}; "
          f"listed in the right order {t['listed']}")
    if t["days"]:
        print(f"days {t['days']}, event found {t['days_found']}; likely interval inside the day {t['in_day']}")
    if t["spans"]:
        print(f"months and years {t['spans']}, event found {t['spans_found']}; likely interval inside the month or year {t['in_span']}")
    print(f"real events {t['real']}, with a likely interval {t['placed']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
