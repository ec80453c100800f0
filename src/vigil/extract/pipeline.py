"""The extraction pipeline: routes each document to its language's extractor, loaded once per
process on first use, and streams results back in input order."""

from __future__ import annotations

import gc
import logging
from collections.abc import Collection, Iterable, Iterator
from dataclasses import replace

from vigil.errors import SourceError, UnsupportedLanguage
from vigil.extract import languages, suggest
from vigil.extract.version import EXTRACTOR_VERSION
from vigil.model import Document, Extraction

logger = logging.getLogger(__name__)

# spaCy's parser needs about 1 GB per 100,000 words; no news article comes near this.
MAX_CHARS = 1_000_000


class Extractor:
    """Holds the loaded language extractors; `extract_many` streams documents through them.

    `language` forces one language for every document (the CLI's `--lang`), overriding detection.
    """

    def __init__(self, *, language: str | None = None) -> None:
        if language is not None and language not in languages.supported():
            raise UnsupportedLanguage(language)
        self.forced = language
        self.loaded: dict[str, languages.LanguageExtractor] = {}

    @property
    def languages(self) -> Collection[str]:
        """The detected languages this extractor extracts (all of them under `--lang`)."""
        return _Every() if self.forced else frozenset(languages.supported())

    def language_of(self, document: Document) -> str:
        return self.forced or document.language or "unknown"

    def extractor_for(self, language: str) -> languages.LanguageExtractor:
        if language not in self.loaded:
            self.loaded[language] = _load(language)
        return self.loaded[language]

    def extract(self, document: Document) -> Extraction:
        result = next(self.extract_many([document]))
        if isinstance(result, SourceError):
            raise result
        return result

    def extract_many(
        self, items: Iterable[Document | SourceError], *, batch_size: int = 16
    ) -> Iterator[Extraction | SourceError]:
        """Extractions in input order; unreadable inputs and unsupported languages pass through as errors."""
        import spacy  # noqa: F401  every language's pipeline needs it; imported while a reader thread reads

        pending: list[Document | SourceError] = []

        def flush() -> Iterator[Extraction | SourceError]:
            by_language: dict[str, list[Document]] = {}
            for item in pending:
                if isinstance(item, Document):
                    by_language.setdefault(item.language or "unknown", []).append(item)
            results = {
                lang: iter(_extract_batch(self.extractor_for(lang), docs, batch_size))
                for lang, docs in by_language.items()
            }
            for item in pending:
                yield next(results[item.language or "unknown"]) if isinstance(item, Document) else item
            pending.clear()

        for item in items:
            if isinstance(item, Document):
                language = self.language_of(item)
                if language not in languages.supported():
                    item = UnsupportedLanguage(language, source=item.source)
                elif len(item.text) > MAX_CHARS:
                    item = SourceError(
                        f"too long to extract: {len(item.text):,} characters (limit {MAX_CHARS:,})",
                        source=item.source,
                    )
                elif item.language != language:
                    item = replace(item, language=language)
            pending.append(item)
            if len(pending) >= batch_size:
                yield from flush()
        yield from flush()


_YOUNG_OBJECTS = 10_000  # new objects between two collections of the youngest generation


def _load(language: str) -> languages.LanguageExtractor:
    """The language's extractor, loaded with the garbage collector paused and its objects then
    moved out of the collector's reach. Loading makes about a hundred thousand objects that live
    as long as the process: the collections loading set off walked them again and again (a
    quarter of the English pipeline's loading time), and every full collection while extracting
    walked them all once more (a full collection every hundred articles or so: frozen, it costs
    a third). The garbage loading leaves (about 6,000 objects for English) is frozen with them,
    once per language. The youngest generation is then collected after 10,000 new objects, not
    700: the rules make and drop many short-lived lists and tokens, most freed before a collection
    comes (a third less time in the collector, the same memory)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        extractor = languages.load(language)
    finally:
        if enabled:
            gc.enable()
    gc.freeze()
    gc.set_threshold(_YOUNG_OBJECTS, *gc.get_threshold()[1:])
    return extractor


def _extract_batch(
    extractor: languages.LanguageExtractor, docs: list[Document], batch_size: int
) -> list[Extraction | SourceError]:
    """One batch's extractions. A document that breaks a rule (a bug, or a text no rule foresaw)
    must not cost the rest of the batch: on an error the batch is redone one document at a
    time, and a document that fails on its own comes back as an error naming it. Each extraction
    gets the events a learned model suggests beyond the rules (`suggest.attach`)."""
    try:
        return [suggest.attach(x) for x in extractor.extract_many(docs, batch_size=batch_size)]
    except MemoryError:
        raise
    except Exception as exc:
        if len(docs) == 1:
            return [_failed(docs[0], exc)]
    out: list[Extraction | SourceError] = []
    for doc in docs:
        try:
            out.extend(map(suggest.attach, extractor.extract_many([doc], batch_size=1)))
        except MemoryError:
            raise
        except Exception as exc:
            out.append(_failed(doc, exc))
    return out


def _failed(doc: Document, exc: Exception) -> SourceError:
    logger.debug("extraction failed: %s", doc.source, exc_info=exc)  # the traceback, for a bug report
    return SourceError(f"extraction failed ({type(exc).__name__}: {exc})", source=doc.source)


class _Every(frozenset[str]):
    """Every language: `--lang` makes the extractor take any document as its forced language."""

    def __contains__(self, item: object) -> bool:
        return True


__all__ = ["EXTRACTOR_VERSION", "MAX_CHARS", "Extractor"]
