"""The extraction pipeline: built once per process, run over many documents with `nlp.pipe`."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from vigil.errors import SourceError, UnsupportedLanguage
from vigil.model import Document, Extraction

EXTRACTOR_VERSION = "en-0.1"
# spaCy's parser needs about 1 GB per 100,000 words; no news article comes near this.
MAX_CHARS = 1_000_000


class Extractor:
    """Holds the loaded language pipelines; `extract_many` streams documents through them."""

    def __init__(self) -> None:
        from vigil.extract import english

        self.languages = {"en": english.EnglishExtractor()}

    def extract(self, document: Document) -> Extraction:
        result = next(self.extract_many([document]))
        if isinstance(result, SourceError):
            raise result
        return result

    def extract_many(
        self, items: Iterable[Document | SourceError], *, batch_size: int = 16
    ) -> Iterator[Extraction | SourceError]:
        """Extractions in input order; unreadable inputs and other languages pass through as errors."""
        english = self.languages["en"]
        pending: list[Document | SourceError] = []

        def flush() -> Iterator[Extraction | SourceError]:
            docs = [d for d in pending if isinstance(d, Document)]
            results = iter(english.extract_many(docs, batch_size=batch_size))
            for item in pending:
                yield next(results) if isinstance(item, Document) else item
            pending.clear()

        for item in items:
            if isinstance(item, Document) and item.language not in self.languages:
                item = UnsupportedLanguage(item.language or "unknown", source=item.source)
            elif isinstance(item, Document) and len(item.text) > MAX_CHARS:
                item = SourceError(
                    f"too long to extract: {len(item.text):,} characters (limit {MAX_CHARS:,})",
                    source=item.source,
                )
            pending.append(item)
            if len(pending) >= batch_size:
                yield from flush()
        yield from flush()
