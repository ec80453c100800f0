"""A counted group described by roles, with no names ("Among those freed were an evangelical
pastor, two nursing students and a retired army colonel"), whose roles later stand beside names
("Pastor A said ...", "The retired colonel, B, ...", "The two students, C and D, ..."): those
people are its members and take all its events (session 21). Invented wording."""

from __future__ import annotations

from tests.extract_views import event_pairs

_STORY = (
    "Managua let 31 political prisoners go on Thursday and flew them to Costa Rica.\n\n"
    "Among those freed were an evangelical pastor, two nursing students and a retired army colonel who "
    "had broken with the government.\n\n"
)


def test_the_roles_made_definite_or_titles_name_the_members(extract_text):
    pairs = event_pairs(
        extract_text(
            _STORY + "Pastor Julio Mairena Ruiz said guards woke them at midnight.\n\n"
            "The retired colonel, Ramiro Baltodano Paz, was detained in 2021 and given 12 years.\n\n"
            "The two students, Karla Ortega Luna and Diego Salazar Rios, had been arrested in April."
        )
    )
    for name in ("Julio Mairena Ruiz", "Ramiro Baltodano Paz", "Karla Ortega Luna", "Diego Salazar Rios"):
        assert {("release", name), ("deportation", name)} <= pairs


def test_a_relative_of_a_role_is_no_member(extract_text):
    pairs = event_pairs(
        extract_text(_STORY + "The pastor's brother, Julio Mairena Ruiz, said he had not been told anything.")
    )
    assert ("release", "Julio Mairena Ruiz") not in pairs


def test_a_role_without_the_described_list_names_no_member(extract_text):
    pairs = event_pairs(
        extract_text(
            "Managua let 31 political prisoners go on Thursday and flew them to Costa Rica.\n\n"
            "The retired colonel, Ramiro Baltodano Paz, criticised the expulsions on the radio."
        )
    )
    assert ("release", "Ramiro Baltodano Paz") not in pairs
