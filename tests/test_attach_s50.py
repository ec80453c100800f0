"""Session 50's measured attachment step (`benchmarks/attach_s50.py`): its candidates and features.

The step was measured and not built into the runtime (docs/extract.md, "Session 50 — a learned
attachment step"); these tests keep the measuring script honest: a trigger's candidates are the
persons of its sentence and the next, the path features read the parse (the detained man is the
trigger's object, his wife speaks), and the rules' own events are only a feature.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TEXT = (
    "Police detained Ales Bialiatski on Monday, his wife Natalia Pinchuk said. Bialiatski was later released."
)


@pytest.fixture(scope="module")
def attach():
    spec = importlib.util.spec_from_file_location("attach_s50", ROOT / "benchmarks" / "attach_s50.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["attach_s50"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def cands(attach):
    import spacy

    from vigil.extract import suggest

    nlp = spacy.load(attach.MODEL_NAME, disable=["ner"])
    a = TEXT.index("Ales Bialiatski")
    b = TEXT.index("Natalia Pinchuk")
    c = TEXT.index("Bialiatski was")
    record = {
        "text": TEXT,
        "persons": [
            {"id": "p1", "name": "Ales Bialiatski", "mentions": [[a, a + 15], [c, c + 10]]},
            {"id": "p2", "name": "Natalia Pinchuk", "mentions": [[b, b + 15]]},
        ],
    }
    return attach.doc_candidates(nlp(TEXT), suggest.lexicon("en"), record, {"p1": {"arrest"}})


def _one(cands, pid, t, word):
    hits = [c for c in cands if c["pid"] == pid and c["type"] == t and c["trigger"] == word]
    assert len(hits) == 1
    return hits[0]["feats"]


def test_object_of_the_trigger_is_one_step_away(cands):
    f = _one(cands, "p1", "arrest", 1)  # "detained" is token 1
    assert f["same_sent"] == 1.0
    assert f["path_len"] == 1
    assert f["m_dep_dobj"] == 1.0 and f["m_head_is_g"] == 1.0 and f["obj_is_p"] == 1.0
    assert f["given"] == 1.0 and f["type_arrest"] == 1.0


def test_the_speaking_wife_is_reached_through_the_speech_verb(cands):
    f = _one(cands, "p2", "arrest", 1)
    # Pinchuk -appos-> wife -nsubj-> said <-ccomp- detained
    assert f["path_len"] == 3 and f["steps_up"] == 2 and f["steps_down"] == 1
    assert f["m_dep_appos"] == 1.0 and f["m_head_is_g"] == 0.0
    assert f["path_speech"] == 1.0 and f["path_role"] == 1.0 and f["path_ccomp"] == 1.0
    assert f["given"] == 0.0
    assert f["rank_same"] == 1  # the detained man is the nearer candidate


def test_candidates_reach_the_next_sentence_only(cands):
    released = [c for c in cands if c["type"] == "release"]
    assert {c["pid"] for c in released} == {"p1"}  # no person of the first sentence follows it
    arrest_next = [c for c in cands if c["type"] == "arrest" and c["pid"] == "p1"]
    assert all(c["feats"]["same_sent"] == 1.0 for c in arrest_next)
