"""Belarusian, read without a parse: events whose sentence names nobody («яго вызвалілі»,
«Затрыманая ў 2023-м …») take their person from a pronoun, a role noun, a profile's heading or
the names of the sentence; parentheticals between a name and its verb."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from vigil.extract.doctext import doc_text, first_line_end
from vigil.extract.findings import Finding, Person
from vigil.extract.ru.events.clauses import (
    _enumerator,
    _form_gender,
    _inflected,
    _mention_last,
    _mention_start,
    _timeline_line,
)
from vigil.extract.ru.events.words import (
    _LIST_ITEM,
    _OBLIQUE_PREPOSITIONS,
    _PARTICIPLE,
)
from vigil.extract.ru.lexicon import TriggerRule
from vigil.extract.ru.numbers import number_value
from vigil.extract.ru.persons import PersonIndex, pronoun_gender, sentences_back, surname_key


def _short_feminine(low: str) -> bool:
    """The short feminine participle a profile uses («Вызвалена ў студзені.», «Асуджана на тры
    гады»): the full form ends in «-ная», the short one in «-на» / «-та» after «е», «а», «я»."""
    return low.endswith(("ена", "ана", "яна", "ята", "ета"))


# endings of adjectives and participles in the oblique cases, no role noun («студэнцкага»)
_ADJECTIVE_ENDINGS = (
    *("ага", "яга", "ога", "ёга", "ы", "і", "ая", "яя", "ае", "ое", "ыя"),
    *("ія", "ых", "іх", "ым", "ім", "ай", "ой", "ую", "юю"),
)


class BackReferenceRules:
    """Belarusian events whose sentence names nobody; a mixin of `EventFinder`, whose `lexicon`, `linear` and
    other rules its methods use."""

    def _elided_subject(
        self, t: Token, index: PersonIndex, label: str = "", *, subject: bool = False
    ) -> list[Person]:
        """«X, 71 год. Пенсіянер з Барысава … У 2024 годзе асуджаны на 5 гадоў»: a short passive
        participle that opens its sentence after words of time only has the paragraph's
        person for its subject, the latest named there with the participle's gender. In a
        profile list (a heading line «X, 52 гады, настаўніца», then lines of a timeline or
        a paragraph with no name: «2021 — затрыманы …», «Асуджаная ў лістападзе …», «З
        верасня знаходзіцца ў СІЗА», «Затрыманыя ў снежні») the subject is the heading's
        person of that gender (its persons, for a plural). So is an active past whose subject
        undergoes it (`subject`: «атрымала N гадоў», «выйшаў на волю») after words of time: its
        subject is elided as a participle's is (a verb whose object undergoes it, «затрымала
        міліцыя яе сына», may have its subject after it)."""
        lex = self.lexicon
        doc = t.doc
        low = t.lower_
        # («X, 45 гадоў. … Таксама сярод вывезеных у Літву.»: «among» the group the participle
        # names, said of the profile's person)
        also = {*lex.sets.get("also_words", ()), *lex.sets.get("members", ())}
        lead = doc[t.sent.start : t.i]
        # «X, 27 гадоў, Мінск. … Таксама апынуўся ў Літве»: a sentence opened by «also» only is
        # the profile's as one opened by the verb itself
        opening = (t.i == t.sent.start and t.is_title) or (
            t.is_lower and len(lead) > 0 and lead[0].is_title and all(x.lower_ in also for x in lead)
        )
        if not (t.is_lower or opening):
            return []
        if self.linear and not opening and t.is_lower and _form_gender(t.lower_) in ("masc", "fem"):
            # «X, 63 гады, Гродна. Былы выкладчык, адбываў шэсць гадоў …»: a past verb right
            # after the profile's description of its person opens the sentence as if alone
            opening = self._past_role_lead(t, index) == t.i
        if self.linear and (self._term_phrase_opens(t) or self._term_label_opens(t)):
            # «X, 23 гады, студэнт. Два гады калоніі за каментары.», «… Тэрмін — пяць гадоў.»:
            # a profile's verbless term
            person = self._paragraph_opener(t, index, any_gender=True)
            return [person] if person is not None else []
        intervals = lex.sets.get("interval_words", ())
        start = self._after_fronted_participle(t)
        if start == t.sent.start:
            start = self._past_role_lead(t, index)
        start = self._past_reason_phrase(start, t, index)
        for x in doc[start : t.i]:
            if not (
                self._agreeing_copula(x, t)  # «Была асуджаная на тры гады», «Быў затрыманы …»
                or x.is_punct
                or x.like_num
                or x.lower_ in lex.numbers  # «праз дзесяць месяцаў асуджаны»
                or self._word_in(x, "dates")
                or x.lower_ in lex.sets.get("date_noise", ())
                or x.lower_ in lex.sets.get("time_adverbs", ())
                or x.lower_ in intervals
                or x.lower_ in also
            ):
                return []
        gender = "masc" if low.endswith(("ны", "ты")) else "fem" if low.endswith(("ная", "тая")) else None
        if gender is None and self.linear and _short_feminine(low):
            gender = "fem"
        if (
            gender is None
            and subject
            and self.linear
            and t.i > t.sent.start
            and low.endswith(("ла", "лася", "ў", "ўся"))
        ):
            # «X, 58 гадоў, бухгалтар. У 2023 годзе атрымала 4 гады калоніі»: an active past after
            # words of time only has the paragraph's person for its subject as a participle does
            gender = _form_gender(low)
        if gender is not None and t.is_lower:
            text = doc_text(doc)
            para = text.rfind("\n", 0, t.idx) + 1
            person = index.latest_before(t.i, gender, window_sents=3, exclude=self._agents)
            if person is not None and any(doc[a].idx >= para for a, _ in person.mentions if a < t.i):
                return [person]
        among = any(self._word_in(x, "members") for x in lead)  # a group's plural participle
        if among and any(x.text in ("—", "–", ":") for x in doc[t.i + 1 : t.sent.end]):
            return []  # «Сярод вызваленых — пенсіянерка з Ліды»: the members follow, no one elided
        if opening and self.linear:
            person = self._paragraph_opener(t, index, any_gender=among)
            if among and person is not None and id(person) in self._agents:
                person = None  # («Лукашэнка памілаваў 18 чалавек. Сярод вызваленых …»: who freed them)
            if person is not None:
                return [person]
        return self._heading_subject(t, index, label)

    def _past_reason_phrase(self, start: int, t: Token, index: PersonIndex) -> int:
        """(Belarusian) «За каментары пра вайну быў асуджаны на 5 гадоў», «За данаты асуджаная
        на тры гады»: a fronted reason («за» and its phrase, no name, verb or clause mark) before
        the copula or the participle is no subject of its own; where the words to judge begin."""
        doc = t.doc
        if not self.linear or start >= t.i or doc[start].lower_ != "за":
            return start
        end = next((x.i for x in doc[start + 1 : t.i] if self._agreeing_copula(x, t)), t.i)
        phrase = doc[start + 1 : end]
        if not 1 <= len(phrase) <= 8 or any(
            x.text in (",", ";", ":", "—", "–") or index.person_at(x) is not None or self._verb(x)
            for x in phrase
        ):
            return start
        return end

    def _agreeing_copula(self, x: Token, t: Token) -> bool:
        """A past copula of the participle's gender and number before it («Быў асуджаны двойчы»,
        «Была затрыманая», «Былі вывезеныя»), not the neuter of an impersonal «было затрымана»."""
        if not self.linear or x.lower_ not in self.lexicon.sets.get("copula_past", ()):
            return False
        gender = {"быў": "masc", "была": "fem", "былі": "plural"}.get(x.lower_)
        return gender is not None and _form_gender(t.lower_) == gender

    def _past_role_lead(self, t: Token, index: PersonIndex) -> int:
        """«X, 29 гадоў, Віцебск. Студэнтка-філолаг, асуджаная …», «Прадпрымальнік, затрыманы
        …»: a profile's sentence may open with its person's trade and a comma before the
        participle; the words of time after that comma are what must stand before `t`."""
        doc = t.doc
        first = doc[t.sent.start]
        comma = next((x.i for x in doc[first.i + 1 : min(t.i, first.i + 5)] if x.text == ","), None)
        if comma is None or not first.text[:1].isupper():
            return t.sent.start
        lead = doc[first.i : comma]
        if any(
            not x.text.replace("-", "").isalpha() or index.person_at(x) is not None or self._verb(x)
            for x in lead
        ):
            return t.sent.start
        return comma + 1 if any(self._trade_word(x) for x in lead) else t.sent.start

    def _trade_word(self, x: Token) -> bool:
        """A noun of a person's trade or standing («настаўнік», «Студэнтка-філолаг»: the trade
        before the hyphen), so a profile's «Былы выкладчык універсітэта, адбываў …» opens with
        its person's description, not a subject of its own."""
        head = x.text.split("-")[0].lower()
        trades = self.lexicon.sets.get("trade_nouns", ())
        return (
            self._person_noun_gender(x) is not None
            or any(head.startswith(n) for n in self.lexicon.sets.get("group_nouns", ()) if len(n) >= 5)
            or any(head.startswith(n) for n in trades)
        )

    def _after_fronted_participle(self, t: Token) -> int:
        """«Затрыманы ў студзені, праз паўгоду асуджаны на …»: where the words before `t` start
        that must be of time only — past the last comma after a participle of the same gender
        that opens the sentence (both are said of one elided subject); else the sentence start."""
        doc = t.doc
        first = doc[t.sent.start]
        if self._agreeing_copula(first, t) and first.i + 1 < t.i:
            first = doc[first.i + 1]  # «Была затрыманая ў 2021 годзе, асуджаная …»
        gender = _form_gender(t.lower_)
        semicolons = [x.i for x in doc[first.i + 1 : t.i] if x.text == ";"]
        if self.linear and semicolons:
            first = self._past_after_adverbial(first, semicolons[0], t)
        if (
            self.linear
            and semicolons
            and (first.is_title or first.i > t.sent.start)
            and gender is not None
            and _form_gender(first.lower_) == gender
            and first.lower_.removesuffix("ся").endswith(
                tuple(self.lexicon.sets.get("active_past_endings", ()))
            )
        ):
            # «Трапіў за краты ў кастрычніку 2022 года; асуджаны на 5 гадоў»: a profile's clauses
            # after a past verb of the participle's gender opening the sentence, set apart by a
            # semicolon, share its elided subject whatever that verb tells
            return semicolons[-1] + 1
        if (
            first.i == t.i
            or gender is None
            or not (first.is_title or first.i > t.sent.start)
            or self.label_of_lemma.get(first.lemma_.lower()) is None
            or _form_gender(first.lower_) != gender
        ):
            return t.sent.start
        # («Трапіў за краты ў кастрычніку; асуджаны на 5 гадоў»: a semicolon sets the clauses of
        # one elided subject apart as a comma does)
        commas = [x.i for x in doc[first.i + 1 : t.i] if x.text in (",", ";")]
        return commas[-1] + 1 if commas else t.sent.start

    def _past_after_adverbial(self, first: Token, semicolon: int, t: Token) -> Token:
        """(Belarusian) «Да суда жыла дома; атрымала тры гады», «У 2020 годзе працаваў у школе;
        затрыманы …»: a profile's first clause may open with a short phrase of time or place (a
        preposition or a time adverb first, up to four words, no comma, no capitalised word
        after the first) before its past verb; that verb, of the trigger's gender, stands for
        the clause's opening as a verb that opens the sentence does. `first` itself otherwise."""
        doc = t.doc
        lex = self.lexicon
        if not (self._word_in(first, "prepositions") or first.lower_ in lex.sets.get("time_adverbs", ())):
            return first
        gender = _form_gender(t.lower_)
        endings = tuple(lex.sets.get("active_past_endings", ()))
        for x in doc[first.i + 1 : min(semicolon, first.i + 5)]:
            if x.text in (",", "—", "–", ":") or x.is_title or not (x.is_alpha or x.like_num):
                return first
            # («заставалася», «знаходзіўся»: a reflexive past)
            if (
                x.lower_.removesuffix("ся").endswith(endings)
                and gender is not None
                and _form_gender(x.lower_) == gender
            ):
                return x
        return first

    def _term_phrase_opens(self, t: Token) -> bool:
        """Only a term («Тры з паловай гады», «Два гады і тры месяцы») stands before `t` in
        its sentence, which opens with its number."""
        lex = self.lexicon
        units = {*lex.terms["year"], *lex.terms["month"]}
        lead = t.doc[t.sent.start : t.i]
        return (
            len(lead) >= 2
            and (lead[0].like_num or lead[0].lower_ in lex.numbers)
            and any(x.lower_ in units or x.lemma_.lower() in units for x in lead)
            and all(
                x.like_num
                or x.lower_ in lex.numbers
                or x.lower_ in units
                or x.lemma_.lower() in units
                or x.lower_ in ("і", "з", "паловай", "палова")
                for x in lead
            )
        )

    def _term_label_opens(self, t: Token) -> bool:
        """`t` is a term noun that opens its sentence before a dash or a colon («Тэрмін — пяць
        гадоў калоніі.», «Пакаранне: тры гады»): a profile's verbless line of its term."""
        doc = t.doc
        if (
            t.i == t.sent.start
            and t.lower_ in self.lexicon.sets.get("term_label_adjectives", ())
            and t.i + 1 < t.sent.end
        ):
            t = doc[t.i + 1]  # «Першы прысуд — 4 гады»: which verdict, then the label noun
            if t.lemma_.lower() not in self.lexicon.sets.get("term_label_nouns", ()):
                return False
            nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
            return nxt is not None and nxt.text in ("—", "–", "-", ":")
        nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
        return (
            t.i == t.sent.start
            and t.lemma_.lower() in self.lexicon.sets.get("term_label_nouns", ())
            and nxt is not None
            and nxt.text in ("—", "–", "-", ":")
        )

    def _paragraph_opener(self, t: Token, index: PersonIndex, *, any_gender: bool = False) -> Person | None:
        """«X, фармацэўтка з Кобрына. Затрыманая ў 2023-м … Вывезеная ў Польшчу.»: a sentence
        of a profile paragraph that opens with a participle or a past verb of one gender has
        for its subject the person whose name opens the paragraph, when no one else is named in
        the paragraph before it (not a sentence that opens a paragraph itself)."""
        gender = _form_gender(t.lower_) or ("fem" if _short_feminine(t.lower_) else None)
        if gender not in ("masc", "fem") and not any_gender:
            return None
        doc = t.doc
        text = doc_text(doc)
        para = text.rfind("\n", 0, t.idx) + 1
        # «2. X, 35 гадоў, медсястра. Адбывала …»: a numbered or dashed line's marker is no word
        marker = _LIST_ITEM.match(text, para)
        para = marker.end() if marker and marker.end() <= t.idx else para
        if para == doc[t.sent.start].idx:
            return None
        named = {id(p): p for x in doc[: t.i] if x.idx >= para and (p := index.person_at(x)) is not None}
        if len(named) != 1:
            return None
        person = next(iter(named.values()))
        if not any_gender and person.gender not in (None, gender):
            return None
        first = next((x for x in doc[: t.i] if x.idx >= para and not x.is_space), None)
        if first is not None and index.person_at(first) is person:
            return person
        return person if not any_gender and self._sole_name_just_before(t, person, index) else None

    def _sole_name_just_before(self, t: Token, person: Person, index: PersonIndex) -> bool:
        """«Сям'і дапамагае X. Сам былы палітвязень, вызваліўся вясной …»: a sentence opened by
        its past verb (or a description and a comma) drops the subject of the sentence just
        before, when that sentence names only `person`, not as one who tells or judges, and
        not as an agent of the trigger's kind."""
        doc = t.doc
        if t.sent.start == 0 or id(person) in self._agents:
            return False
        rule = next((r for u, r, _ in self._sent_rules if u.i == t.i), None)
        if self._active_past(t) and (rule is None or rule.patient != "subject"):
            return False  # «Суд вёў X. Асудзіў на тры гады»: the dropped subject of «асудзіў» acted
        before = doc[t.sent.start - 1].sent
        if "\n" in doc[before.end - 1 : t.sent.start + 1].text:
            return False
        named = {id(p) for x in before if (p := index.person_at(x)) is not None}
        if named != {id(person)}:
            return False
        kinds = ("speech", "agent_roles", "possessors")
        return not any(self._word_in(x, kind) for x in before for kind in kinds)

    def _heading_subject(self, t: Token, index: PersonIndex, label: str = "") -> list[Person]:
        """The persons of the profile heading the trigger's lines stand under: the nearest line
        before with a name opens with that name and is no sentence (no full stop at its end),
        at most six lines back; the trigger's ending picks the one of its gender, all of them
        for a plural."""
        doc = t.doc
        text = doc_text(doc)
        low = t.lower_
        if t.sent.start > 0 and "\n" not in doc[t.sent.start - 1].text_with_ws:
            return []  # the sentence opens a line of the profile, not the middle of a story
        if not doc[t.sent.start].is_title and not _timeline_line(t):
            # a timeline's line («2021 — затрыманы …», «май 2024 — асуджаная …») gives its
            # arrest or sentence to the heading's person of the participle's gender; its other
            # events (a release later on the line, a transfer) brought releases no article told
            return []
        line_start = text.rfind("\n", 0, t.idx) + 1
        if text[line_start : line_start + 1] in ("—", "–", "-", "«", '"') or any(
            x.lower_ in self.lexicon.pronouns["first"] for x in doc[t.sent.start : t.sent.end]
        ):
            return []  # an interview's answer or a quote: the speaker's words
        lex = self.lexicon
        units = {*lex.terms["year"], *lex.terms["month"]}
        for x in doc[t.sent.start : t.sent.end]:
            if x.i == t.i or _enumerator(x) or not (x.like_num or x.lower_ in lex.numbers):
                continue
            if x.i > 0 and doc[x.i - 1].text in ("№", "N", "#"):
                continue  # «СІЗА №8»: a number that names
            after = doc[x.i + 1 : min(t.sent.end, x.i + 4)]
            if self._word_in(x, "collective") or any(
                self._word_in(a, "group_nouns") and not (a.lower_ in units or a.lemma_.lower() in units)
                for a in after
            ):
                return []  # «Вызвалілі яшчэ дваіх», «Вызваленыя 12 чалавек»: a counted group of its own
        for x in doc[t.i + 1 : t.sent.end]:
            if (
                x.is_lower
                and any(self._word_in(x, kind) for kind in ("generic_persons", "role_nouns", "group_nouns"))
                and x.lemma_.lower() not in self.label_of_lemma  # «затрыманы, асуджаны …»: a trigger
                and doc[x.i - 1].lower_ not in _OBLIQUE_PREPOSITIONS
            ):
                return []  # «Затрыманы таксама пенсіянер з Оршы»: the participle's own subject
        gender = _form_gender(low)
        if gender is None and not low.endswith(("цца", "ецца")):
            return []
        end = text.rfind("\n", 0, t.idx)
        for _ in range(6):
            if end <= 0:
                return []
            start = text.rfind("\n", 0, end) + 1
            line = text[start:end].strip()
            named: list[Person] = []
            first = None
            for person in index.persons:
                for a, _b in person.mentions:
                    if start <= doc[a].idx < end:
                        if person not in named:
                            named.append(person)
                        first = a if first is None else min(first, a)
            if line and not named and not (line.endswith(";") or line[:1].isdigit()):
                return []  # only the lines of a timeline («2021 — …;») stand between heading and line
            if named:
                if first is None or doc[first].idx != start or line.endswith((".", "!", "?", "»", ":")):
                    return []
                # the names open the line and a comma or the line's end closes them: «X, 52
                # гады, бухгалтар», «X і Y Z, сужэнцы» (not a title «X памілаваў 16 чалавек»)
                k = first
                while (
                    k < len(doc)
                    and doc[k].idx < end
                    and (index.person_at(doc[k]) is not None or doc[k].lower_ in ("і", "ды", ","))
                ):
                    k += 1
                if k < len(doc) and doc[k].idx < end and doc[k - 1].text != ",":
                    return []
                if not (doc[k - 1].text == "," or (k < len(doc) and doc[k].text in ("—", "–", "("))):
                    return []  # a line of names alone is a byline or a caption, not a profile
                named = [p for p in named if id(p) not in self._agents]
                if gender == "plural":
                    return named if len(named) >= 2 else []
                fit = [p for p in named if gender is None or p.gender in (gender, None)]
                return fit if len(fit) == 1 and (gender is not None or len(named) == 1) else []
            end = start - 1
        return []

    def _adjacent_pronoun(
        self, t: Token, index: PersonIndex, rule: TriggerRule | None = None
    ) -> Person | None:
        """«X вызвалілі, але … вывезлі яго на мяжу»: a singular pronoun right beside a trigger
        that took none of the sentence's names is its patient, the latest person of its gender
        (not a possessive «яго брата»: after the trigger, only a preposition or a stop follows)."""
        lex = self.lexicon
        doc = t.doc
        sent = t.sent
        for k in (t.i + 1, t.i - 1):
            if not sent.start <= k < sent.end:
                continue
            x = doc[k]
            gender = pronoun_gender(x, lex)
            if not gender or x.lower_ in lex.pronouns["plural"] or x.lower_ in lex.pronouns["first"]:
                continue
            if self._pronoun_agent(x, t, rule):
                continue  # «яна прызнала»: who judged, not who was judged
            if k > t.i:
                nxt = doc[k + 1] if k + 1 < sent.end else None
                # («прызначыў ёй тры гады»: a term in words after a dative pronoun)
                if nxt is not None and not (
                    nxt.is_punct
                    or nxt.lower_ in lex.sets["location_prepositions"]
                    or nxt.like_num
                    or (self.linear and nxt.lower_ in lex.numbers)
                ):
                    continue
            if self._unnamed_subject(x, gender, index) or self._one_more_unnamed(x, index):
                continue
            return index.latest_before(x.i, gender, exclude=self._agents)
        x = self._pronoun_past_adverbial(t)
        if (
            x is not None
            and not self._unnamed_subject(x, pronoun_gender(x, lex), index)
            and not self._one_more_unnamed(x, index)
        ):
            return index.latest_before(x.i, pronoun_gender(x, lex), exclude=self._agents)
        return None

    def _latter(self, t: Token, index: PersonIndex) -> Person | None:
        """«… і пенсіянер X. Апошні адбываў тры гады»: «the latter» (or the demonstrative «Той»,
        «Тую»: «… ад сябра Паўла К. Той выйшаў на волю») opening a sentence that names nobody,
        right before a verb or participle, is the person of its gender named last (not «Апошні
        раз …», «Апошняя навіна …»: a noun follows; not when a person's noun follows that name:
        «X наведаў адвакат. Той …» is the lawyer)."""
        latter = self.lexicon.words.get("latter", {})
        doc = t.doc
        first = doc[t.sent.start]
        gender = latter.get(first.lower_)
        if gender is None or not first.is_title or first.i + 1 >= t.sent.end or first.i == 0:
            return None
        verb = doc[first.i + 1]
        if not (
            verb.is_lower and verb.lower_.endswith(tuple(self.lexicon.sets.get("latter_verb_endings", ())))
        ):
            return None
        person = index.latest_before(first.i, gender, exclude=self._agents)
        if person is None or self._noun_after_last_name(person, first):
            return None
        return person

    def _noun_after_last_name(self, person: Person, word: Token) -> bool:
        """A word for a person (a role, a trade, a relative) follows the last mention of `person`
        before `word` in that mention's sentence: «the latter» may be that noun."""
        doc = word.doc
        ends = [end for _, end in person.mentions if end <= word.i]
        if not ends:
            return False
        end = max(ends)
        sent = doc[end - 1].sent
        return any(
            x.is_lower
            and any(
                self._word_in(x, key) for key in ("role_nouns", "relation_forms", "possessors", "agent_roles")
            )
            for x in doc[end : min(sent.end, word.i)]
        )

    def _first_conjunct(self, t: Token, trigger_ids: set[int], index: PersonIndex) -> Token | None:
        """The verb of «… вярнулі ў Менск і (зноў) змясцілі …»: a past verb (no trigger) at most
        four words before the «і» that opens the trigger's conjunct, with no stop, name or number
        between them. None when the trigger does not follow «і»."""
        lex = self.lexicon
        doc = t.doc
        k = t.i - 1
        while k > t.sent.start and (
            doc[k].lower_ in lex.sets.get("time_adverbs", ()) or doc[k].lower_ == "зноў"
        ):
            k -= 1
        if k <= t.sent.start or doc[k].lower_ not in ("і", "ды"):
            return None
        for j in range(k - 1, max(t.sent.start, k - 5) - 1, -1):
            x = doc[j]
            if not x.is_alpha or index.person_at(x) is not None or j in trigger_ids:
                return None
            if (
                x.is_lower
                and x.lower_.endswith(("лі", "ла"))
                and len(x) > 4
                and not self.label_of_lemma.get(x.lemma_.lower())
            ):
                return x
        return None

    def _pronoun_past_adverbial(self, t: Token) -> Token | None:
        """«яе пад канвоем давезлі», «яго ўначы вывезлі»: a singular pronoun before the trigger
        with only a short adverbial between them (a preposition's phrase or a word of time right
        after the pronoun, no name, stop or other trigger) is the trigger's object as if it stood
        beside it. Not «яго брата вывезлі»: the word after the pronoun must open an adverbial."""
        lex = self.lexicon
        doc = t.doc
        opening = (
            set(lex.sets["location_prepositions"]) | set(lex.sets.get("time_adverbs", ())) | {"ноччу", "зноў"}
        )
        for k in range(t.i - 2, max(t.sent.start, t.i - 5) - 1, -1):
            x = doc[k]
            gender = pronoun_gender(x, lex)
            if gender:
                if x.lower_ in lex.pronouns["plural"] or x.lower_ in lex.pronouns["first"]:
                    return None
                after = doc[k + 1].lower_
                if after not in opening and "у" + after[1:] not in opening:  # «ўначы» is «уначы»
                    return None
                if k > t.sent.start and doc[k - 1].lower_ in lex.sets.get("according", set()):
                    return None  # «паводле яе …»
                return x
            if not (x.is_alpha and x.is_lower) or self.label_of_lemma.get(x.lemma_.lower()):
                return None
        return None

    def _linear_back_reference(
        self,
        t: Token,
        index: PersonIndex,
        trigger_ids: set[int],
        *,
        subject: bool = False,
        companions: bool = False,
    ) -> list[Person]:
        """A sentence with no name (or only the names of whom the patient went with, `companions`:
        «жанчыну ўзялі пад варту ў адзін дзень з X») whose event's patient is a word right beside the trigger:
        «Іх затрымалі ў студзені» after «A і B …» (the names coordinated in the sentence
        before); «Журналістку асудзілі» after «Журналістка Ларыса Ш. …» (the one person the
        article introduced with that role noun in the sentences before); «дзяўчыну вызвалілі»
        (the one woman named in the sentence before)."""
        lex = self.lexicon
        doc = t.doc
        if self._read_also(t):
            return []  # «Чытайце таксама: Гомельскую настаўніцу асудзілі …»: another story's headline
        near = [
            x
            for x in doc[max(t.sent.start, t.i - 2) : min(t.sent.end, t.i + 2)]
            if x.i != t.i and x.is_alpha and x.i not in trigger_ids
        ]
        generic = ("жанчын", "дзяўчын", "мужчын", "хлопц", "хлопец", "кабет")
        if not companions and any(r.sent == t.sent for r, _ in index.mention_roots()):
            # «Для Бараноўскай …, і жанчыну арыштавалі»: a generic noun right before the
            # trigger is the one person of that gender named earlier in the same sentence
            for x in near:
                if x.i < t.i and x.is_lower and x.lower_.startswith(generic) and len(x.text) <= 10:
                    gender = "fem" if x.lower_.startswith(("жанчын", "дзяўчын", "кабет")) else "masc"
                    named = {
                        id(p): p
                        for r, p in index.mention_roots()
                        if r.sent == t.sent and r.i < x.i and p.gender == gender
                    }
                    if any(self._word_in(y, "speech") for y in doc[t.sent.start : x.i]):
                        return []  # «Праваабаронца X паведаміў, што мужчыну затрымалі»: X tells
                    return list(named.values()) if len(named) == 1 else []
            return []
        if t.sent.start > 0:
            # the verdict noun opening a sentence with its term: «Справу X разглядаў суд …
            # Прысуд — чатыры гады калоніі» is the verdict of the one person named just before
            # («Праз паўгода суд вынес прысуд: шэсць з паловай гадоў калоніі» after «Восенню яго
            # затрымалі»: the verdict noun inside the sentence, its term past a colon or a dash, is
            # the same; the sentences before that name no one are looked over, up to
            # three back, as for a pronoun)
            first = doc[t.sent.start]
            verdicts = self.lexicon.sets.get("verdict_nouns", ())
            noun = doc[t.i + 1] if t.i + 2 < t.sent.end and doc[t.i + 1].lemma_.lower() in verdicts else t
            pronounced = (
                noun.i > t.sent.start
                and noun.i + 1 < t.sent.end
                and noun.lemma_.lower() in verdicts
                and doc[noun.i + 1].text in (":", "—", "–")
            )
            if (first.i == t.i and t.lemma_.lower() in verdicts) or pronounced:
                told = doc[t.sent.start - 1].sent
                for _ in range(2 if pronounced else 0):
                    if told.start > 0 and not any(r.sent == told for r, _ in index.mention_roots()):
                        told = doc[told.start - 1].sent
                named = {
                    id(p): p
                    for r, p in index.mention_roots()
                    if r.sent == told and id(p) not in self._agents and not self._agent_role(r, index)
                }  # («Пракурор X запытала сем гадоў»: who asked, not whose verdict)
                return list(named.values()) if len(named) == 1 else []
        if t.sent.start == 0:
            return []
        previous = doc[t.sent.start - 1].sent
        plural = lex.pronouns.get("plural", ())
        if t.i - 1 > t.sent.start and self._word_in(doc[t.i - 1], "members"):
            told = self._all_among(doc[t.sent.start : t.i - 1], index)
            if told is not None:
                return told
        for x in near:
            if x.lower_ not in ("іх", "яны") or x.lower_ not in plural:
                continue
            before = doc[x.i - 1] if x.i > t.sent.start else None
            if before is not None and self._word_in(before, "out_of"):
                each = doc[x.i - 2] if x.i - 2 >= t.sent.start else None
                if each is not None and self._word_in(each, "each"):
                    return self._coordinated_in(previous, index)  # «Кожны з іх атрымаў па тры гады»
                return []  # «з іх»: a part of a group
            if before is not None and self._word_in(before, "members"):
                return []  # «сярод іх»
            if self._pronoun_counted_before(doc[t.sent.start : x.i]):
                return []  # «суд асудзіў чатырох іншых адміністратараў — усе яны атрымалі …»: that group
            return self._they_past_members(t.sent, index)
        for x in near:
            family = self._kin_plural(x, t, index)
            if family:
                return family
        start = sentences_back(t.sent, 3)
        # words.json `time_units`: the stems of words for a span or a part of the day («праз двое
        # сутак», «пасля пяці гадзін», «у той жа дзень»), read as prefixes
        time_units = tuple(lex.words.get("time_units", ()))
        for x in near:
            if x.i == t.i + 1 and self._dative_role_after(t, x):
                holders = self._role_holders(x, 0, t.i, index)
                if len(holders) == 1:
                    return holders  # «Суд прызначыў праграмісту сем гадоў» after «праграміста X»
                if len(holders) > 1:
                    return []  # two people told with that role noun: which one, unknown
                if not self._verdict_object(t, x):
                    continue  # («пакараў мужчыну трыма гадамі»: an accusative in -у read on)
            if not (x.is_lower or x.i == t.sent.start) or len(x.text) < 5:
                continue
            if x.i > t.i and not self._verdict_object(t, x):
                continue  # given before the verb; after it («затрымалі жанчыну») a noun is new
            if x.lower_ in lex.terms["year"] or x.lemma_.lower() in lex.terms["year"]:
                continue  # «У 2023 годзе святара асудзілі»: the year of a date, no counted group
            if self._word_in(x, "dates"):
                continue  # «3 ліпеня жанчыну вызвалілі»: the month of a date, no counted group
            if x.lower_.startswith(time_units) or x.lemma_.lower() in lex.terms["month"]:
                continue  # «Праз двое сутак мужчыну адпусцілі»: a span of time, no counted group
            if x.i > 0 and (doc[x.i - 1].like_num or doc[x.i - 1].lower_ in lex.numbers):
                return []  # «Дзевяць чалавек высланыя»: a counted group
            if x.lower_.startswith(generic) and len(x.text) <= 10:
                told = previous
                for _ in range(2):
                    # «X памёр у калоніі. Яму быў 61 год. Мужчына адбываў …», «… памёр X. Мужчына
                    # памёр 2 снежня. ¶ Палітвязня затрымалі … Суд пакараў мужчыну …»: past
                    # sentences that name no one, up to three back (the pronouns' window)
                    if told.start > 0 and not any(r.sent == told for r, _ in index.mention_roots()):
                        told = doc[told.start - 1].sent
                if self._named_speaker(told, index):
                    return []  # «Пра гэта паведаміў праваабаронца X. Мужчыну затрымалі»: X tells, not X held
                gender = "fem" if x.lower_.startswith(("жанчын", "дзяўчын", "кабет")) else "masc"
                named = {id(p): p for r, p in index.mention_roots() if r.sent == told and p.gender == gender}
                return list(named.values()) if len(named) == 1 else []
            stem = x.lower_[: max(5, len(x.text) - 2)]
            holders: dict[int, Person] = {}
            for root, person in index.mention_roots():
                if not (start <= root.i < t.i):
                    continue
                first = _mention_start(root, person, index)
                for k in (first - 1, first - 2):
                    if k >= 0 and doc[k].lower_.startswith(stem) and doc[k].is_alpha:
                        holders[id(person)] = person
            if holders:
                return list(holders.values()) if len(holders) == 1 else []
            if x.i in index.descriptions:
                return [index.descriptions[x.i]]  # «Студэнт атрымаў два гады»: `_role_descriptions`
            headline = first_line_end(doc)
            if t.idx > headline:
                # «журналістка X» in the headline, «Журналістку затрымалі …» far below: the one
                # person the headline gave that role noun to (not someone a role noun named in
                # the body, who may be another of the same trade)
                for root, person in index.mention_roots():
                    if root.i >= start or root.idx > headline:
                        break
                    first = _mention_start(root, person, index)
                    for k in (first - 1, first - 2):
                        if k >= 0 and doc[k].lower_.startswith(stem) and doc[k].is_alpha:
                            holders[id(person)] = person
                if len(holders) == 1:
                    return list(holders.values())
            gender = self._role_gender(x)
            if gender is None and subject:
                # «… X асудзілі. 3 ліпеня палітвязень выйшаў на волю»: the role noun in the
                # nominative as the subject of a verb whose subject undergoes it
                gender = self._person_noun_gender(x)
            another = x.i > 0 and doc[x.i - 1].lower_ in (
                "іншую",
                "іншага",
                "другую",
                "другога",
                "адну",
                "аднаго",
            )
            if gender is not None and not another:
                # «X працавала ў школе. У верасні настаўніцу затрымалі»: a role noun no name
                # was given with is the one person of its gender the sentence before named
                told = previous
                if told.start > 0 and not any(r.sent == told for r, _ in index.mention_roots()):
                    told = doc[told.start - 1].sent
                if "\n" in doc[told.end - 1 : t.i].text or any(self._word_in(y, "speech") for y in told):
                    return []
                named = {id(p): p for r, p in index.mention_roots() if r.sent == told and p.gender == gender}
                if len(named) == 1 and self._other_trade(next(iter(named.values())), x, index):
                    return []
                return list(named.values()) if len(named) == 1 else []
        opening = self._opening_role(t)
        if opening is not None and (gender := self._role_gender(opening)) is not None:
            # «… няма Алены Рак. Юрыстку з Менску, якую ў 2023 годзе асудзілі на 10 гадоў, …»: the
            # role noun opening the sentence, past its town and a relative pronoun, is the one
            # person of its gender the sentence before named
            if "\n" in doc[previous.end - 1 : t.i].text or any(self._word_in(y, "speech") for y in previous):
                return []
            named = {id(p): p for r, p in index.mention_roots() if r.sent == previous and p.gender == gender}
            return list(named.values()) if len(named) == 1 else []
        return []

    def _verdict_object(self, t: Token, x: Token) -> bool:
        """«Суд пакараў мужчыну трыма гадамі», «прызнаў журналіста вінаватым», «асудзіў
        настаўніцу на два гады»: a person noun right after an active past verb of a verdict,
        itself followed by the verdict's term or guilt, is the given topic (the term is what is
        new), not a new person as the object closing «затрымалі жанчыну» is."""
        doc = t.doc
        if x.i != t.i + 1 or x.i + 1 >= t.sent.end or not self._active_past(t):
            return False
        if self.label_of_lemma.get(t.lemma_.lower()) != "sentence" and not t.lower_.startswith("прызна"):
            return False
        nxt = doc[x.i + 1]
        numbers = self.lexicon.numbers
        if nxt.lower_.startswith(("вінават", "віноўн")) or nxt.like_num or nxt.lower_ in numbers:
            return True
        after = doc[x.i + 2] if x.i + 2 < t.sent.end else None
        if nxt.lower_ not in ("на", "да") or after is None:
            return False
        return after.like_num or after.lower_ in numbers

    def _clause_role(self, t: Token, index: PersonIndex) -> list[Person]:
        """«… не змяніў прысуд X: палітвязень, як і раней, мае тры гады», «… не адпусцілі дадому:
        жанчыну вывезлі на мяжу і дэпартавалі», «X затрымалі ў маі. Палітвязня асудзілі …»: a
        person noun opening the trigger's clause (after a colon or a semicolon, else the
        sentence) that names nobody is the one person of its gender named before the clause in
        the sentence, or else in the sentence before (not across a paragraph or a speech)."""
        doc = t.doc
        sent = t.sent
        marks = [y.i for y in doc[sent.start : t.i] if y.text in (":", ";")]
        start = marks[-1] + 1 if marks else sent.start
        while start < t.i and (doc[start].is_punct or doc[start].is_space):
            start += 1  # «— Палітвязня …»: a list's dash
        if start >= t.i or any(index.person_at(y) is not None for y in doc[start : t.i + 1]):
            return []
        gender = self._person_noun_gender(doc[start])
        if gender is None and self.label_of_lemma.get(t.lemma_.lower()) == "sentence":
            gender = self._dative_role_gender(doc[start])  # «Палітвязню далі пяць гадоў»
        if gender is None:
            return []
        if marks:
            roots = [(r, p) for r, p in index.mention_roots() if r.sent == sent and r.i < start]
        else:
            if sent.start == 0:
                return []
            told = doc[sent.start - 1].sent
            for _ in range(2):
                # «X памёр у калоніі. Яму было 58 гадоў. Родным паведамілі …»: past sentences that
                # name no one, up to three back (the pronouns' window)
                if told.start > 0 and not any(r.sent == told for r, _ in index.mention_roots()):
                    told = doc[told.start - 1].sent
            if "\n" in doc[told.end - 1 : t.i].text or any(self._word_in(y, "speech") for y in told):
                roots = self._headline_roots(t, index)
            else:
                roots = [(r, p) for r, p in index.mention_roots() if r.sent == told]
        named = {id(p): p for r, p in roots if p.gender == gender and id(p) not in self._agents}
        if len(named) != 1:
            return []
        person = next(iter(named.values()))
        return [] if self._other_trade(person, doc[start], index) else [person]

    def _headline_roots(self, t: Token, index: PersonIndex) -> list[tuple[Token, Person]]:
        """«Былога палітвязня X зноў затрымалі» as the headline, then «Жыхара Віцебска, які …»
        opening the body: the names of the headline, when no name of anyone else stands between
        it and `t`'s sentence (the lead's role noun points back over a dateline and a paragraph;
        «Памёр палітвязень X» over «Палітвязень X памёр … ¶ Электрыка з Калінкавіч затрымалі …»:
        the headline's person told again in the body is still the one)."""
        head = first_line_end(t.doc)
        roots = index.mention_roots()
        headline = {id(p) for r, p in roots if r.idx < head}
        if t.idx <= head or any(head < r.idx < t.idx and id(p) not in headline for r, p in roots):
            return []
        if doc_text(t.doc)[:head].rstrip().endswith((".", "!", "?")):
            return []  # a first line that ends as a sentence is the article's first paragraph
        return [(r, p) for r, p in roots if r.idx < head]

    def _other_trade(self, person: Person, x: Token, index: PersonIndex) -> bool:
        """The article gave `person` a role noun of another stem than `x`'s right before a name
        («настаўніка X звольнілі. Журналіста затрымалі»: the journalist is someone else)."""
        doc = x.doc
        stem = x.lower_[:5]
        any_trade = tuple(self.lexicon.sets.get("any_trade_stems", ()))
        if x.lower_.startswith(any_trade):
            return False  # «жанчыну», «палітвязня»: said of anyone
        for a, _ in person.mentions:
            k = _mention_start(doc[a], person, index) - 1
            if (
                k >= 0
                and doc[k].is_alpha
                and doc[k].i != x.i
                and self._person_noun_gender(doc[k]) is not None
                and not doc[k].lower_.startswith((stem, *any_trade))
            ):
                return True
        return False

    def _person_noun_gender(self, x: Token) -> str | None:
        """The gender of a singular noun of a person in the nominative or the accusative
        («палітвязень», «палітвязня», «жанчыну», «журналістка», «настаўніцу»), None for any
        other word and for kin («дачку» is someone else)."""
        if not x.is_alpha or not (x.is_lower or x.is_sent_start) or len(x.text) > 14:
            return None
        low = x.lower_
        if self._word_in(x, "relation_forms") or any(
            low in forms for forms in self.lexicon.sets.get("kin_forms", {}).values()
        ):
            return None
        if low in ("жанчына", "жанчыну", "дзяўчына", "дзяўчыну", "кабета", "кабету"):
            return "fem"
        if low in ("мужчына", "мужчыну", "хлопец", "хлопца"):
            return "masc"
        gender = self._role_gender(x)
        if gender is not None:
            return gender
        singular = [
            n for n in self.lexicon.sets.get("group_nouns", ()) if len(n) >= 5 and n[-1] not in "аыяіх"
        ]
        if low in singular or any(n.endswith("ень") and low == n[:-3] + "ня" for n in singular):
            return "masc"
        fem = tuple(e[:-1] + "а" for e in self.lexicon.sets.get("role_fem_accusative", ()) if e.endswith("у"))
        if fem and low.endswith(fem) and len(low) >= 7:
            return "fem"
        return None

    def _dative_role_gender(self, x: Token) -> str | None:
        """The gender of a singular role noun in the dative («палітвязню», «пенсіянеру»,
        «журналістцы», «настаўніцы»): whom a verdict's term was given to («Палітвязню далі пяць
        гадоў»); None for any other word (Belarusian lexicon only)."""
        fem_acc = tuple(self.lexicon.sets.get("role_fem_accusative", ()))
        if not fem_acc or not x.is_alpha or not (x.is_lower or x.is_sent_start) or len(x.text) > 14:
            return None
        low = x.lower_
        fem = tuple(e[:-2] + "цы" if e[-2] in "кц" else e for e in fem_acc if e.endswith(("ку", "цу")))
        if len(low) >= 7 and low.endswith(fem):
            return "fem"
        singular = [
            n for n in self.lexicon.sets.get("group_nouns", ()) if len(n) >= 5 and n[-1] not in "аыяіхў"
        ]
        if any(low == n + "у" or (n.endswith("ень") and low == n[:-3] + "ню") for n in singular):
            return "masc"
        return None

    def _named_speaker(self, told: Span, index: PersonIndex) -> bool:
        """«Пра гэта паведаміў праваабаронца X», «X расказала»: a word of speech in `told` whose
        speaker is a name, within two words of it with no comma between (not «памёр X з Рэчыцы,
        паведамілі яго блізкія»: the name is told of, the kin tell)."""
        doc = told.doc
        for y in told:
            if not self._word_in(y, "speech"):
                continue
            lo, hi = max(told.start, y.i - 3), min(told.end, y.i + 4)
            for k in range(lo, hi):
                if index.person_at(doc[k]) is None:
                    continue
                a, b = sorted((k, y.i))
                if not any(z.text == "," for z in doc[a + 1 : b]):
                    return True
        return False

    def _dative_role_after(self, t: Token, x: Token) -> bool:
        """«прызначыў праграмісту сем гадоў»: a lower-case dative (-у, -ю, -е) right after an
        active past verb of a verdict is whom it was given to."""
        return (
            x.is_lower
            and x.is_alpha
            and len(x.text) >= 6
            and x.lower_.endswith(("у", "ю", "е"))
            and self._active_past(t)
            and self.label_of_lemma.get(t.lemma_.lower()) == "sentence"
        )

    def _role_holders(
        self, x: Token, start: int, end: int, index: PersonIndex, *, nouns_only: bool = False
    ) -> list[Person]:
        """The people named from token `start` to `end` with a role noun of `x`'s stem right
        before the name, or before the age told with it («34-гадовага праграміста X»)."""
        doc = x.doc
        stem = x.lower_[: max(5, len(x.text) - 2)]
        ages = tuple(self.lexicon.terms.get("compound_suffix", ()))
        holders: dict[int, Person] = {}
        for root, person in index.mention_roots():
            if not (start <= root.i < end):
                continue
            k = _mention_start(root, person, index) - 1
            while k >= 0 and (doc[k].like_num or doc[k].text in ("-", "–") or doc[k].lower_.endswith(ages)):
                k -= 1  # («34-гадовага праграміста»: the age first)
            before = k >= 0 and doc[k].is_alpha and doc[k].lower_.startswith(stem)
            if before and nouns_only and doc[k].lower_.endswith(_ADJECTIVE_ENDINGS):
                before = False  # «парафіі сьвятога Юрыя»: an adjective of the stem («сьвятар»)
            if not before and any(b - a >= 2 and a <= root.i < b for a, b in person.mentions):
                # (a full name only: «сьвятар парафіі сьвятога Юрыя» names a saint in the complement)
                before = self._role_before_complement(doc, k, stem, index)
            if before or self._role_set_off_after(root, person, stem, index):
                holders[id(person)] = person
        return list(holders.values())

    def _role_descriptions(self, doc: Doc, index: PersonIndex) -> dict[int, Person]:
        """(Belarusian) «… і 23-гадовы студэнт тэхнічнага ўніверсітэта Арцём Жук. … Студэнт атрымаў
        два гады …, таму з-пад варты яго вызвалілі», «39-гадовы мэбляр Андрэй С. … суд прызнаў
        мэбляра вінаватым і даў яму сем гадоў»: a singular role noun with no name after it is
        the one person the article gave that role noun to before it, however far back
        (`_role_holders`: the noun right before the name, before its age or before its genitive
        complement); the twin of the Russian `_descriptions`, so that the role noun and a pronoun
        after it refer to that person, not to the last one named. Nobody where two people were
        given the noun or no one; not a noun said of anyone («жанчына», «палітвязень»:
        `any_trade_stems`), a kin noun, a counted noun or one after a possessive («яе калега»), nor
        a noun of who acts in a case (`official_stems`: «пракурор», «суддзя», «адвакат»: «пасля
        апеляцыі пракурора … ён выйшаў на волю» is still the convict)."""
        any_trade = tuple(self.lexicon.sets.get("any_trade_stems", ()))
        officials = tuple(self.lexicon.sets.get("official_stems", ()))
        owners = self.lexicon.words.get("possessive_determiners", {})
        found: dict[int, Person] = {}
        for x in doc:
            if not x.is_alpha or not (x.is_lower or (x.is_sent_start and x.is_title)):
                continue
            if index.person_at(x) is not None or x.lower_.startswith(any_trade):
                continue
            if x.lower_.startswith(officials):
                continue  # «пасля апеляцыі пракурора … ён выйшаў»: who acts in a case is seldom its topic
            if self._word_in(x, "prepositions") or self.known_pos(x.text) not in (None, "NOUN"):
                continue  # «Сярод вызваленых», «памёр 64-гадовы X»: a word the dictionary knows as no noun
            if x.lower_ in self.lexicon.numbers:
                continue  # «Максіма Кавалевіча — трыма з паловай»: a number, not a noun
            beside = self._in_apposition(x, index)
            if beside is not None:
                found[x.i] = beside  # «Кастусём Гурыновічам, настаўнікам зь Ліды»: the name beside it
                continue
            if self._person_noun_gender(x) is None and (
                len(x.text) < 5
                or x.lower_.endswith(_ADJECTIVE_ENDINGS)
                or self._word_in(x, "relation_forms")
                or any(x.lower_ in forms for forms in self.lexicon.sets.get("kin_forms", {}).values())
            ):
                continue  # («мэбляра»: a trade noun the role-noun tables do not list is read by its holder)
            if x.i + 1 < len(doc) and index.person_at(doc[x.i + 1]) is not None:
                continue  # «студэнтку Ганну X»: the role before the name, the name itself
            before = doc[x.i - 1] if x.i > 0 else None
            if before is not None and (
                before.like_num
                or before.lower_ in self.lexicon.numbers
                or before.lower_ in owners
                or self._word_in(before, "possessors")
                or before.lower_ in self.lexicon.all_pronouns
                or self._post_held(before)
            ):
                continue
            told = self._role_holders(x, 0, x.i, index, nouns_only=True)
            if len(told) == 1:
                found[x.i] = told[0]
        return found

    def _post_held(self, y: Token) -> bool:
        """«вярнуўся на чыгунку памочнікам машыніста», «працаваў намесьнікам дырэктара»: a
        lower-case noun in the predicative instrumental (a noun's -ам, -ем, not an adjective's
        -ым, -ім, nor a kin or relation noun: «калегам машыніста» are his colleagues) names a
        post held; the role noun in the genitive after it is part of the post's name, said of
        no one in particular, not the one person the article gave that noun to."""
        low = y.lower_
        return (
            y.is_alpha
            and y.is_lower
            and len(low) >= 6
            and low.endswith(("ам", "ем"))
            and not self._word_in(y, "relation_forms")
            and self.known_pos(y.text) in (None, "NOUN")
        )

    def _role_before_complement(self, doc: Doc, k: int, stem: str, index: PersonIndex) -> bool:
        """«студэнт Берасцейскага тэхнічнага ўніверсітэта Арцём Жук», «кіроўца лясгаса X»: a role
        noun of the stem whose genitive complement (up to three words in a genitive ending, no
        name, stop or short word between) stands between it and the name is the name's role.
        Belarusian's by endings (no morphology): Russian's twin, by case and animacy, is
        `patients._before_complement`."""
        endings = tuple(self.lexicon.sets.get("genitive_complement_endings", ()))
        if not endings:
            return False
        for _ in range(3):
            if k < 1:
                return False
            x = doc[k]
            if not x.is_alpha or len(x.text) < 4 or index.person_at(x) is not None:
                return False
            if not x.lower_.endswith(endings) or x.lower_ in self.lexicon.all_pronouns:
                return False
            k -= 1
            y = doc[k]
            if y.is_alpha and y.is_lower and y.lower_.startswith(stem):
                return True
        return False

    def _role_set_off_after(self, root: Token, person: Person, stem: str, index: PersonIndex) -> bool:
        """«X — былы машыніст з Асіповічаў», «X, 34-гадовы праграміст, …»: a role noun of the
        stem set off after the name by a dash or a comma, past at most two lower-case words that
        describe it (an age, «былы»), is the name's own role as much as one before it."""
        doc = root.doc
        k = _mention_last(root, person, index, root.sent.end) + 1
        if k >= len(doc) or doc[k].text not in ("—", "–", ","):
            return False
        k += 1
        for _ in range(3):
            if k >= len(doc):
                return False
            x = doc[k]
            if x.is_alpha and x.lower_.startswith(stem):
                return True
            if not self._describes_role(x) or index.person_at(x) is not None:
                return False
            k += 1
        return False

    def _describes_role(self, x: Token) -> bool:
        """A word that may stand between a name set off by a comma or a dash and its role noun:
        an age («45-гадовы»), an adjective («былы»), «таксама»."""
        ages = tuple(self.lexicon.terms.get("compound_suffix", ()))
        return (
            x.like_num
            or x.text in ("-", "–")
            or (x.is_lower and x.lower_.endswith(ages))  # «45-гадовы»
            or (x.is_lower and x.is_alpha and x.lower_.endswith(("ы", "і", "ая", "ае")))  # «былы»
            or x.lower_ in ("таксама", "сам", "сама")
        )

    def _in_apposition(self, x: Token, index: PersonIndex) -> Person | None:
        """«у адным атрадзе з Кастусём Гурыновічам, настаўнікам зь Ліды»: a role noun set off
        right after a name by a comma or a dash (past at most two words that describe it,
        `_describes_role`) is that name's apposition, the person beside it, whoever else the
        article gave the noun to before."""
        doc = x.doc
        k = x.i - 1
        for _ in range(3):
            if k < 1:
                return None
            if doc[k].text in (",", "—", "–"):
                return index.person_at(doc[k - 1])
            if not self._describes_role(doc[k]):
                return None
            k -= 1
        return None

    def _addressee(self, t: Token, index: PersonIndex) -> Person | None:
        """An interview's question in the second person («Свабода: Вас затрымалі проста на
        працы?») is about whom it asks: the speaker of the next turn («X: Так, у 2022 годзе»),
        unless that answer opens with a negation."""
        second = self.lexicon.sets.get("second_person", set())
        doc = t.doc
        sent = t.sent
        words = [x for x in sent if not x.is_space]
        if not second or not words or words[-1].text != "?" or not any(x.lower_ in second for x in words):
            return None
        k = sent.end
        while k < len(doc) and "\n" not in doc[k - 1].text_with_ws:
            k += 1  # the next line
        while k < len(doc) and doc[k].is_space:
            k += 1
        label = next((e for e in doc.ents if e.start == k and e.label_ == "PER"), None)
        if label is None or label.end + 1 >= len(doc) or doc[label.end].text != ":":
            return None
        if doc[label.end + 1].lower_ in self.lexicon.sets["negation"]:
            return None
        # (a turn's label is no mention of its own: the person whose surname it ends with)
        key = surname_key(label[-1].text)
        named = [p for p in index.persons if len(p.tokens) > 1 and surname_key(p.tokens[-1]) == key]
        return named[0] if len(named) == 1 else None

    def _opening_role(self, t: Token) -> Token | None:
        """The lower-case word opening `t`'s sentence when only its town («з Менску»), a relative
        pronoun («, якую») and words of time («ў 2023 годзе», «у сакавіку») stand between it and
        the trigger: the noun the trigger's clause is told of."""
        doc = t.doc
        first = doc[t.sent.start]
        if first.i >= t.i - 1 or not first.is_alpha or first.i + 1 < len(doc) and doc[first.i + 1].is_title:
            return None
        lex = self.lexicon
        years = lex.terms["year"]
        k = first.i + 1
        while k < t.i:
            x = doc[k]
            if x.norm_ in ("з", "са", "із") and k + 1 < t.i and doc[k + 1].is_title:
                k += 2
            elif (
                x.text == ","
                or x.lower_ in ("у", "ў", "ва")
                or x.like_num
                or self._word_in(x, "relative_words")
                or self._word_in(x, "dates")
                or x.lemma_.lower() in years
                or x.lower_ in years
            ):
                k += 1
            else:
                return None
        return first

    def _role_gender(self, x: Token) -> str | None:
        """The gender of a singular role noun in the accusative («настаўніцу», «журналістку»,
        «пенсіянера»), None for any other word (Belarusian lexicon only)."""
        fem = tuple(self.lexicon.sets.get("role_fem_accusative", ()))
        if not fem or not (x.is_lower or (x.is_sent_start and x.is_title)):
            return None
        low = x.lower_
        if low.endswith(fem):
            return "fem"
        singular = [
            n for n in self.lexicon.sets.get("group_nouns", ()) if len(n) >= 5 and n[-1] not in "аыяі"
        ]
        if low.endswith("а") and any(low == n + "а" for n in singular):
            return "masc"
        return None

    def _kin_plural(self, x: Token, t: Token, index: PersonIndex) -> list[Person]:
        """«Сужэнцаў затрымалі ў сакавіку», «Братоў асудзілі»: a plural noun of kin of one
        generation (brothers, sisters, spouses; words.json `kin_plurals`) told with the trigger
        is the one family named before it — the people of one surname with the genders the noun
        needs (two or more brothers, a man and a woman for spouses), not anyone a parent's word
        («маці X», «бацька, X») introduces."""
        kinds = self.lexicon.words.get("kin_plurals", {})
        kind = next((k for k, forms in kinds.items() if x.lower_ in forms), None)
        if kind is None or x.i > t.i + 1:
            return []
        doc = t.doc
        parents = self.lexicon.sets.get("parent_nouns", set())
        families: dict[str, list[Person]] = {}
        for person in index.persons:
            starts = [a for a, _ in person.mentions if a < t.sent.start]
            if len(person.tokens) < 2 or not starts:
                continue
            if any(y.lower_ in parents for a in starts for y in doc[max(0, a - 4) : a]):
                continue  # «Бацька хлопцаў, Уладзімір Ш.»: of the generation before
            families.setdefault(surname_key(person.tokens[-1]), []).append(person)
        fits = []
        for members in families.values():
            genders = sorted(p.gender or "" for p in members)
            same = {"brothers": "masc", "sisters": "fem"}.get(kind)
            fit = len(members) >= 2 and set(genders) == {same} if same else genders == ["fem", "masc"]
            if fit:
                fits.append(members)
        return fits[0] if len(fits) == 1 else []

    def _pronoun_counted_before(self, words: Span) -> bool:
        """A number before a plural pronoun in its own sentence, on a word after it («чатырох
        іншых адміністратараў», «52 палітвязняў»; not a year or a date): the pronoun stands for
        that counted group, not for people named in the sentences before."""
        lex = self.lexicon
        for x in words:
            if not (x.like_num or x.lower_ in lex.numbers) or x.i + 1 >= words.end:
                continue
            if x.is_digit and len(x.text) == 4:
                continue  # «у 2024 годзе»: a year counts no one
            nxt = x.doc[x.i + 1]
            if nxt.is_alpha and nxt.is_lower and not self._word_in(nxt, "dates"):
                if nxt.lower_ in lex.terms["year"] or nxt.lemma_.lower() in lex.terms["year"]:
                    continue  # («два гады»: a span, not a group)
                if nxt.lemma_.lower() in lex.terms["month"]:
                    continue
                return True
        return False

    def _they_past_members(self, sent: Span, index: PersonIndex) -> list[Person]:
        """«У клетцы — A і B. Побач сядзеў C. Усіх траіх абвінавачвалі … A-у дадаткова
        інкрымінавалі …» then «Арыштаваныя яны былі ў адзін дзень»: a plural pronoun stands for
        the latest list of names (`_coordinated_in`) or «усіх N» / «абодва» (the last N people
        named before it), past up to three sentences that name only members of it and tell of
        no other people in the plural («Адвакаты …», «сваякі …»: whom «яны» means, unknown)."""
        doc = sent.doc
        passed: set[int] = set()
        k = sent.start
        for _ in range(4):
            if k == 0:
                return []
            before = doc[k - 1].sent
            listed = self._coordinated_in(before, index) or self._all_of_named_before(before, index)
            if listed:
                return listed if passed <= {id(p) for p in listed} else []
            if any(self._people_plural(x) for x in before):
                return []
            passed |= {id(p) for r, p in index.mention_roots() if r.sent == before}
            k = before.start
        return []

    def _people_plural(self, x: Token) -> bool:
        """A plural noun of people or kin («адвакаты», «сваякі», «суседзі», «палітвязні»), words.json
        `people_plurals` and a group or role noun in a plural ending."""
        lex = self.lexicon
        if x.lower_ in lex.sets.get("people_plurals", ()) or x.lower_ in lex.sets.get("kin_plural_forms", ()):
            return True
        plural = tuple(lex.sets.get("plural_endings", ()))
        kinds = ("role_nouns", "agent_roles", "group_nouns")
        if x.lower_.endswith(("і", "ы")) and any(
            x.lower_[:-1] + end in lex.sets.get(kind, ()) for kind in kinds for end in ("а", "я")
        ):
            return False  # «абразу суддзі»: a noun in -а/-я has its genitive in -і/-ы too
        return x.is_lower and x.lower_.endswith(plural) and any(self._word_in(x, kind) for kind in kinds)

    def _all_of_named_before(self, sent: Span, index: PersonIndex) -> list[Person]:
        """«Усіх траіх абвінавачвалі …», «Абодва працавалі …» in a sentence that names nobody:
        the last N people named in the (up to three) sentences before it, when those sentences
        name exactly N, none of them only as a judge or a prosecutor."""
        lex = self.lexicon
        if any(r.sent == sent for r, _ in index.mention_roots()):
            return []
        words = list(sent)
        size = None
        for n, x in enumerate(words):
            if x.lower_ in ("абодва", "абодвух", "абедзве", "абедзвюх"):
                size = 2
            elif self._word_in(x, "all_of") and n + 1 < len(words):
                size = number_value([words[n + 1]], lex)
            if size:
                break
        if not size or size < 2:
            return []
        doc = sent.doc
        roots = sorted(index.mention_roots(), key=lambda rp: rp[0].i)  # once, not per sentence
        named: list[Person] = []
        k = sent.start
        for _ in range(3):
            if k == 0:
                return []
            before = doc[k - 1].sent
            here = [p for r, p in roots if r.sent == before and p not in named]
            if any(self._only_agent(p, index) for p in here):
                return []
            named = here + named
            if len(named) >= size:
                return named if len(named) == size else []
            k = before.start
        return []

    def _coordinated_in(self, sent: Span, index: PersonIndex) -> list[Person]:
        """The persons of a sentence when its names stand together as one list («A і B», «A, B
        і C»), two or more."""
        roots = [(r, p) for r, p in index.mention_roots() if r.sent == sent]
        persons: list[Person] = []
        last_end = None
        for root, person in sorted(roots, key=lambda rp: rp[0].i):
            first = _mention_start(root, person, index)
            if last_end is not None:
                gap = sent.doc[last_end:first]
                if not all(g.text == "," or g.lower_ in self.lexicon.sets["and"] for g in gap) and not (
                    self._apposition_gap(gap) and not _inflected(root, person, index)
                ):
                    return []
            if person not in persons:
                persons.append(person)
            last_end = first + 1
            while last_end < sent.end and index.person_at(sent.doc[last_end]) is person:
                last_end += 1
        return persons if len(persons) >= 2 else []

    def _apposition_gap(self, gap: Span) -> bool:
        """«A, 31-гадовая настаўніца з Ліды B і гомельскі кіроўца C»: between two names of one
        list, a comma or «і» and then a few words that describe the next name (its age, role,
        town), with no verb, no clause mark and no relative word of their own (Belarusian)."""
        if not self.linear or not gap:
            return False
        if not (gap[0].text == "," or gap[0].lower_ in self.lexicon.sets["and"]):
            return False
        rest = gap[1:]
        return (
            len(rest) <= 7
            and not any(x.text in (";", ":", ".", "—", "–", "(", ")", "«", "»", '"') for x in rest)
            and not any(self._verb(x) or self._word_in(x, "relative_words") for x in rest)
        )

    def _parenthetical_before(self, doc: Doc, k: int, lo: int) -> int | None:
        """The first token of a phrase between commas, brackets or dashes that closes at `k`
        (its closing mark), reaching back no further than `lo`; None when `k` closes none."""
        close = doc[k].text
        opener = {")": "(", ",": ",", "—": "—", "–": "–"}.get(close)
        if opener is None:
            return None
        for j in range(k - 1, max(lo, k - 16) - 1, -1):
            if doc[j].text == opener:
                return j if j + 1 < k else None
            if doc[j].text in (".", ";", ":", "(", ")") and doc[j].text != close:
                return None
        return None

    def _subject_before_parenthetical(self, t: Token, finding: Finding, index: PersonIndex) -> list[Person]:
        """«X, якую асудзілі на 3 гады, і Y, які адбываў 5 гадоў, выйшлі на волю», «X (яе
        затрымалі ў 2020) і Y былі вызваленыя»: two subjects joined by «і» around a phrase said
        of the first; the plural verb after them is the first one's too."""
        if not finding.persons or not t.lower_.endswith(("лі", "ліся", "ыя", "ія")):
            return []
        doc = t.doc
        out = []
        for person in list(finding.persons):
            starts = [a for a, _ in person.mentions if t.sent.start <= a < t.i]
            if not starts:
                continue
            k = starts[-1] - 1
            while (
                k > starts[-1] - 3
                and doc[k].is_lower
                and doc[k].is_alpha
                and doc[k].lower_ not in self.lexicon.sets["and"]
            ):
                k -= 1  # «і яе муж Y»: a relation's words before the second name
            if k <= t.sent.start or doc[k].lower_ not in self.lexicon.sets["and"]:
                continue
            opener = self._parenthetical_before(doc, k - 1, t.sent.start)
            if opener is None or opener == 0:
                continue
            if any(index.person_at(x) is not None for x in doc[opener + 1 : k - 1]):
                continue
            first = index.person_at(doc[opener - 1])
            if first is not None and first is not person and first not in finding.persons:
                out.append(first)
        return out

    def _past_parenthetical(self, root: Token, t: Token, index: PersonIndex) -> bool:
        """«Ігар Лосік, асуджаны на 15 гадоў, памілаваны ў ліпені»: a phrase between commas
        right after the name is said of it, and so is the verb after the phrase."""
        if root.i > t.i:
            return False
        person = index.person_at(root)
        end = _mention_last(root, person, index, t.i)
        gap = root.doc[end + 1 : t.i]
        if len(gap) > 3 and gap[-1].text in ("—", "–") and gap[-2].text == ")":
            gap = gap[:-1]  # «X (асуджаная на 5 гадоў) — вывезеная ў Літву»: a list line's dash
        if (
            len(gap) > 2
            and gap[0].text == "("
            and gap[-1].text == ")"
            and sum(x.text in "()" for x in gap) == 2
        ):
            return True  # «X (асуджаная на 3 гады) выйшла на волю»: the same in brackets
        commas = [x.i for x in gap if x.text == ","]
        if not (len(gap) > 2 and gap[0].text == "," and len(commas) >= 2):
            return False
        if len(commas) > 2 and not self._apposition_chain(root.doc, commas):
            return False
        # «X, былы дэпутат, асуджаны на пяць гадоў, быў у спісе памілаваных»: a chain of
        # phrases between commas, one of them a relative or participle clause
        opens_clause = any(
            self._word_in(root.doc[c + 1], "relative_words")
            or bool(_PARTICIPLE.search(root.doc[c + 1].lower_))
            for c in commas[:-1]
        )
        if commas[-1] == t.i - 1:
            return True
        # «X, які адбыў тры гады, пасля вызвалення дэпартавалі», «X, затрыманага ў аўторак, у
        # пятніцу вызвалілі»: a relative or participle clause, then a few words of time before
        # the main verb (no name, no clause of their own)
        tail = root.doc[commas[-1] + 1 : t.i]
        # who did it may stand there too («…, супрацоўнікі ГУБАЗіК той жа ноччу вывезлі», «…, суд
        # Лідскага раёна дадаў»), and a day of a month («…, 14 лістапада вызвалілі»): neither is
        # a clause of its own
        org = tuple(self.lexicon.sets.get("org_stems", ()))
        doc = root.doc
        words = []
        agent = False  # inside «супрацоўнікі КДБ», «суд Лідскага раёна»: who acts, and its body
        for x in tail:
            if self._word_in(x, "forces") or self._word_in(x, "institutions"):
                agent = True
                continue
            if agent and (x.is_title or x.is_upper or any(x.lower_.startswith(o) for o in org)):
                continue
            agent = False
            if x.like_num and x.i + 1 < t.i and self._word_in(doc[x.i + 1], "dates"):
                continue
            words.append(x)
        return (
            len(words) <= 4
            and opens_clause
            and all(x.is_lower and x.is_alpha for x in words)
            and not any(
                self._verb(x) and x.i not in self._clause_triggers and not self._word_in(x, "copula_past")
                for x in tail
            )
        )

    def _apposition_chain(self, doc: Doc, commas: list[int]) -> bool:
        """Up to three phrases between the commas at `commas`, each a relative or participle
        clause, a converb phrase («цалкам адбыўшы тэрмін», said of the same subject) or a verbless
        apposition («былы дэпутат з Оршы», «45 гадоў»), with no mark of another clause or
        sentence inside."""
        if len(commas) > 4:
            return False
        converbs = tuple(self.lexicon.sets.get("converb_endings", ()))
        for a, b in zip(commas, commas[1:], strict=False):
            seg = doc[a + 1 : b]
            if not seg or any(x.text in (";", ":", ".", "—", "–", "(", ")", "«", "»") for x in seg):
                return False
            clause = (
                self._word_in(seg[0], "relative_words")
                or bool(_PARTICIPLE.search(seg[0].lower_))
                or any(x.is_lower and len(x) > 5 and x.lower_.endswith(converbs) for x in seg[:2])
            )
            if len(seg) > (14 if clause else 10):
                return False
            if not clause and any(self._verb(x) or self._word_in(x, "relative_words") for x in seg):
                return False
        return True

    def _unparsed(self, f: Finding, rule: TriggerRule, index: PersonIndex, trigger_ids: set[int]) -> None:
        """When natasha's tree links a finite trigger verb to nothing («его в числе 123
        политзаключённых помиловали»): an object pronoun just before it, and a count by position."""
        t = f.trigger
        if t.pos_ != "VERB" or not ({"Fin", "Part"} & set(t.morph.get("VerbForm"))):
            return
        doc = t.doc
        if rule.patient == "object" and "Fin" in t.morph.get("VerbForm"):
            for x in reversed(doc[t.sent.start : t.i]):
                if x.i in trigger_ids:
                    break
                gender = pronoun_gender(x, self.lexicon)
                if gender and x.pos_ == "PRON" and "Acc" in x.morph.get("Case"):
                    after = doc[x.i + 1]
                    if (
                        after.is_lower
                        and after.pos_ in ("NOUN", "ADJ")
                        and "Acc" in after.morph.get("Case")
                        and "Nom" not in after.morph.get("Case")
                    ):
                        # «что его подзащитную задержали»: a possessive before the patient (not
                        # «его силовики задержали», an object pronoun before the subject)
                        break
                    unnamed = self._unnamed_subject(x, gender, index)
                    person = None if unnamed else index.latest_before(x.i, gender)
                    if person is not None:
                        f.persons.append(person)
                    break
        if f.count is None and not f.group_ref:
            self._linear_count(t, f, trigger_ids)
            if f.count is not None and not f.persons and not self.linear:
                # «четверых из них — A, B, C и D — задержали»: the count found, its list before the verb
                f.persons.extend(self._listed_after_fronted(t, f.count, index)[1])
