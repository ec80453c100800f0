"""Session 52's speed-ups answer as before: the suggestion features that read the type's words
by sentence (`Article.trig_sents`), the person's sentence types and own words by sentence
(`PersonFacts`) and the nearest gap by bisection (`_nearest_gap`) give the values the pairwise
definitions gave, item for item."""

from __future__ import annotations

import itertools
import math
import random
import re

from vigil.extract import suggest

# Our own wording (no set's sentence): four people over three paragraphs, triggers of several
# types near some of them and far from others, a list of names with a number.
ARTICLE = (
    "Two teachers jailed in Hrodna; a student freed\n\n"
    "Teachers Mikola Dubrou and Iryna Zhuk were sentenced on Monday to four years each, a rights "
    "group said. Dubrou had been arrested in March, his wife, Alena Dubrova, told reporters.\n\n"
    "A third defendant was not detained. The student Yan Kastsiuk was released from a detention "
    "centre after 30 days and left for Poland.\n\n"
    "Zhuk plans to appeal.\n"
)


def _record() -> dict:
    people = []
    names = ("Mikola Dubrou", "Iryna Zhuk", "Alena Dubrova", "Yan Kastsiuk")
    for pid, name in zip(("p1", "p2", "p3", "p4"), names, strict=True):
        spans = [[m.start(), m.end()] for m in re.finditer(re.escape(name), ARTICLE)]
        people.append({"id": pid, "name": name, "mentions": spans, "roles": []})
    events = [{"type": "sentence", "persons": ["p1", "p2"]}, {"type": "release", "persons": ["p4"]}]
    return {"language": "en", "text": ARTICLE, "persons": people, "events": events, "quotes": []}


def _pairwise(art: suggest.Article, mtoks: list[int], msents: list[int], t: str) -> dict[str, float]:
    """The features as session 51 computed them, every pair of a person's word and a trigger."""
    trig = art.trig_toks.get(t, [])
    tset = {art.sent_of_tok[i] for i in trig}
    out = {
        "sent_distance": min(min((abs(a - b) for a in msents for b in tset), default=10), 10) / 10,
        **{
            f"other_trig_same_sent_{o}": float(any(o in art.sent_types[s] for s in msents))
            for o in suggest.TYPES
            if o != t
        },
    }
    pairs = [(abs(i - j), i, j) for i in mtoks for j in trig if art.sent_of_tok[i] == art.sent_of_tok[j]]
    gap, _i, _j = min(pairs, default=(60, 0, 0))
    out["token_gap"] = min(gap, 60) / 60
    mine = set(mtoks)
    mset = set(msents)
    nearest = []
    for g in trig:
        if (s := art.sent_of_tok[g]) not in mset:
            continue
        named = (*art.owned_in_sent.get(s, ()), *(k for k in mine if art.sent_of_tok[k] == s))
        near_p = min(((abs(k - g), k) for k in named), default=None)
        if near_p is not None:
            nearest.append(near_p[1] in mine)
    out["trig_nearest_person_is_me"] = sum(nearest) / len(nearest) if nearest else 0.0
    return out


def test_features_by_sentence_equal_the_pairwise_definitions():
    record = _record()
    lex = suggest.lexicon("en")
    art = suggest.article(ARTICLE, lex, record["persons"])
    compared = 0
    for person in record["persons"]:
        mtoks = suggest.mentions(art, person, record["persons"])
        msents = sorted({art.sent_of_tok[i] for i in mtoks})
        for t in suggest.TYPES:
            f = suggest.features(art, lex, record, person, mtoks, t)
            for name, value in _pairwise(art, mtoks, msents, t).items():
                assert f[name] == value, (person["name"], t, name)
                compared += 1
    assert compared >= 4 * len(suggest.TYPES) * 6
    # the article gives the rules something to compare: triggers of several types in it
    assert sum(bool(v) for v in art.trig_toks.values()) >= 3


def test_nearest_gap_is_the_least_distance_of_any_pair():
    rng = random.Random(52)
    for _ in range(300):
        msents = sorted(rng.sample(range(40), rng.randint(0, 5)))
        tset = set(rng.sample(range(40), rng.randint(0, 6)))
        pairwise = min((abs(a - b) for a, b in itertools.product(msents, tset)), default=10)
        assert suggest._nearest_gap(msents, tset) == pairwise


def test_scores_of_the_article_are_finite_and_repeatable():
    record = _record()
    first = suggest.scored(record, 0.0)
    assert first == suggest.scored(record, 0.0)
    assert all(math.isfinite(s["raw"]) for s in first)
