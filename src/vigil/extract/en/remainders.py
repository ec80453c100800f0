"""The rest of a group already counted as arrested, then kept in custody: "Police detained eleven
people ... The other four were placed in pre-trial detention", "the remaining six were sent to
jail on remand". The court's order keeps people whose arrest the article has already counted;
it is no new arrest of a group of its own (the earlier count holds them)."""

from __future__ import annotations

from spacy.tokens import Token

from vigil.extract.en.groups import has_det
from vigil.extract.findings import Finding

# verbs that keep someone already held (a remand, a transfer), not the ones that arrest
_KEEPING = frozenset({"remand", "send", "place", "hold", "keep", "transfer", "move", "put", "order"})
REST_WORDS = frozenset({"other", "remaining", "rest"})


def without_kept_rest(findings: list[Finding]) -> list[Finding]:
    """The findings less each unnamed, counted arrest of 'the other N' kept in custody after a
    larger arrest count earlier in the article."""
    arrests = [f for f in findings if f.type == "arrest" and f.count]
    return [
        f
        for f in findings
        if not (
            f in arrests
            and not f.persons
            and f.trigger.lemma_.lower() in _KEEPING
            and _the_rest(f.trigger)
            and any(g.count > f.count and g.trigger.i < f.trigger.i for g in arrests)
        )
    ]


def _the_rest(verb: Token) -> bool:
    """'the other six', 'the remaining four': the patient is what is left of a group."""
    patient = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")), None)
    return (
        patient is not None
        and has_det(patient, ("the",))
        and any(t.lower_ in REST_WORDS for t in patient.subtree if t.i < verb.i or t.head is patient)
    )


__all__ = ["REST_WORDS", "without_kept_rest"]
