"""Session 37 (helper `terms`): verdicts with a term said in ways the read sets did not use,
Russian and Belarusian (both orthographies). Wordings written for these tests, with traps."""

from __future__ import annotations

import pytest

from vigil.model import Extraction


def verdicts(result: Extraction) -> dict[str, set[int | None]]:
    """Each person's sentence events, as the set of their terms (None: no term)."""
    by_id = {p.id: p.name for p in result.persons}
    out: dict[str, set[int | None]] = {}
    for e in result.events:
        if e.type == "sentence":
            for pid in e.persons:
                out.setdefault(by_id[pid], set()).add(e.term_months)
    return out


def kinds(result: Extraction) -> set[tuple[str, str]]:
    by_id = {p.id: p.name for p in result.persons}
    return {(e.type, by_id[pid]) for e in result.events for pid in e.persons}


# --- a court's ruling verb over the infinitive of the verdict -------------------------------


@pytest.mark.parametrize(
    ("text", "name", "term"),
    [
        ("Коллегия постановила назначить Рустаму Алиеву семь лет колонии.", "Рустам Алиев", 84),
        ("Судья постановил приговорить Зинаиду Круглову к двум с половиной годам.", "Зинаида Круглова", 30),
        ("Военный суд решил осудить Тараса Гончара на девять лет.", "Тарас Гончар", 108),
        (
            "Судья Ветрова постановила признать Арсения Лунёва виновным и назначить ему четыре года колонии.",
            "Арсений Лунёв",
            48,
        ),
    ],
)
def test_ru_ruling_over_infinitive(run, text: str, name: str, term: int) -> None:
    assert term in verdicts(run(text, "ru")).get(name, set())


@pytest.mark.parametrize(
    ("text", "name", "term"),
    [
        ("Суд пастанавіў прызначыць Лявону Гайдуку восем гадоў калоніі.", "Лявон Гайдук", 96),
        ("Суд вырашыў асудзіць Вольгу Сакалоўскую на тры гады.", "Вольга Сакалоўская", 36),
    ],
)
def test_be_ruling_over_infinitive(run, text: str, name: str, term: int) -> None:
    assert term in verdicts(run(text, "be")).get(name, set())


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Суд может постановить назначить Рустаму Алиеву семь лет.", "ru"),
        ("Адвокат просил суд постановить освободить Рустама Алиева.", "ru"),
        ("Следователи решили задержать Тараса Гончара.", "ru"),
        ("Суд не постановил назначить Рустаму Алиеву срок.", "ru"),
        ("Пракурор папрасіў прызначыць Лявону Гайдуку восем гадоў.", "be"),
        ("Суд можа пастанавіць прызначыць Лявону Гайдуку восем гадоў.", "be"),
    ],
)
def test_ruling_traps(run, text: str, language: str) -> None:
    assert kinds(run(text, language)) == set()


# --- a role noun in the dative is whom the term was given ----------------------------------


@pytest.mark.parametrize(
    ("text", "name", "term", "language"),
    [
        (
            "Дело программиста Олега Фирсова слушали в Перми. Программисту дали восемь лет.",
            "Олег Фирсов",
            96,
            "ru",
        ),
        (
            "Процесс над учительницей Ниной Гавриловой шёл месяц. Суд назначил учительнице три года колонии.",
            "Нина Гаврилова",
            36,
            "ru",
        ),
        (
            "Працэс над анархістам Юрасём Лебедзем скончыўся. Анархісту далі сем гадоў.",
            "Юрась Лебедзь",
            84,
            "be",
        ),
        (
            "Справу выкладчыцы Алены Шыбко разглядаў Брэсцкі суд. Выкладчыцы прызначылі два гады калёніі.",
            "Алена Шыбко",
            24,
            "be",
        ),
    ],
)
def test_dative_role_noun_verdict(run, text: str, name: str, term: int, language: str) -> None:
    assert term in verdicts(run(text, language)).get(name, set())


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Дело программиста Олега Фирсова слушали в Перми. Программисту предъявили обвинение.", "ru"),
        ("Працэс над анархістам Юрасём Лебедзем працягваецца. Анархісту пагражае сем гадоў.", "be"),
        ("Працэс над анархістам Юрасём Лебедзем скончыўся. Анархісту перадалі пасылку.", "be"),
    ],
)
def test_dative_role_noun_traps(run, text: str, language: str) -> None:
    assert not any(kind == "sentence" for kind, _ in kinds(run(text, language)))


# --- a gapped verdict headed by a pronoun ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Суд слушал дело Тимура Садыкова и его сестры Лейлы "
            "Садыковой. Ему назначили шесть лет, ей — два года.",
            "ru",
            {"Тимур Садыков": 72, "Лейла Садыкова": 24},
        ),
        (
            "Ларису Костину и её брата Глеба судили вместе. Её осудили на пять лет, его — на семь.",
            "ru",
            {"Лариса Костина": 60},
        ),
        (
            "Суд разглядаў справу Рыгора Дубовіка і ягонай жонкі Таццяны "
            "Дубовік. Яму далі шэсць гадоў, ёй — два.",
            "be",
            {"Рыгор Дубовік": 72, "Таццяна Дубовік": 24},
        ),
    ],
)
def test_gapped_pronoun_terms(run, text: str, language: str, expected: dict[str, int]) -> None:
    got = verdicts(run(text, language))
    for name, term in expected.items():
        assert term in got.get(name, set()), (name, got)


def test_gapped_pronoun_without_number_keeps_the_verdict(run) -> None:
    got = verdicts(
        run("Павел Рыбин получил семь лет. Его сестре Вере Рыбиной дали год, ей — отсрочку.", "ru")
    )
    assert 12 in got.get("Вера Рыбина", set())
    got = verdicts(
        run(
            "Суд приговорил Олега Ганина к пяти годам. Его защитник Анна "
            "Резник обжаловала решение, она — против.",
            "ru",
        )
    )
    assert "Анна Резник" not in got


# --- digest lines and term lines -------------------------------------------------------------


def test_ru_digest_line_with_compound_verdict_word(run) -> None:
    got = verdicts(
        run(
            "Итоги недели:\nЛюбовь Арсеньева — 2 года "
            "колонии-поселения.\nСемён Гуров — 4 года общего режима.",
            "ru",
        )
    )
    assert got.get("Любовь Арсеньева") == {24}
    assert got.get("Семён Гуров") == {48}


@pytest.mark.parametrize(
    ("text", "language", "name", "term"),
    [
        (
            "Суд огласил приговор Родиону Шершневу. Срок — пять с половиной лет колонии.",
            "ru",
            "Родион Шершнев",
            66,
        ),
        (
            "Зою Матвееву задержали в прошлом году. Вчера суд признал её "
            "виновной. Наказание — четыре года общего режима.",
            "ru",
            "Зоя Матвеева",
            48,
        ),
        ("Суд агучыў прысуд Сяргею Кулешу. Тэрмін — чатыры гады калоніі.", "be", "Сяргей Кулеш", 48),
    ],
)
def test_term_line_after_verdict(run, text: str, language: str, name: str, term: int) -> None:
    assert verdicts(run(text, language)).get(name) == {term}


@pytest.mark.parametrize(
    "text",
    [
        "Прокурор попросил осудить Родиона Шершнева. Срок — до восьми лет.",
        "Родиона Шершнева задержали в мае. Срок — два месяца.",
    ],
)
def test_term_line_traps(run, text: str) -> None:
    assert "Родион Шершнев" not in verdicts(run(text, "ru"))


@pytest.mark.parametrize(
    ("text", "name", "term"),
    [
        ("Срок Святославу Игнатову — одиннадцать лет.", "Святослав Игнатов", 132),
        ("Итог процесса: наказание Алле Дроздовой — три года колонии.", "Алла Дроздова", 36),
    ],
)
def test_ru_term_noun_with_holder(run, text: str, name: str, term: int) -> None:
    assert verdicts(run(text, "ru")).get(name) == {term}


def test_ru_term_noun_with_holder_traps(run) -> None:
    assert verdicts(run("Срок Святославу Игнатову продлили до 12 марта.", "ru")) == {}
    assert verdicts(run("Прокурор запросил: срок Святославу Игнатову — одиннадцать лет.", "ru")) == {}
