"""Russian family of session 22: a full participle after a name, past a comma, states its
event as a fact whatever the clause around it says («отказался смягчить приговор X,
отбывающему …»). The tagger sometimes reads a masculine dative participle («отбывающему») as
a noun, and the refusal then blocked it. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_extract_ru import events, terms


@pytest.mark.parametrize(
    "text",
    [
        "Краевой суд отказался снизить наказание художнику Антону Бурову, отбывающему пять лет.",
        "Начальник колонии отказался передать письма активисту Антону Бурову, отбывающему пять лет.",
    ],
)
def test_a_participle_read_as_a_noun_still_states_the_term(run, text):
    result = run(text, "ru")
    assert events(result) == {("sentence", "Антон Буров")}
    assert terms(result) == {"Антон Буров": 60}


@pytest.mark.parametrize(
    "text",
    [
        "Краевой суд отказался снизить наказание художнику Антону Бурову, пишущему картины.",
        "Правозащитники требуют освободить художника Антона Бурова, которому грозит пять лет.",
    ],
)
def test_no_participle_of_an_event_gives_nothing(run, text):
    assert events(run(text, "ru")) == set()
