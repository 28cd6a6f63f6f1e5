"""Session 43 (helper vals): conventions measured on TBAQ and news values of the s43 value sets (sentences written for
this project)."""

from __future__ import annotations

import timeline


def _tags(sentence: str, dct: str = "2026-03-04") -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in timeline.tag(sentence, dct).timexes]


def test_now_opening_a_sentence_before_a_comma_is_a_discourse_marker() -> None:
    """ "Now, he says, ...": no time (lexicon [vetoes] discourse_openers; TBAQ leaves "Now," untagged in both halves);
    "Now the plan is clear", "For now, ...", "until now," and "now" inside a clause stay times."""
    assert _tags("Now, he says, the plan looks weak.") == []
    assert _tags("The bridge reopened. Now, the ferry has few riders.") == []
    assert _tags('"Now, we wait for the court," the mayor said.') == []
    assert _tags("Now the plan is clear.") == [("Now", "PRESENT_REF")]
    assert _tags("For now, the road stays shut.") == [("now", "PRESENT_REF")]
    assert _tags("Until now, nobody had asked the tenants.") == [("now", "PRESENT_REF")]
    assert _tags("The road is shut for now, the council said.") == [("now", "PRESENT_REF")]
    assert _tags("The firm now, after the sale, owns two mills.") == [("now", "PRESENT_REF")]
