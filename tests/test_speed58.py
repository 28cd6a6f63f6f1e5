"""Session 58, speed: exact shortcuts in the build's stages after tagging (the same timeline, less work).

- ``wordscan.runs_in``: the runs of one character class whose lower case is a word of a small set, found where the
  words are written in the lower-cased text instead of reading every run (``anchoring.fronted._far_since_links``,
  ``assembly.steps._stretch_starts``).
- ``events.detect._compound_places``: the same for the tokens of lexicon ``happening_compounds`` / ``missed_happenings``.
- ``LinkRelation``, ``TimexType``, ``Side``: ``str()`` is ``str.__str__`` (the value) instead of a method reading ``.value``.
- ``assembly.asides._opening_pronoun``: its phrases padded with spaces once per text.
- ``wordscan.required_words`` / ``may_match``: a window none of the words every match of a pattern holds is written in
  is not searched (``assembly.occasions._occasion_clocked``, ``_compared_from``).

Each shortcut is compared with the work it stands for, over sentences written for it, and the callers' answers on
sentences of their own.
"""

from __future__ import annotations

import random
import re

import pytest

from timeline.wordscan import runs_in

# my own sentences: the wanted words in capitals, inside longer words, at the ends, next to marks and other scripts
_TEXTS = [
    "Since the Harlow mill shut, Since-then and sinces aside, the town has waited since March; SINCE then, nothing.",
    "until Until UNTIL untilled pre-until until's until’s x-until until",
    "Ever since the quay at Orvelin flooded, the ferry has run only since dawn, sincerely yours, since.",
    "Caf\u00e9 owners in Br\u00fcnnhall said since the fire that \u212aelvin since \u0130stanbul since then it rained.",
    "",
    "since",
    "   since   ",
]


def _reference(pattern: "re.Pattern[str]", text: str, words: "set[str]") -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in pattern.finditer(text) if m.group().lower() in words]


def _found(pattern: "re.Pattern[str]", text: str, words: "set[str]") -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in runs_in(pattern, text, words)]


@pytest.mark.parametrize("pattern", [re.compile(r"[A-Za-z]+"), re.compile(r"[\w'’]+"), re.compile(r"[A-Za-z’']+")])
@pytest.mark.parametrize("text", _TEXTS)
def test_runs_in_finds_what_reading_every_run_finds(pattern: "re.Pattern[str]", text: str) -> None:
    for words in ({"since"}, {"until", "since"}, {"since", "sinces"}, {"until's", "until’s"}, {"then", "since"}, set()):
        assert _found(pattern, text, words) == _reference(pattern, text, words), (text, words)


def test_runs_in_finds_each_run_once_at_its_start() -> None:
    text = "Since since, SINCE; sincesince since-since"
    got = _found(re.compile(r"[A-Za-z]+"), text, {"since"})
    assert [g[0] for g in got] == [0, 6, 13, 31, 37]
    assert [g[2] for g in got] == ["Since", "since", "SINCE", "since", "since"]


def test_runs_in_over_random_texts() -> None:
    rng = random.Random(58)
    pieces = ["since", "Since", "SINCE", "until", "Until", "sinc", "e", "ince", "s", " ", " ", ",", "-", "'", "’", "é", "\u0130",
              "\u212a", "then", "x", "\n"]
    patterns = [re.compile(r"[A-Za-z]+"), re.compile(r"[\w'’]+")]
    for _ in range(600):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
        for pattern in patterns:
            for words in ({"since"}, {"since", "until"}, {"e", "s"}):
                assert _found(pattern, text, words) == _reference(pattern, text, words), (text, words, pattern.pattern)


def _doc_and_events(text: str):  # type: ignore[no-untyped-def]
    from timeline.events.detect import detect_events
    from timeline.text import segment

    doc = segment(text, "en")
    return doc, detect_events(doc, event_model="perceptron")


def test_stretch_starts_takes_the_verb_after_since() -> None:
    from timeline.assembly.steps import _stretch_starts

    text = ("Landslips have cut the Tarn valley road twice since heavy rain began on Sunday. "
            "The council said crews worked through the night. Since then the Orvel bridge has stayed shut.")
    doc, events = _doc_and_events(text)
    got = {next(e.text for e in events if e.eid == eid) for eid in _stretch_starts(doc, events)}
    assert got == {"began", "stayed"}  # (the base tree's answer: "Since then" opens a stretch too)


@pytest.mark.parametrize("text, pair", [
    ("Fishermen in Arden have sold their catch at the auction in Tolley since the harbour market burned down.", ("sold", "burned")),
    ("Pupils have studied in portable classrooms after the flooding at their school since the river burst its banks.", ("studied", "burst")),
    ("Mira Voss had been living in a rented flat above the bakery since the landlord raised the rent.", None),
])
def test_far_since_orders_the_verb_past_a_noun_after_what_since_introduces(text: str, pair: "tuple[str, str] | None") -> None:
    from timeline.anchoring.cues import anchor_words
    from timeline.anchoring.fronted import _far_since_links

    doc, events = _doc_and_events(text)
    names = {e.eid: e.text for e in events}
    got = [(names[link.source], str(link.relation), names[link.target]) for link in _far_since_links(anchor_words("en"), doc, events, [])]
    assert got == ([] if pair is None else [(pair[0], "after", pair[1])])


# --- events.detect._compound_places

_COMPOUND_TEXTS = [
    "A Break-In at the Tolley depot on Friday was the third break-ins this year; the BREAK-IN team left.",
    "Landslips shut the Arden line after a landslip and two rockfalls. A sit-in, a walk-out and a stand-off followed.",
    "The kick-off was delayed. Kick-offs aside, the pile-up on the A9 (a \u2018pile-up\u2019) closed it.",
    "Caf\u00e9 staff staged a sit-in at \u0130skele; the \u212avalanche warning came after an avalanche at Br\u00fcnn.",
    "No happening here at all, only a breakin and a landslipped bank.",
    "",
]


def _read_every_token(text: str):  # type: ignore[no-untyped-def]
    from timeline.events.detect import _HAPPENING_COMPOUNDS
    from timeline.text import segment

    tokens = [s.tokens for s in segment(text, "en").sentences]
    return tokens, [(n, i) for n, toks in enumerate(tokens) for i, t in enumerate(toks) if t.text.lower() in _HAPPENING_COMPOUNDS]


@pytest.mark.parametrize("text", _COMPOUND_TEXTS)
def test_compound_places_are_what_reading_every_token_finds(text: str) -> None:
    from timeline.events.detect import _compound_places

    tokens, expected = _read_every_token(text)
    assert _compound_places(text, tokens) == expected


def test_compound_places_finds_the_compounds_of_my_sentences() -> None:
    from timeline.events.detect import _compound_places

    text = _COMPOUND_TEXTS[1]
    tokens, _ = _read_every_token(text)
    assert [tokens[n][i].text for n, i in _compound_places(text, tokens)] == ["Landslips", "landslip", "rockfalls", "sit-in", "walk-out", "stand-off"]


def test_compound_places_over_random_texts() -> None:
    from timeline.events.detect import _compound_places

    rng = random.Random(5858)
    pieces = ["break-in", "Break-In", "landslip", "LANDSLIPS", "sit", "-in", "in", " ", " ", ". ", ", ", "A", "x", "\u00e9",
              "\u0130", "rockfall", "s", "\n\n", "walk-out", "-"]
    for _ in range(400):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 25)))
        tokens, expected = _read_every_token(text)
        assert _compound_places(text, tokens) == expected, text


def test_a_compound_the_model_leaves_out_is_an_event() -> None:
    from timeline.events.detect import detect_events

    text = "Police said a break-in at the Orvel pharmacy on Sunday night was the second this month."
    assert "break-in" in [e.text for e in detect_events(text, event_model="perceptron")]


# --- str() of the string enums


def test_string_enums_print_their_values() -> None:
    from timeline.model import TimexType
    from timeline.order.constraints import Side
    from timeline.order.links import LinkRelation

    for enum_class in (LinkRelation, TimexType, Side):
        for member in enum_class:
            for shown in (str(member), f"{member}", "%s" % member, format(member, "")):
                assert shown == member.value and type(shown) is str, (member, shown)
            assert format(member, ">14") == format(member.value, ">14")
    assert str(LinkRelation.BEGUN_BY) == "begun_by" and f"{TimexType.DURATION}" == "DURATION" and str(Side.END) == "end"


# --- assembly.asides._opening_pronoun


def test_opening_pronoun_finds_sentences_pointing_back_to_their_time() -> None:
    from timeline.assembly.asides import _opening_pronoun
    from timeline.anchoring.cues import anchor_words
    from timeline.text import segment

    phrases = sorted(anchor_words("en").anaphoric_time_phrases)
    assert "at the time" in phrases
    text = ("The Kessock ferry ran aground on Tuesday. It was refloated at noon. Two crew were questioned at the time. "
            "Timetimes at thetime were not kept. Crews met at the timetable office. Nobody was hurt.")
    assert _opening_pronoun(segment(text, "en")) == frozenset({1, 2})


def test_with_compounds_adds_only_the_places_the_models_left_out() -> None:
    from timeline.events.detect import _with_compounds

    candidates = [(0, 2, 1, 0.9), (2, 5, 3, 1.4)]
    assert _with_compounds(candidates, [(0, 2), (1, 0), (2, 7)], 4, 0.5) == [(0, 2, 1, 0.9), (1, 0, 4, 0.5), (2, 5, 3, 1.4), (2, 7, 4, 0.5)]
    assert _with_compounds(candidates, [], 4, 0.5) is candidates


# --- wordscan.required_words, may_match


def test_case_kin_are_the_letters_outside_ascii_that_ascii_letters_match() -> None:
    from timeline.wordscan import _CASE_KIN

    letter = re.compile("[A-Za-z]", re.IGNORECASE)
    assert {chr(c) for c in range(128, 0x110000) if letter.match(chr(c))} == set(_CASE_KIN)


@pytest.mark.parametrize("pattern, words", [
    (r"\bsince\s+then\b", ("since",)),
    (r"\b(?:ever\s+)?since\s+then\b|\bever\s+since\b(?!\s+\w)", ("since",)),
    (r"\b(?:minutes?|laps?)\s+(?:into|left|to\s+go)", ("minute", "lap")),
    (r"\b(?:first|\d+(?:st|nd))\s+(?:half|quarter)\b", ("half", "quarter")),
    (r"(?:Stoppage|injury)\s+time", ("stoppage", "injury")),
    (r"[a-z]+ed\b", ("ed",)),
    (r"[a-z]+\b", None),
    (r"(?:the\s+)?\d+", None),
    (r"(?!)", None),
    (r"caf\u00e9", ("caf",)),
    (r"x(?:ab)+y|(?:cd){2,}", ("ab", "cd")),
    (r"(?:ab)*y", ("y",)),
])
def test_required_words_of_patterns(pattern: str, words: "tuple[str, ...] | None") -> None:
    from timeline.wordscan import required_words

    assert required_words(re.compile(pattern, re.IGNORECASE)) == words


_WINDOW_TEXTS = [
    "Reid scored in the 58th minute. Two laps from the end it rained. The first half ended 1-1 after 90 minutes later.",
    "It was the biggest drop since March, the most severe in years; sales rose 5% from a year earlier.",
    "Stoppage time began; the FIRST HALF was over. Fans left at half-time. The LARGEST crowd in a decade came.",
    "A plain sentence with no such words. Another one here, and a third: nothing at all.",
    "The K\u212aelvin ferry's minute \u0130nning; caf\u00e9 owners said the ſecond half was the be\u017fst since 2001.",
    "They scored in the last m\u0131nute and in stoppage t\u0131me; the \u017fecond half was the bigge\u017ft \u017fince 2001.",
]


@pytest.mark.parametrize("name", ["occasion_clock", "superlative_span", "comparison_base", "since_then", "period_topic", "admission_topic",
                                  "comparison_change"])
def test_may_match_is_false_only_where_the_search_finds_nothing(name: str) -> None:
    from timeline.anchoring.cues import anchor_words
    from timeline.wordscan import may_match

    pattern = getattr(anchor_words("en"), name)
    rng = random.Random(len(name))
    words = [w for w in re.findall(r"[a-z]+", pattern.pattern) if len(w) > 1][:60] or ["x"]
    texts = list(_WINDOW_TEXTS)
    for _ in range(60):
        texts.append(" ".join(rng.choice(words + ["the", "a", "5%", "in", ",", "1990", "Since", "OVER", "\u212a"]) for _ in range(rng.randint(1, 18))))
    checked = 0
    for text in texts:
        possible = may_match(pattern, text)
        for lo in range(0, len(text), 3):
            for hi in range(lo, min(len(text), lo + 90) + 1, 5):
                if not possible(lo, hi):
                    assert pattern.search(text, lo, hi) is None, (name, text, lo, hi)
                    checked += 1
    assert checked > 0


def test_may_match_rules_out_windows_without_the_words() -> None:
    from timeline.anchoring.cues import anchor_words
    from timeline.wordscan import may_match

    text = _WINDOW_TEXTS[0]
    possible = may_match(anchor_words("en").occasion_clock, text)
    first, plain = text.index(".") + 1, text.index("from the end")
    assert possible(0, first) and possible(first, plain) and not possible(plain, plain + 22)
    assert not possible(text.index("minute"), text.index("minute") + 5)  # "minut": the word not whole inside
    assert possible(text.index("minute"), text.index("minute") + 6)
    assert may_match(anchor_words("en").occasion_clock, _WINDOW_TEXTS[4])(0, 3)  # (a letter whose lower case is longer: every window)
    assert may_match(anchor_words("en").occasion_clock, _WINDOW_TEXTS[5])(0, 3)  # (a letter of _CASE_KIN: every window)


def test_occasion_clocked_and_compared_from_on_my_sentences() -> None:
    from timeline.assembly.occasions import _compared_from, _occasion_clocked

    text = ("Harlow Town beat Dunmore 2-1 on Saturday. Reid scored in the 58th minute. The club said ticket sales rose. "
            "It was their biggest win since the club was founded in 1921. Fans celebrated.")
    doc, events = _doc_and_events(text)
    assert _occasion_clocked(doc) == frozenset({1})
    doc, events = _doc_and_events("Profits at Selby Foods posted the largest rise in the sector since the merger of the two dairies in 1998.")
    assert _occasion_clocked(doc) == frozenset()
    assert {e.text for e in events if e.eid in _compared_from(doc, events)} == {"merger"}


# --- anchoring.times._with_sentence_events (the groups of _each_in_sentence)

_GROUP_TEXT = ("The Arden council met on Monday and voted to close the pool. Crews drained it, cleaned the tiles and left. "
               "Protests followed and grew. Nothing happened here. Residents protested, marched and signed a petition, which the "
               "mayor accepted on Friday. Protests ended and it reopened.")  # (events at a sentence's start: "Protests")


def test_sentence_events_are_the_groups_of_by_sentence() -> None:
    from timeline.anchoring.cues import _by_sentence
    from timeline.anchoring.times import _with_sentence_events

    doc, events = _doc_and_events(_GROUP_TEXT)
    ordered = sorted(events, key=lambda e: e.start)
    groups = _by_sentence(doc, ordered)
    rng = random.Random(58)
    for _ in range(40):
        wanted = frozenset(e.eid for e in ordered if rng.random() < 0.4)
        expected = [(ev, group) for group in groups.values() for ev in group if ev.eid in wanted]
        got = _with_sentence_events(doc, ordered, wanted)
        assert [(ev.eid, [x.eid for x in group]) for ev, group in got] == [(ev.eid, [x.eid for x in group]) for ev, group in expected]
    assert _with_sentence_events(doc, ordered, frozenset()) == []


def test_coordinated_firsts_of_my_sentences() -> None:
    from timeline.anchoring.times import coordinated_firsts

    doc, events = _doc_and_events(_GROUP_TEXT)
    names = {e.eid: e.text for e in events}
    got = coordinated_firsts(doc, events, frozenset(names))
    assert {names[a]: names[b] for a, b in got.items()} == {"voted": "met", "left": "cleaned", "grew": "followed", "signed": "marched"}  # (as the base tree gives)
