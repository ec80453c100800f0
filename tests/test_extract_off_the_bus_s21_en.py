"""A person taken off a vehicle by the state's forces is arrested (session 21): "was taken off a
bus at a checkpoint", "soldiers pulled the reporter off a minibus", "who was dragged off a train
by agents". Invented wording."""

from __future__ import annotations

import pytest

from tests.extract_views import event_pairs


@pytest.mark.parametrize(
    "text",
    [
        "The schoolteacher Idris Mahjoub was taken off a bus by soldiers outside Sennar in April.",
        "Soldiers pulled the schoolteacher Idris Mahjoub off a minibus on the road to Kassala.",
        "Idris Mahjoub, who was taken off a train in Port Sudan by intelligence agents, spent a month in "
        "a cell.",
    ],
)
def test_taken_off_a_vehicle_by_forces_is_an_arrest(extract_text, text):
    assert ("arrest", "Idris Mahjoub") in event_pairs(extract_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "Idris Mahjoub was taken off the bus by paramedics after he fainted in the heat.",
        "The driver took the pupils of Idris Mahjoub off the bus at the school gate.",
        "Idris Mahjoub took off his jacket as the plane took off from Port Sudan.",
    ],
)
def test_a_passenger_helped_off_or_a_plane_taking_off_is_no_arrest(extract_text, text):
    assert ("arrest", "Idris Mahjoub") not in event_pairs(extract_text(text))
