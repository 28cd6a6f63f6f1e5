"""The issue figures on the article the project was started from (not bundled: a path argument).

usage: python bench/check_seed_article.py ../shared/examples/balochistan-2026.txt [--reference-time 2026-02-02]

Prints what the tagger and the timeline say about the weekend, Saturday's early hours, the
40-hour window, "recent years", the attacks' start, the killings, the ministers' visit, and
whether everything reported ends by the publication date.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import timeline  # noqa: E402


def main() -> int:
    path = Path(sys.argv[1])
    ref = sys.argv[sys.argv.index("--reference-time") + 1] if "--reference-time" in sys.argv else "2026-02-02"
    text = path.read_text(encoding="utf-8")
    doc = timeline.tag(text, ref)
    by_text = {}
    for t in doc.timexes:
        by_text.setdefault(t.text, t)
    for phrase in ("the weekend", "Saturday", "the early hours of Saturday morning", "40 hours", "recent years"):
        t = by_text.get(phrase)
        print(f"{phrase!r:40} -> " + (f"{t.type} {t.value} mod={t.mod} [{t.earliest} .. {t.latest}] length {t.min_length}..{t.max_length}" if t else "NOT FOUND"))
    tl = timeline.build(text, ref)
    events = sorted(tl.events, key=lambda e: e.start)
    attacks = [e for e in events if e.text in ("attacks", "onslaught") and e.earliest_start is not None]
    killed = next((e for e in events if e.text == "killed"), None)
    visited = next((e for e in events if e.text == "visited"), None)
    ok = True
    if attacks:
        a = attacks[0]
        print(f"attacks start within [{a.earliest_start} .. {a.latest_start}]")
        ok &= a.earliest_start >= dt.datetime(2026, 1, 31) and a.latest_start <= dt.datetime(2026, 1, 31, 7)
    else:
        print("attacks: not placed")
        ok = False
    if killed is not None and attacks:
        print(f"killed ends no later than {killed.latest_end} (attacks start at the latest {attacks[0].latest_start} + 40 h = {attacks[0].latest_start + dt.timedelta(hours=40)})")
        ok &= killed.latest_end is not None and killed.latest_end <= attacks[0].latest_start + dt.timedelta(hours=40)
    if visited is not None and attacks:
        later = [a for a in attacks if tl.before(a, visited)]
        print(f"visit after the attacks: {bool(later)} ({', '.join(a.eid for a in later)})")
        ok &= bool(later)
    end = dt.datetime.fromisoformat(ref) + dt.timedelta(days=1)
    past = [e for e in tl.events if e.tense == "PAST" and e.polarity == "POS" and e.modality is None]
    late = [e for e in past if e.latest_end is None or e.latest_end > end]
    print(f"past-tense events ending by the end of the publication day: {len(past) - len(late)} of {len(past)}")
    ok &= not late
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
