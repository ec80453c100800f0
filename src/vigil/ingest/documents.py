"""Turning raw text from any source into a cleaned, language-tagged `Document`."""

from __future__ import annotations

import re
from datetime import date

from vigil.errors import SourceError
from vigil.ingest.clean import clean_text
from vigil.ingest.language import detect_language
from vigil.model import Document

_MONTHS = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATE_LINE = re.compile(
    rf"^(?:(?:Published|Updated|Posted|Date)(?: on)?:?\s*)?"
    rf"(?:\w+day,?\s+)?"
    rf"(?P<date>{_MONTHS}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTHS},?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})"
    rf"(?:,?\s+(?:at\s+)?\d{{1,2}}[:.]\d{{2}}.*)?$",
    re.IGNORECASE,
)


def dateline_date(text: str, *, paragraphs: int = 4) -> date | None:
    """A publication date standing on its own line near the top ("June 21, 2025",
    "Published: 21 June 2025 10:40"), as scraped reports often carry it."""
    for paragraph in text.split("\n\n")[:paragraphs]:
        match = _DATE_LINE.match(paragraph.strip())
        if match:
            import dateparser  # slow to import; most texts carry no date line

            parsed = dateparser.parse(match.group("date"), languages=["en"])
            if parsed is not None:
                return parsed.date()
    return None


def headline(text: str) -> str | None:
    """A first paragraph that reads as a headline: short, several words, no closing full stop."""
    first, sep, _rest = text.partition("\n\n")
    first = first.strip()
    if (
        not sep
        or not 3 <= len(first.split()) <= 20
        or first.endswith((".", ":", ","))
        or _DATE_LINE.match(first)
    ):
        return None
    return first


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
        title=title or headline(cleaned.text),
        published=published or dateline_date(cleaned.text),
        language=language or detect_language(cleaned.text),
        outlet=outlet,
        url=url,
        author=author,
        duplicates_removed=cleaned.duplicates_removed,
        removed_paragraphs=cleaned.removed_paragraphs,
    )
