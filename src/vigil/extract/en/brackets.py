"""Lists of names with a bracket after each: "A (14 years), B (9 years) and C".

Rights groups' reports give each person's term in brackets after the name. The small parser
reads the bracket as the end of the list, so the names after the first one fall out of the
event, and the first bracket's term becomes everyone's. These two passes read the surface
instead: the names a list continues past brackets, commas and "and" belong to the event, and a
term in brackets right after a name is that person's own.
"""

from __future__ import annotations

import dataclasses
import re

from spacy.tokens import Doc, Span

from vigil.extract.doctext import span_text
from vigil.extract.en.context import DocContext
from vigil.extract.en.numbers import parse_term
from vigil.extract.findings import Finding, Membership, Person

__all__ = ["bracketed_member_terms", "bracketed_terms", "past_aside", "past_brackets"]

_LONGEST_TERM = 25 * 12  # more than this in brackets is no term ("(2010-2014)" is caught earlier)
_AGE = re.compile(r"\b(?:old|aged?)\b", re.IGNORECASE)
_BRACKET_WIDTH = 12  # tokens; a longer bracket is an aside, not a term or a note on one name


def _close(doc: Doc, i: int, end: int) -> int | None:
    """The ')' that closes the '(' at token i, if it is near and in the same sentence."""
    if doc[i].text != "(":
        return None
    return next((k for k in range(i + 1, min(end, i + _BRACKET_WIDTH)) if doc[k].text == ")"), None)


def past_aside(doc: Doc, i: int, end: int) -> int:
    """Token i, or the one after the short bracket opening there ("X (Y in Russian reports), 34")."""
    close = _close(doc, i, end) if i < end else None
    return i if close is None else close + 1


def _past_role(ctx: DocContext, i: int, end: int) -> int:
    """Token i, or the name after a short lower-case role starting there ("the teacher B")."""
    k = ctx.name_past_role(i, min(i + 4, end))
    return i if k is None else k


def _past_town(doc: Doc, i: int, end: int) -> int:
    """Token i, or the one after a town the person is from ("A from Khabarovsk (six years)")."""
    if i + 2 < end and doc[i].lower_ == "from" and doc[i + 1].pos_ == "PROPN":
        return i + 2
    return i


def past_brackets(ctx: DocContext, persons: list[Person], sent: Span) -> list[Person]:
    """'Among those pardoned were A (15 years), B (10 years) and C': the names that follow the
    last listed one past a bracket, commas and 'and' are on the list too. Nothing changes unless
    a bracket follows a listed name: without one, the parse already reads the list whole."""
    doc = sent.doc
    ends = [e for p in persons for s, e in p.mentions if sent.start <= s < sent.end]
    if not ends or not any(e < sent.end and doc[_past_town(doc, e, sent.end)].text == "(" for e in ends):
        return persons
    out = list(persons)
    i = max(ends)
    while i < sent.end:
        close = _close(doc, i, sent.end)
        if close is not None:
            i = close + 1
        elif doc[i].text == "," or doc[i].lower_ == "and":
            i += 1
        elif (role := _past_role(ctx, i, sent.end)) > i:
            i = role  # "..., and the teacher B": the role before the next name
        elif (town := _past_town(doc, i, sent.end)) > i:
            i = town  # "A from Khabarovsk (six years), B ...
        elif i in ctx.owner_at and i not in ctx.quoted:
            person = ctx.owner_at[i]
            if person not in out:
                out.append(person)
            while i < sent.end and ctx.owner_at.get(i) is person:
                i += 1
        else:
            break
    return out


def bracketed_terms(ctx: DocContext, finding: Finding) -> list[Finding]:
    """'The court sentenced A (14 years), B (9 years) and C (5 years)': one sentence per name
    with the term in brackets right after it; a name with no bracket keeps the term the
    sentence states outside brackets, if any. '(14)' or '(aged 22)' is an age, not a term."""
    if finding.type != "sentence" or not finding.persons:
        return [finding]
    doc = finding.trigger.doc
    sent = finding.trigger.sent
    own: dict[int, int] = {}
    for person in finding.persons:
        for s, e in person.mentions:
            close = _close(doc, e, sent.end) if sent.start <= s < sent.end and e < sent.end else None
            if close is None:
                continue
            inside = span_text(doc[e + 1 : close])
            term = parse_term(inside)
            if term and term <= _LONGEST_TERM and not _AGE.search(inside):
                own[id(person)] = term
    if not own:
        return [finding]
    # (one's own term is no group's: "Among those convicted were A (six years) and B (three
    # years)" puts A and B in the group told before, but gives neither the other's term)
    split = [
        dataclasses.replace(
            finding, persons=[p], term=own[id(p)], count=None, group=None, group_ref=False, joins_latest=False
        )
        for p in finding.persons
        if id(p) in own
    ]
    rest = [p for p in finding.persons if id(p) not in own]
    if rest or finding.count is not None or finding.group_ref:
        # the term outside brackets, if the finding's term came from one of them it is no one's
        term = finding.term if finding.term not in own.values() else None
        split.append(dataclasses.replace(finding, persons=rest, term=term))
    return split


# the whole bracket is a term, perhaps with what it was for: "(six and a half years for
# 'justifying terrorism')", "(serving four years)", "(eight years in a colony)"
_TERM_NOTE = re.compile(
    r"^(?:serving\s+|sentenced\s+to\s+)?[\w\s-]{2,40}?\b(?:years?|months?)\b(?:\s+(?:for|in|on|over)\b.*)?$",
    re.IGNORECASE,
)
# (not a time held or ago: "(held for two months)", "(freed two years ago)", "(24 years old)")
_NOT_A_TERM = re.compile(
    r"\b(?:ago|old|aged?|later|earlier|before|after|since|held|detained|spent|custody|detention|"
    r"arrest|remand|exile|ban)\b",
    re.IGNORECASE,
)


def bracketed_member_terms(
    ctx: DocContext, findings: list[Finding], memberships: list[Membership]
) -> list[Finding]:
    """'The list of those freed includes the activist A from Khabarovsk (six and a half years for
    "justifying terrorism") and B': a member of a group named with a term in brackets right after
    the name (or its "from" town) is serving that term, a sentence of A's own."""
    doc = ctx.doc
    termed = {(id(p), f.term) for f in findings if f.type == "sentence" for p in f.persons}
    out: list[Finding] = []
    for m in memberships:
        if m.token.i in ctx.quoted:
            continue
        sent = m.token.sent
        for person in m.persons:
            for s, e in person.mentions:
                if not sent.start <= s < sent.end:
                    continue
                at = _past_town(doc, e, sent.end)  # "A from Khabarovsk (six years)"
                close = _close(doc, at, sent.end) if at < sent.end else None
                if close is None:
                    continue
                inside = span_text(doc[at + 1 : close])
                term = parse_term(inside)
                if (
                    not term
                    or term > _LONGEST_TERM
                    or not _TERM_NOTE.match(inside)
                    or _NOT_A_TERM.search(inside)
                ):
                    continue
                if (id(person), term) not in termed:
                    termed.add((id(person), term))
                    out.append(Finding("sentence", doc[at], [person], term=term, confidence=0.7))
    return out
