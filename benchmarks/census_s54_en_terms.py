"""Census of missed and false English terms (session 54, terms): the sentences that carry each.

    .venv/bin/python benchmarks/census_s54_en_terms.py TAG SET... [--scores DIR]

For every "missed terms (PERSON, MONTHS)" and "spurious terms (PERSON, MONTHS)" line of
`.cache/scores/TAG/SET.verbose.txt` (read sets only), prints the article, the person, the terms
the run gave that person, the gold's terms, and the sentences that name the person and hold a
number word or a term word; when none does, the two sentences after each naming (a term told
apart from the name). It prints sentences only of the sets it is given.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from census_s52_en_missed import SENT, _names  # noqa: E402
from score_sets import OUT, resolve  # noqa: E402

LINE = re.compile(r"^(\S+): (missed|spurious) terms \('(.*)', (\d+|None)\)$")
TERMISH = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|half|life|years?|months?)\b",
    re.I,
)


def _run_terms(rec: dict | None, person: str) -> list:
    """The terms the run gave persons whose name holds the gold's last name."""
    if rec is None:
        return []
    last = person.split()[-1].lower()
    ids = {p["id"] for p in rec["persons"] if last in p["name"].lower()}
    events = [e for e in rec["events"] if e["type"] == "sentence" and ids & set(e["persons"])]
    return sorted({str(e.get("term_months")) for e in events})


def census(tag: str, name: str, scores: Path = OUT) -> int:
    """Prints each term miss or false term of one set with its sentences; returns how many."""
    folder, judge = resolve(name)
    if judge:
        raise SystemExit(f"{name} is a judge: no sentences")
    preds = {}
    for line in (scores / tag / f"{name}.jsonl").read_text().splitlines():
        rec = json.loads(line)
        preds[Path(rec["source"]).stem] = rec
    n = 0
    for line in (scores / tag / f"{name}.verbose.txt").read_text().splitlines():
        m = LINE.match(line)
        if not m:
            continue
        doc, kind, person, months = m.groups()
        gold = json.loads((folder / f"{doc}.gold.json").read_text())
        rec = preds.get(doc)
        text = rec["text"] if rec else (folder / f"{doc}.txt").read_text()
        sents = [s.group(0).strip() for s in SENT.finditer(text) if s.group(0).strip()]
        forms = [f.lower() for f in _names(gold, person)]
        given = [e for e in gold["events"] if e["type"] == "sentence" and person in e["persons"]]
        gterms = sorted({str(e.get("term_months")) for e in given})
        n += 1
        print(f"## {name} {doc} {kind} {months} | {person} | run {_run_terms(rec, person)} gold {gterms}")
        named = [i for i, s in enumerate(sents) if any(f in s.lower() for f in forms)]
        shown = [i for i in named if TERMISH.search(sents[i])]
        for i in shown:
            print("   -", sents[i][:400])
        if not shown:
            near = sorted({j for i in named for j in (i + 1, i + 2) if j < len(sents)} - set(named))
            for j in near:
                if TERMISH.search(sents[j]):
                    print("   ~", sents[j][:400])
    return n


_ABBREVIATIONS = frozenset({"art.", "arts.", "pt."})


def constructions(names: list[str]) -> None:
    """Every place in the sets' articles where a session 54 rule reads its construction, with the
    sentence, so that each can be judged against the gold: a term on a distributive adverb, a time
    read as a conjunct's subject, a verb joined past an open "who" clause, a legal abbreviation
    before a number, a bare "serving" on a relative clause, "drew" with a term. Runs the
    extractor's pipeline (slow)."""
    from vigil.extract.en import participants as pa
    from vigil.extract.en import triggers as tr
    from vigil.extract.en.extractor import EnglishExtractor

    relabelled: list[int] = []
    original = tr.relabel_time_subjects

    def recording(doc) -> None:  # the times the parser read as a conjunct's subject, relabelled
        before = [t.dep_ for t in doc]
        original(doc)
        relabelled.extend(t.i for t in doc if t.dep_ != before[t.i])

    tr.relabel_time_subjects = recording
    ex = EnglishExtractor()
    counts: dict[str, int] = {}
    for name in names:
        folder, judge = resolve(name)
        if judge:
            raise SystemExit(f"{name} is a judge: no sentences")
        for path in sorted(folder.glob("*.txt")):
            relabelled.clear()
            doc = ex.nlp(ex._make_doc(path.read_text()))
            hits = [("time-subject", doc[i].head) for i in relabelled]
            for t in doc:
                if tr._term_on_distributive(t) and t.lower_ != "respectively":
                    hits.append(("distributive", t))
                if t.lower_ in _ABBREVIATIONS and t.i + 1 < len(doc) and doc[t.i + 1].like_num:
                    hits.append(("abbreviation", t))
                if pa._relative_closed_by_conjunct(t) is not None:
                    hits.append(("closed-relative", t))
                if pa._serving_beside(t) is not None:
                    hits.append(("serving-beside", t))
                if t.lemma_ == "draw" and t.pos_ == "VERB" and tr._term_object(t, None):
                    hits.append(("drew", t))
            for kind, t in hits:
                counts[kind] = counts.get(kind, 0) + 1
                print(f"## {kind} {name} {path.stem}\n   {t.sent.text.strip()[:400]}")
    print("#", counts)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("tag")
    ap.add_argument("sets", nargs="+")
    ap.add_argument("--scores", type=Path, default=OUT, help="the scores folder (a worktree reads main's)")
    ap.add_argument("--constructions", action="store_true", help="list the places the session 54 rules read")
    args = ap.parse_args()
    if args.constructions:
        constructions(args.sets)
        return
    total = sum(census(args.tag, s, args.scores) for s in args.sets)
    print(f"# {total} term misses and false terms")


if __name__ == "__main__":
    main()
