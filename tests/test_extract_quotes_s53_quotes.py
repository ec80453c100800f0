"""Russian and Belarusian quotes, session 53 (helper `quotes`): false quotes and a missed family
of the read sets, each counted over all of them before it was written (docs/extract-ru-be.md,
session 53), in wordings invented for these tests.

* a colon inside a labelled turn («Name: … сказалі: …») is the turn speaker's own retelling,
  not a quote of its own after the inner colon;
* a dash-bulleted line «— Name, role: what befell them» between other dash-bulleted lines is an
  item of a list of people, not a transcript turn (trap: a dialogue whose labels repeat);
* a passive participle of a verb of speech before a colon («прызнаны палітвязнем:», «признан
  экстремистским:») and a subjectless third-person plural («ему добавили год:») give nobody's
  words (trap: «X сказаў: …» / «X заявил: …» with a name as subject stay quotes);
* the verb of speech nearest the words decides the speaker when it has a subject of its own
  (a nominative pronoun or a name): a name in a relative or subordinate clause, or the addressee,
  does not speak (trap: a name that is itself that subject);
* an article publishing a letter («Письма X», «Ліст з калоніі») gives its quotes that fill a
  paragraph with no attribution to the letter's writer (traps: a feature whose headline only
  mentions letters, «— о письмах и свиданиях»; a quote with its own attribution).
"""

from __future__ import annotations

import pytest

from tests.test_extract_ru import quotes

# -- a colon inside a labelled turn ---------------------------------------------------------------

_TURNS_BE = (
    "«Мяне выпусцілі без папярэджання». Гутарка з былым вязнем\n\n"
    "Ян Карповіч вызваліўся ў траўні. Мы пагутарылі з ім у Варшаве.\n\n"
    "Радыё: Як вы даведаліся, што вас вызваляць?\n\n"
    "Карповіч: Ніяк. Ноччу прыйшлі ў барак і загадалі: зьбірайце рэчы хутка, без размоваў.\n\n"
    "Радыё: Што было далей?\n\n"
    "Карповіч: Аўтобус, мяжа, а потым незнаёмыя людзі на вакзале ў Вільні.\n"
)


def test_be_colon_inside_a_labelled_turn_is_the_turns_own(run):
    said = quotes(run(_TURNS_BE, "be"))
    assert ("Ян Карповіч", "Ніяк. Ноччу прыйшлі") in said
    assert not any(text.startswith("зьбірайце") for _, text in said)


# -- a dash-bulleted list of people ---------------------------------------------------------------


def test_ru_dash_list_items_are_no_turns(run):
    result = run(
        "Помилованы шесть политзаключённых\n\n"
        "В пятницу на свободу вышли шесть человек. Среди них:\n"
        "— Ольга Сидоренко, 58 лет, бухгалтер из Гомеля: четыре года колонии;\n"
        "— Пётр Лапицкий, механик: из шести лет он провёл за решёткой почти три;\n"
        "— Алла Ковальчук, пенсионерка: два года ограничения свободы.\n",
        "ru",
    )
    assert not quotes(result)


def test_be_dash_list_items_are_no_turns(run):
    result = run(
        "Апеляцыя не змяніла прысудаў\n\n"
        "Абласны суд пакінуў у сіле прысуды пяцярым жыхарам Оршы:\n"
        "— Андрэй Жукоўскі, тэхнік: тры гады калоніі;\n"
        "— Вольга Сіўко, настаўніца музыкі: два гады хатняй хіміі;\n"
        "— Максім Рудак, кіроўца: пяць гадоў калоніі агульнага рэжыму.\n",
        "be",
    )
    assert not quotes(result)


def test_ru_dash_labels_of_a_dialogue_stay_turns(run):
    """Trap: a transcript whose dash-bulleted labels take the floor more than once."""
    result = run(
        "Суд над блогером: стенограмма\n\n"
        "Заседание по делу блогера Игоря Рыбака прошло в Калуге.\n\n"
        "— Судья Елена Власова: Подсудимый, вы признаёте вину?\n"
        "— Игорь Рыбак: Нет, я писал только правду о своём городе.\n"
        "— Судья Елена Власова: Суд удаляется для вынесения решения.\n"
        "— Игорь Рыбак: Я готов к любому решению суда.\n",
        "ru",
    )
    assert ("Игорь Рыбак", "Нет, я писал") in quotes(result)


# -- what a colon after a participle or an indefinite «they» introduces ---------------------------


def test_be_passive_participle_before_a_colon_is_no_speech(run):
    result = run(
        "Затрыманы ў Баранавічах\n\n"
        "Паводле праваабаронцаў, Міхась Дзямідаў пакуль не прызнаны палітвязнем: юрысты чакаюць, "
        "калі стане вядомы артыкул абвінавачання.\n",
        "be",
    )
    assert not quotes(result)


def test_be_named_subject_before_a_colon_still_speaks(run):
    """Trap: a finite verb of speech whose subject is a name."""
    result = run(
        "Затрыманы ў Баранавічах\n\n"
        "Праваабаронца Міхась Дзямідаў сказаў журналістам: мы будзем прасіць суд пра адкрыты працэс.\n",
        "be",
    )
    assert ("Міхась Дзямідаў", "мы будзем прасіць") in quotes(result)


def test_ru_indefinite_plural_before_a_colon_is_no_speech(run):
    result = run(
        "Срок продлили в колонии\n\n"
        "Политзаключённый Антон Сушко отбывает пять лет в Шклове. Этой зимой Антону добавили ещё "
        "полтора года: в колонии против него возбудили новое дело о неповиновении администрации.\n",
        "ru",
    )
    assert not quotes(result)


def test_ru_named_subject_before_a_colon_still_speaks(run):
    """Trap: the same colon after a verb of speech with a named subject."""
    result = run(
        "Срок продлили в колонии\n\n"
        "Политзаключённый Антон Сушко отбывает пять лет в Шклове. Его адвокат Марина Ильина "
        "добавила: мы обжалуем и этот приговор, потому что доказательств нет.\n",
        "ru",
    )
    assert ("Марина Ильина", "мы обжалуем и") in quotes(result)


# -- the subject of the verb of speech speaks ----------------------------------------------------


def test_ru_name_in_a_relative_clause_does_not_speak(run):
    result = run(
        "Письмо из колонии\n\n"
        "Журналист Роман Гуляев отбывает срок в Мордовии. Его жена Дарья Гуляева пишет ему каждую "
        "неделю.\n\n"
        'В открытке, которую Дарья показала нам, Роман пишет: "Не грусти, весной увидимся".\n',
        "ru",
    )
    said = quotes(result)
    assert ("Роман Гуляев", "Не грусти, весной") in said
    assert ("Дарья Гуляева", "Не грусти, весной") not in said


def test_ru_pronoun_subject_passes_over_a_name_in_the_clause_before(run):
    result = run(
        "Смерть в колонии\n\n"
        "Когда в мае Ирина Гуляева дозвонилась до начальника колонии Олега Суркова, он ответил ей: "
        '"Заключённый получает всю необходимую помощь".\n',
        "ru",
    )
    said = quotes(result)
    assert not any(name == "Ирина Гуляева" for name, _ in said)


def test_ru_addressee_after_a_pronoun_subject_does_not_speak(run):
    result = run(
        "Вильнюс: освобождённые на вокзале\n\n"
        'Последней из автобуса вышла Анна Корзун. Она долго молчала. "Я не видела сына четыре '
        'года", — сказала она корреспонденту агентства Алине Ивашко.\n',
        "ru",
    )
    said = quotes(result)
    assert ("Анна Корзун", "Я не видела") in said
    assert not any(name == "Алина Ивашко" for name, _ in said)


def test_ru_named_subject_of_the_verb_speaks(run):
    """Trap: the name is itself the subject of the verb of speech."""
    result = run(
        "Приговор в Томске\n\n"
        'Когда судья ушла в совещательную комнату, адвокат Олег Сурков сказал: "Мы будем обжаловать '
        'любой обвинительный приговор".\n',
        "ru",
    )
    assert ("Олег Сурков", "Мы будем обжаловать") in quotes(result)


# -- a published letter --------------------------------------------------------------------------

_LETTER_RU = (
    "«Здесь тихо и холодно». Письма Виктора Лозинского из ярославского СИЗО\n\n"
    "Виктор Лозинский провёл в СИЗО год. Его сестра передала редакции три письма.\n\n"
    "12 октября\n\n"
    '"Здравствуй, Оля. У меня всё хорошо, соседи спокойные, кормят терпимо."\n\n'
    "3 ноября\n\n"
    '"Следователь опять приходил, снова уговаривал признаться. Я отказался."\n'
)


def test_ru_letter_fragments_are_the_writers(run):
    said = quotes(run(_LETTER_RU, "ru"))
    assert ("Виктор Лозинский", "Здравствуй, Оля. У") in said
    assert ("Виктор Лозинский", "Следователь опять приходил,") in said


def test_be_letter_fragments_go_to_the_one_most_named(run):
    result = run(
        "«Тут вельмі ціха». Ліст з магілёўскай калоніі\n\n"
        "Юрыю Стасевічу 39 гадоў, ён настаўнік фізікі з Шклова. Юрыя асудзілі на шэсць гадоў. "
        "Ліст Юрый напісаў сястры ў верасні.\n\n"
        '"Прывітанне, Зоя. Я здаровы, працую ў цэху, вечарамі чытаю."\n\n'
        "Далей Юрый піша пра суседзяў.\n\n"
        '"Са мной у атрадзе сядзяць яшчэ тры настаўнікі, нам ёсць пра што пагаварыць."\n',
        "be",
    )
    said = quotes(result)
    assert ("Юрый Стасевіч", "Прывітанне, Зоя. Я") in said
    assert ("Юрый Стасевіч", "Са мной у") in said


@pytest.mark.parametrize(
    "headline",
    [
        "«Мы живём от письма до письма». Как семья из Ярославля ждёт сына",
        "«Здесь тихо и холодно». Сестра политзаключённого — о письмах и свиданиях",
    ],
)
def test_ru_a_feature_about_letters_is_no_letter(run, headline):
    """Trap: a headline that only speaks of letters publishes none."""
    text = headline + _LETTER_RU[_LETTER_RU.index("\n") :]
    said = quotes(run(text, "ru"))
    assert not any(name == "Виктор Лозинский" for name, _ in said)


def test_ru_letter_article_keeps_an_attributed_quote(run):
    """Trap: a quote with its own attribution in a letter article stays its speaker's."""
    sister = '\n"Он никогда не жаловался, даже зимой", — говорит сестра Виктора Ольга Лозинская.\n'
    said = quotes(run(_LETTER_RU + sister, "ru"))
    assert ("Ольга Лозинская", "Он никогда не") in said


# -- a subheading in marks -----------------------------------------------------------------------

_FEATURE_BE = (
    "Як маці чакае сына з калоніі\n\n"
    "Святлана Рудзік жыве ў Бабруйску адна. Яе сына Паўла асудзілі на шэсць гадоў.\n\n"
    "— Я кожны тыдзень пішу яму ліст, — кажа Святлана.\n\n"
    "{line}\n\n"
    "Пра жыццё ў калоніі ёй расказаў былы палітвязень Ігар Сакалоў.\n"
)


def test_be_a_subheading_in_marks_is_no_quote(run):
    said = quotes(run(_FEATURE_BE.format(line="«Сябар, які заўсёды побач»"), "be"))
    assert not any(text.startswith("Сябар, які") for _, text in said)
    assert ("Святлана Рудзік", "Я кожны тыдзень") in said


def test_ru_a_line_in_marks_after_a_colon_stays_a_quote(run):
    """Trap: a colon ending the line before introduces the words below it."""
    result = run(
        "Вышел на свободу\n\n"
        "Журналист Артём Белов вышел из колонии в Твери. Вечером он написал в телеграме:\n\n"
        "«Спасибо всем, кто писал мне все эти годы»\n",
        "ru",
    )
    assert ("Артём Белов", "Спасибо всем, кто") in quotes(result)


# -- an institution is no person; a live blog's entries -------------------------------------------


def test_be_an_institution_taken_for_a_person_does_not_speak(run):
    result = run(
        "Вызваленне: хроніка дня\n\n"
        "09:40 Пасольства Польшчы ў Мінску паведаміла: на волю выйшлі дзесяць чалавек, сярод іх "
        "журналіст Андрэй Пальчэўскі.\n",
        "be",
    )
    assert not quotes(result)


def test_be_pronoun_does_not_reach_an_earlier_entry(run):
    result = run(
        "Вызваленне: хроніка дня\n\n"
        "11:20 Сярод вызваленых — настаўнік з Гродна Віктар Лапко.\n\n"
        "12:05 Спецпасланнік ЕЗ сустрэўся з вызваленымі на мяжы. Журналістам ён сказаў: "
        '"Мы будзем працаваць далей, пакуль не выйдуць усе".\n',
        "be",
    )
    assert not any(name == "Віктар Лапко" for name, _ in quotes(result))


def test_be_pronoun_inside_one_entry_still_speaks(run):
    """Trap: the pronoun's person is named in the same entry."""
    result = run(
        "Вызваленне: хроніка дня\n\n"
        "11:20 Сярод вызваленых — настаўнік з Гродна Віктар Лапко. Журналістам ён сказаў: "
        '"Я яшчэ не веру, што я на волі".\n',
        "be",
    )
    assert ("Віктар Лапко", "Я яшчэ не") in quotes(result)
