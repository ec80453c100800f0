"""Timelines and fact boxes: "Key dates in the case of X" followed by entries such as
"- Jan. 10: Seized by agents at her home" or "• 2023 — Sentenced to nine years". Each entry
is told of the one person the title names; its verb has no subject of its own.
"""

from __future__ import annotations

import bisect
import re

from spacy.attrs import IDX
from spacy.tokens import Doc, Token

from vigil.extract.dates import MONTH_NAMES
from vigil.extract.doctext import doc_text
from vigil.extract.en.attributes import date_text, term_near
from vigil.extract.en.context import DocContext
from vigil.extract.en.modality import asserted
from vigil.extract.en.persons import Person
from vigil.extract.en.triggers import trigger_type
from vigil.extract.findings import Finding

_BULLETS = frozenset("-•*–—·▪●")
_SEPARATORS = frozenset({":", "-", "–", "—"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl"})


_MONTHS = frozenset({*MONTH_NAMES, *(m[:3] for m in MONTH_NAMES), "sept"})


def _date_word(t: Token) -> bool:
    """A word of an entry's date: "Jan. 10", "20 Nov 2023", "April 2020", "2019"."""
    return (
        t.ent_type_ == "DATE"
        or t.like_num
        or t.text in (".", ",")
        or t.is_title
        and t.lower_.rstrip(".") in _MONTHS
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
    doc = ctx.doc
    text = doc_text(doc)
    end = text.find("\n")
    end = len(text) if end < 0 else end
    found: list[Person] = []
    for t in doc:
        if t.idx >= end:
            break
        p = ctx.owner_at.get(t.i)
        if p is not None and not any(p is q for q in found):
            found.append(p)
    return found[0] if len(found) == 1 else None


def timeline_entries(ctx: DocContext, findings: list[Finding], home: str | None) -> list[Finding]:
    """Entries of a timeline whose first word is an event verb with no subject ("Sentenced to
    16 years by a terrorism court", "Detained by state security at the airport", and verbs
    conjoined to it) are events of the person the title names. A text needs two such entries
    to be a timeline; a question, negation or plan is no event here either."""
    doc = ctx.doc
    entries = [start for line in _line_starts(doc) if (start := _entry_start(line)) is not None]
    if len(entries) < 2:
        return []
    titled = _title_person(ctx)
    by_trigger = {f.trigger.i: f for f in findings}
    out: list[Finding] = []
    text = doc_text(doc)
    named, last_end = None, None
    for first in entries:
        # a box whose title names no one: an entry that names one person ("- 2021: X detained")
        # makes the subjectless entries right after it that person's
        line_end = text.find("\n", first.idx)
        line_end = len(text) if line_end < 0 else line_end
        if last_end is not None and text[last_end : text.rfind("\n", 0, first.idx) + 1].strip():
            named = None  # a line between: another box or the body
        last_end = line_end
        in_line: dict[int, Person] = {}
        for t in doc[first.i :]:
            if t.idx >= line_end:
                break
            if (p := ctx.owner_at.get(t.i)) is not None:
                in_line[id(p)] = p
        if len(in_line) == 1:
            named = next(iter(in_line.values()))
        elif in_line:
            named = None
        person = titled or named
        if person is None:
            continue
        # ("Let out of the jail ...": a participle the tagger reads as the base form)
        if not (first.tag_ in ("VBN", "VBD") or first.tag_ == "VB" and first.lower_ in ("let", "put", "set")):
            continue
        if not first.is_title and doc[first.i - 1].text not in _SEPARATORS:
            continue  # ("• June 2022 — sentenced to ...": after a date the entry may run on in lower case)
        verbs = [first, *(c for c in first.children if c.dep_ == "conj" and c.tag_ in ("VBN", "VBD"))]
        for verb in verbs:
            if any(c.dep_ in _SUBJECTS for c in verb.children) or verb.i in ctx.quoted:
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


__all__ = ["timeline_entries"]
