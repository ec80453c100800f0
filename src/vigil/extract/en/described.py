"""A held person named with a participle of custody before the name: "the jailed journalist X",
"detained activist X", "imprisoned blogger X". The participle tells that X was taken into custody
(GUIDELINES: detained, arrested, jailed pending trial); with no verdict or term told it is an
arrest. Not when the name is the object of another event's verb ("Iran frees jailed national X":
the release is the news, and an earlier session's annotators read no arrest there), nor under a
hedge, in a quote, or of someone already given an arrest."""

from __future__ import annotations

from spacy.tokens import Token

from vigil.extract.en.attributes import date_text
from vigil.extract.en.context import DocContext
from vigil.extract.en.modality import asserted
from vigil.extract.en.triggers import trigger_type
from vigil.extract.findings import Finding
from vigil.extract.scan import tokens_in

_HELD_PARTICIPLES = frozenset({"jailed", "detained", "imprisoned", "arrested", "incarcerated"})


def described_as_held(ctx: DocContext, findings: list[Finding]) -> list[Finding]:
    out: list[Finding] = []
    for tok in tokens_in(ctx.doc, "LOWER", _HELD_PARTICIPLES):
        if tok.dep_ not in ("amod", "compound") or tok.i in ctx.quoted or tok.head.i < tok.i:
            continue
        head = tok.head
        while head.dep_ == "compound" and head.head.i > head.i:
            head = head.head  # "detained activist X": the role is a compound of the name
        persons = ctx.persons_in(head, pronouns=False)
        if len(persons) != 1 or _object_of_event(head) or not asserted(tok):
            continue
        person = persons[0]
        if any(f.type in ("arrest", "sentence") and person in f.persons for f in [*findings, *out]):
            continue  # the arrest (or the verdict that jailed them) is told already
        out.append(Finding("arrest", tok, [person], date=date_text(tok), confidence=0.7))
    return out


def _object_of_event(noun: Token) -> bool:
    """The described noun is the patient of an event verb ('frees jailed national X', 'sentenced
    detained activist X'): that event is the news."""
    node = noun
    for _ in range(3):
        if node.dep_ in ("dobj", "nsubjpass", "pobj", "appos", "conj", "xcomp"):
            node = node.head
            if node.pos_ in ("VERB", "AUX") or node.tag_ == "VBN":
                return trigger_type(node) is not None or (
                    node.dep_ in ("xcomp", "ccomp") and trigger_type(node.head) is not None
                )
        else:
            return False
    return False


__all__ = ["described_as_held"]
