"""Belarusian quote family of session 24: a generic noun as the speaker («— расказала жанчына»,
also inside one pair «…, — распавядае жанчына. — …» and on a dash line) speaks for the one
person of its gender (words.json `generic_speaker_genders`) named in the nominative in the
sentence before, whoever else of the other gender that sentence names; with no such person it
speaks for no one. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_extract_ru import quotes

ARREST = "Інжынера Паўла Шымчыка затрымалі ў Гомелі ў 2022 годзе.\n\n"


@pytest.mark.parametrize(
    "paragraph",
    [
        "Пра затрыманне расказала жонка Паўла Алена Шымчык.\n\n"
        "«Яны прыйшлі а шостай раніцы і забралі ўсе тэлефоны», — распавяла жанчына.",
        "Маці Паўла, Алена Шымчык, кажа, што даведалася пра арышт толькі ўвечары.\n\n"
        "— Яны прыйшлі а шостай раніцы і забралі ўсе тэлефоны, — расказала жанчына.",
        "Пра новы прысуд паведаміла сястра Паўла Алена Шымчык.\n\n"
        "«Яны прыйшлі а шостай раніцы. Забралі ўсе тэлефоны, — кажа жанчына. — Нават дзіцячы».",
    ],
)
def test_the_generic_noun_is_the_woman_named_before(be, paragraph):
    assert quotes(be(ARREST + paragraph)) == {("Алена Шымчык", "Яны прыйшлі а")}


def test_no_woman_before_leaves_no_speaker(be):
    text = ARREST + "Шымчыка асудзілі на пяць гадоў. «Яны прыйшлі а шостай раніцы», — расказала жанчына."
    assert quotes(be(text)) == set()


@pytest.mark.parametrize(
    "attribution",
    [
        "— сказала калега Шымчыка, якая папрасіла не называць яе імя.",
        "— кажа сяброўка сям'і, якая папрасіла ня называць яе прозвішча.",
    ],
)
def test_a_speaker_who_asked_not_to_be_named_is_no_one(be, attribution):
    text = ARREST + f"«Ён заўсёды дапамагаў усім у цэху», {attribution}"
    assert quotes(be(text)) == set()


def test_inner_first_person_words_keep_the_woman_from_their_events(be):
    text = (
        ARREST + "Пра гэта расказала жонка Паўла Алена Шымчык.\n\n"
        '«Ён паспеў толькі напісаць: "Мяне затрымалі на працы". Больш ён не выходзіў на сувязь», '
        "— адзначыла жанчына."
    )
    result = be(text)
    names = {p.id: p.name for p in result.persons}
    assert not any(names.get(pid) == "Алена Шымчык" for e in result.events for pid in e.persons)
