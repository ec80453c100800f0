"""Russian family of session 21: a name in the dative that opens its sentence («Азату X суд
назначил …»). natasha reads it as the subject in the nominative; when every first-name reading
of the word is one oblique case, that case decides the nominative of the whole name, and the
verb's recipient gets the event. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_extract_ru import events, terms


@pytest.mark.parametrize(
    ("text", "name", "months"),
    [
        ("Азату Хайрисламову суд назначил четыре года колонии.", "Азат Хайрисламов", 48),
        ("Булату Ахметшину суд дал три года, Азату Кильдиярову — два года.", "Азат Кильдияров", 24),
        ("Ильдару Галиеву суд назначил четыре года колонии.", "Ильдар Галиев", 48),
        ("Марату Шайхутдинову назначили пять лет колонии общего режима.", "Марат Шайхутдинов", 60),
    ],
)
def test_a_dative_name_opening_the_sentence_is_the_sentenced(run, text, name, months):
    result = run(text, "ru")
    assert ("sentence", name) in events(result)
    assert terms(result)[name] == months


@pytest.mark.parametrize(
    "text",
    [
        # traps: a refusal, a request, a threat
        "Азату Хайрисламову судья отказал в досрочном освобождении.",
        "Азату Хайрисламову прокурор запросил пять лет колонии.",
        "Азату Хайрисламову грозит до десяти лет тюрьмы.",
    ],
)
def test_a_dative_name_under_a_refusal_request_or_threat_gives_nothing(run, text):
    result = run(text, "ru")
    assert events(result) == set()
    assert [p.name for p in result.persons] == ["Азат Хайрисламов"]
