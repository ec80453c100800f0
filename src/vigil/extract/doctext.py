"""A parsed document's text, joined once.

spaCy's `Doc.text` rebuilds the string from every token on each access; rules that slice the
text around a token would pay for the whole document each time (dozens of times per article).
"""

from __future__ import annotations

from spacy.tokens import Doc

__all__ = ["doc_text"]

_KEY = "vigil_text"


def doc_text(doc: Doc) -> str:
    """`doc.text`, kept in the doc's `user_data` after the first call (a doc's text never changes)."""
    text = doc.user_data.get(_KEY)
    if text is None:
        text = doc.user_data[_KEY] = doc.text
    return text
