"""Persons in one article: natasha's PER spans in the nominative, merged per individual.

A bare inflected surname («Колесниковой») joins the full name («Мария Колесникова») given in
the same article, so it never becomes a masculine variant; surnames are compared by their
stem, which also serves indeclinable ones (-ко, -ич, -ых) and Belarusian forms.
Pronouns (он, её, ён, яе) resolve to the latest person of the same gender.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from vigil.extract.doctext import doc_text
from vigil.extract.findings import Person
from vigil.extract.ru.lexicon import Lexicon
from vigil.extract.sentences import sentences_back
from vigil.extract.variants import merge_variants
from vigil.names.given import given_status
from vigil.names.translit import latin_key

# Russian and Belarusian (-ага, -аму, -ім) case endings of surnames
_ENDING = re.compile(
    r"(ий|ый|ой|ей|ого|его|ому|ему|ага|яга|аму|яму|ым|им|ім|ом|ем|ую|юю|ая|яя|ай|яй|ы|і|а|я|у|ю|е|и|о|э)$"
)
_PATRONYMIC = re.compile(r"(вич|вна|ична|инична|віч|ўна|вічна)$", re.I)
# a patronymic in any case («Петровичу», «Леонидовне», «Ивановной»): masculine, feminine
_MASC_PATRONYMIC = re.compile(r"(вич|віч)(а|у|ем|ом|е)?$", re.I)
_FEM_PATRONYMIC = re.compile(r"(вн|ичн|ўн)(а|ы|е|у|ой|і|ай)$", re.I)


def folded(word: str) -> str:
    """A word compared as news writes it: lower case, «ё» as «е» (Пётр ~ Петр)."""
    return word.lower().replace("ё", "е")


def surname_key(word: str) -> str:
    """Stem used to compare surname forms across case and gender (Колесниковой ~ Колесникова),
    and across what Belarusian declension changes in the stem: «ў» before a vowel is «в»
    («Сцяпанаў», «Сцяпанава»), a soft sign falls («Шэпель», «Шэпеля»), and so does the vowel
    of -ак/-ок/-ец («Лапцёнак», «Лапцёнка»; «Жалудок», «Жалудка»)."""
    low = folded(word).replace("ў", "в")
    stem = _ENDING.sub("", low)
    if len(stem) < 3:
        return low
    stem = _SOFT_BEFORE_FLEETING.sub(r"\1", stem.removesuffix("ь"))
    fleeting = _FLEETING_VOWEL.sub(r"\1\2", stem)
    return fleeting if len(fleeting) >= 4 else stem


# East Slavic surname endings in any case (Russian and Belarusian), and Caucasian and Central
# Asian ones that do not decline
_SURNAME_SHAPE = re.compile(
    r"((ов|ев|ёв|ин|ын|ав)(а|у|ым|ой|ою|ом|е|ых|ыми|ай)?"
    r"|(ск|цк)(ий|ого|ому|им|ом|ая|ой|ую|і|ага|аму|ім|ае|ай)"
    r"|аў|оў|еў|ёў|енко|енка|чук|чука|ян|яна|яну|яном|янц|швили|дзе|заде|зода"
    r"|(вич|віч)(а|у|ем|ам)?)$"
)


def surname_shaped(word: str) -> bool:
    """A word shaped like a surname in some case («Шарипов», «Тевосяна», «Назарбековой»)."""
    return len(word) > 4 and bool(_SURNAME_SHAPE.search(word.lower()))


# a soft sign before a final -к/-ц: «Кавалька» ~ «Кавалёк», «Грынька» ~ «Грынько» (Belarusian
# writes a soft consonant's softness in the sign when the vowel after it drops)
_SOFT_BEFORE_FLEETING = re.compile(r"ь([кц])$")
# a consonant, the vowel Belarusian (and Russian) surnames in -ак/-ок/-ец drop when declined, -к/-ц
_FLEETING_VOWEL = re.compile(r"([^аеёиоуыэюяі])[аоеё]([кц])$")


def name_key(word: str) -> str:
    """A name as looked up: lower case, every apostrophe (', ’, ʼ) the same."""
    return word.lower().replace("’", "'").replace("ʼ", "'")


@dataclass
class NameInfo:
    """What a name span says: its nominative words and which of them is the surname."""

    words: list[str]
    kinds: list[str]  # "first", "patronymic", "surname" per word; "common" for a common noun
    gender: str | None


@dataclass
class PersonIndex:
    """The article's persons with a token → person map and gender-aware pronoun lookup."""

    doc: Doc
    persons: list[Person] = field(default_factory=list)
    by_token: dict[int, Person] = field(default_factory=dict)
    # character spans of quotes with the ids of who speaks there: a third-person pronoun
    # inside refers to none of them (set once the quotes are found)
    voices: list[tuple[int, int, frozenset[int]]] = field(default_factory=list)
    # tokens of a bare role noun found to point back to a person («…профессора X. За профессором
    # пришли в июле»; set by the events): a pronoun after it refers to that person, not to
    # someone named between the name and the description
    descriptions: dict[int, Person] = field(default_factory=dict)

    def person_at(self, token: Token) -> Person | None:
        return self.by_token.get(token.i)

    def absorb(self, person: Person, *, into: Person) -> None:
        """`person` is another writing of `into`: its mentions and tokens become `into`'s."""
        into.mentions.extend(person.mentions)
        for i, p in list(self.by_token.items()):
            if p is person:
                self.by_token[i] = into
        self.persons.remove(person)

    def _possessor_of_subject(self, start: int, person: Person) -> bool:
        """«X — друг и коллега Y, они вместе работали. Он жил …»: a genitive name under a
        common noun, in a sentence whose subject, named earlier in the nominative, is another
        person of the same gender, is what the subject is said to be related to; a pronoun after
        it means the subject."""
        doc = self.doc
        if start == 0 or not (doc[start - 1].pos_ == "NOUN" and doc[start - 1].is_lower):
            return False
        if "Gen" not in doc[start].morph.get("Case"):
            from vigil.extract.ru.names import morph  # names imports this module

            # an unknown name the tagger read as an apposition («коллега Далера»)
            if not any(p.tag.case == "gent" for p in morph().parse(doc[start].text)):
                return False
        sent = doc[start].sent
        for other in self.persons:
            if other is person or (person.gender and other.gender and other.gender != person.gender):
                continue
            for a, _b in other.mentions:
                if (
                    sent.start <= a < start
                    and "Nom" in doc[a].morph.get("Case")
                    and doc[a].dep_ in ("nsubj", "ROOT")
                ):
                    return True
        return False

    def _possessor_in_phrase(self, start: int) -> bool:
        """«… боролся с режимом Путина. … — говорил он»: a genitive name right after a lower-case
        common noun of a thing that itself follows a preposition is inside that prepositional
        phrase as much as a name right after the preposition, and ranks as low for a pronoun
        (session 56, heroes). Its preposition decides, as for a bare name («против режима X»
        still names the accused). The parse must hang the name on that noun: a subject after an
        idiom («выйшла на волю Алена Гаўрылава», a case the tagger misreads) stays salient."""
        doc = self.doc
        if start < 2:
            return False
        noun, prep = doc[start - 1], doc[start - 2]
        return (
            prep.pos_ == "ADP"
            and noun.pos_ == "NOUN"
            and noun.is_lower
            and "Inan" in noun.morph.get("Animacy")
            and "Gen" in doc[start].morph.get("Case")
            and doc[start].head.i == noun.i
        )

    def _credit_line(self, i: int) -> bool:
        """A byline or photo credit («Ірына Лук, Белсат», «Фото: Олег Жук»): a line of a few
        capitalised words with no sentence's end; its name is no antecedent of a pronoun."""
        text = doc_text(self.doc)  # (`Doc.text` joins every token again on each call)
        at = self.doc[i].idx
        a = text.rfind("\n", 0, at) + 1
        b = text.find("\n", at)
        line = text[a : b if b >= 0 else len(text)].strip()
        words = re.findall(r"\w[\w'’-]*", line)
        return (
            0 < len(words) <= 6
            and not line.endswith((".", "!", "?", "»", '"', "…"))
            and all(w[0].isupper() for w in words)
        )

    def mention_roots(self) -> list[tuple[Token, Person]]:
        """For each mention, the token whose head lies outside it (the syntactic head)."""
        out = []
        for person in self.persons:
            for start, end in person.mentions:
                span = self.doc[start:end]
                out.append((span.root, person))
        return sorted(out, key=lambda x: x[0].i)

    def voices_at(self, i: int) -> frozenset[int]:
        """Ids of the persons in whose own words token i stands (a quote's speaker, a turn's
        talkers): a third-person pronoun there means none of them (`quotes._set_voices`)."""
        at = self.doc[i].idx
        return frozenset(x for a, b, ids in self.voices if a <= at < b for x in ids)

    def latest_before(
        self, i: int, gender: str | None, *, window_sents: int = 3, exclude: Collection[int] = ()
    ) -> Person | None:
        """The person mentioned last before token i (same gender when known), none of `exclude`
        (ids of persons)."""
        limit = sentences_back(self.doc[i].sent, window_sents)
        best: tuple[bool, int, Person] | None = None
        exclude = {*exclude, *self.voices_at(i)}
        named = [(p, a, b) for p in self.persons for a, b in p.mentions]
        described = [(p, a, a + 1) for a, p in self.descriptions.items()]
        for person, start, end in [*named, *described]:
            if not limit <= start < i:
                continue
            if (gender and person.gender and person.gender != gender) or id(person) in exclude:
                continue
            # a name after a preposition («комментарий о Лукашенко») is seldom what a
            # pronoun in the next clause refers to: such a mention ranks below the others;
            # not after «против», which names the accused («дела против Николая Глушкова.
            # Суд признал его виновным»)
            before = self.doc[start - 1] if start else None
            if self._possessor_in_phrase(start):
                before = self.doc[start - 2]  # «боролся с режимом Путина»: the phrase's preposition
            salient = (
                before is None
                or before.pos_ != "ADP"
                or before.lower_ in _ACCUSED_PREPOSITIONS
                or self._come_for(start)
                # «Для X это уже второй приговор: его осудили …»: the topic of a verdict told next
                or (
                    before.lower_ in _TOPIC_PREPOSITIONS
                    and end < len(self.doc)
                    and self.doc[end].lower_ in _THIS
                )
            )
            if not salient and start < i and self.doc[start].sent == self.doc[i].sent:
                # «предупредили о рисках, связанных с X: власти задержали его»: a colon after the
                # name opens what is told of it
                salient = any(x.text == ":" for x in self.doc[end:i])
            salient = (
                salient and not self._credit_line(start) and not self._possessor_of_subject(start, person)
            )
            if best is None or (salient, start) > best[:2]:
                best = (salient, start, person)
        return best[2] if best else None

    def _come_for(self, start: int) -> bool:
        """«За профессором пришли в июле», «силовики приехали за X»: a noun in the instrumental
        after «за» on a verb of coming is whom its agents came for; what is told next is of it."""
        doc = self.doc
        head = doc[start]
        while head.dep_ in ("flat", "flat:name", "appos") and head.head.i != head.i:
            head = head.head
        return (
            start > 0
            and doc[start - 1].lower_ in _PURSUED_PREPOSITIONS
            and "Ins" in doc[start].morph.get("Case")
            and head.head.lemma_.lower() in COME_VERBS
        )

    def latest_in_paragraph(self, i: int, gender: str | None, *, window_sents: int) -> Person | None:
        """`latest_before`, only when that person was last named in token i's own paragraph: a
        dropped subject or an unnamed speaker does not reach back across a line break."""
        person = self.latest_before(i, gender, window_sents=window_sents)
        if person is None:
            return None
        last = max((a for a, _ in person.mentions if a < i), default=None)
        if last is None or "\n" in self.doc[last:i].text:
            return None
        return person


_ACCUSED_PREPOSITIONS = frozenset({"против", "супраць"})
_TOPIC_PREPOSITIONS = frozenset({"для"})
_PURSUED_PREPOSITIONS = frozenset({"за"})
COME_VERBS = frozenset({"прийти", "приходить", "приехать", "приезжать", "явиться", "являться", "нагрянуть"})
_THIS = frozenset({"это", "гэта"})
_GENDERS = {"Masc": "masc", "Fem": "fem"}


def morph_gender(token: Token) -> str | None:
    """A word's grammatical gender as a person's is written ("masc", "fem"); None for the
    neuter, the plural or no gender (the tagger's first reading)."""
    return _GENDERS.get(next(iter(token.morph.get("Gender")), ""))


_VOWELS = frozenset("аеёиоуыэюяіў")


def _gender_from_relatives(index: PersonIndex, *, by_verb: bool = True) -> None:
    """A foreign name whose gender the dictionary does not know («Ли Вайман», which the tagger
    may guess masculine) takes the gender of the relative pronoun that opens a clause right
    after it («…, которую обвинили»), so that a later «ей» finds it."""
    from vigil.extract.ru.names import dictionary_gender  # names imports this module

    doc = index.doc
    for person in index.persons:
        known = dictionary_gender(person.tokens)
        if by_verb and _gender_from_verb(doc, person):
            continue
        for _start, end in person.mentions:
            if (
                end + 1 >= len(doc)
                or doc[end].text != ","
                or doc[end + 1].lemma_ not in ("который", "каторы")
            ):
                continue
            gender = morph_gender(doc[end + 1])
            # a woman's surname in a consonant does not decline («Ли Вайман, которую»), whatever
            # the dictionary says of the first name; otherwise the dictionary's gender stands
            undeclined = (
                doc[end - 1].text == person.tokens[-1] and person.tokens[-1][-1:].lower() not in _VOWELS
            )
            if gender and (not known or (gender == "fem" and undeclined)):
                person.gender = gender
                break


_RUSSIAN_SURNAME = ("ов", "ев", "ёв", "ин", "ова", "ева", "ёва", "ина")


def _gender_from_verb(doc: Doc, person: Person) -> bool:
    """«Ление Джемилева узнала …»: a foreign name the dictionary does not know, right before
    a past-tense verb in the singular, takes that verb's gender (the tagger may read the
    surname as a man's genitive). Only a full name whose first name the dictionary does not
    know, so that «мать Петрова сказала» leaves Петров a man."""
    from vigil.extract.ru.names import known_first_name_gender  # names imports this module

    # a first name the dictionary only guesses («Жанар», «Лейсан») before a surname of the
    # Russian pattern, whose ending the verb decides («Байбулова сообщила»)
    russian = person.tokens[-1].lower().endswith(_RUSSIAN_SURNAME)
    if len(person.tokens) < 2 or known_first_name_gender(person.tokens[0]):
        return False
    for start, end in person.mentions:
        if end >= len(doc) or end - start < 2:
            continue
        verb = doc[end]
        if not russian:
            # «Салтанат Азирбек на брифинге заявила»: a first name the dictionary only guesses
            # or does not know, before a foreign surname, takes the gender of its verb a few
            # words on (none of them a nominative word or a stop)
            verb = next(
                (
                    t
                    for t in doc[end : min(len(doc), end + 5)]
                    if t.pos_ in ("VERB", "AUX") or t.is_punct or "Nom" in t.morph.get("Case")
                ),
                verb,
            )
        if (
            verb.pos_ not in ("VERB", "AUX")
            or "Past" not in verb.morph.get("Tense")
            or "Sing" not in verb.morph.get("Number")
        ):
            continue
        gender = morph_gender(verb)
        if gender:
            person.gender = gender
            return True
    return False


def find_persons(
    doc: Doc,
    describe: Callable[[Span], NameInfo],
    lexicon: Lexicon,
    clean: Callable[[Span], Span | None] | None = None,
    keep: Callable[[Person, Doc], bool] | None = None,
) -> PersonIndex:
    index = PersonIndex(doc)
    pending_first: list[tuple[Span, NameInfo]] = []
    kin_named: set[int] = set()  # where a relative's first name alone was told
    for ent in doc.ents:
        if ent.label_ != "PER":
            continue
        span = (clean or trim_span)(ent)
        if span is not None:
            span = _past_deity(span, lexicon)
        if span is None or _quoted_title(span) or _turn_label(span, lexicon):
            continue
        info = describe(span)
        cut = _namesake_cut(span, info, lexicon)
        if cut is None:
            continue
        if cut:
            span = span[cut:]
            info = describe(span)
        while len(span) > 1 and info.kinds[0] == "common":
            span = span[1:]
            info = describe(span)
        info = _closed_by_particle(span, info, lexicon)
        if _family(span, lexicon):
            continue
        if "surname" not in info.kinds:
            pending_first.append((span, info))
            continue
        if _first_name_after_relative(span, index, lexicon):
            pending_first.append((span, info))
            kin_named.add(span.start)  # (a name the dictionary may take for a place: «Севиндж»)
            continue
        _add(index, span, info)
    pending_first += _partners_before_plural(index, describe)
    for span, info in pending_first:
        person = _by_first(index, info)
        if person is None:
            person = _shares_surname(span, info, index, lexicon)
        if person is None and len(info.words) == 1:
            person = _one_named_before(index, info.words[0])
        if person is None and _named_relative(span, index, lexicon):
            # (the same relative named again is that one person: «Таццяна … маці Таццяна»)
            person = next((p for p in index.persons if p.tokens == [info.words[0]]), None)
            if person is None:
                person = Person(name=info.words[0], tokens=[info.words[0]], gender=info.gender)
                index.persons.append(person)
        if person is not None:
            person.mentions.append((span.start, span.end))
            for t in span:
                index.by_token[t.i] = person
    _one_name_in_two_readings(index, tuple(lexicon.sets["oblique_name_endings"]))
    # (not Belarusian: its first names are unknown to the Russian dictionary and its verbs'
    # gender is a guess, so the verb rule would re-gender nearly every name)
    _gender_from_relatives(index, by_verb=not lexicon.extra.get("linear"))
    _capital_turn_labels(index, describe, lexicon)
    _bare_surnames(index)
    _bare_first_names(index)
    _lone_given_names(index)
    _bracketed(index)
    _initialled(index)
    _first_and_patronymic(index)
    _address_forms(index)
    _misread_surnames(index)
    _singular_surnames(index)
    absorbed = merge_variants(index.persons)
    if absorbed:
        index.by_token = {i: absorbed.get(id(p), p) for i, p in index.by_token.items()}
    if keep is not None:
        dropped = [
            p for p in index.persons if not keep(p, doc) and not any(a in kin_named for a, _ in p.mentions)
        ]
        index.persons = [p for p in index.persons if p not in dropped]
        index.by_token = {i: p for i, p in index.by_token.items() if p not in dropped}
    for person in index.persons:
        person.mentions.sort()
    index.persons.sort(key=lambda p: p.mentions[0][0])
    return index


_PLURAL_SURNAME = (
    # the nominative plural too: «Нина и Алексей Жалязовские», «Ніна і Аляксей Жалязоўскія»
    ("ские", "ский", "ская"),
    ("цкие", "цкий", "цкая"),
    ("скія", "скі", "ская"),
    ("цкія", "цкі", "цкая"),
    ("овы", "ов", "ова"),
    ("евы", "ев", "ева"),
    ("ёвы", "ёв", "ёва"),
    ("ины", "ин", "ина"),
    ("авы", "аў", "ава"),
    ("ских", "ский", "ская"),
    ("цких", "цкий", "цкая"),
    ("овых", "ов", "ова"),
    ("евых", "ев", "ева"),
    ("ёвых", "ёв", "ёва"),
    ("иных", "ин", "ина"),
    ("ыных", "ын", "ына"),
)
_GENDERED_SURNAME = (
    ("ская", "ский"),
    ("цкая", "цкий"),
    ("ова", "ов"),
    ("ева", "ев"),
    ("ёва", "ёв"),
    ("ина", "ин"),
    ("ына", "ын"),
)


def _shares_surname(span: Span, info: NameInfo, index: PersonIndex, lexicon: Lexicon) -> Person | None:
    """«супругов Игоря и Светлану Мазур», «братьев Олега и Павла Гуща»: a first name alone right
    before «и» and a full name shares that name's surname (in its own gender's form; the
    language's own pairs in words.json `gendered_surnames`, Belarusian «-оўская» and «-оўскі»)."""
    doc = span.doc
    if len(span) != 1 or span.end + 2 >= len(doc) or doc[span.end].lower_ not in ("и", "і"):
        return None
    partner = index.by_token.get(span.end + 1)
    if partner is None or len(partner.tokens) != 2 or index.by_token.get(span.end + 2) is not partner:
        return None
    first = info.words[0]
    surname = partner.tokens[-1]
    for plural, masc, fem in _PLURAL_SURNAME:
        if surname.endswith(plural) and partner.gender in ("masc", "fem"):
            # «Олега и Марину Сидоровых»: the plural form the two share, one name each
            surname = surname[: -len(plural)] + (masc if partner.gender == "masc" else fem)
            partner.tokens[-1] = surname
            partner.name = " ".join(partner.tokens)
            break
    if info.gender and partner.gender and info.gender != partner.gender:
        own = lexicon.words.get("gendered_surnames")
        for fem, masc in own.items() if isinstance(own, dict) else _GENDERED_SURNAME:
            if info.gender == "masc" and surname.endswith(fem):
                surname = surname[: -len(fem)] + masc
                break
            if info.gender == "fem" and surname.endswith(masc):
                surname = surname[: -len(masc)] + fem
                break
    person = Person(name=f"{first} {surname}", tokens=[first, surname], gender=info.gender)
    index.persons.append(person)
    return person


def _first_name_after_relative(span: Span, index: PersonIndex, lexicon: Lexicon) -> bool:
    """«Жена Сафарова Севиндж держала плакат»: one word the dictionary does not know, not shaped
    like a surname, right after a kin noun and a named man's genitive, is the relative's first
    name (news names a wife or a mother by it alone), not a surname of its own."""
    return len(span) == 1 and not surname_shaped(span[0].text) and _named_relative(span, index, lexicon)


def _partners_before_plural(
    index: PersonIndex, describe: Callable[[Span], NameInfo]
) -> list[tuple[Span, NameInfo]]:
    """«Нина и Алексей Жалязовские задержаны»: a name in the plural is two people; a first name
    right before its «и» that the NER left untagged (a sentence's first word) is the other one,
    who shares the surname (`_shares_surname`)."""
    from vigil.extract.ru.names import is_first_name  # names imports this module

    doc = index.doc
    found: list[tuple[Span, NameInfo]] = []
    for person in index.persons:
        if len(person.tokens) != 2:
            continue
        for start, end in person.mentions:
            written = doc[end - 1].lower_
            if end - start != 2 or not any(written.endswith(pl) for pl, _, _ in _PLURAL_SURNAME):
                continue
            if start < 2 or doc[start - 1].lower_ not in ("и", "і") or (start - 2) in index.by_token:
                continue
            first = doc[start - 2]
            if first.ent_type_ != "PER" and first.is_title and first.is_alpha and is_first_name(first.text):
                span = doc[start - 2 : start - 1]
                info = describe(span)
                if "surname" not in info.kinds:
                    found.append((span, info))
    return found


def _singular_surnames(index: PersonIndex) -> None:
    """«Олега и Марину Сидоровых»: a person's name keeps the surname in its own gender, not the
    plural the two shared in the text (Марина Сидорова)."""
    for person in index.persons:
        if len(person.tokens) < 2 or person.gender not in ("masc", "fem"):
            continue
        surname = person.tokens[-1]
        for plural, masc, fem in _PLURAL_SURNAME:
            if surname.endswith(plural) and len(surname) > len(plural) + 2:
                person.tokens[-1] = surname[: -len(plural)] + (masc if person.gender == "masc" else fem)
                person.name = " ".join(person.tokens)
                break


def _initialled(index: PersonIndex) -> None:
    """«Е. Рыбакова» beside «Елена Рыбакова»: initials and a surname are the one full name of the
    article with that surname (any case or gender form, compared by stem) and that initial."""
    full = [p for p in index.persons if len(p.tokens) > 1 and not p.tokens[0].endswith(".")]
    for person in list(index.persons):
        if len(person.tokens) < 2 or not person.tokens[0].endswith(".") or len(person.tokens[0]) != 2:
            continue
        letters = [w.rstrip(".") for w in person.tokens]
        if len(letters) == 2 and all(len(w) == 1 for w in letters):
            # «В. М.: …», a transcript's label: the initials of a first name and a surname
            owners = [
                p for p in full if p.tokens[0][:1] == letters[0] and p.tokens[-1][:1] == letters[1].upper()
            ]
        else:
            key = surname_key(person.tokens[-1])
            owners = [
                p
                for p in full
                if surname_key(p.tokens[-1]) == key
                and p.tokens[0][:1].lower() == person.tokens[0][:1].lower()
            ]
        if len(owners) != 1:
            continue
        index.absorb(person, into=owners[0])


def _first_and_patronymic(index: PersonIndex) -> None:
    """«Лобач Сергей Витальевич» split by the NER into a surname and «Сергей Витальевич»: the
    first name and patronymic right after a surname mention whose person has that first name
    are that person (a surname in «-вич» may read as a patronymic, so nothing else joins)."""
    for person in list(index.persons):
        second = person.tokens[-1]
        # (in any case: «Лебедевой | Марине Петровне» of an address line)
        if len(person.tokens) != 2 or not (_PATRONYMIC.search(second) or _FEM_PATRONYMIC.search(second)):
            continue
        full = [p for p in index.persons if len(p.tokens) > 1 and p.tokens[1] != person.tokens[1]]
        start = min(a for a, _ in person.mentions)
        before = index.by_token.get(start - 1)
        owners = [p for p in full if p is not person and name_key(p.tokens[0]) == name_key(person.tokens[0])]
        # only right after the surname: «Алесь Жданович» alone is a name of its own
        owners = [p for p in owners if p is before]
        if len(owners) != 1:
            continue
        index.absorb(person, into=owners[0])


def _address_forms(index: PersonIndex) -> None:
    """«Татьяна Воронцова … Татьяна Ивановна рассказала»: a first name and a patronymic with no
    surname, the polite form of address, are the one full name of the article with that first
    name (and no other patronymic); two such full names leave it alone."""
    for person in list(index.persons):
        if len(person.tokens) != 2 or not _is_patronymic(person.tokens[1]):
            continue
        first = name_key(person.tokens[0])
        owners = [
            p
            for p in index.persons
            if p is not person
            and len(p.tokens) > 1
            and not _is_patronymic(p.tokens[-1])
            and _same_given(name_key(p.tokens[0]), first)
            and (len(p.tokens) < 3 or folded(p.tokens[1]) == folded(person.tokens[1]))
        ]
        if len(owners) != 1 or owners[0].gender not in (None, person.gender) and person.gender is not None:
            continue
        if not _FEM_PATRONYMIC.search(person.tokens[1]) and not any(
            in_quotation(index.doc, a) for a, _ in person.mentions
        ):
            # «Анатолий Островский … на свободу вышел Анатолий Лукашевич»: a man's «-вич» is a
            # surname as often as a patronymic (pymorphy reads «Лукашевич», «Протасевич» as
            # patronymics only); outside someone's words, where the polite form lives, two
            # persons are safer than two people merged into one
            continue
        # (told after the full name and never beside it: «Алесь Жданович и Алесь Козлов» are two)
        sents = {index.doc[a].sent.start for a, _ in owners[0].mentions}
        if min(owners[0].mentions)[0] < min(person.mentions)[0] and not any(
            index.doc[a].sent.start in sents for a, _ in person.mentions
        ):
            index.absorb(person, into=owners[0])


def in_quotation(doc: Doc, i: int) -> bool:
    """Whether token `i` stands inside quotation marks opened earlier in its paragraph."""
    text = doc_text(doc)
    start = doc[i].idx
    before = text[text.rfind("\n", 0, start) + 1 : start]
    return (
        before.count('"') % 2 == 1
        or before.count("«") > before.count("»")
        or before.count("“") > before.count("”")
    )


def _is_patronymic(word: str) -> bool:
    """A patronymic, not a surname in «-вич» («Петрович», «Ивановна»; «Жданович» is a surname):
    a feminine one always, a masculine one when the dictionary reads it so first."""
    if _FEM_PATRONYMIC.search(word):
        return True
    if not _MASC_PATRONYMIC.search(word):
        return False
    from vigil.extract.ru.names import morph  # names imports this module

    parses = morph().parse(word)
    return bool(parses) and "Patr" in parses[0].tag and not any("Surn" in p.tag for p in parses)


def _misread_surnames(index: PersonIndex) -> None:
    """«Абдыкеримов сказал» read as a plural of a first name «Абдыкерим»: a one-word person whose
    every mention, as written, is a case form of the surname of exactly one full name of the
    article is that person (a soft sign drops as a case ending would: Шавель ~ Шавеля)."""

    def key(word: str) -> str:
        return surname_key(word).rstrip("ь")

    full = [p for p in index.persons if len(p.tokens) > 1]
    doc = index.doc
    for person in [p for p in index.persons if len(p.tokens) == 1]:
        written = {doc[a:b].text for a, b in person.mentions if b - a == 1}
        if not written or len(written) != len(person.mentions):
            continue
        owners = [p for p in full if all(key(w) == key(p.tokens[-1]) for w in written)]
        if len(owners) == 1:
            index.absorb(person, into=owners[0])


def plausible_person(person: Person, doc: Doc, lexicon: Lexicon) -> bool:
    """A person found is no person when the words say otherwise: every mention follows a street
    or «имени» («на улице Карла Маркса», «аэропорт имени Гейдара Алиева»), or a lone word is an
    outlet («рассказал Азаттыку»), a place the dictionary knows («в Баймаке») or a verb,
    preposition or interjection («Напомните», «По»). (A family in the plural: `family_plural`.)"""
    if eponym_only(person, doc, lexicon):
        return False  # (abbreviated too: «ул. Клименко», «г. Пермь, ул. Карла Маркса»)
    if len(person.tokens) != 1:
        return True
    words = _lone_words(person, doc)
    if any(outlet_word(word, lexicon) for word in words):
        return False
    if words and all(_lower_compound(word) for word in words):
        return False
    if person.mentions and all(outlet_word(_glued(doc, a, b), lexicon) for a, b in person.mentions):
        return False  # «— сказал Idel.Реалии пресс-секретарь X»: the outlet's name written with a dot
    courts = lexicon.sets.get("court_level_words", set())
    if person.mentions and all(
        b < len(doc) and doc[b].lemma_.lower() in courts and doc[a].pos_ != "NOUN" for a, b in person.mentions
    ):
        # «Слуцкий районный суд отправил его в колонию», «Ленинский районный суд»: a lone
        # capitalised adjective of a town or district before the level of a court (words
        # `court_level_words`) names the court, whatever the tagger took it for
        return False
    parses = _parses(words)
    # (a reading as a name that the dictionary gives some weight: «По» is a surname at 0.0)
    named = any(
        any(g in p.tag for g in ("Name", "Surn", "Patr")) and p.score >= 0.02 for ps in parses for p in ps
    )
    if named:
        return True
    if all(ps and "Geox" in ps[0].tag for ps in parses):
        return False
    if not lexicon.extra.get("linear") and all(
        _thing_only(w, ps) for ps, w in zip(parses, words, strict=True)
    ):
        return False
    opens = all(doc[a].is_sent_start for a, _ in person.mentions)
    return not all(
        ps
        and (
            ps[0].tag.POS in _NOT_NAMES
            and (opens or len(w) >= 4)
            or ps[0].tag.POS in ("ADJF", "PRTF", "ADVB")
            and opens  # (an adjective is a surname too: Белый)
        )
        for ps, w in zip(parses, words, strict=True)
    )


def _lower_compound(word: str) -> bool:
    """«▪️Врачу-репродуктологу Юлиане И. …»: a lone hyphenated word whose part after the hyphen
    is in lower case is a compound common noun (a profession, «акушеру-гинекологу»),
    capitalised only because it opens a sentence; a name capitalises each of its parts
    («Кара-Мурза», «Нью-Йорк»)."""
    head, dash, tail = word.partition("-")
    return bool(dash) and head[:1].isupper() and tail[:1].islower()


def _thing_only(word: str, parses: list) -> bool:
    """«пост о Буче», «инженер с Уралмаша»: a lone capitalised word that the Russian dictionary
    knows (not a guess: an unknown surname is guessed an inanimate noun too) only as an
    inanimate noun, with no reading as a name, is a town's, a plant's or a thing's name. Census
    (session 56, every one-word person of the Russian read sets, nerel-tune and realnews-ru-tune
    at L56): 11 such persons, none a gold person (8 «Буче», «Уралмаша», «Шиханов», «Кларенс»).
    Not Belarusian: the Russian dictionary only guesses its words."""
    from vigil.extract.ru.names import morph  # names imports this module

    return (
        bool(parses)
        and morph().word_is_known(word.lower())
        and all(p.tag.POS == "NOUN" and "inan" in p.tag for p in parses)
    )


def _word_before(doc: Doc, i: int) -> str:
    """The word before token `i`, past an abbreviation's full stop («ул. X» gives «ул»)."""
    if (
        i > 1
        and doc[i - 1].text == "."
        and doc[i - 2].is_alpha
        and len(doc[i - 2]) <= 4
        and not doc[i - 2].whitespace_
    ):
        return doc[i - 2].lower_  # (not «на той же улице. Тимур …»: a sentence's end)
    return doc[i - 1].lower_ if i > 0 else ""


def family_plural(person: Person, doc: Doc) -> bool:
    """«Соколовых задержали», «дочь Асановых»: a lone surname in the plural names a family, no
    person. It stays in the index while events are found (so «Соколовых задержали» can reach
    the Sokolovs named before) and leaves the output after (`RussianExtractor.extract`)."""
    if len(person.tokens) != 1:
        return False
    return all(plural_surname(w) for w in _lone_words(person, doc))


def plural_surname(word: str) -> bool:
    """«Соколовы», «Батыровых»: every reading of the word is a plural, one of them a surname."""
    parses = _parses([word])[0]
    return bool(parses) and all("plur" in p.tag for p in parses) and any("Surn" in p.tag for p in parses)


def _lone_words(person: Person, doc: Doc) -> list[str]:
    """A one-word person's mentions as written (or its name when none is one word)."""
    return [doc[a:b].text for a, b in person.mentions if b - a == 1] or person.tokens


def _parses(words: list[str]) -> list[list]:
    """The dictionary's readings of each word."""
    from vigil.extract.ru.names import morph  # names imports this module

    return [morph().parse(w) for w in words]


_NOT_NAMES = frozenset({"VERB", "INFN", "PREP", "INTJ", "CONJ", "PRCL", "GRND", "NPRO"})


def _glued(doc: Doc, a: int, b: int) -> str:
    """A mention with the tokens written on to it without a space («Idel» + «.» + «Реалии»)."""
    end = b
    while end < len(doc) and end - b < 3 and not doc[end - 1].whitespace_ and doc[end].text.strip():
        end += 1
    return doc[a:end].text


def outlet_word(word: str, lexicon: Lexicon) -> bool:
    """A form of an outlet's name (words.json `outlet_stems`: «Азаттыку», «Свободе», «Медиазона»)."""
    low = folded(word)
    return any(
        low.startswith(stem) and len(low) - len(stem) <= 3 for stem in lexicon.sets.get("outlet_stems", ())
    )


def _turn_label(span: Span, lexicon: Lexicon) -> bool:
    """«Корр.: Как вас задержали?», «ВЕДУЩИЙ: Добрый вечер»: the role label of a transcript's
    turn (words.json `turn_roles`) at the start of a line names the outlet's voice, no person."""
    doc = span.doc
    before = doc[span.start - 1] if span.start else None
    if before is not None and "\n" not in before.text and "\n" not in before.whitespace_:
        return False
    rest = doc[span.end : span.end + 2]
    if not any(t.text == ":" for t in rest) or rest[0].text not in (":", "."):
        return False
    roles = lexicon.sets.get("turn_roles", set())
    return all(t.lower_.strip(".") in roles for t in span if t.text != ".")


def _bracketed(index: PersonIndex) -> None:
    """«Екатерина Андреева (Бахвалова)»: a surname in brackets right after a name is the same
    person's other surname, wherever else it appears."""
    doc = index.doc
    for person in list(index.persons):
        for start, end in person.mentions:
            if start < 2 or end >= len(doc) or doc[start - 1].text != "(" or doc[end].text != ")":
                continue
            owner = index.by_token.get(start - 2)
            if owner is None or owner is person:
                continue
            owner.mentions.extend(person.mentions)
            for s, e in person.mentions:
                for i in range(s, e):
                    index.by_token[i] = owner
            index.persons.remove(person)
            break


_POSSESSIVE_PRONOUNS = frozenset({"его", "её", "ее", "их", "яго", "яе", "іх"})


# an age adjective in any case and gender, Russian and Belarusian: «19-летняя», «двенадцатилетний»,
# «16-гадоваму», «дзевяцігадовая»
_AGE_ADJECTIVE = re.compile(
    r"(летн|гадов)(ий|яя|ее|его|ему|юю|ей|им|ем|ие|их|ы|ая|ае|ага|аму|ую|ай|ым|ой|ім|ія|іх)$"
)


def age_adjective(word: str) -> bool:
    """A word that gives a person's age as an adjective («19-летняя», «дзевяцігадовая»)."""
    return bool(_AGE_ADJECTIVE.search(word.lower()))


def called_by_name(doc: Doc, at: int) -> bool:
    """Token `at` is «имени»/«імені» of «по имени», «па імені» (called): the name after it is the
    person's own, not a namesake's (`_eponym_at`)."""
    return doc[at].lower_ in ("имени", "імені", "імя") and doc[at - 1].lower_ in ("по", "па")


def _named_relative(span: Span, index: PersonIndex, lexicon: Lexicon) -> bool:
    """«Жена политзаключённого Игоря Баранова Ольга», «дачка Пархімовіча Вераніка»: a first
    name alone right after a kin noun and the relative's name (or right after an age
    adjective: «Двенадцатилетний Матвей») is a person of its own, the one news names only by
    first name."""
    doc = index.doc
    at = span.start - 1
    if at >= 1 and len(span) == 1 and called_by_name(doc, at):
        return True  # «мужчина по имени Михаил», «хлопец па імені Алег»: the name he is called by
    if (
        at >= 0
        and index.by_token.get(at) is None
        and age_adjective(doc[at].text)
        and len(span) == 1
        and not surname_shaped(span[0].text)
        and not any(
            len(p.tokens) > 1 and surname_key(p.tokens[-1]) == surname_key(span[0].text)
            for p in index.persons
        )
    ):
        # «Двенадцатилетний Матвей», «19-летняя Вероника»: a child or relative by age (not «47-летняя
        # Гнатюк», a surname the article's full names have)
        return True
    if (
        at >= 1
        and index.by_token.get(at) is None
        and (lexicon.word_in(doc[at], "possessors") or lexicon.word_in(doc[at], "relation_forms"))
        and doc[at - 1].lower_ in _POSSESSIVE_PRONOUNS
    ):
        return True  # «её мать Татьяна», «яе маці Таццяна»: a kin noun of someone told before
    if (
        at >= 0
        and len(span) == 1
        and index.by_token.get(at) is None
        and doc[at].is_lower
        and "kin_before_given" in lexicon.sets
        and lexicon.word_in(doc[at], "kin_before_given")
    ):
        # «остались жена, сын Андрей», «его встретили жена и брат Андрей», «ждала дочь Алеся»:
        # a kin noun right before a lone first name names that relative, with or without a
        # possessive before it (census and traps: docs/extract-ru-be.md, session 56)
        return True
    if (
        at >= 1
        and index.by_token.get(at) is None
        and doc[at].lower_ in lexicon.sets.get("kin_nouns", ())
        and doc[at - 1].lower_ in ("з", "са", "із")
    ):
        return True  # «разам з мужам Антонам», «з дачкой Алесяй»: together with a relative
    if (
        at >= 2
        and doc[at].text == ","
        and span.end < len(doc)
        and doc[span.end].text == ","
        and index.by_token.get(at - 1) is not None
    ):
        at -= 1  # «Жонка Бабёнка, Марына, расказала»: the first name set off by commas
    if (
        at >= 1
        and index.by_token.get(at) is None
        and doc[at].is_lower
        and doc[at].is_alpha
        and index.by_token.get(at - 1) is None
        and (lexicon.word_in(doc[at - 1], "possessors") or lexicon.word_in(doc[at - 1], "relation_forms"))
    ):
        return True  # «маці палітвязня Алена», «жена политзаключённого Ольга»: a kin noun of a role
    if at < 1 or index.by_token.get(at) is None:
        return False
    relative = index.by_token[at]
    while at > 0 and index.by_token.get(at - 1) is relative:
        at -= 1
    for t in reversed(doc[max(0, at - 3) : at]):
        if lexicon.word_in(t, "possessors") and t.pos_ != "PROPN" or lexicon.word_in(t, "relation_forms"):
            return True
        if not t.is_alpha:
            return False
    return False


def _one_name_in_two_readings(index: PersonIndex, oblique: tuple[str, ...]) -> None:
    """«христианке Асии Биби» read as «Асий Биби» (the dictionary's rare man's name) beside
    «Асия Биби»: two persons with one surname whose first names are case forms of one name are
    one person when only one of the two names is ever written in the article, as a nominative
    always is, and its first name has no ending only an oblique case has («Асии», «Асію»);
    that one is the name. A name left as written with such an ending joins the other reading."""
    text = doc_text(index.doc)
    full = [p for p in index.persons if len(p.tokens) > 1]
    for person in full:
        left_oblique = person.tokens[0].lower().endswith(oblique)  # «Асии Биби» as written
        if person not in index.persons or (person.name in text and not left_oblique):
            continue
        owners = [
            p
            for p in full
            if p is not person
            and p in index.persons
            and (p.name in text or left_oblique)
            and not p.tokens[0].lower().endswith(oblique)
            and surname_key(p.tokens[-1]) == surname_key(person.tokens[-1])
            and _same_given(name_key(p.tokens[0]), name_key(person.tokens[0]))
        ]
        if len(owners) != 1:
            continue
        index.absorb(person, into=owners[0])


def is_name_word(t: Token) -> bool:
    """A capitalised word of letters, an inner apostrophe or hyphen allowed («Дар'я»,
    «Мар’яна», «Анна-Мария»), which `str.istitle` would refuse after the apostrophe."""
    text = t.text
    return (
        text[:1].isupper()
        and text[-1:].isalpha()
        and all(ch.isalpha() or ch in "'’ʼ-" for ch in text)
        and not text[1:].replace("'", "").replace("’", "").replace("ʼ", "").replace("-", "").isupper()
    )


def _bare_surnames(index: PersonIndex) -> None:
    """«Ломако сказал»: a bare surname the NER missed is a mention of the full name with that
    surname in the same article (any case form, compared by stem)."""
    by_key: dict[str, Person] = {}
    exact: dict[str, Person] = {}
    relatives: dict[str, list[Person]] = {}
    for person in index.persons:
        if len(person.tokens) > 1:
            # («Турдубай уулу»: a surname closed by a Turkic particle is found by its first word)
            head = person.tokens[-1].split()[0]
            by_key.setdefault(surname_key(head), person)
            exact.setdefault(head, person)
            relatives.setdefault(surname_key(head), []).append(person)
    if not by_key:
        return
    doc = index.doc
    for t in doc:
        # («Лук'яновіч пакараны …»: a Belarusian surname with its apostrophe is a name word too)
        apostrophe = "-" not in t.text and not t.is_alpha and is_name_word(t)
        if t.i in index.by_token or not (t.is_alpha or apostrophe or _hyphenated(t.text)) or len(t.text) < 3:
            continue
        if not t.is_title and not apostrophe and not (t.is_upper and _in_turn_label(t)):
            continue
        # «Ліс атрымаў шэсць гадоў»: a three-letter surname only as written
        person = exact.get(t.text) if len(t.text) == 3 else by_key.get(surname_key(t.text))
        kin = relatives[surname_key(person.tokens[-1].split()[0])] if person is not None else []
        if len(kin) > 1:
            person = _relative_of_gender(t.text, kin) or person
        if person is not None:
            tail = person.tokens[-1].split()[1:]
            end = t.i + 2 if tail and t.i + 1 < len(doc) and doc[t.i + 1].text == tail[0] else t.i + 1
            person.mentions.append((t.i, end))
            for k in range(t.i, end):
                index.by_token[k] = person


# a surname form only one gender has (adjectival -скі/-ская and possessive -аў/-ава in their
# cases); Russian -ской is left out: a man's nominative too («Ланской»)
_MASC_ONLY_FORM = ("скага", "цкага", "скаму", "цкаму", "скім", "цкім", "ского", "цкого", "скому", "цкому")
_FEM_ONLY_FORM = ("скай", "цкай", "скую", "цкую", "ская", "цкая", "авай", "овай", "евай", "ёвай", "інай")
_FEM_ONLY_FORM += ("ынай", "овой", "евой", "ёвой", "иной", "ыной")


def _relative_of_gender(word: str, people: list[Person]) -> Person | None:
    """«Святлана Жураўская, жонка Юрыя Жураўскага … Жураўскага асудзілі»: a bare surname two
    relatives in the article share is the one whose gender its ending shows (session 59,
    bepersons: six bare mentions in the Belarusian read sets went to the relative named first)."""
    low = word.lower()
    gender = "masc" if low.endswith(_MASC_ONLY_FORM) else "fem" if low.endswith(_FEM_ONLY_FORM) else None
    if gender is None:
        return None
    fitting = [p for p in people if p.gender == gender]
    return fitting[0] if len(fitting) == 1 else None


def _hyphenated(word: str) -> bool:
    """«Кара-Мурза сказал»: a double surname the tokeniser keeps as one word is a name word
    too, each part a capitalised word of letters (session 56, heroes: its bare later mentions
    carried no quote and no event)."""
    parts = word.split("-")
    return len(parts) == 2 and all(part.isalpha() and part[:1].isupper() for part in parts)


def _in_turn_label(t: Token) -> bool:
    """«ЛОСЕВ: …», «МАРИНА ВЕТЛУГИНА: …»: a word in capitals in the label before a colon that
    opens a line, as transcripts name their speakers."""
    doc = t.doc
    start = t.i
    while start > 0 and doc[start - 1].is_upper and doc[start - 1].is_alpha and t.i - start < 3:
        start -= 1
    before = doc[start - 1] if start else None
    if before is not None and "\n" not in before.text and "\n" not in before.whitespace_:
        return False
    end = t.i + 1
    while end < len(doc) and doc[end].is_upper and doc[end].is_alpha and end - t.i < 3:
        end += 1
    if end < len(doc) and doc[end].text == ")":
        end += 1  # «ВЕДУЩИЙ (ПАВЕЛ ЛОСЕВ):»
    return end < len(doc) and (doc[end].text == ":" or _role_after_label(doc, end) is not None)


def _role_after_label(doc: Doc, comma: int) -> int | None:
    """«ИРИНА ЛОЗА, адвокат: …»: the speaker's role after a comma in a turn label, one to four
    lower-case words up to the colon; the colon's index, or None."""
    if comma >= len(doc) or doc[comma].text != ",":
        return None
    k = comma + 1
    while k < len(doc) and k - comma <= 4 and doc[k].is_lower and doc[k].is_alpha:
        k += 1
    if k == comma + 1 or k >= len(doc) or doc[k].text != ":":
        return None
    return k


def _capital_turn_labels(index: PersonIndex, describe: Callable[[Span], NameInfo], lexicon: Lexicon) -> None:
    """«ИРИНА ЛОЗА, адвокат: …», «ИРИНА ЛОЗА: …»: transcripts name their speakers in capitals at
    the start of a line, which the NER does not read as a name. Two or three such words that
    read as a first name and a surname are that person, title-cased and in the nominative as
    a label is written (the tagger often takes capitals for another case: «ВАЛЕРИЯ» as
    Валерий's genitive)."""
    doc = index.doc
    roles = lexicon.sets.get("turn_roles", set())
    for t in doc:
        if t.i in index.by_token or not (t.is_upper and t.is_alpha and len(t.text) > 1):
            continue
        before = doc[t.i - 1] if t.i else None
        if before is not None and ("\n" not in before.text and "\n" not in before.whitespace_):
            continue
        end = t.i
        while end < len(doc) and doc[end].is_upper and doc[end].is_alpha and len(doc[end].text) > 1:
            end += 1
        if not 2 <= end - t.i <= 3 or not _in_turn_label(t):
            continue
        span = doc[t.i : end]
        if any(x.lower_ in roles or x.i in index.by_token for x in span):
            continue
        info = describe(span)
        if info.kinds[0] != "first" or "surname" not in info.kinds:
            continue
        words = [_title(x.text) for x in span]
        kinds = ["first"] * (len(words) - 1) + ["surname"]
        _add(index, span, NameInfo(words, kinds, _label_gender(words[-1], info)))
    for person in index.persons:
        if all(w.isupper() and len(w) > 1 for w in person.tokens):
            # «ПАВЕЛ ЛОСЕВ» the NER did read in a label: the name as the article would write it
            person.tokens = [_title(w) for w in person.tokens]
            person.name = " ".join(person.tokens)


def _title(word: str) -> str:
    """«АБАШИДЗЕ» → Абашидзе, «ШАРЕНДО-ПАНАСЮК» → Шарендо-Панасюк."""
    return "-".join(part[:1] + part[1:].lower() for part in word.split("-"))


# a declined surname written as its nominative shows its gender whatever the tagger says (a
# woman's «Мальцева» is no genitive: hers is «Мальцевой»); indeclinable ones show none
DECLINED_NOMINATIVE = {
    "fem": ("ова", "ева", "ёва", "ина", "ына", "ская", "цкая"),
    "masc": ("ов", "ев", "ёв", "ин", "ын", "ский", "цкий"),
}


def _label_gender(surname: str, info: NameInfo) -> str | None:
    """A nominative surname's own ending decides (Корнилова is a woman whatever the tagger
    made of the first name in capitals); otherwise the name's reading."""
    low = surname.lower()
    return next((g for g, endings in DECLINED_NOMINATIVE.items() if low.endswith(endings)), info.gender)


def _bare_first_names(index: PersonIndex) -> None:
    """«— перадала Дар'я праз адваката»: a first name alone, in the nominative and not at a
    sentence start, that only one person of the article bears, is that person; so is a
    person the article names by that first name alone («Сыну, 16-гадоваму Максіму» … «— кажа
    Максім»), when no full name shares it."""
    by_first: dict[str, list[Person]] = {}
    for person in index.persons:
        if len(person.tokens) > 1:
            by_first.setdefault(name_key(person.tokens[0]), []).append(person)
    for person in index.persons:
        if len(person.tokens) == 1 and _one_named_before(index, person.tokens[0]) is person:
            by_first.setdefault(name_key(person.tokens[0]), []).append(person)
    for t in index.doc:
        if t.i in index.by_token or t.is_sent_start or not t.text[:1].isupper():
            continue
        people = by_first.get(name_key(t.lower_), [])
        if len(people) == 1 and (t.i + 1 >= len(index.doc) or not index.doc[t.i + 1].is_title):
            people[0].mentions.append((t.i, t.i + 1))
            index.by_token[t.i] = people[0]


def _lone_given_names(index: PersonIndex) -> None:
    """«Асия Биби … В 2010 году Асия была приговорена»: a one-word person whose word is the
    first name of exactly one full name in the article (and nobody's surname) is that person,
    not a second one (the NER takes a foreign first name alone for a surname)."""
    full = [p for p in index.persons if len(p.tokens) > 1]
    for person in [p for p in index.persons if len(p.tokens) == 1]:
        word = name_key(person.tokens[0])
        if any(surname_key(p.tokens[-1]) == surname_key(person.tokens[0]) for p in full):
            continue
        owners = [p for p in full if _same_given(name_key(p.tokens[0]), word)]
        if len(owners) != 1:
            continue
        owner = owners[0]
        if (
            person.gender
            and owner.gender
            and person.gender != owner.gender
            and word != name_key(owner.tokens[0])
        ):
            continue  # the parser's genders disagree on two forms: better two persons than a wrong antecedent
        index.absorb(person, into=owner)


def _same_given(a: str, b: str) -> bool:
    """Two case forms of one first name: all but the last letter of the shorter agree
    («Асия» / «Асию» / «Асію», «Мария» / «Марии»)."""
    n = max(3, min(len(a), len(b)) - 1)
    return abs(len(a) - len(b)) <= 1 and a[:n] == b[:n]


def _past_deity(span: Span, lexicon: Lexicon) -> Span | None:
    """«Свидетелям Иеговы», «Сведкі Іеговы»: a deity's name (words.json `deity_names`) is no
    person; in a name span it names a faith or its organisation, so the span keeps only the
    words after it («Свидетеля Иеговы Ивана Петрова» → Ивана Петрова), or none. Census (session
    51, the Russian and Belarusian read sets): «Свидетели Иеговы» in 5 documents of 5 sets
    (syn13-ru-a, syn34-ru-b, syn38-ru-b, syn40-ru-b, syn41-ru-b), a person by the gold in none;
    NER made a person «Свидетель Иегова» of it in 2 of them (syn40-ru-b, syn41-ru-b), each with
    a false verdict."""
    deity = lexicon.sets.get("deity_names", set())
    last = max((t.i for t in span if t.lower_ in deity), default=None)
    if last is None:
        return span
    if last + 1 >= span.end:
        return None
    return span.doc[last + 1 : span.end]


_ON_BEHALF = frozenset({"от", "на", "ад"})  # «от имени X», «на імя X»: on behalf of, addressed to X


def _eponym_at(doc: Doc, i: int, eponym: set[str] | frozenset[str]) -> bool:
    """Token `i` is a noun a namesake follows («имени», «імя», «памятника»), not «от имени» (on
    behalf of), «на імя» (addressed to) or «по имени» (called), after which the name is a person's."""
    return doc[i].lower_ in eponym and not (
        i > 0 and (doc[i - 1].lower_ in _ON_BEHALF or called_by_name(doc, i))
    )


def _namesake_cut(span: Span, info: NameInfo, lexicon: Lexicon) -> int | None:
    """«активиста Фонда имени Мустая Карима Ильдара Юсупова», «ВГУ имени Машерова Ольга
    Савицкая»: the NER may run the namesake of an institution into the name of the person after
    it. After «имени»/«імя» (or a capitalised word after one: the namesake's given name outside
    the span), the person's name opens at the last given name before the last surname; the words
    before it are the namesake's (0: nothing to cut; None: the span is the namesake alone, which
    `plausible_person` would drop anyway). Census (session 55, the Russian and Belarusian read
    sets): 18 runs of capitals after «имени»/«імя», 13 with a gold person after the namesake."""
    eponym = lexicon.sets.get("eponym_nouns", set())
    doc, k = span.doc, span.start - 1
    after = k >= 0 and _eponym_at(doc, k, eponym)
    outside = k >= 1 and doc[k].is_title and _eponym_at(doc, k - 1, eponym)
    if not (after or outside) or len(info.kinds) != len(span):
        return 0
    surnames = [j for j, kind in enumerate(info.kinds) if kind == "surname"]
    firsts = [j for j, kind in enumerate(info.kinds) if kind == "first" and surnames and j < surnames[-1]]
    if not firsts:
        return None if after else 0
    return firsts[-1]


def eponym_only(person: Person, doc: Doc, lexicon: Lexicon) -> bool:
    """Every mention follows a street noun or a namesake's noun («на улице Карла Маркса»,
    «аэропорт имени Гейдара Алиева», «на вуліцы Кастуся Каліноўскага»): a place or body named
    after someone, no person of the article."""
    eponym = lexicon.sets.get("eponym_nouns", set())
    streets = lexicon.sets.get("street_nouns", set())
    return bool(person.mentions) and all(
        _word_before(doc, a) in streets or a > 0 and _eponym_at(doc, a - 1, eponym)
        for a, _ in person.mentions
    )


def trim_span(ent: Span) -> Span | None:
    """The name words of a PER span (punctuation and a sentence-initial common noun dropped)."""
    tokens = [t for t in ent if t.is_alpha or "-" in t.text]
    # «Политзаключённый Николай Ветров» at a sentence start: the capital is the sentence's
    while len(tokens) > 1 and tokens[0].pos_ in ("NOUN", "ADJ") and tokens[0].is_sent_start:
        tokens = tokens[1:]
    # «У Халилова был диабет», «В Сахарова»: a one-letter preposition or conjunction with no
    # full stop after it is no initial
    while (
        len(tokens) > 1
        and len(tokens[0].text) == 1
        and tokens[0].pos_ in ("ADP", "CCONJ", "SCONJ", "PART")
        and not (tokens[0].i + 1 < len(ent.doc) and ent.doc[tokens[0].i + 1].text == ".")
    ):
        tokens = tokens[1:]
    if not tokens:
        return None
    return ent.doc[tokens[0].i : tokens[-1].i + 1]


def _closed_by_particle(span: Span, info: NameInfo, lexicon: Lexicon) -> NameInfo:
    """«Адилет Турдубай уулу», «Айгерим Токтосун кызы»: a Turkic «son / daughter of» after the
    father's name (words.json `closing_name_particles`) makes one surname with it, which never
    declines, so each later «Турдубай уулу» is the same surname."""
    closing = lexicon.sets.get("closing_name_particles", ())
    if len(span) < 2 or len(info.words) < 2 or span[-1].text not in closing:
        return info
    surname = f"{span[-2].text} {span[-1].text}"
    kinds = [*info.kinds[:-2], "surname"]
    if "first" not in kinds and len(kinds) > 1:
        kinds[0] = "first"
    return NameInfo([*info.words[:-2], surname], kinds, info.gender)


def _family(span: Span, lexicon: Lexicon) -> bool:
    """«семьи Абдуллаевых», «супруги Ивановы», «братьев Гаджиевых»: a plural surname after a
    word for a family names the family, no one person (the members are named on their own)."""
    word = span[0]
    plural = "Plur" in word.morph.get("Number") or word.lower_.endswith(("ых", "ыми", "овы", "евы", "ины"))
    if len(span) != 1 or span.start == 0 or not plural:
        return False
    return (
        lexicon.word_in(span.doc[span.start - 1], "family_collectives")
        if "family_collectives" in lexicon.sets
        else False
    )


def _quoted_title(span: Span) -> bool:
    """«Нашай Нівы», "Новой газеты": a name in a pair of quotes of its own is a title."""
    doc = span.doc
    marks = ('"', "«", "»", "„", "“", "”")
    return (
        span.start > 0
        and span.end < len(doc)
        and doc[span.start - 1].text in marks
        and doc[span.end].text in marks
    )


def _add(index: PersonIndex, span: Span, info: NameInfo) -> None:
    surname = info.words[info.kinds.index("surname")]
    first = info.words[info.kinds.index("first")] if "first" in info.kinds else None
    key = surname_key(surname)
    match = None
    for person in index.persons:
        if surname_key(person.tokens[-1]) != key:
            continue
        other_first = person.tokens[0] if len(person.tokens) > 1 else None
        if first and other_first and first[0].lower() != other_first[0].lower():
            continue
        if first and other_first and _other_given_name(first, other_first):
            continue  # «Виталий Гончаренко» and his wife «Валентина Гончаренко»
        if (
            first
            and other_first
            and info.gender
            and person.gender
            and info.gender != person.gender
            and name_key(first) != name_key(other_first)
        ):
            continue  # «Олег Кравец» and his wife «Ольга Кравец» (one name read as two genders is one)
        match = person
        break
    if match is None:
        match = Person(name=" ".join(_name_words(info)), tokens=_name_words(info), gender=info.gender)
        index.persons.append(match)
    elif len(_name_words(info)) > len(match.tokens) or (
        info.gender != "fem" and _masculine_of(_name_words(info), match.tokens)
    ):
        if len(match.tokens) == 1 and first is not None and info.gender and _first_name_agrees(first, info):
            # a bare surname told first, as a headline tells it («Колесникова может попросить о
            # помиловании»), has a gender the tagger guessed («-ова»: a woman, or a man's
            # genitive); the full name told next («Мария Колесникова») settles it when the
            # dictionary's first name agrees with the full name's own gender (session 58, rureal:
            # the dictionary reads «Аксана», «Алена» as a man's genitive)
            match.gender = info.gender
        match.tokens = _name_words(info)
        match.name = " ".join(match.tokens)
        if info.gender != "fem" and _masculine_of(match.tokens, []):
            match.gender = "masc"
    if match.gender is None:
        match.gender = info.gender
    match.mentions.append((span.start, span.end))
    for t in span:
        index.by_token[t.i] = match


def _first_name_agrees(first: str, info: NameInfo) -> bool:
    """The dictionary knows the first name and gives it the full name's own gender."""
    from vigil.extract.ru.names import known_first_name_gender  # names imports this module

    return known_first_name_gender(first) == info.gender


def _other_given_name(a: str, b: str) -> bool:
    """Two first names of one initial that name two people: both known names of different
    groups (`given_status`), opening differently too («Виталий»/«Валентина», «Анатоль»/«Андрэй»:
    a father and his son). A diminutive or an oblique form misread as another name keeps its
    opening («Стась»/«Станіслаў», «Александра» read for «Александр») and stays one person."""
    return given_status(a, b)[0] == "different" and latin_key(a)[:3] != latin_key(b)[:3]


def _masculine_of(words: list[str], other: list[str]) -> bool:
    """«автомобиля Сайфулло Саипова» left as written, then «Сайфулло Саипов»: a surname in
    -ов/-ев/-ин is a man's, and the same name with -а is its genitive or accusative, never a
    woman's surname beside it (hers would be -ова throughout). With `other` empty: whether
    `words` ends in such a man's surname."""
    if not words or not _MASCULINE_SURNAME.search(words[-1]):
        return False
    if not other:
        return True
    return len(other) == len(words) and other[:-1] == words[:-1] and other[-1] == words[-1] + "а"


_MASCULINE_SURNAME = re.compile(r"(ов|ев|ёв|ин|ын)$")


def _name_words(info: NameInfo) -> list[str]:
    """First name and surname (a patronymic is kept only when it is all there is)."""
    kept = [w for w, k in zip(info.words, info.kinds, strict=True) if k != "patronymic"]
    return kept or info.words


def _one_named_before(index: PersonIndex, first: str) -> Person | None:
    """«Сыну, 16-гадоваму Максіму, …» … «— кажа Максім»: a first name alone, told again, is the
    person the article already names by that first name alone (a child, a relative news gives
    no surname), not nobody; only one such person, and no full name shares that first name. A
    word shaped like a surname («сям'і Масевічаў»: a family in the plural) is no first name."""
    if surname_shaped(first):
        return None
    key = name_key(first)
    lone = [p for p in index.persons if len(p.tokens) == 1 and name_key(p.tokens[0]) == key]
    if len(lone) != 1 or any(len(p.tokens) > 1 and name_key(p.tokens[0]) == key for p in index.persons):
        return None
    return lone[0]


def _by_first(index: PersonIndex, info: NameInfo) -> Person | None:
    first = info.words[0].lower()
    for person in index.persons:
        if len(person.tokens) > 1 and person.tokens[0].lower() == first:
            return person
    return None


def pronoun_gender(token: Token, lexicon: Lexicon) -> str | None | bool:
    """'masc' / 'fem' for a third-person singular pronoun, False when not one."""
    low = token.lower_
    if low in lexicon.pronouns["masc"] and low not in lexicon.pronouns["plural"]:
        return "masc"
    if low in lexicon.pronouns["fem"]:
        return "fem"
    if low in lexicon.pronouns["masc"]:
        # "им" is "him" or "them": a dative is always "them" («Им назначено по два года»: an
        # impersonal verb shows no number); otherwise the verb's number decides
        if "Dat" in token.morph.get("Case"):
            return False
        if token.lower_ in ("им", "ним") and "Ins" in token.morph.get("Case"):
            return "masc"  # the plural instrumental is «ими»: «за ним пришли» is one man
        return "masc" if token.head.morph.get("Number") != ["Plur"] else False
    return False


def roles_of(person: Person, doc: Doc) -> list[str]:
    """Role nouns the article puts before the name («журналистка Ольга Сергеенко»)."""
    roles: list[str] = []
    for start, _end in person.mentions:
        if start == 0:
            continue
        prev = doc[start - 1]
        if prev.pos_ == "NOUN" and prev.is_lower and doc[start].head.i == prev.i:
            role = prev.lemma_
            if role not in roles:
                roles.append(role)
    return roles


__all__ = [
    "COME_VERBS",
    "DECLINED_NOMINATIVE",
    "NameInfo",
    "PersonIndex",
    "family_plural",
    "find_persons",
    "name_key",
    "outlet_word",
    "plausible_person",
    "pronoun_gender",
    "roles_of",
    "surname_key",
    "trim_span",
]
