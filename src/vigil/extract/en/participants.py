"""Who an event happened to: the patient of a trigger read from the parse (passive
subject, object, the noun a participle or relative clause modifies), the persons it
refers to, pronouns, coordinated lists and "including"/"among" companions.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from spacy.tokens import Span, Token

from vigil.extract.dates import MONTH_NAMES
from vigil.extract.doctext import doc_text, first_line_end
from vigil.extract.en.context import LIST_BULLET, TIME_STAMP, DocContext, colon_lead_ins, source_named
from vigil.extract.en.groups import (
    ORDINAL_WORDS,
    companion_participle,
    count_of,
    has_det,
    is_group,
    is_people,
)
from vigil.extract.en.modality import (
    ALLOW_INFINITIVE_UNDER,
    SPEECH,
    described_by,
    governor_past_infinitive,
    names_person,
    only_to,
    went_on_to,
)
from vigil.extract.en.numbers import parse_number
from vigil.extract.en.persons import KIN_NOUNS, PERSON_NOUNS, Person, fold, object_read_as_subject
from vigil.extract.en.teasers import in_teaser_line
from vigil.extract.en.triggers import (
    CUSTODY_WORDS,
    RELEASE_GRANTS,
    STRAY_NAME_DEPS,
    TERM_NOUNS,
    VEHICLES,
    came_for,
    causative_object,
    clause_verb,
    ended_custody_object,
    lexicon,
    misread_as_modifier,
    name_set_off_after,
    object_after_custody,
    participle_holder,
    person_after_in,
    role_read_as_verb,
    trigger_type,
    whole_of_each,
)
from vigil.extract.findings import Finding, distinct
from vigil.extract.scan import indices_in

_INTRANSITIVE = frozenset(
    {
        "die",
        "perish",
        "succumb",
        "pass",
        "lose",
        "walk",
        "serve",
        "receive",
        "get",
        "spend",
        "complete",
        "leave",
    }
    | {"finish", "be", "end"}
    | {"post"}  # "X posted bail": the one bailed out
    | {"draw"}  # "X drew nine years": the one sentenced (session 54, terms)
)
# verbs of a release whose subject is the one freed ("came out of Obo Prison", "emerged from the
# colony", "came home from jail"): told in a clause that reports them (", his brother said") or
# describes them ("who came out of the colony") they have no object to read, and "come" is no
# `_INTRANSITIVE` verb for the other types ("officers came for him": the subject arrests)
_COMING_OUT = frozenset({"come", "emerge", "step"})
# verbs whose subject wins a release or freedom ("regained (recovered, reclaimed) her freedom")
_WON = frozenset({"win", "regain", "recover", "reclaim", "gain", "obtain", "earn", "secure"})
_INTRANSITIVE_OR_WON = _INTRANSITIVE | _WON
_TERM_CAUSES = frozenset({"bring", "earn", "land"})
_GRANTERS = frozenset(
    {"grant", "issue", "give", "award", "receive", "get"}
    | _WON
    | {"sign"}  # "signed pardons for 18 convicts"
)


def pronoun_is_safe(ctx: DocContext, pronoun: Token, person: Person) -> bool:
    """'his' in 'A student ... was beaten during his arrest' is the unnamed student's: a
    possessive pronoun counts only when its sentence's subject is that person (or a pronoun)."""
    # the root's subject, or that of the clause holding the pronoun ("the government freed X from
    # the prison, where he had been held since his arrest")
    clause = clause_verb(pronoun.head)
    subjects = [
        c for v in (pronoun.sent.root, clause) for c in v.children if c.dep_ in ("nsubj", "nsubjpass")
    ]
    if any(s.pos_ == "PRON" or person in ctx.persons_in(s) for s in subjects):
        return True
    # "police expelled X immediately after her release": the clause's one named object
    objects = [c for c in clause.children if c.dep_ == "dobj"]
    if any(person in ctx.persons_in(o, pronouns=False) for o in objects) and not any(
        p is not person for o in (*subjects, *objects) for p in ctx.persons_in(o, pronouns=False)
    ):
        return True
    # "X spent two years behind bars. His release came ...": the pronoun opens the subject of a
    # sentence that names no one, and points back to the subject of the sentence before
    # (or a subject the same pronoun owns: "After her arrest, her family left for Vilnius")
    if not subjects or not any(
        pronoun.i in {t.i for t in s.subtree}
        or any(c.dep_ == "poss" and c.lower_ == pronoun.lower_ for c in s.children)
        for s in subjects
    ):
        return False
    if any(t.i in ctx.owner_at for t in pronoun.sent):
        return False
    start = pronoun.sent.start
    if start == 0:
        return False
    before = pronoun.doc[start - 1].sent
    return any(
        person in ctx.persons_in(c, pronouns=False)
        for c in before.root.children
        if c.dep_ in ("nsubj", "nsubjpass")
    )


def _passive_after_active(tok: Token, nsubj: Token | None) -> bool:
    """'X pleaded guilty and was given ...': a passive verb with its own auxiliary, joined to an
    active verb before it (not a relative clause) and with no subject of its own, so the two
    verbs share the first one's subject, which receives what the second tells."""
    head = tok.head
    return (
        tok.dep_ == "conj"
        and nsubj is None
        and any(c.dep_ == "auxpass" for c in tok.children)
        and not any(c.dep_ in ("nsubjpass", "dative") for c in tok.children)
        and head.i < tok.i
        and head.pos_ == "VERB"
        and head.dep_ not in ("relcl", "acl")
        and not is_passive(head)
        and any(c.dep_ == "nsubj" for c in head.children)
    )


def subject_of(verb: Token) -> Token | None:
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass", "expl"):
            if c.dep_ == "expl":
                return None
            # "Another, the student leader X, remains in custody": the word set off before the
            # one it stands for is read as a second subject
            # ("The third, lawyer X, refused ...": an ordinal the tagger reads as an adjective)
            standing = c.pos_ in ("DET", "PRON", "NUM") or c.lower_ in ORDINAL_WORDS
            if standing and c.i + 1 < len(c.doc) and c.doc[c.i + 1].text == ",":
                later = next((g for g in verb.children if g.i > c.i and g.dep_ == c.dep_), None)
                if later is not None:
                    return later
            # "Her co-defendant in the case, X, a lawyer, has been ...": the role and its name read
            # as two subjects; the name is the one
            return (
                next(
                    (g for g in verb.children if g.i > c.i and g.dep_ == c.dep_ and g.pos_ == "PROPN"),
                    c,
                )
                if c.pos_ == "NOUN"
                else c
            )
    # "There, X, also known as ..., was taken into custody": the parser makes the fronted
    # adverb the head and the name its apposition, leaving the verb without a subject
    for c in verb.children:
        if c.i < verb.i and c.dep_ in ("advmod", "npadvmod"):
            name = next((g for g in c.children if g.dep_ == "appos" and g.pos_ == "PROPN"), None)
            if name is not None:
                return name
    return _name_before_aside(verb)


_PLURAL_AUX = frozenset({"were", "are", "have"})


def _subject_past_comparison(verb: Token) -> Token | None:
    """'Two men charged in the same case as X were sentenced': the parser reads 'as X were
    sentenced' as a clause of its own with X its subject; the plural verb after one name and the
    'same ... as' tell that X is only the point of comparison and the noun described is the subject."""
    if verb.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        return None
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if (
        subj is None
        or subj.pos_ != "PROPN"
        or any(c.dep_ == "conj" for c in subj.children)
        or not any(c.dep_ in ("aux", "auxpass") and c.lower_ in _PLURAL_AUX for c in verb.children)
    ):
        return None
    node = verb.head
    for _ in range(5):
        if not any(t.lower_ == "same" for t in node.subtree if t.i < subj.i):
            return None
        if node.pos_ == "NOUN" and node.tag_ == "NNS":
            return node
        # ("Two farmers charged in the same case as X were ...": 'charged' read as the main verb)
        plural = next((c for c in node.children if c.dep_ == "nsubj" and c.tag_ == "NNS"), None)
        if plural is not None:
            return plural
        node = node.head
    return None


def _part_read_as_apposition(verb: Token, subject: Token | None) -> Token | None:
    """'Of the forty defendants, three, including X, were given 20 months': the parser sets the
    counted part off as an apposition of the whole in the fronted 'of' phrase, leaving the verb
    without a subject (or with the whole, 'the 30', as its subject); the part is it."""
    wholes = [g for of in verb.children if of.dep_ == "prep" and of.lower_ == "of" and of.i < verb.i
              for g in of.children if g.dep_ == "pobj"]  # fmt: skip
    if subject is not None:
        at = subject.left_edge.i
        wholes = [subject] if at > 0 and subject.doc[at - 1].lower_ == "of" else []
    for whole in wholes:
        part = next((c for c in whole.children if c.dep_ == "appos" and c.like_num and c.i > whole.i), None)
        if part is not None:
            return part
    return None


_DASHES = frozenset({"—", "–", "--"})  # a dash that sets off an aside or a list


def _name_before_aside(verb: Token) -> Token | None:
    """'X – the name is also spelled Y – was detained': the parser makes the aside between dashes
    the verb's clausal dependent and the name before it the aside's subject or adverbial noun."""
    clauses = [c for c in verb.children if c.i < verb.i and c.dep_ in ("ccomp", "parataxis")]
    if verb.dep_ == "conj" and verb.head.i < verb.i and verb.doc[verb.left_edge.i - 1].text in _DASHES:
        clauses.append(verb.head)  # (or the aside as the head, the verb its conjunct)
    for c in clauses:
        for g in c.children:
            after = g.i + 1  # (the parser may hang the dash on the name)
            if (
                g.dep_ in ("npadvmod", "dep", "nsubj", "nsubjpass")
                and g.i == c.left_edge.i
                and g.text[:1].isupper()
                and g.pos_ in ("PROPN", "NOUN")
                and after < verb.i
                and g.doc[after].text in _DASHES
            ):
                return g
    return None


def _name_hung_on_fronted_place(verb: Token, holder: Token | None = None) -> Token | None:
    """'In Minsk, former IT specialist X was sentenced': the parser may hang the passive's subject
    on the fronted place as its apposition and leave the verb without one (or a list item's bullet
    as its subject, the place hung on it); the subject is the name that ends right before the
    auxiliaries."""
    k = _before_auxiliaries(verb)
    for prep in (holder or verb).children:
        if prep.dep_ != "prep" or prep.i > verb.i:
            continue
        for place in prep.children:
            if (
                place.dep_ != "pobj"
                or place.pos_ != "PROPN"
                or place.ent_type_ not in ("GPE", "LOC", "FAC", "")
            ):
                continue
            # (or as a second object of the preposition: "In [Gomel], [X]")
            named = [*(c for c in place.children if c.dep_ == "appos"), *prep.children]
            found = next((c for c in named if c.i == k and c.i > place.i and c.pos_ == "PROPN"), None)
            if found is not None:
                return found
    return None


def _name_read_as_date_object(verb: Token) -> Token | None:
    """'On 26 October political prisoner X, 64, died in ...', 'On Monday activist X was detained':
    the parser may read the name after a fronted date as the preposition's object (the date its
    modifier) and leave the verb without a subject; the subject is that name when it ends right
    before the verb (or its auxiliaries), set-off age included."""
    k = _before_auxiliaries(verb)
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.i > verb.i or prep.lower_ not in ("on", "in", "at"):
            continue
        if prep.i + 1 >= len(verb.doc) or verb.doc[prep.i + 1].ent_type_ not in ("DATE", "TIME"):
            continue
        for name in prep.children:
            if (
                name.dep_ == "pobj"
                and name.pos_ == "PROPN"
                and name.ent_type_ == "PERSON"
                and name.right_edge.i in (k, k - 1)
            ):
                return name
    return None


def _before_auxiliaries(verb: Token) -> int:
    """The index of the token right before the verb's auxiliaries (or before the verb itself)."""
    auxiliaries = (c.i for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i)
    return min(auxiliaries, default=verb.i) - 1


def _opening_name_set_off(verb: Token) -> Token | None:
    """'X, the poet whose three jail sentences turned him into a widely known inmate, died behind
    bars': a long apposition with a clause of its own may lead the parser to make that
    clause's verb the root and leave the sentence's verb without a subject; the subject is the
    name that opens the sentence, set off by the comma, when a comma closes the aside right
    before the verb."""
    doc, sent = verb.doc, verb.sent
    k = _before_auxiliaries(verb)
    if k < sent.start + 3 or doc[k].text != ",":
        return None
    end = sent.start
    # (a nickname in quotation marks inside the name: 'X "Y" Z, 27, a student who ..., was given')
    while end < k and (doc[end].pos_ == "PROPN" or doc[end].is_quote and end > sent.start):
        end += 1
    if end == sent.start or doc[end].text != "," or end + 2 >= k:
        return None
    return doc[end - 1]


def _appositive_name_before(verb: Token) -> Token | None:
    """'When I was in Hlybokaye, a man from another union, X, died': the parser may hang the
    subject and its description on a word of the clause before as appositions and leave the verb
    without a subject; the subject is the name set off by commas right before the verb's
    auxiliaries."""
    doc = verb.doc
    k = _before_auxiliaries(verb)
    if k < 2 or doc[k].text != ",":
        return None
    name = doc[k - 1]
    start = name
    while start.i > 0 and doc[start.i - 1].dep_ == "compound" and doc[start.i - 1].head.i == name.i:
        start = doc[start.i - 1]
    if (
        name.pos_ != "PROPN"
        or name.ent_type_ != "PERSON"
        or name.dep_ != "appos"
        or name.head.i >= start.i
        or start.i == 0
        or doc[start.i - 1].text != ","
    ):
        return None
    return name


def _described_before(verb: Token) -> Token | None:
    """'Among the people who recall her is the nun X, who shared her cell, was given four
    years': in a long inverted sentence the parser may make a verb the passive's subject; the
    subject is the name whose relative clause ends, set off by a comma, right before the verb's
    auxiliaries."""
    doc = verb.doc
    k = _before_auxiliaries(verb)
    if k < 2 or doc[k].text != ",":
        return None
    clause = doc[k - 1]
    while clause.dep_ != "relcl" and clause.head.i != clause.i and clause.head.i < k:
        clause = clause.head
    if clause.dep_ != "relcl" or clause.right_edge.i != k - 1 or doc[clause.left_edge.i - 1].text != ",":
        return None
    return clause.head if clause.head.pos_ in ("PROPN", "NOUN") else None


_PATIENTS = "vigil_patients"  # a doc's patients found so far, by (trigger index, event type)


def _subject_controlled(verb: Token) -> bool:
    """A refusal's infinitive, whose subject is the refusal's ('refused to leave', 'declined to
    go'); not a hope or plan ('hopes to finish her degree after being released': still to come)."""
    return (
        verb.dep_ == "xcomp"
        and verb.head.lemma_ in ("refuse", "decline")
        and verb.head.tag_ == "VBD"
        and not any(c.dep_ in ("dobj", "dative") for c in verb.head.children)
    )


def _subject_past_thing_clause(tok: Token, found: Token) -> Token | None:
    """'He had been arrested during a wave of detentions that followed protests and was later
    sentenced to five years': a passive verb the parser conjoined to an active relative clause about
    a thing ("that followed") shares the subject of the clause the thing's phrase hangs on."""
    clause = tok.head
    if not (
        tok.dep_ == "conj"
        and clause.dep_ == "relcl"
        and any(c.dep_ == "nsubj" and c.lower_ in ("that", "which") for c in clause.children)
        and found.i in (clause.head.i, *(c.i for c in clause.children if c.dep_ == "nsubj"))
        and is_passive(tok)
        and not is_passive(clause)
    ):
        return None
    noun = clause.head
    verb = noun
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or not is_passive(verb):
        return None
    subj = subject_of(verb)
    return subj if subj is not None and subj.i < noun.i else None


def _relative_closed_by_conjunct(tok: Token) -> Token | None:
    """'One poem was dedicated to X, a poet who was arrested in 2023 after a reading and is now
    serving a seven-year sentence', 'linked to the case of X, who was detained in May and was
    jailed in October': the parser joins the verb after "and" to the main verb, though a "who"
    clause runs right up to the "and" with no comma to close it; the verb is the relative's
    second (session 54, terms). Only a verb without a subject of its own that undergoes (a
    passive, or "serve", "receive", "get"), the relative's own subject "who"."""
    head = tok.head
    if tok.dep_ != "conj" or subject_of(tok) is not None or tok.left_edge.i < 2:
        return None
    if not (is_passive(tok) or tok.lemma_ in _INTRANSITIVE):
        return None
    cc = tok.doc[tok.left_edge.i - 1]
    before = tok.doc[cc.i - 1]
    if cc.dep_ != "cc" or cc.head.i != head.i or before.is_punct:
        return None
    node = before
    while node.i != head.i and node.head.i != node.i:
        if node.dep_ == "relcl" and head.i < node.i:
            who = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            return node if who is not None and who.lower_ == "who" else None
        node = node.head
    return None


def patient_of(tok: Token, etype: str) -> Token | None:
    """The token naming who underwent the event (found once per trigger: several rules ask)."""
    known = tok.doc.user_data.setdefault(_PATIENTS, {})
    key = (tok.i, etype)
    if key not in known:
        found = _find_patient(tok, etype) or _subject_past_infinitive(tok) or _subject_in_fronted_date(tok)
        if (
            found is not None
            and found.lower_ in ("who", "that")
            and found.dep_ in ("nsubj", "nsubjpass")
            and found.head.dep_ == "relcl"
            # (the subject of the trigger's own clause, not of the clause a "while serving" hangs on)
            and (found.head.i == tok.i or tok.dep_ == "xcomp" and found.head.i == tok.head.i)
        ):
            # ("X, who was granted early release", "who was ordered to serve three years": the
            # rules that read a verb's own subject leave the relative pronoun; it stands for X)
            found = relative_subject(found)
        elif found is not None and (outer := _subject_past_thing_clause(tok, found)) is not None:
            found = outer
        if found is not None and (whole := whole_of_each(found)) is not None:
            found = whole
        known[key] = found
    return known[key]


_TIME_NOUNS = frozenset(
    {"morning", "afternoon", "evening", "night", "day", "week", "weekend", "month", "year"}
)


_DATE_OPENERS = frozenset({"on", "in"})


def _subject_in_fronted_date(tok: Token) -> Token | None:
    """'On 17 October Mikhail Hrynkevich, 64, a political prisoner ..., died in Penal Colony No.
    17': the parser may read the name after a fronted date as that date's object and leave the
    verb with no subject; a verb with none whose sentence opens with 'On'/'In' + a date + a name
    hung on it has that name for its subject (session 56, ctx: a heading line above the
    paragraph was enough to tip the parse)."""
    if tok.pos_ not in ("VERB", "AUX") or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in tok.children):
        return None
    first = tok.sent[0]
    if first.lower_ not in _DATE_OPENERS or first.head.i != tok.i or first.dep_ != "prep":
        return None
    name = next((c for c in first.children if c.dep_ == "pobj"), None)
    if name is None or name.pos_ != "PROPN" or name.lower_ in MONTH_NAMES:
        return None
    # (the tagger may take the name into the date: "9 February Uladzimir Kruk" as one DATE)
    if not any(t.is_title and t.lower_ in MONTH_NAMES for t in tok.doc[first.i + 1 : name.i]):
        return None
    return name


def _subject_past_infinitive(tok: Token) -> Token | None:
    """'X refused to step off the bus at the border and was taken back to prison': the finite
    'was taken', which the parser joins to the infinitive, shares the subject of the verb that
    governs the infinitive (`governor_past_infinitive`; session 55)."""
    governor = governor_past_infinitive(tok)
    if governor is None:
        return None
    return next((c for c in governor.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _headline_participle(verb: Token, subject: Token) -> bool:
    """'Three journalists freed': a headline drops the auxiliary, and the tagger reads the
    participle as a past tense whose subject did it. With no object and no auxiliary, a counted
    group as subject underwent it; so does a name in a headline line ('Blogger X released,
    brother says': a title set on its own line, without a full stop)."""
    if any(c.dep_ in ("aux", "auxpass", "dobj", "ccomp", "xcomp") for c in verb.children):
        return False
    if any(c.dep_ == "nummod" and c.i < subject.i for c in subject.children):
        return True
    return subject.pos_ == "PROPN" and _in_headline_line(verb)


def _in_headline_line(tok: Token) -> bool:
    """Whether `tok` is in the text's first line, set apart as a title (more text follows it and it
    does not end as a sentence does), in a link to another story ('Read more: ...'), or in a live
    blog's entry, which a time stamp opens ("09:12
    Photographer X released without charge, his editor says")."""
    text = doc_text(tok.doc)
    end = first_line_end(tok.doc)
    line = text[:end].rstrip()
    if tok.idx < end < len(text.rstrip()) and not line.endswith((".", ":", ";")):
        return True
    if in_teaser_line(tok):
        return True  # "Read more: Ex-union leader X freed after 3 years": another story's headline
    return bool(TIME_STAMP.match(text, text.rfind("\n", 0, tok.idx) + 1))


def _shared_object(verb: Token) -> Token | None:
    """'Police arrested and charged blogger X': two verbs share the object after the second,
    which the parser gives to the second only (or, with a role before it, hangs the name on the
    first as a conjunct: 'detained and beat journalist X')."""
    if not any(c.dep_ == "cc" and c.lower_ == "and" and c.i == verb.i + 1 for c in verb.children):
        return None
    for c in verb.children:
        if c.dep_ != "conj" or c.i <= verb.i:
            continue
        if c.pos_ == "VERB" and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children):
            return next((g for g in c.children if g.dep_ == "dobj"), None)
        if c.pos_ == "PROPN":
            return c
    return None


def _to_past_term(verb: Token) -> Token | None:
    """'handed eight years in a strict-regime colony to X', 'gave three years of restricted freedom
    to X': the parser hangs the recipient's "to" on the last noun of the term's phrase (the place
    or the kind of custody) rather than on the verb. The first "to" inside the verb's object or
    its prepositional phrases, not inside a clause, whose object is a name or a person noun."""
    for c in verb.children:
        if c.dep_ not in ("dobj", "prep"):
            continue
        for t in c.subtree:
            if t.i <= c.i or t.lower_ != "to" or t.dep_ != "prep":
                continue
            if any(a.pos_ in ("VERB", "AUX") for a in t.ancestors if a.i != verb.i and verb in a.ancestors):
                break  # "... in a colony built to hold ..." : inside a clause of its own
            pobj = next((g for g in t.children if g.dep_ == "pobj"), None)
            if pobj is not None and (pobj.pos_ == "PROPN" or is_people(pobj)):
                return t
    return None


def _pardoned_for(verb: Token) -> Token | None:
    """'signed pardons for 18 convicts', 'issued pardons for 25 inmates': the people a grant of
    release is for, after "for" on the grant or on the verb (not "for good conduct", no people)."""
    grants = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in RELEASE_GRANTS]
    for holder in (*grants, verb):
        for c in holder.children:
            if c.dep_ == "prep" and c.lower_ == "for":
                pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                if pobj is not None and (pobj.pos_ == "PROPN" or is_people(pobj)):
                    return pobj
    return None


def _granted_gerund(tok: Token, nsubj: Token | None, passive: bool) -> bool:
    """'served eight years before being granted clemency', 'was freed after being given a
    pardon': a subjectless passive gerund after a preposition, whose one is the subject of the
    clause it hangs on (found as for "after being released"), not the gerund's absent subject.
    Session 57: wikinews-en-tune 2; read sets 1 ("before being granted bail", syn11b)."""
    return passive and nsubj is None and tok.dep_ == "pcomp" and tok.head.dep_ == "prep"


def _person_holder(tok: Token) -> Token | None:
    """The one a bare participle tells of ('X, handed four years, ...', 'those found guilty'), when
    it is a name, a person noun or 'those' (not 'the sentences handed down')."""
    holder = participle_holder(tok)
    if holder is None:
        return None
    # ("Given seven years in 2021, she ...": a fronted participle tells of the clause's subject,
    # a personal pronoun too)
    fronted = holder.i > tok.i and holder.lower_ in ("he", "she", "they")
    return (
        holder
        if holder.pos_ == "PROPN" or holder.lower_ in ("those", "them") or is_people(holder) or fronted
        else None
    )


def _manner_read_as_object(tok: Token) -> bool:
    """'held incommunicado', 'locked up pending trial': the parser makes the adverb, or the noun
    after 'pending', the verb's object; neither is whom it holds."""
    return tok.lower_ == "incommunicado" or any(
        c.lower_ == "pending" and c.i == tok.i - 1 for c in tok.children
    )


def _bare_time(tok: Token) -> bool:
    """'released the same evening', 'arrested shortstop X about 4:20 am': a time, not '30 years of
    tax returns'."""
    if tok.ent_type_ == "TIME":
        return True
    if tok.lower_ in ("that", "this") and any(
        c.ent_type_ == "DATE" or c.lemma_ in _TIME_NOUNS
        for c in tok.children
        if c.dep_ in ("pobj", "npadvmod")
    ):
        return True  # "sentenced that December to eight years": the parser's object is the month
    # a number makes it a length ("sentenced both to six years", parsed as the object)
    return tok.lemma_ in _TIME_NOUNS and not any(
        c.dep_ == "nummod" or c.dep_ == "prep" and c.lower_ == "of" for c in tok.children
    )


def _role_read_as_verb(verb: Token) -> Token | None:
    """'Co-defendant X, 38, who ..., was sentenced': a capitalised role opening the sentence that
    the tagger read as a verb, the name as its object, and the passive verb left without a subject."""
    for c in verb.children:
        opening = c.i == verb.sent.start and c.i < verb.i and c.dep_ in ("advcl", "csubj", "nsubj", "dep")
        if opening and c.pos_ == "VERB" and fold(c.text) in PERSON_NOUNS:
            return next((g for g in c.children if g.dep_ == "dobj" and g.pos_ == "PROPN"), None)
    return None


def _subject_of_role_read_as_verb(verb: Token) -> Token | None:
    """'X, the poet whose verses circulated in samizdat, died in the prison hospital': the tagger
    may read the role of the aside as the sentence's verb, the name as its subject, and hang the
    real verb, set off by a comma, on it; the subject is that name."""
    role = verb.head
    if (
        verb.dep_ not in ("advcl", "conj", "ccomp")
        or role.i >= verb.i
        or role.pos_ != "VERB"
        or fold(role.text) not in PERSON_NOUNS
        or verb.doc[verb.left_edge.i - 1].text != ","
    ):
        return None
    return next((c for c in role.children if c.dep_ == "nsubj" and c.pos_ == "PROPN" and c.i < role.i), None)


def turn_label(tok: Token) -> bool:
    """'UTEPOVA: ...': the name a transcript sets before a colon to say who speaks."""
    doc = tok.doc
    return tok.i == tok.sent.start and tok.i + 1 < len(doc) and doc[tok.i + 1].text == ":"


def _name_read_as_verb(verb: Token) -> Token | None:
    """'Thiha Naing, now 27, had served four years': the tagger may read the first word of an
    unknown name opening the sentence as a verb, the rest as its object and the sentence's verb
    as its clause, leaving that verb without a subject; the subject is the name, set off by the
    comma that closes its aside right before the verb's auxiliaries."""
    opening = verb.head
    if (
        verb.dep_ not in ("ccomp", "parataxis")
        or opening.i != verb.sent.start
        or opening.pos_ != "VERB"
        or not opening.text[:1].isupper()
        or any(c.dep_ in ("nsubj", "nsubjpass") for c in opening.children)
        or verb.doc[_before_auxiliaries(verb)].text != ","
    ):
        return None
    return next(
        (c for c in opening.children if c.dep_ == "dobj" and c.i == opening.i + 1 and c.pos_ == "PROPN"), None
    )


def _name_read_as_adverb(verb: Token) -> Token | None:
    """'Serbia extradited dissident X to Y on Monday': the parser makes the name right after an
    active verb an adverbial noun (or an unlabelled dependent) instead of its object."""
    return next(
        (
            c
            for c in verb.children
            if c.dep_ in ("npadvmod", "dep")
            and c.left_edge.i == verb.i + 1
            and (c.ent_type_ == "PERSON" or c.pos_ == "PROPN" and c.ent_type_ not in _NOT_PEOPLE)
        ),
        None,
    )


_NOT_PEOPLE = frozenset({"DATE", "TIME", "GPE", "LOC", "ORG", "FAC", "NORP", "CARDINAL", "ORDINAL"})


_BULLET_GLYPHS = frozenset("•·▪●◦‣*")


def _standing_for(verb: Token, word: Token) -> Token:
    """'sisters A and B from Lida, both detained on 2 May': the people a "both" or "all" set off by
    a comma stands for, which the parser hung on the verb as a phrase of its own; else `word`."""
    if (
        word.lower_ not in ("both", "all")
        or list(word.children)
        or word.i == 0
        or word.doc[word.i - 1].text != ","
    ):
        return word
    return next(
        (
            c
            for c in verb.children
            if c.i < word.i and c.pos_ in ("NOUN", "PROPN") and c.ent_type_ not in ("DATE", "TIME")
        ),
        word,
    )


def _hung_on_bullet(verb: Token) -> Token | None:
    """'– brothers A and B, both taken into custody on 21 October': a list item's dash or bullet
    opening the clause, on which the parser hung the subject (as a preposition's object)."""
    opening = next(
        (
            c
            for c in verb.children
            if c.i == verb.sent.start
            and c.i < verb.i
            and (c.text in _DASHES or c.text in _BULLET_GLYPHS or c.text == "-")
        ),
        None,
    )
    if opening is None:
        return None
    return next((g for g in opening.children if g.pos_ in ("NOUN", "PROPN") and g.i < verb.i), None)


# people who speak or act for someone: "lawyers for X", "the family of X"
# (not friends or supporters, who may be the ones detained)
_ON_BEHALF = KIN_NOUNS | frozenset(
    {"family", "relative", "parent", "child", "lawyer", "attorney", "counsel", "advocate",
     "representative", "spouse", "relatives", "lawyers"}
)  # fmt: skip


def name_before_participle(tok: Token) -> Token | None:
    """'Lawyers for X, detained in May, say', 'the family of X, jailed since 2019, said': a
    participle set off by a comma right after a name in the "for"/"of" phrase of someone who
    acts for that person tells of the name; the parser hangs it on the head noun."""
    doc = tok.doc
    head = tok.head
    if tok.tag_ != "VBN" or tok.i < 2 or doc[tok.i - 1].text != "," or head.pos_ != "NOUN":
        return None
    if head.lemma_.lower() not in _ON_BEHALF:
        return None
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("for", "of") or prep.i > tok.i:
            continue
        name = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if name is not None and name.i == tok.i - 2 and name.pos_ == "PROPN":
            return name if name.ent_type_ in ("PERSON", "") else None
    return None


def gapped_passive_subject(tok: Token) -> Token | None:
    """'Five people were killed and 30 arrested', 'two were injured and 14 others detained': a
    participle joined to a passive verb, with no auxiliary or object of its own, shares that
    verb's passive; the counted subject the parser gives it underwent it, it did not do it."""
    head = tok.head
    if tok.dep_ != "conj" or tok.tag_ not in ("VBN", "VBD") or not is_passive(head) or head.i >= tok.i:
        return None
    if any(c.dep_ in ("aux", "auxpass", "dobj", "nsubjpass") for c in tok.children):
        return None
    subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.i < head.i:
        return None
    counted = subject.pos_ == "NUM" or any(c.dep_ == "nummod" for c in subject.children)
    return subject if counted else None


def group_of_the_body(noun: Token) -> Token | None:
    """'13 employees of the outlet detained ...': the counted people whose "of" phrase names the body
    a participle was hung on (the body itself no person)."""
    of = noun.head
    if noun.dep_ != "pobj" or of.lower_ != "of" or is_people(noun) or noun.pos_ == "PRON":
        return None
    group = of.head
    if group.pos_ not in ("NOUN", "PROPN") or count_of(group)[0] is None:
        return None
    return group if is_people(group) or group.lemma_.lower() in ("staff", "employee", "worker") else None


def among_group_of_participle(tok: Token, tags: tuple[str, ...] = ("VBN",)) -> Token | None:
    """'The four were among 11 employees of the outlet detained in raids': the parser hangs the
    participle on the copula instead of the counted group it describes; the group is its patient
    (events also reads a participle the tagger called a past tense, `tags`)."""
    if tok.dep_ != "advcl" or tok.tag_ not in tags or tok.head.lemma_ != "be":
        return None
    if any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "mark") for c in tok.children):
        return None
    return next(
        (
            g
            for c in tok.head.children
            if c.dep_ == "prep" and c.lower_ == "among" and c.i < tok.i
            for g in c.children
            if g.dep_ == "pobj" and count_of(g)[0] is not None
        ),
        None,
    )


def _group_of_listed_participle(tok: Token) -> Token | None:
    """'X was one of 222 prisoners who were freed in 2023, put on a plane to Washington and
    stripped of their nationality': the parser hangs the participles listed after the group's
    relative clause on the copula; they go on that clause, so the counted group is their patient."""
    if tok.dep_ != "advcl" or tok.tag_ != "VBN" or tok.head.lemma_ != "be" or tok.i < 1:
        return None
    if any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "mark") for c in tok.children):
        return None
    if tok.doc[tok.i - 1].text != ",":
        return None
    for part in tok.head.children:
        if part.dep_ not in ("attr", "nsubj") or part.lower_ != "one":
            continue
        for of in (c for c in part.children if c.dep_ == "prep" and c.lower_ == "of"):
            for group in (g for g in of.children if g.dep_ == "pobj" and count_of(g)[0] is not None):
                clause = next(
                    (c for c in group.children if c.dep_ in ("relcl", "acl") and c.tag_ == "VBN"), None
                )
                if clause is not None and clause.right_edge.i == tok.i - 2 and trigger_type(clause):
                    return group
    return None


def _subject_read_as_conj(tok: Token) -> Token | None:
    """'A received nine years, and B, a librarian, and C were each given six': the parser joins the
    second clause's subject to the first verb as a conjunct, and the passive verb after it, with no
    subject of its own, too; the name between the two verbs is its subject."""
    # (or as a preposition: "were each given" after a name read as "given five years")
    if not (tok.dep_ == "conj" or tok.dep_ == "prep" and tok.tag_ == "VBN") or tok.head.pos_ not in (
        "VERB",
        "AUX",
    ):
        # "A received 12 months, and B, 21 — an aside — was sentenced to 10": the parser may make
        # the first clause the passive verb's complement, with the name its conjunct
        first = next((c for c in tok.children if c.dep_ in ("ccomp", "parataxis") and c.i < tok.i), None)
        if first is None or first.pos_ not in ("VERB", "AUX"):
            return None
        return next(
            (
                c
                for c in first.children
                if c.dep_ == "conj"
                and c.pos_ == "PROPN"
                and c.ent_type_ == "PERSON"
                and first.i < c.i < tok.i
            ),
            None,
        )
    return next(
        (
            c
            for c in tok.head.children
            if c.dep_ == "conj" and c.pos_ == "PROPN" and c.ent_type_ == "PERSON" and tok.head.i < c.i < tok.i
        ),
        None,
    )


def set_off_conjunct(tok: Token) -> Token | None:
    """'X was detained in March and, after a closed trial, sentenced to six years': the parser
    hangs a participle that follows a phrase set off by commas after "and" on that phrase's noun
    ('trial'); it is the second verb of the clause, told of the first verb's subject. The first
    verb, or None."""
    doc = tok.doc
    if not (
        tok.dep_ == "acl"
        and tok.tag_ == "VBN"
        and tok.i > 0
        and doc[tok.i - 1].text == ","
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in tok.children)
    ):
        return None
    # (up from the noun to the preposition on a verb: "after a trial [in Minsk]")
    node = tok.head
    for _ in range(4):
        if node.dep_ != "pobj" or node.head.dep_ != "prep":
            return None
        if node.head.head.pos_ in ("VERB", "AUX"):
            break
        node = node.head.head
    prep, verb = node.head, node.head.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    # the phrase opens right after "and ," that joins it to the verb: "and, after a trial,"
    return verb if prep.i >= 2 and doc[prep.i - 1].text == "," and doc[prep.i - 2].lower_ == "and" else None


_TERM_HANDERS = frozenset({"judge", "court", "tribunal", "jury", "magistrate", "justice", "panel", "bench"})


def _reduced_passive_recipient(tok: Token, subject: Token) -> bool:
    """'X handed eight-year jail term', 'X given life for double murder' (a wire headline), 'X,
    handed a life term in 1999, lost his appeal': the tagger reads the participle as a past tense
    with X its subject. A giver hands a term TO someone: with no recipient at all (no dative, no
    "to", no "down"/"out" particle) the subject is the one who got it; "given" is never a past
    tense. Not a court or judge as the subject ("Judge X handed down eight years")."""
    if tok.lower_ not in ("handed", "given") or subject.lower_ in ("who", "that", "which"):
        return False
    if any(c.dep_ in ("dative", "prt") or c.dep_ == "prep" and c.lower_ == "to" for c in tok.children):
        return False
    # ("X given fresh five-year term as party chairman": an office, wherever "as" hangs)
    if any(
        t.lower_ == "as" and any(g.lemma_.lower() in lexicon("office_words") for g in t.subtree)
        for t in tok.subtree
    ):
        return False
    return not any(t.lemma_.lower() in _TERM_HANDERS for t in subject.subtree)


# verbs whose 'that' clause, with a bare 'be', tells what someone wants done ("ordered that ... be
# freed"): the verb's subject gives the order and does not undergo it
_MANDATIVE = frozenset({"order", "rule", "decide", "demand", "direct", "require", "insist", "urge", "ask"})


def _mandated_without_subject(tok: Token) -> bool:
    """'The judge ordered that all of those acquitted ... be freed': the parser left the clause's
    subject to another verb; the judge is not who is freed."""
    return (
        tok.dep_ == "ccomp"
        and tok.head.lemma_ in _MANDATIVE
        and any(c.dep_ == "auxpass" and c.lower_ == "be" for c in tok.children)
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
    )


def _roles_name(noun: Token) -> bool:
    """A role set beside a name, or the first of two joined roles whose last one is ('handed
    pensioner and former teacher X a suspended sentence': the name hangs on the second role)."""
    return names_person(noun) or any(c.dep_ == "conj" and names_person(c) for c in noun.children)


def _main_verb_read_as_relative(tok: Token) -> Token | None:
    """'four journalists who were detained while covering Friday night's protests were released':
    the parser makes the main verb a second relative clause of the group, with a noun of the first
    clause ('protests', no people) its subject; the group is the one released."""
    if tok.dep_ != "relcl" or tok.head.tag_ != "NNS" or not is_people(tok.head):
        return None
    subject = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
    first = next((c for c in tok.head.children if c.dep_ == "relcl" and c.i < tok.i), None)
    if subject is None or first is None or subject.pos_ != "NOUN" or is_people(subject):
        return None
    who = any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("who", "that") for c in first.children)
    # (the noun that should close the first clause: right after it, before the verb)
    return tok.head if who and subject.left_edge.i == first.right_edge.i + 1 and subject.i < tok.i else None


def group_read_as_clause_subject(verb: Token) -> Token | None:
    """'Belarus has pardoned 18 people serving sentences for extremism': the parser makes the
    participle after the object a clause of its own ("people serving sentences" as subject and
    verb), leaving the verb of the event without an object. The object is that clause's subject:
    people, right after the verb, before a bare -ing participle with no auxiliary of its own.
    (`persons.object_read_as_subject` repairs the other misreading of an object: a name after
    the verb made its second subject.)"""
    if verb.pos_ != "VERB" or any(c.dep_ in ("dobj", "nsubjpass", "auxpass") for c in verb.children):
        return None
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.tag_ != "VBG" or clause.i < verb.i:
            continue
        if any(c.dep_ in ("aux", "auxpass", "mark") for c in clause.children):
            continue  # "said the men were serving sentences": a clause of its own
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if (
            subject is not None
            and subject.left_edge.i == verb.i + 1
            and subject.i + 1 == clause.i
            and subject.pos_ == "NOUN"
            and is_people(subject)
        ):
            return subject
    return None


_RECEIVING = frozenset({"receive", "get"})


def _receiving_clause_subject(tok: Token) -> Token | None:
    """'X was found guilty last year, receiving nine years in a colony': a set-off "receiving" or
    "getting" clause without a subject of its own tells what befell the subject of the clause it
    hangs on (session 53; not a relative "who", which its own rules resolve)."""
    if tok.lemma_ not in _RECEIVING or tok.tag_ != "VBG" or tok.dep_ != "advcl" or tok.head.pos_ != "VERB":
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "mark") for c in tok.children):
        return None  # ("after receiving", "while he was getting": a clause of its own)
    if tok.i < 1 or tok.doc[tok.i - 1].text != ",":
        return None
    head = tok.head
    subject = subject_of(head)
    if subject is None and head.dep_ == "conj" and head.head.pos_ in ("VERB", "AUX"):
        subject = subject_of(head.head)  # "X was detained ... and last year was convicted, receiving ..."
    return subject if subject is not None and subject.lower_ not in ("who", "that", "which") else None


def _serving_beside(tok: Token) -> Token | None:
    """'X, who has been in prison since 2021 serving a nine-year sentence': a bare "serving"
    participle hung on a relative clause tells what the relative's subject is doing; the one
    the "who" stands for serves it (session 54, terms). Not "while serving" (a time clause of
    its own, read by other rules) and not a participle with a subject of its own."""
    head = tok.head
    if tok.lemma_ != "serve" or tok.tag_ != "VBG" or tok.dep_ != "advcl" or head.dep_ != "relcl":
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "mark") for c in tok.children):
        return None
    subject = subject_of(head)
    return relative_subject(subject) if subject is not None and subject.lower_ == "who" else None


def _participle_joined_to_name(tok: Token) -> Token | None:
    """'X, a physicist convicted of espionage in 2023 and sentenced to 12 years': the parser may
    join the second participle of an aside to the name itself; the name underwent both (session 53).
    Only when a participle of the aside ("convicted") stands between the name and the conjunct."""
    head = tok.head
    if not (
        tok.tag_ == "VBN"
        and tok.dep_ == "conj"
        and head.pos_ == "PROPN"
        and head.i < tok.i
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in tok.children)
        and tok.doc[tok.i - 1].lower_ == "and"
    ):
        return None
    between = tok.doc[head.i + 1 : tok.i]
    aside = [t for t in between if t.dep_ == "acl" and t.tag_ == "VBN"]
    if not aside or any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in between):
        return None  # (a finite verb between: a clause of its own, not an aside's participles)
    within = all(head.i in (a.head.i, a.head.head.i) and a.head.i < a.i for a in aside)
    return head if within else None


def _find_patient(tok: Token, etype: str) -> Token | None:
    doc = tok.doc
    if _mandated_without_subject(tok):
        return None
    if (group := group_read_as_clause_subject(tok)) is not None:
        return group
    if (compared := _subject_past_comparison(tok)) is not None:
        return compared
    if (caused := causative_object(tok)) is not None:
        return caused  # "had them escorted across the border": the object of the causative "have"
    if (
        tok.tag_ == "VBN"
        and tok.i >= 2
        and doc[tok.i - 1].text == "("
        and doc[tok.i - 2].pos_ == "PROPN"
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "dobj") for c in tok.children)
    ):
        return doc[tok.i - 2]  # "A (sentenced to six years) and B remain in prison": the name bracketed
    if (
        tok.lemma_ == "grant"
        and tok.dep_ == "acl"
        and tok.head.pos_ in ("NOUN", "PROPN", "NUM")
        and any(c.dep_ == "dobj" and c.lemma_.lower() in lexicon("captivity_words") for c in tok.children)
    ):
        # "among 3,100 prisoners granted amnesty": the reduced passive's subject is the noun it
        # describes (the pardon is what they were granted)
        return tok.head
    if (group := _main_verb_read_as_relative(tok)) is not None:
        return group
    if (gapped := gapped_passive_subject(tok)) is not None:
        return gapped
    if misread_as_modifier(tok):
        # "A court on Friday remanded director X in custody": the object the verb was read to modify
        head = tok.head
        while head.dep_ == "compound" and head.head.i > head.i:
            head = head.head
        return head
    if tok.dep_ == "acomp" and tok.tag_ in ("VBN", "JJ") and tok.head.lemma_ == "be":
        # "who was exiled to Lithuania": the parser reads the participle as the copula's complement
        subject = next((c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and subject.lower_ in ("who", "that") and tok.head.dep_ == "relcl":
            return tok.head.head
        if subject is not None:
            return subject
    if tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ == "re":
        # "was re-arrested": the tokenizer splits the prefix off and the parser heads the clause with it
        prefix = doc[tok.i - 2]
        heads = [tok, prefix]
        heads += [c for h in (tok, prefix) for c in h.children if c.dep_ in ("aux", "auxpass")]
        heads += [prefix.head] if prefix.head.pos_ == "AUX" else []
        found = next((c for h in heads for c in h.children if c.dep_ in ("nsubjpass", "nsubj")), None)
        if found is not None:
            return found
    if (antecedent := object_relative(tok)) is not None:
        return antecedent
    if (antecedent := _emphatic_who(tok)) is not None:
        return antecedent
    if only_to(tok):
        # "X was freed, only to be rearrested": the outcome befalls the main clause's subject
        verb = clause_verb(tok.head)
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            return subject
    if (
        tok.dep_ in ("relcl", "acl")
        and any(c.dep_ == "aux" and c.tag_ == "TO" for c in tok.children)
        and tok.head.dep_ == "attr"
        and tok.head.head.lemma_ == "be"
    ):
        # "X is the latest prisoner to be freed": the one the copula ranks
        subject = next((c for c in tok.head.head.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            return subject
    if etype == "release" and (stay := ended_custody_object(tok)) is not None:
        return next(c for c in stay.children if c.dep_ == "poss")  # "ended her two years in prison"
    if tok.lemma_ == "serve" and tok.dep_ == "acl" and tok.head.lower_ in CUSTODY_WORDS | {"bars"}:
        # "X is behind bars serving seven years": the parser hangs the participle on the place
        place = tok.head.head if tok.head.dep_ == "pobj" else tok.head
        verb = place.head if place.dep_ == "prep" else place
        held = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if held is not None:
            return held
    if (group := among_group_of_participle(tok)) is not None:
        return group  # "The four were among 11 staff detained in raids": the eleven were detained
    if etype == "arrest" and (taken := came_for(tok)) is not None:
        return taken  # "police came for him at dawn": the one they came for
    if (group := _group_of_listed_participle(tok)) is not None:
        return group  # "one of 222 prisoners who were freed ..., put on a plane to X and ...": the 222
    children = list(tok.children)
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in children)
    # of several subjects ("co - defendant" parsed as three) the one heading the largest phrase
    subjects = [c for c in children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) > 1:  # "UTEPOVA: All 22 were convicted": a transcript's speaker label is no subject
        subjects = [c for c in subjects if not turn_label(c)] or subjects
    nsubj = max(subjects, key=lambda c: len(list(c.subtree))) if subjects else None
    if nsubj is not None and nsubj.text in _BULLET_GLYPHS:
        # "• X, a pensioner, was sentenced ...": the tagger reads the bullet as the subject and
        # hangs the name on it
        nsubj = next(
            (c for c in nsubj.children if c.pos_ in ("PROPN", "NOUN") and c.i > nsubj.i),
            _name_hung_on_fronted_place(tok, nsubj) or nsubj,  # "• In Minsk, X was sentenced"
        )
    if nsubj is not None and nsubj.ent_type_ == "DATE" and nsubj.pos_ == "PROPN":
        # "- September 2023 – X, a relative who ..., is detained": a timeline's date read as the
        # subject, the name hung on it as its apposition
        nsubj = next((c for c in nsubj.children if c.dep_ == "appos" and c.pos_ == "PROPN"), nsubj)
    if nsubj is not None and nsubj.pos_ in ("VERB", "AUX") and passive:
        nsubj = _described_before(tok) or nsubj  # "Among them is the monk X, who ..., was sentenced"
    if nsubj is None or nsubj.like_num:
        # "Of the 40 defendants, three, ..., were jailed" (or "the 40" read as the subject)
        nsubj = _part_read_as_apposition(tok, nsubj) or nsubj
    if nsubj is not None:
        nsubj = _standing_for(tok, nsubj)  # "sisters A and B from Lida, both detained on ..."
    if nsubj is None and (passive or tok.tag_ == "VBN"):
        nsubj = _hung_on_bullet(tok)  # "– brothers A and B from Mahilioŭ, both taken into custody on ..."
    if nsubj is None and passive:
        nsubj = _name_before_aside(tok)  # "X – the name is also spelled Y – was detained"
    if nsubj is None and passive:
        nsubj = _name_hung_on_fronted_place(tok)  # "In Minsk, engineer X was sentenced"
    if nsubj is None and (passive or etype == "death"):
        nsubj = _name_read_as_date_object(tok)  # "On 26 October prisoner X, 64, died"
    if nsubj is None and etype == "sentence":
        # "X was convicted of fraud, receiving nine years": the main clause's subject got the term
        # ("X, a physicist convicted in 2023 and sentenced to 12 years": the participle joined to the name)
        nsubj = _receiving_clause_subject(tok) or _participle_joined_to_name(tok) or _serving_beside(tok)
    if nsubj is None and tok.dep_ == "advcl" and tok.head.pos_ == "PROPN" and tok.head.i < tok.i:
        # "X, serving 7 years in a colony in Karelia, writes ...": the participle set off after
        # the name, which the parser hangs on it as a clause, describes the one named
        nsubj = tok.head
    # (or a conjunct with no conjunction before it: "X, a student who read out demands
    # addressed to the King, was given four years", the participle of the aside made the root)
    unjoined = tok.dep_ == "conj" and not any(c.dep_ == "cc" for c in tok.head.children if c.i < tok.i)
    if (
        nsubj is None
        and (tok.dep_ in ("ccomp", "ROOT", "parataxis") or unjoined)
        and (passive or etype == "death")
    ):
        nsubj = _opening_name_set_off(tok)  # "X, the teacher whose terms made him known, died"
    if nsubj is None and (passive or etype == "death"):
        nsubj = _appositive_name_before(tok)  # "When I was there, a man from a union, X, died"
    if nsubj is None:
        nsubj = _name_read_as_verb(tok)  # "Thiha Naing, now 27, had served": "Thiha" read as a verb
    if nsubj is None and (passive or etype == "death"):
        nsubj = _subject_of_role_read_as_verb(tok)  # "X, the poet whose verses ..., died in prison"
    if nsubj is None and passive and (role := role_read_as_verb(tok)) is not None:
        # "Three participants — poet A, B and C — were taken to the police station"
        nsubj = next((c for c in role.children if c.dep_ in ("nsubj", "dep") and c.i < role.i), None)
    if nsubj is None and passive:
        nsubj = _subject_read_as_conj(tok)  # "A received nine years, and B and C were given six"
    # "put on a flight to X": the vehicle is no patient
    # (nor a time: "arrested shortstop X about 4:20 am")
    # (nor a time the parser made an object: "detained ... but released the same evening")
    dobj = next(
        (
            c
            for c in children
            if c.dep_ == "dobj"
            and c.lemma_ not in VEHICLES
            and not _bare_time(c)
            and not _manner_read_as_object(c)
        ),
        None,
    )
    if dobj is None:  # "frees jailed national X": the parser made the participle a verb with the object
        dobj = next(
            (
                g
                for c in children
                # (or a role read as a verb: "arrested shortstop X")
                if c.dep_ in ("xcomp", "ccomp", "dep") and c.i == tok.i + 1 and c.tag_ in _VERB_READINGS
                for g in c.children
                if g.dep_ == "dobj"
            ),
            None,
        )
    if dobj is None and not passive:
        dobj = object_read_as_subject(tok)
    # "gave six years to X": the parser makes the preposition the dative; its object is the recipient
    datives = [
        next((g for g in c.children if g.dep_ == "pobj"), c) if c.pos_ == "ADP" else c
        for c in children
        if c.dep_ == "dative"
    ]
    # "gave the activist Tofig Yagublu seven years": the parser makes the role and the name two datives
    dative = next((c for c in datives if c.pos_ == "PROPN"), datives[0] if datives else None)
    if tok.lemma_ in ("give", "hand", "award") and etype == "sentence":
        if passive and nsubj is not None:
            # "an engineer who had been handed nine years": the noun the relative clause describes
            return tok.head if nsubj.lower_ in ("who", "that") and tok.dep_ == "relcl" else nsubj
        recipient = dative or next(
            (c for c in children if c.dep_ == "dobj" and (c.pos_ in ("PRON", "PROPN") or _roles_name(c))),
            None,
        )  # "gave newspaper editor X a two-year sentence": the role heads the name as its apposition
        if recipient is None:
            # "gave the poet, X, a two-year sentence": the name set off after the role hangs on the verb
            recipient = next(
                (n for c in children if c.dep_ == "dobj" and (n := name_set_off_after(c, tok)) is not None),
                None,
            )
        if recipient is None:
            # "handed four students between five and seven years": a group of people as the object
            recipient = next(
                (
                    c
                    for c in children
                    if c.dep_ == "dobj"
                    and c.tag_ == "NNS"
                    and (is_people(c) or count_of(c)[0] is not None and c.lemma_ not in TERM_NOUNS)
                ),
                None,
            )
        if recipient is None:
            # "gave 12 defendants prison sentences": the parser makes the group the terms' modifier
            recipient = next(
                (
                    g
                    for c in children
                    if c.dep_ == "dobj" and c.lemma_ in TERM_NOUNS
                    for g in c.children
                    if g.dep_ == "compound" and g.tag_ == "NNS" and g.i > tok.i and is_people(g)
                ),
                None,
            )
        if recipient is None:  # "handed down sentences of ... to 20 protesters"
            to = next((c for c in children if c.dep_ == "prep" and c.lower_ == "to"), None) or _to_past_term(
                tok
            )
            recipient = next((g for g in to.children if g.dep_ == "pobj"), None) if to is not None else None
        if recipient is None:
            # "handed a six-year term to dissident rapper X": "to dissident" misread as an infinitive
            recipient = next(
                (
                    g
                    for c in children
                    if c.dep_ in ("advcl", "xcomp")
                    and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                    for g in c.children
                    if g.dep_ == "dobj" and g.pos_ == "PROPN"
                ),
                None,
            )
        if recipient is None:
            # "handed A, B and C prison terms of ...": the names parsed as modifiers of the terms
            term = next((c for c in children if c.dep_ == "dobj"), None)
            recipient = (
                next((g for g in term.children if g.dep_ == "nmod"), None) if term is not None else None
            )
        if recipient is None and nsubj is not None and _reduced_passive_recipient(tok, nsubj):
            recipient = nsubj  # "X handed eight-year jail term", "X, given life in 1999, ...": X's term
        if recipient is None and not datives and (holder := _person_holder(tok)) is not None:
            recipient = holder  # "an economist handed four years in 2020", "Given seven years, X ..."
        if (
            recipient is None
            and tok.dep_ == "conj"
            and (tok.tag_ == "VBN" or tok.tag_ == "VBD" and nsubj is None)
            and is_passive(tok.head)
        ):
            # "X was convicted and given 15 years": the passive subject both participles share
            # (the tagger may read "and later handed six years" as a past tense)
            recipient = next((c for c in tok.head.children if c.dep_ == "nsubjpass"), None)
            if recipient is not None and recipient.lower_ in ("who", "that") and tok.head.dep_ == "relcl":
                described = described_by(tok.head)  # "a blogger who was detained and handed ..."
                recipient = _person_for_who(described) if recipient.lower_ == "who" else described
        if (
            recipient is None
            and tok.dep_ == "conj"
            and passive
            and nsubj is None
            and tok.head.dep_ == "relcl"
        ):
            # "a nurse who joined the strikes in 2021 and was given three years": the relative
            # clause's "who" is the subject of both its verbs, active or not
            who = subject_of(tok.head)
            if who is not None and who.lower_ == "who":
                recipient = _person_for_who(described_by(tok.head))
        if recipient is None and _passive_after_active(tok, nsubj):
            # "X pleaded guilty to fraud and was given 18 months", "admitted the theft and was
            # handed two years": the passive conjunct's own "was" keeps the first verb's subject
            recipient = subject_of(tok.head)
        if tok.dep_ == "relcl" and (
            recipient is None
            and any(g.lower_ == "whom" for c in children if c.lower_ == "to" for g in c.children)
            or recipient is not None
            and recipient.lower_ in ("whom", "who")
        ):
            # "X, (a trader) to whom a Dakar court had given two years, ...": the relative pronoun
            # the verb's "to" governs (the parser may tag "to" a particle) stands for the noun its
            # clause describes
            recipient = _person_for_who(described_by(tok), tok)
        return recipient
    if etype == "sentence" and tok.lemma_ in _TERM_CAUSES and dative is not None:
        return dative  # "that brought him another three-year sentence"
    if etype == "release" and tok.lemma_ in _GRANTERS and not _granted_gerund(tok, nsubj, passive):
        # "was granted early release": the passive subject; "the president granted X a pardon": X
        if passive or tok.lemma_ in _INTRANSITIVE_OR_WON:
            return nsubj
        # "a court granted bail to X": the recipient is the object of "to" (parsed as dative or prep)
        to = next((c for c in children if c.dep_ in ("prep", "dative") and c.lower_ == "to"), None)
        if to is not None and (dative is None or dative.i == to.i):
            return next((g for g in to.children if g.dep_ == "pobj"), None)
        return dative or _pardoned_for(tok)
    if tok.lemma_ == "find" and not passive:
        # "a court found X guilty": X is the subject of the small clause
        guilty = next((c for c in children if c.lower_ == "guilty"), None)
        if guilty is not None and dobj is None:
            before = tok.doc[guilty.i - 1]
            # "found 27 year old X guilty": the parser may make the name a compound of "guilty"
            fallback = before if before.pos_ == "PROPN" and before.head.i == guilty.i else None
            # ("X, found guilty of treason in 2021, ...": the one the bare participle tells of)
            return next((c for c in guilty.children if c.dep_ == "nsubj"), fallback) or _person_holder(tok)
    if tok.lemma_ == "let" and not passive:
        # "the guards let X go": X is the subject of the small clause
        go = next((c for c in children if c.dep_ in ("ccomp", "xcomp") and c.lemma_ == "go"), None)
        if go is not None and dobj is None:
            held = next((c for c in go.children if c.dep_ == "nsubj"), None)
            if held is None and nsubj is None and tok.dep_ == "conj" and is_passive(tok.head):
                # "was taken in with him but let go after six hours": the passive's subject, let go
                # (of two subjects, "The proofreader X", the name)
                held = max(
                    (c for c in tok.head.children if c.dep_ == "nsubjpass"),
                    key=lambda c: c.pos_ == "PROPN",
                    default=None,
                )
            return held
    if tok.lemma_ in ("make", "force") and not passive and dobj is None:
        # "officials made X leave the country": X is the subject of the small clause
        leave = next((c for c in children if c.dep_ == "ccomp" and c.lemma_ in ("leave", "go")), None)
        if leave is not None:
            return next((c for c in leave.children if c.dep_ == "nsubj"), None)
    if ordered_held(tok) and nsubj is not None:
        return nsubj  # "a judge ordered X held in custody": the subject of the order's small clause
    put_to_death = (  # "authorities executed X" (not "took his own life", "committed suicide")
        etype == "death"
        and dobj is not None
        and not passive
        and dobj.lemma_.lower() not in ("life", "suicide")
    )
    if passive and nsubj is None and (named := _role_read_as_verb(tok)) is not None:
        return named  # "Co-defendant X, 38, was sentenced": the role opening it was read as a verb
    if (
        passive
        or tok.lemma_ in _INTRANSITIVE
        or etype == "death"
        and not put_to_death
        or tok.lemma_ == "walk"
        or etype == "release"
        and tok.lemma_ in _COMING_OUT
    ):
        target = nsubj
    else:
        target = dobj or object_after_custody(tok) or _shared_object(tok) or _name_read_as_adverb(tok)
        if target is None:
            target = person_after_in(tok)  # "Police hauled in lawyer X"
        if target is None and tok.tag_ == "VBN" and nsubj is not None:
            target = nsubj
        if (
            target is None
            and nsubj is not None
            and (holder := participle_holder(tok)) is not None
            and holder.i == nsubj.i
        ):
            target = nsubj  # "X, remanded in custody in May, has lost weight": a set-off participle
        if target is None and nsubj is not None and tok.tag_ == "VBD" and _headline_participle(tok, nsubj):
            target = nsubj  # "Azerbaijan: Three journalists of Abzas Media freed, but ...": undergone
    # "X, who had shared a cell with him and who had been sentenced": the relative clause is the
    # first conjunct's
    relcl = tok.head if tok.dep_ == "conj" and tok.head.dep_ == "relcl" and tok.head.i < tok.i else tok
    if target is not None and target.lower_ in ("who", "whom", "that", "which") and relcl.dep_ == "relcl":
        described = described_by(relcl)
        return _person_for_who(described, relcl) if target.lower_ in ("who", "whom") else described
    if target is not None:
        return target
    if (inner := object_after_custody(tok)) is not None:
        return inner
    # "Also released were X and Y, the group said": the subject hangs on the passive auxiliary
    inverted = (g for c in children if c.dep_ == "auxpass" for g in c.children if g.dep_ in ("attr", "nsubj"))
    if (found := next(inverted, None)) is not None:
        return found
    if tok.dep_ == "conj":
        head = tok.head
        if head.dep_ == "advmod" and head.pos_ == "ADV" and head.head.pos_ in ("VERB", "AUX"):
            head = head.head  # "was released early and driven to the border": the adverb took the conjunct
        if (
            head.dep_ == "pcomp"
            and head.tag_ == "VBG"
            and tok.tag_ in ("VBN", "VBD")
            # (or a participle: "was detained for joining a rally and released after ten months")
            and (
                any(c.lower_ == "later" for c in children) or tok.tag_ == "VBN" and is_passive(head.head.head)
            )
            and not subject_of(tok)
            and trigger_type(head.head.head)
        ):
            # "was arrested in 2021 for defending protesters and later jailed for eight years": the
            # parser hangs the second participle on the gerund; it is the arrested person's
            head = head.head.head
            return patient_of(head, trigger_type(head) or etype)
        if (
            head.dep_ == "advcl"
            and head.tag_ == "VBG"
            and (
                tok.tag_ == "VBN"
                and any(c.dep_ == "auxpass" for c in children)
                # ("was detained while filming a charge and released a week later": a bare
                # participle after a "while" gerund of a passive is the passive's second verb)
                or tok.tag_ in ("VBN", "VBD")
                and any(c.dep_ in ("mark", "advmod") and c.lower_ in ("while", "when") for c in head.children)
                and is_passive(head.head)
            )
            and not subject_of(tok)
            and not subject_of(head)
            and trigger_type(head.head)
        ):
            # "was detained in 2022 while filming a protest and was later sentenced to ten years":
            # the parser joins the second passive to the time clause's gerund; it is the detainee's
            return patient_of(head.head, trigger_type(head.head) or etype)
        if (main := _passive_over_time_clause(tok) or _passive_over_gerund(tok)) is not None:
            # "was detained in May, a week after a student filmed his lecture, and was jailed":
            # the parser joins the second passive to the time clause's verb; it is the detainee's
            return patient_of(main, trigger_type(main) or etype) if trigger_type(main) else subject_of(main)
        ordinal = next((c for c in children if c.i == tok.i + 1 and c.lower_ in ORDINAL_WORDS), None)
        if ordinal is not None:
            return ordinal  # "jails three, acquits fourth": one more person, read as a modifier
        if head.dep_ == "acomp" and head.head.pos_ == "AUX":
            return subject_of(
                head.head
            )  # "was handcuffed and driven away": "handcuffed" read as an adjective
        if (relative := _relative_closed_by_conjunct(tok)) is not None:
            # "a poem dedicated to X, a poet who was arrested in 2023 and is now serving seven
            # years": the parser joins the second verb to the main one; it is the relative's
            return _person_for_who(described_by(relative), relative)
        shared = subject_of(head)
        if shared is not None and shared.lower_ in ("who", "that") and head.dep_ == "relcl":
            described = described_by(head)  # "X, who refused to leave and was taken back to prison"
            return _person_for_who(described, head) if shared.lower_ == "who" else described
        before = tok.doc[head.i - 1] if head.i > 0 else None
        if (
            shared is None
            and head.tag_ in ("VBN", "VBD")
            and not any(c.dep_ in ("aux", "auxpass") for c in head.children)
            # ("was detained under the state of emergency declared ... and was freed": a conjunct
            # with its own auxiliary is a clause of its own, not the noun's participle)
            and not any(c.dep_ in ("aux", "auxpass") for c in children)
            and before is not None
            and before.pos_ == "NOUN"
        ):
            return (
                before  # "told CNN in the interview taped and released on Wednesday": the noun's participles
            )
        if (
            head.dep_ == "acl"
            and head.tag_ == "VBN"
            and (head.head.pos_ != "PROPN" or head.head.ent_type_ in ("GPE", "LOC", "FAC"))
            and tok.doc[head.i - 1].text == ","
        ):
            # "was arrested in 1974 after a shootout in X, tortured, and sentenced to 15 years": the
            # parser hangs the listed participles on the place before them; they are the main verb's
            main = clause_verb(head.head)
            if main.i < head.i and is_passive(main) and trigger_type(main):
                return patient_of(main, trigger_type(main) or etype)
        if head.pos_ in ("VERB", "AUX") or head.tag_ == "VBN":
            return (
                patient_of(head, etype)
                if trigger_type(head)
                else subject_of(head)
                or (head.head if head.dep_ in ("acl", "relcl") else None)
                # "31 people were let go on Monday and deported": the subject of the verb "go" completes
                or (subject_of(head.head) if head.dep_ == "xcomp" else None)
                or _chain_subject(head)
                # "She was sentenced to two years, reduced on appeal to 18 months, and was released":
                # the subject of the clause the bare participle hangs on
                or (subject_of(head.head) if head.dep_ == "advcl" and head.tag_ == "VBN" else None)
            )
    if (verb := companion_participle(tok) or set_off_conjunct(tok)) is not None:
        # "was freed and, together with 12 other prisoners, driven to the border": the verb's patient
        return patient_of(verb, trigger_type(verb) or etype)
    if tok.dep_ == "acl" and tok.tag_ == "VBN" and (group := group_of_the_body(tok.head)) is not None:
        return group  # "13 staff of the station detained in raids": the staff, not the station
    if tok.dep_ == "acl" and (named := name_before_participle(tok)) is not None:
        return named  # "Lawyers for X, detained in May, say ...": X was detained, not the lawyers
    if tok.dep_ in ("acl", "relcl"):
        return _predicated_subject(tok.head) or tok.head
    if (
        tok.dep_ in ("xcomp", "advcl")
        and any(c.dep_ == "aux" and c.tag_ == "TO" for c in tok.children)
        and went_on_to(tok.head)
    ):
        # "X was seized in 2021 and went on to receive eight years": the one who went on (or the
        # subject the going on shares with the verb before it)
        head = tok.head
        return subject_of(head) or (patient_of(head.head, etype) if head.dep_ == "conj" else None)
    if tok.dep_ == "xcomp" and tok.head.lemma_ in ALLOW_INFINITIVE_UNDER:
        # "ordered him to serve", "was ordered to serve": the object (or passive subject) of the order
        head = tok.head
        if head.lemma_ in ("continue", "begin", "start"):  # "X continues to serve": X serves
            return subject_of(head)
        ordered = next((c for c in head.children if c.dep_ in ("dobj", "nsubjpass")), None)
        if ordered is None:
            ordered = _person_holder(head)  # "X, ordered to serve three years in 2021, ..."
        if ordered is None and head.dep_ == "conj" and not subject_of(head):
            # "X was convicted of fraud and ordered to serve two years": the shared passive subject
            ordered = next((c for c in head.head.children if c.dep_ == "nsubjpass"), None)
        if ordered is None and _passive_after_active(head, subject_of(head)):
            ordered = subject_of(head.head)  # "X pleaded guilty and was ordered to serve two years"
        return ordered
    if tok.dep_ == "pcomp" and tok.head.dep_ == "prep" and (tok.tag_ == "VBG" or is_passive(tok)):
        # "walked free after serving a term of 30 months", "faces a jail term after being arrested":
        # the subject of the verb the clause modifies
        head = tok.head.head
        if head.pos_ == "PROPN" and head.dep_ in ("nsubj", "nsubjpass", "dobj", "appos") and is_passive(tok):
            # "X, now in exile after being deported to Lithuania, ...": a time phrase set off after
            # the name, with no verb of its own, tells of the name (its passive is X's)
            return head
        # ("after being imprisoned without being convicted": a negated verdict, no one's)
        while (
            head.dep_ == "pcomp"
            and head.head.dep_ == "prep"
            and tok.head.lower_ != "without"
            and not subject_of(head)
        ):
            head = head.head.head  # "held for six years without being tried before being released"
        if head.dep_ == "pcomp" and any(c.tag_ in ("WP", "WDT") for c in head.children):
            # "spent a year in what officials called a school before being released": the free
            # relative's verb takes the clause from the verb the phrase hangs on
            head = clause_verb(head.head)
        subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects and _subject_controlled(head):
            # "X refused to leave the country after being released": the subject of the refusal
            head = head.head
            subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects and (main := _passive_over_gerund(head)) is not None:
            # "was charged with X despite showing his card and was held for hours before being
            # released": the main clause's subject, not the gerund's the parser hung "held" on
            head = main
            subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects and head.dep_ == "conj" and head.head.pos_ in ("VERB", "AUX"):
            # "X, who shared a cell with him and was freed after serving two years": the subject
            # the conjoined verbs share
            head = head.head
            subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
        # "The poet X walked free": of two subjects the nearer one, the name
        subj = max(subjects, key=lambda c: (len(list(c.subtree)), c.i)) if subjects else None
        if subj is not None and subj.lower_ in ("who", "that") and head.dep_ == "relcl":
            return relative_subject(subj)
        return subj
    # "X is still there, serving ten years": the participle's subject is the clause's
    # ("X was questioned for hours, then released": the second passive parsed as an unlabelled `dep`)
    if (
        tok.dep_ in ("advcl", "xcomp", "ccomp")
        and (tok.tag_ == "VBN" or tok.tag_ == "VBG" and tok.lemma_ == "serve")
        or tok.dep_ == "dep"
        # (", then freed on bail": the tagger may read the bare participle as a past tense)
        and (tok.tag_ == "VBN" or tok.tag_ == "VBD" and tok.doc[tok.i - 1].lower_ in _THEN)
        and is_passive(tok.head)
        and _next_step(tok)
    ):
        head = tok.head
        subj = subject_of(head)
        if subj is None and head.pos_ == "AUX":
            return next((c for c in head.children if c.dep_ in ("attr", "nsubj")), None)
        return subj
    if tok.dep_ == "ROOT" or tok.head.pos_ == "AUX":
        # inverted "Freed alongside Kolesnikova was Viktor Babaryka"
        head = tok.head if tok.head.pos_ == "AUX" else tok
        # "Also pardoned was X": the subject may hang on the passive auxiliary
        heads = [head, *(c for c in head.children if c.dep_ == "auxpass")]
        subjects = (c for h in heads for c in h.children if c.dep_ in ("nsubj", "attr") and c.i != tok.i)
        if (found := next(subjects, None)) is not None:
            return _standing_for(tok, found)
    return None


_THEN = frozenset({"then", "later", "subsequently", "eventually", "afterwards", "finally"})


_TIME_CLAUSE_MARKS = frozenset({"after", "before", "when", "as", "because", "since", "while", "once"})


def _passive_over_time_clause(tok: Token) -> Token | None:
    """The passive main verb a subjectless ', and was VERBed' belongs to when the parser hung it on
    the active verb of a time clause between them ('was arrested, days after a singer performed
    his song, and was sentenced'): its own auxiliary and the comma before 'and' mark a second
    predicate of the main clause, not a second verb of the clause's other subject."""
    head = tok.head
    if (
        tok.tag_ != "VBN"
        or not any(c.dep_ == "auxpass" for c in tok.children)
        or subject_of(tok) is not None
        or head.dep_ != "advcl"
        or is_passive(head)
        or subject_of(head) is None
        or not any(c.dep_ == "mark" and c.lower_ in _TIME_CLAUSE_MARKS for c in head.children)
    ):
        return None
    cc = next((c for c in tok.children if c.dep_ == "cc"), None) or next(
        (c for c in head.children if c.dep_ == "cc" and c.i < tok.i), None
    )
    if cc is None or cc.i == 0 or tok.doc[cc.i - 1].text != ",":
        return None
    main = head.head
    while main.dep_ == "advcl" and not is_passive(main):
        main = main.head
    return main if is_passive(main) and main.i < head.i and subject_of(main) is not None else None


def _passive_over_gerund(tok: Token) -> Token | None:
    """The passive main verb a subjectless 'and was VERBed' belongs to when the parser hung it on
    a gerund deep in the clause before it ('was charged with failure to disperse despite
    identifying himself as a reporter and was held for hours'): a gerund has no subject of its
    own to share, and the conjunct's own auxiliary marks a second predicate of the main clause."""
    head = tok.head
    if (
        tok.tag_ != "VBN"
        or not any(c.dep_ == "auxpass" for c in tok.children)
        or subject_of(tok) is not None
        or head.tag_ != "VBG"
        or head.dep_ != "pcomp"
        or subject_of(head) is not None
    ):
        return None
    main = head.head
    for _ in range(6):
        if main.pos_ in ("VERB", "AUX") and subject_of(main) is not None:
            return main if is_passive(main) and main.i < head.i else None
        if main.head.i == main.i or main.dep_ in ("relcl", "ccomp", "parataxis"):
            return None
        main = main.head
    return None


def _next_step(tok: Token) -> bool:
    """'..., then released', '... and later freed': a participle told as the next step of the
    same person's story, which is what lets it share a subject the parser did not give it."""
    # (the parser may hang "then" on the first verb: ", then released" is still this one's step)
    return any(c.dep_ == "advmod" and c.lower_ in _THEN for c in tok.children) or (
        tok.i > 0 and (tok.doc[tok.i - 1].lower_ == "and" or tok.doc[tok.i - 1].lower_ in _THEN)
    )


_DOER_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "PRON"})


def object_relative(tok: Token) -> Token | None:
    """'X, whom police arrested in January', 'X, who the KGB detained': the relative pronoun is
    the verb's object and X its antecedent. The small parser garbles the clause (it hangs the
    verb on the doer), so the surface decides: who/whom, a short noun phrase, the active verb."""
    if tok.tag_ not in ("VBD", "VBN") or any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children):
        return None
    if (
        tok.dep_ == "conj"
        and tok.head.i < tok.i
        and tok.head.dep_ == "relcl"
        and not any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in tok.children)
    ):
        return object_relative(tok.head)  # "X, whom police beat and detained": the shared object
    doc = tok.doc
    first = tok.sent.start
    k = tok.i - 1
    if k > first and doc[k].lower_ in ("had", "has", "have"):
        k -= 1  # "whom a court had sentenced to death"
    verb_at = k
    while k >= first and verb_at - k <= 3 and doc[k].pos_ in _DOER_POS and doc[k].tag_ != "WP":
        k -= 1
    if k == verb_at or k < first or doc[k].lower_ not in ("whom", "who"):
        return None  # "X, who arrested Y": the pronoun is the doer
    if k > first and doc[k - 1].text == ",":
        antecedent = doc[k - 2] if k - 2 >= first else None
    else:
        # "X, a German nurse whom a court had sentenced": the person noun right before the pronoun
        before = doc[k - 1] if k > first else None
        antecedent = before if before is not None and fold(before.lemma_) in PERSON_NOUNS else None
    return antecedent if antecedent is not None and antecedent.pos_ in ("PROPN", "NOUN") else None


_REFLEXIVES = frozenset({"himself", "herself", "themselves"})


def _emphatic_who(tok: Token) -> Token | None:
    """'X, 68, who was himself sentenced to four years': the emphatic reflexive breaks the parse
    of the relative clause (read from the words); its noun is the name before "who" (past an age
    set off by commas)."""
    doc = tok.doc
    k = tok.i - 1
    if k < 3 or doc[k].lower_ not in _REFLEXIVES:
        return None
    k -= 1
    while k > tok.sent.start and doc[k].lower_ in ("was", "were", "been", "had", "has", "have", "also"):
        k -= 1
    if k == tok.i - 2 or doc[k].lower_ != "who":
        return None
    k -= 1
    while k > tok.sent.start and (doc[k].is_punct or doc[k].like_num):
        k -= 1
    return doc[k] if doc[k].pos_ == "PROPN" else None


def _as_was(ctx: DocContext, trigger: Token) -> list[Person]:
    """'X was arrested, as was his colleague Y', '..., as were her two sons, A and B': the
    elliptic clause shares the trigger's event with its own subject."""
    return [
        p
        for c in trigger.children
        if c.dep_ == "advcl"
        and c.lemma_ == "be"
        and any(m.dep_ == "mark" and m.lower_ == "as" for m in c.children)
        and not any(m.dep_ in ("neg", "acomp", "attr") for m in c.children)
        for s in c.children
        if s.dep_ == "nsubj"
        for p in ctx.persons_in(s)
    ]


_AS_AUX = frozenset({"did", "does", "do", "had", "has", "have", "was", "were", "is", "are"})
_AS_STOP = frozenset({"who", "whose", "whom", "which", "while", "but", "although", "though", "after"})


def _as_did(ctx: DocContext, trigger: Token) -> list[Person]:
    """'A and B each received eight years, as did the driver C', 'A walked free, as did B': the
    elliptic comparative clause after the trigger's own clause shares its event with the names
    in it (read from the words: the parser hangs the clause anywhere). Only for a verb whose
    subject is its patient (passive, or 'received', 'walked free')."""
    if trigger.pos_ != "VERB" or not (
        any(c.dep_ == "nsubjpass" for c in trigger.children) or trigger.lemma_ in _INTRANSITIVE
    ):
        return []
    doc, end = trigger.doc, trigger.sent.end
    for k in range(trigger.i + 1, end - 3):
        tok = doc[k]
        if tok.text in (";", ".") or tok.pos_ == "VERB" and tok.dep_ in ("conj", "advcl", "relcl", "ccomp"):
            return []
        if tok.text == "," and doc[k + 1].lower_ == "as" and doc[k + 2].lower_ in _AS_AUX:
            break
    else:
        return []
    if doc[k + 3].lower_ in ("not", "n't", "never"):
        return []
    found: list[Person] = []
    for j in range(k + 3, end):
        t = doc[j]
        if t.text in (";", ".", ":") or t.lower_ in _AS_STOP or t.pos_ in ("VERB", "AUX"):
            break
        if (p := ctx.owner_at.get(j)) is not None and p not in found:
            found.append(p)
    return found


def _surname_owner(ctx: DocContext, patient: Token) -> Person | None:
    """'Saber, 34, was arrested in 2021': a lone surname the person finder left unclaimed (a common
    word such as 'Saber' or 'Rose'), owned by the one person named before with that surname."""
    if patient.pos_ != "PROPN" or any(c.dep_ in ("compound", "det", "amod") for c in patient.children):
        return None
    start = patient.i
    owners = [
        p
        for p in ctx.persons
        if len(p.tokens) > 1 and p.surname == fold(patient.text) and any(s < start for s, _ in p.mentions)
    ]
    return owners[0] if len(owners) == 1 else None


def names_set_off(ctx: DocContext, group: Token) -> list[Person]:
    """'A and B, the students arrested on Friday, spoke ...': the names a plural is set off after,
    though the parser makes the plural a second subject of the verb rather than their apposition."""
    if group.tag_ == "NNS" and group.dep_ == "appos" and group.head.pos_ == "PROPN":
        node = group.head  # "A and B, the students detained after the rally, were freed"
        while node.dep_ == "conj" and node.head.pos_ == "PROPN":
            node = node.head
        if any(c.dep_ == "conj" for c in node.children):
            named = ctx.persons_in(node, pronouns=False)
            return named if len(named) >= 2 else []
    if group.tag_ != "NNS" or group.dep_ not in ("nsubj", "nsubjpass"):
        return []
    if (names := ctx.apposition_read_as_subject(group)) is not None:
        # ("A and B, the students arrested ..., were let go": the plural read as the subject of
        # a relative clause without a relative word hung on the names)
        named = ctx.persons_in(names, pronouns=False)
        return named if len(named) >= 2 else []
    first = next(
        (
            c
            for c in group.head.children
            if c.dep_ in ("nsubj", "nsubjpass", "npadvmod") and c.pos_ == "PROPN" and c.i < group.i
        ),
        None,
    )
    if (
        first is None
        or first.right_edge.i + 1 >= group.left_edge.i
        or group.doc[first.right_edge.i + 1].text != ","
        or not any(c.dep_ == "conj" for c in first.children)
    ):
        return []
    named = ctx.persons_in(first, pronouns=False)
    return named if len(named) >= 2 else []


def members_set_off_after(ctx: DocContext, group: Token) -> list[Person]:
    """'Two students arrested at the rally, A and B, were freed': the names set off between a
    plural's describing participle phrase and the finite verb are the plural's members (two at
    least). Read on the surface: the parser often takes the participle for the main verb, the
    plural for its subject and the names for an apposition inside its phrase."""
    if group.tag_ != "NNS":
        return []
    participle = next(
        (c for c in group.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.i > group.i), None
    )
    if participle is None and group.dep_ == "nsubj" and group.head.tag_ == "VBN" and group.head.i > group.i:
        participle = group.head  # ("Two reporters detained during the raid" read as a clause)
        if any(c.dep_ in ("aux", "auxpass") for c in participle.children):
            return []
    if participle is None:
        return []
    doc = group.doc
    end = participle.sent.end
    start = next((i for i in range(participle.i + 1, end) if doc[i].text in (",", ";", ":")), None)
    if start is None:
        return []
    k = start + 1
    while k < end and (doc[k].pos_ == "PROPN" or doc[k].lower_ == "and" or doc[k].text == ","):
        k += 1
    # (the names close on a comma before the finite verb: "A and B, were freed")
    if k >= end or doc[k - 1].text != "," or doc[k].tag_ not in ("VBD", "VBZ", "VBP", "MD"):
        return []
    named: list[Person] = []
    for i in range(start + 1, k):
        if (p := ctx.owner_at.get(i)) is not None and all(p is not q for q in named):
            named.append(p)
    return named if len(named) >= 2 else []


def _one_named_after(ctx: DocContext, one: Token) -> Person | None:
    """'One of the women held after the rally, 47-year-old X, died in custody', 'A colleague
    of hers who tried to block the guards, X, was also seized': the name set off by commas
    right before the verb (with its own apposition: '..., X, a student at Y, was freed') is the
    subject 'one' or the role its clause describes (the parser hangs it on the clause's last noun)."""
    if one.dep_ not in ("nsubj", "nsubjpass") or one.head.i < one.i:
        return None
    described_role = (
        one.tag_ == "NN"
        and (fold(one.lemma_) in PERSON_NOUNS or is_people(one))  # ("A seventh man detained in ...")
        and any(c.dep_ in ("relcl", "acl", "prep") for c in one.children)
    )
    if one.lower_ != "one" and not described_role:
        return None
    doc, verb = one.doc, one.head
    k = verb.i - 1
    while k > one.i and doc[k].head.i == verb.i and doc[k].dep_ in ("aux", "auxpass", "neg", "advmod"):
        k -= 1
    if k <= one.i + 2 or doc[k].text != "," or (found := ctx.name_ending(k - 1, one.i)) is None:
        return None
    person, start = found
    if not any(t.text == "," for t in doc[one.i + 1 : start]) or doc[start - 1].text != ",":
        return None
    if described_role and any(ctx.owner_at.get(t.i) is person for t in doc[one.left_edge.i : one.i]):
        return None
    if described_role and not _set_off_for(doc[start], one):
        return None  # "activist A under house arrest ..., his wife, B, told": B is the wife's name
    return person


def _set_off_for(name: Token, role: Token) -> bool:
    """Whether the name set off before the verb can be the described role's: not when the role
    is named already ('activist A ...') or the name is another noun's apposition ('his wife, B')."""
    named = role.i + 1
    if any(c.dep_ in ("appos", "compound") and c.pos_ == "PROPN" and c.i == named for c in role.children):
        return False
    while name.dep_ in ("compound", "flat") and name.head.i > name.i:
        name = name.head
    holder = name.head
    return not (
        name.dep_ == "appos" and holder.i != role.i and not role.left_edge.i <= holder.i <= role.right_edge.i
    )


def _name_after_hyphened_role(ctx: DocContext, role: Token) -> Person | None:
    """'sentenced editor-in-chief X to nine years': the parser splits the hyphened role and hangs
    the name on its inner preposition ('in'); the name right after the role's last word is the role's."""
    doc = ctx.doc
    if role.i + 1 >= len(doc) or doc[role.i + 1].text != "-" or role.i in ctx.owner_at:
        return None
    i = role.i + 1
    while i < len(doc) and (doc[i].text == "-" or doc[i].is_lower and doc[i].is_alpha) and i - role.i < 6:
        i += 1
    if i >= len(doc) or doc[i - 1].text == "-" or not role.left_edge.i <= i <= role.right_edge.i:
        return None
    return ctx.owner_at.get(i)


_KIN_PLURALS = frozenset({"brother", "sister", "sibling", "cousin", "twin"})


def _family_by_surname(ctx: DocContext, patient: Token) -> list[Person]:
    """'the Varabei brothers received four and a half years each', 'the Kazlou sisters were freed':
    a plural kin noun after a surname is every person named before with that surname."""
    if patient.tag_ != "NNS" or patient.lemma_.lower() not in _KIN_PLURALS:
        return []
    surname = next((c for c in patient.children if c.dep_ == "compound" and c.pos_ == "PROPN"), None)
    if surname is None:
        return []
    return [
        p
        for p in ctx.persons
        if p.surname == fold(surname.text) and len(p.tokens) > 1 and min(p.mentions)[0] < surname.i
    ]


def persons_of(ctx: DocContext, patient: Token, trigger: Token | None = None) -> list[Person]:
    """People named by the patient phrase, climbing from a place or role noun to its person."""
    if (
        patient.dep_ == "appos"
        and patient.head.pos_ == "PROPN"
        and (patient.tag_ == "NNS" or _plural_clause(trigger))
    ):
        # "A and B, fellow members who were arrested with him": a plural set off after a list of
        # names is all of them (the parser hangs it on the last name); so is "a couple from X,
        # who were each sentenced" (a singular noun for two, told by the clause's plural verb)
        node = patient.head
        while node.dep_ == "conj" and node.head.pos_ == "PROPN":
            node = node.head
        if len(named := ctx.persons_in(node, pronouns=False)) >= 2:
            return named
    if named := names_set_off(ctx, patient):
        return named
    if named := members_set_off_after(ctx, patient):
        return named
    if len(family := _family_by_surname(ctx, patient)) >= 2:
        return family
    if (hyphened := _name_after_hyphened_role(ctx, patient)) is not None:
        return [hyphened]
    if (named_one := _one_named_after(ctx, patient)) is not None:
        return [named_one]
    found = ctx.persons_in(patient)
    clause = trigger
    while clause is not None and clause.dep_ == "conj" and clause.head.pos_ in ("VERB", "AUX"):
        clause = clause.head  # "A, who was detained in 2022 and later sentenced to six years"
    if (
        clause is not None
        and clause.dep_ == "relcl"
        and clause.head.i == patient.i
        and patient.pos_ == "PROPN"  # (not "and the brothers A and B, who were ...": a plural noun)
        and patient.dep_ == "conj"
        and patient.head.pos_ == "PROPN"
        and (_plural_clause(clause) or _plural_clause(clause, trigger))
    ):
        # "A and B, who collected signatures and were serving five and six years respectively":
        # the parser hangs a plural "who" on the last name; the clause is all of theirs (back to a
        # name with a description of its own: "A, a baker who got three years, and B and C, who")
        node = patient
        while (
            node.dep_ == "conj"
            and node.head.pos_ == "PROPN"
            and not any(c.dep_ in ("relcl", "appos") for c in node.head.children)
        ):
            node = node.head
        if len(named := ctx.persons_in(node, pronouns=False)) >= 2:
            return named
    if (
        clause is not None
        and clause.dep_ in ("relcl", "acl")
        and clause.head.i == patient.i
        and patient.tag_ != "NNS"  # ("two students arrested at the rally, A and B,": its members)
    ):
        # "A, who was sentenced to eight years, and B, who ...", "A, detained in May; and B": the
        # clause is A's alone (also when the parser sets the next items of a semicolon list off as
        # appositions)
        later = {
            id(p)
            for c in patient.children
            if c.dep_ in ("conj", "appos") and c.i > clause.i
            for p in ctx.persons_in(c)
        }
        found = [p for p in found if id(p) not in later or p is ctx.person_at(patient)]
    # "31 people convicted on political charges, including X": the list may hang anywhere in the phrase
    for c in patient.subtree:
        if c.dep_ == "prep" and c.lower_ in ("including", "among") and c.head.dep_ not in ("relcl",):
            for g in c.children:
                found += [p for p in ctx.persons_in(g) if p not in found]
            if (member := _member_hung_over_among(c)) is not None:
                found += [p for p in ctx.persons_in(member) if p not in found]
    if trigger is not None:
        found += [p for p in _as_was(ctx, trigger) if p not in found]
        found += [p for p in _as_did(ctx, trigger) if p not in found]
        found += [p for p in _item_joined_to_verb(ctx, patient, trigger) if p not in found]
    if not found and trigger is not None:
        found = _name_after_role(ctx, patient, trigger)
    if found:
        return found
    if trigger is not None and (owner := _surname_owner(ctx, patient)) is not None:
        return [owner]
    if (described := _described_in_sentence(ctx, patient, trigger)) is not None:
        return [described]
    node = patient
    for _ in range(3):
        if node.dep_ not in ("pobj", "prep", "appos", "compound"):
            break
        if node.dep_ == "appos" and source_named(node.head):
            break  # "According to lawyer X, the activist, who was held ...": the source is not the one held
        node = node.head
        if (
            node.dep_ == "appos"
            and node.head.pos_ == "PROPN"
            and _plural_clause(trigger)
            and len(named := ctx.persons_in(node.head, pronouns=False)) >= 2
        ):
            return named  # "A and B, a couple from Brest, who were each sentenced": both of them
        person = ctx.person_at(node, pronouns=False)
        if person is not None:
            return [person]
    return _partitive_members(ctx, patient)


def _member_hung_over_among(among: Token) -> Token | None:
    """'More than 20 people, among them the lawyer X, were arrested': the parser may turn the
    aside round and hang 'among them' on the member phrase that follows it; that phrase (the
    head of 'among', after it, set off by a comma) names the group's member."""
    pronoun = next((g for g in among.children if g.dep_ == "pobj"), None)
    member = among.head
    if (
        among.lower_ != "among"
        or pronoun is None
        or pronoun.lower_ not in ("them", "those")
        or member.i <= pronoun.i
        or member.pos_ not in ("NOUN", "PROPN")
        or among.i == 0
        or among.doc[among.i - 1].text != ","
    ):
        return None
    return member


def _plural_clause(trigger: Token | None, verb: Token | None = None) -> bool:
    """'..., who were each sentenced': a relative clause whose verb agrees with a plural 'who'
    (or whose later verb `verb`, sharing that 'who', does: '..., who fled and were caught')."""
    if trigger is None or trigger.dep_ != "relcl":
        return False
    kids = list(trigger.children)
    agreeing = list(verb.children) if verb is not None else kids
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "who" for c in kids) and any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in ("were", "are", "have") for c in agreeing
    )


def _name_after_role(ctx: DocContext, patient: Token, trigger: Token) -> list[Person]:
    """'Police in the capital detained opposition politician X': the parser may make the role
    noun the object and hang the name right after it on the verb (as `npadvmod`, `dep`, ...);
    the name is the one the role describes."""
    if patient.head.i != trigger.i or patient.pos_ != "NOUN" or patient.tag_ != "NN":
        return []
    if named := _known_as(ctx, patient):
        return named
    k = patient.right_edge.i + 1
    if k < len(ctx.doc) and ctx.doc[k].text == ",":
        k += 1  # "sentenced a lecturer, Dawit Alemu, to 18 years": the name set off by commas
    person = ctx.owner_at.get(k)
    if person is None or k >= len(ctx.doc):
        return []
    name = ctx.doc[k]
    while name.dep_ in ("compound", "flat") and name.head.i > name.i:
        if ctx.owner_at.get(name.head.i) is not person:
            break
        name = name.head
    if name.head.i != trigger.i or name.dep_ not in STRAY_NAME_DEPS:
        return []
    return ctx.persons_in(name) or [person]


def _known_as(ctx: DocContext, patient: Token) -> list[Person]:
    """'jailed the blogger, known as X, for four years': the role's name told by a participle
    of naming set off after it ('identified as', 'named', 'called')."""
    for clause in [*patient.children, *patient.head.children]:
        if not naming_aside(clause, patient):
            continue
        for c in clause.children:
            names = [g for g in c.children if g.dep_ == "pobj"] if c.lower_ == "as" else [c]
            found = [
                p for g in names if g.dep_ in ("pobj", "oprd", "dobj", "attr") for p in ctx.persons_in(g)
            ]
            if found:
                return found
    return []


def naming_aside(clause: Token, patient: Token) -> bool:
    """'the blogger, known as X': a participle of naming on the role noun, or on the verb right
    after the role's comma (the parser's reading of 'sentenced the activist, identified as X')."""
    if clause.lemma_ not in lexicon("naming_verbs") or clause.tag_ not in ("VBN", "VBD"):
        return False
    if clause.dep_ == "acl" and clause.head.i == patient.i:
        return True
    # ("detained the man, later identified as X": an adverb of time may open the aside; session 57)
    opening = clause.left_edge
    return (
        clause.dep_ == "advcl"
        and clause.head.i == patient.head.i
        and opening.i == patient.right_edge.i + 2
        and clause.doc[opening.i - 1].text == ","
        and all(t.dep_ == "advmod" and t.head.i == clause.i for t in clause.doc[opening.i : clause.i])
    )


_DESCRIBED = frozenset({"citizen", "national", "resident"})  # "the Canadian citizen"


def _described_in_sentence(ctx: DocContext, patient: Token, trigger: Token | None) -> Person | None:
    """'The Mounties gave information on Maher Arar to US officials when the U.S. deported the
    Canadian citizen to Syria': a definite description as the one taken is the one person its
    sentence names before it, when that person neither acts nor speaks there."""
    if (
        trigger is None
        or patient.dep_ not in ("dobj", "nsubjpass")
        or patient.head.i != trigger.i
        or patient.tag_ != "NN"
        or not has_det(patient, ("the",))
        or not (fold(patient.lemma_) in PERSON_NOUNS or patient.lemma_.lower() in _DESCRIBED)
        or any(c.dep_ in ("poss", "prep", "relcl", "acl") for c in patient.children)
    ):
        return None
    sent = patient.sent
    named = {id(p): p for i in range(sent.start, sent.end) if (p := ctx.owner_at.get(i)) is not None}
    if len(named) != 1:
        return None
    person = next(iter(named.values()))
    mentions = [ctx.doc[i] for i in range(sent.start, patient.i) if ctx.owner_at.get(i) is person]
    if not mentions or any(
        m.dep_ in ("nsubj", "nsubjpass", "poss", "appos") or source_named(m) for m in mentions
    ):
        # "John Smith said police arrested the journalist", "According to X, the journalist was
        # freed": the speaker or source is not the one held
        return None
    if any(m.i in ctx.quoted for m in mentions):
        return None
    return person


_PLURAL_REFERENCES = frozenset({"they", "them", "both", "two", "couple", "pair"})
_DISTRIBUTIVE = frozenset({"each", "both"})
_JUST_TWO = frozenset({"both", "two", "couple", "pair"})


def name_plural_pronouns(findings: list[Finding]) -> None:
    """'A and B were arrested in May. They were sentenced to three years': 'they', 'both', 'the
    two' refer to the people the event just before named together, when that event was not a
    counted group's (those are joined as cohorts). 'convicted A and B and sentenced each of them
    to six years', 'The judge sentenced both to six years': the term is each one's, in the same
    sentence too."""
    ordered = sorted(findings, key=lambda f: f.trigger.i)
    for k, f in enumerate(ordered):
        if f.persons or k == 0:
            continue
        trigger = f.trigger
        roles = [t for t in trigger.children if t.dep_ in ("nsubj", "nsubjpass", "dobj", "dative")]
        words = {t.lower_ for t in roles}
        # "Both men were detained", "both women": the determiner tells the two as the pronoun does
        words |= {
            g.lower_ for t in roles for g in t.children if g.dep_ in ("det", "predet") and g.lower_ == "both"
        }
        # "The couple were detained": a singular noun for two people, which no group noun is
        couple = any(t.tag_ == "NN" and t.lemma_ in ("couple", "pair") for t in roles)
        # "sentenced both to six years", parsed as "both to six" modifying the number
        after = trigger.doc[trigger.i + 1] if trigger.i + 1 < trigger.sent.end else None
        each = f.type == "sentence" and (words | {after.lower_ if after is not None else ""}) & _DISTRIBUTIVE
        if not ((f.group_ref or couple) and words & _PLURAL_REFERENCES or each):
            continue
        before = ordered[k - 1]
        joined = trigger.dep_ == "conj" and trigger.head == before.trigger
        near = trigger.sent.start - before.trigger.sent.end < 60 and before.trigger.sent != trigger.sent
        # ("A and B spent a year in remand; in May the court sentenced them to ...": a clause of its
        # own after a semicolon is as a next sentence)
        near = near or _after_semicolon(before.trigger, trigger)
        # (a list split by "respectively" is one finding per person; a counted group whose every
        # member is named is named people too: "sentenced two activists, A and B, to ...")
        persons = [p for g in ordered if g.trigger == before.trigger for p in g.persons]
        persons = distinct(persons)
        counted = before.count is not None and before.count == len(persons)
        named = len(persons) >= 2 and (not before.group_ref and before.count is None or counted)
        # ("Among those acquitted were A and B. Both had been detained ...": the two the event
        # before named, though as members of an uncounted group; "both" is no more than they)
        named = named or (len(persons) == 2 and before.count is None and bool(words & _JUST_TWO))
        # ("found A and B guilty and sentenced them to ...": the object of the verb joined on)
        if (near or joined and (each or "them" in words)) and named:
            f.persons = persons
            if counted:  # the named people now, not the counted group's cohort (whose terms are each one's)
                f.group_ref = f.pronoun_group = False
        elif persons and words & {"them", "they"} and _time_clause_of(trigger, before.trigger):
            # "Police let X and two colleagues go, nine hours after detaining them": the people the
            # main clause's event names together are the pronoun of its time clause
            f.persons = persons


def named_together_before(ctx: DocContext, findings: list[Finding]) -> None:
    """'A and B joined the march. They were detained on Monday', 'Police searched the flat of A
    and her partner, B. Officers took both of them away': a plural pronoun ('they', 'them', 'both',
    'the two', 'the pair') of an event whose sentence follows, in the same paragraph, one that tells
    no event and names two or more people together refers to them. 'They' (or 'them') needs the
    names to be the subject of that sentence and nothing else plural in it (no other group it could
    point to: "A and B filmed the officers. They were ..."); 'both', 'the two' need just two named."""
    doc = ctx.doc
    told_in = {f.trigger.sent.start for f in findings}
    for f in findings:
        trigger = f.trigger
        if f.persons or f.count is not None or trigger.i in ctx.quoted or trigger.sent.start == 0:
            continue
        words = _plural_reference_words(trigger)
        # ("the pair", "the couple": a singular noun for two, which no group noun is)
        if not words or not f.group_ref and not words & {"pair", "couple"}:
            continue
        before = doc[trigger.sent.start - 1].sent
        if before.start in told_in or "\n" in doc[before.end - 1 : trigger.sent.start + 1].text_with_ws:
            continue  # (a group's event just before is `name_plural_pronouns`'s; a new line another story)
        if named_between(ctx, trigger.sent.start, trigger.i):
            continue  # ("A and B met C. C said they were detained": someone else in between)
        named = named_between(ctx, before.start, before.end)
        if len(named) < 2 or any(i in ctx.quoted for i in range(before.start, before.end)):
            continue
        if words & _JUST_TWO and len(named) == 2:
            f.persons = named
            continue
        subject = next((c for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or subject.i not in ctx.owner_at:
            continue
        phrase = set(range(subject.left_edge.i, subject.right_edge.i + 1))
        if {id(p) for p in ctx.persons_in(subject, pronouns=False)} != {id(p) for p in named}:
            continue
        if any(t.tag_ in ("NNS", "NNPS") and t.i not in phrase and t.i not in ctx.owner_at for t in before):
            continue
        if words & {"they", "them"}:
            f.persons = named


def _plural_reference_words(trigger: Token) -> set[str]:
    """The words of a trigger's subject or object that point back to several people: 'they',
    'them', 'both', 'the two', 'the pair', 'the couple' ('both of them', 'both men' too)."""
    roles = [t for t in trigger.children if t.dep_ in ("nsubj", "nsubjpass", "dobj")]
    words: set[str] = set()
    for t in roles:
        the = any(c.lower_ == "the" for c in t.children)
        if t.lower_ in ("they", "them", "both") or t.lower_ in ("two", "pair", "couple") and the:
            words.add(t.lower_)
        words |= {c.lower_ for c in t.children if c.lower_ == "both"}  # ("them both", "both men")
    return words


def named_set_told_before(ctx: DocContext, findings: list[Finding]) -> None:
    """'A got 17 years. B and C were sentenced to 14 years each, while D and E got 13 apiece. The
    men were detained in 2024', 'sentenced A to six years and B to four. Both have been held ...
    since they were picked up': a plural anaphor ('they', 'both', 'the men', 'the defendants', 'the
    activists') as the patient of an event that names no one is the set of people the sentences
    just before named as patients of one kind of event, taken back sentence by sentence while they
    tell that event of named people only (a verdict or a release broken down by name). Not after a
    group counted or described there ("20 people, including A and B": the group, not the named),
    not when someone else is named first in the anaphor's own sentence, not a noun that does not
    fit the set ('the men' of women; 'the lawyers' of defendants no word before called lawyers).
    Runs after `name_plural_pronouns`, which takes the one event just before."""
    doc = ctx.doc
    told = sorted((f for f in findings if f.type in _TOLD_TYPES), key=lambda f: f.trigger.i)
    for f in findings:
        trigger = f.trigger
        if f.persons or f.count is not None or not f.group_ref or trigger.i in ctx.quoted:
            continue
        anaphor = _set_anaphor(f)
        if anaphor is None or named_between(ctx, trigger.sent.start, trigger.i):
            continue
        # ("... got 13 years apiece. Prosecutors had asked for more. The men were detained ...": a
        # noun that fits the set reaches over a sentence that names no one and tells no event)
        after = trigger.sent
        if anaphor not in ("they", "both"):
            after = _over_quiet_sentences(ctx, told, after)
        persons, run = _named_run_before(ctx, told, after)
        if len(persons) < 2 or anaphor == "both" and len(persons) != 2:
            continue
        before = doc[run : trigger.sent.start]
        if anaphor not in ("they", "both") and not _fits_the_set(anaphor, persons, before):
            continue
        f.persons = persons


def _over_quiet_sentences(ctx: DocContext, told: list[Finding], sent: Span) -> Span:
    """`sent`, or the first of the (at most two) sentences right before it in its paragraph that
    name no one and tell no event: where the set told before is looked for from."""
    doc = ctx.doc
    for _ in range(2):
        if sent.start == 0 or "\n" in doc[sent.start - 1 : sent.start + 1].text_with_ws:
            break
        prev = doc[sent.start - 1].sent
        told_here = any(prev.start <= g.trigger.i < prev.end for g in told)
        if told_here or any(i in ctx.owner_at for i in range(prev.start, prev.end)):
            break  # (someone named or an event told: the nearer referent)
        sent = prev
    return sent


def _set_anaphor(f: Finding) -> str | None:
    """The word by which an event's patient points back to several people: 'they' (or 'them'),
    'both', or the lemma of a bare 'the' + plural noun of people ('the men', 'the defendants')."""
    words = _plural_reference_words(f.trigger)
    if "both" in words:
        return "both"
    if words & {"they", "them"}:
        return "they"
    patient = patient_of(f.trigger, f.type)
    if f.noun_back and patient is not None and patient.lower_ == f.noun_back and is_people(patient):
        return patient.lemma_.lower()
    return None


def _named_run_before(ctx: DocContext, told: list[Finding], sent: Span) -> tuple[list[Person], int]:
    """The people the sentences right before `sent` name as patients of one event type, and where
    that run starts: the sentence just before (across a paragraph break too), then the sentences
    before it in its paragraph while each tells that event of named people only. Empty when the
    sentence just before tells a group (counted or not) or no one named, and when the sentence
    before the run, in its paragraph, tells someone else's event ("A was jailed. B was freed. C
    was freed too. Both ...": which two is not told) or counts a group the run names fewer of."""
    doc = ctx.doc
    persons: list[Person] = []
    etypes: set[str] = set()
    start = run = sent.start
    for step in range(4):
        if start == 0:
            break
        prev = doc[start - 1].sent
        if step and "\n" in doc[prev.end - 1 : start + 1].text_with_ws:
            break  # (the run stays in its paragraph)
        here = [g for g in told if prev.start <= g.trigger.i < prev.end]
        named = bool(here) and all(
            g.persons and g.count is None and _names_its_patients(ctx, g) and g.trigger.i not in ctx.quoted
            for g in here
        )
        types = {g.type for g in here}
        if not named or step and (len(types) > 1 or types != etypes):
            if step and any(p not in persons for g in here for p in g.persons):
                return [], run
            if step and any(g.count is not None and g.count != len(persons) for g in here):
                return [], run  # "jailed five farmers. A got six years and B four. They ...": the five
            break
        etypes = types
        found = [p for g in here for p in g.persons]
        persons = distinct(found + persons)
        start = run = prev.start
    return persons, run


def _names_its_patients(ctx: DocContext, f: Finding) -> bool:
    """Whether an event's people are all of its patients: named themselves, or set off in
    apposition to the role that is the patient ('Journalists A and B received ...'), not members
    of a larger group ('protesters, including A and B')."""
    if not f.group_ref:
        return True
    patient = patient_of(f.trigger, f.type)
    return patient is not None and any(c.dep_ == "appos" and c.i in ctx.owner_at for c in patient.children)


def _fits_the_set(lemma: str, persons: list[Person], before: Span) -> bool:
    """Whether a plural noun may name the people of a set: a word for any defendants or prisoners
    ('the men', 'the accused'; 'the men' of no woman and one man at least), or a noun the story
    called them by in the sentences of the set or among their roles ('journalists A and B ...
    The journalists')."""
    genders = {p.gender for p in persons}
    if lemma == "man" and ("f" in genders or "m" not in genders):
        return False
    if lemma == "woman" and ("m" in genders or "f" not in genders):
        return False
    if lemma in lexicon("set_anaphors"):
        return True
    if any(t.lemma_.lower() == lemma for t in before):
        return True
    return any(lemma in r.lower() for p in persons for r in p.roles)


def _after_semicolon(first: Token, second: Token) -> bool:
    """Whether `second` opens a clause after a semicolon that follows `first` in one sentence."""
    return (
        first.sent == second.sent
        and first.i < second.i
        and any(t.text == ";" for t in first.doc[first.i : second.i])
    )


# the phrase a counted group may carry before the names it sets off ("two donors to the fund, A
# and B, ..."), on which the parser then hangs the names
_OWNER_PREPOSITIONS = frozenset({"of", "to", "from", "at", "for", "with"})


def names_past_owner_phrase(ctx: DocContext, findings: list[Finding]) -> None:
    """'sentenced two donors to the fund, A and B, a married couple, to ...': the parser hangs the
    names a counted group sets off on the noun of the short phrase after the group ('the fund'), so
    the group seems to name no one. Exactly as many names, set off by commas right after that
    phrase, are the group's people."""
    doc = ctx.doc
    for f in findings:
        if f.persons or f.count is None or f.count < 2 or f.trigger.i in ctx.quoted:
            continue
        patient = patient_of(f.trigger, f.type)
        if patient is None or patient.tag_ != "NNS" or count_of(patient)[0] != f.count:
            continue
        prep = doc[patient.i + 1] if patient.i + 1 < patient.sent.end else None
        if prep is None or prep.lower_ not in _OWNER_PREPOSITIONS:
            continue
        # the phrase: a few words, no name of a person, up to the comma that sets the names off
        comma = next((t for t in doc[prep.i + 1 : min(prep.i + 7, patient.sent.end)] if t.text == ","), None)
        if comma is None or any(t.i in ctx.owner_at for t in doc[prep.i : comma.i]):
            continue
        names = _name_run(ctx, comma.i + 1, patient.sent.end)
        if len(names) == f.count:
            f.persons = names


def _name_run(ctx: DocContext, start: int, end: int) -> list[Person]:
    """The people of a run of names ('A, B and C') from `start`, when a comma or the sentence's end
    closes it: an apposition, not the subject of a clause going on."""
    names: list[Person] = []
    i = start
    while i < end:
        tok = ctx.doc[i]
        person = ctx.owner_at.get(i)
        if person is not None:
            if person not in names:
                names.append(person)
        elif not (tok.text == "," or tok.lower_ == "and"):
            break
        i += 1
    closed = i == end or ctx.doc[i - 1].text == ","
    return names if closed else []


def _time_clause_of(trigger: Token, main: Token) -> bool:
    """`trigger` heads an 'after ...', 'before ...' clause of the clause `main` heads, whose
    patient names a person with others ('X and two colleagues', 'X and Y')."""
    if trigger.sent != main.sent:
        return False
    if trigger.dep_ == "pcomp" and trigger.head.lower_ in ("after", "before"):
        verb = trigger.head.head
    elif trigger.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in ("after", "before", "when") for c in trigger.children
    ):
        verb = trigger.head  # "were freed ..., ten months after officers detained them"
    else:
        return False
    steps = 0
    while verb.i != main.i and verb.dep_ in ("ccomp", "xcomp", "conj", "advcl") and steps < 3:
        verb, steps = verb.head, steps + 1
    return verb.i == main.i and any(
        t.dep_ == "conj" and t.head.pos_ == "PROPN" and t.pos_ in ("NOUN", "PROPN") for t in main.subtree
    )


def expelled_as_freed(findings: list[Finding]) -> None:
    """'X was one of 135 prisoners who were freed from jails, flown to Guatemala and stripped of
    their citizenship': a deportation counted in the same sentence as a release of the same size
    is the same group (the parser may hang the second participle elsewhere); its unnamed finding
    takes the release's named members."""
    for f in findings:
        if f.type != "deportation" or f.persons or f.count is None or f.part:
            continue
        freed = next(
            (
                g
                for g in findings
                if g.type == "release"
                and g.count == f.count
                and g.persons
                and g.trigger.sent == f.trigger.sent
            ),
            None,
        )
        if freed is not None:
            f.persons = list(freed.persons)


def freed_and_expelled_together(findings: list[Finding]) -> None:
    """'was pardoned and driven to the border with 13 other prisoners', 'one of 222 prisoners who
    were freed, put on a plane and stripped of their nationality': a release and a deportation of
    the same people told by verbs joined in one clause are one act; the companions counted on
    either verb were freed and expelled alike (the count hangs on one verb only)."""
    for f in findings:
        if f.type not in ("release", "deportation") or f.count is not None or not f.persons or f.part:
            continue
        other = "deportation" if f.type == "release" else "release"
        counted = next(
            (
                g
                for g in findings
                if g.type == other
                and g.count is not None
                and not g.part
                and {id(p) for p in g.persons} == {id(p) for p in f.persons}
                and any(c.i == g.trigger.i for c in f.trigger.conjuncts)  # one coordination
            ),
            None,
        )
        if counted is not None:
            f.count, f.group, f.group_ref = counted.count, f.group or counted.group, counted.group_ref


def both_of_two(findings: list[Finding]) -> None:
    """'A was jailed for a year. B was fined and released. Both were arrested in June': "both"
    with no one named together before it are the two people the story has told events of so far,
    each alone (run after the lead's unnamed person has been named)."""
    ordered = sorted(findings, key=lambda f: f.trigger.i)
    for k, f in enumerate(ordered):
        if f.persons or not f.group_ref or f.count is not None:
            continue
        if not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "both" for c in f.trigger.children):
            continue
        told = [g for g in ordered[:k] if g.trigger.sent != f.trigger.sent]
        persons = [p for g in told for p in g.persons]
        persons = distinct(persons)
        if len(persons) == 2 and all(g.count is None for g in told):
            f.persons = persons


def counted_back_to_named(ctx: DocContext, findings: list[Finding]) -> None:
    """'The court tried A and three other members in absentia. All four were sentenced to ten
    years': a group counted back whose size is the people the sentence before named together with
    a counted rest ('A and three others', 'A, B and two other activists') has those people."""
    doc = ctx.doc
    for f in findings:
        if f.persons or f.count is None or not f.counted_back:
            continue
        # (or earlier in its own sentence: "denied release to A and six of her fellow activists,
        # in custody since officers detained the seven in March")
        start = doc[f.trigger.sent.start - 1].sent.start if f.trigger.sent.start else f.trigger.sent.start
        for other in doc[start : min(f.trigger.i, f.trigger.left_edge.i)]:
            if other.lower_ in ("other", "others"):
                rest = other if other.lower_ == "others" else other.head
            elif other.tag_ == "NNS" and other.dep_ == "conj" and is_people(other):
                rest = other  # "A and seven members", "A and two colleagues"
            else:
                continue
            if rest.dep_ != "conj" or rest.head.i not in ctx.owner_at:
                continue
            first = rest.head
            while first.dep_ == "conj" and first.head.i in ctx.owner_at:
                first = first.head  # "A, B and two other activists": the list from its first name
            count, _label = count_of(rest)
            named = ctx.persons_in(first, pronouns=False)
            if count is not None and named and count + len(named) == f.count:
                f.persons = named
                break


# titles of the bench and the case ("District Judge X", "lawyer X"): people beside an event, not in it
BENCH_TITLES = frozenset(
    {"judge", "prosecutor", "lawyer", "attorney", "investigator", "justice", "magistrate"}
)
_TOLD_TYPES = frozenset({"sentence", "arrest", "release", "deportation"})


def counted_back_to_told(
    ctx: DocContext, findings: list[Finding], named_later: set[int] | None = None
) -> None:
    """'Two defendants, A and B, were acquitted. The two women were freed in the courtroom', 'A got
    seven years ... B and C were freed. The eight had been detained in March': a group counted back
    ('the two', 'the eight') is the people the sentence before names when they are that many, else
    the people the events just before it told when, back to a group told without names (or the
    start), they are exactly that many."""
    ordered = sorted(findings, key=lambda g: g.trigger.i)
    for f in ordered:
        if f.count is None or f.count < 2 or not f.counted_back or f.trigger.sent.start == 0:
            continue
        if f.trigger.i in ctx.quoted or _the_other_few(f.trigger.sent) or id(f) in (named_later or ()):
            continue
        if _sized_before_in_sentence(f):
            continue  # "police held three relatives of X ... before letting all three go": those three
        if f.persons:
            # "A got six years; B and C were acquitted ... All 13 defendants were detained": the
            # people named since the group told without names, when that many, hold the few told
            named = _named_since_group(ctx, ordered, f)
            if len(named) == f.count and all(p in named for p in f.persons):
                f.persons = named
            continue
        told_back(ctx, ordered, f)


def sized_afresh(ctx: DocContext, findings: list[Finding]) -> None:
    """'Brest Regional Court concluded the closed trial of six residents of Pinsk ... All six had
    been detained in February': a group counted back by its number is the group the sentence
    before (or its own, before it) counted afresh — a number on a plural noun of people with no
    "the", "these" or "all" pointing further back — though no event was told of that group. The
    people the article named before that count are of other stories (`Finding.sized_at`; read by
    `cohorts._name_back_references` and `_name_forward_references`)."""
    doc = ctx.doc
    for f in findings:
        if f.count is None or f.count < 2 or not f.counted_back or f.persons:
            continue
        sent = f.trigger.sent
        start = doc[sent.start - 1].sent.start if sent.start else sent.start
        end = min(f.trigger.i, f.trigger.left_edge.i)
        for t in doc[start:end]:
            if (
                t.like_num
                and t.dep_ == "nummod"
                and parse_number(t.lower_) == f.count
                and t.head.tag_ == "NNS"
                and is_people(t.head)
                and not has_det(t.head, ("the", "these", "those", "all"))
            ):
                f.sized_at = t.i


def _sized_before_in_sentence(f: Finding) -> bool:
    """'held three relatives of X for two days before letting all three go': the group counted back
    was sized earlier in its own sentence, so it points there, not to people named before."""
    sent = f.trigger.sent
    end = min(f.trigger.i, f.trigger.left_edge.i)
    return any(
        t.like_num
        and t.dep_ == "nummod"
        and t.head.tag_ == "NNS"
        and is_people(t.head)
        and parse_number(t.lower_) == f.count
        for t in sent
        if t.i < end
    )


def told_back(ctx: DocContext, ordered: list[Finding], f: Finding) -> None:
    """Names the group `f` counts back ('the four') from what comes before it (see
    `counted_back_to_told`); `ordered` are the findings by position."""
    doc = ctx.doc
    named = named_between(ctx, doc[f.trigger.sent.start - 1].sent.start, f.trigger.sent.start)
    if len(named) == f.count:
        f.persons = named
        return
    told: list[Person] = []
    partial: list[Person] = []  # (the named part of a same-sized group told before, the last resort)
    types: set[str] = set()
    boundary = True  # (the start of the document bounds the stretch too)
    for g in reversed([g for g in ordered if g.trigger.i < f.trigger.sent.start and g.type in _TOLD_TYPES]):
        if not g.persons:
            if g.count is None:
                continue
            if g.count == f.count and told and types == {g.type} and len(told) < f.count:
                # "handed terms to six people ... A got four years, B two ... All six were rounded
                # up": the six told before, broken down by name; those named are of them
                partial = list(told)
            break  # "convicted five of the seven accused": the group the names went on to tell
        told += [p for p in g.persons if p not in told]
        types.add(g.type)
        if len(told) > f.count:
            boundary = False
            break
    if boundary and len(told) == f.count:
        f.persons = told
    elif len(named := _named_since_group(ctx, ordered, f)) == f.count:
        f.persons = named
    else:
        f.persons = (
            _named_back_to(ctx, f.trigger.sent, f.count) or _listed_before(ctx, f) or partial or f.persons
        )


_JOINING = frozenset({",", "and", "&"})


def joined_in_own_sentence(ctx: DocContext, findings: list[Finding]) -> None:
    """'A and B, both students, spent the night at the station; the two were released on
    Sunday': a group counted back ('the two', 'all three', 'both') whose own sentence, before it,
    joins exactly that many names and no one else is those people — nearer than the people an
    event before told (`name_plural_pronouns` would take the two freed in the sentence before).
    Session 55; runs before the readings of plural pronouns."""
    for f in findings:
        if f.persons or f.trigger.i in ctx.quoted:
            continue
        size = f.count if f.counted_back else 2 if "both" in _plural_reference_words(f.trigger) else None
        if size is None or size < 2:
            continue
        joined = _joined_before_in_sentence(ctx, f)
        if len(joined) == size:
            f.persons = joined


def _anaphor_start(trigger: Token) -> int:
    """Where the words that count the group back ('the two', 'both', 'all three') start: the
    first word of the trigger's subject or object that holds them (the parser may hang a clause
    before on the trigger, so its own left edge can lie far back); else the trigger."""
    for role in trigger.children:
        if role.dep_ not in ("nsubj", "nsubjpass", "dobj"):
            continue
        if (
            role.lower_ in ("they", "them", "both")
            or role.like_num
            or any(c.like_num or c.lower_ == "both" for c in role.children)
        ):
            return role.left_edge.i
    return trigger.i


def _joined_before_in_sentence(ctx: DocContext, f: Finding) -> list[Person]:
    """'A and B, both students, spent the night at the station; the two were released': the
    names joined by 'and' in the group's own sentence, before its number and with no one else
    named there, are the people the number counts back (session 55) — nearer than the people
    of the sentence before. Names in another order ('X's lawyer, Y, said the two ...') are no
    such set: only commas and 'and' may stand between them."""
    doc = ctx.doc
    sent = f.trigger.sent
    end = _anaphor_start(f.trigger)
    people: list[Person] = []
    last: int | None = None
    for i in range(sent.start, end):
        person = ctx.owner_at.get(i)
        if person is None or i in ctx.quoted:
            continue
        if people and person is people[-1]:
            last = i
            continue
        if person in people or last is not None and any(t.lower_ not in _JOINING for t in doc[last + 1 : i]):
            return []
        people.append(person)
        last = i
    return people


def _listed_before(ctx: DocContext, f: Finding) -> list[Person]:
    """'The sentences in full: / - A - 6 years / - B - 5 years / ... All six defendants had been
    arrested in March': a group counted back is the people of the last bulleted list before it
    (one name opening each item) when they are exactly that many, whatever else the story told
    between (a live blog's other entries, an unrelated case)."""
    doc = ctx.doc
    listed: list[Person] = []
    for lead, after in colon_lead_ins(ctx):
        if lead.end > f.trigger.sent.start:
            break
        people: list[Person] = []
        for item_start, item in after:
            if LIST_BULLET.match(item) is None:
                break
            span = doc.char_span(item_start, item_start + len(item), alignment_mode="expand")
            words = [t for t in span if t.is_alpha][:3] if span is not None else []
            first = next((ctx.owner_at[t.i] for t in words if t.i in ctx.owner_at), None)
            if first is None or first in people or (span is not None and span.end > f.trigger.sent.start):
                people = []
                break
            people.append(first)
        if people:
            listed = people
    return listed if len(listed) == f.count else []


def _named_back_to(ctx: DocContext, sent: Span, count: int) -> list[Person]:
    """'The court jailed A ... Her colleague B got a suspended term ... Two others, C and D, were
    acquitted. The four were ...': the people named in the sentences right before `sent`, taken
    back one sentence at a time (at most six) until they are exactly `count`."""
    doc = ctx.doc
    start = sent.start
    for _ in range(6):
        if start == 0:
            break
        start = doc[start - 1].sent.start
        named = named_between(ctx, start, sent.start)
        if len(named) == count:
            return named
        if len(named) > count:
            break
    return []


def _the_other_few(sent: Span) -> bool:
    """'The other four, who were not named, received ten months', 'the four other Russians freed',
    'the two others on trial', 'the two remaining defendants': a group beside the people named
    before, not them."""
    return any(
        t.lower_ in ("other", "remaining")
        and t.i + 1 < sent.end
        and t.doc[t.i + 1].like_num
        or t.lower_ in ("other", "others", "remaining")  # ("the two remaining defendants")
        and t.i > sent.start
        and t.doc[t.i - 1].like_num
        for t in sent
    )


def named_between(ctx: DocContext, start: int, end: int) -> list[Person]:
    """The people named (not quoted, not of the bench) between two token indices, in order."""
    doc = ctx.doc
    named: list[Person] = []
    bench: list[Person] = []
    for i in range(start, end):
        person = ctx.owner_at.get(i)
        if person is None or person in named or person in bench or i in ctx.quoted:
            continue
        if i > 0 and doc[i - 1].lower_ in BENCH_TITLES:
            bench.append(person)  # "District Judge X read out the verdict": of the bench
            continue
        named.append(person)
    return named


def _named_since_group(ctx: DocContext, ordered: list[Finding], f: Finding) -> list[Person]:
    """The people named between the last group told without names before `f` and `f`."""
    start = f.trigger.sent.start
    groups = [
        g
        for g in ordered
        if g.trigger.i < start and not g.persons and g.count is not None and g.type in _TOLD_TYPES
    ]
    if not groups:
        return []
    return named_between(ctx, groups[-1].trigger.sent.end, start)


def they_of_main_clause(ctx: DocContext, findings: list[Finding]) -> None:
    """'Neither A nor B was tried, as they were released in 1977', 'A and B were detained in May
    and they were freed a week later', 'A and B said they were freed': 'they' in a clause joined
    to one whose subject names several people refers to them."""
    for f in findings:
        if f.persons or not f.group_ref:
            continue
        they = [c for c in f.trigger.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "they"]
        if they and f.count is None and (named := _fronted_names(ctx, f.trigger, they[0])):
            # "Or the brothers A and B, who filmed the march: they received ...": named people now
            f.persons, f.group_ref, f.pronoun_group = named, False, False
            continue
        reported = f.trigger.dep_ == "ccomp" and f.trigger.head.lemma_ in SPEECH
        if not they or f.trigger.dep_ not in ("advcl", "conj") and not reported or f.count is not None:
            continue
        subj = subject_of(f.trigger.head)
        named = ctx.persons_in(subj, pronouns=False) if subj is not None else []
        if len(named) >= 2:
            f.persons = named


def _fronted_names(ctx: DocContext, verb: Token, they: Token) -> list[Person]:
    """The people a phrase set before a colon names together ('Or the brothers A and B, who ...:',
    'Take the cousins A and B:'), when 'they' opens the clause after it."""
    colon = next((t for t in verb.doc[verb.sent.start : they.i] if t.text == ":"), None)
    if colon is None or they.i != colon.i + 1:
        return []
    for c in verb.doc[verb.sent.start : colon.i]:
        if c.dep_ in ("dep", "npadvmod", "nsubj", "dobj"):
            named = ctx.persons_in(c, pronouns=False)
            if len(named) >= 2:
                return named
    return []


def one_of(ctx: DocContext, one: Token, tok: Token) -> tuple[int | None, str | None, list[Person]]:
    """'She was released in January, one of 553 prisoners freed after ...': the group is counted
    by the partitive, and its named member is the person 'one' stands beside."""
    of = next((c for c in one.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    group = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
    if group is None:
        return None, None, []
    count, label = count_of(group)
    if count is None:
        return None, None, []
    if group.like_num and has_det(group, ("the",)):
        # "One of the four, X, was detained on arrival": a group told before; the event is X's own
        return None, None, ctx.persons_in(one.head) if one.dep_ == "appos" else []
    etype = trigger_type(tok)
    if any(c.dep_ == "acl" and trigger_type(c) not in (None, etype) for c in group.children):
        # "one of the nine activists detained alongside her was let go": the nine were detained,
        # one of them is freed; the release counts no group
        return None, None, []
    members: list[Person] = []
    if one.dep_ == "appos":
        members = ctx.persons_in(one.head)
    elif tok.dep_ == "advcl" and one.dep_ in ("nsubj", "nsubjpass"):
        subject = subject_of(tok.head)
        members = ctx.persons_in(subject) if subject is not None else []
    return count, label, members


def a_thing(patient: Token) -> bool:
    """'More emails released', 'the press release', 'a poll of 400 voters released': what is
    released, published or set free here is a document or an object, not a person."""
    things = lexicon("released_things")
    if patient.pos_ == "PROPN" and (
        patient.lower_ in lexicon("product_words")
        or any(
            c.dep_ == "nummod" and c.i > patient.i and any(ch.isdigit() for ch in c.text)
            for c in patient.children
        )
    ):
        return True  # "released Security Update 2004-09-30", "JBoss 4.0 Released": a product
    if any(
        c.dep_ == "amod" and c.lower_ in ("new", "latest", "updated", "upgraded") for c in patient.children
    ):
        return True  # "released a new Clie": a model, not a person
    if patient.pos_ == "NOUN" and patient.lemma_.lower() in things:
        # ... but "opposition figures", "a prominent figure" are people, and so are "a number of
        # prisoners" and "the highest number (of executions) ..., and X, released": only a number
        # named by its kind is a thing ("released two phone numbers": session 59, evprec)
        if patient.lemma_ == "number":
            return any(c.dep_ == "compound" for c in patient.children)
        return patient.lemma_ != "figure" or not any(c.dep_ in ("amod", "compound") for c in patient.children)
    return (
        patient.dep_ == "pobj"
        and patient.pos_ != "PROPN"  # "the return of X, who was deported": X is a person
        and patient.head.lower_ == "of"
        and patient.head.head.pos_ == "NOUN"
        and patient.head.head.lemma_.lower() in things
    )


def is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


_LIST_POS = frozenset({"PROPN", "NOUN", "ADJ", "NUM", "DET", "CCONJ"})


def relative_clause_of_one(tok: Token) -> bool:
    """'the priest A, and the student leader B, who had been arrested in 2022 and sentenced to 13
    years': a relative clause after the last name of a list is that name's alone, unless its verb
    agrees with a plural ('A and B, who were arrested')."""
    clause = tok
    while clause.dep_ == "conj" and clause.head.pos_ in ("VERB", "AUX"):  # "arrested ... and sentenced"
        clause = clause.head
    subjects = [c.lower_ for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    if clause.dep_ != "relcl" or subjects not in (["who"], ["that"], ["which"]):
        return False  # 'A and B, whom the judge found guilty': the verb agrees with the judge
    verbs = [clause, *(c for c in clause.children if c.dep_ in ("aux", "auxpass"))]
    return not any(v.lower_ in ("were", "are") or v.tag_ == "VBP" for v in verbs)


def flat_list(ctx: DocContext, patient: Token) -> list[Person]:
    """'Retired teacher A, 67, student B and rider C were given ...', 'handed A, B and C prison
    terms': the small parser often breaks a list of names with roles and ages into modifiers of
    one another. Read the surface instead: the names in the one run of nominal words, commas
    and 'and' around the patient's name belong to the list, when an 'and' joins them; a verb,
    preposition, possessive or clause ends the run."""
    doc = patient.doc
    anchor = next((t for t in patient.subtree if t.i in ctx.owner_at), None)
    if anchor is None or anchor.i in ctx.quoted:
        return []
    sent = anchor.sent

    def inside(t: Token) -> bool:
        return (
            t.i in ctx.owner_at
            # ("X, 34, whose son, Y, is serving ...": a relative word ends the run)
            or t.pos_ in _LIST_POS
            and t.tag_ != "WP$"
            or t.text in (",", "-")
            or fold(t.text) in PERSON_NOUNS
            or _role_preposition(t)
            or _inside_hyphenated_word(t)  # "editor-in-chief"
        )

    start = anchor.i
    while start - 1 >= sent.start and inside(doc[start - 1]):
        start -= 1
    end = anchor.i
    while end + 1 < sent.end and inside(doc[end + 1]):
        end += 1
    run = doc[start : end + 1]
    if not any(t.lower_ == "and" and t.pos_ == "CCONJ" for t in run):
        return []
    possessor = ctx.owner_at.get(end) if end + 1 < sent.end and doc[end + 1].tag_ == "POS" else None
    found: list[Person] = []
    aside = False  # inside a role's phrase: "the wife of B" names B as no item of the list
    skipped = False
    for t in run:
        if _role_preposition(t):
            aside = True
        elif t.text == "," or t.lower_ == "and":
            aside = False
        person = ctx.owner_at.get(t.i)
        skipped = skipped or person is not None and aside
        if person is not None and not aside and person not in found and person is not possessor:
            found.append(person)
    # ("the leader of the X Party, A, and five of his aides": the name set off after a role's
    # phrase is the role's, even alone)
    return found if len(found) > 1 or skipped and found else []


def _inside_hyphenated_word(t: Token) -> bool:
    """'in' of 'editor-in-chief', 'law' of 'son-in-law': a word joined by unspaced hyphens on both
    sides is part of one compound noun."""
    doc = t.doc
    return (
        0 < t.i < len(doc) - 1
        and doc[t.i - 1].text == "-"
        and doc[t.i + 1].text == "-"
        and not doc[t.i - 1].whitespace_
        and not t.whitespace_
    )


_ROLE_PREPOSITIONS = frozenset({"of", "for", "at", "from", "with"})


def _role_preposition(t: Token) -> bool:
    """The preposition of a role set off in a list, 'A, the editor of X, B, a reporter for Y, and
    C': after the role noun ('one of the organisers' too), inside the commas of an apposition."""
    if t.lower_ not in _ROLE_PREPOSITIONS or t.i == 0 or t.pos_ != "ADP":
        return False
    before = t.doc[t.i - 1]
    return before.pos_ == "NOUN" or before.lower_ == "one"


def _chain_subject(verb: Token) -> Token | None:
    """'X was detained, tried and sentenced': the parser chains the verbs (the middle one as a
    'dep' of the first), and the last shares the first one's subject."""
    steps = 0
    if (
        verb.tag_ == "VBG"
        and verb.dep_ == "pcomp"
        and verb.head.lower_ == "without"
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
        and verb.head.head.pos_ in ("VERB", "AUX")
        and any(c.dep_ == "conj" and c.tag_ == "VBN" for c in verb.children)
    ):
        # "was released without warning and driven to the border": the second passive hung on the
        # bare gerund shares the subject of the verb the gerund's phrase modifies
        return subject_of(verb.head.head)
    passed: list[Token] = []  # the conjuncts walked over, whose auxiliaries must fit the subject
    while verb.dep_ in ("conj", "dep") and verb.head.pos_ in ("VERB", "AUX") and steps < 3:
        passed.append(verb)
        verb, steps = verb.head, steps + 1
        if (subject := subject_of(verb)) is not None:
            return None if any(_disagrees(v, subject) for v in passed) else subject
    return _subject_before_quote(verb)


def subject_lost(verb: Token) -> bool:
    """The verb is a conjunct whose chain's subject its own auxiliaries do not fit (`_disagrees`):
    the parser lost its real subject, so no later pass may lend it the chain's."""
    passed: list[Token] = []
    for _ in range(3):
        if verb.dep_ not in ("conj", "dep") or verb.head.pos_ not in ("VERB", "AUX"):
            return False
        passed.append(verb)
        verb = verb.head
        if (subject := subject_of(verb)) is not None:
            return any(_disagrees(v, subject) for v in passed)
    return False


def _disagrees(verb: Token, subject: Token) -> bool:
    """'X was detained after his colleagues, who had gathered outside, were questioned and
    released': a conjunct whose own plural auxiliary cannot go with the one singular name or noun
    is the clause of another subject the parser lost (and so for a singular one after a plural)."""
    own = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if subject.tag_ in ("NNP", "NN") and not any(c.dep_ == "conj" for c in subject.children):
        return bool(own & {"were", "are"})
    if subject.tag_ in ("NNPS", "NNS"):
        return bool(own & {"was", "is", "has"})
    return False


def _subject_before_quote(verb: Token) -> Token | None:
    """'X was found guilty of "not reporting a crime," fined 20,000 somonis and released': a
    comma inside the closing quote makes the parser read the first passive as reported speech
    (a `ccomp`) of the next verb, which is left without a subject; the chain is the first one's."""
    if verb.dep_ != "ROOT" or verb.lemma_ in SPEECH or verb.tag_ not in ("VBD", "VBN"):
        return None
    first = next(
        (
            c
            for c in verb.children
            if c.dep_ == "ccomp" and c.i < verb.i and c.tag_ == "VBN" and is_passive(c)
        ),
        None,
    )
    if first is None or not any(t.tag_ == "''" for t in verb.doc[first.i : verb.i]):
        return None
    return next((c for c in first.children if c.dep_ == "nsubjpass"), None)


def _dashed_names(ctx: DocContext, group: Token) -> list[Person]:
    """'gave three environmentalists from the movement — A, B and C — 18 months each': the names
    between dashes right after a counted group are its members (only names, commas and 'and'
    inside, no verb between the group and the first dash)."""
    doc, sent = group.doc, group.sent
    dashes = [t.i for t in doc[group.i + 1 : sent.end] if t.text in _DASHES]
    if len(dashes) < 2 or any(t.pos_ in ("VERB", "AUX") for t in doc[group.i + 1 : dashes[0]]):
        return []
    inside = doc[dashes[0] + 1 : dashes[1]]
    found: list[Person] = []
    piece: list[Token] = []  # ("poet A, 34, translator B and sound engineer C": a role before each)
    for t in [*inside, None]:
        if t is not None and t.text != "," and t.lower_ != "and":
            piece.append(t)
            continue
        named = [ctx.owner_at[g.i] for g in piece if g.i in ctx.owner_at]
        rest = [g for g in piece if g.i not in ctx.owner_at]
        if named and len(rest) <= 3 and all(g.is_alpha and g.is_lower for g in rest):
            found += [p for p in named if p not in found]
        elif t is None and found and _unnamed_member(piece):
            pass  # "A and B and a driver whose name is withheld": the last one left unnamed
        elif piece and not (len(piece) == 1 and piece[0].like_num and found):
            return []  # (an age after a name, "A, 34, and B", is part of the list)
        piece = []
    return found if len(found) >= 2 else []


def _unnamed_member(piece: list[Token]) -> bool:
    """'a driver', 'two others', 'a video editor whose name we withhold': people left unnamed at a
    list's end (an article or a number, then no name)."""
    return bool(piece) and (piece[0].lower_ in ("a", "an", "another") or piece[0].like_num)


_LIST_WORDS = frozenset({"NOUN", "PROPN", "ADJ", "NUM", "DET", "CCONJ", "PUNCT", "SPACE"})


def _colon_names(ctx: DocContext, group: Token) -> list[Person]:
    """'raided two houses and arrested five people: broadcaster A, farmers B and C, nurse D and
    student E.': the names after a colon that closes a counted group are its members, role nouns
    and all. The parser hangs such a list on the first verb of the sentence when two verbs are
    coordinated, so it is found by place: the first colon after the group's phrase (no verb or
    comma between), then to the end of the sentence only names, role nouns, commas and 'and', as
    many names as the group counts."""
    doc, sent = group.doc, group.sent
    # (the colon closes the group's own phrase, "five people from the village:", whether or not
    # the parser made the list the group's apposition)
    # (not a colon inside brackets: "(see 19:40)" is a time)
    inside = _bracketed(doc[group.i + 1 : sent.end])
    colon = next((t.i for t in doc[group.i + 1 : sent.end] if t.text == ":" and t.i not in inside), sent.end)
    count = count_of(group)[0]
    if count is None or colon >= sent.end:
        return []
    end = sent.end
    if colon == sent.end - 1:
        # "arrested three reporters:" closing its sentence: the parser began a new one at the list
        if sent.end >= len(doc) or "\n" in doc[colon].whitespace_:
            return []
        # (a list of semicolon items, or of names alone: "were freed on bail on Sunday: A and B.")
        end = doc[sent.end].sent.end
    if (told := _reported_before(doc[group.i + 1 : colon])) is not None:
        # "took three staff into custody, their lawyer said: A, B and C"
        colon_region = doc[group.i + 1 : told]
    else:
        colon_region = doc[group.i + 1 : colon]
    described = _described_owner(ctx, colon_region) | _bracketed(colon_region)
    own = _own_clause_verbs(group)
    if any(
        (t.pos_ in ("VERB", "AUX") and not _attributive(t) and t.i not in own or t.text in (",", ";"))
        and t.i not in described
        for t in colon_region
    ):
        return []
    if any(t.text == ";" for t in doc[colon + 1 : end]):
        items = _semicolon_items(ctx, doc[colon + 1 : end], told is None)
        return items if len(items) == count else []
    found = _names_only(ctx, doc[colon + 1 : end], quoted_too=told is not None)
    return found if found is not None and len(found) == count else []


def _names_only(ctx: DocContext, span: Span, *, quoted_too: bool = False) -> list[Person] | None:
    """The persons of a stretch that holds only names, role nouns, commas and "and"; None when
    anything else stands in it (an attribution's colon may be read as opening speech: with
    `quoted_too`, names inside it still count)."""
    found: list[Person] = []
    for t in span:
        person = ctx.owner_at.get(t.i)
        if person is not None and (quoted_too or t.i not in ctx.quoted):
            if person not in found:
                found.append(person)
        elif (
            t.tag_ != "PRP$"
            and not _attributive(t)
            and (t.pos_ not in _LIST_WORDS or t.pos_ == "PUNCT" and t.text not in (",", "-", ".", "\u2013"))
        ):
            return None
    return found


def _namely_names(ctx: DocContext, group: Token, after: int) -> list[Person]:
    """'arrested three activists on Monday, namely A, B and C', 'three were detained, namely A,
    B and C': the names after "namely" that closes the counted group's clause are its members,
    as many as it counts; no verb between the group (or its verb, `after`) and "namely", and
    nothing but names and role nouns after it."""
    doc, sent = group.doc, group.sent
    namely = next((t for t in doc[after + 1 : sent.end] if t.lower_ in _NAMELY), None)
    count = count_of(group)[0]
    if count is None or namely is None or doc[namely.i - 1].text not in (",", "-", "\u2013", "\u2014"):
        return []
    if any(t.pos_ in ("VERB", "AUX") and not _attributive(t) for t in doc[after + 1 : namely.i]):
        return []
    found = _names_only(ctx, doc[namely.i + 1 : sent.end])
    return found if found is not None and len(found) == count else []


_NAMELY = frozenset({"namely", "viz", "viz."})


def _own_clause_verbs(group: Token) -> set[int]:
    """'Two of them were let out on bail on Sunday: A and B': a counted group as the subject
    before a colon that closes its own clause; the list names the subject, so the clause's verb
    (with its auxiliaries and particles: "were let go") stands between the group and the colon."""
    if group.dep_ not in ("nsubj", "nsubjpass") or group.head.i < group.i:
        return set()
    verb = group.head
    return {verb.i} | {
        c.i for c in verb.children if c.dep_ in ("aux", "auxpass", "prt", "xcomp") and c.i < verb.i + 3
    }


def _semicolon_items(ctx: DocContext, span: Span, skip_quoted: bool) -> list[Person]:
    """'arrested three reporters: A, an editor at a weekly; B, a freelance contributor to a site;
    and C, a photographer': a list whose items are set apart by semicolons, each a name (role words
    may open it) and, after a comma, what the person is. Each item names one member; an item that
    does not open with a name, or whose description holds a verb of its own (outside a relative
    clause), is no such list."""
    parts: list[list[Token]] = [[]]
    for t in span:
        if t.text == ";":
            parts.append([])
        else:
            parts[-1].append(t)
    found: list[Person] = []
    for part in parts:
        words = [t for t in part if not t.is_space and t.lower_ not in ("and", ".")]
        at = next((k for k, t in enumerate(words) if t.i in ctx.owner_at), None)
        if at is None or at > 4 or len(parts) < 2:
            return []
        if any(t.pos_ not in ("DET", "ADJ", "NOUN", "PROPN") for t in words[:at]):
            return []
        person = ctx.owner_at[words[at].i]
        if skip_quoted and words[at].i in ctx.quoted:
            return []
        rest = words[at:]
        while rest and ctx.owner_at.get(rest[0].i) is person:
            rest = rest[1:]
        if rest and rest[0].text != ",":
            return []
        own_verbs = [t for t in rest if t.tag_ in ("VBD", "VBZ", "VBP", "MD")]
        if any(not _in_relative(t, part) and not _closing_attribution(t) for t in own_verbs):
            return []
        if person not in found:
            found.append(person)
    return found


def _closing_attribution(verb: Token) -> bool:
    """'..., their relatives said.': a reporting verb that closes the sentence tells who gave the
    list; it is no clause of the item it follows."""
    doc = verb.doc
    return verb.lemma_ in SPEECH and all(t.is_punct or t.is_space for t in doc[verb.i + 1 : verb.sent.end])


def _in_relative(tok: Token, part: list[Token]) -> bool:
    """Whether `tok` belongs to a relative clause that opens inside `part` ('colleagues who spoke
    to us')."""
    inside = {t.i for t in part}
    node = tok
    while node.i in inside:
        if node.dep_ == "relcl":
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _attributive(tok: Token) -> bool:
    """'the YouTube-based outlet', 'a retired teacher': a participle set before its noun
    describes it; it opens no clause."""
    return tok.pos_ == "VERB" and tok.dep_ == "amod" and tok.head.i > tok.i


def _bracketed(span: Span) -> set[int]:
    """The tokens inside round brackets in `span`, brackets and all: an aside ('(see 19:40)',
    '(both students)') that is no part of the clause around it."""
    out: set[int] = set()
    opened: int | None = None
    for t in span:
        if t.text == "(":
            opened = t.i
        elif t.text == ")" and opened is not None:
            out.update(range(opened, t.i + 1))
            opened = None
    return out


def _described_owner(ctx: DocContext, span: Span) -> set[int]:
    """'... the family of X, whose videos have drawn millions of views:': a relative clause (and
    its comma) that describes a person named in `span` is that person's description, not a clause
    of the group's phrase."""
    out: set[int] = set()
    for t in span:
        if t.dep_ == "relcl" and t.head.i in ctx.owner_at and span.start <= t.head.i < t.left_edge.i:
            out.update(range(t.left_edge.i, t.right_edge.i + 1))
            if t.doc[t.left_edge.i - 1].text == ",":
                out.add(t.left_edge.i - 1)
    return out


def _reported_before(span: Span) -> int | None:
    """Where an attribution set off before a colon starts ('..., their colleagues said:'): the
    index of its comma, when the span ends with a reporting verb whose subject follows that comma
    and no other verb stands between."""
    if len(span) < 3 or span[-1].lemma_ not in SPEECH or span[-1].tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    comma = next((t for t in reversed(span[:-1]) if t.text == ","), None)
    if comma is None or any(t.pos_ in ("VERB", "AUX") for t in span.doc[comma.i + 1 : span[-1].i]):
        return None
    return comma.i


def _other_people(noun: Token, patient: Token) -> bool:
    """A plural noun for people in a phrase of the verb other than its patient group ('talks with
    officials', 'a rally of opposition leaders'): an 'including' list on it picks from them."""
    return noun.tag_ == "NNS" and is_people(noun) and noun.i not in {t.i for t in patient.subtree}


def listed_persons(ctx: DocContext, tok: Token, patient: Token | None = None) -> list[Person]:
    """'arrested several activists ..., including A, B and C': the list may hang on the verb, or,
    for a group patient, on a phrase of the verb ("detained several activists from the movement
    X, including A and B")."""
    found: list[Person] = []
    preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "including"]
    if patient is not None and patient.dep_ == "appos" and patient.like_num:
        # "Of the 30 detained, eight, including X, were freed": the list may hang on the whole
        preps += [c for c in patient.head.children if c.dep_ == "prep" and c.lower_ == "including"]
    if patient is not None and is_group(patient) and patient.lower_ not in ("they", "them"):
        # "released 30 inmates and flew them out, including X": the list closes the next verb,
        # whose "them" is this group
        for c in (c for c in tok.children if c.dep_ == "conj" and c.pos_ == "VERB"):
            if them := [o for o in c.children if o.lower_ == "them"]:
                preps += [
                    g for h in (c, *them) for g in h.children if g.dep_ == "prep" and g.lower_ == "including"
                ]
                # ("... and put them on a plane to Guatemala, including X": hung on the destination,
                # a place, not on people it would pick from)
                preps += [
                    g
                    for g in c.subtree
                    if g.dep_ == "prep"
                    and g.lower_ == "including"
                    and tok.doc[g.i - 1].text == ","
                    and g.head.dep_ == "pobj"
                    and g.head.head.lower_ in ("to", "into", "across", "over")
                    and not is_group(g.head)
                ]
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ != "including":
                # (not a list that picks from other people of the phrase: "freed 12 prisoners
                # after talks with officials, including envoy A")
                preps += [
                    g
                    for g in c.subtree
                    if g.dep_ == "prep" and g.lower_ == "including" and not _other_people(g.head, patient)
                ]
            if c.dep_ in ("xcomp", "oprd", "acomp"):
                # "were forced to leave the country on Monday, including A", "found guilty of
                # insulting the president, including A": a list set off after a verb of the
                # complement closes the clause (not "of insulting officials, including the mayor
                # X", hung on the people it picks from)
                preps += [
                    g
                    for g in c.subtree
                    if g.dep_ == "prep"
                    and g.lower_ == "including"
                    and tok.doc[g.i - 1].text == ","
                    and g.head.pos_ in ("VERB", "AUX")
                ]
            if c.dep_ == "nsubj":
                # "the court released fourteen of the group on bail, including X": the parser may
                # hang a list that closes the clause on its subject, though it follows the verb
                preps += [
                    g for g in c.children if g.dep_ == "prep" and g.lower_ == "including" and g.i > tok.i
                ]
        reporter = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
        if (
            tok.dep_ == "ccomp"
            and tok.head.lemma_ in SPEECH
            and tok.head.i > tok.i
            and not (reporter is not None and _counted_reporters(reporter))
        ):
            # "Thirty-one people were arrested on the eve of the anniversary, police said, including
            # the pastor X": a reporting clause set off inside the sentence takes the list that
            # closes the reported one (the list comes after the reporter, set off by a comma); not
            # after reporters counted as a group a list could pick from ("several witnesses said")
            preps += [
                g
                for g in tok.head.children
                if g.dep_ == "prep"
                and g.lower_ == "including"
                and g.i > tok.head.i
                and tok.doc[g.i - 1].text == ","
            ]
    for c in preps:
        for g in c.children:
            found += [p for p in ctx.persons_in(g, pronouns=False) if p not in found]
        found += [p for p in _names_in_list(ctx, c) if p not in found]
        found += [p for p in names_after(ctx, c) if p not in found]
    if patient is not None and is_group(patient):
        found += [p for p in named_after_clause(ctx, patient) if p not in found]
        found += [p for p in _dashed_names(ctx, patient) if p not in found]
        found += [p for p in _colon_names(ctx, patient) if p not in found]
        found += [p for p in _namely_names(ctx, patient, max(patient.i, tok.i)) if p not in found]
        # "the pardoned prisoners, who included the journalist X, were driven to the border"
        for clause in (c for c in patient.children if c.dep_ == "relcl" and c.lemma_ == "include"):
            if not any(
                g.dep_ in ("nsubj", "nsubjpass") and g.lower_ in ("who", "which", "that")
                for g in clause.children
            ):
                continue
            for g in clause.children:
                if g.dep_ in ("dobj", "dative", "attr"):
                    named = (ctx.owner_at.get(t.i) for t in g.subtree if not _related_to(t))
                    found += [p for p in named if p is not None and p not in found]
    return found


def _counted_reporters(reporter: Token) -> bool:
    """'several witnesses', 'two lawyers', 'many residents': reporters told as a counted or
    quantified plural, a group that an "including" list after them may pick from (not 'police',
    'relatives', 'state media': the source only)."""
    return reporter.tag_ == "NNS" and any(
        c.dep_ in ("nummod", "amod", "det") and (c.like_num or c.lower_ in _QUANTIFIERS)
        for c in reporter.children
    )


_QUANTIFIERS = frozenset({"several", "many", "some", "few", "numerous", "various", "both", "all", "most"})


def relative_subject(pronoun: Token) -> Token:
    """The noun the "who" or "that" subject of a relative clause stands for: 'X, an editor of a
    site in Penza, who was freed after serving ...' is X's editor, not Penza."""
    clause = pronoun.head
    if pronoun.lower_ != "who":
        return clause.head
    return _person_for_who(described_by(clause), clause)


def plural_verb(clause: Token) -> bool:
    """The relative clause's verb agrees with a plural ('who were detained', 'who have been'), or
    the clause shares its news out ('who received 18 years each', 'who both got six years')."""
    if any(t.lower_ in ("were", "are", "have") for t in (clause, *clause.children) if t.i <= clause.i):
        return True
    return any(
        t.lower_ in ("each", "both") and t.dep_ not in ("det", "predet") and t.head.tag_ != "IN"
        for t in clause.subtree
        if t.sent == clause.sent
    )


def _person_for_who(noun: Token, clause: Token | None = None) -> Token:
    """The person noun a "who" clause describes; with the clause, a plural verb ('who were
    detained') after 'A and his younger brother B, from Pinsk,' describes both (the head of the
    coordination), not only the nearest."""
    found = person_noun_for_who(noun)
    if clause is not None and not plural_verb(clause):
        found = _apposition_of_last(found)
    if clause is not None and found.dep_ == "conj" and plural_verb(clause):
        # (not past a conjunct described by a clause of its own: "A, who received two years, and
        # the brothers B and C, who were each sentenced to 18 months")
        while (
            found.dep_ == "conj"
            and found.head.i < found.i
            and not any(c.dep_ in ("relcl", "acl") for c in found.head.subtree if c.i < found.i)
        ):
            found = found.head
        if _listed_as_apposition(found):
            found = found.head  # "A, B and C": the parser hangs "B and C" on A as its apposition
    return found


def _listed_as_apposition(name: Token) -> bool:
    """'Gulnora Davlatova, Firuz Saidov and Manizha Rahimova': the first of a list of names set
    off by a comma, which the parser reads as an apposition to the name before it."""
    head = name.head
    return (
        name.dep_ == "appos"
        and name.pos_ == "PROPN"
        and head.pos_ == "PROPN"
        and head.i < name.i
        and any(c.dep_ == "conj" and c.pos_ == "PROPN" for c in name.children)
    )


def _apposition_of_last(noun: Token) -> Token:
    """'A and B, a 38-year-old psychologist who was arrested in 2021': one person's description set
    off after a coordination of names is the last name's, though the parser hangs it on the first
    (the head of the coordination); the name it describes is returned."""
    if noun.dep_ != "appos" or noun.tag_ not in ("NN", "NNP"):
        return noun
    names = [c for c in noun.head.children if c.dep_ == "conj" and c.pos_ == "PROPN" and c.i < noun.i]
    if not names or any(c.lower_ in ("both", "all") for c in noun.subtree):
        return noun
    return max(names, key=lambda c: c.i)


def person_noun_for_who(noun: Token) -> Token:
    """'X, a nurse convicted over the 2021 protests, who was herself detained': "who" is a person,
    so a clause the parser hung on a happening ("protests", "the election") or a date describes the
    person whose phrase holds it: the nearest person noun or name above."""
    happening = noun.lemma_.lower() in lexicon("happenings") or noun.ent_type_ in ("DATE", "EVENT")
    # "Z, a courier for a delivery app, who was jailed": a thing holds no "who" either
    # (a singular noun: "one of six executives of the firm who were jailed" are the executives)
    thing = noun.tag_ == "NN" and fold(noun.lemma_) not in PERSON_NOUNS and not is_people(noun)
    # "A and B, spouses from Hrodna, who were each sentenced": nor does a place the people are from
    thing = thing or (noun.is_title and noun.head.lower_ == "from" and noun.head.head.pos_ == "NOUN")
    # "X, a union leader at the plant in Salihorsk, who had served ...": nor does a named place
    thing = thing or noun.ent_type_ in ("GPE", "LOC", "FAC", "ORG")
    # (the tagger's entity types fail on small towns: a name after "in" is the place all the same)
    thing = thing or noun.pos_ == "PROPN" and noun.head.lower_ in ("in", "at", "near")
    if not (happening or thing and noun.dep_ == "pobj"):
        return noun
    for up in noun.ancestors:
        # (a gerund in a phrase of the description stays inside it: "a pensioner convicted for
        # donating 20 euros to the fund, who died ...")
        if up.pos_ in ("VERB", "AUX") and up.dep_ not in ("acl", "relcl", "pcomp"):
            return noun  # out of the noun phrase: no person holds the clause
        if (
            up.pos_ == "PROPN"
            and up.ent_type_ == "PERSON"
            or up.pos_ == "NOUN"
            and (is_people(up) or up.dep_ == "appos" and up.head.pos_ == "PROPN")
        ):
            return up
    return noun


def _predicated_subject(role: Token) -> Token | None:
    """'X was a farm workers' organiser from Leyte, arrested in 2021': a participle on the person noun
    a copula says its named subject is describes that subject (not 'The victim was a man ...')."""
    verb = role.head
    if role.dep_ != "attr" or verb.lemma_ != "be" or fold(role.lemma_) not in PERSON_NOUNS:
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"), None)


def ordered_held(tok: Token) -> bool:
    """'ordered X held in custody', 'ordered four of them kept in detention': a small clause under
    an order, whose subject is the one held (the parser makes it the participle's subject)."""
    if tok.lemma_ not in _HELD_BY_ORDER and not (tok.lemma_ in ("detain", "arrest") and _for_a_spell(tok)):
        return False  # ("ordered X detained for 15 days pending investigation": remanded, not a warrant)
    if tok.dep_ in ("ccomp", "xcomp") and tok.head.lemma_ == "order":
        return True
    # "ordered the poet X held in custody": the parser hangs the small clause on the role noun as a
    # relative clause whose subject is the name
    return (
        tok.dep_ == "relcl"
        and tok.head.dep_ == "dobj"
        and tok.head.head.lemma_ == "order"
        and any(c.dep_ == "nsubj" and c.pos_ == "PROPN" for c in tok.children)
    )


_SPELLS = frozenset({"day", "week", "month", "hour"})


def _for_a_spell(tok: Token) -> bool:
    """'detained for 15 days', 'arrested for two months pending trial': a custody of a set length."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "for"
        and any(g.dep_ == "pobj" and g.lemma_.lower() in _SPELLS for g in c.children)
        for c in tok.children
    )


# what a court orders done to someone present ("ordered X jailed pending trial"); "ordered X
# arrested" is a warrant, no one held yet
_HELD_BY_ORDER = frozenset({"hold", "keep", "jail", "imprison", "remand"})


def named_after_clause(ctx: DocContext, group: Token) -> list[Person]:
    """'released two nationals who had been held since March, A and B, and ...': the members set
    off after the clause that describes the group. The parser hangs the names on the verb (or on
    the clause's last noun), so they are found by place: right after the clause and its comma,
    as many as the group counts."""
    clause = next((c for c in group.children if c.dep_ in ("relcl", "acl")), None)
    if clause is None:
        return []
    doc = group.doc
    after = max(t.i for t in clause.subtree) + 1
    if after + 1 >= len(doc) or doc[after].text != "," or doc[after + 1].i not in ctx.owner_at:
        return []
    count = count_of(group)[0]
    for name in group.sent:
        if name.left_edge.i != after + 1 or name.dep_ not in _SET_OFF:
            continue
        end = max(t.i for t in name.subtree if t.i in ctx.owner_at) + 1
        if name.dep_ == "nsubj" and not (end < len(doc) and doc[end].text == ","):
            continue  # "..., A and B, and expelled them": the list read as the next verb's subject
        named = ctx.persons_in(name, pronouns=False)
        if len(named) >= 2 and count in (None, len(named)):
            return named
    return []


_SET_OFF = frozenset({"npadvmod", "appos", "dep", "conj", "dobj", "nsubj"})
_DESCRIBING = frozenset({"relcl", "acl", "advcl", "ccomp", "poss"})


def _names_in_list(ctx: DocContext, including: Token) -> list[Person]:
    """'arrested, including A, wife of the playwright B, C and her relatives, D, the theatre
    director E, pilot F ...': a long list with roles is parsed as a chain in which later names
    hang on earlier ones, even inside 'wife of B'. Every name in the phrase is a member, except
    the one a relation points to ('of B', "B's") and names inside a clause about a member."""
    found: list[Person] = []
    stack = [including]
    while stack:
        t = stack.pop()
        person = ctx.owner_at.get(t.i)
        if person is not None and t.i not in ctx.quoted and not _related_to(t) and person not in found:
            found.append(person)
        stack += [c for c in t.children if c.dep_ not in _DESCRIBING]
    order = {id(p): min(s for s, _ in p.mentions if s >= including.i) for p in found}
    return sorted(found, key=lambda p: order[id(p)])


def _related_to(name: Token) -> bool:
    """The name is what a relation noun points to: 'wife of B', 'sister of the novelist B' (a
    name set off by a comma after it is the list's next item, whatever the parser hung it on)."""
    head = name
    while head.head.i != head.i and (
        head.dep_ in ("compound", "flat") or head.dep_ == "appos" and head.left_edge.i == head.head.i + 1
    ):
        head = head.head
    return head.dep_ == "pobj" and head.head.lower_ == "of"


def companions_of(ctx: DocContext, tok: Token) -> list[Person]:
    """'freed ..., along with journalist X' / 'together with X' / 'alongside X': X shares the event."""
    found: list[Person] = []
    for c in tok.children:
        # "along with X" is sometimes parsed as two prepositions of the verb
        split = c.lower_ == "with" and c.i > 0 and tok.doc[c.i - 1].lower_ in ("along", "together")
        if c.dep_ != "prep" or c.lower_ not in ("along", "together", "alongside") and not split:
            continue
        objs = [g for g in c.children if g.dep_ == "pobj"]
        objs += [g for g in tok.children if split and g.dep_ == "conj" and g.pos_ in ("NOUN", "PROPN")]
        objs += [g for w in c.children if w.lower_ == "with" for g in w.children if g.dep_ == "pobj"]
        for obj in objs:
            named = ctx.persons_in(obj, pronouns=False)
            after = obj.right_edge.i + 1
            if not named and obj.tag_ == "NNS" and after < obj.sent.end and tok.doc[after].text == ",":
                # "along with his assistants, A and B, ...": the names set off after the plural,
                # which the parser hangs elsewhere
                named = _name_run(ctx, after + 1, obj.sent.end)
            found += [p for p in named if p not in found]
    return found


_AS = frozenset({"as"})


def as_well_as(ctx: DocContext, persons: list[Person], sent: Span) -> list[Person]:
    """'freed A and B, as well as the journalist C': the names after 'as well as' that closes a
    list of `persons` share their event (the parser hangs the tail anywhere)."""
    doc = sent.doc
    found: list[Person] = []
    # the sentence's "as" after its first word, through the word index (not a pass over the sentence)
    every_as = indices_in(doc, "LOWER", _AS)
    for i in every_as[bisect_right(every_as, sent.start) : bisect_left(every_as, sent.end)]:
        t = doc[i]
        if doc[t.i + 1 : t.i + 3].text.lower() != "well as":
            continue
        before = doc[t.i - 1] if doc[t.i - 1].text != "," else doc[t.i - 2]
        if ctx.owner_at.get(before.i) not in persons:
            continue
        found += [p for p in names_after(ctx, doc[t.i + 2]) if p not in persons and p not in found]
    return found


def _partitive_members(ctx: DocContext, group: Token) -> list[Person]:
    """'X was one of five prisoners freed', 'one of them, politician X, refused'."""
    of = group.head
    if of.lower_ not in ("of", "among") or of.dep_ != "prep":
        return []
    holder = of.head
    if of.lower_ == "among":
        return members_of_clause(ctx, holder)
    if holder.lower_ in ("one",) or holder.like_num:
        found = [p for c in holder.children if c.dep_ == "appos" for p in ctx.persons_in(c)]
        if holder.dep_ in ("attr", "nsubj") and holder.head.pos_ in ("AUX", "VERB"):
            subj = next(
                (c for c in holder.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i != holder.i),
                None,
            )
            if subj is not None:
                found += ctx.persons_in(subj)
        return found
    return []


def members_of_clause(ctx: DocContext, holder: Token) -> list[Person]:
    if holder.pos_ in ("AUX", "VERB"):
        # "Among them are the editor A and the publisher B": the parser may leave A's surname,
        # with B conjoined to it, as a loose dependent of the verb
        named = [
            c
            for c in holder.children
            if c.dep_ in ("nsubj", "nsubjpass", "attr")
            or c.dep_ == "dep"
            and c.i in ctx.owner_at
            # ("were A's associate, the leader B; 13 members of ...; and C": a list split by
            # semicolons, its items hung loose on the verb)
            or c.dep_ == "npadvmod"
            and c.i in ctx.owner_at
            and c.i > holder.i
            # "Among them were the lawyer A and the poet B": the second noun hung on the verb
            or c.dep_ == "conj"
            and c.pos_ in ("NOUN", "PROPN")
            and c.i > holder.i
        ]
        # ("... and poet B": the role read as a verb, the name as its object)
        named += [
            g
            for c in holder.children
            if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > holder.i and fold(c.text) in PERSON_NOUNS
            for g in c.children
            if g.dep_ == "dobj" and g.i in ctx.owner_at
        ]
        if holder.dep_ == "relcl":
            # "X, who was among 13 miners freed in 2023, said ...": the relative pronoun is the name
            named = [holder.head if c.lower_ == "who" and c.dep_ == "nsubj" else c for c in named]
        named += [
            g
            for c in named
            if c.dep_ in ("nsubj", "nsubjpass", "attr")
            for g in _item_hung_in_relative(ctx, c)
        ]
        found: list[Person] = []
        for c in named:
            found += [p for p in ctx.persons_in(c) if p not in found]
            if c.dep_ in ("nsubj", "nsubjpass") and c.i in ctx.owner_at and holder.lower_ in ("were", "are"):
                found += [p for p in names_joined_before(ctx, c) if p not in found]
        return found + as_well_as(ctx, found, holder.sent) if found else found
    return ctx.persons_in(holder)


def _item_joined_to_verb(ctx: DocContext, patient: Token, trigger: Token) -> list[Person]:
    """'Also released were A, a nurse jailed for "public disorder," and the brothers B and C': in
    a list put after its verb the parser may join the last item to the verb itself (after a
    closing quote); a noun joined so after the patient is the list's next item."""
    if patient.i < trigger.i or not any(c.dep_ == "auxpass" for c in trigger.children):
        return []
    return [
        p
        for c in trigger.children
        if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") and c.i > patient.i
        for p in ctx.persons_in(c, pronouns=False)
    ]


def _item_hung_in_relative(ctx: DocContext, item: Token) -> list[Token]:
    """'Among those freed were A, who was jailed for "treason", and B, a student': the parser
    hangs the list's next name on the last noun of A's relative clause; a named person joined by
    ', and' to a word of the clause that names no one is the list's next item (not 'A, who was
    held with B and C': C joins B, a person). The clause may hang inside A's apposition ('A, the
    editor of a weekly in Barysau, who was jailed for "calls for sanctions", and B, a nurse')."""
    doc = item.doc
    return [
        g
        for rc in item.subtree
        if rc.dep_ == "relcl"
        and (rc.head.i == item.i or any(a.dep_ == "appos" and a.head.i == item.i for a in rc.ancestors))
        for g in rc.subtree
        if g.dep_ == "conj"
        and g.pos_ == "PROPN"
        and g.i in ctx.owner_at
        and g.head.i not in ctx.owner_at
        and g.left_edge.i >= 2
        and doc[g.left_edge.i - 1].lower_ == "and"
        and doc[g.left_edge.i - 2].text == ","
    ]


def names_joined_before(ctx: DocContext, name: Token) -> list[Person]:
    """'Kamil Usmanov and Daniyar Ospanov were among those held': the names joined to `name` by
    'and' or commas right before it, which the small parser hangs elsewhere when the verb after
    them is a copula ('Usmanov' as an adverb, or the root of the sentence)."""
    doc = name.doc
    person = ctx.owner_at[name.i]
    start = name.i
    while start > 0 and ctx.owner_at.get(start - 1) is person:
        start -= 1
    found: list[Person] = []
    while start >= 2 and doc[start - 1].lower_ in ("and", ","):
        gap = 2 if doc[start - 1].lower_ == "and" and doc[start - 2].text == "," else 1  # "A, B, and C"
        before = ctx.owner_at.get(start - gap - 1)
        if before is None or before is person or before in found or start - gap - 1 in ctx.quoted:
            break
        at = start - gap - 1
        if doc[at].dep_ in ("dobj", "pobj", "nsubj") and doc[at].head.i != name.head.i:
            break  # "Police beat A, and B were among those held": A is the beating's
        while at > 0 and ctx.owner_at.get(at - 1) is before:
            at -= 1
        if gap == 2 and not (at >= 2 and doc[at - 1].text == "," and doc[at - 2].i in ctx.owner_at):
            break  # ", and" closes a list of three or more ("A, B, and C"), not a clause ("beat A, and B")
        found.append(before)
        start = at
    return found


def names_after(ctx: DocContext, word: Token) -> list[Person]:
    """The people named after `word` ('including', 'among them') up to the end of its sentence,
    a new clause (a verb, a relative pronoun) or a semicolon: the small parser breaks long lists
    of names with roles apart, and hangs their pieces anywhere in the clause."""
    found: list[Person] = []
    related = False  # inside "wife of B", "B's lawyer": B is no item of the list
    doc = word.doc
    skip_to = 0
    for t in doc[word.i + 1 : word.sent.end]:
        if t.i < skip_to:
            continue
        role = t.i + 1 in ctx.owner_at and t.is_lower  # "poet X": the tagger may call "poet" a verb
        role = role or t.i in ctx.owner_at  # (and a name's own word: "Saw" of "Saw Eh Htoo")
        if (end := _item_clause_end(t, word)) is not None:
            skip_to = end  # "A, a leader who had served ten years, and the poet B": B is listed too
            continue
        if t.pos_ in ("VERB", "AUX") and not role or t.tag_ in ("WP", "WDT", "WP$") or t.text == ";":
            break
        if t.dep_ == "prep" and t.head.i < word.i and doc[t.i - 1].text == ",":
            break  # "including A and B, after a visit by envoy C": the clause goes on, the list ends
        if t.text == "," or t.lower_ == "and":
            related = False
        elif t.lower_ == "of":
            related = True
        person = ctx.owner_at.get(t.i)
        if person is None or related or t.i in ctx.quoted or person in found:
            continue
        end = t.i + 1
        while end < len(doc) and ctx.owner_at.get(end) is person:
            end += 1
        if end < len(doc) and doc[end].tag_ == "POS":
            continue  # "B's lawyer"
        found.append(person)
    return found


def _item_clause_end(t: Token, word: Token) -> int | None:
    """Where a relative clause that describes an item of a list after `word` ends, when the list
    goes on after it (", and B"; not ", his lawyer B said", a clause of its own): the index just
    past the clause, else None."""
    if t.tag_ not in ("WP", "WDT", "WP$") or t.head.dep_ != "relcl" or t.head.head.i <= word.i:
        return None
    end = t.head.right_edge.i + 1
    doc = t.doc
    if end + 1 >= word.sent.end or doc[end].text != "," or doc[end + 1].lower_ != "and":
        return None
    return end


_VERB_READINGS = frozenset({"VBD", "VBN", "VBP"})


__all__ = [
    "BENCH_TITLES",
    "turn_label",
    "both_of_two",
    "counted_back_to_named",
    "counted_back_to_told",
    "told_back",
    "a_thing",
    "companions_of",
    "flat_list",
    "group_of_the_body",
    "is_passive",
    "listed_persons",
    "members_of_clause",
    "joined_in_own_sentence",
    "name_plural_pronouns",
    "named_together_before",
    "named_set_told_before",
    "names_past_owner_phrase",
    "names_after",
    "group_read_as_clause_subject",
    "object_relative",
    "one_of",
    "patient_of",
    "person_noun_for_who",
    "persons_of",
    "pronoun_is_safe",
    "relative_clause_of_one",
    "subject_of",
    "they_of_main_clause",
]
