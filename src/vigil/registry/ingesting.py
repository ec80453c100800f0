"""Ingest orchestration: documents -> (maybe) extraction -> one transaction per article.

Known articles (same cleaned-text hash, same extractor version) and near-duplicate copies
are recognised before extraction, so re-ingesting costs a hash and a lookup per file.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from sqlalchemy import select

from vigil.errors import SourceError
from vigil.ingest.neardup import NearDuplicateIndex, signature
from vigil.model import Document, Extraction
from vigil.registry.articles import add_outlet, find_article, store_document, store_extraction, text_hash
from vigil.registry.db import Database
from vigil.registry.models import Article
from vigil.registry.persons import StatusChange, refresh_status
from vigil.registry.settings import Settings

if TYPE_CHECKING:
    from vigil.extract import Extractor

__all__ = [
    "Copies",
    "IngestReport",
    "Item",
    "ItemResult",
    "plan",
    "store_items",
    "wants_extraction",
]


@dataclass(frozen=True)
class ItemResult:
    """What happened to one input: new, known, copy, re-extracted, not-extracted or failed."""

    source: str
    outcome: str
    article_id: int | None = None
    language: str | None = None
    reason: str | None = None


@dataclass
class IngestReport:
    items: list[ItemResult] = field(default_factory=list)
    persons_new: int = 0
    persons_linked: int = 0
    suggestions: int = 0
    claims: int = 0
    status_changes: list[StatusChange] = field(default_factory=list)

    def count(self, outcome: str) -> int:
        return sum(1 for item in self.items if item.outcome == outcome)

    @property
    def failed(self) -> list[ItemResult]:
        return [item for item in self.items if item.outcome == "failed"]

    @property
    def not_extracted(self) -> list[ItemResult]:
        return [item for item in self.items if item.outcome == "not-extracted"]


class Copies:
    """The near-duplicate index over stored canonical articles, keyed by text hash."""

    def __init__(self, db: Database) -> None:
        self.index = NearDuplicateIndex()
        with db.session() as session:
            rows = session.execute(
                select(Article.text_hash, Article.minhash).where(
                    Article.canonical_id.is_(None), Article.minhash.is_not(None)
                )
            )
            for digest, sig in rows:
                self.index.add(digest, sig)
        self._signatures: dict[str, bytes] = {}

    def signature(self, digest: str, text: str) -> bytes:
        """The text's MinHash, computed once between planning and storing an article."""
        sig = self._signatures.get(digest)
        if sig is None:
            sig = self._signatures[digest] = signature(text)
        return sig

    def forget(self, digest: str) -> None:
        self._signatures.pop(digest, None)

    def original(self, sig: bytes, digest: str) -> str | None:
        return next((key for key in self.index.query(sig) if key != digest), None)


def _needs_extraction(db: Database, document: Document, *, version: str, copies: Copies) -> bool:
    """False for an article already stored as it is, or a copy of a stored story."""
    digest = text_hash(document.text)
    with db.session() as session:
        article = find_article(session, digest)
        if article is not None:
            return article.canonical_id is None and article.extractor_version != version
    return copies.original(copies.signature(digest, document.text), digest) is None


Item = Document | Extraction | SourceError


def wants_extraction(
    db: Database, item: Document | SourceError, *, languages: Collection[str], copies: Copies
) -> bool:
    """Whether the ingest extracts `item` now: a document in an extracted language that the
    registry does not hold yet (as it is, or as a copy of a stored story).

    Skipping is only a saving: the writer decides again when storing, so a parallel planner
    that sees the registry a little late extracts a few more documents and stores the same.
    """
    from vigil.extract import EXTRACTOR_VERSION

    return (
        isinstance(item, Document)
        and item.language in languages
        and _needs_extraction(db, item, version=EXTRACTOR_VERSION, copies=copies)
    )


def plan(
    db: Database,
    documents: Iterable[Document | SourceError],
    *,
    extractor: Extractor,
    copies: Copies,
    batch_size: int = 16,
) -> Iterator[Item]:
    """Extract only the documents that need it, keeping input order; others pass as they are."""
    languages = extractor.languages  # a document in another language is stored as it is
    chunk: list[Document | SourceError] = []

    def flush() -> Iterator[Item]:
        wanted = [d for d in chunk if wants_extraction(db, d, languages=languages, copies=copies)]
        results = iter(extractor.extract_many(wanted)) if wanted else iter(())
        wanted_ids = {id(d) for d in wanted}
        for item in chunk:
            yield next(results) if id(item) in wanted_ids else item
        chunk.clear()

    for document in documents:
        chunk.append(document)
        if len(chunk) >= batch_size:
            yield from flush()
    yield from flush()


def store_items(
    db: Database,
    items: Iterable[Item],
    *,
    settings: Settings,
    copies: Copies | None = None,
    on_item: Callable[[ItemResult], None] | None = None,
) -> IngestReport:
    """Store each document/extraction in its own transaction and report what happened."""
    copies = copies or Copies(db)
    report = IngestReport()
    for item in items:
        try:
            result = _store_one(db, item, settings=settings, copies=copies, report=report)
        finally:
            if not isinstance(item, SourceError):
                document = item.document if isinstance(item, Extraction) else item
                copies.forget(text_hash(document.text))
        report.items.append(result)
        if on_item is not None:
            on_item(result)
    return report


def _store_one(
    db: Database, item: Item, *, settings: Settings, copies: Copies, report: IngestReport
) -> ItemResult:
    if isinstance(item, SourceError):
        return ItemResult(item.source or "?", "failed", reason=item.message)
    extraction = item if isinstance(item, Extraction) else None
    document = item.document if isinstance(item, Extraction) else item
    now = datetime.now(UTC).replace(tzinfo=None)
    digest = text_hash(document.text)
    new_signature: bytes | None = None
    with db.session(write=True) as session:
        article = find_article(session, digest)
        if article is not None:
            if (
                article.canonical_id is not None
                or extraction is None
                or article.extractor_version == extraction.extractor_version
            ):
                add_outlet(session, article, document)
                return ItemResult(document.source, "known", article.id, article.language)
            outcome = "re-extracted"
        else:
            sig = copies.signature(digest, document.text)
            original = copies.original(sig, digest)
            canonical = find_article(session, original) if original else None
            if canonical is not None:
                article = store_document(session, document, now=now, canonical_id=canonical.id)
                return ItemResult(document.source, "copy", article.id, article.language)
            version = extraction.extractor_version if extraction is not None else None
            article = store_document(session, document, now=now, minhash=sig, extractor_version=version)
            new_signature = sig
            outcome = "new" if extraction is not None else "not-extracted"
        if extraction is not None:
            stored = store_extraction(
                session, article, extraction, settings=settings, now=now, new=outcome == "new"
            )
            changes = refresh_status(session, stored.touched, settings=settings, now=now)
            report.persons_new += stored.persons_new
            report.persons_linked += stored.persons_linked
            report.suggestions += stored.suggestions
            report.claims += stored.claims
            report.status_changes.extend(changes)
        article_id, language = article.id, article.language
    if new_signature is not None:
        copies.index.add(digest, new_signature)
    return ItemResult(document.source, outcome, article_id, language)
