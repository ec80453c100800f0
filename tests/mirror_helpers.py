"""A git repository built in a test, standing for the bare mirror an external converter
(`benchmarks/external/*.py`) reads, and the converter run or loaded as a script."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType


def git_mirror(tmp_path: Path, files: dict[str, object]) -> Path:
    """A one-commit repository of `files` (path -> text, or data written as JSON); its git folder."""
    repo = tmp_path / "repo"
    for name, content in files.items():
        (repo / name).parent.mkdir(parents=True, exist_ok=True)
        text = content if isinstance(content, str) else json.dumps(content, ensure_ascii=False)
        (repo / name).write_text(text, encoding="utf-8")
    commit = ["-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "data"]
    for args in (["init", "-q"], ["add", "."], commit):
        subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True)
    return repo / ".git"


def run_script(script: Path, *args: str) -> subprocess.CompletedProcess:
    """The converter run as a user runs it: its own process, output captured."""
    return subprocess.run([sys.executable, str(script), *args], capture_output=True, text=True)


def load_script(script: Path) -> ModuleType:
    """The converter imported as a module, its folder on the path (it imports `reuters.py` as a
    script does)."""
    if str(script.parent) not in sys.path:
        sys.path.insert(0, str(script.parent))
    spec = importlib.util.spec_from_file_location(script.stem, script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def halves(script: Path, out_root: Path, *args: str) -> dict[str, set[str]]:
    """The ids the converter writes to each half (`--part tune` and `--part held`), each run
    checked to succeed, each id in the half its hash names and in one half only."""
    module = load_script(script)
    written: dict[str, set[str]] = {}
    for part in ("tune", "held"):
        out = out_root / part
        result = run_script(script, *args, "--out", str(out), "--part", part)
        assert result.returncode == 0, result.stderr
        written[part] = {p.stem for p in out.glob("*.txt")}
        assert all(module.part_of(name) == part for name in written[part])
    assert not written["tune"] & written["held"]
    return written
