"""Russian extraction: natasha's parse in a spaCy `Doc`, then Vigil's rules and the shared
assembly. natasha loads once per process (about 5 s, 250 MB)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from vigil.extract.assemble import assemble
from vigil.extract.cohorts import NUMBER_VALUES, PEOPLE_NUMBERS
from vigil.extract.dates import YEAR_WORD, DateReader
from vigil.extract.findings import Finding, Membership, Person
from vigil.extract.ru.events import EventFinder
from vigil.extract.ru.lexicon import Lexicon, load_lexicon
from vigil.extract.ru.names import (
    add_unseen_names,
    describe_ru,
    is_common,
    join_name_particles,
    mark_latin_names,
    morph,
    split_person_spans,
)
from vigil.extract.ru.parse import NatashaModels, to_spacy
from vigil.extract.ru.persons import (
    NameInfo,
    PersonIndex,
    family_plural,
    find_persons,
    outlet_word,
    plausible_person,
    roles_of,
    trim_span,
)
from vigil.extract.ru.quotes import QuoteFinder, QuoteFinding
from vigil.extract.ru.voice import author_voices
from vigil.model import Document, Extraction

PATTERNS = Path(__file__).with_name("patterns")
# an upper-case abbreviation with its number: «СИЗО-1», «ИК-10», «ИВС-2»
_NUMBERED_FACILITY = re.compile(r"([А-ЯЁ]{2,5})-\d{1,3}")
# a participle that became a noun of its own: «заключённые» are prisoners (the dictionary gives
# the verb «заключить», whose trigger is «заключить под стражу»), as «политзаключённые» are
_NOUN_OF_PARTICIPLE = {"заключить": "заключенный", "подозревать": "подозреваемый", "обвинять": "обвиняемый"}


def _past_verb_lemma(word: str) -> str | None:
    """«Учительнице отвесили четыре года», «ему вкатили три»: natasha tags a rare past verb
    as a noun and its lemmatiser, finding no noun, gives the form back. When the dictionary
    knows the word only as a past verb, its infinitive (so `parse._verb_tagged_noun` makes it
    the verb it is); None when any reading is not a past verb («стали», «мыла»)."""
    analyzer = morph()
    if not analyzer.word_is_known(word):
        return None
    parses = analyzer.parse(word)
    if not parses or not all(p.tag.POS == "VERB" and "past" in p.tag for p in parses):
        return None
    return parses[0].normal_form


_SHORT_FEATS = {
    "masc": "Gender=Masc|Number=Sing",
    "femn": "Gender=Fem|Number=Sing",
    "neut": "Gender=Neut|Number=Sing",
}


def _short_participles(doc: Doc) -> None:
    """«Иван П., 34 года, учитель. Приговорён к пяти годам.», «Осуждён на восемь лет.»: natasha
    may tag a sentence-opening short passive participle as a full one or as a proper noun, so a
    list line's dropped subject is not read (`members._dropped_subject` needs the short form).
    A participle or capitalised «noun» with no case of a full participle's ending whose only
    reading in the dictionary is a short passive participle becomes one."""
    analyzer = morph()
    for t in doc:
        if not t.is_alpha or "Short" in t.morph.get("Variant"):
            continue
        if not (
            ("Part" in t.morph.get("VerbForm") and t.pos_ == "VERB")
            or (t.pos_ in ("PROPN", "NOUN") and t.is_sent_start and t.is_title and not t.ent_type_)
        ):
            continue
        if t.lower_.endswith(("ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие", "ую", "юю")):
            continue  # a full participle's own ending
        parses = analyzer.parse(t.text)
        if not parses or not all(p.tag.POS == "PRTS" and "pssv" in p.tag for p in parses):
            continue
        feats = _SHORT_FEATS.get(str(parses[0].tag.gender), "Number=Plur")
        if "plur" in parses[0].tag:
            feats = "Number=Plur"
        t.pos_ = "VERB"
        t.lemma_ = parses[0].normal_form
        t.set_morph(f"Aspect=Perf|{feats}|Tense=Past|Variant=Short|VerbForm=Part|Voice=Pass")


_FULL_CASES = {"nomn": "Nom", "gent": "Gen", "datv": "Dat", "accs": "Acc", "ablt": "Ins", "loct": "Loc"}


def _pronoun_after_comma(t: Token) -> bool:
    """«Осуждённый …, он …»: a comma in the sentence followed by a nominative third-person pronoun,
    the clause a fronted participle is said of (a capitalised opener elsewhere stays as tagged)."""
    doc = t.doc
    return any(
        x.text == "," and x.i + 1 < t.sent.end and doc[x.i + 1].lower_ in ("он", "она", "они")
        for x in doc[t.i + 1 : t.sent.end]
    )


def _full_participles(doc: Doc) -> None:
    """«Осуждённый на восемь лет, он …», «говорят, что приговорённого к шести годам поэта X …»:
    natasha may tag a full participle as a capitalised proper noun at a sentence's start or as
    a finite verb with no case, so it describes nobody. A token so tagged whose every reading in
    the dictionary is a full participle gets that reading's case, gender and number (the short
    form's twin: `_short_participles`)."""
    analyzer = morph()
    for t in doc:
        if not t.is_alpha or "Part" in t.morph.get("VerbForm") or t.morph.get("Case") and t.pos_ == "VERB":
            continue
        if not (
            (t.pos_ == "VERB" and "Fin" in t.morph.get("VerbForm") and t.is_lower)
            or (
                t.pos_ in ("PROPN", "NOUN") and t.i == t.sent.start and t.is_title and _pronoun_after_comma(t)
            )
        ):
            continue
        parses = analyzer.parse(t.text)
        if not parses or not all(p.tag.POS == "PRTF" for p in parses):
            continue
        tag = parses[0].tag
        feats = [f"Case={_FULL_CASES[str(tag.case)]}"] if str(tag.case) in _FULL_CASES else []
        if "plur" in tag:
            feats.append("Number=Plur")
        elif str(tag.gender) in _SHORT_FEATS:
            feats.append(_SHORT_FEATS[str(tag.gender)])
        voice = "Pass" if "pssv" in tag else "Act"
        t.pos_ = "VERB"
        t.lemma_ = parses[0].normal_form
        t.set_morph("|".join(["Aspect=Perf", *feats, "Tense=Past", "VerbForm=Part", f"Voice={voice}"]))


_INTENSIFIED = frozenset({"его", "её", "ее", "их"})


def _intensified_pronouns(doc: Doc) -> None:
    """«Её саму задержали», «его самого приговорили»: natasha may make «сам» the verb's object
    and the pronoun its possessive; the pronoun is the object and «сам» stresses it."""
    for t in doc:
        head = t.head
        if (
            t.lower_ in _INTENSIFIED
            and t.dep_ in ("det", "nmod")
            and head.i == t.i + 1
            and head.lemma_.lower() == "сам"
            and head.dep_ in ("obj", "nsubj:pass", "iobj")
            and head.head.i != head.i
        ):
            verb, dep = head.head, head.dep_
            t.head, t.dep_ = verb, dep
            head.head, head.dep_ = t, "amod"
            t.set_morph(str(t.morph).replace("Case=Gen", "Case=Acc"))


def mark_dates(doc: Doc, lexicon: Lexicon) -> None:
    """DATE entities for the shared timeline (natasha's NER has none): a day number, a month
    word and a year («20 января 2024»), a month and year, a year, or a weekday."""
    taken = {t.i for ent in doc.ents for t in ent}
    spans = []
    i = 0
    while i < len(doc):
        t = doc[i]
        is_year = bool(YEAR_WORD.fullmatch(t.text))
        month = lexicon.word_in(t, "dates")
        if not (is_year or month) or i in taken:
            i += 1
            continue
        start, end = i, i + 1
        if month and i > 0 and doc[i - 1].like_num and len(doc[i - 1].text) <= 2 and i - 1 not in taken:
            start = i - 1
        if month and end < len(doc) and YEAR_WORD.fullmatch(doc[end].text):
            end += 1
        spans.append(Span(doc, start, end, label="DATE"))
        i = end
    if spans:
        doc.ents = sorted([*doc.ents, *spans], key=lambda s: s.start)


def mark_numbers(doc: Doc, lexicon: Lexicon) -> None:
    """The number words for the shared cohorts (`cohorts.NUMBER_VALUES`, `PEOPLE_NUMBERS`): the
    parse tags «шасцярых» an adjective, so a group retold by its number is found by the lexicon's
    numbers (`numbers.json`) and collective numerals (`collective`), by the word or its lemma."""
    numbers = lexicon.numbers
    values = {}
    for t in doc:
        value = numbers.get(t.lower_, numbers.get(t.lemma_.lower()))
        if value is not None and value == int(value):
            values[t.i] = int(value)
    doc.user_data[NUMBER_VALUES] = values
    doc.user_data[PEOPLE_NUMBERS] = {i: v for i, v in values.items() if lexicon.word_in(doc[i], "collective")}


class RussianExtractor:
    """natasha + Vigil's Russian lexicon; `BelarusianExtractor` reuses it with its own words."""

    language = "ru"
    patterns = PATTERNS

    def __init__(self, models: NatashaModels | None = None) -> None:
        self.models = models or NatashaModels()
        self.lexicon: Lexicon = load_lexicon(self.patterns)
        self.events = EventFinder(self.models.vocab, self.lexicon)
        self.quotes = QuoteFinder(self.lexicon)
        self.dates = DateReader()
        self._lemmas: dict[tuple, str] = {}

    def lemma_of(self, word: str, pos: str, feats: dict) -> str:
        key = (word, pos, tuple(sorted(feats.items())))
        lemma = self._lemmas.get(key)
        if lemma is None:
            numbered = _NUMBERED_FACILITY.fullmatch(word)
            if numbered:  # «СИЗО-1», «ИК-2»: a numbered facility is one of its kind
                lemma = numbered.group(1).lower()
            elif word.isalpha():
                lemma = self.models.morph_vocab.lemmatize(word, pos, feats)
                if pos == "NOUN":
                    lemma = _NOUN_OF_PARTICIPLE.get(lemma, lemma)
                    if lemma == word.lower():
                        lemma = _past_verb_lemma(word) or lemma
            else:
                lemma = word.lower()
            if len(self._lemmas) < 200_000:
                self._lemmas[key] = lemma
        return lemma

    def describe(self, span: Span) -> NameInfo:
        return describe_ru(span)

    def clean_span(self, span: Span) -> Span | None:
        """natasha tags «из Борисова» (the town) as a person: a lone word after a preposition
        of place is a place, not a surname."""
        span = trim_span(span)
        span = self._past_origin(span)
        if span is not None and len(span) > 1 and outlet_word(span[-1].text, self.lexicon):
            span = span[:-1]  # «— рассказал Лозовик Свободе»: the outlet told, after the name
            if span[0].lower_ in self.lexicon.sets.get("media_nouns", ()):
                return None  # «Радио Свобода», «Радио Озоди»: the outlet's medium, then its name
        if span is not None and len(span) == 1 and _opens_sentence(span[0]) and is_common(span[0].text):
            return None  # «Правозащитника Олега Орлова …»: the NER's lone role word at a sentence start
        if span is not None and len(span) == 1 and _place_adjective(span[0]):
            return None  # «Алматинского активиста приговорили»: a town's adjective before its noun
        if span is not None and len(span) == 1 and span.start > 0:
            before = span.doc[span.start - 1].lower_
            if before in self.lexicon.sets["location_prepositions"]:
                return None
            if _place_after_adjectives(span[0], self.lexicon.sets["location_prepositions"]):
                return None  # «суд в подмосковной Власихе»: a town with its adjective
            if span.doc[span.start - 1].lemma_.lower() in self.lexicon.sets.get("origin_nouns", ()):
                return None  # «уроженца Исфары»: the town a person comes from
        return span

    def _past_origin(self, span: Span | None) -> Span | None:
        """«Уроженца Пологов Сергея Бондаря», «Уроженец Исфары Бахром Назаров»: the NER may take
        the origin noun and its town's genitive into the name; the name starts after both (the
        town is the one genitive word before a name in another case)."""
        origins = self.lexicon.sets.get("origin_nouns", ())
        if span is None or len(span) < 2:
            return span
        if span[0].lemma_.lower() in origins:
            span = span[1:]
        elif span.start == 0 or span.doc[span.start - 1].lemma_.lower() not in origins:
            return span
        if len(span) > 2 and "Gen" in span[0].morph.get("Case") and "Gen" not in span[1].morph.get("Case"):
            span = span[1:]
        return span

    def keep_person(self, person: Person, doc: Doc) -> bool:
        return plausible_person(person, doc, self.lexicon)

    def parse(self, text: str) -> Doc:
        doc = to_spacy(self.models.analyse(text), self.models.vocab, self.lemma_of)
        _short_participles(doc)
        _full_participles(doc)
        _intensified_pronouns(doc)
        split_person_spans(doc)
        add_unseen_names(doc)
        self._join_names(doc)
        return doc

    def _join_names(self, doc: Doc) -> None:
        """Name particles and prefixes joined to their names (the lexicon's lists), then names
        in Latin letters marked: the last steps of the parse that every Cyrillic language shares."""
        join_name_particles(
            doc,
            self.lexicon.sets["name_particles"],
            self.lexicon.sets["name_prefixes"],
            self.lexicon.sets.get("closing_name_particles", ()),
        )
        mark_latin_names(doc)

    def more_mentions(self, doc: Doc, index: PersonIndex) -> None:
        """A language's own further mentions of the persons found (none for Russian)."""

    def extract_many(self, documents: Iterable[Document], *, batch_size: int = 16) -> Iterator[Extraction]:
        for document in documents:
            yield self.extract(document)

    def extract(self, document: Document) -> Extraction:
        doc = self.parse(document.text)
        index = find_persons(doc, self.describe, self.lexicon, self.clean_span, self.keep_person)
        self.more_mentions(doc, index)
        quotes = self.quotes(doc, index)
        # the author's first-person paragraphs of a titled speech or letter: for the events only
        voices = author_voices(doc, index, quotes, self.lexicon)
        findings, memberships, refusers = self.events(doc, index, [*quotes, *voices])
        _drop_families(doc, index, findings, memberships, quotes)
        mark_dates(doc, self.lexicon)
        mark_numbers(doc, self.lexicon)
        return assemble(
            doc,
            document,
            persons=index.persons,
            findings=findings,
            memberships=memberships,
            refusers=refusers,
            uncounted_refusers=self.events.refusers_apart,
            quotes=quotes,
            roles=roles_of,
            dates=self.dates,
            language=self.language,
        )


__all__ = ["RussianExtractor"]


def _drop_families(
    doc: Doc,
    index: PersonIndex,
    findings: list[Finding],
    memberships: list[Membership],
    quotes: list[QuoteFinding],
) -> None:
    """A family in the plural («Соколовых») served the events as a pointer to the people of
    that surname named before; it is no person of the article's own (GUIDELINES), so neither
    does it speak («Дети Батыровых сказали: …» gives no quote)."""
    families = [p for p in index.persons if family_plural(p, doc)]
    if not families:
        return
    index.persons = [p for p in index.persons if p not in families]
    quotes[:] = [q for q in quotes if q.speaker not in families]
    emptied = []
    for item in (*findings, *memberships):
        kept = [p for p in item.persons if p not in families]
        if item.persons and not kept:
            emptied.append(item)
        item.persons = kept
    findings[:] = [f for f in findings if f not in emptied or f.count is not None or f.group_ref]
    memberships[:] = [m for m in memberships if m not in emptied]


def _place_after_adjectives(t: Token, prepositions: Iterable[str]) -> bool:
    """«в подмосковной Власихе», «в соседнем Бахчисарае»: one or two lower-case adjectives in the
    word's own case between a preposition of place and a lone capitalised word make it a place
    (as the preposition right before it does); a person is rarely named after «в» with an
    adjective, and never as a lone word there."""
    doc, i = t.doc, t.i - 1
    cases = set(t.morph.get("Case"))
    seen = 0
    while i >= t.sent.start and seen < 2 and doc[i].pos_ == "ADJ" and doc[i].is_lower:
        if cases and not cases & set(doc[i].morph.get("Case")):
            return False
        i, seen = i - 1, seen + 1
    return seen > 0 and i >= t.sent.start and doc[i].lower_ in prepositions


def _place_adjective(t: Token) -> bool:
    """A lone capitalised adjective that qualifies the lowercase common noun right after it
    («Алматинского активиста», «Гомельскую учительницу»): a place's adjective at a headline's
    or sentence's start, which the NER may tag as a surname."""
    if t.pos_ != "ADJ" or t.dep_ != "amod" or t.i + 1 >= len(t.doc):
        return False
    noun = t.doc[t.i + 1]
    return (
        t.head.i == noun.i and noun.pos_ == "NOUN" and noun.is_lower and t.lemma_.endswith(("ский", "цкий"))
    )


def _opens_sentence(t: Token) -> bool:
    """The first word of a sentence, also after the dash that opens an interview's answer
    («— Да. …»)."""
    if t.is_sent_start:
        return True
    before = t.doc[t.i - 1] if t.i > 0 else None
    return before is not None and before.text in ("—", "–", "-") and before.is_sent_start
