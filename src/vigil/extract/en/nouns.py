"""Events told by a noun rather than a verb: "the arrest of X", "her release", "after his
detention", "the release of 47 political prisoners".
"""

from __future__ import annotations

from spacy.tokens import Token

from vigil.extract.en.attributes import date_text, is_abroad
from vigil.extract.en.context import DocContext
from vigil.extract.en.custody_since import STAY_PLACES
from vigil.extract.en.groups import (
    beside_objects,
    count_of,
    counted_with,
    has_det,
    is_group,
    is_people,
    named_and_others,
)
from vigil.extract.en.modality import SPEECH, asserted, described_by, sought_as_goal
from vigil.extract.en.participants import a_thing, names_after, persons_of, pronoun_is_safe
from vigil.extract.en.persons import PERSON_NOUNS, Person, fold
from vigil.extract.en.terms import UNREAL
from vigil.extract.en.triggers import (
    CUSTODY_WORDS,
    SECURITY_FORCES,
    abduction_by_takers,
    clause_verb,
    custody_stay_place,
    from_care,
    lexicon,
    noun_rules,
    short_length,
    term_in,
)
from vigil.extract.findings import Finding
from vigil.extract.scan import tokens_in, tokens_in_lowered


def event_nouns(ctx: DocContext, findings: list[Finding], home: str | None) -> list[Finding]:
    """'held since his arrest in 2023', 'after her release last year': an event noun with a
    possessor states the possessor's event, when nothing hedges it ('calls for his release',
    'his expected release') and no verb in the sentence already gave that person the event."""
    out: list[Finding] = []
    rules = noun_rules()
    for tok in tokens_in_lowered(ctx.doc, "LEMMA", rules):
        etype = rules[tok.lemma_.lower()]
        if tok.pos_ != "NOUN" or tok.dep_ == "compound" or tok.i in ctx.quoted:
            continue
        if any(c.dep_ == "compound" and c.lower_ in lexicon("release_compounds") for c in tok.children):
            continue  # "his press release", "the campaign's news release"
        following = ctx.doc[tok.i + 1].lower_ if tok.i + 1 < len(ctx.doc) else None
        record = etype == "sentence" and _criminal_record(tok)
        upheld = (
            tok.dep_ == "dobj" and tok.head.lemma_.lower() in _UPHOLDING
        )  # "upheld the convictions of 37"
        if etype == "sentence" and (tok.tag_ == "NNS" and not upheld or following == "that") and not record:
            continue  # "his political convictions", "her conviction that the war is wrong": beliefs
        if tok.lemma_.lower() == "sentencing" and not _sentencing_done(tok):
            continue  # "ahead of his sentencing", "at the sentencing hearing": still to come
        if etype == "release" and from_care(tok):
            continue  # "after her release from hospital"
        if tok.lemma_.lower() == "abduction" and abduction_by_takers(tok):
            continue  # "pirates ... as the abduction of seven crew members showed": hostages
        if etype == "release" and _term_after_release(tok):
            continue  # "received ten years and a two-year travel ban after her release": still to come
        if etype == "release" and _a_document(tok):
            continue  # "the D.A.'s release says", "said in a release": a press release
        custody = _custody_after(tok)
        if etype == "death" and not _in_custody_phrase(tok) and custody is None:
            continue  # a death is an event here only in custody ("his death in a penal colony")
        if etype == "arrest" and any(_custody_after(t) is tok for t in tok.doc[max(0, tok.i - 4) : tok.i]):
            continue  # "the death in detention of X": the detention is the place of the death
        if tok.lemma_.lower() == "amnesty":
            finding = _amnesty_for_group(ctx, tok)
            if finding is not None:
                out.append(finding)
            continue
        owner = next((c for c in tok.children if c.dep_ == "poss"), None)
        if owner is None and tok.dep_ == "conj" and tok.head.lemma_.lower() in rules:
            # "after X's arrest and extradition": the nouns joined share the possessor
            owner = next((c for c in tok.head.children if c.dep_ == "poss"), None)
        if owner is not None and owner.tag_ == "WP$":
            owner = _relative_antecedent(owner)  # "X, whose arrest in March prompted protests"
        if owner is not None and _agent_possessor(ctx, owner):
            owner = None  # "the government's release of 40 prisoners": whom it freed follows "of"
        if owner is None and (group := _counted_object(tok)) is not None and not a_thing(group):
            # "welcomed the release of 47 political prisoners, including A and B"
            # (abroad against the story's own country, not an assumed one)
            abroad = is_abroad(tok, home)
            if any(c.lower_ in UNREAL for c in tok.children) or not asserted(tok) or abroad:
                continue
            if _goal_of_for(tok):
                continue  # "a warrant for the arrest of two officials": sought, no one held yet
            persons = persons_of(ctx, group)
            # "confirmed the release of 13 prisoners, among them the poet A and B": the names
            # trailing the group (the parser hangs "among" on the noun or its object)
            for among in _among_them(tok, group):
                persons += [p for p in names_after(ctx, among) if p not in persons]
            finding = Finding(etype, tok, persons, date=date_text(tok), confidence=0.75)
            finding.count, finding.group = count_of(group)
            finding.group_ref = True
            finding.implies_release = False
            out.append(finding)
            continue
        if owner is None:
            owner = _named_object(ctx, tok) or _owner_of_what_stems(tok)  # "the arrest of journalist X"
            if owner is None and record:
                owner = _record_holder(tok)  # "X has three prior convictions"
            if owner is None:
                owner = _bare_event_subject(tok)  # "Upon release, X was put on a bus"
            if owner is None and etype == "death" and custody is not None:
                owner = _named_object(ctx, custody)  # "the death in detention of blogger X"
            if owner is None and etype == "arrest":
                owner = _pretrial_detention_for(ctx, tok)  # "ordered pre-trial detention for X"
            if owner is None:
                continue
        if owner.lower_ == "their":
            owner = _coordinated_subject(tok) or owner  # "A and B face charges after their arrest"
        if owner.lower_ in ("my", "our", "their", "its", "your"):
            continue
        if _goal_of_for(tok):
            continue  # "a warrant for his arrest", "campaigned for her release": a goal
        if sought_as_goal(tok):
            continue  # "the release of X remains a priority": sought, not done
        if (
            etype == "deportation"
            and tok.dep_ in ("dobj", "nsubjpass")
            and tok.head.lemma_.lower() in _NOUN_HEDGES
        ):
            # "detained since May, when a judge ordered her expulsion": decided, not done (nor
            # "his extradition to Spain was approved")
            continue
        if any(c.lower_ in UNREAL for c in tok.children) or not asserted(tok):
            continue
        if any(c.lower_ in ("no", "never") and c.dep_ in ("det", "neg") for c in tok.children):
            continue  # "X, who has no previous convictions": none
        persons = ctx.persons_in(owner, pronouns=owner.dep_ == "poss" or record)
        if owner.lower_ in ("his", "her") and (described := _relative_clause_owner(ctx, tok)) is not None:
            persons = [described]  # "X, a colleague of Y's, who ... has been jailed ever since his arrest": X
        if not persons and owner.lower_ in ("his", "her") and (ahead := _fronted_owner(ctx, tok)) is not None:
            persons = [ahead]  # "Before her arrest, the economist X taught in Almaty": X
        if (
            not persons
            or owner.lower_ in ("his", "her", "he", "she")
            and not pronoun_is_safe(ctx, owner, persons[0])
        ):
            continue
        count, group = _counted_companions(tok, len(persons)), None
        if count is None:
            # "the detention of X and 13 others": the named owner and a counted rest, as after a verb
            count, group = named_and_others(owner, len(persons), tok)
        known = [f for f in [*findings, *out] if f.type == etype and (count is None or f.count is not None)]
        if any({id(p) for p in f.persons} >= {id(p) for p in persons} for f in known):
            # 'since his arrest' usually refers back to an arrest already told (a count told only
            # here is news: a headline's "the detention of X and others", then "X and 13 others")
            continue
        finding = Finding(etype, tok, persons, date=date_text(tok), confidence=0.75)
        finding.implies_release = False
        finding.count, finding.group = count, group
        finding.group_ref = finding.count is not None
        if etype == "sentence":
            finding.term = _noun_term(tok, owner)  # "the sentencing of X to five years in prison"
        out.append(finding)
    return out


_UPHELD_NOUNS = frozenset({"sentence", "term", "conviction", "verdict"})


def upheld_for_group(ctx: DocContext, findings: list[Finding]) -> list[Finding]:
    """'The court upheld the sentences of four co-defendants', 'kept unchanged the prison terms of the
    three remaining defendants': a verdict confirmed on appeal for a counted group is that group's
    sentence (GUIDELINES: a term stated again stays a sentence), even though a bare 'sentences'
    is too often a belief or a total to be a trigger of its own."""
    out: list[Finding] = []
    for tok in tokens_in_lowered(ctx.doc, "LEMMA", _UPHELD_NOUNS):
        if tok.tag_ != "NNS" or tok.dep_ not in ("dobj", "nsubjpass", "nsubj") or tok.i in ctx.quoted:
            continue
        verb = tok.head
        # ("had their convictions upheld": the parser may hang the participle on the verdicts)
        verb = next((c for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN"), verb)
        kept = (
            verb.lemma_ in _UPHOLDING
            or verb.lemma_ in ("leave", "keep")
            # (the parser may hang "unchanged" on the noun: "kept unchanged the terms of ...", or on
            # the group after it: "left the sentences of five administrators unchanged")
            and any(c.lower_ in ("unchanged", "intact") for c in (*verb.children, *tok.subtree))
        )
        if not kept or any(c.dep_ == "neg" for c in verb.children):
            continue
        owner = _verdicts_owner(tok)
        if owner is None:
            continue
        group, verb = owner
        if not asserted(verb) or any(c.dep_ == "neg" for c in verb.children):
            continue
        if (
            group is None
            or not is_group(group)
            or a_thing(group)
            or any(c.dep_ == "poss" for c in group.children)
        ):
            continue  # (not "upheld the terms of her two co-accused": counted beside a named one)
        if (finding := _counted_verdict(tok, group, findings)) is not None:
            out.append(finding)
    return out


def verdict_for_group(ctx: DocContext, findings: list[Finding]) -> list[Finding]:
    """'The court delivered its verdict in the case of four railway workers', 'passed sentence on
    three Jehovah's Witnesses', 'upheld life imprisonment for 43 defendants', 'condemns the
    sentences handed down ... to four journalists': a verdict a court gave (or confirmed) to a
    counted group of people is that group's sentence, with the count in the verdict noun's own
    phrase (GUIDELINES: a count needs a number in the event's own clause). The verdict noun alone
    is too often a belief, a total or a term to be a trigger, so only a verb that gives a verdict
    (`verdict_giving`) frames it: its object, or a participle on it. Not a verdict to come ("is due
    to deliver its verdict"), asked for ("asked for sentences of ... for all 14"), or negated."""
    out: list[Finding] = []
    nouns, giving = lexicon("verdict_nouns"), lexicon("verdict_giving")
    for tok in tokens_in_lowered(ctx.doc, "LEMMA", nouns):
        if tok.pos_ != "NOUN" or tok.i in ctx.quoted:
            continue
        framed = _verdict_frame(tok, giving)
        if framed is None:
            continue
        verb, group, prep = framed
        if not asserted(verb) or any(c.dep_ == "neg" for c in verb.children) or _goal_of_for(tok):
            continue
        if not _given_to_people(group, prep) or _owned_group(group):
            continue  # (not "sentences for 12 posts", nor "the terms of her two co-accused")
        if (finding := _counted_verdict(tok, group, [*findings, *out])) is not None:
            out.append(finding)
    return out


def _counted_verdict(tok: Token, group: Token, told: list[Finding]) -> Finding | None:
    """The counted group's sentence at the verdict noun `tok`, unless the group has no exact
    number or a sentence of that count is told in the same sentence already; a verdict on a
    group read this way frees no one (a kept or given term is no release)."""
    count, label = count_of(group)
    if count is None or any(
        f.type == "sentence" and f.count == count and f.trigger.sent == tok.sent for f in told
    ):
        return None
    finding = Finding("sentence", tok, [], count=count, group=label, group_ref=True, confidence=0.75)
    finding.implies_release = False
    return finding


# the prepositions that name whom a verdict was given to ("against three", "on five", "to four")
_VERDICT_TO = ("against", "on", "to", "for")


def _owned_group(group: Token) -> bool:
    """'her two co-accused', 'Kolesnikova's three co-defendants': a group counted beside a named
    owner, whose members the text tells one by one. A possessive after the number is part of the
    group's name instead ("three Jehovah's Witnesses", "five People's Party members")."""
    first_number = min((t.i for t in group.subtree if t.like_num), default=None)
    return any(c.dep_ == "poss" and (first_number is None or c.i < first_number) for c in group.children)


def _given_to_people(group: Token, prep: Token) -> bool:
    """Whether the counted group a verdict is given to is people: any plural after "against",
    "on", "to" or "in the case of" ("three Jehovah's Witnesses", "five dockers": no list holds every
    trade) but the counts of charges, posts or money (`verdict_non_recipients`); after "for", which
    also gives the grounds ("sentences for 12 posts"), only a noun of people."""
    if is_people(group):
        return True
    if prep.lower_ == "for" or a_thing(group) or group.tag_ not in ("NNS", "NNPS"):
        return False
    lemma = group.lemma_.lower()
    return lemma not in lexicon("verdict_non_recipients") and lemma not in lexicon("money_and_measures")


def _verdict_frame(noun: Token, giving: frozenset[str]) -> tuple[Token, Token, Token] | None:
    """The verb that gives the verdict `noun`, the group it is given to and the preposition that
    names it: the noun as the object of a giving verb with the group after "against", "on", "to",
    "for" or "in the case of" (on the noun or the verb), or a giving participle on the noun
    ("sentences handed to three")."""
    verb = noun.head
    if noun.dep_ == "dobj" and verb.lemma_ in giving:
        holders = [noun, verb]
    else:
        verb = next((c for c in noun.children if c.dep_ == "acl" and c.tag_ in ("VBN", "VBD")), None)
        if verb is None or verb.lemma_ not in giving:
            return None
        if any(c.dep_ in ("nsubj", "dobj") for c in verb.children):
            return None  # a clause of its own, not a participle describing the verdict
        holders = [verb]
    for prep in (c for h in holders for c in h.children if c.dep_ == "prep"):
        objects = [g for g in prep.children if g.dep_ == "pobj"]
        if prep.lower_ == "in" and any(g.lemma_ == "case" for g in objects):
            # "delivered its verdict in the case of four railway workers"
            objects = [w for g in objects for c in g.children if c.lower_ == "of" for w in c.children]
        elif prep.lower_ not in _VERDICT_TO:
            continue
        group = next((g for g in objects if g.dep_ == "pobj" and is_group(g)), None)
        if group is not None:
            return verb, group, prep
    return None


# nouns of a clemency act whose scope is the people it frees ("a pardon decree covering 2,471
# detainees"); a bare "decree" only after such an act was named ("The decree covered 4,218 prisoners")
_CLEMENCY = frozenset({"pardon", "amnesty"})
# verbs that give a clemency act its scope: "covering", "covered", "applies to", "benefited"
_SCOPE_VERBS = frozenset({"cover", "apply", "benefit"})


def clemency_scope(ctx: DocContext, findings: list[Finding]) -> list[Finding]:
    """'signed a pardon decree covering 2,471 detainees', 'The amnesty applied to 900 inmates',
    '1,840 detainees granted a presidential pardon': an exact number of people a pardon or an
    amnesty that was issued covers were freed by it (a release of that count), though no verb
    of release tells it; not 'the amnesty will cover 700' (asserted only) nor 'covering 300 hectares'."""
    out: list[Finding] = []
    for tok in tokens_in_lowered(ctx.doc, "LEMMA", (*_CLEMENCY, "decree")):
        if tok.pos_ != "NOUN" or tok.i in ctx.quoted or not _clemency_act(tok):
            continue
        scope = _clemency_people(tok)
        if scope is None:
            continue
        group, verb = scope
        if not is_people(group) or not asserted(verb) or not asserted(clause_verb(verb.head)):
            continue
        count, label = count_of(group)
        if count is None or any(f.type == "release" and f.count == count for f in findings):
            continue
        if any(f.type == "release" and (f.count or 0) > count and f.trigger.i < tok.i for f in findings):
            continue  # ("freed 5,864 ... the amnesty also covered 180 foreigners": a part of those told)
        finding = Finding("release", group, [], count=count, group=label, group_ref=True, confidence=0.7)
        out.append(finding)
    return out


def _clemency_act(tok: Token) -> bool:
    """A pardon or amnesty, or a decree that is one ("a pardon decree", or "the decree" after a
    pardon or an amnesty was named earlier in the article)."""
    if tok.lemma_.lower() in _CLEMENCY:
        return True
    if any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in _CLEMENCY for c in tok.children):
        return True
    return any(t.lemma_.lower() in _CLEMENCY for t in tok.doc[: tok.sent.start])


def _clemency_people(act: Token) -> tuple[Token, Token] | None:
    """The people a clemency act covers and the verb that says so: 'a decree covering N' (a
    participle on the act), 'the decree covered N', 'the amnesty applies to N' (the act its
    subject), 'N detainees granted a pardon' (a participle on the people)."""
    verb = act.head
    if act.dep_ in ("nsubj", "nsubjpass") and verb.lemma_ in _SCOPE_VERBS:
        return _scope_object(verb)
    for c in act.children:
        if c.dep_ == "acl" and c.lemma_ in _SCOPE_VERBS and c.tag_ == "VBG":
            return _scope_object(c)
    if (
        act.dep_ == "dobj"
        and act.lemma_.lower() in _CLEMENCY
        and verb.lemma_ in ("grant", "give", "award")
        and verb.dep_ in ("acl", "advcl", "conj")
        and verb.tag_ in ("VBN", "VBD")
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children)
    ):
        # (the parser may read the reduced relative as an adverbial clause or a conjunct: "appeared
        # on a list of 1,840 detainees granted a pardon"; its people stand right before the participle)
        if verb.dep_ == "acl":
            return verb.head, verb
        people = verb.doc[verb.i - 1]
        return (people, verb) if people.tag_ == "NNS" else None
    return None


def _scope_object(verb: Token) -> tuple[Token, Token] | None:
    """The object of a scope verb: its direct object, or the object of 'to' after 'apply'."""
    for c in verb.children:
        if c.dep_ == "dobj":
            return c, verb
        if c.dep_ == "prep" and c.lower_ == "to":
            return next(((g, verb) for g in c.children if g.dep_ == "pobj"), None)
    return None


def _verdicts_owner(noun: Token) -> tuple[Token | None, Token] | None:
    """Whose verdicts `noun` (a plural verdict noun under an upholding verb) are, and the verb
    that asserts it: 'upheld the sentences of four', 'the sentences of four were upheld' (the
    "of" phrase); 'four defendants had (saw) their sentences confirmed' (the subject of the
    have-verb whose "their" the verdicts are). None when the noun stands in neither frame."""
    verb = noun.head
    upheld = next((c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"), None)
    if upheld is not None and noun.dep_ == "dobj" and verb.lemma_ in ("have", "see", "get"):
        # ("four defendants had their convictions upheld": the participle hung on the verdicts)
        if not any(c.dep_ == "poss" and c.lower_ == "their" for c in noun.children):
            return None
        return next((c for c in verb.children if c.dep_ == "nsubj"), None), verb
    if noun.dep_ in ("dobj", "nsubjpass"):
        group = next(
            (
                g
                for c in noun.children
                if c.dep_ == "prep" and c.lower_ == "of"
                for g in c.children
                if g.dep_ == "pobj"
            ),
            None,
        )
        return group, verb
    having = verb.head
    if (
        verb.tag_ != "VBN"
        or verb.dep_ not in ("ccomp", "xcomp")
        or having.lemma_ not in ("have", "see", "get")
        or not any(c.dep_ == "poss" and c.lower_ == "their" for c in noun.children)
    ):
        return None
    group = next((c for c in having.children if c.dep_ == "nsubj"), None)
    return group, having


def _counted_companions(noun: Token, named: int) -> int | None:
    """'her arrest with 9 other protesters', 'her detention along with four fellow students': the
    event noun's owner and the others counted beside them make one group (10, 5); not 'his arrest
    with 40 officers watching' (no 'other', 'fellow' or 'co-')."""
    for companions in beside_objects(noun):
        if counted_with(companions) and (count := count_of(companions)[0]) is not None:
            return count + named
    return None


def _relative_clause_owner(ctx: DocContext, noun: Token) -> Person | None:
    """The named person a relative clause describes, when the event noun stands in that clause
    ('X, a former classmate of Y's, who was convicted in 2021 and has been jailed ever since his arrest'):
    the clause's 'his' is its subject's, the name the clause hangs on, not the nearest name."""
    verb = clause_verb(noun.head)
    while verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head
    if verb.dep_ != "relcl" or not any(
        c.dep_ in ("nsubj", "nsubjpass") and c.tag_ == "WP" for c in verb.children
    ):
        return None
    # (the parser may hang the clause on the last noun of an aside: "X, a colleague of Y's at a
    # daily, who ...": up from it through the aside's phrases to the name; or on the first of two
    # names joined by 'and', when the clause's 'his' is the second's)
    node = described_by(verb, singular=True)
    for _ in range(5):
        if node.i in ctx.owner_at:
            return ctx.owner_at[node.i]
        named = next((c for c in node.children if c.dep_ == "appos" and c.i in ctx.owner_at), None)
        if named is not None:
            return ctx.owner_at[named.i]
        if node.dep_ not in ("pobj", "prep", "appos") or node.head.i == node.i:
            return None  # (through an apposition: "X, a fellow inmate who ... until his release")
        node = node.head
    return None


def _fronted_owner(ctx: DocContext, noun: Token) -> Person | None:
    """'Before her arrest, the economist X taught in Almaty': a 'his'/'her' in a phrase set before
    its clause's subject, with no one named earlier to point back to, is that subject's, when
    the subject names one person."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep":
        return None
    verb = clause_verb(prep.head)
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.left_edge.i < noun.i:
        return None
    if any(c.dep_ == "poss" for c in subject.children) or subject.lower_ in lexicon("relation_nouns"):
        return None  # "Since her release, her brother X has campaigned": the pronoun is another's
    named = ctx.persons_in(subject, pronouns=False)
    return named[0] if len(named) == 1 else None


def _noun_term(noun: Token, owner: Token) -> int | None:
    """The term of a sentencing noun: its own 'to five years', 'for six years' (which the parser
    may hang on the one sentenced), not a term inside a clause or an offence."""
    heads = {noun.i, owner.i}
    preps = [c for c in noun.subtree if c.dep_ == "prep" and c.head.i in heads]
    # ("Responding to the sentencing of X to six years": or on the verb, right after the phrase)
    after = noun.right_edge.i + 1
    if after < len(noun.doc):
        nxt = noun.doc[after]
        if nxt.dep_ == "prep" and nxt.head.i in (noun.head.i, noun.head.head.i):
            preps.append(nxt)
    for c in preps:
        if c.lower_ in ("to", "for") and (months := term_in(c)):
            return months
    return None


# verbs that keep verdicts in force: the convictions they uphold are verdicts, not beliefs
_UPHOLDING = frozenset({"uphold", "confirm"})


# verbs that judge or report a sentencing that took place ("condemned the sentencing of X")
_JUDGING = frozenset(
    {"condemn", "confirm", "denounce", "protest", "criticise", "criticize", "decry", "deplore", "slam"}
)


def _among_them(noun: Token, group: Token) -> list[Token]:
    """The "among them" trailing a counted event noun ("the release of 13 prisoners, among them
    A and B"), which the parser hangs on the noun, its group, or an apposition of either."""
    owners = (noun.i, group.i)
    return [
        t
        for t in noun.doc[group.i + 1 : noun.sent.end]
        if t.lower_ == "among"
        and t.dep_ == "prep"
        and any(c.lower_ == "them" for c in t.children)
        and (t.head.i in owners or t.head.dep_ == "appos" and t.head.head.i in owners)
    ]


def _sentencing_done(noun: Token) -> bool:
    """'confirmed the recent sentencing of nine activists', 'after her sentencing in May': a
    sentencing told as done, not the hearing a story looks ahead to."""
    if any(c.dep_ == "amod" and c.lower_ in ("recent", "latest") for c in noun.children):
        return True
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in _JUDGING:
        return True
    if noun.dep_ == "pobj" and noun.head.lower_ == "to":
        # "Responding to the sentencing of X", "in response to her sentencing": a reaction to it
        reacting = noun.head.head
        if reacting.lemma_.lower() in _REACTING:
            return True
    return noun.dep_ == "pobj" and noun.head.lower_ in ("after", "since", "following")


_REACTING = frozenset({"respond", "react", "response", "reaction", "reply"})


def _coordinated_subject(noun: Token) -> Token | None:
    """The subject of the noun's clause when it names people joined by 'and' ('A and B were
    charged after their arrest'): whom 'their' points at without leaving the sentence. In an
    aside that describes such names ('A and B, held since their arrest in May, were freed', 'the
    two defendants, A and B, both held since their arrest', 'A and B, who have been in custody
    since their arrest'), the names it describes."""
    verb = clause_verb(noun.head)
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None and verb.dep_ in ("acl", "relcl"):
        return _names_described(verb)
    if verb.dep_ == "relcl" and subj is not None and subj.tag_ == "WP":
        return _names_described(verb)  # (not "most of whom": some of them)
    if subj is None or subj.pos_ != "PROPN" or not any(c.dep_ == "conj" for c in subj.children):
        return None
    return subj


def _names_described(clause: Token) -> Token | None:
    """The names joined by 'and' that a participle or relative clause describes: the clause's
    head, or the names set off beside the 'both' ('all') it hangs on."""
    head = clause.head
    if head.lower_ in ("both", "all") and head.dep_ == "appos":
        head = next((c for c in head.head.children if c.dep_ == "appos" and c.pos_ == "PROPN"), head)
    if head.pos_ != "PROPN" or not any(c.dep_ == "conj" and c.pos_ == "PROPN" for c in head.children):
        return None
    return head


# what says convictions are verdicts on record, not beliefs ("his religious convictions")
_RECORD_WORDS = frozenset({"prior", "previous", "past", "earlier", "former", "criminal"})


# a participle these qualify tells a recent event, not a label: "the recently freed prisoner X"
_RECENTLY = frozenset({"recently", "newly", "just", "freshly"})
_FREED_FORMS = frozenset({"freed", "released", "pardoned", "amnestied"})


def freshly_freed(ctx: DocContext, findings: list[Finding]) -> list[Finding]:
    """'the recently freed political prisoner X', 'newly released activist X': a participle made
    an adjective of a person noun or a name, dated by 'recently', tells X's release (not 'the
    newly released album by X', nor a bare label like 'freed prisoners')."""
    out: list[Finding] = []
    for tok in tokens_in(ctx.doc, "LOWER", _FREED_FORMS):
        if tok.dep_ != "amod" or tok.i in ctx.quoted:
            continue
        dated = any(c.dep_ == "advmod" and c.lower_ in _RECENTLY for c in tok.children)
        described = _freed_in_apposition(tok)
        if not dated and not described and not _titled_name(tok.head):
            continue
        noun = tok.head
        if not (noun.ent_type_ == "PERSON" or fold(noun.lemma_) in PERSON_NOUNS or described):
            continue
        while noun.dep_ == "compound" and noun.head.pos_ == "PROPN":
            noun = noun.head  # "prisoner" modifies the name "Volha Mayorava"
        if described:
            noun = noun.head  # "X, another freed American": the name the description is set off after
        persons = ctx.persons_in(noun, pronouns=False)
        known = [f for f in [*findings, *out] if f.type == "release"]
        persons = [p for p in persons if not any(p in f.persons for f in known)]
        if persons:
            out.append(Finding("release", tok, persons, date=date_text(tok), confidence=0.75))
    return out


def _freed_in_apposition(participle: Token) -> bool:
    """'X, another freed American', 'X, a freed prisoner': the participle describes the person a
    description set off after their name is of (a prisoner's noun or a nationality; not 'X, a freed
    hostage': held by kidnappers, not a state)."""
    noun = participle.head
    return (
        noun.dep_ == "appos"
        and noun.head.pos_ == "PROPN"
        and noun.tag_ in ("NN", "NNP", "NNPS", "NNS")
        and has_det(noun, ("a", "an", "another", "the"))
        and (fold(noun.lemma_) in PERSON_NOUNS or noun.ent_type_ == "NORP")
        and noun.lemma_.lower() not in lexicon("captivity_words")
    )


_COUNTED_PARTICIPLES = {
    "freed": "release",
    "released": "release",
    "pardoned": "release",
    "amnestied": "release",
    "deported": "deportation",
    "expelled": "deportation",
}


def counted_participle_groups(ctx: DocContext, findings: list[Finding]) -> list[Finding]:
    """'a plane carrying 11 freed prisoners landed', 'Lithuania takes in 52 deported Belarusians':
    a participle before an exactly counted people noun tells that group's event (not the
    definite 'the 11 freed prisoners' told before, not 'two of the freed detainees', and not a
    bare label 'freed prisoners')."""
    out: list[Finding] = []
    for tok in tokens_in(ctx.doc, "LOWER", tuple(_COUNTED_PARTICIPLES)):
        noun = tok.head
        if tok.dep_ != "amod" or tok.i in ctx.quoted or noun.tag_ not in ("NNS", "NNPS"):
            continue
        if not is_people(noun) or any(c.dep_ in ("det", "poss") for c in noun.children):
            continue
        number = next((c for c in noun.children if c.dep_ == "nummod" and c.i < tok.i), None)
        count = count_of(noun)[0] if number is not None else None
        if count is None or noun.dep_ == "pobj" and noun.head.lower_ == "of":
            continue
        etype = _COUNTED_PARTICIPLES[tok.lower_]
        verb = clause_verb(noun)
        if not asserted(verb) or any(f.type == etype and f.count == count for f in [*findings, *out]):
            continue
        finding = Finding(etype, tok, [], count=count, group_ref=True, date=date_text(tok), confidence=0.7)
        finding.implies_release = etype == "deportation"
        out.append(finding)
    return out


# participles after "among those" that tell the group's event ("among those detained")
_AMONG_PARTICIPLES = {
    **_COUNTED_PARTICIPLES,
    "detained": "arrest",
    "arrested": "arrest",
    "sentenced": "sentence",
    "jailed": "sentence",
    "convicted": "sentence",
}


_DESCRIBING = ("acl", "relcl")
_PLURALS = ("NNS", "NNPS")


def counted_among_those(ctx: DocContext, findings: list[Finding]) -> list[Finding]:
    """'Five journalists were among those released', 'Two Americans were among the prisoners freed
    in the exchange', 'Among those detained were three journalists': an exactly counted people noun
    that the copula puts among a group told by its participle is a counted part of that event (as
    'Seven of them were freed' is); the event itself is the membership's, which names no one here."""
    out: list[Finding] = []
    for among in tokens_in(ctx.doc, "LOWER", ("among",)):
        be = among.head
        if among.dep_ != "prep" or be.lemma_ != "be" or among.i in ctx.quoted or not asserted(be):
            continue
        group = next((c for c in among.children if c.dep_ == "pobj"), None)
        told = [group, *group.children] if group is not None else []
        participle = next(
            (t for t in told if t.lower_ in _AMONG_PARTICIPLES and (t is group or t.dep_ in _DESCRIBING)),
            None,
        )
        counted = next((c for c in be.children if c.dep_ in ("nsubj", "attr") and c.tag_ in _PLURALS), None)
        if participle is None or counted is None or not is_people(counted):
            continue
        if _not_the_whole_count(ctx, counted):
            continue
        # (the counted noun is the trigger: the participle on "those" would join the whole group's
        # cohort, whose count is the whole's)
        count, noun = count_of(counted) if any(c.dep_ == "nummod" for c in counted.children) else (None, None)
        etype = _AMONG_PARTICIPLES[participle.lower_]
        if count is None or any(f.type == etype and f.count == count for f in [*findings, *out]):
            continue
        out.append(
            Finding(etype, counted, [], count=count, group=noun, group_ref=True, date=date_text(participle))
        )
    return out


def counted_included(ctx: DocContext, findings: list[Finding]) -> list[Finding]:
    """'Those pardoned included 22 foreigners', 'The prisoners freed on Friday included four
    women': an exactly counted people noun that a group told by its participle includes is a
    counted part of that event, as 'Five journalists were among those released' is."""
    out: list[Finding] = []
    for include in tokens_in(ctx.doc, "LEMMA", ("include",)):
        if include.pos_ != "VERB" or include.i in ctx.quoted or not asserted(include):
            continue
        if any(c.dep_ == "neg" for c in include.children):
            continue
        whole = next((c for c in include.children if c.dep_ == "nsubj"), None)
        told = [whole, *whole.children] if whole is not None else []
        told = [t for t in told if t is whole or t.dep_ in _DESCRIBING]
        participle = next((t for t in told if t.lower_ in _AMONG_PARTICIPLES), None)
        if participle is None or not (whole.lower_ == "those" or has_det(whole, ("the", "those"))):
            continue
        for counted in (c for c in include.children if c.dep_ == "dobj"):
            if counted.tag_ not in _PLURALS or not is_people(counted) or _not_the_whole_count(ctx, counted):
                continue
            if not any(c.dep_ == "nummod" for c in counted.children):
                continue
            count, noun = count_of(counted)
            etype = _AMONG_PARTICIPLES[participle.lower_]
            if count is None or any(f.type == etype and f.count == count for f in [*findings, *out]):
                continue
            finding = Finding(etype, counted, [], count=count, group=noun, group_ref=True)
            finding.date = date_text(participle)
            out.append(finding)
    return out


def _not_the_whole_count(ctx: DocContext, counted: Token) -> bool:
    """'the five journalists' (told before), '12 journalists and a priest' (not the whole size),
    'two reporters, A and B' (a named list: the membership's)."""
    return any(c.dep_ in ("det", "poss", "conj") for c in counted.children) or bool(
        ctx.persons_in(counted, pronouns=False)
    )


def _titled_name(role: Token) -> bool:
    """'the freed journalist X', 'Released blogger X': a role noun with a name beside it (one
    person's title, not the label 'freed prisoners' or 'released hostages')."""
    return (
        role.tag_ == "NN"
        and fold(role.lemma_) in PERSON_NOUNS
        and role.lemma_.lower() != "hostage"
        and (
            role.dep_ == "compound"
            and role.head.pos_ == "PROPN"
            or any(
                c.dep_ == "appos" and c.pos_ == "PROPN" and c.i == role.right_edge.i for c in role.children
            )
        )
    )


# the places of a stay a phrase set off after a name dates from its start: "X, in custody since
# June," and (session 48: the read sets written blind annotate it as "in custody since") "X, in
# prison since 2023,", "X, behind bars since March,"
# (the places `custody_since.held_since_date` reads after "has been …", each with its preposition)
_ASIDE_STAYS = {word: prep for prep, words in STAY_PLACES.items() for word in words}
# an event a custody may be dated from instead of a time: "in prison since a wave of arrests in
# February 2023", "in custody since his arrest"
_ARREST_NOUNS = frozenset({"arrest", "detention", "roundup", "round-up"})
# how far the phrase set off may run before its closing comma
_ASIDE_SPAN = 12
# the marks that open a phrase set off after a name, each with the mark that closes it: commas,
# dashes and brackets (session 55: "X — in custody since last November — got four years",
# "X (behind bars since 2021) was freed"; the same aside, other punctuation)
_ASIDE_MARKS = {",": ",", "—": "—", "–": "–", "--": "--", "(": ")"}


def held_since_aside(ctx: DocContext, findings: list[Finding]) -> list[Finding]:
    """'X, in custody since June, has been charged': a phrase set off after a person that dates a
    detention from its start, as 'has been in pre-trial detention since June' does.

    Session 48 (the census of the read sets written blind, docs/extract.md "Session 48 — arrests
    told in passing (second round)"): the verbless aside is read as its verb twin
    `custody_since.held_since_date` reads "has been in prison since": "in prison / in jail /
    behind bars since" too, a "since" that names an arrest rather than a time ("in prison since a
    wave of arrests in February 2023"), and a person told by an age alone ("The 52-year-old, in
    custody since October 2025, was convicted"). Every such aside of the read sets is annotated (2
    of 2 the code missed). Not a named prison ("in Evin prison since"), and the phrase must close
    with a comma: "X, in prison since 2019 for ..." runs on into a clause of its own. Session 55:
    the aside set off by dashes or brackets is the same aside ("X — in custody since May — got
    four years", "X (behind bars since 2021)"), closed by its own mark."""
    out: list[Finding] = []
    doc = ctx.doc
    for tok in tokens_in(doc, "LOWER", frozenset(_ASIDE_STAYS)):
        opener = doc[tok.i - 1] if tok.i > 0 else None
        while (
            opener is not None
            and opener.i > tok.sent.start
            and opener.pos_ in ("ADJ", "DET", "NOUN", "PUNCT")
            and tok.lower_ in ("custody", "detention")
        ):
            if opener.text == ",":
                break
            opener = doc[opener.i - 1]  # "in pre-trial detention", "in police custody"
        if (
            opener is None
            or opener.lower_ not in (_ASIDE_STAYS[tok.lower_], "under")
            or opener.i < tok.sent.start + 2
        ):
            continue
        mark, name = doc[opener.i - 1], doc[opener.i - 2]
        after = doc[tok.i + 1 : min(tok.i + 1 + _ASIDE_SPAN, tok.sent.end)]
        if mark.text not in _ASIDE_MARKS or not after or after[0].lower_ != "since" or tok.i in ctx.quoted:
            continue
        closing = next((t for t in after if t.text == _ASIDE_MARKS[mark.text]), None)
        if closing is None:
            continue
        since = doc[after[0].i : closing.i]
        if not any(t.ent_type_ == "DATE" for t in since) and not any(
            t.lemma_.lower() in _ARREST_NOUNS for t in since
        ):
            continue
        person = ctx.owner_at.get(name.i) or ctx.person_at(name)
        if person is None or any(f.type == "arrest" and person in f.persons for f in [*findings, *out]):
            continue
        out.append(Finding("arrest", tok, [person], date=date_text(tok), confidence=0.75))
    return out


_LENGTHS = frozenset({"day", "week", "month", "year"})


def held_before_release(ctx: DocContext, findings: list[Finding]) -> list[Finding]:
    """'X was freed on bail after 14 months in pre-trial detention', 'released after a year on
    remand in custody': the time held untried that a release ends tells the detention too
    (not 'after four years in prison': time served is no arrest of its own)."""
    out: list[Finding] = []
    for f in findings:
        if f.type != "release" or not f.persons or f.trigger.i in ctx.quoted:
            continue
        for prep in _after_phrases(f.trigger):
            if prep.lower_ not in ("after", "following"):
                continue
            # ("after nearly six months in pre-trial detention": a length told roughly will do)
            length = next(
                (
                    g
                    for g in prep.children
                    if g.dep_ == "pobj" and (term_in(g) or g.lemma_ in _LENGTHS or short_length(g))
                ),
                None,
            )
            place = (
                next((c for c in length.children if c.dep_ == "prep" and c.lower_ in ("in", "under")), None)
                if length is not None
                else None
            )
            if place is None:
                continue
            if short_length(length) and custody_stay_place(place) is not None:
                # "freed after nine hours in police custody", "after two nights in a detention
                # centre": a short stay in custody is a detention whatever it awaited
                _arrest_for(f, place, findings, out)
                continue
            words = [t.lower_ for t in place.subtree]
            held = any(w in CUSTODY_WORDS for w in words)
            untried = any(w in ("pre-trial", "pretrial", "remand") for w in words) or (
                "pre" in words and "trial" in words
            )
            if not held or not untried:
                continue
            _arrest_for(f, place, findings, out)
        stay = _untried_stay_before(f.trigger)
        persons = [
            p for p in f.persons if not any(g.type == "arrest" and p in g.persons for g in [*findings, *out])
        ]
        if stay is not None and persons:
            out.append(Finding("arrest", stay, persons, confidence=0.75))
    return out


def _arrest_for(release: Finding, place: Token, findings: list[Finding], out: list[Finding]) -> None:
    """The detention a release ends, for those of its people with no arrest found yet."""
    persons = [p for p in release.persons if not any(g.type == "arrest" and p in g.persons for g in findings)]
    if persons:
        out.append(Finding("arrest", place, persons, confidence=0.75))


def _after_phrases(release: Token) -> list[Token]:
    """The release's own prepositional phrases, and those the parser hung on an infinitive inside
    them ('freed on a pledge not to leave the country after a month in pretrial detention')."""
    own = [c for c in release.children if c.dep_ == "prep"]
    inner = [
        t
        for t in release.subtree
        if t.dep_ == "prep" and t.head.tag_ == "VB" and t.head.dep_ == "acl" and t.head.head.head in own
    ]
    return own + inner


def _untried_stay_before(release: Token) -> Token | None:
    """'spent eight months in jail before being freed pending trial', 'spent a year in custody
    before being released without charge': a stay in custody that a release awaiting trial ends
    was a detention (not 'spent four years in prison before being freed': a term served). The
    custody word of the stay, or None."""
    if release.dep_ != "pcomp" or release.head.lower_ not in ("before", "until"):
        return None
    spent = release.head.head
    if spent.lemma_ != "spend" or not any(c.dep_ == "dobj" and term_in(c) for c in spent.children):
        return None
    place = next(
        (
            g
            for c in spent.children
            if c.dep_ == "prep" and c.lower_ in ("in", "behind")
            for g in c.children
            if g.dep_ == "pobj" and (g.lemma_.lower() in CUSTODY_WORDS or g.lower_ == "bars")
        ),
        None,
    )
    words = [t.lower_ for t in release.subtree]
    untried = any(w in ("pending", "pre-trial", "pretrial", "remand", "bail") for w in words) or (
        "without" in words and any(w in ("charge", "charges", "trial") for w in words)
    )
    return place if untried else None


def _relative_antecedent(whose: Token) -> Token | None:
    """The noun a 'whose' clause describes: 'X, whose release was secured by diplomats' is X's."""
    node = whose.head
    while node.dep_ != "relcl" and node.head.i != node.i:
        node = node.head
    return node.head if node.dep_ == "relcl" else None


# a bare event noun after these tells the subject's own event: "upon release", "after release from prison"
_BARE_EVENT_PREPS = frozenset({"upon", "on", "after", "following", "since"})


def _bare_event_subject(noun: Token) -> Token | None:
    """'Upon release, X was put on a bus', 'after release from prison she moved to Riga': a noun
    with no determiner nor owner, in a phrase of time, is the event of the clause's subject."""
    via = noun.head
    if noun.dep_ != "pobj" or via.lower_ not in _BARE_EVENT_PREPS or noun.tag_ != "NN":
        return None
    if any(c.dep_ in ("det", "poss", "nummod", "compound") for c in noun.children):
        return None
    verb = via.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PROPN"), None)


def _criminal_record(noun: Token) -> bool:
    """'three prior DUI convictions', 'previous convictions', 'convictions for kidnapping': a
    conviction noun that a record word, an offence noun or 'for' an offence marks as a verdict."""
    if noun.lemma_.lower() != "conviction":
        return False
    for child in noun.children:
        if child.dep_ == "amod" and child.lower_ in _RECORD_WORDS:
            return True
        if (
            child.dep_ == "compound"
            and child.pos_ in ("NOUN", "PROPN")
            and child.ent_type_ not in ("PERSON", "NORP")
        ):
            return True  # "DUI convictions", "two motor vehicle theft convictions"
        if child.dep_ == "prep" and child.lower_ == "for" and child.head.lower_ != "that":
            return True
    return False


def _record_holder(noun: Token) -> Token | None:
    """Who 'has' or 'had' the convictions: 'LaSalle has three prior DUI convictions', 'X, who
    ... and had previous convictions'."""
    verb = noun.head
    if noun.dep_ not in ("dobj", "conj") or verb.lemma_.lower() != "have":
        return None
    while verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ in ("who", "that") and verb.dep_ == "relcl":
        subject = verb.head
    return subject


def _term_after_release(noun: Token) -> bool:
    """'ten years and a two-year ban on leaving the country after her release', 'three years of
    police supervision upon release': a penalty that starts after the release the sentence sets
    (the release is still to come), not a release that happened."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("after", "upon", "on", "following", "from"):
        return False
    node, steps = prep.head, 0
    while node.dep_ in ("pcomp", "prep") and steps < 4:
        node, steps = node.head, steps + 1
    return node.pos_ == "NOUN" and node.lemma_.lower() in lexicon("after_release_terms")


def _a_document(noun: Token) -> bool:
    """A release that speaks or is spoken in: 'the prosecutor's release says', 'said in a release'."""
    if noun.dep_ == "nsubj" and noun.head.lemma_.lower() in SPEECH:
        return True  # (a release that "was announced" is someone's freeing made known)
    via = noun.head
    return noun.dep_ == "pobj" and via.lower_ == "in" and via.head.lemma_.lower() in SPEECH


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
    if obj is None or obj.pos_ == "PRON" or not ctx.persons_in(obj, pronouns=False) or is_group(obj):
        return None
    if noun.dep_ == "pobj" and noun.head.lower_ in ("for", "toward", "towards"):
        return None
    governor = noun.head.head if noun.dep_ == "pobj" else noun.head
    hedged = governor.lemma_.lower() in _NOUN_HEDGES or noun.head.lemma_.lower() in _NOUN_HEDGES
    if hedged and not _release_ordered(noun):
        return None
    return obj


def _release_ordered(noun: Token) -> bool:
    """'A court ordered the release of X': a court's order to free someone is their release, as
    'ordered X released' and 'ordered X's release' already were (the order not carried out is
    `modality.asserted`'s to catch); an order to arrest or to deport ('ordered the arrest of X')
    stays a warrant, a decision."""
    return (
        noun.lemma_.lower() in ("release", "freeing")
        and noun.dep_ == "dobj"
        and noun.head.lemma_ == "order"
        and noun.head.pos_ == "VERB"
    )


def _agent_possessor(ctx: DocContext, owner: Token) -> bool:
    """A state or an authority before an event noun ('Belarus's release of', 'the regime's arrest
    of'): the one who acts, not the one it happens to."""
    if owner.pos_ == "PRON" or ctx.persons_in(owner, pronouns=False):
        return False
    word = owner.lemma_.lower()
    return owner.ent_type_ in ("GPE", "NORP", "ORG") or word in _STATES or word in lexicon("authority_roles")


_STATES = frozenset({"government", "regime", "authority", "state", "court", "kremlin", "junta", "country"})


_PRETRIAL = frozenset({"pre", "trial", "pretrial", "pre-trial"})
_COURT_MEASURES = frozenset({"order", "impose", "extend", "approve", "choose", "sanction", "remand"})


def _pretrial(noun: Token) -> bool:
    """'pre-trial detention', 'pretrial custody': custody before trial, which a court orders for
    someone (its "for" names who is held, as "of" does)."""
    return noun.lemma_ in ("detention", "custody") and any(c.lower_ in _PRETRIAL for c in noun.children)


def _pretrial_detention_for(ctx: DocContext, noun: Token) -> Token | None:
    """'a court ordered (two months of) pre-trial detention for X': a court's measure of custody
    before trial, imposed on a named person (unlike 'ordered the arrest of X', a warrant)."""
    if not _pretrial(noun):
        return None
    governor = noun.head.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else noun.head
    if governor.lemma_ not in _COURT_MEASURES:
        return None
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "for"), None)
    obj = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep is not None else None
    if obj is None or obj.pos_ == "PRON" or not ctx.persons_in(obj, pronouns=False):
        return None
    return obj


def _amnesty_for_group(ctx: DocContext, noun: Token) -> Finding | None:
    """'announced an amnesty for 3,104 prisoners. Among those freed: ...': an amnesty of a
    counted group is its release when the text goes on to tell the release (an amnesty alone may
    still be a law to come: 'parliament passed an amnesty for 500 prisoners')."""
    doc = noun.doc
    group = _counted_object(noun)
    if group is None and noun.i + 1 < len(doc) and doc[noun.i + 1].lower_ == "for":
        group = next((g for g in doc[noun.i + 1].children if g.dep_ == "pobj"), None)
        if group is not None and (count_of(group)[0] is None or not is_group(group)):
            group = None
    if (
        group is None
        or a_thing(group)
        or not asserted(noun)
        or any(c.lower_ in UNREAL for c in noun.children)
    ):
        return None
    sent = noun.sent
    after = doc[sent.end : min(len(doc), sent.end + 40)]
    told = [t for t in (*sent, *after) if t.lower_ in _FREED_FORMS and t.i != noun.i]
    if not told or told[0].sent.start not in (sent.start, sent.end):
        return None
    finding = Finding("release", noun, persons_of(ctx, group), date=date_text(noun), confidence=0.7)
    finding.count, finding.group = count_of(group)
    finding.group_ref = True
    finding.implies_release = False
    return finding


def _goal_of_for(noun: Token) -> bool:
    """'a warrant for his arrest', 'campaigned for the release of 40 prisoners': an event noun
    after "for" or "toward" names what is sought, not what was done; unless "for" gives the
    ground of a judgement ("praised for the release of 12 prisoners", "blamed for his arrest")."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("for", "toward", "towards"):
        return False
    return noun.head.head.lemma_.lower() not in _JUDGED_FOR


# verbs whose "for" gives what was done, the ground of praise or blame
_JUDGED_FOR = frozenset(
    {"praise", "thank", "credit", "commend", "hail", "applaud", "criticise", "criticize", "condemn",
     "blame", "fault", "punish", "sanction", "apologise", "apologize"}
)  # fmt: skip


def _counted_object(noun: Token) -> Token | None:
    """The counted group of 'the release of 47 political prisoners', if the count is exact."""
    # ("confirmed convictions for 28 of the 31 defendants", "the convictions against nine")
    owning, holders = ("of",), [noun]
    if _pretrial(noun):
        owning = ("of", "for")  # "ordered pre-trial detention for twelve of them"
    if noun.lemma_.lower() == "conviction":
        owning = ("of", "for", "against")
        if noun.dep_ == "dobj":
            holders.append(noun.head)  # (the parser may hang "for 28" on "confirmed")
    of = next((c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in owning), None)
    group = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
    if group is None or count_of(group)[0] is None or not is_group(group):
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


__all__ = [
    "counted_participle_groups",
    "event_nouns",
    "freshly_freed",
    "held_since_aside",
    "upheld_for_group",
    "verdict_for_group",
    "clemency_scope",
]


def taken_by_force(ctx: DocContext, findings: list[Finding]) -> list[Finding]:
    """'the seizure of X by KGB officers', 'X's capture by police': the noun of a taking
    (`taking_nouns`) with the state's forces as its "by" agent is the arrest of the person it
    names, as 'was seized by KGB officers' is. Only with that agent: a capture by militants is a
    hostage-taking, 'his capture' alone may be either, and 'the seizure of power', 'Trump's capture
    of the nomination' take no person. Not a goal or an order ('a reward leading to the capture of
    X by police'), nor one no clause asserts."""
    out: list[Finding] = []
    for noun in tokens_in_lowered(ctx.doc, "LEMMA", lexicon("taking_nouns")):
        if noun.pos_ != "NOUN" or noun.i in ctx.quoted or not _taken_by_the_state(noun):
            continue
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        if any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
            owner = _named_object(ctx, noun)  # ("X's seizure of Y": Y is the one taken)
        if owner is None or owner.lower_ not in ("his", "her") and owner.pos_ != "PROPN":
            continue
        if _goal_of_for(noun) or sought_as_goal(noun) or not asserted(noun):
            continue
        if noun.dep_ == "pobj" and noun.head.head.lemma_.lower() == "lead":
            continue  # "information leading to the capture of X by police": a goal of a reward
        persons = ctx.persons_in(owner, pronouns=owner.dep_ == "poss")
        if not persons or owner.lower_ in ("his", "her") and not pronoun_is_safe(ctx, owner, persons[0]):
            continue
        if any(
            f.type == "arrest" and {id(p) for p in f.persons} >= {id(p) for p in persons} for f in findings
        ):
            continue
        finding = Finding("arrest", noun, persons, date=date_text(noun), confidence=0.75)
        finding.implies_release = False
        out.append(finding)
    return out


def _taken_by_the_state(noun: Token) -> bool:
    """A "by" phrase of the noun whose object is (or is headed by) a word of the state's forces
    ('by KGB officers', 'by the police', 'by security forces')."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "by"
        and any(g.dep_ == "pobj" and fold(g.lemma_) in SECURITY_FORCES for g in c.children)
        for c in noun.children
    )
