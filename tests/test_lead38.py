"""Lead, session 38: a phrasal particle after a present perfect passive ("has been ruled out until June").

Sentences are the project's own (the case came from helper vals' notes, on its own story).
"""

from __future__ import annotations

import pytest

import timeline


@pytest.mark.parametrize("text, ref, value", [
    ("The club's captain has been ruled out until June.", "2027-05-13", "2027-06"),
    ("The match has been called off until Friday.", "2026-11-11", "2026-11-13"),
    ("The sale has been put back until March.", "2026-11-11", "2027-03"),
    # without a particle, as before
    ("The road has been closed until Friday.", "2026-11-11", "2026-11-13"),
])
def test_a_present_perfect_passive_with_a_particle_looks_ahead_to_until(text: str, ref: str, value: str):
    (t,) = timeline.tag(text, reference_time=ref).timexes
    assert t.value == value


def test_a_particle_after_a_simple_past_still_reads_as_past():
    # "was called off" is over: the day it was called off until is not read ahead of a past clause's frame by the particle
    (t,) = timeline.tag("The match was called off on Friday.", reference_time="2026-11-11").timexes
    assert t.value == "2026-11-06"
