"""Verdicts told without a verb after a colon: "The verdict: six years for A, five for B",
"The sentences: A, seven years; B, four", "Verdict for A: eight years in a colony".

No trigger verb stands in these items, so the trigger-by-trigger pass in `events` sees none of
them, and `terms.verdict_list` reads only lists set out one item per line. Here the lead-in
before the colon names the verdict (a verdict noun, never a request, a possibility or a
maximum) and each name in the verbless run after it takes the term written next to it.
"""

from __future__ import annotations

import itertools
import re

from spacy.tokens import Span, Token

from vigil.extract.doctext import doc_text
from vigil.extract.en.attributes import date_text
from vigil.extract.en.context import DocContext
from vigil.extract.en.modality import asserted
from vigil.extract.en.numbers import NUM_WORD, TERM_RE, term_months
from vigil.extract.en.persons import Person
from vigil.extract.en.terms import FINITE_TAGS, ITEM_SEPARATOR, _list_value, _term_unit
from vigil.extract.findings import Finding
from vigil.extract.scan import tokens_in

# nouns of a lead-in that tells a verdict ("The verdict:", "The sentences handed down:")
_VERDICT_NOUNS = frozenset(
    {"verdict", "sentence", "ruling", "punishment", "penalty", "term", "judgment", "judgement", "outcome"}
)
# a lead-in about what is asked, possible or to come is no verdict ("The prosecution's demand:",
# "The maximum sentence:", "The sentences they face:", "The verdict is expected Friday:")
_NOT_A_VERDICT = frozenset(
    {"ask", "seek", "request", "demand", "want", "propose", "call", "urge", "expect", "face", "risk",
     "maximum", "possible", "potential", "requested", "proposed", "expected", "likely", "prosecutor",
     "prosecution", "carry", "could", "may", "might", "would", "will", "if"}
)  # fmt: skip
# what may stand between an item's term and the "for" before its name ("six years in a colony for")
_TERM_THEN_FOR = re.compile(r"(?:\s+(?:each\s+)?(?:[a-z-]+\s+){0,5}?)?for\s+$")
# what may stand between an item's name and its term ("A, six years", "A: four", "A — two years")
_NAME_THEN_TERM = re.compile(r"\s*(?:,\s*\d{1,3}\s*)?(?:,|:|\s[—–-]|\s--)\s*")
# names joined before one term share it ("A and B — three years each"; session 55)
_JOINED = re.compile(r"\s*(?:,|,?\s+and)\s+")
# a term that opens its own "TERM for NAME" item is not the term of the name before it
_FOR_AHEAD = re.compile(r"(?:\s+(?:each\s+)?(?:[a-z-]+\s+){0,5}?)?for\b")
_BARE = re.compile(rf"\b({NUM_WORD}(?:\s+and\s+a\s+half)?)\b(?![\s-]*(?:years?|months?|%|-))", re.IGNORECASE)
_COLON = frozenset({":"})


def verbless_verdicts(ctx: DocContext, findings: list[Finding]) -> list[Finding]:
    """Each named person of a verbless run of verdicts after a verdict lead-in, with the term
    written beside the name, as a sentence finding (once per person and term)."""
    out: list[Finding] = []
    doc = ctx.doc
    termed = {(id(p), f.term) for f in findings if f.type == "sentence" for p in f.persons}
    # (the colons through the word index: a pass over every token of every story found few)
    for colon in (t for t in tokens_in(doc, "ORTH", _COLON) if t.i not in ctx.quoted):
        lead = doc[colon.sent.start : colon.i]
        if not _verdict_lead(lead):
            continue
        items = _items_after(colon)
        if items is None or any(t.i in ctx.quoted for t in items):
            continue
        named = _named_terms(ctx, lead, items) or _told_verdict_term(ctx, findings, lead, items)
        for person, months, at in named:
            if (id(person), months) in termed:
                continue
            termed.add((id(person), months))
            date = date_text(lead.root)
            out.append(Finding("sentence", at, [person], term=months, date=date, confidence=0.7))
    return out


def verbless_runs_after_verdict(ctx: DocContext, findings: list[Finding]) -> list[Finding]:
    """'Five workers were convicted of hooliganism. A and B — three years of restricted freedom
    each; C — two years of home confinement.': a verbless run of names with terms beside them, as
    a sentence of its own right after (in the same paragraph) a sentence that tells a verdict of
    several people (a counted group or a list), reads as a run after a colon lead-in does; at least
    two of its names must take a term, or its one name opens it and a colon or a dash parts it from
    its term ("X, a teacher: nine years"). Not after a request, a possibility or a maximum (the
    lead-in words of `_verdict_lead`), nor a run with a verb ("A — who got five years — said")
    (session 55)."""
    out: list[Finding] = []
    doc = ctx.doc
    text = doc_text(doc)
    termed = {(id(p), f.term) for f in findings if f.type == "sentence" for p in f.persons}
    verdicts = [f for f in findings if f.type == "sentence" and (f.count or len(f.persons) > 1)]
    if not verdicts:
        return out
    for before, sent in itertools.pairwise(doc.sents):
        if not any(before.start <= f.trigger.i < before.end and asserted(f.trigger) for f in verdicts):
            continue
        if "\n" in text[before.end_char : sent.start_char] or any(t.i in ctx.quoted for t in sent):
            continue
        if any(t.tag_ in FINITE_TAGS for t in sent) or _NOT_A_VERDICT & {t.lemma_.lower() for t in before}:
            continue
        named = _named_terms(ctx, before[:0], sent)
        if len({id(p) for p, _, _ in named}) < 2:
            named = _one_item(ctx, sent)
        for person, months, at in named:
            if (id(person), months) not in termed:
                termed.add((id(person), months))
                out.append(Finding("sentence", at, [person], term=months, date=None, confidence=0.7))
    return out


def _one_item(ctx: DocContext, sent: Span) -> list[tuple[Person, int, Token]]:
    """'X, a teacher from Tomsk: nine years in a colony': a run of one item opens with its name
    (an age or a role may follow it) and parts it from the term by a colon or a dash (a comma
    alone may set off an age or a role); the term opens what follows the mark."""
    persons = {id(p): p for t in sent if (p := ctx.owner_at.get(t.i)) is not None}
    mark = ITEM_SEPARATOR.search(sent.text)
    if sent[0].i not in ctx.owner_at or len(persons) != 1 or mark is None or mark.start() > 80:
        return []
    term = TERM_RE.match(
        sent.text, mark.end() + len(sent.text[mark.end() :]) - len(sent.text[mark.end() :].lstrip())
    )
    months = term_months(term) if term is not None else None
    if not months or months > 600:
        return []
    at = ctx.doc.char_span(
        sent.start_char + term.start(), sent.start_char + term.end(), alignment_mode="expand"
    )
    return [(next(iter(persons.values())), months, at[0])] if at is not None else []


def _verdict_lead(lead: Span) -> bool:
    """A short lead-in that names a verdict as given, not as asked for, possible or expected."""
    if not 1 <= len(lead) <= 14:
        return False
    lemmas = {t.lemma_.lower() for t in lead} | {t.lower_ for t in lead}
    if not lemmas & _VERDICT_NOUNS or lemmas & _NOT_A_VERDICT:
        return False
    return all(asserted(t) for t in lead if t.pos_ in ("VERB", "AUX"))


def _items_after(colon: Token) -> Span | None:
    """The run after the colon to the end of its sentence (the next sentence, when the parser
    ended one at the colon), when no finite verb stands in it."""
    doc = colon.doc
    sent = colon.sent
    if colon.i + 1 < sent.end:
        items = doc[colon.i + 1 : sent.end]
    elif sent.end < len(doc) and "\n" not in doc_text(doc)[colon.idx : doc[sent.end].idx]:
        items = doc[sent.end].sent
    else:
        return None
    if any(t.tag_ in FINITE_TAGS for t in items):
        return None
    return items


def _named_terms(ctx: DocContext, lead: Span, items: Span) -> list[tuple[Person, int, Token]]:
    """(person, months, where the term is) for each name of the run that has a term beside it:
    the term before "for NAME", else the term after "NAME,"; a bare number takes the unit of
    the term before it. A lead-in's own "for NAME" takes the run's first term."""
    doc = ctx.doc
    text, base = doc_text(doc), items.start_char
    run = text[base : items.end_char]
    terms = _terms(run)
    if not terms:
        return []
    out: list[tuple[Person, int, Token]] = []
    mentions = sorted(
        ((s, e, p) for p in ctx.persons for s, e in set(p.mentions) if items.start <= s and e <= items.end),
        key=lambda m: m[0],
    )
    for s, e, person in mentions:
        start, end = doc[s].idx - base, doc[e - 1].idx + len(doc[e - 1].text) - base
        before = [t for t in terms if t[1] <= start and _TERM_THEN_FOR.fullmatch(run[t[1] : start])]
        after = [
            t
            for t in terms
            if t[0] >= end and _NAME_THEN_TERM.fullmatch(run[end : t[0]]) and not _FOR_AHEAD.match(run, t[1])
        ]
        if run[:start].rstrip().lower().endswith(" for"):
            after = []  # ("acquittal for A, four years for B": A's item has no term)
        chosen = before[-1] if before else (after[0] if after else None)
        if chosen is None and (shared := _shared_term(run, end, mentions, terms, doc, base)) is not None:
            chosen = shared
        if chosen is not None:
            at = doc.char_span(base + chosen[0], base + chosen[1], alignment_mode="expand")
            if at is not None:
                out.append((person, chosen[2], at[0]))
    owner = _lead_owner(ctx, lead)
    if owner is not None and terms[0][0] == len(run) - len(run.lstrip()) and not out:
        at = doc.char_span(base + terms[0][0], base + terms[0][1], alignment_mode="expand")
        if at is not None:
            out.append((owner, terms[0][2], at[0]))
    return out


def _shared_term(
    run: str,
    end: int,
    mentions: list[tuple[int, int, Person]],
    terms: list[tuple[int, int, int]],
    doc,
    base: int,
) -> tuple[int, int, int] | None:
    """'A and B — three years each': the term of the name joined right after this one by "and"
    (or a comma), when that name has its term right after it."""
    for s, e, _ in mentions:
        start = doc[s].idx - base
        if start < end:
            continue
        if not _JOINED.fullmatch(run[end:start]):
            return None
        after_end = doc[e - 1].idx + len(doc[e - 1].text) - base
        return next(
            (t for t in terms if t[0] >= after_end and _NAME_THEN_TERM.fullmatch(run[after_end : t[0]])), None
        )
    return None


def _terms(run: str) -> list[tuple[int, int, int]]:
    """(start, end, months) of each term of the run, bare numbers in the unit of the term before."""
    matches = list(TERM_RE.finditer(run))
    spans: list[tuple[int, int, int | None]] = [(m.start(), m.end(), term_months(m)) for m in matches]
    units = {m.start(): _term_unit(m) for m in matches}
    covered = [(s, e) for s, e, _ in spans]
    for bare in _BARE.finditer(run):
        aside = run[: bare.start()].rstrip().endswith(",") and run[bare.end() :].lstrip().startswith(",")
        if not aside and not any(s <= bare.start() < e for s, e in covered):  # (not an age: "A, 34, ...")
            spans.append((bare.start(), bare.end(), None))
    out: list[tuple[int, int, int]] = []
    unit = None
    for s, e, months in sorted(spans):
        if months is not None:
            unit = units[s]
            if months <= 600:
                out.append((s, e, months))
        elif unit is not None and (value := _bare_value(run[s:e], unit)) is not None:
            out.append((s, e, value))
    return out


def _bare_value(item: str, unit: int) -> int | None:
    value = _list_value(item, unit)
    return value if value and value <= 600 else None


def _told_verdict_term(
    ctx: DocContext, findings: list[Finding], lead: Span, items: Span
) -> list[tuple[Person, int, Token]]:
    """'X was convicted on Tuesday. The sentence: six years in a colony.': a bare lead-in ('The
    sentence:', 'Her punishment:') and a run that opens with a term name nobody; the term is that
    of the one person whose verdict the sentence just before told without a term."""
    if len(lead) > 3 or lead[-1].lemma_.lower() not in _VERDICT_NOUNS or lead.start == 0:
        return []
    if any(t.i in ctx.owner_at for t in items) or not (match := TERM_RE.match(items.text)):
        return []
    if (months := term_months(match)) is None:
        return []
    before = ctx.doc[lead.start - 1].sent
    told = [f for f in findings if f.type == "sentence" and before.start <= f.trigger.i < before.end]
    persons = {id(p): p for f in told for p in f.persons}
    if len(persons) != 1 or any(f.term is not None for f in told):
        return []
    person = next(iter(persons.values()))
    owner = next((t for t in lead if t.dep_ == "poss"), None)
    if owner is not None and ctx.person_at(owner) is not person:
        return []  # "Her sentence:" after his conviction
    return [(person, months, items[0])]


def _lead_owner(ctx: DocContext, lead: Span) -> Person | None:
    """'Verdict for A:', 'A's sentence:': the one person the lead-in gives the verdict to."""
    owners = {id(ctx.owner_at[t.i]): ctx.owner_at[t.i] for t in lead if t.i in ctx.owner_at}
    if len(owners) != 1:
        return None
    person = next(iter(owners.values()))
    first = min(t.i for t in lead if ctx.owner_at.get(t.i) is person)
    last = max(t.i for t in lead if ctx.owner_at.get(t.i) is person)
    doc = ctx.doc
    for_them = first > 0 and doc[first - 1].lower_ == "for"
    if for_them or (last + 1 < len(doc) and doc[last + 1].text in ("'s", "’s")):
        return person
    return None


__all__ = ["verbless_runs_after_verdict", "verbless_verdicts"]
