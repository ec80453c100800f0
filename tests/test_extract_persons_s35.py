"""Persons and who is who (session 35), in wording invented for these tests.

* A surname right before a number the tagger's date or number entity opened on ("and Ayder
  Usmanov 13 years each") is the end of a name, not part of the date.
* A Turkic «son / daughter of» written apart after the father's name («Адилет Турдубай уулу»,
  «Айгерим Токтосун кызы») closes the name, in Russian and Belarusian; a later «Турдубай уулу»
  is the same person.
* A capitalised run beside a named person in a list the parse lost ("reporters A and B and
  camera operator C") is a person; not after a determiner ("The Public Defender, X") nor a
  people's word ("Another Crimean Tatar, X").
* Who is who among relatives: a relative told apart by the given name alone ("His wife, Iryna
  X ... Iryna said") does not take the bare surname, which is the story's subject's.
* Belarusian: a surname's declined forms join its full name across «ў»/«в», a soft sign and a
  fleeting vowel («Лапцёнка» of Лапцёнак, «Шэпеля» of Шэпель, «Зуева» of Зуеў); a word that
  only opens a sentence glued to a named person's surname («Адвакаты Мікуцкага») is no name.
* No person: a Belarusian capital after an opening quote or bracket where a sentence begins,
  or opening a numbered list's item («Тата …», «(Настаўніцу …», «8. Мужчына …»); «Радио Свобода».
"""

from __future__ import annotations

import pytest

from tests.extract_views import event_pairs

_STORY = "Rights groups count more than a thousand political prisoners in the region. "


def _names(result) -> set[str]:
    return {p.name for p in result.persons}


def _mentions(result, name: str) -> set[str]:
    text = result.document.text
    person = next(p for p in result.persons if p.name == name)
    return {text[a:b] for a, b in person.mentions}


# -- a surname before a number ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Enver Ametov got seven years, and Ayder Usmanov 13 years.", "Ayder Usmanov"),
        ("The court gave Lenur Osmanov and Ayder Usmanov 13 years each.", "Ayder Usmanov"),
        ("Judges handed Rustem Seitov nine years and Refat Kurtseitov 11 years.", "Refat Kurtseitov"),
        ("Prosecutors asked for 12 years for Eskender Bariev and 14 for Dilaver Memetov.", "Dilaver Memetov"),
    ],
)
def test_surname_before_a_number_ends_a_name(extract_text, text, name) -> None:
    assert name in _names(extract_text(_STORY + text))


def test_month_before_a_number_stays_a_date(extract_text) -> None:
    result = extract_text(_STORY + "Rustem Seitov was detained in March 2021 and released in May 2023.")
    assert _names(result) == {"Rustem Seitov"}


# -- Turkic patronymic particles -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "later"),
    [
        (
            "В Бишкеке задержали журналиста Адилета Турдубай уулу и оператора Бекзата Жумабекова. "
            "Суд поместил Турдубай уулу под стражу на два месяца.",
            "Адилет Турдубай уулу",
            "Турдубай уулу",
        ),
        (
            "Суд приговорил активистку Айгерим Токтосун кызы к пяти годам колонии. Защита Токтосун "
            "кызы обжалует приговор.",
            "Айгерим Токтосун кызы",
            "Токтосун кызы",
        ),
        (
            "Задержан Нурлан Асан уулу. По словам адвоката, Асан уулу не признаёт вину.",
            "Нурлан Асан уулу",
            "Асан уулу",
        ),
    ],
)
def test_turkic_particle_closes_a_russian_name(run, text, name, later) -> None:
    result = run(text, "ru")
    assert name in _names(result)
    assert later in _mentions(result, name)


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        (
            "У Бішкеку затрымалі журналіста Адылета Турдубай уулу і аператара Бекзата Жумабекава.",
            "Турдубай уулу",
        ),
        ("Суд асудзіў актывістку Айгерым Токтасун кызы да пяці гадоў пазбаўлення волі.", "Токтасун кызы"),
    ],
)
def test_turkic_particle_closes_a_belarusian_name(be, text, surname) -> None:
    result = be(text)
    assert any(p.name.endswith(surname) for p in result.persons)


def test_lone_particle_word_is_no_name(run) -> None:
    result = run("Блогер Эльдар Мамедов был задержан в Баку, сообщил его брат.", "ru")
    assert "Эльдар Мамедов" in _names(result)


# -- a list the parse lost ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Officers took three colleagues - reporters Meron Alemayehu and Dawit Kebede and camera "
            "operator Hiwot Tadesse - into custody on Monday.",
            "Dawit Kebede",
        ),
        (
            "Police held the crew - presenters Selam Tesfaye and Kidus Berhane and sound engineer "
            "Abel Gebru - for two days.",
            "Kidus Berhane",
        ),
    ],
)
def test_run_beside_a_named_person_in_a_list(extract_text, text, name) -> None:
    assert name in _names(extract_text(_STORY + text))


@pytest.mark.parametrize(
    ("text", "not_person"),
    [
        ("The Public Defender, Levan Ioseliani, said his office would study the verdict.", "Public Defender"),
        ("Another Crimean Tatar, Nariman Abdullaiev, died in custody in May.", "Crimean Tatar"),
    ],
)
def test_office_or_people_set_off_before_a_name_is_no_person(extract_text, text, not_person) -> None:
    names = _names(extract_text(_STORY + text))
    assert not_person not in names


def test_role_noun_before_an_unlisted_name(extract_text) -> None:
    text = (
        "At least 300 prisoners remained behind bars, including opposition figure Nabeel Ja'far "
        "Hubail, jailed for 15 years in 2017."
    )
    assert ("sentence", "Nabeel Ja'far Hubail") in event_pairs(extract_text(_STORY + text))


def test_figure_after_a_name_is_no_role(extract_text) -> None:
    text = (
        "The register kept by Justicia Cuba Libre, a figure that has barely changed, counts 1,113 prisoners."
    )
    assert "Justicia Cuba Libre" not in _names(extract_text(_STORY + text))


# -- who is who among relatives ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "event", "subject"),
    [
        (
            "A military court sentenced Oleksandr Marchenko to life in prison. His wife, Iryna "
            "Marchenko, was handed 16 years. The charges against Iryna rest on one testimony. "
            "Marchenko's lawyer said he would appeal.",
            None,
            "Oleksandr Marchenko",
        ),
        (
            "Police arrested Anatol Kryvanos in 2021. His wife, Iryna Kryvanos, said Iryna had not "
            "seen him since. Kryvanos died in the colony on Monday.",
            "death",
            "Anatol Kryvanos",
        ),
        (
            "Judges jailed Timur Bekov for eight years in May. His sister, Aziza Bekova, said Aziza "
            "would keep visiting. Bekov was moved to a colony in Siberia last week.",
            None,
            "Timur Bekov",
        ),
    ],
)
def test_bare_surname_is_the_subject_not_the_relative_named_by_first_name(
    extract_text, text, event, subject
) -> None:
    result = extract_text(_STORY + text)
    surname = subject.split()[-1]
    owner = next(p for p in result.persons if surname in _mentions(result, p.name) and p.name != surname)
    assert owner.name == subject
    if event:
        assert (event, subject) in event_pairs(result)
        assert all(p == subject for e, p in event_pairs(result) if e == event)


# -- Belarusian declined surnames and glued opening words ------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "form"),
    [
        (
            "Міхаіл Гаўрылёнак быў затрыманы ў 2021 годзе. Упершыню Гаўрылёнка судзілі ў 2022 годзе.",
            "Міхаіл Гаўрылёнак",
            "Гаўрылёнка",
        ),
        (
            "Суд асудзіў Макара Зуева на тры гады. Пасля прысуду Зуева этапавалі ў калонію.",
            "Макар Зуеў",
            "Зуева",
        ),
        (
            "Віктар Шэпель атрымаў пяць гадоў калоніі. Сваякі Шэпеля даведаліся пра гэта з навін.",
            "Віктар Шэпель",
            "Шэпеля",
        ),
        (
            "Раман Жалудок выйшаў на волю. Жалудка сустрэлі сябры каля брамы калоніі.",
            "Раман Жалудок",
            "Жалудка",
        ),
    ],
)
def test_belarusian_surname_forms_join_the_full_name(be, text, name, form) -> None:
    result = be(text)
    assert name in _names(result)
    assert form in _mentions(result, name)
    assert form not in _names(result)


@pytest.mark.parametrize(
    ("text", "name", "glued"),
    [
        (
            "Суд у Рэчыцы асудзіў Уладзіслава Мікуцкага на пяць гадоў. Адвакаты Мікуцкага будуць "
            "абскарджваць прысуд.",
            "Уладзіслаў Мікуцкі",
            "Адвакаты Мікуцкага",
        ),
        (
            "Алесь Пацэвіч выйшаў на волю ў панядзелак. Самога Пацэвіча вывезлі ў Літву.",
            "Алесь Пацэвіч",
            "Самога Пацэвіча",
        ),
        (
            "Ягора Літвінчука затрымалі ў сакавіку. Выпадак Літвінчука не адзіны ў рэгіёне.",
            "Ягор Літвінчук",
            "Выпадак Літвінчука",
        ),
    ],
)
def test_belarusian_opening_word_glued_to_a_named_surname(be, text, name, glued) -> None:
    result = be(text)
    assert glued not in _names(result)
    assert name in _names(result)


def test_belarusian_glued_word_moves_the_events(be) -> None:
    result = be("Алесь Пацэвіч выйшаў на волю ў панядзелак. Самога Пацэвіча вывезлі ў Літву.")
    assert ("deportation", "Алесь Пацэвіч") in event_pairs(result)


# -- no person -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Яго сын напісаў: «Тата не хаваўся, ён нічога не баяўся». Бацьку асудзілі на тры гады.", "Тата"),
        (
            "Памілаваныя:\n7. Іван Шумскі з Мазыра.\n8. Мужчына з Барысава, імя якога сваякі просяць не "
            "называць.\nУсіх іх вызвалілі ў пятніцу.",
            "Мужчына",
        ),
        (
            "Марыю Станкевіч затрымалі ў 2021 годзе. (Настаўніцу з Жлобіна асудзілі на дзесяць гадоў.)",
            "Настаўніцу",
        ),
    ],
)
def test_belarusian_capital_opening_a_quote_bracket_or_item_is_no_person(be, text, word) -> None:
    result = be(text)
    assert not any(word in p.name for p in result.persons)
    assert not any(word in name for _, name in event_pairs(result))


def test_belarusian_name_after_a_quote_mark_stays(be) -> None:
    result = be("Маці сказала: «Сяргей ніколі не быў экстрэмістам». Сяргея Шапавалава асудзілі на год.")
    assert "Сяргей Шапавалаў" in _names(result)


def test_russian_outlet_with_its_medium_is_no_person(run) -> None:
    result = run("Об этом сообщили Радио Озоди его родственники. Блогер Фаррух Рахимов умер в колонии.", "ru")
    assert _names(result) == {"Фаррух Рахимов"}


# -- a title or an adverb glued before a name ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("He was freed after King Norodom Sihamoni granted him a royal pardon.", "Norodom Sihamoni"),
        (
            "A government official, Counsellor Tarek Abdel-Rahman of the committee, denied it.",
            "Tarek Abdel-Rahman",
        ),
        (
            "Kamal Simpson was held in May. Purportedly Simpson became angry and shouted at the guards.",
            "Kamal Simpson",
        ),
    ],
)
def test_title_or_adverb_before_a_name_is_no_part_of_it(extract_text, text, name) -> None:
    names = _names(extract_text(_STORY + text))
    assert name in names
    assert not any(n.endswith(name.split()[-1]) and n != name for n in names)


def test_adverb_opening_a_sentence_is_no_given_name(extract_text) -> None:
    names = _names(extract_text(_STORY + "Reportedly Ivanov was moved to a punishment cell."))
    assert "Reportedly Ivanov" not in names


@pytest.mark.parametrize(
    "text",
    [
        "Kelly Brooks was arrested on Monday. Beverly Hills police confirmed the arrest.",
        "The author Stephen King wrote to the court about the prisoners.",
    ],
)
def test_names_shaped_like_adverbs_or_titles_stay(extract_text, text) -> None:
    names = _names(extract_text(_STORY + text))
    assert names & {"Kelly Brooks", "Stephen King"}
