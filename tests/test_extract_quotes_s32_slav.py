"""Russian and Belarusian quote families of session 32, found on the newly read blind sets
(syn22-ru-b, syn22-be-b) and the sets read before (syn20*, syn21*): whole-article structure
rather than one sentence's wording.

* an interview whose questions stand under a short label («НН»: …? / Корреспондент: …?) and
  whose answers are dash paragraphs: the answers are the interviewee's;
* a paragraph opened by a topic phrase and a colon («Пра мінулае X: …») is no transcript turn;
  speech after a colon is not read from a verb in a relative clause before it, nor when the
  words after the colon are reported speech («он утверждал, что …»);
* a background sentence about the speaker (her pronoun only) between two of her quotes keeps
  her voice; a generic noun («— успамінае жанчына») goes on with the last voice of its gender;
* words in marks after a preposition («за «…»») are a noun phrase, never speech; a third-person
  verb after «по его словам» finishes the sentence's own clause;
* «— рассказал он X-у»: the object of the verb of speech is told, the pronoun speaks; «- сказал
  он. -» with hyphens is an attribution inside one pair; a pronoun right after a sentence that
  ends on an unnamed relative («позвонила маме. Она сказала:») is that relative, no named speaker.

Sentences written for these tests; gold decided from GUIDELINES ("Quotes")."""

from __future__ import annotations

import pytest

from tests.test_extract_ru import quotes

# -- interviews: labelled questions, dash answers ---------------------------------------------------


@pytest.mark.parametrize("label", ["«Наша газета»", "Карэспандэнт", "НГ"])
def test_be_labelled_questions_dash_answers(run, label):
    text = (
        "«Я ні пра што не шкадую». Інтэрвію з Міхасём Сабалеўскім\n\n"
        "Міхась Сабалеўскі выйшаў на волю ў кастрычніку, адбыўшы два гады калёніі. Мы пагаварылі з "
        "Міхасём пра калёнію і пра тое, што далей.\n\n"
        f"{label}: Як вас сустрэлі?\n\n"
        "— Сустрэла сястра, яна прыехала з Гомеля. Я доўга не мог паверыць, што ўсё скончылася.\n\n"
        f"{label}: Што было найцяжэй?\n\n"
        "— Цішыня. У калёніі я заўсёды быў сярод людзей, а тут раптам адзін.\n"
    )
    assert quotes(run(text, "be")) == {
        ("Міхась Сабалеўскі", "Сустрэла сястра, яна"),
        ("Міхась Сабалеўскі", "Цішыня. У калёніі"),
    }


@pytest.mark.parametrize("label", ["Корреспондент", "«Вестник»", "Вопрос"])
def test_ru_labelled_questions_dash_answers(run, label):
    text = (
        "Бывший политзаключённый Олег Синицын: «Я снова учусь жить»\n\n"
        "Олег Синицын освободился в сентябре, отбыв три года колонии. Мы поговорили с Олегом о "
        "первых неделях на свободе.\n\n"
        f"{label}: Чем вы занимаетесь сейчас?\n\n"
        "— Ищу работу. Меня пока никуда не берут, но я не сдаюсь.\n\n"
        f"{label}: Вы думаете об отъезде?\n\n"
        "— Пока нет. Здесь моя мать, я не могу её оставить.\n"
    )
    assert quotes(run(text, "ru")) == {
        ("Олег Синицын", "Ищу работу. Меня"),
        ("Олег Синицын", "Пока нет. Здесь"),
    }


# -- colons that introduce no speech -----------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Пра мінулае Васіля Пятрова: яго затрымалі ў 2021 годзе ў Гродне.",
        "Пра лёс Васіля Пятрова: у калёніі яму далі яшчэ год.",
        "Найбольшы тэрмін атрымаў Васіль Пятроў, якога сьледзтва лічыць арганізатарам: сем гадоў калёніі.",
    ],
)
def test_be_colon_without_a_speaker(run, line):
    text = f"Суд у Гродне асудзіў трох удзельнікаў чату.\n\n{line}\n"
    assert quotes(run(text, "be")) == set()


@pytest.mark.parametrize(
    "line",
    [
        "Сам Павел Лебедев вину признал частично: он утверждал, что деньги шли на лечение детей.",
        "Павел Лебедев, которого следствие называет организатором, заявил: он говорил, что ни в "
        "чём не виноват.",
        "О судьбе Павла Лебедева: его задержали в 2021 году в Казани.",
    ],
)
def test_ru_colon_without_a_speaker(run, line):
    text = f"Суд в Казани вынес приговор по делу о переводах.\n\n{line}\n"
    assert quotes(run(text, "ru")) == set()


def test_ru_colon_speech_still_read(run):
    text = (
        "Суд в Казани вынес приговор.\n\nВ последнем слове Павел Лебедев сказал: я ни о чём не "
        "жалею и жалеть не буду.\n"
    )
    assert quotes(run(text, "ru")) == {("Павел Лебедев", "я ни о")}


# -- one voice across a background sentence, a generic noun -------------------------------------------


@pytest.mark.parametrize(
    "between",
    [
        "Летась яе асудзілі на тры гады калёніі.",
        "У 2021 годзе суд прысудзіў ёй тры гады за допісы.",
    ],
)
def test_be_background_sentence_keeps_the_voice(run, between):
    text = (
        "Палітвязьні выйшлі на волю.\n\n"
        f"«Я ня ведала, што будзе далей», — сказала настаўніца Алена Кавалёва. {between} "
        "«Мяне выклікалі ўначы і сказалі зьбіраць рэчы»."
    )
    assert quotes(run(text, "be")) == {
        ("Алена Кавалёва", "Я ня ведала,"),
        ("Алена Кавалёва", "Мяне выклікалі ўначы"),
    }


def test_be_background_with_another_name_is_not_continued(run):
    text = (
        "Палітвязьні выйшлі на волю.\n\n"
        "«Я ня ведала, што будзе далей», — сказала настаўніца Алена Кавалёва. Яе мужа Сяргея "
        "Кавалёва асудзілі на пяць гадоў. «Мяне выклікалі ўначы і сказалі зьбіраць рэчы»."
    )
    assert ("Алена Кавалёва", "Мяне выклікалі ўначы") not in quotes(run(text, "be"))


def test_be_generic_noun_goes_on_with_the_last_voice(run):
    text = (
        "Суд асудзіў Ірыну Лебедзеву і яе сына.\n\n"
        "«Я да апошняга ня верыла ў прысуд», — кажа Ірына Лебедзева.\n\n"
        "Абласны суд павялічыў сыну тэрмін да пяці гадоў.\n\n"
        '«Калі я пачула "пяць", я не заплакала, — успамінае жанчына. — Я проста сядзела і маўчала».'
    )
    assert quotes(run(text, "be")) == {
        ("Ірына Лебедзева", "Я да апошняга"),
        ("Ірына Лебедзева", "Калі я пачула"),
    }


# -- marks after a preposition; fragments ------------------------------------------------------------------


@pytest.mark.parametrize(
    "charge",
    [
        "за «оправдание терроризма в интернете»",
        "по статье о «распространении заведомо ложной информации»",
    ],
)
def test_ru_marks_after_a_preposition_are_no_quote(run, charge):
    text = (
        "Блогера Тимура Ахмедова освободили по амнистии. Он отбывал пятилетний срок "
        f"{charge}. Об этом сообщил его брат Рустам Ахмедов."
    )
    assert quotes(run(text, "ru")) == set()


def test_ru_third_person_fragment_after_according(run):
    text = (
        "В мае бывший депутат Игорь Соловьёв вышел на свободу, и сейчас, по его словам, "
        "«ищет работу, где не спрашивают про судимость»."
    )
    assert quotes(run(text, "ru")) == set()


# -- who speaks in the attribution -------------------------------------------------------------------------


def test_ru_pronoun_subject_speaks_not_the_told(run):
    text = (
        "Монтажёра Игоря Ветрова выслали из страны. Сейчас он живёт в Алматы. «Меня посадили в "
        "самолёт в наручниках и ничего не объяснили», — рассказал он Сергею Петренко по телефону."
    )
    assert quotes(run(text, "ru")) == {("Игорь Ветров", "Меня посадили в")}


@pytest.mark.parametrize("dash", ["-", "—"])
def test_ru_attribution_inside_a_pair_with_a_hyphen(run, dash):
    text = (
        "Адвокат Грекова Максим Ларин заявил, что защита не согласна с решением. "
        f'"Суд не учёл ни одного смягчающего обстоятельства, {dash} сказал он. {dash} Мы будем '
        'обжаловать приговор".'
    )
    assert ("Максим Ларин", "Суд не учёл") in quotes(run(text, "ru"))


def test_ru_pronoun_of_the_speech_verb_before_a_relative_clause(run):
    text = (
        "Сам Ринат Галиев, по словам жены, не собирается просить о помиловании. В письме, "
        "которое она получила на прошлой неделе, он написал: «Я не совершал преступления, "
        "значит, мне не за что просить прощения»."
    )
    assert quotes(run(text, "ru")) == {("Ринат Галиев", "Я не совершал")}


def test_ru_pronoun_after_an_unnamed_relative(run):
    text = (
        "Ковалевская: Первое, что я сделала, когда нас высадили у границы, — позвонила маме. "
        "Она сказала: «Ира, ты живая, остальное неважно». И заплакала.\n\n"
        "Ирину Ковалевскую освободили в сентябре."
    )
    assert not any(q[1].startswith("Ира, ты") for q in quotes(run(text, "ru")))


# -- a possessed voice before the colon --------------------------------------


@pytest.mark.parametrize("clause", ["Её голос дрожал", "Её ответ был коротким", "Её речь была тихой"])
def test_ru_possessed_voice_before_a_colon(run, clause):
    text = (
        "Фатиму Исмаилову, жену осуждённого Рустема, пустили в зал суда. После приговора Фатима "
        f"Исмаилова вышла к журналистам с сыном на руках. {clause}: «Сын спрашивает, когда папа "
        "вернётся домой»."
    )
    assert quotes(run(text, "ru")) == {("Фатима Исмаилова", "Сын спрашивает, когда")}


def test_ru_relayed_voice_of_the_other_gender(run):
    text = (
        "Суд приговорил Максима Орлова к 12 годам. В последнем слове Максим Орлов заявил, что не "
        "считает себя виновным. Его речь Анна Орлова записала по памяти: «Я никогда никого не "
        "предавал и не предам»."
    )
    assert quotes(run(text, "ru")) == {("Максим Орлов", "Я никогда никого")}


# -- lists, reported clauses and signed answers --------------------------------------------------------------


def test_ru_verdict_list_after_a_colon_is_no_speech(run):
    text = (
        "Суд в Гомеле вынес приговор по делу рабочих завода.\n\n"
        "Судья Ольга Бойко назначила наказание:\n"
        "— слесарю Павлу Крику — 5 лет колонии усиленного режима;\n"
        "— электрику Ивану Лосю — 4 года колонии усиленного режима.\n"
    )
    assert not any(speaker == "Ольга Бойко" for speaker, _ in quotes(run(text, "ru")))


@pytest.mark.parametrize(
    "tail",
    [
        "перевод он не отрицал, но настаивал, что хотел помочь знакомой",
        "сам факт перевода не отрицал, но утверждал, что не знал о характере фонда",
    ],
)
def test_ru_reported_clause_after_a_colon(run, tail):
    text = f"Суд приговорил Тимура Галеева к 12 годам.\n\nСам Галеев вину признал частично: {tail}.\n"
    assert quotes(run(text, "ru")) == set()


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        (
            "be",
            "«Асуджаны атрымліваў неабходную дапамогу ў поўным аб'ёме», — гаворыцца ў адказе за "
            "подпісам намесьніка начальніка ўпраўлення Сяргея Міхновіча.",
            "Сяргей Міхновіч",
        ),
        (
            "ru",
            "«Осуждённый получал необходимую медицинскую помощь в полном объёме», — говорится в ответе "
            "за подписью заместителя начальника управления Сергея Михнова.",
            "Сергей Михнов",
        ),
    ],
)
def test_answer_under_a_signature(run, lang, text, speaker):
    assert {s for s, _ in quotes(run(text, lang))} == {speaker}


@pytest.mark.parametrize("noun", ["жанчына", "суразмоўніца"])
def test_be_generic_noun_after_a_quote_of_two_paragraphs(run, noun):
    text = (
        "Суд асудзіў Андрэя Дзямідава на пяць гадоў.\n\n"
        "«Мы ня ведалі, што ўсё так атрымаецца, — кажа Вольга Дзямідава. — Цяпер я ўжо нічога не "
        "лічу».\n\n"
        "Вольга паказвае лісты ад мужа. Яны кароткія і амаль усе падобныя.\n\n"
        "«Кожны ліст ад яго — гэта тры радкі. Я вучуся чытаць паміж радкоў.\n\n"
        f'Калі ён піша "усё добра" двойчы, значыць, яго зноў пакаралі», — расказвае {noun}.'
    )
    assert ("Вольга Дзямідава", "Кожны ліст ад") in quotes(run(text, "be"))
