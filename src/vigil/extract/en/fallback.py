"""A last resort for an asserted trigger whose argument search found no one.

The rules in `participants` find an event's people through specific parse paths; when the parse
is odd the trigger keeps no person and the event is lost. This pass runs after every other rule
and only on such findings (no person, no count, no group), and takes a person only through a tie
that survives a misparse:

* a subjectless conjunct ("X was arrested in May, days after ..., and was sentenced in June")
  shares the person of the passive event told just before it in the same sentence, wherever
  the parser hung it, or the subject of the passive it is coordinated with ("acquitted of A but
  found guilty of B");
* a hyphenated role split by the tokenizer ("sentenced editor-in-chief X") hides the name it
  titles in a prepositional phrase: the name right after the glued word is the object;
* a reflexive set off after a name ("X - herself released last year - said") stands for it;
* a passive left without a subject (or with a bracketed gloss for one) tells of the first person
  above the word before its auxiliary ("According to Viasna, X, a welder sentenced ..., was freed");
* a bare participle's own subject ("ordered X detained for 15 days") is the one detained;
* a subjectless gerund of time, passive or receiving an event noun ("before receiving a pardon"),
  tells of the subject of the clause it modifies.

Measured (session 32): +12 events and +3 terms on the English read sets, no new false event;
the blind sets syn23b/syn24b and the held-out aghold did not move.

The official and ordinary-crime checks of `events` run after this pass, so a person taken here
is dropped as any other rule's would be.
"""

from __future__ import annotations

from spacy.tokens import Token

from vigil.extract.en.context import DocContext
from vigil.extract.en.participants import is_passive
from vigil.extract.en.triggers import lexicon, noun_rules
from vigil.extract.findings import Finding, Person

_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "dobj", "expl", "attr"})
_JOINERS = frozenset({"and", "but", "then"})
_NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "NUM"})
_RELATIVES = frozenset({"who", "that", "which", "whom"})
_REFLEXIVES = frozenset({"himself", "herself"})
_UP = frozenset({"pcomp", "prep", "pobj", "dobj"})
_TIME_PREPOSITIONS = frozenset({"before", "after", "upon", "on", "since", "until"})
_OPENERS = frozenset({"(", '"', "\u201c"})
_CLOSERS = frozenset({")", '"', "\u201d"})


def fallback_persons(ctx: DocContext, findings: list[Finding]) -> None:
    """Gives each persons-less, uncounted finding the person its trigger is most closely tied to."""
    for f in findings:
        if f.persons or f.count is not None or f.trigger.i in ctx.quoted:
            continue
        if f.group_ref and not _after_subordinate(f.trigger):
            continue  # (a group the rules found; only a clause's subject lent by a misparse is not one)
        found = (
            _shared_subject(ctx, f, findings)
            or _hyphenated_role_object(ctx, f.trigger)
            or _reflexive_subject(ctx, f.trigger)
            or _subject_before_auxiliary(ctx, f.trigger)
            or _small_clause_subject(ctx, f)
            or _gerund_of_main_subject(ctx, f)
            or _object_after_phrase(ctx, f.trigger)
            or _subject_spelled_as_name(ctx, f.trigger)
        )
        if found:
            f.persons = list(found)
            f.group_ref, f.noun_back = False, None
            f.confidence = min(f.confidence, 0.6)


def _subject_spelled_as_name(ctx: DocContext, tok: Token) -> list[Person]:
    """'ADDITIONAL INFORMATION / Zhila Moradi was arrested on 4 August', 'the court sentenced Zhila
    Moradi to four years': the one who underwent the event, spelled exactly as a person of the
    article (full name) whom the tagger did not mark there, is that person."""
    # (the one who underwent it: the passive's subject, the active verb's object)
    role = "nsubjpass" if is_passive(tok) else "dobj"
    subj = next((c for c in tok.children if c.dep_ == role and c.pos_ == "PROPN"), None)
    if subj is None or subj.i in ctx.owner_at:
        return []
    words = [c for c in subj.children if c.dep_ == "compound" and c.i < subj.i and c.pos_ == "PROPN"]
    if not words or words[0].i != subj.left_edge.i:
        return []
    spelled = " ".join(t.text for t in [*words, subj]).casefold()
    return [p for p in ctx.persons if p.name.casefold() == spelled][:1]


def _shared_subject(ctx: DocContext, f: Finding, findings: list[Finding]) -> list[Person]:
    """'X was arrested in 2023, days after a singer performed his song, and was sentenced a year
    later': the second verb has no subject of its own and the parser hung it on a clause between,
    so it tells of the one the passive event just before it in the sentence tells of."""
    tok = f.trigger
    if tok.dep_ != "conj" or not (is_passive(tok) or tok.tag_ in ("VBN", "VBD")):
        return []
    if any(c.dep_ in _ARGUMENTS and c.pos_ in _NOMINAL for c in tok.children):
        return []  # "... and his brother was freed", "... and released her": an argument of its own
    if tok.left_edge.i <= tok.sent.start or tok.doc[tok.left_edge.i - 1].lower_ not in _JOINERS:
        return []
    head = tok.head
    subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.lower_ not in _RELATIVES:
        if is_passive(head):
            # "X was questioned and released", "X was acquitted of A but found guilty of B": the
            # head's own subject
            return ctx.persons_in(subject, pronouns=False)
        if not _after_subordinate(tok):
            # "... after police raided the flat and released ...": whose release is unclear
            return []
    earlier = [
        g
        for g in findings
        if g.persons
        and g.count is None
        and not g.group_ref
        and g.trigger.sent.start == tok.sent.start
        and g.trigger.i < tok.i
        and g.trigger.pos_ in ("VERB", "AUX")
        and is_passive(g.trigger)
    ]
    return list(max(earlier, key=lambda g: g.trigger.i).persons) if earlier else []


def _object_after_phrase(ctx: DocContext, tok: Token) -> list[Person]:
    """'a court on Monday released on probation X, an activist ...': an active verb whose object
    comes after a short phrase of manner is read with the name as that phrase's object (and the
    verb as a participle of its subject): the name right after the phrase's one noun is the
    verb's object."""
    if tok.tag_ not in ("VBD", "VBN") or is_passive(tok):
        return []
    if any(c.dep_ in ("dobj", "nsubjpass", "auxpass", "dative") for c in tok.children):
        return []
    doc = tok.doc
    # the phrase: a preposition and one or two words ("on probation", "from custody")
    k = tok.i + 1
    if k >= tok.sent.end or doc[k].dep_ != "prep" or doc[k].head.i != tok.i:
        return []
    k += 1
    while k < min(tok.i + 5, tok.sent.end) and k not in ctx.owner_at and doc[k].pos_ == "NOUN":
        k += 1
    person = ctx.owner_at.get(k)
    if person is None or k == tok.i + 2 or _possessor(ctx, doc[k]):
        return []
    return [person]


def _after_subordinate(tok: Token) -> bool:
    """'X was detained in May, a day after his supporters gathered, and was sentenced in June':
    a passive with its own auxiliary, after a comma and a joiner, hung on an active clause of time
    whose subject is not its own: it goes on the main clause."""
    head = tok.head
    edge = tok.left_edge.i
    return (
        tok.dep_ == "conj"
        and any(c.dep_ == "auxpass" for c in tok.children)
        and head.dep_ in ("advcl", "pcomp")
        and not is_passive(head)
        and any(c.dep_ == "mark" for c in head.children)
        and edge - 2 >= tok.sent.start
        and tok.doc[edge - 1].lower_ in _JOINERS
        and tok.doc[edge - 2].text == ","
    )


def _hyphenated_role_object(ctx: DocContext, tok: Token) -> list[Person]:
    """'sentenced editor-in-chief X': the tokenizer splits the role at its hyphens and the
    parser hangs the name on the split word's preposition; the name that starts right after
    the glued word is the verb's object."""
    for obj in tok.children:
        if obj.dep_ not in ("dobj", "nsubjpass") or obj.i in ctx.owner_at:
            continue
        doc, end = tok.doc, obj.i
        while (
            end + 2 < obj.sent.end
            and not doc[end].whitespace_
            and (doc[end + 1].is_alpha or doc[end + 1].text == "-")
        ):
            end += 1  # the word's pieces: "editor" "-" "in" "-" "chief"
        if obj.pos_ != "NOUN" or end == obj.i or "-" not in doc[obj.i : end + 1].text:
            continue
        name = doc[end + 1]
        if name.i not in ctx.owner_at or _possessor(ctx, name):
            continue  # ("sentenced co-founder X's colleague": someone else)
        ancestors = list(name.ancestors)
        top = next((a for a in [name, *ancestors] if a.head.i == tok.i), None)
        if not any(obj.i <= a.i <= end for a in ancestors[:3]) and not (
            top is not None and top.dep_ == obj.dep_
        ):
            continue  # the name hangs on something else ("co" "-" "founder" X: a second object is it)
        return [ctx.owner_at[name.i]]
    return []


def _reflexive_subject(ctx: DocContext, tok: Token) -> list[Person]:
    """'The defender X — herself released last year — said ...': the parser reads the set-off
    participle as a verb with two subjects, the person and the reflexive that stands for them."""
    if any(c.dep_ == "dobj" for c in tok.children):
        return []
    before = tok.doc[tok.i - 1] if tok.i > tok.sent.start else None
    if before is not None and before.lower_ in _REFLEXIVES and before.dep_ == "appos":
        # ("X - herself detained in 2020 - said": the reflexive set off after the name)
        person = ctx.person_at(before)
        return [person] if person is not None else []
    subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not any(c.lower_ in _REFLEXIVES for c in subjects):
        return []
    return [p for c in subjects if c.lower_ not in _REFLEXIVES for p in ctx.persons_in(c, pronouns=False)]


def _subject_before_auxiliary(ctx: DocContext, tok: Token) -> list[Person]:
    """'According to Viasna, X, a welder sentenced in 2021 ..., was released': a passive verb
    left without a subject (the parser hung the name on a phrase before it) tells of the first
    person met climbing from the word before its auxiliary up to the verb."""
    subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    if tok.tag_ != "VBN" or any(not _bracketed(c) for c in subjects):
        return []
    aux = next((c for c in tok.children if c.dep_ == "auxpass" and c.i < tok.i), None)
    if aux is None or aux.i - 2 < tok.sent.start or tok.doc[aux.i - 1].text != ",":
        return []
    # ('X, ..., under Article 342 ("organisation of riots"), was released': the bracketed gloss
    # the parser took for the subject is none; the climb starts before it)
    start = min([aux.i - 2, *(_opening(c) - 1 for c in subjects)])
    if start < tok.sent.start:
        return []
    node = tok.doc[start]
    while node.i != tok.i and node.i >= tok.sent.start:
        if (person := ctx.person_at(node, pronouns=False)) is not None:
            return [person]
        if node.head.i == node.i:
            # (a root that is not the verb, as when "who was was arrested" repeats its auxiliary:
            # the climb ends there; it used to loop for ever, session 57, wikinews-en)
            break
        node = node.head
    return []


def _small_clause_subject(ctx: DocContext, f: Finding) -> list[Person]:
    """'Prosecutors ordered researcher X detained for 15 days': a bare participle with a subject
    of its own and no auxiliary is a small clause whose subject is the one detained."""
    tok = f.trigger
    if f.type != "arrest" or tok.tag_ not in ("VBN", "VBD") or tok.dep_ not in ("ccomp", "xcomp", "oprd"):
        return []
    if any(c.dep_ in ("aux", "auxpass", "dobj") for c in tok.children):
        return []  # ("X has detained ...", "said they detained X": the subject did it)
    subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    return ctx.persons_in(subject, pronouns=False) if subject is not None else []


def _gerund_of_main_subject(ctx: DocContext, f: Finding) -> list[Person]:
    """'X served four years before receiving a pardon', 'X spent a year in jail before being freed':
    a subjectless gerund after a preposition of time tells of the subject of the verb it modifies,
    when that subject is the one it befalls (a passive, or a verb of receiving an event noun)."""
    tok = f.trigger
    if tok.tag_ != "VBG" or tok.dep_ != "pcomp" or tok.head.dep_ != "prep":
        return []
    if tok.head.lower_ not in _TIME_PREPOSITIONS or any(
        c.dep_ in ("nsubj", "nsubjpass") for c in tok.children
    ):
        return []
    received = tok.lemma_.lower() in lexicon("receiving_verbs") and any(
        c.dep_ == "dobj" and noun_rules().get(c.lemma_.lower()) == f.type for c in tok.children
    )
    if not (received or is_passive(tok)):
        return []
    verb = tok.head.head
    for _ in range(8):  # ("served four years for minimising ... before receiving a pardon": served)
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) or verb.dep_ not in _UP:
            break
        verb = verb.head
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return ctx.persons_in(subject) if subject is not None and verb.pos_ in ("VERB", "AUX") else []


def _bracketed(tok: Token) -> bool:
    """The phrase of `tok` sits inside brackets or quotation marks: a gloss, no argument."""
    doc, left, right = tok.doc, tok.left_edge.i, tok.right_edge.i
    opened = doc[left].text in _OPENERS or left > 0 and doc[left - 1].text in _OPENERS
    closed = doc[right].text in _CLOSERS or right + 1 < len(doc) and doc[right + 1].text in _CLOSERS
    return opened and closed


def _opening(tok: Token) -> int:
    """Where the brackets (and the quotation marks inside them) around `tok`'s phrase open."""
    at = tok.left_edge.i if tok.left_edge.text in _OPENERS else tok.left_edge.i - 1
    while at > tok.sent.start and tok.doc[at - 1].text in _OPENERS:
        at -= 1
    return at


def _possessor(ctx: DocContext, name: Token) -> bool:
    """The name, read to its last word, owns the noun after it ("X's colleague")."""
    person, end = ctx.owner_at[name.i], name.i
    while end + 1 < len(name.doc) and ctx.owner_at.get(end + 1) is person:
        end += 1
    return end + 1 < len(name.doc) and name.doc[end + 1].tag_ == "POS"
