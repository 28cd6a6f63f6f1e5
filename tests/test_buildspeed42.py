"""Speed paths of the build (helper buildspeed, forty-second session) held against the slow paths they replace.

Each fast path must give exactly what the code it replaced gives; the slow path is written out here from the
one-mention helpers the fast one shares its rules with.  Sentences written for these tests.
"""

from __future__ import annotations

from timeline.events import factuality as F
from timeline.events.detect import EventMention
from timeline.text import segment

_STORY = " ".join([
    "If the talks fail again, the drivers' union will strike on Monday and the depot will close.",
    "Had the pumps been switched on earlier, the basement would have stayed dry, the caretaker said.",
    "The council has called for a full and independent inquiry into the flooding.",
    "Two men were charged with the theft of copper cable from the signal box.",
    "The regulator did not open an investigation into the late trains.",
    "Work on the bridge will resume once the divers have finished their survey.",
    "The ferry usually sails at dawn, and the crew often waits for the tide.",
    "Managers said they would close the plant if no buyer is found.",
    "The minister plans to visit the flooded villages, and she is likely to announce new funds.",
    "It took the firefighters six hours to put out the blaze, and they used foam to smother it.",
    "A verdict is expected next week, and a hearing is scheduled for Friday.",
    "The company said it would cut 300 jobs, a month after a supplier ended its contract.",
    "Three men were accused of the robbery at the jewellers, and the regulator will not hold a vote on the merger.",
    "If the storm weakens, the race may go ahead, but the organisers cancelled the parade.",
    "A guard who allegedly took bribes was suspended.",
    "The mayor promised to hold a referendum on the plan.",  # (an intended holding's object: s48 place)
])

_KINDS = (  # (class, part of speech, tense, aspect, modality): every word of the story is tried as each
    ("OCCURRENCE", "NOUN", "NONE", "NONE", None), ("OCCURRENCE", "VERB", "PRESENT", "NONE", None),
    ("REPORTING", "VERB", "PRESENT", "NONE", None), ("I_ACTION", "VERB", "PRESENT", "NONE", None),
    ("OCCURRENCE", "VERB", "INFINITIVE", "NONE", None), ("OCCURRENCE", "VERB", "PAST", "NONE", None),
    ("OCCURRENCE", "VERB", "NONE", "PERFECTIVE", None), ("OCCURRENCE", "VERB", "NONE", "NONE", "would"),
    ("OCCURRENCE", "VERB", "PRESPART", "NONE", None),
)


def _mentions(doc):  # type: ignore[no-untyped-def]
    """Every word of ``doc`` as a mention of every kind of :data:`_KINDS`."""
    out = []
    for sentence in doc.sentences:
        for tok in sentence.tokens:
            if tok.text[:1].isalpha():
                for cls, pos, tense, aspect, modality in _KINDS:
                    out.append(EventMention(f"e{len(out) + 1}", tok.text, tok.start, tok.end, sentence.start, sentence.end, cls, pos,
                                            tense, aspect, "POS", modality))
    return out



def _slow(doc, mentions, recurring=frozenset()):  # type: ignore[no-untyped-def]
    """The loop :func:`~timeline.events.factuality.factuality` ran before the forty-second session: every check finds the
    mention's sentence, tokens and words again."""
    cues = F.load_cues(doc.language)
    out = []
    for m in mentions:
        before = F._clause_words(doc, m.start)
        intended = (m.pos == "VERB" and m.tense == "INFINITIVE" and cues.implicative.isdisjoint(before[:4])
                    and not any(tuple(before[1:1 + len(p)]) == p for p in cues.implicative_phrases)
                    and cues.causing.isdisjoint(before[: cues.causing_reach])
                    and not F._used_for(cues, before) and not F._time_taken(cues, before))
        otherwise = (not cues.conditional.isdisjoint(before) or F._unrealised_object(doc, m) or F._awaited(doc, m) or F._alleged(doc, m)
                     or F._denied_creation(doc, m))
        otherwise = otherwise or (m.cls != "REPORTING" and F._opens_with_condition(doc, m.start))
        otherwise = otherwise or (m.pos == "VERB" and before[:1] == ["to"] and len(before) > 1 and before[1] in cues.probable_words)
        ahead = not otherwise and F.anticipated(doc, m)
        supposed = otherwise or ahead
        hypothetical = supposed or intended
        generic = False
        if m.pos == "VERB" and m.tense == "PRESENT" and m.aspect == "NONE" and m.cls not in ("REPORTING", "I_ACTION", "ASPECTUAL"):
            i = doc.sentence_index(m.start)
            words = {t.text.lower() for t in doc.sentences[i].tokens} if i >= 0 else set()
            generic = bool(words & cues.generic_adverbs) or i in recurring
        elif m.pos == "VERB" and m.tense == "PRESENT" and m.aspect == "NONE":
            generic = not cues.generic_adverbs.isdisjoint(before[:F._ADVERB_REACH])
        plan = intended and not supposed and (F._firm_plan(cues, before[:4], before) or not cues.plan_auxiliaries.isdisjoint(before))
        scheduled = m.pos != "VERB" and F._scheduled(doc, m, before)
        if not hypothetical and F._object_of_intention(doc, m):  # (helper place, s48: "promised to hold a referendum")
            hypothetical, plan = True, True
        out.append(F.Factuality(hypothetical, generic, F._reported_plan(doc, m) and not hypothetical, plan, ahead and not intended, scheduled))
    return out


def test_factuality_reads_each_mention_once_and_gives_what_the_one_mention_checks_give() -> None:
    doc = segment(_STORY)
    mentions = _mentions(doc)
    fast = F.factuality(doc, mentions, frozenset({6}))
    assert fast == _slow(doc, mentions, frozenset({6}))
    # the story reaches every reading the fast path shares out
    for reading in ("hypothetical_clause", "generic", "reported_plan", "plan", "awaited_step", "scheduled"):
        assert {getattr(f, reading) for f in fast} == {True, False}, reading


def test_factuality_of_the_events_one_by_one_is_that_of_the_whole_text() -> None:
    doc = segment(_STORY)
    mentions = _mentions(doc)[::7]
    whole = F.factuality(doc, mentions)
    assert [F.factuality(doc, [m])[0] for m in mentions] == whole


# -- relations/features.py: a pair's place, kinds and date cue keyed by ints and hoisted per event ----------------------

_NEWS = ("Firefighters reached the warehouse on Monday and fought the blaze for hours. The owner said on Tuesday that "
         "the alarm had failed before the fire started. Police arrested a man after the fire, and he was charged later. "
         "Inspectors will visit the site in May. The roof collapsed, the walls cracked, and the street was closed.")


def _events(words):  # type: ignore[no-untyped-def]
    """Events at the first place of each word of ``words``, their classes, tenses and parts of speech taken in turn."""
    from types import SimpleNamespace

    kinds = [("OCCURRENCE", "PAST", "NONE", "VERB"), ("REPORTING", "PAST", "NONE", "VERB"), ("OCCURRENCE", "NONE", "NONE", "NOUN"),
             ("OCCURRENCE", "FUTURE", "NONE", "VERB"), ("STATE", "PAST", "PERFECTIVE", "VERB")]
    out = []
    for k, w in enumerate(words):
        start = _NEWS.index(w)
        cls, tense, aspect, pos = kinds[k % len(kinds)]
        out.append(SimpleNamespace(eid=f"e{k + 1}", text=w, start=start, end=start + len(w), cls=cls, pos=pos, tense=tense,
                                   aspect=aspect, polarity="POS", modality=None))
    return out


def test_each_pair_states_its_own_place_kinds_and_dates_as_the_words_between_give_them() -> None:
    import timeline
    from timeline.relations import features as RF
    from timeline.relations.cues import pair_cues, sentence_dates

    words = ["reached", "fought", "blaze", "said", "failed", "fire", "started", "arrested", "charged", "visit", "collapsed",
             "cracked", "closed"]
    events = _events(words)
    timexes = timeline.tag(_NEWS, "2026-03-04").timexes
    layout = RF.Layout.of(_NEWS)
    items = {e.eid: RF._Item(e.eid, e.start, e.end, *layout.locate(e.start, e.end)) for e in events}
    tx = sorted((t for t in timexes if str(t.type) != "SET"), key=lambda t: t.start)
    dates = sentence_dates([t.value for t in tx], [layout.locate(t.start, t.end)[0] for t in tx])
    by_id = {e.eid: e for e in events}
    order = [e.eid for e in sorted(events, key=lambda e: e.start)]
    pairs = 0
    cues = set()
    for c in RF.candidates(_NEWS, events, timexes):  # type: ignore[arg-type]
        if c.kind != "pair":
            continue
        pairs += 1
        a, b = items[c.source], items[c.target]
        same = a.sentence == b.sentence
        between = RF._between(layout, a, b)
        n_ev = order.index(c.target) - order.index(c.source) - 1
        ea, eb = by_id[c.source], by_id[c.target]
        expected = [f"same_sentence={same}", f"dist={RF._bucket(len(between))}", f"events_between={RF._bucket(n_ev)}",
                    f"cls_pair={ea.cls}/{eb.cls}", f"tense_pair={ea.tense}/{eb.tense}", f"aspect_pair={ea.aspect}/{eb.aspect}",
                    f"pos_pair={ea.pos}/{eb.pos}", f"that_between={'that' in between}", f"comma_between={',' in between}",
                    f"adjacent_events={n_ev == 0}", *pair_cues(dates.get(a.sentence, ()), dates.get(b.sentence, ()), same)]
        assert [f for f in c.sparse if f in expected] == expected, (ea.text, eb.text)
        assert sum(f.startswith(("same_sentence=", "dist=", "events_between=", "cls_pair=", "c_dates=")) for f in c.sparse) == 5
        cues.add(expected[-1])
    assert pairs > 30 and len(cues) > 2  # (the sentences' dates differ)


# -- order/network.py: a bound's seconds from the origin worked out once per datetime -------------------------------------


def _network_facts(seed: int):  # type: ignore[no-untyped-def]
    """Bounds and orders among eight intervals, the bounds drawn from a few datetimes (many repeated, some a minute
    apart, some contradicting others), in an order a seed fixes."""
    import datetime as dt
    import random

    from timeline.order import Bound, before, during, end_of, start_of

    rng = random.Random(seed)
    days = [dt.datetime(2026, 3, d) for d in range(1, 8)] + [dt.datetime(2026, 3, 4, 12, 30, 15, 500000)]
    names = [f"e{k}" for k in range(8)]
    out = []
    for _ in range(40):
        pick = rng.random()
        a, b = rng.sample(names, 2)
        if pick < 0.5:
            lo, hi = sorted(rng.sample(days, 2))
            point = (start_of if rng.random() < 0.5 else end_of)(a)
            out.append((Bound(point, lo if rng.random() < 0.7 else None, hi, "a day", rng.randint(1, 5)),))
        elif pick < 0.8:
            out.append(before(a, b, strength=rng.randint(1, 5)))
        else:
            out.append(during(a, b, strength=rng.randint(1, 5)))
    return out


def _bounds_and_conflicts(network):  # type: ignore[no-untyped-def]
    result = network.result()
    return ({name: result.bounds[name] for name in result.intervals}, [(c.dropped, c.constraints) for c in result.conflicts])


def test_a_networks_bounds_and_conflicts_do_not_change_when_each_bounds_seconds_are_worked_out_once() -> None:
    from timeline.order import Network

    class Fresh(Network):  # the seconds worked out again for every bound, as before the memo
        def _pairs(self, fact):  # type: ignore[no-untyped-def]
            self._latest_seconds.clear()
            self._earliest_seconds.clear()
            return super()._pairs(fact)

    conflicts = 0
    for seed in range(30):
        facts = _network_facts(seed)
        for soft in (False, True):  # all at once, or kept only if they agree (as the likely layer's soft facts)
            fast, slow = Network(), Fresh()
            if soft:
                kept = [fast.try_add(f) for f in facts]
                assert kept == [slow.try_add(f) for f in facts]
            else:
                fast.extend(facts)
                slow.extend(facts)
            assert _bounds_and_conflicts(fast) == _bounds_and_conflicts(slow)
            conflicts += len(fast.conflicts)
    assert conflicts > 0


def test_a_bound_of_another_awareness_is_still_refused_after_the_seconds_are_known() -> None:
    import datetime as dt

    import pytest

    from timeline.order import Bound, Network, start_of

    day = dt.datetime(2026, 3, 2)
    network = Network()
    network.extend([Bound(start_of("a"), day, day + dt.timedelta(days=1))])
    network.extend([Bound(start_of("b"), day, None)])  # the same datetime again: its seconds come from the table
    with pytest.raises(TypeError):
        network.extend([Bound(start_of("c"), day.replace(tzinfo=dt.timezone.utc), None)])
    assert network.result().bounds["b"].earliest_start == day
