"""Suggested events: (person, event type) pairs the rules did not state, scored by a learned model,
for an editor to accept or reject. They never reach the roll on their own.

The rules state an event only where they read its grammar; on text nobody here tuned them to they
miss about a third of events, most of them about people they did find (an arrest told in passing
about someone whose verdict they read, a member of a released group named a paragraph later).
A gradient-boosted tree ensemble, trained on the read sets' gold over every pair the extraction
offers (`benchmarks/pairs_s39.py train`), scores each pair the rules left out from what the
article says around the person: triggers of the type (Vigil's own lexicons in `patterns/`) in
the person's sentences, paragraph and headline, hedges near them, the person's other events, a
list of names, role nouns. Measured on unseen sets it is right about two times in three at the
threshold below, so its output is a *suggestion*: a separate list in the extraction, stored in
the registry as a proposed claim that is never auto-accepted.

The model is a JSON file of trees evaluated here in plain Python: no runtime dependency on
scikit-learn, nothing downloaded.
"""

from __future__ import annotations

import json
import math
import os
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache, cached_property
from itertools import repeat
from pathlib import Path
from typing import Any

from vigil.model import Event, Extraction, SuggestedEvent

__all__ = ["THRESHOLD", "TYPES", "attach", "features", "scored", "suggestions"]

TYPES = ("arrest", "sentence", "release", "deportation", "death")
LANGS = ("en", "ru", "be")
HERE = Path(__file__).resolve().parent
MODEL = HERE / "suggest_model.json"
# Chosen on the blind sets of session 39 (`syn30*`): about 0.6 of the pairs at or above it are true.
THRESHOLD = 0.7


# ---------------------------------------------------------------- lexicons (Vigil's own)


def _en_forms(lemma: str) -> set[str]:
    """Regular English inflections of a trigger lemma (the lexicon lists lemmas)."""
    forms = {lemma, lemma + "s", lemma + "es", lemma + "ed", lemma + "ing", lemma + "d"}
    if lemma.endswith("e"):
        forms.add(lemma[:-1] + "ing")
    if lemma.endswith("y"):
        forms |= {lemma[:-1] + "ied", lemma[:-1] + "ies"}
    if len(lemma) > 2 and lemma[-1] not in "aeiouwy" and lemma[-2] in "aeiou" and lemma[-3] not in "aeiou":
        forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    return forms


def _stem(lemma: str) -> str:
    """A prefix that catches the declined and conjugated forms of a Russian/Belarusian lemma."""
    lemma = lemma.replace("ё", "е")
    if len(lemma) <= 4:
        return lemma
    return lemma[: min(5, max(4, len(lemma) - 3))]


def _pattern_lemmas(pattern: list[dict]) -> list[str]:
    """The lemmas of a pattern's last LEMMA token: its head noun or its verb."""
    last: list[str] = []
    for tok in pattern:
        lemma = tok.get("LEMMA")
        if isinstance(lemma, str):
            last = [lemma]
        elif isinstance(lemma, dict) and "IN" in lemma:
            last = list(lemma["IN"])
    return last


_TYPES_KEPT = 100_000  # words whose trigger types a lexicon keeps (a few MB)


@dataclass
class Lexicon:
    """Trigger forms per type and the cue words (hedges, roles) of one language."""

    exact: dict[str, set[str]] = field(default_factory=dict)
    stems: dict[str, re.Pattern[str]] = field(default_factory=dict)
    hedges: set[str] = field(default_factory=set)
    counsel: set[str] = field(default_factory=set)
    authority: set[str] = field(default_factory=set)
    relation: set[str] = field(default_factory=set)
    _types: dict[str, frozenset[str]] = field(default_factory=dict, repr=False, compare=False)

    def trigger_types(self, word: str) -> frozenset[str]:
        """The event types a word is a trigger of. Every word of every article is asked (most of
        them many times over an extraction): the answers are kept, up to `_TYPES_KEPT` words,
        so the lexicon is complete before its first use."""
        types = self._types.get(word)
        if types is None:
            if len(self._types) >= _TYPES_KEPT:
                self._types.clear()
            w = word.casefold().replace("ё", "е")
            types = frozenset(t for t, forms in self.exact.items() if w in forms) | frozenset(
                t for t, stems in self.stems.items() if stems.match(w)
            )
            self._types[word] = types
        return types

    @cached_property
    def long_hedges(self) -> tuple[str, ...]:
        """The hedges of five letters or more, which also hedge as a word's beginning: read once
        per lexicon (asked of every word before a trigger near a person), so the lexicon is
        complete before its first use."""
        return tuple(h for h in self.hedges if len(h) >= 5)


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@cache
def lexicon(lang: str) -> Lexicon:
    """A language's lexicon, read from its `patterns/` only: no word list is invented here."""
    lex = Lexicon()
    pat = HERE / lang / "patterns"
    if lang == "en":
        from vigil.extract.en.modality import _NEGATIONS

        for path in (pat / "triggers.jsonl", pat / "noun_triggers.jsonl"):
            for rule in _jsonl(path):
                forms = lex.exact.setdefault(rule["label"], set())
                for lemma in rule.get("lemmas", []):
                    forms |= _en_forms(lemma.lower())
        words = json.loads((pat / "lexicon.json").read_text(encoding="utf-8"))
        for t in ("arrest", "release", "deportation", "sentence"):
            lex.exact.setdefault(t, set()).update(words[f"attributive_{t}"])
        lex.hedges = set(words["headline_hedges"]) | set(_NEGATIONS) | set(words["unsettled_states"])
        lex.counsel = set(words["counsel_roles"])
        lex.authority = set(words["authority_roles"]) | set(words["force_roles"])
        lex.relation = set(words["relation_nouns"]) | set(words["companion_nouns"]) | set(words["patients"])
        return lex
    stems: dict[str, set[str]] = {}
    for rule in _jsonl(pat / "triggers.jsonl"):
        for lemma in _pattern_lemmas(rule.get("pattern", [])):
            stems.setdefault(rule["label"], set()).add(_stem(lemma.lower()))
    lex.stems = {
        t: re.compile("|".join(map(re.escape, sorted(s, key=len, reverse=True)))) for t, s in stems.items()
    }
    words = json.loads((pat / "words.json").read_text(encoding="utf-8"))
    lex.hedges = set(words["negation"]) | set(words["conditional"]) | {_stem(w) for w in words["blockers"]}
    lex.authority = set(words["agent_roles"])
    lex.relation = set(words["relation_forms"])
    counsel = {"ru": ("адвокат", "защитник"), "be": ("адвакат", "абаронца")}[lang]
    lex.counsel = {w for w in lex.relation if w.startswith(counsel)}
    return lex


# ---------------------------------------------------------------- text structure

_WORD = re.compile(r"[\w'’-]+")
_SENT_END = re.compile(r"(?<=[.!?…])[\"'»”)]*\s+|\n+")
_DIGIT = re.compile(r"\d")


@dataclass
class Article:
    """An article cut into words, sentences and paragraphs, with trigger types per word."""

    text: str
    tokens: list[tuple[int, int, str]]
    sent_of_tok: list[int]
    sent_bounds: list[tuple[int, int]]
    para_of_sent: list[int]
    sent_types: list[set[str]]
    trig_toks: dict[str, list[int]]
    headline_end: int
    starts: list[int]  # each word's start, for bisecting
    sent_ends: list[int]
    names_in_sent: Counter[int] = field(default_factory=Counter)  # persons Vigil named per sentence
    owner: dict[int, str] = field(default_factory=dict)  # word index -> the person Vigil named there

    def sent_at(self, offset: int) -> int:
        """The sentence an offset falls in (or, between two, the next one)."""
        i = bisect_right(self.sent_ends, offset)
        return min(i, len(self.sent_bounds) - 1)

    def tokens_in(self, start: int, end: int) -> range:
        return range(bisect_left(self.starts, start), bisect_left(self.starts, end))

    @cached_property
    def folded(self) -> list[str]:
        """Each word case-folded, as the features compare words with the lexicon's."""
        return [w.casefold() for _a, _b, w in self.tokens]

    @cached_property
    def trig_sents(self) -> dict[str, tuple[list[int], set[int], dict[int, list[int]]]]:
        """Per event type: the sentence of each of its words (in word order), those sentences as
        a set, and the words by sentence (in word order). Read once per article: `features` asks
        them of every pair scored."""
        out = {}
        for t, trig in self.trig_toks.items():
            tsents = [self.sent_of_tok[i] for i in trig]
            by_sent: dict[int, list[int]] = {}
            for i, s in zip(trig, tsents, strict=True):
                by_sent.setdefault(s, []).append(i)
            out[t] = (tsents, set(tsents), by_sent)
        return out

    @cached_property
    def owned_in_sent(self) -> dict[int, list[int]]:
        """The words of `owner` by sentence (read once `owner` is complete): the features look
        for the person named nearest a trigger in the trigger's sentence only."""
        out: dict[int, list[int]] = {}
        for k in self.owner:
            out.setdefault(self.sent_of_tok[k], []).append(k)
        return out

    @cached_property
    def capitalized(self) -> list[tuple[int, str]]:
        """The words that open with a capital, with their indices: the only words a surname's
        forms can be (`mentions` looks for them once per person)."""
        return [(i, w) for i, (_a, _b, w) in enumerate(self.tokens) if w[:1].isupper()]


def article(text: str, lex: Lexicon, persons: Iterable[dict[str, Any]] = ()) -> Article:
    """`text` cut up, with the triggers of `lex` and where the extraction's `persons` are named."""
    bounds, start = [], 0
    for m in _SENT_END.finditer(text):
        if m.start() > start:
            bounds.append((start, m.start()))
        start = m.end()
    if start < len(text):
        bounds.append((start, len(text)))
    bounds = bounds or [(0, len(text))]
    para, paras = 0, []
    for i, (a, _b) in enumerate(bounds):
        if i and "\n" in text[bounds[i - 1][1] : a]:
            para += 1
        paras.append(para)
    tokens = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
    sent_of_tok, s = [], 0
    for a, _b, _w in tokens:
        while s + 1 < len(bounds) and a >= bounds[s + 1][0]:
            s += 1
        sent_of_tok.append(s)
    sent_types: list[set[str]] = [set() for _ in bounds]
    trig_toks: dict[str, list[int]] = {t: [] for t in TYPES}
    for i, (_a, _b, w) in enumerate(tokens):
        for t in lex.trigger_types(w):
            sent_types[sent_of_tok[i]].add(t)
            trig_toks.setdefault(t, []).append(i)
    stripped = text.lstrip()
    newline = stripped.find("\n")
    headline_end = len(text) - len(stripped) + (newline if newline >= 0 else len(stripped))
    art = Article(
        text,
        tokens,
        sent_of_tok,
        bounds,
        paras,
        sent_types,
        trig_toks,
        headline_end,
        [a for a, _b, _w in tokens],
        [b for _a, b in bounds],
    )
    for p in persons:
        spans = p.get("mentions", [])
        art.names_in_sent.update({art.sent_at(a) for a, _b in spans})
        art.owner.update((k, p["id"]) for a, b in spans for k in art.tokens_in(a, b))
    return art


def _surname_stem(person: dict[str, Any]) -> str:
    parts = person.get("name", "").split()
    surname = parts[-1] if parts else ""
    return surname if len(surname) < 5 else surname[: max(4, len(surname) - 2)]


def mentions(
    art: Article, person: dict[str, Any], persons: list[dict[str, Any]], stems: list[str] | None = None
) -> list[int]:
    """Word indices of a person: Vigil's own mentions plus the surname's declined forms, unless
    another person of the article shares the surname (a wife, a brother: whose word is it then?).
    `stems`: each of `persons`' `_surname_stem`, in order, when the caller asks of every person
    (read once per article instead of once per pair of persons)."""
    spans = [tuple(m) for m in person.get("mentions", [])]
    if stems is None:
        stems = [_surname_stem(p) for p in persons]
    stem = _surname_stem(person)
    others = [o for p, o in zip(persons, stems, strict=True) if p["id"] != person["id"]]
    if stem and any(o and (o.startswith(stem) or stem.startswith(o)) for o in others):
        stem = ""
    out = {i for sa, sb in spans for i in art.tokens_in(sa, sb)}
    if stem:
        out.update(i for i, w in art.capitalized if w.startswith(stem))
    return sorted(out)


# ---------------------------------------------------------------- features


@dataclass
class PersonFacts:
    """What `features` reads of one person whatever the event type: the person's sentences, the
    features that do not depend on the type (in the order `features` gives them), the person's
    own events and nearby words. Made once per person (`person_facts`) and shared by the five
    types' feature vectors: `scored` asked them again for every type (session 51, speed)."""

    msents: list[int]
    head: dict[str, float]  # lang .. in_headline: the features before the type's own
    list_sents: list[int]
    listed: dict[str, float]  # in_list, list_size, list_with_number
    mine: set[str]  # the person's event types, as the rules gave them
    tail: dict[str, float]  # quote_speaker .. role_relation
    close: set[int]  # the person's sentences and those beside them
    mine_toks: set[int]
    mset: set[int]
    msent_types: set[str]  # the trigger types of the person's sentences
    mine_in_sent: dict[int, list[int]]  # the person's words by sentence, in `mine_toks`' order


def person_facts(
    art: Article, lex: Lexicon, record: dict[str, Any], person: dict[str, Any], mtoks: list[int]
) -> PersonFacts:
    """The parts of `features` that read the person and not the event type (see `PersonFacts`)."""
    lang = record.get("language") or "en"
    head: dict[str, float] = {f"lang_{lang}": 1.0}
    persons = record.get("persons", [])
    head["n_persons"] = math.log1p(len(persons))
    nsent = len(art.sent_bounds)
    msents = sorted({art.sent_of_tok[i] for i in mtoks})
    head["n_mentions"] = math.log1p(len(mtoks))
    head["n_mention_sents"] = math.log1p(len(msents))
    head["first_mention_rel"] = (msents[0] / nsent) if msents else 1.0
    head["in_headline"] = float(any(art.tokens[i][0] < art.headline_end for i in mtoks))
    names_in_sent = art.names_in_sent
    list_sents = [s for s in msents if names_in_sent[s] >= 2]
    listed = {
        "in_list": float(bool(list_sents)),
        "list_size": math.log1p(max((names_in_sent[s] for s in msents), default=0)),
        "list_with_number": float(
            any(_DIGIT.search(art.text[slice(*art.sent_bounds[s])]) for s in list_sents)
        ),
    }
    mine = {e["type"] for e in record.get("events", []) if person["id"] in e.get("persons", [])}
    tail: dict[str, float] = {}
    tail["quote_speaker"] = float(any(q.get("speaker") == person["id"] for q in record.get("quotes", [])))
    tail["has_role"] = float(bool(person.get("roles")))
    folded = art.folded
    near = {folded[j] for i in mtoks for j in range(max(0, i - 3), min(len(folded), i + 4))}
    near |= set(" ".join(person.get("roles", [])).casefold().split())
    tail["role_counsel"] = float(bool(near & lex.counsel))
    tail["role_authority"] = float(bool(near & lex.authority))
    tail["role_relation"] = float(bool(near & lex.relation))
    close = {s + d for s in msents for d in (-1, 0, 1)}
    mine_toks = set(mtoks)
    mine_in_sent: dict[int, list[int]] = {}
    for k in mine_toks:
        mine_in_sent.setdefault(art.sent_of_tok[k], []).append(k)
    msent_types = set().union(*(art.sent_types[s] for s in msents))
    return PersonFacts(
        msents, head, list_sents, listed, mine, tail, close, mine_toks, set(msents), msent_types, mine_in_sent
    )


def features(
    art: Article,
    lex: Lexicon,
    record: dict[str, Any],
    person: dict[str, Any],
    mtoks: list[int],
    t: str,
    facts: PersonFacts | None = None,
) -> dict[str, float]:
    """What the article says around one person about one event type, in numbers. Nothing here says
    whether the rules gave the person this type: in training that would be the label itself.
    `facts`: the person's `person_facts`, when the caller asks several types of one person."""
    if facts is None:
        facts = person_facts(art, lex, record, person, mtoks)
    head = facts.head
    f: dict[str, float] = {}
    for k, v in head.items():
        f[k] = v
        if k.startswith("lang_"):
            f[f"type_{t}"] = 1.0
    msents = facts.msents
    trig = art.trig_toks.get(t, [])
    tsents, tset, trig_in_sent = art.trig_sents.get(t) or ([], set(), {})
    f["trig_article"] = math.log1p(len(tsents))
    f["trig_headline"] = float(any(art.tokens[i][0] < art.headline_end for i in trig))
    f["trig_headline_and_person"] = f["trig_headline"] * f["in_headline"]
    f["trig_same_sent"] = math.log1p(sum(s in tset for s in msents))
    f["trig_adj_sent"] = float(_beside(msents, tset))
    f["trig_same_para"] = float(_same_paragraph(art, msents, tset))
    f["sent_distance"] = min(_nearest_gap(msents, tset), 10) / 10
    f["no_trigger"] = float(not tset)
    for other in TYPES:
        if other != t:
            f[f"other_trig_same_sent_{other}"] = float(other in facts.msent_types)
    f.update(facts.listed)
    list_sents = facts.list_sents
    f["list_near_trigger"] = float(any(s - 1 in tset or s in tset or s + 1 in tset for s in list_sents))
    # the person's other events, as the rules gave them
    mine = facts.mine
    for other in TYPES:
        if other != t:
            f[f"pred_has_{other}"] = float(other in mine)
            f[f"pred_has_{other}_x_{t}"] = float(other in mine)  # an interaction a linear model would need
    f.update(facts.tail)
    folded = art.folded
    # negation or modality just before the triggers told in the person's sentences (±1)
    close = facts.close
    long_hedges = lex.long_hedges
    hedged = total = 0
    for i in trig:
        if art.sent_of_tok[i] in close:
            total += 1
            window = folded[max(0, i - 4) : i]
            hedged += any(w in lex.hedges or w.startswith(long_hedges) for w in window)
    f["near_triggers"] = math.log1p(total)
    f["unhedged_near_triggers"] = math.log1p(total - hedged)
    f["hedged_share"] = hedged / total if total else 0.0
    # (each word of the person's with the type's words of its own sentence, in the same order as
    # every pair tested for the sentence)
    sent_of_tok = art.sent_of_tok
    pairs = [(abs(i - j), i, j) for i in mtoks for j in trig_in_sent.get(sent_of_tok[i], ())]
    gap, i, j = min(pairs, default=(60, 0, 0))
    f["token_gap"] = min(gap, 60) / 60
    # whose word is it: the person named nearest each trigger of the person's sentences, and
    # whether a comma, a semicolon or a dash stands between the person and the closest trigger
    mine_toks, mset = facts.mine_toks, facts.mset
    nearest = []
    for g in trig:
        if (s := art.sent_of_tok[g]) not in mset:
            continue
        named = (*art.owned_in_sent.get(s, ()), *facts.mine_in_sent.get(s, ()))
        near_p = min(((abs(k - g), k) for k in named), default=None)
        if near_p is not None:
            nearest.append(near_p[1] in mine_toks)
    f["trig_nearest_person_is_me"] = sum(nearest) / len(nearest) if nearest else 0.0
    f["trig_nearest_person_other"] = float(bool(nearest) and not any(nearest))
    if pairs:
        a, b = sorted((art.tokens[i][1], art.tokens[j][0]))
        f["clause_marks_between"] = min(sum(art.text.count(c, a, b) for c in ",;—–()"), 3) / 3
        f["trigger_before_person"] = float(j < i)
    else:
        f["clause_marks_between"] = 1.0
        f["trigger_before_person"] = 0.0
    return f


# ---------------------------------------------------------------- the model


@dataclass(frozen=True)
class Model:
    """A binary gradient-boosted tree ensemble as exported by `benchmarks/pairs_s39.py train`."""

    names: tuple[str, ...]
    baseline: float
    trees: tuple[
        tuple[tuple[int, float, int, int, float], ...], ...
    ]  # (feature, threshold, left, right, value)
    # the score per event type at or above which a pair becomes an event (`benchmarks/pairs_s49.py`)
    promote: dict[str, float] = field(default_factory=dict, compare=False, hash=False)

    @classmethod
    def load(cls, path: Path = MODEL) -> Model:
        data = json.loads(path.read_text(encoding="utf-8"))
        trees = tuple(tuple(tuple(node) for node in tree) for tree in data["trees"])
        promote = {t: float(v) for t, v in data.get("promote", {}).items()}
        return cls(tuple(data["features"]), float(data["baseline"]), trees, promote)

    def score(self, f: dict[str, float]) -> float:
        """The probability that the pair is an event the gold holds."""
        raw = self._raw_score(list(map(f.get, self.names, repeat(0.0))))  # (f.get(name, 0.0) per name)
        return 1.0 / (1.0 + math.exp(-raw))

    @cached_property
    def _raw_score(self) -> Callable[[list[float]], float]:
        """The baseline plus each tree's leaf for a feature vector, as one Python function of
        nested conditionals compiled once per process (about 0.15 s): walking the node tuples cost
        half of the suggestions' time (300 trees for every pair scored), the function takes less
        than half of that. Leaves are added in the trees' order, so the sum is the same to the bit
        (a float's repr reads back as the same float)."""

        def branch(tree: tuple[tuple[int, float, int, int, float], ...], k: int) -> str:
            feature, threshold, left, right, value = tree[k]
            if feature < 0:  # a leaf
                return repr(value)
            return f"({branch(tree, left)} if x{feature} <= {threshold!r} else {branch(tree, right)})"

        # each feature a local of its own, unpacked once: a test then reads a local, not an item
        # of the list (300 trees, a few tests each, per pair scored: a third less time, session 50)
        unpack = ", ".join(f"x{k}" for k in range(len(self.names)))
        lines = ["def raw_score(x):", f"    {unpack}, = x", f"    raw = {self.baseline!r}"]
        lines += [f"    raw += {branch(tree, 0)}" for tree in self.trees]
        lines.append("    return raw")
        space: dict[str, Any] = {"inf": math.inf, "nan": math.nan}  # how repr writes them
        exec(compile("\n".join(lines), f"<{len(self.trees)} trees>", "exec"), space)
        return space["raw_score"]


@cache
def model() -> Model:
    return Model.load()


def _nearest_gap(msents: list[int], tset: set[int]) -> int:
    """The least distance between a sentence of the person's and one with a word of the type
    (10 when either has none): each sentence's nearest found by bisection, not every pair."""
    if not msents or not tset:
        return 10
    ordered = sorted(tset)
    gap = None
    for a in msents:
        k = bisect_left(ordered, a)
        near = min(abs(a - ordered[j]) for j in (k - 1, k) if 0 <= j < len(ordered))
        gap = near if gap is None else min(gap, near)
    return gap


def _beside(msents: Iterable[int], tset: set[int]) -> bool:
    """A word of the type in a sentence just before or after one of the person's."""
    return any((s - 1) in tset or (s + 1) in tset for s in msents)


def _same_paragraph(art: Article, msents: Iterable[int], tset: set[int]) -> bool:
    """A word of the type in a paragraph that names the person."""
    mparas = {art.para_of_sent[s] for s in msents}
    return any(art.para_of_sent[s] in mparas for s in tset)


def _told_near(art: Article, msents: list[int], tsents: set[int]) -> bool:
    """Whether `features` would give the pair trig_same_sent, trig_adj_sent or trig_same_para
    (a sentence of the person's is in its paragraph), told before the rest of the features are
    computed: pairs without it are not scored."""
    return _same_paragraph(art, msents, tsents) or _beside(msents, tsents)


def scored(record: dict[str, Any], floor: float) -> list[dict[str, Any]]:
    """The pairs the rules left out that score at least `floor`, best first, each with the sentence
    that most suggests it: the person's sentence with a trigger of the type nearest, else the
    person's first sentence. One scoring pass serves both the suggestions and the promoted events."""
    lang = record.get("language")
    text = record.get("text", "")
    if lang not in LANGS or not text or not record.get("persons"):
        return []
    lex = lexicon(lang)
    art = article(text, lex, record["persons"])
    given = {(pid, e["type"]) for e in record.get("events", []) for pid in e.get("persons", [])}
    trigger_sents = {t: {art.sent_of_tok[i] for i in art.trig_toks.get(t, [])} for t in TYPES}
    out = []
    stems = [_surname_stem(p) for p in record["persons"]]
    for person in record["persons"]:
        mtoks = mentions(art, person, record["persons"], stems)
        if not mtoks:
            continue
        msents = sorted({art.sent_of_tok[i] for i in mtoks})
        facts = None  # (made at the person's first pair scored)
        for t in TYPES:
            if (person["id"], t) in given:
                continue
            tsents = trigger_sents[t]
            if not _told_near(art, msents, tsents):
                # no word of the type in the person's paragraph or the sentences beside: not
                # scored (45 % of pairs; 3 of the 1,431 that score 0.6 or more on every set)
                continue
            if facts is None:
                facts = person_facts(art, lex, record, person, mtoks)
            score = model().score(features(art, lex, record, person, mtoks, t, facts))
            if score < floor:
                continue
            best = min(msents, key=lambda s: (min((abs(s - b) for b in tsents), default=99), s))
            out.append(
                {
                    "type": t,
                    "person": person["id"],
                    "score": round(score, 3),
                    "raw": score,
                    "evidence": list(art.sent_bounds[best]),
                }
            )
    return sorted(out, key=lambda s: -s["score"])


def suggestions(record: dict[str, Any], threshold: float = THRESHOLD) -> list[dict[str, Any]]:
    """Scored pairs the rules left out, at or above `threshold`, best first (see `scored`)."""
    return [{k: v for k, v in s.items() if k != "raw"} for s in scored(record, threshold)]


# what either switch (`VIGIL_SUGGEST`, `VIGIL_PROMOTE`) reads as "off"
_OFF = frozenset({"off", "0", "no", "false"})


def threshold_from_env() -> float | None:
    """`VIGIL_SUGGEST`: the lowest score kept (default 0.7), or `off` for no suggestions at all."""
    value = os.environ.get("VIGIL_SUGGEST", "").strip().lower()
    if not value:
        return THRESHOLD
    if value in _OFF:
        return None
    try:
        return float(value)
    except ValueError:
        raise ValueError(f"VIGIL_SUGGEST must be a score between 0 and 1 or 'off', not {value!r}") from None


def promotion_from_env() -> dict[str, float] | None:
    """`VIGIL_PROMOTE`: `off` keeps every scored pair a suggestion (the output is then the rules'
    events and the suggestions only); a score (`0.9`) promotes every type from that score, for a
    documenter who wants the model's events in `events` and reviews each one (they stay proposed
    in the registry); otherwise the thresholds per type shipped with the model."""
    value = os.environ.get("VIGIL_PROMOTE", "").strip().lower()
    if value in _OFF:
        return None
    if value in {"", "on", "1", "yes", "true"}:
        return model().promote or None
    try:
        score = float(value)
    except ValueError:
        score = -1.0
    if not 0.0 < score <= 1.0:
        raise ValueError(f"VIGIL_PROMOTE must be 'on', 'off' or a score between 0 and 1, not {value!r}")
    return dict.fromkeys(TYPES, score)


def attach(extraction: Extraction) -> Extraction:
    """The extraction with its promoted and suggested events (in place; returned for chaining).

    A pair at or above its type's promotion threshold (`Model.promote`, chosen out of fold where
    the promoted pairs were right at least nine times in ten) becomes an event, `origin` "model",
    with the model's score; the rest at or above the suggestion threshold stay suggestions. The
    event is undated and told in passing (`background`): the model reads no date, and an undated
    event told in passing precedes the article rather than taking its date. Every pair is scored
    once, against the rules' events only: a promoted event never feeds another pair's features."""
    threshold = threshold_from_env()
    promote = promotion_from_env()
    if threshold is None and promote is None:
        return extraction
    floors = [threshold] if threshold is not None else []
    floors += list(promote.values()) if promote else []
    pairs = scored(extraction.to_json(), min(floors))
    kept = []
    for s in pairs:
        if promote is not None and s["type"] in promote and s["raw"] >= promote[s["type"]]:
            extraction.events.append(
                Event(
                    s["type"],
                    [s["person"]],
                    evidence=tuple(s["evidence"]),
                    confidence=s["score"],
                    background=True,
                    origin="model",
                    score=s["score"],
                )
            )
        elif threshold is not None and s["raw"] >= threshold:
            kept.append(SuggestedEvent(s["type"], s["person"], s["score"], tuple(s["evidence"])))
    if threshold is not None:
        extraction.suggested_events = kept
    return extraction
