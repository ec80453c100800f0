"""Session 32's speed changes give the same answers as the paths they replace, on real text: the
word index (`scan.indices_in`) walks the smaller side of a look-up in C and answers as a pass
over every token did, for a lexicon longer than the article's distinct words, a short one, and
a rule's few words; a term pattern's matches in a whole text, kept for the next rule that scans
it, are the pattern's own; a publication line's pattern finds nothing in a text without its one
fixed word; the collector, once a language is loaded, waits for 10,000 new objects."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from tests.fixtures.extraction import SHARED
from vigil.extract.en.numbers import TERM_RE
from vigil.extract.en.persons import _BYLINE_BEFORE
from vigil.extract.en.triggers import _words_of
from vigil.extract.scan import indices_in, occurs, tokens_in

_EN = sorted((SHARED / "corpus" / "dev").glob("*.txt"))[:4]


def _parsed(extractor, path: Path):
    en = extractor.extractor_for("en")
    return en.nlp(en._make_doc(path.read_text(encoding="utf-8")))  # as `vigil extract` parses


def _old_indices(doc, attr: str, words) -> list[int]:
    """The answer as a pass over every token gives it."""
    name = {"LOWER": "lower_", "LEMMA": "lemma_", "ORTH": "text"}[attr]
    return [t.i for t in doc if getattr(t, name) in words]


@pytest.mark.parametrize("path", _EN, ids=lambda p: p.name)
def test_word_index_answers_as_a_pass_over_the_tokens(extractor, path: Path) -> None:
    doc = _parsed(extractor, path)
    lexicon = _words_of("LEMMA")  # hundreds of trigger lemmas: longer than most articles' words
    article = frozenset(t.lower_ for t in doc)
    for attr, words in (
        ("LEMMA", lexicon),
        ("LOWER", _words_of("LOWER")),
        ("LOWER", article),  # as long as the article's distinct words: either side may be walked
        ("LOWER", frozenset(list(article)[:3])),
        ("LOWER", {"the", "police", "no-such-word"}),  # a rule's few words (a plain set)
        ("LOWER", set(article) | {f"x{k}" for k in range(len(article))}),  # a long plain set
        ("ORTH", ["Minsk", "Belarus", "court"]),
        ("LOWER", frozenset()),
    ):
        expected = _old_indices(doc, attr, words)
        assert indices_in(doc, attr, words) == expected, (attr, len(words))
        assert indices_in(doc, attr, words) == expected  # (again: a frozenset's answer is kept)
        assert [t.i for t in tokens_in(doc, attr, words)] == expected
        assert occurs(doc, attr, words) is bool(expected)


def _spans(matches) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in matches]


@pytest.mark.parametrize("path", _EN, ids=lambda p: p.name)
def test_kept_term_matches_are_the_patterns_own(extractor, path: Path) -> None:
    doc = _parsed(extractor, path)
    told = "A court sentenced Ihar Losik to 15 years, and Ales Pushkin to five years and six months."
    texts = [s.text for s in doc.sents] + [doc.text, told, doc.text + "\n" + told]
    for text in texts:
        expected = _spans(TERM_RE.regex.finditer(text)) if TERM_RE.needs.search(text) else []
        assert _spans(TERM_RE.finditer(text)) == expected
        assert _spans(TERM_RE.finditer(text)) == expected  # (again: the kept matches)
        if len(text) > 10:  # a stretch of it is scanned as before
            assert _spans(TERM_RE.finditer(text, 5, len(text) - 5)) == _spans(
                TERM_RE.regex.finditer(text, 5, len(text) - 5)
            )


def test_publication_line_needs_its_word() -> None:
    assert "Published" in _BYLINE_BEFORE.pattern
    for text in ("Ales Bialiatski | Published December 2, 2026\nText", "Ales Bialiatski | published May 2"):
        assert bool(_BYLINE_BEFORE.search(text)) is ("Published" in text)
    for path in _EN:
        text = path.read_text(encoding="utf-8")
        assert _BYLINE_BEFORE.search(text) is None or "Published" in text


def test_collector_waits_for_more_young_objects_once_loaded(extractor) -> None:
    extractor.extractor_for("en")
    assert gc.get_threshold()[0] == 10_000
    assert gc.get_freeze_count() > 0  # (the loaded model out of the collector's reach)
