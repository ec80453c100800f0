"""Belarusian parsed through a Russian-like surface (session 33, `be/russify.py`): natasha's
Russian syntax parser reads each Belarusian token as a Russian-like spelling of itself, so
words with «і», «ў» are no longer read as punctuation and a verb's subject or object after it
is found (the morphology tagger still reads the Belarusian form); the document keeps its
Belarusian text, tokens and lemmas. The switch is off (the rules were tuned to the old
parses: see `BelarusianExtractor.russified_parse`); these tests switch it on. Sentences
written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.fixtures.extraction import make_document
from tests.test_extract_ru import events, terms
from vigil.extract.be.extractor import PATTERNS, BelarusianExtractor
from vigil.extract.be.russify import Russifier


@pytest.fixture(scope="session")
def be_extractor(extractor) -> BelarusianExtractor:
    """A Belarusian extractor with the russified parse switched on (off by default)."""
    models = extractor.extractor_for("be").models
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(BelarusianExtractor, "russified_parse", True)
        return BelarusianExtractor(models)


@pytest.fixture(scope="session")
def be_russified(be_extractor):
    def run(text: str):
        return next(iter(be_extractor.extract_many([make_document(text, source="be.txt", language="be")])))

    return run


@pytest.fixture(scope="session")
def russify(be_extractor) -> Russifier:
    return be_extractor.russify


# -- the spelling itself ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "russian"),
    [
        ("асудзіў", "осудил"),  # a past verb's «ў» is «л»
        ("вызваленых", "освобожденных"),  # an ending reaching into the listed stem
        ("адбывае", "отбывает"),  # «-ае» read as the verb the embedding knows
        ("Самае", "Самое"),  # … or as the adjective, with its capital kept
        ("ўзялі", "взяли"),
        ("Ірына", "Ирына"),  # a name: letters only
        ("29-гадовага", "29-летного"),
        ("СІЗА", "СИЗА"),
        ("Minsk", "Minsk"),
    ],
)
def test_russian_like_spelling(russify, word, russian):
    assert russify(word) == russian


def test_spelling_without_the_embedding_takes_the_first_reading():
    plain = Russifier.load(PATTERNS / "russify.json")
    assert plain("новае") == "новое"


# -- the parse ---------------------------------------------------------------------------------------


def _token(doc, text):
    return next(t for t in doc if t.text == text)


def test_words_with_i_and_short_u_are_words(be_extractor):
    doc = be_extractor.parse("Ірына і ўдава інжынера Ігара ўзялі ўдзел у пікеце ў Іўі.")
    assert [t.text for t in doc if t.dep_ == "punct"] == ["."]


def test_subject_after_the_verb_of_death(be_extractor):
    text = "У лютым у калоніі ў Шклове памёр 52-гадовы Аляксей Вінцэнтаў, асуджаны на шэсць гадоў."
    doc = be_extractor.parse(text)
    name = _token(doc, "Аляксей")
    assert name.dep_ == "nsubj" and name.head.text == "памёр"


def test_subject_after_received(be_extractor):
    text = "Самы доўгі тэрмін, дзевяць гадоў калоніі, атрымаў 38-гадовы слесар Віктар Рубец."
    doc = be_extractor.parse(text)
    assert _token(doc, "слесар").head.text == "атрымаў"


def test_released_verb_is_a_verb_joined_to_the_first(be_extractor):
    doc = be_extractor.parse(
        "У кастрычніку затрымалі і стрыечнага брата, Алега Шумскага: яго 15 сутак пратрымалі ў "
        "ізалятары, а потым адпусцілі."
    )
    released = _token(doc, "адпусцілі")
    assert released.dep_ == "conj" and released.head.text == "затрымалі"


def test_tokens_and_lemmas_stay_belarusian(be_extractor):
    text = "Суд асудзіў Пятра Сідарэвіча на сем гадоў."
    doc = be_extractor.parse(text)
    assert doc.text == text
    assert _token(doc, "асудзіў").lemma_ == "асудзіць"


def test_russian_analysis_reads_its_own_tokens(extractor):
    ru = extractor.extractor_for("ru")
    ndoc = ru.models.analyse("Суд приговорил Ивана Петрова к семи годам.")
    assert [t.text for t in ndoc.tokens][:3] == ["Суд", "приговорил", "Ивана"]


def test_the_surface_can_be_switched_off(be_extractor, monkeypatch):
    monkeypatch.setattr(be_extractor, "russify", None)
    doc = be_extractor.parse("Ірына ўзяла ўдзел у пікеце.")
    assert doc.text == "Ірына ўзяла ўдзел у пікеце."


# -- facts the parse gives ---------------------------------------------------------------------------


def test_release_of_a_pronoun_object_after_arrest(be_russified):
    text = (
        "У кастрычніку затрымалі і стрыечнага брата, Алега Шумскага: яго 15 сутак пратрымалі ў "
        "ізалятары, а потым адпусцілі."
    )
    assert {("arrest", "Алег Шумскі"), ("release", "Алег Шумскі")} <= events(be_russified(text))


def test_sentence_with_the_subject_after_received(be_russified):
    result = be_russified("Самы доўгі тэрмін, дзевяць гадоў калоніі, атрымаў 38-гадовы слесар Віктар Рубец.")
    assert ("sentence", "Віктар Рубец") in events(result)
    assert terms(result) == {"Віктар Рубец": 108}


def test_death_with_the_subject_after_the_verb(be_russified):
    text = "У лютым у калоніі ў Шклове памёр 52-гадовы Аляксей Вінцэнтаў, асуджаны на шэсць гадоў."
    assert ("death", "Аляксей Вінцэнтаў") in events(be_russified(text))


def test_relatives_taking_a_person_home_give_no_arrest(be_russified):
    text = "Сваякі забралі 70-гадовага Мікалая Грыба з бальніцы дадому."
    assert ("arrest", "Мікалай Грыб") not in events(be_russified(text))


def test_switched_on_by_default(extractor):
    """On since session 35 (`tests/test_be_russify_s35.py`: the rules its parses needed)."""
    assert Path(PATTERNS / "russify.json").is_file()
    assert extractor.extractor_for("be").russify is not None
