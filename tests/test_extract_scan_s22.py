"""Session 22's speed shortcuts give what the slow reading gives.

`scan.indices_worded` answers the test the rules make of a word class, `t.lower_ in words or
t.lemma_.lower() in words`, once per document: checked against a pass over every token, on the
sample reports and on sentences written for it (a crime word only as a lemma, only as written,
capitalised, and none at all). `triggers.tried_aside` reads it, and still tells a case set apart
from the story's own.
"""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from tests.fixtures.extraction import SAMPLE
from vigil.extract import Extractor
from vigil.extract.en.triggers import _SET_APART, lexicon
from vigil.extract.scan import indices_worded

CLASSES = ("ordinary_crimes", "charge_doubts", "side_cases", "abuses", "office_crimes")

OWN = [
    "In a separate hearing, the tribunal jailed Dorin Vasque for two burglaries and a robbery.",
    "Murders rose in Kelmport last year, the mayor's office reported on Tuesday.",
    "Police say Ilse Marrow trafficked narcotics, a charge her lawyer calls fabricated.",
    "Teodor Brascu was freed on Monday after nine months in a pretrial cell.",
    "",
]


@pytest.fixture(scope="module")
def docs(extractor: Extractor) -> list[Doc]:
    nlp = extractor.extractor_for("en").nlp
    texts = [p.read_text(encoding="utf-8") for p in sorted(SAMPLE.glob("*.txt"))][:6]
    assert texts, "sample/ holds English reports"
    return list(nlp.pipe([*texts, *OWN]))


@pytest.mark.parametrize("name", CLASSES)
def test_indices_worded_matches_a_pass_over_every_token(docs: list[Doc], name: str) -> None:
    words = lexicon(name)
    for doc in docs:
        expected = {t.i for t in doc if t.lower_ in words or t.lemma_.lower() in words}
        assert indices_worded(doc, words) == expected


def test_indices_worded_reads_lemmas_and_written_forms(docs: list[Doc]) -> None:
    crimes = lexicon("ordinary_crimes")
    jailed, rose, trafficked, freed, empty = (docs[-5], docs[-4], docs[-3], docs[-2], docs[-1])
    # "burglaries" is found through its lemma, "robbery" as written
    assert {jailed[i].lower_ for i in indices_worded(jailed, crimes)} == {"burglaries", "robbery"}
    assert {rose[i].lower_ for i in indices_worded(rose, crimes)} == {"murders"}  # capitalised
    assert {trafficked[i].lower_ for i in indices_worded(trafficked, crimes)} == {"narcotics"}
    assert {trafficked[i].lower_ for i in indices_worded(trafficked, lexicon("charge_doubts"))} == {
        "fabricated"
    }
    assert indices_worded(freed, crimes) == frozenset()
    assert indices_worded(empty, crimes) == frozenset()
    # kept per document and word list: asked again, the same answer comes back
    assert indices_worded(jailed, crimes) is indices_worded(jailed, crimes)
    assert indices_worded(jailed, frozenset(_SET_APART)) == {
        t.i for t in jailed if t.lower_ in _SET_APART or t.lemma_.lower() in _SET_APART
    }


def test_a_case_set_apart_is_still_set_apart(extract_text) -> None:
    # an ordinary crime in a case the story itself sets apart: no event of a political prisoner
    aside = extract_text(
        "Activist Rosalind Okafor remains in detention in Varnost.\n\n"
        "In a separate matter, that court on Friday jailed Piet Hallner for armed robbery."
    )
    assert not [e for e in aside.events if e.type == "sentence"]
    # the same verdict with a doubted charge, and one with no crime word, are kept
    doubted = extract_text("The court jailed Piet Hallner for six years on fabricated robbery charges.")
    plain = extract_text("The court jailed Piet Hallner for six years on Friday.")
    for kept in (doubted, plain):
        assert [(e.type, e.term_months, len(e.persons)) for e in kept.events] == [("sentence", 72, 1)]
