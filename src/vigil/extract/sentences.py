"""Each token's sentence, found once per parsed document.

spaCy's `Token.sent` walks back and forth from the token to the nearest sentence starts and
slices the document (two Python-level slice normalisations) on every call; the English rules
ask for a token's sentence about 300 times per article. `keep_sentences` reads the sentence
starts once and answers `Token.sent` through spaCy's own `user_token_hooks` with the same span
(one `Span` object per sentence, where spaCy makes a new one per call: rules only read it; the
hook holds the document, like the rules' `DocContext` kept on it, so the garbage collector frees
them together). Set it only once the sentences no longer change.
"""

from __future__ import annotations

import numpy as np
from spacy.attrs import SENT_START
from spacy.tokens import Doc, Span

__all__ = ["keep_sentences"]


def keep_sentences(doc: Doc) -> None:
    """Answers `Token.sent` from the sentence bounds read now (a sentence starts at token 0 and
    wherever `sent_start` is 1, as `Doc.sents` reads them)."""
    if not len(doc):
        return
    flags = doc.to_array(SENT_START)
    starts = [0, *(np.flatnonzero(flags[1:] == 1) + 1).tolist()]
    ends = [*starts[1:], len(doc)]
    # one span per sentence, made now: a rule asks a sentence of many of its tokens (spaCy makes a
    # new `Span` per call; a sentence span is never changed, so one object serves every call)
    spans = [Span(doc, start, end) for start, end in zip(starts, ends, strict=True)]
    of_token = [span for span in spans for _ in range(len(span))]
    doc.user_token_hooks["sent"] = lambda tok: of_token[tok.i]
