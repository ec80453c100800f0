"""Session 41's speed-ups of the suggested events (`vigil.extract.suggest`) answer as before:
the trees scored by one compiled function sum as the node walk did, the pairs skipped before
their features are those the features would have skipped, and a lexicon's kept trigger types
are the lexicon's answers, also after the kept words are dropped."""

from __future__ import annotations

import math
import random

import pytest

from vigil.extract import suggest

# Our own wording (no set's sentence): two people, triggers of two types in different paragraphs.
TWO_PARAGRAPHS = (
    "Court in Brest jails two cyclists\n\n"
    "A court in Brest on Tuesday sentenced Aliaksei Marozau to three years over a bicycle protest, "
    "the rights group said. His friend Kiryl Siamionau was not in court.\n\n"
    "Siamionau had been detained in April and freed on bail a week later. Nobody else was named.\n"
)


def _walk(model: suggest.Model, x: list[float]) -> float:
    """The ensemble's raw sum by walking each tree's nodes (the reference)."""
    raw = model.baseline
    for tree in model.trees:
        node = tree[0]
        while node[0] >= 0:
            node = tree[node[2] if x[node[0]] <= node[1] else node[3]]
        raw += node[4]
    return raw


def test_the_compiled_trees_sum_as_the_node_walk_to_the_bit():
    model = suggest.model()
    thresholds = [node[1] for tree in model.trees for node in tree if node[0] >= 0]
    rng = random.Random(41)
    for _ in range(300):
        # values on, just below and just above the trees' own thresholds, and random ones
        x = []
        for _name in model.names:
            t = rng.choice(thresholds)
            x.append(
                rng.choice([t, math.nextafter(t, -math.inf), math.nextafter(t, math.inf), 0.0, rng.random()])
            )
        assert model._raw_score(x) == _walk(model, x)


def test_a_too_short_feature_vector_is_refused():
    # (session 50: every feature is a local of its own, so a vector that lacks one is an
    # error, not a zero)
    model = suggest.model()
    with pytest.raises(ValueError):
        model._raw_score([0.0] * (len(model.names) - 1))


def test_a_pair_skipped_before_its_features_is_one_the_features_would_skip():
    lex = suggest.lexicon("en")
    persons = []
    for pid, name in (("p1", "Aliaksei Marozau"), ("p2", "Kiryl Siamionau")):
        start = TWO_PARAGRAPHS.index(name)
        persons.append({"id": pid, "name": name, "mentions": [[start, start + len(name)]]})
    record = {"language": "en", "text": TWO_PARAGRAPHS, "persons": persons, "events": [], "quotes": []}
    art = suggest.article(TWO_PARAGRAPHS, lex, persons)
    seen = set()
    for person in persons:
        mtoks = suggest.mentions(art, person, persons)
        msents = sorted({art.sent_of_tok[i] for i in mtoks})
        for t in suggest.TYPES:
            f = suggest.features(art, lex, record, person, mtoks, t)
            near = bool(f["trig_same_sent"] or f["trig_adj_sent"] or f["trig_same_para"])
            tsents = {art.sent_of_tok[i] for i in art.trig_toks.get(t, [])}
            assert suggest._told_near(art, msents, tsents) == near, (person["name"], t)
            seen.add(near)
    assert seen == {True, False}  # both kinds of pair were asked


@pytest.mark.parametrize("lang", ["en", "ru", "be"])
def test_kept_trigger_types_are_the_lexicons_answers_after_the_words_are_dropped(lang, monkeypatch):
    lex = suggest.lexicon(lang)
    words = {
        "en": ["detained", "Detained", "freed", "weather", "sentenced"],
        "ru": ["задержали", "Задержали", "освобождён", "погода"],
        "be": ["затрымалі", "вызвалілі", "надвор'е"],
    }[lang]
    first = {w: lex.trigger_types(w) for w in words}
    assert any(first.values()) and not all(first.values())
    monkeypatch.setattr(suggest, "_TYPES_KEPT", 2)  # dropped whenever two words are kept
    assert not lex.trigger_types("zzyzx")  # a word never asked: the kept ones are dropped first
    assert len(lex._types) == 1
    for _ in range(2):
        assert {w: lex.trigger_types(w) for w in words} == first
    assert len(lex._types) <= 2
    assert all(isinstance(types, frozenset) for types in first.values())  # no caller can change them
