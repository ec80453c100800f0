"""English precision (session 32), in wording invented for these tests: a named speaker or source
is never the person a definite description in the words they report stands for ("Spokesperson X
said the activist was arrested", "According to lawyer X, the blogger, who was detained ...": the
activist and the blogger are someone else, unnamed there); a conjunct whose own plural auxiliary
cannot go with a singular subject before it is the clause of another subject the parser lost
("X was detained after his colleagues, who had gathered outside, were questioned and released");
an arrest "in absentia" is a warrant, no one taken into custody (a sentence in absentia is still
a verdict). Traps the other way: a definite role noun in the next sentence still stands for the
one just named with it ("Activist X was detained on Monday. The activist was released on
Tuesday"), a speaker who reports their own arrest, a plural subject's plural conjunct."""

from __future__ import annotations

import pytest

from tests.extract_views import event_pairs

_STORY = "Rights groups count more than a thousand political prisoners in Belarus. "


def _pairs(extract_text, text: str) -> set[tuple[str, str]]:
    return event_pairs(extract_text(_STORY + text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Police spokesperson Volha Chamadanava said the activist was arrested in Minsk on Monday.",
            "Volha Chamadanava",
        ),
        (
            "Interior ministry official Siarhei Kazakou told reporters the journalist had been detained.",
            "Siarhei Kazakou",
        ),
        ("Lawyer Pavel Sapelka said that the blogger was released on Friday.", "Pavel Sapelka"),
        (
            "Prosecutor Andrei Shved told the court the student had been taken into custody in May.",
            "Andrei Shved",
        ),
        (
            "Mikola Statkevich's wife Maryna Adamovich said the 67-year-old was detained again.",
            "Maryna Adamovich",
        ),
        (
            "According to the lawyer Natallia Matskevich, the activist, who was detained on "
            "Monday, remains in custody.",
            "Natallia Matskevich",
        ),
        ("According to spokesman Ivan Hrynevich, the journalist was released on bail.", "Ivan Hrynevich"),
        (
            "According to the rights group's Nasta Loika, the student was arrested at her dormitory.",
            "Nasta Loika",
        ),
    ],
)
def test_speaker_or_source_is_not_the_one_described(extract_text, text, name) -> None:
    assert not {p for p in _pairs(extract_text, text) if p[1] == name}


@pytest.mark.parametrize(
    "text",
    [
        # the source set off after its role
        "According to her mother, Hanna Sakalova, the pensioner, who was arrested in March, is still "
        "in jail.",
        # a speaker in the sentence before, only near the description
        "Viasna spokesperson Pavel Sapelka wrote on Telegram that charges had been filed. "
        "The journalist was released on Friday.",
        "Judge Alena Ananich spoke to reporters on Monday. "
        "Prosecutor Ivan Kubrakou confirmed that the student was released on Friday.",
        # the speaker after the words
        "Lawyer Hanna Sakalova spoke on Monday. The activist was arrested on Sunday, police spokesperson "
        "Olga Chemodanova said.",
    ],
)
def test_no_speaker_takes_the_description(extract_text, text) -> None:
    assert not _pairs(extract_text, text)


@pytest.mark.parametrize(
    ("text", "etype", "name"),
    [
        (
            "Activist Ihar Losik was detained on Monday. The activist was released on Tuesday.",
            "release",
            "Ihar Losik",
        ),
        (
            "Blogger Ihar Losik was sentenced in December. His lawyer Pavel Sapelka said the blogger "
            "was released on Tuesday.",
            "release",
            "Ihar Losik",
        ),
        (
            "Journalist Katsiaryna Andreyeva said she was detained at the border in May.",
            "arrest",
            "Katsiaryna Andreyeva",
        ),
        (
            "Student Dana Lazarenka was arrested in 2021. The student was released last "
            "week, her mother said.",
            "release",
            "Dana Lazarenka",
        ),
        (
            # the speaker nearest the description passed over for the one he spoke of
            "Mikola Dziadok, 34, was convicted of organising riots, lawyer Pavel Sapelka told reporters. "
            "The anarchist was arrested at a flat in Minsk in November.",
            "arrest",
            "Mikola Dziadok",
        ),
        (
            "Teacher Yauhen Afnahel was detained in May. Speaking to journalists, his wife Iryna said the "
            "teacher was freed on Friday.",
            "release",
            "Yauhen Afnahel",
        ),
        (
            "Blogger Ihar Losik and lawyer Maxim Znak were tried together; Znak said the blogger had been "
            "jailed for 15 years.",
            "sentence",
            "Ihar Losik",
        ),
    ],
)
def test_description_still_names_the_one_told_of(extract_text, text, etype, name) -> None:
    assert (etype, name) in _pairs(extract_text, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Ales Bialiatski was detained after his colleagues, who had gathered outside, "
            "were questioned and released.",
            "Ales Bialiatski",
        ),
        (
            "Maria Rabkova was arrested as her friends, who had come to the court, were "
            "searched and detained.",
            "Maria Rabkova",
        ),
        (
            "Valiantsin Stefanovich was detained while the volunteers, who were waiting in "
            "the car, were beaten and freed.",
            "Valiantsin Stefanovich",
        ),
    ],
)
def test_plural_conjunct_is_not_the_singular_subjects(extract_text, text, name) -> None:
    pairs = _pairs(extract_text, text)
    assert ("arrest", name) in pairs
    assert ("release", name) not in pairs


def test_plural_conjunct_of_a_plural_subject(extract_text) -> None:
    text = "Ales Bialiatski and Valiantsin Stefanovich were detained in July, were questioned and released."
    pairs = _pairs(extract_text, text)
    assert {("release", "Ales Bialiatski"), ("release", "Valiantsin Stefanovich")} <= pairs


@pytest.mark.parametrize(
    "text",
    [
        "A court in Minsk ordered Pavel Latushka arrested in absentia.",
        "Pavel Latushka was arrested in absentia by a Minsk court in March.",
        "Last year a Moscow court arrested Leonid Volkov in absentia.",
    ],
)
def test_arrest_in_absentia_is_no_arrest(extract_text, text) -> None:
    assert not {p for p in _pairs(extract_text, text) if p[0] == "arrest"}


def test_sentence_in_absentia_is_still_a_sentence(extract_text) -> None:
    pairs = _pairs(extract_text, "Pavel Latushka was sentenced in absentia to 18 years in prison.")
    assert ("sentence", "Pavel Latushka") in pairs
