"""Court reports that leave out the repeated verb («X получила 9 лет, Y — 8 лет», «…,
астатнія — па чатыры»): the remainders read as the same event with their own terms."""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from vigil.extract.findings import Finding, Person
from vigil.extract.ru.events.clauses import (
    _ends_in_colon,
)
from vigil.extract.ru.lexicon import TriggerRule
from vigil.extract.ru.numbers import (
    is_number,
    number_value,
    term_months,
)
from vigil.extract.ru.persons import PersonIndex, pronoun_gender, sentences_back
from vigil.extract.ru.quotes import QuoteFinding

# word sets of a gapped clause's counted subject or object («ещё 8 человек», «19 из них»)
_GAP_SUBJECT_WORDS = ("more", "out_of", "of_them", "rest_words", "rest_of_group", "group_nouns", "collective")
CLOCK_TIME = re.compile(r"\d{1,2}[:.]\d{2}")  # a time of day on a line of its own


class GappedRules:
    """Remainders of a court report that leaves its verb out; a mixin of `EventFinder`, whose
    `lexicon`, `linear` and other rules its methods use."""

    def _gapped(
        self,
        doc: Doc,
        index: PersonIndex,
        findings: list[Finding],
        rules: dict[int, TriggerRule],
        quotes: Sequence[QuoteFinding],
    ) -> list[Finding]:
        """Court reports leave out the repeated verb: «X получила 9 лет, Y — 8 лет», «X
        задержан в Минске, Y — в Гомеле». A name followed by a dash and a verbless remainder
        repeats the sentence's last event before it, with the remainder's own term; the person
        leaves the earlier event it was wrongly given."""
        lex = self.lexicon
        out: list[Finding] = []
        by_root = {root.i: person for root, person in index.mention_roots()}
        heads = [(person, start, end) for person in index.persons for start, end in person.mentions]
        # «асудзіў маці на два гады, сына — на чатыры»: a bare kin noun before the dash is the
        # person named with it before
        heads += [
            (p, x.i, x.i + 1)
            for x in doc[:-1]
            if doc[x.i + 1].text in ("—", "–") and (p := self._kin_antecedent(x, index)) is not None
        ]
        heads += self._gapped_pronouns(doc, index)
        for person, start, end in sorted(heads, key=lambda h: h[1]):
            end = self._past_aside(doc, self._past_relative(doc, end), person, index)
            end = self._past_closing_comma(doc, end)
            if end >= len(doc) or doc[end].text not in ("—", "–", "-"):
                continue
            dash = doc[end]
            before = [f for f in findings if f.trigger.sent == dash.sent and f.trigger.i < start]
            if not before and not self.linear:
                # «X-у — 5 лет колонии, его жене Y — 3 года химии»: a second verbless pair repeats
                # the first one's verdict
                before = [f for f in out if f.trigger.sent == dash.sent and f.trigger.i < start]
            if not before:
                # «X атрымаў … Y — чатыры гады. Z — два гады.»: a verbless line repeats the
                # verbless line before it as well (Russian too since session 62: a digest's «— Y
                # и Z — по пять лет;\n— W — два года.» under «Суд признал виновными всех»); the
                # heads are read in text order so the line before is already in `out`
                before = self._sentence_before(dash, start, findings + out, index)
                if before and all(f in out for f in before) and self._age_described(dash):
                    before = []  # «X — 4 года колонии. Его сосед Y — 24 года, студент …»: an age
            if not before:
                before = self._termless_verdict_before(dash, start)
            if not before:
                continue
            rest = []
            for x in doc[dash.i + 1 : dash.sent.end]:
                if x.text in (",", ";", ".", "—", "–", ":") or x.i in by_root:
                    break
                rest.append(x)
            if not rest or any(_clause_verb(x) and not self.linear for x in rest):
                continue
            if start > 0 and doc[start - 1].text == "," and index.person_at(doc[start - 2]) is None:
                # «…, Ирина Белова — свидетель по делу»: a verbless clause of its own, so
                # the name is not the earlier verb's; it gets that event only by the rules below
                for f in before:
                    if person in f.persons and f.trigger.i < start - 1:
                        f.persons.remove(person)
                        if not f.persons and not self.linear:
                            # «X суд приговорил к …, Y получил …, Z — …»: the parse gave
                            # the first verb Z; its own patient is the nearest name
                            self._nearest(f.trigger, rules[id(f)], f, index, quotes)
                            if person in f.persons:
                                f.persons.remove(person)
            if any(x.lower_ in lex.sets["negation"] for x in rest):
                continue  # «Олега задержали, Ольгу — нет»
            if any(x.lemma_.lower() in self.label_of_lemma for x in rest):
                continue
            # «приговорил X, задержанного в мае, к девяти годам, а Y — к восьми»: a
            # participle's clause set off by commas is background, not the verb repeated
            main = [f for f in before if self._participle_clause_end(f.trigger, dash.sent.end) is None]
            antecedent = max(main or before, key=lambda f: f.trigger.i)
            term = term_months(rest, lex) if antecedent.type == "sentence" else None
            if antecedent.type == "sentence" and term is None and antecedent.term:
                term = self._bare_term(rest, antecedent)  # «А — к пяти годам, Б — к шести»
            if antecedent.type == "sentence" and term is None:
                continue  # «…, Ирина Белова — свидетель по делу» repeats nothing
            if (
                antecedent.type != "sentence"
                and antecedent.trigger.sent != dash.sent
                and not any(
                    self._word_in(x, "dates")
                    or x.like_num
                    or x.lower_ in ("позже", "позднее", "раньше", "ранее", "спустя", "через")
                    for x in rest
                )
            ):
                continue  # «X отпустили в мае; Y — в СИЗО»: past a semicolon only a time repeats it
            # «а Y — толькі ў верасні»: a focus word before the time or place; the Russian
            # tagger's parts of speech mean little on Belarusian, its words say it
            focus = lex.sets.get("focus_particles", ())
            lead = next((x for x in rest if x.lower_ not in focus), None)
            placed = (
                self.linear
                and lead is not None
                and (
                    self._word_in(lead, "location_prepositions")
                    or self._word_in(lead, "time_adverbs")
                    or self._word_in(lead, "after")
                )
            )
            if antecedent.type != "sentence" and not (
                placed
                or rest[0].pos_ in ("ADP", "ADV")
                or rest[-1].pos_ == "ADV"  # «— неделей позже»
                or self._word_in(rest[0], "dates")
                or rest[0].like_num
            ):
                continue  # a gapped arrest or release keeps only its place or time («— в Гомеле»)
            persons = [*self._conjoined_before(start, index, by_root), person]
            for f in before:
                for p in persons:
                    if p in f.persons:
                        f.persons.remove(p)
                        if not f.persons and not self.linear:
                            self._nearest(f.trigger, rules[id(f)], f, index, quotes)
                        if p in f.persons:
                            f.persons.remove(p)
            gapped = Finding(antecedent.type, dash, persons=persons, term=term)
            gapped.date = antecedent.date
            size = self._counted_lead(doc, start, len(persons))
            if size is not None:
                # «а двое самых молодых, X и Y, — к 11 годам каждый»: the pair is counted
                gapped.count, gapped.group_ref = size, True
                if antecedent.count == size:
                    antecedent.count = None  # (the verb before had taken the remainder's number)
            out.append(gapped)
        return out

    def _age_described(self, dash: Token) -> bool:
        """(Russian) «Y — 24 года, студент колледжа»: a number of years with no penal word, then a
        comma and a lower-case noun describing the person, is an age; a verbless line repeating
        only another verbless line (session 62) must not read it as a term."""
        if self.linear or self._penal_remainder(dash):
            return False
        doc = dash.doc
        comma = next((x for x in doc[dash.i + 1 : dash.sent.end] if x.text in (",", ";", ".")), None)
        if comma is None or comma.text != "," or comma.i + 1 >= dash.sent.end:
            return False
        after = doc[comma.i + 1]
        return after.is_lower and after.pos_ == "NOUN" and any(x.like_num for x in doc[dash.i + 1 : comma.i])

    def _past_closing_comma(self, doc: Doc, end: int) -> int:
        """«…, а двое фигурантов, X и Y, — к 11 годам каждый»: a name in apposition closed by a
        comma before the gapping dash; the index of the dash past it, else `end` (Russian)."""
        if self.linear or end + 1 >= len(doc) or doc[end].text != ",":
            return end
        return end + 1 if doc[end + 1].text in ("—", "–") else end

    def _counted_lead(self, doc: Doc, start: int, size: int) -> int | None:
        """The number of the clause's counted noun right before the names of a gapped remainder
        («, а двое самых молодых фигурантов, X и Y, — …»), when it equals the names' number."""
        if self.linear or size < 2:
            return None
        for x in reversed(doc[max(doc[start].sent.start, start - 12) : start]):
            if x.text in (";", ":", "—", "–") or x.lower_ == "а" or x.pos_ in ("VERB", "AUX"):
                return None
            if is_number(x, self.lexicon) and self._term_number(x):
                return None  # «Глеб получил два года колонии, Нина и Илья — по полтора»: a term
            if is_number(x, self.lexicon) and number_value([x], self.lexicon) == size:
                return size
        return None

    def _term_number(self, x: Token) -> bool:
        """`x` stands before a unit of time («два года», «пять лет», «три месяца»): the number of
        a term of the clause before, not of a counted noun."""
        if x.i + 1 >= x.sent.end:
            return False
        units = {*self.lexicon.terms.get("year", ()), *self.lexicon.terms.get("month", ())}
        after = x.doc[x.i + 1]
        return after.lower_ in units or after.lemma_.lower() in units

    def _named_part_and_more(self, findings: list[Finding], rests: list[Finding]) -> None:
        """«Суд огласил приговор пятерым участникам акций, задержанным в декабре. X и Y получили
        по четыре года, ещё трое — по два года»: the people named beside «ещё N» of the same
        event, with N, make up the group counted in the sentence or two before; they are its
        named members (and so share its other events). Only when the numbers add up exactly
        and the group names nobody of its own (Russian)."""
        if self.linear:
            return
        for rest in rests:
            sent = rest.trigger.sent
            lead = rest.trigger.doc[max(sent.start, rest.trigger.i - 6) : rest.trigger.i]
            if not any(self._word_in(x, "more") for x in lead):
                continue
            named: list[Person] = []
            for f in findings:
                if f.type == rest.type and f.trigger.sent == sent and f is not rest and f.count is None:
                    named += [p for p in f.persons if p not in named]
            if not named or rest.count is None:
                continue
            start = sentences_back(sent, 2)
            groups = [
                g
                for g in findings
                if g.type == rest.type and g.count and not g.persons and start <= g.trigger.i < sent.start
            ]
            if not groups:
                continue
            group = max(groups, key=lambda g: g.trigger.i)
            if group.count == len(named) + rest.count:
                group.persons = list(named)

    def _gapped_counts(self, doc: Doc, index: PersonIndex, findings: list[Finding]) -> list[Finding]:
        """«X и Y получили по четыре года, ещё трое — по два года», «Ивана П. приговорили к
        восьми годам, а двоих его товарищей — к шести»: a counted group with no name before a
        gapping dash repeats the sentence's verdict before it with its own term and its own
        count; the verb before loses that number if it had taken it (Russian; a verdict only,
        and only with a term after the dash)."""
        if self.linear:
            return []
        lex = self.lexicon
        out: list[Finding] = []
        for dash in doc:
            if dash.text not in ("—", "–") or dash.i == dash.sent.start:
                continue
            lead: list[Token] = []
            for x in reversed(doc[dash.sent.start : dash.i]):
                if x.text in (",", ";", ":") or x.lower_ == "а":
                    break
                lead.insert(0, x)
            if not lead or len(lead) > 6 or lead[0].i == dash.sent.start:
                continue
            if any(index.person_at(x) is not None or x.pos_ in ("VERB", "AUX") for x in lead):
                continue
            numbers = [x for x in lead if is_number(x, lex)]
            size = number_value(numbers[:1], lex) if len(numbers) == 1 else None
            if size is None or size != int(size) or size < 2:
                continue
            rest = _up_to_clause_end(doc, dash.i + 1, dash.sent.end)
            if not rest or any(_clause_verb(x) for x in rest):
                continue
            term = term_months(rest, lex)
            before = [f for f in findings if f.trigger.sent == dash.sent and f.trigger.i < lead[0].i]
            if term is None or not before:
                continue
            antecedent = max(before, key=lambda f: f.trigger.i)
            if antecedent.type != "sentence":
                continue
            if antecedent.count == int(size) and antecedent.persons:
                antecedent.count = None  # (the named verb before had taken the remainder's number)
            gapped = Finding("sentence", dash, count=int(size), term=term, group_ref=True)
            gapped.date = antecedent.date
            out.append(gapped)
        return out

    def _gapped_group_counts(self, doc: Doc, index: PersonIndex, findings: list[Finding]) -> list[Finding]:
        """«Вызвалілі 25 чалавек, у кастрычніку — яшчэ 27», «33 приговорены к реальным срокам,
        12 — к условным», «вышли 12 человек: девять — по окончании срока, двое — условно-досрочно»,
        «задержала двоих, а через полчаса — ещё пятерых»: a clause with no verb of its own after a
        comma, semicolon, colon or «а», whose dash stands for the verb of a counted event before
        it, is that event again with the clause's own count. The dash gaps the verb only when the
        clause has the shape of the counted one: a count before the dash and what the verb took
        after it (a preposition, an adverb, or for a verdict its kind, «двое — условные»), or a
        time or place before the dash and only «ещё» and a count after it (`_gap_count`). Not a
        breakdown by who the people are («из них 12 — гражданские», «трое — женщины»: a noun or
        adjective of people after the dash, no verdict), a running total («с начала года — 512»,
        `tally_leads`), an approximate number, nor a term («ещё трое — по два года»: `_gapped_counts`).
        Census and measure: docs/extract-ru-be.md, "Session 54 — counts"."""
        out: list[Finding] = []
        for dash in doc:
            if dash.text not in ("—", "–") or dash.i == dash.sent.start:
                continue
            lead = _gap_lead(dash)
            if not lead:
                continue
            rest = _up_to_clause_end(doc, dash.i + 1, dash.sent.end)
            if not rest or any(self._gap_verb(x) or index.person_at(x) is not None for x in (*lead, *rest)):
                continue
            sents = {dash.sent.start}
            if _after_semicolon(dash.sent):
                sents.add(doc[dash.sent.start - 1].sent.start)
            before = [
                f
                for f in findings
                if f.trigger.sent.start in sents and f.trigger.i < lead[0].i and f.count is not None
            ]
            if not before:
                continue
            antecedent = max(before, key=lambda f: f.trigger.i)
            if _full_participle(antecedent.trigger):
                continue  # («33 вызваленыя, 31 — у Літве»: a tally's label, no verb to gap)
            size = self._gap_count(lead, rest, antecedent.type)
            if size is None or any(
                f.type == antecedent.type and f.count == size and f.trigger.sent.start in sents
                for f in findings
            ):
                continue
            gapped = Finding(antecedent.type, dash, count=size, group_ref=True)
            gapped.date = antecedent.date
            out.append(gapped)
        return out

    def _gap_count(self, lead: list[Token], rest: list[Token], etype: str) -> int | None:
        """The count of a gapped clause (`_gapped_group_counts`): «ещё 8 — под домашний арест»,
        «двое — условно-досрочно», «у кастрычніку — яшчэ 27»; None when the clause is not
        shaped as a gapped event."""
        lex = self.lexicon
        if any(self._word_in(x, "approximate") or self._word_in(x, "tally_leads") for x in (*lead, *rest)):
            return None
        if self._gap_other_state(rest, etype):
            return None
        words = [x for x in rest if not self._word_in(x, "more")]
        if words and is_number(words[0], lex):
            # «у кастрычніку — яшчэ 27», «а праз два дні — яшчэ трое іх калег»: the count after the dash
            if len(lead) > 5 or not self._gap_adjunct(lead) or term_months(rest, lex) is not None:
                return None
            counted = [words[0]]
            for x in words[1:]:
                if not is_number(x, lex):
                    break
                counted.append(x)
            after = words[len(counted) :]
            if any(is_number(x, lex) for x in after) or (after and self._word_in(after[0], "dates")):
                return None  # («— 5 сакавіка»: a day, no count)
        else:
            # «ещё 8 — под домашний арест», «двое — условно-досрочно»: the count before the dash
            counted = [x for x in lead if is_number(x, lex)]
            if not counted or any(is_number(x, lex) for x in rest) or term_months(rest, lex) is not None:
                return None  # (a term after the dash: a verdict's remainder, `_gapped_counts`)
            if not all(self._gap_subject_word(x) for x in lead):
                return None
            if not self._gap_complement(rest[0], etype):
                return None
        value = number_value(counted, lex)
        if value is None or value != int(value) or value < 2:
            return None
        return int(value)

    def _gap_verb(self, x: Token) -> bool:
        """A verb that gives a gapped clause a verb of its own: by the parse in Russian; in
        Belarusian, whose parse is a guess («праз» read as a verb), by `_verb`'s endings. A converb
        is none («цалкам адбыўшы тэрмін», «отбыв срок»)."""
        if "Conv" in x.morph.get("VerbForm") or x.lower_.endswith(
            tuple(self.lexicon.sets.get("converb_endings", ()))
        ):
            return False  # («11 — цалкам адбыўшы тэрмін»: a converb tells how, the clause has no verb)
        return self._verb(x) if self.linear else _clause_verb(x)

    def _gap_other_state(self, rest: list[Token], etype: str) -> bool:
        """A gapped clause that tells a state, not the event again: «ещё двое — по-прежнему под
        стражей» after a release (still held: a negation or a still word, or custody after a
        release or a removal), «ещё трое — на свободе» after an arrest."""
        if any(self._word_in(x, "negation") or self._word_in(x, "still_words") for x in rest):
            return True
        if etype in ("release", "deportation"):
            return any(self._word_in(x, "custody") or self._word_in(x, "custody_measures") for x in rest)
        return etype == "arrest" and any(self._word_in(x, "at_liberty") for x in rest)

    def _gap_subject_word(self, x: Token) -> bool:
        """A word of a gapped clause's counted subject or object: the number, «ещё», «из них»,
        a rest word («остальные») or a noun of people («ещё 8 человек —»)."""
        return is_number(x, self.lexicon) or any(
            self._word_in(x, kind) for kind in _GAP_SUBJECT_WORDS if kind in self.lexicon.sets
        )

    def _gap_complement(self, first: Token, etype: str) -> bool:
        """What the gapped verb took, after the dash: a preposition or an adverb («— к условным»,
        «— датэрмінова»), or for a verdict the kind of its punishment («двое — условные»); never
        a noun of people («— женщины»): that tells who they are, no event."""
        if self._word_in(first, "group_nouns") or "Anim" in first.morph.get("Animacy"):
            return False
        if first.pos_ in ("ADP", "ADV") or self._word_in(first, "location_prepositions"):
            return True
        if "opening_adverbs" in self.lexicon.sets and self._word_in(first, "opening_adverbs"):
            return True
        return etype == "sentence" and first.pos_ in ("ADJ", "NOUN")

    def _gap_adjunct(self, lead: list[Token]) -> bool:
        """A gapped clause's lead of a time or a place only («у кастрычніку», «через полчаса»,
        «в Гомеле»): a date word, a time adverb, or a preposition of place or time first."""
        lex = self.lexicon
        if any(self._word_in(x, "dates") for x in lead):
            return True
        if "time_adverbs" in lex.sets and any(self._word_in(x, "time_adverbs") for x in lead):
            return True
        return self._word_in(lead[0], "location_prepositions") or self._word_in(lead[0], "gap_prepositions")

    def _gapped_pronouns(self, doc: Doc, index: PersonIndex) -> list[tuple[Person, int, int]]:
        """«Ему дали пять лет, ей — три года», «яму — чатыры»: a third-person pronoun after a
        comma and before a dash heads a gapped clause as a name would, standing for the latest
        person of its gender named within the two sentences before it; only with a number after
        the dash («ей — отсрочку», «она — против» repeat no term)."""
        out = []
        for x in doc[1:-1]:
            if doc[x.i + 1].text not in ("—", "–") or doc[x.i - 1].text != "," or x.i - 1 <= x.sent.start:
                continue
            if not any(is_number(y, self.lexicon) for y in _up_to_clause_end(doc, x.i + 2, x.sent.end)):
                continue
            gender = pronoun_gender(x, self.lexicon)
            if not gender:
                continue
            person = index.latest_before(x.i, gender, window_sents=2)
            if person is not None:
                out.append((person, x.i, x.i + 1))
        return out

    def _termless_verdict_before(self, dash: Token, start: int) -> list[Finding]:
        """«Большасць з іх атрымалі «хімію», а X — тры гады калоніі»: a verdict's verb before the
        name whose own clause states no term (so it gave no finding) is still the verb the
        remainder repeats; a bare finding of it to read the remainder's term against."""
        verbs = [
            t
            for t, rule, _ in self._sent_rules
            if rule.label == "sentence"
            and rule.needs_term
            and t.sent == dash.sent
            and t.i < start
            and self._asserted(t, idiom=rule.negated)  # («просил назначить X пять лет»: a demand)
            # («Прокурор назвал сроки: X — пять лет»: a demand; Russian, read on the parse)
            and (self.linear or not _unless_in(rule, t.sent))
        ]
        return [Finding("sentence", max(verbs, key=lambda t: t.i))] if verbs else []

    def _gapped_name_after(self, doc: Doc, index: PersonIndex, findings: list[Finding]) -> list[Finding]:
        """«В 2023 году в колонии умер X, а в 2024-м в Шклове — 60-летний Y»: a contrast clause
        of a time or a place only, a dash and a name with its description: the name repeats the
        sentence's event before «а» (the name after the dash, where `_gapped` reads one before it)."""
        out: list[Finding] = []
        for dash in doc:
            if dash.text not in ("—", "–") or dash.i == dash.sent.start:
                continue
            person = self._name_closing_gap(dash, index)
            if person is None:
                continue
            contrast = self._contrast_before(dash, index)
            if contrast is None:
                continue
            before = [
                f
                for f in findings
                if f.trigger.sent == dash.sent
                and f.trigger.i < contrast.i
                and f.persons
                and person not in f.persons
            ]
            if not before:
                continue
            # («памёр асуджаны за каментары X, а …»: the verb, not the participle describing X)
            verbs = [f for f in before if not self._passive_participle(f.trigger)]
            antecedent = max(verbs or before, key=lambda f: f.trigger.i)
            gapped = Finding(antecedent.type, dash, persons=[person])
            gapped.date = antecedent.date
            out.append(gapped)
        return out

    def _name_closing_gap(self, dash: Token, index: PersonIndex) -> Person | None:
        """The one person named after `dash` up to the clause's end, with only lower-case words
        or an age before the name («— 50-гадовы Вадзім Храмцоў.»), else None."""
        doc = dash.doc
        person = None
        for x in doc[dash.i + 1 : dash.sent.end]:
            here = index.person_at(x)
            if here is not None:
                if person is not None and here is not person:
                    return None
                person = here
                continue
            if x.text in (",", ".", ";", "!", "?") and person is not None:
                return person
            if person is not None or not (x.is_lower or x.like_num or x.text == "-"):
                return None
        return person

    def _contrast_before(self, dash: Token, index: PersonIndex) -> Token | None:
        """«…, а ў 2024-м у Шклоўскай калоніі —»: the «а» after a comma that opens a clause of
        only a time and a place before `dash` (no name, no verb), else None."""
        doc = dash.doc
        contrast = next(
            (
                doc[k]
                for k in range(dash.i - 1, dash.sent.start, -1)
                if doc[k].lower_ in ("а", "но") and doc[k - 1].text == ","
            ),
            None,
        )
        if contrast is None or contrast.i + 1 >= dash.i:
            return None
        between = doc[contrast.i + 1 : dash.i]
        if any(
            index.person_at(x) is not None
            or x.text in (",", ";", ":")
            or x.lemma_.lower() in self.label_of_lemma
            or self._verb(x)
            for x in between
        ):
            return None
        lead = between[0]
        timed = (
            self._word_in(lead, "location_prepositions")
            or self._word_in(lead, "dates")
            or lead.lower_ in self.lexicon.sets.get("time_adverbs", ())  # «сёлета ў Гомелі»
            or lead.like_num
            or any(x.like_num or self._word_in(x, "dates") for x in between)
        )
        return contrast if timed else None

    def _rest_of_group(self, doc: Doc, findings: list[Finding]) -> list[Finding]:
        """«Суд асудзіў A, B і C. A атрымаў шэсць гадоў, астатнія — па чатыры» / «…, астатнія
        атрымалі па тры гады»: the rest of the last verdict's named group, less those given their
        own term in the sentence, each take the term after «астатнія»."""
        rest_words = self.lexicon.sets.get("rest_of_group")
        if not rest_words:
            return []
        out: list[Finding] = []
        for x in doc:
            if x.lower_ not in rest_words or x.i + 1 >= x.sent.end:
                continue
            nxt = doc[x.i + 1]
            if nxt.text not in ("—", "–", "-") and self.label_of_lemma.get(nxt.lemma_.lower()) != "sentence":
                continue
            tail = _up_to_clause_end(doc, x.i + 2, x.sent.end)
            if not tail or not any(
                y.lower_ in self.lexicon.sets.get("each", ()) or y.lower_ == "па" for y in tail
            ):
                continue  # «па чатыры»: each of them, not the group's total
            if any(y.lower_ in self.lexicon.sets["negation"] for y in doc[x.sent.start : x.sent.end]):
                continue
            here = [
                f for f in findings if f.type == "sentence" and f.trigger.sent == x.sent and f.trigger.i < x.i
            ]
            groups = [
                f
                for f in findings
                if f.type in ("sentence", "arrest") and len(f.persons) >= 2 and f.trigger.i < x.i
            ]
            if not here or not groups:
                continue
            group = max(groups, key=lambda f: f.trigger.i)
            if group.trigger.sent.start < x.sent.start and any(
                f.type == "sentence" and group.trigger.sent.end <= f.trigger.sent.start < x.sent.start
                for f in findings
            ):
                continue  # another verdict between: the group is not this one's
            named = {id(p) for f in here for p in f.persons}
            persons = [p for p in group.persons if id(p) not in named]
            if not persons or len(persons) == len(group.persons):
                continue
            term = term_months(tail, self.lexicon)
            antecedent = max(here, key=lambda f: f.trigger.i)
            if term is None and antecedent.term:
                term = self._bare_term(tail, antecedent)
            if term is None:
                continue
            gapped = Finding("sentence", x, persons=persons, term=term)
            gapped.date = group.date
            out.append(gapped)
        return out

    def _rest_of_told_group(self, findings: list[Finding], index: PersonIndex) -> None:
        """(Belarusian) «Усіх чатырох затрымалі … X утрымліваўся ў СІЗА, а астатніх траіх
        адпусцілі»: an event of «the rest» with no name of its own is that of the last named
        group told in its sentence or the two before, less the people its sentence names before
        «the rest» (and as many as its number says, when it has one)."""
        rest = self.lexicon.sets.get("rest_of_group")
        if not self.linear or not rest:
            return
        for f in findings:
            t = f.trigger
            if f.persons or f.type not in ("arrest", "release", "deportation", "sentence"):
                continue
            word = next((x for x in t.doc[max(t.sent.start, t.i - 6) : t.i] if x.lower_ in rest), None)
            if word is None or any(x.is_punct for x in t.doc[word.i : t.i]):
                continue
            named = {id(p) for x in t.doc[t.sent.start : word.i] if (p := index.person_at(x)) is not None}
            start = sentences_back(t.sent, 2)
            groups = [g for g in findings if len(g.persons) >= 2 and start <= g.trigger.i < t.sent.start]
            if not named or not groups:
                continue
            group = max(groups, key=lambda g: g.trigger.i)
            persons = [p for p in group.persons if id(p) not in named]
            if len(persons) == len(group.persons) - len(named) and (
                f.count is None or len(persons) == f.count
            ):
                f.persons = persons

    def _sentence_before(
        self, dash: Token, start: int, findings: list[Finding], index: PersonIndex
    ) -> list[Finding]:
        """«Суд приговорил X к девяти годам. Его коллегу Y — к десяти.»: a verbless sentence of
        a name, a dash and a term repeats the verdict of the sentence before it; so do names
        joined before the dash and a second verbless pair after the first («A і B — па восем
        гадоў, C і D — па сем»)."""
        sent = dash.sent
        if sent.start == 0 or any(f.trigger.sent == sent for f in findings):
            return []
        if any(
            self._verb(x)
            or not (
                x.is_lower or x.i == sent.start or x.is_punct or x.like_num or index.person_at(x) is not None
            )
            for x in dash.doc[sent.start : start]
        ):
            return []
        if not self.linear and not _names_only(dash.doc[sent.start : start], index, self.lexicon.sets["and"]):
            return []  # «— Алим А., младший брат Эрвина, —»: a name inside another's aside is not the line's
        previous = dash.doc[sent.start - 1].sent
        while self.linear and previous.start > 0 and _clock_only(previous):
            previous = dash.doc[previous.start - 1].sent  # «14:55»: a live blog's time stamp line
        # «X и Y задержали в мае; Z — в июле»: after a semicolon any event is repeated (the
        # caller keeps an arrest's or release's only when the rest is a time or a place)
        semicolon = dash.doc[sent.start - 1].text == ";"
        # (a heading that ends in a colon leaves its lines to `_term_lines` and `_list_verdicts`,
        # which read each line's names whole: «• X і Y — па 2 гады …»)
        penal = self._penal_remainder(dash) and not _ends_in_colon(previous)
        found = [
            f
            for f in findings
            if f.trigger.sent == previous and (semicolon or (f.type == "sentence" and (f.term or penal)))
        ]
        if not found and penal:
            found = self._verdict_without_patient(previous)
        if not found and penal and not self.linear:
            found = self._verdict_told_before(previous, findings)
        if found or sent[0].text not in ("—", "–", "-", "•"):
            return found
        while previous.start > 0 and previous[0].text == sent[0].text and not _ends_in_colon(previous):
            previous = dash.doc[previous.start - 1].sent  # the list's earlier lines
        return [f for f in self._list_verdicts if f.trigger.sent == previous]

    def _verdict_told_before(self, previous: Span, findings: list[Finding]) -> list[Finding]:
        """«Четверых осудили за донаты\nСуд рассмотрел дело … . X-у — 5 лет колонии, Y-у — 3
        года химии»: a verbless line of a name, a dash and a penal term (Russian) repeats the
        latest verdict told up to two sentences before the sentence right before it (a heading,
        a patientless «Суд огласил приговор»), when no event of another kind is told between."""
        doc = previous.doc
        sent = previous
        for _ in range(3):
            here = [f for f in findings if f.trigger.sent == sent]
            verdicts = [f for f in here if f.type == "sentence"]
            if verdicts:
                return [max(verdicts, key=lambda f: f.trigger.i)]
            if here:
                return []  # another event between: the line does not repeat the verdict before it
            bare = self._verdict_without_patient(sent)
            if bare:
                return bare
            if sent.start == 0:
                return []
            sent = doc[sent.start - 1].sent
        return []

    def _verdict_without_patient(self, sent: Span) -> list[Finding]:
        """«Суд абвясціў прысуд.\nX — 9 гадоў калоніі.»: the asserted verdict verb of a sentence
        that names nobody (so it gave no finding), as a bare finding for the lines after it to
        repeat with their own terms."""
        verbs = [
            t
            for t, rule, _ in self._sent_rules
            if rule.label == "sentence" and t.sent == sent and self._asserted(t, idiom=rule.negated)
        ]
        return [Finding("sentence", max(verbs, key=lambda t: t.i))] if verbs else []

    def _penal_remainder(self, dash: Token) -> bool:
        """(Belarusian) «Усе пяцёра прызнаныя вінаватымі.\nX — 9 гадоў калоніі.»: a verbless
        line whose remainder names a penal measure (`penal_stems`: калоніі, пазбаўлення волі …)
        repeats a verdict told before without a term, as it repeats one with a term; a bare
        number of years («X — 29 гадоў, праграміст») is an age and repeats nothing."""
        stems = tuple(self.lexicon.sets.get("penal_stems", ()))
        if not stems:
            return False
        doc = dash.doc
        rest = (
            doc[dash.i + 1 : dash.sent.end]
            if self.linear
            else _up_to_clause_end(doc, dash.i + 1, dash.sent.end)
        )
        return any(x.is_lower and x.lower_.startswith(stems) for x in rest)

    def _past_aside(self, doc: Doc, end: int, person: Person, index: PersonIndex) -> int:
        """(Belarusian) «Y (завочна) — 10 гадоў калоніі», «Z (Ліда) — тры гады»: a short bracket
        right after the name (a word or two on the trial or the hometown, no other person's name;
        the tagger may read «Ліда» as the same person's) stands between it and the gapping dash;
        the index of the dash past it, else `end`."""
        if not self.linear or end >= len(doc) or doc[end].text != "(":
            return end
        close = next((k for k in range(end + 1, min(len(doc), end + 5)) if doc[k].text == ")"), None)
        if (
            close is None
            or close + 1 >= len(doc)
            or doc[close + 1].text not in ("—", "–")
            or any(
                index.person_at(x) not in (None, person) or x.text in ("(", ".", ";")
                for x in doc[end + 1 : close]
            )
        ):
            return end
        return close + 1

    def _past_relative(self, doc: Doc, end: int) -> int:
        """«Y, которому тогда было 19 лет, — три года»: a relative clause set off after the
        name stands between it and the gapping dash; the index of the dash past it, else `end`."""
        if end + 1 >= len(doc) or doc[end].text != "," or not self._word_in(doc[end + 1], "relative_words"):
            return end
        for x in doc[end + 1 : doc[end].sent.end - 1]:
            if x.text == "," and doc[x.i + 1].text in ("—", "–"):
                return x.i + 1
            if x.text in ("—", "–", ";", ":"):
                break
        return end

    def _conjoined_before(self, start: int, index: PersonIndex, by_root: dict[int, Person]) -> list[Person]:
        """«, Z и его жена Y — по шесть лет»: the names joined by «и» to the name before a
        gapping dash share its remainder (role nouns and possessives may stand between)."""
        doc = index.doc
        out: list[Person] = []
        at = start - 1
        sent_start = doc[start].sent.start
        while at > sent_start:
            x = doc[at]
            person = index.person_at(x)
            if person is not None:
                if person not in out:
                    out.insert(0, person)
                at -= 1
                continue
            if x.lower_ in self.lexicon.sets["and"] or (
                x.is_lower and x.pos_ in ("NOUN", "ADJ", "DET", "PRON")
            ):
                at -= 1
                continue
            break
        # «— A и B — по три года;» (Russian): a list line opening with a dash or bullet, or with
        # the names themselves, names them all; the Belarusian reading is left as it was (not
        # measured there)
        opens = not self.linear and at == sent_start and doc[at].text in ("—", "–", "-", "•")
        if not self.linear and at == sent_start and (person := index.person_at(doc[at])) is not None:
            opens = True
            if person not in out:
                out.insert(0, person)
        if not out or not any(doc[i].lower_ in self.lexicon.sets["and"] for i in range(at + 1, start)):
            return []
        return out if doc[at].text == "," or opens else []


def _names_only(prefix: Span, index: PersonIndex, conjunctions: Sequence[str]) -> bool:
    """The words before a name on a verbless line hold no other name, or only names joined to it
    («— Денису Котову и Глебу Фомину —»): names, «и», punctuation (Russian, session 62). A name
    inside an aside («— Алим А., младший брат Эрвина, —») is not the line's subject."""
    if all(index.person_at(x) is None for x in prefix):
        return True
    return all(index.person_at(x) is not None or x.is_punct or x.lower_ in conjunctions for x in prefix)


def _unless_in(rule: TriggerRule, sent: Span) -> bool:
    """A word of the rule's `unless` list is in the sentence (as `_finding` reads it)."""
    return bool(rule.unless) and any(x.lower_ in rule.unless or x.lemma_.lower() in rule.unless for x in sent)


def _clause_verb(x: Token) -> bool:
    """A verb that makes a clause of its own: not a full participle used as an adjective
    («по 4 года усиленного режима»: «усиленного» describes the regime)."""
    if x.pos_ not in ("VERB", "AUX"):
        return False
    return not ("Part" in x.morph.get("VerbForm") and x.morph.get("Case") and x.dep_ in ("amod", "acl"))


def _gap_lead(dash: Token) -> list[Token]:
    """The words before `dash` back to the comma, semicolon, colon or «а» that opens its clause;
    empty when the clause opens the sentence (no clause before it to repeat)."""
    doc = dash.doc
    lead: list[Token] = []
    for x in reversed(doc[dash.sent.start : dash.i]):
        if x.text in (",", ";", ":") or x.lower_ == "а":
            return lead if len(lead) <= 6 else []
        lead.insert(0, x)
    # («…получили 27 человек; 19 из них — …»: the parser may end a sentence at a semicolon)
    return lead if _after_semicolon(dash.sent) and len(lead) <= 6 else []


_FULL_PARTICIPLE_ENDINGS = ("ыя", "ія", "ые", "ие", "ых", "іх")


def _full_participle(t: Token) -> bool:
    """A participle in its full, adjective form («вызваленыя», «освобождённые»): it describes or
    labels people and is no verb a dash could stand for (a short form, «освобождены», is one)."""
    return bool("Part" in t.morph.get("VerbForm") and t.morph.get("Case")) or t.lower_.endswith(
        _FULL_PARTICIPLE_ENDINGS
    )


def _after_semicolon(sent: Span) -> bool:
    """A sentence the parser opened right after a semicolon: a clause of the sentence before."""
    return sent.start > 0 and sent.doc[sent.start - 1].text == ";"


def _up_to_clause_end(doc: Doc, start: int, end: int) -> list[Token]:
    """The words from `start` to the first comma, semicolon, stop, dash or colon: what a gapped
    remainder («ей — три года», «астатнія — па чатыры») says after its dash."""
    out = []
    for y in doc[start:end]:
        if y.text in (",", ";", ".", "—", "–", ":"):
            break
        out.append(y)
    return out


def _clock_only(sent: Span) -> bool:
    """A sentence of only a clock time («14:55», «10.20»): a live blog's stamp, no words of its own."""
    return CLOCK_TIME.fullmatch(sent.text.strip()) is not None
