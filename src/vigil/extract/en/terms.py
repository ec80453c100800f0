"""Prison terms, wherever the article states them: a term noun ("a 10-year sentence"),
elided terms ("and B to four"), terms after a colon or in brackets, "respectively" lists,
terms changed on appeal and terms someone is still to serve.

Each pass adds sentence findings the trigger-by-trigger pass in `events` could not see,
because the term and its owner are in different clauses or sentences.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from bisect import bisect_right
from itertools import takewhile

from spacy.tokens import Span, Token

from vigil.extract.dates import MONTH_WORDS
from vigil.extract.doctext import doc_text, span_text
from vigil.extract.en.attributes import date_text, term_near
from vigil.extract.en.context import LIST_BULLET, DocContext, colon_lead_ins, inline_colon_lists
from vigil.extract.en.groups import has_det
from vigil.extract.en.modality import MODALS, asserted, hedged_above
from vigil.extract.en.numbers import NUM_START, TERM_RE, Guarded, is_approximate, parse_number, term_months
from vigil.extract.en.numbers import NUM_WORD as _NUM_WORD
from vigil.extract.en.participants import (
    is_passive,
    patient_of,
    person_noun_for_who,
    persons_of,
    plural_verb,
    relative_subject,
    subject_of,
)
from vigil.extract.en.persons import Person, trigger_marks
from vigil.extract.en.triggers import (
    CUSTODY_WORDS,
    PROSECUTION,
    TERM_NOUNS,
    end_named,
    lexicon,
    life_or_death,
    office_term,
    own_clause,
    own_phrase,
    penal_facility,
    term_in,
    trigger_type,
)
from vigil.extract.findings import Finding, Membership
from vigil.extract.scan import tokens_in, tokens_in_lowered
from vigil.extract.sentences import sentences_back


def term_nouns(ctx: DocContext, findings: list[Finding]) -> list[Finding]:
    """'who had been serving a 10-year sentence', 'at the end of a sentence of two years'."""
    out: list[Finding] = []
    taken = {f.trigger.i for f in findings}
    for tok in tokens_in(ctx.doc, "LEMMA", TERM_NOUNS):
        if tok.pos_ != "NOUN" or tok.i in ctx.quoted or office_term(tok):
            continue
        gone_to = tok.dep_ == "nsubj" and tok.head.lemma_ == "go"  # "The longest terms went to A"
        if tok.lemma_ == "term" and not (
            (_legal_near(tok.sent) if gone_to else _legal(tok.sent))
            or _end_of_release(tok)
            or _term_for_offence(tok)
        ):
            continue  # "nominated for a five-year term as president of the bank"
        months = term_in(tok)
        if months is None and tok.dep_ == "nsubj" and tok.head.lemma_ == "be" and asserted(tok.head):
            # "Her sentence, announced on Friday, is eleven years": the term is the copula's complement
            # (after the copula: "two months before his term was up" measures the time left)
            months = next(
                (
                    m
                    for c in tok.head.children
                    if c.dep_ in ("attr", "npadvmod") and c.i > tok.head.i and (m := term_in(c))
                ),
                None,
            )
        if months is None and (gone_to or tok.dep_ == "nsubjpass" and tok.head.lemma_ in _GIVEN):
            # "The heaviest sentence, seven years, went to X", "... was imposed on X"
            months = _set_off_term(tok)
        if months is None and gone_to:
            months = _term_after_recipient(tok.head)  # "The longest term went to A, 44: 19 years"
        if months is None and not life_or_death(tok) and not _owned_term(tok, None):
            continue
        if any(c.lower_ in UNREAL for c in tok.children):
            continue  # "his possible death sentence", "a proposed 10-year term"
        verb = tok.head
        steps = 0
        while verb.pos_ not in ("VERB", "AUX") and verb.dep_ != "ROOT" and steps < 4:
            verb, steps = verb.head, steps + 1
        if verb.i in taken and any(
            f.trigger.i == verb.i and f.type == "sentence" and (f.term or months is None) and f.persons
            for f in findings
        ):
            continue
        if _owned_term(tok, months) and not (months is None and hedged_above(tok)):
            # "slipped into the prison camp to start her five-month sentence": the possessive
            # presupposes the verdict, whatever the verb that governs the phrase
            if persons := _term_owner(ctx, tok):
                out.append(Finding("sentence", tok, persons, term=months, confidence=0.8))
            continue
        if months is not None and (appellants := _appealed_by(ctx, tok)):
            # "is appealing against the six-year sentence", "lost his appeal against a nine-year
            # sentence": an appeal presupposes the verdict it challenges
            out.append(Finding("sentence", tok, appellants, term=months, confidence=0.75))
            continue
        if months is not None and (headlined := _headline_term_for(ctx, tok)):
            out.append(Finding("sentence", tok, headlined, term=months, confidence=0.75))
            continue
        if verb.pos_ not in ("VERB", "AUX") or not asserted(verb) or not asserted(tok):
            continue
        persons = _term_owner(ctx, tok)
        if not persons and gone_to:
            # "The longest terms, four years and six months each, went to A and B": every recipient
            persons = [
                p
                for c in verb.children
                if c.dep_ == "prep" and c.lower_ == "to"
                for g in c.children
                if g.dep_ == "pobj"
                for p in ctx.persons_in(g, pronouns=False)
            ]
            if len(persons) > 1 and not any(t.lower_ == "each" for t in tok.subtree):
                months = None  # several people and no "each": whose term is whose is not told
            if not persons:
                continue
        if not persons and not is_passive(verb) and verb.lemma_.lower() in lexicon("term_givers"):
            # "the judge imposed a 52-month sentence on X": the subject gave it, X received it
            persons = [p for g in _given_to(verb, tok) for p in ctx.persons_in(g)]
            if not persons and months is not None and tok.dep_ == "dobj":
                # "handed pensioner and teacher X a two-year sentence": the parser reads the
                # recipient before the term as a second object (not "the killer of X")
                persons = [
                    p
                    for c in verb.children
                    if c.dep_ in ("dobj", "dative")
                    and c.i < tok.left_edge.i
                    and not any(t.dep_ == "prep" for t in c.subtree)
                    for p in ctx.persons_in(c, pronouns=False)
                ]
            if not persons and months is not None:
                persons = _convicted_by_same_subject(findings, verb) or _defendant_before(ctx, findings, verb)
            if not persons:
                continue
        if not persons and months is None:
            continue  # "X denounced the death sentence": only its owner or recipient had one
        if not persons:
            subj = subject_of(verb)
            if subj is not None and subj.lower_ in ("who", "that"):
                subj = relative_subject(subj) if verb.dep_ == "relcl" else verb.head
            if subj is None and verb.dep_ == "pcomp" and verb.head.head.pos_ in ("VERB", "AUX"):
                # "X was freed after completing a five-year sentence": the clause's subject served it
                subj = subject_of(verb.head.head)
            persons = persons_of(ctx, subj) if subj is not None else []
            if len(persons) > 1 and subj is not None and _relative_of_first_conjunct(verb, subj):
                persons = [p] if (p := ctx.person_at(subj, pronouns=False)) is not None else []
        if not persons and is_passive(verb) and verb.lemma_.lower() in lexicon("term_givers"):
            # "A sentence of seven years was handed to X"; "A seven-year term was imposed."
            persons = [p for g in _given_to(verb) for p in ctx.persons_in(g)] or _defendant_before(
                ctx, findings, verb
            )
        if not persons:
            continue
        if (
            len(persons) > 1
            and months is not None
            and tok.tag_ == "NNS"
            and _several_terms(span_text(ctx.doc[tok.left_edge.i : tok.right_edge.i + 1]))
        ):
            # "A and B received sentences of six and five years": a list of terms for several
            # people gives none of them the last one (nor pairs them without "respectively");
            # nor does "Sentences were handed down: A, seven years; B, five years" (each item's
            # term is its own, read by `terms_after_colon`)
            months = None
        out.append(Finding("sentence", tok, persons, term=months, date=date_text(verb), confidence=0.85))
    return out


# the verbs and prepositions that put a term being served inside a death in custody or a release:
# "died in the camp while still serving a 4-year sentence", "let out ten months into her 2-year
# sentence", "freed after a 6-year term had been halved"
_SERVING = frozenset({"serve", "complete", "finish", "end"})
_INSIDE_TERM = frozenset({"into", "after"})
# the steps a served term may take up to the release or death it is told with (not a relative
# clause, a reported clause or a subject: "freed the man who was serving ..." is the man's)
_SERVED_PATH = frozenset({"dobj", "pobj", "prep", "pcomp", "npadvmod", "advcl", "advmod", "nsubjpass"})


def served_terms(ctx: DocContext, findings: list[Finding]) -> list[Finding]:
    """'X walked free after completing a six-year term', 'freed X ten months into a three-year
    sentence', 'X died in a prison hospital while serving a four-year sentence': a term noun with
    a length, told inside a release or a death in custody as the term being served, is the
    sentence of that event's people (the release rule took the verb, so the sentence was lost)."""
    out: list[Finding] = []
    # (one whose term the article states elsewhere keeps it: the term served may be a changed one)
    termed = {id(p) for f in findings if f.type == "sentence" and f.term for p in f.persons}
    told = [
        f for f in findings if f.type in ("release", "death") and f.persons and f.trigger.i not in ctx.quoted
    ]
    for f in told:
        sent = f.trigger.sent
        alone = sum(g.trigger.sent.start == sent.start for g in told) == 1
        # (the parser may hang the term apart from the release: "A pardon freed X on Monday, ten
        # months into her 2-year sentence"; then the sentence's one release or death, when the
        # serving has no subject of its own, is the term's)
        nouns = sent if alone else f.trigger.subtree
        for noun in nouns:
            if (
                noun.lemma_ not in TERM_NOUNS
                or noun.pos_ != "NOUN"
                or office_term(noun)
                or life_or_death(noun)
            ):
                continue
            head = noun.head
            # (a release "after serving / completing a three-year sentence" is the serving verb's own
            # sentence, its term read by the trigger rules; a blind set's writer left such a term out;
            # but when the release is the completing verb itself, "X completed his four-year term",
            # no rule is left to read the term)
            served = (
                noun.dep_ == "dobj"
                and head.lemma_.lower() in _SERVING
                and (f.type == "death" or head.i == f.trigger.i and _prison_term(noun))
            )
            inside = noun.dep_ == "pobj" and head.lower_ in _INSIDE_TERM
            ran_out = _ran_out(noun, f.trigger)  # "freed when her term of two years ended"
            # "walked free after a four-year sentence was cut by a third": the clause of "after"
            inside = (
                inside
                or noun.dep_ == "nsubjpass"
                and any(c.dep_ == "mark" and c.lower_ == "after" for c in head.children)
                or ran_out
            )
            if not (served or inside) or any(c.lower_ in UNREAL or c.dep_ == "neg" for c in noun.children):
                continue
            owner = next((c for c in noun.children if c.dep_ == "poss"), None)
            if owner is not None and owner.tag_ != "PRP$":
                continue  # "freed after her husband's five-year term": another's term
            if any(t.lower_ == "as" for t in [*noun.subtree, *head.children]):
                continue  # "after he completed his two-year term as chairman": an office
            subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if (
                served
                and subject is not None
                and subject.tag_ not in ("PRP", "WP")  # ("X, who had just ended ...": X's own)
                and not set(map(id, ctx.persons_in(subject))) & set(map(id, f.persons))
            ):
                continue  # "freed weeks before his cellmate B finishes a six-year term": B's
            step, path = noun, True
            while step.i != f.trigger.i and path and not ran_out:
                path = step.dep_ in _SERVED_PATH and step.head.i != step.i
                step = step.head
            if not path and alone:
                # ("after completing a six-year term", not "who ran a shop and was serving ...")
                path = (
                    served
                    and head.tag_ == "VBG"
                    and head.dep_ in ("pcomp", "advcl")
                    and not any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children)
                    or inside
                    and head.lower_ == "into"
                    and head.head.lemma_ in ("year", "month", "week", "day")
                )
            if len(term_list(span_text(noun.doc[noun.left_edge.i : noun.right_edge.i + 1]))) > 1:
                continue  # "serving sentences of four and seven years": a list, paired elsewhere
            months = term_in(noun, own=True)
            # "X, who had just ended a prison sentence, ...": the release is the ending verb, and
            # the term it ended, told as a prison's, was a sentence even with no length
            bare = (
                not months
                and served
                and head.i == f.trigger.i
                and f.type == "release"
                and any(m.dep_ == "compound" and m.lemma_.lower() in CUSTODY_WORDS for m in noun.children)
            )
            if not path or not (months or bare) or (months or 0) > 600:
                continue
            if _another_subject_above(ctx, noun, f):
                continue
            if re.search(
                r"\b(?:days?|weeks?)\b|-(?:day|week)\b", span_text(noun.doc[noun.left_edge.i : noun.i + 1])
            ):
                continue  # "after completing a 30-day sentence": an administrative arrest, no prison term
            # (a name of the sentence itself: a pronoun's antecedent may be someone else's)
            persons = [
                p
                for p in f.persons
                if id(p) not in termed and any(sent.start <= a < sent.end for a, _ in p.mentions)
            ]
            if persons:
                term = months or None
                out.append(Finding("sentence", noun, persons, term=term, date=None, confidence=0.75))
                termed |= {id(p) for p in persons} if months else set()
    return out


# the verbs of a term coming to its end ("when her term of two years ended", "after his sentence
# expired")
_ENDING = frozenset({"end", "expire", "run"})


def _ran_out(noun: Token, trigger: Token) -> bool:
    """'X was released when her term of two years ended', 'freed after his sentence expired': the
    term noun is the subject of a clause of time, on the release, saying the term came to its end
    (its owner a pronoun: 'when her husband's term ended' is another's)."""
    clause = noun.head
    return (
        noun.dep_ == "nsubj"
        and clause.lemma_.lower() in _ENDING
        and (
            clause.lemma_.lower() != "run"
            or any(c.dep_ == "prt" and c.lower_ == "out" for c in clause.children)
        )
        and clause.dep_ == "advcl"
        and clause.head.i == trigger.i
        and any(
            c.dep_ in ("mark", "advmod") and c.lower_ in ("when", "after", "once", "as")
            for c in clause.children
        )
        and any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in noun.children)
    )


def _prison_term(noun: Token) -> bool:
    """A term told among courts or custody, or given for an offence ('his four-year term for
    "public disorder"'), not a mayor's four-year term."""
    return _legal_near(noun.sent) or any(c.dep_ == "prep" and c.lower_ == "for" for c in noun.children)


def _relative_of_first_conjunct(clause: Token, antecedent: Token) -> bool:
    """'A, who was halfway through an eight-year term, and B were put across the border': a
    singular "who" clause set on the first of coordinated names, before the next one, tells of
    that name only (not "A, B and C, who were each given ...")."""
    return (
        clause.dep_ == "relcl"
        and clause.head.i == antecedent.i
        and any(c.dep_ == "conj" and c.i > clause.i for c in antecedent.children)
        and not plural_verb(clause)
    )


def _term_for_offence(noun: Token) -> bool:
    """'his 20-year term for a series of YouTube comments', 'an eight-year term for articles on the
    protests': a term with its length, given for something its owner did, is a prison term though
    no court or custody word is in the sentence (as `_prison_term` reads a served one). Not a term
    for an office or a body ('a four-year term for the city council'), nor one for a person or a
    place ('a six-year term for Lukashenko')."""
    if term_in(noun) is None or noun.head.lemma_.lower() in _OFFICE_WINNING:
        return False  # ("won a five-year term for the party": an election)
    offices = lexicon("office_words") | lexicon("institutions") | _REPRESENTED
    # (the parser may hang the "for" right after the term on a word above it: 'completed a
    # four-year term for "abusing democratic freedoms"', 'is in the fifth year of an eight-year
    # term for articles')
    doc = noun.doc
    nxt = doc[noun.right_edge.i + 1] if noun.right_edge.i + 1 < len(doc) else None
    after = [nxt] if nxt is not None and nxt.dep_ == "prep" and nxt.head in noun.ancestors else []
    return any(
        c.dep_ == "prep"
        and c.lower_ == "for"
        and (obj := next((g for g in c.children if g.dep_ in ("pobj", "pcomp")), None)) is not None
        and obj.ent_type_ not in ("PERSON", "ORG", "GPE", "NORP")
        and not any(t.lemma_.lower() in offices for t in own_phrase(c))
        for c in [*noun.children, *after]
    )


# the verbs that take a term of office ("won a second term", "was elected to a four-year term")
_OFFICE_WINNING = frozenset({"win", "elect", "re-elect", "reelect", "seek", "secure", "swear", "run", "vote"})
# what an elected term is for ("a four-year term for her district")
_REPRESENTED = frozenset({"district", "constituency", "seat", "ward", "region", "province", "city", "town"})


def _another_subject_above(ctx: DocContext, noun: Token, f: Finding) -> bool:
    """A clause above the term noun, below the release or death, whose subject is someone else
    ('X was freed on Friday, while B remains in prison serving a ten-year sentence': B's)."""
    ours = {id(p) for p in f.persons}
    step = noun.head
    while step.i != f.trigger.i:
        subject = next((c for c in step.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if (
            step.pos_ in ("VERB", "AUX")
            and subject is not None
            and subject.i != noun.i
            and not {id(p) for p in persons_of(ctx, subject)} & ours
        ):
            return True
        if step.head.i == step.i:
            return False
        step = step.head
    return False


def set_off_participles(ctx: DocContext, findings: list[Finding]) -> list[Finding]:
    """'Relatives held photographs of X, sentenced in May to eight years, outside the court'; 'Handed
    an eight-year term in 2023, he is held at Shek Pik': a sentencing participle with no subject of
    its own, which the parser hung on the main verb, is about the name it is set off after, or
    (opening the sentence) about the main clause's subject, not about that verb's subject."""
    out: list[Finding] = []
    doc = ctx.doc
    taken = {f.trigger.i for f in findings if f.persons}
    for i in trigger_marks(doc):
        tok = doc[i]
        if i in taken or i in ctx.quoted or tok.tag_ not in ("VBN", "VBD") or tok.dep_ != "advcl":
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in tok.children):
            continue  # (a clause of its own: "after he was sentenced", "as X was jailed")
        if trigger_type(tok) != "sentence" or not asserted(tok):
            continue
        persons: list[Person] = []
        if i == tok.sent.start or doc[tok.sent.start].is_punct and i == tok.sent.start + 1:
            subject = subject_of(tok.head)
            persons = persons_of(ctx, subject) if subject is not None and subject.i > tok.i else []
        elif (
            i >= 2
            and doc[i - 1].text == ","
            and (named := ctx.owner_at.get(i - 2)) is not None
            and any(e == i - 1 for _, e in named.mentions)  # the name ends right before the comma
        ):
            persons = [named]
        if persons:
            out.append(
                Finding("sentence", tok, persons, term=term_near(tok), date=date_text(tok), confidence=0.75)
            )
    return out


def _in_order(persons: list[Person], sent: Span) -> list[Person]:
    """Persons in the order the sentence names them (or, named before it, the order they were
    last named). A mention after the sentence orders nothing: in "A, B and C were found guilty.
    The judge gave them 13, 12 and 11 years, respectively." A named again three paragraphs later
    must not sort after B and C, who are not (session 55)."""
    return sorted(
        persons,
        key=lambda p: min(
            (s for s, _ in p.mentions if sent.start <= s < sent.end),
            default=max((s - len(sent.doc) for s, _ in p.mentions if s < sent.start), default=0),
        ),
    )


_TOTAL_AFTER = re.compile(r"^\s*(?:in\s+total|altogether|combined|in\s+all)\b", re.IGNORECASE)
_TOTAL_BEFORE = re.compile(r"\b(?:a\s+total\s+of|totall?ing)\s*$", re.IGNORECASE)


def total_terms(ctx: DocContext, findings: list[Finding]) -> list[Finding]:
    """'sentenced to three years on each count, six years in total': one person's term per count
    and the total are both stated terms of the verdict (a group's total is nobody's)."""
    out: list[Finding] = []
    known = {(id(p), f.term) for f in findings if f.type == "sentence" for p in f.persons}
    for f in findings:
        if (
            f.type != "sentence"
            or f.term is None
            or len(f.persons) != 1
            or f.count is not None
            or f.group_ref
        ):
            continue
        sent = f.trigger.sent
        text, base = span_text(sent), sent.start_char
        for match in TERM_RE.finditer(text):
            if base + match.start() < f.trigger.idx:
                continue
            if not (_TOTAL_AFTER.match(text[match.end() :]) or _TOTAL_BEFORE.search(text[: match.start()])):
                continue
            months = term_months(match)
            if months and months != f.term and (id(f.persons[0]), months) not in known:
                known.add((id(f.persons[0]), months))
                out.append(dataclasses.replace(f, term=months, confidence=0.75))
    return out


def same_terms(ctx: DocContext, findings: list[Finding]) -> list[Finding]:
    """'The court sentenced A to seven years. Her co-defendant, B, received the same sentence':
    'the same sentence' (or term) is the last term told, in its sentence or the one before; the
    sentence found for B at that noun or its verb takes it."""
    out: list[Finding] = []
    for noun in tokens_in(ctx.doc, "LEMMA", TERM_NOUNS):
        if noun.pos_ != "NOUN" or noun.i in ctx.quoted or not has_det(noun, ("the",)):
            continue
        if not any(c.dep_ == "amod" and c.lower_ == "same" for c in noun.children):
            continue
        if any(c.dep_ == "prep" and c.lower_ == "as" for c in noun.children):
            continue  # "the same sentence as C": C's term, which may not be the last one told
        verbs = {noun.i, noun.head.i, noun.head.head.i}  # "received it", "sentenced to it"
        first = sentences_back(noun.sent, 1)
        told = [f for f in findings if f.type == "sentence" and f.term and first <= f.trigger.i < noun.i]
        if not told:
            continue
        months = max(told, key=lambda f: f.trigger.i).term
        for f in findings:
            if (
                f.type == "sentence"
                and f.term is None
                and f.persons
                and f.trigger.i in verbs
                and not any(t.term == months and t.persons == f.persons for t in told)
            ):
                out.append(dataclasses.replace(f, term=months, confidence=0.75))
    return out


# a life term in a "respectively" list: an item of the list with no months ("sentenced to life
# imprisonment and 15 years respectively")
_LIFE_ITEM = re.compile(r"\blife(?:\s+(?:imprisonment|in\s+prison|sentences?|terms?))?\b", re.IGNORECASE)
# between two items of the list, and between two names of the people it pairs with
_LIST_JOIN = re.compile(r"\s*,?\s*(?:and\s+)?", re.IGNORECASE)
_NAMES_JOIN = re.compile(r"\s*,?\s*(?:and\s+)?(?:[A-Za-z.]+\s+)?")
# after the list, before its "respectively": the terms' own words ("of imprisonment in a colony")
_LIST_TAIL = re.compile(r"[^.;:\d]{0,60}")
# what makes a list no verdict's terms: asked for, possible, time already spent, ages, fines
_LIST_UNTOLD = re.compile(
    r"\b(?:ask\w*|sought|seek\w*|request\w*|demand\w*|prosecutors?|fac(?:e|es|ed|ing)|could|may|might"
    r"|would|up\s+to|served|spent|aged?|old|fined?|fines|suspended|probation|not|never)\b",
    re.IGNORECASE,
)
_LIST_LEGAL = re.compile(
    r"\b(?:sentenc\w*|terms?|prison|colon(?:y|ies)|jail\w*|imprison\w*|convict\w*|guilty|verdicts?"
    r"|restricted\s+freedom|penal)\b",
    re.IGNORECASE,
)


def respectively_lists(ctx: DocContext, findings: list[Finding]) -> list[Finding]:
    """'A and B — five years and four years of imprisonment in a colony respectively', 'A and B:
    five and six years respectively', 'A and B keep their terms of six and five and a half years
    respectively', 'A and B were sentenced to life imprisonment and 15 years respectively': a
    "respectively" list of terms after as many names joined by commas and "and" (nothing but a
    role word between them) pairs them in order, when no verb of the sentence gave those people a
    term already (a verbless line; a verb that is no verdict's; a life term the list parser could
    not read). Not a list asked for, faced, possible or already served, nor ages or fines
    (session 62: `syn52b-04`, `syn51b-02`, `syn42b-02`, `syn48b-12`)."""
    out: list[Finding] = []
    doc = ctx.doc
    termed = {(id(p), f.term) for f in findings if f.type == "sentence" for p in f.persons}
    for mark in tokens_in(doc, "LOWER", frozenset({"respectively"})):
        sent = mark.sent
        if mark.i in ctx.quoted:
            continue
        start = next((t.i + 1 for t in reversed(doc[sent.start : mark.i]) if t.text == ";"), sent.start)
        clause = doc[start : mark.i]
        # (what the list's own clause says of it; the words after it may speak of the charges)
        if _LIST_UNTOLD.search(clause.text) or not _LIST_LEGAL.search(sent.text):
            continue
        names = _named_in_order(ctx, clause)
        if len(names) < 2:
            continue
        base = clause.start_char
        after = doc[names[-1][1] - 1].idx + len(doc[names[-1][1] - 1].text) - base
        values = _list_before(clause.text, after)
        if values is None or len(values) != len(names):
            continue
        people = [p for p, _ in names]
        if any(
            f.type == "sentence" and f.term and sent.start <= f.trigger.i < sent.end and p in f.persons
            for f in findings
            for p in people
        ):
            continue  # (a verb of the sentence gave them terms already)
        for person, months in zip(people, values, strict=True):
            if months is None or (id(person), months) in termed:
                continue
            termed.add((id(person), months))
            out.append(Finding("sentence", mark, [person], term=months, date=None, confidence=0.7))
    return out


def _named_in_order(ctx: DocContext, clause: Span) -> list[tuple[Person, int]]:
    """The people named in a clause, each with the end of its name, when their names are joined
    by nothing but commas, "and" and a role word ("A, B and C", "Professor A and Dr B")."""
    names: list[tuple[Person, int]] = []
    k = clause.start
    while k < clause.end:
        person = ctx.owner_at.get(k)
        if person is None:
            k += 1
            continue
        end = k
        while end < clause.end and ctx.owner_at.get(end) is person:
            end += 1
        if any(p is person for p, _ in names):
            return []
        if names and not _NAMES_JOIN.fullmatch(clause.doc[names[-1][1] : k].text_with_ws):
            return []  # (names apart in the clause: not one list)
        names.append((person, end))
        k = end
    return names


def _list_before(text: str, at: int) -> list[int | None] | None:
    """The terms of the list from `at` to the end of `text` (which ends before "respectively"), in
    months (None for a life term); None when the rest of the text is not such a list."""
    tail = text[at:]
    match = _LIST_TERMS.search(tail)
    if match is not None:
        values: list[int | None] = list(term_list(match.group(0)))
        first, last = match.start(), match.end()
    else:
        terms = [(m.start(), m.end(), term_months(m)) for m in TERM_RE.finditer(tail)]
        if any(months is None for *_, months in terms):
            return None  # (a term the list cannot tell in months)
        items = sorted(terms + [(m.start(), m.end(), None) for m in _LIFE_ITEM.finditer(tail)])
        if len(items) < 2:
            return None
        for (_, end, _), (begin, _, _) in itertools.pairwise(items):
            if not _LIST_JOIN.fullmatch(tail[end:begin]):
                return None
        values = [months for *_, months in items]
        first, last = items[0][0], items[-1][1]
    if first > 60 or not _LIST_TAIL.fullmatch(tail[last:]) or re.search(r"\d", tail[:first]):
        return None
    return values


def _headline_term_for(ctx: DocContext, noun: Token) -> list[Person]:
    """'Five-year sentence for blogger X an outrage', 'Six-year term for X upheld': a headline
    naming a term for someone tells that verdict (a body sentence may be what was sought: 'asked
    for a six-year sentence for X'); not one asked, sought or still possible."""
    text = doc_text(noun.doc)
    if "\n" in text[: noun.idx] or "\n" not in text.strip():
        return []  # (the first line of a text of several lines)
    line_end = text.find("\n", noun.idx)
    line = list(takewhile(lambda t: t.idx < line_end, noun.doc))
    if any(t.lemma_.lower() in _SOUGHT or t.lower_ in MODALS or t.lower_ in UNREAL for t in line):
        return []
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "for"), None)
    if prep is None:
        return []
    # the first name after "for" on the headline's line (the parser may end its sentence inside
    # a name it cannot read)
    doc = noun.doc
    for t in doc[prep.i + 1 : min(len(line), prep.i + 12)]:
        if t.i in ctx.owner_at:
            return [ctx.owner_at[t.i]]
    return []


_SOUGHT = frozenset({"seek", "demand", "ask", "request", "want", "urge", "propose", "face", "risk", "call"})


_APPEALS = frozenset({"appeal", "challenge", "contest"})


_POINTERS = frozenset({"this", "that", "such"})
_FRONT_MARKS = frozenset({"—", "–", "--", ":", "-"})
_HANDING = frozenset({"give", "hand", "deliver", "impose", "mete", "pass", "award"})
# what may follow a fronted term: where it is served ("in a medium-security colony", "of restricted
# freedom", "behind bars") or what it was given for ("Ten years for a Facebook post: that was ...")
_SERVED_IN = re.compile(r"\s+(?:in|of|behind|for)\b", re.IGNORECASE)


def fronted_terms(ctx: DocContext, findings: list[Finding]) -> list[Finding]:
    """'Seven years in a penal colony — this is the punishment handed to X', 'Six years: that is
    the verdict the judge gave X': a term set before a dash or colon, then named by a pointing
    subject ('this', 'that') whose complement is a verdict noun; its recipient is the one the
    complement's clause hands it to. A term prosecutors want is no verdict (`_SOUGHT`)."""
    out: list[Finding] = []
    for sent in ctx.doc.sents:
        root = sent.root
        if root.lemma_ != "be" or root.i in ctx.quoted or not asserted(root):
            continue
        pointer = next((c for c in root.children if c.lower_ in _POINTERS and c.i > sent.start), None)
        if pointer is None or ctx.doc[pointer.i - 1].text not in _FRONT_MARKS:
            continue
        front = ctx.doc[sent.start : pointer.i - 1].text
        match = TERM_RE.match(front)
        if match is None or (months := term_months(match)) is None:
            continue
        if match.end() < len(front) and not _SERVED_IN.match(front, match.end()):
            continue  # "Four years after the march: that is ..." (a time, not a term)
        said = [t for t in root.subtree if t.i > root.i]
        if not any(t.lemma_ in _LIST_LEMMAS or t.lower_ == "what" for t in said[:3]):
            continue  # "Four years: that is how long the trial lasted"
        if any(t.lemma_ in _SOUGHT for t in said if t.pos_ == "VERB"):
            continue  # "... that is the term the prosecutor asked for X"
        persons = [
            p
            for t in said
            if t.dep_ == "pobj"
            and t.head.lower_ in ("to", "for")
            or t.dep_ in ("dobj", "dative")
            and t.head.lemma_ in _HANDING
            for p in ctx.persons_in(t)
        ]
        if persons:
            out.append(Finding("sentence", root, persons, term=months, confidence=0.75))
    return out


# a verdict told without a verb of sentencing: its noun, or a court's ruling reported after it
_VERDICT_WORDS = frozenset({"verdict", "punishment", "sentence", "rule"})
# between a term and the "for" of its recipient: where it is served ("in a penal colony")
_TERM_THEN_FOR = re.compile(r"(?:\s+(?:in|behind)\s+[\w\s-]{1,40}?)?\s+(?P<word>for)\s", re.IGNORECASE)


def verdict_terms_for(ctx: DocContext, findings: list[Finding]) -> list[Finding]:
    """'The verdict: seven years in a penal colony for blogger X', 'For X, the verdict was seven
    years', 'Seven years in a penal colony for blogger X, the court ruled': a term given "for" a
    named person in a sentence that tells a verdict without a verb of sentencing. Not a term asked
    for or faced ('Prosecutors sought seven years for X'), nor one for a crime ('for X's murder')."""
    out: list[Finding] = []
    doc = ctx.doc
    known = {(id(p), f.term) for f in findings if f.type == "sentence" for p in f.persons}
    for sent in {t.sent.start: t.sent for t in tokens_in(doc, "LEMMA", _VERDICT_WORDS)}.values():
        if sent.start in ctx.quoted or not asserted(sent.root) or any(t.lemma_ in _SOUGHT for t in sent):
            continue
        if any(t.dep_ == "neg" or t.tag_ == "MD" or t.lower_ in _NOT_GIVEN for t in sent):
            continue  # "The possible sentence: eight years for X if the charge stands"
        text, base = span_text(sent), sent.start_char
        for match in TERM_RE.finditer(text):
            months = term_months(match)
            if not months or is_approximate(text[: match.start()]):
                continue
            person = _person_after_for(ctx, text, match.end(), base, sent)
            if person is None or (id(person), months) in known:
                continue
            known.add((id(person), months))
            out.append(
                Finding(
                    "sentence",
                    doc.char_span(base + match.start(), base + match.end(), alignment_mode="expand")[0],
                    [person],
                    term=months,
                    confidence=0.7,
                )
            )
    return out


def _person_after_for(ctx: DocContext, text: str, at: int, base: int, sent: Span) -> Person | None:
    """The person named after the 'for' that follows a term ending at `at` in the sentence text,
    past where it is served ('seven years in a penal colony for X')."""
    joint = _TERM_THEN_FOR.match(text, at)
    word = ctx.doc.char_span(base + joint.start("word"), base + joint.end("word")) if joint else None
    return _named_after_for(ctx, word.start, sent, roles=True) if word is not None else None


def _several_terms(text: str) -> bool:
    """A list of terms ('six and five years') or several different terms one after another."""
    return len(term_list(text)) > 1 or len({term_months(m) for m in TERM_RE.finditer(text)} - {None}) > 1


def _appealed_by(ctx: DocContext, noun: Token) -> list[Person]:
    """Who appeals against the term noun: the subject of 'appealed (against) the sentence', or the
    owner of 'his appeal against the sentence' (the subject of the verb that governs it)."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "against":
        head = head.head
    elif noun.dep_ != "dobj":
        return []
    if head.lemma_.lower() not in _APPEALS or any(c.dep_ == "neg" for c in head.children):
        return []
    if owned := _term_owner(ctx, noun):
        return owned  # "prosecutors appealed against the six-year sentence of X"
    if head.pos_ == "NOUN":
        owner = next((c for c in head.children if c.dep_ == "poss"), None)
        if owner is not None and owner.lower_ not in ("his", "her"):
            return ctx.persons_in(owner, pronouns=False)
        if head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.pos_ in ("VERB", "AUX"):
            head = head.head  # "was released on bail pending her appeal against ...": the freed one's
        head = head.head if head.head.pos_ in ("VERB", "AUX") else head
    if head.pos_ not in ("VERB", "AUX") or any(c.dep_ == "neg" for c in head.children):
        return []
    subject = subject_of(head)
    return persons_of(ctx, subject) if subject is not None else []


def _convicted_by_same_subject(findings: list[Finding], verb: Token) -> list[Person]:
    """'The court convicted X and imposed a sentence of four years': the term giver is coordinated
    with a verdict verb whose defendant it names."""
    if verb.dep_ != "conj":
        return []
    told = [f for f in findings if f.type == "sentence" and f.trigger.i == verb.head.i and f.persons]
    return list(told[0].persons) if len(told) == 1 and not told[0].group_ref else []


# ("must serve six years in a colony": what the court orders the person to serve)
_WILL = frozenset({"will", "'ll", "shall", "must"})


_BEFORE_TRIAL = re.compile(r"\bpre-?\s?trial\b|\bremand\b|\bawaiting (?:his |her |their |the )?trial\b")


_TO_SPEND = frozenset({"spend", "serve", "go"})


def _going_for(go: Token) -> Token | None:
    """'will go to a strict-regime colony for 12 years', 'must go to prison for five years': the
    length after "for" of a going to custody (the custody word is checked with the other verbs'),
    hung on the verb or on the place."""
    to = next((c for c in go.children if c.dep_ == "prep" and c.lower_ == "to"), None)
    if to is None:
        return None
    for holder in (go, *(g for g in to.children if g.dep_ == "pobj")):
        for c in holder.children:
            if c.dep_ == "prep" and c.lower_ == "for":
                length = next((g for g in c.children if g.dep_ == "pobj"), None)
                if length is not None and term_in(length) is not None:
                    return length
    return None


def _is_to(verb: Token) -> bool:
    """'X is to spend 4 years in a penal colony', 'they are to serve six years': "be to" with an
    infinitive is the English of what has been decided for someone (a court report's wording of
    the verdict: "handed down a verdict in the case of X. X is to spend ..."), as "will" and
    "must" are. The verb of "be" carries the subject; not "is not to", not "was to have served"
    (a plan that failed), not "is about to" or "is yet to" (what has not happened)."""
    be = verb.head
    return (
        verb.dep_ == "xcomp"
        and be.lemma_ == "be"
        and be.i < verb.i
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        and not any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
        and not any(c.dep_ == "neg" or c.lower_ in ("about", "yet", "due") for c in be.children)
        and not any(c.dep_ == "neg" for c in verb.children)
    )


def terms_to_spend(ctx: DocContext, findings: list[Finding]) -> list[Finding]:
    """'X will spend the next seven years in prison', 'will serve nine years in a colony', 'will go
    to a colony for 12 years', 'X is to spend 4 years in a penal colony': a term decided, told by
    what it means for the person (a sentence with its term). Not what someone 'could' or 'may'
    spend, nor 'up to' a term, nor what they would spend 'if convicted', nor time already spent
    (a stay)."""
    out: list[Finding] = []
    taken = {id(p) for f in findings if f.type == "sentence" and f.term for p in f.persons}
    for tok in tokens_in(ctx.doc, "LEMMA", _TO_SPEND):
        if tok.i in ctx.quoted or not (
            any(c.dep_ == "aux" and c.lower_ in _WILL for c in tok.children) or _is_to(tok)
        ):
            continue
        # ("If convicted, X is to spend ...": the condition hangs on "be")
        clause = tok.head if _is_to(tok) else tok
        if any(c.dep_ == "neg" for c in tok.children) or any(
            t.dep_ == "mark" and t.lower_ in ("if", "unless") for t in clause.subtree
        ):
            continue
        duration = next((c for c in tok.children if c.dep_ in ("dobj", "npadvmod")), None)
        if tok.lemma_ == "go":
            duration = _going_for(tok)  # "will go to a strict-regime colony for 12 years"
        months = term_in(duration) if duration is not None else None
        text = span_text(tok.doc[tok.i : duration.right_edge.i + 1]) if duration is not None else ""
        if months is None or is_approximate(text):
            continue
        # (a form or a lemma: "behind bars" has the lemma "bar"; "in a general-regime facility")
        if not any(
            c.dep_ == "prep"
            and any({g.lemma_.lower(), g.lower_} & CUSTODY_WORDS or penal_facility(g) for g in c.subtree)
            for c in [*tok.children, *duration.children]
        ):
            continue
        if _BEFORE_TRIAL.search(span_text(tok.doc[tok.i : tok.sent.end]).lower()):
            continue  # "will spend two months in pre-trial detention": held untried, no verdict
        subject = subject_of(clause)
        persons = [p for p in (persons_of(ctx, subject) if subject is not None else []) if id(p) not in taken]
        if persons and not _group_total(tok, subject):
            out.append(Finding("sentence", tok, persons, term=months, date=None, confidence=0.75))
    return out


# a sum over several people's terms: "35 years between them", "In total the three will spend 35
# years", "a combined 20 years" (not "In total, 12 were sentenced to five years each")
_TOTAL_NEXT = re.compile(r"^\s*(?:in\s+total|altogether|combined|in\s+all|between\s+them)\b", re.IGNORECASE)
_TOTAL_OPENING = re.compile(r"^\W*(?:in\s+total|altogether|in\s+all|between\s+them)\b", re.IGNORECASE)
_TOTAL_PREVIOUS = re.compile(r"\b(?:a\s+total\s+of|a\s+combined)\s*$", re.IGNORECASE)


def _group_total(verb: Token, subject: Token | None) -> bool:
    """'In total the railwaymen will spend 35 years in the colonies': the sum of a plural subject's
    terms is nobody's term (session 53)."""
    plural = subject is not None and (
        subject.tag_ in ("NNS", "NNPS") or subject.like_num or subject.lower_ in ("they", "both", "all")
    )
    return plural and _told_as_total(span_text(verb.sent))


def _told_as_total(text: str) -> bool:
    """Whether a sentence gives its term as a sum: right after the term, right before it, or at the
    opening of a sentence that gives no term "each"."""
    for match in TERM_RE.finditer(text):
        if _TOTAL_NEXT.match(text[match.end() :]) or _TOTAL_PREVIOUS.search(text[: match.start()]):
            return True
    return bool(_TOTAL_OPENING.match(text)) and not re.search(r"\beach\b", text, re.IGNORECASE)


def group_totals(findings: list[Finding]) -> None:
    """'three railwaymen get 35 years between them': a counted or several people's verdict whose
    term is their sum keeps its people and count but no term (session 53; the members named later
    took the sum as each one's term)."""
    for f in findings:
        if (
            f.type == "sentence"
            and f.term
            and (f.count is not None or len(f.persons) > 1)
            and _told_as_total(span_text(f.trigger.sent))
        ):
            f.term = None


def imposed_terms(ctx: DocContext, findings: list[Finding]) -> list[Finding]:
    """'A court imposed five years on X', 'Court imposes 9 years on activist X', 'meted out seven
    years to X': a bare length of time as the object of a verb of giving a verdict, its recipient
    named after 'on', 'upon' or 'to' (the term-noun rule reads 'imposed a sentence of N years on X';
    no trigger takes a bare time after these verbs)."""
    out: list[Finding] = []
    taken = {f.trigger.i for f in findings if f.type == "sentence" and f.persons}
    for verb in tokens_in(ctx.doc, "LEMMA", _GIVEN):
        if verb.i in ctx.quoted or verb.i in taken or is_passive(verb) or not asserted(verb):
            continue
        if not _legal(verb.sent):
            continue  # "gave two years to the project": no court, no term
        length = next(
            (c for c in verb.children if c.dep_ == "dobj" and c.lemma_ in ("year", "month", "decade")), None
        )
        months = term_in(length, own=True) if length is not None else None
        if months is None or is_approximate(span_text(ctx.doc[verb.sent.start : length.i])):
            continue
        persons = [p for g in _given_to(verb) for p in ctx.persons_in(g, pronouns=False)]
        if persons:
            out.append(Finding("sentence", verb, persons, term=months, date=date_text(verb), confidence=0.75))
    return out


# the bench that gives a term; a verb with one of these as subject decides, not asks
_BENCH = frozenset({"court", "judge", "tribunal", "panel", "bench", "magistrate"})
# "each", "apiece": the one term goes to every person named
_EACH = frozenset({"each", "apiece"})


def fronted_recipient_terms(ctx: DocContext, findings: list[Finding]) -> list[Finding]:
    """'For A and B the judge set eleven years each', 'For X the judge read out nine years', 'For A
    and B the court chose restricted freedom for three years each': a sentence opened by "for" and
    the named people, then the bench ("the judge", "the court") and its verb, gives them the first
    term after the verb; no sentencing verb carries it, so no trigger read it. Read on the words, as
    the parser hangs the fronted names anywhere (an apposition of the judge, a verb's auxiliary).
    Several people take the term only with "each"/"apiece". Not a request or a term faced (the
    bench asks for nothing; a verb of asking stops it), a modal or negated sentence, nor one whose
    bench owns a noun ("the judge's ruling meant ...")."""
    out: list[Finding] = []
    doc = ctx.doc
    taken = {f.trigger.i for f in findings if f.type == "sentence" and f.persons}
    for opener in tokens_in(doc, "LOWER", frozenset({"for"})):
        sent = opener.sent
        if opener.i != sent.start or opener.i in ctx.quoted:
            continue
        bench = next((t for t in sent if t.lemma_.lower() in _BENCH and doc[t.i - 1].lower_ == "the"), None)
        if bench is None or bench.i + 1 >= sent.end:
            continue
        verb = doc[bench.i + 1]
        if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.lemma_ in _SOUGHT or verb.i in taken:
            continue
        persons = _fronted_names(ctx, doc[opener.i + 1 : bench.i - 1])
        if not persons or any(t.dep_ == "neg" or t.tag_ == "MD" for t in sent):
            continue
        text, base = span_text(sent), sent.start_char
        at = verb.idx + len(verb.text) - base
        term = TERM_RE.search(text, at)
        if term is None or is_approximate(text[: term.start()]) or not (months := term_months(term)):
            continue
        if any(t.lower_ in _NOT_GIVEN or t.lemma_ in _SOUGHT for t in sent if t.i > bench.i):
            continue
        each = any(t.lower_ in _EACH for t in sent if t.i > verb.i)
        if (len(persons) == 1 or each) and asserted(verb):
            out.append(Finding("sentence", verb, persons, term=months, date=date_text(verb), confidence=0.75))
    return out


def _fronted_names(ctx: DocContext, span: Span) -> list[Person]:
    """The people a fronted "for" names, when its words are only their names, commas and "and"
    ("For Viktar Hlebau and Ruslan Dzeh"; not "For ten years", "For the first time")."""
    persons: list[Person] = []
    for t in span:
        person = ctx.owner_at.get(t.i)
        if person is None and t.lower_ not in ("and", ","):
            return []
        if person is not None and person not in persons:
            persons.append(person)
    return persons


def _defendant_before(ctx: DocContext, findings: list[Finding], verb: Token) -> list[Person]:
    """'X was convicted of treason on Tuesday. The judge handed down a seven-year sentence.': a
    term given to nobody named is the term of the one person whose verdict the sentence before
    (in the same paragraph) told without a term, when no one else is named since but the giver."""
    sent = verb.sent
    doc = ctx.doc
    if sent.start == 0 or "\n" in doc_text(doc)[doc[sent.start - 1].idx : sent.start_char]:
        return []
    before = doc[sent.start - 1].sent
    told = [f for f in findings if f.type == "sentence" and before.start <= f.trigger.i < before.end]
    if len(told) != 1 or len(told[0].persons) != 1 or told[0].term is not None or told[0].group_ref:
        return []
    giver = subject_of(verb)
    givers = {t.i for t in giver.subtree} if giver is not None and not is_passive(verb) else set()
    if any(i in ctx.owner_at for i in range(sent.start, sent.end) if i not in givers):
        return []
    return list(told[0].persons)


_HEDGED_TERMS = frozenset({"possible", "potential", "likely", "maximum", "proposed", "expected", "new"})


def _owned_term(noun: Token, months: int | None) -> bool:
    """'her five-month sentence', 'X's 10-year term', 'began her prison sentence': a verdict that
    someone owns (a term only with its length: 'his term' may be an office)."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    return (
        (months is not None or noun.lemma_ == "sentence" and _legal_beside(noun))
        and owner is not None
        and owner.lower_ not in ("my", "our", "their", "its")
        and not any(c.lower_ in _HEDGED_TERMS or c.dep_ == "neg" for c in noun.children)
        and not any(c.dep_ == "neg" for c in noun.head.children)
        # "the judge proceeded to hand down his sentence": the owner gave it
        and noun.head.lemma_.lower() not in lexicon("term_givers") | {"read", "announce", "pronounce"}
    )


def _legal_beside(noun: Token) -> bool:
    """Another word of the sentence speaks of courts or custody ('her prison sentence for fraud'),
    so 'her sentence' is a verdict, not the words she finished."""
    words = lexicon("legal_context")
    return any(t.i != noun.i and (t.lemma_.lower() in words or t.lower_ in words) for t in noun.sent)


# the verbs of a verdict given (not asked for): "The harshest sentence, eight years, was imposed on X"
_GIVEN = frozenset({"impose", "hand", "give", "pass", "deliver", "mete", "award"})


def _given_to(verb: Token, noun: Token | None = None) -> list[Token]:
    """Whom a term-giving verb gave it to: the objects of its 'on', 'upon' or 'to' (or the term
    noun's: 'imposed a sentence on X'), also where the parser hung the preposition on an
    adverbial phrase before it ('was imposed in absentia on X')."""
    preps = [
        c
        for c in [*verb.children, *(noun.children if noun is not None else ())]
        if c.dep_ in ("prep", "dative")
    ]
    preps += [
        c
        for p in preps
        if p.lower_ not in ("on", "upon", "to")
        for g in p.children
        if g.dep_ == "pobj" and g.pos_ == "NOUN"
        for c in g.children
        if c.dep_ == "prep" and c.lower_ in ("on", "upon")
    ]
    named = [
        g
        for h in [verb, *([noun] if noun is not None else [])]
        for c in h.children
        if (g := _role_read_as_infinitive(c)) is not None
    ]
    objects = [g for c in preps if c.lower_ in ("on", "upon", "to") for g in c.children if g.dep_ == "pobj"]
    return objects + named


def _role_read_as_infinitive(tok: Token) -> Token | None:
    """'handed down eight years to blogger X', 'meted out six years to labour activist X': the
    parser reads 'to' and the role after it as an infinitive whose object is the name; the name
    (a proper noun right after the lower-case 'verb' or its compound) is the recipient."""
    if tok.tag_ != "VB" or not tok.is_lower or tok.dep_ not in ("advcl", "relcl", "xcomp", "acl"):
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" and c.i == tok.i - 1 for c in tok.children):
        return None
    if any(c.dep_ not in ("aux", "dobj") for c in tok.children):
        return None
    return next(
        (c for c in tok.children if c.dep_ == "dobj" and c.pos_ == "PROPN" and c.left_edge.i > tok.i), None
    )


def _set_off_term(noun: Token) -> int | None:
    """The one term set off beside a term noun ('The heaviest sentence, seven years, ...')."""
    for appos in (c for c in noun.children if c.dep_ == "appos"):
        if (months := _set_off_term_of(appos)) is not None:
            return months
    return None


def _term_after_recipient(verb: Token) -> int | None:
    """'The longest term went to A, described as the leader: 19 years in a colony': the one term
    set off after the recipient of "went to" (the parser hangs it on the name)."""
    for to in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"):
        for name in (g for g in to.children if g.dep_ == "pobj"):
            terms = [m for c in name.children if c.dep_ == "appos" and (m := _set_off_term_of(c))]
            if len(terms) == 1:
                return terms[0]
    return None


def _set_off_term_of(appos: Token) -> int | None:
    """The one term a phrase set off beside a name holds ("19 years in a colony"), if any."""
    text = span_text(appos.doc[appos.left_edge.i : appos.right_edge.i + 1])
    terms = [term_months(m) for m in TERM_RE.finditer(text)]
    return terms[0] if len(terms) == 1 else None


def _term_owner(ctx: DocContext, noun: Token) -> list[Person]:
    """Whose term a term noun is: 'X's sentence', 'the sentence of X', 'the term handed to X'."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None and noun.dep_ == "compound" and noun.head.pos_ == "VERB":
        # ("saw his sentence rise": the owner hung on the verb read as the compound's head)
        owner = next((c for c in noun.head.children if c.dep_ == "poss"), None)
    if owner is not None and owner.lower_ == "whose":
        # "X, whose eight-year sentence ends in 2027": the one the relative clause describes
        clause = noun.head
        if clause.dep_ == "relcl" and noun.dep_ in ("nsubj", "nsubjpass", "dobj"):
            # (the parser may hang the clause on the place the person is from: "X, a retired
            # engineer from Homiel, whose sentence was handed down in October")
            return ctx.persons_in(person_noun_for_who(clause.head), pronouns=False)
        if noun.dep_ == "appos" and (named := _named_apposition_head(ctx, noun)) is not None:
            # "X, a former councillor whose eight-year sentence … was due to run until 2029": the
            # parser broke the clause and set the term noun beside the name or the name's role
            return ctx.persons_in(named, pronouns=False)
        return []
    if owner is not None:
        return ctx.persons_in(owner) if owner.lower_ not in ("my", "our", "their", "its") else []
    if received := _received_in_clause(ctx, noun):
        return received
    # "the sentence of X", "a 10-year sentence against X" (a verdict upheld against its owner)
    owning = ("of", "against")
    for c in noun.children:
        preps = [c] if c.dep_ == "prep" and c.lower_ in owning else []
        if c.dep_ == "prep" and c.lower_ == "for" and _named_object(ctx, c):
            # "The 13-year sentence for journalist X was announced": a name right after "for" (not
            # "a sentence for the murder of X", whose object is the crime)
            preps = [c]
        if c.dep_ == "acl":  # "the term handed to X", "the sentence imposed on X"
            preps = [
                g for g in c.children if g.dep_ in ("prep", "dative") and g.lower_ in ("to", "on", "upon")
            ]
            # ("the sentence handed to protester X": "to protester" read as an infinitive)
            named = (g for h in c.children if (g := _role_read_as_infinitive(h)) is not None)
            if found := [p for g in named for p in ctx.persons_in(g, pronouns=False)]:
                return found
        for prep in preps:
            for obj in (g for g in prep.children if g.dep_ == "pobj"):
                if found := ctx.persons_in(obj, pronouns=False):
                    return found
    if any(c.dep_ == "prep" and c.lower_ in owning for c in noun.children):
        # "the 15-year sentence of trade unionist X", "the sentence of lawyer and blogger X": the
        # parser may take the role's first word for the object and hang the name on the term
        # noun as an apposition or a conjunct
        for c in noun.children:
            if (
                c.dep_ in ("appos", "conj")
                and c.pos_ == "PROPN"
                and (found := ctx.persons_in(c, pronouns=False))
            ):
                return found
    return []


def _named_apposition_head(ctx: DocContext, noun: Token) -> Token | None:
    """The name an apposition hangs on, directly or through the name's own role noun
    ("X, a former councillor whose sentence ..." with "sentence" set beside "councillor")."""
    head = noun.head
    if head.i not in ctx.owner_at and head.dep_ == "appos" and head.pos_ == "NOUN":
        head = head.head
    return head if head.i in ctx.owner_at else None


def _named_object(ctx: DocContext, prep: Token) -> bool:
    """The object of the preposition is itself a person's name (its head word is a mention)."""
    return any(g.dep_ == "pobj" and g.i in ctx.owner_at for g in prep.children)


# the verbs of a relative clause whose subject got the term it describes ("the terms they
# received", "the sentence she was given", "the four years he served")
_RECEIVING = frozenset({"receive", "get", "serve"})
_RECEIVED_PASSIVE = frozenset({"give", "hand"})


def _received_in_clause(ctx: DocContext, noun: Token) -> list[Person]:
    """'exceeded the two-year terms they received', 'the sentence she was handed': a relative
    clause on the term noun whose subject received it (not 'the term that awaits him')."""
    for clause in (c for c in noun.children if c.dep_ == "relcl" and c.i > noun.i):
        lemma = clause.lemma_.lower()
        if not (lemma in _RECEIVING or lemma in _RECEIVED_PASSIVE and is_passive(clause)):
            continue
        if not asserted(clause) or any(c.dep_ == "neg" for c in clause.children):
            continue
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or subject.lower_ in ("who", "that", "which", "i", "we", "you"):
            continue
        if subject.lower_ == "they":
            return _plural_antecedent(ctx, clause)
        return ctx.persons_in(subject)
    return []


def _plural_antecedent(ctx: DocContext, clause: Token) -> list[Person]:
    """'A and B were freed because ... exceeded the terms they received': 'they' of a clause
    inside the sentence is the named subject of a clause above it (two people or more)."""
    verb = clause.head
    while verb.head.i != verb.i:
        verb = verb.head
        # the subject, or the object of an active verb ("the court freed A and B because ...");
        # past ones that are no one ("because the time they spent exceeded ...")
        for noun in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")):
            if noun.pos_ != "PRON" and (found := ctx.persons_in(noun, pronouns=False)):
                return found if len(found) > 1 else []
    return []


def changed_terms(ctx: DocContext, findings: list[Finding]) -> list[Finding]:
    """'an appeals court cut the sentence of X from nine years to seven', 'X's term was raised to
    eight years', 'another two years were added to X's term', 'upheld X's eight-year sentence':
    each term stated for a named person's sentence is a sentence of that term (a term changed on
    appeal gives one sentence event per stated term)."""
    out: list[Finding] = []
    known = {(id(p), f.term) for f in findings if f.type == "sentence" for p in f.persons}
    changers = lexicon("term_changers")
    for verb in tokens_in_lowered(ctx.doc, "LEMMA", changers):
        if verb.pos_ != "VERB" or verb.i in ctx.quoted:
            continue
        nouns = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        if not nouns:  # "X's sentence increased from 13 to 18 years": the term changed, intransitive
            nouns = [c for c in verb.children if c.dep_ == "nsubj"]
        if not nouns and verb.dep_ in ("dobj", "ccomp", "xcomp") and verb.head.lemma_ in ("see", "have"):
            # "X saw / had his sentence rise from 18 to 25 years": the tagger may read "sentence
            # rise" as one noun, the term noun a compound of the verb
            nouns = [c for c in verb.children if c.dep_ == "compound" and c.lemma_ in TERM_NOUNS]
        # "raising the politician X's term from 13 years to 18": the parser may set the term off
        # as an apposition of the role before the name
        nouns += [g for n in nouns for g in n.children if g.dep_ == "appos" and g.lemma_ in TERM_NOUNS]
        nouns += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children]
        if verb.dep_ == "acl":
            nouns.append(verb.head)  # "a two-year term, reduced on appeal to 18 months"
        if verb.dep_ == "relcl" and (
            any(n.lower_ in ("which", "that") for n in nouns)
            # "six years, a term the higher court then cut to four": the relative pronoun left out
            or verb.head.lemma_ in TERM_NOUNS
            and not any(c.dep_ == "dobj" for c in verb.children)
        ):
            nouns.insert(0, verb.head)  # "a 10-year term, which an appeal court later cut to seven"
        noun = next((n for n in nouns if n.lemma_ in TERM_NOUNS and n.pos_ == "NOUN"), None)
        if noun is None and verb.lemma_ != "replace":
            noun = next(
                (n for n in nouns if _one_punishment(n)), None
            )  # "increased the punishment to five years"
        if verb.lemma_ == "replace" and not _replaced_with_custody(verb):
            continue  # "had her term replaced with 30 months of probation": no prison term
        if noun is None and verb.lemma_ == "replace":
            # "replaced the penalty with a year in a penal colony": the punishment given before
            noun = next(
                (n for n in nouns if n.lemma_ in ("penalty", "punishment") and n.pos_ == "NOUN"), None
            )
        if noun is None and (it := next((n for n in nouns if _pronoun_of_term(n, verb)), None)) is not None:
            # "X was sentenced to ten years; an appeals court reduced it to seven": 'it' is the
            # term just told, of the one person sentenced in this sentence or the one before
            told, unit = _term_it_stands_for(findings, it, verb)
            if any(c.dep_ == "nsubj" and ctx.person_at(c) is not None for c in verb.children):
                told = []  # "He cut it to seven pages": a person's own doing, not a court's
            for months in _stated_terms(verb, unit) if told and asserted(verb) else []:
                if not all((id(p), months) in known for p in told):
                    known.update((id(p), months) for p in told)
                    out.append(
                        Finding("sentence", verb, told, term=months, date=date_text(verb), confidence=0.75)
                    )
            continue
        if noun is None and (told := _participle_of_sentencing(findings, verb)):
            # "was sentenced to two years, reduced on appeal to 18 months": the term just given
            # ("sentenced to 14 years, later cut to 10": a bare number in the unit of that term)
            for months in _stated_terms(verb, _unit_before(verb)):
                if not all((id(p), months) in known for p in told) and asserted(verb):
                    known.update((id(p), months) for p in told)
                    out.append(
                        Finding("sentence", verb, told, term=months, date=date_text(verb), confidence=0.8)
                    )
            continue
        if noun is None or office_term(noun) or noun.lemma_ == "term" and not _legal_near(verb.sent):
            continue  # "parliament extended the president's term to seven years"
        if not asserted(verb):
            continue
        persons = (
            _had_changed(ctx, noun, verb)
            or _term_owner(ctx, noun)
            or _the_term_just_told(findings, noun, verb)
            or _given_with(findings, noun)
            or _changed_for(ctx, noun)
        )
        if not persons:
            continue
        own = term_in(noun)
        # ("a 10-year term, which a court cut to seven": the bare number in the unit of the noun's term)
        told = TERM_RE.search(span_text(noun.doc[noun.left_edge.i : noun.i + 1])) if own else None
        relative = told is not None and verb.dep_ == "relcl" and verb.head.i == noun.i
        # ("On appeal the sentence was raised to thirty": a bare number in the unit of the term
        # told last, in this sentence or the one before, when the noun states none of its own)
        unit = _term_unit(told) if relative else None if own else _unit_told_before(verb)
        stated_at = _stated_terms_at(verb, unit)
        stated = [months for _, months in stated_at] or _from_to_closing_aside(noun)
        if all(m == own for m in stated) and (diff := _difference(verb)) is not None:
            # "extended his sentence by six months", "cut her five-year term by a year": the new
            # term is the one told before with the difference (nothing when none was told before)
            before = [f.term for f in findings if f.type == "sentence" and f.term and f.trigger.i < verb.i
                      and any(p in f.persons for p in persons)]  # fmt: skip
            old_term = own or (before[-1] if before else None)
            if old_term and 0 < old_term + diff <= 600:
                stated = [*stated, old_term + diff]
        if verb.lemma_ == "add" and (total := _total_after_adding(verb)) is not None:
            # "added a year and a half to his term, bringing it to six years": the amount added is
            # no verdict of its own, the total it makes is the new term
            stated = [total]
        if owned := _coordinated_terms(ctx, noun, verb):
            # "upheld the 10-year sentence of A and the 33-year term handed to B": each its own
            for months, owners in owned:
                if all((id(p), months) in known for p in owners):
                    continue
                known.update((id(p), months) for p in owners)
                out.append(
                    Finding("sentence", verb, owners, term=months, date=date_text(verb), confidence=0.8)
                )
            continue
        elliptic = _elliptic_owners(ctx, verb, noun)
        for months in stated:
            # "raised the sentence of A from 18 to 25 years, and that of B from 13 to 20": each
            # term after "that of B" is B's
            at = next((i for i, m in stated_at if m == months), None)
            owners = next((o for i, o in reversed(elliptic) if at is not None and i < at), persons)
            if not owners or all((id(p), months) in known for p in owners):
                continue
            known.update((id(p), months) for p in owners)
            out.append(Finding("sentence", verb, owners, term=months, date=date_text(verb), confidence=0.8))
    return out


def _elliptic_owners(ctx: DocContext, verb: Token, noun: Token) -> list[tuple[int, list[Person]]]:
    """'the sentence of A ..., and that of B ...', 'cut A's term ... and those of B and C ...': a
    demonstrative standing for the term noun again, with owners of its own, after the first; each
    with its index (the terms after it are its owners', none when it names no one)."""
    out: list[tuple[int, list[Person]]] = []
    for tok in sorted(own_clause(verb, _CHANGED_TERM_CLAUSES), key=lambda t: t.i):
        if tok.lower_ not in ("that", "those") or tok.i <= noun.i or tok.pos_ not in ("PRON", "DET"):
            continue
        if tok.doc[tok.i - 1].lower_ not in ("and", ",", ";", "while", "but"):
            continue
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        if of is None and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "of":
            of = tok.doc[tok.i + 1]  # (the parser may hang "of B" elsewhere)
        if of is None:
            continue
        # ("and that of the other defendants": owners no one named, whose terms are no one's here)
        out.append((tok.i, [p for c in of.children if c.dep_ == "pobj" for p in _owners_in(ctx, c)]))
    return out


def _owners_in(ctx: DocContext, pobj: Token) -> list[Person]:
    """The persons named in 'of B', 'of B and C', 'of lawyer and activist B'."""
    out: list[Person] = []
    for t in pobj.subtree:
        if (p := ctx.person_at(t, pronouns=False)) is not None and all(p is not q for q in out):
            out.append(p)
    return out


def _one_punishment(noun: Token) -> bool:
    """'the punishment', 'his penalty': one person's sentence a court changed, not a law's
    ('raised the maximum penalty for sedition to seven years')."""
    return (
        noun.lemma_ in ("punishment", "penalty")
        and noun.pos_ == "NOUN"
        and any(c.dep_ in ("det", "poss") and c.lower_ != "a" for c in noun.children)
        and not any(c.dep_ in ("amod", "compound") for c in noun.children)
        and not any(c.dep_ == "prep" and c.lower_ == "for" for c in noun.children)
    )


def _pronoun_of_term(word: Token, verb: Token) -> bool:
    """'reduced it to seven', 'an amnesty cut that to 15': a pronoun for the term just told (a
    relative 'that' is the word it describes, not a pronoun)."""
    return (
        word.lower_ == "it"
        or word.lower_ in ("that", "this")
        and word.dep_ == "dobj"
        and verb.dep_ != "relcl"
    )


def _changed_for(ctx: DocContext, noun: Token) -> list[Person]:
    """'The sentence for X was reduced to five years': the term a court changed is the named one's
    (read only for a changed term: 'sought a sentence for X' is a request)."""
    return next(
        (
            found
            for c in noun.children
            if c.dep_ == "prep" and c.lower_ == "for"
            for g in c.children
            if g.dep_ == "pobj" and (found := ctx.persons_in(g, pronouns=False))
        ),
        [],
    )


_SHORTENING = frozenset({"reduce", "cut", "shorten", "lower", "slash", "trim"})


# "..., bringing it to six years", "taking her total term to nine", "so it is ten now", "for a
# total of seven years": the term an addition makes, stated after it
_TOTAL_AFTER_ADDING = re.compile(
    r"(?:\b(?:bringing|taking|raising|making)\s+(?:it|(?:the|his|her|their)\s+(?:total\s+)?(?:term|sentence|punishment)s?)"
    r"\s+to\s+(?:a\s+total\s+of\s+)?"
    r"|\bso\s+(?:that\s+)?(?:it|(?:the|his|her|their)\s+(?:term|sentence|punishment))\s+(?:now\s+)?"
    r"(?:is|was|stands\s+at|totals|came\s+to)\s+(?:now\s+)?"
    r"|\b(?:for|to)\s+a\s+total\s+of\s+)"
    rf"(?P<bare>{_NUM_WORD}(?:\s+and\s+a\s+half)?)?",
    re.IGNORECASE,
)


def _total_after_adding(verb: Token) -> int | None:
    """The total term an addition makes, stated after the verb in its sentence ('added two years to
    his sentence, so it is ten now': 120; the bare number takes the unit of the amount added)."""
    sent = verb.sent
    text = span_text(sent.doc[verb.i : sent.end])
    match = _TOTAL_AFTER_ADDING.search(text)
    if match is None:
        return None
    if (term := TERM_RE.match(text, match.end() - len(match.group("bare") or ""))) is not None:
        months = term_months(term)
    else:
        added = TERM_RE.search(text[: match.start()])
        months = (
            _list_value(match.group("bare"), _term_unit(added)) if added and match.group("bare") else None
        )
    return months if months and 0 < months <= 600 else None


def _difference(verb: Token) -> int | None:
    """How much a verb changed a term: '+12' for 'extended by a year', '-6' for 'cut by six
    months' ('added two years to his sentence' is a term of its own, as the corpus reads it)."""
    # (a passive's "by" may be read as its agent: "was extended by two years")
    by = next((c for c in verb.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"), None)
    months = term_in(by, own=True) if by is not None else None
    if months is None:
        return None
    return -months if verb.lemma_ in _SHORTENING else months


def _coordinated_terms(ctx: DocContext, noun: Token, verb: Token) -> list[tuple[int, list[Person]]]:
    """'the 10-year sentence of A and the 33-year term handed to B': coordinated term nouns, each
    with its own owner and its own length, pair up (nothing unless every one has both)."""
    # (the parser may hang the second on the verb)
    others = [*noun.conjuncts, *(c for c in verb.children if c.dep_ == "conj" and c.pos_ == "NOUN")]
    nouns = [noun] + [c for c in others if c.lemma_ in TERM_NOUNS and c.pos_ == "NOUN"]
    if len(nouns) < 2:
        return []
    out: list[tuple[int, list[Person]]] = []
    for n in nouns:
        conj_words = {t.i for c in n.children if c.dep_ in ("conj", "cc") for t in c.subtree}
        words = [t for t in n.subtree if t.i not in conj_words]
        text = " ".join(t.text for t in words)
        months = next((m for m in map(term_months, TERM_RE.finditer(text)) if m), None)
        owners = _term_owner(ctx, n)
        if months is None or not owners:
            return []
        out.append((months, owners))
    return out


def _given_with(findings: list[Finding], noun: Token) -> list[Person]:
    """'X was handed a 10-year term, which an appeal court later cut to seven': the persons of the
    sentence whose verb took the term noun as its object; 'X was sentenced to nine years, a term
    shortened to six by the appeal court': a term noun set beside the sentencing verb or its term."""
    if noun.dep_ in ("npadvmod", "appos"):
        # (or beside the name whose relative clause sentenced: "X, who was sentenced to eight
        # years, a term since lowered to four")
        verbs = {noun.head.head.head.i if noun.head.dep_ == "pobj" else noun.head.i}
        named = [noun.head, *(c for c in noun.head.children if c.dep_ == "appos" and c.i < noun.i)]
        verbs |= {c.i for n in named for c in n.children if c.dep_ == "relcl" and c.i < noun.i}
    elif noun.dep_ in ("nsubj", "nsubjpass") and noun.head.dep_ == "conj" and has_det(noun, ("a",)):
        verbs = {noun.head.head.i}  # "X was given ten years, a sentence later commuted to seven"
    elif noun.dep_ in ("dobj", "attr", "oprd", "pobj"):
        verbs = {noun.head.head.i if noun.dep_ == "pobj" else noun.head.i}
    else:
        return []
    return next(
        (f.persons for f in findings if f.type == "sentence" and f.persons and f.trigger.i in verbs), []
    )


def _participle_of_sentencing(findings: list[Finding], verb: Token) -> list[Person]:
    """The persons of the sentence whose verb a term-changing participle hangs on ('sentenced to
    two years, reduced on appeal to 18 months', 'later cut to ten': the tagger may call the
    participle a past tense); none for a verb with a subject of its own ('and he cut his pay')."""
    if (
        verb.tag_ not in ("VBN", "VBD")
        or verb.dep_ not in ("advcl", "conj", "dep")
        or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "dobj") for c in verb.children)
    ):
        return []
    return next(
        (f.persons for f in findings if f.type == "sentence" and f.persons and f.trigger.i == verb.head.i), []
    )


def _had_changed(ctx: DocContext, noun: Token, verb: Token) -> list[Person]:
    """'A and B had their sentences increased from ten to 13 years', 'X had her term cut to four
    years': the subject of 'have' owns the term its pronoun stands for (a plural 'their' names
    no one by itself)."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    have = verb.head
    if (
        owner is None
        or owner.lower_ not in ("their", "his", "her")
        or have.lemma_ != "have"
        or have.i > noun.i
    ):
        return []
    subject = subject_of(have)
    if subject is None:
        return []
    # (every name of the subject, however the parser hung a list of them: "The lawyers A and B")
    words = range(subject.left_edge.i, subject.right_edge.i + 1)
    named: list[Person] = []
    for i in words:
        if i in ctx.owner_at and not any(p is ctx.owner_at[i] for p in named):
            named.append(ctx.owner_at[i])
    return named or persons_of(ctx, subject)


def _unit_told_before(verb: Token) -> int | None:
    """The unit of the last term stated before `verb` in its sentence or the one before ('given
    twenty years in 2021. On appeal, the sentence was increased to twenty-five': years)."""
    sent = verb.sent
    told = list(TERM_RE.finditer(span_text(verb.doc[sentences_back(sent, 1) : verb.i])))
    return _term_unit(told[-1]) if told else None


def _unit_before(verb: Token) -> int | None:
    """The unit of the last term stated before a term-changing participle in its sentence
    ('sentenced to 14 years, later reduced to 10': years)."""
    told = list(TERM_RE.finditer(span_text(verb.doc[verb.sent.start : verb.i])))
    return _term_unit(told[-1]) if told else None


def _the_term_just_told(findings: list[Finding], noun: Token, verb: Token) -> list[Person]:
    """'A court sentenced X to five and a half years. On appeal the term was raised to six years':
    'the term' with no owner is that of the one person sentenced in this sentence or the one
    before."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return []
    sent = verb.sent
    first = verb.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    told = [f for f in findings if f.type == "sentence" and f.persons and first <= f.trigger.i < verb.i]
    if not told:
        return []
    latest = max(told, key=lambda f: f.trigger.i)
    return latest.persons if len(latest.persons) == 1 else []


def _replaced_with_custody(verb: Token) -> bool:
    """'replaced ... with a year in a penal colony': the new punishment names a prison (not 'with
    30 months of probation', 'with a fine')."""
    return any(
        c.dep_ == "prep" and c.lower_ == "with" and any(t.lemma_.lower() in CUSTODY_WORDS for t in c.subtree)
        for c in verb.children
    )


def _term_it_stands_for(findings: list[Finding], it: Token, verb: Token) -> tuple[list[Person], int | None]:
    """The one person whose term 'it' stands for, and that term's unit: the latest sentence with a
    term told before the verb in its sentence or the one before ('sentenced to ten years; a court
    cut it to seven'). None when that sentence was of several people or told no term."""
    sent = verb.sent
    first = verb.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    told = [f for f in findings if f.type == "sentence" and f.persons and first <= f.trigger.i < it.i]
    if not told:
        return [], None
    latest = max(told, key=lambda f: f.trigger.i)
    if len(latest.persons) != 1 or latest.term is None:
        return [], None
    terms = list(TERM_RE.finditer(span_text(verb.doc[latest.trigger.sent.start : it.i])))
    return latest.persons, _term_unit(terms[-1]) if terms else None


# ("to twenty - five": the clause's text is its tokens joined by spaces, a hyphen set apart)
_SPACED_NUM_WORD = _NUM_WORD.replace("(?:-(?:", r"(?:\s*-\s*(?:")
# ("from six years to six and a half": the half belongs to the bare number)
_BARE_TO = re.compile(
    rf"\bto\s+({_SPACED_NUM_WORD}(?:\s+and\s+a\s+half)?)\b(?![\s-]*(?:years?|months?|%|percent))",
    re.IGNORECASE,
)


def _stated_terms(verb: Token, unit: int | None = None) -> list[int]:
    """The terms in a term-changing verb's own clause, in order: 'from nine years to seven' gives
    108 and 84 (the bare number takes the unit before it); 'by two years' is a difference."""
    return [months for _, months in _stated_terms_at(verb, unit)]


def _stated_terms_at(verb: Token, unit: int | None = None) -> list[tuple[int, int]]:
    """`_stated_terms` with the index of the word each term starts at."""
    served = _time_served_words(verb)
    clause = (t for t in own_clause(verb, _CHANGED_TERM_CLAUSES) if t.i not in served)
    words = sorted(clause, key=lambda t: t.i)
    text = " ".join(t.text for t in words)
    starts = dict(zip(itertools.accumulate((len(t.text) + 1 for t in words), initial=0), words, strict=False))
    surface = doc_text(verb.doc)
    found: list[tuple[int, int]] = []
    for match in TERM_RE.finditer(text):
        before = text[: match.start()]
        changed = re.search(r"\bfrom\s*$|\bfrom\s+\S+(?:\s+(?:years?|months?))?\s+to\s*$", before)
        if re.search(r"\bby\s*$", before) or is_approximate(before) and not changed:
            continue  # a difference, or a hedge ("up to"); "from A to B" is the old and the new term
        months = term_months(match)
        if (first := starts.get(match.start())) is not None and (whole := TERM_RE.match(surface, first.idx)):
            # "to five years and seven months after ...": the parser may hang the months on the next
            # clause; the term is read whole where it stands
            months = term_months(whole) or months
        if months:
            found.append((match.start(), months))
            unit = _term_unit(match)
            # "increased from eight to 10 years": the bare old term takes the new one's unit
            bare = re.search(r"\bfrom\s+([\w-]+(?:\s+and\s+a\s+half)?)\s+to\s*$", before)
            if bare is not None and unit and (old := _list_value(bare.group(1), unit)) and 0 < old <= 600:
                found.append((bare.start(1), old))
    if unit is not None:
        for match in _BARE_TO.finditer(text):
            value = _list_value(re.sub(r"\s*-\s*", "-", match.group(1)), unit)
            if value and 0 < value <= 600 and not any(start == match.start(1) for start, _ in found):
                found.append((match.start(1), value))
    offsets = list(starts)
    return [(starts[offsets[bisect_right(offsets, at) - 1]].i, months) for at, months in sorted(found)]


# the prepositions before a gerund of time served: "commuted after serving twelve years"
_SERVED_BEFORE = frozenset({"after", "before", "upon", "on"})


def _time_served_words(verb: Token) -> set[int]:
    """'Her sentence was commuted after serving twelve years', 'the term was cut after she had
    served four': the time already served, inside the clause of a changed term, is no term of
    the change (dev2's trap of time served). The words of a "serve" gerund or clause after
    "after" / "before" / "upon" on the verb. Session 57: wikinews-en-tune 1 (a false 144)."""
    out: set[int] = set()
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in _SERVED_BEFORE):
        for clause in (g for g in prep.children if g.dep_ == "pcomp" and g.lemma_ == "serve"):
            out.update(t.i for t in clause.subtree)
    for clause in (c for c in verb.children if c.dep_ == "advcl" and c.lemma_ == "serve"):
        if any(m.dep_ == "mark" and m.lower_ in _SERVED_BEFORE for m in clause.children):
            out.update(t.i for t in clause.subtree)
    return out


_FROM_TO = re.compile(rf"^from\s+({_NUM_WORD})\s+to\s+", re.IGNORECASE)


def _from_to_closing_aside(noun: Token) -> list[int]:
    """'increased the sentence of X, who was convicted of organising riots in 2024, from six to
    seven years': the verb's 'from ... to ...' closes the relative clause set off after the
    term's owner, and the parser hangs it inside that clause. Old and new term, in order."""
    doc = noun.doc
    owners = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
    for owner in owners:
        for clause in (c for c in owner.children if c.dep_ == "relcl"):
            end = clause.right_edge.i
            start = next((t.i for t in doc[clause.i : end + 1] if t.lower_ == "from"), None)
            if start is None or doc[start - 1].text != ",":
                continue
            text = span_text(doc[start : end + 1])
            opening = _FROM_TO.match(text)
            term = TERM_RE.match(text, opening.end()) if opening else None
            if term is None:
                continue
            new = term_months(term)
            old = _list_value(opening.group(1), _term_unit(term)) if new else None
            if new and old and 0 < old <= 600:
                return [old, new]
    return []


# unlike `own_clause`'s default, a changed term's clause keeps its `acl` and `xcomp` verbs
_CHANGED_TERM_CLAUSES = frozenset({"relcl", "advcl", "ccomp", "conj", "parataxis"})


def _term_unit(match: re.Match[str]) -> int:
    """Months per unit of a matched term: a bare number after it ('and B to six') counts in it."""
    if match.group("short"):
        return 0  # a bare number after days is never read as months
    return 12 if "year" in match.group(0).lower() or match.group("decade") else 1


UNREAL = frozenset(
    {"planned", "expected", "possible", "potential", "imminent", "promised", "proposed", "demanded",
     "conditional", "future", "eventual", "alleged", "rumoured", "rumored", "wrongful", "illegal", "unlawful",
     "impending", "supposed", "purported", "threatened", "mooted", "anticipated", "intended", "hoped-for"}
)  # fmt: skip
# words that make a verdict sentence's term one not (yet) given (`verdict_terms_for`)
_NOT_GIVEN = UNREAL | {"maximum", "likely", "if", "unless"}


_NUMBER_SIGNS = frozenset({"no.", "no", "nr.", "number", "#", "№"})


def _numbered_name(tok: Token) -> bool:
    """'Prison No. 6', 'Colony No 15', 'Ward #3': a number after a number sign names a thing (the
    tokenizer may split the sign's full stop off)."""
    doc, k = tok.doc, tok.i - 1
    if k >= 0 and doc[k].text == ".":
        k -= 1
    return k >= 0 and doc[k].lower_ in _NUMBER_SIGNS


def _day_after_month(tok: Token) -> bool:
    """'on February 1', 'on Feb. 3': a number right after a month's name is the day of a date
    (session 59, hrd8: a bare number later in a sentencing sentence is otherwise read as a term)."""
    doc, k = tok.doc, tok.i - 1
    if k >= 0 and doc[k].text == ".":
        k -= 1
    return k >= 0 and doc[k].is_title and doc[k].lower_.rstrip(".") in MONTH_WORDS


def elided_terms(ctx: DocContext, findings: list[Finding]) -> list[Finding]:
    """'sentenced A to eight years and B to six', 'gave A five years and his deputy, B, four', 'A,
    who was sentenced to eight years, and B, who was sentenced to six': a bare number after a
    later name in a sentencing sentence is that person's term, in the unit of the term before it."""
    out: list[Finding] = []
    seen: set[int] = set()
    for f in findings:
        sent = f.trigger.sent
        if f.type != "sentence" or sent.start in seen:
            continue
        seen.add(sent.start)
        text, base = span_text(sent), sent.start_char
        terms = [m for m in TERM_RE.finditer(text) if term_months(m)]
        closing = _closing_list(text) if "respectively" in text.lower() else None
        if closing is not None:
            # "sentenced A to nine years, B to eight and a half, and C and D to eight and seven
            # years respectively": the pairs before the closing list are read as without it
            terms = [m for m in terms if m.end() <= closing.start()]
        if not terms or "respectively" in text.lower() and closing is None:
            continue
        covered = {i for m in terms for i in range(base + m.start(), base + m.end())}
        term_at = {base + m.start(): m for m in terms}
        verdicts = _life_or_death_ends(sent)
        last_end = None
        for tok in sent:
            if closing is not None and tok.idx >= base + closing.start():
                break
            if tok.i in verdicts and last_end is None:
                last_end, unit = verdicts[tok.i], 12  # "A to life, and B to 20 years": B's term follows
                continue
            match = term_at.get(tok.idx)
            if match is not None:
                end = sent.doc.char_span(
                    base + match.start(), base + match.end(), alignment_mode="expand"
                ).end
                if not f.persons and (named := _named_after_for(ctx, end, sent)) is not None:
                    # "six years for A, five for B": the term before "for" is the name's after it
                    if asserted(f.trigger) and term_months(match) and named not in f.persons:
                        out.append(Finding("sentence", tok, [named], term=term_months(match), date=f.date,
                                           confidence=0.75))  # fmt: skip
                    unit, last_end = _term_unit(match), end
                    continue
                given_to = _given_to_after(ctx, end, sent) if last_end is not None else None
                if given_to is not None and asserted(f.trigger) and given_to not in f.persons:
                    # "gave six years to A and four years to B": the later term is B's
                    out.append(Finding("sentence", tok, [given_to], term=term_months(match), date=f.date,
                                       confidence=0.75))  # fmt: skip
                elif last_end is not None and asserted(f.trigger):
                    out += _listed_before_term(ctx, findings, sent.doc[last_end : tok.i], tok, match, f)
                unit = _term_unit(match)
                last_end = end
                continue
            if last_end is None or tok.i < last_end or tok.idx in covered or not tok.like_num:
                continue
            value = _list_value(tok.text, unit)
            after = sent.doc[tok.i + 1] if tok.i + 1 < sent.end else None
            if value is None or value > 600 or after is not None and after.pos_ in ("NOUN", "PROPN", "ADJ"):
                continue
            if after is not None and after.lower_ == "of":
                continue  # "after Judge X, one of the judges designated ...": a part of a group
            if tok.i > sent.start and sent.doc[tok.i - 1].lower_ == "of":
                continue  # "B, a mother of two, was given four years": a family, not a term
            if _numbered_name(tok):
                continue  # "moved to Prison No. 6", "Colony No 15": the number names a place
            if _day_after_month(tok):
                continue  # "... leaders deposed in a coup on February 1": a date's day, not a term
            if _age_after_name(ctx, tok) or _age_told(tok):
                continue  # "and Elmir Nagiyev, 29, jailed for four years": his age, not a term
            given_to = _given_to_after(ctx, tok.i + 1, sent)
            if given_to is not None and asserted(f.trigger) and given_to not in f.persons:
                # "gave six years to A and four to B": the number before "to" is the name's after it
                out.append(Finding("sentence", tok, [given_to], term=value, date=f.date, confidence=0.75))
                last_end = tok.i + 1
                continue
            if after is not None and after.lower_ == "for":
                # "six years for A, five for B": a bare number before "for" is the name's after it
                named = _named_after_for(ctx, tok.i + 1, sent)
                approximate = is_approximate(span_text(sent.doc[max(sent.start, tok.i - 3) : tok.i]))
                if named is not None and not f.persons and asserted(f.trigger) and not approximate:
                    out.append(Finding("sentence", tok, [named], term=value, date=f.date, confidence=0.75))
                last_end = tok.i + 1
                continue
            half = (
                after is not None
                and after.lower_ in ("and", "-")
                and after.i + 2 < sent.end
                and sent.doc[after.i + 1].lower_ in ("a", "one")
                and sent.doc[after.i + 2].lower_ == "half"
            )
            if half:
                unit_after = sent.doc[after.i + 3].lower_ if after.i + 3 < sent.end else ""
                if (
                    after.lower_ != "and"
                    or sent.doc[after.i + 1].lower_ != "a"
                    or unit_after.startswith(("year", "month"))
                ):
                    continue  # "four and a half years": the regex would have read a term
                # "A received nine years, B eight and a half": the bare number and its half
                value = _list_value(f"{tok.text} and a half", unit)
                if value is None or value > 600:
                    continue
            at = next((i for i in range(tok.i - 1, last_end - 1, -1) if i in ctx.owner_at), None)
            if at is None or is_approximate(span_text(sent.doc[max(sent.start, tok.i - 3) : tok.i])):
                continue
            if not asserted(f.trigger):
                continue
            # (only those named since the term before: "A received 15 years, B 14 and C 12")
            persons = [
                p
                for p in _coordinated_names(ctx, sent.doc[at])
                if any(last_end <= start < tok.i for start, _ in p.mentions)
            ]
            listed = _bare_list(tok)
            if len(listed) > 1:
                # "B and C got nine and seven": in order when the lists match, else no term at all
                values = [_list_value(t.text, unit) for t in listed]
                if len(persons) == len(listed) and None not in values:
                    order = sorted(persons, key=lambda p: min(s for s, _ in p.mentions if s >= last_end))
                    out += [
                        Finding("sentence", t, [p], term=v, date=f.date, confidence=0.75)
                        for p, t, v in zip(order, listed, values, strict=True)
                    ]
                covered |= {t.idx for t in listed}
                last_end = listed[-1].i + 1
                continue
            out.append(Finding("sentence", tok, persons, term=value, date=f.date, confidence=0.75))
            if f.term is not None and f.term != value and len(f.persons) > len(persons):
                # "A was sentenced to eight years; B, to seven": the parser joined B to A's verb
                f.persons = [p for p in f.persons if p not in persons]
            last_end = tok.i + 1
        if closing is not None and last_end is not None and asserted(f.trigger):
            out += _closing_list_pairs(ctx, f, sent.doc[last_end : sent.end], base + closing.start(), closing)
    return out


# a list of terms the sentence's "respectively" closes ("... and C and D to eight and seven
# years respectively"), after "to" or "for", with no number between it and "respectively"
_TO_BEFORE_LIST = re.compile(r"\b(?:to|for)\s*$", re.IGNORECASE)
_RESPECTIVELY_AFTER = re.compile(r"[^.;\d]{0,40}?\brespectively\b", re.IGNORECASE)


def _closing_list(text: str) -> re.Match[str] | None:
    """The list of terms a "respectively" closes, set after its own "to"/"for", in a sentence."""
    for match in _LIST_TERMS.finditer(text):
        if _RESPECTIVELY_AFTER.match(text, match.end()) and _TO_BEFORE_LIST.search(text, 0, match.start()):
            return match
    return None


def _closing_list_pairs(
    ctx: DocContext, f: Finding, between: Span, at: int, closing: re.Match[str]
) -> list[Finding]:
    """'..., and C and D to eight and seven years respectively': the names after the last pair
    and before the list take its terms in order; as many names as terms, or none."""
    values = term_list(closing.group(0))
    persons: list[Person] = []
    for tok in between:
        if tok.idx >= at:
            break
        person = ctx.owner_at.get(tok.i)
        if person is not None and person not in persons:
            persons.append(person)
    if not values or len(values) != len(persons) or any(p in f.persons for p in persons):
        return []
    return [
        Finding("sentence", f.trigger, [p], term=v, date=f.date, confidence=0.75)
        for p, v in zip(persons, values, strict=True)
    ]


def _given_to_after(ctx: DocContext, at: int, sent: Span) -> Person | None:
    """The person named after 'to' at token `at`, past a short lower-case role ('and four to B',
    'and seven to his brother B'): the recipient of the number before it."""
    doc = ctx.doc
    if at >= sent.end or doc[at].lower_ != "to":
        return None
    for k in range(at + 1, min(at + 5, sent.end)):
        if k in ctx.owner_at and not doc[k].is_lower:
            return ctx.owner_at[k]
        if not (doc[k].is_lower and doc[k].is_alpha and doc[k].pos_ in ("DET", "PRON", "NOUN", "ADJ")):
            return None
    return None


def _named_after_for(ctx: DocContext, at: int, sent: Span, *, roles: bool = False) -> Person | None:
    """The person named right after 'for' at token `at` ('five for B'), if any; with `roles`, past
    up to three lower-case words of a role ('for blogger B')."""
    doc = ctx.doc
    if at + 1 >= sent.end or doc[at].lower_ != "for":
        return None
    first = at + 1
    while (
        roles and first < min(at + 4, sent.end - 1) and doc[first].is_lower and doc[first].pos_ in _ROLE_POS
    ):
        first += 1
    person = ctx.owner_at.get(doc[first].i)
    if person is None:
        return None
    end = max(e for s, e in person.mentions if s <= first < e)
    return None if end < sent.end and doc[end].text in ("'s", "’s", "'", "’") else person


_ROLE_POS = frozenset({"NOUN", "ADJ", "PROPN"})  # "for blogger B", "for opposition activist B"


_UP_FROM = re.compile(
    rf"\s*,?\s*(?:up|down|increased|raised|reduced|cut)\s+from\s+(?:an?\s+earlier\s+)?({_NUM_WORD})\b",
    re.IGNORECASE,
)


_ASKED_AFTER = re.compile(r"\b(?:prosecut\w*|sought|requested|demanded|asked)\b", re.IGNORECASE)


def terms_up_from(ctx: DocContext, findings: list[Finding]) -> list[Finding]:
    """'were sentenced to 33 years, up from 28', 'got nine years, down from 12 years at the first
    trial': the term the new one replaced was a sentence of its own (each stated term is one)."""
    out: list[Finding] = []
    for f in findings:
        if f.type != "sentence" or f.term is None or not f.persons or not asserted(f.trigger):
            continue
        sent = f.trigger.sent
        text, base = span_text(sent), sent.start_char
        for match in TERM_RE.finditer(text):
            if term_months(match) != f.term or (up := _UP_FROM.match(text, match.end())) is None:
                continue
            rest = text[up.start(1) :]
            if _ASKED_AFTER.search(rest[:60]):
                break  # "up from the eight prosecutors had sought": a request, no verdict
            term = TERM_RE.match(rest)
            months = term_months(term) if term is not None else _list_value(up.group(1), _term_unit(match))
            if months and 0 < months <= 600 and months != f.term:
                at = sent.doc.char_span(base + up.start(1), base + up.end(1), alignment_mode="expand")
                tok = at.root if at is not None else f.trigger
                out.append(Finding("sentence", tok, list(f.persons), term=months, date=None, confidence=0.75))
            break
    return out


# "had served just over four years of the eight and a half he was given": the part served, then
# the whole term after "of the", told as what the convict was given or sentenced to
_SERVED_PART = re.compile(
    r"\b(?:served|spent|serving|spending)\s+"
    r"(?:(?:just|almost|nearly|about|around|some|more|less|than|over|under|only|barely)\s+)*$",
    re.IGNORECASE,
)
_OF_THE_WHOLE = re.compile(
    rf"\s+of\s+the\s+(?P<whole>{_NUM_WORD}(?:\s+and\s+a\s+half)?)(?:[\s-]+(?P<unit>years?|months?))?"
    r"\s+(?:that\s+)?(?:he|she|they)\s+(?:was|were|had\s+been)\s+(?:given|handed|sentenced\s+to)\b",
    re.IGNORECASE,
)


def served_part_of_terms(ctx: DocContext, findings: list[Finding]) -> list[Finding]:
    """'X had served just over four years of the eight and a half he was given', 'she had served
    almost three years of the four she was given': the whole term after "of the" is the verdict's
    term of whoever served the part (the part served is no term, even when another rule read it
    as one). The Russian and Belarusian readers already read «отбыл три года из назначенных ему
    восьми», «з прызначаных ёй шасці гадоў». Census (session 49): the English form occurs three
    times in the read sets (syn32b, syn33b, syn34b), the whole term gold each time and missed by
    L49 each time."""
    out: list[Finding] = []
    for sent in ctx.doc.sents:
        text, base = span_text(sent), sent.start_char
        if " of the " not in text:
            continue
        for match in TERM_RE.finditer(text):
            whole = _OF_THE_WHOLE.match(text, match.end())
            if whole is None or not _SERVED_PART.search(text[: match.start()]):
                continue
            unit = whole.group("unit")
            months = _list_value(
                whole.group("whole"),
                (12 if unit.lower().startswith("year") else 1) if unit else _term_unit(match),
            )
            at = sent.doc.char_span(base + match.start(), base + match.end(), alignment_mode="expand")
            verb = at.root if at is not None else None
            while verb is not None and verb.lemma_ not in ("serve", "spend") and verb.head.i != verb.i:
                verb = verb.head
            if not months or months > 600 or verb is None or verb.lemma_ not in ("serve", "spend"):
                continue
            if verb.i in ctx.quoted or not asserted(verb):
                continue
            subject = subject_of(verb)
            if subject is not None and subject.lower_ in ("who", "that"):
                subject = relative_subject(subject)
            persons = ctx.persons_in(subject) if subject is not None else []
            if not persons:
                continue
            out.append(Finding("sentence", verb, persons, term=months, date=None, confidence=0.75))
            part = term_months(match)
            for f in findings:  # ("who had served two years of the six": the two years are no term)
                if (
                    f.type == "sentence"
                    and f.term == part
                    and f.trigger.i == verb.i
                    and set(map(id, f.persons)) & set(map(id, persons))
                ):
                    f.term = None
    return out


def _bare_list(num: Token) -> list[Token]:
    """'nine and seven', 'nine, eight and seven': the bare numbers listed from `num` on."""
    listed, at = [num], num.i + 1
    doc = num.doc
    while at + 1 < num.sent.end and doc[at].lower_ in (",", "and") and doc[at + 1].like_num:
        listed.append(doc[at + 1])
        at += 2
    return listed


def _coordinated_names(ctx: DocContext, name: Token) -> list[Person]:
    """The person at `name` and those coordinated with them ("while B and C received five each"):
    a bare term after a list of names is each one's."""
    head = name
    while head.dep_ in ("compound", "flat") and head.head.i in ctx.owner_at:
        head = head.head
    first = head
    while first.dep_ == "conj" and first.head.i in ctx.owner_at:
        first = first.head
    persons, stack = [ctx.owner_at[name.i]], [first]
    while stack:
        t = stack.pop()
        if t.i in ctx.owner_at and ctx.owner_at[t.i] not in persons:
            persons.append(ctx.owner_at[t.i])
        stack += [c for c in t.children if c.dep_ == "conj" and c.i in ctx.owner_at]
    return persons


def _age_after_name(ctx: DocContext, num: Token) -> bool:
    """'Halina Dziarbysh, 71, who ...': a number set off by commas on both sides right after a name
    is an age."""
    doc = num.doc
    # "B, now 27, is serving his term": the age as it is today
    k = num.i - 1 if num.i >= 1 and doc[num.i - 1].lower_ == "now" else num.i
    return (
        k >= 2
        and doc[k - 1].text == ","
        and k - 2 in ctx.owner_at
        and num.i + 1 < len(doc)
        and (
            doc[num.i + 1].text == ","  # "and his deputy, B, four.": her term
            # "...; the student leader B, 23; and C", "..., as did B, 31.": an age in digits closing
            # a semicolon list item or the sentence
            or doc[num.i + 1].text in (";", ".")
            and num.text.isdigit()
            # "B, 21 — no relation to C — was sentenced to ...": an age before an aside
            or num.text.isdigit()
            and _verb_after_aside(doc[num.i + 1])
        )
    )


_ASIDE_CLOSE = {"—": "—", "–": "–", "--": "--", "(": ")"}


def _verb_after_aside(tok: Token) -> bool:
    """A dash or bracket aside opening at `tok` ("— no relation to C —") that a verb follows."""
    doc = tok.doc
    close = _ASIDE_CLOSE.get(tok.text)
    if close is None:
        return False
    end = min(tok.sent.end, tok.i + 14)
    shut = next((k for k in range(tok.i + 1, end) if doc[k].text == close), None)
    if shut is None:
        return False
    after = shut + 2 if shut + 2 < len(doc) and doc[shut + 1].text == "," else shut + 1
    return after < len(doc) and doc[after].pos_ in ("AUX", "VERB")


def _age_told(num: Token) -> bool:
    """'B, who turned 19 in custody, was given 12 years', 'C, aged 30', 'B, a 45-year-old
    librarian', 'C, the youngest at 20': a number after "turned", "aged", a superlative's "at" or
    "at the age of", or before "-year-old", is an age."""
    doc = num.doc
    if num.i >= 1 and doc[num.i - 1].lower_ in ("turned", "turns", "turning", "aged", "age"):
        return True
    if (
        num.i >= 2
        and doc[num.i - 1].lower_ == "at"
        and (doc[num.i - 2].tag_ == "JJS" or doc[num.i - 2].lower_ == "of")
    ):
        return True  # "C, the youngest at 20, got eight months", "who died at the age of 74"
    after = doc[num.i + 1 : num.i + 5].text.lower().replace(" ", "")
    return after.startswith(("-year-old", "-years-old", "year-old", "-month-old"))


def _life_or_death_ends(sent: Span) -> dict[int, int]:
    """Where 'to life (imprisonment)' or 'to death' starts in a sentence, and where it ends."""
    out: dict[int, int] = {}
    for t in sent:
        if t.lower_ in ("life", "death") and t.i > sent.start and sent.doc[t.i - 1].lower_ == "to":
            out[t.i] = t.head.i + 1 if t.dep_ == "compound" and t.head.i > t.i else t.i + 1
    return out


# a bare number after "to" in a list of terms: "B to four", "C to seven and a half"
_BARE_ITEM = re.compile(
    rf"({_NUM_WORD}(?:\s+and\s+a\s+half)?)\b(?![\s-]*(?:years?|months?|%))", re.IGNORECASE
)


def terms_after_colon(ctx: DocContext, findings: list[Finding]) -> list[Finding]:
    """'Three activists were sentenced on Monday: A to five years, B to four and C to three.': the
    parser ends the sentence at the colon; each name of the verbless list after it takes the term
    that follows it (a bare number in the unit of the term before)."""
    out: list[Finding] = []
    doc = ctx.doc
    for f in findings:
        sent = f.trigger.sent
        if f.type != "sentence" or not span_text(sent).rstrip().endswith(":") or sent.end >= len(doc):
            continue
        items = doc[sent.end].sent
        if any(t.pos_ in ("VERB", "AUX") for t in items) or not asserted(f.trigger):
            continue
        text, base = span_text(items), items.start_char
        unit, person = None, None
        for tok in items:
            if tok.i in ctx.owner_at:
                person = ctx.owner_at[tok.i]
                continue
            if person is None or tok.lower_ not in ("to", "for"):
                continue
            rest = text[tok.idx - base + len(tok.text) :].lstrip()
            months = None
            if (term := TERM_RE.match(rest)) is not None and term_months(term):
                months, unit = term_months(term), _term_unit(term)
            elif unit is not None and (bare := _BARE_ITEM.match(rest)) is not None:
                months = _list_value(bare.group(1), unit)
            if months and months <= 600:
                out.append(Finding("sentence", tok, [person], term=months, date=f.date, confidence=0.75))
            person = None
    return out


# words that make a sentence about verdicts: "New verdicts included: A (four years), B (two years)"
_VERDICT_LEMMAS = frozenset({"verdict", "sentence", "term", "jail", "convict", "imprison"})
# a parenthesis that holds a term ("(four years)", "(five years in a high-security colony)")
_TERM_IN_BRACKETS = re.compile(r"\(\s*([^()]{3,80}?)\s*\)")


def bracketed_verdicts(ctx: DocContext, findings: list[Finding]) -> list[Finding]:
    """'New verdicts this week included: A (four years), B (three years and six months)': a name
    followed by a term in brackets, in a sentence about verdicts, is that person's sentence."""
    out: list[Finding] = []
    doc = ctx.doc
    termed = {(id(p), f.term) for f in findings if f.type == "sentence" for p in f.persons}
    sentences = {t.sent.start: t.sent for t in tokens_in(doc, "LEMMA", _VERDICT_LEMMAS)}
    for sent in sentences.values():
        if sent[0].i in ctx.quoted or not asserted(sent.root):
            continue
        text, base = span_text(sent), sent.start_char
        unit = None
        for match in _TERM_IN_BRACKETS.finditer(text):
            term = TERM_RE.match(match.group(1))
            rest = match.group(1)[term.end() :].strip() if term is not None else ""
            if rest and rest != "each" and not CUSTODY_WORDS & set(rest.lower().split()):
                continue  # "(two years in the movement)": a length of something else
            months = term_months(term) if term is not None else None
            if term is not None:
                unit = _term_unit(term)
            elif unit and (bare := _BARE_ITEM.fullmatch(match.group(1).strip())) and not bare[1][0].isdigit():
                months = _list_value(bare.group(1), unit)  # "A (six years), B (four and a half)", not "(23)"
            opening = doc.char_span(base + match.start(), base + match.start() + 1)
            if not months or opening is None or opening.start == 0:
                continue
            person = ctx.owner_at.get(opening.start - 1)
            if person is None or (id(person), months) in termed:
                continue
            out.append(Finding("sentence", doc[opening.start - 1], [person], term=months, confidence=0.75))
    return out


# a lead-in about verdicts or punishments, not about what the prosecution wants
_LIST_LEMMAS = _VERDICT_LEMMAS | {"punishment", "penalty"}
_ASKING = frozenset(
    {"ask", "seek", "request", "demand", "want", "propose", "call", "urge", "expect", "face", "risk"}
)
# what may stand between an item's separator and its term ("jailed for", "sentenced to")
# ("- A, reporter, to eight years;": after a lead-in "The court sentenced:" the bare "to" is the verb's)
ROLL_VERB = re.compile(r"(?:(?:sentenced|jailed|imprisoned|given|handed)\s+)?(?:to\s+|for\s+)?", re.I)


def verdict_list(ctx: DocContext, findings: list[Finding]) -> tuple[list[Finding], list[Membership]]:
    """'The sentences handed down were as follows:' and a list, one line per defendant, each
    'Name, 24: 16 years in a strict-regime colony' ('- Name — seven years'): the term right after
    the line's separator is the named person's, when the lead-in speaks of verdicts and not of
    what the prosecution asked for. When as many are listed as a group sentenced just before
    counts ("convicted eight ... The terms:" and eight items), they are that group's members."""
    out: list[Finding] = []
    members: list[Membership] = []
    doc = ctx.doc
    termed = {(id(p), f.term) for f in findings if f.type == "sentence" for p in f.persons}
    for line, after in itertools.chain(colon_lead_ins(ctx), inline_colon_lists(ctx)):
        # the lead-in is the line's last sentence ("... charges we call retaliatory. The court
        # handed down these sentences:"), not the clauses before it
        lead = doc[max(line.start, line[-1].sent.start) : line.end]
        if len(lead) <= 4 and lead.start > line.start:
            # ("... reading out the punishments. They are:": the lead-in is the sentence before)
            lead = doc[max(line.start, doc[lead.start - 1].sent.start) : line.end]
        if not {t.lemma_.lower() for t in lead} & _LIST_LEMMAS:
            continue
        if any(t.lemma_.lower() in _ASKING for t in lead[-1].sent):
            continue  # (not "The prosecution's requests were:", "Prosecutors asked for:")
        if not all(asserted(t) for t in lead if t.pos_ in ("VERB", "AUX") or t.lemma_ in _VERDICT_LEMMAS):
            continue
        listed: list[Person] = []
        for item_start, item in after:
            bullet = LIST_BULLET.match(item)
            body = item_start + (bullet.end() if bullet else 0)
            span = doc.char_span(body, item_start + len(item), alignment_mode="expand")
            if span is None:
                break
            words = [t for t in span if t.is_alpha][:3]
            person = next((ctx.owner_at[t.i] for t in words if t.i in ctx.owner_at), None)
            if person is None:
                break  # the list has ended
            named = max(t.i for t in span if ctx.owner_at.get(t.i) is person and t.i <= words[-1].i + 3)
            persons = [person]
            # "- spouses A and B from Barysau — 18 months each": names joined by "and" share the term
            while (
                named + 2 < span.end
                and doc[named + 1].lower_ in ("and", ",")
                and (other := ctx.owner_at.get(named + 2)) is not None
                and other not in persons
            ):
                end = max(e for s, e in other.mentions if s == named + 2)
                if end < len(doc) and doc[end].text in ("'s", "’s", "'", "’"):
                    break  # "A, B's brother and an editor, seven years": B is no item
                persons.append(other)
                named = end - 1
            rest_at = doc[named].idx + len(doc[named].text) - item_start
            separator = ITEM_SEPARATOR.search(item[rest_at:])
            if separator is None:
                # "• A, director, nine years": the term after the last of the line's commas
                separator = _comma_before_term(item[rest_at:])
            if separator is None:
                if bullet is None:
                    break
                continue
            after = item[rest_at + separator.end() :].lstrip()
            after = after[ROLL_VERB.match(after).end() :]
            term = TERM_RE.match(after)
            months = term_months(term) if term is not None else None
            if not months or months > 600:
                continue
            end = item_start + len(item)
            at = doc.char_span(end - len(after), end, alignment_mode="expand")
            if at is None or at[0].i in ctx.quoted:
                continue
            for one in persons:
                if not any(p is one for p in listed):
                    listed.append(one)
                if (id(one), months) not in termed:
                    date = date_text(lead.root)
                    out.append(Finding("sentence", at[0], [one], term=months, date=date, confidence=0.75))
        if listed:
            _giver_of_list(ctx, findings, lead)
        groups = [
            f
            for f in findings
            if f.type == "sentence" and f.count and f.trigger.i < lead.start and f.trigger.sent.start > 0
        ]
        if listed and groups and groups[-1].count == len(listed):
            members.append(Membership(lead[-1], listed, "sentence", group=groups[-1]))
    return out, members


# what parts an item's or a verdict line's name from its term: a colon, or a dash ("A — seven
# years", "10:52 — X — five years, suspended"), also typed as two hyphens in plain-text wire copy
# ("A -- seven years"; session 55; `term_layouts` reads its lines with it too)
ITEM_SEPARATOR = re.compile(r":|\s(?:[—–-]|--)\s")


def _giver_of_list(ctx: DocContext, findings: list[Finding], lead: Span) -> None:
    """'Judge X sentenced:' and a list of defendants: the lead-in's subject gave the terms, so the
    verb's sentence (the parser's 'X sentenced' read as a headline's passive) is no one's."""
    doc = ctx.doc
    for f in findings:
        verb = f.trigger
        if (
            f.type == "sentence"
            and lead.start <= verb.i < lead.end
            and verb.i + 1 < len(doc)
            and doc[verb.i + 1].text == ":"
            and not any(c.dep_ in ("dobj", "nsubjpass", "auxpass") for c in verb.children)
            and (subject := next((c for c in verb.children if c.dep_ == "nsubj"), None)) is not None
        ):
            named = {id(p) for p in ctx.persons_in(subject, pronouns=False)}
            f.persons = [p for p in f.persons if id(p) not in named]


def _comma_before_term(rest: str) -> re.Match[str] | None:
    """The comma of a list line after which its term opens ('A, 41, editor, eight years')."""
    for comma in re.finditer(r",", rest):
        after = rest[comma.end() :].lstrip()
        if TERM_RE.match(after[ROLL_VERB.match(after).end() :]):
            return comma
    return None


_BARE_GIVERS = frozenset({"give", "hand", "get", "receive"})


def bare_terms_after(ctx: DocContext, findings: list[Finding]) -> list[Finding]:
    """'A was sentenced to eight years. B, his co-defendant, was given seven.': a bare number given
    to a named person right after a stated term is a term in that term's unit."""
    out: list[Finding] = []
    doc = ctx.doc
    termed = [f for f in findings if f.type == "sentence" and f.term]
    for verb in tokens_in_lowered(doc, "LEMMA", _BARE_GIVERS | {"serve"}):
        if verb.pos_ != "VERB" or verb.i in ctx.quoted:
            continue
        number, named = _bare_number(verb)
        if number is None or not number.like_num or any(c.dep_ == "prep" for c in number.children):
            continue
        if not asserted(verb):  # (asked last: the costliest test, of the few verbs a number follows)
            continue
        sent = verb.sent
        reach = sentences_back(sent, 1)
        before = [f for f in termed if f.trigger.i < verb.i and f.trigger.sent.start >= reach]
        if not before:
            continue
        matches = [m for m in TERM_RE.finditer(span_text(before[-1].trigger.sent)) if term_months(m)]
        value = _list_value(_with_half(number), _term_unit(matches[-1])) if matches else None
        if not value or value > 600:
            continue
        passive = any(c.dep_ == "nsubjpass" for c in verb.children)
        if verb.lemma_ in ("get", "receive", "serve") or passive:
            # ("A is serving ten years. B, a teacher, is serving eight": the server holds the term)
            holder = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        else:
            holder = named or _recipient_read_as_compound(number) or patient_of(verb, "sentence")
        persons = ctx.persons_in(holder, pronouns=False) if holder is not None else []
        if len(persons) > 1 and holder is not None and _joined_holders(holder) and not _bare_total(number):
            # "A was given 17 years. B and C (each) got 13.": each named holder has the term (session 55)
            persons = [p for p in persons if not any(p in f.persons for f in termed)]
            out.extend(
                Finding("sentence", verb, [p], term=value, date=date_text(verb), confidence=0.75)
                for p in persons
            )
            continue
        if len(persons) != 1 or any(persons[0] in f.persons for f in termed):
            continue
        out.append(Finding("sentence", verb, persons, term=value, date=date_text(verb), confidence=0.75))
    return out


# what makes a bare number several people got their sum ("got 26 between them", "a combined 26")
_BARE_TOTAL_AFTER = re.compile(
    r"\s*(?:between\s+them|together|in\s+total|combined|altogether|in\s+all)\b", re.I
)
_BARE_TOTAL_BEFORE = re.compile(r"\b(?:a\s+total\s+of|a\s+combined|totall?ing)\s*$", re.I)


def _joined_holders(holder: Token) -> bool:
    """'B and C got 13': holders joined by a conjunction (not 'His brother, X', whose possessor is
    no holder)."""
    return any(c.dep_ == "conj" for c in holder.children)


def _bare_total(number: Token) -> bool:
    """'B and C got 26 between them': a bare number told as a sum is no one's term; otherwise
    names joined before a bare number each got it ('B and C got 13', 'B and C each got 13';
    session 55)."""
    text = doc_text(number.doc)
    end = number.idx + len(number.text)
    return bool(_BARE_TOTAL_AFTER.match(text, end) or _BARE_TOTAL_BEFORE.search(text, 0, number.idx))


def _with_half(number: Token) -> str:
    """'got eight and a half': the bare number with the half that follows it (session 53; the
    number alone gave eight years)."""
    doc = number.doc
    after = [t.lower_ for t in doc[number.i + 1 : number.i + 4]]
    return f"{number.text} and a half" if after == ["and", "a", "half"] else number.text


def _bare_number(verb: Token) -> tuple[Token | None, Token | None]:
    """The bare number a verb gives or serves ('was given seven'), and the name the parser read it
    with when it made the number the name's own ('gave A six': a number closing the clause after
    the recipient's name)."""
    number = next(
        (c for c in verb.children if c.dep_ in ("dobj", "attr", "oprd", "npadvmod") and c.pos_ == "NUM"),
        None,
    )
    if number is not None:
        return number, None
    doc = verb.doc
    for name in (c for c in verb.children if c.dep_ in ("dative", "dobj") and c.pos_ == "PROPN"):
        number = next((g for g in name.children if g.dep_ == "nummod" and g.i > name.i and g.like_num), None)
        if number is not None and (number.i + 1 == len(doc) or doc[number.i + 1].is_punct):
            return number, name
    return None, None


def _recipient_read_as_compound(number: Token) -> Token | None:
    """'the court gave A six': the parser may read the name before a bare number as a compound of
    the number; that name is whom the number was given."""
    return next((c for c in number.children if c.dep_ == "compound" and c.pos_ == "PROPN"), None)


_REQUESTS = frozenset({"seek", "ask", "demand", "request", "want", "call", "propose", "urge"})
_COURTS = frozenset({"court", "judge", "tribunal", "jury", "panel"})


def bare_terms_after_request(ctx: DocContext, findings: list[Finding]) -> list[Finding]:
    """'Prosecutors had sought 12 years; the court gave her ten', '... asked for nine years, but the
    judge handed him eight': a bare number a court gives someone right after the term the
    prosecution asked for is a term in the request's unit (the request itself is no sentence)."""
    out: list[Finding] = []
    doc = ctx.doc
    for verb in tokens_in_lowered(doc, "LEMMA", _BARE_GIVERS):
        if verb.pos_ != "VERB" or verb.i in ctx.quoted:
            continue
        if any(f.type == "sentence" and f.trigger.i == verb.i for f in findings):
            continue
        number, named = _bare_number(verb)
        if number is None or not number.like_num or any(c.dep_ == "prep" for c in number.children):
            continue
        if not asserted(verb):  # (asked last: the costliest test)
            continue
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if verb.lemma_ in ("get", "receive") or subject is not None and subject.dep_ == "nsubjpass":
            holder = subject  # "she got nine", "she was given nine"
        elif subject is not None and subject.lemma_.lower() in _COURTS:
            holder = next((c for c in verb.children if c.dep_ in ("dative", "dobj") and c.i < number.i), None)
            # ("handed her five": the tagger's possessive of the number is its recipient)
            holder = holder or next(
                (c for c in number.children if c.dep_ == "poss" and c.lower_ == "her"), None
            )
            holder = named or holder or _recipient_read_as_compound(number)
        else:
            continue
        if holder is None:
            continue
        persons = ctx.persons_in(holder)
        if len(persons) != 1 or persons[0] in _accusers_named(ctx, verb):
            continue  # ("Prosecutor X had asked for 12 years for him. The court gave him 11": not X)
        value = _in_requested_unit(verb, number)
        if value is not None:
            out.append(Finding("sentence", verb, persons, term=value, date=date_text(verb), confidence=0.7))
    # "Prosecutors had sought 12 years; he was jailed for ten", "... sentenced to four"
    for f in findings:
        if f.type != "sentence" or f.term is not None or f.trigger.i in ctx.quoted:
            continue
        number = next(
            (
                g
                for c in f.trigger.children
                if c.dep_ == "prep" and c.lower_ in ("for", "to")
                for g in c.children
                if g.dep_ == "pobj" and g.pos_ == "NUM" and g.like_num and not list(g.children)
            ),
            None,
        )
        if number is not None and (value := _in_requested_unit(f.trigger, number)) is not None:
            f.term = value
    return out


def _accuser(subject: Token) -> bool:
    """'prosecutors', 'the state', and a named one: 'Prosecutor X', 'State prosecutor X', 'X, the
    prosecutor' (the role a compound or apposition of the name; session 54, terms)."""
    return subject.lemma_.lower() in PROSECUTION or any(
        c.dep_ in ("compound", "appos") and c.lemma_.lower() in PROSECUTION for c in subject.children
    )


def _accusers_named(ctx: DocContext, verb: Token) -> list[Person]:
    """The persons the request before `verb` names as its asker ("Prosecutor X had asked ..."):
    never the one a court gives the term to."""
    request = _request_before(verb)
    if request is None:
        return []
    return [p for c in request.children if c.dep_ == "nsubj" for p in ctx.persons_in(c, pronouns=False)]


def _request_before(verb: Token) -> Token | None:
    """The request before `verb` in its sentence or the one before: a verb of asking whose subject
    is the prosecution ("Prosecutors had sought 12 years; ...")."""
    doc = verb.doc
    start = sentences_back(verb.sent, 1)
    return next(
        (
            t
            for t in reversed(doc[start : verb.i])
            if t.lemma_ in _REQUESTS
            and t.pos_ == "VERB"
            and any(c.dep_ == "nsubj" and _accuser(c) for c in t.children)
        ),
        None,
    )


def _in_requested_unit(verb: Token, number: Token) -> int | None:
    """A bare number given or served read in the unit of the term the prosecution asked for in
    the same or the previous sentence ('sought 12 years; ... ten' → 120 months)."""
    request = _request_before(verb)
    if request is None:
        return None
    asked = verb.doc[request.i + 1 : verb.i]
    matches = [m for m in TERM_RE.finditer(span_text(asked)) if term_months(m)]
    value = _list_value(number.text, _term_unit(matches[-1])) if matches else None
    return value if value and value <= 600 else None


# "and B a 9-year one": the article of a gapped term noun stands before the term too
_BEFORE_TERM = frozenset({"to", "for", "each", "got", "received", "get", "a", "an"})


def _listed_before_term(
    ctx: DocContext, findings: list[Finding], between: Span, tok: Token, match: re.Match[str], f: Finding
) -> list[Finding]:
    """'A was sentenced to nine years, and B, C and D to eight years each': every name of a list
    between one term and the next takes the next term, not only the name nearest to it; so does
    the one name of a gapped clause ('A was jailed for 12 years and activist B for 14 years')."""
    months = term_months(match)
    # the list is the run of names (with their roles), commas and "and" right before the term's
    # preposition
    k = tok.i - 1
    while k >= between.start and between.doc[k].lower_ in _BEFORE_TERM:
        k -= 1
    # "..., C and five others to four years each": the named and a counted rest, one group
    rest, k = _counted_rest(between, k)
    people: list[Person] = []
    roles: set[int] = set()
    joined = False
    while k >= between.start:
        t = between.doc[k]
        person = ctx.owner_at.get(t.i)
        owner = t.i + 1 < len(t.doc) and t.doc[t.i + 1].tag_ == "POS" and t.i + 2 in roles
        if person is not None and not owner:
            if person not in people:
                people.insert(0, person)
        elif owner and t.pos_ in ("NOUN", "PROPN"):
            roles.add(t.i)  # "and the outlet's producer, B, to five years": whose role it is
        elif t.tag_ == "POS" and t.i + 1 in roles:
            pass
        elif t.lower_ in ("the", "a", "an") and t.i + 1 in roles:
            pass  # "and the producer, B, to five years"
        elif t.lower_ == "and":
            joined = True
        elif (
            t.is_lower
            and t.text.replace("-", "").isalpha()  # "co-defendant B"
            and t.pos_ not in ("DET", "ADP", "CCONJ", "SCONJ", "PRON", "AUX", "PART")
            and (
                t.i + 1 in ctx.owner_at
                or t.i + 1 in roles
                # "and her husband, B, five years": the role set off before the name
                or between.doc[t.i + 1].text == ","
                and t.i + 2 in ctx.owner_at
                and t.pos_ == "NOUN"
            )
        ):
            roles.add(t.i)  # "activist B", "human rights lawyer B": the role of the name after it
        elif t.tag_ == "PRP$" and t.i + 1 in roles:
            pass  # "and his aide B to 25 years"
        elif t.like_num and _age_after_name(ctx, t):
            pass  # "and B, 29, to five years": the name's age set off before the term
        elif _unknown_name_word(between, t, tok):
            pass  # "and A and B C 13 years each": a name the tagger missed, still in the list
        elif t.text != ",":
            break
        k -= 1
    # (a role the tagger read as a verb is still the name's: "and her co-defendant B to 7 years")
    gapped = len(people) == 1 and not any(t.pos_ in ("VERB", "AUX") and t.i not in roles for t in between)
    # "gave A six years, B five years and C four": a comma joins a gapped clause as "and" does
    # ("A got six years; B four years": a semicolon joins a gapped clause as well)
    # ("A to four years each, B to two years each": the first term's "each" before the comma)
    opening = between.text[4:].lstrip() if between.text.startswith("each") else between.text
    semicolon = opening.startswith((",", ";")) or k >= between.start and between.doc[k].text == ";"
    # "sentenced A to 9 years in jail, her deputy B to 8": the gapped clause opens after a
    # comma that closes the first term's place of custody
    semicolon = semicolon or k + 1 < tok.i and k >= between.start and between.doc[k + 1].text == ","
    joined = joined or gapped and semicolon and not _told_ago(tok, match)
    if len(people) < 2 and not gapped or not joined or months is None:
        return []
    if k >= between.start and between.doc[k].lower_ in ("to", "on", "upon"):
        return []  # "sentences of six years to A and five years to B": A took the term before
    given = {id(p) for g in findings if g.type == "sentence" and g.term == months for p in g.persons}
    if f.term is not None and f.term != months and f.trigger.i < between.start:
        # "gave A a 10-year sentence, and B a 9-year one": the parser joins B to the verb, but
        # the gapped clause gives B its own term, not A's
        f.persons = [p for p in f.persons if p not in people]
    if rest is not None:
        return [
            Finding(
                "sentence", tok, people, count=rest + len(people), term=months, date=f.date, confidence=0.75
            )
        ]
    return [
        Finding("sentence", tok, [p], term=months, date=f.date, confidence=0.75)
        for p in people
        if id(p) not in given
    ]


def _unknown_name_word(between: Span, t: Token, term: Token) -> bool:
    """A capitalised word of a name the tagger missed, inside a list before a term: its
    neighbours are the next word of the name (or the term), and the word before it in the name
    (or "and", a comma); not "on Monday, and ..." (a date between two clauses)."""
    doc = between.doc
    if not (t.is_title and t.is_alpha and t.pos_ in ("PROPN", "ADP") and t.i > between.start):
        return False
    after, before = doc[t.i + 1], doc[t.i - 1]
    name_after = after.is_title and after.is_alpha or after.i == term.i or after.lower_ in _BEFORE_TERM
    name_before = before.is_title and before.is_alpha or before.lower_ in ("and", ",")
    return name_after and name_before


def _counted_rest(between: Span, k: int) -> tuple[int | None, int]:
    """'and three others', 'and two other defendants' ending at token k: the size of the counted
    rest after a list of names, and where the names end (k itself when there is none)."""
    doc = between.doc
    end = k
    if k >= between.start and doc[k].lower_ != "others" and doc[k].pos_ == "NOUN":
        k -= 1  # "two other defendants"
    if k < between.start + 2 or doc[k].lower_ not in ("others", "other"):
        return None, end
    if doc[k].lower_ == "other" and k == end:
        return None, end
    number, joiner = doc[k - 1], doc[k - 2]
    if joiner.lower_ != "and" or not number.like_num:
        return None, end
    value = parse_number(number.text)
    return (value, k - 3) if value else (None, end)


def _told_ago(tok: Token, match: re.Match[str]) -> bool:
    """'..., B five years ago': a time, not a term."""
    end = tok.idx + len(match.group())
    return doc_text(tok.doc)[end : end + 5].strip().lower().startswith(("ago", "earlier", "later", "before"))


def _legal_near(sent: Span) -> bool:
    """The sentence or the one before it is about courts or custody ("... ordered to serve four
    years in a colony. In 2024 another year was added to his term")."""
    doc = sent.doc
    return _legal(sent) or sent.start > 0 and _legal(doc[sent.start - 1].sent)


def _end_of_release(tok: Token) -> bool:
    """'walked out of IK-12 at the end of his four-year term': a term whose end a release
    marks is a prison term, though no custody word names the place."""
    return end_named(tok) and any(trigger_type(a) == "release" for a in tok.ancestors)


def _legal(sent: Span) -> bool:
    """A sentence about courts or custody: where 'term' can be a prison term."""
    words = lexicon("legal_context")
    return any(t.lemma_.lower() in words or t.lower_ in words for t in sent)


_ITEM = rf"(?:{_NUM_WORD})(?:\s+and\s+a\s+half)?"
# (the look-ahead for a number's first letter is for speed: the scan skips other words at once)
_LIST_TERMS = Guarded(
    re.compile(
        rf"\b(?={NUM_START})({_ITEM}(?:\s*,\s*{_ITEM})*,?\s+and\s+{_ITEM})\s+(years?|months?)\b",
        re.IGNORECASE,
    ),
    re.compile("year|month", re.IGNORECASE),
)


def split_respectively(finding: Finding) -> list[Finding]:
    """'handed A, B and C terms of 6, 5 and 4 years respectively': one sentence each, in order."""
    sent = finding.trigger.sent
    text = span_text(sent)
    if finding.type != "sentence":
        return [finding]
    if (
        "respectively" not in text.lower()
        or _respectively_of_clause_before(finding.trigger)
        or _respectively_of_other_subject(finding)
    ):
        return _paired_without_respectively(finding)
    if not finding.persons and finding.term is not None:
        # "... and sentenced them to six years and five years respectively" with 'them' a group
        # counted before: the group's members each have their own term, the group none
        if len(term_list(text)) > 1 or sum(1 for _ in TERM_RE.finditer(text)) > 1:
            return [dataclasses.replace(finding, term=None)]
        return [finding]
    if len(finding.persons) < 2:
        return [finding]
    return _split_in_order(finding, sent, text)


def _respectively_of_clause_before(trigger: Token) -> bool:
    """'A and B were given 13 and 12 years, respectively, while C and D got 11 years each': every
    'respectively' of the sentence closes a list before the trigger, in a clause the trigger does
    not govern, so the trigger's own clause pairs nothing with that list."""
    sent = trigger.sent
    marks = [t for t in sent if t.lower_ == "respectively"]
    return bool(marks) and all(t.i < trigger.i and not trigger.is_ancestor(t) for t in marks)


def _respectively_of_other_subject(finding: Finding) -> bool:
    """'A and B were given nine years, while C and D got eight and a half and eight years,
    respectively'; 'A and B each received nine years; C, D and E were given eight, eight and seven
    and a half years, respectively': every 'respectively' of the sentence hangs on another verb
    than the trigger, and that verb has a named subject of its own, none of the trigger's people.
    The list is that subject's, so the trigger's people keep their own clause's term (session 62:
    `syn49b-08`, `syn51b-09`; the list had gone to the wrong pair)."""
    sent = finding.trigger.sent
    marks = [t for t in sent if t.lower_ == "respectively"]
    if not marks or not finding.persons:
        return False
    own = {i for p in finding.persons for s, e in p.mentions for i in range(s, e)}
    for mark in marks:
        verb = next((a for a in mark.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if verb is None or verb == finding.trigger:
            return False
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        named = [t for s in subjects for t in s.subtree if t.pos_ == "PROPN"]
        if not named or any(t.i in own for s in subjects for t in s.subtree):
            return False
    return True


def _paired_without_respectively(finding: Finding) -> list[Finding]:
    """'A and B were sentenced to ten and eight years', 'jailed A, B and C for 9, 7 and 6 years':
    as many names as terms in one list of the verb's own clause pairs them in order, with or
    without 'respectively' (not a range, 'between five and eight years', nor a group's list)."""
    if (
        finding.split
        or finding.term is not None
        # ("His two co-defendants, A and B, received nine and six years": the count is the names')
        or finding.count is not None
        and finding.count != len(finding.persons)
        or len({id(p) for p in finding.persons}) != len(finding.persons)
        or len(finding.persons) < 2
    ):
        return [finding]
    words = sorted(own_clause(finding.trigger), key=lambda t: t.i)
    if finding.group_ref and not all(
        any(s <= t.i < e for t in words for s, e in p.mentions) for p in finding.persons
    ):
        return [finding]  # ("the defendants received ...": a group told before, not a list named here)
    clause = "".join(t.text_with_ws for t in words)
    match = _LIST_TERMS.search(clause)
    if match is None or re.search(r"\b(?:between|from|of)\s*$", clause[: match.start()], re.IGNORECASE):
        return [finding]
    if len(term_list(clause)) != len(finding.persons) or len(list(_LIST_TERMS.finditer(clause))) != 1:
        return [finding]
    return _split_in_order(finding, finding.trigger.sent, clause)


def _split_in_order(finding: Finding, sent: Span, text: str) -> list[Finding]:
    if finding.split:
        return [finding]  # (read once: its members' terms are events already)
    # "A and B received four and three years respectively, and C was given two years": the list
    # ends at its "respectively"; a term after it is another clause's
    closing = next(
        (t for t in finding.trigger.doc[finding.trigger.i : sent.end] if t.lower_ == "respectively"), None
    )
    if closing is not None:
        # ("gave A five years; B and C received four and three years respectively": the list starts
        # after the semicolon that closes the clause before)
        doc = finding.trigger.doc
        start = next(
            (t.i + 1 for t in reversed(doc[sent.start : finding.trigger.i]) if t.text == ";"), sent.start
        )
        text = span_text(doc[start : closing.i + 1])
    values: list[int | None] = term_list(text)
    if len(values) != len(finding.persons):
        # "five years and six years respectively": each term with its unit
        values = [term_months(m) for m in TERM_RE.finditer(text)]
    if len(values) != len(finding.persons) or any(v is None for v in values):
        return [dataclasses.replace(finding, term=None)]  # a list we cannot pair: no term, not a wrong one
    # in the order the sentence names them, or (for 'they') the order they were named before
    persons = _in_order(finding.persons, sent)
    parts = [
        dataclasses.replace(finding, persons=[person], term=value)
        for person, value in zip(persons, values, strict=True)
        if value is not None
    ]
    if finding.count is None:
        # ("They received eight and seven years respectively": each part is one named person now,
        # no group that cohorts would join back into one)
        return [dataclasses.replace(p, group_ref=False, pronoun_group=False) for p in parts]
    # "Two colleagues, A and B, were convicted and sentenced to 12 and 13 years respectively": the
    # counted group stays one event, and each member's term is an event of its own (in the group's
    # cohort one term would go to every member)
    each = [
        dataclasses.replace(p, count=None, group=None, group_ref=False, counted_back=False) for p in parts
    ]
    return [dataclasses.replace(finding, term=None, split=True), *each]


def _list_value(item: str, unit: int) -> int | None:
    """'seven and a half' years -> 90 months."""
    half = re.search(r"\s+and\s+a\s+half$", item)
    number = parse_number(item[: half.start()] if half else item)
    if number is None:
        return None
    return round((number + (0.5 if half else 0)) * unit)


def term_list(text: str) -> list[int]:
    """The terms of a list ('9, 7 and 6 years', 'nine, eight and seven and a half years') in months."""
    match = _LIST_TERMS.search(text)
    if match is None:
        return []
    items = re.split(r"\s*,\s*(?:and\s+)?|,?\s+and\s+(?!a\s+half)", match.group(1))
    unit = 12 if match.group(2).lower().startswith("year") else 1
    values = [_list_value(item, unit) for item in items]
    return [v for v in values if v is not None] if all(v is not None for v in values) else []


# nouns that name the term a verdict gave, when a copula, a set-off phrase or a colon states its
# length ("The punishment is two years", "his punishment: three and a half years")
_STATED_TERM_NOUNS = frozenset({"sentence", "term", "punishment", "penalty"})
# the nouns of a verdict whose defendant a later stated term belongs to
_VERDICT_NOUNS = frozenset({"verdict", "judgment", "judgement"})
_VERDICT_REACH = 2  # sentences back (in the paragraph) in which the verdict may be told
# the marks that set a stated term off after its noun ("The sentence — 20 years — was ...")
_TERM_MARKS = frozenset({"—", "–", "-", ":", ","})
# a term noun's modifiers that make it a term asked for, not given ("the requested punishment")
_UNGIVEN = UNREAL | {"requested", "sought", "asked-for"}


def stated_terms(ctx: DocContext, findings: list[Finding]) -> list[Finding]:
    """'The punishment is two years in a general-regime penal colony', 'The sentence — 20 years
    with hard labour — was the longest given to a journalist', 'for Arlou ..., the term is nine
    years', 'X learned his punishment: three and a half years': a term noun whose length a copula,
    a phrase set off by dashes or a colon states is a verdict's term. Its owner is the noun's own
    (a possessive, 'of X'), a fronted 'for X', or else the one defendant of the verdict the same
    paragraph told just before ('delivered the verdict in the case of X'; a verdict alone may be
    an acquittal, so it gives no event until its term is told). Not a law's penalty ('the penalty
    for treason is 15 years'), a possible or maximum one, nor one asked for."""
    out: list[Finding] = []
    doc = ctx.doc
    known = {(id(p), f.term) for f in findings if f.type == "sentence" for p in f.persons}
    for tok in tokens_in(doc, "LEMMA", _STATED_TERM_NOUNS):
        if tok.pos_ != "NOUN" or tok.i in ctx.quoted or office_term(tok):
            continue
        if tok.lemma_ in ("term", "penalty") and not _legal_near(tok.sent):
            continue  # "Her term is five years": of office, unless courts or custody are near
        months, set_off = None, False
        if tok.dep_ == "nsubj" and tok.head.lemma_ == "be":
            months = next((m for c in tok.head.children if c.dep_ == "attr" and (m := term_in(c))), None)
        if months is None and any(
            c.dep_ == "appos" and doc[c.left_edge.i - 1].text in _TERM_MARKS for c in tok.children
        ):
            months, set_off = _set_off_term(tok), True
        if months is None and (between := _between_dashes(tok)) is not None:
            months, set_off = between, True
        if months is None or any(t.lemma_ in _SOUGHT or t.lower_ in _NOT_GIVEN for t in tok.sent):
            continue
        verb = tok.head
        if set_off and tok.dep_ == "compound":
            # ("His term - eight years - ran": the noun read as a compound inside the term's phrase)
            while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
                verb = verb.head
        # ("His term - eight years - would have run until 2029": the length set off is told as
        # fact whatever the verb says of the term's end; only a negated verb unsays it)
        told = not _negated(verb) if set_off else asserted(verb)
        # ("Term: 7 years in a general-regime colony": a digest's label line, verbless, the noun its root)
        label = set_off and verb.i == tok.i and tok.dep_ == "ROOT"
        if verb.pos_ not in ("VERB", "AUX") and not label or not told:
            continue
        if any(c.lower_ in _UNGIVEN for c in tok.children):
            continue
        if any(c.dep_ == "prep" and c.lower_ == "for" and not _named_object(ctx, c) for c in tok.children):
            continue  # "the penalty for treason is 15 years": the law's, no one's verdict
        persons = _term_owner(ctx, tok) or _fronted_for(ctx, verb, tok) or _verdict_defendant(ctx, tok)
        persons = [p for p in persons if (id(p), months) not in known]
        if not persons:
            continue
        known.update((id(p), months) for p in persons)
        out.append(Finding("sentence", tok, persons, term=months, date=date_text(verb), confidence=0.75))
    return out


# what may open a verbless term sentence before its term: a dash of a live blog's line
_OPENING_MARKS = re.compile(r"\s*(?:[—–-]{1,2}\s*)?")
# what after the term makes it a time of something else ("Two years later", "Ten years ago")
_LATER = re.compile(r"\s*(?:later|after|before|into|since|on|from|ago|earlier|have\s+passed)\b", re.I)
# finite verb tags: a sentence without one is verbless
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def verbless_terms_after(ctx: DocContext, findings: list[Finding]) -> list[Finding]:
    """'Ramaniuk heard her sentence last. Eight years, general regime.', 'Tursunov: found guilty of
    organising mass riots. Ten years of imprisonment.': a sentence with no finite verb that opens
    with a term tells the term of the one person whose verdict the sentence right before it (in the
    same paragraph) told without a term: a sentence finding of that one person there, or a verdict
    noun that person owns ('heard her sentence'). Not a time after something ('Two years later'),
    nor a sentence that names someone, nor one after a request, a possibility or a term already
    told (session 55)."""
    out: list[Finding] = []
    doc = ctx.doc
    text = doc_text(doc)
    known = {(id(p), f.term) for f in findings if f.type == "sentence" for p in f.persons}
    sents = list(doc.sents)
    for before, sent in itertools.pairwise(sents):
        if sent[0].i in ctx.quoted or "\n" in text[before.end_char : sent.start_char]:
            continue
        start = _OPENING_MARKS.match(text, sent.start_char).end()
        term = TERM_RE.match(text, start, sent.end_char)
        months = term_months(term) if term is not None else None
        if not months or months > 600 or _LATER.match(text, term.end()):
            continue
        if any(t.tag_ in FINITE_TAGS or t.i in ctx.owner_at for t in sent):
            continue  # ("Ten years, the prosecutor said": a clause; "Five years for A": a named item)
        if any(t.lemma_ in _SOUGHT or t.lower_ in _NOT_GIVEN for t in (*before, *sent)):
            continue  # ("Prosecutors asked for a long term for A. Ten years.")
        if TERM_RE.search(span_text(before)):
            continue  # (a term told already: the verbless one comments on it or is another's)
        persons = _verdict_told_of_one(ctx, findings, before) or _caption_of_member(ctx, findings, before)
        if len(persons) != 1 or (id(persons[0]), months) in known:
            continue
        known.add((id(persons[0]), months))
        out.append(Finding("sentence", sent[0], persons, term=months, date=None, confidence=0.7))
    return out


def _caption_of_member(ctx: DocContext, findings: list[Finding], sent: Span) -> list[Person]:
    """'Valiantsin T., 64, a retired metallurgist. Twelve years.': a verbless caption that opens
    with one name, after the article told a counted group's verdict, introduces a member whose
    term the next verbless sentence tells."""
    if sent[0].i not in ctx.owner_at or any(t.tag_ in FINITE_TAGS for t in sent):
        return []
    persons = {id(p): p for t in sent if (p := ctx.owner_at.get(t.i)) is not None}
    if len(persons) != 1:
        return []
    group = any(
        f.type == "sentence" and f.count and f.trigger.i < sent.start and asserted(f.trigger)
        for f in findings
    )
    return list(persons.values()) if group else []


def _verdict_told_of_one(ctx: DocContext, findings: list[Finding], sent: Span) -> list[Person]:
    """The one person whose verdict the sentence tells with no term: the persons of its sentence
    findings, or the owner of a verdict noun in it ('X heard her sentence last')."""
    told = [f for f in findings if f.type == "sentence" and sent.start <= f.trigger.i < sent.end]
    if told:
        if any(f.count is not None or f.term is not None or f.group_ref for f in told):
            return []
        persons = {id(p): p for f in told for p in f.persons}
        return list(persons.values())
    for tok in sent:
        if tok.lemma_ in ("sentence", "verdict", "punishment") and tok.pos_ == "NOUN" and asserted(tok.head):
            owner = next((c for c in tok.children if c.dep_ == "poss"), None)
            if owner is not None and owner.lower_ not in ("my", "our", "their", "its"):
                return ctx.persons_in(owner)
    return []


_DASH_MARKS = frozenset({"—", "–", "-", "--"})


def _between_dashes(noun: Token) -> int | None:
    """'His term - eight years - would have run until 2029': the one term set off between dashes
    right after the term noun, however the parser hung the words (it may read the noun as the
    years' compound). Only a phrase that holds nothing but the term and its place of serving."""
    doc = noun.doc
    if noun.i + 2 >= noun.sent.end or doc[noun.i + 1].text not in _DASH_MARKS:
        return None
    close = next((t.i for t in doc[noun.i + 2 : noun.sent.end] if t.text in _DASH_MARKS), None)
    if close is None or close - noun.i > 12:
        return None
    text = span_text(doc[noun.i + 2 : close])
    terms = list(TERM_RE.finditer(text))
    return term_months(terms[0]) if len(terms) == 1 and terms[0].start() == 0 else None


def _negated(verb: Token) -> bool:
    """Whether the verb (or its auxiliary) is negated ('was not imposed', 'never began')."""
    return any(c.dep_ == "neg" or c.lower_ == "never" for c in verb.children)


def _fronted_for(ctx: DocContext, verb: Token, noun: Token) -> list[Person]:
    """'for Arlou, whom the court found ..., the term is nine years': the one person named by a
    'for' fronted before the copula's subject."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" and c.i < noun.i):
        persons = [p for g in prep.children if g.dep_ == "pobj" for p in ctx.persons_in(g, pronouns=False)]
        if len(persons) == 1:
            return persons
    return []


def _verdict_defendant(ctx: DocContext, noun: Token) -> list[Person]:
    """The one person whose verdict ('the verdict in the case of X', 'its verdict against X')
    the paragraph told in the sentence of the term noun or in one of the two before it, when no
    other person's verdict is told between."""
    doc = ctx.doc
    text = doc_text(doc)
    start = noun.sent.start
    for _ in range(_VERDICT_REACH):
        if start == 0 or "\n" in text[doc[start - 1].idx : doc[start].idx]:
            break
        start = doc[start - 1].sent.start
    verdicts = [
        t for t in doc[start : noun.i] if t.lemma_.lower() in _VERDICT_NOUNS and t.i not in ctx.quoted
    ]
    if not verdicts:
        return []
    verdict = verdicts[-1]
    if not asserted(verdict.head if verdict.head.pos_ in ("VERB", "AUX") else verdict):
        return []
    owners: list[Person] = []
    # (the parser may hang "in the case of X" on the verb: "delivered the verdict in the case of X")
    preps = [c for c in verdict.children if c.dep_ == "prep"]
    if verdict.dep_ == "dobj":
        preps += [
            c for c in verdict.head.children if c.dep_ == "prep" and c.lower_ == "in" and c.i > verdict.i
        ]
    for prep in preps:
        objects = [g for g in prep.children if g.dep_ == "pobj"]
        if prep.lower_ == "in":
            # "in the case of X": the case's owner
            objects = [
                o
                for g in objects
                if g.lemma_.lower() == "case"
                for of in g.children
                if of.dep_ == "prep" and of.lower_ == "of"
                for o in of.children
                if o.dep_ == "pobj"
            ]
        elif prep.lower_ not in ("against", "to", "on", "for"):  # ("its verdict for X")
            continue
        for o in objects:
            owners += [p for p in ctx.persons_in(o, pronouns=False) if p not in owners]
    return owners if len(owners) == 1 else []


__all__ = [
    "FINITE_TAGS",
    "ITEM_SEPARATOR",
    "ROLL_VERB",
    "UNREAL",
    "bare_terms_after",
    "bare_terms_after_request",
    "bracketed_verdicts",
    "changed_terms",
    "elided_terms",
    "imposed_terms",
    "fronted_recipient_terms",
    "served_part_of_terms",
    "terms_up_from",
    "respectively_lists",
    "split_respectively",
    "stated_terms",
    "verbless_terms_after",
    "term_list",
    "term_nouns",
    "total_terms",
    "terms_after_colon",
    "terms_to_spend",
    "verdict_list",
    "group_totals",
    "verdict_terms_for",
]
