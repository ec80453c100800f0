"""Sentence terms in three languages (session 43, counts-terms), in wording invented for these tests.

* A demand is a class, not a list of forms: a verdict line whose penalty is a fine («для X —
  штраф») is no verdict after any form of a verb of demanding (папрасіў, запатрабаваў, прасілі,
  просіць), and a fine carries no term (the years of the item before it are that item's).
* A term added to one being served («добавил к сроку ещё год», «дадаў да тэрміну паўтара года»)
  is a sentence of its own when the recipient and «к сроку» stand between the verb and the years;
  a term raised («падвысіла тэрмін да чатырох гадоў») is one too.
* Belarusian «дастаўся»: a term told before it went to the dative after it.
* A term had, told as a possession («у яго пятнаццаць гадоў за …», «ён мае N гадоў калоніі»,
  «У X Y восем лет строгого режима»), its charge or its custody after it.
* English: a term served or ordered in a penal facility ("an open-type correctional facility", "a
  maximum-security institution") is served in custody.
Traps: demands, ages, «N гадоў таму», time behind bars, service in a body, speech («добавил, что»).
"""

from __future__ import annotations

import pytest

from vigil.model import Extraction


def _terms(result: Extraction) -> set[tuple[str, int | None]]:
    """(surname, term in months) of every person of every sentence event."""
    names = {p.id: p.name for p in result.persons}
    events = [e for e in result.events if e.type == "sentence"]
    return {(names[p].split()[-1], e.term_months) for e in events for p in e.persons}


def _sentenced(result: Extraction) -> set[str]:
    names = {p.id: p.name for p in result.persons}
    return {names[p].split()[-1] for e in result.events if e.type == "sentence" for p in e.persons}


# -- a demand is a class; a fine is no term ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Пракурор Ігар Сідарэнка папрасіў для Паўла Мароза чатыры гады калоніі, для Ганны Кот — тры "
        'гады "хіміі", для Івана Лісы — штраф.',
        "Абвінаваўца запатрабаваў для Паўла Мароза пяць гадоў калоніі, для Івана Лісы — штраф.",
        "Пракуроры прасілі для Ганны Кот два гады калоніі, для Івана Лісы — штраф.",
        "Бок абвінавачання просіць для Ганны Кот тры гады, для Івана Лісы — штраф.",
    ],
)
def test_a_demand_in_any_form_is_no_verdict(run, text):
    assert not [e for e in run(text, "be").events if e.type == "sentence"]


def test_a_verdict_line_with_a_fine_is_still_a_verdict(run):
    result = run("Суд вынес прысуд: Іван Ліса — штраф 100 базавых велічынь.", "be")
    assert _terms(result) == {("Ліса", None)}


@pytest.mark.parametrize(
    "text",
    [
        "Прысуды ў Барысаве: Павел Мароз — тры гады калоніі; Іван Ліса — штраф 40 базавых.",
        "Прысуды ў Барысаве: Іван Ліса — штраф 40 базавых, Павел Мароз — тры гады калоніі.",
        "Прысуды ў Барысаве: Павел Мароз — тры гады калоніі, Іван Ліса — штраф 40 базавых.",
    ],
)
def test_a_fine_carries_no_term(run, text):
    terms = _terms(run(text, "be"))
    assert ("Мароз", 36) in terms
    assert ("Ліса", 36) not in terms


# -- a term added or raised --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "months"),
    [
        ("Суд добавил Павлу Морозу к сроку два года.", "ru", 24),
        ("Павлу Морозу суд добавил к сроку ещё два года колонии.", "ru", 24),
        ("Суд добавил Павлу Морозу к сроку ещё полтора года.", "ru", 18),
        ("Суд дадаў Паўлу Марозу да тэрміну яшчэ паўтара года.", "be", 18),
        ("Суд Кобрынскага раёна дадаў Ігару Шылу да тэрміну яшчэ дзесяць месяцаў.", "be", 10),
        ("Апеляцыйная калегія падвысіла Андрэю Зубовічу тэрмін да чатырох гадоў.", "be", 48),
    ],
)
def test_an_added_or_raised_term_with_the_recipient_between(run, text, language, months):
    assert {m for _, m in _terms(run(text, language))} == {months}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Адвокат добавил, что за два года Олег Мороз ни разу не видел семью.", "ru"),
        ("Олег Мороз добавил в свой блог ещё два года архивных записей.", "ru"),
        ("Ігар Шыла дадаў у свой блог яшчэ два гады архіўных запісаў.", "be"),
    ],
)
def test_adding_that_is_no_term(run, text, language):
    assert not _sentenced(run(text, language))


# -- Belarusian «дастаўся» ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Самы малы тэрмін — тры гады абмежавання волі — дастаўся Андрэю Рублеўскаму.", {("Рублеўскі", 36)}),
        (
            "Найбольшы тэрмін — шэсць гадоў калоніі ўзмоцненага рэжыму — дастаўся 47-гадоваму "
            "машыністу Руслану Мацкевічу.",
            {("Мацкевіч", 72)},
        ),
        ("Тры гады абмежавання волі дасталіся Андрэю Рублеўскаму.", {("Рублеўскі", 36)}),
        ("Па тры гады калоніі дасталіся Андрэю Рублеўскаму і Ганне Кот.", {("Рублеўскі", 36), ("Кот", 36)}),
    ],
)
def test_a_term_that_went_to_someone(run, text, expected):
    assert _terms(run(text, "be")) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Андрэю Рублеўскаму дасталася праца на заводзе, дзе ён адпрацаваў пяць гадоў.",
        "Два гады таму Андрэю Рублеўскаму дасталася кватэра ад бабулі.",
        "Пракурор прасіў для Андрэя Рублеўскага пяць гадоў, але гэты тэрмін дастаўся іншаму.",
    ],
)
def test_what_went_to_someone_that_is_no_term(run, text):
    assert not _sentenced(run(text, "be"))


# -- a term had, told as a possession ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Са мной у атрадзе быў Мікола Пташук, у яго пятнаццаць гадоў за «тэрарызм».",
            "be",
            {("Пташук", 180)},
        ),
        ("Са мной быў Мікола Пташук, ён мае пятнаццаць гадоў за «тэрарызм».", "be", {("Пташук", 180)}),
        ("Са мной сядзеў Алесь Кулік, у яго дзевяць гадоў за данат.", "be", {("Кулік", 108)}),
        ("У Міколы Пташука дзевяць гадоў за «здраду дзяржаве».", "be", {("Пташук", 108)}),
        ("У Тараса Левчука восемь лет строгого режима за комментарии.", "ru", {("Левчук", 96)}),
        ("У Тараса Левчука шесть лет за донат в фонд.", "ru", {("Левчук", 72)}),
    ],
)
def test_a_term_had(run, text, language, expected):
    assert _terms(run(text, language)) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Мікола Пташук жыве ў Гомелі. У яго тры гады таму нарадзіўся сын.", "be"),
        ("Мікола Пташук вярнуўся дадому. У яго тры гады за кратамі, і ён не здаецца.", "be"),
        ("Мікола Пташук мае сорак гадоў стажу на заводзе.", "be"),
        ("У Тараса Левчука пять лет стажа на заводе.", "ru"),
        ("У Тараса Левчука три года назад родился сын.", "ru"),
    ],
)
def test_what_someone_has_that_is_no_term(run, text, language):
    assert not _sentenced(run(text, language))


# -- English: a penal facility -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Darius Holm was ordered to serve three years in a correctional facility.", {("Holm", 36)}),
        (
            "Darius Holm was ordered to serve three years of restricted freedom in an open-type "
            "correctional facility.",
            {("Holm", 36)},
        ),
        (
            "The brothers Ivo and Karl Senn were each ordered to serve two years of restricted freedom "
            "in an open-type correctional facility.",
            {("Senn", 24)},
        ),
        ("Mira Tass is serving four years in a maximum-security institution near Perm.", {("Tass", 48)}),
    ],
)
def test_a_term_in_a_penal_facility(extract_text, text, expected):
    assert _terms(extract_text(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Mira Tass served two years in a youth facility in Boston as a social worker.",
        "Mira Tass served in a research institution for ten years.",
    ],
)
def test_service_in_a_facility_that_is_no_term(extract_text, text):
    assert not _sentenced(extract_text(text))


# -- got off with a fine or a suspended term -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "surname"),
    [
        ("Третья участница канала, Вера Лысенко, отделалась условным сроком.", "ru", "Лысенко"),
        ("Олег Мороз отделался штрафом в 300 тысяч рублей.", "ru", "Мороз"),
        ("Юрый Дашкевіч адбыўся штрафам у 150 базавых велічынь.", "be", "Дашкевіч"),
        ("Суд прызнаў Юрыя Дашкевіча вінаватым. Дашкевіч адбыўся ўмоўным тэрмінам.", "be", "Дашкевіч"),
    ],
)
def test_getting_off_with_a_fine_is_a_verdict_without_a_term(run, text, language, surname):
    assert _terms(run(text, language)) == {(surname, None)}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Олег Мороз отделался административным штрафом за пикет.", "ru"),
        ("Олег Мороз отделался лёгким испугом.", "ru"),
        ("Юрый Дашкевіч адбыўся адміністрацыйным штрафам за пікет.", "be"),
        ("Сход у Юрыя Дашкевіча адбыўся ў панядзелак.", "be"),
    ],
)
def test_getting_off_that_is_no_verdict(run, text, language):
    assert not _sentenced(run(text, language))
