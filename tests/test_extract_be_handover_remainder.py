"""Belarusian handovers and remainders, on sentences written for these tests: a person handed to
a state named in the dative, «астатнія — па N» after a named verdict group."""

from __future__ import annotations

from tests.test_extract_ru import events, names, terms


def test_a_person_handed_to_a_state_in_the_dative_is_deported(be):
    result = be("Улады Беларусі перадалі Латвіі эколага Сымона Вярбу.")
    assert ("deportation", "Сымон Вярба") in events(result)
    assert not any(n.startswith("Улад") for n in names(result))  # the authorities are no person
    result = be("Ілью Гаворскага перадалі беларускім памежнікам пад Оршай.")
    assert ("deportation", "Ілья Гаворскі") in events(result)
    assert ("release", "Ілья Гаворскі") not in events(result)  # handed to the jailers, not freed


def test_things_and_greetings_handed_to_a_state_are_no_deportation(be):
    result = be("Міністр Язэп Крук перадаў Латвіі дакументы Стася Бура.")
    assert not any(kind == "deportation" for kind, _ in events(result))
    result = be("Ян Лапата перадаў Польшчы прывітанне ад Стася Бура.")
    assert not any(kind == "deportation" for kind, _ in events(result))
    result = be("Латвія не перадала Беларусі Сымона Вярбу.")
    assert not any(kind == "deportation" for kind, _ in events(result))


def test_the_rest_of_a_named_verdict_group_take_the_term_after_astatnija(be):
    result = be(
        "Суд асудзіў Рыгора Сасну, Зосю Ліпу і Ігната Бяроста. Сасна атрымаў восем гадоў, астатнія — па пяць."
    )
    assert terms(result)["Рыгор Сасна"] == 96
    assert terms(result)["Зося Ліпа"] == 60 and terms(result)["Ігнат Бярост"] == 60
    result = be(
        "Па справе затрымалі Рыгора Сасну, Зосю Ліпу і Ігната Бяроста. "
        "Сасна атрымаў шэсць гадоў, астатнія атрымалі па два гады калоніі."
    )
    assert terms(result)["Ігнат Бярост"] == 24


def test_the_rest_without_each_or_a_term_take_nothing(be):
    result = be(
        "Суд асудзіў Рыгора Сасну, Зосю Ліпу і Ігната Бяроста. Сасна атрымаў восем гадоў, астатнія — штрафы."
    )
    assert "Зося Ліпа" not in terms(result)


def test_alesia_is_a_woman_when_the_verb_agrees(be):
    result = be("Алеся Шумская была затрымана ў Лідзе. Праз месяц Алеся атрымала два гады.")
    assert ("arrest", "Алеся Шумская") in events(result)
    result = be("Алеся Гурына затрымалі ў Оршы.")
    assert ("arrest", "Алесь Гурын") in events(result)  # a plural verb: Алесь's accusative
    result = be("Сястра Алеся Гурына атрымала тры гады.")
    assert not any(n.startswith("Алеся") for n in names(result))  # the sister's, Алесь's genitive


def test_an_age_and_a_noun_is_the_person_named_with_that_age(be):
    result = be("Сілавікі шукалі Фёдара Лапату, 41 год. 41-гадовага электрыка затрымалі ў аўторак.")
    assert ("arrest", "Фёдар Лапата") in events(result)
    result = be(
        "Суд вызваліў 27-гадовага Арцёма Вежу і Ігара Ліста. "
        "Праз тыдзень 27-гадовага студэнта затрымалі зноў."
    )
    assert ("arrest", "Арцём Вежа") in events(result)
    assert ("arrest", "Ігар Ліст") not in events(result)


def test_an_age_and_a_noun_of_the_other_gender_is_someone_else(be):
    result = be("Міліцыя затрымала Віталя Дуба ў Слоніме. 50-гадовую жанчыну затрымалі таксама.")
    assert events(result) == {("arrest", "Віталь Дуб")}


def test_a_generic_noun_after_a_sentence_of_speech_is_not_its_speaker(be):
    result = be("Пра гэта паведаміла праваабаронца Ганна Крыж. Жанчыну затрымалі ў Пінску.")
    assert not any(kind == "arrest" for kind, _ in events(result))
    result = be("Пра гэта паведаміў юрыст Тарас Вяз. 38-гадовага мужчыну затрымалі ў Пінску.")
    assert not any(kind == "arrest" for kind, _ in events(result))
    result = be("Міліцыя затрымала Тараса Вяза і Ганну Крыж. Мужчыну вызвалілі праз тыдзень.")
    assert ("release", "Тарас Вяз") in events(result)
