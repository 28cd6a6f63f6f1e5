"""Helper speed, sixty-first session (issue 11, build throughput): each fast path gives what the general one gives.

No timing is asserted: the tests hold the outputs of the faster ways to those of the ways they replace.
"""

from __future__ import annotations

import random

from timeline import text as T

# my own pieces of ASCII text: words, hyphens and apostrophes inside and around them, digits, marks, every kind of space
# and the separators \x1c-\x1f (a token for ``regex``, whitespace for ``re``'s own \s)
TOKEN_PIECES = ["said", "It's", "o'clock", "10-12", "-", "'", "x", "Q", "7", "_", "a_b", ".", ",", '"', "(", " ", "  ", "\t",
                "\n", "\r", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x1f", "\x00", "\x7f", "--", "''", "re-open", "e-mail's"]


def _general(text: str, start: int = 0, end: int = -1) -> list[T.Token]:
    """The tokens as the ``regex`` pattern finds them (the way every text took before s61)."""
    stop = len(text) if end < 0 else end
    return [T.Token(m.start(), m.end(), m.group()) for m in T._TOKEN.finditer(text, start, stop)]


def test_ascii_tokens_are_the_general_patterns() -> None:
    rnd = random.Random(61)
    for _ in range(20000):
        text = "".join(rnd.choice(TOKEN_PIECES) for _ in range(rnd.randint(0, 12)))
        assert T.tokenize(text) == _general(text), repr(text)
        start = rnd.randint(0, len(text))
        end = rnd.randint(start, len(text))
        assert T.tokenize(text, start, end) == _general(text, start, end), (repr(text), start, end)


def test_every_ascii_character_is_tokenised_as_before() -> None:
    every = "".join(map(chr, range(128)))
    assert T.tokenize(every) == _general(every)
    assert T.tokenize("The ferry left at 6 a.m. on Tuesday\x1c and didn't return.") == _general("The ferry left at 6 a.m. on Tuesday\x1c and didn't return.")


def test_a_text_with_other_characters_takes_the_general_pattern() -> None:
    # the curly apostrophe and accented letters are the ``regex`` pattern's alone
    text = "The café’s owner re‑opened it on Friday."
    assert T.tokenize(text) == _general(text)
    assert [t.text for t in T.tokenize(text)][:3] == ["The", "café’s", "owner"]
