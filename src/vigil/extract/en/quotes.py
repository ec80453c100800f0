"""Quotes: direct speech of a named person, with or without quotation marks.

Marked speech is paired quote marks (the cleaner made them all straight); its speaker is
the subject of the nearest speech verb after it in the sentence, else before it.
Unmarked speech is recognised by its shape: `X said: ...`, `..., she said` and
`X urged, Capitalised words` — and, for the trailing form, by reading like speech (first or
second person, a question, an exclamation), which keeps reported narrative
("..., Harnak said in a video") out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

from vigil.extract.en.context import DocContext
from vigil.extract.en.persons import Person

SPEECH_VERBS = frozenset(
    [
        "say",
        "tell",
        "add",
        "write",
        "state",
        "declare",
        "explain",
        "recall",
        "express",
        "urge",
        "insist",
        "shout",
        "ask",
        "exclaim",
        "reply",
        "answer",
        "note",
        "post",
        "announce",
        "comment",
        "remark",
        "continue",
        "conclude",
        "cry",
        "whisper",
        "admit",
        "claim",
        "warn",
        "repeat",
        "joke",
        "sigh",
        "plead",
        "testify",
        "insist",
        "stress",
        "emphasise",
        "emphasize",
        "tweet",
    ]
)
_MARKED = re.compile(r'"([^"\n]{2,}?)"')
_SPEECHLIKE = re.compile(
    r"\b(I|I'm|I've|I'd|I'll|me|my|mine|we|we're|us|our|ours|you|your|yours|let's)\b|[!?]", re.I
)


@dataclass
class FoundQuote:
    speaker: Person | None
    text: str
    start: int
    end: int


def find_quotes(ctx: DocContext) -> list[FoundQuote]:
    """All direct speech in the document; also marks quoted tokens in `ctx.quoted`."""
    doc = ctx.doc
    found: list[FoundQuote] = []
    marked: list[tuple[int, int]] = []
    for match in _MARKED.finditer(doc.text):
        inner = match.group(1).strip()
        start, end = match.start(1), match.end(1)
        if len(inner.split()) < 3 and not inner.endswith((".", "!", "?", ",")):
            continue  # a scare-quoted term, not speech
        marked.append((match.start(), match.end()))
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            ctx.quoted.update(range(span.start, span.end))
        speaker = _speaker_after(ctx, match.end()) or _speaker_before(ctx, match.start())
        found.append(FoundQuote(speaker, inner.rstrip(", "), start, start + len(inner.rstrip(", "))))
    for tok in doc:
        if tok.lemma_ not in SPEECH_VERBS or tok.pos_ not in ("VERB", "AUX") or tok.i in ctx.quoted:
            continue
        if any(s <= tok.idx < e for s, e in marked):
            continue
        quote = _unmarked(ctx, tok, marked)
        if quote is not None:
            span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
            if span is not None:
                ctx.quoted.update(range(span.start, span.end))
            found.append(quote)
    found.sort(key=lambda q: q.start)
    return found


def _subject(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            return child
    if verb.dep_ in ("conj", "advcl") and verb.head.lemma_ in SPEECH_VERBS:
        return _subject(verb.head)
    return None


def _speaker_of(ctx: DocContext, verb: Token) -> Person | None:
    subj = _subject(verb)
    if subj is None:
        return None
    persons = ctx.persons_in(subj)
    return persons[0] if persons else None


def _speech_verbs(ctx: DocContext, start: int, end: int) -> list[Token]:
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return []
    return [
        t for t in span if t.lemma_ in SPEECH_VERBS and t.pos_ in ("VERB", "AUX") and t.i not in ctx.quoted
    ]


def _speaker_after(ctx: DocContext, pos: int) -> Person | None:
    doc = ctx.doc
    para_end = doc.text.find("\n", pos)
    para_end = len(doc.text) if para_end < 0 else para_end
    next_quote = doc.text.find('"', pos)
    stop = min(para_end, next_quote) if next_quote >= 0 else para_end
    first_sent_end = _sentence_end(ctx, pos)
    for verb in _speech_verbs(ctx, pos, min(stop, first_sent_end)):
        speaker = _speaker_of(ctx, verb)
        if speaker is not None:
            return speaker
    return None


def _speaker_before(ctx: DocContext, pos: int) -> Person | None:
    doc = ctx.doc
    para_start = doc.text.rfind("\n", 0, pos) + 1
    prev_quote = doc.text.rfind('"', 0, pos)
    start = max(para_start, prev_quote + 1)
    before = doc.text[start:pos].rstrip()
    if not before.endswith((":", ",")):
        return None
    for verb in reversed(_speech_verbs(ctx, start, pos)):
        speaker = _speaker_of(ctx, verb)
        if speaker is not None:
            return speaker
    return None


def _sentence_end(ctx: DocContext, pos: int) -> int:
    tok = ctx.doc.char_span(pos, min(pos + 1, len(ctx.doc.text)), alignment_mode="expand")
    if tok is None or not len(tok):
        return len(ctx.doc.text)
    sent = tok[0].sent
    return sent.end_char


def _paragraph_bounds(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end < 0 else end


def _unmarked(ctx: DocContext, verb: Token, marked: list[tuple[int, int]]) -> FoundQuote | None:
    speaker = _speaker_of(ctx, verb)
    if speaker is None:
        return None
    doc = ctx.doc
    text = doc.text
    sent = verb.sent
    para_start, para_end = _paragraph_bounds(text, verb.idx)
    # X said [in a statement]: content
    colon = next((t for t in doc[verb.i + 1 : sent.end] if t.text == ":"), None)
    if colon is not None and not any(t.pos_ == "VERB" for t in doc[verb.i + 1 : colon.i]):
        start = colon.idx + 1
        content = text[start:para_end]
        lstrip = len(content) - len(content.lstrip())
        start += lstrip
        content = content.strip()
        if content and not content.startswith('"') and len(content.split()) >= 3:
            return FoundQuote(speaker, content, start, start + len(content))
        return None
    subj = _subject(verb)
    assert subj is not None
    left = min(subj.left_edge.i, verb.i)
    # content, X said [...]
    if left > sent.start and doc[left - 1].text == ",":
        start = sent.start_char
        end = doc[left - 1].idx
        content = text[start:end].strip()
        if content.startswith('"') or not _SPEECHLIKE.search(content) or _has_that_clause(verb):
            return None
        start = _extend_back(ctx, sent, para_start, marked) if start > para_start else start
        content = text[start:end].strip()
        return FoundQuote(speaker, content, start, start + len(content))
    # X urged, Capitalised content
    nxt = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    if nxt is not None and nxt.text == "," and verb.i + 2 < sent.end:
        first = doc[verb.i + 2]
        if first.text[:1].isupper() and first.i not in ctx.owner_at and not first.text.startswith('"'):
            start = first.idx
            end = sent.end_char
            content = text[start:end].strip()
            if len(content.split()) >= 3 and not _has_that_clause(verb):
                return FoundQuote(speaker, content, start, start + len(content))
    return None


def _has_that_clause(verb: Token) -> bool:
    return any(
        c.dep_ == "ccomp"
        and c.i > verb.i
        and any(g.lower_ in ("that", "whether", "if") and g.dep_ == "mark" for g in c.children)
        for c in verb.children
    )


def _extend_back(ctx: DocContext, sent: Span, para_start: int, marked: list[tuple[int, int]]) -> int:
    """Speech often runs over sentences before the `..., she said` one ("Where would I go? ...")."""
    doc = ctx.doc
    start = sent.start_char
    i = sent.start - 1
    while i >= 0:
        prev = doc[i].sent
        if prev.start_char < para_start:
            break
        words = prev.text.strip()
        speechy = bool(_SPEECHLIKE.search(words)) and not any(
            t.lemma_ in SPEECH_VERBS and t.pos_ == "VERB" for t in prev
        )
        if not speechy or any(s < prev.end_char and e > prev.start_char for s, e in marked):
            break
        start = prev.start_char
        i = prev.start - 1
    return start
