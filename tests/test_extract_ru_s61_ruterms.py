"""Lists of terms paired with lists of names (session 61, helper ruterms), in wordings written
for these tests:

* an item told with a half («пять с половиной, четыре и три с половиной года», «з паловай»)
  keeps the list of bare numbers going: before, «с половиной» broke the list and every name got
  the last term;
* an item that leaves out the unit of the item before it («тры гады, чатыры з паловай і шэсць
  гадоў», «два года, три и пять лет»): the list of whole terms reads it in years, and wins over
  the shorter tail of bare numbers («чатыры … і шэсць гадоў»).

Traps: a lone term with a half is one term; a year after a term («три года, 2023 и 2024 годы
…») is no item of a list (a bare number over 25 is none).

* a list of datives before a verb of assigning («Марине Осиповой, Глебу Рудневу и Павлу Ершову
  назначены …») is one clause: its commas no longer cut the first names off the verdict. Trap: a
  dative of another verb before the comma («позвонили Марине Осиповой, Павлу Ершову назначили …»).
"""

from __future__ import annotations

from vigil.model import Extraction


def term_pairs(result: Extraction) -> set[tuple[str, int]]:
    by_id = {p.id: p.name for p in result.persons}
    return {(by_id[pid], e.term_months) for e in result.events if e.term_months for pid in e.persons}


# -- a half inside a list of bare numbers ---------------------------------------------------------


def test_halves_inside_a_russian_list_of_terms(run):
    result = run(
        "Краевой суд приговорил Семёна Орлова, Глеба Зуева и Романа Шилова соответственно к шести "
        "с половиной, пяти и двум с половиной годам колонии.",
        "ru",
    )
    assert term_pairs(result) == {("Семён Орлов", 78), ("Глеб Зуев", 60), ("Роман Шилов", 30)}


def test_a_half_as_the_last_item_of_a_belarusian_list(run):
    result = run(
        "Суд асудзіў Васіля Гайдука і Андрэя Жука на чатыры і тры з паловай гады калоніі адпаведна.",
        "be",
    )
    assert term_pairs(result) == {("Васіль Гайдук", 48), ("Андрэй Жук", 42)}


# -- an item that leaves out its unit ---------------------------------------------------------------


def test_an_elided_unit_with_a_half_in_belarusian(run):
    result = run(
        "Юрый Дуброўскі, Максім Рыбак і Ігар Клімчук атрымалі адпаведна два гады, тры з паловай і "
        "пяць гадоў калоніі.",
        "be",
    )
    assert term_pairs(result) == {("Юрый Дуброўскі", 24), ("Максім Рыбак", 42), ("Ігар Клімчук", 60)}


def test_an_elided_unit_in_russian(run):
    result = run(
        "Анна Серова, Олег Быков и Иван Дронов получили соответственно два года, три и пять лет колонии.",
        "ru",
    )
    assert term_pairs(result) == {("Анна Серова", 24), ("Олег Быков", 36), ("Иван Дронов", 60)}


# -- traps ------------------------------------------------------------------------------------------


def test_trap_a_lone_term_with_a_half(run):
    result = run("Суд назначил Олегу Быкову пять с половиной лет колонии.", "ru")
    assert term_pairs(result) == {("Олег Быков", 66)}


def test_trap_years_of_the_calendar_after_a_term(run):
    result = run(
        "Иван Гурский и Павел Ярошевич получили по три года, 2023 и 2024 годы они провели в СИЗО.", "ru"
    )
    assert term_pairs(result) == {("Иван Гурский", 36), ("Павел Ярошевич", 36)}


# -- a list of datives before a verb of assigning ----------------------------------------------------


def test_a_list_of_fronted_datives_pairs_with_its_terms(run):
    result = run(
        "Суд огласил приговор. Марине Осиповой, Глебу Рудневу и Павлу Ершову назначены шесть, "
        "четыре с половиной и три года колонии соответственно.",
        "ru",
    )
    assert term_pairs(result) == {("Марина Осипова", 72), ("Глеб Руднев", 54), ("Павел Ершов", 36)}


def test_trap_a_dative_of_another_verb_is_no_list_item(run):
    result = run("Вчера позвонили Марине Осиповой, Павлу Ершову назначили три года колонии.", "ru")
    assert term_pairs(result) == {("Павел Ершов", 36)}
