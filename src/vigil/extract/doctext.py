"""A parsed document's text, joined once, and the text of its spans cut from it.

spaCy's `Doc.text` rebuilds the string from every token on each access, and `Span.text` from
every token of the span; rules that read a sentence's text around each candidate (dozens of
times per article) would pay for it each time. A span's text is the slice of the doc's text
between its first and last characters, so it is cut from the text joined once.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span

__all__ = ["doc_text", "first_line_end", "keep_text", "span_text", "text_lines"]

_KEY = "vigil_text"


def doc_text(doc: Doc) -> str:
    """`doc.text`, kept in the doc's `user_data` after the first call (a doc's text never changes)."""
    text = doc.user_data.get(_KEY)
    if text is None:
        text = doc.user_data[_KEY] = doc.text
    return text


def keep_text(doc: Doc, text: str) -> None:
    """Gives `doc_text` the text the doc was tokenized from, which is `doc.text`: spaCy's
    tokenizer keeps every character, so joining the tokens again gives the same string."""
    doc.user_data[_KEY] = text


def span_text(span: Span) -> str:
    """`span.text` (a sentence, an entity, a slice of the doc), cut from the doc's joined text."""
    return doc_text(span.doc)[span.start_char : span.end_char]


def text_lines(text: str) -> Iterator[tuple[int, str]]:
    """Each non-blank line of a text with its offset: list, heading and timeline rules read a
    text line by line and cut spans at those offsets."""
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            yield pos, line
        pos += len(line) + 1


def first_line_end(doc: Doc) -> int:
    """Where the text's first line ends (the end of the text when it has one line): a headline,
    when the text has one, is that line."""
    text = doc_text(doc)
    end = text.find("\n")
    return len(text) if end < 0 else end
