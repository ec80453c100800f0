"""Belarusian families of session 26: a gapped clause «а ў 2023-м у Гомелі — X» repeats the
event before «а» for the name after the dash; a participle between a verb and the name it
describes («памёр асуджаны за данаты X») leaves the name to both; a remainder «а X — тры гады»
after a verdict with no term of its own; names coordinated after a plural verb each with a long
relative clause; «Станіслава» with a feminine surname is a woman's nominative. Sentences written
for these tests."""

from __future__ import annotations

from tests.test_extract_ru import events, terms

# -- the name after the gapping dash ------------------------------------------------------------


def test_death_repeated_for_the_name_after_the_dash(be):
    text = "У 2022 годзе ў Віцебскай калоніі памёр Андрэй Гук, а ў 2023-м у Гомелі — 60-гадовы Павел Лось."
    found = events(be(text))
    assert {("death", "Андрэй Гук"), ("death", "Павел Лось")} <= found


def test_time_adverb_opens_the_gapped_clause(be):
    text = "Летась у калоніі памёр Андрэй Гук, а сёлета ў Гомелі — Павел Лось."
    assert {("death", "Андрэй Гук"), ("death", "Павел Лось")} <= events(be(text))


def test_a_dash_before_a_role_gives_nothing(be):
    text = (
        "Летась у калоніі памёр Андрэй Гук, а сёлета ў Гомелі выступіў з заявай — праваабаронца Павел Лось."
    )
    assert ("death", "Павел Лось") not in events(be(text))


# -- a participle between the verb and the name ---------------------------------------------------


def test_death_and_the_participle_both_take_the_name(be):
    text = "Летась у калоніі памёр асуджаны за данаты Андрэй Гук."
    found = events(be(text))
    assert {("death", "Андрэй Гук"), ("sentence", "Андрэй Гук")} <= found


def test_release_and_an_oblique_participle_both_take_the_name(be):
    text = "Сёння вызвалілі затрыманага ў сакавіку Андрэя Гука."
    assert {("release", "Андрэй Гук"), ("arrest", "Андрэй Гук")} <= events(be(text))


def test_gapped_death_after_a_participle(be):
    text = "У 2022 годзе ў калоніі памёр асуджаны за данаты Андрэй Гук, а ў 2023-м у Гомелі — Павел Лось."
    found = events(be(text))
    assert ("death", "Павел Лось") in found
    assert ("sentence", "Павел Лось") not in found


# -- the remainder of a verdict with no term --------------------------------------------------------


def test_remainder_after_a_verdict_with_no_term(be):
    text = "Многія з асуджаных атрымалі «хімію», а настаўнік Павел Лось — чатыры гады калоніі."
    result = be(text)
    assert ("sentence", "Павел Лось") in events(result)
    assert terms(result) == {"Павел Лось": 48}


def test_remainder_with_no_term_gives_nothing(be):
    text = "Андрэй Гук атрымаў «хімію», а Павел Лось — сведка па справе."
    assert ("sentence", "Павел Лось") not in events(be(text))


# -- names coordinated after a plural verb, each with a long relative clause ----------------------


def test_second_name_after_a_long_relative_clause_shares_the_removal(be):
    text = (
        "Разам з ёй вывезлі ў Літву былую медсястру з Гродна Ганну Лук, якой летась у лютым далі "
        "4 гады і 2 месяцы зняволення за «абразу» суддзі, і былога настаўніка Пятра Жука, "
        "які сядзеў з 2021 года."
    )
    result = be(text)
    found = events(result)
    assert {("deportation", "Ганна Лук"), ("deportation", "Пётр Жук")} <= found
    assert {("release", "Ганна Лук"), ("release", "Пётр Жук")} <= found
    assert terms(result) == {"Ганна Лук": 50}


# -- Станіслава with a feminine surname ------------------------------------------------------------


def test_stanislava_with_a_feminine_surname_is_a_woman(be):
    text = (
        "Пенсіянерка з Ліды Станіслава Кавалеўская, якая адбывала два гады калоніі, "
        "засталася дома — яе адпусцілі."
    )
    result = be(text)
    assert [p.name for p in result.persons] == ["Станіслава Кавалеўская"]
    assert {("sentence", "Станіслава Кавалеўская"), ("release", "Станіслава Кавалеўская")} <= events(result)


def test_stanislaw_genitive_stays_a_man(be):
    text = "Суд вызваліў Станіслава Жука."
    assert [p.name for p in be(text).persons] == ["Станіслаў Жук"]


# -- freed from custody or on bail --------------------------------------------------------------


def test_let_out_from_custody_in_a_contrast_clause(be):
    text = (
        "Суддзя Ігар Бялоў асудзіў Пятра Гука і Ганну Мароз. "
        "Гук увесь гэты час быў у СІЗА, а Мароз у лютым выпусцілі з-пад варты."
    )
    assert ("release", "Ганна Мароз") in events(be(text))


def test_let_out_on_bail(be):
    text = "Ганну Мароз у лютым выпусцілі пад заклад у 20 000 рублёў."
    assert ("release", "Ганна Мароз") in events(be(text))


def test_not_let_out_gives_nothing(be):
    text = "Ганну Мароз так і не выпусцілі з-пад варты."
    assert ("release", "Ганна Мароз") not in events(be(text))


# -- a dash list of verdicts: a town in brackets, asides after a semicolon ------------------------


def test_dash_lines_with_a_town_in_brackets_and_asides(be):
    text = (
        "За тыдзень стала вядома пра 5 прысудаў. Сярод іх:\n\n"
        "— Ганна Лук (Ліда) — 2 гады «хіміі» з накіраваннем, арт. 369 КК; "
        "суддзя Павел Бох;\n"
        "— Пётр Жук (Гродна) — 5 гадоў калоніі агульнага рэжыму, арт. 130 КК; пракурор прасіў 6 гадоў;\n"
        "— Вера Кот (Слонім) — 1 год 6 месяцаў «хатняй хіміі», арт. 130 КК."
    )
    result = be(text)
    assert terms(result) == {"Ганна Лук": 24, "Пётр Жук": 60, "Вера Кот": 18}
    assert ("sentence", "Павел Бох") not in events(result)


# -- members listed after «Сярод іх —» with semicolons ----------------------------------------------


def test_members_parted_by_semicolons_all_join_the_group(be):
    text = (
        "Пасля адбыцця тэрміну вызваліліся шэсць палітвязняў. Сярод іх — Ганна Лук з Ліды, якую "
        "летась асудзілі на 3 гады калоніі; 60-гадовы Пётр Жук з Гродна, асуджаны на 4 гады "
        "калоніі; студэнт Іван Гук, які адбыў 2 гады «хіміі» ў Віцебску."
    )
    result = be(text)
    assert {("release", "Ганна Лук"), ("release", "Пётр Жук"), ("release", "Іван Гук")} <= events(result)
    assert terms(result) == {"Ганна Лук": 36, "Пётр Жук": 48, "Іван Гук": 24}


def test_uladzislau_genitive_with_a_feminine_verb_stays_a_man(be):
    text = "Высылка Уладзіслава Жука стала ўжо другой за тыдзень."
    assert [p.name for p in be(text).persons] == ["Уладзіслаў Жук"]
