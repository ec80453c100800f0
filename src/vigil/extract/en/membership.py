"""Group membership across sentences: who among a counted or described group went through
its event ("among those released was X", "They included: A, B, C", bulleted lists, members
named in the next sentence), and how an event splits by place, by gapped group or by counted
part.
"""

from __future__ import annotations

import dataclasses

import numpy as np
from spacy.attrs import LIKE_NUM
from spacy.tokens import Doc, Span, Token

from vigil.extract.doctext import span_text
from vigil.extract.en.attributes import home_country
from vigil.extract.en.context import LIST_BULLET, DocContext, colon_lead_ins
from vigil.extract.en.groups import (
    beside_objects,
    count_of,
    counted_back,
    counted_with,
    has_det,
    hedged_group,
    is_group,
    is_people,
    of_their_own,
)
from vigil.extract.en.modality import SPEECH, asserted
from vigil.extract.en.numbers import parse_number
from vigil.extract.en.participants import (
    BENCH_TITLES,
    is_passive,
    members_of_clause,
    named_between,
    names_after,
    patient_of,
    subject_of,
    told_back,
)
from vigil.extract.en.persons import PERSON_NOUNS, Person, fold, trigger_marks
from vigil.extract.en.remainders import REST_WORDS
from vigil.extract.en.terms import term_list
from vigil.extract.en.triggers import (
    CUSTODY_WORDS,
    carried_thing,
    clause_verb,
    lexicon,
    noun_rules,
    own_clause,
    term_in,
    trigger_type,
)
from vigil.extract.findings import Finding, Membership, distinct
from vigil.extract.scan import tokens_in, tokens_in_lowered
from vigil.extract.sentences import sentences_back

_EVERYONE = frozenset({"all", "everyone", "everybody"})


def _left_out(patient: Token, trigger: Token) -> int | None:
    """'All but two', 'everyone except three', 'All were freed except two': how many people the
    group leaves out."""
    after = [c for c in trigger.children if c.dep_ == "prep" and c.i > trigger.i]
    for c in [*patient.children, *after]:
        if c.lower_ in ("but", "except") and c.dep_ in ("cc", "prep"):
            num = next((g for g in c.children if g.dep_ == "pobj"), None)
            if num is None and c.dep_ == "cc":
                num = next((g for g in patient.children if g.dep_ in ("conj", "pobj") and g.i > c.i), None)
            if num is not None and num.like_num:
                return parse_number(num.text)
    return None


def all_but(findings: list[Finding]) -> None:
    """'Twelve activists were detained. All but two were released': the group counted before,
    less the people left out (as the Russian «все, кроме двоих» reads). The group counted before
    is the nearest one told before 'all', in its own sentence too ('freed 17 political prisoners,
    and all but one of them were handed over' is 16): a count of an earlier sentence (a headline's
    'pushes 16 across the border') is another telling, not the group 'them' points back to."""
    ordered = sorted(findings, key=lambda f: f.trigger.i)
    for f in ordered:
        if f.count is not None or f.persons:
            continue
        patient = patient_of(f.trigger, f.type)
        if patient is None or patient.lower_ not in _EVERYONE:
            continue
        left_out = _left_out(patient, f.trigger)
        earlier = [g.count for g in ordered if g.count and g.trigger.i < patient.i]
        if left_out is not None and earlier and earlier[-1] > left_out:
            f.count, f.group_ref = earlier[-1] - left_out, True


_FURTHER = frozenset({"another", "further", "more"})  # "another 15", "a further 12", "12 more"


def split_by_place(finding: Finding) -> list[Finding]:
    """'detained 11 protesters in Minsk and 6 in Gomel', 'detained 20 people on Saturday and
    another 15 on Sunday': each number the clause adds after its counted group is a group of its
    own (the text states no total, so none is made up)."""
    out = [finding]
    if finding.count is None:
        return out
    tok = finding.trigger
    for c in tok.children:
        if c.dep_ == "conj" and c.i > tok.i and c.pos_ == "NUM" and c.like_num:
            further = any(g.lower_ in _FURTHER for g in c.children)
            if not (further or any(g.dep_ == "prep" for g in c.children)) or c.ent_type_ in (
                "DATE",
                "MONEY",
                "PERCENT",
            ):
                continue
            if finding.persons and of_their_own(c):
                continue  # "arrested her and four of her teachers": counted with her, one group
            value = parse_number(c.text)
            if value is not None and value >= 2:
                out.append(dataclasses.replace(finding, trigger=c, count=value, persons=[]))
    return out


def gapped_groups(ctx: DocContext, finding: Finding) -> list[Finding]:
    """'sentenced a woman to death and 9 others to jail terms': a counted group coordinated
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
        if c.pos_ not in ("NOUN", "PRON") or c.i < tok.i or not (is_people(c) or c.lower_ == "others"):
            continue
        before = [p for p in preps if p.i < c.i]
        after = [p for p in preps if p.i > c.i and all(t.dep_ != "conj" for t in tok.doc[c.i + 1 : p.i])]
        after = [p for p in c.children if p.dep_ == "prep" and p.lower_ in ("to", "for")] or after
        if not before or not after or before[-1].lower_ != after[0].lower_:
            continue
        count, label = count_of(c)
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


def companion_groups(finding: Finding) -> list[Finding]:
    """'X was detained in a dawn raid, along with 47 municipal employees': a counted group set
    beside the patient, not counted with it ('four other activists', '12 of his aides' make one
    group with X), went through the same event as a group of its own."""
    out = [finding]
    if finding.count is not None:
        return out
    for g in beside_objects(finding.trigger):
        if g.tag_ not in ("NNS", "NNPS") or counted_with(g) or carried_thing(g):
            continue  # (not "taken away with a laptop and two SD cards": things he carried)
        count, label = count_of(g)
        if count is not None:
            out.append(
                dataclasses.replace(
                    finding, trigger=g, count=count, group=label, persons=[], group_ref=True, part=True
                )
            )
    return out


def counted_parts(ctx: DocContext, finding: Finding) -> list[Finding]:
    """'released nearly 9,000 prisoners, including 10 inmates whose cases ...', 'pardons 154
    prisoners, including six jailed activists': an exactly counted part of the group went
    through the same event, a group of its own (the whole may be uncounted)."""
    out = [finding]
    if finding.type == "sentence" and finding.term is not None:
        return out  # "sentenced 20 people, including six to ten years": the part's own terms
    patient = patient_of(finding.trigger, finding.type)
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
            count, label = count_of(part)
            if count is None or count == finding.count or not is_people(part):
                continue
            persons = ctx.persons_in(part, pronouns=False)
            if any(c.lower_ == "all" for c in part.children):
                count = None  # "including all six defendants": the six told before, no new group size
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

# participles that name a custody group only with nothing after them ("those taken", not "those
# taken to hospital"; "those held", not "those held hostage")
_BARE_PARTICIPLES = {**_PARTICIPLES, "taken": "arrest", "held": "arrest"}

# the words `membership_at` starts from: "among", "one of them", "included", "were"
MEMBER_WORDS = frozenset({"among", "one", "another", "other"})
MEMBER_LEMMAS = frozenset({"include", "be", "name", "identify", "cover", "extend", "benefit"})

# verbs that say an event reached people: "the pardon covered X", "the amnesty extended to X",
# "X benefited from the amnesty", "X was included in the pardon"
_REACHES = frozenset({"include", "cover", "extend", "benefit"})
# the event types a told-again event noun can hold named people in (a death is one person's own)
_COVERING_TYPES = frozenset({"arrest", "release", "deportation"})
_DEFINITE = ("the", "this", "that", "these")


# the journeys of a group across a border ("those who crossed", "those who left", "those who
# arrived in Vilnius", "those flown to Rome"), not of going home ("walked out", "returned")
_ABROAD_JOURNEYS = frozenset({"cross", "leave", "fly", "arrive", "land", "reach", "disembark"})


def _fronted_among_rest(ctx: DocContext, among: Token, persons: list[Person]) -> list[Person]:
    """'Among them were the translator A, who was arrested in 2022 over a post, and the
    cartoonist B': after a fronted 'Among ... were' whose clause names someone, the names the
    list reads on the surface that the parse left out of the clause (past a relative clause the
    parser may hang 'and the cartoonist B' on nothing). Session 55."""
    head = among.head
    if not persons or among.i != among.sent.start or head.lemma_ != "be" or head.i < among.i:
        return []
    sent = among.sent
    # (not the speaker of a tag after the list: "..., and B, their lawyer C said")
    said = next((t.i for t in sent if t.i > head.i and t.lemma_ in SPEECH), sent.end)
    cut = said
    if said < sent.end:
        cut = max((t.i for t in sent if head.i < t.i < said and t.text == ","), default=sent.end)
    out: list[Person] = []
    for p in names_after(ctx, head):
        at = [i for i in range(head.i + 1, cut) if ctx.owner_at.get(i) is p]
        if not at or p in persons or _subject_of_own_verb(ctx.doc[at[0]], head):
            continue
        if ctx.doc[at[0] - 1].pos_ == "ADP":
            continue  # ("a councillor from Prey Veng": a place the tagger took for a name, no item)
        out.append(p)
    return out


def _subject_of_own_verb(name: Token, head: Token) -> bool:
    """'..., and the poet B remains in prison': the name (through its title or apposition) is the
    subject of a verb of its own, a clause that ends the list."""
    doc = name.doc
    end = name.i
    while end + 1 < len(doc) and doc[end + 1].ent_iob_ == "I":
        end += 1
    if end + 1 < len(doc) and doc[end + 1].tag_ in ("VBZ", "VBD", "VBP", "MD"):
        return True  # ("... and the engineer B stays in prison", however the parser hangs it)
    phrase = name
    while phrase.dep_ in ("compound", "appos", "flat", "conj") and phrase.head.i != phrase.i:
        phrase = phrase.head
    return phrase.dep_ in ("nsubj", "nsubjpass") and phrase.head.i != head.i


def _participle_torn_off(among: Token, pobj: Token) -> Token | None:
    """'A and B were among 57 people rounded up in raids': the participle right after the group,
    which the parser may hang on the copula as a clause of its own rather than on the group."""
    if among.dep_ != "prep" or among.head.lemma_ != "be":
        return None
    return next(
        (
            c
            for c in among.head.children
            if c.dep_ == "advcl" and c.tag_ == "VBN" and c.i == pobj.right_edge.i + 1
        ),
        None,
    )


def membership_at(ctx: DocContext, tok: Token) -> Membership | None:
    """'Among them was X', 'They included X', 'those freed included X', 'X among them'."""
    if tok.i in ctx.quoted:
        return None
    if tok.lower_ == "among" and tok.dep_ in ("prep", "ROOT"):
        pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
        if pobj is None:
            return None
        colon = _colon_list(tok, pobj)
        if tok.dep_ == "ROOT" and colon is None:
            return None
        # "those freed" is sometimes parsed as a determiner and a noun
        those = pobj.lower_ in ("them", "those", "these") or has_det(pobj, ("those", "these"))
        # "Among the detained were A and B": the participle as the group's name
        those = those or pobj.lower_ in _PARTICIPLES and has_det(pobj, ("the",))
        # "Among the co-accused are A and B": the defendants of the case told before
        those = those or pobj.lower_ in _CO_ACCUSED and has_det(pobj, ("the",))
        if pobj.lower_ == "them" and _crowd_before(tok.sent):
            return None
        if not those and not is_group(pobj):
            return None
        if _denied(tok):
            return None  # "X was not among those freed", "Not among those freed was X"
        if tok.head.pos_ in ("AUX", "VERB") and not asserted(tok.head):
            # "it was unclear whether X was among those freed", "X was believed to be among
            # them", "X may have been among them": a guess, no member
            return None
        inner = next((c for c in pobj.children if c.dep_ in ("acl", "relcl")), None)
        torn = _participle_torn_off(tok, pobj) if inner is None else None
        inner = inner or torn
        if inner is None and pobj.lemma_.lower() == "group":
            # "X was among a group of nine activists sentenced on Monday": the group's members
            members = next(
                (g for c in pobj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children),
                None,
            )
            inner = (
                next((c for c in members.children if c.dep_ in ("acl", "relcl")), None)
                if members is not None
                else None
            )
            if inner is not None and trigger_type(inner) and tok.head.lemma_ == "be":
                persons = members_of_clause(ctx, tok.head)
                return Membership(inner, persons, trigger_type(inner)) if persons else None
        if inner is not None and _to_medical_care(inner):
            return None  # "Among those taken to hospital were A and B": the hurt, no group of custody
        etype = trigger_type(inner) if inner is not None else _PARTICIPLES.get(pobj.lower_)
        if etype is None and inner is not None and _bare_participle(inner):
            etype = _BARE_PARTICIPLES.get(inner.lower_)  # "Among those taken were A and B"
        # "X is among the freed prisoners": the participle set before the group noun names its event
        described = next((c for c in pobj.children if c.dep_ == "amod" and c.lower_ in _PARTICIPLES), None)
        # (only after a copula: not "worked among the freed prisoners")
        if inner is None and described is not None and has_det(pobj, ("the",)) and tok.head.lemma_ == "be":
            etype = etype or _PARTICIPLES[described.lower_]
        else:
            described = None
        state = etype is None and _described_state(pobj) is not None
        etype = etype or _described_state(pobj)
        # ("those denied treatment" may be parsed as a determiner, a participle and a noun)
        verb = inner or next((c for c in pobj.children if c.dep_ == "amod" and c.pos_ == "VERB"), None)
        if etype is None and verb is not None and _own_predicate(verb):
            return None  # "Among those denied treatment is X": a group of its own, not the one freed
        if colon is not None:
            # "Among those set free: journalist A, organiser B and poet C": the whole list after the
            # colon, however the parser broke it (role nouns read as verbs)
            persons = _listed_from(ctx, colon)
            tells = (
                inner is None
                and pobj.lower_ in _PARTICIPLES
                or inner is not None
                and trigger_type(inner) is not None
            )
            return (
                Membership(tok, persons, etype, tells_event=tells and asserted(inner or tok))
                if persons
                else None
            )
        if tok.head.pos_ == "VERB" and any(c.dep_ == "dobj" for c in tok.head.children):
            return _trailing_members(ctx, tok, etype)
        if (
            tok.head.pos_ == "NOUN"
            and tok.i > tok.head.i
            and tok.doc[tok.i - 1].text == ","
            and pobj.lower_ == "them"
            and any(a.dep_ == "relcl" for a in tok.head.ancestors)
            and (kind := _trailed_event(tok.head)) is not None
        ):
            # "... released 41 people detained in the crackdown that followed the vote, among them
            # X, the group said": the list hung on the relative clause's last noun
            persons = names_after(ctx, tok)
            return Membership(tok, persons, etype or kind) if persons else None
        if tok.head.pos_ in ("NOUN", "PROPN"):
            trailing = tok.head.dep_ in ("npadvmod", "appos", "dep") and tok.i < tok.head.i
            if not _verbless(tok.head, tok) and not trailing:
                return None  # "the other four, X among them, remain": the phrase's own verb decides
            if trailing:
                # the list joins the event of the clause it trails: "... detained 12 people, among
                # them X"; "1,200 prisoners remain behind bars, among them X" is a tally, no event
                kind = _trailed_event(tok.head)
                if kind is None:
                    return None
                etype = etype or kind
            # "Among them: journalist X, activist Y and lawyer Z."; "... detained 12 people, among
            # them journalist X" (the list trails the clause)
            # "Among them: journalist X, activist Y and lawyer Z."
            persons = _listed_names(ctx, tok.head)
        else:
            if etype is None and _relative_of_name(tok.head) and not _bare_count_back(pobj):
                # ("X, who was among the eight, said": the eight told before, whose event it joins)
                return None  # "X, who was among 20 delegates, ...": no event of the group told
            persons = members_of_clause(ctx, tok.head)
            persons += _fronted_among_rest(ctx, tok, persons)
            if not persons and etype is not None:
                # (only for a group whose event the phrase tells: a list of no known event would
                # join whichever group came last)
                persons = _listed_before_speaker(ctx, tok.head)
            persons = _without_speaker(ctx, tok.head, persons)
            # ("Among those freed were A, a teacher; the blogger B, 52; and C": semicolon items)
            persons += semicolon_items(ctx, tok, persons) if persons else []
        # "Among those freed were X": a participle the parser made a noun is no trigger of its own
        named_by_participle = pobj.lower_ in _PARTICIPLES or described is not None
        tells = inner is None and named_by_participle and asserted(tok.head)
        # "Among those taken away in police vans: A and B": the list sentence's own participle
        tells = tells or (
            inner is not None
            and tok.head.pos_ in ("NOUN", "PROPN")
            and _verbless(tok.head, tok)
            and trigger_type(inner) is not None
            and asserted(inner)
        )
        # "Among the 12 were A and B": the group of that size told before, not the latest one
        size = count_of(pobj)[0] if has_det(pobj, ("the",)) and not tells else None
        if not persons:
            return None
        if torn is not None and etype is not None and trigger_type(torn) is not None and asserted(torn):
            # "A and B were among 57 people rounded up in raids": the participle tells the group's
            # event, of its size (placed at the participle, as for "X was one of 40 ... rounded up")
            return Membership(torn, persons, etype, tells_event=True, count=count_of(pobj)[0])
        journey = (
            etype is None
            and inner is not None
            and (inner.lemma_.lower() in _ABROAD_JOURNEYS or _boarded(inner))
        )
        return Membership(
            tok, persons, etype, tells_event=tells, count=size, held_state=state, journey=journey
        )
    if tok.lower_ == "one" and any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        of = next(c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of")
        pobj = next((c for c in of.children if c.dep_ == "pobj"), None)
        # "one of them", "one of those freed", "one of the 52": a group told before
        counted = pobj is not None and pobj.like_num and has_det(pobj, ("the",))
        # "X was one of five journalists freed on Monday": a counted group its participle tells of
        # (the membership is placed at the participle, after the group's event it joins)
        told = (
            next(
                (
                    c
                    # (the parser may hang the participle on "one": "one of 40 activists and
                    # politicians rounded up by police")
                    for c in (*pobj.children, *(c for c in tok.children if c.i > pobj.i))
                    if c.dep_ in ("acl", "relcl") and (trigger_type(c) or c.lower_ in _PARTICIPLES)
                ),
                None,
            )
            if pobj is not None and not counted and count_of(pobj)[0] is not None
            else None
        )
        counted = counted or told is not None
        if pobj is not None and not counted and (described := _described_group(of)) is not None:
            # "One of the freed prisoners, the poet X, said": a member of the group just told
            persons = _appositive_names(ctx, tok) or _set_off_with_role(ctx, tok.right_edge)
            if persons and not _denied(tok):
                return Membership(described, persons, _PARTICIPLES[described.lower_])
            return None
        if pobj is None or pobj.lower_ not in ("them", "those", "these") and not counted:
            return None
        if pobj.lower_ == "them" and _crowd_before(tok.sent):
            return None  # "... a queue of supporters had formed. One of them, X, said ...": a supporter
        persons = [p for c in tok.children if c.dep_ == "appos" for p in ctx.persons_in(c)]
        if not persons and tok.dep_ in ("nsubj", "nsubjpass"):
            # "One of them, X, was seized in 2021": the parser may make the name a second subject
            persons = _set_off_with_role(ctx, tok.right_edge)
        # "X, one of those freed, said ...", but not "X, one of those who campaigned for them"
        described = pobj.lower_ not in ("those", "these") or any(
            c.dep_ in ("acl", "relcl") and (trigger_type(c) or c.lower_ in _PARTICIPLES)
            for c in pobj.children
        )
        if tok.dep_ == "appos" and described:
            persons += [p for p in ctx.persons_in(tok.head, pronouns=False) if p not in persons]
            if not persons and told is not None and (subj := _subject_past_time(tok, told)) is not None:
                persons += ctx.persons_in(subj)  # "He was freed in August 1978, one of 59 prisoners released"
        if _as_one_of(tok) and told is not None and (subj := _subject_past_time(tok, told)) is not None:
            persons += [p for p in ctx.persons_in(subj) if p not in persons]  # "…, as one of 37 … convicted"
        if tok.dep_ in ("attr", "nsubj") and tok.head.pos_ in ("AUX", "VERB"):
            # "X is one of them"; "... were picked up. One of them is X, a hairdresser": the name as
            # the copula's attribute, when the sentence before tells the group's event (not "there
            # were women who came in after the amnesty. One of them was a teacher, X")
            attr = tok.dep_ == "nsubj" and tok.head.lemma_ == "be" and _event_just_before(tok.sent)
            named = ("nsubj", "attr") if attr else ("nsubj",)
            persons += [
                p for c in tok.head.children if c.dep_ in named and c.i != tok.i for p in ctx.persons_in(c)
            ]
            if _relative_of_name(tok.head) and pobj.like_num:
                # "X, who was one of the eight, said ...": the relative pronoun is the name
                persons += [p for p in ctx.persons_in(tok.head.head, pronouns=False) if p not in persons]
        if (told is not None or tok.dep_ == "attr") and _denied(tok):
            return None  # "X was not one of the five journalists freed", "..., but X was not one of them"
        if told is not None and persons:
            # the phrase itself tells the event when no group event was told before it
            tells = trigger_type(told) is not None and asserted(told) and asserted(tok.head)
            return Membership(
                told,
                persons,
                trigger_type(told) or _PARTICIPLES.get(told.lower_),
                tells_event=tells,
                count=count_of(pobj)[0] if tells else None,
            )
        etype = _them_described_before(tok.sent) if pobj.lower_ == "them" else None
        return Membership(tok, persons, etype) if persons else None
    if tok.lower_ == "another" and (another := _another_member(ctx, tok)) is not None:
        return another
    if tok.lower_ == "other" and (other := _the_other_of_two(ctx, tok)) is not None:
        return other
    if (part := _partition(ctx, tok)) is not None:
        return part
    if tok.lemma_ in ("name", "identify") and tok.pos_ == "VERB":
        return _named_as(ctx, tok)
    if tok.lemma_ in _REACHES and (reached := _reached_by_event(ctx, tok)) is not None:
        return reached
    # "Those freed included A and B"; "Others released were A and B"
    copula = tok.lemma_ == "be" and any(c.dep_ == "attr" for c in tok.children)
    if tok.lemma_ == "be" and (listed := _those_were_listed(ctx, tok)) is not None:
        return listed
    if tok.lemma_ == "include" and tok.pos_ == "VERB" or copula:
        subj = subject_of(tok)
        if subj is not None and subj.lower_ in ("who", "that", "which") and tok.dep_ == "relcl":
            subj = tok.head  # "The 14, who include the activist X, were held ..."
        misread = None
        if subj is None and tok.dep_ in ("conj", "advcl") and tok.lemma_ == "include":
            subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
            misread = tok.head if subj is not None and _participle_read_as_verb(tok, subj) else None
            subj = subj if misread is not None else None
        clause = None
        if subj is None and tok.lemma_ == "include" and (clause := _clause_read_as_subject(tok)) is not None:
            # (the participle was dropped as a description of its group: the membership tells it)
            misread, subj = clause, next(c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass"))
        if subj is None or copula and subj.lower_ in ("they", "them", "these"):
            return None  # "They were X and Y" tells who, not that they belong to a group
        if subj.lower_ == "it" and tok.lemma_ == "include":
            subj = _list_told_before(subj)  # "The list ... has been published. It includes A"
            if subj is None:
                return None
        if (
            not (misread or _names_a_group(subj))
            or any(c.dep_ == "neg" for c in tok.children)
            or not asserted(tok)
        ):
            return None
        # "Others freed under the decree included A and B": the participle read as the verb
        inner = misread or next((c for c in subj.children if c.dep_ in ("acl", "relcl")), None)
        if inner is None and subj.lemma_.lower() in _LIST_NOUNS and (listed := _of_object(subj)) is not None:
            # "The list of those released includes A": the event of the people the list is of
            inner = next((c for c in listed.children if c.dep_ in ("acl", "relcl") and trigger_type(c)), None)
        described = next((c for c in subj.children if c.dep_ == "amod" and c.lower_ in _PARTICIPLES), None)
        etype = (
            trigger_type(inner) or _PARTICIPLES.get(inner.lower_)
            if inner is not None
            else _PARTICIPLES.get(described.lower_ if described is not None else subj.lower_)
        )
        state = _described_state(subj) if etype is None else None
        # "included A and B": the parser sometimes hangs B on the verb
        # (or reads the first item as a dative: "included the priest X and his sister Y")
        objects = [
            c
            for c in tok.children
            if c.dep_ in ("dobj", "attr")
            or c.dep_ == "conj"
            and c.pos_ == "PROPN"
            or c.dep_ == "dative"
            and tok.lemma_ == "include"
            or _misread_plural(c)
        ]
        persons = [p for c in objects for p in _listed_names(ctx, c)]
        if persons and tok.lemma_ == "include":
            # "Besides A and B, it includes C": those it includes besides are on the list too
            persons += [
                p
                for c in tok.children
                if c.dep_ == "prep" and c.lower_ == "besides"
                for g in c.children
                if g.dep_ == "pobj"
                for p in _listed_names(ctx, g)
            ]
            persons = distinct(persons)
        # ("Those released included activist A; the journalist B; and C, a founder": semicolon items)
        persons += semicolon_items(ctx, tok, persons) if persons and tok.i > subj.i else []
        tells = inner is None and etype is not None or clause is not None and asserted(clause)
        return Membership(tok, persons, etype or state, tells_event=tells) if persons else None
    return None


# ("A and B, two of the six, ..." is an apposition; "On Wednesday two of them, A and B, ..." a
# number the parser hung on the date before it)
_PART_ROLES = frozenset({"nsubj", "nsubjpass", "npadvmod", "appos", "nummod"})


def counted_parts_named(ctx: DocContext) -> list[Membership]:
    """Every counted part named in apposition ('Two of them, A and B, ...')."""
    # (the subjects and bare noun phrases, read by their labels: not a `Token` per word)
    found = (_counted_part_named(ctx, tok) for tok in tokens_in(ctx.doc, "DEP", _PART_ROLES) if tok.like_num)
    return [m for m in found if m is not None]


def superlative_members(ctx: DocContext) -> list[Membership]:
    """'The best known of them, X, ...', 'The youngest of them, X, ...': the one a superlative picks
    out of a group told before ("of them"), named in apposition, is of that group, as 'One of
    them, X,' is; the clause's own verb tells no event of the group."""
    found: list[Membership] = []
    for them in tokens_in(ctx.doc, "LOWER", frozenset({"them"})):
        of = them.head
        pick = of.head
        if them.dep_ != "pobj" or of.lower_ != "of" or them.i in ctx.quoted or pick.i > of.i:
            continue
        superlative = pick.tag_ in ("JJS", "RBS") or any(
            c.tag_ in ("JJS", "RBS") or c.lower_ == "most" for c in pick.children if c.i < pick.i
        )
        if not superlative or not has_det(pick, ("the",)) or _crowd_before(them.sent):
            continue
        named = [c for c in pick.children if c.dep_ in ("appos", "npadvmod") and c.i > them.i]
        if not named or ctx.doc[named[0].left_edge.i - 1].text != ",":
            continue
        persons = [p for c in named for p in _listed_names(ctx, c)]
        if len(persons) == 1:
            found.append(Membership(pick, persons, None))
    return found


def _counted_part_named(ctx: DocContext, tok: Token) -> Membership | None:
    """'Two of them, A and B, work for the weekly X', 'Three of the eight, A, B and C, ...': a
    counted part of a group told before, named in apposition, is of that group (as 'One of
    them, X,' is; the clause's own verb tells no event of the group, so none is told here)."""
    if not tok.like_num or tok.lower_ == "one" or tok.i in ctx.quoted:
        return None
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    whole = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
    if whole is None or not (whole.lower_ in ("them", "those", "these") or _bare_count_back(whole)):
        return None
    if whole.lower_ == "them" and _crowd_before(tok.sent):
        return None  # "... supporters gathered. Two of them, A and B, said ...": supporters
    if tok.dep_ in ("appos", "nummod"):
        persons = _part_named_apart(ctx, tok, whole)
        return Membership(tok, persons, None) if len(persons) >= 2 else None
    named = [c for c in tok.children if c.dep_ == "appos"]
    if not named and (listed := _names_read_as_conjuncts(ctx, tok, whole)):
        return Membership(tok, listed, None)
    second = False
    if not named and tok.dep_ == "npadvmod":
        # ("Three of the 12, A, B and C, are bloggers": the parser made the names the subject)
        named = [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > tok.i]
    elif not named and tok.dep_ in ("nsubj", "nsubjpass") and _comma_after(whole):
        # ("Two of the nine, university students A and B, said ...", "Two of them, students A and
        # B, said ...": the parser made the part and the names set off after it two subjects of
        # one verb; taken only when exactly as many as the part counts)
        named = [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > whole.i + 1]
        second = True
    persons = [p for c in named for p in _listed_names(ctx, c)]
    if len(persons) < 2:
        # "Two of the nine, university students A and B, said ...": the names set off after a
        # plural role noun, which the parser makes the apposition
        roles = [c for c in named if c.tag_ == "NNS" and c.i not in ctx.owner_at]
        persons = [p for c in roles for g in c.children if g.dep_ == "appos" for p in _listed_names(ctx, g)]
    if second and len(persons) != parse_number(tok.lower_):
        return None
    return Membership(tok, persons, None) if len(persons) >= 2 else None


def _comma_after(tok: Token) -> bool:
    """A comma right after the phrase of `tok` ("Two of the nine, A and B"): what follows is set off."""
    end = tok.right_edge.i + 1
    return end < len(tok.doc) and tok.doc[end].text == ","


def _names_read_as_conjuncts(ctx: DocContext, tok: Token, whole: Token) -> list[Person]:
    """'Two of them, A and B, work for a weekly': the parser may read the names set off after
    'of them' as conjuncts of the number; they are its members when exactly as many as it counts."""
    doc = ctx.doc
    first = next((c for c in tok.children if c.dep_ == "conj" and c.i > whole.i), None)
    if first is None or first.pos_ != "PROPN" or doc[first.left_edge.i - 1].text != ",":
        return []
    persons = _listed_names(ctx, first)
    return persons if len(persons) == parse_number(tok.lower_) else []


def _part_named_apart(ctx: DocContext, tok: Token, whole: Token) -> list[Person]:
    """The names of a counted part the parser did not hang on its number, exactly as many as it
    counts: 'A and B, two of the six, were sentenced' (the number set off after the names it
    is in apposition to) or 'On Wednesday two of them, A and B, were sentenced' (the number
    hung on the date before it, the names set off after 'of them' are the clause's subject)."""
    size = parse_number(tok.lower_)
    if tok.dep_ == "appos":
        head = tok.head
        while head.dep_ == "conj" and head.head.i < head.i:
            head = head.head  # (the parser sets the number off from the list's last name)
        inside = range(tok.left_edge.i, tok.right_edge.i + 1)  # ("two of the six, with C": not C)
        persons = [p for p in _listed_names(ctx, head) if not any(s in inside for s, _ in p.mentions)]
    else:
        doc = ctx.doc
        if whole.i + 1 >= len(doc) or doc[whole.i + 1].text != ",":
            return []
        verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
        named = (
            [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > whole.i] if verb else []
        )
        persons = [p for c in named for p in _listed_names(ctx, c)]
    return persons if size is not None and len(persons) == size else []


def _another_member(ctx: DocContext, tok: Token) -> Membership | None:
    """'Another of those released, pensioner X, ...', 'Another freed prisoner, the pensioner X,
    ...': one more member of the group whose event was just told, named beside the phrase (the
    participle names the event; 'another of them, X' names none and is left to the group rules)."""
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is not None:
        those = next((c for c in of.children if c.dep_ == "pobj" and c.lower_ in ("those", "these")), None)
        if those is None and (described := _described_group(of)) is not None:
            # "Another of the freed prisoners, X, ...": the participle before the group's noun
            etype = _PARTICIPLES.get(described.lower_)
            persons = _appositive_names(ctx, tok) or _set_off_with_role(ctx, tok.right_edge)
            return Membership(described, persons, etype) if persons and etype else None
        if those is None or those.i + 1 >= len(tok.doc):
            return None
        # (the parser may hang the participle on the name after it: "released, pensioner X")
        participle = tok.doc[those.i + 1]
        named = tok
    elif tok.dep_ == "det" and tok.head.pos_ == "NOUN":
        named = tok.head
        participle = next((c for c in named.children if c.dep_ == "amod" and c.i < named.i), None)
    else:
        return None
    etype = _PARTICIPLES.get(participle.lower_) if participle is not None else None
    if etype is None or participle.i in ctx.quoted:
        return None
    persons = [p for c in named.children if c.dep_ == "appos" for p in ctx.persons_in(c, pronouns=False)]
    return Membership(participle, persons, etype) if persons else None


def _appositive_names(ctx: DocContext, tok: Token) -> list[Person]:
    """The people named in apposition to `tok` ("Another of the freed prisoners, X")."""
    return [p for c in tok.children if c.dep_ == "appos" for p in ctx.persons_in(c, pronouns=False)]


def _set_off_with_role(ctx: DocContext, end: Token) -> list[Person]:
    """The one person set off between commas right after `end`, perhaps after a role in lower
    case ('Another of the freed prisoners, the poet C, said'), however the parser hung it."""
    doc = ctx.doc
    if end.i + 2 >= len(doc) or doc[end.i + 1].text != ",":
        return []
    k = ctx.name_past_role(end.i + 2, min(end.i + 8, len(doc)))
    if k is None:
        return []
    person = ctx.owner_at[k]
    close = next((e for s, e in person.mentions if s == k), None)
    return [person] if close is not None and close < len(doc) and doc[close].text == "," else []


def _described_group(of: Token) -> Token | None:
    """The participle of 'of the freed prisoners' ("another of the freed prisoners, X"): a group
    that "the" and its event's participle point back to."""
    group = next((c for c in of.children if c.dep_ == "pobj"), None)
    if group is None or group.tag_ != "NNS" or not has_det(group, ("the",)):
        return None
    return next((c for c in group.children if c.dep_ == "amod" and c.lower_ in _PARTICIPLES), None)


def _the_other_of_two(ctx: DocContext, tok: Token) -> Membership | None:
    """'Two men were sentenced to death. One of them, X, was executed ... The other, Y, died in
    custody': 'the other' set off with a name, right after a sentence that opens with 'one of
    them', is the group's second member."""
    doc = tok.doc
    # (the parser may read "The other," as the name's modifier: "The other, Y, died")
    opening = (
        tok.i == tok.sent.start + 1
        and tok.i + 1 < len(doc)
        and doc[tok.sent.start].lower_ == "the"
        and doc[tok.i + 1].text == ","
    )
    if not opening or tok.sent.start == 0:
        return None
    before = tok.doc[tok.sent.start - 1].sent
    one = next(
        (
            t
            for t in before
            if t.lower_ == "one"
            and any(c.lower_ == "of" and any(g.lower_ == "them" for g in c.children) for c in t.children)
        ),
        None,
    )
    if one is None:
        return None
    named = [c for c in tok.children if c.dep_ == "appos"]
    named += [tok.head] if tok.dep_ == "amod" and tok.head.pos_ == "PROPN" else []
    persons = distinct([p for c in named for p in ctx.persons_in(c, pronouns=False)])
    # (placed at the 'one', so that it joins the group 'one of them' joined)
    return Membership(one, persons, None) if persons else None


def point_described_them(findings: list[Finding], memberships: list[Membership]) -> None:
    """'Fourteen were pardoned ... Twelve were driven to the border ... the other two pardoned
    prisoners. One of them, X, ...': "them" typed by the participle before it points to the
    latest group counted for that very event (the 14 pardoned), not to a later group whose event
    only implies it (the 12 expelled)."""
    for m in memberships:
        if m.group is not None or m.type is None or m.token.lower_ != "one":
            continue
        if _them_described_before(m.token.sent) != m.type:
            continue
        earlier = [
            f
            for f in findings
            if f.type == m.type and f.count is not None and not f.part and f.trigger.i < m.token.sent.start
        ]
        if not earlier:
            continue
        m.group = max(earlier, key=lambda f: f.trigger.i)
        for other in memberships:  # ("One of them, X, was taken back": the part's own "them" too)
            if other.group is None and other.token.head.head.i == m.token.i and other.token.lower_ == "them":
                other.group = m.group


def refusers_named_back(tok: Token) -> bool:
    """'Two of those released refused to leave the country. One of them, X, ...': "them" are the
    refusers the sentence before counted, so the one named is a refuser (never deported)."""
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if tok.lower_ not in ("one", "another") or of is None or tok.sent.start == 0:
        return False
    if not any(g.dep_ == "pobj" and g.lower_ == "them" for g in of.children):
        return False
    before = tok.doc[tok.sent.start - 1].sent
    departures = lexicon("refused_departures")
    return any(
        t.lemma_ in ("refuse", "decline")
        and not any(c.dep_ == "neg" for c in t.children)
        and any(c.lemma_ in departures for c in t.subtree)
        and any(
            s.like_num or s.lemma_.lower() == "some"
            for c in t.children
            if c.dep_ == "nsubj"
            for s in c.subtree
        )
        for t in before
    )


def _them_described_before(sent: Span) -> str | None:
    """'... what happened to the other two pardoned prisoners. One of them, X, refused': "them" is
    the last plural noun of the sentence before, and the participle set before that noun ("freed",
    "pardoned", "detained") names the event the group went through (None when it names none)."""
    if sent.start == 0:
        return None
    before = sent.doc[sent.start - 1].sent
    plural = [t for t in before if t.tag_ == "NNS" and is_people(t)]
    if not plural:
        return None
    described = [c.lower_ for c in plural[-1].children if c.dep_ == "amod" and c.lower_ in _PARTICIPLES]
    return _PARTICIPLES[described[0]] if described else None


def _to_medical_care(inner: Token) -> bool:
    """'those taken to hospital', 'those treated in a clinic': the group is of the hurt or sick."""
    stays = lexicon("medical_stays")
    return any(
        o.lemma_.lower() in stays
        for c in inner.children
        if c.dep_ == "prep"
        for o in c.children
        if o.dep_ == "pobj"
    )


def _bare_participle(inner: Token) -> bool:
    """'those taken', 'those held (by police)', 'those taken away': a participle with nothing
    after it that would make it another story ('those taken to hospital', 'those held hostage')
    names the group of the custody event told before."""
    return all(c.dep_ in ("agent", "advmod", "prt") for c in inner.children)


def _listed_before_speaker(ctx: DocContext, copula: Token) -> list[Person]:
    """'Among those taken were A, the party's youth leader, and B, a councillor, spokesman C said':
    with no comma before the attribution the parser makes the list the subject of "said" and
    leaves the copula without one; the list is that subject but for the speaker, the name
    right before the verb of speech."""
    speech = copula.head
    if copula.dep_ != "ccomp" or speech.lemma_ not in SPEECH or speech.i < copula.i:
        return []
    if any(c.dep_ in ("nsubj", "nsubjpass", "attr") for c in copula.children):
        return []
    subject = next((c for c in speech.children if c.dep_ == "nsubj" and c.left_edge.i == copula.i + 1), None)
    return ctx.persons_in(subject, pronouns=False) if subject is not None else []


def _without_speaker(ctx: DocContext, copula: Token, persons: list[Person]) -> list[Person]:
    """The members of a list the attribution closes ('..., and B, a councillor, lawyer C said'),
    without its speaker C, the name right before the verb of speech (the parser may join C to
    the list)."""
    speech = copula.head
    if copula.dep_ != "ccomp" or speech.lemma_ not in SPEECH or speech.i < copula.i:
        return persons
    speaker = ctx.owner_at.get(speech.i - 1)
    return [p for p in persons if p is not speaker]


def _bare_count_back(pobj: Token) -> bool:
    """'the eight', 'the 14': a bare number with an article names a group counted before."""
    return pobj.like_num and has_det(pobj, ("the",)) and pobj.head.lower_ in ("among", "of")


def _relative_of_name(verb: Token) -> bool:
    """'X, who was among ...': the copula of a relative clause whose subject is 'who'."""
    return verb.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.lower_ == "who" for c in verb.children)


def _trailed_event(head: Token) -> str | None:
    """The event of the clause a trailing 'among them X' list joins: the verb above the word the
    list hangs on; past relative clauses the parser hangs the list on ('released 41 people detained
    in the crackdown that followed the vote, among them X': the release), and past the group's own
    participle ('people detained')."""
    clause = clause_verb(head)
    kind = trigger_type(clause) if clause.pos_ in ("VERB", "AUX") else None
    while kind is None and clause.dep_ in ("relcl", "acl") and clause.lower_ not in _PARTICIPLES:
        clause = clause_verb(clause.head)
        if clause.dep_ == "acl":
            clause = clause_verb(clause.head)
        kind = trigger_type(clause) if clause.pos_ in ("VERB", "AUX") else None
    return kind


def _those_were_listed(ctx: DocContext, be: Token) -> Membership | None:
    """'Those arrested were A, B and C', 'those detained were: A; B; and C': a main clause whose
    subject is a group named only by its participle and whose predicate lists names tells that
    each of them went through the participle's event (as "Among those detained were A and B"
    does), whether or not a group event was told before. Not a descriptive participle: the
    copula adds no other event ("Those detained after the vote were released" is no list);
    a denied or hedged copula, or a list of no names ("were mostly students"), gives nothing."""
    if be.dep_ != "ROOT" or be.i in ctx.quoted or any(c.dep_ == "neg" for c in be.children):
        return None
    subj = next((c for c in be.children if c.dep_ == "nsubj" and c.i < be.i), None)
    if subj is None or subj.lower_ not in ("those", "others"):
        return None
    inner = next((c for c in subj.children if c.dep_ == "acl" and c.tag_ == "VBN"), None)
    etype = trigger_type(inner) if inner is not None else None
    if etype is None or any(c.dep_ == "neg" for c in inner.children) or not asserted(be):
        return None
    after = be.doc[be.i + 1] if be.i + 1 < len(be.doc) else None
    if after is not None and after.text == ":":
        persons = _listed_from(ctx, after)
    else:
        attr = next((c for c in be.children if c.dep_ == "attr" and c.i > be.i), None)
        persons = _listed_names(ctx, attr) if attr is not None else []
        persons += semicolon_items(ctx, be, persons) if persons else []
    return Membership(inner, distinct(persons), etype, tells_event=True) if persons else None


def _colon_list(among: Token, pobj: Token) -> Token | None:
    """The colon of 'Among those set free from the prison: journalist A, organiser B and poet C',
    a sentence that opens with 'among' and lists its members after a colon, with no finite verb
    before it."""
    doc, sent = among.doc, among.sent
    if any(not t.is_space for t in doc[sent.start : among.i]):
        return None
    colon = next((t for t in doc[pobj.i + 1 : sent.end] if t.text == ":"), None)
    if colon is None or any(t.tag_ in ("VBZ", "VBP", "VBD", "MD") for t in doc[among.i : colon.i]):
        return None
    return colon


def _denied(tok: Token) -> bool:
    """The membership word's clause is denied: "X was not among them", "Neither A nor B was one of
    them", "None of the lawyers was among those held"."""
    if any(c.dep_ == "neg" for c in (*tok.head.children, *tok.children)):
        return True
    subj = next((c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return False
    return any(c.lower_ in ("neither", "nor") and c.dep_ in ("det", "preconj", "cc") for c in subj.children)


def _clause_read_as_subject(include: Token) -> Token | None:
    """'The reporters arrested in the weeks that followed include A and B': the parser reads the
    participle as the past tense of 'the reporters', a clause that is the subject of 'include'; the
    participle names the group."""
    return next(
        (
            c
            for c in include.children
            if c.dep_ in ("ccomp", "csubj")
            and c.i < include.i
            and c.tag_ in ("VBN", "VBD")
            and not any(a.dep_ in ("aux", "auxpass", "dobj") for a in c.children)
            and any(a.dep_ == "nsubj" and is_group(a) for a in c.children)
            and trigger_type(c) is not None
        ),
        None,
    )


def _participle_read_as_verb(include: Token, subj: Token) -> bool:
    """'Others freed in the amnesty included A and B': the parser reads the participle as the
    past tense of 'others', with 'included' conjoined to it; the participle names the group."""
    head = include.head
    return (
        # (or as a clause of its own: "detained/ROOT ... included/advcl")
        include.dep_ in ("conj", "advcl")
        and include.lemma_ == "include"
        and head.tag_ in ("VBD", "VBN")
        and subj.head.i == head.i
        and (
            subj.lower_ in ("others", "those")
            # "The reporters detained in the weeks that followed include A and B", "Other
            # Russians freed in the swap included A", "Prisoners pardoned in May included A"
            or subj.tag_ in ("NNS", "NNPS")
            and (
                has_det(subj, ("the",))
                or any(c.lower_ == "other" for c in subj.children)
                or not _determined(subj)
            )
            and is_people(subj)
        )
        and not any(c.dep_ in ("dobj", "aux", "auxpass") for c in head.children)
        and (trigger_type(head) is not None or head.lower_ in _PARTICIPLES)
    )


def _determined(noun: Token) -> bool:
    """Whether anything counts, owns or picks out the noun ('some', 'his', 'two', 'other')."""
    return any(c.dep_ in ("det", "poss", "nummod", "amod", "predet") for c in noun.children)


def _misread_plural(c: Token) -> bool:
    """'included pastor X, seminarians A and B, and C': a plural role before names, read as a verb
    of its own ("seminarians" VBZ) with the names as its objects; a real verb has a subject or an
    auxiliary."""
    return (
        c.dep_ in ("xcomp", "ccomp", "conj")
        and c.tag_ == "VBZ"
        and c.lower_.endswith("s")
        and c.i > 0
        and c.doc[c.i - 1].text == ","
        and not any(g.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for g in c.children)
        and any(g.dep_ == "dobj" and g.pos_ == "PROPN" and g.left_edge.i == c.i + 1 for g in c.children)
    )


# who a story names beside a group's event, never in it: the bench, the defence, the guards
_OTHER_SIDE = BENCH_TITLES | {"officer", "guard", "policeman", "agent", "witness", "victim", "official"}


def _named_as(ctx: DocContext, tok: Token) -> Membership | None:
    """'The prosecutors named the five as A, 19, B, 22 and C', 'the two were identified as A and
    B': the members of a group told before ("the five", "them"), as many as it counts."""
    group = next((c for c in tok.children if c.dep_ in ("dobj", "oprd", "nsubjpass")), None)
    if group is None or not asserted(tok):
        return None
    # ("as" on the verb, or on the group: "named [the four as A, B ...]"; or a colon or dash
    # after the verb: "Two have been identified: A and B", "Two have been named — A and B")
    as_ = next((c for c in (*tok.children, *group.children) if c.dep_ == "prep" and c.lower_ == "as"), None)
    # ("were named by rights groups as A and B": the parser hangs "as" on the agent)
    as_ = as_ or next(
        (
            c
            for a in tok.children
            if a.dep_ == "agent"
            for g in a.children
            for c in g.children
            if c.dep_ == "prep" and c.lower_ == "as"
        ),
        None,
    )
    as_ = as_ or _list_mark_after(tok)
    if as_ is None:
        return _profiled_next(ctx, tok, group)
    counted = group.like_num and has_det(group, ("the", "all"))
    # "Police detained four activists. Two have been named as A and B": a bare number right after
    # an event counts a part of its group
    counted = (
        counted
        or group.like_num
        and all(c.dep_ in ("appos", "punct") for c in group.children)
        and _event_just_before(tok.sent)
    )
    # ("The judges were named as A and B", "named the guards as": the other side of the case)
    told = is_group(group) and has_det(group, ("the", "these")) and group.lemma_.lower() not in _OTHER_SIDE
    # "identified four of the men as A, B, C and D": a counted part of a group told before
    whole = _of_object(group) if group.like_num else None
    counted = (
        counted
        or whole is not None
        and (whole.lower_ in ("them", "those") or is_group(whole) and has_det(whole, ("the", "these")))
    )
    if not (counted or told or group.lower_ in ("them", "they")):
        return None
    persons: list[Person] = []
    for t in as_.subtree if as_.text not in _LIST_MARKS else ():
        person = ctx.owner_at.get(t.i)
        if person is not None and person not in persons:
            persons.append(person)
    if counted and parse_number(group.lower_) != len(persons):
        # "identified four of the men as A, 44; his nephew B, 26; C, 38; and D": the parser breaks a
        # semicolon list off the 'as'; the names to the sentence's end, when exactly that many
        persons = named_between(ctx, as_.i, as_.sent.end)
    if counted and parse_number(group.lower_) != len(persons):
        return None
    # ("identified one of them as X": one member of the group just told, as many as it counts)
    one = counted and len(persons) == 1 and whole is not None and whole.lower_ in ("them", "those")
    return Membership(tok, persons, None) if len(persons) >= 2 or one else None


def _profiled_next(ctx: DocContext, tok: Token, group: Token) -> Membership | None:
    """'Viasna later identified four of those freed. A, a 58-year-old accountant, was sentenced in
    2023 ... B, a former railway engineer, had served ... C, a nurse, was taken ...': a naming verb
    whose object is a counted part of a group told before ("four of those freed", "three of
    them"), with nothing after it in its sentence, introduces the profiles that follow: each next
    sentence opened by a new person's name as its subject is one of those named, the run ending at
    the first sentence opened otherwise. A run longer than the part counts holds someone else and
    is not taken; a shorter one is (a profile opened by a description, "The fourth person Viasna
    named, X", is not read as a name)."""
    size = parse_number(group.lower_) if group.like_num else None
    whole = _of_object(group) if size else None
    if whole is None or size < 2:
        return None
    sent = tok.sent
    if whole.lower_ == "them":
        etype = None  # "identified three of them": the group the sentence before told
        if not _event_just_before(sent):
            return None
    elif whole.lower_ == "those" or is_group(whole) and has_det(whole, ("the", "these")):
        # "four of those freed", "two of the detained students": the group's own event word, and
        # no state ("three of those still held" are not the freed)
        told = {_participle_event(t) for t in whole.subtree if t.i != whole.i} - {None}
        if len(told) != 1 or _described_state(whole) or any(t.lower_ in _STILL for t in whole.subtree):
            return None
        etype = told.pop()
    else:
        return None
    if any(t.i > group.i and t.i not in {c.i for c in group.subtree} and not t.is_punct for t in sent):
        return None  # "identified four of those freed from their photos": not a lead to what follows
    persons: list[Person] = []
    doc = ctx.doc
    at = sent.end
    while at < len(doc):
        nxt = doc[at].sent
        first = next((t for t in nxt if not t.is_space), None)
        person = ctx.owner_at.get(first.i) if first is not None else None
        subject = subject_of(nxt.root)
        if (
            person is None
            or person in persons
            or subject is None
            or ctx.owner_at.get(subject.i) is not person
        ):
            break
        if _named_before(ctx, person, sent.start):
            break  # a profile introduces its person; one told before is the story going on
        persons.append(person)
        at = nxt.end
    # more profiles than the part counts: the run holds someone else, and none of it is taken
    return Membership(tok, persons, etype) if 2 <= len(persons) <= size else None


_STILL = frozenset({"still", "not", "never", "yet", "remain", "remaining"})


def _named_before(ctx: DocContext, person: Person, start: int) -> bool:
    """`person` is mentioned before token `start`."""
    return any(s < start for s, _ in person.mentions)


_LIST_MARKS = frozenset({":", "—", "–", "-"})
_BEFORE_LIST_MARK = frozenset({"ADV", "ADP", "NOUN", "PROPN", "DET", "PRON", "NUM"})


def _list_mark_after(verb: Token) -> Token | None:
    """The colon or dash right after a naming verb's phrase ('have been identified so far: A and
    B', 'were named by Viasna — A and B'), past adverbs and an agent, before any name."""
    for t in verb.doc[verb.i + 1 : verb.sent.end]:
        if t.text in _LIST_MARKS:
            return t
        if t.pos_ in _BEFORE_LIST_MARK and t.i in (c.i for c in verb.subtree):
            continue
        return None
    return None


def _event_just_before(sent: Span) -> bool:
    """The sentence before `sent` tells an event with a verb ('Forty were picked up in Gulu')."""
    if sent.start == 0:
        return False
    before = sent.doc[sent.start - 1].sent
    return any(before.start <= i < before.end and trigger_type(sent.doc[i]) for i in trigger_marks(sent.doc))


def _crowd_before(sent: Span) -> bool:
    """The sentence before `sent` tells no event and has a plural subject ('a small queue of
    supporters had formed before dawn', 'Their families waited outside'): 'them' in `sent` points
    to those, not to a group an earlier event told."""
    if sent.start == 0:
        return False
    before = sent.doc[sent.start - 1].sent
    told = [i for i in trigger_marks(sent.doc) if before.start <= i < before.end]  # (one-token spans)
    if _them_described_before(sent) is not None:
        return False  # "... what happened to the other two pardoned prisoners": a group of an event
    if told and all(not asserted(sent.doc[i]) for i in told):
        # "... called for the release of seriously ill prisoners. Among them is X": the group of a
        # call, which tells no event of its own (not "If convicted, they face up to 10 years": the
        # years are no crowd, and "they" still points back to the group told before)
        return any(t.tag_ == "NNS" and is_people(t) for t in before)
    if told and all(trigger_type(sent.doc[i]) is None for i in told):
        # "Viasna says about 1,150 people remain behind bars. Among them is X": only a state of
        # being held, said of a crowd the sentence sizes afresh, is a tally, not a group an event
        # told (`_held_tally`)
        return _held_tally(sent.doc, told)
    if told:
        return False
    if any(_tallied(c) for c in before.root.children if c.dep_ == "dobj"):
        return True  # "The centre still counts about 1,150 political prisoners. Among them is X"
    subject = subject_of(before.root)
    if subject is None:
        return False
    of = [g for c in subject.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    return any(t.pos_ == "NOUN" and t.tag_ == "NNS" for t in (subject, *of))


def _held_tally(doc: Doc, told: list[int]) -> bool:
    """'about 1,150 people remain behind bars', 'about 70 people are still imprisoned': a trigger
    word that tells no event, in the present tense (a state today, not 'Two defendants were
    acquitted'), said of a plural group that a number sizes afresh. A 'them' after such a tally
    points to the crowd held today, not to a group an earlier event freed or expelled."""
    return any(
        (subject := subject_of(doc[i])) is not None and _tallied(subject) and _present(doc[i]) for i in told
    )


def _present(verb: Token) -> bool:
    """'remain', 'are (still) imprisoned', 'is held': the verb or its auxiliary in the present."""
    return verb.tag_ in ("VBP", "VBZ") or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBP", "VBZ") for c in verb.children
    )


def _tallied(noun: Token) -> bool:
    """'counts about 1,150 political prisoners', 'holds 40 journalists': a plural group the sentence
    sizes afresh (a number, no 'the' pointing back), so a 'them' after it points to that crowd."""
    return (
        noun.tag_ == "NNS"
        and is_group(noun)
        and any(c.dep_ == "nummod" for c in noun.children)
        and not has_det(noun, ("the", "these", "those", "all"))
    )


def _as_after_named(tok: Token) -> Token | None:
    """'Two of those held were named by relatives as A and B': the 'as' after a passive 'named'
    or 'identified' that introduces the names (the parser may hang it on the agent)."""
    if tok.lemma_ not in ("name", "identify") or not any(c.dep_ == "auxpass" for c in tok.children):
        return None
    return next((t for t in own_clause(tok) if t.lower_ == "as" and t.i > tok.i), None)


def _partition(ctx: DocContext, tok: Token) -> Membership | None:
    """'Of those, 20 were political prisoners, including A and B', 'Of the 123 released, 14 were
    women, among them X': a part of a group told before, broken down by a copula or 'include';
    the people it names are members of that group. The group must point back ('those', 'them',
    'the 123 released'): 'Of the 1,200 political prisoners in Belarus, 30 are women' is a tally."""
    named_as = _as_after_named(tok)
    if not (
        tok.lemma_ == "be"
        and any(c.dep_ == "attr" for c in tok.children)
        or tok.lemma_ == "include"
        or named_as
    ):
        return None
    if tok.pos_ not in ("VERB", "AUX") or any(c.dep_ == "neg" for c in tok.children) or not asserted(tok):
        return None
    # "Of those, 20 were": on "20"; "Two of those detained were named as A and B": on "Two"
    heads = [tok, *(c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass"))]
    of = next(
        (
            c
            for h in heads
            for c in h.children
            if c.dep_ == "prep" and c.lower_ == "of" and (c.i < h.i or named_as is not None and h.i != tok.i)
        ),
        None,
    )
    whole = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
    if whole is None:
        return None
    participle = next((c for c in whole.children if c.dep_ in ("acl", "amod") and trigger_type(c)), None)
    if whole.lower_ not in ("those", "them", "these") and not (
        has_det(whole, ("the", "these", "those")) and (participle is not None or whole.like_num)
    ):
        return None
    etype = trigger_type(participle) if participle is not None else None
    persons: list[Person] = []
    for c in tok.children:
        if c.dep_ in ("attr", "dobj") or c.dep_ == "nsubj" and c.i > tok.i:
            persons += [p for p in _listed_names(ctx, c) if p not in persons]
    lists = [t for t in own_clause(tok) if t.lower_ in ("including", "among") and t.i > tok.i]
    lists += [named_as] if named_as is not None else []
    if lists:  # "..., including A and the poet B": read on to the clause's end, however parsed
        persons += [p for p in names_after(ctx, min(lists, key=lambda t: t.i)) if p not in persons]
    return Membership(tok, persons, etype) if persons else None


_THOSE = frozenset({"those", "them"})


def counted_parts_listed(ctx: DocContext, findings: list[Finding]) -> list[Membership]:
    """'Released five prisoners ... Two of those freed hold dual passports: A, a translator, and
    B, a pianist': a counted part of a group told before ("N of those <participle>") whose names
    follow a colon in its sentence, exactly N of them, are members of the latest larger group
    counted for that event (not of a smaller part told since, "three of whom were flown out")."""
    found: list[Membership] = []
    for those in tokens_in(ctx.doc, "LOWER", _THOSE):
        of = those.head
        if those.dep_ != "pobj" or of.lower_ != "of" or not of.head.like_num or those.i in ctx.quoted:
            continue
        participle = next((c for c in those.children if c.dep_ == "acl" and trigger_type(c)), None)
        count = parse_number(of.head.lower_)
        colon = next((t for t in ctx.doc[those.i + 1 : those.sent.end] if t.text == ":"), None)
        if participle is None or count is None or colon is None or not asserted(participle):
            continue
        etype = trigger_type(participle)
        wholes = [
            f
            for f in findings
            if f.type == etype
            and f.count is not None
            and f.count > count
            and not f.part
            and f.trigger.i < those.sent.start
        ]
        persons = names_after(ctx, colon) if colon.i + 1 < those.sent.end else _names_opening_next(ctx, colon)
        if wholes and len(persons) == count:
            whole = max(wholes, key=lambda f: f.trigger.i)
            found.append(Membership(participle, persons, etype, group=whole))
    return found


def counted_back_rosters(ctx: DocContext, findings: list[Finding]) -> list[Membership]:
    """'Russia freed five prisoners, including three activists flown out ... The three Russians
    were A, who ...; B, a pediatrician; and C': a plural noun counted with "the" after a copula
    tells again the latest group counted so before; the names it is equated with, exactly that
    many, are that group's members. No group of that number told before: no members ("The three
    judges were A, B and C")."""
    found: list[Membership] = []
    for copula in tokens_in(ctx.doc, "LEMMA", _BE):
        subj = next((c for c in copula.children if c.dep_ == "nsubj"), None)
        number = next((c for c in subj.children if c.dep_ == "nummod" and c.like_num), None) if subj else None
        if subj is None or number is None or subj.tag_ not in ("NNS", "NNPS") or not has_det(subj, ("the",)):
            continue
        count = parse_number(number.lower_)
        if count is None or count < 2 or copula.i in ctx.quoted or not asserted(copula):
            continue
        if any(c.dep_ == "neg" for c in copula.children):
            continue
        earlier = [f for f in findings if f.count == count and f.trigger.i < copula.sent.start]
        attrs = [c for c in copula.children if c.dep_ == "attr" and c.i > copula.i]
        persons = distinct([p for c in attrs for p in _listed_names(ctx, c)])
        if len(persons) != count:
            persons = names_after(ctx, copula)
        if earlier and len(persons) == count:
            group = max(earlier, key=lambda f: f.trigger.i)
            found.append(Membership(copula, persons, group.type, group=group))
    return found


_BE = frozenset({"be"})
_SET_OFF = frozenset({",", "—", "–", "-", ":"})
_OTHER_PART = frozenset({"other", "remaining"})
_PART_REACH = 4  # sentences after a counted group in which its parts may be told


def reassembled_groups(ctx: DocContext, findings: list[Finding]) -> list[Membership]:
    """'Police detained six activists. Two of them, A and B, were released that night. One more,
    C, was freed on Sunday. The other three — D, E and F — remain in custody': a counted group
    told again in parts, each opening its sentence with its size and its names set off, is the
    sum of the parts: when the parts' names add up to exactly the group's size, every one of
    them is a member of the group (and went through its event)."""
    doc = ctx.doc
    sentences = list(doc.sents)
    index = {sent.start: k for k, sent in enumerate(sentences)}
    found: list[Membership] = []
    for whole in findings:
        if (
            whole.count is None
            or whole.count < 2
            or whole.part
            or whole.persons
            or whole.trigger.i in ctx.quoted
        ):
            continue
        k = index[whole.trigger.sent.start]
        parts: list[list[Person]] = []
        for sent in sentences[k + 1 : k + 1 + _PART_REACH]:
            part = _opening_part(ctx, sent)
            if part is None:
                continue
            parts.append(part)
            if sum(len(p) for p in parts) >= whole.count:
                break
        members = distinct([p for part in parts for p in part])
        if len(parts) >= 2 and len(members) == whole.count == sum(len(p) for p in parts):
            found.append(Membership(whole.trigger, members, whole.type, group=whole))
    return found


def _opening_part(ctx: DocContext, sent: Span) -> list[Person] | None:
    """The people a sentence opens with as a counted part of a group told before ('Two of them,
    A and B, ...', 'One more, C, ...', 'The other three — D, E and F — ...'), exactly as many as
    the part says; None for any other opening."""
    toks = list(sent[:4])
    words = [t.lower_ for t in toks]
    if len(toks) < 4:
        return None
    if toks[0].like_num and words[1:3] == ["of", "them"]:
        size, k = parse_number(words[0]), 3
    elif words[:2] == ["one", "more"]:
        size, k = 1, 2
    elif words[0] == "another":
        size, k = 1, 1
    elif words[0] == "the" and words[1] in _OTHER_PART and toks[2].like_num:
        size, k = parse_number(words[2]), 3
    else:
        return None
    if size is None or toks[k].text not in _SET_OFF or sent[0].i in ctx.quoted:
        return None
    named: list[Person] = []
    for t in sent[k + 1 :]:
        if t.pos_ in ("VERB", "AUX") and t.i not in ctx.owner_at or t.tag_ in ("WP", "WDT"):
            break
        person = ctx.owner_at.get(t.i)
        if person is not None and person not in named:
            named.append(person)
    return named if len(named) == size else None


def _names_opening_next(ctx: DocContext, colon: Token) -> list[Person]:
    """'... outside the gate: / A, a teacher, B, a mechanic who had been jailed, and C.': the
    people of the sentence the parser split off after a closing colon, none inside a clause
    describing one of them."""
    doc = colon.doc
    if colon.i + 1 >= len(doc):
        return []
    sent = doc[colon.i + 1].sent
    described = {t.i for r in sent if r.dep_ in ("relcl", "acl") for t in r.subtree}
    return distinct([ctx.owner_at[t.i] for t in sent if t.i in ctx.owner_at and t.i not in described])


def bulleted_members(
    ctx: DocContext, home: str | None = None, findings: list[Finding] | None = None
) -> list[Membership]:
    """'Those freed include:', 'Authorities released the following prisoners:' followed by a
    bulleted list: the first person of each item is a member of the group the lead-in sentence
    speaks of (its trigger gives the type: the type the trigger has in its sentence, not the
    candidate mark, which for 'released ... on Friday' is a removal's rule), and so is a person
    the item's opening phrase joins to it ('- brothers A and B', '- A and his son B, both ...').
    A lead-in of membership words alone ('They include:', 'Among them:') after a counted group
    lists members of the group told last (session 54); one that counts a part of a group told
    before ('published the names of 14 of those freed. Among them:') lists members of that
    group, not of a smaller one told in between (`_part_of_lead`)."""
    doc = ctx.doc
    out: list[Membership] = []
    triggers = trigger_marks(doc)
    for lead, after in colon_lead_ins(ctx):
        labelled = next(
            (
                (t, trigger_type(t, home) or triggers[t.i])
                for t in lead
                # (the colon's own sentence: "Freed 18 prisoners on Friday. Still held:" lists
                # others; "... on Friday. Among them:" is of the sentence before)
                if t.i in triggers
                and (t.i >= lead[-1].sent.start or _among_them(lead[-1].sent))
                and asserted(t)
            ),
            None,
        )
        label = labelled[1] if labelled is not None else None
        size = _counted_back_lead(lead) if labelled is None else _described_count(labelled[0])
        whole = next(
            (w for t in lead if t.i in triggers and (w := _part_of_lead(ctx, findings or [], t, home))),
            None,
        )
        bare = label is None and size is None and _among_them(lead[-1].sent) and lead[-1].sent.start > 0
        journey = label is None and size is None and _journey_lead(lead[-1].sent)
        if label is None and size is None and not bare and not journey:
            continue
        colon = lead[-1]
        for persons in _bullet_people(ctx, after):
            etype = whole.type if whole else label
            out.append(Membership(colon, persons, etype, count=size, group=whole, journey=journey))
    return out


def _bullet_people(ctx: DocContext, after: list[tuple[int, str]]) -> list[list[Person]]:
    """The people of each bulleted item right after a lead-in, item by item: the first person
    of the item (the name opens it, after at most a title: "- journalist X, ..."; "• Father X";
    "- former student leader X", no comma before it) and those its opening phrase joins to it."""
    doc = ctx.doc
    out: list[list[Person]] = []
    for item_start, item in after:
        if LIST_BULLET.match(item) is None:
            break
        item_span = doc.char_span(item_start, item_start + len(item), alignment_mode="expand")
        words = _opening_words(item_span) if item_span is not None else []
        first = next((t for t in words if t.i in ctx.owner_at), None)
        if first is not None and item_span is not None:
            out.append([ctx.owner_at[first.i], *_joined_in_item(ctx, first, item_span)])
    return out


def _bulleted_after(ctx: DocContext, colon: Token) -> list[Person]:
    """'The ministry published the names of four of those on board:' and the list in bullets on
    the lines after: the people of the items under the line that `colon` closes (session 55)."""
    for lead, after in colon_lead_ins(ctx):
        if lead[-1].i == colon.i:
            return distinct([p for people in _bullet_people(ctx, after) for p in people])
    return []


def _opening_words(item: Span) -> list[Token]:
    """The first five words of a list item before any comma or bracket: where its name stands
    after a title ('Father X', 'Miskito community leader X')."""
    words: list[Token] = []
    for t in item:
        if t.text in (",", "(", ":", ";") or len(words) == 5:
            break
        if t.is_alpha:
            words.append(t)
    return words


def _journey_lead(sent: Span) -> bool:
    """'Among those who crossed into Lithuania:', 'Among those on the flight were:': a lead-in that
    names the group by its journey abroad or the vehicle that took it, no event word (its list
    joins the group driven abroad, as `membership_at` reads the phrase when the names follow in
    its own sentence)."""
    among = sent[0]
    if among.lower_ != "among":
        return False
    pobj = next((c for c in among.children if c.dep_ == "pobj"), None)
    inner = next((c for c in pobj.children if c.dep_ in ("acl", "relcl")), None) if pobj is not None else None
    if pobj is None or pobj.lower_ not in _GROUP_PRONOUNS:
        return False
    # ("Among those on the flight were:", "Among those aboard the buses:": on the vehicle told)
    return inner is not None and inner.lemma_.lower() in _ABROAD_JOURNEYS or _vehicle_in(pobj) is not None


def _joined_in_item(ctx: DocContext, first: Token, item: Span) -> list[Person]:
    """'- brothers A and B', '- A and his brother-in-law B, both detained in 2022': people the
    item's opening phrase joins to its first name with 'and' (before the phrase ends at a
    comma, a bracket, a verb or a relative pronoun); not 'A, wife of B' nor 'A, whose lawyer B'."""
    person = ctx.owner_at[first.i]
    out: list[Person] = []
    joined = False
    for t in item:
        if t.i <= first.i or ctx.owner_at.get(t.i) is person:
            continue
        if t.text in (",", "(", ";", ":") or t.tag_ in _WH_TAGS or t.pos_ in ("VERB", "AUX"):
            break
        joined = joined or t.lower_ in ("and", "&")
        other = ctx.owner_at.get(t.i)
        if joined and other is not None and other not in out:
            out.append(other)
    return out


def _part_of_lead(
    ctx: DocContext, findings: list[Finding], trigger: Token, home: str | None
) -> Finding | None:
    """'Foro Penal published the names of 14 of those freed. Among them:': the lead-in's
    participle describes a counted part of a group told before ('14 of those freed'); the list
    is of that group (the latest counted release of at least 14 within reach), not of the latest
    group freed or driven abroad."""
    those = trigger.head
    if trigger.dep_ != "acl" or those.lower_ not in _GROUP_PRONOUNS or those.head.lower_ != "of":
        return None
    number = those.head.head
    if number.lower_ == "more":
        number = next((c for c in number.children if c.dep_ == "nummod"), number)
    size = parse_number(number.text) if number.like_num else None
    label = trigger_type(trigger, home) or _BARE_PARTICIPLES.get(trigger.lower_)
    return _whole_before(ctx, findings, trigger.sent, size, label) if size and label else None


def _described_count(trigger: Token) -> int | None:
    """'the names of the 16 people freed this morning. Among them:': the exact number of the
    people noun the lead-in's participle describes, the size of the group its list is of (so
    the list joins the group of 16 told before, not the latest freed, three expelled since)."""
    noun = trigger.head
    if trigger.dep_ != "acl" or noun.tag_ not in ("NNS", "NNPS") or not is_people(noun):
        return None
    return count_of(noun)[0]


def _counted_back_lead(lead: Span) -> int | None:
    """'The full list of the ten:', 'The 14 are:', 'Here are all eleven:': a lead-in with no event
    word that names a group told before by its number alone (the number is the noun, with "the"
    or "all"); its list is of that group, whatever was told in between."""
    sent = lead[-1].sent
    for tok in lead:
        if tok.i < sent.start or not tok.like_num or tok.dep_ == "nummod":
            continue
        before = tok.doc[tok.i - 1].lower_ if tok.i > sent.start else ""
        if before in ("the", "all") and not (tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].pos_ == "NOUN"):
            return parse_number(tok.text)
    return None


_AMONG_THEM = frozenset({"among", "them", "they", "those", "include", "included", "including", "are", "were"})


def _among_them(sent: Span) -> bool:
    """'Among them:', 'They include:': a lead-in with only words of membership in a group."""
    words = [t.lower_ for t in sent if t.is_alpha]
    return bool(words) and all(w in _AMONG_THEM for w in words)


_NAMING_VERBS = frozenset({"name", "identify", "list"})


def named_next(ctx: DocContext, findings: list[Finding]) -> tuple[list[Membership], list[Finding]]:
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
        if _names_them_next(doc, verb):
            # "... detained ten people. Their names became known days later. They are A, B ...":
            # one sentence about the names in between
            verb = doc[verb.sent.end].sent.root
        if verb.i in ctx.quoted or not asserted(verb) or any(c.dep_ == "neg" for c in verb.children):
            continue
        subject = subject_of(verb)
        if subject is not None and subject.lower_ == "one" and (one_by_one := _one_by_one(ctx, verb)):
            if len(one_by_one) == f.count and len({id(p) for p in one_by_one}) == f.count:
                memberships.append(Membership(verb, one_by_one, f.type))
            continue
        if subject is None or not _refers_to_group(subject):
            continue
        if verb.lemma_ == "be":
            heads = [c for c in verb.children if c.dep_ == "attr"]
            heads += _items_after_semicolons(verb) if heads else []
        elif verb.lemma_ in _NAMING_VERBS and is_passive(verb):
            heads = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children]
        else:
            continue
        names = [p for h in heads for p in _listed_names(ctx, h)]
        if any(names.count(p) > 1 for p in names):
            continue
        if len(names) != f.count and len(names) + _others_unnamed(verb.sent) != f.count:
            continue  # ("They are A and B; the other three have not been named": five)
        memberships.append(Membership(verb, names, f.type))
        if f.type != "sentence":
            continue
        listed = term_list(span_text(sent))
        if len(listed) == len(names):
            order = sorted(
                names, key=lambda p: min((s for s, _ in p.mentions if s >= verb.sent.start), default=0)
            )
            terms += [
                Finding("sentence", f.trigger, [p], term=months, date=f.date, confidence=0.75)
                for p, months in zip(order, listed, strict=True)
            ]
    return memberships, terms


def _items_after_semicolons(verb: Token) -> list[Token]:
    """'They are retired railway worker A, 61; his neighbour B; the brothers C and D; nurse E; and
    F, a student': a list whose items carry their own commas is set apart by semicolons, and the
    parser hangs the items after a semicolon on the copula itself (as 'dep'), not in the list
    its complement opens; each phrase right after a semicolon is one more item."""
    doc = verb.doc
    return [
        c
        for c in verb.children
        if c.dep_ in ("dep", "attr", "appos", "conj", "npadvmod")
        and c.i > verb.i
        and c.left_edge.i > 0
        and doc[c.left_edge.i - 1].text == ";"
    ]


# the words a sentence that only gives a group's names may open with before its list
_NAMES_OPENING = frozenset(
    {"their", "the", "names", "confirmed", "known", "identified", "verified", "so", "far", "first"}
)


def names_given_next(ctx: DocContext, findings: list[Finding]) -> list[Membership]:
    """'Fifty-two prisoners have been freed. Names confirmed so far: A, B.', 'Police detained four
    journalists. Their names are A, B and two others': a sentence right after a counted group
    that opens with only the word for names (and words for known, `_NAMES_OPENING`) before a
    colon or "are" lists members of that group, as many as it counts or fewer (news gives the
    names it has); 'the names of the judges are ...' opens with another word and is not read.
    A clause of knowing before the colon opens such a list too (`_knowing_lead`: 'Human rights
    defenders know four of them: A, B, C and D', 'We have confirmed the names: ...'), and one
    sentence about the names may stand between ('Their names were not published')."""
    doc = ctx.doc
    found: list[Membership] = []
    for f in findings:
        # (a group whose size is hedged, "At least 12 people were detained", has members too; with
        # no count to bound them, only a clause of knowing that numbers them lists them: "We know
        # the names of three of them: A, B and C")
        hedged = f.count is None and not f.persons and hedged_group(f.trigger)
        if (f.count is None or f.count < 2) and not hedged or f.persons or f.trigger.i in ctx.quoted:
            continue
        end = f.trigger.sent.end
        if end < len(doc) and _names_them_next(doc, doc[end].sent.root):
            end = doc[end].sent.end  # "... had been pardoned. Their names were not published. ..."
        if end >= len(doc) or end in ctx.quoted:
            continue
        sent = doc[end].sent
        words = [t for t in sent if not t.is_space]
        cut = next((k for k, t in enumerate(words) if t.text == ":" or t.lemma_ == "be"), None)
        opening = [t.lower_ for t in _unattributed(words[:cut])] if cut else []
        known = None
        if not _names_lead(opening):
            colon = next((k for k, t in enumerate(words) if t.text == ":"), None)
            known = _knowing_lead(ctx, words[:colon]) if colon else None
            told = {g.trigger.i for g in findings}
            # (a bare part only of those detained: "Four remain behind bars:" after a release
            # names those not freed)
            bare = colon and known is None and f.type == "arrest"
            known = _bare_part_lead(ctx, words[:colon], told) if bare else known
            if known is None:
                continue
            cut = colon
        if any(c.dep_ == "neg" for c in words[cut].children):
            continue  # ("Their names were not released")
        if not _same_group_words(words[:cut], f.type):
            continue  # ("freed 10 ... named five of those still held:": another group)
        names = _listed_from(ctx, words[cut])
        if known and len(names) != known:
            continue  # ("know four of them:" and three names: the list is not the four)
        if hedged and not known:
            continue
        if 1 <= len(names) <= (f.count or len(names)):
            found.append(Membership(words[cut], names, f.type, group=f))
    return found


# the participles a lead-in may name a group with before its list ("Named by the assembly:")
_NAMING_PARTICIPLES = frozenset({"named", "identified", "listed"})
# the words that open a phrase saying who gives the names ("according to OVD-Info", "by X")
_ATTRIBUTION = frozenset({"according", "by"})


def _names_lead(opening: list[str]) -> bool:
    """'Their names:', 'Names confirmed so far:', 'Named by the assembly:': a lead-in that speaks
    only of the group's names (the word "names", or a naming participle opening it) and of who
    gives them; not 'the names of the judges' or 'named as witnesses' (session 62)."""
    if not opening or any(w not in _NAMES_OPENING and w not in _NAMING_PARTICIPLES for w in opening):
        return False
    return "names" in opening or opening[0] in _NAMING_PARTICIPLES


def _unattributed(lead: list[Token]) -> list[Token]:
    """The lead-in's words without punctuation and without the phrase that says who gives the
    names ('Their names, according to OVD-Info:', 'Named by the assembly:'), read on the surface
    from "according" or "by" to the next punctuation (the parser hangs such phrases anywhere)."""
    out: list[Token] = []
    skipping = False
    for t in lead:
        if t.lower_ in _ATTRIBUTION:
            skipping = True
        elif skipping and t.is_punct and t.text not in ("-", "'", "’"):
            skipping = False
        if not skipping and not t.is_punct:
            out.append(t)
    return out


# nouns a name-giving sentence may call any counted group by ("The pair expelled were named as")
_ANY_GROUP_NOUNS = frozenset({"man", "woman", "people", "person", "pair", "trio", "group"})
_NAMING_VERBS_AS = frozenset({"name", "identify"})
_NAMING_TAGS = frozenset({"VBN", "VBD", "VBZ", "VBP"})


_NAMING_REACH = 4  # sentences back from a naming sentence in which its group may be told


def names_given_as(ctx: DocContext, findings: list[Finding]) -> list[Membership]:
    """'The men detained were named by X as A, B and C', 'Relatives later named the dead as A and
    B', 'He named one of them as A': a sentence whose naming verb lists a counted group's members
    after "as", its other words pointing back to the group only (`_points_back`). The group is the
    latest counted one the words fit, told in the sentence before (or before one sentence about
    the names: 'The agency gave no names.') or, when the words tell the group's own event or noun
    ('the pair expelled to Lithuania', 'the men detained'), up to `_NAMING_REACH` sentences back
    (news names a group a paragraph after telling it). As many names as the group counts or fewer
    (news names whom it knows); as many as the words' own part says ("one of them"). Not the
    names of lawyers, judges or guards (another noun), not of a group of another event ("The
    students freed were named as ..." after an arrest) (session 62)."""
    doc = ctx.doc
    groups = [
        f
        for f in findings
        if f.count is not None and f.count >= 2 and not f.persons and f.trigger.i not in ctx.quoted
    ]
    if not groups:
        return []
    sents = list(doc.sents)
    index = {s.start: n for n, s in enumerate(sents)}
    found: list[Membership] = []
    for n, sent in enumerate(sents):
        lead = _naming_lead(ctx, sent)
        if lead is None:
            continue
        as_, words = lead
        near = {n - 1} | ({n - 2} if n >= 2 and _names_them_next(doc, sents[n - 1].root) else set())
        back = sorted(
            (f for f in groups if n - _NAMING_REACH <= index[f.trigger.sent.start] < n),
            key=lambda f: -f.trigger.i,
        )
        for f in back:
            number = _points_back(words, f, strict=index[f.trigger.sent.start] not in near)
            if number is None:
                continue
            names = _listed_from(ctx, as_)
            if names and len(names) <= (f.count or 0) and (not number or len(names) == number):
                found.append(Membership(as_, names, f.type, group=f))
            break
    return found


def _naming_lead(ctx: DocContext, sent: Span) -> tuple[Token, list[Token]] | None:
    """The "as" of a naming verb in `sent` ('were named by X as', 'named the dead as') and the
    words that say whom it names (the passive's subject, the active's object), without who
    names them; None when the sentence has no asserted naming verb with an "as"."""
    verb = next((t for t in sent if t.lemma_.lower() in _NAMING_VERBS_AS and t.tag_ in _NAMING_TAGS), None)
    if verb is None or verb.i in ctx.quoted or not asserted(verb):
        return None
    if any(c.dep_ == "neg" for c in verb.children):
        return None
    as_ = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" and c.i > verb.i), None)
    if as_ is None:
        return None
    if is_passive(verb) or (verb.i > sent.start and sent.doc[verb.i - 1].lemma_ == "be"):
        lead = [t for t in sent if t.i < verb.i and t.dep_ not in ("aux", "auxpass", "advmod", "neg")]
        lead = [t for t in lead if not (t.lemma_ == "be" and t.pos_ == "AUX")]
    else:
        lead = [t for t in sent if verb.i < t.i < as_.i]
    return as_, _unattributed(lead)


def _points_back(words: list[Token], f: Finding, strict: bool = False) -> int | None:
    """'the men detained', 'the pair expelled to Lithuania', 'the dead', 'they', 'one of them':
    words that name the counted group `f` back and nothing else. A noun must be one of `f`'s own
    sentence ("seven men" → "the men") or a word for any group (`_ANY_GROUP_NOUNS`); a participle
    after it must tell `f`'s event. The number of a part ("one of them") is returned (0 for the
    whole group); None when the words name something else. `strict` (a group told further back):
    the words must tell `f`'s event by a participle, or its own noun or number."""
    if not words or any(t.ent_type_ == "PERSON" for t in words):
        return None
    head, k = words[0], 0
    while head.pos_ == "DET" and k + 1 < len(words):
        k += 1
        head = words[k]
    if head.lower_ in _GROUP_PRONOUNS or head.lower_ == "they":
        return 0 if k == len(words) - 1 and not strict else None
    if head.like_num and [w.lower_ for w in words[k + 1 :]] in (["of", "them"], ["of", "those"]):
        return None if strict else parse_number(head.text) or None  # ("one of them")
    while head.pos_ in ("ADJ", "NUM") and k + 1 < len(words) and words[k + 1].pos_ in ("NOUN", "ADJ", "NUM"):
        k += 1
        head = words[k]
    own = {t.lemma_.lower() for t in f.trigger.sent if t.pos_ == "NOUN"} - _OTHER_SIDE
    dead = f.type == "death" and head.lower_ == "dead"
    counted = head.like_num and parse_number(head.text) == f.count
    if not (dead or counted or head.lemma_.lower() in own | _ANY_GROUP_NOUNS):
        return None
    rest = words[k + 1 :]
    if rest:
        told = _PARTICIPLES.get(rest[0].lower_)
        if told is None or (told != f.type and not (told == "release" and f.type == "deportation")):
            return None
    if strict and not (rest or dead or counted or head.lemma_.lower() in own - _ANY_GROUP_NOUNS):
        return None
    return 0


# the verbs of learning who someone is: "Viasna knows four of them", "has identified two of them"
_KNOWING = frozenset({"know", "identify", "confirm", "establish", "learn", "verify", "name"})
_THEM_WORDS = frozenset({"them", "those", "names"})


def _knowing_lead(ctx: DocContext, lead: list[Token]) -> int | None:
    """'Human rights defenders know four of them', 'Two of them are known to us', 'We have
    confirmed the names', 'Viasna has been able to confirm the release of only one of them': a
    clause before a colon that says the teller knows who (some of) the group just counted are.
    Its verb is one of knowing or identifying (`_KNOWING`), it speaks of "them" or of "the
    names", and it names no one itself; not a clause that denies ("we do not know their names").
    The number it gives ("four of them") is how many the list must name; 0 when it gives none."""
    if not lead or any(t.i in ctx.quoted or t.i in ctx.owner_at for t in lead):
        return None
    if not any(t.lemma_.lower() in _KNOWING and t.pos_ in ("VERB", "AUX", "ADJ") for t in lead):
        return None
    if any(t.dep_ == "neg" or t.lower_ in ("no", "never", "nor") for t in lead):
        return None
    if not any(t.lower_ in _THEM_WORDS for t in lead):
        return None
    # ("four of them", "only one of them"): the number whose "of" holds "them"
    number = next(
        (t for t in lead if t.like_num and any(c.lower_ == "of" for c in t.children)),
        None,
    )
    return (parse_number(number.text) or None) if number is not None else 0


_WH_TAGS = frozenset({"WP", "WDT", "WP$"})
_LIST_MARKS = frozenset({":", "--", "—", "–"})
_GROUP_PRONOUNS = frozenset({"them", "those", "these"})
# how many sentences back a group named by "them"/"those freed" is looked for
_PART_REACH = 6


def _item_opens_with_name(ctx: DocContext, item: Span) -> bool:
    """'...; the jailed blogger B, 52; and C': a list item after a semicolon opens with a name,
    after at most a role ('trade unionist C'), before any comma or verb of its own; and it is no
    clause with a subject of its own ('; B, however, remains in prison')."""
    opened = False
    for t in item:
        if t.i in ctx.owner_at:
            opened = True
            break
        if t.text in (",", "(", ":") or t.tag_ in _WH_TAGS or t.tag_ in ("VBZ", "VBP", "VBD", "MD"):
            return False
    if not opened:
        return False
    # (a relative clause that describes the item has a subject of its own: "where she worked")
    own = next((t.i for t in item if t.tag_ in _WH_TAGS or t.tag_ == "WRB"), item.end)
    return not any(
        c.dep_ in ("nsubj", "nsubjpass") and item.start <= c.i < own
        for t in item
        if t.pos_ in ("VERB", "AUX") and t.i < own
        for c in t.children
    )


def semicolon_items(ctx: DocContext, start: Token, found: list[Person]) -> list[Person]:
    """'A, a former director; B, a nurse who was detained in 2021; C and his son, D; and E': a
    list whose items carry their own commas is set apart by semicolons, and `names_after` stops
    at the first one. Each later item that opens with a name (`_item_opens_with_name`) adds its
    people; the list ends at the first item that does not ('; the other three asked not to be
    named')."""
    doc = start.doc
    end = start.sent.end
    semis = [t for t in doc[start.i + 1 : end] if t.text == ";"]
    out: list[Person] = []
    for k, semi in enumerate(semis):
        stop = semis[k + 1].i if k + 1 < len(semis) else end
        if semi.i in ctx.quoted or not _item_opens_with_name(ctx, doc[semi.i + 1 : stop]):
            break
        out += [p for p in names_after(ctx, semi) if p not in found and p not in out]
    return out


def _listed_from(ctx: DocContext, word: Token) -> list[Person]:
    """The people a list after `word` names, its semicolon items included."""
    found = names_after(ctx, word)
    return found + semicolon_items(ctx, word, found) if found else found


def _named_part(verb: Token) -> tuple[Token, Token | None] | None:
    """'named five of those freed', 'identified three more of the pardoned', 'published the names
    of four of them', 'confirmed the identities of two of the 18', 'Three of the freed were
    identified as', 'The names of three of those freed were published': a verb of naming whose
    object (or passive subject) is a number of a group told before. Returns (the number, the group
    word); the group word is None for a bare number right before the list ('confirmed the
    identities of three: A, B and C'), which points at the group just told."""
    lemma = verb.lemma_.lower()
    # ("BELTA named five of those freed:" may be read as a name with a participle, "five" its oprd)
    deps = ("dobj", "oprd", "nsubjpass") if is_passive(verb) else ("dobj", "oprd")
    for obj in (c for c in verb.children if c.dep_ in deps):
        holder = obj
        if obj.lemma_.lower() in lexicon("identity_nouns") and lemma in lexicon("names_giving_verbs"):
            holder = _of_object(obj)
        elif lemma not in lexicon("list_giving_verbs"):
            continue
        if holder is None:
            continue
        number = holder
        if holder.lower_ == "more":  # "three more of the pardoned"
            number = next((c for c in holder.children if c.dep_ == "nummod" and c.like_num), holder)
        if not number.like_num:
            continue
        group = _of_object(holder)
        if group is not None and _group_word(group):
            return number, group
        doc = verb.doc
        if group is None and number.i + 1 < len(doc) and doc[number.i + 1].text in _LIST_MARKS:
            return number, None
        if group is None and _ends_its_sentence(number):
            return number, None  # ("confirmed the identities of five. They are A; B; ...")
    return None


def _ends_its_sentence(number: Token) -> bool:
    """'had confirmed the identities of five.': the bare number is the sentence's last word, so
    the list it counts can only follow in the next sentence ('They are A, ...; B, ...'), which
    `_part_list` requires (session 55)."""
    sent = number.sent
    rest = [t for t in number.doc[number.i + 1 : sent.end] if not t.is_space]
    return len(rest) == 1 and rest[0].text in (".", "!")


def _group_word(group: Token) -> bool:
    """'them', 'those freed', 'the pardoned', 'the 18', 'the detainees': words that point back
    at a group told before (not 'five of his colleagues', a group of its own)."""
    if group.lower_ in _GROUP_PRONOUNS:
        return True
    if not has_det(group, ("the", "those")):
        return False  # ("of those freed" may be parsed as a determiner and a participle)
    return group.lower_ in _PARTICIPLES or group.like_num or (group.tag_ == "NNS" and is_people(group))


def _points_at(group: Token | None, whole: Finding) -> bool:
    """A group word that is a noun or a number names the group told before only by the same noun
    or number ('three of the protesters' after "detained 12 protesters", 'two of the 18'; not
    'one of the officers' after "detained three protesters")."""
    if group is None:
        return True  # (a bare number right before its list: the group just told)
    if group.like_num:
        return parse_number(group.text) == whole.count
    if group.lower_ in _GROUP_PRONOUNS or group.lower_ in _PARTICIPLES:
        return True
    noun = (whole.group or "").lower().split()
    return bool(noun) and noun[-1][:5] == group.lower_[:5]


def _part_type(group: Token) -> str | None:
    """The event the group word tells: 'those freed' a release, 'the detained' an arrest; none
    for 'them' or 'the 18' (the group told before gives it)."""
    inner = next((c for c in group.children if c.dep_ in ("acl", "relcl")), None)
    if inner is not None:
        return trigger_type(inner) or _BARE_PARTICIPLES.get(inner.lower_)
    return _PARTICIPLES.get(group.lower_)


def _narration_back(sent: Span, n: int) -> int:
    """The first token of the sentence `n` sentences of the story's narration before `sent`: a
    sentence that opens with a quotation mark is someone's words, which do not carry the story
    away from the group it told ("All of them repented," the agency quoted X as saying)."""
    doc = sent.doc
    start = sent.start
    while n > 0 and start > 0:
        start = doc[start - 1].sent.start
        n -= doc[start].text not in ('"', "“", "‘", "'")
    return start


def _whole_before(
    ctx: DocContext,
    findings: list[Finding],
    sent: Span,
    size: int,
    etype: str | None,
    reach: int = _PART_REACH,
) -> Finding | None:
    """The counted group told within reach before `sent` that a part of `size` is taken from:
    the latest of the event the part's words tell (a removal frees, so "those freed" may be of
    it), with at least `size` people and not all of them named."""
    start = _narration_back(sent, reach)
    accepted = {etype, "deportation"} if etype == "release" else {etype}
    told = [
        f
        for f in findings
        if start <= f.trigger.i < sent.start
        and f.count is not None
        and f.count >= size
        and len(f.persons) < f.count
        and f.trigger.i not in ctx.quoted
        and (etype is None or f.type in accepted)
    ]
    return max(told, key=lambda f: f.trigger.i) if told else None


def _part_list(ctx: DocContext, verb: Token, number: Token) -> tuple[Token, list[Person], bool] | None:
    """Where a naming lead-in's list is, whom it names and whether it may name only some of them:
    after a colon or dash in its own sentence ('named five of those freed: A; B; ...'), after 'as'
    ('identified three of the detained as A, B and C'), or in the next sentence when that says
    only who they are ('They are A, ...; B, ...'; 'They include A and B' names some)."""
    sent = verb.sent
    mark = next((t for t in ctx.doc[number.i + 1 : sent.end] if t.text in _LIST_MARKS), None)
    if mark is not None:
        return mark, _listed_from(ctx, mark) or _bulleted_after(ctx, mark), False
    as_ = next((c for h in (verb, number) for c in h.subtree if c.dep_ == "prep" and c.lower_ == "as"), None)
    if as_ is not None and as_.i > number.i and (persons := _listed_from(ctx, as_)):
        return as_, persons, False  # (not "identified three of them as political prisoners. They are")
    if sent.end >= len(ctx.doc):
        return None
    nxt = ctx.doc[sent.end].sent
    root = _they_are_opening(nxt) or nxt.root
    subject = subject_of(root)
    if (
        root.lemma_ in ("be", "include")
        and subject is not None
        and subject.lower_ in ("they", "these", "those")
        and root.i not in ctx.quoted
        and not any(c.dep_ == "neg" for c in root.children)
    ):
        return root, _listed_from(ctx, root), root.lemma_ == "include"
    return None


def _nameless_before(ctx: DocContext, sent: Span, most: int = 2) -> int:
    """How many sentences right before `sent` (up to `most`) name no one: a bare number ('had
    confirmed the identities of five.') counts the group told last even past a sentence that
    only tells more of it ('The statement named none of them, saying only that all 18 had ...'),
    but never past one that names someone, whose group it might be (session 55)."""
    doc = sent.doc
    n, start = 0, sent.start
    while n < most and start > 0:
        before = doc[start - 1].sent
        if any(t.i in ctx.owner_at for t in before):
            break
        n, start = n + 1, before.start
    return n


def _they_are_opening(sent: Span) -> Token | None:
    """'They are A, a teacher; the anarchist B; C, ...': the verb of a sentence that opens with
    'They are' / 'These include', read on the surface — a list set apart by semicolons often
    leaves the parser a name as the sentence's root (session 55)."""
    words = [t for t in sent if not t.is_space][:2]
    if len(words) == 2 and words[0].lower_ in ("they", "these") and words[1].lemma_ in ("be", "include"):
        return words[1]
    return None


def named_parts(ctx: DocContext, findings: list[Finding]) -> list[Membership]:
    """'Police freed 16 prisoners. The ministry named four of those freed: A; B; C and his
    brother, D', 'identified three more of the pardoned as political prisoners. They are A, ...;
    B, ...; and C', 'published the names of four of them -- A, B, C and D; the other three ...':
    a verb of naming whose object is a number of a group told before (`_named_part`) introduces
    that many members of the group. Read only when the list names exactly that many people (a
    list of some other size is of someone else: the missing, the lawyers; "They include A and B"
    may name fewer, never more), the naming is asserted
    and the group (`_whole_before`) is a counted event within reach of the event the group word
    tells ('those freed', 'the detained') or of any event ('them', 'the 18')."""
    out: list[Membership] = []
    naming = lexicon("list_giving_verbs") | lexicon("names_giving_verbs")
    for verb in tokens_in_lowered(ctx.doc, "LEMMA", naming):
        if verb.pos_ != "VERB" or verb.i in ctx.quoted:
            continue
        if any(c.dep_ == "neg" for c in verb.children) or not asserted(verb):
            continue
        part = _named_part(verb)
        if part is None:
            out += _fronted_part(ctx, findings, verb)
            continue
        number, group = part
        size = parse_number(number.text)
        if not size:
            continue
        listed = _part_list(ctx, verb, number)
        if (
            listed is None
            or not listed[1]
            or len(listed[1]) > size
            or len(listed[1]) < size
            and not listed[2]
        ):
            continue
        etype = _part_type(group) if group is not None else None
        reach = _PART_REACH if group is not None else 1 + _nameless_before(ctx, verb.sent)
        whole = _whole_before(ctx, findings, verb.sent, size, etype, reach)
        if whole is not None and _points_at(group, whole):
            out.append(Membership(listed[0], listed[1], whole.type, group=whole))
    return out + _headed_list(ctx, findings)


def _fronted_part(ctx: DocContext, findings: list[Finding], verb: Token) -> list[Membership]:
    """'Of those released, Viasna has identified A, B and C': the group set before the naming
    verb, whose object is the list; as many people as it names are of the group told before."""
    of = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "of" and c.i < verb.i), None)
    group = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
    if (
        group is None
        or not _group_word(group)
        or not any(c.dep_ == "dobj" and c.i in ctx.owner_at for c in verb.children)
    ):
        return []
    persons = _listed_from(ctx, verb)
    etype = _part_type(group)
    whole = _whole_before(ctx, findings, verb.sent, len(persons), etype) if persons else None
    if whole is None or not _points_at(group, whole):
        return []
    return [Membership(verb, persons, whole.type, group=whole)]


_HEADINGS = frozenset({"those", "these"})


def _headed_list(ctx: DocContext, findings: list[Finding]) -> list[Membership]:
    """'Those released on Monday: A, a welder; B, a librarian; C.': a verbless heading of the
    group by its participle, then its list after a colon in the same sentence. Its people went
    through the participle's event; they join the group of that event told before (counted, with
    room for them), else the heading tells the event itself."""
    out: list[Membership] = []
    for those in tokens_in(ctx.doc, "LOWER", _HEADINGS):
        if not those.is_sent_start or those.dep_ != "ROOT" or those.i in ctx.quoted:
            continue
        sent = those.sent
        inner = next((c for c in those.children if c.dep_ in ("acl", "relcl")), None)
        colon = next((t for t in sent if t.text == ":" and t.head.i == those.i), None)
        etype = _part_type(those) if inner is not None else None
        if etype is None or colon is None or not asserted(inner):
            continue
        persons = _listed_from(ctx, colon)
        whole = _whole_before(ctx, findings, sent, len(persons), etype) if persons else None
        # (with no group told, only an event word tells the event: not "Those still held:")
        tells = (
            whole is None
            and trigger_type(inner) is not None
            and not any(c.lower_ == "still" for c in inner.children)
        )
        if persons and (whole is not None or tells):
            out.append(Membership(colon, persons, etype, tells_event=tells, group=whole))
    return out


def _same_group_words(lead: list[Token], etype: str) -> bool:
    """The lead-in's words for the group ('those freed', 'the detained') tell no other event than
    `etype` (a removal frees: 'those freed' may be of a group driven abroad)."""
    for t in lead:
        if t.lower_ in _GROUP_PRONOUNS or t.lower_ in _PARTICIPLES:
            told = _part_type(t)
            if told is not None and told != etype and not (told == "release" and etype == "deportation"):
                return False
    return True


def _bare_part_lead(ctx: DocContext, lead: list[Token], told: set[int]) -> int | None:
    """'Two face criminal charges:', 'Two remain in custody:', 'Three are students:': a clause
    before a colon that opens with a bare number and its verb (no noun of its own, not 'two
    others', 'two of the lawyers'; read on the surface, as the parser often makes such a number a
    modifier) and tells no event (no finding's trigger, `told`) and no denial: a part of the group
    just counted, named after the colon ("remain in custody" is a state), and no escape
    (`eluding_verbs`). Read after a counted arrest only (after a release, "Four remain behind
    bars:" names those not freed). The number is how many the list must name (session 54)."""
    if len(lead) < 2 or any(t.i in ctx.quoted or t.i in ctx.owner_at for t in lead):
        return None
    number, verb = lead[0], lead[1]
    if (
        not number.like_num
        or not number.is_sent_start
        or not (verb.tag_.startswith("VB") or verb.tag_ == "MD")
    ):
        return None
    if any(t.dep_ == "neg" or t.lower_ in ("no", "never", "nor", "not") for t in lead):
        return None
    if any(t.i in told for t in lead):
        return None  # ("Two were released on Friday: A and B": a part with an event of its own)
    if any(t.lemma_.lower() in lexicon("eluding_verbs") for t in lead):
        return None  # ("Two escaped: A and B")
    return parse_number(number.text) or None


_ONE_BY_ONE = frozenset({"one", "another", "other"})
_CO_ACCUSED = frozenset({"co-accused", "accused", "co-defendants", "codefendants"})


def the_others(ctx: DocContext, findings: list[Finding], memberships: list[Membership]) -> None:
    """'They are A, B, C and D. A and B were remanded in custody; the others were released': 'the
    others' of a sentence that names some members of a group just named are its other members."""
    for f in findings:
        if f.persons or f.count is not None or f.trigger.i in ctx.quoted:
            continue
        subject = next((c for c in f.trigger.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or subject.lower_ not in ("others", "rest") or not has_det(subject, ("the",)):
            continue
        sent = f.trigger.sent
        named = [
            p
            for t in sent
            if t.i < subject.i and (p := ctx.owner_at.get(t.i)) is not None and t.i not in ctx.quoted
        ]
        named = distinct(named)
        reach = sentences_back(sent, 3)
        # (a bulleted list is one roster, one membership an item, `_rosters`; it is near when one
        # of its people is named within reach, its last lines or its lead-in)
        before = [m for m in memberships if m.token.i < sent.start]
        groups = [
            r
            for r in _rosters(before)
            if len(r) > 2 and any(reach <= s < sent.start for p in r for s, _ in p.mentions)
        ]
        if not named or not groups:
            continue
        whole = groups[-1]
        if all(any(p is q for q in whole) for p in named) and len(named) < len(whole):
            f.persons = [p for p in whole if not any(p is q for q in named)]


_OTHER_WORDS = frozenset({"other", "remaining"})


def the_counted_others(ctx: DocContext, findings: list[Finding], memberships: list[Membership]) -> None:
    """'Police arrested A and B in May and detained the other four in the following weeks': 'the
    other N' beside people named in its own sentence are the rest of the group named before (a
    list or roster), when the named and the N together are exactly its members."""
    for f in findings:
        if f.persons or f.count is None or f.trigger.i in ctx.quoted:
            continue
        patient = patient_of(f.trigger, f.type)
        if patient is None or not has_det(patient, ("the",)):
            continue
        if not any(c.dep_ == "amod" and c.lower_ in _OTHER_WORDS for c in patient.children):
            continue
        named = [
            p
            for t in f.trigger.sent
            if t.i < patient.i and (p := ctx.owner_at.get(t.i)) is not None and t.i not in ctx.quoted
        ]
        named = distinct(named)
        before = [m for m in memberships if m.token.i < f.trigger.sent.start]
        # (or the people a group event named in its own sentence: "detained five reporters: A, B,
        # C, D and E. A court jailed A and B and released the remaining three")
        told = [g.persons for g in findings if g.trigger.i < f.trigger.sent.start and len(g.persons) > 1]
        groups = [
            r
            for r in _rosters(before) + told
            if len(r) == len(named) + f.count and all(any(p is q for q in r) for p in named)
        ]
        if not named or not groups:
            continue
        f.persons = [p for p in groups[-1] if not any(p is q for q in named)]


def the_others_listed(ctx: DocContext, findings: list[Finding]) -> list[Membership]:
    """'The court released seven of the 22 defendants. [...] The four others freed are A, B, C and
    D', 'The other two released were A and B': a counted rest named by its participle and a
    copula, the list after it naming exactly that many. They are the participle's people; and
    when a larger group of that event told before has room for them (counted, fewer named), they
    are its members and the number only counts a part of it, no group of its own (session 55)."""
    out: list[Membership] = []
    for f in findings:
        if f.persons or f.count is None or f.trigger.i in ctx.quoted or f.trigger.tag_ != "VBN":
            continue
        copula = _copula_after_rest(f.trigger)
        if copula is None:
            continue
        names = _listed_from(ctx, copula)
        if len(names) != f.count:
            continue
        f.persons = names
        whole = _whole_before(ctx, findings, f.trigger.sent, f.count + 1, f.type, reach=_REST_REACH)
        if whole is not None and whole is not f and len(whole.persons) + f.count <= whole.count:
            f.count = None
            out.append(Membership(copula, names, whole.type, group=whole))
    return out


# the words of a rest as `remainders` reads them, and "others" standing as its noun ("The four others
# freed are")
_REST_WORDS = REST_WORDS | {"others"}
# (the rest may be named after a table or a list of rulings, one line a sentence)
_REST_REACH = 10


# the marks that set a list off after the rest's noun ("The others - A, B and C - remain")
_SET_OFF = frozenset({"-", "—", "–", ","})


def rest_named_apart(ctx: DocContext, findings: list[Finding]) -> list[Membership]:
    """'Police detained five pensioners. Two of them, A and B, were placed under house arrest.
    The others - C, D and E - remain in the remand prison': the rest of a counted group, named
    set off after "the others" ("the rest", "the (N) others", "the other N", "the remaining N")
    in a clause that tells no event of its own, are members of the group a counted part ("N of
    them", "N of the M") was just taken from. The group is the latest counted finding before the
    part's sentence ("of them") or of exactly M; the part and the rest must make it up exactly
    (the rest's number, or the names when it gives none); else nothing ("The court freed four of
    the nine. The others - A and B - were taken back": no group of nine was told)."""
    out: list[Membership] = []
    for rest in tokens_in(ctx.doc, "LOWER", frozenset({"others", "rest", "remaining", "other"})):
        noun = rest if rest.lower_ in ("others", "rest") else rest.head
        if rest.i in ctx.quoted or noun.dep_ not in ("nsubj", "nsubjpass") or not has_det(noun, ("the",)):
            continue
        if noun is not rest and noun.lower_ not in ("others",) and not noun.like_num:
            continue  # ("the other lawyers": a group of its own)
        after = noun.i + 1
        if after >= noun.sent.end or ctx.doc[after].text not in _SET_OFF:
            continue
        if trigger_type(noun.head) is not None:
            continue  # ("The others - A and B - were released": the event's own reading)
        number = next((c for c in (*noun.children, noun) if c.like_num), None)
        size = parse_number(number.text) if number is not None else None
        part = _part_before(noun)
        if part is None:
            continue
        part_n, whole_size, part_sent = part
        counted = [g for g in findings if g.count is not None and g.trigger.i < part_sent.start]
        if whole_size is not None:
            counted = [g for g in counted if g.count == whole_size]
        whole = counted[-1] if counted else None
        if whole is None or whole.trigger.i < _narration_back(part_sent, 2):
            continue
        persons = names_after(ctx, ctx.doc[after])
        if not persons:
            continue
        rest_n = size if size is not None else len(persons)
        if rest_n + part_n != whole.count or len(persons) > rest_n:
            continue
        out.append(Membership(noun, persons, None, group=whole))
    return out


def _part_before(noun: Token) -> tuple[int, int | None, Span] | None:
    """The counted part ('Two of them', 'four of the nine') told in the sentence of `noun` before
    it or in the sentence just before: its number, the whole's number if it gives one, and its
    sentence."""
    sent = noun.sent
    start = noun.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    for tok in reversed(noun.doc[start : noun.i]):
        whole = _of_object(tok) if tok.like_num else None
        if whole is None:
            continue
        n = parse_number(tok.text)
        named = _whole_named(whole) if n is not None else None
        return (n, named[1], tok.sent) if named is not None else None
    return None


def _whole_named(whole: Token) -> tuple[bool, int | None] | None:
    """What the object of a counted part's "of" names: "them" / "those", the latest counted group
    (True, None); "the M" / "the nine prisoners", a group of exactly M (False, M); else None."""
    if whole.lower_ in ("them", "those"):
        return True, None
    if not has_det(whole, ("the",)):
        return None
    size = parse_number(whole.text) if whole.like_num else count_of(whole)[0]
    return (False, size) if size is not None else None


def _copula_after_rest(participle: Token) -> Token | None:
    """The 'are' of 'The four others freed are', 'The other two released were', 'The remaining
    three detained include': a sentence that opens with 'the' and a counted rest ('other',
    'others', 'remaining', 'rest' beside a number), then the participle and right after it a
    form of 'be' or 'include' (read on the surface: the parser varies)."""
    sent = participle.sent
    opening = [t for t in participle.doc[sent.start : participle.i] if not t.is_space]
    if not 3 <= len(opening) <= 4 or opening[0].lower_ != "the":
        return None
    words = {t.lower_ for t in opening[1:]}
    if not words & _REST_WORDS or not any(t.like_num for t in opening[1:]):
        return None
    nxt = participle.doc[participle.i + 1] if participle.i + 1 < sent.end else None
    if nxt is None or nxt.lemma_ not in ("be", "include") or any(c.dep_ == "neg" for c in nxt.children):
        return None
    return nxt


def _rosters(memberships: list[Membership]) -> list[list[Person]]:
    """The named groups the memberships tell, in order: each list as a whole ('They are A, B and
    C'), and the members of one group event gathered (a verdict roster, one line each), or of
    one lead-in (a bulleted list, one membership an item)."""
    rosters: list[list[Person]] = []
    gathered: dict[int, list[Person]] = {}
    listed: dict[int, list[Person]] = {}
    for m in memberships:
        rosters.append(m.persons)
        if m.group is not None:
            whole = gathered.setdefault(id(m.group), [])
            whole += [p for p in m.persons if not any(p is q for q in whole)]
        items = listed.setdefault(m.token.i, [])
        items += [p for p in m.persons if not any(p is q for q in items)]
    more = [r for r in listed.values() if not any(r is q or r == q for q in rosters)]
    return rosters + list(gathered.values()) + more


_LIST_ITEM_DEPS = frozenset({"compound", "appos", "conj", "dep", "npadvmod", "dobj", "attr", "nmod", "flat"})


def fronted_lists(ctx: DocContext, findings: list[Finding], home: str | None) -> list[Finding]:
    """'Released after serving their full terms: A (two years), B and C, who ...', 'Detained this
    week: the blogger A and the lawyer B': a participle opening a sentence, with no subject, then
    a colon and names; each name listed went through it (not a name inside a clause of its own)."""
    out: list[Finding] = []
    by_trigger = {f.trigger.i: f for f in findings}
    doc = ctx.doc
    for i in trigger_marks(doc):
        tok = doc[i]
        sent = tok.sent
        first = next((t for t in sent if t.is_alpha), None)
        if first is None or first.i != tok.i or tok.tag_ != "VBN" or not tok.is_title or tok.i in ctx.quoted:
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "neg", "dobj") for c in tok.children):
            continue
        colon = next((t for t in sent if t.i > tok.i and t.text == ":"), None)
        if colon is None or colon.i - tok.i > 12:
            continue
        etype = trigger_type(tok, home)
        if etype is None or not asserted(tok):
            continue
        persons: list[Person] = []
        for t in sent:
            if t.i <= colon.i or (p := ctx.owner_at.get(t.i)) is None or any(p is q for q in persons):
                continue
            # an item of the list itself: "a report by A", "A's lawyer" or a clause's name is none
            item = t
            while item.i != tok.i and item.dep_ in _LIST_ITEM_DEPS and item.head.i != item.i:
                item = item.head
            if item.i == tok.i:
                persons.append(p)
        if not persons:
            continue
        told = by_trigger.get(tok.i)
        if told is not None:
            if not told.persons and told.count is None:
                told.persons = persons
            continue
        out.append(Finding(etype, tok, persons, confidence=0.75))
    return out


def _names_them_next(doc: Doc, verb: Token) -> bool:
    """A sentence about the group's names that tells no event and names no one ('Their names
    became known only days later', 'The names were released on Monday'), with a next sentence."""
    sent = verb.sent
    if sent.end >= len(doc) or any(t.ent_type_ == "PERSON" for t in sent):
        return False
    if any(
        sent.start <= i < sent.end and trigger_type(doc[i]) is not None  # (one-token spans)
        for i in trigger_marks(doc)
    ):
        return False
    return any(t.lemma_ == "name" and t.pos_ == "NOUN" for t in sent)


def _others_unnamed(sent: Span) -> int:
    """'the names of the other six are not known', 'the remaining three were not named': how many
    of the group the sentence leaves unnamed (0 when it says nothing of them)."""
    for t in sent:
        if t.lower_ in ("other", "remaining") and t.i + 1 < sent.end and sent.doc[t.i + 1].like_num:
            return parse_number(sent.doc[t.i + 1].text) or 0
    return 0


def _one_by_one(ctx: DocContext, verb: Token) -> list[Person]:
    """'Two other people had also been arrested. One was A, the owner of a warehouse. The other
    was insurer B.': the members named one a sentence, each sentence a 'one / another / the
    other was X' of its own."""
    doc = ctx.doc
    names: list[Person] = []
    while True:
        subject = subject_of(verb)
        if verb.lemma_ != "be" or subject is None or subject.lower_ not in _ONE_BY_ONE:
            break
        if subject.lower_ == "other" and not has_det(subject, ("the",)):
            break
        if verb.i in ctx.quoted or any(c.dep_ == "neg" for c in verb.children):
            break
        named = [p for c in verb.children if c.dep_ == "attr" for p in _listed_names(ctx, c)]
        if len(named) != 1:
            break
        names += named
        if verb.sent.end >= len(doc):
            break
        verb = doc[verb.sent.end].sent.root
    return names


_UNCOUNTED_PARTS = frozenset({"most", "many", "some", "several", "all", "half", "both"})


def part_of_earlier(ctx: DocContext, findings: list[Finding]) -> list[Membership]:
    """'Police detained 14 activists. Nine of them were later freed, including X', 'Ten of the 14
    detained on Sunday were released, including X': a part of a group told before; the people
    named in the part are members of the whole too (X was one of the 14 detained)."""
    out: list[Membership] = []
    for f in findings:
        if not f.persons or f.trigger.i in ctx.quoted:
            continue
        patient = patient_of(f.trigger, f.type)
        if patient is None or not (
            patient.like_num or patient.tag_ in ("NNS", "NNPS") or patient.lower_ in _UNCOUNTED_PARTS
        ):
            continue  # ("Most of them, including X, were driven to Lithuania": a part not counted)
        # "Nine of them were freed"; "Of the 14 detained, 10 were released" (on the verb)
        ofs = [c for c in patient.children if c.dep_ == "prep" and c.lower_ == "of"]
        ofs += [c for c in f.trigger.children if c.dep_ == "prep" and c.lower_ == "of" and c.i < patient.i]
        whole = next((g for of in ofs for g in of.children if g.dep_ == "pobj"), None)
        if whole is None:
            if (group := _elided_whole(findings, f, patient)) is not None:
                out.append(Membership(f.trigger, list(f.persons), group.type, group=group))
            continue
        participle = next(
            (c for c in whole.children if c.dep_ in ("acl", "amod") and _participle_event(c)), None
        )
        if participle is None and whole.like_num and has_det(whole, ("the",)):
            # "... arrested along with seven other women. Four of the eight were later released,
            # among them X": the group counted back is the one of that size told before
            n = parse_number(whole.text)
            earlier = [
                g
                for g in findings
                if g.count == n and g.type != f.type and not g.part and g.trigger.i < f.trigger.sent.start
            ]
            if n and earlier and (f.count is None or f.count < n):
                out.append(Membership(f.trigger, list(f.persons), earlier[-1].type, group=earlier[-1]))
            continue
        if participle is None and (group := _whole_by_noun(ctx, findings, f, whole)) is not None:
            out.append(Membership(f.trigger, list(f.persons), group.type, group=group))
            continue
        if whole.lower_ in ("them", "those", "these"):
            etype = None
        elif participle is not None and has_det(whole, ("the", "those", "these")):
            etype = _participle_event(participle)
        else:
            continue
        if etype == f.type:
            continue
        # the whole's own event is told by its participle ("the 14 detained"), or earlier
        out.append(Membership(whole, list(f.persons), etype, tells_event=participle is not None))
    return out


def _whole_by_noun(ctx: DocContext, findings: list[Finding], f: Finding, whole: Token) -> Finding | None:
    """'Police detained nine reporters ... Six of the reporters, including X, were freed': "the"
    + the plural people noun a larger group of another event was counted by, a few sentences
    before, is that group (X was one of the nine detained)."""
    if whole.tag_ != "NNS" or not has_det(whole, ("the", "these", "those")) or not is_people(whole):
        return None
    noun = whole.lemma_.lower()
    reach = sentences_back(f.trigger.sent, 4)
    earlier = [
        g
        for g in findings
        if reach <= g.trigger.i < f.trigger.sent.start
        and g.trigger.i not in ctx.quoted
        and g.count is not None
        and not g.part
        and g.type != f.type
        and (f.count is None or g.count > f.count)
        and g.count >= len(f.persons)
        and noun in _group_nouns(g)
    ]
    return earlier[-1] if earlier else None


def _participle_event(tok: Token) -> str | None:
    """The event a participle describing a group tells: 'the 14 detained on Sunday' (a trigger of
    its own) or 'the detained students', 'the freed prisoners' (an attributive one)."""
    if (found := trigger_type(tok)) is not None:
        return found
    if tok.dep_ != "amod" or tok.tag_ != "VBN" or tok.i > tok.head.i:
        return None
    return next((e for e in _ATTRIBUTIVE if tok.lower_ in lexicon(f"attributive_{e}")), None)


_ATTRIBUTIVE = ("arrest", "release", "deportation", "sentence")


def _of_object(tok: Token) -> Token | None:
    """The object of a word's 'of' ('four of the journalists' -> journalists), if any."""
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None


def held_wholes(ctx: DocContext, findings: list[Finding]) -> list[Finding]:
    """'Seven of the detainees were sentenced to ten days ... Among them are A and B': a counted
    part of "the detainees" names people who were detained; an arrest (no count of its own) is
    made the part's whole, so the part's members join it."""
    out: list[Finding] = []
    held = lexicon("held_nouns")
    for f in findings:
        if f.count is None or f.whole is not None or f.type == "arrest" or f.trigger.i in ctx.quoted:
            continue
        patient = patient_of(f.trigger, f.type)
        if patient is None or not patient.like_num:
            continue
        whole = _of_object(patient)
        if whole is None or whole.lemma_.lower() not in held or not has_det(whole, ("the",)):
            continue
        f.whole = Finding("arrest", whole, [], group_ref=True, confidence=0.7)
        out.append(f.whole)
    return out


def later_wholes(findings: list[Finding]) -> None:
    """'The judge found six of the eleven defendants guilty ... Eleven employees were detained in
    January': a counted part of "the M" whose group of M is told only later, by an arrest of its
    own with that count and no names; the part is made that arrest's part, so its members join it."""
    ordered = sorted(findings, key=lambda f: f.trigger.i)
    for k, f in enumerate(ordered):
        if f.count is None or f.whole is not None:
            continue
        patient = patient_of(f.trigger, f.type)
        whole = _of_object(patient) if patient is not None and patient.like_num else None
        if whole is None or not has_det(whole, ("the",)):
            continue
        size = count_of(whole)[0] if not whole.like_num else parse_number(whole.text)
        if size is None or size <= f.count:
            continue
        f.whole = next(
            # (the background of a trial: "were detained", not a later release of some other seven)
            (
                g
                for g in ordered[k + 1 :]
                if g.count == size and g.type == "arrest" != f.type and not g.persons
            ),
            None,
        )


# how many sentences back the group "N of them" is a part of may be told (its own sentence or
# the one before it: "arrested four journalists on Tuesday. On Friday, a court freed two of them")
_THEM_REACH = 1


def earlier_wholes(findings: list[Finding]) -> None:
    """'Police arrested four journalists on Tuesday. On Friday a court ordered two of them
    released on bail. They are A and B': a counted part ("N of them", "N of the M") that goes
    through another event than the larger counted group told just before is part of that group,
    so its members, named in its sentence or after it, went through the group's event too (as
    the Russian reader's `_whole_of_them`; `later_wholes` reads a group told only after). "Them"
    is the latest counted group before the part, in its sentence or the one before; "the M" is
    the latest group of exactly M within `_PART_REACH` sentences. Not a group of the part's own
    event ("detained 12 ... two of them were detained again"), nor one no larger than the part.
    Marked `part_of_them`: a later counted telling joined to the part's cohort stays out of the
    whole (`cohorts._counted_apart`)."""
    ordered = sorted(findings, key=lambda f: f.trigger.i)
    for k, f in enumerate(ordered):
        if f.count is None or f.whole is not None or f.part:
            continue
        patient = patient_of(f.trigger, f.type)
        whole = _of_object(patient) if patient is not None and patient.like_num else None
        if whole is None:
            continue
        if whole.lower_ in ("them", "those") and any(c.dep_ in ("acl", "relcl") for c in whole.children):
            continue  # ("two of those freed" is a described group of its own, not the latest counted one)
        named = _whole_named(whole)
        if named is None:
            continue
        them, size = named
        sent = f.trigger.sent
        counted = [g for g in ordered[:k] if g.count is not None and g.trigger.i < sent.end and not g.part]
        if them:
            g = counted[-1] if counted else None
            near = g is not None and _narration_back(sent, _THEM_REACH) <= g.trigger.sent.start
        else:
            g = next((g for g in reversed(counted) if g.count == size), None)
            near = g is not None and _narration_back(sent, _PART_REACH) <= g.trigger.sent.start
        if g is None or not near or g.type == f.type or g.count <= f.count:
            continue
        f.whole = g
        f.part_of_them = True


def named_part_of_earlier(
    ctx: DocContext, findings: list[Finding], memberships: list[Membership]
) -> list[Membership]:
    """'Police detained eleven staff members of the outlet in January. In October a court convicted
    four of the journalists. A was sentenced to six years ...': a counted part of 'the' plural
    people noun, with no event of its own on the noun, is part of the larger group of another event
    counted just before; the people the next sentences name as the part's members are the
    whole's too (part_of_earlier reads the part's own names)."""
    out: list[Membership] = []
    for f in findings:
        if f.persons or f.count is None or f.trigger.i in ctx.quoted:
            continue
        patient = patient_of(f.trigger, f.type)
        if patient is None or not patient.like_num:
            continue
        whole = _of_object(patient)
        if (
            whole is None
            or whole.tag_ != "NNS"
            or not has_det(whole, ("the",))
            or not is_people(whole)
            or any(c.dep_ in ("acl", "relcl", "amod", "nummod", "prep") for c in whole.children)
        ):
            continue
        reach = sentences_back(f.trigger.sent, 3)
        earlier = [
            g
            for g in findings
            if reach <= g.trigger.i < f.trigger.sent.start and g.count is not None and not g.part
        ]
        if not earlier or earlier[-1].type == f.type or earlier[-1].persons or earlier[-1].count <= f.count:
            continue
        members = [p for m in memberships if m.group is f for p in m.persons]
        members = distinct(members)
        if members and len(members) <= f.count:
            out.append(Membership(f.trigger, members, earlier[-1].type, group=earlier[-1]))
    return out


def _elided_whole(findings: list[Finding], f: Finding, patient: Token) -> Finding | None:
    """'Police detained 14 activists on Sunday. Eight were released on Monday, including X': a
    bare number as subject, right after a larger group of another event, is part of it (the
    noun left out); X was one of the 14."""
    if not patient.like_num or patient.dep_ not in ("nsubj", "nsubjpass") or f.count is None:
        return None
    if any(c.dep_ in ("det", "amod", "compound") for c in patient.children):
        return None  # "the eight", "another eight": told otherwise
    sent = f.trigger.sent
    before = sent.doc[sent.start - 1].sent if sent.start > 0 else None
    wholes = [
        g
        for g in findings
        if before is not None
        and g.trigger.sent in (before, sent)
        and g.trigger.i < f.trigger.i
        and g.count is not None
        and g.count > f.count
        and g.type != f.type
        and not g.part
    ]
    return wholes[-1] if wholes else None


def named_by_their_noun(ctx: DocContext, findings: list[Finding]) -> list[Membership]:
    """'Soldiers arrested her and four of her teachers ... Two of the teachers, A and B, were
    freed. A third, C, died in prison. The fourth teacher, D, ...': a later phrase that picks
    people out of 'the teachers' (a partitive, an ordinal) points back to the groups
    the story counted by that noun; the people set beside it are their members."""
    groups = [
        (f, nouns)
        for f in sorted(findings, key=lambda f: f.trigger.i)
        if f.count is not None and f.count >= 2 and not f.part and f.trigger.i not in ctx.quoted
        if (nouns := _group_nouns(f))
    ]
    if not groups:
        return []
    out: list[Membership] = []
    last: tuple[int, str] | None = None  # the noun a bare ordinal ("A third, C,") goes on from
    for tok in _may_pick_out(ctx.doc, groups[0][0].trigger.sent.end):
        if tok.i in ctx.quoted:
            continue
        noun, rank = _picked_out(tok)
        if noun is None and rank is not None and last is not None:
            went_on = sum(1 for t in ctx.doc[last[0] + 1 : tok.i + 1] if t.is_sent_start) <= 1
            noun = last[1] if went_on else None
        if noun is None:
            continue
        last = (tok.i, noun)
        persons = [p for c in tok.children if c.dep_ == "appos" for p in _listed_names(ctx, c)]
        persons = persons or _set_off_name(ctx, tok.right_edge)  # "A third, C, died": parsed apart
        latest: dict[str, Finding] = {}
        for f, nouns in groups:
            if f.trigger.i < tok.sent.start and noun in nouns:
                latest[f.type] = f
        for f in latest.values():
            if persons and len(persons) <= (f.count or 0) and (rank or 0) <= (f.count or 0):
                out.append(Membership(tok, persons, f.type, group=f))
    return out


_PICKED_BY_AGE = frozenset({"oldest", "youngest", "eldest"})


def picked_by_age(ctx: DocContext, findings: list[Finding]) -> list[Membership]:
    """'The oldest of the group, X, ...', 'the youngest of those freed, X', 'the eldest of them,
    X': one person picked out of the counted group told before (however far back: "the group"
    points to it) is its member, and goes through all it went through."""
    ordered = sorted(findings, key=lambda f: f.trigger.i)
    groups = [f for f in ordered if f.count is not None and f.count >= 2 and not f.part]
    out: list[Membership] = []
    for tok in tokens_in(ctx.doc, "LOWER", _PICKED_BY_AGE):
        if tok.i in ctx.quoted or not has_det(tok, ("the",)):
            continue
        whole = _of_object(tok)
        if whole is None:
            continue
        told = next((c for c in whole.children if c.dep_ in ("acl", "relcl")), None)
        etype = (trigger_type(told) or _PARTICIPLES.get(told.lower_)) if told is not None else None
        back = (
            whole.lower_ in ("them", "those", "these")
            or (whole.lemma_.lower() == "group" or whole.like_num or whole.tag_ == "NNS")
            and has_det(whole, ("the", "those", "these"))
        )
        if not back or whole.lower_ == "them" and _crowd_before(tok.sent):
            continue
        earlier = [f for f in groups if f.trigger.sent.end <= tok.sent.start and etype in (None, f.type)]
        # (the parser may read the name set off after the phrase as a conjunct, and may hang the
        # comma that opens it on the name itself)
        set_off = [
            c
            for c in tok.children
            if c.dep_ in ("appos", "conj")
            and c.i > whole.i
            and "," in (c.left_edge.text, c.doc[c.left_edge.i - 1].text)
        ]
        persons = [p for c in set_off for p in ctx.persons_in(c, pronouns=False)]
        named_whole = told is not None or whole.lemma_.lower() == "group"  # (not "of those still inside")
        if (
            not persons
            and named_whole
            and tok.dep_ == "nsubj"
            and tok.head.lemma_ == "be"
            and asserted(tok.head)
        ):
            # "The oldest of the group was X": the name as the copula's complement
            persons = [
                p
                for c in tok.head.children
                if c.dep_ == "attr" and c.i > whole.i
                for p in ctx.persons_in(c, pronouns=False)
            ]
        if earlier and persons:
            out.append(Membership(tok, persons, None, group=earlier[-1]))
    return out


_ROLE_ECHO_REACH = 20  # sentences after the described list in which its roles are named


def described_members(ctx: DocContext, findings: list[Finding]) -> list[Membership]:
    """'Among those freed were a pastor, two nursing students and a retired colonel ... Pastor
    A said ... The retired colonel, B, was detained in 2021 ... The two students, C and D, ...':
    a list of roles, no names, told as members of a counted group, then the roles made definite
    (or used as a title) beside names: those people are its members."""
    out: list[Membership] = []
    for among in tokens_in(ctx.doc, "LOWER", frozenset({"among"})):
        pobj = next((c for c in among.children if c.dep_ == "pobj"), None)
        verb = among.head
        if pobj is None or verb.lemma_ != "be" or among.i in ctx.quoted or not asserted(verb):
            continue
        etype = _PARTICIPLES.get(pobj.lower_)
        if etype is None or not (has_det(pobj, ("those", "the")) or pobj.lower_ in ("those",)):
            continue
        # (the list after the verb, however the parser hung its items)
        words = [t for t in among.sent if t.i > verb.i > among.i]
        if not words or any(t.i in ctx.owner_at for t in words):
            continue  # named already: membership_at reads it
        roles = {
            t.lemma_.lower()
            for t in words
            if t.pos_ == "NOUN" and fold(t.lemma_) in PERSON_NOUNS and t.dep_ not in ("compound", "poss")
        }
        group = next(
            (
                f
                for f in sorted(findings, key=lambda f: -f.trigger.i)
                if f.type == etype and f.count is not None and f.count >= 2 and f.trigger.i < among.i
            ),
            None,
        )
        if not roles or group is None:
            continue
        rest = ctx.doc[among.sent.end :]
        sents = list(rest.sents)[:_ROLE_ECHO_REACH] if len(rest) else []
        for sent in sents:
            for t in sent:
                if t.i in ctx.quoted or t.lemma_.lower() not in roles:
                    continue
                persons: list[Person] = []
                if t.pos_ == "NOUN" and has_det(t, ("the",)):
                    # "The former commander, B, ...", "The two students, C and D, ..."
                    named = [c for c in t.children if c.dep_ == "appos"]
                    persons = [p for c in named for p in ctx.persons_in(c, pronouns=False)]
                elif (person := ctx.owner_at.get(t.i + 1)) is not None and min(person.mentions)[0] == t.i + 1:
                    persons = [person]  # "Deacon A said ...": the role as a title, at A's first mention
                if persons:
                    out.append(Membership(t, persons, None, group=group))
    return out


# ("in the convoy", "in the van": inside a vehicle, as on board one)
_ON_BOARD = frozenset({"on", "aboard", "onboard", "in"})


def _vehicle_in(tok: Token) -> Token | None:
    """The vehicle a preposition of `tok` puts someone on: 'on the plane', 'aboard the bus', 'on
    board the flight' (read back to a vehicle told before: 'the', not 'a')."""
    transport = lexicon("transport")
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in _ON_BOARD):
        for pobj in (g for g in prep.children if g.dep_ == "pobj"):
            if pobj.lower_ == "board":
                return pobj
            if pobj.lemma_.lower() in transport and has_det(pobj, ("the", "that")):
                return pobj
    return None


def _name_left_as_root(verb: Token) -> Token | None:
    """'X, who in 2023 was sentenced for "conspiracy" and "spreading false news", was also on the
    flight': quoted charges in the relative clause make the parser hang the copula inside it and
    leave the name as the sentence's root; the verb after the clause's closing comma is the name's."""
    root = verb.sent.root
    if root.pos_ != "PROPN" or root.i > verb.i or verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return None
    clause = next((c for c in root.children if c.dep_ == "relcl"), None)
    return root if clause is not None and clause.i < verb.i <= clause.right_edge.i + 1 else None


def on_board(ctx: DocContext, findings: list[Finding]) -> list[Membership]:
    """'Managua let 20 prisoners go and flew them out on a hired jet to Panama ... Union
    leader X was also on the plane': a named person on board the vehicle that carried a counted
    group freed or sent abroad is one of its members (and goes through all it went through)."""
    transport = lexicon("transport")
    groups = [
        f
        for f in sorted(findings, key=lambda f: f.trigger.i)
        if f.type in ("release", "deportation")
        and f.count is not None
        and f.count >= 2
        and not f.part
        and any(t.lemma_.lower() in transport for t in f.trigger.sent)
    ]
    if not groups:
        return []
    out: list[Membership] = []
    for tok in tokens_in(ctx.doc, "LEMMA", _BOARDING):
        earlier = [f for f in groups if f.trigger.sent.end <= tok.sent.start]
        if not earlier or tok.i in ctx.quoted or (vehicle := _vehicle_in(tok)) is None:
            continue
        # ("Not on the plane was X": a fronted "not" hangs on the preposition, not the copula)
        if any(c.dep_ == "neg" for c in (*tok.children, *vehicle.head.children)) or not asserted(tok):
            continue  # "X was not on the plane", "X may have been on the flight"
        if tok.lemma_ == "be":
            holders = [c for c in tok.children if c.dep_ in ("nsubj", "attr")] or _conjunct_subject(tok)
        else:
            # "X was also freed and put on the bus": the one put on board the group's vehicle
            holders = [p for p in [patient_of(tok, "deportation")] if p is not None]
        pronouns = tok.lemma_ == "be"  # (not "put his luggage on the bus")
        persons = [p for c in holders for p in ctx.persons_in(c, pronouns=pronouns) if p is not None]
        if not persons and (name := _name_left_as_root(tok)) is not None:
            persons = ctx.persons_in(name, pronouns=False)
        if persons:
            out.append(Membership(tok, persons, None, group=earlier[-1]))
    return out


_BOARDING = frozenset({"be", "put", "place", "load", "seat"})


def _conjunct_subject(verb: Token) -> list[Token]:
    """'X, sentenced in 2024 to 12 years in what his church says was retaliation, was also on
    board': a clause inside the participle phrase makes the parser hang the real copula as a
    conjunct of the clause's own 'was'; a conjunct verb with no subject of its own shares the
    subject of the verb it is joined to (a name, not a pronoun or a word of the inner clause)."""
    if verb.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return []
    return [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PROPN"]


def also_in_the_group(ctx: DocContext, findings: list[Finding]) -> list[Membership]:
    """'Belarus freed 17 political prisoners ... 16 were driven to the border ... Freelance journalist
    X, 33, was also in the group': 'also' with a copula in (among) 'the group' adds a named member
    to the counted group freed or sent abroad told before; not a group the phrase itself describes
    ('also in the group that organised the rally'), nor a denied or hedged one."""
    groups = [
        f
        for f in sorted(findings, key=lambda f: f.trigger.i)
        if f.type in ("release", "deportation") and f.count is not None and f.count >= 2 and not f.part
    ]
    out: list[Membership] = []
    for tok in tokens_in(ctx.doc, "LEMMA", frozenset({"be"})):
        if tok.i in ctx.quoted or not any(c.dep_ == "advmod" and c.lower_ == "also" for c in tok.children):
            continue
        earlier = [f for f in groups if f.trigger.sent.end <= tok.sent.start]
        if not earlier:
            continue
        group = next(
            (
                g
                for c in tok.children
                if c.dep_ == "prep" and c.lower_ in ("in", "among")
                for g in c.children
                if g.dep_ == "pobj" and g.lemma_.lower() == "group" and has_det(g, ("the", "that"))
            ),
            None,
        )
        if group is None or any(c.dep_ in ("relcl", "acl", "prep") for c in group.children):
            continue
        if any(c.dep_ == "neg" for c in tok.children) or not asserted(tok):
            continue
        holders = [c for c in tok.children if c.dep_ == "nsubj"] or _conjunct_subject(tok)
        persons = [p for c in holders for p in ctx.persons_in(c)]
        if persons:
            out.append(Membership(tok, persons, None, group=earlier[-1]))
    return out


def _on_the_list(tok: Token) -> bool:
    """'was on the list', 'on the same list': the list of the group's members."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "on"
        and any(g.dep_ == "pobj" and g.lemma_ == "list" for g in c.children)
        for c in tok.children
    )


def also_listed(ctx: DocContext, memberships: list[Membership]) -> list[Membership]:
    """'Among those expelled was A. Also on the bus was B': 'also' with a copula on board or on
    the list, right after a sentence that named a member, adds one more member to that group."""
    out: list[Membership] = []
    for tok in tokens_in(ctx.doc, "LEMMA", frozenset({"be"})):
        if (
            tok.i in ctx.quoted
            or tok.sent.start == 0
            or not any(c.dep_ == "advmod" and c.lower_ == "also" and c.i < tok.i for c in tok.children)
        ):
            continue
        before = ctx.doc[tok.sent.start - 1].sent
        told = [m for m in memberships if before.start <= m.token.i < before.end and m.persons]
        if not told or told[-1].token.lower_ != "among":
            continue
        if _vehicle_in(tok) is None and not _on_the_list(tok):
            continue  # "Also at the airport was his lawyer, B": there, not one of them
        if any(t.dep_ == "neg" for c in tok.children for t in (c, *c.children)) or not asserted(tok):
            continue  # "Also not on the list was X"
        holders = [c for c in tok.children if c.dep_ in ("nsubj", "attr")]
        persons = [p for c in holders for p in ctx.persons_in(c) if p not in told[-1].persons]
        if persons:
            out.append(Membership(tok, persons, told[-1].type, group=told[-1].group))
    return out


def _set_off_name(ctx: DocContext, end: Token) -> list[Person]:
    """The one person named between commas right after `end` ('A third, C, died')."""
    doc = ctx.doc
    at = end.i + 2
    if at >= len(doc) or doc[end.i + 1].text != "," or (person := ctx.owner_at.get(at)) is None:
        return []
    close = next((e for s, e in person.mentions if s == at), None)
    return [person] if close is not None and close < len(doc) and doc[close].text == "," else []


_ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
             "ninth": 9, "tenth": 10}  # fmt: skip
_ORDINAL_WORDS = frozenset(_ORDINALS)


_QUANTIFIERS = frozenset({"one", "both", "some", "several"})


def _may_pick_out(doc: Doc, start: int) -> list[Token]:
    """The tokens from `start` on that `_picked_out` may read (every other gives nothing): an
    ordinal, the noun an ordinal modifies, a number or a quantifier; found through the words'
    index, not a pass over the rest of the document."""
    ordinals = tokens_in(doc, "LOWER", _ORDINAL_WORDS)
    found = {t.i for t in ordinals} | {t.head.i for t in ordinals}
    found.update(np.flatnonzero(doc.to_array(LIKE_NUM)).tolist())
    found.update(t.i for t in tokens_in(doc, "LOWER", _QUANTIFIERS))
    return [doc[i] for i in sorted(found) if i >= start]


def _picked_out(tok: Token) -> tuple[str | None, int | None]:
    """The group noun a phrase picks people out of, and the rank it gives them: 'Two of the
    teachers' (teacher, None), 'The fourth teacher' (teacher, 4), a bare 'A third' (None, 3) that
    goes on from the noun just told. ('Another defendant, X,' is not read: "another" may as well
    bring in someone of another case.)"""
    if tok.lower_ in _ORDINALS:  # (spaCy's like_num holds ordinals too)
        article = any(c.lower_ in ("a", "the") and c.i == tok.i - 1 for c in tok.children)
        return (None, _ORDINALS[tok.lower_]) if article else (None, None)
    if tok.like_num or tok.lower_ in ("one", "both", "some", "several"):
        whole = _of_object(tok)
        if (
            whole is not None
            and whole.tag_ == "NNS"
            and has_det(whole, ("the", "these", "those"))
            and not any(c.lower_ == "other" for c in whole.children)
        ):
            return whole.lemma_.lower(), None
        return None, None
    if tok.pos_ == "NOUN" and tok.tag_ == "NN":
        ordinal = next((c for c in tok.children if c.dep_ == "amod" and c.lower_ in _ORDINALS), None)
        if ordinal is not None and has_det(tok, ("the",)):
            return tok.lemma_.lower(), _ORDINALS[ordinal.lower_]
    return None, None


def _group_nouns(f: Finding) -> set[str]:
    """The nouns a counted group is told by ("14 teachers", "her and four of her teachers"); none
    for a part picked out of a group told before ("Two of the teachers")."""
    patient = patient_of(f.trigger, f.type)
    if patient is None and f.trigger.pos_ == "NOUN":
        patient = _of_object(f.trigger)  # "the conviction of five young activists": an event noun's group
    if patient is None:
        return set()
    # "arrested X and four of her teachers": the parser hangs the number on the verb or on X
    rest = [c for h in (f.trigger, patient) for c in h.children if c.dep_ == "conj" and c.like_num]
    heads = [patient, *rest]
    nouns: set[str] = set()
    for head in heads:
        if head.pos_ == "NOUN" and head.tag_ == "NNS":
            nouns.add(head.lemma_.lower())
        for of in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"):
            for whole in (g for g in of.children if g.dep_ == "pobj" and g.tag_ == "NNS"):
                if has_det(whole, ("the", "these", "those")):
                    return set()  # a part of a group told before
                nouns.add(whole.lemma_.lower())
    return nouns


def _refers_to_group(subject: Token) -> bool:
    """'they', 'these', 'the three', 'the men', 'the activists': a subject pointing back to a group."""
    if subject.lower_ in ("they", "these"):
        return True
    return has_det(subject, ("the", "these", "those")) and (
        subject.like_num or subject.tag_ in ("NNS", "NNPS")
    )


def broken_down(findings: list[Finding]) -> list[Membership]:
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
        rest = 0
        sentences = {s.start: n for n, s in enumerate(group.trigger.doc.sents)}
        last = sentences[group.trigger.sent.start]
        for f in ordered[k + 1 :]:
            if f.type != group.type:
                continue
            at = sentences[f.trigger.sent.start]
            if at > last + _BREAKDOWN_GAP:
                break  # ("... In a separate case, X was sentenced": far on, no longer the breakdown)
            last = at
            named_part = f.count == len(f.persons) and not f.part  # "Two women, A and B, were jailed"
            if (f.group_ref or f.count is not None) and not named_part:
                # "... D was given eight years. The remaining seven defendants received ...": the
                # rest of the group, after its named members
                rest = f.count if f.count and not f.persons and _the_remaining(f) else 0
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
        if len(named) + rest == group.count:
            out += [Membership(f.trigger, list(f.persons), group.type, group=group) for f in parts]
    return out


# how many sentences may stand between a counted group's breakdown items (the lead-in and a
# list's lines, a sentence about the trial between two verdicts)
_BREAKDOWN_GAP = 3

_REMAINING = frozenset({"remaining", "other"})


def _the_remaining(f: Finding) -> bool:
    """'The remaining seven defendants', 'the other five': a definite counted group of the rest."""
    patient = patient_of(f.trigger, f.type)
    if patient is None or not has_det(patient, ("the",)):
        return False
    return any(c.dep_ == "amod" and c.lower_ in _REMAINING for c in patient.children)


# group nouns that tell their members' gender
_GROUP_GENDER = {
    **dict.fromkeys(["men", "brothers", "sons", "fathers", "husbands", "boys"], "m"),
    **dict.fromkeys(["women", "sisters", "daughters", "mothers", "wives", "girls"], "f"),
}


_LIST_NOUNS = frozenset({"list", "group", "batch", "name"})


def _as_one_of(one: Token) -> bool:
    """'He had been given a five-year sentence in 2022, as one of 37 activists convicted in a mass
    trial': "as one of N" on a clause's verb gives the clause's subject a place in the counted
    group (the feature and obituary register); `_subject_past_time` finds that subject."""
    return one.dep_ == "pobj" and one.head.lower_ == "as" and one.head.dep_ == "prep"


def _subject_past_time(one: Token, told: Token) -> Token | None:
    """'X was freed in August 1978, one of 59 prisoners released after ...': the parser sets "one"
    off after the time or place that closes the clause; it is the subject of that clause's verb,
    when that verb tells the same event as the group's participle ("..., as one of 37 activists
    convicted": the role phrase's "as" hangs on that verb)."""
    if _as_one_of(one):
        return _same_event_subject(one.head.head, told)
    verb = one.head
    for _ in range(3):  # ("was detained at her home in Minsk, one of 12 journalists detained")
        if verb.dep_ != "pobj" or verb.head.dep_ != "prep" or fold(verb.text) in PERSON_NOUNS:
            return None
        verb = verb.head.head
        if verb.pos_ in ("VERB", "AUX"):
            break
    return _same_event_subject(verb, told)


def _same_event_subject(verb: Token, told: Token) -> Token | None:
    """The subject of `verb` when it is a verb of the same event type as the group's `told`."""
    if verb.pos_ not in ("VERB", "AUX") or trigger_type(verb) is None:
        return None
    if trigger_type(verb) != trigger_type(told):
        return None
    return subject_of(verb)


_WHITHER = frozenset({"to", "into", "across", "over", "onto", "out"})


# the prepositions that put someone on a vehicle ("put on the plane", "loaded onto a bus")
_ONTO = frozenset({"on", "onto", "aboard", "into"})


def _boarded(verb: Token) -> bool:
    """'Among those put on the flight were A and B', 'A and B were among the 14 who were put on
    a bus ... and left at the crossing': a verb that puts a group on a vehicle names the group
    by the journey that took it, as 'those flown out' does (`_ABROAD_JOURNEYS`), so its list
    joins the group driven or flown abroad, not a group of its own. Census in docs/extract.md
    (session 56)."""
    if verb.pos_ != "VERB":
        return False
    transport = lexicon("transport")
    return any(
        g.dep_ == "pobj" and (g.lemma_.lower() in transport or g.lower_ == "board")
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in _ONTO
        for g in c.children
    )


def _own_predicate(clause: Token) -> bool:
    """'those denied treatment', 'those who remember him', 'those following the hearing': a verb
    that tells no event, no custody and no journey of a group told before (not 'those who
    arrived in Vilnius', 'those named by Viasna') describes a group of its own."""
    if clause.pos_ not in ("VERB", "AUX") or trigger_type(clause) is not None:
        return False
    if any(c.dep_ == "prt" or c.dep_ == "prep" and c.lower_ in _WHITHER for c in clause.children):
        return False  # "those forced out", "those put over the border": moved, as the group was
    if _boarded(clause):
        return False  # "those put on the flight", "the 14 who were loaded onto a bus": carried off
    lemma = clause.lemma_.lower()
    return lemma not in lexicon("journey_verbs") and lemma not in lexicon("naming_verbs")


def _described_state(group: Token) -> str | None:
    """'Those still in prison include X', 'Among those who remain behind bars is X': words that
    tell no event but say the group is held make it one that was arrested, never the one a
    release told before freed."""
    described = [c for c in group.children if c.dep_ in ("relcl", "acl", "prep")]
    held = any(
        g.lemma_.lower() in CUSTODY_WORDS or g.lower_ in CUSTODY_WORDS for c in described for g in c.subtree
    )
    return "arrest" if held else None


def _event_told_again(noun: Token) -> str | None:
    """'the pardon', 'this amnesty', 'Friday's releases': an event noun made definite (an article,
    a demonstrative or a noun's possessive, not 'his') points back to an event already told; its
    type. Not 'a pardon' (any one), nor a death (one person's own)."""
    etype = noun_rules().get(noun.lemma_.lower())
    if etype not in _COVERING_TYPES:
        return None
    # (the word before, too: a misparse may hang "the" elsewhere)
    before = noun.doc[noun.i - 1].lower_ if noun.i > 0 else ""
    definite = (
        has_det(noun, _DEFINITE)
        or before in _DEFINITE
        or any(c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN") for c in noun.children)
    )
    return etype if definite else None


def _reached_by_event(ctx: DocContext, verb: Token) -> Membership | None:
    """The people an event told again reached, in every voice: 'the pardon covered A and B', 'The
    amnesty included X', 'the release extended to X', 'X was covered by (included in) the pardon',
    'X benefited from the amnesty'. The sentence tells that they went through it, and they join
    the group event it told before. Not negated, not hoped or planned ('they had hoped the pardon
    would cover X')."""
    if any(c.dep_ == "neg" for c in verb.children) or not asserted(verb):
        return None
    pobjs = {
        c.lower_: g
        for c in verb.children
        if c.dep_ in ("prep", "agent")
        for g in c.children
        if g.dep_ == "pobj"
    }
    misread = _reach_read_as_modifier(verb)
    if misread is not None:
        # "that the pardon covered journalist X, ...": the tagger read the verb as a participle
        # modifying the object's first noun and the event noun as its modifier
        event, people = misread
    elif verb.lemma_ == "benefit" or is_passive(verb):
        # "X benefited from the amnesty", "X was covered by the pardon", "was included in it"
        event = pobjs.get("from") if verb.lemma_ == "benefit" else pobjs.get("by") or pobjs.get("in")
        people = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    else:
        event = subject_of(verb)
        if verb.lemma_ == "extend":
            people = [pobjs["to"]] if "to" in pobjs else []  # "the amnesty extended to X"
        else:
            people = [
                c
                for c in verb.children
                if c.dep_ in ("dobj", "dative") or c.dep_ == "conj" and c.pos_ == "PROPN"
            ]
    etype = _event_told_again(event) if event is not None else None
    if etype is None:
        return None
    persons = distinct([p for c in people for p in _listed_names(ctx, c)])
    return Membership(verb, persons, etype, tells_event=True) if persons else None


def _reach_read_as_modifier(verb: Token) -> tuple[Token, list[Token]] | None:
    """'the pardon covered journalist X' parsed as "covered" an adjective of "journalist" and
    "pardon" its modifier: the event noun right before the verb and the noun phrase after it."""
    if verb.dep_ != "amod" or verb.head.i <= verb.i:
        return None
    event = next(
        (c for c in verb.children if c.dep_ in ("npadvmod", "nsubj", "compound") and c.i < verb.i), None
    )
    if event is None:
        return None
    phrase = verb.head
    while phrase.dep_ == "compound" and phrase.head.i > phrase.i:
        phrase = phrase.head
    return event, [phrase]


def _names_a_group(subj: Token) -> bool:
    """The subject of 'included' is a group whose members the object names: 'they', 'those
    freed', 'the list', 'the group', 'the freed prisoners', 'other prisoners released'."""
    if subj.lower_ in ("they", "those", "these", "them") or has_det(subj, ("those", "these")):
        return True
    if subj.lower_ == "others" and has_det(subj, ("the",)):
        return True  # "Seven were arrested. X was their leader. The others included A and B": the rest
    if subj.lemma_.lower() in _LIST_NOUNS:
        return has_det(subj, ("the", "this", "that"))
    if subj.like_num:
        return has_det(subj, ("the",))  # "The six include X and Y"
    if subj.tag_ not in ("NNS", "NNPS"):
        return False
    described = any(
        c.dep_ in ("acl", "relcl") and trigger_type(c) or c.dep_ == "amod" and c.lower_ in _PARTICIPLES
        for c in subj.children
    )
    if described:
        return True
    return has_det(subj, ("the",)) and (subj.lemma_.lower() in _GROUP_NOUNS or _counted_just_before(subj))


def _counted_just_before(noun: Token) -> bool:
    """'Police detained 14 activists on Sunday. The activists include A and B': a plural noun
    with 'the' tells again the group the sentence just before counted by the same noun (not
    another group: "... detained 20 protesters. The organisers include A" may be of none)."""
    sent = noun.sent
    if sent.start == 0 or noun.i in (c.i for c in noun.children if c.dep_ == "nummod"):
        return False
    before = noun.doc[sent.start - 1].sent
    lemma = noun.lemma_.lower()
    return any(
        t.tag_ in ("NNS", "NNPS")
        and t.lemma_.lower() == lemma
        and any(c.dep_ == "nummod" or c.lower_ in ("dozens", "hundreds") for c in t.children)
        for t in before
    )


_GROUP_NOUNS = frozenset({"prisoner", "detainee", "defendant", "convict", "inmate", "captive"})


def _list_told_before(it: Token) -> Token | None:
    """'The full list of those released has been published. Besides A, it includes B': "it" as
    the subject of "includes" is the list that the sentence before had as its subject."""
    sent = it.sent
    if sent.start == 0:
        return None
    before = it.doc[sent.start - 1].sent
    subj = next((c for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.lemma_.lower() not in _LIST_NOUNS or (listed := _of_object(subj)) is None:
        return None
    # (only a list of people an event is told of: not "the list of candidates")
    return subj if any(c.dep_ in ("acl", "relcl") and trigger_type(c) for c in listed.children) else None


_BACKGROUND_DEPS = frozenset({"relcl", "acl", "advcl", "prep", "poss", "punct"})


_TRAILING_NAME_DEPS = frozenset({"npadvmod", "appos", "dobj", "dep"})


def _trailing_members(ctx: DocContext, among: Token, etype: str | None) -> Membership | None:
    """'Police freed 16 prisoners on Friday, among them the journalist X' (the parser hangs the
    names on the verb): members of the event of the verb the list trails, or of the trigger that
    verb continues ("freed 16 prisoners and forced them to leave, among them X"). A verb of no
    event has none: "Aliyev signed a decree covering 154 prisoners, among them six ..."."""
    verb = among.head
    home = home_country(ctx)  # as the findings read it: no country but Lithuania, no "abroad"
    while trigger_type(verb, home) is None and verb.dep_ in ("conj", "xcomp") and verb.head.pos_ == "VERB":
        verb = verb.head
    kind = trigger_type(verb, home)
    if kind is None or not asserted(verb):
        return None
    names = [c for c in among.head.children if c.i > among.i and c.dep_ in _TRAILING_NAME_DEPS]
    # "released 212 prisoners, X among them": the name set off right before "among them"
    names += [
        c
        for c in among.head.children
        if c.right_edge.i == among.i - 1
        and c.dep_ in _TRAILING_NAME_DEPS
        and among.doc[c.left_edge.i - 1].text == ","
        and any(g.lower_ == "them" for g in among.children)
    ]
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
        stack += _item_hung_on_place(ctx, t)
    order = {id(p): min((s for s, _ in p.mentions), default=0) for p in found}
    return sorted(found, key=lambda p: order[id(p)])


def _item_hung_on_place(ctx: DocContext, item: Token) -> list[Token]:
    """'A, editor of X, B of Y and C, a poet': the parser hangs the list's next name on the place
    or outlet of the item before it ('of [Y and C]', 'of [X, B]'); a named person conjoined or set
    beside a preposition's object that is no person is the list's next item (but 'the wife of A
    and B' stays inside)."""
    return [
        g
        for c in item.children
        if c.dep_ == "prep"
        for o in c.children
        if o.dep_ == "pobj" and o.i not in ctx.owner_at and not is_people(o)
        for g in o.children
        # ("editor of the weekly X, B of Y": or as an apposition to it)
        if g.dep_ in ("conj", "appos") and g.pos_ == "PROPN" and g.i in ctx.owner_at
    ]


def _verbless(head: Token, among: Token) -> bool:
    """'Among them: A, B and C.': a list sentence whose root is the names, with no verb (but the
    participle of the group itself: 'Among those taken away in police vans: A and B')."""
    inside = range(among.left_edge.i, among.right_edge.i + 1)
    return head.dep_ == "ROOT" and not any(t.pos_ in ("VERB", "AUX") and t.i not in inside for t in head.sent)


def counted_among(ctx: DocContext, findings: list[Finding]) -> list[Membership]:
    """'A got five years; B, C and D were cleared. The four were among 17 staff members arrested
    in raids in March': a group counted back ('the four', 'all four', 'both') said to be among a
    group an event tells of is the people named before it, when they are that many (as for
    'The four were arrested in March')."""
    out: list[Membership] = []
    ordered: list[Finding] | None = None
    for among in tokens_in(ctx.doc, "LOWER", ("among",)):
        if among.i in ctx.quoted or among.dep_ != "prep" or among.head.lemma_ != "be":
            continue
        subject = next((c for c in among.head.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.i > among.i:
            continue
        if subject.lower_ == "both":
            count = 2
        elif subject.lower_ == "they" and (back := _counted_subject_before(among.sent)) is not None:
            count = back  # "The four - A, B, C and D - were freed on bail. They were among eight ..."
        elif (
            subject.like_num
            and has_det(subject, ("the", "all"))
            or subject.dep_ == "nsubj"
            and any(c.dep_ == "nummod" for c in subject.children)
            and has_det(subject, ("the",))
        ):
            count = parse_number(
                subject.text
                if subject.like_num
                else next(c.text for c in subject.children if c.dep_ == "nummod")
            )
        else:
            continue
        group = next((c for c in among.children if c.dep_ == "pobj"), None)
        inner = (
            next((c for c in group.children if c.dep_ in ("acl", "relcl")), None)
            if group is not None
            else None
        )
        if inner is None and group is not None:
            # "among 11 staff of the channel arrested in raids": or on the noun after "of"
            inner = next(
                (
                    c
                    for of in group.children
                    if of.dep_ == "prep" and of.lower_ == "of"
                    for g in of.children
                    for c in g.children
                    if c.dep_ in ("acl", "relcl")
                ),
                None,
            )
        if inner is None and group is not None:
            # "were among 11 employees of the outlet detained in raids": the parser may hang the
            # group's participle on the copula
            inner = next(
                (
                    c
                    for c in among.head.children
                    if c.dep_ == "advcl"
                    and c.tag_ in ("VBN", "VBD")  # (the tagger may read "rounded up" as a past form)
                    and c.i > group.i
                    and not any(g.dep_ in ("nsubj", "nsubjpass", "mark") for g in c.children)
                ),
                None,
            )
        etype = trigger_type(inner) if inner is not None else None
        if not count or count < 2 or etype is None or _denied(among):
            continue
        if not asserted(inner) or not asserted(among.head):
            continue
        if ordered is None:
            ordered = sorted(findings, key=lambda g: g.trigger.i)
        probe = Finding(etype, among.head, count=count, counted_back=True)
        if among.head.sent.start > 0:
            told_back(ctx, ordered, probe)
        if probe.persons:
            # (placed at the participle, after the group's event it joins)
            whole = count_of(group)[0] if group is not None else None
            out.append(Membership(inner, probe.persons, etype, tells_event=True, count=whole))
    return out


def _counted_subject_before(sent: Span) -> int | None:
    """The number of the group counted back as the subject of the sentence before ('The four',
    'All six'), which a 'They' opening `sent` refers to; None when there is none."""
    if sent.start == 0:
        return None
    before = sent.doc[sent.start - 1].sent
    subject = next((c for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or not counted_back(subject):
        return None
    number = subject if subject.like_num else next((c for c in subject.children if c.dep_ == "nummod"), None)
    return parse_number(number.text) if number is not None else None


__all__ = [
    "refusers_named_back",
    "also_in_the_group",
    "also_listed",
    "counted_parts_named",
    "counted_among",
    "MEMBER_LEMMAS",
    "MEMBER_WORDS",
    "all_but",
    "broken_down",
    "companion_groups",
    "bulleted_members",
    "counted_parts",
    "gapped_groups",
    "membership_at",
    "on_board",
    "described_members",
    "picked_by_age",
    "named_by_their_noun",
    "named_part_of_earlier",
    "named_next",
    "named_parts",
    "part_of_earlier",
    "split_by_place",
]


def _in_describing_clause(tok: Token) -> bool:
    """The word stands in a relative or participial clause that describes a noun ('a trader to
    whom a court had given two years'), itself or above it within its sentence."""
    node = tok
    while True:
        if node.dep_ in ("relcl", "acl"):
            return True
        if node.head.i == node.i:
            return False
        node = node.head


def so_was(ctx: DocContext, findings: list[Finding]) -> list[Finding]:
    """'X was released on Friday. So was her colleague Y.': a sentence that opens with 'So' and a
    bare auxiliary repeats the one event the sentence before told of a named person, for its own
    subject ('Neither was Y' denies it)."""
    out: list[Finding] = []
    doc = ctx.doc
    for opener in tokens_in(doc, "LOWER", {"so"}):
        sent = opener.sent
        if (
            not opener.is_sent_start
            or sent.start == 0
            or len(sent) < 3
            or sent.root.lemma_ not in ("be", "do")
        ):
            continue
        if opener.head.i != sent.root.i or sent.root.i != opener.i + 1 or sent.root.i in ctx.quoted:
            continue
        if any(c.dep_ in ("acomp", "dobj", "attr", "xcomp", "ccomp", "neg") for c in sent.root.children):
            continue  # "So was the mood in the city"
        before = doc[sent.start - 1].sent
        told = [f for f in findings if before.start <= f.trigger.i < before.end and f.persons]
        # ("A, to whom a court had given two years, walked free. So did B": "did" repeats the main
        # verb, not a verdict told in passing in a clause describing A)
        told = [f for f in told if not _in_describing_clause(f.trigger)]
        if len({f.type for f in told}) != 1:
            continue
        subject = next((c for c in sent.root.children if c.dep_ == "nsubj"), None)
        persons = ctx.persons_in(subject, pronouns=False) if subject is not None else []
        persons = [p for p in persons if not any(p is q for f in told for q in f.persons)]
        if persons:
            out.append(Finding(told[0].type, sent.root, persons, date=None, confidence=0.7))
    return out
