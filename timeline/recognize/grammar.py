"""Compile the rules of a lexicon into one matcher.

Named sub-patterns (``{MONTH}``, ``{NUM}``, ...) are built from the lexicon tables; each
rule's pattern is expanded, its capture groups are prefixed with the rule's index so the
rules can share one alternation, and the alternation is tried at candidate token starts
only (see :mod:`timeline.recognize`).  Every sub-pattern is a finite alternation of words
or a bounded repetition, so a match attempt costs time bounded by the expression's length.
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
from re import _constants as _C, _parser  # the parsed form of a rule pattern, to read the words it begins with
from typing import Any, Mapping, Optional

import attrs

from ..lexicon import Lexicon, load_lexicon
from . import lookahead
from .precompiled import SCAN_KEY, TRIE_MARK, compile_pattern, dispatch_table, pattern_key, shipped_start_words

__all__ = ["Grammar", "compile_grammar", "gates_open", "SPACE", "HYPHEN_OR_SPACE"]

SPACE = r"(?:\s{1,6})"
HYPHEN_OR_SPACE = r"(?:\s{0,2}-\s{0,2}|\s{1,6})"


def _alternation(words: list[str], *, dotted_abbreviations: bool = False, trie: bool = False) -> str:
    """A non-capturing alternation of ``words``, longest first, spaces made flexible; no words never match.  ``trie``:
    the same alternation written as a trie where that matches the same (:func:`_word_trie`), for the compiled rules."""
    if not words:
        return "(?!)"
    if trie:
        shaped = _word_trie(words, dotted_abbreviations)
        if shaped is not None:
            return "(?:" + shaped + r")(?![a-z0-9])"
    parts = []
    for w in sorted(set(words), key=lambda x: (-len(x), x)):
        body = re.escape(w).replace(r"\ ", SPACE).replace(r"\-", HYPHEN_OR_SPACE).replace("'", r"\s?['’]")
        if dotted_abbreviations and len(w) <= 4 and " " not in w:
            body += r"\.?"
        parts.append(body)
    return "(?:" + "|".join(parts) + r")(?![a-z0-9])"


_SEPARATORS = frozenset(" -'")  # the characters :func:`_alternation` writes as patterns that may begin with a space


def _word_trie(words: list[str], dotted_abbreviations: bool = False) -> Optional[str]:
    """:func:`_alternation`'s branches (without its closing lookahead) as a trie, "jan(?:uary|\\.?)|ju(?:ne|...)": the
    engine tries the words that begin with the text's next character only, not every word in turn (a rule is tried at
    every numeral and at "the": its {NUM}, {UNIT}, {MONTH} were most of a failed attempt's cost).  It matches what the
    alternation matches, and prefers the same match: the words that match at a place are prefixes of one another (at a
    node, the branches open with different characters, at most one with a separator: one of them can go on), and a
    longer word is tried before a shorter one as in the alternation.  None (the alternation is kept) where that does
    not hold: a word opening with a separator or holding two in a row, two separators after one node, or a dotted
    abbreviation (its optional full stop) where a word goes on with a full stop."""
    ordered = sorted(set(words), key=lambda x: (-len(x), x))
    if any(w[:1] in _SEPARATORS or any(a in _SEPARATORS and b in _SEPARATORS for a, b in zip(w, w[1:])) for w in ordered):
        return None
    root: dict[str, Any] = {}
    for w in ordered:
        node = root
        for c in w:
            node = node.setdefault(c, {})
        node[""] = w

    def shaped(node: dict[str, Any]) -> Optional[str]:
        kids = [c for c in node if c != ""]  # (in the order of their first words in the alternation: the order made)
        if sum(c in _SEPARATORS for c in kids) > 1:
            return None
        end = node.get("")
        dotted = end is not None and dotted_abbreviations and len(end) <= 4 and " " not in end
        if dotted and "." in kids:
            return None
        parts = []
        for c in kids:
            rest = shaped(node[c])
            if rest is None:
                return None
            edge = SPACE if c == " " else HYPHEN_OR_SPACE if c == "-" else r"\s?['’]" if c == "'" else re.escape(c)
            parts.append(edge + rest)
        if end is not None:
            if not parts:
                return r"\.?" if dotted else ""
            if dotted:
                return "(?:" + "|".join(parts) + r"|\.?)"  # (the longer words first, as in the alternation)
            return "(?:" + "|".join(parts) + ")?"
        return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"

    return shaped(root)


def _subpatterns(lex: Lexicon, trie: bool = False) -> dict[str, str]:
    """The sub-patterns of ``lex``'s rules ({MONTH}, {NUM}, ...); ``trie``: their word alternations as tries (the
    patterns compiled, :func:`_word_trie`; the same matches)."""
    alt = functools.partial(_alternation, trie=trie)
    months = lex["months"]
    grammar = lex["number_grammar"]
    tens, ones, articles = grammar["tens"], grammar["ones"], grammar["articles"]
    compound = "(?:" + "|".join(tens) + ")(?:[- ](?:" + "|".join(ones) + "))?" if tens and ones else "(?!)"
    article = "(?:" + "|".join(re.escape(a).replace(r"\ ", SPACE) for a in sorted(articles, key=lambda x: (-len(x), x))) + ")(?![a-z])" if articles else "(?!)"
    number_words = [w for w in lex["numbers"] if w not in articles and w not in grammar["not_counts"]]
    link = re.escape(grammar["vague_scale_link"]) if grammar["vague_scale_link"] else "(?!)"
    unit_words = [w for u in lex["units"].values() for w in u["words"]]
    modifiers = lex["modifiers"]
    point_mods = [w for w, m in modifiers.items() if m in ("START", "MID", "END")]
    quant_mods = [w for w, m in modifiers.items() if m not in ("START", "MID", "END")]
    scale = alt(list(lex["scales"]))
    vague_scale = alt(list(lex["vague_scales"]))
    # at most ten groups of thousands (as thirty digits): a longer run is no count, nor is any of its groups (each a token
    # of its own, no longer matched to the run's end: that made a text of many groups quadratic)
    numeral = r"(?<!\d,)(?:\d{1,3}(?:,\d{3}){1,10}|\d{1,30})(?:\.\d{1,6})?(?![\d,.]\d)"
    count = "(?:" + numeral + "|" + compound + "(?![a-z])|" + alt(number_words) + "|" + article + ")"
    return {
        "_": SPACE,
        "_-": HYPHEN_OR_SPACE,
        # an optional comma, also as pre-tokenised text writes it ("July 24 , 2003")
        "CM": r"(?:\s?,)?",
        # a possessive 's, also split off as tokenised text writes it ("the year 's end")
        "POSS": r"\s?['’]s(?![a-z])",
        "MONTH": alt(list(months), dotted_abbreviations=True),
        "WEEKDAY": alt(list(lex["weekdays"]), dotted_abbreviations=True),
        "DAYNUM": r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d:])",
        "YEAR": r"(?:1[0-9]\d\d|20\d\d)(?!\d)",
        # a count, optionally scaled ("13.8 billion", "a hundred thousand"); numerals up to 30 digits
        "NUM": "(?:" + count + "(?:" + SPACE + scale + "){1,4}|" + count + ")",
        # vague amounts: "several", and vague scales "tens of thousands of", "millions of"
        "VAGUE_NUM": "(?:" + vague_scale + "(?:" + SPACE + link + SPACE + vague_scale + "){0,3}" + SPACE + link + "(?![a-z])|" + alt(list(lex["vague_numbers"])) + ")",
        "UNIT": alt(unit_words),
        # (s51) unit abbreviations written glued to their numeral ("2hrs", "45mins"; [units] ``glued``)
        "GLUED_UNIT": alt([w for u in lex["units"].values() for w in u.get("glued", ())]),
        # "another", "a further": one more, before a count ("another two days")
        "ADDITIVE": alt(list(grammar.get("additive", ()))),
        "ORDINAL": alt(list(lex["ordinals"])),
        # an ordinal word that can name a day of a month ("eighth", "twenty-first"; not "last", "final")
        "DAYWORD": alt([w for w, n in lex["ordinals"].items() if 1 <= int(n) <= 31]),
        "POD": alt(list(lex["parts_of_day"])),
        "SEASON": alt(list(lex["seasons"])),
        # (s61) not the entries only a rule's own words name ([holidays] ``phrase_only``: "the Christmas holiday", rule holiday_season)
        "HOLIDAY": alt([k for k, v in lex["holidays"].items() if not v.get("phrase_only")]),
        # holidays named with their article inside ("the Lunar New Year", "the winter solstice"; [holidays] ``with_the``)
        "HOLIDAY_THE": alt([k for k, v in lex["holidays"].items() if v.get("with_the")]),
        "VAGUE": alt([w for w, v in lex["vague"].items() if not v.get("latent")]),
        "DEICTIC_DAY": alt(list(lex["deictic_days"])),
        "MOD_POINT": alt(point_mods),
        # a point modifier written joined to its month or year by a hyphen only ("end-2012", [hyphened_modifiers])
        "MOD_HYPHEN": _hyphened(lex.tables.get("hyphened_modifiers")),
        "MOD_QUANT": alt(quant_mods),
        "HEDGE_AFTER": alt(list(lex["trailing_hedges"])) + r"(?!-)(?!\s+" + alt(unit_words) + r"\b)",  # not "a week or [two months]"
        "OPEN_END": alt(list(lex["open_ends"])) + "(?!-)",
        # a time zone written after a clock time ("EST", "local time", "Moscow time", "Eastern Standard Time"): part of it
        "ZONE": _zone(lex.tables.get("time_zones"), trie),
        # a hedge word that is a verb's particle ("took over three years ago"): a rule writes (?!{PARTICLE}) before its hedge
        "PARTICLE": _particle(lex["vetoes"].get("hedge_particles"), trie),
    }


def _zone(table: Optional[Mapping[str, Any]], trie: bool = False) -> str:
    """A zone's name ("GMT", "EST") or a place's or region's time ("Moscow time", "Pacific Standard Time") of ``table``."""
    if not table:
        return "(?!)"
    places = _alternation(list(table["places"]), trie=trie).removesuffix("(?![a-z0-9])")
    bare = ""
    if table.get("bare") and table.get("bare_before"):  # (s50) "at 0900 local", "by 5pm local on Monday": the zone word alone,
        # before a mark or a word that goes on the sentence (not a noun: "at 5 p.m. local residents")
        bare = ("|" + _alternation(list(table["bare"])) + r"(?=[ \t]*(?:[,;:)!?]|\.(?!\d)|$)|" + SPACE
                + _alternation(list(table["bare_before"])) + ")")
    return ("(?:" + places + SPACE + r"(?:(?:standard|daylight|summer|mean)" + SPACE + ")?time(?![a-z0-9])|"
            + _alternation(list(table["names"]), trie=trie) + bare + ")")


def _hyphened(table: Optional[Mapping[str, Any]]) -> str:
    """A modifier word of ``table`` ("end") right before a hyphen, not itself the end of a longer word ("front-end")."""
    if not table:
        return "(?!)"
    return r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in sorted(table, key=len, reverse=True)) + ")(?=-)"


def _particle(table: Optional[Mapping[str, Any]], trie: bool = False) -> str:
    """Matches a hedge word of ``table["words"]`` right after one of its verbs (``table["verbs"]``, one space between)."""
    if not table or not table["words"] or not table["verbs"]:
        return "(?!)"
    behind = "|".join(f"(?<=\\b{re.escape(v)}\\s)" for v in sorted(table["verbs"]))
    words = _alternation(list(table["words"]), trie=trie)
    # the words looked for first: a rule tries (?!{PARTICLE}...) at every position it is attempted at (a numeral, "the"),
    # where no hedge word stands, and a lookbehind for each verb before that cost most of such an attempt (the same
    # strings match: the lookahead is the words written after the verbs' lookbehinds, at the same position)
    return "(?=" + words + ")(?:" + behind + ")" + words


_PLACEHOLDER = re.compile(r"\{([A-Z_]+|_-?)\}")
_GROUP = re.compile(r"\(\?P<([a-z_0-9]+)>")
_GROUP_TEST = re.compile(r"\(\?\(([a-z_0-9]+)\)")  # a conditional on a named group, "(?(the)...|...)", renamed with the group


@attrs.frozen
class Grammar:
    """All rules of a language and the means to try, at a token, only those that can start there.

    Which rules can start at a word, and the compiled matchers, come from the artifacts
    compiled ahead (:mod:`.precompiled`) or, when those miss, are computed on first use; either
    way they are memoised in the (per-language, cached) grammar, so importing the library
    and tagging a short text stay fast.
    """

    lexicon: Lexicon
    rule_names: tuple[str, ...]
    productions: tuple[str, ...]
    group_names: tuple[tuple[str, ...], ...]  # per rule, the (unprefixed) capture names
    start_words: frozenset[str]  # a token that can begin a match (numerals are always tried)
    patterns: tuple[str, ...]  # each rule's expanded pattern
    alternatives: tuple[str, ...]  # each rule as a named alternative with prefixed groups (as compiled)
    # each rule's pattern as compiled: ``patterns`` with the sub-patterns' word alternations written as tries (the same
    # matches, found faster; the lookahead tries and the fingerprint are computed from ``patterns``); none: ``patterns``
    compiled: tuple[str, ...] = ()
    _memo: dict[object, object] = attrs.field(factory=dict, eq=False, repr=False)

    def rule_index(self, name: str) -> int:
        return self.rule_names.index(name)

    def rule_regex(self, index: int) -> "re.Pattern[str]":
        """Rule ``index`` alone (for the fallback after a production's veto)."""
        key = ("rule", index)
        if key not in self._memo:
            self._memo[key] = compile_pattern((self.compiled or self.patterns)[index])
        return self._memo[key]  # type: ignore[return-value]

    def fingerprint(self) -> str:
        """A hash of everything the dispatch table depends on: the patterns, the start words, the probes."""
        if "fingerprint" not in self._memo:
            basis = json.dumps([self.patterns, sorted(self.start_words), _PROBE_SUFFIXES, _LOOKBEHIND_CONTEXTS, _NUMERAL_PROBES,
                                _NUMERAL_HEADS, _DECIMAL_HEADS, _GROUPED_HEADS, lookahead.ALPHABET, lookahead.AFTER_TOKEN, lookahead.SPLIT, lookahead.BUDGET, lookahead.RULES_PER_BUDGET, lookahead.KEEP, lookahead.OWN_CHILD, lookahead.DEPTH,
                                lookahead.PATH_BUDGET, [self.lookahead_paths(k) for k in sorted(self.start_words | _NUMERAL_KEYS)],
                                list(self.lexicon.tables.get("common_words", {}).get("words", ())), _PROFILE_VERSION])
            self._memo["fingerprint"] = hashlib.sha256(basis.encode("utf-8")).hexdigest()[:32]
        return self._memo["fingerprint"]  # type: ignore[return-value]

    def _partial(self) -> list[Any]:
        """Each rule compiled for prefix (partial) matching, loaded only when no dispatch table ships."""
        if "partial" not in self._memo:
            import regex as _partial_regex  # only for prefix (partial) matching, when no dispatch table ships

            self._memo["partial"] = [_partial_regex.compile(p) for p in self.patterns]
        return self._memo["partial"]  # type: ignore[return-value]

    def lookahead(self, token: str) -> "Optional[lookahead.Node]":
        """The trie of which rules can go on with the characters after ``token`` (see :mod:`.lookahead`),
        for a start word more than ``lookahead.SPLIT`` rules begin with, or a numeral of up to four digits; else None."""
        key = _trie_key(token)
        if key[:1] != "#" and key not in self.start_words:
            return None  # no rule begins with it (not remembered: the memo holds start words only)
        memo_key = ("trie", key)
        try:
            return self._memo[memo_key]  # type: ignore[return-value]
        except KeyError:
            pass
        shipped = self._shipped()
        if shipped is not None:
            data = shipped.get(TRIE_MARK + key)  # packed, unpacked now that its word is met
            try:
                trie = lookahead.unpack(data) if data is not None else None
            except ValueError:  # a damaged entry: computed as when nothing ships
                trie = self.build_lookahead(key)
        else:
            trie = self.build_lookahead(key)
        self._memo[memo_key] = trie
        return trie

    def build_lookahead(self, key: str) -> "Optional[lookahead.Node]":
        """The lookahead trie of start word ``key`` ("#2": numerals of two digits) computed by partial
        matching, or None when too few rules begin with it to be worth one."""
        heads = _numeral_heads(key) if key[:1] == "#" else (key,)
        base = self.start_rules(key[:1] if key[:1] == "#" else key)
        if len(base) <= lookahead.SPLIT or not heads:
            return None
        loose = self._loose()

        def can_continue(ids: tuple[int, ...], after: str) -> tuple[int, ...]:
            return tuple(i for i in ids if any(loose[i].match(h + after, partial=True) for h in heads))

        # after a word or a numeral of digits only, the token has ended: no letter, digit or apostrophe comes next
        first = lookahead.ALPHABET if key[:1] == "#" and not key[1:].isdigit() else lookahead.AFTER_TOKEN
        profile = self._memo.get("profile")
        if profile is None:
            profile = self._memo["profile"] = lookahead.Profile(self.lexicon.tables.get("common_words", {}).get("words", ()))
        head = heads[0]
        return lookahead.build(base, can_continue, self.lookahead_paths(key), first, lambda after: profile(head + after))

    def filter_lookahead(self, key: str) -> "Optional[lookahead.Node]":
        """For a start word too few rules begin with to have a lookahead trie (at most ``lookahead.SPLIT``), one of
        ``lookahead.SCAN_BUDGET`` nodes computed by partial matching, for the scanner's filter only
        (:meth:`scanner_filters`); None for a numeral or a word with a trie or without rules."""
        if key[:1] == "#" or key not in self.start_words:
            return None
        base = self.start_rules(key)
        if not base or len(base) > lookahead.SPLIT:
            return None
        loose = self._loose()

        def can_continue(ids: tuple[int, ...], after: str) -> tuple[int, ...]:
            return tuple(i for i in ids if loose[i].match(key + after, partial=True))

        return lookahead.build(base, can_continue, (), lookahead.AFTER_TOKEN, budget=lookahead.SCAN_BUDGET)

    def filter_keys(self) -> list[str]:
        """The start words :meth:`filter_lookahead` is computed for: those of the first ``lookahead.SCAN_COMMON`` common
        words (lexicon [common_words]) that have no lookahead trie."""
        common = self.lexicon.tables.get("common_words", {}).get("words", ())[: lookahead.SCAN_COMMON]
        return [w for w in common if w in self.start_words and TOKEN.fullmatch(w) and 0 < len(self.start_rules(w)) <= lookahead.SPLIT]

    def lookahead_paths(self, key: str) -> tuple[str, ...]:
        """The words a start word's trie follows past its budget (:func:`lookahead.build`): after a numeral, the
        lexicon's scales (" million shares" and " million, or" part from " million years" only ten characters on)."""
        if key[:1] == "#":
            return tuple(" " + w for w in sorted(self.lexicon["scales"]))
        return ()

    def node_matcher(self, node: "lookahead.Node", other: bool) -> "lookahead.Matcher":
        """What to try at a trie node's rules (its ``other`` rules with ``other``): none, each rule in
        turn (up to ``lookahead.LIST_MAX``), or their alternation."""
        ids = node.other if other else node.rules
        if not ids:
            return None
        if len(ids) <= lookahead.LIST_MAX:
            return tuple((i, self.rule_regex(i)) for i in ids)
        return self._combined(ids)

    def _loose(self) -> list[Any]:
        """Each rule without its lookarounds and word boundaries, compiled for partial matching: it matches
        everything the rule matches and more, and (unlike a lookaround at the end of a cut text, which
        partial matching cannot decide: "summer of" may go on as "summer offensive") never says no too early."""
        if "loose" not in self._memo:
            import regex as _partial_regex

            self._memo["loose"] = [_partial_regex.compile(lookahead.without_lookarounds(p)) for p in self.patterns]
        return self._memo["loose"]  # type: ignore[return-value]

    def _shipped(self) -> Optional[Mapping[str, tuple[int, ...]]]:
        """The shipped dispatch table of this grammar (read once), or None when it is stale or missing."""
        if "dispatch" not in self._memo:
            self._memo["dispatch"] = dispatch_table(self.fingerprint())
        return self._memo["dispatch"]  # type: ignore[return-value]

    def _combined(self, rule_ids: tuple[int, ...]) -> "re.Pattern[str] | None":
        """The compiled alternation of ``rule_ids`` (None for no rule), shared by every key that needs it."""
        if not rule_ids:
            return None
        combo_key = ("combo", rule_ids)
        if combo_key not in self._memo:
            self._memo[combo_key] = compile_pattern(self.combined_pattern(rule_ids))
        return self._memo[combo_key]  # type: ignore[return-value]

    def rules_for(self, word: str) -> tuple[int, ...]:
        """The rules whose match can begin with ``word`` (decided exactly by partial matching:
        the word plus a separator must be a prefix of something the rule matches)."""
        partial = self._partial()
        probes = tuple(word + suffix for suffix in _PROBE_SUFFIXES)
        ids = []
        for i, rx in enumerate(partial):
            if any(rx.match(p, partial=True) for p in probes) or any(rx.match(ctx + word + " ", pos=len(ctx), partial=True) for ctx in _LOOKBEHIND_CONTEXTS):
                ids.append(i)
        return tuple(ids)

    def matcher_for(self, token: str) -> "re.Pattern[str] | None":
        """The alternation to try at a token, or None when no rule can start with it."""
        if token[0].isdigit():
            key = "#"
        elif token[0] == "'" and token[1:2].isdigit() and "'" in self.start_words:
            key = "'"  # "'90s": an apostrophe before digits begins a short decade
        elif token in self.start_words:
            key = token
        else:
            head = token.split("'", 1)[0]
            key = head if head in self.start_words else token.rstrip("0123456789")
            if key not in self.start_words:
                return None
        memo_key = ("token", key)
        try:
            return self._memo[memo_key]  # type: ignore[return-value]
        except KeyError:
            pass
        shipped = self._shipped()
        rule_ids = shipped.get(key) if shipped is not None else None
        if rule_ids is None:
            rule_ids = self.start_rules(key)
        matcher = self._combined(rule_ids)
        self._memo[memo_key] = matcher
        return matcher  # type: ignore[return-value]

    def start_rules(self, key: str) -> tuple[int, ...]:
        """The rules tried at a start word (``"#"``: at any numeral), computed by partial matching."""
        if key != "#":
            return self.rules_for(key)
        ids: set[int] = set()
        for probe in _NUMERAL_PROBES:
            ids.update(self.rules_for(probe))
        return tuple(sorted(ids))

    def scanner(self, ascii: bool = False) -> "re.Pattern[str]":
        """Finds, left to right, the tokens (as :data:`TOKEN`) at which a rule may begin, each as group 1 of a match
        in " " + the lower-cased text (see :meth:`scanner_pattern`); ``ascii``: for a text of ASCII characters only."""
        key = "scanner ascii" if ascii else "scanner"
        if key not in self._memo:
            self._memo[key] = compile_pattern(self.scanner_pattern(ascii))
        return self._memo[key]  # type: ignore[return-value]

    def scanner_pattern(self, ascii: bool = False, filters: Optional[Mapping[str, str]] = None) -> str:
        """A pattern matching, as its group 1, each token (as :data:`TOKEN`, in lower-cased text) that a lookup of its
        rules can find any for: one that begins with a digit, an apostrophe or a character other than a-z, or with a
        start word that ends where a letter does not follow (the word itself, "christmas" of "christmas's", "q" of
        "q3").  The regex engine skips every other word without a Python step per word.  Each match opens with the
        character before its token (no letter, digit or apostrophe), so the engine tries only the characters between
        words, not every one inside them: the text is scanned with a space before it.  With ``ascii`` the classes are
        written for ASCII text (the same tokens there, without a Unicode category test per character).
        ``filters`` ({start word: :func:`lookahead.dead_paths` of its trie}, default the shipped ones, :meth:`scanner_filters`):
        a start word is not found where its pattern follows ("the party"): its trie's walk would find no rule there."""
        words = sorted(w for w in self.start_words if w[:1] in _ASCII_LOWER and TOKEN.fullmatch(w))
        if filters is None:
            shipped = self._shipped()
            filters = (shipped.get(SCAN_KEY) if shipped is not None else None) or {}
        if ascii:  # ("[^\\W_]" is [A-Za-z0-9] there; a word character that is no a-z, [A-Z0-9]; a letter, [A-Za-z])
            return r"[^A-Za-z0-9'](" + r"(?:'|[A-Z0-9]|" + _trie_alternation(words, filters) + r"(?![A-Za-z]))[A-Za-z0-9']*)"
        return r"[_\W](?<!')(" + r"(?:'|(?![a-z])[^\W_]|" + _trie_alternation(words, filters) + r"(?![^\W\d_]))(?:[^\W_]|')*)"

    def scanner_filters(self, tries: "Mapping[str, lookahead.Node]") -> dict[str, str]:
        """The scanner's filters (see :meth:`scanner_pattern`) from the start words' ``tries`` (a word's trie is exact
        after a whole token: only the characters that can follow one, :data:`lookahead.AFTER_TOKEN`, open a filter),
        looked :data:`lookahead.SCAN_DEPTH` characters ahead, deeper after the commonest words."""
        common = set(self.lexicon.tables.get("common_words", {}).get("words", ())[: lookahead.SCAN_COMMON])
        filters = {}
        for word, trie in sorted(tries.items()):
            if word[:1] in _ASCII_LOWER and TOKEN.fullmatch(word) and word in self.start_words:
                dead = lookahead.dead_paths(trie, lookahead.SCAN_DEPTH_COMMON if word in common else lookahead.SCAN_DEPTH)
                if dead is not None:
                    filters[word] = f"(?!{dead})"
        return filters

    def combined_pattern(self, rule_ids: tuple[int, ...]) -> str:
        """The alternation of rules ``rule_ids``, in order (the first that matches wins)."""
        return "|".join(self.alternatives[i] for i in rule_ids)

    def dispatch(self, tries: Optional[dict[str, Optional[str]]] = None) -> dict[str, Any]:
        """The whole dispatch table, {start word or "#": rule indices, and TRIE_MARK + word: the encoded
        lookahead trie of each word that has one}, computed (for the artifact); ``tries``: each key's
        :meth:`encoded_lookahead` computed elsewhere (``tools/compile_rules.py`` spreads them over processes)."""
        table: dict[str, Any] = {key: self.start_rules(key) for key in sorted(self.start_words | {"#"})}
        for key in self.lookahead_keys():
            encoded = tries[key] if tries is not None else self.encoded_lookahead(key)
            if encoded is not None:
                table[TRIE_MARK + key] = encoded
        return table

    def lookahead_keys(self) -> list[str]:
        """The keys :meth:`dispatch` computes a lookahead trie for: each start word and each numeral length."""
        return sorted(self.start_words | _NUMERAL_KEYS)

    def encoded_lookahead(self, key: str) -> Optional[str]:
        """:meth:`build_lookahead` of ``key``, encoded as the dispatch table holds it (None: no trie)."""
        trie = self.build_lookahead(key)
        return None if trie is None else lookahead.encode(trie)


TOKEN = re.compile(r"(?:[^\W_]|')+")  # a word of lower-cased text, Unicode letters and digits: "märz" is one token, not "m" + "rz"
_ASCII_LOWER = frozenset("abcdefghijklmnopqrstuvwxyz")


def _trie_alternation(words: list[str], after: Optional[Mapping[str, str]] = None, prefix: str = "") -> str:
    """An alternation of ``words`` (sorted, non-empty) as a trie: "a(?:pr(?:il)?|ug)" (the engine takes one branch
    per character, not one per word); longer words are tried first, so a shorter one is taken only when the
    longer cannot be.  ``after``: a pattern (a lookahead) that must match after a word where it ends ("the(?!...)")."""
    heads: dict[str, list[str]] = {}
    for w in words:
        heads.setdefault(w[0], []).append(w[1:])
    branches = []
    for head, rests in heads.items():
        ends_here = "" in rests
        longer = [r for r in rests if r]
        test = after.get(prefix + head, "") if ends_here and after else ""
        if not longer:
            branches.append(re.escape(head) + test)
            continue
        rest = _trie_alternation(longer, after, prefix + head)
        branches.append(re.escape(head) + (f"(?:{rest}|{test})" if test else f"(?:{rest})?" if ends_here else rest))
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def expand(pattern: str, subpatterns: dict[str, str]) -> str:
    """Replace ``{NAME}`` placeholders; an unknown name is an error in the rule file."""

    def sub(m: re.Match[str]) -> str:
        try:
            return subpatterns[m.group(1)]
        except KeyError:
            raise ValueError(f"unknown sub-pattern {{{m.group(1)}}} in rule pattern {pattern!r}") from None

    return _PLACEHOLDER.sub(sub, pattern)


_START_TABLES = ("months", "weekdays", "numbers", "vague_numbers", "vague_scales", "ordinals", "parts_of_day", "seasons",
                 "holidays", "vague", "deictic_days", "modifiers", "hyphened_modifiers", "sets", "frequencies", "decade_words", "ordinal_parts")
_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz'’")
_OPAQUE = "\x01"  # stands for a sub-pattern ({MONTH}): its words come from the tables
_UNKNOWN = "\x00"  # a character class that may hold letters: the word is cut there


def _letterless(items: list[Any]) -> bool:
    """Whether a character class can match no letter (a separator such as ``[ -]``)."""
    for op, av in items:
        if op is _C.NEGATE or (op is _C.LITERAL and chr(av) in _WORD_CHARS):
            return False
        if op is _C.RANGE and any(chr(c) in _WORD_CHARS for c in range(av[0], av[1] + 1)):
            return False
        if op is _C.CATEGORY and av not in (_C.CATEGORY_DIGIT, _C.CATEGORY_SPACE, _C.CATEGORY_NOT_WORD):
            return False
    return True


def _leading(items: list[Any]) -> set[tuple[str, bool]]:
    """The letter runs a match of the parsed ``items`` can begin with, each with whether it is
    complete.  A run ends at a separator even an optional one ("mid-morning" gives "mid"), at a
    sub-pattern, or at a class that may hold letters (kept up to there: "q" of "q[1-4]")."""
    if not items:
        return {("", False)}
    (op, av), rest = items[0], items[1:]

    def then(heads: set[tuple[str, bool]]) -> set[tuple[str, bool]]:
        out = set()
        for head, done in heads:
            out.update({(head, True)} if done else {(head + tail, d) for tail, d in _leading(rest)})
        return out

    if op is _C.LITERAL:
        ch = chr(av)
        if ch == _OPAQUE:
            return {(_OPAQUE, True)}
        return then({(ch, False)}) if ch in _WORD_CHARS else {("", True)}
    if op in (_C.ASSERT, _C.ASSERT_NOT, _C.AT):
        return _leading(rest)
    if op is _C.SUBPATTERN:
        return then(_leading(list(av[-1])))
    if op is _C.BRANCH:
        return then(set().union(*(_leading(list(b)) for b in av[1])))
    if op in (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT):
        inner = _leading(list(av[2]))
        skip = {("", False)} if av[0] == 0 and not inner <= {("", True)} else set()
        return then(inner | skip)
    if op is _C.IN and _letterless(av):
        return {("", True)}
    return {(_UNKNOWN, True)}


@functools.lru_cache(maxsize=None)
def _rule_start_words(pattern: str) -> frozenset[str]:
    """The words a rule's match can begin with, as shipped (``start_words.json``) or read off its pattern."""
    shipped = shipped_start_words().get(pattern_key(pattern))
    return shipped if shipped is not None else rule_start_words(pattern)


def rule_start_words(pattern: str) -> frozenset[str]:
    """The words a rule's match can begin with, read off its (unexpanded) pattern."""
    body = _PLACEHOLDER.sub(lambda m: " " if m.group(1) in ("_", "_-") else _OPAQUE, pattern)
    words = set()
    for head, _ in _leading(list(_parser.parse(body))):
        word = head.split(_OPAQUE)[0].split(_UNKNOWN)[0].replace("’", "'")
        if word:
            words.add(word)
    return frozenset(words)


def _start_words(lex: Lexicon) -> frozenset[str]:
    """Every word that can begin an expression: the words each rule's pattern begins with, the
    first word of each table entry (what a sub-pattern begins with), every unit word, and the
    lexicon's extra start words."""
    words: set[str] = set(lex["start_words"]["extra"])
    for rule in lex.rules:
        words |= _rule_start_words(rule["pattern"])
    for table in _START_TABLES:
        for key in lex[table]:
            words.add(key.split()[0].split("-")[0].replace("’", "'"))
    for unit in lex["units"].values():
        words.update(unit["words"])
    return frozenset(words)


@functools.lru_cache(maxsize=None)
def compile_grammar(language: str = "en", gated: bool = False) -> Grammar:
    """Build (once per language) the grammar from the lexicon and rule files.

    A rule with a ``gate`` is left out unless ``gated``: the caller includes it only for
    texts the gate opens for (:func:`gates_open`), so dates "BC" cost nothing in texts
    that never write "BC".
    """
    lex = load_lexicon(language)
    subs, shaped = _subpatterns(lex), _subpatterns(lex, trie=True)
    alternatives, names, productions, groups, patterns, compiled = [], [], [], [], [], []
    for rule in lex.rules:
        if "gate" in rule and not gated:
            continue
        index = len(names)
        patterns.append(expand(rule["pattern"], subs))
        body = expand(rule["pattern"], shaped)
        compiled.append(body)
        groups.append(tuple(_GROUP.findall(body)))  # (the tries add no group: the same as the pattern's)
        body = _GROUP.sub(functools.partial(_prefixed_group, index), body)
        body = _GROUP_TEST.sub(lambda m: f"(?(r{index}_{m.group(1)})", body)
        alternatives.append(f"(?P<r{index}>{body})")
        names.append(rule["name"])
        productions.append(rule["produce"])
    return Grammar(lex, tuple(names), tuple(productions), tuple(groups), _start_words(lex), tuple(patterns), tuple(alternatives), tuple(compiled))


@functools.lru_cache(maxsize=None)
def _gates(language: str) -> Any:
    """An Aho-Corasick automaton of every gate's ``near`` strings, each found string giving how far before its end
    its window opens (16 characters before the string) and the gate patterns that it is near for (None when no rule has a gate)."""
    import ahocorasick

    patterns: dict[str, list["re.Pattern[str]"]] = {}
    found = {(tuple(rule["gate"]["near"]), rule["gate"]["pattern"]) for rule in load_lexicon(language).rules if "gate" in rule}
    for near, pattern in sorted(found):
        for literal in near:
            patterns.setdefault(literal, []).append(re.compile(pattern))
    if not patterns:
        return None
    automaton = ahocorasick.Automaton()
    for literal, compiled in patterns.items():
        automaton.add_word(literal, (len(literal) + 15, tuple(compiled)))
    automaton.make_automaton()
    return automaton


def longest_match(pattern: "re.Pattern[str]") -> Optional[int]:
    """The most characters a match of ``pattern`` can span (lookarounds take none), or None when that is unbounded."""
    longest = _parser.parse(pattern.pattern, pattern.flags).getwidth()[1]
    return longest if longest < _C.MAXREPEAT else None


def gates_open(language: str, low: str) -> bool:
    """Whether the gated rules apply to ``low``: a gate's pattern matches next to one of its
    ``near`` strings (all of them found in one pass over the text)."""
    automaton = _gates(language)
    if automaton is None:
        return False
    for end, (reach, patterns) in automaton.iter(low):  # (``end``: the found string's last character)
        start = end - reach if end > reach else 0
        for pattern in patterns:
            if pattern.search(low, start, end + 5):  # 16 characters before the string to 4 after it
                return True
    return False


def _prefixed_group(index: int, m: "re.Match[str]") -> str:
    """A capture group renamed for rule ``index`` so all rules can share one alternation."""
    return f"(?P<r{index}_{m.group(1)}>"


_PROFILE_VERSION = 2  # of lookahead.Profile's guesses (the order the tries are expanded in; in the fingerprint)
_PROBE_SUFFIXES = (" ", "-", ".", ",", "'", "s", "")  # what may follow a start word in a match
_LOOKBEHIND_CONTEXTS = ("in ", "for ", "over ", "within ", "after ", "last ", "between ", "from ", "pm to ")  # words rules look behind for ("pm to ": range_end_clock)
_NUMERAL_PROBES = ("1", "7", "12", "31", "1066", "2026", "1990s", "3rd", "21st", "7.45", "12:30", "1,200", "48-", "1/2")
# for numerals of one to four digits, a lookahead trie per length, built from these numerals (digits
# only: "3rd", "1990s", "10am" and longer numbers are tried against every rule a numeral can begin)
_NUMERAL_HEADS = {
    1: tuple("0123456789"),
    2: ("00", "01", "09", "10", "12", "13", "19", "20", "23", "24", "29", "30", "31", "32", "45", "59", "60", "99"),
    3: ("000", "100", "199", "200", "365", "410", "999"),
    4: ("0000", "0900", "1000", "1066", "1899", "1900", "1999", "2000", "2026", "2099", "2359", "3000", "9999"),
}


# a numeral with decimals ("9.5", "12.30") has a trie per length of its whole part and of its decimals ("9.45" may
# be a time, "9.5" not; "1999.5" begins with a year), computed from these numerals; one in groups of thousands
# ("1,000") has one
_DECIMAL_WHOLES = {1: ("0", "1", "9"), 2: ("00", "09", "10", "12", "23", "24", "59", "99"), 3: ("000", "100", "999"), 4: ("0000", "1000", "1999", "2026", "9999")}
_DECIMAL_FRACTIONS = {1: ("0", "5", "9"), 2: ("00", "30", "45", "59", "60", "99"), 3: ("000", "250", "999")}
_DECIMAL_HEADS = {f"{w}.{f}": tuple(f"{whole}.{fraction}" for whole in wholes for fraction in fractions)
                  for w, wholes in _DECIMAL_WHOLES.items() for f, fractions in _DECIMAL_FRACTIONS.items()}
_GROUPED_HEADS = ("1,000", "999,999", "1,000,000")
_NUMERAL_KEYS = frozenset([f"#{n}" for n in _NUMERAL_HEADS] + ["#" + k for k in _DECIMAL_HEADS] + ["#,"])
NUMERAL_TAIL = re.compile(r"(?:,\d{3}){1,10}(?![\d,.]\d)|\.\d{1,6}(?![\d,.]\d)")
"""The decimals or thousands after the digits a token ends with ("9" of "9.5 million"): a walk goes on after them."""
_DECIMAL = re.compile(r"(\d{1,4})\.(\d{1,3})")
_GROUPED = re.compile(r"\d{1,3}(?:,\d{3}){1,10}")


def _numeral_heads(key: str) -> tuple[str, ...]:
    """The numerals a trie of numerals ("#2", "#1.1", "#,") is computed from (none for "#": any other numeral)."""
    if key == "#,":
        return _GROUPED_HEADS
    if "." in key:
        return _DECIMAL_HEADS.get(key[1:], ())
    return _NUMERAL_HEADS.get(int(key[1:]), ()) if key[1:] else ()


def _trie_key(token: str) -> str:
    """The key of ``token``'s lookahead trie: the word itself, or for a numeral "#" and its length (up to four
    digits), or those of its whole part and decimals (up to four and three: "12.30" is "#2.2"), "#," (groups of thousands: "1,000"),
    else "#"."""
    if token[:1].isdigit():
        if not token.isascii():
            return "#"
        if token.isdigit():
            return f"#{len(token)}" if len(token) <= 4 else "#"
        decimal = _DECIMAL.fullmatch(token)
        if decimal is not None:
            return f"#{len(decimal.group(1))}.{len(decimal.group(2))}"
        return "#," if _GROUPED.fullmatch(token) else "#"
    return token


def captures(grammar: Grammar, match: re.Match[str]) -> tuple[int, dict[str, Any], Optional[tuple[int, int]]]:
    """The index of the rule that matched, its non-empty captures (unprefixed), and the span of
    its ``extent`` group if it has one (the part a duration reading keeps: "two days" of
    "two days later")."""
    name = match.lastgroup or ""
    index = int(name[1:])
    prefix = f"r{index}_"
    found = {}
    for g in grammar.group_names[index]:
        value = match.group(prefix + g)
        if value is not None:
            found[g] = value
    extent = match.span(prefix + "extent") if "extent" in found else None
    return index, found, extent
