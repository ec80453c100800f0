"""Russian families of session 20: a relative clause the parser hung on the sentence instead of
the name before it, a gapped clause after a semicolon, a number of another clause or of whose
names, a woman's «-ина» surname read as a man's genitive, a time held with no place, a served
administrative arrest, a clause after a colon under a verb of avoiding, a place named after a
person, a fronted role noun before a ruler's name, and the
fronted place of «покинуть» and «вернуть из плена». Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_extract_ru import counts, events, quotes, terms


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Среди задержанных — 38-летний Тимур Валеев из Уфы, которого отпустили в апреле: через "
            "пять дней его снова задержали.",
            {("release", "Тимур Валеев"), ("arrest", "Тимур Валеев")},
        ),
        (
            "Среди них — Зоя Крылова из Орла, которую освободили летом по весенней волне помилований.",
            {("release", "Зоя Крылова")},
        ),
        (
            "Среди осуждённых — Арсений Белов из Твери, которого в марте задержали на вокзале.",
            {("arrest", "Арсений Белов")},
        ),
        # traps: the relative is the agent; a name inside another noun's phrase
        ("Среди них — Арсений Белов из Твери, который задержал Зою Крылову.", {("arrest", "Зоя Крылова")}),
        ("Сестра Тимура Валеева, которую задержали в марте, дала интервью.", set()),
    ],
)
def test_a_misparsed_relative_clause_is_still_the_names(run, text, expected):
    assert events(run(text, "ru")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Белова и Валеева задержали в апреле 2022 года; Зою Крылову — в июне 2022 года.",
            {("arrest", "Белов"), ("arrest", "Валеев"), ("arrest", "Зоя Крылова")},
        ),
        (
            "Тимура Валеева отпустили в пятницу; Зою Крылову — двумя днями позже.",
            {("release", "Тимур Валеев"), ("release", "Зоя Крылова")},
        ),
        # trap: a verbless clause that repeats nothing
        ("Тимура Валеева задержали в пятницу; Зоя Крылова — его защитница.", {("arrest", "Тимур Валеев")}),
    ],
)
def test_a_gapped_clause_after_a_semicolon_repeats_the_event(run, text, expected):
    assert events(run(text, "ru")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Список освобождённых не публикуется; волонтёрам удалось узнать фамилии шестерых из них.",
            set(),
        ),
        (
            "Имена помилованных власти скрывают, но журналисты выяснили личности восьмерых из них.",
            set(),
        ),
        # the count in the event's own clause stays
        ("Помилованы шестеро из них; остальные ждут решения.", {("release", 6)}),
    ],
)
def test_a_number_of_another_clause_or_of_names_is_no_count(run, text, expected):
    assert counts(run(text, "ru")) == expected


@pytest.mark.parametrize(
    ("text", "name", "months"),
    [
        ("Айгуль Зарипова, 46 лет, библиотекарь, получила два года условно.", "Айгуль Зарипова", 24),
        ("Резеда Шамсутдинова, учительница музыки, получила три года колонии.", "Резеда Шамсутдинова", 36),
        ("Лилия Габдуллина получила полтора года колонии-поселения.", "Лилия Габдуллина", 18),
    ],
)
def test_a_womans_ina_surname_read_as_genitive_is_still_the_subject(run, text, name, months):
    assert terms(run(text, "ru")) == {name: months}


def test_a_mans_genitive_before_her_verb_is_not_the_subject(run):
    result = run("Адвокат Рустама Галиуллина получила премию.", "ru")
    assert events(result) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Брата блогера, 24-летнего Марата Ибрагимова, вызвали в отдел полиции и продержали там "
            "десять суток.",
            {("arrest", "Марат Ибрагимов")},
        ),
        ("Марата Ибрагимова удерживали пять дней без связи с адвокатом.", {("arrest", "Марат Ибрагимов")}),
        (
            "Марата Ибрагимова 12 дней удерживали на базе ОМОНа, а потом отпустили.",
            {("arrest", "Марат Ибрагимов"), ("release", "Марат Ибрагимов")},
        ),
        # traps: a record, a queue, a post
        ("Марат Ибрагимов удерживал титул чемпиона пять лет.", set()),
        ("Марат Ибрагимов продержался в должности три месяца.", set()),
    ],
)
def test_a_time_held_without_a_place_is_an_arrest(run, text, expected):
    assert events(run(text, "ru")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Художника Марата Ибрагимова, отбывшего 14 суток ареста за одиночный пикет, снова задержали.",
            {("release", "Марат Ибрагимов"), ("arrest", "Марат Ибрагимов")},
        ),
        ("Зоя Крылова, отсидев 10 суток в спецприёмнике, вернулась домой.", {("release", "Зоя Крылова")}),
        ("Отбыв восемь суток ареста, Зоя Крылова уехала к родителям.", {("release", "Зоя Крылова")}),
        # traps: still serving (imperfective); a finite «отбыл N суток» is left alone (writers differ)
        ("Зою Крылову, отбывающую 15 суток ареста, не пускают к адвокату.", set()),
        ("Зоя Крылова отбыла 15 суток ареста.", set()),
    ],
)
def test_served_administrative_days_are_a_release(run, text, expected):
    assert events(run(text, "ru")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Блогер Марат Ибрагимов избежал экстрадиции: грузинский суд отпустил его под залог.",
            {("release", "Марат Ибрагимов")},
        ),
        ("Зоя Крылова избежала выдачи: её освободил суд в Вильнюсе.", {("release", "Зоя Крылова")}),
        # traps: a demand or a wish after the colon
        ("Адвокаты настаивают: суд должен освободить Зою Крылову.", set()),
        ("Марат Ибрагимов избежал ареста, уехав из страны.", set()),
    ],
)
def test_a_clause_after_a_colon_is_its_own_statement(run, text, expected):
    assert events(run(text, "ru")) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Марата Ибрагимова трое суток удерживали на базе батальона имени Кадырова, а затем отпустили.",
        "Зою Крылову освободили из колонии имени Дзержинского.",
    ],
)
def test_a_name_after_imeni_is_no_patient(run, text):
    assert not any(name in ("Кадыров", "Дзержинский") for _, name in events(run(text, "ru")))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a prisoner expelled abroad is freed
        (
            "Зою Крылову осудили на четыре года. В июне её вывезли из колонии к границе и выслали в Литву.",
            {("sentence", "Зоя Крылова"), ("deportation", "Зоя Крылова"), ("release", "Зоя Крылова")},
        ),
        (
            "Политзаключённую Зою Крылову вывезли к литовской границе.",
            {("deportation", "Зоя Крылова"), ("release", "Зоя Крылова")},
        ),
    ],
)
def test_an_expulsion_of_a_prisoner_frees_them(run, text, expected):
    assert events(run(text, "ru")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Пенсионерку помиловал Лукашенко.", set()),
        ("Учителя из Бобруйска помиловал Лукашенко.", set()),
        ("Зою Крылову помиловал Лукашенко.", {("release", "Зоя Крылова")}),
        ("Лукашенко помиловал Зою Крылову.", {("release", "Зоя Крылова")}),
        ("Мужа Зои Крыловой помиловал Лукашенко.", set()),
    ],
)
def test_a_fronted_object_leaves_the_ruler_as_the_agent(run, text, expected):
    assert events(run(text, "ru")) == expected


@pytest.mark.parametrize(
    ("text", "expected_events", "expected_counts"),
    [
        (
            "Зою Крылову освободили в июле. Вместе с ней колонию покинули ещё 17 человек.",
            {("release", "Зоя Крылова")},
            {("release", 17)},
        ),
        (
            "Киев вернул из российского плена 31 гражданского, среди них — агроном Марат Ибрагимов.",
            {("release", "Марат Ибрагимов")},
            {("release", 31)},
        ),
        ("Марат Ибрагимов вернулся из плена в апреле.", {("release", "Марат Ибрагимов")}, set()),
        (
            "Судья отправила под административный арест на 12 суток активиста Марата Ибрагимова.",
            {("arrest", "Марат Ибрагимов")},
            set(),
        ),
        # traps: a trip, a holiday
        ("Марат Ибрагимов вернулся из командировки в апреле.", set(), set()),
    ],
)
def test_fronted_places_and_exchanges(run, text, expected_events, expected_counts):
    result = run(text, "ru")
    assert events(result) == expected_events
    assert counts(result) == expected_counts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Суд приговорил библиотекаршу Зою Крылову к четырём годам. Крылова находится под стражей "
            "с октября 2023 года.",
            {("sentence", "Зоя Крылова"), ("arrest", "Зоя Крылова")},
        ),
        (
            "Суд приговорил Марата Ибрагимова к четырём годам. Адвокат Ибрагимова находится в Казани.",
            {("sentence", "Марат Ибрагимов")},
        ),
    ],
)
def test_a_womans_bare_surname_before_a_present_tense_is_the_subject(run, text, expected):
    assert events(run(text, "ru")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Суд приговорил Марата Ибрагимова к шести годам, Зою Крылову — к четырём, Тимура Валеева — "
            "к трём. Всех троих, а также оператора Арсения Белова, полицейские задержали в марте.",
            {"Марат Ибрагимов", "Зоя Крылова", "Тимур Валеев", "Арсений Белов"},
        ),
    ],
)
def test_all_n_and_also_a_name_is_the_group_and_the_name(run, text, expected):
    result = run(text, "ru")
    assert {name for kind, name in events(result) if kind == "arrest"} == expected
    assert ("arrest", 3) not in counts(result)


def test_a_list_line_keeps_its_term_before_a_sentence_of_its_own(run):
    text = (
        "Сроки распределились так:\n\n— 33-летний Марат Ибрагимов — пять лет колонии;\n"
        "— 41-летняя Зоя Крылова, мать четверых детей, — три года условно и два года испытательного "
        "срока. Прокурор просил для нее пять лет реального срока."
    )
    assert terms(run(text, "ru")) == {"Марат Ибрагимов": 60, "Зоя Крылова": 36}


def test_a_relative_clauses_age_is_no_term(run):
    result = run("Зоя Крылова, которой сейчас 49 лет, была признана виновной в мошенничестве.", "ru")
    assert events(result) == {("sentence", "Зоя Крылова")}
    assert terms(result) == {}


def test_a_colon_after_a_name_after_a_preposition_makes_it_the_pronouns(run):
    text = (
        "Об этом заявил Тимур Валеев. По его словам, полиция предупреждала коллег о рисках, связанных с "
        "Маратом Ибрагимовым: пограничники задержали его на вокзале."
    )
    assert events(run(text, "ru")) == {("arrest", "Марат Ибрагимов")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Мэр города на вопрос о приговоре ответил коротко: «Закон один для всех. Обсуждать тут "
            "нечего». Так он отреагировал в прямом эфире, сообщил его помощник Тимур Валеев.",
            set(),
        ),
        (
            "Глава района сказал журналистам: «Мы ни при чём». Об этом рассказал Тимур Валеев.",
            set(),
        ),
        # a named speaker before the colon keeps the words
        ("Тимур Валеев ответил коротко: «Закон один для всех».", {("Тимур Валеев", "Закон один для")}),
    ],
)
def test_an_unnamed_speakers_words_relayed_by_a_named_aide_are_not_the_aides(run, text, expected):
    assert quotes(run(text, "ru")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Вместо девяти лет, которых требовало обвинение, Марат Ибрагимов получил пять.", {60}),
        ("Вместо семи лет, о которых просил прокурор, Зоя Крылова получила четыре года.", {48}),
    ],
)
def test_instead_of_a_demanded_term_the_bare_number_is_the_term(run, text, expected):
    result = run(text, "ru")
    assert {e.term_months for e in result.events if e.type == "sentence"} == expected
    assert counts(result) == set()
