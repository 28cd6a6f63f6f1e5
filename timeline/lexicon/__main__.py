"""``python -m timeline.lexicon check [DIR]``: validate every lexicon file of a language directory.

Without DIR, every shipped language is checked.  Prints one line per problem (file, section,
key) and exits 1 when there is any, else prints "ok" per directory and exits 0.
"""

from __future__ import annotations

import sys
from importlib import resources
from typing import Optional, Sequence

from . import available_languages, check_directory

_USAGE = "usage: python -m timeline.lexicon check [DIR ...]"


def main(argv: Optional[Sequence[str]] = None) -> int:
    """Check the lexicon directories named in ``argv`` (default: the shipped ones); the exit code."""
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or args[0] != "check":
        print(_USAGE, file=sys.stderr)
        return 2
    dirs = args[1:] or [str(resources.files(__package__) / lang) for lang in available_languages()]
    failed = False
    for directory in dirs:
        problems = check_directory(directory)
        for problem in problems:
            print(problem)
        if problems:
            failed = True
        else:
            print(f"{directory}: ok")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
