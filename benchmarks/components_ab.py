"""Vigil's English components, two versions of the code in one process, interleaved per document.

    .venv/bin/python benchmarks/components_ab.py BEFORE_REV [AFTER_REV] [--articles 200]

Separate processes, even paired, spread ±15 % on a loaded host: too much to see a change of a
few per cent in the components (12-17 % of an end-to-end run). Here both versions (git revisions
of this checkout; AFTER defaults to the working tree's `src/`) are copied into a temporary
folder with every `vigil` name renamed (`va`, `vb`: package, spaCy components, extensions), both
pipelines are loaded, the articles are parsed once by the model alone, and each document runs
through A's components and B's in alternating order, so the host's load falls on both alike.
Prints each component's CPU seconds per version and B/A. The same articles as
`extract_speed.py` (`build_articles`); dateparser's one-time set-up is paid before timing.
"""

from __future__ import annotations

import argparse
import collections
import gc
import importlib
import re
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NAMES = ["sentences", "prefixed", "triggers", "persons", "quotes", "events"]


def _copy(rev: str | None, dest: Path, name: str) -> None:
    """The package `vigil` of `rev` (None: the working tree) as `dest/name`, every vigil name renamed."""
    target = dest / name
    if rev is None:
        subprocess.run(["cp", "-r", str(ROOT / "src" / "vigil"), str(target)], check=True)
    else:
        git = ["git", "-C", str(ROOT), "archive", rev, "src/vigil"]
        archive = subprocess.run(git, check=True, capture_output=True)
        subprocess.run(["tar", "-x", "-C", str(dest)], input=archive.stdout, check=True)
        (dest / "src" / "vigil").rename(target)
    for path in target.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        path.write_text(re.sub(r"vigil_", f"{name}_", re.sub(r"\bvigil\b", name, text)), encoding="utf-8")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("before", help="git revision of version A")
    ap.add_argument("after", nargs="?", help="git revision of version B (default: the working tree)")
    ap.add_argument("--articles", type=int, default=200)
    ap.add_argument("--warm", type=int, default=20, help="documents run untimed first")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="vigil-ab-"))
    _copy(args.before, tmp, "va")
    _copy(args.after, tmp, "vb")
    sys.path.insert(0, str(tmp))
    from extract_speed import build_articles  # noqa: PLC0415 (beside this script)

    from vigil.ingest.documents import make_document

    (tmp / "articles").mkdir()
    paths = build_articles(args.articles + args.warm, tmp / "articles")
    documents = [make_document(p.read_text(encoding="utf-8"), source=str(p)) for p in paths]
    documents = [d for d in documents if d.language == "en"]
    sides = {}
    for key in ("va", "vb"):
        extractor = importlib.import_module(f"{key}.extract.en.extractor")
        nlp = extractor.load_pipeline()
        parse = [n for n in nlp.pipe_names if not n.startswith(f"{key}_") or n == f"{key}_paragraphs"]
        with nlp.select_pipes(enable=parse):
            docs = list(nlp.pipe(d.text for d in documents))
        comps = [(n, nlp.get_pipe(f"{key}_{n}")) for n in NAMES if f"{key}_{n}" in nlp.pipe_names]
        keep = getattr(importlib.import_module(f"{key}.extract.doctext"), "keep_text", None)
        reader = importlib.import_module(f"{key}.extract.dates")
        reader.DateReader().when("nearly two years", date(2021, 3, 4))  # dateparser's set-up
        reader._when.cache_clear()
        sides[key] = (extractor.EnglishExtractor(nlp), comps, keep, docs)
    # the two loaded pipelines and every parsed document stay alive throughout: out of the garbage
    # collector's reach, as `vigil extract` puts its loaded models (a full collection walked them
    # all, a few tenths of a second each, and fell in one version's component by chance)
    gc.collect()
    gc.freeze()
    spent = {key: collections.Counter() for key in sides}
    for k, document in enumerate(documents):
        for key in ("va", "vb") if k % 2 else ("vb", "va"):
            ex, comps, keep, docs = sides[key]
            doc = docs[k]
            if keep is not None:
                keep(doc, document.text)
            for name, comp in comps:
                t0 = time.process_time()
                doc = comp(doc)
                spent[key][name] += time.process_time() - t0
            t0 = time.process_time()
            ex.to_extraction(doc, document)
            spent[key]["assemble"] += time.process_time() - t0
            if k < args.warm:
                spent[key].clear()
    print(f"{len(documents) - args.warm} articles, CPU seconds")
    for name in [*NAMES, "assemble"]:
        a, b = spent["va"][name], spent["vb"][name]
        print(f"{name:10s} A {a:7.3f}  B {b:7.3f}  B/A {b / a if a else float('nan'):.3f}")
    a, b = sum(spent["va"].values()), sum(spent["vb"].values())
    print(f"{'total':10s} A {a:7.3f}  B {b:7.3f}  B/A {b / a:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
