"""Session 31's speed changes give the same answers as the paths they replace, on real text:
the text a Russian doc keeps is the one its tokens join to, a bullet digest's item start read
from the kept text is the one `Doc.text` gave, and releasing a doc's kept state after its
extraction changes no extraction."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.fixtures.extraction import SAMPLE, SHARED
from vigil.extract.cohorts import _digest_item_start
from vigil.extract.doctext import doc_text
from vigil.extract.en.quotemarks import speech_marks
from vigil.ingest.documents import make_document

_EN = sorted(SAMPLE.glob("dev-0*.txt"))[:4]
_RU = sorted((SHARED / "corpus" / "dev-ru").glob("*.txt"))[:3]
_BE = sorted((SHARED / "corpus" / "dev-be").glob("*.txt"))[:2]
# a digest of bulleted items, each a story of its own (the rule reads where an item starts)
_DIGEST = (
    "Weekly digest\n"
    "• Police detained five activists in Minsk on Monday.\n"
    "• A court in Homel sentenced Ales Kavalenka to three years.\n"
    "Rights groups say all five were released on Friday.\n"
)


def _text(path: Path) -> str:
    return path.read_text(encoding="utf-8")


@pytest.mark.parametrize("path", _RU + _BE, ids=lambda p: p.name)
def test_russian_doc_keeps_the_text_its_tokens_join_to(extractor, path: Path) -> None:
    language = "be" if "dev-be" in path.parts else "ru"
    doc = extractor.extractor_for(language).parse(make_document(_text(path), source=path.name).text)
    assert doc_text(doc) == doc.text


def test_digest_item_start_reads_the_same_text(extractor) -> None:
    en = extractor.extractor_for("en")
    doc = en.nlp(_DIGEST)
    starts = [_digest_item_start(t) for t in doc]
    fresh = en.nlp.make_doc(_DIGEST)  # no kept text: `doc_text` joins the tokens, as `Doc.text` did
    assert "vigil_text" not in fresh.user_data
    assert [_digest_item_start(t) for t in fresh] == starts
    assert {s for s in starts if s is not None} == {_DIGEST.index("•"), _DIGEST.rindex("•")}


@pytest.mark.parametrize("path", [*_EN, SAMPLE / "seed-belarus-release.txt"], ids=lambda p: p.name)
def test_released_doc_gives_the_same_extraction(extractor, path: Path) -> None:
    en = extractor.extractor_for("en")
    document = make_document(_text(path), source=path.name, language="en")
    (released,) = en.extract_many([document])
    # the old path: the doc keeps its hooks and rules' state while its extraction is made
    doc = en.nlp(en._make_doc(speech_marks(document.text)))
    kept = en.to_extraction(doc, document)
    assert doc.user_hooks and doc.user_data
    assert released.to_json() == kept.to_json()


def test_release_leaves_no_cycle_through_the_doc(extractor) -> None:
    from vigil.extract.doctext import release

    en = extractor.extractor_for("en")
    doc = en.nlp(en._make_doc(_text(_EN[0])))
    assert doc.user_hooks and doc.user_token_hooks and doc._.vigil_ctx is not None
    release(doc)
    assert not (doc.user_data or doc.user_hooks or doc.user_token_hooks or doc.user_span_hooks)
