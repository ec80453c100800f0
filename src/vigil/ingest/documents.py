"""Turning raw text from any source into a cleaned, language-tagged `Document`."""

from __future__ import annotations

from datetime import date

from vigil.errors import SourceError
from vigil.ingest.clean import clean_text
from vigil.ingest.language import detect_language
from vigil.model import Document


def make_document(
    text: str,
    *,
    source: str,
    title: str | None = None,
    published: date | None = None,
    outlet: str | None = None,
    url: str | None = None,
    author: str | None = None,
    language: str | None = None,
) -> Document:
    """Clean `text` and detect its language unless given; refuse text with no words."""
    cleaned = clean_text(text)
    if not any(ch.isalpha() for ch in cleaned.text):
        raise SourceError("no words in the text", source=source)
    return Document(
        source=source,
        text=cleaned.text,
        title=title,
        published=published,
        language=language or detect_language(cleaned.text),
        outlet=outlet,
        url=url,
        author=author,
        duplicates_removed=cleaned.duplicates_removed,
        removed_paragraphs=cleaned.removed_paragraphs,
    )
