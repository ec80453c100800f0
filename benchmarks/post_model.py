"""Vigil's English work after the model, timed and sampled on articles parsed once.

    .venv/bin/python benchmarks/post_model.py parse DIR [--articles 500]
    .venv/bin/python benchmarks/post_model.py run DIR OUT.jsonl [--sample] [--limit N]

`vigil extract` of the 500 benchmark articles (`extract_speed.py`'s `build_articles`) spends
about four fifths of its CPU in the model (tok2vec, tagger, parser, NER); a change to the rules
is a few per cent of the rest and drowns in the model's spread between runs on a loaded host.
`parse` runs the model's pipes (with `vigil_paragraphs`, which sets the sentence starts the
parser keeps) once and stores the documents (`DocBin`, with the text `keep_text` kept) and the
cleaned `Document`s. `run` then does, in a fresh process, what `vigil extract --format jsonl`
does after the model: Vigil's components (sentences to events), `to_extraction`, the suggested
events (`suggest.attach`) and JSON, with the pipeline's garbage-collector settings, and prints
each part's CPU seconds. `OUT.jsonl` is byte-identical to `vigil extract --format jsonl` of the
same articles (checked on the 500, session 52), so two versions of the code can be compared
output for output. `--sample` adds a sampling profiler (SIGPROF on the process's CPU time: the
kernel's tick, 4 ms here): each function's own samples, with what it called inside (a C call
counts to the Python function that made it), and the commonest stacks.
"""

from __future__ import annotations

import argparse
import collections
import gc
import json
import pickle
import signal
import sys
import time
from pathlib import Path
from types import FrameType

from spacy.tokens import DocBin

from vigil.extract import suggest
from vigil.extract.doctext import doc_text, keep_text
from vigil.extract.en.extractor import EnglishExtractor
from vigil.extract.en.quotemarks import speech_marks
from vigil.ingest.documents import make_document

POST = (
    "vigil_sentences",
    "vigil_prefixed",
    "vigil_triggers",
    "vigil_persons",
    "vigil_quotes",
    "vigil_events",
)


def parse(folder: Path, articles: int) -> None:
    """The benchmark's articles through the model's pipes once, stored in `folder`."""
    sys.path.insert(0, str(Path(__file__).parent))
    from extract_speed import build_articles  # noqa: PLC0415 (beside this script)

    (folder / "articles").mkdir(parents=True, exist_ok=True)
    paths = build_articles(articles, folder / "articles")
    documents = [make_document(p.read_text(encoding="utf-8"), source=str(p)) for p in paths]
    documents = [d for d in documents if d.language == "en"]
    extractor = EnglishExtractor()
    stored = DocBin(store_user_data=True)
    with extractor.nlp.select_pipes(disable=list(POST)):
        for document in documents:
            doc = extractor._make_doc(speech_marks(document.text))
            for _name, pipe in extractor.nlp.pipeline:
                doc = pipe(doc)
            text = doc_text(doc)
            doc.user_data.clear()  # (the rules' per-document caches are no part of the parse)
            keep_text(doc, text)
            stored.add(doc)
    (folder / "docs.spacy").write_bytes(stored.to_bytes())
    (folder / "documents.pickle").write_bytes(pickle.dumps(documents))
    print(f"{len(documents)} articles parsed into {folder}")


class Sampler:
    """Stacks of the main thread, one per SIGPROF (the process's CPU time, not the wall clock)."""

    def __init__(self, interval: float = 0.002) -> None:
        self.interval = interval
        self.stacks: collections.Counter[tuple[str, ...]] = collections.Counter()

    def _take(self, _signum: int, frame: FrameType | None) -> None:
        stack = []
        while frame is not None:
            code = frame.f_code
            stack.append(f"{Path(code.co_filename).name}:{code.co_firstlineno}:{code.co_name}")
            frame = frame.f_back
        self.stacks[tuple(stack)] += 1

    def __enter__(self) -> Sampler:
        signal.signal(signal.SIGPROF, self._take)
        signal.setitimer(signal.ITIMER_PROF, self.interval, self.interval)
        return self

    def __exit__(self, *_exc: object) -> None:
        signal.setitimer(signal.ITIMER_PROF, 0, 0)

    def report(self, top: int = 40) -> None:
        total = sum(self.stacks.values())
        own: collections.Counter[str] = collections.Counter()
        inclusive: collections.Counter[str] = collections.Counter()
        for stack, n in self.stacks.items():
            own[stack[0]] += n
            for key in set(stack):
                inclusive[key] += n
        print(f"\n{total} samples")
        for title, counts in (("own samples", own), ("inclusive samples", inclusive)):
            print(f"--- {title}")
            for key, n in counts.most_common(top):
                print(f"{n:6d} {100 * n / total:5.1f}%  {key}")


def run(folder: Path, out: Path, *, sample: bool, limit: int | None) -> None:
    """Vigil's work after the model on the stored articles, each part's CPU seconds."""
    gc.disable()
    extractor = EnglishExtractor()
    gc.enable()
    gc.freeze()  # as `pipeline._load` does
    gc.set_threshold(10_000, *gc.get_threshold()[1:])
    nlp = extractor.nlp
    documents = pickle.loads((folder / "documents.pickle").read_bytes())
    docs = list(DocBin().from_bytes((folder / "docs.spacy").read_bytes()).get_docs(nlp.vocab))
    pairs = list(zip(docs, documents, strict=True))[:limit]
    pipes = [(name, nlp.get_pipe(name)) for name in POST]
    seconds: collections.Counter[str] = collections.Counter()
    sampler = Sampler()
    started = time.process_time()
    with out.open("w", encoding="utf-8") as sink, sampler if sample else _Nothing():
        for doc, document in pairs:
            for name, pipe in pipes:
                t0 = time.process_time()
                doc = pipe(doc)
                seconds[name] += time.process_time() - t0
            t0 = time.process_time()
            result = extractor.to_extraction(doc, document)
            t1 = time.process_time()
            result = suggest.attach(result)
            t2 = time.process_time()
            sink.write(json.dumps(result.to_json(), ensure_ascii=False) + "\n")
            t3 = time.process_time()
            seconds["assemble"] += t1 - t0
            seconds["suggest"] += t2 - t1
            seconds["json"] += t3 - t2
    total = time.process_time() - started
    print(f"{len(pairs)} articles, CPU seconds")
    for name, value in seconds.most_common():
        print(f"{name:18s} {value:7.2f}")
    print(f"{'total':18s} {total:7.2f}")
    if sample:
        sampler.report()


class _Nothing:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *_exc: object) -> None:
        return None


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="command", required=True)
    p = sub.add_parser("parse", help="parse the benchmark's articles once")
    p.add_argument("folder", type=Path)
    p.add_argument("--articles", type=int, default=500)
    r = sub.add_parser("run", help="Vigil's work after the model, timed")
    r.add_argument("folder", type=Path)
    r.add_argument("out", type=Path, help="the extractions, as `vigil extract --format jsonl` writes them")
    r.add_argument("--sample", action="store_true", help="and sample the stacks (SIGPROF)")
    r.add_argument("--limit", type=int, default=None, help="only the first N articles")
    args = ap.parse_args()
    if args.command == "parse":
        parse(args.folder, args.articles)
    else:
        run(args.folder, args.out, sample=args.sample, limit=args.limit)
    return 0


if __name__ == "__main__":
    sys.exit(main())
