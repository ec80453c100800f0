"""Who is who in a clause, Russian and Belarusian: the agent of a passive pardon or release, two
full names back to back, Belarusian surnames in -а, a document or an institution as the source
of a quote, and terms given per person in one clause. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_extract_ru import events, quotes, terms


@pytest.mark.parametrize(
    ("text", "language", "freed"),
    [
        ("Блогер Кирилл Ананьев помилован Лукашенко накануне праздника.", "ru", "Кирилл Ананьев"),
        ("Учительница Вера Гаврош была освобождена Лукашенко в марте.", "ru", "Вера Гаврош"),
        ("Музыкант Павел Ильин освобождён президентом Мирзиёевым досрочно.", "ru", "Павел Ильин"),
        ("Блогер Кірыл Ананьеў памілаваны Лукашэнкам напярэдадні свята.", "be", "Кірыл Ананьеў"),
        ("Настаўніца Вера Гаўрош была вызваленая Лукашэнкам у сакавіку.", "be", "Вера Гаўрош"),
    ],
)
def test_the_instrumental_agent_of_a_passive_release_is_not_released(run, text, language, freed):
    assert {name for kind, name in events(run(text, language)) if kind == "release"} == {freed}


@pytest.mark.parametrize(
    ("text", "language", "member"),
    [
        ("Четверо заключённых помилованы Лукашенко, в их числе Вера Гаврош.", "ru", "Вера Гаврош"),
        ("Чацвёра зняволеных памілаваныя Лукашэнкам, сярод іх Вера Гаўрош.", "be", "Вера Гаўрош"),
    ],
)
def test_a_counted_group_before_the_passive_keeps_the_agent_out(run, text, language, member):
    assert events(run(text, language)) == {("release", member)}


def test_the_agent_does_not_take_the_next_verb_either(run):
    result = run("Блогер Кірыл Ананьеў памілаваны Лукашэнкам і вярнуўся да сям'і.", "be")
    assert {name for _, name in events(result)} == {"Кірыл Ананьеў"}


@pytest.mark.parametrize(
    ("text", "language", "freed"),
    [
        ("В Гродно задержан Кирилл Ананьев.", "ru", "Кирилл Ананьев"),
        ("Ў Гродне затрыманы Кірыл Ананьеў.", "be", "Кірыл Ананьеў"),
    ],
)
def test_a_name_after_a_passive_without_a_subject_before_is_its_patient(run, text, language, freed):
    assert {name for _, name in events(run(text, language))} == {freed}


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Дачка Зміцера Дашкевіча Алена Рубіна апублікавала ліст.",
            "be",
            {"Зміцер Дашкевіч", "Алена Рубіна"},
        ),
        (
            "Пра гэта напісаў брат Алены Рубінай Андрэй Шуба.",
            "be",
            {"Алена Рубіна", "Андрэй Шуба"},
        ),
        (
            "Дочь Дмитрия Дашкевича Алёна Рубина опубликовала письмо.",
            "ru",
            {"Дмитрий Дашкевич", "Алёна Рубина"},
        ),
    ],
)
def test_a_relatives_genitive_name_and_an_apposed_name_are_two_people(run, text, language, expected):
    assert {p.name for p in run(text, language).persons} == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Адвакат палітвязня Андрэя Лаўчанкі не дапусцілі да суда.", "Андрэй Лаўчанка"),
        ("Суд пакінуў у сіле прысуд Андрэю Лаўчанку.", "Андрэй Лаўчанка"),
        ("Ліст ад Андрэя Лаўчанкі прыйшоў праз месяц.", "Андрэй Лаўчанка"),
        ("Андрэя Лаўчанку перавялі ў іншую калонію.", "Андрэй Лаўчанка"),
        ("Пра Сяргея Шаўчэнку пісалі ўсе незалежныя медыя.", "Сяргей Шаўчэнка"),
        ("Ганне Лаўчанцы далі тры гады.", "Ганна Лаўчанка"),
        ("Суд прызначыў Алене Сініцкой два гады хатняй хіміі.", "Алена Сініцка"),
        ("Сваякі Рамана Кухты даведаліся пра этап.", "Раман Кухта"),
    ],
)
def test_belarusian_surnames_in_a_decline_as_nouns(run, text, name):
    assert name in {p.name for p in run(text, "be").persons}


def test_a_lone_surname_in_nka_is_nominative_in_any_case(run):
    result = run("Палітвязень Андрэй Лаўчанка вызвалены Лукашэнкам.", "be")
    assert {p.name for p in result.persons} == {"Андрэй Лаўчанка", "Лукашэнка"}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("«Вина подсудимого доказана полностью», — говорится в постановлении судьи Ирины Бойко.", "ru"),
        ("В определении судьи Ирины Бойко сказано: «Оснований для смягчения нет».", "ru"),
        ("«Жалоба отклонена», — сообщила пресс-служба суда, где работает Ирина Бойко.", "ru"),
        ("«Віна падсуднага даказаная цалкам», — гаворыцца ў пастанове суддзі Ірыны Бойка.", "be"),
    ],
)
def test_a_document_or_an_institution_is_not_a_persons_quote(run, text, language):
    assert not quotes(run(text, language))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("«Мы подадим апелляцию», — заявила в суде адвокат Ирина Бойко.", "ru"),
        ("«Я ни о чём не жалею», — говорится в письме Ирины Бойко из колонии.", "ru"),
    ],
)
def test_a_person_speaking_in_court_or_in_her_own_letter_still_speaks(run, text, language):
    assert [name for name, _ in quotes(run(text, language))] == ["Ирина Бойко"]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Суд назначил Артёму Лисовскому семь лет, Марине Громовой шесть лет и Олегу Пинчуку три года.",
            "ru",
            {"Артём Лисовский": 84, "Марина Громова": 72, "Олег Пинчук": 36},
        ),
        (
            "Суд приговорил Артёма Лисовского к семи годам, Марину Громову — к шести"
            " и Олега Пинчука — к трём годам.",
            "ru",
            {"Артём Лисовский": 84, "Марина Громова": 72, "Олег Пинчук": 36},
        ),
        (
            "Суд прызначыў Арцёму Лісоўскаму сем гадоў, Марыне Громавай шэсць гадоў"
            " і Алегу Пінчуку тры гады.",
            "be",
            {"Арцём Лісоўскі": 84, "Марына Громава": 72, "Алег Пінчук": 36},
        ),
        (
            "Арцём Лісоўскі атрымаў сем гадоў, Марына Громава — шэсць, Алег Пінчук — тры гады.",
            "be",
            {"Арцём Лісоўскі": 84, "Марына Громава": 72, "Алег Пінчук": 36},
        ),
    ],
)
def test_each_person_of_a_clause_gets_the_term_beside_the_name(run, text, language, expected):
    assert terms(run(text, language)) == expected
