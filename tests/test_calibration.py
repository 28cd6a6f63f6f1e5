"""The confidence an event reports is the calibrated share of its kind of placement, not the raw
number its soft fact was settled with."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import timeline
from timeline.placement.calibration import KINDS, LIKELY_KINDS, TEXT, Calibration, load_calibration
from timeline.placement.settling import _BASIS

ROOT = Path(__file__).resolve().parents[1]


def _script():  # type: ignore[no-untyped-def]
    """train/calibrate_confidence.py as a module (it is a script, not part of the package)."""
    spec = importlib.util.spec_from_file_location("calibrate_confidence", ROOT / "train" / "calibrate_confidence.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("calibrate_confidence", module)
    spec.loader.exec_module(module)
    return module


TABLE = Calibration.from_dict({"kinds": {
    "learned-publication": {"edges": [0.8, 1.0], "rates": [0.6, 0.9]},
    "reported-speech": {"edges": [1.0], "rates": [0.93]},
}})


def test_a_raw_confidence_takes_the_rate_of_its_band() -> None:
    assert TABLE("learned-publication", 0.71) == 0.6
    assert TABLE("learned-publication", 0.8) == 0.6  # an edge belongs to the band it closes
    assert TABLE("learned-publication", 0.81) == 0.9
    assert TABLE("reported-speech", 0.75) == 0.93


def test_a_kind_the_table_does_not_know_and_the_texts_own_certainty_keep_their_number() -> None:
    assert TABLE("night", 0.6) == 0.6
    assert TABLE(TEXT, 1.0) == 1.0
    assert Calibration.from_dict({"kinds": {"given": {"edges": [1.0], "rates": [0.5]}}})("given", 0.9) == 0.9


@pytest.mark.parametrize("table, words", [
    ({"kinds": {"moonlight": {"edges": [1.0], "rates": [0.5]}}}, "unknown kind 'moonlight'"),
    ({"kinds": {"night": {"edges": [0.5, 0.4], "rates": [0.5, 0.6]}}}, "'night' has edges that do not ascend"),
    ({"kinds": {"night": {"edges": [1.0], "rates": [1.5]}}}, "'night' has an edge or rate outside"),
    ({"kinds": {"night": {"edges": [0.5, 1.0], "rates": [0.5]}}}, "'night' needs lists"),
    ({"kinds": {"night": {"edges": [], "rates": []}}}, "'night' needs lists"),
    ({"bands": {}}, "'kinds' object"),
])
def test_a_malformed_table_is_refused_naming_what_is_wrong(table: dict, words: str) -> None:
    with pytest.raises(ValueError, match=words.replace("(", r"\(")):
        Calibration.from_dict(table)


def test_every_basis_has_a_kind_and_the_shipped_table_reads() -> None:
    assert set(_BASIS) <= set(LIKELY_KINDS)
    shipped = load_calibration()
    assert shipped.bands and set(shipped.bands) <= KINDS
    for edges, rates in shipped.bands.values():
        assert edges[-1] == 1.0 and list(rates) == sorted(rates)


def test_events_report_the_calibrated_share_of_their_kind(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    text = "The mayor said on Monday that the bridge would reopen. Engineers say the repairs are finished."
    calibrated = timeline.build(text, reference_time="2026-05-06", event_model="perceptron")
    say = next(e for e in calibrated.events if e.text == "say")
    said = next(e for e in calibrated.events if e.text == "said")
    assert said.likely_kind == TEXT and said.confidence == 1.0
    assert say.likely_kind == "reported-speech"
    assert say.confidence == load_calibration()("reported-speech", 0.75)
    import timeline.pipeline as pipeline

    monkeypatch.setattr(pipeline, "load_calibration", lambda: Calibration())
    raw = timeline.build(text, reference_time="2026-05-06", event_model="perceptron")
    assert next(e for e in raw.events if e.text == "say").confidence == 0.75  # the soft fact's own number
    assert say.confidence != 0.75


def test_the_kind_travels_through_json() -> None:
    tl = timeline.build("Officials said on Tuesday that the dam had held.", reference_time="2026-05-07", event_model="perceptron")
    from timeline.serialize import event_from_dict

    assert [event_from_dict(json.loads(e.to_json())).likely_kind for e in tl.events] == [e.likely_kind for e in tl.events]
    assert any(e.likely_kind for e in tl.events)


def test_bands_pool_until_the_share_held_does_not_fall() -> None:
    script = _script()
    # raw 0.1..0.9: the middle band holds less often than the first, so they pool
    samples = {"learned-publication": [(0.1, True)] * 8 + [(0.1, False)] * 2 + [(0.5, True)] * 4 + [(0.5, False)] * 6 + [(0.9, True)] * 10}
    table = script.calibrate(samples, band=10, prior=0.0, least=1)["kinds"]["learned-publication"]
    assert table["counts"] == [20, 10]
    assert table["rates"] == [0.6, 1.0]
    assert table["edges"] == [0.5, 1.0]


def test_a_band_is_pulled_toward_its_kind_and_a_rare_kind_is_left_out() -> None:
    script = _script()
    samples = {"night": [(0.6, True)] * 3 + [(0.6, False)], "discourse": [(0.65, True)] * 2}
    table = script.calibrate(samples, band=2, prior=2.0, least=3)
    assert "discourse" not in table["kinds"]
    overall = 5 / 6
    kind_rate = (3 + 2 * overall) / (4 + 2)
    assert table["kinds"]["night"]["rates"] == [round((3 + 2 * kind_rate) / (4 + 2), 3)]


@given(st.lists(st.tuples(st.floats(0.0, 1.0), st.booleans()), min_size=1, max_size=60), st.integers(1, 12))
def test_calibrated_rates_rise_with_the_raw_confidence_and_lie_in_the_unit_interval(samples, band) -> None:  # type: ignore[no-untyped-def]
    script = _script()
    entry = script.calibrate({"discourse": samples}, band=band, prior=1.0, least=1)["kinds"]["discourse"]
    assert entry["rates"] == sorted(entry["rates"]) and all(0.0 <= r <= 1.0 for r in entry["rates"])
    assert sum(entry["counts"]) == len(samples)
    table = Calibration.from_dict({"kinds": {"discourse": entry}})
    for raw, _ in samples:
        assert table("discourse", raw) in entry["rates"]
