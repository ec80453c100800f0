"""Links to other stories that news pages print inside an article ('Related: ...', 'READ MORE:
...'): their headlines tell another story's events, not this one's."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from vigil.extract.doctext import doc_text

_TEASER = re.compile(
    r"^[ \t]*(?:related(?: (?:coverage|stories|story|articles?|news|content|reading|links?))?"
    r"|read (?:more|also|next)|see also|also (?:read|see)|more on this(?: story| topic)?"
    r"|recommended(?: for you)?|you (?:may|might) also (?:like|be interested in)|most read|trending now)"
    r"[ \t]*[:|»>\u2014\u2013-]",
    re.IGNORECASE | re.MULTILINE,
)


def teaser_lines(doc: Doc) -> set[int]:
    """Token indices of the lines that open with a link label to another story."""
    text = doc_text(doc)
    out: set[int] = set()
    for match in _TEASER.finditer(text):
        end = text.find("\n", match.end())
        span = doc.char_span(match.start(), len(text) if end < 0 else end, alignment_mode="expand")
        if span is not None:
            out.update(range(span.start, span.end))
    return out


def in_teaser_line(tok: Token) -> bool:
    """Whether `tok` is on a line that opens with a link label ('Read more: Blogger X freed after
    three years'): the linked story's headline, written as headlines are (no auxiliary)."""
    text = doc_text(tok.doc)
    return _TEASER.match(text, text.rfind("\n", 0, tok.idx) + 1) is not None


__all__ = ["in_teaser_line", "teaser_lines"]
