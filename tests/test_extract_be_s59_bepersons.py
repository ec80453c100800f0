"""Belarusian persons, session 59 (helper bepersons): each class counted across the Belarusian
read sets before it was written (docs/extract-ru-be.md, session 59, bepersons), in wordings of
our own, with traps.

* a surname in capitals beside a first name or initials («Андрэй КАВАЛЕЎСКІ») is a name;
* an adjectival surname's dative beside a first name in -а («Міколу Ражкоўскаму») is -скі;
* a soft consonant before a dropped -к («Лапатька») gives -ько, unless the article writes the
  nominative itself;
* a woman's first name with its stem consonant changed in the dative («Ніцы», «Насце»);
* the first word after a live blog's clock time opens a sentence («09:10 Удакладняецца»);
* a bare surname two relatives share goes to the one its ending's gender fits.
"""

from __future__ import annotations


def names(result) -> list[str]:
    return [p.name for p in result.persons]


def facts(result) -> set[tuple[str, str, int | None]]:
    by_id = {p.id: p.name for p in result.persons}
    return {(e.type, by_id[p], e.term_months) for e in result.events for p in e.persons}


# -- surnames in capitals -------------------------------------------------------------------------


def test_surnames_in_capitals_in_a_list_and_in_the_dative(be):
    result = be(
        "Прысуд у Барысаве\n\n"
        "Барысаўскі раённы суд вынес прысуд трым жыхарам горада. Асуджаныя — Тарас ЛЯВОНЧЫК, "
        "Ганна СІНКЕВІЧ і Пётр БАЛАБАН. Тарасу ЛЯВОНЧЫКУ прызначылі чатыры гады калоніі."
    )
    assert names(result) == ["Тарас Лявончык", "Ганна Сінкевіч", "Пётр Балабан"]
    assert ("sentence", "Тарас Лявончык", 48) in facts(result)


def test_a_surname_in_capitals_after_initials(be):
    result = be("Затрыманне\n\nУ Віцебску затрымалі Р. ВАСІЛЕЎСКАГА і яго сябра.")
    assert names(result) == ["Р. Васілеўскі"]


def test_an_acronym_before_a_name_is_no_surname(be):
    # trap: «БДТУ» before a first name is a university, not a surname written first in capitals
    result = be("Затрыманне\n\nУ Гомелі затрымалі студэнтку БДТУ Марыну Лось і яе сяброўку.")
    assert names(result) == ["Марына Лось"]


def test_a_quote_keeps_its_capitals(be):
    result = be(
        "Інтэрв'ю\n\n"
        "Андрэя ЛОБАНА асудзілі на тры гады. «Мой сын Андрэй ЛОБАН ні ў чым не вінаваты», — "
        "сказала ягоная маці Тэкля Лобан."
    )
    assert "Андрэй Лобан" in names(result)
    assert [q.text for q in result.quotes] == ["Мой сын Андрэй ЛОБАН ні ў чым не вінаваты"]


# -- surnames restored from an oblique form -------------------------------------------------------


def test_an_adjectival_surname_in_the_dative_beside_a_first_name_in_a(be):
    result = be("Апеляцыя\n\nМіколу Ражкоўскаму пакінулі ранейшы прысуд. Міколу Шалюту вызвалілі.")
    # trap: «Шалюту» is a noun in -а's accusative (Шалюта), as before
    assert names(result) == ["Мікола Ражкоўскі", "Мікола Шалюта"]


def test_a_soft_consonant_before_a_dropped_k(be):
    result = be("Прысуд\n\nСуд прызначыў Юрыю Лапатьку тры гады. Юрыя Лапатька затрымалі ў красавіку.")
    assert names(result) == ["Юрый Лапатько"]


def test_the_nominative_the_article_writes_names_the_person(be):
    result = be("Прысуд\n\nСяргея Мялька асудзілі на шэсць гадоў калоніі. Сяргей Мялёк не прызнаў віны.")
    assert names(result) == ["Сяргей Мялёк"]


# -- a woman's first name in the dative with its consonant changed --------------------------------


def test_a_first_name_in_the_dative_with_a_changed_consonant(be):
    result = be(
        "Вынесены прысуд\n\n"
        "Студэнтцы мастацкага каледжа Ніцы Барысевіч суд прызначыў два гады хіміі. "
        "Настаўніцы Насце Курловіч — год абмежавання волі."
    )
    assert names(result) == ["Ніка Барысевіч", "Наста Курловіч"]
    assert ("sentence", "Ніка Барысевіч", 24) in facts(result)


# -- a live blog's clock time ---------------------------------------------------------------------


def test_the_word_after_a_clock_time_opens_a_sentence(be):
    result = be(
        "Хроніка дня\n\n"
        "09:10 Удакладняецца, што затрыманых пяцёра.\n\n"
        "09:25 Ганна Лось выйшла на волю.\n\n"
        "09:40 Нагадаем, Лось затрымалі ў лютым.\n\n"
        "09:55 — Праверана, затрыманых сапраўды пяцёра."
    )
    # trap: a full name after the time stays a person, with its event
    assert names(result) == ["Ганна Лось"]
    assert ("release", "Ганна Лось", None) in facts(result)


# -- relatives sharing a surname ------------------------------------------------------------------


def test_a_bare_surname_goes_to_the_relative_of_its_gender(be):
    result = be(
        "Навіны\n\n"
        "Святлана Жураўская, жонка палітвязня Юрыя Жураўскага, сказала, што мужа пераводзяць у "
        "Шклоў. Жураўскага асудзілі ў 2022 годзе на пяць гадоў."
    )
    assert ("sentence", "Юрый Жураўскі", 60) in facts(result)
    assert not any(name == "Святлана Жураўская" for _, name, _ in facts(result))


def test_a_bare_surname_of_no_telling_gender_stays_with_the_first(be):
    # trap: «Кавальчук» declines the same for both; nothing moves it
    result = be(
        "Навіны\n\n"
        "Палітвязень Андрэй Кавальчук адбывае тэрмін у Шклове. Ягоная жонка Ірына Кавальчук "
        "піша яму штотыдзень. Кавальчук асудзілі ў 2021 годзе."
    )
    assert names(result) == ["Андрэй Кавальчук", "Ірына Кавальчук"]
