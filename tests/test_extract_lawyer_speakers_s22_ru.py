"""Russian family of session 22: a lawyer introduced with the client's genitive before the
lawyer's own name. «адвокат Ахмедовой Тимур Ковров» introduces Ковров as the lawyer, so a
later «— сказал адвокат» is his, not the client's; and in «— заявил адвокат Ахмедовой и
Рябова Тимур Ковров» every joined client is passed over, not only the first. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from tests.test_extract_ru import quotes


@pytest.mark.parametrize(
    "text",
    [
        "Адвокат Марата Ильясова Инна Ветрова обжалует приговор. «Мой подзащитный ни в чём не виноват», "
        "— заявила адвокат.",
        "Адвокат Марата Ильясова Инна Ветрова обжалует приговор. Позже адвокат Инна Ветрова выступила "
        "перед журналистами. «Мой подзащитный ни в чём не виноват», — заявила адвокат.",
        "«Мой подзащитный ни в чём не виноват», — сказала адвокат Ильясова и Рябова Инна Ветрова.",
        "«Мой подзащитный ни в чём не виноват», — сказала адвокат Ильясова, Рябова и Гусейнова Инна Ветрова.",
        "«Мой подзащитный ни в чём не виноват», — сказала адвокат Марата Ильясова Инна Ветрова.",
    ],
)
def test_the_lawyer_after_the_clients_speaks(run, text):
    assert quotes(run(text, "ru")) == {("Инна Ветрова", "Мой подзащитный ни")}


def test_two_lawyers_leave_the_role_noun_unresolved(run):
    text = (
        "Адвокат Ильясова Инна Ветрова и адвокат Рябова Павел Шмаков вышли из суда. "
        "«Дело развалится в апелляции», — сказал адвокат."
    )
    assert quotes(run(text, "ru")) == set()
