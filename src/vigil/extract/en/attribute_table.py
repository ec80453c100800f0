"""The trained pipeline's attribute ruler, applied by table: the same patterns, the same result.

spaCy's `AttributeRuler` runs a `Matcher` of its 179 patterns (the tag map: a tag's part of
speech and morphology; a few words' lemmas) over every token, and then sets each match's
attributes token by token: about an eighth of the trained pipeline's time, as much as all of
Vigil's rules together. Nearly every pattern is one token tested on its tag, lower-cased form
and dependency label, so its verdict depends on those values alone: `AttributeTable` works out
once per distinct combination (a few hundred per article, most of them seen in earlier
articles) which patterns match and what they set, reads the few two-token patterns ("gon na",
"let 's") where their words occur, and writes the result as arrays. The ruler's rules decide as
before (a later pattern overrides an earlier one), so every token gets the same part of speech,
tag, morphology, lemma and label; a pattern of a kind this table does not read (an operator
other than equality, IN, NOT_IN or REGEX, an extension attribute) keeps spaCy's ruler.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import numpy as np
from spacy.attrs import IDS
from spacy.pipeline import AttributeRuler
from spacy.strings import get_string_id
from spacy.tokens import Doc

__all__ = ["AttributeTable", "table_for"]

# one token's values of the attributes the patterns test, as spaCy's ids (flags as 0 or 1)
_Key = tuple[int, ...]
_Test = Callable[[_Key], bool]
# a key's one-token patterns, its longer patterns' token tests, what the one-token patterns set,
# and that as values and flags by attribute of `AttributeTable.set`
_Verdict = tuple[tuple[int, ...], tuple[bool, ...], dict[int, int], tuple[int, ...], tuple[bool, ...]]
_CACHE_LIMIT = 200_000  # distinct combinations kept; the answers are the same whenever asked again
_SPEC_KEYS = ("IN", "NOT_IN", "REGEX")


class _Unsupported(Exception):
    """A pattern the table cannot read exactly."""


class AttributeTable:
    """`AttributeRuler.__call__` for a ruler whose patterns the table reads (see `table_for`)."""

    def __init__(self, ruler: AttributeRuler) -> None:
        self.strings = ruler.vocab.strings
        names = sorted({name for pats in _patterns(ruler) for pat in pats for tok in pat for name in tok})
        self.read = [IDS[name] for name in names]  # the attributes the patterns test
        column = {name: k for k, name in enumerate(names)}
        self.set = sorted({attr for attrs in ruler.attrs for attr in attrs})  # the attributes they set
        self.attrs: list[dict[int, int]] = [dict(attrs) for attrs in ruler.attrs]
        # the one-token patterns by a value one of their tests requires (a key is tested against
        # those its values name, and those that require none): a few of 179 per key
        self.by_value: dict[tuple[int, int], list[tuple[int, _Test]]] = {}
        self.always: list[tuple[int, _Test]] = []
        # (pattern number, target token, tests of each token) of the longer ones
        self.longer: list[tuple[int, int, list[_Test]]] = []
        for number, (pats, index) in enumerate(zip(_patterns(ruler), ruler.indices, strict=True)):
            for pat in pats:
                tests = [self._test(tok, column) for tok in pat]
                if len(pat) == 1 and index in (0, -1):
                    required = _required(pat[0], column)
                    if required is None:
                        self.always.append((number, tests[0]))
                    for col, value in required or ():
                        self.by_value.setdefault((col, value), []).append((number, tests[0]))
                    continue
                target = index if index >= 0 else len(pat) + index
                if not 0 <= target < len(pat):
                    raise _Unsupported(f"index {index} outside a pattern of {len(pat)} tokens")
                self.longer.append((number, target, tests))
        self._known: dict[_Key, _Verdict] = {}

    def _test(self, token: dict, column: dict[str, int]) -> _Test:
        """One pattern token as a test of a token's key (every attribute must pass)."""
        tests = [_attribute_test(self.strings, column[name], spec) for name, spec in token.items()]
        # (one or two attributes, as most pattern tokens test: the tests themselves, without a
        # generator per key; each test answers a bool, as `all` does. Session 51, speed)
        if len(tests) == 1:
            return tests[0]
        if len(tests) == 2:
            first, second = tests
            return lambda key: first(key) and second(key)
        return lambda key: all(test(key) for test in tests)

    def _verdict(self, key: _Key) -> _Verdict:
        """The one-token patterns a key matches, in order, each longer pattern token's test, and
        what the one-token patterns set."""
        found = self._known.get(key)
        if found is None:
            if len(self._known) >= _CACHE_LIMIT:
                self._known.clear()
            candidates = [*self.always]
            for col, value in enumerate(key):
                candidates += self.by_value.get((col, value), ())
            singles = tuple(sorted(number for number, test in candidates if test(key)))
            row = self._fold([(number, 0, 0) for number in singles])
            found = self._known[key] = (
                singles,
                tuple(test(key) for _number, _target, tests in self.longer for test in tests),
                row,
                tuple(row.get(attr, 0) for attr in self.set),
                tuple(attr in row for attr in self.set),
            )
        return found

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        index: dict[tuple[int, ...], int] = {}
        rows = doc.to_array(self.read).tolist()
        inverse = np.array([index.setdefault(tuple(row), len(index)) for row in rows], dtype=np.intp)
        verdicts = [self._verdict(key) for key in index]
        # each token's matches: (pattern number, start, end) as the ruler sorts them
        matches: dict[int, list[tuple[int, int, int]]] = {}
        passed = np.array([v[1] for v in verdicts], dtype=bool)
        passed = passed.reshape(len(verdicts), -1) if self.longer else passed
        k = 0
        for number, target, tests in self.longer:
            width = len(tests)
            if len(doc) >= width:
                ok = np.ones(len(doc) - width + 1, dtype=bool)
                for j in range(width):
                    ok &= passed[inverse[j : len(doc) - width + 1 + j], k + j]
                for start in np.flatnonzero(ok).tolist():
                    matches.setdefault(start + target, []).append((number, start, start + width))
            k += width
        out = doc.to_array(self.set).reshape(len(doc), -1)
        # one-token matches only: the same for every token of a distinct key
        value = np.array([v[3] for v in verdicts], dtype=np.uint64)[inverse]
        has = np.array([v[4] for v in verdicts], dtype=bool)[inverse]
        out[has] = value[has]
        for i, longer in matches.items():
            singles = verdicts[inverse[i]][0]
            row = self._fold(sorted([(n, i, i + 1) for n in singles] + longer))
            for j, attr in enumerate(self.set):
                if attr in row:
                    out[i, j] = np.uint64(row[attr])
        doc.from_array(self.set, out)
        return doc

    def _fold(self, matches: list[tuple[int, int, int]]) -> dict[int, int]:
        """What the matches set, applied in the ruler's order (a later one overrides)."""
        row: dict[int, int] = {}
        for number, _start, _end in sorted(matches):
            row.update(self.attrs[number])
        return row


def _patterns(ruler: AttributeRuler) -> list[list[list[dict]]]:
    return [ruler.matcher.get(str(i))[1] for i in range(len(ruler.attrs))]


def _required(token: dict, column: dict[str, int]) -> list[tuple[int, int]] | None:
    """(column, id) pairs one of which a key must hold to pass the pattern token: those of its
    first equality or IN test; None when it has neither."""
    for name, spec in token.items():
        if isinstance(spec, str):
            return [(column[name], get_string_id(spec))]
    for name, spec in token.items():
        if isinstance(spec, dict) and set(spec) == {"IN"}:
            return [(column[name], get_string_id(v)) for v in spec["IN"]]
    return None


def _attribute_test(strings, col: int, spec: object) -> _Test:
    """A token key's value in column `col` tested as the Matcher tests it: equality of string ids
    (of 0/1 for a flag), IN / NOT_IN of ids, REGEX searched in the string."""
    if isinstance(spec, bool):
        wanted = int(spec)
        return lambda key: key[col] == wanted
    if isinstance(spec, str | int):
        wanted = get_string_id(spec)
        return lambda key: key[col] == wanted
    if isinstance(spec, dict) and len(spec) == 1 and next(iter(spec)) in _SPEC_KEYS:
        ((op, value),) = spec.items()
        if op == "REGEX" and isinstance(value, str):
            regex = re.compile(value)
            return lambda key: bool(regex.search(strings[key[col]]))
        if op in ("IN", "NOT_IN") and all(isinstance(v, str) for v in value):
            ids = frozenset(get_string_id(v) for v in value)
            return (lambda key: key[col] in ids) if op == "IN" else (lambda key: key[col] not in ids)
    raise _Unsupported(f"pattern value {spec!r}")


def table_for(ruler: AttributeRuler) -> AttributeTable | None:
    """The table of a ruler whose patterns it reads exactly, else None (keep the ruler)."""
    if any("_" in attrs for attrs in ruler.attrs):
        return None
    try:
        return AttributeTable(ruler)
    except (_Unsupported, KeyError):
        return None
