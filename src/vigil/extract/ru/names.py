"""Russian names in the nominative with pymorphy3, which keeps the gender of the form found
(«Колесниковой» → «Колесникова», never «Колесников»)."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from functools import lru_cache

import pymorphy3
from spacy.tokens import Doc, Span, Token

from vigil.extract.en.persons import census_given_names, given_names
from vigil.extract.findings import fold
from vigil.extract.ru.persons import NameInfo, is_name_word, surname_key, surname_shaped

# surnames that never decline: -ко, -их/-ых, -аго/-яго, foreign -е/-и/-у/-о
_INDECLINABLE = re.compile(r"(ко|ых|их|аго|яго|[еиоуэю])$", re.I)
# Turkic names that end in "son of" / "daughter of" never decline (Вагифгызы, Мамедоглы)
_TURKIC_PATRONYMIC = re.compile(r"(гызы|кызы|оглы|оглу|улы|уулу)$", re.I)


@lru_cache(maxsize=1)
def morph() -> pymorphy3.MorphAnalyzer:
    return pymorphy3.MorphAnalyzer()


def describe_ru(span: Span) -> NameInfo:
    latin = latin_name(span)
    if latin is not None:
        return latin
    tokens = [t for t in span if t.text != "."]
    if len(tokens) > 1 and all(len(t.text) == 1 for t in tokens[:-1]):
        # initials and a surname: the surname in the nominative, the initials as written
        info = describe_ru(span[-1:])
        return NameInfo(
            [f"{t.text}." for t in tokens[:-1]] + info.words,
            ["first"] * (len(tokens) - 1) + info.kinds,
            info.gender,
        )
    if _surname_first(tokens):
        tokens = [*tokens[1:], tokens[0]]  # «Петрову Анну Викторовну» → Анна Викторовна Петрова
    # a capital mid-sentence is the name's own («Эдем Куртсеитов»), not a sentence opener's
    if len(tokens) > 1 and _common(tokens[0].text) and (tokens[0].is_sent_start or not tokens[0].is_title):
        return NameInfo([t.text for t in tokens], ["common"] + ["surname"] * (len(tokens) - 1), None)
    genders = [g for t in tokens for g in t.morph.get("Gender")]
    gender = None
    if genders:
        gender = "fem" if genders.count("Fem") > genders.count("Masc") else "masc"
    agreed = None
    if len(tokens) > 1:
        # «-овой» is feminine whatever the first name; a masculine-looking surname («Жук»)
        # may be a woman's, so there the first name decides
        surname_gender = _surname_gender(tokens[-1].text)
        # «Ульви Гасымов»: a surname in -ов as written is a man's (a woman's is «Гасымова» in
        # every case), whatever gender the dictionary gives an unusual first name («Ульви»)
        masc_written = (
            surname_gender is None
            and len(tokens[-1].text) > 4
            and tokens[-1].text.lower().endswith(("ов", "ев", "ёв"))
        )
        if tokens[-1].text.lower().endswith(("ского", "цкого", "скому", "цкому")):
            surname_gender = "masc"  # «Алеся Беляцкого» is Алесь's genitive, not a woman Алеся
        first_gender = _first_name_gender(tokens[0].text, _case_of(tokens[0]))
        if (
            surname_gender == "fem"
            and first_gender == "masc"
            and _case_of(tokens[0]) == ("Nom",)
            and tokens[-1].text.lower().endswith(("ской", "цкой"))
        ):
            surname_gender = "masc"  # «Пётр Ланской», «Иван Трубецкой»: a man's -ской, not her genitive
        if first_gender != "fem" and _undeclined_first(tokens[0].text, tokens[-1].text):
            # (a man's first name the dictionary holds would decline too: «Бермет Осмонову» is
            # hers, where his would be «Бермета Осмонова» or «Бермету Осмонову»)
            first_gender = agreed = "fem"
        gender = ("fem" if surname_gender == "fem" else first_gender) or surname_gender or gender
        if surname_gender is None and not _known_name(tokens[0].text):
            agreed = _agreement_gender(span)  # «Наргес Мохаммади задержана»: the dictionary only guesses
            gender = agreed or gender
        elif (
            surname_gender != "fem"
            and tokens[-1].text.lower().endswith(_FEMININE_OR_GENITIVE)
            and not only_oblique(tokens[0].text)  # «Николая Глушкова»: his genitive, whatever the tagger says
        ):
            # «Эльмаз Курсеитова успела снять»: a first name the dictionary holds as a man's, a
            # surname that is her nominative or (all the dictionary may know) his genitive; the
            # words agreeing with it decide, else the tagger's feminine nominative of both words
            said = _agreement_gender(span)
            tagged = all(_case_of(t) == ("Nom",) and t.morph.get("Gender") == ["Fem"] for t in tokens)
            agreed = "fem" if said == "fem" or (said is None and tagged) else None
            gender = agreed or gender
        elif (
            surname_gender != "fem"
            and first_gender != "masc"
            and tokens[-1].text.lower().endswith(_FEMININE_ACCUSATIVE_OR_DATIVE)
            and _agreement_gender(span) == "fem"
        ):
            # «Журналистку … Севиндж Мамедову задержали»: a first name the dictionary does not
            # hold as a man's and a surname that is her accusative or (all it may know) his
            # dative; a feminine noun it stands beside makes it hers
            agreed = gender = "fem"
        if masc_written:
            agreed = gender = "masc"
    words: list[str] = []
    kinds: list[str] = []
    first_case = _case_of(tokens[0])
    for n, t in enumerate(tokens):
        # a surname agrees with the first name before it, whose case the tagger reads more surely
        case = first_case if first_case else tuple(t.morph.get("Case"))
        kind, word, g = _word(t.text, n, len(tokens), gender, case)
        if n == 0 and kind == "first" and g and not agreed:
            gender = g
        words.append(word)
        kinds.append(kind)
    if "surname" not in kinds and len(tokens) > 1 and kinds[-1] != "patronymic":
        kinds[-1] = "surname"
    return NameInfo(words, kinds, gender)


# a surname ending that is a woman's nominative or a man's genitive («Курсеитова»)
_FEMININE_OR_GENITIVE = ("ова", "ева", "ёва", "ина", "ына")
# a surname ending that is a woman's accusative or a man's dative («Мамедову»)
_FEMININE_ACCUSATIVE_OR_DATIVE = ("ову", "еву", "ёву", "ину", "ыну")


def _known_name(word: str) -> bool:
    return any(p.is_known and "Name" in p.tag for p in morph().parse(word))


def _agreement_gender(span: Span) -> str | None:
    """The gender of a name neither of whose words the dictionary knows («Наргес Мохаммади»),
    from the words that agree with it: the past verb or short participle it is the subject of
    («задержана»), or a feminine noun it stands in apposition to («правозащитница»; a
    masculine noun of a profession is said of women too)."""
    root = span.root
    head = root.head
    agreeing = (
        root.dep_ in ("nsubj", "nsubj:pass")
        and head.pos_ in ("VERB", "ADJ", "AUX")
        and "Sing" in head.morph.get("Number")
        and ("Past" in head.morph.get("Tense") or head.pos_ == "ADJ")
    )
    if agreeing and head.morph.get("Gender") in (["Fem"], ["Masc"]):
        return "fem" if head.morph.get("Gender") == ["Fem"] else "masc"
    if (
        root.dep_ == "appos"
        and head.pos_ == "NOUN"
        and "Inan" in head.morph.get("Animacy")
        and head.dep_ == "nmod"
    ):
        head = head.head  # «Журналистку издания «…» X»: the parse hung the name on the outlet
    if (
        root.dep_ in ("appos", "flat:name")
        and head.pos_ == "NOUN"
        and (head.is_lower or (head.is_sent_start and head.is_title))  # («Журналистку … X задержали»)
        and head.morph.get("Gender") == ["Fem"]
        and "Anim" in head.morph.get("Animacy")
    ):
        return "fem"
    return None


# the case a name's place in the parse shows when the tagger's case cannot be right
_CASE_BY_RELATION = {"nmod": ("Gen",), "obj": ("Acc",), "iobj": ("Dat",)}


def _case_of(t: Token) -> tuple:
    """The tagger's case, unless it reads as nominative a form the dictionary knows only as an
    oblique case of a name («сотрудника прокуратуры Мирзу Субелиани», «семья Асии Биби»):
    then the case of the noun it is in apposition with, or the one its relation implies."""
    case = tuple(t.morph.get("Case"))
    if case != ("Nom",) or not only_oblique(t.text):
        return case
    if t.dep_ == "appos":
        head = tuple(t.head.morph.get("Case"))
        return head if head and head != ("Nom",) else case
    return _CASE_BY_RELATION.get(t.dep_) or _dictionary_case(t.text) or case


_UD_CASES = {"gent": "Gen", "datv": "Dat", "accs": "Acc", "ablt": "Ins", "loct": "Loc"}


def _dictionary_case(text: str) -> tuple:
    """The one oblique case every first-name reading of the word shares («Азату», «Ришату»:
    dative only), for a name that opens its sentence, where the tagger reads it as the
    subject; empty when the readings disagree («Резеде» is dative or locative)."""
    cases = {p.tag.case for p in morph().parse(text) if "Name" in p.tag and "plur" not in p.tag}
    if len(cases) != 1:
        return ()
    found = _UD_CASES.get(cases.pop() or "")
    return (found,) if found else ()


@lru_cache(maxsize=20000)
def only_oblique(text: str) -> bool:
    """Every singular reading of the word as a first name is in an oblique case, and none of
    its readings is a nominative («Мирзу», «Асии»; not «Субелиани», not an unknown word)."""
    parses = morph().parse(text)
    names = [p for p in parses if "Name" in p.tag and "plur" not in p.tag and "Fixd" not in p.tag]
    return bool(names) and not any(p.tag.case == "nomn" and "plur" not in p.tag for p in parses)


def _undeclined_first(first: str, surname: str) -> bool:
    """«Айтен Мамедову», «Бермет Осмонову»: a first name ending in a consonant beside a surname
    with a case ending kept no ending of its own, so it is a woman's (a man's would decline:
    «Эльдара Мамедова», «Фаилю Алсынову»), whatever gender the dictionary gives it."""
    return (
        first[-1:].lower() not in _VOWELS
        and first[-1:].isalpha()
        and all(p.tag.case == "nomn" or "Fixd" in p.tag for p in morph().parse(first) if p.tag.POS == "NOUN")
        and surname.lower().endswith(("ову", "еву", "ёву", "ину", "ыну"))
    )


def _surname_first(tokens: list) -> bool:
    """The order of court lists and official registers: surname, first name, patronymic."""
    if len(tokens) != 3 or _first_name_gender(tokens[0].text, ()):
        return False
    gender = _first_name_gender(tokens[1].text, ())
    return bool(gender) and _patronymic(tokens[2].text, gender)


# a patronymic in any case: a man's (-ич, -іч), a woman's (-вна, -ична, -ўна)
_MASC_PATRONYMIC = re.compile(r"(ич|ича|ичу|ичем|іч|іча)$")
_FEM_PATRONYMIC = re.compile(r"(вна|вну|вны|вной|вне|ична|ичну|ичны|ичной|ичне|ўна|ўну|ўны|ўне)$")


_NAMESAKE = frozenset({"имени", "імя", "імені"})


def _patronymic(word: str, gender: str) -> bool:
    """A patronymic after a first name of `gender`. A woman's never ends in a man's -ич/-іч:
    after her first name that is a Belarusian or Serbian surname («Алина Зенькович»)."""
    if gender == "fem":
        return bool(_FEM_PATRONYMIC.search(word))
    return bool(_MASC_PATRONYMIC.search(word) or _FEM_PATRONYMIC.search(word))


@lru_cache(maxsize=20000)
def _common(text: str) -> bool:
    """A known word that is never a name («Политзаключённый» capitalised at a sentence start)."""
    analyser = morph()
    parses = analyser.parse(text.lower())
    return analyser.word_is_known(text.lower()) and not any(
        {"Name", "Surn", "Patr"} & set(p.tag.grammemes) for p in parses
    )


def _feminine_ija(text: str, case: tuple) -> str | None:
    """«Асию», «Асии», «Азией»: the case forms of a woman's name in -ия that no man's name in
    -ий has in the case the tagger read (-ию accusative, -ии genitive or dative, -ией
    instrumental) give the nominative in -ия, whatever rarer man's name the dictionary offers."""
    endings = {"Acc": "ию", "Gen": "ии", "Dat": "ии", "Ins": "ией"}
    ending = endings.get(case[0]) if case else None
    if ending is None or not text.lower().endswith(ending) or len(text) <= len(ending) + 1:
        return None
    wanted = _CASES[case[0]]
    if any(p.tag.case == wanted and "Name" in p.tag for p in morph().parse(text)):
        return None
    return text[: len(text) - len(ending)] + "ия"


@lru_cache(maxsize=20000)
def _first_name_gender(text: str, case: tuple) -> str | None:
    """The gender of a first name, which decides how the surname after it declines."""
    if _feminine_ija(text, case):
        return "fem"
    # a person's name is singular and news never addresses one: «Найджел» read as the plural
    # or vocative of «Найджела» is a name the dictionary does not know
    names = [p for p in morph().parse(text) if "Name" in p.tag and not {"plur", "voct"} & p.tag.grammemes]
    if case and case[0] in _CASES:
        cased = [p for p in names if p.tag.case == _CASES[case[0]]]
        if names and not cased and case[0] == "Dat":
            return None  # «назначил Фаилю»: no dative «Фаилю» in the dictionary, so not «Фаиля»
        names = cased or names
    if not names:
        return None
    return {"masc": "masc", "femn": "fem"}.get(names[0].tag.gender or "")


def guessed_first_name(text: str) -> bool:
    """«Жанар» read as «ж» + «Анар», «Лейсан» by a known ending: every name reading of the word
    is the dictionary's guess, not an entry, so its gender is no evidence."""
    names = [p for p in morph().parse(text) if "Name" in p.tag]
    return bool(names) and all(
        len(p.methods_stack) > 1 or type(p.methods_stack[0][0]).__name__ != "DictionaryAnalyzer"
        for p in names
    )


def known_first_name_gender(first: str) -> str | None:
    """The gender the dictionary gives a first name it knows; None for one it only guesses
    («Жанар», «Лейсан») or does not know, whose gender is no evidence."""
    if guessed_first_name(first):
        return None
    return _first_name_gender(first, ())


def dictionary_gender(words: list[str]) -> str | None:
    """The gender the dictionary gives a name (its first name, else its surname); None for a
    foreign name whose gender the tagger only guessed («Ли Вайман»)."""
    if not words:
        return None
    return _first_name_gender(words[0], ()) or _surname_gender(words[-1])


@lru_cache(maxsize=20000)
def _surname_gender(text: str) -> str | None:
    """The gender every surname reading of the word agrees on («Гасымовой» is only feminine),
    for a first name the dictionary does not know («Севиль», «Айтен»)."""
    genders = {p.tag.gender for p in morph().parse(text) if "Surn" in p.tag and "Fixd" not in p.tag}
    if len(genders) == 1:
        return {"masc": "masc", "femn": "fem"}.get(genders.pop() or "")
    return None


_CASES = {"Nom": "nomn", "Gen": "gent", "Dat": "datv", "Acc": "accs", "Ins": "ablt", "Loc": "loct"}


def _declined_stem(text: str, case: tuple) -> str | None:
    """An unknown masculine surname declines like a hard-stem noun: «Владимира Гуляка»,
    «Игорю Гуляку», «о Гуляке» are Гуляк, not the noun «гуляка» (reveller) a dictionary would
    offer. Only a consonant before the ending: «Шойгу», «Ткаченко» stay as written."""
    if not case or case == ("Nom",):
        return None
    for ending in _MASC_ENDINGS.get(case[0], ()):
        stem = text[: -len(ending)]
        if not text.lower().endswith(ending) or len(stem) < 3:
            continue
        soft = _soft_sign(stem, ending)
        if stem[-1].lower() not in _VOWELS or soft == "й":
            return _fleeting_vowel(stem + soft, text, case)
    return None


def _fleeting_vowel(stem: str, text: str, case: tuple) -> str:
    """«Николая Дедка» → Дедок, «Павла Орла» → Орёл, «Андрея Зайца» → Заяц: a surname whose
    nominative has a vowel its other forms drop. The noun of the same forms in the dictionary
    gives the vowel; failing one, a stem that ends in a consonant before -к or -ц, which
    no Russian word ends in, takes the vowel those suffixes drop (-ок, -ец)."""
    low = stem.lower()
    if len(low) < 3 or low[-2] not in _CLUSTER:
        return stem
    wanted = _CASES.get(case[0]) if case else None
    for p in morph().parse(text):
        nominative = p.normal_form.replace("ё", "е")
        if p.tag.POS != "NOUN" or p.tag.case != wanted or nominative[-1:] != low[-1]:
            continue
        if nominative[: len(low) - 2] == low[: len(low) - 2] and len(nominative) in (len(low), len(low) + 1):
            return stem[: len(low) - 2] + _cased(p.normal_form, text)[len(low) - 2 :]
    vowel = _FLEETING.get(low[-1])
    if vowel is None or low[-2] in _FINAL_CLUSTER.get(low[-1], ""):
        return stem
    if low[-2] in "ьй":
        return stem[:-2] + "е" + stem[-1]
    return stem[:-1] + vowel + stem[-1]


# a consonant (or soft sign, «й») before the last letter of a stem; -ок, -ек, -ец drop their vowel
_CLUSTER = frozenset("бвгджзйклмнпрстфхцчшщь")
_FLEETING = {"к": "о", "ц": "е"}
# endings a Russian word may have with no vowel dropped: Франк, Марк, Волк, Кунц
_FINAL_CLUSTER = {"к": "нсрлй", "ц": "н"}


_VOWELS = frozenset("аеёиоуыэюяьй")


@lru_cache(maxsize=20000)
def _word(text: str, n: int, total: int, gender: str | None, case: tuple) -> tuple[str, str, str | None]:
    if (n == 0 or total == 1) and (ija := _feminine_ija(text, case)):
        return "first", ija, "fem"
    if n > 0 and _TURKIC_PATRONYMIC.search(text):
        return "surname", text, "fem" if text.lower().endswith("ызы") else "masc"
    parses = morph().parse(text)
    want = {"masc": "masc", "fem": "femn"}.get(gender or "")

    wanted_case = _CASES.get(case[0]) if case else None

    def fits(p) -> tuple[bool, bool]:
        # the parse in the tagger's case first, and a declined name before an indeclinable
        # one: «Анатолию Бондару» is the dative of Бондар, not an indeclinable «Бондару»
        return (p.tag.case != wanted_case, "Fixd" in p.tag)

    def pick(grammeme: str):
        # a name is singular; of its readings, the one in the case the tagger found goes first
        candidates = [
            p
            for p in parses
            if grammeme in p.tag
            and not {"plur", "voct"} & p.tag.grammemes
            and (want is None or p.tag.gender in (want, None))
        ]
        if wanted_case:
            candidates.sort(key=fits)
            if candidates and wanted_case == "nomn" and candidates[0].tag.case != wanted_case:
                return None  # no form of the case the tagger read: a name the dictionary lacks
        return candidates[0] if candidates else None

    order = ["Name", "Surn", "Patr"] if n == 0 and total > 1 else ["Surn", "Patr", "Name"]
    if total == 1:
        order = ["Surn", "Name", "Patr"]
    surname_slot = n > 0 and n == total - 1
    plain = _adjective_surname(parses, want, text) if surname_slot and case != ("Nom",) else None
    for grammeme in order:
        p = pick(grammeme)
        if p is None:
            continue
        kind = {"Name": "first", "Surn": "surname", "Patr": "patronymic"}[grammeme]
        if grammeme == "Surn" and n == 0 and total > 1:
            continue
        if grammeme == "Name" and plain is not None:
            break  # «с Анной Белой»: the adjective Белая, not a first name «Бела» as a surname
        if (
            grammeme == "Patr"
            and not (n == 1 and total == 3)
            and (total == 2 or not morph().word_is_known(text.lower()))
        ):
            # «Кравцевич» looks like a patronymic but is a surname; so is «Лукашевич» after a
            # first name: news names a person by first name and surname, never by the two
            # first names of a form of address
            continue
        form = p.inflect({"nomn", "sing"}) or p.inflect({"nomn"})
        word = form.word if form else text
        return kind, _cased(word, text), {"masc": "masc", "femn": "fem"}.get(p.tag.gender or "")
    kind = "first" if n == 0 and total > 1 else "surname"
    adjectival = _adjectival(parses, want) if kind == "surname" else None
    adjectival = adjectival or (plain if kind == "surname" else None)
    if adjectival is not None:
        return kind, _cased(adjectival, text), None
    fixed = any("Fixd" in p.tag for p in parses)
    stem = _declined_stem(text, case) if gender == "masc" and not fixed else None
    if stem is not None:
        return kind, stem, None
    if gender == "fem" and kind == "surname" and case != ("Nom",):
        for oblique, nominative in _FEM_OBLIQUE:
            if text.lower().endswith(oblique) and len(text) > len(oblique) + 2:
                return kind, text[: len(text) - len(oblique)] + nominative, None  # «Анну Кириллову»
    if (
        surname_slot
        and case
        and case != ("Nom",)
        and (first_declension := _first_declension(parses, text, case))
    ):
        return kind, _cased(first_declension, text), None  # «Глеба Сороку», «Анне Шульге»
    if (
        case == ("Nom",)
        or _INDECLINABLE.search(text)
        or fixed
        or (gender == "fem" and text[-1].lower() not in "аяйюуы")
    ):
        return kind, text, None
    noun = next((p for p in parses if p.tag.POS == "NOUN" and (want is None or p.tag.gender == want)), None)
    form = noun.inflect({"nomn", "sing"}) if noun else None
    return kind, _cased(form.word, text) if form else text, None


def _first_declension(parses, text: str, case: tuple) -> str | None:
    """«Глеба Сороку», «Ивану Гайде», «с Павлом Гайдой»: a surname in -а/-я (Сорока, Шульга,
    Гайда, Ровба, Сапега) declines like a noun of the first declension whoever bears it, so its
    oblique forms end in -у, -е, -ы, -ой, which the indeclinable test (Шойгу, Гёте) and the
    gendered noun lookup left as written («Глеб Сороку»). Two readings, after the masculine
    consonant stem (`_declined_stem`) has had its say («Владимира Гуляка» is Гуляк):
    * the first name's case and the surname's ending agree only with that declension: an
      accusative (or the genitive, which a man's accusative shares) beside -у/-ю (a consonant
      stem would end in -а there, an -о stem does not change), an instrumental beside -ой/-ей
      (a consonant stem's is -ом/-ем); not the dative or locative -е, nor -и (Гонгадзе,
      Саакашвили, Ковальски do not decline);
    * else a word the dictionary holds only as an oblique singular form of a noun in -а/-я
      (any gender: «судья», «слуга» are masculine) is that surname's oblique form — a word
      it knows, not one whose reading it guesses from the ending («Керимли» is no «керимля»).
    A word the dictionary marks indeclinable (Шойгу) or knows as a nominative stays."""
    if any("Fixd" in p.tag for p in parses):
        return None
    low = text.lower()
    if len(low) > 3 and low[-2] not in _VOWELS:
        if case[0] in ("Acc", "Gen") and low[-1] in "ую":
            return text[:-1] + ("а" if low[-1] == "у" else "я")
        if case[0] == "Ins" and low.endswith(("ой", "ей", "ёй")) and low[-3] not in _VOWELS:
            return text[:-2] + ("а" if low.endswith("ой") else "я")
    nouns = [p for p in parses if p.tag.POS == "NOUN"]
    if not nouns or any(p.tag.case == "nomn" and "sing" in p.tag for p in nouns):
        return None
    if not morph().word_is_known(low):
        return None  # «Самира Керимли»: a reading guessed from the ending («керимля») is no evidence
    for p in nouns:
        if "sing" in p.tag and p.normal_form.endswith(("а", "я")):
            form = p.inflect({"nomn", "sing"})
            if form is not None and form.word.endswith(("а", "я")):
                return form.word
    return None


def _adjectival(parses, gender: str | None) -> str | None:
    """«Кирилла Бельского», «Анне Белоцерковской»: a surname the dictionary does not know but
    that declines as an adjective in -ский/-цкий goes back to its nominative of that gender."""
    for p in parses:
        if p.tag.POS == "ADJF" and p.normal_form.endswith(("ский", "цкий", "ской", "цкой")):
            if gender and p.tag.gender not in (gender, None):
                continue
            form = p.inflect({"nomn", "sing", gender or p.tag.gender or "masc"})
            if form is not None:
                return form.word
    return None


_ADJECTIVE_OBLIQUE = ("ого", "его", "ому", "ему", "ым", "им", "ой", "ей", "ую", "юю")


def _adjective_surname(parses, gender: str | None, text: str) -> str | None:
    """«Петра Белого», «с Анной Белой», «Сергею Лесному»: a surname that is a plain adjective
    (no surname reading in the dictionary) in an oblique form goes back to its nominative of
    the person's gender."""
    if not gender or any("Surn" in p.tag for p in parses) or not text.lower().endswith(_ADJECTIVE_OBLIQUE):
        return None
    if text.lower().endswith(("иной", "ыной")):
        return None  # «Анны Лисиной»: the surname Лисина (-ин, -ын), never an adjective «лисиный»
    if gender == "femn" and text.lower().endswith(("овой", "евой")):
        return None  # «Анне Кротовой»: the surname Кротова (-ов, -ев), not the adjective «кротовая»
    for p in parses:
        if p.tag.POS == "ADJF" and p.tag.gender in (gender, None) and "plur" not in p.tag:
            form = p.inflect({"nomn", "sing", gender})
            if form is not None:
                return form.word
    return None


# a woman's surname the dictionary reads only as a man's («Кириллову»: Кириллов's dative)
_FEM_OBLIQUE = (
    ("овой", "ова"),
    ("евой", "ева"),
    ("иной", "ина"),
    ("ыной", "ына"),
    ("ову", "ова"),
    ("еву", "ева"),
    ("ину", "ина"),
    ("ыну", "ына"),
)

_MASC_ENDINGS = {"Gen": ("а", "я"), "Acc": ("а", "я"), "Dat": ("у", "ю"), "Ins": ("ом", "ем"), "Loc": ("е",)}


def _soft_sign(stem: str, ending: str) -> str:
    """A soft stem's nominative ending: «Шапелю» → Шапель, «Гайдаем» → Гайдай, but
    «Кравцевичем» → Кравцевич (after a hushing consonant -ем is the hard ending)."""
    last = stem[-1].lower()
    if ending in ("ю", "я") or (ending == "ем" and last not in "жшчщц"):
        return "й" if last in "аеёиоуыэюя" else "ь"
    return ""


def _cased(word: str, like: str) -> str:
    if "-" in word and "-" in like:  # «Шарендо-Панасюк»: each part keeps its capital
        return "-".join(_cased(w, lk) for w, lk in zip(word.split("-"), like.split("-"), strict=False))
    return word.upper() if like.isupper() and len(like) > 1 else word[:1].upper() + word[1:]


@lru_cache(maxsize=20000)
def participle_cases(word: str) -> frozenset[str]:
    """The cases a full participle's ending allows («Приговорённый»: Nom or Acc), for one the
    tagger read as a capitalised proper noun."""
    return frozenset(
        case
        for p in morph().parse(word.lower())
        if p.tag.POS == "PRTF"
        for case, oc in _CASES.items()
        if p.tag.case == oc
    )


def participle_forms(word: str) -> frozenset[tuple[str, str]]:
    """The (case, gender) pairs a full participle's singular ending allows («осуждённой»:
    Gen, Dat, Ins or Loc, feminine), whatever the tagger guessed."""
    genders = {"masc": "Masc", "femn": "Fem", "neut": "Neut"}
    return frozenset(
        (case, genders[p.tag.gender])
        for p in morph().parse(word.lower())
        if p.tag.POS == "PRTF" and p.tag.number == "sing" and p.tag.gender in genders
        for case, oc in _CASES.items()
        if p.tag.case == oc
    )


def is_first_name(word: str, case: tuple = ()) -> bool:
    return _first_name_gender(word, case) is not None


def is_common(word: str) -> bool:
    return _common(word)


def split_person_spans(
    doc: Doc, first_name: Callable[[str], bool] | None = None, *, told_firsts: bool = True
) -> None:
    """NER sometimes joins two names («Андрэй Лаўрыновіч і Ганна Кісель»): a PER span is cut
    into its runs of capitalised words, and two full names back to back are two people
    («сястра Марыі Калеснікавай Таццяна Хоміч»: a relative's genitive, then her own name).
    `told_firsts` (Russian: pymorphy's dictionary reads the cases of first names) also reads an
    oblique case of a first name told before as a relative's genitive (`_told_first_oblique`)."""
    first_name = first_name or (lambda word: _first_name_gender(word, ()) is not None)
    ents = []
    surnames: set[str] = set()  # the last words of the full names told before
    firsts: set[str] = set()  # the first names of the full names told before
    for ent in _told_first_rejoined(doc) if told_firsts else list(doc.ents):
        if ent.label_ != "PER":
            ents.append(ent)
            continue
        told = _told_surname_first(ent, surnames)
        told_first = told_firsts and _told_first_oblique(ent[0].text, firsts)
        if len(ent) >= 2:
            surnames.add(surname_key(ent[-1].text))
            firsts.add(ent[0].text.lower())
        if (
            len(ent) == 2
            and ent.start > 0
            and doc[ent.start - 1].is_alpha
            and surname_key(ent[0].text) in surnames
            and surname_shaped(ent[0].text)
            and not surname_shaped(ent[1].text)
            and all(t.is_title and t.is_alpha for t in ent)
        ):
            # «Жена Хасанова Гульшат»: the genitive of a man named before, then his relative's
            # first name (not a woman's name written surname first)
            ents.append(Span(doc, ent.start, ent.start + 1, label="PER"))
            ents.append(Span(doc, ent.start + 1, ent.end, label="PER"))
            continue
        if told:
            # «адвокат Сейткали Бауыржан Ахметов», «мать Сабы Кобахидзе Нино Церетели»: the
            # genitive of a person named before (an indeclinable surname, or a first name
            # the dictionary does not know) joined to the speaker's own full name
            ents.append(Span(doc, ent.start, ent.start + told, label="PER"))
            ents.append(Span(doc, ent.start + told, ent.end, label="PER"))
            continue
        split_off = False  # a relative's surname cut off the front: no joining it back
        names = ent[1:] if len(ent) == 5 and not first_name(ent[0].text) else ent  # «Сястра …» opening
        if (
            len(names) == 4
            and all(t.is_title and t.is_alpha for t in names)
            and first_name(names[0].text)
            and first_name(names[2].text)
            and not first_name(names[1].text)
            and not first_name(names[3].text)
        ):
            ents.append(Span(doc, names.start, names.start + 2, label="PER"))
            ents.append(Span(doc, names.start + 2, names.end, label="PER"))
            continue
        if (
            len(ent) == 3
            and not _first_name_gender(ent[0].text, ())
            and (gender := _first_name_gender(ent[1].text, ()))
            and not _patronymic(ent[2].text, gender)
        ):
            # «защитник Северинец Людмила Кучер», «дочь Лапицкого Алина Зенькович»: a client's
            # or a relative's surname joined to the speaker's name; after «имени/імя» the
            # surname is an institution's namesake («университета имени Пушкина»), no one's
            if ent.start == 0 or doc[ent.start - 1].lower_ not in _NAMESAKE:
                ents.append(Span(doc, ent.start, ent.start + 1, label="PER"))
            ent = doc[ent.start + 1 : ent.end]
            split_off = True
        if (
            not split_off
            and (len(ent) == 3 or len(ent) == 2 and told_first)
            and all(t.is_title and t.is_alpha for t in ent)
            and (only_oblique(ent[0].text) or told_first)
            and first_name(ent[1].text)
            and not only_oblique(ent[1].text)
            and not (len(ent) == 3 and _patronymic(ent[2].text, _first_name_gender(ent[1].text, ()) or ""))
        ):
            # «мать Ирины Галина Орлова»: a relative's first name in the genitive, then the
            # speaker's own full name in the nominative: two people («Жена Виталия Оксана
            # Ковальчук» after «Виталий Ковальчук»: «Виталия» is a woman's name too, but here
            # the genitive of the first name of a man named before; natasha may leave the
            # surname out of the span, «Виталия Оксана | Ковальчук»)
            ents.append(Span(doc, ent.start, ent.start + 1, label="PER"))
            ent = doc[ent.start + 1 : ent.end]
            split_off = True
        if (
            len(ent) == 3
            and all(t.is_title and t.is_alpha for t in ent)
            and first_name(ent[0].text)
            and not first_name(ent[1].text)
            and first_name(ent[2].text)
        ):
            # «сястра Паўла Дамарацкага Вікторыя»: a relative's full name, then her first name
            ents.append(Span(doc, ent.start, ent.start + 2, label="PER"))
            ent = doc[ent.start + 2 : ent.end]
        prev = ents[-1] if ents else None
        if (
            not split_off
            and prev is not None
            and prev.label_ == "PER"
            and len(prev) == 1
            and len(ent) == 2
            and prev.end == ent.start
            and _surname_first([prev[0], *ent])
        ):
            # natasha cuts «Кузьмину | Ольгу Андреевну»: one name in surname-first order
            ents[-1] = Span(doc, prev.start, ent.end, label="PER")
            continue
        run: list = []
        for t in [*ent, None]:
            if (
                t is not None
                and (t.is_title or t.is_upper or ("'" in t.text and is_name_word(t)))
                and (t.is_alpha or "-" in t.text or "'" in t.text)
            ):
                run.append(t)
                continue
            if run:
                ents.append(Span(doc, run[0].i, run[-1].i + 1, label="PER"))
            run = []
    doc.ents = _join_initials(doc, ents)


def _told_first_rejoined(doc: Doc) -> list[Span]:
    """The document's entities, with «Романа Алена | Шульга» (natasha's cut of «Жена Романа
    Алена Шульга» after «Роман Шульга») one span again when its first word is an oblique case of
    a first name told before (`_told_first_oblique`): the cut fell inside the relative's own
    name, which `split_person_spans` then reads whole."""
    out: list[Span] = []
    firsts: set[str] = set()
    for ent in doc.ents:
        prev = out[-1] if out else None
        if (
            prev is not None
            and ent.label_ == prev.label_ == "PER"
            and len(prev) == 2
            and len(ent) == 1
            and prev.end == ent.start
            and ent[0].is_title
            and _told_first_oblique(prev[0].text, firsts - {prev[0].text.lower()})
        ):
            out[-1] = Span(doc, prev.start, ent.end, label="PER")
            continue
        if ent.label_ == "PER" and len(ent) >= 2:
            firsts.add(ent[0].text.lower())
        out.append(ent)
    return out


def _told_first_oblique(word: str, firsts: set[str]) -> bool:
    """«Виталия», «Валерия», «Романа» after «Виталий Ковальчук», «Валерий Янчук», «Роман
    Шульга»: an oblique case of the first name of a full name told before (the dictionary also
    reads such a word as a woman's name in the nominative, so `only_oblique` says no); the word
    is not itself a first name told before in that form."""
    if word.lower() in firsts:
        return False
    return any(
        "Name" in p.tag and p.tag.case not in ("nomn", None) and p.normal_form in firsts
        for p in morph().parse(word)
    )


def _told_surname_first(ent: Span, surnames: set[str]) -> int:
    """How many words open `ent` that are the surname (with or without its first name) of a
    person named before, where the rest is a full name of its own (two capitalised words, no
    patronymic): «Сейткали | Бауыржан Ахметов» after «Ержан Сейткали». 0 when not."""
    words = [t for t in ent if t.is_title and t.is_alpha]
    if len(words) != len(ent) or len(ent) not in (3, 4):
        return 0
    cut = len(ent) - 2
    rest = ent[cut:]
    if _patronymic(rest[-1].text, "masc") or surname_key(rest[-1].text) in surnames:
        return 0
    # (compared by stem: «Тевосяна» after «Араму Тевосяну», «Назарбековой» after «Назарбекова»)
    return cut if surname_key(ent[cut - 1].text) in surnames else 0


def _join_adjacent(ents: list[Span], joins: Callable[[Span, Span], bool]) -> list[Span]:
    """Two PER spans the NER cut apart become one where `joins(previous, next)` says so."""
    out: list[Span] = []
    for ent in ents:
        prev = out[-1] if out else None
        if prev is not None and prev.label_ == ent.label_ == "PER" and joins(prev, ent):
            out[-1] = Span(ent.doc, prev.start, ent.end, label="PER")
            continue
        out.append(ent)
    return out


def _join_cut_names(
    ents: list[Span], first_name: Callable[[str], bool], common: Callable[[str], bool] | None = None
) -> list[Span]:
    """«Палітвязня Алеся | Бяляцкага»: the NER ends one PER span at a first name and starts
    another at the surname right after it; they are one name. A client's or a relative's
    surname it put before the first name stays apart («Адвокат Тевосяна Нарине | Арутюнян»).
    With `common` (Russian), a first name the dictionary lacks, cut off a surname the same way
    («Фаррух | Шарипов», «Фирдавс | Назаров»), joins it too, as does a foreign name the parser
    reads as one (`_parsed_as_one_name`: «сына Хантера | Байдена»)."""
    out: list[Span] = []
    told: set[str] = set()  # the surnames of the full names before
    for ent in ents:
        prev = out[-1] if out else None
        if len(prev or ()) >= 2 and prev.label_ == "PER":
            told.add(surname_key(prev[-1].text))
        if common is not None and prev is not None and _parsed_as_one_name(prev, ent, told):
            out[-1] = Span(ent.doc, prev.start, ent.end, label="PER")
            continue
        if (
            prev is None
            or not prev.label_ == ent.label_ == "PER"
            or prev.end != ent.start
            or len(ent) != 1
            or first_name(ent[0].text)
        ):
            out.append(ent)
            continue
        doc = ent.doc
        if len(prev) <= 2 and first_name(prev[-1].text):
            if len(prev) == 2 and surname_key(prev[0].text) in told and surname_shaped(prev[0].text):
                out[-1] = Span(doc, prev.start, prev.start + 1, label="PER")
                out.append(Span(doc, prev.start + 1, ent.end, label="PER"))
            else:
                out[-1] = Span(doc, prev.start, ent.end, label="PER")
            continue
        if common is not None and len(prev) == 1 and _unlisted_first(prev[0], ent[0], common):
            out[-1] = Span(doc, prev.start, ent.end, label="PER")
            continue
        out.append(ent)
    return out


def _parsed_as_one_name(prev: Span, ent: Span, told: set[str]) -> bool:
    """«Джо Байден помиловал своего сына Хантера Байдена»: the NER cuts a foreign name it does
    not know into two one-word PER spans, but the parser hangs the second word on the first as
    `flat:name`, in the same case. A relative's genitive before a name in the nominative
    («Жена Кушнира Людмила») differs in case, and a surname-shaped first word or the surname of
    a full name told before («Жена Сейтмеметова Эльвиза») is a relative's: those stay apart."""
    if not (prev.label_ == ent.label_ == "PER" and len(prev) == len(ent) == 1 and prev.end == ent.start):
        return False
    first, second = prev[0], ent[0]
    return (
        second.dep_ == "flat:name"
        and second.head.i == first.i
        and all(t.is_title and t.is_alpha for t in (first, second))
        and bool(first.whitespace_)
        and not surname_shaped(first.text)
        and surname_key(first.text) not in told
        and _same_case(first, second)
    )


def _same_case(a: Token, b: Token) -> bool:
    """Both words in one case (an animate accusative is the genitive's form: «Хантера Байдена»)."""
    cases = [{"Gen" if c == "Acc" else c for c in t.morph.get("Case")} for t in (a, b)]
    return bool(cases[0] & cases[1])


def _unlisted_first(first: Token, second: Token, common: Callable[[str], bool]) -> bool:
    """«Фаррух Шарипов»: a capitalised word the dictionary neither knows as common nor shapes
    as a surname, written right before a surname, is the first name it does not list."""
    return (
        first.is_title
        and first.is_alpha
        and len(first.text) >= 3
        and bool(first.whitespace_)
        and not surname_shaped(first.text)
        and not common(first.text)
        and not _patronymic(second.text, "masc")
        and surname_shaped(second.text)
    )


def join_name_particles(
    doc: Doc, particles: set[str], prefixes: set[str], closing: Collection[str] = ()
) -> None:
    """Arabic, Portuguese, Dutch and German names keep their particles: «Мухаммед ибн Салман»,
    «Лула да Силва», «Рашид Салех аль-Энези», «Усама бен Ладен». The NER ends a PER span before
    the particle or tags the parts apart; a particle (alone, or joined by a hyphen to a
    capitalised word) between or after name words makes one name. A Turkic «son / daughter of»
    written apart after the father's name (`closing`: «Адилет Турдубай уулу», «Айгерим Токтосун
    кызы») closes the name it follows."""

    def particle(t: Token) -> bool:
        low = t.lower_
        head, _, tail = low.partition("-")
        return low in particles or (head in prefixes and tail != "" and t.text.split("-", 1)[1][:1].isupper())

    # «Лула | да | Силва»
    out = _join_adjacent(
        list(doc.ents), lambda prev, ent: ent.start - prev.end == 1 and doc[prev.end].lower_ in particles
    )
    taken = {i for e in out for i in range(e.start, e.end)}
    for k, ent in enumerate(out):
        if ent.label_ != "PER":
            continue
        end = ent.end
        while end < len(doc) and end not in taken and particle(doc[end]):
            if "-" in doc[end].text and doc[end].lower_ not in particles:
                end += 1  # «аль-Энези»
            elif end + 1 < len(doc) and end + 1 not in taken and doc[end + 1].text[:1].isupper():
                end += 2  # «ибн Салман»
            else:
                break
        if end == ent.end and end < len(doc) and end not in taken and doc[end].text in closing:
            end += 1  # «Турдубай уулу»: the particle is the surname's, in lower case
        if end != ent.end:
            out[k] = Span(doc, ent.start, end, label="PER")
            taken.update(range(ent.end, end))
    doc.ents = out


def _is_initial(doc: Doc, i: int) -> bool:
    t = doc[i]
    return len(t.text) == 1 and t.text.isupper() and i + 1 < len(doc) and doc[i + 1].text == "."


def _join_initials(doc: Doc, ents: list[Span]) -> list[Span]:
    """«Т. Смирнову», «И. А. Кравцова»: initials the NER tags apart join the surname after them."""
    out: list[Span] = []
    for ent in ents:
        start = ent.start
        while ent.label_ == "PER" and start >= 2 and _is_initial(doc, start - 2):
            start -= 2
        if start != ent.start:
            out = [e for e in out if e.end <= start]
            ent = Span(doc, start, ent.end, label="PER")
        out.append(ent)
    return out


def _latin_word(text: str) -> bool:
    """A capitalised word in Latin letters, accented ones included («Tsikhanouskaya», «Łukasz»)."""
    return (
        text[:1].isupper()
        and text[-1:].isalpha()
        and all((ch.isalpha() and ord(ch) < 0x250) or ch in "'’-" for ch in text)
    )


def latin_name(span: Span) -> NameInfo | None:
    """A name written in Latin letters in a Cyrillic text stays as written; its first name's
    gender comes from the shared list of given names the English extractor reads."""
    words = [t.text for t in span]
    if not words or not all(_latin_word(w) for w in words):
        return None
    gender = {"m": "masc", "f": "fem"}.get(
        given_names().get(fold(words[0])) or census_given_names().get(fold(words[0])) or ""
    )
    kinds = ["first"] * (len(words) - 1) + ["surname"]
    return NameInfo(words, kinds, gender)


def mark_latin_names(doc: Doc) -> None:
    """«Россия освободила Evan Gershkovich и Paul Whelan»: natasha's Russian NER misses most
    names written in Latin letters, or reads them as organisations. Two or three capitalised
    Latin words that open with a known given name are a PER span; an ORG or LOC span made of
    such words only gives way to it."""
    ents = list(doc.ents)
    taken = {t.i: ent for ent in ents for t in ent}
    added = []
    i = 0
    while i < len(doc):
        end = i
        while end < len(doc) and end - i < 3 and _latin_word(doc[end].text):
            end += 1
        first = fold(doc[i].text)
        if (
            end - i < 2
            or (i > 0 and _latin_word(doc[i - 1].text))
            or (end < len(doc) and _latin_word(doc[end].text))
            or not (first in given_names() or first in census_given_names())
        ):
            i = max(end, i + 1)
            continue
        inside = {id(e): e for k in range(i, end) if (e := taken.get(k)) is not None}.values()
        if all(e.label_ != "PER" and all(_latin_word(t.text) for t in e) for e in inside):
            ents = [e for e in ents if all(e is not x for x in inside)]
            added.append(Span(doc, i, end, label="PER"))
        i = end
    if added:
        doc.ents = sorted([*ents, *added], key=lambda s: s.start)


def add_unseen_names(doc: Doc, first_name=is_first_name, common=is_common, *, unlisted: bool = True) -> None:
    """natasha's NER misses some names («политзаключённый Игорь Кравцевич из Пинска»): a
    capitalised known first name followed by a capitalised word that is not a common word
    becomes a PER span too."""
    ents = list(doc.ents)
    for n, ent in enumerate(ents):
        # a name cut in two by the NER: «Ігар» before a PER «Лясун», a PER «Аляксандра» before «Іванюка»
        if ent.label_ != "PER":
            continue
        start, end = ent.start, ent.end
        prev = doc[start - 1] if start > 0 else None
        if (
            prev is not None
            and prev.is_title
            and prev.is_alpha
            and not prev.ent_type_
            and (
                first_name(prev.text)
                or unlisted
                and end - start == 1
                and _unlisted_first(prev, ent[0], common)
            )
        ):
            start -= 1  # (an unlisted first name too: «Двенадцать лет Фаррух | Рахимов помогал»)
        nxt = doc[end] if end < len(doc) else None
        if (
            end - start <= 2
            and nxt is not None
            and nxt.is_title
            and nxt.is_alpha
            and not nxt.ent_type_
            and first_name(doc[end - 1].text)
            and not common(nxt.text)
        ):
            # «Палітвязня Дзяніса» + «Івашына»: the span ends in a first name, the surname follows
            end += 1
        if (start, end) != (ent.start, ent.end):
            ents[n] = Span(doc, start, end, label="PER")
    doc.ents = _join_cut_names(ents, first_name, common if unlisted else None)
    # a name inside an organisation the NER made of lower-case words too («Праваабаронцы
    # паведамілі пра Андрэя Шумоўскага і» as an organisation) is free to be a name
    junk = {
        (e.start, e.end) for e in doc.ents if e.label_ == "ORG" and any(t.is_lower and t.is_alpha for t in e)
    }
    taken = {t.i for ent in doc.ents if (ent.start, ent.end) not in junk for t in ent}
    starts = {ent.start: ent for ent in doc.ents}
    added = []
    widened: dict[int, Span] = {}
    i = 0
    while i < len(doc) - 1:
        first, second = doc[i], doc[i + 1]
        if (
            i not in taken
            and i + 1 not in taken
            and is_name_word(first)
            and is_name_word(second)
            and first_name(first.text)
            and (not common(second.text) or (not first.is_sent_start and i > 0 and doc[i - 1].is_alpha))
        ):
            # a capitalised word after a first name mid-sentence is a surname even when it is
            # also a common word («политзаключённый Николай Дедок», «Ольга Жук»)
            added.append(doc.char_span(first.idx, second.idx + len(second.text), label="PER"))
            i += 2
            continue
        ent = starts.get(i + 1)
        if (
            i not in taken
            and ent is not None
            and ent.label_ == "PER"
            and len(ent) == 1
            and is_name_word(first)
            and first_name(first.text)
        ):
            # «Ігар Раманаў» tagged as «Раманаў» alone: the first name belongs to the span
            widened[ent.start] = Span(doc, i, ent.end, label="PER")
        elif (
            i not in taken
            and i + 1 not in starts
            and i > 0
            and not first.is_sent_start
            and doc[i - 1].is_alpha
            and is_name_word(first)
            and not is_name_word(second)
            and first_name(first.text)
        ):
            # «яе сястра Ірына была …», «— кажа Людміла.»: a known first name alone mid-sentence
            # (the persons step joins it to the full name it shares, or keeps a relative's)
            added.append(Span(doc, i, i + 1, label="PER"))
        i += 1
    if added or widened:
        names = {t.i for span in [*added, *widened.values()] for t in span}
        ents = [
            widened.get(ent.start, ent)
            for ent in doc.ents
            if not ((ent.start, ent.end) in junk and names & {t.i for t in ent})
        ]
        doc.ents = sorted([*ents, *added], key=lambda s: s.start)


__all__ = [
    "add_unseen_names",
    "morph",
    "only_oblique",
    "describe_ru",
    "is_common",
    "is_first_name",
    "is_name_word",
    "latin_name",
    "mark_latin_names",
    "participle_cases",
    "split_person_spans",
]
