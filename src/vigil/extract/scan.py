"""The tokens of a parsed document that carry certain words, found without a pass over every token.

A rule that looks for a few words (a trigger lemma, a pronoun, a title) in a whole document
would read `token.lemma_` of each token, building a `Token` and a string each time, and the
English rules look a dozen times per document. Here a document's attribute is read once as
spaCy's array of string ids (kept in the doc's `user_data`, as `doc_text` keeps the text), and
each *distinct* value is tested once: an article has a few hundred distinct words. An
attribute is read when first asked for, so ask for one only once the pipeline has set it (a
lemma after the lemmatizer).
"""

from __future__ import annotations

from collections.abc import Callable, Collection

import numpy as np
from spacy.attrs import IDS
from spacy.tokens import Doc, Token

__all__ = ["tokens_in", "tokens_where"]


def tokens_where(doc: Doc, attr: str, test: Callable[[str], bool]) -> list[Token]:
    """The tokens, in order, whose string attribute `attr` ("ORTH" for `text`, "LOWER", "LEMMA",
    "POS", "ENT_TYPE", ...) passes `test`."""
    inverse, values = _distinct(doc, attr)
    keep = np.fromiter(map(test, values), dtype=bool, count=len(values))
    return [doc[i] for i in np.flatnonzero(keep[inverse]).tolist()]


def tokens_in(doc: Doc, attr: str, words: Collection[str]) -> list[Token]:
    """The tokens, in order, whose string attribute `attr` is one of `words`."""
    return tokens_where(doc, attr, words.__contains__)


def _distinct(doc: Doc, attr: str) -> tuple[np.ndarray, list[str]]:
    """The attribute's distinct strings and, per token, the index of its string among them."""
    key = f"vigil_scan_{attr}"
    found = doc.user_data.get(key)
    if found is None:
        ids, inverse = np.unique(doc.to_array(IDS[attr]), return_inverse=True)
        strings = doc.vocab.strings
        found = doc.user_data[key] = (inverse, [strings[i] for i in ids.tolist()])
    return found
