"""Russian and Belarusian groups, session 53 (helper fix), in wordings of our own
(docs/extract-ru-be.md, session 53, fix):

* a surname in the plural as the object or subject of a counted event told after a verdict's
  list («Дарашкевічаў затрымалі») names the people of that surname in the list, not the others
  of the verdict; with the family's members not exactly as many as the count, nobody;
* a count is carried to a plural pronoun's event only from a clause not parted from it by a
  semicolon: «освободили 12 и вывезли их» keeps 12, «троих отпустили; трое других остаются»
  gives the others no count of the freed.
"""

from __future__ import annotations

from tests.test_extract_ru import counts, events

_VERDICT_BE = (
    "Магілёўскі абласны суд асудзіў чатырох жыхароў Асіповіч за каментары ў сацсетках.\n\n"
    "Прысуд такі:\n\n"
    "— Міхаіл Дарашкевіч, 44 гады, кіроўца: пяць гадоў калоніі;\n"
    "— Сяргей Дарашкевіч, яго брат: чатыры гады калоніі;\n"
    "— Ганна Лісоўская, бухгалтарка: тры гады абмежавання волі;\n"
    "— Павел Мароз, пенсіянер: два гады калоніі.\n\n"
)


def test_plural_surname_picks_the_family_out_of_the_verdict(be):
    result = be(
        _VERDICT_BE
        + "Дарашкевічаў затрымалі ў лютым 2024 года: сілавікі прыйшлі на ферму, дзе абодва мужчыны працавалі."
    )
    found = events(result)
    assert ("arrest", "Міхаіл Дарашкевіч") in found
    assert ("arrest", "Сяргей Дарашкевіч") in found
    assert ("arrest", "Ганна Лісоўская") not in found
    assert ("arrest", "Павел Мароз") not in found


def test_plural_surname_of_one_named_person_picks_nobody(be):
    text = _VERDICT_BE.replace("Сяргей Дарашкевіч, яго брат", "Сяргей Пятровіч, яго сусед")
    result = be(
        text
        + "Дарашкевічаў затрымалі ў лютым 2024 года: сілавікі прыйшлі на ферму, дзе абодва мужчыны працавалі."
    )
    found = events(result)
    assert ("arrest", "Ганна Лісоўская") not in found
    assert ("arrest", "Сяргей Пятровіч") not in found


def test_count_carried_to_a_pronoun_of_the_same_clause(run):
    result = run("Новости\n\nНочью власти освободили 12 заключённых и сразу вывезли их в Литву.", "ru")
    assert ("deportation", 12) in counts(result)


def test_no_count_carried_across_a_semicolon(run):
    result = run(
        "Новости\n\n"
        "В Гомеле в субботу задержали шестерых активистов. Троих из них, Олега Сомова, Ирину Белую и "
        "Петра Гусева, вечером отпустили; трое других остаются в изоляторе.",
        "ru",
    )
    assert ("release", 3) in counts(result)
    assert ("arrest", 3) not in counts(result)
