"""The trained pipeline's rule lemmatizer, asked once per distinct word, tag and morphology.

spaCy's `Lemmatizer` walks every token in Python and sets each lemma on its own; its rules
give the same lemma for the same word, part of speech and morphology (its own cache is keyed
so), which is all they read. `LemmaTable` asks the lemmatizer once per such combination, keeps
the answer (bounded: an answer asked again is the same), and writes a document's lemmas as one
array, leaving a lemma the attribute ruler set as the lemmatizer does.
"""

from __future__ import annotations

import numpy as np
from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.lookups import Lookups
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc, Token

__all__ = ["LemmaTable"]

_CACHE_LIMIT = 200_000


class LemmaTable:
    """`Lemmatizer.__call__` by table, for the lemmatizer given. It stands in the lemmatizer's
    place under its name: a rule that asks the pipeline's lemmatizer for its tables or a word's
    lemmas (`persons.verb_form_test`) reads them from the lemmatizer itself."""

    def __init__(self, lemmatizer: Lemmatizer) -> None:
        self.lemmatizer = lemmatizer
        self._known: dict[tuple[int, int, int], int] = {}

    # what the rules read of the pipeline's lemmatizer, answered by it (nothing else is passed
    # on: spaCy would run the lemmatizer's own `pipe` in the table's place)
    @property
    def mode(self) -> str:
        return self.lemmatizer.mode

    @property
    def lookups(self) -> Lookups:
        return self.lemmatizer.lookups

    def rule_lemmatize(self, token: Token) -> list[str]:
        return self.lemmatizer.rule_lemmatize(token)

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        lemmatizer = self.lemmatizer
        if not lemmatizer._validated:
            lemmatizer(doc[:0].as_doc())  # (its tables checked once, as its first call does)
        values = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = values[:, 3].copy()
        known, strings = self._known, doc.vocab.strings
        overwrite = lemmatizer.overwrite
        for i, (orth, pos, morph, lemma) in enumerate(values.tolist()):
            if lemma and not overwrite:
                continue
            found = known.get((orth, pos, morph))
            if found is None:
                if len(known) >= _CACHE_LIMIT:
                    known.clear()
                found = known[orth, pos, morph] = strings.add(lemmatizer.lemmatize(doc[i])[0])
            lemmas[i] = found
        doc.from_array([LEMMA], lemmas.reshape(-1, 1).astype(np.uint64))
        return doc
