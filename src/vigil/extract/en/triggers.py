"""Triggers: the words that can start an event, from `patterns/triggers.jsonl`.

Each rule names an event type, the lemmas that may trigger it and an optional syntactic
check ("taken *into custody*", "driven *across the border*"). The lemmas build spaCy
`PhraseMatcher`s (the `vigil_triggers` component writes its hits to `doc.spans["vigil_triggers"]`);
`trigger_type` applies the checks to one token. The word lists live in the pattern file so
that a change of vocabulary is a data change, reviewed on its own.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from rigour.territories import Territory, get_territories
from spacy.tokens import Doc, Span, Token

from vigil.extract.doctext import doc_text, span_text
from vigil.extract.en.custody_since import (
    held_since_date,
    home_place_of,
    jailed_since_date,
    taken_along,
    taken_away,
    taken_from_home,
)
from vigil.extract.en.numbers import NUM_WORD, TERM_RE, is_approximate, parse_number, term_months
from vigil.extract.en.persons import (
    KIN_NOUNS,
    PERSON_NOUNS,
    TRIGGER_SPANS,
    fold,
    given_names,
    in_title_case_line,
    keep_trigger_marks,
)
from vigil.extract.en.places import CAPITALS, COUNTRIES
from vigil.extract.scan import indices_in, indices_worded, occurs, tokens_in, tokens_in_lowered, tokens_where
from vigil.extract.sentences import sentences_back

SPAN_KEY = TRIGGER_SPANS
CUSTODY_WORDS = frozenset(
    {"custody", "prison", "colony", "jail", "gaol", "bars", "detention", "cell", "captivity", "penitentiary"}
)
TERM_NOUNS = frozenset({"sentence", "term"})


@dataclass(frozen=True)
class Rule:
    label: str
    lemmas: frozenset[str]
    check: str | None
    needs_child: str | None = None  # a word the token must govern to be a candidate at all ("be" ... "since")


@lru_cache(maxsize=1)
def rules() -> tuple[Rule, ...]:
    text = resources.files("vigil.extract.en").joinpath("patterns/triggers.jsonl").read_text(encoding="utf-8")
    out = []
    for line in text.splitlines():
        if line.strip():
            data = json.loads(line)
            out.append(
                Rule(data["label"], frozenset(data["lemmas"]), data.get("check"), data.get("needs_child"))
            )
    return tuple(out)


@lru_cache(maxsize=1)
def _rules_by_word() -> dict[str, tuple[int, ...]]:
    """Per word, the rules (their places in file order) that hold it: `trigger_type` tries those
    alone instead of testing every rule's words."""
    out: dict[str, list[int]] = {}
    for k, rule in enumerate(rules()):
        for word in rule.lemmas:
            out.setdefault(word, []).append(k)
    return {word: tuple(ks) for word, ks in out.items()}


@cache
def lexicon(name: str) -> frozenset[str]:
    """One word class of `patterns/lexicon.json` ("released_things", "term_givers", ...)."""
    text = resources.files("vigil.extract.en").joinpath("patterns/lexicon.json").read_text(encoding="utf-8")
    return frozenset(json.loads(text)[name])


@lru_cache(maxsize=1)
def noun_rules() -> dict[str, str]:
    """Event nouns ('his arrest', 'her release') by lemma -> event type."""
    text = (
        resources.files("vigil.extract.en")
        .joinpath("patterns/noun_triggers.jsonl")
        .read_text(encoding="utf-8")
    )
    out: dict[str, str] = {}
    for line in text.splitlines():
        if line.strip():
            data = json.loads(line)
            out.update(dict.fromkeys(data["lemmas"], data["label"]))
    return out


def mark_triggers(doc: Doc) -> Doc:
    """Candidate trigger tokens as one-token spans labelled with the event type of the first rule
    (in file order) whose words hold the token's lemma or lower-cased form (for 'freed'). The
    tokens are found through the document's word index (`scan.tokens_in`), which the rules read
    anyway: a token `Matcher` tested every rule on every token, and two `PhraseMatcher`s still
    took a pass over the document each. First, post-nominal participles the parser labelled as
    adjectives are relabelled as the reduced relatives they are (`relabel_reduced_relatives`)."""
    relabel_reduced_relatives(doc)
    relabel_time_subjects(doc)
    first: dict[int, int] = {}
    all_rules = rules()
    for attr, index in (("LEMMA", _rules_by_word()), ("LOWER", _rules_by_form())):
        for tok in tokens_in(doc, attr, _words_of(attr)):
            children: set[str] | None = None  # the words under the token, read once for its rules
            for rule in index[tok.lemma_ if attr == "LEMMA" else tok.lower_]:
                needs = all_rules[rule].needs_child
                if needs is not None:
                    if children is None:
                        children = {c.lower_ for c in tok.children}
                    if needs not in children:
                        continue
                if rule < first.get(tok.i, rule + 1):
                    first[tok.i] = rule
    labels = [rule.label for rule in all_rules]
    marks = {i: labels[rule] for i, rule in sorted(first.items())}
    doc.spans[SPAN_KEY] = [Span(doc, i, i + 1, label=label) for i, label in marks.items()]
    keep_trigger_marks(doc, marks)
    return doc


def relabel_reduced_relatives(doc: Doc) -> None:
    """'one of 12 people exiled to Poland', 'X, jailed pending trial, ...': the parser sometimes
    labels a past participle after its noun, with a phrase of its own, as the noun's adjective
    (`amod`); it is a reduced relative clause (`acl`), which is how every rule reads one."""
    for tok in tokens_where(doc, "TAG", lambda tag: tag == "VBN"):
        if (
            tok.dep_ == "amod"
            and tok.head.i < tok.i
            and tok.head.pos_ in ("NOUN", "PROPN", "PRON")
            and any(c.dep_ in ("prep", "agent") and c.i > tok.i for c in tok.children)
        ):
            tok.dep_ = "acl"


_TIME_SUBJECTS = frozenset({"day", "week", "month", "year"})
_TIME_DEICTICS = frozenset({"last", "this", "next", "that", "following", "previous", "same"})


def relabel_time_subjects(doc: Doc) -> None:
    """'X was detained in May and last month was sentenced to five years': the parser reads the
    fronted time of a second, coordinated verb as its subject, so the verb seems to befall the
    month; the time is relabelled as the adverb it is (`npadvmod`), and the verb shares its head
    verb's subject as any subjectless conjunct does (session 54, terms). Only a time unit the
    tagger marks as a date, singular and pointed ("last month", "the next day"), before a verb
    coordinated with another; not a length that is the subject ("another two years were added",
    "another year was added to his term")."""
    for tok in tokens_in(doc, "LEMMA", _TIME_SUBJECTS):
        verb = tok.head
        if (
            tok.dep_ in ("nsubj", "nsubjpass")
            and tok.tag_ == "NN"
            and any(c.lower_ in _TIME_DEICTICS for c in tok.children)
            and not any(c.like_num or c.lower_ in ("another", "more", "extra") for c in tok.children)
            and tok.ent_type_ in ("DATE", "TIME")
            and tok.i < verb.i
            and verb.dep_ == "conj"
            and verb.head.pos_ in ("VERB", "AUX")
        ):
            tok.dep_ = "npadvmod"


@lru_cache(maxsize=1)
def _rules_by_form() -> dict[str, tuple[int, ...]]:
    """`_rules_by_word` by the words' lower-cased forms."""
    out: dict[str, list[int]] = {}
    for word, ks in _rules_by_word().items():
        out.setdefault(word.lower(), []).extend(ks)
    return {word: tuple(sorted(set(ks))) for word, ks in out.items()}


@lru_cache(maxsize=2)
def _words_of(attr: str) -> frozenset[str]:
    return frozenset(_rules_by_word() if attr == "LEMMA" else _rules_by_form())


_TRIGGER_TYPES = "vigil_trigger_types"  # a doc's answers so far, by token index and home country


def trigger_type(tok: Token, home: str | None = None) -> str | None:
    """The event type `tok` triggers in its sentence, or None. Read once per token and home
    country: the rules ask again of a verb near each event (the next trigger, the head's)."""
    known = tok.doc.user_data.setdefault(_TRIGGER_TYPES, {})
    key = (tok.i, home)
    if key not in known:
        found = _trigger_type(tok, home)
        known[key] = None if found == "arrest" and (_in_absentia(tok) or _charged_crime(tok)) else found
    return known[key]


# a charge or a verdict, whose "of" / "with" names the crime ("accused of", "charged with",
# "on suspicion of", "found guilty of"), and the verdicts and arrests whose "for" names it
_CHARGE_HEADS = frozenset(
    {"accuse", "charge", "indict", "convict", "suspect", "suspicion", "guilty", "accusation", "allegation"}
)
_PUNISHING = frozenset({"sentence", "jail", "imprison", "convict", "arrest", "detain", "prosecute", "try"})
# the ways a crime's own verb sits under its charge: coordinated, a preposition's object, a
# purpose ("intent to obtain a ransom", also read as a relative clause) and its means ("by detaining")
_CRIME_PATH = frozenset({"conj", "pcomp", "pobj", "xcomp", "acl"})


def _charged_crime(tok: Token) -> bool:
    """'accused of detaining and abducting X', 'charged with unlawfully holding her for ransom',
    'jailed for kidnapping and detaining a trader': a detention named as the crime someone is
    charged with or punished for is that accused's act and its object their victim, not a
    person the state took; unless the accused are the state's own forces ('two officers charged
    with illegally detaining a reporter'). Not 'charged with spying after being detained': a
    clause of time is the accused's own story. The crime is told as a gerund: a finite verb the
    parser joined to the charge ('charged X with incitement and placed him in detention') is the
    court's own act."""
    if tok.tag_ != "VBG":
        return False
    node = tok
    for _ in range(8):
        head = node.head
        purpose = node.dep_ == "relcl" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in node.children)
        means = node.dep_ == "prep" and node.lower_ == "by"
        if head.i == node.i or node.dep_ not in _CRIME_PATH and not (means or purpose):
            return False
        charge = head.head
        charged = head.lower_ in ("of", "with") and charge.lemma_.lower() in _CHARGE_HEADS
        punished = head.lower_ == "for" and charge.lemma_.lower() in _PUNISHING
        if node.dep_ in ("pcomp", "pobj") and (charged or punished):
            return not _forces_charged(charge)
        node = head
    return False


_STATE_AGENTS = frozenset(
    {"soldier", "trooper", "agent", "detective", "gendarme", "marshal", "security", "army"}
)


def _forces_charged(charge: Token) -> bool:
    """Whether those a charge is brought against are the state's forces ('officers accused of')."""
    if charge.dep_ in ("acl", "amod"):
        accused = [charge.head]
    else:
        accused = [c for c in charge.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not accused and charge.head.i != charge.i and charge.dep_ in ("acomp", "oprd"):
            accused = [c for c in charge.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    # (not `SECURITY_FORCES`, which holds the "men" and "gunmen" who take someone away)
    forces = lexicon("force_roles") | _STATE_AGENTS
    return any(t.lemma_.lower() in forces or t.lower_ in forces for a in accused for t in a.subtree)


def _participle_read_as_noun(tok: Token) -> bool:
    """'X was fined 500 dollars and freed.': the tagger may read a past participle closing a list
    of passive verbs as a noun."""
    doc = tok.doc
    return (
        tok.tag_ == "NN"
        and tok.dep_ == "conj"
        and tok.lower_.endswith("ed")
        and tok.head.tag_ in ("VBN", "VBD")
        and tok.i + 1 < len(doc)
        and (doc[tok.i + 1].is_punct or doc[tok.i + 1].pos_ == "ADP")
        and doc[tok.i - 1].lower_ == "and"
        and not any(c.dep_ in ("det", "amod", "poss", "compound") for c in tok.children)
    )


def _participle_read_as_adjective(tok: Token) -> bool:
    """'X was handcuffed and taken away': the tagger may read a passive participle after "was" as
    an adjective (its lemma the whole word)."""
    return (
        tok.tag_ == "JJ"
        and tok.dep_ == "acomp"
        and tok.head.lemma_ == "be"
        and tok.lower_.endswith("ed")
        and any(stem in _rules_by_word() for stem in (tok.lower_[:-1], tok.lower_[:-2]))
    )


def _trigger_type(tok: Token, home: str | None) -> str | None:
    misread = _participle_read_as_noun(tok) or _participle_read_as_adjective(tok)
    if (
        tok.pos_ not in ("VERB", "AUX")
        and not (tok.tag_ == "VBN" and tok.dep_ in ("acl", "ROOT", "conj", "advcl"))
        and not misread
    ):
        return None
    if tok.dep_ in ("amod", "compound") and not misread_as_modifier(tok):
        return None
    lemma, lower = tok.lemma_.lower(), tok.lower_
    by_word, all_rules = _rules_by_word(), rules()
    if misread:
        lemma = next((stem for stem in (lower[:-1], lower[:-2]) if stem in by_word), lemma)
    found = by_word.get(lemma, ())
    if lower != lemma and lower in by_word:
        found = sorted({*found, *by_word[lower]})
    for rule in (all_rules[k] for k in found):
        if rule.check is None:
            return rule.label
        verdict = CHECKS[rule.check](tok, home)
        if verdict:
            return verdict if isinstance(verdict, str) else rule.label
    return None


def _in_absentia(tok: Token) -> bool:
    """'ordered X arrested in absentia', 'was arrested in absentia': a warrant for one who is abroad,
    no one taken into custody (a sentence in absentia is still a verdict)."""
    return any(
        c.dep_ == "prep" and c.lower_ == "in" and any(g.lower_ == "absentia" for g in c.children)
        for c in tok.children
    )


_REPORTING = frozenset({"say", "tell", "add", "state", "announce", "report", "confirm"})
_MISREAD_HOLDING = frozenset(
    {"remand", "detain", "arrest", "apprehend", "abduct", "deport", "extradite", "expel", "place"}
)


def _misread_after_place(tok: Token) -> bool:
    """'a court in Nghe An sentenced two members ...': after a place name the parser may take a
    past-tense verb (tagged VBD, which no adjective is) for an adjective of its object."""
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    return (
        tok.lemma_ in _MISREAD_VERDICTS
        and tok.tag_ == "VBD"
        and tok.dep_ == "amod"
        and tok.head.i > tok.i
        and before is not None
        and before.pos_ == "PROPN"
        and before.dep_ == "pobj"
        # (the subject left as the sentence's root before the verb; with the object as the root
        # after it, `headlines.misparsed_verb` reads the names and the term)
        and tok.sent.root.i < tok.i
        and tok.sent.root.pos_ in ("NOUN", "PROPN")
    )


_MISREAD_VERDICTS = _MISREAD_HOLDING | {"sentence", "convict"}


def misread_as_modifier(tok: Token) -> bool:
    """'A Moscow court on Friday remanded director X in custody': after a date the parser took the
    verb for an adjective of the object, and the sentence is left with a noun as its root."""
    if not (
        tok.lemma_ in _MISREAD_HOLDING  # ("jailed", a sentence, is read by `headlines.misparsed_verb`)
        and tok.tag_ in ("VBN", "VBD")
        and tok.dep_ == "amod"
        and tok.i > 0
        and tok.doc[tok.i - 1].ent_type_ in ("DATE", "TIME")
    ) and not _misread_after_place(tok):
        return False
    if any(t.pos_ in ("VERB", "AUX") and t.i != tok.i for t in tok.sent if t.i < tok.i):
        return False
    if tok.sent.root.pos_ in ("NOUN", "PROPN"):
        return True
    # "Police on Saturday detained activist X and four others ..., the group said": the noun left
    # as the clause of the reporting verb after it
    noun = tok.head
    while noun.dep_ == "compound" and noun.head.i > noun.i:
        noun = noun.head
    # (or as a second subject of that verb: "... X and four others, the committee said")
    verb = noun.head
    return (
        noun.pos_ in ("NOUN", "PROPN")
        and verb.dep_ == "ROOT"
        and verb.i > noun.i
        and verb.lemma_ in _REPORTING
        and (
            noun.dep_ == "ccomp"
            or noun.dep_ == "nsubj"
            and any(c.dep_ == "nsubj" and c.i > noun.i for c in verb.children)
        )
    )


# -- the checks a rule may name --------------------------------------------------------


def _prep_object(tok: Token, preps: tuple[str, ...], words: set[str] | frozenset[str]) -> bool:
    return any(
        c.dep_ in ("prep", "dative")
        and c.lower_ in preps
        and any(g.lemma_ in words or g.lower_ in words for g in c.subtree)
        for c in tok.children
    )


def _in_detention(tok: Token) -> bool:
    """'placed in pre-trial detention', 'remanded X and eight others in custody' (the parser may
    hang the place on the last object of the list rather than on the verb)."""
    preps, words = ("in", "into", "under"), _DETENTION
    objects = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    objects += [tok.head] if misread_as_modifier(tok) else []  # "on Monday placed X under house arrest"
    objects += [g for o in objects for g in o.conjuncts]
    return _prep_object(tok, preps, words) or any(_prep_object(o, preps, words) for o in objects)


def _walk_free(tok: Token, home: str | None) -> bool:
    children = {c.lower_ for c in tok.children}
    if "free" in children:
        return True
    if tok.lemma_ == "set" and tok.i + 1 < len(tok.doc) and tok.nbor().lower_ == "free":
        # "the decree set free X": the parser hangs "free" on the object as its adjective
        return tok.nbor().head.dep_ == "dobj" and tok.nbor().head.head == tok
    if tok.lemma_ == "set" and any(
        c.dep_ == "prep" and c.lower_ == "at" and any(g.lower_ == "liberty" for g in c.children)
        for c in tok.children
    ):
        return True  # "was set at liberty"
    # "walked out of Hollowmere Central Jail": a named prison's head noun is a proper noun
    if tok.lemma_ not in ("walk", "stride", "stroll") or "out" not in children:
        return False
    if any(_custody_word(t) for t in tok.subtree):
        # (a code names a prison or a colony too: "walked out of IK-2 in Seversk"; so does a
        # penal facility's kind: "walked out of the Central Women's Correctional Institution")
        return True
    if any(_named_custody(place) for place in _left_place(tok)):
        return True  # "walked out of IK-43" after "the colony, IK-43", "out of Insein" after "Insein prison"
    if _left_place(tok, ("PROPN", "NUM", "PRON", "X")) and _term_ended(tok):
        return True  # "walked out of IK-12 at the end of his four-year term": the place held him
    left = [c for h in (tok, *tok.children) if h.i == tok.i or h.dep_ == "prt" for c in h.children]
    if not any(c.dep_ == "prep" and c.lower_ in ("of", "from", "on") for c in left) and _prison_term_served(
        tok
    ):
        return True  # "He walked out in 2020, having served a term of three years": out of prison
    # "was acquitted and strode out of the courthouse": a defendant held until the verdict
    acquitted = (
        tok.dep_ == "conj"
        and tok.head.lemma_ == "acquit"
        or any(c.dep_ == "conj" and c.lemma_ == "acquit" for c in tok.children)
    )
    if not any(t.lemma_.lower() in _COURT_ROOMS for t in tok.subtree):
        return False
    return acquitted or _after_verdict_without_prison(tok)


_COURT_ROOMS = frozenset({"court", "courtroom", "courthouse", "dock", "cage"})
# a verdict that sends nobody to prison: its defendant, held until then, leaves the court free
_NO_PRISON = frozenset(
    {"suspended", "probationary", "probation", "conditional", "non-custodial", "noncustodial"}
)
_VERDICT_GIVING = frozenset({"sentence", "convict", "give", "hand", "receive", "get", "fine", "acquit"})


def _after_verdict_without_prison(walk: Token) -> bool:
    """'was given a suspended sentence and walked out of the courtroom', 'received three years'
    probation. She walked out of the court building': a walk-out of the court after a verdict
    with no prison term, by its defendant (the verdict's verb coordinated with the walk, or a
    he/she/they walking out in the next sentence); not 'walked out in protest'."""
    if any(t.lower_ == "protest" for t in walk.subtree):
        return False
    if walk.dep_ == "conj" and walk.head.lemma_ in _VERDICT_GIVING:
        return _no_prison_told(walk.head.subtree, walk.i)
    subject = next((c for c in walk.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ not in ("he", "she", "they") or walk.sent.start == 0:
        return False
    before = walk.doc[walk.sent.start - 1].sent
    return any(t.lemma_ in _VERDICT_GIVING for t in before) and _no_prison_told(before, before.end)


def _no_prison_told(tokens, end: int) -> bool:
    """A suspended, probationary or conditional term among `tokens` before index `end`."""
    return any(t.lower_ in _NO_PRISON for t in tokens if t.i < end)


def _term_ended(tok: Token) -> bool:
    """'at the end of his four-year term', 'after serving her sentence': the walk-out closes a
    prison term, so the place left is a prison whatever its name."""
    return any(
        t.lemma_ in ("term", "sentence")
        and not office_term(t)
        and end_named(t)
        or t.lemma_ == "serve"
        and t.head.lower_ == "after"
        for t in tok.subtree
    )


def having_done(verb: Token) -> bool:
    """A perfect participle: 'having served', 'having spent' (a done thing told as a reason)."""
    return any(c.dep_ == "aux" and c.lower_ == "having" for c in verb.children)


def _prison_term_served(walk: Token) -> bool:
    """'walked out in 2020, having served a term of three years and nine months', 'walked out
    after serving his sentence': a walk-out, with no place named, that a served prison term (a
    term noun, not one of office, or a stated length) comes right before is the way out of prison."""
    for t in walk.subtree:
        if t.lemma_ != "serve" or t.i == walk.i:
            continue
        if not (having_done(t) or t.head.lower_ == "after"):
            continue
        for obj in (c for c in t.children if c.dep_ == "dobj"):
            if obj.lemma_ in TERM_NOUNS and not office_term(obj) or term_in(obj):
                return True
    return False


def end_named(tok: Token) -> bool:
    """'the end of his four-year term': `tok` is what 'the end of' names the end of."""
    return tok.head.lower_ == "of" and tok.head.head.lower_ == "end"


def _left_place(tok: Token, tags: tuple[str, ...] = ("PROPN", "NUM")) -> list[Span]:
    """The proper names after 'out of' that `tok` ('walked out') governs: 'out of IK-43' (a code
    the tagger may call a pronoun or a foreign word, with `tags`)."""
    return [
        tok.doc[g.left_edge.i : g.i + 1]
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ == "of" or c.lower_ == "out"
        for o in ([c] if c.lower_ == "of" else [c, *c.children])
        if o.lower_ == "of"
        for g in o.children
        if g.dep_ == "pobj" and g.pos_ in tags
    ]


def _named_custody(place: Span) -> bool:
    """A place name the article writes elsewhere beside a custody word ('Insein prison', 'the
    colony, IK-43', 'penal colony IK-43'): the name of a prison or colony."""
    doc, text = place.doc, place.text
    for other in doc:
        if other.i == place.start or doc[other.i : other.i + len(place)].text != text:
            continue
        after = doc[other.i + len(place)] if other.i + len(place) < len(doc) else None
        before = [doc[k] for k in range(max(0, other.i - 2), other.i)]
        if after is not None and after.lemma_.lower() in CUSTODY_WORDS:
            return True  # "Insein prison"
        if before and before[-1].text == ",":
            before = before[:-1]  # "the colony, IK-43"
        if before and before[-1].lemma_.lower() in CUSTODY_WORDS:
            return True
    return False


VEHICLES = frozenset(
    {"flight", "plane", "aircraft", "jet", "bus", "minibus", "train", "ship", "boat", "van", "car"}
)
_VEHICLES_ANY = VEHICLES | {"vehicle", "truck"}


def _goes_abroad(tok: Token, home: str | None) -> bool:
    heads = [tok]
    # "put on a chartered flight to Guatemala City": the destination hangs on the vehicle
    heads += [c for c in tok.children if c.dep_ in ("dobj", "pobj", "prep") and c.lemma_ in VEHICLES]
    heads += [g for c in tok.children if c.dep_ == "prep" for g in c.children if g.lemma_ in VEHICLES]
    if any(_destination_abroad(h, home) for h in heads):
        return True
    if _forced_to_country(tok):
        return True
    # "was put on a plane to Vilnius against her will": a forced journey's destination is abroad,
    # even when it is the only country the story names (and so taken for its home)
    boarded = [
        g
        for c in tok.children
        if c.dep_ in ("prep", "prt") and c.lower_ in ("on", "onto", "aboard", "into")
        for g in c.children
        if g.lemma_ in VEHICLES
    ]
    if not boarded or not _against_will(tok):
        return False
    return any(_destination_abroad(h, "\0") for h in [tok, *boarded]) or _forced_aboard_nowhere(tok, boarded)


_AIRCRAFT = frozenset({"plane", "flight", "aircraft", "jet", "airliner"})


def _forced_aboard_nowhere(tok: Token, boarded: list[Token]) -> bool:
    """'was forced onto the plane', 'put aboard a flight against their will': a prisoner forced
    onto an aircraft with no destination told leaves the country (a swap, an expulsion); not a
    bus or a van (a transfer to prison), nor one whose destination is told at home ('forced onto a
    plane to Moscow' is read by `_destination_abroad`)."""
    if not any(b.lemma_ in _AIRCRAFT for b in boarded):
        return False
    # (the verb's own phrases and the vehicle's, not a relative clause on the subject: "X, who
    # was sentenced to 25 years, was forced onto the plane")
    own = [c for c in tok.children if c.dep_ not in ("nsubj", "nsubjpass")]
    own += [t for b in boarded for t in b.subtree]
    # ("forced onto a plane and flown to a prison in Siberia": the journey's end on the next verb)
    own += [g for c in tok.children if c.dep_ == "conj" for g in c.children]
    return not any(
        t.dep_ in ("prep", "advmod", "prt") and t.lower_ in ("to", "for", "into", "towards", "back", "home")
        for t in own
    )


def _forced_to_country(tok: Token) -> bool:
    """'released and flown to Germany the same day, without his consent', 'forcibly taken to
    Poland': a journey against the person's will whose destination is a country (not a city: 'taken
    to Minsk by force' may be a transfer) puts them across a border, whichever country the story
    names most (a forced return home is a removal too)."""
    if not _against_will(tok):
        return False
    return any(
        c.dep_ == "prep"
        and c.lower_ in ("to", "into")
        and any(g.dep_ == "pobj" and COUNTRIES.get(fold(g.text)) and g.pos_ == "PROPN" for g in c.children)
        for c in tok.children
    )


_CONSENT = frozenset({"consent", "permission", "agreement", "approval"})


def _against_will(tok: Token) -> bool:
    """'against his will', 'against their will' in the verb's own phrase; 'forced onto a plane',
    'forcibly put on a bus'."""
    if tok.lemma_ == "force" or any(c.lower_ in ("forcibly", "forcefully") for c in tok.children):
        return True
    return any(
        t.lower_ == "against"
        and any(g.lemma_ == "will" and g.dep_ == "pobj" for g in t.children)
        # "without his consent", "without their permission"
        or t.lower_ == "without"
        and any(g.lemma_ in _CONSENT and g.dep_ == "pobj" for g in t.children)
        for t in tok.subtree
    )


def _made_to_leave(tok: Token, home: str | None) -> bool:
    """'freed them and forced them to leave for Lithuania', 'was forced to leave the country':
    someone made to go abroad, not "forced to leave the party" or "to leave for work"."""
    # "officials made X leave the country": a small clause whose subject is the one made to go
    small = [
        x
        for x in tok.children
        if x.dep_ == "ccomp"
        and tok.lemma_ in ("make", "force")
        and any(c.dep_ == "nsubj" for c in x.children)
    ]
    if not moves_someone(tok) and not small:
        return False
    # ("was made to leave": the parser may hang the infinitive on the passive subject)
    hung = [x for c in tok.children if c.dep_ == "nsubjpass" for x in c.children if x.dep_ == "acl"]
    for x in [*tok.children, *hung]:
        # (or read the infinitive as a clause of purpose)
        infinitive = (
            x.dep_ == "xcomp"
            or x in small
            or x.dep_ in ("advcl", "acl")
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in x.children)
        )
        if infinitive and x.lemma_ in ("leave", "emigrate", "go"):
            # "forced to leave the country", "forced to leave Belarus" (a country, not a town)
            if any(
                c.dep_ == "dobj" and (c.lemma_ in ("country", "homeland") or COUNTRIES.get(fold(c.text)))
                for c in x.children
            ):
                return True
            if _destination_abroad(x, home, ("to", "for", "into")):
                return True
            if (
                tok.lemma_ in ("ask", "tell", "order")
                and x.lemma_ == "leave"
                and not any(
                    c.dep_ in ("dobj", "prep") and c.lower_ not in ("because", "over", "after", "within")
                    for c in x.children
                )
            ):
                # "was asked to leave": said of a diplomat, an expulsion (not "asked to leave the room")
                return is_diplomat(tok)
    return False


def is_diplomat(tok: Token) -> bool:
    """Whether the one the verb acts on is a diplomat ('an Iraqi diplomat', 'X, the embassy's press
    attache'): an expelled diplomat goes home, from no prison."""
    objects = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(t.lemma_.lower() in lexicon("diplomats") for c in objects for t in c.subtree)


# what one is expelled from when it is a country: "expelled from the country", "from the territory"
_LANDS = frozenset({"country", "territory", "state", "republic", "kingdom", "region", "city", "island",
                    "zone", "area", "homeland", "nation", "land", "capital", "province",
                    "border"})  # fmt: skip
# bodies that expel their own members or pupils
_BODIES = frozenset({"party", "school", "university", "college", "academy", "club", "league", "union",
                     "church", "association", "federation", "committee", "team", "faculty",
                     "bar"})  # fmt: skip


def _from_a_body(tok: Token) -> bool:
    """'expelled from school', 'expelled from the Communist Party', 'the party expelled three
    members': put out of an institution, not out of a country ('expelled from Belarus')."""
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "from"):
        for place in (g for g in prep.children if g.dep_ == "pobj"):
            if place.ent_type_ in ("GPE", "LOC") or COUNTRIES.get(fold(place.text)):
                return False
            return place.lemma_.lower() not in _LANDS
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in _BODIES for c in tok.children)


def _set_off_read_as_verb(tok: Token) -> Token | None:
    """'X, remanded in custody last spring, has lost ten kilograms': the parser takes the set-off
    participle for the verb of X and joins the real verb to it as a conjunct with its own
    auxiliary and no subject. The subject, when so: it underwent the participle."""
    if tok.tag_ not in ("VBD", "VBN") or any(c.dep_ in ("aux", "auxpass") for c in tok.children):
        return None
    doc = tok.doc
    subject = next((c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i), None)
    if subject is None:
        return None
    comma = subject.right_edge.i if subject.right_edge.text == "," else subject.right_edge.i + 1
    if doc[comma].text != "," or comma + 1 != tok.i:
        return None
    if any(
        c.dep_ == "dobj" and (c.pos_ in ("PROPN", "PRON") or fold(c.lemma_) in PERSON_NOUNS)
        for c in tok.children
    ):
        return None  # "X, police said, arrested Y": a verb with its own object
    verb = next(
        (
            c
            for c in tok.children
            if c.dep_ == "conj"
            and doc[c.left_edge.i - 1].text == ","
            # (its own auxiliary, "has lost", or a finite verb opening the rest, "worked as a nurse")
            and (
                any(a.dep_ in ("aux", "auxpass") and a.i == c.left_edge.i for a in c.children)
                or c.left_edge.i == c.i
                and c.tag_ in ("VBD", "VBZ", "VBP")
                and not any(o.dep_ == "dobj" for o in tok.children)
            )
            and not any(a.dep_ in ("nsubj", "nsubjpass", "expl") for a in c.children)
        ),
        None,
    )
    return subject if verb is not None else None


def participle_holder(tok: Token) -> Token | None:
    """'X, remanded in custody in May, ...', 'Remanded in March, X told ...', 'those exiled in
    2021': the one a bare past participle (no auxiliary, no subject of its own) tells of, who
    underwent the verb, so a rule that wants a patient finds one in a reduced clause too."""
    if (subject := _set_off_read_as_verb(tok)) is not None:
        return subject
    if any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in tok.children):
        return None
    if tok.dep_ == "conj" and tok.tag_ in ("VBN", "VBD") and tok.head.tag_ == "VBN" and tok.head.i < tok.i:
        # "Detained in May and later handed six years, X ...", "X, arrested in 2021 and given
        # seven years, ...": a bare participle joined to another shares the one it tells of (the
        # tagger may read the second as a past tense, which without a subject it cannot be)
        return participle_holder(tok.head)
    if tok.tag_ != "VBN":
        return None
    # ("those given six years": the parser may read "given" as a preposition, still a verb's tag)
    if (tok.dep_ == "acl" or tok.dep_ == "prep" and tok.pos_ == "VERB") and tok.head.pos_ in (
        "NOUN",
        "PROPN",
        "PRON",
    ):
        return tok.head
    if tok.dep_ == "prep" and tok.pos_ == "VERB" and tok.i > 0 and tok.doc[tok.i - 1].lower_ == "those":
        return tok.doc[tok.i - 1]  # ("was among those given seven years", the verb hung on "was")
    if tok.dep_ == "advcl" and tok.i < tok.head.i and not any(c.dep_ == "mark" for c in tok.children):
        # (fronted: "Exiled in 2021, X now lives in Vilnius" tells of the main clause's subject)
        return next((c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > tok.i), None)
    return None


# the object pronouns a causative "have" takes ("had them escorted"), never a clause's subject
_OBJECT_PRONOUNS = frozenset({"him", "her", "them", "us", "me"})
# words on "have" that make the causing a plan, a wish or a denial ("to have him released")
_UNTOLD_CAUSING = frozenset(
    {"to", "will", "would", "could", "should", "may", "might", "must", "can", "not", "n't"}
)


def causative_object(tok: Token) -> Token | None:
    """'Belarus released 14 people and had them escorted across the border', 'has them escorted to
    the border' (a headline), 'the governor had him arrested': a causative "have" + object + past
    participle; the parser makes the object pronoun the participle's subject (or "has" its perfect
    auxiliary), but it is the one the participle befalls. An object pronoun is never a subject, so
    the form is plain. Not a causing that is only asked or planned ("a request to have him
    released", "will have them deported"), nor a denied one."""
    if tok.tag_ != "VBN":
        return None
    pronoun = next((c for c in tok.children if c.dep_ == "nsubj" and c.lower_ in _OBJECT_PRONOUNS), None)
    if pronoun is None or pronoun.i > tok.i:
        return None
    if tok.dep_ in ("ccomp", "xcomp") and tok.head.lemma_ == "have" and tok.head.i < pronoun.i:
        have = tok.head
    else:
        have = next(
            (c for c in tok.children if c.dep_ == "aux" and c.lemma_ == "have" and c.i < pronoun.i), None
        )
    if have is None or any(t.lower_ in _UNTOLD_CAUSING for t in tok.doc[pronoun.i + 1 : tok.i]):
        return None
    if any(c.lower_ in _UNTOLD_CAUSING for c in have.children if c.dep_ in ("aux", "neg")):
        return None
    if have.i > 0 and tok.doc[have.i - 1].lower_ in _UNTOLD_CAUSING:
        return None
    return pronoun


def moves_someone(tok: Token) -> bool:
    """'drove them to the border', 'was flown to Vilnius', 'prisoners bused abroad': someone is
    moved; 'the congressman flew to Germany' is a trip, 'transferred 2,000 euros to a charity'
    a payment."""
    if any(c.dep_ == "dobj" and (c.ent_type_ == "MONEY" or _paid(c)) for c in tok.children):
        return False
    if tok.dep_ == "conj" and _went_alone(tok):
        return False  # "was freed in May and has since moved to Germany": her own move, not a passive
    if tok.tag_ == "VBN" and tok.dep_ in ("acl", "relcl", "conj") or participle_holder(tok) is not None:
        return True
    if causative_object(tok) is not None:
        return True  # "had them driven to the Lithuanian frontier"
    if tok.dep_ == "conj" and tok.tag_ == "VBD" and any(c.dep_ == "auxpass" for c in tok.head.children):
        return (
            True  # "was released and forced out of the country": the tagger's past tense shares the passive
        )
    return any(c.dep_ in ("dobj", "nsubjpass", "auxpass") for c in tok.children)


# verbs of moving that are also said of one's own going ("she moved to Berlin", "he flew home")
_GOES_ALONE = frozenset({"move", "fly", "march", "lead"})


def _went_alone(tok: Token) -> bool:
    """A verb joined to a passive ("was released and ...") that does not share it: its own active
    perfect ("and has since moved to Germany") or a verb of one's own going in a form that is no
    passive participle ("and moved to Germany", "and flew to Berlin"; not "and flown to Berlin")."""
    if any(c.dep_ in ("auxpass", "nsubjpass", "dobj") for c in tok.children):
        return False
    if any(c.dep_ == "aux" and c.lemma_ == "have" for c in tok.children):
        return True
    return tok.lemma_ in _GOES_ALONE and tok.lower_ != "flown"


_THINGS_SENT = lexicon("released_things")
_SUMS = lexicon("money_and_measures")


def carried_thing(noun: Token) -> bool:
    """'two SD cards', 'two laptops and a camera', 'two suitcases of leaflets': things found on or
    taken from someone, not people."""
    lemma = noun.lemma_.lower()
    return any(lemma in lexicon(k) for k in ("carried_things", "released_things", "money_and_measures"))


def _paid(noun: Token) -> bool:
    """A sum or a thing sent, not a person: 'money', 'funds', 'roubles' counted."""
    lemma = noun.lemma_.lower()
    return lemma in _THINGS_SENT or lemma in _SUMS and any(c.dep_ == "nummod" for c in noun.children)


@lru_cache(maxsize=65536)  # asked of every word of every destination phrase
def country_of(word: str) -> str | None:
    """The country a country's or a capital's name ('Belarusian', 'Minsk') stands for."""
    return COUNTRIES.get(fold(word)) or CAPITALS.get(fold(word))


def _destination_abroad(
    tok: Token, home: str | None, preps: tuple[str, ...] = ("to", "into", "across", "over")
) -> bool:
    # "those put over the border": the parser may read the preposition as a particle and the
    # border as the verb's object
    children = list(tok.children)
    if any(c.dep_ == "prt" and c.lower_ in preps for c in children) and any(
        c.dep_ == "dobj" and c.lemma_ in ("border", "frontier") for c in children
    ):
        return True
    children += _past_manner(children, preps)
    for c in children:
        if c.dep_ in ("prep", "dative", "advmod") and (c.lower_ in preps or c.lower_ == "abroad"):
            if c.lower_ == "abroad":
                return True
            words = list(c.subtree)
            # "driven to the Latvian frontier", "to a checkpoint on the border"
            if any(t.lemma_ in ("border", "frontier") and not _placed_near(t, c) for t in words):
                return True
            for t in words:
                country = country_of(t.text)
                if country and country != (home or "belarus") and not _placed_near(t, c):
                    return True
            if any(_foreign_place_name(t, home) for t in words):
                return True
    return False


def _past_manner(children: list[Token], preps: tuple[str, ...]) -> list[Token]:
    """'driven under escort to the border', 'taken by bus to Lithuania', 'flown in a chartered jet
    to Vienna': the parser may hang the destination on the noun of the manner or vehicle phrase
    before it; it is still the verb's."""
    manner = [
        d
        for c in children
        if c.dep_ == "prep" and c.lower_ in _MANNER_PREPS
        for g in c.children
        if g.dep_ == "pobj" and g.pos_ == "NOUN"
        for d in g.children
        if d.dep_ == "prep" and d.lower_ in preps
    ]
    # "put on a plane back to Nairobi", "sent back to Kenya": the destination hung on "back"
    return manner + [
        d
        for c in children
        if c.dep_ == "advmod" and c.lower_ == "back"
        for d in c.children
        if d.dep_ == "prep" and d.lower_ in preps
    ]


_MANNER_PREPS = frozenset({"under", "by", "in", "on", "aboard"})
_NEAR = frozenset({"near", "nearby", "close", "outside", "beside", "along", "next", "by"})


def _placed_near(word: Token, prep: Token) -> bool:
    """`word` (a border, a country) only places another place near it: "transferred to a prison
    near the Lithuanian border", "moved to a colony close to the Polish frontier" stay at home."""
    node = word
    while node.i != prep.i and node.head.i != node.i:
        node = node.head
        if node.i != prep.i and node.lower_ in _NEAR:
            return True
    return False


def handed_to_state(tok: Token) -> bool:
    """'X, whom Russian authorities handed over to Tajikistan', 'was handed over to Uzbekistan': a
    person given by one state to another, the story's own country too (not 'handed over the
    documents to Russia', nor 'handed over to police')."""
    if "over" not in {c.lower_ for c in tok.children}:
        return False
    if any(
        c.dep_ == "dobj" and c.pos_ not in ("PRON", "PROPN") and fold(c.lemma_) not in PERSON_NOUNS
        for c in tok.children
    ):
        return False
    return any(
        c.dep_ == "prep"
        and c.lower_ == "to"
        and any(g.dep_ == "pobj" and COUNTRIES.get(fold(g.text)) for g in c.children)
        for c in tok.children
    )


def sent_home_by_other_state(tok: Token, home: str | None) -> bool:
    """'Turkey deported the activist X to Dushanbe', 'Russia expelled him to Tajikistan': another
    state sends the story's own national back home, into the hands of the state that wants them;
    no prison of the story's frees anyone."""
    if home is None:
        return False
    senders = [c for c in tok.children if c.dep_ == "nsubj"]
    senders += [g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if not any(country_of(t.text) not in (None, home) for s in senders for t in s.subtree):
        return False
    return any(
        c.dep_ == "prep" and c.lower_ == "to" and any(country_of(g.text) == home for g in c.subtree)
        for c in tok.children
    )


def handed_between_states(tok: Token) -> bool:
    """'Thai police arrested X in Bangkok and handed him over to Cambodian police', 'detained in
    Almaty and handed over to Uzbek security services': a person given to one country's police or
    officials by another country (named in the clause as the taker's nationality or as the place),
    a removal whatever the story's home (not 'Russian police handed him over to Russian
    investigators', nor 'handed over to police' with no nationality)."""
    taken = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if tok.dep_ == "conj":
        taken += [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")] if not taken else []
    if "over" not in {c.lower_ for c in tok.children} and not (
        # "France handed a suspected member of ETA to Spanish authorities": a person handed, no "over"
        tok.lemma_ == "hand" and any(c.dep_ == "dobj" and _handed_person(c) for c in taken)
    ):
        return False
    if any(c.dep_ == "dobj" and not _handed_person(c) for c in taken):
        return False  # "handed the documents over to Uzbek investigators"
    to = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "to"), None)
    taker = next((g for g in to.children if g.dep_ == "pobj"), None) if to is not None else None
    if taker is None or taker.lemma_.lower() not in lexicon("state_receivers"):
        return False
    nation = {country_of(t.text) for t in taker.subtree if t.i != taker.i} - {None}
    if len(nation) != 1:
        return False
    scope = tok.head if tok.dep_ == "conj" else tok
    phrase = {t.i for t in to.subtree}
    return any(
        (other := country_of(t.text)) is not None and other not in nation
        for t in scope.subtree
        if t.i not in phrase and t.ent_type_ in ("GPE", "NORP")
    )


def _handed_person(noun: Token) -> bool:
    """A name, a pronoun or a noun for a person, as what is handed ('handed him', 'handed a
    suspected smuggler'), not 'handed the documents'."""
    return noun.pos_ in ("PROPN", "PRON") or fold(noun.lemma_) in PERSON_NOUNS or accused_noun(noun)


def accused_noun(noun: Token) -> bool:
    """A noun for someone accused or an offender ('a suspect', 'a hitman', 'a gunman'): the word
    classes `accused_someone` and `offender_nouns`."""
    word = fold(noun.lemma_)
    return word in lexicon("accused_someone") or word in lexicon("offender_nouns")


_FREED_LEMMAS = frozenset({"free", "release", "pardon", "exchange", "swap", "trade", "acquit"})


def handed_to_custody(tok: Token) -> bool:
    """'was arrested by Thai police ... driven to the border and handed to Cambodian police': the
    removal (or a verb joined to it) ends in another force's custody, so no one was freed; not
    'Nine of the freed prisoners were ... handed over to Lithuanian officers' (a group told freed)."""
    verbs = [tok, *(c for c in tok.children if c.dep_ == "conj")]
    handed = any(
        v.lemma_ in ("hand", "turn")
        and any(
            p.dep_ == "prep"
            and p.lower_ == "to"
            and any(g.dep_ == "pobj" and g.lemma_.lower() in lexicon("state_receivers") for g in p.children)
            for p in v.children
        )
        for v in verbs
    )
    verb_of_subject = tok.head if tok.dep_ == "conj" else tok  # ("were brought ... and handed")
    subjects = [
        c for v in (tok, verb_of_subject) for c in v.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")
    ]
    freed = any(
        t.dep_ in ("amod", "acl")
        and (t.lemma_ in _FREED_LEMMAS or t.lower_ in ("freed", "released", "pardoned"))
        for s in subjects
        for t in s.subtree
    )
    return handed and not freed


def held_where_sent(tok: Token, home: str | None) -> bool:
    """'Russian authorities deported X to Tajikistan, where she was taken into custody as soon as
    her plane landed': the place the removal ends in is told, in a relative clause of "where", as
    the place of an arrest; the person went from one state's hands to another's, and was not
    freed (the removal stays, and so does the arrest)."""
    sent = tok.sent
    for clause in (t for t in sent if t.i > tok.i and t.dep_ == "relcl"):
        place = clause.head
        if not (place.ent_type_ in ("GPE", "LOC") or place.pos_ == "PROPN") or place.i < tok.i:
            continue
        if not any(c.lower_ == "where" and c.dep_ == "advmod" for c in clause.children):
            continue
        if trigger_type(clause, home) == "arrest":
            return True
    return False


def _returned_to_country(tok: Token, home: str | None) -> bool:
    """'was forcibly returned to Tajikistan', 'was sent back to Russia by Kazakh authorities',
    'police returned him to Uzbekistan': someone moved into a country from abroad against their
    will (a forced return home is a deportation too: any named country, home or not; not 'returned
    to prison', nor someone who 'returned to Tajikistan' of their own accord)."""
    back = any(c.lower_ == "back" for c in tok.children)
    if tok.lemma_ == "send" and not back:
        return False
    # ("were detained ... and forcibly returned to X": the parser may read the second participle
    # of a passive as a past tense joined on, with no auxiliary of its own)
    # (not "were freed and returned to Russia": a freed prisoner going home)
    passive_conj = (
        tok.dep_ == "conj"
        and any(c.dep_ == "auxpass" for c in tok.head.children)
        and tok.head.lemma_ not in _FREED_LEMMAS
    )
    if not passive_conj and not any(c.dep_ in ("dobj", "nsubjpass", "auxpass") for c in tok.children):
        return False
    if any(
        c.dep_ == "dobj" and c.pos_ not in ("PRON", "PROPN") and fold(c.lemma_) not in PERSON_NOUNS
        for c in tok.children
    ):
        return False  # "returned the documents to Russia": a thing
    if any(t.lemma_.lower() in ("exchange", "swap", "trade") for t in tok.subtree):
        return False  # "returned to Uzbekistan in a prisoner exchange": handed back, freed
    heads = [tok, *(c for c in tok.children if c.lower_ == "back")]
    # ("were sent back from Thailand": sent back out of a named country, to wherever they came from)
    directions = ("to", "from") if tok.lemma_ == "send" and back else ("to",)
    return any(
        c.dep_ == "prep"
        and c.lower_ in directions
        # ("sent back to Dushanbe": a capital stands for its state)
        and any(g.dep_ == "pobj" and country_of(g.text) for g in c.children)
        for h in heads
        for c in h.children
    )


def _foreign_place_name(tok: Token, home: str | None) -> bool:
    """'put on a plane to the United States', 'flown to Costa Rica': a place name of several
    words, none of them a country's alone, looked up in rigour's territories."""
    if tok.ent_iob_ != "B" or tok.ent_type_ not in ("GPE", "LOC"):
        return False
    end = tok.i + 1
    while end < len(tok.doc) and tok.doc[end].ent_iob_ == "I":
        end += 1
    start = tok.i + 1 if tok.lower_ == "the" else tok.i
    if end - start < 2:
        return False
    territory = _country_names().get(fold(span_text(tok.doc[start:end])))
    if territory is None:
        return False
    return home not in (territory.code, territory.name.lower())


@cache
def _country_names() -> dict[str, Territory]:
    """Countries by their folded short, full and in-sentence names. rigour's `lookup_territory`
    would also know every alternative name, but its index normalises 29,000 of them on the
    first call (about 1.5 s, a fifth of a run's start-up); a destination of several words is
    named in news by one of these three."""
    names: dict[str, Territory] = {}
    for territory in get_territories():
        if territory.is_country and not territory.is_historical:
            for name in (territory.name, territory.full_name, territory.in_sentence.removeprefix("the ")):
                names.setdefault(fold(name), territory)
    return names


_EMBEDDED = frozenset({"relcl", "acl", "advcl", "ccomp"})


# the words that make a time served the whole of it: "after serving her full two years", "the
# full 18 months of her sentence"
_WHOLE = frozenset({"full", "entire", "whole"})


def term_in(tok: Token, *, own: bool = False) -> int | None:
    """The first exact prison term in the phrase headed by `tok`, in months.

    In "two years of a term of 30 months" the term is the term noun's, not the time served;
    a match that the parse cut short ("five years [and six months]") is read on to its end.
    With `own`, clauses embedded in the phrase are left out ("a call from her niece, who was
    returning after spending two years abroad")."""
    left, right = tok.left_edge, tok.right_edge
    if not TERM_RE.needs.search(doc_text(tok.doc), left.idx, right.idx + len(right.text)):
        # no unit of time in the phrase: no term in it, nor in a phrase inside it; but a term noun's
        # length may be set off after it ("his term in full — 2 years and 3 months")
        return _set_off_length(tok) if tok.lemma_ in TERM_NOUNS and tok.pos_ == "NOUN" else None
    subtree = list(tok.subtree)
    if own:
        clauses = [t for t in subtree if t.dep_ in _EMBEDDED and t.i > tok.i and t.pos_ in ("VERB", "AUX")]
        if clauses:
            first = min(t.left_edge.i for t in clauses)
            subtree = [t for t in subtree if t.i < first]
    for t in subtree:
        if t.i != tok.i and t.lemma_ in TERM_NOUNS and t.pos_ == "NOUN" and not office_term(t):
            inner = term_in(t, own=own)
            if inner:
                return inner
            if life_or_death(t):
                return None  # "served 17 years of a life sentence": the years are time served
            if (
                t.head.lower_ == "of"
                and any(c.dep_ in ("det", "poss") and c.i < t.i for c in t.children)
                and not any(m.dep_ == "amod" and m.lower_ in _WHOLE for m in tok.children)
            ):
                # "served eight months of that term": time served of a term told elsewhere (but
                # "the full 18 months of her sentence" is the whole of it)
                return None
    start, end = subtree[0].idx, subtree[-1].idx + len(subtree[-1].text)
    whole = doc_text(tok.doc)
    text = whole[start:end]
    sent_end = tok.sent.end_char
    for match in TERM_RE.finditer(text):
        if is_approximate(whole[max(0, start - 30) : start] + text[: match.start()]):
            continue
        longer = TERM_RE.match(whole, start + match.start(), sent_end)
        months = term_months(longer if longer is not None else match)
        if months:
            return months
    return None


# what sets a term's length off after its noun: a dash, a comma, a colon
_SET_OFF = frozenset({"—", "–", "-", "--", ",", ":"})
# what makes a duration after a term noun a time of something else ("two years later", "two
# years after his arrest", "two years into it")
_NOT_A_LENGTH = re.compile(r"\s*(?:later|after|before|into|since|on|from|ago|earlier)\b", re.IGNORECASE)


def _set_off_length(noun: Token) -> int | None:
    """'having served his term in full — 2 years and 3 months', 'after serving his sentence —
    two years and three months —', 'his full term, two years and three months,': the length of a
    term noun that has none of its own, set off right after it (past "in full") by a dash, a
    comma or a colon; the parser hangs the duration on the verb, so it is read by position. Not
    a time told after the noun ("served his sentence, two years after his arrest")."""
    doc = noun.doc
    if office_term(noun):
        return None
    k = noun.i + 1
    if k + 1 < len(doc) and doc[k].lower_ == "in" and doc[k + 1].lower_ == "full":
        k += 2
    if k + 1 >= len(doc) or doc[k].text not in _SET_OFF or doc[k].sent.start != noun.sent.start:
        return None
    whole = doc_text(doc)
    match = TERM_RE.match(whole, doc[k + 1].idx, noun.sent.end_char)
    if match is None or _NOT_A_LENGTH.match(whole, match.end()):
        return None
    return term_months(match) or None


def life_or_death(noun: Token) -> bool:
    """'a life sentence', 'his death sentence': a verdict with no term in months."""
    return any(
        c.dep_ in ("compound", "amod", "nmod") and c.lemma_.lower() in ("life", "death")
        for c in noun.children
    )


_RANGE_NUMBER = (
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen|twenty)"
)
# "between six and eight years", "of three to five years", "two-to-four-year terms"
_TERM_RANGE = re.compile(
    rf"\b(?:between\s+)?{_RANGE_NUMBER}(?:\s+and\s+a\s+half)?\s*(?:and|to|-|–)\s*{_RANGE_NUMBER}[\s-]+(?:years?|months?)\b",
    re.IGNORECASE,
)


def _custody_word_in(phrase: Token) -> bool:
    """Whether a custody word is written in the phrase, as a form or a lemma ('in prison')."""
    return not CUSTODY_WORDS.isdisjoint({w for t in phrase.subtree for w in (t.lemma_.lower(), t.lower_)})


def _awarded_term(tok: Token, home: str | None) -> bool:
    """'was awarded three years', 'the court awarded him life imprisonment': a court's award of a
    prison term, in a sentence about courts; not 'awarded a three-year grant' (only a bare time,
    a term noun or a life or death sentence as the object)."""
    if not any(t.lemma_.lower() in lexicon("legal_context") for t in tok.sent):
        return False
    return any(
        c.dep_ in ("dobj", "attr", "oprd")
        and (
            c.lemma_ in ("year", "month")
            and term_in(c, own=True)
            or c.lemma_ in TERM_NOUNS
            and not office_term(c)
            and term_in(c, own=True)
            or c.lemma_ in ("imprisonment", "sentence")
            and any(g.lemma_ in ("life", "death") for g in c.subtree)
        )
        for c in tok.children
    )


def _outside_courts_in_aside(obj: Token) -> bool:
    """'The charity gave a volunteer, X, three years of funding': a duration the parser hangs in the
    object's apposition is a term only in a story of courts."""
    return (
        obj.lemma_ not in TERM_NOUNS
        # ("received 10 years; B, 25, seven years": a duration of its own, the next one a gapped
        # conjunct the parser set in apposition)
        and not (obj.lemma_ in ("year", "month") and any(c.dep_ == "nummod" for c in obj.children))
        and any(a.dep_ == "appos" and term_in(a, own=True) for a in obj.children)
        and not any(t.lemma_.lower() in lexicon("legal_context") for t in obj.sent)
    )


# how the parser may hang a name that follows the verb's role-noun object on the verb itself
STRAY_NAME_DEPS = frozenset({"npadvmod", "dep", "appos", "oprd", "attr", "dobj", "advmod", "nsubj"})


def name_set_off_after(noun: Token, verb: Token) -> Token | None:
    """'gave a pensioner, X, three years': the name set off by a comma after the verb's role-noun
    object, which the parser hangs on the verb itself (the head of the name)."""
    doc = noun.doc
    k = noun.right_edge.i + 1
    if noun.pos_ != "NOUN" or k + 1 >= len(doc) or doc[k].text != "," or doc[k + 1].pos_ != "PROPN":
        return None
    name = doc[k + 1]
    while name.dep_ in ("compound", "flat") and name.head.i > name.i:
        name = name.head
    return name if name.head.i == verb.i and name.dep_ in STRAY_NAME_DEPS else None


def _bare_durations(verb: Token) -> list[Token]:
    """'gave X ten years': the bare durations after the verb, also one the parser hangs on the
    preposition that follows it ('gave X ten years in 2024': 'years' under 'in')."""
    out = [c for c in verb.children if c.dep_ == "npadvmod" and c.i > verb.i]
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.i > verb.i:
            out += [c for c in prep.children if c.dep_ == "npadvmod" and c.i < prep.i]
    return out


def _role_before_name(noun: Token) -> bool:
    """'gave the florist X ten years', 'handed opposition blogger X five years': a role noun set
    right before a name with no comma, which the parser makes the name's head (the name in
    apposition to it), stands for the named person."""
    return noun.pos_ == "NOUN" and any(
        a.dep_ == "appos" and a.pos_ == "PROPN" and a.left_edge.i == noun.i + 1 for a in noun.children
    )


def whole_of_each(tok: Token) -> Token | None:
    """'each of them', 'each of the nine defendants', 'all of the six', 'both of them': a
    distributive pronoun with "of" stands for the whole group, each of whose members underwent
    the event (the number and the people are the whole's)."""
    if tok.lower_ not in ("each", "all", "both") or tok.pos_ not in ("DET", "PRON"):
        return None
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None


_DISTRIBUTIVE = frozenset({"respectively", "apiece", "each"})


def _term_on_distributive(adverb: Token) -> bool:
    """'A and B got 13 years apiece', 'were handed three and four years respectively': the parser
    hangs the term on the distributive adverb after it (an npadvmod), not on the verb as its
    object; the verb's term is there all the same (session 54, terms: 'apiece' after got, handed,
    drew; the same shape as 'respectively', read before only after receive/get)."""
    return (
        adverb.dep_ == "advmod"
        and adverb.lower_ in _DISTRIBUTIVE
        and any(
            g.dep_ == "npadvmod" and g.i < adverb.i and term_in(g, own=True) and not _deadline(g)
            for g in adverb.children
        )
    )


def _term_object(tok: Token, home: str | None) -> bool:
    """'received 11 years', 'was given a 3-year sentence', 'got a year and a half behind bars',
    'was handed the death penalty'."""
    for c in tok.children:
        if c.dep_ in ("dobj", "attr", "oprd") and c.lemma_.lower() in lexicon("penalties_without_custody"):
            return False  # "was handed a four-year ban for doping", "got a two-year contract"
        if (
            c.dep_ in ("dobj", "attr", "oprd")
            and (term_in(c, own=True) or c.lemma_ in TERM_NOUNS and not office_term(c) or _death_penalty(c))
            and not _deadline(c)
            and not (c.lemma_ not in TERM_NOUNS and _time_allowed(tok, c))
            and not _outside_courts_in_aside(c)
        ):
            return True
        if c.dep_ == "prep" and term_in(c, own=True) and _custody_word_in(c):
            return True
        if c.dep_ == "dobj" and _bare_life(c):
            return True  # "the judge gave him life", "X got life for the killings"
        if (
            c.dep_ == "npadvmod"
            and tok.lemma_ in ("receive", "get")
            and c.left_edge.i == tok.i + 1
            and term_in(c, own=True)
            and not _deadline(c)
        ):
            return True  # "received one year, three months": the parser reads no object
        if _term_on_distributive(c):
            return True  # "A and B got three and four years respectively", "... 13 years apiece"
    if tok.lemma_ in ("give", "hand"):
        # "handed A, B and C prison terms of ...": a broken list may hang the terms anywhere
        if any(t.lemma_ in TERM_NOUNS and t.pos_ == "NOUN" and term_in(t) for t in own_clause(tok)):
            return True
        # "gave X five years": a named recipient and a bare duration, with no purpose ("to pay")
        recipient = any(
            c.dep_ in ("dobj", "dative")
            and (
                _name_head(c)
                or (c.dep_ == "dobj" and name_set_off_after(c, tok) is not None)
                or _role_before_name(c)
            )
            for c in tok.children
        )  # ("gave a pensioner, X, three years": the name set off after the role, on the verb)
        # ("a judge handed him 16 years": a pronoun recipient in a sentence about a court)
        # ("handed each of them ten years", "gave each of the nine defendants ...": the whole)
        recipient = (
            recipient
            or any(
                c.dep_ in ("dobj", "dative")
                and (
                    c.lower_ in ("him", "her", "them")
                    or (whole := whole_of_each(c)) is not None
                    and (whole.lower_ == "them" or whole.tag_ == "NNS" or whole.like_num)
                )
                for c in tok.children
            )
            and any(t.lemma_.lower() in lexicon("legal_context") for t in tok.sent)
        )
        if _group_given_sentences(tok):
            return True
        # (not "..., as was B": an elliptic comparison, no purpose)
        purpose = any(
            c.dep_ in ("xcomp", "advcl")
            and c.pos_ != "ADJ"  # ("given 18 months effective": no purpose)
            # (a reason or a time is no purpose: "given 18 months because ...", "... after ...")
            and not any(m.dep_ == "mark" and m.lower_ in _NO_PURPOSE for m in c.children)
            for c in tok.children
        )
        if purpose:
            return False
        # "handed three teenagers between six and eight years", "gave the four men terms of two to
        # five years": a range of terms given to a group in a story of courts (no one term)
        given_to = any(
            c.dep_ in ("dobj", "dative") and (c.tag_ == "NNS" or c.pos_ == "PROPN" or c.lower_ == "them")
            for c in tok.children
        )
        if given_to and any(t.lemma_.lower() in lexicon("legal_context") for t in tok.sent):
            clause = sorted(t.i for t in own_clause(tok))
            tail = span_text(tok.doc[tok.i : clause[-1] + 1])
            if _TERM_RANGE.search(tail):
                return True
        # "the court gave three activists (— A, B and C —) 18 months each": a counted group given a
        # duration in a story of courts, the duration set off after it
        group = next(
            (
                c
                for c in tok.children
                if c.dep_ in ("dobj", "dative")
                and c.tag_ == "NNS"
                and (any(g.dep_ == "nummod" for g in c.children) or fold(c.lemma_) in PERSON_NOUNS)
            ),
            None,
        )
        if (
            group is not None
            and any(t.lemma_.lower() in lexicon("legal_context") for t in tok.sent)
            and any(
                t.dep_ in ("npadvmod", "appos")
                and t.i > group.i
                and t.head.i in (tok.i, group.i)
                and term_in(t)
                and not _deadline(t)
                and not any(w.lower_ == "ago" for w in t.subtree)
                for t in tok.subtree
            )
        ):
            return True
        # "was convicted and given 15 years": the passive's subject received the duration right
        # after it, whatever the parser made of it
        # ("given 18 months effective": the term may hang on the word after it)
        if tok.tag_ == "VBN" and any(
            c.left_edge.i == tok.i + 1
            and (c.pos_ in ("NOUN", "NUM") or c.pos_ == "ADJ" and term_starts(c.left_edge))
            and term_in(c)
            and not _deadline(c)
            for c in tok.children
        ):
            return True
        if recipient and any(
            term_in(c) and not _deadline(c) and not _time_allowed(tok, c) for c in _bare_durations(tok)
        ):
            return True  # (not "gave X two years to finish the book" or "of free rent": a time allowed)
        # "handed X, a teacher the court called the ringleader, five years in a colony": the term set
        # off after the recipient's apposition, which the parser hangs inside it
        if recipient and any(
            t.dep_ == "npadvmod"
            and t.i > a.i
            and t.doc[t.left_edge.i - 1].text == ","
            and term_in(t)
            and not any(w.lower_ == "ago" for w in t.subtree)
            for c in tok.children
            if c.dep_ in ("dobj", "dative") and _name_head(c)
            for a in c.children
            if a.dep_ == "appos"
            for t in tok.subtree
        ):
            return True
        return recipient and any(
            _term_set_off_after_clause(c) for c in tok.children if c.dep_ in ("dobj", "dative")
        )
    return False


def _name_head(noun: Token) -> bool:
    """A person's name as the head of a phrase: a proper noun, or a capitalised word the tagger took
    for a common noun after a proper-noun given name ('gave Ihar Lahvinets nine years': an unknown
    surname is often tagged NOUN)."""
    return noun.pos_ == "PROPN" or (
        noun.pos_ == "NOUN"
        and noun.is_title
        and any(g.dep_ == "compound" and g.pos_ == "PROPN" and g.i == noun.i - 1 for g in noun.children)
    )


def _term_set_off_after_clause(recipient: Token) -> bool:
    """'has given X, who left the country in 2021, nine years in a colony', 'handed X, who ran a
    chat for his neighbours, nine years': after a relative clause that describes the named
    recipient, the parser reads the term as an apposition, of the name or of the clause's last
    noun; a duration set off by a comma right after that clause, ending the recipient's phrase,
    is what the verb gives (not 'X, 19,': an age is no term, nor a time ago)."""
    if not _name_head(recipient):
        return False
    clauses = [c for c in recipient.children if c.dep_ == "relcl"]
    inside = {t.i for r in clauses for t in r.subtree}
    return any(
        t.dep_ == "appos"
        and (t.head.i == recipient.i or t.head.i in inside)
        and t.right_edge.i == recipient.right_edge.i
        and any(r.i < t.left_edge.i for r in clauses)
        and t.doc[t.left_edge.i - 1].text == ","
        and term_in(t, own=True)
        and not _deadline(t)
        and not any(w.lower_ == "ago" for w in t.subtree)
        for t in recipient.subtree
    )


def term_starts(tok: Token) -> bool:
    """A term opens at `tok` ("18 months effective": the adjective heads the phrase)."""
    return TERM_RE.match(doc_text(tok.doc), tok.idx) is not None


_NO_PURPOSE = frozenset({"as", "because", "since", "after", "before", "when", "while", "although", "though"})


def _group_given_sentences(tok: Token) -> bool:
    """'the court gave 12 defendants suspended sentences', 'handed the nine students prison
    terms': read on the surface, a counted or plural group of people right after the verb, then
    a sentence noun after at most two lower-case words (the parser often reads "suspended" as a
    verb of its own and the group as the terms' modifier)."""
    doc, end = tok.doc, tok.sent.end
    k = tok.i + 1
    while k < end and (doc[k].like_num or doc[k].lower_ in ("the", "all", "these", "those")):
        k += 1
    if k >= end or doc[k].tag_ != "NNS" or fold(doc[k].lemma_) not in PERSON_NOUNS:
        return False
    if not any(t.lemma_.lower() in lexicon("legal_context") for t in tok.sent):
        return False
    for j in range(k + 1, min(k + 4, end)):
        if doc[j].lemma_.lower() in TERM_NOUNS and doc[j].pos_ == "NOUN":
            # ("sentence-reduction advice": the noun a modifier of another thing given)
            return doc[j].dep_ != "compound" and not (j + 1 < end and doc[j + 1].text == "-")
        if not (doc[j].is_lower and doc[j].is_alpha):
            return False
    return False


def _bare_life(noun: Token) -> bool:
    """'got life', 'gave him life' in a story of courts or prisons (the sentence or the one before
    it; for a headline, the lead under it): a life term; not 'a new life', 'his life', 'life in
    exile'."""
    if noun.lower_ != "life" or any(
        c.dep_ in ("det", "poss", "amod", "prep", "compound") for c in noun.children
    ):
        return False
    doc, sent = noun.doc, noun.sent
    start = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    # ("X given life for poisoning patients" over "X was convicted ...": the headline's lead)
    end = doc[sent.end].sent.end if sent.start == 0 and sent.end < len(doc) else sent.end
    legal = lexicon("legal_context")
    return any(t.lemma_.lower() in legal or t.lower_ in legal for t in doc[start:end])


def _death_penalty(noun: Token) -> bool:
    """'was given the death penalty', 'received life imprisonment': a verdict, as 'a death sentence'
    or 'a life sentence' is (the noun of punishment with its kind: no term in months)."""
    if noun.lemma_ == "penalty":
        return any(c.lemma_.lower() == "death" for c in noun.children)
    return noun.lemma_.lower() in ("imprisonment", "incarceration") and any(
        c.dep_ in ("compound", "amod", "nmod") and c.lower_ == "life" for c in noun.children
    )


# what a term may be "of" besides the words of courts and custody: "three years of hard labour"
_PUNISHMENTS = frozenset(
    {"labour", "labor", "exile", "freedom", "liberty", "confinement", "arrest", "isolation", "regime"}
    | {"restriction", "limitation", "deprivation", "supervision", "surveillance"}
)


def _time_allowed(verb: Token, duration: Token) -> bool:
    """'gave him five years to finish the job', 'gave her two years of support': a bare duration
    given for a purpose, or of something other than custody in a sentence that speaks of no
    court or custody, is no prison term."""
    if any(
        c.dep_ in ("advcl", "xcomp") and any(g.tag_ == "TO" for g in c.children) and not named_infinitive(c)
        for c in verb.children
    ):
        return True
    words = lexicon("legal_context") | _PUNISHMENTS
    if any(t.lemma_.lower() in words for t in verb.sent):
        return False  # "the court gave X five years of strict regime": a term of its kind
    return any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and any(g.dep_ == "pobj" and g.lemma_.lower() not in words for g in c.children)
        for c in duration.children
    )


def _deadline(duration: Token) -> bool:
    """'gave him two months to pay the fine': a time allowed for something, not a prison term."""
    return any(
        c.dep_ in ("relcl", "acl") and any(g.tag_ == "TO" for g in c.children) for c in duration.children
    )


_CLAUSES = frozenset({"relcl", "advcl", "ccomp", "acl", "xcomp", "conj", "parataxis"})


def clause_verb(tok: Token) -> Token:
    """The verb (or auxiliary) of the clause `tok` stands in: `tok` itself or the nearest one above
    it (the root when no verb is above)."""
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
        tok = tok.head
    return tok


def own_clause(verb: Token, embedded: frozenset[str] = _CLAUSES) -> list[Token]:
    """The verb's own clause: its subtree without the clauses (verbs attached as `embedded`) in it."""
    out, stack = [], [verb]
    while stack:
        t = stack.pop()
        out.append(t)
        stack += [c for c in t.children if not (c.dep_ in embedded and c.pos_ in ("VERB", "AUX"))]
    return out


_COMPLETION = frozenset({"full", "partial"})  # ordinals of how much of a term, not of which one
_RELEASE_LEMMAS = frozenset({"release", "free", "parole"})
# a story of custody or release around a completed "sentence" (one union, not one per token read)
_CUSTODY_OR_RELEASE = CUSTODY_WORDS | _RELEASE_LEMMAS
_CUSTODY_OR_TIME = CUSTODY_WORDS | {"year", "month", "week", "day"}  # "freed after N years"


def _of_custody(sent: Span) -> bool:
    """A sentence that tells of custody or a release from it."""
    return any(t.lemma_.lower() in CUSTODY_WORDS or t.lemma_.lower() in _RELEASE_LEMMAS for t in sent)


def own_phrase(prep: Token) -> list[Token]:
    """The words of a prepositional phrase without the asides of its object ('of X, a former
    deputy': the deputy describes X, it is not what the phrase names)."""
    out: list[Token] = []
    stack = [prep]
    while stack:
        t = stack.pop()
        out.append(t)
        stack.extend(c for c in t.children if c.dep_ not in ("appos", "relcl", "acl"))
    return out


def office_term(noun: Token) -> bool:
    """'two terms as governor', 'a second five-year term', 'his term in office', 'the board's
    term': a term of office, not a prison term."""
    if noun.lemma_ != "term" or life_or_death(noun):
        return False  # "two consecutive life terms": no one holds a life term of office
    if noun.tag_ == "NNS" and any(c.dep_ == "nummod" for c in noun.children):
        return True  # "served two terms"
    for c in noun.children:
        if c.dep_ in ("amod", "advmod") and c.lower_ in lexicon("ordinals"):
            if c.lower_ in _COMPLETION and _of_custody(noun.sent):
                continue  # "released after serving her full three-year term": how much, not which
            return True
        if (
            c.dep_ == "prep"
            and c.lower_ in ("as", "in", "of", "on")
            and any(g.lemma_.lower() in lexicon("office_words") for g in own_phrase(c))
        ):
            return True
        if c.dep_ in ("poss", "compound") and c.lemma_.lower() in lexicon("office_words"):
            return True
    custodial = any(
        c.dep_ in ("compound", "amod") and c.lemma_.lower() in CUSTODY_WORDS for c in noun.children
    )
    # "President X's term": the owner's title is an office
    return not custodial and any(
        c.dep_ == "poss"
        and any(g.dep_ == "compound" and g.lemma_.lower() in lexicon("office_words") for g in c.children)
        for c in noun.children
    )


def _own_object_of_relative(c: Token) -> bool:
    """A relative clause's child that makes the noun before it no object of its verb: a passive
    subject, a relative subject ("the sentence that followed"), an object of its own."""
    relative = c.lower_ in ("which", "that")
    return c.dep_ == "nsubjpass" or c.dep_ == "nsubj" and relative or c.dep_ == "dobj" and not relative


def _serve_term(tok: Token, home: str | None) -> bool:
    # "is serving a 10-year sentence"; "after serving three years" is time served, not the term
    if any(c.dep_ == "prep" and c.lower_ == "as" for c in tok.children):
        return False  # "served two terms as governor", "served as a judge"
    if tok.dep_ == "pcomp" and tok.head.lower_ in ("after", "for", "since"):
        # ... "after serving two-thirds of a five-year sentence" names the term too
        return (
            any(
                c.dep_ == "dobj" and any(g.lemma_ in TERM_NOUNS and not office_term(g) for g in c.subtree)
                for c in tok.children
            )
            or _served_for_offence(tok)
            or _served_in_full(tok)
        )
    if (
        tok.dep_ == "relcl"
        and tok.head.lemma_ in TERM_NOUNS
        and tok.head.pos_ == "NOUN"
        and not office_term(tok.head)
        and not any(_own_object_of_relative(c) for c in tok.children)
    ):
        return True  # "the five-year sentence X is serving", "the term (that) she is serving"
    for c in tok.children:
        if c.dep_ != "dobj":
            continue
        if c.lemma_ in TERM_NOUNS:
            if not office_term(c):
                return True
        elif c.lemma_.lower() in lexicon("penalties_without_custody"):
            continue  # "is serving a 3-year ban over doping": no prison term
        elif term_in(c) and not _served_elsewhere(tok):
            return True
        elif any(g.lemma_ in TERM_NOUNS and g.pos_ == "NOUN" and life_or_death(g) for g in c.subtree):
            return True  # "served 17 years of a life sentence"
        elif c.lower_ == "life" and not any(g.dep_ in ("det", "poss", "amod") for g in c.children):
            return True  # "is serving life without parole": a life sentence
    return False


_CHARGE_PREPS = frozenset({"for", "of", "over"})


def official_tried(tok: Token, patient: Token | None) -> bool:
    """'A police lieutenant, X, was arrested on suspicion of beating a detainee', 'a court jailed a
    former colonel, Y, for the torture of prisoners', 'sentenced a former traffic police officer,
    Z, to three years for taking bribes', 'a former customs officer convicted of smuggling': a
    member of the forces tried for abusing those in their hands, or for a crime of office
    (bribes, smuggling, embezzlement), is a criminal case of the state's own, not a political
    prisoner's (the person is still named). Both the role and the crime must be told."""
    if patient is None or not _tells_a_crime(tok.doc):
        return False
    phrase = [patient, *(c for c in patient.children if c.dep_ == "appos")]
    if patient.dep_ == "appos":
        phrase.append(patient.head)
    # (a functionary of a state body is tried for a crime of office as a member of the forces is:
    # "a former deputy head of the road agency, X, jailed for taking bribes")
    roles, crimes = lexicon("force_roles") | lexicon("state_offices"), _crimes()
    # ("an accountant at a factory who was arrested after she photographed riot police": a role
    # inside a clause describing the person is someone else, not the person's own)
    described = {t.i for p in phrase for r in p.subtree if r.dep_ == "relcl" for t in r.subtree}
    told = [t for p in phrase for t in p.subtree if t.i not in described]
    if not any(t.lemma_.lower() in roles or t.lower_ in roles for t in told):
        return False
    # the charge's own word: "for the torture of", "on suspicion of beating", "for taking bribes"
    # ("for reporting the torture of inmates" charges the one who told of it), near the verb or
    # in the role's own participle ("a former customs officer convicted of smuggling fuel")
    near = {tok.i, *(c.i for c in tok.children if c.dep_ in ("dobj", "npadvmod", "prep"))}
    charges = [
        t
        for t in tok.subtree
        if t.dep_ == "prep" and t.lower_ in _CHARGE_PREPS and (t.head.i in near or t.head.head.i in near)
    ]
    charges += [
        t
        for p in phrase
        for t in p.subtree
        if t.dep_ == "prep" and t.lower_ in _CHARGE_PREPS and t.head.dep_ == "acl" and t.head.tag_ == "VBN"
    ]
    # "was detained and charged with assaulting an inmate": the charge of the verb joined to it
    charges += [
        t
        for c in tok.children
        if c.dep_ == "conj" and c.lemma_ in _CHARGING
        for t in c.children
        if t.dep_ == "prep" and t.lower_ in ("with", "of")
    ]
    words = [o for c in charges for o in c.children if o.dep_ in ("pobj", "pcomp")]
    if any(o.lemma_.lower() in crimes or o.lower_ in crimes for o in words):
        return True
    if _abused_before(tok, crimes):
        return True
    # "taking [bribes]", "[smuggling] fuel": a crime of office as the object of taking or the first
    # noun (not "for reporting the torture of inmates": what was reported)
    office = lexicon("office_crimes")
    more = [
        g
        for o in words
        for g in o.children
        if g.dep_ == "compound" or g.dep_ == "dobj" and o.lemma_.lower() in _TAKING
    ]
    return any(g.lemma_.lower() in office or g.lower_ in office for g in more)


def tried_aside(tok: Token, patient: Token | None) -> bool:
    """'In another case heard that day, the court jailed X for cocaine trafficking', 'An unrelated
    note: Y got three years for armed robbery': one tried for an ordinary crime (murder, robbery,
    drugs ...) in a case the article itself sets apart from its story is no political prisoner
    (the person is still named). Both must be told, and nothing may doubt the charge ('alleged',
    'fabricated', 'planted'): a drug charge is a common pretext, and a story about one criminal
    case is that story's."""
    # (the words of each class are found once per document: asked of every arrest and sentence)
    doc = tok.doc
    crimes = indices_worded(doc, lexicon("ordinary_crimes"))
    if not crimes:
        return False  # (most stories tell no ordinary crime)
    near = [*tok.subtree, *(patient.subtree if patient is not None else ())]
    if not any(t.i in crimes for t in near):
        return False
    sent = tok.sent
    if any(sent.start <= i < sent.end for i in indices_worded(doc, lexicon("charge_doubts"))):
        return False
    before = doc[sent.start - 1].sent if sent.start > 0 else None
    after = doc[sent.end].sent if sent.end < len(doc) else None
    cases = lexicon("side_cases")
    set_apart = indices_in(doc, "LOWER", _SET_APART)
    for s in (before, sent):
        if s is not None and any(
            s.start <= i < s.end and (doc[i].head.lemma_.lower() in cases or doc[i].lower_ == "unrelated")
            for i in set_apart
        ):
            return True  # "In a separate case", "An unrelated note:"
    # "The charge bears no link to the protest", "... in an unconnected matter"
    return any(s is not None and _NO_LINK_RE.search(s.text) for s in (sent, after))


_SET_APART = frozenset({"another", "separate", "unrelated", "unconnected", "different"})
_NO_LINK_RE = re.compile(
    r"\b(?:unrelated|unconnected|no (?:link|connection|bearing)|not (?:connected|related|linked))\b", re.I
)


_CHARGING = frozenset({"charge", "accuse", "indict"})
_TAKING = frozenset({"take", "accept", "receive", "demand", "solicit", "extort"})


@cache
def _crimes() -> frozenset[str]:
    """The words of abuse and of crimes of office (`official_tried`), one union."""
    return lexicon("abuses") | lexicon("office_crimes")


_TELLS_A_CRIME = "vigil_tells_a_crime"


def _tells_a_crime(doc: Doc) -> bool:
    """Whether any word of the document, as written or as a lemma, is one of `_crimes()`: without
    one `official_tried` cannot hold, and it is asked of every arrest and sentence with a patient
    (read once per document, not by walking each patient's phrase)."""
    found = doc.user_data.get(_TELLS_A_CRIME)
    if found is None:
        crimes = _crimes()
        found = doc.user_data[_TELLS_A_CRIME] = occurs(doc, "LOWER", crimes) or bool(
            tokens_in_lowered(doc, "LEMMA", crimes)
        )
    return found


def _abused_before(tok: Token, crimes: frozenset[str]) -> bool:
    """'arrested after footage of him beating a prisoner spread online', 'detained after he
    beat a marcher': the abuse told as an act (a verb with its victim) in the clause that says
    what led to the arrest, with no other actor as its subject ('after reporting that guards beat
    inmates' tells someone else's abuse; 'after he denounced the beating of X' a noun)."""
    clauses = [
        c
        for c in tok.children
        if c.dep_ in ("prep", "advcl")
        and c.lower_ in ("after", "for")
        or c.dep_ == "advcl"
        and any(g.lower_ == "after" for g in c.children)
    ]
    return any(_abuse_by_none_else(t, crimes) for clause in clauses for t in clause.subtree)


def _abuse_by_none_else(t: Token, crimes: frozenset[str]) -> bool:
    """`t` is a verb of abuse with its victim and no subject but a pronoun ('he beat a marcher',
    'footage of him beating a prisoner')."""
    if t.pos_ != "VERB" or t.lemma_.lower() not in crimes or not any(c.dep_ == "dobj" for c in t.children):
        return False
    subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is None or subj.pos_ == "PRON"


_LEAVING_CUSTODY = frozenset(
    {"release", "free", "leave", "walk", "emerge", "discharge", "exit", "pardon", "out"}
)


def _served_for_offence(tok: Token) -> bool:
    """'released after serving 30 months for sedition', 'left the prison after serving four years
    and two months for subversion': an exact time served for an offence is the term of a
    verdict; not 'after serving two years' alone (time served, whatever the term was), not
    'more than four years' (no exact term), nor 'served three years for the army' (a body or a
    place served, no offence) or 'for a year' (a time)."""
    if not any(c.dep_ == "dobj" and term_in(c) for c in tok.children) or _served_elsewhere(tok):
        return False
    # ("for" hangs on the verb or on the time: "serving [30 months for sedition]")
    heads = [tok, *(c for c in tok.children if c.dep_ == "dobj")]
    offences = [
        g
        for h in heads
        for c in h.children
        if c.dep_ == "prep" and c.lower_ == "for" and c.i > tok.i
        for g in c.children
        if g.dep_ in ("pobj", "pcomp")
    ]
    if not offences or any(
        g.ent_type_ in ("DATE", "TIME", "ORG", "GPE", "NORP", "PERSON", "FAC")
        or g.lemma_.lower() in lexicon("institutions") | lexicon("office_words") | CUSTODY_WORDS
        or TERM_RE.needs.search(g.lower_)
        or g.lower_ in ("life", "good", "nothing", "free")
        for g in offences
    ):
        return False
    # a prisoner's release or a story of courts around it: not 'worked abroad after serving two
    # years for a charity'
    freed = tok.head.head
    if any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("MD", "TO") for c in freed.children):
        return False  # "could be freed after serving two years for fraud": a time still to serve
    return freed.lemma_.lower() in _LEAVING_CUSTODY or any(
        t.lemma_.lower() in lexicon("legal_context") for t in tok.sent
    )


def _served_in_full(tok: Token) -> bool:
    """'walked out of the colony after serving her full two years', 'after serving the entire 18
    months': an exact time served told as the whole of what was to be served is the term of a
    verdict, as 'her full two-year sentence' is; not 'after serving two years' (time served,
    whatever the term was), nor a full time of service elsewhere ('his full two years in the
    army') or still to come ('could be freed after serving her full term')."""
    objects = [c for c in tok.children if c.dep_ == "dobj" and term_in(c, own=True)]
    if not objects or _served_elsewhere(tok):
        return False
    if not any(m.dep_ == "amod" and m.lower_ in _WHOLE for o in objects for m in o.children) and not any(
        _in_full(h) for h in (tok, *objects)
    ):
        return False
    freed = tok.head.head
    if any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("MD", "TO") for c in freed.children):
        return False
    return freed.lemma_.lower() in _LEAVING_CUSTODY or any(
        t.lemma_.lower() in lexicon("legal_context") for t in tok.sent
    )


def _in_full(head: Token) -> bool:
    """'after serving her two years in full', '... in its entirety': the whole of the time told
    after it, as 'her full two years' tells it before."""
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "in"):
        words = {g.lower_ for g in prep.subtree if g is not prep}
        if words in ({"full"}, {"its", "entirety"}, {"their", "entirety"}):
            return True
    return False


def _completed_term(tok: Token, home: str | None) -> bool:
    """'released after completing a five-year sentence', 'finished his prison term in May': the
    term served to its end was a sentence; not 'completed two years of study' nor 'finished his
    term as mayor' (a bare 'term' or 'sentence' needs a prison word, a length or an owner: 'her
    prison term', 'his sentence', not 'the sentence he was writing')."""
    if tok.tag_ in ("VBP", "VBZ", "VB") or any(c.dep_ == "prep" and c.lower_ == "as" for c in tok.children):
        return False  # "probation after they complete their prison terms": a completion to come
    return any(
        c.dep_ == "dobj"
        and c.lemma_ in TERM_NOUNS
        and not office_term(c)
        and not any(g.lower_ == "as" for g in c.subtree)
        and not life_or_death(c)
        and (
            term_in(c, own=True) is not None
            or any(m.lemma_.lower() in CUSTODY_WORDS for m in c.children if m.dep_ in ("compound", "amod"))
            # "released after completing his sentence", not "completed the sentence he was writing"
            # nor "finished her sentence with a smile"
            or c.lemma_ == "sentence"
            and any(m.dep_ == "poss" for m in c.children)
            and any(t.lemma_.lower() in _CUSTODY_OR_RELEASE for t in tok.sent if t.i != c.i)
        )
        for c in tok.children
    )


def _ordered_to_spend(tok: Token, home: str | None) -> bool:
    """'was ordered to spend six years in a colony': a court's order states the term; 'spent two
    years in prison' alone is time served, no verdict."""
    if tok.dep_ != "xcomp" or tok.head.lemma_ not in ("order", "sentence"):
        return False
    timed = any(c.dep_ in ("dobj", "npadvmod") and term_in(c) for c in tok.children)
    return timed and any(
        c.dep_ == "prep" and any(g.lemma_.lower() in CUSTODY_WORDS or penal_facility(g) for g in c.subtree)
        for c in tok.children
    )


_BEFORE_TRIAL = re.compile(r"\bpre-?\s?trial\b|\bremand\b|\bawaiting (?:his |her |their |the )?trial\b")


def _pretrial_stay(tok: Token, home: str | None) -> bool:
    """'had spent two months in pre-trial detention', 'spent a year in custody awaiting trial':
    time a person spent held before the verdict states they were detained (not 'will spend', not
    'spent two years in prison', which is time served, no arrest of its own; a bare 'had spent
    eight months in custody' the annotators read both ways, and stays no event)."""
    # ("released on bail after spending 80 days in pre-trial detention": a gerund after "after"
    # tells time already spent, as the past tense does)
    after = tok.tag_ == "VBG" and tok.dep_ == "pcomp" and tok.head.lower_ == "after"
    if (
        tok.tag_ not in ("VBD", "VBN")
        and not after
        or any(
            c.dep_ in ("aux", "neg") and c.lower_ not in ("had", "has", "have", "'d", "having")
            for c in tok.children
        )
    ):
        return False  # ("Having spent eight months in the detention centre, X was freed": spent, too)
    if _short_stay(tok):
        return True  # "spent ten days in a police cell", "after spending three weeks in detention"
    # ("sentenced to two years, which he has already served in pre-trial detention": the term the
    # relative clause describes)
    described = tok.dep_ == "relcl" and (term_in(tok.head) is not None or tok.head.lemma_ in TERM_NOUNS)
    if not described and not any(c.dep_ in ("dobj", "npadvmod") and _span_of_time(c) for c in tok.children):
        return False
    stay = [c for c in tok.children if c.dep_ == "prep" and c.i > tok.i]
    awaiting = any(c.dep_ == "advcl" and c.lemma_ == "await" and c.i > tok.i for c in tok.children)
    if awaiting and any(any(g.lemma_.lower() in CUSTODY_WORDS for g in c.subtree) for c in stay):
        return True  # "spent a year in custody awaiting trial"
    if any(_remand_stay(c) for c in stay):
        return True  # "who has spent 19 months in SIZO-5", "after he had spent 20 months on remand"
    return any(any(g.lemma_.lower() in CUSTODY_WORDS for g in c.subtree) for c in stay) and any(
        _BEFORE_TRIAL.search(span_text(tok.doc[c.i : c.right_edge.i + 1]).lower()) for c in stay
    )


def _remand_stay(prep: Token) -> bool:
    """'on remand', 'in remand', 'in SIZO-1', 'in the SIZO-5 women's detention centre': a stay
    phrase that names the remand itself or a remand prison by its code (`remand_codes`; not a
    colony's code, where a term is served) tells custody before the verdict (session 55)."""
    if prep.dep_ != "prep":
        return False
    if prep.lower_ in ("on", "in") and any(g.dep_ == "pobj" and g.lower_ == "remand" for g in prep.children):
        return True
    codes = lexicon("remand_codes")
    return prep.lower_ in ("in", "at") and any(
        (match := _CODE.fullmatch(t.lower_)) is not None and match.group(1) in codes and custody_code(t)
        for t in prep.subtree
    )


# the longest stay in each unit still told of a police or administrative detention (longer ones
# are as often a term served as a detention: "spent 143 days in a cell")
_SHORT_STAY = {"hour": None, "night": None, "day": 60, "week": 8}
# a cell or centre of custody that holds people already serving a term (no detention of its own)
_INSIDE_PRISON = frozenset({"punishment", "solitary", "isolation", "disciplinary", "psychiatric", "hospital"})
# the places of a short stay that is a detention: custody words, and the police's or the detention
# service's own building ("a police station", "a temporary detention facility")
_STAY_PLACES = frozenset({"custody", "detention", "cell", "cells", "jail", "lock-up", "lockup", "isolator"})
_STAY_BUILDINGS = frozenset({"centre", "center", "facility", "station", "unit", "ward"})


def short_length(tok: Token) -> bool:
    """'ten days', 'nine hours', 'three weeks', 'two nights', 'the night', 'a few days': a
    stretch of time short enough to be a police or administrative detention, not a term."""
    unit = tok.lemma_.lower()
    if unit not in _SHORT_STAY or any(c.lower_ in ("another", "more") and c.i < tok.i for c in tok.children):
        return False  # ("spent another night in remand": the stay goes on; its start is told elsewhere)
    limit = _SHORT_STAY[unit]
    counts = [c for c in tok.children if c.dep_ == "nummod"]
    if counts:
        number = parse_number(counts[0].text)
        return number is not None and (limit is None or number <= limit)
    return any(
        c.dep_ == "det" and c.lower_ in ("a", "an", "the") or c.lower_ in _FEW and c.lower_ != "many"
        for c in tok.children
    )


def custody_stay_place(prep: Token) -> Token | None:
    """The place of custody an 'in'/'under' phrase names ('in police custody', 'in detention', 'in
    a police cell', 'in the Akrestsina detention centre', 'in the custody of the KGB'); not a
    punishment cell or a prison hospital (a prisoner's, already serving), not a prison or colony."""
    if prep.dep_ != "prep" or prep.lower_ not in ("in", "under"):
        return None
    for g in prep.children:
        if g.dep_ != "pobj":
            continue
        mods = {m.lemma_.lower() for m in g.children if m.dep_ in ("compound", "amod")}
        if mods & _INSIDE_PRISON:
            return None
        word = g.lemma_.lower()
        if word in _STAY_PLACES or word in _STAY_BUILDINGS and mods & {"detention", "police", "custody"}:
            return g
    return None


def _short_stay(spent: Token) -> bool:
    """'spent ten days in a police cell', 'spent the night in a detention centre', 'after spending
    three weeks in detention': a short stay in police custody is a detention (a stay of months or
    years in custody, or any in a prison, is told of terms served as often)."""
    if not any(c.dep_ in ("dobj", "npadvmod") and short_length(c) for c in spent.children):
        return False
    return any(custody_stay_place(c) is not None for c in spent.children if c.i > spent.i)


# units a stay in custody is counted in ("spent a month", "several weeks", "days")
_TIME_UNITS = frozenset({"day", "night", "week", "month", "year"})


def _span_of_time(tok: Token) -> bool:
    """'two months', 'a month', 'several weeks', 'months': a stretch of time, however counted (a
    stay in custody is a detention whether it is told as a term or not)."""
    if term_in(tok):
        return True
    if tok.lemma_.lower() not in _TIME_UNITS or any(c.lower_ in ("another", "more") for c in tok.children):
        return False  # ("spent another night in remand": the stay goes on; its start is told elsewhere)
    return tok.tag_ == "NNS" or any(
        c.dep_ == "det" and c.lower_ in ("a", "an") or c.dep_ == "nummod" or c.lower_ in _FEW
        for c in tok.children
    )


_FEW = frozenset({"several", "few", "many", "some"})


_PENAL_KINDS = frozenset({"regime", "security", "correctional", "penal", "penitentiary"})


# the kinds of centre that hold people: Nigeria's "Kuje Custodial Centre", Eswatini's "Zakhele
# Remand Centre", Cambodia's "Correctional Centre 1" (not a "security centre", a "regime centre")
_CENTRE_KINDS = frozenset({"custodial", "remand", "correctional", "penal", "penitentiary"})


def penal_facility(noun: Token) -> bool:
    """'a general-regime facility', 'a maximum-security institution', 'an open-type correctional
    facility', 'the Central Women's Correctional Institution', 'Kuje Custodial Centre': a
    facility of punishment, a place of custody as 'colony' is (the official names of prisons in
    Thailand, Nigeria, Eswatini and Cambodia are of this kind)."""
    lemma = noun.lemma_.lower()
    before = noun.doc[noun.left_edge.i : noun.i]
    if lemma in ("centre", "center"):
        return any(t.lower_ in _CENTRE_KINDS for t in before)
    return lemma in ("facility", "institution") and any(t.lower_ in _PENAL_KINDS for t in before)


def _served_elsewhere(tok: Token) -> bool:
    """'served in Vietnam - 13 months', 'served with the Marines for two years': service in a
    place or body that is no prison ('in 1994' is a date, no place)."""
    return any(
        c.dep_ == "prep"
        and c.lower_ in ("in", "with", "on", "at", "aboard")
        # (a prison's code is a place of custody too: "serving 7 years in IK-7 in Karelia")
        and not any(_custody_word(g) for g in c.subtree)
        and not all(g.ent_type_ in ("DATE", "TIME") for g in c.children if g.dep_ == "pobj")
        # ("serving eight years on charges of extremism", "six years in the same case": what the
        # term is for, no place of service)
        # (or "on corruption and election fraud charges": the charge noun a conjunct of the object)
        and not any(g.lemma_.lower() in _CHARGE_NOUNS for g in c.subtree)
        and not _serving_in_town(tok, c)
        and not _town_of_custody_told(tok, c)
        for c in tok.children
    )


def _town_of_custody_told(verb: Token, prep: Token) -> bool:
    """'serving 7 years in IK-7 in Karelia', 'serving ten years in a colony in Mordovia': a region
    or town named beside a place of custody the serving verb tells is where that custody is."""
    places = [g for g in prep.children if g.dep_ == "pobj"]
    if prep.lower_ != "in" or len(places) != 1 or places[0].ent_type_ not in ("GPE", "LOC"):
        return False
    return any(_custody_word(g) and g.i < prep.i for g in verb.subtree)


def _custody_word(word: Token) -> bool:
    """A word of custody, a penal facility or a prison's code ("prison", "colony", "IK-7")."""
    return word.lemma_.lower() in CUSTODY_WORDS or penal_facility(word) or custody_code(word)


# what a name after "serving N years in" may be that is no town: service in a body ("in Parliament")
_NO_TOWN_ENTITIES = frozenset({"ORG", "NORP", "PERSON", "EVENT", "LAW", "WORK_OF_ART"})


def _serving_in_town(verb: Token, prep: Token) -> bool:
    """'is serving six years in Navapolatsk', 'had been serving 10 years in Hlybokaye': a term in
    the progressive, being served now (or until the story's moment) in a town, is served in that
    town's prison; 'served in Vietnam - 13 months' (a past tense) or 'serving in the army' is
    service. Only a name alone in the phrase, and none the tagger calls a body or a person."""
    progressive = verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in verb.children)
    if not progressive or prep.lower_ != "in":
        return False
    places = [g for g in prep.children if g.dep_ == "pobj"]
    # (the tagger may call a small town anything but a body: "in Vorkuta" a product)
    return len(places) == 1 and places[0].pos_ == "PROPN" and places[0].ent_type_ not in _NO_TOWN_ENTITIES


_CHARGE_NOUNS = frozenset({"charge", "conviction", "count", "accusation", "allegation", "case", "trial"})


def _term_to_recipient(tok: Token, home: str | None) -> bool:
    """'that brought him another three-year sentence', 'the plea earned her a life sentence': a
    cause that gave someone (the indirect object) a term; not 'earned him praise'."""
    return any(c.dep_ == "dative" for c in tok.children) and any(
        c.dep_ == "dobj"
        and c.lemma_ in TERM_NOUNS
        and not office_term(c)
        and (term_in(c, own=True) is not None or life_or_death(c))
        for c in tok.children
    )


def _jail(tok: Token, home: str | None) -> str:
    """'jailed for eight years' is a sentence; 'jailed pending trial', 'jailed on suspicion of
    murder', 'jailed on charges of ...' an arrest (held, not yet tried)."""
    termed = _for_term(tok) or _for_life(tok)
    # ("walked out on bail pending appeal, months after she was jailed for three years": another
    # clause's "pending", and an appeal is awaited only after a verdict)
    untried = [
        t
        for t in (tok.subtree if termed else tok.sent)
        if t.lower_ == "pending" and not (t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "appeal")
    ]
    if untried or _sentenced_later(tok):
        return "arrest"
    if not termed and (_since_arrest(tok) or _since_told(tok)):
        # "X, jailed since her arrest at a roadblock", "had been jailed since October 2023, when
        # police stopped her": custody dated from a start the sentence tells, no verdict told (as
        # "held since ..., when" is; a bare "jailed since 1999" stays as it was read)
        return "arrest"
    if not termed and jailed_since_date(tok):
        return "arrest"  # "Belkacem had been jailed since 2023": custody from its start, no verdict told
    if (_on_suspicion(tok) or on_bail_set(tok)) and not termed:
        return "arrest"  # (but "jailed on fraud charges for six years" tells the term)
    if not termed and any(w in span_text(tok.sent).lower() for w in _UNTRIED[1:]):
        return "arrest"  # "a poet jailed over her verses, who later died in pre-trial custody"
    if not termed and _jailed_aside(tok):
        return "arrest"  # "X, who was jailed in 2021 over tweets, ...": when she was taken, no verdict told
    if not termed and _jailed_on_taking(tok):
        return "arrest"  # "She was jailed two years ago after being abducted by agents": locked up then
    if not termed and _jailed_no_verdict_told(tok):
        return "arrest"  # "X was jailed in May 2018, weeks before ...": locked up then, no trial told of X
    if tok.dep_ == "conj" and tok.head.lemma_ in HOLDING_VERBS and not termed and not _for_days(tok):
        # ("was detained at a picket and jailed for 15 days": a stated stay is a court's verdict)
        return "arrest"  # "have charged and jailed the artist X": held on the charge, no verdict
    return "sentence"


def _for_term(tok: Token) -> bool:
    """'jailed for eight years', 'in custody for two years': a 'for' phrase on `tok` that holds an
    exact prison term."""
    return any(c.dep_ == "prep" and c.lower_ == "for" and term_in(c) is not None for c in tok.children)


def _for_life(tok: Token) -> bool:
    """'jailed for life in September', 'imprisoned for life': a life term, a verdict with no term
    in months (as `life_or_death` reads "a life sentence"), never a lock-up before trial (session
    60, bbc: census in docs/extract.md); not 'for his life' (a fear) nor 'for life-saving ...'."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "for"
        and any(g.dep_ == "pobj" and g.lower_ == "life" and not list(g.children) for g in c.children)
        for c in tok.children
    )


def _jailed_aside(tok: Token) -> bool:
    """'X, who was jailed in 2021 over tweets, ...', 'Y, jailed in 2022, had been given 16 years':
    a bare 'jailed' in a clause that describes a person, with no term and no court that jailed
    them, tells when the person was locked up (the annotators read it as the arrest; the verdict,
    if any, is told with its term elsewhere)."""
    if tok.dep_ not in ("relcl", "acl") or tok.tag_ != "VBN":
        return False
    # ("a poet jailed in 2022 for incitement, was set free": a bare participle with nothing else
    # told of a verdict is the verdict itself; "X, jailed in 2022, had been given a 16-year term"
    # tells the verdict apart)
    if tok.dep_ == "acl" and not any(t.i != tok.i and t.lemma_ in _VERDICT_WORDS for t in tok.sent):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "since" for c in tok.children):
        # "the cleric, jailed by Israel since 1989, is serving life": a stay, not its start; but "a
        # poet who had been jailed since December 2022 over a poem, was set free", with no verdict
        # or term served in the sentence, dates the custody from its start, as "held since" does
        return tok.dep_ == "relcl" and not any(
            t.i != tok.i and (t.lemma_ in _VERDICT_WORDS or t.lemma_ in ("serve", "convict", "guilty"))
            for t in tok.sent
        )
    agents = [c for c in tok.children if c.dep_ == "agent"]
    return not any(g.lemma_.lower() in _JAILING_BODIES for c in agents for g in c.subtree)


_JAILING_BODIES = frozenset({"court", "judge", "tribunal", "magistrate", "jury"})
_VERDICT_WORDS = frozenset({"sentence", "convict", "term", "verdict"})
# verbs of taking someone into custody, whose "after" clause tells a lock-up that followed the taking
_TAKING_INTO_CUSTODY = frozenset({"arrest", "detain", "abduct", "kidnap", "seize", "capture", "apprehend"})
# words of a trial that make a jailing after an arrest the verdict that followed it
_TRIAL_WORDS = _VERDICT_WORDS | {"guilty", "court", "judge", "trial", "tribunal", "jury", "conviction"}


def _jailed_on_taking(tok: Token) -> bool:
    """'was jailed two years ago after being abducted by intelligence officers', 'jailed after
    police arrested her at a rally': a bare jailing right after a taking into custody, with no
    court, trial or verdict in the sentence, tells the lock-up that followed the arrest (the
    person may never have been tried), not a sentence."""
    afters = [
        g
        for c in tok.children
        if c.dep_ in ("prep", "advcl")
        for g in ([c] if c.dep_ == "advcl" else c.children)
        if g.dep_ in ("pcomp", "advcl")
        and any(m.lower_ == "after" for m in (c, *g.children) if m.dep_ in ("prep", "mark"))
    ]
    if not any(g.lemma_.lower() in _TAKING_INTO_CUSTODY for g in afters):
        return False
    return not any(t.lemma_.lower() in _TRIAL_WORDS for t in tok.sent if t.i != tok.i)


def _jailed_no_verdict_told(tok: Token) -> bool:
    """'Loujain was jailed in May 2018, weeks before the ban was lifted', 'her husband, X, was jailed
    during the raid': a passive 'jailed' dated by a time or an event (as `_jailed_aside` reads it in
    a relative clause), with no court, trial or verdict in its sentence and none in any sentence
    that names the person again, tells the lock-up, not a sentence (GUIDELINES: a sentence needs a
    verdict or a term). Where the article tells the person's trial or term elsewhere ("Ho had been
    jailed in 2024 ..." after "increased the sentence of ... Nathan Ho"), the jailing is that verdict."""
    passive = any(c.dep_ == "auxpass" for c in tok.children)
    if tok.tag_ != "VBN" or tok.dep_ in ("relcl", "acl") or not passive:
        return False
    if not any(_dated_by(c) for c in tok.children if c.dep_ == "prep"):
        return False
    if any(t.lemma_.lower() in _TRIAL_WORDS for t in tok.sent if t.i != tok.i):
        return False
    subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
    names = {t.text for t in subj.subtree if t.pos_ == "PROPN"} if subj is not None else set()
    if not names:
        return False  # "She was jailed in 2021": whose trial may be told is for coreference to say
    return not any(
        any(t.text in names for t in sent) and any(t.lemma_.lower() in _TRIAL_WORDS for t in sent)
        for sent in tok.doc.sents
        if sent.start != tok.sent.start
    )


def _dated_by(prep: Token) -> bool:
    """'in May 2018', 'in 2021', 'during the raid': a preposition that dates the jailing; a
    span ("for the third time in four years") tells how often, not when."""
    objs = [g for g in prep.children if g.dep_ == "pobj"]
    if prep.lower_ == "during":
        return bool(objs)
    return prep.lower_ == "in" and any(g.ent_type_ == "DATE" and not _span_of_time(g) for g in objs)


def _since_arrest(tok: Token) -> bool:
    """'jailed since her arrest in 2024', 'since his detention': custody counted from an arrest."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "since"
        and any(g.dep_ == "pobj" and g.lemma_ in ("arrest", "detention") for g in c.children)
        for c in tok.children
    )


def _for_days(tok: Token) -> bool:
    """'jailed for 15 days', 'for two weeks': a counted stay too short for a term in months."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "for"
        and any(
            g.dep_ == "pobj" and g.lemma_ in ("day", "week") and any(n.dep_ == "nummod" for n in g.children)
            for g in c.children
        )
        for c in tok.children
    )


# verbs that hold a suspect before any verdict ("charged and jailed X" is an arrest)
HOLDING_VERBS = frozenset({"charge", "arrest", "detain", "indict", "accuse", "seize"})


def _on_suspicion(tok: Token) -> bool:
    """'on suspicion of murder', 'on charges of fraud', 'on a murder charge': held as a suspect."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "on"
        and any(g.dep_ == "pobj" and g.lemma_.lower() in ("suspicion", "charge") for g in c.children)
        for c in tok.children
    )


_BAIL = frozenset({"bail", "bond"})


def on_bail_set(tok: Token) -> bool:
    """'held on $50,000 bond', 'jailed in lieu of $5,000 bail': kept in jail until a bail set by a
    court is paid (held untried), not 'released on bail'."""
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("on", "in")):
        for g in (g for g in prep.children if g.dep_ == "pobj"):
            if prep.lower_ == "on" and g.lemma_.lower() in _BAIL:
                return True
            if g.lower_ == "lieu" and any(w.lemma_.lower() in _BAIL for w in g.subtree):
                return True
    return False


def _posted_bail(tok: Token, home: str | None) -> bool:
    """'X posted bail', 'posted a $10,000 bond on Friday': paid to walk out (released on bail);
    not bail posted FOR someone else ('his brother posted bail for him'), nor a notice posted."""
    if not any(c.dep_ == "dobj" and c.lemma_.lower() in _BAIL for c in tok.children):
        return False
    return not any(c.dep_ == "prep" and c.lower_ == "for" for c in tok.children)


def _sentenced_later(tok: Token) -> bool:
    """'who were jailed in Caracas in 2017 and later sentenced to between eight and thirteen
    years': put in jail, with the verdict told as a later verb of the same subject."""
    if any(c.dep_ == "prep" and c.lower_ == "for" for c in tok.children):
        return False
    if any(c.dep_ == "conj" and c.lemma_ in _VERDICT_VERBS and c.i > tok.i for c in tok.children):
        return True
    # "X, who was jailed together with her in 2013, was sentenced to six years", "X, jailed in May,
    # was convicted in June": the clause about X puts X in jail, the main verb gives the verdict
    noun = tok.head
    while noun.dep_ == "appos" and noun.head.i < noun.i:
        noun = noun.head  # ("The monk X, who was jailed ...": the name is the role's apposition)
    main = noun.head
    if tok.dep_ not in ("relcl", "acl"):
        return False
    if noun.dep_ in ("nsubj", "nsubjpass") and main.i > tok.i and main.lemma_ in _VERDICT_VERBS:
        return True
    # (the parser may lose the subject in a long sentence: "Among them is the nun X, who was
    # jailed with her, was sentenced to three years, and was released": the verb after the clause)
    doc, k = tok.doc, tok.right_edge.i + 1
    if k >= len(doc) or doc[k].text != ",":
        return False
    k += 1
    while k < len(doc) and doc[k].pos_ == "AUX":
        k += 1
    return (
        k < len(doc) and doc[k].lemma_ in _VERDICT_VERBS and doc[k].tag_ == "VBN" and k > tok.right_edge.i + 2
    )


_VERDICT_VERBS = frozenset({"sentence", "convict"})


_NO_VERDICT = re.compile(r"\bwithout (?:being )?(?:convicted|tried)\b")
_UNTRIED = ("pending", "without trial", "without charge", "before trial", "pre-trial", "pretrial")


def _imprison(tok: Token, home: str | None) -> str | None:
    """'imprisoned for six years' is a sentence, 'held without charge' or 'locked up pending
    trial' an arrest; 'imprisoned in 2019' alone says neither a verdict nor a detention date."""
    if tok.lemma_ == "lock" and not any(c.dep_ == "prt" and c.lower_ == "up" for c in tok.children):
        return None
    text = span_text(tok.sent).lower()
    untried = any(w in text for w in _UNTRIED) or _NO_VERDICT.search(text)
    if not untried and (_for_term(tok) or _for_life(tok)):
        return "sentence"  # (but "imprisoned for three years without being convicted": held untried)
    if _at_police_station(tok) or _overnight(tok):
        return "arrest"  # "locked up overnight at the police station": held by the police, no verdict
    if (
        tok.lemma_ == "lock"
        and any(c.dep_ == "auxpass" for c in tok.children)
        and any(c.dep_ == "prep" and c.lower_ == "since" for c in tok.children)
    ):
        return "arrest"  # "had been locked up since October": put in custody then, like "detained since"
    if tok.lemma_ == "lock" and any(c.dep_ == "auxpass" for c in tok.children) and _after_happening(tok):
        return "arrest"  # "who was locked up after the street protests": held since then
    if tok.lemma_ == "lock" and not untried and force_holds_untried(tok):
        return "arrest"  # "police have locked up the priest X": the police hold, no court has judged
    return "arrest" if untried else None


_LOCKED_AFTER = frozenset({"after", "during", "following", "over", "amid"})
HAPPENINGS = lexicon("happenings")


def _after_happening(tok: Token) -> bool:
    """A time phrase of the verb told by a public happening: 'after the 2021 protests', 'during
    the unrest', 'over the rally' (not 'after his trial' nor 'for years')."""
    return any(
        c.dep_ == "prep"
        and c.lower_ in _LOCKED_AFTER
        and any(g.dep_ == "pobj" and g.lemma_.lower() in HAPPENINGS for g in c.children)
        for c in tok.children
    )


_LOCKUPS = frozenset({"station", "precinct", "lockup", "lock-up", "cell", "cells", "department"})
# lock-up words that are one only with "police" or "holding" before them ("the police department")
_POLICE_ONLY = frozenset({"station", "cell", "cells", "department"})


def _at_police_station(tok: Token) -> bool:
    """'locked up at Kira police station', 'held in a police cell', 'held at the precinct': custody
    of the police, which holds suspects (not a prison, which also holds the convicted)."""
    return _police_lockup(tok, ("at", "in", "into"))


def _police_lockup(tok: Token, preps: tuple[str, ...]) -> bool:
    """A police station, precinct, lock-up or police cell as the object of one of `preps`."""
    return any(
        c.dep_ == "prep"
        and c.lower_ in preps
        and any(
            g.dep_ == "pobj"
            and g.lemma_.lower() in _LOCKUPS
            and (
                g.lemma_.lower() not in _POLICE_ONLY
                # ("the police cells", "a holding cell": not a cell of the body or of a group)
                or any(
                    m.lower_ in ("police", "holding") for m in g.children if m.dep_ in ("compound", "amod")
                )
            )
            for g in c.children
        )
        for c in tok.children
    )


def _in_custody(tok: Token, home: str | None) -> bool:
    """'held in pre-trial detention', 'is being held in a detention centre', 'held incommunicado',
    'held until trial', 'held without bail'.
    A stay in a prison ('held at Tocuyito prison since August') is a state, not a detention."""
    if any(c.lower_ == "incommunicado" for c in tok.children):
        return True
    if tok.lemma_ == "hold" and _held_by_force(tok):
        return True  # "was held by the KGB", "X, held by police in May, ..."
    if tok.lemma_ == "keep" and any(
        c.dep_ == "prep"
        and c.lower_ == "from"
        and any(g.ent_type_ not in ("DATE", "TIME") for g in c.children)
        for c in tok.children
    ):
        return False  # "she was kept from her lawyer for 12 hours": kept away from someone, not in custody
    if (
        any(c.dep_ == "auxpass" for c in tok.children)
        and _since_told(tok)
        and not any(c.dep_ == "prep" and c.lower_ in ("in", "at") for c in tok.children)
    ):
        return True  # "The four had been held since February, when police raided ...": held, nowhere said
    if (any(c.dep_ == "auxpass" for c in tok.children) or _shares_passive(tok) or _holding_someone(tok)) and (
        _held_briefly(tok) or _at_police_station(tok) or _for_questioning(tok)
    ):
        # "was held for 15 days", "held at a police station"; active: "after holding him for 11
        # hours", "they kept her overnight": a detention
        return True
    if (
        tok.lemma_ == "hold"
        and any(c.dep_ == "auxpass" for c in tok.children)
        and _held_until_freed(tok, home)
    ):
        return True  # "was held in Tora prison before being freed", "died after being held for a month"
    if tok.lemma_ == "hold" and (_held_over_crime(tok) or on_bail_set(tok)):
        return True  # "X held over bomb attack", "held on suspicion of fraud", "held on $1 million bond"
    # "ordered X held until trial", "held without bail": a court keeps someone in custody
    return (
        _prep_object(tok, ("in", "at", "under"), _DETENTION)
        or _prep_object(tok, ("until", "pending", "without"), _UNTIL_TRIAL)
        or _in_remand_prison(tok)
    )


def _in_remand_prison(tok: Token) -> bool:
    """'had been held in SIZO-1 since October', 'are being held in SIZO-7 in Brest': a SIZO is a
    remand prison (a pre-trial detention centre, `remand_codes`), so being held there is being
    held in pre-trial detention, as 'held in a detention centre' is; a penal colony's code (IK-6)
    is where a term is served, a stay that tells no event."""
    codes = lexicon("remand_codes")
    for c in tok.children:
        if c.dep_ != "prep" or c.lower_ not in ("in", "at"):
            continue
        for g in c.children:
            match = _CODE.fullmatch(g.lower_) if g.dep_ == "pobj" else None
            if match is not None and match.group(1) in codes and custody_code(g):
                return True
    return False


_HELD_PLACES = CUSTODY_WORDS | {
    "centre",
    "center",
    "camp",
    "facility",
    "station",
    "basement",
    "barracks",
    "cellar",
}


def _held_elsewhere(tok: Token) -> bool:
    """'held in high regard', 'held in the hall': an 'in'/'at' place that is no place of custody."""
    return any(
        c.dep_ == "prep"
        and c.lower_ in ("in", "at")
        and g.pos_ != "PROPN"
        and g.lemma_.lower() not in _HELD_PLACES
        for c in tok.children
        for g in c.children
        if g.dep_ == "pobj"
    )


def _held_until_freed(tok: Token, home: str | None) -> bool:
    """'was held with him in X prison before being freed', 'died in prison after being held for a
    month over his posts': a holding the same clause ends with a release or a death, told with no
    verdict, is a detention."""
    if any(t.lemma_ in ("sentence", "convict", "serve") or t.lower_ in TERM_NOUNS for t in tok.sent):
        return False
    if _held_elsewhere(tok):
        return False  # "held in high regard", "held in the hall": no custody
    if any(
        c.dep_ == "prep"
        and c.lower_ in ("before", "until")
        and any(g.dep_ == "pcomp" and trigger_type(g, home) == "release" for g in c.children)
        for c in tok.children
    ):
        return True
    if tok.dep_ == "pcomp" and tok.head.lower_ == "after":
        return trigger_type(tok.head.head, home) in ("release", "death")
    antecedent = tok.head
    while antecedent.dep_ == "appos":
        antecedent = antecedent.head  # "Her colleague, the poet X, who had been held ..."
    if tok.dep_ == "relcl" and antecedent.dep_ in ("nsubj", "nsubjpass") and _not_hostage_taking(tok, home):
        # "X, who had been kept there with his editor since May, was cleared and freed": the
        # clause's holding ends with the release its antecedent's own verb tells (not a death: "X,
        # held since 2019, died in a colony" after "he was serving six years" is a term served, nor
        # a release after a verdict the sentence before told)
        before = tok.doc[tok.sent.start - 1].sent if tok.sent.start else tok.sent
        if any(t.lemma_ in ("sentence", "convict", "serve") or t.lower_ in TERM_NOUNS for t in before):
            return False
        main = antecedent.head
        verbs = [main, *(c for c in main.children if c.dep_ == "conj")]
        if main.lemma_ == "be":
            # "X, who had been held at a prison for nine months, was in a group freed": the
            # group's own participle
            verbs += [
                a
                for c in main.children
                if c.dep_ == "prep" and c.lower_ == "among"
                for g in c.children
                if g.dep_ == "pobj"
                for a in g.children
                if a.dep_ in ("acl", "relcl")
            ]
        return any(trigger_type(v, home) == "release" for v in verbs if v.pos_ in ("VERB", "AUX"))
    return False


_HELD_PRONOUNS = frozenset({"him", "her", "them"})


def _held_by_force(tok: Token) -> bool:
    """'was held by the KGB', 'X, held by police in May', 'the KGB held X': a person whom the
    state's forces hold is detained (not 'held by gunmen', a hostage; not 'a rally held by police')."""
    forces = SECURITY_FORCES - {"man", "gunman"}  # (a force of the state, not any armed men)
    takers = lexicon("hostage_takers")
    if _holding_someone(tok):  # "the KGB held X for two weeks": the force as the subject
        doers = [t for c in tok.children if c.dep_ == "nsubj" for t in c.subtree]
        return any(t.lemma_.lower() in forces for t in doers) and not any(
            t.lemma_.lower() in takers for t in doers
        )
    holder = participle_holder(tok)  # ("among those held by police": the ones it tells of)
    passive = any(c.dep_ == "auxpass" for c in tok.children) or holder is not None
    if not passive or not (_done_to_person(tok) or holder is not None and holder.lower_ in ("those", "them")):
        return False
    by = [c for c in tok.children if c.dep_ == "agent"]
    if any(_held_by_state(c) for c in by):
        return True  # "have been held by the US at Guantanamo Bay", "had been held by Russia"
    agents = [g for c in by for g in c.subtree]
    return any(g.lemma_.lower() in forces for g in agents) and not any(
        g.lemma_.lower() in takers for g in agents
    )


def _held_by_state(agent: Token) -> bool:
    """'held by the US', 'held by Russia', 'held by the United States': the agent of 'held' is a
    country's name, the state itself (not 'held by US-backed militias', not 'held by Russian
    soldiers' whose noun the force list judges). Session 62: the real tune halves' gold reads a
    person held by a state as detained, as "held by police" is."""
    for g in agent.children:
        if g.dep_ != "pobj" or g.pos_ != "PROPN":
            continue
        words = [t for t in g.subtree if t.dep_ == "compound" or t.i == g.i]
        name = " ".join(t.text for t in words)
        if fold(name) in ("united states", "u.s.", "u.s", "usa") or (
            len(words) == 1 and country_of(g.text) is not None and g.ent_type_ == "GPE"
        ):
            return True
    return False


def _holding_someone(tok: Token) -> bool:
    """'holding him ...', 'kept the reporter ...': the active verb with a person as its object (not
    'held talks', 'kept the documents')."""
    return not any(c.dep_ == "auxpass" for c in tok.children) and any(
        c.dep_ == "dobj"
        and (
            c.lower_ in _HELD_PRONOUNS
            or c.ent_type_ == "PERSON"
            or fold(c.lemma_) in PERSON_NOUNS
            # (a name the recogniser mistyped: "the KGB held Vadzim X for questioning")
            or c.pos_ == "PROPN"
            and any(g.dep_ == "compound" and fold(g.text) in given_names() for g in c.children)
        )
        for c in tok.children
    )


def _shares_passive(tok: Token) -> bool:
    """'was summoned to the prosecutor's office and held for two days', 'was stopped at the border
    and kept overnight': a participle coordinated after a passive shares its auxiliary and subject
    (it has neither of its own)."""
    return (
        tok.dep_ == "conj"
        and tok.tag_ in ("VBN", "VBD")
        and any(c.dep_ == "auxpass" for c in tok.head.children)
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in tok.children)
    )


def _held_briefly(tok: Token) -> bool:
    """'held for 15 days', 'held for several hours': a 'for' of hours, days or weeks on the verb
    (years or months held are as often a prison term served as a detention); 'overnight'."""
    if _overnight(tok):
        return True
    return any(
        c.dep_ == "prep"
        and c.lower_ == "for"
        and any(g.dep_ == "pobj" and g.lemma_ in ("hour", "day", "week") for g in c.children)
        for c in tok.children
    )


def _for_questioning(tok: Token) -> bool:
    """'held for questioning', 'kept for interrogation'."""
    return any(
        c.dep_ == "prep" and c.lower_ == "for" and any(g.lower_ in _QUESTIONING for g in c.children)
        for c in tok.children
    )


def _overnight(tok: Token) -> bool:
    """'locked up overnight', 'held overnight': a night in a cell is a police detention."""
    return any(c.dep_ in ("advmod", "npadvmod") and c.lower_ == "overnight" for c in tok.children)


_UNTIL_TRIAL = frozenset({"trial", "bail", "bond", "charge", "charges", "hearing", "arraignment"})


_DETENTION = frozenset({"detention", "custody", "arrest"})
_SENTENCING = frozenset({"conviction", "sentencing", "sentence", "verdict", "trial", "transfer", "return"})


def _since(tok: Token) -> bool:
    """A 'since 2021', 'since July', 'since his arrest', 'since the coup' of the verb itself; not
    'since his conviction' (a prisoner serving a sentence, not a detainee)."""
    return any(
        c.lower_ == "since"
        and c.dep_ in ("prep", "mark", "advmod")
        and (c.dep_ == "advmod" or list(c.children))
        and not any(g.lemma_.lower() in _SENTENCING for g in c.children)
        for c in tok.children
    )


def _since_told(tok: Token) -> bool:
    """'held since February 2024, when police raided a meeting ...': the date of the detention's
    start, with the clause that tells how it started ('held since 2015' alone is a state)."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "since"
        and any(
            w.dep_ == "advmod" and w.lower_ == "when"
            for g in c.children
            for clause in g.children
            if clause.dep_ in ("relcl", "advcl", "acl")
            for w in clause.children
        )
        for c in tok.children
    )


def _in_custody_since(tok: Token, home: str | None) -> bool:
    """'who has been in pre-trial detention since December', 'has been under house arrest since
    May': a detention dated from its start, like 'held in custody'; a stay in a prison or
    'behind bars' is a state (no event), as is 'remains in detention'."""
    if tok.lemma_ != "be" or not _since(tok) or any(c.dep_ == "attr" for c in tok.children):
        return False
    # "has been under house arrest since April": confinement at home dated from its start, which
    # no annotator read as a detention
    return _prep_object(tok, ("in", "under"), _DETENTION - {"arrest"})


def _in_pretrial_detention(tok: Token, home: str | None) -> bool:
    """'X and five others are now in pre-trial detention': held pending trial (GUIDELINES'
    "jailed pending trial"), not serving a term; "remains in detention" stays a state."""
    if tok.lemma_ != "be" or any(c.dep_ == "attr" for c in tok.children):
        return False
    return _prep_object(tok, ("in",), _PRETRIAL) and _prep_object(tok, ("in",), _DETENTION)


_PRETRIAL = frozenset({"trial", "pretrial", "pre-trial"})
# what a suspect held untried waits for ("awaiting trial", "pending extradition")
_AWAITED = frozenset({"trial", "extradition", "hearing", "arraignment"})


def _held_awaiting_trial(tok: Token, home: str | None) -> bool:
    """'X is in jail awaiting trial', 'sits in a Texas jail pending extradition', 'was in jail on
    Wednesday after being charged with murder', 'remains behind bars awaiting trial': in custody
    with a trial still to come, the same clause says (GUIDELINES: "jailed pending trial" is an
    arrest); a stay in prison with no such cue says nothing new, nor does 'awaiting a visit'."""
    if any(c.dep_ in ("attr", "acomp", "dobj") for c in tok.children):
        return False
    if not any(c.dep_ == "nsubj" and c.pos_ in ("PROPN", "PRON", "NOUN") for c in tok.children):
        return False
    if not _prep_object(tok, ("in", "behind"), _CUSTODY_PLACES_OR_STATES | {"bars"}):
        return False
    if _for_term(tok):
        return False  # "has been in jail for three years awaiting a retrial": a stay
    places = [g for c in tok.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    # ("sits in a Texas jail awaiting trial": the parser may hang the participle on the jail)
    clauses = [*tok.children, *(a for p in places for a in p.children if a.dep_ in ("acl", "prep"))]
    return any(_untried_cue(c) for c in clauses if c.dep_ in ("advcl", "xcomp", "prep", "acl"))


def _untried_cue(clause: Token) -> bool:
    """'awaiting trial', 'pending extradition', 'after being charged with murder'."""
    if clause.lemma_ == "await" or clause.lower_ == "pending":
        return any(g.lemma_.lower() in _AWAITED for g in clause.children if g.dep_ in ("dobj", "pobj"))
    if clause.dep_ == "prep" and clause.lower_ == "after":
        return any(g.lemma_ == "charge" and g.tag_ == "VBN" for g in clause.children if g.dep_ == "pcomp")
    return False


def _in_custody_now(tok: Token, home: str | None) -> bool:
    """'LaSalle is in custody', 'the driver was in police custody on Wednesday, charged with
    murder', 'two suspects are under arrest': a news report's way of saying someone was just taken
    in; not 'still in custody', 'in custody for two years' (a stay), 'under house arrest', nor a
    stay 'in prison' (GUIDELINES: being in prison is no event)."""
    if tok.lemma_ != "be" or any(c.dep_ in ("attr", "acomp") for c in tok.children):
        return False
    if any(c.lower_ in ("still", "already", "long") for c in tok.children) or _since(tok):
        return False
    if _for_term(tok):
        return False
    if not any(c.dep_ == "nsubj" and c.pos_ in ("PROPN", "PRON", "NOUN") for c in tok.children):
        return False
    return any(
        c.dep_ == "prep"
        and (c.lower_, g.lemma_.lower()) in (("in", "custody"), ("under", "arrest"))
        and not any(m.dep_ in ("compound", "amod") and m.lower_ == "house" for m in g.children)
        for c in tok.children
        for g in c.children
        if g.dep_ == "pobj"
    )


def _found_guilty(tok: Token, home: str | None) -> bool:
    """'was found guilty of treason', 'a court found her guilty'; 'found the editor, X, and reporter
    Y guilty of ...' (the parser hangs "guilty" on the last name of the object)."""
    if any(
        c.lower_ == "guilty" and c.dep_ in ("oprd", "acomp", "ccomp", "xcomp", "dobj") for c in tok.children
    ):
        return True
    if guilty_second_object(tok) is not None:
        return True
    # ("found all three guilty", "found five defendants guilty": the parser makes "guilty" a
    # modifier of the object, a name or a counted group of people, as it does after a name)
    return any(
        t.lower_ == "guilty" and t.dep_ == "amod" and t.i > t.head.i and _found_person_or_group(t.head)
        for c in tok.children
        if c.dep_ == "dobj"
        for t in c.subtree
    )


def _found_person_or_group(noun: Token) -> bool:
    """A name, a bare number of people ('all three'), or a counted people noun ('five defendants')
    that a verdict may find guilty."""
    if noun.pos_ == "PROPN":
        return True
    if noun.like_num:
        return noun.ent_type_ not in ("DATE", "TIME", "MONEY", "PERCENT", "QUANTITY")
    return (
        noun.tag_ == "NNS"
        and (noun.lemma_.lower() in _PEOPLE or fold(noun.lemma_) in PERSON_NOUNS)
        and any(c.dep_ == "nummod" for c in noun.children)
    )


def guilty_second_object(tok: Token) -> Token | None:
    """'found the director, A, and reporter B guilty': the parser makes "guilty" a conjunct of the
    verb with the last name as its subject; that name is a second object of "found"."""
    if tok.lemma_ != "find" or not any(c.dep_ == "dobj" for c in tok.children):
        return None
    return next(
        (
            g
            for c in tok.children
            if c.dep_ == "conj" and c.lower_ == "guilty"
            for g in c.children
            if g.dep_ == "nsubj" and g.pos_ == "PROPN" and g.i < c.i
        ),
        None,
    )


# Who, as the subject, picks people up or rounds them up in an arrest (not "she picked up her son").
SECURITY_FORCES = frozenset(
    {"police", "policeman", "officer", "agent", "kgb", "fsb", "soldier", "troop", "guard", "security",
     "force", "militia", "authority", "gunman", "man", "riot", "omon", "detective", "investigator",
     "trooper", "marshal", "sheriff", "fbi", "operative", "gendarme", "gendarmerie", "commando",
     "paramilitary", "army", "military", "intelligence", "dss", "sbu", "gknb"}
)  # fmt: skip
# whom someone is handed to when a state takes them ("turned over to the authorities")
_STATE_RECEIVERS = SECURITY_FORCES | {"authority", "investigator", "prosecutor"}


_QUESTIONING = frozenset({"questioning", "interrogation"})


def _held_over_crime(tok: Token) -> bool:
    """'X held over depot fire' (a wire headline), 'was held over the death of his
    partner', 'police are holding X in connection with the fire': held for a crime is a
    detention. Not held over a weekend or an election, not 'held talks over the killing' (an
    object that is no person), not 'held in connection with the summit'. ('held on charges' is
    left out: in "an aide loyal to the leader Y, who had been held abroad on charges" the parser
    hangs the relative clause on Y, who was never held.)"""
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    # ("were holding a 24-year-old man, X, in connection with the bombing": a person noun too)
    if obj is not None and obj.pos_ != "PROPN" and not _handed_person(obj):
        return False
    # (a counted subject of "held" is as often a running figure as a fresh detention: "45 held
    # over the riots so far"; GUIDELINES counts no running statistics)
    if any(c.dep_ in ("nsubj", "nsubjpass") and _counted(c) for c in tok.children):
        return False
    if any(
        c.dep_ in ("prt", "acomp", "oprd", "xcomp") or c.lower_ in ("firm", "forth") for c in tok.children
    ):
        return False  # "held out over the theft claims", "held firm over the fraud inquiry"
    for prep in (c for c in tok.children if c.dep_ == "prep"):
        words = [g for g in prep.children if g.dep_ == "pobj"]
        if prep.lower_ == "on" and _held_on_charges(tok, words):
            return True
        if prep.lower_ == "in" and any(g.lower_ == "connection" for g in words):
            words = [w for g in words for c in g.children if c.lower_ == "with" for w in c.children]
        elif prep.lower_ != "over":
            continue
        if any(g.lemma_.lower() in lexicon("suspected_crimes") for g in words):
            return True
    return False


_HELD_ON = frozenset({"charge", "suspicion", "accusation", "allegation"})


def _held_on_charges(tok: Token, words: list[Token]) -> bool:
    """'X was held on charges of treason', 'he is being held on suspicion of murder', 'X, held on
    terrorism charges, ...': held on a charge is a detention, as 'detained on charges' is. Only
    of one the verb itself names: a passive subject that is a person (a name, a pronoun, a person
    noun), or a name the participle or relative clause describes, when that name is no object of
    a preposition ('an aide loyal to the leader Y, who had been held on charges', where the
    parser hangs the clause on Y and the one held is the aide)."""
    if not any(g.lemma_.lower() in _HELD_ON for g in words):
        return False
    subjects = [c for c in tok.children if c.dep_ == "nsubjpass"]
    if subjects:
        return (
            any(c.lower_ not in ("who", "that", "which") and _handed_person(c) for c in subjects)
            or any(c.lower_ == "who" for c in subjects)
            and _described_freely(tok)
        )
    return tok.dep_ == "acl" and tok.tag_ == "VBN" and _described_freely(tok)


def _described_freely(tok: Token) -> bool:
    """The noun a participle or relative clause `tok` describes is a person who stands free of a
    preposition (through its appositions and compounds): its own antecedent, not a name inside a
    phrase about someone else."""
    if tok.dep_ not in ("acl", "relcl"):
        return False
    node = tok.head
    while node.dep_ in ("appos", "compound", "conj") and node.head.i != node.i:
        node = node.head
    return _handed_person(tok.head) and node.dep_ != "pobj"


def _people_rounded_up(tok: Token) -> bool:
    """'40 activists rounded up in raids', 'were among nine reporters rounded up': a reduced
    participle of 'round up' that describes people (the parser may hang it on the copula beside
    'among'); not 'the figures rounded up'."""
    if (
        tok.tag_ not in ("VBN", "VBD")  # (the tagger may read the participle as a past form)
        or tok.dep_ not in ("acl", "advcl")
        or any(c.dep_ in ("nsubj", "mark") for c in tok.children)
    ):
        return False
    described = (
        [tok.head]
        if tok.dep_ == "acl"
        else [g for c in tok.head.children if c.dep_ == "prep" and c.lower_ == "among" for g in c.children]
    )
    return any(
        fold(g.lemma_) in PERSON_NOUNS or g.lemma_.lower() in ("people", "person", *lexicon("counted_people"))
        for g in described
    )


_TAKEN_PRONOUNS = frozenset({"him", "her", "them", "me", "us"})


def came_for(tok: Token) -> Token | None:
    """'police came for him at dawn', 'officers of the KGB came for her at the school': the one the
    state's forces came for was taken (not 'they came for me' of no force named, nor 'came for
    the funeral'). Returns whom they came for."""
    if tok.lemma_ != "come" or not any(
        t.lemma_.lower() in SECURITY_FORCES for c in tok.children if c.dep_ == "nsubj" for t in c.subtree
    ):
        return None
    return next(
        (
            g
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ == "for"
            for g in c.children
            if g.dep_ == "pobj"
            and (g.pos_ == "PROPN" or g.lower_ in _TAKEN_PRONOUNS or fold(g.lemma_) in PERSON_NOUNS)
        ),
        None,
    )


def _not_from(tok: Token) -> list[Token]:
    """The words of `tok`'s phrase but those of its 'from' phrases (the place someone is taken from)."""
    left = {t.i for c in tok.children if c.dep_ == "prep" and c.lower_ == "from" for t in c.subtree}
    return [t for t in tok.subtree if t.i not in left]


def _picked_up(tok: Token, home: str | None) -> bool:
    """'was picked up by police', 'officers picked him up', 'police rounded up 40 students',
    'security officers took away nine teachers', 'was taken in for questioning'."""
    if tok.lemma_ in ("push", "shove"):
        return _into_marked_vehicle(tok)  # not "riot police pushed X away from the barrier"
    particles = {"pick": ("up",), "round": ("up",)}.get(tok.lemma_, ("away", "off", "in"))
    if not any(
        c.dep_ in ("prt", "advmod")
        and c.lower_ in particles
        or c.dep_ == "prep"
        and c.lower_ == "in"
        and "in" in particles
        and (
            not list(c.children)
            or c.i == tok.i + 1
            and (person_after_in(tok) is not None or _particle_before_time(c))
        )
        for c in tok.children
    ):
        # "masked men bundled him into a van", "was taken by security forces": no particle, but a
        # vehicle or a force taking someone (not "taken by ambulance to hospital")
        if particles == ("up",) or any(t.lemma_.lower() in lexicon("medical_stays") for t in _not_from(tok)):
            # ("taken from a hospital bed by investigators": the hospital left, not the one gone to)
            return False
        into_vehicle = _prep_object(tok, ("into",), _VEHICLES_ANY) or _into_marked_vehicle(tok)
        forces = [g for c in tok.children if c.dep_ == "agent" for g in c.subtree]
        forces += _misplaced_agent(tok)
        # "dragged from her car by police", "escorted from his home by agents": taken from a place
        from_place = tok.lemma_ != "take" and any(
            c.dep_ == "prep" and c.lower_ == "from" for c in tok.children
        )
        if (
            not into_vehicle
            and not (
                (tok.lemma_ == "take" or from_place)
                and any(t.lemma_.lower() in SECURITY_FORCES for t in forces)
            )
            and not _force_took_from(tok)
        ):
            return False
    if any(
        c.dep_ == "prep" and c.lower_ == "for" and any(g.lower_ in _QUESTIONING for g in c.subtree)
        for c in tok.children
    ):
        return True  # "was taken in for questioning", "hauled in for interrogation"
    if any(c.dep_ == "dobj" and carried_thing(c) for c in tok.children):
        return False  # "officers took away two laptops and a camera": things, not a person
    verb = tok
    while verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        verb = verb.head  # "officers walked in and took away nine teachers": the shared subject
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    doers += [g for c in tok.children if c.dep_ == "agent" for g in c.children]  # "taken away by police"
    doers += _misplaced_agent(tok)
    takers = lexicon("hostage_takers")
    if any(t.lower_ == "ransom" for t in tok.sent) or any(
        t.lemma_.lower() in takers or t.lower_ in takers for d in doers for t in d.subtree
    ):
        return False  # "gunmen whisked away a businessman for ransom": a hostage, taken by no state
    if any(t.lemma_.lower() in SECURITY_FORCES for d in doers for t in d.subtree):
        return True
    if _taken_off_in_custody_story(tok, particles) or _in_police_vehicle(tok):
        return True
    if particles != ("up",) and _taken_after_search(tok):
        return True
    if "in" in particles and _then_let_go(tok):
        return True  # "was taken in with him but let go after six hours": held, then freed
    if _into_marked_vehicle(tok):
        return True  # "was pushed into an unmarked SUV": the vehicle tells who took them
    if tok.lemma_ == "round" and _people_rounded_up(tok):
        return True  # "one of 40 activists rounded up in raids", "were among nine reporters rounded up"
    # "was picked up near the church": the passive alone says it (not "taken away in an ambulance");
    # so does a passive participle set after a person ("a librarian picked up in November")
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children) or _participle_of_person(tok)
    return (
        particles == ("up",)
        and passive
        and not any(c.dep_ == "dobj" for c in tok.children)  # "he's picked up nods": active
    )


# the times the parser takes for the object of a particle "in" ("taken in that night")
_TIME_NOUNS = frozenset({"night", "morning", "evening", "afternoon", "day", "week", "dawn"})


def _particle_before_time(prep: Token) -> bool:
    """'was also taken in that night, but let go after four days': the parser reads the particle
    "in" as a preposition whose object is the time after it; it is the particle all the same (the
    taking is then read as "taken in" is: let go after it, by a force, for questioning)
    (session 55). Not a month or a year alone ('taken in May': when, not "taken in")."""
    objects = [g for g in prep.children if g.dep_ == "pobj"]
    return bool(objects) and all(
        g.lemma_.lower() in _TIME_NOUNS and any(d.dep_ == "det" for d in g.children) for g in objects
    )


# the state's entering of homes whose end is a taking away: "after the searches", "during a raid"
_SEARCHES = frozenset({"search", "raid", "house-search"})


def _taken_after_search(tok: Token) -> bool:
    """'six men have been taken away after the searches', 'he was taken away during the raid on
    his flat': a passive taking away that follows or is part of a search of homes is a
    detention (the searchers take the people; only the state searches homes), whoever the
    subject is (a counted group, a pronoun). Not 'taken away to a colony' (moved, already held,
    the to/from places are left to the other checks), not 'took away phones after the search'
    (a thing, the active form), not a taking by an agent named (read by the agent rules)."""
    if not any(c.dep_ == "auxpass" for c in tok.children) or not any(
        c.dep_ in ("prt", "advmod") and c.lower_ in ("away", "off") for c in tok.children
    ):
        return False
    if any(
        c.dep_ in ("agent", "neg") or c.dep_ == "prep" and c.lower_ in ("to", "from", "into")
        for c in tok.children
    ):
        return False
    return any(
        c.dep_ == "prep"
        and c.lower_ in ("after", "during", "following", "in")
        and any(g.dep_ == "pobj" and g.lemma_.lower() in _SEARCHES for g in c.children)
        for c in tok.children
    )


def _participle_of_person(tok: Token) -> bool:
    """'a school librarian picked up in November', 'X, picked up at dawn,', 'among those picked
    up': a participle that modifies a person noun, a name or "those" (the tagger may call it a
    past tense) tells what they underwent."""
    if tok.dep_ != "acl" or tok.tag_ not in ("VBN", "VBD"):
        return False
    held = tok.head
    return held.pos_ == "PROPN" or fold(held.lemma_) in PERSON_NOUNS or held.lower_ == "those"


_PERSONAL_OBJECTS = frozenset({"him", "her", "them"})


def _then_let_go(tok: Token) -> bool:
    """'was taken in but let go', 'was hauled in and released the same night': a passive taking
    joined to a release of the same subject is a detention (not 'taken in by a family')."""
    if not any(c.dep_ == "auxpass" for c in tok.children):
        return False
    return any(
        c.dep_ == "conj"
        and c.i > tok.i
        and not any(g.dep_ in ("nsubj", "nsubjpass", "dobj") for g in c.children)
        and (c.lemma_ in ("release", "free") or c.lemma_ == "let" and _let_out(c, None))
        for c in tok.children
    )


def _force_took_from(tok: Token) -> bool:
    """'intelligence officers took her from her flat', 'agents took the student from her office': a
    force as the subject takes a person from a place (not 'police took documents from his home')."""
    if tok.lemma_ not in ("take", "drag", "snatch", "grab") or not any(
        c.dep_ == "prep" and c.lower_ == "from" for c in tok.children
    ):
        return False
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    # (a name the NER took for a place is a person's when taken from a home: "took Selamawit, of
    # the weekly Addis Dimts, from her Bahir Dar home")
    from_home = any(c.dep_ == "prep" and c.lower_ == "from" and home_place_of(c) for c in tok.children)
    if obj is None or not (
        obj.lower_ in _PERSONAL_OBJECTS
        or obj.pos_ == "PROPN"
        and (obj.ent_type_ in ("", "PERSON") or from_home and obj.ent_type_ in ("GPE", "ORG", "NORP"))
        or fold(obj.lemma_) in PERSON_NOUNS
    ):
        return False
    verb = tok
    while verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        verb = verb.head  # "Police arrested A ... and took B from her home": the shared subject
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and any(t.lemma_.lower() in SECURITY_FORCES for t in subject.subtree)


def force_holds_untried(tok: Token) -> bool:
    """'Police have locked up X', 'the authorities put X behind bars again': an active verb whose
    subject is a security force, in a sentence that tells no verdict, term or court. Police and
    agents take people into custody; they pass no sentence, so what they do is an arrest."""
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children):
        return False
    subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subject is None or not any(t.lemma_.lower() in SECURITY_FORCES for t in subject.subtree):
        return False
    text = span_text(tok.sent).lower()
    return not (
        _VERDICT_CUES.search(text)
        or TERM_RE.search(text)
        or any(t.lemma_.lower() in _AFTER_VERDICT for t in tok.sent)
    )


_TAKING_IN = frozenset({"haul", "pull", "bring", "take", "drag", "cart", "whisk", "frogmarch", "march"})


def person_after_in(verb: Token) -> Token | None:
    """'Police hauled in lawyer X': the parser reads the particle as a preposition whose object is
    the person taken (a name or a personal pronoun, not 'in Minsk', 'in March')."""
    if (
        verb.lemma_ not in _TAKING_IN
        or verb.i + 1 >= len(verb.doc)
        or verb.doc[verb.i + 1].lower_ != "in"
        or verb.doc[verb.i + 1].head.i != verb.i
    ):
        return None
    return next(
        (
            g
            for g in verb.doc[verb.i + 1].children
            if g.dep_ == "pobj"
            and (
                g.ent_type_ == "PERSON"
                or g.pos_ == "PROPN"
                and g.ent_type_ in ("", "PERSON", "NORP")
                # "hauled in the union organiser X": a role with the name as its apposition
                or g.pos_ == "NOUN"
                and any(
                    a.dep_ == "appos" and (a.ent_type_ == "PERSON" or a.pos_ == "PROPN") for a in g.children
                )
            )
        ),
        None,
    )


_VEHICLE_KEEPERS = frozenset(
    {"police", "prison", "unmarked", "security", "militia", "army", "military", "paddy"}
)


_TAKERS_VEHICLES = _VEHICLES_ANY | {"suv", "jeep", "minivan"}


def _into_marked_vehicle(tok: Token) -> bool:
    """'pushed into an unmarked SUV', 'bundled into a police van': into a vehicle that an
    'unmarked' or 'police' marks as the security forces' (not 'helped into a car')."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "into"
        and any(
            g.dep_ == "pobj"
            and g.lower_ in _TAKERS_VEHICLES
            # ("an unmarked pickup van": the word may hang on the noun before the vehicle)
            and any(m.i < g.i and m.lower_ in ("unmarked", "police") for m in g.subtree)
            for g in c.children
        )
        for c in tok.children
    )


def _in_police_vehicle(tok: Token) -> bool:
    """'those taken away in police vans', 'hauled off in an unmarked car': carried off in a vehicle
    of a force (not 'taken away in an ambulance', 'driven off in a taxi')."""
    return any(
        c.dep_ == "prep"
        and c.lower_ in ("in", "into")
        and any(
            g.dep_ == "pobj"
            and g.lemma_.lower() in _VEHICLES_ANY
            and any(
                m.dep_ in ("compound", "amod") and m.lemma_.lower() in _VEHICLE_KEEPERS for m in g.children
            )
            for g in c.children
        )
        for c in tok.children
    )


def _taken_off_in_custody_story(tok: Token, particles: tuple[str, ...]) -> bool:
    """'X was taken in alongside him', 'the poet X was hauled off', in a story of arrests and
    prisons: a named person taken away with no one said to do it (a pronoun's "he was taken away"
    is more often a transfer of someone already held, or points at the wrong person). Not 'taken in by
    the scam' (an agent), not a patient taken away in an ambulance, nor outside a custody story."""
    if particles == ("up",) or not any(c.dep_ == "auxpass" for c in tok.children):
        return False
    if any(c.dep_ == "agent" for c in tok.children) or not any(
        c.dep_ in ("prt", "advmod") and c.lower_ in particles for c in tok.children
    ):
        return False
    subject = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
    if subject is None or not any(_names_someone(t) for t in (subject, *subject.children) if t.dep_ != "det"):
        return False
    if not (_police_lockup(tok, ("to",)) or _prep_object(tok, ("to",), _ARREST_PLACES)) and any(
        c.dep_ == "prep" and c.lower_ in ("to", "from", "into") for c in tok.children
    ):
        return False  # "taken away to a penal colony", "from the courtroom": moved, already held
    medical = lexicon("medical_stays") | _COURT_WORDS
    if any(t.lemma_.lower() in medical or t.lower_ == "ambulance" for t in tok.sent):
        return False  # a patient; or a convict led off after the verdict
    doc = tok.doc
    return occurs(doc, "LEMMA", _CUSTODY_STORY) or occurs(doc, "LOWER", _CUSTODY_STORY)


def _names_someone(tok: Token) -> bool:
    """A subject or its apposition that is a name (not a place or an organisation)."""
    if (
        tok.dep_ not in ("nsubjpass", "appos")
        or tok.pos_ not in ("PROPN", "NOUN")
        and tok.ent_type_ != "PERSON"
    ):
        return False
    if tok.dep_ == "appos" and tok.pos_ == "PROPN" and fold(tok.head.text) in PERSON_NOUNS:
        return True  # "his cousin X", whatever the tagger calls the name
    return (
        tok.ent_type_ == "PERSON"
        or tok.pos_ == "PROPN"
        and tok.ent_type_ not in ("GPE", "ORG", "LOC", "FAC", "NORP")
    )


_ARREST_PLACES = frozenset({"jail", "custody", "detention", "lockup", "lock-up"})
_COURT_WORDS = frozenset(
    {"court", "courtroom", "verdict", "sentence", "sentencing", "judge", "convict", "trial"}
)
_CUSTODY_STORY = CUSTODY_WORDS | {
    "arrest",
    "detain",
    "police",
    "handcuff",
    "security",
    "prisoner",
    "detainee",
}
_CUSTODY_OR_VERDICT_STORY = _CUSTODY_STORY | {"sentence", "seize"}
# words that say a verdict was given ("led away in handcuffs" after one is no arrest)
_AFTER_VERDICT = _COURT_WORDS | {"convict", "guilty", "magistrate"}


def _moves_a_person(tok: Token) -> bool:
    """A named person taken ('took X', 'X was driven'), or 'him' taken by a security force ('KGB
    officers took him'); 'she was then taken to a detention centre' mostly retells the arrest just
    told, and its pronoun may point at whoever the sentence before named last."""
    named = any(
        c.dep_ in ("dobj", "nsubjpass")
        and (
            c.pos_ == "PROPN"
            or c.ent_type_ == "PERSON"
            or any(g.dep_ == "compound" and g.pos_ == "PROPN" for g in c.children)  # a surname read as a noun
            # ("the editor Maria Santos was taken to ...": a role, the name its apposition)
            or any(g.dep_ == "appos" and g.pos_ == "PROPN" for g in c.children)
        )
        for c in tok.children
    )
    if named or any(c.dep_ == "nsubjpass" and _counted_people(c) for c in tok.children):
        return True  # ("Three participants were taken to the police station")
    if _lost_counted_subject(tok):
        return True  # ("Three participants — poet A, B and C — were taken to ...": a broken parse)
    holder = participle_holder(tok)  # "X, hauled off to a police station, ...", "among those taken"
    if holder is not None and (holder.pos_ == "PROPN" or holder.lower_ == "those"):
        return True
    verb = tok
    while verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head
    takers = [t for c in verb.children if c.dep_ == "nsubj" for t in c.subtree]
    return any(c.dep_ == "dobj" and c.pos_ == "PRON" for c in tok.children) and any(
        t.lemma_.lower() in SECURITY_FORCES for t in takers
    )


def role_read_as_verb(tok: Token) -> Token | None:
    """A passive with no subject of its own and, before it, a role noun the tagger read as a verb
    ("Three participants — poet A, B and C — were taken": "poet" a verb whose subject is the
    count): that role, whose own subject is the passive's."""
    children = list(tok.children)
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in children) or not any(
        c.dep_ == "auxpass" for c in children
    ):
        return None
    head = tok.head  # (or the role made the root and the passive its clause)
    if tok.dep_ == "ccomp" and head.i < tok.i and head.pos_ == "VERB" and fold(head.text) in PERSON_NOUNS:
        return head
    return next(
        (
            c
            for c in children
            if c.dep_ in ("ccomp", "advcl")
            and c.i < tok.i
            and c.pos_ == "VERB"
            and fold(c.text) in PERSON_NOUNS
        ),
        None,
    )


def _lost_counted_subject(tok: Token) -> bool:
    """A passive whose counted subject a role noun read as a verb took over: "Three participants —
    poet A, B and C — were taken" parses "poet" as a verb of its own with the count its subject."""
    role = role_read_as_verb(tok)
    return role is not None and any(c.dep_ in ("nsubj", "dep") and _counted_people(c) for c in role.children)


def _counted_people(noun: Token) -> bool:
    """'three participants', 'two reporters': people counted by a number, whom a passive 'taken'
    moves as it moves a named person (not "two bags were taken to the station")."""
    lemma = noun.lemma_.lower()
    people = lemma in _PEOPLE or lemma in lexicon("counted_people") or fold(noun.lemma_) in PERSON_NOUNS
    return people and any(c.dep_ == "nummod" for c in noun.children)


def _misplaced_agent(tok: Token) -> list[Token]:
    """'was taken from his home in the early hours by KGB officers': the parser hangs the passive's
    'by' phrase on the nearest noun; the objects of such a 'by' inside the verb's phrase."""
    if not any(c.dep_ == "auxpass" for c in tok.children):
        return []
    return [
        g
        for t in tok.subtree
        if t.dep_ == "prep"
        and t.lower_ == "by"
        and t.head.i != tok.i
        and t.head.ent_type_ in ("TIME", "DATE", "")
        for g in t.children
        if g.dep_ == "pobj"
    ]


def _to_detention(tok: Token) -> bool:
    """'sent X to pre-trial detention', 'sent him to a detention centre', 'took him to the
    detention centre' (the parser sometimes reads 'to pre-trial detention' as a second object);
    a verb other than 'send' takes a person there ('took food to the detention centre' does not)."""
    if tok.lemma_ != "send" and not _moves_a_person(tok):
        return False
    if _prep_object(tok, ("to", "into"), {"detention", "custody"}) or _police_lockup(tok, ("to", "into")):
        return True  # (or "taken to the police station", "carted off to a police station")
    doc = tok.doc
    return any(
        c.dep_ in ("dobj", "npadvmod")
        and c.lemma_ in ("detention", "custody")
        and (c.left_edge.lower_ == "to" or c.left_edge.i > 0 and doc[c.left_edge.i - 1].lower_ == "to")
        for c in tok.children
    )


# ("member": "guards seized two members of a village aid council", people of a body)
_PEOPLE = frozenset(
    {"prisoner", "man", "woman", "people", "person", "protester", "inmate", "detainee", "convict", "youth",
     "member"}
)  # fmt: skip


def _done_to_person(tok: Token) -> bool:
    """Whom the verb is done to (its object or passive subject) is a person: a name, a pronoun, a
    person noun; or, for 'X, who was executed' / 'the man captured at dawn', the noun the clause
    describes."""
    for c in tok.children:
        if c.dep_ not in ("dobj", "nsubjpass") and not (c.dep_ == "nsubj" and tok.tag_ == "VBN"):
            continue
        if c.pos_ == "PROPN" or c.pos_ == "PRON" and c.lower_ not in ("it", "that", "which", "what"):
            return True
        if c.lemma_.lower() in _PEOPLE or fold(c.text) in PERSON_NOUNS or fold(c.lemma_) in PERSON_NOUNS:
            return True
        if c.lower_ in ("one", "another") and any(
            g.dep_ == "appos" and g.pos_ == "PROPN" for g in c.children
        ):
            return True  # "One of them, X, was executed": the name set off names the one
        if _part_of_people(c):
            return True  # "Three of his colleagues were seized", "two of them were executed"
    head = tok.head  # ("the young reporter, seized in 2021 and jailed ...": a person noun too)
    if tok.dep_ == "advcl" and (holder := participle_holder(tok)) is not None:
        head = holder  # "Seized by soldiers in 2021, X ...": the main clause's subject
    return tok.dep_ in ("relcl", "acl", "advcl") and (
        head.pos_ == "PROPN"
        or head.lemma_.lower() in _PEOPLE
        or fold(head.lemma_) in PERSON_NOUNS
        or head.lower_ == "those"  # "among those seized by soldiers"
    )


_PART_WORDS = frozenset({"some", "several", "many", "all", "both", "most"})


def _part_of_people(head: Token) -> bool:
    """'Three of his colleagues', 'some of them', 'two of the reporters': a number or quantifier
    whose 'of' names people is a part of a group of people (a numeral parses as the head)."""
    if not (head.pos_ == "NUM" or head.lower_ in _PART_WORDS):
        return False
    return any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and any(
            g.dep_ == "pobj"
            and (
                g.pos_ == "PRON"
                and g.lower_ in ("them", "us", "these", "those")
                or g.lemma_.lower() in _PEOPLE
                or fold(g.lemma_) in PERSON_NOUNS
            )
            for g in c.children
        )
        for c in head.children
    )


def _executed_person(tok: Token, home: str | None) -> bool:
    """'was executed', 'executed two protesters', 'were hanged at dawn': who is put to death is a
    person, not 'executed a plan'."""
    return _done_to_person(tok)


def _killed_in_custody(tok: Token, home: str | None) -> bool:
    """'police shot dead six suspects as they tried to escape from custody', 'was beaten to death
    in his cell', 'killed in a prison riot': a prisoner killed while held dies in custody (the
    custody word in the killing's own clause, as for 'died')."""
    doc = tok.doc
    dead = tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "dead"  # ("dead" may hang on the object)
    to_death = any(
        c.dep_ == "prep" and c.lower_ == "to" and any(g.lower_ == "death" for g in c.children)
        for c in tok.children
    )
    if tok.lemma_ != "kill" and not dead and not to_death:
        return False  # "shot in the leg", "beaten by guards": no death told
    victims = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if any(t.lemma_.lower() in SECURITY_FORCES for v in victims for t in v.subtree):
        return False  # "a bomb killed six guards at the prison": the guards were not held
    # held when it happened: "in his cell", "in a prison riot", "as they tried to escape from
    # custody" (not "near the prison", "after his release from prison")
    clauses = [tok, *(c for c in tok.children if c.dep_ == "advcl" and c.lower_ != "after")]
    held = any(
        p.dep_ == "prep"
        and p.lower_ in ("in", "from", "inside", "at")
        and any(g.lemma_.lower() in CUSTODY_WORDS for g in p.subtree)
        and not any(a.lower_ in ("after", "since", "before") for a in p.ancestors if a.i > tok.i)
        for clause in clauses
        for p in (clause.subtree if clause is not tok else own_clause(tok))
    )
    people = lexicon("counted_people")
    return held and (_done_to_person(tok) or any(v.lemma_.lower() in people for v in victims))


def _expelled_abroad(tok: Token, home: str | None) -> bool:
    """'expelled from Belarus', 'expelled the diplomats': removed from a country; not a pupil
    expelled from school, a member from a party, an athlete from the Games — nor, in a story of
    such an expulsion, the same word in its headline ('schoolgirls expelled for wearing scarves')."""
    institutions = lexicon("institutions")
    doc = tok.doc  # (the document's word index finds the few such words: no pass over every token)
    for expel in tokens_in(doc, "LEMMA", _EXPEL) + tokens_in(doc, "LOWER", _EXPULSIONS):
        if any(
            c.dep_ == "prep"
            and c.lower_ == "from"
            and any(g.lemma_.lower() in institutions for g in c.subtree)
            for c in expel.children
        ):
            return False
    return True


_EXPEL = frozenset({"expel"})
_EXPULSIONS = frozenset({"expulsion", "expulsions"})
_BORDERS = frozenset({"border", "frontier", "checkpoint"})


def _left_at_border(tok: Token, home: str | None) -> bool:
    """'dropped him off at the Lithuanian border', 'was left at the Polish border', 'was released
    into Lithuania': someone put out at or across the border. A release 'at the border' alone may
    be a traveller let go after questioning, so a release needs a country beyond it."""
    if not moves_someone(tok):
        return False
    if tok.lemma_ in ("release", "free"):
        return _destination_abroad(tok, home, ("into", "across"))
    return any(
        c.dep_ == "prep"
        # ("dumped across the Latvian border": put out beyond it; not "left across the border
        # from his family", where someone lives)
        and (c.lower_ in ("at", "on", "near") or c.lower_ in ("across", "over") and tok.lemma_ != "leave")
        and any(g.lemma_.lower() in _BORDERS for g in c.subtree)
        for h in (tok, *(c for c in tok.children if c.dep_ == "prt"))
        for c in h.children
    )


def _out_of_country(tok: Token, home: str | None) -> bool:
    """'thrown out of Belarus', 'forced out of the country', 'removed from the country': someone
    put out of a country (the place is a country or land word, not a party, an office, a race)."""
    if not moves_someone(tok):
        return False
    children = list(tok.children)
    if any(c.dep_ == "prt" and c.lower_ in ("in", "on", "up") for c in children) or (
        tok.lemma_ == "take" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "in"
    ):
        return False  # "taking in 10,000 refugees from Syria": received, not put out
    outs = [c for c in children if c.lower_ == "out" and c.dep_ in ("prt", "prep", "advmod")]
    # "forced dissident X out of the country": the parser hangs "out" on the object before it
    outs += [
        g
        for c in children
        if c.dep_ == "dobj"
        for g in c.children
        if g.lower_ == "out" and g.dep_ in ("prep", "advmod", "prt") and g.i == c.i + 1
    ]
    preps = [g for o in outs for g in o.children if g.dep_ == "prep" and g.lower_ == "of"]
    preps += [c for c in children if c.dep_ == "prep" and (c.lower_ == "from" or c.lower_ == "of" and outs)]
    for prep in preps:
        if home_place_of(prep):
            continue  # "took X from her Bahir Dar home": a town's home left, not the country
        for place in (g for g in prep.children if g.dep_ == "pobj"):
            if place.lemma_.lower() in ("country", "homeland") or COUNTRIES.get(fold(place.text)):
                return True
            if place.ent_type_ == "GPE" and place.lemma_.lower() not in lexicon("institutions"):
                return True
    return False


def object_after_custody(tok: Token) -> Token | None:
    """'took into custody pensioner X', 'remanded in custody reporter X and eight others': the
    object written after the custody phrase, which the parser reads into it."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("into", "in"):
            inner = next((g for g in c.children if g.dep_ == "pobj"), None)
            if inner is None or inner.lemma_ in CUSTODY_WORDS:
                continue
            # (after "in" the custody word opens the phrase: "died in a prison infirmary" is a place)
            words = [inner.left_edge] if c.lower_ == "in" else inner.subtree
            if any(t.lemma_ in CUSTODY_WORDS for t in words):
                return inner
    return None


def _remanded(tok: Token, home: str | None) -> bool:
    """'remands X and eight others in custody', 'X was remanded in prison': held by a court's order;
    not 'remanded on bail' (freed) nor a case 'remanded to the lower court'."""
    # (the words after it up to a semicolon: "...; the rest were freed on bail" is another clause)
    after = []
    for t in tok.doc[tok.i + 1 : tok.sent.end]:
        if t.text == ";":
            break
        after.append(t)
    if any(
        t.lower_ == "bail" and not _bail_withheld(t)
        for t in (*(t for t in tok.subtree if t.i < tok.i), *after)
    ):
        return False
    held = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if not held and tok.dep_ == "conj" and tok.head.pos_ == "VERB":
        held = [c for c in tok.head.children if c.dep_ == "nsubjpass"]  # "was charged and remanded"
    held += [tok.head] if misread_as_modifier(tok) else []
    held += [inner] if (inner := object_after_custody(tok)) is not None else []
    held += [holder] if (holder := participle_holder(tok)) is not None else []
    return bool(held) and not any(t.lemma_.lower() in ("case", "court", "ruling", "matter") for t in held)


# what a bail that frees no one is said of: "after a bail hearing", "their bail pleas"
_BAIL_PROCEEDINGS = frozenset({"hearing", "application", "request", "plea", "petition", "bid", "proceeding"})
_WITHHOLD = frozenset({"deny", "refuse", "reject", "dismiss", "revoke", "cancel"})


def _bail_withheld(bail: Token) -> bool:
    """'remanded after a four-day bail hearing', 'remanded, bail denied': a bail asked for or
    refused, which keeps the remand a detention (unlike 'remanded on bail')."""
    if bail.dep_ in ("compound", "nmod", "amod") and bail.head.lemma_.lower() in _BAIL_PROCEEDINGS:
        return True
    return bail.head.lemma_.lower() in _WITHHOLD or any(c.lemma_.lower() in _WITHHOLD for c in bail.children)


def _not_hostage_taking(tok: Token, home: str | None) -> bool:
    """'abducted by security forces' is an arrest; a hostage kidnapped by militants or gunmen
    (for ransom, for a demand) is taken by no state."""
    takers = lexicon("hostage_takers")
    head = tok.head if tok.dep_ in ("pcomp", "advcl", "conj") else tok
    doers = [c for h in (tok, head) for c in h.children if c.dep_ == "nsubj"]
    doers += [g for c in tok.children if c.dep_ == "agent" for g in c.children]
    if any(
        t.lemma_.lower() in takers or t.lower_ in takers or _armed_band(t) for d in doers for t in d.subtree
    ):
        return False
    frame = tok.head if tok.dep_ in ("xcomp", "pcomp", "ccomp") else tok
    frame = frame.head if frame.dep_ == "prep" else frame
    if frame is not tok and frame.lemma_.lower() in _CRIME_FRAMES:
        return False  # "he admitted kidnapping two girls", "confessed to abducting her": a crime
    told = (*tok.sent, *next(iter(tok.doc.sents)))  # the sentence, and the headline above the story
    if any(t.lemma_.lower() in _HOSTAGE_WORDS or t.lower_ in _HOSTAGE_WORDS for t in told):
        return False
    if any(t.lemma_.lower() in SECURITY_FORCES for d in doers for t in d.subtree):
        return True  # "abducted by security forces": a state's detention, whatever else the story tells
    if _hostage_story(tok.doc):
        return False  # "... still holding an American hostage. X, who was abducted in 2020": a captive
    if _taker_beside(tok):
        return False  # "ten staff were abducted when gunmen attacked their bus": the gunmen's captives
    return not _kidnapping_a_crime(tok.doc)


def abduction_by_takers(noun: Token) -> bool:
    """'the abduction of seven crew members' in a sentence about pirates, 'the abduction of X by
    gunmen': the noun of an abduction whose takers are hostage takers, as `_taker_beside` reads
    the verb's (session 60, enfp)."""
    takers = lexicon("hostage_takers")
    by = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "by" for g in c.subtree]
    return any(g.lemma_.lower() in takers for g in by) or _taker_beside(noun)


# (not those that may stand where the state takes someone: "abducted from the crowd at the rally")
_TAKERS_BESIDE_EXCLUDED = frozenset({"crowd", "mob"})


def _taker_beside(tok: Token) -> bool:
    """'ten other personnel were abducted when gunmen attacked their buses', 'pirates ... the
    abduction of seven crew members': an abduction told in a clause that names takers of
    hostages (nouns of `hostage_takers`; 'armed men', 'an armed group') and no force of a state
    in the clause is theirs, not a detention (session 60, enfp: 2 in unannotated real articles,
    gunmen and pirates; none among the abductions of the read and real sets, whose clauses with
    such a noun also name the state's forces: "abducted and forced by the military to
    'surrender' posing as armed insurgents")."""
    takers = lexicon("hostage_takers") - _TAKERS_BESIDE_EXCLUDED
    forces = SECURITY_FORCES - {"man", "gunman"}  # (a force of the state, not any armed men)
    # (the clause told, up to a reporting verb's content: "Officer X added that ten personnel were
    # abducted when gunmen attacked": the officer who tells it took no one)
    clause = tok
    while clause.dep_ not in ("ccomp", "ROOT") and clause.head.i != clause.i:
        clause = clause.head
    words = list(clause.subtree)
    if any(t.lemma_.lower() in forces for t in words):
        return False
    return any(t.pos_ == "NOUN" and t.lemma_.lower() in takers or _armed_band(t) for t in words)


def _hostage_story(doc: Doc) -> bool:
    """Whether the story tells of hostages, ransoms or kidnappers anywhere ('held hostage by his
    accomplices', 'still holding at least one American hostage'): there, an abduction that names no
    state's forces as its doers is a hostage-taking (session 59, hrd8; not 'hostage diplomacy',
    which calls a state's detentions so)."""
    for t in tokens_in(doc, "LOWER", _HOSTAGE_WORDS):
        after = doc[t.i + 1] if t.i + 1 < len(doc) else None
        if not (t.lower_.startswith("hostage") and after is not None and after.lower_ == "diplomacy"):
            return True
    return False


_KIDNAP_WORDS = frozenset({"kidnap", "kidnapping", "abduct", "abduction"})
_CRIME_NOUNS = frozenset(
    {"murder", "rape", "robbery", "extortion", "pornography", "assault", "killing", "theft"}
)
_CHARGING = frozenset(
    {"admit", "confess", "deny", "charge", "accuse", "convict", "suspect", "plead", "guilty", "indict"}
)


def _kidnapping_a_crime(doc: Doc) -> bool:
    """Whether the story tells kidnapping as someone's crime ('charged with kidnapping', 'admitted
    kidnapping two girls', 'a scandal of murder, kidnapping and pornography'): its kidnapped
    are a criminal's victims, not people a state took."""
    for tok in tokens_in(doc, "LEMMA", _KIDNAP_WORDS):
        head = tok.head.head if tok.head.lower_ in ("of", "with", "to") else tok.head
        if head.lemma_.lower() in _CHARGING:
            return True
        kin = [c for c in tok.children if c.dep_ == "conj"] + ([tok.head] if tok.dep_ == "conj" else [])
        if any(k.lemma_.lower() in _CRIME_NOUNS for k in kin):
            return True
    return False


# verbs that frame a kidnapping as someone's crime, not a state's detention
_CRIME_FRAMES = frozenset({"admit", "confess", "deny", "plan", "plot", "attempt", "try"})


def _armed_band(tok: Token) -> bool:
    """'an armed group', 'armed men': takers of hostages; 'armed forces', 'armed police' are a state's."""
    return tok.lower_ == "armed" and tok.head.lemma_.lower() in ("group", "man", "gang", "band")


_HOSTAGE_WORDS = frozenset({"hostage", "hostages", "ransom", "captor", "kidnapper", "kidnappers", "abductor"})


def _captured_person(tok: Token, home: str | None) -> bool:
    """'was captured after a manhunt', 'troops captured the rebel commander': a person taken, not
    'captured the town', 'captured the nomination', nor a person 'captured on camera'."""
    if not _done_to_person(tok) or any(c.dep_ == "dobj" and c.ent_type_ in _PLACE_ENTS for c in tok.children):
        return False
    doers = [c for c in tok.children if c.dep_ == "nsubj"]
    if doers and not any(t.lemma_.lower() in _CAPTORS for d in doers for t in d.subtree):
        return False  # "Clinton had captured 1,944 delegates": won, not took
    if tok.lemma_ in ("catch", "snatch", "grab"):
        # "was caught by police", "marshals caught him": only a captor makes catching an arrest
        # (not "caught a cold", "caught the bus", "caught on camera"); a snatch only the state's
        # forces ("snatched by officers", not "by a gang of thieves")
        captors = _CAPTORS if tok.lemma_ == "catch" else SECURITY_FORCES
        agents = [g for c in tok.children if c.dep_ == "agent" for g in c.subtree]
        if not any(t.lemma_.lower() in captors for t in (*agents, *(t for d in doers for t in d.subtree))):
            return False
    takers = lexicon("hostage_takers")
    if any(g.lemma_.lower() in takers for c in tok.children if c.dep_ == "agent" for g in c.subtree):
        return False  # "was captured by the enraged crowd", "captured by rebels": taken by no state
    recorded = lexicon("recording_media")
    return not any(
        c.dep_ in ("prep", "agent") and any(g.lemma_.lower() in recorded for g in c.subtree)
        for c in tok.children
    )


def _taken_off_transport(tok: Token, home: str | None) -> bool:
    """'was taken off a coach by troops', 'soldiers pulled the reporter off a minibus', 'who was
    dragged off a train': a person removed from a vehicle by the state's forces (in the passive, or
    with a captor as subject or agent); not luggage taken off the bus, nor a passenger helped off
    by paramedics."""
    transport = lexicon("transport")
    off = [c for c in tok.children if c.lower_ == "off" and c.dep_ in ("prt", "prep")]
    vehicles = [g for o in off for g in o.children if g.dep_ == "pobj"]
    if any(o.dep_ == "prt" for o in off):
        vehicles += [c for c in tok.children if c.dep_ == "dobj"]  # "taken off a bus": parsed as its object
    if not any(v.lemma_.lower() in transport for v in vehicles) or not _done_to_person(tok):
        return False
    if not _not_hostage_taking(tok, home):
        return False
    doers = [c for c in tok.children if c.dep_ == "nsubj"]
    doers += [g for c in tok.children if c.dep_ == "agent" for g in c.children]
    if doers:
        return any(t.lemma_.lower() in _CAPTORS for d in doers for t in d.subtree)
    return any(c.dep_ == "nsubjpass" for c in tok.children)


_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC", "ORG"})
# who, as the subject, captures people: forces and armed groups ("they" after "police said")
_CAPTORS = SECURITY_FORCES | {
    "army",
    "rebel",
    "militant",
    "insurgent",
    "fighter",
    "gang",
    "kidnapper",
    "marine",
    "commando",
    "they",
    "we",
}


RELEASE_GRANTS = frozenset({"release", "parole", "pardon", "amnesty", "clemency", "bail"})
_SIGNED_GRANTS = frozenset({"pardon", "amnesty", "clemency"})


def _granted_release(tok: Token, home: str | None) -> bool:
    """'was granted early release', 'received a presidential pardon', 'was given parole': a
    release granted to someone (not 'a press release', nor 'asked for parole')."""
    compounds = lexicon("release_compounds")
    if any(c.dep_ == "dobj" and c.lemma_.lower() in _FREEDOM and _regained(c) for c in tok.children):
        return True
    # (one signs a pardon or an amnesty, not bail: "signed pardons for 18 convicts")
    grants = _SIGNED_GRANTS if tok.lemma_ == "sign" else RELEASE_GRANTS
    return any(
        c.lemma_.lower() in grants
        and not any(m.dep_ == "compound" and m.lower_ in compounds for m in c.children)
        and not any(m.dep_ == "prep" and m.lower_ == "of" for m in c.children)  # "the release of ..."
        for c in _granted_things(tok)
    )


def _granted_things(tok: Token) -> list[Token]:
    """What a verb of granting gives: its object ("granted bail", "received a pardon"), and the
    grant the parser hangs on the recipient as an apposition when adjectives are coordinated
    ("granted X a full and unconditional pardon": "pardon" read as X's appositive; session 57,
    wikinews-en-tune 7 pardons, no read set holds it)."""
    things = [c for c in tok.children if c.dep_ in ("dobj", "attr")]
    things += [
        g
        for c in tok.children
        if c.dep_ == "dative" and c.pos_ in ("PROPN", "PRON")
        for g in c.children
        if g.dep_ == "appos" and g.i > c.i and g.pos_ == "NOUN"
    ]
    return things


_FREEDOM = frozenset({"freedom", "liberty"})


def _regained(freedom: Token) -> bool:
    """'regained her freedom', 'won his liberty' in a story of custody; not 'the freedom to
    travel', 'freedom of speech', 'the freedom of the city'."""
    if any(c.dep_ in ("prep", "acl", "relcl", "compound", "amod") for c in freedom.children):
        return False
    return occurs(freedom.doc, "LOWER", _CUSTODY_TOLD) or occurs(freedom.doc, "LEMMA", _CUSTODY_TOLD)


# what says a person who "is free" has come out: "is now free", "is free after two years in jail"
_FREE_AGAIN = frozenset({"now", "finally", "again", "free"})


def _free_again(tok: Token, home: str | None) -> bool:
    """'X is now free', 'is free after three years in a colony', 'is free on bail': out of custody;
    not 'is still free' (never held), 'free to leave', 'free of charges'."""
    free = next((c for c in tok.children if c.dep_ == "acomp" and c.lower_ == "free"), None)
    # "is a free man after six years in prison": the free person, told as a noun
    man = next(
        (
            c
            for c in tok.children
            if c.dep_ == "attr"
            and c.lower_ in ("man", "woman")
            and any(m.dep_ == "amod" and m.lower_ == "free" for m in c.children)
        ),
        None,
    )
    free = free if free is not None else man
    if free is None or not any(c.dep_ == "nsubj" for c in tok.children):
        return False
    if any(
        c.dep_ in ("xcomp", "prep", "ccomp")
        and c.lower_ != "on"
        and not (man is not None and c.lower_ == "after")
        for c in free.children
    ):
        return False
    if man is not None and _prep_object(man, ("after",), _CUSTODY_OR_TIME):
        return not any(c.lower_ in ("still", "yet") for c in tok.children)
    around = [*tok.children, *free.children]
    if any(c.lower_ in ("still", "yet") for c in around):
        return False
    if any(c.dep_ == "advmod" and c.lower_ in _FREE_AGAIN for c in around):
        return True
    return _prep_object(tok, ("after",), _CUSTODY_OR_TIME) or any(
        # ("is free on conditional release": out of custody on a court's conditional release)
        h.dep_ == "prep" and h.lower_ == "on" and any(g.lemma_ in _OUT_ON for g in h.children)
        for h in around
    )


_OUT_ON = frozenset({"bail", "parole", "release"})


def _not_a_warrant(tok: Token, home: str | None) -> bool:
    """'Iran issues arrest warrants for 36 people, including X', 'court issues arrest order for
    Y': in a headline's present tense the tagger may read "arrest" as the verb and the warrant as
    its object, which made X arrested; the word before a warrant's or an order's noun is no arrest
    (no one arrests a warrant). Session 57: no read set holds it; wikinews-en-tune 1 (a false)."""
    following = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return following is None or following.lemma_.lower() not in lexicon("arrest_compound_heads")


def _not_in_hospital(tok: Token, home: str | None) -> bool:
    """'were detained in hospital' (British: kept in as patients) is no arrest; 'detained in a
    psychiatric hospital', 'detained in a hospital ward by the KGB' are."""
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "in"):
        for ward in (g for g in prep.children if g.dep_ == "pobj" and g.lemma_.lower() == "hospital"):
            if not any(m.dep_ in ("det", "amod", "compound", "poss") for m in ward.children):
                return False
    return True


_CARE = frozenset({"hospital", "clinic", "quarantine", "rehab", "rehabilitation", "hospice"})


def from_care(tok: Token) -> bool:
    """'was released from hospital after heart surgery', 'her release from hospital' is a patient
    sent home, no release; 'released from the prison hospital' is one."""
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "from"):
        for place in (g for g in prep.children if g.dep_ == "pobj" and g.lemma_.lower() in _CARE):
            if not any(m.lemma_.lower() in CUSTODY_WORDS for m in place.children):
                return True
    return False


# entity labels of a body's or a thing's name that may hold an infinitive ("the Committee to
# Protect Journalists", "the Campaign to End Torture", "the Fund to Defend Reporters")
_NAMED_THINGS = frozenset({"ORG", "FAC", "WORK_OF_ART", "LAW", "EVENT", "PRODUCT"})


def named_infinitive(verb: Token) -> bool:
    """A to-infinitive that is a word of a name, not a purpose: "freed in April, according to the
    Committee to Protect Journalists" (the parser hangs "Protect" on "freed" as an adverbial
    clause, which read as a purpose made the release "freed her to run for office"). A purpose's
    verb is written in lower case mid-sentence; a name's is capitalised and the tagger puts it in
    the name's entity. Not in a headline set in title case, where every verb is capitalised."""
    if not verb.is_title or verb.is_sent_start or verb.ent_type_ not in _NAMED_THINGS:
        return False
    return not in_title_case_line(verb)


def _set_free(tok: Token, home: str | None) -> bool:
    """'was freed', 'freed 40 prisoners': not 'freed her to run for office' (made able to) nor
    'freed up funds'."""
    if any(c.dep_ == "prt" and c.lower_ == "up" for c in tok.children):
        return False
    enabled = any(
        c.dep_ in ("xcomp", "advcl", "ccomp")
        and c.i > tok.i
        and any(g.tag_ == "TO" for g in c.children)
        and not named_infinitive(c)
        for c in tok.children
    )
    # ... but "freed on bail to await trial", "freed from prison to attend a funeral", "freed 2,000
    # prisoners to ease overcrowding" are releases
    if _from_a_duty(tok):
        return False
    return not enabled or bool({t.lemma_.lower() for t in tok.sent} & _HELD_OR_BAILED)


def _from_a_duty(tok: Token) -> bool:
    """'freed from the burden of campaigning', 'released from the obligation to testify': freed
    from something no one is held in (a common noun, in a sentence that names no custody), not
    'freed from prison', 'released from a camp in Xinjiang', 'freed from Evin'."""
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "from"):
        for thing in (g for g in prep.children if g.dep_ == "pobj"):
            if thing.pos_ == "NOUN" and thing.lemma_.lower() not in _FROM_HOLDERS and not thing.ent_type_:
                # (the sentence is read only now: most triggers are freed from nothing)
                return tok.sent is None or not any(t.lemma_.lower() in _HELD_OR_BAILED for t in tok.sent)
    return False


# what a person is freed from when held: places and states of custody besides CUSTODY_WORDS
_FROM_HOLDERS = frozenset({"camp", "centre", "center", "facility", "captor", "kidnapper", "abductor",
                           "hostage", "house", "arrest", "confinement", "internment", "imprisonment",
                           "incarceration", "station", "compound", "base", "zone", "territory", "hands",
                           "hand", "grip", "isolation", "solitary", "exile", "slavery", "bondage", "gulag",
                           "dungeon", "labor", "labour", "colony",
                           # "released from the courtroom", "freed from the dock": a verdict's end
                           "court", "courtroom", "courthouse", "dock", "cage"})  # fmt: skip


_HELD_OR_BAILED = CUSTODY_WORDS | {"bail", "prisoner", "detainee", "inmate"}
_PLACES = frozenset({"centre", "center", "facility", "camp", "compound", "gate", "gates", "institution"})
_PENAL = frozenset({"correctional", "penal", "corrective", "penitentiary"})
_CUSTODY_PLACES = CUSTODY_WORDS - {"cell", "custody", "bars"}
_BEHIND_BARS = _CUSTODY_PLACES | {"bars"}
_CUSTODY_PLACES_OR_STATES = _CUSTODY_PLACES | {"custody", "detention"}


_STAFF = frozenset(
    {"guard", "officer", "warden", "official", "inspector", "monitor", "delegation", "delegate"}
)


def _visitor_subject(tok: Token) -> bool:
    """'her lawyer left the colony', 'the consul came out of the prison': the subject is a visitor.
    A profession written as a title before a name ('human rights lawyer X', 'priest X') tells who
    the prisoner is, not why they were there; staff stay visitors ('prison guard X')."""
    for subject in (c for c in tok.children if c.dep_ == "nsubj"):
        roles = [subject, *(g for g in subject.children if g.dep_ in ("compound", "appos", "amod"))]
        for r in roles:
            word = r.lemma_.lower()
            if word not in lexicon("visitors"):
                continue
            title = (
                r.dep_ == "compound"
                and subject.pos_ == "PROPN"
                and word not in _STAFF
                and not any(m.dep_ in ("poss", "det") for m in r.children)
            )
            if not title:
                return True
    return False


_PENALTIES = frozenset(
    {"death", "life", "prison", "imprisonment", "jail", "execution", "hanging", "colony", "camp"}
)


def _condemned_to_penalty(tok: Token, home: str | None) -> bool:
    """'condemned X to death', 'was condemned to eight years in a penal colony', 'doomed to life
    behind bars': a verdict with its penalty (not 'condemned the arrest', 'condemned to oblivion')."""
    for prep in (c for c in tok.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"):
        if term_in(prep) or any(g.dep_ == "pobj" and g.lemma_.lower() in _PENALTIES for g in prep.children):
            return True
    return False


def _left_custody(tok: Token, home: str | None) -> bool:
    """'left prison in March', 'left the colony at the end of his term', 'left the detention
    centre': the place left is a place of custody (not 'left his cell', 'left prison officials')."""
    if "visit" in span_text(tok.sent).lower():
        return False  # "her lawyer left the prison after a two-hour visit"
    if _visitor_subject(tok):
        return False  # a visitor leaves a prison, a prisoner is let out
    for c in tok.children:
        if c.dep_ != "dobj":
            continue
        if c.lemma_.lower() in _CUSTODY_PLACES or custody_code(c):
            return True  # "left prison", "left SIZO-1 in Tver"
        if c.lemma_.lower() in _PLACES and any(
            g.lemma_.lower() in _CUSTODY_PLACES or g.lower_ in _PENAL for g in c.children
        ):
            return True  # "left the detention centre", "left Stanley Correctional Institution"
        if _numbered_custody(c):
            return True  # "left penal colony No. 17": the parser heads the name with its "No"
    return False


def _numbered_custody(obj: Token) -> bool:
    """'penal colony No. 17', 'Prison No. 1', 'detention centre No. 8': a place of custody named
    by its number, which the parser heads with 'No' (the custody word a compound before it)."""
    if obj.lower_ not in ("no", "number"):
        return False
    words = {g.lemma_.lower() for g in obj.subtree if g.i < obj.i}
    return bool(words & _CUSTODY_PLACES) or bool(words & _PLACES) and bool(words & (_PENAL | {"detention"}))


def _term_completed(tok: Token, home: str | None) -> bool:
    """'who had just ended a prison sentence', 'completed her term', 'finished serving his
    sentence': a prisoner's term over (not a president's term, nor 'completed his studies'; 'before
    completing his sentence' tells of a time when it was not over)."""
    if tok.dep_ == "pcomp" and tok.head.lower_ in ("before", "until", "without"):
        return False
    if tok.tag_ in ("VB", "VBZ", "VBP"):
        return False  # "probation after he completes his prison term": a term still to run
    if tok.dep_ == "pcomp" and tok.head.head.lemma_ in ("release", "free", "leave", "walk"):
        return False  # "was released after completing a five-year sentence": the verb tells it
    if _kept_after(tok):
        return False  # "completed her sentence in May but was never freed; she remains in detention"
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    objects += [
        g for c in tok.children if c.dep_ in ("xcomp", "pcomp") and c.lemma_ == "serve" for g in c.children
    ]
    for obj in objects:
        if obj.dep_ != "dobj" or obj.lemma_.lower() not in TERM_NOUNS or office_term(obj):
            continue
        # ("finished her sentence with a smile": words; a prison term has a term, a court or a
        # release around it: "three were pardoned and freed; twelve completed their sentences")
        legal = lexicon("legal_context") | _RELEASE_LEMMAS
        if term_in(obj) is not None or any(t.lemma_.lower() in legal for t in tok.sent if t.i != obj.i):
            return True
    return False


def _kept_after(tok: Token) -> bool:
    """After a term's end, the sentence says the prisoner stayed held: 'but was never freed', 'was
    not released', 'remains in detention', 'was detained again on leaving'."""
    for t in tok.doc[tok.i + 1 : tok.sent.end]:
        lemma = t.lemma_.lower()
        if lemma in ("release", "free", "let") and any(c.dep_ == "neg" for c in t.children):
            return True
        if lemma in ("remain", "stay") and any(
            g.lemma_.lower() in _HELD_STATES or g.lemma_.lower() in _CUSTODY_PLACES for g in t.subtree
        ):
            return True
    after = doc_text(tok.doc)[tok.idx : tok.sent.end_char]
    return bool(re.search(r"\bre-?(?:arrest|detain)", after, re.IGNORECASE))


def _out_of_custody(tok: Token, home: str | None) -> bool:
    """'got out of prison in May', 'came out of jail', 'is out of prison after four years',
    'emerged from the colony': a prisoner out (not a visitor leaving, nor 'got him out')."""
    if "visit" in span_text(tok.sent).lower() or any(c.dep_ == "dobj" for c in tok.children):
        return False
    if _visitor_subject(tok):
        return False
    outs = [c for c in tok.children if c.lower_ == "out" and c.dep_ in ("prt", "prep", "advmod")]
    preps = [g for o in (tok, *outs) for g in o.children if g.dep_ == "prep" and g.lower_ == "of" and outs]
    if tok.lemma_ in ("emerge", "step"):
        preps += [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "from"]
    for prep in preps:
        for place in (g for g in prep.children if g.dep_ == "pobj"):
            word = place.lemma_.lower()
            if word in _CUSTODY_PLACES or word in ("custody", "detention", "captivity"):
                return True
            if word in _PLACES and any(g.lemma_.lower() in _CUSTODY_PLACES for g in place.children):
                return True
    return tok.lemma_ == "be" and _bare_out(tok, outs)


_HELD_STATES = frozenset({"imprisonment", "incarceration", "detention", "captivity", "custody"})


def ended_custody_object(tok: Token) -> Token | None:
    """'ended her two years in prison', 'ended his imprisonment': the possessed stay in custody
    the verb ends (not 'ended his term as mayor', 'ended two years of talks')."""
    if tok.lemma_ != "end":
        return None
    for obj in (c for c in tok.children if c.dep_ == "dobj"):
        if not any(c.dep_ == "poss" for c in obj.children):
            continue
        words = {t.lemma_.lower() for t in obj.subtree} | {t.lower_ for t in obj.subtree}
        if obj.lemma_.lower() in _HELD_STATES or (words & (CUSTODY_WORDS | _HELD_STATES) and term_in(obj)):
            return obj
    return None


def _bare_out(verb: Token, outs: list[Token]) -> bool:
    """'her son is out', 'She's out!', 'is out on bail' in a story of custody: out of it (not 'is
    out of town', 'is out in the streets', 'is still not out', 'the book is out')."""
    if len(outs) != 1 or any(
        c.dep_ in ("neg", "attr", "acomp") or c.lower_ in ("still", "yet") for c in verb.children
    ):
        return False
    out = outs[0]
    doc = out.doc
    after = doc[out.i + 1] if out.i + 1 < len(doc) else None
    bail = (
        after is not None
        and after.lower_ == "on"
        and any(g.lemma_ in ("bail", "parole") for g in after.children)
    )
    if after is not None and not bail and not (after.is_punct and after.text in (".", "!", ",", ";")):
        return False  # "out of town", "out in the streets", "out for a walk"
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ not in ("PROPN", "PRON", "NOUN") or a_thing_word(subject):
        return False
    return occurs(doc, "LOWER", _CUSTODY_TOLD) or occurs(doc, "LEMMA", _CUSTODY_TOLD)


def a_thing_word(noun: Token) -> bool:
    """A subject that is no person ('the book', 'the report', 'it')."""
    return noun.lower_ in ("it", "this", "that") or noun.lemma_.lower() in lexicon("released_things")


def _acquitted_in_custody(tok: Token, home: str | None) -> bool:
    """'was acquitted', 'the court acquitted X': freed by the verdict when the story tells of the
    person's custody (an acquittal of someone never held frees no one)."""
    words = _CUSTODY_TOLD
    if not (occurs(tok.doc, "LOWER", words) or occurs(tok.doc, "LEMMA", words)):
        return False
    # "A was detained in February ... The third defendant, B, was acquitted": the custody told must
    # be the acquitted person's own (a sentence that names them, or the acquittal's)
    # ('Acquitted were A, B and C': inverted, the parser makes the names the subject)
    inverted = any(c.dep_ == "auxpass" for c in tok.children)
    patient = next(
        (c for c in tok.children if c.dep_ in ("nsubjpass", "dobj") or inverted and c.dep_ == "nsubj"), None
    )
    if patient is not None and _counted(patient):
        return False  # "acquitted three co-defendants": not told which of them were held
    # "two co-accused acquitted", "three acquitted" (a headline's subject): a group counted only
    # as acquitted is not one freed ("Among the three acquitted was X" still frees the members
    # named: annotators give them the release)
    if any(c.dep_ == "nsubj" and _counted(c) for c in tok.children):
        return False
    if _COUNT_JUST_BEFORE.search(span_text(tok.doc[tok.sent.start : tok.i])):
        return False
    members = [patient, *patient.conjuncts] if patient is not None and patient.tag_ != "NNS" else []
    if patient is not None:
        # "A second defendant, X, a student who ..., was acquitted": the parser may read the name set
        # off after the role as a second subject; its custody must be told as the role's would be
        members += [
            c for c in tok.children if c.dep_ == patient.dep_ and c.i > patient.i and c.pos_ == "PROPN"
        ]
    if patient is None and inverted:
        # ('Acquitted were A, B and C' read with no subject at all): the names after the verb
        members = [t for t in tok.doc[tok.i + 1 : tok.sent.end] if t.pos_ == "PROPN" and t.dep_ != "compound"]
    if members:
        # each person of a list ('acquitted A, B and C. C, held since May, was freed'): the
        # custody told must be each one's own
        for member in members:
            others = {t.i for c in member.children if c.dep_ in ("conj", "cc") for t in c.subtree}
            names = [t for t in member.subtree if t.pos_ == "PROPN" and t.is_title and t.i not in others]
            if not names:
                continue
            sents = {m.sent.start for m in tokens_in(tok.doc, "ORTH", {names[-1].text})} | {tok.sent.start}
            if not any(_tells_custody(tok.doc[i].sent) for i in sents):
                return False
    if _acquittal_appealed(tok):
        return False
    # "She had never been detained and attended the hearing as a free woman": told free throughout
    text = doc_text(tok.doc)
    end = text.find("\n", tok.idx)
    return not _NEVER_HELD.search(text[tok.sent.start_char : len(text) if end < 0 else end])


# the prosecution, by any of its names: who asks for a term, who appeals an acquittal
PROSECUTION = frozenset({"prosecutor", "prosecutors", "prosecution", "state", "procurator", "procuracy"})


def _acquittal_appealed(tok: Token) -> bool:
    """'was initially acquitted, but the prosecutor's office appealed the verdict', 'two were
    acquitted, though prosecutors appealed the acquittals': an acquittal that the prosecution goes
    on to appeal in the same sentence is a verdict still in dispute, told for the appeal that
    follows, not a walk out of prison (session 57, realen: the gold of heroes-en-tune, syn12a and
    syn12b gives no release to any of the three such acquittals; 'acquitted on appeal and freed'
    is the defendant's appeal won, and its 'freed' tells the release on its own)."""
    for later in tok.doc[tok.i + 1 : tok.sent.end]:
        if later.lemma_ != "appeal" or later.pos_ != "VERB":
            continue
        subject = next((c for c in later.children if c.dep_ == "nsubj"), None)
        if subject is not None and any(w.lower_ in PROSECUTION for w in subject.subtree):
            return True
    return False


# "... , two co-accused acquitted": a headline's count right before the verb, which the parser
# may read as anything ("co-accused" as a verb)
_COUNT_JUST_BEFORE = re.compile(rf"(?:^|[,;:]\s*)(?:the\s+)?{NUM_WORD}(?:\s+[\w-]+)?\s*$", re.IGNORECASE)


def _counted(noun: Token) -> bool:
    """A number or a noun with one ('three', 'two co-accused')."""
    return noun.like_num or any(c.dep_ == "nummod" for c in noun.children)


def _tells_custody(sent: Span) -> bool:
    return any(t.lower_ in _CUSTODY_TOLD or t.lemma_ in _CUSTODY_TOLD for t in sent)


_HELD_WORDS = "detained|arrested|held|jailed|imprisoned"
_NEVER_HELD = re.compile(
    # ("was never detained", "without being detained, was acquitted": session 57)
    rf"\b(?:never been|(?:was|were) never) (?:{_HELD_WORDS}|in custody)\b"
    rf"|\bwithout being (?:{_HELD_WORDS}|taken into custody)\b"
    r"|\bas a free (?:man|woman|person)\b|\b(?:remained|stayed) (?:free|at liberty)\b"
    r"|\bwas not (?:detained|in custody)\b",
    re.IGNORECASE,
)


def _exchanged_prisoner(tok: Token, home: str | None) -> bool:
    """'was exchanged in a prisoner swap', 'was swapped for two Russian agents': a prisoner let go
    in a trade of prisoners (not 'exchanged letters', 'swapped places')."""
    if not any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children):
        return False
    told = {t.lemma_.lower() for t in tok.sent if t.i != tok.i}
    traded_for = any(
        c.dep_ == "prep"
        and c.lower_ == "for"
        and any(g.ent_type_ == "PERSON" or g.like_num for g in c.subtree)
        for c in tok.children
    )
    return bool(told & {"swap", "exchange", "prisoner"}) or traded_for


# the nouns of a trade of prisoners ("in a prisoner exchange", "as part of a swap")
_EXCHANGE_NOUNS = frozenset({"exchange", "swap"})


def _returned_in_exchange(tok: Token, home: str | None) -> bool:
    """'was brought back to Ukraine in a prisoner exchange', 'came home in a swap', 'returned to
    Kyiv as part of a prisoner exchange': a prisoner brought home by a trade of prisoners is freed
    by it, as 'freed in an exchange' is. The trade is a noun with an article or 'prisoner' ('in
    exchange for a pledge' trades a thing); 'bring' and 'come' need 'back' or 'home', 'hand' needs
    'back' or 'over' ('Russia handed back 20 civilians in an exchange'; session 62). Hopes and
    plans ('hopes to be brought back in an exchange') are the modality rules' to drop."""
    if tok.lemma_ in ("bring", "come") and not any(
        c.lower_ in ("back", "home") and c.dep_ in ("prt", "advmod", "npadvmod") for c in tok.children
    ):
        return False
    if tok.lemma_ == "hand" and not any(c.lower_ in ("back", "over") for c in tok.children):
        return False  # "handed them a letter in exchange": 'hand' frees only as 'hand back' / 'hand over'
    for prep in (
        c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("in", "as", "through", "under")
    ):
        trades = [g for g in prep.subtree if g.lemma_.lower() in _EXCHANGE_NOUNS and g.pos_ == "NOUN"]
        for trade in trades:
            if (
                trade.head.lower_ == "for"
                or trade.i + 1 < len(tok.doc)
                and tok.doc[trade.i + 1].lower_ == "for"
            ):
                continue  # "in exchange for ...": a thing traded
            if any(c.dep_ == "prep" and c.lower_ == "of" for c in trade.children) and not any(
                g.lemma_.lower() in ("prisoner", "detainee", "captive") for g in trade.subtree
            ):
                continue  # "in an exchange of letters": no trade of people
            marked = any(c.dep_ == "det" for c in trade.children)
            if marked or any(c.lower_ in ("prisoner", "prisoners") for c in trade.children):
                return True
    return False


def _home_from_custody(tok: Token, home: str | None) -> bool:
    """'returned home after four years in prison', 'came home from the colony', 'is home after 400
    days in jail', 'was reunited with her family after a year behind bars': out of custody."""
    kin = any(_prep_object(tok, (p,), _FAMILY) for p in ("with", "to"))
    if _returned_after_taken(tok):
        return True
    if not kin and not any(
        c.lower_ == "home" and c.dep_ in ("advmod", "npadvmod", "dobj") for c in tok.children
    ):
        return False
    if "visit" in span_text(tok.sent).lower():
        return False
    return _prep_object(tok, ("after", "from"), CUSTODY_WORDS)


def _home_in_custody_story(tok: Token, home: str | None) -> bool:
    """'X and Y also came home under the same decree', 'X was back home by the evening', 'X came
    home the next day after recording a "repentance video"': a named prisoner's coming home, told
    bare in a passage of custody, is the release (session 52 census, docs/extract.md: of the 62
    sentences of a coming home in the English read sets this reads 8 outside quotation marks, all
    releases by the gold, and none of the traps). Not a coming home told as a
    time or a plan ('when he comes home', 'waited until he came home'), one still on its way ('was
    coming home from a wedding when ...'), a trip ('came home from Vilnius', 'after a trip to
    Quetta', 'to renew his passport', 'after a visit'), nor one with no custody told in the
    sentence or the three before it. Its words are data (`patterns/lexicon.json`): `home_as_time`
    (the marks of a time, plan or condition), `home_after_custody` (what an "after" may name for it
    to end a custody) and `homecoming_story` (the words of a story of custody)."""
    if (
        tok.tag_ not in ("VBD", "VBN")
        or tok.tag_ == "VBN"
        and not any(c.dep_ == "aux" and c.lemma_ == "have" for c in tok.children)
    ):
        return False
    homes = [c for c in tok.children if c.lower_ == "home" and c.dep_ in ("advmod", "npadvmod", "dobj")]
    if not homes or tok.lemma_ == "be" and not any(c.lower_ == "back" for c in homes[0].children):
        return False
    if not any(_named_or_pronoun(c) for c in tok.children if c.dep_ == "nsubj"):
        return False
    if tok.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in lexicon("home_as_time") for c in tok.children
    ):
        return False
    for c in tok.children:
        if c.dep_ in ("xcomp", "advcl") and any(a.tag_ == "TO" for a in c.children):
            return False  # "came home to renew his passport"
        if c.dep_ == "prep" and c.lower_ == "from":
            return False  # "from Vilnius", "from a wedding" (from custody: `_home_from_custody`)
        if c.dep_ == "prep" and c.lower_ == "after":
            objects = [g for g in c.children if g.dep_ == "pobj"]
            if any(g.lemma_.lower() not in lexicon("home_after_custody") | CUSTODY_WORDS for g in objects):
                return False  # "after a trip to Quetta", "after the wedding"
    if "visit" in span_text(tok.sent).lower():
        return False
    return _custody_told_near(tok)


def _named_or_pronoun(subject: Token) -> bool:
    """A subject that names one person: a name, 'he' or 'she', a relative of someone ('her
    mother'), or a word with a name set off after it ('One of the cyclists, X, came home')."""
    if subject.lower_ in ("he", "she") or _a_name(subject):
        return True
    if subject.lemma_.lower() in KIN_NOUNS and any(
        c.dep_ == "poss" and c.lower_ in ("his", "her") for c in subject.children
    ):
        return True  # "her mother had returned home": whose mother, the event rules tell (or drop it)
    return any(c.dep_ == "appos" and _a_name(c) for c in subject.children)


def _a_name(tok: Token) -> bool:
    """A person's name, or a proper noun the tagger took for no place ('Mazur' read as an ORG,
    'Sabaleuski' as a FAC)."""
    return tok.ent_type_ == "PERSON" or tok.pos_ == "PROPN" and tok.ent_type_ not in _NOT_PEOPLE


_NOT_PEOPLE = frozenset({"GPE", "LOC", "NORP", "DATE", "TIME"})


def _custody_told_near(tok: Token) -> bool:
    """A word of custody, arrest, verdict or clemency in the token's sentence or the three before it
    (outside the token's own words); one told only after it may be an arrest that followed a
    homecoming ('X returned home in 1991. He was arrested in 2015')."""
    passage = tok.doc[sentences_back(tok.sent, 3) : tok.sent.end]
    story = CUSTODY_WORDS | lexicon("homecoming_story")
    return any(t.lemma_.lower() in story or t.lower_ in story for t in passage if t.i != tok.i)


def _returned_after_taken(tok: Token) -> bool:
    """'was seized by masked men and returned five weeks later', 'was abducted by the
    police and returned home a week later': given back by those who took the person (a verb
    joined to the arrest, with no destination but home or the family)."""
    if tok.lemma_ != "return" or tok.dep_ != "conj" or tok.tag_ not in ("VBN", "VBD"):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in tok.children):
        return False  # ("was arrested and returned the documents", "and she returned")
    if any(
        c.dep_ == "prep" and c.lower_ in ("to", "from", "into") for c in tok.children
    ) and not _prep_object(tok, ("to",), _FAMILY):
        return False  # ("detained and returned to prison", "returned to Tajikistan")
    later = any(t.lower_ in ("later", "home") for t in tok.subtree if t.i > tok.i)
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.head.children)
    return later and passive and trigger_type(tok.head) == "arrest"


_FAMILY = frozenset(
    {"family", "families", "wife", "husband", "children", "parents", "mother", "father", "loved"}
)
_CUSTODY_TOLD = CUSTODY_WORDS | {"detain", "arrest", "jail", "imprison", "detained", "arrested", "jailed"}


def _let_out(tok: Token, home: str | None) -> bool:
    """'was let out on bail', 'was let go', 'police let him go': a release, not 'let him speak'."""
    return any(
        c.dep_ == "prt"
        and c.lower_ == "out"
        or c.dep_ in ("xcomp", "ccomp", "oprd")
        and c.lemma_ == "go"
        # "was let out of prison": the parser may read "out" as the preposition's head
        or c.lower_ == "out"
        and c.dep_ in ("prep", "advmod")
        and (_prep_object(c, ("of",), CUSTODY_WORDS) or _out_of_named_jail(c))
        for c in tok.children
    )


# who may let prisoners go: the state, its forces, its courts ("Russia let go 16 people", "the
# court let go two of the accused"; not "the company let go 200 workers": staff laid off)
_RELEASERS = SECURITY_FORCES | {"court", "judge", "government", "regime", "junta", "prosecutor", "kremlin"}


def _let_go_object(tok: Token, home: str | None) -> bool:
    """'Russia let go 16 people in the exchange', 'the 16 people Russia let go': the parser makes
    "let" the auxiliary of "go" when the people let go follow it or head it as a relative clause,
    so "let" has no "go" of its own (session 55). A release when the one letting go is the state or
    its forces or courts and those let go are people; not 'never let go' (no one let go)."""
    let = next((c for c in tok.children if c.dep_ == "aux" and c.lemma_ == "let" and c.i == tok.i - 1), None)
    if let is None and tok.dep_ == "xcomp" and tok.head.lemma_ == "let" and tok.head.i == tok.i - 1:
        let = tok.head  # "Police let go the two reporters": "go" the complement, the people its object
    if let is None:
        return False
    words = (*tok.children, *let.children)
    if any(c.dep_ == "neg" or c.lower_ in ("never", "not") for c in words):
        return False
    subject = next((c for c in words if c.dep_ == "nsubj"), None)
    if subject is None or not (
        subject.ent_type_ in ("GPE", "NORP")
        or subject.lemma_.lower() in _RELEASERS
        or subject.lemma_.lower() in lexicon("authority_roles")
    ):
        return False
    if tok.dep_ == "relcl":
        return _people_let_go(tok.head)
    return any(c.dep_ == "dobj" and _people_let_go(c) for c in tok.children)


def _people_let_go(noun: Token) -> bool:
    """'16 people', 'two of the accused', 'them', 'X': people (or a number of them) let go."""
    lemma = noun.lemma_.lower()
    return (
        noun.like_num
        or any(c.dep_ == "nummod" for c in noun.children)  # ("the two reporters")
        or noun.pos_ in ("PROPN", "PRON")
        or fold(lemma) in PERSON_NOUNS
        or lemma in ("people", "person", "man", "woman")
        or lemma in lexicon("counted_people")
    )


def _allowed_home(tok: Token, home: str | None) -> bool:
    """'Two more were allowed to return home to relatives', 'she was permitted to return
    home': a release in a story of custody (not from a hospital, not a visit or a leave)."""
    if not any(c.dep_ == "auxpass" for c in tok.children):
        return False
    going = next((c for c in tok.children if c.dep_ == "xcomp" and c.lemma_ in ("go", "return")), None)
    if going is None or not any(
        c.lower_ == "home" and c.dep_ in ("advmod", "npadvmod") for c in going.children
    ):
        return False
    said = span_text(tok.sent).lower()
    if any(w in said for w in ("visit", "leave", "holiday", "funeral", "hospital", "clinic")) or from_care(
        going
    ):
        return False
    before = tok.doc[tok.sent.start - 1].sent if tok.sent.start > 0 else tok.sent
    if any(t.lower_ in _NON_CUSTODIAL for t in (*before, *tok.sent)):
        return False  # "received a three-year suspended sentence ... was allowed to return home": never held
    if _summoned_not_held(tok.sent) and not _detained_in(before):
        return False
    if occurs(tok.doc, "LOWER", CUSTODY_WORDS) or occurs(tok.doc, "LEMMA", _RELEASE_TOLD):
        return True
    # ("summoned for questioning and warned he could be arrested ... allowed to go home": a
    # detention only threatened is no custody)
    return any(
        not any(c.dep_ in ("aux", "auxpass", "neg") and c.lower_ in _UNSURE_AUX for c in t.children)
        for t in tokens_in(tok.doc, "LEMMA", _DETAINING)
    )


_NON_CUSTODIAL = frozenset({"suspended", "probation", "probationary", "non-custodial", "noncustodial"})
# a call to the authorities or their questions, no custody of itself
_SUMMONED = frozenset({"summon", "summons", "question", "questioning", "interrogate", "interrogation"})
# custody told in so many words: a detention, an arrest, a cell
_HELD_TOLD = frozenset({"detain", "arrest", "hold", "jail", "imprison", "custody", "detention", "cell"})


def _summoned_not_held(words: Span) -> bool:
    """'X was summoned by the KGB and questioned for four hours, before being allowed to go
    home', 'She was allowed to go home after the interrogation': the sentence tells a summons or
    questioning and no custody; going home after it ends no detention (GUIDELINES: questioning
    is no arrest, so its end is no release). 'was detained and questioned ... allowed to go
    home' still is one."""
    lemmas = {t.lemma_.lower() for t in words}
    return bool(lemmas & _SUMMONED) and not lemmas & _HELD_TOLD and not lemmas & CUSTODY_WORDS


def _detained_in(sent: Span) -> bool:
    """'Police detained X at a checkpoint. He was questioned for six hours; that evening he was
    permitted to go home': a detention told the sentence before is the custody the questioning
    was in (a prisoner's term told there, 'her husband is serving seven years', is not hers)."""
    return any(t.lemma_ in _DETAINING and t.pos_ == "VERB" for t in sent)


# a story of prisoners freed ("freed 18 political prisoners ... three others were allowed to go
# home"); a detention told as done ("Police detained X ... was allowed to go home")
_RELEASE_TOLD = frozenset({"prisoner", "free", "release", "pardon", "jail", "imprison"})
_DETAINING = frozenset({"detain", "arrest"})
_UNSURE_AUX = frozenset({"could", "might", "may", "would", "will", "can", "should", "not", "never", "n't"})


def _out_of_named_jail(out: Token) -> bool:
    """'Let out of El Rodeo', 'let out of Evin': a place named without a custody word, in a story
    that tells of custody and of no hospital."""
    named = any(
        o.lower_ == "of"
        and any(g.dep_ == "pobj" and g.pos_ == "PROPN" and g.ent_type_ != "GPE" for g in o.children)
        for o in out.children
    )
    if not named:
        return False
    doc = out.doc
    return occurs(doc, "LEMMA", _CUSTODY_OR_VERDICT_STORY) and not any(
        t.lemma_.lower() in lexicon("medical_stays") for t in out.sent
    )


_CUSTODY_NOT_CELL = CUSTODY_WORDS - {"cell"}


def _arrest_object(tok: Token, home: str | None) -> bool:
    """'given 15 days of administrative arrest', 'got ten days' detention'. A phrase set off after
    the object describes it ('two years of restricted freedom, a form of house arrest': the parser
    often reads it as a second object) and does not change what was given."""
    objects = [c for c in tok.children if c.dep_ in ("dobj", "attr")]
    return any(
        g.lemma_ in ("arrest", "detention") and g.pos_ == "NOUN"
        for k, c in enumerate(objects)
        if k == 0 or c.doc[c.left_edge.i - 1].text not in (",", "\u2014", "-", "(")
        for g in _without_appositions(c)
    )


def _without_appositions(tok: Token) -> list[Token]:
    """The phrase headed by `tok` without the appositions inside it."""
    out, stack = [], [tok]
    while stack:
        t = stack.pop()
        out.append(t)
        stack += [c for c in t.children if c.dep_ != "appos"]
    return out


def _custody_for_term(tok: Token, home: str | None) -> bool:
    """'was put behind bars for seven years', 'sent to prison for a decade': placed in a prison
    for a stated term ('for life' too) is a sentence; without one ('sent to prison on Monday') the
    verb says less."""
    if not _prep_object(tok, ("to", "into", "behind", "in"), _BEHIND_BARS):
        return False
    # ("sent her to a labour colony for 4 years": the parser may hang "for" on the place)
    places = [
        g
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ in ("to", "into", "behind", "in")
        for g in c.children
        if g.dep_ == "pobj" and (g.lemma_ in _BEHIND_BARS or g.lower_ in _BEHIND_BARS)
    ]
    return any(
        c.dep_ == "prep"
        and c.lower_ == "for"
        and (term_in(c) or any(g.dep_ == "pobj" and g.lower_ == "life" for g in c.children))
        for c in [*tok.children, *(c for place in places for c in place.children)]
    )


_UNTRIED_CUES = re.compile(
    r"\b(?:bail|pending|pre-?trial|awaiting|remand\w*|suspicion|suspected|charged?|charges|investigation|"
    r"magistrate|interrogation|questioning|without trial)\b"
)
_VERDICT_CUES = re.compile(r"\b(?:convict\w*|guilty|sentenc\w*|verdict)\b")


def _behind_bars_untried(tok: Token, home: str | None) -> bool:
    """'a magistrate put X behind bars, rejecting his bail plea', 'thrown in jail pending an
    investigation': put in custody with no term and no verdict, while a charge, a bail plea or a
    trial to come is told (held untried: an arrest). Without such a cue the verb says too little."""
    if not _prep_object(tok, ("to", "into", "behind", "in"), _BEHIND_BARS):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "for" for c in tok.children):
        return False  # "for seven years", "for life", "for his posts": a sentence or its reason
    # (the verb's own clause: "X, who was put behind bars in 2019, spoke on bail" tells no remand)
    text = " ".join(t.lower_ for t in tok.subtree)
    if _VERDICT_CUES.search(text) or TERM_RE.search(text):
        return False
    if _UNTRIED_CUES.search(text):
        return True
    if force_holds_untried(tok):
        return True  # "authorities put the teacher X behind bars again": held, with no verdict told
    # "X was put behind bars on Tuesday, two days after the rally, a police spokesman said": the
    # police tell of it, and the sentence names no court, judge or verdict (a term was not given)
    sent = tok.sent
    return (
        any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children)
        and any(t.lemma_.lower() == "police" for t in sent)
        and not any(t.lemma_.lower() in _AFTER_VERDICT for t in sent)
        and not _VERDICT_CUES.search(span_text(sent).lower())
    )


_CUFFS = frozenset({"handcuff", "handcuffs", "cuff", "cuffs", "shackles", "chains", "manacles"})


_BOOKED_INTO = frozenset({"jail", "custody", "prison", "lockup", "lock-up", "detention"})


def _booked_in(tok: Token, home: str | None) -> bool:
    """'was booked into the county jail', 'police booked him into custody', 'deputies booked X on
    suspicion of arson', 'was booked on two counts of burglary' (American: registered on arrest,
    told by the place or by the charge); not a room or a flight booked, nor a player booked (shown
    a card) for a foul."""
    return (_prep_object(tok, ("into", "in"), _BOOKED_INTO) or _on_suspicion(tok) or _on_counts(tok)) and (
        _done_to_person(tok) or participle_holder(tok) is not None
    )


def _on_counts(tok: Token) -> bool:
    """'on two counts of burglary', 'on one count of fraud': the charges a suspect is held on."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "on"
        and any(
            g.dep_ == "pobj" and g.lemma_.lower() == "count" and any(d.lower_ == "of" for d in g.children)
            for g in c.children
        )
        for c in tok.children
    )


def _in_handcuffs(tok: Token, home: str | None) -> bool:
    """'was led out of her flat in handcuffs', 'police marched him away in cuffs', 'was handcuffed
    by officers': someone taken in, told by the cuffs. Not in a story of a court's day ('led away
    in handcuffs after the verdict': already held), nor a thing moved."""
    cuffed = tok.lemma_ in ("handcuff", "handcuffed") or _prep_object(tok, ("in",), _CUFFS)
    passive = (
        any(c.dep_ == "nsubjpass" for c in tok.children)
        or (
            tok.dep_ == "acomp" and tok.head.lemma_ == "be"  # "was handcuffed and led away"
        )
        or participle_holder(tok) is not None
    )  # "X, handcuffed and led away in May, ..."
    if not cuffed or not (_moves_a_person(tok) or passive):
        return False
    takers = lexicon("hostage_takers")
    agents = [g for c in tok.children if c.dep_ == "agent" for g in c.subtree] + _misplaced_agent(tok)
    if any(g.lemma_.lower() in takers for g in agents):
        return False  # "handcuffed to a radiator by kidnappers" (the "by" hung on the radiator too)
    return not any(t.lemma_.lower() in _COURT_WORDS for t in tok.sent)


def _gave_self_up(tok: Token, home: str | None) -> bool:
    """'turned herself in to police', 'surrendered to the authorities': taken into custody at
    their own door (not 'turned in his homework', 'surrendered his passport', 'surrendered to fate')."""
    if tok.lemma_ == "turn":
        return any(c.dep_ in ("prt", "prep", "advmod") and c.lower_ == "in" for c in tok.children) and any(
            c.dep_ == "dobj" and c.lower_ in _REFLEXIVE_PERSONS for c in tok.children
        )
    return not any(c.dep_ == "dobj" for c in tok.children) and any(
        c.dep_ == "prep" and c.lower_ == "to" and any(t.lemma_.lower() in _STATE_RECEIVERS for t in c.subtree)
        for c in tok.children
    )


_REFLEXIVE_PERSONS = frozenset({"himself", "herself", "themselves"})


def _where_in_custody(tok: Token) -> bool:
    """'the same colony where X died': the custody place a where-clause describes (the parser
    may put a clause between: 'the jail where dissidents A and B died')."""
    node = tok
    for _ in range(2):
        if node.dep_ == "relcl" and any(c.lower_ == "where" and c.dep_ == "advmod" for c in node.children):
            return _custody_place(node.head)
        if node.dep_ not in ("ccomp", "relcl"):
            return False
        node = node.head
    # "the same prison where mobsters A, B and C also died": the tagger reads the plural role as
    # the where-clause's verb and the parser hangs "died" elsewhere; only names, roles and their
    # punctuation stand between "where" and the death
    sent = tok.sent
    where = next((t for t in reversed(sent[: tok.i - sent.start]) if t.lower_ == "where"), None)
    if where is None or where.i == sent.start:
        return False
    between = tok.doc[where.i + 1 : tok.i]
    if any(t.pos_ in ("VERB", "AUX", "SCONJ", "PRON") and t.i != where.i + 1 for t in between):
        return False
    return _custody_place(tok.doc[where.i - 1])


_CODE = re.compile(r"([a-z]+)(?:-(\d+))?")


def custody_code(tok: Token) -> bool:
    """'SIZO-3', 'SIZO No. 1', 'IK-6': the Russian and Belarusian codes of a remand prison or a
    penal colony that English reports keep (`custody_codes`); a code short enough to be something
    else ('IK') counts only with its number."""
    match = _CODE.fullmatch(tok.lower_)
    if match is None or match.group(1) not in lexicon("custody_codes"):
        return False
    if match.group(2) or match.group(1) in ("sizo", "shizo"):
        return True
    after = tok.doc[tok.i + 1 : tok.i + 3]
    return len(after) == 2 and after[0].lower_ in ("no", "no.") and after[1].like_num


def _interrogation_site(noun: Token) -> bool:
    """'the interrogation centre in Shwepyitha', 'an army interrogation camp': a place where the
    military or police hold people for questioning."""
    return noun.lemma_.lower() in ("centre", "center", "facility", "camp") and any(
        m.dep_ in ("compound", "amod") and m.lower_ == "interrogation" for m in noun.children
    )


def _custody_place(noun: Token) -> bool:
    """'the prison', 'the colony'; 'the same place' told of a custody place in the sentence before
    ('He died at the federal prison in X. It was the same place where Y died')."""
    if noun.lemma_.lower() in CUSTODY_WORDS or _interrogation_site(noun):
        return True
    if noun.lemma_.lower() not in ("place", "facility") or not any(c.lower_ == "same" for c in noun.children):
        return False
    start = noun.sent.start
    if start == 0:
        return False
    return any(t.lemma_.lower() in CUSTODY_WORDS for t in noun.doc[start - 1].sent)


def _left_behind(word: Token, verb: Token) -> bool:
    """'died at home, three years after he was released from a penal colony': the custody word
    is where the person came out of before the death, not where they died."""
    for up in word.ancestors:
        if up.i == verb.i:
            return False
        if up.lemma_.lower() in ("release", "free", "escape", "flee") or up.lower_ == "freed":
            return True
        if up.lemma_ in ("let", "walk", "come", "get") and any(
            c.lower_ == "out" and c.dep_ in ("prt", "advmod", "prep") for c in up.children
        ):
            return True  # "three months after he was let out of prison", "after walking out of the colony"
    return False


_HELD_VERBS = frozenset({"imprison", "jail", "detain", "hold", "incarcerate", "keep"})


def _in_prison_named_by_town(tok: Token) -> bool:
    """'died in Jau after a delay in treating an infection', where the article writes 'Jau Prison'
    elsewhere: a prison is often named by its town alone once the full name is told, and a death
    'in' or 'at' that name is a death in that prison (`_named_custody` reads the other mention)."""
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("in", "at")):
        for place in (g for g in prep.children if g.dep_ == "pobj" and g.pos_ == "PROPN"):
            if place.i + 1 < len(tok.doc) and tok.doc[place.i + 1].lemma_.lower() in CUSTODY_WORDS:
                continue  # ("in Jau Prison" is read by the custody word itself)
            if _named_custody(tok.doc[place.left_edge.i : place.i + 1]):
                return True
    return False


_STAY_VERBS = _HELD_VERBS | {"be", "spend"}


def _stays_before_death(tok: Token) -> list[Token]:
    """'died after being held at Insein for six years', 'died after being at Insein for six
    years': a stay told by a gerund after "after" that the death closes. Its place, when the
    article names it elsewhere as a prison ('Insein Prison'), is where the person was held until
    the death, as 'died after six years in Insein prison' says with the custody word. Not a
    stay with its own subject ('after his son was held ...') nor a negated one."""
    gerunds = [
        v
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ == "after"
        for v in c.children
        if v.dep_ == "pcomp"
    ]
    gerunds += [v for v in tok.children if v.dep_ == "advcl" and any(m.lower_ == "after" for m in v.children)]
    return [
        v
        for v in gerunds
        if v.lemma_ in _STAY_VERBS
        and (v.tag_ == "VBG" or any(a.dep_ == "auxpass" and a.tag_ == "VBG" for a in v.children))
        and not any(m.dep_ in ("nsubj", "nsubjpass", "neg") for m in v.children)
    ]


def _died_in_custody(tok: Token) -> bool:
    """'died in custody', 'died in a prison hospital', 'died ten days after his transfer to a
    colony': a custody word in the death's clause, but not in what describes the one who died
    ('X, who spent four years in prison in the 1990s, died of cancer at home')."""
    if _where_in_custody(tok) or _at_police_station(tok) or _there_in_custody(tok):
        return True  # ("died at the Kira police station": held by the police)
    if _in_prison_named_by_town(tok):
        return True  # "died in Jau" where the article names "Jau Prison"
    if any(_in_prison_named_by_town(v) for v in _stays_before_death(tok)):
        return True  # "died in August after being held at Insein for six years" ("Insein Prison")
    subject = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    aside = {t.i for c in subject for t in c.subtree}
    if any(
        # ("died in solitary confinement": only a prison holds someone in solitary)
        (
            t.lemma_.lower() in CUSTODY_WORDS
            or t.lower_ in ("bars", "solitary")
            or custody_code(t)
            or _interrogation_site(t)
        )
        and not _left_behind(t, tok)
        for t in tok.subtree
        if t.i not in aside
    ):
        return True
    if any(
        v.lemma_ == "serve"
        and v.dep_ == "advcl"
        and any(o.dep_ == "dobj" and o.lemma_ in TERM_NOUNS for o in v.children)
        for v in tok.children
    ):
        return True  # "died while serving a ten-year sentence": held when he died
    if any(
        v.dep_ == "advcl"
        and v.lemma_ in _HELD_VERBS
        and v.tag_ == "VBN"
        and not any(m.dep_ in ("nsubj", "dobj") for m in v.children)
        and any(m.lower_ in ("while", "whilst") for m in v.children)
        and not any(m.dep_ == "neg" for m in v.children)
        for v in tok.children
    ):
        return True  # "died in February while imprisoned in the Arctic", "while being held"
    if any(
        r.lemma_.lower() in ("inmate", "detainee")
        and not any(m.lower_ in ("former", "ex") for m in r.children)
        for c in subject
        for r in (c, *(g for g in c.children if g.dep_ in ("compound", "appos")))
    ):
        return True  # "inmate X died after a walk", "X, a detainee, died": held when they died
    # "X, who was serving ten years in a colony, died": a description of a state still held then
    held = [
        v
        for c in subject
        for v in c.subtree
        if v.dep_ in ("relcl", "acl") and (v.tag_ == "VBG" or v.lemma_ == "hold" and v.tag_ == "VBN")
    ]
    if any(v.lemma_ == "serve" and _serves_a_term(v) for v in held):
        return True  # "X, a teacher serving five years for his posts, died": still serving then
    at_home = any(
        c.dep_ == "prep" and any(g.dep_ == "pobj" and g.lemma_.lower() == "home" for g in c.children)
        for c in tok.children
    )
    if any(v.lemma_ == "hold" and _held_since(v) for v in held) and not at_home:
        return True  # "X, held since being detained in May, died": held until the death
    return any(t.lemma_.lower() in CUSTODY_WORDS for v in held for t in v.subtree)


def _held_since(verb: Token) -> bool:
    """'held since his arrest in May', 'held since 2021': a detention told from its start with no
    end ('held from 2019 until 2021', 'held since May but freed in June' ended before)."""
    return (
        any(c.dep_ == "prep" and c.lower_ == "since" for c in verb.children)
        and not any(c.lower_ in ("until", "till", "before") for c in verb.children)
        and not any(c.dep_ == "conj" for c in verb.children)
        and not any(c.dep_ == "neg" for c in verb.children)
    )


def _serves_a_term(verb: Token) -> bool:
    """'serving five years', 'serving a nine-year sentence': a term as the object of "serve" (not
    'serving tea', 'serving in the army')."""
    return any(
        o.dep_ == "dobj" and (o.lemma_ in TERM_NOUNS or TERM_RE.match(doc_text(o.doc), o.left_edge.idx))
        for o in verb.children
    )


_PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
# prepositions whose object is no place "there" may look back to ("with X", "by X", "for X")
_NOT_WHERE = frozenset({"with", "by", "for", "against", "about"})  # ("north-east of Asmara" is a place)


def _there_in_custody(tok: Token) -> bool:
    """'The colony at Kopeisk is notorious. X died there in 2023': "there" looks back to the last
    place told before the death, in its sentence or the one before; a custody place (not one
    left behind: 'after his release from prison he moved to Riga, and died there') is custody.
    A town that places the custody word ('a cell in Khujand') is part of that place."""
    if not any(c.lower_ == "there" and c.dep_ == "advmod" for c in tok.children):
        return False
    doc = tok.doc
    start = tok.sent.start
    if start > 0:
        start = doc[start - 1].sent.start
    for t in reversed(doc[start : tok.i]):
        if t.pos_ == "NOUN" and _custody_noun(t):
            return not _left_behind(t, t.sent.root)
        # a place in a phrase of place ("moved to Tver", "in Riga"; not a name the tagger called a
        # place, nor a companion or where a person described before is from: "In the colony, he
        # shared a barracks with X, a lorry driver from Barysau ... X died there": the colony)
        place = (
            t.dep_ == "pobj"
            and (t.ent_type_ in _PLACE_ENTITIES or t.pos_ == "PROPN")
            and t.head.lower_ not in _NOT_WHERE
            and not (t.head.lower_ == "from" and t.head.head.pos_ == "NOUN")
            and t.ent_type_ not in ("DATE", "TIME")  # ("since his arrest in December": a time)
        )
        if place and _named_prison(t):
            return not _left_behind(t, t.sent.root)
        if place and not _places_custody(t):
            return False
    return False


def _named_prison(place: Token) -> bool:
    """'He had been in SIZO-1 since his arrest, and he died there', 'You were in Obo with X, who
    died there' (where the article writes 'Obo Prison'): a remand prison's or colony's code, or a
    name the article writes beside a custody word, is a custody place as the custody word is
    (session 55)."""
    if custody_code(place):
        return True
    # (a town the prison is named after is a prison only where the sentence tells a stay in it:
    # "were in Obo with X", "held in Obo"; not "lived in Obo after his release")
    stay = place.head.head if place.head.dep_ == "prep" else None
    if stay is None or stay.lemma_ not in _IN_CUSTODY_STAYS:
        return False
    name = place.doc[place.left_edge.i : place.i + 1] if place.left_edge.i >= place.i - 3 else None
    return name is not None and _named_custody(name)


# the verbs of a stay that a place of custody completes ("were in Obo", "held in Obo")
_IN_CUSTODY_STAYS = _HELD_VERBS | {"be", "spend", "remain", "serve", "sit"}


def _custody_noun(noun: Token) -> bool:
    """A custody word ('colony', 'cell') or a police lock-up ('the Kira police station')."""
    lemma = noun.lemma_.lower()
    if lemma in CUSTODY_WORDS or _interrogation_site(noun):
        return True
    return lemma in _LOCKUPS and (
        lemma not in _POLICE_ONLY
        or any(m.lower_ in ("police", "holding") for m in noun.children if m.dep_ in ("compound", "amod"))
    )


def _places_custody(place: Token) -> bool:
    """'a cell in Khujand', 'the colony at Kopeisk', 'SIZO-2 in Vitsebsk': a place named in a
    phrase of a custody word (or of a remand prison's or colony's code, session 55)."""
    prep = place.head
    if prep.dep_ == "prep" and prep.i > 0 and _custody_noun_or_code(place.doc[prep.i - 1]):
        return True  # ("his cell in Khujand": the parser may hang the phrase on the verb)
    node = place
    while node.dep_ in ("compound", "pobj", "prep") and node.head.i != node.i:
        node = node.head
        if _custody_noun_or_code(node):
            return True
    return False


def _custody_noun_or_code(tok: Token) -> bool:
    """A custody word ('colony') or a custody code ('SIZO-2', 'IK-6')."""
    return _custody_noun(tok) or custody_code(tok)


def _returned_to_custody(tok: Token, home: str | None) -> bool:
    """'was returned to prison', 'the court returned him to the colony': someone moved back into
    custody (a re-arrest). Without an object, only the institution without an article reads so
    ('X returned to prison in May', 'returned behind bars'), not a visit to a building ('returned
    to the prison to collect his things')."""
    if any(
        d.dep_ == "dobj"
        and d.pos_ not in ("PRON", "PROPN")
        and d.lemma_.lower() not in _PEOPLE
        and fold(d.lemma_) not in PERSON_NOUNS
        for d in tok.children
    ):
        return False  # "returned the files to the prison archive": a thing, not a person
    if any(t.lemma_.lower() in lexicon("medical_stays") for t in tok.sent):
        return False  # "returned to the colony after a week in hospital": a transfer, not an arrest
    moved = moves_someone(tok)
    # "refused to be taken to the border and was returned to his cell": after a refusal to
    # leave, a cell is custody again (not "returned to his cell after the hearing")
    refused = any(t.lemma_ == "refuse" and t.i < tok.i for t in tok.sent)
    for c in tok.children:
        if c.dep_ != "prep" or c.lower_ not in ("to", "into", "behind"):
            continue
        for place in (
            g
            for g in c.children
            if g.dep_ == "pobj" and (_custody_building(g) or refused and g.lemma_.lower() == "cell")
        ):
            if moved or not any(m.dep_ in ("det", "poss") for m in place.children):
                return True
    return False


def _back_to_cell(tok: Token, home: str | None) -> bool:
    """'refused to leave the colony ... By the evening he had been led back to his cell', 'refused
    to leave the bus ... Officers took him back towards Minsk': after a refusal to leave told in
    this sentence or the one before, being taken back to a cell, or by a force, is custody again
    (a re-arrest); not 'went back to his cell after the hearing', not 'his wife took him back'."""
    back = next((c for c in tok.children if c.lower_ == "back" and c.dep_ in ("advmod", "prt")), None)
    if back is None:
        return False
    # (the parser hangs "to his cell" on the verb or on "back")
    to_cell = any(
        c.dep_ == "prep"
        and c.lower_ == "to"
        and any(g.dep_ == "pobj" and g.lemma_.lower() == "cell" for g in c.children)
        for c in (*tok.children, *back.children)
    )
    by_force = any(
        c.dep_ == "nsubj" and any(t.lemma_.lower() in SECURITY_FORCES for t in c.subtree)
        for c in tok.children
    )
    if not to_cell and not by_force:
        return False
    doc = tok.doc
    start = doc[tok.sent.start - 1].sent.start if tok.sent.start > 0 else tok.sent.start
    return any(
        t.lemma_ == "refuse"
        and any(c.dep_ == "xcomp" and c.lemma_ in ("leave", "go", "board") for c in t.children)
        for t in doc[start : tok.i]
    )


_FACILITIES = frozenset({"centre", "center", "facility", "unit", "institution"})


def _custody_building(noun: Token) -> bool:
    """'prison', 'the colony', and a facility named by its custody word: 'a pre-trial detention
    centre', 'the remand facility' (not a 'reception centre' or 'the press centre')."""
    lemma = noun.lemma_.lower()
    if lemma in _CUSTODY_NOT_CELL:
        return True
    return lemma in _FACILITIES and any(
        c.dep_ in ("compound", "amod") and c.lemma_.lower() in (*_CUSTODY_NOT_CELL, "remand", "correctional")
        for c in noun.children
    )


CHECKS: dict[str, Callable[[Token, str | None], bool | str | None]] = {
    "walk_free": _walk_free,
    "back_to_cell": _back_to_cell,
    "picked_up": _picked_up,
    "let_out": _let_out,
    "let_go_object": _let_go_object,
    "allowed_home": _allowed_home,
    "set_free": _set_free,
    "executed_person": _executed_person,
    "killed_in_custody": _killed_in_custody,
    "captured_person": _captured_person,
    "came_for_person": lambda tok, home: came_for(tok) is not None,
    "taken_off_transport": _taken_off_transport,
    "not_a_warrant": _not_a_warrant,
    "not_in_hospital": _not_in_hospital,
    "not_from_care": lambda tok, home: not from_care(tok) and not _from_a_duty(tok),
    "granted_release": _granted_release,
    "posted_bail": _posted_bail,
    "free_again": _free_again,
    "out_of_custody": _out_of_custody,
    "term_completed": _term_completed,
    "left_custody": _left_custody,
    "condemned_to_penalty": _condemned_to_penalty,
    "ended_custody": lambda tok, home: ended_custody_object(tok) is not None,
    "acquitted_in_custody": _acquitted_in_custody,
    "returned_in_exchange": _returned_in_exchange,
    "exchanged_prisoner": _exchanged_prisoner,
    "from_custody": lambda tok, home: _prep_object(tok, ("from",), _CUSTODY_PLACES_OR_STATES),
    "home_from_custody": _home_from_custody,
    "home_in_custody_story": _home_in_custody_story,
    "into_custody": lambda tok, home: _prep_object(tok, ("into",), {"custody"}),
    "not_hostage_taking": _not_hostage_taking,
    "remanded": _remanded,
    "expelled_abroad": lambda tok, home: _expelled_abroad(tok, home) and not _from_a_body(tok),
    "in_detention": lambda tok, home: _in_detention(tok),
    "jail": _jail,
    "imprison": _imprison,
    "held_in_custody": _in_custody,
    "in_pretrial_detention": _in_pretrial_detention,
    "in_custody_now": _in_custody_now,
    "held_awaiting_trial": _held_awaiting_trial,
    "in_custody_since": _in_custody_since,
    "held_since_date": held_since_date,
    "taken_from_home": taken_from_home,
    "taken_away": taken_away,
    "taken_along": taken_along,
    "found_guilty": _found_guilty,
    "term_object": _term_object,
    "awarded_term": _awarded_term,
    "serve_term": _serve_term,
    "completed_term": _completed_term,
    "term_to_recipient": _term_to_recipient,
    "ordered_to_spend": _ordered_to_spend,
    "pretrial_stay": _pretrial_stay,
    "returned_to_country": _returned_to_country,
    "hand_over_abroad": lambda tok, home: (
        handed_between_states(tok)
        or ("over" in {c.lower_ for c in tok.children} or _moves_a_person(tok))
        and (_goes_abroad(tok, home) or handed_to_state(tok))
    ),
    "left_at_border": _left_at_border,
    "back_to_custody": lambda tok, home: (
        moves_someone(tok)
        and any(
            c.lower_ == "back" and _prep_object(h, ("to", "into", "in"), _CUSTODY_NOT_CELL)
            for c in tok.children
            for h in (tok, c)
        )
    ),
    "to_detention": lambda tok, home: _to_detention(tok),
    "returned_to_custody": _returned_to_custody,
    "custody_for_term": _custody_for_term,
    "behind_bars_untried": _behind_bars_untried,
    "in_handcuffs": _in_handcuffs,
    "booked_in": _booked_in,
    "gave_self_up": _gave_self_up,
    "forcibly_disappeared": lambda tok, home: any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children),
    "arrest_object": _arrest_object,
    "into_exile": lambda tok, home: moves_someone(tok) and _prep_object(tok, ("into", "to"), {"exile"}),
    "moved_abroad": lambda tok, home: moves_someone(tok) and _goes_abroad(tok, home),
    "made_to_leave": _made_to_leave,
    "out_of_country": _out_of_country,
    "exiled": lambda tok, home: (
        tok.lower_ != "self-exiled"
        and (
            any(c.dep_ in ("dobj", "nsubjpass", "auxpass") for c in tok.children)
            or participle_holder(tok) is not None  # "X, exiled to Poland in 2021, ..."
            or tok.dep_ == "acomp"
            and tok.tag_ == "VBN"
            and tok.head.lemma_ == "be"  # "who was exiled to X"
        )
    ),
    "custody": lambda tok, home: _died_in_custody(tok),
    "found_dead": lambda tok, home: (
        bool({c.lower_ for c in tok.children} & {"dead", "hanged", "lifeless"})
        and bool({t.lemma_.lower() for t in tok.sent} & CUSTODY_WORDS)
    ),
    "bailed_person": lambda tok, home: (
        _done_to_person(tok)
        and not any(
            c.dep_ in ("dobj", "nsubjpass") and c.ent_type_ in ("GPE", "ORG", "NORP") for c in tok.children
        )
    ),
    "punished_with_term": lambda tok, home: any(  # (not "slapped with a fine and a two-year travel ban")
        c.dep_ == "prep"
        and c.lower_ == "with"
        and term_in(c)
        and not any(t.lemma_.lower() in lexicon("penalties_without_custody") for t in c.subtree)
        for c in tok.children
    ),
    "sent_down": lambda tok, home: (
        any(c.dep_ == "prt" and c.lower_ == "down" for c in tok.children)
        and any(
            c.dep_ == "prep" and c.lower_ == "for" and (term_in(c) or c.right_edge.lower_ == "life")
            for c in tok.children
        )
    ),
    "custody_place": lambda tok, home: any(  # "took his own life in a cell", "committed suicide in prison"
        _prep_object(t, ("in", "behind"), CUSTODY_WORDS | {"bars"})
        for t in (tok, *(c for c in tok.children if c.dep_ == "dobj"))
    ),
    "put_to_death": lambda tok, home: (
        any(
            c.dep_ == "prep" and c.lower_ == "to" and any(g.lower_ == "death" for g in c.children)
            for c in tok.children
        )
        and _done_to_person(tok)
    ),
}
