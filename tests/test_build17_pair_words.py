"""A pair's features of the words between its two events: each distinct word when there are five
or fewer, the signal words always, and each signal with whether the pair shares a sentence.
Pairs with the same words between share one computation, so these check that the sharing keeps
pairs of one sentence apart from pairs across a sentence break."""

from __future__ import annotations

from types import SimpleNamespace

from timeline.relations.features import candidates

_TEXT = "Rescuers searched the valley for hours after the river flooded the town. Officials said later that the roads then stayed shut."


def _own(words: list[str]) -> dict[tuple[str, str], list[str]]:
    """Each event pair's own features (the ones that are not an event's own), by (source, target) word."""
    events = []
    for k, w in enumerate(words, 1):
        start = _TEXT.index(w)
        events.append(SimpleNamespace(eid=f"e{k}", text=w, start=start, end=start + len(w), cls="OCCURRENCE", pos="VERB",
                                      tense="PAST", aspect="NONE", polarity="POS", modality=None))
    name = {e.eid: e.text for e in events}
    out = {}
    for c in candidates(_TEXT, events, ()):  # type: ignore[arg-type]
        if c.kind == "pair":
            out[(name[c.source], name[c.target])] = [f for f in c.sparse if f.startswith(("bw=", "sig_between"))]
    return out


def test_words_between_a_close_pair_and_the_signals_of_a_far_one() -> None:
    found = _own(["searched", "flooded", "said", "stayed"])
    # seven words between, "after" the one signal: no word features
    assert found[("searched", "flooded")] == ["sig_between=after", "sig_between_same=after/True"]
    # five words across the break ("the town . <br> officials"), sorted, no signal
    assert found[("flooded", "said")] == ["bw=.", "bw=<br>", "bw=officials", "bw=the", "bw=town"]
    # many words across the break, with "after": the same signal, not in one sentence
    assert found[("searched", "said")] == ["sig_between=after", "sig_between_same=after/False"]
    # five words in one sentence, two signals, each word once
    assert found[("said", "stayed")] == ["bw=later", "bw=roads", "bw=that", "bw=the", "bw=then", "sig_between=later", "sig_between=then",
                                         "sig_between_same=later/True", "sig_between_same=then/True"]


def test_pairs_with_the_same_words_between_get_the_same_features_and_others_do_not_borrow_them() -> None:
    """"the" between two events twice in one sentence, and once across sentences with its break."""
    found = _own(["searched", "valley", "river", "flooded", "town", "said"])
    assert found[("searched", "valley")] == ["bw=the"]
    assert found[("river", "flooded")] == []
    assert found[("flooded", "town")] == ["bw=the"]
    assert found[("town", "said")] == ["bw=.", "bw=<br>", "bw=officials"]
