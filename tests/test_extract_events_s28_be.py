"""Belarusian families of session 28: one more year added with no numeral («дадалі яшчэ год»),
a death in «няволя», a death or an arrest reported after a verb of telling («стала вядома пра
смерць X»), a pardon one «трапіла пад»; and precision traps: a kin noun before a name in the
genitive (the relative died, not the prisoner) and an arrest only feared. Sentences written
for these tests."""

from __future__ import annotations

from tests.test_extract_ru import events


def sentence_terms(result) -> set[tuple[str, int]]:
    """Every (person, term) of a sentence event: one person may have two terms."""
    by_id = {p.id: p.name for p in result.persons}
    return {(by_id[pid], e.term_months) for e in result.events if e.term_months for pid in e.persons}


# -- a year added with «яшчэ» and no numeral -------------------------------------------------------


def test_one_more_year_added_to_a_pronoun_in_the_next_sentence(be):
    text = "Тарас Крупа атрымаў чатыры гады за пратэсты. Летась яму дадалі яшчэ год."
    assert sentence_terms(be(text)) == {("Тарас Крупа", 48), ("Тарас Крупа", 12)}


def test_one_more_year_added_after_a_semicolon(be):
    text = "Ганна Малец атрымала тры гады калоніі; увесну за «непадпарадкаванне» ёй дадалі яшчэ год."
    assert sentence_terms(be(text)) == {("Ганна Малец", 36), ("Ганна Малец", 12)}


def test_one_more_year_in_taraskievica(be):
    text = "Тарас Крупа адбываў пяць гадоў калёніі. У сьнежні яму дадалі яшчэ год."
    assert sentence_terms(be(text)) == {("Тарас Крупа", 60), ("Тарас Крупа", 12)}


def test_a_year_with_yashche_that_is_no_term(be):
    text = "Тарас Крупа яшчэ год працаваў на заводзе ў Барысаве."
    assert not events(be(text))


# -- death: «у няволі», «пра смерць X» ----------------------------------------------------------------


def test_death_in_captivity(be):
    assert ("death", "Тарас Крупа") in events(be("Вязень Тарас Крупа памёр у няволі ў студзені."))


def test_death_reported_after_a_verb_of_knowing(be):
    text = "Учора стала вядома пра смерць палітвязня Тараса Крупы ў магілёўскай калоніі."
    assert ("death", "Тарас Крупа") in events(be(text))


def test_death_reported_by_an_outlet_in_taraskievica(be):
    text = "Праваабаронцы паведамілі пра сьмерць Тараса Крупы ў турме № 8."
    assert ("death", "Тарас Крупа") in events(be(text))


def test_arrest_reported_after_a_verb_of_telling(be):
    text = "Вечарам «Вясна» паведаміла пра затрыманне Ганны Малец у Пінску."
    assert ("arrest", "Ганна Малец") in events(be(text))


def test_a_request_about_a_release_is_no_release(be):
    text = "Сваякі доўга прасілі пра вызваленне Ганны Малец з калоніі."
    assert not events(be(text))


# -- a pardon «трапіла пад» ------------------------------------------------------------------------


def test_a_pardon_fallen_under_is_a_release(be):
    assert ("release", "Ганна Малец") in events(be("Ганна Малец з Оршы трапіла пад памілаванне."))


def test_not_falling_under_a_pardon_is_no_release(be):
    assert not events(be("Тарас Крупа не трапіў пад памілаванне ў верасні."))


# -- precision traps: a relative's death, a feared arrest -------------------------------------------


def test_a_fathers_death_is_not_the_prisoners(be):
    text = "Бацька Тараса Крупы памёр, пакуль сын сядзеў у калоніі."
    assert not any(kind == "death" for kind, _ in events(be(text)))


def test_a_mothers_death_with_a_role_noun_between(be):
    text = "Маці вязня Тараса Крупы памерла, калі ён быў у калоніі пад Віцебскам."
    assert not any(kind == "death" for kind, _ in events(be(text)))


def test_the_prisoners_own_death_told_by_his_father(be):
    text = "Тарас Крупа памёр у калоніі, паведаміў ягоны бацька."
    assert ("death", "Тарас Крупа") in events(be(text))


def test_an_arrest_only_feared_is_no_arrest(be):
    assert not events(be("Ганна Малец баіцца, што яе затрымаюць на мяжы."))


def test_an_arrest_after_a_fear_is_an_arrest(be):
    text = "Ганна Малец баялася, што мужа арыштуюць, і ў выніку яе затрымалі ў аэрапорце."
    assert ("arrest", "Ганна Малец") in events(be(text))


def test_a_total_after_an_added_year_is_read_too(be):
    text = (
        "Тарас Крупа атрымаў тры гады. Улетку 2024 — Тарасу дадалі яшчэ год па арт. 411 КК. "
        "Агульны тэрмін склаў дзевяць гадоў."
    )
    # (the added year keeps its own term beside the total, as session 20 decided for «дадаў 9 месяцаў»)
    assert sentence_terms(be(text)) == {("Тарас Крупа", 36), ("Тарас Крупа", 12), ("Тарас Крупа", 108)}


def test_a_total_in_the_same_sentence_as_the_added_year(be):
    text = "Ганне Малец далі два гады, а потым дадалі яшчэ год — агульны тэрмін вырас да трох гадоў."
    assert ("Ганна Малец", 12) not in sentence_terms(be(text))


def test_a_relatives_death_told_with_u_and_the_name(be):
    text = "У Тараса Крупы, які адбывае тэрмін у калоніі, памёр бацька."
    assert not any(kind == "death" for kind, _ in events(be(text)))


# -- a profile line: two participles of one elided subject, a time phrase between ----------------


def test_second_participle_after_a_time_phrase_in_a_profile(be):
    text = (
        "Тарас Крупа, 52 гады, слесар з Оршы. Затрыманы ў траўні 2021 году, праз паўгоду "
        "асуджаны на сем гадоў."
    )
    result = be(text)
    assert {("arrest", "Тарас Крупа"), ("sentence", "Тарас Крупа")} <= events(result)
    assert sentence_terms(result) == {("Тарас Крупа", 84)}


def test_second_participle_after_a_month_in_a_profile(be):
    text = "Ганна Малец, 33 гады, бухгалтарка з Ліды. Арыштаваная ў лютым, у чэрвені асуджаная на тры гады."
    assert sentence_terms(be(text)) == {("Ганна Малец", 36)}


def test_a_participle_of_another_gender_is_someone_elses(be):
    text = "Ганна Малец, 33 гады, бухгалтарка з Ліды. Затрыманая ў лютым, праз тыдзень асуджаны на тры гады."
    assert not sentence_terms(be(text))


def test_a_participle_after_the_name_past_a_role_noun_is_the_names(be):
    text = "Калегі фатографа Тараса Крупы, асуджанага на тры гады, сабралі грошы на адваката."
    assert sentence_terms(be(text)) == {("Тарас Крупа", 36)}


def test_a_relative_clause_after_the_name_past_a_kin_noun_is_the_names(be):
    text = "Жонка вязня Тараса Крупы, які памёр у калоніі ўвесну, дабіваецца расследавання."
    assert ("death", "Тарас Крупа") in events(be(text))
