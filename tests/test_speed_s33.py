"""Session 33's speed changes give the same answers as the paths they replace, on real text: the
model's attribute ruler applied by table (`attribute_table`) sets every token's tag, part of
speech, morphology, lemma and label as spaCy's `AttributeRuler` does, on corpus articles and on
the words of its two-token patterns ("gon na", "let 's", "ai n't", "y' all", "there 's"); the
lemmatizer asked once per word, part of speech and morphology (`lemma_table`) sets the lemmas
spaCy's `Lemmatizer` sets; the pipeline `vigil extract` loads uses both in their place; the
counted parts named in apposition are read from the subjects' labels as from every token."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG

from tests.fixtures.extraction import SHARED
from vigil.extract.en.attribute_table import AttributeTable, table_for
from vigil.extract.en.extractor import MODEL_NAMES
from vigil.extract.en.lemma_table import LemmaTable
from vigil.extract.en.membership import _PART_ROLES, _counted_part_named, counted_parts_named
from vigil.extract.en.persons import common_word_test, verb_form_test

_EN = [p for name in ("dev", "dev2") for p in sorted((SHARED / "corpus" / name).glob("*.txt"))[:6]]
_ATTRS = [TAG, POS, MORPH, LEMMA, DEP, HEAD]
# the ruler's two-token patterns and its rarer one-token ones, in running text
_COLLOQUIAL = (
    "I'm gon na tell you: we ai n't done. Let's go, y'all. There's a court in Minsk that "
    "gotta hear it, and there were two more. C'mon, he said, it wasn't nothin'. She'd have "
    "gone if they had asked; he doesn't know whether it is so, though he's been there.\n\n"
    "  Whilst the judge did not rule, the lawyers did, and they're sure."
)


@pytest.fixture(scope="module")
def model():
    """The bare trained model, twice: one keeps spaCy's ruler, one gets the table."""
    for name in MODEL_NAMES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        return module.load(), module.load()
    pytest.skip("no English model installed")


def _with_table(nlp, table: AttributeTable, text: str, lemmas: LemmaTable | None = None):
    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        if name == "attribute_ruler":
            doc = table(doc)
        elif name == "lemmatizer" and lemmas is not None:
            doc = lemmas(doc)
        else:
            doc = proc(doc)
    return doc


def _annotations(doc) -> tuple[list, list[str]]:
    return doc.to_array(_ATTRS).tolist(), [f"{t.tag_} {t.pos_} {t.morph} {t.lemma_} {t.dep_}" for t in doc]


@pytest.mark.parametrize("path", [*_EN, None], ids=lambda p: p.name if p else "colloquial")
def test_table_annotates_as_the_ruler(model, path: Path | None) -> None:
    ruled, tabled = model
    table = table_for(tabled.get_pipe("attribute_ruler"))
    assert table is not None
    text = path.read_text(encoding="utf-8") if path else _COLLOQUIAL
    expected = _annotations(ruled(text))
    assert _annotations(_with_table(tabled, table, text)) == expected
    assert _annotations(_with_table(tabled, table, text)) == expected  # (again: the kept verdicts)


@pytest.mark.parametrize("path", [*_EN, None], ids=lambda p: p.name if p else "colloquial")
def test_lemma_table_lemmatizes_as_the_lemmatizer(model, path: Path | None) -> None:
    ruled, tabled = model
    table = table_for(tabled.get_pipe("attribute_ruler"))
    lemmas = LemmaTable(tabled.get_pipe("lemmatizer"))
    text = path.read_text(encoding="utf-8") if path else _COLLOQUIAL
    expected = _annotations(ruled(text))
    assert _annotations(_with_table(tabled, table, text, lemmas)) == expected
    assert _annotations(_with_table(tabled, table, text, lemmas)) == expected  # (the kept lemmas)


def test_two_token_patterns_are_read(model) -> None:
    ruled, tabled = model
    table = table_for(tabled.get_pipe("attribute_ruler"))
    doc = ruled(_COLLOQUIAL)
    lemmas = {t.lower_: t.lemma_ for t in doc}
    assert lemmas["gon"] == "go" and lemmas["na"] == "to"  # the ruler's own answer, kept by the table
    assert _annotations(_with_table(tabled, table, _COLLOQUIAL)) == _annotations(doc)


def test_empty_text(model) -> None:
    _ruled, tabled = model
    table = table_for(tabled.get_pipe("attribute_ruler"))
    assert len(table(tabled.make_doc(""))) == 0


def test_pipeline_uses_the_tables(extractor) -> None:
    nlp = extractor.extractor_for("en").nlp
    names = nlp.pipe_names
    assert "attribute_ruler" not in names
    assert isinstance(nlp.get_pipe("lemmatizer"), LemmaTable)
    order = [names.index(name) for name in ("parser", "attribute_table", "lemmatizer", "ner")]
    assert order == sorted(order)
    # the rules that ask the lemmatizer of a word reach its tables through the table
    lemmatizer = nlp.get_pipe("lemmatizer")
    assert lemmatizer.mode == "rule" and "verb" in lemmatizer.lookups.get_table("lemma_index")


def test_verb_forms_are_told_through_the_table(extractor) -> None:
    """The person finder's tests of headline words read the lemmatizer's tables: "Freed",
    "Jailed", "Held" run into no name (a disabled lemmatizer had made every word a non-verb)."""
    nlp = extractor.extractor_for("en").nlp
    verb_form, common_word = verb_form_test(nlp), common_word_test(nlp)
    assert verb_form("jailed") and verb_form("freed") and not verb_form("bialiatski")
    assert common_word("hooded") and common_word("report") and not common_word("bialiatski")


_COUNTED_PARTS = (
    "Police detained eight journalists in Minsk on Friday. Two of them, Ales Karpenka and Iryna "
    "Lazouskaya, work for the weekly Nasha Niva. Three of the eight, Pavel Sushko, Maryna Hrytsuk "
    "and Andrei Zaleski, were released on Sunday.\n"
)


@pytest.mark.parametrize("path", [*_EN, None], ids=lambda p: p.name if p else "counted-parts")
def test_counted_parts_named_reads_the_subjects(extractor, path: Path | None) -> None:
    en = extractor.extractor_for("en")
    doc = en.nlp(en._make_doc(path.read_text(encoding="utf-8") if path else _COUNTED_PARTS))
    ctx = doc._.vigil_ctx
    old = [_counted_part_named(ctx, t) for t in doc if t.like_num and t.dep_ in _PART_ROLES]
    new = counted_parts_named(ctx)
    assert [(m.token.i, [id(p) for p in m.persons]) for m in new] == [
        (m.token.i, [id(p) for p in m.persons]) for m in old if m is not None
    ]
    assert new or path is not None  # (the made-up text has its counted parts)
