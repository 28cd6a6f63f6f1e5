"""Synthetic news articles for scale runs: ``python bench/generate_corpus.py N OUT --seed S``.

OUT ending in ``.jsonl`` (or ``.jsonl.gz``) gets one ``{"id", "text", "reference_time"}`` record
per line, each article with its own publication date; any other OUT is a directory of
``NNNNNN.txt`` files, a day of wire copy all published on the date printed at the end (pass it
as ``--reference-time``).  Articles are 1-20 KB, built from this file's own templates: events
with dates ("on 12 March"), weekdays ("on Saturday"), offsets ("two days later", "last week"),
clock times and durations, so the pipeline has real work.  The same N and seed give the same
bytes; article i does not depend on N.  ``news_text(n_chars, seed)`` gives one long text of
about ``n_chars`` characters (the build benchmark's input).
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import random
import sys
from pathlib import Path
from typing import Iterator

__all__ = ["article", "news_text", "reference_time", "main"]

_PLACES = ["Harwick", "the northern valley", "Port Selby", "the old quarter", "Lindmoor", "the coastal road", "Ashford Bay",
           "the capital", "Kestrel Island", "the river delta", "Millbrook", "the eastern district", "Thornvale", "the border town of Ravel"]
_ACTORS = ["The city council", "The regional government", "Rescue teams", "The transport minister", "Union leaders",
           "The health authority", "Local farmers", "The football club", "Police", "The energy company", "Residents",
           "The school board", "Investigators", "The mayor", "Engineers", "The central bank", "Opposition parties", "Volunteers"]
_ACTIONS = [
    ("announced", "a plan to rebuild the harbour wall"), ("approved", "a new budget for the hospital"),
    ("closed", "the main bridge to traffic"), ("opened", "an inquiry into the fire"), ("signed", "an agreement with the port authority"),
    ("rejected", "the proposal to merge the two schools"), ("evacuated", "hundreds of homes near the river"),
    ("reported", "a sharp rise in prices"), ("launched", "a campaign to plant trees along the canal"),
    ("suspended", "all flights from the airport"), ("arrested", "two men suspected of the theft"),
    ("restored", "power to most households"), ("held", "talks with the striking workers"), ("voted", "to delay the election"),
    ("cancelled", "the summer festival"), ("raised", "interest rates by a quarter point"), ("found", "the missing hikers"),
    ("completed", "repairs to the water main"), ("warned", "of further storms along the coast"), ("won", "the cup final"),
]
_FOLLOW = [
    "The decision followed weeks of protests", "Officials said the work would take several months",
    "Critics called the move too slow", "Nobody was injured, according to a spokesperson",
    "The last time this happened was in the winter of 2019", "Shops in the area stayed shut",
    "A report is expected before the end of the year", "Talks will resume after the holiday",
    "The cost has not been disclosed", "Witnesses described long queues outside the station",
]
_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
_COUNTS = ["two", "three", "four", "five", "six", "ten"]
_QUOTES = [
    '"We will not stop until the work is done," {who} said on {day}.',
    '"It has been a very hard week for everyone here," a resident told reporters {rel}.',
    '"The first results are encouraging," {who} said in a statement {rel}.',
]


def reference_time(seed: int, i: int) -> dt.date:
    """The publication date of article ``i`` (2020-2026), a function of the seed and index only."""
    rng = random.Random(f"ref-{seed}-{i}")
    return dt.date(2020, 1, 1) + dt.timedelta(days=rng.randrange(0, 7 * 365))


def _time_phrase(rng: random.Random, published: dt.date) -> str:
    kind = rng.randrange(12)
    if kind == 0:
        return f"on {rng.choice(_WEEKDAYS)}"
    if kind == 1:
        return rng.choice(["yesterday", "today", "this morning", "last night", "earlier this week"])
    if kind == 2:
        return rng.choice(["last week", "last month", "last year", "earlier this month"])
    if kind == 3:
        day = published - dt.timedelta(days=rng.randrange(1, 60))
        return f"on {day.day} {_MONTHS[day.month - 1]}"
    if kind == 4:
        return f"in {_MONTHS[rng.randrange(12)]} {published.year - rng.randrange(0, 3)}"
    if kind == 5:
        return f"at {rng.randrange(1, 12)} {rng.choice(['a.m.', 'p.m.'])} on {rng.choice(_WEEKDAYS)}"
    if kind == 6:
        return f"{rng.choice(_COUNTS)} days later"
    if kind == 7:
        return f"{rng.choice(_COUNTS)} weeks ago"
    if kind == 8:
        return f"for {rng.choice(_COUNTS)} hours"
    if kind == 9:
        return f"since {_MONTHS[rng.randrange(12)]}"
    if kind == 10:
        return f"next {rng.choice(_WEEKDAYS)}"
    return f"in {published.year - rng.randrange(1, 6)}"


def _sentence(rng: random.Random, published: dt.date) -> str:
    actor = rng.choice(_ACTORS)
    verb, obj = rng.choice(_ACTIONS)
    when = _time_phrase(rng, published)
    shape = rng.randrange(6)
    if shape == 0:
        return f"{actor} {verb} {obj} in {rng.choice(_PLACES)} {when}."
    if shape == 1:
        return f"{when[0].upper() + when[1:]}, {actor[0].lower() + actor[1:]} {verb} {obj}."
    if shape == 2:
        verb2, obj2 = rng.choice(_ACTIONS)
        return f"{actor} {verb} {obj} {when}, and {_time_phrase(rng, published)} {rng.choice(_ACTORS).lower()} {verb2} {obj2}."
    if shape == 3:
        return f"{rng.choice(_FOLLOW)}, {rng.choice(['officials said', 'the agency reported', 'according to local media'])} {when}."
    if shape == 4:
        template = rng.choice(_QUOTES)
        return template.format(who=actor.lower().replace("the ", "a spokesperson for the ", 1), day=rng.choice(_WEEKDAYS), rel=_time_phrase(rng, published))
    return f"Before {actor[0].lower() + actor[1:]} {verb} {obj}, {rng.choice(_ACTORS).lower()} had met {when}."


def article(seed: int, i: int, target_chars: int | None = None, published: dt.date | None = None) -> str:
    """Article ``i`` of the seed: paragraphs of 2-6 sentences up to ``target_chars`` (default 1-20 KB)."""
    rng = random.Random(f"article-{seed}-{i}")
    published = published or reference_time(seed, i)
    if target_chars is None:
        target_chars = int(1000 * 20 ** rng.random())  # 1-20 KB, more short articles than long ones
    place = rng.choice(_PLACES)
    paragraphs = [f"{place[0].upper() + place[1:]} - {_sentence(rng, published)}"]
    size = len(paragraphs[0])
    while size < target_chars:
        para = " ".join(_sentence(rng, published) for _ in range(rng.randrange(2, 7)))
        paragraphs.append(para)
        size += len(para) + 2
    return "\n\n".join(paragraphs) + "\n"


def news_text(n_chars: int, seed: int = 0) -> str:
    """About ``n_chars`` characters of news (articles one after another, cut at a paragraph)."""
    parts: list[str] = []
    size = 0
    i = 0
    while size < n_chars:
        a = article(seed, i)
        parts.append(a)
        size += len(a) + 1
        i += 1
    text = "\n".join(parts)
    cut = text.rfind("\n\n", 0, n_chars)
    return text[: cut if cut > n_chars // 2 else n_chars].rstrip() + "\n"


def _records(n: int, seed: int) -> Iterator[dict[str, str]]:
    for i in range(n):
        yield {"id": f"{seed}-{i:06d}", "text": article(seed, i), "reference_time": reference_time(seed, i).isoformat()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("n", type=int, metavar="N", help="number of articles")
    parser.add_argument("out", metavar="OUTDIR|OUT.jsonl", help="a .jsonl/.jsonl.gz file, or a directory of .txt files")
    parser.add_argument("--seed", type=int, default=0, help="the same seed gives the same articles (default 0)")
    args = parser.parse_args(argv)
    if args.n < 0:
        parser.error("N must be at least 0")
    out = Path(args.out)
    total = 0
    if out.name.endswith((".jsonl", ".jsonl.gz")):
        out.parent.mkdir(parents=True, exist_ok=True)
        opener = gzip.open if out.name.endswith(".gz") else open
        with opener(out, "wt", encoding="utf-8") as fh:  # type: ignore[operator]
            for record in _records(args.n, args.seed):
                fh.write(json.dumps(record, ensure_ascii=False) + "\n")
                total += len(record["text"])
        print(f"{args.n} articles, {total / 1e6:.1f} MB of text -> {out}", file=sys.stderr)
        return 0
    out.mkdir(parents=True, exist_ok=True)
    day = reference_time(args.seed, 0)
    for i in range(args.n):
        text = article(args.seed, i, published=day)
        (out / f"{i:06d}.txt").write_text(text, encoding="utf-8")
        total += len(text)
    print(f"{args.n} articles, {total / 1e6:.1f} MB of text -> {out}/ (pass --reference-time {day.isoformat()})", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
