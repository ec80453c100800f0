"""The one taken, freed or expelled read off the words after an active verb, when the parse lost it.

"Intelligence agents seized preacher X", "officials let out the cartoonist X", "Turkey
extradited Tajik dissident X to Dushanbe": the small parser often makes a nationality or role
before an unknown name the object and hangs the name anywhere (a preposition, a clause, the
root of the sentence), or reads the verb as an adjective of the role. Word order still tells who
the object is: right after the active verb (and its particle), an optional article, a few words
of role or nationality, then a name. Only that shape is read: a comma, a preposition ("the
brother of X"), a possessive ("X's son"), a relative pronoun or a verb ends it, so the name is
always the head of the verb's own object phrase.
"""

from __future__ import annotations

from spacy.tokens import Token

from vigil.extract.en.context import DocContext
from vigil.extract.en.triggers import lexicon
from vigil.extract.findings import Person

# verb forms of an active clause (a finite verb or a perfect participle after "have")
_ACTIVE_TAGS = frozenset({"VBD", "VBZ", "VBP", "VBN", "VB"})
_PASSIVE_AUX = frozenset({"was", "were", "been", "being", "is", "are", "be", "get", "got", "gets"})
_PARTICLES = frozenset({"up", "out", "over", "away", "off", "back"})
_ARTICLES = frozenset({"the", "a", "an"})
# role words may be nouns, adjectives or attributive participles ("the jailed poet X")
_ROLE_TAGS = frozenset({"NN", "NNS", "JJ", "VBN", "VBG"})
_MAX_ROLE_WORDS = 5
_TYPES = frozenset({"arrest", "release", "deportation"})


def _active(verb: Token) -> bool:
    """An active finite verb: no passive auxiliary before it in its clause, no participle use."""
    if verb.tag_ not in _ACTIVE_TAGS or any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return False
    doc = verb.doc
    before = [doc[i] for i in range(max(verb.sent.start, verb.i - 3), verb.i)]
    if any(t.lower_ in _PASSIVE_AUX for t in before):
        return False
    if verb.tag_ == "VBN":
        return any(t.lemma_ == "have" for t in before)  # "have let out", not "X, detained in May"
    return verb.i > verb.sent.start  # a subject comes first


def _name_after(ctx: DocContext, start: int, end: int) -> tuple[Person, int] | None:
    """The person whose name opens after an optional article and a few role words from `start`,
    and where the name ends; None when anything else stands between."""
    doc = ctx.doc
    i = start
    if i < end and doc[i].lower_ in _ARTICLES:
        i += 1
    roles = 0
    while i < end and ctx.owner_at.get(i) is None:
        t = doc[i]
        role = (t.is_lower and t.is_alpha and t.tag_ in _ROLE_TAGS) or (t.ent_type_ == "NORP" and t.is_title)
        if not role or roles >= _MAX_ROLE_WORDS:
            return None
        roles += 1
        i += 1
    if i >= end or i in ctx.quoted:
        return None
    person = ctx.owner_at[i]
    last = i
    while last + 1 < end and ctx.owner_at.get(last + 1) is person:
        last += 1
    if last + 1 < len(doc) and doc[last + 1].tag_ == "POS":
        return None  # "arrested X's son": the son
    if last + 1 < end and (
        doc[last].dep_ == "compound"
        and doc[last].head.i == last + 1
        and doc[last + 1].pos_ == "NOUN"
        or doc[last + 1].lower_ in lexicon("relation_nouns")
    ):
        return None  # "Court frees Milosevic aide": the name modifies whom it frees
    return person, last + 1


def named_object(ctx: DocContext, verb: Token, etype: str) -> list[Person]:
    """The people named as the object of an active arrest, release or deportation verb by word
    order alone ("seized cleric A", "arrested journalists A and B"), for a trigger whose parse
    gave no one."""
    if etype not in _TYPES or not verb.is_lower or not _active(verb):
        return []
    doc = verb.doc
    end = verb.sent.end
    i = verb.i + 1
    while i < end and doc[i].lower_ in _PARTICLES and doc[i].tag_ in ("RP", "RB", "IN"):
        i += 1
    found: list[Person] = []
    while (named := _name_after(ctx, i, end)) is not None:
        person, i = named
        if person not in found:
            found.append(person)
        if i < end and doc[i].lower_ == "and":
            i += 1
            continue
        if i + 1 < end and doc[i].text == "," and ctx.owner_at.get(i + 1) is not None:
            i += 1  # "A, B and C"
            continue
        break
    return found


__all__ = ["named_object"]
