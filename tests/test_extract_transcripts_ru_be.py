"""Russian and Belarusian transcripts and interviews: a broadcast's turns labelled with a
speaker's surname in capitals, an interviewer's role label («Корр.:», «ВЕДУЩИЙ:») that names
no person, the interviewee an introduction names («мы поговорили с её адвокатом X»), and
pronouns in a turn that refer to someone outside the conversation. Texts written for these
tests."""

from __future__ import annotations

from tests.test_extract_ru import events, names, quotes

_BROADCAST = """Правозащитник о приговоре: «Мы ждали этого»

В эфире программы «Вечер» ведущий Григорий Малахов беседует с правозащитницей Дарьей Кольцовой.

ВЕДУЩИЙ: Добрый вечер. Что известно о вашем подопечном?
КОЛЬЦОВА: Его задержали во вторник на вокзале и увезли в отдел. Адвоката к нему не пускали.
МАЛАХОВ: Дарья, а чем это может закончиться?
КОЛЬЦОВА: Статья тяжёлая, до восьми лет. Мы готовим жалобу.
"""


def test_capitals_label_names_the_guest_and_her_turns_are_quotes(run):
    result = run(_BROADCAST, "ru")
    said = quotes(result)
    assert ("Дарья Кольцова", "Его задержали во") in said
    assert ("Дарья Кольцова", "Статья тяжёлая, до") in said


def test_role_label_of_the_host_is_no_person_and_no_quote(run):
    result = run(_BROADCAST, "ru")
    assert not any(q.text.startswith("Добрый вечер") for q in result.quotes)
    assert names(result) == {"Григорий Малахов", "Дарья Кольцова"}


def test_a_pronoun_in_a_turn_is_none_of_the_talkers(run):
    # «Его задержали» is the unnamed client, not the host named before; «Дарья,» is addressed
    result = run(_BROADCAST, "ru")
    assert not [e for e in result.events if e.type == "arrest" and e.persons]


def test_correspondent_label_is_not_a_person(run):
    text = """«Я ни о чём не жалею»: бывший заключённый о свободе

Тимофей Грачёв вышел на свободу в мае, отбыв два года колонии. Корреспондент поговорил с ним.

Корр.: Что вы почувствовали у ворот?
Грачёв: Растерянность. Меня никто не встречал, телефон сел ещё в поезде.
Корр.: Будете уезжать?
Грачёв: Нет, я останусь в своём городе.
"""
    result = run(text, "ru")
    assert names(result) == {"Тимофей Грачёв"}
    assert ("Тимофей Грачёв", "Растерянность. Меня никто") in quotes(result)
    assert all(q.text[:3] != "Что" for q in result.quotes)


def test_the_interviewee_is_the_one_the_introduction_talks_with(run):
    text = (
        (
            "Защитник Арсения Белова: «Он не теряет надежды»\n\n"
            "Арсения Белова задержали в марте после пикета. Белов уже полгода в СИЗО, его дело в суде. "
            "Белову грозит до пяти лет. О процессе мы поговорили с его адвокатом Верой Лозинской.\n\n"
        )
        + """— Как держится ваш подзащитный?
— Он не теряет надежды, хотя ему не передают тёплые вещи.
— Чего вы ждёте от суда?
— Честно говоря, ничего хорошего. Судья отклоняет наши ходатайства.
"""
    )
    result = run(text, "ru")
    speakers = {s for s, _ in quotes(result)}
    assert speakers == {"Вера Лозинская"}
    assert ("arrest", "Арсений Белов") in events(result)


def test_a_quote_names_someone_else_with_its_pronoun(run):
    result = run(
        "Валентин Жуков защищает студентов. «Его арестовали за один репост», — сказал Жуков.",
        "ru",
    )
    assert ("arrest", "Валентин Жуков") not in events(result)


def test_belarusian_broadcast_turns(run):
    text = """Праваабаронца пра суд: «Мы чакалі гэтага»

У эфіры вядучая Алена Шаўчук размаўляе з праваабаронцам Сяргеем Дубовікам.

ВЯДУЧАЯ: Што вядома пра затрыманых?
ДУБОВІК: Іх затрымалі ў аўторак, і да гэтага часу адвакатаў да іх не пускаюць.
"""
    result = run(text, "be")
    assert {s for s, _ in quotes(result)} == {"Сяргей Дубовік"}


def test_initials_in_a_label_are_the_named_host(run):
    text = """Разговор о приговоре

Гость студии — адвокат Роман Шилов. Ведёт программу Ксения Вольская.

Ксения Вольская: Роман, вашего подзащитного вчера приговорили. Вы этого ждали?
Роман Шилов: Ждали. Доказательств не было, но суд их и не требовал.
К. Вольская: Будете обжаловать приговор дальше?
Р. Шилов: Конечно, жалобу мы подадим на этой неделе.
"""
    result = run(text, "ru")
    assert names(result) == {"Роман Шилов", "Ксения Вольская"}
    assert ("Роман Шилов", "Конечно, жалобу мы") in quotes(result)
    # the unnamed client's verdict is nobody's event here
    assert not [e for e in result.events if e.persons]


_PLAIN_INTERVIEW = """«Я не сразу поняла, что свободна»

Полина Горская провела в СИЗО десять месяцев, в апреле её освободили. {frame}

Что вы почувствовали в зале суда?
Я не сразу поняла, что свободна. Конвой просто открыл дверь клетки.

Как к вам относились в изоляторе?
По-разному. Мне долго не передавали лекарства.
"""


def test_plain_question_paragraphs_are_answered_by_whom_the_story_talks_with(run):
    result = run(_PLAIN_INTERVIEW.format(frame="Наш корреспондент побеседовал с ней."), "ru")
    assert quotes(result) == {("Полина Горская", "Я не сразу"), ("Полина Горская", "По-разному. Мне долго")}


def test_plain_questions_without_an_interview_frame_are_no_turns(run):
    result = run(_PLAIN_INTERVIEW.format(frame="Её дело вызвало большой резонанс."), "ru")
    assert not result.quotes


def test_initials_alone_label_the_interviewee(run):
    text = """«Меня вызвали к начальнику»

Тамара Лойко вышла на свободу в марте. С ней беседовала наша журналистка.

Тамара Лойко: Меня вызвали к начальнику и сказали собирать вещи.
Вопрос: Вас встречали у ворот?
Т. Л.: Да, встречали сестра и двое друзей. Мы долго стояли молча.
"""
    result = run(text, "ru")
    assert names(result) == {"Тамара Лойко"}
    assert ("Тамара Лойко", "Да, встречали сестра") in quotes(result)
