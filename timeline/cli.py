"""The ``timeline`` command: a thin layer that parses arguments, calls the API, maps errors to exit codes.

Exit codes: 0 success, 1 internal error (a bug: short report, hint to file an issue),
2 user error (one-line message naming the problem, no traceback), 3 a batch in which some
documents failed (each reported) and the others were written.  Each subcommand lives in
``timeline/commands/<name>.py`` and exposes ``register(subparsers)``.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import traceback
from typing import Optional, Sequence

from .errors import TimelineError

__all__ = ["main", "UsageError"]

SUBCOMMANDS = ("tag", "build", "render", "eval", "schema")


class UsageError(Exception):
    """A mistake in how the command was called; exits 2 with the message."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> "NoReturn":  # type: ignore[name-defined]  # noqa: F821
        raise UsageError(f"{self.prog}: {message}")


def build_parser() -> argparse.ArgumentParser:
    from . import __version__

    parser = _Parser(prog="timeline", description="Reconstruct timelines from news text.")
    parser.add_argument("--version", action="version", version=f"timeline {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in SUBCOMMANDS:
        try:
            module = importlib.import_module(f".commands.{name}", __package__)
        except ModuleNotFoundError as exc:
            if exc.name and exc.name.endswith(f"commands.{name}"):
                continue  # subcommand not built yet
            raise
        module.register(sub)
    return parser


def main(argv: Optional[Sequence[str]] = None) -> int:
    """Entry point of the ``timeline`` console script; returns the exit code."""
    try:
        parser = build_parser()
        args = parser.parse_args(argv)
        if not getattr(args, "func", None):
            parser.print_help(sys.stderr)
            return 2
        return int(args.func(args) or 0)
    except BrokenPipeError:  # the reader went away (| head): not an error; nothing more to write
        _silence_stdout()
        return 0
    except (UsageError, TimelineError, ValueError, TypeError, OSError) as exc:
        if isinstance(exc, (ValueError, TypeError)) and not isinstance(exc, TimelineError) and not _is_user_error(exc):
            return _internal_error(exc)
        print(f"timeline: error: {exc}" if not str(exc).startswith("timeline") else str(exc), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("timeline: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 - the last line of defence
        return _internal_error(exc)


def _silence_stdout() -> None:
    """Point stdout at /dev/null so that the interpreter's final flush does not fail again."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def _is_user_error(exc: BaseException) -> bool:
    # ValueError/TypeError raised on purpose by our argument checks carry this marker attribute.
    return bool(getattr(exc, "user_error", False)) or exc.__class__.__module__.startswith("timeline")


def _internal_error(exc: BaseException) -> int:
    tb = traceback.extract_tb(exc.__traceback__)
    where = f" at {tb[-1].filename.rsplit('/', 1)[-1]}:{tb[-1].lineno}" if tb else ""
    print(
        f"timeline: internal error: {type(exc).__name__}: {exc}{where}\n"
        "This is a bug in timeline; please file an issue with the command and input that caused it.",
        file=sys.stderr,
    )
    return 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
