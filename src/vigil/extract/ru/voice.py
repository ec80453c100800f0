"""The author's own voice in a page that is one named person's first-person text.

A court speech or a letter from prison is published under a title that names its author
(«Последнее слово Алексея Горинова», «Письмо Никиты Лобача из СИЗО», «Михаил Кригер.
Последнее слово»), and its body then speaks in the first person without quotation marks:
«Меня задержали в мае», «я содержусь под стражей уже больше года». Those are the author's
events, as «Меня задержали» in a quote or an interview answer is the speaker's. The events
see each such paragraph as a voice of the author (a `QuoteFinding` handed to the event rules
only, never printed as a quote: the page is the author's text, not a quotation in it).

Only a paragraph with a first-person singular pronoun (words.json `pronouns.first`: «я»,
«меня», «мне», …) and outside every quotation is a voice; the title's genre word
(words.json `voice_titles`) must stand beside the author's name with nothing but
punctuation or lower-case words that are no kin, possessor or other owner noun (words.json
`possessors`, `voice_title_others`) between («Письмо
политзаключённой X» is hers; «Открытое письмо семьи X» is the family's, not X's).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from vigil.extract.findings import Person
from vigil.extract.ru.lexicon import Lexicon
from vigil.extract.ru.persons import PersonIndex
from vigil.extract.ru.quotes import QuoteFinding

_GAP = 3  # words at most between the genre word and the author's name
_TITLE_LIMIT = 200  # characters: a longer first line is a lead paragraph, not a title


def author_voices(
    doc: Doc, index: PersonIndex, quotes: Sequence[QuoteFinding], lexicon: Lexicon
) -> list[QuoteFinding]:
    """The first-person paragraphs of a page titled as one named person's speech or letter,
    each as a voice of that person (empty when the title names no such author)."""
    text = doc.text
    title_end = text.find("\n")
    if not 0 < title_end <= _TITLE_LIMIT:
        return []
    author = _title_author(doc, index, lexicon, title_end)
    if author is None:
        return []
    first = lexicon.pronouns.get("first", set())
    voices = []
    start = title_end
    while start < len(text):
        end = text.find("\n", start + 1)
        end = len(text) if end < 0 else end
        span = doc.char_span(start, end, alignment_mode="contract")
        if (
            span is not None
            and any(t.lower_ in first for t in span)
            and not any(q.start < end and start < q.end for q in quotes)
        ):
            voice = QuoteFinding(speaker=author, text=span.text, start=span.start_char, end=span.end_char)
            voices.append(voice)
        start = end + 1
    return voices


def _title_author(doc: Doc, index: PersonIndex, lexicon: Lexicon, title_end: int) -> Person | None:
    """The one person the title names, beside a genre word of a first-person text."""
    title = [t for t in doc if t.idx < title_end]
    named = {id(p): p for t in title if (p := index.person_at(t)) is not None}
    if len(named) != 1:
        return None
    author = next(iter(named.values()))
    genres = lexicon.sets.get("voice_titles", set())
    for t in title:
        if not _genre_word(t, genres):
            continue
        if _name_beside(title, t.i, author, index, lexicon):
            return author
    return None


def _genre_word(t: Token, genres: set[str]) -> bool:
    """«письмо», «речь», …; «слово» only as «последнее слово» (words.json `voice_titles`
    writes it as the two lemmas)."""
    lemma = t.lemma_.lower()
    if lemma == "слово":
        return t.i > 0 and f"{t.doc[t.i - 1].lemma_.lower()} слово" in genres
    return lemma in genres


def _name_beside(title: list[Token], at: int, author: Person, index: PersonIndex, lexicon: Lexicon) -> bool:
    """The author's name within `_GAP` words after the genre word, or right before it past
    punctuation («X. Последнее слово»), with no kin or possessor noun between."""
    possessors = lexicon.sets.get("possessors", set()) | lexicon.sets.get("voice_title_others", set())
    after = [t for t in title if t.i > at][: _GAP + 1]
    for t in after:
        if index.person_at(t) is author:
            return True
        if not t.is_lower or t.lemma_.lower() in possessors:
            return False
    start = at - 1 if at > 0 and title[at - 1].lemma_.lower() == "последний" else at
    before = [t for t in title if t.i < start][::-1]
    for t in before:
        if index.person_at(t) is author:
            return True
        if not t.is_punct:
            return False
    return False


__all__ = ["author_voices"]
