"""Whether a trigger is told as a fact: negation, infinitives, verbs of demand or phase,
participles before or after a name, the window of words a trigger owns.

Kept apart from the patients' rules because every event passes these checks first; both the
parsed (Russian) and the linear (Belarusian) reading use them."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from vigil.extract.doctext import doc_text
from vigil.extract.findings import Finding, Person
from vigil.extract.ru.events.clauses import (
    _after_preposition,
    _animate,
    _in_noun_after_preposition,
    _inflected,
)
from vigil.extract.ru.events.words import (
    _CUSTODY_PLACES,
    _INFINITIVE,
    _LINEAR_INFINITIVE,
    _QUOTE_MARKS,
)
from vigil.extract.ru.names import participle_cases
from vigil.extract.ru.numbers import (
    is_number,
    term_months,
)
from vigil.extract.ru.persons import PersonIndex
from vigil.extract.ru.quotes import quote_pairs

# the marks around a title inside a noun phrase («лодки "Краснодар"», «газеты «Новая»»)
_QUOTE_OPENERS = frozenset({'"', "«", "„", "“"})
_QUOTE_CLOSERS = frozenset({'"', "»", "“", "”"})

# the demonstratives that point back to a report (Russian; Belarusian lists its own in
# `report_back_words`)
_REPORT_BACK_WORDS = frozenset({"этот", "это", "такой"})


class AssertionRules:
    """Whether a trigger is asserted; a mixin of `EventFinder`, whose `lexicon`, `linear` and
    other rules its methods use."""

    def _asserted(self, t: Token, *, idiom: bool = False) -> bool:
        """Whether `t` is told as a fact; with `idiom`, the «не» right before it is part of its
        meaning («его не стало в СИЗО»), not a negation."""
        lex = self.lexicon
        morph = t.morph
        own = t.doc[t.i - 1] if idiom and t.i > t.sent.start else None
        if self._phase(t):
            return self._asserted(t.head)  # «продолжает отбывать срок»: the phase verb is asserted
        if self._verdict_read_out(t):
            return True  # «"Признать X виновным и назначить ему …", — зачитала судья»
        decree = self._decree_over(t)
        if decree is not None:
            return self._asserted(decree)  # «суд постановил назначить X пять лет»: the ruling is the act
        if (
            t.lower_ == t.lemma_
            and t.lower_.endswith(_INFINITIVE)
            # Belarusian «знаходзіцца», «вызваліцца»: the present third person is written as the
            # infinitive, and «трымаюць» (no infinitive ends in -юць) is the present too; a verb
            # of demand or possibility before it still blocks it below
            and not (self.linear and t.lower_.endswith(("цца", "юць")))
            # «смерць»: a noun spelt like an infinitive
            and t.lower_ not in lex.sets.get("infinitive_like_nouns", ())
        ):
            return False
        if self.linear and self._linear_infinitive(t):
            return False
        if (
            self.linear
            and t.lower_.endswith("цца")
            and t.i > t.sent.start
            and t.doc[t.i - 1].lower_ in ("ёй", "яму", "ім", "мне", "нам", "вам", "табе")
            and t.lower_ not in lex.sets.get("fated", ())  # («яму давядзецца правесці …»: a verdict's stay)
        ):
            return False  # «яму вызваліцца аж у 2030-м»: a dative with the infinitive, still to come
        if self.linear:
            return self._asserted_linear(t, idiom=idiom)
        if "Inf" in morph.get("VerbForm") or "Fut" in morph.get("Tense") or "Cnd" in morph.get("Mood"):
            return False
        if "Imp" in morph.get("Mood") or self._negated_after(t):
            return False
        if self._warranted(t):
            return False
        before = [x.lower_ for x in t.doc[max(t.sent.start, t.i - 3) : t.i - (own is not None)]]
        if before and before[-1] in lex.sets["negation"]:
            return False
        if (
            len(before) >= 2
            and before[-2] in lex.sets["negation"]
            and t.doc[t.i - 1].lemma_ in ("быть", "был")
        ):
            return False
        for child in t.children:
            if child == own:
                continue
            if child.lower_ in lex.sets["conditional"] and self._word_in(child, "conditional"):
                return False  # (the second test lets a surname «Ли» through: `Lexicon.word_in`)
            if child.lower_ in lex.sets["negation"] and not self._absence_clause(t, child):
                return False
            if child.dep_.startswith("aux") and self._word_in(child, "future_aux"):
                return False  # «будет освобождён»: natasha tags «будет» as present
        if any(x in lex.sets["future_aux"] for x in before[-2:]):
            return False
        if self._attributive(t) or self._postnominal(t):
            # «ранее освобождённый Николай Статкевич отказался …»: a participle before a name
            # presupposes its event, whatever the clause around it says — a rumour or a hope
            # about that person too («слухи об освобождении X, осуждённого на восемь лет, не
            # подтвердились»); only a hedge on the participle itself («якобы задержанный X») or
            # in its own phrase takes it back
            own = [*(x for x in t.doc[max(t.sent.start, t.i - 2) : t.i] if x.pos_ != "SCONJ"), *t.subtree]
            return not any(self._word_in(x, "conditional") for x in own)
        node = t
        while node.head.i != node.i:
            if node.dep_ == "acl:relcl" and node.head.pos_ in ("NOUN", "PROPN"):
                break  # «освободить босса, который отбывал 23-летний срок»: a relative clause is told as fact
            if (
                node.dep_ == "parataxis"
                and any(c.dep_ in ("nsubj", "nsubj:pass") for c in node.children)
                and any((c.text in (":", ";", ",") or c.dep_ == "cc") and c.i < node.i for c in node.children)
            ):
                # «избежал выдачи: суд отпустил его», «отказались выдать X, …, и Y вышел на
                # свободу»: a clause set off by a colon, comma or «и» with its own subject is its
                # own statement
                break
            sibling = node.dep_ == "conj"
            node = node.head
            if self._denied_report(node) or self._denied_next(node) or (self._denies(node) and not sibling):
                return False  # «отрицает, что X арестовали», «Сообщения о том, что …, не подтвердились»
            # («Ещё один помилованный, X, отказался уезжать»: the subject of a refusal or a
            # request went through its event; the blocker governs what it refused, not who)
            subject = node.i == t.head.i and t.dep_ in ("nsubj", "nsubj:pass") and t.pos_ != "PRON"
            if lex.word_in(node, "blockers") and not sibling and not subject and not _refused_after(t, node):
                # («прокурор запросил восемь лет, но суд приговорил её к шести»: a coordinated
                # clause is its own statement, not the object of the first one's request)
                return False
            if (
                t.pos_ == "NOUN"
                and node.pos_ == "VERB"
                and node.i == t.head.i
                and ("Fut" in node.morph.get("Tense") or "Cnd" in node.morph.get("Mood"))
            ):
                return False  # «приговор огласят 5 мая»
            if "Inf" in node.morph.get("VerbForm") and node.dep_ not in ("acl", "amod"):
                return False
        prefix = t.doc[t.sent.start : t.i]
        return not any(self._word_in(x, "conditional") for x in prefix)

    def _warranted(self, t: Token) -> bool:
        """«ордер на арест двух министров», «выдал санкцию на арест X», «разрешение на задержание
        пятерых»: an event noun after «на» that a warrant noun (`warrant_nouns`) governs is what
        the warrant allows, no one is held yet."""
        return (
            t.pos_ == "NOUN"
            and t.head.i != t.i
            and self.lexicon.word_in(t.head, "warrant_nouns")
            and any(c.dep_ == "case" and c.lower_ == "на" for c in t.children)
        )

    def _denied_report(self, noun: Token) -> bool:
        """«Сообщения о том, что X освобождена, не подтвердились», «Слухи о том, что …, оказались
        ложными», «МВД опровергло информацию о …»: a report (`report_nouns`) that the clause
        around it denies (`denial_verbs`), does not confirm (`confirm_verbs` negated) or calls
        false (`false_words`) tells no event."""
        if not self._word_in(noun, "report_nouns") or noun.head.i == noun.i:
            return False
        verb = noun.head
        negated = any(c.lower_ in self.lexicon.sets["negation"] for c in verb.children)
        return (
            self._denies(verb)
            or (negated and self._word_in(verb, "confirm_verbs"))
            or any(
                self._word_in(c, "false_words") for c in verb.children if c.dep_ in ("xcomp", "obl", "obj")
            )
        )

    def _denied_next(self, noun: Token) -> bool:
        """«Появилось сообщение, что X отпустили. Её защита эту информацию не подтверждает», «По
        соцсетям расходится информация, что …. Это не так»: a report (`report_nouns`) whose next
        sentence, in the same paragraph, points back to it (a demonstrative or a report noun)
        and denies it, does not confirm it, or calls it false («не так» too), tells no event; so
        does an indefinite-personal verb of speech («В соцсетях пишут, что …. Адвокат это опроверг»)."""
        # («пишут», «сообщалось»: no one's words, a plural or an impersonal form with no subject)
        lemma = noun.lemma_.lower()
        speech = self.lexicon.sets.get("speech", ())
        indefinite = (
            (self._word_in(noun, "speech") or (lemma.endswith("ся") and lemma[:-2] in speech))
            and (
                "Plur" in noun.morph.get("Number")
                or "Neut" in noun.morph.get("Gender")
                or noun.lower_.endswith("сь")
            )
            and not any(c.dep_.startswith("nsubj") for c in noun.children)
        )
        if not (indefinite or self._word_in(noun, "report_nouns")):
            return False
        return self._next_sentence_denies(noun.sent)

    def _next_sentence_denies(self, sent: Span, *, back_within: int | None = None) -> bool:
        """The next sentence, in the same paragraph, points back to `sent` (a demonstrative,
        `report_back_words`, or a report noun; with `back_within`, among its first words) and
        denies it (`denial_verbs` not negated, `false_words`, «не» before a verb of confirming
        or «не так.»)."""
        doc = sent.doc
        end = sent.end
        if end >= len(doc) or "\n" in doc[end - 1].text or "\n" in doc[end - 1].whitespace_:
            return False  # (the next paragraph is another story)
        nxt = [x for x in doc[end].sent if not x.is_space]
        negation = self.lexicon.sets["negation"]
        back_words = self.lexicon.sets.get("report_back_words", _REPORT_BACK_WORDS)
        back = any(
            x.lemma_.lower() in back_words or x.lower_ in back_words or self._word_in(x, "report_nouns")
            for x in nxt[:back_within]
        )
        denied = any(
            (self._denies(x) and not (self.linear and x.i > 0 and doc[x.i - 1].lower_ in negation))
            or self._word_in(x, "false_words")
            or (
                x.i > nxt[0].i
                and doc[x.i - 1].lower_ in negation
                and (
                    self._word_in(x, "confirm_verbs")
                    # «Это не так.», not «не так давно»
                    or (x.lower_ == "так" and x.i + 1 < len(doc) and doc[x.i + 1].is_punct)
                )
            )
            for x in nxt
        )
        return back and denied

    def _hearsay_denied_next(self, t: Token) -> bool:
        """(Belarusian, linear) «У мясцовых чатах пісалі, што затрымалі і Дзяніса. Гэта не так: …»,
        «З'явіліся звесткі, што памёр X. Аднак сваякі гэта абверглі», «… называлі і Ігара Бакуна.
        Гэтая інфармацыя не пацвердзілася»: the Russian `_denied_next` without a parse. A trigger
        in a sentence with a report noun (`report_nouns`) or a verb of hearsay with no one's name
        on it (`hearsay_verbs`: «пісалі», «называлі»), whose next sentence points back and
        denies it, tells no event. Census (session 49, the Belarusian read sets): the report
        with a denial after it in 5 documents of 5 sets (syn39-be-b, syn16-be-a, syn36-be-b,
        syn20-be-b, syn17-be-b), an event by the gold in none; 3 gave a false event (an arrest, a
        death, a release). Only a report turning out unconfirmed («не пацвердзілася») counts, not
        an office that did not confirm it («у міліцыі не пацьвердзілі»: the gold keeps the arrest).
        A membership told in such a sentence («сярод памілаваных называлі і X») is denied with it
        (`MemberRules._memberships`)."""
        sets = self.lexicon.sets
        if "report_nouns" not in sets or "hearsay_verbs" not in sets:
            return False
        doc = t.doc
        if t.i >= 2 and doc[t.i - 1].text == "," and doc[t.i - 2].ent_type_ == "PER":
            # «памёр палітвязень X, асуджаны ў 2023 годзе на тры гады»: a participle after the
            # name tells the person's past, not the report (as `_postnominal` in the parsed path)
            return False
        if self._retracted_report(t):
            return True  # «мы памылкова назвалі сярод вызваленых X»: the outlet takes its report back
        if not any(
            self._word_in(x, "report_nouns") or self._word_in(x, "hearsay_verbs") or self._own_report(x)
            for x in t.sent
        ):
            return False
        relatives = (
            sets.get("relative_masc", set())
            | sets.get("relative_fem", set())
            | sets.get("relative_plural", set())
        )
        if any(
            x.lower_ in relatives and doc[x.i - 1].text == ","
            for x in doc[max(t.sent.start + 1, t.i - 3) : t.i]
        ):
            # «пісалі, што можа выйсьці X, які адбывае дзесяць гадоў»: a relative clause is told
            # as fact (as `acl:relcl` in the parsed path)
            return False
        # («Гэта не так», «Аднак сваякі гэта абверглі»: the pointer opens the next sentence; «…
        # кажуць, што могуць памілаваць яшчэ, аднак афіцыйна гэта не пацвярджаецца» denies its own)
        return self._next_sentence_denies(t.sent, back_within=4) or self._pointed_denial(t)

    def _own_report(self, x: Token) -> bool:
        """(Belarusian; session 62) «Раней мы паведамілі, што …»: the outlet's own earlier report
        (`own_report_verbs` right after «мы»), which a next sentence may take back («Гэта
        памылка: …») as it takes back hearsay."""
        return (
            x.i > 0
            and x.lower_ in self.lexicon.sets.get("own_report_verbs", ())
            and x.doc[x.i - 1].lower_ == "мы"
        )

    def _retracted_report(self, t: Token) -> bool:
        """(Belarusian; session 62) «У адным з паведамленняў мы памылкова назвалі сярод вызваленых
        X»: a verb of reporting (`own_report_verbs`, `hearsay_verbs`) right after «памылкова»
        (`retraction_adverbs`) says the report was wrong of the trigger it names, within three
        words after the verb and no mark between («назвалі сярод вызваленых»). Not «X памылкова
        затрымалі»: the adverb on the event itself tells a real arrest; nor a participle past a
        comma («…, асуджанага на 11 гадоў»): the person's past, told as fact."""
        adverbs = self.lexicon.sets.get("retraction_adverbs")
        if not adverbs:
            return False
        doc = t.doc
        for x in doc[t.sent.start : t.i]:
            if x.lower_ in adverbs and x.i + 1 < t.i <= x.i + 4:
                verb = doc[x.i + 1]
                if any(y.is_punct for y in doc[verb.i + 1 : t.i]):
                    continue
                if verb.lower_ in self.lexicon.sets.get("own_report_verbs", ()) or self._word_in(
                    verb, "hearsay_verbs"
                ):
                    return True
        return False

    def _pointed_denial(self, t: Token) -> bool:
        """(Belarusian, linear; session 51) «Асобныя СМІ паведамлялі, што Саўчук ужо адпусцілі,
        аднак яе маці гэтага не пацвердзіла», «У чатах шырыцца інфармацыя, што памілаваны X. Жонка
        палітвязня … гэта абвергла»: the report's own denial is a pointer to it (`report_back_words`
        or a report noun) with a verb of denying (`denial_verbs`), or «не» and a verb of confirming
        in any form (`confirm_verbs`, `pointed_confirm_verbs`: «гэтага не пацвярджаюць»), within
        three words after the pointer — in the same sentence after a contrast word («аднак»,
        «але») that follows the trigger, or anywhere in the next sentence of the paragraph (not
        only among its first words: «Ягоная дачка Алеся Грынько гэтага не пацвярджае»). The
        pointer is what tells a report denied from an office that will not confirm a true arrest
        («У РАУС факт затрыманьня не пацьвердзілі»: no pointer, the gold keeps the arrest); and an
        office that does not confirm denies nothing even with one (`office_tellers`: «У прэс-службе
        міліцыі гэта не пацвердзілі»); its «абвергла» does. A next sentence with hearsay of its
        own denies its own report. Census (L51, the texts of the 45 Belarusian read sets): a
        hearsay sentence so denied 26 times in 20 sets, the event it tells an event by the gold in
        none (a past verdict in a relative clause or a participle after the name, «Кохан, асуджаны
        … на шэсць гадоў», is kept above); 2 gave a false release (syn41-be-b), the rest were
        modal or unnamed and blocked already."""
        sets = self.lexicon.sets
        if "pointed_confirm_verbs" not in sets:
            return False
        doc = t.doc
        sent = t.sent
        scope: list[Token] = []
        for x in doc[t.i + 1 : sent.end]:
            if scope or self._word_in(x, "contrast"):
                scope.append(x)
        last = doc[sent.end - 1]
        if sent.end < len(doc) and "\n" not in last.text and "\n" not in last.whitespace_:
            nxt = doc[sent.end].sent
            # («… пішуць, што могуць памілаваць яшчэ, аднак гэта не пацвярджаецца»: a next sentence
            # with hearsay of its own denies its own report, not this one)
            if not any(self._word_in(x, "hearsay_verbs") for x in nxt):
                scope.extend(nxt)
        negation = sets["negation"]
        confirm = sets["pointed_confirm_verbs"] | sets.get("confirm_verbs", set())
        offices = tuple(sets.get("office_tellers", ()))
        for x in scope:
            if not (x.lower_ in sets.get("report_back_words", ()) or self._word_in(x, "report_nouns")):
                continue
            for y in doc[x.i + 1 : min(x.sent.end, x.i + 4)]:
                negated = doc[y.i - 1].lower_ in negation
                if self._word_in(y, "denial_verbs") and not negated:
                    return True
                # («У прэс-службе міліцыі гэта не пацвердзілі», «афіцыйна гэтага ніхто не пацьвердзіў»:
                # an office that does not confirm denies nothing, session 49's trap)
                if negated and y.lower_ in confirm:
                    clause = doc[max(x.sent.start, scope[0].i) : y.i]
                    return not any(z.lower_.startswith(offices) for z in clause)
        return False

    def _denies(self, verb: Token) -> bool:
        """A verb of denial (`denial_verbs`) not itself negated («не отрицает» admits it)."""
        return self._word_in(verb, "denial_verbs") and not any(
            c.lower_ in self.lexicon.sets["negation"] for c in verb.children
        )

    def _linear_infinitive(self, t: Token) -> bool:
        """Belarusian «выдвараць мужчыну не могуць», «пачнуць вызваляць»: an imperfective
        infinitive whose lemma (the perfective of the prefix table) differs from it; the same
        ending on a perfective is its future («вызваліць» he will free), no fact either. The
        reflexive «-цца» is also the present and is judged by the words around it."""
        low = t.lower_
        if low.endswith(tuple(self.lexicon.sets.get("converb_endings", ()))) and not t.lemma_.endswith("чы"):
            return False  # «памёр, адбываючы чатыры гады»: a present converb, not an infinitive in -чы
        return low != t.lemma_ and low.endswith(_LINEAR_INFINITIVE) and t.lemma_.endswith(_INFINITIVE)

    def _postnominal(self, t: Token) -> bool:
        """«Игорю Лосику, освобождённому в июне»: a full participle after a name, past a comma
        (also one the tagger read as a noun: «поэту X, отбывающему пять лет»)."""
        if "Short" in t.morph.get("Variant"):
            return False
        if "Part" not in t.morph.get("VerbForm") and not (
            t.pos_ in ("NOUN", "ADJ") and t.is_lower and participle_cases(t.text)
        ):
            return False
        if t.i < 2 or t.doc[t.i - 1].text != ",":
            return False
        return t.doc[t.i - 2].ent_type_ == "PER"

    def _attributive(self, t: Token) -> bool:
        """A full (not short) participle before a name, an adverbial phrase and a role noun at
        most between («задержанный в марте Артём Лещенко», «освобождённый ранее Игорь Лосик»)."""
        return self._attributive_name(t) is not None

    def _attributive_name(self, t: Token) -> Token | None:
        """The first token of the name a participle before it describes."""
        if "Short" in t.morph.get("Variant") or not t.morph.get("Case"):
            return None
        if "Part" not in t.morph.get("VerbForm") and t.pos_ not in ("ADJ", "NOUN", "PROPN"):
            return None
        if "Part" not in t.morph.get("VerbForm") and (
            not t.lemma_.endswith(_INFINITIVE)
            or t.lemma_.lower() in self.lexicon.sets.get("infinitive_like_nouns", ())
        ):
            # a noun of the event itself («ареста»), not a participle; nor «смерти», whose lemma
            # ends like an infinitive («сообщения о смерти X … не подтвердились» is a report)
            return None
        for x in t.doc[t.i + 1 : min(t.sent.end, t.i + 16)]:
            if x.ent_type_ == "PER" and self._word_in(x.doc[x.i - 1], "era_prepositions"):
                continue  # «осуждённый ещё при Каримове»: whose rule, inside the phrase
            if x.ent_type_ == "PER" and (_after_preposition(x) or _in_noun_after_preposition(x)):
                continue  # «арестованный вместе с Амановой», «осуждённый по делу Гаюна»: inside the phrase
            if x.ent_type_ == "PER" and (x.i < t.i + 5 or self._agrees(t, x)):
                return x
            if x.text in _QUOTE_MARKS and x.i > t.i + 1:
                continue  # «осуждённая за «фейки» об армии врач Надежда Буянова»
            if x.is_punct or x.pos_ in ("VERB", "AUX", "SCONJ", "CCONJ"):
                return None
        return None

    @staticmethod
    def _agrees(t: Token, x: Token) -> bool:
        """A long participial phrase («осуждённый в 2022 году к восьми годам колонии депутат
        Алексей Горинов») ends at the name it agrees with in case, or at the role noun before
        that name; names inside the phrase («за поддержку Навального») are in another case.
        A capitalised participle opening a sentence is often tagged a proper noun of any
        case, so there its case is read from its ending."""
        prev = x.doc[x.i - 1]
        role = prev.pos_ == "NOUN" and prev.is_lower and "Anim" in prev.morph.get("Animacy")
        heads = [x, prev] if role else [x]
        cases = set(t.morph.get("Case")) if "Part" in t.morph.get("VerbForm") else participle_cases(t.text)
        return any(set(h.morph.get("Case")) & cases for h in heads)

    def _verb(self, x: Token) -> bool:
        """A verb: by the tagger in Russian; by a past-tense ending or a trigger lemma in
        Belarusian, where natasha's Russian tagger reads numbers («чатыры») as verbs."""
        if not self.linear:
            return x.pos_ in ("VERB", "AUX")
        endings = (*self.lexicon.sets.get("active_past_endings", ()), "лі")
        return x.is_lower and (x.lower_.endswith(endings) or x.lemma_.lower() in self.label_of_lemma)

    def _decree_over(self, t: Token) -> Token | None:
        """The verb of a ruling that governs the infinitive `t`: a court's decision is the act it
        names («суд постановил назначить X пять лет», «решил приговорить X», «пастанавіў
        прызначыць»), unlike a demand or a plan. «постановить» (`decree_verbs`) rules whoever
        says it; «решить» (`decide_verbs`) only with a court (`deciders`) as its subject or, read
        without a parse, named before it in the sentence."""
        spelt = t.lower_ == t.lemma_ and t.lower_.endswith(_INFINITIVE)
        if not spelt and "Inf" not in t.morph.get("VerbForm"):
            return None
        if not self.linear:
            node = t
            while node.dep_ == "conj" and node.head.i != node.i:
                node = node.head  # «постановил признать X виновным и назначить ему …»
            verb = node.head
            if node.dep_ not in ("xcomp", "ccomp") or verb.i == node.i:
                return None
            deciders = [c for c in verb.children if c.dep_ == "nsubj"]
        else:
            sent = t.doc[t.sent.start : t.i]
            verb = next(
                (
                    x
                    for x in reversed(sent[-12:])
                    if self._word_in(x, "decree_verbs") or self._word_in(x, "decide_verbs")
                ),
                None,
            )
            if verb is None or any(x.text in (";", ":", "?", "!") for x in t.doc[verb.i : t.i]):
                return None
            deciders = list(t.doc[t.sent.start : verb.i])
        if self._word_in(verb, "decree_verbs"):
            return verb
        if self._word_in(verb, "decide_verbs") and any(self._word_in(x, "deciders") for x in deciders):
            return verb
        return None

    def _verdict_read_out(self, t: Token) -> bool:
        """«"Признать X виновным … и назначить ему наказание в виде пяти лет …", — зачитала
        судья»: a verdict's ruling part, infinitives opening a quote that a verb of reading out
        (`read_out_verbs`: зачитать, огласить) attributes right after its closing mark, past a
        comma and a dash, in the past and not negated, is the ruling the court made."""
        if self.linear or "Inf" not in t.morph.get("VerbForm"):
            return False
        node = t
        while node.dep_ in ("conj", "xcomp") and node.head.i != node.i:
            node = node.head  # «Признать X виновным и назначить ему …» (hung on «виновным» or not)
        doc = node.doc
        if node.i == 0 or doc[node.i - 1].text not in ('"', "«"):
            return False
        text = doc_text(doc)
        pair = next(((a, b) for a, b in quote_pairs(text) if a == doc[node.i - 1].idx), None)
        if pair is None:
            return False
        after = doc.char_span(pair[1], min(len(text), pair[1] + 40), alignment_mode="expand")
        words = [x for x in after or () if not x.is_space]
        k = 0
        while k < len(words) and words[k].text in (",", "—", "–", "-"):
            k += 1
        if k == 0 or k >= len(words) or not self._word_in(words[k], "read_out_verbs"):
            return False
        verb = words[k]
        return "Past" in verb.morph.get("Tense") and not any(
            c.lower_ in self.lexicon.sets["negation"] for c in verb.children
        )

    def _phase(self, t: Token) -> bool:
        """An infinitive under a verb of phase («продолжает отбывать», «начал отбывать»)."""
        return t.dep_ == "xcomp" and "Inf" in t.morph.get("VerbForm") and self._word_in(t.head, "phase")

    def _copular(self, t: Token) -> bool:
        """A participle in the instrumental under a link verb («Задержанными оказались X и Y»,
        «X стала осуждённой»): said of that verb's subject."""
        return (
            t.dep_ == "xcomp"
            and "Ins" in t.morph.get("Case")
            and ("Part" in t.morph.get("VerbForm") or t.pos_ == "ADJ")
            and self._word_in(t.head, "link_verbs")
        )

    def _thing_patient(self, t: Token) -> bool:
        """The trigger's object (or a passive's subject) is a thing: an inanimate noun that is
        no number («восьмеро») and counts no people («группу активистов», «часть
        задержанных»): «арестовал имущество бизнесмена X», «похитил картину X»."""
        deps = ("obj", "nsubj:pass") if "Pass" in t.morph.get("Voice") else ("obj",)
        if any(c.dep_ == "obl" and c.lemma_ in _CUSTODY_PLACES for c in t.children):
            return False  # «назначил штраф и освободил из-под стражи»: freed from custody, a person
        if any(
            c.dep_ in deps and (c.pos_ in ("PRON", "PROPN") or "Anim" in c.morph.get("Animacy"))
            for c in t.children
        ):
            return (
                False  # «Он был арестован за … убийство»: beside a person, the parser's thing is an oblique
            )
        for c in t.children:
            if c.dep_ not in deps or c.pos_ != "NOUN" or "Inan" not in c.morph.get("Animacy") or _animate(c):
                continue
            if c.lemma_ == "тело":
                continue  # «тело X обнаружили в камере»: a person's body
            if self._word_in(c, "group_nouns") or is_number(c, self.lexicon):
                continue
            if self._word_in(c, "restraint_measure"):
                continue  # «избрал X меру пресечения»: the measure is chosen for a person
            if any(
                x.pos_ == "NUM"
                or x.text.isdigit()
                or (x.head.i == c.i and {"Gen", "Plur"} <= {*x.morph.get("Case"), *x.morph.get("Number")})
                for x in c.subtree
            ):
                continue
            return True
        return False

    def _habitual(self, t: Token) -> bool:
        """«не раз», «неоднократно» before the trigger: something done again and again."""
        words = [x.lower_ for x in t.doc[max(t.sent.start, t.i - 4) : t.i]]
        pairs = {" ".join(words[k : k + 2]) for k in range(len(words) - 1)}
        return any(w in self.lexicon.sets["habitual"] for w in [*words, *pairs])

    def _condemned(self, t: Token) -> bool:
        """«Затрыманне X рэзка асудзілі», «асудзілі арышт X»: the verb of a verdict with an
        adverb of censure before it, or an action noun (the arrest, the persecution) in its
        clause before or just after it, is a condemnation (words.json `condemn_cues`)."""
        cues = self.lexicon.sets.get("condemn_cues")
        if not cues or not self._word_in(t, "condemn_verbs"):
            return False
        doc = t.doc
        before = doc[t.sent.start : t.i]
        after = doc[t.i + 1 : min(t.sent.end, t.i + 3)]
        return any(x.lemma_.lower() in cues or x.lower_ in cues for x in [*before, *after])

    def _absence_clause(self, t: Token, child: Token) -> bool:
        """«Ластовского приговорили к 11 годам, с весны от него нет писем»: «нет» heading a clause
        of its own after the trigger's, joined by a comma alone, says something is absent (the
        letters), not that the verdict was not given. Not with a conjunction or a word of
        evidence in it (`evidence_nouns`, `report_nouns`): «его забрали сотрудники полка, но
        подтверждений этому нет» takes the event back."""
        return (
            child.dep_ in ("conj", "parataxis")
            and child.i > t.i
            and not any(
                c.dep_ == "cc" or self._word_in(c, "evidence_nouns") or self._word_in(c, "report_nouns")
                for c in child.children
            )
        )

    def _negated_after(self, t: Token) -> bool:
        """«вызвалены не быў», «освобождён не был»: the negation after a participle."""
        doc = t.doc
        after = doc[t.i + 1 : min(t.sent.end, t.i + 3)]
        return (
            len(after) == 2
            and after[0].lower_ in self.lexicon.sets["negation"]
            and self._word_in(after[1], "copula_past")
        )

    def _membership_denied_after(self, t: Token) -> bool:
        """(Belarusian) «У спіс памілаваных не трапіла X», «Сярод вызваленых X не аказалася»,
        «спадзяецца, што ён трапіць у наступны спіс памілаваных»: the verb that puts someone in
        the group a participle names is negated after it, or is a future (words.json
        `membership_future`) on either side, so no one is said to be of the group."""
        lex = self.lexicon
        doc = t.doc
        clause = []
        for x in doc[t.i + 1 : min(t.sent.end, t.i + 6)]:
            if x.text in (",", ";", ":", "—", "–"):
                break
            clause.append(x)
        if any(x.lower_ in lex.sets["negation"] and not _bound_of_number(x) for x in clause):
            return True
        if self._membership_guessed_after(t):
            return True
        future = lex.sets.get("membership_future", set())
        return any(x.lower_ in future for x in [*doc[max(t.sent.start, t.i - 4) : t.i], *clause])

    def _membership_guessed_after(self, t: Token) -> bool:
        """(Belarusian) «Сярод вызваленых можа быць X», «сярод памілаваных, па чутках, і X»: a
        word of a guess (`_guess_word`) after the group's participle and before the first name
        (an insertion's commas pass) tells a guess, not a member."""
        for x in t.doc[t.i + 1 : min(t.sent.end, t.i + 7)]:
            if x.text in (";", ":", "—", "–", ".") or (x.is_title and x.is_alpha):
                return False
            if self._guess_word(x):
                return True
        return False

    def _asserted_linear(self, t: Token, *, idiom: bool = False) -> bool:
        """Without a parse of the language: negation right before the trigger, a verb of
        demand or possibility shortly before it, a conditional word earlier in the sentence
        (with `idiom`, the «не» right before it is its own word: «яго не стала»)."""
        lex = self.lexicon
        before = t.doc[max(t.sent.start, t.i - 4) : t.i - 1 if idiom else t.i]
        if any(x.lower_ in lex.sets["negation"] and not _bound_of_number(x) for x in before[-2:]):
            return False
        if self._negated_after(t):
            return False
        if self._hearsay_denied_next(t):
            return False  # «пісалі, што затрымалі X. Гэта не так»
        if self._denied_that_clause(t):
            return False  # «Міліцыя абвергла, што затрыманы X», «Інфармацыя, што …, не пацвердзілася»
        if t.lower_ in lex.sets["group_nouns"] and any(
            x.lower_ in lex.sets["negation"] and not _bound_of_number(x) for x in before
        ):
            return False  # «не трапіў у спіс памілаваных», «не было сярод вызваленых»: not one of them
        if t.lower_ in lex.sets["group_nouns"] and self._membership_denied_after(t):
            return False
        if any(x.lower_ in ("б", "бы") for x in t.doc[t.i + 1 : min(t.sent.end, t.i + 3)]):
            return False  # «затрымалі б, калі б …»
        if t.lower_.endswith("цца") and any(
            self._word_in(x, "blockers") for x in t.doc[t.i + 1 : min(t.sent.end, t.i + 4)]
        ):
            return False  # «Вызваліцца ён павінен быў у маі»: a fronted infinitive of what was due
        if any(self._word_in(x, "blockers") for x in before):
            return False
        prefix = t.doc[t.sent.start : t.i]
        reason = self._reason_clause(prefix) | self._past_when_clause(prefix)
        return not any(self._word_in(x, "conditional") for x in prefix if x.i not in reason)

    def _denied_that_clause(self, t: Token) -> bool:
        """(Belarusian, linear; session 62) «Сьледчы камітэт абверг, што … затрыманы X», «Міліцыя
        абвергла інфармацыю, што затрыманы X», «Інфармацыя, што X асудзілі на 4 гады, не
        пацвердзілася»: a trigger in a «што» clause that a verb of denial (`denial_verbs`, not
        negated) governs, or that hangs on a report noun (`report_nouns`) whose own verb, past the
        clause's closing comma, is a negated verb of confirming (`confirm_verbs`) — the twin of
        the parsed path's `_denies` / `_denied_report` over a complement clause. Only the nearest
        «, што» before the trigger counts («абвергла, што яго білі, але пацвердзіла, што
        затрымалі» keeps the arrest), with no «:» «;» «—» between; and a denial that is itself
        negated («не абвергла») denies nothing."""
        sets = self.lexicon.sets
        if "denial_verbs" not in sets or "report_nouns" not in sets:
            return False
        doc = t.doc
        sent = t.sent
        negation = sets["negation"]
        that = None
        for k in range(t.i - 1, sent.start, -1):
            x = doc[k]
            if x.text in (":", ";", "—", "–") or x.lower_ in ("але", "аднак", "а"):
                return False
            if x.lower_ == "што" and doc[k - 1].text == ",":
                that = k
                break
        if that is None:
            return False
        head = list(doc[max(sent.start, that - 4) : that - 1])
        for n, x in enumerate(head):
            if self._word_in(x, "denial_verbs") and not (x.i > 0 and doc[x.i - 1].lower_ in negation):
                # (only a report noun may stand between the verb and its clause)
                rest = head[n + 1 :]
                if all(self._word_in(y, "report_nouns") or y.lower_ in ("тое", "пра") for y in rest):
                    return True
        if not head or not self._word_in(head[-1], "report_nouns"):
            return False
        # «Інфармацыя, што …, не пацвердзілася»: the report noun's verb after the clause closes
        confirm = sets.get("confirm_verbs", set())
        after = list(doc[t.i + 1 : sent.end])
        for n, x in enumerate(after):
            if x.text in (":", ";"):
                return False
            if x.text == "," and n + 2 < len(after):
                nxt, verb = after[n + 1], after[n + 2]
                if nxt.lower_ in negation and verb.lower_ in confirm:
                    return True
        return False

    def _past_when_clause(self, prefix: Span) -> set[int]:
        """(Belarusian) «Яе затрымлівалі, калі рабілі ператрус, потым адпусцілі»: a «калі» clause
        closed by a comma before the trigger whose verb is in the past tense (and no «б») tells
        when, not on what condition; «замест таго каб …,» tells what was not done instead of
        the fact. The words of either condition nothing."""
        out: set[int] = set()
        words = list(prefix)
        # (a reflexive past too: «калі ён вяртаўся з Варшавы, і пазьней асудзілі»)
        past = ("лі", "ла", "ўся", "лася", "ліся", *self.lexicon.sets.get("active_past_endings", ()))
        for n, x in enumerate(words):
            instead = x.lower_ == "каб" and [w.lower_ for w in words[max(0, n - 2) : n]] == ["замест", "таго"]
            if x.lower_ != "калі" and not instead:
                continue
            close = next((k for k in range(n + 1, len(words)) if words[k].text == ","), None)
            if close is None:
                continue
            clause = words[n + 1 : close]
            if instead:
                # «Замест таго каб скараціць тэрмін, суд павялічыў яго»: what was not done, then the fact
                out.update(w.i for w in words[n:close])
                continue
            if any(w.lower_ in ("б", "бы") for w in clause):
                continue
            if any(w.is_lower and w.is_alpha and len(w) > 3 and w.lower_.endswith(past) for w in clause):
                out.update(w.i for w in words[n:close])
        return out

    def _reason_clause(self, prefix: Span) -> set[int]:
        """«За тое, што ён нібыта не так заслаў ложак, суд дадаў яму год»: the charge told in a
        clause «тое/тым, што …» closed by a comma before the trigger is hearsay about the
        charge, not about the event («нібыта» there does not make the verdict a rumour)."""
        out: set[int] = set()
        words = list(prefix)
        for n, x in enumerate(words[:-2]):
            if x.lower_ not in ("тое", "тым", "том", "то") or words[n + 1].text != ",":
                continue
            if not self._word_in(words[n + 2], "complementizers") or words[n + 2].lower_ in ("каб", "чтобы"):
                continue
            close = next((k for k in range(n + 3, len(words)) if words[k].text == ","), None)
            if close is not None:
                out.update(w.i for w in words[n + 2 : close])
        return out

    def _officer_accused(self, f: Finding, person: Person) -> bool:
        """«задержали бывшего оперуполномоченного X, которого подозревают в пытках»: an officer
        (`officer_roles`, `officer_role_stems` in the six words before the name) held or tried
        for a crime of office (`office_crimes` in the sentence: torture, beating, bribes, abuse
        of power) is no
        political prisoner; his arrest or verdict is not an event of the article's."""
        if f.type not in ("arrest", "sentence"):
            return False
        sent = f.trigger.sent
        crimes = tuple(self.lexicon.sets.get("office_crimes", ()))
        if not crimes or not any(x.lower_.startswith(crimes) for x in sent):
            return False
        doc = sent.doc
        stems = tuple(self.lexicon.sets.get("officer_role_stems", ()))
        for start, _ in person.mentions:
            if sent.start <= start < sent.end and any(
                self._word_in(x, "officer_roles") or x.lower_.startswith(stems)
                for x in doc[max(sent.start, start - 6) : start]
            ):
                return True
        return False

    def _insulted(self, f: Finding, person: Person) -> bool:
        """«— 1 год 6 месяцев колонии («оскорбление Лукашенко»)»: a name right after the noun
        of an insult or slander charge (`insult_nouns`) is whom the charge protects, never the
        patient (only when every mention of `person` in the trigger's sentence is one)."""
        insults = self.lexicon.sets.get("insult_nouns", set())  # (Russian only)
        sent = f.trigger.sent
        doc = sent.doc
        starts = [a for a, _ in person.mentions if sent.start <= a < sent.end]
        return bool(starts) and all(
            a > 0 and (doc[a - 1].lower_ in insults or doc[a - 1].lemma_.lower() in insults) for a in starts
        )

    def _kin_source(self, f: Finding, person: Person, index: PersonIndex) -> bool:
        """«По словам его жены Татьяны Гуриной, мужа вывезли …», «Как рассказал его друг X, …»,
        «…, сообщил адвокат одного из задержанных X»: a relative, friend or lawyer (a kin noun
        right before the name) in a clause of speech is the source of the news, not its
        patient (only when every mention of `person` in the trigger's sentence is one)."""
        sent = f.trigger.sent
        doc = sent.doc
        mentions = [(a, b) for a, b in person.mentions if sent.start <= a < sent.end]
        if any(_own_participle(f.trigger, b) for _, b in mentions):
            return False  # «рассказала её подруга Ирина Мельник, осуждённая на пять лет»: her own verdict
        return bool(mentions) and all(self._source_mention(doc, a, person, index) for a, _ in mentions)

    def _source_mention(self, doc: Doc, start: int, person: Person, index: PersonIndex) -> bool:
        """The name at `start` follows a kin or lawyer noun (past a few genitive words: «адвокат
        одного из задержанных X») within a comma clause that holds a verb of speech or «по
        словам»; the name is that noun's own (a possessive before the noun: «его жены X», or a
        name in the nominative), not its owner («по словам адвоката Ирины Котовой, её …»)."""
        sent = doc[start].sent
        stops = (",", ";", "—")
        left = next((k + 1 for k in range(start - 1, sent.start - 1, -1) if doc[k].text in stops), sent.start)
        right = next((k for k in range(start, sent.end) if doc[k].text in stops), sent.end)
        kin = [
            x
            for x in doc[max(left, start - 4) : start]
            if self._word_in(x, "relation_forms") or self._word_in(x, "possessors")
        ]
        if not kin or not any(
            self._word_in(x, "speech") or self._word_in(x, "according") for x in doc[left:right]
        ):
            return False
        owned = kin[0].i > 0 and self._word_in(doc[kin[0].i - 1], "possessive_pronouns")
        return owned or not _inflected(doc[start], person, index)

    def _kin_owner(self, f: Finding, person: Person, index: PersonIndex) -> bool:
        """«Дядя Фарруха, бывший депутат Мирзо Шарипов, скончался», «сокамерник Матусевича Андрей
        Шилко вышел»: a name right after a kin, colleague or cellmate noun (`relation_forms`,
        `possessors`) whose phrase goes on, past no verb, to another of the event's names is
        whose relative that one is; the event is the relative's, not the owner's. Only when every mention of
        `person` in the trigger's sentence is such an owner."""
        sent = f.trigger.sent
        doc = sent.doc
        mentions = [(a, b) for a, b in person.mentions if sent.start <= a < sent.end]
        if not mentions or len(f.persons) < 2:
            return False
        others = [
            a for p in f.persons if p is not person for a, _ in p.mentions if sent.start <= a < sent.end
        ]
        return all(self._owner_mention(doc, a, b, person, index, others, f.trigger.i) for a, b in mentions)

    def _owner_mention(
        self,
        doc: Doc,
        start: int,
        end: int,
        person: Person,
        index: PersonIndex,
        others: list[int],
        trigger: int,
    ) -> bool:
        """The mention `start`..`end` follows a relation noun (past words that describe the name:
        «Сестра политзаключённого Артёма Белова Ольга Белова», but not the event's own
        participle) and another person's name comes after it in the same noun phrase (no verb,
        conjunction or clause word between); the owner's name is inflected (a genitive). Any
        noun before the owner does when the other name follows it at once («координатора штаба
        Алексея Навального Кирилла Ветошкина»: two names with nothing between are no list)."""
        if start == 0:
            return False
        nxt = min((a for a in others if a >= end), default=None)
        if nxt is None or nxt - end > 10:
            return False
        prev, _ = self._past_descriptors(doc[start - 1], start, keep=trigger)
        kin = self._word_in(prev, "relation_forms") or self._word_in(prev, "possessors")
        named_next = (
            not self.linear and nxt == end and doc[start - 1].is_lower and doc[start - 1].pos_ == "NOUN"
        )
        if not ((kin and (prev.is_lower or prev.is_sent_start)) or named_next):
            return False
        if not _inflected(doc[start], person, index):
            return False  # «Адвокат Мария Сонина и …»: the lawyer herself
        return not any(
            x.pos_ in ("VERB", "AUX", "CCONJ") or self._word_in(x, "relative_words") for x in doc[end:nxt]
        )

    def _harmed_one(self, f: Finding, person: Person, index: PersonIndex) -> bool:
        """«приговор по делу об убийстве 22-летней X», «осуждены за покушение на журналиста X»,
        «приговорил убийц X»: a name in an oblique case hung on a noun of harm done to someone
        (`harm_nouns`: a killing, an attack, a kidnapping, a killer) names the victim, who is no
        patient of an arrest, a verdict, a release or a removal (every mention in the sentence)."""
        if f.type == "death" or not self.lexicon.sets.get("harm_nouns"):
            return False
        sent = f.trigger.sent
        starts = [a for a, _ in person.mentions if sent.start <= a < sent.end]
        return bool(starts) and all(self._after_harm_noun(f.trigger.doc[a], person, index) for a in starts)

    def _after_harm_noun(self, first: Token, person: Person, index: PersonIndex) -> bool:
        """The mention that opens with `first` follows a harm noun, with at most «на», adjectives
        («жестоком», «22-летней») and lower-case role nouns («политика») between, and is not
        written in the nominative (as a subject after «убийства журналиста X скрылся» is)."""
        if not _inflected(first, person, index) and set(first.morph.get("Case")) in ({"Nom"}, set()):
            return False
        doc, k = first.doc, first.i - 1
        limit = max(first.sent.start, first.i - 5)
        while k >= limit:
            x = doc[k]
            if x.text in _QUOTE_CLOSERS:
                # «командира подводной лодки "Краснодар" X»: a title in marks inside the phrase
                back = range(k - 1, max(limit, k - 5) - 1, -1)
                opener = next((j for j in back if doc[j].text in _QUOTE_OPENERS), None)
                if opener is None:
                    return False
                limit = max(first.sent.start, limit - (k - opener + 1))
                k = opener - 1
                continue
            if (x.is_lower or k == first.sent.start) and self._word_in(x, "harm_nouns"):
                return True  # («Убийцу журналиста X задержали»: the noun opening the sentence too)
            if self._harm_participle(x):
                return True  # «Убившего командира X приговорили»: the participle's victim
            if not (x.lower_ == "на" or (x.is_lower and x.pos_ in ("ADJ", "NOUN")) or "-летн" in x.lower_):
                return False
            k -= 1
        return False

    def _harm_participle(self, x: Token) -> bool:
        """A participle of a harm verb (`harm_verbs`: «убивший», «напавший», «похитивший»): the
        name it governs is its victim. Russian only (Belarusian words carry no such lemma)."""
        return (
            not self.linear
            and ("Part" in x.morph.get("VerbForm") or bool(participle_cases(x.text)))
            and x.lemma_.lower() in self.lexicon.sets.get("harm_verbs", ())
        )  # (a participle opening the sentence may be tagged as a name: «Убившего …»)

    def _titled_agent(self, f: Finding, person: Person, index: PersonIndex) -> bool:
        """«приговор оглашала судья Наталья Береснева», «обвинение поддерживал прокурор X»: a name
        in the nominative right after the title of a judge, prosecutor or investigator
        (`agent_roles`) is the one who acts on the case, never the patient of its verdict or
        arrest (every mention in the trigger's sentence; the parse rule `_agent_role` says the
        same, but a verb the tagger takes for an adjective — «оглашала» — leaves the name to
        rules that do not read the title). A name in an oblique case after the title («судью X
        задержали») is left to the parse."""
        if f.type not in ("arrest", "sentence"):
            return False
        sent = f.trigger.sent
        doc = sent.doc
        starts = [a for a, _ in person.mentions if sent.start <= a < sent.end]
        return bool(starts) and all(
            a > sent.start
            and self._word_in(doc[a - 1], "agent_roles")
            and set(doc[a - 1].morph.get("Case")) == {"Nom"}
            and not _inflected(doc[a], person, index)
            for a in starts
        )

    def _head_noun_name(self, f: Finding, person: Person, index: PersonIndex) -> bool:
        """«Жена осуждённого на восемь лет Игоря Лыкова Тамара Лыкова», «Отец задержанной Марии
        Шум, Виктор Шум», «Следователь по делу задержанных Антон Лисов»: a name in the nominative
        after a noun phrase whose noun has the trigger as an oblique participle is that noun's
        own name (a kin or a role), never the participle's patient (every mention in the sentence)."""
        t = f.trigger
        if self.linear or not {"Gen", "Dat", "Ins", "Loc"} & set(t.morph.get("Case")):
            return False
        if "Part" not in t.morph.get("VerbForm") and not participle_cases(t.text):
            return False  # «С момента ареста в 2022 году X …»: a noun of the event is X's own
        head = t.doc[t.i - 1] if t.i > t.sent.start else None
        while head is not None and head.pos_ in ("ADV", "ADJ") and head.i > t.sent.start:
            head = t.doc[head.i - 1]  # «Мать недавно задержанного …»
        if head is None or head.pos_ != "NOUN" or index.person_at(head) is not None:
            return False
        sent = t.sent
        starts = [a for a, _ in person.mentions if sent.start <= a < sent.end]
        return bool(starts) and all(
            t.i < a <= t.i + 10
            and not _inflected(t.doc[a], person, index)
            and not any(
                x.pos_ in ("VERB", "AUX", "CCONJ", "SCONJ") or x.text in ("—", "–", ":", ";", "(", ".")
                for x in t.doc[t.i + 1 : a]
            )
            for a in starts
        )

    def _in_title(self, t: Token) -> bool:
        """«По делу «Арестованных дальнобойщиков»», «фильм «Задержание»», «закон «Об
        освобождении …»»: a trigger inside a short pair of marks right after a noun that names
        a case, a work, a law or an outlet (`title_nouns`, `title_cues`) is a title, no event."""
        text = doc_text(t.doc)
        for start, end in quote_pairs(text):
            if not start < t.idx < end:
                continue
            if len(text[start + 1 : end - 1].split()) > 6:
                return False
            before = t.doc.char_span(max(0, start - 40), start, alignment_mode="contract")
            words = [x for x in before or () if x.is_alpha]
            return bool(words) and (
                self._word_in(words[-1], "title_nouns") or self._word_in(words[-1], "title_cues")
            )
        return False

    def _administrative_case(self, sent: Span) -> bool:
        """A sentence that names the code of administrative offences (`administrative_codes`:
        КоАП, КаАП), not the criminal code (`criminal_codes`) and no term of months or years:
        its verdict is days of arrest or a fine, no prison sentence."""
        sets = self.lexicon.sets
        words = {x.lower_ for x in sent}
        if not words & sets.get("administrative_codes", set()) or words & sets.get("criminal_codes", set()):
            return False
        return term_months(list(sent), self.lexicon) is None  # (months or years: a prison term)

    def _near_words(self, t: Token, prefixes: list[str]) -> bool:
        """A word starting with one of `prefixes` after `t` in its sentence or in the next one."""
        doc = t.doc
        end = doc[t.sent.end].sent.end if t.sent.end < len(doc) else t.sent.end
        return any(x.lower_.startswith(tuple(prefixes)) for x in doc[t.i + 1 : end])

    def _read_also(self, t: Token) -> bool:
        """`t` is on a «Чытайце таксама: …» line, the headline of another article."""
        links = tuple(self.lexicon.sets.get("read_also", ()))
        if not links:
            return False
        text = doc_text(t.doc)
        start = text.rfind("\n", 0, t.idx) + 1
        return text[start : start + 40].lower().startswith(links)

    def _window(self, t: Token, trigger_ids: set[int]) -> list[Token]:
        """Tokens from the trigger to the next trigger, a verb of demand or threat («…,
        обвинение просит 6 лет») or the end of its sentence."""
        out = []
        skip_to = -1
        sent_end = t.sent.end
        for x in t.doc[t.i : sent_end]:
            if x.i <= skip_to:
                continue
            if x.i != t.i and x.i in trigger_ids and x.i > t.i + 1:
                if self._basis_of(x, t):
                    out.append(x)  # «получивший по тому же приговору семь лет»: the same verdict
                    continue
                close = self._participle_clause_end(x, sent_end)
                if close is None:
                    break
                skip_to = close  # «приговорил X, задержанного ещё в мае, к семи годам»
                continue
            if x.i != t.i and self._word_in(x, "blockers"):
                break
            if x.i != t.i and self._word_in(x, "time_served") and not self._fated_stay(x, t):
                break  # «…, проведший за решёткой 17 лет»: time served, not the term
            if (
                not self.linear
                and x.text == ","
                and x.i + 1 < sent_end
                and x.doc[x.i + 1].lower_ == "а"
                and out
                and not any(y.like_num or y.lemma_.lower() in self.lexicon.numbers for y in out)
            ):
                break  # «к девяти годам был приговорён X, а его заместитель — к восьми»: Y's clause
            if (
                self.linear
                and x.text == ":"
                and x.i + 1 < sent_end
                and x.doc[x.i + 1].text in ('"', "«", "„")
            ):
                break  # «… выйшла да журналістаў: «Чатыры гады за чат»»: a speaker's words
            out.append(x)
        return out

    def _fated_stay(self, x: Token, t: Token) -> bool:
        """(Belarusian) «яму давядзецца правесці ў калоніі чатыры гады»: the stay that the
        trigger «давядзецца» (`fated`) opens is what the verdict fixed, its own term; not time
        served."""
        fated = self.lexicon.sets.get("fated", ())
        return bool(fated) and t.lower_ in fated and x.i - t.i <= 2

    def _basis_of(self, x: Token, t: Token) -> bool:
        """A verdict noun in a «по»/«согласно» phrase on trigger `t` («получил по приговору
        суда пять лет», «осуждён по тому же приговору на шесть лет») names the ground the
        trigger's own verdict rests on, not another event: the term after it is still `t`'s."""
        return (
            not self.linear
            and x.head.i == t.i
            and x.pos_ == "NOUN"
            and self._word_in(x, "verdict_basis")
            and any(c.dep_ == "case" and c.lower_ in ("по", "согласно") for c in x.children)
        )

    @staticmethod
    def _participle_clause_end(x: Token, sent_end: int) -> int | None:
        """The closing comma of a participle's clause set off by commas («…, задержанного ещё в
        мае, …») that starts at `x`, when more of the sentence follows it; else None."""
        doc = x.doc
        if x.i == 0 or doc[x.i - 1].text != "," or "Part" not in x.morph.get("VerbForm"):
            return None
        for y in doc[x.i + 1 : min(sent_end, x.i + 12)]:
            if y.text in ("—", "–", ":", ";", "(", "«", '"'):
                return None
            if y.text == ",":
                return y.i if y.i + 1 < sent_end - 1 else None
        return None


def _own_participle(trigger: Token, end: int) -> bool:
    """`trigger` follows the mention ending at `end` past only a comma (and a relative word):
    the name's own participle or relative clause («X, осуждённая …», «X, которую задержали»)."""
    if trigger.i < end:
        return False
    between = trigger.doc[end : trigger.i]
    return len(between) <= 3 and all(
        x.is_punct or x.lemma_.lower() in ("который", "которая") for x in between
    )


def _refused_after(t: Token, verb: Token) -> bool:
    """«после освобождения из колонии отказался покидать страну»: a past refusal that followed
    the event tells the event as given (GUIDELINES: a release, then an arrest if taken back)."""
    return (
        t.pos_ == "NOUN"
        and t.head.i == verb.i
        and "Past" in verb.morph.get("Tense")
        and any(c.lower_ in ("после", "пасля") and c.i < t.i for c in t.children)
    )


_BOUND_WORDS = ("менш", "меней", "больш", "болей", "менее", "более", "меньше", "больше")


def _bound_of_number(x: Token) -> bool:
    """«не менш за 15», «ня больш як 20», «не менее десяти»: a negation that bounds the number
    after it (an approximate count) and negates no event."""
    doc = x.doc
    return x.i + 1 < len(doc) and doc[x.i + 1].lower_ in _BOUND_WORDS
