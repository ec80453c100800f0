"""Belarusian clutter of session 20, on sentences written for these tests: who acted and a
day of a month between a relative clause and its name's main verb, lists whose names carry
an age, a role or a town, terms in brackets after the names of a list, dative and plural
relative clauses, administrative days told with a verdict's verb, the names of a group told
before, a gapped release with a focus word, a unit named after a person, and a total term."""

from __future__ import annotations

from tests.test_extract_ru import counts, events, terms


def all_terms(result) -> set[tuple[str, int]]:
    by_id = {p.id: p.name for p in result.persons}
    return {(by_id[pid], e.term_months) for e in result.events if e.term_months for pid in e.persons}


def test_who_acted_between_a_relative_clause_and_the_main_verb(be):
    result = be(
        "Былога палітвязня Лявона Шыдлоўскага, якога памілавалі 3 сакавіка, супрацоўнікі КДБ "
        "у той жа вечар адвезлі на польскую мяжу."
    )
    assert ("deportation", "Лявон Шыдлоўскі") in events(result)
    assert counts(result) == set()  # the day of the month counts nobody
    result = be("Зою Кудрэвіч, якую вызвалілі ў студзені, 2 лютага сілавікі вывезлі ў Латвію.")
    assert ("deportation", "Зоя Кудрэвіч") in events(result)
    result = be(
        "Вязню Тарасу Сіманюку, які з 2022 года адбывае 4 гады калоніі, суд Бабруйскага раёна "
        "дадаў яшчэ 10 месяцаў."
    )
    assert all_terms(result) == {("Тарас Сіманюк", 48), ("Тарас Сіманюк", 10)}


def test_all_of_them_after_a_list_with_ages_roles_and_towns(be):
    result = be(
        "Праваабаронцы прызналі палітвязнямі яшчэ 7 чалавек. Сярод іх — 44-гадовы кіроўца з Оршы "
        "Тарас Сіманюк, 19-гадовая студэнтка Зоя Кудрэвіч і пінскі фермер Лявон Шыдлоўскі. Усе яны "
        "былі асуджаныя за каментары."
    )
    assert {("sentence", n) for n in ("Тарас Сіманюк", "Зоя Кудрэвіч", "Лявон Шыдлоўскі")} <= events(result)
    result = be(
        "Сярод іх — Тарас Сіманюк, ветэрынарка Дар'я Кудрэвіч і Лявон Шыдлоўскі. Усе яны арыштаваныя."
    )
    assert ("arrest", "Дар’я Кудрэвіч") in events(result)


def test_a_relatives_name_in_a_list_is_not_one_of_them(be):
    result = be("Сярод затрыманых — Тарас Сіманюк. Зоя Кудрэвіч, жонка Лявона Шыдлоўскага, вызваленая.")
    assert ("release", "Лявон Шыдлоўскі") not in events(result)


def test_terms_in_brackets_after_the_names_of_a_list(be):
    result = be(
        "Цалкам адбыўшы тэрміны, вызваленыя трое палітвязняў. Сярод іх — Тарас Сіманюк (4 гады "
        "калоніі), Зоя Кудрэвіч (3 гады абмежавання волі) і Лявон Шыдлоўскі (2 гады хатняй хіміі)."
    )
    assert terms(result) == {"Тарас Сіманюк": 48, "Зоя Кудрэвіч": 36, "Лявон Шыдлоўскі": 24}
    result = be("У калоніі памёр Тарас Сіманюк (6 гадоў калоніі ўзмоцненага рэжыму).")
    assert terms(result) == {"Тарас Сіманюк": 72}


def test_an_age_or_a_demand_in_brackets_is_no_term(be):
    result = be("Вызвалены Тарас Сіманюк (41 год) вярнуўся ў Оршу.")
    assert terms(result) == {}
    result = be("Затрыманы Лявон Шыдлоўскі (пракурор патрабуе 5 гадоў калоніі).")
    assert terms(result) == {}


def test_a_dative_relative_clause_is_its_names_own(be):
    result = be(
        "На волі засталіся пенсіянерка Зоя Кудрэвіч, якой суд у 2021-м прызначыў 2 гады калоніі, "
        "і слесар Тарас Сіманюк."
    )
    assert terms(result) == {"Зоя Кудрэвіч": 24}
    result = be("Тарас Сіманюк, якому летась далі 7 гадоў, і Зоя Кудрэвіч выйшлі на волю.")
    assert terms(result) == {"Тарас Сіманюк": 84}


def test_a_plural_relative_clause_after_a_list_is_every_names(be):
    result = be("Сярод памілаваных — сёстры Зоя і Ганна Кудрэвіч з Пінска, якія адбывалі па 5 гадоў.")
    assert all_terms(result) >= {("Зоя Кудрэвіч", 60), ("Ганна Кудрэвіч", 60)}
    result = be("Вызваленыя Зоя Кудрэвіч і Тарас Сіманюк, якія адбывалі па 3 гады кожны.")
    assert all_terms(result) == {("Зоя Кудрэвіч", 36), ("Тарас Сіманюк", 36)}


def test_a_list_line_with_a_term_in_brackets_and_a_dash(be):
    result = be(
        "Вызваленыя:\nпрадпрымальніца Зоя Кудрэвіч (асуджаная ў 2023 годзе на 4 гады) — "
        "вывезеная ў Літву;\nТарас Сіманюк — застаўся дома."
    )
    assert ("deportation", "Зоя Кудрэвіч") in events(result)
    assert ("deportation", "Тарас Сіманюк") not in events(result)


def test_days_told_with_a_verdicts_verb_are_an_arrest(be):
    result = be("Зою Кудрэвіч суддзя асудзіў на 13 сутак арышту за допіс.")
    assert ("arrest", "Зоя Кудрэвіч") in events(result)
    assert ("sentence", "Зоя Кудрэвіч") not in events(result)
    result = be("Тараса Сіманюка пакаралі 10 суткамі арышту.")
    assert events(result) == {("arrest", "Тарас Сіманюк")}
    result = be("Тараса Сіманюка асудзілі на 2 гады калоніі.")
    assert ("sentence", "Тарас Сіманюк") in events(result)


def test_the_names_of_a_group_told_before_are_no_event(be):
    result = be(
        "На волю выйшлі 9 чалавек, сярод іх Тарас Сіманюк. Прозвішчы яшчэ шасці памілаваных "
        "праваабаронцы не называюць."
    )
    assert counts(result) == {("release", 9)}
    result = be("Імёны пяці затрыманых не раскрываюцца.")
    assert counts(result) == set()


def test_a_gapped_release_with_a_focus_word(be):
    result = be("Зою Кудрэвіч адпусцілі ў пятніцу, а Тараса Сіманюка — толькі праз тыдзень.")
    assert ("release", "Тарас Сіманюк") in events(result)
    result = be("Зою Кудрэвіч затрымалі ў Брэсце, а Тараса Сіманюка — ужо ў Пінску.")
    assert ("arrest", "Тарас Сіманюк") in events(result)
    result = be("Зою Кудрэвіч вызвалілі ў пятніцу, а Тараса Сіманюка — не.")
    assert ("release", "Тарас Сіманюк") not in events(result)


def test_a_unit_named_after_a_person_is_no_person(be):
    result = be("Тараса Сіманюка асудзілі за данат палку Каліноўскага.")
    assert {p.name for p in result.persons} == {"Тарас Сіманюк"}
    result = be("Зоя Кудрэвіч напісала прашэнне на імя Лукашэнкі.")
    assert "Лукашэнка" in {p.name for p in result.persons}


def test_a_total_term_after_an_added_one(be):
    result = be("Тарасу Сіманюку суд дадаў 9 месяцаў калоніі. Агульны тэрмін складае 4 гады і 9 месяцаў.")
    assert all_terms(result) == {("Тарас Сіманюк", 9), ("Тарас Сіманюк", 57)}
    result = be("Для Тараса Сіманюка абвінавачанне просіць 3 гады. Агульны тэрмін склаў бы 6 гадоў.")
    assert all_terms(result) == set()


def test_removal_told_by_the_border_strip_a_flight_or_being_forced_out(be):
    for text in (
        "Тараса Сіманюка пакінулі на нейтральнай паласе.",
        "Тараса Сіманюка этапавалі да мяжы і выпусцілі на польскім баку.",
        "Тараса Сіманюка самалётам даставілі ў Варшаву.",
        "Тараса Сіманюка адправілі ва Украіну.",
        "Тараса Сіманюка выгналі з краіны.",
        "Тараса Сіманюка прымусілі пакінуць Беларусь.",
    ):
        assert ("deportation", "Тарас Сіманюк") in events(be(text)), text
    for text in (
        "Тараса Сіманюка адправілі ў калонію.",
        "Тараса Сіманюка даставілі ў Мінск.",
        "Тараса Сіманюка выгналі з працы.",
        "Тараса Сіманюка не прымусілі пакінуць краіну.",
    ):
        assert ("deportation", "Тарас Сіманюк") not in events(be(text)), text


def test_a_list_with_a_plural_relative_clause_goes_on_to_the_main_verb(be):
    result = be("Тарас Сіманюк і Зоя Кудрэвіч, якіх памілавалі ў чацвер, былі вывезеныя ў Латвію.")
    assert {("deportation", "Тарас Сіманюк"), ("deportation", "Зоя Кудрэвіч")} <= events(result)
    result = be("Тараса Сіманюка і Зою Кудрэвіч, якіх затрымалі ў маі, адпусцілі пад падпіску.")
    assert {("release", "Тарас Сіманюк"), ("release", "Зоя Кудрэвіч")} <= events(result)


def test_a_participle_before_a_list_and_the_verb_after_it_share_the_list(be):
    result = be("Памілаваных Тараса Сіманюка і Зою Кудрэвіч вывезлі ў Літву.")
    assert {("deportation", "Тарас Сіманюк"), ("deportation", "Зоя Кудрэвіч")} <= events(result)
    result = be("Затрыманых Лявона Шыдлоўскага і Зою Кудрэвіч адпусцілі.")
    assert {("release", "Лявон Шыдлоўскі"), ("release", "Зоя Кудрэвіч")} <= events(result)


def test_two_clauses_side_by_side_keep_their_own_names(be):
    result = be("Тараса Сіманюка вызвалілі, Зою Кудрэвіч затрымалі.")
    assert events(result) == {("release", "Тарас Сіманюк"), ("arrest", "Зоя Кудрэвіч")}
    result = be("Тараса Сіманюка і Зою Кудрэвіч вызвалілі, Лявона Шыдлоўскага затрымалі.")
    assert ("release", "Лявон Шыдлоўскі") not in events(result)


def test_a_destination_fronted_before_the_verb(be):
    result = be("Разам з Зояй Кудрэвіч у Польшчу вывезлі яшчэ 6 чалавек.")
    assert ("deportation", "Зоя Кудрэвіч") in events(result)
    # «разам з X … яшчэ 6»: the six are a group of their own beside X (the read sets' gold for
    # «вместе с ним … ещё трое» counts 3; session 32 follows it)
    assert ("deportation", 6) in counts(result)
    result = be("Тараса Сіманюка ў Мінск вывезлі з Гомеля.")
    assert ("deportation", "Тарас Сіманюк") not in events(result)
