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

from vigil.extract.doctext import doc_text
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
    previous: FoundQuote | None = None
    for open_at, close_at, goes_on in _marked_spans(doc_text(doc)):
        raw = doc_text(doc)[open_at + 1 : close_at]
        inner = raw.strip()
        start = open_at + 1 + (len(raw) - len(raw.lstrip()))
        if len(inner.split()) < 3 and not inner.endswith((".", "!", "?", ",")):
            continue  # a scare-quoted term, not speech
        outer_end = min(close_at + 1, len(doc_text(doc)))
        marked.append((open_at, outer_end))
        span = doc.char_span(start, start + len(inner), alignment_mode="expand")
        if span is not None:
            ctx.quoted.update(range(span.start, span.end))
        if goes_on:
            continue  # the next paragraph of a quote already found
        ended = inner.endswith(".")  # '"... unhinged." Rubio said ...': the next sentence's verb
        speaker = (
            (None if ended else _speaker_after(ctx, outer_end))
            or _speaker_before(ctx, open_at)
            or _governing_speaker(ctx, start, start + len(inner))
        )
        if speaker is None and previous is not None and previous.speaker is not None:
            speaker = _continued(ctx, previous, open_at)
        if speaker is None:
            speaker = _speaker_of_previous_sentence(ctx, open_at)
        text = inner.rstrip(", ")
        quote = FoundQuote(speaker, text, start, start + len(text))
        found.append(quote)
        previous = quote
    found.extend(_transcript_turns(ctx, marked))
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


def _marked_spans(text: str) -> list[tuple[int, int, bool]]:
    """(opening, closing, goes on) quote-mark offsets, paired within each paragraph. A quote
    left open at the end of a paragraph runs to its end: news style opens every paragraph of
    a long quote and closes only the last, so a paragraph that opens with a quote mark after
    an open one goes on with the same quote (`goes on` is True for its first span)."""
    out: list[tuple[int, int, bool]] = []
    pos = 0
    open_before = False
    for paragraph in text.split("\n"):
        if not paragraph.strip():
            pos += len(paragraph) + 1
            continue
        marks = [pos + i for i, c in enumerate(paragraph) if c == '"']
        goes_on = open_before and paragraph.lstrip().startswith('"')
        for k, (a, b) in enumerate(zip(marks[::2], marks[1::2], strict=False)):
            out.append((a, b, goes_on and k == 0))
        open_before = False
        if len(marks) % 2 and len(paragraph) - (marks[-1] - pos) > 12:
            out.append((marks[-1], pos + len(paragraph.rstrip()), goes_on and len(marks) == 1))
            open_before = True
        pos += len(paragraph) + 1
    return out


def _continued(ctx: DocContext, previous: FoundQuote, open_at: int) -> Person | None:
    """`"A," she said. "B."` and a quote that opens the next paragraph: the last speaker goes
    on, unless someone else is named in between or a paragraph of narrative intervenes."""
    doc = ctx.doc
    text = doc_text(doc)
    opening = doc.char_span(open_at, open_at + 1, alignment_mode="expand")
    if opening is None or not len(opening):
        return None
    sent = opening[0].sent
    if text[sent.start_char : open_at].strip() or sent.start == 0:
        return None  # the quote must open its sentence: 'she said. "B."', not 'jailed for "B"'
    if doc[sent.start - 1].sent.start_char > previous.end:
        return None  # only the sentence right after the attributed one
    span = doc.char_span(previous.end, open_at, alignment_mode="expand")
    if span is None:
        return None
    for tok in span:
        person = ctx.owner_at.get(tok.i)
        if person is not None and person is not previous.speaker and tok.i not in ctx.quoted:
            return None
        if tok.ent_type_ in ("PERSON", "ORG") and tok.i not in ctx.owner_at and tok.i not in ctx.quoted:
            return None
    return previous.speaker


def _governing_speaker(ctx: DocContext, start: int, end: int) -> Person | None:
    """'Cox says the NRA won't allow "law-abiding gun owners to become scapegoats"': a quoted
    clause inside what a named person's speech verb governs is that person's quote (a
    fragment of one or two words stays a scare quote)."""
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) < 4 or not any(t.pos_ in ("VERB", "AUX") for t in span):
        return None  # a quoted noun phrase is a label, not speech
    node = span.root
    for _ in range(6):
        if node.head.i == node.i:
            return None
        child, node = node, node.head
        if node.i >= span.start and node.i < span.end:
            continue
        if node.lemma_ in SPEECH_VERBS and node.pos_ == "VERB" and child.dep_ in ("ccomp", "xcomp", "dobj"):
            if node.i > span.start:
                return None  # the verb after the quote is _speaker_after's case
            return _speaker_of(ctx, node)
    return None


def _speaker_of_previous_sentence(ctx: DocContext, open_at: int) -> Person | None:
    """A quote that is a sentence of its own takes the speaker of the sentence just before it
    ("Her lawyer, X, said the confession was forced. \"He retracted it ...\"")."""
    doc = ctx.doc
    span = doc.char_span(open_at, open_at + 1, alignment_mode="expand")
    if span is None or not len(span):
        return None
    sent = span[0].sent
    if sent.start == 0 or doc_text(doc)[sent.start_char : open_at].strip():
        return None  # the quote does not open its sentence
    prev = doc[sent.start - 1].sent
    if doc_text(doc).count("\n", prev.end_char, open_at) > 2 or any(t.i in ctx.quoted for t in prev):
        return None
    speakers = []
    for verb in prev:
        if verb.lemma_ in SPEECH_VERBS and verb.pos_ == "VERB" and verb.dep_ == "ROOT":
            speaker = _speaker_of(ctx, verb)
            if speaker is not None:
                speakers.append(speaker)
    return speakers[0] if len(speakers) == 1 else None


def _transcript_turns(ctx: DocContext, marked: list[tuple[int, int]]) -> list[FoundQuote]:
    """Interview transcripts: a paragraph 'Karatkevich: I didn't. ...' is that person's answer."""
    doc = ctx.doc
    out: list[FoundQuote] = []
    pos = 0
    for paragraph in doc_text(doc).split("\n"):
        head, colon, rest = paragraph.partition(":")
        content = rest.strip()
        if (
            colon
            and pos > 0
            and 0 < len(head.split()) <= 4
            and len(content.split()) >= 2
            and not content.startswith('"')
        ):
            span = doc.char_span(pos, pos + len(head.rstrip()), alignment_mode="expand")
            owners = [ctx.owner_at.get(t.i) for t in span if t.is_alpha] if span is not None else []
            speaker = owners[0] if owners else None
            if speaker is not None and all(o is speaker for o in owners):
                start = pos + len(head) + 1 + (len(rest) - len(rest.lstrip()))
                if not any(s <= start < e for s, e in marked):
                    out.append(FoundQuote(speaker, content, start, start + len(content)))
                    cspan = doc.char_span(start, start + len(content), alignment_mode="expand")
                    if cspan is not None:
                        ctx.quoted.update(range(cspan.start, cspan.end))
        pos += len(paragraph) + 1
    return out


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
    if not persons:
        # "The head of the Bureau, X, said": the name is set off in the subject phrase
        persons = [p for t in subj.subtree if t.dep_ == "appos" for p in ctx.persons_in(t, pronouns=False)]
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
    para_end = doc_text(doc).find("\n", pos)
    para_end = len(doc_text(doc)) if para_end < 0 else para_end
    next_quote = doc_text(doc).find('"', pos)
    stop = min(para_end, next_quote) if next_quote >= 0 else para_end
    first_sent_end = _sentence_end(ctx, pos)
    for verb in _speech_verbs(ctx, pos, min(stop, first_sent_end)):
        speaker = _speaker_of(ctx, verb)
        if speaker is not None:
            return speaker
    return _according_to(ctx, pos, min(stop, first_sent_end))


def _according_to(ctx: DocContext, start: int, end: int) -> Person | None:
    """'"...," according to X': the source named by the phrase right after the quote."""
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) < 3:
        return None
    words = [t for t in span if not t.is_punct]
    if len(words) < 3 or words[0].lower_ != "according" or words[1].lower_ != "to":
        return None
    pobj = next((c for c in words[1].children if c.dep_ == "pobj"), words[2])
    persons = ctx.persons_in(pobj, pronouns=False)
    return persons[0] if persons else None


def _speaker_before(ctx: DocContext, pos: int) -> Person | None:
    doc = ctx.doc
    para_start = doc_text(doc).rfind("\n", 0, pos) + 1
    prev_quote = doc_text(doc).rfind('"', 0, pos)
    start = max(para_start, prev_quote + 1)
    before = doc_text(doc)[start:pos].rstrip()
    if not before.endswith((":", ",")):
        return None
    for verb in reversed(_speech_verbs(ctx, start, pos)):
        speaker = _speaker_of(ctx, verb)
        if speaker is not None:
            return speaker
    return None


def _sentence_end(ctx: DocContext, pos: int) -> int:
    tok = ctx.doc.char_span(pos, min(pos + 1, len(doc_text(ctx.doc))), alignment_mode="expand")
    if tok is None or not len(tok):
        return len(doc_text(ctx.doc))
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
    text = doc_text(doc)
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
