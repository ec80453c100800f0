"""trafilatura on realistic news pages: only the article body, with the page's metadata."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from vigil.errors import SourceError
from vigil.ingest.html import decode_html, extract_html, looks_like_html

PAGES = Path(__file__).parent / "data" / "pages"

# (file, metadata, sentences of the body, boilerplate that must not survive)
CASES = [
    (
        "minsk-monitor-release.html",
        {
            "title": "Fourteen political prisoners freed in Belarus, driven to Lithuanian border",
            "author": "Hanna Sakalova",
            "published": date(2025, 6, 21),
            "outlet": "Minsk Monitor",
            "url": "https://minskmonitor.example/news/2025/06/21/fourteen-freed",
            "language": "en",
        },
        [
            "Belarusian authorities on Saturday released fourteen people recognised as political prisoners",
            '"I have not seen my husband for five years.',
            "Several of the former prisoners were taken to hospital in Vilnius for medical checks.",
        ],
        [
            "cookies",
            "Political Prisoners Tracker",
            "Cheap flights",
            "Learn Polish",
            "Share this article",
            "Subscribe to our newsletter",
            "Most read",
            "Dinamo Minsk",
            "Related stories",
            "Free them all",
            "Shklou colony",
            "All rights reserved",
            "gtag",
            "dataLayer",
            "cookie-banner",
            "Bank account",
        ],
    ),
    (
        "rights-blog-court.html",
        {
            "title": "Homel court sentences teacher to six years over comments",
            "author": "Pavel Lutsevich",
            "published": date(2024, 11, 14),
            "outlet": "Rights Watch Belarus",
            "url": "https://rightswatch.example/2024/11/homel-teacher-sentenced/",
            "language": "en",
        },
        [
            "The Homel regional court on Wednesday sentenced Mikalai Karpenka",
            "Human rights defenders have recognised him as a political prisoner.",
            '"He taught children to think for themselves. That is his only crime," she said.',
        ],
        [
            "Skip to content",
            "Support our work",
            "adsbygoogle",
            "Share this",
            "Searches in Rechytsa",
            "Previous:",
            "son's teacher",
            "Shameful",
            "Leave a Reply",
            "PayPal",
            "Recent Posts",
            "weekly digest",
            "WordPress",
            "_paq",
            "margin-bottom",
        ],
    ),
    (
        "polesye-detention-cp1251.html",
        {
            "title": "В Гомеле задержали журналистку Ларису Щирякову",
            "author": "Ирина Ковальчук",
            "published": date(2024, 3, 12),
            "outlet": "Новости Полесья",
            "language": "ru",
        },
        [
            "В понедельник утром в Гомеле сотрудники ГУБОПиК задержали журналистку Ларису Щирякову.",
            "возбуждено уголовное дело по статье о содействии экстремистской деятельности.",
            "Сейчас в стране за решеткой остаются более тридцати работников СМИ.",
        ],
        [
            "Главная",
            "Погода в Гомеле",
            "USD",
            "Пластиковые окна",
            "Будете ли вы отдыхать",
            "Реклама",
            "кредит наличными",
            "Поделиться",
            "Читайте также",
            "ледовый дворец",
            "Комментарии",
            "Держись, Лариса",
            "Непонятно из статьи",
            "Популярное",
            "Шины и диски",
            "гиперссылка",
            "ym(",
            "document.write",
            "Просмотров",
        ],
    ),
    (
        "nasha-niva-verdicts-be.html",
        {
            "title": "У Магілёве асудзілі трох удзельнікаў пратэстаў",
            "author": "Алесь Дубовік",
            "published": date(2024, 5, 7),
            "outlet": "Вольны Магілёў",
            "url": "https://volny-mahiliou.example/news/2024/05/07/vyrok",
            "language": "be",
        },
        [
            "Магілёўскі абласны суд у аўторак вынес прысуд трым жыхарам горада",
            "| Андрэй Жук | 29 | 2,5 года калоніі |",  # a data table is part of the article
            "Суд праходзіў у закрытым рэжыме, журналістаў і слухачоў у залу не пусцілі.",
        ],
        [
            "Жывы эфір",
            "Галоўная",
            "Чытайце таксама",
            "настаўніцу музыкі",
            "данат",
            "Каментары",
            "Трымайцеся",
            "Усе правы",
            "disqus",
            "gtm",
            "|---",
        ],
    ),
]


@pytest.mark.parametrize(("name", "meta", "body", "boilerplate"), CASES, ids=[c[0] for c in CASES])
def test_only_the_article_body_survives(
    name: str, meta: dict, body: list[str], boilerplate: list[str]
) -> None:
    doc = extract_html((PAGES / name).read_bytes(), source=name)
    for key, value in meta.items():
        assert getattr(doc, key) == value, key
    for sentence in body:
        assert sentence in doc.text
    for junk in boilerplate:
        assert junk.casefold() not in doc.text.casefold(), junk
    assert doc.source == name


def test_given_metadata_fills_gaps_only() -> None:
    html = (PAGES / "polesye-detention-cp1251.html").read_bytes()
    doc = extract_html(
        html,
        source="p",
        url="https://polesye.example/a",
        published=date(2030, 1, 1),
        title="ignored",
        outlet="ignored",
    )
    assert doc.url == "https://polesye.example/a"
    assert doc.published == date(2024, 3, 12)
    assert doc.title.startswith("В Гомеле")
    bare = "<html><body><article>" + "<p>Activists in Minsk were detained on Monday for a protest.</p>" * 3
    doc = extract_html(bare + "</article></body></html>", source="b", published=date(2025, 1, 2), title="T")
    assert (doc.published, doc.title) == (date(2025, 1, 2), "T")


def test_charsets() -> None:
    text = "<p>Задержаны</p>"
    assert decode_html(text.encode("cp1251"), source="s", charset="windows-1251") == text
    meta = '<meta charset="windows-1251">' + text
    assert decode_html(meta.encode("cp1251"), source="s") == meta
    assert decode_html(text.encode("utf-8"), source="s", charset="no-such-charset") == text


def test_pages_without_article_text_are_refused() -> None:
    with pytest.raises(SourceError, match="no article text"):
        extract_html(
            "<html><head><title>x</title></head><body><nav><a href='/'>Home</a></nav></body></html>",
            source="nav.html",
        )
    with pytest.raises(SourceError):
        extract_html("   ", source="blank.html")


def test_looks_like_html() -> None:
    assert looks_like_html(b"<!DOCTYPE html><html>")
    assert looks_like_html(b"\xef\xbb\xbf  <html lang='en'>")
    assert looks_like_html(b"<!-- generated --><div>hi</div>")
    assert not looks_like_html(b"Belarus frees 37 prisoners")
    assert not looks_like_html(b'<?xml version="1.0"?><rss version="2.0">')
