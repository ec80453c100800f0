"""Russian and Belarusian extraction in the register of general real news (wire and Wikinews
style: dismissals from office, deaths in a hospital, crimes of private people, durations that
are not terms). Sentences written for these tests; the families were found by reading Vigil's
false positives and misses on NEREL (`benchmarks/external/nerel.py`), never copied from it."""

from __future__ import annotations

import pytest

from tests.test_extract_ru import events, terms

# -- «освободить от должности» is a dismissal, not a release ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Президент своим указом освободил Игоря Мельникова от должности заместителя министра.",
        "Глава управления полиции Андрей Савицкий освобождён от занимаемой должности.",
        "Губернатор освободил от обязанностей вице-губернатора Олега Зуева.",
    ],
)
def test_russian_release_from_office_is_no_release(run, text):
    assert not [e for e in run(text, "ru").events if e.type == "release"]


def test_russian_release_from_custody_still_counts_beside_an_office_word(run):
    result = run("Бывший заместитель министра Олег Зуев освобождён из СИЗО под залог.", "ru")
    assert ("release", "Олег Зуев") in events(result)


def test_belarusian_release_from_office_is_no_release(run):
    result = run("Лукашэнка вызваліў Івана Сяргеевіча Карпенку ад пасады міністра.", "be")
    assert not [e for e in result.events if e.type == "release"]


# -- a hospital is not custody -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Мэр города Павел Андрианов скончался в больнице после нападения на концерте.",
        "Сергея Карпова доставили в больницу, но через два дня он умер.",
    ],
)
def test_russian_death_in_a_hospital_is_no_death_in_custody(run, text):
    assert not [e for e in run(text, "ru").events if e.type == "death"]


def test_russian_death_in_a_prison_hospital_still_counts(run):
    result = run("Политзаключённый Илья Громов умер в тюремной больнице в Мордовии.", "ru")
    assert ("death", "Илья Громов") in events(result)


# -- durations that are no terms -----------------------------------------------------------------


def test_russian_years_ago_are_no_term(run):
    result = run(
        "Суд признал Андрея Ковалёва виновным в мошенничестве, которое он совершил четыре года назад.",
        "ru",
    )
    assert ("sentence", "Андрей Ковалёв") in events(result)
    assert not terms(result)


def test_russian_an_age_is_no_term(run):
    result = run(
        "Суд признал Олега Мартынова виновным в связи с девушкой, которой тогда не было 16 лет.",
        "ru",
    )
    assert not terms(result)


def test_russian_a_term_beside_an_age_stays(run):
    result = run("Суд приговорил Олега Мартынова к четырём годам колонии общего режима.", "ru")
    assert terms(result) == {"Олег Мартынов": 48}


# -- a kidnapping by a named person is a crime, not a detention ---------------------------------


def test_russian_kidnapping_by_a_named_person_is_no_arrest(run):
    result = run("В июне 2017 года Брайан Коллинз похитил и убил 26-летнюю Анну Ли.", "ru")
    assert not [e for e in result.events if e.type == "arrest"]


def test_russian_abduction_by_security_forces_stays_an_arrest(run):
    result = run("В Симферополе сотрудники ФСБ похитили активиста Эрвина Ибрагимова.", "ru")
    assert ("arrest", "Эрвин Ибрагимов") in events(result)


# -- names with particles («ибн», «да», «аль-») ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Суд приговорил блогера Рашида Салеха аль-Энези к двум годам тюрьмы.", "Рашид Салех аль-Энези"),
        ("Бывший президент Лула да Силва в апреле приговорён к 12-летнему тюремному сроку.", "Лула да Силва"),
        ("В Эр-Рияде арестован принц Аль-Валид ибн Талал.", "Аль-Валид ибн Талал"),
    ],
)
def test_russian_names_keep_their_particles(run, text, person):
    result = run(text, "ru")
    assert person in {p.name for p in result.persons}
    assert any(person in e for e in events(result))


def test_russian_compound_term_before_an_adjective_and_its_noun(run):
    result = run("Бывший президент Лула да Силва в апреле приговорён к 12-летнему тюремному сроку.", "ru")
    assert terms(result) == {"Лула да Силва": 144}


# -- held in pre-trial custody is an arrest -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Находящийся в СИЗО журналист Игорь Лосев объявил голодовку.", "Игорь Лосев"),
        ("Правозащитница Анна Карпова с марта содержится под стражей.", "Анна Карпова"),
        ("Его брат Игорь Лосев остаётся в СИЗО.", "Игорь Лосев"),
    ],
)
def test_russian_held_in_pretrial_custody_is_an_arrest(run, text, person):
    assert ("arrest", person) in events(run(text, "ru"))


def test_russian_being_in_a_colony_is_no_arrest(run):
    assert not run("Игорь Лосев находится в колонии в Мордовии.", "ru").events


def test_russian_not_held_is_no_arrest(run):
    assert not run("Анна Карпова не находится под стражей.", "ru").events


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Журналіст Ігар Ільяш застаецца ў СІЗА.", "Ігар Ільяш"),
        ("Праваабаронца Марфа Рабкова з верасня ўтрымліваецца пад вартай.", "Марфа Рабкова"),
    ],
)
def test_belarusian_held_in_pretrial_custody_is_an_arrest(run, text, person):
    assert ("arrest", person) in events(run(text, "be"))


def test_belarusian_being_in_a_colony_is_no_arrest(run):
    assert not run("Ігар Ільяш знаходзіцца ў калоніі.", "be").events


# -- the person named in the next sentence --------------------------------------------------------


def test_russian_death_of_a_woman_named_in_the_next_sentence(run):
    result = run(
        "В следственном изоляторе Екатеринбурга скончалась женщина. 54-летняя Ирина Котова была "
        "задержана в марте по делу о госизмене.",
        "ru",
    )
    assert ("death", "Ирина Котова") in events(result)


def test_russian_the_next_sentence_must_introduce_the_person(run):
    result = run("В колонии умер заключённый. Его сосед Андрей Сомов рассказал об этом.", "ru")
    assert not result.events


def test_russian_the_next_sentence_must_agree_in_gender(run):
    result = run("В колонии умерла женщина. 40-летний Андрей Сомов рассказал об этом.", "ru")
    assert not result.events


def test_russian_kidnapping_by_a_private_person_is_no_arrest(run):
    result = run("Бывший студент университета похитил девушку Анну Ли, избил её и убил.", "ru")
    assert not [e for e in result.events if e.type == "arrest"]


def test_russian_abduction_without_a_named_kidnapper_stays_an_arrest(run):
    result = run("В Грозном похитили блогера Салмана Тепсуркаева.", "ru")
    assert ("arrest", "Салман Тепсуркаев") in events(result)


# -- the victim of the crime is not the convict ------------------------------------------------


def test_russian_the_victim_in_the_dative_is_not_the_convict(run):
    result = run(
        "Суд признал Расула Мирзаева виновным в причинении смерти 19-летнему москвичу Ивану "
        "Агафонову и приговорил его к двум годам ограничения свободы.",
        "ru",
    )
    assert ("sentence", "Расул Мирзаев") in events(result)
    assert ("sentence", "Иван Агафонов") not in events(result)
    assert terms(result) == {"Расул Мирзаев": 24}


# -- court-report structures of general news -----------------------------------------------------


def test_russian_relative_clause_about_a_name_set_off_beside_a_noun(run):
    result = run(
        "Судья распорядился освободить босса мафии, 78-летнего Франческо Бонуру, который отбывал "
        "23-летний срок.",
        "ru",
    )
    assert terms(result) == {"Франческо Бонуру": 276}


def test_russian_relative_clause_under_a_demand_is_told_as_fact(run):
    result = run("Активисты требуют освободить журналиста Игоря Лосева, который был задержан в мае.", "ru")
    assert events(result) == {("arrest", "Игорь Лосев")}


def test_russian_foreign_first_name_tagged_oblique_is_still_the_subject(run):
    result = run(
        "Абдиазис Абдинур и эта женщина были приговорены к одному году тюрьмы по обвинениям в клевете.", "ru"
    )
    assert terms(result) == {"Абдиазис Абдинур": 12}


@pytest.mark.parametrize(
    ("text", "person", "months"),
    [
        (
            "Альберто Фухимори продолжает отбывать 25-летний срок за преступления против человечности.",
            "Альберто Фухимори",
            300,
        ),
        (
            "Адвокат рассказал, что Игорь Лосев начал отбывать наказание в виде шести лет колонии.",
            "Игорь Лосев",
            72,
        ),
    ],
)
def test_russian_serving_a_term_under_a_phase_verb(run, text, person, months):
    assert terms(run(text, "ru")) == {person: months}


def test_russian_a_phase_verb_under_a_modal_is_no_sentence(run):
    assert not run("Пётр Ковалёв может продолжить отбывать срок в колонии.", "ru").events


def test_russian_respectively_list_leaves_another_term_of_the_sentence_alone(run):
    result = run(
        "Иван Петров с 2019 года отбывает пятилетний срок по делу «Сети», по которому также осуждены "
        "на 8 и 6 лет соответственно музыкант Олег Зуев и студент Андрей Бойко.",
        "ru",
    )
    found = terms(result)
    assert found.get("Иван Петров") == 60
    assert found.get("Олег Зуев") in (None, 96)
    assert found.get("Андрей Бойко") in (None, 72)


def test_russian_respectively_list_still_pairs_names_and_terms(run):
    result = run(
        "Суд приговорил Ивана Петрова, Анну Смирнову и Олега Зуева к 10, 9 и 7 годам соответственно.", "ru"
    )
    assert terms(result) == {"Иван Петров": 120, "Анна Смирнова": 108, "Олег Зуев": 84}


# -- «в числе задержанных оказался X» -----------------------------------------------------------


def test_russian_among_the_detained_names_the_subjects_of_its_clause(run):
    result = run("В числе задержанных оказался принц Аль-Валид ибн Талал и бизнесмен Бакр бен Ладен.", "ru")
    assert {("arrest", "Аль-Валид ибн Талал"), ("arrest", "Бакр Бен Ладен")} <= events(result)


def test_russian_not_among_the_detained_is_no_event(run):
    assert not run("В числе задержанных не оказалось журналиста Игоря Лосева.", "ru").events


def test_russian_a_victim_of_a_conviction_in_the_dative(run):
    result = run(
        "Суд признал уроженца Дагестана Расула Мирзаева виновным в причинении смерти по неосторожности "
        "19-летнему москвичу Ивану Агафонову.",
        "ru",
    )
    assert events(result) == {("sentence", "Расул Мирзаев")}


# -- lists of whole terms ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Суд завершился: Илья Громов и Павел Белов получили, соответственно, 1 год 6 месяцев и 1 год "
            "5 месяцев.",
            {"Илья Громов": 18, "Павел Белов": 17},
        ),
        (
            "Игорь Зуев и Олег Белов получили 3 года и 2 года колонии соответственно.",
            {"Игорь Зуев": 36, "Олег Белов": 24},
        ),
    ],
)
def test_russian_a_list_of_whole_terms_pairs_with_the_names(run, text, expected):
    assert terms(run(text, "ru")) == expected


def test_russian_years_and_months_are_one_term(run):
    result = run("Суд приговорил Ивана Петрова к 2 годам и 6 месяцам колонии.", "ru")
    assert terms(result) == {"Иван Петров": 30}


def test_russian_a_part_of_the_term_is_no_second_term(run):
    result = run(
        "Суд приговорил Ивана Петрова к 5 годам колонии, и 2 года из них он проведёт в тюрьме.", "ru"
    )
    assert terms(result) == {"Иван Петров": 60}


def test_russian_talks_about_a_release_are_no_release(run):
    result = run(
        "Президент рассказал, что переговоры по освобождению 25 пленных, среди которых режиссёр Олег "
        "Сенцов, вышли на финишную прямую.",
        "ru",
    )
    assert not [e for e in result.events if e.type == "release"]


def test_belarusian_talks_about_a_release_are_no_release(run):
    result = run("Перамовы аб вызваленні 20 палітвязняў, сярод іх Марыя Калеснікава, працягваюцца.", "be")
    assert not [e for e in result.events if e.type == "release"]


# -- extradition is a removal abroad, not a release ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "person"),
    [
        ("В марте предпринимателя Олега Кравца экстрадировали в Германию.", "ru", "Олег Кравец"),
        ("Задержанный в Польше Павел Сорокин экстрадирован в Казахстан.", "ru", "Павел Сорокин"),
        ("Затрыманы ў Літве Павел Сарокін экстрадаваны ў Казахстан.", "be", "Павел Сарокін"),
    ],
)
def test_extradition_is_a_deportation_and_no_release(run, text, language, person):
    result = run(text, language)
    assert ("deportation", person) in events(result)
    assert not [e for e in result.events if e.type == "release"]


def test_russian_extradition_asked_for_is_nothing(run):
    result = run("Прокуратура просит экстрадировать Олега Кравца в Германию.", "ru")
    assert not result.events


# -- a life term served or received is a sentence with no months ------------------------------


@pytest.mark.parametrize(
    ("text", "language", "person"),
    [
        ("Бывший полицейский Андрей Зотов отбывает пожизненное заключение в Мордовии.", "ru", "Андрей Зотов"),
        ("Андрей Зотов получил пожизненное лишение свободы за тройное убийство.", "ru", "Андрей Зотов"),
        ("Былы міліцыянт Андрэй Зотаў адбывае пажыццёвае зняволенне ў Жодзіна.", "be", "Андрэй Зотаў"),
    ],
)
def test_a_life_term_is_a_sentence(run, text, language, person):
    result = run(text, language)
    assert ("sentence", person) in events(result)
    assert person not in terms(result)


def test_russian_a_life_term_threatened_is_nothing(run):
    result = run("Андрею Зотову грозит пожизненное заключение.", "ru")
    assert not result.events


# -- «признал его виновным»: the pronoun before a predicative is the convict -------------------


def test_russian_pronoun_before_guilty_is_the_convict_and_the_converb_keeps_the_term(run):
    result = run(
        "Бывший банкир Игорь Лаптев живёт в Лондоне. В мае суд заочно признал его виновным в "
        "растрате, приговорив к шести годам колонии.",
        "ru",
    )
    assert ("sentence", "Игорь Лаптев") in events(result)
    assert terms(result) == {"Игорь Лаптев": 72}


def test_russian_possessive_before_a_noun_stays_no_patient(run):
    result = run("Игорь Лаптев выступил в суде. Его помощника приговорили к году колонии.", "ru")
    assert ("sentence", "Игорь Лаптев") not in events(result)


def test_russian_guilty_after_a_long_description_of_the_convict(run):
    result = run(
        "Суд признал уроженца Тулы, бывшего тренера юношеской сборной по боксу Виктора Саенко "
        "виновным в мошенничестве.",
        "ru",
    )
    assert ("sentence", "Виктор Саенко") in events(result)


# -- «приговорил преступника»: a described object is the convict, not the victim beside it ------


def test_russian_described_convict_is_not_the_victim_in_the_dative(run):
    result = run(
        "Суд признал водителя Олега Мартынова виновным в гибели пешехода, 40-летнему инженеру "
        "Петру Лазареву, приговорил виновника к трём годам колонии-поселения.",
        "ru",
    )
    assert ("sentence", "Пётр Лазарев") not in events(result)
    assert terms(result) == {"Олег Мартынов": 36}


# -- a pronoun after an unnamed subject means that one, not a name told earlier -------------------


def test_russian_pronoun_after_an_unnamed_subject_is_no_named_person(run):
    result = run(
        "Об этом рассказал министр Кирилл Орлов. Один из угонщиков был задержан в Грузии, "
        "но через месяц его отпустили.",
        "ru",
    )
    assert not [e for e in result.events if e.persons]


def test_russian_pronoun_after_a_named_subject_still_follows_the_name(run):
    result = run("Журналист Кирилл Орлов был задержан в мае, но его отпустили через два дня.", "ru")
    assert {("arrest", "Кирилл Орлов"), ("release", "Кирилл Орлов")} <= events(result)


# -- «дела против X»: the accused after «против» is what the next pronoun refers to ----------------


def test_russian_pronoun_after_proceedings_against_a_name_is_the_accused(run):
    result = run(
        "Журналист Антон Белов писал о министре Сергее Крылове. Против Виктора Ушакова "
        "возбудили уголовное дело. В мае суд признал его виновным в растрате.",
        "ru",
    )
    assert ("sentence", "Виктор Ушаков") in events(result)
    assert ("sentence", "Сергей Крылов") not in events(result)


# -- a thing as the object is no person's arrest or release ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Суд арестовал имущество бизнесмена Ивана Грекова.",
        "Под Тверью задержан вор, похитивший картину Исаака Левитана из музея.",
        "Организаторы освободили для Анны Рябовой место в первом ряду.",
    ],
)
def test_russian_a_thing_taken_or_freed_is_no_event_of_the_person_beside_it(run, text):
    assert not [e for e in run(text, "ru").events if e.persons]


def test_russian_a_group_noun_object_still_gives_the_arrest(run):
    result = run("Полиция задержала группу активистов, среди них Ивана Грекова.", "ru")
    assert ("arrest", "Иван Греков") in events(result)


# -- a name inside a described convict's phrase is not the convict -----------------------------------


def test_russian_the_patient_of_a_clause_on_the_convict_is_not_convicted(run):
    result = run("Суд признал виновным водителя, сбившего Марину Котову, в её гибели.", "ru")
    assert ("sentence", "Марина Котова") not in events(result)


# -- «заключение о смерти» is a report, not a prison ----------------------------------------------------


def test_russian_a_report_on_a_death_is_no_death_in_custody(run):
    result = run("Опубликовано заключение о смерти Тимура Гасанова: он умер от ран.", "ru")
    assert not [e for e in result.events if e.type == "death"]


# -- a death sentence has no months, whatever years follow it --------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "person"),
    [
        (
            "Фарида Хан была приговорена в 2012 году к смертной казни и шесть лет ждала в камере.",
            "ru",
            "Фарида Хан",
        ),
        (
            "Фарыду Хан у 2012 годзе прысудзілі да смяротнага пакарання, і шэсць гадоў яна чакала ў камеры.",
            "be",
            None,
        ),
    ],
)
def test_years_after_a_death_sentence_are_no_term(run, text, language, person):
    result = run(text, language)
    assert [e for e in result.events if e.type == "sentence"]
    assert not terms(result)
    if person:
        assert ("sentence", person) in events(result)


def test_a_term_after_a_life_sentence_of_another_defendant_stays(run):
    result = run(
        "Суд приговорил Ивана Лосева к пожизненному лишению свободы, а Олега Сомова — к 12 годам колонии.",
        "ru",
    )
    assert terms(result) == {"Олег Сомов": 144}


# -- «скорее всего, после освобождения … придётся»: a release foreseen, not told -------------------


def test_russian_release_in_a_likely_future_is_nothing(run):
    result = run(
        "Фарида Хан остаётся под охраной. Скорее всего, после освобождения Фариде Хан придётся уехать.", "ru"
    )
    assert not [e for e in result.events if e.type == "release"]


# -- «до того как X вступила в должность, Y был … приговорён»: X only dates the clause ----------------


def test_russian_a_name_in_a_before_clause_is_not_the_convict(run):
    result = run(
        "За несколько недель до того как Н.Ковалёва вступила в должность, банкир Павел Рудин был "
        "обвинён в растрате и приговорён к тюремному сроку.",
        "ru",
    )
    assert ("sentence", "Павел Рудин") in events(result)
    assert not [name for kind, name in events(result) if "Ковал" in name]


# -- «в день его задержания»: an arrest or release told as the date of something else --------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Режиссёра Глеба Осипова отпустили под залог в день его задержания.",
            "ru",
            ("arrest", "Глеб Осипов"),
        ),
        (
            "Журналистка Инна Лукина вернулась к работе в день её освобождения.",
            "ru",
            ("release", "Инна Лукина"),
        ),
        ("Рэжысёра Глеба Восіпава адпусцілі ў дзень яго затрымання.", "be", ("arrest", "Глеб Восіпаў")),
    ],
)
def test_the_day_of_an_arrest_or_release_tells_it(run, text, language, expected):
    assert expected in events(run(text, language))


# -- «X заявил, что Y была освобождена»: the speaker is not freed ------------------------------------


def test_russian_the_speaker_of_a_reported_release_is_not_released(run):
    result = run(
        "Лидер оппозиционной партии Карим Наваз, выступая на митинге в Лахоре, заявил, что "
        "Фатима Бегум была освобождена по договорённости с Западом.",
        "ru",
    )
    assert ("release", "Фатима Бегум") in events(result)
    assert ("release", "Карим Наваз") not in events(result)


def test_russian_a_parenthetical_with_chto_keeps_the_subject(run):
    result = run("Карим Наваз, как сообщили в полиции, что удивило всех, был задержан.", "ru")
    assert ("arrest", "Карим Наваз") in events(result)
