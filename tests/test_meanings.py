"""Recognition says what an expression means; resolution decides its TIMEX3 value and bounds."""

from __future__ import annotations

import subprocess
import sys

from timeline.model import Grain
from timeline.recognize import recognize
from timeline.recognize.meaning import SetSpec, VagueSpec


def _meaning(text: str):  # type: ignore[no-untyped-def]
    (mention,) = recognize(text)
    return mention.meaning


def test_a_recurrence_names_what_recurs_not_its_value() -> None:
    assert _meaning("They meet every two weeks.") == SetSpec(grain=Grain.WEEK, amount=2.0, quant="EVERY")
    assert _meaning("They meet every Monday.") == SetSpec(weekday=1, quant="EVERY")


def test_a_vague_past_carries_its_unit_not_a_width() -> None:
    assert _meaning("It happened several years ago.") == VagueSpec("PAST_REF", grain=Grain.YEAR)


def test_recognition_does_not_load_the_resolver() -> None:
    code = "import sys, timeline.recognize as r; r.recognize('every Monday, two days later'); print(any(m.startswith('timeline.resolve') for m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == "False"


def test_months_that_make_a_quarter_are_one_period_and_others_are_each_a_month() -> None:
    assert [m.text for m in recognize("Sales rose in the April-June period.")] == ["the April-June period"]
    assert [m.text for m in recognize("Sales fell in the March-May period.")] == ["March", "May"]
