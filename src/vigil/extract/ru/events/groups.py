"""Counted groups: «освободили 41 человека», «X и ещё 13 человек», «все трое», «каждый из
них», «все, кроме двоих», and the numbers that count no prisoners (children, agents)."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Span, Token

from vigil.extract.doctext import doc_text, text_lines
from vigil.extract.findings import Finding, Person
from vigil.extract.ru.events.clauses import (
    _enumerator,
    _in_clause_without,
    _of_one_person,
)
from vigil.extract.ru.events.members import _named_in
from vigil.extract.ru.events.words import (
    _LIST_ITEM,
    _SUBJECT,
)
from vigil.extract.ru.numbers import (
    article_number,
    count_of,
    is_number,
    number_value,
    uncounted_numeral,
)
from vigil.extract.ru.persons import PersonIndex, pronoun_gender

# word sets of a rest of a group opening a clause of its own (`_across_clauses`)
_REST_KINDS = ("rest_words", "rest_of_group")
# the most words a counted noun's own modifier holds before its relative clause, and the marks
# that end the stretch (`_group_with_clause`)
_NOUN_MODIFIER_SPAN = 7
_CLAUSE_MARKS = frozenset({",", ";", ":", "—", "–", "."})

# words that open a clause of their own (Russian and Belarusian), for `_size_not_exact`
_CLAUSE_JOINERS = frozenset({"а", "но", "и", "і", "але", "й"})


def _next_word(last: Token) -> Token | None:
    """The word right after `last` in its sentence, or None at its end."""
    return last.doc[last.i + 1] if last.i + 1 < last.sent.end else None


def _past_insertion_word(last: Token) -> Token | None:
    """The word after `last`, past one insertion set off by commas («трое, паводле звестак
    праваабаронцаў, застаюцца …»: the insertion is no word of the clause); None at the end."""
    doc = last.doc
    k = last.i + 1
    end = last.sent.end
    if k < end and doc[k].text == ",":
        close = next((j for j in range(k + 1, min(end, k + 8)) if doc[j].text == ","), None)
        if close is not None:
            k = close + 1
    return doc[k] if k < end else None


def _paragraph_before_bounds(t: Token) -> tuple[int, int]:
    """The characters from the paragraph before the sentence of `t` to that sentence (from the
    sentence's own paragraph, when the sentence does not open one)."""
    text = doc_text(t.doc)
    end = t.sent.start_char
    start = text.rfind("\n\n", 0, end) + 1
    if not text[start:end].strip():
        start = text.rfind("\n\n", 0, max(0, start - 1)) + 1  # it opens its paragraph
    return start, end


def _paragraphs_around(text: str, at: int, wide: int) -> tuple[int, int]:
    """The characters of the paragraph holding offset `at` and of the `wide` paragraphs on
    either side of it (paragraphs are parted by a blank line)."""
    start = end = at
    for _ in range(wide + 1):
        start = text.rfind("\n\n", 0, max(0, start - 1)) + 1 if start > 0 else 0
    for _ in range(wide + 1):
        found = text.find("\n\n", end + 1)
        end = len(text) if found < 0 else found
        if found < 0:
            break
    return start, end


# the parts of a quoted or multi-word name told as one owner («Ош Ньюс Медиа»)
_NAME_PARTS = ("punct", "flat", "flat:foreign", "flat:name", "appos")


def _agents(noun: Token) -> list[Token]:
    """«Фигурантов дела задержали сотрудники Управления ФСБ по ДНР»: the subjects of the verb
    a group noun is the object of — who acted, whose own place («по ДНР») says nothing of
    where the group is from."""
    verb = noun.head
    if noun.dep_ not in ("obj", "iobj") or verb.pos_ not in ("VERB", "AUX"):
        return []
    return [c for c in verb.children if c.dep_ == "nsubj" and c is not noun]


def _someone(x: Token) -> bool:
    """A person as a verb's object: an animate noun, a name or a personal pronoun."""
    if x.pos_ == "PROPN":
        return x.ent_type_ == "PER"  # («Приговор получили четверо»: a capital that opens the sentence)
    return x.pos_ == "PRON" or (x.pos_ == "NOUN" and "Anim" in x.morph.get("Animacy"))


class GroupRules:
    """Counted groups and the numbers that count none; a mixin of `EventFinder`, whose `lexicon`, `linear` and
    other rules its methods use."""

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
            if any(
                c.pos_ == "NUM"
                and c.i + 2 < len(c.doc)
                and c.doc[c.i + 1].lower_ == "из"
                and c.doc[c.i + 2].lower_ in ("них", "их")
                for c in f.trigger.children
            ):
                continue  # «…задержали девять человек, пятерых из них позже отпустили»: a part of its own
            group = next(
                (
                    g
                    for g in findings
                    if g is not f
                    and g.trigger.sent == f.trigger.sent
                    and g.trigger.i < f.trigger.i
                    and g.count is not None
                    and not g.persons
                    # «освободила 41 человека и вывезла их в Литву»: a verb conjoined by «и» / «а»
                    # is the group's; one set after a semicolon or comma alone («задержаны ещё семь
                    # человек …; к утру их отпустили») is a clause of its own
                    and not (
                        f.trigger.dep_ == "conj"
                        and f.trigger.head.i == g.trigger.i
                        and any(c.dep_ == "cc" for c in f.trigger.children)
                    )
                    and not _joined_by_and(g.trigger, f.trigger)
                ),
                None,
            )
            if group is not None:
                f.told_back = False
                f.pronoun_group = False
                f.group_ref = False

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
                if self.linear and not f.persons:
                    f.persons = self._all_named_after(f, index)
                continue
            words = list(sent)
            stated = [
                x
                for k, x in enumerate(words)
                if (self._word_in(x, "all_of") or self._case_group_number(words, k))
                and (
                    number_value([x], lex) == f.count
                    or (k + 1 < len(words) and number_value([words[k + 1]], lex) == f.count)
                )
            ]
            if not stated and not f.persons and self._opening_group_number(words, f.count, f.type):
                # «Семеро мужчин были задержаны …»: the case's group of N told again after its
                # verdicts; when they do not make it up, the group goes on as before (`_gendered_group`)
                f.persons = self._verdicts_around(f, findings, index)
                if f.persons:
                    continue
            if not stated or (
                self.linear and not f.persons and not any(self._word_in(x, "all_of") for x in stated)
            ):
                # («Трое фігурантаў былі затрыманыя … Увялі X, Y і Z, усе трое»: the case's group
                # named later comes first)
                if not f.persons:
                    self._gendered_group(f, findings)
                if not f.persons and self.linear:
                    f.persons = self._all_named_after(f, index)
                if not stated or f.persons:
                    continue
            # «Всех семерых задержали …, а X и Y — под домашний арест»: names the parse hung on the
            # trigger from another clause give way to the group «all N» is the object of, when
            # they belong to it
            if f.persons and not any(x.head.i == f.trigger.i or x.head.head.i == f.trigger.i for x in stated):
                continue
            first = min(x.i for x in stated)
            here = self._named_before_all(f, sent, first, index)
            # the names before «all N» and those the sentence adds unnamed («вместе с X и ещё одним
            # мужчиной — всех троих вывели») make up the N
            make_up = len(here) + self._more_unnamed(sent, first) == f.count
            if f.persons:
                if set(map(id, f.persons)) <= set(map(id, here)) and make_up:
                    f.persons = here
                    continue
                if lists is None:
                    lists = self._listed_people(findings)
                group = [g for g in lists if len(g) == f.count and set(map(id, f.persons)) <= set(map(id, g))]
                if len(group) == 1:
                    f.persons = list(group[0])
                continue
            # «Это были X и Y; вечером стало известно, что оба задержаны»
            if len(here) == f.count or here and make_up:
                f.persons = here
                continue
            before = f.trigger.doc[sent.start - 1].sent
            if any(
                self._word_in(x, "more")
                and x.i + 1 < before.end
                and number_value([x.doc[x.i + 1]], lex) == f.count
                for x in before
            ):
                continue  # «… проходят ещё трое жителей. Всех троих задержали»: the three others, unnamed
            # («Суддзя X і пракурор Y вялі працэс. Двух абвінавачаных вызвалілі»: the bench
            # is no group)
            named = self._named_between(before.start, before.end, index)
            if len(named) == f.count:
                f.persons = named
                continue
            para = self._paragraph_before(f.trigger, index) if self.linear else []
            para = [p for p in para if not self._only_agent(p, index)]
            if len(para) == f.count:
                f.persons = para
                continue
            joined = self._joined_list_before(f.trigger, f.count, index) if self.linear else []
            if joined:
                f.persons = joined
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
            if same:
                # «Суд асудзіў трох … X атрымаў …, Y …, Z … Усіх траіх затрымалі»: the people
                # named since the group of that size was told, when they are exactly that many
                since = self._named_between(same[-1].trigger.sent.start, sent.start, index)
                if len(since) == f.count:
                    f.persons = since
                    continue
            earlier: list[Person] = []
            for g in before:
                earlier += [p for p in g.persons if p not in earlier]
            if len(earlier) == f.count:
                f.persons = earlier
                continue
            if self.linear and sent.end < len(f.trigger.doc):
                # «Чацвярых абвінавачаных затрымалі … A, B і C з таго часу знаходзіліся ў СІЗА, D —
                # пад хатнім арыштам»: the next sentence names exactly that many
                nxt = f.trigger.doc[sent.end].sent
                following = self._named_between(nxt.start, nxt.end, index)
                if len(following) == f.count:
                    f.persons = following
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
            if not f.persons and f.type == "arrest":
                f.persons = self._verdicts_around(f, findings, index)
            if not f.persons and not self.linear and same and not same[-1].persons:
                self._count_told_back(f, same[-1])
        for f in findings:
            if id(f) in extras:
                f.persons += [p for p in extras[id(f)] if p not in f.persons]
                f.count = None  # «всех троих, а также X»: a group larger than its number

    def _verdicts_around(self, f: Finding, findings: list[Finding], index: PersonIndex) -> list[Person]:
        """(Russian) «X и Y приговорены к пяти и четырём годам. Ещё трое — A, B и C — получили
        условные сроки. Четверых фигурантов, в том числе D, суд оправдал. / Всех девятерых
        задержали в январе»: the arrest of «all N» told beside a verdict is the arrest of the
        case's defendants — the people whose own verdicts (a sentence, or an acquittal that freed
        them) the paragraph of «all N» or the two on either side tell, with those the «all N»
        sentence names itself, when they make up the N exactly, alone or with the people an
        acquittal there counts and leaves unnamed («Четверых фигурантов … оправдал»: four); any
        other number is another group, and no one is taken."""
        text = doc_text(f.trigger.doc)
        start, end = _paragraphs_around(text, f.trigger.idx, 2)
        people = self._named_between(f.trigger.sent.start, f.trigger.sent.end, index)
        for g in findings:
            if g is f or not start <= g.trigger.idx < end:
                continue
            if g.type == "sentence" or (g.type == "release" and self._acquittal(g.trigger.sent)):
                people += [p for p in g.persons if p not in people]
        acquitted = 0
        for sent in f.trigger.doc.sents:
            told = any(sent.start <= g.trigger.i < sent.end for g in findings)
            if start <= sent.start_char < end and not told:
                acquitted += self._acquitted_count(sent)
        if self.linear:
            # (Belarusian) only when the whole text's verdicts name those people and no one else:
            # «Яшчэ аднаго фігуранта …, які жыве ў Польшчы, суд завочна пакараў …» next to «Усіх
            # траіх чыгуначнікаў затрымалі» is a fourth verdict, and the window may cut a first one
            told = {id(p) for g in findings if g.type == "sentence" for p in g.persons}
            if told != {id(p) for p in people}:
                return []
            return people if len(people) >= 2 and f.count in (len(people), len(people) + acquitted) else []
        acquitted += self._unnamed_verdict_counts(f.count, findings, start, end)
        if len(people) >= 2 and f.count in (len(people), len(people) + acquitted):
            return people
        return self._verdicts_since_group(f, findings)

    def _defendants_by_noun(self, findings: list[Finding]) -> None:
        """(Russian) «Суд вынес приговор трём жителям Комсомольска … A — пожизненное, B — 19 лет, C
        — 8 лет. / Как сообщалось, фигуранты дела были задержаны в марте 2024 года»: an arrest whose
        patient is a bare plural noun of people (`group_nouns`: no word of its own but «дела», no
        place of its own for the arrest — those tell another group, as in
        `test_a_group_noun_for_another_group_passes_on_nobody`) told after the verdict of a
        counted group is the arrest of that group's defendants — the people whose verdicts are
        told from the group's sentence up to the arrest, when they make up its number exactly
        (`_verdicts_since_group`)."""
        if self.linear:
            return
        for f in findings:
            if f.type != "arrest" or f.persons or f.count is not None or f.trigger.sent.start == 0:
                continue
            noun = next(
                (
                    c
                    for c in f.trigger.children
                    if c.dep_ in ("nsubj", "nsubj:pass", "obj")
                    and c.pos_ == "NOUN"
                    and "Plur" in c.morph.get("Number")
                    and self._word_in(c, "group_nouns")
                ),
                None,
            )
            if noun is None or any(
                not self._word_in(c, "shared_case_nouns") for c in noun.subtree if c is not noun
            ):
                continue  # «других/молодых волонтёров», «фигурантов другого дела»: another group
            if any(c.dep_ == "obl" and c.ent_type_ == "LOC" for c in f.trigger.children):
                continue  # «В Бобруйске волонтёров задержали»: a place of its own, another group
            before = [
                g
                for g in findings
                if g.type == "sentence" and (g.count or 0) >= 2 and g.trigger.i < f.trigger.i
            ]
            if before:
                group = max(before, key=lambda g: g.trigger.i)
                f.persons = self._verdicts_since_group(f, findings, size=group.count)

    @staticmethod
    def _count_told_back(f: Finding, group: Finding) -> None:
        """(Russian) «… задержали шестерых верующих, в том числе A и B. Всех шестерых после допроса
        отпустили»: «all N» right after a group of N whose named members only join it later (a
        membership, «в том числе») tells that group again: linked to its cohort in assembly
        (`counted_back`), it takes the members the group gets there. Only the group of the same
        number told in the sentence just before, or earlier in the same sentence."""
        sent = f.trigger.sent
        prev = f.trigger.doc[sent.start - 1].sent if sent.start else sent
        if group.trigger.sent.start in (sent.start, prev.start):
            f.group_ref = True
            f.counted_back = True

    def _verdicts_since_group(
        self, f: Finding, findings: list[Finding], size: int | None = None
    ) -> list[Person]:
        """(Russian) «Суд вынес приговор пятерым жителям Речицы. … A — шесть лет; B — три года;
        остальные трое — C, D и E — … / [a paragraph of another kind] / Пятерых речичан задержали в
        один день»: when the verdict of a group of exactly N was told before the arrest of N, the
        people whose verdicts are told from that group's sentence up to the arrest (with the
        verdicts there that count their people unnamed) are the N, when they make it up exactly; a
        verdict told after the arrest, or another story's verdict in between, breaks the make-up
        and no one is taken."""
        size = size or f.count
        before = [
            g for g in findings if g.type == "sentence" and g.count == size and g.trigger.i < f.trigger.i
        ]
        if not before or size is None:
            return []
        group = max(before, key=lambda g: g.trigger.i)
        lo, hi = group.trigger.sent.start, f.trigger.sent.start
        people = list(group.persons)
        for g in findings:
            if (
                g is not group
                and lo <= g.trigger.i < hi
                and (g.type == "sentence" or (g.type == "release" and self._acquittal(g.trigger.sent)))
            ):
                people += [p for p in g.persons if p not in people]
        doc = f.trigger.doc
        unnamed = self._unnamed_verdict_counts(size, findings, doc[lo].idx, doc[hi].idx)
        return people if len(people) >= 2 and size in (len(people), len(people) + unnamed) else []

    @staticmethod
    def _unnamed_verdict_counts(size: int | None, findings: list[Finding], start: int, end: int) -> int:
        """(Russian) «Ещё двое — A и B — получили по 17 лет. Остальных четверых суд отправил в
        колонию на 13 лет»: how many defendants the verdicts between `start` and `end` count and
        leave unnamed — a sentence finding with a count smaller than the «all N» and no person, each
        sentence once. With the verdicts' named people they make up the case's N."""
        total = 0
        seen: set[int] = set()
        for g in findings:
            if (
                g.type == "sentence"
                and not g.persons
                and g.count is not None
                and 2 <= g.count < (size or 0)
                and start <= g.trigger.idx < end
                and g.trigger.sent.start not in seen
            ):
                seen.add(g.trigger.sent.start)
                total += g.count
        return total

    def _opening_group_number(self, words: list[Token], count: int | None, etype: str) -> bool:
        """(Russian) «Пятерых речичан задержали в один день», «Семеро мужчин были задержаны …»: an
        arrest whose sentence opens with its own count before a noun of people is a group told again
        — in a verdict report, the defendants (`_verdicts_around` decides, by exact make-up)."""
        if self.linear or etype != "arrest" or count is None or len(words) < 3:
            return False
        first, noun = words[0], words[1]
        return (
            is_number(first, self.lexicon)
            and number_value([first], self.lexicon) == count
            and noun.pos_ == "NOUN"
            and "Anim" in noun.morph.get("Animacy")
        )

    def _acquittal(self, sent: Span) -> bool:
        """A sentence with a verb of acquittal (`acquit_verbs`: «оправдал»)."""
        return any(self._word_in(x, "acquit_verbs") for x in sent)

    def _acquitted_count(self, sent: Span) -> int:
        """«Четверых фигурантов, в том числе журналистку X, суд оправдал», «Ещё двоих подсудимых
        суд оправдал»: how many people a sentence of acquittal with no event of its own counts
        (the number before a noun of people, or a collective numeral alone); 0 for any other."""
        if not self._acquittal(sent):
            return 0
        for x in sent:
            value = number_value([x], self.lexicon) if is_number(x, self.lexicon) else None
            if value is None or value != int(value) or value < 2:
                continue
            nxt = x.doc[x.i + 1] if x.i + 1 < sent.end else None
            if nxt is not None and nxt.pos_ == "NOUN" and "Anim" in nxt.morph.get("Animacy"):
                return int(value)
        return 0

    def _more_unnamed(self, sent: Span, first: int) -> int:
        """How many people the sentence adds unnamed before token `first` with «ещё» and a
        number («вместе с X и ещё одним мужчиной», «X, Y и ещё двое»): with the names before,
        they make up the «all N» that follows."""
        doc = sent.doc
        total = 0
        for x in doc[sent.start + 1 : first]:
            if self._word_in(doc[x.i - 1], "more") and is_number(x, self.lexicon):
                total += int(number_value([x], self.lexicon) or 0)
        return total

    def _named_before_all(self, f: Finding, sent: Span, first: int, index: PersonIndex) -> list[Person]:
        """The people named in the sentence before its «both» or «all N» (in a clause of its own:
        «Это были X и Y; … оба задержаны», «На площадь вышли X и Y, и вскоре оба были
        задержаны»), none of them only an agent; empty in Belarusian (no parse)."""
        if self.linear:
            return []
        return self._named_between(sent.start, first, index)

    def _all_of_them_sized(self, findings: list[Finding]) -> None:
        """«Четверо мужчин обвинялись … Все они были задержаны в феврале. … Всех четверых
        признали виновными»: «все они» after a sentence that counts N people with no event of
        its own are the N people an event of the article names as its group of N (no count:
        the number is not in the clause)."""
        if self.linear:
            return
        lex = self.lexicon
        for f in findings:
            if f.persons or f.count is not None or not f.group_ref or f.trigger.sent.start == 0:
                continue
            they = [
                c
                for c in f.trigger.children
                if c.dep_ in ("nsubj", "nsubj:pass", "obj")
                and c.lower_ in ("они", "их")
                and any(self._word_in(d, "all_of") for d in c.children)
            ]
            if not they:
                continue
            before = f.trigger.doc[f.trigger.sent.start - 1].sent
            sizes = {
                int(v)
                for x in before
                if is_number(x, lex)
                and (
                    x.dep_ in _SUBJECT
                    or (x.dep_.startswith("nummod") and "Anim" in x.head.morph.get("Animacy"))
                )  # people, not «от 27 до 58 лет»
                and (v := number_value([x], lex)) is not None
                and v == int(v)
                and v >= 2
            }
            if len(sizes) != 1:
                continue
            size = sizes.pop()
            named = [g for g in findings if g is not f and g.count == size and len(g.persons) == size]
            if len({tuple(map(id, g.persons)) for g in named}) == 1:
                f.persons = list(named[0].persons)

    def _case_group_number(self, words: list[Token], k: int) -> bool:
        """(Belarusian) «Чацвярых абвінавачаных затрымалі …»: a number opening its sentence
        before a noun of the case's people (`case_group_nouns`) is the case's group told
        before, as «усіх чатырох» is."""
        return (
            self.linear
            and k == 0
            and k + 1 < len(words)
            and (words[k].like_num or words[k].lower_ in self.lexicon.numbers)
            and words[k + 1].lower_ in self.lexicon.sets.get("case_group_nouns", ())
        )

    @staticmethod
    def _paragraph_before(t: Token, index: PersonIndex) -> list[Person]:
        """(Belarusian) «X … Яе сын Y застаўся ў калоніі.\n\nАбодвух затрымалі …»: the people
        the paragraph before the sentence of «both» / «all N» names (or the sentence's own
        paragraph up to it, when it does not open one), each once in order."""
        start, end = _paragraph_before_bounds(t)
        named: list[Person] = []
        for root, person in index.mention_roots():
            if start <= root.idx < end and person not in named:
                named.append(person)
        return named

    def _joined_list_before(self, t: Token, size: int, index: PersonIndex) -> list[Person]:
        """(Belarusian) «Падсудных — A, B, C і D — завялі ў клетку. Пяты, E, жыве ў Польшчы.
        \n\nУсіх чатырох затрымалі …»: «all N» is the one list of exactly N names joined by
        commas and «і» (a sentence whose names are that list alone) in the paragraph before,
        when the paragraph names others besides; two such lists give nobody."""
        start, end = _paragraph_before_bounds(t)
        found = [
            people
            for sent in t.doc.sents
            if start <= sent.start_char
            and sent.end_char <= end
            and len(people := self._coordinated_in(sent, index)) == size
            and not any(self._only_agent(p, index) for p in people)  # the bench is no list of them
        ]
        return found[0] if len(found) == 1 else []

    def _named_between(self, start: int, end: int, index: PersonIndex) -> list[Person]:
        """The people named from token `start` to `end`, each once in order, but no one told
        only as who pardoned, judged or reported (`_only_agent`)."""
        named: list[Person] = []
        for root, person in index.mention_roots():
            if start <= root.i < end and person not in named and not self._only_agent(person, index):
                named.append(person)
        return named

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

    def _told_next(self, f: Finding, findings: list[Finding], *, verdicts: bool = False) -> list[Person]:
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
        if verdicts:
            # (a verdict's members: their own verdicts and acquittals, «оправдал и освободил»; not
            # the arrest of a relative told a paragraph on)
            after = [
                g
                for g in after
                if g.type == "sentence"
                or g.type == "release"
                and any(self._word_in(x, "acquit_verbs") for x in g.trigger.sent)
            ]
        rest = 0
        if not self.linear:
            # (Russian) the group told in parts: «Двум другим фигурантам — X и Y — …» (a part
            # counted with as many names as its number), «Остальные четверо получили …» (the
            # unnamed rest: it makes up the number) and «Все четверо признаны виновными» (the
            # same group told again with no names) are the group's, not other groups
            rest = sum(self._rest_part(x) for x in doc[sent.end : end])
            after = [g for g in after if not (g.count is not None and not g.persons and g.count <= f.count)]
            after = [g for g in after if g.count is None or len(g.persons) == g.count]
        # («Адзін з іх быў у СІЗА, другі — пад хатнім арыштам»: a smaller part that names nobody
        # is the same people told in parts, no other group)
        after = [g for g in after if not (g.count is not None and not g.persons and g.count < f.count)]
        if not after or any(g.count is not None and len(g.persons) != g.count for g in after):
            return []
        if self.linear and any(g.count is not None for g in after):
            return []
        told: list[Person] = []
        for g in after:
            told += [p for p in g.persons if p not in told]
        return told if told and len(told) + rest == f.count else []

    def _rest_part(self, x: Token) -> int:
        """«Остальные четверо получили по три–четыре года»: a number right after «остальные» /
        «другие» (words.json `rest_words`) at a sentence's start counts the unnamed rest of a
        group whose other members were named; how many (0 when `x` is no such word)."""
        doc = x.doc
        if x.i != x.sent.start or not self._word_in(x, "rest_words") or x.i + 1 >= len(doc):
            return 0
        return int(number_value([doc[x.i + 1]], self.lexicon) or 0)

    def _verdict_group_told_next(self, findings: list[Finding]) -> None:
        """«Суд огласил приговор семи участникам протестов, задержанным в декабре. … Беридзе
        получил четыре с половиной года. Кавтарадзе и Гелашвили приговорили к двум годам.
        Остальные четверо получили по три–четыре года»: (Russian) a verdict read out on a
        counted group with no names, and the arrest its participle tells of that group, befall
        the people whose own verdicts (or acquittals) the next sentences tell one by one, when
        those with the unnamed rest make up the number (`_told_next`)."""
        if self.linear:
            return
        for f in findings:
            if f.persons or f.count is None or not 2 <= f.count <= 12 or f.type not in ("sentence", "arrest"):
                continue
            if not any(self._word_in(x, "verdict_basis") for x in f.trigger.sent):
                continue
            f.persons = self._told_next(f, findings, verdicts=True)

    def _all_named_after(self, f: Finding, index: PersonIndex) -> list[Person]:
        """«Трое абвінавачаных былі затрыманыя ў лютым. … Увялі X, Y і Z, усе трое ў кайданках»:
        (Belarusian) a counted group told with no names is the N people a later sentence names
        together with «усе N» or «усіх N» of its own count (the first such sentence only)."""
        lex = self.lexicon
        doc = f.trigger.doc
        for sent in doc[f.trigger.sent.end :].sents if f.trigger.sent.end < len(doc) else []:
            words = list(sent)
            stated = any(
                self._word_in(x, "all_of")
                and k + 1 < len(words)
                and number_value([words[k + 1]], lex) == f.count
                for k, x in enumerate(words)
            )
            if not stated:
                continue
            named, _ = _named_in(list(sent), index)
            return named if len(named) == f.count else []
        return []

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
            named = self._named_between(before.start, before.end, index)
            if len(named) >= 2:
                f.persons = named
                f.group_ref = False

    def _all_but(self, findings: list[Finding]) -> None:
        """«Все, кроме двоих, освобождены», «Усіх, акрамя двух, вызвалілі»: the number after
        «кроме» is the people left out, never the group's count; with «все» before it the
        count is the group counted before less them: the nearest group told before «все», in
        its own sentence too («освободили 17 политзаключённых, и всех, кроме одного, вывезли в
        Литву» is 16), as English 'all but one of them' reads (`en/membership.py`, `all_but`)."""
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
                alls = [y for y in words[:k] if self._word_in(y, "all_of")]
                if not alls:
                    break  # «Кроме двоих журналистов, задержали и активиста»: besides, not but
                if f.count == left_out:
                    f.count, f.group = None, None
                earlier = [g.count for g in ordered if g.count and g.trigger.i < alls[-1].i]
                if f.count is None and not f.persons and earlier and earlier[-1] > left_out:
                    f.count = earlier[-1] - int(left_out)
                    f.group_ref = True
                break

    def _named_and_others(self, f: Finding, index: PersonIndex) -> None:
        """«Сергей Тихановский и ещё 13 человек», «вместе с Алесем Беляцким — ещё 13»,
        «разам з 13 іншымі»: the named people and N others are N plus the named."""
        if f.count is None and f.persons:
            self._others_after_name(f)
        if f.count is not None and not f.persons:
            f.persons = self._named_before_more(f, index)
        if f.count is not None and not f.persons and self._with_others_only(f):
            f.count += 1  # «• травень 2025 — памілаваная разам з 15 іншымі»: the unnamed one and 15
            return
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
            if self._across_clauses(x, f.trigger):
                continue  # «Двоих отпустили; двое других остаются в ИВС»: others of another clause
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
            if together and more and not joined and not any(self._companions_hold(y, x) for y in together):
                return  # «Вместе с Назаровым выдворены ещё четверо»: the clause's N, the companion apart
            if others and not joined and not more and self._named_after(f, run[-1]):
                return  # «Двое других — A и B — получили …»: the names are the N themselves
            if others and not joined and after is not None and after.text in ("—", "–"):
                # «A и B забрали в апреле, остальных троих — в июне»: the dash stands for the
                # verb of a clause of its own, another occasion; its N are not added to A and B
                return
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

    def _with_others_only(self, f: Finding) -> bool:
        """The finding's count is the N of «разам з N іншымі» / «вместе с N другими» (together
        with N others) and the sentence has no other number: "others" are others than someone,
        so the group is N plus the one whose verb or participle it is, even when that one is not
        named in the sentence (a dated line of one person's chronology, a subject told before)."""
        doc = f.trigger.doc
        sent = doc[f.trigger.sent.start : f.trigger.sent.end]
        numbers = [
            x
            for x in sent
            if (x.like_num or is_number(x, self.lexicon))
            and not (x.is_digit and len(x.text) == 4)  # «травень 2025»: a year counts no one
        ]
        if len(numbers) != 1 or f.trigger.i > numbers[0].i:
            return False
        x = numbers[0]
        return number_value([x], self.lexicon) == f.count and self._together_others(x, x)

    def _companions_hold(self, together: Token, number: Token) -> bool:
        """«вместе с ещё 11 заключёнными»: the number is inside the «вместе с» phrase (only
        «с», «ещё» between), so the named patient goes with N others; in «Вместе с ним
        осуждены ещё двое» the N are the verb's own group, the companion is not one of them."""
        between = together.doc[together.i + 1 : number.i]
        return 0 < len(between) <= 2 and all(
            self._word_in(y, "with_prepositions") or self._word_in(y, "more") for y in between
        )

    def _counted_participle_part(self, findings: list[Finding]) -> None:
        """«Двое освобождённых остались в Беларуси», «Трое помилованных домой не попали»: a
        participle standing as the counted noun of another verb's clause, smaller than a group
        of its event counted before, tells a part of that group again; no group of its own."""
        for f in findings:
            t = f.trigger
            if f.count is None or not self._participle_as_counted_noun(t):
                continue
            if any(
                g.type == f.type and g.count and g.count > f.count and g.trigger.i < t.sent.start
                for g in findings
            ):
                for g in findings:
                    if g.pronoun_group and g.count is None and g.type != f.type and g.trigger.sent == t.sent:
                        g.count = f.count  # «Трое помилованных … : их довезли до границы»: «их» are the three
                f.count = None

    def _participle_as_counted_noun(self, t: Token) -> bool:
        """«четверо освобождённых», «двух других помилованных», «чацвёра вызваленых»: a full
        participle in the plural oblique form a numeral governs («-ых», «-их»), with no noun of
        its own, stands as the counted noun; the parse varies (the numeral its child or its
        head, a Belarusian form read as a noun or an adjective), the words do not."""
        if (
            "Part" in t.morph.get("VerbForm")
            and t.dep_ in ("nsubj", "nsubj:pass", "obj", "ROOT")  # (ROOT: a misparse of the same)
            and any(c.dep_.startswith("nummod") for c in t.children)
        ):
            return True
        if not t.lower_.endswith(("ых", "их")):
            return False
        # («четверо задержанных активистов»: the noun is the group; a Belarusian «астатніх сямёх
        # памілаваных» misparsed as the numeral's modifier is the counted noun still)
        if (
            t.dep_ in ("amod", "acl")
            and t.head.i != t.i
            and not (self.linear and t.head.i < t.i and is_number(t.head, self.lexicon))
        ):
            return False
        if t.dep_ in ("nmod", "nsubj", "obj", "xcomp") and is_number(t.head, self.lexicon) and t.head.i < t.i:
            return True  # «чацвёра вызваленых»: the numeral read as the head
        # the numeral just before, past an adjective («других», «іншых») or «ещё»
        for x in reversed(t.doc[max(t.sent.start, t.i - 3) : t.i]):
            if is_number(x, self.lexicon):
                return True
            if not (x.lower_.endswith(("ых", "их")) or self._word_in(x, "more")):
                return False
        return False

    def _held_state_uncounted(self, findings: list[Finding]) -> None:
        """«остальные шестеро оставались под стражей», «Ещё двое остаются под стражей»: a number
        of people still held is a state, no group of an arrest (not «Все трое находятся под
        стражей», the group told before)."""
        for f in findings:
            t = f.trigger
            if (
                f.type != "arrest"
                or f.count is None
                or self._held_verb(t).lower_ not in self.lexicon.sets.get("remain_verbs", ())
            ):
                continue
            if any(self._word_in(x, "all_of") for x in t.sent):
                continue
            if any(
                "Part" in x.morph.get("VerbForm") and self.label_of_lemma.get(x.lemma_.lower()) == "arrest"
                for x in t.doc[t.sent.start : t.i]
            ):
                continue  # «трое её коллег, арестованных тогда же, остаются в СИЗО»: the participle's group
            f.count = None

    @staticmethod
    def _held_verb(t: Token) -> Token:
        """The verb of `t`'s clause; for a gapped one («трое находились в СИЗО, двое — под
        домашним арестом») the verb it leaves out, the one of the clause it is joined to."""
        if t.dep_ == "orphan" and t.head.dep_ == "conj":
            return t.head.head
        return t

    def _both_uncounted(self, findings: list[Finding]) -> None:
        """«Обоих признали виновными»: «both» finds the two people named before (`_all_of_them`)
        but, in the Russian gold, gives the group no count of its own. (Belarusian: only when a
        pair was counted before, «Двух … затрымалі. Абодва раней адбылі …»; «both» that first
        tells of the pair, «Абодвух затрымалі 14 кастрычніка», counts it.)"""
        pairs = [f.trigger.i for f in findings if f.count == 2]
        for f in findings:
            if f.count != 2:
                continue
            t = f.trigger
            if self.linear and (not f.persons or not any(i < t.sent.start for i in pairs)):
                continue  # (whom «both» stands for, when not found here, the group's cohort tells)
            if any(
                uncounted_numeral(x, self.lexicon) and (x.head.i in (t.i, t.head.i) or abs(x.i - t.i) <= 2)
                for x in t.sent
            ):
                f.count = None
                if self.linear:
                    f.group_ref = False  # (the two found, no group for a cohort to add others to)

    @staticmethod
    def _named_after(f: Finding, number: Token) -> bool:
        """Every name of the finding told in the number's sentence stands after the number: the
        list names the counted, not people besides them."""
        sent = number.sent
        starts = [a for p in f.persons for a, _ in p.mentions if sent.start <= a < sent.end]
        return bool(starts) and all(a > number.i for a in starts)

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
                named_after = [p for p in f.persons if any(end < a < sent.end for a, _ in p.mentions)]
                if value is not None and len(named_after) >= value:
                    return  # «X и ещё один участник акции, студент Y»: the others are named, no count
                if value is not None:
                    f.count = value  # the named are added by the caller
                    f.group_ref = True
                    return

    def _named_before_more(self, f: Finding, index: PersonIndex) -> list[Person]:
        """«В сентябре Петренко и ещё 13 человек помиловали»: a name joined by «и» to the counted
        «ещё N» of the trigger's clause is one of the group, though a slip of the parse left the
        name off the trigger (no comma between them; no judge or prosecutor)."""
        doc = f.trigger.doc
        sent = f.trigger.sent
        for person in index.persons:
            for _, end in person.mentions:
                if not (sent.start < end < sent.end - 2 and doc[end].lower_ in self.lexicon.sets["and"]):
                    continue
                if not self._word_in(doc[end + 1], "more") or self._others_from(end + 1, sent) != f.count:
                    continue
                lo, hi = sorted((end, f.trigger.i))
                if any(x.text in (",", ";", ":", "—") for x in doc[lo:hi]) or self._only_agent(person, index):
                    continue
                return [person]
        return []

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

    def _others_uncounted(self, findings: list[Finding]) -> None:
        """A number that counts someone other than the people the trigger tells of gives the event
        no count, when every number of the trigger's sentence with the event's count is such a
        number (Russian, read from the parse; census of session 60, docs/extract-ru-be.md):
        victims of a harm word («задержан мужчина, подозреваемый в расстреле двоих охотников»,
        «…, которая убила 30 человек, приговорили …», `_victim_number`) or the agents of an active
        trigger verb with an object of its own («двое полицейских задержали активиста»,
        `_agent_number`)."""
        if self.linear:
            return
        lex = self.lexicon
        for f in findings:
            if f.count is None:
                continue
            t = f.trigger
            numbers = [
                x
                for x in t.sent
                if (x.like_num or x.lower_ in lex.numbers)
                and x.i != t.i
                and number_value([x], lex) == f.count
            ]
            if numbers and (
                all(self._victim_number(x) for x in numbers) or all(self._agent_number(x, t) for x in numbers)
            ):
                f.count = None
                f.group_ref = False

    @staticmethod
    def _agent_number(x: Token, t: Token) -> bool:
        """`x` (a number) or the noun it counts is the subject of `t`, an active finite verb
        with an object («двое полицейских отпустили закладчицу»); not a passive or reflexive
        verb («двое задержаны», «трое освободились»), whose subject is its patient."""
        noun = x.head if x.dep_ in ("nummod", "nummod:gov") and x.head.pos_ == "NOUN" else x
        return (
            noun.dep_ == "nsubj"
            and noun.head.i == t.i
            and not {"Acc", "Gen"} & set(x.morph.get("Case"))  # («ещё двоих — в январе»: an object)
            and t.pos_ == "VERB"
            and "Fin" in t.morph.get("VerbForm")
            and not t.dep_.startswith("acl")  # («Ещё двое из тех, кого вывезли, — …»: the antecedent)
            and "Pass" not in t.morph.get("Voice")
            and not t.lower_.endswith(("ся", "сь"))
            and any(c.dep_ == "obj" and c.i != noun.i and _someone(c) for c in t.children)
        )

    def _victim_number(self, x: Token) -> bool:
        """`x` (a number) or the noun it counts hangs on a harm word: «расстреле двоих
        охотников», «убила 30 человек», «нападении на пятерых». A shooting noun (`shooting_nouns`)
        is a crime unless in the dative, where it is the death penalty («к расстрелу двоих»)."""
        noun = x.head if x.dep_ in ("nummod", "nummod:gov") and x.head.pos_ == "NOUN" else x
        harm = noun.head
        if harm.i == noun.i or noun.dep_ not in ("nmod", "obj", "obl"):
            return False
        lemma = harm.lemma_.lower()
        if lemma in self.lexicon.sets.get("shooting_nouns", ()):
            return "Dat" not in harm.morph.get("Case")  # («в расстреле двоих»; not «к расстрелу двоих»)
        return self._word_in(harm, "harm_nouns") or (
            harm.pos_ == "VERB" and lemma in self.lexicon.sets.get("harm_verbs", ())
        )

    def _inexact_size_uncounted(self, findings: list[Finding]) -> None:
        """«За месяц освободили 12 человек, а задержали вдвое больше»: an event whose own clause
        sizes its group by a comparison or an inexact part (`_size_not_exact`) takes no number,
        neither one read for it nor the one a dropped «их» would borrow from the sentence."""
        for f in findings:
            if (f.count is not None or f.pronoun_group) and self._size_not_exact(f.trigger):
                f.count = None
                f.pronoun_group = False

    def _size_not_exact(self, t: Token) -> bool:
        """«а затрымалі ў дзесяць разоў больш», «задержали вдвое больше», «большинство из них вышли
        на свободу»: the trigger's own clause gives its group's size as a comparison or an inexact
        part, so no number of another clause counts that group (GUIDELINES: approximate numbers
        carry no count; session 55, docs/extract-ru-be.md). The clause runs between punctuation or
        a joining word («а», «но», «и») on either side of the trigger."""
        doc = t.doc
        stops = _CLAUSE_JOINERS
        start = t.i
        while start > t.sent.start and not (doc[start - 1].is_punct or doc[start - 1].lower_ in stops):
            start -= 1
        end = t.i + 1
        while end < t.sent.end and not (doc[end].is_punct or doc[end].lower_ in stops):
            end += 1
        if any(doc[k].text in ("—", "–") for k in range(end, t.sent.end)):
            # «Большинство отправили в Киев, а группу из шести — в Вильнюс»: a gapped clause after
            # it repeats the verb with a number of its own (sessions 53 and 54)
            return False
        for k in range(start, end):
            if self._word_in(doc[k], "majority_words"):
                return True
            if self._word_in(doc[k], "inexact_parts") and k + 1 < end and self._word_in(doc[k + 1], "out_of"):
                return True  # «часть из них», «некаторыя з іх» (not «по части 2 статьи»)
            if self._word_in(doc[k], "size_comparatives") and (
                k + 1 == end or any(self._word_in(m, "size_multipliers") for m in doc[max(start, k - 3) : k])
            ):
                return True  # «вдвое больше», «ў пяць разоў больш.» («больше 30» is approximate anyway)
        return False

    def _across_clauses(self, x: Token, t: Token) -> bool:
        """A clause boundary stands between the number `x` and the trigger `t`: a semicolon, or
        a comma opening a clause with a rest word («…, астатнія сямёра начавалі на Акрэсціна»,
        «…, остальные трое остаются в СИЗО») or with a contrast word and a subject of its own
        («Шестерых отпустили …, а Сухих суд арестовал»; «…, а затем вывезли» keeps the group).
        The number counts the other clause's people, not the event's group (session 53 census,
        docs/extract-ru-be.md)."""
        doc = x.doc
        lo, hi = sorted((x.i, t.i))
        for k in range(lo + 1, hi):
            if doc[k].text == ";":
                return True
            if doc[k].text != "," or k + 1 >= hi:
                continue
            opener = doc[k + 1]
            if any(opener.lower_ in self.lexicon.sets.get(kind, ()) for kind in _REST_KINDS):
                if self._gapped_rest(opener):
                    continue  # «A и B забрали в апреле, остальных троих — в июне»: the verb shared
                return True
            if not self._word_in(opener, "contrast") or (
                k + 2 < len(doc) and self._word_in(doc[k + 2], "contrast_keep")
            ):
                continue
            if not self.linear and self._gapped_contrast(opener):
                continue  # «…вывезли в Украину, а группу из девяти человек, в которую попал X, — в Литву»
            if x.i > k:
                return True  # «…, а двое іншых правялі …»: the later clause's own number
            # the trigger's clause after «а» names whom it tells of
            if any(self._names_whom(y) for y in doc[k + 2 : t.i]):
                return True
        return False

    @staticmethod
    def _gapped_rest(opener: Token) -> bool:
        """The rest's clause from `opener` to the next comma or semicolon holds a dash: the dash
        stands for the verb of the clause before («остальных троих — в июне»), whose event the
        rest shares."""
        for y in opener.doc[opener.i : opener.sent.end]:
            if y.text in (",", ";"):
                return False
            if y.text in ("—", "–"):
                return True
        return False

    @staticmethod
    def _gapped_contrast(opener: Token) -> bool:
        """(Russian, read off the parse) The contrast clause from `opener` reaches a dash before a
        finite verb of its own (one in a relative clause inside it does not count): the dash stands
        for the verb of the clause before («…вывезли в Украину, а группу из девяти человек, в которую
        попал и X, — в Литву»), so its number counts that verb's event, as `_gapped_rest` finds for
        a rest of the group."""
        for y in opener.doc[opener.i + 1 : opener.sent.end]:
            if y.text == ";":
                return False
            if y.text in ("—", "–"):
                return True
            if "Fin" in y.morph.get("VerbForm") and not any(a.dep_ == "acl:relcl" for a in (y, *y.ancestors)):
                return False
        return False

    def _names_whom(self, y: Token) -> bool:
        """A name, a number or a group noun: a word that tells whom a clause is about."""
        named = y.pos_ == "PROPN" or self._word_in(y, "group_nouns")
        return named or y.like_num or y.lower_ in self.lexicon.numbers

    def _group_with_clause(self, x: Token) -> bool:
        """(Belarusian) «адзін з 12 журналістаў, якіх затрымалі»: the number counts a group
        noun whose relative clause tells the event, so the whole is the event's group."""
        doc = x.doc
        lex = self.lexicon
        k = x.i + 1
        if k >= len(doc) or not self._word_in(doc[k], "group_nouns"):
            return False
        # the noun's own modifier may stand before its clause («адзін з пяці педагогаў горада,
        # якіх затрымалі», «адна з чатырох адміністратараў чата "…", якіх …»): up to the comma
        stretch = range(k + 1, min(x.sent.end, k + 1 + _NOUN_MODIFIER_SPAN))
        comma = next((j for j in stretch if doc[j].text in _CLAUSE_MARKS), None)
        return (
            comma is not None
            and doc[comma].text == ","
            and comma + 1 < len(doc)
            and doc[comma + 1].lower_ in lex.sets.get("relative_plural", ())
        )

    def _together_others(self, first: Token, last: Token) -> bool:
        """«разам з 13 іншымі», «вместе с 13 другими»: a number of others with no noun after
        «together with» counts people (the named are added to it)."""
        doc = first.doc
        return (
            first.i >= 2
            and self._word_in(doc[first.i - 2], "together")
            and last.i + 1 < len(doc)
            and self._word_in(doc[last.i + 1], "others")
        )

    def _fronted_whole(self, x: Token) -> bool:
        """(Belarusian, read word by word) «З 30 затрыманых …», «…, з 12 асуджаных …»: a number
        right after «з» opening the sentence or a clause names the whole a part is taken from."""
        doc = x.doc
        k = x.i - 1
        return (
            k >= x.sent.start
            and self._word_in(doc[k], "out_of")
            and (k == x.sent.start or doc[k - 1].text == ",")
        )

    def _part_after_fronted_whole(self, x: Token, t: Token) -> bool:
        """«З 30 затрыманых 18 пазней адпусцілі»: a bare number after a fronted whole, before the
        verb, counts the part of those people the verb tells of."""
        doc = x.doc
        opener = next((y for y in doc[x.sent.start : x.i] if self._fronted_whole(y) and y.like_num), None)
        return opener is not None and x.i < t.i and opener.i < x.i - 1

    def _of_them(self, first: Token, last: Token) -> bool:
        doc = first.doc
        before = [x.lower_ for x in doc[max(first.sent.start, first.i - 2) : first.i]]
        after = [x.lower_ for x in doc[last.i + 1 : min(last.sent.end, last.i + 3)]]
        them = self.lexicon.sets.get("of_them", set())
        return (len(before) == 2 and before[1] in them and before[0] in self.lexicon.sets["out_of"]) or (
            len(after) == 2 and after[1] in them and after[0] in self.lexicon.sets["out_of"]
        )

    def _part_between(self, t: Token, u: Token) -> bool:
        """Whether the words between two tokens name a part of a group as a clause's own subject
        or object: «большасць / частка / амаль усе / астатнія», a number or «адзін» with «з іх»."""
        lo, hi = sorted((t.i, u.i))
        return any(self._part_of_group(x) for x in t.doc[lo + 1 : hi])

    def _parts_apart(self, findings: list[Finding]) -> None:
        """«амаль усіх вывезлі, а адзін з іх, X, зноў апынуўся за кратамі»: a verb the parse
        conjoins to another past a part of a group is told of that part, not of the other
        verb's group (its people go to no cohort of the other verb)."""
        by_token = {f.trigger.i: f for f in findings}
        for f in findings:
            t = f.trigger
            if t.dep_ == "conj" and t.head.i in by_token and self._part_between(t.head, t):
                f.own_patient = True

    def _part_of_group(self, x: Token) -> bool:
        """«большинство», «остальные» (`part_of_group`), «почти все», «один / пятеро / 12 из
        них»: a word that takes some of a group, whose verb is told of them only."""
        if self._word_in(x, "part_of_group"):
            return True
        nxt = x.doc[x.i + 1] if x.i + 1 < len(x.doc) else None
        if nxt is not None and self._word_in(x, "almost") and self._word_in(nxt, "all_of"):
            return True  # «амаль усіх», «почти все» (not «почти сразу»)
        counts = x.like_num or x.lower_ in self.lexicon.numbers
        return (counts or self._word_in(x, "one_of") or self._word_in(x, "collective")) and self._of_them(
            x, x
        )

    def _dressed_agents(self, x: Token) -> bool:
        """«двое ў цывільным», «трое ў масках»: a collective numeral followed by what its people
        wear (`agent_dress`) names those who acted (plain-clothes officers), not a counted group."""
        doc = x.doc
        if x.i + 2 >= len(doc) or doc[x.i + 1].lower_ not in ("у", "ў", "в"):
            return False
        return doc[x.i + 2].lower_ in self.lexicon.sets.get("agent_dress", ())

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

    def _fronted_membership_count(self, f: Finding, index: PersonIndex) -> None:
        """«Баранову в числе 11 заключённых помиловали», «его среди 16 политзаключённых
        освободили»: a membership phrase (`membership_counts`: «в числе N», «среди N», «в группе
        из N», then the counted noun) standing between a fronted named object and its finite
        verb is the size of the group the person was freed (or held) with. natasha hangs the verb
        on «числе» there, so the tree gives no count; read it by position. Not «в том числе»,
        not a number with no noun of people after it. Census (session 52, every Russian read set):
        3 such phrases before the verb — one pronoun object read by `_unparsed`, one inverted
        subject read by `_inverted_subject`, one (`syn16-ru-a`) with no count before."""
        t = f.trigger
        if f.count is not None or not f.persons or t.pos_ != "VERB" or "Fin" not in t.morph.get("VerbForm"):
            return
        doc = t.doc
        lex = self.lexicon
        k = t.i - 1
        nouns: list[Token] = []
        while k > t.sent.start and doc[k].pos_ in ("NOUN", "ADJ") and "Plur" in doc[k].morph.get("Number"):
            nouns.insert(0, doc[k])
            k -= 1
        noun = next((x for x in reversed(nouns) if x.pos_ == "NOUN"), None)
        if noun is None or not (self._word_in(noun, "group_nouns") or "Anim" in noun.morph.get("Animacy")):
            return
        run: list[Token] = []
        while k > t.sent.start and (doc[k].like_num or doc[k].lower_ in lex.numbers):
            run.insert(0, doc[k])
            k -= 1
        if not run:
            return
        if doc[k].lower_ == "из" and k > t.sent.start:
            k -= 1  # «в группе из 14 человек»
        word = doc[k]
        if not self._word_in(word, "membership_counts") or doc[k - 1].lower_ in ("том", "тым"):
            return
        if not any(t.sent.start <= a < word.i for p in f.persons for a, _ in p.mentions):
            return  # the person is named before the phrase, in its sentence: the fronted object
        value = number_value(run, lex)
        if value is not None and value > 1 and value == int(value):
            f.count, f.group = int(value), noun.lemma_

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
        best: tuple[int, int, str | None, Token | None] | None = None
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
                and not self._group_with_clause(x)
            ):
                continue  # «Адзін з двух вызваленых — X»: the size of the whole one is taken from
            if self.linear and self._series_term_number(x):
                continue  # «X атрымаў восем, студэнт Y — …, Z — пяць гадоў»: a term, nobody counted
            if self.linear and self._part_of_counted_whole(x, finding.type):
                continue  # «імёны сямі з 16 вызваленых»: the part known; the whole's number counts
            run = [x]
            while run[-1].i + 1 < t.sent.end and (
                doc[run[-1].i + 1].like_num or doc[run[-1].i + 1].lower_ in lex.numbers
            ):
                run.append(doc[run[-1].i + 1])
            after = doc[run[-1].i + 1 : min(t.sent.end, run[-1].i + 4)]
            noun = next((a for a in after if self._word_in(a, "group_nouns") or self._demonym(a)), None)
            if self.linear and noun is not None and noun.i != t.i and self._fronted_whole(x):
                continue  # «З 30 затрыманых 18 адпусцілі»: the whole a part is taken from
            if noun is None and self._of_them(x, run[-1]):
                noun = x  # «з іх 14 вывезлі», «пятеро из них»: a part of a group of people
            if noun is None and self.linear and self._part_after_fronted_whole(x, t):
                noun = x  # «З 30 затрыманых 18 адпусцілі»: the part of the whole told before it
            if noun is None and self._together_others(x, run[-1]):
                noun = x  # «разам з 13 іншымі»: the others the named went with are people
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
                    or self._past_insertion(run[-1], t, trigger_ids)
                )
            ):
                noun = x  # «усе 14 былі вывезены», «асудзіў усіх чатырох»: «all» and a number count people
            if noun is None or any(
                self._word_in(a, "not_counted") for a in after[: max(1, noun.i - run[-1].i)]
            ):
                continue
            if after and self._word_in(after[0], "dates"):
                continue  # «20 декабря арестован гражданин»: a day of a month
            if self._identified(x):
                continue  # «ужо ўсталявала шасцёх вызваленых»: how many are known by name, no group
            if _owned(x):
                continue  # «…, у неё двое детей»: what someone has, no group of the event
            if self._across_clauses(x, t):
                continue  # «дзевяць адпусцілі, астатнія сямёра начавалі …»: another clause's number
            if self._of_one_person(x, noun) or not self.linear and _in_clause_without(x, t):
                continue  # «Биби, которая воспитывала пятерых детей, приговорили»: the clause's own number
            if self.linear and self._in_conjunction_clause(x, t):
                continue  # «памёр, пакуль абодва сыны былі за кратамі»: the clause's own subject
            if self._recognised_number(x):
                continue  # «ещё 17 человек признали политзаключёнными»: who was recognised, no event's group
            if self._number_of_a_tally(x, t):
                continue  # «…, а число политзаключённых превышает 1 100»: a running total, no group
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
            # (Belarusian: the Russian parse is left as it was, unmeasured there)
            verb_after = _past_insertion_word(last) if self.linear else _next_word(last)
            if _remain_before(x, remain) or (
                verb_after is not None
                and verb_after.lower_ in remain
                and not (x.i > t.sent.start and self._word_in(doc[x.i - 1], "all_of"))  # «Усе трое …»
            ):
                # «пасля памілавання застаецца 1 103 палітвязні»: a running total; «трое
                # застаюцца ў СІЗА»: those still held, no group of the event
                continue
            value = number_value(run, lex)
            if value is None or value != int(value) or value < 2:
                continue
            distance = abs(x.i - t.i)
            nearer = [i for i in sent_triggers if abs(x.i - i) < distance]
            if self._of_them(x, run[-1]):
                # «вызвалілі 20, 14 з іх былі прымусова вывезеныя»: a part of a group told before
                # is the subject of a verb after it, never the count of the whole's own verb
                nearer = [i for i in nearer if i > x.i]
            if (
                nearer
                and not self._relative_of_counted(last, t)
                and not self._past_set_off_participle(last, t, nearer)
            ):
                continue  # the number belongs to a nearer trigger
            if best is None or distance < best[0]:
                own = noun if noun is not x else None
                best = (distance, int(value), own.lower_ if own is not None else None, own)
        if best is not None:
            finding.count = best[1] + (self._linear_conjoined_size(best[3]) if best[3] is not None else 0)
            finding.group_ref = True
            finding.group = finding.group or best[2]  # «трох журналістаў»: who the number counts

    def _conjoined_sizes(self, noun: Token) -> int:
        """«12 мужчин и три женщины», «пять активистов и двух журналистов»: counted people
        joined by «и» to a counted group are one group the event befell together, a total told
        as its parts (0 when a conjunct is uncounted, a thing or a name)."""
        lex = self.lexicon
        conjuncts = [c for c in noun.children if c.dep_ == "conj"]
        if not conjuncts or not all(
            any(self._word_in(k, "and") for k in c.children if k.dep_ == "cc") for c in conjuncts
        ):
            return 0
        sizes = [
            count_of(c, lex)[0]
            for c in conjuncts
            if c.pos_ == "NOUN" and c.ent_type_ != "PER" and "Anim" in c.morph.get("Animacy")
        ]
        if len(sizes) != len(conjuncts) or None in sizes:
            return 0
        return sum(n for n in sizes if n is not None)

    def _linear_conjoined_size(self, noun: Token) -> int:
        """(Belarusian, read word by word) «12 мужчын і тры жанчыны»: a number and a people noun
        right after «і» that follows the counted noun add to its group (0 otherwise)."""
        lex = self.lexicon
        doc = noun.doc
        k = noun.i + 1
        if k + 1 >= noun.sent.end or not self._word_in(doc[k], "and"):
            return 0
        run = []
        j = k + 1
        while j < noun.sent.end and (doc[j].like_num or doc[j].lower_ in lex.numbers):
            run.append(doc[j])
            j += 1
        if not run or j >= noun.sent.end or not self._word_in(doc[j], "group_nouns"):
            return 0
        value = number_value(run, lex)
        return int(value) if value is not None and value == int(value) and value >= 1 else 0

    def _total_reached(self, x: Token, t: Token) -> bool:
        """«количество задержанных достигло 200 человек», «число арестованных превысило 300»: the
        count noun right before the trigger is the subject of a verb of reaching (`_REACHED`)
        whose object is the number: a running total, not the size of one group."""
        if t.i <= t.sent.start or not self._word_in(t.doc[t.i - 1], "count_nouns"):
            return False
        verb = t.doc[t.i - 1].head
        return verb.lemma_.lower() in _REACHED and verb.i in (x.head.i, x.head.head.i)

    def _number_of_a_tally(self, x: Token, t: Token) -> bool:
        """«число политзаключённых превышает 1 100», «колькасць палітвязняў складае 1 150»: a
        count noun (`count_nouns`) opening `x`'s clause, a few words before it, tells what the
        number totals; unless the noun stands right before the trigger («Число освобождённых —
        13»: the count of the trigger's own group), it is a tally, not the event's group."""
        doc = x.doc
        if self._total_reached(x, t):
            return True
        for y in reversed(doc[max(x.sent.start, x.i - 5) : x.i]):
            if y.i == t.i or y.text in (",", ";", ":"):
                return False
            if self._word_in(y, "count_nouns"):
                if any(z.pos_ == "ADP" or z.lower_ in ("в", "у", "ў") for z in doc[max(0, y.i - 2) : y.i]):
                    # «в числе 123 политзаключённых», «у ліку», «в том числе пятеро»: among them,
                    # including, the group itself or its part, no tally
                    return False
                return not (y.i + 1 < len(doc) and doc[y.i + 1].i == t.i)
        return False

    def _in_conjunction_clause(self, x: Token, t: Token) -> bool:
        """(Linear reading) `x` stands in a clause opened by a conjunction (`clause_conjunctions`:
        «пакуль», «калі», «хоць») that `t` is outside of: the stretch from the conjunction, at the
        sentence's start or after a comma, to the next comma or dash holds `x` and not `t`."""
        doc = x.doc
        start = x.sent.start
        k = x.i - 1
        while k >= start and doc[k].text not in (",", "—", "–", ";", ":"):
            k -= 1
        opener = doc[k + 1]
        if opener.i == x.i or not self._word_in(opener, "clause_conjunctions"):
            return False
        end = x.i + 1
        while end < x.sent.end and doc[end].text not in (",", "—", "–", ";", ":"):
            end += 1
        return not (opener.i <= t.i < end)

    def _recognised_number(self, x: Token) -> bool:
        """`x` stands in a stretch (between commas, dashes or the sentence's ends) that says who
        was recognised as political prisoners: a verb of recognising (`recognition_stems`:
        «прызналі», «признаны», «лічаць») and «палітвязнямі» / «политзаключёнными»
        (`recognised_as`). That number counts the recognised (a weekly tally, or a group told
        again), not a group an arrest, a verdict or a release of the sentence happened to."""
        sets = self.lexicon.sets
        stems = tuple(sets.get("recognition_stems", ()))
        if not stems:
            return False
        doc = x.doc
        bounds = (",", "—", "–", ";", ":")
        start = x.i
        while start > x.sent.start and doc[start - 1].text not in bounds:
            start -= 1
        end = x.i + 1
        while end < x.sent.end and doc[end].text not in bounds:
            end += 1
        stretch = doc[start:end]
        return any(w.lower_ in sets.get("recognised_as", ()) for w in stretch) and any(
            w.lower_.startswith(stems) for w in stretch
        )

    def _identified(self, x: Token) -> bool:
        """(Belarusian) «праваабаронцы ўжо ўсталявалі шасцёх вызваленых», «высветлілі траіх
        затрыманых»: a number right after a verb of finding out who (`identify_stems`, an
        adverb between) counts the people identified so far, not the group of the event; so does
        a number right after the word for names (`names_of`, «ещё» between: «Імёны яшчэ
        адзінаццаці чалавек праваабаронцы не разгалошваюць»): whose names are told or kept back,
        a part of the group told before, not a group of its own."""
        stems = tuple(self.lexicon.sets.get("identify_stems", ()))
        doc = x.doc
        before = [y for y in doc[max(x.sent.start, x.i - 2) : x.i] if not y.is_punct]
        if before and self._word_in(before[-1], "more"):
            before = before[:-1]
        if before and before[-1].lower_ in self.lexicon.sets.get("names_of", ()):
            return True
        return bool(stems) and any(y.is_lower and y.lower_.startswith(stems) for y in before)

    def _demonym(self, x: Token) -> bool:
        """(Belarusian) «трох гарадзенцаў», «пяці мінчан», «двух магілёўцаў»: a lower-case noun of
        the people of a town (`demonym_endings`) counts people, as a group noun does."""
        endings = tuple(self.lexicon.sets.get("demonym_endings", ()))
        return bool(endings) and x.is_lower and len(x.text) > 5 and x.lower_.endswith(endings)

    def _relative_of_counted(self, last: Token, t: Token) -> bool:
        """(Belarusian) «асудзіў чатырох работнікаў дэпо, якіх затрымалі ў 2022 годзе»: the
        trigger opens a plural relative clause on the counted noun, whose size it shares; so
        does a second verb of that clause joined by «і» («сярод 16 палітвязняў, якіх памілавалі
        і ў той жа дзень вывезлі на мяжу»: the sixteen were removed too)."""
        doc = t.doc
        if not self.linear or t.i <= last.i:
            return False
        comma = next((k for k in range(last.i + 1, min(t.i, last.i + 6)) if doc[k].text == ","), None)
        if comma is None or comma + 1 >= t.i or not self._word_in(doc[comma + 1], "relative_plural"):
            return False
        clause = doc[comma + 1 : t.i]
        if any(y.is_punct for y in clause):
            return False
        if t.i - comma <= 4:
            return True
        joined = [k for k, y in enumerate(clause) if y.lower_ in self.lexicon.sets["and"]]
        return (
            t.i - comma <= 10
            and len(joined) == 1
            and joined[0] > 1
            and not any(self._word_in(y, "relative_words") for y in clause[1:])
        )

    def _past_set_off_participle(self, last: Token, t: Token, nearer: list[int]) -> bool:
        """(Belarusian) «Чатырнаццаць палітвязьняў, памілаваных у аўторак, у сераду ўвечары
        апынуліся ў Літве»: the counted noun, then a participle set off by commas (the nearer
        trigger, which keeps the count: they were pardoned), then the verb whose subject the
        counted noun is, up to four words past the closing comma with no mark or other trigger
        between: the group is that verb's too. Only when every nearer trigger is that participle."""
        doc = t.doc
        if not self.linear or t.i <= last.i + 3 or doc[last.i + 1].text != ",":
            return False
        participle = last.i + 2
        if nearer != [participle]:
            return False
        close = next((k for k in range(participle + 1, min(t.i, participle + 8)) if doc[k].text == ","), None)
        if close is None or any(doc[k].is_punct for k in range(participle + 1, close)):
            return False
        between = doc[close + 1 : t.i]
        if len(between) > 4 or any(y.is_punct for y in between):
            return False
        # «Шэсць палітвязняў, памілаваных …, вывезлі да мяжы. Пяцёра з іх высланы …, а X адмовіўся»:
        # a part of the group counted in the sentence after («N з іх») breaks it down — the verb's
        # own event is not told of all of it
        if t.sent.end < len(doc):
            nxt = doc[t.sent.end].sent
            if any((y.like_num or y.lower_ in self.lexicon.numbers) and self._of_them(y, y) for y in nxt):
                return False
        return True

    def _past_insertion(self, last: Token, t: Token, trigger_ids: set[int]) -> bool:
        """(Belarusian) «Усіх шаснаццаць, не пытаючы згоды, вывезлі»: «all» and a number, then a
        clause set off by commas (no name, number or trigger in it), then the trigger itself."""
        doc = t.doc
        if not self.linear or last.i + 1 >= t.i or doc[last.i + 1].text != ",":
            return False
        close = next((k for k in range(last.i + 2, min(t.i, last.i + 9)) if doc[k].text == ","), None)
        if close is None or close + 1 != t.i or t.i not in trigger_ids:
            return False
        return not any(
            x.like_num or x.ent_type_ == "PER" or x.i in trigger_ids for x in doc[last.i + 2 : close]
        )

    def _series_term_number(self, x: Token) -> bool:
        """(Belarusian) `x` is the bare number a verdict verb right before it got as its term
        with the unit the series states elsewhere (`_series_unit_term`)."""
        doc = x.doc
        k = x.i - 1
        while k >= x.sent.start and (doc[k].like_num or doc[k].lower_ in self.lexicon.numbers):
            k -= 1
        if k < x.sent.start:
            return False
        verdict = any(t.i == k and rule.label == "sentence" for t, rule, _ in self._sent_rules)
        return verdict and self._series_unit_term(doc[k]) is not None

    def _part_of_counted_whole(self, x: Token, label: str) -> bool:
        """«сямі з 16 вызваленых», «траіх з 40 дэпартаваных»: a number before «з» and a number
        of a passive participle of the event `label` counts a part of that event's group; the
        group's size is the second number. Not «вызвалілі сем з 16 палітвязняў» (no participle:
        the part is what the verb counts), nor «пяцярых з 20 затрыманых адпусцілі» (the whole
        is of another event)."""
        doc = x.doc
        lex = self.lexicon
        k = x.i + 1
        if k + 2 >= x.sent.end or not self._word_in(doc[k], "out_of"):
            return False
        whole, noun = doc[k + 1], doc[k + 2]
        if not (whole.like_num or whole.lower_ in lex.numbers):
            return False
        # (a passive participle in the plural genitive: «вызваленых», «узятых»)
        if not noun.lower_.endswith(("ных", "тых")):
            return False
        return self.label_of_lemma.get(noun.lemma_.lower()) == label

    def _partitive_whole(self, t: Token) -> bool:
        """«Траіх з памілаваных … вывезлі», «пяцярых з затрыманых адпусцілі», «Девятерых из
        освобождённых вывезли»: a participle after a number and «з» / «из» names the whole a part
        is taken from; the number counts the verb's event, not the participle's."""
        doc = t.doc
        if t.i < t.sent.start + 2 or doc[t.i - 1].lower_ not in self.lexicon.sets.get("out_of", ()):
            return False
        x = doc[t.i - 2]
        return x.like_num or x.lower_ in self.lexicon.numbers or self._word_in(x, "collective")

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
            if self._across_clauses(noun, finding.trigger):
                continue  # «Шестерых отпустили …, а Сухих суд арестовал»: the other clause's people
            if _owned(noun.left_edge):
                continue  # «…, у неё двое детей»: what someone has
            if self._recognised_number(noun):
                continue  # «…, ещё 17 человек признали политзаключёнными»: the recognised
            if (
                noun.head.lower_ in lex.sets.get("remain_verbs", ())
                and noun.dep_ in ("nsubj", "nsubj:pass")
                and not any(self.label_of_lemma.get(x.lemma_.lower()) for x in noun.subtree)
            ):
                # «остальные шестеро оставались под стражей»: still held, no group of an event (not
                # «трое её коллег, арестованных тогда же, остаются в СИЗО»: the participle's group)
                continue
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
                finding.count = count + self._conjoined_sizes(noun)
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
                # «Ребят задержали в октябре»: a bare plural noun fronted as the first word of its
                # sentence points back like «их» at the people just told, counted or not
                finding.pronoun_group = finding.told_back and noun.i == noun.sent.start

    def _told_back(self, noun: Token, trigger: Token | None = None) -> bool:
        """«Журналистов задержали в ноябре»: a plural group noun with no word of its own but
        «этих» or «всех» tells again the group counted before; «других журналистов»,
        «журналистов из Гянджи», «молодых активистов» or a place the article has not named
        before («В Гяндже журналистов …») is another group."""
        doc = noun.doc
        sent = noun.sent
        owners = [] if self.linear else [c for c in noun.children if self._owner_told_before(c)]
        if self.linear:
            before = doc[noun.i - 1] if noun.i > sent.start else None
            if before not in (None, trigger) and before.is_alpha and not self._word_in(before, "all_of"):
                return False  # «іншых / маладых актывістаў»: no parse tells which word is a modifier
        elif any(
            (c.dep_ not in ("det", "case", "punct") and c not in owners)
            or self._word_in(c, "others")
            or self._word_in(c, "more")
            for c in noun.children
        ):
            return False
        named = {self._place_stem(x) for x in doc[: sent.start]} - {None}
        # the owner told before and who acted say nothing of where the group is from; the noun's
        # other words do («Вясной затрымалі валанцёраў у Бабруйску»: a town not named, another
        # group). Belarusian's owner (`_owned_group_before`) is told before word by word, its
        # places among `named` already.
        agent = set() if self.linear else {x.i for s in [*owners, *_agents(noun)] for x in s.subtree}
        return all(self._place_stem(x) in named for x in sent if self._place_stem(x) and x.i not in agent)

    def _owner_told_before(self, owner: Token) -> bool:
        """«Фигурантов дела задержали в апреле», «Сотрудников «Ош Ньюс Медиа» задержали 23
        января», «Участников движения задержали в мае»: a bare genitive after the group noun
        that names the case (`shared_case_nouns`: the case a verdict article is about) or a body
        the article has already named (every word of it told before the sentence) says whose
        people the group is, the group told before, as «этих» does. Not with a preposition
        («журналистов из Гянджи»: a place, another group), nor with a word of its own
        («фигурантов другого дела», «сотрудников новой редакции»), nor a body first named here."""
        span = list(owner.subtree)
        quoted = len(span) > 2 and span[0].is_quote and span[-1].is_quote  # («Зелёного Иртыша»: a name)
        if owner.dep_ != "nmod" or not quoted and any(c.dep_ not in _NAME_PARTS for c in owner.children):
            return False
        words = [x for x in span if x.is_alpha]
        if words == [owner] and self._word_in(owner, "shared_case_nouns"):
            return True
        doc = owner.doc
        told = {x.lemma_.lower() for x in doc[: owner.sent.start] if x.is_alpha}
        return bool(words) and all(x.lemma_.lower() in told for x in words)

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
        # (by the lemma where there is a parse: «в Оше» and «мэрией Оша» are one town)
        return (x.lower_ if self.linear else x.lemma_.lower())[:4] if place else None

    def _unit_follows(self, x: Token) -> bool:
        """A word of time or money ends the list of numbers that `x` opens."""
        lex = self.lexicon
        terms = lex.terms
        for y in x.doc[x.i + 1 : min(x.sent.end, x.i + 8)]:
            if self._word_in(y, "not_counted") or self._word_in(y, "dates"):
                return True  # «с 5 до 7 мая» is a date
            nxt = y.doc[y.i + 1] if y.i + 1 < len(y.doc) else y
            half = y.lemma_.lower() in terms.get("half", ()) or (
                y.lower_ in terms.get("with", ()) and nxt.lemma_.lower() in terms.get("half", ())
            )
            if not (
                is_number(y, lex)
                or half  # «с четырёх до пяти с половиной лет»: a half goes with the number before it
                or y.text == ","
                or y.lower_ in lex.sets["and"]
                or self._word_in(y, "range")
            ):
                return False  # «с 22 до 24 лет», «от 6 до 7 лет» are ranges of a term too
        return False

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
            if self._added_to_one(number):
                return True
            return number.i > number.sent.start and self._word_in(doc[number.i - 1], "parents")
        return _of_one_person(noun)

    def _added_to_one(self, number: Token) -> bool:
        """(Belarusian) «асудзілі адміністратара чата і двух яго падпісчыкаў»: a number joined by
        «і» to one unnamed person before it counts a part of the group, not its size."""
        doc = number.doc
        if number.i - 2 < number.sent.start or doc[number.i - 1].lower_ not in self.lexicon.sets["and"]:
            return False
        for before in reversed(doc[max(number.sent.start, number.i - 5) : number.i - 1]):
            if not (before.is_alpha and before.is_lower):
                return False
            if self._person_noun_gender(before) is not None:
                return True  # («адміністратара раённага чата і двух …»: past the noun's own words)
        return False


_OWNER_PRONOUNS = frozenset({"него", "неё", "нее", "них", "меня", "нас", "яго", "яе", "іх"})


def _owned(x: Token) -> bool:
    """«у неё двое детей», «у него трое сыновей»: a number after «у» and a pronoun counts
    what someone has."""
    doc = x.doc
    return (
        x.i - 2 >= x.sent.start
        and doc[x.i - 2].lower_ in ("у", "ў")
        and doc[x.i - 1].lower_ in _OWNER_PRONOUNS
    )


def _remain_before(x: Token, remain: Iterable[str]) -> bool:
    """A verb of remaining (`remain`: «застаюцца», «знаходзяцца») right before the number, or
    before it past a place phrase of a preposition and its words («застаюцца за кратамі 1 104
    палітвязні», «знаходзяцца ў калоніях 40 чалавек»): those still held, a running total
    (GUIDELINES: "1,135 remain behind bars" carries no count), never the event's group."""
    doc = x.doc
    between: list[Token] = []
    for k in range(x.i - 1, max(x.sent.start, x.i - 5) - 1, -1):
        if doc[k].lower_ in remain:
            return not between or between[-1].pos_ == "ADP"
        if doc[k].pos_ not in ("ADP", "NOUN", "PROPN", "ADJ", "DET"):
            return False
        between.append(doc[k])
    return False


# verbs of a total reaching or passing a number: what they tell is a running statistic
_REACHED = frozenset(
    {"достигнуть", "достичь", "достигать", "превысить", "превышать", "перевалить", "дойти", "вырасти",
     "возрасти", "дасягнуць", "перавысіць", "перавышаць", "вырасці"}
)  # fmt: skip


# the words that coordinate two verbs of one clause («помиловали и вывезли»)
_AND = frozenset({"и", "а"})


def _joined_by_and(first: Token, second: Token) -> bool:
    """«31 политзаключённого помиловали и в тот же день вывезли к литовской границе»: two verbs
    of one group joined by «и» with no punctuation between are one clause's verbs, whatever the
    parse hung them on (natasha reads the first verb here as the object of the second, so the
    conjunction test of `_pronoun_of_new_group` misses it); a comma, semicolon or dash between
    («…, — их отпустили», «…; к утру их отпустили») sets a clause of its own.

    Census (session 56, every Russian read set, meta-ru and the grid sets of L56): see
    docs/extract-ru-be.md, «Session 56 — removal abroad».
    """
    gap = first.doc[first.i + 1 : second.i]
    return any(x.lower_ in _AND for x in gap) and not any(x.is_punct for x in gap)
