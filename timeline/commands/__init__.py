"""Subcommands of the ``timeline`` CLI; each module exposes ``register(subparsers)``."""
