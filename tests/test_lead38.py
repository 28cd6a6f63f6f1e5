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


def test_a_weekday_told_again_is_no_step_of_a_run_of_days():
    # "Wednesday evening" names the Wednesday the lead told (13 May), so "Friday" does not start a run of days told on to
    # the storms of 7 May (the Friday before them): it is the publication day, as a past clause's bare weekday is
    text = ("The mayor visited the flooded town on Wednesday and promised money for repairs.\n\n"
            "Storms began on the night of May 7 and lasted four days. Volunteers were still clearing mud on Friday. "
            "The mayor, who met shopkeepers on Wednesday evening, said help would come soon.")
    values = {t.text: t.value for t in timeline.tag(text, reference_time="2026-05-15").timexes}
    assert values["Friday"] == "2026-05-15"
    assert values["Wednesday evening"] == "2026-05-13TEV"


def test_a_run_of_days_told_on_to_the_story_day_still_counts_back():
    # the run the rule is for: Friday starts the days told on to Sunday, published on a Friday
    text = "The sailor was rescued on Sunday. She set off on Friday morning. The wind rose on Saturday night."
    values = [t.value for t in timeline.tag(text, reference_time="2026-05-15").timexes]
    assert values == ["2026-05-10", "2026-05-08TMO", "2026-05-09TNI"]
