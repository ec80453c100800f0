"""Headlines, where the tagger often fails: "Iran Frees Jailed French National X", title-case
verbs read as names, plain verbs with bare objects ("Forces Arrest 2 Leaders").
"""

from __future__ import annotations

import re
from itertools import takewhile

from spacy.tokens import Doc, Span, Token

from vigil.extract.doctext import doc_text, first_line_end, span_text
from vigil.extract.en.context import DocContext
from vigil.extract.en.groups import is_people
from vigil.extract.en.modality import offender_label
from vigil.extract.en.numbers import TERM_RE, is_approximate, parse_number, term_months
from vigil.extract.en.persons import KIN_NOUNS, PERSON_NOUNS, Person, fold
from vigil.extract.en.teasers import in_teaser_line
from vigil.extract.en.triggers import HOLDING_VERBS, SECURITY_FORCES, TERM_NOUNS, lexicon
from vigil.extract.findings import Finding
from vigil.extract.scan import tokens_where


def headline_predicate(tok: Token) -> bool:
    """'Seven activists detained in Minsk': in a verbless headline the participle is the news."""
    return tok.head.dep_ == "ROOT" and not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in tok.sent)


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
# a removal's headline names whom it sends abroad by the release too: "deports freed journalist X"
_FREED_PARTICIPLES = frozenset({"free", "release", "pardon"})


def headline_verb(tok: Token) -> str | None:
    """'Venezuela releases detained opposition figure X': in a headline the parser may read the
    verb as a plural noun, subject of the participle after it. The event type of that verb."""
    etype = _HEADLINE_VERBS.get(tok.lemma_.lower())
    head = tok.head
    participles = _CAPTIVE_PARTICIPLES | (_FREED_PARTICIPLES if etype == "deportation" else frozenset())
    if (
        etype is None
        # ("Russia expels jailed activist X": tagged a verb, but still made the participle's subject)
        or tok.tag_ not in ("NNS", "VBZ")
        or tok.dep_ != "nsubj"
        or head.i != tok.i + 1
        or head.tag_ not in ("VBD", "VBN")
        or head.lemma_.lower() not in participles
        or tok.i == tok.sent.start
        or tok.doc[tok.i - 1].pos_ != "PROPN"
        or any(c.dep_ == "det" for c in tok.children)
    ):
        return None
    return etype


_TITLE_VERBS = {
    **_HEADLINE_VERBS,
    **_DIRECT_OBJECT_VERBS,
    "execute": "death",
    "hang": "death",
    "nab": "arrest",
}
_ADJECTIVE_BEFORE = frozenset({"DET", "ADP", "ADJ", "CCONJ", "SCONJ", "NUM", "VERB"})


def title_case_headline(ctx: DocContext, tok: Token) -> Finding | None:
    """'Yemen Sentences 15 Militants on Terror Charges', 'Spain Arrests Eight': in a headline
    written in title case the parser reads the verb as a plural noun. A capitalised '-s' form of a
    trigger verb right after the name of its doer, in the text's first line, is that verb; its
    object is the run of words after it up to a preposition or a punctuation mark."""
    if (found := _title_case_participle(ctx, tok)) is not None:
        return found
    doc = tok.doc
    lower = tok.lower_
    etype = _TITLE_VERBS.get(lower[:-2]) if lower.endswith("es") else None
    etype = etype or _TITLE_VERBS.get(lower[:-1])
    first = next(iter(doc.sents))
    if tok.sent.start != first.start or tok.i == first.start:
        return None
    before = doc[tok.i - 1]
    # "Aliyev pardons 154 prisoners, including ...": in sentence case too, after a name and
    # before a number the '-s' form is the verb
    counted = before.is_title and tok.i + 1 < first.end and doc[tok.i + 1].like_num
    sentence_case = not tok.text[:1].isupper() and _sentence_case_verb(ctx, tok, first.end)
    if not tok.text[:1].isupper() and not counted and not sentence_case:
        return None
    # "Afghan Forces Arrest 2 Taliban Leaders": the plain form after a plural subject, read as a
    # name; only a number right after it makes it a verb with its counted object
    plural = before.tag_ in ("NNS", "NNPS") and before.lower_.endswith("s")
    plain = etype is None and lower in _TITLE_VERBS and tok.i + 1 < first.end
    # ("Kyrgyz Police Detain Blogger X": after a security force, a name in the object run)
    plain = plain and (plural and doc[tok.i + 1].like_num or _force_then_name(ctx, before, tok, first.end))
    if plain:
        etype = _TITLE_VERBS[lower]
    elif (
        etype is None
        or not tok.lower_.endswith("s")
        or tok.tag_ not in ("NNS", "NNPS", "VBZ")
        and not (tok.tag_ == "NNP" and tok.is_title and tok.dep_ == "compound")  # "Pakistan Detains X"
        or tok.dep_ not in ("ROOT", "nsubj", "compound")
        or before.pos_ != "PROPN"
        and not counted
        and not sentence_case
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
    if plain and not (len(words) > 1 and (words[-1].lower_.endswith("s") or is_people(words[-1]))):
        count = None  # "Democrats Release 2004 Platform": no counted people after the number
    if counted and not tok.text[:1].isupper() and not (len(words) > 1 and is_people(words[-1])):
        return None  # "Minsk releases 2004 budget": no people counted
    if count is not None and (count < 2 or words[0].ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT")):
        count = None
    if not persons and count is None:
        if len(words) > 1 and not plain and etype != "death" and _one_role(ctx, words[-1]):
            # "Nigeria Frees Opposition Leader": a role, whom the lead may name; no one yet
            return Finding(etype, tok, [], date=None, confidence=0.75)
        return None
    if etype == "death" and words[-1].i not in ctx.owner_at:
        return None  # "Gallery Hangs Painter X's Works": the name is no object of the verb
    found = Finding(etype, tok, persons, count=count, group_ref=count is not None, date=None, confidence=0.75)
    if sentence_case and etype == "deportation":
        found.implies_release = False  # "Bahrain expels cleric X": the headline says no one was held
    return found


_DOERS = SECURITY_FORCES | {"court", "judge", "tribunal", "regime", "government", "junta", "authority"}


def _sentence_case_verb(ctx: DocContext, verb: Token, end: int) -> bool:
    """'Bahrain expels cleric X to Beirut', 'Nicaragua deports priest X': a headline in sentence
    case, where the tagger reads the '-s' form as a plural noun after a country's name. It is the
    verb when the name before it opens the line and a named person follows in its object run."""
    doc = verb.doc
    before = doc[verb.i - 1]
    doer = doc[verb.sent.start : verb.i]
    # the doer: a state's name ("Bahrain", "Nicaragua") or a body that acts on people ("court")
    named = before.is_title or before.lemma_.lower() in _DOERS
    if verb.tag_ not in ("NNS", "VBZ") or not named or before.i in ctx.owner_at or not 1 <= len(doer) <= 4:
        return False
    if any(t.pos_ in ("VERB", "AUX", "ADP", "PUNCT", "PRON") or t.i in ctx.owner_at for t in doer):
        return False  # the doer is the line's first words and no person
    for t in doc[verb.i + 1 : min(end, verb.i + 6)]:
        if t.i in ctx.owner_at:
            return not _name_modifies_noun(ctx, t)
        if t.pos_ in ("ADP", "VERB", "AUX", "PUNCT", "SCONJ", "CCONJ"):
            return False
    return False


def _name_modifies_noun(ctx: DocContext, first: Token) -> bool:
    """'Panama pardons Castro 'plotters'', 'Russia frees Navalny ally': the name is an attribute of
    the noun after it (his plotters, his ally), who is the one the verb acts on."""
    doc = first.doc
    k = first.i
    while k + 1 < len(doc) and ctx.owner_at.get(k + 1) is ctx.owner_at[first.i]:
        k += 1
    after = doc[k + 1] if k + 1 < len(doc) else None
    if after is not None and after.text in ("'", "‘", '"', "“") and k + 2 < len(doc):
        after = doc[k + 2]  # "Castro 'plotters'": a scare-quoted noun
    return after is not None and after.pos_ in ("NOUN", "PROPN") and after.i not in ctx.owner_at


def _force_then_name(ctx: DocContext, before: Token, verb: Token, end: int) -> bool:
    """'Tajik Authorities Detain Lawyer X': the word before the plain verb is a security force
    ('Police', 'Authorities', 'Forces') and a name follows within a few title-case words."""
    word = before.lower_  # (a title-case word keeps its plural as its lemma: "Authorities")
    if not {before.lemma_.lower(), word, word[:-1], word[:-3] + "y"} & SECURITY_FORCES:
        return False
    doc = verb.doc
    for t in doc[verb.i + 1 : min(end, verb.i + 4)]:
        if t.i in ctx.owner_at:
            return True
        if not t.is_title or t.pos_ in ("ADP", "VERB", "AUX", "PUNCT"):
            return False
    return False


# participles (and "dies") that tell a title-case headline's news of the name before them
_TITLE_PARTICIPLES = {
    "jailed": "sentence", "imprisoned": "sentence", "sentenced": "sentence", "convicted": "sentence",
    "freed": "release", "released": "release", "pardoned": "release",
    "arrested": "arrest", "detained": "arrest", "nabbed": "arrest", "busted": "arrest",
    "deported": "deportation", "expelled": "deportation", "extradited": "deportation",
    "dies": "death", "died": "death", "executed": "death",
}  # fmt: skip
# participles that tell the news only before a preposition or the line's end ("X Held in London",
# "X Held Without Bail", "X Found Guilty of Murder", "X in Custody"; not "X Held Talks")
_TITLE_BEFORE_PHRASE = {"held": "arrest", "found": "sentence", "custody": "arrest", "surrenders": "arrest",
                        "gets": "sentence"}  # fmt: skip
# what "X Gets ..." is given when it is a verdict ("Gets Life", "Gets Death Sentence", "Gets Jail Term")
_VERDICT_GOT = frozenset({"life", "death"})
_CUSTODY_TERMS = frozenset({"prison", "jail"})
_HEADLINE_CUSTODY = frozenset({"prison", "jail", "custody", "detention", "colony", "cell", "captivity"})


def _title_case_participle(ctx: DocContext, tok: Token) -> Finding | None:
    """'Dissident X Jailed for Six Years', 'X Freed After Five Years', 'X Dies in Prison': in a
    title-case headline the tagger reads the capitalised participle as one more name word. Right
    after a name in the text's first line (or in a link's headline, 'Read more: ...') it is the
    verb; a term after it is the sentence's term, and a death counts only in custody."""
    doc = tok.doc
    phrased = _before_phrase(tok)
    etype = _TITLE_PARTICIPLES.get(tok.lower_) or phrased
    if etype is None:
        return None
    first = next(iter(doc.sents))
    if tok.sent.start != first.start and in_teaser_line(tok):
        first = tok.sent  # "Read more: Tajik Blogger X Freed After Serving Seven Years": a headline too
    if (
        not tok.is_title
        or tok.sent.start != first.start
        or tok.i == first.start
        or tok.pos_ not in ("PROPN", "NOUN")
        and not (
            tok.pos_ == "VERB" and tok.tag_ in ("VBN", "VBD", "VBZ")
        )  # ("Held", "Nabbed": the parser's verb)
        or tok.i in ctx.owner_at
    ):
        return None
    # ("X in Custody After Chase": the name stands before the preposition)
    person = ctx.owner_at.get(tok.i - 2 if tok.lower_ == "custody" else tok.i - 1)
    rest = doc[tok.i + 1 : first.end]
    if person is None and not (_role_before(ctx, tok) and (not len(rest) or rest[0].pos_ == "ADP")):
        return None
    if first.text.rstrip().endswith("?"):
        return None  # "Will X Be Freed?": a question
    if tok.lower_ in ("dies", "died") and not any(t.lower_ in _HEADLINE_CUSTODY for t in rest):
        return None  # "X Dies at 90": no death in custody
    term = None
    if etype == "sentence" and len(rest) and rest[0].lower_ in ("to", "for"):
        match = TERM_RE.search(rest.text)
        term = term_months(match) if match and not is_approximate(rest.text[: match.start()]) else None
    # ("Opposition Leader Detained in Cairo": a role, whom the lead may name; no one yet)
    found = Finding(etype, tok, [person] if person else [], term=term, date=None, confidence=0.75)
    found.implies_release = tok.lower_ != "extradited"  # handed to another state's courts, not freed
    return found


def _before_phrase(tok: Token) -> str | None:
    """The event of 'Held', 'Found' (then 'Guilty') or 'in Custody' in a title-case
    headline, when a preposition or the line's end follows: 'X Held in London', 'Former Mayor Held
    Over Fraud', 'X Found Guilty of Murder', 'X in Custody After Chase'."""
    etype = _TITLE_BEFORE_PHRASE.get(tok.lower_)
    doc = tok.doc
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if etype is None or tok.i == 0:
        return None
    if tok.lower_ == "custody" and not (tok.i > 1 and doc[tok.i - 1].lower_ == "in"):
        return None
    if tok.lower_ == "found":
        return etype if after is not None and after.lower_ == "guilty" else None
    if tok.lower_ == "surrenders":
        # "X Surrenders to Police", "X Surrenders to FBI": given up to custody (not "to Rebels")
        force = doc[tok.i + 2] if tok.i + 2 < len(doc) else None
        words = SECURITY_FORCES | {"authorities", "fbi"}
        return (
            etype
            if after is not None and after.lower_ == "to" and force is not None and force.lower_ in words
            else None
        )
    if tok.lower_ == "gets":
        # "X Gets Life", "X Gets Death Sentence", "X Gets Prison Term" (not "Gets Life Back")
        words = [t.lower_ for t in doc[tok.i + 1 : min(tok.sent.end, tok.i + 3)]]
        verdict = bool(words) and (
            words[0] in _VERDICT_GOT
            and (len(words) == 1 or words[1] in ("sentence", "for", "in", "\n\n"))
            or words[0] in _CUSTODY_TERMS
            and len(words) > 1
            and words[1] in ("term", "sentence", "time")
        )
        return etype if verdict else None
    ends = after is None or after.is_space or "\n" in after.text_with_ws or after.is_punct
    if not ends and after.pos_ != "ADP" and after.lower_ not in ("without", "over", "after"):
        return None  # "X Held Talks", "X in Custody Battle"
    rest = doc[tok.i + 1 : tok.sent.end]
    takers = lexicon("hostage_takers")
    if (
        after is not None
        and after.lower_ == "up"
        or any(t.lower_ in _NOT_HELD or t.lower_ in takers or t.lower_.rstrip("s") in takers for t in rest)
    ):
        return None  # "X Held Up in Traffic", "X Held in Contempt", "X Held by Kidnappers"
    return etype


# what a title-case "Held" may be of, other than custody
_NOT_HELD = frozenset({"contempt", "hostage", "captive", "talks", "hospital"})


def _role_before(ctx: DocContext, tok: Token) -> bool:
    """'Braves Pitcher Held on DUI Charge', 'Rights Activist Jailed': a singular person noun right
    before the title-case participle, no name in it: the headline's someone, still unnamed."""
    return _one_role(ctx, tok.doc[tok.i - 1])


def _one_role(ctx: DocContext, word: Token) -> bool:
    """A title-case singular person noun of no name ('Leader', 'Activist', 'Aide')."""
    return (
        word.is_title
        and word.i not in ctx.owner_at
        and not word.lower_.endswith("s")
        and fold(word.lower_) in PERSON_NOUNS
    )


def _verb_and(tok: Token) -> Token | None:
    """The verb of 'charged and jailed artist X', when `tok` is the second: the word two before is
    a finite verb of the same clause with no object of its own before "and"."""
    if tok.i < 2 or tok.doc[tok.i - 1].lower_ != "and":
        return None
    first = tok.doc[tok.i - 2]
    if first.pos_ != "VERB" or first.tag_ not in ("VBD", "VBN", "VBZ", "VBP"):
        return None
    if any(c.dep_ == "dobj" and c.i < tok.i for c in first.children):
        return None
    return first


def misparsed_verb(ctx: DocContext, tok: Token) -> Finding | None:
    """'A court on Monday sentenced director X and playwright Y to six years': the small parser
    sometimes reads the verb as an adjective of the names. Read the surface instead: the
    names right after the verb, up to the next preposition, are its objects."""
    if (etype := headline_verb(tok)) is not None:
        objects = [c for c in tok.head.children if c.dep_ == "dobj"]
        persons = [p for c in objects for p in ctx.persons_in(c, pronouns=False)]
        return Finding(etype, tok, persons, date=None, confidence=0.75) if persons else None
    etype = _DIRECT_OBJECT_VERBS.get(tok.lemma_.lower())
    jailed = etype == "sentence" and tok.lemma_ in ("jail", "imprison")
    if jailed and "pending" in span_text(tok.sent).lower():
        etype = "arrest"  # "jailed X pending trial", as the verb's own rule reads it
    # ("• In a proceeding held in absentia, Minsk City Court sentenced journalist X, ...": the verb
    # may be read as a compound of the name after it too, with the court's name right before it)
    compound = (
        tok.dep_ == "compound"
        and tok.tag_ in ("VBD", "VBN")
        and tok.i > 0
        and tok.doc[tok.i - 1].pos_ == "PROPN"
    )
    if (
        etype is None
        or tok.dep_ != "amod"
        and not compound
        or tok.i == tok.sent.start
        or tok.i + 1 >= tok.sent.end
    ):
        return None
    if not any(t.pos_ in ("NOUN", "PROPN") for t in tok.doc[tok.sent.start : tok.i]):
        return None  # no subject before it: a real adjective ("sentenced prisoners")
    before = tok.doc[tok.i - 1]
    # "Authorities charged and jailed artist X": the verb after "V and" (whose object the parser
    # gave the first verb) is a verb too
    paired = _verb_and(tok)
    if (
        (before.pos_ in _ADJECTIVE_BEFORE or before.tag_ in ("PRP$", "POS"))
        and paired is None
        and not _after_date_of_noun_root(tok)
    ):
        return None  # "supporters of the jailed tycoon X", "as jailed leader X withdrew": an adjective
    if jailed and paired is not None and paired.lemma_ in HOLDING_VERBS:
        etype = "arrest"  # "charged and jailed X": held on the charge, no verdict yet (a term says one)
    if offender_label(tok):
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
    if len(rest) > 3 and rest[0].text == "," and rest[1].like_num and rest[2].text == ",":
        rest = rest[3:]  # "sentenced worker X, 44, to three years": the age set off after the name
    elif len(rest) > 3 and rest[0].text == "," and rest[1].lower_ in ("who", "whom", "whose"):
        # "sentenced journalist X, who has lived in Vilnius since 2020, to 10 years": a relative
        # clause set off after the name, the verb's "to" right after its closing comma
        close = next((k for k in range(2, len(rest) - 1) if rest[k].text == ","), None)
        if close is not None and rest[close + 1].lower_ in ("to", "for"):
            rest = rest[close + 1 :]
    term = None
    if etype == "sentence" and rest and rest[0].lower_ in ("to", "for"):
        match = TERM_RE.search(rest.text)
        term = term_months(match) if match and not is_approximate(rest.text[: match.start()]) else None
    if (
        jailed
        and etype == "arrest"
        and rest
        and rest[0].lower_ == "for"
        and (match := TERM_RE.match(rest[1:].text))
    ):
        etype, term = "sentence", term_months(match)  # "charged and jailed X for two years"
    return Finding(etype, tok, persons, term=term, date=None, confidence=0.75)


def _after_date_of_noun_root(tok: Token) -> bool:
    """'A court in X on December 2 sentenced activist Y to five years': a verb right after a date
    whose last word is a number, in a sentence the parser left with a noun as its root and no
    verb before, is the verb (the number is the date's, no count of the noun after it)."""
    before = tok.doc[tok.i - 1]
    return (
        before.pos_ == "NUM"
        and before.ent_type_ == "DATE"
        and before.ent_iob_ != "B"  # ("in 2024" alone may open "2024 jailed ..."; a day closes a month)
        and tok.sent.root.pos_ in ("NOUN", "PROPN")
        and not any(t.pos_ in ("VERB", "AUX") for t in tok.doc[tok.sent.start : tok.i])
    )


# words of a verdict in a headline written in capitals or title case, whose parse is unreliable
_HEADLINE_VERDICT_WORDS = frozenset(
    {
        "gives",
        "hands",
        "jails",
        "sentences",
        "imprisons",
        "jailed",
        "sentenced",
        "imprisoned",
        "gets",
        "receives",
        "handed",  # "Journalist handed nine-year sentence"
        "given",
    }
)


def _first_line(doc: Doc) -> Span | None:
    """The headline line: the first sentence when a line break follows it, or the whole first
    line when the parser cut it at a colon ("Six years for a post: blogger sentenced")."""
    first = next(iter(doc.sents), None)
    if first is None or first.end >= len(doc):
        return None
    text = doc_text(doc)
    if "\n" in text[first.start_char : doc[first.end].idx]:
        return first
    end = text.find("\n", first.end_char)
    line = doc.char_span(first.start_char, end, alignment_mode="contract") if end > 0 else None
    if line is None or len(list(line.sents)) > 2:
        return None
    stop = line.end
    while stop < len(doc) and doc[stop].is_space:
        stop += 1  # (the break after it is the line's, as the first sentence holds it)
    return doc[line.start : stop] if stop < len(doc) else None


def headline_term(ctx: DocContext, findings: list[Finding]) -> Finding | None:
    """'COURT GIVES BLOGGER SEVEN YEARS' over 'Blogger X was convicted on Thursday ...': a term told
    only by a headline in capitals or title case that names no one is the term of the one person
    whose verdict the first paragraph tells, when the text tells no term itself."""
    doc = ctx.doc
    first = _first_line(doc)
    if first is None:
        return None  # no headline line of its own
    words = [t for t in first if t.is_alpha]
    # ("Court jails blogger for three years over posts": a headline in sentence case is a short
    # line that opens with a capital and closes with no full stop)
    sentence_case = (
        len(words) <= 14 and words[:1] and words[0].is_title and not first.text.rstrip().endswith(".")
    )
    if len(words) < 3 or not (sentence_case or all(t.is_upper or t.is_title or t.is_stop for t in words)):
        return None
    if first.text.rstrip().endswith("?"):
        return None
    verb = next((t for t in first if t.lower_ in _HEADLINE_VERDICT_WORDS), None)
    if verb is None:
        return None
    rest = doc[verb.i + 1 : first.end]
    match = TERM_RE.search(rest.text)
    if match is None:
        # "Six years for a Telegram channel: Hrodna blogger sentenced": the term opens the line
        rest = doc[first.start : verb.i]
        match = TERM_RE.match(rest.text)
        if match is not None and not _DURATION_FOR.match(rest.text, match.end()):
            return None  # "Five years after his arrest, ...", "Ten years on: ..."
    if match is None or is_approximate(rest.text[: match.start()]) or (months := term_months(match)) is None:
        return None
    if any(ctx.owner_at.get(t.i) is not None for t in first):
        return None  # a name in the headline: its own rules read it ("X Jailed for Six Years")
    if any(
        f.type == "sentence"
        and f.term is not None
        and (f.persons or f.count is not None or f.trigger.i >= first.end)
        for f in findings
    ):
        return None  # the body tells terms itself (the headline's own verb names no one)
    para_end = doc_text(doc).find("\n\n", doc[first.end].idx)
    told = [
        f
        for f in findings
        if f.type == "sentence" and f.trigger.i >= first.end and (para_end < 0 or f.trigger.idx < para_end)
    ]
    named = [p for f in told for p in f.persons]
    if len({id(p) for p in named}) != 1 or any(not f.persons for f in told):
        return None
    return Finding("sentence", verb, [named[0]], term=months, date=None, confidence=0.7)


_DURATION_FOR = re.compile(
    r"\s*(?:(?:in|behind)\s+(?:prison|jail|bars|a\s+(?:penal\s+)?colony)\s+)?for\s+", re.IGNORECASE
)


def headline_duration_for(ctx: DocContext, findings: list[Finding]) -> Finding | None:
    """'Three years in prison for blogger X', 'Six years for X: court jails teacher over posts': a
    headline that opens with a term given for a named person tells that verdict (not 'Three years
    sought for X', not a question)."""
    doc = ctx.doc
    first = next(iter(doc.sents), None)
    if (
        first is None
        or first.end >= len(doc)
        or "\n" not in doc_text(doc)[first.start_char : doc[first.end].idx]
    ):
        return None
    line = span_text(first)
    match = TERM_RE.match(line.lstrip())
    if match is None or line.rstrip().endswith("?") or (months := term_months(match)) is None:
        return None
    offset = len(line) - len(line.lstrip()) + match.end()
    rest = _DURATION_FOR.match(line, offset)
    if rest is None:
        return None
    start = doc.char_span(first.start_char + rest.end(), first.end_char, alignment_mode="expand")
    if start is None:
        return None
    person = next((ctx.owner_at[t.i] for t in start[:6] if t.i in ctx.owner_at), None)
    if person is None or any(id(person) in {id(p) for p in f.persons} and f.term == months for f in findings):
        return None
    return Finding("sentence", doc[first.start], [person], term=months, date=None, confidence=0.7)


# where one part of a headline line ends: a semicolon, a spaced dash or bar, a colon
_HEADLINE_PART_END = re.compile(r";|\s[|\u2014\u2013-]\s|:")
_TERM_CLOSE = re.compile(
    r"\s*(?:(?:in|behind)\s+(?:prison|jail|bars|a\s+(?:penal\s+)?colony)\b)?\s*(?:for\b|over\b|$)",
    re.IGNORECASE,
)


def _name_colon_term(
    ctx: DocContext, findings: list[Finding], tokens: list[Token], line: str
) -> Finding | None:
    """'X: six years for a Facebook post', 'X: 10 years in prison over a song': a headline that
    opens with one person's name and gives a term right after the colon, closed by what it was
    for or by the prison (not 'X: ten years since the arrest', 'X: 10 years of exile')."""
    colon = line.find(":")
    if colon < 0:
        return None
    named = [ctx.owner_at[t.i] for t in tokens if t.idx < colon and t.i in ctx.owner_at]
    if not named or any(p is not named[0] for p in named) or tokens[0].i not in ctx.owner_at:
        return None
    rest = line[colon + 1 :]
    match = TERM_RE.match(rest.lstrip())
    if match is None or (months := term_months(match)) is None:
        return None
    if not _TERM_CLOSE.match(rest.lstrip(), match.end()):
        return None
    person = named[0]
    if any(person in f.persons and f.term == months for f in findings):
        return None
    return Finding("sentence", tokens[0], [person], term=months, date=None, confidence=0.7)


# headline verdict forms whose subject is the one sentenced ("X gets six years")
_RECIPIENT_FIRST = frozenset({"gets", "get", "got", "receives", "received"})


def headline_named_term(ctx: DocContext, findings: list[Finding]) -> Finding | None:
    """'Court sentences blogger X to 10 years', 'X handed 10 years in prison', 'X given six-year
    term': a headline line (no full stop) that names one person and states a verdict word and then
    a term tells that person's term, where the parser reads the headline's verb as a noun or its
    participle as active. Not a demand, risk or question ('Prosecutors seek 10 years for X', 'X
    faces 10 years'), nor the term of someone the name only owns or is the object of a
    preposition for ('X's lawyer jailed for 3 years', 'Lawyer for X jailed')."""
    doc = ctx.doc
    end = first_line_end(doc)
    line = doc_text(doc)[:end].rstrip()
    if end >= len(doc_text(doc)) or not line or line.endswith((".", "?", "!", ":")):
        return None  # no headline line of its own
    # (the line's tokens come first: the rest of the story is not walked)
    tokens = [t for t in takewhile(lambda t: t.idx < end, doc) if not t.is_space]
    words = [t for t in tokens if t.is_alpha]
    if not 3 <= len(words) <= 16 or not words[0].is_title and not words[0].is_upper:
        return None
    if any(t.lower_ in lexicon("headline_hedges") for t in words) or any(t.i in ctx.quoted for t in tokens):
        return None
    verb = next((t for t in tokens if t.lower_ in lexicon("headline_verdict_forms")), None)
    if verb is None:
        return _name_colon_term(ctx, findings, tokens, line)
    # (the verb's own part of the line: "X sentenced to death; husband given five years")
    stop = _HEADLINE_PART_END.search(line, verb.idx)
    match = TERM_RE.search(line, verb.idx + len(verb.text), stop.start() if stop else len(line))
    if match is None or is_approximate(line[: match.start()]) or (months := term_months(match)) is None:
        return None
    named = {id(p): p for t in tokens if (p := ctx.owner_at.get(t.i)) is not None}
    if len(named) != 1:
        return None
    person = next(iter(named.values()))
    mention = [t for t in tokens if ctx.owner_at.get(t.i) is person]
    first, last = mention[0], mention[-1]
    if first.i > 0 and doc[first.i - 1].pos_ == "ADP" and doc[first.i - 1].idx < end:
        return None  # "Lawyer for X jailed for three years"
    after = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if (
        after is not None
        and after.tag_ == "POS"
        and not any(t.lemma_.lower() in TERM_NOUNS for t in doc[after.i + 1 : min(after.i + 5, len(doc))])
    ):
        return None  # "X's lawyer jailed": the owner is not the one sentenced ("X's 10-year sentence" is)
    if match.start() < last.idx:
        return None  # the term before the name: `headline_duration_for` reads "Ten years for X"
    if (first.i < verb.i) != (
        verb.lower_ in _RECIPIENT_FIRST or verb.tag_ == "VBN" or verb.lower_.endswith("ed")
    ):
        return None  # "X gives six years of his life to ...": a name before an active verb gives
    if any(t.lower_ in ("who", "whom", "which", "that") for t in tokens):
        return None  # "X: judge who handed six years to protesters retires"
    # the verb in the name's own clause: right after the name (a comma at most) or a few words
    # before it with no stop between ("X freed; activist gets 5 years" is someone else's term)
    between = doc[last.i + 1 : verb.i] if first.i < verb.i else doc[verb.i + 1 : first.i]
    if (
        first.i < verb.i
        and not all(t.text == "," for t in between)
        or first.i > verb.i
        and (len(between) > 3 or any(t.is_punct for t in between))
    ):
        return None
    if any(person in f.persons and f.term == months for f in findings):
        return None
    return Finding("sentence", verb, [person], term=months, date=None, confidence=0.7)


_KIN_POSSESSORS = frozenset({"her", "his", "their"})


def kin_of_headline(ctx: DocContext, findings: list[Finding], patient_of) -> None:
    """'Pensioner jailed for a comment; her son detained at the border': a relative the headline
    tells of by a kin noun is the one the body names with it ('Her son, X, who ...')."""
    doc = ctx.doc
    end = first_line_end(doc)
    for f in findings:
        if f.persons or f.count is not None or f.trigger.idx >= end or f.trigger.i in ctx.quoted:
            continue
        patient = patient_of(f.trigger, f.type)
        if patient is None or patient.lemma_.lower() not in KIN_NOUNS:
            continue
        if not any(c.dep_ == "poss" and c.lower_ in _KIN_POSSESSORS for c in patient.children):
            continue
        kin = patient.lemma_.lower()
        for t in tokens_where(doc, "LEMMA", lambda lemma, kin=kin: lemma.lower() == kin):
            if t.idx < end or t.i in ctx.quoted:
                continue
            if not any(c.dep_ == "poss" and c.lower_ in _KIN_POSSESSORS for c in t.children):
                continue
            named = [ctx.owner_at[c.i] for c in t.children if c.dep_ == "appos" and c.i in ctx.owner_at]
            if len(named) == 1:
                f.persons = named
            break


_JAILING = frozenset({"jail", "imprison", "lock"})


def headline_remands(ctx: DocContext, findings: list[Finding]) -> None:
    """'Court jails two more protesters' over a story whose body tells the two were ordered held
    in pre-trial detention: a headline's "jails" covers a remand too, and the body says which.
    A headline sentence with a count and no term becomes the body's arrest of that count when
    the body tells no sentence of that count."""
    end = first_line_end(ctx.doc)
    body = [f for f in findings if f.trigger.idx > end and f.count is not None]
    for f in findings:
        if (
            f.type == "sentence"
            and f.count is not None
            and f.term is None
            and f.trigger.idx < end
            and f.trigger.lemma_ in _JAILING
            and any(g.type == "arrest" and g.count == f.count for g in body)
            and not any(g.type == "sentence" and g.count == f.count for g in body)
        ):
            f.type = "arrest"


__all__ = [
    "headline_named_term",
    "headline_predicate",
    "headline_remands",
    "headline_term",
    "headline_verb",
    "kin_of_headline",
    "misparsed_verb",
    "title_case_headline",
]
