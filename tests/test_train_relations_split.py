"""The fold split of train/train_relations.py, including the transfer check between TBAQ's halves."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from _scripts import load_script



@pytest.fixture(scope="module")
def script():  # type: ignore[no-untyped-def]
    return load_script("train/train_relations.py", "train_relations_under_test")


def test_documents_go_to_folds_by_index_unless_split_by_half(script) -> None:  # type: ignore[no-untyped-def]
    files = [Path("corpus/AQUAINT/a1.tml"), Path("corpus/AQUAINT/a2.tml"), Path("corpus/TimeBank/w1.tml"), Path("corpus/TimeBank/w2.tml"), Path("corpus/TimeBank/w3.tml")]
    assert [script.fold_of(f, i, 3) for i, f in enumerate(files)] == [0, 1, 2, 0, 1]
    # by half: where the document comes from decides, not its place in the list
    assert [script.fold_of(f, i, 5, "halves") for i, f in enumerate(files)] == [1, 1, 0, 0, 0]
    assert script.fold_of(Path("x/timebank/w9.tml"), 4, 5, "halves") == 0
    with pytest.raises(ValueError):
        script.fold_of(files[0], 0, 5, "by-date")


def test_a_folds_logits_line_up_with_labels_it_never_saw(script) -> None:  # type: ignore[no-untyped-def]
    z = np.array([[2.0, -1.0], [0.5, 0.25]])
    same = script.in_columns(z, ["AFTER", "BEFORE"], ["AFTER", "BEFORE"])
    assert same.tolist() == z.tolist()
    wide = script.in_columns(z, ["BEFORE", "SIMULTANEOUS"], ["AFTER", "BEFORE", "SIMULTANEOUS"])
    assert wide.shape == (2, 3)
    assert wide[:, 1].tolist() == [2.0, 0.5] and wide[:, 2].tolist() == [-1.0, 0.25]
    p = script.softmax(wide)
    assert (p[:, 0] < 1e-9).all()  # the label the fold lacks gets next to nothing
    assert np.allclose(p[:, 1:].sum(axis=1), 1.0)
