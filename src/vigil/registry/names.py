"""Is this the same person's name? Matching across Latin spellings, Cyrillic and languages.

The registry links every mention ("Kalesnikava", "Мария Колесникова", "M. Kolesnikova") to one
person, and must never merge relatives or a man with a woman of the same surname. The score is
built from three explainable parts (see docs/names.md):

* the surname, compared as sounds (`vigil.registry.translit`), where the spelling and
  Russian/Belarusian alternations are cheap and anything else is expensive;
* the first name, via a table of Belarusian/Russian/Ukrainian/English/Polish cognates, else as
  sounds, with initials compatible with the names they abbreviate;
* a gender veto: -ova/-ava/-ina/-skaya are feminine, -ov/-ou/-in/-ski masculine, and the two
  are never the same person.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz.distance import OSA
from rigour.names import remove_person_prefixes
from rigour.text import metaphone

from vigil.registry.thresholds import REVIEW_THRESHOLD, SAME_THRESHOLD
from vigil.registry.translit import align, latin_text, phonemes

__all__ = [
    "REVIEW_THRESHOLD",
    "SAME_THRESHOLD",
    "NameMatch",
    "compare_names",
    "latin_key",
    "name_keys",
    "split_name",
]

# Below this surname sound-similarity, two surnames are different names (a near miss, not a variant).
_SURNAME_MIN = 0.85


@dataclass(frozen=True)
class NameMatch:
    """A scored, explained verdict; `same` is what may be linked without an editor."""

    score: float  # 0..1
    same: bool  # score >= SAME_THRESHOLD and no hard veto
    reasons: list[str] = field(default_factory=list)

    @property
    def verdict(self) -> str:
        """`same`, `possible` (an editor decides) or `different`."""
        if self.same:
            return "same"
        return "possible" if self.score >= REVIEW_THRESHOLD else "different"


# Cognate groups of given names: one line per name, its Belarusian, Russian, Ukrainian, Polish and
# English spellings (Cyrillic forms are matched through their sounds, so Latin is enough here).
# The first word names the group (a line may add to an earlier group); "|" separates short forms
# that are compatible, less certain.
_GIVEN_MALE = """
aleksandr alexander aleksander alexandr aliaksandr alaksandr alyaksandr oleksandr olexander | ales alies sasha
aleksandr | alex
aleksei alexei alexey aleksey aliaksei aliaksiej alaksiej alyaksei oleksii oleksiy alexis | alyosha lyosha
aleksei | alex
anatoly anatoli anatolii anatoliy anatol anatolij
andrei andrey andrej andrii andriy andrzej andrew andreas andzhei andzhey | andrus
artyom artem artiom artsiom artsem artsiem
arkady arkadi arkadiy arkadz arkadii
boris barys borys
vadim vadzim vadym
valentin valiantsin valentyn walenty
valery valeri valeriy valerii valer valeryi
vasily vasili vasiliy vasil vasyl wasyl vasilii
viktor victor viktar wiktor | vitya
vitaly vitali vitaliy vitalii vital vitalij
vladimir uladzimir uladzimier wladimir wlodzimierz volodymyr vladimer | vova volodya valodzia
vladislav uladzislau vladyslav wladyslaw vladzislau
vyacheslav viachaslau viacheslav vyacheslau wiaczeslaw
gennady genadi gennadi gennadiy henadz hienadz hennadiy genadz
georgy georgi georgiy heorhi heorhiy george jerzy
grigory grigori grigoriy ryhor hryhoriy gregory grzegorz
denis dzianis denys dzenis
dmitry dmitri dmitriy dmitrii dzmitry dzmitryi dmytro dmitrij | zmitser zmicier dima
evgeny yevgeny evgeni yevgeni evgenii evgeniy yauhen yauheni jauhien yevhen eugene eugeniusz zhenya
ivan iwan | vanya vania
igor ihar ihor igar
ilya illia ilia ilja ilia illya
iosif yosif joseph jozef iosef jazep yazep | joe
kirill kiryl kirill kyrylo cyril
konstantin kanstantsin konstantyn konstanty constantine | kastus kastus
leonid leanid leonid
maksim maxim maksym maksim maxime maxym
mikhail mihail michail mikhal michal mykhailo michael | mikhas misha mike mick
nikolai nikolay mikalai mikalaj mykola nikolaj mikola nicholas nicolai | kolya nick nicky
nikita mikita mykyta
oleg aleh oleh
pavel paval pavlo paul pawel pavla | pasha
pyotr piotr petr petro piatro peter petar pietro | pete
roman raman
ruslan
sergei sergey siarhei serhiy serhii sergej siarhiej sergiy sergiusz | seryozha serezha
stanislav stanislau stanislaw
stepan stsiapan sciapan stefan stepan stephen | steve
timofei timofey tsimafei timofiy
matvei matvey matsvei matviy mateusz
fyodor fedor fiodar fiodor fedir theodore khviedar khvedar
egor yegor yahor jahor
yury yuri yuriy yurii iury jury juri jurij yurij | yura yuras
yaroslav yaraslau yaroslaw jaroslaw
yakov yakau jakub jacob yakiv | jake
eduard edward eduardas | ed eddie ted
emil emilian
anton antoni antony antos | tony
yan jan ian
artur arthur artsur
taras
bogdan bahdan bohdan
daniil danila danil danila danilo danylo
gleb hleb
lev leu lew leo
semyon siamion semen semion symon
zakhar zakhar
efim yefim yafim jafim
mark marek
platon
makar
veniamin veniyamin beniamin
vitold vitaut witold vitautas
franak frants franc franciszek francis franz
leon lyavon lavon
ales alies
john jon johann | jack johnny
william wilhelm guillaume guillermo | bill billy will willy liam
robert | bob bobby rob robbie
james | jim jimmy jamie
richard | rick ricky dick
thomas tomas tomasz | tom tommy
charles karl carl carlos | charlie chuck
christopher krzysztof | chris
benjamin | ben benny bibi
daniel | dan danny
david | dave davy
"""
_GIVEN_FEMALE = """
maria mariya maryia marya mariia maryja marija marie mary | masha
anna hanna ganna ana
aleksandra alexandra aliaksandra alaksandra oleksandra | sasha alex
alesya alesia olesya olesia alesja
anastasia anastasiya nastassia nastasia anastasija nastassja | nastia nasta
valentina valiantsina valentyna
veronika veranika weronika veronica
viktoria viktoryia victoria wiktoria viktoriya
galina halina galyna
darya daria daryia daryja | dasha
ekaterina katsiaryna yekaterina kateryna katarzyna catherine katerina katsiarina | katya katsia
ekaterina | kate kathy katie
elena alena yelena olena helena jelena alyona | lena
irina iryna iryna irena
lyudmila liudmila ludmila liudmyla ludmila
natalia natallia natalya nataliya natalja natalie | natasha natasza
nina
olga volha olha wolha olga | olya
polina palina
svetlana sviatlana svitlana swietlana | sveta
tatiana tatsiana tatyana tetiana tacciana tatsyana | tanya tania
yulia yuliya julia yuliia julija iulia
marina maryna
oksana aksana
nadezhda nadzeya nadzieja nadiya
larisa larysa
evgenia yauheniya yevgenia evgeniya jauhienija
ksenia kseniya ksenija xenia ksenya
elizaveta lizaveta yelizaveta elizabeth elzbieta elisabeth | liz lizzie beth betty
sofia sofya sofiya sophia zofia
kristina krystsina khrystsina krystyna christina
vera viera wiera
lyubov liubou lyubou lyubov liubov
antonina antanina
inna
zhanna zhana
ulyana uliana ulyana ulijana
yana jana iana
alina alina
diana dziana
angelina anhelina
lidia lidziya lidiya lydia lidzia
valeria valeryia valeriya waleria
tamara
yanina janina ianina
emma
elvira
regina
violetta vialeta violeta
alla
raisa raisa
zinaida
margaret margarita | maggie meg peggy
susan | sue susie
jennifer | jen jenny
rebecca | becky
deborah | debbie
"""


@dataclass(frozen=True)
class _Given:
    group: str
    gender: str  # "m" or "f"
    short: bool  # a short form (Ales for Aleksandr): compatible, not certain


def _parse_table() -> dict[tuple[str, ...], list[_Given]]:
    table: dict[tuple[str, ...], list[_Given]] = {}
    for gender, text in (("m", _GIVEN_MALE), ("f", _GIVEN_FEMALE)):
        for line in text.strip().splitlines():
            full, _, short = line.partition("|")
            words = full.split()
            group = f"{gender}:{words[0]}"
            for names, is_short in ((words, False), (short.split(), True)):
                for word in names:
                    entry = _Given(group, gender, is_short)
                    bucket = table.setdefault(phonemes(word), [])
                    if entry not in bucket:
                        bucket.append(entry)
                    _GROUP_WORDS.setdefault(group, set()).add(word)
    return table


_GROUP_WORDS: dict[str, set[str]] = {}
_GIVEN_TABLE = _parse_table()

_PATRONYMIC = re.compile(r"(?:vich|vych|vitch|vic|ich|vna|auna|euna|ichna|ovych)$")
_FEMININE = re.compile(r"(?:ova|eva|yova|iova|ava|ina|yna|aya|aja|skaya|ska|cka|tskaja|kaja)$")
_MASCULINE = re.compile(
    r"(?:ov|ev|yov|iov|ou|au|eu|in|yn|ski|sky|skiy|skii|skij|cki|cky|ckij|tsky|oy|oi|[^aeiouy]yy?|iy|ij|yj)$"
)
_INITIAL = re.compile(r"^\w{1,2}\.?$")
_TOKEN_SPLIT = re.compile(r"[\s,;]+")
_STRIP = re.compile(r"[^\w\-.'’ʼ]+")


@lru_cache(maxsize=262_144)
def latin_key(name: str) -> str:
    """A normalised Latin form: transliterated, accents folded, lowercase, single spaces.

    `Калеснікава` gives `kalesnikava` and `Aleś` gives `ales`; good for display-independent
    equality and exact lookups, not for matching variants (that is `compare_names`).
    """
    folded = latin_text(unicodedata.normalize("NFC", name))
    return " ".join(re.sub(r"[^a-z]+", " ", folded).split())


# "MariaKolesnikova": a capital after a lower-case letter starts a word, unless the first part is a
# surname particle (McDonald, MacArthur, DeVito, LaGuardia, VanDyke).
_PARTICLES = {
    "mc",
    "mac",
    "de",
    "di",
    "da",
    "du",
    "la",
    "le",
    "van",
    "von",
    "der",
    "del",
    "des",
    "ter",
    "fitz",
}
_LEET = str.maketrans("013459", "oieasg")  # Ig0r Sech1n: digits typed for look-alike letters
_GLUED_INITIALS = re.compile(r"^(?:\w\.){2,3}$")  # "M.A." is two initials


def _unglue(word: str, *, glued_initials: bool = False) -> list[str]:
    if any(ch.isdigit() for ch in word) and any(ch.isalpha() for ch in word):
        word = word.translate(_LEET)
    if _GLUED_INITIALS.match(word):
        return [f"{ch}." for ch in word.split(".") if ch]
    if 2 <= len(word) <= 3 and word.isupper() and word.isalpha() and glued_initials:
        return [f"{ch}." for ch in word]  # "JC Juncker", "JRR Tolkien"
    cuts = [i for i in range(1, len(word) - 1) if word[i - 1].islower() and word[i].isupper()]
    parts = [word[i:j] for i, j in zip([0, *cuts], [*cuts, len(word)], strict=True)]
    if len(parts) > 1 and not any(p.casefold() in _PARTICLES for p in parts[:-1]):
        return parts
    return [word]


def _words(name: str) -> list[str]:
    return list(_name_words(name))


@lru_cache(maxsize=262_144)
def _name_words(name: str) -> tuple[str, ...]:
    name = remove_person_prefixes(unicodedata.normalize("NFC", name).strip())  # Mr, Dr, Ms ...
    words = [_STRIP.sub("", w) for w in _TOKEN_SPLIT.split(name)]
    mixed_case = not name.isupper()
    words = [part for w in words for part in _unglue(w.strip("-'’ʼ"), glued_initials=mixed_case)]
    words = [w.strip("-'’ʼ") for w in words if any(ch.isalpha() for ch in w)]
    out: list[str] = []  # "Shoigu Shoigu Sergey": a repeated word says nothing more
    for w in words:
        if _is_initial(w) or w.casefold() not in {x.casefold() for x in out}:
            out.append(w)
    return tuple(out)


def _is_initial(word: str) -> bool:
    return bool(_INITIAL.match(word)) and (word.endswith(".") or len(word) == 1)


def _known_given(word: str) -> _Given | None:
    entries = _GIVEN_TABLE.get(phonemes(word))
    return entries[0] if entries else None


def _given_gender(word: str) -> str | None:
    """The gender of a known first name; None for unknown or both (Sasha, Zhenya)."""
    genders = {entry.gender for entry in _GIVEN_TABLE.get(phonemes(word), [])}
    return genders.pop() if len(genders) == 1 else None


def _surname_gender(surname: str) -> str | None:
    key = latin_key(surname).replace(" ", "")
    if _FEMININE.search(key):
        return "f"
    if _MASCULINE.search(key):
        return "m"
    return None


def split_name(name: str) -> tuple[str | None, str]:
    """Split into (given names or None, surname); patronymics are dropped.

    Handles "Maria Kolesnikova", "Kolesnikova Maria", "Kolesnikova, Maria", "KOLESNIKOVA Maria",
    "M. Kolesnikova" and "Мария Александровна Колесникова"; a single word is taken as the surname.
    """
    given, _, surname = _parse(name)
    return given, surname


@lru_cache(maxsize=262_144)
def _parse(name: str) -> tuple[str | None, str | None, str]:
    """(given names or None, patronymic or None, surname)."""
    if "," in name:  # "Kolesnikova, Maria": the catalogue order says which is the surname
        head, _, tail = name.partition(",")
        head_words, tail_words = _words(head), _words(tail)
        if head_words and tail_words:
            given, patronymic = _drop_patronymic(tail_words, given_only=True)
            return " ".join(given), patronymic, " ".join(head_words)
    words = _words(name)
    if not words:
        return None, None, ""
    words, patronymic = _drop_patronymic(words)
    if len(words) == 1:
        return None, patronymic, words[0]
    capitals = [w for w in words if len(w) > 2 and w.isupper()]
    if len(capitals) == 1 and len(words) > len(capitals):  # "KOLESNIKOVA Maria": capitals mark it
        return " ".join(w for w in words if w != capitals[0]), patronymic, capitals[0]
    first, last = words[0], words[-1]
    first_given = _is_initial(first) or _known_given(first) is not None
    last_given = _is_initial(last) or _known_given(last) is not None
    reversed_order = last_given and (not first_given or _surname_gender(first) is not None)
    if reversed_order and not _is_initial(first):
        return " ".join(words[1:]), patronymic, first
    return " ".join(words[:-1]), patronymic, last


def _drop_patronymic(words: list[str], *, given_only: bool = False) -> tuple[list[str], str | None]:
    """Take out a patronymic: it follows the first name (Мария Александровна); -vich after
    anything else is a surname (Dashkevich). With an unknown first name, the middle of three.
    `given_only`: the words hold no surname (the part after the comma of "Surname, Given ...")."""
    if len(words) < (2 if given_only else 3):
        return words, None

    def patronymic(i: int) -> bool:
        if _is_initial(words[i]) or not _PATRONYMIC.search(latin_key(words[i])):
            return False
        if not given_only and i == len(words) - 1 and (i == 0 or _known_given(words[i - 1]) is None):
            return False  # "Hans J. Friedrich": last, it is a surname unless a first name precedes it
        prev = words[i - 1] if i else ""
        after_given = bool(prev) and (_is_initial(prev) or _known_given(prev) is not None)
        return after_given and (given_only or len(words) >= 3) or (len(words) == 3 and i == 1)

    for i in range(len(words)):
        if patronymic(i):
            return words[:i] + words[i + 1 :], words[i]
    return words, None


def _surname_key(surname: str) -> str:
    """Consonant skeleton: the part of a surname every transliteration keeps."""
    classes = {"g": "h", "H": "h", "X": "h", "C": "h", "c": "t", "D": "d", "S": "s", "Z": "z", "w": "v"}
    out = []
    for sym in phonemes(surname):
        if sym in "aeiouj":
            continue
        sym = classes.get(sym, sym)
        if out and out[-1] == sym:
            continue
        out.append(sym)
    return "".join(out)


def name_keys(name: str) -> set[str]:
    """Blocking keys for a DB index: spelling variants of one person share at least one.

    The main key is the surname's consonant skeleton (vowels, glides, gender endings and
    transliteration classes collapsed: Kalesnikava, Kolesnikova, Колесникова all give `klsnkv`).
    A double surname also gets a key per part; a name whose word order cannot be told (two words,
    neither a known first name) also gets the other word's key. Keys are prefixed (`s:`) so other
    kinds can be added without clashing.
    """
    given, surname = split_name(name)
    keys = set()
    if surname:
        parts = [surname, *surname.split("-")] if "-" in surname else [surname]
        for part in parts[:3]:  # a double surname is also found by each of its parts
            key = _surname_key(part)
            if key:
                keys.add(f"s:{key}")
    if given:
        words = given.split()
        if len(words) == 1 and not _is_initial(words[0]) and _known_given(words[0]) is None:
            key = _surname_key(words[0])
            if key:
                keys.add(f"s:{key}")
    return keys


@lru_cache(maxsize=262_144)
def _given_status(a: str, b: str) -> tuple[str, str]:
    """Compare two first names: ("match"|"short"|"initial"|"different", reason)."""
    a_init, b_init = _is_initial(a), _is_initial(b)
    if a_init or b_init:
        la, lb = latin_key(a), latin_key(b)
        if a_init and b_init:
            ok = la[:1] == lb[:1]
        else:
            initial, full = (la, b) if a_init else (lb, a)
            ok = initial[:1] in _initials(full)
        return ("initial", "initial compatible") if ok else ("different", "initials differ")
    pa, pb = phonemes(a), phonemes(b)
    if pa == pb:
        return "match", "first name match"
    ga, gb = _GIVEN_TABLE.get(pa, []), _GIVEN_TABLE.get(pb, [])
    common = [(x, y) for x in ga for y in gb if x.group == y.group]
    if any(not (x.short or y.short) for x, y in common):
        return "match", "first name cognate"
    if common:
        if _given_gender(a) is None or _given_gender(b) is None:
            return "short?", "first name short form of either gender"
        return "short", "first name short form"
    if ga and gb:  # two known names of different groups: Anna and Yana are not spellings of one
        return "different", "different first names"
    al = align(pa, pb)
    if al.hard == 0 and al.similarity >= 0.9:
        return "match", "first name transliteration match"
    # An unknown name: compare with the known cognates of the other one.
    other = pb if ga else pa
    for x in ga or gb:
        for word in _GROUP_WORDS[x.group]:
            al = align(phonemes(word), other)
            if al.hard == 0 and al.similarity >= 0.9:
                return "match", "first name cognate (spelling variant)"
    la, lb = latin_key(a), latin_key(b)
    if _typo(la, lb, minimum=4):
        return "typo", "first name differs by one letter: a typo? for review"
    if not (ga or gb) and min(len(la), len(lb)) >= 4 and la[0] == lb[0] and metaphone(la) == metaphone(lb):
        return "typo", "first names sound alike (Mohammed/Muhammad): for review"
    short, full = sorted((la, lb), key=len)
    if len(short) >= 3 and full.startswith(short) and not (ga and gb):
        return "short?", "first name may be a short form (Ben/Benjamin): for review"
    return "different", "different first names"


def _typo(a: str, b: str, *, minimum: int) -> bool:
    """One typing slip (a letter added, dropped, changed, or two swapped) in a word long enough for
    that to be a slip rather than another name; the first letter must agree (Lina, Nina, Dina)."""
    if min(len(a), len(b)) < minimum - (len(a) != len(b)) or a[:1] != b[:1]:  # Jon/John
        return False
    if OSA.distance(a, b, score_cutoff=1) <= 1:
        return True
    a, b = _REPEATS.sub(r"\1", a), _REPEATS.sub(r"\1", b)  # Joonng/Jong, Nooristani/Nuristani
    return OSA.distance(a, b, score_cutoff=1) <= 1


_REPEATS = re.compile(r"(.)\1+")


def _initials(name: str) -> set[str]:
    """Latin initials a first name may be abbreviated to (Yevgeny: y, e; Aleksandr: a, o)."""
    out = {latin_key(name)[:1]}
    for entry in _GIVEN_TABLE.get(phonemes(name), []):
        if not entry.short:
            out.update(word[0] for word in _GROUP_WORDS[entry.group])
    return out


def _person_gender(given: str | None, surname: str) -> str | None:
    """A known first name decides (English often writes Svetlana Tikhanovsky), else the surname."""
    if given:
        first = given.split()[0]
        gender = None if _is_initial(first) else _given_gender(first)
        if gender is None and _known_given(first) is None and len(first) > 2 and latin_key(first)[-1:] == "o":
            gender = "m"  # Mario, Marco, Bruno, Petro: not Maria
        if gender:
            return gender
    return _surname_gender(surname)


def compare_names(a: str, b: str) -> NameMatch:
    """Score whether two name strings can name the same person, with reasons.

    Symmetric: compare_names(a, b) and compare_names(b, a) give the same result.
    """
    if b < a:
        a, b = b, a
    match = _compare(a, b)
    return NameMatch(match.score, match.same, list(match.reasons))  # callers may edit their reasons


@lru_cache(maxsize=262_144)
def _compare(a: str, b: str) -> NameMatch:
    split_a, split_b = _parse(a), _parse(b)
    if not split_a[2] or not split_b[2]:
        return NameMatch(0.0, False, ["empty name"])
    best = _compare_split(split_a, split_b)
    if best.same:
        return best
    # Two words: the order may be "Surname Given" (Ivanova Zhanna, Byl Artsiom: Byl sounds like Bill).
    for alt_a in (split_a, *_other_order(a)):
        for alt_b in (split_b, *_other_order(b)):
            if (alt_a, alt_b) == (split_a, split_b):
                continue
            match = _compare_split(alt_a, alt_b)
            if match.same:
                return NameMatch(match.score, True, [*match.reasons, "words read in the other order"])
    if any(r.startswith(_VETOES) for r in best.reasons):
        return best
    spaced = _spacing_match(a, b)
    if spaced is not None:
        return spaced
    words = _word_match(a, b)
    return words if words is not None and words.score > best.score else best


def _spacing_match(a: str, b: str) -> NameMatch | None:
    """The same letters spaced otherwise, in any rotation of the words: Ronald Mac Donald / Ronald
    MacDonald, Abdullah Alrashid / Abdullah Al-Rashid, Pieter van der Berg / Vanderberg."""
    words_a, words_b = (latin_key(" ".join(_words(x))).split() for x in (a, b))
    if len(words_a) == len(words_b) or not words_a or not words_b:
        return None
    joined_a, joined_b = (
        {"".join(words[i:] + words[:i]) for i in range(len(words))} for words in (words_a, words_b)
    )
    if joined_a & joined_b:
        return NameMatch(0.93, True, ["the same letters, spaced otherwise"])
    return None


def _two_given(a: str, b: str) -> bool:
    """Both are known first names (Maria, Marina): never one name misspelt."""
    return _known_given(a) is not None and _known_given(b) is not None


_VETOES = ("gender veto", "different patronymics", "different second first names")
_PARTICLE_FORMS = {"ben": "bin", "ibn": "bin", "el": "al", "ul": "al"}
_CONNECTIVES = {"bin", "al", "de", "da", "del", "di", "du", "la", "le", "van", "von", "der"}


def _word_match(a: str, b: str) -> NameMatch | None:
    """Names with more words than first name + surname, in any order (Mohammed bin Salman /
    bin Salman Mohammed; Boris Johnson / Alexandre Boris de Pfeffel Johnson): every word of the
    shorter name must match its own word of the longer one, and at least two that are not
    connectives like bin or de. All words of both: the same; the shorter inside the longer: for review."""
    words_a, words_b = (  # Kara-Murza, Kara Murza and KaraMurza give the same two words
        list(dict.fromkeys(_PARTICLE_FORMS.get(k, k) for k in latin_key(" ".join(_words(x))).split()))
        for x in (a, b)
    )
    short, long = sorted((words_a, words_b), key=len)
    if len(long) < 3 or len([w for w in short if w not in _CONNECTIVES]) < 2:
        return None  # first name + surname: `_compare_split` has the last word
    free, typos = list(long), 0
    for word in short:
        hit = next((w for w in free if w == word), None)
        if hit is None:
            hit = next((w for w in free if _typo(w, word, minimum=5) and not _two_given(w, word)), None)
            typos += 1
        if hit is None:
            return None
        free.remove(hit)
    if free:
        return NameMatch(0.8, False, ["the shorter name's words are all in the longer one", "for review"])
    if typos:
        return NameMatch(0.84, False, ["the same words in another order, one a typo?", "for review"])
    return NameMatch(0.95, True, ["the same words in another order"])


def _other_order(name: str) -> list[tuple[str | None, str | None, str]]:
    words = _words(name)
    if "," in name or len(words) != 2 or any(_is_initial(w) for w in words):
        return []  # a comma or an initial says the order
    given, patronymic, surname = _parse(name)
    if any(_known_given(w) for w in words) and not (_full_given(surname) and not _full_given(given or "")):
        return []  # Anna Ivanova is not Ivanova Anna; Byl Artsiom (Byl sounds like Bill) may be
    return [(surname, patronymic, given or "")]


def _full_given(word: str) -> bool:
    """A first name in its full form (Artsiom), not only a short form (Bill, which Byl sounds like)."""
    return any(not entry.short for entry in _GIVEN_TABLE.get(phonemes(word), []))


def _given_words(given: str) -> list[str]:
    return [w for w in re.split(r"[\s\-]+", given) if w]


def _middle_status(given_a: str, given_b: str) -> str | None:
    """Why two second first names (or their initials) rule out one person, if they do:
    William G. Frost is not William W. Frost; Hans J. and Hans Joachim may be one."""
    words_a, words_b = _given_words(given_a), _given_words(given_b)
    if len(words_a) < 2 or len(words_b) < 2:
        return None
    for word in words_a[1:]:  # Reinaldo Gregorio Lenin / Reinaldo Lenin Gregorio
        if all(_given_status(word, other)[0] == "different" for other in words_b[1:]):
            return "different second first names"
    return None


def _same_patronymic(a: str, b: str) -> bool:
    """Viktaravich and Викторович are one patronymic; Ivanovich and Petrovich are not."""
    if _is_initial(a) or _is_initial(b):
        return latin_key(a)[:1] == latin_key(b)[:1]
    al = align(phonemes(a), phonemes(b))
    return al.hard == 0 or al.similarity >= 0.85


def _compare_surnames(sur_a: str, sur_b: str) -> tuple[float, str, bool]:
    """(similarity, reason, partial): partial when only one part of a double surname matches."""
    pa, pb = phonemes(sur_a), phonemes(sur_b)
    if pa == pb:
        same_spelling = latin_key(sur_a) == latin_key(sur_b)
        return 1.0, "surname match" if same_spelling else "surname transliteration match", False
    al = align(pa, pb)
    if al.hard == 0 and al.similarity >= _SURNAME_MIN:
        return al.similarity, "surname transliteration match", False
    parts_a, parts_b = sur_a.split("-"), sur_b.split("-")
    if len(parts_a) + len(parts_b) > 2 and (len(parts_a) == 1 or len(parts_b) == 1):
        for part_a in parts_a:
            for part_b in parts_b:
                sim, _, _ = _compare_surnames(part_a, part_b) if part_a and part_b else (0.0, "", False)
                if sim >= _SURNAME_MIN:
                    return _SURNAME_MIN, "one part of a double surname matches", True
    reason = "surnames differ" + (f": {'; '.join(al.notes)}" if al.notes else "")
    return min(al.similarity, _SURNAME_MIN - 0.01), reason, False


def _surname_typo(sur_a: str, sur_b: str) -> bool:
    """Surnames one slip apart (Kolesnikva, Lukashnko, Luakshenko), also after transliteration
    (Kalesnikva): one edit that is not a known alternation, in a surname of 8+ sounds."""
    la, lb = latin_key(sur_a).replace(" ", ""), latin_key(sur_b).replace(" ", "")
    if _typo(la, lb, minimum=5):
        return True
    pa, pb = phonemes(sur_a), phonemes(sur_b)
    if min(len(pa), len(pb)) < 8 or pa[:1] != pb[:1]:
        return False
    al = align(pa, pb)
    return al.hard <= 1 and not al.notes  # a note is a rule that tells two names apart (stress)


_Parsed = tuple[str | None, str | None, str]


def _compare_split(split_a: _Parsed, split_b: _Parsed) -> NameMatch:
    (given_a, patr_a, sur_a), (given_b, patr_b, sur_b) = split_a, split_b
    sur_sim, why, partial = _compare_surnames(sur_a, sur_b)
    reasons = [why]

    gender_a, gender_b = _person_gender(given_a, sur_a), _person_gender(given_b, sur_b)
    if gender_a and gender_b and gender_a != gender_b:
        reasons.append("gender veto: a woman's and a man's name")
        return NameMatch(round(min(0.1, sur_sim * 0.1), 3), False, reasons)

    typo = False
    if sur_sim < _SURNAME_MIN:
        if not (given_a and given_b and _surname_typo(sur_a, sur_b)):  # Blinov/Bilinov alone: two names
            return NameMatch(round(0.6 * sur_sim * 0.9, 3), False, reasons)
        typo, sur_sim = True, _SURNAME_MIN
        reasons[-1] = "surnames one letter apart: a typo?"

    first_a = _given_words(given_a)[0] if given_a else None
    first_b = _given_words(given_b)[0] if given_b else None
    if first_a and first_b:
        status, why = _given_status(first_a, first_b)
        reasons.append(why)
        middle = _middle_status(given_a or "", given_b or "")
        if status == "different":
            reasons.append("same surname, other first name: a relative?")
        elif patr_a and patr_b and not _same_patronymic(patr_a, patr_b):
            status = "different"
            reasons.append("different patronymics: other fathers")
        elif middle:
            status = "different"
            reasons.append(middle)
        base = {"match": 0.8, "short": 0.72, "short?": 0.6, "initial": 0.75, "typo": 0.62, "different": 0.1}
        score = base[status] + (0.15 if status == "initial" else 0.2) * sur_sim
    elif first_a or first_b:
        reasons.append("surname only on one side: possible match, for review")
        score = 0.6 + 0.2 * sur_sim
    else:
        reasons.append("surnames only")
        score = 0.72 + 0.2 * sur_sim
    if (partial or typo) and score >= REVIEW_THRESHOLD:
        score = min(score, 0.8 if partial else 0.86)
        reasons.append("for review")
    score = round(min(1.0, score), 3)
    return NameMatch(score, score >= SAME_THRESHOLD, reasons)
