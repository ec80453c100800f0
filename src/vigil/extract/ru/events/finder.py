"""Events from trigger lemmas and the dependency parse (Russian rules, Belarusian words).

A trigger (patterns/triggers.jsonl) is an event when it is asserted: not negated, not an
infinitive («требуют освободить»), not future or conditional, not under a verb of demand,
threat or possibility («грозит», «может быть помилован»), not in a sentence of rumours.
Its patients are the persons whose nearest governing verb it is (object of an active
verb, subject of a passive or intransitive one), a participle's head noun («Ольга, задержанная
…»), resolved pronouns, or a counted group («освободили 41 человека»).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token

from vigil.extract.cohorts import verdicts_of_the_freed
from vigil.extract.doctext import first_line_end
from vigil.extract.findings import Finding, Membership, Person
from vigil.extract.ru.events.assertion import AssertionRules
from vigil.extract.ru.events.blog import BlogRules
from vigil.extract.ru.events.clauses import (
    _agrees_in_number,
    _before_singular_relative,
    _ends_in_colon,
    _in_clause_without,
    _masculine_surname_as_written,
    _nominative_name,
    _object_by_case,
    _oblique_subject,
    _oblique_surname,
    _one_per_sentence,
    _plural_verb_of_one,
)
from vigil.extract.ru.events.dates import DateRules
from vigil.extract.ru.events.exits import ExitRules
from vigil.extract.ru.events.fallback import FallbackRules
from vigil.extract.ru.events.gapped import GappedRules
from vigil.extract.ru.events.groups import GroupRules
from vigil.extract.ru.events.linear import LinearRules
from vigil.extract.ru.events.linear_back import BackReferenceRules
from vigil.extract.ru.events.members import MemberRules
from vigil.extract.ru.events.patients import PatientRules, counted_rest
from vigil.extract.ru.events.relation import RelationRules
from vigil.extract.ru.events.terms import TermRules
from vigil.extract.ru.events.words import (
    _ANOTHER_ONE,
    _FATED,
    _NO_ONE,
    _OBJECT,
    _STAY_VERBS,
    _SUBJECT,
)
from vigil.extract.ru.lexicon import Lexicon, TriggerRule
from vigil.extract.ru.numbers import (
    is_number,
    number_value,
    term_months,
    term_range,
)
from vigil.extract.ru.persons import COME_VERBS, PersonIndex, in_quotation, morph_gender, pronoun_gender
from vigil.extract.ru.quotes import QuoteFinding

_OWN_ARGUMENTS = ("obj", "nsubj", "nsubj:pass", "iobj")  # a verb's own patient (or agent) in the parse


class EventFinder(
    AssertionRules,
    TermRules,
    GappedRules,
    ExitRules,
    GroupRules,
    MemberRules,
    RelationRules,
    PatientRules,
    LinearRules,
    BackReferenceRules,
    DateRules,
    FallbackRules,
    BlogRules,
):
    """Matches trigger patterns once per vocabulary and turns asserted ones into findings."""

    def __init__(self, doc_vocab, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        # no parser for the language (Belarusian): patients, counts and assertion by position
        self.linear = bool(lexicon.extra.get("linear"))
        # (Belarusian) a word's part of speech where the dictionary knows its Russian-like
        # spelling, else None: set by the extractor (`BelarusianExtractor._known_pos`)
        self.known_pos: Callable[[str], str | None] = lambda word: None
        self.matcher = Matcher(doc_vocab)
        for i, rule in enumerate(lexicon.triggers):
            self.matcher.add(str(i), [rule.pattern])
        self.label_of_lemma: dict[str, str] = {}
        for rule in lexicon.triggers:
            lemma = rule.pattern[0].get("LEMMA") if len(rule.pattern) == 1 else None
            for word in lemma.get("IN", []) if isinstance(lemma, dict) else [lemma] if lemma else []:
                self.label_of_lemma[word] = rule.label

    def _age_at_after(self, t: Token) -> bool:
        """(Belarusian, terms.json `age_at`) «студэнт, якога асудзілі ў 19 гадоў»: «у N гадоў»
        right after the verb tells the age the verdict came at; the verb then has no term of its
        own, nor one taken from another clause of the sentence («…, якая адбывала 3 гады, …»)."""
        doc = t.doc
        age_at = self.lexicon.terms.get("age_at", {})
        if not age_at or t.i + 3 > t.sent.end:
            return False
        at, number, unit = doc[t.i + 1], doc[t.i + 2], doc[t.i + 3] if t.i + 3 < len(doc) else None
        value = (
            number_value([number], self.lexicon)
            if number.like_num or number.lower_ in self.lexicon.numbers
            else None
        )
        return (
            at.lower_ in age_at.get("prepositions", ())
            and value is not None
            and 14 <= value < 100  # (an age: «у 2022 годзе» is a year, «у 19 гадоў» an age)
            and unit is not None
            and unit.lower_ in age_at.get("units", ())
        )

    def _unless_scope(self, t: Token) -> Span:
        """Where a rule's `unless` words are looked for: the sentence, or (Belarusian) its clause
        between semicolons («Пакаранне — два гады; да канца тэрміну ёй заставалася месяц»: the
        part left to serve is told in a clause of its own)."""
        sent = t.sent
        if not self.linear:
            return sent
        marks = [x.i for x in sent if x.text == ";"]
        start = max([i + 1 for i in marks if i < t.i], default=sent.start)
        end = min([i for i in marks if i > t.i], default=sent.end)
        return t.doc[start:end]

    def _vetoed(self, t: Token, rule: TriggerRule) -> bool:
        """The rule's own words veto its match: `unless` in the sentence («забралі з дому
        сваякі»: taken home by the family, not by the police) or `unless_near` after it («Нас
        пасадзілі ў бус. … выкінулі з краіны»: the removal, not a detention)."""
        if rule.unless and any(
            x.lower_ in rule.unless or x.lemma_.lower() in rule.unless for x in self._unless_scope(t)
        ):
            return True
        return bool(rule.unless_near) and self._near_words(t, rule.unless_near)

    def __call__(
        self, doc: Doc, index: PersonIndex, quotes: Sequence[QuoteFinding]
    ) -> tuple[list[Finding], list[Membership], set[int]]:
        seen: dict[tuple[int, str], Finding] = {}
        self._last_term: int | None = None
        self._last_term_at: int | None = None  # the trigger that told the last term
        self._role_links: dict[str, list[Person]] = {}  # role noun lemma → whom it was found to be
        if not self.linear:
            index.descriptions = self._descriptions(doc, index)
        else:
            index.descriptions = self._role_descriptions(doc, index)
        triggers: list[tuple[Token, TriggerRule, int]] = []
        spans: list[tuple[int, int, int]] = []
        # a trigger told last: where its rule's words begin, by (trigger, rule)
        self._match_start: dict[tuple[int, int], int] = {}
        for match_id, start, end in self.matcher(doc):
            rule = self.lexicon.triggers[int(doc.vocab.strings[match_id])]
            trigger = doc[end - 1] if rule.trigger_last else doc[start]
            triggers.append((trigger, rule, end))
            spans.append((start, end, trigger.i))
            if rule.trigger_last:
                key = (trigger.i, id(rule))
                self._match_start[key] = min(start, self._match_start.get(key, start))
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
            # «Восем гадоў калоніі атрымала X»: a line that opens with its term is verbless only
            # when no other trigger of its sentence tells the term (that trigger reads it)
            triggers = [
                (t, rule, end)
                for t, rule, end in triggers
                if not _verbless_term(rule)
                or not any(
                    u.i != t.i and u.sent == t.sent for u, other, _ in triggers if not _verbless_term(other)
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
        if not self.linear:
            triggers = [(t, rule, end) for t, rule, end in triggers if not self._in_title(t)]
        else:
            triggers = [(t, rule, end) for t, rule, end in triggers if not _name_word(t, index)]
        # «X увезли люди в штатском»: a verb of taking away is a trigger only with a force as its
        # subject (not «увезли в больницу»), and otherwise no trigger whose patients others yield to
        triggers = [
            (t, rule, end)
            for t, rule, end in triggers
            if not rule.by_force
            or (
                not self.linear
                and (any(self._force(c) for c in self._subjects(t)) or self._taken_unnamed(t, index, quotes))
            )
        ]
        # a match its rule's own words veto («забралі з калоніі», «забрали из школы родственники»,
        # «у РУУС … вывезлі … мяжу») is no trigger at all, in both languages: it neither gives a
        # finding nor competes for the names and the object around it (a vetoed «забралі» took
        # the patient of «… і адвезлі на мяжу», session 50)
        triggers = [(t, rule, end) for t, rule, end in triggers if not self._vetoed(t, rule)]
        triggers = [
            (t, rule, end) for t, rule, end in triggers if not rule.taken_back or self._taken_back(t, index)
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
        self._described_parts: list[Finding] = []  # counted parts a participle describes
        self._refusers: set[int] = set()  # ids of persons who refused to leave (`_refused_to_leave`)
        # (those of them told apart from any removal's clause: `_refusers_anywhere`; no count loses them)
        self.refusers_apart: set[int] = set()
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
            elif finding is not None and not self.linear:
                finding.own_patient = self._own_named_patient(token, finding, index)
            elif finding is not None and not finding.persons:
                # («Яшчэ аднаго фігуранта справы суд вызваліў»: one more, unnamed)
                finding.own_patient = self._own_unnamed_object(token) or self._one_more_unnamed(token, index)
            if finding is not None and finding.agent and not finding.persons:
                agent_only.add(id(finding))
            if finding is not None:
                seen[(token.i, rule.label)] = finding
                findings.append(finding)
                rules[id(finding)] = rule
        self._share_conjuncts(findings, index)
        self._share_converbs(findings)
        for f in findings:
            if f.own_patient:
                continue
            if not f.persons and f.count is None and not f.group_ref and not self.linear:
                self._nearest(f.trigger, rules[id(f)], f, index, quotes)
            if not f.persons and not self.linear:
                self._unparsed(f, rules[id(f)], index, trigger_ids)
            elif not self.linear:
                self._fronted_membership_count(f, index)
        self._share_conjuncts(findings, index)
        self._changed_term_of_last(findings)
        for f in findings:
            if not f.persons and f.count is None and not f.group_ref and not self.linear:
                self._named_next(f, index)
            if not f.persons and f.count is None and not f.group_ref and self.linear and not f.own_patient:
                self._aged_noun(f, index, findings)  # (not «яшчэ аднаго 60-гадовага слесара»: one more)
                if not f.persons:
                    self._former_role_opening(f, index)  # «Былога інжынэра затрымалі …»: someone named before
            if not f.persons and f.count is not None and not self.linear:
                self._others_named_next(f, index)
        if not self.linear:
            self._object_dropped(findings, rules, index)
            self._case_owner_before(findings, index)
            self._plural_pronoun_pair(findings, index)
            self._family_plural(findings, index)
        # «суд асудзіў усіх пяцёх:» then one «— X — тэрмін;» line per person: the verdict the
        # lines repeat may name nobody itself
        self._list_verdicts = [f for f in findings if f.type == "sentence" and _ends_in_colon(f.trigger.sent)]
        changed = self._changed_term(findings)
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
        orphans = [f for f in findings if not (f.persons or f.count is not None or f.group_ref)]
        findings = [f for f in findings if f.persons or f.count is not None or f.group_ref]
        findings += self._gapped(doc, index, findings, rules, quotes)
        counted_rests = self._gapped_counts(doc, index, findings)
        self._named_part_and_more(findings, counted_rests)
        findings += counted_rests
        findings += self._gapped_group_counts(doc, index, findings)
        findings += self._gapped_name_after(doc, index, findings)
        if self.linear and changed:
            # «асудзіў маці на два гады, сына — на чатыры. … павялічыў тэрмін да пяці»: the
            # gapped verdict («сына — …») is the latest before the change
            self._changed_term(findings, only=changed)
        findings += self._rest_of_group(doc, findings)
        # a list under a heading of release («Вось хто вызвалены:») states each line's term too
        listed = self._colon_list(doc, index, triggers, findings)
        terms = self._term_lines(doc, index, findings + [f for f in listed if f.type == "sentence"])
        findings += listed + terms
        findings += self._digest_terms(doc, index, findings)
        findings = [f for f in findings if f.persons or f.count is not None or f.group_ref]
        self._term_line_after(findings, index)
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
        self._defendants_by_noun(findings)
        self._verdict_group_told_next(findings)
        self._all_of_them_sized(findings)
        self._all_but(findings)
        self._refused_to_leave(findings, index)
        self._refusers_anywhere(index)
        self._same_removal(findings)
        self._removed_unheld(findings)
        findings = self._bracketed_terms(findings)
        findings += self._bracketed_past_terms(findings, index)
        findings += self._served_before_release(findings, index)
        findings = self._alternating_terms(findings, index)
        findings = self._respectively(findings, index)
        findings += self._earlier_terms(findings)
        findings += self._bare_changed_terms(findings, index)
        findings += self._total_term(doc, findings, index)
        findings += self._grown_term(doc, findings, index)
        findings += self._headline_term(titles, findings, headline)
        for f in findings:
            if id(f) in rules and rules[id(f)].uncounted:
                # («абодвух утрымліваюць у СІЗА»: the people of a group told before, no count)
                f.count, f.group_ref = None, False
        self._both_uncounted(findings)
        self._counted_participle_part(findings)
        self._held_state_uncounted(findings)
        self._inexact_size_uncounted(findings)
        self._others_uncounted(findings)
        if not self.linear:
            # «Журналистку помиловал Лукашенко»: the parse made him the subject (the agent); a
            # later fallback that looks for any name near the verb must not make him its patient
            for f in findings:
                if id(f) in agent_only and f.persons:
                    f.persons = [p for p in f.persons if not self._agent_after(f, p)]
        findings += self._fallback_patients(orphans, findings, rules, index, quotes)
        self._parts_apart(findings)
        self._drop_officers_and_owners(findings, index)
        findings = [f for f in findings if f.persons or f.count is not None or f.group_ref]
        self._parts_of_wholes(findings)
        self._rest_of_told_group(findings, index)
        triggers = {f.trigger.i for f in findings}
        memberships = self._memberships(doc, index, triggers)
        self._group_clause_members(findings, memberships, index)
        if self.linear:
            self._heading_groups(findings, memberships)
            memberships += self._marked_list_members(doc, index, findings)
            memberships += self._blog_entry_members(doc, index, findings)
            memberships += self._fellow_travellers(doc, index, findings)
            memberships += self._set_off_members(doc, index, findings)
        else:
            memberships += self._marked_list_members(doc, index, findings)
        memberships += self._profile_run_members(doc, index, findings)
        findings += self._members_bracketed_terms(findings, memberships, index)
        self._set_off_groups(findings, memberships)
        self._verdict_dated_next(doc, findings)
        findings = _one_per_sentence(findings)
        if self.linear:
            findings = self._verdicts_of_matched_freed(findings)
        if not self.linear:
            self._sized_groups(findings, memberships)
            for f in findings:
                if f.type == "deportation" and f.implies_release and self._expelled_earlier(f, index):
                    f.implies_release = False
        return findings, memberships, self._refusers

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
        if self._absent_among(t):
            return None  # «Не оказалось среди помилованных X»: X is not one of them
        if (
            rule.needs_term
            and len(rule.pattern) == 1
            and (self._span_before_verdict(t) if self.linear else t.pos_ == "NOUN")
            and t.i > t.sent.start
            and t.doc[t.i - 1].lower_ in lex.sets.get("verdict_time_prepositions", ("до", "после"))
        ):
            # «До приговора она полгода провела под домашним арестом», «затрымалі за паўгода да
            # прысуду»: a time told by the verdict, no verdict (words.json
            # `verdict_time_prepositions`)
            return None
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
        if self.linear and _verbless_term(rule):
            # «2 гады і 3 месяцы калоніі за данат»: a verbless line's term is all its words up to
            # the trigger, not only the unit next to it
            window = [*doc[t.sent.start : t.i], *window[window.index(t) if t in window else 0 :]]
        area = sorted({*window, *(x for x in t.subtree if x.sent == t.sent)}, key=lambda x: x.i)
        term = (
            term_months(window, lex)
            if rule.label == "sentence" and not self._approximate_term(window)
            else None
        )
        own_term = term  # (the trigger's own window's, before any term told elsewhere is looked for)
        if term is not None and not self.linear:
            whole = self._added_up_to(t, window)  # «добавил ещё полгода — до 12 с половиной лет»
            if whole is not None:
                term = whole
            elif self._changed_by(t, window):
                term = None  # «снизили срок на полгода»: by how much, no term
        if rule.label == "sentence" and self.linear:
            series = self._series_unit_term(t)  # «X атрымаў восем, Y — шэсць, Z — пяць гадоў»
            if series is not None:
                term = series
        if term is not None and self._death_or_life_first(window):
            term = None  # «приговорена к смертной казни … и восемь лет ждала»: the years are no term
        if rule.label == "sentence" and term is None and not self.linear:
            # «Наиболее строгое наказание — 19 лет … с отбыванием первых пяти лет в тюрьме —
            # получил X»: the term a lead names between dashes comes before any number of the
            # verb's fronted words (the five years in prison are a part of the nineteen)
            term = self._term_named_first(t)
        if rule.label == "sentence" and term is None:
            # («X, которому теперь 46 лет, был признан виновным»: a relative clause's age is no term)
            fronted = [x for x in t.subtree if x.i < t.i and (self.linear or not _in_clause_without(x, t))]
            if not self.linear:
                within = self._span_of_time(fronted)
                fronted = [x for x in fronted if x.i not in within]  # «за два года получила сотни писем»
                fronted = _outside_triggers(fronted, t, trigger_ids)
            if self.linear and fronted:
                fronted = self._fronted_words(fronted[0], t)
            term = None if self.linear and self._approximate_term(fronted) else term_months(fronted, lex)
            opening = next((x for x in fronted if not x.is_punct), None)  # (past the colon before it)
            instead = opening is not None and self._word_in(opening, "instead")
            if term is not None and not self.linear and instead:
                # «Вместо восьми лет, о которых просила прокуратура, X получил шесть»: the term
                # fronted after «instead of» is the one not given; the bare number after the verb
                # (in that term's unit) is the term
                unit = 1 if any(self._word_in(x, "months_words") for x in fronted) else 12
                term = self._trailing_number(doc[t.i + 1 : t.sent.end], unit)
        if rule.label == "sentence" and term is None and self.linear:
            term = self._term_before(t, trigger_ids)  # «На пяць гадоў калоніі асудзілі X»
        if rule.label == "sentence" and term is None:
            # «Самое суровое наказание — 19 лет — назначено X», «Самы малы тэрмін — тры гады
            # абмежавання волі з накіраваннем у … — дастаўся X» (a term too long for `_term_before`)
            term = self._term_named_first(t)
        bare: set[int] = set()  # the numbers that are a term with its unit left out, no count
        if rule.label == "sentence" and term is None:
            # «прокурор просил пять лет, суд назначил четыре», «Пракурор прасіў пяць гадоў, суд прызначыў
            # чатыры»
            term = self._bare_after_demand(t)
            if term is not None:
                bare = {x.i for x in doc[t.i + 1 : t.sent.end] if x.like_num or x.lower_ in lex.numbers}
        if rule.label == "sentence" and (term is not None or self.linear):
            term = self._of_total(window) or term  # «отбыл два года из трёх»: the term is three
            if not self.linear and "Part" in t.morph.get("VerbForm") and t.i - 2 > t.sent.start:
                # «… три с половиной года из шести, назначенных ей …»: the participle describes the whole
                term = self._of_total(t.doc[max(t.sent.start, t.i - 8) : t.i]) or term
        if rule.label == "sentence" and term is None:
            term = self._term_out_of(t)
        if rule.label == "sentence" and term is None and not self.linear:
            term = self._dashed_term_head(t)
        if rule.label == "sentence" and term is None and self._same_term(t):
            term = self._last_term  # «Такое ж пакаранне суд прызначыў X», «такой же срок получил Y»
        elided = rule.label == "sentence" and term is None and not self.linear
        if elided:
            term = self._elided_unit(t)  # «X дали девять лет. Y получил восемь»
            elided = term is not None
        if term is not None and own_term is None and rule.label == "sentence" and self._age_at_after(t):
            term = None  # «якога асудзілі ў 19 гадоў»: the age it happened at, and no other clause's term
        ranged = rule.label == "sentence" and term_range(window, self.lexicon)
        if ranged or self._word_in(t, "fines"):
            term = None  # (a fine is no term: «X — тры гады калоніі, Y — штраф», the years are X's)
        if term is not None and not self.linear and self._besides_main(t):
            term = None  # «Помимо основного наказания суд назначил X год ограничения свободы»
        if term is not None:
            self._last_term = term
            self._last_term_at = t.i
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
        if (
            rule.label == "sentence"
            and t.lemma_ in _STAY_VERBS
            and not self._verdict_stay(t)
            and self._of_total(window) is None  # «отсидевший пять лет из семи»: the verdict's seven
            and not self._served_out(t)
        ):
            return None  # «провёл в СИЗО семь месяцев»: time held, no verdict
        if (
            rule.label == "sentence"
            and any(x.lower_ == "силе" or x.lemma_ == "вступить" for x in t.doc[min(t.i, end - 1) : end])
            and any(x.lower_ in lex.sets["negation"] for x in t.doc[t.sent.start : end])
        ):
            return None  # «приговор не вступил в силу», «не оставил в силе приговор»
        if (
            rule.label == "arrest"
            and t.lemma_ in COME_VERBS
            and not any(self._word_in(x, "forces") for x in [*t.doc[t.sent.start : t.i], *_until_comma(t)])
            and not self._unnamed_agents(t)
        ):
            # «за ним пришли друзья»: only a force that comes for someone takes them (before the
            # verb, or after it in its clause: «За X пришли ночью люди в балаклавах»), or agents
            # left unnamed («За профессором пришли в июле»)
            return None
        named_noun = self._named_noun(t, index)
        if (
            rule.label == "arrest"
            and any(x.lower_ in ("решётку", "решетку") for x in window[1:9])
            and (term_months(window, lex) or 0) >= 12
        ):
            # «отправил за решётку на шесть лет», also with the patient's description between:
            # the verdict's term, not custody
            return None
        if rule.label == "sentence" and term is None and not self.linear:
            line = self._instead_line_after(t)
            if line is not None:
                # «ужесточил приговор X. Вместо четырёх лет колонии — шесть.»: the earlier term
                # first, as in one sentence (`_instead` then gives the new one)
                term = term_months(list(line), lex)
        if rule.needs_term and term is None and not named_noun and not ranged:
            return None
        if rule.label == "sentence" and term is None and self._condemned(t):
            return None  # «арышт X рэзка асудзілі ў АБСЕ»: condemned, not sentenced
        if rule.label == "sentence" and self._custody_length(t, window):
            return None  # «продлил арест на три месяца»: custody before trial, not a term
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
        if not self.linear and self._owned_group(t):
            return None  # «представляющий интересы двоих задержанных»: whose lawyer, not an event told
        if self._kin_of_unnamed(t):
            return None  # «Маці асуджанай, X, сказала»: X is the mother, the convict goes unnamed
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
        if (
            rule.label == "arrest"
            and not self.linear
            and self._word_in(t, "take_away")
            and any(
                not self._word_in(c, "forces") and c.pos_ == "NOUN" and _agrees_in_number(c, t)
                for c in self._subjects(t)
            )
        ):
            return None  # «X забрали из школы родители»: taken away by someone who is no force
        if rule.label == "release" and _summoned_only(t):
            return None  # «вызвали на допрос и отпустили»: a summons, no custody to be freed from
        if (
            rule.abroad
            and not any(self._word_in(x, "abroad") for x in area)
            and not self._abroad_before(t)
            and not self._there_abroad(t)
            and not self._abroad_in_rule(t, rule)
        ):
            return None
        if rule.after_release and not self._release_told_before(t, index):
            return None
        if rule.served and not self._out_after_term(t):
            return None  # «следователь вышел»: a bare «вышел» with no verdict told is no release
        if rule.since and not _start_told(t):
            return None  # «X, который находится в следственном изоляторе»: a place, no start told
        if rule.only_with and not any(x.lower_.startswith(tuple(rule.only_with)) for x in _comma_clause(t)):
            # «оштрафовали на 30 тысяч за пикет»: an administrative fine, no verdict; «…, по
            # которому он был оштрафован, стало основанием для уголовного дела»: another clause's case
            return None
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
            and any(self._to_jailer(x) for x in t.doc[t.i + 1 : min(t.i + 4, t.sent.end)])
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
        copular = self._copular(t)  # («Задержанными оказались X и Y»: the link verb's subject)
        passive = "Pass" in t.morph.get("Voice") or rule.patient == "subject" or copular
        phase = self._phase(t) or copular
        fated = self._fated(t) if rule.label == "sentence" else None
        for root, person in index.mention_roots():
            if root.sent != t.sent or person in finding.persons:
                continue
            role = self._relation(root, t) or (self._relation(root, t.head) if phase else None)
            if role is None and fated is not None and self._fated_dative(root, fated):
                finding.persons.append(person)  # «X-у предстоит провести в колонии шесть лет»: whose stay
                continue
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
            if self._reporter_after(root, t):
                continue  # «…, они вышли из изолятора, сообщила адвокат X»: X tells of it
            if root.i > t.i and any(
                t.doc[i].sent == t.sent
                and max(t.i + 1, end) <= i < root.i  # «отправил под арест X»: its own phrase's noun
                and self.label_of_lemma.get(t.doc[i].lemma_.lower()) == rule.label
                for i in trigger_ids
            ):
                continue  # «X отбывает срок, по которому осуждены … Y и Z»: the later trigger claims Y and Z
            if role == "nsubj" and not passive and rule.patient == "object" and self._court_gapped(root, t):
                role = "obj"  # «суд оставил приговор X в силе, а Мамедли ужесточил срок»: the court's verb
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
                and not _masculine_surname_as_written(root, person)
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
                and set(_conjunct_head(root).morph.get("Case")) == {"Dat"}
                and role != "acl"  # «бухгалтеру X, задержанной в мае»: the participle is said of the name
            ):
                continue  # «приговорил … за смерть москвичу Ивану А.»: a dative is a victim, not the convict
            finding.persons.append(person)
        if finding.persons and any(
            (c.dep_ in ("obj", "nsubj:pass") and c.lemma_.lower().replace("ё", "е") in _ANOTHER_ONE)
            # («X и Y арестованы, остальных пятерых отпустили»: names hung on the verb's own
            # subject or object stay; only those the parse lent it from another verb go)
            or (
                counted_rest(c)
                and not any(index.person_at(x) for x in t.children if x.dep_ in _OWN_ARGUMENTS)
            )
            for c in t.children
        ):
            # «Одного из них, X, суд арестовал, второго отпустили»: «второго», «другого»,
            # «остальных» is the verb's own patient; a name the parse hangs on it is not
            finding.persons = []
            finding.own_patient = True
        finding.persons = [
            p for p in finding.persons if not self._named_past_a_part(t, p, index, trigger_ids)
        ]
        self._add_fronted_recipients(t, rule, finding, index)
        if not finding.persons:
            self._among(t, finding, index)
        if fated is not None and not finding.persons:
            for child in fated.children:
                if child.dep_ == _FATED[fated.lemma_] and child.pos_ == "PRON":
                    self._pronoun(child, t, finding, index, quotes)  # «теперь ему предстоит провести …»
        for child in [*t.children, *(t.head.children if phase else ())]:
            if child.i in bare:
                continue  # «суд назначил четыре»: four years, nobody counted
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
            if not self.linear and _before_singular_relative(child, t):
                continue  # «20 гражданских, среди них — X, которого задержали»: X's own event
            self._group(child, finding)
        if finding.count is None and not finding.persons and not finding.group_ref:
            counted_after = self._counted_right_after(t)
            if counted_after is not None:
                self._group(counted_after, finding)  # «…, что по делу о «…» задержаны 11 сотрудников»
        number = doc[t.i - 1] if t.i > t.sent.start and "Plur" in t.morph.get("Number") else None
        count = finding.count
        if count is None and number is not None and is_number(number, lex):
            # «Ещё двое осуждённых …, A и B, остаются в колонии»: the number before a participle
            value = number_value([number], lex)
            count = int(value) if value and value == int(value) and 2 <= value <= 20 else None
        # «Вместе с X осуждены ещё двое … — A и B»: whom the group went with is not one of them
        companions = [p for p in finding.persons if self._companion(t, p)]
        alone = not finding.persons or len(companions) == len(finding.persons)
        listed = self._listed_after(t, count, index) if count and (alone or number) else []
        if not listed and (finding.count or count is None):
            # «троих из них — A, B и C — задержали»: the list after a counted word fronted before the verb
            count, listed = self._listed_after_fronted(t, finding.count, index)
        if listed and len(listed) == count and companions and len(companions) == len(finding.persons):
            finding.persons[:] = []
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
            for child in [*t.children, *self._shared_subject(t, passive)]:
                if (
                    child.dep_ in ("obj", "nsubj:pass")
                    or (child.dep_ == "nsubj" and passive)
                    or _oblique_subject(child, t)
                    or self._recipient(child, t, rule)
                ):
                    person = self._role_antecedent(child, index)
                    if person is not None:
                        finding.persons.append(person)
                        break
        counted = self._counted_noun_before(t, trigger_ids)
        if counted is not None and finding.count is None and not finding.persons:
            self._group(counted, finding)  # «84 украинца, среди них — трое земляков, задержанных …»
            self._described_parts.append(finding)  # (a part of the whole its sentence counted before)
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
            and (
                up.head.head.i not in trigger_ids or not self.linear and self._earlier_custody(rule, up.head)
            )
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
            if (
                self._word_in(child, "together")
                and (finding.persons or not self.linear and self._more_counted(t, finding))
                and rule.label != "sentence"
            ):
                # «X, задержанного вместе с ним», «Вместе с ним задержали ещё пятерых»
                self._companion_pronoun(child, finding, index)
            if self._word_in(child, "together") and finding.persons:
                # «освободили вместе с другими 51 политзаключённым»: the group the named go with
                for noun in child.children:
                    if noun.dep_ in ("obl", "nmod") and self._word_in(noun, "group_nouns"):
                        self._group(noun, finding)
            if child.lemma_.lower() in lex.sets["join"]:
                finding.joins_latest = True
        if not finding.persons and finding.count is None and not finding.group_ref:
            finding.persons.extend(self._one_of_them(t, index))  # «одного из задержанных, X»
        if not finding.persons and finding.count is None and not finding.group_ref:
            finding.persons.extend(self._one_of_those_whom(t, index))  # «X был одним из тех, кого …»
        if not finding.persons and finding.count is None and not finding.group_ref:
            person = self._dropped_subject(t, index)
            if person is not None:
                finding.persons.append(person)
        if not finding.persons and finding.count is None and not finding.group_ref:
            shared = self._subject_of_first_conjunct(t) or self._pronoun_hung_on_verb_before(t)
            if shared is not None:
                self._pronoun(shared, t, finding, index, quotes)
        if not finding.persons and finding.count is None and not finding.group_ref:
            shared = self._subject_of_place_clause(t)
            if shared is not None:
                # «он в колонии в Мозыре, где отбывает семь лет»: the subject of the clause before
                person = index.person_at(shared) or next(
                    (index.person_at(c) for c in shared.children if c.dep_ == "appos" and index.person_at(c)),
                    None,
                )
                if person is not None:
                    finding.persons.append(person)
                else:
                    self._pronoun(shared, t, finding, index, quotes)
        if finding.count is not None and self._part_among(t):
            finding.count = None  # «Среди освобождённых — трое жителей …»: a part of a whole
        if finding.count is not None and not self.linear and not finding.persons and self._partitive_whole(t):
            # «Девятерых из освобождённых вывезли к границе», «семеро из задержанных были отпущены»:
            # the participle after a number and «из» names the whole the part is taken from; the
            # number counts the verb's event, not the participle's
            finding.count = None
            finding.group_ref = False
        if elided and finding.count is not None:
            finding.count = None  # «назначили семь»: the number is the term, its unit left out
            finding.group_ref = False
        finding.date = self._date(t)
        self._count_statement(t, finding)
        if rule.needs_count and finding.count is None and not named_noun:
            return None
        if finding.group_ref and not finding.persons and finding.count is None and self._habitual(t):
            return None  # «не раз помиловал журналистов»: a habit of the past, no group of this story
        if not finding.persons and finding.count is None and not finding.group_ref:
            return finding  # may still be shared with a conjoined trigger
        return finding

    def _counted_right_after(self, t: Token) -> Token | None:
        """«задержаны 11 нынешних и бывших сотрудников»: a passive trigger right before a
        number and its noun (adjectives between) counts that noun, though the parse hung the
        noun elsewhere (a quoted phrase before it draws it in)."""
        doc = t.doc
        if "Pass" not in t.morph.get("Voice") or "Plur" not in t.morph.get("Number"):
            return None
        if t.i + 2 >= t.sent.end or not is_number(doc[t.i + 1], self.lexicon):
            return None
        k = t.i + 2
        while k < t.sent.end and (doc[k].pos_ == "ADJ" or doc[k].lower_ in self.lexicon.sets["and"]):
            k += 1
        noun = doc[k] if k < t.sent.end else None
        if noun is None or noun.pos_ != "NOUN" or doc[t.i + 1].head.i != noun.i:
            return None
        return noun if noun.head.i != t.i else None

    @staticmethod
    def _shared_subject(t: Token, passive: bool) -> list[Token]:
        """«34-летняя женщина признала вину и получила три года»: a verb conjoined to one
        before it, with no subject of its own, shares that verb's subject."""
        if not passive or t.dep_ != "conj" or t.head.i >= t.i or any(c.dep_ in _SUBJECT for c in t.children):
            return []
        return [c for c in t.head.children if c.dep_ == "nsubj" and c.i < t.head.i]

    def _court_gapped(self, root: Token, t: Token) -> bool:
        """«Суд оставил приговор X без изменений, а Мамедли ужесточил срок»: a name right after
        «а» / «и» read as the subject of a verb conjoined to one whose subject is an institution
        (words.json `institutions`) is that verb's object; the institution is the subject of both."""
        return (
            root.head.i == t.i
            and t.dep_ == "conj"
            and root.i > t.head.i
            and root.i > 0
            and root.doc[root.i - 1].lower_ in self.lexicon.sets["and"] | self.lexicon.sets["contrast"]
            and any(c.dep_ == "nsubj" and self._word_in(c, "institutions") for c in t.head.children)
        )

    def _parts_of_wholes(self, findings: list[Finding]) -> None:
        """«вернулись 84 украинца, среди них — трое …, задержанных …»: the counted part a
        participle describes is of the larger group its sentence counted before it (`whole`, not
        `part`: its own count stands); the part's named members went through the whole's event too."""
        for f in self._described_parts:
            if f.count is None:
                continue
            wholes = [
                g
                for g in findings
                if g.trigger.sent == f.trigger.sent and g.trigger.i < f.trigger.i and (g.count or 0) > f.count
            ]
            if wholes:
                f.whole = wholes[-1]
        for f in findings:
            if f.whole is None and f.persons and f.count and not f.describes:
                f.whole = self._whole_of_them(f, findings)

    def _whole_of_them(self, f: Finding, findings: list[Finding]) -> Finding | None:
        """«Силовики задержали пятерых. Двоих из них — A и B — отпустили», «…; двое из них, A и
        B, осуждены»: a named part counted «N из них» (`_of_them`) of the larger group counted
        just before (its own sentence or the one before it) went through that group's event
        too. None when the part is not so counted, or no larger group stands right before it."""
        sent = f.trigger.sent
        first = min((a for p in f.persons for a, _ in p.mentions if sent.start <= a < sent.end), default=None)
        if first is None:
            return None
        lex = self.lexicon
        part = next(
            (
                x
                for x in f.trigger.doc[sent.start : first]
                if is_number(x, lex) and number_value([x], lex) == f.count and self._of_them(x, x)
            ),
            None,
        )
        if part is None:
            return None
        doc = f.trigger.doc
        for g in reversed(findings):
            if g is f or g.trigger.i >= part.i or not g.count or g.count <= f.count or g.persons:
                continue
            gap = doc[g.trigger.sent.end : sent.start] if g.trigger.sent.end <= sent.start else ()
            return g if all(x.is_space for x in gap) else None
        return None

    def _more_counted(self, t: Token, finding: Finding) -> bool:
        """«Вместе с ним задержали ещё пятерых»: the trigger's counted group is «ещё N», others
        besides someone (the one «вместе с» names goes through the same event)."""
        return finding.count is not None and any(x.i != t.i and self._word_in(x, "more") for x in t.subtree)

    @staticmethod
    def _earlier_custody(rule: TriggerRule, noun: Token) -> bool:
        """«огласил приговор пятерым участникам протестов, задержанным в декабре»: an arrest
        participle on the counted patient of another event tells that group's earlier custody,
        so it is counted too (a verdict participle on a pardoned group, «помиловал 16 человек,
        осуждённых …», describes the group of the pardon and is not)."""
        return rule.label == "arrest" and any(c.dep_.startswith("nummod") for c in noun.children)

    def _counted_noun_before(self, t: Token, trigger_ids: set[int]) -> Token | None:
        """«вернулись 84 украинца, среди них — трое мелитопольцев, задержанных …»: a plural
        participle set off right after a counted plural noun describes that noun, whether or not
        the parse hung it on an earlier noun (the larger group)."""
        if self.linear or t.dep_ not in ("acl", "amod") or "Part" not in t.morph.get("VerbForm"):
            return None
        if t.i < t.sent.start + 2 or t.doc[t.i - 1].text != ",":
            return None
        noun = t.doc[t.i - 2]
        if noun.pos_ != "NOUN" or "Plur" not in t.morph.get("Number"):
            return None
        if "Plur" not in noun.morph.get("Number"):
            return None
        if not set(noun.morph.get("Case")) & set(t.morph.get("Case")):
            return None
        if noun.head.i in trigger_ids:
            return None  # «помиловании 52 человек, осуждённых …»: the group of that event, described
        return noun if any(c.dep_.startswith("nummod") for c in noun.children) else None

    def _drop_officers_and_owners(self, findings: list[Finding], index: PersonIndex) -> None:
        """No officer accused of a crime of office (his custody or verdict anywhere in the
        article: «Позже он получил четыре года»), no kin noun's owner, no relative or lawyer who
        tells the news, no insulted ruler and no victim of the crime is a patient."""
        officers = {id(p) for f in findings for p in f.persons if self._officer_accused(f, p)}
        for f in findings:
            f.persons = [
                p
                for p in f.persons
                if not (f.type in ("arrest", "sentence") and id(p) in officers)
                and not self._kin_owner(f, p, index)
                and not self._insulted(f, p)
                and not self._kin_source(f, p, index)
                and not self._head_noun_name(f, p, index)
                and not self._harmed_one(f, p, index)
                and not self._titled_agent(f, p, index)
                and not self._told_absent(f, p, index)
            ]

    def _kin_of_unnamed(self, t: Token) -> bool:
        """(Belarusian) «Маці асуджанай, X, …», «Бацька затрыманага, X, …»: a participle in an
        oblique case used as a noun right after a kin noun (`possessors`) and closed by a comma or
        a dash names the relative's unnamed patient; the name set off after it is the kin's
        own (not «Маці асуджанага Тараса Крупы», where the name is the patient)."""
        if not self.linear or not t.is_lower or t.i <= t.sent.start or t.i + 1 >= t.sent.end:
            return False
        doc = t.doc
        endings = (*self.lexicon.sets.get("oblique_participle_endings", ()), "най", "тай")
        k = t.i - 1
        # «Маці аднаго з асуджаных, X», «Жонка двух затрыманых»: one of them, or a number of them
        while k > t.sent.start and (
            doc[k].lower_ in self.lexicon.sets.get("one_of_words", ()) or is_number(doc[k], self.lexicon)
        ):
            k -= 1
        return (
            len(endings) > 2
            and t.lower_.endswith(endings)
            and self._word_in(doc[k], "possessors")
            and doc[t.i + 1].text in (",", "—", "–")
        )

    def _owned_group(self, t: Token) -> bool:
        """«Адвокат троих осуждённых X», «интересы двоих задержанных», «родственники пятерых
        арестованных»: a plural participle noun in the genitive hung on a noun of someone's
        relative, lawyer or interests names a group already told as whose those are; it tells
        no event (and the name after it is the lawyer's)."""
        head = t.head
        return (
            t.dep_ == "nmod"
            and "Gen" in t.morph.get("Case")
            and "Plur" in t.morph.get("Number")
            and head.i < t.i
            and head.pos_ == "NOUN"
            and (self._word_in(head, "possessors") or self._word_in(head, "on_behalf_nouns"))
        )

    def _named_past_a_part(self, t: Token, person: Person, index: PersonIndex, trigger_ids: set[int]) -> bool:
        """«почти всех выслали, а один из них, X, снова оказался за решёткой»: a name after a
        part of the group that opens a clause of its own verb is that verb's, not `t`'s."""
        doc, sent = t.doc, t.sent
        roots = [r.i for r, p in index.mention_roots() if p is person and r.sent == sent]
        if not roots or min(roots) < t.i:
            return False
        first = min(roots)
        return any(
            doc[x.i - 1].lower_ in (",", "а", "и", "і", "но") and self._part_of_group(x)
            for x in doc[t.i + 1 : first]
        ) and any(first < k < sent.end for k in trigger_ids)

    def _verdict_dated_next(self, doc: Doc, findings: list[Finding]) -> None:
        """«X приговорён к восьми месяцам колонии. Приговор вынесен 26 августа.», «Прысуд
        агалосілі ў панядзелак.»: a short sentence right after a verdict, about the verdict
        («приговор», «прысуд») and when it was pronounced, dates that verdict when it has no date
        word of its own; not «Приговор вступил в силу 10 сентября» (another day) nor a sentence
        that tells an event of its own."""
        told = {f.trigger.sent.start for f in findings}
        nouns = {"приговор", "прысуд", *self.lexicon.sets.get("verdict_nouns", ())}
        for f in findings:
            sent = f.trigger.sent
            if f.type != "sentence" or sent.end >= len(doc) or "\n" in doc[sent.end].text:
                continue  # (the next sentence of the same paragraph only)
            if self._date_linear(f.trigger) is not None:
                continue  # a day, a month or a year of its own (a term's «годам» is none)
            after = doc[sent.end].sent
            if after.start in told:
                continue
            words = [x for x in after if not (x.is_space or x.is_punct)]
            if not words or len(words) > 7 or words[0].lemma_.lower() not in nouns:
                continue
            if not any(x.lower_.startswith(_PRONOUNCED) for x in words[1:3]):
                continue
            date = self._date_linear(words[0])
            if date:
                f.date, f.date_from = date, words[0]

    @staticmethod
    def _unnamed_agents(t: Token) -> bool:
        """`t` is a plural verb with no subject at all, of agents the text does not name («за ним
        пришли ночью»; not «отец пришёл за ним», «друзья приехали за ним»)."""
        return (
            "Plur" in t.morph.get("Number")
            and "Past" in t.morph.get("Tense")
            and not any(c.dep_ in ("nsubj", "nsubj:pass", "expl", "csubj") for c in t.children)
            and not (t.dep_ == "conj" and any(c.dep_ == "nsubj" for c in t.head.children))
        )

    def _taken_unnamed(self, t: Token, index: PersonIndex, quotes: Sequence[QuoteFinding] = ()) -> bool:
        """«Тимура взяли в ту же ночь, но через двое суток отпустили», «Её мужа, X, забрали 14
        августа, около шести утра», «Его забрали в тот же день»: a verb of taking away in the
        plural past with no subject at all (the takers left unnamed) whose object is a person
        (a name, a third-person pronoun, or a noun with a name in apposition), and nothing beside
        it but a time: no goal or source («забрали в армию», «увезли в больницу», «взяли на
        работу», «забрали из детского сада»: places the rules of arrest name themselves; a place
        where, in the locative, is no goal: «на нашей улице забрали»), no purpose, no manner
        («взяли под руки») but a converb («не дав одеться»)."""
        morph = t.morph
        if not {"Plur", "Past", "Fin"} <= {*morph.get("Number"), *morph.get("Tense"), *morph.get("VerbForm")}:
            return False
        # («Эрлана Садыкова взяли»: a name in the genitive the parser took for the subject)
        fronted = [c for c in t.children if c.dep_ == "nsubj" and _oblique_name(c, index)]
        objects = [c for c in t.children if c.dep_ == "obj"] + fronted
        if len(objects) != 1 or any(
            c.dep_ in ("nsubj", "nsubj:pass", "expl") and c.i != objects[0].i for c in t.children
        ):
            return False
        obj = objects[0]
        person = (
            index.person_at(obj) is not None
            or (obj.pos_ == "PRON" and bool(pronoun_gender(obj, self.lexicon)))
            or any(
                c.dep_ == "appos" and index.person_at(c) is not None
                for noun in (obj, *(c for c in obj.children if c.dep_ == "conj"))
                for c in noun.children
            )
            # «забрали троих мужчин — Олега, …»: a counted noun of people (decision 8 of syn34-ru-b)
            or (
                obj.pos_ == "NOUN"
                and "Anim" in obj.morph.get("Animacy")
                and any(c.dep_.startswith("nummod") and is_number(c, self.lexicon) for c in obj.children)
                and not self._goal_in_sentence(t)
            )
        )
        if not person:
            return False
        quoted = any(q.start <= t.idx < q.end for q in quotes) or in_quotation(t.doc, t.i)
        if obj.pos_ == "PRON" and quoted:
            return False  # «он видел, как его уводили», said by a wife: whom «его» means is hers to know
        if obj.pos_ == "PRON" and any(c.dep_ == "mark" for c in t.children):
            # «Нападавшего задержали. Перед тем, как его увели, …»: a pronoun in a clause of time
            # goes on with the main clause's topic, often the unnamed one the sentence before held
            return False
        for c in t.children:
            if c.i == obj.i or c.dep_ in ("punct", "cc", "conj", "parataxis", "mark", "discourse"):
                continue
            if c.dep_ == "advcl" and "Conv" in c.morph.get("VerbForm"):
                continue  # «взяли в 4 утра, не дав одеться»: how they took him
            if c.dep_ in ("obl", "nmod") and "Loc" in c.morph.get("Case"):
                continue  # «на нашей улице забрали …», «забрали на работе»: where, not whither
            if c.dep_ not in ("obl", "advmod", "nmod", "nummod") or not self._time_phrase(c):
                return False
        return True

    def _taken_back(self, t: Token, index: PersonIndex) -> bool:
        """«Саковца увезли обратно», «его пересадили в машину и увезли обратно»: a prisoner who
        refused to cross the border, or was freed a moment, taken back into custody (session 61,
        rurecall2). The one taken back must be a name or a third-person pronoun (the verb's own
        object, a fronted genitive name, or the object of the verb it is conjoined to); a pronoun
        only when no unnamed person (a noun of people in the nominative) is told before it in
        its sentence — «был мужчина, который отказался, и его увезли обратно» is that man."""
        if self.linear:
            return False
        verbs = [t, t.head] if t.dep_ == "conj" else [t]
        if t.i > t.sent.start and t.doc[t.i - 1].lower_ == "и":
            # («его пересадили в машину и увезли обратно»: the parse may hang the second verb
            # elsewhere; the plural past verbs before «и» in its sentence share its object)
            verbs += [
                v
                for v in t.doc[t.sent.start : t.i - 1]
                if v.pos_ == "VERB" and {"Plur", "Past"} <= {*v.morph.get("Number"), *v.morph.get("Tense")}
            ]
        objects = [
            c
            for v in verbs
            for c in v.children
            if c.dep_ == "obj" or (c.dep_ == "nsubj" and _oblique_name(c, index))
        ]
        for obj in objects:
            if index.person_at(obj) is not None:
                return True
            if obj.pos_ == "PRON" and pronoun_gender(obj, self.lexicon):
                return not any(
                    x.pos_ == "NOUN"
                    and "Anim" in x.morph.get("Animacy")
                    and "Nom" in x.morph.get("Case")
                    and index.person_at(x) is None
                    for x in t.doc[t.sent.start : obj.i]
                )
        return False

    def _goal_in_sentence(self, t: Token) -> bool:
        """A goal of taking anywhere in `t`'s sentence, however the parse hangs it: «в / во / на»
        with an inanimate accusative that is no time («забрали троих мужчин в армию», «на
        работу»; not «в тот вечер»), «к» with a dative, or «домой»."""
        for x in t.sent:
            if x.lower_ == "домой":
                return True
            if x.pos_ != "NOUN" or "Anim" in x.morph.get("Animacy") or self._time_phrase(x):
                continue
            preps = {c.lower_ for c in x.children if c.dep_ == "case"}
            case = set(x.morph.get("Case"))
            if (preps & {"в", "во", "на"} and "Acc" in case) or ("к" in preps and "Dat" in case):
                return True
        return False

    def _time_phrase(self, x: Token) -> bool:
        """`x` heads a phrase of time («в ту же ночь», «14 августа 2023 года», «около шести утра»,
        «ночью», «сразу»): a word of time or date, or a number."""
        return (
            x.like_num
            or self._word_in(x, "time_of_day")
            or self._word_in(x, "dates")
            or any(c.like_num for c in x.children)
        )

    def _force(self, x: Token) -> bool:
        """`x` names a force (`forces`); «люди» or «человек» only with words that say which
        («люди в штатском», «вооружённые люди»), not people at large («люди забрали его домой»)."""
        if not self._word_in(x, "forces"):
            return False
        if x.lemma_.lower() in ("человек", "люди"):
            # (the parse may hang «в форме» on the verb: the words right after the noun say it too)
            return any(c.dep_ in ("amod", "nmod") for c in x.children) or any(
                self._word_in(w, "force_attire") for w in x.doc[x.i + 1 : min(x.i + 5, x.sent.end)]
            )
        return True

    def _span_before_verdict(self, t: Token) -> bool:
        """(Belarusian, no parse to tag the noun) «за паўгода да прысуду», «праз месяц пасля
        прысуду»: a span of time right before the preposition of the verdict noun `t` (not «якая
        да прысуду была на волі», where the noun may still lend its term to the sentence)."""
        if not self.linear or t.i < t.sent.start + 2:
            return False
        x = t.doc[t.i - 2]
        units = (
            *self.lexicon.terms["year"],
            *self.lexicon.terms["month"],
            *self.lexicon.words.get("time_units", ()),
        )
        return x.lower_ in self.lexicon.terms.get("half_year", ()) or x.lower_.startswith(tuple(units))

    def _abroad_in_rule(self, t: Token, rule: TriggerRule) -> bool:
        """A rule told last whose own words hold the place abroad («на літоўскі бок пад канвоем
        даставілі»): the destination is part of the trigger, however many words of manner stand
        between it and the verb (`_abroad_before` reads only the three words before the verb)."""
        start = self._match_start.get((t.i, id(rule)))
        return start is not None and any(self._word_in(x, "abroad") for x in t.doc[start : t.i])

    def _verdicts_of_matched_freed(self, findings: list[Finding]) -> list[Finding]:
        """(Belarusian) «Шаснаццаць чалавек, асуджаных па "палітычных" артыкулах, выйшлі на
        волю», «14 чалавек, асуджаных …, атрымалі памілаванне»: the verdict participle on a
        counted subject whose verb frees it describes who the freed are (GUIDELINES: descriptive
        participles), as `cohorts.verdicts_of_the_freed` reads it — but the positional reader
        finds no release at the verb when the participle's clause stands between the verb and
        its counted subject, so the verb counts as freeing when a release or removal pattern
        matched it at all (`_sent_rules`), found or not."""
        freed = {(t.i, id(t.doc)) for t, r, _ in self._sent_rules if r.label in ("release", "deportation")}
        return verdicts_of_the_freed(findings, freed, self.lexicon.numbers)

    def _to_jailer(self, x: Token) -> bool:
        """(Belarusian) «перадалі беларускім сілавікам», «перадалі Беларусі»: a word of the jailing
        state as the recipient of a removal; not the genitive of the state a citizen belongs to
        («перавезлі дзевяць грамадзян Беларусі»: citizens of Belarus taken abroad), which the
        same form spells."""
        if x.lower_ not in self.lexicon.sets.get("to_jailer", ()):
            return False
        return x.i == 0 or not self._word_in(x.doc[x.i - 1], "citizen_nouns")

    def _word_in(self, x: Token, kind: str) -> bool:
        return self.lexicon.word_in(x, kind)

    def _guess_word(self, x: Token) -> bool:
        """(Belarusian) a word that tells a guess: a modal of possibility («можа быць», lemma
        магчы) or a hedge (`conditional`: «магчыма», «нібыта», «па чутках»)."""
        return x.is_alpha and (x.lemma_.lower() == "магчы" or self._word_in(x, "conditional"))

    def _companion(self, t: Token, person: Person) -> bool:
        """`person` is named in `t`'s sentence only after «вместе с» (`together`): whom the
        patients went with, not one of a group counted apart from them."""
        doc = t.doc
        inside = [a for a, _ in person.mentions if t.sent.start <= a < t.sent.end]
        return bool(inside) and all(
            a >= 2 and doc[a - 1].lower_ in ("с", "со") and self._word_in(doc[a - 2], "together")
            for a in inside
        )

    def _recipient(self, child: Token, t: Token, rule: TriggerRule) -> bool:
        """«Суд назначил учёному 12 лет», «Инженеру дали 14 лет»: the dative with no preposition
        of a verb of assigning (`assign_verbs`) is the one sentenced, as «приговорили инженера»
        makes its object."""
        return (
            rule.label == "sentence"
            and not self.linear
            and self._word_in(t, "assign_verbs")
            and child.dep_ in ("iobj", "obj", "obl", "xcomp")
            and "Dat" in child.morph.get("Case")
            and not any(c.dep_ == "case" for c in child.children)
        )

    def _add_fronted_recipients(
        self, t: Token, rule: TriggerRule, finding: Finding, index: PersonIndex
    ) -> None:
        """The datives fronted before a verb of assigning join the verdict's persons, first
        («Ивану Ткачу и Петру Орлу назначили по три года»: the parse may link only the last)."""
        if rule.label != "sentence":
            return
        fronted = [p for p in self._fronted_recipients(t, index) if p not in finding.persons]
        finding.persons[:0] = fronted


# the verb or participle that says a verdict was pronounced: «вынесен», «огласили», «объявлен»,
# «зачитан»; Belarusian «вынесены», «агалошаны», «агалосілі», «абвешчаны», «агучылі»
_PRONOUNCED = ("вынес", "оглас", "оглаш", "объяв", "зачит", "агалош", "агалас", "абвеш", "абвяс", "агуч")


def _outside_triggers(words: list[Token], t: Token, trigger_ids: set[int]) -> list[Token]:
    """«Жена осуждённого на восемь лет X Тамара получила письмо»: a term in the phrase of
    another trigger fronted before `t` (a participle of the subject) is that trigger's term."""
    inner = {y.i for x in words if x.i in trigger_ids and x.i != t.i for y in x.subtree}
    return [x for x in words if x.i not in inner]


def _conjunct_head(root: Token) -> Token:
    """The first of the coordinated names `root` is conjoined to, whose case they all share
    («Пескова, Керимову и Ткача арестовали»: «Керимову» tagged a dative is an accusative)."""
    while root.dep_ == "conj" and root.head.i != root.i and root.head.ent_type_ == root.ent_type_:
        root = root.head
    return root


def _until_comma(t: Token) -> Span:
    """The words of `t`'s sentence after it, up to the first comma, semicolon or dash."""
    doc = t.doc
    end = next((k for k in range(t.i + 1, t.sent.end) if doc[k].text in (",", ";", "—")), t.sent.end)
    return doc[t.i + 1 : end]


def _comma_clause(t: Token) -> Span:
    """The words of `t`'s sentence between the commas or semicolons around it."""
    doc = t.doc
    start = next(
        (k + 1 for k in range(t.i - 1, t.sent.start - 1, -1) if doc[k].text in (",", ";")), t.sent.start
    )
    end = next((k for k in range(t.i + 1, t.sent.end) if doc[k].text in (",", ";")), t.sent.end)
    return doc[start:end]


_SINCE_WORDS = frozenset(
    (
        "тех",
        "момента",
        "самого",
        "начала",
        "конца",
        "середины",
        "весны",
        "осени",
        "лета",
        "зимы",
        "прошлого",
        "позапрошлого",
        "этого",
        "того",
        "дня",
        "января",
        "февраля",
        "марта",
        "апреля",
        "мая",
        "июня",
        "июля",
        "августа",
        "сентября",
        "октября",
        "ноября",
        "декабря",
    )
)


def _start_told(t: Token) -> bool:
    """The clause of `t` tells when the custody began: «с» / «со» before a date, a month, a
    season, a year or «тех пор» / «момента»."""
    clause = _comma_clause(t)
    doc = t.doc
    return any(
        x.lower_ in ("с", "со")
        and x.i + 1 < clause.end
        and (doc[x.i + 1].lower_ in _SINCE_WORDS or doc[x.i + 1].like_num)
        for x in clause
    )


_SUMMONS = ("вызва", "вызыва", "выклік")
_QUESTIONING = ("допрос", "допыт", "бесед", "гутар")
_DETENTION_STEMS = ("задерж", "затрым", "арест", "арышт", "схват", "забра", "увез", "вывез", "достав")


def _summoned_only(t: Token) -> bool:
    """«Блогера вызвали на допрос и отпустили через три часа»: let go after a summons for
    questioning, with no detention in the sentence, is no release (the writers' shared reading)."""
    if not t.lemma_.lower().startswith(("отпуст", "адпус")):
        return False
    words = [x.lower_ for x in t.sent]
    summoned = any(
        w.startswith(_SUMMONS) and any(v.startswith(_QUESTIONING) for v in words[i + 1 : i + 5])
        for i, w in enumerate(words)
    )
    return summoned and not any(w.startswith(_DETENTION_STEMS) for w in words)


def _verbless_term(rule: TriggerRule) -> bool:
    """A rule that reads a sentence opening with a term as a profile's verbless line."""
    return rule.trigger_last and rule.needs_term and bool(rule.pattern[0].get("IS_SENT_START"))


def _oblique_name(x: Token, index: PersonIndex) -> bool:
    """A person's name in the genitive or accusative only (not nominative): an object, whatever
    the parser's label («Эрлана Садыкова взяли»)."""
    case = set(x.morph.get("Case"))
    return index.person_at(x) is not None and bool(case) and "Nom" not in case and case <= {"Gen", "Acc"}


def _name_word(t: Token, index: PersonIndex) -> bool:
    """(Belarusian) A capitalised word of a person's name is no trigger, whatever the prefix table
    reads in it: «Далідовіч» (as «далі»), «Даўгалёў» (as «даў»), «Літвінава» (as «Літва») are
    surnames. The lemma comes from a word's first letters alone, so only the name reader knows."""
    return t.is_title and index.person_at(t) is not None
