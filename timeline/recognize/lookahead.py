"""Which rules can match at a start word, narrowed by the characters after it.

At "the party" no rule can match, at "the coming week" four can: for each start word that
more than :data:`SPLIT` rules begin with (and for numerals: one trie per length up to four
digits, one per shape of a numeral with decimals or thousands, "9.5", "1,000", walked from after
them), a trie over the characters after the word records, node by node, the rules whose match
can go on that way.  It is computed by partial matching of every rule with its lookarounds left
out (:func:`without_lookarounds`: a superset of the rule, which partial matching can decide at
the end of a cut text), at build time, shipped in ``dispatch.json`` (:func:`pack`), so looking
ahead never changes what is found, only how many rules are tried.

A node keeps the rules that can match after its characters (``rules``); when it was expanded,
``other`` holds the rules for any character of :data:`ALPHABET` without a child of its own (the
most common set among its children, often none).  A character outside the alphabet (a letter with
an accent, a rarer mark, the end of the text) stops the walk at the node's own rules, which are
always a superset of what can match: the trie is as exact as it is deep.  Nodes are made nearest
first up to a budget; a start word's paths (" million" after a numeral) are followed past it.
"""

from __future__ import annotations

import collections
import heapq
import re
from typing import Any, Callable, Iterable, Mapping, Optional, Sequence, Union

__all__ = ["Node", "build", "walk", "children_of", "encode", "decode", "pack", "unpack", "rule_sets", "without_lookarounds", "ALPHABET", "AFTER_TOKEN", "dead_paths", "SCAN_DEPTH", "SCAN_DEPTH_COMMON", "SCAN_COMMON", "SCAN_BUDGET", "SPLIT", "KEEP", "OWN_CHILD", "Profile", "BUDGET", "RULES_PER_BUDGET", "PATH_BUDGET", "DEPTH", "LIST_MAX"]

# the characters a trie branches on (text is lower-cased first); digits and the marks that close or open a quote, a bracket
# or a clause too: a walk stopped at them tried every rule of its node ("the 1990s": 60 rules of "the ", one by one), 35%
# and 10% of the rule attempts of tagging TBAQ, where the next character leaves about a third of them
ALPHABET = "abcdefghijklmnopqrstuvwxyz' .,-:/%$\n0123456789\"();"
# the characters that can follow a whole token (the scanner reads a token to its end: no letter, digit or apostrophe follows)
AFTER_TOKEN = "".join(c for c in ALPHABET if not (c.isalnum() or c == "'"))
SPLIT = 2  # a node with at most this many rules is not looked past: trying them costs little
BUDGET = 400  # nodes per start word, nearest first (the first characters decide the most)
# ... times one more for each further RULES_PER_BUDGET rules it begins: a word many rules begin ("the": 60, "a": 38) leaves
# many of them after a shallow walk ("the state ...": 21 rules tried, each an attempt of its own), and is mostly a common
# one (tagging TBAQ: 10% fewer recognition instructions with "the", "a", "about" alone ten times deeper)
RULES_PER_BUDGET = 6
PATH_BUDGET = 100  # nodes after each of a start word's paths (``build``)
DEPTH = 20  # characters looked ahead at most
OWN_CHILD = 0.05  # a character that leaves a node's other rules still gets a node of its own when a walk is expected to try this many rules there
KEEP = 0  # a node with at most this many rules is not looked past (one rule left at every "in " of a text: "in the hour" alone goes on)
# a node's rules are tried one by one up to this many (each rule's own pattern fails fast), else as one alternation; an
# alternation of many rules with all their groups costs more per attempt than trying them in turn (tagging TBAQ: 2% fewer
# recognition instructions, 0.95-1.10x wall in three A/B runs, with every node's rules one by one than with 32 at most)
LIST_MAX = 10**6

Matcher = Union["re.Pattern[str]", tuple[tuple[int, "re.Pattern[str]"], ...], None]


class Node:
    """One node of a start word's trie (see the module docstring); ``matcher``/``other_matcher`` are
    filled in by the grammar on first use."""

    __slots__ = ("rules", "other", "children", "matcher", "other_matcher", "table", "steps")

    def __init__(self, rules: tuple[int, ...], other: Optional[tuple[int, ...]] = None, table: "Optional[Table]" = None) -> None:
        self.rules = rules
        self.other = other  # None: not expanded (every character stops here)
        # None: no rule can go on with this character; an int: the child's line in ``table`` (an unpacked trie), made
        # into a node when a walk first reaches it
        self.children: dict[str, "Node | int | None"] = {}
        self.matcher: Any = _UNSET
        self.other_matcher: Any = _UNSET
        self.table = table
        # what a walk from this node finds for the next :data:`STEP` characters (see :func:`walk`), filled in as walks go
        self.steps: "Optional[dict[str, Any]]" = None


_UNSET = object()
_STOP = object()


def build(rules: Sequence[int], can_continue: Callable[[Sequence[int], str], tuple[int, ...]], paths: Sequence[str] = (),
          first: str = ALPHABET, chance: "Optional[Callable[[str], Mapping[str, float]]]" = None, budget: Optional[int] = None) -> Node:
    """The trie for a start word that ``rules`` can begin with; ``can_continue(ids, text)`` gives
    those of ``ids`` whose match can go on with ``text`` after the word (partial matching).  Nodes are
    expanded most tried first: the node whose rules a walk is likeliest to try (the chance of its characters
    after the word, by ``chance(text)``: each character's chance after ``text``, default all alike, times its
    rules), until :data:`BUDGET` nodes are made (that many for each :data:`RULES_PER_BUDGET` of ``rules``, at
    least once); then along each of ``paths`` (words that often follow, deeper than the budget reaches: " million"
    after a numeral), and from each path's end :data:`PATH_BUDGET` nodes more.  ``first``: the characters that
    can follow the word itself (the others get a child of their own where their rules differ, never expanded).
    ``budget``: that many nodes instead (a trie for the scanner's filter only, :data:`SCAN_BUDGET`)."""
    chance = chance or _alike
    root = Node(tuple(rules))
    _expand([(0.0, 0, root, "", 1.0)], budget or BUDGET * max(1, len(rules) // RULES_PER_BUDGET), can_continue, first, chance)
    for path in paths:
        node, k = root, 0
        while k < len(path) and node is not None:
            if node.other is None:
                _expand([(0.0, 0, node, path[:k], 1.0)], 1, can_continue, first, chance)
            if path[k] not in node.children and node.other and path[k] in ALPHABET:  # it goes on with the other rules: a node now
                node.children[path[k]] = Node(node.other)
            node = node.children.get(path[k])  # type: ignore[assignment]
            k += 1
        if node is not None and k == len(path):
            _expand([(0.0, 0, node, path, 1.0)], PATH_BUDGET, can_continue, first, chance)
    return root


def _alike(text: str) -> Mapping[str, float]:
    return _ALIKE


_ALIKE = dict.fromkeys(ALPHABET, 1 / len(ALPHABET))


def _expand(queue: list[tuple[float, int, Node, str, float]], budget: int, can_continue: Callable[[Sequence[int], str], tuple[int, ...]],
            first: str, chance: Callable[[str], Mapping[str, float]]) -> None:
    """Expand the nodes of ``queue`` ((minus the rules a walk is expected to try there, order made, node, characters
    after the word, their chance)) and their children, most tried first, until ``budget`` nodes are made (a node
    expanded before is passed over); the root's characters outside ``first`` get no expansion and no budget."""
    made = order = 0
    while queue:
        _, _, node, after, p = heapq.heappop(queue)
        if len(after) >= DEPTH or len(node.rules) <= KEEP or made >= budget:
            continue
        reach = first if not after else ALPHABET
        odds = chance(after)
        if not after:
            total = sum(odds.get(c, 0.0) for c in reach) or 1.0
            odds = {c: odds.get(c, 0.0) / total for c in reach}
        if node.other is not None:  # expanded before (a path's end): its children are looked at in turn
            for c, child in sorted(children_of(node).items()):
                if child is not None and c in reach:
                    order += 1
                    q = p * odds.get(c, 0.0)
                    heapq.heappush(queue, (-q * len(child.rules), -order, child, after + c, q))
            continue
        kids = {c: can_continue(node.rules, after + c) for c in ALPHABET}
        node.other = collections.Counter(ids for c, ids in kids.items() if c in reach).most_common(1)[0][0]
        for c, ids in kids.items():
            if ids == node.other and not (ids and c in reach and p * odds.get(c, 0.0) * len(ids) >= OWN_CHILD):
                continue  # (a likely character keeps a node of its own, to be looked past: "1066 p" may go on as "pm" or not)
            if not ids:
                node.children[c] = None
                continue
            child = node.children[c] = Node(ids)
            if c not in reach:
                continue
            made += 1
            q = p * odds.get(c, 0.0)
            heapq.heappush(queue, (-q * len(ids), made, child, after + c, q))


class Profile:
    """How likely each character of :data:`ALPHABET` is after a piece of text, read off a list of common words (most
    common first, the k-th weighing 1 / (k + 10)): within a word, the words it can still be; after a space, the first
    letters of words, a digit now and then; after a word or a digit, a space or a mark.  A rough guess, used only to
    choose which nodes of a trie to expand first (what the trie holds is exact wherever it stops)."""

    def __init__(self, words: Iterable[str]) -> None:
        whole: dict[str, float] = {}
        for k, w in enumerate(words):
            whole[w] = whole.get(w, 0.0) + 1.0 / (k + 10)
        prefix: dict[str, float] = collections.defaultdict(float)
        for w, x in whole.items():
            for k in range(len(w) + 1):
                prefix[w[:k]] += x
        self.whole, self.prefix = whole, dict(prefix)
        total = self.prefix.get("", 0.0) or 1.0
        letters = {c: self.prefix.get(c, 0.0) / total for c in _LETTERS}
        self.word_start = _mix((0.86, letters), (0.1, _DIGITS), (0.04, {'"': 0.25, "(": 0.25, "$": 0.25, "'": 0.25}))
        self.memo: dict[str, Mapping[str, float]] = {}

    def __call__(self, text: str) -> Mapping[str, float]:
        word = _WORD_END.search(text)
        if word is not None and word.group() not in self.prefix:
            return _UNKNOWN
        # (the memo's key says which case it is: a known word, or the character after no word: "1999s", ", ")
        key = "w" + word.group() if word is not None else "c" + text[-1:]
        try:
            return self.memo[key]
        except KeyError:
            pass
        last = text[-1:]
        if word is not None:
            p = word.group()
            total = self.prefix[p]
            ends = self.whole.get(p, 0.0) / total
            odds = _mix((0.85, {c: self.prefix.get(p + c, 0.0) / total for c in _LETTERS}), (0.85 * ends, _ENDS), (0.15, _UNKNOWN))
        elif last.isdigit():
            odds = _mix((0.45, _DIGITS), (0.5, _NUMERAL_ENDS), (0.05, {c: 1 / 9 for c in "sthndrapm"}))
        else:
            odds = _AFTER_MARK.get(last) or self.word_start
            if last in "-/'":
                odds = _mix((0.6, self.word_start), (0.4, _DIGITS))
        self.memo[key] = odds
        return odds


def _mix(*parts: tuple[float, Mapping[str, float]]) -> dict[str, float]:
    out: dict[str, float] = collections.defaultdict(float)
    for weight, odds in parts:
        for c, x in odds.items():
            out[c] += weight * x
    return dict(out)


_LETTERS = "abcdefghijklmnopqrstuvwxyz'"
_WORD_END = re.compile(r"(?<![0-9])[a-z']+$")
_DIGITS = dict.fromkeys("0123456789", 0.1)
_ENDS = {" ": 0.8, ",": 0.07, ".": 0.07, "\n": 0.01, "-": 0.01, ":": 0.005, ";": 0.005, ")": 0.01, '"': 0.01, "/": 0.005, "%": 0.005}
_UNKNOWN = _mix((0.8, dict.fromkeys(_LETTERS, 1 / len(_LETTERS))), (0.2, _ENDS))  # a word the list does not know
_NUMERAL_ENDS = {" ": 0.65, ",": 0.08, ".": 0.08, "-": 0.05, "%": 0.04, ":": 0.04, "/": 0.02, ")": 0.02, "\n": 0.02}
_AFTER_MARK = {",": {" ": 0.92, "\n": 0.02, **dict.fromkeys("0123456789", 0.006)}, ";": {" ": 0.95, "\n": 0.05},
               ":": {" ": 0.8, **dict.fromkeys("0123456789", 0.02)}, ".": {" ": 0.7, "\n": 0.1, **dict.fromkeys("0123456789", 0.01), '"': 0.02, **dict.fromkeys("abcdefghijklmnopqrstuvwxyz", 0.08 / 26)},
               "$": dict.fromkeys("0123456789", 0.1), "%": _ENDS, ")": _ENDS}


STEP = 4  # characters a walk reads at a time, each piece looked up in its node's memo of them (see :func:`walk`)
STEPS_KEPT = 4096  # pieces remembered per node at most


def walk(node: Node, text: str, pos: int, matcher_of: Callable[[Node, bool], Matcher]) -> Matcher:
    """The matcher for the rules that can match where ``node``'s word ends at ``pos`` in ``text``
    (None: no rule can), found by following the characters from ``pos``.

    The characters are taken :data:`STEP` at a time: what :func:`_step` finds for a piece from a node (a matcher, when
    the walk ends within it or at the text's end, else the node it leads to) depends on the piece alone, so each node
    remembers it per piece (most walks after a word end within a few characters, and the same few pieces recur: " of ",
    " yea"): a walk is then one lookup per piece, not a step per character."""
    while True:
        piece = text[pos : pos + STEP]
        steps = node.steps
        if steps is None:
            steps = node.steps = {}
        found = steps.get(piece, _UNSET)
        if found is _UNSET:
            found = _step(node, piece, matcher_of)
            if len(steps) < STEPS_KEPT:
                steps[piece] = found
        if type(found) is Node:
            node = found  # (a whole piece read, the walk goes on from there)
            pos += STEP
            continue
        return found  # type: ignore[no-any-return]


def _step(node: Node, piece: str, matcher_of: Callable[[Node, bool], Matcher]) -> "Matcher | Node":
    """The walk from ``node`` over the characters of ``piece``: the matcher it ends with (None: no rule), or, when every
    character of a whole piece (:data:`STEP` of them) has a child, the node it reaches."""
    children = node.children
    for c in piece:
        child = children.get(c, _STOP)
        if child is None:
            return None
        if child is _STOP:
            if node.other is not None and c in ALPHABET:
                m = node.other_matcher
                if m is _UNSET:
                    m = node.other_matcher = matcher_of(node, True)
                return m  # type: ignore[no-any-return]
            break
        if type(child) is int:  # a shipped node is made when a walk first reaches it
            child = children[c] = _line(node.table, child)  # type: ignore[arg-type]
        node = child  # type: ignore[assignment]
        children = node.children
    else:
        if len(piece) == STEP:
            return node
    # a character with no child of its own outside the alphabet, or the text's end: the node's own rules
    m = node.matcher
    if m is _UNSET:
        m = node.matcher = matcher_of(node, False)
    return m  # type: ignore[no-any-return]


def walk_by_character(node: Node, text: str, pos: int, matcher_of: Callable[[Node, bool], Matcher]) -> Matcher:
    """:func:`walk` without its memo, one character at a time (what it must find; for the tests)."""
    for c in text[pos:]:
        child = node.children.get(c, _STOP)
        if child is None:
            return None
        if child is _STOP:
            if node.other is not None and c in ALPHABET:
                return matcher_of(node, True)
            break
        if type(child) is int:
            child = node.children[c] = _line(node.table, child)  # type: ignore[arg-type]
        node = child  # type: ignore[assignment]
    return matcher_of(node, False)


# the scanner (grammar.Grammar.scanner_pattern) skips a start word where its trie says no rule can go on with the next
# characters ("the party": dead at "the p"), without the Python step of a walk: looked that many characters ahead (tagging
# TBAQ: 12.6k of the 16.6k walks after a word find no rule, 4.5k of them within two characters after it, 7.9k within three)
SCAN_DEPTH = 2
SCAN_DEPTH_COMMON = 8  # ... for a start word among the first SCAN_COMMON of lexicon [common_words] ("the", "a", "in", "for")
SCAN_COMMON = 40
# a common start word too few rules begin with to have a trie ("to": 2.5k tokens of TBAQ, nearly all "to" no rule goes on
# from) gets one of this many nodes for its filter only (the scanner skips it there; where it is found, its rules are tried)
SCAN_BUDGET = 150


def dead_paths(node: Node, depth: int, first: str = AFTER_TOKEN) -> Optional[str]:
    """A pattern matching the texts of at most ``depth`` characters after ``node``'s word at which :func:`walk` finds no
    rule (a character with no rule going on: a child None, or outside the children where the ``other`` rules are none),
    the first character one of ``first``; None when there is none.  Exact: a text it matches, every walk ends in None."""
    kids = children_of(node)
    reach = first if first is not None else ALPHABET
    dead = [c for c in reach if (c in kids and kids[c] is None) or (c not in kids and node.other == ())]
    branches = [_char_class(dead)] if dead else []
    if depth > 1:
        for c in sorted(kids):
            child = kids[c]
            if child is not None and c in reach:
                deeper = dead_paths(child, depth - 1, ALPHABET)
                if deeper is not None:
                    branches.append(re.escape(c) + deeper)
    if not branches:
        return None
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def _char_class(chars: Iterable[str]) -> str:
    """A character class of ``chars`` (characters of :data:`ALPHABET`), or the one character escaped."""
    ordered = sorted(set(chars))
    if len(ordered) == 1:
        return re.escape(ordered[0])
    return "[" + "".join("\\" + c if c in "\\]^-[" else c for c in ordered) + "]"


def children_of(node: Node) -> dict[str, Optional[Node]]:
    """``node``'s children, each made a node (an unpacked trie makes them as walks reach them)."""
    for c, child in node.children.items():
        if type(child) is int:
            node.children[c] = _line(node.table, child)  # type: ignore[arg-type]
    return node.children  # type: ignore[return-value]


def encode(node: Node) -> list[Any]:
    """``node`` as plain nested data: ``[rules, other or None, {character: child or 0}]``."""
    return [list(node.rules), None if node.other is None else list(node.other),
            {c: 0 if child is None else encode(child) for c, child in sorted(children_of(node).items())}]


def decode(data: Sequence[Any]) -> Node:
    """The trie :func:`encode` wrote."""
    rules, other, children = data
    node = Node(tuple(rules), None if other is None else tuple(other))
    node.children = {c: None if child == 0 else decode(child) for c, child in children.items()}
    return node


def _lines(node: Node) -> list[str]:
    """``node``'s trie as lines of text: first the rule sets its nodes hold ("1,5,7;2,3;..."), then one line per node,
    breadth first from the root: the number of its rule set, of its other rules' set ("-": not expanded), the
    characters of its children, those after which no rule goes on, and the line of its first child (the others
    follow it, in the order of their characters), "|" between."""
    order = [node]
    first: dict[int, int] = {}
    k = 0
    while k < len(order):
        kids = children_of(order[k])
        first[k] = len(order)
        order.extend(kids[c] for c in sorted(kids) if kids[c] is not None)  # type: ignore[misc]
        k += 1
    sets: dict[tuple[int, ...], int] = {}
    for n in order:
        for ids in (n.rules, n.other):
            if ids is not None:
                sets.setdefault(ids, len(sets))
    lines = [";".join(",".join(map(str, ids)) for ids in sets)]
    for k, n in enumerate(order):
        live = "".join(c for c in sorted(n.children) if n.children[c] is not None)
        dead = "".join(c for c in sorted(n.children) if n.children[c] is None)
        lines.append(f"{sets[n.rules]}|{'-' if n.other is None else sets[n.other]}|{live}|{dead}|{first[k] if live else ''}")
    return lines


def _ints(field: str) -> tuple[int, ...]:
    return tuple(int(x) for x in field.split(",")) if field else ()


_LINE = re.compile(r"\d+\|(?:-|\d+)\|[^|]*\|[^|]*\|\d*")
Table = tuple[tuple[tuple[int, ...], ...], Sequence[str]]
"""An unpacked trie: its rule sets and its node lines (see :func:`_lines`)."""


def _line(table: Table, k: int) -> Node:
    """The node on line ``k`` of an unpacked trie, its children still lines."""
    sets, lines = table
    rules, other, live, dead, first = lines[k].split("|", 4)
    node = Node(sets[int(rules)], None if other == "-" else sets[int(other)], table)
    children: dict[str, "Node | int | None"] = dict.fromkeys(dead)
    if live:
        children.update(zip(live, range(int(first), int(first) + len(live))))
    node.children = children
    return node


def pack(node: Node) -> str:
    """``node``'s trie as shipped: its lines (:func:`_lines`) as JSON, deflated, in base64.  Unpacked, it is
    strings and tuples of numbers, which the garbage collector need not walk, and each node is made only
    when a walk reaches it."""
    import base64
    import json
    import zlib

    return base64.b64encode(zlib.compress(json.dumps(_lines(node), separators=(",", ":")).encode("utf-8"), 9)).decode("ascii")


def unpack(data: str) -> Node:
    """The trie :func:`pack` wrote (its root; the rest made as walks reach it); ValueError for anything else."""
    import base64
    import json
    import zlib

    try:
        lines = json.loads(zlib.decompress(base64.b64decode(data)))
        if not isinstance(lines, list) or len(lines) < 2 or not isinstance(lines[0], str) or _LINE.fullmatch(lines[1]) is None:
            raise TypeError("not the lines of a trie")  # (the rest is as sound: the deflated data carries a checksum)
        sets = tuple(_ints(field) for field in lines[0].split(";"))
        return _line((sets, lines[1:]), 0)
    except (zlib.error, TypeError, KeyError, IndexError, AttributeError) as error:
        raise ValueError(f"not a packed lookahead trie: {error}") from error


def rule_sets(node: Node) -> Iterable[tuple[int, ...]]:
    """Every set of rules a walk can end with (for compiling the alternations ahead)."""
    yield node.rules
    if node.other is not None:
        yield node.other
    for child in children_of(node).values():
        if child is not None:
            yield from rule_sets(child)


def without_lookarounds(pattern: str) -> str:
    """``pattern`` with its lookarounds (``(?=...)``, ``(?!...)``, ``(?<=...)``, ``(?<!...)``) and word
    boundaries (``\\b``, ``\\B``) left out: a pattern that matches at least what ``pattern`` matches."""
    out: list[str] = []
    i, n = 0, len(pattern)
    while i < n:
        c = pattern[i]
        if c == "\\":
            if pattern[i + 1 : i + 2] not in ("b", "B"):
                out.append(pattern[i : i + 2])
            i += 2
        elif c == "[":
            j = _class_end(pattern, i)
            out.append(pattern[i:j])
            i = j
        elif pattern.startswith(("(?=", "(?!", "(?<=", "(?<!"), i):
            i = _group_end(pattern, i)
        else:
            out.append(c)
            i += 1
    return "".join(out)


def _class_end(pattern: str, i: int) -> int:
    """The index after the character class opening at ``pattern[i]``."""
    j = i + 1
    if pattern[j : j + 1] == "^":
        j += 1
    if pattern[j : j + 1] == "]":
        j += 1  # a "]" first in the class is a literal
    while pattern[j] != "]":
        j += 2 if pattern[j] == "\\" else 1
    return j + 1


def _group_end(pattern: str, i: int) -> int:
    """The index after the group opening at ``pattern[i]`` (nested groups, classes and escapes skipped)."""
    depth = 0
    j = i
    while True:
        c = pattern[j]
        if c == "\\":
            j += 2
            continue
        if c == "[":
            j = _class_end(pattern, j)
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return j + 1
        j += 1
