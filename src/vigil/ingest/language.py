"""Language identification with lingua, restricted to the languages of the region's press.

Restricting lingua keeps memory small (all 75 languages take 1.3 GB) and makes short
texts less ambiguous. An article is long enough for lingua's trigram-only (low accuracy)
mode, whose models load in a tenth of a second instead of seconds; only short texts (a
headline, a post) use full models, and only those of the two likeliest languages.
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


# lingua's documentation: low accuracy mode is as good as high accuracy from about 120 characters;
# not for news lines full of foreign names ("... Nargiz Absalamova, Elnara Gasimova and Mahammad
# Kekalov to eight years each." is Lithuanian to the trigrams), so up to a short paragraph.
SHORT = 400
# The trigrams are wrong about short lines the other way round (an English headline full of
# names taken for French or Polish), never, on the 742 short lines of the dev sets, when they
# are this sure of English: such a line needs no full model (about 0.7 s of a one-line extract).
SURE = 0.9
# An article's language is told by its opening: on the 1,943 articles of the dev sets, PolNeAR,
# the wiki set and the benchmark (English, Russian, Belarusian), the trigrams on the first 600
# characters already chose as on the first 5,000, every one with confidence 1.0. The opening
# decides when the trigrams are this sure of it (half of a 500-article extract's detection
# time); otherwise the longer sample does, as before.
LEAD = 1000
LEAD_SURE = 0.99


@lru_cache(maxsize=1)
def _trigrams() -> LanguageDetector:
    return LanguageDetectorBuilder.from_languages(*LANGUAGES).with_low_accuracy_mode().build()


@lru_cache(maxsize=16)
def _between(languages: frozenset[Language]) -> LanguageDetector:
    return LanguageDetectorBuilder.from_languages(*languages).build()


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of `text`'s language, or None when lingua cannot tell.

    A short text is read in two passes: the trigram models name the two likeliest languages,
    and only those two languages' full models decide (loading all of the script's full models
    took over a second of a one-line `vigil extract`, holding the interpreter's lock), unless
    the trigrams are sure it is English. A long text's opening decides when the trigrams are
    sure of it."""
    sample = text[:5000]
    if len(list(islice(filter(str.isalpha, sample), 3))) < 3:
        return None
    if len(sample) > LEAD:
        ranked = _trigrams().compute_language_confidence_values(sample[:LEAD])
        if ranked and ranked[0].value >= LEAD_SURE:
            language = ranked[0].language
        else:
            language = _trigrams().detect_language_of(sample)
    elif len(sample) >= SHORT:
        language = _trigrams().detect_language_of(sample)
    else:
        ranked = _trigrams().compute_language_confidence_values(sample)[:2]
        likeliest = [c.language for c in ranked]
        if ranked and ranked[0].language == Language.ENGLISH and ranked[0].value >= SURE:
            language = Language.ENGLISH
        elif len(likeliest) == 2:
            language = _between(frozenset(likeliest)).detect_language_of(sample)
        else:
            language = likeliest[0] if likeliest else None
    return language.iso_code_639_1.name.lower() if language else None
