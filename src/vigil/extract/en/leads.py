"""Discourse rules of news leads: a person the lead leaves unnamed and the next paragraph
names, a counted lead group introduced member by member, interview answers that are the
article's own account.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from functools import cache

from spacy.tokens import Doc, Span, Token

from vigil.extract.doctext import doc_text, text_lines
from vigil.extract.en.brackets import past_aside
from vigil.extract.en.context import DocContext
from vigil.extract.en.groups import ORDINAL_WORDS, has_det
from vigil.extract.en.modality import SPEECH, asserted
from vigil.extract.en.participants import patient_of, subject_of, turn_label
from vigil.extract.en.persons import PERSON_NOUNS, Person, fold, in_title_case_line
from vigil.extract.en.triggers import (
    TERM_NOUNS,
    accused_noun,
    lexicon,
    noun_rules,
    office_term,
    term_in,
    trigger_type,
)
from vigil.extract.findings import Finding, Membership

_TURN = re.compile(r"^\s*([A-Z][^\n:\"]{0,40}):\s+\S")


def interview_answers(ctx: DocContext) -> set[int]:
    """Tokens of the paragraphs an interviewee speaks in a transcript ("Name: ..."), outside any
    quotation marks within them."""
    doc = ctx.doc
    out: set[int] = set()
    for pos, paragraph in text_lines(doc_text(doc)):
        match = _TURN.match(paragraph)
        # (not 'Name: "..."', a quote set after its speaker's name; the marks of a charge cited
        # within an answer, 'was given 16 years for "extremism"', leave the rest of it an answer)
        if match and paragraph[match.end() - 1] not in _OPENING_MARKS:
            head = doc.char_span(pos + match.start(1), pos + match.end(1), alignment_mode="expand")
            owners = (
                {id(ctx.owner_at[t.i]) for t in head if t.i in ctx.owner_at} if head is not None else set()
            )
            body = doc.char_span(pos + match.end(), pos + len(paragraph), alignment_mode="expand")
            if len(owners) == 1 and body is not None:
                out.update(range(body.start, body.end))
                out.difference_update(_within_marks(doc, pos + match.end(), paragraph[match.end() :]))
    return out


def without_speaker_label(persons: list[Person], sent: Span) -> list[Person]:
    """The persons of an event told in a transcript's turn, less the speaker whose label ('UTEPOVA:')
    opens it and who is not named again in it: the label says who speaks, not who was convicted."""
    if not turn_label(sent[0]):
        return persons
    return [
        p
        for p in persons
        if not any(s == sent.start for s, _ in p.mentions)
        or any(sent.start < s < sent.end for s, _ in p.mentions)
    ]


_OPENING_MARKS = frozenset('"\u201c\u201d')


def _within_marks(doc: Doc, start: int, text: str) -> set[int]:
    """The tokens between pairs of double quotation marks in `text`, which opens at `start`."""
    out: set[int] = set()
    for m in re.finditer(r'["\u201c][^"\u201c\u201d]*["\u201d]', text):
        span = doc.char_span(start + m.start(), start + m.end(), alignment_mode="expand")
        if span is not None:
            out.update(range(span.start, span.end))
    return out


_LEAD_SENTENCES = 3  # the headline, the dateline and the lead
_INTRODUCTION_REACH = 4  # sentences after the lead in which the story names its people


def named_after_lead(ctx: DocContext, findings: list[Finding]) -> list[Finding]:
    """'A court ... jailed a Facebook commentator for eight years ... / Nguyen Duc Thinh, 47, was
    convicted under Article 117 ...': news leads tell the event of someone unnamed ('a Uyghur
    economist', 'a retired teacher') and the next sentences introduce that person by name with
    their own story. The people first named, with an event of their own, right after the lead are
    the lead's people, in order: they take its sentence (with its term) or release."""
    doc = ctx.doc
    sentences = list(doc.sents)
    index = {s.start: k for k, s in enumerate(sentences)}
    # (a byline and a dateline line may push the lead past the third sentence)
    lead = _lead_sentence(doc)
    reach = max(_LEAD_SENTENCES, index[lead.start] + 1) if lead is not None else _LEAD_SENTENCES
    leads = [
        f
        for f in sorted(findings, key=lambda f: f.trigger.i)
        if f.type in ("sentence", "release")
        and not f.persons
        and f.count is None
        and index[f.trigger.sent.start] < reach
        and f.trigger.i not in ctx.quoted
        and (
            _someone_unnamed(ctx, patient_of(f.trigger, f.type))
            or index[f.trigger.sent.start] == 0
            and _headline_someone(ctx, patient_of(f.trigger, f.type))
        )
    ]
    # "Vietnam jails Facebook commentator ... / A court ... jailed a Facebook commentator": the lead
    # tells the headline's event again, of the same one person
    # (or names its person: "Court jails lawyer for 14 years / ... handing lawyer X 14 years")
    told_below = {f.type for f in leads if index[f.trigger.sent.start] > 0} | {
        f.type for f in findings if f.persons and 0 < index[f.trigger.sent.start] < reach
    }
    leads = [f for f in leads if index[f.trigger.sent.start] > 0 or f.type not in told_below]
    if not leads:
        return []
    last = index[leads[-1].trigger.sent.start]
    introduced: list[tuple[Person, set[str]]] = []
    below = _below_headline(doc)
    stopped = False
    for sent in sentences[last + 1 : last + 1 + _INTRODUCTION_REACH]:
        # the introduction opens a paragraph with the name ("Nguyen Duc Thinh, 47, was convicted",
        # "His co-defendant, Ho Thi Lan, ..."), not another story ("Separately, X was detained")
        if not _opens_line(sent):
            continue
        if any(t.lower_ in _ANOTHER_STORY for t in sent[:4]):
            continue
        newcomers = _newcomers(ctx, sent, below)
        for person in ctx.persons:
            first = _first_named(person, below)
            if not sent.start <= first < sent.end:
                continue
            echo = _echo_of_lead(sent, leads[len(introduced)].type) if len(introduced) < len(leads) else None
            if echo is not None and newcomers == [person] and not introduced and _in_subject(doc[first]):
                # "Cold War deserter jailed ... / The long journey of Charles Robert Jenkins reached its
                # climax with a 30-day sentence": the only person the lead names, in its subject, and
                # the lead's event told again as a noun no one owns
                introduced.append((person, {leads[0].type}))
                if leads[0].term is None and echo.lemma_ in TERM_NOUNS:
                    leads[0].term = term_in(echo)
                break
            # their own story is the sentence's main verb, not a clause about them ("X, who was
            # arrested in 2020, condemned the verdict"), or what a speaker reports as that ("X, 29,
            # was convicted by ..., his lawyer told AFP")
            told = {
                f.type
                for f in findings
                if person in f.persons
                and sent.start <= f.trigger.i < sent.end
                and (first < sent.start + 6 or _main_verdict_of(f, doc[first]))
                and _main_verb(f.trigger)
            }
            if not told and first < sent.start + 6:
                # "X pleaded not guilty to ... / He was convicted last month": the introduction's
                # next sentence, of the same paragraph, tells the named one's event as 'he' or 'she'
                told = _told_of_pronoun_next(ctx, findings, person, sent)
            if told:
                introduced.append((person, told))
            elif any(
                f.type == "sentence" and person in f.persons and f.trigger.sent == sent for f in findings
            ):
                # "The court found X, 52, guilty ... / X's nephew, Y, was sentenced to four years":
                # the first one named with a verdict of their own is the lead's person or no one is
                stopped = True
                break
        if stopped:
            break
    out: list[Finding] = []
    for lead, (person, told) in zip(leads, introduced, strict=False):
        if lead.type in told or lead.type == "sentence" and "arrest" in told:
            out.append(
                Finding(lead.type, lead.trigger, [person], term=lead.term, date=lead.date, confidence=0.7)
            )
    return out


def introduced_after_lead(ctx: DocContext, findings: list[Finding]) -> list[Finding]:
    """'A Belarusian journalist ... was detained at the airport in Tbilisi on Friday and put on a
    plane to Vilnius against his will ... / Pavel Sauchuk, 36, who writes about Georgian politics,
    had flown in to cover a trial': a lead that tells what happened to one unnamed person, named
    nowhere in it, and the next paragraph that opens by introducing someone (a name, then an age,
    a role or a "who" clause) as its subject. That someone is the lead's person, whatever the
    introduction goes on to say."""
    doc = ctx.doc
    lead = _lead_sentence(doc)
    if lead is None:
        return []
    leads = [
        f
        for f in findings
        if not f.persons and f.count is None and f.trigger.sent == lead and f.trigger.i not in ctx.quoted
    ]
    patients = {p.i: p for f in leads if (p := patient_of(f.trigger, f.type)) is not None}
    unnamed = {i: p for i, p in patients.items() if _someone_unnamed(ctx, p)}
    if len(unnamed) == 1 and all(
        p.pos_ not in ("PROPN", "PRON") and not _person_noun(p)
        for p in patients.values()
        if p.i not in unnamed
    ):
        # "An activist serving a 13-year sentence on charges that ... has died": where the parser
        # hung the second verb on a thing ("charges"), the one person noun is the lead's patient
        # (not "detained the editor ... and expelled a correspondent": two people)
        patients = unnamed
    if len(patients) != 1:
        return []
    patient = next(iter(patients.values()))
    sent = patient.sent
    if (
        _someone_unnamed(ctx, patient)
        and sent.end < len(doc)
        and not any(k in ctx.owner_at for k in range(sent.start, sent.end))
        and (echoed := _named_in_echo(ctx, doc[sent.end].sent, {f.type for f in leads})) is not None
    ):
        # "... arrested a 47-year-old man wanted in Italy / A court had ordered the arrest of X, a
        # political scientist": the lead's event told again as a noun, of someone named there first
        return [
            dataclasses.replace(f, persons=[echoed], confidence=0.7, implies_release=False)
            for f in leads
            if f.trigger.sent == sent and patient_of(f.trigger, f.type) == patient
        ]
    if (
        _one_unnamed(ctx, patient)
        and not _names_someone(ctx, sent)
        and sent.end < len(doc)
        and (quoted := _echo_in_quote(ctx, doc[sent.end].sent, leads)) is not None
    ):
        # "Investigators arrested a senior detective ... / 'X was arrested and will be charged,' the
        # prosecutor said": the lead's event told again, in a quotation, of someone named there first
        return [
            dataclasses.replace(f, persons=[quoted], confidence=0.7, implies_release=False)
            for f in leads
            if f.trigger.sent == sent and patient_of(f.trigger, f.type) == patient
        ]
    kind = _lead_someone(ctx, patient)
    if kind is None:
        return []  # "a man was arrested ... / Anna K., 34, was stabbed": crime news names its victims
    sent = patient.sent
    leads = [f for f in leads if f.trigger.sent == sent and patient_of(f.trigger, f.type) == patient]
    if _names_someone(ctx, sent) or sent.end >= len(doc):
        return []
    following = doc[sent.end].sent
    echoed = _definite_echo(ctx, following, patient)
    if echoed is not None:
        return [
            dataclasses.replace(f, persons=[echoed], confidence=0.7, implies_release=False) for f in leads
        ]
    if (named_as := _identified_as(ctx, following)) is not None:
        # "Rights groups identified him as X": the lead's person named by whoever knows them
        return [
            dataclasses.replace(f, persons=[named_as], confidence=0.7, implies_release=False) for f in leads
        ]
    opening = _after_fronted(following, ctx)  # "On Tuesday, X, 39, stood in the dock"
    person = ctx.owner_at.get(opening)
    if person is None or _first_named(person, _below_headline(doc)) < opening:
        return []
    end = max(e for s, e in person.mentions if s == opening)
    named = doc[end - 1]
    end = past_aside(doc, end, following.end)  # "X (Y in Kazakh-language media), 29, was ..."
    aged = end + 2 < len(doc) and doc[end].text == "," and doc[end + 1].like_num and doc[end + 2].text == ","
    if not _opens_line(following) and not aged:
        return []  # the introduction opens the next paragraph (or, with an age, the next sentence)
    root = following.root
    subject = subject_of(root)
    reported = False
    if subject is None or ctx.owner_at.get(subject.i) is not person:
        # "X, 41, who ..., had pleaded guilty ..., the law passed in 2024": a long opening the
        # parser hung under a later clause; "X, 53, was placed under house arrest, his lawyer
        # told reporters": the introduction reported; the name is still its own verb's subject
        verb = named.head
        if named.dep_ in ("nsubj", "nsubjpass") and verb.dep_ == "ccomp" and verb.head == root:
            subject, reported = named, True
    if root.lemma_ in SPEECH and not reported or subject is None or ctx.owner_at.get(subject.i) is not person:
        return []  # "John Smith, 45, a police spokesman, said ...": someone else speaking of the case
    after = doc[end : end + 3]
    introduced = (
        len(after) == 3
        and after[0].text == ","
        and (
            after[1].like_num
            or after[1].lower_ in ("a", "an", "who")
            or fold(after[1].text) in PERSON_NOUNS
            # "X, the leader of the party, was taken ...": a role made definite (not "the
            # journalist's wife": someone else's relative)
            or after[1].lower_ == "the"
            and _definite_role(named)
        )
    )
    if not introduced:
        return []
    if any(t.lemma_ == patient.lemma_ and any(c.dep_ == "case" for c in t.children) for t in following):
        return []  # "X, 53, had been the economist's cellmate": someone beside the lead's person
    if kind == "accused" and not _introduced_as_accused(following, subject):
        return []  # "a gunman was jailed ... / X, 34, was shot in the leg": the victim named
    described = [
        t for k in range(end, following.end) if (t := doc[k]).dep_ == "appos" and t.head.i == named.i
    ]
    if any(w.lemma_.lower() in lexicon("authority_roles") for a in described for w in a.subtree):
        return []  # "Nurlan S., 41, a police spokesman, defended the detention"
    # ("a fellow activist", but "a visiting fellow" is a post)
    if any(
        w.lower_ in _SOMEONE_ELSE and not (w.lower_ == "fellow" and w.i == a.i)
        for a in described
        for w in a.subtree
    ):
        return []  # "Anna R., 39, another journalist, was fined": a second person, not the lead's
    # (what a deportation implies of a release stays with the events told of the person by name)
    return [dataclasses.replace(f, persons=[person], confidence=0.7, implies_release=False) for f in leads]


def counted_accused_named_next(ctx: DocContext, findings: list[Finding]) -> list[Finding]:
    """'Police arrested two men on Tuesday. / A, 32, and B, 28, were charged with murder': crime
    news counts the suspects it arrested, unnamed, and the next sentence opens by naming as many
    people, first named there, as the subject of an accusation or a court ('were charged', 'will
    appear in court', 'pleaded not guilty'). Those are the counted suspects: each was arrested."""
    doc = ctx.doc
    out: list[Finding] = []
    for f in findings:
        if f.type != "arrest" or f.persons or not f.count or f.count < 2 or f.trigger.i in ctx.quoted:
            continue
        patient = patient_of(f.trigger, f.type)
        if patient is None or patient.tag_ != "NNS" or ctx.persons_in(patient, pronouns=False):
            continue  # "arrested two men": the suspects counted, none named
        end = f.trigger.sent.end
        if end >= len(doc):
            continue
        following = doc[end].sent  # (the next sentence, found only for a counted arrest)
        named = _named_subjects(ctx, following)
        if len(named) != f.count or any(_first_named(p, 0) < following.start for p in named):
            continue
        if any(g.count and g.trigger.sent == following for g in findings):
            continue  # the next sentence counts a group of its own
        if not _accused_clause(following) and not _echoed_group(following, patient):
            continue  # "A and B told reporters ...", "A and B were stabbed": witnesses, victims
        out.append(Finding("arrest", f.trigger, named, date=f.date, confidence=0.7))
    return out


# main verbs that tell suspects in the hands of police or courts ("were charged", "will appear in
# court", "are accused of", "were remanded", "pleaded not guilty")
_ACCUSED_VERBS = frozenset(
    {
        "charge",
        "accuse",
        "suspect",
        "remand",
        "plead",
        "indict",
        "arraign",
        "deny",
        "admit",
        "confess",
        "appear",
    }
)


def _accused_clause(sent: Span) -> bool:
    """The sentence's main verb tells its subject as suspects (charged, accused, remanded, in
    court to answer a charge), not as witnesses, officials or victims ('testified', 'will hear
    the case', 'were stabbed'); no one in the subject holds an office or is described by a clause."""
    root = sent.root
    subject = subject_of(root)
    if subject is None or root.lemma_ not in _ACCUSED_VERBS or any(c.dep_ == "neg" for c in root.children):
        return False  # ("were not charged": no one said to be a suspect)
    if root.lemma_ == "appear" and not any(
        t.lemma_ in ("court", "magistrate", "judge") for t in root.subtree
    ):
        return False  # "appeared on television"
    described = list(subject.subtree)
    if any(t.dep_ in ("relcl", "acl") for t in described):
        return False  # "A and B, who witnessed the attack, ..."
    return not any(t.lemma_.lower() in lexicon("authority_roles") for t in described)


_SUSPECT_NOUNS = frozenset({"suspect", "defendant", "detainee", "accused"})


def _echoed_group(sent: Span, patient: Token) -> bool:
    """'The men, A and B, were later freed on bail', 'The suspects, A, B and C, are due in court':
    the subject is the counted group told again by 'the' and its own noun (or a suspect's noun),
    the names set off after it."""
    subject = subject_of(sent.root)
    return (
        subject is not None
        and subject.tag_ == "NNS"
        and has_det(subject, ("the",))
        and (subject.lemma_ == patient.lemma_ or subject.lemma_ in _SUSPECT_NOUNS)
        # (the parser may join the names set off after the noun to it as conjuncts)
        and any(c.dep_ == "appos" or c.dep_ == "conj" and c.pos_ == "PROPN" for c in subject.children)
        and not any(t.dep_ in ("relcl", "acl") for t in subject.subtree)
    )


def _named_subjects(ctx: DocContext, sent: Span) -> list[Person]:
    """The persons the main verb's subject names, each by a name joined to the others ('A, 32, and
    B, 28,'), none by a phrase about someone else ('the lawyer of A')."""
    subject = subject_of(sent.root)
    if subject is None:
        return []
    persons = ctx.persons_in(subject, pronouns=False)
    for person in persons:
        tok = next(
            (sent.doc[s] for s, _ in person.mentions if subject.left_edge.i <= s <= subject.right_edge.i),
            None,
        )
        while tok is not None and tok.i != subject.i:
            if tok.dep_ in ("pobj", "poss"):
                return []  # "the lawyer of A", "A's brother"
            tok = tok.head if tok.head.i != tok.i else None
    return persons


# a headline's plain nouns of anyone (the lead may name a victim by them: "a 34-year-old man")
_ANYONE = frozenset({"man", "woman", "person", "boy", "girl", "teen", "teenager", "youth", "ex", "former"})


def headline_role_in_lead(ctx: DocContext, findings: list[Finding]) -> list[Finding]:
    """'Ex-Aide Arrested in Bribery Case / WASHINGTON (Reuters) - A former aide to the governor,
    X, faces bribery charges': a headline tells the event of someone by a role ('aide', 'singer',
    'opposition leader'), and the lead introduces the one person of that role by name, telling
    no event of that type of anyone. The lead's person of that role is the headline's."""
    doc = ctx.doc
    below = _below_headline(doc)
    lead = _lead_sentence(doc)
    if not below or lead is None:
        return []
    heads = [
        (f, role)
        for f in findings
        if f.trigger.i < below
        and not f.persons
        and f.count is None
        and not f.group_ref
        and f.trigger.i not in ctx.quoted
        and (
            role := _headline_role(ctx, patient_of(f.trigger, f.type), below)
            or _headline_role(ctx, _title_role(f.trigger), below)
        )
    ]
    out: list[Finding] = []
    for f, role in heads:
        if any(g.type == f.type and g.trigger.sent == lead for g in findings):
            continue  # the lead tells the event again, of whom it says
        named = [
            p
            for p in _newcomers(ctx, lead, below)
            if _role_of(doc, p, lead, below) & role and not _in_phrase_of(p, doc, below)
        ]
        if len(named) == 1:
            out.append(dataclasses.replace(f, persons=named, confidence=0.7, implies_release=False))
    return out


def _headline_role(ctx: DocContext, patient: Token | None, below: int) -> set[str]:
    """The words of a headline's one person ('Ex-Aide', 'Braves Pitcher', 'Opposition Leader'):
    a singular noun and the nouns run together with it, unless it is a name (of a person, a
    country, a body) or anyone at all."""
    if patient is None or patient.tag_ not in ("NN", "NNP") or patient.ent_type_ in ("ORG", "GPE"):
        return set()
    doc = patient.doc
    left, right = patient.i, patient.i
    while left > 0 and (doc[left - 1].pos_ in ("NOUN", "PROPN") or doc[left - 1].text == "-"):
        left -= 1
    while right + 1 < below and (doc[right + 1].pos_ in ("NOUN", "PROPN") or doc[right + 1].text == "-"):
        right += 1
    words = {doc[k].lower_ for k in range(left, right + 1) if doc[k].is_alpha}
    if any(k in ctx.owner_at for k in range(left, right + 1)) or words <= _ANYONE:
        return set()
    return words - _ANYONE


def _in_phrase_of(person: Person, doc: Doc, below: int) -> bool:
    """'the bodyguard of singer X', 'a lawyer for activist X': the name describes someone else."""
    tok = doc[_first_named(person, below)]
    while tok.head.i != tok.i:
        if tok.dep_ == "pobj" and tok.head.lower_ != "to":
            return True
        tok = tok.head
    return False


def _title_role(trigger: Token) -> Token | None:
    """'Rights Activist Jailed in Baku', 'Nigeria Frees Opposition Leader': the word before a
    title-case participle, or the last of the title words after a title-case verb, that the parser
    read as name words, with no patient found."""
    if trigger.i == 0 or not trigger.is_title:
        return None
    doc = trigger.doc
    end = trigger.i + 1  # "Nigeria Frees Opposition Leader": the run of title words after the verb
    while end < len(doc) and doc[end].is_title and doc[end].pos_ in ("NOUN", "PROPN"):
        end += 1
    return doc[end - 1] if end > trigger.i + 1 and trigger.lower_.endswith("s") else doc[trigger.i - 1]


def _role_of(doc: Doc, person: Person, sent: Span, below: int) -> set[str]:
    """The role nouns set right beside a person's first mention in `sent`: before the name
    ('pitcher X'), or as its apposition either way ('X, a former aide', 'a former aide, X')."""
    first = _first_named(person, below)
    end = max(e for s, e in person.mentions if s == first)
    name = next((doc[k] for k in range(first, end) if not first <= doc[k].head.i < end), doc[end - 1])
    linked = [c for c in name.children if c.dep_ in ("compound", "appos") and not first <= c.i < end]
    if name.dep_ == "appos":
        linked.append(name.head)
        if name.head.dep_ == "pobj" and name.head.head.head.pos_ == "NOUN":
            linked.append(name.head.head.head)  # "a former aide to the governor, X, ...": the aide
    if name.dep_ == "conj" or any(c.dep_ == "conj" for c in name.children):
        return set()  # "opposition leaders X and Y": two people, neither the headline's one
    return {t.lower_ for t in linked if t.tag_ == "NN" and t.i >= sent.start}


_SOMEONE_ELSE = frozenset({"another", "other", "fellow", "co-defendant", "colleague", "also"})


def _told_of_pronoun_next(ctx: DocContext, findings: list[Finding], person: Person, sent: Span) -> set[str]:
    """The events the sentence after `sent`, in the same paragraph, tells of `person` as the main
    verb's pronoun subject."""
    doc = ctx.doc
    if sent.end >= len(doc) or "\n" in doc[sent.end - 1].text_with_ws or "\n" in doc[sent.end].text:
        return set()
    after = doc[sent.end].sent
    return {
        f.type
        for f in findings
        if person in f.persons
        and after.start <= f.trigger.i < after.end
        and _main_verb(f.trigger)
        and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("he", "she") for c in f.trigger.children)
    }


def _main_verb(verb: Token) -> bool:
    """The sentence's main verb, one conjoined to it, or the clause a main speech verb reports."""
    return (
        verb.dep_ == "ROOT"
        or verb.dep_ == "conj"
        and verb.head.dep_ == "ROOT"
        or verb.dep_ == "ccomp"
        and verb.head.dep_ == "ROOT"
        and verb.head.lemma_ in SPEECH
        and verb.i < verb.head.i
    )


def _main_verdict_of(finding: Finding, name: Token) -> bool:
    """'The People's Court of X province convicted Y, 52, of ...', 'found Y guilty': a name further
    into its sentence is still introduced there when it is the object of the verdict."""
    head = name
    while head.dep_ in ("compound", "flat") and head.head.i != head.i:
        head = head.head
    if head.dep_ == "nsubj" and head.head.lower_ == "guilty":
        head = head.head  # "found Y, 52, guilty of ...": the parser makes Y the subject of 'guilty'
    return finding.type == "sentence" and head.dep_ in ("dobj", "ccomp") and head.head.i == finding.trigger.i


def _named_in_echo(ctx: DocContext, sent: Span, types: set[str]) -> Person | None:
    """'the arrest of X', 'X's release': an event noun of the lead's own type whose owner is the
    a person the sentence names for the first time, with a role of their own ('X, a lawyer')."""
    below = _below_headline(ctx.doc)
    newcomers = {id(p) for p in _newcomers(ctx, sent, below)}
    rules = noun_rules()
    for noun in sent:
        if noun.pos_ != "NOUN" or rules.get(noun.lemma_.lower()) not in types or noun.i in ctx.quoted:
            continue
        owners = [c for c in noun.children if c.dep_ == "poss"]
        owners += [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
        for owner in owners:
            person = ctx.owner_at.get(owner.i)
            if person is None or id(person) not in newcomers:
                continue
            # "the arrest of X, a political scientist": a role of their own said of them ties them
            # to the lead's someone (not "X, a friend of the suspect", "X, his brother")
            roles = [c for c in owner.children if c.dep_ == "appos" and fold(c.lemma_) in PERSON_NOUNS]
            owned = (g.dep_ in ("poss", "prep") and g.lower_ != "in" for r in roles for g in r.children)
            if not roles or any(owned):
                return None
            return person
    return None


def _identified_as(ctx: DocContext, sent: Span) -> Person | None:
    """'Rights groups identified him as X, 39': a verb of naming whose object is a pronoun and
    whose "as" names someone for the first time there."""
    for verb in sent:
        if verb.lemma_ not in ("identify", "name") or verb.pos_ != "VERB":
            continue
        if not any(c.dep_ == "dobj" and c.lower_ in ("him", "her") for c in verb.children):
            continue
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ == "as":
                for name in prep.children:
                    person = ctx.owner_at.get(name.i)
                    if person is not None and _first_named(person, _below_headline(ctx.doc)) >= sent.start:
                        return person
    return None


def _after_fronted(sent: Span, ctx: DocContext) -> int:
    """Where a sentence's subject opens past a short fronted adverbial ('On Tuesday, X ...')."""
    doc = sent.doc
    first = doc[sent.start]
    if first.pos_ not in ("ADP", "ADV") or sent.start in ctx.owner_at:
        return sent.start
    comma = next((t.i for t in doc[sent.start : min(sent.end, sent.start + 5)] if t.text == ","), None)
    return comma + 1 if comma is not None and comma + 1 < sent.end else sent.start


def _definite_role(name: Token) -> bool:
    """'X, the leader of the Strategy party': the name's apposition is a definite role of its own,
    owned by no one ('the journalist's wife', 'the activist's lawyer' are someone else's)."""
    role = next((c for c in name.children if c.dep_ == "appos" and c.i > name.i), None)
    return (
        role is not None
        and fold(role.lemma_) in PERSON_NOUNS
        and role.lemma_.lower() not in _not_members()
        and not any(c.dep_ == "poss" for c in role.children)
    )


def _definite_echo(ctx: DocContext, sent: Span, patient: Token) -> Person | None:
    """'Police detained a human rights lawyer ... / The lawyer, Elchin Sadigov, had defended ...':
    the next sentence opens by naming the lead's person with the lead's own noun made definite
    and the name in apposition, said for the first time there."""
    opening = sent[:6]
    noun = next((t for t in opening if t.lemma_ == patient.lemma_ and t.pos_ == "NOUN"), None)
    if noun is None or not has_det(noun, ("the", "this")) or noun.i + 2 >= sent.end:
        return None
    if doc_text(ctx.doc)[noun.idx + len(noun.text) : noun.idx + len(noun.text) + 1] != ",":
        return None
    person = ctx.owner_at.get(noun.i + 2)
    if person is None or _first_named(person, _below_headline(ctx.doc)) != noun.i + 2:
        return None
    return person


def _below_headline(doc: Doc) -> int:
    """The first token after a headline line ("BELARUS JAILS JOURNALIST IHAR KARNEI ..."), or 0
    when the text opens with its lead: a headline names whom the lead then leaves unnamed."""
    first = next(doc.sents, None)
    if first is None or "\n" not in doc_text(doc)[max(0, first.end_char - 2) : first.end_char + 2]:
        return 0
    if len(first) >= 8 and first.text.rstrip().endswith(".") and any(t.pos_ == "VERB" for t in first):
        return 0  # "Police detained a blogger on Tuesday.": a lead paragraph of its own, no headline
    if _verbless_line(first) and (headline := _headline_after_kicker(first)) is not None:
        return headline.end  # "Radio Free Asia | UYGHUR / Family learns lecturer was given 15 years"
    return first.end


def _headline_after_kicker(kicker: Span) -> Span | None:
    """'Radio Free Asia | UYGHUR', then 'Family learns Uyghur lecturer was given 15 years, six
    years after she vanished': a kicker (a section or outlet line, no verb) above the headline;
    the headline is the next sentence when it is a line of its own with a verb and no closing
    stop, and the lead comes after it (session 56, ctx: with the kicker taken for the headline,
    the headline was read as the lead and the lead fell out of reach)."""
    doc = kicker.doc
    if kicker.end >= len(doc):
        return None
    nxt = doc[kicker.end].sent
    closed = nxt.text.rstrip().endswith((".", "!", "?"))
    if _closes_line(nxt) and not closed and any(t.pos_ in ("VERB", "AUX") for t in nxt):
        return nxt
    return None


def _newcomers(ctx: DocContext, sent: Span, below: int) -> list[Person]:
    """The persons `sent` names for the first time below the headline."""
    return [p for p in ctx.persons if sent.start <= _first_named(p, below) < sent.end]


def _first_named(person: Person, below: int) -> int:
    """Where the story first names `person` at or after token `below` (-1 if it never does)."""
    return min((start for start, _ in person.mentions if start >= below), default=-1)


_LEAD = "vigil_lead"  # a doc's lead sentence, once found (None: none)


def _lead_sentence(doc: Doc) -> Span | None:
    """The lead: the first sentence after the headline longer than a dateline ('(Newswire) —');
    the text's first sentence when it opens with its lead, no headline above it. Found once per
    doc: two passes ask for it."""
    if _LEAD not in doc.user_data:
        doc.user_data[_LEAD] = _find_lead(doc)
    return doc.user_data[_LEAD]


def _find_lead(doc: Doc) -> Span | None:
    # ("CARACAS, Aug 12 (Reuters) -" is a dateline however long: it ends with its dash)
    below = _below_headline(doc)
    # (a kicker above the headline: two lines before the lead)
    start = sum(1 for s in itertools.takewhile(lambda s: s.start < below, doc.sents)) if below else 0
    opening = list(itertools.islice(doc.sents, _LEAD_SENTENCES + start))
    # "Police arrest wanted man. / ROME 1996-08-28 / Police on Wednesday arrested ...": a wire
    # story's verbless dateline line; the lead follows it, whatever the headline above looks like
    dateline = next((k for k, s in enumerate(opening[:2]) if _dateline(s)), None)
    if dateline is not None:
        start = max(start, dateline + 1)
    # ("By X / Thursday, March 12, 2026 | 04:18 pm": a byline and a date line of their own, no verb
    # in them, do not count toward the lead's reach)
    told = itertools.islice(doc.sents, start, None)
    # (nor does a subheadline in title case: "Nun's Death Weeks After Release Raises Concern")
    told = itertools.islice(
        (
            s
            for s in told
            if not _verbless_line(s) and not _stamp_line(s) and not (start and in_title_case_line(s[0]))
        ),
        _LEAD_SENTENCES,
    )
    return next(
        (
            s
            for s in told
            if len(s) >= 6
            and not s.text.rstrip().endswith(("—", "–", "-"))
            # ("ROME 1996-08-28": a dateline line of its own, no verb in it)
            and any(t.pos_ in ("VERB", "AUX") for t in s)
        ),
        None,
    )


_STAMP_WORDS = frozenset({"updated", "published", "posted", "modified"})


def _stamp_line(sent: Span) -> bool:
    """'Updated 14:20, 5 January 2026', 'Published On 6 Aug 2025', 'Last updated: ...': a
    sentence opening a line with a word of a time stamp is no lead, though the tagger reads the
    participle as a verb (session 56, ctx: under a headline and a kicker such a line pushed the
    lead out of reach)."""
    if not _opens_line(sent):
        return False
    words = [t.lower_ for t in sent[:2]]
    return words[0] in _STAMP_WORDS or words[:2] == ["last", "updated"]


def _opens_line(sent: Span) -> bool:
    """Whether a sentence starts the text or a line of it (a line break in the two characters
    before it)."""
    return sent.start_char == 0 or "\n" in doc_text(sent.doc)[max(0, sent.start_char - 2) : sent.start_char]


def _closes_line(sent: Span) -> bool:
    """Whether a line break follows a sentence's end (within the space it keeps)."""
    return "\n" in doc_text(sent.doc)[sent.end_char - 1 : sent.end_char + 2]


def _verbless_line(sent: Span) -> bool:
    """A short line of its own with no verb: a byline, a date, a section name."""
    ends = _closes_line(sent) or sent.end_char >= len(doc_text(sent.doc).rstrip())
    # ("By X | 2026.10.30": a date in figures the tagger calls a verb is none)
    verbs = any(t.pos_ in ("VERB", "AUX") and t.is_alpha for t in sent)
    return _opens_line(sent) and ends and len(sent) <= 15 and not verbs


def _dateline(sent: Span) -> bool:
    """'ROME 1996-08-28', 'SAO PAULO, Brazil 1996-08-28': a line of a place and a date alone."""
    text = sent.text.strip()
    return (
        "\n" not in text
        and not any(t.pos_ in ("VERB", "AUX") for t in sent)
        and any(t.ent_type_ == "DATE" or t.like_num for t in sent[-6:])
        and (sent.text.endswith("\n") or doc_text(sent.doc)[sent.end_char : sent.end_char + 1] in ("\n", ""))
    )


# who is introduced beside a group's story without being one of it
_NOT_MEMBERS = frozenset(
    {"lawyer", "attorney", "wife", "husband", "mother", "father", "son", "daughter", "brother", "sister",
     "relative", "friend", "colleague", "analyst", "expert", "researcher", "director", "head", "chairman"}
)  # fmt: skip


@cache
def _not_members() -> frozenset[str]:
    """Words of a role that make the one named no member of the group: an authority, a relative."""
    return lexicon("authority_roles") | lexicon("relation_nouns") | _NOT_MEMBERS


def introduced_members(ctx: DocContext, findings: list[Finding]) -> list[Membership]:
    """'Three Belarusians who were released from prison and expelled to Lithuania last week told
    a news conference ... / Zoya M., a 45-year-old accountant, said ... / Leanid P., an
    environmental activist, said ... / ..., said Aleh T., a former city councillor': a lead about
    a counted group it names nowhere, then as many paragraphs, each introducing one new person
    (a name, then an age or "a/an" role): those are the group's members, in a story about them."""
    doc = ctx.doc
    lead = _lead_sentence(doc)
    if lead is None or any(k in ctx.owner_at for k in range(lead.start, lead.end)):
        return []
    counts = {f.count for f in findings if f.trigger.sent == lead and f.group_ref and not f.persons}
    if len(counts) != 1 or not 2 <= (size := next(iter(counts)) or 0) <= 6:
        return []
    paragraphs: list[list[Span]] = []
    for sent in itertools.islice(doc[lead.end :].sents, 4 * size) if lead.end < len(doc) else ():
        if not paragraphs or _opens_line(sent):
            if len(paragraphs) == size:
                break
            paragraphs.append([])
        paragraphs[-1].append(sent)
    members: list[Person] = []
    for paragraph in paragraphs:
        start, end = paragraph[0].start, paragraph[-1].end
        new = [p for p in ctx.persons if start <= min((s for s, _ in p.mentions), default=-1) < end]
        if len(new) != 1:
            return []
        first_end = min(e for s, e in new[0].mentions if s >= start)
        after = doc[first_end : first_end + 2]
        if (
            len(after) < 2
            or after[0].text != ","
            or not (after[1].like_num or after[1].lower_ in ("a", "an"))
        ):
            return []
        role = doc[first_end + 1 : next((t.i for t in doc[first_end + 1 : end] if t.text == ","), end)]
        words = {t.lemma_.lower() for t in role}
        if words & _not_members():
            return []
        members.append(new[0])
    if len(members) != size:
        return []
    return [Membership(doc[min(s for s, _ in members[0].mentions)], members, None)]


def named_in_apposition(ctx: DocContext, findings: list[Finding]) -> tuple[list[Membership], list[Finding]]:
    """'A middle-aged man ... has been arrested, police said. Hideo Nakajima, an unemployed man
    from Soka, ...' / 'Two receivers arrested ... Terry Love and Irving Campbell, both 19-year-old
    wide receivers': the lead tells the event of people not yet named, and one of the next two
    sentences opens with as many names, first named there and in apposition with the lead's own
    noun ('man', 'receivers'). Those names are the lead's people even when the article tells
    nothing else of them."""
    doc = ctx.doc
    sentences = list(doc.sents)
    index = {s.start: k for k, s in enumerate(sentences)}
    told = {id(p) for f in findings for p in f.persons}
    memberships: list[Membership] = []
    out: list[Finding] = []
    for f in sorted(findings, key=lambda f: f.trigger.i):
        if f.persons or f.trigger.i in ctx.quoted:
            continue
        k = index[f.trigger.sent.start]
        patient = patient_of(f.trigger, f.type)
        if k >= _LEAD_SENTENCES or patient is None:
            continue
        expected = f.count if f.count is not None else int(_someone_unnamed(ctx, patient))
        for sent in sentences[k + 1 : k + 3]:
            head, names = _opening_names(ctx, sent, patient.lemma_)
            if head is None:
                continue
            if len(names) == expected and not any(id(p) in told for p in names):
                told.update(id(p) for p in names)
                if f.count is None:
                    out.append(Finding(f.type, f.trigger, names, term=f.term, date=f.date, confidence=0.7))
                else:
                    memberships.append(Membership(head, names, f.type))
            break
    return memberships, out


def _opening_names(ctx: DocContext, sent: Span, noun: str) -> tuple[Token | None, list[Person]]:
    """The people a sentence opens with ('Terry Love and Irving Campbell, both ... receivers'),
    first named there, when an apposition calls them by `noun`: nothing but their names, commas
    and 'and' comes before it."""
    head = sent[0]
    while head.dep_ == "compound" and head.head.sent == sent:
        head = head.head
    if head.lower_ == "the" and fold(head.head.lemma_) == fold(noun) and head.head.i < sent.start + 4:
        # "The blogger, Wael Abbas, is known for ...": the lead's noun again, the name beside it
        named = [g for g in head.head.children if g.dep_ == "appos" and g.i in ctx.owner_at]
        names = [p for g in named for p in ctx.persons_in(g, pronouns=False)]
        if names and all(min(s for s, _ in p.mentions) >= sent.start for p in names):
            return head.head, names
        return None, []
    appos = next((c for c in head.children if c.dep_ == "appos" and fold(c.lemma_) == fold(noun)), None)
    if head.i not in ctx.owner_at or appos is None:
        return None, []
    names: list[Person] = []
    for tok in ctx.doc[sent.start : appos.left_edge.i]:
        person = ctx.owner_at.get(tok.i)
        if person is None and tok.pos_ in ("PUNCT", "CCONJ"):
            continue
        if person is None or min(s for s, _ in person.mentions) < sent.start:
            return None, []
        if person not in names:
            names.append(person)
    return head, names


_ANOTHER_STORY = frozenset({"separately", "separate", "another", "meanwhile", "elsewhere", "also", "other"})
# the nouns that tell an event again without saying whose ("a 30-day sentence", "his release")
_ECHOES = {
    "sentence": TERM_NOUNS,
    "release": frozenset({"release", "freedom"}),
    "arrest": frozenset({"arrest", "detention", "custody"}),
}


def _headline_someone(ctx: DocContext, patient: Token | None) -> bool:
    """'Cold War deserter jailed after 40 years': a headline drops the article, so a bare singular
    person noun there is someone not yet named."""
    return (
        patient is not None
        and patient.tag_ == "NN"
        and fold(patient.lemma_) in PERSON_NOUNS
        and patient.i not in ctx.owner_at
        and not any(c.dep_ in ("det", "poss") for c in patient.children)
        and not ctx.persons_in(patient, pronouns=False)
    )


def _echo_of_lead(sent: Span, etype: str) -> Token | None:
    """The noun of the lead's event type in `sent` that no one owns ('with a 30-day sentence')."""
    nouns = _ECHOES.get(etype, frozenset())
    return next(
        (
            t
            for t in sent
            if t.pos_ == "NOUN"
            and t.lemma_.lower() in nouns
            and not office_term(t)
            and has_det(t, ("a", "an"))  # told as news, not "defended the sentence"
            and asserted(t)
            and _in_main_clause(t)  # not "X's office said a harsh sentence was needed"
            and not any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "of" for c in t.children)
        ),
        None,
    )


_CLAUSES = frozenset({"ccomp", "xcomp", "advcl", "relcl", "acl", "csubj", "parataxis", "conj"})


def _in_main_clause(tok: Token) -> bool:
    """Whether `tok` hangs on its sentence's main verb through phrases only, and that verb is no
    speech verb ('said a harsh sentence was needed')."""
    while tok.head.i != tok.i:
        if tok.dep_ in _CLAUSES:
            return False
        tok = tok.head
    return tok.lemma_ not in SPEECH


def _in_subject(tok: Token) -> bool:
    """Whether `tok` is inside the subject phrase of its sentence's main verb."""
    root = tok.sent.root
    return any(
        c.dep_ in ("nsubj", "nsubjpass") and c.left_edge.i <= tok.i <= c.right_edge.i for c in root.children
    )


# nouns of someone by their state ("a dual US-Russian citizen"): a person, though no role
_STATUS_NOUNS = frozenset({"citizen", "national", "resident", "dissident", "detainee"})


def _person_noun(noun: Token) -> bool:
    return fold(noun.lemma_) in PERSON_NOUNS or noun.lemma_.lower() in _STATUS_NOUNS


def _lead_someone(ctx: DocContext, patient: Token) -> str | None:
    """'role' for an unnamed person told by a role ('a Uyghur economist'); 'accused' for one told
    by what they did or a plain noun ('a hitman', 'a suspected member of ETA', 'a Dublin man who
    made hoax calls'), or as a first mention made definite by its relative clause ('The Romanian
    hacker who ... was sentenced'): wire leads of crime and courts name that one next, but also
    their victims, so the introduction must tell them as the accused."""
    if _someone_unnamed(ctx, patient) and _person_noun(patient):
        return "role"
    accused = accused_noun(patient)
    if accused and _one_unnamed(ctx, patient):
        return "accused"
    first_mention = (
        patient.tag_ == "NN"
        and has_det(patient, ("the",))
        and any(c.dep_ == "relcl" for c in patient.children)
        and patient.i not in ctx.owner_at
        and not ctx.persons_in(patient, pronouns=False)
    )
    return "accused" if first_mention and (accused or _person_noun(patient)) else None


def _names_someone(ctx: DocContext, sent: Span) -> bool:
    """The lead names a person, other than the one who tells it ('..., prosecutor X said')."""
    root = sent.root
    speakers: set[int] = set()
    if root.lemma_ in SPEECH and any(c.dep_ == "ccomp" for c in root.children):
        speakers = {t.i for c in root.children if c.dep_ == "nsubj" for t in c.subtree}
    return any(k in ctx.owner_at and k not in speakers for k in range(sent.start, sent.end))


def _introduced_as_accused(sent: Span, subject: Token) -> bool:
    """The introduction tells its subject in the words of an accusation or a court ('pleaded
    guilty', 'admitted the offences', 'is suspected of', 'the court was told'), and not as someone
    harmed ('was shot', 'died')."""
    verb = subject.head
    if verb.lemma_.lower() in lexicon("harms") and (subject.dep_ == "nsubjpass" or verb.lemma_ == "die"):
        return False
    return any(
        t.lemma_.lower() in lexicon("accused_frames")
        or t.lemma_ == "want"
        and any(c.dep_ == "auxpass" for c in t.children)  # "is wanted in Italy"
        for t in sent
    )


def _echo_in_quote(ctx: DocContext, sent: Span, leads: list[Finding]) -> Person | None:
    """The one person the sentence names for the first time as the patient of a quoted verb of
    the lead's own event type ('"X was arrested and will be charged," the prosecutor said')."""
    types = {f.type for f in leads}
    newcomers = {id(p): p for p in _newcomers(ctx, sent, _below_headline(ctx.doc))}
    found: list[Person] = []
    for tok in sent:
        if tok.i not in ctx.quoted or tok.pos_ != "VERB" or trigger_type(tok, None) not in types:
            continue
        if not asserted(tok):
            continue
        patient = patient_of(tok, trigger_type(tok, None))
        person = ctx.owner_at.get(patient.i) if patient is not None else None
        if person is not None and id(person) in newcomers and person not in found:
            found.append(person)
    return found[0] if len(found) == 1 else None


def _someone_unnamed(ctx: DocContext, patient: Token | None) -> bool:
    """'a Facebook commentator', 'A Uyghur economist': one person, not named, told for the first
    time (an indefinite singular person noun)."""
    return (
        patient is not None
        and (_person_noun(patient) or patient.lemma_.lower() in ("man", "woman", "person"))
        and _one_unnamed(ctx, patient)
    )


def _one_unnamed(ctx: DocContext, patient: Token) -> bool:
    """One person, not named, told for the first time, whatever the noun."""
    return (
        patient.tag_ == "NN"
        and patient.i not in ctx.owner_at
        and (has_det(patient, ("a", "an")) or _article_on_owner(patient))
        and not ctx.persons_in(patient, pronouns=False)
        # ("sentenced three activists, while acquitting a fourth defendant": the one counted after
        # the others, whom the next sentences name first)
        and not any(c.lower_ in ORDINAL_WORDS or c.ent_type_ == "ORDINAL" for c in patient.children)
    )


def _article_on_owner(noun: Token) -> bool:
    """'a prominent teachers' union activist': the parser hangs the article on the plural owner
    before the noun, which no 'a' can go with; it is the noun's."""
    return any(c.dep_ == "poss" and c.tag_ == "NNS" and has_det(c, ("a", "an")) for c in noun.children)


__all__ = [
    "interview_answers",
    "without_speaker_label",
    "counted_accused_named_next",
    "headline_role_in_lead",
    "introduced_after_lead",
    "introduced_members",
    "named_after_lead",
    "named_in_apposition",
]
