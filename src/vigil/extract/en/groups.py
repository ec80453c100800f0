"""Counted and described groups of people: "47 political prisoners", "the 14", "X and 13
others", "all twelve".

A group's count is only taken when it is exact and names people (not "30 years of tax
returns"), because the registry's counts are cited as facts.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from vigil.extract.dates import MONTH_NAMES, WEEKDAY_WORDS
from vigil.extract.doctext import span_text
from vigil.extract.en.numbers import is_approximate, parse_number
from vigil.extract.en.persons import PERSON_NOUNS
from vigil.extract.en.triggers import CUSTODY_WORDS, TERM_NOUNS, lexicon

GROUP_WORDS = frozenset(
    {"they", "them", "those", "group", "rest", "others", "most", "all", "both", "many", "some"}
)
NEGATORS = frozenset({"none", "nobody", "no", "neither", "nor"})


def counted_back(patient: Token) -> bool:
    """'All twelve', 'the 14', 'these seven': a count that points back to a group already told."""
    num = patient if patient.like_num else next((c for c in patient.children if c.dep_ == "nummod"), None)
    if num is None and patient.pos_ in ("NOUN", "PROPN"):
        num = _number_in_modifier(patient)  # "The four - A, B ...": the parser hangs it on a name
    if num is None:
        return False
    before = list(patient.doc[max(patient.sent.start, num.i - 2) : num.i])
    # ("Of those, 34 have so far been convicted": a word before a comma opens another phrase;
    # session 60, encounts)
    while before and any(t.is_punct for t in before):
        before.pop(0)
    return any(t.lower_ in ("all", "the", "these", "those") for t in before)


def running_total(verb: Token) -> bool:
    """'Since 2020, 6,512 people have been convicted', 'police have detained 3,000 people so far':
    a perfect tense counted up to now is a running statistic (GUIDELINES), not one group's event."""
    if _over_years(verb) or _sourced_year_total(verb) or _whole_period(verb) or _still_held(verb):
        return True
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children) or _shared_perfect(verb)
    if not perfect:
        return False
    # ("Since 1 January, 41 people have been recognised ..., and 96 have been released": a fronted
    # "since" scopes over the clauses joined to the one it hangs on)
    verbs = [verb]
    while verbs[-1].dep_ == "conj" and verbs[-1].head.i != verbs[-1].i:
        verbs.append(verbs[-1].head)
    since = any(
        (
            c.dep_ == "prep"
            and c.lower_ == "since"
            or c.dep_ == "advcl"
            and any(m.dep_ == "mark" and m.lower_ == "since" for m in c.children)
        )
        and (v is verb or c.i < v.i)
        for v in verbs
        for c in v.children
    )
    # (a space before the sentence, so that one opening with "So far, eight ... have been
    # arrested" is read as one with the words inside it; session 56, hrd2)
    words = " " + span_text(verb.sent).lower()
    # ("reported as of June 9 the army had killed 310 and detained 2,418": a date before the
    # counted verb, hung on a verb it is joined to, counts it too; session 60, encounts)
    as_of = any(_as_of_date(c) and (v is verb or c.i < verb.i) for v in verbs for c in _with_aux(v))
    tallied = since or as_of or _tally_before(verb)
    return tallied or any(w in words for w in (" so far", " to date", " thus far"))


def _shared_perfect(verb: Token) -> bool:
    """'the military had killed 946 people and arrested 7,051', '15 have so far been convicted and
    sentenced': a conjunct with no auxiliary of its own shares the perfect of the verb it is joined
    to (session 60, encounts: 2 running totals on real NGO text the perfect test missed)."""
    own = any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    head = verb.head
    return (
        verb.dep_ == "conj"
        and not own
        and head.pos_ in ("VERB", "AUX")
        and any(c.dep_ == "aux" and c.lemma_ == "have" for c in head.children)
    )


def _with_aux(verb: Token) -> list[Token]:
    """The verb's children and its auxiliaries' ('Courts had, as of November 2, sentenced 145':
    the parser hangs the date on the auxiliary)."""
    kids = list(verb.children)
    return kids + [g for c in kids if c.dep_ in ("aux", "auxpass") for g in c.children]


def _as_of_date(prep: Token) -> bool:
    """'as of August 18': a date up to which a perfect tense counts (a tally, session 59 evprec)."""
    return (
        prep.dep_ == "prep"
        and prep.lower_ == "as"
        and any(o.lower_ == "of" and any(g.ent_type_ == "DATE" for g in o.subtree) for o in prep.children)
    )


_STILL = frozenset({"still", "currently"})


def _still_held(verb: Token) -> bool:
    """'37 are still detained', '140 children are currently imprisoned', 'are still holding 6,025
    in detention': a number of people told as being in custody now is a running statistic
    (GUIDELINES: '1,135 remain behind bars'), not a group taken or freed (session 59, evprec:
    none in the English read sets, 3 in unannotated real NGO reports)."""
    if verb.lemma_ in ("hold", "keep") and any(
        c.dep_ == "auxpass" and c.lower_ == "being" or _as_of_date(c) for c in verb.children
    ):
        # "as of August 18, 42 were being held in detention", "As of August 31, Israel held 4,207
        # in custody": a state, counted then
        return True
    return any(c.dep_ == "advmod" and c.lower_ in _STILL for c in verb.children)


def _whole_period(verb: Token) -> bool:
    """'12 journalists were forced into exile in 2019 alone', '240 detained in Iran alone', '31 were
    hanged there in October alone', '277 writers detained during 2021': a count summed over a
    whole year, month or country is a statistic (session 59, evprec; 'in the first week of June
    alone, 23 were detained' tells one week's group, and 'In 2022, 16 were jailed in a single
    case' one case's)."""
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        # ("In the July–September period, 41 were detained and 9 were arrested": a fronted span
        # scopes over the clause joined to the one it hangs on)
        fronted = [c for c in verb.head.children if c.dep_ == "prep" and c.i < verb.head.i]
    else:
        fronted = []
    preps = [c for c in verb.children if c.dep_ == "prep"] + fronted
    for prep in (c for c in preps if c.lower_ in ("in", "during", "throughout", "under")):
        for obj in (g for g in prep.children if g.dep_ == "pobj"):
            year = _is_year(obj)
            whole = year or obj.lower_ in MONTH_NAMES or obj.ent_type_ == "GPE" or prep.lower_ == "under"
            after = obj.right_edge.i + 1  # ("in Iraq alone": the parser may hang "alone" on the verb)
            alone = any(a.lower_ == "alone" for a in obj.children)
            alone = alone or after < len(obj.doc) and obj.doc[after].lower_ == "alone"
            if whole and (alone or prep.lower_ != "in" and year) or _dated_period(obj):
                return True
    return False


def _dated_period(obj: Token) -> bool:
    """'in the July–September period', 'during the January-March quarter': a span named by its
    bounds is a reporting period, and a number counted over it a tally (session 60, encounts;
    'in the same period' names no bounds)."""
    return obj.lemma_ in ("period", "quarter") and any(
        c.dep_ in ("compound", "nmod", "amod") and (c.lower_ in MONTH_NAMES or _is_year(c))
        for c in obj.children
    )


def _tally_before(verb: Token) -> bool:
    """'Before Monday, 15 people had been arrested under the new law', 'Up until Saturday, the
    kingdom had executed 11 people this year': a past perfect counted up to a bound that opens the
    sentence is a tally up to then, a running statistic (GUIDELINES), not one group's event ("By
    late afternoon, the authorities had released 23 prisoners" tells one release and keeps its
    count)."""
    had = any(c.dep_ in ("aux", "auxpass") and c.lower_ == "had" for c in verb.children)
    if not had:
        return False
    # ("Up until Saturday": the parser hangs "until" on "up")
    return any(
        c.dep_ == "prep"
        and c.i == verb.sent.start
        and (
            c.lower_ in ("before", "until", "till")
            or c.lower_ == "up"
            and any(g.lower_ in ("until", "till") for g in c.children)
        )
        for c in verb.children
    )


def house_arrest_move(verb: Token) -> bool:
    """'Two of them, A and B, were later placed under house arrest', 'were released ... and placed
    under house arrest with electronic bracelets', 'Three former chief ministers are placed under
    house arrest': a change of measure told of a group, which the read gold never counts as an
    arrest of that number (session 49 census: 4 counted groups placed or moved to house arrest in
    4 English read sets, none a gold count; the people keep their arrest)."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("under", "to", "into")):
        for obj in (g for g in prep.children if g.dep_ == "pobj" and g.lemma_ == "arrest"):
            if any(m.lower_ == "house" for m in obj.children if m.dep_ in ("compound", "amod", "nmod")):
                return True
    return False


_TERM_UNITS = frozenset({"year", "month"})


def terms_one_each(verb: Token) -> bool:
    """'His two co-defendants, A and B, received 12 and 25 years', 'Two other men ..., A and B,
    received eight and seven years, respectively', '... were convicted ... and jailed for 25 and 18
    years respectively': a list of numbers sharing one unit of a term, told of a group whose
    members are named with it, hands each member a term of their own — one verdict each, which the
    read gold writes person by person with no group count (session 49 census: 3 of the 4 named
    pairs given a list of terms in the English read sets, syn12b, syn14b, syn35b; the fourth,
    syn14a, gives two full terms, "to five years and three years and six months respectively",
    and is counted, and this reading leaves it alone). The verb and the verbs conjoined with it
    are read: the count may be told on 'convicted' and the terms on 'jailed'."""
    verbs = [verb, *verb.conjuncts]
    for v in verbs:
        for c in v.children:
            units = (
                [c]
                if c.dep_ == "dobj"
                else [g for g in c.children if g.dep_ == "pobj"]
                if c.dep_ == "prep"
                else []
            )
            for unit in units:
                if unit.lemma_ not in _TERM_UNITS:
                    continue
                for num in (n for n in unit.children if n.dep_ == "nummod"):
                    if any(k.dep_ == "conj" and k.like_num for k in num.children):
                        return True
    return False


_WHOLE_YEAR_WORDS = frozenset({"last", "this", "past", "previous"})
_DAY_WORDS = WEEKDAY_WORDS | {"today", "yesterday"}


def _sourced_year_total(verb: Token) -> bool:
    """'According to the DFG, 78 journalists were detained in Turkey last year', 'A total of 456
    people were arrested in 2019, according to Article 19': a count a monitor gives for a whole
    year, with no month or day of its own, is a year's statistic (GUIDELINES' running counts),
    not one group's event, when it is told of a country or a law (`_country_wide`; session 59
    census, docs/extract.md: 3 such counts in the English read sets and real tuning halves, none
    a gold count; "A total of 24 people were arrested in 2019, according to Apple Daily", one
    case's arrests, and a year with a month, "In June this year, security forces arrested 27
    ...", keep their counts)."""
    sent = verb.sent
    if not any(t.lower_ == "according" and t.nbor(1).lower_ == "to" for t in sent if t.i + 1 < len(t.doc)):
        return False
    # (a month is capitalised: "may" is mostly the modal)
    if any(t.lower_ in MONTH_NAMES and t.text[:1].isupper() or t.lower_ in _DAY_WORDS for t in sent):
        return False  # "on 28 October", "in November", "on Tuesday": a dated event or a month's tally
    verbs = [verb, *verb.conjuncts]
    if not any(_country_wide(v) for v in verbs):
        return False  # "A total of 24 people were arrested in 2019": one case's arrests, no country's
    for v in verbs:
        for c in v.children:
            if (
                c.dep_ == "npadvmod"
                and c.lemma_ == "year"
                and any(a.lower_ in _WHOLE_YEAR_WORDS for a in c.children)
            ):
                return True  # "detained ... last year"
            if c.dep_ == "prep" and c.lower_ in ("in", "during"):
                for g in (g for g in c.children if g.dep_ == "pobj"):
                    if _is_year(g):
                        return True  # "arrested in 2019"
                    if g.lemma_ == "year" and any(a.lower_ in _WHOLE_YEAR_WORDS for a in g.children):
                        return True  # "during the past year"
    return False


_REALMS = frozenset({"country", "nation", "kingdom", "state"})
_LAWS = frozenset({"law", "act", "legislation", "decree", "code"})


def _country_wide(verb: Token) -> bool:
    """What makes a year's count a country's statistic: it is told of a country ('detained in
    Turkey', 'across the country', 'the kingdom executed 184 people') or of a law ('arrested in
    198 cases under the DSA', 'under the cyber law')."""
    for c in verb.children:
        if c.dep_ == "nsubj" and (c.ent_type_ == "GPE" or c.lemma_.lower() in _REALMS):
            return True
        if c.dep_ != "prep":
            continue
        for g in (g for g in c.children if g.dep_ == "pobj"):
            if c.lower_ in ("in", "across", "throughout") and (
                g.ent_type_ == "GPE" or g.lemma_.lower() in _REALMS
            ):
                return True
            if c.lower_ == "under" and (g.lemma_.lower() in _LAWS or g.pos_ == "PROPN"):
                return True
    return False


def _is_year(t: Token) -> bool:
    """A number that reads as a year of the last two centuries ("2019", "1998")."""
    return t.like_num and len(t.text) == 4 and t.text[:2] in ("19", "20")


def _over_years(verb: Token) -> bool:
    """'8,000 people were arrested between 2018 and 2022', 'from 2015 to 2020', 'over the past five
    years', 'in the last decade': a count summed over years is a statistic, not one group's event."""
    years: set[str] = set()
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        for t in prep.subtree:
            if _is_year(t):
                years.add(t.text)
            if (
                t.lemma_ in ("year", "decade")
                and t.dep_ == "pobj"
                and prep.lower_ in ("over", "in", "during", "across", "within")
                and any(a.lower_ in ("past", "last", "previous") for a in t.children)
                and (t.lemma_ == "decade" or t.tag_ == "NNS")
            ):
                return True
    return len(years) >= 2


def named_and_others(patient: Token, named: int, trigger: Token) -> tuple[int | None, str | None]:
    """'X and 13 others', 'X, Y and 12 other prisoners', 'X was arrested along with four other
    activists': the named people and a counted rest."""
    count, label = _first_counted(companion_phrases(patient, trigger))
    if count is not None:
        return count + named, label
    # "arrested her and four of her teachers": the parser may hang the counted rest on the verb
    return _counted_rest(patient, named, trigger)


def counted_companions(patient: Token, trigger: Token) -> int:
    """'Two activists were released alongside 30 others', 'Three students were detained together
    with 12 other protesters': a counted patient and the counted others set beside it are one
    group (2 + 30); the size of those others, or 0. A group the companions phrase does not count
    exactly ('alongside dozens of others') adds nothing, nor do those beside a place of custody
    ('held in a cell with 40 others': cellmates) (session 53, docs/extract.md)."""
    if any(
        g.dep_ == "pobj" and g.lemma_.lower() in CUSTODY_WORDS
        for c in trigger.children
        if c.dep_ == "prep"
        for g in c.children
    ):
        return 0
    count, _label = _first_counted(companion_phrases(patient, trigger, custody=False))
    return count or 0


def _first_counted(companions: list[Token]) -> tuple[int | None, str | None]:
    """The exact size and label of the first companions phrase that counts its people."""
    for g in companions:
        if counted_with(g):
            count, label = count_of(g)
            if count is not None:
                return count, label
    return None, None


def part_before_them(trigger: Token) -> int | None:
    """'put 15 of them on a minibus and drove them across the border': 'them' of a verb joined
    to one whose object or subject is an exact part 'N of them' is that part, not the whole the
    part was taken from (session 53, docs/extract.md)."""
    if trigger.dep_ != "conj":
        return None
    for c in trigger.head.children:
        if c.dep_ not in ("dobj", "nsubj", "nsubjpass") or not c.like_num or c.i > trigger.i:
            continue
        of = [p for p in c.children if p.dep_ == "prep" and p.lower_ == "of"]
        if not any(g.lower_ in ("them", "those") for p in of for g in p.children if g.dep_ == "pobj"):
            continue
        before = span_text(c.doc[max(c.sent.start, c.i - 3) : c.i])
        value = parse_number(c.text)
        return None if value is None or value < 2 or is_approximate(before) else value
    return None


def companion_phrases(patient: Token, trigger: Token, *, custody: bool = True) -> list[Token]:
    """The nouns that 'with', 'along with', 'alongside' set beside the event's patient: on the
    verb, on its participle, on the patient, on the measure that freed them and (`custody`) on
    the place of custody ("held in a cell with 40 others": cellmates, not one counted group)."""
    beside = beside_objects(trigger)
    if (verb := companion_participle(trigger)) is not None:
        beside = beside_objects(verb)  # "freed and, along with 12 others, driven to the border"
    # "X, together with three fellow reporters, was detained": the parser hangs the companions
    # set off after the subject on the name, and "took X into custody along with three other
    # organisers" on the place the verb's preposition names
    # (only a place of custody: "walked out ... after his arrest with 11 others" tells of the arrest)
    places = [
        g
        for c in trigger.children
        if c.dep_ == "prep"
        for g in c.children
        if custody and g.dep_ == "pobj" and g.lemma_.lower() in CUSTODY_WORDS
    ]
    # "released under a pardon (signed by X) alongside 30 others": the companions hung on the
    # measure that freed them, or on its participle
    measures = [
        m
        for c in trigger.children
        if c.dep_ == "prep" and c.lower_ in ("under", "in", "after", "through")
        for g in c.children
        if g.dep_ == "pobj" and g.lemma_.lower() in lexicon("release_measures")
        for m in (g, *(a for a in g.children if a.dep_ == "acl"))
    ]
    places += measures
    return [*beside, *beside_objects(patient), *(g for p in places for g in beside_objects(p))]


def _counted_rest(patient: Token, named: int, trigger: Token) -> tuple[int | None, str | None]:
    """The counted rest conjoined to the named patient or made a second subject of the verb."""
    # ("the release of X and 20 others": after an event noun the parser may join the rest to the noun)
    rest = [
        c
        for c in trigger.children
        if c.dep_ == "conj"
        and c.i > patient.i
        and (
            c.like_num
            or trigger.pos_ == "NOUN"
            and (c.lemma_.lower() == "other" or any(a.lower_ == "other" for a in c.children))
        )
    ]
    for c in trigger.children:
        # "X, 47, a mayor, and 11 others were detained": the parser makes the rest a second subject
        # (the word "other" is read only of such a subject, not of every child)
        if (
            c.dep_ == patient.dep_
            and c.i > patient.i
            and c.dep_ in ("nsubj", "nsubjpass")
            and (
                c.lemma_.lower() == "other" or any(a.lower_ == "other" for a in c.children) or _companions(c)
            )
        ):
            count, label = count_of(c)
            if count is not None:
                return count + named, label
    for c in [*patient.subtree, *rest]:
        if c.dep_ == "conj" and (
            c.lemma_.lower() == "other"
            or has_det(c, ("other",))
            or any(a.lower_ == "other" for a in c.children)
            or _fellows(c)
        ):
            count, label = count_of(c)
            if count is not None:
                return count + named, label
        if c.dep_ == "conj" and _own_people(c):
            count, label = count_of(c)  # "X, 45, and his two sons"
            if count is not None:
                return count + named, label
        if c.dep_ == "conj" and c.like_num and of_their_own(c):
            count, label = count_of(c)  # "X and 12 of his supporters"
            if count is not None:
                return count + named, label
    return None, None


def fronted_count(patient: Token, named: int, trigger: Token) -> int | None:
    """'Two more, A and B, were sentenced to two years', 'Three others - A, B and C - were freed':
    a counted phrase set off before the named subject (which the parser hangs on the verb as a
    modifier, or on the first name); its number is the group's size (when it holds the named)."""
    if patient.dep_ not in ("nsubj", "nsubjpass") or patient.head.i != trigger.i:
        return None
    doc = trigger.doc
    nums = [c for c in trigger.children if c.like_num and c.i < patient.left_edge.i]
    nums += [t for t in doc[patient.left_edge.i : patient.i] if t.like_num]
    for num in nums:
        if num.i + 3 >= len(doc) or not patient.left_edge.i <= num.i + 3 <= patient.i:
            continue
        if doc[num.i + 1].lower_ not in ("more", "others", "other") or doc[num.i + 2].text not in _SET_OFF:
            continue
        value = parse_number(num.text)
        before = span_text(doc[max(0, num.i - 3) : num.i])
        if value is not None and value >= max(named, 2) and not is_approximate(before):
            return value
    return _counted_before_dashes(patient, named, trigger)


def count_before_apposition(patient: Token, trigger: Token) -> tuple[int | None, str | None]:
    """'The six, members of a group called "Civic Lamp", were arrested', 'All six, residents of
    X, were found guilty': the parser makes a bare count and the apposition set off after it two
    subjects of the verb, and the event's patient is the apposition; the count before it is the
    group's size (session 55, docs/extract.md). Only a bare number (with 'the' or 'all' at most)
    set off by a comma right before the apposition, not an approximate one ('About 30, most of them
    students, ...')."""
    if patient.dep_ not in ("nsubj", "nsubjpass") or patient.head.i != trigger.i:
        return None, None
    doc = trigger.doc
    for num in trigger.children:
        if num.dep_ != patient.dep_ or num.i >= patient.left_edge.i or not num.like_num:
            continue
        if doc[num.right_edge.i + 1].text != "," or num.right_edge.i + 2 != patient.left_edge.i:
            continue
        if any(t.lower_ not in ("the", "all") for t in doc[num.left_edge.i : num.i]):
            continue
        before = span_text(doc[max(0, num.left_edge.i - 3) : num.i])
        value = parse_number(num.text)
        if value is not None and value >= 2 and not is_approximate(before):
            return value, None
    return None, None


def size_by_comparison(trigger: Token) -> bool:
    """'freed 12 people but detained twice as many', 'and arrested three times as many': the verb
    sizes its own group by comparing it with another, so the number of the verb it is joined to
    (whose object the parser lends it) is not its count (GUIDELINES: only an exact size counts;
    session 55, docs/extract.md)."""
    for c in trigger.children:
        if c.lower_ not in ("many", "more", "fewer") or c.i < trigger.i:
            continue
        if any(a.lower_ in ("twice", "thrice", "times", "as", "double") for a in c.subtree if a.i < c.i):
            return True
    return False


_ASIDE_DASHES = frozenset({"—", "–", "--"})


def _counted_before_dashes(patient: Token, named: int, trigger: Token) -> int | None:
    """'Three staff members of the college — lecturers A and B and a technician — were detained':
    the counted people told before an aside of names between dashes, which the parser may tear
    from them (reading the role word before the names as a verb); the aside must close before the
    verb, and the counted phrase hold no verb of its own."""
    doc, sent = trigger.doc, trigger.sent
    # the dash right before the first name and its role words ("— lecturers A ...")
    opening = next(
        (k for k in range(patient.i - 1, max(sent.start, patient.i - 5), -1) if not doc[k].is_alpha), None
    )
    if opening is None or doc[opening].text not in _ASIDE_DASHES:
        return None
    if not any(t.text in _ASIDE_DASHES for t in doc[patient.right_edge.i + 1 : trigger.i]):
        return None
    counted = doc[sent.start : opening]
    if any(t.text in _ASIDE_DASHES or t.pos_ in ("VERB", "AUX") for t in counted):
        return None
    for noun in counted:
        if noun.pos_ != "NOUN" or not is_people(noun) or noun.dep_ in ("pobj", "poss", "compound"):
            continue
        value, _label = count_of(noun)
        if value is not None and value >= max(named, 2):
            return value
    return None


_SET_OFF = frozenset({",", "-", "–", "—", ":"})


def beside_objects(trigger: Token) -> list[Token]:
    """What 'with', 'along with', 'together with', 'alongside' set beside the event's patient."""
    return [
        g
        for c in trigger.children
        if c.dep_ in ("prep", "advmod") and c.lower_ in ("with", "along", "together", "alongside")
        for w in (c, *(x for x in c.children if x.dep_ == "prep" and x.lower_ == "with"))
        for g in w.children
        if g.dep_ == "pobj"
    ]


def companion_participle(trigger: Token) -> Token | None:
    """'was released and, together with 30 other prisoners, driven to the border': the parser hangs
    the participle set off after the counted companions on them; it is the verb's, told of the
    named one and the companions alike. The verb the companions stand beside, or None."""
    group = trigger.head
    if not (
        trigger.dep_ == "acl"
        and trigger.tag_ == "VBN"
        and group.dep_ == "pobj"
        and trigger.i > 0
        and trigger.doc[trigger.i - 1].text == ","
        and counted_with(group)
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in trigger.children)
    ):
        return None
    verb = group.head.head if group.head.lower_ == "with" else None
    if verb is not None and verb.pos_ not in ("VERB", "AUX") and verb.dep_ in ("advmod", "prep"):
        verb = verb.head  # "together with", "along with": the first word heads the preposition
    if verb is None or verb.pos_ not in ("VERB", "AUX") or group not in beside_objects(verb):
        return None
    return verb


def counted_with(noun: Token) -> bool:
    """'four other activists', '13 co-defendants', '12 of his aides': people counted together
    with the named one (not '47 municipal employees', a group beside him)."""
    return (
        noun.lemma_.lower() == "other"
        or any(a.lower_ == "other" for a in noun.children)
        or _fellows(noun)
        or _companions(noun)
        or noun.like_num
        and of_their_own(noun)
    )


def _fellows(noun: Token) -> bool:
    """'13 co-defendants', 'his 13 co-accused', 'four fellow activists': the others of the same
    case or cause, counted beside the named one."""
    return noun.lower_.startswith("co-") or any(
        a.dep_ == "amod" and a.lower_ == "fellow" for a in noun.children
    )


def _companions(noun: Token) -> bool:
    """'along with three colleagues', 'X and three comrades were detained': people of the named
    one's workplace or cause set beside the named one (as an object conjoined to a name the
    phrase may instead be a group the story counted before: "convicted the editor, X, and six
    colleagues" after "Seven journalists were sentenced")."""
    return noun.lemma_.lower() in lexicon("companion_nouns") and any(
        c.dep_ == "nummod" for c in noun.children
    )


def of_their_own(number: Token) -> bool:
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
        is_people(noun)
        and any(m.dep_ == "poss" and m.lower_ in ("his", "her", "their") for m in noun.children)
        and any(m.dep_ == "nummod" for m in noun.children)
    )


def has_det(tok: Token, words: tuple[str, ...]) -> bool:
    return any(c.dep_ == "det" and c.lower_ in words for c in tok.children)


def membership_phrase(those: Token) -> bool:
    """'among those released', 'those freed included': the phrase names members of a group."""
    head = those.head
    return (those.dep_ == "pobj" and head.lower_ == "among") or (
        those.dep_ == "nsubj" and head.lemma_ == "include"
    )


def is_group(tok: Token) -> bool:
    return (
        tok.lower_ in GROUP_WORDS
        or tok.tag_ in ("NNS", "NNPS")
        and tok.lemma_ not in TERM_NOUNS
        and not (tok.tag_ == "NNPS" and tok.ent_type_ == "PERSON")  # "Zayats", "Kalnins": one person
        # ("acquitted a fourth": spaCy's like_num holds ordinals, and an ordinal is one person)
        or tok.like_num
        and tok.lower_ not in ORDINAL_WORDS
        and tok.ent_type_ != "ORDINAL"
    )


ORDINAL_WORDS = frozenset(
    {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"}
)


AGGREGATE = re.compile(r"\b(?:a\s+total\s+of|totall?ing|combined|collectively|altogether|in\s+total)\b", re.I)
_COLLECTIVES = frozenset({"group", "batch", "contingent", "total"})  # "a total of 45 people"


def is_people(noun: Token) -> bool:
    """'people', 'students', 'Egyptians': a noun that counts persons, not euros or votes."""
    lemma = noun.lemma_.lower()
    return (
        lemma in PERSON_NOUNS
        or lemma in GROUP_WORDS
        or lemma in ("people", "person", "man", "woman")
        or lemma in lexicon("counted_people")
        or (noun.ent_type_ == "NORP")
    )


def hedged_group(trigger: Token) -> bool:
    """'At least 12 people were detained', 'police took away more than 30 protesters', 'At least
    five have been taken away': the trigger's subject or object is a group of people whose size the
    text hedges. Such a group gets no count (an approximate number is none), but the people the
    text then names as part of it are its members all the same."""
    doc = trigger.doc
    for c in trigger.children:
        if c.dep_ not in ("nsubj", "nsubjpass", "dobj"):
            continue
        num = c if c.like_num else next((g for g in c.children if g.dep_ == "nummod"), None)
        if num is None or not (c.like_num or is_people(c)) or num.ent_type_ in ("DATE", "TIME", "MONEY"):
            continue
        if is_approximate(span_text(doc[max(trigger.sent.start, num.i - 4) : num.i])):
            return True
    return False


# quantifiers that tell a group is large without counting it ("Many were seized")
_UNCOUNTED = frozenset({"many", "dozens", "hundreds", "thousands", "scores"})


def hedged_part_count(patient: Token, trigger: Token) -> int | None:
    """'has released nearly 9,000 prisoners, including 10 inmates whose cases drew attention',
    'Many were seized before the protests began, including two top aides': a group whose size
    the text hedges or leaves untold, with a part counted exactly after "including" — the one
    exact group size the event's clause gives (GUIDELINES: any exact group size carries a
    count; the hedged whole carries none). Session 57 (realen), from the real halves `agtune`
    and `hrdnews2-tune` (both in the gold); only a told event in the past ("Israel detains around
    4,850 Palestinians, including 225 children" is a standing figure, not an event), and only
    when the whole has no exact size of its own ("11 villagers, including two teenagers": the
    read sets' gold counts the 11, not the two)."""
    if trigger.tag_ not in ("VBD", "VBN"):
        return None
    if not (hedged_group(trigger) or patient.lower_ in _UNCOUNTED and patient.dep_ in ("nsubj", "nsubjpass")):
        return None
    for word in trigger.doc[trigger.i + 1 : trigger.sent.end]:
        if word.lower_ != "including" or word.dep_ != "prep":
            continue
        head = word.head
        # on the group, the verb, or a clause of time the parser hangs it on ("before ... began")
        if head.i not in (patient.i, trigger.i) and not (head.pos_ == "VERB" and head.head.i == trigger.i):
            return None
        part = next((g for g in word.children if g.dep_ == "pobj"), None)
        if part is None or not is_people(part):
            return None
        return count_of(part)[0]
    return None


def _day_of_date(num: Token) -> bool:
    """'17 October': a day before a month's name, in one date (session 56, ctx)."""
    doc = num.doc
    return num.i + 1 < len(doc) and doc[num.i + 1].is_title and doc[num.i + 1].lower_ in MONTH_NAMES


def count_of(tok: Token) -> tuple[int | None, str | None]:
    """Exact group size of a noun phrase ("123 political prisoners", "Twenty-six people", "The other 25",
    "a second group of 25 prisoners")."""
    if tok.lemma_.lower() in _COLLECTIVES and not any(c.dep_ == "nummod" for c in tok.children):
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        members = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
        if members is not None and members.tag_ in ("NNS", "NNPS"):
            if tok.lemma_.lower() == "total" and not is_people(members):
                return None, None  # "sending a total of 340 euros"
            return count_of(members)
        if members is not None and members.like_num and tok.lemma_.lower() != "total":
            return count_of(members)  # "the group of 14, including A and B"
    # after a title-case headline the tagger may take "Nine" in "Nine Estonians were freed" for a name
    num = (
        tok
        if tok.like_num
        else next(
            (
                c
                for c in tok.children
                if c.dep_ == "nummod"
                or c.like_num
                and c.i < tok.i
                # ("Eleven current and former employees": a number word read as a name's modifier)
                and (c.dep_ == "compound" or c.dep_ == "nmod" and c.is_alpha)
            ),
            None,
        )
    )
    if num is None and tok.pos_ == "NOUN":
        num = _number_in_modifier(tok)
    if num is None and tok.tag_ == "NNS":
        num = _number_before_possessor(tok)
    if num is not None and num.i > tok.i:
        return None, None  # "Windows 95", "(MOM) 2005": a number after its noun is a name
    if num is not None and _day_of_date(num):
        return None, None  # "On 17 October Mikhail H. ... died": the day of a date, no count
    if num is not None and (whole := _broken_down(num)) is not None:
        num = whole  # "the five - two women and three men - were held": five
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
    if tok.lemma_.lower() in lexicon("money_and_measures"):
        return None, None  # "transferred 2,000 roubles to a charity": a sum, not a group of people
    name = num.doc[num.i - 1] if num.i > 0 else None
    if (
        name is not None
        and name.pos_ == "PROPN"
        and name.is_title
        and not name.is_sent_start
        and name.ent_type_ not in ("DATE", "TIME")  # "freed Wednesday two soldiers"
    ):
        return None, None  # "Another Group 24 member", "Charter 97 activists": a number in a name
    run = _number_run(num)
    if any(
        t.text == "-" and 0 < k < len(run) - 1 and run[k - 1].is_digit and run[k + 1].is_digit
        for k, t in enumerate(run)
    ):
        return None, None  # "50-60 protesters": a range, no exact size
    value = parse_number(" ".join(t.text for t in run))
    if value is None:
        value = parse_number(num.text)
    if value is None or value < 2 and num.i != tok.i:
        return None, None
    after = num.doc[num.i + 1 : num.i + 3]
    if len(after) == 2 and after[0].text == "-" and after[1].lower_ in ("odd", "plus", "some"):
        return None, None  # "40-odd protesters", "30-plus detainees": approximate
    before = span_text(tok.doc[max(tok.sent.start, num.i - 4) : num.i])
    if is_approximate(before) or any(
        c.dep_ in ("advmod", "quantmod")
        and c.i < num.i
        and not c.like_num
        and c.text != "-"
        and c.lower_ not in ("all", "exactly")  # "All 13 defendants": the parser may read "All" so
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


def _number_before_possessor(noun: Token) -> Token | None:
    """'six Jehovah's Witnesses': the parser hangs the number on the singular name that owns the
    plural noun, but one name is not counted; the number counts the noun."""
    poss = next((c for c in noun.children if c.dep_ == "poss" and c.tag_ == "NNP" and c.i < noun.i), None)
    if poss is None:
        return None
    # (sentence-initial "Three Jehovah's Witnesses": the number may be read as a compound)
    return next(
        (c for c in poss.children if c.dep_ in ("nummod", "compound") and c.like_num and c.i < poss.i), None
    )


def _broken_down(num: Token) -> Token | None:
    """The number of 'the four' when `num` opens a breakdown set off after it by a dash ('the four -
    two women and three men -'), which the parser may take for the subject."""
    doc = num.doc
    if num.i < 3 or doc[num.i - 1].text not in ("-", "–", "—") or not doc[num.i - 2].whitespace_:
        return None
    whole = doc[num.i - 2]
    return whole if whole.like_num and doc[num.i - 3].lower_ in ("the", "all") else None


def _number_run(num: Token) -> list[Token]:
    """The number words of `num`'s phrase next to it ("twenty - six", "two hundred"), not a number
    further on in its subtree ("Five of the eight defendants" is five)."""
    inside = {t.i for t in num.subtree}

    def numeric(t: Token) -> bool:  # "two hundred and twelve": an "and" inside the number too
        after = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
        # ("the five - four men and one woman": a dash set off by spaces breaks the number)
        joined = t.text == "-" and t.i > 0 and not t.doc[t.i - 1].whitespace_
        return t.i in inside and (
            t.like_num or joined or t.lower_ == "and" and after is not None and after.like_num
        )

    start = end = num.i
    while start - 1 >= 0 and numeric(num.doc[start - 1]):
        start -= 1
    while end + 1 < len(num.doc) and numeric(num.doc[end + 1]):
        end += 1
    return list(num.doc[start : end + 1])


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


__all__ = [
    "AGGREGATE",
    "beside_objects",
    "counted_with",
    "NEGATORS",
    "count_of",
    "fronted_count",
    "counted_back",
    "has_det",
    "is_group",
    "is_people",
    "membership_phrase",
    "named_and_others",
    "count_before_apposition",
    "size_by_comparison",
    "counted_companions",
    "part_before_them",
    "of_their_own",
    "running_total",
]
