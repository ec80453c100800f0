"""Sound-level spelling of East Slavic names, and a weighted alignment that knows their alternations.

News spells one Belarusian or Russian name many ways: Cyrillic in either language, BGN, ISO, Polish,
Łacinka, German, English habits. Generic string distance treats `Kalesnikava`/`Kolesnikova` (two
vowels apart) like two unrelated names. So a name word is first rewritten as a short sequence of
sound symbols (`phonemes`), which removes pure spelling differences (sh/š/sz/ш, ts/c/ц, kh/h/х,
ya/ia/ja/я, -skiy/-skii/-sky/-ski ...). The remaining *language* differences between Russian and
Belarusian (akanye o→a, yakanye e→ya, tsekanye t→ts, dzekanye d→dz, g→h, v→ў) are cheap edits in
`align`, and the directional ones must all point the same way: one spelling is the Russian form,
the other the Belarusian one.

Symbols: vowels a e i o u; `j` a glide (й, the y of ya/ye); `w` Belarusian ў (and the u of
-ou/-au); `S` ш, `Z` ж, `C` ч, `H` х/h, `X` Latin "ch" (ч in English, х in Polish/German),
`c` ц, `D` дз; other consonants as themselves.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from anyascii import anyascii
from rapidfuzz.distance import OSA

__all__ = ["Alignment", "align", "is_cyrillic", "latin_key", "latin_text", "phonemes", "romanize", "typo"]

VOWELS = frozenset("aeiou")

# Cyrillic letters (Russian, Belarusian, Ukrainian) to symbols; я/е/ё/ю/є/ї are resolved in context.
_CYR: dict[str, str] = {
    "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "ж": "Z", "з": "z", "и": "i",
    "і": "i", "й": "j", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ў": "w", "ф": "f", "х": "H", "ц": "c", "ч": "C", "ш": "S",
    "щ": "SC", "ы": "i", "э": "e", "ъ": "", "ь": "", "'": "", "’": "", "ʼ": "",
}  # fmt: skip
_CYR_IOTATED = {"я": "a", "е": "e", "ё": "o", "ю": "u", "є": "e", "ї": "i"}

# Latin letters with diacritics whose meaning ascii folding would lose (š is sh, not s).
_LATIN_PRE: dict[str, str] = {
    "š": "sh", "ž": "zh", "č": "ch", "ć": "c", "ś": "s", "ź": "z", "ż": "zh", "ń": "n", "ł": "l",
    "ŭ": "\x01", "ý": "y", "ě": "e", "ř": "r", "ß": "ss",
}  # fmt: skip

# Latin multi-letter spellings, longest first.
_LATIN_MULTI: list[tuple[str, str]] = [
    ("shtsh", "SC"), ("shch", "SC"), ("szcz", "SC"), ("tsch", "C"), ("dzh", "dZ"),
    ("sch", "S"), ("tch", "C"), ("zh", "Z"), ("sh", "S"), ("sz", "S"), ("cz", "C"), ("kh", "H"),
    ("ch", "X"), ("ts", "c"), ("tz", "c"), ("dz", "D"), ("ph", "f"), ("th", "t"),
    ("x", "ks"), ("q", "k"), ("w", "v"), ("h", "H"),
]  # fmt: skip


def is_cyrillic(text: str) -> bool:
    """Whether `text` has a Cyrillic letter (Russian, Belarusian, Ukrainian ...)."""
    return any("\u0400" <= ch <= "\u04ff" for ch in text)


def latin_text(text: str) -> str:
    """Fold any spelling to lowercase ASCII letters, keeping š as sh (anyascii would make it s)."""
    out = []
    for ch in unicodedata.normalize("NFC", text.lower()):
        out.append(_LATIN_PRE.get(ch, ch).replace("\x01", "u"))
    return anyascii("".join(out)).lower()


_CYR_VOWELS = frozenset("аеёиоуыэюяіїє")


def _cyrillic_symbols(word: str) -> list[str]:
    out: list[str] = []
    prev_vowel = True  # word start behaves like "after a vowel": е/я/ю there carry a glide
    skip = False
    for k, ch in enumerate(word):
        if skip:
            skip = False
            continue
        nxt = word[k + 1] if k + 1 < len(word) else ""
        if ch in _CYR_IOTATED:
            # Spelled like Latin ya/yo/yu (always a glide) and e (a glide only at the start or
            # after a vowel), so the Cyrillic and the common Latin spellings give the same symbols.
            if ch != "е" or prev_vowel:
                out.append("j")
            out.append(_CYR_IOTATED[ch])
            prev_vowel = True
        elif ch == "д" and nxt == "з":  # дз is one sound (Дзмітрый, Радзіна), Latin dz
            out.append("D")
            prev_vowel, skip = False, True
        elif ch == "у" and out and out[-1] in ("a", "e", "o") and nxt not in _CYR_VOWELS:
            out.append("w")  # ау/оу before a consonant: spelled like Latin au/ou (Гнаук, Gnauk)
            prev_vowel = False
        elif ch in _CYR:
            sym = _CYR[ch]
            out.extend(sym)
            if sym:
                prev_vowel = sym in VOWELS
        elif ch.isalpha():
            out.extend(_latin_symbols(latin_text(ch)))
            prev_vowel = bool(out) and out[-1] in VOWELS
    return out


_SLAVIC_LATIN_MARKS = frozenset("łśćźńŭšžčżě")


def _latin_symbols(word: str) -> list[str]:
    # Łacinka/Polish/Czech spelling (any of its letters present): c is always ц (Capkała, Čulcova).
    slavic_c = any(ch in _SLAVIC_LATIN_MARKS for ch in word.lower())
    s = "".join(ch for ch in latin_text(word) if ch.isalpha())
    raw: list[str] = []
    i = 0
    while i < len(s):
        for spell, sym in _LATIN_MULTI:
            if s.startswith(spell, i):
                raw.extend(sym)
                i += len(spell)
                break
        else:
            ch = s[i]
            if ch == "c":
                nxt = s[i + 1] if i + 1 < len(s) else ""
                # Polish/Łacinka c is ц (Bialacki, Lucyna); English c before a back vowel is k (Victor).
                raw.append("c" if slavic_c or nxt in ("", "e", "i", "y", "k") else "k")
            elif ch == "\x01":
                raw.append("w")
            else:
                raw.append(ch)
            i += 1
    # Resolve i/y/j/u by context: glide before a vowel, ў after a vowel, vowel elsewhere.
    out: list[str] = []
    for k, ch in enumerate(raw):
        prev = out[-1] if out else ""
        nxt = raw[k + 1] if k + 1 < len(raw) else ""
        if ch in ("i", "y", "j"):
            before_vowel = nxt in ("a", "e", "o", "u")
            after_vowel = prev in VOWELS and (ch != "i" or prev != "i" or nxt == "")
            if before_vowel or after_vowel:
                out.append("j")
            elif ch == "j":
                out.append("j" if prev in VOWELS or not prev else "i")
            else:
                out.append("i")
        elif ch == "u" and prev in ("a", "e", "o") and nxt not in VOWELS and nxt not in ("y", "j"):
            out.append("w")  # ou/au/eu before a consonant: Belarusian ў (Ivanou, Yauhen)
        else:
            out.append(ch)
    return out


@lru_cache(maxsize=8192)
def phonemes(word: str) -> tuple[str, ...]:
    """Rewrite one name word (any script) as sound symbols; doubled consonants collapse
    (Anna/Ana, Natallia/Natalia), doubled vowels stay (Andreeva is Andre-eva)."""
    word = unicodedata.normalize("NFC", word.lower())
    syms = _cyrillic_symbols(word) if is_cyrillic(word) else _latin_symbols(word)
    out: list[str] = []
    for sym in syms:
        if out and out[-1] == sym and sym not in VOWELS:
            continue
        out.append(sym)
    # Word-final glide after i (-ий, -iy, -ii, -ij) is a spelling habit, not a sound difference.
    if len(out) >= 2 and out[-1] == "j" and out[-2] == "i":
        out.pop()
    return tuple(out)


# Symmetric substitution costs. Cheap (< HARD) = a known spelling or Russian/Belarusian alternation.
HARD = 0.5
_SUB: dict[frozenset[str], float] = {
    frozenset("ao"): 0.15,  # akanye: Kolesnikova / Kalesnikava
    frozenset("ae"): 0.25,  # yakanye: Sergei / Siarhei, Belyatsky / Bialiatski
    frozenset("eo"): 0.35,  # ё written е: Kovalev / Kovalyov
    frozenset("ei"): 0.5,
    frozenset("ij"): 0.1,
    frozenset("vw"): 0.1,  # в / ў
    frozenset("uw"): 0.15,  # ў spelled u
    frozenset("uv"): 0.3,  # Uladzimir / Vladimir
    frozenset("gH"): 0.2,  # Belarusian h for Russian g: Ihar / Igor
    frozenset("HX"): 0.1,
    frozenset("CX"): 0.1,
    frozenset("gX"): 0.3,
    frozenset("tc"): 0.25,  # tsekanye: Tsikhanouskaya / Tikhanovskaya
    frozenset("dD"): 0.2,  # dzekanye: Dzmitry / Dmitry
    frozenset("sS"): 0.5,  # s and sh are different names (Savchenko, Shevchenko)
    frozenset("zZ"): 0.5,
    frozenset("cC"): 0.45,
}
# Which side of a directional alternation is the Russian form (the other is the Belarusian one).
_RUSSIAN_SIDE: dict[frozenset[str], str] = {
    frozenset("ao"): "o",
    frozenset("ae"): "e",
    frozenset("gH"): "g",
    frozenset("tc"): "t",
    frozenset("dD"): "d",
    frozenset("vw"): "v",
}
_INDEL: dict[str, float] = {"j": 0.1, "w": 0.35}


def _sub_cost(x: str, y: str) -> float:
    if x == y:
        return 0.0
    cost = _SUB.get(frozenset((x, y)))
    if cost is not None:
        return cost
    return 0.8 if x in VOWELS and y in VOWELS else 1.0


def _indel_cost(seq: tuple[str, ...], k: int) -> float:
    """Cost of inserting/deleting seq[k]; an i next to a vowel or glide is a spelling habit
    (Maria/Mariya/Maryia), an i between consonants is not (Blinov/Bilinov)."""
    x = seq[k]
    if x == "i":
        near = {seq[k - 1] if k else "", seq[k + 1] if k + 1 < len(seq) else ""}
        return 0.25 if near & (VOWELS | {"j"}) else 0.6
    return _INDEL.get(x, 0.6 if x in VOWELS else 1.0)


@dataclass(frozen=True)
class Alignment:
    """The cheapest edit script between two symbol sequences, with what it implies."""

    cost: float  # total, after consistency penalties
    hard: int  # edits that are not a known alternation
    length: int  # the longer sequence
    notes: tuple[str, ...]

    @property
    def similarity(self) -> float:
        """1 for identical sound sequences; known alternations cost little, other edits a lot."""
        if self.length == 0:
            return 0.0
        sim = max(0.0, 1.0 - self.cost / self.length)
        return sim if self.hard == 0 else sim * 0.8


def _ops(a: tuple[str, ...], b: tuple[str, ...]) -> tuple[float, list[tuple[int, int, str, str]]]:
    """Weighted Levenshtein with backtrace; ops are (pos_a, pos_b, sym_a, sym_b), '' for a gap."""
    n, m = len(a), len(b)
    d = [[0.0] * (m + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        d[i][0] = d[i - 1][0] + _indel_cost(a, i - 1)
    for j in range(1, m + 1):
        d[0][j] = d[0][j - 1] + _indel_cost(b, j - 1)
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            d[i][j] = min(
                d[i - 1][j - 1] + _sub_cost(a[i - 1], b[j - 1]),
                d[i - 1][j] + _indel_cost(a, i - 1),
                d[i][j - 1] + _indel_cost(b, j - 1),
            )
    ops: list[tuple[int, int, str, str]] = []
    i, j = n, m
    while i > 0 or j > 0:
        if i > 0 and j > 0 and abs(d[i][j] - d[i - 1][j - 1] - _sub_cost(a[i - 1], b[j - 1])) < 1e-9:
            if a[i - 1] != b[j - 1]:
                ops.append((i - 1, j - 1, a[i - 1], b[j - 1]))
            i, j = i - 1, j - 1
        elif i > 0 and abs(d[i][j] - d[i - 1][j] - _indel_cost(a, i - 1)) < 1e-9:
            ops.append((i - 1, j, a[i - 1], ""))
            i -= 1
        else:
            ops.append((i, j - 1, "", b[j - 1]))
            j -= 1
    ops.reverse()
    return d[n][m], ops


def _stressed_vowel(seq: tuple[str, ...]) -> int | None:
    """Index of the vowel before an -sk-/-ck- suffix: that syllable carries the stress
    (Belyátsky, Tikhanóvskaya), so it keeps its vowel in both languages."""
    for k in range(len(seq) - 2, 0, -1):
        if seq[k] == "k" and seq[k - 1] in ("s", "c", "S"):
            for v in range(k - 2, -1, -1):
                if seq[v] in VOWELS:
                    return v
            return None
    return None


@lru_cache(maxsize=65536)
def align(a: tuple[str, ...], b: tuple[str, ...]) -> Alignment:
    """Align two sound sequences and check that the Russian/Belarusian alternations agree.

    Alternations are allowed only one way per pair (all Russian forms on one side), and never in
    the stressed syllable before -sk-/-ck-: that tells Bialiatski (Belyatsky) from Bialecki.
    """
    total, ops = _ops(a, b)
    hard = 0
    notes: list[str] = []
    stress_a, stress_b = _stressed_vowel(a), _stressed_vowel(b)
    # Russian side votes: +cost if a is the Russian form, -cost if b is.
    votes: list[tuple[str, float]] = []
    for ia, ib, xa, xb in ops:
        if not xa or not xb:
            cost = _indel_cost(a, ia) if xa else _indel_cost(b, ib)
            if cost >= HARD:
                hard += 1
            continue
        cost = _sub_cost(xa, xb)
        pair = frozenset((xa, xb))
        if pair in (frozenset("ao"), frozenset("ae")) and (ia == stress_a or ib == stress_b):
            total += 1.0 - cost
            hard += 1
            notes.append(f"stressed vowel differs ({xa}/{xb})")
            continue
        if cost >= HARD:
            hard += 1
            continue
        rus = _RUSSIAN_SIDE.get(pair)
        if rus is not None:
            votes.append(("a" if xa == rus else "b", cost))
    sides = {side for side, _ in votes}
    if len(sides) == 2:
        # Both spellings cannot be the Russian form: the cheaper set of alternations is wrong.
        cost_a = sum(c for s, c in votes if s == "a")
        cost_b = sum(c for s, c in votes if s == "b")
        n_a = sum(1 for s, _ in votes if s == "a")
        n_b = len(votes) - n_a
        penalty = min(n_a - cost_a, n_b - cost_b)
        total += penalty
        hard += min(n_a, n_b)
        notes.append("alternations point both ways")
    return Alignment(cost=round(total, 6), hard=hard, length=max(len(a), len(b)), notes=tuple(notes))


# Official romanisations, for showing a Cyrillic name in Latin letters (linking compares
# `phonemes`, which need no romanisation). Belarusian: the national system as used in
# passports (Калеснікава → Kalesnikava, Сяргей → Siarhei, Марыя → Maryia); Russian: ICAO Doc 9303, the
# passport system since 2013 (Колесникова → Kolesnikova, Сергей → Sergei).
_BE_LATIN: dict[str, str] = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "ж": "zh", "з": "z", "і": "i",
    "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ў": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ы": "y", "э": "e", "ь": "", "ъ": "", "'": "", "’": "", "ʼ": "",
}  # fmt: skip
_BE_IOTATED = {"я": "ia", "е": "e", "ё": "io", "ю": "iu"}
_BE_IOTATED_VOWEL = {"я": "ia", "е": "ie", "ё": "io", "ю": "iu"}
_BE_IOTATED_INITIAL = {"я": "ya", "е": "ye", "ё": "yo", "ю": "yu"}
_RU_LATIN: dict[str, str] = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
    "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "ie", "ы": "y", "ь": "", "э": "e", "ю": "iu", "я": "ia", "і": "i",
    "ў": "u", "'": "", "’": "",
}  # fmt: skip


def romanize(name: str, language: str | None) -> str:
    """`name` in Latin letters: Belarusian national romanisation for "be", ICAO for "ru",
    anyascii otherwise; a name already in Latin letters is returned as it is."""
    if not is_cyrillic(name):
        return name
    if language not in ("be", "ru"):
        language = "be" if any(ch in "іўІЎ" for ch in name) else "ru"
    words = []
    for word in name.split(" "):
        out = []
        for i, ch in enumerate(word):
            low = ch.lower()
            if language == "be" and low in _BE_IOTATED:
                prev = word[i - 1].lower() if i else ""
                if not prev or prev in "'’ʼь-":
                    latin = _BE_IOTATED_INITIAL[low]
                elif prev in "аеёіоуыэюяў":
                    latin = _BE_IOTATED_VOWEL[low]
                else:
                    latin = _BE_IOTATED[low]
            elif language == "be":
                latin = _BE_LATIN.get(low, anyascii(low))
            else:
                latin = _RU_LATIN.get(low, anyascii(low))
            out.append(latin.capitalize() if ch.isupper() and latin else latin)
        words.append("".join(out))
    return " ".join(words)


@lru_cache(maxsize=262_144)
def latin_key(name: str) -> str:
    """A normalised Latin form: transliterated, accents folded, lowercase, single spaces.

    `Калеснікава` gives `kalesnikava` and `Aleś` gives `ales`; good for display-independent
    equality and exact lookups, not for matching variants (that is `compare_names`).
    """
    folded = latin_text(unicodedata.normalize("NFC", name))
    return " ".join(re.sub(r"[^a-z]+", " ", folded).split())


def typo(a: str, b: str, *, minimum: int) -> bool:
    """One typing slip (a letter added, dropped, changed, or two swapped) in a word long enough for
    that to be a slip rather than another name; the first letter must agree (Lina, Nina, Dina)."""
    if min(len(a), len(b)) < minimum - (len(a) != len(b)) or a[:1] != b[:1]:  # Jon/John
        return False
    if OSA.distance(a, b, score_cutoff=1) <= 1:
        return True
    a, b = _REPEATS.sub(r"\1", a), _REPEATS.sub(r"\1", b)  # Joonng/Jong, Nooristani/Nuristani
    return OSA.distance(a, b, score_cutoff=1) <= 1


_REPEATS = re.compile(r"(.)\1+")
