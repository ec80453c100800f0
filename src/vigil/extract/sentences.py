"""Each token's sentence, found once per parsed document.

spaCy's `Token.sent` walks back and forth from the token to the nearest sentence starts and
slices the document (two Python-level slice normalisations) on every call; the English rules
ask for a token's sentence about 300 times per article. `keep_sentences` reads the sentence
starts once and answers `Token.sent`, `Span.sent` and `Doc.sents` through spaCy's own hooks
with the same spans (one `Span` object per sentence, where spaCy makes a new one per call: rules
only read it; the hooks hold the document, like the rules' `DocContext` kept on it, so the
garbage collector frees them together). Set them only once the sentences no longer change.
"""

from __future__ import annotations

import numpy as np
from spacy.attrs import SENT_START
from spacy.tokens import Doc, Span

__all__ = ["entities", "keep_entities", "keep_sentences", "sentences_back"]

_ENTS = "vigil_ents"


def keep_entities(doc: Doc) -> tuple[Span, ...]:
    """`doc.ents`, read now and kept for `entities`: call it once the entities no longer change
    (each `Doc.ents` makes every entity's `Span` again; the English person finder and the
    timeline both read them)."""
    ents = doc.user_data[_ENTS] = tuple(doc.ents)
    return ents


def entities(doc: Doc) -> tuple[Span, ...]:
    """The entities `keep_entities` kept, else `doc.ents` as it is now (a language whose rules
    set entities of their own keeps none)."""
    ents = doc.user_data.get(_ENTS)
    return tuple(doc.ents) if ents is None else ents


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
    # `Doc.sents` made every sentence's span again on each pass (several rules walk the sentences
    # once per person); a span's sentence is the one holding its first token, as spaCy finds it
    doc.user_hooks["sents"] = lambda _doc: iter(spans)
    doc.user_span_hooks["sent"] = lambda span: of_token[span.start]


def sentences_back(sent: Span, n: int) -> int:
    """The first token of the sentence `n` sentences before `sent` (or of the text): where a rule
    that reads "this sentence and the n before it" starts."""
    start = sent.start
    for _ in range(n):
        if start <= 0:
            break
        start = sent.doc[start - 1].sent.start
    return start
