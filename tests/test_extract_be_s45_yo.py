"""Belarusian copy typed without «ё» (session 45, `be/yo.py`): the letter is put back before the
parse, so «Ен памер» reads as «Ён памёр»; the extraction keeps the document and its quotes as the
source wrote them. Traps: a document with any «ё» is read as written, a word of «е» that is no
listed word of «ё» stays («дзень», «калені»), and offsets index the text as given.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_extract_ru import events, quotes, terms
from vigil.extract.be.extractor import _prefix_table
from vigil.extract.be.yo import YoRestorer

PATTERNS = Path(__file__).parents[1] / "src" / "vigil" / "extract" / "be" / "patterns"

ARTICLE = (
    "У калоніі № 17 у Шклове памёр палітвязень Генадзь Жукоўскі. Ён адбываў пяць гадоў калоніі "
    "за ўдзел у пратэстах.\n\n"
    "18 сакавіка выйшаў на волю палітвязень Уладзімір Грышкевіч. Ён быў асуджаны на 3 гады калоніі.\n\n"
    "Пяцёра затрыманых у Гомелі чакаюць суда. «Мы яшчэ вернемся дадому», — сказаў сёння Арцём Бурсевіч."
)


@pytest.fixture(scope="module")
def yo() -> YoRestorer:
    return YoRestorer.load(PATTERNS, _prefix_table(PATTERNS / "lemmas.tsv"))


def test_an_article_typed_without_yo_gives_the_same_facts(be):
    plain = ARTICLE.replace("ё", "е").replace("Ё", "Е")
    written, typed = be(ARTICLE), be(plain)
    assert ("death", "Генадзь Жукоўскі") in events(written)
    assert terms(written)["Уладзімір Грышкевіч"] == 36
    assert events(typed) == events(written)
    assert terms(typed) == terms(written)
    assert {(s, w.replace("ё", "е")) for s, w in quotes(written)} == quotes(typed)


def test_the_extraction_keeps_the_source_spelling(be):
    plain = ARTICLE.replace("ё", "е").replace("Ё", "Е")
    result = be(plain)
    text = result.document.text  # the cleaned text (quote marks made straight)
    assert "ё" not in text and "Арцем Бурсевіч" in text
    assert result.quotes, "the quote of Бурсевіч is found"
    for quote in result.quotes:
        assert quote.text in text[quote.span[0] : quote.span[1]]


@pytest.mark.parametrize(
    ("typed", "restored"),
    [
        ("Ен быў асуджаны.", "Ён быў асуджаны."),
        ("ЕН ПАМЕР У КАЛОНІІ", "ЁН ПАМЁР У КАЛОНІІ"),
        ("Пяцера вызваленых сення", "Пяцёра вызваленых сёння"),
        ("Арцему Лісоўскаму далі 9 гадоў", "Арцёму Лісоўскаму далі 9 гадоў"),  # a first name's case
        # traps: ordinary words of «е» stay as typed
        ("Дзень, калі яго паставілі на калені", "Дзень, калі яго паставілі на калені"),
        ("Алену з Петрыкава", "Алену з Петрыкава"),  # Алена is a name; «Пётр» starts no town
        ("Лес каля вёскі", "Лес каля вёскі"),  # the document has «ё»: read as written
    ],
)
def test_yo_is_put_back_only_where_a_listed_word_has_it(yo, typed, restored):
    assert yo(typed) == restored
    assert len(yo(typed)) == len(typed)
