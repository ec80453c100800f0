"""Events: arrest, sentence, release, deportation and death, asserted of named people or
of counted groups.

Each event starts at a trigger (a verb such as "released", "was taken into custody",
"serving a 10-year sentence"), is kept only when the article asserts it (no negation,
modal, condition, call, rumour or plan governs it), and takes its people from the
parse: the passive subject, the object, the noun a participle or relative clause
modifies, or membership phrases ("among those released was X", "they included X").
Group events are gathered into cohorts so that named members inherit what the group
went through ("37 were freed and driven to Lithuania ... among them was X").
"""

from __future__ import annotations

import dataclasses
import itertools
import re

from spacy.tokens import Doc, Span, Token

from vigil.extract.doctext import doc_text, span_text
from vigil.extract.en.brackets import bracketed_terms, past_brackets
from vigil.extract.en.context import DocContext
from vigil.extract.en.numbers import NUM_WORD as _NUM_WORD
from vigil.extract.en.numbers import TERM_RE, is_approximate, parse_number, term_months
from vigil.extract.en.persons import PERSON_NOUNS, Person, fold
from vigil.extract.en.triggers import (
    CAPITALS,
    COUNTRIES,
    CUSTODY_WORDS,
    SPAN_KEY,
    TERM_NOUNS,
    VEHICLES,
    from_care,
    lexicon,
    life_or_death,
    noun_rules,
    object_after_custody,
    office_term,
    own_clause,
    term_in,
    trigger_type,
)
from vigil.extract.findings import Finding, Membership
from vigil.extract.scan import tokens_in, tokens_where

MODALS = frozenset(
    {"could", "may", "might", "would", "will", "should", "can", "shall", "must", "'ll", "'d", "wo", "ca"}
)
HEDGES = frozenset(
    [
        "call",
        "demand",
        "urge",
        "ask",
        "appeal",
        "want",
        "hope",
        "plan",
        "expect",
        "threaten",
        "seek",
        "push",
        "campaign",
        "lobby",
        "press",
        "rumour",
        "rumor",
        "speculation",
        "speculate",
        "hint",
        "face",
        "deny",
        "fear",
        "consider",
        "propose",
        "offer",
        "negotiate",
        "discuss",
        "promise",
        "pledge",
        "prepare",
        "wait",
        "refuse",
        "report",
        "allege",
        "believe",
        "doubt",
        "predict",
        "intend",
        "aim",
        "try",
        "attempt",
        "risk",
        "await",
        "petition",
        "request",
        "claim",
        "insist",
        "recommend",
        "suggest",
        "possibility",
        "chance",
        "prospect",
        "talk",
        "deal",
        "bid",
        "effort",
        "postpone",
        "delay",
        "halt",
        "stall",
        "cancel",
        "block",
        "prevent",
        "negotiation",
        "condition",
        "ultimatum",
        "fight",
        "work",
        "struggle",
        "advocate",
    ]
)
ALLOW_INFINITIVE_UNDER = frozenset(
    {"order", "force", "make", "compel", "sentence", "continue", "begin", "start", "allow", "permit"}
)
GROUP_WORDS = frozenset(
    {"they", "them", "those", "group", "rest", "others", "most", "all", "both", "many", "some"}
)
NEGATORS = frozenset({"none", "nobody", "no", "neither", "nor"})
_INTRANSITIVE = frozenset({"die", "walk", "serve", "receive", "get", "spend", "complete", "leave", "finish"})
_SPEECH = frozenset({"say", "tell", "add", "state", "announce", "confirm", "report"})
_GRANTERS = frozenset({"grant", "give", "award", "receive", "get", "win"})


class EventFinder:
    """Finds the asserted events of one parsed document."""

    def __call__(self, ctx: DocContext) -> tuple[list[Finding], list[Membership], set[int]]:
        # an interview's answers ("Karatkevich: Maryia was detained a week after me") are the
        # article's own account, not speech inside a report
        ctx = dataclasses.replace(ctx, quoted=ctx.quoted - _interview_answers(ctx))
        home = _home_country(ctx)
        findings: list[Finding] = []
        memberships: list[Membership] = []
        refusers: set[int] = set()
        doc = ctx.doc
        candidates = {span.start for span in doc.spans.get(SPAN_KEY, [])}
        # every other token is none of the words the rules below start from
        words = tokens_in(doc, "LOWER", _MEMBER_WORDS) + tokens_in(doc, "LEMMA", _MEMBER_LEMMAS | {"refuse"})
        for i in sorted(candidates.union(t.i for t in words)):
            tok = doc[i]
            if tok.i in ctx.quoted:
                continue
            etype = trigger_type(tok, home) if tok.i in candidates else None
            if etype is not None and asserted(tok):
                finding = self._finding(ctx, tok, etype, home)
                if finding is not None:
                    finding.persons = past_brackets(ctx, finding.persons, tok.sent)
                    findings += [
                        f
                        for part in _respectively(finding)
                        for f in bracketed_terms(ctx, part)
                        for f in _split_by_place(f)
                        for f in _gapped_groups(ctx, f)
                        for f in _counted_parts(ctx, f)
                    ]
            elif tok.i in candidates and (finding := _misparsed_verb(ctx, tok)) is not None:
                findings.append(finding)
            membership = _membership(ctx, tok)
            if membership is not None:
                membership.persons = past_brackets(ctx, membership.persons, tok.sent)
                memberships.append(membership)
            if tok.lemma_ == "refuse" and any(
                c.lemma_ in ("leave", "cross", "go", "emigrate") for c in tok.subtree
            ):
                for subj in (c for c in tok.children if c.dep_ == "nsubj"):
                    refusers.update(id(p) for p in ctx.persons_in(subj))
        _all_but(findings)
        # (a verb the parser got right but whose object it hung elsewhere counts no one)
        taken = {f.trigger.i for f in findings if f.persons or f.count is not None}
        for tok in next(iter(doc.sents), []):
            if tok.i not in taken and tok.i not in ctx.quoted and (found := _title_case_headline(ctx, tok)):
                findings.append(found)
        _name_plural_pronouns(findings)
        _they_of_main_clause(ctx, findings)
        findings.extend(_elided_terms(ctx, findings))
        findings.extend(_terms_after_colon(ctx, findings))
        findings.extend(_bracketed_verdicts(ctx, findings))
        findings.extend(_bare_terms_after(ctx, findings))
        findings.extend(self._term_nouns(ctx, findings))
        findings.extend(_changed_terms(ctx, findings))
        findings.extend(_terms_to_spend(ctx, findings))
        findings.extend(_event_nouns(ctx, findings))
        memberships.extend(_bulleted_members(ctx))
        memberships.extend(_broken_down(findings))
        named, terms = _named_next(ctx, findings)
        memberships.extend(named)
        findings.extend(terms)
        findings.extend(_named_after_lead(ctx, findings))
        findings.extend(_introduced_after_lead(ctx, findings))
        memberships.extend(_introduced_members(ctx, findings))
        named, told = _named_in_apposition(ctx, findings)
        findings.extend(told)
        memberships.extend(named)
        memberships.extend(_part_of_earlier(ctx, findings))
        return findings, memberships, refusers

    # -- one trigger -------------------------------------------------------------------

    def _finding(self, ctx: DocContext, tok: Token, etype: str, home: str | None) -> Finding | None:
        if tok.dep_ == "acl" and tok.head.lower_ in ("those", "them") and not _membership_phrase(tok.head):
            return None  # "those still held": a state, not an event
        if _offender_label(tok):
            return None  # "the network has convicted murderer X on its panel": a label, not a verdict
        if (
            etype in ("sentence", "arrest")
            and tok.dep_ in ("xcomp", "ccomp", "dep")
            and tok.head.i == tok.i - 1
            and trigger_type(tok.head, home) in ("release", "deportation")
        ) or any(_headline_verb(c) for c in tok.children if c.dep_ == "nsubj"):
            return None  # "Iran frees jailed French national X": the participle describes whom it frees
        relative = _object_relative(tok) is not None  # "X, whom police arrested": X's arrest
        described = tok
        while described.dep_ == "conj" and described.head.tag_ == "VBN":
            described = described.head  # "men charged with or convicted of ...": one description
        if (
            described.dep_ == "acl"
            and not relative
            and etype in ("sentence", "arrest")
            and _is_group(described.head)
            and not (
                described.head.lower_ in ("those", "them") or _has_det(described.head, ("those", "these"))
            )
            and not _membership_phrase(described.head)  # "among the dozens rounded up was X"
            and not _headline_predicate(described)
            and (
                described.tag_ != "VBN"
                or _count(described.head)[0] is None
                or _in_another_event(described.head, home)
            )
        ):
            return None  # "26 people convicted in ... cases were pardoned": describes the group
        if tok.dep_ == "pcomp" and _passive(tok) and _future_frame(tok.head.head):
            return None  # "X will leave the country after being released": the release is to come too
        if etype in ("sentence", "arrest") and not relative and _reduced_relative(tok):
            return None  # "103 people detained after the election were released": describes the group
        patient = _patient(tok, etype)
        if patient is not None:
            # "Zuleima R., whose son Kevin R. was arrested": the clause is about the son
            patient = next(
                (
                    c
                    for c in patient.children
                    if c.dep_ == "appos" and any(g.tag_ == "WP$" for g in c.children)
                ),
                patient,
            )
        if patient is not None and _a_thing(patient):
            return None  # "emails released on Friday", "a poll of 400 voters released by X"
        if (
            etype == "release"
            and patient is not None
            and patient.lemma_.lower() in lexicon("patients")
            and any(t.lemma_.lower() in lexicon("medical_stays") for t in tok.sent)
            and not any(t.lemma_.lower() in CUSTODY_WORDS for t in tok.sent)
        ):
            return None  # "the two other survivors were released, a hospital spokeswoman said"
        if etype == "release" and _to_market(tok):
            return None  # "released the Zaurus into the US market": a product
        if (
            etype == "release"
            and patient is not None
            and patient.lower_ in _REFLEXIVES
            and not any(t.lemma_.lower() in CUSTODY_WORDS for t in tok.subtree)
        ):
            return None  # "freeing himself from the rules of broadcast radio"
        if etype == "release" and tok.lemma_ == "release" and _sports_story(tok.doc):
            return None  # "X being released by the Cowboys": a player let go, in a story of no custody
        finding = Finding(etype, tok)
        if patient is not None:
            if patient.lower_ in NEGATORS or any(
                c.lower_ in NEGATORS and c.dep_ == "det" for c in patient.children
            ):
                return None
            finding.persons = _persons(ctx, patient, tok)
            if not _relative_clause_of_one(tok):
                finding.persons += [p for p in _flat_list(ctx, patient) if p not in finding.persons]
            if patient.dep_ == "nmod":
                for sibling in patient.head.children:
                    if sibling.dep_ in ("nmod", "compound") and sibling.i != patient.i:
                        more = ctx.persons_in(sibling, pronouns=False)
                        finding.persons += [p for p in more if p not in finding.persons]
            if patient.head.i == tok.i and patient.dep_ in ("nsubj", "nsubjpass"):
                # "Seven of the released prisoners, Hlinski among them, were driven": two subjects
                for sibling in tok.children:
                    if sibling.dep_ == patient.dep_ and sibling.i != patient.i:
                        finding.persons += [p for p in ctx.persons_in(sibling) if p not in finding.persons]
            if not finding.persons and patient.head.i == tok.i and patient.dep_ == "dobj":
                # "arrested shortstop X": the tagger read the role as a verb, the name as a second object
                # (right after it: in "sentenced the killer of blogger X" the name is the victim)
                for sibling in tok.children:
                    if sibling.dep_ == "dobj" and sibling.left_edge.i == patient.i + 1:
                        finding.persons += [p for p in ctx.persons_in(sibling) if p not in finding.persons]
            finding.count, finding.group = _count(patient)
            if finding.count is not None and _running_total(tok):
                finding.count = None  # "6,512 people have been convicted since 2020": a statistic
            finding.counted_back = finding.count is not None and _counted_back(patient)
            if finding.count is None and patient.lower_ == "one":
                finding.count, finding.group, members = _one_of(ctx, patient, tok)
                finding.persons += [p for p in members if p not in finding.persons]
            if finding.count is None and finding.persons:
                finding.count, finding.group = _named_and_others(patient, len(finding.persons), tok)
            finding.group_ref = finding.count is not None or _is_group(patient)
            if not finding.persons and patient.lower_ in ("he", "she", "him", "her"):
                return None
            finding.pronoun_group = patient.lower_ in ("them", "they")
            if patient.lower_ in ("those",) or tok.dep_ == "acl" and tok.head.lower_ in ("those", "them"):
                finding.joins_latest = True
        if (
            not finding.persons
            and tok.dep_ == "relcl"
            and patient is not None
            and patient.i == tok.head.i
            and patient.pos_ == "NOUN"
        ):
            # "A fellow prisoner who was released in October, Syarhei P., told ...": the name set
            # off after the clause is the noun's apposition, though the parser hangs it on the date
            misplaced = (
                t
                for t in tok.subtree
                if t.dep_ == "appos"
                and t.i in ctx.owner_at
                and t.head.i not in ctx.owner_at
                and (t.head.ent_type_ in ("DATE", "TIME", "GPE", "LOC", "FAC") or t.head.pos_ == "NUM")
            )
            if (name := next(misplaced, None)) is not None:
                finding.persons.append(ctx.owner_at[name.i])
        for name in tok.children:
            # "... to more than 20 protesters, among them X": the name heads the trailing phrase
            # (or a second object: "sentenced the 14, among them X, to ...")
            if name.dep_ in ("npadvmod", "appos", "dep", "dobj") and name.i in ctx.owner_at:
                amongs = [c for c in name.children if c.dep_ == "prep" and c.lower_ == "among"]
                if any(g.lower_ in ("them", "those") for a in amongs for g in a.children):
                    finding.persons += [
                        p for p in ctx.persons_in(name, pronouns=False) if p not in finding.persons
                    ]
        for among in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "among"):
            # "Dozens of protesters, among them student X, were detained": the names beside "them"
            objs = [g for g in among.children if g.dep_ in ("pobj", "conj", "appos")]
            if any(g.lower_ in ("them", "those") for g in objs):
                for g in objs:
                    if g.lower_ not in ("them", "those"):
                        finding.persons += [
                            p for p in ctx.persons_in(g, pronouns=False) if p not in finding.persons
                        ]
        listed = _listed(ctx, tok, patient)
        if listed and (finding.persons or finding.group_ref or patient is not None):
            finding.persons += [p for p in listed if p not in finding.persons]
        companions = _companions(ctx, tok)
        if companions and (finding.persons or finding.group_ref):
            finding.persons += [p for p in companions if p not in finding.persons]
        if _also(tok) and etype in ("release", "deportation") and finding.persons and not finding.group_ref:
            finding.joins_latest = True  # "X was also freed", "Also deported was X", "X was freed as well"
        if etype == "sentence":
            finding.term = _term_near(tok)
            if finding.term in _term_list(span_text(tok.sent)):
                finding.term = None  # "sentenced to 9, 7 and 6 years": each has one, in order
            if (
                finding.term
                and (len(finding.persons) > 1 or finding.group_ref)
                and _AGGREGATE.search(span_text(tok.sent))
            ):
                finding.term = None  # "sentenced four activists to a total of 27 years": no one's own term
        finding.date = _date_text(tok)
        finding.place = _place(tok)
        finding.agent = _agent(tok, patient)
        if etype == "deportation" and (
            _from_country(tok) or tok.dep_ == "conj" and trigger_type(tok.head, home) == "arrest"
        ):
            # "deported from Russia": a migrant sent home; "detained X at the airport and put her on a
            # plane to Istanbul": turned back at the border; neither is a prisoner freed
            finding.implies_release = False
        if etype == "deportation" and not _told(tok.doc, _HELD):
            finding.implies_release = False  # "the cleric was deported by Germany": no prison, no one freed
        if etype == "deportation" and tok.lemma_ == "extradite":
            finding.implies_release = False  # an extradited prisoner is handed to another state's jail
        if etype == "deportation" and any(t.lemma_ == "exile" for t in tok.subtree):
            finding.implies_release = False  # "forced into exile" says nothing of a prison
        if finding.group_ref and not finding.persons and _abroad(tok, home) and not _nationals(patient, home):
            return None  # events abroad count only when they concern the article's people
        finding.confidence = (
            0.9 if finding.persons and patient is not None and patient.i in ctx.owner_at else 0.8
        )
        if etype == "death":
            finding.confidence = 0.7
        return finding

    def _term_nouns(self, ctx: DocContext, findings: list[Finding]) -> list[Finding]:
        """'who had been serving a 10-year sentence', 'at the end of a sentence of two years'."""
        out: list[Finding] = []
        taken = {f.trigger.i for f in findings}
        for tok in tokens_in(ctx.doc, "LEMMA", TERM_NOUNS):
            if tok.pos_ != "NOUN" or tok.i in ctx.quoted or office_term(tok):
                continue
            if tok.lemma_ == "term" and not _legal(tok.sent):
                continue  # "nominated for a five-year term as president of the bank"
            months = term_in(tok)
            if months is None and not life_or_death(tok) and not _owned_term(tok, None):
                continue
            if any(c.lower_ in _UNREAL for c in tok.children):
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
            if _owned_term(tok, months) and not (months is None and _hedged_above(tok)):
                # "slipped into the prison camp to start her five-month sentence": the possessive
                # presupposes the verdict, whatever the verb that governs the phrase
                if persons := _term_owner(ctx, tok):
                    out.append(Finding("sentence", tok, persons, term=months, confidence=0.8))
                continue
            if verb.pos_ not in ("VERB", "AUX") or not asserted(verb) or not asserted(tok):
                continue
            persons = _term_owner(ctx, tok)
            if not persons and not _passive(verb) and verb.lemma_.lower() in lexicon("term_givers"):
                # "the judge imposed a 52-month sentence on X": the subject gave it, X received it
                persons = [
                    p
                    for c in [*verb.children, *tok.children]
                    if c.dep_ in ("prep", "dative") and c.lower_ in ("on", "upon", "to")
                    for g in c.children
                    if g.dep_ == "pobj"
                    for p in ctx.persons_in(g)
                ]
                if not persons and months is not None:
                    persons = _convicted_by_same_subject(findings, verb) or _defendant_before(
                        ctx, findings, verb
                    )
                if not persons:
                    continue
            if not persons and months is None:
                continue  # "X denounced the death sentence": only its owner or recipient had one
            if not persons:
                subj = _subject(verb)
                if subj is not None and subj.lower_ in ("who", "that"):
                    subj = verb.head
                persons = _persons(ctx, subj) if subj is not None else []
            if not persons and _passive(verb) and verb.lemma_.lower() in lexicon("term_givers"):
                # "A sentence of seven years was handed to X"; "A seven-year term was imposed."
                persons = [
                    p
                    for c in verb.children
                    if c.dep_ in ("prep", "dative") and c.lower_ in ("on", "upon", "to")
                    for g in c.children
                    if g.dep_ == "pobj"
                    for p in ctx.persons_in(g)
                ] or _defendant_before(ctx, findings, verb)
            if not persons:
                continue
            out.append(Finding("sentence", tok, persons, term=months, date=_date_text(verb), confidence=0.85))
        return out


def _convicted_by_same_subject(findings: list[Finding], verb: Token) -> list[Person]:
    """'The court convicted X and imposed a sentence of four years': the term giver is coordinated
    with a verdict verb whose defendant it names."""
    if verb.dep_ != "conj":
        return []
    told = [f for f in findings if f.type == "sentence" and f.trigger.i == verb.head.i and f.persons]
    return list(told[0].persons) if len(told) == 1 and not told[0].group_ref else []


_WILL = frozenset({"will", "'ll", "shall"})


def _terms_to_spend(ctx: DocContext, findings: list[Finding]) -> list[Finding]:
    """'X will spend the next seven years in prison': a term decided, told by what it means for
    the person (a sentence with its term). Not what someone 'could' or 'may' spend, nor 'up to'
    a term, nor what they would spend 'if convicted', nor time already spent (a stay)."""
    out: list[Finding] = []
    taken = {id(p) for f in findings if f.type == "sentence" and f.term for p in f.persons}
    for tok in tokens_in(ctx.doc, "LEMMA", {"spend"}):
        if tok.i in ctx.quoted or not any(c.dep_ == "aux" and c.lower_ in _WILL for c in tok.children):
            continue
        if any(c.dep_ == "neg" for c in tok.children) or any(
            t.dep_ == "mark" and t.lower_ in ("if", "unless") for t in tok.subtree
        ):
            continue
        duration = next((c for c in tok.children if c.dep_ in ("dobj", "npadvmod")), None)
        months = term_in(duration) if duration is not None else None
        text = span_text(tok.doc[tok.i : duration.right_edge.i + 1]) if duration is not None else ""
        if months is None or is_approximate(text):
            continue
        if not any(
            c.dep_ == "prep" and any(g.lemma_.lower() in CUSTODY_WORDS for g in c.subtree)
            for c in [*tok.children, *duration.children]
        ):
            continue
        subject = _subject(tok)
        persons = [p for p in (_persons(ctx, subject) if subject is not None else []) if id(p) not in taken]
        if persons:
            out.append(Finding("sentence", tok, persons, term=months, date=None, confidence=0.75))
    return out


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
    giver = _subject(verb)
    givers = {t.i for t in giver.subtree} if giver is not None and not _passive(verb) else set()
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


def _term_owner(ctx: DocContext, noun: Token) -> list[Person]:
    """Whose term a term noun is: 'X's sentence', 'the sentence of X', 'the term handed to X'."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None:
        return ctx.persons_in(owner) if owner.lower_ not in ("my", "our", "their", "its") else []
    for c in noun.children:
        preps = [c] if c.dep_ == "prep" and c.lower_ == "of" else []
        if c.dep_ == "acl":  # "the term handed to X", "the sentence imposed on X"
            preps = [
                g for g in c.children if g.dep_ in ("prep", "dative") and g.lower_ in ("to", "on", "upon")
            ]
        for prep in preps:
            for obj in (g for g in prep.children if g.dep_ == "pobj"):
                if found := ctx.persons_in(obj, pronouns=False):
                    return found
    return []


def _changed_terms(ctx: DocContext, findings: list[Finding]) -> list[Finding]:
    """'an appeals court cut the sentence of X from nine years to seven', 'X's term was raised to
    eight years', 'another two years were added to X's term', 'upheld X's eight-year sentence':
    each term stated for a named person's sentence is a sentence of that term (a term changed on
    appeal gives one sentence event per stated term)."""
    out: list[Finding] = []
    known = {(id(p), f.term) for f in findings if f.type == "sentence" for p in f.persons}
    changers = lexicon("term_changers")
    for verb in tokens_where(ctx.doc, "LEMMA", lambda w: w.lower() in changers):
        if verb.pos_ != "VERB" or verb.i in ctx.quoted:
            continue
        nouns = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        nouns += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children]
        noun = next((n for n in nouns if n.lemma_ in TERM_NOUNS and n.pos_ == "NOUN"), None)
        if noun is None or office_term(noun) or noun.lemma_ == "term" and not _legal_near(verb.sent):
            continue  # "parliament extended the president's term to seven years"
        if not asserted(verb):
            continue
        persons = _term_owner(ctx, noun) or _the_term_just_told(findings, noun, verb)
        if not persons:
            continue
        for months in _stated_terms(verb):
            if all((id(p), months) in known for p in persons):
                continue
            known.update((id(p), months) for p in persons)
            out.append(Finding("sentence", verb, persons, term=months, date=_date_text(verb), confidence=0.8))
    return out


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


_BARE_TO = re.compile(rf"\bto\s+({_NUM_WORD})\b(?![\s-]*(?:years?|months?|%|percent))", re.IGNORECASE)


def _stated_terms(verb: Token) -> list[int]:
    """The terms in a term-changing verb's own clause, in order: 'from nine years to seven' gives
    108 and 84 (the bare number takes the unit before it); 'by two years' is a difference."""
    text = " ".join(t.text for t in sorted(own_clause(verb, _CHANGED_TERM_CLAUSES), key=lambda t: t.i))
    found: list[tuple[int, int]] = []
    unit = None
    for match in TERM_RE.finditer(text):
        before = text[: match.start()]
        changed = re.search(r"\bfrom\s*$|\bfrom\s+\S+(?:\s+(?:years?|months?))?\s+to\s*$", before)
        if re.search(r"\bby\s*$", before) or is_approximate(before) and not changed:
            continue  # a difference, or a hedge ("up to"); "from A to B" is the old and the new term
        months = term_months(match)
        if months:
            found.append((match.start(), months))
            unit = _term_unit(match)
    if unit is not None:
        for match in _BARE_TO.finditer(text):
            value = _list_value(match.group(1), unit)
            if value and 0 < value <= 600 and not any(start == match.start(1) for start, _ in found):
                found.append((match.start(1), value))
    return [months for _, months in sorted(found)]


# unlike `own_clause`'s default, a changed term's clause keeps its `acl` and `xcomp` verbs
_CHANGED_TERM_CLAUSES = frozenset({"relcl", "advcl", "ccomp", "conj", "parataxis"})


def _term_unit(match: re.Match[str]) -> int:
    """Months per unit of a matched term: a bare number after it ('and B to six') counts in it."""
    if match.group("short"):
        return 0  # a bare number after days is never read as months
    return 12 if "year" in match.group(0).lower() or match.group("decade") else 1


_UNREAL = frozenset(
    {"planned", "expected", "possible", "potential", "imminent", "promised", "proposed", "demanded",
     "conditional", "future", "eventual", "alleged", "rumoured", "rumored", "wrongful", "illegal", "unlawful"}
)  # fmt: skip


def _event_nouns(ctx: DocContext, findings: list[Finding]) -> list[Finding]:
    """'held since his arrest in 2023', 'after her release last year': an event noun with a
    possessor states the possessor's event, when nothing hedges it ('calls for his release',
    'his expected release') and no verb in the sentence already gave that person the event."""
    out: list[Finding] = []
    rules = noun_rules()
    for tok in tokens_where(ctx.doc, "LEMMA", lambda w: w.lower() in rules):
        etype = rules[tok.lemma_.lower()]
        if tok.pos_ != "NOUN" or tok.dep_ == "compound" or tok.i in ctx.quoted:
            continue
        if any(c.dep_ == "compound" and c.lower_ in lexicon("release_compounds") for c in tok.children):
            continue  # "his press release", "the campaign's news release"
        following = ctx.doc[tok.i + 1].lower_ if tok.i + 1 < len(ctx.doc) else None
        if etype == "sentence" and (tok.tag_ == "NNS" or following == "that"):
            continue  # "his political convictions", "her conviction that the war is wrong": beliefs
        if etype == "release" and from_care(tok):
            continue  # "after her release from hospital"
        custody = _custody_after(tok)
        if etype == "death" and not _in_custody_phrase(tok) and custody is None:
            continue  # a death is an event here only in custody ("his death in a penal colony")
        if etype == "arrest" and any(_custody_after(t) is tok for t in tok.doc[max(0, tok.i - 4) : tok.i]):
            continue  # "the death in detention of X": the detention is the place of the death
        owner = next((c for c in tok.children if c.dep_ == "poss"), None)
        if owner is None and (group := _counted_object(tok)) is not None and not _a_thing(group):
            # "welcomed the release of 47 political prisoners, including A and B"
            if any(c.lower_ in _UNREAL for c in tok.children) or not asserted(tok) or _abroad(tok, None):
                continue
            finding = Finding(etype, tok, _persons(ctx, group), date=_date_text(tok), confidence=0.75)
            finding.count, finding.group = _count(group)
            finding.group_ref = True
            finding.implies_release = False
            out.append(finding)
            continue
        if owner is None:
            owner = _named_object(ctx, tok) or _owner_of_what_stems(tok)  # "the arrest of journalist X"
            if owner is None and etype == "death" and custody is not None:
                owner = _named_object(ctx, custody)  # "the death in detention of blogger X"
            if owner is None:
                continue
        if owner.lower_ in ("my", "our", "their", "its", "your"):
            continue
        if any(c.lower_ in _UNREAL for c in tok.children) or not asserted(tok):
            continue
        persons = ctx.persons_in(owner, pronouns=owner.dep_ == "poss")
        if not persons or owner.lower_ in ("his", "her") and not _pronoun_is_safe(ctx, owner, persons[0]):
            continue
        known = [f for f in [*findings, *out] if f.type == etype]
        if any({id(p) for p in f.persons} >= {id(p) for p in persons} for f in known):
            continue  # 'since his arrest' usually refers back to an arrest already told
        finding = Finding(etype, tok, persons, date=_date_text(tok), confidence=0.75)
        finding.implies_release = False
        out.append(finding)
    return out


def _owner_of_what_stems(noun: Token) -> Token | None:
    """'his drunken driving charge stemming from an arrest last Tuesday': an event with no owner
    of its own that someone's charge or case comes from is that someone's."""
    via = noun.head
    if noun.dep_ != "pobj" or via.lower_ != "from" or via.head.dep_ != "acl":
        return None
    if via.head.lemma_.lower() not in ("stem", "result", "arise"):
        return None
    return next((c for c in via.head.head.children if c.dep_ == "poss"), None)


_NOUN_HEDGES = frozenset(
    {"order", "authorise", "authorize", "approve", "sanction", "warrant", "want", "need"}
)


_WHEN = frozenset({"DATE", "TIME"})


def _named_object(ctx: DocContext, noun: Token) -> Token | None:
    """The named person of 'the arrest of X', 'the release of X': none when the noun is a goal
    ('campaigned for the release of X', 'in exchange for ...') or what an order authorises
    ('ordered the arrest of X')."""
    # ("the early release on 15 March of X", "the arrest last week of X": the parser hangs the "of"
    # on the date between them)
    holders = [noun, *(c for c in noun.children if c.dep_ == "npadvmod" and c.ent_type_ in _WHEN)]
    holders += [g for c in noun.children if c.dep_ == "prep" for g in c.children if g.ent_type_ in _WHEN]
    of = next((c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    obj = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
    if obj is None or obj.pos_ == "PRON" or not ctx.persons_in(obj, pronouns=False) or _is_group(obj):
        return None
    if noun.dep_ == "pobj" and noun.head.lower_ in ("for", "toward", "towards"):
        return None
    governor = noun.head.head if noun.dep_ == "pobj" else noun.head
    if governor.lemma_.lower() in _NOUN_HEDGES or noun.head.lemma_.lower() in _NOUN_HEDGES:
        return None
    return obj


def _counted_object(noun: Token) -> Token | None:
    """The counted group of 'the release of 47 political prisoners', if the count is exact."""
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    group = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
    if group is None or _count(group)[0] is None or not _is_group(group):
        return None
    return group


def _custody_after(noun: Token) -> Token | None:
    """The custody word of 'death in detention', 'death behind bars' read on the surface (the
    parser often hangs the phrase elsewhere)."""
    doc = noun.doc
    if noun.lemma_ != "death" or noun.i + 1 >= len(doc) or doc[noun.i + 1].lower_ not in ("in", "behind"):
        return None
    for t in doc[noun.i + 2 : min(noun.i + 5, noun.sent.end)]:
        if t.lemma_.lower() in CUSTODY_WORDS:
            return t
        if t.pos_ not in ("DET", "ADJ", "NOUN", "PROPN"):
            return None
    return None


def _in_custody_phrase(noun: Token) -> bool:
    """'death in custody', 'death in detention of X', 'death behind bars'."""
    return any(
        c.dep_ == "prep"
        and c.lower_ in ("in", "behind", "at", "inside")
        and any(g.lemma_.lower() in CUSTODY_WORDS for g in c.subtree)
        for c in noun.subtree
        if c.head.i == noun.i or c.head.dep_ == "pobj" and c.head.head.head.i == noun.i
    )


def _pronoun_is_safe(ctx: DocContext, pronoun: Token, person: Person) -> bool:
    """'his' in 'A student ... was beaten during his arrest' is the unnamed student's: a
    possessive pronoun counts only when its sentence's subject is that person (or a pronoun)."""
    # the root's subject, or that of the clause holding the pronoun ("the government freed X from
    # the prison, where he had been held since his arrest")
    clause = pronoun.head
    while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
        clause = clause.head
    subjects = [
        c for v in (pronoun.sent.root, clause) for c in v.children if c.dep_ in ("nsubj", "nsubjpass")
    ]
    return any(s.pos_ == "PRON" or person in ctx.persons_in(s) for s in subjects)


# -- modality -------------------------------------------------------


# forms too: the tagger's AUX "remains" keeps its form as its lemma
_STAYING = frozenset({"remain", "remains", "remained", "stay", "stays", "stayed"})


def asserted(tok: Token) -> bool:
    """False when a negation, modal, condition, infinitive, question or a call, rumour or plan
    governs the trigger, or it tells a state ("remains jailed")."""
    node = tok
    sibling = False  # the node was reached from a verb coordinated with it, not governed by it
    for depth in range(8):
        children = list(node.children)
        if any(c.dep_ == "neg" for c in children):
            return False
        if any(c.dep_ in ("aux", "auxpass") and c.lower_ in MODALS for c in children):
            return False
        if depth == 0 and (
            any(c.dep_ in ("aux", "auxpass") and c.lemma_ in _STAYING for c in children)
            or node.dep_ in ("acomp", "xcomp", "oprd")
            and node.head.lemma_ in _STAYING
        ):
            return False  # "X remains jailed", "stays detained": a state, not an event (GUIDELINES)
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in children):
            return False
        infinitive = node.i == tok.i and any(c.dep_ == "aux" and c.tag_ == "TO" for c in children)
        if infinitive and node.head.lemma_ not in ALLOW_INFINITIVE_UNDER:
            return False
        if depth > 0 and node.pos_ == "NOUN" and node.lemma_.lower() in lexicon("presupposing_nouns"):
            return True  # "demanded an investigation into his death in custody": the death is given
        hedge = node.lemma_.lower() in HEDGES and not _introduces(node) and not _on_trial(node)
        if depth > 0 and hedge and not sibling:
            return False  # ("refused to leave and was taken back to prison": refusing governs no arrest)
        if depth > 0 and node.dep_ == "advcl" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in children):
            return False  # "to secure the release of X, the government ...": a purpose, not an outcome
        if (
            depth > 0
            and tok.pos_ == "NOUN"
            and node.dep_ == "acl"
            and node.lemma_.lower() in _GOAL_VERBS
            and any(c.dep_ == "aux" and c.tag_ == "TO" for c in children)
        ):
            return False  # "efforts to secure the release of X", "a bid to free X": a goal, not an outcome
        if depth > 0 and node.dep_ == "prep" and node.lower_ in _PRESUPPOSING_PREPS:
            return True  # "since her conviction in June, her family has not been allowed ...": given
        if node.dep_ == "advcl" and _past_fact(node):
            return True  # "will spend years in prison after a court convicted him": the verdict is given
        if node.dep_ == "ROOT" or node.head.i == node.i:
            break
        # a relative clause or participle of a named noun has its own modality...
        if node.dep_ in ("relcl", "acl") and node.head.lower_ not in (
            "those",
            "them",
            "one",
            "ones",
            "people",
            "prisoners",
        ):
            # ...but "whose release was demanded"-style hedges above it still count, unless the
            # clause describes a named person ("Consider X, a teacher who was jailed in 2023")
            return _names_person(node.head) or not _hedged_above(node.head)
        if node.dep_ in ("ccomp",) and node.head.lemma_ in _SPEECH:
            return True  # reported speech asserts what it reports
        sibling = node.dep_ == "conj" and node.pos_ in ("VERB", "AUX") and node.head.pos_ in ("VERB", "AUX")
        node = node.head
    return not span_text(tok.sent).rstrip().endswith("?")


# "efforts to secure the release of X", "a bid to win his freedom": a noun's goal, not an outcome
_GOAL_VERBS = frozenset(
    {"secure", "win", "obtain", "seek", "gain", "negotiate", "press", "push", "ensure", "achieve"}
)
_PRESUPPOSING_PREPS = frozenset({"since", "after", "following"})
_FACTUAL_MARKS = frozenset({"after", "since", "because", "when", "once"})


def _past_fact(clause: Token) -> bool:
    """A past clause of time or cause ('after a court convicted him', 'since she was detained')
    tells a fact, whatever the clause it hangs on plans or fears."""
    return any(c.dep_ == "mark" and c.lower_ in _FACTUAL_MARKS for c in clause.children) and (
        clause.tag_ == "VBD"
        or any(
            c.dep_ in ("aux", "auxpass") and c.lower_ in ("was", "were", "had", "has", "have")
            for c in clause.children
        )
    )


def _on_trial(verb: Token) -> bool:
    """'were tried for the attack': put on trial, not the hedge 'tried to free'."""
    return verb.lemma_.lower() == "try" and any(c.dep_ == "auxpass" for c in verb.children)


def _introduces(verb: Token) -> bool:
    """The op-ed's imperative "Consider X, who was jailed ...": it introduces a case, it does
    not weigh a possibility ("officials are considering releasing X")."""
    return (
        verb.lemma_.lower() == "consider"
        and verb.tag_ == "VB"
        and not any(c.dep_ in ("nsubj", "aux", "mark") for c in verb.children)
    )


def _names_person(noun: Token) -> bool:
    """A proper name, or a common noun set beside one ("X, a teacher", "a prisoner, X"): what a
    relative clause says of it is told as fact whatever verb governs the phrase."""
    if noun.pos_ == "PROPN":
        return True
    if noun.dep_ == "appos" and noun.head.pos_ == "PROPN":
        return True
    return any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in noun.children)


def _hedged_above(node: Token) -> bool:
    steps = 0
    while node.dep_ != "ROOT" and steps < 6:
        node, steps = node.head, steps + 1
        if node.lemma_.lower() in HEDGES and node.pos_ in ("VERB", "NOUN"):
            return True
    return False


# -- participants ----------------------------------------------------------------------


def _subject(verb: Token) -> Token | None:
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass", "expl"):
            return c if c.dep_ != "expl" else None
    return None


_PATIENTS = "vigil_patients"  # a doc's patients found so far, by (trigger index, event type)


def _patient(tok: Token, etype: str) -> Token | None:
    """The token naming who underwent the event (found once per trigger: several rules ask)."""
    known = tok.doc.user_data.setdefault(_PATIENTS, {})
    key = (tok.i, etype)
    if key not in known:
        known[key] = _find_patient(tok, etype)
    return known[key]


_TIME_NOUNS = frozenset(
    {"morning", "afternoon", "evening", "night", "day", "week", "weekend", "month", "year"}
)


def _bare_time(tok: Token) -> bool:
    """'released the same evening', 'arrested shortstop X about 4:20 am': a time, not '30 years of
    tax returns'."""
    if tok.ent_type_ == "TIME":
        return True
    # a number makes it a length ("sentenced both to six years", parsed as the object)
    return tok.lemma_ in _TIME_NOUNS and not any(
        c.dep_ == "nummod" or c.dep_ == "prep" and c.lower_ == "of" for c in tok.children
    )


def _find_patient(tok: Token, etype: str) -> Token | None:
    doc = tok.doc
    if tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ == "re":
        # "was re-arrested": the tokenizer splits the prefix off and the parser heads the clause with it
        prefix = doc[tok.i - 2]
        heads = [tok, prefix]
        heads += [c for h in (tok, prefix) for c in h.children if c.dep_ in ("aux", "auxpass")]
        heads += [prefix.head] if prefix.head.pos_ == "AUX" else []
        found = next((c for h in heads for c in h.children if c.dep_ in ("nsubjpass", "nsubj")), None)
        if found is not None:
            return found
    if (antecedent := _object_relative(tok)) is not None:
        return antecedent
    children = list(tok.children)
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in children)
    # of several subjects ("co - defendant" parsed as three) the one heading the largest phrase
    subjects = [c for c in children if c.dep_ in ("nsubj", "nsubjpass")]
    nsubj = max(subjects, key=lambda c: len(list(c.subtree))) if subjects else None
    # "put on a flight to X": the vehicle is no patient
    # (nor a time: "arrested shortstop X about 4:20 am")
    # (nor a time the parser made an object: "detained ... but released the same evening")
    dobj = next(
        (c for c in children if c.dep_ == "dobj" and c.lemma_ not in VEHICLES and not _bare_time(c)),
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
    datives = [c for c in children if c.dep_ == "dative"]
    # "gave the activist Tofig Yagublu seven years": the parser makes the role and the name two datives
    dative = next((c for c in datives if c.pos_ == "PROPN"), datives[0] if datives else None)
    if tok.lemma_ in ("give", "hand") and etype == "sentence":
        if passive and nsubj is not None:
            # "an engineer who had been handed nine years": the noun the relative clause describes
            return tok.head if nsubj.lower_ in ("who", "that") and tok.dep_ == "relcl" else nsubj
        recipient = dative or next(
            (c for c in children if c.dep_ == "dobj" and (c.pos_ in ("PRON", "PROPN") or _names_person(c))),
            None,
        )  # "gave newspaper editor X a two-year sentence": the role heads the name as its apposition
        if recipient is None:  # "handed down sentences of ... to 20 protesters"
            to = next((c for c in children if c.dep_ == "prep" and c.lower_ == "to"), None)
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
        return recipient
    if etype == "release" and tok.lemma_ in _GRANTERS:
        # "was granted early release": the passive subject; "the president granted X a pardon": X
        return nsubj if passive or tok.lemma_ in _INTRANSITIVE | {"win"} else dative
    if tok.lemma_ == "find" and not passive:
        # "a court found X guilty": X is the subject of the small clause
        guilty = next((c for c in children if c.lower_ == "guilty"), None)
        if guilty is not None and dobj is None:
            return next((c for c in guilty.children if c.dep_ == "nsubj"), None)
    if tok.lemma_ == "let" and not passive:
        # "the guards let X go": X is the subject of the small clause
        go = next((c for c in children if c.dep_ in ("ccomp", "xcomp") and c.lemma_ == "go"), None)
        if go is not None and dobj is None:
            return next((c for c in go.children if c.dep_ == "nsubj"), None)
    put_to_death = etype == "death" and dobj is not None and not passive  # "authorities executed X"
    if (
        passive
        or tok.lemma_ in _INTRANSITIVE
        or etype == "death"
        and not put_to_death
        or tok.lemma_ == "walk"
    ):
        target = nsubj
    else:
        target = dobj or object_after_custody(tok)
        if target is None and tok.tag_ == "VBN" and nsubj is not None:
            target = nsubj
    if target is not None and target.lower_ in ("who", "that", "which") and tok.dep_ == "relcl":
        return tok.head
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
        if head.dep_ == "acomp" and head.head.pos_ == "AUX":
            return _subject(head.head)  # "was handcuffed and driven away": "handcuffed" read as an adjective
        shared = _subject(head)
        if shared is not None and shared.lower_ in ("who", "that") and head.dep_ == "relcl":
            return head.head  # "X, who refused to leave and was taken back to prison"
        before = tok.doc[head.i - 1] if head.i > 0 else None
        if (
            shared is None
            and head.tag_ in ("VBN", "VBD")
            and not any(c.dep_ in ("aux", "auxpass") for c in head.children)
            and before is not None
            and before.pos_ == "NOUN"
        ):
            return (
                before  # "told CNN in the interview taped and released on Wednesday": the noun's participles
            )
        if head.pos_ in ("VERB", "AUX") or head.tag_ == "VBN":
            return (
                _patient(head, etype)
                if trigger_type(head)
                else _subject(head)
                or (head.head if head.dep_ in ("acl", "relcl") else None)
                # "31 people were let go on Monday and deported": the subject of the verb "go" completes
                or (_subject(head.head) if head.dep_ == "xcomp" else None)
            )
    if tok.dep_ in ("acl", "relcl"):
        return tok.head
    if tok.dep_ == "xcomp" and tok.head.lemma_ in ALLOW_INFINITIVE_UNDER:
        # "ordered him to serve", "was ordered to serve": the object (or passive subject) of the order
        head = tok.head
        if head.lemma_ in ("continue", "begin", "start"):  # "X continues to serve": X serves
            return _subject(head)
        ordered = next((c for c in head.children if c.dep_ in ("dobj", "nsubjpass")), None)
        if ordered is None and head.dep_ == "conj" and not _subject(head):
            # "X was convicted of fraud and ordered to serve two years": the shared passive subject
            ordered = next((c for c in head.head.children if c.dep_ == "nsubjpass"), None)
        return ordered
    if tok.dep_ == "pcomp" and tok.head.dep_ == "prep" and (tok.tag_ == "VBG" or _passive(tok)):
        # "walked free after serving a term of 30 months", "faces a jail term after being arrested":
        # the subject of the verb the clause modifies
        head = tok.head.head
        subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
        # "The poet X walked free": of two subjects the nearer one, the name
        subj = max(subjects, key=lambda c: (len(list(c.subtree)), c.i)) if subjects else None
        if subj is not None and subj.lower_ in ("who", "that") and head.dep_ == "relcl":
            return head.head
        return subj
    # "X is still there, serving ten years": the participle's subject is the clause's
    if tok.dep_ in ("advcl", "xcomp", "ccomp") and (
        tok.tag_ == "VBN" or tok.tag_ == "VBG" and tok.lemma_ == "serve"
    ):
        head = tok.head
        subj = _subject(head)
        if subj is None and head.pos_ == "AUX":
            return next((c for c in head.children if c.dep_ in ("attr", "nsubj")), None)
        return subj
    if tok.dep_ == "ROOT" or tok.head.pos_ == "AUX":
        # inverted "Freed alongside Kolesnikova was Viktor Babaryka"
        head = tok.head if tok.head.pos_ == "AUX" else tok
        # "Also pardoned was X": the subject may hang on the passive auxiliary
        heads = [head, *(c for c in head.children if c.dep_ == "auxpass")]
        subjects = (c for h in heads for c in h.children if c.dep_ in ("nsubj", "attr") and c.i != tok.i)
        return next(subjects, None)
    return None


_DOER_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "PRON"})


def _object_relative(tok: Token) -> Token | None:
    """'X, whom police arrested in January', 'X, who the KGB detained': the relative pronoun is
    the verb's object and X its antecedent. The small parser garbles the clause (it hangs the
    verb on the doer), so the surface decides: who/whom, a short noun phrase, the active verb."""
    if tok.tag_ not in ("VBD", "VBN") or any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children):
        return None
    doc = tok.doc
    first = tok.sent.start
    k = tok.i - 1
    while k >= first and tok.i - k <= 4 and doc[k].pos_ in _DOER_POS and doc[k].tag_ != "WP":
        k -= 1
    if k == tok.i - 1 or k < first or doc[k].lower_ not in ("whom", "who"):
        return None  # "X, who arrested Y": the pronoun is the doer
    antecedent = doc[k - 1] if k > first and doc[k - 1].text == "," else None
    if antecedent is None or antecedent.i - 1 < first:
        return None
    antecedent = doc[antecedent.i - 1]
    return antecedent if antecedent.pos_ in ("PROPN", "NOUN") else None


def _persons(ctx: DocContext, patient: Token, trigger: Token | None = None) -> list[Person]:
    """People named by the patient phrase, climbing from a place or role noun to its person."""
    found = ctx.persons_in(patient)
    if trigger is not None and trigger.dep_ == "relcl" and trigger.head.i == patient.i:
        # "A, who was sentenced to eight years, and B, who ...": the clause is A's alone
        later = {
            id(p) for c in patient.children if c.dep_ == "conj" and c.i > trigger.i for p in ctx.persons_in(c)
        }
        found = [p for p in found if id(p) not in later or p is ctx.person_at(patient)]
    # "31 people convicted on political charges, including X": the list may hang anywhere in the phrase
    for c in patient.subtree:
        if c.dep_ == "prep" and c.lower_ in ("including", "among") and c.head.dep_ not in ("relcl",):
            for g in c.children:
                found += [p for p in ctx.persons_in(g) if p not in found]
    if found:
        return found
    if (described := _described_in_sentence(ctx, patient, trigger)) is not None:
        return [described]
    node = patient
    for _ in range(3):
        if node.dep_ not in ("pobj", "prep", "appos", "compound"):
            break
        node = node.head
        person = ctx.person_at(node, pronouns=False)
        if person is not None:
            return [person]
    return _partitive_members(ctx, patient)


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
        or not _has_det(patient, ("the",))
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
    if not mentions or any(m.dep_ in ("nsubj", "nsubjpass", "poss", "appos") for m in mentions):
        return None  # "John Smith said police arrested the journalist": the speaker is not the one held
    if any(m.i in ctx.quoted for m in mentions):
        return None
    return person


_PLURAL_REFERENCES = frozenset({"they", "them", "both", "two", "couple", "pair"})
_DISTRIBUTIVE = frozenset({"each", "both"})


def _name_plural_pronouns(findings: list[Finding]) -> None:
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
        words = {t.lower_ for t in trigger.children if t.dep_ in ("nsubj", "nsubjpass", "dobj")}
        # "sentenced both to six years", parsed as "both to six" modifying the number
        after = trigger.doc[trigger.i + 1] if trigger.i + 1 < trigger.sent.end else None
        each = f.type == "sentence" and (words | {after.lower_ if after is not None else ""}) & _DISTRIBUTIVE
        if not (f.group_ref and words & _PLURAL_REFERENCES or each):
            continue
        before = ordered[k - 1]
        joined = trigger.dep_ == "conj" and trigger.head == before.trigger
        near = trigger.sent.start - before.trigger.sent.end < 60 and before.trigger.sent != trigger.sent
        named = len(before.persons) >= 2 and not before.group_ref and before.count is None
        if (near or each and joined) and named:
            f.persons = list(before.persons)


def _they_of_main_clause(ctx: DocContext, findings: list[Finding]) -> None:
    """'Neither A nor B was tried, as they were released in 1977', 'A and B were detained in May
    and they were freed a week later', 'A and B said they were freed': 'they' in a clause joined
    to one whose subject names several people refers to them."""
    for f in findings:
        if f.persons or not f.group_ref:
            continue
        they = [c for c in f.trigger.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "they"]
        reported = f.trigger.dep_ == "ccomp" and f.trigger.head.lemma_ in _SPEECH
        if not they or f.trigger.dep_ not in ("advcl", "conj") and not reported or f.count is not None:
            continue
        subj = _subject(f.trigger.head)
        named = ctx.persons_in(subj, pronouns=False) if subj is not None else []
        if len(named) >= 2:
            f.persons = named


def _elided_terms(ctx: DocContext, findings: list[Finding]) -> list[Finding]:
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
        if not terms or "respectively" in text.lower():
            continue
        covered = {i for m in terms for i in range(base + m.start(), base + m.end())}
        term_at = {base + m.start(): m for m in terms}
        verdicts = _life_or_death_ends(sent)
        last_end = None
        for tok in sent:
            if tok.i in verdicts and last_end is None:
                last_end, unit = verdicts[tok.i], 12  # "A to life, and B to 20 years": B's term follows
                continue
            match = term_at.get(tok.idx)
            if match is not None:
                if last_end is not None and asserted(f.trigger):
                    out += _listed_before_term(ctx, findings, sent.doc[last_end : tok.i], tok, match, f)
                unit = _term_unit(match)
                last_end = sent.doc.char_span(
                    base + match.start(), base + match.end(), alignment_mode="expand"
                ).end
                continue
            if last_end is None or tok.i < last_end or tok.idx in covered or not tok.like_num:
                continue
            value = _list_value(tok.text, unit)
            after = sent.doc[tok.i + 1] if tok.i + 1 < sent.end else None
            if value is None or value > 600 or after is not None and after.pos_ in ("NOUN", "PROPN", "ADJ"):
                continue
            if _age_after_name(ctx, tok):
                continue  # "and Elmir Nagiyev, 29, jailed for four years": his age, not a term
            if (
                after is not None
                and after.lower_ in ("and", "-")
                and after.i + 2 < sent.end
                and sent.doc[after.i + 1].lower_ in ("a", "one")
                and sent.doc[after.i + 2].lower_ == "half"
            ):
                continue  # "four and a half": the regex would have read a term
            person = next(
                (ctx.owner_at[i] for i in range(tok.i - 1, last_end - 1, -1) if i in ctx.owner_at), None
            )
            if person is None or is_approximate(span_text(sent.doc[max(sent.start, tok.i - 3) : tok.i])):
                continue
            if not asserted(f.trigger):
                continue
            out.append(Finding("sentence", tok, [person], term=value, date=f.date, confidence=0.75))
            last_end = tok.i + 1
    return out


def _age_after_name(ctx: DocContext, num: Token) -> bool:
    """'Halina Dziarbysh, 71, who ...': a number set off by commas on both sides right after a name
    is an age."""
    doc = num.doc
    return (
        num.i >= 2
        and doc[num.i - 1].text == ","
        and num.i - 2 in ctx.owner_at
        and num.i + 1 < len(doc)
        and doc[num.i + 1].text == ","  # "and his deputy, B, four.": her term
    )


_EVERYONE = frozenset({"all", "everyone", "everybody"})


def _left_out(patient: Token) -> int | None:
    """'All but two', 'everyone except three': how many people the group leaves out."""
    for c in patient.children:
        if c.lower_ in ("but", "except") and c.dep_ in ("cc", "prep"):
            num = next((g for g in c.children if g.dep_ == "pobj"), None)
            if num is None and c.dep_ == "cc":
                num = next((g for g in patient.children if g.dep_ in ("conj", "pobj") and g.i > c.i), None)
            if num is not None and num.like_num:
                return parse_number(num.text)
    return None


def _all_but(findings: list[Finding]) -> None:
    """'Twelve activists were detained. All but two were released': the group counted before,
    less the people left out (as the Russian «все, кроме двоих» reads)."""
    ordered = sorted(findings, key=lambda f: f.trigger.i)
    for f in ordered:
        if f.count is not None or f.persons:
            continue
        patient = _patient(f.trigger, f.type)
        if patient is None or patient.lower_ not in _EVERYONE:
            continue
        left_out = _left_out(patient)
        earlier = [g.count for g in ordered if g.count and g.trigger.i < f.trigger.sent.start]
        if left_out is not None and earlier and earlier[-1] > left_out:
            f.count, f.group_ref = earlier[-1] - left_out, True


def _split_by_place(finding: Finding) -> list[Finding]:
    """'detained 11 protesters in Minsk and 6 in Gomel': each number the clause adds after its
    counted group is a group of its own (the text states no total, so none is made up)."""
    out = [finding]
    if finding.count is None:
        return out
    tok = finding.trigger
    for c in tok.children:
        if c.dep_ == "conj" and c.i > tok.i and c.pos_ == "NUM" and c.like_num:
            if not any(g.dep_ == "prep" for g in c.children) or c.ent_type_ in ("DATE", "MONEY", "PERCENT"):
                continue
            value = parse_number(c.text)
            if value is not None and value >= 2:
                out.append(dataclasses.replace(finding, trigger=c, count=value, persons=[]))
    return out


def _gapped_groups(ctx: DocContext, finding: Finding) -> list[Finding]:
    """'sentenced one man to death and 14 others to prison terms': a counted group coordinated
    with the verb's object and followed by its own 'to ...' (the verb gapped) went through the
    same kind of event as a group of its own, with its own term."""
    out = [finding]
    tok = finding.trigger
    if tok.pos_ not in ("VERB", "AUX"):
        return out
    preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("to", "for") and c.i > tok.i]
    # the parser hangs the second object on the verb or on the first term ("to six years and
    # nine others to three"), and its "to ..." on the verb or on the object itself
    objects = [
        c for h in (tok, *(g for p in preps for g in p.children)) for c in h.children if c.dep_ == "conj"
    ]
    for c in objects:
        if c.pos_ not in ("NOUN", "PRON") or c.i < tok.i or not (_people(c) or c.lower_ == "others"):
            continue
        before = [p for p in preps if p.i < c.i]
        after = [p for p in preps if p.i > c.i and all(t.dep_ != "conj" for t in tok.doc[c.i + 1 : p.i])]
        after = [p for p in c.children if p.dep_ == "prep" and p.lower_ in ("to", "for")] or after
        if not before or not after or before[-1].lower_ != after[0].lower_:
            continue
        count, label = _count(c)
        if count is None:
            continue
        persons = ctx.persons_in(c, pronouns=False)
        term = term_in(after[0]) if finding.type == "sentence" else None
        out.append(
            dataclasses.replace(
                finding,
                trigger=c,
                count=count,
                group=label,
                persons=persons,
                group_ref=True,
                term=term,
                part=True,
            )
        )
    return out


def _counted_parts(ctx: DocContext, finding: Finding) -> list[Finding]:
    """'released nearly 9,000 prisoners, including 10 inmates whose cases ...', 'pardons 154
    prisoners, including six jailed activists': an exactly counted part of the group went
    through the same event, a group of its own (the whole may be uncounted)."""
    out = [finding]
    if finding.type == "sentence" and finding.term is not None:
        return out  # "sentenced 20 people, including six to ten years": the part's own terms
    patient = _patient(finding.trigger, finding.type)
    if patient is None or not (finding.group_ref or patient.tag_ in ("NNS", "NNPS")):
        return out
    # "detained 30 people at the rally, including four journalists": on the verb after the object
    beside = (
        [c for c in finding.trigger.children if c.i > patient.i]
        if patient.head.i == finding.trigger.i
        else []
    )
    for prep in [*patient.children, *beside]:
        if prep.dep_ != "prep" or prep.lower_ not in ("including", "among"):
            continue
        for part in (g for g in prep.children if g.dep_ == "pobj"):
            count, label = _count(part)
            if count is None or count == finding.count or not _people(part):
                continue
            persons = ctx.persons_in(part, pronouns=False)
            out.append(
                dataclasses.replace(
                    finding,
                    trigger=part,
                    count=count,
                    group=label,
                    persons=persons,
                    group_ref=True,
                    part=True,
                    whole=finding,
                )
            )
    return out


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


def _terms_after_colon(ctx: DocContext, findings: list[Finding]) -> list[Finding]:
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


def _bracketed_verdicts(ctx: DocContext, findings: list[Finding]) -> list[Finding]:
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
        for match in _TERM_IN_BRACKETS.finditer(text):
            term = TERM_RE.match(match.group(1))
            rest = match.group(1)[term.end() :].strip() if term is not None else ""
            if rest and rest != "each" and not CUSTODY_WORDS & set(rest.lower().split()):
                continue  # "(two years in the movement)": a length of something else
            months = term_months(term) if term is not None else None
            opening = doc.char_span(base + match.start(), base + match.start() + 1)
            if not months or opening is None or opening.start == 0:
                continue
            person = ctx.owner_at.get(opening.start - 1)
            if person is None or (id(person), months) in termed:
                continue
            out.append(Finding("sentence", doc[opening.start - 1], [person], term=months, confidence=0.75))
    return out


_BARE_GIVERS = frozenset({"give", "hand", "get", "receive"})


def _bare_terms_after(ctx: DocContext, findings: list[Finding]) -> list[Finding]:
    """'A was sentenced to eight years. B, his co-defendant, was given seven.': a bare number given
    to a named person right after a stated term is a term in that term's unit."""
    out: list[Finding] = []
    doc = ctx.doc
    termed = [f for f in findings if f.type == "sentence" and f.term]
    for verb in tokens_where(doc, "LEMMA", lambda w: w.lower() in _BARE_GIVERS):
        if verb.pos_ != "VERB" or verb.i in ctx.quoted or not asserted(verb):
            continue
        number = next(
            (c for c in verb.children if c.dep_ in ("dobj", "attr", "oprd", "npadvmod") and c.pos_ == "NUM"),
            None,
        )
        if number is None or not number.like_num or any(c.dep_ == "prep" for c in number.children):
            continue
        sent = verb.sent
        before = [f for f in termed if f.trigger.i < verb.i and f.trigger.sent.start >= _previous_start(sent)]
        if not before:
            continue
        matches = [m for m in TERM_RE.finditer(span_text(before[-1].trigger.sent)) if term_months(m)]
        value = _list_value(number.text, _term_unit(matches[-1])) if matches else None
        if not value or value > 600:
            continue
        passive = any(c.dep_ == "nsubjpass" for c in verb.children)
        if verb.lemma_ in ("get", "receive") or passive:
            holder = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        else:
            holder = _patient(verb, "sentence")
        persons = ctx.persons_in(holder, pronouns=False) if holder is not None else []
        if len(persons) != 1 or any(persons[0] in f.persons for f in termed):
            continue
        out.append(Finding("sentence", verb, persons, term=value, date=_date_text(verb), confidence=0.75))
    return out


def _previous_start(sent: Span) -> int:
    """Where the sentence before `sent` starts (`sent`'s own start for the first one)."""
    return sent.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start


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
    people: list[Person] = []
    roles: set[int] = set()
    joined = False
    while k >= between.start:
        t = between.doc[k]
        person = ctx.owner_at.get(t.i)
        if person is not None:
            if person not in people:
                people.insert(0, person)
        elif t.lower_ == "and":
            joined = True
        elif (
            t.is_lower
            and t.is_alpha
            and t.pos_ not in ("DET", "ADP", "CCONJ", "SCONJ", "PRON", "AUX", "PART")
            and (t.i + 1 in ctx.owner_at or t.i + 1 in roles)
        ):
            roles.add(t.i)  # "activist B", "human rights lawyer B": the role of the name after it
        elif t.tag_ == "PRP$" and t.i + 1 in roles:
            pass  # "and his aide B to 25 years"
        elif t.text != ",":
            break
        k -= 1
    gapped = len(people) == 1 and not any(t.pos_ in ("VERB", "AUX") for t in between)
    if len(people) < 2 and not gapped or not joined or months is None:
        return []
    given = {id(p) for g in findings if g.type == "sentence" and g.term == months for p in g.persons}
    if f.term is not None and f.term != months and f.trigger.i < between.start:
        # "gave A a 10-year sentence, and B a 9-year one": the parser joins B to the verb, but
        # the gapped clause gives B its own term, not A's
        f.persons = [p for p in f.persons if p not in people]
    return [
        Finding("sentence", tok, [p], term=months, date=f.date, confidence=0.75)
        for p in people
        if id(p) not in given
    ]


_TURN = re.compile(r"^\s*([A-Z][^\n:\"]{0,40}):\s+\S")


def _interview_answers(ctx: DocContext) -> set[int]:
    """Tokens of the paragraphs an interviewee speaks in a transcript ("Name: ..."), outside any
    quotation marks within them."""
    doc = ctx.doc
    out: set[int] = set()
    pos = 0
    for paragraph in doc_text(doc).split("\n"):
        match = _TURN.match(paragraph)
        if match and '"' not in paragraph and "\u201c" not in paragraph:
            head = doc.char_span(pos + match.start(1), pos + match.end(1), alignment_mode="expand")
            owners = (
                {id(ctx.owner_at[t.i]) for t in head if t.i in ctx.owner_at} if head is not None else set()
            )
            body = doc.char_span(pos + match.end(), pos + len(paragraph), alignment_mode="expand")
            if len(owners) == 1 and body is not None:
                out.update(range(body.start, body.end))
        pos += len(paragraph) + 1
    return out


def _headline_predicate(tok: Token) -> bool:
    """'Seven activists detained in Minsk': in a verbless headline the participle is the news."""
    return tok.head.dep_ == "ROOT" and not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in tok.sent)


def _in_another_event(group: Token, home: str | None) -> bool:
    """'26 people convicted in ... cases were pardoned': the group the participle describes takes
    part in another event, which is the news; in 'will prosecute 300 Muslims detained at a riot'
    the detention is the only event the group's count is told for."""
    verb = group.head
    steps = 0
    while verb.pos_ not in ("VERB", "AUX") and verb.dep_ != "ROOT" and steps < 4:
        verb, steps = verb.head, steps + 1
    return verb.pos_ not in ("VERB", "AUX") or trigger_type(verb, home) is not None


def _reduced_relative(tok: Token) -> bool:
    """'103 people detained after the election were released': the parser took the participle
    for the verb of a group subject; a past participle with a subject and no auxiliary inside
    another clause is no finite verb, but a description of that group."""
    if tok.tag_ != "VBN" or tok.dep_ == "ROOT" or any(c.dep_ in ("aux", "auxpass") for c in tok.children):
        return False
    subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    return subject is not None and _is_group(subject)


def _one_of(ctx: DocContext, one: Token, tok: Token) -> tuple[int | None, str | None, list[Person]]:
    """'She was released in January, one of 553 prisoners freed after ...': the group is counted
    by the partitive, and its named member is the person 'one' stands beside."""
    of = next((c for c in one.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    group = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
    if group is None:
        return None, None, []
    count, label = _count(group)
    if count is None:
        return None, None, []
    members: list[Person] = []
    if one.dep_ == "appos":
        members = ctx.persons_in(one.head)
    elif tok.dep_ == "advcl" and one.dep_ in ("nsubj", "nsubjpass"):
        subject = _subject(tok.head)
        members = ctx.persons_in(subject) if subject is not None else []
    return count, label, members


def _legal_near(sent: Span) -> bool:
    """The sentence or the one before it is about courts or custody ("... ordered to serve four
    years in a colony. In 2024 another year was added to his term")."""
    doc = sent.doc
    return _legal(sent) or sent.start > 0 and _legal(doc[sent.start - 1].sent)


def _offender_label(tok: Token) -> bool:
    """'convicted felon X', 'convicted sex offender X': the participle labels what follows."""
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return (
        tok.lemma_ == "convict"
        and after is not None
        and after.pos_ == "NOUN"
        and after.lemma_.lower() in lexicon("offender_nouns")
    )


def _legal(sent: Span) -> bool:
    """A sentence about courts or custody: where 'term' can be a prison term."""
    words = lexicon("legal_context")
    return any(t.lemma_.lower() in words or t.lower_ in words for t in sent)


def _counted_back(patient: Token) -> bool:
    """'All twelve', 'the 14', 'these seven': a count that points back to a group already told."""
    num = patient if patient.like_num else next((c for c in patient.children if c.dep_ == "nummod"), None)
    if num is None:
        return False
    before = patient.doc[max(patient.sent.start, num.i - 2) : num.i]
    return any(t.lower_ in ("all", "the", "these", "those") for t in before)


def _a_thing(patient: Token) -> bool:
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
        # ... but "opposition figures", "a prominent figure" are people
        return patient.lemma_ != "figure" or not any(c.dep_ in ("amod", "compound") for c in patient.children)
    return (
        patient.dep_ == "pobj"
        and patient.pos_ != "PROPN"  # "the return of X, who was deported": X is a person
        and patient.head.lower_ == "of"
        and patient.head.head.pos_ == "NOUN"
        and patient.head.head.lemma_.lower() in things
    )


_FUTURE_FRAMES = frozenset({"expect", "plan", "set", "due", "schedule", "hope", "want", "intend", "likely"})


def _future_frame(verb: Token) -> bool:
    """The clause, or one that it completes, tells what will happen ('will leave', 'is expected to')."""
    for _ in range(3):
        if any(c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll", "wo") for c in verb.children):
            return True
        if verb.lemma_.lower() in _FUTURE_FRAMES:
            return True
        if verb.dep_ not in ("xcomp", "acomp") or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


_REFLEXIVES = frozenset({"himself", "herself", "themselves", "itself", "ourselves", "myself", "yourself"})


def _to_market(tok: Token) -> bool:
    """'released the device into the US market', 'released on store shelves': put on sale."""
    words = lexicon("market_words")
    return any(
        c.dep_ == "prep"
        and c.lower_ in ("into", "onto", "to", "on", "in")
        and any(g.lemma_.lower() in words or g.lower_ in words for g in c.subtree)
        for c in tok.children
    )


def _sports_story(doc: Doc) -> bool:
    """A story of sport, and nowhere of courts, custody or captivity: a person released there is a
    player let go by a club, not a prisoner (words found by their string ids, as every rule does:
    this runs for each release, and built every token's strings each time)."""
    return not _told(doc, lexicon("legal_context") | lexicon("captivity_words")) and _told(
        doc, lexicon("sport_words")
    )


def _told(doc: Doc, words: frozenset[str]) -> bool:
    """Whether the document uses any of `words`, as written or as a lemma (found by string ids)."""
    return bool(tokens_in(doc, "LOWER", words) or tokens_in(doc, "LEMMA", words))


def _passive(verb: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


_LIST_POS = frozenset({"PROPN", "NOUN", "ADJ", "NUM", "DET", "CCONJ"})


def _relative_clause_of_one(tok: Token) -> bool:
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


def _flat_list(ctx: DocContext, patient: Token) -> list[Person]:
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
            t.i in ctx.owner_at or t.pos_ in _LIST_POS or t.text in (",", "-") or fold(t.text) in PERSON_NOUNS
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
    for t in run:
        person = ctx.owner_at.get(t.i)
        if person is not None and person not in found and person is not possessor:
            found.append(person)
    return found if len(found) > 1 else []


def _listed(ctx: DocContext, tok: Token, patient: Token | None = None) -> list[Person]:
    """'arrested several activists ..., including A, B and C': the list may hang on the verb, or,
    for a group patient, on a phrase of the verb ("detained several activists from the movement
    X, including A and B")."""
    found: list[Person] = []
    preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "including"]
    if patient is not None and _is_group(patient) and patient.lower_ not in ("they", "them"):
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ != "including":
                preps += [g for g in c.subtree if g.dep_ == "prep" and g.lower_ == "including"]
    for c in preps:
        for g in c.children:
            found += [p for p in ctx.persons_in(g, pronouns=False) if p not in found]
        found += [p for p in _names_in_list(ctx, c) if p not in found]
        found += [p for p in _names_after(ctx, c) if p not in found]
    return found


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


_ITEM = rf"(?:{_NUM_WORD})(?:\s+and\s+a\s+half)?"
_LIST_TERMS = re.compile(
    rf"\b({_ITEM}(?:\s*,\s*{_ITEM})*,?\s+and\s+{_ITEM})\s+(years?|months?)\b",
    re.IGNORECASE,
)


def _respectively(finding: Finding) -> list[Finding]:
    """'handed A, B and C terms of 6, 5 and 4 years respectively': one sentence each, in order."""
    sent = finding.trigger.sent
    text = span_text(sent)
    if finding.type != "sentence" or len(finding.persons) < 2 or "respectively" not in text.lower():
        return [finding]
    values: list[int | None] = _term_list(text)
    if len(values) != len(finding.persons):
        # "five years and six years respectively": each term with its unit
        values = [term_months(m) for m in TERM_RE.finditer(text)]
    if len(values) != len(finding.persons) or any(v is None for v in values):
        return [dataclasses.replace(finding, term=None)]  # a list we cannot pair: no term, not a wrong one
    persons = sorted(
        finding.persons, key=lambda p: min((s for s, _ in p.mentions if s >= sent.start), default=0)
    )
    return [
        dataclasses.replace(finding, persons=[person], term=value)
        for person, value in zip(persons, values, strict=True)
        if value is not None
    ]


def _list_value(item: str, unit: int) -> int | None:
    """'seven and a half' years -> 90 months."""
    half = re.search(r"\s+and\s+a\s+half$", item)
    number = parse_number(item[: half.start()] if half else item)
    if number is None:
        return None
    return round((number + (0.5 if half else 0)) * unit)


def _companions(ctx: DocContext, tok: Token) -> list[Person]:
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
            found += [p for p in ctx.persons_in(obj, pronouns=False) if p not in found]
    return found


def _partitive_members(ctx: DocContext, group: Token) -> list[Person]:
    """'X was one of five prisoners freed', 'one of them, politician X, refused'."""
    of = group.head
    if of.lower_ not in ("of", "among") or of.dep_ != "prep":
        return []
    holder = of.head
    if of.lower_ == "among":
        return _members_of_clause(ctx, holder)
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


def _members_of_clause(ctx: DocContext, holder: Token) -> list[Person]:
    if holder.pos_ in ("AUX", "VERB"):
        return [
            p for c in holder.children if c.dep_ in ("nsubj", "nsubjpass", "attr") for p in ctx.persons_in(c)
        ]
    return ctx.persons_in(holder)


_PARTICIPLES = {
    "freed": "release",
    "released": "release",
    "pardoned": "release",
    "detained": "arrest",
    "arrested": "arrest",
    "deported": "deportation",
    "expelled": "deportation",
    "sentenced": "sentence",
}


# the words `_membership` starts from: "among", "one of them", "included", "were"
_MEMBER_WORDS = frozenset({"among", "one"})
_MEMBER_LEMMAS = frozenset({"include", "be"})


def _membership(ctx: DocContext, tok: Token) -> Membership | None:
    """'Among them was X', 'They included X', 'those freed included X', 'X among them'."""
    if tok.i in ctx.quoted:
        return None
    if tok.lower_ == "among" and tok.dep_ == "prep":
        pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
        if pobj is None:
            return None
        # "those freed" is sometimes parsed as a determiner and a noun
        those = pobj.lower_ in ("them", "those", "these") or _has_det(pobj, ("those", "these"))
        if not those and not _is_group(pobj):
            return None
        if any(c.dep_ == "neg" for c in (*tok.head.children, *tok.children)):
            return None  # "X was not among those freed", "Not among those freed was X"
        inner = next((c for c in pobj.children if c.dep_ in ("acl", "relcl")), None)
        etype = trigger_type(inner) if inner is not None else _PARTICIPLES.get(pobj.lower_)
        etype = etype or _described_state(pobj)
        if tok.head.pos_ == "VERB" and any(c.dep_ == "dobj" for c in tok.head.children):
            return _trailing_members(ctx, tok, etype)
        if tok.head.pos_ in ("NOUN", "PROPN"):
            trailing = tok.head.dep_ in ("npadvmod", "appos", "dep") and tok.i < tok.head.i
            if not _verbless(tok.head) and not trailing:
                return None  # "the other four, X among them, remain": the phrase's own verb decides
            if trailing:
                # the list joins the event of the clause it trails: "... detained 12 people, among
                # them X"; "1,200 prisoners remain behind bars, among them X" is a tally, no event
                clause = tok.head
                while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
                    clause = clause.head
                kind = trigger_type(clause) if clause.pos_ in ("VERB", "AUX") else None
                if kind is None:
                    return None
                etype = etype or kind
            # "Among them: journalist X, activist Y and lawyer Z."; "... detained 12 people, among
            # them journalist X" (the list trails the clause)
            # "Among them: journalist X, activist Y and lawyer Z."
            persons = _listed_names(ctx, tok.head)
        else:
            persons = _members_of_clause(ctx, tok.head)
        # "Among those freed were X": a participle the parser made a noun is no trigger of its own
        tells = inner is None and pobj.lower_ in _PARTICIPLES and asserted(tok.head)
        return Membership(tok, persons, etype, tells_event=tells) if persons else None
    if tok.lower_ == "one" and any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        of = next(c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of")
        pobj = next((c for c in of.children if c.dep_ == "pobj"), None)
        if pobj is None or pobj.lower_ not in ("them", "those", "these"):
            return None
        persons = [p for c in tok.children if c.dep_ == "appos" for p in ctx.persons_in(c)]
        if tok.dep_ in ("attr", "nsubj") and tok.head.pos_ in ("AUX", "VERB"):
            persons += [
                p for c in tok.head.children if c.dep_ == "nsubj" and c.i != tok.i for p in ctx.persons_in(c)
            ]
        return Membership(tok, persons, None) if persons else None
    if (part := _partition(ctx, tok)) is not None:
        return part
    # "Those freed included A and B"; "Others released were A and B"
    copula = tok.lemma_ == "be" and any(c.dep_ == "attr" for c in tok.children)
    if tok.lemma_ == "include" and tok.pos_ == "VERB" or copula:
        subj = _subject(tok)
        if subj is not None and subj.lower_ in ("who", "that", "which") and tok.dep_ == "relcl":
            subj = tok.head  # "The 14, who include the activist X, were held ..."
        if subj is None or copula and subj.lower_ in ("they", "them", "these"):
            return None  # "They were X and Y" tells who, not that they belong to a group
        if not _names_a_group(subj) or any(c.dep_ == "neg" for c in tok.children) or not asserted(tok):
            return None
        inner = next((c for c in subj.children if c.dep_ in ("acl", "relcl")), None)
        described = next((c for c in subj.children if c.dep_ == "amod" and c.lower_ in _PARTICIPLES), None)
        etype = (
            trigger_type(inner)
            if inner is not None
            else _PARTICIPLES.get(described.lower_ if described is not None else subj.lower_)
        )
        state = _described_state(subj) if etype is None else None
        # "included A and B": the parser sometimes hangs B on the verb
        objects = [
            c for c in tok.children if c.dep_ in ("dobj", "attr") or c.dep_ == "conj" and c.pos_ == "PROPN"
        ]
        persons = [p for c in objects for p in _listed_names(ctx, c)]
        tells = inner is None and etype is not None
        return Membership(tok, persons, etype or state, tells_event=tells) if persons else None
    return None


def _partition(ctx: DocContext, tok: Token) -> Membership | None:
    """'Of those, 20 were political prisoners, including A and B', 'Of the 123 released, 14 were
    women, among them X': a part of a group told before, broken down by a copula or 'include';
    the people it names are members of that group. The group must point back ('those', 'them',
    'the 123 released'): 'Of the 1,200 political prisoners in Belarus, 30 are women' is a tally."""
    if not (tok.lemma_ == "be" and any(c.dep_ == "attr" for c in tok.children) or tok.lemma_ == "include"):
        return None
    if tok.pos_ not in ("VERB", "AUX") or any(c.dep_ == "neg" for c in tok.children) or not asserted(tok):
        return None
    heads = [tok, *(c for c in tok.children if c.dep_ == "nsubj")]  # "Of those, 20 were": on "20"
    of = next(
        (c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "of" and c.i < h.i), None
    )
    whole = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
    if whole is None:
        return None
    participle = next((c for c in whole.children if c.dep_ in ("acl", "amod") and trigger_type(c)), None)
    if whole.lower_ not in ("those", "them", "these") and not (
        _has_det(whole, ("the", "these", "those")) and (participle is not None or whole.like_num)
    ):
        return None
    etype = trigger_type(participle) if participle is not None else None
    persons: list[Person] = []
    for c in tok.children:
        if c.dep_ in ("attr", "dobj") or c.dep_ == "nsubj" and c.i > tok.i:
            persons += [p for p in _listed_names(ctx, c) if p not in persons]
    lists = [t for t in own_clause(tok) if t.lower_ in ("including", "among") and t.i > tok.i]
    if lists:  # "..., including A and the poet B": read on to the clause's end, however parsed
        persons += [p for p in _names_after(ctx, min(lists, key=lambda t: t.i)) if p not in persons]
    return Membership(tok, persons, etype) if persons else None


def _names_after(ctx: DocContext, word: Token) -> list[Person]:
    """The people named after `word` ('including', 'among them') up to the end of its sentence,
    a new clause (a verb, a relative pronoun) or a semicolon: the small parser breaks long lists
    of names with roles apart, and hangs their pieces anywhere in the clause."""
    found: list[Person] = []
    related = False  # inside "wife of B", "B's lawyer": B is no item of the list
    doc = word.doc
    for t in doc[word.i + 1 : word.sent.end]:
        role = t.i + 1 in ctx.owner_at and t.is_lower  # "poet X": the tagger may call "poet" a verb
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


_BULLET = re.compile(r"^\s*(?:[-•*–—]|\d{1,2}[.)])\s+")


def _bulleted_members(ctx: DocContext) -> list[Membership]:
    """'Those freed include:' followed by a bulleted list: the first person of each item is a
    member of the group the lead-in sentence speaks of (its trigger gives the type)."""
    doc = ctx.doc
    out: list[Membership] = []
    triggers = {span.start: span.label_ for span in doc.spans.get(SPAN_KEY, [])}
    pos = 0
    paragraphs = []
    for paragraph in doc_text(doc).split("\n"):
        paragraphs.append((pos, paragraph))
        pos += len(paragraph) + 1
    paragraphs = [(start, text) for start, text in paragraphs if text.strip()]
    for k, (start, text) in enumerate(paragraphs):
        if not text.rstrip().endswith(":"):
            continue
        lead = doc.char_span(start, start + len(text.rstrip()), alignment_mode="expand")
        if lead is None or any(t.i in ctx.quoted for t in lead):
            continue
        label = next((triggers[t.i] for t in lead if t.i in triggers and asserted(t)), None)
        if label is None:
            continue
        colon = lead[-1]
        for item_start, item in paragraphs[k + 1 :]:
            bullet = _BULLET.match(item)
            if bullet is None:
                break
            item_span = doc.char_span(item_start, item_start + len(item), alignment_mode="expand")
            # the name opens the item, after at most a title ("- journalist X, ..."; "• Father X")
            words = [t for t in item_span if t.is_alpha][:3] if item_span is not None else []
            first = next((ctx.owner_at[t.i] for t in words if t.i in ctx.owner_at), None)
            if first is not None:
                out.append(Membership(colon, [first], label))
    return out


_NAMING_VERBS = frozenset({"name", "identify", "list"})


def _named_next(ctx: DocContext, findings: list[Finding]) -> tuple[list[Membership], list[Finding]]:
    """'Three activists were sentenced to 9, 7 and 6 years. They are A, B and C.' / '... They
    were named as A, B and C.': a counted group whose members the next sentence names, exactly as
    many as the group. They are its members; a list of terms in the group's sentence is theirs in
    order (news lists terms in the order it names people), one sentence each."""
    memberships: list[Membership] = []
    terms: list[Finding] = []
    doc = ctx.doc
    for f in findings:
        if f.count is None or f.count < 2 or f.persons or f.trigger.i in ctx.quoted:
            continue
        sent = f.trigger.sent
        if sent.end >= len(doc):
            continue
        verb = doc[sent.end].sent.root
        if verb.i in ctx.quoted or not asserted(verb) or any(c.dep_ == "neg" for c in verb.children):
            continue
        subject = _subject(verb)
        if subject is None or not _refers_to_group(subject):
            continue
        if verb.lemma_ == "be":
            heads = [c for c in verb.children if c.dep_ == "attr"]
        elif verb.lemma_ in _NAMING_VERBS and _passive(verb):
            heads = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children]
        else:
            continue
        names = [p for h in heads for p in _listed_names(ctx, h)]
        if len(names) != f.count or any(names.count(p) > 1 for p in names):
            continue
        memberships.append(Membership(verb, names, f.type))
        if f.type != "sentence":
            continue
        listed = _term_list(span_text(sent))
        if len(listed) == len(names):
            order = sorted(
                names, key=lambda p: min((s for s, _ in p.mentions if s >= verb.sent.start), default=0)
            )
            terms += [
                Finding("sentence", f.trigger, [p], term=months, date=f.date, confidence=0.75)
                for p, months in zip(order, listed, strict=True)
            ]
    return memberships, terms


def _part_of_earlier(ctx: DocContext, findings: list[Finding]) -> list[Membership]:
    """'Police detained 14 activists. Nine of them were later freed, including X', 'Ten of the 14
    detained on Sunday were released, including X': a part of a group told before; the people
    named in the part are members of the whole too (X was one of the 14 detained)."""
    out: list[Membership] = []
    for f in findings:
        if not f.persons or f.trigger.i in ctx.quoted:
            continue
        patient = _patient(f.trigger, f.type)
        if patient is None or not patient.like_num and patient.tag_ not in ("NNS", "NNPS"):
            continue
        # "Nine of them were freed"; "Of the 14 detained, 10 were released" (on the verb)
        ofs = [c for c in patient.children if c.dep_ == "prep" and c.lower_ == "of"]
        ofs += [c for c in f.trigger.children if c.dep_ == "prep" and c.lower_ == "of" and c.i < patient.i]
        whole = next((g for of in ofs for g in of.children if g.dep_ == "pobj"), None)
        if whole is None:
            continue
        participle = next((c for c in whole.children if c.dep_ in ("acl", "amod") and trigger_type(c)), None)
        if whole.lower_ in ("them", "those", "these"):
            etype = None
        elif participle is not None and _has_det(whole, ("the", "those", "these")):
            etype = trigger_type(participle)
        else:
            continue
        if etype == f.type:
            continue
        # the whole's own event is told by its participle ("the 14 detained"), or earlier
        out.append(Membership(whole, list(f.persons), etype, tells_event=participle is not None))
    return out


_LEAD_SENTENCES = 3  # the headline, the dateline and the lead
_INTRODUCTION_REACH = 4  # sentences after the lead in which the story names its people


def _named_after_lead(ctx: DocContext, findings: list[Finding]) -> list[Finding]:
    """'A court ... jailed a Facebook commentator for eight years ... / Nguyen Duc Thinh, 47, was
    convicted under Article 117 ...': news leads tell the event of someone unnamed ('a Uyghur
    economist', 'a retired teacher') and the next sentences introduce that person by name with
    their own story. The people first named, with an event of their own, right after the lead are
    the lead's people, in order: they take its sentence (with its term) or release."""
    doc = ctx.doc
    sentences = list(doc.sents)
    index = {s.start: k for k, s in enumerate(sentences)}
    leads = [
        f
        for f in sorted(findings, key=lambda f: f.trigger.i)
        if f.type in ("sentence", "release")
        and not f.persons
        and f.count is None
        and index[f.trigger.sent.start] < _LEAD_SENTENCES
        and f.trigger.i not in ctx.quoted
        and (
            _someone_unnamed(ctx, _patient(f.trigger, f.type))
            or index[f.trigger.sent.start] == 0
            and _headline_someone(ctx, _patient(f.trigger, f.type))
        )
    ]
    # "Vietnam jails Facebook commentator ... / A court ... jailed a Facebook commentator": the lead
    # tells the headline's event again, of the same one person
    told_below = {f.type for f in leads if index[f.trigger.sent.start] > 0}
    leads = [f for f in leads if index[f.trigger.sent.start] > 0 or f.type not in told_below]
    if not leads:
        return []
    last = index[leads[-1].trigger.sent.start]
    introduced: list[tuple[Person, set[str]]] = []
    text = doc_text(doc)
    for sent in sentences[last + 1 : last + 1 + _INTRODUCTION_REACH]:
        # the introduction opens a paragraph with the name ("Nguyen Duc Thinh, 47, was convicted",
        # "His co-defendant, Ho Thi Lan, ..."), not another story ("Separately, X was detained")
        if "\n" not in text[max(0, sent.start_char - 2) : sent.start_char] and sent.start_char > 0:
            continue
        if any(t.lower_ in _ANOTHER_STORY for t in sent[:4]):
            continue
        newcomers = [
            p for p in ctx.persons if sent.start <= min((s for s, _ in p.mentions), default=-1) < sent.end
        ]
        for person in ctx.persons:
            first = min((start for start, _ in person.mentions), default=-1)
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
            if first >= sent.start + 6:
                continue
            # their own story is the sentence's main verb, not a clause about them ("X, who was
            # arrested in 2020, condemned the verdict")
            told = {
                f.type
                for f in findings
                if person in f.persons
                and sent.start <= f.trigger.i < sent.end
                and (f.trigger.dep_ == "ROOT" or f.trigger.dep_ == "conj" and f.trigger.head.dep_ == "ROOT")
            }
            if told:
                introduced.append((person, told))
    out: list[Finding] = []
    for lead, (person, told) in zip(leads, introduced, strict=False):
        if lead.type in told or lead.type == "sentence" and "arrest" in told:
            out.append(
                Finding(lead.type, lead.trigger, [person], term=lead.term, date=lead.date, confidence=0.7)
            )
    return out


def _introduced_after_lead(ctx: DocContext, findings: list[Finding]) -> list[Finding]:
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
    patients = {p.i: p for f in leads if (p := _patient(f.trigger, f.type)) is not None}
    if len(patients) != 1:
        return []
    patient = next(iter(patients.values()))
    if not (_someone_unnamed(ctx, patient) and fold(patient.lemma_) in PERSON_NOUNS):
        return []  # "a man was arrested ... / Anna K., 34, was stabbed": crime news names its victims
    sent = patient.sent
    leads = [f for f in leads if f.trigger.sent == sent and _patient(f.trigger, f.type) == patient]
    if any(k in ctx.owner_at for k in range(sent.start, sent.end)) or sent.end >= len(doc):
        return []
    following = doc[sent.end].sent
    if "\n" not in doc_text(doc)[max(0, following.start_char - 2) : following.start_char]:
        return []  # the introduction opens the next paragraph
    person = ctx.owner_at.get(following.start)
    if person is None or min(s for s, _ in person.mentions) < following.start:
        return []
    root = following.root
    subject = _subject(root)
    if root.lemma_ in _SPEECH or subject is None or ctx.owner_at.get(subject.i) is not person:
        return []  # "John Smith, 45, a police spokesman, said ...": someone else speaking of the case
    end = max(e for s, e in person.mentions if s == following.start)
    after = doc[end : end + 3]
    introduced = (
        len(after) == 3
        and after[0].text == ","
        and (
            after[1].like_num or after[1].lower_ in ("a", "an", "who") or fold(after[1].text) in PERSON_NOUNS
        )
    )
    if not introduced:
        return []
    described = [
        t for k in range(end, following.end) if (t := doc[k]).dep_ == "appos" and t.head.i == end - 1
    ]
    if any(w.lemma_.lower() in lexicon("authority_roles") for a in described for w in a.subtree):
        return []  # "Nurlan S., 41, a police spokesman, defended the detention"
    # (what a deportation implies of a release stays with the events told of the person by name)
    return [dataclasses.replace(f, persons=[person], confidence=0.7, implies_release=False) for f in leads]


def _lead_sentence(doc: Doc) -> Span | None:
    """The lead: the first sentence after the headline longer than a dateline ('(Newswire) —')."""
    return next((s for s in itertools.islice(doc.sents, 1, _LEAD_SENTENCES + 1) if len(s) >= 6), None)


# who is introduced beside a group's story without being one of it
_NOT_MEMBERS = frozenset(
    {"lawyer", "attorney", "wife", "husband", "mother", "father", "son", "daughter", "brother", "sister",
     "relative", "friend", "colleague", "analyst", "expert", "researcher", "director", "head", "chairman"}
)  # fmt: skip


def _introduced_members(ctx: DocContext, findings: list[Finding]) -> list[Membership]:
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
    text = doc_text(doc)
    paragraphs: list[list[Span]] = []
    for sent in itertools.islice(doc[lead.end :].sents, 4 * size) if lead.end < len(doc) else ():
        if not paragraphs or "\n" in text[max(0, sent.start_char - 2) : sent.start_char]:
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
        if words & (lexicon("authority_roles") | lexicon("relation_nouns") | _NOT_MEMBERS):
            return []
        members.append(new[0])
    if len(members) != size:
        return []
    return [Membership(doc[min(s for s, _ in members[0].mentions)], members, None)]


def _named_in_apposition(ctx: DocContext, findings: list[Finding]) -> tuple[list[Membership], list[Finding]]:
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
        patient = _patient(f.trigger, f.type)
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
            and _has_det(t, ("a", "an"))  # told as news, not "defended the sentence"
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
    return tok.lemma_ not in _SPEECH


def _in_subject(tok: Token) -> bool:
    """Whether `tok` is inside the subject phrase of its sentence's main verb."""
    root = tok.sent.root
    return any(
        c.dep_ in ("nsubj", "nsubjpass") and c.left_edge.i <= tok.i <= c.right_edge.i for c in root.children
    )


def _someone_unnamed(ctx: DocContext, patient: Token | None) -> bool:
    """'a Facebook commentator', 'A Uyghur economist': one person, not named, told for the first
    time (an indefinite singular person noun)."""
    return (
        patient is not None
        and patient.tag_ == "NN"
        and (fold(patient.lemma_) in PERSON_NOUNS or patient.lemma_.lower() in ("man", "woman", "person"))
        and patient.i not in ctx.owner_at
        and _has_det(patient, ("a", "an"))
        and not ctx.persons_in(patient, pronouns=False)
    )


def _refers_to_group(subject: Token) -> bool:
    """'they', 'these', 'the three', 'the men', 'the activists': a subject pointing back to a group."""
    if subject.lower_ in ("they", "these"):
        return True
    return _has_det(subject, ("the", "these", "those")) and (
        subject.like_num or subject.tag_ in ("NNS", "NNPS")
    )


def _term_list(text: str) -> list[int]:
    """The terms of a list ('9, 7 and 6 years', 'nine, eight and seven and a half years') in months."""
    match = _LIST_TERMS.search(text)
    if match is None:
        return []
    items = re.split(r"\s*,\s*(?:and\s+)?|,?\s+and\s+(?!a\s+half)", match.group(1))
    unit = 12 if match.group(2).lower().startswith("year") else 1
    values = [_list_value(item, unit) for item in items]
    return [v for v in values if v is not None] if all(v is not None for v in values) else []


def _broken_down(findings: list[Finding]) -> list[Membership]:
    """'A court jailed five people ... Judge X handed A, B and C terms of ...; D and E were each
    jailed for ...': a counted group that the following sentences break down by name. When the
    people the next events of its type name are exactly as many as the group, they are its
    members (and share what the group went through: "They were detained in December")."""
    out: list[Membership] = []
    ordered = sorted(findings, key=lambda f: f.trigger.i)
    for k, group in enumerate(ordered):
        if group.count is None or group.count < 2 or group.persons:
            continue
        named: list[Person] = []
        parts: list[Finding] = []
        for f in ordered[k + 1 :]:
            if f.type != group.type:
                continue
            if f.group_ref or f.count is not None:
                break  # another group of its kind: the breakdown, if any, is over
            parts.append(f)
            named += [p for p in f.persons if p not in named]
            if len(named) >= group.count:
                break
        gender = _GROUP_GENDER.get((group.group or "").lower().rsplit(" ", 1)[-1])
        if gender and any(p.gender and p.gender != gender for p in named):
            continue  # "two men were detained ... Marina B. was detained": not one of them
        if group.date and any(f.date and fold(f.date) != fold(group.date) for f in parts):
            continue  # "detained two men on Monday ... X was arrested in March": another time
        if len(named) == group.count:
            out += [Membership(f.trigger, list(f.persons), group.type) for f in parts]
    return out


# group nouns that tell their members' gender
_GROUP_GENDER = {
    **dict.fromkeys(["men", "brothers", "sons", "fathers", "husbands", "boys"], "m"),
    **dict.fromkeys(["women", "sisters", "daughters", "mothers", "wives", "girls"], "f"),
}


_LIST_NOUNS = frozenset({"list", "group", "batch", "name"})


def _described_state(group: Token) -> str | None:
    """'Those still in prison include X', 'Among those who remain behind bars is X': words that
    tell no event but say the group is held make it one that was arrested, never the one a
    release told before freed."""
    described = [c for c in group.children if c.dep_ in ("relcl", "acl", "prep")]
    held = any(
        g.lemma_.lower() in CUSTODY_WORDS or g.lower_ in CUSTODY_WORDS for c in described for g in c.subtree
    )
    return "arrest" if held else None


def _names_a_group(subj: Token) -> bool:
    """The subject of 'included' is a group whose members the object names: 'they', 'those
    freed', 'the list', 'the group', 'the freed prisoners', 'other prisoners released'."""
    if subj.lower_ in ("they", "those", "these", "them") or _has_det(subj, ("those", "these")):
        return True
    if subj.lemma_.lower() in _LIST_NOUNS:
        return _has_det(subj, ("the", "this", "that"))
    if subj.like_num:
        return _has_det(subj, ("the",))  # "The six include X and Y"
    if subj.tag_ not in ("NNS", "NNPS"):
        return False
    described = any(
        c.dep_ in ("acl", "relcl") and trigger_type(c) or c.dep_ == "amod" and c.lower_ in _PARTICIPLES
        for c in subj.children
    )
    return described or _has_det(subj, ("the",)) and subj.lemma_.lower() in _GROUP_NOUNS


_GROUP_NOUNS = frozenset({"prisoner", "detainee", "defendant", "convict", "inmate", "captive"})


_BACKGROUND_DEPS = frozenset({"relcl", "acl", "advcl", "prep", "poss", "punct"})


_TRAILING_NAME_DEPS = frozenset({"npadvmod", "appos", "dobj", "dep"})


def _trailing_members(ctx: DocContext, among: Token, etype: str | None) -> Membership | None:
    """'Police freed 16 prisoners on Friday, among them the journalist X' (the parser hangs the
    names on the verb): members of the event of the verb the list trails, or of the trigger that
    verb continues ("freed 16 prisoners and forced them to leave, among them X"). A verb of no
    event has none: "Aliyev signed a decree covering 154 prisoners, among them six ..."."""
    verb = among.head
    home = _home_country(ctx)  # as the findings read it: no country but Lithuania, no "abroad"
    while trigger_type(verb, home) is None and verb.dep_ in ("conj", "xcomp") and verb.head.pos_ == "VERB":
        verb = verb.head
    kind = trigger_type(verb, home)
    if kind is None or not asserted(verb):
        return None
    names = [c for c in among.head.children if c.i > among.i and c.dep_ in _TRAILING_NAME_DEPS]
    persons = [p for c in names for p in _listed_names(ctx, c)]
    return Membership(among, persons, etype or kind) if persons else None


def _listed_names(ctx: DocContext, head: Token) -> list[Person]:
    """Every person a list names, however the parser grouped its items ("blogger X and trade
    unionist Y" is often read as X modifying Y), but not those in an item's relative clauses
    or prepositions ("X, who was arrested with Y")."""
    found: list[Person] = []
    stack = [head]
    while stack:
        t = stack.pop()
        for person in ctx.persons_in(t):
            if person not in found:
                found.append(person)
        stack += [c for c in t.children if c.dep_ not in _BACKGROUND_DEPS]
    order = {id(p): min((s for s, _ in p.mentions), default=0) for p in found}
    return sorted(found, key=lambda p: order[id(p)])


def _verbless(head: Token) -> bool:
    """'Among them: A, B and C.': a list sentence whose root is the names, with no verb."""
    return head.dep_ == "ROOT" and not any(t.pos_ in ("VERB", "AUX") for t in head.sent)


def _also(tok: Token) -> bool:
    """'also freed', 'freed as well', 'freed too': the event of a group already told."""
    for c in tok.children:
        if c.dep_ != "advmod":
            continue
        if c.lower_ in ("also", "too"):
            return True
        following = tok.doc[c.i + 1] if c.i + 1 < len(tok.doc) else None
        if (
            c.lower_ == "well"
            and any(g.lower_ == "as" for g in c.children)
            and (following is None or following.lower_ != "as")
        ):
            return True  # "as well", not "as well as"
    return False


def _running_total(verb: Token) -> bool:
    """'Since 2020, 6,512 people have been convicted', 'police have detained 3,000 people so far':
    a perfect tense counted up to now is a running statistic (GUIDELINES), not one group's event."""
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
    if not perfect:
        return False
    since = any(
        c.dep_ == "prep"
        and c.lower_ == "since"
        or c.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ == "since" for m in c.children)
        for c in verb.children
    )
    words = span_text(verb.sent).lower()
    return since or any(w in words for w in (" so far", " to date", " thus far"))


def _named_and_others(patient: Token, named: int, trigger: Token) -> tuple[int | None, str | None]:
    """'X and 13 others', 'X, Y and 12 other prisoners', 'X was arrested along with four other
    activists': the named people and a counted rest."""
    beside = [
        g
        for c in trigger.children
        if c.dep_ in ("prep", "advmod") and c.lower_ in ("with", "along", "together", "alongside")
        for w in (c, *(x for x in c.children if x.dep_ == "prep" and x.lower_ == "with"))
        for g in w.children
        if g.dep_ == "pobj"
    ]
    for g in beside:
        if g.lemma_.lower() == "other" or any(a.lower_ == "other" for a in g.children) or _fellows(g):
            count, label = _count(g)
            if count is not None:
                return count + named, label
    for c in patient.subtree:
        if c.dep_ == "conj" and (
            c.lemma_.lower() == "other"
            or _has_det(c, ("other",))
            or any(a.lower_ == "other" for a in c.children)
            or _fellows(c)
        ):
            count, label = _count(c)
            if count is not None:
                return count + named, label
        if c.dep_ == "conj" and _own_people(c):
            count, label = _count(c)  # "X, 45, and his two sons"
            if count is not None:
                return count + named, label
        if c.dep_ == "conj" and c.like_num and _of_their_own(c):
            count, label = _count(c)  # "X and 12 of his supporters"
            if count is not None:
                return count + named, label
    return None, None


def _fellows(noun: Token) -> bool:
    """'13 co-defendants', 'his 13 co-accused', 'four fellow activists': the others of the same
    case or cause, counted beside the named one."""
    return noun.lower_.startswith("co-") or any(
        a.dep_ == "amod" and a.lower_ == "fellow" for a in noun.children
    )


def _of_their_own(number: Token) -> bool:
    """'12 of his supporters', 'three of her colleagues': people counted beside the named one."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and any(
            g.dep_ == "pobj"
            and any(m.dep_ == "poss" and m.lower_ in ("his", "her", "their") for m in g.children)
            for g in c.children
        )
        for c in number.children
    )


def _own_people(noun: Token) -> bool:
    """'his two sons', 'her three colleagues': a counted group of the named person's own people
    (not 'his two cars')."""
    return (
        _people(noun)
        and any(m.dep_ == "poss" and m.lower_ in ("his", "her", "their") for m in noun.children)
        and any(m.dep_ == "nummod" for m in noun.children)
    )


def _has_det(tok: Token, words: tuple[str, ...]) -> bool:
    return any(c.dep_ == "det" and c.lower_ in words for c in tok.children)


_DIRECT_OBJECT_VERBS = {
    "sentence": "sentence",
    "convict": "sentence",
    "jail": "sentence",
    "imprison": "sentence",
    "arrest": "arrest",
    "detain": "arrest",
}


_HEADLINE_VERBS = {"release": "release", "free": "release", "pardon": "release", "deport": "deportation",
                   "expel": "deportation"}  # fmt: skip
# the participle that says whom such a headline frees: "releases detained X", "frees jailed Y"
_CAPTIVE_PARTICIPLES = frozenset({"detain", "jail", "arrest", "imprison", "convict", "sentence", "abduct",
                                  "kidnap", "hold", "incarcerate"})  # fmt: skip


def _headline_verb(tok: Token) -> str | None:
    """'Venezuela releases detained opposition figure X': in a headline the parser may read the
    verb as a plural noun, subject of the participle after it. The event type of that verb."""
    etype = _HEADLINE_VERBS.get(tok.lemma_.lower())
    head = tok.head
    if (
        etype is None
        or tok.tag_ != "NNS"
        or tok.dep_ != "nsubj"
        or head.i != tok.i + 1
        or head.tag_ not in ("VBD", "VBN")
        or head.lemma_.lower() not in _CAPTIVE_PARTICIPLES
        or tok.i == tok.sent.start
        or tok.doc[tok.i - 1].pos_ != "PROPN"
        or any(c.dep_ == "det" for c in tok.children)
    ):
        return None
    return etype


_TITLE_VERBS = {**_HEADLINE_VERBS, **_DIRECT_OBJECT_VERBS}
_ADJECTIVE_BEFORE = frozenset({"DET", "ADP", "ADJ", "CCONJ", "SCONJ", "NUM", "VERB"})


def _title_case_headline(ctx: DocContext, tok: Token) -> Finding | None:
    """'Yemen Sentences 15 Militants on Terror Charges', 'Spain Arrests Eight': in a headline
    written in title case the parser reads the verb as a plural noun. A capitalised '-s' form of a
    trigger verb right after the name of its doer, in the text's first line, is that verb; its
    object is the run of words after it up to a preposition or a punctuation mark."""
    doc = tok.doc
    lower = tok.lower_
    etype = _TITLE_VERBS.get(lower[:-2]) if lower.endswith("es") else None
    etype = etype or _TITLE_VERBS.get(lower[:-1])
    first = next(iter(doc.sents))
    if tok.sent.start != first.start or tok.i == first.start or not tok.text[:1].isupper():
        return None
    before = doc[tok.i - 1]
    # "Afghan Forces Arrest 2 Taliban Leaders": the plain form after a plural subject, read as a
    # name; only a number right after it makes it a verb with its counted object
    plural = before.tag_ in ("NNS", "NNPS") and before.lower_.endswith("s")
    plain = etype is None and plural and lower in _TITLE_VERBS and tok.i + 1 < first.end
    plain = plain and doc[tok.i + 1].like_num
    if plain:
        etype = _TITLE_VERBS[lower]
    elif (
        etype is None
        or not tok.lower_.endswith("s")
        or tok.tag_ not in ("NNS", "NNPS", "VBZ")
        or tok.dep_ not in ("ROOT", "nsubj", "compound")
        or before.pos_ != "PROPN"
    ):
        return None
    end = tok.i + 1
    while end < first.end and doc[end].pos_ not in ("ADP", "VERB", "AUX", "PUNCT", "SCONJ", "CCONJ", "SPACE"):
        end += 1
    words = doc[tok.i + 1 : end]
    if not len(words) or is_approximate(words.text):
        return None
    persons = [p for t in words if (p := ctx.owner_at.get(t.i)) is not None and p]
    persons = [
        p for k, p in enumerate(persons) if not any(q is p for q in persons[:k])
    ]  # Person is unhashable
    count = parse_number(words[0].text) if words[0].like_num else None
    if plain and not (len(words) > 1 and (words[-1].lower_.endswith("s") or _people(words[-1]))):
        count = None  # "Democrats Release 2004 Platform": no counted people after the number
    if count is not None and (count < 2 or words[0].ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT")):
        count = None
    if not persons and count is None:
        return None
    return Finding(etype, tok, persons, count=count, group_ref=count is not None, date=None, confidence=0.75)


def _misparsed_verb(ctx: DocContext, tok: Token) -> Finding | None:
    """'A court on Monday sentenced director X and playwright Y to six years': the small parser
    sometimes reads the verb as an adjective of the names. Read the surface instead: the
    names right after the verb, up to the next preposition, are its objects."""
    if (etype := _headline_verb(tok)) is not None:
        objects = [c for c in tok.head.children if c.dep_ == "dobj"]
        persons = [p for c in objects for p in ctx.persons_in(c, pronouns=False)]
        return Finding(etype, tok, persons, date=None, confidence=0.75) if persons else None
    etype = _DIRECT_OBJECT_VERBS.get(tok.lemma_.lower())
    jailed = etype == "sentence" and tok.lemma_ in ("jail", "imprison")
    if jailed and "pending" in span_text(tok.sent).lower():
        etype = "arrest"  # "jailed X pending trial", as the verb's own rule reads it
    if etype is None or tok.dep_ != "amod" or tok.i == tok.sent.start or tok.i + 1 >= tok.sent.end:
        return None
    if not any(t.pos_ in ("NOUN", "PROPN") for t in tok.doc[tok.sent.start : tok.i]):
        return None  # no subject before it: a real adjective ("sentenced prisoners")
    before = tok.doc[tok.i - 1]
    if before.pos_ in _ADJECTIVE_BEFORE or before.tag_ in ("PRP$", "POS"):
        return None  # "supporters of the jailed tycoon X", "as jailed leader X withdrew": an adjective
    if _offender_label(tok):
        return None  # "has convicted rapist X on his list": a label, not a verdict
    persons: list[Person] = []
    end = tok.i + 1
    while (
        end < tok.sent.end
        and tok.doc[end].pos_ not in ("ADP", "VERB", "AUX", "PART")
        and tok.doc[end].text not in (",", ";", ".")
    ):
        person = ctx.owner_at.get(end)
        if person is not None and person not in persons:
            persons.append(person)
        end += 1
    if not persons or ctx.owner_at.get(tok.i + 1) is None and tok.doc[tok.i + 1].pos_ not in ("NOUN", "ADJ"):
        return None
    rest = tok.doc[end : tok.sent.end]
    term = None
    if etype == "sentence" and rest and rest[0].lower_ in ("to", "for"):
        match = TERM_RE.search(rest.text)
        term = term_months(match) if match and not is_approximate(rest.text[: match.start()]) else None
    return Finding(etype, tok, persons, term=term, date=None, confidence=0.75)


def _membership_phrase(those: Token) -> bool:
    """'among those released', 'those freed included': the phrase names members of a group."""
    head = those.head
    return (those.dep_ == "pobj" and head.lower_ == "among") or (
        those.dep_ == "nsubj" and head.lemma_ == "include"
    )


def _is_group(tok: Token) -> bool:
    return (
        tok.lower_ in GROUP_WORDS
        or tok.tag_ in ("NNS", "NNPS")
        and tok.lemma_ not in TERM_NOUNS
        or tok.like_num
    )


_AGGREGATE = re.compile(
    r"\b(?:a\s+total\s+of|totall?ing|combined|collectively|altogether|in\s+total)\b", re.I
)
_COLLECTIVES = frozenset({"group", "batch", "contingent", "total"})  # "a total of 45 people"


def _people(noun: Token) -> bool:
    """'people', 'students', 'Egyptians': a noun that counts persons, not euros or votes."""
    lemma = noun.lemma_.lower()
    return (
        lemma in PERSON_NOUNS
        or lemma in GROUP_WORDS
        or lemma in ("people", "person", "man", "woman")
        or lemma in lexicon("counted_people")
        or (noun.ent_type_ == "NORP")
    )


def _count(tok: Token) -> tuple[int | None, str | None]:
    """Exact group size of a noun phrase ("123 political prisoners", "Twenty-six people", "The other 25",
    "a second group of 25 prisoners")."""
    if tok.lemma_.lower() in _COLLECTIVES and not any(c.dep_ == "nummod" for c in tok.children):
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        members = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
        if members is not None and members.tag_ in ("NNS", "NNPS"):
            if tok.lemma_.lower() == "total" and not _people(members):
                return None, None  # "sending a total of 340 euros"
            return _count(members)
        if members is not None and members.like_num and tok.lemma_.lower() != "total":
            return _count(members)  # "the group of 14, including A and B"
    # after a title-case headline the tagger may take "Nine" in "Nine Estonians were freed" for a name
    num = (
        tok
        if tok.like_num
        else next(
            (
                c
                for c in tok.children
                if c.dep_ == "nummod" or c.dep_ == "compound" and c.like_num and c.i < tok.i
            ),
            None,
        )
    )
    if num is None and tok.pos_ == "NOUN":
        num = _number_in_modifier(tok)
    if num is not None and num.i > tok.i:
        return None, None  # "Windows 95", "(MOM) 2005": a number after its noun is a name
    if (
        num is not None
        and num.i >= 2
        and num.doc[num.i - 1].text == "-"
        and not num.doc[num.i - 2].whitespace_
    ):
        code = num.doc[num.i - 2]
        if not code.like_num and any(ch.isdigit() for ch in code.text):
            return None, None  # "bulletin MS04-039": a code
    if num is None or num.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT", "ORDINAL", "QUANTITY"):
        return None, None
    name = num.doc[num.i - 1] if num.i > 0 else None
    if (
        name is not None
        and name.pos_ == "PROPN"
        and name.is_title
        and not name.is_sent_start
        and name.ent_type_ not in ("DATE", "TIME")  # "freed Wednesday two soldiers"
    ):
        return None, None  # "Another Group 24 member", "Charter 97 activists": a number in a name
    value = parse_number(" ".join(t.text for t in num.subtree if t.like_num or t.text == "-") or num.text)
    if value is None:
        value = parse_number(num.text)
    if value is None or value < 2 and num.i != tok.i:
        return None, None
    before = span_text(tok.doc[max(tok.sent.start, num.i - 4) : num.i])
    if is_approximate(before) or any(
        c.dep_ in ("advmod", "quantmod") and c.i < num.i and not c.like_num and c.text != "-"
        for c in num.children
    ):
        return None, None
    if num.i == tok.i and value == 1:
        return None, None
    label = None
    if num.i != tok.i:
        label = " ".join(
            t.text
            for t in tok.subtree
            if t.i > num.i and t.i <= tok.i and t.dep_ in ("amod", "compound") or t.i == tok.i
        )
    return value, label


_HELD = CUSTODY_WORDS | {"prisoner", "inmate", "detainee", "sentence"}
_VERB_READINGS = frozenset({"VBD", "VBN", "VBP"})
_NUMBER_DEPS = frozenset({"nummod", "compound", "advmod", "npadvmod"})
_SIZE_NOUNS = frozenset({"member", "strong", "man", "person", "woman", "people"})


def _number_in_modifier(tok: Token) -> Token | None:
    """'a 12-member delegation' (the size of the group), 'Two Michigan State receivers' (the
    parser hangs the number on the first word of a name that modifies the noun)."""
    for c in tok.children:
        if c.dep_ not in ("compound", "amod", "nmod") or c.i > tok.i:
            continue
        nums = [g for g in c.children if g.dep_ in _NUMBER_DEPS and g.like_num and g.i < c.i]
        if not nums:
            continue
        if c.lower_ in _SIZE_NOUNS or nums[0].i == min(t.i for t in tok.subtree if t.dep_ != "det"):
            return nums[0]
    return None


# -- attributes ------------------------------------------------------------------------


_SPAN_PREPS = frozenset({"after", "since", "before", "following", "within"})


def _term_near(tok: Token) -> int | None:
    """The term of a sentencing verb: in its objects and prepositions ("to five years"), not in
    other clauses nor in time adverbials ("A year later he was sentenced ...")."""
    skip = ("relcl", "acl", "conj", "advcl", "ccomp", "nsubj", "nsubjpass", "mark", "cc", "punct", "npadvmod")
    # "A was sentenced to life, and B to 20 years": the parser hangs B's gapped clause on the verb
    gap = min(
        (c.i for c in tok.children if c.dep_ == "conj" and c.pos_ == "PROPN" and c.i > tok.i), default=None
    )
    for c in sorted(tok.children, key=lambda c: (c.i < tok.i, c.i)):
        if gap is not None and c.i > gap:
            continue
        if c.dep_ in skip and not (c.dep_ == "npadvmod" and c.i > tok.i and tok.lemma_ in ("give", "hand")):
            continue  # "gave X five years": the duration after the verb is the term
        if c.dep_ == "prep" and c.lower_ in _SPAN_PREPS:
            continue  # "jailed after 40 years on the run": how long until, not how long for
        months = term_in(c)
        if months:
            return months
    return None


def _date_text(tok: Token) -> str | None:
    """The date words attached to a trigger itself ("detained on 2 May", "in March 2021").

    Only a date that is the trigger's own adverbial counts: "over comments he posted during the
    2020 protests" dates the comments, not the sentence; durations ("18 years") are terms.
    """
    for c in tok.children:
        heads = [c] if c.dep_ in ("npadvmod", "tmod", "advmod") else []
        if c.dep_ == "prep":
            heads = [g for g in c.children if g.dep_ == "pobj"]
        for head in heads:
            if head.ent_type_ != "DATE":
                continue
            text = span_text(_entity_of(head))
            if not TERM_RE.search(text.replace(" - ", "-")) and "old" not in text:
                return text
    return None


def _place(tok: Token) -> str | None:
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("in", "at", "near", "from"):
            for g in c.subtree:
                if g.ent_type_ in ("GPE", "LOC", "FAC") and g.ent_iob_ == "B":
                    return span_text(_entity_of(g))
    return None


def _entity_of(tok: Token) -> Span:
    """The named entity `tok` (which has an entity type) is part of, as `doc.ents` reads it from
    the tokens' IOB tags (building every entity of the doc to find one cost more)."""
    doc = tok.doc
    start, end = tok.i, tok.i + 1
    while doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end]


def _agent(tok: Token, patient: Token | None) -> str | None:
    for c in tok.children:
        if c.dep_ == "agent":
            pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if pobj is not None:
                return _phrase(pobj)
        if (
            c.dep_ == "nsubj"
            and (patient is None or c.i != patient.i)
            and c.lower_ not in ("who", "that", "which")
        ):
            return _phrase(c)
    return None


def _phrase(tok: Token) -> str:
    words = [
        t
        for t in tok.subtree
        if t.dep_ not in ("relcl", "acl", "appos", "punct", "prep", "pobj") or t.i == tok.i
    ]
    words = [t for t in words if t.i <= tok.i or t.head.i == tok.i and t.dep_ == "compound"]
    text = " ".join(t.text for t in words if t.dep_ != "det")
    return text.strip()


def _from_country(tok: Token) -> bool:
    return any(
        c.dep_ == "prep" and c.lower_ == "from" and any(g.ent_type_ == "GPE" for g in c.subtree)
        for c in tok.children
    )


def _home_country(ctx: DocContext) -> str | None:
    """The country the story is about: most mentioned, the headline's or dateline's first counting double."""
    counts: dict[str, int] = {}
    for tok in tokens_where(ctx.doc, "ORTH", lambda w: w[:1].isupper() and bool(_country_of(w))):
        country = _country_of(tok.text)
        counts[country] = counts.get(country, 0) + (3 if not counts else 1)
    return max(counts, key=counts.__getitem__) if counts else None


def _country_of(word: str) -> str | None:
    """The country a country's or a capital's name ('Belarusian', 'Minsk') stands for."""
    return COUNTRIES.get(fold(word)) or CAPITALS.get(fold(word))


def _nationals(group: Token | None, home: str | None) -> bool:
    """'Ten Turkish hostages freed in Iraq' in a story about Turkey: the group is the story's own
    people though the event happened abroad."""
    return (
        group is not None
        and home is not None
        and any(c.dep_ in ("amod", "compound") and _country_of(c.text) == home for c in group.children)
    )


def _abroad(tok: Token, home: str | None) -> bool:
    """'police in Lithuania arrested two men', 'a court in Russia jailed six': not this story."""
    places = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("in", "at")]
    for c in tok.children:
        if c.dep_ in ("nsubj", "agent"):
            places += [g for g in c.subtree if g.dep_ == "prep" and g.lower_ in ("in", "at")]
    for place in places:
        for t in place.subtree:
            country = COUNTRIES.get(fold(t.text))
            if country and country != (home or "belarus") and t.text[:1].isupper():
                return True
    return False
