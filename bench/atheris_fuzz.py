"""Coverage-guided fuzzing of timeline.tag and the TimeML reader with atheris (libFuzzer).

usage: pip install atheris && python bench/atheris_fuzz.py -atheris_runs=100000

Any exception other than the library's own input errors is a crash that libFuzzer reports
with the input that caused it.
"""

from __future__ import annotations

import sys
from pathlib import Path

import atheris

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

with atheris.instrument_imports():
    import timeline
    from timeline.errors import TimelineError
    from timeline.io.timeml import read_timeml

REFS = ("2026-02-02", "2024-02-29", "2026-12-31T23:59")


def test_one_input(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    choice = fdp.ConsumeIntInRange(0, 2)
    text = fdp.ConsumeUnicodeNoSurrogates(512)
    try:
        if choice == 2:
            read_timeml("<TimeML><TEXT>" + text + "</TEXT></TimeML>")
            return
        doc = timeline.tag(text, REFS[choice], mode="narrative" if len(text) % 2 else "news")
        for t in doc.timexes:
            if text[t.start : t.end] != t.text:
                raise AssertionError(f"offsets do not slice the input: {t}")
    except TimelineError:
        pass


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
