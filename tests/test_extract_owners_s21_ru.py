"""Russian family of session 21: a noun with a possessive before it («его брат», «её сестру»,
«его соратника») is someone else, whose relative or ally the person named before is; it
never refers back to that person, so the event is nobody's (the relative is not named).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_extract_ru import events


@pytest.mark.parametrize(
    "text",
    [
        "Олесь Кравчук отбывает срок в Шклове. Его старший брат скончался в колонии в феврале.",
        "Олесь Кравчук отбывает срок в Шклове. Его соратника по движению задержали в понедельник.",
        "Олесь Кравчук отбывает срок в Шклове. Его адвокат был арестован в пятницу.",
        "Дина Осокина отбывает срок в Гомеле. Её сестру выслали из страны.",
    ],
)
def test_a_possessed_noun_is_not_the_person_named_before(run, text):
    found = events(run(text, "ru"))
    assert all(kind == "sentence" for kind, _ in found)  # only the «отбывает срок» of the first sentence


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the role noun alone still refers back, and so does the pronoun itself
        (
            "Художника Олеся Кравчука задержали в мае. Художника отпустили через трое суток.",
            {("arrest", "Олесь Кравчук"), ("release", "Олесь Кравчук")},
        ),
        ("Олесь Кравчук отбывает срок в Шклове. Его освободили в феврале.", {("release", "Олесь Кравчук")}),
    ],
)
def test_a_bare_role_noun_or_pronoun_still_refers_back(run, text, expected):
    assert events(run(text, "ru")) == expected
