"""Hypothesis profiles: "ci" (default, fast, derandomized so that a CI run is reproducible) and
"nightly" (HYPOTHESIS_PROFILE=nightly: 20x the examples, random, to find new counterexamples,
which then join the tests as ``@example``)."""

import os

from hypothesis import settings

settings.register_profile("ci", max_examples=100, deadline=None, derandomize=True, database=None)
settings.register_profile("nightly", max_examples=2000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
