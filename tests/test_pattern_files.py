"""The pattern and lexicon files are data the extractors read by key: a key written twice
silently loses its first list (JSON keeps the last), so a rule added beside an older one of
the same name would never be read."""

import json
from pathlib import Path

import pytest

PATTERNS = sorted((Path(__file__).parents[1] / "src" / "vigil" / "extract").glob("*/patterns/*.json"))


def _no_repeated_keys(pairs: list[tuple[str, object]]) -> dict:
    keys = [key for key, _ in pairs]
    repeated = sorted({key for key in keys if keys.count(key) > 1})
    assert not repeated, f"keys written twice: {repeated}"
    return dict(pairs)


def test_pattern_files_are_found() -> None:
    assert len(PATTERNS) >= 3, PATTERNS


@pytest.mark.parametrize("path", PATTERNS, ids=lambda p: f"{p.parent.parent.name}/{p.name}")
def test_no_key_is_written_twice(path: Path) -> None:
    json.loads(path.read_text(encoding="utf-8"), object_pairs_hook=_no_repeated_keys)
