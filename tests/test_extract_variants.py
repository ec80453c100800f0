"""One person in one article under several spellings stays one person; relatives and namesakes
that share only a surname stay apart (`vigil.extract.variants`, on the names matcher)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from vigil.extract.findings import Person
from vigil.extract.variants import merge_variants
from vigil.model import Extraction


def people(result: Extraction) -> dict[str, list[str]]:
    """Each person's name and the texts of its name mentions (pronouns left out)."""
    text = result.document.text
    return {
        p.name: [text[s:e] for s, e in p.mentions if text[s:e][:1].isupper() and text[s:e] not in PRONOUNS]
        for p in result.persons
    }


PRONOUNS = {"He", "She", "His", "Her", "Он", "Она", "Его", "Её", "Ее"}


def events(result: Extraction) -> set[tuple[str, str]]:
    by_id = {p.id: p.name for p in result.persons}
    return {(e.type, by_id[pid]) for e in result.events for pid in e.persons}


def person(name: str, start: int, gender: str | None = None) -> Person:
    words = name.split()
    return Person(name, words, gender, [(start, start + len(words))])


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Alexei Navalny", "Aleksei Navalny"),  # transliteration
        ("Yauhen Karpovich", "Yevgeny Karpovich"),  # Belarusian / Russian cognates
        ("Volha Sidarenka", "Olga Sidorenko"),
        ("Ales Bialiatski", "Aleś Bialacki"),
        ("Ales Bialiatski", "Alies Bialiatski"),
        ("Алексей Навальный", "Aleksei Navalny"),
        ("Charles Robert Jenkins", "Robert Jenkins"),  # a leading given name left out
        ("Salah Abu-Laban", "Abu Laban"),
        ("Dzhokhar Tsarnaev", "Dzokhar Tsarnaev"),  # a slip in a first name beside the same surname
        ("Эд Гонзалес", "Эд Гонсалес"),  # a slip in a surname beside the same first name
        ("Кейко Фухимори", "К. Фухимори"),
    ],
)
def test_spellings_of_one_name_are_one_person(first, second):
    persons = [person(first, 0), person(second, 10)]
    absorbed = merge_variants(persons)
    assert [p.name for p in persons] == [first]
    assert persons[0].mentions == [(0, len(first.split())), (10, 10 + len(second.split()))]
    assert [kept is persons[0] for kept in absorbed.values()] == [True]


@pytest.mark.parametrize(
    "names",
    [
        ["Viktor Babaryka", "Eduard Babaryka"],  # father and son
        ["Maria Kolesnikova", "Tatsiana Kolesnikova"],  # sisters
        ["Maria Kolesnikova", "Alexander Kolesnikov"],  # a man and a woman
        ["Dzhokhar Tsarnaev", "Tamerlan Tsarnaev", "Tsarnaev"],  # a lone surname two full names share
        ["Anna Petrova", "Anna Ivanova", "Anna"],  # a lone given name two full names share
        ["Lina Ivanova", "Nina Ivanova"],  # one letter apart, but two known names
        ["Robert F. Kennedy Jr.", "Robert F. Kennedy", "Kennedy"],  # son, father, either
        ["Mario Rossi", "Marco Rossi"],  # short first names one letter apart: two names
        ["John Smith II", "John Smith III"],
        ["Dzhokhar Tsarnaev", "Dzhokhar Tsarnaeva"],  # a slip in a surname is not enough
    ],
)
def test_relatives_and_ambiguous_lone_names_stay_apart(names):
    persons = [person(name, 10 * k) for k, name in enumerate(names)]
    assert merge_variants(persons) == {}
    assert [p.name for p in persons] == names


def test_initials_tell_namesakes_apart():
    persons = [person(name, 10 * k) for k, name in enumerate(["Keiko Fujimori", "Alberto Fujimori"])]
    persons += [person("A. Fujimori", 20), person("K. Fujimori", 30)]
    merge_variants(persons)
    assert {p.name: p.mentions for p in persons} == {
        "Keiko Fujimori": [(0, 2), (30, 32)],
        "Alberto Fujimori": [(10, 12), (20, 22)],
    }


def test_a_lone_name_joins_the_one_full_name_it_fits():
    persons = [person("Alexei Navalny", 0), person("Yulia Navalnaya", 5, "f"), person("Aleksei", 10)]
    merge_variants(persons)
    assert [p.name for p in persons] == ["Alexei Navalny", "Yulia Navalnaya"]
    assert persons[0].mentions == [(0, 2), (10, 11)]


def test_english_article_with_variant_spellings(extract_text):
    result = extract_text(
        "Opposition leader Alexei Navalny was arrested in Moscow on Sunday. Aleksei Navalny had"
        " returned from Germany. Navalny said he was not afraid.\n\nYauhen Karpovich was detained"
        " in Minsk. Yevgeny Karpovich, 45, is a teacher."
    )
    found = people(result)
    assert set(found) == {"Alexei Navalny", "Yauhen Karpovich"}
    assert found["Alexei Navalny"] == ["Alexei Navalny", "Aleksei Navalny", "Navalny"]
    assert found["Yauhen Karpovich"] == ["Yauhen Karpovich", "Yevgeny Karpovich"]
    assert events(result) == {("arrest", "Alexei Navalny"), ("arrest", "Yauhen Karpovich")}


def test_english_relatives_stay_apart(extract_text):
    result = extract_text(
        "Viktor Babaryka was sentenced to 14 years. His son Eduard Babaryka was arrested."
        " Viktar Babaryka denied the charges.\n\nMaria Kolesnikova was jailed for 11 years."
        " Her sister Tatsiana Kolesnikova said she was worried."
    )
    found = people(result)
    assert set(found) == {"Viktor Babaryka", "Eduard Babaryka", "Maria Kolesnikova", "Tatsiana Kolesnikova"}
    assert found["Viktor Babaryka"] == ["Viktor Babaryka", "Viktar Babaryka"]
    assert ("arrest", "Eduard Babaryka") in events(result)
    assert ("sentence", "Maria Kolesnikova") in events(result)


def test_english_father_and_son_stay_apart(extract_text):
    result = extract_text(
        "Robert F. Kennedy Jr. was arrested in Washington on Monday. His father, Robert F. Kennedy,"
        " was killed in 1968."
    )
    assert set(people(result)) == {"Robert F. Kennedy Jr.", "Robert F. Kennedy"}
    assert events(result) == {("arrest", "Robert F. Kennedy Jr.")}


def test_a_leading_given_name_after_of_stays(extract_text):
    result = extract_text(
        "The long, strange journey of Charles Robert Jenkins reached a climax with a 30-day sentence"
        " in a military prison."
    )
    assert set(people(result)) == {"Charles Robert Jenkins"}


def test_russian_article_with_variant_spellings(run):
    result = run(
        "Асия Биби провела в тюрьме восемь лет. В 2010 году Асия была приговорена к смертной казни.\n\n"
        "Юрий Дмитриев был задержан в Петрозаводске. Юрий Дмитрієв отрицает обвинения.",
        "ru",
    )
    found = people(result)
    assert set(found) == {"Асия Биби", "Юрий Дмитриев"}
    assert found["Асия Биби"] == ["Асия Биби", "Асия"]
    assert ("sentence", "Асия Биби") in events(result)


def test_russian_relatives_stay_apart(run):
    result = run(
        "Мария Колесникова приговорена к 11 годам. Её сестра Татьяна Колесникова сказала, что"
        " волнуется.\n\nВиктор Бабарико был приговорён к 14 годам. Его сын Эдуард Бабарико был задержан.",
        "ru",
    )
    assert set(people(result)) == {
        "Мария Колесникова",
        "Татьяна Колесникова",
        "Виктор Бабарико",
        "Эдуард Бабарико",
    }
    assert ("arrest", "Эдуард Бабарико") in events(result)


def test_extraction_and_the_names_package_load_no_registry():
    """Imports go one way (model -> ingest -> extract -> registry): the name matcher extraction
    uses sits below both."""
    code = (
        "import sys, vigil.extract.pipeline, vigil.extract.en.persons, vigil.extract.ru.persons, "
        "vigil.names.compare, vigil.names.keys; "
        "print(sorted(m for m in sys.modules if m.startswith(('vigil.registry', 'vigil.web', 'vigil.cli'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
