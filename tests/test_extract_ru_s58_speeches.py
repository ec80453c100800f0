"""Russian court speeches and letters from custody (session 58, helper speeches, from the
speeches of `speeches-ru`), in wordings written for these tests:

* a page titled as one named person's speech or letter («X. Последнее слово», «Письмо X из
  колонии», «Последнее слово X») speaks in that person's voice: a first-person event in a
  paragraph outside quotation marks is the author's («Меня задержали в мае»). Traps: the
  future, a condition and a negation in that voice; a title that names the author's family
  («Открытое письмо семьи X»); a title of no speech or letter; a third-person paragraph of the
  same page names its own people.
* «посадить» with a person as its object and no place after it is an arrest («посадили
  блогера X», «его посадили за посты»). Traps: «посадили в автобус», «могут посадить»,
  «не посадили», «посадил дерево», the habitual «людей сажают».
* «находится под арестом» is custody as «под стражей» is. Trap: property under arrest
  («Квартира X находится под арестом»).
* slang «впаяли ему N лет» is a verdict with its term, as «влепили».
"""

from __future__ import annotations

import pytest

from tests.test_extract_ru import events, terms
from vigil.model import Extraction


def _ru(run, text: str) -> Extraction:
    return run(text, "ru")


@pytest.mark.parametrize(
    "title",
    [
        "Антон Ларин. Последнее слово",
        "Последнее слово Антона Ларина",
        "Письмо политзаключённого Антона Ларина из колонии",
    ],
)
def test_a_first_person_event_of_a_titled_speech_is_the_authors(run, title):
    result = _ru(run, f"{title}\n\nВаша честь! Меня задержали в мае прямо на вокзале. Я не признаю вину.\n")
    assert ("arrest", "Антон Ларин") in events(result)


def test_custody_told_in_the_first_person_of_a_speech(run):
    result = _ru(run, "Вера Гусева. Последнее слово\n\nЯ нахожусь под арестом с октября прошлого года.\n")
    assert ("arrest", "Вера Гусева") in events(result)


@pytest.mark.parametrize(
    "sentence",
    [
        "Прокурор хочет, чтобы меня посадили надолго.",
        "Если меня осудят, моя мать останется одна.",
        "Меня никогда раньше не задерживали.",
        "Боюсь, что меня арестуют снова.",
    ],
)
def test_wishes_conditions_and_negations_of_the_speaker_are_no_events(run, sentence):
    result = _ru(run, f"Антон Ларин. Последнее слово\n\nУважаемый суд! {sentence}\n")
    assert not any(person == "Антон Ларин" for _, person in events(result))


def test_a_letter_of_the_family_is_not_the_prisoners_voice(run):
    result = _ru(
        run, "Открытое письмо семьи Антона Ларина\n\nМеня задержали у подъезда, когда я шла к сыну.\n"
    )
    assert ("arrest", "Антон Ларин") not in events(result)


def test_a_title_of_no_speech_gives_no_voice(run):
    result = _ru(run, "Суд над Антоном Лариным\n\nМеня задержали в мае, рассказывает свидетель.\n")
    assert ("arrest", "Антон Ларин") not in events(result)


def test_a_third_person_paragraph_names_its_own_people(run):
    result = _ru(
        run,
        "Антон Ларин. Последнее слово\n\nВ мае суд приговорил Павла Сомова к трём годам колонии.\n\n"
        "Я благодарен всем, кто меня поддерживал.\n",
    )
    assert ("sentence", "Павел Сомов") in events(result)
    assert ("sentence", "Антон Ларин") not in events(result)


@pytest.mark.parametrize(
    "sentence, person",
    [
        ("В Уфе посадили блогера Рината Хасанова, который писал о свалке.", "Ринат Хасанов"),
        ("Со мной в камере сидел Игорь Пахомов, его посадили за репост.", "Игорь Пахомов"),
    ],
)
def test_bare_posadit_with_a_person_is_an_arrest(run, sentence, person):
    assert ("arrest", person) in events(_ru(run, "Новости\n\n" + sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Рината Хасанова посадили в автобус и увезли в другой город.",
        "Рината Хасанова могут посадить за этот пост.",
        "Рината Хасанова не посадили, а оштрафовали.",
        "Ринат Хасанов посадил во дворе яблоню.",
        "Ринат Хасанов сказал, что в стране людей сажают за слова.",
    ],
)
def test_posadit_of_a_place_a_possibility_a_negation_or_a_tree_is_no_arrest(run, sentence):
    assert ("arrest", "Ринат Хасанов") not in events(_ru(run, "Новости\n\n" + sentence))


def test_pod_arestom_is_custody(run):
    result = _ru(run, "Новости\n\nЖурналист Олег Седов находится под арестом с марта.")
    assert ("arrest", "Олег Седов") in events(result)


def test_property_under_arrest_is_no_custody(run):
    result = _ru(run, "Новости\n\nКвартира журналиста Олега Седова находится под арестом с марта.")
    assert ("arrest", "Олег Седов") not in events(result)


def test_slang_vpayat_with_a_term_is_a_sentence(run):
    result = _ru(run, "Новости\n\nАктивисту Денису Кротову впаяли шесть лет колонии за пост.")
    assert ("sentence", "Денис Кротов") in events(result)
    assert terms(result).get("Денис Кротов") == 72


def test_a_lead_paragraph_is_no_title(run):
    lead = (
        "Адвокат передал журналистам письмо Антона Ларина из колонии, и его прочитали вслух на "
        "встрече в поддержку политзаключённых, которая прошла в субботу в одном из залов "
        "городской библиотеки при большом стечении слушателей, пришедших поддержать его семью."
    )
    result = _ru(run, f"{lead}\n\nМеня задержали у подъезда, рассказала одна из слушательниц.\n")
    assert ("arrest", "Антон Ларин") not in events(result)
