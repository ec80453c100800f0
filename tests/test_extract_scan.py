"""The shortcuts the English rules take for speed give what the slow, obvious reading gives.

`scan.tokens_where` (distinct words tested once), `scan.tokens_in` (a word's tokens looked
up), `doctext.span_text` (a slice of the joined text), `sentences.keep_sentences` (each token's
sentence read once), the entity lookup by IOB tags, the capitalised-token list of the person
finder, the candidates of `membership._may_pick_out` and the person finder's name index are
checked against a pass over every token (or every person) of real parsed reports.
"""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from tests.fixtures.extraction import SAMPLE
from vigil.extract import Extractor
from vigil.extract.doctext import doc_text, span_text
from vigil.extract.en.attributes import entity_of
from vigil.extract.en.membership import _may_pick_out, _picked_out
from vigil.extract.en.persons import (
    PRONOUNS,
    _capitalised_tokens,
    _is_cap,
    _named_by,
    _NameIndex,
    fold,
)
from vigil.extract.scan import indices_in, occurs, tokens_in, tokens_in_lowered, tokens_where
from vigil.extract.sentences import keep_sentences

ATTRS = {"ORTH": "text", "LOWER": "lower_", "LEMMA": "lemma_", "POS": "pos_", "ENT_TYPE": "ent_type_"}


@pytest.fixture(scope="module")
def docs(extractor: Extractor) -> list[Doc]:
    nlp = extractor.extractor_for("en").nlp
    texts = [p.read_text(encoding="utf-8") for p in sorted(SAMPLE.glob("*.txt"))][:6]
    assert texts, "sample/ holds English reports"
    return list(nlp.pipe(texts))


@pytest.mark.parametrize("attr", sorted(ATTRS))
def test_tokens_where_matches_a_pass_over_every_token(docs: list[Doc], attr: str) -> None:
    def test(word: str) -> bool:
        return word[:1].isupper() or word in ("be", "VERB", "DATE", "among", "said")

    for doc in docs:
        expected = [t.i for t in doc if test(getattr(t, ATTRS[attr]))]
        assert [t.i for t in tokens_where(doc, attr, test)] == expected
        assert expected, f"the test word set occurs in every report ({attr})"


def test_tokens_in_finds_every_pronoun(docs: list[Doc]) -> None:
    for doc in docs:
        found = tokens_in(doc, "LOWER", PRONOUNS)
        assert [t.i for t in found] == [t.i for t in doc if t.lower_ in PRONOUNS]
        assert all(isinstance(t.text, str) and t.doc is doc for t in found)


def test_span_text_is_span_text(docs: list[Doc]) -> None:
    for doc in docs:
        spans = [*doc.sents, *doc.ents, doc[0:0], doc[len(doc) - 3 :], doc[5:9]]
        for span in spans:
            assert span_text(span) == span.text


def test_entity_of_is_the_entity_doc_ents_gives(docs: list[Doc]) -> None:
    for doc in docs:
        assert doc.ents
        for ent in doc.ents:
            for tok in ent:
                found = entity_of(tok)
                assert (found.start, found.end) == (ent.start, ent.end)


def test_capitalised_tokens_are_those_is_cap_holds_for(docs: list[Doc]) -> None:
    for doc in docs:
        assert _capitalised_tokens(doc) == [t.i for t in doc if _is_cap(t)]


@pytest.mark.parametrize("attr", ["LOWER", "LEMMA"])
def test_tokens_in_one_word_or_several_matches_a_pass_over_every_token(docs: list[Doc], attr: str) -> None:
    """The rules ask for one word of a name at a time, and for lexicons of words that may repeat
    or not occur at all."""
    for doc in docs:
        values = [getattr(t, ATTRS[attr]) for t in doc]
        for word in sorted(set(values))[:40]:
            expected = [i for i, v in enumerate(values) if v == word]
            assert [t.i for t in tokens_in(doc, attr, {word})] == expected
        words = [*values[::7], *values[::7], "no-such-word"]
        assert [t.i for t in tokens_in(doc, attr, words)] == [i for i, v in enumerate(values) if v in words]


def test_kept_sentences_are_the_sentences_spacy_gives(docs: list[Doc]) -> None:
    for doc in docs:
        assert "sent" in doc.user_token_hooks, "the English pipeline keeps each token's sentence"
        kept = [(t.sent.start, t.sent.end, t.sent.text) for t in doc]
        del doc.user_token_hooks["sent"]
        try:
            assert kept == [(t.sent.start, t.sent.end, t.sent.text) for t in doc]
            assert len({k[:2] for k in kept}) == len(list(doc.sents)) > 1
        finally:
            keep_sentences(doc)


def test_tokens_in_a_constant_word_list_matches_a_pass_over_every_token(docs: list[Doc]) -> None:
    """A frozenset's string ids are computed once and kept (the rules' module constants)."""
    for doc in docs:
        for _ in range(2):
            assert [t.i for t in tokens_in(doc, "LOWER", PRONOUNS)] == [
                t.i for t in doc if t.lower_ in PRONOUNS
            ]


def test_the_name_index_answers_as_named_by(docs: list[Doc]) -> None:
    for doc in docs:
        persons = doc._.vigil_ctx.persons
        assert persons
        index = _NameIndex(persons)
        words = {fold(t.text) for t in doc if _is_cap(t)} | {"al-" + p.surname for p in persons}
        for word in sorted(words):
            assert index.named_by(word) == _named_by(persons, word), word


def test_may_pick_out_holds_every_token_picked_out_reads(docs: list[Doc]) -> None:
    for doc in docs:
        candidates = {t.i for t in _may_pick_out(doc, 0)}
        assert candidates
        for tok in doc:
            if _picked_out(tok) != (None, None):
                assert tok.i in candidates, tok.text
        assert {t.i for t in _may_pick_out(doc, 40)} == {i for i in candidates if i >= 40}


def test_the_extractor_keeps_the_text_it_tokenized(extractor: Extractor) -> None:
    english = extractor.extractor_for("en")
    text = "A first line\n\nand a  second, with  two spaces.\n"
    doc = english._make_doc(text)
    assert doc_text(doc) == doc.text == text


@pytest.mark.parametrize("attr", ["LEMMA", "ORTH"])
def test_tokens_in_lowered_matches_a_pass_over_every_token(docs: list[Doc], attr: str) -> None:
    for doc in docs:
        values = [getattr(t, ATTRS[attr]) for t in doc]
        words = frozenset(v.lower() for v in values[::5]) | {"no-such-word"}
        expected = [i for i, v in enumerate(values) if v.lower() in words]
        assert [t.i for t in tokens_in_lowered(doc, attr, words)] == expected
        assert tokens_in_lowered(doc, attr, {"no-such-word"}) == []


def test_indices_in_and_occurs_agree_with_tokens_in(docs: list[Doc]) -> None:
    for doc in docs:
        for words in (PRONOUNS, frozenset({"said", "the"}), {"no-such-word"}, ["and", "and", "of"]):
            found = [t.i for t in tokens_in(doc, "LOWER", words)]
            assert indices_in(doc, "LOWER", words) == found
            assert occurs(doc, "LOWER", words) == bool(found)
