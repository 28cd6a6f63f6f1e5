"""Helper place, forty-ninth session: events on the right day and in order (issue 10), in new sentences.

Each sentence here is written for the test; the dates are worked out by hand.
"""

from __future__ import annotations

import datetime as dt

import timeline

from _timelines import likely_within_day, only_event


# A noun with a phrase before an aspectual verb (lexicon subject_phrase_gap): no relative pronoun inside the phrase

def test_a_relative_clause_verb_does_not_end_the_noun_before_its_phrase() -> None:
    """"Members voted for the strike in a ballot that closed on August 28. The strike began on September 16." (Monday
    21 September 2026): the ballot closed on August 28, not the strike; the strike began on September 16."""
    tl = timeline.build("Members voted for the strike in a ballot that closed on August 28. The strike began on September 16.",
                        reference_time="2026-09-21")
    assert likely_within_day(only_event(tl, "began"), dt.date(2026, 9, 16))
    strike = next(e for e in tl.events if e.text == "strike")
    assert strike.latest_end is None or strike.latest_end > dt.datetime(2026, 9, 16)


def test_a_phrase_before_an_aspectual_verb_still_names_its_subject() -> None:
    """Negative: "Repairs on the old bridge will begin in June." (6 May 2026): the repairs begin in June."""
    tl = timeline.build("Repairs on the old bridge will begin in June.", reference_time="2026-05-06")
    work = only_event(tl, "Repairs")
    assert work.earliest_start is not None and work.earliest_start >= dt.datetime(2026, 6, 1)
