"""Timelines and fact boxes: "Key dates in the case of X" followed by entries such as
"- Jan. 10: Seized by agents at her home" or "• 2023 — Sentenced to nine years". Each entry
is told of the one person the title names; its verb has no subject of its own.
"""

from __future__ import annotations

import bisect
import re

from spacy.attrs import IDX
from spacy.tokens import Doc, Span, Token

from vigil.extract.dates import MONTH_WORDS
from vigil.extract.doctext import doc_text, first_line_end
from vigil.extract.en.attributes import date_text, term_near
from vigil.extract.en.context import DocContext
from vigil.extract.en.modality import asserted
from vigil.extract.en.participants import BENCH_TITLES
from vigil.extract.en.persons import Person
from vigil.extract.en.triggers import trigger_type
from vigil.extract.findings import Finding

_BULLETS = frozenset("-•*–—·▪●")
_SEPARATORS = frozenset({":", "-", "–", "—"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl"})


def _date_word(t: Token) -> bool:
    """A word of an entry's date: "Jan. 10", "20 Nov 2023", "April 2020", "2019"."""
    return (
        t.ent_type_ == "DATE"
        or t.like_num
        or t.text in (".", ",")
        or t.is_title
        and t.lower_.rstrip(".") in MONTH_WORDS
    )


# a line that may be a timeline entry: a bullet, a number, or a month and a number
_ENTRY_LINE = re.compile(
    rf"^[ \t]*(?:[{re.escape(''.join(sorted(_BULLETS)))}]|\d|[A-Z][a-z]{{2,8}}\.?[ \t]+\d)", re.M
)


def _line_starts(doc: Doc) -> list[Token]:
    """The first token of each line that may be an entry (the parser may cut an entry at its
    colon, so lines are read from the text)."""
    text = doc_text(doc)
    offsets = [m.end() - len(m.group().lstrip()) for m in _ENTRY_LINE.finditer(text)]
    if len(offsets) < 2:
        return []
    starts = doc.to_array(IDX) if len(doc) else []
    out = []
    for k in offsets:
        i = int(bisect.bisect_left(starts, k))
        if i < len(doc) and doc[i].idx == k:
            out.append(doc[i])
    return out


def _entry_start(line: Token) -> Token | None:
    """The first word of a timeline entry's text, past its bullet and date ("- Jan. 10: ",
    "20 Nov 2023 — "), when the line starting at `line` is such an entry."""
    doc = line.doc
    i = line.i
    bullet = doc[i].text in _BULLETS
    if bullet:
        i += 1
    dated = i
    while i < len(doc) and _date_word(doc[i]):
        if "\n" in doc[i].text:
            return None
        i += 1
    if i > dated:  # a date, then its separator
        if i >= len(doc) or doc[i].text not in _SEPARATORS:
            return None
        i += 1
    elif not bullet:
        return None
    return doc[i] if i < len(doc) and not doc[i].is_space else None


def _title_person(ctx: DocContext) -> Person | None:
    """The one person the text's first line names."""
    found = _named_between(ctx, 0, first_line_end(ctx.doc))
    return found[0] if len(found) == 1 else None


def _named_between(ctx: DocContext, lo: int, hi: int) -> list[Person]:
    """The persons named between two character offsets, each once, in order."""
    span = ctx.doc.char_span(lo, hi, alignment_mode="expand") if hi > lo else None
    found: list[Person] = []
    for t in span if span is not None else ():
        p = ctx.owner_at.get(t.i)
        if p is not None and not any(p is q for q in found):
            found.append(p)
    return found


def _next_line(entry: Token, after: Token) -> bool:
    """Whether `after` opens the line right after the line of `entry` (one timeline block)."""
    text = doc_text(entry.doc)
    between = text[entry.idx : after.idx]
    return between.count("\n") == 1 or between.count("\n") == 2 and "\n\n" in between


def _block_person(ctx: DocContext, block: list[Token]) -> Person | None:
    """The one person the last entry of a timeline block is about: named alone in the line just
    before the block ("The case of X: key dates"), else the subject of the nearest entry above
    that names one person alone ("March 2021 — X detained at a rally"; a later "- 2022: Y
    sentenced" hands the entries after it to Y). An entry that opens with its own verb names
    no subject ("Sentenced by judge Z")."""
    doc = ctx.doc
    text = doc_text(doc)
    start = block[0].idx
    line_start = text.rfind("\n", 0, start) + 1
    heading_end = len(text[:line_start].rstrip())  # (past blank lines: cleaned text may double them)
    heading_start = text.rfind("\n", 0, heading_end) + 1
    lines = [(heading_start, heading_end)]
    lines += [
        (e.idx, text.find("\n", e.idx) % (len(text) + 1))
        for e in reversed(block)
        if e.tag_ not in ("VBN", "VBD", "VB")
    ]
    for k, (lo, hi) in enumerate(lines):
        found = _named_between(ctx, lo, hi)
        if len(found) == 1:
            return found[0]
        if found and k > 0:  # (a heading naming several may be the body's last paragraph)
            return None
    return None


def timeline_entries(ctx: DocContext, findings: list[Finding], home: str | None) -> list[Finding]:
    """Entries of a timeline whose first word is an event verb with no subject ("Sentenced to
    16 years by a terrorism court", "Detained by state security at the airport", and verbs
    conjoined to it) are events of the person the title names. A text needs two such entries
    to be a timeline; a question, negation or plan is no event here either."""
    doc = ctx.doc
    entries = [start for line in _line_starts(doc) if (start := _entry_start(line)) is not None]
    if len(entries) < 2:
        return []
    title = _title_person(ctx)
    by_trigger = {f.trigger.i: f for f in findings}
    out: list[Finding] = []
    block: list[Token] = []  # the entries of the current timeline, one line after another
    for first in entries:
        if block and not _next_line(block[-1], first):
            block = []
        block.append(first)
        person = _block_person(ctx, block) or title
        if person is None:
            continue
        # ("Let out of the jail ...": a participle the tagger reads as the base form)
        if not (first.tag_ in ("VBN", "VBD") or first.tag_ == "VB" and first.lower_ in ("let", "put", "set")):
            continue
        # an entry dated before a dash or colon may start in lower case ("May 2023 — detained ...")
        if not (first.is_title or first.i > 0 and first.nbor(-1).text in _SEPARATORS):
            continue
        verbs = [first, *(c for c in first.children if c.dep_ == "conj" and c.tag_ in ("VBN", "VBD"))]
        for verb in verbs:
            # (the parser may make the entry's own date the subject: "May 2022 — sentenced")
            if any(c.dep_ in _SUBJECTS and c.i >= first.i for c in verb.children) or verb.i in ctx.quoted:
                continue
            etype = trigger_type(verb, home)
            if etype is None or not asserted(verb):
                continue
            told = by_trigger.get(verb.i)
            if told is not None:
                if not told.persons and told.count is None:
                    told.persons = [person]
                continue
            term = term_near(verb) if etype == "sentence" else None
            out.append(Finding(etype, verb, [person], term=term, date=date_text(verb), confidence=0.75))
    return out


_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _telegraphic(verb: Token) -> bool:
    """'Sentenced in 2021 to seven years.', 'Detained in March.': a sentence that opens with a
    past participle as its root, with no subject and no auxiliary (a profile's clipped line)."""
    first = next((t for t in verb.sent if t.is_alpha), None)
    return (
        first is not None
        and first.i == verb.i
        and verb.dep_ == "ROOT"
        and verb.tag_ in ("VBN", "VBD")
        and verb.is_title
        and not any(c.dep_ in (*_SUBJECTS, "aux", "auxpass") for c in verb.children)
    )


def _profiled_person(ctx: DocContext, sent: Span) -> Person | None:
    """The person a clipped profile line before `sent` is about. Walking back over the sentences
    of its own line, past descriptions with no verb ("Opposition politician, 67.") and other
    clipped lines, the first sentence naming anyone must name one person alone, either with no
    verb of its own ("X, 47, teacher.") or as its subject ("X is a teacher."; a pronoun subject
    carries the profile on); a sentence with a verb and no one, or naming several, ends the walk.
    Past the line's start, only the line above that is nothing but one name (a heading)."""
    doc = ctx.doc
    text = doc_text(doc)
    line_start = text.rfind("\n", 0, sent.start_char) + 1
    start = sent.start
    while start > 0 and doc[start - 1].idx >= line_start:
        prev = doc[start - 1].sent
        start = prev.start
        named = [ctx.owner_at[t.i] for t in prev if t.i in ctx.owner_at]
        subject = next((c for c in prev.root.children if c.dep_ in _SUBJECTS), None)
        finite = any(t.tag_ in _FINITE for t in prev)
        if named:
            person = named[0]
            if any(p is not person for p in named) or person in _bench(ctx, prev):
                return None
            if not finite or subject is not None and ctx.person_at(subject, pronouns=False) is person:
                return person
            return None
        if finite and not _telegraphic(prev.root):
            return ctx.person_at(subject) if subject is not None and subject.pos_ == "PRON" else None
    # (a heading line may stand a blank line above: cleaned text doubles the break after it)
    end = len(text[:line_start].rstrip())
    if end == 0 or text[end:line_start].count("\n") > 2:
        return None
    above = doc.char_span(text.rfind("\n", 0, end) + 1, end, alignment_mode="expand")
    words = [t for t in above if not (t.is_space or t.is_punct)] if above is not None else []
    owners = {id(ctx.owner_at.get(t.i)) for t in words}
    if words and len(owners) == 1 and words[0].i in ctx.owner_at and not _bench(ctx, above):
        return ctx.owner_at[words[0].i]
    return None


def _bench(ctx: DocContext, span: Span) -> list[Person]:
    """The people a span titles as of the bench or the case ("Judge X", "lawyer X")."""
    return [
        ctx.owner_at[t.i]
        for t in span
        if t.i in ctx.owner_at and t.i > 0 and t.nbor(-1).lower_ in BENCH_TITLES
    ]


def profile_lines(ctx: DocContext, findings: list[Finding]) -> None:
    """'X, 47, politician. Sentenced in 2021 to seven years.', 'X / Opposition politician, 67.
    Arrested in May 2020.': a clipped sentence opening with an event participle and no subject
    (and the participles joined to it) tells of the person the profile presents just before it."""
    for f in findings:
        if f.persons or f.count is not None or f.group_ref or f.trigger.i in ctx.quoted:
            continue
        root = f.trigger
        while root.dep_ == "conj" and root.head.tag_ in ("VBN", "VBD"):
            root = root.head
        if not _telegraphic(root) or any(c.dep_ in _SUBJECTS for c in f.trigger.children):
            continue
        if (person := _profiled_person(ctx, root.sent)) is not None:
            f.persons = [person]


__all__ = ["profile_lines", "timeline_entries"]
