"""Patients the parse does not link: nouns of an event told as a fact of their clause
(«после освобождения»), pronouns and their antecedents, bare role nouns, conjoined triggers
that share their patients, objects fronted or dropped, persons named in the next sentence."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from vigil.extract.findings import Finding, Person
from vigil.extract.ru.events.clauses import (
    _abbreviation,
    _age,
    _age_years,
    _agrees_in_number,
    _animate,
    _mention_end,
    _mention_start,
    _oblique_surname,
)
from vigil.extract.ru.events.words import (
    _AGE_ENDINGS,
    _ANOTHER_ONE,
    _DEMONSTRATIVES,
    _NO_ONE,
    _ORDINALS,
    _OWNERS,
    _PARTICIPLE,
    _POSSESSIVES,
    _SUBJECT,
)
from vigil.extract.ru.lexicon import TriggerRule
from vigil.extract.ru.names import is_common, morph
from vigil.extract.ru.numbers import is_number, number_value
from vigil.extract.ru.persons import PersonIndex, folded, morph_gender, pronoun_gender, sentences_back
from vigil.extract.ru.quotes import QuoteFinding


class PatientRules:
    """Patients the parse does not link; a mixin of `EventFinder`, whose `lexicon`, `linear` and
    other rules its methods use."""

    def _named_next(self, f: Finding, index: PersonIndex) -> None:
        """«В СИЗО скончалась женщина. 54-летняя Ирина Котова …», «арестован гражданин Китая …
        | … работал 35-летний Хончжин Тан»: an event whose subject is a single person noun,
        named in the next sentence (news style names the person after the lead) by a name that
        opens it after an age or the same noun, or by the one name there an age stands right
        before; the gender agrees."""
        t = f.trigger
        nouns = [
            c
            for c in t.children
            if c.dep_ in ("nsubj", "nsubj:pass")
            and c.pos_ == "NOUN"
            and c.is_lower
            and {"Sing", "Anim"} <= {*c.morph.get("Number"), *c.morph.get("Animacy")}
            and not any(d.dep_ == "nummod" for d in c.children)
        ]
        sent = t.sent
        if len(nouns) != 1 or sent.end >= len(t.doc):
            return
        noun = nouns[0]
        gender = morph_gender(noun)
        nxt = t.doc[sent.end].sent
        person = None
        for x in nxt[:4]:
            here = index.person_at(x)
            if here is None:
                continue
            lead = t.doc[nxt.start : x.i]
            if (
                "\n" not in t.doc[sent.end - 1].whitespace_
                and self._word_in(noun, "group_nouns")
                and (any(y.lemma_ == noun.lemma_ for y in lead) or any(_age(y) for y in lead))
                and not any(y.is_lower and y.pos_ == "NOUN" and y.lemma_ != noun.lemma_ for y in lead)
            ):
                person = here  # «Его 30-летний брат Иван Петров» is someone else
            break
        if person is None:
            aged = {
                id(p): p
                for x in nxt
                if x.i > nxt.start
                and (p := index.person_at(x)) is not None
                and index.person_at(x.doc[x.i - 1]) is None
                and _age(x.doc[x.i - 1])
            }
            person = next(iter(aged.values())) if len(aged) == 1 else None
        others = {id(p) for x in nxt if (p := index.person_at(x)) is not None and p is not person}
        if person is not None and not others and (gender is None or person.gender in (None, gender)):
            f.persons.append(person)

    def _aged_noun(self, f: Finding, index: PersonIndex, findings: list[Finding]) -> None:
        """«32-гадовага праграміста затрымалі»: a sentence with no name whose patient is an age
        and a noun is the person last named with that age («X, 32 гады», «32-гадовы X») or, with
        none, the only person the sentence before names when an event there is theirs; the
        gender of the age agrees."""
        t = f.trigger
        doc, sent = t.doc, t.sent
        if sent.start == 0 or any(index.person_at(x) is not None for x in sent):
            return
        ages = [
            x
            for x in sent
            if (years := _age_years(x)) is not None and x.i + 1 < sent.end and doc[x.i + 1].is_lower
        ]
        if len(ages) != 1 or abs(ages[0].i - t.i) > 6:
            return
        age = ages[0]
        years = _age_years(age)
        fem = age.lower_.endswith(("ая", "ую", "ай", "яя", "юю", "ей"))
        year_words = set(self.lexicon.terms["year"])
        best: tuple[int, Person] | None = None
        for person in index.persons:
            for start, end in person.mentions:
                if end > sent.start:
                    continue
                before = _age_years(doc[start - 1]) if start > 0 else None
                after = (
                    end + 2 < len(doc)
                    and doc[end].text in (",", "(")
                    and doc[end + 1].text == str(years)
                    and (doc[end + 2].lemma_.lower() in year_words or doc[end + 2].lower_ in year_words)
                )
                if (before == years or after) and (best is None or start > best[0]):
                    best = (start, person)
        person = best[1] if best is not None else None
        if person is None:
            prev = doc[sent.start - 1].sent
            named = {id(p): p for x in prev if (p := index.person_at(x)) is not None}
            if len(named) != 1:
                return
            person = next(iter(named.values()))
            if not any(g.trigger.sent == prev and person in g.persons for g in findings):
                return  # «Пра гэта паведаміў праваабаронца X»: the one who tells is not the one held
        if person.gender is not None and (person.gender == "fem") != fem:
            return
        f.persons.append(person)

    def _former_role_opening(self, f: Finding, index: PersonIndex) -> None:
        """(Belarusian) «Былога інжынэра … затрымалі ў сакавіку 2023 году», «Былую настаўніцу
        асудзілі …»: a sentence that names no one and opens with «былы» (former) in the
        accusative before a lower-case noun tells of a person the article already named — a
        former post is said of someone known, not of a newcomer (a newcomer comes with a name) —
        the one person of the adjective's gender the eight sentences before name, else the
        latest within four (so the sister who told the news, named in between, is passed over).
        The linear twin of the Russian «бывший педагог» a role noun's antecedent admits
        (`former_role`). Census in docs/extract-ru-be.md (session 50)."""
        t = f.trigger
        doc, sent = t.doc, t.sent
        forms = self.lexicon.sets.get("former_accusative", ())
        first = doc[sent.start]
        if (
            sent.start == 0
            or first.lower_ not in forms
            or sent.start + 1 >= len(doc)
            or not (doc[sent.start + 1].is_lower and doc[sent.start + 1].is_alpha)
            or t.i <= sent.start + 1
            or any(index.person_at(x) is not None for x in sent)
        ):
            return
        gender = "fem" if first.lower_.endswith(("ую", "юю")) else "masc"
        # the one person of that gender the last eight sentences name (a quote of a relative
        # may stand between), else the latest within the pronouns' window of four
        limit = sentences_back(sent, 8)
        named = {
            id(p): p
            for p in index.persons
            if p.gender in (gender, None) and any(limit <= a < sent.start for a, _ in p.mentions)
        }
        person = (
            next(iter(named.values()))
            if len(named) == 1
            else index.latest_before(sent.start, gender, window_sents=4)
        )
        if person is not None:
            f.persons.append(person)

    @staticmethod
    def _agent_after(f: Finding, person: Person) -> bool:
        """`person` is the finding's agent and named only after its verb in the sentence
        («Журналистку помиловал Лукашенко»), not a fronted name the parse took for a subject
        («Ивана Петрова суд приговорил …»)."""
        if person.name != f.agent:
            return False
        sent = f.trigger.sent
        starts = [a for a, _ in person.mentions if sent.start <= a < sent.end]
        return bool(starts) and min(starts) > f.trigger.i

    def _fronted_participle_subject(self, t: Token) -> Token | None:
        """«Арестованный в мае, он скончался в СИЗО»: a full nominative participle that opens
        the sentence, set off by a comma, is said of its verb's pronoun subject when the two
        agree in gender and number; a converb so placed («Получив три года, она …») is said of
        that subject whatever its gender."""
        morph = t.morph
        converb = "Conv" in morph.get("VerbForm")
        full = (
            "Part" in morph.get("VerbForm")
            and "Short" not in morph.get("Variant")
            and "Nom" in morph.get("Case")
        )
        if not (converb or full) or t.i != t.sent.start or t.head.i == t.i or t.head.i < t.i:
            return None
        end = max(x.i for x in t.subtree if not x.is_punct)
        if end + 2 >= len(t.doc) or t.doc[end + 1].text != ",":
            # the parse may hang the phrase's words on the main verb («Осуждённый в 2023 году на
            # восемь лет, он …»): the phrase then runs to its first comma, with no finite verb in it
            comma = next((x for x in t.doc[t.i + 1 : t.sent.end] if x.text == ","), None)
            if comma is None or any(
                "Fin" in x.morph.get("VerbForm") or x.pos_ == "AUX" for x in t.doc[t.i + 1 : comma.i]
            ):
                return None
            end = comma.i - 1
        c = t.doc[end + 2]  # (its verb after it: the parse may hang the participle on a noun of its phrase)
        if (
            c.sent != t.sent
            or c.head.i <= c.i
            or c.dep_ != "nsubj"
            or c.pos_ != "PRON"
            or "Nom" not in c.morph.get("Case")
        ):
            return None
        if converb or (
            c.morph.get("Number") == morph.get("Number")
            and ("Plur" in morph.get("Number") or c.morph.get("Gender") == morph.get("Gender"))
        ):
            return c
        return None

    def _role_antecedent(self, noun: Token, index: PersonIndex) -> Person | None:
        """The person a bare role noun refers back to (`_role_antecedent_near`); failing one near,
        the person the article's earlier bare use of the same role noun was found to be: «…физику
        X. … назначил учёному 12 лет. <paragraphs> Учёного задержали в апреле» — a description,
        once tied to its person, keeps that person while the article ties it to no other."""
        person = self._role_antecedent_near(noun, index)
        if self._kin_key(noun) is not None or self._word_in(noun, "generic_persons"):
            return person
        links = self._role_links
        lemma = noun.lemma_.lower()
        if person is not None:
            links.setdefault(lemma, []).append(person)
            return person
        linked = {id(p): p for p in links.get(lemma, ())}
        if not linked:
            linked = self._sole_named_with(noun, index)
        if len(linked) != 1 or not self._bare_role(noun, index):
            return None
        if any(index.person_at(x) is not None for x in noun.sent):
            return None  # «Осуждённый … X скончался»: a name of its sentence is whom it means
        (earlier,) = linked.values()
        gender = morph_gender(noun)
        return earlier if gender is not None and earlier.gender == gender else None

    def _sole_named_with(self, noun: Token, index: PersonIndex) -> dict[int, Person]:
        """«Её муж, 44-летний учитель истории Роман Тихонов, … <eight sentences> … суд назначил
        учителю пять лет»: failing a person near, the persons the article named, before the
        noun's sentence, with the noun's own role word (`_named_with_lemma`); the caller takes
        the one such person only, of the noun's gender, for a bare noun in a sentence that names
        nobody (so a second person named with that word, or a name beside it, leaves it alone)."""
        lemma = noun.lemma_.lower()
        if self.linear or not _role_word(noun):
            return {}
        return {id(p): p for p in index.persons if _named_with_lemma(p, lemma, noun.sent.start, noun.doc)}

    def _bare_role(self, noun: Token, index: PersonIndex) -> bool:
        """A singular animate common noun with no name, number, modifier or owner of its own:
        a description that can point back to one person."""
        return not (
            not _role_word(noun)
            or not noun.is_alpha
            or not _animate(noun)
            or "Plur" in noun.morph.get("Number")
            or index.person_at(noun) is not None
            or any(
                c.dep_ in ("det", "nummod", "amod", "appos", "flat:name", "acl:relcl") and not _age(c)
                for c in noun.children
            )
            or any(c.i < noun.i and c.lower_ in _OWNERS for c in noun.children)
        )

    @staticmethod
    def _named_after_in_sentence(noun: Token, index: PersonIndex) -> bool:
        """A person named after `noun` in its sentence, not after a preposition: «Осуждённый по
        делу 61-летний X скончался» means X (only «вместе с X» names someone else)."""
        return any(
            index.person_at(x) is not None and x.doc[x.i - 1].pos_ != "ADP"
            for x in noun.doc[noun.i + 1 : noun.sent.end]
        )

    def _role_antecedent_near(self, noun: Token, index: PersonIndex) -> Person | None:
        """«…музыканта Кирилла Ветрова. Музыканта задержали в марте»: a bare role noun (one
        person, no name, no «ещё одного») refers back to the latest person of its gender, if
        the article named that person with the same role noun, before the name or as the
        predicate after it («X — инженер»); a role given to someone else is no antecedent."""
        if self._kin_key(noun) is not None:
            return self._kin_antecedent(noun, index)
        # «Осуждённый вместе с X на 13 лет, 54-летний диабетик скончался»: a full participle
        # opening the sentence as its subject stands for the person, as a role noun does
        convict = (
            noun.pos_ == "VERB"
            and "Part" in noun.morph.get("VerbForm")
            and "Nom" in noun.morph.get("Case")
            and noun.i == noun.sent.start
            and noun.dep_ == "nsubj"
        )
        if (
            # (a capitalised common noun opening a sentence is often tagged a proper noun)
            not (
                convict
                or noun.pos_ == "NOUN"
                or (noun.pos_ == "PROPN" and noun.is_sent_start and not noun.ent_type_)
            )
            or not noun.is_alpha
            or not (convict or _animate(noun))
            or (convict and self._named_after_in_sentence(noun, index))
            or "Plur" in noun.morph.get("Number")
            or index.person_at(noun) is not None
            or any(
                c.dep_ in ("det", "nummod", "amod", "appos", "flat:name")
                and not _age(c)
                and c.lemma_.lower() not in self.lexicon.sets.get("former_role", ())  # «Бывший педагог …»
                for c in noun.children
            )
            or any(c.i < noun.i and c.lower_ in _OWNERS for c in noun.children)
        ):
            return None  # «Его брат умер в колонии»: the one named before is whose brother, not the brother
        lemma = noun.lemma_.lower()
        doc = noun.doc

        gender = morph_gender(noun)
        # «Ильхам Алиев помиловал 48-летнего журналиста»: the verb's subject is not the object
        agents = {
            id(p)
            for c in noun.head.children
            if c.dep_ == "nsubj" and c.i < noun.i and (p := index.person_at(c)) is not None
        }
        latest = index.latest_before(noun.i, gender, window_sents=4, exclude=agents)
        if latest is None:
            return None
        # «Блогер, чьи видео …, был задержан»: a relative clause may describe a new person; only
        # the same role word the article named the latest person with points back to that person
        described = any(c.dep_ == "acl:relcl" for c in noun.children)
        sole = not described and self._sole_person_before(noun, latest, index, agents)
        if sole and not self._named_with_role(noun, latest, index):
            # «…рэпера X. Музыканта, задержанного осенью, …», «72-летнюю женщину осудили»: the
            # one person named in the sentences before, under another word for the same person
            # (not when another person was named with this very word: «…профессора X. Об этом
            # написал его аспирант Y. За профессором пришли …» is X)
            return latest
        if self._word_in(noun, "generic_persons") and not described:
            return latest if sole else None
        # the latest person of that gender named with that role («…блогера X. Об этом сообщил его
        # брат Y. Блогер … был задержан»: X, though Y is named later)
        # (the candidate is named in the sentences before; the role may be the one its first
        # mention gave it anywhere before: «…сварщика из Ангарска X. <five sentences> Задержали
        # сварщика в ноябре»)
        tried: set[int] = set(agents)
        candidate: Person | None = latest
        while candidate is not None:
            if _named_with_lemma(candidate, lemma, noun.sent.start, doc):
                return candidate
            tried.add(id(candidate))
            candidate = index.latest_before(noun.i, gender, window_sents=4, exclude=tried)
        return None

    def _named_with_role(self, noun: Token, latest: Person, index: PersonIndex) -> bool:
        """`latest` was named with another role word right before its name («аспирант Y») and
        someone else, of the noun's gender, with the noun's own lemma («профессор X»), not inside
        a prepositional phrase («вместе с физиком X»): the role noun is that other person's."""
        lemma = noun.lemma_.lower()
        doc = noun.doc

        def role_before(start: int) -> Token | None:
            prev = doc[start - 1] if start > 0 else None
            if prev is None or not (prev.is_lower and prev.pos_ == "NOUN"):
                return None
            if start > 1 and doc[start - 2].pos_ == "ADP":
                return None
            return prev

        def own_role(start: int) -> Token | None:
            # «его аспирант, а ныне сотрудник университета в Гамбурге Y»: the noun the name is
            # set beside in the parse, when no role word stands right before it
            head = doc[start].head
            if doc[start].dep_ == "appos" and head.i < start and head.is_lower and head.pos_ == "NOUN":
                return head
            return role_before(start)

        other_role = any(
            (r := own_role(a)) is not None and r.lemma_.lower() != lemma
            for a, _ in latest.mentions
            if a < noun.sent.start
        )
        if not other_role:
            return False
        gender = morph_gender(noun)
        for person in index.persons:
            if person is latest or (gender and person.gender and person.gender != gender):
                continue
            for start, _end in person.mentions:
                if 0 < start < noun.sent.start:
                    prev = role_before(start)
                    if prev is not None and prev.lemma_.lower() == lemma:
                        return True
        return False

    def _descriptions(self, doc: Doc, index: PersonIndex) -> dict[int, Person]:
        """Bare role nouns that point back to a person named with that role («…физика,
        профессора X. <another person> За профессором пришли в июле»), so that a pronoun after
        such a description refers to the described person (`PersonIndex.descriptions`); kin nouns
        are left to their own rule."""
        found: dict[int, Person] = {}
        for noun in doc:
            if noun.pos_ not in ("NOUN", "PROPN") or self._kin_key(noun) is not None:
                continue
            if noun.i + 1 < len(doc) and index.person_at(doc[noun.i + 1]) is not None:
                continue  # «профессора Валерия X»: the role before the name, the name itself
            if not _animate(noun):
                continue
            index.descriptions = found
            person = self._role_antecedent_near(noun, index)
            if person is not None:
                found[noun.i] = person
        return found

    def _kin_key(self, noun: Token) -> str | None:
        """The kin noun (`kin_forms`) a bare word is a form of: «маці», «сына», «отца»."""
        after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
        if after is not None and after.is_title and not after.is_sent_start:
            return None  # «сына Марка»: the name that follows is the patient itself
        forms = self.lexicon.words.get("kin_forms", {})
        return next((k for k, words in forms.items() if noun.lower_ in words), None)

    def _kin_antecedent(self, noun: Token, index: PersonIndex) -> Person | None:
        """«Яе сын Аляксей … Суд асудзіў маці на два гады, сына — на чатыры»: a bare kin noun
        is the person the article named with that kin noun after an owner («яе сын Аляксей»,
        «яго бацька Віктар»), or the owner of the inverse kin noun («Ніна … Яе сын Аляксей»: the
        mother is Ніна); with no such name it is nobody (GUIDELINES: an event needs a name)."""
        key = self._kin_key(noun)
        if key is None:
            return None
        doc = noun.doc
        own = frozenset(self.lexicon.words.get("kin_forms", {})[key])
        inverse = self.lexicon.words.get("kin_inverse", {}).get(key, {})
        of = frozenset(inverse.get("of", ()))
        owners = _OWNERS | _POSSESSIVES
        determiners = self.lexicon.words.get("possessive_determiners", {})
        best: tuple[int, Person] | None = None
        for person in index.persons:
            for start, _end in person.mentions:
                if start >= noun.i or start < 2:
                    continue
                at = self._kin_before_description(doc, start) if self.linear else start - 1
                if at < 1:
                    continue
                kin = doc[at]
                owner = doc[at - 1]
                if (
                    owner.like_num
                    or "-" in owner.text
                    or owner.pos_ == "ADJ"
                    or owner.lower_.startswith(tuple(self.lexicon.sets.get("kin_adjectives", ())))
                ):
                    # «яе 19-гадовага сына Марка», «ягоны стрыечны брат Сяргей» (words.json
                    # `kin_adjectives`, which the parse of Belarusian does not always tag ADJ)
                    owner = doc[at - 2] if at >= 2 else owner
                if owner.lower_ not in owners and owner.lower_ not in determiners:
                    continue  # (Belarusian «ягоны», «ейная»: words.json `possessive_determiners`)
                found = None
                if kin.lower_ in own:
                    found = person  # «яе сын Аляксей»: the son himself
                elif kin.lower_ in of:
                    # «Ніна … Яе сын Аляксей»: the mother is whom «яе» refers to
                    found = index.latest_before(owner.i, inverse.get("gender"), window_sents=3)
                latest = best is None or start > best[0]
                if found is not None and (found is not person or kin.lower_ in own) and latest:
                    best = (start, found)
        if best is None and self.linear:
            return self._kin_of_owner(noun, key, index)
        return best[1] if best else None

    def _kin_before_description(self, doc, start: int) -> int:
        """(Belarusian) «яе муж, 47-гадовы аўтаслесар Валерый М.»: the kin noun before a name
        may stand before a comma and a short description (an age, a trade); where it is (else
        the token right before the name)."""
        k = start - 1
        words = 0
        while k > 0 and words < 3 and doc[k].is_lower and doc[k].text.replace("-", "").isalnum():
            k -= 1
            words += 1
        if words and k > 1 and doc[k].text == "," and doc[k - 1].is_lower:
            return k - 1
        return start - 1

    def _kin_of_owner(self, noun: Token, key: str, index: PersonIndex) -> Person | None:
        """(Belarusian) «Ганна Б., маці палітвязня Андрэя Б., … Яе сын адбывае …», «X — сястра Y.
        Ейнага брата вызвалілі»: a kin noun after a possessive pronoun is the person the pronoun's
        owner was introduced as the inverse kin of (`kin_inverse`: «маці» of a «сын»), a name
        right after that kin noun (past one word of standing: «палітвязня») set off from the
        owner's name by a comma or a dash; one such person only."""
        doc = noun.doc
        lex = self.lexicon
        if noun.i == 0:
            return None
        pronoun = doc[noun.i - 1]
        determiners = lex.words.get("possessive_determiners", {})
        gender = pronoun_gender(pronoun, lex) or determiners.get(pronoun.lower_)
        if not gender:
            return None
        owner = index.latest_before(noun.i, gender, window_sents=5, exclude=self._agents)
        if owner is None:
            return None
        forms = lex.words.get("kin_forms", {})
        inverse = lex.words.get("kin_inverse", {})
        kin_words = {
            w
            for q, table in inverse.items()
            if noun.lower_ in table.get("of", ())
            for w in forms.get(q, (q,))
        }
        found: dict[int, Person] = {}
        since = noun.i
        for person in index.persons:
            if person is owner:
                continue
            for start, end in person.mentions:
                if start >= noun.sent.start or start < 3:
                    continue
                if end + 1 < len(doc) and doc[end].lower_ in ("і", "ды") and index.person_at(doc[end + 1]):
                    return None  # «маці Андрэя і Паўла»: two sons, «яе сын» is either
                for at in (start - 1, start - 2):
                    if doc[at].lower_ not in kin_words:
                        continue
                    if at == start - 2 and not (doc[start - 1].is_lower and doc[start - 1].is_alpha):
                        continue
                    mark = doc[at - 1]
                    if mark.text in (",", "—", "–") and index.person_at(doc[at - 2]) is owner:
                        found[id(person)] = person
                        since = min(since, at)
        if len(found) != 1:
            return None
        rivals = [
            p
            for p in index.persons
            if p is not owner and p.gender == gender and any(since <= a < noun.i for a, _ in p.mentions)
        ]
        return None if rivals else next(iter(found.values()))  # («… сустрэлася з Вольгай С. Яе сына …»)

    def _sole_person_before(
        self, noun: Token, person: Person, index: PersonIndex, agents: set[int] | frozenset[int] = frozenset()
    ) -> bool:
        """`person` is the only person named in the sentence of `noun` (before it) and the one
        before it, in the case a sentence's subject or object takes (no byline, no relative)."""
        doc = noun.doc
        limit = sentences_back(noun.sent, 1)
        if noun.sent.start == limit:
            return False  # the first sentence of the text: nothing to refer back to
        seen = {id(p) for p in index.persons for a, _ in p.mentions if limit <= a < noun.i} - agents
        back = 1
        while (
            not seen
            and back < _UNNAMED_SENTENCES
            and not any(x.lower_ in self.lexicon.pronouns.get("plural", ()) for x in doc[limit : noun.i])
        ):
            # «Корнилова задержали в апреле. Поводом стали его посты. Суд приговорил пенсионера …»:
            # sentences naming nobody between the name and the role noun, in its paragraph («X
            # опубликовал пост: «… Пять лет я … Я вернусь». Напомним, журналиста задержали …»: the
            # sentences of his own words; «…учитель истории X, преподавал … В конце апреля …
            # Через неделю … Историка увели …»: what happened, told of nobody else)
            back += 1
            limit = sentences_back(noun.sent, back)
            if "\n" in doc[limit : noun.i].text:
                return False
            seen = {id(p) for p in index.persons for a, _ in p.mentions if limit <= a < noun.i} - agents
        gender = morph_gender(noun)
        titled = self._own_title(person, doc[limit : noun.i], gender) if gender else set()
        return seen == {id(person)} and not any(
            (self._word_in(x, "relation_forms") or self._word_in(x, "possessors")) and x.i not in titled
            for x in doc[limit : noun.i]
        )

    def _own_title(self, person: Person, span: Span, gender: str) -> set[int]:
        """The words of «его бывшая коллега» right before a mention of `person`: whose colleague
        the person is, told of the person, when the owner pronoun is of another gender than the
        noun that points back («34-летняя женщина» after «его коллега X» is X; «Блогер» after
        «его брат Y» may be the one «его» is)."""
        doc = span.doc
        out: set[int] = set()
        for a, _ in person.mentions:
            if not span.start < a <= span.end:
                continue
            k = a - 1
            while k >= span.start and doc[k].pos_ == "ADJ":
                k -= 1
            if k >= span.start and self._word_in(doc[k], "relation_forms"):
                out.add(k)
                if k > span.start and doc[k - 1].pos_ == "ADJ":
                    k -= 1
                while k > span.start and doc[k - 1].pos_ == "ADJ":
                    k -= 1
                owner = doc[k - 1] if k > span.start else None
                owner_gender = pronoun_gender(owner, self.lexicon) if owner is not None else None
                if owner_gender is None or owner_gender == gender:
                    out.discard(k)  # the owner may be the one the noun points back to
                elif self._word_in(owner, "possessors"):
                    out.add(owner.i)
        return out

    def _fronted_recipients(self, t: Token, index: PersonIndex) -> list[Person]:
        """«Анне Лис суд назначил два года условно», «…, студентке Анне Лис назначено два года»:
        the persons named in the dative before a verb of assigning (`assign_verbs`) in its own
        clause (from the last comma, colon or dash) are whom the term is given; the tagger may
        read such a fronted dative as a nominative or hang it on the clause before, so the case
        is read from the written words."""
        if self.linear or t.lemma_.lower() not in self.lexicon.sets.get("assign_verbs", ()):
            return []
        doc = t.doc
        start = t.sent.start
        for k in range(t.i - 1, t.sent.start - 1, -1):
            if doc[k].text in (",", ":", "—", "–", ";"):
                start = k + 1
                break
        out: list[Person] = []
        for person in index.persons:
            for a, b in person.mentions:
                if start <= a and b <= t.i and person not in out and _dative_mention(doc[a:b], person):
                    out.append(person)
        # «Гордеевой, Лаптеву и Пахомову назначены …»: the commas of a list of datives that the
        # clause's own datives close are no clause boundary (session 61)
        while out and start > t.sent.start + 1 and doc[start - 1].text == ",":
            before = self._dative_list_item(doc, start - 1, index)
            if before is None or before[0] in out:
                break
            out.insert(0, before[0])
            start = before[1]
        return out

    @staticmethod
    def _dative_list_item(doc: Doc, comma: int, index: PersonIndex) -> tuple[Person, int] | None:
        """The person whose dative mention stands right before the comma at `comma`, opening its
        sentence or set off after a comma, colon or dash, with the mention's start; else None."""
        for person in index.persons:
            for a, b in person.mentions:
                if b != comma or not _dative_mention(doc[a:b], person):
                    continue
                if a == doc[comma].sent.start or doc[a - 1].text in (",", ":", "—", "–"):
                    return person, a
        return None

    def _object_dropped(
        self, findings: list[Finding], rules: dict[int, TriggerRule], index: PersonIndex
    ) -> None:
        """«Прадеда, Ивана К., арестовали в 1938-м. Дали десять лет лагерей»: a verb of the
        indefinite third person plural with no object, subject or name in its sentence goes
        on with the one person the event of the sentence before (same paragraph) befell."""
        by_sent: dict[int, list[Finding]] = {}
        for f in findings:
            by_sent.setdefault(f.trigger.sent.start, []).append(f)
        oblique = {*self.lexicon.all_pronouns} - {
            "он",
            "она",
            "они",
            "я",
            "все",
            "который",
            "которая",
            "которые",
        }
        for f in findings:
            t = f.trigger
            if f.persons or f.count is not None or f.group_ref or f.own_patient:
                continue
            if rules[id(f)].patient != "object" or t.pos_ != "VERB":
                continue
            if not t.lower_.endswith("ли") or "Part" in t.morph.get("VerbForm"):
                continue  # (a capitalised verb opening the sentence is often tagged a converb)
            if any(
                c.dep_ in ("obj", "iobj", "nsubj", "nsubj:pass") and not self._term_word(c)
                for c in t.children
            ):
                continue  # («дали восемь лет»: the term is the object, no one's name)
            sent = t.sent
            if sent.start == 0 or any(index.person_at(x) is not None or x.lower_ in oblique for x in sent):
                continue
            doc = t.doc
            prev = doc[sent.start - 1].sent
            if "\n" in doc[prev.start : t.i].text:
                continue
            earlier = [g for g in by_sent.get(prev.start, []) if g.persons]
            if len({id(p) for g in earlier for p in g.persons}) != 1 or any(
                g.count is not None for g in earlier
            ):
                continue
            f.persons.append(earlier[-1].persons[0])

    def _case_owner_before(self, findings: list[Finding], index: PersonIndex) -> None:
        """«Суд рассмотрел апелляцию X. Приговор оставлен без изменений: четыре года колонии»: a
        verdict with a stated term and no patient in its sentence is that of the one person
        whose appeal, complaint or case (`case_nouns`) the sentence before, in the same
        paragraph, names."""
        for f in findings:
            t = f.trigger
            if f.type != "sentence" or f.term is None or f.persons or f.count is not None or f.group_ref:
                continue
            sent = t.sent
            named = {id(p) for x in sent if (p := index.person_at(x)) is not None}
            if named:
                # «рассмотрел жалобу X и оставил приговор в силе: три года»: the one name is the owner
                owners = self._case_owners(sent, index)
                if len(owners) == 1 and set(owners) == named:
                    f.persons.extend(owners.values())
                continue
            doc = t.doc
            if sent.start == 0:
                continue
            prev = doc[sent.start - 1].sent
            if "\n" in doc[prev.start : t.i].text:
                continue
            owners = self._case_owners(prev, index)
            told = {id(p) for x in prev if (p := index.person_at(x)) is not None}
            if len(owners) == 1 and set(owners) == told:  # («дело X и Y»: whose verdict, unknown)
                f.persons.extend(owners.values())

    @staticmethod
    def _family_plural(findings: list[Finding], index: PersonIndex) -> None:
        """«Евдокимовых и Ладыгина задержали»: a lone surname in the plural («-ых») is the family
        of that surname named before the trigger (two people or more: «Кирилл Евдокимов»,
        «Полина Евдокимова»), not a person of its own."""
        for f in findings:
            out: list[Person] = []
            for person in f.persons:
                family = _family_of(person, f.trigger.i, index) if len(person.tokens) == 1 else []
                out += [p for p in (family or [person]) if p not in out]
            f.persons = out

    def _plural_pronoun_pair(self, findings: list[Finding], index: PersonIndex) -> None:
        """«Журналисты A и B вели расследование. Их задержали в марте»: a plural pronoun, the
        patient of a sentence that names no one and counts no one, is the people the sentence
        before (same paragraph) names together as one coordination, when they are all it names
        and no plural noun of people stands between them and the pronoun. The same holds inside
        one sentence (`_pronoun_clause_pair`)."""
        for f in findings:
            t = f.trigger
            if not f.pronoun_group or f.persons or f.count is not None:
                continue
            pair = self._pronoun_clause_pair(t, index)
            if pair:
                f.persons.extend(pair)
                f.group_ref = f.pronoun_group = f.told_back = False
                continue
            sent = t.sent
            if sent.start == 0 or any(index.person_at(x) is not None for x in sent):
                continue
            doc = t.doc
            prev = doc[sent.start - 1].sent
            if "\n" in doc[prev.start : t.i].text:
                continue
            roots = [(r, p) for r, p in index.mention_roots() if prev.start <= r.i < prev.end]
            persons = list({id(p): p for _, p in roots}.values())
            by_root = {r.i: p for r, p in roots}
            joined = {id(p) for r, p in roots if r.dep_ == "conj" and r.head.i in by_root}
            joined |= {id(by_root[r.head.i]) for r, p in roots if r.dep_ == "conj" and r.head.i in by_root}
            if len(persons) < 2 or ({id(p) for p in persons} != joined and not _one_subject(prev, roots)):
                continue
            last = max(r.i for r, _ in roots)
            if any(
                x.pos_ == "NOUN" and "Plur" in x.morph.get("Number") and "Anim" in x.morph.get("Animacy")
                for x in doc[last + 1 : t.i]
                if x.i != sent.start or x.head.i != t.i  # («Ребят задержали»: the group noun itself)
            ):
                continue  # «A и B … с коллегами. Их задержали»: whom «их» means, unknown
            f.persons.extend(persons)
            f.group_ref = f.pronoun_group = f.told_back = False

    def _pronoun_clause_pair(self, t: Token, index: PersonIndex) -> list[Person]:
        """«Журналистки A и B получили по три года условно, их освободили в зале суда»: a plural
        pronoun in a clause of its own (past a comma or a semicolon, before its verb) is the
        coordination of names an earlier clause of the same sentence told as its subject or object,
        when those are all the sentence names and no plural noun of people, no number of people
        and no word of company stands between (then «их» may mean those: «A и B
        задержали вместе с пятью активистами, их отпустили»). The parse gives the pronoun no
        antecedent; a reader takes the only group the sentence has told."""
        pronoun = next(
            (
                c
                for c in t.children
                if c.lower_ in ("их", "они") and c.i < t.i and c.dep_ in ("obj", "nsubj:pass")
            ),
            None,
        )
        if pronoun is None:
            return []
        doc = t.doc
        sent = t.sent
        pair = self._coordinated_before(pronoun, index)
        roots = [(r, p) for r, p in index.mention_roots() if sent.start <= r.i < sent.end]
        if len(pair) < 2 or {id(p) for _, p in roots} != {id(p) for p in pair}:
            return []
        last = max(r.i for r, _ in roots)
        if not any(x.text in (",", ";") for x in doc[last + 1 : pronoun.i]):
            return []  # («A и B их …»: no clause of its own)
        if any(
            (x.pos_ == "NOUN" and "Plur" in x.morph.get("Number") and "Anim" in x.morph.get("Animacy"))
            # a number of people («с ещё троими»), not of years («получили по три года»)
            or (x.pos_ == "NUM" and (x.head.pos_ != "NOUN" or "Anim" in x.head.morph.get("Animacy")))
            or self._word_in(x, "together")
            for x in doc[last + 1 : pronoun.i]
        ):
            return []
        return pair

    def _case_owners(self, sent: Span, index: PersonIndex) -> dict[int, Person]:
        """The people of `sent` named as the owners of an appeal, complaint or case."""
        return {
            id(person): person
            for root, person in index.mention_roots()
            if sent.start <= root.i < sent.end and self._word_in(root.head, "case_nouns")
        }

    def _inverted_subject(self, root: Token, t: Token, person: Person, index: PersonIndex) -> Person | None:
        """«Анну Орлову помиловал Лукашенко», «Ольгу Н. в числе 18 политзаключённых помиловал
        Лукашенко»: an object fronted before an active verb and a name after it that the
        parse takes for an object too. The name after the verb, written in its nominative,
        whose gender the verb agrees with, is the subject when the name fronted before the
        verb in its clause cannot be: it is written in the accusative and its gender
        disagrees with the verb («Анну»), or its surname is oblique («Ивана Орлова»).
        Returns the fronted name (the object), `_NO_ONE` when the fronted object is a noun
        («её мужа помиловал Лукашенко»)."""
        verb_gender = morph_gender(t)
        if (
            root.i < t.i
            or verb_gender is None
            or "Fin" not in t.morph.get("VerbForm")
            or "Sing" not in t.morph.get("Number")
            or person.gender != verb_gender
            or _oblique_surname(root, person)
            or folded(root.doc[_mention_end(root, person) - 1].text) != folded(person.tokens[-1])
        ):
            return None
        doc = t.doc
        for k in range(t.i - 1, t.sent.start - 1, -1):
            x = doc[k]
            if x.pos_ in ("VERB", "AUX") and "Fin" in x.morph.get("VerbForm") or x.text in (";", ":", "—"):
                return None  # another clause's verb: the name before it is that clause's
            other = index.person_at(x)
            if (
                other is None
                and x.head.i == t.i
                and x.dep_ == "obj"
                and x.pos_ == "NOUN"
                and "Sing" in x.morph.get("Number")
            ):
                # «её мужа помиловал Лукашенко»: the verb's own object is a noun, no name
                return (
                    _NO_ONE
                    if {"Acc", "Gen"} & set(x.morph.get("Case")) and "Anim" in x.morph.get("Animacy")
                    else None
                )
            if (
                other is None
                and x.head.i == t.i
                and x.dep_ in ("obj", "nsubj")
                and x.pos_ in ("NOUN", "PROPN", "ADJ")
                and not x.ent_type_
                and "Sing" in x.morph.get("Number")
                and "Nom" not in x.morph.get("Case")
                and {"Acc", "Gen"} & set(x.morph.get("Case"))
                and ("Anim" in x.morph.get("Animacy") or x.pos_ == "ADJ")
            ):
                # «Журналистку помиловал Лукашенко», «Учителя из Гомеля освободил Токаев»: a role
                # noun fronted in the accusative (the parse may call it a subject or an adjective)
                return _NO_ONE
            if other is None or other is person:
                continue
            top = x
            while top.head.i != top.i and index.person_at(top.head) is other:
                top = top.head
            if (
                top.dep_ == "nmod"
                and top.head.pos_ == "NOUN"
                and top.head.i < top.i
                and index.person_at(top.head) is None
            ):
                continue  # «мужа Анны Лесь помиловал …»: whose husband, inside the fronted object
            last = doc[_mention_end(x, other) - 1].lower_
            first = doc[_mention_start(x, other, index)].lower_
            if (
                _oblique_surname(x, other)
                and last.endswith(("а", "я"))
                or other.gender not in (None, verb_gender)
                and (last.endswith(("у", "ю")) or first.endswith(("у", "ю")))
            ):
                return other  # an accusative: «Ивана Орлова», «Анну Орлову», «Анну Лесь»
            return None
        return None

    def _clause_patient(self, t: Token, finding: Finding, index: PersonIndex) -> Finding | None:
        """«скончался после освобождения», «пасля яго арышту»: the event is presupposed, and
        its patient is the possessive before the noun or the subject of the clause, unless
        the clause itself is future or conditional («после освобождения уедет»)."""
        doc = t.doc
        prev = doc[t.i - 1]
        if prev.lower_ in ("их", "іх"):
            # «Алёхина и Толоконникова отбыли половину срока, исчисляемого с момента их ареста»:
            # the names coordinated earlier in the sentence, or nobody
            finding.persons.extend(self._coordinated_before(t, index))
            return finding if len(finding.persons) > 1 else None
        gender = pronoun_gender(prev, self.lexicon)
        if gender:
            person = index.latest_before(prev.i, gender)
            if person is not None:
                finding.persons.append(person)
            return finding if finding.persons else None
        if self.linear and self._word_in(t, "term_nouns"):
            # «пасля заканчэння тэрміну X …»: the event is the clause's own, so its mood counts
            rest = list(doc[t.i + 1 : t.sent.end])
            clause = rest[: next((k for k, x in enumerate(rest) if x.text in (",", ";", ":")), len(rest))]
            if any(self._word_in(x, "conditional") for x in doc[t.sent.start : t.sent.end]) or any(
                self._word_in(x, "blockers") for x in clause
            ):
                return None  # «пасля заканчэння тэрміну X можа выйсці»: the clause's verb is a possibility
        nxt = doc[t.i + 1] if t.i + 1 < t.sent.end else None
        if nxt is not None and index.person_at(nxt) is not None:
            finding.persons.append(index.person_at(nxt))  # «после ареста Дмитрия Кравца»
            finding.date = self._date_linear(t) if self.linear else self._date(t)
            return finding
        described = self._named_after_role(nxt, index) if nxt is not None and not self.linear else None
        if described is not None:
            finding.persons.append(described)  # «после задержания активиста X»: the role noun is X's
            finding.date = self._date(t)
            return finding
        if nxt is not None and self._complement(nxt):
            return None  # «после ареста мужа»: someone else's event
        verb = t.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        if (
            not self.linear
            and "Inf" in verb.morph.get("VerbForm")
            and verb.head.i != verb.i
            and "Fin" in verb.head.morph.get("VerbForm")
            and self._since(t)
        ):
            verb = verb.head  # «с момента освобождения X не может найти работу»: the modal's clause
        if not self.linear and (
            "Fut" in verb.morph.get("Tense")
            or "Cnd" in verb.morph.get("Mood")
            or "Inf" in verb.morph.get("VerbForm")
        ):
            return None
        if any(self._word_in(x, "conditional") for x in doc[t.sent.start : t.sent.end]):
            return None
        best: tuple[int, Person] | None = None
        for root, person in index.mention_roots():
            if root.sent != t.sent or self._clause_break(t, root) or self._possessor(root, index):
                continue
            if not self.linear:
                case = root.morph.get("Case")
                subject = root.dep_ in _SUBJECT or (root.head.i == verb.i and root.dep_ in ("nsubj", "appos"))
                if (case and "Nom" not in case) or not (
                    subject or self._relation(root, verb) in (*_SUBJECT, "relative")
                ):
                    continue
            distance = abs(root.i - t.i)
            if best is None or distance < best[0]:
                best = (distance, person)
        if best is not None:
            finding.persons.append(best[1])
        elif not self.linear:
            person = self._clause_pronoun(t, verb, index)
            if person is not None:
                finding.persons.append(person)
        elif (
            self.linear
            and not any(r.sent == t.sent for r, _ in index.mention_roots())
            and not any(
                self._word_in(x, "blockers") and not self._refusal_to_leave(x)
                for x in doc[t.i + 1 : t.sent.end]
            )
        ):
            # «Пасля вызвалення ён выехаў у Польшчу»: the clause's subject pronoun, no name in it
            # (not «… ён можа выехаць», a possibility)
            near = [*doc[max(t.sent.start, t.i - 3) : t.i], *doc[t.i + 1 : min(t.sent.end, t.i + 4)]]
            if self._noun_ends_phrase(t):
                # «Яна знаходзіцца за кратамі з моманту затрымання ў 2021 годзе»: the subject
                # pronoun anywhere in the clause before it (nothing of another's after the noun)
                after = doc[t.i + 1 : min(t.sent.end, t.i + 4)]
                near = [*sorted(doc[t.sent.start : t.i], key=lambda x: t.i - x.i), *after]
            for x in near:
                lo, hi = sorted((x.i, t.i))
                if x.lower_ not in ("ён", "яна") or any(y.text in (",", ";", ":", "—") for y in doc[lo:hi]):
                    continue
                person = index.latest_before(x.i, pronoun_gender(x, self.lexicon), exclude=self._agents)
                if person is not None:
                    finding.persons.append(person)
                break
        finding.date = self._date_linear(t) if self.linear else self._date(t)
        return finding if finding.persons else None

    def _clause_pronoun(self, t: Token, verb: Token, index: PersonIndex) -> Person | None:
        """(Russian) «После освобождения она уехала в Польшу», «Её уволили через неделю после
        выхода из изолятора»: with no name in the clause, the event noun's patient is the clause
        verb's third-person pronoun subject, or, when the verb is a plural with no subject (its
        doers left unnamed), its object, a name or a pronoun; a pronoun's person is the latest
        of that gender named before. Not a noun followed by someone's name or a noun of its own
        («после ареста мужа»: handled before), nor a verb whose subject is someone else («его
        встретили друзья»)."""
        if verb.i == t.i or any(self._word_in(x, "blockers") for x in t.doc[t.sent.start : t.sent.end]):
            return None
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")]
        if subjects:
            pronoun = subjects[0] if len(subjects) == 1 else None
        elif "Plur" in verb.morph.get("Number") and "Fin" in verb.morph.get("VerbForm"):
            pronoun = next((c for c in verb.children if c.dep_ == "obj"), None)
        else:
            pronoun = None
        if pronoun is None:
            return None
        if not subjects and index.person_at(pronoun) is not None:
            return index.person_at(pronoun)  # «Ольгу Лис уволили после выхода из изолятора»
        if pronoun.pos_ != "PRON":
            return None
        gender = pronoun_gender(pronoun, self.lexicon)
        if not gender:
            return None
        return index.latest_before(pronoun.i, gender, exclude=self._agents)

    def _noun_ends_phrase(self, t: Token) -> bool:
        """(Belarusian) Nothing after an event noun can be whose event it is («з моманту
        затрымання ў 2021 годзе»; not «пасля затрымання брата»): a stop, a preposition or a
        number follows."""
        nxt = t.doc[t.i + 1] if t.i + 1 < t.sent.end else None
        return (
            nxt is None
            or nxt.is_punct
            or nxt.like_num
            or nxt.lower_ in self.lexicon.sets.get("prepositions", ())
        )

    def _coordinated_before(self, t: Token, index: PersonIndex) -> list[Person]:
        """The persons of the last coordination of names before `t` in its sentence («X и Y»,
        «X, Y і Z», «X и 23-летняя Y»), read off the surface so that it holds for Belarusian."""
        doc = t.doc
        spans = sorted(
            (start, end, person)
            for person in index.persons
            for start, end in person.mentions
            if t.sent.start <= start and end <= t.i
        )
        groups: list[list[Person]] = []
        last_end = None
        for start, end, person in spans:
            gap = doc[last_end:start] if last_end is not None else None
            joined = gap is not None and len(gap) <= 3 and any(x.lower_ in ("и", "і", ",") for x in gap)
            if joined and all(x.lower_ in ("и", "і", ",") or x.lower_.endswith(_AGE_ENDINGS) for x in gap):
                if person not in groups[-1]:
                    groups[-1].append(person)
            else:
                groups.append([person])
            last_end = end
        coordinated = [g for g in groups if len(g) > 1]
        return coordinated[-1] if coordinated else []

    def _named_after_role(self, x: Token, index: PersonIndex) -> Person | None:
        """«после задержания известного активиста X», «с момента ареста журналистки X»: a role
        noun in the genitive (an adjective before it at most) right before a genitive name is
        that name's apposition, so the event is the name's; a kin or lawyer noun
        (`possessors`: «после ареста мужа X») names someone else's event."""
        doc = x.doc
        k = x.i
        if x.pos_ == "ADJ" and x.is_lower and k + 1 < x.sent.end:
            k += 1
        noun = doc[k]
        if (
            noun.pos_ != "NOUN"
            or not noun.is_lower
            or "Gen" not in noun.morph.get("Case")
            or "Anim" not in noun.morph.get("Animacy")
            or self._word_in(noun, "possessors")
            or k + 1 >= noun.sent.end
        ):
            return None
        at = k + 1
        if (
            doc[at].lower_ == "из"
            and at + 2 < noun.sent.end
            and doc[at + 1].pos_ == "PROPN"
            and index.person_at(doc[at + 1]) is None
        ):
            at += 2  # «после освобождения журналиста из Барановичей X»: where the role noun's bearer is from
        name = doc[at]
        person = index.person_at(name)
        return person if person is not None and "Gen" in name.morph.get("Case") else None

    def _complement(self, x: Token) -> bool:
        """A lower-case noun in the genitive right after an event noun names whose event it is;
        in Russian also a place's name («после освобождения Херсона»: a town freed, no one's
        release)."""
        lex = self.lexicon
        place = (
            not self.linear
            and x.ent_type_ != "PER"
            and "Gen" in x.morph.get("Case")
            and (x.ent_type_ == "LOC" or "Inan" in x.morph.get("Animacy"))
        )
        if not x.is_alpha or not (x.is_lower or place) or x.lower_ in lex.all_pronouns:
            return False
        if self._word_in(x, "dates") or self._word_in(x, "location_prepositions"):
            return False
        if self.linear:
            low = "у" + x.lower_[1:] if x.lower_.startswith("ў") else x.lower_
            if low in lex.sets.get("time_adverbs", ()) or low in lex.sets.get("time_words", ()):
                return False  # «пасля вызвалення мінулай вясной X …»: when, not whose
            return x.lower_ not in lex.sets["conditional"] and not self._word_in(x, "negation")
        return x.pos_ in ("NOUN", "PROPN") and "Gen" in x.morph.get("Case")

    def _pronoun(
        self, child: Token, t: Token, finding: Finding, index: PersonIndex, quotes: Sequence[QuoteFinding]
    ) -> None:
        lex = self.lexicon
        word = child.lower_
        if word in lex.pronouns["first"]:
            quote = next((q for q in quotes if q.start <= child.idx < q.end and q.speaker), None)
            if quote is not None and quote.speaker not in finding.persons:
                finding.persons.append(quote.speaker)
            return
        if child.lemma_.lower() in lex.pronouns["relative"] or word in lex.pronouns["relative"]:
            up = t
            while up.dep_ == "conj":
                up = up.head
            person = index.person_at(up.head) or next(
                (
                    index.person_at(c)
                    for c in up.head.children
                    if c.dep_ in ("appos", "flat:name") and c.i < child.i and index.person_at(c)
                ),
                None,
            )  # «босса мафии, Франческо Бонуру, который отбывал …»: the name set off beside the noun
            gender = morph_gender(child)
            if person is not None and gender and person.gender and person.gender != gender:
                person = None  # «X, …, журналистка Y, которую …» hung on X's noun: «которую» is Y
            if person is None:
                person = self._antecedent(child, index)
            if person is not None and person not in finding.persons:
                finding.persons.append(person)
            return
        gender = pronoun_gender(child, lex) or (
            # «…краеведу Азату С.: того приговорили к четырём годам»: a demonstrative standing
            # alone for the person just named (not «того человека», «после того»)
            _DEMONSTRATIVES.get(word)
            if child.head.i == t.i
            and child.dep_ in ("obj", "nsubj:pass", "nsubj")
            and not list(child.children)
            else None
        )
        nxt = child.doc[child.i + 1] if child.i + 1 < len(child.doc) else None
        if (
            gender
            and nxt is not None
            and word in _POSSESSIVES  # not «снизил ему срок», «назначил ей наказание»
            and nxt.is_lower
            and nxt.pos_ in ("NOUN", "ADJ")
            and not (nxt.pos_ == "ADJ" and "Ins" in nxt.morph.get("Case"))
            and nxt.lemma_.lower() != "сам"  # «приговорил его самого»: the man himself
        ):
            return  # «Её коллегу … приговорили»: a possessive before a noun (not «признал его виновным»)
        if gender and word in _DEMONSTRATIVES:
            # the demonstrative points at the last one named («the latter»), salient or not
            limit = sentences_back(child.sent, 1)
            # («Дарина узнала …, после того как ту увезли из дома», «X написала о Y. Ту …»: «тот»
            # / «та» switches away from a subject, whom a personal pronoun would mean)
            subjects = {
                id(p)
                for root, p in index.mention_roots()
                if not self.linear and limit <= root.i < child.i and root.dep_ in ("nsubj", "nsubj:pass")
            }
            person = next(
                (
                    p
                    for root, p in reversed(index.mention_roots())
                    if limit <= root.i < child.i and p.gender in (None, gender) and id(p) not in subjects
                ),
                None,
            )
            if person is not None and person not in finding.persons:
                finding.persons.append(person)
            return
        if gender:
            person = self._core_antecedent(child, gender, index)
            if person is None and self._unnamed_subject(child, gender, index):
                return  # «Один из террористов … задержан …, где его отпустили»: him, not a name before
            person = person or index.latest_before(child.i, gender)
            if person is None and not self.linear:
                person = self._told_of_in_quote(child, gender, index)
            if person is not None and self._only_agent(person, index):
                # «судья X объяснил … Для Y: его задерживали»: a judge or prosecutor named as one
                # acts; a pronoun patient means someone else
                person = index.latest_before(child.i, gender, exclude={id(person)})
            if person is not None and self._own_subject(child, t, person, index):
                # «X … схватил его за шлем»: a verb's personal (not reflexive) object is never its
                # own subject — that would be «себя» — so «его» is someone else
                person = index.latest_before(child.i, gender, exclude={id(person)})
            if person is not None and person not in finding.persons:
                finding.persons.append(person)
            return
        if (word in lex.pronouns["plural"] and child.pos_ in ("PRON", "DET")) or self._bare_all(child, t):
            finding.group_ref = True
            finding.pronoun_group = True
            finding.told_back = True

    def _own_subject(self, child: Token, t: Token, person: Person, index: PersonIndex) -> bool:
        """`person` is named as the subject of the active verb `t` whose direct object the
        personal pronoun `child` is (the first conjoined verb's subject counts: «X пытался …
        и схватил его»): a non-reflexive pronoun object never means its own clause's subject."""
        if self.linear or child.dep_ != "obj" or child.head.i != t.i or t.pos_ != "VERB":
            return False
        if "Pass" in t.morph.get("Voice") or "Part" in t.morph.get("VerbForm"):
            return False
        # (a subject that does not agree is another clause's: «X сталкивалась с этим: её
        # задерживали», where the parse lends X to the impersonal plural verb)
        return any(index.person_at(s) is person and _agrees_in_number(s, t) for s in self._subjects(t))

    def _bare_all(self, child: Token, t: Token) -> bool:
        """(Russian) «Полицейские задержали четырёх человек. Среди них — X и Y. Всех отпустили
        ночью»: «все» / «всех» / «обоих» (words.json `all_of`) standing alone as the verb's own
        patient — no noun, number or clause of its own («всех задержанных», «всех семерых»,
        «всех, кто пришёл» are other words) — tells back the group just told, as «их» does."""
        return (
            not self.linear
            and child.head.i == t.i
            and child.dep_ in ("obj", "nsubj:pass")
            and child.pos_ in ("PRON", "DET")
            and "Plur" in child.morph.get("Number")
            and self._word_in(child, "all_of")
            and not any(not c.is_punct for c in child.children)
            and not (child.i + 1 < len(child.doc) and child.doc[child.i + 1].text == ",")
        )

    def _one_of_them(self, t: Token, index: PersonIndex) -> list[Person]:
        """«одного из задержанных, X, отпустили», «Одна из освобождённых, X, уехала»: a plural
        participle after «один из» names a group by its event, and the name set beside «один»
        is one member of it, so the participle's event is that name's."""
        head = t.head
        if (
            ("Part" not in t.morph.get("VerbForm") and t.pos_ != "NOUN")  # («арестованных» tagged a noun)
            or "Plur" not in t.morph.get("Number")
            or t.dep_ != "nmod"
            or head.lemma_.lower() != "один"
            or not any(c.dep_ == "case" and c.lower_ == "из" for c in t.children)
        ):
            return []
        out: list[Person] = []
        for c in head.children:
            person = index.person_at(c) if c.dep_ == "appos" and c.i > t.i else None
            if person is not None and person not in out:
                out.append(person)
        return out

    def _one_of_those_whom(self, t: Token, index: PersonIndex) -> list[Person]:
        """«X был одним из тех, кого приговорили к реальному сроку», «Y оказалась одной из тех,
        кого задержали в воскресенье»: a relative clause on «тех» after «один из» whose own
        relative word is the trigger's patient («кого» its object, «кто» a passive's subject)
        tells an event of a group, and the subject that «один» is said of is one of it. (Russian)"""
        those = t.head
        if self.linear or t.dep_ != "acl:relcl" or those.lemma_.lower() != "тот":
            return []
        one = those.head
        if (
            one.lemma_.lower() != "один"
            or "Ins" not in one.morph.get("Case")  # (a predicate: «был одним», not «знала одного»)
            or not any(c.dep_ == "case" and c.lower_ == "из" for c in those.children)
        ):
            return []
        passive = "Pass" in t.morph.get("Voice")
        if not any(
            c.lemma_.lower() == "кто" and c.dep_ == ("nsubj:pass" if passive else "obj") for c in t.children
        ):
            return []
        holder = one if one.dep_ == "ROOT" or one.head.i == one.i else one.head
        subjects = [c for c in holder.children if c.dep_ == "nsubj"]
        if len(subjects) != 1:
            return []
        # («Учительница X оказалась одной из тех …»: the name set beside the role noun)
        named = [subjects[0], *(c for c in subjects[0].children if c.dep_ == "appos")]
        person = next((p for x in named if (p := index.person_at(x)) is not None), None)
        return [person] if person is not None else []

    def _companion_pronoun(self, together: Token, finding: Finding, index: PersonIndex) -> None:
        """«X, задержанного вместе с ним», «её вывезли в Литву вместе с ним»: a third-person
        pronoun after «вместе с» on the trigger is someone who went through the same event;
        it stands for the latest person of its gender named before it other than the
        trigger's own patients (a name after «вместе с» is read by the parse already)."""
        lex = self.lexicon
        for noun in together.children:
            if (
                noun.dep_ not in ("obl", "nmod")
                or noun.pos_ != "PRON"
                or not any(c.dep_ == "case" and c.lower_ in ("с", "со") for c in noun.children)
                or "Sing" not in noun.morph.get("Number")  # «вместе с ними»: a group, not one person
            ):
                continue
            gender = pronoun_gender(noun, lex) or morph_gender(noun)
            if not gender:
                continue
            own = {id(p) for p in finding.persons}
            person = index.latest_before(noun.i, gender, window_sents=2, exclude=own)
            if person is not None and not self._only_agent(person, index):
                finding.persons.append(person)

    @staticmethod
    def _told_of_in_quote(pronoun: Token, gender: str, index: PersonIndex) -> Person | None:
        """«— Его перевели в другую колонию. Ему добавили год»: a pronoun in a quote or an
        interview answer, with no name of its gender in the sentences before, is whom the
        conversation is about when the article has named only one such person before it (not a
        voice of the conversation)."""
        at = pronoun.idx
        voices = [ids for a, b, ids in index.voices if a <= at < b]
        if not voices:
            return None
        talkers = set().union(*voices)
        named = [
            p
            for p in index.persons
            if id(p) not in talkers
            and p.gender in (None, gender)
            and any(s < pronoun.i for s, _ in p.mentions)
        ]
        return named[0] if len(named) == 1 and named[0].gender == gender else None

    def _antecedent(self, pronoun: Token, index: PersonIndex) -> Person | None:
        """«вынес приговор Асии Биби, которая в 2010 году была приговорена …», where the parse
        hangs the relative clause elsewhere: the name right before the comma that opens it (a
        preposition may stand between: «, у которой»), if its gender agrees."""
        doc = pronoun.doc
        at = pronoun.i - 1
        while at > pronoun.sent.start and doc[at].pos_ == "ADP":
            at -= 1
        if at <= pronoun.sent.start or doc[at].text != ",":
            return None
        person = index.person_at(doc[at - 1])
        gender = morph_gender(pronoun)
        if person is None or (gender and person.gender and gender != person.gender):
            return None
        return person

    @staticmethod
    def _unnamed_subject(child: Token, gender: str, index: PersonIndex) -> bool:
        """Earlier in the pronoun's sentence, the subject of a verb is «один из …» («один из
        террористов был задержан …, где его отпустили») of the pronoun's gender: one member of
        an unnamed group, whom the pronoun means, not a person named before. (A descriptive
        subject such as «молодой человек» does refer back to a name, and is left alone.)"""
        for x in child.sent:
            if x.i >= child.i:
                return False
            if x.dep_ not in _SUBJECT or x.lemma_.lower() not in ("один", "одна", "адзін", "адна"):
                continue
            if any(index.person_at(y) for y in x.subtree):
                continue
            own = morph_gender(x)
            partitive = any(c.lower_ in ("из", "з") for y in x.children for c in [y, *y.children])
            if partitive and own == gender:
                return True
        return False

    @staticmethod
    def _core_antecedent(child: Token, gender: str, index: PersonIndex) -> Person | None:
        """«Суд признал X виновным в смерти москвича Y и приговорил его …»: within the pronoun's
        sentence, the last person named as a subject or direct object (nominative or accusative
        name) rather than one inside a phrase (a victim's dative or genitive). Not the speaker
        of a quote the pronoun stands in: «X, объясняя причину ареста Y, сказал: «… поэтому его
        задержали»» — in X's own words «его» is someone else (session 59, realnews4-ru)."""
        core = None
        voices = index.voices_at(child.i)
        for root, person in index.mention_roots():
            if root.sent != child.sent or root.i >= child.i or id(person) in voices:
                continue
            if person.gender not in (None, gender):
                continue
            case = set(root.morph.get("Case"))
            if not case or case & {"Nom", "Acc"}:
                core = person
        mixed = any(
            root.sent == child.sent and root.i < child.i and person is not core
            for root, person in index.mention_roots()
        )
        return core if mixed else None

    def _share_conjuncts(self, findings: list[Finding], index: PersonIndex | None = None) -> None:
        """«помилована и вышла на свободу Елена Гурская»: conjoined triggers share patients
        (by the parse, or by «и» between two triggers with no name between them)."""
        by_token = {f.trigger.i: f for f in findings}
        ordered = sorted(findings, key=lambda f: f.trigger.i)
        pairs = []
        for f in findings:
            t = f.trigger
            other = by_token.get(t.head.i) if t.dep_ == "conj" else None
            if other is not None:
                pairs.append((f, other))
        for a, b in zip(ordered, ordered[1:], strict=False):
            ta, tb = a.trigger, b.trigger
            gap = ta.doc[ta.i + 1 : tb.i]
            if (
                ta.sent == tb.sent
                and (any(x.lower_ in ("и", "і", "а") for x in gap) or self._contrast_shares(gap))
                and not any(
                    self._name_between(x, index) or (x.text in (".", ";", ":") and not _abbreviation(x))
                    for x in gap
                )
            ):
                pairs.append((a, b))
        for a, b in zip(ordered, ordered[1:], strict=False):
            gap = a.trigger.doc[a.trigger.i + 1 : b.trigger.i]
            if a.trigger.sent == b.trigger.sent and gap and all(x.lower_ in ("и", "і") for x in gap):
                # «вызвалілі і вывезлі … разам з 13 іншымі»: two verbs of one group share both
                for x, y in ((a, b), (b, a)):
                    if not x.persons and y.persons and x.count is not None and y.count is None:
                        x.persons, y.count, y.group_ref = list(y.persons), x.count, True
        # «дванаццаць з іх вывезлі, астатнія засталіся», «выйшлі 52, большасць з іх апынуліся ў
        # Літве», «амаль усіх выслалі, а адзін з іх, X, зноў за кратамі»: a part of the group
        # told between the verbs is the later verb's own subject, not the other verb's people
        pairs = [(f, other) for f, other in pairs if not self._part_between(f.trigger, other.trigger)]
        if not self.linear:
            pairs += [
                (b, a) for a, b in zip(ordered, ordered[1:], strict=False) if self._asyndetic(a, b, index)
            ]
        for f, other in pairs:
            for a, b in ((f, other), (other, f)):
                # (Belarusian: «сярод 25 вязняў, якіх памілавалі і выслалі»: a verb that counts the
                # same group as its conjunct shares its named members too)
                same_group = self.linear and a.count is not None and a.count == b.count
                if not a.persons and (a.count is None or same_group) and not a.own_patient:
                    a.persons = list(b.persons)
                    lo, hi = sorted((a.trigger.i, b.trigger.i))
                    if b.persons and any(self._word_in(x, "together") for x in a.trigger.doc[lo:hi]):
                        continue  # «якога вызвалілі разам з 51 …, … і быў вернуты»: the group is X's only
                    if b.group_ref and not a.group_ref:
                        a.group_ref = b.group_ref
                        a.pronoun_group = True
                        # («X помиловали в числе 52 … и вывезли»: X goes on, not the counted group)
                        a.member_only = (
                            bool(b.persons) and a.type != b.type and self._counted_as_membership(b, a)
                        )

    def _counted_as_membership(self, b: Finding, a: Finding) -> bool:
        """«Марину Шелест помиловали в числе 52 политзаключённых и … вывезли в Литву», «его
        освободили в группе из 14 человек и … отвезли на границу», «X апынуўся сярод 52
        палітвязьняў, якіх вызвалілі …, і … быў вывезены ў Літву»: the number is told as the named
        person's membership (`membership_counts` right before it: «в числе N», «среди N», «в группе
        из N», «сярод N», «у ліку N»), so a verb conjoined to it goes on with the person, not with
        the group — the group's count is the membership verb's alone. Inside the group's own
        relative clause («сярод 52 палітвязьняў, якіх вызвалілі і вывезьлі»: a relative word
        between the number and the verb, no singular past copula of the person before the verb)
        the verbs are the group's and share it.

        Census (session 51, every Russian and Belarusian read set): a deportation conjoined to a
        membership count this way carries no gold count in 3 of 4 (syn10-ru-b, syn29-ru-b,
        syn32-be-b; the fourth, syn21-ru-b, has its own «её» and was not counted before either);
        the relative-clause form is a gold count in all 9 read instances (trap)."""
        doc, sent = b.trigger.doc, b.trigger.sent
        number = None
        for t in sent:
            if t.i < 1 or not is_number(t, self.lexicon) or number_value([t], self.lexicon) != b.count:
                continue
            before = doc[t.i - 1]
            if before.lower_ in ("из", "з", "са", "зь") and t.i >= 2:
                before = doc[t.i - 2]
            if self._word_in(before, "membership_counts") and doc[before.i - 1].lower_ not in ("том", "тым"):
                number = t
                break
        if number is None or not sent.start <= a.trigger.i < sent.end:
            return False
        between = doc[number.i + 1 : a.trigger.i]
        relative = any(self._word_in(x, "relative_words") for x in between)
        own_copula = a.trigger.i > 0 and doc[a.trigger.i - 1].lower_ in ("был", "была", "быў")
        return not relative or own_copula

    def _asyndetic(self, a: Finding, b: Finding, index: PersonIndex | None) -> bool:
        """(Russian) «его забрали со стихийного пикета, продержали в отделе несколько часов, а
        потом отпустили»: plural past verbs set side by side by a comma, the later with no subject
        or object of its own, go on with the earlier's object (no name, no other finite verb and
        no «и» / «а» between: those are `_share_conjuncts`' own pairs)."""
        ta, tb = a.trigger, b.trigger
        if ta.sent != tb.sent or not a.persons:
            return False
        for t in (ta, tb):
            forms = {*t.morph.get("Number"), *t.morph.get("Tense"), *t.morph.get("VerbForm")}
            if t.pos_ != "VERB" or not {"Plur", "Past", "Fin"} <= forms:
                return False
        # (a word the parser hangs on the later verb from before the earlier one is not its own:
        # «он уже попадал в полицию: его забрали …, продержали …»)
        if any(
            c.dep_ in ("obj", "iobj", "nsubj", "nsubj:pass")
            and c.i > ta.i
            and not self._word_in(c, "time_of_day")
            for c in tb.children
        ):
            return False  # (not a time: «продержали ночь»)
        gap = ta.doc[ta.i + 1 : tb.i]
        return (
            any(x.text == "," for x in gap)
            and not any(x.text in (".", ";", ":", "—", "–") or x.lower_ in ("и", "а", "но") for x in gap)
            and not any(self._name_between(x, index) for x in gap)
            and not any(x.pos_ in ("VERB", "AUX") and "Fin" in x.morph.get("VerbForm") for x in gap)
        )

    def _name_between(self, x: Token, index: PersonIndex | None) -> bool:
        """A name between two verbs keeps them apart. Belarusian has no parse: its tagger takes a
        town in the locative for a name («адбыў у Наваполацку тры гады і выйшаў»), so only a
        token of a found person counts there."""
        if x.ent_type_ != "PER":
            return False
        return not self.linear or index is None or index.person_at(x) is not None

    def _contrast_shares(self, gap: Span) -> bool:
        """«X памілавалі, але адразу вывезлі з Беларусі», «вызвалілі, але праз гадзіну затрымалі
        зноў»: a «but» between two verbs of one object, a few words of time after it and no
        pronoun or relative of someone else («але яго брата затрымалі»)."""
        at = next((k for k, x in enumerate(gap) if x.lower_ in ("но", "але")), None)
        if at is None:
            at = self._sequence_opened(gap)
        if at is None:
            return False
        rest = gap[at + 1 :]
        return len(rest) <= 4 and not any(
            x.lower_ in self.lexicon.all_pronouns
            or self._word_in(x, "relation_forms")
            or self._word_in(x, "possessors")
            or x.is_punct
            for x in rest
        )

    def _sequence_opened(self, gap: Span) -> int | None:
        """(Belarusian) «затрымалі …, трымалі ў РУУС да вечара, потым адпусцілі», «…, праз тры
        дні адпусцілі»: the last clause before the second verb opens with a word of sequence
        (`sequence_openers`) after a comma, a later step told of the same object; the index of
        that comma in `gap`."""
        lex = self.lexicon
        openers = lex.sets.get("sequence_openers", ())
        comma = next((k for k in range(len(gap) - 1, -1, -1) if gap[k].text == ","), None)
        if not openers or comma is None or comma + 1 >= len(gap) or gap[comma + 1].norm_ not in openers:
            return None
        second = gap.doc[gap.end] if gap.end < len(gap.doc) else None
        if second is None or _PARTICIPLE.search(second.lower_):
            return None  # «Затрыманая ў лютым, праз тыдзень асуджаны …»: a participle has its own subject
        if not self.linear and gap.start > 0 and "Part" in gap.doc[gap.start - 1].morph.get("VerbForm"):
            return None  # «соратницу Y, задержанную вместе с ней, через час отпустили»: a noun's participle
        units = lex.sets.get("sequence_time_units", ())
        # («…, пасля чаго ўлады адпусцілі іншых»: a clause of its own, not a later step)
        if not all(x.like_num or x.lower_ in lex.numbers or x.norm_ in units for x in gap[comma + 2 :]):
            return None
        return comma

    @staticmethod
    def _own_unnamed_patient(t: Token) -> bool:
        """«Одного из них, X, суд арестовал, второго отпустили»; «…, а его жену отпустили»: a
        conjoined trigger whose object is a person of its own, unnamed (an ordinal or
        «остальных» standing for a person, a relative told by a possessive), shares no names.
        A described convict («приговорил преступника к двум годам») may be the name told.
        The parse may hang the ordinal elsewhere: «Приговор получили четверо, пятого суд
        оправдал и освободил» (an ordinal opening a clause after a comma, before the trigger
        conjoined to the first verb, is the later verbs' patient)."""
        if t.dep_ == "conj" and t.head.i < t.i:
            doc = t.doc
            for x in doc[t.head.i + 1 : t.i]:
                if (
                    doc[x.i - 1].text == ","
                    and x.pos_ in ("ADJ", "DET", "NUM")
                    and x.lemma_.lower().replace("ё", "е") in _ANOTHER_ONE | _ORDINALS
                    and not {"Nom", "Loc"} & set(x.morph.get("Case"))
                ):
                    return True
        return any(
            c.dep_ in ("obj", "nsubj:pass")
            and c.ent_type_ != "PER"
            and (
                c.lemma_.lower().replace("ё", "е") in _ANOTHER_ONE
                or (
                    c.pos_ == "NOUN"
                    and "Anim" in c.morph.get("Animacy")
                    and any(g.lower_ in ("его", "её", "ее", "их") for g in c.children)
                )
            )
            for c in t.children
        )

    def _own_unnamed_object(self, t: Token) -> bool:
        """(Belarusian) «X вызвалілі, але яго брата затрымалі», «…; паводле яе вывезлі ў Літву
        іншых», «…, потым сына адпусцілі»: a verb whose parsed object is someone else, unnamed
        (`own_objects`: others, the rest, an ordinal, alone or before a noun; a relative, bare or
        after a possessive) is told of that one, so it shares no names. Russian's
        `_own_unnamed_patient` reads lemmas and animacy, which Belarusian words tagged as
        written lack."""
        sets = self.lexicon.sets
        kin = {*sets.get("male_relatives", ()), *sets.get("female_relatives", ())}
        kin |= {*sets.get("unnamed_kin_masc", ()), *sets.get("unnamed_kin_fem", ())}
        owners = sets.get("possessive_pronouns", ())
        for c in t.children:
            if any(x.ent_type_ == "PER" for x in c.subtree):
                continue
            if c.dep_ not in ("obj", "nsubj:pass", "obl") or (
                c.dep_ == "obl" and any(g.dep_ == "case" and g.i == c.i - 1 for g in c.children)
            ):
                continue  # (an object read as oblique, «вывезлі ў Польшчу іншых»; not «з іншымі»)
            marked = (c, *(g for g in c.children if g.dep_ in ("amod", "det", "nummod")))
            if any(self._word_in(x, "own_objects") for x in marked) or c.lower_ in kin:
                return True  # («іншых палітвязняў», «другога фігуранта справы»)
            if self._word_in(c, "relation_forms") and any(g.lower_ in owners for g in c.children):
                return True
        return False

    @staticmethod
    def _own_named_patient(t: Token, finding: Finding, index: PersonIndex) -> bool:
        """«Остальных пятерых отпустили, X и Y арестованы», «…, X и Y арестовали»: a verb
        conjoined after another whose own subject or object, one of its named patients, stands
        between the two verbs is a clause of its own; it continues no group of the first verb."""
        if t.dep_ != "conj" or t.head.i >= t.i:
            return False
        return any(
            c.dep_ in ("nsubj", "nsubj:pass", "obj")
            and t.head.i < c.i < t.i
            and any(index.person_at(c) is p for p in finding.persons)
            for c in t.children
        )

    def _share_converbs(self, findings: list[Finding]) -> None:
        """«выйшаў на волю, адбыўшы пакаранне — чатыры гады»: a converb has the subject of
        the verb before it in its sentence."""
        endings = tuple(self.lexicon.sets.get("converb_endings", ()))
        if not endings:
            return
        ordered = sorted(findings, key=lambda f: f.trigger.i)
        for prev, f in zip(ordered, ordered[1:], strict=False):
            if (
                not f.persons
                and f.count is None
                and prev.trigger.sent == f.trigger.sent
                and (f.trigger.lower_.endswith(endings) or _converb_form(f.trigger))
            ):
                f.persons = list(prev.persons)


def _converb_form(t: Token) -> bool:
    """A converb by its tag or (Russian) by its form: natasha tags «отбыв» in «вышла на свободу,
    полностью отбыв два с половиной года» a finite past (and hangs it on the subject's name); a
    verb form in «-в» whose lemma is an infinitive is a perfective converb («отбыв», «получив»,
    «отсидев»), as no finite form ends so."""
    if "Conv" in t.morph.get("VerbForm"):
        return True
    return t.pos_ == "VERB" and t.lower_.endswith("в") and t.lemma_.lower().endswith(("ть", "ться"))


def counted_rest(c: Token) -> bool:
    """«остальных пятерых отпустили», «других троих задержанных»: a counted group marked as the
    rest (or others) of those told, so none of the names told beside it."""
    return (
        c.dep_ in ("obj", "nsubj:pass", "nummod")
        and c.pos_ in ("NUM", "NOUN")
        and any(
            g.dep_ in ("amod", "det") and g.lemma_.lower().replace("ё", "е") in _THE_REST for g in c.children
        )
        # (not an ordinal: «Четвёртого участника, X, отпустили» singles out one, named beside it)
        and not any(g.ent_type_ == "PER" for g in c.subtree)
    )


_THE_REST = frozenset({"остальной", "другой", "прочий"})


def _dative_mention(span: Span, person: Person) -> bool:
    """The mention is written in the dative: each word inflected from the person's nominative
    (or with no nominative reading at all: the tagger may take a fronted «Ярославе» for one) has
    a dative reading, and one such word is there («Анне Лис», «Нурлану Кошкинбаеву»); a genitive
    («сестре Анны Петровой») has an inflected word with none."""
    nominative = {folded(w) for w in person.tokens}
    inflected = []
    for x in span:
        if not x.is_alpha:
            continue
        readings = {p.tag.case for p in morph().parse(x.text)}
        if folded(x.text) not in nominative or "nomn" not in readings:
            inflected.append(readings)
    return bool(inflected) and all("datv" in r for r in inflected)


_FROM_PLACE = frozenset({"из", "с", "со"})


def _before_hometown(doc, k: int) -> int:
    """«сварщика из Ангарска X», «инженер из Нижнего Новгорода X»: the word before a hometown of
    one or two capitalised words that ends right before a name (at `k`), where the role noun
    stands; else `k`."""
    for width in (1, 2):
        j = k - width
        words = doc[j + 1 : k + 1] if j >= 0 else []
        if j >= 1 and doc[j].lower_ in _FROM_PLACE and all(x.text[:1].isupper() or x.is_title for x in words):
            return j - 1
    return k


# how many sentences back a bare role noun may look for its one person past sentences that name
# nobody (the paragraph's: a line break stops it)
_UNNAMED_SENTENCES = 5


def _named_with_lemma(person: Person, lemma: str, before: int, doc) -> bool:
    """A mention of `person` before token `before` has the role noun `lemma` before the name
    (past adjectives, a hometown or a complement: «сварщика из Ангарска X», «учитель истории
    X») or as the predicate after a dash («X — инженер»)."""

    def role(x: Token) -> bool:
        # («Журналиста из Томска X обвинили …»: a role opening the sentence is capitalised)
        lower = x.is_lower or (x.is_sent_start and x.text[1:].islower())
        return lower and x.pos_ == "NOUN" and x.lemma_.lower().split("-")[0] == lemma

    for start, end in person.mentions:
        if not 0 < start < before:
            continue
        at = _before_complement(doc, _before_hometown(doc, start - 1))
        while at > 0 and doc[at].is_lower and doc[at].pos_ == "ADJ":
            at -= 1
        after = doc[end + 1] if end + 1 < len(doc) and doc[end].text in ("—", "–") else None
        if (at >= 0 and role(doc[at])) or (after is not None and role(after)):
            return True
    return False


def _before_complement(doc, k: int) -> int:
    """«учитель истории Роман Тихонов», «учительница начальных классов X», «директор гимназии
    Y»: a role noun may take a complement of what (a subject taught, a place of work) between
    it and the name: an inanimate common noun in the genitive (with its adjectives) right before
    the name. The role noun before that complement (lower case, animate) is where the role
    stands; else `k`. An animate genitive is whose the role is («адвокат журналиста X» names the
    journalist, not the lawyer), so it is never passed over. (Belarusian, which has no
    morphology to read case and animacy from, reads the complement by its endings:
    `BackReferenceRules._role_before_complement`.)"""
    x = doc[k] if k >= 1 else None
    if (
        x is None
        or not x.is_lower
        or x.pos_ != "NOUN"
        or "Gen" not in x.morph.get("Case")
        or "Inan" not in x.morph.get("Animacy")
    ):
        return k
    j = k - 1
    while j > 0 and doc[j].is_lower and doc[j].pos_ == "ADJ" and "Gen" in doc[j].morph.get("Case"):
        j -= 1
    head = doc[j]
    if head.is_lower and head.pos_ == "NOUN" and "Anim" in head.morph.get("Animacy"):
        return j
    return k


def _one_subject(sent: Span, roots: list[tuple[Token, Person]]) -> bool:
    """«X и ещё двое — A и B — домой не вернулись»: every name of the sentence opens it, before
    its main verb, with no verb or preposition among them (a coordination, a counted group and
    its dashed list): the sentence tells them together as its subject."""
    verb = next((x for x in sent if x.dep_ == "ROOT"), None)
    if verb is None or verb.pos_ not in ("VERB", "AUX") or any(r.i > verb.i for r, _ in roots):
        return False
    if any(r.morph.get("Case") not in ([], ["Nom"]) for r, _ in roots):
        return False  # «Жена Ивана Петрова и сестра Олега Сидорова пришли …»: the owners, not the subject
    last = max(r.i for r, _ in roots)
    return not any(x.pos_ in ("VERB", "AUX", "ADP", "SCONJ") for x in sent.doc[sent.start : last + 1])


def _family_of(person: Person, before: int, index: PersonIndex) -> list[Person]:
    """The people named before token `before` whose surname is the singular of `person`'s plural
    surname («Евдокимовых»: «Евдокимов», «Евдокимова»); empty unless two or more."""
    word = folded(person.tokens[0])
    if not word.endswith("ых") or len(word) < 6:
        return []
    base = word[:-2]
    family = [
        p
        for p in index.persons
        if p is not person
        and len(p.tokens) > 1
        and folded(p.tokens[-1]) in (base, base + "а")
        and any(a < before for a, _ in p.mentions)
    ]
    return family if len(family) >= 2 else []


def _role_word(noun: Token) -> bool:
    """A common noun; a capitalised one opening a sentence is often tagged a proper noun, and the
    NER may tag it a person («Учёного задержали»): a word the dictionary knows as a common noun
    (the index holds no person there, so it is no one's name)."""
    if noun.pos_ == "NOUN":
        return True
    return noun.pos_ == "PROPN" and noun.is_sent_start and (not noun.ent_type_ or is_common(noun.text))
