"""The `realnews4-ru` yardstick's converter (`benchmarks/external/ovdreports.py`) on a git
repository built here with a small report written for this test in the Substance format of
ovdinfo/reports: sections by heading, passages capped in length, the selection by two
justice words, ids from the first node's hash whatever the node type, halves by a fixed
hash, gold written beside the texts, and a clear message for a mirror without the report;
and `--report trials` (set `realnews5-ru`, session 59): another report of the repository with
ids of its own prefix and its own gold folder, the default left as it was."""

from __future__ import annotations

import hashlib
import json
import subprocess
from pathlib import Path

from tests.mirror_helpers import git_mirror, halves, load_script, run_script

SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "external" / "ovdreports.py"
REPORT = "2014/cr-report/content.json"

COURT = "Суд в Верелове приговорил активистку Миру Тассову к двум годам колонии; её задержали в мае."
CALM = "Правозащитники обсуждали статистику без имён."
LONG = "Арестованный в июне Илья Брунов остаётся в СИЗО. " + "Дело тянется. " * 110
LISTED = "Ещё одного участника акции задержали, а затем освободили под подписку."


def _report(*nodes: tuple[str, str, str]) -> dict:
    """A Substance document: (id, type, content) nodes in reading order, plus a figure."""
    body = {node_id: {"id": node_id, "type": kind, "content": text} for node_id, kind, text in nodes}
    body["figure_ab12"] = {"id": "figure_ab12", "type": "figure", "caption": "text_cap"}
    order = ["cover", *[node_id for node_id, _, _ in nodes], "figure_ab12"]
    return {"nodes": {"document": {"title": "Доклад"}, "content": {"nodes": order}, **body}}


DOC = _report(
    ("text1", "text", "Введение без событий."),
    ("heading_01", "heading", "Суды над активистами"),
    ("aa11bb22cc", "text", COURT),
    ("dd33ee44ff", "text", CALM),
    ("heading_02", "heading", "Длинные дела"),
    ("0011223344", "text", LONG),
    ("list_item_5566778899", "list_item", LISTED),
)


def _mirror(tmp_path: Path, report: dict) -> Path:
    return git_mirror(tmp_path, {REPORT: report, "README.md": "test\n"})


def test_passages_are_heading_then_paragraphs_under_the_cap(tmp_path):
    module = load_script(SCRIPT)
    found = dict(module.read_passages(_mirror(tmp_path, DOC)))
    assert found["ovdcr-aa11bb22"] == f"Суды над активистами\n\n{COURT}\n\n{CALM}\n"
    # a paragraph over the cap stands alone, and the next one starts a passage of its own
    assert found["ovdcr-00112233"] == f"Длинные дела\n\n{' '.join(LONG.split())}\n"
    assert found["ovdcr-55667788"] == f"Длинные дела\n\n{LISTED}\n"


def test_selection_needs_two_justice_words(tmp_path):
    module = load_script(SCRIPT)
    ids = [doc_id for doc_id, _ in module.read_passages(_mirror(tmp_path, DOC))]
    assert ids == ["ovdcr-aa11bb22", "ovdcr-00112233", "ovdcr-55667788"]  # not the introduction


def test_halves_split_by_the_hash_of_the_id(tmp_path):
    module = load_script(SCRIPT)
    for doc_id in ("ovdcr-aa11bb22", "ovdcr-55667788"):
        expected = "tune" if hashlib.sha1(doc_id.encode()).hexdigest()[0] < "8" else "held"
        assert module.part_of(doc_id) == expected
    mirror = str(_mirror(tmp_path, DOC))
    written = halves(SCRIPT, tmp_path, "--mirror", mirror, "--gold", str(tmp_path / "none"))
    assert written["tune"] | written["held"] == {"ovdcr-aa11bb22", "ovdcr-00112233", "ovdcr-55667788"}


def test_gold_is_written_beside_annotated_passages_only(tmp_path):
    facts = tmp_path / "facts"
    facts.mkdir()
    gold = {
        "persons": [{"name": "Мира Тассова"}],
        "events": [{"type": "sentence", "persons": ["Мира Тассова"]}],
    }
    (facts / "ovdcr-aa11bb22.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "out"
    mirror = str(_mirror(tmp_path, DOC))
    result = run_script(SCRIPT, "--mirror", mirror, "--out", str(out), "--gold", str(facts), "--annotated")
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in out.iterdir()) == ["ovdcr-aa11bb22.gold.json", "ovdcr-aa11bb22.txt"]
    written = json.loads((out / "ovdcr-aa11bb22.gold.json").read_text(encoding="utf-8"))
    assert written["events"] == gold["events"] and written["quotes"] == []


def test_mirror_without_the_report_says_so(tmp_path):
    mirror = git_mirror(tmp_path, {"other/file.json": []})
    result: subprocess.CompletedProcess = run_script(SCRIPT, "--mirror", str(mirror), "--out", str(tmp_path))
    assert result.returncode != 0
    assert "holds no readable 2014/cr-report/content.json" in result.stderr


TRIALS = "2014/20-2-trials/content.json"
FINED = "Суд оштрафовал Лидию Корнееву, задержанную у суда в феврале; её арест оспорен."


def test_report_option_reads_the_trials_report_with_its_own_prefix(tmp_path):
    module = load_script(SCRIPT)
    trials = _report(
        ("heading_03", "heading", "Дела задержанных"), ("list_item_ff00ee11dd", "list_item", FINED)
    )
    mirror = git_mirror(tmp_path, {REPORT: DOC, TRIALS: trials})
    assert module.read_passages(mirror, "trials") == [("ovdtr-ff00ee11", f"Дела задержанных\n\n{FINED}\n")]
    # the default stays the criminal-prosecutions report, ids and all
    assert [doc_id for doc_id, _ in module.read_passages(mirror)][0] == "ovdcr-aa11bb22"
    out = tmp_path / "out"
    result = run_script(SCRIPT, "--mirror", str(mirror), "--out", str(out), "--report", "trials")
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in out.iterdir()) == ["ovdtr-ff00ee11.txt"]


def test_each_report_has_its_own_gold_folder():
    module = load_script(SCRIPT)
    assert module.REPORTS["cr"].facts.name == "realnews4-ru_gold"
    assert module.REPORTS["trials"].facts.name == "realnews5-ru_gold"
    # every annotated passage of the trials report has a file of facts there, and nothing else does
    assert all(p.stem.startswith("ovdtr-") for p in module.REPORTS["trials"].facts.glob("*.json"))


def test_mirror_without_the_chosen_report_names_it(tmp_path):
    mirror = git_mirror(tmp_path, {REPORT: DOC})
    result = run_script(SCRIPT, "--mirror", str(mirror), "--out", str(tmp_path / "o"), "--report", "trials")
    assert result.returncode != 0
    assert "holds no readable 2014/20-2-trials/content.json" in result.stderr
