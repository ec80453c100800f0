"""Throughput of `vigil extract` against bare `nlp.pipe` of the same model on the same texts.

    .venv/bin/python benchmarks/extract_speed.py [--repeat N] [--rounds N]

Prints articles/s and words/s of both, their ratio (the target is >= 0.8) and peak memory.
Both runs use the same loaded model so the ratio measures Vigil's own work.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

from vigil.extract.en.extractor import EnglishExtractor, load_pipeline
from vigil.ingest.documents import make_document

SAMPLE = Path(__file__).resolve().parents[1] / "sample"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=4, help="copies of the sample corpus per round")
    ap.add_argument("--rounds", type=int, default=3, help="interleaved rounds; the best of each counts")
    args = ap.parse_args()
    docs = [make_document(p.read_text(encoding="utf-8"), source=str(p)) for p in sorted(SAMPLE.glob("*.txt"))]
    docs = [d for d in docs if d.language == "en"] * args.repeat
    words = sum(len(d.text.split()) for d in docs)
    nlp = load_pipeline()
    base = nlp.select_pipes(disable=[n for n in nlp.pipe_names if n.startswith("vigil_")])
    extractor = EnglishExtractor(nlp)
    # warm up both paths once
    list(nlp.pipe([docs[0].text]))
    base.restore()
    list(extractor.extract_many(docs[:2]))

    def run_bare() -> float:
        disabled = nlp.select_pipes(disable=[n for n in nlp.pipe_names if n.startswith("vigil_")])
        t0 = time.perf_counter()
        for _ in nlp.pipe((d.text for d in docs), batch_size=16):
            pass
        elapsed = time.perf_counter() - t0
        disabled.restore()
        return elapsed

    def run_vigil() -> float:
        t0 = time.perf_counter()
        for _ in extractor.extract_many(docs, batch_size=16):
            pass
        return time.perf_counter() - t0

    # interleaved rounds, best of each: other load on the machine hits both alike
    bare = vigil = float("inf")
    for _ in range(args.rounds):
        bare = min(bare, run_bare())
        vigil = min(vigil, run_vigil())

    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"articles: {len(docs)}  words: {words:,}")
    print(f"bare nlp.pipe     {len(docs) / bare:8.1f} articles/s  {words / bare:9,.0f} words/s")
    print(f"vigil extract     {len(docs) / vigil:8.1f} articles/s  {words / vigil:9,.0f} words/s")
    print(f"ratio (vigil/bare) {bare / vigil:.2f}")
    print(f"peak memory       {peak_mb:,.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
