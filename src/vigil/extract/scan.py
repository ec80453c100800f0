"""The tokens of a parsed document that carry certain words, found without a pass over every token.

A rule that looks for a few words (a trigger lemma, a pronoun, a title) in a whole document
would read `token.lemma_` of each token, building a `Token` and a string each time, and the
English rules look a dozen times per document. Here a document's attribute is read once as
spaCy's array of string ids (kept in the doc's `user_data`, as `doc_text` keeps the text), and
each *distinct* value is tested once: an article has a few hundred distinct words. The
tokens of each distinct value are listed once too, so looking up a few words (the rules ask
for one word of a name at a time, dozens of times per article) costs a dictionary look-up per
word, not a pass over the document. An attribute is read when first asked for, so ask for one
only once the pipeline has set it (a lemma after the lemmatizer).
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from functools import lru_cache
from itertools import chain

import numpy as np
from spacy.attrs import HEAD, IDS
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

__all__ = [
    "head_indices",
    "ids_of",
    "indices_in",
    "indices_worded",
    "occurs",
    "tokens_in",
    "tokens_in_lowered",
    "tokens_where",
]


def tokens_where(doc: Doc, attr: str, test: Callable[[str], bool]) -> list[Token]:
    """The tokens, in order, whose string attribute `attr` ("ORTH" for `text`, "LOWER", "LEMMA",
    "POS", "ENT_TYPE", ...) passes `test`."""
    distinct = _distinct(doc, attr)
    values = distinct.strings(doc)
    keep = np.fromiter(map(test, values), dtype=bool, count=len(values))
    return [doc[i] for i in np.flatnonzero(keep[distinct.inverse]).tolist()]


def tokens_in(doc: Doc, attr: str, words: Collection[str]) -> list[Token]:
    """The tokens, in order, whose string attribute `attr` is one of `words`: compared as spaCy's
    string ids, so no string is built."""
    return [doc[i] for i in indices_in(doc, attr, words)]


def indices_in(doc: Doc, attr: str, words: Collection[str]) -> list[int]:
    """`tokens_in` as token indices (no `Token` is made for a rule that needs only where). The
    answer for a constant word list (a `frozenset`) is kept per document: rules ask again for
    every candidate (the subjects and compounds of an article, merged and sorted each time)."""
    distinct = _distinct(doc, attr)
    if isinstance(words, frozenset):
        found = distinct.answers.get(words)
        if found is None:
            found = distinct.answers[words] = tuple(_indices_in(distinct, words))
        return list(found)
    return _indices_in(distinct, words)


def _indices_in(distinct: _Distinct, words: Collection[str]) -> list[int]:
    index, keys = distinct.index, _keys(words)
    # the smaller side is walked, in C: a rule's few words, or an article's few hundred distinct
    # words against a long lexicon (`dict_keys & frozenset` walked the whole lexicon, and a
    # comprehension made a bytecode loop of it)
    present = index.keys() & keys if len(keys) <= len(index) else keys.intersection(index)
    found = [distinct.positions(key) for key in present]
    if not found:
        return []
    # (each token has one id: the lists share no index, so sorting their concatenation merges them)
    return found[0] if len(found) == 1 else sorted(chain.from_iterable(found))


def occurs(doc: Doc, attr: str, words: Collection[str]) -> bool:
    """Whether any token's string attribute `attr` is one of `words`."""
    return not _distinct(doc, attr).index.keys().isdisjoint(_keys(words))


def ids_of(doc: Doc, attr: str) -> list[int]:
    """Each token's string id of `attr`, by token index (read once per document): a loop over
    a stretch of tokens that tests a word compares ids (`spacy.strings.get_string_id`) instead
    of making a `Token` and its string per index. Callers only read the list."""
    key = f"vigil_ids_{attr}"
    found = doc.user_data.get(key)
    if found is None:
        found = doc.user_data[key] = doc.to_array(IDS[attr]).tolist()
    return found


def head_indices(doc: Doc) -> list[int]:
    """Each token's head's index (`Token.head.i`), by token index, read once per document (spaCy
    keeps the offset to the head, which its array gives as an unsigned number)."""
    found = doc.user_data.get("vigil_heads")
    if found is None:
        offsets = doc.to_array(HEAD).astype(np.int64)
        found = doc.user_data["vigil_heads"] = (np.arange(len(doc), dtype=np.int64) + offsets).tolist()
    return found


def indices_worded(doc: Doc, words: frozenset[str]) -> frozenset[int]:
    """The indices of the tokens whose lower-cased form or lower-cased lemma is one of `words`:
    the test `t.lower_ in words or t.lemma_.lower() in words` that rules make of a word class
    (a lexicon), answered once per document and word list. A rule that asks it of the phrases
    around every trigger then tests indices, making no `Token` and no string per word. Ask only
    once the lemmatizer has run."""
    kept = doc.user_data.setdefault("vigil_worded", {})
    found = kept.get(words)
    if found is None:
        lemmas = (t.i for t in tokens_in_lowered(doc, "LEMMA", words))
        found = kept[words] = frozenset(indices_in(doc, "LOWER", words)).union(lemmas)
    return found


def _keys(words: Collection[str]) -> Collection[int]:
    return _ids(words) if isinstance(words, frozenset) else {get_string_id(word) for word in words}


def tokens_in_lowered(doc: Doc, attr: str, words: Collection[str]) -> list[Token]:
    """The tokens, in order, whose string attribute `attr` lower-cased is one of `words` (a lemma
    list for "LEMMA": spaCy keeps a proper noun's lemma capitalised): `tokens_where` with the
    test `value.lower() in words`, each distinct value lower-cased once per document."""
    distinct = _distinct(doc, attr)
    groups = [g for g, value in enumerate(distinct.lowered(doc)) if value in words]
    if not groups:
        return []
    keep = np.zeros(len(distinct.ids), dtype=bool)
    keep[groups] = True
    return [doc[i] for i in np.flatnonzero(keep[distinct.inverse]).tolist()]


@lru_cache(maxsize=1024)
def _ids(words: frozenset[str]) -> frozenset[int]:
    """The string ids of a word list the rules keep as a module constant (asked per document)."""
    return frozenset(get_string_id(word) for word in words)


# spaCy's string ids are hashes of the strings, the same in every document: a dictionary answers
# faster than the StringStore (`strings` reads a few hundred per attribute per document)
_STRINGS: dict[int, str] = {}


class _Distinct:
    """One attribute's distinct string ids, per token the index of its id among them, the tokens
    of each id, and the strings of the ids once they are asked for."""

    __slots__ = ("ids", "inverse", "answers", "_strings", "_lowered", "_index", "_order", "_bounds")

    def __init__(self, doc: Doc, attr: str) -> None:
        # one stable sort gives the distinct ids, each token's group and the tokens of each group
        # in text order (`np.unique` sorted once, and `positions` sorted the groups again)
        values = doc.to_array(IDS[attr])
        self._order = np.argsort(values, kind="stable")
        ordered = values[self._order]
        starts = np.empty(len(ordered), dtype=bool)
        starts[:1] = True
        np.not_equal(ordered[1:], ordered[:-1], out=starts[1:])
        self.ids = ordered[starts]
        self.inverse = np.empty(len(ordered), dtype=np.intp)
        self.inverse[self._order] = np.cumsum(starts) - 1
        self._bounds = [*np.flatnonzero(starts).tolist(), len(ordered)]
        self.answers: dict[frozenset[str], tuple[int, ...]] = {}  # `indices_in` of constant word lists
        self._strings: list[str] | None = None
        self._lowered: list[str] | None = None
        self._index: dict[int, int] | None = None

    @property
    def index(self) -> dict[int, int]:
        """Each distinct id's place among `ids`."""
        if self._index is None:
            self._index = dict(zip(self.ids.tolist(), range(len(self.ids)), strict=True))
        return self._index

    def positions(self, key: int) -> list[int]:
        """The token indices, in order, whose id is `key` (none: an empty list)."""
        group = self.index.get(key)
        if group is None:
            return []
        return self._order[self._bounds[group] : self._bounds[group + 1]].tolist()

    def lowered(self, doc: Doc) -> list[str]:
        if self._lowered is None:
            self._lowered = [value.lower() for value in self.strings(doc)]
        return self._lowered

    def strings(self, doc: Doc) -> list[str]:
        if self._strings is None:
            known, ids = _STRINGS, self.ids.tolist()
            strings = list(map(known.get, ids))
            if None in strings:  # words no document had before: read from the store, once
                store = doc.vocab.strings
                for k, value in enumerate(strings):
                    if value is None:
                        strings[k] = known[ids[k]] = store[ids[k]]
            self._strings = strings
        return self._strings


def _distinct(doc: Doc, attr: str) -> _Distinct:
    key = f"vigil_scan_{attr}"
    found = doc.user_data.get(key)
    if found is None:
        found = doc.user_data[key] = _Distinct(doc, attr)
    return found
