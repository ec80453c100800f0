"""Whether the article asserts an event: no negation, modal, condition, call, rumour, plan
or hedge governs its trigger.

Precision matters more than breadth here: "calls for the release of X", "X faces up to ten
years", "prosecutors asked for six years" must give no event, while "X, who was freed last
year" and "since his arrest" presuppose one that happened.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Token

from vigil.extract.doctext import span_text
from vigil.extract.en.persons import KIN_NOUNS, PERSON_NOUNS, fold
from vigil.extract.en.triggers import clause_verb, lexicon

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
        "foresee",  # "the deal foresees the release of 25 prisoners": terms of a deal, still to come
        "envisage",
        "envision",
        "anticipate",
        "schedule",
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
        "wish",
    ]
)
ALLOW_INFINITIVE_UNDER = frozenset(
    {"order", "force", "make", "compel", "sentence", "continue", "begin", "start", "allow", "permit"}
)
SPEECH = frozenset({"say", "tell", "add", "state", "announce", "confirm", "report"})


_RANKS = frozenset({"first", "last", "latest", "only", "second", "third", "fourth", "fifth", "sole"})


def only_to(verb: Token) -> bool:
    """'was freed, only to be rearrested at the gate': an infinitive of outcome tells what happened."""
    return any(c.dep_ == "advmod" and c.lower_ == "only" and c.i < verb.i for c in verb.children) and any(
        c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children
    )


def _ranked(verb: Token) -> bool:
    """'the latest prisoner to be freed', 'the first of the group to be released': an infinitive
    that ranks someone among those it happened to tells a fact ('the next to be freed' does not,
    nor a rank the copula only foresees: 'would be the first person to be deported')."""
    if verb.dep_ not in ("relcl", "acl"):
        return False
    noun = verb.head
    marks = [noun, *(c for c in noun.children if c.dep_ == "amod")]
    ranked = any(m.lower_ in _RANKS or m.tag_ == "JJS" and m.lower_ != "next" for m in marks)
    return ranked and not any(c.dep_ == "aux" and c.lower_ in MODALS for c in noun.head.children)


def sought_as_goal(tok: Token) -> bool:
    """'X's release remains our priority', 'freeing X is the goal of the campaign': the subject
    of a copula whose complement names an aim is sought, not done."""
    verb = tok.head
    if tok.dep_ not in ("nsubj", "csubj") or verb.lemma_.lower() not in ("be", "remain", "become", "stay"):
        return False
    goals = lexicon("goal_nouns")
    return any(c.dep_ in ("attr", "acomp", "oprd") and c.lemma_.lower() in goals for c in verb.children)


# forms too: the tagger's AUX "remains" keeps its form as its lemma
_STAYING = frozenset({"remain", "remains", "remained", "stay", "stays", "stayed"})


_SINGULAR_AUX = frozenset({"was", "is", "has", "'s"})


_NAMING = frozenset({"know", "call", "nickname", "dub"})


# nouns of anyone, which no list of roles holds ("a man who died in custody")
_PLAIN_PERSONS = frozenset({"man", "woman", "person", "boy", "girl", "child", "teenager", "youth"})


def described_by(clause: Token, singular: bool = False) -> Token:
    """The noun a relative clause describes: its head, but the name right before it when the
    parser hung the clause on the first of two coordinated nouns and the clause's verb is
    singular ("fellow member and journalist X, who was released": X; "A and B, who were
    released": both, through A), or the caller knows the clause is about one person (`singular`:
    "A and B, who until his arrest worked as a courier": B)."""
    head = clause.head
    doc = clause.doc
    if head.dep_ == "pobj" and head.head.lower_ == "as" and head.head.head.lemma_ in _NAMING:
        # "the rapper known as 'El Nino', who was locked up ...": the one so known
        return head.head.head.head
    if (
        clause.left_edge.lower_ in ("who", "whom")
        and head.dep_ == "pobj"
        and head.head.lower_ == "of"
        and head.tag_ == "NN"
        and head.ent_type_ != "PERSON"
        # ("X, the brother of a man who died after being detained": a person of the phrase is
        # who the clause tells of, not X)
        and fold(head.lemma_) not in PERSON_NOUNS | KIN_NOUNS | _PLAIN_PERSONS
        and names_person(head.head.head)
    ):
        # "X, a coordinator of the opposition coalition who was arrested": "who" is the person the
        # parser passed by, not the coalition it hung the clause on
        return head.head.head
    k = min(t.i for t in clause.subtree) - 1
    while k > head.i and doc[k].is_punct:
        k -= 1
    nearest = doc[k]
    singular = (
        singular
        or clause.tag_ == "VBZ"
        or any(c.dep_ in ("aux", "auxpass") and c.lower_ in _SINGULAR_AUX for c in clause.children)
    )
    while nearest.dep_ in ("compound", "flat") and nearest.head.i > nearest.i:
        nearest = nearest.head
    if nearest.dep_ == "appos" and nearest.like_num and nearest.head.i < nearest.i:
        nearest = nearest.head  # "A and B, 21, who ...": the age set off after the name
    coordinated = nearest.pos_ == "PROPN" and nearest.dep_ == "conj" and head in nearest.ancestors
    if nearest.i != head.i and singular and (coordinated or _owner_of_relation(head, nearest, clause)):
        return nearest
    return head


def _owner_of_relation(head: Token, name: Token, clause: Token) -> bool:
    """'Relatives of X, 64, who is serving eight years', 'the wife of X, who is serving a 10-year
    sentence': the clause set off right after a name that closes an "of" phrase on a relation
    noun is the name's when its singular verb cannot agree with a plural head, or when it serves
    a term, which the prisoner does, not the relative (session 53)."""
    if not (
        name.pos_ == "PROPN"
        and name.dep_ == "pobj"
        and name.head.lower_ == "of"
        and name.head.head.i == head.i
    ):
        return False
    return (
        head.tag_ == "NNS"
        or clause.lemma_ == "serve"
        and fold(head.lemma_) in KIN_NOUNS | lexicon("counsel_roles")
    )


_ASSERTED = "vigil_asserted"  # a doc's answers so far, by token index


def asserted(tok: Token) -> bool:
    """False when a negation, modal, condition, infinitive, question or a call, rumour or plan
    governs the trigger, or it tells a state ("remains jailed"). Read once per token: several
    rules ask of the same trigger."""
    known = tok.doc.user_data.setdefault(_ASSERTED, {})
    found = known.get(tok.i)
    if found is None:
        found = known[tok.i] = (
            _asserted(tok) and not _report_left_unconfirmed(tok) and not _order_left_undone(tok)
        )
    return found


_CHECKING = frozenset({"confirm", "verify", "corroborate"})


def _report_left_unconfirmed(tok: Token) -> bool:
    """'X was reportedly detained ... His arrest could not be independently confirmed': a hedged
    report the text then says no one could confirm is a rumour (the hedge alone is not one)."""
    if not any(c.lower_ in ("reportedly", "allegedly") and c.dep_ == "advmod" for c in tok.children):
        return False
    doc, sent = tok.doc, tok.sent
    after = doc[sent.end].sent if sent.end < len(doc) else None
    spans = [sent, after] if after is not None else [sent]
    return any(
        t.lemma_ in _CHECKING and any(c.dep_ == "neg" for c in t.children) for span in spans for t in span
    )


_FREEING = frozenset({"release", "free", "freeing"})


def _order_left_undone(tok: Token) -> bool:
    """'A court ordered the release of X, but by Wednesday he was still in prison', '... ordered
    her released. The order was never carried out', '... ordered his release, but instead of
    freeing him the authorities added him to a new case': a court's order to free someone is
    their release (the order is carried out as a rule), unless the order's sentence or the two
    after it tell that it was not (never freed / not released / never implemented, instead of
    freeing, still in or remaining in custody, refused to free)."""
    order = _ordering_verb(tok) if tok.lemma_.lower() in _FREEING else None
    if order is None:
        return False
    doc = tok.doc
    end = tok.sent.end
    for _ in range(2):  # the order's sentence and the two after it
        if end < len(doc):
            end = doc[end].sent.end
    window = doc[tok.i : end]
    freed = tok.head if tok.dep_ == "acl" else tok  # ('ordered X released': X holds the participle)
    named = {t.lower_ for t in freed.subtree if t.pos_ == "PROPN"}
    for found in _undone_pattern().finditer(window.text.lower()):
        start = window.start_char + found.start()
        span = doc.char_span(start, window.start_char + found.end(), alignment_mode="expand")
        subject = _clause_subject(span.root) if span is not None else None
        if subject is not None and subject.pos_ == "PROPN" and subject.lower_ not in named:
            continue  # '... ordered A's release, but ruled that B should remain in custody': B's
        return True
    return False


def _clause_subject(node: Token) -> Token | None:
    """The subject of the clause a word stands in (its own or up to two heads above)."""
    for _ in range(3):
        subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None or node.head.i == node.i:
            return subject
        node = node.head
    return None


def _ordering_verb(tok: Token) -> Token | None:
    """The verb "order" whose object or small clause the trigger is ('ordered the release of X',
    'ordered X released', 'X was ordered released'; the parser may hang 'released' on X)."""
    head = tok.head
    if tok.dep_ == "acl" and head.dep_ in ("dobj", "nsubjpass"):
        head = head.head
    elif tok.dep_ not in ("dobj", "xcomp", "ccomp", "nsubjpass"):
        return None
    return head if head.lemma_ == "order" and head.pos_ == "VERB" else None


@lru_cache(maxsize=1)
def _undone_pattern() -> re.Pattern[str]:
    """Words telling that an order to free was not carried out (`patterns/lexicon.json`)."""
    done, verbs, places = (
        _longest_first(lexicon(key)) for key in ("order_undone_words", "order_undone_verbs", "custody_places")
    )
    return re.compile(
        rf"\bnever (?:been )?(?:{done})\b"
        rf"|\b(?:was|were|is|are|has|have|had)(?:n't| not)(?: yet)?(?: been)? (?:{done})\b"
        rf"|\binstead of (?:freeing|releasing|letting|being (?:freed|released))\b"
        rf"|\bstill (?:being )?(?:held|detained|jailed|imprisoned|behind bars"
        rf"|(?:in|at|inside) (?:[\w'-]+ ){{0,3}}(?:{places}))\b"
        rf"|\bremain(?:s|ed)? (?:behind bars|detained|jailed|imprisoned|held"
        rf"|in (?:[\w'-]+ ){{0,2}}(?:{places}))\b"
        rf"|\b(?:refused|failed|declined) to (?:{verbs})\b"
    )


def _longest_first(words: frozenset[str]) -> str:
    """A regex alternation of the words, longer first (so "released" wins over "release")."""
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


# verbs that say whether an event took place: negated, they deny the event noun their subject
_OCCURRENCE_VERBS = frozenset(
    {"happen", "occur", "take", "come", "materialise", "materialize", "go", "be", "mean"}
)


def _neither(subj: Token) -> bool:
    """A subject the sentence denies: "Neither A nor B", "Neither of them"."""
    return subj.lower_ == "neither" or any(
        c.lower_ == "neither" and c.dep_ in ("det", "preconj", "cc") and c.i < subj.i for c in subj.children
    )


_FINITE_AUX = frozenset({"was", "were", "is", "are", "has", "had", "have"})


def governor_past_infinitive(tok: Token) -> Token | None:
    """'X refused to step off the bus at the border and was taken back to prison': the parser
    joins the finite 'was taken' to the infinitive 'step'; a finite verb (its own 'was', 'had')
    cannot go on an infinitive, so it is coordinated with the verb that governs the infinitive
    ('refused'), which is returned; None for any other verb (session 55)."""
    if tok.dep_ != "conj" or tok.head.dep_ != "xcomp":
        return None
    if not any(c.dep_ in ("aux", "auxpass") and c.lower_ in _FINITE_AUX for c in tok.children):
        return None
    return tok.head.head


def _asserted(tok: Token) -> bool:
    governor = governor_past_infinitive(tok)
    if governor is not None and tok.head.lemma_ in lexicon("refused_departures"):
        # "refused to step off the bus and was taken back": the refused departure follows a
        # release, so the return is told as fact; its own negation or modal still counts ("refused
        # to sign a petition and was returned to the colony": no release, the refusal governs)
        own = list(tok.children)
        if any(_negates(c) or c.dep_ in ("aux", "auxpass") and c.lower_ in MODALS for c in own):
            return False
        return asserted(governor)
    node = tok
    sibling = False  # the node was reached from a verb coordinated with it, not governed by it
    timed = False  # the path up passed a clause of time ("before being released")
    clausal = False  # the path up passed a clause of its own ("..., as they were released")
    if tok.dep_ in ("acl", "relcl") and not _own_hedge(tok) and _of_named_subject(tok.head):
        # "X, one of 52 prisoners released in May, refused to leave": what describes a named
        # subject's group is given, whatever the subject's verb says of X
        return True
    if (bound := _misread_bound(tok)) is not None:
        return _past_bounded(bound)
    own_clause = False  # the trigger is a conjoined clause with its own auxiliary
    prev = tok  # the node the path came up from
    for depth in range(8):
        if depth > 0 and misread_relative_head(prev, node):
            # "sentenced five men for a chat in which, prosecutors said, they discussed ...": the
            # relative's verb, misread as the root, governs nothing of the main clause
            break
        children = list(node.children)
        # "The release of 40 people does not end the repression": the predicate is denied of an
        # event noun its subject presupposes ("The release did not happen" denies the event)
        told_subject = (
            depth == 1
            and tok.pos_ == "NOUN"
            and tok.dep_ in ("nsubj", "nsubjpass")
            and tok.head.i == node.i
            and node.lemma_ not in _OCCURRENCE_VERBS
        )
        # (a name the tagger misreads as an adverb is no negation: "Nguyen Van Thang, 55, was given")
        if any(_negates(c) for c in children) and not (told_subject or own_clause):
            return False
        if not clausal and any(c.dep_ in ("nsubj", "nsubjpass") and _neither(c) for c in children):
            # ("Neither A nor B was tried, as they were freed": a clause of its own is told)
            return False  # "Neither A nor B was among those freed", "Neither was charged"
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
        if any(_unsure_source(c) for c in children) or depth == 0 and _present_under_future(node):
            return False  # "according to unconfirmed reports, X was ..."; "by the time X is freed, ... will"
        if depth > 0 and _unconfirmed(node, prev):
            return False  # "declined to confirm that X had been deported", "nobody has confirmed X's release"
        if _in_case_of(node) or _denied_content(node):
            return False  # "in case of her arrest"; "there was no confirmation that X had been freed"
        if depth == 0 and (
            any(c.dep_ in ("nsubj", "nsubjpass") and _misread_hedge(c) for c in children)
            or node.dep_ == "acl"
            and _misread_hedge(node.head)
        ):
            return False  # "X risks being deported", "X risks dying in custody" read with a noun "risks"
        if depth == 0 and _enabled_only(node):
            return False  # "opens the door to the deportation of X", "a step towards her release"
        if depth == 0 and any(_denied_complement(c) for c in children):
            return False  # "was found not guilty", "a court found X not guilty"
        if depth == 0 and (_conditioned(node) or any(_near_miss(c) for c in children)):
            return False  # "arrest if he returns" (the parser's "risks arrest if ..."), "was almost arrested"
        if _counterfactual(node) or _imperative(node):
            return False  # "instead of being released", "rather than releasing X"; "Let X go home"
        if _unsettled_subject(tok, node) or _unsettled_content(node):
            return False  # "whose deportation is pending", "it is possible that X was released"
        if depth == 0 and sought_as_goal(node):
            return False  # "freeing X is the campaign's goal"
        if (
            node.dep_ in ("pcomp", "pobj")
            and node.head.lower_ == "without"
            and not timed
            # ("released without warning and driven to the border": the parser hangs the second
            # passive on "warning", a bare gerund, not on a denied "being ..." it would share)
            and not (
                node.i != tok.i
                and tok.tag_ == "VBN"
                and node.tag_ == "VBG"
                and not any(c.dep_ in ("auxpass", "aux") for c in node.children)
            )
        ):
            return False  # "held for years without ever being convicted": the verdict never came
        # ("without being tried before being released": the release after the trial that never
        # came did happen)
        timed = timed or node.dep_ == "pcomp" and node.head.lower_ in _TIME_MARKS
        infinitive = (node.i == tok.i or _causative(node, prev) or _shares_infinitive(tok, node)) and any(
            c.dep_ == "aux" and c.tag_ == "TO" for c in children
        )
        if (
            infinitive
            # ("ordered to be released" tells the order carried out; "an order to deport X" does not)
            and (node.head.lemma_ not in ALLOW_INFINITIVE_UNDER or node.head.pos_ == "NOUN")
            and not went_on_to(node.head)
            and not _ranked(node)
            and not only_to(node)
        ):
            return False
        if depth > 0 and node.pos_ == "NOUN" and node.lemma_.lower() in lexicon("presupposing_nouns"):
            return True  # "demanded an investigation into his death in custody": the death is given
        if node.dep_ == "ccomp" and (_tail_apposition(node) or _semicolon_before(node)):
            break  # "X was freed in May, a decision groups call overdue": the apposition governs nothing
        hedge = (
            _hedge_word(node)
            and not _introduces(node)
            and not _on_trial(node)
            and not _naming_verb(node)
            and not _reports_as_fact(node, prev)
        )
        governs = hedge and (not sibling or _listed_demand(tok, node)) and not _refused_after(node, timed)
        if depth > 0 and governs:
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
            # "since her conviction in June, her family has not been allowed ...": given; but
            # "banned from leaving for two years after his release" and "will live in Vilnius
            # after his release" put it ahead: still to come
            # (a date of its own tells when it happened, unless it is ahead too: "next year")
            undated = not any(t.ent_type_ == "DATE" for t in tok.subtree) or any(
                t.lower_ in ("next", "coming") for t in tok.subtree
            )
            return not (undated and (_span_from(node) or node.lower_ != "since" and _ahead(node)))
        if depth > 0 and tok.pos_ == "NOUN" and node.dep_ == "prep" and node.lower_ in _BOUNDING_PREPS:
            # "worked as a courier until his arrest", "had deleted the posts before his arrest": a
            # past clause bounded by the event tells it as given; "will stay in the colony until
            # her release" (a modal) or "hoped to see him before his deportation" does not
            return _past_bounded(node)
        if node.dep_ == "advcl" and _past_fact(node):
            return True  # "will spend years in prison after a court convicted him": the verdict is given
        if depth == 0 and _fronted_participle(node):
            return True  # "Arrested in 2022, X faces ten years": the participle tells what befell X
        if node.dep_ == "ROOT" or node.head.i == node.i:
            break
        if (
            node.dep_ in ("acl", "relcl")
            and node.head.dep_ == "pobj"
            and node.head.head.lower_ == "among"
            and any(c.dep_ == "nummod" for c in node.head.children)
            and any(c.dep_ == "neg" for c in node.head.head.head.children)
        ):
            return True  # "X was not among the 41 prisoners pardoned": the counted group's pardon is given
        # a relative clause or participle of a named noun has its own modality...
        if (
            node.dep_ in ("relcl", "acl")
            and not _content_clause(node)
            and node.head.lower_
            not in (
                "those",
                "them",
                "one",
                "ones",
                "people",
                "prisoners",
            )
        ):
            # ...but "whose release was demanded"-style hedges above it still count, unless the
            # clause describes a named person ("Consider X, a teacher who was jailed in 2023")
            return (
                names_person(described_by(node))
                or _set_off(node)
                or _described_one_set_off(node)
                or _place_set_off(node)
                or not hedged_above(node.head)
                or _of_named_subject(node.head)
            )
        if node.dep_ == "ccomp" and node.head.lemma_ not in SPEECH and _unsure_subject(node.head):
            # "Rumours spread on social media that he had been freed", "unconfirmed reports are
            # circulating that ...": a rumour's content, whatever verb carries it about
            return False
        if node.dep_ in ("ccomp",) and node.head.lemma_ in SPEECH:
            # reported speech asserts what it reports, but not a correction's withdrawn report,
            # a report denied or unconfirmed, or a rumour's
            return not (
                _withdrawn_report(node.head)
                or _unsure_report(node.head, node)
                or _unconfirmed(node.head, node)
            )
        if node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _CONCEDING for c in node.children):
            break  # "Although X was released, he was threatened with ...": a concession grants its clause
        sibling = node.dep_ == "conj" and node.pos_ in ("VERB", "AUX") and node.head.pos_ in ("VERB", "AUX")
        # "she was not indicted and was freed later": a verb with its own auxiliary after
        # 'and' is a clause of its own, which the negation of the verb before it does not deny
        # (but "was not charged or released" shares it)
        own_clause = depth == 0 and sibling and _own_auxiliary(node)
        clausal = clausal or node.dep_ in ("advcl", "ccomp", "conj", "xcomp", "parataxis")
        prev, node = node, node.head
    return not span_text(tok.sent).rstrip().endswith("?")


_RELATIVE_TAGS = frozenset({"WDT", "WP", "WP$"})


def misread_relative_head(clause: Token, verb: Token) -> bool:
    """'X was sentenced for a chat in which, prosecutors said, they discussed ...': a reporting
    aside inside a relative clause leads the parser to make the relative's verb the sentence's
    root and the main clause its complement (`ccomp`) on its left; the tell is a relative word
    ('which', 'whom', 'whose') between the complement's last word and the verb (so inside the
    verb's subtree), then a reporting verb set off by a comma before the verb. The verb then
    governs nothing of the clause: it is the relative's (session 56, ctx). Not without the aside:
    '... with two sureties, one of whom must be a civil servant' is misread too, but the bail's
    object reads the sureties as the freed (syn35b-08), so the walk keeps its old way there."""
    if clause.dep_ != "ccomp" or clause.head.i != verb.i or clause.i > verb.i:
        return False
    doc = verb.doc
    relative = next(
        (k for k in range(clause.right_edge.i + 1, verb.i) if doc[k].tag_ in _RELATIVE_TAGS), None
    )
    if relative is None:
        return False
    asides = lexicon("reporting_asides")  # ("prosecutors said", "according to")
    return any(
        doc[k].lemma_ in asides and doc[k - 1].text != "," and "," in (doc[k + 1].text, doc[k + 2].text)
        for k in range(relative + 1, verb.i - 1)
    )


# marks of a concessive clause, which the sentence grants as fact whatever its main verb says
_CONCEDING = frozenset({"although", "though", "albeit"})
_MISTAKEN = frozenset({"incorrectly", "wrongly", "mistakenly", "erroneously", "falsely", "inaccurately"})
_EARLIER = frozenset({"earlier", "previous", "original", "initial", "prior"})
_PIECES = frozenset({"version", "article", "story", "report", "headline", "caption", "piece", "item"})


def went_on_to(verb: Token) -> bool:
    """'went on to receive eight years', 'proceeded to sentence him': a verb of going on that tells
    the infinitive after it done, as 'began to' does (not 'went to see him', a purpose)."""
    if verb.pos_ != "VERB":
        return False
    return (
        verb.lemma_ == "proceed"
        or verb.lemma_ == "go"
        and any(c.dep_ == "prt" and c.lower_ == "on" for c in verb.children)
    )


def _own_auxiliary(verb: Token) -> bool:
    """'... and was later released': a conjoined verb with an auxiliary of its own after 'and' or
    'but' (not 'or', which shares the negation: 'was not charged or released')."""
    return any(c.dep_ in ("aux", "auxpass") for c in verb.children) and any(
        c.dep_ == "cc" and c.lower_ in ("and", "but") for c in verb.head.children if c.i < verb.i
    )


def _tail_apposition(clause: Token) -> bool:
    """'X was released in May, a decision rights groups call overdue', '..., a practice lawyers
    call "rotation"': the parser reads the sentence's closing apposition and its contact clause
    as the main clause, with the real one its complement; the tell is a plural subject with the
    singular article of the apposition's noun ('a ... lawyers'), set off by a comma after the
    complement."""
    verb = clause.head
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or clause.i > verb.i or subj.tag_ not in ("NNS", "NNPS"):
        return False
    start = subj.left_edge.i
    return (
        start > clause.right_edge.i
        and start > 0
        and subj.doc[start - 1].text == ","
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in subj.children)
    )


def _semicolon_before(clause: Token) -> bool:
    """'X was picked up in 2023; she has never spoken about it': the parser makes the clause before
    a semicolon the complement of the one after it; a semicolon joins two sentences, so the later
    clause (its negation, its modal) governs nothing of the earlier one. The parser hangs the
    semicolon on the later verb or, as the earlier clause's last word, on that clause ("The
    46-year-old was serving a seven-year term ...; according to his family, he had been refused
    insulin")."""
    verb = clause.head
    return (
        clause.i < verb.i
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
        and (
            any(c.text == ";" and clause.right_edge.i < c.i < verb.i for c in verb.children)
            or any(c.text == ";" and c.i == clause.right_edge.i < verb.i for c in clause.children)
        )
    )


def _listed_demand(tok: Token, hedge: Token) -> bool:
    """'Groups call on the authorities to drop the charges against X; quash Y's sentence; and release
    Z': a bare verb the parser hung on the call itself, the last of the demands its infinitive
    opens (not a finite verb of its own, as in 'refused to leave and was taken back')."""
    return (
        tok.tag_ == "VB"
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in tok.children)
        and any(
            c.dep_ == "xcomp" and c.i < tok.i and any(a.dep_ == "aux" and a.tag_ == "TO" for a in c.children)
            for c in hedge.children
        )
    )


def _hedge_word(node: Token) -> bool:
    """A word of `HEDGES`, also a plural the tagger took for a name at the head of a sentence
    ('Rumours of X's arrest spread': "Rumours" as a proper noun keeps its plural as its lemma)."""
    lemma = node.lemma_.lower()
    if lemma in HEDGES:
        return True
    # (tagged NNPS too: "Rumours that X had died ..." after a headline, session 62)
    return (
        node.tag_ in ("NNP", "NNPS")
        and node.i == node.sent.start
        and lemma.endswith("s")
        and lemma[:-1] in HEDGES
    )


def _reports_as_fact(verb: Token, noun: Token) -> bool:
    """'State media reported the arrest of X', 'X's death in custody was reported by the prison
    service': an event noun as what "report" reports (its object, or its subject in the passive)
    is the report of a fact, as 'reported that X was arrested' is reported speech; not a report
    that is denied, doubted or withdrawn ('did not report the release', 'unconfirmed reports',
    'we incorrectly reported the arrest'), nor 'reported to be', 'report for duty'."""
    return (
        verb.lemma_ == "report"
        and verb.pos_ == "VERB"
        and noun.head.i == verb.i
        and noun.dep_ in ("dobj", "nsubjpass")
        and noun.pos_ == "NOUN"
        and not _withdrawn_report(verb)
        and not _unsure_report(verb, noun)
    )


def _withdrawn_report(verb: Token) -> bool:
    """'An earlier version of this article said that X had been sentenced to four years', 'we
    incorrectly reported that Y was freed': a correction tells what was wrongly reported."""
    if any(c.dep_ == "advmod" and c.lower_ in _MISTAKEN for c in verb.children):
        return True
    return any(
        c.dep_ == "nsubj"
        and c.lemma_.lower() in _PIECES
        and (
            any(a.lower_ in _EARLIER for a in c.children if a.dep_ == "amod")
            or any(a.dep_ == "advmod" and a.lower_ == "previously" for a in verb.children)
        )
        for c in verb.children
    )


_UNSURE = frozenset(
    {
        "unconfirmed",
        "unverified",
        "uncorroborated",
        "unsubstantiated",
        "unofficial",
        "conflicting",
        "contradictory",
    }
)
_RUMOURS = frozenset({"rumour", "rumor", "speculation", "gossip", "hearsay"})
_TOLD_WHEN = frozenset({"when", "where", "why", "how"})


def _unsure_report(verb: Token, clause: Token) -> bool:
    """'Police could not confirm that X had been detained', 'officials did not say that Y was
    freed', 'unconfirmed reports said Z had been released', 'rumours said ...': the report is
    denied, doubted or a rumour's, and tells no event ('did not say when X was freed' still
    takes the release as given)."""
    if any(c.lower_ in _TOLD_WHEN and c.dep_ in ("advmod", "mark") for c in clause.children):
        return False
    if any(
        c.dep_ == "neg" and c.lower_ in _NEGATIONS or c.dep_ in ("aux", "auxpass") and c.lower_ in MODALS
        for c in verb.children
    ):
        return True
    return _unsure_subject(verb)


def _unsure_subject(verb: Token) -> bool:
    """'rumours said', 'Rumours spread that ...', 'unconfirmed reports are circulating that ...':
    the verb's subject is a rumour or a report the text calls unsure (the lexical class of
    `_RUMOURS`, or an `_UNSURE` modifier), so what its clause tells is no event."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None and verb.dep_ == "acl" and verb.head.i < verb.i and verb.lemma_.lower() in _CIRCULATING:
        subj = verb.head  # "Reports circulated ... that": the parser may hang the verb on its noun
    return subj is not None and (
        subj.lemma_.lower() in _RUMOURS
        or any(c.dep_ == "amod" and c.lower_ in _UNSURE for c in subj.children)
        or _circulating_reports(verb, subj)
        or _social_media_posts(subj)
    )


# verbs that carry a rumour about, not a source's account ("Reports emerged" is left a report)
_CIRCULATING = frozenset({"circulate", "spread", "swirl"})
_HEARSAY_NOUNS = frozenset({"report", "claim", "story"})
# what users post on social media: its word is no source's account ("State TV's account")
_POSTS = frozenset({"account", "post", "user"})
_QUANTITY_NOUNS = frozenset({"number", "lot", "handful", "couple", "dozen", "host"})


def _circulating_reports(verb: Token, subj: Token) -> bool:
    """'Reports circulated on social media that X had been arrested', 'claims spread that ...':
    reports of no named source that circulate are a rumour's telling (session 62)."""
    return (
        verb.lemma_.lower() in _CIRCULATING
        and subj.pos_ in ("NOUN", "PROPN")
        and subj.lemma_.lower().removesuffix("s") in _HEARSAY_NOUNS
        and not any(c.dep_ in ("poss", "compound") for c in subj.children)
    )


def _social_media_posts(subj: Token) -> bool:
    """'Several social media accounts reported that X had been freed', 'posts on social media
    said ...': accounts or posts of social media are hearsay, not a source (session 62)."""
    if subj.lemma_.lower() in _QUANTITY_NOUNS:  # "a number of social media accounts"
        subj = next(
            (g for c in subj.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"), subj
        )
    if subj.lemma_.lower().removesuffix("s") not in _POSTS:
        return False
    words = [t.lower_ for t in subj.subtree]
    return any(a == "social" and b == "media" for a, b in zip(words, words[1:], strict=False))


def _content_clause(clause: Token) -> bool:
    """'reports that X had been freed', 'the rumour that she was released': a clause that tells
    what the noun says (its own subject, 'that' a conjunction), not a relative clause about the
    noun; the noun then governs it as a verb would ('reported that ...')."""
    return (
        # ("Rumours that X had died ..." opening a sentence after a headline: the tagger's name)
        (clause.head.pos_ == "NOUN" or _hedge_word(clause.head))
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
        and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in ("that", "which", "who")
            for c in clause.children
        )
    )


# "efforts to secure the release of X", "a bid to win his freedom": a noun's goal, not an outcome
_GOAL_VERBS = frozenset(
    {"secure", "win", "obtain", "seek", "gain", "negotiate", "press", "push", "ensure", "achieve"}
)
_PRESUPPOSING_PREPS = frozenset({"since", "after", "following"})
_FACTUAL_MARKS = frozenset({"after", "since", "because", "when", "once"})
# marks of a clause of contrast, past in its own tense: a fact beside the main clause, not under it
_CONTRAST_MARKS = frozenset({"while", "whereas"})


def _refused_after(node: Token, timed: bool) -> bool:
    """'refused to leave the country after being released': a past refusal that followed the
    release tells the release as given (GUIDELINES: a release, then an arrest if taken back)."""
    return timed and node.lemma_ in ("refuse", "decline") and node.tag_ == "VBD"


_TIME_MARKS = _FACTUAL_MARKS | {"before", "until"}
# prepositions whose event noun closes the time of the clause they hang on ("until his arrest")
_BOUNDING_PREPS = frozenset({"before", "until", "till"})
_PAST_AUXILIARIES = frozenset({"was", "were", "had", "has", "have", "'d"})


def _misread_bound(noun: Token) -> Token | None:
    """'who until his arrest worked as a courier': the parser reads 'until' as the mark of the
    clause and the event noun after it as the clause's subject; the mark is the noun's preposition."""
    if noun.pos_ != "NOUN" or noun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    return next(
        (
            c
            for c in noun.head.children
            if c.dep_ == "mark" and c.lower_ in _BOUNDING_PREPS and c.i == noun.left_edge.i - 1
        ),
        None,
    )


def _past_bounded(prep: Token) -> bool:
    """Whether the clause a 'before'/'until' phrase hangs on is a past fact, told with no modal
    nor infinitive: only then did the event that bounds it happen ('had lived in Osh until his
    arrest', 'did not know until his arrest' yes; 'will be held until his release', 'wanted to
    marry before her arrest' no)."""
    verb = clause_verb(prep.head)
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(c.lower_ in MODALS or c.tag_ == "TO" for c in aux):
        return False
    return verb.tag_ == "VBD" or any(c.lower_ in _PAST_AUXILIARIES for c in aux)


def _fronted_participle(verb: Token) -> bool:
    """A bare past participle set before its clause ('Detained in May, X awaits trial'): a fact
    about the subject, whatever the clause then says of him (awaiting, facing)."""
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBN"
        and verb.i < verb.head.i
        and verb.i == verb.sent.start
        and not any(c.dep_ in ("mark", "aux", "auxpass", "neg") for c in verb.children)
    )


_NEGATIONS = frozenset({"not", "n't", "nt", "never", "no", "nor", "neither", "hardly", "cannot"})


def _negates(child: Token) -> bool:
    """A negation of its head: 'not', 'never', or the 'neither' that opens 'neither charged nor
    released' (the parser makes it a preconjunct of the first verb, which the second shares)."""
    return (child.dep_ == "neg" and child.lower_ in _NEGATIONS) or (
        child.dep_ == "preconj" and child.lower_ == "neither"
    )


def _denied_noun(noun: Token) -> bool:
    """'no confirmation', 'no evidence', 'no word': a noun of report or proof the text says
    there is none of, so the clause it would confirm is not told ('made no mention of his
    arrest' is silence about an arrest, not its denial)."""
    return (
        noun.pos_ == "NOUN"
        and noun.lemma_.lower() in lexicon("evidence_nouns")
        and any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)
    )


_BASE_FORMS = frozenset({"VB", "VBP"})


def _shares_infinitive(tok: Token, verb: Token) -> bool:
    """'has vowed to move 20,000 off the islands and deport 10,000 people': a bare verb
    coordinated with an infinitive shares its 'to' and so what governs it (the vow, the plan);
    a finite conjunct ('used gas to disperse the crowd and detained 30': past tense, or its own
    auxiliary or subject) is told on its own (session 56, hrd2)."""
    if tok.i == verb.i or tok.dep_ != "conj":
        return False
    passive = any(c.dep_ == "auxpass" and c.lemma_ == "be" for c in verb.children)
    node = tok
    while node.dep_ == "conj" and node.i != verb.i:
        if node.tag_ not in _BASE_FORMS and not (passive and node.tag_ == "VBN"):
            return False
        if any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in node.children):
            return False
        node = node.head
    return node.i == verb.i


def _causative(verb: Token, came_from: Token) -> bool:
    """'a request to have him released', 'applied to have her freed': the causative 'have' or
    'get' carries the infinitive of the event it would bring about."""
    return (
        verb.lemma_ in ("have", "get") and came_from.dep_ in ("ccomp", "xcomp") and came_from.head.i == verb.i
    )


def _enabled_only(noun: Token) -> bool:
    """'paves the way for the release of X', 'opens the door to his deportation', 'a step towards
    her release': an event noun that something only makes possible."""
    prep = noun.head
    return (
        noun.pos_ == "NOUN"
        and noun.dep_ == "pobj"
        and prep.lower_ in ("for", "to", "towards", "toward")
        and prep.head.lemma_.lower() in lexicon("enabling_nouns")
    )


def _misread_hedge(noun: Token) -> bool:
    """'Ali Reza Tavakoli risks dying', 'X faces being deported': the tagger reads the hedging verb
    after a name as a plural noun the name is a compound of; it still hedges what follows."""
    return (
        noun.tag_ == "NNS"
        and noun.lemma_.lower() in HEDGES
        and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in noun.children)
    )


def _denied_complement(child: Token) -> bool:
    """'found not guilty': the verdict's adjective is negated, so no conviction is told."""
    return (
        child.dep_ in ("oprd", "acomp", "ccomp", "xcomp")
        and child.pos_ == "ADJ"
        and any(_negates(g) for g in child.children)
    )


_NOBODY = frozenset({"nobody", "none", "noone"})


def _unconfirmed(verb: Token, came_from: Token) -> bool:
    """'declined to confirm that X had been deported', 'were unable to verify that Y was freed',
    'have yet to confirm the arrest of Z', 'nobody has confirmed W's release': a confirmation
    withheld tells nothing of what it would confirm ('declined to say where X is held' still
    takes the arrest as given)."""
    if verb.lemma_.lower() not in lexicon("confirming_verbs") or came_from.dep_ not in ("ccomp", "dobj"):
        return False
    if any(c.lower_ in _TOLD_WHEN and c.dep_ in ("advmod", "mark") for c in came_from.children):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is not None and (
        subj.lower_ in _NOBODY or subj.lower_ == "one" and any(c.lower_ == "no" for c in subj.children)
    ):
        return True
    head = verb.head
    return verb.dep_ == "xcomp" and (
        head.lemma_.lower() in lexicon("withholding_verbs")
        or head.lower_ == "unable"
        or head.lemma_ == "have"
        and any(c.dep_ == "advmod" and c.lower_ == "yet" for c in head.children)
    )


def _unsure_source(prep: Token) -> bool:
    """'according to unconfirmed reports', 'according to rumours': the source the clause cites
    is a rumour's, as in 'unconfirmed reports said ...'."""
    if prep.dep_ != "prep" or prep.lower_ != "according":
        return False
    sources = [g for to in prep.children if to.lower_ == "to" for g in to.children if g.dep_ == "pobj"]
    return any(
        g.lemma_.lower() in _RUMOURS or any(a.dep_ == "amod" and a.lower_ in _UNSURE for a in g.children)
        for g in sources
    )


_PRESENT_PASSIVE = frozenset({"is", "are", "'s", "gets", "get"})


def _present_under_future(verb: Token) -> bool:
    """'By the time X is freed, her children will be adults', 'the day she is released, we will
    ...': a present passive in a clause of time whose sentence tells the future is still to come."""
    if verb.dep_ not in ("advcl", "relcl") or not any(
        c.dep_ == "auxpass" and c.lower_ in _PRESENT_PASSIVE for c in verb.children
    ):
        return False
    return any(c.dep_ == "aux" and c.lower_ in MODALS for c in verb.sent.root.children)


def _denied_content(node: Token) -> bool:
    """'no confirmation that X had been freed', 'no sign of X being released': the content of a
    noun the text says there is none of."""
    content = node.dep_ == "acl" and _content_clause(node) or node.dep_ == "prep" and node.lower_ == "of"
    return content and _denied_noun(node.head)


_CASE_NOUNS = frozenset({"case", "event"})


def _near_miss(child: Token) -> bool:
    """'was almost arrested', 'was nearly deported': the event came close and did not happen."""
    return child.dep_ == "advmod" and child.lower_ in lexicon("near_misses")


def _counterfactual(node: Token) -> bool:
    """'instead of being released', 'rather than releasing X', 'instead of his release': what
    was not done in place of what was."""
    prep = node.head
    if node.dep_ not in ("pcomp", "pobj") or prep.lower_ not in ("of", "than") or prep.i == 0:
        return False
    return node.doc[prep.i - 1].lower_ in lexicon("counterfactual_leads")


def _imperative(verb: Token) -> bool:
    """'Let X go home', 'Free X now': a bare verb of request that opens its sentence with no
    subject asks for the event, it does not tell it (the word list keeps out names the tagger
    reads as a bare verb: 'Nguyễn Thị Thu Hà ... was detained')."""
    return (
        verb.tag_ in ("VB", "VBP")
        and verb.lower_ in lexicon("imperative_requests")
        and (verb.i == verb.sent.start and verb.tag_ == "VB" or _request_read_as_clause(verb))
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "expl") for c in verb.children)
    )


_REQUESTS = frozenset({"call", "urge", "ask", "demand", "appeal"})


def _request_read_as_clause(verb: Token) -> bool:
    """'We call on the government to drop the charges, release X and end ...': a list of demands
    the parser broke at the comma, the bare verb made the root and the request its clause, or
    the request's conjunct after its infinitive (the list's first demand)."""
    if verb.dep_ == "conj" and verb.head.lemma_ in _REQUESTS:
        return any(c.dep_ == "xcomp" and c.i < verb.i for c in verb.head.children)
    return verb.dep_ == "ROOT" and any(
        c.dep_ == "ccomp" and c.i < verb.i and c.lemma_ in _REQUESTS for c in verb.children
    )


def _unsettled(copula: Token) -> bool:
    """'is pending', 'is possible', 'remains unclear': a state that says the event may yet come
    or may not have happened."""
    states = lexicon("unsettled_states")
    return any(c.dep_ in ("acomp", "attr") and c.lower_ in states for c in copula.children)


def _unsettled_subject(tok: Token, node: Token) -> bool:
    """'whose deportation is pending', 'his release is imminent': the event noun is the subject
    of an unsettled state."""
    return (
        tok.pos_ == "NOUN"
        and tok.dep_ in ("nsubj", "nsubjpass")
        and tok.head.i == node.i
        and _unsettled(node)
    )


def _unsettled_content(node: Token) -> bool:
    """'It is possible that X was released', 'it is likely that Y was deported': the clause is the
    content of an unsettled state (not 'it is unclear why X was arrested', which takes the arrest
    as given; nor 'X was sentenced to seven years; his appeal is pending', where the parser hangs
    the clause before a semicolon on the one after it: the clause follows an 'it')."""
    return (
        node.dep_ == "ccomp"
        and node.i > node.head.i
        and any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in node.head.children)
        and _unsettled(node.head)
        and not any(c.lower_ in _TOLD_WHEN and c.dep_ in ("advmod", "mark") for c in node.children)
    )


def _conditioned(verb: Token) -> bool:
    """The trigger's own clause of condition ('arrest if he returns', 'freed unless he confesses'):
    what happens only if something else does is not told as done ('even if' concedes, and tells)."""
    return any(
        c.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
        and not any(m.lower_ == "even" for m in c.children)
        for c in verb.children
    )


def _in_case_of(node: Token) -> bool:
    """'in case of her arrest', 'in the event of his deportation': the event is a condition
    that may never be met."""
    prep = node.head
    if node.dep_ != "pobj" or prep.lower_ != "of" or prep.head.lower_ not in _CASE_NOUNS:
        return False
    case = prep.head
    return case.dep_ == "pobj" and case.head.lower_ == "in"


def _ahead(prep: Token) -> bool:
    """The clause an 'after' phrase hangs on is still to come: a modal ('will live in Vilnius
    after his release', 'would be barred ... after his release')."""
    verb = clause_verb(prep.head)
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in MODALS for c in verb.children)


def _span_from(prep: Token) -> bool:
    """'for two years after his release': a span counted from the event, as a verdict's ban or
    probation is (the event ends the term it imposes), not a time since a past event."""
    span = prep.head
    return (
        prep.lower_ == "after"
        and span.lemma_.lower() in _SPAN_UNITS
        and span.dep_ == "pobj"
        and span.head.lower_ == "for"
    )


_SPAN_UNITS = frozenset({"year", "month", "week", "day"})


def _past_fact(clause: Token) -> bool:
    """A past clause of time, cause or contrast ('after a court convicted him', 'since she was
    detained', 'A will spend eight years there, while B and C were ordered to serve six') tells a
    fact, whatever the clause it hangs on plans, fears or foretells."""
    marks = _FACTUAL_MARKS | _CONTRAST_MARKS
    return any(c.dep_ == "mark" and c.lower_ in marks for c in clause.children) and (
        clause.tag_ == "VBD"
        or any(
            c.dep_ in ("aux", "auxpass") and c.lower_ in ("was", "were", "had", "has", "have")
            for c in clause.children
        )
    )


def _on_trial(verb: Token) -> bool:
    """'were tried for the attack': put on trial, not the hedge 'tried to free'."""
    return verb.lemma_.lower() == "try" and any(c.dep_ == "auxpass" for c in verb.children)


def _naming_verb(verb: Token) -> bool:
    """'at what officials termed a vocational school', 'a site the state calls a college': a verb
    of naming with the name it gives, not a call for anything."""
    return (
        verb.lemma_ in _NAMING
        and any(c.dep_ == "oprd" for c in verb.children)
        # (not "X called his release a victory": the thing named is the trigger, not a place)
        and not any(c.dep_ == "dobj" and c.tag_ not in ("WP", "WDT") for c in verb.children)
    )


def _introduces(verb: Token) -> bool:
    """The op-ed's imperative "Consider X, who was jailed ...": it introduces a case, it does
    not weigh a possibility ("officials are considering releasing X")."""
    return (
        verb.lemma_.lower() == "consider"
        and verb.tag_ == "VB"
        and not any(c.dep_ in ("nsubj", "aux", "mark") for c in verb.children)
    )


def names_person(noun: Token) -> bool:
    """A proper name, or a common noun set beside one ("X, a teacher", "a prisoner, X"): what a
    relative clause says of it is told as fact whatever verb governs the phrase."""
    if noun.pos_ == "PROPN":
        return True
    if noun.dep_ == "appos" and noun.head.pos_ == "PROPN":
        return True
    return any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in noun.children)


def _place_set_off(clause: Token) -> bool:
    """'as a condition of his release from X prison, where he was serving a five-year sentence':
    a past clause of place set off by a comma tells what happened there, whatever the sentence
    around it hedges."""
    edge = clause.left_edge
    return (
        clause.dep_ == "relcl"
        and edge.lower_ == "where"
        and edge.i > 0
        and clause.doc[edge.i - 1].text == ","
        and (
            clause.tag_ == "VBD"
            or any(
                c.dep_ in ("aux", "auxpass") and c.lower_ in ("was", "were", "had") for c in clause.children
            )
        )
    )


def _set_off(clause: Token) -> bool:
    """'for each of the defendants, who were arrested in December': a relative clause set off by a
    comma after a group the story has told ('the defendants'), or a past one about a counted
    group, adds what is known of them, outside what the sentence asks or plans."""
    head = clause.head
    if (
        clause.dep_ != "relcl"
        or head.tag_ not in ("NNS", "NNPS")
        or clause.left_edge.tag_ not in ("WP", "WDT")
    ):
        return False
    if any(c.dep_ == "nummod" for c in head.children):
        # "names of two Indonesian women that were released on Monday": a counted group, and
        # what a past clause says of it is known
        return clause.tag_ == "VBD" or any(
            c.dep_ in ("aux", "auxpass") and c.lower_ in ("was", "were", "had") for c in clause.children
        )
    return (
        any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in head.children)
        and clause.left_edge.i > 0
        and clause.doc[clause.left_edge.i - 1].text == ","
    )


def _described_one_set_off(clause: Token) -> bool:
    """'The engineer, who was detained in 2021, denied the charges', 'The 41-year-old, arrested in
    May, denies wrongdoing': a clause set off by commas after a definite description of one person
    (someone the story has named) adds what is known of them, whatever the sentence's verb
    denies or plans; a clause with no comma tells which one is meant ('the man who was
    arrested'), and stays under the verb."""
    head = clause.head
    if not any(c.dep_ in ("det", "poss") and c.lower_ in _DEFINITE for c in head.children):
        return False
    aged = head.lower_ == "old" and any(c.dep_ == "npadvmod" and c.lemma_ == "year" for c in head.children)
    if not aged and (head.tag_ != "NN" or fold(head.lemma_) not in PERSON_NOUNS):
        return False  # (a person noun, or an age standing for one: "the 41-year-old")
    edge = clause.left_edge
    if edge.i == 0 or clause.doc[edge.i - 1].text != "," or edge.i - 1 <= head.i - 1:
        return False
    if clause.dep_ == "relcl":
        return edge.lower_ in ("who", "whom")
    return clause.tag_ == "VBN" and edge.i == clause.i


_DEFINITE = frozenset({"the", "his", "her", "their"})


def _own_hedge(clause: Token) -> bool:
    """The clause's own verb is negated, modal or hedged ("expected to be freed")."""
    return any(
        c.dep_ == "neg" or c.dep_ in ("aux", "auxpass") and (c.lower_ in MODALS or c.tag_ == "TO")
        for c in clause.children
    )


def _of_named_subject(noun: Token) -> bool:
    """'X, one of 12 activists detained on Sunday, may face charges': the noun a participle
    describes stands in an apposition of a named subject, and what the subject's verb hedges is
    X's future, not the group's detention (X one of them: "one of", "among"; not "a lawyer for")."""
    member = False
    for _ in range(5):
        if noun.dep_ in ("nsubj", "nsubjpass"):
            # (a name, or a role with its name: "the veteran politician X")
            return member and (
                noun.pos_ == "PROPN"
                or any(c.dep_ in ("appos", "compound") and c.pos_ == "PROPN" for c in noun.children)
            )
        if noun.dep_ not in ("pobj", "prep", "appos") or noun.head.i == noun.i:
            return False
        if noun.dep_ == "prep":
            member = member or noun.lower_ == "among" or noun.lower_ == "of" and noun.head.like_num
        noun = noun.head
    return False


def hedged_above(node: Token) -> bool:
    steps = 0
    while node.dep_ != "ROOT" and steps < 6:
        node, steps = node.head, steps + 1
        if node.lemma_.lower() in HEDGES and node.pos_ in ("VERB", "NOUN"):
            return True
    return False


def offender_label(tok: Token) -> bool:
    """'convicted felon X', 'convicted sex offender X': the participle labels what follows."""
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return (
        tok.lemma_ == "convict"
        and after is not None
        and after.pos_ == "NOUN"
        and after.lemma_.lower() in lexicon("offender_nouns")
    )


_FUTURE_FRAMES = frozenset({"expect", "plan", "set", "due", "schedule", "hope", "want", "intend", "likely"})


def future_frame(verb: Token) -> bool:
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


__all__ = [
    "ALLOW_INFINITIVE_UNDER",
    "SPEECH",
    "asserted",
    "governor_past_infinitive",
    "only_to",
    "sought_as_goal",
    "described_by",
    "future_frame",
    "hedged_above",
    "names_person",
    "offender_label",
]
