"""Belarusian extraction, session 44 (helper be-read): classes of language behind the misses of
the newly read Belarusian set (syn34-be-b), each in wordings of our own, with traps.

* a man's surname in -ка after a consonant no nominative ends before -к (шк, лк, рк, ск, йк)
  keeps its -а in every case («Кірылу Сямашку» → Кірыл Сямашка), and beside a first name in -а
  the pair in -а is a nominative («Кірыла Сямашка атрымаў»), not a genitive;
* a case form two listed first names share («Кірылу»: Кірыл's and Кірыла's) takes the name the
  article writes alone («… Кірыла атрымаў»), so the bare first name is the same person;
* «паводле неправераных звестак» (unverified reports) hedges as «паводле непацверджаных» does;
* an active past whose subject undergoes it («атрымала N гадоў», «выйшаў на волю») after words of
  time only is said of the profile's person, as a short participle there is;
* a bare surname with the Belarusian apostrophe («Лук'яновіч пакараны …») is a mention of the full
  name, as a bare surname of letters only is;
* a profile's verbless term line reads its unit in any form a number governs («Паўтара года
  калоніі»: the genitive singular after паўтара).
"""

from __future__ import annotations

import pytest

from tests.test_extract_ru import events, names, terms

# -- a man's surname in -ка after a consonant cluster ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Суд прызначыў Кірылу Сямашку пяць гадоў калоніі.", "Кірыл Сямашка"),
        ("Кірыла Сямашка атрымаў пяць гадоў калоніі.", "Кірыла Сямашка"),
        ("Суддзя пагутарыла з Андрэем Жыгалкам, а потым яго затрымалі.", "Андрэй Жыгалка"),
        ("Следчыя прыйшлі да Ігара Гаворкі, і ў той жа дзень Ігару Гаворку затрымалі.", "Ігар Гаворка"),
    ],
)
def test_a_ka_surname_after_a_consonant_keeps_its_a(be, text, name):
    assert name in names(be(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # traps: a fleeting vowel (-ок) and a consonant surname (Воўк, Мароз) keep their nominatives
        ("Суд прызначыў Мікалаю Дзядку тры гады калоніі.", "Мікалай Дзядок"),
        ("Суд прызначыў Андрэю Воўку тры гады калоніі.", "Андрэй Воўк"),
        ("Адвакат Кірыла Мароза паведаміў пра прысуд.", "Кірыл Мароз"),
        ("Суд асудзіў Пятра Лапцёнка на 2 гады.", "Пётр Лапцёнак"),
        ("Суд асудзіў Ігара Мацюшонка на 2 гады.", "Ігар Мацюшонак"),
        ("Суд асудзіў Пятра Ганчарэнку на 2 гады.", "Пётр Ганчарэнка"),
    ],
)
def test_other_surnames_keep_their_nominatives(be, text, name):
    assert name in names(be(text))


# -- a case form two first names share takes the one the article writes alone ------------------------


def test_a_shared_case_form_takes_the_first_name_written_alone(be):
    result = be(
        "Сыну Людмілы, Кірылу Ждановічу, 31 год. Кірыла працаваў майстрам у лясгасе. "
        "Праз дзевяць месяцаў суд вынес прысуд. Кірыла атрымаў сем гадоў калоніі."
    )
    assert names(result) >= {"Кірыла Ждановіч"}
    assert ("sentence", "Кірыла Ждановіч") in events(result)
    assert terms(result)["Кірыла Ждановіч"] == 84


def test_a_shared_case_form_keeps_the_shorter_name_the_article_writes(be):
    # trap: the article writes «Кірыл» alone too, so «Кірылу» stays his
    result = be("Суд прызначыў Кірылу Бабічу тры гады. Кірыл не прызнаў віны.")
    assert "Кірыл Бабіч" in names(result)


# -- unverified reports are no facts ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Паводле неправераных звестак, памілаваны таксама настаўнік з Брэста Сяргей Лапуноў.",
        "Па неправераных звестках, у лютым памёр палітвязень Ігар Лосік.",
        "Паводле неправераных зьвестак, у Горадні затрыманы адвакат Станіслаў Лабуць.",
    ],
)
def test_unverified_reports_give_no_event(be, text):
    assert not be(text).events


def test_a_checked_report_still_gives_its_event(be):
    # trap: a report that was checked is a fact
    result = be("Праваабаронцы праверылі звесткі: у Горадні затрыманы адвакат Станіслаў Лабуць.")
    assert ("arrest", "Станіслаў Лабуць") in events(result)


# -- an active past after words of time has the profile's person for its subject --------------------


@pytest.mark.parametrize(
    ("text", "name", "months"),
    [
        (
            "Валянціна Старавойтава, 58 гадоў, бухгалтар з Клімавіч. "
            "У 2023 годзе атрымала 4 гады калоніі за данаты.",
            "Валянціна Старавойтава",
            48,
        ),
        (
            "Мікалай Раманчук, 63 гады, пенсіянер з Дуброўны. У 2022 годзе атрымаў тры гады калоніі.",
            "Мікалай Раманчук",
            36,
        ),
    ],
)
def test_an_active_past_after_words_of_time_is_the_profiles(be, text, name, months):
    result = be(text)
    assert ("sentence", name) in events(result)
    assert terms(result)[name] == months


def test_an_active_past_whose_object_undergoes_it_is_not_the_profiles(be):
    # trap: «затрымала міліцыя яе сына»: the verb's subject follows it, the woman is not held
    result = be("Пенсіянерка Ала Кухта жыве ў Мінску. У 2023 годзе затрымала міліцыя яе сына.")
    assert ("arrest", "Ала Кухта") not in events(result)


def test_an_active_past_of_the_other_gender_is_not_the_profiles(be):
    # trap: the verb's gender is not the paragraph's person's
    result = be("Пра Марыю Калеснікаву пісалі ўсе. У 2021 годзе атрымаў 11 гадоў калоніі.")
    assert not result.events


# -- a bare surname with an apostrophe ---------------------------------------------------------------


@pytest.mark.parametrize("mark", ["'", "’"])
def test_a_bare_surname_with_an_apostrophe_is_the_full_name(be, mark):
    result = be(
        f"Суд разглядаў справу 23-гадовага Дзмітрыя Лук{mark}яновіча. "
        f"Лук{mark}яновіч пакараны двума гадамі пазбаўлення волі."
    )
    assert ("sentence", "Дзмітрый Лук'яновіч") in events(result)
    assert terms(result)["Дзмітрый Лук'яновіч"] == 24


def test_a_word_with_an_apostrophe_is_no_surname_of_its_own(be):
    # trap: «Сям'я» opens a sentence with an apostrophe, but no person has it for a surname
    result = be("Суд асудзіў Дзмітрыя Лук'яновіча на два гады. Сям'я затрымана не была.")
    assert names(result) == {"Дзмітрый Лук'яновіч"}
    assert events(result) == {("sentence", "Дзмітрый Лук'яновіч")}


# -- a profile's verbless term line with the unit in the genitive singular ---------------------------


@pytest.mark.parametrize(
    ("line", "months"),
    [
        ("Паўтара года калоніі — за ўдзел у акцыі салідарнасці.", 18),
        ("Два гады калоніі за ўдзел у акцыі салідарнасці.", 24),
    ],
)
def test_a_verbless_term_line_reads_its_unit_in_the_genitive(be, line, months):
    result = be(f"Вераніка Сцепаненка, 24 гады, студэнтка з Гомеля. {line}")
    assert ("sentence", "Вераніка Сцепаненка") in events(result)
    assert terms(result)["Вераніка Сцепаненка"] == months


def test_a_demanded_term_line_is_no_verdict(be):
    # trap: the prosecutor's demand, not a verdict
    result = be("Вераніка Сцепаненка, 24 гады, студэнтка з Гомеля. Паўтара года калоніі прасіў пракурор.")
    assert ("sentence", "Вераніка Сцепаненка") not in events(result)
