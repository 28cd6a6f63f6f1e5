"""Hypothesis profiles: "ci" (default, fast) and "nightly" (HYPOTHESIS_PROFILE=nightly, 20x the examples)."""

import os

from hypothesis import settings

settings.register_profile("ci", max_examples=100, deadline=None)
settings.register_profile("nightly", max_examples=2000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
