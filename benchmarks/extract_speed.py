"""Throughput of `vigil extract` against bare `nlp.pipe` of the same model on the same texts.

    .venv/bin/python benchmarks/extract_speed.py [--repeat N] [--rounds N] [--language en|ru]

Prints articles/s and words/s of both, their ratio (the target is >= 0.8) and peak memory.
Both runs use the same loaded model so the ratio measures Vigil's own work.

`--language ru` measures Russian instead: Vigil's Russian extractor against bare natasha
(segment, morphology, syntax, NER and lemmas) on the Russian texts of `--corpus` (default
../shared/corpus/dev-ru); the target is >= 0.7. Its peak memory is that of a process that
loaded only the Russian models.
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
DEV_RU = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev-ru"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=4, help="copies of the sample corpus per round")
    ap.add_argument("--rounds", type=int, default=3, help="interleaved rounds; the best of each counts")
    ap.add_argument("--language", choices=["en", "ru"], default="en", help="which extractor to measure")
    ap.add_argument("--corpus", type=Path, default=DEV_RU, help="Russian texts for --language ru")
    args = ap.parse_args()
    if args.language == "ru":
        return russian(args)
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


def russian(args: argparse.Namespace) -> int:
    """Vigil's Russian extractor against bare natasha, interleaved, best of each round."""
    from vigil.extract.ru.extractor import RussianExtractor

    docs = [
        make_document(p.read_text(encoding="utf-8"), source=str(p)) for p in sorted(args.corpus.glob("*.txt"))
    ]
    docs = [d for d in docs if d.language == "ru"] * args.repeat
    if not docs:
        print(f"no Russian texts in {args.corpus}", file=sys.stderr)
        return 1
    words = sum(len(d.text.split()) for d in docs)
    extractor = RussianExtractor()
    models = extractor.models
    list(extractor.extract_many(docs[:2]))

    def run_bare() -> float:
        t0 = time.perf_counter()
        for d in docs:
            ndoc = models.analyse(d.text)
            for token in ndoc.tokens:
                token.lemmatize(models.morph_vocab)
        return time.perf_counter() - t0

    def run_vigil() -> float:
        t0 = time.perf_counter()
        for _ in extractor.extract_many(docs):
            pass
        return time.perf_counter() - t0

    bare = vigil = float("inf")
    for _ in range(args.rounds):
        bare = min(bare, run_bare())
        vigil = min(vigil, run_vigil())
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"Russian articles: {len(docs)}  words: {words:,}")
    print(f"bare natasha      {len(docs) / bare:8.1f} articles/s  {words / bare:9,.0f} words/s")
    print(f"vigil extract ru  {len(docs) / vigil:8.1f} articles/s  {words / vigil:9,.0f} words/s")
    print(f"ratio (vigil/bare) {bare / vigil:.2f}")
    print(f"peak memory       {peak_mb:,.0f} MB (Russian models only)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
