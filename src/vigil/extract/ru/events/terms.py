"""Prison terms: which number of a sentence is its term, terms in brackets, lists of terms
(«соответственно»), terms changed on appeal («вместо пяти лет — семь»), time served, and
the words that make a number no term (a stretch of time, an approximate count)."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from vigil.extract.findings import Finding, Person
from vigil.extract.ru.events.words import (
    _FATED,
    _LONGEST_TERM,
    _STAY_VERBS,
)
from vigil.extract.ru.numbers import (
    is_number,
    number_value,
    term_months,
    term_range,
)
from vigil.extract.ru.persons import PersonIndex, sentences_back

_CLAUSE_ENDS = (",", ";", ":")  # marks that close the clause before a verb's own words
# words of a view under which a stay that must come is an opinion, not the verdict's
_OPINION_WORDS = frozenset(
    {"считать", "полагать", "думать", "уверенный", "убеждённый", "убежденный", "настаивать", "мнение"}
)


class TermRules:
    """Which number is a sentence's term; a mixin of `EventFinder`, whose `lexicon`, `linear` and
    other rules its methods use."""

    def _headline_term(self, titles: list[Finding], findings: list[Finding], headline: int) -> list[Finding]:
        """«Магілёўскую пенсіянерку асудзілі на тры гады» over a story that names one person
        sentenced, with no term («Суд вынес прысуд 67-гадовай X»): the headline's verdict of a
        singular role noun, with its term, is that person's (of the role noun's gender)."""
        if len(titles) != 1 or not self.linear:
            return []
        title = titles[0]
        sentenced = [f for f in findings if f.type == "sentence"]
        people = {id(p): p for f in sentenced for p in f.persons}
        if len(people) != 1 or any(f.term is not None or f.count is not None for f in sentenced):
            return []
        (person,) = people.values()
        doc = title.trigger.doc
        genders = {
            g
            for x in doc[title.trigger.sent.start : title.trigger.sent.end]
            if x.idx < headline
            for g in [self._role_gender(x)]
            if g
        }
        if len(genders) != 1 or person.gender not in (*genders, None):
            return []
        finding = Finding("sentence", title.trigger, persons=[person], term=title.term)
        finding.date = title.date
        return [finding]

    def _bracketed_terms(self, findings: list[Finding]) -> list[Finding]:
        """«Осуждены машинист Денис Ковальчук (7 лет), диспетчер Ирина Белова (5 лет) и …»: a
        term in brackets right after a name is that person's own; the others keep the term the
        sentence states outside brackets, if any."""
        out: list[Finding] = []
        for f in findings:
            if f.type != "sentence" or len(f.persons) < 2:
                out.append(f)
                continue
            doc = f.trigger.doc
            sent = f.trigger.sent
            own: dict[int, int] = {}
            inside: set[int] = set()
            penal: list[bool] = []
            for person in f.persons:
                for _, end in person.mentions:
                    if not (sent.start <= end < sent.end and doc[end].text == "("):
                        continue
                    close = _bracket_close(doc, end, sent.end)
                    term = term_months(doc[end + 1 : close], self.lexicon) if close else None
                    if term and term <= _LONGEST_TERM:
                        own[id(person)] = term
                        inside.update(range(end, close + 1))
                        penal.append(any(self._word_in(x, "custody") for x in doc[end + 1 : close]))
            outside = [x for x in self._window(f.trigger, set()) if x.i not in inside]
            if not own or (term_months(outside, self.lexicon) and not all(penal)):
                out.append(f)  # «приговорил к 5 годам Ивана Петрова (22 года)»: an age, not a term
                continue
            for person in f.persons:
                if id(person) in own:
                    split = Finding("sentence", f.trigger, persons=[person], term=own[id(person)])
                    split.date = f.date
                    out.append(split)
            f.persons = [p for p in f.persons if id(p) not in own]
            f.term = term_months(outside, self.lexicon)
            if f.persons or f.count is not None or f.group_ref:
                out.append(f)
        return out

    def _members_bracketed_terms(
        self, findings: list[Finding], memberships: Sequence, index: PersonIndex
    ) -> list[Finding]:
        """(Russian) «Суд вынес приговор троим жителям Брянска. Это Денис Артюхов (12 лет), Никита
        Бельский (11 лет) и Роман Жук (9 лет и 6 месяцев)», «заочно осуждены пятеро белорусов. Это
        журналистка X (10 лет), блогер Y (8 лет) …»: the members a list names of a group whose
        verdict the sentence before (or its own) tells without a term each take the term in
        brackets right after their name, as `_bracketed_terms` reads a list inside the verdict's
        own sentence. The brackets hold a term and nothing else (no verb: «(8 лет, отсидел больше
        пяти)», no name), and the verdict must be a group's with no term of its own, so that an
        age in brackets («Скончался X (71 год)», «Это A (34 года)» after an arrest) is none."""
        if self.linear:
            return []
        doc = index.doc
        out: list[Finding] = []
        for m in memberships:
            sent = m.token.sent
            verdicts = [
                f
                for f in findings
                if f.type == "sentence"
                and f.term is None
                and (f.group_ref or f.count is not None)
                and f.trigger.i < m.token.i
                and (f.trigger.sent == sent or f.trigger.sent.end == sent.start)
            ]
            if not verdicts:
                continue
            for person in m.persons:
                for _, end in person.mentions:
                    if not (sent.start <= end < sent.end and doc[end].text == "("):
                        continue
                    close = _bracket_close(doc, end, sent.end)
                    if close is None:
                        continue
                    inside = doc[end + 1 : close]
                    if any(self._verb(x) or index.person_at(x) is not None for x in inside):
                        continue
                    term = term_months(list(inside), self.lexicon)
                    if not term or term > _LONGEST_TERM or term_range(list(inside), self.lexicon):
                        continue
                    found = Finding("sentence", inside[0], persons=[person], term=term)
                    found.date = verdicts[-1].date
                    out.append(found)
        return out

    def _bracketed_past_terms(self, findings: list[Finding], index: PersonIndex) -> list[Finding]:
        """«Сярод іх — X (3 гады калоніі) і Y (2 гады абмежавання волі)»: a punishment's term in
        brackets right after a name states that person's sentence, whatever event the sentence
        tells (a release, a death, a new arrest). The brackets hold the term and the penalty
        only: no verb (a demand, a threat), and a penal word («калоніі», «хіміі», «волі»), so
        that an age («(34 гады)») is none. Belarusian lexicon only (`penal_stems`)."""
        stems = tuple(self.lexicon.sets.get("penal_stems", ()))
        if not stems:
            return []
        doc = index.doc
        stated = {(id(p), f.term) for f in findings if f.type == "sentence" for p in f.persons}
        sentenced_here = {
            (id(p), f.trigger.sent.start) for f in findings if f.type == "sentence" for p in f.persons
        }
        out: list[Finding] = []
        for person in index.persons:
            for _, end in person.mentions:
                end = _past_hometown(doc, end)
                if end >= len(doc) or doc[end].text != "(":
                    continue
                sent = doc[end].sent
                close = _bracket_close(doc, end, sent.end)
                if close is None:
                    continue
                inside = doc[end + 1 : close]
                penal = [x for x in inside if x.lower_.startswith(stems)]
                if not penal or any(
                    (self._verb(x) and x not in penal)
                    or index.person_at(x) is not None
                    or self._word_in(x, "blockers")
                    or self._word_in(x, "agent_roles")
                    for x in inside
                ):
                    continue
                term = term_months(inside, self.lexicon)
                if not term or term > _LONGEST_TERM or term_range(inside, self.lexicon):
                    continue
                if (id(person), term) in stated or (id(person), sent.start) in sentenced_here:
                    continue
                numbers = self.lexicon.numbers
                number = next((x for x in inside if x.like_num or x.lower_ in numbers), inside[0])
                found = Finding("sentence", number, persons=[person], term=term)
                stated.add((id(person), term))
                out.append(found)
        return out

    def _served_before_release(self, findings: list[Finding], index: PersonIndex) -> list[Finding]:
        """(Belarusian) «выйшаў на волю пасля пяці гадоў калоніі», «вызвалены пасьля трох гадоў
        зьняволеньня»: the time served, told after «пасля» in the release's sentence as an exact
        term and a penal word (`penal_stems`) with nothing else between, is the released
        person's sentence; no verb, no other name, no rough «больш за» («пасля больш чым трох
        гадоў» states no term)."""
        lex = self.lexicon
        stems = tuple(lex.sets.get("penal_stems", ()))
        after = lex.sets.get("served_after", ())
        if not stems or not after:
            return []
        sentenced = {
            (id(p), f.trigger.sent.start) for f in findings if f.type == "sentence" for p in f.persons
        }
        out: list[Finding] = []
        for f in findings:
            if f.type != "release" or not f.persons:
                continue
            sent = f.trigger.sent
            doc = sent.doc
            for x in sent:
                if x.lower_ not in after or not (x.i + 1 < sent.end and is_number(doc[x.i + 1], lex)):
                    continue
                span = doc[x.i + 1 : min(sent.end, x.i + 8)]
                last = next((y.i for y in span if y.lower_.startswith(stems)), None)
                if last is None:
                    continue
                words = list(doc[x.i + 1 : last + 1])
                if any(y.is_punct or self._verb(y) or index.person_at(y) is not None for y in words):
                    continue
                term = term_months(words, lex)
                if not term or term > _LONGEST_TERM or term_range(words, lex):
                    continue
                if self._approximate_term(words):
                    continue  # «пасля больш чым трох гадоў»
                for person in f.persons:
                    if (id(person), sent.start) in sentenced:
                        continue
                    found = Finding("sentence", doc[x.i + 1], persons=[person], term=term)
                    found.date = f.date
                    sentenced.add((id(person), sent.start))
                    out.append(found)
        return out

    def _total_term(self, doc: Doc, findings: list[Finding], index: PersonIndex) -> list[Finding]:
        """«Канчатковы тэрмін склаў 8 гадоў і 2 месяцы»: a sentence with no name that opens with
        the total term after a term was added is the total of the one person the verdict of the
        sentence before gave it to (Belarusian lexicon only, `total_words`)."""
        totals = self.lexicon.sets.get("total_words", ())
        if not totals:
            return []
        out: list[Finding] = []
        for x in doc:
            if x.lower_ not in totals or x.i + 2 >= len(doc) or x.sent.start == 0:
                continue
            noun, verb = doc[x.i + 1], doc[x.i + 2]
            if not (self._word_in(noun, "term_nouns") and self._word_in(verb, "copulas")):
                continue
            sent = x.sent
            if any(index.person_at(y) is not None or self._word_in(y, "conditional") for y in sent):
                continue  # (a name of its own, or «склаў бы»)
            term = term_months(doc[verb.i + 1 : sent.end], self.lexicon)
            if not term or term > _LONGEST_TERM:
                continue
            previous = doc[sent.start - 1].sent
            given = [f for f in findings if f.type == "sentence" and f.trigger.sent == previous and f.term]
            people = {id(p): p for f in given for p in f.persons}
            if len(people) != 1 or any(f.term == term for f in given):
                continue
            found = Finding("sentence", noun, persons=list(people.values()), term=term)
            found.date = given[-1].date
            out.append(found)
        return out

    def _grown_term(self, doc: Doc, findings: list[Finding], index: PersonIndex) -> list[Finding]:
        """«…, і (агульны) тэрмін вырас да васьмі гадоў», «…возбудили дело о неповиновении, и срок
        вырос до трёх лет и девяти месяцев» after a second trial: (words `term_grew`, Belarusian
        and, since session 48, Russian) the grown term is the one person's whose verdict was told
        last before it, in its own sentence or the two before; no event of its own competing for
        names. The word after the verb is the language's «to» of a range (terms.json)."""
        grew = self.lexicon.sets.get("term_grew", ())
        to = set(self.lexicon.terms.get("range", {}).get("to", ()))
        out: list[Finding] = []
        for x in doc[1:-2] if grew else []:
            if not (
                x.lower_ in grew and self._word_in(doc[x.i - 1], "term_nouns") and doc[x.i + 1].lower_ in to
            ):
                continue
            sent = x.sent
            if any(self._word_in(y, "conditional") or self._word_in(y, "negation") for y in sent):
                continue
            term = term_months(doc[x.i + 2 : sent.end], self.lexicon)
            if not term or term > _LONGEST_TERM:
                continue
            earlier = [
                f
                for f in findings
                if f.type == "sentence"
                and f.persons
                and f.trigger.i < x.i
                and f.trigger.sent.start >= sentences_back(sent, 2)
            ]
            if not earlier:
                continue
            last = max(earlier, key=lambda f: f.trigger.i)
            people = list(last.persons)
            if len(people) != 1 or any(f.term == term and people[0] in f.persons for f in findings):
                continue
            if any(
                (p := index.person_at(y)) not in (None, people[0]) and id(p) not in self._agents for y in sent
            ):
                continue  # «Яго сябар Y быў затрыманы, і тэрмін вырас …»: whose term is not told
            found = Finding("sentence", x, persons=people, term=term)
            found.date = last.date
            out.append(found)
        return out

    def _alternating_terms(self, findings: list[Finding], index: PersonIndex) -> list[Finding]:
        """«Суд приговорил А к пяти годам, а Б к трём», «А получил 5 лет, Б три года», «А — 5 лет,
        Б и В — по 3 года»: names and terms alternate in one clause, each group of names taking
        the term that follows it. Only when every group after the first is verbless, each stretch
        holds one term and no term comes before the first name (that is a respectively list)."""
        doc = index.doc
        lex = self.lexicon
        units = set(lex.terms["year"]) | set(lex.terms["month"])
        out = list(findings)
        for sent in {f.trigger.sent for f in findings if f.type == "sentence"}:
            here = [
                f
                for f in out
                if f.type == "sentence" and f.trigger.sent == sent and f.count is None and not f.group_ref
            ]
            if not here:
                continue
            mentions = sorted(
                (a, b, p) for p in index.persons for a, b in p.mentions if sent.start <= a < sent.end
            )
            groups: list[tuple[int, int, list[Person]]] = []
            for a, b, p in mentions:
                gap = doc[groups[-1][1] : a] if groups else None
                if gap is not None and all(x.text == "," or x.lower_ in lex.sets["and"] for x in gap):
                    start, _, people = groups[-1]
                    groups[-1] = (start, b, people + [p] if p not in people else people)
                else:
                    groups.append((a, b, [p]))
            if len(groups) < 2 or groups[1][0] < min(f.trigger.i for f in here):
                continue
            if term_months(doc[sent.start : groups[0][0]], lex) is not None:
                continue
            terms: list[int] = []
            for k, (_, end, _) in enumerate(groups):
                stretch = doc[end : groups[k + 1][0] if k + 1 < len(groups) else sent.end]
                term = term_months(stretch, lex)
                if term is None and k:
                    # «…, Анну Смирнову — к пяти и Олега …»: a bare number repeats the unit before
                    words = [
                        x for x in stretch if not (x.is_punct or x.lower_ in lex.sets["and"]) or x.is_digit
                    ]
                    term = self._bare_term(words, here[0]) if words else None
                if term is None or sum(1 for x in stretch if x.lemma_.lower() in units) > 2:
                    break
                if sum(1 for x in stretch if x.lemma_.lower() in set(lex.terms["year"])) > 1:
                    break  # «А, 35 лет, получил 5 лет»: an age beside the term
                if k and any(self._verb(x) or self._word_in(x, "negation") for x in stretch):
                    break
                terms.append(term)
            if len(terms) != len(groups) or len(set(terms)) < 2:
                continue
            trigger, date = here[0].trigger, here[0].date
            grouped = {id(p) for _, _, people in groups for p in people}
            for f in here:
                f.persons = [p for p in f.persons if id(p) not in grouped]
                if not f.persons:
                    out.remove(f)
            for (_, _, people), term in zip(groups, terms, strict=True):
                split = Finding("sentence", trigger, persons=people, term=term)
                split.date = date
                out.append(split)
        return out

    def _respectively(self, findings: list[Finding], index: PersonIndex) -> list[Finding]:
        """«приговорил А, Б и В к 10, 9 и 7 годам (соответственно)»: a list of terms and a list
        of names of the same length pair up in order, each name with its own term; the word
        «respectively» is often left out."""
        out = list(findings)
        for sent in {f.trigger.sent for f in findings if f.type == "sentence"}:
            terms = self._term_list(sent)
            # a list of whole terms pairs only when its names are as many; it wins over a shorter
            # list of bare numbers that is only its tail («тры гады, чатыры і шэсць гадоў»)
            full = self._full_term_list(sent)
            whole = not terms or len(full) > len(terms)
            terms = full if whole else terms
            if len(terms) < 2:
                continue
            # a finding with a term of its own outside the list is another event of the sentence
            # («X отбывает семилетний срок, по которому осуждены на 20 и 10 лет соответственно Y и Z»)
            here = [
                f
                for f in out
                if f.type == "sentence" and f.trigger.sent == sent and (f.term is None or f.term in terms)
            ]
            if not here:
                continue
            named = {id(p): p for f in here for p in f.persons}
            first = {id(p): [a for a, _ in p.mentions if sent.start <= a < sent.end] for p in named.values()}
            if not all(first.values()):
                continue  # a pronoun's person: the names' order is not the terms' order
            persons = sorted(named.values(), key=lambda p: min(first[id(p)]))
            if len(terms) != len(persons):
                for f in here if not whole else ():
                    if f.term in terms and len(f.persons) < len(terms):
                        f.term = None  # a list that cannot be paired gives no term rather than a wrong one
                continue
            for f in here:
                f.persons, f.term = [], None
                if f.count is None and not f.group_ref:
                    out.remove(f)
            trigger = here[0].trigger
            for person, term in zip(persons, terms, strict=True):
                split = Finding("sentence", trigger, persons=[person], term=term)
                split.date = here[0].date
                out.append(split)
        return out

    def _bare_after_instead(self, f: Finding) -> bool:
        """«вместо 14 лет ему назначили 16»: the count's number stands after «вместо» with no
        noun after it, the new term told short."""
        lex = self.lexicon
        sent = f.trigger.sent
        at = next((x.i for x in sent if self._word_in(x, "instead")), None)
        if at is None:
            return False
        return any(
            is_number(x, lex)
            and number_value([x], lex) == f.count
            and (x.i + 1 >= sent.end or x.doc[x.i + 1].is_punct)
            for x in sent.doc[at + 1 : sent.end]
        )

    def _earlier_terms(self, findings: list[Finding]) -> list[Finding]:
        """«увеличила срок с 22 до 24 лет», «скараціў тэрмін з 5 да 4 гадоў»: a term changed on
        appeal states the earlier term too, which is a sentence of its own."""
        out = []
        lex = self.lexicon
        terms_of: dict[int, set[int]] = {}
        for f in findings:
            if f.type == "sentence" and f.term is not None:
                terms_of.setdefault(f.trigger.sent.start, set()).add(f.term)
        for f in findings:
            if f.type != "sentence" or f.term is None or not f.persons:
                continue
            doc = f.trigger.doc
            if f.count is not None and (
                (
                    {f.count, f.count * 12} & terms_of.get(f.trigger.sent.start, set())
                    or self._bare_after_instead(f)
                )
                and any(self._word_in(x, "instead") for x in f.trigger.sent)
            ):
                # «Вместо девяти лет X назначили семь»: «семь» is a term of the sentence, no group
                f.count = None
            earlier = self._instead_before(f)
            if earlier is not None:
                out.append(Finding("sentence", f.trigger, persons=list(f.persons), term=earlier))
                continue
            instead = self._instead(f)
            if instead is not None:
                out.append(Finding("sentence", f.trigger, persons=list(f.persons), term=f.term))
                f.term = instead
                continue
            for x in doc[f.trigger.i + 1 : f.trigger.sent.end - 3]:
                if not (x.lower_ in lex.terms["with"] and is_number(doc[x.i + 1], lex)):
                    continue
                if self._word_in(doc[x.i + 3], "range") and term_months(doc[x.i + 1 : x.i + 3], lex):
                    # «снизил срок с шести лет до пяти лет и шести месяцев»: the earlier term with its unit
                    later = term_months(doc[x.i + 4 : min(f.trigger.sent.end, x.i + 10)], lex)
                    earlier_months = term_months(doc[x.i + 1 : x.i + 3], lex)
                    if later == f.term and earlier_months and earlier_months != later:
                        out.append(
                            Finding("sentence", f.trigger, persons=list(f.persons), term=earlier_months)
                        )
                    break
                if not self._word_in(doc[x.i + 2], "range"):
                    continue
                later = term_months(doc[x.i + 3 : min(f.trigger.sent.end, x.i + 8)], lex)
                earlier = number_value([doc[x.i + 1]], lex)
                unit_at = x.i + 3
                while unit_at < f.trigger.sent.end - 1 and is_number(doc[unit_at], lex):
                    unit_at += 1
                unit = 1 if self._word_in(doc[unit_at], "months_words") else 12
                if later == f.term and earlier:
                    out.append(
                        Finding("sentence", f.trigger, persons=list(f.persons), term=round(earlier * unit))
                    )
                break
        return out

    def _bare_changed_terms(self, findings: list[Finding], index: PersonIndex) -> list[Finding]:
        """«приговорили к четырём годам, но апелляция снизила срок до двух с половиной», «дали пять
        лет, а после апелляции срок увеличили до семи»: a term changed to a number with its unit
        left out is a new term of the person sentenced just before, in the earlier term's unit."""
        change = set(self.lexicon.sets.get("term_change_colon", ()))
        out: list[Finding] = []
        if self.linear or not change:
            return out
        terms_of = {(id(p), f.term) for f in findings if f.type == "sentence" for p in f.persons}
        for g in sorted(findings, key=lambda f: f.trigger.i):
            if g.type != "sentence" or not g.persons or g.term is None or g.count is not None:
                continue
            t = g.trigger
            doc = t.doc
            unit = self._unit_after(t)
            if unit is None:
                continue
            stop = doc[t.sent.end].sent.end if t.sent.end < len(doc) else t.sent.end
            for v in doc[t.i + 1 : stop]:
                if v.lemma_.lower() not in change or v.pos_ not in ("VERB", "ADJ"):
                    continue
                value = self._bare_to_number(v, unit)
                if value is None or not self._asserted(v):
                    break
                others = {id(p) for x in doc[t.i : v.i] if (p := index.person_at(x)) is not None}
                if others - {id(p) for p in g.persons}:
                    break  # another person named between: the change may be theirs
                if all((id(p), value) not in terms_of for p in g.persons):
                    out.append(Finding("sentence", v, persons=list(g.persons), term=value))
                break
        return out

    def _unit_after(self, t: Token) -> int | None:
        """12 or 1: the unit (years, months) of the first term word after the trigger `t`."""
        years, months = set(self.lexicon.terms["year"]), set(self.lexicon.terms["month"])
        for x in t.doc[t.i : t.sent.end]:
            for w in (x.lemma_.lower(), x.lower_):
                if w in years:
                    return 12
                if w in months:
                    return 1
        return None

    def _bare_to_number(self, v: Token, unit: int) -> int | None:
        """The term after «до» that closes the changing verb's clause as a bare number («снизила
        срок до двух с половиной,»), in `unit` months per number; None when a unit or noun follows."""
        lex = self.lexicon
        doc = v.doc
        end = v.sent.end
        to = next((x for x in doc[v.i + 1 : min(end, v.i + 5)] if x.lower_ == "до"), None)
        near = doc[max(v.sent.start, v.i - 3) : to.i] if to is not None else []
        if to is None or not any(self._word_in(x, "term_nouns") for x in near):
            return None
        run: list[Token] = []
        k = to.i + 1
        while k < end and is_number(doc[k], lex):
            run.append(doc[k])
            k += 1
        half = 0.0
        with_half = k + 1 < end and doc[k].lower_ in lex.terms["with"]
        if with_half and doc[k + 1].lemma_.lower() in lex.terms["half"]:
            half, k = 0.5, k + 2
        if not run or (k < end and not (doc[k].is_punct or doc[k].pos_ in ("CCONJ", "SCONJ"))):
            return None
        value = number_value(run, lex)
        if value is None or not 0 < (value + half) * unit <= _LONGEST_TERM:
            return None
        return round((value + half) * unit)

    def _approximate_term(self, window: list[Token]) -> bool:
        """«отбыв более трёх лет», «адбыўшы амаль тры гады»: time served given roughly is no
        term (a term is stated exactly)."""
        lex = self.lexicon
        units = set(lex.terms["year"]) | set(lex.terms["month"])
        for k, x in enumerate(window):
            if not is_number(x, lex) or (k and is_number(window[k - 1], lex)):
                continue
            after = window[k + 1 : k + 4]
            if not any(y.lemma_.lower() in units or y.lower_ in units for y in after):
                continue  # «более 30 человек к 5 годам»: the count's number, not the term's
            return any(self._word_in(y, "approximate") for y in window[max(0, k - 2) : k])
        return False

    def _instead(self, f: Finding) -> int | None:
        """«ужесточил приговор: вместо пяти с половиной лет — семь лет», «замест трох гадоў —
        пяць»: the term after «instead of» is the earlier one (the finding's first), the one
        after it the new term, returned here."""
        doc = f.trigger.doc
        sent = f.trigger.sent
        words = list(doc[f.trigger.i + 1 : sent.end - 2])
        line = self._instead_line_after(f.trigger)
        if line is not None:
            words += list(line)
        for x in words:
            if not self._word_in(x, "instead"):
                continue
            sent = x.sent
            rest = doc[x.i + 1 : sent.end]
            if term_months(rest, self.lexicon) != f.term:
                return None
            # the unit word that closes the earlier term whole (the months word of «двух гадоў і
            # васьмі месяцаў», not its years word) ends it; the later one follows it
            unit = next(
                (
                    y
                    for y in rest
                    if (
                        self._word_in(y, "months_words")
                        or y.lemma_.lower() in self.lexicon.terms["year"]
                        or y.lower_ in self.lexicon.terms["year"]
                    )
                    and term_months(doc[x.i + 1 : y.i + 1], self.lexicon) == f.term
                ),
                None,
            )
            if unit is None:
                return None
            later = term_months(doc[unit.i + 1 : sent.end], self.lexicon) or self._trailing_number(
                doc[unit.i + 1 : sent.end], 1 if self._word_in(unit, "months_words") else 12
            )
            return later if later and later != f.term else None
        return None

    def _instead_line_after(self, t: Token) -> Span | None:
        """(Russian) «Верховный суд ужесточил приговор Анне Ребко. Вместо четырёх лет колонии,
        назначенных ей в июне, — шесть.»: a verdict's change told with no term in its sentence,
        the terms in the next, a line with no verb of its own (a participle of the earlier
        verdict at most) that opens with «вместо» (words.json `instead`): that line is the
        change's own continuation, as «…: вместо четырёх лет — шесть» after a colon is. A next
        sentence with a finite verb («Вместо пяти лет прокурор просил семь») tells its own act."""
        doc = t.doc
        sent = t.sent
        if self.linear or sent.end >= len(doc) or term_months(list(sent), self.lexicon):
            return None
        line = doc[sent.end].sent
        opening = next((x for x in line if not (x.is_punct or x.is_space)), None)
        if opening is None or not self._word_in(opening, "instead"):
            return None
        if any(x.pos_ in ("VERB", "AUX") and "Part" not in x.morph.get("VerbForm") for x in line):
            return None
        return line

    def _instead_before(self, f: Finding) -> int | None:
        """«Вместо девяти лет колонии ему назначено семь с половиной», «вместо пяти лет суд дал
        ей три года»: «instead of» before the trigger gives the earlier term, the finding's own
        (after the trigger) is the new one."""
        doc = f.trigger.doc
        for x in doc[f.trigger.sent.start : f.trigger.i]:
            if self._word_in(x, "instead"):
                between = doc[x.i + 1 : f.trigger.i]
                if any(
                    self._word_in(y, "blockers")
                    or self._word_in(y, "agent_roles")
                    or y.lemma_.startswith("запрош")
                    for y in between
                ):
                    return None  # «вместо запрошенных прокурором восьми лет»: a demand, not a term
                earlier = term_months(between, self.lexicon)
                return earlier if earlier and earlier != f.term else None
        return None

    def _bare_after_demand(self, t: Token) -> int | None:
        """(Belarusian) «Пракурор прасіў для X пяць гадоў, суд прызначыў чатыры», «Абвінаваўца
        запытаў сем гадоў калоніі. Суд даў яму шэсць»: a verdict whose clause closes, a word or
        two after the verb, on a number with its unit left out, after a demand that stated a term
        in this sentence or the one before, takes that term's unit."""
        lex = self.lexicon
        doc = t.doc
        end = next((x.i for x in doc[t.i + 1 : t.sent.end] if x.is_punct), t.sent.end)
        if end - t.i - 1 > 4 or end >= len(doc):
            return None
        start = doc[t.sent.start - 1].sent.start if t.sent.start > 0 else t.sent.start
        demands = set(lex.sets.get("demand_verbs", ()))
        asked = next((x for x in doc[start : t.i] if demands & {x.lemma_.lower(), x.lower_}), None)
        if asked is None or term_months(list(doc[asked.i : t.i]), lex) is None:
            return None
        unit = self._unit_after(asked)
        return self._trailing_number(doc[t.i + 1 : end + 1], unit) if unit else None

    def _trailing_number(self, tokens: Span, unit: int) -> int | None:
        """«вместо девяти лет … ей предстоит провести за решёткой семь»: a number closing the
        clause with its unit left out takes the unit of the term before it (the line break after
        a paragraph's last sentence belongs to that sentence: it ends nothing)."""
        tokens = _without_trailing_space(tokens)
        words = [x for x in tokens if not x.is_punct]
        half = 0.0
        if (
            len(words) > 2
            and words[-2].lower_ in self.lexicon.terms["with"]
            and words[-1].lemma_.lower() in self.lexicon.terms["half"]
        ):
            words, half = words[:-2], 0.5
        run: list[Token] = []
        while words and is_number(words[-1], self.lexicon):
            run.insert(0, words.pop())
        if not run or (tokens[-1].i + 1 < len(tokens.doc) and not tokens[-1].is_punct):
            return None
        value = number_value(run, self.lexicon)
        if value is None or not 0 < (value + half) * unit <= 600:
            return None
        return round((value + half) * unit)

    def _term_list(self, sent) -> list[int]:
        """«к 10, 9 и 7 годам», «да васьмі, сямі і шасці гадоў»: the terms of a list of
        numbers that share one word of years (or months) after the last of them."""
        lex = self.lexicon
        years, months = set(lex.terms["year"]), set(lex.terms["month"])
        values: list[float] = []
        halves: set[int] = set()  # «с половиной» after a number of the list: read with it
        for x in sent:
            if x.i in halves:
                continue
            if x.text[:-1].isdigit() and x.text.endswith(","):
                values.append(float(x.text[:-1]))  # razdel keeps «10,» of «10, 9 и 7» whole
                continue
            if is_number(x, lex) and not (x.i > sent.start and is_number(x.doc[x.i - 1], lex)):
                run = [x]
                while run[-1].i + 1 < sent.end and is_number(x.doc[run[-1].i + 1], lex):
                    run.append(x.doc[run[-1].i + 1])
                value = number_value(run, lex)
                if value is not None:
                    # «пять с половиной, четыре и три с половиной года»: a half told after an
                    # item keeps the list going (session 61)
                    half = self._and_a_half(run[-1]) if run[-1].i + 2 < sent.end else 0.0
                    if half:
                        halves.update((run[-1].i + 1, run[-1].i + 2))
                    values.append(value + half)
                continue
            if is_number(x, lex):
                continue
            if values and (x.text == "," or x.lower_ in lex.sets["and"]):
                continue
            unit = 12 if (x.lemma_.lower() in years or x.lower_ in years) else None
            unit = 1 if unit is None and (x.lemma_.lower() in months or x.lower_ in months) else unit
            if len(values) >= 2 and unit:
                return [round(v * unit) for v in values]
            values = []
        return []

    def _full_term_list(self, sent) -> list[int]:
        """«получили, соответственно, 1 год 6 месяцев и 1 год 5 месяцев»: a list of whole terms,
        each with its own unit; «2 годам и 6 месяцам» is one term (months after years add up)."""
        lex = self.lexicon
        years, months = set(lex.terms["year"]), set(lex.terms["month"])
        extra = set(lex.terms["with"]) | set(lex.terms["half"])
        chunks: list[list[Token]] = [[]]
        for x in sent:
            if x.text == "," or x.lower_ in lex.sets["and"]:
                chunks.append([])
            elif not x.is_punct:
                chunks[-1].append(x)
        out: list[tuple[int, bool]] = []  # (months, months-only) of consecutive term chunks
        best: list[int] = []
        for chunk in [*chunks, []]:
            units = [x for x in chunk if x.lemma_.lower() in years | months or x.lower_ in years | months]
            first = next((k for k, x in enumerate(chunk) if is_number(x, lex)), None)
            # words may lead the run's first term («получили 3 года») and follow a unit («колонии»)
            pure = (
                bool(units)
                and first is not None
                and all(
                    is_number(x, lex) or x in units or x.lemma_.lower() in extra
                    for x in chunk[first:]
                    if x.i < units[-1].i
                )
            )
            value = term_months(chunk[first:], lex) if pure else None
            if value is None and out and not out[-1][1]:
                value = self._elided_years(chunk)  # «тры гады, чатыры з паловай і шэсць гадоў»
            # «да паўтара года і да двух гадоў»: a preposition repeated before each term continues the run
            lead = chunk[:first] if first else []
            repeated = bool(lead) and all(x.lower_ in lex.sets.get("term_prepositions", ()) for x in lead)
            if value is not None and first and out and not repeated:
                if len(out) >= 2:
                    best = [m for m, _ in out]
                out = []  # words before the number end the run before it and may start another
            if value is None:
                if len(out) >= 2:
                    best = [m for m, _ in out]
                out = []
                continue
            only_months = bool(units) and all(x.lemma_.lower() in months or x.lower_ in months for x in units)
            if out and only_months and not out[-1][1]:
                out[-1] = (out[-1][0] + value, False)  # «2 годам и 6 месяцам»
            else:
                out.append((value, only_months))
        return best

    def _elided_years(self, chunk: list[Token]) -> int | None:
        """«атрымалі адпаведна тры гады, чатыры з паловай і шэсць гадоў»: an item of a list of
        terms in years that is a bare number (with «с половиной» / «з паловай» at most) leaves
        out the unit of the item before it; its months, else None. Ages and dates are no such
        item: a bare number of more than 25 is none (session 61)."""
        lex = self.lexicon
        if not chunk or not is_number(chunk[0], lex):
            return None
        run = [x for x in chunk if is_number(x, lex)]
        if len(run) != len(chunk) and not (len(chunk) == len(run) + 2 and self._and_a_half(run[-1])):
            return None
        value = number_value(run, lex)
        if value is None or not 0 < value <= 25:
            return None
        return round((value + self._and_a_half(run[-1])) * 12)

    @staticmethod
    def _fronted_words(first: Token, t: Token) -> list[Token]:
        """(Belarusian) the words from the first of the verb's parsed subtree up to the verb,
        with up to two words before them («Больш за дзесяць гадоў асудзілі»), in the verb's
        clause only: a comma opening the subtree («Пракурор папрасіў шэсць гадоў, суд асудзіў
        X») closes the clause before it, whose number is not the verb's term."""
        doc = t.doc
        start = first.i
        while start < t.i and doc[start].text in _CLAUSE_ENDS:
            start += 1
        if start == first.i:  # (no mark opens the subtree: up to two words before it)
            for _ in range(2):
                if start - 1 < t.sent.start or doc[start - 1].text in _CLAUSE_ENDS:
                    break
                start -= 1
        return list(doc[start : t.i])

    def _term_before(self, t: Token, trigger_ids: set[int]) -> int | None:
        """«Восем гадоў калоніі атрымала X», «Найбольшы тэрмін — шэсць гадоў — атрымаў X»: the
        term fronted before the verb, in its clause (no comma, name, other trigger or verb of
        demand between), not a time ago («сем гадоў таму»)."""
        lex = self.lexicon
        words: list[Token] = []
        for x in reversed(t.doc[max(t.sent.start, t.i - 10) : t.i]):
            if self.linear and x.text == "," and x.i == t.i - 1 and (set_off := self._term_set_off(t)):
                return set_off  # «Найбольшы тэрмін, 11 гадоў, атрымаў X»
            if x.text in (",", ";", ":") or x.i in trigger_ids or self._word_in(x, "blockers"):
                break
            words.insert(0, x)
        if any(x.lower_ in lex.sets.get("ago", ()) for x in words) or self._approximate_term(words):
            return None
        return term_months(words, lex) if words else None

    def _term_named_first(self, t: Token) -> int | None:
        """(Russian) «Самое суровое наказание — 19 лет … — назначено X», «Наибольший срок — восемь
        лет — получил Y»: a clause that opens with a term noun («наказание», «срок») and a dash
        states the term of the verb it leads to; the term is read between that dash and the next
        comma or dash (an age or a demand does not open so)."""
        doc = t.doc
        sent = t.sent
        dash = next((x for x in doc[sent.start : t.i] if _dash(x)), None)
        if dash is None or dash.i == sent.start:
            return None
        lead = doc[sent.start : dash.i]
        if not any(self._word_in(x, "term_nouns") for x in lead) or any(
            self._verb(x) or self._word_in(x, "blockers") for x in lead
        ):
            return None
        words = []
        for x in doc[dash.i + 1 : t.i]:
            if x.text in (",", ";", "(") or _dash(x) or self._verb(x):
                break
            words.append(x)
        if not words or self._approximate_term(words):
            return None
        return term_months(words, self.lexicon)

    def _term_set_off(self, t: Token) -> int | None:
        """(Belarusian) «Найбольшы тэрмін, 11 гадоў, атрымаў X»: a term set off by commas right
        after a term noun (`term_nouns`) and right before the verb is the verb's term, as the
        same between dashes is; only a number and its unit between the commas."""
        doc = t.doc
        start = next(
            (x.i for x in reversed(doc[max(t.sent.start, t.i - 7) : t.i - 1]) if x.is_punct),
            None,
        )
        if start is None or doc[start].text != "," or start < t.sent.start + 1:
            return None
        if not self._word_in(doc[start - 1], "term_nouns"):
            return None
        inside = doc[start + 1 : t.i - 1]
        if (
            not inside
            or not all(x.is_alpha or x.like_num for x in inside)
            or self._approximate_term(list(inside))
        ):
            return None
        return term_months(list(inside), self.lexicon)

    def _elided_unit(self, t: Token) -> int | None:
        """«Главному редактору дали девять лет. Оператор получил восемь»: a verb of receiving or
        assigning a term whose object is a bare number closing its clause, right after a term
        told in its own sentence or the one before (same paragraph), leaves out that term's unit
        (months for a term under a year, else years)."""
        last, at = self._last_term, self._last_term_at
        if last is None or at is None or t.lemma_.lower() not in self.lexicon.sets.get("receive_verbs", ()):
            return None
        doc = t.doc
        told = doc[at].sent
        if told.start != t.sent.start and (
            told.end != t.sent.start or "\n" in doc[told.start : t.i].text or at > t.i
        ):
            return None
        end = next((x.i for x in doc[t.i + 1 : t.sent.end] if x.is_punct), t.sent.end)
        if end == t.sent.end or any(x.pos_ in ("NOUN", "PROPN", "PRON") for x in doc[t.i + 1 : end]):
            return None  # «получил восемь писем», «дали ему восемь»: no bare number ends the clause
        return self._trailing_number(doc[t.i + 1 : end + 1], 1 if last < 12 else 12)

    def _series_unit_term(self, t: Token) -> int | None:
        """(Belarusian) «X атрымаў восем, Y — шэсць з паловай, Z — пяць гадоў»: a verdict verb
        whose clause is a bare number takes the unit the series states later in its sentence;
        «X далі сем гадоў. Y атрымаў восем»: or the unit of the term told in the sentence just
        before (months for a term under a year, else years). Only a verb of getting or giving
        a term (`receive_verbs`), not of serving; not «атрымаў восем лістоў»."""
        lex = self.lexicon
        doc = t.doc
        if t.lemma_.lower() not in lex.sets.get("receive_verbs", ()):
            return None  # «адбывае адзінаццаць гадоў і ўжо адсядзеў чатыры»: time served, no term
        end = next((x.i for x in doc[t.i + 1 : t.sent.end] if x.is_punct), t.sent.end)
        clause = doc[t.i + 1 : end]
        if end == t.sent.end or not any(is_number(x, lex) for x in clause):
            return None
        joints = {*lex.terms["with"], *lex.terms["and"], "па", "паловай", "палавінай"}
        if not all(is_number(x, lex) or x.lower_ in joints for x in clause):
            return None  # a noun after the number: what was got, no term
        units = {*lex.terms["year"], *lex.terms["month"]}
        later = [x for x in doc[end : t.sent.end] if x.lemma_.lower() in units]
        if later:
            unit = 1 if later[0].lemma_.lower() in lex.terms["month"] else 12
        else:
            last, at = self._last_term, self._last_term_at
            if last is None or at is None or at > t.i:
                return None
            told = doc[at].sent
            apart = told.end != t.sent.start or "\n" in doc[told.start : t.i].text
            if told.start != t.sent.start and apart:
                return None
            unit = 1 if last < 12 else 12
        return self._trailing_number(doc[t.i + 1 : end + 1], unit)

    def _same_term(self, t: Token) -> bool:
        """«такое ж пакаранне», «аналогичный срок»: the term of the sentence just before."""
        for x in t.doc[t.sent.start : t.sent.end]:
            if not self._word_in(x, "same_term"):
                continue
            after = t.doc[x.i + 1 : min(t.sent.end, x.i + 3)]
            if any(self._word_in(a, "term_nouns") for a in after):
                return True
            if (
                x.lower_ in self.lexicon.sets.get("as_much", ())
                and len(after) == 2
                and after[0].lower_ in ("ж", "жа")
                and after[1].is_punct
            ):
                return True  # «Y далі столькі ж.»: as much, said of nothing else
        return False

    def _death_or_life_first(self, window: list[Token]) -> bool:
        """A death or life sentence is named in the window before any number: what follows
        («восемь лет ждала исполнения приговора») is time spent, not the term."""
        for x in window:
            if x.text.isdigit() and len(x.text) == 4:
                continue  # a year («в 2010 году к смертной казни»)
            if is_number(x, self.lexicon) or x.like_num:
                return False
            if self._word_in(x, "death_or_life"):
                return True
        return False

    def _dashed_term_head(self, t: Token) -> int | None:
        """«Самый большой срок — 15 лет, из которых …, — получил X»: the parse roots the sentence
        at the term set off by dashes and hangs the verb on it; the term is that noun with its
        own numeral (not the clause inside the dashes)."""
        head = t.head
        if t.dep_ != "parataxis" or head.i >= t.i:
            return None
        between = t.doc[head.i + 1 : t.i]
        if not any(x.text in ("—", "–") for x in between) or any(x.pos_ == "PROPN" for x in between):
            return None
        nums = [c for c in head.children if c.dep_.startswith("nummod") and c.i < head.i]
        if not nums:
            return None
        return term_months(t.doc[nums[0].i : head.i + 1], self.lexicon)

    def _digest_terms(self, doc: Doc, index: PersonIndex, findings: list[Finding]) -> list[Finding]:
        """«Срок у Чернявского — шесть лет», «Хамзат Дудаев — 2023 год, заочно 10 лет за …»: a
        digest's verbless clause gives a person's term after a dash. Before the dash stands the
        name alone or «срок у» and the name; after it, the first comma-part with a unit of time
        is the term. Without «срок» that part needs a word of a verdict (колонии, заочно, за …),
        so an age («X — 45 лет, учитель») is none; a demand, threat or range gives nothing."""
        if self.linear:
            return []
        told = {(f.trigger.sent.start, id(p)) for f in findings if f.type == "sentence" for p in f.persons}
        out: list[Finding] = []
        for sent in doc.sents:
            for start, end in _semicolon_parts(sent):
                dash = next((x for x in doc[start:end] if x.text in ("—", "–")), None)
                if dash is None or dash.i == start:
                    continue
                person, term_noun = self._digest_holder(doc[start : dash.i], index)
                if person is None or (sent.start, id(person)) in told or self._under_demand(sent):
                    continue
                # (an age told in an aside before the dash leaves the number after it no age:
                # «X, 58 лет, — четыре года»)
                aged = self._age_aside(doc[start : dash.i])
                found = self._digest_term(doc[dash.i + 1 : end], need_mark=not (term_noun or aged))
                if found is None and self._in_term_run(sent, dash.i, [*findings, *out]):
                    # a bare term in a run of verdict lines, closing its line («Y — четыре года;»)
                    found = self._digest_term(doc[dash.i + 1 : end], need_mark=False)
                    if found is not None and not _closes_line(doc, found[1], end):
                        found = None  # «Y — 24 года, студент»: an age and a description
                if found is None:
                    continue
                term, part_end = found
                # (the charge after «за» may name a demand: «10 лет за «призывы к терроризму»»; a
                # later clause is another's: «…, выйти он должен весной»)
                charge = next((x.i for x in doc[dash.i : part_end] if x.lower_ == "за"), part_end)
                if not any(
                    self._word_in(x, "blockers") or x.lower_ in self.lexicon.sets["negation"]
                    for x in doc[start:charge]
                ):
                    out.append(Finding("sentence", dash, persons=[person], term=term))
        return out

    def _in_term_run(self, sent: Span, upto: int, findings: list[Finding]) -> bool:
        """The verbless line stands in a run of verdict lines: a term was given by a dash line
        («X — 3 года колонии») earlier in its sentence or in the three sentences before it, or
        the sentence right before is a heading of the verdict («Приговор.», «Итоговые сроки:»).
        Under such a run a bare «Y — четыре года» is the verdict's term too; alone it may be an
        age («X — 45 лет, учитель»). Found in session 52 (`syn42-ru-b`, `syn29-ru-b`)."""
        doc = sent.doc
        first = sentences_back(sent, 3)
        for f in findings:
            if f.type != "sentence" or f.term is None or not first <= f.trigger.i < upto:
                continue
            line = f.trigger.sent
            if f.trigger.text in ("—", "–") or (
                any(x.text in ("—", "–") for x in line) and not any(x.pos_ in ("VERB", "AUX") for x in line)
            ):
                return True
        if sent.start == 0:
            return False
        before = [x for x in doc[sent.start - 1].sent if not x.is_punct and not x.is_space]
        return 0 < len(before) <= 3 and any(self._word_in(x, "term_nouns") for x in before)

    def _under_demand(self, sent: Span) -> bool:
        """The sentence before ends in a colon after a verb of demand or threat («Прокурор
        запросил такие сроки:»): the dash lines under it are what was asked, not given."""
        if sent.start == 0:
            return False
        before = sent.doc[sent.start - 1].sent
        last = next((x for x in reversed(before) if not x.is_space), None)
        return last is not None and last.text == ":" and any(self._word_in(x, "blockers") for x in before)

    def _digest_holder(self, head: Span, index: PersonIndex) -> tuple[Person | None, bool]:
        """Whose term a digest's dash gives: the one person the words before it name, alone
        («Хамзат Дудаев —») or after «срок у» («Срок у Чернявского —»); with whether «срок»
        was said."""
        words = [x for x in head if not x.is_punct]
        colon = [k for k, x in enumerate(head) if x.text == ":"]
        if (
            colon
            and colon[-1] + 1 < len(head)
            and len(words) > 1
            and self._word_in(head[colon[-1] + 1], "term_nouns")
        ):
            # «Итог процесса: наказание X — три года»: the clause after a colon (a demand before
            # it still blocks the line, see `_digest_terms`)
            words = [x for x in head[colon[-1] + 1 :] if not x.is_punct]
        term_noun = len(words) > 2 and self._word_in(words[0], "term_nouns") and words[1].lower_ == "у"
        named = words[2:] if term_noun else words
        if (
            not term_noun
            and len(words) > 1
            and self._word_in(words[0], "term_nouns")
            and index.person_at(words[1]) is not None
            and {"Dat", "Gen"} & set(words[1].morph.get("Case"))
        ):
            # «Срок Андрею Полякову — девять лет», «Наказание Марии Сомовой — …»: whose term
            term_noun, named = True, words[1:]
        named = _before_apposition(named, head, index)
        if len(named) > 2 and self._word_in(named[0], "possessive_pronouns") and named[1].pos_ == "NOUN":
            named = named[1:]  # «Его жена Юлия Горбач —»: the owner's pronoun before a kin word
        while len(named) > 1 and named[0].pos_ == "NOUN" and index.person_at(named[0]) is None:
            named = named[1:]  # «Блогер Руслан Гиреев —», «Активистка Нина Горелова —»: a role word
        people = {id(index.person_at(x)): index.person_at(x) for x in named}
        if len(people) != 1 or None in people.values() or not named:
            return None, False
        if not term_noun and {"Dat", "Gen"} & set(named[0].morph.get("Case")):
            return None, False  # «Иванову — 10 лет», «для Петрова — 8 лет»: a list of demands or grants
        return next(iter(people.values())), term_noun

    def _age_aside(self, head: Span) -> bool:
        """The words before a digest's dash end in an aside of an age set off by commas
        («Пётр Ломакин, 61 год, —»): the number after the dash is then the term, not an age."""
        commas = [x.i for x in head if x.text == ","]
        if len(commas) < 2 or head[-1].text != ",":
            return False
        words = [x for x in head.doc[commas[-2] + 1 : commas[-1]] if not x.is_punct]
        years = self.lexicon.terms["year"]
        return (
            len(words) == 2
            and is_number(words[0], self.lexicon)
            and (words[1].lower_ in years or words[1].lemma_.lower() in years)
        )

    def _digest_term(self, tail: Span, *, need_mark: bool) -> tuple[int, int] | None:
        """The term in the first comma-part after a digest's dash that states a unit of time
        and is not a date («2023 год»), with the index where that part ends."""
        units = {*self.lexicon.terms["year"], *self.lexicon.terms["month"]}
        part: list[Token] = []
        for x in [*tail, None]:
            if x is not None and x.text not in (",", ";", "."):
                part.append(x)
                continue
            if any(y.pos_ in ("VERB", "AUX") and not _adjectival_participle(y) for y in part):
                return None  # «X — брат Y, которого приговорили к 17 годам»: a clause's own verdict
            if any(y.lemma_.lower() in units or y.lower_ in units for y in part):
                term = term_months(part, self.lexicon)
                if term is not None and not term_range(part, self.lexicon):
                    if need_mark and not any(self._verdict_mark(y) for y in part):
                        return None
                    return term, part[-1].i + 1
            if x is None or x.text in (";", "."):
                return None
            part = []
        return None

    def _term_line_after(self, findings: list[Finding], index: PersonIndex) -> None:
        """«Суд огласил приговор X. Срок — три года колонии», «… признал его виновным. Наказание —
        13 лет», «Тэрмін — тры гады»: a sentence that opens with a noun of the term
        (`term_nouns`) and a dash, names nobody and has no verb, states the term of the verdict
        told without one in the sentence right before it (one verdict there, or all its
        verdicts given to the same people)."""
        doc = index.doc
        for sent in doc.sents:
            words = [x for x in sent if not x.is_space]
            if len(words) < 4 or sent.start == 0 or not self._word_in(words[0], "term_nouns"):
                continue
            if words[1].text not in ("—", "–", ":"):
                continue
            part: list[Token] = []
            for x in words[2:]:
                if x.text in (",", ";", ".", "(", "!"):
                    break
                part.append(x)
            if any(index.person_at(x) is not None or x.pos_ in ("VERB", "AUX") for x in words):
                continue
            if any(self._word_in(x, "blockers") or x.lower_ in self.lexicon.sets["negation"] for x in words):
                continue
            term = term_months(part, self.lexicon)
            if term is None or term > _LONGEST_TERM or term_range(part, self.lexicon):
                continue
            before = doc[sent.start - 1].sent
            verdicts = [f for f in findings if f.type == "sentence" and f.trigger.sent == before]
            bare = [f for f in verdicts if f.term is None and f.persons]
            if not bare or len(verdicts) != len(bare) or len({tuple(map(id, f.persons)) for f in bare}) != 1:
                continue
            for f in bare:
                f.term = term

    def _verdict_mark(self, x: Token) -> bool:
        """A word of a verdict (`verdict_marks`), also as the first part of a compound
        («колонии-поселения», «колонія-пасяленне»)."""
        if self._word_in(x, "verdict_marks"):
            return True
        first = x.lower_.split("-")[0]
        # (the tagger leaves a compound unlemmatised: its first part matches a mark's stem)
        marks = self.lexicon.sets["verdict_marks"]
        return "-" in x.text and any(len(m) > 4 and first.startswith(m[:-1]) for m in marks)

    def _custody_length(self, t: Token, window: Sequence[Token]) -> bool:
        """Whether the verb's number is a length of custody before trial, not a term: «продлил
        арест на три месяца», «продлил срок содержания под стражей», and a measure that is the
        verb's own object however far the number stands before it («продлил на два месяца
        домашний арест X»)."""
        return (
            any(self._word_in(x, "custody_measures") for x in window[1:5])
            or any(
                self._word_in(x, "term_nouns") and self._word_in(y, "custody_measures")
                for x, y in zip(window[1:], window[2:], strict=False)
            )
            or (
                not self.linear
                and any(c.dep_ == "obj" and self._word_in(c, "custody_measures") for c in t.children)
            )
        )

    @staticmethod
    def _fated(t: Token) -> Token | None:
        """«Ему предстоит провести в колонии шесть лет», «ей придётся провести за решёткой
        восемь», «он должен провести в колонии 14 лет»: the word of what must come (`_FATED`)
        an infinitive stay hangs on; whose stay it is stands in that word's dative (its subject
        for «должен»), not under the infinitive."""
        if "Inf" not in t.morph.get("VerbForm") or t.head.i == t.i or t.head.lemma_ not in _FATED:
            return None
        return t.head

    @staticmethod
    def _fated_dative(root: Token, fated: Token) -> bool:
        """The name is the fated word's dative («предстоит», «придётся») or the subject of
        «должен», itself or set beside its role noun («Журналистке Анне Х предстоит …»)."""
        node = root
        while node.dep_ in ("appos", "flat:name") and node.head.i != node.i and node.head.i != fated.i:
            node = node.head
        return node.head.i == fated.i and node.dep_ == _FATED[fated.lemma_]

    @staticmethod
    def _opined(fated: Token) -> bool:
        """«Прокурор считает, что он должен провести …», «по мнению обвинения, ему предстоит …»:
        what must come is someone's view (a word of opinion above the fated word, or an
        opinion phrase on it or above it), not the verdict's stay."""
        node = fated
        while True:
            if node.i != fated.i and node.lemma_.lower() in _OPINION_WORDS:
                return True
            opinions = (c for c in node.children if c.dep_ in ("obl", "parataxis"))
            if any(c.lemma_.lower() in _OPINION_WORDS for c in opinions):
                return True
            if node.head.i == node.i:
                return False
            node = node.head

    def _verdict_stay(self, t: Token) -> bool:
        """«Он проведёт в колонии шесть лет», «ей предстоит провести за решёткой восемь лет»,
        «теперь ему предстоит отбыть семь»: the stay a verdict fixed, told in the future (or
        under «предстоит») with a place of custody for «провести»; not negated, not under a
        verb of demand, threat or possibility."""
        if self.linear or t.lemma_ not in (*_STAY_VERBS, "отбыть", "отправиться"):
            return False
        morph = t.morph
        fated = t.head if "Inf" in morph.get("VerbForm") else None
        if fated is not None and self._fated(t) is None:
            return False
        if fated is None and not ("Fut" in morph.get("Tense") and "Perf" in morph.get("Aspect")):
            return False
        sent = t.doc[t.sent.start : t.sent.end]
        if t.lemma_ != "отбыть" and not any(
            self._word_in(x, "custody") and not self._word_in(x, "pretrial_custody") for x in sent
        ):
            return False  # «проведёт в СИЗО ещё два месяца»: custody before trial, no verdict's stay
        if any(
            x.lower_ == "из" and x.i + 1 < sent.end and t.doc[x.i + 1].lower_ in ("них", "которых")
            for x in sent
        ):
            return False  # «… к 5 годам, и 2 года из них он проведёт в тюрьме»: a part of the term
        lex = self.lexicon
        if fated is not None and self._opined(fated):
            return False  # «прокурор считает, что он должен провести в колонии девять лет»: a view
        if any(self._word_in(x, "conditional") for x in sent if fated is None or x.i != fated.i):
            return False  # «…, если суд согласится с прокурором»: a stay on a condition told after it
        return not any(
            x.lower_ in lex.sets["negation"] or self._word_in(x, "blockers")
            for x in sent
            if (x.i < t.i or x.head.i == t.i) and (fated is None or x.i != fated.i)
        )  # («должен провести»: the fated word itself is no demand)

    def _served_out(self, t: Token) -> bool:
        """«отсидел пять лет», «отсидев четыре года», «отсидевшего три года в колонии»: the
        perfective «отсидеть» in the past (finite, participle or converb) tells a term served,
        so a verdict's term, as «отбыть» does; not time spent in custody before trial («отсидел
        в СИЗО восемь месяцев», «в спецприёмнике»), nor the future or an infinitive (a stay
        still to come is `_verdict_stay`'s)."""
        if self.linear or t.lemma_ != "отсидеть":
            return False
        if "Conv" not in t.morph.get("VerbForm") and "Past" not in t.morph.get("Tense"):
            return False  # (an infinitive or a future)
        return not any(self._word_in(x, "pretrial_custody") for x in t.subtree)

    def _of_total(self, window: Sequence[Token]) -> int | None:
        """«отбыла три года из пяти, присуждённых судом», «отсидела четыре года из шести»: time
        served out of a term whose number follows «из» with its unit left out; the term is
        that number, in the unit of the time served."""
        lex = self.lexicon
        if self.linear:
            # (Belarusian) «адбыць некалькі месяцаў з пяцігадовага тэрміну»: the whole term told
            # by a compound adjective after «з»
            suffix = tuple(lex.terms["compound_suffix"])
            for of, whole in zip(window, window[1:], strict=False):
                if self._word_in(of, "out_of") and whole.lower_.endswith(suffix):
                    months = term_months(whole.doc[whole.i : min(whole.i + 3, whole.sent.end)], lex)
                    if months:
                        return months
        for k, (unit, of, total) in enumerate(zip(window[1:], window[2:], window[3:], strict=False), start=1):
            if not (self._word_in(of, "out_of") and is_number(total, lex)):
                continue
            # the time served ends in its unit: «три года», «три с половиной года»
            months = term_months(window[max(0, k - 3) : k + 1], lex)
            year = unit.lemma_.lower() in lex.terms["year"] or unit.lower_ in lex.terms["year"]
            if not months or not (year or self._word_in(unit, "months_words")):
                continue
            served = months / (12 if year else 1)
            value = number_value([total], lex)
            if value:
                value += self._and_a_half(total)  # «отбыла три года из пяти с половиной»
            if not value or value <= served:
                return None
            after = total.doc[total.i + 1] if total.i + 1 < len(total.doc) else None
            if after is not None and (self._term_word(after) or self._word_in(after, "count_nouns")):
                return None  # «два года из трёх лет»: whole units are read by term_months itself
            result = round(value * (12 if year else 1))
            return result if 0 < result <= _LONGEST_TERM else None
        return None

    def _besides_main(self, t: Token) -> bool:
        """«Помимо основного наказания суд назначил X один год ограничения свободы», «Помимо
        колонии, суд назначил инженеру штраф и год ограничения свободы»: a clause that opens with
        «помимо» / «кроме» (`besides_words`) and the main punishment (`main_punishment`: колония,
        срок, основное наказание) gives an additional punishment; its years are no term of the
        verdict (the term is the main one, told elsewhere)."""
        doc = t.doc
        for x in doc[t.sent.start : t.i]:
            if self._word_in(x, "besides_words") and any(
                self._word_in(y, "main_punishment") for y in doc[x.i + 1 : min(x.i + 3, t.i)]
            ):
                return True
        return False

    def _changed_by(self, t: Token, window: Sequence[Token]) -> bool:
        """«Кириллу Евдокимову снизили срок на полгода», «Апелляция сократила срок на девять
        месяцев»: a verb of changing a term (`term_change_colon`) with «на» before the time tells by
        how much the term changed, which is no term."""
        if t.lemma_.lower() not in self.lexicon.sets.get("term_change_colon", ()):
            return False
        after = [x for x in window if x.i > t.i]
        for k, x in enumerate(after):
            units = (
                *self.lexicon.terms["year"],
                *self.lexicon.terms["month"],
                *self.lexicon.terms["half_year"],
            )
            opens = is_number(x, self.lexicon) or x.lemma_.lower() in units or x.lower_ in units
            if opens and term_months(after[k : k + 4], self.lexicon):
                return k > 0 and after[k - 1].lower_ == "на"
        return False

    def _added_up_to(self, t: Token, window: Sequence[Token]) -> int | None:
        """«добавил к нему ещё полгода — до 12 с половиной лет»: a verb of adding (words
        `term_added`) tells the time added and, after «до», the term it makes; the term is the
        whole one, the time added is none (alone, «добавили год» is a term of its own, as a second
        verdict's). Read after the trigger up to the end of its sentence; not a range («от … до»).
        A verb of changing a term (`term_change_colon`) reads the same way: «снизил срок с шести лет
        до пяти лет и шести месяцев» is five and a half years (the six are the old term)."""
        lemma = t.lemma_.lower()
        if lemma not in self.lexicon.sets.get("term_added", ()) and lemma not in self.lexicon.sets.get(
            "term_change_colon", ()
        ):
            return None
        after = [x for x in window if x.i > t.i]
        for k, x in enumerate(after):
            if x.lower_ != "до" or any(y.lower_ in self.lexicon.terms["range"]["from"] for y in after[:k]):
                continue
            months = term_months(after[k + 1 : k + 6], self.lexicon)
            if months and term_months(after[:k], self.lexicon):
                return months if months <= _LONGEST_TERM else None
        return None

    def _and_a_half(self, number: Token) -> float:
        """0.5 when «с половиной» follows the number (`terms.json` `with`, `half`): the whole of a
        term told with its unit left out («из назначенных ему пяти с половиной») is five and a half."""
        doc, lex = number.doc, self.lexicon
        if number.i + 2 >= len(doc) or doc[number.i + 1].lower_ not in lex.terms["with"]:
            return 0.0
        half = doc[number.i + 2]
        return 0.5 if half.lemma_.lower() in lex.terms["half"] or half.lower_ == "половиной" else 0.0

    def _term_out_of(self, t: Token) -> int | None:
        """«проведя в колонии шесть лет из назначенных ему десяти»: the term is the number after
        the participle, in the unit of the time served before «из»."""
        doc = t.doc
        if t.i < 2 or not self._word_in(doc[t.i - 1], "out_of") or "Part" not in t.morph.get("VerbForm"):
            return None
        after = [x for x in doc[t.i + 1 : min(t.sent.end, t.i + 4)] if is_number(x, self.lexicon)]
        unit = doc[t.i - 2]
        if not after or not (doc[t.i - 3 : t.i - 2] and is_number(doc[t.i - 3], self.lexicon)):
            return None
        value = number_value(after[:1], self.lexicon)
        if value is not None:
            value += self._and_a_half(after[0])  # «из назначенных ему пяти с половиной»
        months = term_months([doc[t.i - 3], unit], self.lexicon)
        served = number_value([doc[t.i - 3]], self.lexicon)
        if value is None or not months or not served:
            return None
        total = round(value * months / served)
        return total if 0 < total <= _LONGEST_TERM else None

    def _changed_term(self, findings: list[Finding], only: list[Finding] | None = None) -> list[Finding]:
        """«Пазней абласны суд знізіў тэрмін да пяці з паловай гадоў»: a term changed on appeal
        or added, with no name of its own, is the term of whoever the verdict of the two
        sentences before concerns (one person or the same few). The changed findings given
        persons; with `only`, those are told again against `findings` (gapped verdicts added)."""
        change = self.lexicon.sets.get("term_change", set())
        given: list[Finding] = []
        if not change:
            return given
        for f in findings if only is None else only:
            if only is not None:
                f.persons = []
            if f.type != "sentence" or f.persons or f.count is not None or not f.term:
                continue
            if f.trigger.lemma_.lower() not in change:
                continue
            sent = f.trigger.sent
            if not any(self._word_in(x, "term_nouns") for x in sent):
                continue  # «суд дадаў два гады» with no «тэрмін» may be a second defendant's
            earlier = [
                g
                for g in findings
                if g.type == "sentence"
                and g.persons
                and g.trigger.i < f.trigger.i
                and g.trigger.sent.start >= sentences_back(sent, 2)
            ]
            if earlier:
                f.persons = list(max(earlier, key=lambda g: g.trigger.i).persons)
                given.append(f)
        return given

    def _term_after_colon(self, findings: list[Finding], index: PersonIndex) -> None:
        """«Краевой суд смягчил приговор X: срок сокращён с шести до четырёх лет»: a term changed
        after a colon, whose clause names nobody («срок» is its subject or object), is the term of
        the one to three people the clause before the colon names with a verb of changing."""
        change = self.lexicon.sets.get("term_change_colon", set())
        for f in findings:
            if f.type != "sentence" or f.persons or f.count is not None or not f.term:
                continue
            t = f.trigger
            if t.lemma_.lower() not in change:
                continue
            sent = t.sent
            colons = [x for x in sent if x.text == ":" and x.i < t.i]
            if not colons:
                continue
            colon = colons[-1]
            if any(index.person_at(x) is not None for x in t.doc[colon.i + 1 : sent.end]):
                continue
            prefix = t.doc[sent.start : colon.i]
            if not any(x.lemma_.lower() in change and x.pos_ == "VERB" for x in prefix):
                continue
            named = {id(p): p for x in prefix if (p := index.person_at(x)) is not None}
            if 1 <= len(named) <= 3:
                f.persons = list(named.values())

    def _term_word(self, x: Token) -> bool:
        lex = self.lexicon
        return (
            x.lemma_.lower() in lex.terms["year"]
            or x.lower_ in lex.terms["year"]
            or self._word_in(x, "months_words")
            or self._word_in(x, "term_nouns")
        )

    def _span_of_time(self, tokens: Sequence[Token]) -> set[int]:
        """Indices of the phrases among `tokens` that measure a stretch of time, not a term:
        a unit of time after «за», «через», «спустя» or «в течение» («за два года получила
        от мамы треть писем», «через пять лет получил письмо»; words.json `span_prepositions`)."""
        units = {*self.lexicon.terms["year"], *self.lexicon.terms["month"]}
        out: set[int] = set()
        for x in tokens:
            if x.dep_ == "case" and (
                self._word_in(x, "span_prepositions")
                or any(c.dep_ == "fixed" and self._word_in(c, "span_prepositions") for c in x.children)
            ):
                head = x.head
                if head.lower_ in units or head.lemma_.lower() in units:
                    out |= {y.i for y in head.subtree}
        return out

    def _bare_term(self, rest: Sequence[Token], antecedent: Finding) -> int | None:
        """A gapped remainder that is only a number («— к шести», «— на три») repeats the unit of
        the term before it: the first unit word after that term's trigger."""
        words = self.lexicon.terms
        rest = list(rest)
        half = 0.0
        if len(rest) > 2 and rest[-2].lower_ in words["with"] and rest[-1].lemma_.lower() in words["half"]:
            rest, half = rest[:-2], 0.5  # «— восемь с половиной»
        if not rest:
            return None
        numbers = [x for x in rest if is_number(x, self.lexicon)]
        # a preposition may open it (the Belarusian path has no tagger: a short word)
        opening = not is_number(rest[0], self.lexicon) and (rest[0].pos_ == "ADP" or len(rest[0].text) <= 3)
        if not numbers or len(numbers) != len(rest) - opening:
            return None
        value = number_value(numbers, self.lexicon)
        value = value + half if value is not None else None
        years, months = set(words["year"]), set(words["month"])
        trigger = antecedent.trigger
        unit = next(
            (
                12 if w in years else 1
                for x in trigger.doc[trigger.i : rest[0].i]
                for w in (x.lemma_.lower(), x.lower_)
                if w in years or w in months
            ),
            None,
        )
        if unit is None and self.linear:
            # (Belarusian) «X атрымаў восем, Y — шэсць з паловай, Z — пяць гадоў»: the series
            # states its unit once, at its end
            unit = next(
                (
                    12 if w in years else 1
                    for x in trigger.doc[rest[-1].i + 1 : trigger.sent.end]
                    for w in (x.lemma_.lower(), x.lower_)
                    if w in years or w in months
                ),
                None,
            )
        if unit is None and self.linear and antecedent.term:
            unit = 12 if antecedent.term >= 12 else 1  # «Y далі два гады. X атрымаў тры, Z — чатыры»
        if value is None or unit is None or not 0 < value * unit <= 600:
            return None
        return round(value * unit)

    def _changed_term_of_last(self, findings: list[Finding]) -> None:
        """«В июле его приговорили к пяти годам, апелляция снизила срок до четырёх лет»: a term
        changed («снизил / сократил / увеличил срок до N») with no person of its own is the
        term of the person sentenced last, in its sentence or the one before."""
        changes = set(self.lexicon.sets.get("term_change_colon", ()))
        done: list[Finding] = []
        for f in sorted(findings, key=lambda f: f.trigger.i):
            t = f.trigger
            if (
                f.type == "sentence"
                and not f.persons
                and f.count is None
                and f.term is not None
                and t.lemma_.lower() in changes
                and done
                and done[-1].trigger.sent.start >= (t.doc[t.sent.start - 1].sent.start if t.sent.start else 0)
            ):
                f.persons = list(done[-1].persons)
            if f.type == "sentence" and f.persons and f.count is None:
                done.append(f)


_FROM = frozenset({"з", "са", "зь", "із"})


def _semicolon_parts(sent: Span) -> list[tuple[int, int]]:
    """The stretches of `sent` between semicolons, as (start, end) token indices: «X, 58 лет, —
    четыре года; Y — два с половиной года» is two lines of a digest in one sentence."""
    cuts = [x.i for x in sent if x.text == ";"]
    starts = [sent.start, *(k + 1 for k in cuts)]
    ends = [*cuts, sent.end]
    return [(a, b) for a, b in zip(starts, ends, strict=True) if a < b]


def _adjectival_participle(x: Token) -> bool:
    """A participle that agrees with a noun as an adjective («колонии усиленного режима»,
    tagged a verb): no verb of a clause of its own."""
    return x.dep_ == "amod" and "Part" in x.morph.get("VerbForm") and bool(x.morph.get("Case"))


def _closes_line(doc: Doc, part_end: int, end: int) -> bool:
    """The comma-part of a term ends its line, or only «из них …» (the part served in prison)
    follows it: «Y — 12 лет, из них первые три года в тюрьме»."""
    if part_end >= end or doc[part_end].text in (";", ".", "!"):
        return True
    return doc[part_end].text == "," and part_end + 1 < end and doc[part_end + 1].lower_ == "из"


def _before_apposition(named: list[Token], head: Span, index: PersonIndex) -> list[Token]:
    """«Мечислав Юхневич, 58 лет, —», «Данила Хомяков, как несовершеннолетний …, —»: a name
    followed by an aside set off by commas right up to the dash; the holder is the words before
    the aside. Kept as is when the aside names someone («Иванов, Петров, —»: a list)."""
    commas = [x.i for x in head if x.text == ","]
    if len(commas) < 2 or head[-1].text != "," or not named:
        return named
    aside = head.doc[commas[0] + 1 : commas[-1]]
    if any(index.person_at(x) is not None for x in aside):
        return named
    return [x for x in named if x.i < commas[0]]


def _dash(x: Token) -> bool:
    """A dash, or a hyphen typed with a space on each side as agency copy types the dash
    («Наиболее строгое наказание - 19 лет … - получил X»: TASS, Interfax)."""
    return x.text in ("—", "–") or (
        x.text == "-" and bool(x.whitespace_) and x.i > 0 and bool(x.doc[x.i - 1].whitespace_)
    )


def _bracket_close(doc: Doc, start: int, sent_end: int) -> int | None:
    """The «)» that closes the bracket opened at `start` within ten words and the sentence: a
    term in brackets after a name is short («(7 лет)», «(3 гады калоніі)»); a longer aside is no
    term of hers."""
    return next((k for k in range(start + 1, min(sent_end, start + 10)) if doc[k].text == ")"), None)


def _past_hometown(doc: Doc, k: int) -> int:
    """«X з Полацка (3 гады калоніі)», «Y зь Вялікіх Лукаў (…)»: past a hometown of one or two
    capitalised words right after a name (Belarusian «з»), where the bracket stands; else `k`."""
    if k + 1 < len(doc) and doc[k].lower_ in _FROM and doc[k + 1].is_title:
        j = k + 2
        if j < len(doc) and doc[j].is_title and doc[j].text != "(":
            j += 1
        return j
    return k


def _without_trailing_space(tokens: Span) -> Span:
    """`tokens` without the whitespace tokens at its end (a paragraph break the parser keeps as
    the last token of the sentence before it)."""
    end = tokens.end
    while end > tokens.start and tokens.doc[end - 1].is_space:
        end -= 1
    return tokens.doc[tokens.start : end]
