"""Session 40 quotes in interviews and transcripts, three languages: who a turn belongs to.

* a Belarusian label whose first name is the -ы/-і nominative of a name the story first gave
  in another case («Валеры Корсак:» after «Валерыя Корсака») is a turn, not an oblique
  address line;
* the interviewee is whom the introduction says the talk is with (a wife, a lawyer), not the
  prisoner it is about: English Q/A and unlabelled answers, Russian and Belarusian «Вопрос/Ответ»;
* English labels of initials ('TV:') name the one person with those initials;
* a court or studio transcript with role labels ('JUDGE:', 'PROSECUTOR:') beside a named
  speaker is a dialogue even when nobody speaks twice.

Sentences written for these tests (none copied from an evaluation set), with traps."""

from __future__ import annotations

from tests.extract_views import quote_openings as _quotes

# --- Belarusian labels with a first name in -ы / -і ---------------------------------------


def test_be_label_with_first_name_in_y_after_an_oblique_introduction(run):
    result = run(
        "Гутарка з вызваленым палітвязьнем Валерыем Корсакам\n\n"
        "Валерыя Корсака затрымалі ў 2021 годзе і асудзілі на пяць гадоў. У жніўні яго "
        "вызвалілі.\n\n"
        "Белсат: Як вы даведаліся пра вызваленьне?\n\n"
        "Валеры Корсак: Мне нічога не казалі да апошняга дня. Раніцай прыйшоў канвой.\n\n"
        "Белсат: Што будзеце рабіць?\n\n"
        "Валеры Корсак: Спачатку адпачну, потым пашукаю працу.",
        "be",
    )
    speakers = {speaker for speaker, _ in _quotes(result)}
    assert len(result.quotes) == 2
    assert len(speakers) == 1 and "Корсак" in next(iter(speakers))


def test_be_label_with_surname_only_in_another_story(run):
    result = run(
        "Радыё пагутарыла з Дзмітрыем Луцкевічам, якога вызвалілі ў кастрычніку пасьля трох "
        "гадоў калёніі і вывезьлі ў Літву.\n\n"
        "Свабода: Ці пыталіся ў вас згоды на выезд?\n\n"
        "Дзмітры Луцкевіч: Не, ніхто нічога не пытаўся. Нас проста пасадзілі ў аўтобус.\n\n"
        "Свабода: Ці плануеце вярнуцца?\n\n"
        "Дзмітры Луцкевіч: Калі выпусьцяць усіх, адразу вярнуся.",
        "be",
    )
    assert len(result.quotes) == 2
    assert all(speaker != "?" for speaker, _ in _quotes(result))


def test_be_address_line_in_the_dative_is_no_turn(run):
    result = run(
        "Палітвязня Валерыя Корсака асудзілі на пяць гадоў. Ён адбывае тэрмін у Горках.\n\n"
        "Лісты можна дасылаць на адрас:\n\n"
        "Валерыю Корсаку: 213410, Магілёўская вобласць, Горкі, ПК-9.\n\n"
        "Валерыю Корсаку: пісаць толькі па-беларуску або па-руску, без палітыкі.",
        "be",
    )
    assert result.quotes == []


# --- the interviewee is whom the talk is with -----------------------------------------------


def test_en_wife_who_spoke_to_us_answers_not_the_prisoner(extract_text):
    result = extract_text(
        "Trade unionist Oleg Brandt is serving eight years in a colony near Perm. Brandt was "
        "arrested in 2022. His wife, Vera Brandt, spoke to us in Riga.\n\n"
        "Q: When did you last see him?\n\n"
        "A: In June, for two hours, through glass. He has grown thin.\n\n"
        "Q: Does he get your letters?\n\n"
        "A: Some of them. I number every letter so I know which ones vanish."
    )
    assert _quotes(result) == {("Vera Brandt", "In June, for"), ("Vera Brandt", "Some of them.")}


def test_en_we_spoke_with_his_lawyer_unlabelled_answers(extract_text):
    result = extract_text(
        "Blogger Karim Haddad has been held in Tora for fourteen months without trial. Haddad's "
        "family has not been allowed to visit him. We spoke with his lawyer, Nadia Fathi, after "
        "the latest hearing.\n\n"
        "How is he?\n\n"
        "Tired, but his mind is clear. He asked me to thank the people who write to him.\n\n"
        "What happens next?\n\n"
        "We will appeal again. I have filed four requests for release so far."
    )
    assert _quotes(result) == {("Nadia Fathi", "Tired, but his"), ("Nadia Fathi", "We will appeal")}


def test_en_the_freed_man_who_answered_our_questions(extract_text):
    result = extract_text(
        "Reporter Lukas Meier was freed on Monday after 300 days in detention in Baku. Meier, "
        "44, answered our questions by email.\n\n"
        "Q: How did you learn you would be freed?\n\n"
        "A: A guard told me to pack my things. I thought I was being moved again.\n\n"
        "Q: What will you do first?\n\n"
        "A: Sleep. Then I will write about the men I left behind."
    )
    assert _quotes(result) == {("Lukas Meier", "A guard told"), ("Lukas Meier", "Sleep. Then I")}


def test_en_a_call_the_newsroom_took_no_part_in_frames_nobody(extract_text):
    # 'spoke to his mother by phone' is no talk with us: the story is about Haddad, who answers
    result = extract_text(
        "Student Omar Haddad was released from Tora prison on Sunday. Haddad spoke to his mother "
        "by phone from the prison gate. Haddad later talked to us about the year inside.\n\n"
        "Q: What was the worst moment?\n\n"
        "A: The first week. I did not know where I was.\n\n"
        "Q: Will you stay in Egypt?\n\n"
        "A: I do not know yet. My family is here."
    )
    assert _quotes(result) == {("Omar Haddad", "The first week."), ("Omar Haddad", "I do not")}


def test_ru_answer_labels_go_to_the_lawyer_the_talk_is_with(run):
    result = run(
        "Активиста Павла Ершова приговорили к шести годам колонии. Павел Ершов не признал вину. "
        "Мы поговорили с его адвокатом Мариной Соколовой.\n\n"
        "Вопрос: Как он себя чувствует?\n\n"
        "Ответ: Держится. Он просил передать, что ни о чём не жалеет.\n\n"
        "Вопрос: Будете обжаловать приговор?\n\n"
        "Ответ: Да, жалобу мы подадим на этой неделе.",
        "ru",
    )
    lawyer = "Марина Соколова"
    assert _quotes(result) == {(lawyer, "Держится. Он просил"), (lawyer, "Да, жалобу мы")}


def test_be_answer_labels_go_to_the_mother_the_talk_is_with(run):
    result = run(
        "Палітвязень Кірыл Жук адбывае сем гадоў у калоніі. Кірыла Жука затрымалі ў 2021 годзе. "
        "Мы пагутарылі з яго маці Ларысай Жук.\n\n"
        "Пытанне: Калі вы бачылі сына?\n\n"
        "Адказ: У сакавіку, на кароткім спатканьні. Ён моцна схуднеў.\n\n"
        "Пытанне: Ці даходзяць лісты?\n\n"
        "Адказ: Рэдка. Я пішу кожны тыдзень.",
        "be",
    )
    speakers = {speaker for speaker, _ in _quotes(result)}
    assert len(result.quotes) == 2
    assert speakers == {"Ларыса Жук"}


def test_ru_answer_labels_without_a_frame_keep_the_most_named(run):
    result = run(
        "Журналистка Дарья Котова вышла на свободу в мае. Дарью Котову задержали в 2022 году. "
        "Котова рассказала о колонии.\n\n"
        "Вопрос: Как вас освободили?\n\n"
        "Ответ: Меня вызвали утром и сказали собирать вещи.\n\n"
        "Вопрос: Что дальше?\n\n"
        "Ответ: Буду работать, как раньше.",
        "ru",
    )
    assert {speaker for speaker, _ in _quotes(result)} == {"Дарья Котова"}
    assert len(result.quotes) == 2


# --- English labels of initials -------------------------------------------------------------


def test_en_initials_labels_name_their_holders(extract_text):
    result = extract_text(
        "Former student leader Marek Zielinski spent two years in a Minsk prison before his "
        "release in May. He spoke to our correspondent Helena Ruiz in Warsaw.\n\n"
        "HR: How were you treated?\n\n"
        "MZ: At first they kept me alone. I saw no daylight for weeks.\n\n"
        "HR: What will you do now?\n\n"
        "MZ: Finish my degree, and write to those still inside."
    )
    assert ("Marek Zielinski", "At first they") in _quotes(result)
    assert ("Marek Zielinski", "Finish my degree,") in _quotes(result)


def test_en_initials_shared_by_two_people_name_nobody(extract_text):
    result = extract_text(
        "Activists Anna Kowal and Adam Kruk were both released in June. They spoke to us "
        "together in Vilnius.\n\n"
        "AK: We were woken at four and put on a bus.\n\n"
        "AK: Nobody told us where we were going.\n\n"
        "AK: Then the border, and a stranger with a phone."
    )
    assert all(speaker not in ("Anna Kowal", "Adam Kruk") for speaker, _ in _quotes(result))


def test_en_an_acronym_label_of_no_person_is_no_turn(extract_text):
    result = extract_text(
        "Rights lawyer Tomas Berg was sentenced to four years on Friday.\n\n"
        "UN: The verdict breaches the covenant and must be reviewed.\n\n"
        "EU: The sentence should be quashed and Berg released.\n\n"
        "UN: A second statement is expected on Monday."
    )
    assert all(speaker != "Tomas Berg" for speaker, _ in _quotes(result))


# --- court and studio transcripts with role labels ------------------------------------------


def test_en_court_transcript_with_role_labels(extract_text):
    result = extract_text(
        "At the hearing in Gomel on Tuesday, the court questioned the defendant, Piotr Sadouski.\n\n"
        "JUDGE: Do you admit your guilt?\n\n"
        "SADOUSKI: No. I only filmed what happened on my street.\n\n"
        "PROSECUTOR: The state asks for five years.\n\n"
        "The court sentenced Sadouski to four years in a penal colony."
    )
    assert _quotes(result) == {("Piotr Sadouski", "No. I only")}


def test_en_studio_transcript_with_a_presenter_label(extract_text):
    result = extract_text(
        "Released journalist Irena Kovac joined the evening programme from Vilnius.\n\n"
        "PRESENTER: Irena, how are you feeling tonight?\n\n"
        "KOVAC: Free, and strange. I keep waiting for a guard to call my name.\n\n"
        "PRESENTER: Thank you for joining us."
    )
    assert _quotes(result) == {("Irena Kovac", "Free, and strange.")}


def test_en_a_case_card_with_role_labels_is_no_transcript(extract_text):
    result = extract_text(
        "Teacher Ales Varonka was sentenced on Monday.\n\n"
        "Judge: Viktar Pauk of the Minsk city court\n\n"
        "Prosecutor: the regional office\n\n"
        "Varonka: six years in a general-regime colony"
    )
    assert _quotes(result) == set()


def test_en_a_list_labelled_by_different_names_is_still_no_transcript(extract_text):
    result = extract_text(
        "Three candidates answered the same question about prisoners.\n\n"
        "Hanna Lis: All of them must be freed at once.\n\n"
        "Jan Mroz: Each case must be reviewed by a court.\n\n"
        "Ewa Nowak: The amnesty law should be passed this year."
    )
    assert _quotes(result) == set()


# --- Russian and Belarusian: the one who told us -------------------------------------------


def test_ru_dash_answers_of_the_wife_who_told_us(run):
    result = run(
        "Политзаключенный Семён Гаврилов отбывает восемь лет в колонии под Пермью. Гаврилова "
        "задержали в 2022 году. О жизни семьи нам рассказала его жена Алла Гаврилова.\n\n"
        "— Когда вы в последний раз видели мужа?\n\n"
        "— В марте, на коротком свидании. Он сильно похудел.\n\n"
        "— Он получает письма?\n\n"
        "— Не все. Я нумерую каждое письмо.",
        "ru",
    )
    assert {speaker for speaker, _ in _quotes(result)} == {"Алла Гаврилова"}
    assert len(result.quotes) == 2


def test_ru_dash_answers_of_the_sister_who_answered_our_questions(run):
    result = run(
        "Глеба Луговского приговорили к девяти годам. Глеб Луговской не признал вину, его "
        "этапировали в Мордовию. На наши вопросы ответила его сестра Инна Луговская.\n\n"
        "— Как он?\n\n"
        "— Держится. Пишет, что много читает.\n\n"
        "— Вы ездите к нему?\n\n"
        "— Раз в три месяца. Дорога занимает двое суток.",
        "ru",
    )
    assert {speaker for speaker, _ in _quotes(result)} == {"Инна Луговская"}


def test_be_dash_answers_of_the_wife_who_told_us(run):
    result = run(
        "Палітвязень Алег Сініца адбывае шэсць гадоў. Алега Сініцу затрымалі ў 2021 годзе. Пра "
        "мужа нам расказала Зоя Сініца.\n\n"
        "— Калі вы бачылі мужа?\n\n"
        "— У траўні, праз шкло. Ён схуднеў.\n\n"
        "— Ці даходзяць лісты?\n\n"
        "— Рэдка. Я пішу кожны тыдзень.",
        "be",
    )
    assert {speaker for speaker, _ in _quotes(result)} == {"Зоя Сініца"}


def test_ru_a_lawyer_telling_us_about_the_prisoner_in_another_case_is_still_the_one(run):
    # the prisoner named in the accusative in the told sentence does not answer
    result = run(
        "Журналист Артём Карпов арестован в мае. Адвокат Ирина Шульц рассказала нам, что Карпова "
        "перевели в другой изолятор.\n\n"
        "— Как он себя чувствует?\n\n"
        "— Нормально. Жалоб на здоровье у него нет.\n\n"
        "— Когда суд?\n\n"
        "— Заседание назначено на июль.",
        "ru",
    )
    assert "Артём Карпов" not in {speaker for speaker, _ in _quotes(result)}


def test_ru_the_prisoner_who_told_us_himself(run):
    result = run(
        "Активист Тимур Асланов вышел на свободу в апреле после трех лет колонии. Асланов "
        "рассказал нам о заключении.\n\n"
        "— Как вас освободили?\n\n"
        "— Меня вызвали утром и сказали собирать вещи.\n\n"
        "— Что дальше?\n\n"
        "— Буду работать, как раньше.",
        "ru",
    )
    assert {speaker for speaker, _ in _quotes(result)} == {"Тимур Асланов"}


# --- a text the newsroom prints after saying who gave it ------------------------------------


def _printed(lead: str, aside: str) -> str:
    return (
        f"{lead} {aside}\n\n"
        '"Nobody in this room believes I am a spy. I sent money for bandages, and I would send '
        'it again."\n\n'
        "The court will announce the verdict on Friday."
    )


def test_en_final_statement_then_we_publish_an_excerpt(extract_text):
    result = extract_text(
        _printed(
            "Nurse Daria Volkova, 29, faces twelve years for treason. On Tuesday, Volkova delivered "
            "her final statement.",
            "We publish an excerpt.",
        )
    )
    assert _quotes(result) == {("Daria Volkova", "Nobody in this")}


def test_en_letter_then_here_is_part_of_it(extract_text):
    result = extract_text(
        _printed(
            "Blogger Ruslan Amirov has spent a year in pre-trial detention. Last week Amirov wrote "
            "a letter to his supporters.",
            "Here is part of it.",
        )
    )
    assert _quotes(result) == {("Ruslan Amirov", "Nobody in this")}


def test_en_final_plea_then_we_reproduce_it(extract_text):
    result = extract_text(
        _printed(
            "Before the judges withdrew, Halima Osman made a short plea to the court.",
            "We reproduce it in full.",
        )
    )
    assert _quotes(result) == {("Halima Osman", "Nobody in this")}


def test_en_printed_document_that_is_no_ones_words_is_no_quote(extract_text):
    # the prosecutor read the charges: a document, not a statement of the one who read it
    result = extract_text(
        _printed(
            "At the hearing prosecutor Ivan Lebedev read out the charges against the nurse.",
            "We publish them below.",
        )
    )
    assert all(speaker != "Ivan Lebedev" for speaker, _ in _quotes(result))


def test_en_newsroom_aside_after_an_arrest_names_nobody(extract_text):
    result = extract_text(
        _printed(
            "Police detained Daria Volkova on Tuesday at her flat.",
            "We publish the statement of her support group.",
        )
    )
    assert all(speaker != "Daria Volkova" for speaker, _ in _quotes(result))
