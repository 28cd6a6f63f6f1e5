"""Fuzz the public entry points with arbitrary Unicode and count unexpected exceptions.

usage: python bench/fuzz.py [N] [--seed S] [--target tag|build|timeml|cli]

Inputs mix random Unicode (all planes, control characters, surrogates excluded), runs of
digits and punctuation, and random splices of time phrases, so that both the "nothing here"
and the "everything here" paths are exercised.  Expected errors (TimelineError subclasses
for bad input) are counted separately from unexpected ones; the run fails on any
unexpected exception and prints the first few.
"""

from __future__ import annotations

import random
import sys
import time
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import timeline  # noqa: E402
from timeline.errors import TimelineError, TimeMLError  # noqa: E402
from timeline.io.timeml import read_timeml  # noqa: E402

PHRASES = [
    "Saturday", "the early hours of Saturday morning", "within 40 hours", "two days later", "last week",
    "by the end of 2027", "over the weekend", "3:42 a.m.", "7.45pm", "March 3", "May", "2026-01-31",
    "1/31/2026", "the 1990s", "every Monday", "twice a year", "nearly three weeks", "the past 48 hours",
    "in recent years", "'90s", "Q4 2026", "fiscal 2025", "Christmas Eve", "4 Min Read", "59-year-old",
    "the following morning", "a year earlier", "since early February", "until March 23", "mid-June",
]
ALPHABET = [chr(c) for c in range(0x20, 0x3000) if not 0xD800 <= c <= 0xDFFF] + list("\n\r\t\u00a0\u2019\u201c\u201d-/.,:;")


def random_text(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.3:
        return "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 200)))
    if kind < 0.5:
        return "".join(rng.choice("0123456789-/.:, ") for _ in range(rng.randint(0, 200)))
    parts = []
    for _ in range(rng.randint(1, 12)):
        r = rng.random()
        if r < 0.5:
            parts.append(rng.choice(PHRASES))
        elif r < 0.8:
            parts.append(rng.choice(["on", "by", "the", "will", "was", "said", ",", ".", "\n", "and", "after"]))
        else:
            parts.append("".join(rng.choice(ALPHABET) for _ in range(rng.randint(1, 8))))
    sep = rng.choice([" ", "", "  ", "\n", "\u00a0"])
    return sep.join(parts)


def _random_timeml(rng: random.Random, text: str) -> str:
    """Well-formed, broken or hostile TimeML around ``text``."""
    from xml.sax.saxutils import escape

    body = escape(text)
    kind = rng.random()
    if kind < 0.4:
        cut = rng.randint(0, len(body))
        body = body[:cut] + '<TIMEX3 tid="t1" type="DATE" value="2026">' + body[cut:] + "</TIMEX3>"
    elif kind < 0.6:
        body = body + "<TIMEX3>"  # unclosed
    elif kind < 0.7:
        return '<!DOCTYPE x [<!ENTITY a "' + "x" * 10 + '">]><TimeML><TEXT>&a;</TEXT></TimeML>'
    elif kind < 0.8:
        return text  # not XML at all
    return f'<TimeML><DOCID>d</DOCID><DCT><TIMEX3 tid="t0" value="{rng.choice(["2026-02-02", "garbage", ""])}"/></DCT><TEXT>{body}</TEXT></TimeML>'


def _cli(rng: random.Random, text: str) -> tuple[int, str]:
    """Run the CLI in-process on a temporary file with random options."""
    import contextlib
    import io
    import tempfile

    from timeline.cli import main as cli_main

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / rng.choice(["a.txt", "a.html", "a.tml", "a.jsonl"])
        path.write_text(text, encoding="utf-8")
        args = [rng.choice(["tag", "render", "build"]), str(path)]
        if rng.random() < 0.8:
            args += ["--reference-time", rng.choice(["2026-02-02", "tomorrow", "2026-02-30", "1999-12-31T23:59"])]
        err = io.StringIO()
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(err):
            code = cli_main(args)
        return code, err.getvalue()


def main() -> int:
    n = int(sys.argv[1]) if len(sys.argv) > 1 and sys.argv[1].isdigit() else 100_000
    seed = int(sys.argv[sys.argv.index("--seed") + 1]) if "--seed" in sys.argv else 0
    target = sys.argv[sys.argv.index("--target") + 1] if "--target" in sys.argv else "tag"
    rng = random.Random(seed)
    refs = ["2026-02-02", "2024-02-29", "2026-12-31", "1999-12-31T23:59", "2027-01-01"]
    unexpected: list[str] = []
    expected = 0
    t0 = time.perf_counter()
    for i in range(n):
        text = random_text(rng)
        try:
            if target == "tag":
                doc = timeline.tag(text, rng.choice(refs), mode=rng.choice(["news", "narrative"]))
                for t in doc.timexes:
                    assert text[t.start : t.end] == t.text
                    assert t.earliest is None or t.latest is None or t.earliest <= t.latest
            elif target == "build":
                tl = timeline.build(text, rng.choice(refs))
                for e in tl.events:
                    assert text[e.start : e.end] == e.text
                    for lo, hi in ((e.earliest_start, e.latest_start), (e.earliest_end, e.latest_end)):
                        assert lo is None or hi is None or lo <= hi
            elif target == "timeml":
                markup = _random_timeml(rng, text)
                try:
                    read_timeml(markup)
                except TimeMLError:
                    expected += 1
            elif target == "cli":
                code, err = _cli(rng, text)
                assert code in (0, 2, 3), f"exit {code}: {err}"
                assert "Traceback" not in err and "internal error" not in err, err
        except TimelineError:
            expected += 1
        except Exception:  # noqa: BLE001 - counting is the point
            if len(unexpected) < 5:
                unexpected.append(f"input {text!r}\n{traceback.format_exc()}")
            else:
                unexpected.append("")
    secs = time.perf_counter() - t0
    print(f"fuzzed {target} with {n:,} inputs (seed {seed}) in {secs:.1f} s: {len(unexpected)} unexpected exceptions, {expected} expected input errors")
    for u in unexpected[:5]:
        print(u)
    return 1 if unexpected else 0


if __name__ == "__main__":
    sys.exit(main())
