"""Scraped plain text: page furniture and the headline give no events (sentences written here)."""

from __future__ import annotations

import pytest

import timeline
from timeline.events.furniture import furniture_spans
from timeline.text import segment

PAGE = """Harbour Cranes Return After Strike Ends

By Ana Ruiz, Port Desk
3 Min Read

Dock workers returned to the cranes on Monday after a nine-day strike ended.
By Monday, the backlog had shrunk and two ships sailed.

Leave a Comment
Your email address will not be published. Required fields are marked *
Ana Ruiz is a reporter based in the port city and is fluent in French and Dutch.
Share this article
"""


def _lines(text: str) -> list[str]:
    return [text[s:e] for s, e in furniture_spans(segment(text))]


def test_furniture_lines_and_the_headline_are_found() -> None:
    lines = _lines(PAGE)
    assert lines[0] == "Harbour Cranes Return After Strike Ends"
    for line in ("By Ana Ruiz, Port Desk", "3 Min Read", "Leave a Comment", "Share this article",
                 "Ana Ruiz is a reporter based in the port city and is fluent in French and Dutch."):
        assert line in lines


@pytest.mark.parametrize(
    "line",
    [
        "By Monday, the backlog had shrunk and two ships sailed.",
        "By Saturday afternoon the river had burst its banks.",
        "Share prices fell after the strike.",
        "The mayor is a former reporter who covers nothing now.",
        "Related talks resumed on Tuesday.",
    ],
)
def test_story_lines_are_not_furniture(line: str) -> None:
    assert line not in _lines("Story\n\n" + line + "\n")


def test_build_takes_no_event_from_furniture_and_the_headline_only_retells_the_body() -> None:
    tl = timeline.build(PAGE, "2026-03-10", event_model="perceptron")
    words = {e.text for e in tl.events}
    assert {"returned", "ended"} <= words
    assert not words & {"Leave", "Comment", "published", "marked", "fluent", "Share", "Read"}
    assert "sailed" in words  # "By Monday, ..." is the story, not a byline
    # a headline word is an event only as the body's event told again ("Return" is "returned"): the same event,
    # placed as it, never one of its own
    by_id = {e.eid: e for e in tl.events}
    for word, told in (("Return", "returned"), ("Ends", "ended")):
        for e in (e for e in tl.events if e.text == word):
            assert any(a.relation == "simultaneous" and by_id[a.target].text == told for a in e.anchors if a.target in by_id)
            assert (e.likely_start, e.likely_end) == next((b.likely_start, b.likely_end) for b in tl.events if b.text == told)


def test_a_first_line_with_a_full_stop_is_not_a_headline() -> None:
    assert _lines("The strike ended on Monday.\n\nWorkers returned.\n") == []
