"""The ``timeline`` console script's first step: catch a Ctrl-C that comes while the package loads.

Importing ``timeline`` takes a moment; a Ctrl-C then would print a traceback, since the CLI's
own handler (``timeline.cli.main``) is not running yet.  This module imports nothing at load.
"""


def main() -> int:
    try:
        from timeline.cli import main as run
    except KeyboardInterrupt:
        import sys

        print("timeline: interrupted", file=sys.stderr)
        return 130
    return run()
