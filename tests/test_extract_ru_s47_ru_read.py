"""Russian events, counts, terms and persons by construction (session 47, from syn37-ru-b), in
wording written for these tests:

* a man's «-ов/-ев/-ин» surname written as his nominative makes the mention nominative even when
  an unknown first name heads it in the parse («умер политзаключённый Февзи Абилаев»);
* a lone capitalised word after a preposition of place and an adjective is a town, not a person
  («суд в подмосковной Власихе»);
* a role noun told back may carry «бывший» («Бывший педагог содержался под стражей» of «бывшего
  учителя X»);
* the noun «смерть» with whose death in the genitive is a death, in custody only, and not when a
  report of it is denied in the next sentence, nor «избил до смерти X» (a degree of the verb);
* «отсидеть» is perfective whatever the tagger says («полностью отсидела 2,5 года» is a release);
* a number with a unit of time before a gapped pair is the first clause's term, not a count of the
  pair («Глеб получил два года, Нина и Илья — по полтора»).

Each rule has its trap."""

from __future__ import annotations

import pytest

from tests.test_extract_ru import counts, events, names, terms
from vigil.model import Extraction


def _ru(run, text: str) -> Extraction:
    return run("Новости\n\n" + text, "ru")


# -- a surname as written makes the mention nominative ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "2 марта в тюремной больнице в Стерлитамаке умер крымскотатарский политзаключённый Эдем "
        "Сеитов. Ему было 61 год.",
        "В колонии в Саранске скончался политзаключённый Февзи Рамазанов.",
    ],
)
def test_a_nominative_surname_under_an_unknown_first_name_dies(run, text):
    result = _ru(run, text)
    (name,) = names(result)
    assert ("death", name) in events(result)


def test_an_oblique_surname_is_still_no_subject(run):
    # «Эдема Сеитова» is the genitive: the prisoner whose son died is not the one who died
    result = _ru(run, "В колонии в Саранске умер сын политзаключённого Эдема Сеитова.")
    assert ("death", "Эдем Сеитов") not in events(result)


# -- a town after a preposition and its adjective -----------------------------------------------------


def test_a_town_after_an_adjective_is_no_person(run):
    result = _ru(
        run,
        "В 2022 году суд назначил Рустему Асанову 14 лет колонии. Апелляционный суд в подмосковной "
        "Власихе снизил срок до 13 лет.",
    )
    assert names(result) == {"Рустем Асанов"}
    assert ("sentence", "Рустем Асанов") in events(result)


def test_a_person_named_in_full_after_an_adjective_stays(run):
    result = _ru(run, "В прошлом году в соседней колонии задержали активиста Рустема Асанова.")
    assert ("arrest", "Рустем Асанов") in events(result)


# -- «бывший» before a role noun told back ------------------------------------------------------------


def test_a_former_role_noun_points_back(run):
    result = _ru(
        run,
        "Гродненский областной суд приговорил бывшего учителя химии Олега Мартынюка к трём годам "
        "колонии. Бывший педагог находился под стражей с марта.",
    )
    assert ("arrest", "Олег Мартынюк") in events(result)


def test_another_adjective_still_makes_a_new_person(run):
    result = _ru(
        run,
        "Гродненский областной суд приговорил бывшего учителя химии Олега Мартынюка к трём годам "
        "колонии. Молодой педагог находился под стражей с марта.",
    )
    assert ("arrest", "Олег Мартынюк") not in events(result)


# -- «смерть» + genitive ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Прокуратура начала проверку после смерти задержанного Артура Гасанова в изоляторе "
        "временного содержания Махачкалы.",
        "Правозащитники сообщили о смерти политзаключённого Артура Гасанова в колонии № 9.",
    ],
)
def test_the_noun_of_death_in_custody(run, text):
    assert ("death", "Артур Гасанов") in events(_ru(run, text))


@pytest.mark.parametrize(
    "text",
    [
        "Дочь Артура Гасанова узнала о смерти отца от адвоката.",
        "Правозащитники сообщили о смерти журналиста Артура Гасанова в Махачкале.",
        "В соцсетях появились сообщения о смерти в колонии политзаключённого Артура Гасанова. "
        "Эти сведения не подтвердились: Гасанов жив.",
        "Находясь в колонии, он избил до смерти своего сокамерника Артура Гасанова.",
    ],
)
def test_a_death_not_in_custody_or_denied_is_none(run, text):
    assert ("death", "Артур Гасанов") not in events(_ru(run, text))


# -- «отсидела N лет» ----------------------------------------------------------------------------------


def test_a_term_sat_out_is_a_release(run):
    result = _ru(run, "Марина Климович дома! Она полностью отсидела 2,5 года в женской колонии № 4.")
    assert ("release", "Марина Климович") in events(result)
    assert terms(result) == {"Марина Климович": 30}


def test_part_of_a_term_sat_is_no_release(run):
    result = _ru(run, "Марина Климович отсидела два года из пяти.")
    assert ("release", "Марина Климович") not in events(result)


# -- a term's number before a gapped pair -------------------------------------------------------------


def test_a_term_before_a_gapped_pair_is_no_count(run):
    result = _ru(
        run,
        "Суд вынес приговор по делу о листовках. Павел Орлов получил два года колонии, Анна Белова и "
        "Олег Седов — по полтора года условно.",
    )
    assert ("sentence", "Анна Белова") in events(result)
    assert ("sentence", "Олег Седов") in events(result)
    assert ("sentence", 2) not in counts(result)


def test_a_counted_gapped_pair_keeps_its_count(run):
    result = _ru(
        run,
        "Суд приговорил Павла Орлова к восьми годам, а двоих его товарищей, Анну Белову и Олега "
        "Седова, — к шести.",
    )
    assert ("sentence", 2) in counts(result)
