"""English deaths in custody told without a custody word in the death's own clause, in wording
invented for these tests (session 22): "died there" after a colony, a cell or a police station
told just before; a death at a police station; and one described as "serving N years" when he
died. Traps: "there" after a move to a town, a term served long before, serving food."""

from __future__ import annotations

import pytest

from tests.extract_views import event_pairs


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Few leave the Kopeisk colony in good health. Ivan Sorokin, a 61-year-old violinist serving "
            "four years for anti-war posts, died there in 2023 after what the warden called a stroke.",
            ("death", "Ivan Sorokin"),
        ),
        (
            "His cellmate in Vahdat prison, Rustam Aliev, died there in 2021 after guards refused to fetch "
            "a doctor.",
            ("death", "Rustam Aliev"),
        ),
        (
            "The detainees were driven to the Kira police station. Amos Okello died there two days later, "
            "his family said.",
            ("death", "Amos Okello"),
        ),
        (
            "Gulnara Ismailova, 46, a party organiser, died on Sunday at the Kicukiro police station, her "
            "husband told reporters.",
            ("death", "Gulnara Ismailova"),
        ),
    ],
)
def test_a_death_in_custody_told_by_there_a_lockup_or_a_term_being_served(extract_text, text, pair):
    assert pair in event_pairs(extract_text(text))


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        (
            "After his release from prison, Anton Belov moved to Riga. He died there in 2020.",
            ("death", "Anton Belov"),
        ),
        (
            "Sergei Orlov spent six years in a colony in the 1990s. He later moved to Tver and died there "
            "in 2019.",
            ("death", "Sergei Orlov"),
        ),
        ("Lena Frolova, a volunteer serving soup at the shelter, died on Monday.", ("death", "Lena Frolova")),
        ("Marat Gaziev, who served three years in prison, died at home in 2021.", ("death", "Marat Gaziev")),
    ],
)
def test_no_death_in_custody_after_a_move_a_past_term_or_another_serving(extract_text, text, absent):
    assert absent not in event_pairs(extract_text(text))
