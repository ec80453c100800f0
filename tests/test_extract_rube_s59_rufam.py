"""Russian and Belarusian construction families (session 59, helper rufam), in wordings written
for these tests (docs/extract-ru-be.md, «Session 59 — construction families (rufam)»):

* an execution is a death in custody (GUIDELINES: `death` = died in custody): Belarusian
  «смяротны прысуд у дачыненні да X прыведзены ў выкананне», «прысуд … выкананы», «X пакараны
  смерцю»; Russian «X казнён», «X казнили». Traps: a death sentence passed («прысудзіў да
  расстрэлу», «приговорил к смертной казни») is a sentence only; negation («не прыведзены»),
  possibility («можа быць выкананы»), calls («заклікалі не прыводзіць … у выкананне»), a
  suspended term («з адтэрміноўкай выканання прысуду»), a prison term carried out with no word
  of the death penalty, and an unnamed running tally («двенадцать женщин были казнены») give no
  death and no count.
* (Belarusian) a possessive pronoun before a kin noun with an age or an adjective between («Яго
  70-гадовага бацьку затрымалі», «Яго пажылую маці …») tells of the relative, not of the man
  «яго» refers to. Traps: the pronoun as the object itself («Праз тыдзень яго вызвалілі», «Яго
  затрымалі разам з бацькам») still finds him.
"""

from __future__ import annotations

from tests.test_extract_ru import counts, events

# -- executions ------------------------------------------------------------------------------------


def test_be_death_sentence_carried_out_in_respect_of_two(run):
    result = run(
        "Праваабаронцы выказалі заклапочанасць прыведзенымі ў выкананне смяротнымі прысудамі ў "
        "дачыненні да Рыгора Ждановіча і Андрэя Лапко.",
        "be",
    )
    assert {("death", "Рыгор Ждановіч"), ("death", "Андрэй Лапко")} <= events(result)


def test_be_death_sentence_carried_out_for_a_pronoun(run):
    result = run(
        "Абласны суд прысудзіў Рыгора Ждановіча да смяротнага пакарання. Увосень маці даведалася, "
        "што смяротны прысуд у дачыненні да яго выкананы.",
        "be",
    )
    assert ("death", "Рыгор Ждановіч") in events(result)


def test_be_executed(run):
    result = run("Рыгор Ждановіч быў пакараны смерцю ў лістападзе, цела сваякам не аддалі.", "be")
    assert ("death", "Рыгор Ждановіч") in events(result)


def test_be_death_sentence_passed_is_no_death(run):
    # trap: the sentence is passed, not carried out
    result = run("Суд прысудзіў Рыгора Ждановіча да вышэйшай меры пакарання — расстрэлу.", "be")
    assert ("sentence", "Рыгор Ждановіч") in events(result)
    assert ("death", "Рыгор Ждановіч") not in events(result)


def test_be_not_yet_carried_out_or_possible_is_no_death(run):
    # traps: negation, possibility, a call
    for text in (
        "Рыгора Ждановіча асудзілі да смяротнага пакарання. Смяротны прысуд яшчэ не выкананы.",
        "Праваабаронцы баяцца, што смяротны прысуд Рыгору Ждановічу можа быць выкананы хутка.",
        "Рыгора Ждановіча асудзілі да смяротнага пакарання. Праваабаронцы заклікалі ўлады не "
        "прыводзіць смяротны прысуд у выкананне.",
    ):
        assert not any(t == "death" for t, _ in events(run(text, "be"))), text


def test_be_suspended_or_prison_term_carried_out_is_no_death(run):
    # traps: «адтэрміноўка выканання прысуду» and a prison term with no word of the death penalty
    for text in (
        "Рыгора Ждановіча асудзілі на два гады з адтэрміноўкай выканання прысуду на год.",
        "Рыгора Ждановіча асудзілі на чатыры гады калоніі, прысуд прыведзены ў выкананне.",
    ):
        assert not any(t == "death" for t, _ in events(run(text, "be"))), text


def test_ru_executed(run):
    result = run("Заключённый Кларк Паркер был казнён в четверг в тюрьме штата Техас.", "ru")
    assert ("death", "Кларк Паркер") in events(result)


def test_ru_sentenced_to_death_is_no_death(run):
    # trap: the verdict, not the execution
    result = run("Суд приговорил Кларка Паркера к смертной казни за двойное убийство.", "ru")
    assert ("death", "Кларк Паркер") not in events(result)
    assert ("sentence", "Кларк Паркер") in events(result)


def test_ru_running_tally_of_executions_is_no_count(run):
    # trap: an unnamed running statistic gives neither an event nor a count
    result = run("С 1990 года в штате были казнены двенадцать женщин.", "ru")
    assert not any(t == "death" for t, _ in counts(result))
    assert not events(result)


# -- a kin noun with a modifier after a possessive pronoun (Belarusian) ------------------------------


def test_be_pronoun_before_aged_kin_noun_is_no_patient(run):
    for text in (
        "Блогера Андрэя Мельніка асудзілі завочна. Яго 68-гадовага бацьку затрымалі ў Бабруйску.",
        "Блогера Андрэя Мельніка асудзілі завочна. Яго пажылую маці затрымалі ў Бабруйску.",
        "Блогера Андрэя Мельніка асудзілі завочна. Ягонага старэйшага брата затрымалі ў Бабруйску.",
    ):
        assert ("arrest", "Андрэй Мельнік") not in events(run(text, "be")), text


def test_be_pronoun_as_the_object_still_finds_him(run):
    # traps: «яго» as the object itself, with a relative told after it
    result = run("Андрэя Мельніка затрымалі ў Бабруйску. Праз тыдзень яго вызвалілі.", "be")
    assert ("release", "Андрэй Мельнік") in events(result)
    result = run("Андрэя Мельніка асудзілі на тры гады. Яго затрымалі ў кастрычніку разам з бацькам.", "be")
    assert ("arrest", "Андрэй Мельнік") in events(result)
