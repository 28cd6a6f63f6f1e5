"""Propagation time of the ordering engine on large random networks, and incremental add cost.

usage: python bench/bench_order.py [INTERVALS] [CONSTRAINTS] [SEED]

Builds a network from a hidden random timeline (so it is consistent), with a tenth of the
intervals pinned by absolute bounds like resolved time expressions, then:
  * batch: order(facts) wall time (best of 3), consistent and with 1% contradicting facts
    (weaker than the rest, and of equal strength: the worst case of the tier strategy);
  * incremental: mean/max time of Network.add for 1,000 further consistent constraints
    added to the built network (bounds kept exact after every add);
  * queries: groups()/relations() on a news-sized subset (50 intervals), and groups()
    on the whole network (skipped above 5,000 intervals).
One core, pure Python; timings go to stdout only, wall and CPU, with the load average and
ratios to the consistent batch measured in the same run (the machine may be shared).
"""

from __future__ import annotations

import datetime as dt
import os
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import importlib  # noqa: E402

O = importlib.import_module("timeline.order")  # the package (timeline.order may be re-exported as the function)

ORIGIN = dt.datetime(2024, 1, 1)


def hidden_timeline(n: int, rng: random.Random) -> dict[str, tuple[int, int]]:
    """Start/end seconds of ``n`` intervals spread over a year, lengths up to a few days."""
    out = {}
    for i in range(n):
        s = rng.randrange(0, 365 * 86400)
        out[f"e{i}"] = (s, s + rng.choice((0, 3600, 86400, 3 * 86400, rng.randrange(0, 7 * 86400))))
    return out


def true_facts(truth: dict[str, tuple[int, int]], m: int, rng: random.Random) -> list:
    """``m`` point facts that the hidden timeline satisfies, mostly between nearby intervals."""
    names = sorted(truth, key=lambda k: truth[k][0])
    facts: list = []
    for i, name in enumerate(names):
        if i % 10 == 0:
            s, e = truth[name]
            slack = rng.randrange(0, 86400)
            facts.extend(O.bounded(name, ORIGIN + dt.timedelta(seconds=s - slack), ORIGIN + dt.timedelta(seconds=e + slack), evidence=f"{name} time"))
    while len(facts) < m:
        i = rng.randrange(len(names))
        j = min(len(names) - 1, max(0, i + rng.randint(-30, 30)))
        a, b = names[i], names[j]
        if a == b:
            continue
        (sa, ea), (sb, eb) = truth[a], truth[b]
        if ea <= sb:
            facts.extend(O.before(a, b, evidence="before"))
        elif eb <= sa:
            gap = sa - eb
            facts.extend(O.within(a, b, dt.timedelta(seconds=gap + rng.randrange(0, 86400)), evidence="within"))
        elif sb <= sa and ea <= eb:
            facts.extend(O.during(a, b, evidence="during"))
        else:
            off = sa - sb
            facts.extend(O.later(a, b, dt.timedelta(seconds=off - 3600), dt.timedelta(seconds=off + 3600), evidence="later"))
    return facts[:m]


CPU: dict[str, float] = {}
"""CPU seconds of the last best_of run (the machine is shared: CPU time is steadier than wall)."""


def best_of(k: int, fn) -> float:  # type: ignore[no-untyped-def]
    """Best wall time of ``k`` runs; the best CPU time goes to CPU["last"]."""
    best = cpu = float("inf")
    for _ in range(k):
        t0, c0 = time.perf_counter(), time.process_time()
        fn()
        best = min(best, time.perf_counter() - t0)
        cpu = min(cpu, time.process_time() - c0)
    CPU["last"] = cpu
    return best


def load() -> str:
    """Load averages and core count, for the record."""
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.2f}, {five:.2f}, {fifteen:.2f} on {os.cpu_count()} cores"


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    m = int(sys.argv[2]) if len(sys.argv) > 2 else 20000
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 1
    rng = random.Random(seed)
    truth = hidden_timeline(n, rng)
    facts = true_facts(truth, m, rng)
    print(f"{n} intervals, {len(facts)} constraints (+{n} implicit start<=end), seed {seed}; {load()}")

    t = best_of(3, lambda: O.order(facts, origin=ORIGIN))
    result = O.order(facts, origin=ORIGIN)
    bounded_points = sum(1 for b in result.bounds.values() for v in (b.earliest_start, b.latest_end) if v is not None)
    reference = CPU["last"]
    print(f"batch order(), consistent:        {t:.3f} s, CPU {reference:.3f} s (the reference of the ratios below)  (conflicts {len(result.conflicts)}, {bounded_points} bounded start/end values)")

    bad = list(facts)
    names = list(truth)
    for _ in range(m // 100):
        a, b = rng.sample(names, 2)
        bad.extend(O.before(a, b, evidence="contradiction?", strength=0) if truth[b][1] <= truth[a][0] else O.before(b, a, evidence="contradiction?", strength=0))
    t = best_of(3, lambda: O.order(bad, origin=ORIGIN))
    result_bad = O.order(bad, origin=ORIGIN)
    print(f"batch order(), +1% contradictions: {t:.3f} s, CPU {CPU['last']:.3f} s = {CPU['last'] / reference:.2f}x the consistent batch  (conflicts found and dropped: {len(result_bad.conflicts)})")

    same = list(facts)
    for _ in range(m // 100):
        a, b = rng.sample(names, 2)
        same.extend(O.before(a, b, evidence="contradiction?") if truth[b][1] <= truth[a][0] else O.before(b, a, evidence="contradiction?"))
    t = best_of(3, lambda: O.order(same, origin=ORIGIN))
    print(f"batch order(), +1% contradictions of equal strength (one tier): {t:.3f} s, CPU {CPU['last']:.3f} s = {CPU['last'] / reference:.2f}x  (conflicts: {len(O.order(same, origin=ORIGIN).conflicts)})")

    network = O.Network(facts, origin=ORIGIN)
    network.bounds(names[0])  # bounds computed once
    extra = true_facts(truth, 1000 + n // 10 * 2, random.Random(seed + 1))[n // 10 * 2 :]
    times = []
    touched = []
    for fact in extra:
        t0 = time.perf_counter()
        network.add(fact)
        times.append(time.perf_counter() - t0)
        touched.append(network.last_touched)
    times.sort()
    print(
        f"incremental add (n={len(extra)}):     mean {sum(times) / len(times) * 1e3:.3f} ms, median {times[len(times) // 2] * 1e3:.3f} ms,"
        f" p99 {times[int(len(times) * 0.99)] * 1e3:.3f} ms, max {times[-1] * 1e3:.3f} ms; mean points touched {sum(touched) / len(touched):.1f}"
    )

    sub = sorted(truth, key=lambda k: truth[k][0])[:50]
    sub_facts = [f for f in facts if all(p.interval in set(sub) for p in ((f.source, f.target) if isinstance(f, O.Constraint) else (f.point,)))]
    small = O.order(sub_facts, origin=ORIGIN)
    t = best_of(3, lambda: small.groups())
    t2 = best_of(3, lambda: small.relations())
    print(f"news-sized queries (50 intervals, {len(sub_facts)} facts): groups() {t * 1e3:.1f} ms, relations() {t2 * 1e3:.1f} ms, {len(small.groups())} groups")
    if n <= 5000:
        t = best_of(1, lambda: result.groups())
        print(f"groups() on the full network (one run): {t:.2f} s, CPU {CPU['last']:.2f} s = {CPU['last'] / reference:.2f}x the consistent batch")
    print(f"# after: {load()}")


if __name__ == "__main__":
    main()
