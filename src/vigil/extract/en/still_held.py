"""A person the article says is still held is not one of the freed: "Among them is the
photographer X, who remains in custody", "Those still held are A and B", "two of them — X and
her son — are still being held", "A tenth prisoner, X, refused to leave and remains in custody".

The group rules join such a name to the release told just before (by "among them", a part of
the group, an ordinal); the name's own clause says the opposite, and a wrong "released" on a
real person's record is the harm issue 9 names first. So a person leaves a release when, in
the sentence that ties them to it, the clause naming them says they remain held and tells no
release of theirs. Clauses are cut at "; ", ", but", ", while", ", whereas" (the freed and the
held are often told in one sentence: "Eight were released; the other four remain in custody").

Census (session 62, L62 predictions of every English read set and real tuning half): 4 false
releases of this kind in 4 sets (syn30b, syn48b, grid55-counts-a, grid56-removal-b) and no
true one.
"""

from __future__ import annotations

import re
from dataclasses import replace

from vigil.model import Event, Extraction

# the clause says the person is held now: "remains in custody", "are still being held"
_STILL_HELD = re.compile(
    r"\b(?:remain(?:s|ed)?|stays?|stayed)\s+(?:in\s+(?:custody|prison|jail|detention|the\s+colony)|behind\s+bars"
    r"|jailed|detained|imprisoned|held|locked\s+up)\b"
    r"|\bstill\s+(?:being\s+)?(?:held|in\s+custody|behind\s+bars|in\s+prison|in\s+jail|in\s+detention|detained"
    r"|jailed|imprisoned|locked\s+up)\b",
    re.IGNORECASE,
)
# a release told in the same clause keeps the person ("was freed but remains in exile" is no
# custody; "released ... and remains under house arrest" is told as freed)
_FREED = re.compile(
    r"\b(?:free[ds]?|freeing|releas(?:e|ed|es|ing)|let\s+(?:go|out)|pardon(?:ed|s)?|acquitted"
    r"|walked\s+(?:out|free)|set\s+free|came\s+(?:home|out))\b",
    re.IGNORECASE,
)
# a pronoun mention ("her editor ... remain in custody") names someone else's clause as often as hers
_PRONOUNS = frozenset(
    {"he", "she", "him", "her", "his", "hers", "they", "them", "their", "i", "me", "my", "we"}
)
_CLAUSE_BREAK = re.compile(r";|,\s+(?:but|while|whereas)\b|\s+but\s+")


def without_still_held(extraction: Extraction) -> Extraction:
    """The extraction less each person of a release whose own clause says they remain held;
    a release left with neither person nor count is dropped."""
    text = extraction.document.text
    mentions = {p.id: p.mentions for p in extraction.persons}
    events: list[Event] = []
    for event in extraction.events:
        if event.type != "release" or not event.persons:
            events.append(event)
            continue
        kept = [
            p
            for p in event.persons
            if not _held_in_own_clause(text, event.evidence_for(p), mentions.get(p, []))
        ]
        if kept == event.persons:
            events.append(event)
        elif kept or event.count is not None:
            evidence = {p: s for p, s in event.person_evidence.items() if p in kept}
            events.append(replace(event, persons=kept, person_evidence=evidence))
    if len(events) == len(extraction.events) and all(
        a is b for a, b in zip(events, extraction.events, strict=True)
    ):
        return extraction
    return replace(extraction, events=events)


def _held_in_own_clause(text: str, span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    """Whether some mention of the person inside `span` sits in a clause that says they remain
    held and tells no release."""
    start, end = span
    sentence = text[start:end]
    inside = [
        (s - start, e - start)
        for s, e in spans
        if start <= s and e <= end and text[s:e].lower() not in _PRONOUNS
    ]
    if not inside or not _STILL_HELD.search(sentence):
        return False
    cuts = [0] + [m.start() for m in _CLAUSE_BREAK.finditer(sentence)] + [len(sentence)]
    clauses = list(zip(cuts, cuts[1:], strict=False))
    for s, _ in inside:
        clause = next(sentence[a:b] for a, b in clauses if a <= s < b)
        if _STILL_HELD.search(clause) and not _FREED.search(clause):
            return True
    return False


__all__ = ["without_still_held"]
