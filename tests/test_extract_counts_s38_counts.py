"""Group counts in three languages (session 38, the syn28* census), in wording invented for these
tests: a group's completed terms told as why it walked free ("after completing their sentences",
"nine finished their terms" beside a release) are a release, no verdict's count; a counted
participle standing as the group's noun («четверо освобождённых», «двух іншых памілаваных») that
retells a part of a larger group counted before gets no count of its own, whatever the parse; a
number of people still held, in a gapped clause too («двое — пад хатнім арыштам»), is a state;
and a number a count noun totals («а число политзаключённых превышает 1 100») is a tally.
Traps: a term stated with the completion, a count statement of the trigger's own group
(«Число освобождённых — 13»), a new group counted after a whole, and counts that stay."""

from __future__ import annotations

import pytest

from tests.extract_views import group_counts

# -- completed terms are why a group was freed (en) ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Two political prisoners walked free in Hrodna after completing their sentences.", 2),
        ("Four inmates were freed on Friday upon finishing their prison terms.", 4),
        ("Six detainees walked out of the colony in Navapolatsk after ending their sentences.", 6),
        ("Rights groups said the authorities freed five prisoners after they completed their sentences.", 5),
    ],
)
def test_completed_terms_of_a_freed_group_are_no_verdict(extract_text, text, count):
    counts = group_counts(extract_text(text))
    assert ("release", count) in counts
    assert not {c for t, c in counts if t == "sentence"}


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Three people were released after pardons; twelve completed their sentences.", 12),
        ("Two were pardoned and freed in June, while nine finished their terms.", 9),
    ],
)
def test_a_counted_group_that_completed_its_terms_beside_a_release_was_freed(extract_text, text, count):
    counts = group_counts(extract_text(text))
    assert ("release", count) in counts
    assert ("sentence", count) not in counts


@pytest.mark.parametrize(
    "text",
    [
        "Two political prisoners were released after completing five-year sentences.",
        "Three activists were sentenced in Gomel after completing their studies.",
    ],
)
def test_a_stated_term_or_a_verdict_stays_a_sentence(extract_text, text):
    assert {c for t, c in group_counts(extract_text(text)) if t == "sentence"}


def test_a_term_in_office_is_no_prison_term(extract_text):
    result = extract_text("The mayor was released from hospital and completed her term in office.")
    assert not group_counts(result)


# -- a counted participle retelling a part of a larger group (ru, be) ---------------------------


@pytest.mark.parametrize(
    ("language", "text", "part"),
    [
        ("be", "Улады вызвалілі 18 палітвязняў. У аўтобусе з ім былі яшчэ чацвёра вызваленых.", 4),
        ("be", "Лукашэнка памілаваў 18 чалавек. Двух іншых памілаваных раніцай вывезлі з калоній.", 2),
        ("be", "Улады вызвалілі 16 палітвязняў. Яшчэ трох вызваленых сустрэлі сваякі ля брамы.", 3),
        ("ru", "Власти освободили 16 политзаключённых. Ещё троих освобождённых встретили родственники.", 3),
        ("ru", "Власти освободили 16 политзаключённых. Двое других помилованных остались в Минске.", 2),
        ("ru", "Власти освободили 16 политзаключённых. Пятерых освобождённых вывезли в Литву.", 5),
    ],
)
def test_a_counted_participle_retelling_a_part_is_no_new_release(run, language, text, part):
    counts = group_counts(run(text, language))
    assert ("release", 16) in counts or ("release", 18) in counts
    assert ("release", part) not in counts


@pytest.mark.parametrize(
    ("language", "text", "count"),
    [
        ("ru", "Власти освободили 16 политзаключённых. Через день освободили ещё троих задержанных.", 3),
        ("ru", "Власти освободили 16 политзаключённых. Через день освобождены ещё трое.", 3),
        ("be", "Улады вызвалілі 16 палітвязняў. Праз дзень вызвалілі яшчэ траіх.", 3),
        ("ru", "Власти освободили 16 политзаключённых. Позже задержали ещё троих.", 3),
    ],
)
def test_a_new_group_counted_after_a_whole_keeps_its_count(run, language, text, count):
    counts = group_counts(run(text, language))
    assert any(c == count for _, c in counts)


def test_a_counted_participle_with_no_larger_group_before_keeps_its_count(run):
    assert ("release", 4) in group_counts(run("В пятницу освобождены четверо задержанных.", "ru"))


# -- people still held, gapped clauses too (ru, be) ---------------------------------------------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("be", "Астатнія трое, паводле звестак праваабаронцаў, застаюцца ў ізалятары."),
        ("be", "Да суда трое з іх знаходзіліся ў СІЗА, двое — пад хатнім арыштам."),
        ("be", "Да суда трое з іх знаходзіліся ў СІЗА, а двое — пад хатнім арыштам."),
        ("ru", "До суда трое из них находились в СИЗО-1, двое — под домашним арестом."),
        ("be", "Двое знаходзяцца пад хатнім арыштам."),
    ],
)
def test_people_still_held_are_no_arrest_group(run, language, text):
    assert not {c for t, c in group_counts(run(text, language)) if t == "arrest"}


# -- a number a count noun totals (ru, be) -------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "kept"),
    [
        (
            "be",
            "Паводле падлікаў праваабаронцаў, з пачатку года затрымана некалькі тысяч чалавек, а "
            "колькасць палітвязняў перавышае 1 100 чалавек.",
            None,
        ),
        (
            "ru",
            "По подсчётам правозащитников, с начала года задержаны несколько тысяч человек, а число "
            "политзаключённых превышает 1 100 человек.",
            None,
        ),
        ("be", "З пачатку года затрымана больш за 300 чалавек, а колькасць палітвязняў складае 1 150.", None),
        ("ru", "В марте задержаны 45 человек, а общее количество политзаключённых достигло 1 180.", 45),
        ("be", "Улады вызвалілі 14 чалавек, хаця колькасць палітвязняў усё яшчэ перавышае 1 100.", 14),
    ],
)
def test_a_tally_is_no_group_of_the_event(run, language, text, kept):
    counts = {c for _, c in group_counts(run(text, language))}
    assert not counts & {1100, 1150, 1180}
    if kept is not None:
        assert kept in counts


@pytest.mark.parametrize(
    ("language", "text", "count"),
    [
        ("ru", "Число освобождённых — 13, сообщили правозащитники.", 13),
        ("be", "Колькасць вызваленых склала 11 чалавек.", 11),
        ("ru", "В ноябре его в числе 48 политзаключённых помиловали и освободили.", 48),
        ("be", "У лютым яго ў ліку 37 палітвязняў памілавалі і вызвалілі.", 37),
        ("ru", "Весной её в числе 52 заключённых освободили досрочно.", 52),
        ("ru", "Освобождены 20 человек, в том числе 5 журналистов.", 20),
    ],
)
def test_a_count_statement_of_the_event_s_own_group_stays(run, language, text, count):
    assert ("release", count) in group_counts(run(text, language))
