"""Quote speakers of session 44 (helper quotes; Russian and Belarusian).

* An interview's introduction that says who talked to the newsroom by a nominative pronoun
  («Она рассказала «Новой газете», как …») gives the answers to the latest person of that
  gender named before it, not to the man the introduction names most (her husband).
* A transcript label that opens two paragraphs or more is a speaker's, whatever oblique form
  the person's name took first (the headline's «з Андрэем Лабановічам»); an address given
  once («Андрэю Лабановічу: 220000, …») still speaks nothing.
* A letter someone shows or reads out («Одно из них она показывает нам: «…»») is its
  writer's words: the person named last before, other than the one who holds it; nobody when
  no one else is named.
* (Belarusian) a possessive before a noun («яго сябар сказаў») names whose friend speaks, not
  the speaker; before the words themselves («яго словы: …») it is the speaker.

Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_extract_ru import quotes

# -- an interview introduced by a pronoun ------------------------------------------------------------

RU_INTERVIEW = (
    "«Он ни в чём не виноват». Жена осуждённого электрика — о двух годах ожидания\n\n"
    "Электрика из Мелитополя Игоря Лыско задержали в мае 2023 года. Игорь провёл год в СИЗО, "
    "а в марте суд приговорил Игоря Лыско к 12 годам. Его жена Светлана Лыско уехала в Запорожье. "
    "{intro}\n\n"
    "— Как вы узнали о задержании?\n\n"
    "— Мне позвонила соседка. Я приехала домой, а там уже всё перевёрнуто.\n\n"
    "— Вы получаете от него письма?\n\n"
    "— Редко. Последнее пришло в январе, я его перечитываю каждый день.\n"
)


@pytest.mark.parametrize(
    ("intro", "speaker"),
    [
        ("Она рассказала «Новой газете», как ищет мужа.", "Светлана Лыско"),
        ("Она ответила на наши вопросы.", "Светлана Лыско"),
        # a name in the nominative outranks the pronoun
        ("О жизни семьи она не говорит, нам рассказала его сестра Ольга Лыско.", "Ольга Лыско"),
    ],
)
def test_an_interview_introduced_by_a_pronoun_is_that_persons(run, intro, speaker):
    found = quotes(run(RU_INTERVIEW.format(intro=intro), "ru"))
    assert {s for s, _ in found} == {speaker}
    assert (speaker, "Мне позвонила соседка.") in found


def test_an_interview_pronoun_of_nobody_named_gives_the_old_answerer(run):
    # «Он» has no man before it but the one most named: the answers stay his
    text = (
        "Разговор с освобождённым\n\n"
        "Игоря Лыско освободили в мае. Игорь Лыско провёл в колонии три года. "
        "Он рассказал «Новой газете», как жил в колонии.\n\n"
        "— Как вас освободили?\n\n— Утром вызвали и сказали собираться.\n\n"
        "— Что дальше?\n\n— Буду искать работу.\n"
    )
    assert {s for s, _ in quotes(run(text, "ru"))} == {"Игорь Лыско"}


# -- a repeated transcript label -------------------------------------------------------------------

BE_TRANSCRIPT = (
    "«Я не прасіў памілавання». Размова з Андрэем Лабановічам\n\n"
    "Андрэй Лабановіч, 45-гадовы настаўнік з Ліды, правёў за кратамі тры гады. "
    "Мы сустрэліся зь ім у Вільні.\n\n"
    "Свабода: Як вы даведаліся пра вызваленьне?\n\n"
    "Лабановіч: Нічога нам не казалі. Раніцай падняў дзяжурны і загадаў зьбіраць рэчы.\n\n"
    "Свабода: Што будзеце рабіць?\n\n"
    "Лабановіч: Спачатку лекар. Потым пашукаю працу ў Вільні.\n"
)


def test_a_repeated_label_speaks_whatever_form_the_name_took_first(run):
    found = quotes(run(BE_TRANSCRIPT, "be"))
    assert len(found) == 2
    assert {text for _, text in found} == {"Нічога нам не", "Спачатку лекар. Потым"}


def test_an_address_given_once_still_speaks_nothing(run):
    text = (
        "Лісты палітвязням\n\n"
        "Андрэя Лабановіча асудзілі на тры гады. Пішыце яму.\n\n"
        "Андрэю Лабановічу: 231300, г. Ліда, вул. Савецкая, 12, атрад 5.\n"
    )
    assert quotes(run(text, "be")) == set()


# -- a letter shown or read out --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "writer"),
    [
        (
            "ru",
            "Письма из колонии\n\nВиктора Гнатюка осудили на шесть лет. Свидания Виктору запрещены, "
            "остаются письма — доходит, говорит Мария Гнатюк, одно из трёх. Одно из них она "
            "показывает нам:\n\n«Не плачь и береги детей, я тут справлюсь».\n",
            "Виктор Гнатюк",
        ),
        (
            "be",
            "Лісты з калоніі\n\nВіктар Гнатюк адбывае тэрмін у Шклове. Лісты даходзяць праз раз.\n\n"
            "Адзін з іх Марыя Гнатюк дастае з шуфляды і чытае ўголас:\n\n"
            "«Не плач і беражы дзяцей, я тут спраўлюся».\n",
            "Віктар Гнатюк",
        ),
    ],
)
def test_a_letter_shown_or_read_out_is_its_writers(run, language, text, writer):
    assert {s for s, _ in quotes(run(text, language))} == {writer}


def test_a_letter_with_no_other_person_named_is_nobodys(run):
    text = (
        "Письма\n\nПисьма приходят редко. Одно из них Мария Гнатюк показывает нам:\n\n"
        "«Не плачь и береги детей, я тут справлюсь».\n"
    )
    assert quotes(run(text, "ru")) == set()


def test_her_own_words_about_a_letter_stay_hers(run):
    # no verb of showing or reading: the one who speaks before the colon speaks
    text = (
        "Письма\n\nВиктора Гнатюка осудили на шесть лет. Письма приходят редко. Мария Гнатюк "
        "сказала нам:\n\n«Я жду каждого письма, как праздника».\n"
    )
    assert {s for s, _ in quotes(run(text, "ru"))} == {"Мария Гнатюк"}


# -- (Belarusian) a possessive before a noun -------------------------------------------------------


def test_a_possessive_before_a_noun_is_not_the_speaker(run):
    text = (
        "Затрыманьне ў Міёрах\n\n"
        "Сяргея Латушку затрымалі ў траўні.\n\n"
        "— Мне патэлефанаваў яго сябар і сказаў: «Сяргея забралі з працы». І ўсё, — "
        "успамінае Алена Латушка.\n"
    )
    found = quotes(run(text, "be"))
    assert ("Сяргей Латушка", "Сяргея забралі з") not in found
    assert {s for s, _ in found} == {"Алена Латушка"}


# -- (Russian) a role noun with its client's common noun before the name --------------------------


def test_a_role_with_a_clients_common_noun_before_the_name_is_that_names(run):
    text = (
        "Блогера осудили в Перми\n\n"
        "Суд в Перми приговорил блогера Олега Шилова к трём годам колонии. Защитник блогера Денис "
        "Ракитин сообщил, что обжалует приговор. «Доказательств вины в деле нет», — заявил адвокат.\n"
    )
    assert quotes(run(text, "ru")) == {("Денис Ракитин", "Доказательств вины в")}


def test_a_role_before_its_clients_genitive_name_is_not_the_client(run):
    text = (
        "Блогера осудили в Перми\n\n"
        "Суд в Перми приговорил блогера Олега Шилова к трём годам колонии. Адвокат блогера Олега "
        "Шилова сообщил, что обжалует приговор. «Доказательств вины в деле нет», — заявил адвокат.\n"
    )
    assert ("Олег Шилов", "Доказательств вины в") not in quotes(run(text, "ru"))


def test_a_kin_noun_with_a_common_noun_before_the_name_is_that_relative(run):
    text = (
        "Умер в колонии\n\n"
        "В колонии умер осуждённый Пётр Гаврилов. О его смерти рассказала дочь заключённого Анна "
        "Гаврилова. «Он писал, что у него болит сердце», — говорит дочь.\n"
    )
    assert quotes(run(text, "ru")) == {("Анна Гаврилова", "Он писал, что")}


# -- words after a colon that tell of the speaker in the third person --------------------------------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "be",
            "Памілаваныя\n\nНе памілаваная і Галіна Ляховіч, якая, паводле сваякоў, двойчы пісала "
            "прашэнне: яна адбывае 5 гадоў у калоніі ў Гомелі.\n",
        ),
        (
            "ru",
            "Помилованные\n\nНе помилован и Олег Сидоренко, который, по словам родных, дважды писал "
            "прошение: он отбывает 5 лет в колонии в Гомеле.\n",
        ),
    ],
)
def test_colon_words_of_the_speaker_in_the_third_person_are_no_quote(run, language, text):
    assert quotes(run(text, language)) == set()


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (
            "be",
            "Памілаваныя\n\nГаліна Ляховіч у апошнім слове сказала: я не прасіла памілавання і не буду.\n",
            "Галіна Ляховіч",
        ),
        (
            "ru",
            "Помилованные\n\nОлег Сидоренко в последнем слове сказал: она ни в чём не виновата, "
            "отпустите жену.\n",
            "Олег Сидоренко",
        ),
    ],
)
def test_colon_words_in_the_first_person_or_of_another_stay_quotes(run, language, text, speaker):
    assert {s for s, _ in quotes(run(text, language))} == {speaker}
