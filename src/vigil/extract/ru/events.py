"""Events from trigger lemmas and the dependency parse (Russian rules, Belarusian words).

A trigger (patterns/triggers.jsonl) is an event when it is asserted: not negated, not an
infinitive («требуют освободить»), not future or conditional, not under a verb of demand,
threat or possibility («грозит», «может быть помилован»), not in a sentence of rumours.
Its patients are the persons whose nearest governing verb it is (object of an active
verb, subject of a passive or intransitive one), a participle's head noun («Ольга, задержанная
…»), resolved pronouns, or a counted group («освободили 41 человека»).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token

from vigil.extract.doctext import doc_text, first_line_end, text_lines
from vigil.extract.findings import Finding, Membership, Person, fold
from vigil.extract.ru.lexicon import Lexicon, TriggerRule
from vigil.extract.ru.names import participle_cases, participle_forms
from vigil.extract.ru.numbers import (
    article_number,
    count_of,
    is_number,
    number_value,
    term_months,
    term_range,
)
from vigil.extract.ru.persons import PersonIndex, folded, morph_gender, pronoun_gender, sentences_back
from vigil.extract.ru.quotes import QuoteFinding

# a dash or numbered list line's opening
_LIST_ITEM = re.compile(r"\s*(?:[—–•*-]|\d+[.)])\s")
_BULLETS = ("•", "·", "▪", "*", "-", "–", "—")  # marks that open a list's line
_AGE_ADJECTIVE = re.compile(r"^\d+-\w+$")
# Belarusian prepositions of direction before a place («у Літву», «за мяжу»: where to)
_TOWARDS = ("у", "ў", "ва", "на", "за")  # «44-гадоваму», «27-гадовую»: an age told as an adjective


_SUBJECT = ("nsubj", "nsubj:pass")
_STAY_VERBS = ("провести", "отсидеть")
_CUSTODY_PLACES = frozenset(("стража", "заключение", "колония", "сизо", "тюрьма", "изолятор", "спецприёмник"))
_AGE_ENDINGS = ("летний", "летняя", "летнего", "летней", "гадовы", "гадовая", "гадовага", "гадовай")
# a Belarusian or Russian passive participle in any gender, number and case («затрыманага»,
# «асуджаную», «вызваленых», «задержанного»)
_PARTICIPLE = re.compile(r"(?:[нт]|нн)(?:ы|ая|ае|ыя|ага|ай|аму|ую|ым|ых|ый|ое|ые|ого|ой|ому|ых)$")
_QUOTE_MARKS = frozenset('«»"„“”')
_LONGEST_TERM = 25 * 12  # a fixed term beyond this is a person's age in brackets
_INFINITIVE = ("ть", "ти", "чь", "ться", "тись", "ць", "ці", "чы", "цца")
# Belarusian infinitives (or a perfective's future, «вызваліць», «вызваляць»); the present's
# «-юць», «-уць», «-дзяць» («выходзяць») and the reflexive «-цца» are left to the words around
_LINEAR_INFINITIVE = ("аць", "іць", "ыць", "ляць", "ці", "чы")
_OBJECT = ("obj", "iobj", "nsubj:pass", "obl", "appos", "nmod", "xcomp")
_POSSESSIVES = frozenset(("его", "её", "ее", "их"))
# a possessive before a noun names its owner, Russian and Belarusian
_OWNERS = _POSSESSIVES | frozenset(("яго", "яе", "іх"))
_DESCEND = (
    "flat",
    "flat:name",
    "appos",
    "nmod",
    "conj",
    "amod",
    "det",
    "nummod",
    "case",
    "cc",
    "punct",
    "parataxis",
)


# prepositions before a noun that is no subject («з мужам», «для студэнтаў»)
_OBLIQUE_PREPOSITIONS = frozenset(
    {
        "з",
        "са",
        "із",
        "у",
        "ў",
        "в",
        "на",
        "за",
        "па",
        "да",
        "для",
        "ад",
        "пра",
        "аб",
        "к",
        "с",
        "о",
        "об",
        "от",
        "по",
        "про",
    }
)


# «второго отпустили», «других отпустили», «остальных освободили»: an object that stands for
# people other than the ones named (not «каждый», «оба», «все», which are the named)
_ANOTHER_ONE = frozenset({"второй", "другой", "третий", "четвертый", "остальной", "прочий"})
_DEMONSTRATIVES = {"того": "masc", "тот": "masc", "ту": "fem", "та": "fem"}
_NO_ONE = Person(name="", tokens=[""])  # a fronted object that is not a named person
_ORDINALS = frozenset({"пятый", "шестой", "седьмой", "восьмой", "девятый", "десятый"})


class EventFinder:
    """Matches trigger patterns once per vocabulary and turns asserted ones into findings."""

    def __init__(self, doc_vocab, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        # no parser for the language (Belarusian): patients, counts and assertion by position
        self.linear = bool(lexicon.extra.get("linear"))
        self.matcher = Matcher(doc_vocab)
        for i, rule in enumerate(lexicon.triggers):
            self.matcher.add(str(i), [rule.pattern])
        self.label_of_lemma: dict[str, str] = {}
        for rule in lexicon.triggers:
            lemma = rule.pattern[0].get("LEMMA") if len(rule.pattern) == 1 else None
            for word in lemma.get("IN", []) if isinstance(lemma, dict) else [lemma] if lemma else []:
                self.label_of_lemma[word] = rule.label

    def __call__(
        self, doc: Doc, index: PersonIndex, quotes: Sequence[QuoteFinding]
    ) -> tuple[list[Finding], list[Membership], set[int]]:
        seen: dict[tuple[int, str], Finding] = {}
        self._last_term: int | None = None
        triggers: list[tuple[Token, TriggerRule, int]] = []
        spans: list[tuple[int, int, int]] = []
        for match_id, start, end in self.matcher(doc):
            rule = self.lexicon.triggers[int(doc.vocab.strings[match_id])]
            trigger = doc[end - 1] if rule.trigger_last else doc[start]
            triggers.append((trigger, rule, end))
            spans.append((start, end, trigger.i))
        if self.linear:
            # «змясціў пад хатні арышт X»: a counted noun inside a longer trigger's words (or
            # right after its «сутак» or verb: «прызначыў 12 сутак арышту X», «вынес прысуд X»)
            # is that trigger's word,
            # not an event of its own competing for the names beside it
            triggers = [
                (t, rule, end)
                for t, rule, end in triggers
                if not (rule.needs_count or rule.needs_term)
                or not any(
                    i != t.i
                    and (
                        a <= t.i < b
                        or (
                            t.i == b
                            and (
                                doc[b - 1].lower_.startswith("сут")
                                or t.lemma_.lower() in self.lexicon.sets.get("verdict_nouns", ())
                            )
                        )
                    )
                    for a, b, i in spans
                )
            ]
            # «асудзілі на 15 сутак», «пакараў 10 суткамі арышту»: days of administrative arrest
            # told with a verdict's verb are the arrest the «сутак» pattern reads, no sentence
            days = {
                t.i
                for t, rule, end in triggers
                if rule.label == "arrest" and doc[end - 1].lower_.startswith("сут")
            }
            triggers = [
                (t, rule, end) for t, rule, end in triggers if not (rule.label == "sentence" and t.i in days)
            ]
            # «Імёны яшчэ васьмі вызваленых не называюцца»: the names of a group told before,
            # not an event of its own (nor a count)
            names_of = self.lexicon.sets.get("names_of", set())
            triggers = [
                (t, rule, end)
                for t, rule, end in triggers
                if not (
                    t.lower_ in self.lexicon.sets["group_nouns"]
                    and any(
                        doc[k].lower_ in names_of and all(x.is_alpha or x.like_num for x in doc[k + 1 : t.i])
                        for k in range(max(t.sent.start, t.i - 4), t.i)
                    )
                )
            ]
        trigger_ids = {t.i for t, _, _ in triggers}
        self._sent_rules = triggers
        # «пасля вызвалення», «з моманту арышту»: a noun told as a fact of the clause's subject
        # does not compete with the clause's own verb for the names around it
        self._clause_triggers = {t.i for t, rule, _ in triggers if rule.patient == "clause"}
        if self.linear:
            # «пасля агалошвання прысуду іх вызвалілі»: a verdict noun in a phrase of time
            after = self.lexicon.sets.get("after", set())
            self._clause_triggers |= {
                t.i
                for t, rule, _ in triggers
                if rule.needs_term and any(doc[k].lower_ in after for k in range(max(0, t.i - 2), t.i))
            }
        # «X адсядзеў «ад званка да званка» і выйшаў з турмы»: a verb that is a verdict only with
        # a term, in a sentence with no number or unit of time at all, gives nothing and does not
        # compete for the names beside it
        self._termless: set[int] = set()
        if self.linear:
            units = {*self.lexicon.terms["year"], *self.lexicon.terms["month"]}
            self._termless = {
                t.i
                for t, rule, _ in triggers
                if rule.needs_term
                and not any(
                    x.like_num
                    or x.lower_ in self.lexicon.numbers
                    or x.lower_ in units
                    or x.lemma_.lower() in units
                    for x in t.sent
                )
            }
        self._agents: set[int] = set()  # ids of persons told as who pardoned or freed (Belarusian)
        self._together: list[tuple[Finding, int]] = []  # «разам з яшчэ N»: the finding and its N others
        findings: list[Finding] = []
        rules: dict[int, TriggerRule] = {}
        agent_only: set[int] = set()  # findings whose parse gave an agent and no patient
        for token, rule, end in sorted(triggers, key=lambda x: x[0].i):
            if (token.i, rule.label) in seen:
                continue
            if not self._asserted(token, idiom=rule.negated) and not (
                (rule.label == "sentence" and self._verdict_stay(token))
                or (rule.patient == "clause" and self._since(token))
            ):
                continue
            finding = self._finding(doc, token, rule, end, index, quotes, trigger_ids)
            if finding is not None and not self.linear and not finding.persons:
                finding.own_patient = self._own_unnamed_patient(token)
            if finding is not None and finding.agent and not finding.persons:
                agent_only.add(id(finding))
            if finding is not None:
                seen[(token.i, rule.label)] = finding
                findings.append(finding)
                rules[id(finding)] = rule
        self._share_conjuncts(findings)
        self._share_converbs(findings)
        for f in findings:
            if f.own_patient:
                continue
            if not f.persons and f.count is None and not f.group_ref and not self.linear:
                self._nearest(f.trigger, rules[id(f)], f, index, quotes)
            if not f.persons and not self.linear:
                self._unparsed(f, rules[id(f)], index, trigger_ids)
        self._share_conjuncts(findings)
        self._changed_term_of_last(findings)
        for f in findings:
            if not f.persons and f.count is None and not f.group_ref and not self.linear:
                self._named_next(f, index)
            if not f.persons and f.count is None and not f.group_ref and self.linear:
                self._aged_noun(f, index, findings)
            if not f.persons and f.count is not None and not self.linear:
                self._others_named_next(f, index)
        if not self.linear:
            self._object_dropped(findings, rules, index)
        # «суд асудзіў усіх пяцёх:» then one «— X — тэрмін;» line per person: the verdict the
        # lines repeat may name nobody itself
        self._list_verdicts = [f for f in findings if f.type == "sentence" and _ends_in_colon(f.trigger.sent)]
        self._changed_term(findings)
        self._term_after_colon(findings, index)
        self._each_of_them(findings, index)
        headline = first_line_end(doc)
        titles = [
            f
            for f in findings
            if f.type == "sentence"
            and f.term is not None
            and not (f.persons or f.count is not None or f.group_ref)
            and f.trigger.idx < headline
        ]
        findings = [f for f in findings if f.persons or f.count is not None or f.group_ref]
        findings += self._gapped(doc, index, findings, rules, quotes)
        findings += self._rest_of_group(doc, findings)
        # a list under a heading of release («Вось хто вызвалены:») states each line's term too
        listed = self._colon_list(doc, index, triggers, findings)
        terms = self._term_lines(doc, index, findings + [f for f in listed if f.type == "sentence"])
        findings += listed + terms
        findings = [f for f in findings if f.persons or f.count is not None or f.group_ref]
        for f in findings:
            if not self.linear:
                self._extend_list(f, index)
            self._named_and_others(f, index)
            sent = f.trigger.sent
            f.beyond_group = any(
                self._word_in(x, "more") and number_value([x.doc[x.i + 1]], self.lexicon) == 1
                for x in doc[sent.start : sent.end - 1]
            )
            f.more_count = (
                f.count is not None
                and not f.persons
                and any(
                    self._word_in(x, "more") and number_value([x.doc[x.i + 1]], self.lexicon) == f.count
                    for x in doc[sent.start : sent.end - 1]
                )
            )
        self._together_shared(findings)
        if not self.linear:
            self._pronoun_of_new_group(findings)
        self._all_of_them(findings, index)
        self._all_but(findings)
        self._refused_to_leave(findings, index)
        self._same_removal(findings)
        findings = self._bracketed_terms(findings)
        findings += self._bracketed_past_terms(findings, index)
        findings = self._alternating_terms(findings, index)
        findings = self._respectively(findings, index)
        findings += self._earlier_terms(findings)
        findings += self._total_term(doc, findings, index)
        findings += self._headline_term(titles, findings, headline)
        if not self.linear:
            # «Журналистку помиловал Лукашенко»: the parse made him the subject (the agent); a
            # later fallback that looks for any name near the verb must not make him its patient
            for f in findings:
                if id(f) in agent_only and f.persons:
                    f.persons = [p for p in f.persons if not self._agent_after(f, p)]
            findings = [f for f in findings if f.persons or f.count is not None or f.group_ref]
        triggers = {f.trigger.i for f in findings}
        return _one_per_sentence(findings), self._memberships(doc, index, triggers), set()

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

    def _others_named_next(self, f: Finding, index: PersonIndex) -> None:
        """«Трое других арестованных в ту ночь были из одного села. Иван А. … Пётр Б. … Олег В. …»:
        a small counted group of «других» whose members each open one of the next sentences of
        the paragraph, by names the article has not used before, are those named; «других» tells
        a part of a group counted before, so the part's own number is not a new count."""
        t = f.trigger
        doc, sent = t.doc, t.sent
        if not 2 <= f.count <= 4:
            return
        # «Двое других задержанных»: the counted noun is the trigger itself or the group's noun
        nouns = [x for x in sent if (x.i == t.i or x.lemma_.lower() == (f.group or "")) and x.i <= t.i + 1]
        if len(nouns) != 1 or not any(self._word_in(c, "others") for c in nouns[0].children):
            return
        if any(index.person_at(x) is not None for x in sent):
            return
        persons: list[Person] = []
        end = sent.end
        while len(persons) < f.count and end < len(doc):
            if "\n" in doc[end - 1].whitespace_ or "\n" in doc[end - 1].text:
                return  # another paragraph
            nxt = doc[end].sent
            opener = next((x for x in nxt[:2] if index.person_at(x) is not None), None)
            person = index.person_at(opener) if opener is not None else None
            if person is None or any(p is person for p in persons):
                return
            listed = list({id(p): p for x in nxt if (p := index.person_at(x)) is not None}.values())
            if not persons and len(listed) == f.count and all(p.gender == person.gender for p in listed):
                persons = listed  # «Пётр А., Глеб Б. и Ян В. …»: all of them in one sentence
                break
            persons.append(person)
            end = nxt.end
        if len(persons) == f.count and all(s >= sent.start for p in persons for s, _ in p.mentions):
            f.persons.extend(persons)
            f.count = None
            f.group_ref = False

    @staticmethod
    def _pronoun_of_new_group(findings: list[Finding]) -> None:
        """«Полиция задержала троих прохожих, — их оштрафовали и отпустили»: «их» right after a
        group counted in the same sentence with no names is that group, not a named group the
        article told of before; with no number in its own clause it names nobody and counts
        nobody, so it tells no event."""
        for f in findings:
            if not f.pronoun_group or f.persons:
                continue
            group = next(
                (
                    g
                    for g in findings
                    if g is not f
                    and g.trigger.sent == f.trigger.sent
                    and g.trigger.i < f.trigger.i
                    and g.count is not None
                    and not g.persons
                    # «освободила 41 человека и вывезла их в Литву»: a conjoined verb is the group's
                    and not (f.trigger.dep_ == "conj" and f.trigger.head.i == g.trigger.i)
                ),
                None,
            )
            if group is not None:
                f.told_back = False
                f.pronoun_group = False
                f.group_ref = False

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
            if kept:
                released = Finding("release", f.trigger, persons=[p for p in f.persons if p in refusers])
                released.date = f.date
                findings.append(released)
                f.persons = kept
            else:
                f.type = "release"

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
                    close = next(
                        (k for k in range(end + 1, min(sent.end, end + 10)) if doc[k].text == ")"), None
                    )
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
                if end >= len(doc) or doc[end].text != "(":
                    continue
                sent = doc[end].sent
                close = next((k for k in range(end + 1, min(sent.end, end + 10)) if doc[k].text == ")"), None)
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

    def _all_of_them(self, findings: list[Finding], index: PersonIndex) -> None:
        """«Среди них — A, B и C. Все трое задержаны в 2021 году»: «all N» or «both» with no
        name of its own refers back to the N people the sentence before names."""
        lex = self.lexicon
        lists = None
        extras = {id(f): f.persons for f in findings if not self.linear and self._all_and_also(f, index)}
        for f in findings:
            if id(f) in extras:
                f.persons = []
        for f in findings:
            if f.count is None or (f.persons and (self.linear or len(f.persons) >= f.count)):
                continue
            sent = f.trigger.sent
            if sent.start == 0:
                continue
            words = list(sent)
            stated = [
                x
                for k, x in enumerate(words)
                if self._word_in(x, "all_of")
                and (
                    number_value([x], lex) == f.count
                    or (k + 1 < len(words) and number_value([words[k + 1]], lex) == f.count)
                )
            ]
            if not stated:
                if not f.persons:
                    self._gendered_group(f, findings)
                continue
            if f.persons:
                # «Всех семерых задержали …, а X и Y — под домашний арест»: names the parse hung
                # on the trigger from another clause give way to the group «all N» is the object
                # of, when they belong to it
                if not any(x.head.i == f.trigger.i or x.head.head.i == f.trigger.i for x in stated):
                    continue
                if lists is None:
                    lists = self._listed_people(findings)
                group = [g for g in lists if len(g) == f.count and set(map(id, f.persons)) <= set(map(id, g))]
                if len(group) == 1:
                    f.persons = list(group[0])
                continue
            before = f.trigger.doc[sent.start - 1].sent
            named: list[Person] = []
            for root, person in index.mention_roots():
                if before.start <= root.i < before.end and person not in named:
                    named.append(person)
            if len(named) == f.count:
                f.persons = named
                continue
            # «Браты X і іх сябар Y былі затрыманыя. Суд асудзіў усіх траіх»: the patients of
            # the events of the sentence before, when they are exactly that many
            told: list[Person] = []
            for g in findings:
                if before.start <= g.trigger.i < before.end:
                    told += [p for p in g.persons if p not in told]
            if len(told) == f.count and len(told) > len(named):
                f.persons = told
                continue
            # «Все шестеро были арестованы» after a report that named the six one by one: the
            # patients of the findings before it, when they are exactly that many, unless a
            # group of that size was told with its own names («X и двух её знакомых … всех
            # троих»: that group, whose others are unnamed)
            before = sorted((g for g in findings if g.trigger.i < sent.start), key=lambda g: g.trigger.i)
            same = [g for g in before if g.count == f.count]
            if same and same[-1].persons:
                f.persons = list(same[-1].persons)
                continue
            earlier: list[Person] = []
            for g in before:
                earlier += [p for p in g.persons if p not in earlier]
            if len(earlier) == f.count:
                f.persons = earlier
                continue
            # «Все 11 были задержаны весной. Приговоры:\n1. A — …;\n2. B — …»: the one list of
            # the article whose lines name exactly that many people
            if lists is None:
                lists = self._listed_people(findings)
            group = [g for g in lists if len(g) == f.count]
            if len(group) == 1:
                f.persons = list(group[0])
                continue
            if not earlier:
                f.persons = self._told_next(f, findings)
        for f in findings:
            if id(f) in extras:
                f.persons += [p for p in extras[id(f)] if p not in f.persons]
                f.count = None  # «всех троих, а также X»: a group larger than its number

    def _all_and_also(self, f: Finding, index: PersonIndex) -> bool:
        """«Всех троих, а также фотографа X, задержали»: «all N» with a name added by «а также»
        before the verb: the named are besides the N told before."""
        if f.count is None or not f.persons or f.trigger.sent.start == 0:
            return False
        doc = f.trigger.doc
        words = doc[f.trigger.sent.start : f.trigger.i]
        for k, x in enumerate(words[:-3]):
            if not self._word_in(x, "all_of") or number_value([words[k + 1]], self.lexicon) != f.count:
                continue
            rest = words[k + 2 : k + 6]
            if len(rest) >= 3 and rest[0].text == "," and rest[1].lower_ == "а" and rest[2].lower_ == "также":
                return all(any(a <= words[-1].i and b > rest[2].i for a, b in p.mentions) for p in f.persons)
        return False

    def _told_next(self, f: Finding, findings: list[Finding]) -> list[Person]:
        """«Всех пятерых задержали в марте. … Ковальчуку суд назначил шесть лет. Хачатрян
        получил четыре года … Пятый фигурант, Пастухов, оправдан»: «all N» told before the
        names goes on to the people the events of the next sentences befall, when those
        (up to eight sentences on, no other counted group among them) are exactly N."""
        doc = f.trigger.doc
        sent = f.trigger.sent
        end = sent.end
        for _ in range(8):
            if end >= len(doc):
                break
            end = doc[end].sent.end
        after = sorted((g for g in findings if sent.end <= g.trigger.i < end), key=lambda g: g.trigger.i)
        # («Адзін з іх быў у СІЗА, другі — пад хатнім арыштам»: a smaller part that names nobody
        # is the same people told in parts, no other group)
        after = [g for g in after if not (g.count is not None and not g.persons and g.count < f.count)]
        if not after or any(g.count is not None for g in after):
            return []
        told: list[Person] = []
        for g in after:
            told += [p for p in g.persons if p not in told]
        return told if len(told) == f.count else []

    def _gendered_group(self, f: Finding, findings: list[Finding]) -> None:
        """«Пятерых мужчин задержали в феврале, Кагарманову — в марте» after a list of six
        defendants, five of them men: a bare «N men» or «N women» with the trigger are the
        people of that gender of the one list that names exactly N of them."""
        if self.linear:
            return
        gender = None
        for c in [*f.trigger.children, f.trigger.head]:
            lemma = c.lemma_.lower()
            if lemma in ("мужчина", "женщина") and "Plur" in c.morph.get("Number"):
                others = [d for d in c.children if d.dep_ not in ("punct",)]
                if len(others) == 1 and number_value([others[0]], self.lexicon) == f.count:
                    gender = "masc" if lemma == "мужчина" else "fem"
        if gender is None:
            return
        groups = [[p for p in g if p.gender == gender] for g in self._listed_people(findings)]
        groups = [g for g in groups if len(g) == f.count]
        if len(groups) == 1:
            f.persons = groups[0]

    def _listed_people(self, findings: list[Finding]) -> list[list[Person]]:
        """The people of each dash or numbered list of the document (its lines in a row, blank
        lines between them allowed), in the order of the lines, from the findings on the lines."""
        text = doc_text(findings[0].trigger.doc) if findings else ""
        starts: dict[int, int] = {}  # a line's offset -> the offset of its list's first line
        first = None
        for a, line in text_lines(text):
            if _LIST_ITEM.match(line):
                first = a if first is None else first
                starts[a] = first
            else:
                first = None
        lists: dict[int, list[Person]] = {}
        for f in sorted(findings, key=lambda g: g.trigger.i):
            at = text.rfind("\n", 0, f.trigger.idx) + 1
            if at in starts:
                people = lists.setdefault(starts[at], [])
                people += [p for p in f.persons if p not in people]
        return list(lists.values())

    def _each_of_them(self, findings: list[Finding], index: PersonIndex) -> None:
        """«Среди них — A и B. Каждого из них приговорили к трём годам», «Кожнаму з іх далі
        па тры гады»: «each of them» with no name of its own is said of every person the
        sentence before names (two at least)."""
        for f in findings:
            if f.persons or f.count is not None:
                continue
            sent = f.trigger.sent
            words = list(sent)
            if sent.start == 0 or not any(
                x.lower_.startswith(("кажд", "кожн"))
                and k + 2 < len(words)
                and words[k + 1].lower_ in ("из", "з")
                and words[k + 2].lower_ in ("них", "іх", "их")
                for k, x in enumerate(words)
            ):
                continue
            before = f.trigger.doc[sent.start - 1].sent
            named: list[Person] = []
            for root, person in index.mention_roots():
                if (
                    before.start <= root.i < before.end
                    and person not in named
                    and not self._only_agent(person, index)
                ):
                    named.append(person)
            if len(named) >= 2:
                f.persons = named
                f.group_ref = False

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

    def _all_but(self, findings: list[Finding]) -> None:
        """«Все, кроме двоих, освобождены», «Усіх, акрамя двух, вызвалілі»: the number after
        «кроме» is the people left out, never the group's count; with «все» before it the
        count is the group counted before less them."""
        lex = self.lexicon
        ordered = sorted(findings, key=lambda f: f.trigger.i)
        for f in ordered:
            sent = f.trigger.sent
            words = list(sent)
            for k, x in enumerate(words[:-1]):
                if not self._word_in(x, "except"):
                    continue
                run = []
                for y in words[k + 1 : k + 4]:
                    if not is_number(y, lex):
                        break  # «кроме того, двоих задержали»: no one left out
                    run.append(y)
                left_out = number_value(run, lex) if run else None
                if left_out is None or left_out != int(left_out):
                    continue
                if not any(self._word_in(y, "all_of") for y in words[:k]):
                    break  # «Кроме двоих журналистов, задержали и активиста»: besides, not but
                if f.count == left_out:
                    f.count, f.group = None, None
                earlier = [g.count for g in ordered if g.count and g.trigger.i < sent.start]
                if f.count is None and not f.persons and earlier and earlier[-1] > left_out:
                    f.count = earlier[-1] - int(left_out)
                    f.group_ref = True
                break

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

    def _respectively(self, findings: list[Finding], index: PersonIndex) -> list[Finding]:
        """«приговорил А, Б и В к 10, 9 и 7 годам (соответственно)»: a list of terms and a list
        of names of the same length pair up in order, each name with its own term; the word
        «respectively» is often left out."""
        out = list(findings)
        for sent in {f.trigger.sent for f in findings if f.type == "sentence"}:
            terms = self._term_list(sent)
            whole = not terms  # a list of whole terms pairs only when its names are as many
            terms = terms or self._full_term_list(sent)
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

    def _earlier_terms(self, findings: list[Finding]) -> list[Finding]:
        """«увеличила срок с 22 до 24 лет», «скараціў тэрмін з 5 да 4 гадоў»: a term changed on
        appeal states the earlier term too, which is a sentence of its own."""
        out = []
        lex = self.lexicon
        for f in findings:
            if f.type != "sentence" or f.term is None or not f.persons:
                continue
            doc = f.trigger.doc
            if (
                f.count is not None
                and f.term in (f.count, f.count * 12)
                and any(self._word_in(x, "instead") for x in f.trigger.sent)
            ):
                f.count = None  # «Вместо девяти лет X назначили семь»: «семь» is the term's, no group
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
        for x in doc[f.trigger.i + 1 : sent.end - 2]:
            if not self._word_in(x, "instead"):
                continue
            rest = doc[x.i + 1 : sent.end]
            if term_months(rest, self.lexicon) != f.term:
                return None
            # the unit word closes the earlier term; the later one follows it
            unit = next(
                (
                    y
                    for y in rest
                    if self._word_in(y, "months_words")
                    or y.lemma_.lower() in self.lexicon.terms["year"]
                    or y.lower_ in self.lexicon.terms["year"]
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

    def _trailing_number(self, tokens: Span, unit: int) -> int | None:
        """«вместо девяти лет … ей предстоит провести за решёткой семь»: a number closing the
        clause with its unit left out takes the unit of the term before it."""
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
        for x in sent:
            if x.text[:-1].isdigit() and x.text.endswith(","):
                values.append(float(x.text[:-1]))  # razdel keeps «10,» of «10, 9 и 7» whole
                continue
            if is_number(x, lex) and not (x.i > sent.start and is_number(x.doc[x.i - 1], lex)):
                run = [x]
                while run[-1].i + 1 < sent.end and is_number(x.doc[run[-1].i + 1], lex):
                    run.append(x.doc[run[-1].i + 1])
                value = number_value(run, lex)
                if value is not None:
                    values.append(value)
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
            only_months = all(x.lemma_.lower() in months or x.lower_ in months for x in units)
            if out and only_months and not out[-1][1]:
                out[-1] = (out[-1][0] + value, False)  # «2 годам и 6 месяцам»
            else:
                out.append((value, only_months))
        return best

    def _named_and_others(self, f: Finding, index: PersonIndex) -> None:
        """«Сергей Тихановский и ещё 13 человек», «вместе с Алесем Беляцким — ещё 13»,
        «разам з 13 іншымі»: the named people and N others are N plus the named."""
        if f.count is None and f.persons:
            self._others_after_name(f)
        if f.count is None or not f.persons:
            return
        doc = f.trigger.doc
        sent = doc[f.trigger.sent.start : f.trigger.sent.end]
        for x in sent:
            if not (x.like_num or is_number(x, self.lexicon)):
                continue  # «X и ещё десятерых»: a collective numeral by its lemma too
            run = [x]
            while run[-1].i + 1 < sent.end and (
                doc[run[-1].i + 1].like_num or is_number(doc[run[-1].i + 1], self.lexicon)
            ):
                run.append(doc[run[-1].i + 1])
            if number_value(run, self.lexicon) != f.count:
                continue
            before = doc[x.i - 1] if x.i > sent.start else None
            after = doc[run[-1].i + 1] if run[-1].i + 1 < sent.end else None
            more = before is not None and self._word_in(before, "more")
            # «51 других», and «других 51 политзаключённых» / «іншымі 51 палітвязнем»
            others = (after is not None and self._word_in(after, "others")) or (
                before is not None and self._word_in(before, "others")
            )
            # «X и двух её знакомых»: people of the named, besides them
            theirs = (
                before is not None
                and before.lower_ in self.lexicon.sets["and"]
                and after is not None
                and self._word_in(after, "possessive_pronouns")
                and after.i + 1 < sent.end
                and doc[after.i + 1].pos_ == "NOUN"
            )
            if not (more or others or theirs):
                continue
            joined = theirs or (
                more and x.i - 2 >= sent.start and doc[x.i - 2].lower_ in self.lexicon.sets["and"]
            )
            together = [y for y in sent if self._word_in(y, "together")]
            if joined or together or others:
                named = [p for p in f.persons if any(sent.start <= a < sent.end for a, _ in p.mentions)]
                if together and more:
                    # «Яго памілавалі разам з яшчэ 51»: the patients, a pronoun's too, and N more
                    self._together.append((f, f.count))
                    named = f.persons
                f.count += len(named)
                for y in together:
                    # «вместе с ним на свободу вышли X, Y и ещё 13»: «him» is one more of them
                    pron = doc[y.i + 2] if y.i + 2 < sent.end else None
                    gender = pronoun_gender(pron, self.lexicon) if pron is not None else None
                    person = index.latest_before(pron.i, gender) if gender else None
                    if person is not None and person not in f.persons:
                        f.persons.append(person)
                        f.count += 1
            return

    def _others_after_name(self, f: Finding) -> None:
        """«отправил в СИЗО Сергея Иванова и ещё пятерых человек»: a number of others
        coordinated with a patient's name, which the parse hangs on the name and not on the
        trigger, counts the group (the named plus the others, as «X и ещё N» always does);
        so does «Его, как и ещё 15 человек, вывезли», whatever names the patient."""
        doc = f.trigger.doc
        sent = f.trigger.sent
        lex = self.lexicon
        for x in doc[sent.start : sent.end - 2]:
            if self._word_in(x, "as_well_as") and doc[x.i + 1].lower_ in lex.sets["and"]:
                value = self._others_from(x.i + 2, sent)
                if value is not None:
                    f.count = value + len(f.persons)  # the patients, named or not, and N others
                    f.group_ref = True
                    return
        for x in doc[sent.start : sent.end - 3]:
            # «X памілавалі разам з яшчэ 17 палітвязнямі»: together with N more is N plus X
            if (
                self._word_in(x, "together")
                and doc[x.i + 1].lower_ in lex.sets.get("out_of", ())
                and self._word_in(doc[x.i + 2], "more")
                and abs(x.i - f.trigger.i) <= 3
            ):
                value = self._others_from(x.i + 2, sent)
                if value is not None:
                    f.count = value  # the named are added by the caller
                    f.group_ref = True
                    self._together.append((f, value))
                    return
        for person in f.persons:
            for _, end in person.mentions:
                if not (sent.start <= end < sent.end - 2 and doc[end].lower_ in lex.sets["and"]):
                    continue
                value = self._others_from(end + 1, sent)
                if value is not None:
                    f.count = value  # the named are added by the caller
                    f.group_ref = True
                    return

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

    def _others_from(self, at: int, sent: Span) -> int | None:
        """N in «ещё N человек» / «N других» starting at token `at`."""
        doc = sent.doc
        lex = self.lexicon
        more = self._word_in(doc[at], "more")
        at += more
        run = []
        while at < sent.end and is_number(doc[at], lex):
            run.append(doc[at])
            at += 1
        value = number_value(run, lex) if run else None
        if value is None or value != int(value) or value < 1 or at >= sent.end:
            return None
        people = self._word_in(doc[at], "group_nouns") or self._word_in(run[-1], "collective")
        # «X и двух её знакомых», «X и трёх своих сыновей»: people of the named, besides them
        theirs = (
            self._word_in(doc[at], "possessive_pronouns") and at + 1 < sent.end and doc[at + 1].pos_ == "NOUN"
        )
        return int(value) if (more and people) or theirs or self._word_in(doc[at], "others") else None

    # -- assertion -------------------------------------------------------------------------

    def _asserted(self, t: Token, *, idiom: bool = False) -> bool:
        """Whether `t` is told as a fact; with `idiom`, the «не» right before it is part of its
        meaning («его не стало в СИЗО»), not a negation."""
        lex = self.lexicon
        morph = t.morph
        own = t.doc[t.i - 1] if idiom and t.i > t.sent.start else None
        if self._phase(t):
            return self._asserted(t.head)  # «продолжает отбывать срок»: the phase verb is asserted
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
        ):
            return False  # «яму вызваліцца аж у 2030-м»: a dative with the infinitive, still to come
        if self.linear:
            return self._asserted_linear(t)
        if "Inf" in morph.get("VerbForm") or "Fut" in morph.get("Tense") or "Cnd" in morph.get("Mood"):
            return False
        if "Imp" in morph.get("Mood") or self._negated_after(t):
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
            if child.lower_ in lex.sets["negation"] or child.lower_ in lex.sets["conditional"]:
                return False
            if child.dep_.startswith("aux") and self._word_in(child, "future_aux"):
                return False  # «будет освобождён»: natasha tags «будет» as present
        if any(x in lex.sets["future_aux"] for x in before[-2:]):
            return False
        if self._attributive(t) or self._postnominal(t):
            # «ранее освобождённый Николай Статкевич отказался …»: a participle before a name
            # presupposes its event, whatever the clause around it says
            return not any(self._word_in(x, "conditional") for x in t.doc[t.sent.start : t.i])
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
            if lex.word_in(node, "blockers") and not sibling:
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
        if "Part" not in t.morph.get("VerbForm") and not t.lemma_.endswith(_INFINITIVE):
            return None  # a noun of the event itself («ареста»), not a participle
        for x in t.doc[t.i + 1 : min(t.sent.end, t.i + 16)]:
            if x.ent_type_ == "PER" and self._word_in(x.doc[x.i - 1], "era_prepositions"):
                continue  # «осуждённый ещё при Каримове»: whose rule, inside the phrase
            if x.ent_type_ == "PER" and _after_preposition(x):
                continue  # «арестованный вместе с Амановой», «осуждённый по делу о …»: inside the phrase
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

    def _of_them(self, first: Token, last: Token) -> bool:
        doc = first.doc
        before = [x.lower_ for x in doc[max(first.sent.start, first.i - 2) : first.i]]
        after = [x.lower_ for x in doc[last.i + 1 : min(last.sent.end, last.i + 3)]]
        them = self.lexicon.sets.get("of_them", set())
        return (len(before) == 2 and before[1] in them and before[0] in self.lexicon.sets["out_of"]) or (
            len(after) == 2 and after[1] in them and after[0] in self.lexicon.sets["out_of"]
        )

    def _absent(self, tokens) -> bool:
        """«нет X», «не оказалось X», «не было X»: the named person is not in the group."""
        return any(self._word_in(x, "absent") or x.lower_ in self.lexicon.sets["negation"] for x in tokens)

    def _verb(self, x: Token) -> bool:
        """A verb: by the tagger in Russian; by a past-tense ending or a trigger lemma in
        Belarusian, where natasha's Russian tagger reads numbers («чатыры») as verbs."""
        if not self.linear:
            return x.pos_ in ("VERB", "AUX")
        endings = (*self.lexicon.sets.get("active_past_endings", ()), "лі")
        return x.is_lower and (x.lower_.endswith(endings) or x.lemma_.lower() in self.label_of_lemma)

    def _nominative_name_after(self, t: Token, index: PersonIndex) -> bool:
        """The next word after `t` is a name in the nominative («маці затрыманага Тарас Грыб»),
        not the participle's own noun in its case («маці затрыманага Івана Лося»)."""
        after = t.doc[t.i + 1] if t.i + 1 < t.sent.end else None
        person = index.person_at(after) if after is not None else None
        return person is not None and not _inflected(after, person, index)

    def _term_before(self, t: Token, trigger_ids: set[int]) -> int | None:
        """«Восем гадоў калоніі атрымала X», «Найбольшы тэрмін — шэсць гадоў — атрымаў X»: the
        term fronted before the verb, in its clause (no comma, name, other trigger or verb of
        demand between), not a time ago («сем гадоў таму»)."""
        lex = self.lexicon
        words: list[Token] = []
        for x in reversed(t.doc[max(t.sent.start, t.i - 10) : t.i]):
            if x.text in (",", ";", ":") or x.i in trigger_ids or self._word_in(x, "blockers"):
                break
            words.insert(0, x)
        if any(x.lower_ in lex.sets.get("ago", ()) for x in words) or self._approximate_term(words):
            return None
        return term_months(words, lex) if words else None

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
            return True
        return False

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

    def _among(self, t: Token, finding: Finding, index: PersonIndex) -> None:
        """«В числе задержанных оказался принц X и бизнесмен Y»: the participle after «в числе» /
        «среди» names its event, and the subjects of the clause it sits in are its people."""
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

    def _phase(self, t: Token) -> bool:
        """An infinitive under a verb of phase («продолжает отбывать», «начал отбывать»)."""
        return t.dep_ == "xcomp" and "Inf" in t.morph.get("VerbForm") and self._word_in(t.head, "phase")

    @staticmethod
    def _subjects(t: Token) -> list[Token]:
        """The subjects of a verb, also of the first of conjoined verbs («похитил и убил»)."""
        own = [c for c in t.children if c.dep_ == "nsubj"]
        if not own and t.dep_ == "conj":
            own = [c for c in t.head.children if c.dep_ == "nsubj"]
        return own

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

    def _fronted_participle_subject(self, t: Token) -> Token | None:
        """«Арестованный в мае, он скончался в СИЗО»: a full nominative participle that opens
        the sentence, set off by a comma, is said of its verb's pronoun subject when the two
        agree in gender and number."""
        morph = t.morph
        if (
            "Part" not in morph.get("VerbForm")
            or "Short" in morph.get("Variant")
            or "Nom" not in morph.get("Case")
            or t.i != t.sent.start
            or t.head.i == t.i
            or t.head.i < t.i
        ):
            return None
        end = max(x.i for x in t.subtree if not x.is_punct)
        if end + 2 >= len(t.doc) or t.doc[end + 1].text != ",":
            return None
        for c in t.head.children:
            if (
                c.dep_ == "nsubj"
                and c.pos_ == "PRON"
                and c.i == end + 2
                and "Nom" in c.morph.get("Case")
                and c.morph.get("Number") == morph.get("Number")
                and ("Plur" in morph.get("Number") or c.morph.get("Gender") == morph.get("Gender"))
            ):
                return c
        return None

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
            if c.dep_ not in deps or c.pos_ != "NOUN" or "Inan" not in c.morph.get("Animacy"):
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

    def _role_antecedent(self, noun: Token, index: PersonIndex) -> Person | None:
        """«…музыканта Кирилла Ветрова. Музыканта задержали в марте»: a bare role noun (one
        person, no name, no «ещё одного») refers back to the latest person of its gender, if
        the article named that person with the same role noun, before the name or as the
        predicate after it («X — инженер»); a role given to someone else is no antecedent."""
        if (
            # (a capitalised common noun opening a sentence is often tagged a proper noun)
            not (noun.pos_ == "NOUN" or (noun.pos_ == "PROPN" and noun.is_sent_start and not noun.ent_type_))
            or not noun.is_alpha
            or "Anim" not in noun.morph.get("Animacy")
            or "Plur" in noun.morph.get("Number")
            or index.person_at(noun) is not None
            or any(
                c.dep_ in ("det", "nummod", "amod", "appos", "flat:name", "acl:relcl") and not _age(c)
                for c in noun.children
            )
            or any(c.i < noun.i and c.lower_ in _OWNERS for c in noun.children)
        ):
            return None  # «Его брат умер в колонии»: the one named before is whose brother, not the brother
        lemma = noun.lemma_.lower()
        doc = noun.doc
        limit = noun.sent.start
        for _ in range(4):
            if limit > 0:
                limit = doc[limit - 1].sent.start

        def role(x: Token) -> bool:
            return x.is_lower and x.pos_ == "NOUN" and x.lemma_.lower().split("-")[0] == lemma

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
        if self._sole_person_before(noun, latest, index, agents):
            # «…рэпера X. Музыканта, задержанного осенью, …», «72-летнюю женщину осудили»: the
            # one person named in the sentences before, under another word for the same person
            return latest
        if self._word_in(noun, "generic_persons"):
            return None
        for start, end in latest.mentions:
            if not limit <= start < noun.sent.start:
                continue
            at = start - 1
            while at > limit and doc[at].is_lower and doc[at].pos_ == "ADJ":
                at -= 1
            after = doc[end + 1] if end + 1 < len(doc) and doc[end].text in ("—", "–") else None
            if (at >= limit and role(doc[at])) or (after is not None and role(after)):
                return latest  # the latest person of that gender, and named with that role
        return None

    def _verdict_stay(self, t: Token) -> bool:
        """«Он проведёт в колонии шесть лет», «ей предстоит провести за решёткой восемь лет»,
        «теперь ему предстоит отбыть семь»: the stay a verdict fixed, told in the future (or
        under «предстоит») with a place of custody for «провести»; not negated, not under a
        verb of demand, threat or possibility."""
        if self.linear or t.lemma_ not in (*_STAY_VERBS, "отбыть", "отправиться"):
            return False
        morph = t.morph
        fated = t.head if "Inf" in morph.get("VerbForm") else None
        if fated is not None and fated.lemma_ != "предстоять":
            return False
        if fated is None and not ("Fut" in morph.get("Tense") and "Perf" in morph.get("Aspect")):
            return False
        sent = t.doc[t.sent.start : t.sent.end]
        if t.lemma_ != "отбыть" and not any(self._word_in(x, "custody") for x in sent):
            return False
        if any(
            x.lower_ == "из" and x.i + 1 < sent.end and t.doc[x.i + 1].lower_ in ("них", "которых")
            for x in sent
        ):
            return False  # «… к 5 годам, и 2 года из них он проведёт в тюрьме»: a part of the term
        lex = self.lexicon
        return not any(
            x.lower_ in lex.sets["negation"]
            or self._word_in(x, "conditional")
            or self._word_in(x, "blockers")
            for x in sent
            if x.i < t.i or x.head.i == t.i
        )

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
        if not seen and not any(
            x.lower_ in self.lexicon.pronouns.get("plural", ()) for x in doc[limit : noun.i]
        ):
            # «Корнилова задержали в апреле. Поводом стали его посты. Суд приговорил пенсионера …»:
            # a sentence naming nobody between the name and the role noun
            limit = sentences_back(noun.sent, 2)
            if "\n" in doc[limit : noun.i].text:
                return False
            seen = {id(p) for p in index.persons for a, _ in p.mentions if limit <= a < noun.i} - agents
        return seen == {id(person)} and not any(
            self._word_in(x, "relation_forms") or self._word_in(x, "possessors") for x in doc[limit : noun.i]
        )

    def _of_total(self, window: Sequence[Token]) -> int | None:
        """«отбыла три года из пяти, присуждённых судом», «отсидела четыре года из шести»: time
        served out of a term whose number follows «из» with its unit left out; the term is
        that number, in the unit of the time served."""
        lex = self.lexicon
        for a, unit, of, total in zip(window, window[1:], window[2:], window[3:], strict=False):
            if not (is_number(a, lex) and self._word_in(of, "out_of") and is_number(total, lex)):
                continue
            months = term_months([a, unit], lex)
            served = number_value([a], lex)
            value = number_value([total], lex)
            if not months or not served or not value or value <= served:
                return None
            after = total.doc[total.i + 1] if total.i + 1 < len(total.doc) else None
            if after is not None and (self._term_word(after) or self._word_in(after, "count_nouns")):
                return None  # «два года из трёх лет»: whole units are read by term_months itself
            result = round(value * months / served)
            return result if 0 < result <= _LONGEST_TERM else None
        return None

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
        months = term_months([doc[t.i - 3], unit], self.lexicon)
        served = number_value([doc[t.i - 3]], self.lexicon)
        if value is None or not months or not served:
            return None
        total = round(value * months / served)
        return total if 0 < total <= _LONGEST_TERM else None

    def _habitual(self, t: Token) -> bool:
        """«не раз», «неоднократно» before the trigger: something done again and again."""
        words = [x.lower_ for x in t.doc[max(t.sent.start, t.i - 4) : t.i]]
        pairs = {" ".join(words[k : k + 2]) for k in range(len(words) - 1)}
        return any(w in self.lexicon.sets["habitual"] for w in [*words, *pairs])

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
        )

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

    def _negated_after(self, t: Token) -> bool:
        """«вызвалены не быў», «освобождён не был»: the negation after a participle."""
        doc = t.doc
        after = doc[t.i + 1 : min(t.sent.end, t.i + 3)]
        return (
            len(after) == 2
            and after[0].lower_ in self.lexicon.sets["negation"]
            and self._word_in(after[1], "copula_past")
        )

    def _asserted_linear(self, t: Token) -> bool:
        """Without a parse of the language: negation right before the trigger, a verb of
        demand or possibility shortly before it, a conditional word earlier in the sentence."""
        lex = self.lexicon
        before = t.doc[max(t.sent.start, t.i - 4) : t.i]
        if any(x.lower_ in lex.sets["negation"] for x in before[-2:]) or self._negated_after(t):
            return False
        if t.lower_ in lex.sets["group_nouns"] and any(x.lower_ in lex.sets["negation"] for x in before):
            return False  # «не трапіў у спіс памілаваных», «не было сярод вызваленых»: not one of them
        if any(x.lower_ in ("б", "бы") for x in t.doc[t.i + 1 : min(t.sent.end, t.i + 3)]):
            return False  # «затрымалі б, калі б …»
        if any(self._word_in(x, "blockers") for x in before):
            return False
        prefix = t.doc[t.sent.start : t.i]
        reason = self._reason_clause(prefix)
        return not any(self._word_in(x, "conditional") for x in prefix if x.i not in reason)

    def _changed_term(self, findings: list[Finding]) -> None:
        """«Пазней абласны суд знізіў тэрмін да пяці з паловай гадоў»: a term changed on appeal
        or added, with no name of its own, is the term of whoever the verdict of the two
        sentences before concerns (one person or the same few)."""
        change = self.lexicon.sets.get("term_change", set())
        if not change:
            return
        for f in findings:
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

    # -- one finding -------------------------------------------------------------------------

    def _finding(
        self,
        doc: Doc,
        t: Token,
        rule: TriggerRule,
        end: int,
        index: PersonIndex,
        quotes: Sequence[QuoteFinding],
        trigger_ids: set[int],
    ) -> Finding | None:
        lex = self.lexicon
        if (
            not self.linear
            and t.dep_ in ("obj", "nsubj", "nsubj:pass")
            and t.head.i in trigger_ids
            and t.head.i != t.i
            and "Part" in t.morph.get("VerbForm")
            and "Short" not in t.morph.get("Variant")
            and not self._attributive(t)
            and self._fronted_participle_subject(t) is None  # «Арестованный в мае, он скончался»
        ):
            return None  # «троих задержанных отпустили»: those arrested name the group, not a new arrest
        if (
            t.i > t.sent.start
            and (
                t.lower_.endswith(tuple(lex.sets.get("oblique_participle_endings", ())))
                if self.linear
                else bool({"Gen", "Dat", "Ins"} & set(t.morph.get("Case")))
            )
            and (
                self._word_in(t.doc[t.i - 1], "possessors") or self._word_in(t.doc[t.i - 1], "relation_forms")
            )
            and self._nominative_name_after(t, index)
        ):
            return None  # «суседка асуджаных X», «маці затрыманага X»: whose relative X is, not X's event
        if (
            rule.needs_term
            and len(rule.pattern) == 1
            and t.pos_ == "NOUN"
            and t.i > t.sent.start
            and t.doc[t.i - 1].lower_ in ("до", "после")
        ):
            return None  # «До приговора она полгода провела под домашним арестом»: a time, no verdict
        if rule.label == "sentence" and not self.linear and t.lemma_.lower() in ("признать", "признавать"):
            doc_start = t.doc[t.sent.start - 1].sent.start if t.sent.start else 0
            if any(
                x.lemma_.lower() in ("сутки", "административный") or x.lower_ == "коап"
                for x in t.doc[doc_start : t.sent.end]
            ):
                return None  # «арестовали на 15 суток. Суд признал его виновным …»: an administrative case
        if rule.label == "sentence" and self._administrative_case(t.sent):
            return None  # «Обоих осудили по статье 20.3 КоАП»: an administrative case, no sentence
        window = self._window(t, trigger_ids)
        area = sorted({*window, *(x for x in t.subtree if x.sent == t.sent)}, key=lambda x: x.i)
        term = (
            term_months(window, lex)
            if rule.label == "sentence" and not self._approximate_term(window)
            else None
        )
        if term is not None and self._death_or_life_first(window):
            term = None  # «приговорена к смертной казни … и восемь лет ждала»: the years are no term
        if rule.label == "sentence" and term is None:
            # («X, которому теперь 46 лет, был признан виновным»: a relative clause's age is no term)
            fronted = [x for x in t.subtree if x.i < t.i and (self.linear or not _in_clause_without(x, t))]
            if not self.linear:
                within = self._span_of_time(fronted)
                fronted = [x for x in fronted if x.i not in within]  # «за два года получила сотни писем»
            if self.linear and fronted:
                fronted = list(doc[max(t.sent.start, fronted[0].i - 2) : t.i])  # «Больш за дзесяць гадоў»
            term = None if self.linear and self._approximate_term(fronted) else term_months(fronted, lex)
            if term is not None and not self.linear and fronted and self._word_in(fronted[0], "instead"):
                # «Вместо восьми лет, о которых просила прокуратура, X получил шесть»: the term
                # fronted after «instead of» is the one not given; the bare number after the verb
                # (in that term's unit) is the term
                unit = 1 if any(self._word_in(x, "months_words") for x in fronted) else 12
                term = self._trailing_number(doc[t.i + 1 : t.sent.end], unit)
        if rule.label == "sentence" and term is None and self.linear:
            term = self._term_before(t, trigger_ids)  # «На пяць гадоў калоніі асудзілі X»
        if rule.label == "sentence" and term is not None:
            term = self._of_total(window) or term  # «отбыл два года из трёх»: the term is three
        if rule.label == "sentence" and term is None:
            term = self._term_out_of(t)
        if rule.label == "sentence" and term is None and not self.linear:
            term = self._dashed_term_head(t)
        if rule.label == "sentence" and term is None and self._same_term(t):
            term = self._last_term  # «Такое ж пакаранне суд прызначыў X», «такой же срок получил Y»
        ranged = rule.label == "sentence" and term_range(window, self.lexicon)
        if ranged:
            term = None
        if term is not None:
            self._last_term = term
        if (
            rule.label == "release"
            and t.lower_ == "свободе"
            and t.i > t.sent.start
            and t.doc[t.i - 1].lower_ == "на"
        ):
            return self._free_now(t, rule, index)
        if (
            self.linear
            and rule.label == "release"
            and any(
                x.lower_ in ("хатні", "хатнюю")
                and x.i + 1 < len(x.doc)
                and x.doc[x.i + 1].lower_.startswith("арышт")
                for x in window[1:10]
            )
        ):
            return None  # «вызвалены з-пад варты пад хатні арышт»: moved to house arrest, not freed
        if (
            self.linear
            and rule.label == "sentence"
            and t.lemma_.lower() in self.lexicon.sets.get("verdict_nouns", ())
            and any(x.lower_ in self.lexicon.sets.get("future_verdict", ()) for x in t.sent)
        ):
            return None  # «Прысуд X абвесцяць у пятніцу»: a verdict still to come
        if rule.label == "sentence" and t.lemma_ in _STAY_VERBS and not self._verdict_stay(t):
            return None  # «провёл в СИЗО семь месяцев»: time held, no verdict
        if (
            rule.label == "sentence"
            and any(x.lower_ == "силе" or x.lemma_ == "вступить" for x in t.doc[min(t.i, end - 1) : end])
            and any(x.lower_ in lex.sets["negation"] for x in t.doc[t.sent.start : end])
        ):
            return None  # «приговор не вступил в силу», «не оставил в силе приговор»
        if (
            rule.label == "arrest"
            and t.lemma_ in ("прийти", "приходить", "явиться", "являться", "нагрянуть")
            and not any(self._word_in(x, "forces") for x in t.doc[t.sent.start : t.i])
        ):
            return None  # «за ним пришли друзья»: only a force that comes for someone takes them
        named_noun = self._named_noun(t, index)
        if (
            rule.label == "arrest"
            and any(x.lower_ in ("решётку", "решетку") for x in window[1:9])
            and (term_months(window, lex) or 0) >= 12
        ):
            # «отправил за решётку на шесть лет», also with the patient's description between:
            # the verdict's term, not custody
            return None
        if rule.needs_term and term is None and not named_noun and not ranged:
            return None
        if rule.label == "sentence" and term is None and self._condemned(t):
            return None  # «арышт X рэзка асудзілі ў АБСЕ»: condemned, not sentenced
        if rule.label == "sentence" and (
            any(self._word_in(x, "custody_measures") for x in window[1:5])
            or any(
                self._word_in(x, "term_nouns") and self._word_in(y, "custody_measures")
                for x, y in zip(window[1:], window[2:], strict=False)
            )
        ):
            # «продлил арест на три месяца», «продлил срок содержания под стражей»: custody
            # before trial, not a term
            return None
        if (
            t.i > t.sent.start
            and self._word_in(t.doc[t.i - 1], "members")
            and self._absent(t.doc[t.i : t.sent.end])
        ):
            return None  # «среди помилованных нет X»
        if rule.label == "arrest" and any(
            self._word_in(x, "in_absentia") for x in t.doc[max(t.sent.start, t.i - 2) : t.i + 3]
        ):
            return None  # «арестован заочно»: a warrant for someone abroad, no one is held
        if (
            rule.label == "arrest"
            and not self.linear
            and self._word_in(t, "kidnap")
            and "Pass" not in t.morph.get("Voice")
            and "Part" not in t.morph.get("VerbForm")
            and any(c.dep_ == "nsubj" and not self._word_in(c, "forces") for c in self._subjects(t))
        ):
            return None  # «Кристенсен / бывший студент похитил X»: a crime, not a detention by a force
        if rule.label == "release" and self._from_office(t):
            return None  # «освобождён от должности»: dismissed from a post, not freed
        if (
            rule.label != "sentence"
            and rule.patient == "object"
            and not self.linear
            and self._thing_patient(t)
        ):
            return None  # «арестовал имущество», «освободили место», «похитил картину»: a thing
        if rule.custody and not self._in_custody(t, area):
            return None
        if rule.unless and any(x.lower_ in rule.unless or x.lemma_.lower() in rule.unless for x in t.sent):
            return None  # «забралі з дому сваякі»: taken home by the family, not by the police
        if (
            rule.abroad
            and not any(self._word_in(x, "abroad") for x in area)
            and not self._abroad_before(t)
            and not self._there_abroad(t)
        ):
            return None
        if rule.after_release and not self._release_told_before(t):
            return None
        if rule.unless_near and self._near_words(t, rule.unless_near):
            return None  # «Нас пасадзілі ў бус. … выкінулі з краіны»: the removal, not a detention
        finding = Finding(rule.label, t, term=term)
        if (
            self._word_in(t, "extradition")
            or not rule.frees
            or (rule.label == "deportation" and any(x.lemma_ == "власть" for x in t.doc[t.i + 1 : end]))
        ):
            finding.implies_release = False  # handed to another state's jail, not freed
        if rule.label == "deportation" and not self.linear and self._from_country(t):
            finding.implies_release = False  # «выслан из России»: a migrant sent home, no prisoner freed
        if rule.label == "deportation" and not self.linear and self._expelled(t):
            finding.implies_release = False  # «назначил выдворение … посадили на рейс»: a migrant expelled
        if (
            rule.label == "deportation"
            and not self.linear
            and t.dep_ == "conj"
            and t.head.i < t.i
            and self.label_of_lemma.get(t.head.lemma_.lower()) == "arrest"
        ):
            # «задержали в Стамбуле и вывезли в Душанбе»: seized abroad and taken to the home
            # country's jail, a rendition that frees no prisoner
            finding.implies_release = False
        if (
            rule.label == "deportation"
            and not self.linear
            and any(self._word_in(x, "handed_over_to") for x in t.doc[t.i + 1 : min(t.sent.end, t.i + 8)])
        ):
            # «депортировали в Таджикистан», «вывезен в Душанбе»: a state that wants them back takes
            # them from the one that held them — a removal, no prisoner freed
            finding.implies_release = False
        if rule.label == "deportation" and not self.linear and self._held_on_arrival(t):
            finding.implies_release = False  # «депортировали в Таджикистан. По прилёте его взяли под стражу»
        if rule.label == "deportation" and not self.linear and self._seized_before(t):
            finding.implies_release = False  # «был задержан в Москве, где …, и … вывезен в Душанбе»
        if (
            rule.label == "deportation"
            and self.linear
            and any(
                x.lower_ in self.lexicon.sets.get("to_jailer", ())
                for x in t.doc[t.i + 1 : min(t.i + 4, t.sent.end)]
            )
        ):
            finding.implies_release = (
                False  # «перадалі беларускім сілавікам»: handed to the jailers, not freed
            )
        if rule.patient == "clause":
            return self._clause_patient(t, finding, index)
        if self.linear:
            prev = t.doc[t.i - 1] if t.i > t.sent.start else None
            if (
                prev is not None
                and (prev.like_num or prev.lower_ in lex.numbers)
                and t.lower_ in lex.sets["group_nouns"]
                and any(i != t.i and t.doc[i].sent == t.sent for i in trigger_ids)
            ):
                return None  # «Дзевяць вызваленых … вывезьлі»: those freed are the group, not an event
            self._linear(t, finding, index, trigger_ids, quotes, rule)
            finding.date = self._date_linear(t)
            self._count_statement(t, finding)
            return None if rule.needs_count and finding.count is None and not named_noun else finding
        named = self._attributive_name(t) if rule.patient == "object" else None
        if named is not None:
            # the name the participle describes; in «помилованный Лукашенко Роман Протасович»
            # the first of two adjacent names is the agent
            person = None
            for x in t.doc[named.i : t.sent.end]:
                here = index.person_at(x)
                if here is None and person is not None:
                    break
                if here is not None:
                    person = here
            if person is not None:
                finding.persons.append(person)
                finding.date = self._date(t)
                return finding
        passive = "Pass" in t.morph.get("Voice") or rule.patient == "subject"
        phase = self._phase(t)
        for root, person in index.mention_roots():
            if root.sent != t.sent or person in finding.persons:
                continue
            role = self._relation(root, t) or (self._relation(root, t.head) if phase else None)
            if role is None or self._possessor(root, index):
                continue
            if role == "relative":
                role = (
                    "acl" if passive else "nsubj"
                )  # «X, который вышел на свободу» / «…, который задержал Y»
            if self._across_semicolon(root, t):
                continue  # «X и Y задержали в мае; всего задержали девять, пятерых отпустили»
            if self._passive_agent(root, t, person, index):
                finding.agent = finding.agent or person.name
                continue
            if root.i < t.i and self._complement_between(root, t):
                continue  # «X заявил, что Y была освобождена»: X speaks in the main clause
            if root.i > t.i and any(
                t.doc[i].sent == t.sent
                and max(t.i + 1, end) <= i < root.i  # «отправил под арест X»: its own phrase's noun
                and self.label_of_lemma.get(t.doc[i].lemma_.lower()) == rule.label
                for i in trigger_ids
            ):
                continue  # «X отбывает срок, по которому осуждены … Y и Z»: the later trigger claims Y and Z
            if role == "nsubj" and not passive and rule.patient == "object" and _plural_verb_of_one(root, t):
                role = "obj"  # «Биби, которая …, приговорили к смертной казни»: no one's plural verb
            if (
                role == "nsubj"
                and not passive
                and rule.patient == "object"
                and _oblique_surname(root, person)
            ):
                role = "obj"  # «Хасанова, Гайнуллина и Валеева задержали»: Рамиль Хасанов's accusative
            if role == "nsubj" and not passive:
                finding.agent = finding.agent or person.name
                continue
            fronted = (
                self._inverted_subject(root, t, person, index)
                if role == "obj" and not passive and rule.patient == "object"
                else None
            )
            if fronted is not None:
                # «Анну Орлову помиловал Лукашенко»: the parse's second object is the subject
                finding.agent = finding.agent or person.name
                if fronted is not _NO_ONE and fronted not in finding.persons:
                    finding.persons.append(fronted)
                continue
            if rule.patient == "subject" and role not in _SUBJECT and role != "acl":
                continue
            if (
                role in _SUBJECT
                and root.morph.get("Case")
                and not _nominative_name(root, person)
                and not (
                    # «Гульнара Сафиуллина … получила»: a woman's «-ина»/«-ова» surname read as a
                    # man's genitive, written as her own nominative, the verb not a man's
                    person.gender == "fem"
                    and morph_gender(t) in ("fem", None)  # («находится»: a present tense shows none)
                    and not _oblique_surname(root, person)
                )
            ):
                continue  # the parser's subject is an object by its case («Руслана … получил»)
            if (
                self._word_in(t, "accusative_patient")
                and set(root.morph.get("Case")) == {"Dat"}
                and role != "acl"  # «бухгалтеру X, задержанной в мае»: the participle is said of the name
            ):
                continue  # «приговорил … за смерть москвичу Ивану А.»: a dative is a victim, not the convict
            finding.persons.append(person)
        if finding.persons and any(
            c.dep_ in ("obj", "nsubj:pass") and c.lemma_.lower().replace("ё", "е") in _ANOTHER_ONE
            for c in t.children
        ):
            # «Одного из них, X, суд арестовал, второго отпустили»: «второго», «другого»,
            # «остальных» is the verb's own patient; a name the parse hangs on it is not
            finding.persons = []
            finding.own_patient = True
        if not finding.persons:
            self._among(t, finding, index)
        for child in [*t.children, *(t.head.children if phase else ())]:
            if child.dep_.startswith("nummod") and child.pos_ == "NUM" and rule.patient == "object":
                self._group(child, finding)
                continue
            if child.dep_ not in (_SUBJECT if rule.patient == "subject" else _OBJECT + _SUBJECT):
                continue
            if child.dep_ == "nsubj" and not passive and not _object_by_case(child):
                continue
            self._pronoun(child, t, finding, index, quotes)
            if child.dep_ == "obl" and any(c.dep_ == "case" and c.lower_ == "на" for c in child.children):
                continue  # «обменяли на двух россиян»: whom they were traded for, not who was freed
            if child.dep_ == "obl" and any(
                c.dep_ == "case" and c.lower_ in ("из", "з") for c in child.children
            ):
                continue  # «Из 20 задержанных семеро освобождены»: the whole the part is taken from
            self._group(child, finding)
        number = doc[t.i - 1] if t.i > t.sent.start and "Plur" in t.morph.get("Number") else None
        count = finding.count
        if count is None and number is not None and is_number(number, lex):
            # «Ещё двое осуждённых …, A и B, остаются в колонии»: the number before a participle
            value = number_value([number], lex)
            count = int(value) if value and value == int(value) and 2 <= value <= 20 else None
        listed = self._listed_after(t, count, index) if count and (not finding.persons or number) else []
        if listed and all(p in listed for p in finding.persons):
            # (the parse may hang some of the names on a word of the group's phrase)
            finding.persons[:] = listed
            if finding.count is None and len(listed) == count:
                finding.count = count
                finding.group_ref = True
        if not finding.persons and finding.count is None and not finding.group_ref:
            said_of = self._fronted_participle_subject(t)
            if said_of is not None:
                self._pronoun(said_of, t, finding, index, quotes)
        if not finding.persons and finding.count is None and not finding.group_ref:
            for child in t.children:
                if child.dep_ in ("obj", "nsubj:pass") or (child.dep_ == "nsubj" and passive):
                    person = self._role_antecedent(child, index)
                    if person is not None:
                        finding.persons.append(person)
                        break
        if (
            not finding.persons
            and finding.count is None
            and not finding.group_ref
            and t.dep_ in ("acl", "amod")
            and self._passive_participle(t)
            and t.head.i < t.i
        ):
            person = self._role_antecedent(t.head, index)  # «Музыканта, задержанного осенью, …»
            if person is not None:
                finding.persons.append(person)
        up = t
        while up.dep_ == "conj" and up.head.i != up.i:
            up = up.head
        if (
            up.dep_ in ("acl", "amod")
            and up.head.pos_ == "NOUN"
            and finding.count is None
            and up.head.head.i not in trigger_ids
        ):
            self._group(up.head, finding)  # «семь политзаключённых, освобождённых …»
        if (
            up.dep_ == "acl:relcl"
            and up.head.pos_ == "NOUN"
            and finding.count is None
            and up.head.head.i not in trigger_ids
            and any(
                self._word_in(x, "members") for x in doc[max(up.head.sent.start, up.head.i - 4) : up.head.i]
            )
            and self._relative_patient(t, up, passive)
        ):
            # «среди 31 политзаключённого, которых помиловал Лукашенко»: the group a member is of
            self._group(up.head, finding)
        which = next(
            (c for c in t.children if c.lemma_ == "который" and c.dep_ in ("obj", "nsubj:pass")), None
        )
        if (
            which is not None
            and finding.count is None
            and not finding.persons
            and which.i >= 2
            and doc[which.i - 1].text == ","
            and doc[which.i - 2].pos_ == "NOUN"
            and doc[which.i - 2].head.i in trigger_ids
            and self.label_of_lemma.get(doc[which.i - 2].head.lemma_.lower()) not in (None, rule.label)
        ):
            # «помиловал 52 политзаключённых, которых в тот же день вывезли в Литву»: the
            # relative clause's event befalls the group another event's object counts
            self._group(doc[which.i - 2], finding)
        for child in t.children:
            if child.lemma_.lower() in ("число", "группа", "лік") and child.dep_ in ("obl", "nmod"):
                self._group(child, finding)
            if self._word_in(child, "together") and finding.persons:
                # «освободили вместе с другими 51 политзаключённым»: the group the named go with
                for noun in child.children:
                    if noun.dep_ in ("obl", "nmod") and self._word_in(noun, "group_nouns"):
                        self._group(noun, finding)
            if child.lemma_.lower() in lex.sets["join"]:
                finding.joins_latest = True
        if not finding.persons and finding.count is None and not finding.group_ref:
            person = self._dropped_subject(t, index)
            if person is not None:
                finding.persons.append(person)
        finding.date = self._date(t)
        self._count_statement(t, finding)
        if rule.needs_count and finding.count is None and not named_noun:
            return None
        if finding.group_ref and not finding.persons and finding.count is None and self._habitual(t):
            return None  # «не раз помиловал журналистов»: a habit of the past, no group of this story
        if not finding.persons and finding.count is None and not finding.group_ref:
            return finding  # may still be shared with a conjoined trigger
        return finding

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

    def _term_word(self, x: Token) -> bool:
        lex = self.lexicon
        return (
            x.lemma_.lower() in lex.terms["year"]
            or x.lower_ in lex.terms["year"]
            or self._word_in(x, "months_words")
            or self._word_in(x, "term_nouns")
        )

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
        while k < min(end, t.i + 8) and doc[k].text not in (":", "—", "–", ","):
            # «трёх задержанных активистов:», «двое осуждённых по «экстремистским» статьям, A и B»
            if index.person_at(doc[k]) is not None or (
                doc[k].pos_ in ("VERB", "AUX") and "Fin" in doc[k].morph.get("VerbForm")
            ):
                return []
            k += 1
        if k >= end - 1 or doc[k].text not in (":", "—", "–", ","):
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
            if these:
                tail = these  # (a counted group then «Гэта:»: its list names the group's people)
            elif id(t) in named:
                continue
            if not tail or tail[-1].text != ":" or (these and id(t) not in counted) or not self._asserted(t):
                continue
            if any(index.person_at(x) is not None for x in sent):
                continue
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
                people = []
                head = None
                for x in tokens:
                    person = index.person_at(x)
                    if person is not None and person not in people:
                        people.append(person)
                        head = head or x
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
        words = [x for x in span if not x.is_space]
        out: list[tuple[Token, Person]] = []
        k = 0
        while k < len(words):
            person = index.person_at(words[k])
            if person is None:
                return []
            if all(p is not person for _, p in out):
                out.append((words[k], person))
            while k < len(words) and index.person_at(words[k]) is person:
                k += 1
            if k < len(words) and words[k].lower_ in ("і", "ды") and k + 1 < len(words):
                k += 1
                continue
            break
        if k >= len(words) or words[k].text not in (",", "."):
            return []
        # a profile describes its person; a story's paragraph has a verb of its own in its first
        # sentence («X, паводле сваякоў, адмовіўся пісаць …»): the list has ended
        endings = tuple(self.lexicon.sets.get("active_past_endings", ()))
        verbs = (*endings, *(e + "ся" for e in endings), "лі", "ліся")
        first = words[0].sent
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
            body = line.split("(")[0] if item else _unbracketed(line)
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
            people: list[Person] = []
            head = None
            for x in tokens:
                person = index.person_at(x)
                if person is not None and person not in people:
                    people.append(person)
                    head = head or x
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

    def _administrative_case(self, sent: Span) -> bool:
        """A sentence that names the code of administrative offences (`administrative_codes`:
        КоАП, КаАП), not the criminal code (`criminal_codes`) and no term of months or years:
        its verdict is days of arrest or a fine, no prison sentence."""
        sets = self.lexicon.sets
        words = {x.lower_ for x in sent}
        if not words & sets.get("administrative_codes", set()) or words & sets.get("criminal_codes", set()):
            return False
        return term_months(list(sent), self.lexicon) is None  # (months or years: a prison term)

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

    def _near_words(self, t: Token, prefixes: list[str]) -> bool:
        """A word starting with one of `prefixes` after `t` in its sentence or in the next one."""
        doc = t.doc
        end = doc[t.sent.end].sent.end if t.sent.end < len(doc) else t.sent.end
        return any(x.lower_.startswith(tuple(prefixes)) for x in doc[t.i + 1 : end])

    def _release_told_before(self, t: Token) -> bool:
        """A word of release (a trigger lemma of `release`: «памілавалі», «пасля вызвалення»)
        in the sentence of `t` or in the sentence before: «апынуліся ў Літве» after it is a
        removal of the freed, not an exile's own move."""
        doc = t.doc
        start = doc[t.sent.start - 1].sent.start if t.sent.start > 0 else t.sent.start
        return any(self.label_of_lemma.get(x.lemma_.lower()) == "release" for x in doc[start : t.sent.end])

    def _dressed_agents(self, x: Token) -> bool:
        """«двое ў цывільным», «трое ў масках»: a collective numeral followed by what its people
        wear (`agent_dress`) names those who acted (plain-clothes officers), not a counted group."""
        doc = x.doc
        if x.i + 2 >= len(doc) or doc[x.i + 1].lower_ not in ("у", "ў", "в"):
            return False
        return doc[x.i + 2].lower_ in self.lexicon.sets.get("agent_dress", ())

    def _first_plural(self, x: Token) -> bool:
        """«Нас вывезлі ў Літву» in a quote or an answer: the speaker is one of those it befell
        (Belarusian `first_plural`); not «у нас», «з нас», «для нас» after a preposition."""
        if x.lower_ not in self.lexicon.sets.get("first_plural", ()):
            return False
        return x.i == 0 or x.doc[x.i - 1].lower_ not in self.lexicon.sets.get("first_plural_not_after", ())

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
        if any(c.dep_.startswith("nsubj") for c in t.children) or any(
            index.person_at(x) is not None for x in sent
        ):
            return None
        if any(x.lower_ in self.lexicon.all_pronouns for x in sent):
            return None  # a pronoun in the sentence is read on its own
        return index.latest_in_paragraph(t.i, gender, window_sents=3)

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
        return (
            t.i == sent.start + 1
            and self._word_in(t.doc[sent.start], "about")
            and after is not None
            and index.person_at(after) is not None
            and any(self._word_in(x, "speech") or self._word_in(x, "known") for x in sent)
            and not any(self._word_in(x, kind) for x in sent for kind in blocking)
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

    def _count_statement(self, t: Token, finding: Finding) -> None:
        """«Число освобождённых — 13», «Колькасць вызваленых склала 11»: a count noun right
        before the trigger and a number after a dash, colon or copula of the same sentence
        count the group the trigger names."""
        if finding.count is not None or finding.persons or t.i == t.sent.start:
            return
        if not self._word_in(t.doc[t.i - 1], "count_nouns"):
            return
        lex = self.lexicon
        rest = t.doc[t.i + 1 : t.sent.end]
        for k, x in enumerate(rest):
            if x.text not in ("—", "–", "-", ":") and not self._word_in(x, "copulas"):
                continue
            after = [a for a in rest[k + 1 : k + 4] if not a.is_punct]
            if after and self._word_in(after[0], "approximate"):
                finding.group_ref = True
                return
            run = []
            for a in after:
                if not (a.like_num or a.lower_ in lex.numbers):
                    break
                run.append(a)
            value = number_value(run, lex) if run else None
            if value is not None and value == int(value) and value >= 2:
                finding.count = int(value)
                finding.group_ref = True
            return

    def _complement(self, x: Token) -> bool:
        """A lower-case noun in the genitive right after an event noun names whose event it is."""
        lex = self.lexicon
        if not x.is_alpha or not x.is_lower or x.lower_ in lex.all_pronouns:
            return False
        if self._word_in(x, "dates") or self._word_in(x, "location_prepositions"):
            return False
        if self.linear:
            low = "у" + x.lower_[1:] if x.lower_.startswith("ў") else x.lower_
            if low in lex.sets.get("time_adverbs", ()) or low in lex.sets.get("time_words", ()):
                return False  # «пасля вызвалення мінулай вясной X …»: when, not whose
            return x.lower_ not in lex.sets["conditional"] and not self._word_in(x, "negation")
        return x.pos_ in ("NOUN", "PROPN") and "Gen" in x.morph.get("Case")

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
            for k in range(max(t.sent.start + 1, t.i - 3), t.i + 1)
        )
        for root, person in index.mention_roots():
            if root.sent != t.sent or person in finding.persons:
                continue
            if any(a <= root.idx < b for a, b in spans) != quoted:
                continue
            if self._agent_role(root, index):
                self._agents.add(id(person))  # (nor the one a pronoun after it stands for)
                continue
            if (
                (self._possessor(root, index) and owner is not person)
                or self._clause_break(t, root)
                or self._stays(t, root, person, index)
                or self._source(root, person, index)
                or self._teller_after(t, root, person, index)
            ):
                continue
            if self._passive_agent(root, t, person, index):
                finding.agent = finding.agent or person.name
                continue
            if self._kin_of_described(t, root, person, index):
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
            side = [i for i in rivals if (i < root.i) == (t.i < root.i)]
            lo, hi = sorted((root.i, t.i))
            # (a name told as who pardoned or freed stands between no one: «X, якую памілаваў
            # Лукашэнка, вывезлі»)
            alone = not any(
                index.person_at(x) not in (None, person) and id(index.person_at(x)) not in self._agents
                for x in doc[lo + 1 : hi]
            ) and not any(x.text in (";", ":") for x in doc[lo + 1 : hi])
            distance = abs(root.i - t.i)
            if alone and t.i < root.i and self._relative_of_another(t, person, index):
                alone = False  # «X, якой далі 6 гадоў, і Y, які адбываў …»: X's clause, not Y's
            if brackets is not None and root.i > brackets[1]:
                continue  # «X (яе асудзілі на 3 гады) і Y …»: the brackets' event is not Y's
            if root.i > t.i and own_clause_opened and any(x.text == "," for x in doc[t.i + 1 : root.i]):
                continue  # «X, які адбываў 3 гады, і Y»: the relative clause ended before Y
            if root.i < t.i and _inside_relative_of(t, root, person, owner):
                continue  # «X — жонка Y, які быў арыштаваны …»: the clause is Y's, not X's
            if root.i < t.i and relative is not None and person.gender not in (None, relative[1]):
                continue  # «X і яго жонка, якую адпусцілі ўвечары»: the wife's clause, not his
            if person.gender and participle_gender not in (None, person.gender):
                continue  # «X, асуджаная на чатыры гады, а таксама Y»: a woman's participle, not his
            if self._asyndetic_clauses(t, root, person, rivals, index):
                continue
            if all(distance <= abs(root.i - i) for i in rivals) or (
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
        quote = next((q for q in quotes if q.start <= t.idx < q.end and q.speaker), None)
        if not finding.persons and quote is not None:
            # «Мяне затрымалі на працы», an interview answer or a quote: the speaker's own event
            mine = [
                x
                for x in doc[t.sent.start : t.sent.end]
                if (x.lower_ in lex.pronouns["first"] or self._first_plural(x))
                and quote.start <= x.idx < quote.end
            ]
            if mine:
                finding.persons.append(quote.speaker)
        if not finding.persons and not any(r.sent == t.sent for r, _ in index.mention_roots()):
            # the pronoun of the trigger's own clause: «Яе адпусцілі, а яго змясцілі ў СІЗА»
            according = lex.sets.get("according", set())
            pronouns = [
                x
                for x in doc[t.sent.start : t.sent.end]
                if pronoun_gender(x, lex)
                and x.lower_ not in lex.pronouns["plural"]
                # «паводле яе версіі», «па яго словах»: whose account it is, not who underwent it
                and not (x.i > 0 and doc[x.i - 1].lower_ in according)
                # «"…затрымліваюць …, — заявіў ён»: the attribution's pronoun is the speaker
                and not (
                    quoted
                    and any(self._word_in(doc[k], "speech") for k in (x.i - 1, x.i + 1) if 0 <= k < len(doc))
                )
                and not (x.i + 1 < len(doc) and doc[x.i + 1].lower_ in according)
                # «Яго сусед затрыманы»: the neighbour, not the man «яго» refers to
                and not (
                    x.i + 1 < len(doc)
                    and (
                        self._word_in(doc[x.i + 1], "possessors")
                        or self._word_in(doc[x.i + 1], "relation_forms")
                    )
                )
            ]
            if pronouns:
                x = min(
                    pronouns,
                    key=lambda x: (
                        any(i in trigger_ids for i in range(min(x.i, t.i) + 1, max(x.i, t.i))),
                        abs(x.i - t.i),
                    ),
                )
                gender = pronoun_gender(x, lex)
                if not self._unnamed_subject(x, gender, index):
                    # «…, якога памілаваў Аляксандр Лукашэнка … яго вывезлі»: not who pardoned
                    person = index.latest_before(x.i, gender, exclude=self._agents)
                    if person is not None:
                        finding.persons.append(person)
        if not finding.persons:
            person = self._adjacent_pronoun(t, index)
            if person is not None:
                finding.persons.append(person)
        if not finding.persons:
            finding.persons.extend(self._linear_back_reference(t, index, trigger_ids))
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
            finding.persons.extend(self._elided_subject(t, index, rule.label))
        self._linear_count(t, finding, trigger_ids)
        if not finding.persons and finding.count is None and not finding.group_ref:
            # «Актывістаў затрымалі ў сакавіку»: a plural group noun beside the trigger
            plural = tuple(lex.sets.get("plural_endings", ()))
            for x in doc[max(t.sent.start, t.i - 1) : min(t.sent.end, t.i + 2)]:
                if x.i != t.i and self._word_in(x, "group_nouns") and x.lower_.endswith(plural):
                    finding.group_ref = True
                    finding.told_back = self._told_back(x, t)
                    break
        if not finding.persons and finding.count is None and not finding.group_ref:
            # «Усіх, акрамя двух, вызвалілі»: «all» in the trigger's clause (no other trigger
            # between) is the group told before, as «все» is in the parsed Russian
            for x in doc[max(t.sent.start, t.i - 6) : min(t.sent.end, t.i + 2)]:
                if x.i == t.i or not self._word_in(x, "all_of"):
                    continue
                lo, hi = sorted((x.i, t.i))
                if any(lo < i < hi for i in trigger_ids):
                    continue
                finding.group_ref = finding.pronoun_group = finding.told_back = True
                break

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

    def _asyndetic_clauses(
        self, t: Token, root: Token, person: Person, rivals: list[int], index: PersonIndex
    ) -> bool:
        """«X вызвалілі, Y затрымалі»: two clauses side by side, each a name and its finite
        verb; the name after the first verb's comma is the second verb's only (unlike «памёр
        X, асуджаны за каментар», where the second is a participle)."""
        doc = t.doc
        if root.i < t.i or t.i + 1 >= len(doc) or doc[t.i + 1].text != ",":
            return False
        plural = ("лі",)
        if not t.lower_.endswith(plural):
            return False
        end = _mention_end(root, person)
        after = [i for i in rivals if i >= end and doc[i].lower_.endswith(plural) and i - end <= 3]
        before = any(index.person_at(x) not in (None, person) for x in doc[t.sent.start : t.i])
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
        while k < min(end, t.i + 4) and index.person_at(doc[k]) is None and doc[k].is_lower:
            k += 1  # «выйшлі палітвязні X»
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
                    (j for j in range(k + 1, min(end, k + 16)) if doc[j].text in (",", ";", ":")), None
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

    def _family_name(self, t: Token, index: PersonIndex, sent_triggers: list[int]) -> list[Person]:
        """«Браты Барысевічы былі затрыманыя», «Кавалёвы асуджаныя»: a surname in the plural
        that is no name of its own is every person named before with that surname (two or
        more), when the trigger is the nearest one of the sentence to it."""
        doc = t.doc
        found: list[Person] = []
        for x in doc[t.sent.start : t.sent.end]:
            if not x.is_title or not x.lower_.endswith(("ы", "і")):
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
            low = x.lower_
            family = []
            for p in index.persons:
                stem = p.tokens[-1].lower().rstrip("аоўя")
                if (
                    len(p.tokens) >= 2
                    # «Каваленкі» is also one Каваленка's genitive: only a surname in a
                    # consonant has a plural no case of one person shares
                    and p.tokens[-1].lower()[-1:] not in "аеёіоуыэюя"
                    and len(stem) >= 4
                    and any(a < x.i for a, _ in p.mentions)
                    and low.startswith(stem)
                    and 0 < len(low) - len(stem) <= 3  # «Барысевіч» → «Барысевічы», «Куляшоў» → «Куляшовы»
                ):
                    family.append(p)
            if len({p.surname for p in family}) == 1 and len(family) >= 2:
                found.extend(p for p in family if p not in found)
        return found

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
            elif not (doc[k].is_alpha and (doc[k].is_lower or quoted)):
                return False  # only role words («праваабаронца», «маці») between verb and name
            k -= 1
        if k <= t.i + 1 or not self._word_in(doc[k], "speech"):
            return False
        k -= 1
        if doc[k].text in ("—", "–") and k - 1 > t.i:
            k -= 1
        return doc[k].text == "," and not any(i > k and i < start for i in (t.i,))

    def _elided_subject(self, t: Token, index: PersonIndex, label: str = "") -> list[Person]:
        """«X, 71 год. Пенсіянер з Барысава … У 2024 годзе асуджаны на 5 гадоў»: a short passive
        participle that opens its sentence after words of time only has the paragraph's
        person for its subject, the latest named there with the participle's gender. In a
        profile list (a heading line «X, 52 гады, настаўніца», then lines of a timeline or
        a paragraph with no name: «2021 — затрыманы …», «Асуджаная ў лістападзе …», «З
        верасня знаходзіцца ў СІЗА», «Затрыманыя ў снежні») the subject is the heading's
        person of that gender (its persons, for a plural)."""
        lex = self.lexicon
        doc = t.doc
        low = t.lower_
        opening = t.i == t.sent.start and t.is_title
        if not (t.is_lower or opening):
            return []
        for x in doc[t.sent.start : t.i]:
            if not (
                x.is_punct
                or x.like_num
                or self._word_in(x, "dates")
                or x.lower_ in lex.sets.get("date_noise", ())
                or x.lower_ in lex.sets.get("time_adverbs", ())
            ):
                return []
        gender = "masc" if low.endswith(("ны", "ты")) else "fem" if low.endswith(("ная", "тая")) else None
        if gender is not None and t.is_lower:
            text = doc.text
            para = text.rfind("\n", 0, t.idx) + 1
            person = index.latest_before(t.i, gender, window_sents=3, exclude=self._agents)
            if person is not None and any(doc[a].idx >= para for a, _ in person.mentions if a < t.i):
                return [person]
        if opening and self.linear:
            person = self._paragraph_opener(t, index)
            if person is not None:
                return [person]
        return self._heading_subject(t, index, label)

    def _paragraph_opener(self, t: Token, index: PersonIndex) -> Person | None:
        """«X, фармацэўтка з Кобрына. Затрыманая ў 2023-м … Вывезеная ў Польшчу.»: a sentence
        of a profile paragraph that opens with a participle or a past verb of one gender has
        for its subject the person whose name opens the paragraph, when no one else is named in
        the paragraph before it (not a sentence that opens a paragraph itself)."""
        gender = _form_gender(t.lower_)
        if gender not in ("masc", "fem"):
            return None
        doc = t.doc
        text = doc.text
        para = text.rfind("\n", 0, t.idx) + 1
        if para == doc[t.sent.start].idx:
            return None
        named = {id(p): p for x in doc[: t.i] if x.idx >= para and (p := index.person_at(x)) is not None}
        if len(named) != 1:
            return None
        person = next(iter(named.values()))
        if person.gender not in (None, gender):
            return None
        first = next((x for x in doc[: t.i] if x.idx >= para and not x.is_space), None)
        return person if first is not None and index.person_at(first) is person else None

    def _heading_subject(self, t: Token, index: PersonIndex, label: str = "") -> list[Person]:
        """The persons of the profile heading the trigger's lines stand under: the nearest line
        before with a name opens with that name and is no sentence (no full stop at its end),
        at most six lines back; the trigger's ending picks the one of its gender, all of them
        for a plural."""
        doc = t.doc
        text = doc.text
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

    def _adjacent_pronoun(self, t: Token, index: PersonIndex) -> Person | None:
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
            if k > t.i:
                nxt = doc[k + 1] if k + 1 < sent.end else None
                if nxt is not None and not (
                    nxt.is_punct or nxt.lower_ in lex.sets["location_prepositions"] or nxt.like_num
                ):
                    continue
            if self._unnamed_subject(x, gender, index):
                continue
            return index.latest_before(x.i, gender, exclude=self._agents)
        x = self._pronoun_past_adverbial(t)
        if x is not None and not self._unnamed_subject(x, pronoun_gender(x, lex), index):
            return index.latest_before(x.i, pronoun_gender(x, lex), exclude=self._agents)
        return None

    def _read_also(self, t: Token) -> bool:
        """`t` is on a «Чытайце таксама: …» line, the headline of another article."""
        links = tuple(self.lexicon.sets.get("read_also", ()))
        if not links:
            return False
        text = doc_text(t.doc)
        start = text.rfind("\n", 0, t.idx) + 1
        return text[start : start + 40].lower().startswith(links)

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

    def _linear_back_reference(self, t: Token, index: PersonIndex, trigger_ids: set[int]) -> list[Person]:
        """A sentence with no name whose event's patient is a word right beside the trigger:
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
        if any(r.sent == t.sent for r, _ in index.mention_roots()):
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
                    return list(named.values()) if len(named) == 1 else []
            return []
        if t.sent.start > 0:
            # the verdict noun opening a sentence with its term: «Справу X разглядаў суд …
            # Прысуд — чатыры гады калоніі» is the verdict of the one person named just before
            first = doc[t.sent.start]
            if first.i == t.i and t.lemma_.lower() in self.lexicon.sets.get("verdict_nouns", ()):
                named = {id(p): p for r, p in index.mention_roots() if r.sent == doc[t.sent.start - 1].sent}
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
            return self._coordinated_in(previous, index)
        start = sentences_back(t.sent, 3)
        for x in near:
            if not (x.is_lower or x.i == t.sent.start) or len(x.text) < 5 or x.i > t.i:
                continue  # given before the verb; after it («затрымалі жанчыну») a noun is new
            if x.lower_ in lex.terms["year"] or x.lemma_.lower() in lex.terms["year"]:
                continue  # «У 2023 годзе святара асудзілі»: the year of a date, no counted group
            if x.i > 0 and (doc[x.i - 1].like_num or doc[x.i - 1].lower_ in lex.numbers):
                return []  # «Дзевяць чалавек высланыя»: a counted group
            if x.lower_.startswith(generic) and len(x.text) <= 10:
                told = previous
                if told.start > 0 and not any(r.sent == told for r, _ in index.mention_roots()):
                    told = doc[told.start - 1].sent  # «X памёр у калоніі. Яму быў 61 год. Мужчына адбываў …»
                if any(self._word_in(y, "speech") for y in told):
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
            headline = first_line_end(doc)
            if x.i < t.i and t.idx > headline:
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
            another = x.i > 0 and doc[x.i - 1].lower_ in (
                "іншую",
                "іншага",
                "другую",
                "другога",
                "адну",
                "аднаго",
            )
            if gender is not None and x.i < t.i and not another:
                # «X працавала ў школе. У верасні настаўніцу затрымалі»: a role noun no name
                # was given with is the one person of its gender the sentence before named
                told = previous
                if told.start > 0 and not any(r.sent == told for r, _ in index.mention_roots()):
                    told = doc[told.start - 1].sent
                if "\n" in doc[told.end - 1 : t.i].text or any(self._word_in(y, "speech") for y in told):
                    return []
                named = {id(p): p for r, p in index.mention_roots() if r.sent == told and p.gender == gender}
                return list(named.values()) if len(named) == 1 else []
        return []

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
        end = root.i
        while end + 1 < t.i and index.person_at(root.doc[end + 1]) is person:
            end += 1
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
        if not (len(gap) > 2 and gap[0].text == "," and len(commas) == 2):
            return False
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
            and (self._word_in(gap[1], "relative_words") or bool(_PARTICIPLE.search(gap[1].lower_)))
            and all(x.is_lower and x.is_alpha for x in words)
            and not any(
                self._verb(x) and x.i not in self._clause_triggers and not self._word_in(x, "copula_past")
                for x in tail
            )
        )

    def _linear_count(self, t: Token, finding: Finding, trigger_ids: set[int]) -> None:
        """A number before a group noun is the count of its nearest trigger («123
        політзаключённых»), unless an approximation word stands before it."""
        lex = self.lexicon
        doc = t.doc
        if self._partitive_whole(t):
            return
        sent_triggers = [
            i
            for i in trigger_ids
            if doc[i].sent == t.sent
            and not self._partitive_whole(doc[i])
            and not (
                doc[i].lower_ in lex.sets["group_nouns"]
                and i > t.sent.start
                and (doc[i - 1].like_num or doc[i - 1].lower_ in lex.numbers)
            )
            # «вынес прысуд пяці работнікам»: the verdict noun is the verb's object, the verb counts
            and not (
                i - 1 in trigger_ids
                and i > t.sent.start
                and doc[i].lemma_.lower() in lex.sets.get("verdict_nouns", ())
            )
        ]
        best: tuple[int, int, str | None] | None = None
        for x in doc[t.sent.start : t.sent.end]:
            if not (x.like_num or x.lower_ in lex.numbers) or x.i in trigger_ids:
                continue
            if x.i > t.sent.start and (doc[x.i - 1].is_digit or doc[x.i - 1].text in ("№", "N", "#")):
                continue  # «калонія №15»: a number that names, not counts
            if _enumerator(x):
                continue  # «2022 — асуджаны …»: a timeline's year
            if article_number(x, lex):
                continue  # «паводле арт. 130 КК асуджаныя сотні»: an article's number
            if (
                x.i - 2 >= t.sent.start
                and self._word_in(doc[x.i - 1], "out_of")
                and doc[x.i - 2].lower_ in lex.sets.get("one_of", ())
            ):
                continue  # «Адзін з двух вызваленых — X»: the size of the whole one is taken from
            run = [x]
            while run[-1].i + 1 < t.sent.end and (
                doc[run[-1].i + 1].like_num or doc[run[-1].i + 1].lower_ in lex.numbers
            ):
                run.append(doc[run[-1].i + 1])
            after = doc[run[-1].i + 1 : min(t.sent.end, run[-1].i + 4)]
            noun = next((a for a in after if self._word_in(a, "group_nouns")), None)
            if noun is None and self._of_them(x, run[-1]):
                noun = x  # «з іх 14 вывезлі», «пятеро из них»: a part of a group of people
            if noun is None and self._word_in(x, "collective"):
                if self._dressed_agents(run[-1]):
                    continue  # «забралі двое ў цывільным»: who took them, not how many were taken
                noun = x  # «пяцёра з іх», «усіх траіх чыгуначнікаў»: only people are counted so
            whole = doc[x.i + 2] if x.i + 2 < t.sent.end and self._word_in(doc[x.i + 1], "out_of") else None
            if whole is not None and whole.i in trigger_ids and self._partitive_whole(whole):
                label = next((r.label for tok, r, _ in self._sent_rules if tok.i == whole.i), None)
                if label == finding.type:
                    continue  # «пяцёра з затрыманых знаходзяцца ў СІЗА»: a part of the same arrest
            if (
                noun is None
                and x.i > t.sent.start
                and self._word_in(doc[x.i - 1], "all_of")
                and (
                    any(a.i in trigger_ids or a.pos_ == "AUX" for a in after[:2])
                    or (x.i >= 2 and doc[x.i - 2].i in trigger_ids)
                )
            ):
                noun = x  # «усе 14 былі вывезены», «асудзіў усіх чатырох»: «all» and a number count people
            if noun is None or any(
                self._word_in(a, "not_counted") for a in after[: max(1, noun.i - run[-1].i)]
            ):
                continue
            if after and self._word_in(after[0], "dates"):
                continue  # «20 декабря арестован гражданин»: a day of a month
            if self._of_one_person(x, noun) or not self.linear and _in_clause_without(x, t):
                continue  # «Биби, которая воспитывала пятерых детей, приговорили»: the clause's own number
            if not self.linear and (
                any(doc[k].text == ";" for k in range(min(x.i, t.i) + 1, max(x.i, t.i)))
                or (
                    x.dep_ == "nmod"
                    and x.head.i not in trigger_ids
                    and x.head.pos_ == "NOUN"
                    and "Inan" in x.head.morph.get("Animacy")
                    and not self._word_in(x.head, "group_nouns")
                )
            ):
                # «Имена помилованных не называют; удалось установить личности семи из них»: a
                # number of another clause, or of whose names or faces, is no size of the group
                continue
            context = doc[max(t.sent.start, x.i - 2) : x.i]
            if (
                any(self._word_in(c, "approximate") for c in context)
                or (context and context[-1].lower_ in ("до", "да"))
                or (
                    context
                    and context[-1].lower_ == "от"
                    and any(a.lower_ in ("до", "да") for a in after[:2])
                )
            ):
                finding.group_ref = True  # («от 20 до 40 человек»: a bound, not a count)
                continue
            remain = lex.sets.get("remain", ())
            last = noun if noun is not x else run[-1]
            if (x.i > t.sent.start and doc[x.i - 1].lower_ in remain) or (
                last.i + 1 < t.sent.end
                and doc[last.i + 1].lower_ in remain
                and not (x.i > t.sent.start and self._word_in(doc[x.i - 1], "all_of"))  # «Усе трое …»
            ):
                # «пасля памілавання застаецца 1 103 палітвязні»: a running total; «трое
                # застаюцца ў СІЗА»: those still held, no group of the event
                continue
            value = number_value(run, lex)
            if value is None or value != int(value) or value < 2:
                continue
            distance = abs(x.i - t.i)
            if any(abs(x.i - i) < distance for i in sent_triggers):
                continue  # the number belongs to a nearer trigger
            if best is None or distance < best[0]:
                best = (distance, int(value), noun.lower_ if noun is not x else None)
        if best is not None:
            finding.count = best[1]
            finding.group_ref = True
            finding.group = finding.group or best[2]  # «трох журналістаў»: who the number counts

    def _partitive_whole(self, t: Token) -> bool:
        """«Траіх з памілаваных … вывезлі», «пяцярых з затрыманых адпусцілі»: a participle
        after a number and «з» names the whole a part is taken from; the number counts the
        verb's event, not the participle's."""
        doc = t.doc
        if (
            not self.linear
            or t.i < t.sent.start + 2
            or doc[t.i - 1].lower_ not in self.lexicon.sets.get("out_of", ())
        ):
            return False
        x = doc[t.i - 2]
        return x.like_num or x.lower_ in self.lexicon.numbers or self._word_in(x, "collective")

    def _date_linear(self, t: Token) -> str | None:
        doc = t.doc
        for x in doc[t.sent.start : t.sent.end]:
            if x.like_num and len(x.text) == 4 and x.text[:2] in ("19", "20"):
                return x.text
            if self._word_in(x, "dates"):
                start = x.i - 1 if x.i > t.sent.start and doc[x.i - 1].like_num else x.i
                end = x.i + 1
                if end < t.sent.end and doc[end].like_num and len(doc[end].text) == 4:
                    end += 1
                return self._clean_date(doc[start:end].text)
        return None

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
        end = start
        while end + 1 < t.sent.end and index.person_at(doc[end + 1]) is person:
            end += 1
        last = doc[end].lower_
        if last not in {w.lower() for w in person.tokens} and not last.endswith(endings):
            return False  # «задержан Сергея …»: an oblique case that is no agent's
        return self._subject_before(t, index)

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
        agrees with it: the clause is still the name's."""
        doc = root.doc
        comma = own.i - 1
        if comma <= root.i or doc[comma].text != "," or root.dep_ == "nmod" or comma - root.i > 6:
            return None
        if "Sing" not in own.morph.get("Number") or own.dep_ not in ("nsubj", "nsubj:pass", "obj"):
            return None
        own_gender, gender = set(own.morph.get("Gender")), set(root.morph.get("Gender"))
        if own_gender and gender and not own_gender & gender:
            return None
        phrase = {x.i for x in root.subtree}
        between = doc[root.i + 1 : comma]
        if any(x.i not in phrase or x.is_punct or x.pos_ in ("VERB", "AUX") for x in between):
            return None
        case = own.morph.get("Case")
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
                and c.pos_ == "NOUN"
                and c.is_lower
                and c.morph.get("Case")
                and "Anim" in c.morph.get("Animacy")
            ),
            None,
        )
        described = set(described_noun.morph.get("Case")) if described_noun is not None else None
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

    def _possessor(self, root: Token, index: PersonIndex) -> bool:
        """«брат Абдуллаева», «сябра Шыбута»: a name right after a kin, friend or lawyer noun
        is whose relative it is; the event is the relative's, who is not named."""
        person = index.person_at(root)
        start = _mention_start(root, person, index)
        if start == 0:
            return False
        prev = root.doc[start - 1]
        skipped = False
        while (
            not self.linear
            and prev.is_lower
            and prev.pos_ in ("NOUN", "ADJ", "VERB", "DET")
            and {"Gen", "Acc"} & set(prev.morph.get("Case"))  # animate: one form for both
            and not self._word_in(prev, "possessors")
            and prev.i > root.sent.start
            and prev.i > start - 4
        ):
            prev = root.doc[prev.i - 1]  # «мать (известного) политзаключённого Игоря Суханова»
            skipped = True
        case = root.morph.get("Case")
        end = root.i
        while end + 1 < len(root.doc) and index.person_at(root.doc[end + 1]) is person:
            end += 1
        nxt = index.person_at(root.doc[end + 1]) if end + 1 < len(root.doc) else None
        if self._word_in(prev, "relation_forms") and nxt is not None and nxt is not person:
            return prev.is_lower  # «сябру Статкевіча Уладзіміру Ламаносаву»: the next name is the friend
        first = root.doc[start].lower_
        if first.endswith(tuple(self.lexicon.sets.get("accusative_name_endings", ()))):
            return False  # «адвоката Лусию Эрнандес»: a first name in -у/-ю is no genitive
        if person is not None and person.gender and self._relative_of_other_gender(prev, person.gender):
            return True  # «Муж Аўсянік», «жена Петрова»: a man's kin noun before a woman's name is hers
        if not self._word_in(prev, "possessors") or (person is not None and _nominative_name(root, person)):
            # «адвокат Фаррух Назаров»: a surname in the nominative makes the whole name one
            # (natasha may read an unknown first name as a genitive)
            return False
        if not skipped and prev.i > 0 and prev.doc[prev.i - 1].lower_ in self.lexicon.all_pronouns:
            return False  # «яе муж Аляксандр Гнаўк», «его адвокат Иван Павлов»: the relative himself
        if not self.linear and case and "Gen" not in case and not skipped:
            return False  # «её мужу Илье Мартыненко» is the husband himself
        return prev.is_lower or prev.is_sent_start

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

    def _clause_break(self, t: Token, root: Token) -> bool:
        """«Пяцёра высланы, а Васіль Пархімовіч адмовіўся»: a comma and a contrastive
        conjunction («а», «но», «але») open a new clause, unless «а также» joins a list."""
        lo, hi = sorted((t.i, root.i))
        doc = t.doc
        for x in doc[lo + 1 : hi]:
            if x.text == "," and x.i + 1 < hi and self._word_in(doc[x.i + 1], "complementizers"):
                return True  # «X заявіў, што Y асудзілі»: X speaks in the main clause
            if x.text == "," and x.i + 1 < hi and self._word_in(doc[x.i + 1], "contrast"):
                nxt = doc[x.i + 2] if x.i + 2 < len(doc) else None
                if nxt is None or not self._word_in(nxt, "contrast_keep"):
                    return True
        return False

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
                return True
        return False

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
        ):
            return  # «Её коллегу … приговорили»: a possessive before a noun (not «признал его виновным»)
        if gender and word in _DEMONSTRATIVES:
            # the demonstrative points at the last one named («the latter»), salient or not
            limit = sentences_back(child.sent, 1)
            person = next(
                (
                    p
                    for root, p in reversed(index.mention_roots())
                    if limit <= root.i < child.i and p.gender in (None, gender)
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
            if person is not None and person not in finding.persons:
                finding.persons.append(person)
            return
        if word in lex.pronouns["plural"] and child.pos_ in ("PRON", "DET"):
            finding.group_ref = True
            finding.pronoun_group = True
            finding.told_back = True

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
        name) rather than one inside a phrase (a victim's dative or genitive)."""
        core = None
        for root, person in index.mention_roots():
            if root.sent != child.sent or root.i >= child.i:
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

    def _group(self, child: Token, finding: Finding) -> None:
        lex = self.lexicon
        candidates = [child] + [
            x
            for x in child.children
            if x.pos_ in ("NOUN", "NUM") and x.dep_ in ("nmod", "conj", "appos") and x.i != child.i
        ]
        candidates = [x for x in candidates if not _of_one_person(x)]
        if finding.count is not None:
            return
        for noun in candidates:
            if noun.lemma_.lower() in lex.sets["not_counted"] or noun.ent_type_ in ("PER", "LOC", "ORG"):
                continue
            if _enumerator(noun):
                continue  # «2. Мельник Анна Сергеевна …»: the number of a list item
            if (
                noun.pos_ == "NOUN"
                and "Inan" in noun.morph.get("Animacy")
                and not self._word_in(noun, "group_nouns")
            ):
                continue  # «в 12 городах»: only people are counted
            if self._word_in(noun, "term_nouns"):
                continue  # «к срокам от 6 до 7 лет»
            if (noun.pos_ == "NUM" or noun.lemma_.lower() in lex.numbers) and self._unit_follows(noun):
                continue  # «к четырём и трём годам»: numbers of a term, not of people
            if noun.pos_ == "NUM" and (
                noun.head.lemma_.lower() in lex.sets["not_counted"]
                or (
                    noun.i + 1 < len(noun.doc)
                    and noun.doc[noun.i + 1].lemma_.lower() in lex.sets["not_counted"]
                )
                or (
                    noun.dep_ not in _SUBJECT + ("obj", "nsubj:pass")
                    # «шестерых из них вывезли»: a numeral hung on the verb is its object
                    and not (noun.dep_.startswith("nummod") and noun.head.pos_ == "VERB")
                )
            ):
                continue
            count, approximate = count_of(noun, lex)
            if count is not None:
                finding.count = count
                finding.group = noun.lemma_ if noun.pos_ == "NOUN" else None
                finding.group_ref = True
                return
            if approximate:
                finding.group_ref = True
                return
            if (
                noun.i == child.i
                and noun.lemma_.lower() in lex.sets["group_nouns"]
                and "Plur" in noun.morph.get("Number")
            ):
                finding.group_ref = True
                finding.told_back = self._told_back(noun)

    def _told_back(self, noun: Token, trigger: Token | None = None) -> bool:
        """«Журналистов задержали в ноябре»: a plural group noun with no word of its own but
        «этих» or «всех» tells again the group counted before; «других журналистов»,
        «журналистов из Гянджи», «молодых активистов» or a place the article has not named
        before («В Гяндже журналистов …») is another group."""
        doc = noun.doc
        sent = noun.sent
        if self.linear:
            before = doc[noun.i - 1] if noun.i > sent.start else None
            if before not in (None, trigger) and before.is_alpha and not self._word_in(before, "all_of"):
                return False  # «іншых / маладых актывістаў»: no parse tells which word is a modifier
        elif any(
            c.dep_ not in ("det", "case", "punct") or self._word_in(c, "others") or self._word_in(c, "more")
            for c in noun.children
        ):
            return False
        named = {self._place_stem(x) for x in doc[: sent.start]} - {None}
        return all(self._place_stem(x) in named for x in sent if self._place_stem(x))

    def _place_stem(self, x: Token) -> str | None:
        """The first letters of a place name: a LOC entity, or (Belarusian, where natasha's
        Russian NER tags towns as persons) a capitalised word after a preposition of place."""
        doc = x.doc
        place = x.ent_type_ == "LOC" or (
            self.linear
            and x.text[:1].isupper()
            and x.i > x.sent.start
            and self._word_in(doc[x.i - 1], "location_prepositions")
        )
        return x.lower_[:4] if place else None

    def _unit_follows(self, x: Token) -> bool:
        """A word of time or money ends the list of numbers that `x` opens."""
        lex = self.lexicon
        for y in x.doc[x.i + 1 : min(x.sent.end, x.i + 6)]:
            if self._word_in(y, "not_counted") or self._word_in(y, "dates"):
                return True  # «с 5 до 7 мая» is a date
            if not (
                is_number(y, lex) or y.text == "," or y.lower_ in lex.sets["and"] or self._word_in(y, "range")
            ):
                return False  # «с 22 до 24 лет», «от 6 до 7 лет» are ranges of a term too
        return False

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
                close = self._participle_clause_end(x, sent_end)
                if close is None:
                    break
                skip_to = close  # «приговорил X, задержанного ещё в мае, к семи годам»
                continue
            if x.i != t.i and self._word_in(x, "blockers"):
                break
            if x.i != t.i and self._word_in(x, "time_served"):
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

    def _tally_before(self, words: Span, triggers: set[int]) -> bool:
        """A group named before «среди них» in its own sentence with no event there: the members
        belong to a tally («остаются за решёткой», «числятся»), not to an earlier event; an event
        of several words («вышли на свободу 16 человек, включая X») is an event."""
        return any(self._word_in(x, "group_nouns") for x in words) and not any(
            x.lemma_.lower() in self.label_of_lemma or x.i in triggers for x in words
        )

    def _of_one_person(self, number: Token, noun: Token) -> bool:
        """«мать пятерых детей», «маці пяцярых дзяцей»: the counted noun describes one person.
        The parse tells which noun it modifies; Belarusian, read without a parse (natasha's
        Russian tagger gives its nouns no reliable number or animacy), by the word before the
        number, a noun for a parent (`parents`)."""
        if self.linear:
            doc = number.doc
            children = self.lexicon.sets.get("children_nouns", ())
            if any(x.lower_ in children for x in doc[number.i + 1 : min(number.sent.end, number.i + 3)]):
                return True  # «выхоўвае дваіх непаўналетніх дзяцей»: her children, not prisoners
            return number.i > number.sent.start and self._word_in(doc[number.i - 1], "parents")
        return _of_one_person(noun)

    def _word_in(self, x: Token, kind: str) -> bool:
        return self.lexicon.word_in(x, kind)

    def _clean_date(self, text: str | None) -> str | None:
        """Date words as the shared reader takes them, without this language's noise words
        («начале», «конце»); the reader itself knows weekdays and prepositions."""
        if not text:
            return None
        words = [
            w
            for w in text.replace(",", " ").split()
            if w.lower() not in self.lexicon.sets.get("date_noise", ())
        ]
        return " ".join(words) or None

    def _date(self, t: Token) -> str | None:
        return self._clean_date(self._date_words(t))

    def _date_words(self, t: Token) -> str | None:
        for child in t.children:
            if child.dep_ not in ("obl", "nmod", "advmod", "obl:tmod"):
                continue
            words = list(child.subtree)
            if any(self._word_in(x, "dates") or (x.like_num and len(x.text) == 4) for x in words):
                return t.doc[words[0].i : words[-1].i + 1].text
        return None

    # -- gapping --------------------------------------------------------------------------------

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
        for person in index.persons:
            for start, end in person.mentions:
                end = self._past_relative(doc, end)
                if end >= len(doc) or doc[end].text not in ("—", "–", "-"):
                    continue
                dash = doc[end]
                before = [f for f in findings if f.trigger.sent == dash.sent and f.trigger.i < start]
                if not before:
                    before = self._sentence_before(dash, start, findings, index)
                if not before:
                    continue
                rest = []
                for x in doc[dash.i + 1 : dash.sent.end]:
                    if x.text in (",", ";", ".", "—", "–", ":") or x.i in by_root:
                        break
                    rest.append(x)
                if not rest or any(x.pos_ in ("VERB", "AUX") and not self.linear for x in rest):
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
                out.append(gapped)
        return out

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
            tail = []
            for y in doc[x.i + 2 : x.sent.end]:
                if y.text in (",", ";", ".", "—", "–", ":"):
                    break
                tail.append(y)
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
                x.is_lower
                or x.i == sent.start
                or x.is_punct
                or x.like_num
                or (self.linear and index.person_at(x) is not None)
            )
            for x in dash.doc[sent.start : start]
        ):
            return []
        previous = dash.doc[sent.start - 1].sent
        # «X и Y задержали в мае; Z — в июле»: after a semicolon any event is repeated (the
        # caller keeps an arrest's or release's only when the rest is a time or a place)
        semicolon = dash.doc[sent.start - 1].text == ";"
        found = [
            f
            for f in findings
            if f.trigger.sent == previous and (semicolon or (f.type == "sentence" and f.term))
        ]
        if found or sent[0].text not in ("—", "–", "-", "•"):
            return found
        while previous.start > 0 and previous[0].text == sent[0].text and not _ends_in_colon(previous):
            previous = dash.doc[previous.start - 1].sent  # the list's earlier lines
        return [f for f in self._list_verdicts if f.trigger.sent == previous]

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
        if not out or not any(doc[i].lower_ in self.lexicon.sets["and"] for i in range(at + 1, start)):
            return []
        return out if doc[at].text == "," else []

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
        if value is None or unit is None or not 0 < value * unit <= 600:
            return None
        return round(value * unit)

    # -- conjuncts and members ------------------------------------------------------------------

    def _share_conjuncts(self, findings: list[Finding]) -> None:
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
                    x.ent_type_ == "PER" or (x.text in (".", ";", ":") and not _abbreviation(x)) for x in gap
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
        for f, other in pairs:
            for a, b in ((f, other), (other, f)):
                if not a.persons and a.count is None and not a.own_patient:
                    a.persons = list(b.persons)
                    lo, hi = sorted((a.trigger.i, b.trigger.i))
                    if b.persons and any(self._word_in(x, "together") for x in a.trigger.doc[lo:hi]):
                        continue  # «якога вызвалілі разам з 51 …, … і быў вернуты»: the group is X's only
                    if b.group_ref and not a.group_ref:
                        a.group_ref = b.group_ref
                        a.pronoun_group = True

    def _contrast_shares(self, gap: Span) -> bool:
        """«X памілавалі, але адразу вывезлі з Беларусі», «вызвалілі, але праз гадзіну затрымалі
        зноў»: a «but» between two verbs of one object, a few words of time after it and no
        pronoun or relative of someone else («але яго брата затрымалі»)."""
        at = next((k for k, x in enumerate(gap) if x.lower_ in ("но", "але")), None)
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
                and (f.trigger.lower_.endswith(endings) or "Conv" in f.trigger.morph.get("VerbForm"))
            ):
                f.persons = list(prev.persons)

    def _they_are(self, t: Token, index: PersonIndex) -> bool:
        """«Затрымалі трох журналістаў. Гэта A, B і C.»: a sentence that opens with «это» /
        «гэта» right before a name and lists two names or more names the group told before."""
        if t.i != t.sent.start or t.lower_ not in self.lexicon.sets["they_are"] or t.i + 1 >= len(t.doc):
            return False
        if index.person_at(t.doc[t.i + 1]) is None:
            return False
        return len({id(p) for x in t.sent if (p := index.person_at(x)) is not None}) >= 2

    def _names_of_them(self, t: Token) -> bool:
        """«Вядомыя імёны дваіх з іх — A і B», «известны имена пятерых из них: A, B …», «стали
        известны их имена: A, B и C»: the names of (some of) a group told before, given after
        the word for names and «из них» or «их» in a sentence with no event of its own."""
        names = self.lexicon.sets.get("names_of", set())
        if t.lower_ not in names:
            return False
        doc = t.doc
        words = list(doc[t.i + 1 : min(t.sent.end, t.i + 5)])
        of_them = any(
            self._word_in(a, "out_of") and self._word_in(b, "of_them")
            for a, b in zip(words, words[1:], strict=False)
        )
        # «их имена:», «имена их —»: the possessive right beside the noun, a colon or dash next
        beside = [doc[t.i - 1]] if t.i > t.sent.start else []
        beside += words[:1]
        theirs = any(x.lower_ in ("их", "іх") for x in beside) and any(
            x.text in (":", "—", "–") for x in words[:2]
        )
        return (of_them or theirs) and not any(x.lemma_.lower() in self.label_of_lemma for x in t.sent)

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
        """«Адзін з іх — X»: «з» after «one» opening a sentence, a dash before the name, reads
        as «сярод іх — X»."""
        doc = t.doc
        return (
            t.i > t.sent.start
            and t.i - 1 == t.sent.start
            and doc[t.i - 1].lower_ in self.lexicon.sets.get("one_of", ())
            and t.lower_ in self.lexicon.sets.get("out_of", ())
            and t.i + 1 < t.sent.end
            and (
                doc[t.i + 1].lower_ in self.lexicon.sets.get("of_them", ())
                or doc[t.i + 1].lemma_.lower() in self.label_of_lemma
            )
            and any(x.text in ("—", "–") for x in doc[t.i + 1 : min(t.sent.end, t.i + 4)])
        )

    def _memberships(self, doc: Doc, index: PersonIndex, triggers: set[int]) -> list[Membership]:
        """«Среди освобождённых — X и Y», «среди них X», «в том числе X»."""
        out: list[Membership] = []
        lex = self.lexicon
        for t in doc:
            if self._they_are(t, index):
                persons = []
                for x in t.sent:
                    person = index.person_at(x)
                    if person is not None and all(person is not q for q in persons):
                        persons.append(person)
                out.append(Membership(t, persons, None))
                continue
            if self._names_of_them(t):
                persons = []
                # the list ends at a finite verb («…, сообщил адвокат X»: the source, not a name;
                # with a parse only, Belarusian parts of speech are guesses)
                stop = next(
                    (
                        x.i
                        for x in doc[t.i + 1 : t.sent.end]
                        if not self.linear and x.pos_ in ("VERB", "AUX") and "Fin" in x.morph.get("VerbForm")
                    ),
                    t.sent.end,
                )
                for root, person in index.mention_roots():
                    if root.sent == t.sent and t.i < root.i < stop and person not in persons:
                        persons.append(person)
                if persons:
                    out.append(Membership(t, persons, None))
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
            if t.lower_ in lex.sets["lists"] and not any(
                self._word_in(x, "join") for x in doc[t.sent.start : t.sent.end]
            ):
                continue  # «в списке также X» continues a list; «внесён в список …» does not
            label = self.label_of_lemma.get(nxt.lemma_.lower()) if nxt is not None else None
            if label is None and self._besides_named(t):
                label = self._label_before(t)
            if self._absent(doc[t.i : t.sent.end]):
                continue  # «среди помилованных нет X», «не оказалось X»
            before = doc[t.sent.start : t.i]
            if any(x.lower_ in lex.sets["members"] for x in before) and self._absent(before):
                continue  # «среди задержанных не оказалось лидеров, в том числе X»: X is absent too
            if label is None and self._tally_before(doc[t.sent.start : t.i], triggers):
                continue  # «за решёткой остаются 1100 политзаключённых, среди них X»: no event's group
            persons: list[Person] = []
            first = t.sent.end
            for root, person in index.mention_roots():
                if root.sent == t.sent and root.i > t.i and person not in persons:
                    persons.append(person)
                    first = min(first, _mention_start(root, person, index))
            if label is None and any(self._word_in(x, "custody") for x in doc[t.i + 1 : first]):
                label = "arrest"  # «среди тех, кто остаётся за решёткой, — X»: held, not freed
            if persons:
                out.append(Membership(t, persons, label))
        return out


def _accusative_read_as_subject(node: Token, verb: Token) -> bool:
    """«Суд, заседающий в …, приговорил учителя … X к …»: natasha can make the accusative
    object a second subject of an active verb when a participle clause splits the sentence;
    an accusative-only word beside a nominative subject is the object whatever its label."""
    if node.dep_ != "nsubj" or node.morph.get("Case") != ["Acc"] or "Pass" in verb.morph.get("Voice"):
        return False
    return any(c.i != node.i and c.dep_ == "nsubj" and c.morph.get("Case") == ["Nom"] for c in verb.children)


def _modifies(root: Token, noun: Token) -> bool:
    """The name whose head is `root` hangs inside `noun`'s phrase by something other than an
    apposition («врача, лечившего X», «мужа X»), so it is not who `noun` describes."""
    node = root
    while node.i != noun.i:
        if node.head.i == node.i:
            return False
        if node.dep_ not in ("appos", "flat", "flat:name"):
            return node.head.i == noun.i or _modifies(node.head, noun)
        node = node.head
    return False


def _relative_disagrees(clause: Token, root: Token) -> bool:
    """The relative pronoun of `clause` («которую») is of another gender than the name."""
    genders = set(root.morph.get("Gender"))
    for c in clause.children:
        if c.lemma_ in ("который", "каторы") and "Sing" in c.morph.get("Number"):
            own = set(c.morph.get("Gender"))
            return bool(own and genders and not own & genders)
    return False


def _named_after(doc: Doc, start: int) -> bool:
    """The name that starts at `start` follows «имени» / «им.»: a place or unit named after a
    person («колония имени Дзержинского», «полк им. Кадырова»), who is no patient of its events."""
    return start > 0 and doc[start - 1].lower_ in ("имени", "им.", "им")


def _after_preposition(x: Token) -> bool:
    """The name `x` is part of stands right after a preposition («вместе с Анной Кравец»)."""
    start = x.i
    while start > x.sent.start and x.doc[start - 1].ent_type_ == "PER" and x.doc[start].ent_iob_ != "B":
        start -= 1
    return start > x.sent.start and x.doc[start - 1].pos_ == "ADP"


def _item_body(line: str, previous: str) -> int | None:
    """Where a list line's words start, or None when the line is no item of a list: a dash or
    numbered line after its marker; an unmarked line (0) in a run of lines ending in semicolons
    after a heading («Сярод асуджаных:\nX (Ліда) — 3 гады калоніі;\nY (Орша) — 2 гады.»), the
    line or the one before it ending in a semicolon (the caller checks that a name opens it)."""
    item = _LIST_ITEM.match(line)
    if item:
        return item.end()
    end = line.rstrip()[-1:]
    if end == ";" or (end == "." and previous.rstrip().endswith(";")):
        return 0
    return None


def _unbracketed(line: str) -> str:
    """An unmarked list line up to a bracket that follows its term («… 3 гады калоніі
    (пракурор прасіў 4)»): a bracket after the name's dash holds a demand or an aside; one
    before it («X (Ліда) — …») holds the person's town and is kept."""
    dash = re.search(r"\s[—–-]\s", line)
    cut = line.find("(", dash.end()) if dash else line.find("(")
    return line if cut < 0 else line[:cut]


def _ends_in_colon(sent: Span) -> bool:
    """A sentence that introduces a list or speech: its last word is a colon."""
    last = next((x for x in reversed(sent) if not x.is_space), None)
    return last is not None and last.text == ":"


def _abbreviation(x: Token) -> bool:
    """The full stop of «ч.3 ст.342», «арт. 361-1»: glued to what follows, or after a short
    lower-case word; it ends no clause."""
    if x.text != "." or x.i == 0 or x.i + 1 >= len(x.doc):
        return False
    prev = x.doc[x.i - 1]
    return not x.whitespace_ or (prev.is_lower and prev.is_alpha and len(prev.text) <= 4)


def _mention_end(root: Token, person: Person) -> int:
    for start, end in person.mentions:
        if start <= root.i < end:
            return end
    return root.i + 1


def _mention_start(root: Token, person: Person | None, index: PersonIndex) -> int:
    """The first token of the mention of `person` around `root`."""
    start = root.i
    while start > 0 and index.person_at(root.doc[start - 1]) is person:
        start -= 1
    return start


def _inflected(root: Token, person: Person, index: PersonIndex) -> bool:
    """The mention is not in the nominative («Дзяніса Мароза»): its first word differs from the
    person's nominative name, so it cannot be the subject (the agent) of a verb."""
    doc = root.doc
    start = _mention_start(root, person, index)
    word = folded(doc[start].text).replace("’", "'")
    if not person.tokens:
        return False
    if word not in {folded(t).replace("’", "'") for t in person.tokens}:
        return True  # (the apostrophe as written or as the person's name keeps it: «Дар'я»)
    # «Ежы Вішнеўскага»: a first name that does not decline, the surname's ending tells the case
    end = start
    while end + 1 < len(doc) and index.person_at(doc[end + 1]) is person:
        end += 1
    last = doc[end]
    return end > start and last.is_alpha and folded(last.text) != folded(person.tokens[-1])


def _inside_relative_of(t: Token, root: Token, person: Person, owner: Person | None) -> bool:
    """«X — жонка Y, які быў арыштаваны …»: the trigger's relative clause is another person's
    (`owner`, from `EventFinder._relative_owner`), whose name comes after this person's."""
    return (
        owner is not None
        and owner is not person
        and any(root.i < start for start, _ in owner.mentions if start < t.i)
    )


def _oblique_surname(root: Token, person: Person) -> bool:
    """The surname as written is not the person's nominative («Хасанова» of Рамиль Хасанов):
    the parser's subject is an inflected object."""
    if len(person.tokens) < 2:
        return False
    for start, end in person.mentions:
        if start <= root.i < end:
            written = root.doc[end - 1]
            if not written.is_alpha or written.text[:1].islower():
                return False
            fold = folded(written.text)
            return fold != folded(person.tokens[-1]) and not any(
                fold == folded(w) for w in person.tokens[:-1]
            )
    return False


def _nominative_name(root: Token, person: Person) -> bool:
    """Some word of the name's mention is nominative: natasha may tag an unknown foreign first
    name in an oblique case («Абдиазис Абдинур … были приговорены»: Абдиазис read as Ins)."""
    for start, end in person.mentions:
        if start <= root.i < end:
            return any("Nom" in x.morph.get("Case") for x in root.doc[start:end])
    return "Nom" in root.morph.get("Case")


def _of_one_person(noun: Token) -> bool:
    """«мать пятерых детей», «матери пятерых детей Асии Биби»: a counted noun that modifies a
    noun for one person describes that person; it is no group of the event's."""
    head = noun.head
    if noun.pos_ == "NUM" and noun.dep_.startswith("nummod"):
        noun, head = head, head.head
    return (
        noun.dep_ == "nmod"
        and head.pos_ == "NOUN"
        and {"Anim", "Sing"} <= {*head.morph.get("Animacy"), *head.morph.get("Number")}
    )


def _age_years(x: Token) -> int | None:
    """«32-гадовага», «54-летняя»: the age an adjective of years gives, else None."""
    head, _, tail = x.lower_.partition("-")
    if not head.isdigit() or not tail.startswith(("гадов", "летн")):
        return None
    return int(head)


def _age(x: Token) -> bool:
    """«35-летний», «54-летняя»."""
    return x.text[:1].isdigit() and "-летн" in x.lower_


def _in_clause_without(x: Token, t: Token) -> bool:
    """`x` lies in a relative clause that does not contain `t`."""
    node = x
    while node.head.i != node.i and node.i != t.i:
        if node.dep_ == "acl:relcl" and not (node.left_edge.i <= t.i <= node.right_edge.i):
            return True
        node = node.head
    return False


def _form_gender(low: str) -> str | None:
    """Whose a Belarusian participle or past verb is by its ending («затрыманыя», «вызвалілі»:
    «plural»; «асуджаная», «выйшла»: «fem»; «затрыманы», «выйшаў»: «masc»), or None."""
    if low.endswith(("ныя", "тыя", "лі", "ліся", "юцца", "яцца", "уцца")):
        return "plural"
    if low.endswith(("ная", "тая", "ла", "лася")):
        return "fem"
    if low.endswith(("ны", "ты", "ў", "ўся")):
        return "masc"
    return None


def _timeline_line(t: Token) -> bool:
    """The trigger opens a timeline's line: the words before it are a date (years, months,
    numbers) closed by a dash, and nothing else: «2021 — затрыманы …», «май 2024 — …»."""
    doc = t.doc
    before = doc[t.sent.start : t.i]
    if len(before) < 2 or before[-1].text not in ("—", "–", "-", ":"):
        return False
    return (
        any(c.isdigit() for c in before.text)
        and all(
            x.like_num
            or any(c.isdigit() for c in x.text)
            or (x.is_alpha and x.is_lower)
            or x.text in (".", ",")
            or (k == 0 and x.text in _BULLETS)  # «• кастрычнік 2021 — асуджаны …»: a bulleted timeline
            for k, x in enumerate(before[:-1])
        )
    )


def _enumerator(x: Token) -> bool:
    """A digit that opens a line and is followed by «.» or «)»: a list item's number; a year
    before a dash is a timeline's date («2022 — осуждён …», «май 2024 — затрыманая …»)."""
    doc = x.doc
    if (
        len(x.text) == 4
        and x.text.isdigit()
        and 1900 <= int(x.text) <= 2100
        and x.i + 1 < len(doc)
        and doc[x.i + 1].text in ("—", "–", "-", ":")
    ):
        return True
    if not x.text.isdigit() or x.i + 1 >= len(doc) or doc[x.i + 1].text not in (".", ")"):
        return False
    before = doc[x.i - 1] if x.i else None
    return before is None or "\n" in before.text or "\n" in before.whitespace_


def _plural_verb_of_one(root: Token, t: Token) -> bool:
    """A finite plural verb has no single named person as its subject: the name the parser hangs
    on it as subject is its fronted object, the verb's subject the indefinite «они» (unless
    the name is one of several coordinated names)."""
    doc = root.doc
    after = doc[root.i + 1] if root.i + 1 < len(doc) else None
    # «Лукашенко помиловал 16 …, восемь из них вывезли»: the name is its own verb's subject
    if (
        after is not None
        and after.pos_ in ("VERB", "AUX")
        and after.i != t.i
        and {"Sing", "Fin"} <= {*after.morph.get("Number"), *after.morph.get("VerbForm")}
    ):
        return False
    return (
        "Plur" in t.morph.get("Number")
        and "Fin" in t.morph.get("VerbForm")
        and "Sing" in root.morph.get("Number")
        and root.dep_ != "conj"
        and not any(c.dep_ == "conj" for c in root.children)
    )


def _object_by_case(child: Token) -> bool:
    """«Четырнадцать человек вывезли в Литву»: the parser's subject of an impersonal plural
    verb is its fronted object when its numeral is accusative or the noun is not nominative."""
    case = child.morph.get("Case")
    numerals = [n for n in child.children if n.dep_.startswith("nummod")]
    numeral_acc = any("Acc" in n.morph.get("Case") for n in numerals)
    # «ещё 12 человек задержали в Гомеле»: a counted genitive with no other object is the object
    counted = "Gen" in case and bool(numerals) and not any(c.dep_ == "obj" for c in child.head.children)
    return (
        bool(case) and "Nom" not in case and (numeral_acc or counted or "Acc" in case or child.pos_ == "NUM")
    )


def _brackets_around(t: Token) -> tuple[int, int] | None:
    """The indices of the round brackets the token stands inside, within its sentence."""
    doc = t.doc
    sent = t.sent
    opened = next((x.i for x in reversed(doc[sent.start : t.i]) if x.text in ("(", ")")), None)
    if opened is None or doc[opened].text != "(":
        return None
    closed = next((x.i for x in doc[t.i + 1 : sent.end] if x.text in ("(", ")")), None)
    if closed is None or doc[closed].text != ")":
        return None
    return opened, closed


def _one_per_sentence(findings: list[Finding]) -> list[Finding]:
    """«Освобождена …, отбывшая весь срок» is one release; «освободили и вывезли в Литву» is a
    deportation, which implies the release: a finding whose persons another finding of the
    same sentence already covers (same type, or a deportation covering a release) goes."""
    kept: list[Finding] = []
    for f in findings:
        if f.count is None and not f.group_ref and f.persons and not (f.term or f.date):
            covered = any(
                g is not f
                and g.trigger.sent == f.trigger.sent
                and set(map(id, f.persons)) <= set(map(id, g.persons))
                and (
                    (g.type == f.type and (g.count is not None or g.trigger.i < f.trigger.i))
                    or (
                        f.type == "release"
                        and g.type == "deportation"
                        and g.implies_release
                        and g.count is None
                        and not g.group_ref
                    )
                )
                for g in findings
            )
            if covered:
                continue
        kept.append(f)
    return kept


__all__ = ["EventFinder"]
