"""Is this the same person's name? Matching across Latin spellings, Cyrillic and languages.

The registry links every mention ("Kalesnikava", "Мария Колесникова", "M. Kolesnikova") to one
person, and must never merge relatives or a man with a woman of the same surname. The score is
built from three explainable parts (see docs/names.md):

* the surname, compared as sounds (`vigil.names.translit`), where the spelling and
  Russian/Belarusian alternations are cheap and anything else is expensive;
* the first name, via a table of Belarusian/Russian/Ukrainian/English/Polish cognates, else as
  sounds, with initials compatible with the names they abbreviate;
* a gender veto: -ova/-ava/-ina/-skaya are feminine, -ov/-ou/-in/-ski masculine, and the two
  are never the same person.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from vigil.names.given import full_given, given_status, is_initial, known_given
from vigil.names.parse import generation, given_words, name_words, parse_name, person_gender
from vigil.names.thresholds import REVIEW_THRESHOLD, SAME_THRESHOLD
from vigil.names.translit import align, latin_key, phonemes, typo

__all__ = ["NameMatch", "compare_names"]

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
    match = _compare_words(a, b)
    gen_a, gen_b = generation(a), generation(b)
    if gen_a == gen_b:
        return match
    if gen_a and gen_b:  # John Smith II / John Smith III, Martin Luther King Jr. / Sr.
        return NameMatch(
            min(match.score, 0.1), False, [*match.reasons, "different generations: father and son"]
        )
    if match.same:  # Robert F. Kennedy / Robert F. Kennedy Jr.: the father, or the son named short
        return NameMatch(
            min(match.score, 0.8), False, [*match.reasons, "generation on one side only: for review"]
        )
    return match


def _compare_words(a: str, b: str) -> NameMatch:
    """The comparison of the names' words, generational suffixes left out."""
    split_a, split_b = parse_name(a), parse_name(b)
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
    words_a, words_b = (latin_key(" ".join(name_words(x))).split() for x in (a, b))
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
    return known_given(a) is not None and known_given(b) is not None


_VETOES = ("gender veto", "different patronymics", "different second first names")
_PARTICLE_FORMS = {"ben": "bin", "ibn": "bin", "el": "al", "ul": "al"}
_CONNECTIVES = {"bin", "al", "de", "da", "del", "di", "du", "la", "le", "van", "von", "der"}


def _word_match(a: str, b: str) -> NameMatch | None:
    """Names with more words than first name + surname, in any order (Mohammed bin Salman /
    bin Salman Mohammed; Boris Johnson / Alexandre Boris de Pfeffel Johnson): every word of the
    shorter name must match its own word of the longer one, and at least two that are not
    connectives like bin or de. All words of both: the same; the shorter inside the longer: for review."""
    words_a, words_b = (  # Kara-Murza, Kara Murza and KaraMurza give the same two words
        list(dict.fromkeys(_PARTICLE_FORMS.get(k, k) for k in latin_key(" ".join(name_words(x))).split()))
        for x in (a, b)
    )
    short, long = sorted((words_a, words_b), key=len)
    if len(long) < 3 or len([w for w in short if w not in _CONNECTIVES]) < 2:
        return None  # first name + surname: `_compare_split` has the last word
    free, typos = list(long), 0
    for word in short:
        hit = next((w for w in free if w == word), None)
        if hit is None:
            hit = next((w for w in free if typo(w, word, minimum=5) and not _two_given(w, word)), None)
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
    words = name_words(name)
    if "," in name or len(words) != 2 or any(is_initial(w) for w in words):
        return []  # a comma or an initial says the order
    given, patronymic, surname = parse_name(name)
    if any(known_given(w) for w in words) and not (full_given(surname) and not full_given(given or "")):
        return []  # Anna Ivanova is not Ivanova Anna; Byl Artsiom (Byl sounds like Bill) may be
    return [(surname, patronymic, given or "")]


def _middle_status(given_a: str, given_b: str) -> str | None:
    """Why two second first names (or their initials) rule out one person, if they do:
    William G. Frost is not William W. Frost; Hans J. and Hans Joachim may be one."""
    words_a, words_b = given_words(given_a), given_words(given_b)
    if len(words_a) < 2 or len(words_b) < 2:
        return None
    for word in words_a[1:]:  # Reinaldo Gregorio Lenin / Reinaldo Lenin Gregorio
        if all(given_status(word, other)[0] == "different" for other in words_b[1:]):
            return "different second first names"
    return None


def _same_patronymic(a: str, b: str) -> bool:
    """Viktaravich and Викторович are one patronymic; Ivanovich and Petrovich are not."""
    if is_initial(a) or is_initial(b):
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
    if typo(la, lb, minimum=5):
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

    gender_a, gender_b = person_gender(given_a, sur_a), person_gender(given_b, sur_b)
    if gender_a and gender_b and gender_a != gender_b:
        reasons.append("gender veto: a woman's and a man's name")
        return NameMatch(round(min(0.1, sur_sim * 0.1), 3), False, reasons)

    typo = False
    if sur_sim < _SURNAME_MIN:
        if not (given_a and given_b and _surname_typo(sur_a, sur_b)):  # Blinov/Bilinov alone: two names
            return NameMatch(round(0.6 * sur_sim * 0.9, 3), False, reasons)
        typo, sur_sim = True, _SURNAME_MIN
        reasons[-1] = "surnames one letter apart: a typo?"

    first_a = given_words(given_a)[0] if given_a else None
    first_b = given_words(given_b)[0] if given_b else None
    if first_a and first_b:
        status, why = given_status(first_a, first_b)
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
