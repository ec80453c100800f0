"""Quote speakers of session 37 (Russian and Belarusian): who speaks when the attribution names
someone else, and turns labelled by a role.

* «…», — сказал он судье X / обратился он к прокурору X / Адвокату X она ответила: «…»: a name in
  apposition to a dative role noun that a verb of speech governs is whom the words were said to.
* «Судья: «…»», «Прокурор: …»: a transcript turn labelled by a role noun alone speaks for the one
  person the article introduced by that role (or a synonym of it); an interviewer's label or a
  role two people hold names no one.
* Words in marks inside a labelled turn («Бутрым: … Я ёй кажу: «…»») are the turn speaker's
  retelling, not a quote of their own; another named person's words there stay a quote.
* A role noun opening the sentence («Блогер ответил: «…»», «Журналистка отреагировала: «…»»)
  and the role-noun subject of the last clause joined to the main one («…, но защитник считает
  …. «…», — добавил он») speak for the person introduced by that role.

Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_extract_ru import quotes

# -- the addressee of a verb of speech ---------------------------------------------------------

TRIAL = "Суд в Казани приговорил фермера Павла Гущина к пяти годам колонии. "
TRIAL_F = "Суд в Казани приговорил учительницу Веру Гущину к пяти годам колонии. "


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (TRIAL + "«Мне не за что просить прощения», — сказал он судье Тамаре Лепёхиной.", "Павел Гущин"),
        (TRIAL + "«Мне не за что просить прощения», — обратился он к судье Тамаре Лепёхиной.", "Павел Гущин"),
        (TRIAL + "«Я буду обжаловать приговор», — ответил он прокурору Степану Рыжову.", "Павел Гущин"),
        (TRIAL_F + "«Я ни о чём не жалею», — обратилась она к судье Степану Рыжову.", "Вера Гущина"),
        (TRIAL_F + "Прокурору Степану Рыжову она сказала: «Я ни о чём не жалею».", "Вера Гущина"),
        (TRIAL_F + "«Я ни о чём не жалею», — заявила подсудимая адвокату Степану Рыжову.", "Вера Гущина"),
    ],
)
def test_a_dative_role_nouns_name_is_the_addressee(run, text, speaker):
    assert {s for s, _ in quotes(run(text, "ru"))} == {speaker}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the one who asks, named after the role noun in the nominative, speaks
        (TRIAL_F + "«Вы признаёте вину?» — спросил её судья Степан Рыжов.", "Степан Рыжов"),
        (TRIAL_F + "«Мы подадим жалобу», — сказал журналистам её адвокат Степан Рыжов.", "Степан Рыжов"),
        (
            TRIAL_F + "«Мы подадим жалобу», — сказал адвокат Степан Рыжов журналистке Инне Зотовой.",
            "Степан Рыжов",
        ),
        # an outlet in marks before the speaker's name: the parse may hang the name on it
        (TRIAL_F + "«Мы подадим жалобу», — сказал «Вёрстке» Степан Рыжов.", "Степан Рыжов"),
        (TRIAL_F + "«Мы подадим жалобу», — рассказала «Медиазоне» Гущина.", "Вера Гущина"),
    ],
)
def test_a_nominative_role_nouns_name_still_speaks(run, text, speaker):
    assert {s for s, _ in quotes(run(text, "ru"))} == {speaker}


TRIAL_BE = "Суд у Гомелі асудзіў настаўніцу Веру Гушчыну на пяць гадоў. "


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (TRIAL_BE + "Пракурору Сцяпану Рыжову яна сказала: «Я ні пра што не шкадую».", "Вера Гушчына"),
        (
            TRIAL_BE + "Пра Івана Рыжова яна сказала: «Ён мой лепшы сябар і таксама настаўнік».",
            "Вера Гушчына",
        ),
        (
            TRIAL_BE + "Адвакат Сцяпан Рыжоў, з якім яна сустрэлася ў СІЗА, сказаў: «Яна трымаецца».",
            "Сцяпан Рыжоў",
        ),
        (TRIAL_BE + "Журналістам Сцяпан Рыжоў сказаў: «Яна трымаецца добра».", "Сцяпан Рыжоў"),
    ],
)
def test_a_belarusian_oblique_name_beside_a_subject_pronoun_does_not_speak(run, text, speaker):
    assert {s for s, _ in quotes(run(text, "be"))} == {speaker}


# -- turns labelled by a role ------------------------------------------------------------------

COURT = "Приговор огласила судья Алла Мезенцева. Подсудимый Глеб Туманов слушал стоя.\n\n"


def test_a_role_label_in_marks_is_the_judges_turn(run):
    text = (
        COURT + "Судья: «Подсудимый Туманов, вам ясен приговор?»\n\nТуманов: «Ясен, но я с ним не согласен»."
    )
    assert quotes(run(text, "ru")) == {
        ("Алла Мезенцева", "Подсудимый Туманов, вам"),
        ("Глеб Туманов", "Ясен, но я"),
    }


def test_a_role_label_without_marks_is_the_judges_turn(run):
    text = COURT + "Судья: Подсудимый Туманов, вам ясен приговор?\n\nТуманов: Ясен, но я с ним не согласен."
    assert quotes(run(text, "ru")) == {
        ("Алла Мезенцева", "Подсудимый Туманов, вам"),
        ("Глеб Туманов", "Ясен, но я"),
    }


def test_a_synonym_of_the_role_labels_the_turn(run):
    text = (
        "Интересы Глеба Туманова представляла адвокат Кира Ведерникова.\n\n"
        "Защитник: «Моего подзащитного судят за репост, который он не делал»."
    )
    assert quotes(run(text, "ru")) == {("Кира Ведерникова", "Моего подзащитного судят")}


def test_a_belarusian_role_label_is_the_prosecutors_turn(run):
    text = (
        "Пракурор Сяргей Жураўскі папрасіў для Ніны Кавалёвай шэсць гадоў калоніі.\n\n"
        "Пракурор: «Віна абвінавачанай цалкам даказаная»."
    )
    assert quotes(run(text, "be")) == {("Сяргей Жураўскі", "Віна абвінавачанай цалкам")}


@pytest.mark.parametrize(
    "text",
    [
        # the interviewer's label names no one
        "Глеба Туманова судили в Самаре.\n\nКорреспондент: «Как вы себя чувствуете после суда?»",
        # two people hold the role
        "Глеба Туманова защищали адвокат Кира Ведерникова и адвокат Ольга Дымова.\n\n"
        "Адвокат: «Мы будем обжаловать приговор в апелляции».",
        # nobody was introduced as a witness
        "Глеба Туманова судили в Самаре, председательствовал судья Пётр Котов.\n\n"
        "Свидетель: «Я его никогда раньше не видел».",
    ],
)
def test_a_role_label_that_fits_no_one_person_gives_no_quote(run, text):
    assert quotes(run(text, "ru")) == set()


# -- words in marks inside a labelled turn -----------------------------------------------------

INTERVIEW_BE = "Вольгу Стральцову вызвалілі ў кастрычніку.\n\nРадыё: Што засталося дома?\n\n"


def test_words_the_turns_speaker_retells_are_no_quote_of_their_own(run):
    text = INTERVIEW_BE + (
        "Стральцова: Усё маё жыцьцё. Тата не разумее, чаму я не вяртаюся. "
        "Я яму кажу: «Татачка, я ў адпачынку». Хлушу, бо інакш ён захварэе."
    )
    assert quotes(run(text, "be")) == {("Вольга Стральцова", "Усё маё жыцьцё.")}


def test_words_of_another_named_person_inside_a_turn_stay_a_quote(run):
    text = INTERVIEW_BE + (
        "Стральцова: Усё маё жыцьцё. Мой адвакат Пётр Лапо сказаў мне: «Трымайцеся, гэта ненадоўга». "
        "Я яму не паверыла."
    )
    assert quotes(run(text, "be")) == {
        ("Вольга Стральцова", "Усё маё жыцьцё."),
        ("Пётр Лапо", "Трымайцеся, гэта ненадоўга"),
    }


def test_words_a_turn_attributes_to_another_named_person_stay_a_quote(run):
    text = (
        "Инну Белову освободили в октябре.\n\nКорреспондент: Что вам сказали у ворот?\n\n"
        "Белова: Ничего особенного. «Забирайте вещи, вы свободны», — сказал мне начальник "
        "колонии Олег Гридин. Я не поверила."
    )
    assert quotes(run(text, "ru")) == {
        ("Инна Белова", 'Ничего особенного. "Забирайте'),
        ("Олег Гридин", "Забирайте вещи, вы"),
    }


def test_russian_words_retold_inside_a_turn_are_no_quote(run):
    text = (
        "Инну Белову освободили в октябре.\n\nКорреспондент: Что осталось дома?\n\n"
        "Белова: Вся моя жизнь. Отцу я говорю по телефону: «Папочка, я в отпуске». "
        "Вру, потому что иначе он заболеет."
    )
    assert quotes(run(text, "ru")) == {("Инна Белова", "Вся моя жизнь.")}


# -- role nouns as speakers ----------------------------------------------------------------------

BLOGGER = "Суд заочно приговорил к восьми годам блогера Руслана Кочеткова. Он живёт в Литве. "
BLOGGER_BE = "Суд завочна асудзіў на восем гадоў блогера Руслана Качаткова. Ён жыве ў Літве. "


@pytest.mark.parametrize(
    "text",
    [
        BLOGGER + "Сам блогер в своём канале отреагировал коротко: «Восемь лет за пять роликов».",
        BLOGGER + "Блогер ответил подписчикам: «Восемь лет за пять роликов».",
        BLOGGER + "«Восемь лет за пять роликов», — отреагировал блогер.",
    ],
)
def test_a_role_noun_opening_colon_speech_speaks(run, text):
    assert quotes(run(text, "ru")) == {("Руслан Кочетков", "Восемь лет за")}


@pytest.mark.parametrize(
    "text",
    [
        BLOGGER_BE + "Сам блогер у сваім канале адрэагаваў коратка: «Восем гадоў за пяць ролікаў».",
        BLOGGER_BE + "Блогер адказаў падпісчыкам: «Восем гадоў за пяць ролікаў».",
    ],
)
def test_a_belarusian_role_noun_opening_colon_speech_speaks(run, text):
    assert quotes(run(text, "be")) == {("Руслан Качаткоў", "Восем гадоў за")}


def test_a_female_role_noun_opening_colon_speech_speaks(run):
    text = (
        "Суд заочно приговорил к восьми годам журналистку Дарью Кочеткову. "
        "Журналистка прокомментировала приговор: «Восемь лет за пять статей»."
    )
    assert quotes(run(text, "ru")) == {("Дарья Кочеткова", "Восемь лет за")}


LAWYER = "Суд ужесточил приговор инженеру Арсению Белкину. Об этом сообщил его адвокат Тимур Гайдуков.\n\n"


@pytest.mark.parametrize(
    "second",
    [
        "Белкин надеется на помилование, но адвокат считает это маловероятным.",
        "Белкина отправят в Сибирь, и он ждёт помилования, но защитник в это не верит.",
    ],
)
def test_the_role_noun_subject_of_the_last_clause_speaks(run, second):
    text = LAWYER + second + " «Я не помню ни одного такого случая», — добавил он."
    assert quotes(run(text, "ru")) == {("Тимур Гайдуков", "Я не помню")}


def test_a_pronoun_subject_of_the_last_clause_keeps_its_person(run):
    text = (
        LAWYER + "Адвокат считает помилование маловероятным, но Белкин всё равно надеется. "
        "«Я не теряю надежды», — сказал он."
    )
    assert quotes(run(text, "ru")) == {("Арсений Белкин", "Я не теряю")}
