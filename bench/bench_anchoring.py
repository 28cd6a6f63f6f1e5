"""Agreement of timeline's anchoring with the gold TLINKs of a TimeML corpus.

usage: python bench/bench_anchoring.py ../shared/corpora/tbaq

timeline tags and detects on the raw text; its events and times are aligned to the gold
ones by overlapping extent.  Two figures, each over the gold TLINKs whose two ends were
both found:
- event-time links (not the DCT): coverage = share of gold links for which timeline links
  the same event and time; agreement = share of those whose relation matches (timeline's
  during/starts_in/ends_in ~ IS_INCLUDED/DURING/BEGUN_BY/ENDED_BY, before ~ BEFORE, after ~ AFTER, ...);
- event-DCT links: share of gold links (BEFORE/AFTER/INCLUDES/IS_INCLUDED/...) for which
  timeline's tense-based link to the publication time says the same (past ~ BEFORE,
  future ~ AFTER, present progressive ~ INCLUDES/IS_INCLUDED/OVERLAP), and coverage.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from timeline.anchoring import REFERENCE, anchor_events  # noqa: E402
from timeline.events.detect import detect_events  # noqa: E402
from timeline.io.timeml import read_timeml  # noqa: E402
from timeline.tagger import tag  # noqa: E402

TIME_REL = {
    "during": {"IS_INCLUDED", "DURING", "SIMULTANEOUS"}, "starts_in": {"IS_INCLUDED", "BEGUN_BY", "BEGINS", "DURING"},
    "ends_in": {"IS_INCLUDED", "ENDED_BY", "ENDS", "DURING"}, "by": {"BEFORE", "ENDED_BY", "IS_INCLUDED"}, "before": {"BEFORE", "IBEFORE"},
    "after": {"AFTER", "IAFTER"}, "since": {"BEGUN_BY", "AFTER", "INCLUDES"}, "until": {"ENDED_BY", "BEFORE", "INCLUDES"},
    "lasts": {"DURING", "INCLUDES", "SIMULTANEOUS", "IS_INCLUDED"},
}
DCT_REL = {"before_ref": {"BEFORE", "IBEFORE", "ENDED_BY"}, "after_ref": {"AFTER", "IAFTER", "BEGUN_BY"}, "overlaps_ref": {"INCLUDES", "IS_INCLUDED", "OVERLAP", "SIMULTANEOUS", "DURING"}}


def _align(gold_spans, system_spans):
    out = {}
    for gid, gs, ge in gold_spans:
        for sid, ss, se in system_spans:
            if ss < ge and gs < se:
                out[gid] = sid
                break
    return out


def main() -> None:
    corpus = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/corpora/tbaq")
    et = Counter()
    dct = Counter()
    for f in sorted(corpus.rglob("*.tml")):
        doc = read_timeml(f)
        tagged = tag(doc.text, doc.dct)
        events = detect_events(doc.text)
        links = anchor_events(doc.text, tagged.timexes, events)
        ev_map = _align([(e.get("eid"), e.start, e.end) for e in doc.events], [(e.eid, e.start, e.end) for e in events])
        tx_map = _align([(t.get("tid"), t.start, t.end) for t in doc.timexes], [(t.tid, t.start, t.end) for t in tagged.timexes])
        inst = {mi.get("eiid"): mi.get("eventID") for mi in doc.makeinstances}
        ours = {}
        for link in links:
            ours.setdefault((link.source, link.target), set()).add(link.relation)
        for tl in doc.tlinks:
            eiid, tid, rel = tl.get("eventInstanceID"), tl.get("relatedToTime"), tl.get("relType")
            if not eiid or not tid:
                continue
            ev = ev_map.get(inst.get(eiid))
            if ev is None:
                continue
            if tid == "t0":
                dct["gold"] += 1
                mine = ours.get((ev, REFERENCE), set())
                if mine:
                    dct["covered"] += 1
                    dct["agree"] += any(rel in DCT_REL.get(r, ()) for r in mine)
                continue
            tx = tx_map.get(tid)
            if tx is None:
                continue
            et["gold"] += 1
            mine = ours.get((ev, tx), set())
            if mine:
                et["covered"] += 1
                et["agree"] += any(rel in TIME_REL.get(r, ()) for r in mine)
    print("| links (both ends found) | gold | timeline links the pair | share | relation agrees | share of linked |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for name, c in (("event - time expression", et), ("event - DCT (publication time)", dct)):
        print(f"| {name} | {c['gold']:,} | {c['covered']:,} | {c['covered'] / max(1, c['gold']):.1%} | {c['agree']:,} | {c['agree'] / max(1, c['covered']):.1%} |")


if __name__ == "__main__":
    main()
