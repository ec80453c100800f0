"""benchmarks/agreement.py: a second annotation scored against the first, as an extraction is."""

from __future__ import annotations

import json

from benchmarks import agreement

_TEXT = (
    "Суд в Гомеле приговорил Ольгу Ким к трём годам колонии. Её брата Павла Кима задержали в мае.\n"
    "«Мы будем бороться», — сказала Ольга Ким.\n"
)
_FIRST = {
    "persons": [
        {"name": "Ольга Ким", "aliases": ["Ольгу Ким"]},
        {"name": "Павел Ким", "aliases": ["Павла Кима"]},
    ],
    "events": [
        {"type": "sentence", "persons": ["Ольга Ким"], "count": None, "term_months": 36},
        {"type": "arrest", "persons": ["Павел Ким"], "count": None, "term_months": None},
    ],
    "quotes": [{"speaker": "Ольга Ким", "starts_with": "Мы будем бороться"}],
}


def _folder(path, gold: dict, with_text: bool = True):
    path.mkdir()
    (path / "doc-01.gold.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    if with_text:
        (path / "doc-01.txt").write_text(_TEXT, encoding="utf-8")
    return path


def test_an_annotation_agrees_with_itself(tmp_path):
    first = _folder(tmp_path / "a", _FIRST)
    result = agreement.agreement(first, first)
    assert result["extraction_f1"] == 1.0
    assert result["scores"]["persons"]["tp"] == 2


def test_a_second_annotator_who_reads_the_arrest_as_no_event_and_gives_a_term_in_years(tmp_path):
    second = json.loads(json.dumps(_FIRST))
    second["persons"][1]["aliases"] = []  # the inflected form is matched through its span in the text
    second["events"] = [{"type": "sentence", "persons": ["Ольга Ким"], "count": None, "term_months": 3}]
    result = agreement.agreement(_folder(tmp_path / "a", _FIRST), _folder(tmp_path / "b", second, False))
    scores = result["scores"]
    assert (scores["events"]["tp"], scores["events"]["pred"], scores["events"]["gold"]) == (1, 1, 2)
    assert (scores["terms"]["tp"], scores["terms"]["pred"], scores["terms"]["gold"]) == (0, 1, 1)
    assert scores["quotes"]["f1"] == 1.0
    assert scores["persons"]["tp"] == 2


def test_the_command_prints_each_category_and_the_agreement(tmp_path, capsys):
    first = _folder(tmp_path / "a", _FIRST)
    assert agreement.main([str(first), str(first)]) == 0
    out = capsys.readouterr().out
    assert "events   P=1.000 R=1.000 F1=1.000" in out
    assert out.rstrip().endswith("agreement (extraction F1 of B against A): 1.000")
