"""A guarded last resort for an asserted trigger that every rule left without a patient.

Session 32's experiment (issue 9): when natasha's parse (or, for Belarusian, the word order)
is odd, a verb told as a fact («был задержан», «задержали X», «вывезлі ў Літву») finds no
person and the event is dropped. This fallback gives it the one person its clause names,
and only when nothing in that clause says the person is someone else: a speaker (a verb of
speech), an official, a judge, a relative or lawyer (a role noun right before the name), or
the agent of an active verb (a nominative before a singular active verb).

Measured (session 32): of 143 Russian and 90 Belarusian read-set misses only 9 and 10 have an
orphan trigger and the person in one sentence (most misses are told across sentences), while
such sentences name a wrong person about 80 (ru) and 27 (be) times; so the guards are strict
and the fallback fires rarely (read sets +3 events, blind syn23-be-b +1, no false positive).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from vigil.extract.findings import Finding, Person
from vigil.extract.ru.events.clauses import _postposed_subject
from vigil.extract.ru.lexicon import TriggerRule
from vigil.extract.ru.persons import PersonIndex, morph_gender
from vigil.extract.ru.quotes import QuoteFinding

_HARD_BOUNDS = (";", ":", "«", "»", '"', "“", "”", "(", ")")  # a clause ends at these
_ROLE_KINDS = ("agent_roles", "officer_roles", "possessors", "relation_forms", "turn_roles", "role_nouns")


class FallbackRules:
    """The last-resort patient of an orphan trigger; a mixin of `EventFinder`."""

    def _fallback_patients(
        self,
        orphans: list[Finding],
        findings: list[Finding],
        rules: dict[int, TriggerRule],
        index: PersonIndex,
        quotes: list[QuoteFinding],
    ) -> list[Finding]:
        """Orphan findings (no person, count or group) of a sentence no finding of their type
        reached, each given its clause's only possible patient; those it finds."""
        taken = {(f.trigger.sent.start, f.type) for f in findings}
        found: list[Finding] = []
        for f in orphans:
            key = (f.trigger.sent.start, f.type)
            if key in taken or f.persons or f.count is not None or f.group_ref:
                continue
            if self.linear and f.own_patient:
                continue  # «X асудзілі, а другога фігуранта вызвалілі»: its patient is someone else
            rule = rules.get(id(f))
            if rule is None or not self._fallback_verb(f.trigger, rule):
                continue
            person = self._sole_patient(f.trigger, rule, index, quotes)
            if person is not None:
                f.persons.append(person)
                found.append(f)
                taken.add(key)
        return found

    def _fallback_verb(self, t: Token, rule: TriggerRule) -> bool:
        """A verb whose patient is its subject or an impersonal one's object: a passive short
        participle, a plural past («задержали»), an intransitive of the subject («умер»), or
        (Russian, where the case tells the object) a finite active verb; no noun or full
        participle, which names a group or a description rather than a person."""
        if rule.patient == "clause" or rule.needs_count or rule.after_release:
            return False
        low = t.lower_
        if self.linear:
            passive = low.endswith(tuple(self.lexicon.sets.get("passive_endings", ())))
            plural = low.endswith(("лі", "ліся"))
            intransitive = rule.patient == "subject" and low.endswith(("ў", "ла"))
            return t.is_lower and (passive or plural or intransitive)
        if t.pos_ not in ("VERB", "AUX"):
            return False
        forms = set(t.morph.get("VerbForm"))
        return "Fin" in forms or ("Part" in forms and "Short" in t.morph.get("Variant"))

    def _clause_of(self, t: Token) -> Span:
        """The trigger's stretch of its sentence between hard punctuation (a colon, semicolon,
        bracket or quote mark ends a clause; commas and dashes set off names), ended after the
        trigger by a contrast («…, а один из них, X, …» has a subject of its own; before the
        trigger «X помиловали, а потом вывезли» shares its object)."""
        sent = t.doc[t.sent.start : t.sent.end]
        left = reversed(sent[: t.i - sent.start])
        start = next((x.i + 1 for x in left if x.text in _HARD_BOUNDS), sent.start)
        end = next(
            (
                x.i
                for x in t.doc[t.i + 1 : sent.end]
                if x.text in _HARD_BOUNDS or self._word_in(x, "contrast")
            ),
            sent.end,
        )
        return t.doc[start:end]

    def _sole_patient(
        self, t: Token, rule: TriggerRule, index: PersonIndex, quotes: list[QuoteFinding]
    ) -> Person | None:
        """The one person the trigger's clause names, none told as speaker, official, relative,
        lawyer or agent; None when there is none or more than one."""
        clause = self._clause_of(t)
        kinds = [kind for kind in _ROLE_KINDS if kind in self.lexicon.sets]
        if any(
            x.i != t.i and (self._word_in(x, "speech") or any(self._word_in(x, kind) for kind in kinds))
            for x in clause
        ):
            # «— рассказала его сестра X», «судья X», «где задержали её сына»: who tells the
            # news, judges or is kin, not who was held
            return None
        if any(a <= t.idx < b for a, b in ((q.start, q.end) for q in quotes)):
            return None
        if any(self._the_rest(x) for x in clause):
            return None  # «X адпусцілі, астатніх змясцілі ў ізалятар»: the others, not X
        subject_patient = rule.patient == "subject" or "Pass" in t.morph.get("Voice")
        if not self.linear and subject_patient and _postposed_subject(t, index) is not None:
            return None  # «…, где был задержан его сын»: the clause's own subject, unnamed
        if not self.linear and any(
            c.dep_ in ("obj", "nsubj:pass")
            and (c.pos_ in ("PRON", "DET", "ADJ") or (c.pos_ == "NOUN" and c.is_lower))
            for c in t.children
        ):
            # «всех доставили», «мужа вывезли», «…, другого отпустили»: the parse gives the
            # patient, not a name
            return None
        people: dict[int, Person] = {}
        for x in clause:
            person = index.person_at(x)
            if person is None or (x.i > clause.start and index.person_at(x.doc[x.i - 1]) is person):
                continue  # (one mention counted once, at its first word)
            if self._fallback_blocked(t, x, rule, person):
                return None
            if self.linear and (self._owns_place(x, person, index) or self._excepted(x, person, index)):
                return None  # «Іх затрымалі ў кватэры X», «Усіх, акрамя X, вывезлі»: not who was held
            people[id(person)] = person
        return next(iter(people.values())) if len(people) == 1 else None

    def _fallback_blocked(self, t: Token, x: Token, rule: TriggerRule, person: Person) -> bool:
        """A mention the fallback must not take: in a phrase after a preposition or «по
        словам», the agent (instrumental, or the subject of another or a singular active verb:
        «Лукашенко помиловал», «Лукашэнка ўжо вызваліў 52 чалавекі, … была вывезена»), or a
        name hung on a common noun («на улице Карла Маркса»)."""
        doc = x.doc
        last = next((doc[b - 1] for a, b in person.mentions if a == x.i), x)
        prev = doc[x.i - 1] if x.i > t.sent.start else None
        if prev is not None and (
            prev.pos_ == "ADP"
            or self._word_in(prev, "according")
            or (self.linear and self._word_in(prev, "prepositions"))  # (Belarusian: no tagger)
        ):
            return True  # «по словам X», «у X»: a name in a phrase, not the patient
        if self.linear:
            if last.lower_.endswith(
                tuple(e for e in self.lexicon.sets.get("instrumental_endings", ()) if len(e) > 1)
            ):
                return True  # «памілаваных Лукашэнкам»: the agent
            verbs = tuple(self.lexicon.sets.get("active_past_endings", ()))
            if any(
                y.i != t.i and y.is_lower and y.lower_.endswith(verbs) for y in doc[last.i + 1 : last.i + 4]
            ):
                return True  # «Лукашэнка ўжо вызваліў»: the subject of a verb of its own
            # a name right before a singular active verb is its agent («Лукашэнка памілаваў»)
            return rule.patient != "subject" and t.i > x.i and t.lower_.endswith(("ў", "ла"))
        case = set(x.morph.get("Case")) | set(last.morph.get("Case"))
        if "Ins" in case and "Nom" not in case:
            return True  # «помилованных Лукашенко»: the agent
        if (
            x.dep_ == "nsubj"
            and x.head.i != t.i
            and x.head.pos_ == "VERB"
            and not any(y.is_punct for y in doc[min(x.i, x.head.i) + 1 : max(x.i, x.head.i)])
        ):
            return True  # the subject of a verb of its own (not one a comma sets off)
        passive = "Pass" in t.morph.get("Voice") or "Short" in t.morph.get("Variant")
        plural = "Plur" in t.morph.get("Number")
        noun_before = prev is not None and prev.pos_ == "NOUN" and prev.is_lower
        if rule.patient == "subject" or passive:
            gender = morph_gender(t)
            if gender and person.gender and gender != person.gender:
                return True  # «X переехал в Гомель, где отбывала пять лет»: said of a woman, not him
            # the subject of «был задержан», «умер» (natasha may read an unknown surname as
            # oblique: a name after a common noun only in the nominative)
            return "Nom" not in case and noun_before
        if "Gen" in case and noun_before:
            return True  # «на улице Карла Маркса», «дело Ивана Петрова»: a name hung on a noun
        return "Nom" in case and not plural  # «Лукашенко помиловал»: the agent, not the patient

    def _the_rest(self, x: Token) -> bool:
        """«остальных», «астатніх» as the patient (not «разам з астатнімі», the companions of
        the one named): the clause tells of the others, not of the person named."""
        stems = {w[:6] for kind in ("others", "rest_of_group") for w in self.lexicon.sets.get(kind, ())}
        before = x.doc[x.i - 1].lower_ if x.i > x.sent.start else ""
        return x.lower_[:6] in stems and before not in ("с", "со", "з", "зь", "із", "вместе", "разам")
