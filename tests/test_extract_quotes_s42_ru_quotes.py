"""Session 42 quotes in Russian and Belarusian: who answers an interview, gestures after a
dash, and a third person's words retold inside someone's quote.

* the interviewee is whom the introduction says told an outlet (a name in marks in the
  dative, a known outlet, «корреспонденту», «выданню», «в интервью …») — not the prisoner the
  story is about; not «Как сообщила «Медиазона», …», where the outlet speaks;
* the past verbs of «я» in the answers tell the interviewee's gender: they pick the person of
  that gender, and veto the most named person of the other gender (nobody then answers);
* «…, — улыбается Марина. — …», «…? — разводит он руками. — …»: after a comma (or ! ? …)
  and a dash, lower-case words are the author's, a verb of speech or a gesture;
* «Он позвонил и сказал: „…“», «Яна напісала: „…“», «… а Олег отказался. Сказал: „…“» inside
  someone's quote or answer: the third person's own quote, never the outer speaker's.

Sentences written for these tests (none copied from an evaluation set), with traps."""

from __future__ import annotations

import pytest

from tests.extract_views import quote_openings as _quotes


def _speakers(result) -> list[str]:
    return sorted(speaker for speaker, _ in _quotes(result))


# --- who answers: the one who told an outlet ------------------------------------------------


def test_ru_interviewee_told_an_outlet_in_marks(run):
    result = run(
        "«Я не знала, где он». Мать активиста — о годе без сына\n\n"
        "В марте 2024 года в Омске задержали активиста Олега Зуева. Осенью суд приговорил его к "
        "шести годам колонии. Мать Олега Марина Зуева рассказала «Сибирь.Реалиям», как семья "
        "живёт теперь.\n\n"
        "— Как вы узнали о задержании?\n\n"
        "— Утром позвонил его друг. Олег не пришёл на работу, телефон молчал.\n\n"
        "— Вы видели его после этого?\n\n"
        "— Только на суде. Олег похудел, но держался.\n\n"
        "— Что вы ему пишете?\n\n"
        "— Обо всём. Я пишу про кота, про соседей, про погоду.",
        "ru",
    )
    assert _speakers(result) == ["Марина Зуева"] * 3


def test_ru_interviewee_in_an_interview_frame_before_the_verb(run):
    result = run(
        "Сестра политзаключённого: «Мы ждём каждое письмо»\n\n"
        "Петра Гусева арестовали в Казани в 2023 году, в мае его осудили на восемь лет. В интервью "
        "«Дождю» его сестра Алина Гусева рассказала о жизни семьи.\n\n"
        "— Как часто приходят письма?\n\n"
        "— Раз в две недели. Пётр пишет коротко, но каждый раз.\n\n"
        "— Вам разрешают свидания?\n\n"
        "— Одно свидание за полгода. Я ездила туда в апреле, ехать почти сутки.",
        "ru",
    )
    assert _speakers(result) == ["Алина Гусева"] * 2


def test_ru_interviewee_told_a_correspondent(run):
    result = run(
        "Адвокат: «Дело шито белыми нитками»\n\n"
        "Журналистку Веру Самойлову задержали в Пскове в июне. Её защитник Григорий Белов ответил "
        "корреспонденту на вопросы о деле.\n\n"
        "— Что вменяют вашей подзащитной?\n\n"
        "— Два поста в телеграме. Больше в деле ничего нет.\n\n"
        "— Когда суд?\n\n"
        "— Заседание назначено на осень. Мы готовимся.",
        "ru",
    )
    assert _speakers(result) == ["Григорий Белов"] * 2


def test_be_plain_interview_told_an_outlet(run):
    result = run(
        "«Мы чакаем кожны ліст». Жонка палітвязня — пра два гады без мужа\n\n"
        "Рыгора Шымана затрымалі ў Гродне ў 2023 годзе і асудзілі на сем гадоў. Ягоная жонка "
        "Алена Шыман расказала «Свабодзе», як жыве сям'я.\n\n"
        "Як часта вы атрымліваеце лісты?\n\n"
        "Раз на месяц, калі пашанцуе. Я захоўваю кожны ў скрынцы.\n\n"
        "Ці пускаюць вас на спатканні?\n\n"
        "Апошні раз мяне пусцілі ўвосень. Я ехала туды ўсю ноч.",
        "be",
    )
    assert _speakers(result) == ["Алена Шыман"] * 2


@pytest.mark.xfail(reason="most named still answers (L42); Russian gender veto withdrawn")
def test_ru_outlet_that_speaks_names_no_interviewee(run):
    """Trap: «Как сообщила «Медиазона», X …» — the outlet tells the news; X did not answer."""
    result = run(
        "Что известно о деле инженера\n\n"
        "Как сообщила «Медиазона», Кирилл Сомов задержан в Перми по делу о госизмене. Его "
        "жена Дарья Сомова уехала из России.\n\n"
        "— Как вы узнали об аресте?\n\n"
        "— Мне позвонила соседка. Я сразу поехала к дому.\n\n"
        "— Что будете делать?\n\n"
        "— Ждать. Я надеюсь на обмен.",
        "ru",
    )
    assert "Кирилл Сомов" not in _speakers(result)


# --- who answers: the gender of the answers -------------------------------------------------


@pytest.mark.xfail(
    reason="session 42: Russian answers' gender withdrawn (a foreign name's guessed gender, syn13-ru-b)"
)
def test_ru_answers_in_the_feminine_are_not_the_husbands(run):
    """The wife is not named: the answers in the feminine are nobody's, never the husband's."""
    result = run(
        "Жена физика: «Мы держимся»\n\n"
        "Физика Андрея Лаптева задержали в Томске в 2022 году и приговорили к двенадцати годам.\n\n"
        "— Как вы узнали об аресте?\n\n"
        "— Мне позвонили с его работы. Я сначала не поверила, думала, это ошибка.\n\n"
        "— Что сейчас с Андреем?\n\n"
        "— Андрей в колонии. Он пишет, что всё нормально.",
        "ru",
    )
    assert "Андрей Лаптев" not in _speakers(result)


@pytest.mark.xfail(
    reason="session 42: Russian answers' gender withdrawn (a foreign name's guessed gender, syn13-ru-b)"
)
def test_ru_answers_in_the_feminine_pick_the_woman_named(run):
    result = run(
        "«Он ни в чём не виноват»\n\n"
        "Учителя Павла Рябова арестовали в Самаре, суд дал ему шесть лет. Павел Рябов обжаловал "
        "приговор. С нами согласилась встретиться его сестра Ольга Рябова.\n\n"
        "— Как часто вы видитесь?\n\n"
        "— Раз в полгода. Я приезжала к нему в марте.\n\n"
        "— Он получает письма?\n\n"
        "— Не все. Я написала ему сорок писем, дошло десять.",
        "ru",
    )
    assert set(_speakers(result)) == {"Ольга Рябова"}


def test_ru_answers_in_the_masculine_keep_the_man_named(run):
    """Trap: the prisoner himself answers («я был»): he stays the interviewee."""
    result = run(
        "Вышедший на свободу активист — о двух годах в колонии\n\n"
        "Активиста Семёна Гаврилова освободили в августе. Его мать Нина Гаврилова встречала его у "
        "ворот. Семён Гаврилов провёл в колонии два года.\n\n"
        "— Как вас задержали?\n\n"
        "— Прямо на улице. Я шёл с работы, меня посадили в машину.\n\n"
        "— Что было тяжелее всего?\n\n"
        "— Тишина. Я был в одиночке три месяца.",
        "ru",
    )
    assert set(_speakers(result)) == {"Семён Гаврилов"}


# --- gestures after a dash ------------------------------------------------------------------


def test_ru_gesture_inside_one_pair(run):
    result = run(
        "Марина Котова растит двух сыновей одна.\n\n"
        "«Младшему мы говорим, что папа в командировке, — улыбается Марина. — А старший уже всё "
        "понимает».\n\n"
        "Её муж Игорь Котов осуждён на пять лет.",
        "ru",
    )
    assert ("Марина Котова", "Младшему мы говорим,") in _quotes(result)


def test_be_gesture_inside_one_pair(run):
    result = run(
        "Кацярына Лойка гадуе двух сыноў адна.\n\n"
        "«Малодшаму мы кажам, што тата ў камандзіроўцы, — усміхаецца Кацярына. — А старэйшы ўжо "
        "ўсё разумее».\n\n"
        "Тамаш Лойка піша дадому кожны тыдзень.",
        "be",
    )
    assert ("Кацярына Лойка", "Малодшаму мы кажам,") in _quotes(result)


def test_ru_gesture_after_a_question_on_a_dash_line(run):
    result = run(
        "Тимура Рашидова освободили весной. Работу ему вернуть отказались.\n\n"
        "— Куда я поеду? — разводит он руками. — Здесь мой дом.",
        "ru",
    )
    assert ("Тимур Рашидов", "Куда я поеду?") in _quotes(result)


def test_ru_capital_after_a_full_stop_is_speech_not_gesture(run):
    """Trap: «. — Здесь …» after a full stop goes on with the speech; nobody new is named."""
    result = run(
        "Тимура Рашидова освободили весной.\n\n«Я никуда не уеду. — Здесь мой дом», — сказал Рашидов.",
        "ru",
    )
    assert _speakers(result) == ["Тимур Рашидов"]


# --- a third person's words inside a quote ---------------------------------------------------


def test_ru_pronoun_speaker_inside_an_answer(run):
    result = run(
        "«Мама, держись». Мать осуждённого журналиста — о приговоре\n\n"
        "Журналиста Рустама Алиева осудили на девять лет. Мы поговорили с его матерью Зариной "
        "Алиевой.\n\n"
        "— Вы были на суде?\n\n"
        "— Была. Рустам стоял в клетке. Когда объявили срок, он повернулся ко мне и сказал: "
        "«Мама, держись, я скоро вернусь». Я кивнула.\n\n"
        "— Что было потом?\n\n"
        "— Его увезли в колонию. Я жду писем.",
        "ru",
    )
    quotes = _quotes(result)
    assert ("Рустам Алиев", "Мама, держись, я") in quotes
    assert ("Зарина Алиева", "Была. Рустам стоял") in quotes


def test_ru_dropped_subject_inside_a_quote(run):
    result = run(
        "Инженер Олег Миронов отбывает срок в Мордовии.\n\n"
        "«Я отправила прошение о помиловании, а Олег подписывать его не стал. Сказал: «Прощения "
        "просят виноватые». Он такой», — говорит его жена Светлана Миронова.",
        "ru",
    )
    quotes = _quotes(result)
    assert ("Олег Миронов", "Прощения просят виноватые") in quotes
    assert ("Светлана Миронова", "Я отправила прошение") in quotes


def test_be_pronoun_speaker_inside_a_quote(run):
    result = run(
        "Марыю Кавалёву асудзілі на шэсць гадоў.\n\n"
        "«Першы ліст ад яе прыйшоў праз месяц. Яна напісала: „Не плач па мне, я трымаюся“», — "
        "расказвае ягоны муж Андрэй Кавалёў.",
        "be",
    )
    quotes = _quotes(result)
    assert ("Марыя Кавалёва", "Не плач па") in quotes


def test_ru_noun_subject_inside_a_quote_is_not_a_pronoun(run):
    """Trap: «охранник сказал: „…“» — an unnamed guard speaks: no quote of the named man."""
    result = run(
        "Олега Миронова этапировали в колонию.\n\n"
        "«Когда его уводили, охранник сказал: „Прощайтесь быстрее“. Олег только махнул рукой», "
        "— говорит его жена Светлана Миронова.",
        "ru",
    )
    assert "Олег Миронов" not in _speakers(result)


def test_ru_first_person_inside_a_quote_stays_the_speakers(run):
    """Trap: «Я сказала ему: „…“» inside her quote is her own retold words, no one else's."""
    result = run(
        "Олега Миронова этапировали в колонию.\n\n"
        "«На свидании я сказала ему: „Мы тебя ждём“. Он заплакал», — говорит его жена Светлана "
        "Миронова.",
        "ru",
    )
    assert "Олег Миронов" not in _speakers(result)


# --- outlets written with a dot, lawyers by another noun -------------------------------------


def test_ru_outlet_with_a_dot_is_no_speaker(run):
    result = run(
        "Активистку Гузель Ахмерову задержали в Уфе.\n\n"
        "«Мы будем обжаловать арест», — сказал Idel.Реалиям адвокат Ринат Сафин.",
        "ru",
    )
    assert _speakers(result) == ["Ринат Сафин"]
    assert "Idel" not in {p.name for p in result.persons}


def test_ru_lawyer_called_a_jurist_later(run):
    result = run(
        "Учительницу Асель Нурланову оштрафовали и арестовали на десять суток.\n\n"
        "Адвокат Нурлановой Дина Сейткали рассказала, что в суде не допросили свидетелей. «Суд "
        "даже не посмотрел видео. Это было решено заранее», — заявила юрист.",
        "ru",
    )
    assert ("Дина Сейткали", "Суд даже не") in _quotes(result)


def test_ru_jurist_with_two_lawyers_names_nobody(run):
    """Trap: two lawyers introduced; «— заявила юрист» cannot tell which."""
    result = run(
        "Учительницу Асель Нурланову арестовали на десять суток.\n\n"
        "Адвокат Дина Сейткали и адвокат Гаухар Ержанова подали жалобу. «Суд даже не посмотрел "
        "видео», — заявила юрист.",
        "ru",
    )
    assert not any(s in ("Дина Сейткали", "Гаухар Ержанова") for s in _speakers(result))


def test_ru_interviewee_named_by_the_headline_label(run):
    result = run(
        "Анна Петрова: «Мы ждём его каждый день»\n\n"
        "Программиста Илью Петрова задержали в Твери в 2023 году. Илью Петрова осудили на семь "
        "лет. Илья Петров отбывает срок в Мордовии.\n\n"
        "— Когда вы последний раз его видели?\n\n"
        "— В мае, на длительном свидании. Илья сильно похудел.\n\n"
        "— Чем вы занимаетесь сейчас?\n\n"
        "— Работаю и собираю передачи. Мы держимся.",
        "ru",
    )
    assert _speakers(result) == ["Анна Петрова"] * 2


def test_ru_headline_about_a_person_names_no_interviewee(run):
    """Trap: «Дело Ильи Петрова: …» names the prisoner in the genitive, no speaker label (passes
    since session 46: «согласилась поговорить с нами» names the wife as the one answering)."""
    result = run(
        "Дело Ильи Петрова: семь лет за пост\n\n"
        "Программиста Илью Петрова задержали в Твери в 2023 году. Его жена Анна Петрова "
        "согласилась поговорить с нами.\n\n"
        "— Когда вы последний раз его видели?\n\n"
        "— В мае. Я ездила к нему одна.\n\n"
        "— Чем вы занимаетесь сейчас?\n\n"
        "— Работаю и собираю передачи.",
        "ru",
    )
    assert "Илья Петров" not in _speakers(result)


def test_ru_pronoun_after_an_unnamed_official_inside_a_quote(run):
    """Trap: «Пришёл следователь. Он сказал: „…“» — the investigator speaks, not the named man."""
    result = run(
        "Олега Миронова задержали в апреле.\n\n"
        "«Ночью к нам пришёл следователь. Он сказал: „Собирайте вещи, это надолго“. Олег молчал», "
        "— говорит его жена Светлана Миронова.",
        "ru",
    )
    assert "Олег Миронов" not in _speakers(result)


def test_be_pronoun_after_an_unnamed_lawyer_inside_a_quote(run):
    """Trap: «Адвакат … Ён сказаў: „…“» — the unnamed lawyer speaks, not the named man."""
    result = run(
        "Сяргея Жука асудзілі на пяць гадоў.\n\n"
        "«Пасля суда адвакат патэлефанаваў мне. Ён сказаў: „Будзем абскарджваць“», — кажа жонка "
        "Сяргея Ала Жук.",
        "be",
    )
    assert "Сяргей Жук" not in _speakers(result)
