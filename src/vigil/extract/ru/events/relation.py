"""How a named person relates to a trigger in the dependency parse (Russian): object, passive
subject, relative clause, the nearest agreeing name when the parse links none, and the names
that are no patient (a judge's, a kin's owner, a place named after someone)."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from vigil.extract.findings import Finding, Person
from vigil.extract.ru.events.clauses import (
    _accusative_read_as_subject,
    _inflected,
    _mention_last,
    _mention_start,
    _modifies,
    _named_after,
    _nominative_name,
    _postposed_subject,
    _relative_disagrees,
)
from vigil.extract.ru.events.words import (
    _DESCEND,
    _SUBJECT,
)
from vigil.extract.ru.lexicon import TriggerRule
from vigil.extract.ru.names import participle_forms
from vigil.extract.ru.numbers import (
    is_number,
)
from vigil.extract.ru.persons import PersonIndex, morph_gender
from vigil.extract.ru.quotes import QuoteFinding


def _capitalised_first_noun(x: Token) -> bool:
    """A word capitalised only because it opens its sentence («Адвоката X, который защищал Y,
    приговорили …», a Telegram item after its emoji): natasha tags it PROPN (and its NER may
    take it into the name), but when no person's mention holds it (the caller asks) it is the
    common noun it would be mid-sentence."""
    return (
        x.i == x.sent.start and x.pos_ in ("NOUN", "PROPN") and x.text[:1].isupper() and x.text[1:].islower()
    )


class RelationRules:
    """How a name relates to a trigger in the parse; a mixin of `EventFinder`, whose `lexicon`, `linear` and
    other rules its methods use."""

    @staticmethod
    def _subjects(t: Token) -> list[Token]:
        """The subjects of a verb, also of the first of conjoined verbs («похитил и убил»)."""
        own = [c for c in t.children if c.dep_ == "nsubj"]
        if not own and t.dep_ == "conj":
            own = [c for c in t.head.children if c.dep_ == "nsubj"]
        return own

    def _passive_agent(self, root: Token, t: Token, person: Person, index: PersonIndex) -> bool:
        """«помилован Лукашенко», «освобождена президентом Токаевым», «памілаваная Лукашэнкам»:
        a passive participle takes its patient as the subject and who acted in the instrumental.
        A name right after it (past a role noun in the instrumental at most), in the
        instrumental or in a form that does not decline, is the agent when the participle's
        subject already stands before it in the clause. In Belarusian the participle may agree
        with an oblique noun («дзевяць вязняў, памілаваных Аляксандрам Лукашэнкам, вывезлі»)."""
        oblique = (
            self.linear
            and t.is_lower
            and t.lower_.endswith(tuple(self.lexicon.sets.get("oblique_participle_endings", ())))
        )
        if not (self._passive_participle(t) or oblique):
            return False
        doc = t.doc
        start = _mention_start(root, person, index)
        if not t.i < start <= t.i + 3:
            return False
        gap = doc[t.i + 1 : start]
        endings = tuple(self.lexicon.sets["instrumental_endings"])
        if gap and not (all(x.is_alpha and x.is_lower for x in gap) and gap[0].lower_.endswith(endings)):
            return False
        if self.linear and any(self._word_in(x, "with_prepositions") for x in gap):
            return False  # «затрыманы разам з Ганнай С.»: a companion in the instrumental, no agent
        end = _mention_last(doc[start], person, index, t.sent.end)
        last = doc[end].lower_
        if last not in {w.lower() for w in person.tokens} and not last.endswith(endings):
            return False  # «задержан Сергея …»: an oblique case that is no agent's
        return self._subject_before(t, index)

    def _frees_the_held(self, t: Token) -> bool:
        """A release shares the object of a verb it is conjoined to only when that verb holds
        or acquits («оправдал и освободил», «задержали и отпустили»), not one of a summons
        («вызывали на допрос, но отпустили»: never held); other events share any verb's."""
        if self.label_of_lemma.get(t.lemma_.lower()) != "release":
            return True
        first = t.head
        return self.label_of_lemma.get(first.lemma_.lower()) is not None or first.lemma_.lower() in (
            self.lexicon.sets.get("acquit_verbs", ())
        )

    def _passive_participle(self, t: Token) -> bool:
        if self.linear:
            return t.is_lower and t.lower_.endswith(tuple(self.lexicon.sets["passive_endings"]))
        return "Pass" in t.morph.get("Voice") and "Part" in t.morph.get("VerbForm")

    def _subject_before(self, t: Token, index: PersonIndex) -> bool:
        """The participle's subject stands before it in its clause: a person named in the
        nominative, or a counted group («Трое активистов помилованы …»)."""
        doc = t.doc
        if not self.linear:
            up = t
            while up.dep_ == "conj" and up.head.i != up.i:
                up = up.head
            # (a feed's time stamp «14:05 — задержана X» is no subject, whatever the parser says)
            return any(
                c.dep_ in _SUBJECT and c.i < up.i and ":" not in c.text for c in (*t.children, *up.children)
            )
        for x in doc[t.sent.start : t.i]:
            person = index.person_at(x)
            if self._clause_break(t, x):
                continue
            if person is not None and not _inflected(x, person, index):
                return True
            if is_number(x, self.lexicon) and not x.like_num or self._word_in(x, "collective"):
                return True
        return False

    def _adjacent_participle(self, root: Token, t: Token) -> str | None:
        """«Саша Скочиленко, приговорённая …»: a participle right after the name, past only a
        comma, is said of it whatever the parser hung it on."""
        if "Part" not in t.morph.get("VerbForm") or t.i <= root.i:
            return None
        gap = t.doc[root.i + 1 : t.i]
        if all(x.text == "," or x.ent_type_ == "PER" for x in gap) and gap and gap[-1].text == ",":
            return "acl"
        # «Марины Зуевой — лидера профсоюза …, осуждённой на 10 лет»: a dashed apposition
        # between, with no name or verb of its own, when the participle's ending agrees with
        # the name in case and gender
        k = 0
        while k < len(gap) and gap[k].ent_type_ == "PER":
            k += 1  # the rest of the name
        words = list(gap[k:])
        if (
            self.linear
            or len(words) < 3
            or words[0].text not in ("—", "–")
            or words[-1].text != ","
            or any(
                x.pos_ in ("VERB", "AUX") or x.ent_type_ == "PER" or x.text in (",", ";", ":", "—", "–")
                for x in words[1:-1]
            )
        ):
            return None
        forms = {(c, g) for c in root.morph.get("Case") for g in root.morph.get("Gender")}
        return "acl" if forms & participle_forms(t.text) else None

    def _relation(self, root: Token, t: Token) -> str | None:
        """How the person whose name's head is `root` relates to trigger `t`: the dependency
        of the path's last step below `t`, or "acl" when `t` is a participle on the name."""
        if root.dep_ in ("acl", "acl:relcl") and root.head.i != t.i:
            return None  # «до того как М. Шапиро вступила …»: the name heads a clause of its own
        if any(c.dep_ == "case" and self._word_in(c, "era_prepositions") for c in root.children):
            return None  # «осуждённые ещё при Каримове»: whose rule it was, not who was sentenced
        if self._named_place(root.doc, root.left_edge.i):
            return None  # «в колонии имени Дзержинского»: whose name a place bears, not who is in it
        if (
            root.head.i == t.i
            and root.dep_ == "obj"
            and any(
                c.i != root.i and c.dep_ == "obj" and self._word_in(c, "relative_words") for c in t.children
            )
        ):
            return None  # «…, которых помиловал Лукашенко»: the relative is the object, the name the agent
        if self._agreeing_participle(root, t):
            return "acl"  # (before the walk up: a name in a noun's phrase is no participle's obstacle)
        relative = self._relative_role(root, t)
        if relative is not None:
            return relative
        if (
            t.dep_ == "conj"
            and root.dep_ in _SUBJECT
            and root.head.i == t.head.i
            and t.head.pos_ in ("VERB", "ADJ")
            and not any(c.dep_ in _SUBJECT for c in t.children)
        ):
            return root.dep_  # «Асия Биби была признана невиновной и освобождена»: one subject
        up = t
        while up.dep_ == "conj" and up.head.i != up.i:
            up = up.head
        if (
            up.dep_ in ("acl", "amod", "acl:relcl")
            and root.dep_ in _SUBJECT
            and self._predicate_of(up.head, root)
        ):
            return "acl"  # «Асия Биби стала первой женщиной, приговорённой к смерти»
        node = root
        while node.head.i != node.i:
            if node is not root and _own_clause_beside(node):
                return None  # «пятерых отпустили, а X и Y суд арестовал»: the names are the other verb's
            next_verb = _object_of_next_verb(node)
            if next_verb is not None:
                # «арестовал X, его жену Y отпустили»: the noun after a comma right before the
                # next verb is that verb's fronted object, not a second object of the first
                return "obj" if next_verb.i == t.i else None
            if node.head.i == t.i:
                return "obj" if _accusative_read_as_subject(node, t) else node.dep_
            up = node.head
            if (
                node is root
                and node.dep_ == "nmod"
                and up.pos_ == "NOUN"
                and up.is_lower
                and up.lemma_ != "тело"  # «обнаружили тело X»: the person found dead
                and self._modifier(node, up)
            ):
                break  # «сотрудницу штаба Навального»: whose office, not who was sentenced
            if (
                up.pos_ == "NOUN"
                and not up.ent_type_
                and node.dep_ == "nmod"
                and any(c.dep_ == "case" for c in up.children)
            ):
                return None  # «участников акции в поддержку Навального»: whose cause, not who
            if node.dep_ == "obj" and _object_of_first_conjunct(node, t) and self._frees_the_held(t):
                return "obj"  # «Операторов X и Y суд оправдал и освободил»: both verbs' object
            if node.dep_ not in _DESCEND and node.head.pos_ == "VERB":
                return self._adjacent_participle(root, t)
            if node.dep_ not in _DESCEND:
                node = node.head
                if node.pos_ == "VERB":
                    return self._adjacent_participle(root, t)
                if node.dep_ in ("acl", "acl:relcl") and node.i != t.i:
                    return (
                        None  # «признал виновным врача, лечившего Майкла Джексона»: the clause's own object
                    )
                continue
            node = node.head
        # participle or relative clause on the name: "Ольга Сергеенко, задержанная …"
        up = t
        while up.dep_ == "conj" and up.head.i != up.i:
            up = up.head
        if up.dep_ in ("acl", "amod", "acl:relcl") and root.sent == t.sent:
            head = up.head
            if up.dep_ == "acl:relcl" and _relative_disagrees(up, root):
                return None  # «X, …, журналистка Y, которую приговорили»: the parse hung it on X
            gender = set(root.morph.get("Gender"))
            if (
                up.dep_ == "acl"
                and "Part" in up.morph.get("VerbForm")
                and (
                    (up.lower_.endswith(("ый", "ий")) and gender == {"Fem"})
                    or (up.lower_.endswith(("ая", "яя", "ую")) and gender == {"Masc"})
                )
            ):
                return None  # «X, приговорённый …, и активистка Y»: the parse hung his participle on her
            if head.i == root.i or (
                root.head.i == head.i and root.dep_ in ("appos", "flat", "flat:name", "nmod")
            ):
                return "acl"
        return None

    def _agreeing_participle(self, root: Token, t: Token) -> str | None:
        """«соседка по отряду Елена Стасевич, осуждённая на шесть лет»: a participle right after
        the name, past only a comma, whose ending agrees with the name in case and gender, is said
        of it even when the parser hung both on a noun before (not «мать X, задержанная …»)."""
        if "Part" not in t.morph.get("VerbForm") or t.i <= root.i or root.sent != t.sent:
            return None
        gap = t.doc[root.i + 1 : t.i]
        if not gap or gap[-1].text != "," or not all(x.ent_type_ == "PER" for x in gap[:-1]):
            return None
        forms = {(c, g) for c in root.morph.get("Case") for g in root.morph.get("Gender")}
        return "acl" if forms & participle_forms(t.text) else None

    def _named_place(self, doc: Doc, start: int) -> bool:
        """The name at `start` is what a place is named after: it follows «имени», or a street
        word («на улице Карла Маркса», «проспект Мира»; words.json `street_nouns`), so the
        events of the people held there are not the namesake's."""
        if _named_after(doc, start):
            return True
        if start == 0:
            return False
        if doc[start].is_sent_start:
            return False  # «…жили на соседней улице. Эскендер К. …»: a new sentence, not a street's name
        before = doc[start - 1]
        if before.text == "." and start > 1:
            before = doc[start - 2]  # «ул. Ленина»
        return before.is_lower and self._word_in(before, "street_nouns")

    def _relative_role(self, root: Token, t: Token) -> str | None:
        """The name is the antecedent of the relative clause the trigger is in, or of the clause
        the trigger is conjoined to («X, который дружил с Y и вышел на свободу», «X, которого
        задержали в мае и отпустили»): the role of «который» is the name's, whatever names,
        dates and places stand between (the walk up from a name that is its own verb's
        subject never reaches the clause). «который» as the object is the patient ("acl");
        as the subject, "relative": the caller makes it the agent of an active trigger and
        the patient of a passive or intransitive one."""
        if self.linear or root.sent != t.sent:
            return None
        up = t
        own = next((c for c in t.children if c.lemma_ == "который"), None)
        while own is None and up.dep_ == "conj" and up.head.i != up.i:
            if any(c.dep_ in ("nsubj", "nsubj:pass", "obj") for c in up.children):
                return None  # the conjoined verb has a subject or object of its own
            up = up.head
            own = next((c for c in up.children if c.lemma_ == "который"), None)
        if own is None:
            own = self._relative_before(t)
            if own is None:
                return None
            up = own.head
        while up.dep_ == "conj" and up.head.i != up.i:
            up = up.head
        if up.dep_ != "acl:relcl":
            return self._misparsed_relative(root, own)
        head = up.head
        if not (head.i == root.i or (root.head.i == head.i and root.dep_ in ("appos", "flat", "flat:name"))):
            return self._misparsed_relative(root, own)
        if _relative_disagrees(up, root) or own.dep_ not in ("nsubj", "nsubj:pass", "obj"):
            return None
        case = own.morph.get("Case")
        if own.dep_ == "nsubj" and (not case or "Nom" in case):
            return "relative"
        return "acl"  # (a «которого» the parser called the subject is the object by its case)

    @staticmethod
    def _misparsed_relative(root: Token, own: Token) -> str | None:
        """«Среди них — X из Y, которого освободили в марте: …»: the parser hung the relative
        clause elsewhere (as a parataxis of the sentence), but «, который» stands right after
        the name's own phrase (the name and its «из Y», no punctuation or verb between) and
        agrees with it: the clause is still the name's. The phrase may hold a common-noun
        apposition set off by commas («X, владимирский фотограф, которому …»), and «которому /
        которой» in the dative is the recipient of a verb that gives a term («которому в 2023 году
        дали три года»: "iobj", the patient of «дать», «присудить», «назначить»; the trigger still
        needs its term)."""
        doc = root.doc
        comma = own.i - 1
        if comma <= root.i or doc[comma].text != "," or root.dep_ == "nmod" or comma - root.i > 6:
            return None
        case = own.morph.get("Case")
        recipient = own.dep_ == "iobj" and "Dat" in case  # «которому дали три года»
        if "Sing" not in own.morph.get("Number"):
            return None
        if own.dep_ not in ("nsubj", "nsubj:pass", "obj") and not recipient:
            return None
        own_gender, gender = set(own.morph.get("Gender")), set(root.morph.get("Gender"))
        if own_gender and gender and not own_gender & gender:
            return None
        phrase = {x.i for x in root.subtree}
        between = doc[root.i + 1 : comma]
        if any(
            x.i not in phrase or x.is_punct and not _apposition_comma(x, root) or x.pos_ in ("VERB", "AUX")
            for x in between
        ):
            return None
        if recipient:
            return "iobj"
        return "relative" if own.dep_ == "nsubj" and (not case or "Nom" in case) else "acl"

    @staticmethod
    def _across_semicolon(root: Token, t: Token) -> bool:
        """A semicolon parts the name from the trigger and the name's part of the sentence has a
        finite verb of its own: two clauses, whatever the parser hung across it (not a list
        «Помилованы: X; Y»)."""
        doc = t.doc
        lo, hi = sorted((root.i, t.i))
        stops = [x.i for x in doc[lo + 1 : hi] if x.text == ";"]
        if not stops:
            return False
        before = [x.lower_ for x in doc[max(t.sent.start, root.i - 3) : root.i]]
        if before in (["из", "них", ","], ["из", "них", "—"]):
            return False  # «…; одного из них, X, позже освободили»: a member of the group told before
        if "Part" in t.morph.get("VerbForm"):
            own = max([t.sent.start - 1, *(x.i for x in doc[t.sent.start : t.i] if x.text == ";")]) + 1
            if any(x.ent_type_ == "PER" for x in doc[own : t.i]):
                # «X из Гродно, осуждённый на 4 года; студент Y, отбывший 2 года»: a participle
                # after a name within its part of a semicolon list is that name's alone
                return True
        start, end = (t.sent.start, stops[0]) if root.i < t.i else (stops[-1] + 1, t.sent.end)
        for k in range(start, end):
            if doc[k].text == ";":
                start = k + 1
        return any(
            x.i != t.i and x.pos_ in ("VERB", "AUX") and "Fin" in x.morph.get("VerbForm")
            for x in doc[start:end]
        )

    @staticmethod
    def _relative_patient(t: Token, clause: Token, passive: bool) -> bool:
        """«который» of the relative clause `clause` (on `t` or the verb `t` is conjoined to) is
        the trigger's patient: its object, or its subject when the trigger is passive or
        intransitive (not «полицейские, которые задержали X»)."""
        own = next((c for c in t.children if c.lemma_ == "который"), None)
        if own is None and not any(c.dep_ in ("nsubj", "nsubj:pass", "obj") for c in t.children):
            own = next((c for c in clause.children if c.lemma_ == "который"), None)
        if own is None:
            return False
        case = own.morph.get("Case")
        if own.dep_ in ("obj", "nsubj:pass") or (own.dep_ == "nsubj" and case and "Nom" not in case):
            return True
        return own.dep_ == "nsubj" and passive

    def _relative_before(self, t: Token) -> Token | None:
        """«X, который отбывал срок в одной колонии с Y и был освобождён …»: a trigger after
        «и» (and an auxiliary) with no comma back to «, который» is the relative clause's
        second verb, however the parser hung it (often as the sentence's root)."""
        if any(c.dep_ in ("nsubj", "nsubj:pass", "obj") for c in t.children):
            return None
        doc = t.doc
        k = t.i - 1
        while k > t.sent.start and doc[k].pos_ == "AUX":
            k -= 1
        if doc[k].lower_ != "и":
            return None
        for x in reversed(doc[t.sent.start : k]):
            if x.text in (",", ";", ":", "—", "–", "(", ")") or x.pos_ == "CCONJ" and x.lower_ != "и":
                return None
            if x.lemma_ == "который":
                before = doc[x.i - 1] if x.i > t.sent.start else None
                if before is None or before.text != "," or x.head.i == t.i:
                    return None
                return x
        return None

    def _predicate_of(self, noun: Token, subject: Token) -> bool:
        """`noun` is what the copula says `subject` is: «X стала первой женщиной», «X была
        первой женщиной» (the noun heads the clause with «была» as its copula)."""
        if noun.dep_ in ("xcomp", "obl") and noun.head.i == subject.head.i:
            return self._word_in(noun.head, "predicate_verbs")
        return subject.head.i == noun.i and any(c.dep_ == "cop" for c in noun.children)

    @staticmethod
    def _modifier(name: Token, noun: Token) -> bool:
        """A name hung on a common noun as its genitive modifier: the noun is a thing
        («штаба Навального») or the name is genitive where the noun is not («соратника
        Навального»); a name in the noun's own case is an apposition the parser mislabelled."""
        if "Inan" in noun.morph.get("Animacy"):
            return True
        case, noun_case = set(name.morph.get("Case")), set(noun.morph.get("Case"))
        return "Gen" in case and bool(noun_case) and "Gen" not in noun_case

    def _nearest(
        self,
        t: Token,
        rule: TriggerRule,
        finding: Finding,
        index: PersonIndex,
        quotes: Sequence[QuoteFinding],
    ) -> None:
        """When the parse links no patient, the closest person in the sentence that agrees
        with the trigger in gender and whose case fits its role (nominative for a passive or
        intransitive, oblique for an active verb's object). natasha's parser often hangs a
        participle on the wrong noun; agreement is the more reliable cue."""
        gender = morph_gender(t)
        if t.pos_ == "NOUN" and t.lemma_ == t.lower_:
            gender = None  # «приговор» is masculine as a word, not in agreement with anyone
        plural = "Plur" in t.morph.get("Number")
        passive = "Pass" in t.morph.get("Voice") or rule.patient == "subject"
        participle = "Part" in t.morph.get("VerbForm") or (
            t.pos_ in ("ADJ", "NOUN") and bool(t.morph.get("Case"))
        )
        in_quote = [(q.start, q.end) for q in quotes]
        # «приговорил преступника к …»: a common noun stands in the object's place; only a
        # name in that noun's case can be who it means (not the victim's dative beside it)
        described_noun = next(
            (
                c
                for c in t.children
                if c.dep_ == "obj"
                and (
                    c.pos_ == "NOUN"
                    and c.is_lower
                    or _capitalised_first_noun(c)
                    and index.person_at(c) is None
                )
                and c.morph.get("Case")
                and "Anim" in c.morph.get("Animacy")
            ),
            None,
        )
        described = set(described_noun.morph.get("Case")) if described_noun is not None else None
        if passive and not self.linear and _postposed_subject(t, index) is not None:
            return  # «…, где отбывает восемь лет её подзащитный»: the clause's own subject, unnamed
        best: tuple[int, Person] | None = None
        for root, person in index.mention_roots():
            if root.sent != t.sent or (plural and (passive or participle)):
                continue  # an impersonal «помиловали» takes a single object; a plural participle does not
            if any(a <= root.idx < b for a, b in in_quote) != any(a <= t.idx < b for a, b in in_quote):
                continue
            if gender and person.gender and person.gender != gender and (passive or participle):
                continue  # an active verb agrees with its agent («суд назначил … Анне»), not its object
            case = root.morph.get("Case")
            nominative = not case or case == ["Nom"]
            if passive and not nominative and _nominative_name(root, person):
                # «вышел на свободу Февзи Мустафаев, отбывший …»: an unknown first name read as Gen
                nominative, case = True, ["Nom"]
            if participle and "Short" not in t.morph.get("Variant") and t.morph.get("Case"):
                # a full participle agrees in case with its noun
                if case and t.morph.get("Case") != case and root.i < t.i:
                    continue
            elif passive and not nominative or not passive and nominative:
                continue
            if described and not passive and not described & {*case, *(["Acc"] if "Gen" in case else [])}:
                continue
            if described_noun is not None and _modifies(root, described_noun):
                continue  # «врача, лечившего Майкла Джексона»: a name inside the described noun's phrase
            blocks = self._between_blocks(t, root, index, described if not passive else None)
            if blocks or self._possessor(root, index):
                continue
            start = _mention_start(root, person, index)
            if any(self._word_in(x, "according") for x in t.doc[max(t.sent.start, start - 2) : start]):
                continue  # «По словам Омарова, ему не разрешили … и держали»: who tells, not whom
            if self._named_place(t.doc, start):
                continue  # «в полку имени Кадырова», «на улице Карла Маркса»: whose name a place bears
            if start > t.sent.start and self._word_in(t.doc[start - 1], "about"):
                continue  # «дал шесть лет мундепу за слова о Буче»: what was spoken of, not whom
            if self._agent_role(root, index) or self._passive_agent(root, t, person, index):
                continue
            if self._clause_break(t, root):
                continue
            distance = abs(root.i - t.i) + (0 if root.i < t.i or not participle else 2)
            if best is None or distance < best[0]:
                best = (distance, person)
        if best is not None and best[0] <= 25:
            finding.persons.append(best[1])

    def _relative_of_other_gender(self, noun: Token, gender: str) -> bool:
        """A kin noun of one sex (муж, брат; жонка, сястра) cannot stand in apposition to a
        name of the other: the name is whose relative it is."""
        other = "male_relatives" if gender == "fem" else "female_relatives"
        return noun.lower_ in self.lexicon.sets.get(other, ())

    def _possessor(self, root: Token, index: PersonIndex, *, past_role: bool = False) -> bool:
        """«брат Абдуллаева», «сябра Шыбута»: a name right after a kin, friend or lawyer noun
        is whose relative it is; the event is the relative's, who is not named. With
        `past_role` (Belarusian, a verb of death: «Бацька X памёр», «Маці палітвязня X
        памерла»), the name's own ending tells its case and a role noun may stand between."""
        person = index.person_at(root)
        start = _mention_start(root, person, index)
        if start == 0:
            return False
        prev, skipped = self._past_descriptors(root.doc[start - 1], start)
        if past_role and self.linear and person is not None and _inflected(root, person, index):
            prev, skipped = self._kin_before_role(prev, start)
        case = root.morph.get("Case")
        end = _mention_last(root, person, index)
        nxt = index.person_at(root.doc[end + 1]) if end + 1 < len(root.doc) else None
        if self._word_in(prev, "relation_forms") and nxt is not None and nxt is not person:
            return prev.is_lower  # «сябру Статкевіча Уладзіміру Ламаносаву»: the next name is the friend
        first = root.doc[start].lower_
        if first.endswith(tuple(self.lexicon.sets.get("accusative_name_endings", ()))):
            return False  # «адвоката Лусию Эрнандес»: a first name in -у/-ю is no genitive
        if person is not None and person.gender and self._relative_of_other_gender(prev, person.gender):
            return True  # «Муж Аўсянік», «жена Петрова»: a man's kin noun before a woman's name is hers
        nominative = (
            not _inflected(root, person, index) if past_role and self.linear and person is not None else None
        )  # (Belarusian: the tagger's case is a guess, the name's own ending tells it)
        if nominative is None:
            nominative = person is not None and _nominative_name(root, person)
        if not self._word_in(prev, "possessors") or nominative:
            # «адвокат Фаррух Назаров»: a surname in the nominative makes the whole name one
            # (natasha may read an unknown first name as a genitive)
            return False
        owner = self._pronoun_before(prev) if not skipped and prev.i > 0 else None
        if owner is not None and (
            owner.lower_ in self.lexicon.all_pronouns
            or owner.lemma_.lower() in self.lexicon.sets.get("possessive_dets", ())
        ):
            return False  # «яе муж Аляксандр Гнаўк», «его адвокат Иван Павлов»: the relative himself
        if not self.linear and case and "Gen" not in case and not skipped:
            return False  # «её мужу Илье Мартыненко» is the husband himself
        return prev.is_lower or prev.is_sent_start

    def _pronoun_before(self, noun: Token) -> Token:
        """The word before a kin noun, past (Belarusian) an age told as an adjective: «яе
        19-гадовага сына X» is her son himself, as «яе сына X» is; and past a kin noun joined by
        «і»: «яго сябра і калегу X» is his friend and colleague X."""
        k = noun.i - 1
        if self.linear:
            if (
                k - 2 >= noun.sent.start
                and noun.doc[k].lower_ in ("і", "й", "ды")
                and self._word_in(noun.doc[k - 1], "relation_forms")
            ):
                k -= 2
            ages = tuple(self.lexicon.terms.get("compound_suffix", ()))
            while k > noun.sent.start and k >= noun.i - 3:
                x = noun.doc[k]
                if not (
                    x.like_num
                    or x.text in ("-", "–")
                    or (x.is_lower and x.lower_.endswith(ages))
                    # «майго малодшага брата X», «яе старэйшую сястру X»: a kin adjective
                    or (
                        x.is_lower and x.lower_.startswith(tuple(self.lexicon.sets.get("kin_adjectives", ())))
                    )
                ):
                    break
                k -= 1
        else:
            # «нашего двоюродного брата X», «её младшего сына X»: past up to two adjectives
            while (
                k > noun.sent.start
                and k >= noun.i - 2
                and noun.doc[k].is_lower
                and (noun.doc[k].pos_ == "ADJ" or noun.doc[k].dep_ == "amod")
            ):
                k -= 1
        return noun.doc[k]

    def _past_descriptors(self, prev: Token, start: int, keep: int | None = None) -> tuple[Token, bool]:
        """«мать (известного) политзаключённого Игоря Суханова»: up to three lower-case genitive
        words before a name (not `keep`, the event's own participle) describe the name; the
        word before them is the noun whose owner the name may be. Whether any was skipped."""
        skipped = False
        while (
            not self.linear
            and prev.is_lower
            and prev.i != keep
            and prev.pos_ in ("NOUN", "ADJ", "VERB", "DET")
            and (
                {"Gen", "Acc"} & set(prev.morph.get("Case"))  # animate: one form for both
                or (len(prev) > 4 and prev.lower_.endswith(("ого", "его")))  # (tagged a finite verb)
            )
            and not self._word_in(prev, "possessors")
            and prev.i > prev.sent.start
            and prev.i > start - 4
        ):
            prev = prev.doc[prev.i - 1]
            skipped = True
        return prev, skipped

    def _kin_before_role(self, prev: Token, start: int) -> tuple[Token, bool]:
        """Belarusian «Маці палітвязня Міхася X»: up to two lower-case words that are no verb
        between a kin noun and a name not in the nominative describe the name; the kin noun
        before them is whose relative the name is. `prev` stays when no kin noun is found."""
        doc = prev.doc
        at = prev
        for _ in range(2):
            if at.like_num or at.lower_ in self.lexicon.numbers:
                break  # «бацьку траіх дзяцей X»: the kin noun's own owner is counted, X is the father
            if (
                at.i <= at.sent.start
                or not (at.is_lower and at.is_alpha and len(at) > 3)  # («сябра і калегу X»: no «і»)
                or self._verb(at)
                or self._word_in(at, "possessors")
                or self._word_in(at, "relation_forms")
            ):
                break
            at = doc[at.i - 1]
            if self._word_in(at, "possessors") and at.i < start - 1:
                return at, True
        return prev, False

    def _agent_role(self, root: Token, index: PersonIndex) -> bool:
        """«судья Алег Ціханчук», «прокурор Иван Сидоров»: a name after the title of a judge,
        prosecutor or investigator is the one who acts, never the one detained or sentenced."""
        person = index.person_at(root)
        start = _mention_start(root, person, index)
        if start > 0 and self._word_in(root.doc[start - 1], "agent_roles"):
            return True
        if not self.linear:
            return False
        # «суддзя суда Кастрычніцкага раёна Гомеля X абвясціў прысуд»: the court's name between the
        # title and the name, words with no verb, stop or other name among them
        doc = root.doc
        courts = self.lexicon.sets.get("court_nouns", ())
        for k in range(start - 2, max(root.sent.start, start - 7) - 1, -1):
            x = doc[k + 1]
            if not x.is_alpha or self._verb(x) or index.person_at(x) is not None:
                return False
            if self._word_in(doc[k], "agent_roles"):
                return any(y.lower_ in courts for y in doc[k + 1 : start])
        return False

    def _only_agent(self, person: Person, index: PersonIndex) -> bool:
        """Every mention of the person follows a judge's, prosecutor's or investigator's title."""
        doc = index.doc
        return bool(person.mentions) and all(
            start > 0 and self._word_in(doc[start - 1], "agent_roles") for start, _ in person.mentions
        )

    def _clause_break(self, t: Token, root: Token, index: PersonIndex | None = None) -> bool:
        """«Пяцёра высланы, а Васіль Пархімовіч адмовіўся»: a comma and a contrastive
        conjunction («а», «но», «але») open a new clause, unless «а также» joins a list."""
        lo, hi = sorted((t.i, root.i))
        doc = t.doc
        for x in doc[lo + 1 : hi]:
            if x.text == "," and x.i + 1 < hi and self._word_in(doc[x.i + 1], "complementizers"):
                if self._relative_that(x, root, index):
                    continue
                return True  # «X заявіў, што Y асудзілі»: X speaks in the main clause
            if x.text == "," and x.i + 1 < hi and self._word_in(doc[x.i + 1], "contrast"):
                nxt = doc[x.i + 2] if x.i + 2 < len(doc) else None
                if nxt is None or not self._word_in(nxt, "contrast_keep"):
                    return True
            if self.linear and root.i < t.i and x.text == "," and self._own_subordinate(x, root, t, index):
                return True
        return False

    def _own_subordinate(self, comma: Token, root: Token, t: Token, index: PersonIndex | None) -> bool:
        """«X жыве так чацвёрты год, з таго часу як яе мужа Y забралі»: (Belarusian) a name with a
        verb of its own before a comma, and the trigger in the clause of time or cause after it
        (`subordinators`) that names someone else: the trigger is that one's, not the name's."""
        doc = t.doc
        if index is None or not any(
            self._word_in(y, "subordinators") for y in doc[comma.i + 1 : min(comma.i + 5, t.i)]
        ):
            return False
        own = index.person_at(root)
        finite = tuple(self.lexicon.sets.get("finite_endings", ()))
        if not any(y.is_lower and y.lower_.endswith(finite) for y in doc[root.i + 1 : comma.i]):
            return False  # («X, калі Y затрымалі, таксама была затрыманая»: X's verb comes after)
        return any(index.person_at(y) not in (None, own) for y in doc[comma.i + 1 : t.i])

    def _relative_that(self, comma: Token, root: Token, index: PersonIndex | None) -> bool:
        """«X, што адбывае чатыры гады»: a «што» right after the name it follows is that name's
        relative word (Belarusian «які»), not a complementizer of someone's speech."""
        if not self.linear or index is None or root.i > comma.i or comma.i + 1 >= len(comma.doc):
            return False
        before = index.person_at(comma.doc[comma.i - 1])
        return (
            before is not None
            and before is index.person_at(root)
            and self._word_in(comma.doc[comma.i + 1], "relative_that")
        )

    def _stays(self, t: Token, root: Token, person: Person, index: PersonIndex) -> bool:
        """«Y праз тры дні вызвалілі, X застаецца ў ізалятары»: past a comma, a name with its
        own verb of staying is in its own clause when the trigger's clause names someone else
        (not «Затрыманы ў маі, X застаецца ў СІЗА», where the participle is X's)."""
        remain = self.lexicon.sets.get("remain", ())
        doc = t.doc
        lo, hi = sorted((t.i, root.i))
        commas = [x.i for x in doc[lo + 1 : hi] if x.text == ","]
        if not remain or not commas:
            return False
        k = root.i + 1
        while k < len(doc) and index.person_at(doc[k]) is person:
            k += 1
        if k >= len(doc) or doc[k].lower_ not in remain or lo < k < hi:
            return False
        own = range(t.sent.start, commas[0]) if t.i < root.i else range(commas[-1] + 1, t.sent.end)
        return any(index.person_at(doc[i]) not in (None, person) for i in own)

    def _reporter_after(self, root: Token, t: Token) -> bool:
        """The name after the trigger follows a comma and a verb of speech («они вышли из
        изолятора, сообщила «Настоящему времени» адвокат X»): an attribution that tells who
        reports the event, not whom it befell (the parse may hang the speaker on the trigger)."""
        doc = t.doc
        for k in range(t.i + 1, root.i - 1):
            if doc[k].text == "," and doc[k + 1].pos_ == "VERB" and self._word_in(doc[k + 1], "speech"):
                return True
        return False

    def _complement_between(self, root: Token, t: Token) -> bool:
        """A comma and a complementizer («, что», «, што») lie between a name and the trigger
        after it: the trigger is in a clause the name's verb reports."""
        doc = t.doc
        for x in doc[root.i + 1 : t.i - 1]:
            word = doc[x.i + 1]
            if x.text == "," and self._word_in(word, "complementizers"):
                clause = word.head if word.head.i != word.i else word
                if clause.i == t.i or t in clause.subtree:
                    return True  # not «X, как сообщили, что удивило всех, был задержан»
        return False

    def _between_blocks(
        self, t: Token, root: Token, index: PersonIndex, cases: set[str] | None = None
    ) -> bool:
        """Another person or a sentence-internal colon/semicolon lies between them; with `cases`,
        only a person named in one of those cases blocks (a victim's dative does not stand
        between «признал X виновным в смерти Y» and «приговорил преступника»)."""
        lo, hi = sorted((t.i, root.i))
        for x in t.doc[lo + 1 : hi]:
            if x.text in (";", ":"):
                return True
            other = index.person_at(x)
            if other is not None and other is not index.person_at(root):
                if cases and not cases & set(x.morph.get("Case")):
                    continue
                if x.i < root.i and self._owner_before_apposition(x, root, index):
                    continue
                return True
        return False

    def _owner_before_apposition(self, x: Token, root: Token, index: PersonIndex) -> bool:
        """«соседа Ковальчуков, электрика Сергея Гнатюка»: a genitive name owned by a kin or
        neighbour noun, then a comma and the apposition that names that noun's person: the owner
        is not the patient and does not stand between the trigger and the named one."""
        person = index.person_at(x)
        end = _mention_last(x, person, index)
        if end + 1 >= root.i or x.doc[end + 1].text != "," or "Gen" not in x.morph.get("Case"):
            return False
        noun = x.doc[_mention_start(x, person, index) - 1]
        case, named = set(noun.morph.get("Case")), set(root.morph.get("Case"))
        if "Anim" in noun.morph.get("Animacy") and {"Acc", "Gen"} & named:
            named |= {"Acc", "Gen"}  # («соседа», «сварщика»: the animate accusative is the genitive)
        owned = noun.is_lower and self._word_in(noun, "possessors")
        return owned and "Gen" not in case and bool(case & named)


def _object_of_first_conjunct(obj: Token, t: Token) -> bool:
    """`obj` is the object of the verb `t` is conjoined to, and `t` has no object of its own:
    the second verb shares the first verb's object («его задержали и избили», «X суд оправдал
    и освободил»)."""
    return (
        t.dep_ == "conj"
        and obj.head.i == t.head.i
        and t.head.pos_ == "VERB"
        and t.head.i < t.i
        and not any(c.dep_ in ("obj", "nsubj:pass", "iobj") for c in t.children)
        and not any((v := _object_of_next_verb(c)) is not None and v.i == t.i for c in obj.children)
        # («арестовал X, его жену Y отпустили»: the later verb's own fronted object)
    )


def _object_of_next_verb(noun: Token) -> Token | None:
    """«Суд арестовал X, его жену Y отпустили»: a noun the parse conjoined to an object after a
    comma, with no «и»/«или» of its own, whose phrase ends right before a finite verb conjoined
    to (or set beside) the first one, is that verb's own fronted argument; the verb, or None."""
    if noun.dep_ != "conj" or noun.pos_ not in ("NOUN", "PROPN") or noun.head.dep_ not in ("obj", "iobj"):
        return None
    doc = noun.doc
    left = noun.left_edge.i
    comma = doc[left].text == "," or (left > 0 and doc[left - 1].text == ",")
    if not comma or any(c.dep_ == "cc" for c in noun.children):
        return None
    after = noun.right_edge.i + 1
    if after >= len(doc):
        return None
    verb = doc[after]
    if (
        verb.pos_ != "VERB"
        or "Fin" not in verb.morph.get("VerbForm")
        or verb.dep_ not in ("conj", "parataxis")
        or verb.head.i != noun.head.head.i
        or any(c.dep_ in ("obj", "nsubj:pass") for c in verb.children)
    ):
        return None
    return verb


def _own_clause_beside(node: Token) -> bool:
    """A verb set beside the trigger (parataxis) with a subject of its own: the names below it
    are its arguments, not the trigger's («семерых отпустили, а X и Y суд арестовал»)."""
    return (
        node.pos_ == "VERB"
        and node.dep_ == "parataxis"
        and any(c.dep_ in ("nsubj", "nsubj:pass") for c in node.children)
    )


def _apposition_comma(comma: Token, root: Token) -> bool:
    """«X, владимирский фотограф, которому …»: the comma that sets off a common-noun apposition
    of the name (a role, not another name) is part of the name's own phrase."""
    head = comma.head
    return head.dep_ == "appos" and head.head.i == root.i and head.pos_ == "NOUN" and head.ent_type_ != "PER"
