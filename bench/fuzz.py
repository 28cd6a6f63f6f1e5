"""Fuzz the public entry points with arbitrary Unicode and count unexpected exceptions.

usage: python bench/fuzz.py [N] [--seed S] [--target tag|build|timeml|cli|order]
                            [--inputs unicode|extreme] [--event-model neural|perceptron]

Inputs mix random Unicode (all planes, control characters, surrogates excluded), runs of
digits and punctuation, and random splices of time phrases, so that both the "nothing here"
and the "everything here" paths are exercised.  ``--inputs extreme`` looks at the calendar's
edges instead: amounts of every magnitude (0 to 10^30, decimals, "a billion", "tens of
thousands of", negative and ordinal forms) with every unit and direction word, and reference
times drawn across the whole accepted range (0001-01-02 to 9999-12-30, ends included, as
str, date or datetime) plus a few just outside it, which must be refused with a
ReferenceTimeError.  ``--target order`` (always extreme) feeds the ordering engine bounds
near ``datetime.min``/``max`` and offsets up to ``timedelta.max``.  Expected errors (TimelineError subclasses
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

import datetime as dt  # noqa: E402
from xml.sax.saxutils import escape  # noqa: E402

import timeline  # noqa: E402
from timeline import order as O  # noqa: E402
from timeline.errors import ReferenceTimeError, TimelineError, TimeMLError  # noqa: E402
from timeline.io.timeml import read_timeml  # noqa: E402
from timeline.testing import CALENDAR_EDGE_REFERENCES, DIRECTION_TEMPLATES, QUANTITY_WORDS, UNIT_WORDS  # noqa: E402

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


_FRAMES = ("It happened {p}.", "It will happen {p}.", "The universe formed {p}.", "Officials met {p} on Monday.",
           "{P}, the talks ended.", "The strike lasted {p}.", "Police arrived {p} and left two days later.", "{P}")
_FIRST, _LAST = dt.datetime(1, 1, 2), dt.datetime(9999, 12, 30, 23, 59, 59)
_OUTSIDE = ("0001-01-01", "9999-12-31", "9999-12-31T12:00", "0000-06-01", dt.date(1, 1, 1), dt.datetime(9999, 12, 31, 23, 59))


def extreme_quantity(rng: random.Random) -> str:
    """An amount of any magnitude as written: listed forms, digits up to 10^30, commas, decimals."""
    r = rng.random()
    if r < 0.4:
        return rng.choice(QUANTITY_WORDS)
    n = rng.choice([0, 1, rng.randint(0, 10**rng.randint(1, 30)), 10 ** rng.randint(0, 30)])
    if r < 0.7:
        return str(n)
    if r < 0.85:
        return f"{n:,}"
    return f"{n}.{rng.randint(0, 999)}"


def extreme_text(rng: random.Random) -> str:
    """Sentences of amounts, units and direction words; now and then spliced with other phrases."""
    sentences = []
    for _ in range(rng.randint(1, 4)):
        if rng.random() < 0.8:
            phrase = rng.choice(DIRECTION_TEMPLATES).format(q=extreme_quantity(rng), u=rng.choice(UNIT_WORDS))
        else:
            phrase = rng.choice(PHRASES)
        sentences.append(rng.choice(_FRAMES).format(p=phrase, P=phrase[:1].upper() + phrase[1:]))
    return rng.choice([" ", "\n", " "]).join(sentences)


def extreme_reference(rng: random.Random) -> object:
    """A reference time anywhere in the accepted range, ends drawn often, as str/date/datetime; 2% outside it."""
    r = rng.random()
    if r < 0.02:
        return rng.choice(_OUTSIDE)
    t = rng.choice(CALENDAR_EDGE_REFERENCES) if r < 0.4 else _FIRST + dt.timedelta(seconds=rng.randint(0, int((_LAST - _FIRST).total_seconds())))
    form = rng.random()
    if form < 0.3:
        return t.date()
    if form < 0.6:
        return t
    return t.date().isoformat() if rng.random() < 0.5 else t.isoformat(timespec="minutes")


def _reference_ok(ref: object) -> bool:
    """Whether ``ref`` lies in the accepted range (so a ReferenceTimeError for it would be a bug)."""
    if isinstance(ref, str):
        return ref not in _OUTSIDE
    return ref not in _OUTSIDE


def _random_when(rng: random.Random) -> dt.datetime:
    r = rng.random()
    if r < 0.3:
        return dt.datetime.min + dt.timedelta(seconds=rng.randint(0, 10**rng.randint(0, 9)))
    if r < 0.6:
        return dt.datetime.max - dt.timedelta(seconds=rng.randint(0, 10**rng.randint(0, 9)))
    return _FIRST + dt.timedelta(seconds=rng.randint(0, int((_LAST - _FIRST).total_seconds())))


def _random_span(rng: random.Random) -> dt.timedelta:
    r = rng.random()
    if r < 0.2:
        return dt.timedelta.max
    if r < 0.3:
        return dt.timedelta(0)
    return dt.timedelta(days=rng.randint(0, 999_999_999), seconds=rng.randint(0, 86399), microseconds=rng.randint(0, 999_999))


def random_facts(rng: random.Random) -> tuple[list[O.Fact], dict[str, tuple[dt.datetime, dt.datetime]]]:
    """Facts with bounds near the calendar's ends and offsets up to timedelta.max; also the given bounds."""
    names = [f"e{i}" for i in range(rng.randint(1, 6))]
    facts: list[O.Fact] = []
    given: dict[str, tuple[dt.datetime, dt.datetime]] = {}
    for _ in range(rng.randint(1, 10)):
        kind = rng.random()
        a, b = rng.choice(names), rng.choice(names)
        if kind < 0.35:
            lo, hi = sorted((_random_when(rng), _random_when(rng)))
            side = rng.random()
            facts += O.bounded(a, lo if side < 0.8 else None, hi if side > 0.2 else None)
        elif kind < 0.55:
            lo2, hi2 = sorted((_random_span(rng), _random_span(rng)))
            facts += O.later(a, b, lo2, hi2 if rng.random() < 0.7 else None)
        elif kind < 0.7:
            facts += O.lasting(a, _random_span(rng), dt.timedelta.max if rng.random() < 0.5 else None)
        elif kind < 0.8:
            facts += O.within(a, b, _random_span(rng))
        else:
            facts += rng.choice([O.before, O.after, O.during, O.overlaps, O.simultaneous])(a, b)
    return facts, given


def _check_order(rng: random.Random) -> None:
    facts, _ = random_facts(rng)
    origin = rng.choice([None, _random_when(rng), dt.datetime.min, dt.datetime.max])
    result = O.order(facts, origin=origin)
    for name in result.intervals:
        b = result[name]
        for lo, hi in ((b.earliest_start, b.latest_start), (b.earliest_end, b.latest_end), (b.earliest_start, b.latest_end)):
            assert lo is None or hi is None or lo <= hi, (name, b)
    names = list(result.intervals)
    result.relations(names)
    result.groups(names)
    if len(names) >= 2:
        result.difference(O.start_of(names[0]), O.end_of(names[1]))


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


def _cli(rng: random.Random, text: str, extreme: bool = False, event_model: str = "") -> tuple[int, str]:
    """Run the CLI in-process on a temporary file with random options."""
    import contextlib
    import io
    import tempfile

    from timeline.cli import main as cli_main

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / rng.choice(["a.txt", "a.html", "a.tml", "a.jsonl"])
        path.write_text(text, encoding="utf-8")
        args = [rng.choice(["tag", "render", "build"]), str(path)]
        if extreme:
            ref = extreme_reference(rng)
            args += ["--reference-time", ref if isinstance(ref, str) else ref.isoformat()]
        elif rng.random() < 0.8:
            args += ["--reference-time", rng.choice(["2026-02-02", "tomorrow", "2026-02-30", "1999-12-31T23:59"])]
        if args[0] in ("build", "render") and event_model:
            args += ["--event-model", event_model]
        err = io.StringIO()
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(err):
            code = cli_main(args)
        return code, err.getvalue()


def main() -> int:
    n = int(sys.argv[1]) if len(sys.argv) > 1 and sys.argv[1].isdigit() else 100_000
    seed = int(sys.argv[sys.argv.index("--seed") + 1]) if "--seed" in sys.argv else 0
    target = sys.argv[sys.argv.index("--target") + 1] if "--target" in sys.argv else "tag"
    extreme = "--inputs" in sys.argv and sys.argv[sys.argv.index("--inputs") + 1] == "extreme"
    event_model = sys.argv[sys.argv.index("--event-model") + 1] if "--event-model" in sys.argv else "neural"
    rng = random.Random(seed)
    refs = ["2026-02-02", "2024-02-29", "2026-12-31", "1999-12-31T23:59", "2027-01-01"]
    unexpected: list[str] = []
    expected = 0
    t0 = time.perf_counter()
    for i in range(n):
        text = "" if target == "order" else extreme_text(rng) if extreme else random_text(rng)
        ref: object = extreme_reference(rng) if extreme else rng.choice(refs)
        try:
            if target == "tag":
                doc = timeline.tag(text, ref, mode=rng.choice(["news", "narrative"]))
                for t in doc.timexes:
                    assert text[t.start : t.end] == t.text
                    assert t.earliest is None or t.latest is None or t.earliest <= t.latest
            elif target == "build":
                tl = timeline.build(text, ref, mode=rng.choice(["news", "narrative"]), event_model=event_model)
                for e in tl.events:
                    assert text[e.start : e.end] == e.text
                    for lo, hi in ((e.earliest_start, e.latest_start), (e.earliest_end, e.latest_end)):
                        assert lo is None or hi is None or lo <= hi
            elif target == "order":
                _check_order(rng)
            elif target == "timeml":
                markup = _random_timeml(rng, text)
                if extreme and rng.random() < 0.7:  # a DCT anywhere in (or just outside) the calendar, then tag against it
                    dct = ref if isinstance(ref, str) else ref.isoformat()  # type: ignore[attr-defined]
                    markup = f'<TimeML><DCT><TIMEX3 tid="t0" value="{dct}"/></DCT><TEXT>{escape(text)}</TEXT></TimeML>'
                try:
                    doc = read_timeml(markup)
                    if extreme and doc.dct is not None:
                        timeline.tag(doc.text, doc.dct)
                except TimeMLError:
                    expected += 1
            elif target == "cli":
                code, err = _cli(rng, text, extreme, event_model)
                assert code in (0, 2, 3), f"exit {code}: {err}"
                assert "Traceback" not in err and "internal error" not in err, err
        except ReferenceTimeError:
            expected += 1
            if extreme and target in ("tag", "build") and _reference_ok(ref):  # an in-range reference refused: a bug
                unexpected.append(f"reference {ref!r} refused\n{traceback.format_exc()}")
        except TimelineError:
            expected += 1
        except Exception:  # noqa: BLE001 - counting is the point
            if len(unexpected) < 5:
                unexpected.append(f"input {text!r} reference {ref!r}\n{traceback.format_exc()}")
            else:
                unexpected.append("")
    secs = time.perf_counter() - t0
    inputs = "extreme" if extreme or target == "order" else "unicode"
    print(f"fuzzed {target} with {n:,} {inputs} inputs (seed {seed}) in {secs:.1f} s: {len(unexpected)} unexpected exceptions, {expected} expected input errors")
    for u in unexpected[:5]:
        print(u)
    return 1 if unexpected else 0


if __name__ == "__main__":
    sys.exit(main())
