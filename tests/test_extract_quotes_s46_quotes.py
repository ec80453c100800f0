"""Quote speakers of session 46 (helper quotes; Russian and Belarusian interviews).

* (Russian, Belarusian) an introduction that says the interviewee talked *with the newsroom*
  («Она согласилась поговорить с Кавказ.Реалии», «пагутарыў з «Нашай Нівай»») names the one who
  answers as a telling to the newsroom does: the sentence's subject, a pronoun looked up.
* an interview whose questions carry the interviewer's label («НН: …?») and whose answers are
  plain paragraphs: the paragraph after each labelled turn is the interviewee's answer.
* a dash prompt without «?» («— Вы говорили, что …») after an answer that runs on over plain
  paragraphs is still the interviewer's, and the dash line after it the answer.

Sentences written for these tests."""

from __future__ import annotations

from tests.test_extract_ru import quotes

# -- an introduction: the interviewee talked with the newsroom ---------------------------------

_RU_INTERVIEW = (
    "Отец осуждённого студента — о двух годах ожидания\n\n"
    "Студента из Пскова Игоря Ветрова задержали в мае 2023 года. Суд дал ему семь лет колонии.\n\n"
    "Его отец, Павел Ветров, работает водителем автобуса. {intro}\n\n"
    "— Когда вы узнали о задержании?\n\n"
    "— Утром мне позвонил его сосед по общежитию. Я сразу поехал в Псков.\n\n"
    "— Как Игорь сейчас?\n\n"
    "— Держится. Пишет мне каждую неделю, просит книги.\n"
)


def test_ru_a_talk_with_the_outlet_names_the_subject_as_the_one_answering(run):
    text = _RU_INTERVIEW.format(intro="Он согласился поговорить с Кавказ.Реалии.")
    assert quotes(run(text, "ru")) == {
        ("Павел Ветров", "Утром мне позвонил"),
        ("Павел Ветров", "Держится. Пишет мне"),
    }


def test_ru_a_talk_with_someone_else_is_no_talk_with_the_newsroom(run):
    # trap: the talk is with a neighbour, not the outlet: the sentence names no interviewee, and
    # the rule gives the father nothing (the older choice, the one named most, stands)
    text = _RU_INTERVIEW.format(intro="Он согласился поговорить с соседом.")
    assert all(speaker != "Павел Ветров" for speaker, _ in quotes(run(text, "ru")))


def test_be_a_talk_with_the_outlet_in_marks_names_the_subject(run):
    text = (
        "Маці палітвязня — пра чаканьне\n\n"
        "Студэнта Андрэя Лукашэвіча асудзілі на шэсьць гадоў калёніі.\n\n"
        "Ягоная маці, Ганна Лукашэвіч, жыве ў Бабруйску. Яна пагутарыла з «Нашай Нівай».\n\n"
        "— Як вы даведаліся пра арышт?\n\n"
        "— Мне патэлефанавала ягоная сяброўка. Я адразу паехала ў Менск.\n\n"
        "— Ці пішаце вы яму?\n\n"
        "— Кожны тыдзень. Ён адказвае коратка.\n"
    )
    assert quotes(run(text, "be")) == {
        ("Ганна Лукашэвіч", "Мне патэлефанавала ягоная"),
        ("Ганна Лукашэвіч", "Кожны тыдзень. Ён"),
    }


# -- questions under the interviewer's label, answers set plain ---------------------------------

_BE_LABELLED = (
    "Вызвалены фэрмэр — пра калёнію\n\n"
    "Фэрмэр зь Лідчыны Антон Карповіч адбыў тры гады калёніі і выйшаў на волю ў жніўні.\n\n"
    "НН: Як вас затрымалі?\n\n"
    "Прыйшлі раніцай, шасьцёра. Я яшчэ спаў.\n\n"
    "НН: Што было самым цяжкім?\n\n"
    "Адсутнасьць лістоў. Я чакаў іх месяцамі.\n\n"
    "НН: {second}\n\n"
    "{answer}\n\n"
    "Антон Карповіч цяпер жыве ў Вільні.\n"
)


def test_be_plain_paragraphs_after_labelled_questions_are_the_answers(run):
    text = _BE_LABELLED.format(second="Ці будзеце вяртацца?", answer="Калі вернуцца ўсе астатнія.")
    assert quotes(run(text, "be")) == {
        ("Антон Карповіч", "Прыйшлі раніцай, шасьцёра."),
        ("Антон Карповіч", "Адсутнасьць лістоў. Я"),
        ("Антон Карповіч", "Калі вернуцца ўсе"),
    }


def test_be_a_labelled_prompt_without_a_question_mark_is_answered_too(run):
    text = _BE_LABELLED.format(
        second="Пішуць, што хутка будзе новае памілаваньне.", answer="Я таксама гэта чуў. Але не веру."
    )
    assert quotes(run(text, "be")) == {
        ("Антон Карповіч", "Прыйшлі раніцай, шасьцёра."),
        ("Антон Карповіч", "Адсутнасьць лістоў. Я"),
        ("Антон Карповіч", "Я таксама гэта"),
    }


def test_be_a_transcript_labelling_both_sides_is_not_read_as_plain_answers(run):
    # trap: the answers carry their own label: the paragraph after a question is a turn of its
    # own speaker, never a plain answer given to whoever the text names most
    text = (
        "Суд над фэрмэрам\n\n"
        "Фэрмэра Антона Карповіча судзілі ў Лідзе.\n\n"
        "Суддзя: Вы прызнаеце віну?\n\n"
        "Карповіч: Не, не прызнаю.\n\n"
        "Суддзя: Вы ведалі пра чат?\n\n"
        "Карповіч: Не ведаў.\n"
    )
    found = quotes(run(text, "be"))
    assert ("Антон Карповіч", "Не, не прызнаю.") in found
    assert ("Антон Карповіч", "Суддзя: Вы ведалі") not in found


# -- a dash prompt after an answer that runs on --------------------------------------------------


def test_ru_a_prompt_after_an_answer_of_several_paragraphs_is_the_interviewer_s(run):
    text = (
        "Жена политзаключённого — о свиданиях\n\n"
        "Инженера Олега Сомова приговорили к девяти годам. Его жена Ирина Сомова рассказала нам, "
        "как живёт семья.\n\n"
        "— Где сейчас Олег?\n\n"
        "— В колонии под Тверью. Я езжу к нему раз в три месяца.\n\n"
        "Он много читает и учит немецкий. Говорит, что так легче.\n\n"
        "— Вы говорили, что в колонии ему стало плохо с сердцем.\n\n"
        "— Да, в марте. Врача ждали два часа.\n\n"
        "— Что вы хотели бы ему сказать?\n\n"
        "— Что мы его ждём.\n"
    )
    assert quotes(run(text, "ru")) == {
        ("Ирина Сомова", "В колонии под"),
        ("Ирина Сомова", "Да, в марте."),
        ("Ирина Сомова", "Что мы его"),
    }


# -- a named person between an unnamed noun and the pronoun is the nearer antecedent -------------


def test_ru_a_name_after_the_unnamed_lawyer_is_what_the_pronoun_points_at(run):
    text = (
        "Олега Миронова задержали в апреле.\n\n"
        "«Мы наняли другого адвоката, и Олег отказался от прежних показаний. На свидании он "
        "сказал мне: „Я ничего плохого не делал“. Я ему верю», — говорит его жена Светлана Миронова."
    )
    found = quotes(run(text, "ru"))
    assert ("Олег Миронов", "Я ничего плохого") in found
    assert ("Светлана Миронова", "Мы наняли другого") in found


def test_ru_an_unnamed_official_after_the_name_still_speaks(run):
    # trap: the unnamed investigator comes after the name: he is the nearer one, so the words
    # are nobody's named
    text = (
        "Олега Миронова задержали в апреле.\n\n"
        "«Олег молчал, а потом пришёл следователь. Он сказал: „Собирайте вещи, это надолго“. Я "
        "заплакала», — говорит его жена Светлана Миронова."
    )
    assert all(speaker != "Олег Миронов" for speaker, _ in quotes(run(text, "ru")))


# -- a role noun in the author's words inside one pair --------------------------------------------


def test_ru_a_role_in_the_author_s_words_inside_the_pair_is_its_one_holder(run):
    text = (
        "Дело краеведа\n\n"
        "Краеведа Антона Белова арестовали в Вологде. Его адвокат Илья Руднев сообщил, что "
        "подзащитный вину не признаёт. «Он тридцать лет водит экскурсии по городу, а теперь его "
        "называют экстремистом, — возмутился защитник. — Обвинение построено на одном посте»."
    )
    assert quotes(run(text, "ru")) == {("Илья Руднев", "Он тридцать лет")}


def test_ru_a_role_held_by_two_named_people_gives_nobody(run):
    # trap: two lawyers introduced: «возмутился защитник» cannot tell which one speaks
    text = (
        "Дело краеведа\n\n"
        "Краеведа Антона Белова арестовали в Вологде. Адвокат Илья Руднев и адвокат Олег Карпов "
        "подали жалобу. «Он тридцать лет водит экскурсии по городу, а теперь его называют "
        "экстремистом, — возмутился защитник. — Обвинение построено на одном посте»."
    )
    assert not {speaker for speaker, _ in quotes(run(text, "ru"))} & {"Илья Руднев", "Олег Карпов"}
