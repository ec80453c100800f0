"""Session 49: the pair scorer retrained on every read set, calibrated out of fold, and a
promotion threshold per event type at which its pairs become events.

    PYTHONPATH=src .venv/bin/python benchmarks/pairs_s49.py oof [--tag L49]
    PYTHONPATH=src .venv/bin/python benchmarks/pairs_s49.py train [--tag L49]
    PYTHONPATH=src .venv/bin/python benchmarks/pairs_s49.py promote --base L49 --out TAG SET...

The model, its features and its export are session 39's (`pairs_s39.py`, imported, not copied).
What is new:

* **oof**: every (person, type) pair of the read sets ($EN $RU $BE of `/work/wt/sets.sh`) and
  of the real-news tuning halves `pairs_s39.TUNING` is scored by a model that never saw its set
  (grouped cross-validation, groups = sets, `FOLDS` folds). From the out-of-fold scores of the
  pairs the rules did NOT give (and the runtime would score: the person found, a word of the type
  near), it prints precision and support per type and language at each threshold and chooses
  a **promotion threshold per type**: the lowest score at which the promoted pairs are right at
  least `TARGET` of the time with at least `MIN_SUPPORT` of them, and stay so at every higher
  threshold that still has `MIN_SUPPORT`. A type that never gets there is not promoted.
  `--residual` fits on the runtime's pairs only, `--drop` leaves features out (session 49
  measured both: neither lifts the top of the scale; docs/extract.md, "Suggested events").
* **train**: fits the model on all those pairs (as `pairs_s39.py train`, now with the
  session's sets) and writes it with the thresholds (`"promote"`) into
  `src/vigil/extract/suggest_model.json`.
* **promote**: a run's extractions with the suggestions and promoted events made anew by
  today's `suggest.attach`, scored like `score_sets.py run` (no set is parsed again).

Pairs are cached per tag in `.cache/pairs-s49/` (the read sets' outputs do not change within a
session). Judges ($BLIND, $JUDGE, the held-out halves) are never read here.

scikit-learn is needed only here (the `train` extra of pyproject.toml); no runtime dependency.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import pickle
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("pairs_s39", ROOT / "benchmarks" / "pairs_s39.py")
pairs_s39 = importlib.util.module_from_spec(_spec)
sys.modules["pairs_s39"] = pairs_s39
_spec.loader.exec_module(pairs_s39)

from vigil.extract import suggest  # noqa: E402

FOLDS = 5
TARGET = 0.90
MIN_SUPPORT = 20
GRID = [round(0.5 + k / 100, 2) for k in range(50)]  # 0.50 … 0.99
CACHE = ROOT / ".cache" / "pairs-s49"


def training_sets() -> list[str]:
    lists = pairs_s39.set_lists()
    return lists["EN"] + lists["RU"] + lists["BE"] + list(pairs_s39.TUNING)


def pairs(tag: str) -> list[dict]:
    """Every pair of the training sets, built once per tag and feature set."""
    path = CACHE / f"{tag}.pkl"
    names = training_sets()
    if path.exists():
        cached = pickle.loads(path.read_bytes())
        today = _feature_names()
        if cached["names"] == names and set(today) <= set(cached.get("features", ())):
            dropped = set(cached["features"]) - set(today)  # features measured and dropped since
            if dropped:
                for c in cached["pairs"]:
                    c["feats"] = {k: v for k, v in c["feats"].items() if k not in dropped}
            return cached["pairs"]
    built, _ = pairs_s39.build(tag, names)
    CACHE.mkdir(parents=True, exist_ok=True)
    path.write_bytes(pickle.dumps({"names": names, "pairs": built, "features": _feature_names()}))
    return built


def _feature_names() -> list[str]:
    """The names `suggest.features` gives today (a changed feature set rebuilds the pairs)."""
    text = "A court jailed Ales Bialiatski. Bialiatski was detained in 2021."
    lex = suggest.lexicon("en")
    person = {"id": "p1", "name": "Ales Bialiatski", "mentions": [[15, 30]]}
    record = {"language": "en", "text": text, "persons": [person], "events": [], "quotes": []}
    art = suggest.article(text, lex, [person])
    mtoks = suggest.mentions(art, person, [person])
    return sorted({k for t in suggest.TYPES for k in suggest.features(art, lex, record, person, mtoks, t)})


def runtime_pairs(cands: list[dict]) -> list[dict]:
    """The pairs the runtime scores: not given by the rules, the person found, a word of the type near."""
    return [c for c in cands if not c["given"] and c["found"] and c["near"]]


def out_of_fold(cands: list[dict], drop: tuple[str, ...] = (), residual: bool = False):
    """Each pair's score by a model fitted on the folds its set is not in (`residual`: fitted on
    the pairs the runtime scores only; `drop`: without those features)."""
    import numpy as np
    from sklearn.ensemble import HistGradientBoostingClassifier
    from sklearn.model_selection import GroupKFold

    names = sorted({k for c in cands for k in c["feats"]} - set(drop))
    X = pairs_s39._matrix(cands, names)
    y = np.array([c["label"] for c in cands])
    groups = [c["set"] for c in cands]
    scored = np.array([not c["given"] and c["found"] and c["near"] for c in cands])
    oof = np.zeros(len(cands))
    for train_idx, test_idx in GroupKFold(n_splits=FOLDS).split(X, y, groups):
        if residual:
            train_idx = train_idx[scored[train_idx]]
        model = HistGradientBoostingClassifier(random_state=0, **pairs_s39.PARAMS)
        model.fit(X[train_idx], y[train_idx])
        oof[test_idx] = model.predict_proba(X[test_idx])[:, 1]
    return oof


def curve(best: dict) -> list[tuple[float, int, int]]:
    """(threshold, promoted, right) over the grid."""
    return [
        (th, sum(s >= th for s, _ in best.values()), sum(lab for s, lab in best.values() if s >= th))
        for th in GRID
    ]


def choose(rows: list[tuple[float, int, int]]) -> float | None:
    """The lowest threshold right ≥ TARGET with ≥ MIN_SUPPORT promoted, and at every higher one
    that still has MIN_SUPPORT."""
    for k, (_th, n, tp) in enumerate(rows):
        if n < MIN_SUPPORT or tp / n < TARGET:
            continue
        if all(tp2 / n2 >= TARGET for _t, n2, tp2 in rows[k:] if n2 >= MIN_SUPPORT):
            return rows[k][0]
    return None


def calibrate(cands: list[dict], oof) -> dict:
    report: dict = {"types": {}, "langs": {}}
    cells = {}
    for t in suggest.TYPES:
        for lang in ("all", *suggest.LANGS):
            idx = [
                i
                for i, c in enumerate(cands)
                if c["type"] == t
                and (lang == "all" or pairs_s39.lang_of(c["set"]) == lang)
                and c["set"] not in pairs_s39.TUNING
            ]
            best = pairs_s39.residual_best([cands[i] for i in idx], oof[idx])
            rows = curve(best)
            th = choose(rows)
            cells[(t, lang)] = (th, rows, sum(lab for _s, lab in best.values()), len(best))
            shown = "  ".join(
                f"{r[0]}:{r[2]}/{r[1]}" for r in rows if r[0] in (0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95)
            )
            print(
                f"{t:12} {lang:4} residual {len(best):5} true {cells[(t, lang)][2]:4}  chosen {th}  {shown}"
            )
        report["types"][t] = cells[(t, "all")][0]
    # the tuning halves apart (general news, partial gold): what the chosen thresholds promote there
    for name in pairs_s39.TUNING:
        idx = [i for i, c in enumerate(cands) if c["set"] == name]
        best = pairs_s39.residual_best([cands[i] for i in idx], oof[idx])
        hit = [
            (s, lab, key[2])
            for key, (s, lab) in best.items()
            if report["types"].get(key[2]) is not None and s >= report["types"][key[2]]
        ]
        print(f"tuning {name}: promoted out of fold {len(hit)}, right {sum(h[1] for h in hit)}")
    report["cells"] = {
        f"{t}-{lang}": {"threshold": v[0], "true": v[2], "residual": v[3], "rows": v[1]}
        for (t, lang), v in cells.items()
    }
    return report


def cmd_oof(a) -> int:
    cands = pairs(a.tag)
    print(f"pairs {len(cands)}, true {sum(c['label'] for c in cands)}, sets {len({c['set'] for c in cands})}")
    oof = out_of_fold(cands, tuple(a.drop), a.residual)
    (CACHE / f"{a.tag}{a.variant}.oof.pkl").write_bytes(pickle.dumps(oof))
    report = calibrate(cands, oof)
    report["variant"] = {"drop": a.drop, "residual": a.residual}
    (CACHE / f"{a.tag}{a.variant}.calibration.json").write_text(json.dumps(report, indent=1))
    print("thresholds", report["types"])
    return 0


def cmd_train(a) -> int:
    import numpy as np

    cands = pairs(a.tag)
    report = json.loads((CACHE / f"{a.tag}{a.variant}.calibration.json").read_text())
    model, names = pairs_s39.fit(runtime_pairs(cands) if a.residual else cands)
    data = pairs_s39.export(model, names)
    data["about"] = (
        "vigil.extract.suggest: gradient-boosted trees over suggest.features; "
        "written by benchmarks/pairs_s49.py train"
    )
    data["promote"] = {t: th for t, th in report["types"].items() if th is not None}
    out = ROOT / "src" / "vigil" / "extract" / "suggest_model.json"
    out.write_text(json.dumps(data, separators=(",", ":")) + "\n")
    ours = suggest.Model.load(out)
    theirs = model.predict_proba(pairs_s39._matrix(cands, names))[:, 1]
    mine = np.array([ours.score(c["feats"]) for c in cands])
    worst = float(np.abs(theirs - mine).max())
    print(
        f"wrote {out} ({out.stat().st_size:,} bytes, {len(data['trees'])} trees, {len(names)} features, "
        f"promote {data['promote']}); largest difference from scikit-learn {worst:.2e} "
        f"over {len(cands)} pairs"
    )
    return 0 if worst < 1e-6 else 1


def cmd_promote(a) -> int:
    """Each set's extraction of run `--base` with its suggestions and promoted events made anew by
    today's `suggest.attach`, scored under `--out` as `score_sets.py run` scores. The rules' output
    is the base run's (this code changes no rule), and `attach` reads nothing but the extraction:
    the result is what `vigil extract` gives, without parsing every set again."""
    from vigil.model import Extraction

    score_sets = pairs_s39.score_sets
    for name in a.sets:
        folder, _blind = score_sets.resolve(name)
        lines = []
        base = (score_sets.OUT / a.base / f"{name}.jsonl").read_text(encoding="utf-8")
        for line in base.splitlines():
            if line.strip():
                x = Extraction.from_json(json.loads(line))
                x.suggested_events = []
                lines.append(json.dumps(suggest.attach(x).to_json(), ensure_ascii=False) + "\n")
        out = score_sets.OUT / a.out
        out.mkdir(parents=True, exist_ok=True)
        pred = out / f"{name}.jsonl"
        pred.write_text("".join(lines), encoding="utf-8")
        (out / f"{name}.err").write_text("")
        (out / f"{name}.score.json").write_text(score_sets.score(folder, pred, "--json"))
        (out / f"{name}.verbose.txt").write_text(score_sets.score(folder, pred, "--verbose"))
        print(f"{a.out} {name} {score_sets.load(a.out, name)['extraction_f1']:.3f}", flush=True)
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("command", choices=("oof", "train", "promote"))
    ap.add_argument("--tag", default="L49")
    ap.add_argument("--drop", nargs="*", default=[], help="features left out (to measure what they add)")
    ap.add_argument("--residual", action="store_true", help="fit on the pairs the runtime scores only")
    ap.add_argument("--variant", default="", help="a suffix for the out-of-fold files of a variant")
    ap.add_argument("--base", default="L49", help="promote: the run whose extractions are read")
    ap.add_argument("--out", help="promote: the tag written")
    ap.add_argument("sets", nargs="*", help="promote: the sets")
    a = ap.parse_intermixed_args()
    return {"oof": cmd_oof, "train": cmd_train, "promote": cmd_promote}[a.command](a)


if __name__ == "__main__":
    sys.exit(main())
