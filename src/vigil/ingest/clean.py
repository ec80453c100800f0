"""Cleaning: the text every offset indexes.

Unicode NFC, one kind of quote mark and dash, no invisible zero-width or direction marks, Latin
look-alike letters inside Cyrillic words made Cyrillic, collapsed whitespace, and paragraphs that
repeat an earlier one (exactly or up to whitespace and punctuation) dropped and counted —
scraped reports often carry a block twice.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

_QUOTES = str.maketrans(
    {
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2033": '"',
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u00a0": " ",
        "\u2007": " ",
        "\u202f": " ",
        "\u2009": " ",
        "\u200a": " ",
        "\u3000": " ",
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2212": "-",
        "\u200b": None,
        "\u200c": None,
        "\u200d": None,
        "\ufeff": None,
        "\u00ad": None,
        # invisible direction marks, pasted with posts and comments ('\u202a"Sorry, ..." posted X')
        **dict.fromkeys(
            ["\u200e", "\u200f", *map(chr, range(0x202A, 0x202F)), *map(chr, range(0x2066, 0x206A))]
        ),
    }
)
# Latin letters that look like Cyrillic ones, typed inside Cyrillic words (Belarusian "і" is
# very often the Latin "i" of the keyboard): in a word that is otherwise Cyrillic they are the
# Cyrillic letter, or the word and the name in it are not found
_LOOKALIKES = str.maketrans("iIaAeEoOcCpPxXyKMHTB", "іІаАеЕоОсСрРхХуКМНТВ")
_LATIN_LOOKALIKES = frozenset("iIaAeEoOcCpPxXyKMHTB")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_MIXED = re.compile(r"[\u0400-\u04ff][A-Za-z]|[A-Za-z][\u0400-\u04ff]")
_WORD = re.compile(r"[^\W\d_]+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SPACES = re.compile(r"[ \t]+")
_NONWORD = re.compile(r"[\W_]+")


@dataclass
class Cleaned:
    text: str
    duplicates_removed: int = 0
    removed_paragraphs: list[str] = field(default_factory=list)


def normalise(text: str) -> str:
    """Unicode, quote-mark, dash and whitespace normalisation of one string."""
    # NFC after dropping zero-width marks, which may have kept a letter from its accent
    text = unicodedata.normalize("NFC", text.translate(_QUOTES))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub(" ", text)
    if _MIXED.search(text):
        text = _WORD.sub(_cyrillic_lookalikes, text)
    return _SPACES.sub(" ", text)


def _cyrillic_lookalikes(match: re.Match[str]) -> str:
    """'Дулiна' with a Latin 'i' is 'Дуліна': the same length, so no offset moves."""
    word = match.group()
    latin = [c for c in word if c.isascii()]
    if not latin or len(latin) == len(word) or not set(latin) <= _LATIN_LOOKALIKES:
        return word
    if len(_CYRILLIC.findall(word)) < 2:
        return word
    return word.translate(_LOOKALIKES)


def paragraph_key(paragraph: str) -> str:
    """Two paragraphs with the same key say the same thing (case, spacing, punctuation aside)."""
    return _NONWORD.sub(" ", paragraph.casefold()).strip()


def clean_text(text: str) -> Cleaned:
    """Normalise `text`, drop repeated paragraphs, join paragraphs with one blank line."""
    kept: list[str] = []
    removed: list[str] = []
    seen: set[str] = set()
    for raw in normalise(text).split("\n"):
        paragraph = raw.strip()
        if not paragraph:
            continue
        key = paragraph_key(paragraph)
        # very short lines (datelines, "Advertisement") may repeat legitimately
        if key in seen and len(key) >= 20:
            removed.append(paragraph)
            continue
        seen.add(key)
        kept.append(paragraph)
    return Cleaned("\n\n".join(kept), len(removed), removed)
