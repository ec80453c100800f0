"""News pages to documents: the article body without navigation, ads, comments or scripts.

trafilatura finds the main text and the page's metadata (title, author, publication date,
site name); the publication date matters beyond display, because it anchors the article's
relative dates ("on Thursday", "last month").
"""

from __future__ import annotations

import codecs
import html as html_lib
import re
from datetime import date
from typing import Any

import trafilatura
from lxml import etree
from lxml.html import HtmlElement, fragment_fromstring
from trafilatura.utils import load_html

from vigil.errors import SourceError
from vigil.ingest.documents import make_document
from vigil.ingest.read import decode
from vigil.model import Document

__all__ = ["decode_html", "extract_html", "fragment_text", "looks_like_html"]

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_HTML_START = re.compile(
    rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|article|div|p)\b", re.IGNORECASE | re.DOTALL
)
MIN_WORDS = 5
_TABLE_RULE = re.compile(r"^[ \t]*\|[\s\-:|]*-[\s\-:|]*\|[ \t]*$\n?", re.MULTILINE)
_DATE_PARAMS = {"extensive_search": False, "original_date": True, "outputformat": "%Y-%m-%d"}


def looks_like_html(data: bytes) -> bool:
    """Whether bytes (from stdin, a URL without a content type ...) are an HTML page."""
    return bool(_HTML_START.match(data[:2048].lstrip(b"\xef\xbb\xbf")))


def decode_html(data: bytes, *, source: str, charset: str | None = None) -> str:
    """HTML bytes to text: the HTTP charset, else the page's `<meta charset>`, else detection."""
    for candidate in (charset, _declared_charset(data)):
        if candidate:
            try:
                return data.decode(codecs.lookup(candidate).name)
            except (LookupError, UnicodeDecodeError):
                continue
    return decode(data, source=source)


def _declared_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii", "ignore") if match else None


def extract_html(
    html: str | bytes,
    *,
    source: str,
    url: str | None = None,
    published: date | None = None,
    title: str | None = None,
    outlet: str | None = None,
    author: str | None = None,
    language: str | None = None,
) -> Document:
    """The article in `html` as a cleaned document with the page's metadata.

    What the page says wins over the keyword arguments, which fill the gaps (a feed entry's
    title and date, the date the user gave on the command line).
    """
    if isinstance(html, bytes):
        html = decode_html(html, source=source)
    tree = load_html(html) if html.strip() else None
    if tree is None:
        raise SourceError("empty page or not HTML", source=source)
    result = trafilatura.bare_extraction(
        tree,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=not _has_layout_tables(tree),
        favor_precision=True,
        date_extraction_params=_DATE_PARAMS,
    )
    meta: dict[str, Any] = result.as_dict() if result is not None else {}
    text = _TABLE_RULE.sub("", meta.get("text") or "")  # trafilatura's |---| lines under table rows
    if len(text.split()) < MIN_WORDS:  # a menu or a cookie notice, not an article
        raise SourceError("no article text found in the page", source=source)
    return make_document(
        text,
        source=source,
        title=meta.get("title") or title,
        published=_date(meta.get("date")) or published,
        outlet=meta.get("sitename") or outlet,
        url=url or meta.get("url"),
        author=meta.get("author") or author,
        language=language,
    )


def fragment_text(fragment: str) -> str:
    """The text of an HTML fragment (a feed entry's content), one paragraph per block element."""
    if "<" not in fragment:
        return html_lib.unescape(fragment)
    try:
        root = fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return fragment
    for element in list(root.iter(etree.Element)):
        if element.tag in _DROP:
            element.drop_tree()
        elif element.tag in _BLOCKS:
            element.tail = "\n" + (element.tail or "")
            if element.tag == "br":
                continue
            element.text = "\n" + (element.text or "")
    return root.text_content()


_DROP = {"script", "style", "noscript", "iframe", "form"}
_BLOCKS = {
    "p",
    "div",
    "br",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "tr",
    "section",
    "article",
    "header",
    "footer",
    "figcaption",
    "pre",
    "dd",
    "dt",
    "table",
    "ul",
    "ol",
}


def _has_layout_tables(tree: HtmlElement) -> bool:
    """Old sites lay the page out in a table; kept as a table it would flatten menus into the text."""
    return bool(tree.xpath("//td[.//h1 or .//h2 or count(.//p) >= 2]"))


def _date(value: object) -> date | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None
