"""Releases, deportations, deaths and refusals to leave: where a person was taken (abroad,
from a country), custody at death, release from office (no event), «since» a release, and
a removal told again in the next sentence."""

from __future__ import annotations

from spacy.tokens import Span, Token

from vigil.extract.doctext import doc_text
from vigil.extract.findings import Finding, Person
from vigil.extract.ru.events.words import (
    _TOWARDS,
)
from vigil.extract.ru.lexicon import TriggerRule
from vigil.extract.ru.persons import PersonIndex, pronoun_gender, sentences_back

_TIME_NOUNS = frozenset(
    (
        "весна",
        "лето",
        "осень",
        "зима",
        "январь",
        "февраль",
        "март",
        "апрель",
        "май",
        "июнь",
        "июль",
        "август",
        "сентябрь",
        "октябрь",
        "ноябрь",
        "декабрь",
        "год",
        "месяц",
        "неделя",
        "день",
        "утро",
        "вечер",
        "ночь",
        "время",
        "итог",
        "конец",
        "начало",
        "середина",
    )
)
_EXIT_COMPLEMENTS = frozenset(("замуж", "вперёд", "вперед", "наружу", "навстречу", "туда", "оттуда", "сюда"))
_VERDICT_WORDS = frozenset(
    (
        "приговорить",
        "осудить",
        "осуждённый",
        "осужденный",
        "приговор",
        "срок",
        "отбыть",
        "отсидеть",
        "досрочно",
        "удо",
        "условно-досрочно",
        "колония",
        "помиловать",
        "помилование",
        "амнистия",
    )
)


class ExitRules:
    """Releases, removals abroad, deaths in custody; a mixin of `EventFinder`, whose `lexicon`, `linear` and
    other rules its methods use."""

    @staticmethod
    def _same_removal(findings: list[Finding]) -> None:
        """«Грамадзяніна Латвіі X выдварылі з Беларусі. Яго давезлі да мяжы і перадалі
        латвійскім памежнікам»: a removal told again in detail in the same or the next sentence
        is the same removal; when the first telling freed no prisoner (a foreigner sent home,
        one handed to another state's jail), the detail does not free one either."""
        removals = sorted(
            (f for f in findings if f.type == "deportation" and f.persons), key=lambda f: f.trigger.i
        )
        for n, f in enumerate(removals):
            if not f.implies_release:
                continue
            sent = f.trigger.sent
            if any(
                not g.implies_release
                and set(map(id, f.persons)) <= set(map(id, g.persons))
                and g.trigger.sent.start >= sentences_back(sent, 1)
                for g in removals[:n]
            ):
                f.implies_release = False

    def _removed_unheld(self, findings: list[Finding]) -> None:
        """«Журналистку X выслали в Литву», «вывезли к КПП и выслали в Грузию журналиста X»: a
        removal frees a prisoner only when the article holds the person (an arrest, verdict,
        release or death of theirs anywhere) or its sentence or the one before speaks of custody
        or prisoners (`custody`, `prisoner_stems`); else a free person was sent away (Russian)."""
        if self.linear:
            return
        held = {id(p) for f in findings if f.type != "deportation" for p in f.persons}
        stems = tuple(self.lexicon.sets.get("prisoner_stems", ()))
        for f in findings:
            if f.type != "deportation" or not f.implies_release or not f.persons:
                continue
            if any(id(p) in held for p in f.persons):
                continue
            doc = f.trigger.doc
            words = doc[sentences_back(f.trigger.sent, 1) : f.trigger.sent.end]
            if not any(self.lexicon.word_in(x, "custody") or x.lower_.startswith(stems) for x in words):
                f.implies_release = False

    def _refused_to_leave(self, findings: list[Finding], index: PersonIndex) -> None:
        """«вывезли к литовской границе, но он отказался её пересекать», «адмовіўся пакідаць
        Беларусь»: a person who refused to cross the border was released, not deported
        (GUIDELINES); the refusal is in the deportation's sentence or the next one."""
        doc = index.doc
        for f in findings:
            if f.type != "deportation" or not f.persons:
                continue
            sent = f.trigger.sent
            end = sent.end
            if end < len(doc):
                end = doc[end].sent.end
            refusers: list[Person] = []
            for x in doc[f.trigger.i + 1 : end]:
                if not self._word_in(x, "refuse"):
                    continue
                if not any(self._word_in(y, "leave") for y in doc[x.i + 1 : min(end, x.i + 4)]):
                    continue
                refusers += self._refuser(x, index)
            kept = [p for p in f.persons if p not in refusers]
            if len(kept) == len(f.persons):
                continue
            self._refusers |= {id(p) for p in f.persons if p in refusers}  # no group expels them
            if kept:
                released = Finding("release", f.trigger, persons=[p for p in f.persons if p in refusers])
                released.date = f.date
                findings.append(released)
                f.persons = kept
            else:
                f.type = "release"

    def _refusers_anywhere(self, index: PersonIndex) -> None:
        """«Среди них — X и Y. … X отказался переходить границу», «перасякаць мяжу ён адмовіўся»,
        «X, которого также помиловали, остался в Беларуси»: whoever the article says refused to
        leave or stayed in the country is no member of a group's removal abroad, wherever the
        group named them (GUIDELINES: a release and an arrest, no deportation); the English
        rule's twin (`_refusing_subjects`). Only removals lose them (`group_findings`)."""
        doc = index.doc
        for x in doc:
            if not (self._refusal_to_leave(x) or self._left_unwilling(x) or self._stayed_home(x)):
                continue
            persons = (
                self._refuser(x, index) or self._subject_person(x, index) or self._one_of_them_after(x, index)
            )
            apart = {id(p) for p in persons} - self._refusers
            self._refusers |= apart
            self.refusers_apart |= apart

    def _left_unwilling(self, x: Token) -> bool:
        """«перасякаць мяжу ён адмовіўся»: the verb of leaving fronted before the refusal."""
        doc = x.doc
        return self._word_in(x, "refuse") and any(
            self._word_in(y, "leave") for y in doc[max(x.sent.start, x.i - 4) : x.i]
        )

    def _stayed_home(self, x: Token) -> bool:
        """«остался в Беларуси», «засталіся ў краіне», «осталась дома»: a verb of staying whose
        place (the next words) is home (`home_places`), not «остался в колонии»."""
        if not self._word_in(x, "stay_verbs"):
            return False
        doc = x.doc
        after = doc[x.i + 1 : min(x.sent.end, x.i + 3)]
        return any(self._word_in(y, "home_places") for y in after)

    @staticmethod
    def _subject_person(x: Token, index: PersonIndex) -> list[Person]:
        """The parse's subject of the verb when it is a person («X, которого также помиловали,
        остался …»: a relative clause between them)."""
        for c in x.children:
            if c.dep_ != "nsubj":
                continue
            # («Пенсионер X …»: the role noun is the subject, the name its apposition)
            for y in [c, *(a for a in c.children if a.dep_ in ("appos", "flat:name"))]:
                if (person := index.person_at(y)) is not None:
                    return [person]
        return []

    def _one_of_them_after(self, x: Token, index: PersonIndex) -> list[Person]:
        """«Двое адмовіліся з'язджаць …; адзін з іх — X»: a counted subject of the refusal whose
        members the same sentence names after «из них / з іх»."""
        doc = x.doc
        words = doc[x.i + 1 : x.sent.end]
        start = next(
            (y.i for y in words if self._word_in(y, "of_them") and doc[y.i - 1].lower_ in ("из", "з")), None
        )
        if start is None:
            return []
        found: list[Person] = []
        for y in doc[start + 1 : x.sent.end]:
            person = index.person_at(y)
            if person is not None and person not in found:
                found.append(person)
        return found

    def _refusal_to_leave(self, x: Token) -> bool:
        """«адмовіўся выходзіць / перасякаць мяжу»: a refusal to leave, which takes back no
        release told before it (GUIDELINES: refusing to leave is a release and an arrest)."""
        doc = x.doc
        return self._word_in(x, "refuse") and any(
            self._word_in(y, "leave") for y in doc[x.i + 1 : min(x.sent.end, x.i + 4)]
        )

    def _refuser(self, x: Token, index: PersonIndex) -> list[Person]:
        """Who refused: a name just before the verb of refusal, or a pronoun subject."""
        doc = x.doc
        for y in reversed(doc[max(x.sent.start, x.i - 4) : x.i]):
            person = index.person_at(y)
            if person is not None:
                return [person]
            gender = pronoun_gender(y, self.lexicon)
            if gender and y.lower_ not in self.lexicon.pronouns["plural"]:
                person = index.latest_before(y.i, gender)
                return [person] if person is not None else []
            if y.text in (",", ";") or self._word_in(y, "contrast"):
                break
        return []

    def _together_shared(self, findings: list[Finding]) -> None:
        """«X памілавалі разам з яшчэ 17 палітвязнямі і вывезлі ў Літву»: a later event of the
        same sentence that names nobody else (or took the bare 17) is the same group's."""
        for f, others in self._together:
            for g in findings:
                if g is f or g.trigger.sent != f.trigger.sent or g.trigger.i < f.trigger.i:
                    continue
                if (g.persons == f.persons and g.count is None) or (
                    not g.persons and g.count in (None, others)
                ):
                    g.persons = list(f.persons)
                    g.count = f.count
                    g.group_ref = True

    def _out_after_term(self, t: Token) -> bool:
        """«X, которого осудили на пять лет, вышел прошлой весной», «апелляция снизила срок, и он
        уже вышел»: «выйти» with no place, goal or object (only a time or a manner beside it) is
        out of prison when its sentence tells of a verdict or a term («вышел по амнистии»);
        «вышел из зала», «вышла замуж», «вышел в эфир», «вышел покурить» have their complement,
        and with no verdict told a bare «вышел» is someone leaving a room."""
        for c in t.children:
            if c.dep_ in ("obj", "iobj", "xcomp", "ccomp", "csubj"):
                return False
            if c.dep_ == "advmod" and c.lemma_.lower() in _EXIT_COMPLEMENTS:
                return False
            beside = c.like_num or c.lemma_.lower() in _TIME_NOUNS | _VERDICT_WORDS
            if c.dep_ in ("obl", "nmod") and not beside:
                return False
        return any(x.lemma_.lower() in _VERDICT_WORDS for x in t.sent if x.i != t.i)

    def _in_custody(self, t: Token, area: list[Token]) -> bool:
        """A death in custody: a place of custody in the trigger's clause, or earlier in its
        sentence («у калоніі: … там памёр») with no release between; «из колонии» is where
        a prisoner came out of, not where they died."""
        doc = t.doc
        for x in doc[t.sent.start : t.sent.end]:
            if self.label_of_lemma.get(x.lemma_.lower()) == "release" and any(
                self._word_in(y, "after") for y in doc[max(t.sent.start, x.i - 3) : x.i]
            ):
                return False  # «умер в больнице после освобождения»: no longer in custody
        earlier = [x for x in doc[t.sent.start : t.i] if x not in area]
        if t.sent.start > 0 and any(self._word_in(x, "there") for x in t.sent):
            # «…умерший в ИК-6. В феврале там скончался X»: «там» is the place just named
            earlier += list(doc[doc[t.sent.start - 1].sent.start : t.sent.start])
        elif self.linear and t.sent.start > 0:
            # «Гэта не першы выпадак смерці палітвязня ў гэтай калоніі. У траўні там жа памёр X»:
            # the sentence before tells of deaths (a noun) in a place of custody, this one of one more
            before = doc[doc[t.sent.start - 1].sent.start : t.sent.start]
            freed = any(
                self.label_of_lemma.get(x.lemma_.lower()) == "release" or self._word_in(x, "former")
                for x in t.sent
            )  # («… памёр былы палітвязень X — яго вызвалілі за тры тыдні да смерці»: no longer held)
            if not freed and any(self._word_in(x, "death_nouns") for x in before):
                earlier += list(before)
        for x in [*area, *earlier]:
            if not (self._word_in(x, "custody") or x.lower_.split("-")[0] in self.lexicon.sets["custody"]):
                continue
            if x.i > t.sent.start and self._word_in(doc[x.i - 1], "out_of"):
                continue
            if self._staff_of(x):
                continue  # «X, бывший сотрудник колонии, умер дома»: where X worked, not was held
            after = doc[x.i + 1] if x.i + 1 < len(doc) else None
            if after is not None and (
                after.lower_ in ("о", "об", "аб") or after.lower_.startswith("эксперт")
            ):
                continue  # «заключение о смерти», «заключение экспертизы»: a report, not prison
            lo, hi = sorted((x.i, t.i))
            if any(self.label_of_lemma.get(y.lemma_.lower()) == "release" for y in doc[lo:hi]):
                continue
            if x.i < t.i and self._kin_died(t) and any(y.text == "," for y in doc[lo:hi]):
                continue  # «Пока X был в колонии, умер его отец»: the prisoner's place, not the kin's
            if x.i > t.i and self._others_held_while(doc[t.i + 1 : x.i]):
                continue  # «памёр, пакуль абодва сыны былі за кратамі»: whose custody, the sons'
            return True
        return self._same_named_custody(t) or self._died_after_jailed(t) or self._died_in_detention(t)

    def _others_held_while(self, between: Span) -> bool:
        """(Belarusian) Between a verb of death and a place of custody after it, a clause of time
        («, пакуль / калі …», words.json `while_words`) with a subject of its own — kin, a
        plural pronoun or a collective numeral («абодва сыны», «яны», «муж»): the place is
        where those others were held, not where the dead person died."""
        if not self.linear:
            return False
        lex = self.lexicon
        words = list(between)
        opener = next(
            (
                n
                for n, y in enumerate(words)
                if y.lower_ in lex.sets.get("while_words", ()) and n > 0 and words[n - 1].text == ","
            ),
            None,
        )
        if opener is None:
            return False
        kin = {f for forms in lex.words.get("kin_forms", {}).values() for f in forms}
        others = {*kin, *lex.sets.get("kin_plural_forms", ()), *lex.sets.get("uncounted_numerals", ()), "яны"}
        return any(y.lower_ in others for y in words[opener + 1 :])

    def _died_in_detention(self, t: Token) -> bool:
        """(Russian, parsed) A death while being detained or questioned — the verb's own
        circumstance «при / во время / по задержании» with no object of its own («двое из них
        умерли по задержании»; not «погиб при задержании преступника», someone else's arrest),
        «во время следственных мероприятий / действий», or the dead described as detainees
        («после смерти задержанных X и Y»): a detainee is in custody (realnews6-ru, session 60;
        census in docs/extract-ru-be.md)."""
        if self.linear or self._officer_died(t):
            return False
        for c in t.children:
            if c.dep_ == "obl" and self._word_in(c, "detention_nouns"):
                cases = [y for y in c.children if y.dep_ == "case"]
                own = not any(y.dep_ in ("nmod", "obj") for y in c.children)
                if own and any(self._word_in(y, "detention_prepositions") for y in cases):
                    return True
            marks = [y for y in c.children if y.dep_ == "amod" and self._word_in(y, "inquiry_marks")]
            if c.dep_ == "obl" and self._word_in(c, "inquiry_nouns") and marks:
                return True
            if c.dep_ in ("nmod", "amod", "nsubj") and self._word_in(c, "detainee_lemmas"):
                return True
        return False

    def _officer_died(self, t: Token) -> bool:
        """The one who died is one of those who detain («полицейский Х погиб при задержании»,
        «сержант полиции Х»: `officer_nouns` as the subject or its apposition, or a subject of
        a force, `force_bodies`): an officer's death on duty, no detainee's."""
        for c in t.children:
            if not c.dep_.startswith("nsubj"):
                continue
            if self._word_in(c, "officer_nouns") or any(
                (y.dep_ == "appos" and self._word_in(y, "officer_nouns"))
                or (y.dep_ == "nmod" and self._word_in(y, "force_bodies"))
                for y in c.children
            ):
                return True
        return False

    def _died_after_jailed(self, t: Token) -> bool:
        """«скончался через два дня после того, как его доставили в СИЗО-1»: a death after being
        taken into a place of custody told later in the sentence (no release between)."""
        doc = t.doc
        after = [y for y in doc[t.i + 1 : min(t.sent.end, t.i + 6)] if self._word_in(y, "after")]
        if not after:
            return False
        for x in doc[after[0].i + 1 : t.sent.end]:
            if self.label_of_lemma.get(x.lemma_.lower()) == "release" or self._word_in(x, "out_of"):
                return False
            if self._word_in(x, "custody") or x.lower_.split("-")[0] in self.lexicon.sets["custody"]:
                return not self._staff_of(x)
        return False

    def _same_named_custody(self, t: Token) -> bool:
        """«Срок он отбывал в колонии «Витьба». … А в январе в той же «Витьбе» умер X», «У калоніі
        «Віцьба» памёр … У траўні ў той жа «Віцьбе» памёр X»: the place «тот же» («той жа»)
        points back to by its name is the custody the article named it as."""
        doc = t.doc
        lex = self.lexicon
        for x in doc[t.sent.start + 2 : t.i]:
            if x.lower_ not in ("же", "жа") or doc[x.i - 1].lemma_.lower() not in ("тот", "той"):
                continue
            k = x.i + 1
            while k < t.i and (doc[k].is_quote or (doc[k].pos_ == "ADJ" and doc[k].is_lower)):
                k += 1
            if k >= t.i or self._word_in(doc[k], "custody") or not doc[k].text[:1].isupper():
                continue
            stem = doc[k].lemma_.lower()[:4]
            for z in doc[: t.sent.start]:
                if (
                    z.text[:1].isupper()
                    and z.lemma_.lower()[:4] == stem
                    and any(
                        self._word_in(y, "custody") or y.lower_.split("-")[0] in lex.sets["custody"]
                        for y in doc[max(0, z.i - 3) : z.i]
                    )
                ):
                    return True
        return False

    def _kin_died(self, t: Token) -> bool:
        """The subject of the verb of death is a kin noun («умер его отец», «мать X умерла»)."""
        return not self.linear and any(
            c.dep_.startswith("nsubj")
            and (self._word_in(c, "possessors") or self._word_in(c, "relation_forms"))
            for c in t.children
        )

    def _staff_of(self, x: Token) -> bool:
        """A place of custody that names whose staff someone is («сотрудник колонии»,
        «начальник пенитенциарной службы»): the genitive of a staff noun, or its adjective."""
        if "custody_staff" not in self.lexicon.sets:
            return False  # Belarusian keeps no such list
        node = x
        for _ in range(2):
            if node.head.i == node.i:
                return False
            node = node.head
            if self._word_in(node, "custody_staff"):
                return True
        return x.i > 0 and self._word_in(x.doc[x.i - 1], "custody_staff")

    def _since(self, t: Token) -> bool:
        """«С момента своего освобождения X не может устроиться на работу»: «since» an event
        presupposes it whatever the main clause says, unless the sentence is conditional or
        future."""
        if self.linear:
            return False
        before = [x.lower_ for x in t.doc[max(t.sent.start, t.i - 4) : t.i]]
        if not any(w in ("с", "со") for w in before[:2]) or not any(w in ("момента", "дня") for w in before):
            return False
        sent = t.doc[t.sent.start : t.sent.end]
        return not any(
            self._word_in(x, "conditional")
            or self._word_in(x, "future_aux")
            or "Fut" in x.morph.get("Tense")
            or "Cnd" in x.morph.get("Mood")
            # a perfective verb not in the past is a future («сможет уехать»)
            or (
                {"Perf", "Fin"} <= {*x.morph.get("Aspect"), *x.morph.get("VerbForm")}
                and "Past" not in x.morph.get("Tense")
            )
            for x in sent
        )

    def _free_now(self, t: Token, rule: TriggerRule, index: PersonIndex) -> Finding | None:
        """«Правозащитница X на свободе», «X снова на свободе»: a clause with no verb of its own
        that puts the one person named before it at liberty is a release; «X остаётся на
        свободе», «X был на свободе до ареста» (a verb or a copula) are no release."""
        if t.head.i != t.i and t.head.pos_ in ("VERB", "AUX"):
            return None
        if any(c.dep_ == "cop" or c.pos_ in ("VERB", "AUX") for c in t.children):
            return None
        if any(x.pos_ in ("VERB", "AUX") for x in t.doc[t.sent.start : t.i]):
            return None
        before = t.doc[t.sent.start : t.i]
        if any(x.lower_ in ("сих", "ещё", "еще", "по-прежнему", "пока") for x in before):
            return None  # «до сих пор на свободе», «всё ещё на свободе»: never caught
        named = {id(p): p for x in before if (p := index.person_at(x)) is not None}
        if len(named) != 1 or any(
            index.person_at(x) is not None and "Nom" not in x.morph.get("Case") for x in before
        ):
            return None  # «Убийца Олега Жука на свободе»: whose killer, not who was freed
        person = next(iter(named.values()))
        finding = Finding(rule.label, t)
        finding.persons.append(person)
        finding.date = self._date(t)
        return finding

    def _from_country(self, t: Token) -> bool:
        """«выслан из России»: the deportation's place of origin is a country (a place name
        after «из»), not a prison («вывезли из колонии»)."""
        return any(
            c.dep_ == "obl"
            and c.ent_type_ == "LOC"
            and any(g.dep_ == "case" and self._word_in(g, "out_of") for g in c.children)
            for c in t.children
        )

    def _held_on_arrival(self, t: Token) -> bool:
        """A deportation followed by an arrest on arrival — later in its sentence («…, где его
        сразу задержали») or in the next sentence that tells the arrival («По прилёте в Душанбе
        он был взят под стражу»): handed to the home country's jail, no prisoner freed."""
        doc = t.doc
        sent = t.sent
        after = list(doc[t.i + 1 : sent.end])
        if sent.end < len(doc):
            following = doc[sent.end].sent
            if any(self._word_in(x, "arrival") for x in following):
                after += list(following)
        return any(
            self.label_of_lemma.get(x.lemma_.lower()) == "arrest" or x.lemma_.lower() in ("стража", "сизо")
            for x in after
        )

    def _seized_before(self, t: Token) -> bool:
        """An arrest told by a finite verb or a short participle earlier in the deportation's
        sentence, with no release between («был задержан в Москве, где работал, и через две
        недели вывезен в Ташкент»): a rendition, not a prisoner freed by being expelled."""
        doc = t.doc
        for x in reversed(doc[t.sent.start : t.i]):
            label = self.label_of_lemma.get(x.lemma_.lower())
            if label == "release":
                return False
            if label == "arrest" and ("Fin" in x.morph.get("VerbForm") or "Short" in x.morph.get("Variant")):
                return True
        return False

    def _expelled(self, t: Token) -> bool:
        """An administrative expulsion («выдворить», «выдворение»), in the trigger or its sentence
        or the one before: a foreigner sent home, not a prisoner freed."""
        doc = t.doc
        start = doc[t.sent.start - 1].sent.start if t.sent.start > 0 else t.sent.start
        return any(self._word_in(x, "expulsion") for x in doc[start : t.sent.end])

    def _expelled_earlier(self, f: Finding, index: PersonIndex) -> bool:
        """«В 2019 году X задержали в Москве и выдворили в Таджикистан. … Его вывезли ночью из
        центра для иностранцев»: a removal retold of a person the article told before as expelled
        or extradited (a sentence naming them with such a word) is that expulsion, no prisoner
        freed."""
        doc = f.trigger.doc
        start = f.trigger.sent.start
        for person in f.persons:
            for a, _ in person.mentions:
                if a >= start:
                    continue
                sent = doc[a].sent
                if any(self._word_in(x, "expulsion") or self._word_in(x, "extradition") for x in sent):
                    return True
        return False

    def _from_office(self, t: Token) -> bool:
        """«освободил от должности», «освобождён с поста», «вызвалены ад пасады»: a release from
        a post or a duty (a few words may come between: «освободил Х от занимаемой должности»,
        «от должности он освобождён»)."""
        doc = t.doc
        after = [*doc[max(t.sent.start, t.i - 4) : t.i], *doc[t.i + 1 : min(t.sent.end, t.i + 7)]]
        return any(
            self._word_in(x, "office_from")
            and any(self._word_in(y, "office") for y in doc[x.i + 1 : x.i + 3])
            for x in after
            if x.i + 1 < t.sent.end
        ) or self._office_argument(t)

    def _office_argument(self, t: Token) -> bool:
        """(Russian, parsed) The post is the verb's own argument, however far before it: «от
        занимаемой с марта 2021 года должности замглавы Минэка Вольвач освобождается» — a noun
        of a post (`office_posts`: not the exemptions «от ответственности», «от уплаты» of the
        nearby `office` list) the parse hangs on the verb with «от» as its case word («с поста»
        goes with «снят», «из» with a place of custody) (realnews6-ru, session 60; census in
        docs/extract-ru-be.md)."""
        if self.linear:
            return False
        return any(
            self._word_in(c, "office_posts") and any(y.lower_ == "от" for y in c.children if y.dep_ == "case")
            for c in t.children
        )

    def _there_abroad(self, t: Token) -> bool:
        """«… вывезлі ў Літву. Туды ж праз тыдзень вывезлі і X»: «туды» (`there_words`) within
        a few words of the verb stands for a place abroad the sentence before named after a
        preposition of direction (Belarusian `there_words`; none in Russian)."""
        there = self.lexicon.sets.get("there_words", ())
        doc = t.doc
        if not there or t.sent.start == 0:
            return False
        near = doc[max(t.sent.start, t.i - 6) : min(t.sent.end, t.i + 4)]
        if not any(x.lower_ in there for x in near):
            return False
        prev = doc[t.sent.start - 1].sent
        return any(
            self._word_in(x, "abroad") and x.i > prev.start and doc[x.i - 1].lower_ in _TOWARDS for x in prev
        )

    def _release_told_before(self, t: Token, index: PersonIndex) -> bool:
        """A word of release (a trigger lemma of `release`: «памілавалі», «пасля вызвалення»)
        in the sentence of `t` or in the sentence before: «апынуліся ў Літве» after it is a
        removal of the freed, not an exile's own move. In a profile of a list of the freed
        (Belarusian: «X, 27 гадоў, Мінск. … Засталася ў Беларусі.») the release is the list's,
        told anywhere before it."""
        doc = t.doc
        start = doc[t.sent.start - 1].sent.start if t.sent.start > 0 else t.sent.start
        if self._profile_sentence(t, index):
            start = 0
        if any(self.label_of_lemma.get(x.lemma_.lower()) == "release" for x in doc[start : t.sent.end]):
            return True
        # a release told in several words («выйшаў на волю», «цалкам адбыў тэрмін»)
        if any(
            rule.label == "release" and start <= u.i < t.sent.end and u.i != t.i
            for u, rule, _ in self._sent_rules
        ):
            return True
        return self._freed_and_removed_before(t)

    def _freed_and_removed_before(self, t: Token) -> bool:
        """(Belarusian) An article that has told, anywhere before `t`, both a release and a
        removal abroad («Памілаваны 23, дзевяць з іх вывезены ў Літву»): its «засталіся ў
        Беларусі», «Хто выйшаў у Беларусі» are the rest of the freed, however far below, when «хто»
        marks them as a part of a group («Сярод тых, хто застаўся …»; not «X застаўся ў
        Беларусі» alone, who may never have been held)."""
        if not self.linear:
            return False
        if not any(x.lower_ in ("хто", "каго") for x in t.doc[max(t.sent.start, t.i - 3) : t.i]):
            return False  # a part of a group marked as such («тыя, хто …»), not anyone who stayed
        labels = {self.label_of_lemma.get(x.lemma_.lower()) for x in t.doc[: t.sent.start]}
        labels |= {rule.label for u, rule, _ in self._sent_rules if u.i < t.sent.start}
        return {"release", "deportation"} <= labels

    def _profile_sentence(self, t: Token, index: PersonIndex) -> bool:
        """(Belarusian) `t` is in a sentence that names nobody, in a paragraph that opens with a
        profile's names («X, 29 гадоў, Віцебск. …»): its dropped subject is the profile's person."""
        if not self.linear or any(index.person_at(x) is not None for x in t.sent):
            return False
        doc = t.doc
        text = doc_text(doc)
        a = text.rfind("\n", 0, t.idx) + 1
        b = text.find("\n", a)
        span = doc.char_span(a, b if b >= 0 else len(text), alignment_mode="expand")
        return span is not None and span.start < t.sent.start and bool(self._paragraph_names(span, index))

    def _abroad_before(self, t: Token) -> bool:
        """«Разам з X у Літву вывезлі яшчэ 13 чалавек»: a destination abroad fronted right
        before the verb (a preposition of direction and the place), which the Russian parse of
        a Belarusian sentence does not always hang on it (Belarusian only)."""
        if not self.linear:
            return False
        doc = t.doc
        for k in range(t.i - 1, max(t.sent.start, t.i - 4), -1):
            x = doc[k]
            if x.is_punct:
                return False
            if (
                self._word_in(x, "abroad")
                and doc[k - 1].lower_ in _TOWARDS
                # where to, not where («у Літву», «у Кіеў», «за мяжу»; not «у Літве»)
                and (x.lower_.endswith(("у", "ю")) or x.lower_ == x.lemma_.lower())
            ):
                return True
        return False
