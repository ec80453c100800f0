"""Russian family of session 21: years after «за», «через», «спустя», «в течение» measure a
stretch of time («за два года получила сотни писем»), not a term, so «получить» — a verdict
only with a term — gives no sentence. The term after the verb stays. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from tests.test_extract_ru import events, terms


@pytest.mark.parametrize(
    "text",
    [
        "Дина Осокина за три года получила больше двухсот писем.",
        "В течение пяти лет Олесь Кравчук получал посылки от матери.",
        "Я за три года получил от отца всего пять писем, сказала Нина Ворс.",
        "Через два года Дина Осокина получила письмо от сына.",
    ],
)
def test_years_of_a_time_span_are_no_term(run, text):
    assert events(run(text, "ru")) == set()


def test_the_term_after_the_verb_stays(run):
    result = run("Дина Осокина получила три года колонии за репост.", "ru")
    assert terms(result) == {"Дина Осокина": 36}
