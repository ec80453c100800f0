"""Russian grammar families found on a blind news set (its sentences never copied): a
participle on a dative name, a country of origin for a deportation, role nouns before a
nominative name, first names in -у/-ю, «при X» as an era, a negated «среди … в том числе»,
passive custody fronted («под стражу взяты»), «свободу получили». Sentences written here."""

from __future__ import annotations

from tests.test_extract_ru import counts, events, terms


def test_participle_on_a_dative_name_is_the_names_event(run):
    result = run(
        "Тогда же суд продлил на два месяца срок содержания под стражей кассиру фонда Вере Орловой, "
        "задержанной в марте.",
        "ru",
    )
    assert ("arrest", "Вера Орлова") in events(result)
    assert not [e for e in result.events if e.type == "sentence"]  # custody extended, no term


def test_deported_from_a_country_frees_no_prisoner(run):
    result = run(
        "Его двоюродный брат Нурлан Есенов в 2020 году был выслан из Казахстана "
        "и задержан в аэропорту Бишкека.",
        "ru",
    )
    assert ("deportation", "Нурлан Есенов") in events(result)
    assert ("arrest", "Нурлан Есенов") in events(result)
    assert ("release", "Нурлан Есенов") not in events(result)


def test_release_then_deportation_from_a_country_keeps_the_release(run):
    result = run("Блогер Артур Валиев после освобождения депортирован из Латвии.", "ru")
    assert ("release", "Артур Валиев") in events(result)


def test_a_role_noun_before_a_nominative_name_is_no_possessor(run):
    result = run(
        "В той же тюрьме в 2019 году скончался адвокат Тимур Рахимов, отбывавший девятилетний срок.",
        "ru",
    )
    assert ("death", "Тимур Рахимов") in events(result)
    assert terms(result).get("Тимур Рахимов") == 108


def test_an_accusative_first_name_after_a_role_noun_is_the_patient(run):
    result = run("Полиция задержала юриста Марию Гонсалес и ещё трёх волонтёров у входа в суд.", "ru")
    assert ("arrest", "Мария Гонсалес") in events(result) or any(
        e.type == "arrest" and e.persons for e in result.events
    )
    assert ("arrest", 4) in counts(result)


def test_a_name_after_pri_is_an_era_not_a_convict(run):
    result = run(
        "Весной из колоний вышли сотни заключённых, осуждённых ещё при Андропове, "
        "в том числе поэт Лев Ройтман.",
        "ru",
    )
    persons = {p for _, p in events(result)}
    assert not any("Андропов" in p for p in persons)
    assert ("release", "Лев Ройтман") in events(result)


def test_in_tom_chisle_after_a_negated_among_is_absent_too(run):
    result = run(
        "Утром полиция задержала шестерых участников пикета. Среди задержанных не оказалось "
        "руководителей движения, в том числе Петра Сомова, которого власти называли организатором.",
        "ru",
    )
    assert not any(p == "Пётр Сомов" or "Сомов" in p for _, p in events(result))


def test_fronted_custody_of_a_passive_names_its_subjects(run):
    result = run("Под стражу взяты Иван Петренко, Анна Смолина и Олег Сидорчук.", "ru")
    assert {("arrest", "Иван Петренко"), ("arrest", "Анна Смолина"), ("arrest", "Олег Сидорчук")} <= events(
        result
    )


def test_freedom_received_is_a_release(run):
    result = run("Также свободу получили Игорь Нестеров и Вера Климова.", "ru")
    assert {("release", "Игорь Нестеров"), ("release", "Вера Климова")} <= events(result)


def test_out_of_prison_fronted_is_a_release(run):
    result = run("Из колонии вчера вышел правозащитник Семён Гальперин.", "ru")
    assert ("release", "Семён Гальперин") in events(result)


# -- gapped clauses, counts, habits --------------------------------------------------------------


def test_a_foreign_name_takes_the_gender_of_its_relative_pronoun(run):
    result = run(
        "Суд приговорил пастора Джона Ли к пожизненному заключению. Отдельно рассматривали дело "
        "кассира общины Лю Сюэ, которую обвинили в финансировании. Ей назначили восемь лет.",
        "ru",
    )
    assert terms(result).get("Лю Сюэ") == 96
    assert "Джон Ли" not in terms(result)


def test_names_joined_before_a_gapping_dash_share_its_term(run):
    result = run(
        "Студенты Хо Вэй и Чжан Мин получили по три года, бывший учитель Ван Цзюнь "
        "и его жена Лилиан Ван — по пять лет.",
        "ru",
    )
    assert terms(result) == {"Хо Вэй": 36, "Чжан Мин": 36, "Ван Цзюнь": 60, "Лилиан Ван": 60}


def test_a_relative_clause_may_stand_between_the_name_and_the_gapping_dash(run):
    result = run(
        "Учительница Ольга Рябова получила четыре года, а слесарь Игорь Миронов, "
        "которому тогда было 20 лет, — два года.",
        "ru",
    )
    assert terms(result) == {"Ольга Рябова": 48, "Игорь Миронов": 24}


def test_a_gapped_arrest_may_keep_only_a_time_adverb(run):
    result = run("Петрова и Сидорова задержали 5 мая, Козлова — днём позже, на вокзале.", "ru")
    assert ("arrest", "Козлов") in events(result)


def test_the_named_and_n_of_their_people_are_n_plus_one(run):
    result = run(
        "Полицейские задержали в Самаре Анну Карпову и двух её коллег, подозреваемых в поджоге.", "ru"
    )
    assert ("arrest", 3) in counts(result)
    assert ("arrest", "Анна Карпова") in events(result)


def test_a_named_and_n_others_without_their_pronoun_keep_the_plain_count(run):
    result = run("Полицейские задержали в Самаре Анну Карпову и двух сотрудников магазина.", "ru")
    assert ("arrest", 3) not in counts(result)


def test_a_habit_of_pardoning_a_kind_of_people_is_no_event_of_the_group_named(run):
    result = run(
        "Редактор Анна Лисова, репортёр Олег Минаев и оператор Ян Котов получили по восемь лет. "
        "Президент ранее не раз помиловал журналистов, и правозащитники надеются на указ.",
        "ru",
    )
    assert not [e for e in result.events if e.type == "release"]


# -- role nouns, genders, destinations -----------------------------------------------------------


def test_a_bare_role_noun_refers_back_to_the_person_named_with_it(run):
    result = run(
        "Суд приговорил к пяти годам колонии художника Петра Орлова по статье о «фейках». "
        "Поводом стала картина. Художника задержали в мае в аэропорту.",
        "ru",
    )
    assert ("arrest", "Пётр Орлов") in events(result)


def test_a_role_noun_of_another_person_is_no_antecedent(run):
    result = run(
        "Статью он написал вместе с физиком Антоном Белых. Аспиранта Илью Кравченко задержали в марте. "
        "Через неделю физика отпустили.",
        "ru",
    )
    assert ("release", "Антон Белых") not in events(result)


def test_a_role_noun_with_another_determiner_is_someone_else(run):
    result = run(
        "Суд приговорил к пяти годам художника Петра Орлова. Позже полиция задержала ещё одного художника.",
        "ru",
    )
    assert ("arrest", "Пётр Орлов") not in events(result)


def test_an_undeclined_consonant_surname_with_a_feminine_relative_is_a_woman(run):
    result = run(
        "Студенты Хо Вэй и Чжан Мин получили по три года. Отдельно суд рассматривал дело "
        "бухгалтера общины Ли Вайлинь, которую обвинили в финансировании. Ей назначили семь лет.",
        "ru",
    )
    assert terms(result).get("Ли Вайлинь") == 84


def test_freed_and_sent_by_plane_to_another_country_is_a_deportation(run):
    result = run(
        "Власти Эквадора освободили 40 политзаключённых и отправили их самолётом в Мексику. "
        "Среди освобождённых — журналист Хорхе Рамос и студентка Ана Гомес.",
        "ru",
    )
    assert ("deportation", 40) in counts(result)
    assert ("deportation", "Хорхе Рамос") in events(result)


def test_sent_to_a_pretrial_prison_is_no_deportation(run):
    result = run("Суд отправил блогера Максима Соколова в СИЗО до 5 марта.", "ru")
    assert not [e for e in result.events if e.type == "deportation"]


# -- interviews ----------------------------------------------------------------------------------


def test_the_bylines_interviewer_asks_and_only_the_answers_are_quotes(run):
    """An interviewer's questions are the outlet's prompts, not anyone's statement: every writer of
    the article sets gives them no quote, the byline's interviewer included."""
    from tests.test_extract_ru import quotes

    result = run(
        "Интервью с бывшим политзаключённым\n\nБеседовал Игорь Лапин\n\n"
        "Блогер Роман Ефимов вышел на свободу в мае.\n\n— Роман, как вы себя чувствуете?\n\n"
        "— Хорошо. Я много сплю и гуляю с собакой.\n\n— Чем займётесь дальше?\n\n"
        "— Буду снова писать, только осторожнее.",
        "ru",
    )
    speakers = {speaker for speaker, _ in quotes(result)}
    assert speakers == {"Роман Ефимов"}
    assert len(result.quotes) == 2


# -- terms, places and holding -------------------------------------------------------------------


def test_a_range_of_terms_is_a_sentence_of_the_group_with_no_ones_term(run):
    result = run(
        "Остальные пять фигурантов, среди них пенсионер Иван Рыбаков, получили от двух до трёх лет колонии.",
        "ru",
    )
    assert ("sentence", "Иван Рыбаков") in events(result)
    assert "Иван Рыбаков" not in terms(result)


def test_time_spent_behind_bars_is_no_term(run):
    result = run(
        "В 2018 году из колоний вышли сотни заключённых, в том числе поэт Лев Ройтман, "
        "осуждённый ещё при Андропове и проведший за решёткой 12 лет.",
        "ru",
    )
    assert "Лев Ройтман" not in terms(result)


def test_there_after_a_named_colony_places_a_death_in_custody(run):
    result = run(
        "Он стал вторым политзаключённым, умершим в ИК-3. В марте там скончался 50-летний Олег Жуков.",
        "ru",
    )
    assert ("death", "Олег Жуков") in events(result)


def test_there_after_a_town_is_no_custody(run):
    result = run("Он жил в Казани. В марте там скончался 50-летний Олег Жуков.", "ru")
    assert ("death", "Олег Жуков") not in events(result)


def test_held_at_a_police_station_is_an_arrest(run):
    result = run(
        "Фотографа Анну Седову продержали в отделе полиции четыре часа и отпустили без протокола.", "ru"
    )
    assert {("arrest", "Анна Седова"), ("release", "Анна Седова")} <= events(result)


# -- all of them, relatives ----------------------------------------------------------------------


def test_all_n_after_a_report_naming_n_people_one_by_one_are_those_people(run):
    result = run(
        "Суд приговорил пастора Джона Ли к пожизненному заключению. Студенты Хо Вэй и Чжан Мин "
        "получили по три года, бывший учитель Ван Цзюнь и его жена Лилиан Ван — по пять лет. "
        "Отдельно рассматривали дело кассира общины Лю Сюэ, которую обвинили в финансировании. "
        "Ей назначили восемь лет. Все шестеро были арестованы в мае.",
        "ru",
    )
    arrested = {p for kind, p in events(result) if kind == "arrest"}
    assert arrested == {"Джон Ли", "Хо Вэй", "Чжан Мин", "Ван Цзюнь", "Лилиан Ван", "Лю Сюэ"}


def test_all_n_with_another_number_of_named_people_names_none(run):
    result = run(
        "Суд приговорил Павла Ермакова к трём годам, а Игоря Лазарева — к двум. "
        "Все пятеро были арестованы в мае.",
        "ru",
    )
    assert not {p for kind, p in events(result) if kind == "arrest"}


def test_a_feminine_relative_clause_belongs_to_the_woman_named_before_it(run):
    result = run(
        "Среди освобождённых — экономист Павел Ракитин, осуждённый в 2021 году на 11 лет, "
        "журналистка газеты из Бреста Ольга Мирская, которую приговорили к четырём годам колонии, "
        "и блогер Юрий Шпаковский.",
        "ru",
    )
    assert terms(result) == {"Павел Ракитин": 132, "Ольга Мирская": 48}


def test_all_n_after_a_group_told_with_its_own_name_is_that_group(run):
    result = run(
        "Суд приговорил Павла Ермакова к трём годам. Полиция задержала Анну Карпову и двух её коллег. "
        "Суд арестовал всех троих на два месяца.",
        "ru",
    )
    arrested = {p for kind, p in events(result) if kind == "arrest"}
    assert arrested == {"Анна Карпова"}


def test_time_served_out_of_a_term_states_the_term(run):
    result = run(
        "Блогер Тимур Ахмедов вышел на свободу в мае, проведя в колонии четыре года из назначенных ему семи.",
        "ru",
    )
    assert ("release", "Тимур Ахмедов") in events(result)
    assert terms(result).get("Тимур Ахмедов") == 84


def test_time_served_out_of_a_term_after_a_pronoun(run):
    result = run(
        "Фотографа Лейлу Мансури освободили по болезни — к тому времени она провела в тюрьме "
        "три года из назначенных ей пяти.",
        "ru",
    )
    assert terms(result).get("Лейла Мансури") == 60


def test_a_pronoun_patient_passes_over_a_judge_named_only_as_one(run):
    result = run(
        "Суд приговорил инженера Виктора Шульгина к девяти годам. Процесс был закрытым, судья Андрей "
        "Ковалёв объяснил это защитой данных. Для Шульгина это не первое столкновение с системой: "
        "в 2020 году его уже задерживали на марше.",
        "ru",
    )
    assert ("arrest", "Андрей Ковалёв") not in events(result)
    assert ("arrest", "Виктор Шульгин") in events(result)
