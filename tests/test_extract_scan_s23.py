"""The word index read from one stable sort (session 23): each word's tokens in text order, and
documents too short to have any word twice or at all."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from vigil.extract.scan import indices_in, occurs, tokens_in, tokens_in_lowered, tokens_where


def _doc(words: list[str]) -> Doc:
    return Doc(Vocab(), words=words)


def test_each_words_tokens_come_in_text_order() -> None:
    doc = _doc(["walls", "and", "walls", "bars", "and", "walls"])
    assert indices_in(doc, "ORTH", ["walls"]) == [0, 2, 5]
    assert indices_in(doc, "ORTH", frozenset({"and", "bars"})) == [1, 3, 4]
    assert [t.i for t in tokens_where(doc, "ORTH", lambda word: word != "walls")] == [1, 3, 4]


def test_an_empty_document_has_no_word() -> None:
    doc = _doc([])
    assert tokens_in(doc, "ORTH", ["x"]) == []
    assert tokens_where(doc, "ORTH", bool) == []
    assert tokens_in_lowered(doc, "ORTH", {"x"}) == []
    assert not occurs(doc, "ORTH", ["x"])


def test_a_one_word_document_finds_its_word_only() -> None:
    doc = _doc(["Freed"])
    assert [t.i for t in tokens_in_lowered(doc, "ORTH", {"freed"})] == [0]
    assert indices_in(doc, "ORTH", ["Freed", "jailed"]) == [0]
    assert indices_in(doc, "ORTH", ["jailed"]) == []
