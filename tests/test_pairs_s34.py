"""Session 34's measured pair scorer (`benchmarks/pairs_s34.py`): its lexicon reading and features.

The scorer was measured and not integrated (docs/extract.md, "Session 34: a learned pair scorer
(measured)"); these tests keep the measuring script honest: triggers come from Vigil's own
`patterns/`, and the features see a trigger told one sentence away from the person.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def pairs():
    spec = importlib.util.spec_from_file_location("pairs_s34", ROOT / "benchmarks" / "pairs_s34.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["pairs_s34"] = module
    spec.loader.exec_module(module)
    return module


class TestLexicon:
    def test_english_inflections_of_lexicon_lemmas(self, pairs):
        lex = pairs.load_lexicon("en")
        assert "arrest" in lex.trigger_types("arrested")
        assert "release" in lex.trigger_types("released")
        assert "sentence" in lex.trigger_types("sentenced")
        assert not lex.trigger_types("weather")

    def test_russian_stems_catch_declined_forms(self, pairs):
        lex = pairs.load_lexicon("ru")
        assert "arrest" in lex.trigger_types("задержали")
        assert "sentence" in lex.trigger_types("приговорил")
        assert not lex.trigger_types("погода")

    def test_belarusian_stems(self, pairs):
        lex = pairs.load_lexicon("be")
        assert "arrest" in lex.trigger_types("затрымалі")


class TestFeatures:
    TEXT = (
        "Court news\n\nThree activists were detained on Monday. Among them was Ivan Petrov.\n\n"
        "He is a teacher."
    )

    def _pred(self):
        start = self.TEXT.index("Ivan Petrov")
        return {
            "text": self.TEXT,
            "persons": [{"id": "p1", "name": "Ivan Petrov", "mentions": [[start, start + 11]], "roles": []}],
            "events": [{"type": "arrest", "persons": [], "count": 3, "evidence": [12, 50]}],
            "quotes": [],
        }

    def test_trigger_one_sentence_away(self, pairs):
        lex = pairs.load_lexicon("en")
        pred = self._pred()
        doc = pairs.make_doc(self.TEXT, lex)
        f = pairs.features(doc, lex, pred, pred["persons"][0], "arrest", "en", pairs.headline_end(pred))
        assert f["trig_same_sent"] == 0
        assert f["trig_adj_sent"] == 1.0
        assert f["article_t_group_count"] == 1.0
        assert f["no_trigger"] == 0.0

    def test_no_trigger_of_another_type(self, pairs):
        lex = pairs.load_lexicon("en")
        pred = self._pred()
        doc = pairs.make_doc(self.TEXT, lex)
        f = pairs.features(doc, lex, pred, pred["persons"][0], "death", "en", pairs.headline_end(pred))
        assert f["no_trigger"] == 1.0
        assert f["article_has_t"] == 0.0
