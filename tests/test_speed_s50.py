"""Session 50's speed-ups of the suggested events (`vigil.extract.suggest`) answer as before:
the compiled trees read each feature from a local of its own and still sum as the node walk
does, to the bit, and a vector short of a feature is refused rather than read as zeros."""

from __future__ import annotations

import math
import random

import pytest

from vigil.extract import suggest


def _walk(model: suggest.Model, x: list[float]) -> float:
    """The ensemble's raw sum by walking each tree's nodes (the reference)."""
    raw = model.baseline
    for tree in model.trees:
        node = tree[0]
        while node[0] >= 0:
            node = tree[node[2] if x[node[0]] <= node[1] else node[3]]
        raw += node[4]
    return raw


def test_the_trees_read_from_locals_sum_as_the_node_walk_to_the_bit():
    model = suggest.model()
    thresholds = [node[1] for tree in model.trees for node in tree if node[0] >= 0]
    rng = random.Random(50)
    for _ in range(300):
        x = [
            rng.choice([t, math.nextafter(t, -math.inf), math.nextafter(t, math.inf), 0.0, rng.random()])
            for t in (rng.choice(thresholds) for _name in model.names)
        ]
        assert model._raw_score(x) == _walk(model, x)


def test_a_too_short_feature_vector_is_refused():
    # (every feature is a local of its own: a vector that lacks one is an error, not a zero)
    model = suggest.model()
    with pytest.raises(ValueError):
        model._raw_score([0.0] * (len(model.names) - 1))
