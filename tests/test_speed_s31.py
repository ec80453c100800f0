"""Session 31's speed changes give the same answers as the paths they replace, on real text:
the text a Russian doc keeps is the one its tokens join to, a bullet digest's item start read
from the kept text is the one `Doc.text` gave."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.fixtures.extraction import SHARED
from vigil.extract.cohorts import _digest_item_start
from vigil.extract.doctext import doc_text
from vigil.ingest.documents import make_document

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


def _old_digest_item_start(trigger) -> int | None:
    """The rule as it read `Doc.text` (joined again on each call) before session 31."""
    text = trigger.doc.text
    start = text.rfind("\n", 0, trigger.idx) + 1
    opening = text[start : start + 1]
    if not opening or opening.isalnum() or opening in "«\"'„“(—–-[":
        return None
    return start


def test_digest_item_start_reads_the_same_text(extractor) -> None:
    en = extractor.extractor_for("en")
    doc = en.nlp(en._make_doc(_DIGEST))  # as `vigil extract` parses: the text kept on the doc
    starts = [_digest_item_start(t) for t in doc]
    assert starts == [_old_digest_item_start(t) for t in doc]
    assert {s for s in starts if s is not None} == {_DIGEST.index("•"), _DIGEST.rindex("•")}
