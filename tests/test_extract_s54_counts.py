"""Counts of session 54 (helper counts), in wordings invented for these tests
(docs/extract-ru-be.md, "Session 54 — counts").

* Russian and Belarusian: a clause with no verb of its own after a comma, semicolon, colon or
  «а», whose dash stands for the verb of a counted event before it, is that event again with its
  own count (`GappedRules._gapped_group_counts`): a count before the dash and what the verb took
  after it («ещё четверо — к условным»), or a time or place before the dash and «ещё» with a
  count after it («во вторник — ещё шестерых»).
  Traps: a breakdown by who the people are («из них шестеро — женщины»), a running total
  («с начала года — 640»), an approximate number, a state after the dash («ещё двое — под
  стражей» after a release), named people with their own terms.
"""

from __future__ import annotations

import pytest

from tests.extract_views import group_counts

GAPPED = [
    ("ru", "Суд приговорил девять человек к реальным срокам, ещё четверо — к условным.", ("sentence", 4)),
    ("ru", "В понедельник задержали 11 активистов, во вторник — ещё шестерых.", ("arrest", 6)),
    (
        "ru",
        "На свободу вышли 15 человек: десять — по амнистии, пятеро — по окончании срока.",
        ("release", 10),
    ),
    ("ru", "На свободу вышли 15 человек: десять — по амнистии, пятеро — по окончании срока.", ("release", 5)),
    ("ru", "Под стражу взяли восемь человек, а через неделю — ещё троих.", ("arrest", 3)),
    ("ru", "Суд арестовал 17 фигурантов, ещё шестерых — под домашний арест.", ("arrest", 6)),
    # a time with its own number before the dash, the counted people's owner after the count
    (
        "be",
        "Спачатку пад варту трапілі двое настаўнікаў, а праз тры дні ў Магілёве — яшчэ пяцёра іх калег.",
        ("arrest", 5),
    ),
    (
        "ru",
        "Сначала задержали двоих врачей, а через два дня в Гомеле — ещё четверых их коллег.",
        ("arrest", 4),
    ),
    # a converb tells how; the clause still has no verb of its own
    (
        "be",
        "За месяц вызваліліся 20 палітвязняў: 16 — цалкам адбыўшы тэрмін, астатнія — датэрмінова.",
        ("release", 16),
    ),
    # a semicolon the parser may take for a sentence's end
    (
        "ru",
        "Всего за квартал приговоры получили 40 человек; 25 из них — реальные сроки, 15 — условные.",
        ("sentence", 25),
    ),
    ("be", "Улетку вызвалілі 20 палітвязняў, увосень — яшчэ 12.", ("release", 12)),
    ("be", "У Гомелі затрымалі шасцёх чыгуначнікаў, а праз тыдзень — яшчэ чатырох.", ("arrest", 4)),
    ("be", "У лютым на волю адпусцілі 31 палітвязня, у сакавіку — яшчэ 9.", ("release", 9)),
]


@pytest.mark.parametrize(("language", "text", "expected"), GAPPED)
def test_a_gapped_clause_repeats_the_counted_event(run, language, text, expected) -> None:
    assert expected in group_counts(run(text, language))


def test_the_counted_event_before_the_gap_keeps_its_own_count(run) -> None:
    counts = group_counts(run("В понедельник задержали 11 активистов, во вторник — ещё шестерых.", "ru"))
    assert {("arrest", 11), ("arrest", 6)} <= counts


NOT_GAPPED = [
    # who the people are, not the event again
    ("ru", "Суд осудил 14 человек, из них шестеро — женщины.", 6),
    ("ru", "Из колоний вышли 30 человек, из них 9 — иностранцы.", 9),
    ("be", "Суд асудзіў 16 чалавек, з іх пяцёра — жанчыны.", 5),
    # a running total
    ("ru", "За неделю задержали 25 человек, с начала года — 640.", 640),
    ("be", "За тыдзень затрымалі 18 чалавек, з пачатку году — 702.", 702),
    # an approximate number
    ("ru", "За месяц задержали 40 человек, в Минске — около десяти.", 10),
    # a tally's label (a full participle), no verb for the dash to stand for
    ("be", "Агульная колькасць на вечар: 40 вызваленыя, 35 — у Літве.", 35),
    # a day of a month after the dash
    ("ru", "В январе суд арестовал 12 человек, в феврале — 5 марта.", 5),
    # a state, not the event
    ("ru", "Освободили 12 человек, ещё двое — по-прежнему под стражей.", 2),
    ("be", "Вызвалілі 12 чалавек, яшчэ двое — пад вартай.", 2),
]


@pytest.mark.parametrize(("language", "text", "number"), NOT_GAPPED)
def test_a_breakdown_a_total_or_a_state_is_no_gapped_event(run, language, text, number) -> None:
    assert number not in {count for _, count in group_counts(run(text, language))}


def test_named_remainders_keep_their_terms_and_no_count(run) -> None:
    result = run("Суд приговорил Ивана Петрова к пяти годам, Сергея Орлова — к трём.", "ru")
    assert not group_counts(result)
