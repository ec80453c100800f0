"""Russian quote families of session 24: whom a pronoun or a noun after the words points at.

* «Лыкова отпустили в зале суда. «…» — сказал он»: the last subject of the pronoun's gender
  stands in an earlier paragraph, so the pronoun goes with the one person of that gender its own
  paragraph named (the nominative one when several are named); a name the parse hung as the
  subject of a relative clause while tagging it accusative («который защищает Алиева») is no
  subject.
* «Назначенный Москвой «мэр» прокомментировал арест. «…», — сказал он»: the sentence before
  has an unnamed role noun as its subject, so the pronoun is that noun's: the one person the
  article introduced by it or a synonym («Адвокат Лыкова Павел Зотов … Защитник …»), else no one.
* «Об обыске рассказала сестра Лыкова Анна Белова. «…», — вспоминает женщина»: a generic noun
  (женщина, мужчина) speaks for the one person of its gender named in the sentence before, or
  for the person an «она» of that sentence points at.
* An interview whose answers are dash lines after plain questions: a plain line among them is
  the interviewer's prompt («Расскажите о …») or a caption («Фото: …»), no answer.

Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_extract_ru import quotes

PROSECUTOR = "Прокурор Иван Седов требовал для фермеров по шесть лет колонии.\n\n"


@pytest.mark.parametrize(
    "paragraph",
    [
        "Фермера Петра Лыкова суд оправдал. Лыкова отпустили в зале. "
        "«Два года я ждал этого дня в камере», — сказал он журналистам.",
        "Суд оправдал фермера Петра Лыкова, его освободили из-под стражи. "
        "«Два года я ждал этого дня в камере», — сказал он после заседания.",
    ],
)
def test_a_pronoun_goes_with_its_paragraphs_one_person(run, paragraph):
    assert quotes(run(PROSECUTOR + paragraph, "ru")) == {("Пётр Лыков", "Два года я")}


def test_a_pronoun_goes_with_its_paragraphs_nominative_name(run):
    text = (
        "Сторонники называют Виктора Гуцу заложником.\n\n"
        "Кишинёв: министр юстиции Олег Бурду осудил арест Гуцу. "
        "«Мы требуем вернуть нашего гражданина домой», — написал он."
    )
    assert quotes(run(text, "ru")) == {("Олег Бурду", "Мы требуем вернуть")}


def test_an_accusative_object_of_a_relative_clause_does_not_speak(run):
    text = (
        "Адвокат Сергей Ремез, который защищает Алиева, назвал обвинение «надуманным».\n\n"
        "«В деле нет ни одного доказательства, только показания оперативников», — сказал он."
    )
    assert quotes(run(text, "ru")) == {("Сергей Ремез", "В деле нет")}


def test_an_unnamed_role_subject_leaves_the_words_without_a_speaker(run):
    text = (
        "Депутат Андрей Климов ранее заявлял, что задержанных будет больше.\n\n"
        "Назначенный Москвой «мэр» города в эфире местного радио прокомментировал арест. "
        "«Кто помогает врагу, ответит по закону», — сказал он."
    )
    assert quotes(run(text, "ru")) == set()


def test_an_unnamed_role_subject_speaks_for_the_one_its_synonym_introduced(run):
    text = (
        "Адвокат Лыкова Павел Зотов назвал приговор жестоким. Защитник напомнил, что свидетелей "
        "обвинения в суд так и не вызвали. «Суд просто повторил слова следователя», — сказал он."
    )
    assert ("Павел Зотов", "Суд просто повторил") in quotes(run(text, "ru"))


@pytest.mark.parametrize(
    "before",
    [
        "Об обыске рассказала сестра Лыкова Анна Белова.",
        "Последний раз Анна Белова видела брата в мае. Дальше она ездила к нему каждый месяц.",
    ],
)
def test_a_generic_noun_speaks_for_the_woman_named_before(run, before):
    text = f"{before} «Он сильно похудел и почти не спал», — вспоминает женщина."
    assert quotes(run(text, "ru")) == {("Анна Белова", "Он сильно похудел")}


def test_a_generic_noun_with_no_woman_before_speaks_for_no_one(run):
    text = "Петра Лыкова задержали в мае. «Он сильно похудел и почти не спал», — вспоминает женщина."
    assert quotes(run(text, "ru")) == set()


INTERVIEW = (
    "Правозащитник Тимур Алиев провёл в колонии три года. Мы поговорили с Тимуром Алиевым "
    "о жизни после освобождения.\n\n"
    "Как вы узнали о помиловании?\n\n"
    "— Меня просто вызвали к начальнику и велели собирать вещи.\n\n"
    "Расскажите о первых днях на свободе.\n\n"
    "— Я долго привыкал к тишине и к тому, что дверь открывается изнутри.\n\n"
    "Чего вы боитесь теперь?\n\n"
    "— Я боюсь только за тех, кто остался внутри.\n\n"
    "Фото: Тимур Алиев в Тбилиси, май 2026 года."
)


def test_plain_lines_between_dash_answers_are_no_answers(run):
    assert quotes(run(INTERVIEW, "ru")) == {
        ("Тимур Алиев", "— Меня просто"),
        ("Тимур Алиев", "— Я долго"),
        ("Тимур Алиев", "— Я боюсь"),
    }


def test_a_speaker_who_asked_not_to_be_named_is_no_one(run):
    text = (
        "Фермера Петра Лыкова задержали в мае. «Он всегда помогал соседям с техникой», — "
        "сказала коллега Лыкова, попросившая не называть её имени."
    )
    assert quotes(run(text, "ru")) == set()
