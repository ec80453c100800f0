"""Nouns of detention, release and verdict with a named patient and no count or term («Арест X
вызвал протесты», «Прысуд X агучылі»), and Belarusian words whose first у is written ў.
Sentences written for these tests, each family with its precision traps. The Russian nouns
are traps only: the rule that read them from the parse was left out (see docs/extract-ru-be.md)."""

from __future__ import annotations

import pytest

from tests.test_extract_ru import events


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Арышт Івана Пятрова выклікаў пратэсты.", "be", ("arrest", "Іван Пятроў")),
        ("Прысуд Івану Пятрову агучылі ў пятніцу.", "be", ("sentence", "Іван Пятроў")),
        ("Івана Пятрова ўзялі пад варту проста ў зале суда.", "be", ("arrest", "Іван Пятроў")),
    ],
)
def test_a_belarusian_noun_opening_a_sentence_with_a_named_patient_is_an_event(run, text, language, expected):
    assert expected in events(run(text, language))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Правозащитники потребовали освобождения Анны Смирновой.", "ru"),
        ("Суд выдал ордер на арест Ивана Петрова.", "ru"),
        ("Следствие направило ходатайство об аресте Ивана Петрова.", "ru"),
        ("Над Иваном Петровым нависла угроза ареста.", "ru"),
        ("Иван Петров избежал ареста.", "ru"),
        ("Стороны обсудили освобождение Анны Смирновой.", "ru"),
        ("Приговор Ивану Петрову огласят 5 мая.", "ru"),
        ("Верховный суд отменил приговор Ивану Петрову.", "ru"),
        ("Оправдательный приговор Ивану Петрову вызвал протесты.", "ru"),
        ("Вызваленне Ганны Смірновай абмяркоўвалі на сустрэчы.", "be"),
        ("Праваабаронцы патрабуюць вызвалення Ганны Смірновай.", "be"),
        ("Суд выдаў ордэр на арышт Івана Пятрова.", "be"),
    ],
)
def test_a_noun_that_states_no_fact_is_no_event(run, text, language):
    result = run(text, language)
    assert result.persons  # the name is read, it only has no event
    assert not events(result)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Яе брата Язэпа затрымалі ў Гародні.", ("arrest", "Язэп")),
        ("Іх дачку Кацярыну вызвалілі на мінулым тыдні.", ("release", "Кацярына")),
        ("Пасля суда яго жонка Святлана была затрымана.", ("arrest", "Святлана")),
    ],
)
def test_a_belarusian_first_name_after_a_possessive_kin_noun_is_a_person(run, text, expected):
    assert expected in events(run(text, "be"))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Суд асудзіў Тамару Сініцу да трох гадоў.", "Тамара Сініца"),
        ("Адвакат Тамары Сініцы скардзіцца на суд.", "Тамара Сініца"),
        ("Прысуд Тамары Шульгі агучылі ў пятніцу.", "Тамара Шульга"),
        ("Разам з Тамарай Сініцай затрымалі яшчэ траіх.", "Тамара Сініца"),
        ("Марыя Рэсці прыехала ў Мінск.", "Марыя Рэсці"),
    ],
)
def test_a_belarusian_womans_noun_surname_in_every_case(run, text, name):
    assert name in {p.name for p in run(text, "be").persons}


@pytest.mark.parametrize(
    ("text", "language", "names"),
    [
        (
            "Увосень затрымалі трох настаўнікаў. Гэта Язэп Шаўчук, Тамара Сініца і Вадзім Ляшук.",
            "be",
            {"Язэп Шаўчук", "Тамара Сініца", "Вадзім Ляшук"},
        ),
        (
            "Осенью задержали трёх учителей. Это Иосиф Шевчук, Тамара Синица и Вадим Ляшук.",
            "ru",
            {"Иосиф Шевчук", "Тамара Синица", "Вадим Ляшук"},
        ),
    ],
)
def test_a_counted_group_named_in_the_next_sentence_by_this_is(run, text, language, names):
    found = events(run(text, language))
    assert {name for kind, name in found if kind == "arrest"} == names


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Гэта Язэп Шаўчук і Тамара Сініца заснавалі школу. Потым школу зачынілі.", "be"),
        ("Это Иосиф Шевчук и Тамара Синица основали школу. Потом школу закрыли.", "ru"),
    ],
)
def test_this_is_without_a_group_before_gives_no_event(run, text, language):
    assert not events(run(text, language))


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Язэпа Шаўчука пасадзілі на чатыры гады.", "be", ("sentence", "Язэп Шаўчук")),
        ("Язэпа Шаўчука пазбавілі волі на чатыры гады.", "be", ("sentence", "Язэп Шаўчук")),
        ("Язэп Шаўчук вярнуўся дадому з калоніі ў Оршы.", "be", ("release", "Язэп Шаўчук")),
        ("Язэп Шаўчук трапіў за краты ў 2022 годзе.", "be", ("arrest", "Язэп Шаўчук")),
        ("Иосифа Шевчука посадили на четыре года.", "ru", ("sentence", "Иосиф Шевчук")),
        ("Иосифа Шевчука лишили свободы на четыре года.", "ru", ("sentence", "Иосиф Шевчук")),
        ("Иосиф Шевчук вернулся домой после четырёх лет колонии.", "ru", ("release", "Иосиф Шевчук")),
        ("Иосиф Шевчук попал за решётку в 2022 году.", "ru", ("arrest", "Иосиф Шевчук")),
    ],
)
def test_jailing_and_coming_home_in_other_words(run, text, language, expected):
    assert expected in events(run(text, language))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Язэпа Шаўчука пасадзілі на 15 сутак.", "be"),  # days of arrest, no sentence
        ("Язэпу Шаўчуку пагражае да пяці гадоў пазбаўлення волі.", "be"),
        ("Язэп Шаўчук вярнуўся дадому з камандзіроўкі.", "be"),
        ("Язэп Шаўчук знаходзіцца за кратамі другі год.", "be"),
        ("Иосифу Шевчуку грозит до пяти лет лишения свободы.", "ru"),
        ("Иосиф Шевчук вернулся домой из отпуска.", "ru"),
    ],
)
def test_jailing_and_coming_home_traps(run, text, language):
    found = events(run(text, language))
    assert not {kind for kind, _ in found} & {"sentence", "release"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Аляксандра Кабанава затрымалі ў Гомелі.", "Аляксандр Кабанаў"),
        ("Аляксандра Кабанава ўчора ўначы вызвалілі.", "Аляксандр Кабанаў"),
        ("Аляксандра Кабанава выйшла на волю ў чэрвені.", "Аляксандра Кабанава"),
        ("Аляксандра Кабанава і Ігар Лосік выйшлі на волю.", "Аляксандра Кабанава"),
    ],
)
def test_a_name_read_as_a_womans_nominative_or_a_mans_accusative(run, text, name):
    assert name in {p.name for p in run(text, "be").persons}


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Иосиф Шевчук получил условный срок.", "ru", ("sentence", "Иосиф Шевчук")),
        ("Язэп Шаўчук атрымаў умоўны тэрмін.", "be", ("sentence", "Язэп Шаўчук")),
        ("Иосиф Шевчук покинул СИЗО в среду.", "ru", ("release", "Иосиф Шевчук")),
        ("Язэп Шаўчук пакінуў калонію ў сераду.", "be", ("release", "Язэп Шаўчук")),
        ("Иосифа Шевчука обменяли на двух военных.", "ru", ("release", "Иосиф Шевчук")),
        ("Язэпа Шаўчука абмянялі на двух вайскоўцаў.", "be", ("release", "Язэп Шаўчук")),
        ("Суд адправіў Язэпа Шаўчука ў СІЗА.", "be", ("arrest", "Язэп Шаўчук")),
    ],
)
def test_terms_left_unstated_leaving_the_colony_exchanges(run, text, language, expected):
    assert expected in events(run(text, language))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Иосифу Шевчуку может грозить реальный срок.", "ru"),
        ("Иосиф Шевчук покинул страну в 2021 году.", "ru"),
        ("Иосиф Шевчук обменялся письмами с дочерью.", "ru"),
        ("Язэп Шаўчук пакінуў краіну ў 2021 годзе.", "be"),
        ("Язэп Шаўчук можа атрымаць рэальны тэрмін.", "be"),
    ],
)
def test_terms_left_unstated_traps(run, text, language):
    assert not events(run(text, language))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Праваабаронца Тамара Сініца з лютага знаходзіцца пад вартай.", ("arrest", "Тамара Сініца")),
        ("Учора ў Гомелі затрымалі Язэпа Шаўчука — аўтара кнігі пра турму.", ("arrest", "Язэп Шаўчук")),
    ],
)
def test_belarusian_present_reflexive_and_a_name_the_ner_took_for_a_place(run, text, expected):
    assert expected in events(run(text, "be"))


@pytest.mark.parametrize(
    "text",
    [
        "Тамара Сініца павінна знаходзіцца пад вартай да суда.",
        "Тамара Сініца хоча вызваліцца як мага хутчэй.",
    ],
)
def test_belarusian_reflexive_after_a_modal_is_no_event(run, text):
    assert not events(run(text, "be"))


def test_a_street_named_after_a_person_is_no_person(run):
    result = run("Тамару Сініцу затрымалі на вуліцы Янкі Купалы.", "be")
    assert events(result) == {("arrest", "Тамара Сініца")}
