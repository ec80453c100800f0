"""Russian families of session 26: a fine is a verdict when the sentence tells a criminal case;
names fronted in the dative before «назначил / назначено» are whom the term is given; a gapped
clause «а в 2023-м в Омске — X» repeats the event before «а» for the name after the dash; people
who «оказались в Литве» join the removal only beside it (not an exile's earlier move). Sentences
written for these tests."""

from __future__ import annotations

from tests.test_extract_ru import events, terms

# -- a fine in a criminal case ----------------------------------------------------------------


def test_fine_under_the_criminal_code_is_a_sentence(run):
    text = (
        "В понедельник суд оштрафовал на 300 тысяч рублей учительницу Анну Белых "
        "по уголовной статье о «фейках»."
    )
    assert ("sentence", "Анна Белых") in events(run(text, "ru"))


def test_fine_assigned_where_the_prosecutor_asked_for_prison(run):
    text = (
        "Районный суд назначил штраф в полмиллиона рублей инженеру Петру Зуеву — "
        "прокурор просил четыре года колонии."
    )
    result = run(text, "ru")
    assert ("sentence", "Пётр Зуев") in events(result)
    assert "Пётр Зуев" not in terms(result)


def test_passive_fine_after_a_guilty_verdict(run):
    text = "Пенсионер Олег Ким был признан виновным и оштрафован на 200 тысяч рублей."
    assert ("sentence", "Олег Ким") in events(run(text, "ru"))


def test_fine_for_a_picket_gives_nothing(run):
    text = "Суд оштрафовал активиста Петра Зуева на 30 тысяч рублей за одиночный пикет."
    assert not events(run(text, "ru"))


def test_administrative_fine_gives_nothing(run):
    text = "Петра Зуева оштрафовали по административной статье, хотя против него возбуждено и уголовное дело."
    assert ("sentence", "Пётр Зуев") not in events(run(text, "ru"))


# -- datives fronted before a verb of assigning --------------------------------------------------


def test_dative_after_a_comma_with_a_passive_assigning_verb(run):
    text = (
        "Активист Иван Ткач приговорён к шести годам колонии, студентке Анне Лис назначено два года условно."
    )
    result = run(text, "ru")
    assert {("sentence", "Иван Ткач"), ("sentence", "Анна Лис")} <= events(result)
    assert terms(result) == {"Иван Ткач": 72, "Анна Лис": 24}


def test_two_fronted_datives_share_the_term(run):
    text = "Соседям по делу, Ивану Ткачу и Петру Орлу, суд назначил по четыре года колонии."
    result = run(text, "ru")
    assert {("sentence", "Иван Ткач"), ("sentence", "Пётр Орёл")} <= events(result)
    assert terms(result) == {"Иван Ткач": 48, "Пётр Орёл": 48}


def test_fronted_dative_first_in_the_sentence(run):
    text = "Марине Кравец суд назначил три года условно."
    result = run(text, "ru")
    assert ("sentence", "Марина Кравец") in events(result)
    assert terms(result) == {"Марина Кравец": 36}


def test_a_genitive_name_after_a_dative_relative_gives_her_nothing(run):
    text = "Сестре Анны Петровой суд назначил два года колонии."
    assert ("sentence", "Анна Петрова") not in events(run(text, "ru"))


# -- the name after the gapping dash ------------------------------------------------------------


def test_death_repeated_for_the_name_after_the_dash(run):
    text = "В 2021 году в колонии умер Андрей Гук, а в 2023-м в Омске — 60-летний Павел Лось."
    found = events(run(text, "ru"))
    assert {("death", "Андрей Гук"), ("death", "Павел Лось")} <= found


def test_verdict_repeated_after_a_verdict_with_no_term(run):
    text = "Большинство из них получили «химию», а учитель Павел Лось — четыре года колонии."
    result = run(text, "ru")
    assert ("sentence", "Павел Лось") in events(result)
    assert terms(result) == {"Павел Лось": 48}


def test_a_dash_after_a_clause_with_a_verb_gives_nothing(run):
    text = "В 2021 году в колонии умер Андрей Гук, а в 2023-м его брат уехал — журналист Павел Лось."
    assert ("death", "Павел Лось") not in events(run(text, "ru"))


# -- ended up in Lithuania: only beside the removal -----------------------------------------------


def test_an_earlier_move_to_lithuania_is_no_removal(run):
    text = (
        "Помилованных политзаключённых вывезли в Литву. Их встретили сотрудники посольства. "
        "Ещё в 2021 году после протестов журналист Антон Жук оказался в Литве, где теперь работает."
    )
    assert not events(run(text, "ru"))


def test_ending_up_in_lithuania_right_after_the_removal_joins_it(run):
    text = (
        "Помилованных политзаключённых вывезли в Литву. "
        "В Литве оказались священник Антон Жук и студентка Вера Соловей."
    )
    found = events(run(text, "ru"))
    assert {("deportation", "Антон Жук"), ("deportation", "Вера Соловей")} <= found


# -- members parted by semicolons, each with its own participle ----------------------------------


def test_members_parted_by_semicolons_keep_their_own_terms(run):
    text = (
        "После отбытия срока освободились шесть политзаключённых. Среди них — Анна Лук из Лиды, "
        "которую в 2022 году осудили на 3 года колонии; 60-летний Пётр Жук из Гродно, осуждённый "
        "на 4 года колонии; студент Иван Гук, отбывший 2 года «домашней химии»."
    )
    result = run(text, "ru")
    assert {("release", "Анна Лук"), ("release", "Пётр Жук"), ("release", "Иван Гук")} <= events(result)
    assert {(e.term_months, len(e.persons)) for e in result.events if e.term_months} == {
        (36, 1),
        (48, 1),
        (24, 1),
    }
    assert terms(result) == {"Анна Лук": 36, "Пётр Жук": 48, "Иван Гук": 24}


def test_dash_lines_with_a_town_in_brackets_and_a_judge_aside(run):
    text = (
        "За неделю стало известно о четырёх приговорах. Среди них:\n\n"
        "— Анна Лук (Лида) — 2 года ограничения свободы, ст. 342 УК; судья Павел Бох;\n"
        "— Пётр Жук (Гродно) — 5 лет колонии; обвинение требовало 6 лет."
    )
    result = run(text, "ru")
    assert terms(result) == {"Анна Лук": 24, "Пётр Жук": 60}
    assert ("sentence", "Павел Бох") not in events(result)


# -- a surname coordinated with an accusative, tagged a dative -------------------------------------


def test_coordinated_surnames_share_the_accusative(run):
    text = (
        "Редактор Олег Песков получил девять лет, журналистка Анна Керимова — восемь лет. "
        "Пескова, Керимову и Ткача арестовали в мае прошлого года."
    )
    found = events(run(text, "ru"))
    assert {("arrest", "Олег Песков"), ("arrest", "Анна Керимова"), ("arrest", "Ткач")} <= found


def test_datives_of_a_victim_stay_no_patients(run):
    text = "Суд приговорил Олега Пескова за смерть москвичу Ивану Ткачу и Анне Керимовой."
    found = events(run(text, "ru"))
    assert ("sentence", "Иван Ткач") not in found
    assert ("sentence", "Анна Керимова") not in found


# -- an officer held for a crime of office is no political prisoner --------------------------------


def test_officer_held_for_torture_gives_no_arrest(run):
    text = (
        "В тот же день в Казани задержали бывшего оперуполномоченного Олега Пескова, "
        "которого подозревают в пытках."
    )
    assert ("arrest", "Олег Песков") not in events(run(text, "ru"))


def test_policeman_held_for_beating_gives_no_arrest(run):
    text = "Бывшего полицейского Ивана Ткача задержали по подозрению в избиении задержанного."
    assert ("arrest", "Иван Ткач") not in events(run(text, "ru"))


def test_journalist_who_wrote_about_torture_is_still_arrested(run):
    text = "В Омске задержали журналиста Ивана Ткача, который писал о пытках в колонии."
    assert ("arrest", "Иван Ткач") in events(run(text, "ru"))


def test_policeman_held_for_a_post_is_still_arrested(run):
    text = "Полицейского Ивана Ткача задержали за пост против войны."
    assert ("arrest", "Иван Ткач") in events(run(text, "ru"))


def test_ended_up_abroad_against_her_will_joins_the_removal(run):
    text = (
        "Помилованных политзаключённых вывезли в Литву. Их встретили сотрудники посольства. "
        "«Я собиралась к сестре в Брест, а оказалась в Вильнюсе», — рассказала Анна Лук."
    )
    assert ("deportation", "Анна Лук") in events(run(text, "ru"))


def test_an_earlier_fine_beside_a_new_criminal_case_gives_nothing(run):
    text = (
        "Пенсионер Пётр Зуев получил 10 суток ареста. Его прежнее дело, по которому в 2022 году "
        "он был оштрафован на 20 тысяч рублей, стало поводом для уголовного дела."
    )
    assert ("sentence", "Пётр Зуев") not in events(run(text, "ru"))


def test_a_demanded_term_with_gapped_names_gives_nothing(run):
    text = (
        "Обвинитель просил назначить Олегу Пескову пять лет колонии, Анне Лук — три года, Ивану Ткачу — два."
    )
    found = events(run(text, "ru"))
    assert ("sentence", "Анна Лук") not in found
    assert ("sentence", "Иван Ткач") not in found
