"""Russian and Belarusian quote attribution in news registers: a relative who speaks about a
named prisoner, a speaker named only by the role noun that introduced them earlier. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from tests.test_extract_ru import quotes


@pytest.mark.parametrize(
    "text",
    [
        "«Мы не знаем, где он сейчас», — говорит сестра Игоря Баранова Елена.",
        "«Мы не знаем, где он сейчас», — говорит сестра Игоря Баранова.",
    ],
)
def test_relative_of_a_named_prisoner_is_not_the_prisoner(run, text):
    assert not [q for q in quotes(run(text, "ru")) if q[0] == "Игорь Баранов"]


def test_lawyer_in_apposition_is_the_speaker(run):
    result = run(
        "Адвокат Эмине Сеитова, которой удалось встретиться с подзащитным, рассказала: «Его держали "
        "двое суток неизвестно где».",
        "ru",
    )
    assert [speaker for speaker, words in quotes(result) if words == "Его держали двое"]


@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        (
            "Адвокат Анна Ставицкая встретилась с Евгением Ройзманом в СИЗО. «Он бодр и настроен "
            "бороться», — отметила адвокат.",
            "ru",
            "Анна Ставицкая",
        ),
        (
            "Правозащитник Олег Орлов и журналист Сергей Смирнов выступили на конференции. «Репрессии "
            "усиливаются», — сказал правозащитник.",
            "ru",
            "Олег Орлов",
        ),
        (
            "Праваабаронца Павел Сапелка пракаментаваў прысуд. «Гэта палітычная справа», — адзначыў "
            "праваабаронца.",
            "be",
            "Павел Сапелка",
        ),
    ],
)
def test_role_noun_speaker_is_the_person_it_introduced(run, text, language, speaker):
    assert speaker in {q[0] for q in quotes(run(text, language))}


def test_role_noun_of_no_named_person_gives_no_quote(run):
    result = run(
        "Евгения Ройзмана задержали утром. «Его увезли в неизвестном направлении», — сообщил адвокат.", "ru"
    )
    assert not quotes(result)


# -- a pronoun speaker when two people of one gender are named -----------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Адвокат Ивана Петрова Сергей Смирнов рассказал о приговоре. По его словам, Петрова приговорили "
            "к пяти годам. «Он держался спокойно», — сказал он.",
            "Сергей Смирнов",
        ),
        (
            "Иван Петров рассказал о суде. Олег Сидоров выступил с последним словом. «Я невиновен», "
            "— заявил он.",
            "Олег Сидоров",
        ),
        (
            "Олега Сидорова задержали в Москве. Иван Петров рассказал, что его избили. «Его били два часа», "
            "— сказал он.",
            "Иван Петров",
        ),
    ],
)
def test_pronoun_speaker_is_the_last_subject_of_that_gender(run, text, speaker):
    assert {q[0] for q in quotes(run(text, "ru"))} == {speaker}


def test_belarusian_pronoun_speaker_is_the_last_named(run):
    result = run(
        "Марыя Калеснікава выйшла на волю. Святлана Ціханоўская павіншавала яе. «Мы чакалі гэтага пяць "
        "гадоў», — напісала яна.",
        "be",
    )
    assert {q[0] for q in quotes(result)} == {"Святлана Ціханоўская"}


# -- a relative named only by first name -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Жена политзаключённого Игоря Баранова Ольга рассказала, что он болен. «Ему не оказывают "
            "помощь», — сказала она.",
            "Ольга",
        ),
        ("«Мы не знаем, где он сейчас», — говорит сестра Игоря Баранова Елена.", "Елена"),
    ],
)
def test_relative_named_by_first_name_is_a_speaker(run, text, speaker):
    assert {q[0] for q in quotes(run(text, "ru"))} == {speaker}


def test_first_name_alone_elsewhere_is_no_new_person(run):
    result = run("Суд над Игорем Барановым Ольга назвала фарсом.", "ru")
    assert [p.name for p in result.persons] == ["Игорь Баранов"]


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        ("Как рассказал адвокат Игорь Лавров, «заседание длилось меньше часа».", "ru", "Игорь Лавров"),
        ("Як паведаміла праваабаронца Ганна Русак, «суд не выслухаў ніводнага сведкі».", "be", "Ганна Русак"),
    ],
)
def test_as_someone_said_before_a_quoted_clause_names_its_speaker(run, text, lang, speaker):
    result = run(text, lang)
    names = {p.id: p.name for p in result.persons}
    assert [names[q.speaker] for q in result.quotes] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Суд приговорил Олега Зимина к шести годам. «Такие сроки дают за убийство, а не за разговоры, "
        "— сказал журналистам адвокат Пётр Лановой, защищавший Зимина. — Доказательств в деле нет».",
        "Суд приговорил Олега Зимина к шести годам. «Доказательств в деле нет», — заявил адвокат "
        "Пётр Лановой, представлявший интересы Зимина.",
    ],
)
def test_the_client_named_after_the_lawyers_own_name_does_not_speak(run, text):
    speakers = {s for s, _ in quotes(run(text, "ru"))}
    assert "Олег Зимин" not in speakers
    assert speakers


def test_a_wife_named_after_her_husbands_surname_still_speaks(run):
    result = run(
        "Суд приговорил Рустема Алиева к десяти годам. «Его забрали за молитву», — сказала "
        "журналистам жена Алиева Зарема.",
        "ru",
    )
    assert "Рустем Алиев" not in {s for s, _ in quotes(result)}
