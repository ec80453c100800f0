"""Russian: a part of a counted group named in the next sentences, a term changed after a colon,
a handover from one state to another, and a pronoun in an interview answer about the article's
one subject. Sentences written for these tests."""

from __future__ import annotations

from tests.test_extract_ru import counts, events


def all_terms(result) -> set[tuple[str, int]]:
    by_id = {p.id: p.name for p in result.persons}
    return {(by_id[pid], e.term_months) for e in result.events if e.term_months for pid in e.persons}


def test_other_detainees_named_one_per_sentence(run):
    result = run(
        "Ночью полиция задержала семерых рыбаков, в том числе Гусева. "
        "Двое других задержанных в ту ночь работали на одной лодке. "
        "Тимур Валиев позже получил шесть лет. Степан Жуков умер в СИЗО.",
        "ru",
    )
    assert {("arrest", "Тимур Валиев"), ("arrest", "Степан Жуков")} <= events(result)
    assert ("arrest", 2) not in counts(result)  # a part of the seven, not a new group


def test_other_detainees_not_named_after_a_new_paragraph_or_known_people(run):
    result = run(
        "Ночью полиция задержала семерых рыбаков, в том числе Гусева и Тимура Валиева. "
        "Двое других задержанных в ту ночь работали на одной лодке. "
        "Тимур Валиев позже получил шесть лет. Степан Жуков умер в СИЗО.",
        "ru",
    )
    assert ("arrest", "Степан Жуков") not in events(result)


def test_term_raised_after_a_colon_with_the_term_as_subject(run):
    result = run(
        "В мае краевой суд ужесточил наказание фермеру Аркадию Лосеву: срок увеличен с двух до четырёх лет.",
        "ru",
    )
    assert {("Аркадий Лосев", 24), ("Аркадий Лосев", 48)} <= all_terms(result)


def test_term_cut_after_a_colon_impersonal(run):
    result = run("Кассация смягчила приговор врачу Инне Фроловой: срок сократили до полутора лет.", "ru")
    assert ("Инна Фролова", 18) in all_terms(result)


def test_term_change_asked_for_after_a_colon_is_no_term(run):
    result = run(
        "Обвинение попросило ужесточить наказание фермеру Аркадию Лосеву: срок увеличить до шести лет.",
        "ru",
    )
    assert ("Аркадий Лосев", 72) not in all_terms(result)


def test_state_hands_a_person_to_another_state(run):
    result = run("Азербайджан выдал Ирану 40-летнего поэта Рамина Ахмедли, бежавшего из Тебриза.", "ru")
    assert ("deportation", "Рамин Ахмедли") in events(result)
    assert ("release", "Рамин Ахмедли") not in events(result)


def test_state_refuses_or_may_hand_over_is_no_event(run):
    result = run(
        "Грузия отказалась выдать Азербайджану журналиста Рамина Ахмедли. "
        "Армения может выдать Ирану поэта Кямала Гусейнова.",
        "ru",
    )
    assert not {e.type for e in result.events} & {"deportation"}


def test_pronoun_in_an_interview_answer_about_the_one_prisoner(run):
    result = run(
        "Осуждённый в 2019 году на шесть лет агроном Леонид Сотников остаётся в колонии. "
        "Его сестра Дарья Сотникова живёт в Тбилиси. Мы поговорили с ней.\n\n"
        "— Когда вы получили последнее письмо?\n\n"
        "— В марте, после долгого перерыва.\n\n"
        "— Что изменилось за год?\n\n"
        "— Его обвинили в порче имущества. Ему добавили ещё полтора года прямо в колонии.",
        "ru",
    )
    assert ("Леонид Сотников", 18) in all_terms(result)
    assert not any(name == "Дарья Сотникова" for name, _ in all_terms(result))


def test_them_after_a_counted_unnamed_group_is_not_an_earlier_named_group(run):
    result = run(
        "В мае задержали пятерых фермеров, в том числе Аркадия Лосева и Семёна Ушакова. "
        "Всех пятерых приговорили к четырём годам.\n\n"
        "Через месяц у здания суда полиция задержала троих прохожих, снимавших конвой, — их "
        "оштрафовали и отпустили.",
        "ru",
    )
    assert ("release", "Аркадий Лосев") not in events(result)
    assert ("release", "Семён Ушаков") not in events(result)


def test_yes_opening_an_interview_answer_is_no_person(extractor):
    ru = extractor.extractor_for("ru")
    doc = ru.parse("Агроном Леонид Сотников остаётся в колонии.\n\n— Да. Захар — сосед Леонида.")
    yes = next(t for t in doc if t.text == "Да")
    assert ru.clean_span(doc[yes.i : yes.i + 1]) is None  # a particle after the answer's dash
    zahar = next(t for t in doc if t.text == "Захар")
    assert ru.clean_span(doc[zahar.i : zahar.i + 1]) is not None
