"""Russian and Belarusian counts, session 47 (helper counts): classes of language behind the
false counts of the read sets, each in wordings of our own, with traps.

* «все, кроме N» / «усіх, акрамя N» is the group counted nearest before «все», in its own
  sentence too («освободили 17 …, и всех, кроме одного, вывезли» is 16);
* a verb whose patient is a singular relative word («…, среди них — X, которого задержали»)
  tells that one person's event: a counted noun before the clause the parse hangs on it is no
  group of it;
* a number right after the word for names («Імёны яшчэ адзінаццаці чалавек не разгалошваюць»)
  counts whose names are told or kept back, no group of an event.
"""

from __future__ import annotations

from tests.test_extract_ru import counts, events
from vigil.model import Extraction


def _ru(run, text: str) -> Extraction:
    return run("Новости\n\n" + text, "ru")


def test_all_except_one_takes_the_group_of_its_own_sentence(run):
    result = _ru(run, "Власти освободили 17 политзаключённых, и всех, кроме одного, вывезли в Литву.")
    assert counts(result) == {("release", 17), ("deportation", 16)}


def test_belarusian_all_except_one_takes_the_group_of_its_own_sentence(be):
    result = be("Навіны\n\nУлады вызвалілі 17 палітвязняў, і ўсіх, акрамя аднаго, вывезлі ў Літву.")
    assert counts(result) == {("release", 17), ("deportation", 16)}


def test_all_except_two_still_reads_the_group_of_the_sentence_before(run):
    # trap: the group of the sentence before is still the one «все» points back to
    result = _ru(run, "В Минске задержали 15 человек. Всех, кроме двоих, отпустили вечером.")
    assert counts(result) == {("arrest", 15), ("release", 13)}


def test_a_singular_relative_clause_event_takes_no_group_count(run):
    result = _ru(
        run,
        "Последний раз обмен был в октябре: тогда Украина вернула домой 20 гражданских, среди них — "
        "учитель физики Роман Климчук, которого задержали ещё весной 2022-го.",
    )
    assert ("arrest", "Роман Климчук") in events(result)
    assert ("arrest", 20) not in counts(result)


def test_a_plural_relative_clause_shares_the_group_count(run):
    # trap: «которых» is the counted group itself
    result = _ru(run, "В октябре власти освободили 20 человек, которых задержали на акции в Москве.")
    assert {("release", 20), ("arrest", 20)} <= counts(result)


def test_the_names_of_n_more_people_are_no_group(be):
    result = be(
        "Навіны\n\nУлады вызвалілі 14 палітвязняў. Сярод вызваленых — журналіст Зьміцер Лагвіновіч. "
        "Імёны яшчэ адзінаццаці чалавек праваабаронцы пакуль не разгалошваюць: у многіх у Беларусі "
        "засталіся сваякі."
    )
    assert ("release", "Зьміцер Лагвіновіч") in events(result)
    assert counts(result) == {("release", 14)}


def test_n_people_whose_names_are_kept_back_still_count_with_their_verb(be):
    # trap: the number stands before its own verb, not after the word for names
    result = be("Навіны\n\nУ аўторак улады вызвалілі 11 палітвязняў, імёны якіх праваабаронцы не называюць.")
    assert ("release", 11) in counts(result)
