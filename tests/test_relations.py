"""The learned relation models: what they cover, what they say on plain cases, bad input."""

from __future__ import annotations

import random

import numpy as np
import pytest

from timeline.events.detect import detect_events, detect_events_with_states
from timeline.events.tokens import sentences, tokenize
from timeline.model import Timex, TimexType
from timeline.relations import RELATIONS, START_ORDERS, PredictedRelation, predict_relations
from timeline.relations.cues import date_order, sentence_dates
from timeline.relations.features import Layout, candidates, grain_of_value

MODELS = ("neural", "perceptron")


def _event(events, word):
    """The detected event whose text is ``word``."""
    (e,) = [e for e in events if e.text == word]
    return e


def _start(rels, a, b):
    """The start order of event ``a`` relative to ``b`` (whichever way the pair was emitted)."""
    flip = {"BEFORE": "AFTER", "AFTER": "BEFORE", "EQUAL": "EQUAL", "VAGUE": "VAGUE"}
    for r in rels:
        if r.kind == "event-event" and (r.source, r.target) == (a.eid, b.eid):
            return r.start_order
        if r.kind == "event-event" and (r.source, r.target) == (b.eid, a.eid):
            return flip[r.start_order]
    raise AssertionError(f"no pair {a.text}/{b.text}")


def _dct(rels, e):
    (r,) = [r for r in rels if r.kind == "event-dct" and r.source == e.eid]
    return r.relation


@pytest.mark.parametrize("model", MODELS)
def test_after_clause_orders_starts(model):
    text = "The company said profits rose after the merger was completed."
    events, states = detect_events_with_states(text, event_model=model)
    rels = predict_relations(text, events, (), hidden=states, model=model)
    assert _start(rels, _event(events, "completed"), _event(events, "rose")) == "BEFORE"


@pytest.mark.parametrize("model", MODELS)
def test_before_clause_orders_starts(model):
    text = "Officials evacuated the town before the river flooded the valley."
    events = detect_events(text, event_model=model)
    rels = predict_relations(text, events, (), model=model)
    assert _start(rels, _event(events, "evacuated"), _event(events, "flooded")) == "BEFORE"


@pytest.mark.parametrize("model", MODELS)
def test_past_and_future_events_against_publication_time(model):
    text = "The storm destroyed the old bridge. The minister will visit the region next month."
    events = detect_events(text, event_model=model)
    rels = predict_relations(text, events, (), model=model)
    assert _dct(rels, _event(events, "destroyed")) == "BEFORE"
    assert _dct(rels, _event(events, "visit")) == "AFTER"


def _timex(text, phrase, tid, kind=TimexType.DATE, value="2026-02-01"):
    start = text.index(phrase)
    return Timex(tid, phrase, start, start + len(phrase), kind, value)


_TEXT = (
    "Rescue teams searched the rubble on Sunday after the building collapsed. "
    "They found two survivors, the mayor said. "
    "Repairs will begin in March, and inspections happen every week. "
    "Nobody expects the work to finish soon."
)


def _setting():
    timexes = (
        _timex(_TEXT, "Sunday", "t1"),
        _timex(_TEXT, "March", "t2", value="2026-03"),
        _timex(_TEXT, "every week", "t3", TimexType.SET, "P1W"),
    )
    return detect_events(_TEXT), timexes


@pytest.mark.parametrize("model", MODELS)
def test_coverage_and_locality(model):
    events, timexes = _setting()
    assert len(events) >= 6
    rels = predict_relations(_TEXT, events, timexes, model=model)
    layout = Layout.of(_TEXT)
    sentence = {e.eid: layout.locate(e.start, e.end)[0] for e in events}
    sentence.update({t.tid: layout.locate(t.start, t.end)[0] for t in timexes})
    # every event exactly once with the publication time
    assert sorted(r.source for r in rels if r.kind == "event-dct") == sorted(e.eid for e in events)
    assert all(r.target == "reference_time" for r in rels if r.kind == "event-dct")
    # event-timex: exactly the same-sentence pairs, never with a SET
    et = {(r.source, r.target) for r in rels if r.kind == "event-timex"}
    expected = {(e.eid, t.tid) for e in events for t in timexes if t.type is not TimexType.SET and sentence[e.eid] == sentence[t.tid]}
    assert et == expected and expected
    # event-event: exactly the pairs in one sentence or adjacent ones, earlier mention as source
    ee = {(r.source, r.target) for r in rels if r.kind == "event-event"}
    by_id = {e.eid: e for e in events}
    assert all(by_id[a].start < by_id[b].start for a, b in ee)
    want = {(a.eid, b.eid) for a in events for b in events if a.start < b.start and sentence[b.eid] - sentence[a.eid] <= 1}
    assert ee == want
    assert any(sentence[b] - sentence[a] == 1 for a, b in ee)
    for r in rels:
        assert 0.0 <= r.confidence <= 1.0
        assert r.relation in RELATIONS
        if r.kind == "event-event":
            assert r.start_order in START_ORDERS and 0.0 <= r.start_confidence <= 1.0
        else:
            assert r.start_order is None


@pytest.mark.parametrize("model", MODELS)
def test_independent_of_event_order(model):
    events, timexes = _setting()
    rels = predict_relations(_TEXT, events, timexes, model=model)
    shuffled = list(events)
    random.Random(4).shuffle(shuffled)
    assert shuffled != list(events)
    again = predict_relations(_TEXT, shuffled, tuple(reversed(timexes)), model=model)
    key = lambda r: (r.kind, r.source, r.target)  # noqa: E731
    assert sorted(again, key=key) == sorted(rels, key=key)


def test_pairs_grow_linearly():
    sentence = "The mayor said the council approved the plan after workers repaired the road. "
    for n in (5, 20):
        text = sentence * n
        events = detect_events(text, event_model="perceptron")
        rels = predict_relations(text, events, (), model="perceptron")
        per_sentence = len(events) // n
        assert len(rels) <= len(events) + len(events) * 2 * per_sentence


def test_states_are_reused_and_match_a_fresh_run():
    text = "The storm hit the coast on Monday. Thousands fled as the water rose."
    events, states = detect_events_with_states(text)
    assert events == detect_events(text)
    spans = sentences(text)
    assert len(states) == len(spans)
    for (s, e), h in zip(spans, states):
        assert h.shape == (len(tokenize(text, s, e)), 384)
        assert np.abs(h).sum(axis=1).min() > 0
    given = predict_relations(text, events, (), hidden=states)
    computed = predict_relations(text, events, ())
    assert given == computed
    assert detect_events_with_states(text, event_model="perceptron")[1] is None


def test_states_change_the_neural_answer_only():
    text = "The storm hit the coast on Monday. Thousands fled as the water rose."
    events, states = detect_events_with_states(text)
    noisy = [np.random.default_rng(0).normal(size=h.shape).astype(np.float32) * 3 for h in states]
    neural = predict_relations(text, events, (), hidden=states)
    garbled = predict_relations(text, events, (), hidden=noisy)
    assert [r.confidence for r in neural] != [r.confidence for r in garbled]
    assert predict_relations(text, events, (), hidden=noisy, model="perceptron") == predict_relations(text, events, (), model="perceptron")


def test_bad_input():
    text = "The storm hit the coast. Thousands fled."
    events, states = detect_events_with_states(text)
    with pytest.raises(ValueError, match="model"):
        predict_relations(text, events, (), model="bert")
    with pytest.raises(ValueError, match="sentences"):
        predict_relations(text, events, (), hidden=states[:1])
    with pytest.raises(ValueError, match=r"hidden\[1\]"):
        predict_relations(text, events, (), hidden=[states[0], states[1][:1]])
    with pytest.raises(ValueError, match="duplicate"):
        predict_relations(text, (events[0], events[0]), ())
    assert predict_relations(text, (), ()) == []
    assert predict_relations("", (), ()) == []


def test_result_is_frozen():
    r = PredictedRelation("e1", "reference_time", "BEFORE", 0.9, "event-dct")
    with pytest.raises(AttributeError):
        r.relation = "AFTER"  # type: ignore[misc]


@pytest.mark.parametrize(
    "value, grain",
    [("2026-02-01", "day"), ("2026-02", "month"), ("2026", "year"), ("2026-W05", "week"), ("P3D", "duration"),
     ("PAST_REF", "past_ref"), ("2026-02-01T15:40", "time"), ("2026-Q1", "season"), ("199X", "decade")],
)
def test_grain_of_value(value, grain):
    assert grain_of_value(value) == grain


@pytest.mark.parametrize("model", MODELS)
def test_scoring_in_chunks_gives_the_same_relations(model, monkeypatch):
    """A long text's candidates are scored a chunk at a time; chunk edges change nothing."""
    import timeline.relations as relations

    events, timexes = _setting()
    whole = predict_relations(_TEXT, events, timexes, model=model)
    monkeypatch.setattr(relations, "_CHUNK", 3)
    chunked = predict_relations(_TEXT, events, timexes, model=model)
    assert len(whole) > 3 * 2
    # the same labels; the probabilities may differ in the last bit (a matrix product of
    # another shape sums in another order)
    assert [(r.source, r.target, r.kind, r.relation, r.start_order) for r in chunked] == [
        (r.source, r.target, r.kind, r.relation, r.start_order) for r in whole]
    assert all(abs(a.confidence - b.confidence) < 1e-9 and abs(a.start_confidence - b.start_confidence) < 1e-9 for a, b in zip(chunked, whole))


def test_linked_probabilities_only_when_asked():
    text = "The mayor said on Monday that the bridge collapsed. Engineers will inspect it next week."
    events = detect_events(text, event_model="perceptron")
    monday = text.index("Monday")
    timexes = (Timex("t1", "Monday", monday, monday + 6, TimexType.DATE, "2026-01-26"),)
    plain = predict_relations(text, events, timexes, model="perceptron")
    linked = predict_relations(text, events, timexes, model="perceptron", linked=True)
    assert all(r.linked is None for r in plain)
    assert [(r.source, r.target, r.relation, r.confidence) for r in plain] == [(r.source, r.target, r.relation, r.confidence) for r in linked]
    assert {r.kind for r in linked} == {"event-dct", "event-timex", "event-event"}
    assert all(r.linked is not None and 0.0 < r.linked < 1.0 for r in linked)
    assert len({round(r.linked, 6) for r in linked}) > 1  # read from the pair's features, not a constant


@pytest.mark.parametrize(
    "xs, ys, order",
    [
        (("2021-03",), ("2021-03-09",), "overlap"),
        (("2020",), ("2021-03-09",), "earlier"),
        (("2021-03-01",), ("2021-02-28",), "later"),
        (("2021-03-01",), ("2021-02-28", "2021-04"), "mixed"),
        (("2021",), (), "a_only"),
        ((), ("2021",), "b_only"),
        ((), (), "none"),
    ],
)
def test_date_order(xs, ys, order):
    assert date_order(xs, ys) == order


def test_sentence_dates_keep_the_calendar_part_of_dated_values():
    values = ["2021-03-09T14:00", "PRESENT_REF", "P3D", "2021-W10", "2019", "XXXX-03", "2021-Q1"]
    assert sentence_dates(values, [0, 0, 1, 2, 2, 3, 4]) == {0: ("2021-03-09",), 2: ("2021", "2019")}


def test_pair_features_say_how_the_sentences_dates_lie():
    text = "The bridge opened on 3 May 2021. It closed on 9 June 2021."
    events = detect_events(text)
    opened, closed = _event(events, "opened"), _event(events, "closed")
    timexes = [Timex("t1", "3 May 2021", 21, 31, TimexType.DATE, "2021-05-03"), Timex("t2", "9 June 2021", 46, 57, TimexType.DATE, "2021-06-09")]
    assert [text[t.start : t.end] for t in timexes] == ["3 May 2021", "9 June 2021"]
    (pair,) = [c for c in candidates(text, events, timexes) if (c.source, c.target) == (opened.eid, closed.eid)]
    assert "c_dates=earlier/False" in pair.sparse
    (undated,) = [c for c in candidates(text, events, timexes[:1]) if (c.source, c.target) == (opened.eid, closed.eid)]
    assert "c_dates=a_only/False" in undated.sparse


@pytest.mark.parametrize("variant", MODELS)
def test_rows_in_shared_parts_score_as_the_feature_strings(variant):
    """Inference scores candidates from shared pieces (an event's own features looked up once per
    text); training reads :func:`candidates`' strings.  Both give each candidate the same
    features in the same order, and the same probabilities to the last bit."""
    from timeline.relations.classifier import load_classifiers
    from timeline.relations.features import candidate_rows

    events, timexes = _setting()
    hidden = detect_events_with_states(_TEXT)[1] if variant == "neural" else None
    rows = candidate_rows(_TEXT, events, timexes, hidden)
    cands = candidates(_TEXT, events, timexes, hidden)
    assert len(rows.rows) == len(cands) > 10
    for (kind, source, target, shared, own, _), c in zip(rows.rows, cands):
        assert (kind, source, target) == (c.kind, c.source, c.target)
        assert [f for k in shared for f in rows.parts[k]] + list(own) == list(c.sparse)
    for kind in ("dct", "timex", "pair"):
        specs = [r[5] for r in rows.rows if r[0] == kind]
        if variant == "perceptron":
            assert rows.dense_of(specs) is None
        else:  # one array made block by block: the vectors of the candidates, stacked
            assert rows.dense_of(specs).tobytes() == np.stack([c.dense for c in cands if c.kind == kind]).tobytes()
            width = hidden[0].shape[1] * (1 if kind == "dct" else 3)  # a pair's: both sides and their product
            assert all(c.dense.shape == (width,) for c in cands if c.kind == kind)
    models = load_classifiers()
    for kind, tasks in (("dct", ("dct", "linked_dct")), ("timex", ("timex", "linked_timex")), ("pair", ("tlink", "start", "linked_pair"))):
        picked = [(r, c) for r, c in zip(rows.rows, cands) if c.kind == kind]
        assert picked
        for task in tasks:
            clf = models.get((task, variant)) or models[(task, "perceptron")]
            dense = [c.dense for _, c in picked] if clf.uses_dense else None
            expected = clf.probabilities([c.sparse for _, c in picked], dense)
            got = clf.probabilities_of_rows(clf.part_columns(), [(r[3], r[4]) for r, _ in picked], rows.parts,
                                            rows.dense_of([r[5] for r, _ in picked]) if clf.uses_dense else None)
            assert got.tobytes() == expected.tobytes(), (kind, task)


def test_pair_and_time_features_follow_each_candidate_s_own_words():
    """Runs of features shared between candidates (looked up once per text) still say what lies
    between each candidate's own two mentions: commas, "that", how many words and events, the
    two events' attributes, the time's side."""
    from timeline.relations.features import _bucket

    text = ("The council said that the bridge closed, and engineers inspected it on Monday. "
            "Workers repaired the road, officials reported, and traffic returned on Friday. "
            "Residents complained that the work dragged on while shops closed. "
            "On Tuesday the board met. On Wednesday, officials met.")  # alike but for the comma
    timexes = (_timex(text, "Monday", "t1", value="2026-02-02"), _timex(text, "Friday", "t2", value="2026-02-06"),
               _timex(text, "Tuesday", "t3", value="2026-02-03"), _timex(text, "Wednesday", "t4", value="2026-02-04"))
    events = detect_events(text)
    layout = Layout.of(text)
    where = {e.eid: layout.locate(e.start, e.end) for e in events}
    where.update({t.tid: layout.locate(t.start, t.end) for t in timexes})
    by_id = {e.eid: e for e in events}
    ordered = sorted(events, key=lambda e: e.start)
    seen_pairs = seen_timex = 0
    for c in candidates(text, events, timexes):
        feats = set(c.sparse)
        if c.kind == "dct":
            continue
        (sa, fa, la), (sb, fb, lb) = where[c.source], where[c.target]
        if c.kind == "timex" and fb < fa:
            (sa, fa, la), (sb, fb, lb) = (sb, fb, lb), (sa, fa, la)
        if sa == sb:
            between = layout.lower[sa][la + 1 : fb]
        else:
            between = layout.lower[sa][la + 1 :] + ["<br>"] + layout.lower[sb][:fb]
        assert f"comma_between={',' in between}" in feats, c
        assert f"dist={_bucket(len(between))}" in feats
        e = by_id[c.source]
        if c.kind == "pair":
            seen_pairs += 1
            b = by_id[c.target]
            assert f"that_between={'that' in between}" in feats
            assert f"same_sentence={sa == sb}" in feats
            assert f"cls_pair={e.cls}/{b.cls}" in feats and f"tense_pair={e.tense}/{b.tense}" in feats
            assert f"aspect_pair={e.aspect}/{b.aspect}" in feats and f"pos_pair={e.pos}/{b.pos}" in feats
            n_between = ordered.index(b) - ordered.index(e) - 1
            assert f"adjacent_events={n_between == 0}" in feats
        else:
            seen_timex += 1
            t = next(t for t in timexes if t.tid == c.target)
            assert f"event_first={e.start < t.start}" in feats
            assert f"type_tense={t.type}/{e.tense}" in feats
            assert sum(f.startswith("prep_cls=") and f.endswith(f"/{e.cls}") for f in feats) == 1
    assert seen_pairs > 10 and seen_timex >= 4


def test_word_lookups_keep_no_state_between_calls():
    """The lemma and part-of-speech look-ups the detector and the relation features make are
    memoised per text (``lexical_memo``), not in a module-level cache that outlives the call."""
    from timeline.events import detect
    from timeline.events.features import lexical, lexical_memo

    for function in (lexical, detect._is_past_form):
        assert not hasattr(function, "cache_info"), function
    first, second = lexical_memo(), lexical_memo()
    assert first("said") == second("said") == lexical("said")
    assert first("said") is first("said")  # the same text asks once
    assert detect._past_form_memo()("swept") and not detect._past_form_memo()("sweep")


def test_a_text_s_word_look_ups_answer_as_lemminflect_does():
    """``lexical_memo`` reads lemminflect's tables directly: for every word it says what
    :func:`lexical` (``getAllLemmas``) says, parts of speech and lemma."""
    from pathlib import Path

    from timeline.events.features import lexical, lexical_memo

    text = (Path(__file__).resolve().parents[1] / "examples" / "storm-weekend.txt").read_text(encoding="utf-8")
    words = {t.lower() for t in tokenize_words(text)}
    words |= {"", "<s>", "</s>", "'s", "n't", "1998", "said", "was", "were", "had", "leaves", "left", "better", "best", "geese",
              "ran", "running", "axes", "saw", "lying", "data", "news", "u.s.", "mr.", "ß", "naïve", "rebuilt", "overrode"}
    from lemminflect import Lemmatizer

    words |= set(Lemmatizer()._getOverridesDict())  # the words whose entries lemminflect overrides
    memo = lexical_memo()
    assert len(words) > 250
    assert {w: memo(w) for w in words} == {w: lexical(w) for w in words}


def tokenize_words(text):
    return [t.text for t in tokenize(text)]


def _linear(weights, bias, names):
    """A one-layer model over features ``names`` (one row of ``weights`` each)."""
    from timeline.relations.classifier import Classifier

    return Classifier(("A", "B", "C"), {f: i for i, f in enumerate(names)}, None, None, None,
                      ((np.asarray(weights, dtype=np.float64), np.asarray(bias, dtype=np.float64)),))


def _rows_and_strings(rng, names, n_rows):
    """Random rows in shared parts, with features repeated within a part, across parts and in a
    row's own list, and unknown ones; and each row's feature strings in order."""
    parts = [[rng.choice(names) for _ in range(rng.randint(0, 6))] + (["unknown=1"] if rng.random() < 0.3 else []) for _ in range(40)]
    rows, strings = [], []
    for _ in range(n_rows):
        shared = tuple(rng.randrange(len(parts)) for _ in range(3))
        own = [rng.choice(names + ["unknown=2"]) for _ in range(rng.randint(0, 4))]
        rows.append((shared, own))
        strings.append([f for k in shared for f in parts[k]] + own)
    return parts, rows, strings


@pytest.mark.parametrize("float32", [True, False])
def test_rows_score_to_the_bit_whatever_repeats(float32):
    """Scoring rows from their parts' sums (the shipped float32 weights add up exactly) gives the
    floats of the feature strings' set-ordered sums, with features repeated anywhere (counted
    once) and unknown ones; weights with more bits than a float32 take the general path."""
    rng = random.Random(7)
    names = [f"{n}={v}" for n in ("a", "b", "c", "d", "bw") for v in range(6)]
    weights = np.random.default_rng(3).normal(size=(len(names), 3))
    bias = np.array([0.25, -1.5, 0.75])
    if float32:
        weights = weights.astype(np.float32).astype(np.float64)
    clf = _linear(weights, bias, names)
    assert (clf._exact_sums() is not None) == float32
    parts, rows, strings = _rows_and_strings(rng, names, 400)
    expected = clf.probabilities(strings)
    got = clf.probabilities_of_rows(clf.part_columns(), rows, parts)
    assert got.tobytes() == expected.tobytes()
    mapper = clf.part_columns()  # again, the parts' sums known from the first half
    halves = [clf.probabilities_of_rows(mapper, rows[:200], parts), clf.probabilities_of_rows(mapper, rows[200:], parts)]
    assert np.concatenate(halves).tobytes() == expected.tobytes()


def test_sums_that_could_round_keep_the_set_order():
    """A weight far below the others could be lost or kept depending on the order of the sum:
    such a model is summed in the set's order."""
    tiny = 2.0**-53
    clf = _linear([[1.0, 0, 0], [tiny, 0, 0], [tiny, 0, 0]], [0.0, 0.0, 0.0], ["x=1", "y=1", "z=1"])
    parts = [["x=1"], ["y=1", "z=1"]]
    expected = clf.probabilities([["x=1", "y=1", "z=1"]])
    assert clf.probabilities_of_rows(clf.part_columns(), [((0, 1), [])], parts).tobytes() == expected.tobytes()


def test_shipped_linear_models_sum_exactly():
    """The shipped one-layer models qualify for scoring from their parts' sums."""
    from timeline.relations.classifier import load_classifiers

    models = load_classifiers()
    assert all(models[(task, "perceptron")]._exact_sums() is not None for task in ("dct", "timex", "tlink", "start"))


def test_time_rows_count_words_and_events_between_whole_spans():
    """A time expression of several words is a span: the words and events between it and an
    event are counted from its last word (time first) or up to its first (event first), and
    neither mention counts itself; the first events of two consecutive sentences say so."""
    from timeline.relations.features import _bucket

    text = ("Last Monday morning the council met and voted, then it adjourned. "
            "Engineers inspected the bridge and workers repaired it before the end of March.")
    timexes = (_timex(text, "Last Monday morning", "t1", kind=TimexType.TIME, value="2026-02-02TMO"),
               _timex(text, "the end of March", "t2", value="2026-03"))
    events = detect_events(text)
    layout = Layout.of(text)
    where = {x.eid: layout.locate(x.start, x.end) for x in events}
    where.update({t.tid: layout.locate(t.start, t.end) for t in timexes})
    by_id = {e.eid: e for e in events}
    firsts = {min((e for e in events if where[e.eid][0] == n), key=lambda e: e.start).eid for n in (0, 1)}
    seen = 0
    for c in candidates(text, events, timexes):
        feats = set(c.sparse)
        if c.kind == "timex":
            (s, ef, el), (_, tf, tl) = where[c.source], where[c.target]
            lo, hi = (el, tf) if by_id[c.source].start < timexes[0 if c.target == "t1" else 1].start else (tl, ef)
            between = layout.lower[s][lo + 1 : hi]
            inside = [e for e in events if where[e.eid][0] == s and lo < where[e.eid][1] and where[e.eid][2] < hi]
            assert f"dist={_bucket(len(between))}" in feats, c
            assert f"events_between={_bucket(len(inside))}" in feats and f"nearest={not inside}" in feats, c
            seen += tl > tf  # a time of several words
        elif c.kind == "pair":
            both_first = c.source in firsts and c.target in firsts and where[c.source][0] != where[c.target][0]
            assert ("first_events_of_consecutive_sentences" in feats) == both_first, c
    assert seen >= 3


@pytest.mark.parametrize("dtype", [np.float32, np.float64, np.float16])
def test_mean_states_are_numpy_means_to_the_bit(dtype):
    """An item's dense state is the mean of its words' hidden states; one word's is taken without
    a reduction, and must still be numpy's mean to the bit (-0.0 comes out 0.0, inf and nan stay)."""
    from timeline.relations.features import _Item, _state

    hidden = [np.random.default_rng(5).normal(size=(6, 8)).astype(dtype)]
    hidden[0][0, :4] = [-0.0, np.inf, -np.inf, np.nan]
    hidden[0][1, :] = -0.0
    for first, last in ((0, 0), (1, 1), (2, 2), (0, 1), (3, 5)):
        got = _state(hidden, _Item("x", 0, 1, 0, first, last))
        expected = hidden[0][first : last + 1].mean(axis=0)
        assert got.dtype == expected.dtype and got.tobytes() == expected.tobytes(), (first, last)


def test_name_bits_are_counted_without_numpy_s_bitwise_count(monkeypatch):
    """numpy before 2.0 has no ``bitwise_count``: the fallback counts the same bits, and rows score
    the same."""
    from timeline.relations.classifier import _popcount

    values = np.random.default_rng(2).integers(0, 2**63, size=300, dtype=np.uint64) | np.uint64(2**63)
    expected = np.array([bin(int(v)).count("1") for v in values])
    assert (_popcount(values) == expected).all()
    monkeypatch.delattr(np, "bitwise_count", raising=False)
    assert (_popcount(values) == expected).all()
    rng = random.Random(11)
    names = [f"{n}={v}" for n in ("a", "b", "bw") for v in range(5)]
    clf = _linear(np.random.default_rng(4).normal(size=(len(names), 3)).astype(np.float32).astype(np.float64), [0.5, 0.25, -1.0], names)
    parts, rows, strings = _rows_and_strings(rng, names, 200)
    assert clf.probabilities_of_rows(clf.part_columns(), rows, parts).tobytes() == clf.probabilities(strings).tobytes()
