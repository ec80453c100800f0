"""Russian and Belarusian family of session 22: broadcast transcripts name each speaker in
capitals at the start of a line, often with a role after a comma («ИРИНА ЛОЗА, адвокат: …»).
The NER reads no name in capitals, so a host named only in the labels was nobody and her
turns were lost; a label with a role after the comma gave no quote either. Sentences written
for these tests."""

from __future__ import annotations

from tests.test_extract_ru import names, quotes

RU = """Расшифровка эфира, 3 марта

ОЛЬГА ВЕРЕСОВА, ведущая: Добрый вечер. У нас на связи адвокат Игорь Стрельцов. Игорь, что решил суд?

ИГОРЬ СТРЕЛЬЦОВ, адвокат: Суд оставил моего подзащитного под стражей ещё на три месяца.

ОЛЬГА ВЕРЕСОВА: Как он себя чувствует сейчас?

ИГОРЬ СТРЕЛЬЦОВ: Он держится, но очень устал от этого процесса.

ВЕРЕСОВА: Спасибо, это был адвокат Игорь Стрельцов."""


def test_capital_labels_with_and_without_a_role_are_turns(run):
    result = run(RU, "ru")
    assert quotes(result) == {
        ("Ольга Вересова", "Добрый вечер. У"),
        ("Игорь Стрельцов", "Суд оставил моего"),
        ("Ольга Вересова", "Как он себя"),
        ("Игорь Стрельцов", "Он держится, но"),
        ("Ольга Вересова", "Спасибо, это был"),
    }
    assert "Ольга Вересова" in names(result)


def test_a_name_the_ner_read_in_capitals_is_title_cased(run):
    text = (
        "Сводка\n\nКОРРЕСПОНДЕНТ: Что вы скажете о приговоре?\n\n"
        "ПАВЕЛ ЛОСЕВ, правозащитник: Мы будем добиваться пересмотра этого дела.\n\n"
        "ЛОСЕВ: Защита подаст жалобу в апелляционный суд."
    )
    result = run(text, "ru")
    assert quotes(result) == {("Павел Лосев", "Мы будем добиваться"), ("Павел Лосев", "Защита подаст жалобу")}


def test_belarusian_capital_labels(run):
    text = (
        "Расшыфроўка эфіру\n\nВОЛЬГА ВЕРАСАВА, вядучая: Добры вечар. Што вырашыў суд сёння?\n\n"
        "ІГАР СТРАЛЬЦОЎ, адвакат: Суд пакінуў майго падабароннага пад вартай."
    )
    result = run(text, "be")
    assert quotes(result) == {
        ("Вольга Верасава", "Добры вечар. Што"),
        ("Ігар Стральцоў", "Суд пакінуў майго"),
    }


def test_capital_headings_are_nobody(run):
    for heading in ("ВЕРХОВНЫЙ СУД", "ПРЯМАЯ РЕЧЬ", "ГЛАВНОЕ ЗА ДЕНЬ, коротко"):
        result = run(f"Сводка\n\n{heading}: Мы будем добиваться пересмотра этого дела.", "ru")
        assert quotes(result) == set()
        assert names(result) == set()
