"""Event detection on sentences written for these tests."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.errors import InputError
from timeline.events.detect import EVENT_MODELS, detect_events
from timeline.events.neural import MAX_WORDS
from timeline.events.tokens import sentences, tokenize


def _by_text(text: str, event_model: str = "neural"):
    return {e.text: e for e in detect_events(text, event_model=event_model)}


@pytest.mark.parametrize("event_model", EVENT_MODELS)
def test_events_detect_finds_verbs_and_event_nouns(event_model: str) -> None:
    found = _by_text("Rebels attacked the garrison on Monday, and the explosion destroyed two bridges.", event_model)
    assert {"attacked", "explosion", "destroyed"} <= set(found)
    assert found["attacked"].pos == "VERB" and found["explosion"].pos == "NOUN"
    assert not {"Rebels", "garrison", "Monday", "two", "bridges"} & set(found)


@pytest.mark.parametrize("event_model", EVENT_MODELS)
def test_events_detect_reporting_class(event_model: str) -> None:
    assert _by_text("The governor said the roads were closed.", event_model)["said"].cls == "REPORTING"


def test_events_detect_neural_finds_rare_event_nouns() -> None:
    # words too rare for the perceptron's word features: the encoder knows them from context
    found = _by_text("The walkout by dock workers followed the layoffs, and the blackout lasted until the evening.")
    assert {"walkout", "followed", "layoffs", "blackout", "lasted"} <= set(found)
    assert not {"dock", "workers", "evening"} & set(found)


def test_events_detect_unknown_model_is_a_clear_error() -> None:
    with pytest.raises(InputError, match="event_model='bert'.*neural, perceptron"):
        detect_events("The storm hit.", event_model="bert")


def test_events_detect_higher_threshold_keeps_a_subset() -> None:
    text = "Officials said the bridge collapsed after heavy rain and crews began a search that could last days."
    loose = {(e.start, e.end) for e in detect_events(text, threshold=-3.0)}
    strict = {(e.start, e.end) for e in detect_events(text, threshold=3.0)}
    assert strict <= loose and len(strict) < len(loose)


def test_events_detect_sentences_longer_than_a_chunk() -> None:
    # one sentence of more than MAX_WORDS words: words after the first chunk are still scored
    filler = " ".join(["and the old stone wall"] * (MAX_WORDS // 5 + 4))
    text = f"The wall {filler} stood while the river flooded the valley and soldiers evacuated the villagers."
    assert len(tokenize(text)) > MAX_WORDS + 10
    found = detect_events(text)
    words = {e.text for e in found}
    assert {"flooded", "evacuated"} <= words
    for e in found:
        assert text[e.start : e.end] == e.text


@pytest.mark.parametrize(
    "sentence,word,tense,aspect",
    [
        ("Police arrested three men.", "arrested", "PAST", "NONE"),
        ("The council will vote on the plan.", "vote", "FUTURE", "NONE"),
        ("Engineers have repaired the line.", "repaired", "PRESENT", "PERFECTIVE"),
        ("Crews had evacuated the town.", "evacuated", "PAST", "PERFECTIVE"),
        ("Workers are clearing the roads.", "clearing", "PRESENT", "PROGRESSIVE"),
    ],
)
def test_events_detect_tense_and_aspect(sentence: str, word: str, tense: str, aspect: str) -> None:
    e = _by_text(sentence)[word]
    assert (e.tense, e.aspect) == (tense, aspect)


def test_events_detect_negation_and_modality() -> None:
    found = _by_text("The army did not attack the village, but the port could reopen soon.")
    assert found["attack"].polarity == "NEG"
    assert found["reopen"].modality == "could"
    assert found["reopen"].polarity == "POS"


def test_events_detect_offsets_slice_exactly() -> None:
    text = "Floodwaters rose overnight.\r\nResidents “fled” their homes\u00a0and officials warned of more rain."
    for e in detect_events(text):
        assert text[e.start : e.end] == e.text
        assert e.sentence_start <= e.start < e.end <= e.sentence_end


def test_events_detect_empty_and_odd_input() -> None:
    assert detect_events("") == ()
    assert detect_events("   \n\n ...  ") == ()
    with pytest.raises(TypeError):
        detect_events(None)  # type: ignore[arg-type]


def test_events_detect_is_deterministic_with_stable_ids() -> None:
    text = "The storm hit the coast and flooded the market."
    first, second = detect_events(text), detect_events(text)
    assert first == second
    assert [e.eid for e in first] == [f"e{i}" for i in range(1, len(first) + 1)]


def test_events_tokens_and_sentences() -> None:
    text = "Mr. Reyes spoke at 3 p.m. on Monday. Crews worked all night.\n\nThe port reopened."
    spans = sentences(text)
    assert [text[s:e] for s, e in spans] == ["Mr. Reyes spoke at 3 p.m. on Monday.", "Crews worked all night.", "The port reopened."]
    assert [t.text for t in tokenize("cease-fire, don't")] == ["cease-fire", ",", "don't"]


def test_events_neural_words_cut_off_by_the_encoder_are_not_events() -> None:
    from timeline.events.neural import load_scorer

    scorer = load_scorer()
    # each made-up word splits into several sub-words, so the chunk overflows the encoder's limit
    words = ["Qzxvbnkrt" + "jw" * 6] * 60 + ["exploded", "."]
    (rows,) = scorer.score([words])
    none = scorer.labels.index("O")
    assert rows.shape == (len(words), len(scorer.labels))
    others = [k for k in range(len(scorer.labels)) if k != none]
    assert (rows[-2, others] < rows[-2, none] - 100).all()  # no evidence, so a sure non-event
    text = " ".join(words)
    for e in detect_events(text):
        assert text[e.start : e.end] == e.text


_SENTENCES = (
    "The storm hit the coast on Saturday.",
    "Officials said thousands of residents had fled before the river burst its banks.",
    "Engineers will inspect the damaged bridge next week.",
    "The mayor did not attend the meeting, but she could visit the shelter later.",
    "Looting was reported in two districts after the power failed.",
    "Rescue teams evacuated the hospital within hours of the warning.",
)


@given(st.lists(st.sampled_from(range(len(_SENTENCES))), min_size=1, max_size=8), st.sampled_from(EVENT_MODELS))
@settings(deadline=None)
def test_events_detect_a_sentences_events_do_not_depend_on_its_neighbours(picks: list[int], event_model: str) -> None:
    """Each sentence is scored on its own: inside any document it gets the events it gets alone."""
    alone = {k: [(e.start, e.end, e.cls, e.tense, e.polarity) for e in detect_events(_SENTENCES[k], event_model=event_model)] for k in set(picks)}
    text = " ".join(_SENTENCES[k] for k in picks)
    found = detect_events(text, event_model=event_model)
    offset = 0
    for k in picks:
        sentence = _SENTENCES[k]
        here = [(e.start - offset, e.end - offset, e.cls, e.tense, e.polarity) for e in found if offset <= e.start < offset + len(sentence)]
        assert here == alone[k], sentence
        offset += len(sentence) + 1


def test_batched_perceptron_gives_each_token_the_same_floats_as_scoring_it_alone() -> None:
    """The perceptron scores a whole text at once; every class, margin and part of speech is the
    one scoring each token alone gives, to the last bit (a sum in another order would not be)."""
    from timeline.events.detect import _perceptron_margin, _perceptron_margins, _perceptron_pos, load_model
    from timeline.events.features import token_features

    model = load_model()
    words = ("The ferry sank near the pier after the storm , and officials said they had warned the "
             "crew twice ; nobody was hurt , the harbour master reported on Friday .").split()
    feats = [token_features(words, i, i == 0) for i in range(len(words))]
    labels, margins = _perceptron_margins(feats)
    alone = [_perceptron_margin(model, f) for f in feats]
    assert [(model.labels[k], m) for k, m in zip(labels, margins)] == alone
    assert [repr(m) for m in margins] == [repr(m) for _, m in alone]
    assert _perceptron_pos(feats) == [model.pos(f) for f in feats]
    assert _perceptron_margins([]) == ([], [])


def test_batched_scores_add_features_in_their_order_and_break_ties_as_max_does() -> None:
    """Float addition is not associative: 1 added to 1e16 is lost, so only the features' own order
    gives the per-token score; among equal scores the greatest label wins, as ``max`` picks it."""
    from timeline.events.detect import _Dense, _scores

    weights = {"big": {"B": 1e16}, "one": {"B": 1.0}, "minus": {"B": -1e16}, "tie": {"A": 2.0, "C": 2.0}}
    labels = ("A", "B", "C", "O")
    dense = _Dense.of(weights, labels)
    rows = [["one", "big", "minus"], ["big", "one", "minus"], ["big", "minus", "one"], ["tie", "unseen"]]
    got = dense.scores(rows)
    for r, feats in enumerate(rows):
        alone = _scores(weights, labels, feats)
        assert [repr(float(x)) for x in got[r]] == [repr(alone[label]) for label in labels]
    assert [float(got[r][1]) for r in range(3)] == [0.0, 0.0, 1.0]
    best = dense.best(got, exclude="O").tolist()
    assert [labels[k] for k in best] == [max((x for x in labels if x != "O"), key=lambda x: (_scores(weights, labels, f)[x], x)) for f in rows]
    assert labels[best[3]] == "C"


def test_feature_rows_are_those_of_the_feature_strings_in_their_order() -> None:
    """The rows the detector scores come from per-word parts; for every token they are the rows
    of ``token_features``' strings, in the same order (the order the weights are added in)."""
    from timeline.events.detect import _dense_model
    from timeline.events.features import token_features

    sentences = [
        "They had been warned twice , and the mayor ’s office said it would not comment .".split(),
        "Officials WILL review the plan in May to decide whether the bridge reopens by Friday .".split(),
        "Rain .".split(),
        "Stop".split(),
        "The the the of of rebuilding rebuilding .".split(),
    ]
    for table in _dense_model():
        mapper = table.ids()
        for words in sentences:
            for i in range(len(words)):
                assert mapper.ids(words, i, i == 0) == [table.rows.get(f, len(table.rows)) for f in token_features(words, i, i == 0)]
            # a whole sentence at once (the detector's way), for every word and for a few
            some = list(range(0, len(words), 3))
            for indexes in (list(range(len(words))), some):
                assert table.ids().sentence_ids(words, indexes) == [mapper.ids(words, i, i == 0) for i in indexes]
