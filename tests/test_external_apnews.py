"""The `realnews2-en` yardstick's converter (`benchmarks/external/apnews.py`) on a git repository
built here holding a gzipped tar of TREC-layout stories written for this test: the fixed
selection (four justice words, a length cap), TREC's quotation marks and AP's dash written out,
ids from the DOCNO, a repeated text read once, the mirror given as a clone's parent folder,
halves by a fixed hash, gold written beside the texts, and clear messages for a mirror without
the archive or an archive without the sample."""

from __future__ import annotations

import hashlib
import io
import json
import subprocess
import tarfile
from pathlib import Path

from tests.mirror_helpers import git_mirror, halves, load_script, run_script

SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "external" / "apnews.py"

TRIAL = (
    " A court in Veloria   jailed editor Mira Tass for four years after her arrest in May. "
    "``She will appeal,'' her lawyer said. She had been in custody _ and in prison _ since then.\n"
)
THREE_WORDS = " Police detained a teacher in Ostrava; she was freed from custody the same day.\n"
LONG = (
    " Officers arrested two men; one was jailed, one freed, both had been in prison. " + "It rained. " * 200
)
FREED = " Rights worker Ilya Brun was freed from prison after a year in detention and a pardon.\n"


def _sample(docs: list[tuple[str, str]]) -> str:
    """The stories in the layout of the AP sample's `ap.txt`."""
    return "".join(f"<DOC>\n<DOCNO> {no} </DOCNO>\n<TEXT>\n{body} </TEXT>\n</DOC>\n" for no, body in docs)


def _archive(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as archive:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    return buffer.getvalue()


def _mirror(tmp_path: Path, docs: list[tuple[str, str]], member: str = "ap/ap.txt") -> Path:
    """A one-commit repository holding `example/ap.tgz` with the stories; its git folder."""
    target = tmp_path / "repo" / "example" / "ap.tgz"
    target.parent.mkdir(parents=True)
    target.write_bytes(_archive({member: _sample(docs).encode("latin-1")}))
    return git_mirror(tmp_path, {"README.md": "test\n"})


def _run(*args: str) -> subprocess.CompletedProcess:
    return run_script(SCRIPT, *args)


def test_selection_keeps_four_justice_words_under_the_length_cap(tmp_path):
    docs = [("AP880101-0001", TRIAL), ("AP880101-0002", THREE_WORDS), ("AP880101-0003", LONG)]
    docs.append(("AP900202-0004", FREED))
    out = tmp_path / "out"
    mirror = _mirror(tmp_path, docs)
    result = _run("--mirror", str(mirror), "--out", str(out), "--gold", str(tmp_path / "none"))
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in out.iterdir()) == ["ap880101-0001.txt", "ap900202-0004.txt"]
    assert "2 of 2 selected stories (4 in all)" in result.stderr


def test_text_writes_out_trec_quotes_and_the_ap_dash_and_the_id_is_the_docno():
    module = load_script(SCRIPT)
    assert module.story_text(TRIAL) == (
        "A court in Veloria jailed editor Mira Tass for four years after her arrest in May. "
        "\u201cShe will appeal,\u201d her lawyer said. "
        "She had been in custody \u2014 and in prison \u2014 since then.\n"
    )
    assert module.story_text(" a name_with_underscore stays\n") == "a name_with_underscore stays\n"


def test_stories_are_read_in_file_order_and_a_repeated_text_once(tmp_path):
    module = load_script(SCRIPT)
    docs = [("AP890303-0009", TRIAL), ("AP880101-0001", FREED), ("AP900101-0005", TRIAL)]
    stories = module.read_stories(_mirror(tmp_path, docs))
    assert [doc_id for doc_id, _ in stories] == ["ap890303-0009", "ap880101-0001"]


def test_latin1_bytes_are_read_as_latin1_and_utf8_as_utf8():
    module = load_script(SCRIPT)
    assert module.decode("a 4\u00bd-year term".encode("latin-1")) == "a 4\u00bd-year term"
    assert module.decode("a 4\u00bd-year term".encode()) == "a 4\u00bd-year term"


def test_a_clone_folder_is_taken_for_its_git_directory(tmp_path):
    module = load_script(SCRIPT)
    mirror = _mirror(tmp_path, [("AP880101-0001", TRIAL)])
    assert module.read_stories(mirror.parent) == module.read_stories(mirror)


def test_halves_split_by_the_hash_of_the_id(tmp_path):
    module = load_script(SCRIPT)
    for doc_id in ("ap880101-0001", "ap900202-0004", "ap891231-0999"):
        expected = "tune" if hashlib.sha1(doc_id.encode()).hexdigest()[0] < "8" else "held"
        assert module.part_of(doc_id) == expected
    mirror = _mirror(tmp_path, [("AP880101-0001", TRIAL), ("AP900202-0004", FREED)])
    written = halves(SCRIPT, tmp_path, "--mirror", str(mirror))
    assert written["tune"] | written["held"] == {"ap880101-0001", "ap900202-0004"}


def test_gold_is_written_beside_annotated_texts_only(tmp_path):
    mirror = _mirror(tmp_path, [("AP880101-0001", TRIAL), ("AP900202-0004", FREED)])
    facts = tmp_path / "facts"
    facts.mkdir()
    gold = {"persons": [{"name": "Mira Tass"}], "events": [{"type": "sentence", "persons": ["Mira Tass"]}]}
    (facts / "ap880101-0001.json").write_text(json.dumps(gold), encoding="utf-8")
    out = tmp_path / "out"
    result = _run("--mirror", str(mirror), "--out", str(out), "--gold", str(facts), "--annotated")
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in out.iterdir()) == ["ap880101-0001.gold.json", "ap880101-0001.txt"]
    written = json.loads((out / "ap880101-0001.gold.json").read_text(encoding="utf-8"))
    assert written["events"] == gold["events"] and written["quotes"] == []


def test_mirror_without_the_archive_says_so(tmp_path):
    mirror = git_mirror(tmp_path, {"other/file.txt": TRIAL})
    result = _run("--mirror", str(mirror), "--out", str(tmp_path / "out"))
    assert result.returncode != 0
    assert "holds no example/ap.tgz" in result.stderr


def test_archive_without_the_sample_says_so(tmp_path):
    mirror = _mirror(tmp_path, [("AP880101-0001", TRIAL)], member="ap/other.txt")
    result = _run("--mirror", str(mirror), "--out", str(tmp_path / "out"))
    assert result.returncode != 0
    assert "holds no ap/ap.txt" in result.stderr
