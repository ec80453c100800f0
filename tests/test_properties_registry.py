"""Properties of name keys and matching, and of status derivation (bounded hypothesis examples)."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vigil.names.compare import compare_names
from vigil.names.keys import name_keys
from vigil.names.translit import latin_key
from vigil.registry.status import ClaimFact, derive

FAST = settings(
    max_examples=150, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)

GIVEN = ["Maria", "Ales", "Viktor", "Ihar", "Siarhei", "Mikalai", "Palina", "Nasta", "Yuri", "Olga"]
SURNAMES = ["Kolesnikova", "Bialiatski", "Babaryka", "Losik", "Tsikhanouski", "Statkevich", "Sharenda",
            "Kuznechik", "Loika", "Khalip", "Tsapkala", "Znak", "Ihnatovich"]  # fmt: skip
_LATIN = st.builds(lambda g, s: f"{g} {s}", st.sampled_from(GIVEN), st.sampled_from(SURNAMES))
_LETTERS = "abcdefghijklmnopqrstuvwxyzäöüšžčćłńóśźżабвгдеёжзийклмнопрстуфхцчшщыэюяіў"
_WORD = st.text(st.sampled_from(_LETTERS), min_size=1, max_size=10).map(str.capitalize)
ANY_NAME = st.one_of(_LATIN, st.builds(lambda a, b: f"{a} {b}", _WORD, _WORD), st.text(max_size=25))

# Russian spelling -> the Latin form a newspaper prints (BGN/PCGN-like, no diacritics)
_RU_TO_LAT = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "zh", "з": "z", "и": "i", "й": "y",
    "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
    "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ы": "y", "э": "e", "ю": "yu",
    "я": "ya", "ь": "",
}  # fmt: skip
RU_GIVEN = ["Мария", "Виктор", "Игорь", "Сергей", "Николай", "Павел", "Максим", "Ольга", "Анна", "Роман"]
RU_SURNAMES = ["Колесникова", "Бабарико", "Лосик", "Статкевич", "Знак", "Протасевич", "Северинец",
               "Игнатович", "Тихановский", "Шаренда", "Кузнечик", "Лойко"]  # fmt: skip


def _romanise(name: str) -> str:
    out = "".join(_RU_TO_LAT.get(ch.lower(), ch) if ch.isalpha() else ch for ch in name)
    return " ".join(w[:1].upper() + w[1:] for w in out.split())


_CYRILLIC = st.builds(lambda g, s: f"{g} {s}", st.sampled_from(RU_GIVEN), st.sampled_from(RU_SURNAMES))


@FAST
@given(ANY_NAME, ANY_NAME)
def test_matching_is_symmetric(a: str, b: str) -> None:
    ab, ba = compare_names(a, b), compare_names(b, a)
    assert (ab.score, ab.same) == (ba.score, ba.same)


@FAST
@given(st.one_of(_LATIN, _CYRILLIC, st.builds(lambda a, b: f"{a} {b}", _WORD, _WORD)))
def test_a_name_matches_itself(name: str) -> None:
    if not latin_key(name) or not any(len(w) > 2 for w in latin_key(name).split()):
        return  # nothing left to compare after transliteration (digits, marks, initials)
    match = compare_names(name, name)
    assert match.same and match.score >= 0.88, (name, match)
    assert compare_names(name, f"  {name.upper()} ").same


@FAST
@given(_CYRILLIC)
def test_a_cyrillic_name_matches_its_latin_transliteration(name: str) -> None:
    latin = _romanise(name)
    assert compare_names(name, latin).same, (name, latin, compare_names(name, latin))
    assert name_keys(name) & name_keys(latin), (name, latin)


@FAST
@given(ANY_NAME)
def test_keys_and_latin_form_are_stable(name: str) -> None:
    assert name_keys(name) == name_keys(name)
    assert latin_key(latin_key(name)) == latin_key(name)
    assert all(key.startswith("s:") for key in name_keys(name))


# --- status ------------------------------------------------------------------------------------

_DAY0 = date(2025, 1, 1)
_CLAIM = st.builds(
    lambda kind, day, article, position, value: (kind, day, article, position, value),
    st.sampled_from(["arrest", "sentence", "release", "deportation", "death", "status", "role"]),
    st.one_of(st.none(), st.integers(min_value=0, max_value=40)),
    st.one_of(st.none(), st.sampled_from(["1", "2", "3"])),
    st.one_of(st.none(), st.integers(min_value=0, max_value=500)),
    st.sampled_from(["held", "released", "exiled", "died_in_custody", "unknown", None]),
)


def _facts(raw: list[tuple]) -> list[ClaimFact]:  # type: ignore[type-arg]
    return [
        ClaimFact(
            f"cl-{i:04d}",
            kind,
            None if day is None else _DAY0 + timedelta(days=day),
            article,
            position,
            value if kind == "status" else None,
        )
        for i, (kind, day, article, position, value) in enumerate(raw)
    ]


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.lists(_CLAIM, max_size=8), st.randoms(use_true_random=False), st.integers(0, 30))
def test_status_does_not_depend_on_claim_order(raw, rnd, window: int) -> None:  # type: ignore[no-untyped-def]
    facts = _facts(raw)
    shuffled = list(facts)
    rnd.shuffle(shuffled)
    first, second = derive(facts, window_days=window), derive(shuffled, window_days=window)
    assert first == second
    assert first.status in ("held", "released", "exiled", "died_in_custody", "unknown")
    assert set(first.claims) <= {f.id for f in facts}
