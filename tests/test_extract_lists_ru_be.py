"""Russian and Belarusian release lists told over several sentences: a count stated on its
own («Число освобождённых — 9»), members named after it («Среди освобождённых — X», «В списке
также Y»), and names natasha tags without their first name. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from tests.test_extract_ru import counts, events, names, terms


def test_russian_count_statement_and_list_continuations(run):
    result = run(
        "В четверг стало известно о новом помиловании. Число освобождённых заключённых составило 9. "
        "Среди освобождённых — Павел Северинец, музыкант из Гомеля. "
        "В списке также Ольга Шпаковская и Константин Журавлёв.",
        "ru",
    )
    assert ("release", 9) in counts(result)
    assert {
        ("release", "Павел Северинец"),
        ("release", "Ольга Шпаковская"),
        ("release", "Константин Журавлёв"),
    } <= events(result)
    # one release per person: the trigger in «Среди освобождённых — X» is the group's event
    assert sum(1 for e in result.events if e.type == "release") == 1


def test_belarusian_count_after_a_dash_and_list_continuation(run):
    result = run(
        "У пятніцу ўлады вызвалілі групу палітвязняў. Колькасць вызваленых — 7. "
        "Сярод вызваленых — Алесь Пушкін, мастак з Бабруйска. "
        "Таксама ў спісе Ігар Карней і Наста Лойка.",
        "be",
    )
    assert ("release", 7) in counts(result)
    assert "Ігар Карней" in names(result)
    assert {("release", "Алесь Пушкін"), ("release", "Ігар Карней"), ("release", "Наста Лойка")} <= events(
        result
    )


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # a list of extremists is not a list of the freed
        (
            "Власти помиловали 12 заключённых. Минюст внёс в список экстремистов Андрея Кузнецова.",
            "ru",
        ),
        ("Улады памілавалі 12 зняволеных. Мінюст уключыў у спіс экстрэмістаў Андрэя Кузняцова.", "be"),
    ],
)
def test_a_list_without_also_joins_no_group(run, text, language):
    result = run(text, language)
    assert not [e for e in result.events if e.type == "release" and e.persons]


def test_approximate_count_statement_gives_no_count(run):
    result = run("Число освобождённых — более 20. Среди них Андрей Почобут.", "ru")
    assert not counts(result)


def test_first_name_before_a_tagged_surname_joins_the_name(run):
    result = run("Таксама затрыманы Ігар Раманаў, настаўнік з Ліды.", "be")
    assert "Ігар Раманаў" in names(result)
    assert "Раманаў" not in names(result)


def test_a_town_after_a_preposition_is_no_person(run):
    result = run("Сергей Тихонов, учитель из Борисова, приговорён к пяти годам колонии.", "ru")
    assert names(result) == {"Сергей Тихонов"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Также на свободу вышел Анатолий Лукашевич.", "Анатолий Лукашевич"),
        ("Суд приговорил Анатолия Лукашевича к четырём годам колонии.", "Анатолий Лукашевич"),
        ("Ольгу Карпович задержали в Гродно.", "Ольга Карпович"),
    ],
)
def test_a_surname_in_evich_after_a_first_name_is_a_surname(run, text, name):
    result = run(text, "ru")
    assert name in names(result)
    assert any(p == name for _, p in events(result))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("В мае силовики пришли с обыском к Анатолию Бондару. Его задержали.", "Анатолий Бондар"),
        ("Суд назначил Игорю Гуляку шесть лет колонии.", "Игорь Гуляк"),
        ("Сергею Шойгу ничего не грозит. Журналиста Павла Лосика задержали.", "Павел Лосик"),
    ],
)
def test_oblique_masculine_surnames_become_nominative(run, text, name):
    result = run(text, "ru")
    assert name in names(result)
    assert not any(n.endswith(("у", "ю")) and n != "Сергей Шойгу" for n in names(result))


def test_a_belarusian_name_with_an_apostrophe_is_one_name_in_one_spelling(run):
    found = set()
    for apostrophe in ("'", "’", "ʼ"):
        result = run(f"Дар{apostrophe}я Барадзіна, журналістка з Мінска, была затрымана ў чацвер.", "be")
        (name,) = names(result)
        assert ("arrest", name) in events(result)
        found.add(name)
    # whichever apostrophe the text used, the registry is given one spelling
    assert len(found) == 1 and found.pop().replace("’", "'") == "Дар'я Барадзіна"


@pytest.mark.parametrize(
    ("text", "language", "released", "held"),
    [
        (
            "Власти помиловали 14 осуждённых, сообщили в администрации. Среди них — Ирина Счастная. "
            "Всего, по подсчётам правозащитников, за решёткой остаются более 1100 политзаключённых, "
            "среди них Анатолий Гуляк.",
            "ru",
            "Ирина Счастная",
            "Анатолий Гуляк",
        ),
        (
            "Улады вызвалілі 14 палітвязняў. Сярод іх — Ірына Шчасная. "
            "Паводле праваабаронцаў, за кратамі застаюцца больш за 1100 палітвязняў, сярод іх Анатоль Гуляк.",
            "be",
            "Ірына Шчасная",
            "Анатоль Гуляк",
        ),
    ],
)
def test_members_of_a_tally_do_not_join_an_earlier_release(run, text, language, released, held):
    """«Среди них» after a tally of those still held names members of the tally: the person
    stays out of the release told before it (a wrong «released» on a prisoner's record)."""
    result = run(text, language)
    assert ("release", released) in events(result)
    assert ("release", held) not in events(result)
    assert ("release", 14) in counts(result)


def test_a_year_written_as_an_ordinal_dates_the_event(run):
    result = run(
        "Статкевича задержали в мае 2020 года, а в декабре 2021-го суд приговорил его к 14 годам колонии.",
        "ru",
    )
    dates = {(e.type, e.date) for e in result.events}
    assert ("sentence", "2021-12") in dates and ("arrest", "2020-05") in dates


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "В пятницу власти помиловали 16 политзаключённых. Среди тех, кто остаётся за решёткой, — "
            "Ольга Шпаковская и Константин Журавлёв.",
            "ru",
        ),
        (
            "В пятницу власти помиловали 16 политзаключённых. Среди остающихся в колонии — "
            "Ольга Шпаковская и Константин Журавлёв.",
            "ru",
        ),
        (
            "У пятніцу ўлады памілавалі 16 палітвязняў. Сярод тых, хто застаецца за кратамі, — "
            "Ігар Карней і Наста Лойка.",
            "be",
        ),
    ],
)
def test_those_still_held_are_not_added_to_a_release(run, text, language):
    result = run(text, language)
    assert ("release", 16) in counts(result)
    assert not {name for kind, name in events(result) if kind == "release"}
    assert not {name for kind, name in events(result) if kind == "arrest"}  # being held is no event


_COURT_RU = (
    "Областной суд в Могилёве осудил троих волонтёров местного фонда. "
    "Вера Лозинская получила 6 лет колонии, Тимур Асланов — 5 лет, Кирилл Мезенцев — 4 года. "
)
_COURT_BE = (
    "Абласны суд у Магілёве асудзіў трох валанцёраў мясцовага фонду. "
    "Вера Лазінская атрымала 6 гадоў калоніі, Цімур Асланаў — 5 гадоў, Кірыл Мезенцаў — 4 гады. "
)
_NAMED_RU = {"Вера Лозинская", "Тимур Асланов", "Кирилл Мезенцев"}
_NAMED_BE = {"Вера Лазінская", "Цімур Асланаў", "Кірыл Мезенцаў"}


def _arrested(result) -> set[str]:
    return {name for etype, name in events(result) if etype == "arrest"}


@pytest.mark.parametrize(
    ("text", "language", "named"),
    [
        (_COURT_RU + "Волонтёров задержали весной прошлого года после обыска на складе.", "ru", _NAMED_RU),
        (_COURT_RU + "Всех их задержали весной прошлого года после обыска на складе.", "ru", _NAMED_RU),
        (_COURT_RU + "Этих волонтёров взяли под стражу ещё в апреле.", "ru", _NAMED_RU),
        (_COURT_BE + "Валанцёраў затрымалі вясной пасля ператрусу на складзе.", "be", _NAMED_BE),
        (_COURT_BE + "У красавіку затрымалі валанцёраў, справу завялі праз тыдзень.", "be", _NAMED_BE),
    ],
)
def test_a_group_told_again_without_its_number_passes_on_its_members(run, text, language, named):
    """«Волонтёров задержали весной»: the group counted and then named one by one, told again
    by its bare noun or a plural pronoun, went through the new event with all its members."""
    result = run(text, language)
    assert _arrested(result) == named


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # another group: «других», a modifier of its own, a place the article has not named
        (_COURT_RU + "Других волонтёров задержали весной прошлого года.", "ru"),
        (_COURT_RU + "Молодых волонтёров задержали весной прошлого года.", "ru"),
        (_COURT_RU + "Волонтёров из Бобруйска задержали весной прошлого года.", "ru"),
        (_COURT_RU + "В Бобруйске волонтёров задержали весной прошлого года.", "ru"),
        (_COURT_BE + "Іншых валанцёраў затрымалі вясной мінулага года.", "be"),
        (_COURT_BE + "Вясной затрымалі валанцёраў у Бабруйску.", "be"),
        # the count is not the number of people named: the group cannot be told apart
        (
            "Суд осудил четверых волонтёров. Вера Лозинская получила 6 лет, Тимур Асланов — 5 лет. "
            "Волонтёров задержали весной прошлого года.",
            "ru",
        ),
    ],
)
def test_a_group_noun_for_another_group_passes_on_nobody(run, text, language):
    assert not _arrested(run(text, language)) & (_NAMED_RU | _NAMED_BE)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Военный суд приговорил Глеба Рощина к шести годам колонии и Олесю Ганину к четырём годам.",
            "ru",
            {"Глеб Рощин": 72, "Олеся Ганина": 48},
        ),
        (
            "Суд приговорил Глеба Рощина к шести годам колонии, а Олесю Ганину к четырём годам.",
            "ru",
            {"Глеб Рощин": 72, "Олеся Ганина": 48},
        ),
        (
            "Глеб Рощин получил шесть лет строгого режима, Олеся Ганина четыре года общего.",
            "ru",
            {"Глеб Рощин": 72, "Олеся Ганина": 48},
        ),
        (
            "Глеб Рощин получил 6 лет колонии, Савелий Кущ и Олеся Ганина — по 4 года.",
            "ru",
            {"Глеб Рощин": 72, "Савелий Кущ": 48, "Олеся Ганина": 48},
        ),
        (
            "Глеб Рошчын атрымаў 6 гадоў калоніі, Савелій Кушч і Вольга Ганіна — па 4 гады.",
            "be",
            {"Глеб Рошчын": 72, "Савелій Кушч": 48, "Вольга Ганіна": 48},
        ),
    ],
)
def test_names_and_terms_alternating_in_one_clause_pair_up(run, text, language, expected):
    """Without «соответственно»: each group of names takes the term that follows it."""
    result = run(text, language)
    assert terms(result) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # the second stretch has its own verb: a demand, not a term
        (
            "Глеб Рощин получил шесть лет колонии, а прокурор Олеся Ганина требовала восемь лет.",
            "ru",
            {"Глеб Рощин": 72},
        ),
        # an age beside the term is no second term
        (
            "Глеб Рощин, 34 года, получил шесть лет колонии, Олеся Ганина — четыре года.",
            "ru",
            {"Глеб Рощин": 72, "Олеся Ганина": 48},
        ),
    ],
)
def test_alternating_terms_keep_demands_and_ages_out(run, text, language, expected):
    result = run(text, language)
    assert terms(result) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("В воскресенье в Бресте задержали 17 участников шествия. Все, кроме троих, отпущены ночью.", 14),
        ("В воскресенье в Бресте задержали 17 участников шествия. Ночью отпустили всех, кроме троих.", 14),
    ],
)
def test_all_but_n_counts_the_group_less_those_left_out(run, text, expected):
    """«Все, кроме троих, отпущены»: the number after «кроме» is the people left out."""
    result = run(text, "ru")
    assert ("arrest", 17) in counts(result)
    assert ("release", expected) in counts(result)
    assert ("release", 3) not in counts(result)


def test_all_but_without_a_group_counted_before_gives_no_count(run):
    result = run("Ночью отпустили всех задержанных, кроме троих.", "ru")
    assert not [c for t, c in counts(result) if t == "release"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("У нядзелю ў Брэсце затрымалі 17 удзельнікаў шэсця. Усіх, акрамя двух, вызвалілі ўначы.", 15),
        ("У нядзелю ў Брэсце затрымалі 17 удзельнікаў шэсця. Уначы ўсіх, акрамя траіх, адпусцілі.", 14),
    ],
)
def test_belarusian_all_but_n_counts_the_group_less_those_left_out(run, text, expected):
    """«Усіх, акрамя двух, вызвалілі»: the Belarusian twin of «все, кроме двоих, освобождены»."""
    result = run(text, "be")
    assert ("arrest", 17) in counts(result)
    assert ("release", expected) in counts(result)
    assert ("release", 2) not in counts(result)


def test_belarusian_all_but_without_a_group_counted_before_gives_no_count(run):
    result = run("Уначы ўсіх, акрамя двух, вызвалілі.", "be")
    assert not [c for t, c in counts(result) if t == "release"]


# -- «с момента их ареста»: a plural possessive is the names coordinated before it ---------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Ольга Зуева и 31-летний Дмитрий Носов провели в СИЗО год, отсчитанный с момента их ареста.",
            "ru",
            {"Ольга Зуева", "Дмитрий Носов"},
        ),
        (
            "Вольга Зуева і Дзмітры Носаў правялі ў СІЗА год, і з моманту іх арышту нічога не змянілася.",
            "be",
            {"Вольга Зуева", "Дзмітры Носаў"},
        ),
    ],
)
def test_their_arrest_belongs_to_the_coordinated_names(run, text, language, expected):
    result = run(text, language)
    assert {name for kind, name in events(result) if kind == "arrest"} == expected


def test_their_arrest_without_coordinated_names_gives_no_one(run):
    result = run("Ольга Зуева рассказала о соседях. С момента их ареста прошло два года.", "ru")
    assert not [e for e in result.events if e.type == "arrest"]


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        (
            "Суд приговорил Ивана Петрова к пяти годам колонии, Сергея Смирнова — к шести.",
            "ru",
            {("Иван Петров", 60), ("Сергей Смирнов", 72)},
        ),
        (
            "Суд приговорил Ивана Петрова к 18 месяцам, Сергея Смирнова — к 12.",
            "ru",
            {("Иван Петров", 18), ("Сергей Смирнов", 12)},
        ),
        (
            "Суд прысудзіў Івана Пятрова да пяці гадоў калоніі, Сяргея Смірнова — да шасці.",
            "be",
            {("Іван Пятроў", 60), ("Сяргей Смірноў", 72)},
        ),
    ],
)
def test_a_gapped_bare_number_takes_the_unit_of_the_term_before(run, text, lang, want):
    assert want <= set(terms(run(text, lang)).items())
