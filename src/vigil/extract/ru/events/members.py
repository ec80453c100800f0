"""Members of a group and lists of names: «среди них X», «в том числе», «это A, B и C»,
colon and numbered lists of verdicts («Суд назначил:» then one line per name), profiles whose
lines name one person each."""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc, Span, Token

from vigil.extract.doctext import doc_text, text_lines
from vigil.extract.findings import Finding, Membership, Person, distinct
from vigil.extract.ru.events.clauses import (
    _inflected,
    _item_body,
    _item_clause,
    _mention_start,
    _unbracketed,
)
from vigil.extract.ru.events.terms import _past_hometown
from vigil.extract.ru.events.words import (
    _AGE_ADJECTIVE,
    _BULLETS,
    _LIST_ITEM,
    _ORDINAL_VALUES,
)
from vigil.extract.ru.lexicon import TriggerRule
from vigil.extract.ru.numbers import (
    count_of,
    is_number,
    number_value,
    term_months,
    term_range,
)
from vigil.extract.ru.persons import PersonIndex, morph_gender, sentences_back

_IN_PLACE = ("в", "во", "у", "ў")  # «в Литве», «ў Літве»: where someone ended up


def _semicolon_or_end(t: Token) -> int:
    """Where the clause of `t` ends: at a semicolon after it or at its sentence's end; a
    negation past the semicolon («…; ещё двое просили не называть имён») is another clause's."""
    return next((x.i for x in t.doc[t.i : t.sent.end] if x.text == ";"), t.sent.end)


def _semicolon_clause(x: Token) -> Span:
    """The part of the sentence of `x` between the semicolons around it."""
    sent = x.sent
    start = next((y.i + 1 for y in reversed(x.doc[sent.start : x.i]) if y.text == ";"), sent.start)
    return x.doc[start : _semicolon_or_end(x)]


def _outside_brackets(words: list[Token]) -> list[Token]:
    """The words of a line outside round brackets, the brackets dropped."""
    out: list[Token] = []
    depth = 0
    for x in words:
        if x.text == "(":
            depth += 1
        elif x.text == ")":
            depth = max(depth - 1, 0)
        elif depth == 0:
            out.append(x)
    return out


def _named_in(tokens: list[Token], index: PersonIndex) -> tuple[list[Person], Token | None]:
    """The people a list line names, each once in order, and the token of the first: the
    finding hangs on it."""
    people: list[Person] = []
    head = None
    for x in tokens:
        person = index.person_at(x)
        if person is not None and person not in people:
            people.append(person)
            head = head or x
    return people, head


_GROUP_WORDS = frozenset({"группа", "список", "число"})
# the events of a group whose members a list after a lead names (a verdict's list is of lines
# with terms, `_term_lines`)
_LIST_GROUPS = ("release", "deportation", "arrest")


class MemberRules:
    """Members of groups and lists of names; a mixin of `EventFinder`, whose `lexicon`, `linear` and
    other rules its methods use."""

    def _extend_list(self, f: Finding, index: PersonIndex) -> None:
        """«Помилованы X (14 лет колонии), Y (9 лет) и Z»: a bracket cuts the parse of a list; the
        names that follow a patient past brackets, commas and «и» are patients too."""
        if not f.persons:
            return
        doc = f.trigger.doc
        sent = f.trigger.sent
        ends = [b for p in f.persons for a, b in p.mentions if sent.start <= a < sent.end and a > f.trigger.i]
        if not ends:
            return
        i = max(ends)
        if self._semicolon_items(f):
            self._extend_items(f, index)
            return
        while i < sent.end:
            if doc[i].text == "(":
                close = next((k for k in range(i + 1, min(sent.end, i + 12)) if doc[k].text == ")"), None)
                if close is None:
                    return
                i = close + 1
                continue
            if doc[i].text == "," or doc[i].lower_ in self.lexicon.sets["and"]:
                i += 1
                continue
            person = index.person_at(doc[i])
            if person is None:
                return
            if person not in f.persons:
                f.persons.append(person)
            while i < sent.end and index.person_at(doc[i]) is person:
                i += 1

    @staticmethod
    def _semicolon_items(f: Finding) -> bool:
        """«Помилованы: X, 45 лет, из Гомеля; Y, учительница; Z»: the trigger opens a colon list
        whose items, each led by a name, are cut by semicolons (the parser's sentences)."""
        t = f.trigger
        last = t.doc[t.sent.end - 1]
        if f.type == "sentence":
            return False  # «Осуждены: X, шесть лет; Y, три года»: each item's own term, `_term_lines`
        return t.i + 1 < t.sent.end and t.doc[t.i + 1].text == ":" and last.text == ";"

    def _extend_items(self, f: Finding, index: PersonIndex) -> None:
        """The names that lead the semicolon items after the first one of a colon list are the
        trigger's patients too; an item's description («45 лет, из Гомеля») is passed over, and
        an item led by no name ends the list."""
        doc = f.trigger.doc
        sent = f.trigger.sent
        while doc[sent.end - 1].text == ";" and sent.end < len(doc):
            sent = doc[sent.end].sent
            k = sent.start
            while k < sent.end and (doc[k].is_space or doc[k].lower_ in self.lexicon.sets["and"]):
                k += 1
            person = index.person_at(doc[k]) if k < sent.end else None
            if person is None:
                return
            if person not in f.persons:
                f.persons.append(person)

    def _absent(self, tokens) -> bool:
        """«нет X», «не оказалось X», «не было X»: the named person is not in the group."""
        return any(self._word_in(x, "absent") or x.lower_ in self.lexicon.sets["negation"] for x in tokens)

    def _among(self, t: Token, finding: Finding, index: PersonIndex) -> None:
        """«В числе задержанных оказался принц X и бизнесмен Y»: the participle after «в числе» /
        «среди» names its event, and the subjects of the clause it sits in are its people."""
        if self._among_counted(t):
            self._pronoun_subject(t.head.head, t, finding, index)
            return
        if not (t.i > t.sent.start and self._word_in(t.doc[t.i - 1], "members")) or t.head.i == t.i:
            return
        verb = t.head.head if self._word_in(t.head, "members") else t.head
        if verb.pos_ not in ("VERB", "AUX"):
            return
        for root, person in index.mention_roots():
            node = root
            while node.dep_ in ("appos", "flat:name", "flat", "conj") and node.head.i != node.i:
                node = node.head
            if (
                node.dep_ in ("nsubj", "nsubj:pass")
                and node.head.i == verb.i
                and person not in finding.persons
            ):
                finding.persons.append(person)
        if not finding.persons:
            self._pronoun_subject(verb, t, finding, index)

    def _told_absent(self, f: Finding, person: Person, index: PersonIndex) -> bool:
        """«Когда в сентябре группу политзаключённых вывезли в Литву, Андрея среди них не было»,
        «…были помилованы, однако Бурака среди них не было», «…освобождены ещё 12 заключённых, но
        среди них нет X»: a name told in a clause of its own (between the commas, dashes or
        colons around it) that says it is not in a group (a group word `members` — «среди»,
        «в числе», «сярод» — with an absence `_absent` — «нет», «не было», «не оказалось»,
        «няма» — among the three words on either side of it) is not the patient of a trigger
        told before that clause: the clause tells the person missing from that very event.
        (A trigger inside or after the clause — «среди них нет X, приговорённого к 21 году» —
        keeps the name: it tells the absent person's own past.) Census (session 51, all read
        sets): a name in such an absence clause 29 times in 25 sets (7 Russian in 6 sets, 22
        Belarusian in 19 sets); the named person holds the group's event by the gold in none of
        them. One gave a false release and deportation at L51 (syn41-ru-b-03); the others are
        read right by the member rules already, which this clause rule does not touch."""
        sent = f.trigger.sent
        doc = sent.doc
        mentions = [(a, b) for a, b in person.mentions if sent.start <= a < sent.end]
        if not mentions:
            return False
        marks = (",", ";", ":", "—", "–")
        for a, b in mentions:
            start = next((x.i + 1 for x in reversed(doc[sent.start : a]) if x.text in marks), sent.start)
            end = next((x.i for x in doc[b : sent.end] if x.text in marks), sent.end)
            if f.trigger.i >= start:
                return False
            clause = doc[start:end]
            told = any(
                self._word_in(x, "members")
                and self._absent(
                    [
                        y
                        for y in doc[max(start, x.i - 3) : min(end, x.i + 4)]
                        if not (y.i + 1 < len(doc) and doc[y.i + 1].lower_ in ("только", "толькі"))
                    ]
                )
                for x in clause
            )
            if not told:
                return False
        return True

    def _absent_among(self, t: Token) -> bool:
        """«Не оказалось среди помилованных X», «Не было в числе освобождённых X»: the group word
        after «среди» / «в числе» with its clause's absence told before it."""
        k = t.i - 1
        if k <= t.sent.start or not self._word_in(t.doc[k], "members"):
            return False
        return self._absent(t.doc[max(t.sent.start, k - 3) : k])

    def _part_among(self, t: Token) -> bool:
        """«Среди освобождённых — трое жителей области»: the participle after «среди» / «в числе»
        names the whole group, and the number after its dash counts only a part of it."""
        k = t.i - 1
        return (
            k >= t.sent.start
            and self._word_in(t.doc[k], "members")
            and "Part" in t.morph.get("VerbForm")
            and t.i + 1 < t.sent.end
            and t.doc[t.i + 1].text in ("—", "–", ":")
        )

    def _among_counted(self, t: Token) -> bool:
        """«она оказалась среди 16 политзаключённых, помилованных указом»: a participle on a
        group noun after «среди», the noun hung on the clause's verb."""
        noun = t.head
        return (
            t.dep_ in ("acl", "amod")
            and noun.i < t.i
            and any(c.dep_ == "case" and self._word_in(c, "members") for c in noun.children)
            and noun.head.i != noun.i
            and noun.head.pos_ in ("VERB", "AUX")
        )

    def _pronoun_subject(self, verb: Token, t: Token, finding: Finding, index: PersonIndex) -> None:
        """«В сентябре она оказалась среди 16 помилованных»: a personal pronoun subject of the
        clause «среди» sits in is a member; whom it means is told before."""
        if finding.persons:
            return
        for c in verb.children:
            if c.dep_ in ("nsubj", "nsubj:pass") and c.lower_ in ("он", "она", "ён", "яна"):
                self._pronoun(c, t, finding, index, ())

    def _listed_after_fronted(
        self, t: Token, count: int | None, index: PersonIndex
    ) -> tuple[int, list[Person]]:
        """«…, четверых из них — A, B, C и D — в тот же день задержали»: the counted object or
        subject stands before the verb and its list of names follows it, not the verb. The
        number (`count` when the group is counted already) and the people it lists."""
        doc = t.doc
        lex = self.lexicon
        for x in reversed(doc[t.sent.start : t.i]):
            if x.pos_ in ("VERB", "AUX") and "Fin" in x.morph.get("VerbForm") or x.text in (":", ";"):
                return 0, []  # another clause's verb, or a colon's list: its numbers are its own
            value = number_value([x], lex) if is_number(x, lex) else None
            if value is None or value != int(value) or not 2 <= value <= 20 or count not in (None, value):
                continue
            # (the parse hangs the number on the verb or on the first name of the list)
            listed = self._listed_after(x, int(value), index)
            # a number the group was not counted by names exactly its list
            return int(value), listed if count or len(listed) == value else []
        return 0, []

    def _listed_after(self, t: Token, count: int, index: PersonIndex) -> list[Person]:
        """«Названы имена трёх арестованных: это 37-летний врач A, его сестра B и C»,
        «осудили трёх активистов — A, B и C»: a counted group closed by a colon or a dash is
        named by the list that follows, whatever roles, ages and kin stand before each name
        (the parse often hangs the list on another word of the clause). The list ends at a
        finite verb or a semicolon, and names no more people than the count; set off by commas
        («двое осуждённых по … статьям, A и B, остаются …») it names exactly the count."""
        doc = t.doc
        end = t.sent.end
        k = t.i + 1
        dashes = (":", "—", "–", ",", "-")  # (a spaced hyphen is the wire copy's dash)
        those = self._those_who_clause_end(t) if not self.linear else None
        if those is not None:
            k = those  # «Ещё двое из тех, кого сегодня вывезли в Литву, — A и B»
        while k < min(end, t.i + 14) and doc[k].text not in dashes:
            # «трёх задержанных активистов:», «двое осуждённых по «экстремистским» статьям, A и B»
            if index.person_at(doc[k]) is not None or (
                doc[k].pos_ in ("VERB", "AUX") and "Fin" in doc[k].morph.get("VerbForm")
            ):
                return []
            k += 1
        if k >= end - 1 or doc[k].text not in dashes:
            return []
        apposition = doc[k].text == ","
        if any(self._word_in(x, "members") for x in doc[max(t.sent.start, t.i - 3) : t.i]):
            return []  # «среди задержанных — X»: a membership of its own
        k += 1
        if self._word_in(doc[k], "they_are"):
            k += 1
        persons: list[Person] = []
        for x in doc[k:end]:
            if (
                x.text == ";"
                or self._word_in(x, "according")
                or (x.pos_ in ("VERB", "AUX") and not {"Part", "Conv"} & set(x.morph.get("VerbForm")))
            ):
                break  # «…: по словам X, …», «…: X сообщил, что …»
            person = index.person_at(x)
            if person is None:
                if not persons and x.i - k >= 5:
                    return []  # no name opens what follows: a clause, not a list
                continue
            if person not in persons:
                persons.append(person)
        if apposition:
            # a comma sets the names off as an apposition only when they are exactly the group
            return persons if len(persons) == count else []
        return persons if len(persons) <= count else []

    def _those_who_clause_end(self, t: Token) -> int | None:
        """(Russian) «двое из тех, кого сегодня вывезли в Литву, — A и B»: the counted word
        `t` is followed by «из тех» and a headless relative clause («, кого/кто/которых …,»)
        that says which group the part is of; the list of its people follows the dash that
        closes the clause. The dash's index, or None when no such clause follows `t`."""
        doc, end = t.doc, t.sent.end
        if t.i + 4 >= end:
            return None
        out_of, those, comma, who = doc[t.i + 1 : t.i + 5]
        if not (
            out_of.lower_ in self.lexicon.sets.get("out_of", ())
            and those.lower_ == "тех"
            and comma.text == ","
            and who.lower_ in self.lexicon.sets.get("those_who", ())
        ):
            return None
        return next(
            (x.i for x in doc[t.i + 5 : end - 1] if x.text in ("—", "–") and doc[x.i - 1].text == ","),
            None,
        )

    def _colon_list(
        self,
        doc: Doc,
        index: PersonIndex,
        triggers: list[tuple[Token, TriggerRule, int]],
        findings: list[Finding],
    ) -> list[Finding]:
        """«Суд назначил:\n— Петру Ильину — пять лет колонии;\n— Анне Ким — два года условно.»:
        a trigger whose sentence ends in a colon and names nobody introduces a list, each dash or
        numbered line of which is the event of the people it names (a sentence with the line's
        own term, and only with one)."""
        text = doc_text(doc)
        named = {id(f.trigger) for f in findings}
        counted = {id(f.trigger) for f in findings if f.count is not None and not f.persons}
        out: list[Finding] = []
        for t, rule, _end in triggers:
            sent = t.sent
            tail = [x for x in sent if not x.is_space and "\n" not in x.text]
            these = self._these_are(sent) if tail and tail[-1].text != ":" else []
            if (
                these
                and self.linear
                and any(self._word_in(x, k) for x in doc[t.i + 1 : sent.end] for k in ("remain", "custody"))
            ):
                continue  # «Памілавалі 20, але 40 засталіся ў калоніях. Іх імёны:»: those held
            if these:
                tail = these  # (a counted group then «Гэта:»: its list names the group's people)
            elif id(t) in named and not (
                not self.linear and id(t) in counted and tail and tail[-1].text == ":"
            ):
                continue  # (a counted group closed by a colon: «задержали троих:» then its lines)
            if not tail or tail[-1].text != ":" or (these and id(t) not in counted) or not self._asserted(t):
                continue
            if any(index.person_at(x) is not None for x in sent):
                continue
            if not self.linear and len({f.type for f in findings if f.trigger.sent == sent}) > 1:
                continue  # «задержали троих, двоих отпустили. Вот они:»: whose list is not told
            if these and not self.linear and any(self._word_in(x, "except") for x in sent):
                continue  # «освободили всех, кроме двоих. Вот они:»: those left out
            pos = tail[-1].idx + 1
            lines = text[pos:].split("\n")
            start = pos
            previous = ":"
            blank = True
            for line in lines:
                a = start
                start += len(line) + 1
                if not line.strip():
                    blank = True
                    continue  # (a cleaned text sets each item apart by a blank line)
                body = _item_body(line, previous)
                previous = line
                span = doc.char_span(a, a + len(line), alignment_mode="expand")
                if span is None:
                    break
                lead = self._paragraph_names(span, index) if body is None and blank else []
                blank = False
                if lead and rule.label != "sentence":
                    # «Сярод вызваленых:» then a paragraph for each person, opening with the
                    # name(s): «X, фармацэўтка з Кобрына. Затрыманая ў 2023-м …»
                    finding = Finding(rule.label, lead[0][0], persons=[p for _, p in lead])
                    finding.date = self._date(t)
                    out.append(finding)
                    continue
                if body is None:
                    break
                if body == 0 and not self._name_led(span, index):
                    break
                # «…; суддзя X», «…; пракурор запытваў 2 гады»: the line's judge or the
                # prosecutor's demand after it is neither the person nor the term
                tokens = list(span)
                cut = [
                    k
                    for k, x in enumerate(tokens)
                    if self._word_in(x, "agent_roles") or self._word_in(x, "blockers")
                ]
                stop = cut[0] if cut else len(tokens)
                tokens = tokens[:stop]
                people, head = _named_in(tokens, index)
                if not people or head is None or self._negated_line(tokens):
                    continue
                term = term_months(tokens, self.lexicon) if rule.label == "sentence" else None
                fine = any(self._word_in(x, "fines") for x in tokens)  # «— X — штраф 50 базавых»
                if rule.label == "sentence" and (
                    term is None and not fine or term_range(tokens, self.lexicon)
                ):
                    continue  # (a fine is a verdict with no prison term)
                finding = Finding(rule.label, head, persons=people, term=term)
                finding.date = self._date(t)
                out.append(finding)
        return out

    def _paragraph_names(self, span: Span, index: PersonIndex) -> list[tuple[Token, Person]]:
        """The names that open a paragraph of a list of profiles (Belarusian), joined by «і»
        and closed by a comma or a full stop («X і Y, звестак пра тэрміны якіх няма.»): each
        name's first word and its person; empty when the paragraph opens with anything else."""
        if not self.linear:
            return []
        words = _past_marker([x for x in span if not x.is_space])
        out: list[tuple[Token, Person]] = []
        k = 0
        while k < len(words):
            person = index.person_at(words[k])
            if person is None or person.name.lower() in self.lexicon.sets.get("generic_persons", ()):
                return []  # «8. Мужчына з Барысава, імя якога …»: an unnamed person, no name
            if all(p is not person for _, p in out):
                out.append((words[k], person))
            while k < len(words) and index.person_at(words[k]) is person:
                k += 1
            if k < len(words) and words[k].lower_ in ("і", "ды") and k + 1 < len(words):
                k += 1
                continue
            break
        if k < len(words):
            home = _past_hometown(span.doc, words[k].i)  # «X з Мінска, якому …»: past the hometown
            while k < len(words) and words[k].i < home:
                k += 1
        if k >= len(words) or words[k].text not in (",", "."):
            return []
        # a profile describes its person; a story's paragraph has a verb of its own in its first
        # sentence («X, паводле сваякоў, адмовіўся пісаць …»): the list has ended (a verb of a
        # relative clause on the name describes it: «X, якому заставалася адбыць …»)
        endings = tuple(self.lexicon.sets.get("active_past_endings", ()))
        verbs = (*endings, *(e + "ся" for e in endings), "лі", "ліся")
        first = list(words[0].sent)
        if (
            words[k].text == ","
            and words[k].i + 1 < len(span.doc)
            and self._word_in(span.doc[words[k].i + 1], "relative_words")
        ):
            first = [x for x in first if x.i < words[k].i]
        return [] if any(x.is_lower and x.lower_.endswith(verbs) for x in first) else out

    def _these_are(self, sent: Span) -> list[Token]:
        """«… ўвечары затрымалі траіх валанцёраў. Гэта:» then one line per name: a short
        sentence of only «these are» words (`these_are`: «Гэта:», «Вось яны:», «Іх імёны:») and a
        colon after the trigger's sentence opens the trigger's list. Its words, else empty."""
        doc = sent.doc
        if sent.end >= len(doc):
            return []
        nxt = [x for x in doc[sent.end].sent if not x.is_space and "\n" not in x.text]
        words = self.lexicon.sets.get("these_are", ())
        if 2 <= len(nxt) <= 4 and nxt[-1].text == ":" and all(x.lower_ in words for x in nxt[:-1]):
            return nxt
        return []

    def _term_lines(self, doc: Doc, index: PersonIndex, findings: list[Finding]) -> list[Finding]:
        """«Сроки распределились так:\n— X получил пять лет;\n— Y и Z — по четыре года колонии;»:
        dash or numbered lines after a colon that name people and state a prison term, with no
        verb of their own, are sentences with that term, whatever the heading says (a heading
        with a trigger is `_colon_list`'s). A line's brackets («(прокурор просил …)»), ranges
        and lines with a verb of demand or possibility state no term."""
        text = doc_text(doc)
        # (Belarusian: a line's other event does not hide its term, «X (10 гадоў) — вывезены ў
        # Літву;»; only its own verdict does)
        taken = {f.trigger.i for f in findings if not self.linear or f.type == "sentence"}
        units = set(self.lexicon.terms["year"]) | set(self.lexicon.terms["month"])
        out: list[Finding] = []
        in_list = False
        previous = ""
        for a, line in text_lines(text):
            start = _item_body(line, previous) if in_list else None
            if start == 0:
                # an unmarked line of a list is one that opens with its person's name
                whole = doc.char_span(a, a + len(line), alignment_mode="contract")
                if whole is None or not self._name_led(whole, index):
                    start = None
            previous = line
            item = _LIST_ITEM.match(line)
            if start is None:
                # «Требования обвинения были такими:», «Прокурор просил:»: a list of demands
                # (the span only for a heading: `char_span` walks the document)
                heading = (
                    doc.char_span(a, a + len(line), alignment_mode="contract")
                    if line.rstrip().endswith(":")
                    else None
                )
                in_list = heading is not None and not any(self._word_in(x, "blockers") for x in heading)
                continue
            body = _item_clause(line) if item else _unbracketed(line)
            span = doc.char_span(a + start, a + len(body.rstrip(" ;,.")), alignment_mode="contract")
            if span is None or any(x.i in taken for x in span):
                continue
            tokens = list(span)
            # «— X — полтора года условно. Прокурор запрашивал ему четыре года.»: a line goes on
            # with a sentence of its own after a full stop; the line's term is in its first one
            cut = next(
                (k for k, x in enumerate(tokens) if k and x.is_sent_start and tokens[k - 1].text == "."), None
            )
            rest = self._line_next_sentence(tokens, cut, units, index)
            tokens = tokens[:cut]
            if any(self._word_in(x, "blockers") for x in tokens) or self._negated_line(tokens):
                continue
            people, head = _named_in(tokens, index)
            tokens = self._without_age(tokens, units)  # «— X, 30 лет;»: the person's age, no term
            if head is not None and rest and term_months(tokens, self.lexicon) is None:
                tokens = rest  # «1. X, 52 гады, Ліда. 5 гадоў калоніі.»: the term after the age
            if head is None or not any(x.lemma_.lower() in units or x.lower_ in units for x in tokens):
                continue
            term = term_months(tokens, self.lexicon)
            if term is None or term_range(tokens, self.lexicon):
                continue
            finding = Finding("sentence", head, persons=people, term=term)
            out.append(finding)
        return out

    def _without_age(self, tokens: list[Token], units: set[str]) -> list[Token]:
        """A list line's tokens without the age set off by commas after the name («— Андрей В.,
        30 лет;», «— X, 25 лет, студентка»): a number of 16 or more with «лет» / «года» between a
        comma and a comma or the line's end, in a line with no word of a verdict's term
        (`compound_nouns`: срок, лишение …, or колония / режим), is how old the person is; in
        Belarusian too («1. X, 40 гадоў.» under «Іх прозвішчы:» after a detention)."""
        term_words = {*self.lexicon.terms.get("compound_nouns", ()), "колония", "режим", "калонія", "рэжым"}
        if any(x.lemma_.lower() in term_words for x in tokens):
            return tokens
        drop: set[int] = set()
        for k, x in enumerate(tokens):
            if k < 2 or not (x.lower_ in units or x.lemma_.lower() in units):
                continue
            number, comma = tokens[k - 1], tokens[k - 2]
            closed = k + 1 == len(tokens) or tokens[k + 1].text in (",", ";", ".")
            value = number_value([number], self.lexicon) if number.like_num else None
            if comma.text == "," and closed and value is not None and value >= 16:
                drop |= {k - 1, k}
        return [x for k, x in enumerate(tokens) if k not in drop]

    def _line_next_sentence(
        self, tokens: list[Token], cut: int | None, units: set[str], index: PersonIndex
    ) -> list[Token]:
        """The second sentence of a numbered list line whose first one is only a name, an age
        and a town («2. X, 29 гадоў, Ліда. 6 гадоў калоніі за данат.», «… Асуджаная на 5
        гадоў.»): the line's term is stated there. Empty unless the first sentence ends in the
        age or a word after it, or is short and has no unit at all (no term of its own), and the
        second names nobody, has a term
        unit and no word of demand or negation."""
        if cut is None:
            return []
        first = tokens[:cut]
        ages = [k for k, x in enumerate(first) if (x.lower_ in units or x.lemma_.lower() in units)]
        if (not ages and len(first) > 8) or any(
            k < 2 or first[k - 2].text != "," or (k + 1 < len(first) - 1 and first[k + 1].text != ",")
            for k in ages
        ):
            return []  # (no age: a short name-and-town sentence, «3. X, Мінск. Адбываў …»)
        end = next((k for k in range(cut + 1, len(tokens)) if tokens[k].is_sent_start), len(tokens))
        rest = tokens[cut:end]
        if (
            any(index.person_at(x) is not None for x in rest)
            or any(self._word_in(x, "blockers") for x in rest)
            or self._negated_line(rest)
        ):
            return []
        return rest

    def _negated_line(self, tokens: list[Token]) -> bool:
        """A list line with a negation («X — не 6 гадоў, а …»), but not one in a relative
        clause after the term («… — 7 гадоў за «тэракт», якога не было»)."""
        for k, x in enumerate(tokens):
            if k and tokens[k - 1].text == "," and self._word_in(x, "relative_words"):
                return False
            if self._word_in(x, "negation"):
                return True
        return False

    def _name_led(self, span: Span, index: PersonIndex) -> bool:
        """A line whose first word is a person's name, or (Belarusian) whose name comes after a
        short description of the person with no stop before it («пенсіянер з Ліды X (4 гады) —
        …;», «студэнтка X …;»); not one opened by a judge's or prosecutor's title."""
        words = [x for x in span if not x.is_space]
        if not words or words[0].is_punct:
            return False
        if index.person_at(words[0]) is not None:
            return True
        if not self.linear or not words[0].is_lower:
            return False
        for k, x in enumerate(words[:6]):
            if index.person_at(x) is not None:
                return True
            if self._word_in(x, "agent_roles") or self._word_in(x, "blockers"):
                return False
            described = x.is_lower and x.text.replace("-", "").isalpha()  # «святар-грэкакатолік»
            # «31-гадоваму кіроўцу X — …;»: the person's age as an adjective
            described = described or (k == 0 and bool(_AGE_ADJECTIVE.match(x.text)))
            hyphen = x.text in ("-", "‑") or (k and words[k - 1].text in ("-", "‑"))
            town = k and words[k - 1].lower_ in ("з", "зь", "са", "із") and x.is_title
            if not (described or hyphen or town):
                return False
        return False

    def _dropped_subject(self, t: Token, index: PersonIndex) -> Person | None:
        """«1. Лобач Сергей Витальевич, житель Бреста. Задержан 2 сентября …; осуждён к 5 годам»:
        bulletins and lists drop the subject of a short participle; it is the person the
        paragraph is about, the latest one named before of the participle's gender and number,
        when the sentence names nobody and no line break lies between."""
        if "Short" not in t.morph.get("Variant") or "Sing" not in t.morph.get("Number"):
            return None
        gender = morph_gender(t)
        if gender is None:
            return None
        sent = t.sent
        # (Russian) «Задержан в 2023 году; в ноябре окружной суд приговорил его …»: a semicolon
        # parts the clauses, and a subject, a name or a pronoun past it is the next clause's
        clause = _semicolon_clause(t) if not self.linear else sent
        if any(c.dep_.startswith("nsubj") and clause.start <= c.i < clause.end for c in t.children) or any(
            index.person_at(x) is not None for x in sent
        ):
            return None
        if any(x.lower_ in self.lexicon.all_pronouns for x in clause):
            return None  # a pronoun in the sentence is read on its own
        return index.latest_in_paragraph(t.i, gender, window_sents=3)

    def _pronoun_hung_on_verb_before(self, t: Token) -> Token | None:
        """«…его приговорили к пяти годам, на свободу он вышел в 2022-м»: a nominative personal
        pronoun in the trigger's own comma clause, before it, that the parser hung on a verb of
        an earlier clause is the trigger's subject when their gender and number agree."""
        if t.pos_ != "VERB" or "Fin" not in t.morph.get("VerbForm"):
            return None
        if any(c.dep_.startswith(("nsubj", "csubj")) for c in t.children):
            return None
        doc = t.doc
        marks = (",", ";", ":")
        start = next((k + 1 for k in range(t.i - 1, t.sent.start - 1, -1) if doc[k].text in marks), None)
        if start is None:
            return None
        for x in doc[start : t.i]:
            if (
                x.pos_ == "PRON"
                and x.dep_ == "nsubj"
                and x.head.i < start
                and x.lower_ in ("он", "она")
                and morph_gender(x) == morph_gender(t)
            ):
                return x
        return None

    def _subject_of_first_conjunct(self, t: Token) -> Token | None:
        """«С мая она жила в Хабаровске, а в июле получила два года»: a trigger conjoined to a
        verb that is no trigger has no subject of its own; the first verb's pronoun subject is
        its subject too, unless the trigger has a subject or object of its own («а его брата
        отпустили», «а её брат получил …»)."""
        if t.dep_ != "conj" or t.head.i == t.i or t.head.pos_ not in ("VERB", "AUX", "ADJ"):
            return None
        if any(
            c.dep_.startswith(("nsubj", "csubj"))
            or (
                c.dep_ in ("obj", "iobj")
                and (c.pos_ in ("PRON", "PROPN") or "Anim" in c.morph.get("Animacy"))
            )
            for c in t.children
        ):
            return None  # (an object that is a term, «получила два года», is no patient)
        return next(
            (
                c
                for c in t.head.children
                if c.dep_ in ("nsubj", "nsubj:pass") and c.i < t.i and c.lower_ in self.lexicon.all_pronouns
            ),
            None,
        )

    def _subject_of_place_clause(self, t: Token) -> Token | None:
        """«он остаётся в колонии в Могилёве, где отбывает восемь лет»: a finite trigger that opens
        a relative clause of place («где», «куда») with no subject of its own shares the subject
        of the clause whose place it describes: the nearest nominative subject before the relative
        word, when no other relative clause stands between and it agrees with the trigger in
        number (and in gender, in the past). A plural verb with no subject («где его держали»)
        is indefinite-personal and keeps its own object."""
        if "Fin" not in t.morph.get("VerbForm") or "Plur" in t.morph.get("Number"):
            return None
        places = self.lexicon.sets.get("place_relatives", ())
        where = next((c for c in t.children if c.i < t.i and c.lower_ in places), None)
        if where is None or any(
            c.dep_.startswith(("nsubj", "csubj"))
            or (
                c.dep_ in ("obj", "iobj")
                and (c.pos_ in ("PRON", "PROPN") or "Anim" in c.morph.get("Animacy"))
            )
            for c in t.children
        ):
            return None
        for x in reversed(t.doc[t.sent.start : where.i]):
            if x.lower_ in places or self._word_in(x, "relative_words"):
                return None  # («…, который …, где …»: the nearer clause has a subject of its own)
            if x.dep_ != "nsubj" or "Nom" not in x.morph.get("Case") or "Plur" in x.morph.get("Number"):
                continue
            past = "Past" in t.morph.get("Tense")
            return x if not past or morph_gender(x) == morph_gender(t) else None
        return None

    def _all_among(self, subject: Span, index: PersonIndex) -> list[Person] | None:
        """«Яны — сярод вывезеных у Літву», «Усе названыя вышэй — сярод вызваленых»: a plural
        subject with no name and no number before «сярод» and a group of an event is the people
        coordinated in the sentence before, or, for «названыя (вышэй)», the people of the list
        just above (the name-led lines after the last heading with a colon). None when the
        subject is something else."""
        lex = self.lexicon
        words = [x for x in subject if x.is_alpha]
        plural = lex.pronouns.get("plural", set())
        if not words or any(x.like_num or x.lower_ in lex.numbers for x in subject):
            return None
        listed = any(x.lower_.startswith(("назван", "пералічан", "згадан")) for x in words)
        if not listed and not any(
            (x.lower_ in plural and x.lower_ != "іх") or self._word_in(x, "all_of") or x.lower_ == "абое"
            for x in words
        ):
            return None
        doc = subject.doc
        if not listed:
            return self._coordinated_in(doc[subject.start - 1].sent, index)
        people: list[Person] = []
        text = doc_text(doc)
        end = text.rfind("\n", 0, subject[0].idx)
        for _ in range(30):
            if end <= 0:
                return []
            start = text.rfind("\n", 0, end) + 1
            line = text[start:end].strip()
            end = start - 1
            if not line:
                continue
            if line.endswith(":"):
                return people if len(people) >= 2 else []
            span = doc.char_span(start, start + len(line), alignment_mode="expand")
            first = next((x for x in span if not x.is_space and not x.is_punct), None) if span else None
            person = index.person_at(first) if first is not None else None
            if person is None:
                return []
            if person not in people:
                people.insert(0, person)
        return []

    def _tally_before(self, words: Span, triggers: set[int]) -> bool:
        """A group named before «среди них» in its own sentence with no event there: the members
        belong to a tally («остаются за решёткой», «числятся»), not to an earlier event; an event
        of several words («вышли на свободу 16 человек, включая X») is an event. A trigger told
        as no fact is none either: «призвали освободить всех остальных политзаключённых, среди
        которых X» — a call's group went through no event (the twin of `_unfreed_group_before`,
        for the group named in the sentence of «среди»). Who tells it is no group: «По данным
        правозащитников, в списке оказались X» (a group noun right after a word of a source,
        words.json `source_nouns`)."""
        sources = self.lexicon.sets.get("source_nouns", ())
        return any(
            self._word_in(x, "group_nouns") and not (x.i > 0 and x.doc[x.i - 1].lower_ in sources)
            for x in words
        ) and not any(
            x.i in triggers or (x.lemma_.lower() in self.label_of_lemma and self._asserted(x)) for x in words
        )

    def _present_in_list(self, t: Token) -> bool:
        """(Russian) «По данным „Вясны“, в списке оказались X, Y и Z», «Из Брестской области в
        списке — X»: a bare «в списке» followed at once by a verb of being there (words.json
        `list_presence`: оказаться, значиться, быть) or a dash names the members of the list the
        article told before (a pardon's, an exchange's), as «в списке также X» does. The list
        with its own complement is another («в списках на обмен были», «в списке экстремистов»:
        the next word is no such verb), and one the verb denies («в списке не оказалось X») is
        dropped as an absence after this."""
        doc = t.doc
        if t.i == t.sent.start or doc[t.i - 1].lower_ != "в" or t.i + 1 >= t.sent.end:
            return False
        before = doc[t.i - 2] if t.i - 2 >= t.sent.start else None
        if before is not None and _ordinal_value(before):
            return False  # «Пятнадцатым в списке значится X»: the ordinal's own rule (`_ordinal_member`)
        nxt = doc[t.i + 1]
        return nxt.text in ("—", "–") or (
            nxt.pos_ in ("VERB", "AUX") and nxt.lemma_.lower() in self.lexicon.sets.get("list_presence", ())
        )

    def _unfreed_group_before(self, t: Token, triggers: set[int]) -> bool:
        """(Belarusian) «“Вясна” заклікае вызваліць цяжкахворых палітвязняў. Сярод іх называюць
        X»: «сярод іх» opening a sentence points at the group of the sentence before; when that
        sentence names a group and asserts no event (a call, a plan), its members went through
        none (not the event of a group told earlier still)."""
        doc = t.doc
        if not self.linear or t.i != t.sent.start or t.sent.start == 0 or t.i + 1 >= len(doc):
            return False
        if doc[t.i + 1].lower_ not in self.lexicon.pronouns.get("plural", ()):
            return False
        before = doc[t.sent.start - 1].sent
        return any(self._word_in(x, "group_nouns") for x in before) and not any(
            x.i in triggers and self._asserted(x) for x in before
        )

    def _they_are(self, t: Token, index: PersonIndex) -> bool:
        """«Затрымалі трох журналістаў. Гэта A, B і C.»: a sentence that opens with «это» /
        «гэта» right before a name and lists two names or more names the group told before."""
        if t.i != t.sent.start or t.lower_ not in self.lexicon.sets["they_are"] or t.i + 1 >= len(t.doc):
            return False
        if index.person_at(t.doc[self._past_description(t, index)]) is None:
            return False
        return len({id(p) for x in t.sent if (p := index.person_at(x)) is not None}) >= 2

    def _past_description(self, t: Token, index: PersonIndex) -> int:
        """«Гэта 34-гадовы электрык X, …»: (Belarusian) the age and the trade before the first
        name after `t`, up to four lower-case words, numbers and hyphens, are skipped; the index
        of the word after them."""
        doc = t.doc
        k = t.i + 1
        if not self.linear:
            return _past_apposed_description(t, index)
        # («Гэта сказаў X»: a verb is no description)
        verbs = (*self.lexicon.sets.get("active_past_endings", ()), "лі")
        while (
            k < min(t.sent.end - 1, t.i + 5)
            and index.person_at(doc[k]) is None
            and (
                (doc[k].is_lower and not doc[k].lower_.endswith(verbs))
                or doc[k].like_num
                or doc[k].text == "-"
            )
        ):
            k += 1
        return k

    def _known_of_some(self, t: Token, index: PersonIndex) -> bool:
        """(Belarusian) «Вядома пра дваіх: гэта X і Y», «Я добра ведаю дзьвюх — X … і Y»: a
        sentence that opens with a lead of knowing (`known_about_lead`: «вядома», «ведаю», «пра»,
        the knower's pronoun, «добра», «толькі») with at least one word of knowing
        (`know_words`), then a bare number (`t`) right before a colon or a dash and two names or
        more, names part of the group told before — as «Сярод іх — X і Y» does. A noun after the
        number («Вядома пра дваіх суддзяў: …») makes it another group: no members."""
        lex = self.lexicon
        doc = t.doc
        if not self.linear or not (t.like_num or t.lower_ in lex.numbers) or t.i + 2 >= t.sent.end:
            return False
        if doc[t.i + 1].text not in (":", "—", "–"):
            return False
        lead = list(doc[t.sent.start : t.i])
        if not lead or not all(x.lower_ in lex.sets.get("known_about_lead", ()) for x in lead):
            return False
        if not any(x.lower_ in lex.sets.get("know_words", ()) for x in lead):
            return False
        named = {id(p) for r, p in index.mention_roots() if r.sent == t.sent and r.i > t.i}
        return len(named) >= 2

    def _named_part(self, t: Token, index: PersonIndex) -> Membership | None:
        """(Russian) A lead that says some of a group's people were named, then the names after
        a colon or a dash, in a sentence that tells no event of its own:
        «В сообщении агентства названы лишь трое: A, B и C», «Агентство назвало троих из них:
        A, B и C», «Из тех, кого удалось установить, — A и B». `t` is the mark before the
        names. The lead names nobody and holds either a naming word (`names_known`, a lemma of
        `naming_lemmas`) right with a bare number or «N из них» before the mark, or opens with
        «Из тех, кого/кто …,» — a headless relative clause whose own trigger, if any, is the
        group's event. The names (two at least) are members of the group told before, as
        «Среди них — A и B» does. Not under a negation, a hedge or a word of staying."""
        doc = t.doc
        if t.text not in (":", "—", "–") or t.i + 2 >= t.sent.end:
            return None
        sent = t.sent
        lead = [x for x in doc[sent.start : t.i] if not x.is_space]
        if len(lead) < 2 or any(index.person_at(x) is not None for x in lead):
            return None
        kinds = ("negation", "conditional", "blockers", "stay_verbs", "absent", "except", "agent_roles")
        if self._any_word(lead, kinds):
            return None
        label = None
        inside = [r for x, r, _ in self._sent_rules if sent.start <= x.i < t.i]
        if self._those_opening(lead):
            label = inside[0].label if inside else None  # «Из тех, кого вывезли в Литву, — …»
        elif self._naming_part(lead) and not any(
            x.pos_ in ("NOUN", "ADJ") and "Ins" in x.morph.get("Case") for x in lead
        ):  # («Свидетелями названы двое: …», «виновными признаны трое»: named as something else)
            if inside:
                return None  # «Суд назначил двоим: …»: a trigger's own list
        else:
            return None
        persons: list[Person] = []
        end = next((x.i for x in doc[t.i + 1 : sent.end] if x.text == ";"), sent.end)
        last = max((r.i for r, _ in index.mention_roots() if t.i < r.i < end), default=t.i)
        for x in doc[t.i + 1 : end]:
            if x.i > last and x.pos_ in ("VERB", "AUX") and "Fin" in x.morph.get("VerbForm"):
                if not self._word_in(x, "speech"):
                    return None  # «…: A и B могут выйти позже»: the names open a clause, no list
                break  # «…: A и B, сообщили правозащитники» (a verb before the last name is a misparse)
            person = index.person_at(x)
            if person is not None and person not in persons:
                persons.append(person)
        if len(persons) < 2:
            return None
        return Membership(t, persons, label, tells_event=label is not None)

    def _those_opening(self, lead: list[Token]) -> bool:
        """«Из тех, кого …,» / «Ещё двое из тех, кто …,»: the lead opens (past «ещё», «а» or a
        number) with «из тех», a comma and a word of «who», and ends on the comma that closes
        the clause."""
        lex = self.lexicon
        k = 0
        openers = ("ещё", "еще", "а", "и")
        while k < len(lead) and (lead[k].lower_ in openers or is_number(lead[k], lex)):
            k += 1
        if k + 3 >= len(lead) or lead[-1].text != ",":
            return False
        out_of, those, comma, who = lead[k : k + 4]
        return (
            out_of.lower_ in lex.sets.get("out_of", ())
            and those.lower_ == "тех"
            and comma.text == ","
            and who.lower_ in lex.sets.get("those_who", ())
        )

    def _naming_part(self, lead: list[Token]) -> bool:
        """«… названы лишь трое», «… назвало троих из них»: a naming word in the lead (a form
        of `names_known` or a lemma of `naming_lemmas`) and an exact number closing it, alone
        or followed by «из них»."""
        lex = self.lexicon
        naming = lex.sets.get("naming_lemmas", set())
        if not any(self._word_in(x, "names_known") or x.lemma_.lower() in naming for x in lead):
            return False
        tail = lead[-3:] if len(lead) >= 3 and self._word_in(lead[-1], "of_them") else lead[-1:]
        number = tail[0]
        if len(tail) == 3 and not self._word_in(tail[1], "out_of"):
            return False
        if not (number.like_num or number.lower_ in lex.numbers):
            return False
        size, approximate = count_of(number, lex)
        return size is not None and size >= 2 and not approximate

    def _names_label(self, t: Token) -> str | None:
        """(Belarusian) «Вядомыя імёны вызваленых: A, B і C», «прозвішчы затрыманых — A і B»: the
        word for names, the group's participle noun right after it (its event), then a colon or a
        dash before the names; the names are members of that event's group."""
        doc = t.doc
        if not self.linear or t.lower_ not in self.lexicon.sets.get("names_of", ()) or t.i + 2 >= t.sent.end:
            return None
        label = self.label_of_lemma.get(doc[t.i + 1].lemma_.lower())
        if label is None or doc[t.i + 2].text not in (":", "—", "–"):
            return None
        return label

    def _names_label_before(self, t: Token) -> str | None:
        """(Belarusian) «Вядомыя першыя імёны вызваленых. Гэта A, B і C»: a «these are» list
        right after a sentence that ends on the word for names and a group's participle noun
        takes that noun's event (the list may come before any event of the group is told)."""
        doc = t.doc
        if not self.linear or t.sent.start < 3:
            return None
        end = t.sent.start - 1
        while end > 0 and doc[end].is_punct:
            end -= 1
        noun, names = doc[end], doc[end - 1]
        if names.lower_ not in self.lexicon.sets.get("names_of", ()) or names.sent != noun.sent:
            return None
        return self.label_of_lemma.get(noun.lemma_.lower())

    def _names_of_them(self, t: Token, index: PersonIndex) -> bool:
        """«Вядомыя імёны дваіх з іх — A і B», «известны имена пятерых из них: A, B …», «стали
        известны их имена: A, B и C»: the names of (some of) a group told before, given after
        the word for names and «из них» or «их» in a sentence with no event of its own."""
        names = self.lexicon.sets.get("names_of", set())
        if self._who_they_are(t):
            return not any(x.lemma_.lower() in self.label_of_lemma for x in t.sent)
        if t.lower_ not in names:
            return False
        doc = t.doc
        words = list(doc[t.i + 1 : min(t.sent.end, t.i + 5)])
        of_them = self._of_them_after(t)
        # «их имена:», «имена их —»: the possessive right beside the noun, a colon or dash next
        beside = [doc[t.i - 1]] if t.i > t.sent.start else []
        beside += words[:1]
        theirs = any(x.lower_ in ("их", "іх") for x in beside) and (
            any(x.text in (":", "—", "–") for x in words[:2])
            or self._told_list_mark(t, self._finite_after(t), index) is not None
        )
        return (
            of_them or theirs or self._names_counted(words) or self._names_known_opening(t, words)
        ) and not any(x.lemma_.lower() in self.label_of_lemma for x in t.sent)

    def _of_them_after(self, t: Token) -> bool:
        """«Имена четверых из них»: «из них» within the four words after the word for names."""
        words = list(t.doc[t.i + 1 : min(t.sent.end, t.i + 5)])
        return any(
            self._word_in(a, "out_of") and self._word_in(b, "of_them")
            for a, b in zip(words, words[1:], strict=False)
        )

    def _finite_after(self, t: Token) -> int:
        """The first finite verb of the sentence of `t` after it (Russian; the sentence's end for
        Belarusian, whose parts of speech are guesses)."""
        return next(
            (
                x.i
                for x in t.doc[t.i + 1 : t.sent.end]
                if not self.linear and x.pos_ in ("VERB", "AUX") and "Fin" in x.morph.get("VerbForm")
            ),
            t.sent.end,
        )

    def _told_list_mark(self, t: Token, verb: int, index: PersonIndex) -> Token | None:
        """«Имена четверых из них сообщила инициатива «Крымская солидарность»: это A, B …»: the
        finite verb after the word for names tells who gave them, and the list follows the colon
        or dash closing that clause (past «это»). The mark, or None when no name follows it."""
        doc = t.doc
        if self.linear or verb >= t.sent.end:
            return None
        mark = next((x for x in doc[verb + 1 : t.sent.end] if x.text in (":", "—", "–")), None)
        if mark is None or mark.i + 2 >= t.sent.end:
            return None
        first = doc[mark.i + 1]
        if first.lower_ in self.lexicon.sets["they_are"]:
            first = doc[_past_apposed_description(first, index)]
        return mark if index.person_at(first) is not None else None

    def _who_they_are(self, t: Token) -> bool:
        """(Belarusian) «Пазней стала вядома, хто яны: A, B і C», «Высветлілася, хто гэта — A і
        B»: «who» and «they» / «these» right before a colon or a dash names the group told
        before, as «their names:» does."""
        lex = self.lexicon
        doc = t.doc
        if t.lower_ not in lex.sets.get("who_words", ()) or t.i + 2 >= t.sent.end:
            return False
        nxt, mark = doc[t.i + 1], doc[t.i + 2]
        if nxt.lower_ not in lex.sets.get("they_words", ()) or mark.text not in (":", "—", "–"):
            return False
        # the names follow the mark at once, and nobody tells, judges or doubts in the sentence
        # («Хто яны — расказаў адвакат X»: X tells; «Невядома, хто яны: магчыма, A і B»)
        kinds = ("speech", "agent_roles", "negation", "conditional", "blockers")
        if any(self._word_in(x, kind) for x in t.sent for kind in kinds):
            return False
        # a short description may stand before the first name («выкладчыца школы X»), no verb
        verbs = (*lex.sets.get("active_past_endings", ()), "лі")
        for x in doc[mark.i + 1 : min(t.sent.end, mark.i + 7)]:
            if x.is_title:
                return True
            if not (x.is_space or _AGE_ADJECTIVE.match(x.text) or (x.is_alpha and x.is_lower)):
                return False
            if x.lower_.endswith(verbs):
                return False
        return False

    def _names_known_opening(self, t: Token, words: list[Token]) -> bool:
        """«Уже известны имена: A, B», «Пакуль устаноўленыя імёны: A і B», «Имена подтверждены:
        A, B»: a sentence of only the word for names and words for known (`names_known`, with
        «уже» / «пока», `names_so_far`) before a colon or a dash names members of the group told
        before; a word of anything else there («имена судей:») names another group."""
        lex = self.lexicon
        known = lex.sets.get("names_known", set()) | lex.sets.get("names_so_far", set())
        before = list(t.doc[t.sent.start : t.i])
        after = []
        for x in words:
            if x.text in (":", "—", "–"):
                break
            after.append(x)
        else:
            return False
        return all(x.lower_ in known for x in before + after) and any(
            x.lower_ in lex.sets.get("names_known", ()) for x in before + after
        )

    def _names_counted(self, words: list[Token]) -> bool:
        """(Belarusian) «вядомыя імёны дваіх — гэта A і B», «імёны траіх вядомыя: A, B, C»: the
        size of the group right after the word for names, then only a word for known
        (`names_known`) before a colon or a dash, names part of a group told before with no
        «з іх»; any other word there («імёны двух суддзяў — …») is another group."""
        lex = self.lexicon
        if not words or not (words[0].like_num or words[0].lower_ in lex.numbers):
            return False
        rest = words[1:]
        while rest and rest[0].lower_ in lex.sets.get("names_known", ()):
            rest = rest[1:]
        return bool(rest) and rest[0].text in (":", "—", "–")

    def _besides_named(self, t: Token) -> bool:
        """«Акрамя названых, у ім — X, Y», «Помимо упомянутых, в списке — X»: the names go on
        the list of those already named, so they join the same group."""
        lex = self.lexicon
        nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
        return (
            nxt is not None
            and t.lower_ in lex.sets.get("besides", ())
            and nxt.lower_ in lex.sets.get("named_before", ())
        )

    def _label_before(self, t: Token) -> str | None:
        """The event of the last trigger word in the sentence before `t` or in its own before it
        («Поўны спіс памілаваных … Акрамя названых, у ім — …»): what the list is a list of."""
        doc = t.doc
        start = doc[t.sent.start - 1].sent.start if t.sent.start > 0 else t.sent.start
        for x in reversed(doc[start : t.i]):
            label = self.label_of_lemma.get(x.lemma_.lower())
            if label is not None:
                return label
        return None

    def _one_of(self, t: Token) -> bool:
        """«Адзін з іх — X», «Одним из задержанных был X», «…; одним из них оказался X»: «из»
        after «one» opening a sentence or a clause, then a dash or a copula before the name,
        reads as «среди них — X»."""
        doc = t.doc
        if self._one_of_set_off(t):
            return True
        return (
            t.i > t.sent.start
            and (t.i - 1 == t.sent.start or doc[t.i - 2].text in (";", ":") or self._name_of_one(t))
            and doc[t.i - 1].lower_ in self.lexicon.sets.get("one_of", ())
            and t.lower_ in self.lexicon.sets.get("out_of", ())
            and t.i + 1 < t.sent.end
            and (
                doc[t.i + 1].lower_ in self.lexicon.sets.get("of_them", ())
                or self._group_label(t) is not None
            )
            and (
                any(x.text in ("—", "–") for x in doc[t.i + 1 : min(t.sent.end, t.i + 4)])
                or (t.i + 2 < t.sent.end and self._copula_before_name(doc[t.i + 2]))
                or (self.linear and self._dash_past_insertion(t))
            )
        )

    def _name_of_one(self, t: Token) -> bool:
        """«Известно имя одной из задержанных — это X», «Стало известно имя одного из них — X»:
        the word for a name (`names_of`) right before «one of», in a lead of at most three words
        with no name, mark or negation («известно», «стало известно», «правозащитники назвали»),
        tells the name of a member as «одна из задержанных — X» does (`t` is «из»)."""
        doc = t.doc
        k = t.i - 2
        if self.linear or k < t.sent.start or doc[k].lower_ not in self.lexicon.sets.get("names_of", ()):
            return False
        lead = doc[t.sent.start : k]
        return len(lead) <= 3 and not any(
            x.ent_type_ == "PER" or x.is_punct or self._word_in(x, "negation") for x in lead
        )

    def _dash_past_insertion(self, t: Token) -> bool:
        """(Belarusian) «Адна з іх, паводле нашых звестак, — X»: after «з іх» (`t` is «з») an
        insertion set off by commas (a few words, no name in it), then the dash before the name."""
        doc = t.doc
        k = t.i + 2
        if k >= t.sent.end or doc[k].text != ",":
            return False
        quoted = False
        for x in doc[k + 1 : min(t.sent.end, k + 8)]:
            if x.text == ",":
                return x.i + 1 < t.sent.end and doc[x.i + 1].text in ("—", "–")
            if x.text in ("«", "»", '"'):
                quoted = x.text != "»"
                continue
            # (a capitalised word outside quotes may be a name: «паводле Максіма Г., — з Гомеля»)
            if not x.is_alpha or x.ent_type_ == "PER" or (x.is_title and not quoted):
                return False
        return False

    def _one_of_counted(self, t: Token, triggers: set[int]) -> int | None:
        """«Одним из этих пятерых был X», «Один из шестерых, X, …», «одна из троих задержанных —
        X»: «one of» and the size of a group told before (`t` is «из»); the size, whose group the
        name after it joins."""
        doc, lex = t.doc, self.lexicon
        end = t.sent.end
        if self.linear or t.lower_ not in lex.sets.get("out_of", ()) or t.i < t.sent.start + 1:
            return None
        if doc[t.i - 1].lower_ not in lex.sets.get("one_of", ()) or not (
            t.i - 1 == t.sent.start or doc[t.i - 2].text in (";", ":", ",")
        ):
            return None
        k = t.i + 1
        if k < end and doc[k].lower_ in lex.sets.get("of_these", ()):
            k += 1
        if k >= end or not is_number(doc[k], lex):
            return None
        size = number_value([doc[k]], lex)
        k += 1
        if k < end and self.label_of_lemma.get(doc[k].lemma_.lower()):
            k += 1  # «из пятерых задержанных»
        if size is None or size < 2 or k >= end:
            return None
        x = doc[k]
        named_next = k + 1 < end and doc[k + 1].ent_type_ == "PER"
        told = x.text in ("—", "–") or self._copula_before_name(x) or (x.text == "," and named_next)
        return int(size) if told and self._counted_before(t, int(size), triggers) else None

    def _ordinal_member(self, t: Token, triggers: set[int]) -> int | None:
        """«Задержали пятерых … Четверых отпустили. Пятый, слесарь X, домой не вернулся»: an
        ordinal opening a sentence, set off by a comma or dash, equal to the size of a group an
        event counted in the two sentences before, names that group's last member; the size."""
        doc = t.doc
        size = _ordinal_value(t)
        if self.linear or size is None or not t.is_sent_start or t.i + 2 >= t.sent.end:
            return None
        if self._ordinal_in_list(t):
            # «Пятнадцатым в списке значится X»: the list of the group counted anywhere before
            return size if self._counted_before(t, size, triggers, back=len(list(doc.sents))) else None
        if doc[t.i + 1].text not in (",", "—", "–"):
            return None
        return size if self._counted_before(t, size, triggers) else None

    def _ordinal_in_list(self, t: Token) -> bool:
        """«Пятнадцатым в списке значится X», «Седьмая в списке — X»: an ordinal with «в списке»
        right after it places the name on the list of a group (its last member when the
        ordinal is the group's size)."""
        doc = t.doc
        return (
            t.i + 3 < t.sent.end
            and doc[t.i + 1].lower_ in self.lexicon.sets["location_prepositions"]
            and doc[t.i + 2].lower_ in self.lexicon.sets["lists"]
        )

    def _counted_before(self, t: Token, size: int, triggers: set[int], back: int = 4) -> bool:
        """A sentence among the `back` before `t` counts `size` people beside an event's word."""
        for x in t.doc[sentences_back(t.sent, back) : t.sent.start]:
            counted = is_number(x, self.lexicon) and number_value([x], self.lexicon) == size
            if counted and any(y.i in triggers for y in x.sent):
                return True
        return False

    def _one_of_set_off(self, t: Token) -> bool:
        """«…, а адзін з іх, электрык з Мазыра X, зноў апынуўся за кратамі», «…, а один из них, X,
        снова …»: «one of them» after «, а» or «, і» (or opening a sentence) with a name set off
        by commas right after it is a member of the group told before, as «сярод іх — X» is."""
        doc = t.doc
        if t.i < 1 or t.i + 3 >= t.sent.end:
            return False
        one = doc[t.i - 1]
        # (a sentence opened by «Один из них, X,» is the parsed Russian's `_one_of` and relative
        # rules' own; Belarusian has only this one)
        opens = one.i == t.sent.start or (
            one.i >= 2
            and doc[one.i - 1].lower_ in ("а", "і", "и", "але", "но")
            and doc[one.i - 2].text == ","
        )
        comma = self._them_phrase_end(t)
        if not (
            opens
            and one.lower_ in self.lexicon.sets.get("one_of", ())
            and t.lower_ in self.lexicon.sets.get("out_of", ())
            and comma is not None
            and doc[comma].text == ","
        ):
            return False
        for x in doc[comma + 1 : min(t.sent.end, comma + 10)]:
            if x.text == ",":
                return False
            if x.ent_type_ == "PER":
                return True
        return False

    def _them_phrase_end(self, t: Token) -> int | None:
        """The token after «из них» / «из этой группы» / «из этих семерых (осуждённых)» (`t` is
        «из»): words that point back to a group told before; None after anything else."""
        doc, lex = t.doc, self.lexicon
        k = t.i + 1
        if k >= t.sent.end:
            return None
        if doc[k].lower_ in lex.sets.get("of_them", ()):
            return k + 1
        if self.linear or doc[k].lower_ not in {*lex.sets.get("of_these", ()), "этой", "той"} - {"всех"}:
            return None
        k += 1
        if k < t.sent.end and (is_number(doc[k], lex) or doc[k].lemma_.lower() in _GROUP_WORDS):
            k += 1  # «из этой группы», «из этих семерых»
        elif (
            k < t.sent.end
            and doc[k].lemma_.lower() in lex.sets["group_nouns"]
            and "Plur" in doc[k].morph.get("Number")
        ):
            return k + 1  # «из этих активистов»
        else:
            return None
        if k < t.sent.end and (
            doc[k].lemma_.lower() in lex.sets["group_nouns"] or self.label_of_lemma.get(doc[k].lemma_.lower())
        ):
            k += 1  # «из этих семерых осуждённых»
        return k if k < t.sent.end else None

    def _set_off_groups(self, findings: list[Finding], memberships: list[Membership]) -> None:
        """«Памілавалі 12 асуджаных. Амаль усіх выслалі, а адзін з іх, X, …»: «one
        of them» set against the clause before it in its sentence is of the group the sentence
        before counted, not of that clause's."""
        for m in memberships:
            t = m.token
            if (
                m.type is not None
                or m.group is not None
                or t.i - 1 == t.sent.start
                or not self._one_of_set_off(t)
            ):
                continue
            counted = [f for f in findings if f.count is not None and f.trigger.i < t.sent.start]
            if counted:
                m.group = max(counted, key=lambda f: f.trigger.i)
                m.type = m.group.type

    def _copula_before_name(self, x: Token) -> bool:
        """A past copula or verb of being right after «одним из них» («был», «оказался»): the
        name after it is the one of the group, as after a dash."""
        lex = self.lexicon
        return x.lower_ in lex.sets.get("copula_past", ()) or (
            x.lemma_.lower() in lex.sets.get("predicate_verbs", ()) and "Past" in x.morph.get("Tense")
        )

    def _group_label(self, t: Token) -> str | None:
        """The event of the group noun after «сярод» / «з» (`t`): «сярод вызваленых»; in
        Belarusian also past the group's size, «адзін з двух вызваленых»."""
        doc = t.doc
        nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
        if nxt is None:
            return None
        label = self.label_of_lemma.get(nxt.lemma_.lower())
        if label is None and self.linear and (nxt.like_num or nxt.lower_ in self.lexicon.numbers):
            after = doc[t.i + 2] if t.i + 2 < t.sent.end else None
            label = self.label_of_lemma.get(after.lemma_.lower()) if after is not None else None
        return label

    def _landed_abroad(self, t: Token) -> bool:
        """«Таксама ў Літве апынуліся X і Y», «в Литве оказались X»: a past verb of ending up
        (words.json `landed_verbs`), not negated, beside «в» and a named foreign place."""
        doc = t.doc
        crossed = t.lemma_.lower() in self.lexicon.sets.get("crossed_verbs", ())  # (Russian only)
        if not (self._word_in(t, "landed_verbs") or crossed):
            return False
        if t.i > t.sent.start and self._word_in(doc[t.i - 1], "negation"):
            return False
        if not self.linear and "Past" not in t.morph.get("Tense"):
            return False  # «окажутся в Литве»: still to come
        near = doc[max(t.sent.start + 1, t.i - 3) : min(t.sent.end, t.i + 4)]
        if crossed:
            # «Вместе с ним границу перешла X»: across the border, with those removed (the
            # company or the release beside it is `_landed_with_removal`'s to see)
            return any(x.lemma_.lower() in self.lexicon.sets.get("border_nouns", ()) for x in near)
        return any(
            self._word_in(x, "abroad") and x.text[:1].isupper() and doc[x.i - 1].lower_ in _IN_PLACE
            for x in near
        )

    def _landed_with_removal(self, t: Token, triggers: set[int]) -> bool:
        """Ending up abroad is told of the removal only beside it: a word of addition or of
        company («также», «разам з ім»), a contrast right before the verb («хотела домой, а
        оказалась в Вильнюсе»), a count of the group («Пятнаццаць з нас»), or a release
        or removal in its sentence or the one before; a year before the verb in its own clause
        tells an earlier move («ещё в 2021 году … оказался в Литве»: an exile, no removal)."""
        doc = t.doc
        sent = t.sent
        for x in reversed(doc[sent.start : t.i]):
            if x.text in (",", ";", ":", "—", "–"):
                break
            if x.like_num and len(x.text) == 4 and x.text.isdigit():
                return False
        lex = self.lexicon
        if any(self._word_in(x, "join") or self._word_in(x, "together") for x in sent):
            return True
        if any(self._word_in(x, "contrast") for x in doc[max(sent.start, t.i - 2) : t.i]):
            return True  # «Я хотела вернуться к маме, а оказалась в Вильнюсе»: against the will
        if any(x.like_num or x.lower_ in lex.numbers for x in doc[max(sent.start, t.i - 4) : t.i]):
            return True
        start = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        if start < sent.start and self._release_heading(doc[start : sent.start]):
            return True  # «Кто вышел» over «В Вильнюсе оказался X»: the section of those freed
        return any(
            start <= i < sent.end
            and self.label_of_lemma.get(doc[i].lemma_.lower()) in ("release", "deportation")
            for i in triggers
        )

    def _release_heading(self, line: Span) -> bool:
        """A heading line of a section (a few words, no full stop) that tells a release or a
        removal («Кто вышел», «Вышли на свободу», «Высланные»): the people its section tells of
        ending up abroad went through it."""
        words = [x for x in line if not x.is_space]
        if not 1 <= len(words) <= 6 or words[-1].text in (".", ":", "!", "?", ";", "»", '"'):
            return False
        heading = self.lexicon.sets.get("release_headings", set())
        return any(
            x.lemma_.lower() in heading
            or self.label_of_lemma.get(x.lemma_.lower()) in ("release", "deportation")
            for x in words
        ) and not any(self._word_in(x, "negation") for x in words)

    def _subject_gap(self, root: Token, t: Token, index: PersonIndex) -> bool:
        """Only names, «и», commas, the place and adverbs of addition stand between the name and
        the verb: the name is its subject («X и Y тоже оказались в Литве»), not another clause's."""
        fillers = self.lexicon.sets.get("landed_fillers", set())
        return all(
            index.person_at(x) is not None
            or x.text == ","
            or x.lower_ in fillers
            or self._word_in(x, "abroad")
            for x in t.doc[root.i + 1 : t.i]
        )

    def _landed_members(self, t: Token, index: PersonIndex) -> Membership | None:
        """The people a sentence says ended up abroad: members of the article's deportation (the
        cohort joins only a group told as driven abroad; with none, they are nobody's)."""
        persons: list[Person] = []
        stop = next(
            (x.i for x in t.doc[t.i + 1 : t.sent.end] if x.text == ";" or self._word_in(x, "contrast")),
            t.sent.end,
        )  # «… апынуліся ў Літве, а шаснаццатага, X, высадзілі ў Мінску»: the contrast's X stayed
        for root, person in index.mention_roots():
            if root.sent != t.sent or person in persons or root.i >= stop:
                continue
            if root.i > t.i or (not _inflected(root, person, index) and self._subject_gap(root, t, index)):
                persons.append(person)  # (before the verb only its subject: «X апынуўся ў Літве»)
        return Membership(t, persons, "deportation") if persons else None

    def _group_clause_members(
        self, findings: list[Finding], memberships: list[Membership], index: PersonIndex
    ) -> None:
        """«Сярод памілаваных, якіх вывезлі ў Літву, — A, B, якая …, і C»: (Belarusian) the
        triggers between «сярод» and the first name of its list tell the group's events (its
        noun, the verb of its relative clause), so every listed name goes through them, not only
        the name nearest to them (the others' own relative clauses hide them from it)."""
        if not self.linear:
            return
        for m in memberships:
            if m.type is None or m.token.lower_ not in self.lexicon.sets["members"] or len(m.persons) < 2:
                continue
            first = min(
                (_mention_start(root, p, index) for root, p in index.mention_roots() if p in m.persons),
                default=m.token.i,
            )
            for f in findings:
                t = f.trigger
                if (
                    t.sent == m.token.sent
                    and m.token.i < t.i < first
                    and f.count is None
                    and f.term is None  # (a term is its own name's, not the list's)
                    and all(p in m.persons for p in f.persons)
                ):
                    f.persons = distinct([*f.persons, *m.persons])

    @staticmethod
    def _semicolon_run(sent: Span) -> set[int]:
        """The starts of `sent` and of the sentences after it on its line that the segmenter cut
        at a semicolon («Сярод іх — X, якую …; 60-гадовы Y, асуджаны …; студэнт Z»): one list
        of members, each item with its own clause."""
        doc = sent.doc
        starts = {sent.start}
        while (
            sent.end < len(doc)
            and doc[sent.end - 1].text == ";"
            and "\n" not in doc[sent.end - 1 : sent.end + 1].text
        ):
            sent = doc[sent.end].sent
            starts.add(sent.start)
        return starts

    def _heading_label(self, line: Span) -> tuple[Token, str] | None:
        """(Belarusian) A section heading of a list of profiles: a short line of its own with no
        full stop or colon whose words tell a removal or release («Вывезеныя ў Літву», «Вярнуліся
        дадому»): its word and the event it tells."""
        words = [x for x in line if not x.is_space]
        if self._here_who_lead(words):
            return next(
                ((t, rule.label) for t, rule, _ in self._sent_rules if line.start <= t.i < line.end),
                None,
            )
        if not 1 <= len(words) <= 6 or words[-1].text in (".", ":", "!", "?", ";"):
            return None
        for t, rule, _ in self._sent_rules:
            if line.start <= t.i < line.end and rule.label in ("release", "deportation"):
                return t, rule.label
        home = self.lexicon.sets.get("home_heading", set())
        if any(x.lower_ in home for x in words):
            return words[0], "release"
        return None

    def _all_of_list_abroad(self, doc: Doc, index: PersonIndex, triggers: set[int]) -> list[Membership]:
        """(Belarusian) a run of marked lines naming people, then «Усе яны, акрамя X, ужо на
        літоўскім баку», «Усіх іх, апроч X, вывезлі ў Літву»: «all of them» opening the line
        right after the run stands for the run's people, less those after «except», and says
        they ended up abroad (a foreign place's word in the sentence, no negation or hedge).
        They join the article's removal abroad; the excepted stay out of it."""
        if not self.linear:
            return []
        lex = self.lexicon
        out: list[Membership] = []
        lines = list(text_lines(doc_text(doc)))
        for k, (at, line) in enumerate(lines):
            if k < 2 or not _LIST_ITEM.match(lines[k - 1][1]) or _LIST_ITEM.match(line):
                continue
            span = doc.char_span(at, at + len(line), alignment_mode="expand")
            if span is None:
                continue
            words = [x for x in span if not x.is_space]
            if len(words) < 3 or not (
                self._word_in(words[0], "all_of") and words[1].lower_ in lex.pronouns["plural"]
            ):
                continue
            if any(self._word_in(x, kind) for x in words for kind in ("negation", "conditional", "blockers")):
                continue
            if not any(self._word_in(x, "abroad") for x in words):
                continue
            excepted = [
                p
                for r, p in index.mention_roots()
                if span.start <= r.i < span.end
                and any(self._word_in(y, "except") for y in doc[max(span.start, r.i - 2) : r.i])
            ]
            if any(span.start <= r.i < span.end and p not in excepted for r, p in index.mention_roots()):
                continue  # a name of its own in the line: not the run's people told back
            persons: list[Person] = []
            j = k - 1
            while j >= 0 and _LIST_ITEM.match(lines[j][1]):
                item = doc.char_span(lines[j][0], lines[j][0] + len(lines[j][1]), alignment_mode="expand")
                named = self._item_names(item, index) if item is not None else []
                if not named:
                    break
                persons = [*named, *persons]
                j -= 1
            persons = [p for p in distinct(persons) if p not in excepted]
            if len(persons) >= 2:
                # (a line with its own verb of removal tells the event: «Усіх іх … вывезлі ў Літву»)
                told = any(
                    span.start <= t.i < span.end and rule.label == "deportation"
                    for t, rule, _ in self._sent_rules
                )
                out.append(Membership(words[0], persons, "deportation", tells_event=told))
        return out

    def _here_who_lead(self, words: list[Token]) -> bool:
        """(Belarusian) «Вось хто выйшаў на волю.», «Вось каго вызвалілі:»: a line of one short
        sentence opened by «here» and «who» with a release or removal verb in it leads the
        profiles after it as a heading does, though it ends in a full stop or a colon; not one
        that negates or hedges («Вось хто не трапіў у спіс»)."""
        lex = self.lexicon
        if not 3 <= len(words) <= 8 or words[-1].text not in (".", ":"):
            return False
        if words[0].lower_ not in lex.sets.get("here_words", ()) or words[1].lower_ not in lex.sets.get(
            "here_who_forms", ()
        ):
            return False
        if any(x.text in (".", ":", ";", "?", "!") for x in words[:-1]):
            return False
        kinds = ("negation", "conditional", "blockers", "remain", "absent", "except", "custody")
        if any(self._word_in(x, kind) for x in words for kind in kinds):
            return False
        return any(
            words[0].i <= t.i <= words[-1].i and rule.label in ("release", "deportation")
            for t, rule, _ in self._sent_rules
        )

    def _heading_members(self, doc: Doc, index: PersonIndex) -> list[Membership]:
        """«Вывезеныя ў Літву» then one profile a paragraph («X, 52 гады, разьбяр з Ліды. …»):
        (Belarusian) each profile's person went through the heading's event, up to the next
        heading line; a quote or remark between profiles does not end the section."""
        if not self.linear:
            return []
        out: list[Membership] = []
        current: Membership | None = None
        for k, (at, line) in enumerate(text_lines(doc_text(doc))):
            span = doc.char_span(at, at + len(line), alignment_mode="expand")
            if span is None or k == 0:
                continue
            heading = self._heading_label(span)
            if heading is not None:
                current = Membership(heading[0], [], heading[1], tells_event=True)
                out.append(current)
                continue
            if current is None:
                continue
            if self._names_lead_in(span):
                continue  # «Рэдакцыі ўдалося пацвердзіць тры прозвішчы:»: the section's list follows
            if len([x for x in span if not x.is_space]) <= 6 and span[-1].text not in (".", "»", '"', "“"):
                current = None  # another heading («Каго ня ўбачылі ў сьпісе»): the section ended
                continue
            if self._denies_heading(span, current.type):
                continue  # «X, які меў права на амністыю, вызвалены не быў»: the section's exception
            current.persons += [p for _, p in self._paragraph_names(span, index) if p not in current.persons]
        return [m for m in out if m.persons]

    def _denies_heading(self, span: Span, label: str) -> bool:
        """A profile under a heading whose first sentence denies the heading's event of its
        person («Вызваленні» over «X, які меў права на амністыю, вызвалены не быў»): a trigger of
        the heading's event with a negation two words or less before or after it."""
        sent = span[0].sent
        for t, rule, _ in self._sent_rules:
            if rule.label != label or not sent.start <= t.i < sent.end:
                continue
            near = t.doc[max(sent.start, t.i - 2) : min(sent.end, t.i + 3)]
            if any(self._word_in(x, "negation") for x in near if x.i != t.i):
                return True
        return False

    def _marked_list_members(self, doc: Doc, index: PersonIndex, findings: list[Finding]) -> list[Membership]:
        """(Belarusian) «Кіраўнік дзяржавы памілаваў 16 асуджаных. … Астатніх сем мы пералічваем
        ніжэй.» then «1. X, 64 гады, Рагачоў. …», «2. Y …»; «… вывезлі ў Літву. Сярод іх:» then
        «— X,» «— Y»: a run of numbered or dashed lines, each opened by a name, after a lead that
        introduces it (a colon, a word for names, «ніжэй») names members of the group counted just
        before (in the lead's paragraph or the one before it). Not a list the lead or the words
        between keep in custody, leave out or deny, nor lines that tell their person stayed."""
        out: list[Membership] = []
        lines = list(text_lines(doc_text(doc)))
        k = 0
        while k < len(lines):
            j = k
            while j < len(lines) and _LIST_ITEM.match(lines[j][1]):
                j += 1
            if j - k >= 2:
                member = self._list_run_member(doc, index, findings, lines[k:j])
                if member is not None:
                    out.append(member)
            k = max(j, k + 1)
        return out

    def _profile_run_members(self, doc: Doc, index: PersonIndex, findings: list[Finding]) -> list[Membership]:
        """«Кіраўнік дзяржавы памілаваў 23 асуджаных. / Удалося ўсталяваць сем
        прозвішчаў. / X, 58 гадоў, бухгалтар з Клімавіч. … / Y, 27 гадоў, …»: a paragraph that says
        how many of a group's names were established (a word for names and a number, nobody named,
        nobody kept in custody, left out or denied) introduces the run of unmarked profile
        paragraphs right after it, each opened by a name and its description (`_paragraph_names`).
        The profiles' people are members of the group counted before the lead with no names (the
        marked lines of `_marked_list_members`, without their «1.» or «—»), never more than the lead
        counts: a longer run holds profiles of others, and no one of it is taken. Russian profiles
        too, by their age («X, 58 лет, бухгалтер из …»)."""
        lines = list(text_lines(doc_text(doc)))
        spans = [doc.char_span(at, at + len(line), alignment_mode="expand") for at, line in lines]
        out: list[Membership] = []
        k = 1
        while k < len(spans) - 2:
            run: list[list[Person]] = []
            j = k + 1
            while j < len(spans) and spans[j] is not None and not _LIST_ITEM.match(lines[j][1]):
                names = [p for _, p in self._paragraph_names(spans[j], index)] or self._aged_names(
                    spans[j], index
                )
                if not names:
                    break
                run.append(names)
                j += 1
            if len(run) >= 2 and spans[k] is not None:
                member = self._profile_run_member(doc, index, findings, spans[k], spans[k + 1], run)
                if member is not None:
                    out.append(member)
            k = max(j, k + 1)
        return out

    def _aged_names(self, span: Span, index: PersonIndex) -> list[Person]:
        """«X, 27 гадоў, грамадзянін Украіны, жыў у Мінску.»: the name that opens a profile and
        its age set off by a comma (a number of 16 or more and a word of years) whatever verb the
        description goes on with; empty for any other opening."""
        names = self._item_names(span, index)
        if not names:
            return []
        words = [x for x in span if not x.is_space and index.person_at(x) is None]
        years = set(self.lexicon.terms["year"])
        if (
            len(words) < 3
            or words[0].text != ","
            or not (words[2].lower_ in years or words[2].lemma_.lower() in years)
        ):
            return []
        value = number_value([words[1]], self.lexicon) if words[1].like_num else None
        return names if value is not None and value >= 16 else []

    def _profile_run_member(
        self,
        doc: Doc,
        index: PersonIndex,
        findings: list[Finding],
        lead: Span,
        first: Span,
        run: list[list[Person]],
    ) -> Membership | None:
        """The members a run of profile paragraphs names, when `lead` (the paragraph before it)
        counts the names established: «удалося ўсталяваць сем прозвішчаў», «вядомыя імёны пяцярых»."""
        lex = self.lexicon
        stems = tuple(lex.sets.get("names_stems", ()))
        kinds = ("remain", "absent", "except", "custody", "negation", "blockers", "conditional")
        size = None
        for sent in lead.sents:
            words = [x for x in sent if not x.is_space]
            at = next((n for n, x in enumerate(words) if x.lower_.startswith(stems)), None)
            if at is None or any(index.person_at(x) is not None for x in words):
                continue
            if self._any_word(words, kinds):
                continue
            # the number right before or after the word for names («сем прозвішчаў», «імёны пяцярых»)
            near = [x for x in words[max(at - 1, 0) : at + 2] if x.like_num or x.lower_ in lex.numbers]
            if len(near) == 1:
                value = number_value([near[0]], lex)
                if value is not None and value == int(value) and value >= 2:
                    size, lead_sent = int(value), sent
        if size is None:
            return None
        persons = distinct([p for names in run for p in names])
        if len(persons) > size:
            return None  # more profiles than names established: not (only) the group's
        group = self._counted_group_before(doc, findings, lead_sent)
        if group is None or group.count is None or group.count < size:
            return None
        told = {
            id(p) for f in findings if f.type == group.type and f.trigger.i >= first.start for p in f.persons
        }
        persons = [p for p in persons if id(p) not in told]
        if not persons:
            return None
        return Membership(first[0], persons, group.type, group=group)

    def _list_run_member(
        self, doc: Doc, index: PersonIndex, findings: list[Finding], run: list[tuple[int, str]]
    ) -> Membership | None:
        """The members a run of marked lines names, pointed at the group its lead introduces."""
        spans = [doc.char_span(at, at + len(line), alignment_mode="expand") for at, line in run]
        if any(span is None for span in spans):
            return None
        persons: list[Person] = []
        for span in spans:
            lead = self._item_names(span, index)
            if not lead:
                return None  # a line opened by anything but a name: no list of people
            if self._any_word(span, (self._stay_kind(), "absent", "except")):
                continue  # «— X (засталася ў Беларусі)»: this one did not go through the event
            persons += [p for p in lead if p not in persons]
        first = spans[0][0]
        if first.i == 0 or not persons:
            return None
        lead_sent = doc[first.i - 1].sent
        if not self._introduces_list(lead_sent, index) or any(
            lead_sent.start <= t.i < lead_sent.end for t, _, _ in self._sent_rules
        ):
            return None  # (a lead with a trigger of its own, «Сярод вызваленых:», is `_colon_list`'s)
        group = self._counted_group_before(doc, findings, lead_sent)
        if group is None:
            return None
        if not self.linear:
            group = self._group_counted_in_lead(findings, lead_sent, group)
            if any(
                f.type != group.type
                and f.count is not None
                and not f.persons
                and f.trigger.sent == group.trigger.sent
                for f in findings
            ):
                return None  # «задержали троих, двоих уже отпустили. Вот они:»: which group is listed?
        # those a trigger in the lines already gave the event (`_colon_list` after «Гэта:»)
        told = {
            id(p)
            for f in findings
            if f.type == group.type and spans[0].start <= f.trigger.i < spans[-1].end
            for p in f.persons
        }
        persons = [p for p in persons if id(p) not in told]
        if not persons:
            return None
        return Membership(first, persons, group.type, group=group)

    def _item_names(self, span: Span, index: PersonIndex) -> list[Person]:
        """The names that open a list line past its marker, joined by «і», closed by a comma, a
        full stop, a semicolon, a bracket, a dash or the line's end («— X,», «1. X і Y, …»)."""
        words = _past_marker([x for x in span if not x.is_space])
        out: list[Person] = []
        k = 0
        while k < len(words):
            person = index.person_at(words[k])
            if person is None or person.name.lower() in self.lexicon.sets.get("generic_persons", ()):
                return []
            if person not in out:
                out.append(person)
            while k < len(words) and index.person_at(words[k]) is person:
                k += 1
            if k + 1 < len(words) and words[k].lower_ in ("і", "ды", "и"):
                k += 1
                continue
            break
        closers = (",", ".", ";", "(", "—", "–") if self.linear else (",", ".", ";", "(", "—", "–", ":")
        if k < len(words) and words[k].text not in closers:
            return []  # (Russian also «— X: из восьми лет он отбыл пять»)
        return out

    def _introduces_list(self, sent: Span, index: PersonIndex) -> bool:
        """A lead that introduces the list after it («Сярод іх:», «Вось іх імёны:», «Астатніх
        сем мы пералічваем ніжэй.», «Мы сабралі тых, чые імёны ўдалося ўстанавіць.»): it names
        nobody, ends in a colon or holds a word for names or for «below», and keeps nobody in
        custody, leaves nobody out and denies nothing («Не трапілі ў спіс:», «Застаюцца за
        кратамі:»)."""
        lex = self.lexicon
        every = self._past_fronted_besides([x for x in sent if not x.is_space], index)
        if not every or any(index.person_at(x) is not None for x in every):
            return False
        # «Спіс (будзе дапаўняцца):»: a bracketed aside tells of the list itself (that it will grow,
        # that it is not whole), not of its people; the lead is read without it, but words of those
        # still held, left out or kept («(тыя, хто застаўся за кратамі)») block it wherever they stand
        words = _outside_brackets(every)
        if not words:
            return False
        if self._any_word(every, (self._stay_kind(), "absent", "except", "custody")):
            return False
        kinds = ("negation", "blockers", "conditional", "agent_roles")
        if any(self._word_in(x, kind) for x in words for kind in kinds):
            return False
        stems = tuple(lex.sets.get("names_stems", ()))
        if words[-1].text in (":", ".") and len(words) <= 8 and self._here_what_opens(words):
            return True  # «Вось што вядома:», «Вось каго ўдалося ўстанавіць:», «Вось што пра іх вядома.»
        if words[-1].text == ":" and not self.linear and self._counted_part_of_them(words):
            return True  # «… к вечеру установил шестерых из них по сообщениям родственников:»
        if words[-1].text == ":":
            # only words of «these are», «among», «of them», «names», «known» and numbers: «Суддзі
            # па іх справах:» lists other people
            plain = set().union(
                *(lex.sets.get(kind, set()) for kind in ("these_are", "members", "of_them", "out_of")),
                *(lex.sets.get(kind, set()) for kind in ("names_known", "names_so_far")),
            )
            if len(words) <= 6 and all(
                x.lower_ in plain or x.lower_.startswith(stems) or x.like_num or x.lower_ in lex.numbers
                for x in words[:-1]
            ):
                return True
            # a longer lead that says whose identities follow: a word for names («праваабаронцы
            # змаглі назваць сем імёнаў:») or an indirect «who» question («удалося высветліць, хто
            # трапіў у спіс:»); a longer one with neither may list others («Іх абаранялі …:»)
            who = lex.sets.get("who_words", set())
            return any(x.lower_.startswith(stems) or x.lower_ in who for x in words)
        below = lex.sets.get("list_below", set())
        return any(x.lower_.startswith(stems) or x.lower_ in below for x in words)

    def _past_fronted_besides(self, words: list[Token], index: PersonIndex) -> list[Token]:
        """A lead's words past a fronted «besides» phrase, up to its comma («Акрамя X, Y і Z,
        праваабаронцы назвалі сем імёнаў:»): the phrase names those told before, whom the list
        adds to; it neither names the list's people nor leaves anyone out (`except`)."""
        lex = self.lexicon
        if not words or words[0].lower_ not in lex.sets.get("besides", ()):
            return words
        k = 1
        joins = {",", *lex.sets.get("and", ())}
        while k < len(words) and (index.person_at(words[k]) is not None or words[k].lower_ in joins):
            k += 1
        return words[k:]

    def _group_counted_in_lead(self, findings: list[Finding], lead: Span, group: Finding) -> Finding:
        """(Russian) «…, который признавал всех четырнадцать политзаключёнными, установил шестерых
        из них:»: a lead that counts the whole again points at the group of that size told before
        it (the pardon of 14), not at the latest group (a former pardon of 23 in between)."""
        lex = self.lexicon
        sizes = set()
        for x in lead:
            if is_number(x, lex) and not (x.i + 1 < lead.end and self._word_in(x.doc[x.i + 1], "out_of")):
                size, approximate = count_of(x, lex)
                if size is not None and not approximate:
                    sizes.add(size)
        if group.count in sizes or not sizes:
            return group
        sized = [
            f
            for f in findings
            if f.count in sizes and not f.persons and f.type == group.type and f.trigger.i < lead.start
        ]
        return max(sized, key=lambda f: f.trigger.i) if sized else group

    def _stay_kind(self) -> str:
        """The word set of staying behind: Belarusian keeps its forms (`remain`), Russian its
        verbs' lemmas (`stay_verbs`), so a list line «— X (остался в Беларуси)» is no member."""
        return "remain" if self.linear else "stay_verbs"

    def _counted_part_of_them(self, words: list[Token]) -> bool:
        """(Russian) «шестерых из них», «двоих из них»: an exact number right before «из» and «них»
        (`out_of`, `of_them`) says that the list after the lead names that part of the group the
        text counted before, whatever verb tells how the names were learned («установил»,
        «назвали», «удалось опознать»)."""
        lex = self.lexicon
        for k in range(len(words) - 2):
            number, out_of, them = words[k : k + 3]
            if not (self._word_in(out_of, "out_of") and self._word_in(them, "of_them")):
                continue
            if number.like_num or number.lower_ in lex.numbers:
                size, approximate = count_of(number, lex)
                if size is not None and not approximate:
                    return True
        return False

    def _here_what_opens(self, words: list[Token]) -> bool:
        """«Вось што вядома», «Вось каго ўдалося ўстанавіць», «Вось хто гэта»: «here» then a
        word of «what» or «who» open the line (a presentative that points at what follows)."""
        lex = self.lexicon
        forms = {*lex.sets.get("here_who_forms", ()), *lex.sets.get("here_what_forms", ())}
        here = lex.sets.get("here_words", ())
        return len(words) >= 3 and words[0].lower_ in here and words[1].lower_ in forms

    def _counted_group_before(self, doc: Doc, findings: list[Finding], lead: Span) -> Finding | None:
        """The latest group counted with no names, of a release, removal or detention, in the
        lead's paragraph or the one before it (or the one before that when the paragraph between
        is a quoted comment that tells no event: it keeps the topic); none when words of
        those still held or left out stand between it and the lead."""
        starts = [at for at, _ in text_lines(doc_text(doc)) if at <= lead.start_char]
        start = starts[-2] if len(starts) >= 2 else 0  # the lead's line and the one before it
        between = doc_text(doc)[starts[-2] : starts[-1]] if len(starts) >= 3 else ""
        quoted = any(mark in between for mark in ("«", '"', "„", "“"))
        if quoted and not any(starts[-2] <= f.trigger.idx < lead.start_char for f in findings):
            start = starts[-3]  # («Раней мы пісалі пра журналістаў.»: another topic, no comment)
        before = [
            f
            for f in findings
            if f.count is not None and not f.persons and start <= f.trigger.idx < lead.start_char
        ]
        if not before or max(before, key=lambda f: f.trigger.i).type not in _LIST_GROUPS:
            before = self._group_retold_up_to(findings, lead) if self.linear else []
        if not before:
            return None
        group = max(before, key=lambda f: f.trigger.i)
        if group.type not in _LIST_GROUPS:
            return None
        between = doc[group.trigger.i + 1 : lead.start]
        if self._any_word(between, (self._stay_kind(), "custody", "except")):
            return None
        if not self.linear and self._any_word(between, ("blockers", "conditional")):
            return None  # «Двое из них могут выйти позже. Назвали двоих из них:»: a hedged part
        return group

    @staticmethod
    def _group_retold_up_to(findings: list[Finding], lead: Span) -> list[Finding]:
        """(Belarusian) The latest group of a release, removal or detention counted before the
        lead, further back than its two paragraphs or behind a finding of another event, when
        the text told nothing else since: every finding between it and the lead names nobody
        and counts the same number (the group retold, its verdict participle too: «Памілаваныя
        14 асуджаных. / … 14 чалавек, асуджаных …, атрымалі памілаванне. … / Праваабаронцы
        высветлілі, хто трапіў у спіс:»), and every paragraph between them retells it. Empty
        when any other event came between, or a paragraph of another topic that tells no event
        («Раней мы пісалі пра лекараў.»: the list is not the group's)."""
        before = sorted((f for f in findings if f.trigger.i < lead.start), key=lambda f: f.trigger.i)
        counted = [f for f in before if f.count is not None and not f.persons and f.type in _LIST_GROUPS]
        if not counted:
            return []
        group = counted[-1]
        later = [f for f in before if f.trigger.i > group.trigger.i]
        if any(f.persons or f.count != group.count for f in later):
            return []
        starts = [at for at, _ in text_lines(doc_text(lead.doc))]
        told = {bisect_right(starts, f.trigger.idx) for f in later}
        first, last = bisect_right(starts, group.trigger.idx), bisect_right(starts, lead.start_char)
        return [group] if all(k in told for k in range(first + 1, last)) else []

    def _set_off_members(self, doc: Doc, index: PersonIndex, findings: list[Finding]) -> list[Membership]:
        """(Belarusian) Names set off by a colon or a dash in a sentence that points back to a
        group counted just before with no names, by its size or part («Імёны трох удалося
        ўстанавіць: гэта A, B і C», «Двое — A і B — застаюцца ў ІЧУ», «імя вядомае толькі
        аднаго — X»), by a demonstrative («у гэтай шасцёрцы — A і B») or by an indirect «who»
        («стала вядома, хто трапіў пад гэтую хвалю: A і B»): they are members of that group. Not
        more names than the size the sentence tells or the group counts; not in a sentence that
        tells an event of its own, judges, negates or hedges, nor one that speaks unless «гэта»
        after the mark says who they are («паведаміў праваабаронца — X» is the teller); names
        told as still held («застаюцца») join the detention, not the release of the rest."""
        if not self.linear:
            return []
        out: list[Membership] = []
        for sent in doc.sents:
            mark = self._set_off_mark(sent, index)
            if mark is None:
                continue
            names = distinct([p for r, p in index.mention_roots() if r.sent == sent and r.i > mark.i])
            size = self._back_reference(sent[: mark.i - sent.start])
            if not names or size is None or (size and len(names) > size):
                continue
            kinds = ("negation", "conditional", "blockers", "agent_roles", "absent", "except")
            if self._any_word(sent, kinds):
                continue
            if self._any_word(sent, ("speech",)) and not self._word_in(doc[mark.i + 1], "they_are"):
                continue  # «паведаміў праваабаронца — X»: the teller, unless «: гэта X» names them
            held = self._any_word(sent, ("remain", "custody"))
            group = self._group_pointed_back(doc, findings, sent, mark, held)
            if group is None or (group.count is not None and len(names) > group.count):
                continue
            told = {id(p) for f in findings if f.type == group.type for p in f.persons}
            names = [p for p in names if id(p) not in told]
            if names:
                out.append(Membership(mark, names, group.type, group=group))
        return out

    def _set_off_mark(self, sent: Span, index: PersonIndex) -> Token | None:
        """The colon or dash of `sent` the first name after it follows at once or past a short
        description («: гэта былі ягоныя калегі X», «— 27-гадовага вадзіцеля X»): words,
        numbers, ages, «гэта» and a past copula, no verb of its own and no comma."""
        lex = self.lexicon
        verbs = (*lex.sets.get("active_past_endings", ()), "лі")
        copula = lex.sets.get("copula_past", set())
        for mark in sent:
            if mark.text not in (":", "—", "–"):
                continue
            for x in sent[mark.i - sent.start + 1 : mark.i - sent.start + 10]:
                if index.person_at(x) is not None:
                    return mark
                # (a place or an employer's name may stand in the description: «настаўніца
                # Слуцкай гімназіі №1 X»)
                plain = x.is_alpha and (x.lower_ in copula or not (x.is_lower and x.lower_.endswith(verbs)))
                if not (plain or x.like_num or _AGE_ADJECTIVE.match(x.text) or x.text in ("-", "№")):
                    break
        return None

    def _back_reference(self, words: Span) -> int | None:
        """How the words before the mark point back to a group: the size they tell (a number or
        a collective numeral: «трох», «двое», «аднаго»), 0 for a pointer without a size (a
        demonstrative or a group noun of it, `group_back_words`; an indirect «who»), None for
        none."""
        lex = self.lexicon
        for x in reversed(words):  # (the nearest: «затрымалі чатырох …, але вядомае імя аднаго —»)
            if x.like_num or x.lower_ in lex.numbers:
                if self._size_of_other_noun(x, words):
                    return None  # «Адзін з адвакатаў — X», «пра дваіх суддзяў: …»: another group
                value = number_value([x], lex)
                if value is not None and value == int(value) and value >= 1:
                    return int(value)
        back = {*lex.sets.get("group_back_words", ()), *lex.sets.get("who_words", ())}
        return 0 if any(x.lower_ in back for x in words) else None

    def _size_of_other_noun(self, x: Token, words: Span) -> bool:
        """A size that counts a noun of its own right after it (past «з»): «дваіх суддзяў»,
        «адзін з адвакатаў» — a noun in the genitive plural of a noun (`noun_plural_genitive`),
        not a pronoun or a participle noun that points back («адзін з іх», «двое з затрыманых»)."""
        k = x.i + 1
        if k < words.end and self._word_in(x.doc[k], "out_of"):
            k += 1
        if k >= words.end:
            return False
        nxt = x.doc[k]
        endings = tuple(self.lexicon.sets.get("noun_plural_genitive", ()))
        return nxt.is_alpha and nxt.is_lower and bool(endings) and nxt.lower_.endswith(endings)

    def _group_pointed_back(
        self, doc: Doc, findings: list[Finding], sent: Span, mark: Token, held: bool
    ) -> Finding | None:
        """The group counted with no names that the latest finding before the mark tells, in the
        sentence's paragraph or the one before, with its own trigger the only one in the
        sentence; for names told as held, the detention before a release of the rest
        («затрымалі сямёра. Пяцярых адпусцілі. Двое — …»)."""
        if any(sent.start <= t.i < sent.end and t.i >= mark.i for t, _, _ in self._sent_rules):
            return None
        starts = [at for at, _ in text_lines(doc_text(doc)) if at <= sent.start_char]
        start = starts[-2] if len(starts) >= 2 else 0
        before = sorted((f for f in findings if f.trigger.i < mark.i), key=lambda f: f.trigger.i)
        for f in reversed(before):
            if f.trigger.idx < start or f.persons:
                return None
            if f.count is None and f.type in _LIST_GROUPS:
                continue  # («затрымалі і … адвезлі ў ізалятар»: the group's own next verb)
            if f.count is None or f.type not in _LIST_GROUPS:
                return None
            if held and f.type == "release":
                continue  # the rest let go: the held names are of the detention before
            if held and f.type != "arrest":
                return None
            own = [t for t, _, _ in self._sent_rules if sent.start <= t.i < mark.i]
            return f if all(t.i == f.trigger.i for t in own) else None
        return None

    def _any_word(self, words, kinds: tuple[str, ...]) -> bool:
        """Some word of `words` is in one of the word sets `kinds` the language keeps (Russian keeps
        no «remain»: its rules read staying by the parse)."""
        sets = self.lexicon.sets
        return any(self._word_in(x, kind) for kind in kinds if kind in sets for x in words)

    def _names_lead_in(self, line: Span) -> bool:
        """(Belarusian) «Удалося пацвердзіць пяць прозвішчаў:», «Вядомыя імёны:»: a line under a
        section heading that ends in a colon after a word for names (`names_stems`) leads in the
        section's list; it tells no event and ends no section."""
        lex = self.lexicon
        words = [x for x in line if not x.is_space]
        stems = tuple(lex.sets.get("names_stems", ()))
        if not (words and stems and words[-1].text == ":"):
            return False
        k = next((k for k, x in enumerate(words) if x.lower_.startswith(stems)), None)
        if k is None or any(line.start <= t.i < line.end for t, _, _ in self._sent_rules):
            return False
        # only a size or «known» after the word («імёны двух чалавек:»), not whose («імёны суддзяў:»)
        fillers = lex.sets.get("names_known", set()) | lex.sets.get("people_words", set())
        return all(x.like_num or x.lower_ in lex.numbers or x.lower_ in fillers for x in words[k + 1 : -1])

    @staticmethod
    def _heading_groups(findings: list[Finding], memberships: list[Membership]) -> None:
        """(Belarusian) A section heading of profiles points back to the latest group of its event
        counted before it with no names («памілаваў 14 асуджаных … Вярнуліся дадому»): its
        members are that group's, not those of a nearer group of another event."""
        for m in memberships:  # (only a heading's membership tells its event: `_heading_members`)
            if not (m.tells_event and m.type and m.count is None and m.group is None and m.persons):
                continue
            counted = [
                f
                for f in findings
                if f.type == m.type and f.count is not None and not f.persons and f.trigger.i < m.token.i
            ]
            # the size the headline tells is the article's group: «Памілаваныя 16 … памілаваў 16
            # чалавек. У сакавіку адпусцілі 23 …» — the profiles are of the 16, not the 23 before
            doc = m.token.doc
            headline = next((x.i for x in doc if "\n" in x.text), len(doc))
            told = {f.count for f in counted if f.trigger.i < headline}
            counted = [f for f in counted if f.count in told] or counted
            if counted and "\n" in doc[counted[-1].trigger.i : m.token.i].text:
                m.group = counted[-1]

    def _memberships(self, doc: Doc, index: PersonIndex, triggers: set[int]) -> list[Membership]:
        """«Среди освобождённых — X и Y», «среди них X», «в том числе X»; «в Литве оказались X»."""
        out: list[Membership] = self._heading_members(doc, index)
        out += self._all_of_list_abroad(doc, index, triggers)
        lex = self.lexicon
        for t in doc:
            size = self._one_of_counted(t, triggers) or self._ordinal_member(t, triggers)
            if size is not None:
                # the names of the clause after it (up to its finite verb) are that group's
                stop = next(
                    (
                        x.i
                        for x in doc[t.i + 1 : t.sent.end]
                        if x.pos_ in ("VERB", "AUX")
                        and not self._copula_before_name(x)
                        and not (x.i < t.i + 5 and self._ordinal_in_list(t))  # «… в списке значится X»
                    ),
                    t.sent.end,
                )
                named = [p for r, p in index.mention_roots() if r.sent == t.sent and t.i < r.i <= stop]
                if named:  # one of them, one person («…Халилов, сосед Аметовых»: not the owner)
                    out.append(Membership(t, named[:1], None, count=size))
                continue
            if self._landed_abroad(t):
                landed = self._landed_members(t, index) if self._landed_with_removal(t, triggers) else None
                if landed is not None:
                    out.append(landed)
                continue
            if self._they_are(t, index):
                persons = []
                for x in t.sent:
                    person = index.person_at(x)
                    if person is not None and all(person is not q for q in persons):
                        persons.append(person)
                label = self._names_label_before(t)
                size = None if self.linear or label is not None else self._size_told_before(t.sent)
                out.append(Membership(t, persons, label, tells_event=label is not None, count=size))
                continue
            named_part = self._named_part(t, index) if not self.linear else None
            if named_part is not None:
                out.append(named_part)
                continue
            if self._known_of_some(t, index):
                persons = []
                for root, person in index.mention_roots():
                    if root.sent == t.sent and root.i > t.i and person not in persons:
                        persons.append(person)
                out.append(Membership(t, persons, None))
                continue
            if (label := self._names_label(t)) is not None:
                persons = []
                for root, person in index.mention_roots():
                    if root.sent == t.sent and root.i > t.i + 1 and all(person is not q for q in persons):
                        persons.append(person)
                if persons:
                    out.append(Membership(t, persons, label, tells_event=True))
                continue
            if self._names_of_them(t, index):
                persons = []
                # the list ends at a finite verb («…, сообщил адвокат X»: the source, not a name;
                # with a parse only, Belarusian parts of speech are guesses)
                start = t.i
                stop = self._finite_after(t)
                told = self._told_list_mark(t, stop, index)
                if told is not None:
                    start, stop = told.i, self._finite_after(told)
                for root, person in index.mention_roots():
                    if root.sent == t.sent and start < root.i < stop and person not in persons:
                        persons.append(person)
                # «Имена четверых из них …»: «них» is the group the sentence before counted
                size = self._size_told_before(t.sent) if not self.linear and self._of_them_after(t) else None
                if persons:
                    out.append(Membership(t, persons, None, count=size))
                continue
            if (
                t.lower_ not in lex.sets["members"]
                and t.lower_ not in lex.sets["lists"]
                and not self._besides_named(t)
                and not self._one_of(t)
            ):
                continue
            nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
            if t.lower_ in ("числе", "ліку") and (nxt is None or nxt.like_num):
                continue
            if (
                t.lower_ in lex.sets["lists"]
                and not any(self._word_in(x, "join") for x in doc[t.sent.start : t.sent.end])
                and not self._present_in_list(t)
            ):
                continue  # «в списке также X» continues a list; «внесён в список …» does not
            label = self._group_label(t)
            if label is None and self._besides_named(t):
                label = self._label_before(t)
            if self._absent(doc[t.i : _semicolon_or_end(t)]):
                continue  # «среди помилованных нет X», «не оказалось X» (not «…; ещё двое просили не …»)
            before = doc[t.sent.start : t.i]
            if self._absent(doc[max(t.sent.start, t.i - 3) : t.i]):
                continue  # «Не оказалось среди помилованных X»: the absence told before the group
            if any(x.lower_ in lex.sets["members"] for x in before) and self._absent(before):
                continue  # «среди задержанных не оказалось лидеров, в том числе X»: X is absent too
            if label is None and self._tally_before(doc[t.sent.start : t.i], triggers):
                continue  # «за решёткой остаются 1100 политзаключённых, среди них X»: no event's group
            if label is None and self._unfreed_group_before(t, triggers):
                continue  # «заклікаюць вызваліць хворых палітвязняў. Сярод іх — X»: no event's group
            persons: list[Person] = []
            first = t.sent.end
            sents = self._semicolon_run(t.sent)
            for root, person in index.mention_roots():
                if root.sent.start in sents and root.i > t.i and person not in persons:
                    if root.i > _semicolon_or_end(t) and self._absent(_semicolon_clause(root)):
                        continue  # «Среди помилованных — X; Y в списке нет»
                    if _told_of_member(root, t, persons, index):
                        continue  # «включая X, осуждённого за убийство Y»: Y is told of X, no member
                    persons.append(person)
                    first = min(first, _mention_start(root, person, index))
            if persons and self.linear and self._membership_doubted(doc[max(t.sent.start, t.i - 3) : first]):
                continue  # «сярод вызваленых можа быць X», «магчыма, сярод іх і X»: a guess, no member
            if persons and self.linear and self._hearsay_denied_next(t):
                continue  # «сярод памілаваных называлі і X. Гэтая інфармацыя не пацвердзілася»
            if label is None and any(self._word_in(x, "custody") for x in doc[t.i + 1 : first]):
                label = "arrest"  # «среди тех, кто остаётся за решёткой, — X»: held, not freed
            if label is None and self.linear and self._rest_held_before(t):
                label = "arrest"  # «… сямёх адпусцілі, астатнія засталіся ў ІЧУ. Сярод іх — X»
            if persons:
                size = self._size_before_them(t) if label is None else None
                if label is None and size is None and not self.linear:
                    size = self._counted_whole_before(t)
                out.append(Membership(t, persons, label, count=size))
        return out

    def _rest_held_before(self, t: Token) -> bool:
        """(Belarusian) «Сярод іх» opening a sentence whose «іх» are those the sentence before
        keeps held after its last event («З 12 затрыманых сямёх адпусцілі, астатнія пяцёра
        засталіся ў ізалятары. Сярод іх — X»): a word of staying or of custody after the last
        trigger of that sentence. X is one of the held, so of the detention, not of the release."""
        doc = t.doc
        if t.i != t.sent.start or t.sent.start == 0:
            return False
        prev = doc[t.sent.start - 1].sent
        last = max((u.i for u, _, _ in self._sent_rules if prev.start <= u.i < prev.end), default=None)
        if last is None:
            return False
        return self._any_word(doc[last + 1 : prev.end], ("remain", "custody"))

    def _membership_doubted(self, words: Span) -> bool:
        """(Belarusian) a membership told as possible, not as fact: a word of a guess
        (`_guess_word`) between the group word's few words before it and the first name. The twin
        of the trigger's own hedges (`assertion`), which a membership's group word does not pass
        through."""
        return any(self._guess_word(x) for x in words)

    @staticmethod
    def _sized_groups(findings: list[Finding], memberships: list[Membership]) -> None:
        """«…задержали семерых. <paragraphs> Всего увезли семерых. Среди них — X»: a membership
        that says its group's size points back to the latest group event of that size told
        before it, however far back (a size names its group as a noun does)."""
        for m in memberships:
            if m.count is None or m.type is not None or m.group is not None:
                continue
            sized = [f for f in findings if f.count == m.count and f.trigger.i < m.token.i and not f.part]
            if sized:
                m.group = max(sized, key=lambda f: f.trigger.i)

    def _size_before_them(self, t: Token) -> int | None:
        """«Всего силовики увезли семерых мужчин. Среди них — X, Y и Z»: «среди них» opening a
        sentence names members of the group the sentence before counted; its one exact size lets
        the members join the event told of a group of that size (in the headline, paragraphs
        before), whatever that sentence's own verb."""
        doc, lex = t.doc, self.lexicon
        if t.i != t.sent.start or t.sent.start == 0 or t.i + 1 >= len(doc):
            return None
        if doc[t.i + 1].lower_ not in lex.pronouns.get("plural", ()):
            return None
        return self._size_told_before(t.sent)

    def _counted_whole_before(self, t: Token) -> int | None:
        """(Russian) «Девятерых освобождённых, в том числе Котович и Хомича, доставили к пункту
        пропуска»: the exact size of the counted phrase set right before «, в том числе» /
        «, включая» (up to three words back from the comma) is the size of the group the names
        are members of; like «Среди них» after a counted sentence (`_size_before_them`), it
        lets them join the event told earlier of a group of that size (the headline's «Девятерых
        вывезли к границе»), not merely the latest group (the pardon of 18). An approximate
        size («около 20 человек, в том числе») gives none."""
        doc, lex = t.doc, self.lexicon
        if t.lower_ not in ("числе", "включая"):
            return None
        k = t.i - 1
        while k > t.sent.start and doc[k].lower_ in ("в", "том"):
            k -= 1
        if doc[k].text != ",":
            return None
        for x in doc[max(t.sent.start, k - 3) : k]:
            if x.like_num or x.lemma_.lower() in lex.numbers:
                size, approximate = count_of(x, lex)
                return None if approximate else size
        return None

    def _size_told_before(self, sent: Span) -> int | None:
        """The one exact size the sentence before `sent` counts a group by («Шестерых мужчин
        увезли …»), which «них» / «это» opening `sent` points back to; None for none, several or
        an approximate one."""
        doc, lex = sent.doc, self.lexicon
        if sent.start == 0:
            return None
        sizes = set()
        for x in doc[sent.start - 1].sent:
            if not (self._word_in(x, "group_nouns") or x.lemma_.lower() in lex.numbers):
                continue
            size, approximate = count_of(x, lex)
            if approximate:
                return None
            if size is not None:
                sizes.add(size)
        return sizes.pop() if len(sizes) == 1 else None


def _told_of_member(root: Token, t: Token, members: list[Person], index: PersonIndex) -> bool:
    """«…, включая Вадима Красикова, осуждённого за убийство Зелимхана Хангошвили»: a name
    inside a participle's or a relative clause's phrase set off after a member already listed,
    hung on a noun of a thing or a preposition there, is said of that member (a victim, a
    case's owner), not one more member; a name after a person's noun, or past «,» or «и»
    after that phrase, starts the next item («X, осуждённого в мае, и журналистка Y»). Read along the
    words, as the parse may hang the phrase's nouns on the sentence's verb (session 56,
    heroes; census in docs/extract-ru-be.md)."""
    doc, person = root.doc, index.person_at(root)
    start = min((i for i, p in index.by_token.items() if p is person and t.i < i <= root.i), default=None)
    if start is None or not _thing_or_preposition(doc[start - 1]):
        return False
    listed = [i for i, p in index.by_token.items() if t.i < i < start and any(p is m for m in members)]
    if not listed:
        return False
    between = doc[max(listed) + 1 : start]
    opening = [x.i for x in between if x.i > between.start and doc[x.i - 1].text == "," and _describing(x)]
    # («…, отбывавший семь лет, и его коллега по корпусу Y»: «и» or a comma after the phrase
    # opens the next item, whatever noun the name hangs on)
    return bool(opening) and not any(x.lower_ in (",", "и", "а") for x in doc[opening[-1] : start])


def _thing_or_preposition(x: Token) -> bool:
    """A preposition or a noun of a thing («убийство», «дело»): what a name told of hangs on."""
    return x.pos_ == "ADP" or (x.pos_ == "NOUN" and "Inan" in x.morph.get("Animacy"))


def _describing(x: Token) -> bool:
    """A full participle or «который»: the opening of a phrase that describes the name before."""
    participle = "Part" in x.morph.get("VerbForm") and "Short" not in x.morph.get("Variant")
    return participle or x.lemma_ == "который"


def _past_marker(words: list[Token]) -> list[Token]:
    """A line's words past its list marker («1.», «2)», «—»): a numbered profile opens with its name."""
    if len(words) > 2 and words[0].like_num and words[1].text in (".", ")"):
        return words[2:]
    return words[1:] if len(words) > 1 and words[0].text in _BULLETS else words


# the parts of speech of a description set before a name in apposition: «58-летний учитель
# истории местного лицея X», «его сын X», «студентка АлтГУ X», «водитель маршрутки X»
_DESCRIPTION_POS = frozenset({"NOUN", "ADJ", "DET", "NUM", "PROPN"})


def _past_apposed_description(t: Token, index: PersonIndex) -> int:
    """(Russian) «Это 58-летний учитель истории местного лицея X, его сын Y …»: the index of the
    first word after `t` past a description of the first name, nouns and adjectives with their
    genitives (ages, possessives, an institution's abbreviation) up to seven words; no verb,
    preposition or adverb («Это уже второе дело против X» tells no list), nor a comma."""
    doc = t.doc
    k = t.i + 1
    if k < t.sent.end and doc[k].lower_ == "были":
        k += 1  # «Это были X и Y»
    while k < min(t.sent.end - 1, t.i + 9) and index.person_at(doc[k]) is None:
        x = doc[k]
        if x.text != "-" and not (x.pos_ in _DESCRIPTION_POS and not x.is_punct):
            return t.i + 1
        k += 1
    return k


def _ordinal_value(t: Token) -> int | None:
    """The place an ordinal word gives («Пятнадцатым», «третий»: 15, 3), by its lemma or its form."""
    return _ORDINAL_VALUES.get(t.lemma_.lower().replace("ё", "е")) or _ORDINAL_VALUES.get(t.lower_)
