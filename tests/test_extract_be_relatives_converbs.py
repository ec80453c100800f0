"""Belarusian families: on sentences written for these tests: a relative
clause on a relative's name, present converbs of serving, a part taken from a group named by a
participle, first names that do not decline, a surname before its initials, and a preposition
opening a sentence before a name."""

from __future__ import annotations

import pytest

from tests.test_extract_ru import counts, events, names, terms

# -- a relative clause on another person's name --------------------------------------------------


def test_a_relative_clause_on_a_relatives_name_is_not_the_subjects(be):
    result = be(
        "Марта Жукоўская — сястра аграрыя Тараса Жукоўскага, які быў затрыманы ў лютым "
        "2023 года і праз паўгода асуджаны на пяць гадоў калоніі."
    )
    assert ("arrest", "Тарас Жукоўскі") in events(result)
    assert terms(result).get("Тарас Жукоўскі") == 60
    assert not [e for e in events(result) if e[1] == "Марта Жукоўская"]


def test_a_feminine_relative_clause_on_a_womans_name_stays_hers(be):
    result = be("Паэт Макар Цішкевіч — муж Алены Цішкевіч, якую затрымалі ў красавіку.")
    assert ("arrest", "Алена Цішкевіч") in events(result)
    assert ("arrest", "Макар Цішкевіч") not in events(result)


def test_a_relative_clause_closed_by_a_comma_leaves_the_main_verb_to_the_subject(be):
    result = be("Сцяпан Груша, брат Рыгора, які жыве ў Брэсце, быў затрыманы ў чэрвені.")
    assert ("arrest", "Сцяпан Груша") in events(result)


# -- present converbs of serving --------------------------------------------------------------------


def test_dying_while_serving_a_term_states_the_sentence(be):
    result = be(
        "Летась у калоніі № 9 памёр 61-гадовы слесар Рыгор Мацкевіч, адбываючы тры з паловай гады "
        "за каментары."
    )
    assert ("death", "Рыгор Мацкевіч") in events(result)
    assert terms(result).get("Рыгор Мацкевіч") == 42


def test_a_converb_before_the_verb_also_states_the_sentence(be):
    result = be("Захар Лабун, адбываючы сем гадоў, тройчы трапляў у ШІЗА.")
    assert terms(result).get("Захар Лабун") == 84


def test_a_negated_converb_states_nothing(be):
    result = be("Захар Лабун, не адбываючы пакарання, выехаў у Грузію.")
    assert not [e for e in result.events if e.type == "sentence"]


# -- a part taken from a group -----------------------------------------------------------------------


def test_a_part_of_the_released_driven_abroad_counts_the_deportation(be):
    result = be("Траіх з памілаваных, у тым ліку Ўладзіміра Скібу і Захара Ліпеня, уначы вывезлі ў Латвію.")
    assert ("deportation", 3) in counts(result)
    assert ("release", 3) not in counts(result)
    assert {("deportation", "Уладзімір Скіба"), ("deportation", "Захар Ліпень")} <= events(result)


def test_a_part_of_the_detained_let_go_is_a_counted_release(be):
    result = be("Увечары сямярых з затрыманых адпусцілі пад падпіску.")
    assert counts(result) == {("release", 7)}


def test_a_number_before_the_participle_itself_still_counts_it(be):
    result = be("У Віцебску затрымалі 14 удзельнікаў пікету.")
    assert ("arrest", 14) in counts(result)


# -- names ---------------------------------------------------------------------------------------


def test_a_first_name_that_does_not_decline_and_an_oblique_surname(be):
    result = be("Увосень пастара Юры Галавацкага Гродзенскі абласны суд пакараў васьмю гадамі калоніі.")
    assert "Юры Галавацкі" in names(result)
    assert terms(result).get("Юры Галавацкі") == 96


def test_a_surname_before_initials_is_the_person_named_in_full(be):
    result = be(
        "У калоніі памёр палітвязень Лук'ян Сабура. У даведцы пазначана: "
        "«Асуджаны Сабура Л. К. памёр 3.03.2024»."
    )
    assert names(result) == {"Лук'ян Сабура"}


def test_a_preposition_opening_a_sentence_is_no_part_of_the_name(be):
    result = be("Зянон Клімук выйшаў на волю ў аўторак. Паводле Клімука, яго пасадзілі ў аўтобус.")
    assert names(result) == {"Зянон Клімук"}


def test_a_kin_nouns_genitive_name_owns_its_relative_clause(be):
    result = be("Брат Алены Цішкевіч, якую затрымалі ў красавіку, выехаў у Польшчу.")
    assert events(result) == {("arrest", "Алена Цішкевіч")}


def test_a_name_written_with_a_short_u_after_a_vowel_is_the_names_nominative(be):
    result = be("Сярод вызваленых — журналістка Ганна Рубец і Ўладзімір Мацюк.")
    assert "Уладзімір Мацюк" in names(result)


# -- an event told as a noun, its subject a pronoun ----------------------------------------------------


def test_after_the_release_he_is_the_person_told_before(be):
    result = be("Міхася Шэлега затрымалі ў 2021 годзе. Пасля вызвалення ён пераехаў у Вільню.")
    assert ("release", "Міхась Шэлег") in events(result)


def test_after_the_release_he_may_is_no_release(be):
    result = be("Міхася Шэлега затрымалі ў 2021 годзе. Пасля вызвалення ён можа пераехаць у Вільню.")
    assert ("release", "Міхась Шэлег") not in events(result)


def test_after_a_relatives_release_is_not_his(be):
    result = be("Міхася Шэлега затрымалі ў 2021 годзе. Пасля вызвалення сына ён пераехаў у Вільню.")
    assert ("release", "Міхась Шэлег") not in events(result)


# -- a participle's gender -----------------------------------------------------------------------


def test_a_womans_participle_is_not_the_next_mans_sentence(be):
    result = be(
        "Сярод вызваленых — швачка Ганна Шула, асуджаная ў 2022 годзе на тры гады калоніі, "
        "а таксама інжынер Пётр Гурын, які адбываў сямігадовы тэрмін."
    )
    assert terms(result) == {"Ганна Шула": 36, "Пётр Гурын": 84}


def test_a_plural_short_participle_is_everyones(be):
    result = be("Па амністыі вызвалены з калоній: Лявон Бусько, Марыя Гук і Ала Рэпіна.")
    assert {("release", "Марыя Гук"), ("release", "Ала Рэпіна")} <= events(result)


# -- a former holder of a role as the speaker ----------------------------------------------------


def test_a_former_prisoner_speaking_is_not_the_prisoner_who_died(be):
    from tests.test_extract_ru import quotes

    result = be(
        "У калоніі № 2 памёр палітвязень Пятро Гай. Сваякі даведаліся пра гэта праз тыдзень.\n\n"
        "Гэта пацвярджае і Сяргей Лапа, які ў ліпені вызваліўся з той жа калоніі. "
        "«Пятро ўвесь час хварэў, а лекаў не давалі», — кажа былы палітвязень."
    )
    assert quotes(result) == {("Сяргей Лапа", "Пятро ўвесь час")}


# -- taraškievica numerals ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("number", "months"), [("шасьцю з паловай", 78), ("пяцьцю", 60), ("дзевяццю", 108), ("дзесяцьцю", 120)]
)
def test_instrumental_numerals_in_either_orthography_give_the_term(be, number, months):
    result = be(f"Летась Віцебскі абласны суд пакараў Міхася Шэлега {number} гадамі калёніі.")
    assert terms(result) == {"Міхась Шэлег": months}


def test_a_collective_numeral_with_a_soft_sign_counts(be):
    result = be("У Шклове затрымалі дзесяць удзельнікаў акцыі. Увечары шасьцярых з іх адпусьцілі.")
    assert ("release", 6) in counts(result)


# -- a verdict announced -----------------------------------------------------------------------


def test_a_verdict_announced_to_a_counted_group_is_a_counted_sentence(be):
    result = be("Гродзенскі абласны суд у сераду абвясціў прысуд сямі жыхарам Ліды, якіх судзілі за пікет.")
    assert ("sentence", 7) in counts(result)


def test_a_verdict_announced_to_a_named_person_with_a_term(be):
    result = be("Суд абвясціў прысуд Міхасю Шэлегу: шэсць гадоў калоніі.")
    assert terms(result) == {"Міхась Шэлег": 72}


@pytest.mark.parametrize("verb", ["абвесцяць у пятніцу", "суд агучыць праз тыдзень"])
def test_a_verdict_still_to_come_is_no_sentence(be, verb):
    result = be(f"Прысуд Міхасю Шэлегу {verb}.")
    assert not result.events


def test_a_mans_participle_after_his_name_is_not_the_next_womans(be):
    result = be("Пётр Гурын, затрыманы ў сакавіку, і ягоная калега Ганна Шула далі інтэрв'ю.")
    assert events(result) == {("arrest", "Пётр Гурын")}


def test_a_relative_clause_of_the_other_gender_is_the_unnamed_kins(be):
    result = be(
        "Сярод затрыманых таксама 40-гадовы інжынер Пятро Сак і яго жонка, "
        "якую выпусцілі праз некалькі гадзін."
    )
    assert ("release", "Пятро Сак") not in events(result)


def test_a_relative_clause_skipping_a_mans_genitive_is_the_womans(be):
    result = be("Марыя Лой, сястра Пятра Сака, якая была затрыманая ў маі, выйшла на волю.")
    assert ("arrest", "Марыя Лой") in events(result)
    assert ("arrest", "Пётр Сак") not in events(result)
