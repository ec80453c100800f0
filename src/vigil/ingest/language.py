"""Language identification with lingua, restricted to the languages of the region's press.

Restricting lingua keeps memory small (all 75 languages take 1.3 GB) and makes short
texts less ambiguous. An article is long enough for lingua's trigram-only (low accuracy)
mode, whose models load in a tenth of a second instead of seconds; only short texts (a
headline, a post) pay for the full models, loaded on first need for their script alone.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import islice

from lingua import Language, LanguageDetector, LanguageDetectorBuilder

LANGUAGES = (
    Language.ENGLISH,
    Language.RUSSIAN,
    Language.BELARUSIAN,
    Language.UKRAINIAN,
    Language.POLISH,
    Language.LITHUANIAN,
    Language.GERMAN,
    Language.FRENCH,
)


# lingua's documentation: low accuracy mode is as good as high accuracy from about 120 characters.
SHORT = 120


@lru_cache(maxsize=2)
def _detector(short: bool) -> LanguageDetector:
    builder = LanguageDetectorBuilder.from_languages(*LANGUAGES)
    return builder.build() if short else builder.with_low_accuracy_mode().build()


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of `text`'s language, or None when lingua cannot tell."""
    sample = text[:5000]
    if len(list(islice(filter(str.isalpha, sample), 3))) < 3:
        return None
    language = _detector(len(sample) < SHORT).detect_language_of(sample)
    return language.iso_code_639_1.name.lower() if language else None
