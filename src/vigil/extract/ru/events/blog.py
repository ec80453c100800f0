"""Live blogs (Belarusian): entries under time stamps, newest first, where a names entry («Першыя
імёны. …», «Стала вядома яшчэ пяць імёнаў. …», «Сьпіс. Імёны, якія пацьвердзілі …:») names members
of the day's counted release and removal, told in another entry above or below it. And the freed
who tell of the ride to the border: those who rode in the bus with them («Са мной у аўтобусе
ехалі X і Y») are members of the same counted release and removal."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from vigil.extract.doctext import doc_text, text_lines
from vigil.extract.findings import Finding, Membership, Person
from vigil.extract.ru.numbers import is_number, number_value
from vigil.extract.ru.persons import PersonIndex, in_quotation

# «13:05», «13:05 — Першыя імёны», «09:12 Уначы …»: a time of day opening a line (not a date, «14.10.2025»)
_STAMP = re.compile(r"\s*([01]?\d|2[0-3])[:.]([0-5]\d)(?![.:\d])")
_MIN_STAMPS = 3  # a feed, not an article that mentions a time once or twice
_FREED = ("release", "deportation")
_RIDE_SPAN = 6  # words between «са мной» and its verb of riding


def blog_entries(text: str) -> list[tuple[int, int]]:
    """The character spans of a live blog's entries, each from a line opened by a time stamp to
    the next such line (the last to the text's end); none when fewer than three lines open so."""
    starts = [at for at, line in text_lines(text) if _STAMP.match(line)]
    if len(starts) < _MIN_STAMPS:
        return []
    return list(zip(starts, [*starts[1:], len(text)], strict=True))


class BlogRules:
    """Members named in a live blog's names entries; a mixin of `EventFinder`, whose `lexicon`,
    `linear`, `_word_in`, `_any_word` and `_sent_rules` its methods use."""

    def _blog_entry_members(self, doc: Doc, index: PersonIndex, findings: list[Finding]) -> list[Membership]:
        """(Belarusian) A live blog of a release day tells the day's counted release and removal
        in one entry («Сёння на волю выйшлі 14 палітвязняў. Трынаццаць з іх перавезлі праз мяжу ў
        Літву») and the names in others, above or below it, as they come in: «Першыя імёны. Пад
        Вільняй зараз журналіст X …», «Стала вядома яшчэ пяць імёнаў. У аўтобусах былі X, Y …»,
        «Свабода ўсталявала яшчэ тры імёны вызваленых: X, Y і Z … Цяпер яны ў Вільні». The people
        a names entry names (not a relative, not inside a quote, not in a sentence that denies,
        doubts it) are members of the day's release — the largest counted
        release with no names — and, unless told to have stayed, of its removal."""
        if not self.linear:
            return []
        entries = blog_entries(doc_text(doc))
        if not entries:
            return []
        release, removal = (self._day_group(findings, label) for label in _FREED)
        out: list[Membership] = []
        for start, end in entries:
            span = doc.char_span(start, end, alignment_mode="expand")
            held = self._detention_names(span, index, findings) if span is not None else None
            if held is not None:
                out.append(held)
                continue
            opening = self._names_opening(span, index) if span is not None else None
            if opening is None:
                continue
            members, staying = self._entry_members(span, opening, index)
            for group, persons in ((release, members), (removal, [p for p in members if p not in staying])):
                if group is not None and persons:
                    # (a group told below, earlier in the day, is met after the entry in the text:
                    # the members join it where it is told)
                    token = opening[0] if group.trigger.i < opening.start else group.trigger
                    out.append(Membership(token, persons, group.type, group=group))
        return out

    def _fellow_travellers(self, doc: Doc, index: PersonIndex, findings: list[Finding]) -> list[Membership]:
        """(Belarusian) An interview with one of a counted group freed and driven abroad names
        those who rode with them: «Са мной у аўтобусе да мяжы ехалі X, Y і Z», «Разам зь ім у
        аўтобусе ехаў X», «Побач са мной сядзеў X» (after «Хто быў з вамі ў аўтобусе?»). They are
        members of the text's largest counted release and of its removal abroad, as the teller
        is. Only where the sentence or the one before names the bus (not a cellmate or one on the
        same court bench: «Са мной у камеры сядзела X», «На лаве побач сядзеў X»), only in a text
        that tells both a counted release and a removal, and not in a sentence that denies or
        doubts it; refusers at the border are taken out of the removal later (`cohorts`)."""
        if not self.linear:
            return []
        release = self._counted_group(findings, "release")
        removal = self._counted_group(findings, "deportation") or self._removal_of(findings, release)
        if release is None or removal is None:
            return []
        out: list[Membership] = []
        for sent in doc.sents:
            if not self._rode_with(sent) or not self._bus_told(sent):
                continue
            if self._any_word(sent, ("negation", "conditional", "blockers")):
                continue
            named = [p for _, p in self._sentence_names(sent, index)]
            if not named:
                continue
            for group in (release, removal):
                token = sent[0] if group.trigger.i < sent.start else group.trigger
                out.append(Membership(token, named, group.type, group=group))
        return out

    def _rode_with(self, sent: Span) -> bool:
        """«са мной … ехалі», «разам зь ім … ехаў», «праз праход ехала», «побач са мной сядзеў»:
        a verb of riding or sitting within six words of a phrase of company («Са мной у аўтобусе
        да літоўскай мяжы ехалі …»)."""
        doc = sent.doc
        company = [
            x.i
            for x in sent
            if x.i > sent.start
            and self._word_in(x, "ride_with")
            and self._word_in(doc[x.i - 1], "ride_with_before")
        ]
        return any(
            self._word_in(x, "ride_verbs") and any(abs(x.i - k) <= _RIDE_SPAN for k in company) for x in sent
        )

    def _bus_told(self, sent: Span) -> bool:
        """The bus named in the sentence, before it in its paragraph, or in the paragraph before
        (the question «Хто быў з вамі ў аўтобусе?» above an answer that names several riders, one
        a sentence; not a bus told only after the rider)."""
        doc = sent.doc
        starts = [at for at, _ in text_lines(doc_text(doc)) if at <= sent.start_char]
        start = starts[-2] if len(starts) > 1 else 0
        span = doc.char_span(start, sent.end_char, alignment_mode="expand")
        return span is not None and self._any_word(span, ("vehicles",))

    @staticmethod
    def _counted_group(findings: list[Finding], label: str) -> Finding | None:
        """The text's counted group of `label`, named members or not: the largest count."""
        counted = [f for f in findings if f.type == label and f.count and not f.describes]
        return max(counted, key=lambda f: (f.count, -f.trigger.i)) if counted else None

    @staticmethod
    def _removal_of(findings: list[Finding], release: Finding | None) -> Finding | None:
        """An uncounted removal of people of the counted release: one that shares a member with
        it, or one told of a group by a pronoun («Амаль усіх іх у той жа дзень вывезлі ў Літву»
        after «X быў сярод 52 памілаваных»)."""
        if release is None:
            return None
        return next(
            (
                f
                for f in findings
                if f.type == "deportation"
                and (any(p in release.persons for p in f.persons) or (f.group_ref and not f.persons))
            ),
            None,
        )

    @staticmethod
    def _day_group(findings: list[Finding], label: str) -> Finding | None:
        """The day's counted group of `label`: the largest count told of no named person."""
        counted = [f for f in findings if f.type == label and f.count and not f.persons and not f.describes]
        return max(counted, key=lambda f: (f.count, -f.trigger.i)) if counted else None

    def _names_opening(self, entry: Span, index: PersonIndex) -> Span | None:
        """The entry's opening sentence when it announces names of the freed: a word for names
        («імёны», «прозвішчы») in it, or in the sentence after a one-word list label («Сьпіс.»);
        not one that denies, doubts or keeps them («Імёнаў не назвалі», «імёны тых, хто застаўся
        за кратамі»), nor one that names those of another event («імёны затрыманых»)."""
        sents = [s for s in entry.sents if any(x.is_alpha for x in s)]
        if not sents:
            return None
        opening = sents[0]
        words = [x for x in opening if x.is_alpha]
        if len(words) <= 2 and len(sents) > 1 and any(self._word_in(x, "list_labels") for x in words):
            opening = sents[1]
        stems = tuple(self.lexicon.sets.get("names_stems", ()))
        words = [x for x in opening if x.is_alpha]
        if not any(x.lower_.startswith(stems) or self._word_in(x, "name_forms") for x in words):
            return None
        kinds = ("negation", "absent", "remain", "except", "custody", "conditional", "blockers")
        if self._any_word(opening, kinds):
            return None
        if any(opening.start <= t.i < opening.end and r.label not in _FREED for t, r, _ in self._sent_rules):
            return None
        return opening

    def _detention_names(self, entry: Span, index: PersonIndex, findings: list[Finding]) -> Membership | None:
        """(Belarusian) «Вядомыя імёны траіх затрыманых у Маладзечне. Гэта A, B і C.»: a names
        entry whose opening counts those of a detention — a word for names, one number and a
        trigger of arrest (the participle noun «затрыманых») — names members of the blog's
        detention counted with that number and no names, told in another entry (above or below:
        newest first). Only when exactly one such detention exists; not an opening that denies,
        doubts or tells another event; not more names than the number (the opening may name
        them itself: «Сталі вядомыя імёны двух затрыманых: A і B»)."""
        sents = [s for s in entry.sents if any(x.is_alpha for x in s)]
        if not sents:
            return None
        opening = sents[0]
        words = [x for x in opening if x.is_alpha or x.like_num]
        stems = tuple(self.lexicon.sets.get("names_stems", ()))
        if not any(x.lower_.startswith(stems) for x in words):
            return None
        if self._any_word(opening, ("negation", "absent", "remain", "except", "conditional", "blockers")):
            return None
        if not self._any_word(opening, ("detained_nouns",)) or any(
            opening.start <= t.i < opening.end and r.label != "arrest" for t, r, _ in self._sent_rules
        ):
            return None
        numbers = [x for x in words if is_number(x, self.lexicon)]
        value = number_value(numbers, self.lexicon) if len(numbers) == 1 else None
        if not value or value != int(value) or value < 2:
            return None
        groups = [
            f
            for f in findings
            if f.type == "arrest"
            and f.count == int(value)
            and not f.persons
            and not f.describes
            and not opening.start <= f.trigger.i < opening.end
        ]
        if len(groups) != 1:
            return None
        members, _ = self._entry_members(entry, opening, index)
        if not members or len(members) > int(value):
            return None
        group = groups[0]
        token = opening[0] if group.trigger.i < opening.start else group.trigger
        return Membership(token, members, "arrest", group=group)

    def _entry_members(
        self, entry: Span, opening: Span, index: PersonIndex
    ) -> tuple[list[Person], list[Person]]:
        """The people a names entry names from its opening on, and those of them it tells stayed
        at home («застаюцца ў Беларусі»; «Апошнія двое застаюцца …»: the last two listed)."""
        members: list[Person] = []
        staying: list[Person] = []
        barred: list[Person] = []  # named where the entry denies or doubts it: not a member after
        doc = entry.doc
        for sent in doc[opening.start : entry.end].sents:
            named = [p for x, p in self._sentence_names(sent, index) if p not in members and p not in barred]
            if self._any_word(sent, ("remain", "stay_verbs")) or self._told_home(sent):
                last = self._last_listed(sent)
                staying += named if named or last is None else members[-last:]
            if self._any_word(sent, ("negation", "absent", "conditional", "blockers")):
                barred += named
                continue
            members += named
        return members, staying

    def _sentence_names(self, sent: Span, index: PersonIndex) -> list[tuple[Token, Person]]:
        """The people a sentence names in its own words: not inside a quote, not a relative named
        by a kin word right before («ягоная жонка Вераніка Ж.», «сын Ірыны З. Арсень З.»)."""
        out: list[tuple[Token, Person]] = []
        doc = sent.doc
        for x in sent:
            person = index.person_at(x)
            if person is None or any(p is person for _, p in out):
                continue
            if x.i > sent.start and index.person_at(doc[x.i - 1]) is person:
                continue  # (the name's later words)
            before = doc[max(sent.start, x.i - 3) : x.i]
            if any(self._word_in(y, "relation_forms") for y in before) or in_quotation(doc, x.i):
                continue
            out.append((x, person))
        return out

    def _told_home(self, sent: Span) -> bool:
        """«… ужо дома», «у Беларусі»: the sentence tells someone is at home, not abroad."""
        return any(x.lower_ in ("дома", "дадому") for x in sent)

    def _last_listed(self, sent: Span) -> int | None:
        """«Апошнія двое …», «Апошні …»: how many of those listed last the sentence speaks of."""
        words = [x for x in sent if x.is_alpha]
        if not words or not words[0].lower_.startswith("апошн"):
            return None
        if len(words) > 1 and words[1].lower_ in self.lexicon.numbers:
            value = self.lexicon.numbers[words[1].lower_]
            return int(value) if value else None
        return 1 if words[0].lower_ in ("апошні", "апошняя") else None
