"""Russian and Belarusian quote families of session 26: who speaks when the names are read right.

* Taraškievica writes a first name with the soft sign of assimilation («Дзьмітрыя»); Vigil's list
  has it in the official spelling («Дзмітрый»). Looked up without the sign, the name gives its
  case, so the surname beside it is put in the nominative and «— сказаў Сабалеўскі» is a
  nominative mention of the same person.
* NER joins a relative's name to the speaker's: «сестра Орлова Марина Зенькович» (a woman's
  patronymic never ends in a man's -вич, so «Зенькович» is her surname), «дачка Андрэя
  Лабановіча Наталля» (a full name, then a first name: two people).
* «A», — сказал X. Он добавил, что … «B»: a sentence that opens with the speaker's own
  pronoun and a verb of speech does not stop the next unattributed quote from being X's.
* «…, — сообщила Сибирь.Реалиям адвокат X. — …»: an outlet's dotted name inside the attribution
  ends no clause.

Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_extract_ru import quotes


@pytest.mark.parametrize("first", ["Дзьмітрыя", "Сьвятаслава"])
def test_a_taraskievica_first_name_in_an_oblique_case(be, first):
    text = (
        f"Суд у Лідзе пакараў {first} Сабалеўскага трыма гадамі калёніі. "
        "«Я ня лічу сябе вінаватым», — сказаў Сабалеўскі ў апошнім слове."
    )
    result = be(text)
    nominative = {"Дзьмітрыя": "Дзьмітрый", "Сьвятаслава": "Сьвятаслаў"}[first]
    assert {p.name for p in result.persons} == {f"{nominative} Сабалеўскі"}
    assert quotes(result) == {(f"{nominative} Сабалеўскі", "Я ня лічу")}


def test_a_taraskievica_first_name_in_the_nominative(be):
    result = be("Дзьмітры Сабалеўскі правёў у СІЗА паўгода.")
    assert {p.name for p in result.persons} == {"Дзьмітры Сабалеўскі"}


def test_a_womans_surname_in_vich_after_a_relatives_genitive(run):
    text = (
        "Учителя Павла Орлова приговорили к шести годам колонии. "
        "«Он просто написал комментарий под новостью», — рассказала сестра Орлова Марина Зенькович."
    )
    result = run(text, "ru")
    assert "Марина Зенькович" in {p.name for p in result.persons}
    assert quotes(result) == {("Марина Зенькович", "Он просто написал")}


def test_a_court_register_name_in_surname_first_order_stays_one_person(run):
    result = run("Суд арестовал Кравцова Игоря Николаевича на два месяца.", "ru")
    assert len(result.persons) == 1


def test_a_relatives_full_name_then_the_speakers_first_name(be):
    text = (
        "Настаўніка Андрэя Лабановіча асудзілі на пяць гадоў. "
        "«Мы чакаем яго кожны дзень», — кажа дачка Андрэя Лабановіча Наталля."
    )
    result = be(text)
    assert quotes(result) == {("Наталля", "Мы чакаем яго")}


@pytest.mark.parametrize(
    "verb",
    ["Он добавил, что его подзащитному", "Он также отметил, что клиенту"],
)
def test_the_speakers_pronoun_with_a_verb_of_speech_goes_on(run, verb):
    text = (
        "«Свидетели обвинения путались в показаниях», — сказал адвокат Петрова Олег Ситников. "
        f"{verb} «так и не показали материалы экспертизы». «Приговор был написан заранее»."
    )
    found = quotes(run(text, "ru"))
    assert ("Олег Ситников", "Свидетели обвинения путались") in found
    assert ("Олег Ситников", "Приговор был написан") in found


def test_another_pronoun_stops_the_speaker(run):
    text = (
        "«Свидетели обвинения путались в показаниях», — сказал адвокат Петрова Олег Ситников. "
        "Она добавила, что дочь «так и не увидела отца». «Приговор был написан заранее»."
    )
    assert ("Олег Ситников", "Приговор был написан") not in quotes(run(text, "ru"))


def test_an_outlets_dotted_name_inside_the_attribution(run):
    text = (
        "«Задержанных долго не пускали к защитникам, — сообщила Сибирь.Реалиям адвокат "
        "Ольга Гарипова, которая защищает Нуриева. — Мы ждали у входа четыре часа»."
    )
    assert quotes(run(text, "ru")) == {("Ольга Гарипова", "Задержанных долго не")}


def test_an_institutions_namesake_before_a_womans_name_is_no_person(be):
    text = "Суд асудзіў выкладчыцу ўніверсітэта імя Пушкіна Святлану Грынкевіч на тры гады калоніі."
    assert {p.name for p in be(text).persons} == {"Святлана Грынкевіч"}
