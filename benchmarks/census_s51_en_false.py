"""Census of the English rules' false events (session 51, en-precision): which rule made each.

    PYTHONPATH=src .venv/bin/python benchmarks/census_s51_en_false.py TAG SET... [--out FILE]

For every false event ("spurious events (TYPE, PERSON)") in `.cache/scores/TAG/SET.verbose.txt`
of each SET named (name the read sets explicitly: never a judge), the article is parsed again
with this checkout's rules, every pass of `EventFinder` is wrapped so that each (trigger, type,
person) it adds is credited to it, and one line is printed: the set, article, type, person,
the gold's types for that person, the pass that gave the event, its trigger word (lemma, tag,
relation) and the trigger's sentence. A person who got the type only through a membership or a
cohort shows `membership:` with the membership's word.
"""

from __future__ import annotations

import argparse
import ast
import functools
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from score_sets import OUT, SCORE, resolve  # noqa: E402

sys.path.insert(0, str(SCORE.parent))
import score  # noqa: E402

from vigil.extract.en import events as ev  # noqa: E402
from vigil.extract.en.extractor import EnglishExtractor  # noqa: E402
from vigil.extract.findings import Finding  # noqa: E402

PROV: dict[tuple[int, str, str], str] = {}
LINE = re.compile(r"^(\S+): spurious events \('(\w+)', '(.*)'\)$")


def _triples(obj) -> set[tuple[int, str, str]]:
    out: set[tuple[int, str, str]] = set()
    if isinstance(obj, Finding):
        for p in obj.persons:
            out.add((obj.trigger.i, obj.type, p.name))
    elif isinstance(obj, (list, tuple)):
        for x in obj:
            if isinstance(x, (Finding, list, tuple)):
                out |= _triples(x)
    return out


def _wrap(name: str, fn):
    @functools.wraps(fn)
    def inner(*args, **kwargs):
        before = _triples([a for a in args if isinstance(a, list)])
        result = fn(*args, **kwargs)
        after = _triples([a for a in args if isinstance(a, list)]) | _triples(result)
        for t in after - before:
            PROV.setdefault(t, name)
        return result

    return inner


def instrument() -> None:
    source = Path(ev.__file__).read_text()
    tree = ast.parse(source)
    call = next(n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef) and n.name == "__call__")
    names = {n.func.id for n in ast.walk(call) if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)}
    for name in names:
        fn = getattr(ev, name, None)
        if (
            callable(fn)
            and not isinstance(fn, type)
            and name not in ("set", "sorted", "next", "iter", "id", "any")
        ):
            setattr(ev, name, _wrap(name, fn))
    finding = ev.EventFinder._finding
    ev.EventFinder._finding = lambda self, ctx, tok, etype, home: _mark(finding(self, ctx, tok, etype, home))


def _mark(found):
    for t in _triples(found):
        PROV.setdefault(t, "_finding")
    return found


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("tag")
    ap.add_argument("sets", nargs="+")
    ap.add_argument(
        "--all", metavar="FILE", help="write every finding's pass, trigger and gold label as JSON lines"
    )
    args = ap.parse_args()
    instrument()
    extractor = EnglishExtractor()
    if args.all:
        return every_finding(extractor, args.tag, args.sets, Path(args.all))
    for name in args.sets:
        verbose = OUT / args.tag / f"{name}.verbose.txt"
        wanted: dict[str, list[tuple[str, str]]] = {}
        for line in verbose.read_text().splitlines():
            if m := LINE.match(line):
                wanted.setdefault(m[1], []).append((m[2], m[3]))
        if not wanted:
            continue
        folder, _ = resolve(name)
        preds = {}
        for line in (OUT / args.tag / f"{name}.jsonl").read_text().splitlines():
            rec = json.loads(line)
            preds[Path(rec["source"]).stem] = rec
        for stem, falses in wanted.items():
            rec = preds[stem]
            gold_data = json.loads((folder / f"{stem}.gold.json").read_text())
            gold = score.Gold(gold_data)
            gold_types: dict[str, list[str]] = {}
            for e in gold_data.get("events", []):
                for p in e.get("persons", []):
                    gold_types.setdefault(p, []).append(e["type"])
            PROV.clear()
            doc = next(
                iter(
                    extractor.nlp.pipe(
                        [extractor._make_doc(ev_text(rec["text"]))],
                    )
                )
            )
            findings, memberships, _ = doc._.vigil_findings
            for etype, pname in falses:
                gtypes = sorted(set(gold_types.get(pname, []))) if not pname.startswith("?") else ["-"]
                names = gold.persons.get(pname, [pname.lstrip("?")])
                hits = []
                for f in findings:
                    if f.type != etype:
                        continue
                    for p in f.persons:
                        if score.name_match(p.name, names) or any(
                            score.name_match(a, names) for a in p.aliases
                        ):
                            rule = PROV.get((f.trigger.i, etype, p.name), "?")
                            t = f.trigger
                            word = f"{t.text}/{t.lemma_}/{t.tag_}/{t.dep_}"
                            hits.append(f"{rule} [{word}] {t.sent.text.strip()[:220]!r}")
                if not hits:
                    for m in memberships:
                        if any(score.name_match(p.name, names) for p in m.persons):
                            t = m.token
                            hits.append(f"membership:{m.type} [{t.text}] {t.sent.text.strip()[:220]!r}")
                print(f"{name}\t{stem}\t{etype}\t{pname}\tgold={','.join(gtypes) or 'none'}")
                for h in hits or ["(no finding or membership: cohort?)"]:
                    print(f"    {h}")
    return 0


def every_finding(extractor: EnglishExtractor, tag: str, sets: list[str], out: Path) -> int:
    """Each finding's person of every article: the pass that gave it, its trigger word, and
    whether the gold has that type for that person (the per-pass precision of the rules)."""
    with out.open("w") as sink:
        for name in sets:
            folder, _ = resolve(name)
            for line in (OUT / tag / f"{name}.jsonl").read_text().splitlines():
                rec = json.loads(line)
                stem = Path(rec["source"]).stem
                if not (folder / f"{stem}.gold.json").exists():
                    continue
                gold_data = json.loads((folder / f"{stem}.gold.json").read_text())
                gold = score.Gold(gold_data)
                truth = score.tuples_gold(gold_data)["events"]
                PROV.clear()
                doc = next(iter(extractor.nlp.pipe([extractor._make_doc(ev_text(rec["text"]))])))
                findings, _, _ = doc._.vigil_findings
                seen = set()
                for f in findings:
                    for p in f.persons:
                        key = (f.type, p.name)
                        if key in seen:
                            continue
                        seen.add(key)
                        spans = [doc[a:b] for a, b in p.mentions]
                        form = {"name": p.name, "mentions": [[s.start_char, s.end_char] for s in spans]}
                        g = gold.resolve(form, doc.text) or "?" + p.name
                        t = f.trigger
                        sink.write(
                            json.dumps(
                                {
                                    "set": name,
                                    "doc": stem,
                                    "type": f.type,
                                    "person": g,
                                    "true": (f.type, g) in truth,
                                    "gold": sorted({ty for ty, n in truth if n == g}),
                                    "rule": PROV.get((t.i, f.type, p.name), "?"),
                                    "word": t.lower_,
                                    "lemma": t.lemma_,
                                    "tag": t.tag_,
                                    "dep": t.dep_,
                                    "sent": t.sent.text.strip()[:300],
                                },
                                ensure_ascii=False,
                            )
                            + "\n"
                        )
    return 0


def ev_text(text: str) -> str:
    from vigil.extract.en.quotemarks import speech_marks

    return speech_marks(text)


if __name__ == "__main__":
    raise SystemExit(main())
