"""Russian quote and event precision families: words in marks that nobody named speaks (an
unnamed source, a title after a naming word, a fragment inside reported speech, a question put
to someone), speakers named by another noun of the same office, and an agent after a relative
clause's object. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_extract_ru import events, quotes


@pytest.mark.parametrize(
    "text",
    [
        "Марк Ветлугин находится в СИЗО; собеседник «Новой газеты», знакомый с ходом следствия, "
        "утверждает, что «Ветлугин подписал всё, что ему дали».",
        "Адвокат Марат Гиреев рассказал о деле. Соседка семьи, попросившая не называть её имени, "
        "рассказала: «Они вошли в квартиру в шесть утра и всех уложили на пол».",
        "«Она почти не встаёт и очень похудела», — сказал Азаттыку источник, близкий к семье Анны Ерёминой.",
        "«Отпустили его через сутки», — сказала Ольга Гурина. Источник в полиции добавил: «Задержание "
        "проведено по закону».",
    ],
)
def test_an_unnamed_source_gives_no_quote_to_a_named_person(run, text):
    result = run(text, "ru")
    assert not [q for q in quotes(result) if q[1].startswith(("Ветлугин", "Они", "Она", "Задержание"))]


@pytest.mark.parametrize(
    "text",
    [
        "Ольга Сизова написала: «Я никуда не уеду, это мой дом». Её блог назывался «Дом, в который "
        "не возвращаются».",
        "Ольга Сизова вышла на пикет с плакатом «Руки прочь от моего сына». «Я буду стоять здесь "
        "каждый день», — сказала она.",
    ],
)
def test_words_after_a_naming_word_are_a_title_not_a_quote(run, text):
    assert not [q for q in quotes(run(text, "ru")) if q[1].startswith(("Дом,", "Руки"))]


def test_a_fragment_inside_reported_speech_is_not_a_new_quote(run):
    result = run(
        "«Мы будем работать дальше», — сказал Пётр Орлов. Он добавил, что вернётся в редакцию, "
        "«как только это станет возможным».",
        "ru",
    )
    assert quotes(result) == {("Пётр Орлов", "Мы будем работать")}


def test_the_person_a_question_is_put_to_does_not_speak_it(run):
    result = run("Игоря Лаптева задержали в мае. Судья спросил его: «Вы признаёте свою вину?»", "ru")
    assert not quotes(result)


def test_according_to_names_the_speaker_before_a_sentence_pointing_back(run):
    result = run(
        "«Нам платили меньше, чем приезжим», — говорит Берик Жаксылыков.\n"
        "По словам Нурлана Сатпаева, «никто из рабочих не хотел драки, мы просто стояли у ворот». "
        "Эти слова он повторил и в суде.",
        "ru",
    )
    assert ("Нурлан Сатпаев", "никто из рабочих") in quotes(result)
    assert ("Берик Жаксылыков", "никто из рабочих") not in quotes(result)


def test_the_prosecutor_named_as_state_accuser_speaks_as_prosecutor(run):
    result = run(
        "Государственный обвинитель Виолетта Пронина просила для Зотова 12 лет. «Подсудимый сознательно "
        "выбрал насилие, и ничто его не оправдывает», — заявила прокурор.",
        "ru",
    )
    assert ("Виолетта Пронина", "Подсудимый сознательно выбрал") in quotes(result)


def test_an_outlet_with_a_dot_inside_does_not_end_the_attribution(run):
    result = run(
        "«Нарушения начались с первой минуты: к задержанным не пускали защиту», — рассказал "
        "Кавказ.Реалиям адвокат Эльдар Курбанов.",
        "ru",
    )
    assert ("Эльдар Курбанов", "Нарушения начались с") in quotes(result)


def test_a_guessed_first_name_takes_the_gender_of_its_verb(run):
    result = run(
        "Адвокат Жанагуль Темирова назвала приговор «жестоким, но ожидаемым». «Если суд верит одному "
        "свидетелю, защита бессильна», — сказала она.",
        "ru",
    )
    assert ("Жанагуль Темирова", "Если суд верит") in quotes(result)


def test_an_interviewers_prompt_without_a_question_mark_is_not_an_answer(run):
    text = (
        "Журналистку Алию Мусаеву освободили в марте. Мы поговорили с Алиёй Мусаевой.\n"
        "— Как вы узнали о помиловании?\n"
        "— Мне сказала надзирательница. Я не поверила.\n"
        "— Говорят, следующую амнистию объявят к празднику.\n"
        "— Я это слышала много раз. Пока нет указа, я не верю.\n"
        "— Что было труднее всего?\n"
        "— Неизвестность. Я не знала, что будет завтра.\n"
    )
    said = quotes(run(text, "ru"))
    assert ("Алия Мусаева", "Я это слышала") in said
    assert not [q for q in said if q[1].startswith("Говорят")]


def test_an_agent_after_a_relative_object_is_not_released(run):
    result = run("Олег Ростов оказался среди 18 политзаключённых, которых помиловал Токаев.", "ru")
    assert events(result) == {("release", "Олег Ростов")}


def test_a_first_name_known_only_by_its_ending_takes_the_gender_of_its_verb(run):
    result = run(
        "Суд назначил Розе Хайруллиной два года условно. Защитник Хайруллиной Жанар Ермекова заявила, "
        "что её подзащитная «хочет скорее увидеть сына». «Этот приговор мы обжалуем, поскольку считаем его "
        "несправедливым», — сказала она.",
        "ru",
    )
    assert ("Жанар Ермекова", "Этот приговор мы") in quotes(result)
