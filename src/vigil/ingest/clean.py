"""Cleaning: the text every offset indexes.

HTML entities a scraper left (`&nbsp;`, `&quot;`) read as their characters, Unicode NFC, one
kind of quote mark, apostrophe and dash, no invisible zero-width or direction marks, Latin
look-alike letters inside Cyrillic words made Cyrillic, collapsed whitespace, lines of a
hard-wrapped text (e-mail or PDF copy broken at ~70 columns) joined back into their paragraphs,
and paragraphs that repeat an earlier one (exactly or up to whitespace and punctuation; a short
one only right after itself) dropped and counted — scraped reports often carry a block twice.
"""

from __future__ import annotations

import html
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
        "\u02bc": "'",  # the Belarusian (and Ukrainian) apostrophe as a modifier letter: сямʼя
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
_CYRILLIC_LOOKALIKES = frozenset("іІаАеЕоОсСрРхХуКМНТВ")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
# a one-letter word between Cyrillic words typed in Latin: the conjunction "i" of Belarusian,
# the prepositions "c", "y", "o", "a" ("Андрэй i Марыя", "встреча c адвокатом"); lower case only,
# for "Петра I" is a numeral
_LONE_LATIN = re.compile(r"(?:(?<=[\u0400-\u04ff] )|(?<=[\u0400-\u04ff], ))[aocyi](?= [\u0400-\u04ff])")
_MIXED = re.compile(r"[\u0400-\u04ff][A-Za-z]|[A-Za-z][\u0400-\u04ff]")
_WORD = re.compile(r"[^\W\d_]+")
_HEADING_WORD = re.compile(r"[^\W\d_]{3}")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SPACES = re.compile(r"[ \t]+")
_NONWORD = re.compile(r"[\W_]+")
# a named or numeric character reference with its semicolon ("&nbsp;", "&#171;", "&#x2014;");
# without one ("AT&T", "R&D", "&copy") it is text
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# a line that begins a new line by design: a list's item, or an interview's turn (a dash before
# a capital: "— We waited", where "— said his wife" goes on with the line before)
# or a timeline's date ("May 2024 — detained", "12 марта 2023 г. — ...")
_LIST_ITEM = re.compile(r"(?:[•·*●▪‣>]|\d{1,3}[.)]|(?:\S+\s){0,2}\d{4}(?:\s?\w{1,4}\.?)?\s[-–—:])\s")
_DASH_OPENER = re.compile(r"[-–—]\s+(\S)")
_HYPHENATED = re.compile(r"[^\W\d_]-$")  # "северо-" / "long-" broken at the hyphen
_SENTENCE_END = re.compile(r"[.!?…][\"')]?$")
_ADDRESS = re.compile(r"(?:https?://|www\.|\S+@\S+\.\w)")
_WRAP_MIN_BREAKS = 2
# a wrapped text's width: wider lines are paragraphs; under 40 columns short lines are a list's
_WRAP_WIDTHS = range(40, 121)


@dataclass
class Cleaned:
    text: str
    duplicates_removed: int = 0
    removed_paragraphs: list[str] = field(default_factory=list)


def normalise(text: str) -> str:
    """Unicode, quote-mark, dash and whitespace normalisation of one string."""
    text = _unescape(text)
    # NFC after dropping zero-width marks, which may have kept a letter from its accent
    text = unicodedata.normalize("NFC", text.translate(_QUOTES))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub(" ", text)
    if _MIXED.search(text):
        text = _WORD.sub(_cyrillic_lookalikes, text)
    text = _SPACES.sub(" ", text)
    if _LONE_LATIN.search(text):
        text = _LONE_LATIN.sub(lambda m: m.group().translate(_LOOKALIKES), text)
    return text


def _unescape(text: str) -> str:
    """Character references a scraper or feed left in the text, read until none is left (a
    doubly escaped "&amp;nbsp;" too), so that cleaning twice gives what cleaning once gave."""
    while "&" in text:
        done = _ENTITY.sub(lambda m: html.unescape(m.group()), text)
        if done == text:
            break
        text = done
    return text


def _cyrillic_lookalikes(match: re.Match[str]) -> str:
    """'Дулiна' with a Latin 'i' is 'Дуліна': the same length, so no offset moves. A word with
    one Cyrillic letter is Cyrillic when that letter has no Latin twin ('Iгap' is 'Ігар'); one
    Cyrillic look-alike in a Latin word ('Cоx') says nothing either way, and stays."""
    word = match.group()
    latin = [c for c in word if c.isascii()]
    if not latin or len(latin) == len(word) or not set(latin) <= _LATIN_LOOKALIKES:
        return word
    cyrillic = _CYRILLIC.findall(word)
    if len(cyrillic) < 2 and set(cyrillic) <= _CYRILLIC_LOOKALIKES:
        return word
    return word.translate(_LOOKALIKES)


def paragraph_key(paragraph: str) -> str:
    """Two paragraphs with the same key say the same thing (case, spacing, punctuation aside)."""
    return _NONWORD.sub(" ", paragraph.casefold()).strip()


def unwrap(lines: list[str]) -> list[str]:
    """The lines of a hard-wrapped text joined back into paragraphs; other texts as they are.

    E-mail and PDF copy break every paragraph at a fixed width, so each line would be read as a
    paragraph and a sentence cut in two. Greedy wrapping leaves its marks on every line it
    breaks: the line is full (the next line's first word would not have fitted within the text's
    width) and, in prose, the sentence mostly goes on (the next line starts in lower case, or the
    line ends at a comma). A text is wrapped when, of at least four breaks between two lines,
    half are full, a third of those go on with the sentence, and no line followed by another is
    wider than 120 or the widest narrower than 40 (`_WRAP_WIDTHS`). Headers, lists and
    timelines set one item a line are full by chance at most, and their next lines start in
    capitals or digits. A full line is then joined to the next (a word hyphenated at the break
    without a space), unless the next opens a list item or an interview's turn; where no blank
    line parts the paragraphs and some lines end one (not full), a full line that ends a
    sentence before a capital may end its paragraph too, and is left as it is."""
    stripped = [line.strip() for line in lines]
    breaks = [i for i in range(len(stripped) - 1) if stripped[i] and stripped[i + 1]]
    if len(breaks) < _WRAP_MIN_BREAKS:
        return lines
    width = max(len(stripped[i]) for i in breaks)
    if width not in _WRAP_WIDTHS:
        return lines
    full = {i for i in breaks if _is_full(stripped[i], stripped[i + 1], width)}
    going_on = [i for i in full if _goes_on(stripped[i], stripped[i + 1])]
    if len(full) * 2 < len(breaks) or len(going_on) * 3 < len(full):
        return lines
    words = [i for i, line in enumerate(stripped) if line]
    if "" not in stripped[words[0] : words[-1]] and len(full) < len(breaks):
        # one line end parts paragraphs (the lines not full) and lines
        full = {i for i in full if not _SENTENCE_END.search(stripped[i]) or stripped[i + 1][0].islower()}
    out: list[str] = []
    joining = False
    for i, line in enumerate(stripped):
        if joining:
            out[-1] += ("" if _HYPHENATED.search(out[-1]) else " ") + line
        else:
            out.append(line)
        joining = i in full
    return out


def _goes_on(line: str, following: str) -> bool:
    """Whether the sentence goes on across the break: the next line starts in lower case (and
    is not an address, "https://..."), or the line ends at a comma."""
    return (following[0].islower() and not _ADDRESS.match(following)) or line.endswith(",")


def _is_full(line: str, following: str, width: int) -> bool:
    """Whether a wrapped text broke `line` for want of room: the next line's first word would
    not have fitted after it, and the next line does not open a list item or a turn (a dash
    before a lower-case word goes on with the line: «"...", — said his wife»)."""
    dash = _DASH_OPENER.match(following)
    if _LIST_ITEM.match(following) or (dash and not dash.group(1).islower()):
        return False
    return len(line) + 1 + len(following.split()[0]) > width


def clean_text(text: str) -> Cleaned:
    """Normalise `text`, drop repeated paragraphs, join paragraphs with one blank line.

    Very short paragraphs (datelines, "Advertisement") may repeat legitimately; one is dropped
    only as part of a repeat: right after itself (a heading a repost doubled), or heading a
    long paragraph that is itself a repeat (a block carried twice, its heading with it)."""
    paragraphs = [line.strip() for line in unwrap(normalise(text).split("\n")) if line.strip()]
    keys = [paragraph_key(paragraph) for paragraph in paragraphs]
    kept: list[str] = []
    removed: list[str] = []
    seen: set[str] = set()
    for i, (paragraph, key) in enumerate(zip(paragraphs, keys, strict=True)):
        if key in seen and (len(key) >= 20 or _short_repeat(key, kept, keys[i + 1 :], seen)):
            removed.append(paragraph)
            continue
        seen.add(key)
        kept.append(paragraph)
    return Cleaned("\n\n".join(kept), len(removed), removed)


def _short_repeat(key: str, kept: list[str], after: list[str], seen: set[str]) -> bool:
    """A short paragraph seen before is part of a repeat: a heading that follows itself (a
    repost doubled it; a page's "AD" or "▶" markers twice in a row, with no word of three
    letters, are layout, not repeated reporting), or one that heads a long paragraph seen
    before."""
    if kept and paragraph_key(kept[-1]) == key and _HEADING_WORD.search(key):
        return True
    return bool(after) and len(after[0]) >= 20 and after[0] in seen
