"""What an event carries besides its people: its term near the trigger, date, place, agent,
and whether it happened abroad (events abroad count only when they concern the article's
own people).
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span, Token

from vigil.extract.doctext import doc_text, span_text
from vigil.extract.en.context import DocContext
from vigil.extract.en.numbers import TERM_RE, term_months
from vigil.extract.en.participants import naming_aside
from vigil.extract.en.persons import fold
from vigil.extract.en.places import COUNTRIES
from vigil.extract.en.triggers import (
    TERM_NOUNS,
    country_of,
    moves_someone,
    rules,
    term_in,
    term_starts,
)
from vigil.extract.scan import tokens_where

_SPAN_PREPS = frozenset({"after", "since", "before", "following", "within"})
# "A year later he was convicted", "two years earlier", "three years on": how long between two
# events, never how long for
_SPAN_ADVERBS = frozenset({"later", "earlier", "ago", "on", "afterwards", "afterward", "after", "before"})


def term_near(tok: Token) -> int | None:
    """The term of a sentencing verb: in its objects and prepositions ("to five years"), not in
    other clauses nor in time adverbials ("A year later he was sentenced ...")."""
    if (
        tok.dep_ == "relcl"
        and tok.lemma_ == "serve"
        and tok.head.lemma_ in TERM_NOUNS
        and not any(c.dep_ == "dobj" and c.lower_ not in ("that", "which") for c in tok.children)
    ):
        return term_in(tok.head, own=True)  # "the seven-year term (that) he is serving": the noun's
    skip = ("relcl", "acl", "conj", "advcl", "ccomp", "nsubj", "nsubjpass", "mark", "cc", "punct", "npadvmod")
    # "A was sentenced to life, and B to 20 years": the parser hangs B's gapped clause on the verb
    gap = min(
        (c.i for c in tok.children if c.dep_ == "conj" and c.pos_ == "PROPN" and c.i > tok.i), default=None
    )
    fallback: int | None = None
    for c in sorted(tok.children, key=lambda c: (c.i < tok.i, c.i)):
        if gap is not None and c.i > gap:
            continue
        given = c.dep_ == "npadvmod" and c.i > tok.i and tok.lemma_ in ("give", "hand")
        # "received one year, three months": the parser reads the duration as an adverbial
        received = c.dep_ == "npadvmod" and c.left_edge.i == tok.i + 1 and tok.lemma_ in ("receive", "get")
        # ("given 18 months effective": the term may hang on the word after it)
        hung = c.pos_ == "ADJ" and c.left_edge.i == tok.i + 1 and c.i > tok.i and term_starts(c.left_edge)
        # "sentenced the activist, identified as X, to seven years": the parser hangs the term on the aside
        named = c.dep_ == "advcl" and any(naming_aside(c, o) for o in tok.children if o.dep_ == "dobj")
        if c.dep_ in skip and not (given or received or hung or named or _to_serve(tok, c)):
            continue  # "gave X five years": the duration after the verb is the term
        if c.dep_ == "prep" and c.lower_ in _SPAN_PREPS:
            continue  # "jailed after 40 years on the run": how long until, not how long for
        if c.dep_ == "advmod" and c.lower_ in _SPAN_ADVERBS:
            continue  # "convicted again five years later": the time between, not the term
        if c.dep_ == "prep" and any(t.dep_ == "pobj" and t.lemma_ == "time" for t in c.children):
            continue  # "sentenced for the second time in three years": how often, not how long
        if (
            c.dep_ == "prep"
            and c.lower_ == "in"
            and any(
                t.dep_ == "pobj"
                and t.lemma_ in ("year", "month", "decade")
                and not any(w.lower_ in ("to", "absentia") for w in t.subtree)  # "in absentia to 11 years"
                for t in c.children
            )
        ):
            continue  # ("... the second time in three years": the parser hangs 'in' on the verb)
        if _portion(c):
            continue  # "ordered to serve the first four years in a prison": a part of the term
        if c.dep_ in ("dobj", "dative") and (aside := term_in(c)) and aside != term_in(c, own=True):
            # "sentenced X, who was detained in May, to six years": the verb's own term comes first;
            # the object's aside is the fallback, unless it tells of someone else
            fallback = fallback or (None if _aside_of_another(c) else aside)
            if not (months := term_in(c, own=True)):
                continue
            return months
        # "sentenced alongside his assistant, Y, who received two years": the companion's own term
        months = term_in(c, own=c.dep_ == "prep" and c.lower_ in _COMPANION_PREPS)
        if months and (given or received) and (whole := TERM_RE.match(doc_text(tok.doc), c.left_edge.idx)):
            months = term_months(whole) or months  # (its months may hang apart: read it whole)
        if months:
            return months
    return fallback


def _to_serve(verb: Token, clause: Token) -> bool:
    """'was sentenced to serve 188 months in prison': the parser reads the infinitive after
    "sentenced" as a purpose clause; its object is the term the sentence gives. Session 57:
    wikinews-en-tune 1; no read set words it so ("ordered to serve" is read as before)."""
    return (
        verb.lemma_ == "sentence"
        and clause.dep_ in ("advcl", "xcomp")
        and clause.lemma_ == "serve"
        and clause.i > verb.i
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in clause.children)
    )


def _aside_of_another(obj: Token) -> bool:
    """'X, whose brother was jailed for 18 years': a clause set off after the object with a
    subject of its own (not a relative 'who') tells of someone else's term."""
    return any(
        t.dep_ in ("nsubj", "nsubjpass")
        and t.lower_ not in ("who", "that", "which")
        and t.head.dep_ in ("relcl", "acl")
        for t in obj.subtree
        if t.i > obj.i
    )


# the prepositions that set people beside the sentenced ("alongside", "together with")
_COMPANION_PREPS = frozenset({"alongside", "with", "along", "together", "beside"})

# the words that make a duration a stretch of a longer term ("the first four years", "the
# remaining two years", "the last 18 months")
_PORTIONS = frozenset({"first", "last", "remaining", "final", "initial", "rest"})


def _portion(noun: Token) -> bool:
    """'the first four years', 'the remaining two years': a stretch of a term, not a term."""
    return any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children) and any(
        c.dep_ in ("amod", "advmod") and c.lower_ in _PORTIONS for c in noun.children
    )


def date_text(tok: Token) -> str | None:
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
            text = span_text(entity_of(head))
            if not TERM_RE.search(text.replace(" - ", "-")) and "old" not in text:
                return text
    return None


def place_of(tok: Token) -> str | None:
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("in", "at", "near", "from"):
            for g in c.subtree:
                if g.ent_type_ in ("GPE", "LOC", "FAC") and g.ent_iob_ == "B":
                    return span_text(entity_of(g))
    return None


def entity_of(tok: Token) -> Span:
    """The named entity `tok` (which has an entity type) is part of, as `doc.ents` reads it from
    the tokens' IOB tags (building every entity of the doc to find one cost more)."""
    doc = tok.doc
    start, end = tok.i, tok.i + 1
    while doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end]


def agent_of(tok: Token, patient: Token | None) -> str | None:
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


def from_country(tok: Token) -> bool:
    return any(
        c.dep_ == "prep" and c.lower_ == "from" and any(g.ent_type_ == "GPE" for g in c.subtree)
        for c in tok.children
    )


def home_country(ctx: DocContext) -> str | None:
    """The country the story is about: most mentioned, the headline's or dateline's first counting
    double. A country or capital named only as where someone was taken ('released 30 prisoners
    and drove them to Lithuania', 'Prisoners freed, driven to Vilnius') is where they went, not
    where the story is: it does not count."""
    counts: dict[str, int] = {}
    for tok in tokens_where(ctx.doc, "ORTH", _names_country):
        if _taken_there(tok) or _beyond_the_border(tok):
            continue
        country = country_of(tok.text)
        counts[country] = counts.get(country, 0) + (3 if not counts else 1)
    return max(counts, key=counts.__getitem__) if counts else None


def _beyond_the_border(place: Token) -> bool:
    """'driven to the border with Lithuania', 'a crossing on the frontier with Poland': the
    country across a border is the neighbour, never where the story is (session 58: a headline
    naming only the neighbour made it the home country, and the lead's "drove them to
    Lithuania" no removal abroad)."""
    prep = place.head
    return (
        place.dep_ == "pobj" and prep.lower_ == "with" and prep.head.lemma_.lower() in ("border", "frontier")
    )


@lru_cache(maxsize=1)
def _taking() -> frozenset[str]:
    """The verbs of taking someone somewhere: the lemmas of the deportation rule that moves
    someone abroad (`patterns/triggers.jsonl`, check `moved_abroad`)."""
    return frozenset(lemma for rule in rules() if rule.check == "moved_abroad" for lemma in rule.lemmas)


_FREEING = ("releas", "free", "pardon", "amnest", "liberat", "expel", "deport")  # word stems


def _taken_there(place: Token) -> bool:
    """'drove them to Lithuania', 'were flown to Vilnius', 'deported to Poland': the place a verb
    takes freed people to (an object or a passive subject; not 'the minister flew to Vilnius',
    nor 'detained him in Tomsk and flew him to Moscow', a transfer in custody at home)."""
    prep = place.head
    if place.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in ("to", "into"):
        return False
    verb = prep.head
    if verb.lemma_ not in _taking() or verb.pos_ not in ("VERB", "AUX"):
        return False
    if not any(x.lower_.startswith(_FREEING) for x in verb.sent):
        return False
    if verb.tag_ == "VBN" and not any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children):
        return True  # a passive participle: "Prisoners freed, driven to Vilnius"
    return moves_someone(verb)


@lru_cache(maxsize=65536)  # a test of every distinct word of an article (`tokens_where`)
def _names_country(word: str) -> bool:
    return word[:1].isupper() and bool(country_of(word))


def nationals(group: Token | None, home: str | None) -> bool:
    """'Ten Turkish hostages freed in Iraq' in a story about Turkey: the group is the story's own
    people though the event happened abroad."""
    return (
        group is not None
        and home is not None
        and any(c.dep_ in ("amod", "compound") and country_of(c.text) == home for c in group.children)
    )


def is_abroad(tok: Token, home: str | None) -> bool:
    """'police in Lithuania arrested two men', 'a court in Russia jailed six': not this story."""
    places = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("in", "at")]
    for c in tok.children:
        if c.dep_ in ("nsubj", "agent"):
            places += [g for g in c.subtree if g.dep_ == "prep" and g.lower_ in ("in", "at")]
    for place in places:
        for t in place.subtree:
            country = COUNTRIES.get(fold(t.text))
            if t.dep_ == "compound" and t.head.pos_ == "PROPN":
                continue  # a word of a place's own name: "the province of Thai Binh" is no Thailand
            if _inside_clause(t, place):
                continue  # "in the first week of a deal brokered by the Vatican": who made the deal
            if country and country != (home or "belarus") and t.text[:1].isupper():
                return True
    return False


def _inside_clause(tok: Token, top: Token) -> bool:
    """A word of a clause or agent phrase below `top` (it describes something, it places nothing)."""
    node = tok
    while node.i != top.i and node.head.i != node.i:
        if node.dep_ in ("acl", "relcl", "agent"):
            return True
        node = node.head
    return False


__all__ = [
    "agent_of",
    "date_text",
    "entity_of",
    "from_country",
    "home_country",
    "is_abroad",
    "nationals",
    "place_of",
    "term_near",
]
