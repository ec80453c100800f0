"""Belarusian extraction on sentences written for these tests (classical orthography and
taraškievica): detection, names in the nominative, events with their traps, counts, terms,
quotes."""

from __future__ import annotations

import pytest

from tests.test_extract_ru import counts, events, names, quotes, terms
from vigil.ingest.language import detect_language


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Суд асудзіў актывіста на тры гады калоніі.", "be"),
        ("Суд приговорил активиста к трём годам колонии.", "ru"),
        ("Зьміцер выйшаў на волю ў суботу.", "be"),
        ("Палітвязня вызвалілі пасля поўнага тэрміну.", "be"),
    ],
)
def test_short_texts_are_told_apart(text, language):
    assert detect_language(text) == language


def test_oblique_names_become_nominative(be):
    result = be("Суд асудзіў прадпрымальніка Віктара Мазурэнку на шэсць гадоў калоніі.")
    assert "Віктар Мазурэнка" in names(result)
    assert terms(result)["Віктар Мазурэнка"] == 72


def test_feminine_names_keep_their_gender(be):
    result = be("Марыю Калеснікаву памілавалі. Калеснікава выйшла на волю ў чацвер.")
    assert "Марыя Калеснікава" in names(result)
    assert "Калеснікаў" not in " ".join(names(result))
    assert ("release", "Марыя Калеснікава") in events(result)


def test_taraskievica_spelling(be):
    result = be("Зьміцер Сталярчук асуджаны на 8 гадоў калёніі. Ён быў затрыманы ў 2021 годзе.")
    assert {("sentence", "Зьміцер Сталярчук"), ("arrest", "Зьміцер Сталярчук")} <= events(result)


def test_group_count_with_members(be):
    result = be("У Гродне затрыманыя трое актывістаў — Сяргей Шымчык, Андрэй Лаўрыновіч і Ганна Кісель.")
    assert ("arrest", 3) in counts(result)
    assert {("arrest", "Сяргей Шымчык"), ("arrest", "Ганна Кісель")} <= events(result)


def test_terms_in_words_and_months(be):
    result = be("Алену Нікіфараву асудзілі на два гады і шэсць месяцаў калоніі.")
    assert terms(result)["Алена Нікіфарава"] == 30


def test_traps_are_not_events(be):
    result = be(
        "Праваабаронцы заклікаюць вызваліць Алеся Шыбута. "
        "Паводле чутак, Тацяну Лукшу могуць памілаваць. "
        "Ларыса Кот не была вызваленая."
    )
    assert events(result) == set()


def test_approximate_count_has_no_count(be):
    result = be("У Мінску затрымалі больш за 20 чалавек.")
    assert counts(result) == set()


def test_death_in_custody(be):
    result = be("Палітвязень Генадзь Жукоўскі памёр у калоніі ў Шклове.")
    assert ("death", "Генадзь Жукоўскі") in events(result)


def test_quote_with_dash_attribution(be):
    result = be(
        "Ганна Кісель выйшла на волю ў панядзелак.\n"
        "«Я не шкадую ні пра што, што рабіла», — сказала Кісель журналістам."
    )
    assert quotes(result) == {("Ганна Кісель", "Я не шкадую")}


# -- families of the linear (parser-free) reading --------------------------------------------


def test_contrastive_clause_keeps_its_person_out(be):
    """«Чацвёра … вызвалены, а X адмовіўся»: X opens a clause of his own."""
    result = be("Чацвёра з іх вызвалены ўчора, а 70-гадовы Мікола Лазоўскі застаўся ў калоніі.")
    assert ("release", 4) in counts(result)
    assert ("release", "Мікола Лазоўскі") not in events(result)


def test_a_also_list_still_joins(be):
    result = be("У Бабруйску затрыманы Яўген Сівец, а таксама ягоная суседка Вольга Гушча.")
    assert {("arrest", "Яўген Сівец"), ("arrest", "Вольга Гушча")} <= events(result)


def test_relatives_name_is_not_the_patient(be):
    result = be("У Пінску затрымалі брата Паўла Мацукевіча. Адвакат Алены Бурак паведаміла пра суд.")
    assert events(result) == set()


def test_collective_numeral_is_a_count_without_a_group_noun(be):
    result = be("Усіх чацвярых мантажнікаў затрымалі ў кастрычніку 2023 года ў Маладзечне.")
    assert ("arrest", 4) in counts(result)


def test_towns_in_the_genitive_are_not_persons(be):
    result = be("Суд Цэнтральнага раёна Гомеля асудзіў настаўніцу Ганну Лісоўскую на тры гады калоніі.")
    assert names(result) == {"Ганна Лісоўская"}
    assert terms(result) == {"Ганна Лісоўская": 36}


def test_title_in_its_own_quotes_is_not_a_person(be):
    result = be("Як піша «Наша Ніва», у Лідзе затрыманы Лявон Міхалевіч.")
    assert names(result) == {"Лявон Міхалевіч"}


def test_negation_after_the_participle(be):
    result = be("Чуткі не пацвердзіліся: Дзяніс Шэмет вызвалены не быў і застаецца ў Глыбокім.")
    assert events(result) == set()


def test_death_where_the_colony_is_named_before(be):
    result = be(
        "Гэта ўжо трэцяя смерць у Ваўкавыскай калоніі: у лютым там памёр рабочы Ігар Лясун, "
        "асуджаны за каментар у чаце."
    )
    assert {("death", "Ігар Лясун"), ("sentence", "Ігар Лясун")} <= events(result)


def test_death_after_release_from_a_colony_is_not_in_custody(be):
    result = be("Былы палітвязень Юрый Кавалёнак памёр дома праз тыдзень пасля выхаду з калоніі.")
    assert ("death", "Юрый Кавалёнак") not in events(result)


def test_served_term_stated_is_a_sentence(be):
    result = be("Анатоль Гусеў выйшаў на волю, цалкам адбыўшы пакаранне — тры гады калоніі.")
    assert ("release", "Анатоль Гусеў") in events(result)
    assert terms(result) == {"Анатоль Гусеў": 36}


def test_punished_with_a_term_in_the_instrumental(be):
    result = be("Суд завочна пакараў журналіста Аляксандра Іванюка 9 гадамі пазбаўлення волі.")
    assert terms(result) == {"Аляксандр Іванюк": 108}


def test_event_stated_as_a_past_fact_in_a_noun(be):
    result = be(
        "Пасля вызвалення Рыгор Цішкевіч з'ехаў у Вільню. "
        "З моманту арышту ў 2021 годзе Вольга Пракаповіч не бачыла дзяцей."
    )
    assert {("release", "Рыгор Цішкевіч"), ("arrest", "Вольга Пракаповіч")} <= events(result)


def test_demanded_release_noun_is_no_release(be):
    result = be("Калегі патрабуюць вызвалення Сымона Рабчэні.")
    assert events(result) == set()


def test_agent_before_an_active_verb(be):
    result = be("Лукашэнка памілаваў 14 палітвязняў, у тым ліку Тараса Бабіча.")
    assert ("release", 14) in counts(result)
    assert ("release", "Лукашэнка") not in events(result)


def test_same_term_as_the_previous_sentence(be):
    result = be(
        "Кацярына Бандарэнка асуджаная на пяць гадоў калоніі. "
        "Такое ж пакаранне суд прызначыў ейнаму мужу Уладзіміру Бандарэнку."
    )
    assert terms(result) == {"Кацярына Бандарэнка": 60, "Уладзімір Бандарэнка": 60}


def test_message_passed_through_a_lawyer_is_a_quote(be):
    result = be(
        "Наталля Гершанок асуджаная на тры гады.\n"
        '"Не хвалюйцеся за мяне, я трымаюся", — перадала Наталля праз адваката.'
    )
    assert quotes(result) == {("Наталля Гершанок", "Не хвалюйцеся за")}


# -- first-person events in interviews and quotes ---------------------------------------------


def test_first_person_events_in_interview_answers(be):
    result = be(
        "Былы палітвязень Сымон Грыцук расказаў «Зерцалу» пра калонію.\n\n"
        "— Як вас затрымалі?\n\n"
        "— Мяне затрымалі ў лістападзе 2020 года проста на працы. Праз паўгода мне далі чатыры гады.\n\n"
        "— А як вызвалілі?\n\n"
        "— Мяне вызвалілі па памілаванні і ў той жа дзень вывезлі ў Літву."
    )
    assert {
        ("arrest", "Сымон Грыцук"),
        ("sentence", "Сымон Грыцук"),
        ("release", "Сымон Грыцук"),
        ("deportation", "Сымон Грыцук"),
    } <= events(result)
    assert terms(result) == {"Сымон Грыцук": 48}


def test_first_person_traps_in_a_quote(be):
    result = be(
        "Журналістка Яна Хвір баіцца вяртацца.\n"
        "«Мяне могуць затрымаць на мяжы. Мяне ўжо не затрымалі аднойчы толькі выпадкова», — сказала Хвір."
    )
    assert events(result) == set()


def test_upheld_verdict_with_its_term(be):
    result = be("Вярхоўны суд пакінуў у сіле прысуд журналісту Андрэю Лапуку — шэсць гадоў калоніі.")
    assert terms(result) == {"Андрэй Лапук": 72}


def test_ambiguous_first_name_form_takes_the_role_nouns_gender(be):
    """«Валянціну» is Валянціна's accusative or Валянцін's dative; «пенсіянерку» decides."""
    result = be(
        "Суд асудзіў пенсіянерку Валянціну Барэйшу на два гады хатняй хіміі. "
        "Затрымалі мастачку Аляксандру Жук."
    )
    assert {"Валянціна Барэйша", "Аляксандра Жук"} <= names(result)


def test_part_of_a_counted_group(be):
    result = be("У жніўні памілавалі 25 чалавек, з іх 9 вывезлі ў Літву.")
    assert {("release", 25), ("deportation", 9)} <= counts(result)


def test_friend_of_a_prisoner_named_after_him(be):
    result = be("Суд таксама вынес прысуд сябру Бабарыкі Эдуарду Лапцевічу — тры гады хатняй хіміі.")
    assert events(result) == {("sentence", "Эдуард Лапцевіч")}


def test_evading_the_sentence_is_no_release_and_found_guilty_is_a_conviction(be):
    result = be(
        "Суд Шклоўскага раёна прызнаў Яўгена Афнагеля вінаватым ва ўхіленні ад адбыцця пакарання. "
        "Яго паплечнік Павел Юхневіч прызнаў сябе вінаватым."
    )
    assert events(result) == {("sentence", "Яўген Афнагель")}


def test_arrest_of_someone_else_in_the_noun(be):
    result = be("Пасля арышту мужа Аксана Зайцава з'ехала ў Вільню.")
    assert events(result) == set()


def test_dash_clause_without_a_term_repeats_nothing(be):
    result = be("Суд асудзіў Тараса Белава на пяць гадоў, Іна Белава — сведка па справе.")
    assert ("sentence", "Іна Белава") not in events(result)


def test_first_names_with_a_changed_stem(be):
    result = be("У Полацку затрымалі Паўла Сядова і Вольгу Пятровіч. Пятра Маркевіча асудзілі на год.")
    assert {"Павел Сядоў", "Вольга Пятровіч", "Пётр Маркевіч"} <= names(result)


def test_conditional_particle_after_the_verb(be):
    result = be("Ігара Ільяша затрымалі б, калі б ён вярнуўся. Кажуць, што Сямён Лукін памёр у калоніі.")
    assert events(result) == set()


def test_hyphenated_surname_is_a_person(be):
    result = be("Паліна Шарэнда-Панасюк выйшла на волю ў студзені.")
    assert events(result) == {("release", "Паліна Шарэнда-Панасюк")}
