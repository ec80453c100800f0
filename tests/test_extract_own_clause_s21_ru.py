"""Russian family of session 21: a clause with its own subject, set off by a colon, comma or
«и» (parsed as parataxis), is its own statement even when the sentence opens with a refusal
(«власти отказались выдавать X …, и Y вышел на свободу»). Infinitives, futures and modal
verbs inside that clause still block. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_extract_ru import events


@pytest.mark.parametrize(
    "text",
    [
        "Власти Армении отказались выдавать России 31-летнего программиста из Тюмени Олеся Кравчука, "
        "которого задержали в Гюмри в мае: суд признал преследование политическим, и после четырёх "
        "месяцев под стражей Кравчук вышел на свободу под залог.",
        "Власти Армении отказались выдавать Олеся Кравчука: суд признал дело политическим, и после "
        "четырёх месяцев Кравчук вышел на свободу.",
    ],
)
def test_a_release_in_its_own_clause_after_a_refusal(run, text):
    assert ("release", "Олесь Кравчук") in events(run(text, "ru"))


@pytest.mark.parametrize(
    "text",
    [
        # traps: a modal, a possibility, a demand refused
        "Власти Армении отказались выдавать Олеся Кравчука: суд признал дело политическим, и Кравчук "
        "должен выйти на свободу.",
        "Власти Армении обещали выдать Олеся Кравчука: суд признал дело уголовным, и Кравчука могут "
        "задержать снова.",
        "Адвокаты потребовали освободить Олеся Кравчука, но суд отказал.",
    ],
)
def test_modal_or_refused_clauses_still_give_nothing(run, text):
    assert events(run(text, "ru")) == set()
