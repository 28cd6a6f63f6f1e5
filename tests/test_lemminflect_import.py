"""Building imports lemminflect without the spaCy import lemminflect makes for its token hook
(0.7 s of a first build where spaCy is installed); with spaCy already imported the hook is there
(timeline/events/_lemminflect.py)."""

from __future__ import annotations

import subprocess
import sys
import threading

import pytest

from timeline.events._lemminflect import _WithoutSpacy

pytest.importorskip("spacy")


def _run(code: str) -> str:
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_a_build_does_not_import_spacy_for_lemminflect() -> None:
    out = _run("import sys, timeline\n"
               "tl = timeline.build('The ferry sank on Sunday and crews searched the bay.', reference_time='2026-03-02', event_model='perceptron')\n"
               "print('spacy' in sys.modules, 'lemminflect' in sys.modules, sorted(e.text for e in tl.events))")
    assert out == "False True ['sank', 'searched']"


def test_the_import_leaves_nothing_behind_and_spacy_imports_after_it() -> None:
    out = _run("import sys\n"
               "from timeline.events._lemminflect import _WithoutSpacy, lemminflect\n"
               "lemminflect()\n"
               "print(any(isinstance(f, _WithoutSpacy) for f in sys.meta_path), 'spacy' in sys.modules)\n"
               "import spacy\n"
               "print(spacy.blank('en')('A test.')[0].text)")
    assert out == "False False\nA"


def test_with_spacy_imported_first_lemminflect_adds_its_token_hook() -> None:
    out = _run("import spacy, timeline\n"
               "tl = timeline.build('The ferry sank on Sunday.', reference_time='2026-03-02', event_model='perceptron')\n"
               "print(spacy.tokens.Token.has_extension('lemma'), spacy.tokens.Token.has_extension('inflect'))")
    assert out == "True True"


def test_only_the_importing_thread_is_told_spacy_is_missing() -> None:
    mine = _WithoutSpacy(threading.get_ident())
    with pytest.raises(ImportError):
        mine.find_spec("spacy")
    with pytest.raises(ImportError):
        mine.find_spec("spacy.tokens")
    assert mine.find_spec("lemminflect") is None and mine.find_spec("spacyish") is None
    other = _WithoutSpacy(threading.get_ident() + 1)
    assert other.find_spec("spacy") is None
