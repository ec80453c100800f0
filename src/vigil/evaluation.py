"""Scoring extractions against hand-made gold files, for `vigil evaluate`.

A gold folder holds `NAME.txt` (the article) beside `NAME.gold.json` (what a documenter says
it asserts: persons, events, quotes; the format is in docs/extract.md). Matching follows the
project's judge (`shared/eval/score.py`) so that a documenter's figures are the team's:
persons match by full form or by surname with a compatible first initial; events are
(type, person) pairs, counts (type, count), terms (person, months); a quote matches when its
speaker is right and its first four words agree. The headline is the mean F1 of events,
counts, terms and quotes. Unlike the judge, every miss and false positive is kept with the
sentence it comes from, so an annotator can see *why* a figure moved.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from vigil.errors import SourceError

CATEGORIES = ("persons", "events", "counts", "terms", "quotes")
HEADLINE = ("events", "counts", "terms", "quotes")


def fold(text: str) -> str:
    """Case-, accent- and punctuation-blind form of a name or a quote's words."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"[^\w]+", " ", text.casefold()).strip()


def first_words(text: str, n: int = 6) -> str:
    return " ".join(fold(text).split()[:n])


def same_person(candidate: str, names: list[str]) -> bool:
    """Same full form, or same surname with a compatible (or absent) first name."""
    c = fold(candidate).split()
    if not c:
        return False
    for name in names:
        g = fold(name).split()
        if g and (c == g or c[-1] == g[-1] and (len(c) == 1 or len(g) == 1 or c[0][0] == g[0][0])):
            return True
    return False


@dataclass
class Score:
    tp: int = 0
    pred: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.tp / self.pred if self.pred else (1.0 if not self.gold else 0.0)

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else (1.0 if not self.pred else 0.0)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {
            "p": round(self.precision, 3),
            "r": round(self.recall, 3),
            "f1": round(self.f1, 3),
            "tp": self.tp,
            "pred": self.pred,
            "gold": self.gold,
        }


@dataclass(frozen=True)
class Difference:
    """One miss (in gold, not predicted) or false positive (predicted, not in gold)."""

    document: str
    category: str
    kind: str  # "miss" or "false positive"
    item: str
    sentence: str
    suggested: bool = False  # a missed event the extraction suggested for review


@dataclass
class Report:
    documents: int = 0
    scores: dict[str, Score] = field(default_factory=lambda: {c: Score() for c in CATEGORIES})
    differences: list[Difference] = field(default_factory=list)
    missing_predictions: list[str] = field(default_factory=list)
    # suggested events (never scored as events): right = among the missed events; gold = misses
    suggested: Score = field(default_factory=Score)

    @property
    def headline(self) -> float:
        """The judge's extraction F1: the mean of the four rounded category F1s."""
        return round(sum(round(self.scores[c].f1, 3) for c in HEADLINE) / len(HEADLINE), 3)

    def as_dict(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "missing_predictions": self.missing_predictions,
            "scores": {c: s.as_dict() for c, s in self.scores.items()},
            "extraction_f1": self.headline,
            "suggested_events": self.suggested.as_dict(),
            "differences": [d.__dict__ for d in self.differences],
        }


@dataclass
class GoldDocument:
    name: str
    text_path: Path
    data: dict[str, Any]

    @property
    def names(self) -> dict[str, list[str]]:
        return {p["name"]: [p["name"], *p.get("aliases", [])] for p in self.data.get("persons", [])}


def read_gold(folder: Path) -> list[GoldDocument]:
    """Every `NAME.gold.json` of a folder with its `NAME.txt`; a broken file names itself."""
    if not folder.is_dir():
        raise SourceError("not a folder of gold files", source=str(folder))
    out = []
    for path in sorted(folder.glob("*.gold.json")):
        name = path.name.removesuffix(".gold.json")
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise SourceError(f"not a gold file: {exc}", source=str(path)) from exc
        if not isinstance(data, dict):
            raise SourceError("not a gold file: expected a JSON object", source=str(path))
        out.append(GoldDocument(name, folder / f"{name}.txt", data))
    if not out:
        raise SourceError("no *.gold.json files", source=str(folder))
    return out


def read_predictions(lines: Iterable[str], *, source: str = "predictions") -> dict[str, dict[str, Any]]:
    """Extraction records (the JSONL contract) keyed by their source's file stem."""
    out: dict[str, dict[str, Any]] = {}
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            out[Path(record["source"]).name.removesuffix(".txt")] = record
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise SourceError(f"line {number} is not an extraction record ({exc})", source=source) from exc
    return out


def _sentence(text: str, start: int, end: int | None = None) -> str:
    """The sentence around a character span, on one line."""
    end = start if end is None else end
    # (a span in the first sentence has no stop before it: the sentence starts at the text's start)
    left = max([i + 2 for i in (text.rfind(". ", 0, start),) if i >= 0] + [text.rfind("\n", 0, start) + 1])
    stops = [i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0]
    right = min(stops) + 1 if stops else len(text)
    return " ".join(text[left:right].split())


def _find(text: str, words: list[str]) -> int | None:
    """Where in `text` a name or a quote's opening first appears (accent- and case-blind)."""
    for w in words:
        if not w:
            continue
        pattern = r"\W+".join(re.escape(part) for part in w.split())
        m = re.search(pattern, text, re.IGNORECASE)
        if m:
            return m.start()
    folded = text.casefold()
    for w in words:
        i = folded.find(w.casefold()) if w else -1
        if i >= 0:
            return i
    return None


def score_document(gold: GoldDocument, pred: dict[str, Any] | None, report: Report) -> None:
    """Add one document's counts and differences to `report`."""
    text = pred.get("text", "") if pred else ""
    if not text and gold.text_path.exists():
        text = gold.text_path.read_text(encoding="utf-8", errors="replace")
    names = gold.names
    # predicted person id -> gold name (or "?name" when the gold has no such person)
    ids: dict[str, str] = {}
    found: set[str] = set()
    unmatched: list[str] = []
    for p in (pred or {}).get("persons", []):
        forms = [p.get("name", "")] + [text[s:e] for s, e in p.get("mentions", []) if 0 <= s < e <= len(text)]
        forms = [f for f in forms if f]
        match = next(
            (g for g, ns in names.items() if any(fold(f) == fold(n) for f in forms for n in ns)), None
        ) or next((g for g, ns in names.items() if any(same_person(f, ns) for f in forms)), None)
        ids[p["id"]] = match or "?" + p.get("name", p["id"])
        (found.add(match) if match else unmatched.append(p.get("name", p["id"])))
    s = report.scores["persons"]
    s.tp += len(found)
    s.pred += len(found) + len(unmatched)
    s.gold += len(names)

    def where(name: str) -> str:
        at = _find(text, [n for n in names.get(name, [name.lstrip("?")])] + [name.lstrip("?").split()[-1]])
        return _sentence(text, at) if at is not None else ""

    def diff(category: str, kind: str, item: str, sentence: str, suggested: bool = False) -> None:
        report.differences.append(Difference(gold.name, category, kind, item, sentence, suggested))

    gold_sets: dict[str, set[tuple[Any, ...]]] = {c: set() for c in ("events", "counts", "terms")}
    for e in gold.data.get("events", []):
        for p in e.get("persons", []):
            gold_sets["events"].add((e["type"], p))
        if e.get("count") is not None:
            gold_sets["counts"].add((e["type"], int(e["count"])))
        if e.get("term_months") is not None:
            for p in e.get("persons", []):
                gold_sets["terms"].add((p, int(e["term_months"])))
    pred_sets: dict[str, dict[tuple[Any, ...], str]] = {c: {} for c in ("events", "counts", "terms")}
    for e in (pred or {}).get("events", []):
        start, end = (e.get("evidence") or (0, 0))[:2]
        sentence = " ".join(text[start:end].split())
        persons = [ids.get(pid, "?" + pid) for pid in e.get("persons", [])]
        for n in persons:
            pred_sets["events"].setdefault((e["type"], n), sentence)
        if e.get("count") is not None:
            pred_sets["counts"].setdefault((e["type"], int(e["count"])), sentence)
        if e.get("term_months") is not None:
            for n in persons:
                pred_sets["terms"].setdefault((n, int(e["term_months"])), sentence)
    suggested = {
        (s["type"], ids.get(s["person"], "?" + s["person"])) for s in (pred or {}).get("suggested_events", [])
    } - pred_sets["events"].keys()
    missed_events = gold_sets["events"] - pred_sets["events"].keys()
    report.suggested.tp += len(suggested & missed_events)
    report.suggested.pred += len(suggested)
    report.suggested.gold += len(missed_events)
    for category in ("events", "counts", "terms"):
        g, p = gold_sets[category], pred_sets[category]
        s = report.scores[category]
        s.tp += len(g & p.keys())
        s.pred += len(p)
        s.gold += len(g)
        for item in sorted(g - p.keys(), key=str):
            person = item[1] if category == "events" else item[0] if category == "terms" else None
            sentence = where(person) if isinstance(person, str) else ""
            diff(
                category, "miss", _label(category, item), sentence, category == "events" and item in suggested
            )
        for item in sorted(p.keys() - g, key=str):
            diff(category, "false positive", _label(category, item), p[item])

    gold_quotes: dict[tuple[str, str], str] = {}
    for q in gold.data.get("quotes", []):
        gold_quotes.setdefault((q["speaker"], first_words(q["starts_with"])), q["starts_with"])
    pred_quotes: dict[tuple[str, str], str] = {}
    quote_sentences: dict[tuple[str, str], str] = {}
    for q in (pred or {}).get("quotes", []):
        key = (ids.get(q.get("speaker") or "", "?"), first_words(q.get("text", "")))
        pred_quotes.setdefault(key, q.get("text", ""))
        span = q.get("span") or [0, 0]
        quote_sentences.setdefault(key, _sentence(text, span[0], span[1]) if span[1] else "")
    used: set[tuple[str, str]] = set()
    s = report.scores["quotes"]
    s.pred += len(pred_quotes)
    s.gold += len(gold_quotes)
    for (speaker, words), opening in gold_quotes.items():
        hit = next(
            (
                cand
                for cand in pred_quotes
                if cand not in used and cand[0] == speaker and _same_opening(words, cand[1])
            ),
            None,
        )
        if hit is not None:
            used.add(hit)
            s.tp += 1
        else:
            at = _find(text, [opening])
            diff("quotes", "miss", f"{speaker}: {opening}", _sentence(text, at) if at is not None else "")
    for cand, quote in pred_quotes.items():
        if cand not in used:
            diff(
                "quotes",
                "false positive",
                f"{cand[0]}: {' '.join(quote.split()[:12])}",
                quote_sentences[cand],
            )


def _same_opening(gold_words: str, pred_words: str) -> bool:
    g, p = gold_words.split(), pred_words.split()
    k = min(len(g), len(p), 4)
    return bool(k) and g[:k] == p[:k]


def _label(category: str, item: tuple[Any, ...]) -> str:
    if category == "events":
        return f"{item[0]}: {item[1]}"
    if category == "counts":
        return f"{item[0]}: {item[1]}"
    return f"{item[0]}: {item[1]} months"


def evaluate(gold: list[GoldDocument], predictions: dict[str, dict[str, Any]]) -> Report:
    """Score predictions (keyed by file stem) against gold documents."""
    report = Report(documents=len(gold))
    for doc in gold:
        pred = predictions.get(doc.name)
        if pred is None:
            report.missing_predictions.append(doc.name)
        score_document(doc, pred, report)
    return report


def extract_gold_texts(gold: list[GoldDocument]) -> Iterator[tuple[str, dict[str, Any] | SourceError]]:
    """Run Vigil's extraction on each gold document's text, as `vigil extract` would."""
    from vigil.extract import Extractor
    from vigil.ingest.sources import iter_documents

    extractor = Extractor()
    paths = [str(d.text_path) for d in gold if d.text_path.exists()]
    for result in extractor.extract_many(iter_documents(paths)):
        if isinstance(result, SourceError):
            yield Path(result.source or "?").name.removesuffix(".txt"), result
        else:
            yield Path(result.document.source).name.removesuffix(".txt"), result.to_json()


__all__ = [
    "CATEGORIES",
    "Difference",
    "GoldDocument",
    "Report",
    "Score",
    "evaluate",
    "extract_gold_texts",
    "read_gold",
    "read_predictions",
]
