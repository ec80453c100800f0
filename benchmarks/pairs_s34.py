"""Session 34: can a learned scorer add the (person, event type) pairs the rules miss? Measured.

    PYTHONPATH=src .venv/bin/python benchmarks/pairs_s34.py ceiling [--tag L33]
    PYTHONPATH=src .venv/bin/python benchmarks/pairs_s34.py cv [--tag L33] [--out FILE.json]

Three sessions of hand-written classes raised the read sets but not the judges' event recall;
the misses are a long tail told across sentences. This asks whether a document-level model
generalises where rules do not. For every read set ($EN $RU $BE of `/work/wt/sets.sh`, never a
blind or held-out one) it takes a run's predictions (`.cache/scores/TAG/SET.jsonl`) and the gold,
and builds one candidate per (person Vigil found, event type Vigil did not give that person).
The label is whether the gold holds that pair, persons matched exactly as `score.py` matches
them. `ceiling` counts what a perfect scorer could add; `cv` trains a logistic regression and a
gradient-boosting model on language-agnostic features read with Vigil's own lexicons
(`patterns/`) and reports, with cross-validation grouped by set, the precision of the pairs
added and the share of all missed events they recover, per language and threshold.
scikit-learn is needed only here (`pip install scikit-learn==1.5.2`); it is no runtime dependency.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import math
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

# the trigger readers and the article cut live with the runtime scorer they became
from vigil.extract.suggest import Lexicon as SuggestLexicon
from vigil.extract.suggest import _en_forms, _pattern_lemmas, _stem
from vigil.extract.suggest import article as cut_article

ROOT = Path(__file__).resolve().parent.parent
TYPES = ("arrest", "sentence", "release", "deportation", "death")
LANGS = ("en", "ru", "be")
PATTERNS = ROOT / "src" / "vigil" / "extract"


def _load(name: str, path: Path):
    """A module by path: score.py lives outside the package, score_sets.py beside this file."""
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


score_sets = _load("score_sets", ROOT / "benchmarks" / "score_sets.py")
score = _load("score", score_sets.SCORE)


def read_sets(path: Path = Path("/work/wt/sets.sh")) -> dict[str, list[str]]:
    """The read sets of each language, from the session's set lists ($EN $RU $BE)."""
    out = {}
    for line in path.read_text().splitlines():
        m = re.match(r'(EN|RU|BE)="(.*)"', line)
        if m:
            out[m.group(1).lower()] = m.group(2).split()
    return out


# ---------------------------------------------------------------- lexicons (Vigil's own)


@dataclass
class Lexicon:
    """Trigger forms per type and the cue words (negation/modality, roles) of one language."""

    exact: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    stems: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    hedges: set[str] = field(default_factory=set)
    counsel: set[str] = field(default_factory=set)
    authority: set[str] = field(default_factory=set)
    relation: set[str] = field(default_factory=set)

    def trigger_types(self, word: str) -> set[str]:
        w = word.casefold().replace("ё", "е")
        out = {t for t, forms in self.exact.items() if w in forms}
        for t, stems in self.stems.items():
            if any(w.startswith(s) for s in stems):
                out.add(t)
        return out


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def load_lexicon(lang: str) -> Lexicon:
    """Build a language's lexicon from `patterns/` only: no new word list is invented here."""
    lex = Lexicon()
    pat = PATTERNS / lang / "patterns"
    if lang == "en":
        from vigil.extract.en.modality import _NEGATIONS

        for path in (pat / "triggers.jsonl", pat / "noun_triggers.jsonl"):
            for rule in _jsonl(path):
                for lemma in rule.get("lemmas", []):
                    lex.exact[rule["label"]] |= _en_forms(lemma.lower())
        words = json.loads((pat / "lexicon.json").read_text())
        for t, key in (
            ("arrest", "attributive_arrest"),
            ("release", "attributive_release"),
            ("deportation", "attributive_deportation"),
            ("sentence", "attributive_sentence"),
        ):
            lex.exact[t] |= set(words[key])
        lex.hedges = set(words["headline_hedges"]) | set(_NEGATIONS) | set(words["unsettled_states"])
        lex.counsel = set(words["counsel_roles"])
        lex.authority = set(words["authority_roles"]) | set(words["force_roles"])
        lex.relation = set(words["relation_nouns"]) | set(words["companion_nouns"]) | set(words["patients"])
        return lex
    for rule in _jsonl(pat / "triggers.jsonl"):
        for lemma in _pattern_lemmas(rule.get("pattern", [])):
            lex.stems[rule["label"]].add(_stem(lemma.lower()))
    words = json.loads((pat / "words.json").read_text())
    lex.hedges = set(words["negation"]) | set(words["conditional"]) | {_stem(w) for w in words["blockers"]}
    lex.authority = {w for w in words["agent_roles"]}
    lex.relation = set(words["relation_forms"])
    counsel = {"en": [], "ru": ["адвокат", "защитник"], "be": ["адвакат", "абаронца"]}[lang]
    lex.counsel = {w for w in lex.relation if any(w.startswith(c) for c in counsel)}
    return lex


# ---------------------------------------------------------------- text structure

_NO_TRIGGERS = SuggestLexicon()  # the cut only: this script reads triggers with its own lexicon


@dataclass
class Doc:
    """An article cut into tokens, sentences and paragraphs, with trigger types per token."""

    text: str
    tokens: list[tuple[int, int, str]]
    sent_of_tok: list[int]
    sent_bounds: list[tuple[int, int]]
    para_of_sent: list[int]
    trig: list[set[str]]
    sent_types: list[set[str]] = field(default_factory=list)
    trig_toks: dict[str, list[int]] = field(default_factory=dict)
    cache: dict = field(default_factory=dict)

    def sent_at(self, offset: int) -> int:
        for i, (a, b) in enumerate(self.sent_bounds):
            if a <= offset < b:
                return i
        return len(self.sent_bounds) - 1


def make_doc(text: str, lex: Lexicon) -> Doc:
    """The article cut as the runtime scorer cuts it (`suggest.article`), with this lexicon's triggers."""
    cut = cut_article(text, _NO_TRIGGERS)
    doc = Doc(
        text,
        cut.tokens,
        cut.sent_of_tok,
        cut.sent_bounds,
        cut.para_of_sent,
        [lex.trigger_types(w) for *_, w in cut.tokens],
    )
    doc.sent_types = [set() for _ in cut.sent_bounds]
    doc.trig_toks = {t: [] for t in TYPES}
    for i, ts in enumerate(doc.trig):
        doc.sent_types[doc.sent_of_tok[i]] |= ts
        for t in ts:
            doc.trig_toks[t].append(i)
    return doc


# ---------------------------------------------------------------- candidates and features


@dataclass
class Candidate:
    set: str
    lang: str
    doc: str
    type: str
    person: str  # the gold name it resolves to, or "?name"
    label: int
    feats: dict[str, float]


def person_mentions(doc: Doc, person: dict) -> list[int]:
    """Token indices of a person: Vigil's own mentions plus the surname's declined forms."""
    spans = [tuple(m) for m in person.get("mentions", [])]
    parts = person.get("name", "").split()
    surname = parts[-1] if parts else ""
    stem = surname if len(surname) < 5 else surname[: max(4, len(surname) - 2)]
    out = []
    for i, (a, _b, w) in enumerate(doc.tokens):
        if any(sa <= a < sb for sa, sb in spans) or (stem and w[:1].isupper() and w.startswith(stem)):
            out.append(i)
    return out


def features(doc: Doc, lex: Lexicon, pred: dict, person: dict, t: str, lang: str, headline_end: int) -> dict:
    """What the article says around one person about one event type, in numbers."""
    f: dict[str, float] = {f"lang_{lang}": 1.0, f"type_{t}": 1.0}
    persons = pred.get("persons", [])
    f["n_persons"] = math.log1p(len(persons))
    key = ("mentions", person["id"])
    if key not in doc.cache:
        doc.cache[key] = person_mentions(doc, person)
    mtoks = doc.cache[key]
    nsent = len(doc.sent_bounds)
    msents = sorted({doc.sent_of_tok[i] for i in mtoks})
    f["n_mentions"] = math.log1p(len(mtoks))
    f["n_mention_sents"] = math.log1p(len(msents))
    f["first_mention_rel"] = (msents[0] / nsent) if msents else 1.0
    f["in_headline"] = float(any(doc.tokens[i][0] < headline_end for i in mtoks))
    tsents = [doc.sent_of_tok[i] for i in doc.trig_toks[t]]
    tset = set(tsents)
    f["trig_article"] = math.log1p(len(tsents))
    f["trig_headline"] = float(any(doc.tokens[i][0] < headline_end for i in doc.trig_toks[t]))
    f["trig_headline_and_person"] = f["trig_headline"] * f["in_headline"]
    f["trig_same_sent"] = math.log1p(sum(s in tset for s in msents))
    f["trig_adj_sent"] = float(any((s - 1) in tset or (s + 1) in tset for s in msents))
    mparas = {doc.para_of_sent[s] for s in msents}
    f["trig_same_para"] = float(any(doc.para_of_sent[s] in mparas for s in tset))
    dist = min((abs(a - b) for a in msents for b in tset), default=10)
    f["sent_distance"] = min(dist, 10) / 10
    f["no_trigger"] = float(not tset)
    # other triggers in the person's sentences (a verdict told, an arrest missed?)
    for other in TYPES:
        if other != t:
            f[f"other_trig_same_sent_{other}"] = float(any(other in doc.sent_types[s] for s in msents))
    # the person in a list of names
    if "names_in_sent" not in doc.cache:
        spans_by_person = [{doc.sent_at(a) for a, _b in p.get("mentions", [])} for p in persons]
        doc.cache["names_in_sent"] = Counter(s for ss in spans_by_person for s in ss)
    names_in_sent = doc.cache["names_in_sent"]
    list_sents = [s for s in msents if names_in_sent[s] >= 2]
    f["in_list"] = float(bool(list_sents))
    f["list_size"] = math.log1p(max((names_in_sent[s] for s in msents), default=0))
    digit = re.compile(r"\d")
    f["list_with_number"] = float(any(digit.search(doc.text[slice(*doc.sent_bounds[s])]) for s in list_sents))
    f["list_near_trigger"] = float(any(abs(s - b) <= 1 for s in list_sents for b in tset))
    # Vigil's own events: for this person and for the article
    pid = person["id"]
    mine = {e["type"] for e in pred.get("events", []) if pid in e.get("persons", [])}
    for other in TYPES:
        f[f"pred_has_{other}"] = float(other in mine)
        f[f"pred_has_{other}_x_{t}"] = float(other in mine)  # an interaction the linear model needs
    f["pred_n_types"] = len(mine)
    of_t = [e for e in pred.get("events", []) if e["type"] == t]
    f["article_has_t"] = float(bool(of_t))
    f["article_t_group_count"] = float(any(e.get("count") is not None for e in of_t))
    f["article_t_persons"] = math.log1p(len({p for e in of_t for p in e.get("persons", [])}))
    mchars = [doc.tokens[i][0] for i in mtoks]
    f["in_t_evidence"] = float(
        any(e.get("evidence") and e["evidence"][0] <= c < e["evidence"][1] for e in of_t for c in mchars)
    )
    f["in_any_evidence"] = float(
        any(
            e.get("evidence") and e["evidence"][0] <= c < e["evidence"][1]
            for e in pred.get("events", [])
            for c in mchars
        )
    )
    f["in_t_evidence_sentences"] = float(
        any(
            e.get("evidence")
            and doc.sent_at(e["evidence"][0]) <= s <= doc.sent_at(max(e["evidence"][1] - 1, 0))
            for e in of_t
            for s in msents
        )
    )
    f["quote_speaker"] = float(any(q.get("speaker") == pid for q in pred.get("quotes", [])))
    f["has_role"] = float(bool(person.get("roles")))
    # role nouns within three words of a mention
    near = {
        doc.tokens[j][2].casefold() for i in mtoks for j in range(max(0, i - 3), min(len(doc.tokens), i + 4))
    }
    roles = " ".join(person.get("roles", [])).casefold().split()
    near |= set(roles)
    f["role_counsel"] = float(bool(near & lex.counsel))
    f["role_authority"] = float(bool(near & lex.authority))
    f["role_relation"] = float(bool(near & lex.relation))
    # negation or modality near the triggers told in the person's sentences (±1)
    close = {s + d for s in msents for d in (-1, 0, 1)}
    hedged = total = 0
    for i in doc.trig_toks[t]:
        if doc.sent_of_tok[i] in close:
            total += 1
            window = [doc.tokens[j][2].casefold() for j in range(max(0, i - 4), i)]
            hedged += any(
                w in lex.hedges or any(w.startswith(h) for h in lex.hedges if len(h) >= 5) for w in window
            )
    f["near_triggers"] = math.log1p(total)
    f["unhedged_near_triggers"] = math.log1p(total - hedged)
    # words between a mention and a trigger of the type in one sentence (the closest pair)
    gap = min(
        (abs(i - j) for i in mtoks for j in doc.trig_toks[t] if doc.sent_of_tok[i] == doc.sent_of_tok[j]),
        default=60,
    )
    f["token_gap"] = min(gap, 60) / 60
    # how much of the article Vigil already covers: persons with any event, events in all
    with_events = {p for e in pred.get("events", []) for p in e.get("persons", [])}
    f["share_persons_with_events"] = len(with_events) / len(persons) if persons else 0.0
    f["pred_events"] = math.log1p(len(pred.get("events", [])))
    f["group_events_any"] = float(any(e.get("count") is not None for e in pred.get("events", [])))
    f["hedged_share"] = hedged / total if total else 0.0
    return f


def headline_end(pred: dict) -> int:
    """The end of the article's first line (the headline as the text gives it)."""
    text = pred.get("text", "")
    stripped = text.lstrip()
    offset = len(text) - len(stripped)
    n = stripped.find("\n")
    return offset + (n if n >= 0 else len(stripped))


@dataclass
class SetStats:
    gold_events: int = 0
    predicted_hits: int = 0
    misses: int = 0
    candidate_misses: int = 0
    negatives: int = 0
    candidates: int = 0


def build(tag: str, sets: dict[str, list[str]]) -> tuple[list[Candidate], dict[str, SetStats]]:
    """Candidates and labels for every read set; the misses per language for the ceiling."""
    lexicons = {lang: load_lexicon(lang) for lang in LANGS}
    out: list[Candidate] = []
    stats = {lang: SetStats() for lang in LANGS}
    for lang, names in sets.items():
        lex = lexicons[lang]
        for name in names:
            folder, blind = score_sets.resolve(name)
            assert not blind, name
            preds = {}
            for d in _jsonl(score_sets.OUT / tag / f"{name}.jsonl"):
                preds[Path(d["source"]).name.removesuffix(".txt")] = d
            for gf in sorted(folder.glob("*.gold.json")):
                key = gf.name.removesuffix(".gold.json")
                data = json.loads(gf.read_text(encoding="utf-8"))
                gold = score.Gold(data)
                gt = score.tuples_gold(data)["events"]
                pred = preds.get(key, {"text": "", "persons": [], "events": []})
                pt, found, _ = score.tuples_pred(pred, gold)
                pt = pt["events"]
                st = stats[lang]
                st.gold_events += len(gt)
                st.predicted_hits += len(gt & pt)
                misses = gt - pt
                st.misses += len(misses)
                st.candidate_misses += sum(p in found for _t, p in misses)
                text = pred.get("text", "")
                doc = make_doc(text, lex)
                hend = headline_end(pred)
                seen = set()
                for person in pred.get("persons", []):
                    rid = gold.resolve(person, text) or "?" + person.get("name", person["id"])
                    for t in TYPES:
                        if (t, rid) in pt:
                            continue  # Vigil gave it (to this or a variant of the same person)
                        label = int((t, rid) in gt)
                        if (t, rid) not in seen:
                            st.candidates += 1
                            st.negatives += 1 - label
                            seen.add((t, rid))
                        out.append(
                            Candidate(
                                name,
                                lang,
                                key,
                                t,
                                rid,
                                label,
                                features(doc, lex, pred, person, t, lang, hend),
                            )
                        )
    return out, stats


# ---------------------------------------------------------------- cross-validation


def pair_scores(cands: list[Candidate], scores) -> dict[tuple, tuple[float, int]]:
    """One score per distinct pair (a person Vigil split in two counts once), with its label."""
    best: dict[tuple, tuple[float, int]] = {}
    for c, s in zip(cands, scores, strict=True):
        key = (c.set, c.doc, c.type, c.person)
        if key not in best or s > best[key][0]:
            best[key] = (float(s), c.label)
    return best


def curve(best: dict, misses: int, thresholds) -> list[dict]:
    rows = []
    for th in thresholds:
        added = [lab for s, lab in best.values() if s >= th]
        tp = sum(added)
        rows.append(
            {
                "threshold": th,
                "added": len(added),
                "tp": tp,
                "precision": round(tp / len(added), 3) if added else None,
                "recall_of_misses": round(tp / misses, 4) if misses else 0.0,
            }
        )
    return rows


def best_at_precision(best: dict, misses: int, target: float = 0.90) -> dict:
    """The most true pairs any threshold adds while precision stays at or above the target."""
    ranked = sorted(best.values(), key=lambda x: -x[0])
    tp = top = 0
    out = {"tp": 0, "added": 0, "threshold": None, "recall_of_misses": 0.0}
    for i, (s, lab) in enumerate(ranked, 1):
        tp += lab
        if tp / i >= target and tp > top and (i == len(ranked) or ranked[i][0] < s):
            top = tp
            out = {"tp": tp, "added": i, "threshold": round(s, 4), "recall_of_misses": round(tp / misses, 4)}
    return out


def separability(cands: list[Candidate]) -> dict:
    """How often the strongest single cues hold for true and for false candidates, per language."""
    cues = (
        "trig_same_sent",
        "trig_adj_sent",
        "trig_same_para",
        "no_trigger",
        "in_t_evidence",
        "in_t_evidence_sentences",
        "in_list",
        "article_has_t",
    )
    out = {}
    for lang in LANGS:
        for label in (1, 0):
            group = [c for c in cands if c.lang == lang and c.label == label]
            out[f"{lang}_{'true' if label else 'false'}"] = {
                "n": len(group),
                **{cue: round(sum(c.feats[cue] > 0 for c in group) / max(len(group), 1), 3) for cue in cues},
            }
    return out


def cross_validate(cands: list[Candidate], stats: dict[str, SetStats], folds: int) -> dict:
    import numpy as np
    from sklearn.ensemble import HistGradientBoostingClassifier
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import average_precision_score
    from sklearn.model_selection import GroupKFold, LeaveOneGroupOut
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    names = sorted({k for c in cands for k in c.feats})
    X = np.array([[c.feats.get(k, 0.0) for k in names] for c in cands])
    y = np.array([c.label for c in cands])
    groups = np.array([c.set for c in cands])
    models = {
        "logreg": lambda: make_pipeline(StandardScaler(), LogisticRegression(max_iter=2000, C=0.5)),
        "gboost": lambda: HistGradientBoostingClassifier(
            max_iter=200, learning_rate=0.06, max_leaf_nodes=15, min_samples_leaf=30, l2_regularization=1.0
        ),
    }
    report: dict = {
        "features": names,
        "n_candidates": len(cands),
        "positives": int(y.sum()),
        "models": {},
        "separability": separability(cands),
    }
    thresholds = (0.5, 0.7, 0.8, 0.9, 0.95)
    for mname, make in models.items():
        oof = np.zeros(len(y))
        splitter = LeaveOneGroupOut() if folds == 0 else GroupKFold(n_splits=folds)
        for k, (train, test) in enumerate(splitter.split(X, y, groups)):
            model = make().fit(X[train], y[train])
            oof[test] = model.predict_proba(X[test])[:, 1]
            print(f"  {mname} fold {k + 1} done", file=sys.stderr, flush=True)
        res = {}
        for lang in (*LANGS, "all"):
            idx = [i for i, c in enumerate(cands) if lang == "all" or c.lang == lang]
            misses = sum(s.misses for s in stats.values()) if lang == "all" else stats[lang].misses
            best = pair_scores([cands[i] for i in idx], oof[idx])
            res[lang] = {
                "misses": misses,
                "curve": curve(best, misses, thresholds),
                "average_precision": round(
                    average_precision_score(
                        [lab for _s, lab in best.values()], [sc for sc, _l in best.values()]
                    ),
                    3,
                ),
                "at_p90": best_at_precision(best, misses, 0.90),
                "at_p80": best_at_precision(best, misses, 0.80),
            }
        report["models"][mname] = res
        if mname == "logreg":
            full = make().fit(X, y)
            coef = full[-1].coef_[0]
            report["logreg_top"] = sorted(
                zip(names, map(float, coef), strict=True), key=lambda x: -abs(x[1])
            )[:15]
    return report


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("command", choices=("ceiling", "cv"))
    ap.add_argument("--tag", default="L33")
    ap.add_argument("--folds", type=int, default=20, help="folds grouped by set; 0 = leave one set out")
    ap.add_argument("--out", type=Path)
    a = ap.parse_args()
    cands, stats = build(a.tag, read_sets())
    ceiling = {lang: vars(s) for lang, s in stats.items()}
    for lang, s in ceiling.items():
        print(
            f"{lang}: gold events {s['gold_events']}, hit {s['predicted_hits']}, missed {s['misses']}, "
            f"of which person found (candidates) {s['candidate_misses']}, "
            f"negative candidates {s['negatives']}"
        )
    report: dict = {"tag": a.tag, "ceiling": ceiling}
    if a.command == "cv":
        report |= cross_validate(cands, stats, a.folds)
        for mname, res in report["models"].items():
            for lang, r in res.items():
                cells = "  ".join(
                    f"t{row['threshold']}: P={row['precision']} +{row['tp']}/{row['added']}"
                    f" ({row['recall_of_misses']:.1%})"
                    for row in r["curve"]
                )
                print(f"{mname} {lang} (misses {r['misses']}, AP {r['average_precision']}): {cells}")
                print(f"    best at P>=0.90: {r['at_p90']}   at P>=0.80: {r['at_p80']}")
        for k, v in report["separability"].items():
            print("separability", k, v)
        print("logreg top weights:", [(k, round(v, 2)) for k, v in report["logreg_top"]])
    if a.out:
        a.out.write_text(json.dumps(report, indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
