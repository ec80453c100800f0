"""What every rule needs to know about one parsed document: who is who and what is quoted."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from vigil.extract.doctext import doc_text, text_lines
from vigil.extract.en.modality import SPEECH
from vigil.extract.en.persons import (
    CREDITED,
    KIN_NOUNS,
    PERSON_NOUNS,
    PRONOUNS,
    Person,
    PersonFinder,
    fold,
    resolve_pronoun,
)
from vigil.extract.en.triggers import clause_verb, lexicon
from vigil.extract.scan import tokens_in

_finder = PersonFinder()
_PRONOUN_FORMS = frozenset(PRONOUNS)  # (a constant word list: `tokens_in` keeps its ids)
# the marks of a clause of time whose subject pronoun names the governing clause's subject
_TIME_MARKS = frozenset({"until", "till", "before", "after", "when", "once", "since", "while"})
# the unnamed relatives who may bind a pronoun (by sex; None: either)
_RELATIVE_SEX: dict[str, str | None] = {
    "client": None, "son": "m", "husband": "m", "brother": "m", "father": "m",
    "daughter": "f", "wife": "f", "sister": "f", "mother": "f",
}  # fmt: skip
_AGED_NOUNS = {"woman": "f", "man": "m", "girl": "f", "boy": "m"}  # "the 67-year-old woman"


# verbs by which a named relative or counsel tells of the person they speak for
_TELLING = frozenset(
    {"say", "tell", "state", "add", "confirm", "report", "explain", "write", "claim", "recall"}
)


@dataclass
class DocContext:
    doc: Doc
    persons: list[Person]
    owner_at: dict[int, Person] = field(default_factory=dict)
    quoted: set[int] = field(default_factory=set)  # token indices inside direct speech
    # "I", "me" in an interview's answers and transcript turns: the one answering
    first_person: dict[int, Person] = field(default_factory=dict)
    # each pronoun's person, once found: the rules ask of the same pronoun many times, and names
    # and pronouns no longer change once the context is built
    _pronoun_person: dict[int, Person | None] = field(default_factory=dict, init=False, repr=False)

    @classmethod
    def build(cls, doc: Doc, finder: PersonFinder = _finder) -> DocContext:
        persons = finder(doc)
        credited = doc.user_data.get(CREDITED, ())  # a byline or a photo credit: no antecedent
        owner_at = {i: p for p in persons for s, e in p.mentions for i in range(s, e) if i not in credited}
        # pronouns are mentions too, resolved against name mentions only (no chains of guesses)
        for tok in tokens_in(doc, "LOWER", _PRONOUN_FORMS):
            person = resolve_pronoun(tok, persons, owner_at, chain=True)
            if person is not None:
                person.mentions.append((tok.i, tok.i + 1))
        for person in persons:
            person.mentions.sort()
        return cls(doc, persons, owner_at)

    def name_past_role(self, start: int, stop: int) -> int | None:
        """Where a name starts at `start` or right after lower-case role words before `stop`
        ("the poet C", "the teacher B"); None when another word comes first."""
        for k in range(start, stop):
            if k in self.owner_at:
                return k
            word = self.doc[k]
            if not (word.is_lower and word.is_alpha and word.pos_ in ("DET", "ADJ", "NOUN")):
                return None
        return None

    def person_at(self, tok: Token, *, pronouns: bool = True) -> Person | None:
        """The person a token names: part of a name, a resolved pronoun, or a role noun with
        the name in apposition ("his mother, Raisa Kuntsevich")."""
        if tok.i in self.owner_at:
            return self.owner_at[tok.i]
        if pronouns and tok.i in self.first_person:
            return self.first_person[tok.i]
        if pronouns and tok.lower_ in ("himself", "herself") and tok.dep_ == "appos":
            # "X's uncle, himself a lawyer, was detained": the set-off reflexive is its head
            return self.person_at(tok.head, pronouns=False)
        if pronouns and tok.lower_ in ("he", "him", "she", "her", "himself", "herself", "his"):
            if tok.i not in self._pronoun_person:
                found = (
                    self._cataphor(tok)
                    or self._subject_of_governing_clause(tok)
                    or resolve_pronoun(tok, self.persons, self.owner_at, chain=True)
                )
                if found is not None and self._their_relative(tok, found):
                    found = None
                if found is not None and (owner := self._possessor_of_named(tok, found)) is not None:
                    # (the possessive comes before the pronoun, so the chain ends; asked first or
                    # already cached, it names the same person: the answer is the order's to none)
                    found = self.person_at(owner) if owner.i < tok.i else None
                    if found is not None and self._possessor_of_named(tok, found) is not None:
                        found = None
                self._pronoun_person[tok.i] = found
            return self._pronoun_person[tok.i]
        relation = tok.lower_ in lexicon("relation_nouns")  # "Saddam deputy": the deputy is someone else
        for child in tok.children:
            if child.dep_ in ("appos", "compound") and child.i in self.owner_at:
                if relation and child.dep_ == "compound":
                    continue
                return self.owner_at[child.i]
        if tok.dep_ == "appos" and tok.head.i in self.owner_at and not source_named(tok.head):
            return self.owner_at[tok.head.i]
        if tok.lower_ == "one" and (named := self._set_off_after_one(tok)) is not None:
            return named
        is_role = tok.pos_ == "NOUN" and fold(tok.text) in PERSON_NOUNS
        if is_role:
            # "His co-defendant, Ho Thi Lan, 58, was convicted": the split "co - defendant" leaves
            # the name set off by commas hanging on the role under another label
            for child in tok.children:
                if (
                    child.i > tok.i
                    and child.i in self.owner_at
                    and child.dep_ in ("nsubj", "nsubjpass", "dep", "npadvmod")
                    and child.left_edge.i in (tok.i + 1, tok.i + 2)
                    and self.doc[tok.i + 1].text == ","
                ):
                    return self.owner_at[child.i]
            # "My cellmate in Navapolatsk, Dzianis Kulesh, is still there": the name set off after
            # the role's place is the role's apposition, though the parser hangs it on the place
            for prep in tok.children:
                if prep.dep_ != "prep" or prep.lower_ not in ("in", "from", "at"):
                    continue
                for place in prep.children:
                    if place.dep_ == "pobj" and place.pos_ == "PROPN" and place.i not in self.owner_at:
                        named = [a for a in place.children if a.dep_ == "appos" and a.i in self.owner_at]
                        if named and self.doc[named[0].left_edge.i - 1].text == ",":
                            return self.owner_at[named[0].i]
        # ("Co-defendant Wong Siu-fan was jailed": the capitalised role opening the sentence may be
        # tagged a verb whose object is the name)
        titled = is_role or tok.i == tok.sent.start and fold(tok.text) in PERSON_NOUNS
        if titled and tok.dep_ in ("nsubj", "nsubjpass") and tok.i + 1 in self.owner_at:
            # "The student Arnav Gupta was detained", parsed as two subjects: a title, not an anaphor
            return self.owner_at[tok.i + 1]
        # "The 41-year-old carpenter walked out ...": a definite description of the person just named
        if (
            pronouns
            and is_role
            and (tok.dep_ in ("nsubj", "nsubjpass") or _subject_read_as_root(tok))
            and any(c.lower_ == "the" and c.dep_ == "det" for c in tok.children)
            and not any(c.dep_ in ("poss", "prep") or _restrictive(c) for c in tok.children)
        ):
            # (the one person titled so before, "blogger X" in the headline, over her husband
            # named since)
            return self._unbound(tok, self._titled_as(tok)) or self._nearest_unbound(tok)
        # "A court jailed the teacher for six years": the object 'the teacher' is the one person the
        # text named with that role ("teacher X", "X, a teacher")
        if (
            pronouns
            and is_role
            and tok.dep_ in ("dobj", "nsubjpass")
            and any(c.lower_ == "the" and c.dep_ == "det" for c in tok.children)
            and not any(c.dep_ in ("poss", "prep", "amod") or _restrictive(c) for c in tok.children)
        ):
            titled_as = self._unbound(tok, self._titled_as(tok))
            if titled_as is not None:
                return titled_as
        # "The 67-year-old woman had spent two months in detention": an aged man or woman is the
        # person of that sex just named
        sex = _AGED_NOUNS.get(tok.lower_)
        if (
            pronouns
            and sex is not None
            and tok.dep_ in ("nsubj", "nsubjpass")
            and any(c.lower_ == "the" and c.dep_ == "det" for c in tok.children)
            and any(c.dep_ == "amod" and c.lower_ == "old" for c in tok.children)
        ):
            return self._unbound(
                tok, resolve_pronoun(tok, self.persons, self.owner_at, gender=sex), titled=False
            )
        if pronouns and _bare_age(tok):
            # "The 34-year-old was sentenced to six years": an age standing for a person is the one
            # just named, as a definite role noun is
            newcomer = self._unbound(tok, self._introduced_just_before(tok), titled=False)
            if newcomer is not None:
                return newcomer
            return self._unbound(
                tok, resolve_pronoun(tok, self.persons, self.owner_at, gender=None), titled=False
            )
        return None

    def _unbound(self, description: Token, person: Person | None, *, titled: bool = True) -> Person | None:
        """`person`, unless the description's own sentence names them as the one who tells of it
        ("Spokesperson X said the activist was arrested", "According to lawyer X, the student
        ..."): a definite description is never the speaker or source that reports it. One found
        only by nearness (`titled` False: not named with that role) is not a speaker last named
        as one either ("Spokesperson X said charges were filed. The activist was freed")."""
        if person is None:
            return None
        sent = description.sent
        before = [(s, e) for s, e in person.mentions if e <= description.i]
        for start, end in before:
            if start < sent.start:
                continue
            name = self.doc[end - 1]
            if source_named(name) or _reports_on(name, description):
                return None
        if not titled and before:
            last = self.doc[before[-1][1] - 1]
            speaks = last.dep_ == "nsubj" and last.head.lemma_ in SPEECH | _TELLING
            if source_named(last) or speaks and not _told_about(last.head):
                return None
            # ("Judge X spoke on Monday. The student was freed": one titled as an official or as
            # counsel is not the activist, student or blogger described)
            if self._titled_official(person):
                return None
        return person

    def apposition_read_as_subject(self, noun: Token) -> Token | None:
        """'A and B, the students arrested after the sit-in, were let go': the parser may read the
        names as the subject of a later verb and 'the students' as the subject of a relative
        clause without a relative word; the noun set off right after the names is their
        apposition, and names them."""
        verb = noun.head
        if (
            noun.dep_ not in ("nsubj", "nsubjpass")
            or noun.pos_ != "NOUN"
            or verb.dep_ not in ("relcl", "ccomp")
            or noun.i > verb.i
            or any(c.tag_ in ("WP", "WDT", "WP$") or c.lower_ == "that" for c in verb.children)
            or any(t.tag_ in ("WP", "WDT", "WP$") for t in noun.subtree)  # "X, whose son Y was ..."
        ):
            return None
        comma = noun.left_edge.i - 1
        if comma < 1 or self.doc[comma].text != "," or comma - 1 not in self.owner_at:
            return None
        if verb.dep_ == "relcl":
            return verb.head if verb.head.i in self.owner_at else None
        # (or the names as the subject of the verb that the clause is read as the object of:
        # "A and B [confirmed], the students arrested ..., were let go, ... confirmed")
        names = next((c for c in verb.head.children if c.dep_ == "nsubj" and c.i < noun.i), None)
        if names is None or names.i not in self.owner_at or names.right_edge.i != comma - 1:
            return None
        return names

    def _set_off_after_one(self, one: Token) -> Person | None:
        """'One of the men arrested after the protests, 52-year-old X, died in prison': the name
        set off at the end of the 'one of ...' phrase is its apposition, though the parser hangs
        it on (or reads it into) the phrase's last noun."""
        if not any(c.dep_ == "prep" and c.lower_ == "of" for c in one.children):
            return None
        doc, end = self.doc, one.right_edge.i
        if doc[end].text == ",":
            end -= 1
        found = self.name_ending(end, one.i)
        if found is None:
            return None
        person, start = found
        comma = next((t.i for t in reversed(doc[one.i : start]) if t.text == ","), None)
        # (between the comma and the name only its role and age: "nurse", "52-year-old")
        if comma is None or any(t.pos_ in ("ADP", "VERB", "AUX") for t in doc[comma + 1 : start]):
            return None
        return person

    def name_ending(self, end: int, after: int) -> tuple[Person, int] | None:
        """The person whose name ends at token `end` (after token `after`), with where that mention
        starts; or whose name is followed there by its own apposition set off by a comma ("...,
        X, a 19-year-old pupil from Y, was let go": the name before the role it is given)."""
        person = self.owner_at.get(end)
        if person is None:
            appos = self.doc[end]
            while appos.dep_ != "appos" and appos.head.i != appos.i and appos.head.i > after:
                appos = appos.head
            name = appos.head
            if (
                appos.dep_ != "appos"
                or appos.right_edge.i != end
                or name.i not in self.owner_at
                or self.doc[appos.left_edge.i - 1].text != ","
            ):
                return None
            end, person = name.i, self.owner_at[name.i]
        if end <= after:
            return None
        return person, next((s for s, e in person.mentions if s <= end < e), end)

    def kin_named_before(self, noun: Token) -> Person | None:
        """'... a photograph of her father, X. ... her father had died in prison': a possessed kin
        noun is the one relative named before by the same kin noun and possessor ("her father,
        X", "her father X")."""
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        if (
            owner is None
            or owner.lower_ not in ("his", "her", "their")
            or fold(noun.lemma_) not in KIN_NOUNS
            or noun.tag_ != "NN"
        ):
            return None
        whose = self.person_at(owner)
        found: list[Person] = []
        for earlier in tokens_in(self.doc, "LOWER", {noun.lower_}):
            if earlier.i >= noun.i:
                break
            poss = next((c for c in earlier.children if c.dep_ == "poss"), None)
            if poss is None or poss.lower_ != owner.lower_ or self.person_at(poss) is not whose:
                continue
            named = next(
                (c for c in earlier.children if c.dep_ in ("appos", "compound") and c.i in self.owner_at),
                None,
            )
            if named is None and earlier.i + 1 in self.owner_at:
                named = self.doc[earlier.i + 1]
            person = self.owner_at.get(named.i) if named is not None else None
            if person is not None and person not in found:
                found.append(person)
        if not found and whose is not None:
            found = self._kin_by_converse(noun, whose)
        return found[0] if len(found) == 1 else None

    def _kin_by_converse(self, noun: Token, whose: Person) -> list[Person]:
        """'X and his son Y ... His father received three years' (his = Y): Y was named as X's son,
        so Y's father is X (when X's sex fits the kin noun)."""
        converse, sex = _CONVERSE_KIN.get(fold(noun.lemma_), ((), None))
        found: list[Person] = []
        for earlier in tokens_in(self.doc, "LOWER", set(converse)):
            if earlier.i >= noun.i:
                break
            poss = next((c for c in earlier.children if c.dep_ == "poss"), None)
            named = next(
                (c for c in earlier.children if c.dep_ in ("appos", "compound") and c.i in self.owner_at),
                None,
            )
            if named is None and earlier.i + 1 in self.owner_at:
                named = self.doc[earlier.i + 1]
            if poss is None or named is None or self.owner_at.get(named.i) is not whose:
                continue
            person = self.person_at(poss)
            if (
                person is not None
                and person is not whose
                and person.gender in (sex, None)
                and person not in found
            ):
                found.append(person)
        return found

    def _introduced_just_before(self, description: Token) -> Person | None:
        """'... dedicated a song to the band's former bassist, Kiryl A., who is still inside. The
        29-year-old was sentenced to five years': an age standing for a person after a sentence
        of the same paragraph that names one person for the first time is that newcomer, however
        often the article named the sentence's subject (session 56, ctx: the pronoun resolver's
        salience gave it to the singer named throughout the article, not in the paragraph alone).
        None when that sentence introduces nobody or more than one person."""
        start = description.sent.start
        if start == 0 or "\n" in self.doc[start - 1].text_with_ws:
            return None  # (the description opens a paragraph: no sentence of its own before it)
        before = self.doc[start - 1].sent
        firsts = [(p, min((s for s, _ in p.mentions), default=-1)) for p in self.persons]
        newcomers = [p for p, first in firsts if before.start <= first < before.end]
        return newcomers[0] if len(newcomers) == 1 else None

    def _nearest_unbound(self, description: Token) -> Person | None:
        """The person nearest a definite description, passing over one who only tells of it ("The
        poet was arrested in June" after "..., lawyer Y told AFP": the one Y spoke of before). An
        official's or counsel's role ("The prosecutor was detained in 2019") names only one titled
        so, never the defendant just named (a former one may be: "the former Navy officer")."""
        if description.lemma_.lower() in _CASE_ROLES and not any(
            c.lower_ == "former" for c in description.children
        ):
            return None
        near = resolve_pronoun(description, self.persons, self.owner_at, gender=None)
        if near is None or self._unbound(description, near, titled=False) is not None:
            return near
        others = [p for p in self.persons if p is not near]
        owner_at = {i: p for i, p in self.owner_at.items() if p is not near}
        return self._unbound(
            description, resolve_pronoun(description, others, owner_at, gender=None), titled=False
        )

    def _titled_official(self, person: Person) -> bool:
        """'Police spokesperson X', 'X, a lawyer': named with the title of an official or counsel."""
        officials = lexicon("authority_roles") | lexicon("counsel_roles")
        for start, end in person.mentions:
            if start > 0 and self.doc[start - 1].lower_ in officials:
                return True
            if any(c.dep_ == "appos" and c.lemma_.lower() in officials for c in self.doc[end - 1].children):
                return True
        return False

    def _titled_as(self, role: Token) -> Person | None:
        """The one person named before `role` with that role word right before a mention or in
        apposition to it."""
        doc, lemma = self.doc, role.lemma_.lower()
        found: list[Person] = []
        for person in self.persons:
            for start, end in person.mentions:
                if start >= role.i or end - start < 2:
                    continue
                before = doc[start - 1] if start > 0 else None
                head = doc[end - 1]
                if (before is not None and before.lemma_.lower() == lemma) or any(
                    c.dep_ == "appos" and c.lemma_.lower() == lemma for c in head.children
                ):
                    if person not in found:
                        found.append(person)
                    break
        for person in self._named_by_role_before(role):
            if person not in found:
                found.append(person)
        return found[0] if len(found) == 1 else None

    def _named_by_role_before(self, role: Token) -> list[Person]:
        """The persons an earlier singular use of the same role noun names through its own
        apposition ("A 58-year-old retired nurse from Rechytsa, X, was among them ... The retired
        nurse was allowed to go home"): the name set off after the role (or after the role's
        place) hangs on the role, not the role on the name, so the mention test above misses it;
        `person_at` without pronouns reads exactly those appositions."""
        lemma = role.lemma_.lower()
        found: list[Person] = []
        for earlier in self.doc[: role.i]:
            if earlier.tag_ != "NN" or earlier.lemma_.lower() != lemma or earlier.i in self.owner_at:
                continue
            person = self.person_at(earlier, pronouns=False)
            if person is not None and person not in found:
                found.append(person)
        return found

    def _possessor_of_named(self, pronoun: Token, person: Person) -> Token | None:
        """'Her lawyer, X, said she was released', 'His brother, Y, said police took him': the
        person named as the relative or counsel of a pronoun of the same sex earlier in the
        sentence is not what the later pronoun names; that pronoun's own person is (returned is
        the possessive that names it)."""
        sex = PRONOUNS.get(pronoun.lower_)
        for start, end in person.mentions:
            if not pronoun.sent.start <= start < pronoun.i or end - start < 1:
                continue
            name = self.doc[end - 1]
            while name.dep_ in ("compound", "flat") and name.head.i >= end:
                name = name.head
            noun = name.head if name.dep_ == "appos" else None
            if noun is None or noun.i >= start:
                continue
            poss = next((c for c in noun.children if c.dep_ == "poss"), None)
            if poss is None or poss.lower_ not in ("his", "her") or PRONOUNS.get(poss.lower_) != sex:
                continue
            # only when the named one tells it ("Her lawyer, X, said she ..."), not when the clause
            # is about them ("His brother, X, has been missing since agents took him")
            verb = pronoun.head
            while verb.head.i != verb.i and verb.lemma_ not in _TELLING:
                verb = verb.head
            if verb.lemma_ in _TELLING and any(
                c.dep_ == "nsubj" and c.left_edge.i <= start <= c.right_edge.i for c in verb.children
            ):
                return poss
        return None

    def _their_relative(self, pronoun: Token, person: Person) -> bool:
        """'X told the court his client had deleted the page before his arrest', 'X said his son
        had lost his job before his arrest': the subject of the pronoun's clause is the unnamed
        client or son of the person the pronoun would name, and the pronoun is bound by it."""
        verb = clause_verb(pronoun.head)
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects and verb.dep_ == "conj":
            subjects = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects == [pronoun] and _time_clause(verb):
            # "Her client had been holding a flag when she was detained": a time clause's subject
            # pronoun is bound by the subject of the clause it tells the time of
            subjects = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if len(subjects) != 1 or subjects[0].i == pronoun.i:
            return False
        subject = subjects[0]
        sex = _RELATIVE_SEX.get(subject.lower_, "")
        if sex == "" or sex is not None and sex != PRONOUNS.get(pronoun.lower_):
            return False
        owner = next((c for c in subject.children if c.dep_ == "poss" and c.lower_ in ("his", "her")), None)
        if owner is None or owner.i >= pronoun.i or self.persons_in(subject, pronouns=False):
            return False
        return resolve_pronoun(owner, self.persons, self.owner_at, chain=True) is person

    def _subject_of_governing_clause(self, pronoun: Token) -> Person | None:
        """'X, who shared a cell with Y until he was freed', 'X worked beside Y before she was
        arrested': the subject of a clause of time names the subject of the clause it modifies,
        not a name in that clause's object or phrase."""
        if pronoun.lower_ not in ("he", "she") or pronoun.dep_ not in ("nsubj", "nsubjpass"):
            return None
        clause = pronoun.head
        if clause.dep_ != "advcl" or not any(
            c.dep_ == "mark" and c.lower_ in _TIME_MARKS for c in clause.children
        ):
            return None
        governing = clause.head
        subject = next((c for c in governing.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and subject.lower_ == "who" and governing.dep_ == "relcl":
            subject = governing.head
        if subject is None or subject.pos_ != "PROPN":
            return None
        person = self.person_at(subject, pronouns=False)
        gender = PRONOUNS.get(pronoun.lower_)
        return person if person is not None and person.gender in (gender, None) else None

    def _cataphor(self, pronoun: Token) -> Person | None:
        """'Minutes after he left the colony, X was re-arrested', 'After his release, X left':
        a pronoun in a clause or phrase put before the main subject looks ahead to that subject
        (a named person of the pronoun's gender)."""
        root = pronoun.sent.root
        if root.lemma_ in SPEECH:
            # "Since her release, X has been barred from travel, the guild said": the main clause is
            # the report put before its reporting verb
            told = [c for c in root.children if c.dep_ in ("ccomp", "advcl") and c.i < root.i]
            root = told[0] if len(told) == 1 else root
        # ("X was re-arrested": the tokenizer's "re" may head the clause, the subject on "was")
        heads = [root, *(c for c in root.children if c.pos_ == "AUX")]
        subjects = [c for h in heads for c in h.children if c.dep_ in ("nsubj", "nsubjpass")]
        # ("the cartoonist X": the parser may make both the role and the name subjects)
        subject = next((c for c in subjects if c.pos_ == "PROPN"), subjects[0] if subjects else None)
        if subject is None or subject.i < pronoun.i or subject.pos_ != "PROPN":
            return None  # "After she was freed, her lawyer, X, said": only a name as the subject
        anchors = {h.i for h in heads}
        phrase = pronoun
        while phrase.head.i not in anchors and phrase.head.i != phrase.i:
            phrase = phrase.head
        if (
            phrase.dep_ not in ("prep", "advcl", "npadvmod", "advmod")  # ("Ever since his arrest")
            or phrase.head.i not in anchors
            or phrase.i > subject.i
        ):
            return None
        person = self.person_at(subject, pronouns=False)
        gender = PRONOUNS.get(pronoun.lower_)
        return person if person is not None and person.gender in (gender, None) else None

    def _family_named(self, tok: Token) -> list[Person]:
        """'The Marchenkos were abducted in 2023': a surname in the plural after 'the' names the
        family members the story has named, when two or more of them bear it (one named alone
        says nothing of which others are meant)."""
        word = fold(tok.text)
        if (
            tok.pos_ != "PROPN"
            or not word.endswith("s")
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
        ):
            return []
        stems = {word[:-1], word[:-2]} if word.endswith("es") else {word[:-1]}
        family = [p for p in self.persons if p.surname in stems and p.mentions and p.mentions[0][0] < tok.i]
        return family if len(family) >= 2 else []

    def persons_in(self, tok: Token, *, pronouns: bool = True) -> list[Person]:
        """Persons named by the noun phrase headed by `tok`, its conjuncts and appositions."""
        found: list[Person] = []
        stack = [tok]
        seen: set[int] = set()
        while stack:
            t = stack.pop()
            if t.i in seen:
                continue
            seen.add(t.i)
            person = self.person_at(t, pronouns=pronouns)
            if person is not None and person not in found:
                found.append(person)
            if person is not None and self.owner_at.get(t.i) is person:
                # "Rustam X and Ilnur Y must serve ...", parsed with the given name as the subject
                # and the surname as its object: the conjuncts of any word of the name are its own
                stack.extend(w for s, e in person.mentions if s <= t.i < e for w in self.doc[s:e])
            if t is tok:
                found += [p for p in self._family_named(t) if p not in found]
            # "Saddam deputy", "Kremlin critic": a name modifying a relation noun is someone else
            relation = t.i not in self.owner_at and t.lower_ in lexicon("relation_nouns")
            # (person_at above skips the same compound)
            # "• Name, a pensioner, was sentenced ...": the parser may take a list item's bullet
            # for the subject and hang the name on it
            glyph = t.text in _BULLET_GLYPHS and t.i == t.sent.start
            if (named := self.apposition_read_as_subject(t)) is not None:
                stack.append(named)
            # ("a 17-year-old from Kurgan, X,": an age read as an adjective is the role too)
            role = t.tag_ == "NN" or t.lower_ == "old" and t.dep_ in ("dobj", "nsubj", "nsubjpass")
            if role and t.i not in self.owner_at and (named := self._set_off_after_place(t)):
                stack.append(named)
            for child in t.children:
                if glyph and child.dep_ == "prep":
                    # "• In Minsk, former engineer X was sentenced ...": the name set off after the
                    # opening place, which the parser hangs on the place under the glyph
                    stack.extend(g for g in child.children if g.dep_ == "pobj")
                if (
                    glyph
                    and child.dep_ in ("nsubj", "nsubjpass", "compound", "dep", "npadvmod")
                    or (
                        child.dep_ == "conj"
                        or child.dep_ == "appos"
                        and not _speaker_read_as_apposition(child)
                    )
                    # "her father, the newspaper editor X, was arrested": the parser may read the
                    # name right after the role as an adverbial noun of it
                    or (
                        child.dep_ in ("npadvmod", "dobj")  # ("teacher and poet X": X its object)
                        and child.i in self.owner_at
                        and child.left_edge.i == t.i + 1
                        and fold(t.text) in PERSON_NOUNS
                    )
                    or (
                        child.dep_ in ("compound", "amod")
                        and child.i in self.owner_at
                        and not relation
                        and (child.dep_ == "compound" or fold(t.text) in PERSON_NOUNS)
                    )
                ):
                    stack.append(child)
        return found

    def _set_off_after_place(self, role: Token) -> Token | None:
        """'another migrant from Sughd, X, was handed over': the name set off after the role's
        place, which the parser hangs on the place; it names the role. The place may hang on the
        verb right after its object ('jailed a student from Omsk, X, for five years')."""
        preps = list(role.children)
        if role.dep_ == "dobj":
            preps += [c for c in role.head.children if c.i == role.right_edge.i + 1]
        for prep in preps:
            if prep.dep_ != "prep" or prep.lower_ not in ("from", "of", "in"):
                continue
            for place in prep.children:
                if place.dep_ == "pobj" and place.i in self.owner_at and self._place_read_as_modifier(place):
                    return place  # "a student from Mazyr, X,": parsed as "from (Mazyr, X)"
                if place.dep_ != "pobj" or place.pos_ != "PROPN" or place.i in self.owner_at:
                    continue
                # (with a name in brackets after it the parser may read it as a conjunct: no "and")
                joined = any(c.dep_ == "cc" for c in place.children)
                for named in place.children:
                    if (
                        (named.dep_ == "appos" or named.dep_ == "conj" and not joined)
                        and named.i in self.owner_at
                        and named.left_edge.i > 0
                        and role.doc[named.left_edge.i - 1].text == ","
                    ):
                        return named
        return self._set_off_after_role_phrase(role) if fold(role.text) in PERSON_NOUNS else None

    def _place_read_as_modifier(self, name: Token) -> bool:
        """The place before a name set off by a comma, which the parser read as the name's
        modifier ('from Mazyr, Ihar Losau,')."""
        doc = name.doc
        starts = {s for s, e in self.owner_at[name.i].mentions if s <= name.i < e}
        return any(
            c.dep_ in ("nmod", "compound")
            and c.pos_ == "PROPN"
            and c.i not in self.owner_at
            and doc[c.i + 1].text == ","
            and c.i + 2 in starts
            for c in name.children
        )

    def _set_off_after_role_phrase(self, role: Token) -> Token | None:
        """'sentenced the former head of a union cell at the Azot plant, X, to six years': the name
        set off after a role noun's chain of phrases, which the parser hangs on the chain's last
        noun (a plant, a cell: no person); it names the role the chain starts from."""
        node = role
        for _ in range(4):
            nxt = next(
                (
                    g
                    for c in node.children
                    if c.dep_ == "prep" and c.lower_ in _ROLE_PHRASE_PREPS
                    for g in c.children
                    if g.dep_ == "pobj" and g.i not in self.owner_at and g.ent_type_ != "PERSON"
                ),
                None,
            )
            if nxt is None or fold(nxt.text) in PERSON_NOUNS or nxt.lower_ in lexicon("relation_nouns"):
                return None  # "the lawyer of the jailed blogger, X": X is the blogger
            named = next(
                (
                    c
                    for c in nxt.children
                    if c.dep_ == "appos"
                    and c.i in self.owner_at
                    and c.left_edge.i > 0
                    and role.doc[c.left_edge.i - 1].text == ","
                ),
                None,
            )
            if named is not None:
                return named
            node = nxt
        return None


# the phrases a role noun's description runs through: "the head of a cell at the plant"
_ROLE_PHRASE_PREPS = frozenset({"of", "at", "from", "in", "for"})

_BULLET_GLYPHS = frozenset("•·▪●*–—-")


# a kin noun -> the nouns that name the other side of the same tie, and the sex of its bearer
_CONVERSE_KIN: dict[str, tuple[tuple[str, ...], str | None]] = {
    "father": (("son", "daughter"), "m"),
    "mother": (("son", "daughter"), "f"),
    "son": (("father", "mother"), "m"),
    "daughter": (("father", "mother"), "f"),
    "husband": (("wife",), "m"),
    "wife": (("husband",), "f"),
}


def _time_clause(verb: Token) -> bool:
    """'... when she was detained', 'after he was freed': an adverbial clause of time."""
    return verb.dep_ == "advcl" and any(
        c.dep_ in ("mark", "advmod") and c.lower_ in _TIME_MARKS for c in verb.children
    )


def _speaker_read_as_apposition(appos: Token) -> bool:
    """'upheld the sentence of X, a councillor who ..., his lawyer Y said': the parser may hang the
    speaker on the name as an apposition and leave the closing speech verb without a subject."""
    end = appos.right_edge.i + 1
    if end >= len(appos.doc):
        return False
    verb = appos.doc[end]
    return (
        # (only the last one of a chain: "A, the group's treasurer, lawyer Y said" keeps A)
        not any(t.text == "," for t in appos.doc[appos.left_edge.i : end])
        and verb.lemma_ in SPEECH
        and verb.pos_ == "VERB"
        and verb.dep_ == "ROOT"
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    )


def source_named(name: Token) -> bool:
    """'According to (the lawyer) X, ...': the name is the source the clause is told by (the parser
    may still make it the clause's subject, with what follows its comma its apposition; 'According
    to her mother, Y, ...': the name set off after the source's role)."""
    if name.dep_ == "appos" and name.head.pos_ == "NOUN":
        name = name.head
    doc, i = name.doc, name.left_edge.i if name.dep_ == "pobj" else name.i
    while i > name.sent.start and (
        doc[i - 1].dep_ in ("compound", "det", "amod") or fold(doc[i - 1].text) in PERSON_NOUNS
    ):
        i -= 1
    return i >= 2 and doc[i - 1].lower_ == "to" and doc[i - 2].lower_ == "according"


def _reports_on(name: Token, description: Token) -> bool:
    """'X said / told reporters (that) the activist was arrested': the name is the subject of a
    speech verb whose reported clause holds the description."""
    verb = name.head
    if name.dep_ != "nsubj" or verb.lemma_ not in SPEECH | _TELLING:
        return False
    node = description
    while node.i != node.head.i and node.head.i != verb.i:
        node = node.head
    return node.head.i == verb.i and node.dep_ in ("ccomp", "parataxis")


def _told_about(verb: Token) -> bool:
    """'X wrote about the cotton harvest', 'X had spoken about torture', 'X writes for a Polish
    newspaper', 'X reported for Radio Svaboda': a verb of saying with a topic or an outlet and
    nothing said (no clause, no object) tells what the person did, not that they are the source
    of what follows."""
    return any(c.dep_ == "prep" and c.lower_ in ("about", "on", "for") for c in verb.children) and not any(
        c.dep_ in ("ccomp", "parataxis", "dobj", "xcomp") for c in verb.children
    )


def _bare_age(tok: Token) -> bool:
    """'The 34-year-old' as a subject or object ('a court jailed the 34-year-old'): an age with no
    noun after it ('old' heads the phrase)."""
    return (
        tok.lower_ == "old"
        and tok.dep_ in ("nsubj", "nsubjpass", "dobj")
        and any(c.lower_ == "the" and c.dep_ == "det" for c in tok.children)
        and any(c.lemma_ == "year" and any(n.dep_ == "nummod" for n in c.children) for c in tok.children)
    )


# who works a case or speaks for a side of it: never the defendant the story just named
_CASE_ROLES = frozenset(
    {"prosecutor", "judge", "investigator", "lawyer", "attorney", "counsel", "advocate", "barrister"}
    | {"spokesman", "spokeswoman", "spokesperson"}
)


def _restrictive(clause: Token) -> bool:
    """'the hacker who exposed X's emails': a relative clause set off by no comma tells which one
    is meant, so the noun introduces someone rather than referring back to the person just named."""
    return (
        clause.dep_ in ("relcl", "acl")
        and clause.i > clause.head.i
        and clause.doc[clause.head.i + 1].text != ","
    )


def _subject_read_as_root(noun: Token) -> bool:
    """'The 61-year-old engineer, jailed for four years in 2021, suffered from asthma': the parser
    may take the verb after a set-off participle for a second participle and make the noun that
    opens the sentence its root; the noun is still the sentence's subject."""
    return (
        noun.dep_ == "ROOT"
        and noun.left_edge.i == noun.sent.start
        and any(c.dep_ == "acl" and c.tag_ in ("VBN", "VBD") and c.i > noun.i + 1 for c in noun.children)
        and noun.doc[noun.i + 1].text == ","
    )


# a list item's opening: a dash, bullet or number
LIST_BULLET = re.compile(r"^\s*(?:[-•*–—·]|\d{1,2}[.)])\s+")
# "1:30 pm — ", "10:05 a.m. – ", "21:40 - ": a live blog's time stamp opens its entry (the parser
# would otherwise make "pm" the subject and the entry's real subject its apposition); with a colon
# in the time, a capital after it opens the entry without a dash too ("16:40 X walks free").
# Matched from a line's start: the sentence splitter cuts the stamp off, and a headline-style
# entry after it reads as a headline. Plain-text copy types the dash as two hyphens ("10:41 -- ").
TIME_STAMP = re.compile(
    r"\d{1,2}[:.]\d{2}(?: ?(?:[ap]m|[ap]\.m\.))?(?: \([^)\n]{1,20}\))? ?(?:--|[—–-]) "
    r"|\d{1,2}:\d{2}(?: ?(?:[ap]m|[ap]\.m\.))? (?=(?-i:[A-ZÀ-Þ]))",
    re.IGNORECASE,
)


def colon_lead_ins(ctx: DocContext) -> Iterator[tuple[Span, list[tuple[int, str]]]]:
    """Lines ending in a colon outside quotes ('Those freed include:', 'The terms were as
    follows:'), as spans, each with the non-blank lines after it (offset, text): the lead-ins
    of the lists the member and verdict rules read."""
    doc = ctx.doc
    lines = list(text_lines(doc_text(doc)))
    for k, (start, text) in enumerate(lines):
        if not text.rstrip().endswith(":"):
            continue
        lead = doc.char_span(start, start + len(text.rstrip()), alignment_mode="expand")
        # (a quoted charge in an earlier sentence of the line is no quote of the lead-in: "... of
        # "smuggling currency" ... The sentences were as follows:")
        if lead is None or any(t.i in ctx.quoted for t in lead[-1].sent if t.i >= lead.start):
            continue
        yield lead, lines[k + 1 :]


def inline_colon_lists(ctx: DocContext) -> Iterator[tuple[Span, list[tuple[int, str]]]]:
    """Lists run on in the lead-in's own line ('The sentences were: A, seven years; B, five
    years.'): the words before the colon as the lead-in, each semicolon-separated part after it as
    an item (offset, text), when there are at least two; the same shape `colon_lead_ins` gives."""
    doc = ctx.doc
    for start, text in text_lines(doc_text(doc)):
        colon = text.find(":")
        if colon < 0 or text.count(";") == 0 or not text[colon + 1 :].strip():
            continue
        lead = doc.char_span(start, start + colon + 1, alignment_mode="expand")
        if lead is None or any(t.i in ctx.quoted for t in lead):
            continue
        items: list[tuple[int, str]] = []
        at = start + colon + 1
        for part in text[colon + 1 :].split(";"):
            stripped = part.strip()
            if stripped:
                items.append((at + part.index(stripped), stripped))
            at += len(part) + 1
        if len(items) >= 2:
            yield lead, items
