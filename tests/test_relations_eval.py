"""Task C temporal awareness: hand-worked graphs, the reference scorer's conventions, alignment, CLI.

Every expected figure below is worked out by hand in the comment beside it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline import TimeMLError
from timeline.cli import main
from timeline.evaluate.relations import Link, links_of, reduce_links, score_dirs, score_links, score_relations
from timeline.io.timeml import read_timeml


def L(spec: str) -> list[Link]:
    """'a BEFORE b; b BEFORE c' -> links."""
    out = []
    for part in spec.split(";"):
        if part.strip():
            s, r, t = part.split()
            out.append(Link(s, r, t))
    return out


def pr(gold: str, system: str) -> tuple[float, float]:
    """Precision and recall, the same with the reference timegraph and the exact closure."""
    d = score_links(L(gold), L(system))
    e = score_links(L(gold), L(system), closure="exact")
    assert (d.precision, d.recall) == (e.precision, e.recall)
    return d.precision, d.recall


def test_a_chain_verifies_the_implied_link_but_not_the_reverse() -> None:
    # gold a<b<c; system states only a BEFORE c: the gold closure has a_e < b_s < b_e < c_s, so
    # precision 1/1; the system graph knows nothing of b, so neither gold link is verified: 0/2.
    assert pr("a BEFORE b; b BEFORE c", "a BEFORE c") == (1.0, 0.0)


def test_a_redundant_gold_link_leaves_the_reduced_graph() -> None:
    # gold's third link is implied by the first two, so gold counts 2 links; the system states
    # those two: precision 2/2, recall 2/2.
    g = reduce_links(L("a BEFORE b; b BEFORE c; a BEFORE c"))
    assert g.kept == tuple(L("a BEFORE b; b BEFORE c")) and g.redundant == tuple(L("a BEFORE c"))
    assert pr("a BEFORE b; b BEFORE c; a BEFORE c", "a BEFORE b; b BEFORE c") == (1.0, 1.0)


def test_reduction_follows_file_order() -> None:
    # stated first, a BEFORE c is not redundant when the links implying it come later: gold
    # counts 3; the system's two links entail all three (recall 3/3), both verified (2/2).
    g = reduce_links(L("a BEFORE c; a BEFORE b; b BEFORE c"))
    assert len(g.kept) == 3 and not g.redundant
    assert pr("a BEFORE c; a BEFORE b; b BEFORE c", "a BEFORE b; b BEFORE c") == (1.0, 1.0)


def test_a_contradiction_is_not_added_but_still_counted() -> None:
    # system a<b then b<a: the second is violated, stays scored: 2 system links, 1 verified.
    for closure in ("reference", "exact"):
        s = reduce_links(L("a BEFORE b; b BEFORE a"), closure)  # type: ignore[arg-type]
        assert s.violated == tuple(L("b BEFORE a")) and len(s.scored) == 2
        s = reduce_links(L("a IS_INCLUDED b; b SIMULTANEOUS c; c BEFORE a"), closure)  # type: ignore[arg-type]
        assert s.violated == tuple(L("c BEFORE a"))
    assert pr("a BEFORE b", "a BEFORE b; b BEFORE a") == (0.5, 1.0)


def test_interval_relations_compose_through_end_points() -> None:
    # a contains b contains c -> a contains c; c inside a is the same fact from the other side.
    assert pr("a INCLUDES b; b INCLUDES c", "a INCLUDES c; c IS_INCLUDED a") == (1.0, 0.0)
    # a meets b meets c: a_e = b_s < b_e = c_s, so a BEFORE c, but not a IBEFORE c.
    assert pr("a IBEFORE b; b IBEFORE c", "a BEFORE c") == (1.0, 0.0)
    assert pr("a IBEFORE b; b IBEFORE c", "a IBEFORE c") == (0.0, 0.0)
    # a ends b: a_e = b_e and b_s < a_s, so b ENDED_BY a holds and a AFTER b does not.
    assert pr("a ENDS b", "b ENDED_BY a") == (1.0, 1.0)
    assert pr("a ENDS b", "a AFTER b") == (0.0, 0.0)


def test_during_is_read_as_simultaneous() -> None:
    assert pr("a DURING b", "a SIMULTANEOUS b") == (1.0, 1.0)
    assert pr("a DURING b; b BEFORE c", "a BEFORE c") == (1.0, 0.0)


def test_begins_is_verified_only_verbatim_as_in_the_reference_scorer() -> None:
    # x = a and a BEGINS b entail x BEGINS b (x_s = b_s, x_e < b_e), but the reference scorer
    # never verifies BEGINS through the closure: precision 0.  Its inverse, b BEGUN_BY x, is
    # checked through the closure: precision 1.  Stated verbatim (or inverted), BEGINS counts.
    gold = "x SIMULTANEOUS a; a BEGINS b"
    for closure in ("reference", "exact"):
        assert score_links(L(gold), L("x BEGINS b"), closure=closure).precision == 0.0
        assert score_links(L(gold), L("b BEGUN_BY x"), closure=closure).precision == 1.0
        assert score_links(L(gold), L("a BEGINS b; b BEGUN_BY a"), closure=closure).precision == 1.0


def test_begins_between_known_intervals_is_a_violation() -> None:
    for closure in ("reference", "exact"):
        g = reduce_links(L("a BEFORE c; b BEFORE c; a BEGINS b"), closure)  # type: ignore[arg-type]
        assert g.violated == tuple(L("a BEGINS b"))


def test_unknown_relation_and_self_links_are_violations() -> None:
    g = reduce_links(L("a DURING_INV b; a BEFORE a; a SIMULTANEOUS a; a BEFORE b"), "exact")
    assert g.violated == tuple(L("a DURING_INV b; a BEFORE a")) and g.redundant == tuple(L("a SIMULTANEOUS a"))
    assert g.kept == tuple(L("a BEFORE b"))
    # The reference timegraph gives two new intervals of an unknown relation one shared
    # pseudo-time for all four end points, so a BEFORE b then contradicts a_e = b_s.
    ref = reduce_links(L("a DURING_INV b; a BEFORE b"))
    assert ref.violated == tuple(L("a DURING_INV b; a BEFORE b"))


def test_duplicate_links_count_once() -> None:
    assert len(reduce_links(L("a BEFORE b; a BEFORE b")).scored) == 1


def test_links_on_entities_the_other_side_lacks_are_not_verified() -> None:
    assert pr("a BEFORE b", "a BEFORE z") == (0.0, 0.0)


DOC = """<TimeML><DOCID>{doc}</DOCID>
<DCT><TIMEX3 tid="{dct}" type="DATE" value="2026-02-02" functionInDocument="CREATION_TIME">2026-02-02</TIMEX3></DCT>
<TEXT>{text}</TEXT>
{rest}
</TimeML>"""

GOLD = DOC.format(
    doc="bridge", dct="t0",
    text='The bridge <EVENT eid="e1" class="OCCURRENCE">fell</EVENT> and two people <EVENT eid="e2" class="OCCURRENCE">died</EVENT> on <TIMEX3 tid="t1" type="DATE" value="2026-02-01">Sunday</TIMEX3>.',
    rest='<MAKEINSTANCE eiid="ei1" eventID="e1"/><MAKEINSTANCE eiid="ei2" eventID="e2"/>'
         '<TLINK lid="l1" relType="BEFORE" eventInstanceID="ei1" relatedToEventInstance="ei2"/>'
         '<TLINK lid="l2" relType="IS_INCLUDED" eventInstanceID="ei2" relatedToTime="t1"/>'
         '<TLINK lid="l3" relType="BEFORE" timeID="t1" relatedToTime="t0"/>',
)


def test_links_of_reads_source_target_and_reltype() -> None:
    assert links_of(read_timeml(GOLD)) == tuple(L("ei1 BEFORE ei2; ei2 IS_INCLUDED t1; t1 BEFORE t0"))


def test_end_to_end_aligns_system_entities_by_extent() -> None:
    # The system tagged "bridge fell" (overlaps gold "fell"), "died" and "Sunday" under its own
    # ids and its own DCT id.  Its link fell-BEFORE-Sunday maps to ei1 BEFORE t1... not entailed by
    # gold (ei1 < ei2 inside t1 says nothing of ei1 vs t1); died-BEFORE-DCT maps to ei2 BEFORE t0:
    # ei2 inside t1, t1 before t0 -> entailed.  Its "people" event matches no gold event.
    system = DOC.format(
        doc="bridge", dct="d9",
        text='The <EVENT eid="x7" class="OCCURRENCE">bridge fell</EVENT> and two <EVENT eid="x8" class="OCCURRENCE">people</EVENT> <EVENT eid="x9" class="OCCURRENCE">died</EVENT> on <TIMEX3 tid="s4" type="DATE" value="2026-02-01">Sunday</TIMEX3>.',
        rest='<MAKEINSTANCE eiid="xi7" eventID="x7"/><MAKEINSTANCE eiid="xi8" eventID="x8"/><MAKEINSTANCE eiid="xi9" eventID="x9"/>'
             '<TLINK lid="l1" relType="BEFORE" eventInstanceID="xi7" relatedToTime="s4"/>'
             '<TLINK lid="l2" relType="BEFORE" eventInstanceID="xi9" relatedToTime="d9"/>'
             '<TLINK lid="l3" relType="BEFORE" eventInstanceID="xi8" relatedToEventInstance="xi9"/>',
    )
    gold_doc, system_doc = read_timeml(GOLD), read_timeml(system)
    end = score_relations([gold_doc], [system_doc], mode="end-to-end")
    # precision: 1 of 3 system links verified; recall: the system graph (ei1<t1, ei2<t0, x8<ei2)
    # verifies none of ei1<ei2, ei2 in t1, t1<t0.
    assert (end.precision, end.recall) == (pytest.approx(1 / 3), 0.0)
    given = score_relations([gold_doc], [system_doc], mode="gold-entities")
    assert (given.precision, given.recall) == (0.0, 0.0)  # its ids are not the gold ones


def test_scores_are_micro_averaged_over_documents() -> None:
    # document 1: 1 of 1 system links right; document 2: 0 of 3 -> precision 1/4, not (1 + 0) / 2.
    g1 = read_timeml(GOLD.replace("bridge", "one"))
    g2 = read_timeml(GOLD.replace("bridge", "two"))
    s1 = read_timeml(GOLD.replace("bridge", "one").replace('<TLINK lid="l2"', '<X lid="l2"').replace('<TLINK lid="l3"', '<X lid="l3"'))
    s2 = read_timeml(GOLD.replace("bridge", "two").replace('relType="BEFORE"', 'relType="AFTER"').replace('relType="IS_INCLUDED"', 'relType="INCLUDES"'))
    r = score_relations([g1, g2], [s1, s2])
    assert [(d.precision_matched, d.system_links) for d in r.documents] == [(1, 1), (0, 3)]
    assert r.precision == pytest.approx(0.25)
    # recall: document 1 verifies 1 of 3 gold links, document 2 none: 1/6.
    assert r.recall == pytest.approx(1 / 6) and r.f1 == pytest.approx(2 * 0.25 * (1 / 6) / (0.25 + 1 / 6))


def test_score_relations_rejects_an_unknown_mode() -> None:
    with pytest.raises(ValueError, match="mode"):
        score_relations([], [], mode="task-d")  # type: ignore[arg-type]


def _corpus(tmp_path: Path) -> tuple[Path, Path]:
    gold, system = tmp_path / "gold", tmp_path / "system"
    gold.mkdir()
    system.mkdir()
    (gold / "a.tml").write_text(GOLD, encoding="utf-8")
    (gold / "b.tml").write_text(GOLD.replace("bridge", "b"), encoding="utf-8")
    (gold / "c.tml").write_text(GOLD.replace("bridge", "c"), encoding="utf-8")
    (system / "a.tml").write_text(GOLD, encoding="utf-8")
    (system / "b.tml").write_text("this is not TimeML", encoding="utf-8")
    return gold, system


def test_score_dirs_reports_bad_and_missing_files_and_scores_the_rest(tmp_path: Path) -> None:
    gold, system = _corpus(tmp_path)
    r = score_dirs(gold, system)
    # a: 3 of 3 both ways; b unreadable and c missing: no system links, 3 gold links each.
    assert (r.precision, r.recall) == (1.0, pytest.approx(3 / 9))
    assert len(r.problems) == 2 and any("b.tml" in p for p in r.problems) and any("c.tml" in p for p in r.problems)
    with pytest.raises(TimeMLError, match="not found"):
        score_dirs(gold, tmp_path / "nowhere")


def test_cli_eval_relations(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    gold, system = _corpus(tmp_path)
    code = main(["eval", str(gold), "--system", str(system), "--relations"])
    out, err = capsys.readouterr()
    assert code == 3 and "b.tml" in err  # one unreadable file: reported, the rest scored
    # P 100.00, R 33.33, F1 = 2 * 1 * (1/3) / (4/3) = 50.00
    assert "100.00   33.33   50.00" in out
    assert main(["eval", str(gold), "--system", str(tmp_path / "nowhere"), "--relations"]) == 2
    assert "nowhere" in capsys.readouterr().err
    (system / "b.tml").write_text(GOLD.replace("bridge", "b"), encoding="utf-8")
    assert main(["eval", str(gold), "--system", str(system), "--relations", "--task", "ABC", "--format", "json"]) == 0
    assert '"recall": 0.6666666666666666' in capsys.readouterr().out  # 6 of 9 gold links


def test_reference_timegraph_equates_intervals_placed_inside_equal_times() -> None:
    # t2 = t3 start a fresh chain (starts at pseudo-time 100000, ends at 101000).  a inside t3
    # is placed at 100000 + 1000//3 and 100000 + 2000//3; b inside t2 takes the same slots,
    # since t2's start still lists t2's end as its child.  So the reference graph "knows"
    # a SIMULTANEOUS b; the exact closure does not.
    gold = "t2 IDENTITY t3; a IS_INCLUDED t3; b IS_INCLUDED t2"
    assert score_links(L(gold), L("a SIMULTANEOUS b")).precision == 1.0
    assert score_links(L(gold), L("a SIMULTANEOUS b"), closure="exact").precision == 0.0
    assert score_links(L(gold), L("a IS_INCLUDED t2"), closure="exact").precision == 1.0


def test_reference_timegraph_start_of_an_interval_put_before_a_chain_head() -> None:
    # e1 < e2 fresh (100000..103000); e3 before e1 gets end 99000 and start -1000 (the start is
    # set before the end's pseudo-time); e4 before e3 gets end -2000 and start -1000 again, so
    # e4 starts "with" e3: e3 BEGUN_BY e4 is verified by the reference graph, not by the exact
    # closure.  e3 AFTER e4 (-2000 < -1000) holds in both.
    gold = "e1 BEFORE e2; e3 BEFORE e1; e4 BEFORE e3"
    assert score_links(L(gold), L("e3 BEGUN_BY e4")).precision == 1.0
    assert score_links(L(gold), L("e3 BEGUN_BY e4"), closure="exact").precision == 0.0
    assert score_links(L(gold), L("e3 AFTER e4; e4 BEFORE e1")).precision == 1.0
    assert score_links(L(gold), L("e3 AFTER e4; e4 BEFORE e1"), closure="exact").precision == 1.0


def test_reference_timegraph_runs_out_of_pseudo_times_inside_nested_intervals() -> None:
    # e1 inside t is fresh: e1 spans pseudo-times 1000..2000 (above the base).  Each next
    # interval inside the previous one takes the thirds of its gap (integer division):
    # e2 1333..1666, e3 1444..1555, e4 1481..1518, e5 1493..1505, e6 1497..1501,
    # e7 1498..1499, e8 1498..1498.  So e8 starts "with" e7 and e7 BEGUN_BY e8 is verified;
    # e6 BEGUN_BY e7 is not (1497 < 1498).  The exact closure verifies neither.
    gold = "e1 IS_INCLUDED t; " + "; ".join(f"e{k + 1} IS_INCLUDED e{k}" for k in range(1, 8))
    assert score_links(L(gold), L("e7 BEGUN_BY e8")).precision == 1.0
    assert score_links(L(gold), L("e6 BEGUN_BY e7")).precision == 0.0
    assert score_links(L(gold), L("e7 BEGUN_BY e8"), closure="exact").precision == 0.0
    assert score_links(L(gold), L("e8 IS_INCLUDED t; e2 INCLUDES e7"), closure="exact").precision == 1.0


def test_an_unknown_closure_is_refused() -> None:
    with pytest.raises(ValueError, match="closure"):
        reduce_links([], "approximate")  # type: ignore[arg-type]


def _holds(rel: str, x: tuple[int, int], y: tuple[int, int]) -> bool:
    """Does TimeML relation ``rel`` hold between integer intervals x and y?"""
    (xs, xe), (ys, ye) = x, y
    return {
        "BEFORE": xe < ys, "AFTER": ye < xs, "IBEFORE": xe == ys, "IAFTER": ye == xs,
        "BEGINS": xs == ys and xe < ye, "BEGUN_BY": xs == ys and ye < xe, "ENDS": xe == ye and ys < xs,
        "ENDED_BY": xe == ye and xs < ys, "INCLUDES": xs < ys and ye < xe, "IS_INCLUDED": ys < xs and xe < ye,
        "SIMULTANEOUS": xs == ys and xe == ye, "IDENTITY": xs == ys and xe == ye,
    }[rel]


_ALL = ("BEFORE", "AFTER", "IBEFORE", "IAFTER", "BEGINS", "BEGUN_BY", "ENDS", "ENDED_BY", "INCLUDES", "IS_INCLUDED", "SIMULTANEOUS", "IDENTITY")


@settings(deadline=None, max_examples=150)
@given(st.lists(st.tuples(st.integers(0, 6), st.integers(1, 4)), min_size=2, max_size=6), st.data())
def test_exact_closure_is_sound_on_true_intervals(spans: list[tuple[int, int]], data: st.DataObject) -> None:
    """Links true of some intervals are never violated (BEGINS between known intervals aside)
    and everything the exact closure then entails is true of those intervals."""
    iv = {f"i{k}": (s, s + n) for k, (s, n) in enumerate(spans)}
    names = sorted(iv)
    pairs = data.draw(st.lists(st.tuples(st.sampled_from(names), st.sampled_from(names)), max_size=10))
    links = [Link(a, rel, b) for a, b in pairs if a != b for rel in _ALL[:11] if _holds(rel, iv[a], iv[b])][:12]
    g = reduce_links(links, "exact")
    assert all(link.relation == "BEGINS" for link in g.violated)
    for a in names:
        for b in names:
            for rel in _ALL:
                if a != b and g.graph.entails(Link(a, rel, b)):
                    assert _holds(rel, iv[a], iv[b]), (a, rel, b)
