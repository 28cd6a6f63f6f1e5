"""Event mentions: which tokens are TimeML events, their class, part of speech, tense,
aspect, polarity and modality.

Detection and class come from a fine-tuned encoder whose margin the perceptron's nudges
(``neural``, the default; see neural.py, train/train_events_nn.py and
train/holdout_ensemble.py) or from an averaged perceptron over hand-made features alone
(``perceptron``: faster, weaker on unseen words; train/train_events.py).  Both
are trained on TBAQ and shipped in ``data/``, loaded once, read-only.  Part of speech
comes from the perceptron's second model; tense, aspect, polarity and modality from the
auxiliaries in front of a verb.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import gzip
import json
import operator
from importlib import resources
from typing import TYPE_CHECKING, Callable, Optional, Sequence

import attrs

from ..errors import InputError
from ..lexicon import load_data
from ..resolve.tense_cues import PAST_FORMS, tense_words
from .features import FeatureIds, Lexical, lexical, lexical_memo
from ._lemminflect import lemminflect
from ..text import Doc, as_doc

_TOKEN_START = operator.attrgetter("start")  # (s58) a token's start, for bisect

_LEMMINFLECT = lemminflect()  # imported without its spaCy hook
getAllLemmas, getInflection = _LEMMINFLECT.getAllLemmas, _LEMMINFLECT.getInflection

if TYPE_CHECKING:
    import numpy as np

    from ..text import Token

__all__ = ["EventMention", "detect_events", "detect_events_with_states", "load_model", "DEFAULT_THRESHOLD", "NEURAL_THRESHOLD", "PERCEPTRON_WEIGHT", "EVENT_MODELS", "check_event_model"]

DEFAULT_THRESHOLD = -5.0
"""Margin over "no event" a token needs under the perceptron; chosen where precision and recall meet on held-out TBAQ folds."""

_VERB_GROUP = load_data("en", "events.toml")["verb_group"]  # the shipped models tag English: so does the verb group
_MODALS = dict(_VERB_GROUP["modals"])
_FUTURE = frozenset(_VERB_GROUP["future"])
_NEGATION = frozenset(_VERB_GROUP["negation"])
_BE_PRESENT = frozenset(_VERB_GROUP["be_present"])
_BE_PAST = frozenset(_VERB_GROUP["be_past"])
_HAVE_PRESENT = frozenset(_VERB_GROUP["have_present"])
_HAVE_PAST = frozenset(_VERB_GROUP["have_past"])
_VERB_MARKERS = frozenset(_VERB_GROUP["verb_markers"])
_HAVE_MARKERS = _HAVE_PRESENT | _HAVE_PAST  # a word after one is a verb only if the lexicon lets it be one
_OBJECT_STARTS = frozenset(_VERB_GROUP.get("object_starts", ()))
_SUBJECT_ADVERBS = frozenset(_VERB_GROUP.get("subject_adverbs", ()))
_PREMODIFYING = frozenset(_VERB_GROUP.get("premodifying_nouns", ()))
_PREMODIFIER_STOPS = frozenset(_VERB_GROUP.get("premodifier_stops", ()))
_PRESENCE_NOUNS = frozenset(_VERB_GROUP.get("presence_nouns", ()))
_PRESENCE_SIGNALS = frozenset(_VERB_GROUP.get("presence_signals", ()))
_PRESENCE_REACH = int(_VERB_GROUP.get("presence_reach", 3))
_AUX_CHAIN = frozenset(_VERB_GROUP["chain"])
_FINITE_AUX = frozenset(_VERB_GROUP.get("finite", ()))  # a group has one: a second one back ends another clause
_RAISING = frozenset(_VERB_GROUP.get("raising_verbs", ()))
_GOAL_VERBS = frozenset(_VERB_GROUP.get("goal_verbs", ()))
_GOAL_REACH = int(_VERB_GROUP.get("goal_reach", 0))  # words at most between a goal verb and the "to" after its object
_SUBJECT_FOLLOWERS = frozenset(_VERB_GROUP.get("subject_followers", ()))
_NOUN_PHRASE_REACH = 3  # words a determiner may stand before the head of its noun phrase ("a final safety check")
_STOP = frozenset(_VERB_GROUP["stops"])
_GOAL_FOLLOWERS = frozenset(_VERB_GROUP.get("goal_noun_followers", ())) | _STOP
_GOAL_TIME_OPENERS = frozenset(_VERB_GROUP.get("goal_noun_time_openers", ()))  # "to traffic the next morning"
_GOAL_OBJECT_PRONOUNS = frozenset(_VERB_GROUP.get("object_pronouns", ()))
_CLAUSE_SUBJECTS = frozenset(_VERB_GROUP.get("clause_subjects", ()))  # "what matters is": the -s verb of a clause that is a subject
_SINGULAR_DETERMINERS = frozenset(_VERB_GROUP.get("singular_determiners", ()))
_PLURAL_QUANTIFIERS = frozenset(_VERB_GROUP.get("plural_quantifiers", ()))
_COMPOUND_REACH = int(_VERB_GROUP.get("compound_reach", 0))
_SHARING = frozenset(_VERB_GROUP.get("sharing_coordinators", ()))
_SHARED_BREAKS = _STOP.difference({",", *_SHARING})  # a comma does not end the shared group: "to cut 1,200 jobs, and hire"
_SHARED_REACH = 8  # words at most between an infinitive (or a modal's verb) and the bare verb it shares "to" with
_NEGATIVE_SUBJECTS = tuple(tuple(w.split()) for w in _VERB_GROUP.get("negative_subjects", ()))
_NEGATIVE_DETERMINERS = tuple(tuple(w.split()) for w in _VERB_GROUP.get("negative_determiners", ()))
_NEGATIVE_REACH = int(_VERB_GROUP.get("negative_subject_reach", 0))
_NOUN_NEGATORS = frozenset(_VERB_GROUP.get("noun_negators", ()))
REDUCED_CLAUSE_OPENERS = frozenset(_VERB_GROUP.get("reduced_clause_openers", ()))  # "Once launched,": a participle, no tense of its own
_REDUCED_CLAUSE_ADVERBS = frozenset(_VERB_GROUP.get("reduced_clause_adverbs", ()))  # "it once owned": an adverb inside a clause
_NOUN_NEGATION_REACH = int(_VERB_GROUP.get("noun_negation_reach", 0))
_NOUN_PHRASE_ENDS = _STOP | _AUX_CHAIN.difference(_NEGATION) | frozenset(_VERB_GROUP.get("negative_subject_stops", ()))
_NEGATIVE_SUBJECT_ENDS = frozenset(phrase[-1] for phrase in _NEGATIVE_SUBJECTS)
_NEGATIVE_DETERMINER_ENDS = frozenset(phrase[-1] for phrase in _NEGATIVE_DETERMINERS)
_CONTRACTIONS = {word: tuple(parts) for word, parts in _VERB_GROUP.get("contractions", {}).items()}
_CLITIC = str(_VERB_GROUP.get("negative_clitic", ""))
_SUBJECT_CLITICS = tuple(_VERB_GROUP.get("subject_clitics", ()))


def _parts(word: str) -> tuple[str, ...]:
    """A lower-cased word as a tokenised text writes it: "didn't" -> ("did", "n't"), "cannot" -> ("can", "not")."""
    if word in _CONTRACTIONS:
        return _CONTRACTIONS[word]
    if _CLITIC and word.endswith(_CLITIC) and len(word) > len(_CLITIC):
        return (word[: -len(_CLITIC)], _CLITIC)
    return (word,)
"""The last words of the phrases above: a word that ends none of them needs no phrase compared with it (every verb asks)."""


@attrs.frozen
class EventMention:
    """One event mention with its TimeML attributes and where its sentence lies."""

    eid: str
    text: str
    start: int
    end: int
    sentence_start: int
    sentence_end: int
    cls: str
    pos: str
    tense: str = "NONE"
    aspect: str = "NONE"
    polarity: str = "POS"
    modality: Optional[str] = None
    score: float = 0.0


@attrs.frozen
class _Model:
    labels: tuple[str, ...]
    weights: dict[str, dict[str, float]]
    pos_labels: tuple[str, ...]
    pos_weights: dict[str, dict[str, float]]

    def scores(self, feats: list[str]) -> dict[str, float]:
        return _scores(self.weights, self.labels, feats)

    def pos(self, feats: list[str]) -> str:
        out = _scores(self.pos_weights, self.pos_labels, feats)
        return max(self.pos_labels, key=lambda label: (out[label], label))


def _scores(weights: dict[str, dict[str, float]], labels: tuple[str, ...], feats: list[str]) -> dict[str, float]:
    """Each label's score: the sum of its weights over the features present."""
    out = dict.fromkeys(labels, 0.0)
    for f in feats:
        w = weights.get(f)
        if w:
            for label, v in w.items():
                out[label] += v
    return out


@functools.lru_cache(maxsize=1)
def load_model() -> _Model:
    """The shipped model (read once; no network, no training dependency)."""
    raw = (resources.files(__package__) / "data" / "events.json.gz").read_bytes()
    data = json.loads(gzip.decompress(raw))
    return _Model(tuple(data["labels"]), data["weights"], tuple(data["pos_labels"]), data["pos_weights"])


_SCORE_CHUNK = 4096
"""Tokens :meth:`_Dense.scores_of_rows` sums at a time (a megabyte or so of indexes per chunk)."""


@attrs.frozen(eq=False)
class _Dense:
    """One of the perceptron's weight tables as a matrix (a row per feature, a column per label) for scoring many tokens at once."""

    labels: tuple[str, ...]
    rows: dict[str, int]
    matrix: "np.ndarray"  # the last row is zeros: features the model never saw

    @classmethod
    def of(cls, weights: dict[str, dict[str, float]], labels: tuple[str, ...]) -> "_Dense":
        import numpy as np

        rows = {f: k for k, f in enumerate(weights)}
        column = {label: j for j, label in enumerate(labels)}
        matrix = np.zeros((len(rows) + 1, len(labels)))
        for f, k in rows.items():
            for label, v in weights[f].items():
                matrix[k, column[label]] = v
        return cls(labels, rows, matrix)

    def scores(self, feats_list: list[list[str]]) -> "np.ndarray":
        """Each token's label scores (tokens x labels), the sum of its features' weights."""
        zero = len(self.rows)
        get = self.rows.get
        return self.scores_of_rows([[get(f, zero) for f in feats] for feats in feats_list])

    def ids(self, lexical: Optional[Lexical] = None) -> FeatureIds:
        """A fresh mapper from tokens to this table's rows (for one text; ``lexical``: the text's :func:`lexical_memo`)."""
        return FeatureIds(self.rows, len(self.rows), lexical)

    def scores_of_rows(self, rows_list: list[list[int]]) -> "np.ndarray":
        """:meth:`scores` of tokens given as their features' rows.

        Summed feature by feature in the order given, as :func:`_scores` does, so every score is
        the same float to the last bit (a numpy reduction would add in another order).  Tokens go
        :data:`_SCORE_CHUNK` at a time: a long text's index matrix stays small enough to be read
        from the cache, and the padding (the zero row: adding 0.0 changes no sum) is only as wide as
        each chunk's widest token."""
        import numpy as np

        n = len(rows_list)
        out = np.zeros((n, len(self.labels)))
        for lo in range(0, n, _SCORE_CHUNK):
            self._add_scores(rows_list[lo : lo + _SCORE_CHUNK], out[lo : lo + _SCORE_CHUNK])
        return out

    def _add_scores(self, rows_list: list[list[int]], out: "np.ndarray") -> None:
        """Add the scores of ``rows_list`` to ``out`` (one row each), feature by feature (:meth:`scores_of_rows`)."""
        import numpy as np

        n = len(rows_list)
        lengths = np.fromiter(map(len, rows_list), dtype=np.intp, count=n)
        width = int(lengths.max()) if n else 0
        zero = len(self.rows)
        # each token's rows, then the zero row up to the widest: the same matrix as padding row by row
        flat = np.fromiter(itertools.chain.from_iterable(rows_list), dtype=np.intp, count=int(lengths.sum()))
        index = np.full((n, width), zero, dtype=np.intp)
        index[np.arange(width) < lengths[:, None]] = flat  # row-major: each row's first ``length`` places, in order
        for j in range(width):
            np.add(out, self.matrix.take(index[:, j], axis=0), out=out)  # take: the same rows, fewer checks than [...]

    def best(self, scores: "np.ndarray", exclude: Optional[str] = None) -> "np.ndarray":
        """Per row the column of the highest score (``exclude`` left out), ties to the greatest
        label, as ``max(labels, key=lambda label: (score, label))`` picks."""
        import numpy as np

        order = sorted(range(len(self.labels)), key=self.labels.__getitem__, reverse=True)  # greatest label first
        ranked = scores[:, order]
        if exclude is not None:
            ranked[:, order.index(self.labels.index(exclude))] = -np.inf
        return np.array(order, dtype=np.intp)[ranked.argmax(axis=1)]  # argmax keeps the first of equals


@functools.lru_cache(maxsize=1)
def _dense_model() -> tuple[_Dense, _Dense]:
    """The shipped model's event and part-of-speech tables as matrices (built once, read-only)."""
    model = load_model()
    return _Dense.of(model.weights, model.labels), _Dense.of(model.pos_weights, model.pos_labels)


def _perceptron_margins(feats_list: list[list[str]]) -> tuple[list[int], list[float]]:
    """:func:`_perceptron_margin` of many tokens at once: each one's best event class (its index
    in the model's labels) and that class's margin over "no event", the same floats."""
    dense = _dense_model()[0]
    return _margins_of_rows(dense, [[dense.rows.get(f, len(dense.rows)) for f in feats] for feats in feats_list])


def _margins_of_rows(dense: _Dense, rows_list: list[list[int]]) -> tuple[list[int], list[float]]:
    """:func:`_perceptron_margins` of tokens given as their features' rows in ``dense``."""
    if not rows_list:
        return [], []
    scores = dense.scores_of_rows(rows_list)
    best = dense.best(scores, exclude="O")
    margins = scores[range(len(rows_list)), best] - scores[:, dense.labels.index("O")]
    return best.tolist(), margins.tolist()


def _perceptron_pos(feats_list: list[list[str]]) -> list[str]:
    """``load_model().pos(feats)`` of many tokens at once."""
    dense = _dense_model()[1]
    return _pos_of_rows(dense, [[dense.rows.get(f, len(dense.rows)) for f in feats] for feats in feats_list])


def _pos_of_rows(dense: _Dense, rows_list: list[list[int]]) -> list[str]:
    """:func:`_perceptron_pos` of tokens given as their features' rows in ``dense``."""
    if not rows_list:
        return []
    return [dense.labels[k] for k in dense.best(dense.scores_of_rows(rows_list)).tolist()]


def _is_past_form(word: str) -> bool:
    """True for a simple-past verb form ("said", "swept", "began") by lemminflect's tables
    (not memoised: :func:`_past_form_memo` gives one per text)."""
    lemmas = getAllLemmas(word).get("VERB")
    if not lemmas:
        return False
    return word in (getInflection(lemmas[0], "VBD") or ())


def _is_bare_participle(word: str) -> bool:
    """True for an irregular past participle that is no present form ("flown", "taken", "stolen"; not "come",
    "cut"): without an auxiliary it is a passive or perfect sharing one before it ("was released on Monday and
    flown to Rome") or a reduced clause ("the car stolen from the garage"), never a present tense."""
    lemmas = getAllLemmas(word).get("VERB")
    if not lemmas:
        return False
    lemma = lemmas[0]
    return word in (getInflection(lemma, "VBN") or ()) and not any(
        word in (getInflection(lemma, tag) or ()) for tag in ("VB", "VBP", "VBZ", "VBD"))


def _is_gerund_form(word: str) -> bool:
    """True for the -ing form of a verb ("bombing", "finding"; not "bring", "sing"): after "to" it is no infinitive."""
    if not word.endswith("ing"):
        return False
    lemmas = getAllLemmas(word).get("VERB")
    return bool(lemmas) and lemmas[0] != word


def _past_form_memo() -> "Callable[[str], bool]":
    """:func:`_is_past_form` with a memo of its own, for one text."""
    memo: dict[str, bool] = {}

    def lookup(word: str) -> bool:
        found = memo.get(word)
        if found is None:
            found = memo[word] = _is_past_form(word)
        return found

    return lookup


def _past_shaped(word: str) -> bool:
    """Whether ``word`` looks like a regular past form by the tense lexicon ("capsized"; not "United")."""
    cues = tense_words()
    return bool(cues.past_suffix) and word.islower() and len(word) >= cues.past_min_length and word.endswith(cues.past_suffix) and word not in cues.not_past


_KIND_POS = {"VERB": "VERB", "NOUN": "NOUN", "ADJ": "ADJECTIVE"}


def _can_be_verb(word: str, lexical: Lexical = lexical) -> bool:
    """Whether the lexicon lets ``word`` be a verb, or does not know it: "to" before it makes it an
    infinitive only then ("to visit", but "pleaded guilty to fraud")."""
    own = lexical(word)[0]
    return "VERB" in own or not any(k in own for k in ("NOUN", "ADJ"))


def _lexical_pos(word: str, predicted: str, lexical: Lexical = lexical) -> str:
    """The model's part of speech, overruled by the lexicon when the word cannot have it."""
    own = lexical(word)[0]  # (looked up once, not once per part of speech)
    kinds = [_KIND_POS[k] for k in ("VERB", "NOUN", "ADJ") if k in own]
    if len(kinds) == 1:
        return kinds[0]
    if kinds and predicted not in kinds:
        return kinds[0]
    return predicted


def _subject_head(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` closes a noun phrase a determiner opens, with an auxiliary right after it
    ("a final safety check was carried out"): the subject's head noun, not a verb."""
    if i + 1 >= len(words) or words[i + 1].lower() not in _SUBJECT_FOLLOWERS:
        return False
    if words[i][-1:].lower() == "s" and words[i].isalpha() and (i == 0 or words[i - 1].lower() not in _CLAUSE_SUBJECTS):
        return True  # "and repairs will begin": a verb's -s form takes no auxiliary after it (but "what matters is")
    for k in range(i - 1, max(-1, i - 1 - _NOUN_PHRASE_REACH), -1):
        w = words[k].lower()
        if w in _OBJECT_STARTS:
            return True
        if not words[k].isalpha() or not words[k].islower() or w in _AUX_CHAIN or w in _VERB_MARKERS:
            return False
    return False


def _coordinated_subject(words: list[str], i: int, past_form: Callable[[str], bool]) -> bool:
    """(s55) Whether ``words[i]``, a bare form after a word of ``sharing_coordinators``, stands right before a lower-case past
    form ("approved the line in 1861, and work began", "and play resumed"): no bare verb takes a past verb after it, so it
    is that verb's subject noun; not when it is a past form itself ("and cut costs")."""
    w = words[i]
    if i == 0 or i + 1 >= len(words) or words[i - 1].lower() not in _SHARING:
        return False
    if not w.isalpha() or not w.islower() or w.endswith(("s", "ing", "ed")) or past_form(w):
        return False
    after = words[i + 1]
    return after.isalpha() and after.islower() and past_form(after)


def _compound_head(words: list[str], i: int, past_form: Callable[[str], bool]) -> bool:
    """Whether ``words[i]``, a bare verb form, closes a noun phrase a singular determiner opens with one or two words
    before it ("a distress call", "a mobile phone call", lexicon ``singular_determiners``): no subject agrees with a bare
    form there, so it is the phrase's head noun; not a past form that is also bare ("a storm hit the coast"), nor after a
    plural quantifier ("a few residents complain", lexicon ``plural_quantifiers``)."""
    w = words[i]
    if not w.isalpha() or not w.islower() or w.endswith(("s", "ing", "ed")) or past_form(w):
        return False
    for k in range(i - 1, max(-1, i - 2 - _COMPOUND_REACH), -1):
        x = words[k].lower()
        if x in _SINGULAR_DETERMINERS:
            return k < i - 1
        if (not words[k].replace("-", "").isalpha() or not words[k].islower() or x in _VERB_MARKERS or x in _PLURAL_QUANTIFIERS
                or x in _STOP or x in _AUX_CHAIN):
            return False
    return False


def _passive_gerund_ahead(out: "list[EventMention]", sentence_start: int, words: list[str], i: int) -> bool:
    """Whether ``words[i]`` is a passive gerund ("being released", no finite "be" before it) after a verb of its
    sentence that lies ahead (future, infinitive or modal: "will serve four years before being released"): a gerund
    then, not the past form it reads as ("was held for 18 days before being charged" is told as past)."""
    if i < 1 or words[i - 1].lower() != "being" or (i >= 2 and words[i - 2].lower() in _BE_PRESENT | _BE_PAST):
        return False
    prev = next((m for m in reversed(out) if m.pos == "VERB"), None)
    return prev is not None and prev.sentence_start == sentence_start and (prev.tense in ("FUTURE", "INFINITIVE") or prev.modality is not None)


def _goal_noun(words: list[str], i: int) -> bool:
    """Whether ``words[i]``, right after "to", names the state a goal verb puts its object into ("reopened the
    bridge to traffic on Thursday", "returned the reactor to service"): a noun, since a preposition, a time word or
    a clause stop follows it (no object) and an object (opening with a determiner, an object pronoun or a name; no
    clause break) stands between the verb and "to"."""
    if (i + 1 < len(words) and words[i + 1].lower() not in _GOAL_FOLLOWERS
            and " ".join(words[i + 1 : i + 3]).lower() not in _GOAL_TIME_OPENERS):
        return False  # "close the plant to cut costs", "took the boy home to visit the grave": an infinitive with its own object
    for k in range(i - 3, max(-1, i - 2 - _GOAL_REACH), -1):
        w = words[k].lower()
        if w in _STOP or w in _VERB_MARKERS:
            return False
        if w in _GOAL_VERBS:  # the object opens with a determiner, an object pronoun or a name ("closing up $11 to close at $50": none)
            after = words[k + 1]
            return after.lower() in _OBJECT_STARTS or after.lower() in _GOAL_OBJECT_PRONOUNS or after[:1].isupper()
    return False


def _ends_at(words: list[str], j: int, phrase: tuple[str, ...]) -> bool:
    """Whether the lower-cased ``words`` up to index ``j`` end with ``phrase``."""
    k = j - len(phrase) + 1
    return k >= 0 and all(words[k + n].lower() == w for n, w in enumerate(phrase))


def _presence(words: list[str], i: int) -> bool:
    """(s55) Whether the word at ``i`` is one of ``presence_nouns`` within ``presence_reach`` words after a word of
    ``presence_signals``, only determiners, names and modifiers between ("appeared before the court", "testified before
    the Senate committee", "arrived before the walls"): "before" says where, and the noun is a place, no event."""
    if words[i].lower() not in _PRESENCE_NOUNS:
        return False
    for k in range(i - 1, max(-1, i - 1 - _PRESENCE_REACH), -1):
        w = words[k].lower()
        if w in _PRESENCE_SIGNALS:
            return True
        if not words[k].isalpha() or w in _PREMODIFIER_STOPS or w in _PRESENCE_SIGNALS:
            return False
    return False


def _premodifier(words: list[str], i: int, lexical: Lexical = lexical) -> bool:
    """Whether the word at ``i`` is an occasion noun of ``premodifying_nouns`` used as an adjective: after a word of
    ``object_starts`` and before a lower-case word the lexicon knows as a noun, not one of ``premodifier_stops`` ("walked
    out before the final vote": the vote; "the final on Sunday", "a final that had been postponed", "the cup final" name
    the occasion)."""
    if words[i].lower() not in _PREMODIFYING or i == 0 or i + 1 >= len(words) or words[i - 1].lower() not in _OBJECT_STARTS:
        return False
    after = words[i + 1]
    return after.isalpha() and after.islower() and after not in _PREMODIFIER_STOPS and "NOUN" in lexical(after)[0]


def _negated_noun(words: list[str], i: int) -> bool:
    """Whether a negating determiner opens the noun phrase ``words[i]`` heads ("No crashes", "no immediate
    response"): the determiner at most ``noun_negation_reach`` lower-case words before it."""
    for k in range(i - 1, max(-1, i - 2 - _NOUN_NEGATION_REACH), -1):
        w = words[k].lower()
        if w in _NOUN_NEGATORS:
            return True
        if not words[k].isalpha() or not words[k].islower() or w in _STOP or w in _AUX_CHAIN:
            return False
    return False


def _negative_subject(words: list[str], j: int) -> bool:
    """Whether the subject ending at ``j`` (right before a verb group) denies the verb: a negative
    pronoun ("Nobody was hurt") or a clause opening with a negative determiner a few words before
    ("No arrests were made", "None of the passengers were injured")."""
    if j < 0:
        return False
    if words[j].lower() in _NEGATIVE_SUBJECT_ENDS and any(_ends_at(words, j, phrase) for phrase in _NEGATIVE_SUBJECTS):
        return True
    for k in range(j - 1, max(-1, j - 1 - _NEGATIVE_REACH), -1):
        if words[k + 1].lower() in _NOUN_PHRASE_ENDS:
            return False  # the words between the determiner and the verb are one noun phrase
        if words[k].lower() not in _NEGATIVE_DETERMINER_ENDS:
            continue
        for phrase in _NEGATIVE_DETERMINERS:
            if _ends_at(words, k, phrase) and (k - len(phrase) < 0 or words[k - len(phrase)].lower() in _STOP):
                return True
    return False


def _opens_reduced_clause(words: list[str], k: int) -> bool:
    """Whether ``words[k]`` opens a clause of a bare participle ("If convicted", "when asked"); a word that is also an
    adverb ("it once owned") only at the start of a clause."""
    if k < 0 or words[k].lower() not in REDUCED_CLAUSE_OPENERS:
        return False
    return words[k].lower() not in _REDUCED_CLAUSE_ADVERBS or k == 0 or words[k - 1] in _STOP


_SINGULAR_SUBJECTS = tense_words().singular_subjects
_SUBJECT_PAST = tense_words().relative_past
"""(s61) The past forms the present shares that a singular subject right before makes past (lexicon tense
``relative_past``, ``singular_subjects``: "it forecast", "she set")."""


def _verb_attributes(words: list[str], i: int, past_form: "Callable[[str], bool]" = _is_past_form) -> tuple[str, str, str, Optional[str]]:
    """(tense, aspect, polarity, modality) of the verb at ``i`` from the words before it
    (``past_form``: :func:`_is_past_form`, or the text's memo of it)."""
    w = words[i].lower()
    tense, aspect, polarity, modality = "NONE", "NONE", "POS", None
    auxes: list[str] = []
    used = 0  # words the auxiliaries take ("didn't" is one word, two auxiliaries)
    finite = False  # whether the auxiliaries read so far hold the one that carries the group's tense
    for j in range(i - 1, max(-1, i - 5), -1):
        lw = words[j].lower().replace("’", "'")
        parts = _parts(lw)
        # (no generator made per word for the two tests below: most words end the group at once)
        clitic = (next((c for c in _SUBJECT_CLITICS if lw.endswith(c) and len(lw) > len(c)), None)
                  if lw not in _AUX_CHAIN and lw.endswith(_SUBJECT_CLITICS) else None)
        if clitic is not None:  # "They've left": the auxiliary on its subject, where the group begins
            auxes.append(clitic)
            used += 1
            break
        if lw in _STOP:
            break  # only the auxiliaries (and adverbs) right in front of the verb count
        chained = True  # every part an auxiliary or an adverb (all() over the parts, written out)
        for part in parts:
            if part not in _AUX_CHAIN and not part.endswith("ly"):
                chained = False
                break
        if not chained:
            break
        if j > 0 and lw in _MODALS and not words[j].islower():
            break  # a capital inside the sentence is a name: "in late May have forced" (the month), not a modal
        if finite and not _FINITE_AUX.isdisjoint(parts):
            break  # "for work he never did was jailed": "did" ends a clause of its own, its "never" is not this verb's
        finite = finite or not _FINITE_AUX.isdisjoint(parts)
        auxes.extend(reversed(parts))
        used += 1
    aux = set(auxes)
    if aux & _NEGATION or _negative_subject(words, i - used - 1):
        polarity = "NEG"
    if aux & _FUTURE or ("going" in aux and "to" in aux):
        tense = "FUTURE"
    for m in auxes:
        if m in _MODALS:
            modality = _MODALS[m]
            break
    if aux & _HAVE_PAST:
        tense, aspect = "PAST", "PERFECTIVE"
    elif aux & _HAVE_PRESENT:
        tense, aspect = ("FUTURE" if tense == "FUTURE" else "PRESENT"), "PERFECTIVE"
    if (w.endswith("ing") or "being" in aux) and aux & (_BE_PRESENT | _BE_PAST | {"be", "been"}):
        # (s58) "is still being built": a passive progressive ("being" and a form of "be" before the participle)
        aspect = "PERFECTIVE_PROGRESSIVE" if aspect == "PERFECTIVE" else "PROGRESSIVE"
    if tense == "NONE":
        if aux & _BE_PAST:
            tense = "PAST"
        elif aux & _BE_PRESENT:
            tense = "PRESENT"
        elif auxes == ["to"] and _is_gerund_form(w):
            tense = "PRESPART"  # "paid tribute to bombing victims", "gave priority to finding them": "to" is a preposition
        elif auxes and (auxes[0] == "to" or ("to" in auxes[1:] and auxes[0] in ("be", "been", "have")
                                             and (i - len(auxes) - 1 < 0 or words[i - len(auxes) - 1].lower() not in _RAISING))):
            tense = "INFINITIVE"  # "to visit"; "is expected to be discharged", "hopes to have finished"; not "appear to be stymied"
        elif modality is not None:
            tense = "NONE"
        elif "did" in aux:
            tense = "PAST"
        elif aux & {"do", "does"}:
            tense = "PRESENT"
        elif w.endswith("ing"):
            tense = "PRESPART"
        elif w in PAST_FORMS or w.endswith("ed") or past_form(w) or _is_bare_participle(w):
            tense = "PASTPART" if not auxes and w not in _AUX_CHAIN and _opens_reduced_clause(words, i - 1) else "PAST"
        elif not auxes and i > 0 and words[i - 1].lower() in _SINGULAR_SUBJECTS and w in _SUBJECT_PAST:
            tense = "PAST"  # (s61) "the 1.4 billion it forecast in March": a form the present shares, after a subject that would take "-s"
        else:
            tense = "PRESENT"
    return tense, aspect, polarity, modality


def _past_in_sentence(out: "list[EventMention]", sentence_start: int) -> bool:
    """Whether a verb of the sentence at ``sentence_start`` found so far (the last ones of ``out``) is told in the past."""
    for m in reversed(out):
        if m.sentence_start != sentence_start:
            return False
        if m.pos == "VERB" and m.tense == "PAST":
            return True
    return False


def _shared_group(out: "list[EventMention]", sentence_start: int, words: list[str], toks: "Sequence[Token]", i: int, word: str,
                  lexical: Lexical, tense: str, modality: Optional[str]) -> tuple[str, Optional[str]]:
    """(tense, modality) of a bare verb right after "and"/"or" (``sharing_coordinators``): the verb group
    of the verb before it, when that is an infinitive or has a modal ("planned to cut 50 jobs and hire
    contractors", "could close the plant or sell it"): the second verb shares its "to" or its modal, so
    it is no more real than the first; else its own (``tense``, ``modality``)."""
    prev = next((m for m in reversed(out) if m.pos == "VERB"), None)
    if (prev is None or prev.sentence_start != sentence_start or (prev.tense not in _SHARED_TENSES and prev.modality is None)
            or lexical(word)[1] != word):
        return tense, modality
    k = next((j for j in range(i - 1, -1, -1) if toks[j].start == prev.start), None)
    if k is None:
        return tense, modality
    # (s62) a token glued to the one before it is part of that word ("10.30", "a.m.": "will arrive at 10.30 a.m. and walk
    # to the library"): it neither ends the group nor counts as a word of the reach
    glued = [toks[j].start == toks[j - 1].end for j in range(k + 1, i)]
    if (1 + glued.count(False) > _SHARED_REACH
            or any(w in _SHARED_BREAKS and not g for w, g in zip(words[k + 1 : i - 1], glued))):
        return tense, modality
    return (prev.tense if prev.tense in _SHARED_TENSES else tense), prev.modality


_SHARED_TENSES = frozenset({"INFINITIVE", "FUTURE"})
"""Tenses a bare verb after "and" takes from the verb group before it: its "to" ("planned to cut jobs and hire") or its
"will" (s57: "will cut 900 jobs and close 14 stores": the closing lies ahead too)."""


EVENT_MODELS = ("neural", "perceptron")
"""``neural``: the fine-tuned encoder (more accurate); ``perceptron``: the linear model over
hand-made features (several times faster, less accurate on words unseen in training)."""

NEURAL_THRESHOLD = -1.0
"""Margin over "no event" a word needs under the neural detector (its own margin plus
:data:`PERCEPTRON_WEIGHT` times the perceptron's); the middle of the plateau of mean F1
over held-out TBAQ folds 0 and 1 (-1.25 to -0.5, all within 0.15 of each other)."""

PERCEPTRON_WEIGHT = 0.05
"""The perceptron's share in the neural detector's margin.  Its word and affix features
add 0.3 to 0.6 F1 on both held-out TBAQ folds at every threshold from -1.25 to -0.5
(weight chosen on fold 0)."""

_RESCORE_GAP = 3.0
"""Only words whose encoder margin is within this of the threshold are re-scored with the
perceptron (about 15% of words; on held-out TBAQ no decision changes by it)."""


def check_event_model(event_model: str) -> None:
    """Raise a clear :class:`InputError` unless ``event_model`` is one of :data:`EVENT_MODELS`."""
    if event_model not in EVENT_MODELS:
        raise InputError(f"event_model={event_model!r} is not supported; use one of {', '.join(EVENT_MODELS)}")


def _perceptron_margin(model: _Model, feats: list[str]) -> tuple[str, float]:
    """The perceptron's best event class and its margin over "no event"."""
    scores = model.scores(feats)
    label = max((lab for lab in model.labels if lab != "O"), key=lambda lab: (scores[lab], lab))
    return label, scores[label] - scores["O"]


def detect_events(text: "str | Doc", *, threshold: Optional[float] = None, event_model: str = "neural") -> tuple[EventMention, ...]:
    """The event mentions of ``text`` in text order, with ids e1, e2, ...

    ``threshold`` trades recall for precision: a word is an event when its best event
    class outscores "no event" by more than it (default: the model's own, chosen on
    held-out TBAQ).  ``event_model`` is one of :data:`EVENT_MODELS`.
    """
    return _detect(text, threshold, event_model, False)[0]


def detect_events_with_states(
    text: "str | Doc", *, threshold: Optional[float] = None, event_model: str = "neural"
) -> "tuple[tuple[EventMention, ...], Optional[list[np.ndarray]]]":
    """:func:`detect_events` plus, from the same encoder pass, each sentence's (words x 384)
    hidden states (sentences as :func:`timeline.text.segment` splits them), for
    the relation models.  The states are None under ``event_model="perceptron"``."""
    return _detect(text, threshold, event_model, True)


def _detect(
    text: "str | Doc", threshold: Optional[float], event_model: str, want_states: bool
) -> "tuple[tuple[EventMention, ...], Optional[list[np.ndarray]]]":
    """The events of ``text`` and, if asked and the neural model runs, its hidden states."""
    from ..pipeline import collection_paused

    with collection_paused():  # many small feature lists, no cycles
        return _detect_all(text, threshold, event_model, want_states)


_HAPPENING_COMPOUNDS = frozenset(_VERB_GROUP["happening_compounds"])  # "a break-in at the depot": a happening noun
# (s57) and the nouns of a natural happening the models leave out as well ("A landslip shut the railway")
_HAPPENING_COMPOUNDS |= frozenset(_VERB_GROUP.get("missed_happenings", ()))
_COUNTED_REPORTS = frozenset(_VERB_GROUP.get("counted_reports", ()))
_COUNTED_OBJECT_STARTS = frozenset(_VERB_GROUP.get("counted_object_starts", ()))


def _counted_action(words: list[str], i: int) -> bool:
    """Whether the report verb ``words[i]`` takes a counted object rather than speech (lexicon ``counted_reports``, then
    a word of ``counted_object_starts`` or a figure: "Evans added a second try", "the index added 12 points")."""
    if words[i].lower() not in _COUNTED_REPORTS or i + 1 >= len(words):
        return False
    nxt = words[i + 1]
    return nxt.lower() in _COUNTED_OBJECT_STARTS or nxt[:1].isdigit()


_OPENING_PREPS = frozenset(_VERB_GROUP.get("opening_participle_preps", ()))
_OPENING_REACH = int(_VERB_GROUP.get("opening_participle_reach", 0))


def _with_openers(candidates: list[tuple[int, int, int, float]], all_words: list[list[str]], occurrence: int, cut: float,
                  lexical: Lexical) -> list[tuple[int, int, int, float]]:
    """``candidates`` with the past participle that opens a sentence with a dated phrase ("Born in Cardiff in 1937, she
    learned to swim": an inflected verb form, a preposition of lexicon ``opening_participle_preps`` after it, and a figure
    before the phrase's comma, within ``opening_participle_reach`` words) when the models did not take it, as an
    occurrence at the threshold; in text order."""
    taken = {(n, i) for n, i, _, _ in candidates}
    added = []
    for n, words in enumerate(all_words):
        if (n, 0) in taken or len(words) < 4 or not words[0][:1].isupper() or words[1].lower() not in _OPENING_PREPS:
            continue
        word = words[0].lower()
        readings, lemma = lexical(word)
        if "VERB" not in readings or lemma == word or word.endswith(("s", "ing")):
            continue
        phrase = words[2 : 2 + _OPENING_REACH]
        if "," in phrase and any(w[:1].isdigit() for w in phrase[: phrase.index(",")]):
            added.append((n, 0, occurrence, cut))
    return sorted(candidates + added, key=operator.itemgetter(0, 1)) if added else candidates


def _with_compounds(candidates: list[tuple[int, int, int, float]], places: list[tuple[int, int]], occurrence: int,
                    cut: float) -> list[tuple[int, int, int, float]]:
    """``candidates`` (sentence, word, label, margin) with every word of lexicon ``happening_compounds`` ("break-in",
    "shoot-out": nouns of a happening written with a particle, which the models leave out) or ``missed_happenings``
    (s57: "landslip", "avalanche") the models did not take, as an occurrence at the threshold; in text order.
    ``places``: (sentence, word) of each such word, in text order (:func:`_compound_places`)."""
    taken = {(n, i) for n, i, _, _ in candidates}
    added = [(n, i, occurrence, cut) for n, i in places if (n, i) not in taken]
    return sorted(candidates + added, key=operator.itemgetter(0, 1)) if added else candidates


def _compound_places(text: str, tokens: "Sequence[Sequence[Token]]") -> list[tuple[int, int]]:
    """(sentence, word) of every token of ``tokens`` (each sentence's, in order) whose lower case is a word of
    :data:`_HAPPENING_COMPOUNDS`, in text order: what reading every token finds, found (s58) where the words are written
    in the lower-cased text, when lower case keeps every character's place (one character for one)."""
    lowered = text.lower()
    if len(lowered) != len(text):
        return [(n, i) for n, toks in enumerate(tokens) for i, t in enumerate(toks) if t.text.lower() in _HAPPENING_COMPOUNDS]
    hits: set[int] = set()
    for word in _HAPPENING_COMPOUNDS:
        at = lowered.find(word)
        while at >= 0:
            hits.add(at)
            at = lowered.find(word, at + 1)
    if not hits:
        return []
    full = [n for n, toks in enumerate(tokens) if toks]
    firsts = [tokens[n][0].start for n in full]  # sentences' tokens lie in text order, one sentence after another
    places = []
    for at in sorted(hits):
        k = bisect.bisect_right(firsts, at) - 1
        if k < 0:
            continue
        toks = tokens[full[k]]
        i = bisect.bisect_left(toks, at, key=_TOKEN_START)
        if i < len(toks) and toks[i].start == at and toks[i].text.lower() in _HAPPENING_COMPOUNDS:
            places.append((full[k], i))
    return places


def _detect_all(
    text: "str | Doc", threshold: Optional[float], event_model: str, want_states: bool
) -> "tuple[tuple[EventMention, ...], Optional[list[np.ndarray]]]":
    """:func:`_detect` itself."""
    states = None
    if not isinstance(text, (str, Doc)):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    check_event_model(event_model)
    model = load_model()
    doc = as_doc(text)
    spans = doc.spans
    tokens = [s.tokens for s in doc.sentences]
    all_words = [[t.text for t in toks] for toks in tokens]
    if event_model == "neural":
        from .neural import load_scorer

        scorer = load_scorer()
        labels, cut = scorer.labels, NEURAL_THRESHOLD if threshold is None else threshold
        if want_states:
            neural_scores, states = scorer.score_with_states(all_words)
        else:
            neural_scores = scorer.score(all_words)
    else:
        labels, cut = model.labels, DEFAULT_THRESHOLD if threshold is None else threshold
    none = labels.index("O")
    event_table, pos_table = _dense_model()
    lexical = lexical_memo()  # this text's words' lemmas and parts of speech, looked up once
    past_form = _past_form_memo()
    event_rows, pos_rows = event_table.ids(lexical), pos_table.ids(lexical)
    # every token the perceptron scores, in one batch: (sentence, word, its rows, encoder margin or None, its class)
    scored: list[tuple[int, int, list[int], Optional[float], int]] = []
    for n, (toks, words) in enumerate(zip(tokens, all_words)):
        if event_model == "neural":
            rows = neural_scores[n]
            others = rows.copy()
            others[:, none] = -float("inf")
            bests = others.argmax(axis=1)
            margins = others.max(axis=1) - rows[:, none]
            near = [i for i in (margins > cut - _RESCORE_GAP).nonzero()[0].tolist() if toks[i].text[0].isalpha()]
            margin_of, best_of = margins.tolist(), bests.tolist()
            for i, ids in zip(near, event_rows.sentence_ids(words, near)):
                scored.append((n, i, ids, margin_of[i], best_of[i]))
        else:
            words_of = [i for i, tok in enumerate(toks) if tok.text[0].isalpha()]
            for i, ids in zip(words_of, event_rows.sentence_ids(words, words_of)):
                scored.append((n, i, ids, None, 0))
    best_labels, perceptron = _margins_of_rows(event_table, [rows for _, _, rows, _, _ in scored])
    candidates: list[tuple[int, int, int, float]] = []  # (sentence, word, label, margin)
    for (n, i, _, encoder, best), label, margin in zip(scored, best_labels, perceptron):
        if encoder is not None:
            total = encoder + PERCEPTRON_WEIGHT * margin
            if total > cut:
                candidates.append((n, i, best, total))
        elif margin > cut:
            candidates.append((n, i, label, margin))
    if _HAPPENING_COMPOUNDS:
        candidates = _with_compounds(candidates, _compound_places(doc.text, tokens), labels.index("OCCURRENCE"), cut)
    if _OPENING_PREPS:
        candidates = _with_openers(candidates, all_words, labels.index("OCCURRENCE"), cut, lexical)
    pos_ids: list[list[int]] = []
    for n, group in itertools.groupby(candidates, key=operator.itemgetter(0)):  # the candidates of one sentence at a time
        pos_ids += pos_rows.sentence_ids(all_words[n], [i for _, i, _, _ in group])
    predicted = _pos_of_rows(pos_table, pos_ids)
    out: list[EventMention] = []
    for (n, i, best, margin), model_pos in zip(candidates, predicted):
        (s, e), toks, words = spans[n], tokens[n], all_words[n]
        tok = toks[i]
        low = tok.text.lower()  # (s62 speed) once per candidate, not once per check
        if _PREMODIFYING and _premodifier(words, i, lexical):
            continue  # "before the final vote": an adjective, no event of its own
        if _PRESENCE_NOUNS and _presence(words, i):
            continue  # (s55) "appeared before the court on Monday": a place, no event
        pos = _lexical_pos(low, model_pos, lexical)
        if i > 0 and words[i - 1].lower() == "to" and "NOUN" in lexical(low)[0] and _goal_noun(words, i):
            pos = "NOUN"  # "reopened the bridge to traffic on Thursday": the state the object is put into, no infinitive
        elif (pos != "VERB" and i > 0 and (marker := _parts(words[i - 1].lower().replace("’", "'"))[-1]) in _VERB_MARKERS
                and ((marker != "to" and marker not in _HAVE_MARKERS) or _can_be_verb(low, lexical))):
            pos = "VERB"  # "had killed", "to visit", "will vote", "had been ill"; not "pleaded guilty to fraud" (no verb),
            # nor "where she had surgery on Thursday" (a noun the lexicon knows as no verb: "have" there is no auxiliary)
        elif pos == "VERB" and "NOUN" in lexical(low)[0] and _subject_head(words, i):
            pos = "NOUN"  # "a final safety check was carried out": the subject's head
        elif pos == "VERB" and "NOUN" in lexical(low)[0] and _coordinated_subject(words, i, past_form):
            pos = "NOUN"  # (s55) "approved the line, and work began": a bare form before a past verb is its subject
        elif pos == "VERB" and _COMPOUND_REACH and "NOUN" in lexical(low)[0] and _compound_head(words, i, past_form):
            pos = "NOUN"  # "sent a distress call at 10:02 p.m.": the call is the sending's object, no verb of its own
        elif pos == "ADJECTIVE" and i + 1 < len(words) and "VERB" in lexical(low)[0] and (
                words[i + 1].lower() in _OBJECT_STARTS or (i > 0 and words[i - 1].lower() in _SHARING and words[i + 1][:1].isupper())
                or (i > 0 and tok.text.islower() and words[i - 1][:1].isupper() and words[i + 1][:1].isupper() and past_form(tok.text))):
            pos = "VERB"  # "left her car": an adjective takes no object; "... and beat Dunmore": nor a name after "and"; nor one
            # between two names ("Harlow Town beat Corley Athletic": the past form is their verb)
        elif (pos == "ADJECTIVE" and 1 < i and words[i - 1].lower() in _SUBJECT_ADVERBS and words[i - 2].lower() not in _OBJECT_STARTS
              and words[i - 2][:1].isalpha() and tok.text.islower() and past_form(tok.text) and "VERB" in lexical(low)[0]):
            pos = "VERB"  # (s57) "The airport first applied for a licence": the subject's verb after its adverb, no adjective
        elif (pos == "NOUN" and 0 < i and i + 1 < len(words) and words[i + 1].lower() in _OBJECT_STARTS
              and words[i - 1].lower() not in _OBJECT_STARTS and tok.text.islower() and past_form(tok.text)):
            pos = "VERB"  # "who saw the landing drove the injured": a past form with an object, after no determiner
        elif pos == "UNKNOWN" and _past_shaped(tok.text):
            pos = "VERB"  # a past form neither model nor lexicon knows: "after it capsized"
        tense, aspect, polarity, modality = ("NONE", "NONE", "POS", None)
        if pos == "VERB":
            tense, aspect, polarity, modality = _verb_attributes(words, i, past_form)
            if tense == "PRESENT" and i > 0 and words[i - 1].lower() in _SHARING:
                tense, modality = _shared_group(out, s, words, toks, i, low, lexical, tense, modality)
            elif (tense == "PAST" and i > 0 and words[i - 1].lower() in _SHARING and aspect == "NONE"
                  and not _past_in_sentence(out, s)):
                # "are expected to develop on Wednesday and spread east": a past form that is also the bare verb shares the
                # group of an infinitive before it in a clause told in no past ("met to discuss the bid and cut" keeps its past)
                tense, modality = _shared_group(out, s, words, toks, i, low, lexical, tense, modality)
            elif tense == "PAST" and _passive_gerund_ahead(out, s, words, i):
                tense = "PRESPART"  # "will serve four years before being released": no past tense
        elif pos == "NOUN" and _negated_noun(words, i):
            polarity = "NEG"
        label = labels[best]
        if label == "REPORTING" and pos == "VERB" and _counted_action(words, i):
            label = "OCCURRENCE"  # "added a second try": a counted object, no speech
        out.append(EventMention(f"e{len(out) + 1}", tok.text, tok.start, tok.end, s, e, label, pos, tense, aspect, polarity, modality, round(margin, 3)))
    return tuple(out), states
