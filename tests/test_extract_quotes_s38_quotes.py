"""Quote speakers of session 38 (Russian, Belarusian, English).

* A speaker's pronoun right after a sentence that opens with a kin noun of its gender («Маці
  хлопца …», «Жена политзаключённого X …», «Яго жонка …») goes on with that relative: the name
  set beside the noun, else the one person the article introduced by that noun, else nobody —
  never a person of that gender named further back.
* Taraškievica's «Ільля» is «Ілля»'s spelling; «Al» of «Al-Ayam» is no spelling of «Ali».

Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_extract_ru import quotes

# -- a kin noun opening the sentence before a pronoun speaker ------------------------------------

BE_HEAD = "Суд у Гродне\n\n"
BE_TRIAL = (
    BE_HEAD
    + "Суд у Гродне асудзіў Паўла Кірэйчыка на пяць гадоў калоніі. Пракурор Марына Войцік прасіла сем. "
)
RU_HEAD = "Суд в Гродно\n\n"
RU_TRIAL = (
    RU_HEAD
    + "Суд в Гродно приговорил Павла Кирейчика к пяти годам колонии. Прокурор Марина Войтик просила семь. "
)


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        # the relative's own name beside the kin noun
        (
            "be",
            BE_TRIAL
            + "Маці хлопца Тамара Кірэйчык тады ж гэта абвергла. «Ніхто з намі не размаўляў», — сказала яна.",
            "Тамара Кірэйчык",
        ),
        (
            "ru",
            RU_TRIAL
            + "Мать осуждённого Тамара Кирейчик это опровергла. «С нами никто не говорил», — сказала она.",
            "Тамара Кирейчик",
        ),
        (
            "be",
            BE_TRIAL
            + "Сын асуджанага Андрэй Кірэйчык з гэтым не згодны. «Тата нічога не парушаў», — дадаў ён.",
            "Андрэй Кірэйчык",
        ),
        # no name beside it: the one person the article introduced by that kin noun
        (
            "be",
            BE_HEAD
            + "Суд асудзіў Паўла Кірэйчыка на пяць гадоў. Яго маці Тамара Кірэйчык на пасяджэнні не была. "
            "Раней затрымлівалі і дачку суддзі, Марыну Войцік. Маці хлопца гэта абвергла. "
            "«Ніхто з намі не размаўляў», — сказала яна.",
            "Тамара Кірэйчык",
        ),
        (
            "ru",
            RU_HEAD
            + "Суд приговорил Павла Кирейчика к пяти годам. Его мать Тамара Кирейчик на заседание не пришла. "
            "Прокурор Марина Войтик просила семь лет. Мать осуждённого не согласна с приговором. "
            "«Сын ни в чём не виноват», — говорит она.",
            "Тамара Кирейчик",
        ),
    ],
)
def test_a_pronoun_after_a_kin_subject_is_that_relative(run, language, text, speaker):
    assert {s for s, _ in quotes(run(text, language))} == {speaker}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "be",
            BE_TRIAL + "Жонка палітвязня Івана Лыскова паведаміла нам, што яго няма сярод вызваленых. "
            "«Я ўжо сабрала яму сумку», — напісала яна нам.",
        ),
        (
            "be",
            BE_TRIAL
            + "Жонка палітвязня Івана Лыскова чакала каля брамы. Яна сказала: «Я ўжо сабрала яму сумку».",
        ),
        (
            "ru",
            RU_TRIAL + "Жена политзаключённого Ивана Лыскова сообщила нам, что его нет среди освобождённых. "
            "«Я уже собрала ему сумку», — написала она нам.",
        ),
        (
            "ru",
            RU_TRIAL
            + "Сестра осуждённого Ивана Лыскова пришла к воротам. «Я уже собрала ему сумку», — сказала она.",
        ),
    ],
)
def test_an_unnamed_relative_before_a_pronoun_gives_nobody(run, language, text):
    assert quotes(run(text, language)) == set()


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        # the kin noun is of the other gender: the pronoun is not that relative
        (
            "be",
            BE_HEAD + "Праваабаронца Марына Войцік прыйшла ў суд. "
            "Муж Марыны Войцік чакаў на вуліцы. «Гэта ганьба», — сказала яна.",
            "Марына Войцік",
        ),
        # the kin sentence is not the one right before
        (
            "be",
            BE_HEAD + "Жонка палітвязня Івана Лыскова плакала. Пракурор Марына Войцік выйшла да журналістаў. "
            "«Прысуд законны», — сказала яна.",
            "Марына Войцік",
        ),
        (
            "ru",
            RU_HEAD + "Жена политзаключённого Ивана Лыскова плакала. "
            "Прокурор Марина Войтик вышла к журналистам. «Приговор законен», — сказала она.",
            "Марина Войтик",
        ),
        # a kin noun in an oblique case opens the sentence: not its subject
        (
            "ru",
            RU_HEAD + "Правозащитница Марина Войтик пришла в суд. "
            "Жене Ивана Лыскова она передала письмо. «Держитесь, мы с вами», — сказала она.",
            "Марина Войтик",
        ),
    ],
)
def test_kin_traps_keep_the_speaker(run, language, text, speaker):
    assert {s for s, _ in quotes(run(text, language))} == {speaker}


# -- names that decide who speaks -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # taraškievica writes a long soft «л» with a soft sign: «Ільля», «Ільлю» are «Ілля»'s forms
        (BE_HEAD + "Ільлю Савіцкага затрымалі ў Менску. Ільля Савіцкі цяпер у СІЗА.", "Ільля Савіцкі"),
        (BE_HEAD + "Суд асудзіў Ільлю Савіцкага на тры гады.", "Ільля Савіцкі"),
    ],
)
def test_be_a_taraskievica_long_soft_l_is_a_first_name(be, text, name):
    assert name in {p.name for p in be(text).persons}


def test_be_a_soft_l_before_another_consonant_stays(be):
    result = be(BE_HEAD + "Суд асудзіў Вольгу Мальцаву на два гады.")
    assert {p.name for p in result.persons} == {"Вольга Мальцава"}


def test_en_a_two_letter_word_is_no_spelling_of_a_three_letter_name(extract_text):
    """«Al» of «Al-Ayam» is no spelling of «Ali»: the pronoun after it is not the son's."""
    result = extract_text(
        "A family waits\n\n"
        "Her brother-in-law, Karim Nasser, took a different road. A reporter for Al-Ayam until it "
        'closed, he was stripped of his citizenship in 2016. "They took my passport, then my country," '
        "he told me.\n\n"
        "Their eldest son, Ali, was nine when his father was taken."
    )
    names = {p.id: p.name for p in result.persons}
    assert "Ali" not in {names.get(q.speaker or "", "?") for q in result.quotes}


# -- an indeclinable owner's name straight before the relative's own ------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Суд в Баку приговорил журналистку Айнур Гасанли к семи годам. "
            "Муж Гасанли Эмиль Алиев после оглашения сказал, что семья ждала этого. "
            "«Мы знали, чем всё кончится», — добавил он.",
            "Эмиль Алиев",
        ),
        (
            "В Тбилиси осудили активиста Гиорги Кобахидзе на три года. "
            "Мать Кобахидзе Нино Беридзе заявила у здания суда, что сын невиновен. "
            "«Они хотят, чтобы мы молчали», — сказала она.",
            "Нино Беридзе",
        ),
    ],
)
def test_the_relatives_own_name_follows_an_indeclinable_owners(run, text, speaker):
    """«Муж Гасанли Эмиль Алиев …»: a surname the case does not show, straight before another
    name, is whose relative the speaker is; the name after it is the speaker's own."""
    assert {name for name, _ in quotes(run(text, "ru"))} == {speaker}
