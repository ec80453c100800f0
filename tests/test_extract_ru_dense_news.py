"""Russian families of long, dense news (session 17): a client's surname joined to the
speaker's own name, quoted fragments of reported speech, the gender a verb gives a foreign
name, a conjoined verb with an unnamed object of its own, capitals of Central Asia and the
Caucasus as abroad, and a relative clause's event on the group its antecedent counts.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_extract_ru import counts, events, names, quotes, terms


@pytest.mark.parametrize(
    ("text", "speaker", "client"),
    [
        (
            "Блогер Нуржан Оспанали арестован на два месяца. Защитник Оспанали Ерлан Мукашев уверен, что "
            "дело развалится. «Обвинение построено на одном доносе», — сказал он.",
            "Ерлан Мукашев",
            "Нуржан Оспанали",
        ),
        (
            "Звиад Джапаридзе получил три года. Сестра Звиада Джапаридзе Тамрико Лордкипанидзе пришла к "
            "суду. «Мы будем ходить сюда каждую неделю», — сказала она.",
            "Тамрико Лордкипанидзе",
            "Звиад Джапаридзе",
        ),
    ],
)
def test_a_client_named_before_is_cut_from_the_speakers_own_name(run, text, speaker, client):
    result = run(text, "ru")
    assert speaker in names(result)
    assert {s for s, _ in quotes(result)} == {speaker}
    assert all(client.split()[-1] not in s for s, _ in quotes(result))


@pytest.mark.parametrize(
    "text",
    [
        "Пресс-секретарь суда Алия Нурмаганбетова заявила, что «мера пресечения избрана законно».",
        "Следователь Дмитрий Карпенко сообщил, что «все процессуальные сроки соблюдены».",
        "По словам Кирилла Лаптева, в группе остались трое, «и никто из них не хочет уезжать».",
        "По её словам, Анна Шевчук давно не получала писем, «ни одного за полгода».",
    ],
)
def test_words_in_marks_inside_reported_speech_are_no_quote(run, text):
    assert not quotes(run(text, "ru"))


def test_according_to_a_name_right_before_the_marks_still_quotes(run):
    result = run("По словам Кирилла Лаптева, «нас пытаются запугать, но мы останемся».", "ru")
    assert quotes(result) == {("Кирилл Лаптев", "нас пытаются запугать,")}


def test_a_verb_gives_its_gender_to_a_foreign_name_a_few_words_before_it(run):
    result = run(
        "Соседка Гульмиры Сарсенбаевой рассказала, что обыск шёл шесть часов. Представитель МВД Жулдыз "
        "Толеген на пресс-конференции сообщила, что претензий нет. «Проверка проведена по закону, — "
        "сказала она. — Больше нам добавить нечего».",
        "ru",
    )
    assert quotes(result) == {("Жулдыз Толеген", "Проверка проведена по")}


@pytest.mark.parametrize(
    "text",
    [
        "Полиция задержала двух студентов. Одного из них, 21-летнего Глеба Кравца, суд арестовал на "
        "семь суток, другого отпустили после составления протокола.",
        "Сотрудники ФСБ задержали Аркадия Лемешева, а его сына отпустили вечером.",
    ],
)
def test_a_conjoined_verb_with_an_unnamed_object_of_its_own_frees_no_named_person(run, text):
    result = run(text, "ru")
    assert not [e for e in events(result) if e[0] == "release"]
    assert [e for e in events(result) if e[0] == "arrest"]


def test_conjoined_verbs_without_an_object_of_their_own_still_share_the_name(run):
    result = run("Аркадия Лемешева задержали и доставили в изолятор временного содержания.", "ru")
    assert ("arrest", "Аркадий Лемешев") in events(result)


@pytest.mark.parametrize(
    "text",
    [
        "Его брат Бахром Юлдашев был задержан в Москве и через месяц принудительно вывезен в Ташкент.",
        "Активиста Нурбека Абдыкадырова задержали в Новосибирске и вывезли в Бишкек.",
    ],
)
def test_a_capital_of_central_asia_is_abroad_and_a_rendition_frees_no_one(run, text):
    kinds = {kind for kind, _ in events(run(text, "ru"))}
    assert kinds == {"arrest", "deportation"}


def test_a_relative_clause_event_befalls_the_group_its_antecedent_counts(run):
    result = run(
        "Весной Лукашенко помиловал 23 политзаключённых, которых в тот же вечер вывезли на границу с "
        "Литвой. Среди них была и Алеся Гурина.",
        "ru",
    )
    assert ("deportation", 23) in counts(result)
    assert ("release", 23) in counts(result)
    assert ("deportation", "Алеся Гурина") in events(result)


def test_a_relative_clause_about_a_group_in_the_future_is_no_event(run):
    result = run("Лукашенко помиловал 23 политзаключённых, которых могут вывезти в Литву.", "ru")
    assert ("deportation", 23) not in counts(result)


def test_a_deportation_followed_by_an_arrest_on_arrival_frees_no_one(run):
    result = run(
        "Власти России депортировали в Киргизию активиста Урмата Асанбаева. По прибытии в аэропорт "
        "Бишкека он был взят под стражу.",
        "ru",
    )
    assert {kind for kind, _ in events(result)} == {"deportation", "arrest"}


def test_an_expelled_prisoner_met_at_the_border_is_still_freed(run):
    result = run("Политзаключённую Ольгу Рябцеву вывезли в Литву. Её встретили друзья.", "ru")
    assert ("release", "Ольга Рябцева") in events(result)


def test_the_term_served_in_full_before_walking_free_is_a_sentence(run):
    result = run("В пятницу после полного отбытия семилетнего срока вышел на свободу Эмиль Зиядинов.", "ru")
    assert ("sentence", "Эмиль Зиядинов") in events(result)
    assert terms(result)["Эмиль Зиядинов"] == 84


def test_a_term_served_without_its_length_is_no_sentence(run):
    result = run("После отбытия срока вышел на свободу Эмиль Зиядинов.", "ru")
    assert ("sentence", "Эмиль Зиядинов") not in events(result)


@pytest.mark.parametrize(
    "text",
    [
        "До приговора Инна Веретенникова полгода провела под домашним арестом.",
        "После приговора Глеб Ордынцев ещё два года ждал этапа в СИЗО.",
    ],
)
def test_a_verdict_noun_in_a_phrase_of_time_gives_no_term(run, text):
    assert not terms(run(text, "ru"))


def test_a_term_changed_on_appeal_is_the_term_of_the_person_sentenced_just_before(run):
    result = run(
        "В мае Тимура Гайсина приговорили к шести годам колонии, в сентябре областной суд сократил "
        "срок до пяти лет.",
        "ru",
    )
    by_term = {(e.term_months, tuple(e.persons)) for e in result.events if e.type == "sentence"}
    assert {term for term, _ in by_term} == {72, 60}


def test_a_term_change_with_no_sentence_told_before_names_no_one(run):
    result = run("Вчера Тимур Гайсин вышел из больницы. Областной суд сократил срок до пяти лет.", "ru")
    assert ("sentence", "Тимур Гайсин") not in events(result)


def test_one_more_year_added_without_a_numeral_is_twelve_months(run):
    result = run("Зиновию Крутову добавили ещё год колонии за неповиновение администрации.", "ru")
    assert terms(result) == {"Зиновий Крутов": 12}


def test_a_year_ago_is_no_term(run):
    result = run("Ещё год назад Зиновий Крутов получил четыре года.", "ru")
    assert terms(result) == {"Зиновий Крутов": 48}


def test_a_term_before_its_verb_is_not_taken_from_the_contrasted_clause_after(run):
    result = run(
        "К семи годам был приговорён редактор газеты Фуад Гасанлы, а его коллега Эмин Рустамов — к пяти.",
        "ru",
    )
    assert terms(result)["Фуад Гасанлы"] == 84


@pytest.mark.parametrize(
    "text",
    [
        "Блогера Рустама Норматова выслали из России в Таджикистан.",
        "Активиста Бахтиёра Нуриддинова вывезли в Душанбе самолётом.",
    ],
)
def test_a_removal_to_a_state_that_wants_them_back_frees_no_one(run, text):
    kinds = {kind for kind, _ in events(run(text, "ru"))}
    assert kinds == {"deportation"}


def test_guilty_of_an_administrative_offence_is_no_sentence(run):
    result = run(
        "В Казани на 12 суток арестовали активиста Рината Сабирова. Суд признал его виновным в "
        "неповиновении полиции.",
        "ru",
    )
    assert events(result) == {("arrest", "Ринат Сабиров")}


def test_guilty_in_a_criminal_case_is_still_a_sentence(run):
    result = run("Суд признал Рината Сабирова виновным в призывах к экстремизму.", "ru")
    assert ("sentence", "Ринат Сабиров") in events(result)
