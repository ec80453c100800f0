"""Near-duplicate articles: syndicated copies of one story with a new headline, a reworded
sentence or an outlet's boilerplate around it.

A `signature` is a MinHash over word shingles of the article's long paragraphs; a
`NearDuplicateIndex` finds stored signatures whose estimated Jaccard similarity reaches a
threshold. The default threshold (0.6) sits between edited copies of one story, which
measure 0.7–0.85 on 3-word shingles, and different reports of the same event, below 0.1.
Short lines (headlines, datelines, "Subscribe to our newsletter") are left out of
the signature because they are where copies of one story differ most.
"""

from __future__ import annotations

import re
from functools import cache

import numpy as np
from datasketch import MinHash, MinHashLSH

from vigil.ingest.clean import normalise

__all__ = ["NUM_PERM", "SHINGLE", "THRESHOLD", "NearDuplicateIndex", "signature", "similarity"]

NUM_PERM = 128
SHINGLE = 3
THRESHOLD = 0.6
MIN_PARAGRAPH_WORDS = 8

_VERSION = b"\x01"
_SEED = 1
_SCHEME = "affine32"
_DTYPE = np.dtype("<u4")
_SIZE = len(_VERSION) + NUM_PERM * _DTYPE.itemsize
_EMPTY = np.iinfo(np.uint32).max
_WORD = re.compile(r"\w+")


def _words(text: str) -> list[str]:
    """The words of the story's paragraphs, short lines dropped unless nothing else is left."""
    paragraphs = [_WORD.findall(line.casefold()) for line in normalise(text).split("\n")]
    long = [p for p in paragraphs if len(p) >= MIN_PARAGRAPH_WORDS]
    return [word for paragraph in (long or paragraphs) for word in paragraph]


def _shingles(text: str) -> set[bytes]:
    words = _words(text)
    if len(words) < SHINGLE:
        return {" ".join(words).encode()} if words else set()
    return {" ".join(words[i : i + SHINGLE]).encode() for i in range(len(words) - SHINGLE + 1)}


@cache
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    """The seed's permutation parameters, drawn once per process (each `MinHash` would redraw them)."""
    return MinHash(num_perm=NUM_PERM, seed=_SEED, scheme=_SCHEME).permutations


def _minhash(sig: bytes) -> MinHash:
    if len(sig) != _SIZE or not sig.startswith(_VERSION):
        raise ValueError(f"not a Vigil near-duplicate signature ({len(sig)} bytes)")
    values = np.frombuffer(sig, dtype=_DTYPE, offset=len(_VERSION)).astype(np.uint64)
    return MinHash(
        num_perm=NUM_PERM, seed=_SEED, scheme=_SCHEME, hashvalues=values, permutations=_permutations()
    )


def _is_empty(mh: MinHash) -> bool:
    return bool(np.all(mh.hashvalues == _EMPTY))


def signature(text: str) -> bytes:
    """A compact (513-byte) MinHash of `text`; equal texts give equal signatures in every process."""
    mh = MinHash(num_perm=NUM_PERM, seed=_SEED, scheme=_SCHEME, permutations=_permutations())
    shingles = _shingles(text)
    if shingles:
        mh.update_batch(list(shingles))
    return _VERSION + np.asarray(mh.hashvalues).astype(_DTYPE).tobytes()


def similarity(a: bytes, b: bytes) -> float:
    """Estimated Jaccard similarity of two signatures' shingle sets; 0.0 when either text had no words."""
    ma, mb = _minhash(a), _minhash(b)
    if _is_empty(ma) or _is_empty(mb):
        return 0.0
    return ma.jaccard(mb)


class NearDuplicateIndex:
    """Signatures by key; `query` answers the keys of stored near-duplicates, most similar first.

    LSH proposes candidates cheaply; each is confirmed against its stored signature, so a
    key is answered only when its estimated similarity reaches `threshold`.
    """

    def __init__(self, *, threshold: float = THRESHOLD) -> None:
        self.threshold = threshold
        self._lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self._signatures: dict[str, bytes] = {}

    def __len__(self) -> int:
        return len(self._signatures)

    def __contains__(self, key: object) -> bool:
        return key in self._signatures

    def add(self, key: str, sig: bytes) -> None:
        """Store `sig` under `key`, replacing what the key held before."""
        mh = _minhash(sig)
        if key in self._signatures:
            self._lsh.remove(key)
            del self._signatures[key]
        if _is_empty(mh):
            return
        self._lsh.insert(key, mh)
        self._signatures[key] = sig

    def query(self, sig: bytes) -> list[str]:
        """Keys whose stored signature is at least `threshold` similar to `sig`."""
        mh = _minhash(sig)
        if _is_empty(mh):
            return []
        scored = [(similarity(sig, self._signatures[key]), key) for key in self._lsh.query(mh)]
        return [key for score, key in sorted(scored, key=lambda s: (-s[0], s[1])) if score >= self.threshold]
