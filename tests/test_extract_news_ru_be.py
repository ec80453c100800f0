"""Russian and Belarusian extraction in the registers of long-form news (Meduza, BBC Russian,
DW, Novaya Gazeta Europe) and of official media (БелТА): long participial phrases before a
name, arrests in absentia, official court formulas, pardons by decree. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from tests.test_extract_ru import counts, events, terms

# -- a participial phrase before a role noun and a name ----------------------------------------


@pytest.mark.parametrize(
    ("text", "event", "term"),
    [
        (
            "Осуждённый в 2022 году к восьми с половиной годам колонии муниципальный депутат "
            "Алексей Горинов снова предстал перед судом.",
            ("sentence", "Алексей Горинов"),
            102,
        ),
        (
            "Приговорённый к пяти годам за поддержку Алексея Навального инженер Сергей Мальцев "
            "подал апелляцию.",
            ("sentence", "Сергей Мальцев"),
            60,
        ),
        (
            "Задержанный в январе в Москве по делу о госизмене учёный Анатолий Губанов остаётся в СИЗО.",
            ("arrest", "Анатолий Губанов"),
            None,
        ),
        (
            "Осуждённая за «фейки» об армии врач Надежда Буянова обжаловала приговор.",
            ("sentence", "Надежда Буянова"),
            None,
        ),
    ],
)
def test_russian_long_participial_phrase_before_the_name(run, text, event, term):
    result = run(text, "ru")
    assert event in events(result)
    if term:
        assert terms(result)[event[1]] == term


def test_name_inside_the_participial_phrase_is_not_its_patient(run):
    result = run(
        "Приговорённый к пяти годам за поддержку Алексея Навального инженер Сергей Мальцев подал апелляцию.",
        "ru",
    )
    assert ("sentence", "Алексей Навальный") not in events(result)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Арестованный заочно по делу о фейках журналист Дмитрий Колезев живёт в Латвии.", "ru"),
        ("Басманный суд заочно арестовал журналиста Дмитрия Колезева.", "ru"),
        ("Суд завочна арыштаваў журналіста Аляксандра Пазняка.", "be"),
    ],
)
def test_arrest_in_absentia_holds_no_one(run, text, language):
    assert not [e for e in run(text, language).events if e.type == "arrest"]


# -- official court formulas and lists of terms --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        (
            "Паводле БелТА, Ігар Лосік асуджаны па ч.3 арт.361-1 КК і прыгавораны да 15 гадоў калоніі "
            "ўзмоцненага рэжыму.",
            "be",
            "Ігар Лосік",
        ),
        (
            "По данным БелТА, Игорь Лосик осуждён по ч.3 ст.361-1 УК и приговорён к 15 годам колонии "
            "усиленного режима.",
            "ru",
            "Игорь Лосик",
        ),
    ],
)
def test_article_of_the_criminal_code_does_not_cut_the_sentence(run, text, language, name):
    assert terms(run(text, language))[name] == 180


def test_list_of_terms_pairs_with_the_names_without_respectively(run):
    result = run("Суд приговорил Ивана Сидорова и Анну Кузнецову к 6 и 5 годам колонии.", "ru")
    assert terms(result) == {"Иван Сидоров": 72, "Анна Кузнецова": 60}


def test_list_of_terms_with_a_pronoun_keeps_the_shared_event(run):
    result = run(
        "Иван Сидоров выступил в суде. Суд приговорил его и Анну Кузнецову к 6 и 5 годам колонии.", "ru"
    )
    assert ("sentence", "Анна Кузнецова") in events(result)


# -- pronouns and relatives ---------------------------------------------------------------------


def test_belarusian_pronoun_of_the_triggers_own_clause(run):
    result = run(
        "Алена Гнаўк і яе муж Аляксандр Гнаўк затрыманыя ў Магілёве. Яе адпусцілі праз суткі, "
        "а яго змясцілі ў СІЗА.",
        "be",
    )
    found = events(result)
    assert ("release", "Алена Гнаўк") in found
    assert ("release", "Аляксандр Гнаўк") not in found
    assert ("arrest", "Аляксандр Гнаўк") in found


def test_kin_word_after_a_possessive_pronoun_is_an_apposition(run):
    result = run("Алена Гнаўк і яе муж Аляксандр Гнаўк затрыманыя ў Магілёве.", "be")
    assert {("arrest", "Алена Гнаўк"), ("arrest", "Аляксандр Гнаўк")} <= events(result)


def test_kin_word_before_a_genitive_name_is_still_someone_elses(run):
    result = run("Вчера в Минске задержали мужа Ольги Смирновой.", "ru")
    assert ("arrest", "Ольга Смирнова") not in events(result)


# -- «X и ещё N человек» --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "count"),
    [
        ("Суд отправил в СИЗО Сергея Иванова и ещё 5 человек по делу о «терроризме».", "ru", 6),
        ("Суд арестовал Павла Иванова и ещё пятерых.", "ru", 6),
        ("Помилованы Игорь Лосик и 17 других политзаключённых.", "ru", 18),
        ("Затрыманыя Ігар Лосік і яшчэ 4 чалавекі.", "be", 5),
    ],
)
def test_named_person_and_n_others_count_together(run, text, language, count):
    assert count in {e.count for e in run(text, language).events}


def test_named_person_and_a_relative_is_no_count(run):
    assert not counts(run("Задержан Иван Петров и его брат.", "ru"))


# -- «все трое», «абодва»: a count that refers back to the names just given -----------------------


def test_all_three_are_the_three_named_before(run):
    result = run(
        "«Мемориал» признал политзаключёнными ещё шестерых фигурантов дела. Среди них — Рустем "
        "Эмирусеинов, Эскендер Абдулганиев и Арсен Абхаиров. Все трое были задержаны в Крыму в 2021 году "
        "и приговорены к 13 годам.",
        "ru",
    )
    named = {"Рустем Эмирусеинов", "Эскендер Абдулганиев", "Арсен Абхаиров"}
    assert {("arrest", n) for n in named} <= events(result)
    assert {n: 156 for n in named}.items() <= terms(result).items()


def test_belarusian_both_are_the_two_named_before(run):
    result = run(
        "Праваабаронцы паведамілі пра Андрэя Шумоўскага і Наталлю Шумоўскую. Абодва затрыманыя ў Мінску.",
        "be",
    )
    assert {("arrest", "Андрэй Шумоўскі"), ("arrest", "Наталля Шумоўская")} <= events(result)


def test_both_does_not_pick_two_of_three(run):
    result = run("На акцию пришли Ольга Иванова, Павел Сидоров и Иван Петров. Оба задержаны.", "ru")
    assert not [e for e in result.events if e.persons]


# -- a term changed on appeal: «вместо X — Y» ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "name", "earlier", "later"),
    [
        (
            "Суд ужесточил приговор Михаилу Афанасьеву: вместо пяти с половиной лет — семь лет колонии.",
            "ru",
            "Михаил Афанасьев",
            66,
            84,
        ),
        (
            "Апелляция смягчила приговор Ивану Петрову: вместо 6 лет колонии ему назначили 4 года.",
            "ru",
            "Иван Петров",
            72,
            48,
        ),
        ("Суд павялічыў тэрмін Ігару Лосіку: замест 10 гадоў — 15 гадоў.", "be", "Ігар Лосік", 120, 180),
    ],
)
def test_term_instead_of_an_earlier_term_gives_both(run, text, language, name, earlier, later):
    result = run(text, language)
    by_id = {p.id: p.name for p in result.persons}
    stated = {e.term_months for e in result.events for pid in e.persons if by_id[pid] == name}
    assert {earlier, later} <= stated


def test_term_instead_of_the_prosecutors_demand_is_one_term(run):
    result = run("Суд приговорил Ивана Петрова к 6 годам вместо 5 лет, которые просило обвинение.", "ru")
    assert {e.term_months for e in result.events if e.term_months} == {72}


# -- a term in brackets after each name ---------------------------------------------------------


def test_term_in_brackets_after_each_name_is_that_persons(run):
    result = run(
        "Осуждены машинист Денис Ковальчук (7 лет), его помощник Павел Жук (6 лет), диспетчер Ирина "
        "Белова (5 лет) и слесарь Олег Гусев (5 лет).",
        "ru",
    )
    assert terms(result) == {"Денис Ковальчук": 84, "Павел Жук": 72, "Ирина Белова": 60, "Олег Гусев": 60}


def test_belarusian_term_in_brackets_after_each_name(run):
    result = run(
        "Суд асудзіў Дзяніса Дзікуна (22 гады), Яўгена Мінькевіча (21 год) і Алега Мольчанава (22 гады).",
        "be",
    )
    assert terms(result)["Яўген Мінькевіч"] == 252


@pytest.mark.parametrize(
    "text",
    [
        "Суд приговорил к 5 годам Ивана Петрова (52 года) и Анну Смирнову (47 лет).",
        "Суд приговорил к 5 годам Ивана Петрова (22 года) и Анну Смирнову (19 лет).",
    ],
)
def test_age_in_brackets_is_not_a_term(run, text):
    assert terms(run(text, "ru")) == {"Иван Петров": 60, "Анна Смирнова": 60}


# -- a name that modifies another noun ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "patient", "other"),
    [
        (
            "Бывшую сотрудницу штаба Навального Лилию Чанышеву приговорили к 7,5 годам колонии.",
            "Лилия Чанышева",
            "Алексей Навальный",
        ),
        ("Задержали соратника Навального Ивана Петрова.", "Иван Петров", "Алексей Навальный"),
    ],
)
def test_name_modifying_another_noun_is_not_the_patient(run, text, patient, other):
    found = {name for _, name in events(run(text, "ru"))}
    assert patient in found
    assert not any("Навальн" in name for name in found)


def test_belarusian_days_of_administrative_arrest_are_no_count(run):
    result = run("На 15 сутак арыштаваны анархіст Мікалай Дзядок.", "be")
    assert ("arrest", "Мікалай Дзядок") in events(result)
    assert not counts(result)


def test_possessive_before_a_noun_is_not_the_patient(run):
    result = run(
        "Марину Золотову освободили в июне. Её коллегу Людмилу Чекину приговорили к 2,5 годам.", "ru"
    )
    assert ("sentence", "Людмила Чекина") in events(result)
    assert ("sentence", "Марина Золотова") not in events(result)


def test_pronoun_object_still_resolves(run):
    result = run("Марину Золотову задержали в мае. Её освободили в июне.", "ru")
    assert ("release", "Марина Золотова") in events(result)


# -- refusing to cross the border: a release and an arrest, no deportation (GUIDELINES) -------------


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        (
            "Бывшего политзаключённого Николая Статкевича насильно вывезли к литовской границе, но он "
            "отказался её пересекать и был возвращён в колонию.",
            "ru",
            "Николай Статкевич",
        ),
        (
            "Былога палітвязня Мікалая Статкевіча вывезлі да мяжы з Літвой, але ён адмовіўся яе перасякаць. "
            "Яго вярнулі ў калонію.",
            "be",
            "Мікалай Статкевіч",
        ),
    ],
)
def test_refused_to_cross_the_border_is_a_release_and_an_arrest(run, text, language, name):
    found = events(run(text, language))
    assert {("release", name), ("arrest", name)} <= found
    assert ("deportation", name) not in found


def test_one_refuser_leaves_the_others_deported(run):
    result = run(
        "Игоря Лосика и Николая Статкевича вывезли в Литву. Статкевич отказался покидать Беларусь.", "ru"
    )
    found = events(result)
    assert ("deportation", "Игорь Лосик") in found
    assert ("deportation", "Николай Статкевич") not in found
    assert ("release", "Николай Статкевич") in found


def test_refusing_something_else_is_no_refusal_to_leave(run):
    result = run("Андрея Почобута выслали в Польшу. Он отказался давать комментарии.", "ru")
    assert ("deportation", "Андрей Почобут") in events(result)


# -- time served given roughly is no term ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Политзаключённый Владимир Лабкович освобождён, отбыв более трёх лет.", "ru"),
        ("Палітвязень Уладзімір Лабковіч вызвалены, адбыўшы больш за тры гады.", "be"),
        ("Палітвязень Уладзімір Лабковіч вызвалены, адбыўшы амаль тры гады.", "be"),
    ],
)
def test_time_served_given_roughly_is_no_term(run, text, language):
    result = run(text, language)
    assert any(e.type == "release" for e in result.events)
    assert not terms(result)


def test_an_approximate_count_keeps_the_named_persons_term(run):
    result = run("Суд приговорил более 30 человек, в том числе Ивана Петрова, к 5 годам колонии.", "ru")
    assert terms(result) == {"Иван Петров": 60}


def test_time_served_in_full_is_the_term(run):
    result = run("Палітвязень Уладзімір Лабковіч вызвалены, цалкам адбыўшы тры гады.", "be")
    assert terms(result) == {"Уладзімір Лабковіч": 36}


# -- «включая», «в частности», «как и ещё N» -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "named"),
    [
        (
            "Всего на свободу вышли 16 человек, включая Илью Яшина и Владимира Кара-Мурзу.",
            "ru",
            {"Илья Яшин", "Владимир Кара-Мурза"},
        ),
        (
            "Усяго на волю выйшлі 16 чалавек, уключаючы Ігара Лосіка і Марыю Калеснікаву.",
            "be",
            {"Ігар Лосік", "Марыя Калеснікава"},
        ),
    ],
)
def test_members_after_including_belong_to_the_counted_event(run, text, language, named):
    result = run(text, language)
    by_id = {p.id: p.name for p in result.persons}
    event = next(e for e in result.events if e.count == 16)
    assert named <= {by_id[pid] for pid in event.persons}


def test_pronoun_patient_as_well_as_n_others(run):
    result = run("Илья Яшин освобождён. Его, как и ещё 15 человек, вывезли в Германию.", "ru")
    assert ("deportation", 16) in counts(result)


# -- numbers that count no people: a clock time, a parent's children ------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Акция началась в 14:00, а в 15:30 полиция задержала Ивана Сидорова.", "ru"),
        ("Ивана Сидорова, отца троих детей, задержали в понедельник.", "ru"),
        ("Полиция задержала мать пятерых детей Анну Петрову.", "ru"),
        ("Акцыя пачалася ў 14:00, а ў 15:30 міліцыя затрымала Івана Сідарава.", "be"),
        ("У Мінску затрымалі Ганну Пятрову, маці пяцярых дзяцей.", "be"),
        ("Міліцыя затрымала маці пяцярых дзяцей Ганну Пятрову.", "be"),
        # the parse, not a list of parent words, tells that the count describes one person
        ("Задержана бабушка семерых внуков Марина Орлова.", "ru"),
        ("Около 9:05 сотрудники ОМОНа задержали у подъезда Марину Орлову.", "ru"),
        ("Суд вызваліў бацьку траіх дзяцей Івана Сідарава.", "be"),
    ],
)
def test_clock_times_and_a_parents_children_are_no_count(run, text, language):
    result = run(text, language)
    assert [e for e in result.events if e.persons]  # the named person's event is still told
    assert not counts(result)


@pytest.mark.parametrize(
    ("text", "language", "count"),
    [
        ("В 14:00 задержали 12 человек.", "ru", 12),
        ("У 14.30 затрымалі 12 чалавек.", "be", 12),
        ("Полиция задержала мать пятерых детей Анну Петрову и ещё троих активистов.", "ru", 4),
    ],
)
def test_a_count_beside_a_time_or_a_parent_still_counts(run, text, language, count):
    assert count in {e.count for e in run(text, language).events}
