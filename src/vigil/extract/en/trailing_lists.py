"""A list of names set off after a group event's clause by ', including' or ', among them'
that the parser hangs on a word that is no person ("detained dozens of protesters in three
cities, including A and B"; "which freed 30 prisoners convicted in political cases, among them
the lawyer A"; "arrest seven candidates within weeks, among them A and B"). The list's head
noun stands in for the event's patient group, whatever word the parser gave it: the names are
the group's members (session 62, including)."""

from __future__ import annotations

from spacy.tokens import Token

from vigil.extract.en.context import DocContext
from vigil.extract.en.groups import is_group, is_people
from vigil.extract.en.modality import SPEECH, asserted
from vigil.extract.en.participants import names_after, patient_of
from vigil.extract.en.persons import fold
from vigil.extract.en.triggers import lexicon, trigger_type
from vigil.extract.findings import Finding, Person

_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_LIST_ENDS = frozenset({";", ":", "(", ")"})
_SPEECH_WORDS = frozenset({"according", "said", "says", "told", "reported"})


def trailing_group_lists(ctx: DocContext, findings: list[Finding]) -> None:
    """Give a group event with no named member the names of a list set off after its clause:
    the event is asserted and its patient a group (a plural, a count); the list opens with a
    comma and 'including' or 'among them / among whom' after the patient, with nothing between
    but non-person words of the same clause (no finite verb, no other noun for people, no
    reporter); every item of the list is a named person (or an age or an apposition of the one
    before). Lists of places, charges, officials or lawyers give nothing."""
    for finding in list(findings):
        if finding.trigger.i in ctx.quoted:
            continue
        tok = finding.trigger
        patient = patient_of(tok, finding.type)
        if patient is None or not _a_group(patient):
            continue
        word = _list_word(tok, patient)
        if word is None:
            continue
        named = names_after(ctx, word)
        if not named or not _all_persons(ctx, word):
            continue
        if not finding.persons:
            finding.persons = list(named)
            finding.group_ref = True
        if all(p in finding.persons for p in named):
            findings.extend(_participle_events(findings, patient, word, finding.type, named))


def _participle_events(
    findings: list[Finding], patient: Token, word: Token, etype: str, named: list[Person]
) -> list[Finding]:
    """'released 41 people detained in the crackdown ..., among them A': the group's own
    participle tells an earlier event of the same people, which the listed members went
    through too (the participle's count is the main verb's, so no finding of its own was made)."""
    found: list[Finding] = []
    for verb in patient.children:
        if verb.dep_ != "acl" or verb.tag_ != "VBN" or not patient.i < verb.i < word.i:
            continue
        kind = trigger_type(verb)
        if kind is None or kind == etype or not asserted(verb):
            continue
        if any(f.trigger.i == verb.i and f.persons for f in findings):
            continue
        found.append(Finding(type=kind, trigger=verb, persons=list(named), group_ref=True))
    return found


def _a_group(patient: Token) -> bool:
    """A patient that counts or names several people ('30 prisoners', 'dozens of protesters')."""
    if patient.lower_ in ("they", "them", "who", "that", "which", "those"):
        return False
    if is_group(patient):
        return True
    # "dozens of protesters": the plural after "of"
    return any(
        g.dep_ == "pobj" and is_group(g)
        for c in patient.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children
    )


def _list_word(tok: Token, patient: Token) -> Token | None:
    """The word that opens the list: ', including' or ', among them / whom' after the trigger
    and its patient in the same sentence, with only non-person words of the same clause between."""
    doc, sent = tok.doc, tok.sent
    start = max(tok.i, patient.i) + 1
    for t in doc[start : sent.end]:
        if t.tag_ in _FINITE and _thing_relative(t):
            continue  # "... in the crackdown that followed the vote, among them A"
        if t.text in _LIST_ENDS or t.tag_ in _FINITE or t.lower_ in _SPEECH_WORDS:
            return None  # another clause, or a reporter, comes first
        if t.pos_ in ("NOUN", "PROPN") and t.dep_ != "compound" and _people_word(t):
            return None  # "... on a tip from officials, including X": the list picks from them
        if doc[t.i - 1].text != ",":
            continue
        if t.lower_ == "including":
            return t
        if t.lower_ == "among" and t.i + 1 < sent.end and doc[t.i + 1].lower_ in ("them", "whom"):
            return doc[t.i + 1]
    return None


def _thing_relative(verb: Token) -> bool:
    """A relative clause on a thing ('the crackdown that followed the vote'): its verb is no new
    clause of people the list could belong to."""
    return (
        verb.dep_ == "relcl"
        and any(c.dep_ == "nsubj" and c.lower_ in ("that", "which") for c in verb.children)
        and not _people_word(verb.head)
    )


def _people_word(t: Token) -> bool:
    """A word for people between the patient and the list (the list could pick from them): a
    person noun, a plural of people, a name (not a possessive: "after Hasina's fall")."""
    if t.ent_type_ in ("PERSON", "NORP", "ORG") and not any(c.tag_ == "POS" for c in t.children):
        return t.ent_type_ != "ORG" or t.pos_ == "PROPN" and t.dep_ != "compound"
    return is_people(t) or fold(t.lemma_) in lexicon("relation_nouns")


def _all_persons(ctx: DocContext, word: Token) -> bool:
    """Every item of the list after `word` holds a named person; an item of only an age or an
    apposition ('a former general') describes the one before."""
    doc = word.doc
    items: list[list[Token]] = [[]]
    for t in doc[word.i + 1 : word.sent.end]:
        if t.text in _LIST_ENDS or t.tag_ in ("WP", "WDT", "WP$") or t.text in (".", "!", "?"):
            break
        if t.pos_ in ("VERB", "AUX") and t.i not in ctx.owner_at and t.i + 1 not in ctx.owner_at:
            if t.lemma_ in SPEECH:
                items.pop()  # "..., among them A, the rights group B said": B reports, no item
            break
        if t.text == "," or t.lower_ in ("and", "or"):
            items.append([])
            continue
        items[-1].append(t)
    items = [i for i in items if i]
    if not items:
        return False
    for n, item in enumerate(items):
        if any(t.i in ctx.owner_at for t in item):
            continue
        if n and (all(t.like_num for t in item) or item[0].lower_ in ("a", "an")):
            continue  # "A, 22," / "A, a former general,": of the item before
        if n + 1 < len(items) and _people_word(item[-1]) and any(t.i in ctx.owner_at for t in items[n + 1]):
            continue  # "X's brother, A": a role set off before its name
        return False
    return True
