"""Words, patterns and marks the event rules share across modules.

The word lists are data in `ru/patterns/event_words.json` (Russian and Belarusian words side
by side: one set of rules serves both languages, so they stay out of the per-language
`words.json`); what stays here is grammar (dependency labels), punctuation and regexes.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from vigil.extract.findings import Person

_WORDS = json.loads(
    (Path(__file__).parent.parent / "patterns" / "event_words.json").read_text(encoding="utf-8")
)

# a dash or numbered list line's opening
_LIST_ITEM = re.compile(r"\s*(?:[—–•*-]|\d+[.)])\s")
_BULLETS = ("•", "·", "▪", "*", "-", "–", "—")  # marks that open a list's line
_AGE_ADJECTIVE = re.compile(r"^\d+-\w+$")  # «44-гадоваму», «27-гадовую»: an age told as an adjective
_TOWARDS = tuple(_WORDS["towards"])
_SUBJECT = ("nsubj", "nsubj:pass")
_STAY_VERBS = tuple(_WORDS["stay_verbs"])
# words of what must come that a verdict's stay hangs on («ему предстоит / придётся провести»,
# «он должен провести»), with the dependency that names whose stay it is
_FATED = {"предстоять": "iobj", "прийтись": "iobj", "приходиться": "iobj", "должный": "nsubj"}
_CUSTODY_PLACES = frozenset(_WORDS["custody_places"])
_AGE_ENDINGS = tuple(_WORDS["age_endings"])
# a Belarusian or Russian passive participle in any gender, number and case («затрыманага»,
# «асуджаную», «вызваленых», «задержанного»)
_PARTICIPLE = re.compile(r"(?:[нт]|нн)(?:ы|ая|ае|ыя|ага|ай|аму|ую|ым|ых|ый|ое|ые|ого|ой|ому|ых)$")
_QUOTE_MARKS = frozenset('«»"„“”')
_LONGEST_TERM = 25 * 12  # a fixed term beyond this is a person's age in brackets
_INFINITIVE = tuple(_WORDS["infinitive_endings"])
_LINEAR_INFINITIVE = tuple(_WORDS["linear_infinitive_endings"])
_OBJECT = ("obj", "iobj", "nsubj:pass", "obl", "appos", "nmod", "xcomp")
_POSSESSIVES = frozenset(_WORDS["possessives"])
# a possessive before a noun names its owner, Russian and Belarusian
_OWNERS = _POSSESSIVES | frozenset(_WORDS["owners_be"])
_DESCEND = (
    "flat",
    "flat:name",
    "appos",
    "nmod",
    "conj",
    "amod",
    "det",
    "nummod",
    "case",
    "cc",
    "punct",
    "parataxis",
)
_OBLIQUE_PREPOSITIONS = frozenset(_WORDS["oblique_prepositions"])
_ANOTHER_ONE = frozenset(_WORDS["another_one"])
_DEMONSTRATIVES: dict[str, str] = _WORDS["demonstratives"]
_NO_ONE = Person(name="", tokens=[""])  # a fronted object that is not a named person
_ORDINALS = frozenset(_WORDS["ordinals"])
_ORDINAL_VALUES: dict[str, int] = _WORDS["ordinal_values"]
