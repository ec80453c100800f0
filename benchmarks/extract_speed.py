"""`vigil extract` end to end against bare `nlp.pipe` of the same model, process start included.

    .venv/bin/python benchmarks/extract_speed.py [--articles 500] [--rounds 1]

Builds N distinct articles from the corpus texts beside the checkout (each article joins the
paragraphs of two texts, so no two are the same), then times, as separate processes:

* start-up: loading the bare model and parsing one short text, against `vigil extract` of the
  same text (target: at most 1.5 s more);
* throughput: a process that loads the model and runs `nlp.pipe` over the N texts, against
  `vigil extract --format jsonl` of the N files (target: ratio bare/vigil >= 0.85).

Rounds are interleaved and the best of each counts, so load from other work hits both alike.
"""

from __future__ import annotations

import argparse
import itertools
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VIGIL = Path(sys.executable).with_name("vigil")
SOURCES = [ROOT / "sample", ROOT.parent / "shared" / "corpus", ROOT.parents[1] / "shared" / "corpus"]

BARE = """
import sys
from pathlib import Path
from vigil.extract.en.extractor import MODEL_NAMES
import importlib
for name in MODEL_NAMES:
    try:
        nlp = importlib.import_module(name).load()
        break
    except ImportError:
        continue
texts = (Path(p).read_text(encoding="utf-8") for p in sys.argv[1:])
for _ in nlp.pipe(texts, batch_size=16):
    pass
"""


def corpus_texts() -> list[str]:
    """English corpus texts found beside the checkout (sample/, shared/corpus/dev*, not ru/be)."""
    seen: set[Path] = set()
    texts = []
    for folder in SOURCES:
        if not folder.is_dir():
            continue
        for path in sorted(folder.rglob("*.txt")):
            if path.resolve() in seen or any(part in ("dev-ru", "dev-be") for part in path.parts):
                continue
            seen.add(path.resolve())
            texts.append(path.read_text(encoding="utf-8"))
    return texts


def build_articles(n: int, folder: Path) -> list[Path]:
    """N distinct articles: the paragraphs of text a followed by those of text b."""
    texts = corpus_texts()
    if len(texts) < 2:
        raise SystemExit("need at least two corpus texts (sample/ or ../shared/corpus/)")
    pairs = itertools.islice(itertools.permutations(range(len(texts)), 2), n)
    paths = []
    for i, (a, b) in enumerate(pairs):
        path = folder / f"article-{i:04d}.txt"
        path.write_text(texts[a].strip() + "\n\n" + texts[b].strip() + "\n", encoding="utf-8")
        paths.append(path)
    return paths


def timed(cmd: list[str]) -> float:
    t0 = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT)
    return time.perf_counter() - t0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=500, help="distinct articles for throughput")
    ap.add_argument("--rounds", type=int, default=1, help="interleaved rounds; the best of each counts")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        paths = build_articles(args.articles, folder)
        words = sum(len(p.read_text(encoding="utf-8").split()) for p in paths)
        tiny = folder / "tiny.txt"
        tiny.write_text("Ales Bialiatski was released on Saturday.\n", encoding="utf-8")
        files = [str(p) for p in paths]
        bare_start = vigil_start = bare = vigil = float("inf")
        for _ in range(args.rounds):
            bare_start = min(bare_start, timed([sys.executable, "-c", BARE, str(tiny)]))
            vigil_start = min(vigil_start, timed([str(VIGIL), "extract", "--format", "jsonl", str(tiny)]))
            bare = min(bare, timed([sys.executable, "-c", BARE, *files]))
            vigil = min(vigil, timed([str(VIGIL), "extract", "--format", "jsonl", *files]))
    print(f"articles: {len(paths)}  words: {words:,}")
    print(f"start-up  bare model {bare_start:6.2f} s   vigil extract {vigil_start:6.2f} s")
    print(f"start-up difference  {vigil_start - bare_start:+.2f} s (target <= +1.50 s)")
    for label, seconds in (("bare nlp.pipe", bare), ("vigil extract", vigil)):
        rate = f"{len(paths) / seconds:6.1f} articles/s  {words / seconds:8,.0f} words/s"
        print(f"{label}  {seconds:7.1f} s  {rate}")
    print(f"ratio (bare/vigil time) {bare / vigil:.2f} (target >= 0.85)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
