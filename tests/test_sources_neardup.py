"""Near-duplicate detection on the seed article, edited syndicated copies of it, and the dev set."""

from __future__ import annotations

from pathlib import Path

import pytest

from vigil.ingest.documents import make_document
from vigil.ingest.neardup import NearDuplicateIndex, signature, similarity

SAMPLE = Path(__file__).resolve().parents[1] / "sample"
SEED = (SAMPLE / "seed-belarus-release.txt").read_text(encoding="utf-8")


def _edited_copy_headline_and_boilerplate() -> str:
    body = SEED.replace(
        "Ultimately, 123 political prisoners were released, including prominent Belarusian opposition "
        "politicians, human rights activists, and journalists.",
        "In the end 123 political prisoners walked free, among them leading opposition politicians, "
        "rights defenders and journalists from Belarus.",
    )
    assert body != SEED
    return (
        "Belarus frees 123 political prisoners after US talks\n"
        + body
        + "\nSubscribe to our newsletter\nShare this article on Facebook, X and Telegram\n"
        "Advertisement\n© 2026 Example News. All rights reserved.\n"
    )


def _edited_copy_byline_and_appeal() -> str:
    body = SEED.replace(
        "The event marks a significant shift in Belarus's diplomatic standing",
        "The release signals a notable change in the diplomatic standing of Belarus",
    )
    assert body != SEED
    return (
        "BREAKING: Kolesnikova, Babaryka and Bialiatski among 123 freed\nBy Staff Reporter | Vilnius\n"
        + body
        + "\nRead more: Lukashenko meets US envoy in Minsk\n"
        "Support independent journalism. Donate today and help keep our reporting free for everyone.\n"
    )


COPIES = [_edited_copy_headline_and_boilerplate(), _edited_copy_byline_and_appeal()]
DEV = sorted(SAMPLE.glob("dev-*.txt"))


def test_signature_is_compact_and_deterministic() -> None:
    sig = signature(SEED)
    assert isinstance(sig, bytes) and len(sig) == 513
    assert signature(SEED) == sig
    assert similarity(sig, sig) == 1.0


@pytest.mark.parametrize("copy", COPIES, ids=["headline+reworded+boilerplate", "byline+reworded+appeal"])
def test_edited_copies_are_near_duplicates_of_the_seed(copy: str) -> None:
    index = NearDuplicateIndex()
    index.add("seed", signature(SEED))
    assert similarity(signature(SEED), signature(copy)) >= index.threshold
    assert index.query(signature(copy)) == ["seed"]


def test_copies_of_each_other_are_near_duplicates() -> None:
    index = NearDuplicateIndex()
    index.add("copy-1", signature(COPIES[0]))
    assert index.query(signature(COPIES[1])) == ["copy-1"]


def test_cleaned_document_text_matches_raw_copy() -> None:
    """The registry signs `Document.text`; cleaning (repeated paragraphs dropped) must not hide a copy."""
    doc = make_document(SEED, source="seed.txt", language="en")
    index = NearDuplicateIndex()
    index.add("seed", signature(doc.text))
    assert index.query(signature(COPIES[0])) == ["seed"]


def test_different_articles_are_not_near_duplicates() -> None:
    index = NearDuplicateIndex()
    index.add("seed", signature(SEED))
    for path in DEV:
        sig = signature(path.read_text(encoding="utf-8"))
        assert index.query(sig) == [], path.name
        assert similarity(sig, signature(SEED)) < 0.2, path.name
        index.add(path.name, sig)
    assert len(index) == len(DEV) + 1


def test_add_replaces_a_key_and_empty_text_matches_nothing() -> None:
    index = NearDuplicateIndex()
    index.add("a", signature(SEED))
    index.add("a", signature(DEV[0].read_text(encoding="utf-8")))
    assert index.query(signature(SEED)) == []
    empty = signature("")
    index.add("empty", empty)
    assert "empty" not in index
    assert index.query(empty) == []
    assert similarity(empty, empty) == 0.0


def test_foreign_bytes_are_refused() -> None:
    with pytest.raises(ValueError, match="signature"):
        similarity(b"abc", signature(SEED))
