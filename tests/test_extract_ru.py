"""Russian extraction on sentences written for these tests: persons in the nominative,
events with their traps, counts, terms and quotes."""

from __future__ import annotations

import pytest

from vigil.ingest.documents import make_document
from vigil.model import Extraction


@pytest.fixture(scope="module")
def ru(extractor):
    def run(text: str) -> Extraction:
        return extractor.extract(make_document(text, source="ru.txt", language="ru"))

    return run


def names(result: Extraction) -> set[str]:
    return {p.name for p in result.persons}


def events(result: Extraction) -> set[tuple[str, str]]:
    by_id = {p.id: p.name for p in result.persons}
    return {(e.type, by_id[pid]) for e in result.events for pid in e.persons}


def counts(result: Extraction) -> set[tuple[str, int]]:
    return {(e.type, e.count) for e in result.events if e.count is not None}


def terms(result: Extraction) -> dict[str, int]:
    by_id = {p.id: p.name for p in result.persons}
    return {by_id[pid]: e.term_months for e in result.events if e.term_months for pid in e.persons}


def quotes(result: Extraction) -> set[tuple[str, str]]:
    by_id = {p.id: p.name for p in result.persons}
    return {(by_id[q.speaker], " ".join(q.text.split()[:3])) for q in result.quotes}


# -- persons -------------------------------------------------------------------------------


def test_inflected_names_become_one_person_in_the_nominative(ru):
    result = ru(
        "Суд в Минске продлил арест Марии Колесниковой. Адвокат Колесниковой Олег Пинчук "
        "сообщил, что встретился с ней в СИЗО."
    )
    assert "Мария Колесникова" in names(result)
    assert "Колесников" not in names(result)
    kolesnikova = next(p for p in result.persons if p.name == "Мария Колесникова")
    assert len(kolesnikova.mentions) == 2


def test_indeclinable_surname_stays_as_written(ru):
    result = ru("Журналистку Ирину Дорошенко задержали в Бресте. Дорошенко отказалась от показаний.")
    assert "Ирина Дорошенко" in names(result)
    assert ("arrest", "Ирина Дорошенко") in events(result)


# -- events ----------------------------------------------------------------------------------


def test_sentence_with_term_in_number_words(ru):
    result = ru(
        "Гомельский областной суд приговорил блогера Артёма Лещинского к восьми с половиной годам колонии."
    )
    assert ("sentence", "Артём Лещинский") in events(result)
    assert terms(result)["Артём Лещинский"] == 102


def test_years_and_months(ru):
    result = ru("Пенсионерку Галину Жук осудили на 2 года и 6 месяцев ограничения свободы.")
    assert terms(result)["Галина Жук"] == 30


def test_group_release_with_count_and_members(ru):
    result = ru(
        "В пятницу власти освободили двадцать семь политзаключённых. "
        "Среди освобождённых — активистка Дарья Мельник и рабочий Павел Гуща."
    )
    assert ("release", 27) in counts(result)
    assert {("release", "Дарья Мельник"), ("release", "Павел Гуща")} <= events(result)


def test_traps_are_not_events(ru):
    result = ru(
        "Правозащитники потребовали освободить Андрея Бойко. "
        "Ему грозит до шести лет лишения свободы. "
        "Прокурор запросил для Бойко пять лет колонии. "
        "По слухам, Бойко может быть помилован. "
        "Его коллега Виктор Саленко не был освобождён."
    )
    assert events(result) == set()


def test_approximate_counts_carry_no_count(ru):
    result = ru("В Гродно задержали более 30 человек.")
    assert counts(result) == set()


def test_death_in_custody_but_not_after_release(ru):
    result = ru(
        "Политзаключённый Николай Ветров умер в колонии. "
        "Бывший заключённый Степан Ломов скончался дома через месяц после освобождения."
    )
    assert ("death", "Николай Ветров") in events(result)
    assert ("death", "Степан Ломов") not in events(result)


def test_pronoun_patient(ru):
    result = ru("Ольгу Савчук задержали утром. Через три дня её поместили в СИЗО.")
    assert ("arrest", "Ольга Савчук") in events(result)


# -- quotes ----------------------------------------------------------------------------------


def test_dash_attribution_and_split_quote_are_one_quote(ru):
    result = ru(
        "Елена Горбач вышла на свободу в среду.\n"
        "«Я очень долго ждала этого дня, — сказала Горбач. — Спасибо всем, кто писал письма»."
    )
    assert quotes(result) == {("Елена Горбач", "Я очень долго")}


def test_scare_quotes_are_not_quotes(ru):
    result = ru("Игоря Лося осудили за «участие в экстремистском формировании».")
    assert quotes(result) == set()


def test_one_event_per_fact_in_a_sentence(ru):
    result = ru("Игоря Лосика освободили и вывезли в Литву.")
    kinds = sorted(e.type for e in result.events)
    assert kinds == ["deportation", "release"]


def test_group_with_named_member_in_tom_chisle(ru):
    result = ru("Лукашенко помиловал 16 политзаключённых, в том числе журналистку Ирину Славникову.")
    assert ("release", 16) in counts(result)
    assert ("release", "Ирина Славникова") in events(result)
    assert ("release", "Лукашенко") not in events(result)


def test_prosecutor_request_and_threat_are_not_sentences(ru):
    result = ru("Прокурор запросил для Дмитрия Кулакова шесть лет колонии. Ему грозит до 8 лет.")
    assert events(result) == set()


def test_release_with_the_subject_after_the_verb(ru):
    """Russian puts the new information last: «на свободу вышли X и Y» is a release of both."""
    result = ru("Вчера на свободу вышли журналист Олег Сидоренко и активистка Дарья Полякова.")
    assert events(result) == {("release", "Олег Сидоренко"), ("release", "Дарья Полякова")}
    assert not ru("На свободу Олег Сидоренко так и не вышел.").events


def test_unknown_masculine_surname_declines_like_a_noun_stem(ru):
    """«Владимира Гуляка» is Владимир Гуляк, not the dictionary noun «гуляка»; one person across cases."""
    result = ru("В Молодечно задержали Владимира Гуляка. С Владимиром Гуляком встретился адвокат.")
    assert names(result) == {"Владимир Гуляк"}


# -- oblique surnames ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Адвокат передал письмо Тарасу Мельничуку в СИЗО.", "Тарас Мельничук"),
        ("Суд отказал в отсрочке Геннадию Шапелю.", "Геннадий Шапель"),
        ("Следователь встретился с Антоном Гайдаем в изоляторе.", "Антон Гайдай"),
        ("С Виталием Кравцевичем связи нет уже месяц.", "Виталий Кравцевич"),
        ("Журналисты взяли интервью у Сергея Шойгу.", "Сергей Шойгу"),
        ("Передачу Ренату Лысенко не приняли.", "Ренат Лысенко"),
    ],
)
def test_dative_and_instrumental_surnames_are_nominative(ru, text, name):
    assert name in names(ru(text))


def test_unknown_first_name_takes_the_surname_gender(ru):
    """A first name the dictionary does not know («Гюнай») gets its gender from «-овой»."""
    result = ru("Суд продлил арест Гюнай Велиевой ещё на три месяца.")
    assert "Гюнай Велиева" in names(result)


@pytest.mark.parametrize(
    "text",
    [
        "Верховный суд оправдал христианку Асию Биби и отменил приговор.",
        "Дело Асии Биби рассмотрят в Верховном суде.",
    ],
)
def test_a_womans_name_in_ija_is_nominative_even_when_the_dictionary_knows_a_mans(ru, text):
    """The dictionary knows only a man's «Асий»; «Асию» as an accusative, «Асии» as a
    genitive are forms no man's -ий name has, so the woman is «Асия»."""
    assert "Асия Биби" in names(ru(text))


def test_a_mans_name_in_ij_keeps_its_dative(ru):
    assert "Аркадий Иванов" in names(ru("Письмо Аркадию Иванову передали в СИЗО."))


def test_capitalised_common_word_inside_a_sentence_is_a_first_name(ru):
    result = ru("В Симферополе задержан Эдем Бариев, сообщили адвокаты.")
    assert "Эдем Бариев" in names(result)


# -- gapping: «X получил 9 лет, Y — 8» ---------------------------------------------------------


def test_gapped_terms_go_to_their_own_person(ru):
    result = ru(
        "Суд в Могилёве вынес приговор по делу о «перекрытии дорог»: Зинаида Лукьянчик "
        "получила четыре года колонии, её сосед Пётр Гомон — три года и три месяца, "
        "бывший учитель Степан Карась — полтора года."
    )
    assert terms(result) == {"Зинаида Лукьянчик": 48, "Пётр Гомон": 39, "Степан Карась": 18}


def test_gapped_clause_repeats_an_arrest(ru):
    result = ru("Блогера Остапа Дубовика задержали в Гродно, его двоюродного брата Луку Дубовика — в Лиде.")
    assert {("arrest", "Остап Дубовик"), ("arrest", "Лука Дубовик")} <= events(result)


def test_gapped_request_is_still_not_a_sentence(ru):
    result = ru("Обвинение попросило для Кирилла Жданова семь лет, для Льва Бурцева — пять лет.")
    assert events(result) == set()


def test_object_case_is_not_the_parsers_subject(ru):
    """«Марата Исмаилова суд приговорил …, Тимур Юнусов получил 14 лет»: the accusative
    name is sentenced without a term; the term is Юнусов's."""
    result = ru(
        "Марата Исмаилова суд приговорил к пожизненному заключению, Тимур Юнусов получил 14 лет "
        "колонии строгого режима."
    )
    assert ("sentence", "Марат Исмаилов") in events(result)
    assert terms(result) == {"Тимур Юнусов": 168}


def test_relatives_name_is_not_the_patient(ru):
    result = ru("Младший брат Рустема Асанова в 2020 году был приговорён к 11 годам колонии.")
    assert events(result) == set()


def test_negation_after_the_participle(ru):
    result = ru("Однако Никита Зайцев освобождён не был и остаётся в колонии в Новополоцке.")
    assert events(result) == set()


def test_death_after_release_from_a_colony_is_not_in_custody(ru):
    result = ru("Анатолий Рыбкин скончался через две недели после выхода из колонии.")
    assert ("death", "Анатолий Рыбкин") not in events(result)


def test_death_in_a_numbered_colony(ru):
    result = ru("В ИК-3 в Витебске умер политзаключённый Вадим Хасанов.")
    assert ("death", "Вадим Хасанов") in events(result)


# -- presupposed events: «после освобождения», «с момента ареста» ----------------------------


def test_event_stated_as_a_past_fact_in_a_noun(ru):
    result = ru(
        "Политзаключённый Тимофей Гринёв скончался дома спустя неделю после освобождения. "
        "С момента ареста в 2022 году Нина Бахарева ни разу не виделась с детьми."
    )
    assert {("release", "Тимофей Гринёв"), ("arrest", "Нина Бахарева")} <= events(result)
    assert ("death", "Тимофей Гринёв") not in events(result)


def test_planned_life_after_release_is_no_release(ru):
    result = ru("После освобождения Вероника Зуева планирует уехать к сестре в Варшаву.")
    assert events(result) == set()


def test_demanded_release_noun_is_no_release(ru):
    result = ru("Коллеги требуют освобождения Семёна Рябова и проводят пикеты.")
    assert events(result) == set()


# -- attribution and reference ---------------------------------------------------------------


def test_bare_surname_missed_by_ner_still_speaks(ru):
    result = ru(
        "Бывший учитель Евгений Кравченко приговорён к шести годам колонии. В последнем слове "
        'Кравченко сказал: "Мне не за что просить прощения у этого суда".'
    )
    assert quotes(result) == {("Евгений Кравченко", "Мне не за")}


def test_quoted_organisation_inside_the_attribution(ru):
    result = ru(
        '"Давление на адвокатов только растёт, и это видно по каждому делу", — заявила '
        'юрист "Правовой инициативы" Зоя Климович.'
    )
    assert quotes(result) == {("Зоя Климович", "Давление на адвокатов")}


def test_speaker_is_the_lawyer_not_the_client(ru):
    result = ru(
        'Суд приговорил Анну Северинец к трём годам. "Мы подадим жалобу, — сказала защитник '
        'Северинец Людмила Кучер. — Приговор незаконен".'
    )
    assert quotes(result) == {("Людмила Кучер", "Мы подадим жалобу,")}


def test_decree_author_is_not_the_pardoned(ru):
    result = ru("В 2021 году по указу Токаева был помилован журналист Марат Есенов.")
    assert events(result) == {("release", "Марат Есенов")}


def test_pronoun_skips_a_name_after_a_preposition(ru):
    """«… за пост о Путине. … он умер в СИЗО»: «он» is the prisoner, not the man written about."""
    result = ru(
        "Вспоминаю Григория Лаптева. Он получил два года за пост о Путине. "
        "Зимой у него отказали почки, и он умер в СИЗО."
    )
    assert ("death", "Григорий Лаптев") in events(result)
    assert ("death", "Путин") not in events(result)


def test_same_term_as_the_previous_sentence(ru):
    result = ru(
        "Зоя Мартыненко получила четыре года колонии. Такой же срок суд назначил её мужу Илье Мартыненко."
    )
    assert terms(result) == {"Зоя Мартыненко": 48, "Илья Мартыненко": 48}


# -- counts the parse misses ------------------------------------------------------------------


def test_fronted_object_of_an_impersonal_verb_is_counted(ru):
    result = ru("Одиннадцать человек вывезли на границу с Польшей и оставили там.")
    assert ("deportation", 11) in counts(result)


def test_count_on_the_noun_a_participle_describes(ru):
    result = ru("Девять политзаключённых, освобождённых накануне по указу, прилетели в Вильнюс.")
    assert ("release", 9) in counts(result)


def test_group_described_inside_a_pardon_noun_is_no_sentence_count(ru):
    result = ru("Президент подписал указ о помиловании 23 человек, осуждённых за участие в протестах.")
    assert ("sentence", 23) not in counts(result)


def test_collective_numeral_subject_of_a_passive(ru):
    result = ru(
        "Восемь активистов из Гродно помиловали в пятницу. По словам родственников, все восьмеро "
        "были вывезены в Литву."
    )
    assert ("deportation", 8) in counts(result)


def test_pronoun_in_a_counted_group_with_a_broken_parse(ru):
    result = ru(
        "Журналистка Алла Мельникова провела в заключении три года. В январе её в числе 31 "
        "политзаключённого помиловали и освободили."
    )
    assert ("release", "Алла Мельникова") in events(result)
    assert ("release", 31) in counts(result)


def test_not_among_the_pardoned(ru):
    result = ru(
        "Помилованы 17 человек. Среди помилованных не оказалось Виталия Жука, которого в 2023 году "
        "приговорили к девяти годам колонии."
    )
    assert ("release", "Виталий Жук") not in events(result)
    assert terms(result) == {"Виталий Жук": 108}


def test_first_person_events_in_a_quote(ru):
    result = ru(
        "Эльвира Гасанова вышла на свободу в понедельник.\n"
        "«Меня задержали прямо в редакции, а через год осудили на три года», — рассказала Гасанова."
    )
    assert {("arrest", "Эльвира Гасанова"), ("sentence", "Эльвира Гасанова")} <= events(result)


def test_first_person_fears_are_not_events(ru):
    result = ru(
        "Журналистка Эльвира Гасанова боится возвращаться.\n"
        "«Меня могут задержать прямо в аэропорту. Меня не арестовали в прошлый раз только случайно», "
        "— сказала Гасанова."
    )
    assert events(result) == set()


# -- verdict nouns, decimals, and requests after the verdict ----------------------------------


def test_upheld_verdict_with_its_term(ru):
    result = ru("Верховный суд оставил в силе приговор активисту Глебу Сорокину — шесть лет колонии.")
    assert terms(result) == {"Глеб Сорокин": 72}


def test_decimal_term(ru):
    result = ru("В 2023 году на 3,5 года была осуждена медсестра Ксения Белова.")
    assert terms(result) == {"Ксения Белова": 42}


def test_future_verdict_and_request_carry_no_term(ru):
    result = ru(
        "Приговор Фёдору Лыкову огласят в пятницу, обвинение просит девять лет. "
        "Осуждённый Роман Кисель получил три года, хотя прокурор требовал пять лет."
    )
    assert ("sentence", "Фёдор Лыков") not in events(result)
    assert terms(result) == {"Роман Кисель": 36}


def test_part_of_a_counted_group(ru):
    result = ru("В августе помиловали 25 человек, шестерых из них вывезли в Литву.")
    assert {("release", 25), ("deportation", 6)} <= counts(result)


def test_participle_right_after_the_subject(ru):
    result = ru(
        "Поэт Артём Камардин, приговорённый в 2023 году к семи годам колонии, вышел на свободу "
        "по обмену и уехал в Германию."
    )
    assert ("sentence", "Артём Камардин") in events(result)
    assert terms(result) == {"Артём Камардин": 84}


def test_found_guilty_is_a_conviction_but_a_guilty_plea_is_not(ru):
    result = ru(
        "Суд признал Лилию Чанышеву виновной в создании экстремистского сообщества. "
        "Её бывший коллега Олег Ханин признал себя виновным."
    )
    assert events(result) == {("sentence", "Лилия Чанышева")}


def test_second_surname_in_brackets_is_the_same_person(ru):
    result = ru(
        "Журналистку Марию Рабкову (Шершневу) перевели в другую колонию. "
        "Рабкова (Шершнева) приговорена к шести годам."
    )
    assert names(result) == {"Мария Рабкова"}
    assert terms(result) == {"Мария Рабкова": 72}


# -- precision traps of the new families ------------------------------------------------------


def test_dash_clause_without_a_term_or_with_a_negation_repeats_nothing(ru):
    result = ru(
        "Суд приговорил Тараса Белова к пяти годам, Инна Белова — свидетель по делу. "
        "Геннадия Сурова задержали, Веру Сурову — нет."
    )
    assert ("sentence", "Тарас Белов") in events(result)
    assert not {("sentence", "Инна Белова"), ("arrest", "Вера Сурова")} & events(result)


def test_husband_and_wife_with_one_initial_are_two_people(ru):
    result = ru("Задержаны Валентин Кравец и его жена Валентина Кравец.")
    assert {"Валентин Кравец", "Валентина Кравец"} <= names(result)


def test_arrest_of_someone_else_in_the_noun(ru):
    result = ru("После ареста мужа Оксана Зайцева уехала в Вильнюс.")
    assert events(result) == set()


def test_hearsay_and_hyphenated_surname(ru):
    result = ru("Говорят, что Олег Груздев умер в колонии. Дарья Лосик-Шевчук не была освобождена.")
    assert events(result) == set()
    assert "Дарья Лосик-Шевчук" in names(result)
