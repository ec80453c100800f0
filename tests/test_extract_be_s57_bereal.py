"""Belarusian real news (session 57, helper bereal, from the tune half of `realnews-be`: Radio
Svaboda items and telegraf.by articles), in wordings written for these tests:

* a name inside quotation marks that hold no quote found (an item's quoted title, a slogan, a
  chant) is none of the people a trigger outside them tells of: «"…, а Ігар Галубовіч — вораг" —
  актывіст X выйшаў на волю» frees X only. Traps: a name and its trigger inside one quote keep
  their event; a name after the quotation closed is the trigger's.
* a role noun before an organisation's quoted name introduces the person after it («Лідар руху
  "Свабодны край" Павел Мазур»), and an attribution that names the organisation («-- заяўляе
  лідар "Свабодны край"») is that person's, not another holder's of the same noun («беларускага
  лідара Аляксандра Лукашэнкі»). Trap: an attribution without the organisation, with two
  holders of the noun, has no speaker.
"""

from __future__ import annotations

import pytest

from tests.test_extract_ru import events, quotes


@pytest.mark.parametrize(
    "text, freed, not_freed",
    [
        (
            '"Севярын нам не брат, а Ігар Галубовіч — вораг" — актывіст Пятро Каваль выйшаў на волю з турмы.',
            "Пятро Каваль",
            "Ігар Галубовіч",
        ),
        (
            "«Янка Дрозд там ніхто» — блогер Сымон Лапата вызвалены з калоніі ў Бабруйску.",
            "Сымон Лапата",
            "Янка Дрозд",
        ),
    ],
)
def test_a_name_in_quotation_marks_is_not_the_trigger_s(be, text, freed, not_freed):
    found = events(be(text))
    assert ("release", freed) in found
    assert ("release", not_freed) not in found


def test_a_name_and_its_trigger_inside_one_quote_keep_the_event(be):
    result = be(
        "Адвакат Павел Сыч выйшаў з залы суда.\n"
        '"Суд асудзіў Андрэя Клімовіча на тры гады калоніі", -- сказаў адвакат Павел Сыч.'
    )
    assert ("sentence", "Андрэй Клімовіч") in events(result)


def test_a_name_after_the_quotation_closed_is_the_trigger_s(be):
    result = be('Пасля слоў "вы ўсе адкажаце" міліцыя затрымала журналіста Андрэя Шубу.')
    assert ("arrest", "Андрэй Шуба") in events(result)


def test_the_attribution_names_the_organisation_of_its_speaker(be):
    result = be(
        'Лідар руху "Свабодны край" Павел Мазур выступіў у Гродне. Ён лічыць, што беларускага '
        "лідара Аляксандра Лукашэнкі чакаюць новыя санкцыі.\n"
        '"Гэта толькі пачатак вялікай размовы", -- заяўляе лідар "Свабодны край".'
    )
    assert quotes(result) == {("Павел Мазур", "Гэта толькі пачатак")}


def test_a_role_noun_before_an_organisation_s_quoted_name_introduces_the_person(be):
    result = be(
        "Праваабаронца «Вясны» Павел Сапелка расказаў пра новы прысуд у Гомелі.\n"
        "«Такіх спраў з кожным месяцам толькі больш», — кажа праваабаронца."
    )
    assert quotes(result) == {("Павел Сапелка", "Такіх спраў з")}


def test_two_holders_of_the_noun_and_no_organisation_give_no_speaker(be):
    result = be(
        'Лідар руху "Свабодны край" Павел Мазур выступіў у Гродне. Ён лічыць, што беларускага '
        "лідара Аляксандра Лукашэнкі чакаюць новыя санкцыі.\n"
        '"Гэта толькі пачатак вялікай размовы", -- заяўляе лідар.'
    )
    assert not quotes(result)


def test_russian_keeps_its_own_reading_of_a_role_before_a_quoted_name(run):
    """Russian keeps no list of role nouns: the quoted organisation before a name changes
    nothing there (the rule is Belarusian), and reading such a name raises nothing."""
    result = run(
        "Новости\n\nПравозащитница «Мемориала» Анна Котова рассказала о новом приговоре.\n\n"
        "«Таких дел с каждым месяцем только больше», — говорит правозащитница.",
        "ru",
    )
    assert ("Анна Котова", "Таких дел с") in quotes(result)
