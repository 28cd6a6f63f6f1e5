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


_CLOSURE_DOC = """<TimeML><DOCID>ferry</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2031-05-09" functionInDocument="CREATION_TIME">2031-05-09</TIMEX3></DCT>
<TEXT>The ferry <EVENT eid="e1" class="OCCURRENCE">left</EVENT> late, then <EVENT eid="e2" class="OCCURRENCE">docked</EVENT> and a crew member <EVENT eid="e3" class="OCCURRENCE">waved</EVENT>.</TEXT>
<MAKEINSTANCE eiid="ei1" eventID="e1"/><MAKEINSTANCE eiid="ei2" eventID="e2"/><MAKEINSTANCE eiid="ei3" eventID="e3"/>
<TLINK lid="l1" relType="BEFORE" eventInstanceID="ei1" relatedToEventInstance="ei2"/>
<TLINK lid="l2" relType="BEFORE" eventInstanceID="ei2" relatedToTime="t0"/>
</TimeML>"""


def test_closure_labels_add_the_relations_the_gold_graph_entails(script) -> None:  # type: ignore[no-untyped-def]
    from timeline.io.timeml import read_timeml

    doc = read_timeml(_CLOSURE_DOC)
    c = script.Candidate
    cands = [c("dct", "e1", "reference_time", ()), c("dct", "e2", "reference_time", ()), c("dct", "e3", "reference_time", ()),
             c("pair", "e1", "e2", ()), c("pair", "e2", "e1", ()), c("pair", "e1", "e3", ())]
    stated = script.labelled(doc, cands, [])
    closure = script.labelled(doc, cands, [], "closure")
    assert [(x.source, lab) for x, lab in stated["dct"]] == [("e2", "BEFORE")]
    # e1 before e2 before the publication time: e1 before it too, stated nowhere
    assert [(x.source, lab) for x, lab in closure["dct"]] == [("e1", "BEFORE"), ("e2", "BEFORE")]
    assert [(x.source, x.target, lab) for x, lab in closure["tlink"]] == [("e1", "e2", "BEFORE"), ("e2", "e1", "AFTER")]
    # nothing relates the wave to anything: no label, and the linked task says so under both
    assert ("e3", "NONE") in [(x.source, lab) for x, lab in closure["linked_dct"]]
    assert [lab for _, lab in stated["linked_dct"]] == [lab for _, lab in closure["linked_dct"]] == ["LINKED", "LINKED", "NONE"]
    with pytest.raises(ValueError):
        script.labelled(doc, cands, [], "entailed")


def test_a_regularisation_given_for_one_variant_applies_to_that_variant_only(script) -> None:  # type: ignore[no-untyped-def]
    regs = {"tlink": 0.05, "tlink/perceptron": 0.2, "start": 0.2}
    assert script.setting(regs, "tlink", "perceptron", 0.05) == 0.2
    assert script.setting(regs, "tlink", "neural", 0.05) == 0.05  # the task's own value
    assert script.setting(regs, "start", "perceptron", 0.05) == 0.2
    assert script.setting(regs, "dct", "neural", 0.05) == 0.05  # nothing given: the default
