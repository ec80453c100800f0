"""Repairs of what the parsers and name rules get wrong, each a family of the language rather
than a sentence: «ё» written or not, conjoined participles that must agree, a number right
before the noun it counts, a relative of the detained, the accusative of a Belarusian first
name in -а/-я, «год условно», and "All were freed except two". The sentences are written for these tests."""

from __future__ import annotations

from tests.test_extract_ru import counts, events, terms

# -- Russian: «ё» in names ---------------------------------------------------------------


def test_names_keep_their_yo_as_written(run):
    result = run("Суд приговорил Семёна Лёвина к четырём годам колонии.", "ru")
    assert ("sentence", "Семён Лёвин") in events(result)
    assert terms(result)["Семён Лёвин"] == 48


# -- Russian: conjoined participles agree with one noun ---------------------------------------


def test_conjoined_feminine_participle_is_hers_not_the_man_before(run):
    result = run(
        "На свободе оказались инженер Павел Глухов, отбывавший пятилетний срок, и учительница "
        "Вера Лапина, задержанная в 2022 году и приговорённая к шести годам колонии.",
        "ru",
    )
    assert terms(result).get("Вера Лапина") == 72
    assert terms(result).get("Павел Глухов") != 72


# -- Russian: a number counts the noun right after it -----------------------------------------


def test_pardon_count_with_quoted_article_names(run):
    result = run("Помилованы 14 осужденных по «антивоенным» статьям.", "ru")
    assert ("release", 14) in counts(result)


def test_approximate_pardon_count_stays_uncounted(run):
    result = run("Помилованы около 30 осужденных по «антивоенным» статьям.", "ru")
    assert ("release", 30) not in counts(result)


# -- one year with no numeral -----------------------------------------------------------------


def test_a_year_suspended_is_a_twelve_month_term(run):
    result = run("Блогер Тимур Аксёнов получил год условно за репост.", "ru")
    assert terms(result).get("Тимур Аксёнов") == 12


def test_last_year_suspended_is_no_term(run):
    result = run("В прошлом году условно осуждённый Тимур Аксёнов уехал из страны.", "ru")
    assert terms(result).get("Тимур Аксёнов") != 12


def test_belarusian_a_year_suspended(run):
    result = run("Настаўніку Паўлу Жуку далі год умоўна.", "be")
    assert 12 in terms(result).values()


# -- Belarusian: an accusative first name in -у/-ю vouches for a surname in -а ----------------


def test_accusative_first_name_in_yu_gives_a_surname_in_a(run):
    result = run("Суд асудзіў Ілью Мароку да чатырох гадоў калоніі.", "be")
    assert ("sentence", "Ілья Марока") in events(result)


def test_accusative_first_name_with_a_consonant_surname_is_unchanged(run):
    result = run("Суд асудзіў Мікіту Бараноўскага да чатырох гадоў калоніі.", "be")
    assert ("sentence", "Мікіта Бараноўскі") in events(result)


# -- English: "All were freed except two" -----------------------------------------------------


def test_all_freed_except_two_leaves_two_out_of_the_count(extract_text):
    result = extract_text(
        "Sixteen students were detained outside the ministry on Monday. All were released "
        "on Tuesday except two, Arman Seitov and Dina Oralova."
    )
    released = {e.count for e in result.events if e.type == "release"}
    assert 14 in released and 16 not in released
    assert ("release", "Arman Seitov") not in events(result)


def test_all_but_three_leaves_three_out(extract_text):
    result = extract_text("Police detained eleven reporters. All but three were freed the same evening.")
    assert 8 in {e.count for e in result.events if e.type == "release"}


# -- Russian: a relative of the detained is not the detained ----------------------------------


def test_mother_of_the_detained_is_not_detained(run):
    result = run("Мать задержанного Вера Лыкова узнала об аресте сына из новостей.", "ru")
    assert ("arrest", "Вера Лыкова") not in events(result)


def test_father_of_the_convicted_written_without_yo_is_not_convicted(run):
    result = run("Отец осужденного Семен Лыков пришел на заседание.", "ru")
    assert ("sentence", "Семён Лыков") not in events(result)


def test_lawyer_of_the_arrested_is_not_arrested(run):
    result = run("Адвокат арестованного Игорь Ванин подал жалобу.", "ru")
    assert ("arrest", "Игорь Ванин") not in events(result)


def test_the_detained_named_in_the_genitive_is_detained(run):
    result = run("Мать задержанного Семена Лыкова узнала об аресте из новостей.", "ru")
    assert ("arrest", "Семён Лыков") in events(result)
