"""Belarusian extraction, session 58 (helper bereal2): persons and quotes on ordinary real
Belarusian news (realnews2-be), each class counted across the Belarusian read sets before it was
written (docs/extract-ru-be.md, session 58, bereal2), in wordings of our own, with traps.

* a country's name in any case (words.json `country_names`) is no person, whatever the NER says;
* an adjective made from a surname («лукашэнкаўскія») is no person;
* «— заявіў прэс-сакратар міністэрства X»: an institution's noun right after a role noun is the
  role's genitive; its holder speaks.
"""

from __future__ import annotations


def names(result) -> list[str]:
    return [p.name for p in result.persons]


def quotes(result) -> list[tuple[str, str]]:
    by_id = {p.id: p.name for p in result.persons}
    return [(by_id.get(q.speaker, q.speaker), q.text) for q in result.quotes]


# -- countries ------------------------------------------------------------------------------------


def test_countries_in_a_list_are_no_persons(be):
    result = be(
        "Фестываль пройдзе ў верасні\n\n"
        "На фестываль прыедуць гурты з Грэцыі, Малдовы і Партугаліі, а таксама Сірыі. "
        "Арганізатар фестывалю Зміцер Вайцюшкевіч паабяцаў нізкія цэны на квіткі."
    )
    assert names(result) == ["Зміцер Вайцюшкевіч"]


def test_a_first_name_sharing_a_country_stem_stays_a_person(be):
    # trap: «Францыск» begins like «Францыя», but only the country's own forms are no person
    result = be(
        "Выстава ў Полацку\n\n"
        "Мастак Францыск Лукашэвіч паказаў у Францыі і Германіі свае карціны. "
        "Францыска Лукашэвіча запрасілі і ў Італію."
    )
    assert names(result) == ["Францыск Лукашэвіч"]


def test_a_figures_adjective_is_no_person(be):
    # trap: a word made from a surname («лукашэнкаўскі») is no person
    result = be(
        "Агляд навін\n\n"
        "Лукашэнкаўскія чыноўнікі зноў змянілі правілы. Журналістка Ірына Шарко распавяла пра гэта."
    )
    assert names(result) == ["Ірына Шарко"]


# -- an institution's genitive after a role noun ---------------------------------------------------


def test_role_noun_then_institution_genitive_gives_the_holder(be):
    result = be(
        "Мінск адказаў на санкцыі\n\n"
        "«Мы адкажам прапарцыйна», — заявіў у чацвер прэс-сакратар міністэрства замежных спраў "
        "Беларусі Пятро Зубовіч."
    )
    assert quotes(result) == [("Пятро Зубовіч", "Мы адкажам прапарцыйна")]


def test_an_institution_speaking_is_still_no_person(be):
    # trap: the institution's noun straight after the verb speaks itself; the person named later
    # in the same sentence does not
    result = be(
        "Мінск адказаў на санкцыі\n\n"
        "«Мы адкажам прапарцыйна», — заявіла міністэрства, дзе працуе Пятро Зубовіч."
    )
    assert quotes(result) == []
