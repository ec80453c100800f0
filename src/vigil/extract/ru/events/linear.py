"""Belarusian, read without a parse: each name goes to its nearest trigger, with the
coordinations, relative clauses, sources and tellers that decide whose event it is."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from vigil.extract.findings import Finding, Person, fold
from vigil.extract.ru.events.clauses import (
    _brackets_around,
    _inflected,
    _inside_relative_of,
    _mention_end,
    _mention_last,
    _mention_start,
)
from vigil.extract.ru.events.words import (
    _PARTICIPLE,
    _QUOTE_MARKS,
)
from vigil.extract.ru.lexicon import TriggerRule
from vigil.extract.ru.numbers import number_value
from vigil.extract.ru.persons import PersonIndex, in_quotation, pronoun_gender
from vigil.extract.ru.quotes import QuoteFinding

# a Belarusian adjectival surname in the plural («Жалязоўскія», «Бялецкія»)
_ADJECTIVAL_PLURAL = ("скія", "цкія")


def _across_mark(doc: Doc, a: int, b: int) -> bool:
    """A colon or a semicolon between tokens `a` and `b`: they stand in different clauses."""
    return any(x.text in (":", ";") for x in doc[min(a, b) + 1 : max(a, b)])


_CLAUSE_MARKS = (",", "—", "–", ":", ";")


def _clause_around(x: Token) -> tuple[int, int]:
    """The token range of the clause of `x` within its sentence: between the nearest comma,
    dash, colon or semicolon before it and the nearest after it."""
    doc, sent = x.doc, x.sent
    start = next((y.i + 1 for y in reversed(doc[sent.start : x.i]) if y.text in _CLAUSE_MARKS), sent.start)
    end = next((y.i for y in doc[x.i + 1 : sent.end] if y.text in _CLAUSE_MARKS), sent.end)
    return start, end


def _adjectival_stem(surname: str) -> str | None:
    """«жалязоўскі», «жалязоўская» → «жалязоўск»: the stem of an adjectival surname, a man's or
    a woman's form; None for another surname."""
    for ending in ("скі", "цкі"):
        if surname.endswith(ending):
            return surname[:-1]
    for ending in ("ская", "цкая"):
        if surname.endswith(ending):
            return surname[:-2]
    return None


class LinearRules:
    """Belarusian patients by position; a mixin of `EventFinder`, whose `lexicon`, `linear` and
    other rules its methods use."""

    def _nominative_name_after(self, t: Token, index: PersonIndex) -> bool:
        """The next word after `t` is a name in the nominative («маці затрыманага Тарас Грыб»),
        not the participle's own noun in its case («маці затрыманага Івана Лося»)."""
        after = t.doc[t.i + 1] if t.i + 1 < t.sent.end else None
        person = index.person_at(after) if after is not None else None
        return person is not None and not _inflected(after, person, index)

    def _relative_object_before(self, t: Token) -> bool:
        """An accusative relative word opens the trigger's clause («…, якога ў жніўні
        памілаваў …», «…, якую затрымала …»): the verb's object is the relative's noun."""
        objects = self.lexicon.sets.get("relative_objects", set())
        # «…, якой суд летась прызначыў …», «…, якому далі …»: a dative relative right after
        # the comma is who the term was given to
        recipients = self.lexicon.sets.get("relative_recipients", set())
        for x in reversed(t.doc[max(t.sent.start, t.i - 7) : t.i]):
            if x.text in (",", ";", ":", "—"):
                return False
            if x.lower_ in objects and x.i >= t.i - 5:
                return True
            if x.lower_ in recipients and x.i > t.sent.start and t.doc[x.i - 1].text == ",":
                return True
        return False

    def _active_past(self, t: Token) -> bool:
        """An active past singular («памілаваў», «асудзіла»), not a participle («памілаваны»)."""
        return t.lower_.endswith(tuple(self.lexicon.sets.get("active_past_endings", ())))

    def _first_plural(self, x: Token) -> bool:
        """«Нас вывезлі ў Літву» in a quote or an answer: the speaker is one of those it befell
        (Belarusian `first_plural`); not «у нас», «з нас», «для нас» after a preposition."""
        if x.lower_ not in self.lexicon.sets.get("first_plural", ()):
            return False
        return x.i == 0 or x.doc[x.i - 1].lower_ not in self.lexicon.sets.get("first_plural_not_after", ())

    def _named_noun(self, t: Token, index: PersonIndex) -> bool:
        """Belarusian, read without a parse: a noun of detention, release or verdict opening its
        sentence with a name right after it, and no word of demand, possibility or annulment in
        the sentence («Арышт X выклікаў пратэсты», «Прысуд X агучылі»), is an event without a
        count or a term. The Russian counterpart from the parse («Арест X вызвал протесты») was
        tried and left out: it found nothing new on NEREL's tuning half and two releases its
        held-out half does not have."""
        after = t.doc[t.i + 1] if t.i + 1 < t.sent.end else None
        if self._reported_about(t, after, index):
            return True
        if not self.linear:
            return False
        return (
            t.i == t.sent.start
            and after is not None
            and index.person_at(after) is not None
            and not any(
                self._word_in(x, kind) for x in t.sent for kind in ("blockers", "conditional", "annul")
            )
        )

    def _reported_about(self, t: Token, after: Token | None, index: PersonIndex) -> bool:
        """«Об освобождении X сообщил её муж», «Пра затрыманне X паведамілі праваабаронцы»: a
        sentence that opens by saying what it reports — a noun of detention or release with a
        name right after it — and whose verb reports it states the event as a fact, unless a
        word of demand or possibility stands in it («Об освобождении X просят»)."""
        sent = t.sent
        while (
            after is not None
            and after.i < min(sent.end - 1, t.i + 3)
            and after.is_lower
            and after.is_alpha
            and len(after) > 3
        ):
            if not self.linear and self._word_in(after, "possessors"):
                return False  # «сообщила о задержании мужа X»: X's husband's event, X tells it
            after = t.doc[after.i + 1]  # «Об аресте блогера X»: a role noun before the name
        blocking = ("blockers", "conditional", "annul", "negation")
        if (
            not self.linear
            and t.i == sent.start
            and t.dep_ in ("nsubj", "nsubj:pass", "obj")
            and after is not None
            and index.person_at(after) is not None
            and (
                self._word_in(t.head, "happened")
                or (self._word_in(t.head, "known") and t.head.lemma_ != "стать")
                or any(x.lower_ == "известно" and x.head.i == t.head.i for x in sent)
            )
            and not any(self._word_in(x, kind) for x in sent for kind in blocking)
        ):
            return True  # «Задержание X стало известно через неделю», «Арест X произошёл в мае»
        opening = t.i == sent.start + 1 and self._word_in(t.doc[sent.start], "about")
        return (
            (opening or self._reported_after_verb(t))
            and after is not None
            and index.person_at(after) is not None
            and any(self._word_in(x, "speech") or self._word_in(x, "known") for x in sent)
            and not any(self._word_in(x, kind) for x in sent for kind in blocking)
        )

    def _reported_after_verb(self, t: Token) -> bool:
        """«Стало известно о задержании X», «"Вясна" паведаміла пра затрыманне X»: «о»/«пра»
        right before the noun, and a verb of telling or knowing before it in the same clause
        (no comma between), reports the event as a fact. Russian takes only the verbs that
        report a fact (`reported_fact`: сообщить, стало известно, подтвердить), not any verb of
        speech («говорят о помиловании», «спросил об освобождении»)."""
        if t.i <= t.sent.start or not self._word_in(t.doc[t.i - 1], "about"):
            return False
        kinds = ("speech", "known") if self.linear else ("reported_fact",)
        for x in reversed(t.doc[t.sent.start : t.i - 1]):
            if x.is_punct:
                return False
            if any(self._word_in(x, kind) for kind in kinds):
                return True
        return False

    def _linear(
        self,
        t: Token,
        finding: Finding,
        index: PersonIndex,
        trigger_ids: set[int],
        quotes: Sequence[QuoteFinding],
        rule: TriggerRule,
    ) -> None:
        """Each person in the sentence goes to its nearest trigger; a sentence without names
        gives the trigger a pronoun's antecedent; a number before a group noun is the count."""
        lex = self.lexicon
        doc = t.doc
        sent_triggers = [
            i
            for i in trigger_ids
            if doc[i].sent == t.sent and i not in self._clause_triggers and i not in self._termless
        ]
        spans = [(q.start, q.end) for q in quotes]
        quoted = any(a <= t.idx < b for a, b in spans)
        # the people of «Траіх з памілаваных, сярод іх X і Y, вывезлі» are of the verb's
        # part too: the whole's participle does not compete with it for them
        rivals = sent_triggers
        if not self._partitive_whole(t):
            rivals = [i for i in sent_triggers if not self._partitive_whole(doc[i])]
        # what the trigger's own words say of whose it is, the same for every name in the sentence
        relative = self._relative_clause(t, index)
        owner = self._relative_owner(t.doc, relative, index)
        participle_gender = self._participle_gender(t, index)
        brackets = _brackets_around(t)
        # «…, які / якая …» opens the trigger's clause: a name past the clause's comma is not its
        # (only a clause that hangs on a name: «тых, каго вызвалілі, — X» is X's)
        own_clause_opened = any(
            self._word_in(doc[k], "relative_words")
            and doc[k - 1].text == ","
            and k >= 2
            and index.person_at(doc[k - 2]) is not None
            for k in range(max(t.sent.start + 1, t.i - 5), t.i + 1)  # («, якой у 2023 годзе далі»)
        ) or self._pronoun_clause_on_name(t, index)
        for root, person in index.mention_roots():
            if root.sent != t.sent or person in finding.persons:
                continue
            if any(a <= root.idx < b for a, b in spans) != quoted or _quoted_apart(root, t):
                continue
            if self._agent_role(root, index):
                self._agents.add(id(person))  # (nor the one a pronoun after it stands for)
                continue
            if (
                (
                    self._possessor(root, index, past_role=self._case_by_ending(t, root, rule))
                    and owner is not person
                )
                or self._clause_break(t, root, index)
                or self._stays(t, root, person, index)
                or self._source(root, person, index)
                or self._teller_after(t, root, person, index)
                or self._other_clause_verb(t, root, person, index, trigger_ids, rule)
            ):
                continue
            if self._passive_agent(root, t, person, index):
                finding.agent = finding.agent or person.name
                continue
            if self._owner_after(t, root, person, rule, index):
                continue
            if self._kin_of_described(t, root, person, index) or self._kin_relatives_participle(t, root):
                continue
            if any(self._passive_agent(root, doc[i], person, index) for i in sent_triggers if i != t.i):
                continue  # «памілаваны Лукашэнкам і выйшаў на волю»: who pardoned did not walk free
            if id(person) in self._agents and any(
                i != t.i and abs(i - root.i) <= 3 and self._active_past(doc[i]) for i in sent_triggers
            ):
                continue  # «X, якую памілаваў Лукашэнка, вывезлі»: who pardoned was not taken away
            if (
                rule.patient == "object"
                and root.i < t.i
                and (
                    self._active_past(t)
                    # «X падпісаў указ аб памілаванні 14 асуджаных»: a noun's event, the verb before it X's
                    or (rule.needs_count and any(self._active_past(x) for x in doc[root.i + 1 : t.i]))
                )
                and not any(i in trigger_ids for i in range(root.i + 1, t.i))
                and not _inflected(root, person, index)
                and not (
                    self._relative_object_before(t)
                    # «…, якіх Аляксандр Лукашэнка памілаваў»: a name after the relative word is
                    # the clause's subject, one before it is the relative's noun
                    and not any(
                        x.lower_ in lex.sets.get("relative_objects", ())
                        for x in doc[max(t.sent.start, root.i - 3) : root.i]
                    )
                )
            ):
                self._agents.add(id(person))
                continue  # «Лукашэнка памілаваў 31 палітвязня»: the name before an active verb is its agent
            if (
                rule.patient == "object"
                and root.i > t.i
                and self._active_past(t)
                and self._relative_object_before(t)
                and not _inflected(root, person, index)
            ):
                finding.agent = finding.agent or person.name
                self._agents.add(id(person))
                continue  # «X, якога памілаваў Аляксандр Лукашэнка»: the name after the verb did it
            # the nearest trigger, or the nearest on the other side with no other name between
            # («памёр пенсіянер Аляксей Бохан, асуджаны за каментар» is both)
            # («Усе чацвёра асуджаныя: X і Y суд прызначыў па два гады»: a trigger past a colon or
            # a semicolon from the name is of another clause and does not compete with one of its own)
            near = (
                rivals
                if _across_mark(doc, root.i, t.i)
                else [i for i in rivals if not _across_mark(doc, root.i, i)]
            )
            side = [
                i
                for i in near
                if (i < root.i) == (t.i < root.i) and not self._describes_name(doc[i], t, root)
            ]
            lo, hi = sorted((root.i, t.i))
            if self._excepted(root, person, index):
                continue  # «Усіх іх, акрамя X, вывезлі ў Літву»: X is the one it did not happen to
            if self._owns_place(root, person, index):
                continue  # «затрымалі ў кватэры X», «у доме яе сяброўкі X»: whose the place is
            if root.i < t.i and self._closed_relative(root, t, index) is not None:
                continue  # «X, зь якім Y затрымалі ў адзін дзень, выйшаў на волю»: Y is the clause's
            # (a name told as who pardoned or freed stands between no one: «X, якую памілаваў
            # Лукашэнка, вывезлі»; nor one inside a relative clause on the name that closed before
            # the trigger: «X, зь якім Y затрымалі …, выйшаў»)
            inside = self._closed_relative_after(root, person, t, index)
            alone = not any(
                index.person_at(x) not in (None, person)
                and id(index.person_at(x)) not in self._agents
                and not (inside is not None and inside[0] < x.i < inside[1])
                for x in doc[lo + 1 : hi]
            ) and not any(x.text in (";", ":") for x in doc[lo + 1 : hi])
            distance = abs(root.i - t.i)
            if alone and t.i < root.i and self._relative_of_another(t, person, index):
                alone = False  # «X, якой далі 6 гадоў, і Y, які адбываў …»: X's clause, not Y's
            if brackets is not None and root.i > brackets[1]:
                continue  # «X (яе асудзілі на 3 гады) і Y …»: the brackets' event is not Y's
            if root.i > t.i and own_clause_opened and any(x.text == "," for x in doc[t.i + 1 : root.i]):
                continue  # «X, які адбываў 3 гады, і Y»: the relative clause ended before Y
            if root.i > t.i and self._in_relative_after(t, root, person, index):
                continue  # «памёр фатограф X, зь якім Y рабіў рэпартажы»: Y acts in X's relative clause
            if root.i < t.i and self._with_in_own_relative(root, person, t, index):
                continue  # «X, які сядзеў з Y у адным атрадзе і вызваліўся»: Y is whom X was with
            if root.i < t.i and self._group_relative_apart(t, root, person, index):
                continue  # «X расказаў пра 30 чалавек, якіх затрымалі»: the clause is the group's
            if root.i < t.i and self._participle_of_other(t, person, index):
                continue  # «…, акрамя Ігара, быў і журналіст Y, асуджаны на пяць гадоў»: Y's alone
            if root.i < t.i and _inside_relative_of(t, root, person, owner):
                continue  # «X — жонка Y, які быў арыштаваны …»: the clause is Y's, not X's
            if root.i < t.i and relative is not None and person.gender not in (None, relative[1]):
                continue  # «X і яго жонка, якую адпусцілі ўвечары»: the wife's clause, not his
            if person.gender and participle_gender not in (None, person.gender):
                continue  # «X, асуджаная на чатыры гады, а таксама Y»: a woman's participle, not his
            if self._asyndetic_clauses(t, root, person, rivals, index):
                continue
            if all(distance <= abs(root.i - i) for i in near) or (
                alone and all(distance <= abs(root.i - i) for i in side)
            ):
                finding.persons.append(person)
            elif alone and self._past_parenthetical(root, t, index):
                finding.persons.append(person)
                # «X і Y, якіх памілавалі ў пятніцу, былі вывезеныя»: the list the plural clause
                # hangs on goes on to the verb after it
                end = _mention_end(root, person)
                if end + 1 < t.i and doc[end].text == "," and self._word_in(doc[end + 1], "relative_plural"):
                    for other in self._listed_with(end - 1, person, index):
                        if other not in finding.persons:
                            finding.persons.append(other)
        for person in self._named_and_more(t, index, sent_triggers):
            if person not in finding.persons:
                finding.persons.append(person)
        for person in self._coordinated_after(t, index):
            if person not in finding.persons:
                finding.persons.append(person)
        for person in self._subject_before_parenthetical(t, finding, index):
            if person not in finding.persons:
                finding.persons.append(person)
        for person in self._family_name(t, index, sent_triggers):
            if person not in finding.persons:
                finding.persons.append(person)
        for person in self._plural_relative_list(t, index):
            if person not in finding.persons:
                finding.persons.append(person)
        for person in self._touching_list(t, index):
            if person not in finding.persons:
                finding.persons.append(person)
        for person in self._kin_patients(t, trigger_ids, index):
            if person not in finding.persons:
                finding.persons.append(person)
        for person in self._pronoun_beside_companions(t, finding, index):
            if person not in finding.persons:
                finding.persons.append(person)
        quote = next((q for q in quotes if q.start <= t.idx < q.end and q.speaker), None)
        if not finding.persons and quote is not None:
            # «Мяне затрымалі на працы», an interview answer or a quote: the speaker's own event
            mine = [
                x
                for x in doc[t.sent.start : t.sent.end]
                if (x.lower_ in lex.pronouns["first"] or self._first_plural(x))
                and quote.start <= x.idx < quote.end
                # «Мы бачым практыку: людзей затрымліваюць …»: the speaker's clause ends at a colon
                and not (
                    self.linear and any(y.text in (":", ";") for y in doc[min(x.i, t.i) : max(x.i, t.i)])
                )
            ]
            plural = tuple(lex.sets.get("plural_endings", ()))
            if self.linear and any(
                self._word_in(y, "group_nouns") and y.lower_.endswith(plural)
                for y in doc[max(t.sent.start, t.i - 2) : min(t.sent.end, t.i + 3)]
                if y.i != t.i
            ):
                mine = []  # «людзей затрымліваюць зноў»: people at large, not the speaker
            if mine:
                finding.persons.append(quote.speaker)
        if not finding.persons and not quoted:
            person = self._addressee(t, index)
            if person is not None:
                finding.persons.append(person)  # «Ж.: Вас затрымалі на працы?\nX: Так, …»
        if not finding.persons and not any(
            r.sent == t.sent and not self._colon_between(r, t) for r, _ in index.mention_roots()
        ):
            # the pronoun of the trigger's own clause: «Яе адпусцілі, а яго змясцілі ў СІЗА»; a
            # clause after a colon or a semicolon names nobody when the names stand before it
            # («… брата, X: яго пратрымалі 10 сутак, а потым адпусцілі»; «затрымалі X; празь
            # месяц суд прысудзіў яму тры гады»)
            according = lex.sets.get("according", set())
            pronouns = [
                x
                for x in doc[t.sent.start : t.sent.end]
                if self._owner_gender(x)
                and x.lower_ not in lex.pronouns["plural"]
                # «паводле яе версіі», «па яго словах»: whose account it is, not who underwent it
                and not (x.i > 0 and doc[x.i - 1].lower_ in according)
                # «"…затрымліваюць …, — заявіў ён»: the attribution's pronoun is the speaker
                and not (
                    quoted
                    and any(self._word_in(doc[k], "speech") for k in (x.i - 1, x.i + 1) if 0 <= k < len(doc))
                )
                and not (x.i + 1 < len(doc) and doc[x.i + 1].lower_ in according)
                # «Яго сусед затрыманы», «Яго 70-гадовага бацьку затрымалі»: the neighbour or
                # father, not the man «яго» refers to
                and not self._owns_relative_after(x)
            ]
            if any(r.sent == t.sent for r, _ in index.mention_roots()):
                pronouns = [x for x in pronouns if not self._colon_between(x, t)]
            pronouns = [x for x in pronouns if not self._pronoun_agent(x, t, rule)]
            if pronouns:
                x = min(
                    pronouns,
                    key=lambda x: (
                        any(i in trigger_ids for i in range(min(x.i, t.i) + 1, max(x.i, t.i))),
                        abs(x.i - t.i),
                    ),
                )
                gender = self._owner_gender(x)
                if not self._unnamed_subject(x, gender, index) and not self._one_more_unnamed(x, index):
                    # «…, якога памілаваў Аляксандр Лукашэнка … яго вывезлі»: not who pardoned
                    person = index.latest_before(x.i, gender, exclude=self._agents)
                    if person is not None:
                        finding.persons.append(person)
        if not finding.persons and not any(r.sent == t.sent for r, _ in index.mention_roots()):
            person = self._latter(t, index)
            if person is not None:
                finding.persons.append(person)
        if not finding.persons:
            person = self._adjacent_pronoun(t, index, rule)
            if person is not None:
                finding.persons.append(person)
        if not finding.persons:
            finding.persons.extend(self._they_after_colon(t, index))
        if not finding.persons:
            finding.persons.extend(self._they_told_before(t, index, trigger_ids))
        if not finding.persons:
            finding.persons.extend(self._both_named_before(t, index))
        if not finding.persons:
            finding.persons.extend(
                self._linear_back_reference(t, index, trigger_ids, subject=rule.patient == "subject")
            )
        if not finding.persons:
            finding.persons.extend(self._clause_role(t, index))
        if not finding.persons:
            first = self._first_conjunct(t, trigger_ids, index)
            if first is not None:
                # «жанчыну перавезлі ў Гродна і там зноў змясцілі ў камеру»: the object of the first
                # verb of the pair is the second's too
                person = self._adjacent_pronoun(first, index)
                if person is not None:
                    finding.persons.append(person)
                else:
                    finding.persons.extend(self._linear_back_reference(first, index, trigger_ids))
        if not finding.persons and not any(r.sent == t.sent for r, _ in index.mention_roots()):
            finding.persons.extend(
                self._elided_subject(t, index, rule.label, subject=rule.patient == "subject")
            )
        if finding.persons and self._only_companions(t, finding.persons, index):
            # «41-гадовую жанчыну ўзялі пад варту ў адзін дзень з Рудковіч»: the names are whom the
            # patient went with; the patient is the role noun or pronoun beside the trigger
            own = self._adjacent_pronoun(t, index, rule)
            told = (
                [own]
                if own is not None
                else self._linear_back_reference(t, index, trigger_ids, companions=True)
            )
            finding.persons = [*told, *(p for p in finding.persons if p not in told)]
        self._linear_count(t, finding, trigger_ids)
        if not finding.persons and finding.count is None and not finding.group_ref:
            # «Актывістаў затрымалі ў сакавіку»: a plural group noun beside the trigger
            plural = tuple(lex.sets.get("plural_endings", ()))
            for x in doc[max(t.sent.start, t.i - 1) : min(t.sent.end, t.i + 2)]:
                if x.i != t.i and self._word_in(x, "group_nouns") and x.lower_.endswith(plural):
                    finding.group_ref = True
                    finding.told_back = self._told_back(x, t)
                    break
            else:
                x = self._owned_group_before(t)
                if x is not None:
                    finding.group_ref = finding.told_back = True
        if not finding.persons and finding.count is None and not finding.group_ref:
            # «Усіх, акрамя двух, вызвалілі»: «all» in the trigger's clause (no other trigger
            # between) is the group told before, as «все» is in the parsed Russian
            for x in doc[max(t.sent.start, t.i - 6) : min(t.sent.end, t.i + 2)]:
                if x.i == t.i or not self._word_in(x, "all_of"):
                    continue
                lo, hi = sorted((x.i, t.i))
                if any(lo < i < hi for i in trigger_ids):
                    continue
                if (
                    x.i > t.sent.start
                    and self._part_of_group(doc[x.i - 1])
                    and any(y.like_num or y.lower_ in lex.numbers for y in doc[t.sent.start : x.i])
                ):
                    # «выйшлі 25 палітвязняў, і амаль усіх вывезлі»: a part of the group whose
                    # number the sentence tells is no group told back (that would give it the
                    # number); «… 52 палітвязняў. Амаль усіх іх вывезлі» still tells the group back
                    finding.group_ref = True
                    break
                finding.group_ref = finding.pronoun_group = finding.told_back = True
                break

    def _other_clause_verb(
        self,
        t: Token,
        root: Token,
        person: Person,
        index: PersonIndex,
        trigger_ids: set[int],
        rule: TriggerRule,
    ) -> bool:
        """(Belarusian) «На волю выйшла X — яна патэлефанавала Y», «Y баіцца за сына: … памёр X»,
        «Ганну адпусцілі, Марыю змясцілі ў ІЧУ»: a name past a comma, dash or colon from the
        trigger, whose own clause has a verb of its own (no trigger, no relative or reported
        clause), is that verb's, not the trigger's, when the trigger's own clause names someone
        else. Without a parse a verb is told by its ending (`clause_verb_endings`, not a noun of
        `not_verbs` nor a word right after a preposition or one of those words: «калі вызвалілі» is
        a clause of time). Not for an arrest, whose patients go on in verbs of taking away that are
        no triggers («X затрымалі, Y павезлі следам»), nor when the trigger's clause is a relative
        or reported one, or its only other name is the active verb's agent."""
        if not self.linear or rule.label == "arrest":
            return False
        doc, sent = t.doc, t.sent
        lo, hi = sorted((root.i, t.i))
        if not any(x.text in _CLAUSE_MARKS for x in doc[lo + 1 : hi]):
            return False
        t_lo, t_hi = _clause_around(t)
        lex = self.lexicon.sets
        # who acts in an active verb's clause is no patient («…, якіх X памілаваў»)
        acting = rule.patient == "object" and self._active_past(t)
        if not any(
            index.person_at(x) not in (None, person)
            and id(index.person_at(x)) not in self._agents
            and not (acting and x.i < t.i)
            for x in doc[t_lo:t_hi]
        ):
            return False  # («X пісала скаргі, яе затрымалі»: the trigger's clause names no one)
        if any(self._opens_clause(x) for x in doc[t_lo:t_hi]):
            return False  # a clause on a noun of the name's: «X трапіла ў сьпіс з 52, якіх …»
        n_lo, n_hi = _clause_around(root)
        endings = tuple(lex.get("clause_verb_endings", ()))
        closed = set(lex.get("not_verbs", ())) | set(lex.get("prepositions", ()))
        for x in doc[max(n_lo, sent.start) : n_hi]:
            if self._opens_clause(x):
                return False  # a relative or reported clause: whose verb it is is not told here
            if x.i in trigger_ids or index.person_at(x) is not None:
                continue
            if (
                endings
                and x.is_alpha
                and x.is_lower
                and len(x.text) >= 4
                and x.lower_.endswith(endings)
                and x.lower_ not in closed
                and not (x.i > 0 and doc[x.i - 1].lower_ in closed)
            ):
                return True
        return False

    def _opens_clause(self, x: Token) -> bool:
        """A relative word or a complementizer: the clause it opens is a relative or reported one."""
        return self._word_in(x, "relative_words") or x.lower_ in self.lexicon.sets.get("complementizers", ())

    def _only_companions(self, t: Token, persons: list[Person], index: PersonIndex) -> bool:
        """Every name the trigger took in its sentence stands after «з» led by a word of company
        (`companion_leads`: «разам з X», «у адзін дзень з X», «адначасова з X»), after the
        trigger: they went through it with its patient, who is told by other words."""
        doc = t.doc
        leads = self.lexicon.sets.get("companion_leads", ())
        if not leads:
            return False
        named = [(root, person) for root, person in index.mention_roots() if root.sent == t.sent]
        if {id(p) for _, p in named if p in persons} != {id(p) for p in persons}:
            return False  # («яе» took the pronoun's antecedent: a patient told by other words already)
        for root, person in named:
            if person not in persons:
                continue
            start = _mention_start(root, person, index)
            if start <= t.i + 1 or not self._word_in(doc[start - 1], "with_prepositions"):
                return False
            if not any(x.lower_ in leads for x in doc[max(t.i + 1, start - 4) : start - 1]):
                return False
        return True

    def _pronoun_clause_on_name(self, t: Token, index: PersonIndex) -> bool:
        """«Кацярыну Лапо з Кобрыну, яна адбывала паўтара году за данаты, і Сьвятлану Шэўчык»:
        a clause set off after a name by a comma and opened by a nominative personal pronoun
        (`subject_pronouns`) right before the trigger tells of that name, as «, якая адбывала …»
        would; a name after the clause's closing comma is not its patient. The name may carry a
        short complement before the comma («з Кобрыну»): up to three words, no punctuation."""
        doc = t.doc
        subject = self.lexicon.sets.get("subject_pronouns", ())
        for k in range(max(t.sent.start + 1, t.i - 3), t.i):
            if doc[k].lower_ not in subject or doc[k - 1].text != ",":
                continue
            for j in range(k - 2, max(t.sent.start, k - 5) - 1, -1):
                if doc[j].is_punct:
                    break
                if index.person_at(doc[j]) is not None:
                    return True
        return False

    def _pronoun_agent(self, x: Token, t: Token, rule: TriggerRule | None) -> bool:
        """«Усіх пяцярых абвінавачаных … яна прызнала вінаватымі»: a nominative personal pronoun
        (`subject_pronouns`) right before an active past verb whose patient is its object, with
        at most two words and no punctuation between, is the verb's subject — who judged or
        pardoned (the judge named before), not who was judged. The object cases («яе прызналі»,
        «яму далі») and the verbs whose patient is their subject («ён выйшаў на волю») are left
        as they were."""
        if rule is None or rule.patient != "object" or not self._active_past(t):
            return False
        if x.lower_ not in self.lexicon.sets.get("subject_pronouns", ()) or not 0 < t.i - x.i <= 3:
            return False
        return not any(y.is_punct for y in t.doc[x.i + 1 : t.i])

    def _owned_group_before(self, t: Token) -> Token | None:
        """(Belarusian) «Фігурантаў справы затрымалі ў красавіку», «Супрацоўнікаў «Гомельскай
        праўды» затрымалі 23 студзеня»: a plural group noun that opens the sentence, then its
        genitive owner, then the trigger — the owner the case (`shared_case_nouns`) or a body the
        article has already named (each of its words told before the sentence, by its first
        letters: no parse gives the lemma) — tells back the group of that case or body, as the
        bare noun beside the trigger does. Not a body first named here («Супрацоўнікаў новага
        выдання затрымалі»: another group), nor a place («з Гомеля»: a preposition between)."""
        doc = t.doc
        x = doc[t.sent.start]
        fronted = tuple(self.lexicon.sets.get("object_plural_endings", ()))
        if not (t.i - 5 <= x.i < t.i - 1 and self._word_in(x, "group_nouns") and x.lower_.endswith(fronted)):
            return None  # («Супрацоўнікі КДБ затрымалі …»: the nominative is who acted)
        between = [y for y in doc[x.i + 1 : t.i] if not (y.is_punct and y.text in '"«»„“')]
        if not between or not all(y.is_alpha for y in between):
            return None
        if len(between) == 1 and self._word_in(between[0], "shared_case_nouns"):
            return x
        told = {y.lower_[:4] for y in doc[: t.sent.start] if y.is_alpha and len(y) >= 4}
        if all(
            len(y) >= 4 and y.lower_[:4] in told and y.lower_ not in self.lexicon.sets.get("and", ())
            for y in between
        ):
            return x if self._told_back(x, t) else None
        return None

    def _group_relative_apart(self, t: Token, root: Token, person: Person, index: PersonIndex) -> bool:
        """(Belarusian) A plural relative clause hanging on a group, not on a name («…, 30
        чалавек, якіх затрымалі»), holds the event; a name before the group is of it only when
        told as a member («X быў сярод 14 вязняў, якіх …», «X — адзін з 16 вызваленых, якіх …»)."""
        doc = t.doc
        k = next(
            (
                k
                for k in range(t.i, max(t.sent.start + 1, t.i - 6) - 1, -1)
                if self._word_in(doc[k], "relative_plural") and doc[k - 1].text == ","
            ),
            None,
        )
        if k is None or k - 2 <= root.i or index.person_at(doc[k - 2]) is not None:
            return False
        between = doc[_mention_last(root, person, index, k) + 1 : k - 1]
        one_of = self.lexicon.sets.get("one_of", ())
        return not any(
            self._word_in(x, "members")
            or x.lower_
            in ("лік", "спіс", "сьпіс", "спісе", "сьпісе", "складзе", "колькасці")  # («трапіў у лік 52 …»)
            or (x.lower_ in one_of and x.i + 1 < k and self._word_in(doc[x.i + 1], "out_of"))
            for x in between
        )

    def _excepted(self, root: Token, person: Person, index: PersonIndex) -> bool:
        """(Belarusian) «Усіх іх, акрамя X, вывезлі», «усе, апроч X і Y, выйшлі»: a name right
        after «except» (`except`, a conjoined name included) is left out of the clause's event."""
        doc = root.doc
        k = _mention_start(root, person, index) - 1
        while k > root.sent.start and (doc[k].lower_ in self.lexicon.sets["and"] or index.person_at(doc[k])):
            k -= 1  # «акрамя X і Y»: Y's «except» is X's
        return k >= root.sent.start and self._word_in(doc[k], "except")

    def _owns_place(self, root: Token, person: Person, index: PersonIndex) -> bool:
        """(Belarusian) «Усіх траіх узялі ў кватэры X», «затрымалі ў доме яе сяброўкі X»: a name
        after a place noun (`owned_places`) that a preposition governs, past at most a possessive
        and a kin noun, is the place's owner (a genitive), not the event's patient."""
        places = self.lexicon.sets.get("owned_places", ())
        if not places:
            return False
        doc = root.doc
        k = _mention_start(root, person, index) - 1
        for _ in range(2):
            if k > root.sent.start and (
                self._word_in(doc[k], "possessors") or doc[k].lower_ in self.lexicon.all_pronouns
            ):
                k -= 1
        return (
            k > root.sent.start
            and doc[k].lower_ in places
            and (doc[k - 1].lower_ in self.lexicon.sets.get("prepositions", ()) or doc[k - 1].lower_ == "ля")
        )

    def _relative_opener(self, doc: Doc, comma: int) -> bool:
        """(Belarusian) a comma that opens a relative clause: «, які …», «, зь якім …», «, з мужам
        якой …» (the relative word first, or after a preposition and at most one noun)."""
        nxt = doc[comma + 1] if comma + 1 < len(doc) else None
        if nxt is None:
            return False
        if self._word_in(nxt, "relative_words"):
            return True
        # «, зь якім …», «, з мужам якой …»: a preposition, at most one noun, the relative word
        return (
            nxt.is_lower
            and (nxt.lower_ in self.lexicon.sets.get("prepositions", ()) or nxt.norm_ in ("з", "са"))
            and any(
                self._word_in(x, "relative_words")
                and all(y.is_lower and y.is_alpha for y in doc[comma + 2 : x.i])
                for x in doc[comma + 2 : min(len(doc), comma + 4)]
            )
        )

    def _closed_relative(self, root: Token, t: Token, index: PersonIndex) -> tuple[int, int] | None:
        """(Belarusian) the relative clause that holds `root` when it opens right after another
        name's comma and closes with a comma before the trigger `t` (the main verb after it):
        its (opening, closing) comma positions; None when `root` is not in such a clause."""
        doc = root.doc
        opening = None
        for k in range(root.i - 1, max(root.sent.start, root.i - 10) - 1, -1):
            if doc[k].text in (";", ":", ".", "—", "–", "(", ")"):
                return None
            if doc[k].text == ",":
                if self._relative_opener(doc, k) and k > root.sent.start and index.person_at(doc[k - 1]):
                    opening = k
                break
        if opening is None:
            return None
        closing = next((x.i for x in doc[root.i + 1 : t.i] if x.text in (",", ";", ":", "—", "–")), None)
        if closing is None or doc[closing].text != ",":
            return None
        return opening, closing

    def _closed_relative_after(
        self, root: Token, person: Person, t: Token, index: PersonIndex
    ) -> tuple[int, int] | None:
        """(Belarusian) «X, зь якім Y затрымалі ў адзін дзень, выйшаў на волю»: the relative
        clause right after X's name, closed by a comma before the trigger after it, as (opening,
        closing) comma positions; None when the name is not followed by one."""
        if root.i > t.i:
            return None
        doc = root.doc
        end = _mention_end(root, person)
        if end >= t.i or doc[end].text != "," or not self._relative_opener(doc, end):
            return None
        closing = next((x.i for x in doc[end + 2 : t.i] if x.text in (",", ";", ":", "—", "–")), None)
        if closing is None or doc[closing].text != ",":
            return None
        return end, closing

    def _companion_mention(self, root: Token, person: Person, index: PersonIndex) -> bool:
        """(Belarusian) the name stands after «разам з / са» (`together`, `with_prepositions`),
        past at most a kin or role noun and a comma («разам з бацькам, Юрыем К.», «разам з
        сяброўкай Вольгай Л.»): whom the patient went with."""
        doc = root.doc
        start = _mention_start(root, person, index)
        for k in range(start - 1, max(root.sent.start, start - 5) - 1, -1):
            x = doc[k]
            if (
                self._word_in(x, "with_prepositions")
                and k > root.sent.start
                and self._word_in(doc[k - 1], "together")
            ):
                return True
            if not (x.is_lower or x.text == ",") or index.person_at(x) is not None:
                return False
        return False

    def _with_in_own_relative(self, root: Token, person: Person, t: Token, index: PersonIndex) -> bool:
        """«Былы палітвязень X, які сядзеў з Y у адным атрадзе і вызваліўся ў верасні»: inside
        the trigger's own relative clause on another name, a name after «з / са» (`with_prepositions`,
        not after «разам»: «які разам з Y выйшаў» went out with Y) is whom the clause's subject
        was with, not one the trigger happened to."""
        doc = t.doc
        start = _mention_start(root, person, index)
        if start < 1 or not self._word_in(doc[start - 1], "with_prepositions"):
            return False
        if start >= 2 and self._word_in(doc[start - 2], "together"):
            return False
        return any(
            self._word_in(doc[k], "relative_words")
            and doc[k - 1].text == ","
            and index.person_at(doc[k - 2]) not in (None, person)
            for k in range(max(t.sent.start + 2, start - 6), start - 1)
        )

    def _owns_relative_after(self, x: Token) -> bool:
        """(Belarusian) A kin, friend or lawyer noun (`possessors`, `relation_forms`) follows the
        pronoun `x`, right after it or past up to two of its modifiers (an age «70-гадовага», an
        adjective in a long ending of `adjective_endings`: «пажылую», «малодшага»): «Яго
        70-гадовага бацьку затрымалі» tells of the father, so «яго» is no patient. Session 59
        (rufam): the modifier let the pronoun through."""
        doc = x.doc
        endings = tuple(e for e in self.lexicon.sets.get("adjective_endings", ()) if len(e) > 1)

        def relative(y: Token) -> bool:
            return self._word_in(y, "possessors") or self._word_in(y, "relation_forms")

        k = x.i + 1
        while (
            k < min(len(doc), x.i + 3)
            and not relative(doc[k])
            and (
                "-гадов" in doc[k].lower_
                or "-летн" in doc[k].lower_
                or (doc[k].is_alpha and doc[k].is_lower and bool(endings) and doc[k].lower_.endswith(endings))
            )
        ):
            k += 1
        return k < len(doc) and relative(doc[k])

    def _one_more_unnamed(self, x: Token, index: PersonIndex) -> bool:
        """«Яшчэ аднаго фігуранта справы, 61-гадовага электраманцёра, суд вызваліў у зале суда:
        яму прызначылі два гады …», «Другога затрыманага адпусьцілі, яму …»: earlier in the
        pronoun's sentence, with no name before the pronoun, one more unnamed person («яшчэ» and
        a word of one, or an ordinal or «іншага» of `own_objects`) before a lower-case noun: the
        pronoun means that one, not the last person the article named."""
        doc = x.doc
        sent = x.sent
        if any(sent.start <= r.i < x.i for r, _ in index.mention_roots()):
            return False
        for k in range(sent.start, x.i - 1):
            y = doc[k]
            one_more = (
                self._word_in(y, "more")
                and k + 2 < x.i
                and number_value([doc[k + 1]], self.lexicon) == 1
                and not doc[k + 1].like_num
            )
            ordinal = self._word_in(y, "own_objects")
            if not (one_more or ordinal):
                continue
            noun = doc[k + 2] if one_more else doc[k + 1]
            if noun.is_alpha and noun.is_lower and index.person_at(noun) is None:
                return True
        return False

    def _pronoun_beside_companions(self, t: Token, finding: Finding, index: PersonIndex) -> list[Person]:
        """(Belarusian) «Яго затрымалі разам з бацькам, Юрыем К.», «Яе асудзілі разам з мужам X»:
        when every name the trigger took stands after «разам з», the personal pronoun of the
        trigger's clause is a patient too — the person of its gender named last before it (the
        companions do not count), as a sentence without names gives it."""
        if not self.linear or not finding.persons:
            return []
        doc = t.doc
        roots = [(r, p) for r, p in index.mention_roots() if r.sent == t.sent]
        if not roots or not all(self._companion_mention(r, p, index) for r, p in roots):
            return []
        lex = self.lexicon
        pronouns = [
            x
            for x in doc[t.sent.start : t.sent.end]
            if pronoun_gender(x, lex)
            and x.lower_ not in lex.pronouns["plural"]
            and abs(x.i - t.i) <= 3
            and not (
                x.i > 0 and (doc[x.i - 1].pos_ == "ADP" or self._word_in(doc[x.i - 1], "with_prepositions"))
            )
            and not (x.i + 1 < len(doc) and self._word_in(doc[x.i + 1], "possessors"))
            and not (x.i + 1 < len(doc) and self._word_in(doc[x.i + 1], "relation_forms"))
        ]
        if len(pronouns) != 1:
            return []
        x = pronouns[0]
        companions = {id(p) for _, p in roots}
        person = index.latest_before(x.i, pronoun_gender(x, lex), exclude={*self._agents, *companions})
        return [person] if person is not None else []

    def _owner_gender(self, x: Token) -> str | None | bool:
        """The gender of a third-person pronoun, or (Belarusian) of a possessive determiner's
        owner («ягоны», «ейная», `possessive_determiners`): «Ейны тэрмін складаў чатыры гады»
        tells her term as «Яе тэрмін» does. False for any other word."""
        return pronoun_gender(x, self.lexicon) or self.lexicon.words.get("possessive_determiners", {}).get(
            x.lower_, False
        )

    def _colon_between(self, x: Token, t: Token) -> bool:
        """(Belarusian) A colon or a semicolon between two words of a sentence."""
        lo, hi = sorted((x.i, t.i))
        return self.linear and any(y.text in (":", ";") for y in t.doc[lo:hi])

    def _in_relative_after(self, t: Token, root: Token, person: Person, index: PersonIndex) -> bool:
        """A name after the trigger inside a relative clause («, зь якім Y …», «, з якой Y …»)
        that hangs on another person's name right before its comma: the clause's subject, not
        the trigger's patient."""
        doc = t.doc
        for k in range(root.i - 1, max(t.i, root.i - 4), -1):
            x = doc[k]
            if not self._word_in(x, "relative_words"):
                continue
            at = k - 1
            if at > t.i and doc[at].norm_ in ("з", "са", "ад", "для", "пра", "да", "у"):
                at -= 1
            if at - 1 > t.i and doc[at].text == ",":
                owner = index.person_at(doc[at - 1])
                return owner is not None and owner is not person
            return False
        return False

    def _participle_of_other(self, t: Token, person: Person, index: PersonIndex) -> bool:
        """A singular participle right after a comma and another person's name («…, быў і
        журналіст Y, асуджаны ў 2022 годзе на пяць гадоў») describes that name alone, not a
        name told earlier in the sentence."""
        doc = t.doc
        if t.i < 2 or doc[t.i - 1].text != "," or not _PARTICIPLE.search(t.lower_):
            return False
        if t.lower_.endswith(("ыя", "ія")):
            return False  # «A і B, асуджаныя …»: a plural participle is the list's
        other = index.person_at(doc[t.i - 2])
        return other is not None and other is not person

    def _kin_patients(self, t: Token, trigger_ids: set[int], index: PersonIndex) -> list[Person]:
        """«асудзіў маці на два гады», «затрымалі бацьку і сына»: bare kin nouns in the trigger's
        clause (up to a comma or another trigger) are the persons named with them before."""
        doc = t.doc
        out: list[Person] = []
        for step in (1, -1):
            k = t.i + step
            while t.sent.start <= k < t.sent.end and abs(k - t.i) <= 6:
                x = doc[k]
                if x.text in (",", ";", ":", "—", "–", ".") or (k in trigger_ids) or index.person_at(x):
                    break
                person = self._kin_antecedent(x, index)
                if person is not None and person not in out:
                    out.append(person)
                k += step
        return out

    def _they_after_colon(self, t: Token, index: PersonIndex) -> list[Person]:
        """(Belarusian) «A і B не адпусцілі дадому: іх вызвалілі і вывезлі на мяжу», «16
        палітвязняў, сярод якіх была і X, …: іх вывезлі»: a plural pronoun opening the clause
        after a colon, with only verbs, «і» and adverbs between it and the trigger, stands for
        the people the words before the colon name (not anyone who acted on them): two or more,
        or one of a counted group."""
        if not self.linear:
            return []
        doc = t.doc
        plural = self.lexicon.pronouns.get("plural", set())
        colon = next((k for k in range(t.i - 1, max(t.sent.start, t.i - 7), -1) if doc[k].text == ":"), None)
        if colon is None or doc[colon + 1].lower_ not in ("іх", "яны") or doc[colon + 1].lower_ not in plural:
            return []
        if any(not x.is_alpha or index.person_at(x) is not None for x in doc[colon + 1 : t.i]):
            return []
        lead = doc[t.sent.start : colon]
        if any(self._word_in(x, "speech") for x in lead):
            return []  # «X сказала: іх затрымалі»: whom she tells of, not herself
        named: list[Person] = []
        for root, person in index.mention_roots():
            if t.sent.start <= root.i < colon and id(person) not in self._agents and person not in named:
                named.append(person)
        counted = any(x.like_num or x.lower_ in self.lexicon.numbers for x in lead)
        return named if len(named) >= 2 or (named and counted) else []

    def _both_named_before(self, t: Token, index: PersonIndex) -> list[Person]:
        """(Belarusian) «… студэнт Арцём Скарабагаты і кур'ер Дзмітрый Сямашка, якому 24. Абодвум
        прызначана па два з паловай гады»: «both» (`uncounted_numerals`) opening a sentence that
        names nobody, with at most two words and no mark between it and the trigger, stands for
        the two people the sentence before names (exactly two, neither only an agent)."""
        if not self.linear:
            return []
        doc = t.doc
        sent = t.sent
        both = doc[sent.start]
        if sent.start == 0 or both.lower_ not in self.lexicon.sets.get("uncounted_numerals", ()):
            return []
        if not 0 < t.i - both.i <= 3 or any(y.is_punct for y in doc[both.i + 1 : t.i]):
            return []
        if any(r.sent == sent for r, _ in index.mention_roots()):
            return []
        before = doc[sent.start - 1].sent
        named: list[Person] = []
        for root, person in index.mention_roots():
            if root.sent == before and id(person) not in self._agents and person not in named:
                named.append(person)
        return named if len(named) == 2 else []

    def _they_told_before(self, t: Token, index: PersonIndex, trigger_ids: set[int]) -> list[Person]:
        """«X суд прызначыў пяць гадоў. Яго сябар Y пакараны трыма. Іх затрымалі ў сакавіку»: a
        plural pronoun opening a sentence that names nobody, right before its verb, stands for
        the people the sentences before it in its paragraph tell one by one (each sentence
        with an event and a name), when they are at least two."""
        doc = t.doc
        sent = t.sent
        if t.i - sent.start != 1 or doc[sent.start].lower_ not in self.lexicon.pronouns["plural"]:
            return []
        if any(r.sent == sent for r, _ in index.mention_roots()):
            return []
        told: list[Person] = []
        k = sent.start
        for _ in range(3):
            if k == 0 or "\n" in doc[k - 1].text_with_ws:
                break
            before = doc[k - 1].sent
            named = [
                p
                for r, p in index.mention_roots()
                if r.sent == before and id(p) not in self._agents and p not in told
            ]
            if not named or not any(before.start <= i < before.end for i in trigger_ids):
                break
            told = named + told
            k = before.start
        return told if len(told) >= 2 else []

    def _case_by_ending(self, t: Token, root: Token, rule: TriggerRule) -> bool:
        """Whether a name after a kin noun is judged by its own ending (the tagger's case is a
        guess on Belarusian): for a verb of death as `_subject_not_described` says, and for every
        other event («Маці Кацярыны Рыбак затрымалі»: «Кацярыны» is no accusative, so the
        mother was detained; «затрымалі бацьку палітвязня Максіма Шылы»: the father)."""
        if rule.label == "death" or rule.after_release:
            # (an event read only after a release told before, «Ягоная жонка X засталася ў
            # Беларусі», keeps the tagger's reading: a relative beside the freed is no prisoner)
            return self._subject_not_described(t, root, rule)
        # «сваякі X — былога дэпутата, асуджанага на 11 гадоў»: a participle in an oblique case
        # after the name agrees with the owner, whose event it tells (the tagger's reading stays)
        return not (
            t.i > root.i and t.lower_.endswith(tuple(self.lexicon.sets.get("oblique_participle_endings", ())))
        )

    def _subject_not_described(self, t: Token, root: Token, rule: TriggerRule) -> bool:
        """A verb of death («памерла»: a wrong death on a record does the most harm; other verbs
        keep the tagger's reading), not a participle right after the name and its comma («X,
        памерлага ў калоніі»: said of X itself)."""
        if rule.patient != "subject" or rule.label != "death":
            return False
        return not (
            t.i >= 2 and t.i > root.i and t.doc[t.i - 1].text == "," and t.doc[t.i - 2].ent_type_ == "PER"
        )

    def _owner_after(
        self, t: Token, root: Token, person: Person, rule: TriggerRule, index: PersonIndex
    ) -> bool:
        """«З калоніі выйшаў ліст ад X»: a name after a verb of its subject, in its case after a
        preposition («ад», «для», «пра»), is whose the subject is, not who walked free."""
        if rule.patient != "subject" or not _inflected(root, person, index):
            return False
        start = _mention_start(root, person, index)
        if start <= t.sent.start:
            return False
        if root.i < t.i:
            # «У X, які адбывае тэрмін, памёр бацька»: «у» with a name in its case before the
            # verb is whose the subject after it is
            return self._word_in(t.doc[start - 1], "possession_prepositions")
        return self._word_in(t.doc[start - 1], "owner_prepositions")

    def _describes_name(self, rival: Token, t: Token, root: Token) -> bool:
        """«памёр асуджаны за каментары X»: a passive participle between the trigger and the name,
        no punctuation from the trigger to the name, is the name's description; it does not take
        the name from the verb before it (both are said of X)."""
        return (
            t.i < rival.i < root.i
            and (
                self._passive_participle(rival)
                or rival.lower_.endswith(tuple(self.lexicon.sets.get("oblique_participle_endings", ())))
            )
            and not any(x.is_punct for x in t.doc[t.i + 1 : root.i])
        )

    def _named_and_more(self, t: Token, index: PersonIndex, sent_triggers: list[int]) -> list[Person]:
        """«X, асуджанага ў 2021 годзе на 11 гадоў, і яшчэ 13 палітвязняў вывезлі»: the name
        before a parenthetical and «і яшчэ N» is one of the group the trigger after it counts
        (the participle of the parenthetical keeps the name too)."""
        doc = t.doc
        lex = self.lexicon
        for x in doc[t.sent.start + 2 : t.i]:
            if not (
                x.lower_ in lex.sets["and"]
                and x.i + 2 < t.i
                and self._word_in(doc[x.i + 1], "more")
                and (doc[x.i + 2].like_num or doc[x.i + 2].lower_ in lex.numbers)
                and doc[x.i - 1].text == ","
            ):
                continue
            if any(x.i < i < t.i for i in sent_triggers):
                return []
            k = x.i - 2
            while k > t.sent.start and doc[k].text != "," and index.person_at(doc[k]) is None:
                k -= 1
            if k <= t.sent.start or doc[k].text != ",":
                return []
            person = index.person_at(doc[k - 1])
            return [person] if person is not None else []
        return []

    def _plural_relative_list(self, t: Token, index: PersonIndex) -> list[Person]:
        """«Ала і Ірына Грак з Ліды, якія адбывалі па 4 гады»: a plural relative clause
        right after a list of names is said of every name of the list (the nearest name would
        take it alone)."""
        doc = t.doc
        plural = self.lexicon.sets.get("relative_plural", ())
        k = next(
            (
                j
                for j in range(t.i - 1, max(t.sent.start + 1, t.i - 6), -1)
                if doc[j].lower_ in plural and doc[j - 1].text == ","
            ),
            None,
        )
        if k is None or any(x.is_punct or index.person_at(x) is not None for x in doc[k + 1 : t.i]):
            return []
        end = k - 1  # the comma
        j = end - 1
        if j - 1 > t.sent.start and doc[j].is_title and doc[j - 1].lower_ in ("з", "са", "із"):
            j -= 2  # «… з Ліды, якія …»: the town the people are from
        person = index.person_at(doc[j]) if j >= t.sent.start else None
        if person is None:
            return []
        people = self._listed_with(j, person, index)
        return people if len(people) >= 2 else []

    def _asyndetic_clauses(
        self, t: Token, root: Token, person: Person, rivals: list[int], index: PersonIndex
    ) -> bool:
        """«X вызвалілі, Y затрымалі»: two clauses side by side, each a name and its finite
        verb; the name after the first verb's comma is the second verb's only (unlike «памёр
        X, асуджаны за каментар», where the second is a participle). The first clause may run on
        past its verb («X адпусцілі пад падпіску, Y і Z змешчаныя ў СІЗА»): a name that opens
        the clause after the comma, with its own predicate right after it (a finite plural verb
        or a passive participle, `passive_endings`), is that predicate's only."""
        doc = t.doc
        if root.i < t.i or t.i + 1 >= len(doc):
            return False
        plural = ("лі",)
        if not t.lower_.endswith(plural):
            return False
        end = _mention_end(root, person)
        before = any(index.person_at(x) not in (None, person) for x in doc[t.sent.start : t.i])
        if doc[t.i + 1].text == ",":
            after = [i for i in rivals if i >= end and doc[i].lower_.endswith(plural) and i - end <= 3]
            return bool(after) and before
        start = _mention_start(root, person, index)
        between = doc[t.i + 1 : start - 1]
        if (
            doc[start - 1].text != ","
            or any(x.is_punct or index.person_at(x) is not None for x in between)
            or any(t.i < i < start for i in rivals)
        ):
            return False
        predicates = (*plural, *self.lexicon.sets.get("passive_endings", ()))
        after = [i for i in rivals if i >= end and doc[i].lower_.endswith(predicates) and i - end <= 3]
        return bool(after) and before

    def _touching_list(self, t: Token, index: PersonIndex) -> list[Person]:
        """«Памілаваных X і Y вывезлі ў Літву»: a list of names joined by «і» (and commas) that
        the trigger touches, right before or right after it, is the trigger's whole (the
        nearest-trigger rule would give the participle the first name and the verb the last)."""
        doc = t.doc
        sets = self.lexicon.sets
        if t.i + 1 < t.sent.end and (person := index.person_at(doc[t.i + 1])) is not None:
            people, j = [person], t.i + 1
            while True:
                j = _mention_end(doc[j], people[-1])
                if j + 1 >= t.sent.end or not (doc[j].text == "," or doc[j].lower_ in sets["and"]):
                    break
                after = index.person_at(doc[j + 1])
                if after is None or after in people:
                    break
                people.append(after)
                j += 1
            joined = any(x.lower_ in sets["and"] for x in doc[t.i + 1 : j])
            return people if len(people) >= 2 and joined else []
        if t.i - 1 > t.sent.start and (person := index.person_at(doc[t.i - 1])) is not None:
            people = self._listed_with(t.i - 1, person, index)
            first = t.i - 1
            while first > t.sent.start and (
                index.person_at(doc[first - 1]) in people or doc[first - 1].lower_ in sets["and"]
            ):
                first -= 1
            joined = any(x.lower_ in sets["and"] for x in doc[first : t.i])
            return people if len(people) >= 2 and joined else []
        return []

    def _listed_with(self, j: int, person: Person, index: PersonIndex) -> list[Person]:
        """`person`, whose mention ends at token `j`, and the names joined to it before by «і»
        or commas alone («A, B і C»), the last first."""
        doc = index.doc
        lo = doc[j].sent.start
        people = [person]
        while True:
            start = _mention_start(doc[j], people[-1], index)
            j = start - 1
            if j <= lo or not (doc[j].text == "," or doc[j].lower_ in self.lexicon.sets["and"]):
                break
            before = index.person_at(doc[j - 1])
            if before is None or before in people:
                break
            people.append(before)
            j -= 1
        return people

    def _coordinated_after(self, t: Token, index: PersonIndex) -> list[Person]:
        """«На волю выйшлі X, які адбываў 3 гады, і Y, асуджаная на 2 гады»: a plural verb's
        names coordinated after it, each with its own relative or participle clause between
        commas, are all the verb's (the clauses' own triggers do not take the next name)."""
        doc = t.doc
        lex = self.lexicon
        if not t.lower_.endswith("лі"):
            return []
        end = t.sent.end
        k = t.i + 1
        while k < min(end, t.i + 9) and index.person_at(doc[k]) is None and not doc[k].is_punct:
            k += 1  # «выйшлі палітвязні X», «выслалі былую настаўніцу з Брэста X»
        people: list[Person] = []
        clauses = 0
        while k < end:
            person = index.person_at(doc[k])
            if person is None:
                break
            if person not in people:
                people.append(person)
            while k < end and index.person_at(doc[k]) is person:
                k += 1
            if (
                k + 1 < end
                and doc[k].text == ","
                and doc[k + 1].is_lower
                and doc[k + 1].lower_ not in lex.sets["and"]
            ):
                # the name's own clause, up to its closing comma
                close = next(
                    (j for j in range(k + 1, min(end, k + 24)) if doc[j].text in (",", ";", ":")), None
                )
                if close is None or doc[close].text != ",":
                    break
                if any(index.person_at(x) is not None for x in doc[k + 1 : close]):
                    break
                clauses += 1
                k = close
            if k < end and doc[k].text == ",":
                k += 1
            if k < end and doc[k].lower_ in lex.sets["and"]:
                k += 1
            while k < end and doc[k].is_lower and doc[k].is_alpha and index.person_at(doc[k]) is None:
                k += 1  # «і настаўніца Y»
                if k - t.i > 40:
                    break
        return people if len(people) > 1 and clauses else []

    def _relative_of_another(self, t: Token, person: Person, index: PersonIndex) -> bool:
        """The trigger stands in a relative clause («, якой далі …», «, які адбываў …») that
        hangs on another person's name right before its comma."""
        doc = t.doc
        for k in range(t.i - 1, max(t.sent.start, t.i - 4) - 1, -1):
            x = doc[k]
            if self._word_in(x, "relative_words") and k >= 2 and doc[k - 1].text == ",":
                owner = index.person_at(doc[k - 2])
                return owner is not None and owner is not person
        return False

    def _participle_gender(self, t: Token, index: PersonIndex) -> str | None:
        """The gender a Belarusian participle's ending shows: «асуджаная» is a woman's; «-ны» is
        a man's only right after his name and a comma («X, асуджаны на …»), since before names
        it may be the plural's short form («вызвалены з калоній: X, Y і Z», «затрыманы X, а
        таксама Y»)."""
        if not self.linear or not t.is_lower:
            return None
        low = t.lower_
        endings = tuple(self.lexicon.sets.get("passive_endings", ()))
        if not low.endswith(endings) or len(low) < 6:
            return None
        if low.endswith(("ная", "тая")):
            return "fem"
        if low.endswith(("ны", "ты")) and t.i >= 2 and t.doc[t.i - 1].text == ",":
            before = index.person_at(t.doc[t.i - 2])
            if before is not None and before.gender == "masc":
                return "masc"
        return None

    def _relative_clause(self, t: Token, index: PersonIndex) -> tuple[int, str] | None:
        """The comma and the gender of the singular relative word opening the clause the
        trigger is in («…, які быў арыштаваны … і асуджаны», «…, якую адпусцілі»; no comma
        or name between)."""
        doc = t.doc
        sets = self.lexicon.sets
        for k in range(t.i - 1, t.sent.start + 1, -1):
            x = doc[k]
            if x.text in (",", ";", ":", "—", "–") or x.i in index.by_token:
                return None
            gender = "masc" if x.lower_ in sets.get("relative_masc", ()) else None
            gender = gender or ("fem" if x.lower_ in sets.get("relative_fem", ()) else None)
            if gender is not None:
                return (k - 1, gender) if doc[k - 1].text == "," else None
        return None

    @staticmethod
    def _relative_owner(doc: Doc, clause: tuple[int, str] | None, index: PersonIndex) -> Person | None:
        """The person whose name stands right before the comma of the trigger's singular
        relative `clause` (`_relative_clause`), when the relative word shares that person's gender."""
        if clause is None:
            return None
        comma, gender = clause
        owner = index.person_at(doc[comma - 1]) if comma > 0 else None
        return owner if owner is not None and owner.gender in (gender, None) else None

    def _kin_of_described(self, t: Token, root: Token, person: Person, index: PersonIndex) -> bool:
        """«Маці асуджанай настаўніцы Ганна X выйшла …»: a participle after a kin noun describes
        the relative's noun after it (in the genitive); the name in the nominative after that
        noun is the kin, not who was convicted."""
        doc = t.doc
        if root.i <= t.i or t.i == t.sent.start or t.is_title:
            return False
        kin = doc[t.i - 1]
        if not any(self._word_in(kin, kind) for kind in ("possessors", "relation_forms")):
            return False
        start = _mention_start(root, person, index)
        between = doc[t.i + 1 : start]
        return (
            1 <= len(between) <= 3
            and all(x.is_lower and x.is_alpha for x in between)
            and not _inflected(root, person, index)
        )

    def _kin_relatives_participle(self, t: Token, root: Token) -> bool:
        """«затрымалі X, маці вызваленага сёння Y», «X, жонку асуджанай ...»: a participle in an
        oblique case right after a kin noun (`possessors`, `relation_forms`) describes the kin's
        relative, named after it or not; a name told before the kin noun is the kin, whose event
        it is not."""
        doc = t.doc
        if not self.linear or not t.is_lower or t.i < 2 or root.i >= t.i - 1:
            return False
        kin = doc[t.i - 1]
        if not any(self._word_in(kin, kind) for kind in ("possessors", "relation_forms")):
            return False
        endings = (*self.lexicon.sets.get("oblique_participle_endings", ()), "най", "тай")
        return len(endings) > 2 and t.lower_.endswith(endings)

    def _family_name(self, t: Token, index: PersonIndex, sent_triggers: list[int]) -> list[Person]:
        """«Браты Барысевічы былі затрыманыя», «Кавалёвы асуджаныя»: a surname in the plural
        that is no name of its own is every person named before with that surname (two or
        more), when the trigger is the nearest one of the sentence to it."""
        doc = t.doc
        found: list[Person] = []
        for x in doc[t.sent.start : t.sent.end]:
            if not x.is_title or not x.lower_.endswith(("ы", "і", *_ADJECTIVAL_PLURAL)):
                continue
            holder = index.person_at(x)
            if holder is not None and (
                fold(x.text) == holder.surname
                or (x.i > 0 and index.person_at(doc[x.i - 1]) is holder)
                or (x.i + 1 < len(doc) and index.person_at(doc[x.i + 1]) is holder)
            ):
                continue  # a name of one person (the stem join may take the plural in)
            if any(abs(x.i - i) < abs(x.i - t.i) for i in sent_triggers):
                continue
            found.extend(p for p in self._family_members(x, index) if p not in found)
        return found

    @staticmethod
    def _family_members(x: Token, index: PersonIndex) -> list[Person]:
        """The people named before `x` whose surname `x` is the plural of, when they are two or
        more: «Барысевіч» → «Барысевічы», «Куляшоў» → «Куляшовы»; a man's and a woman's form of
        an adjectival surname («Жалязоўскі», «Жалязоўская» → «маці і сын Жалязоўскія»)."""
        low = x.lower_
        family = []
        for p in index.persons:
            last = p.tokens[-1].lower()
            stem = last.rstrip("аоўя")
            if len(p.tokens) < 2 or not any(a < x.i for a, _ in p.mentions):
                continue
            if (
                (
                    # «Каваленкі» is also one Каваленка's genitive: only a surname in a consonant
                    # has a plural no case of one person shares
                    last[-1:] not in "аеёіоуыэюя"
                    and len(stem) >= 4
                    and low.startswith(stem)
                    and 0 < len(low) - len(stem) <= 3
                )
                or low.endswith(_ADJECTIVAL_PLURAL)
                and _adjectival_stem(last) == low[:-2]
            ):
                family.append(p)
        if (
            len(family) >= 2
            and len({_adjectival_stem(p.tokens[-1].lower()) or p.surname for p in family}) == 1
        ):
            return family
        return []

    def _source(self, root: Token, person: Person, index: PersonIndex) -> bool:
        """«Паводле Алены Жук, …», «па словах Пятра Гука, …»: the name whose account follows,
        set off by a comma, is not who underwent the event."""
        according = self.lexicon.sets.get("according", set())
        if not according:
            return False
        doc = root.doc
        start = _mention_start(root, person, index)
        k = start
        while k < len(doc) and index.person_at(doc[k]) is person:
            k += 1
        if not (k < len(doc) and doc[k].text == ","):
            return False
        if start > root.sent.start and doc[start - 1].lower_ in according:
            return True
        # «Як расказала яго жонка X, …»: the teller of an account that opens the sentence
        first = root.sent.start
        return (
            self.linear
            and doc[first].lower_ == "як"
            and start - first <= 4
            and any(self.lexicon.word_in(x, "speech") for x in doc[first + 1 : start])
        )

    def _teller_after(self, t: Token, root: Token, person: Person, index: PersonIndex) -> bool:
        """«Бацьку павезлі назад у калонію, расказала X», «…, — паведаміла праваабаронца X»: the
        name after a comma (or dash) and a verb of speech, past the trigger, tells the event;
        it did not undergo it."""
        doc = t.doc
        start = _mention_start(root, person, index)
        if start <= t.i:
            return False
        k = start - 1
        quoted = False  # inside an organisation's name in quotes («юрыст „Вясны“ X»)
        while k > t.i and start - k <= 7 and not (self._word_in(doc[k], "speech") and not quoted):
            if doc[k].text in _QUOTE_MARKS:
                quoted = not quoted
            elif not (doc[k].is_alpha and (doc[k].is_lower or quoted or doc[k].is_upper)):
                # only role words («праваабаронца», «маці») and an organisation's acronym
                # («прадстаўніца БАЖ») between verb and name
                return False
            k -= 1
        if k <= t.i + 1 or not self._word_in(doc[k], "speech"):
            return False
        k -= 1
        if doc[k].text in ("—", "–") and k - 1 > t.i:
            k -= 1
        return doc[k].text == "," and not any(i > k and i < start for i in (t.i,))


def _quoted_apart(root: Token, trigger: Token) -> bool:
    """«„Лукашэнка там ніхто, а Пуцін — бог“ — палітвязень X выйшаў на волю»: a name inside
    quotation marks that no quote was found in (an item's title, a slogan, a chant) is none of
    the people a trigger outside them tells of (session 57, bereal: real Radio Svaboda items)."""
    return in_quotation(root.doc, root.i) and not in_quotation(trigger.doc, trigger.i)
