"""Word lists, patterns and marks the event rules share across modules (Russian and Belarusian
words side by side: one set of rules serves both languages)."""

from __future__ import annotations

import re

from vigil.extract.findings import Person

# a dash or numbered list line's opening
_LIST_ITEM = re.compile(r"\s*(?:[—–•*-]|\d+[.)])\s")
_BULLETS = ("•", "·", "▪", "*", "-", "–", "—")  # marks that open a list's line
_AGE_ADJECTIVE = re.compile(r"^\d+-\w+$")
# Belarusian prepositions of direction before a place («у Літву», «за мяжу»: where to)
_TOWARDS = ("у", "ў", "ва", "на", "за")  # «44-гадоваму», «27-гадовую»: an age told as an adjective


_SUBJECT = ("nsubj", "nsubj:pass")
_STAY_VERBS = ("провести", "отсидеть")
_CUSTODY_PLACES = frozenset(("стража", "заключение", "колония", "сизо", "тюрьма", "изолятор", "спецприёмник"))
_AGE_ENDINGS = ("летний", "летняя", "летнего", "летней", "гадовы", "гадовая", "гадовага", "гадовай")
# a Belarusian or Russian passive participle in any gender, number and case («затрыманага»,
# «асуджаную», «вызваленых», «задержанного»)
_PARTICIPLE = re.compile(r"(?:[нт]|нн)(?:ы|ая|ае|ыя|ага|ай|аму|ую|ым|ых|ый|ое|ые|ого|ой|ому|ых)$")
_QUOTE_MARKS = frozenset('«»"„“”')
_LONGEST_TERM = 25 * 12  # a fixed term beyond this is a person's age in brackets
_INFINITIVE = ("ть", "ти", "чь", "ться", "тись", "ць", "ці", "чы", "цца")
# Belarusian infinitives (or a perfective's future, «вызваліць», «вызваляць»); the present's
# «-юць», «-уць», «-дзяць» («выходзяць») and the reflexive «-цца» are left to the words around
_LINEAR_INFINITIVE = ("аць", "іць", "ыць", "ляць", "ці", "чы")
_OBJECT = ("obj", "iobj", "nsubj:pass", "obl", "appos", "nmod", "xcomp")
_POSSESSIVES = frozenset(("его", "её", "ее", "их"))
# a possessive before a noun names its owner, Russian and Belarusian
_OWNERS = _POSSESSIVES | frozenset(("яго", "яе", "іх"))
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


# prepositions before a noun that is no subject («з мужам», «для студэнтаў»)
_OBLIQUE_PREPOSITIONS = frozenset(
    {
        "з",
        "са",
        "із",
        "у",
        "ў",
        "в",
        "на",
        "за",
        "па",
        "да",
        "для",
        "ад",
        "пра",
        "аб",
        "к",
        "с",
        "о",
        "об",
        "от",
        "по",
        "про",
    }
)


# «второго отпустили», «других отпустили», «остальных освободили»: an object that stands for
# people other than the ones named (not «каждый», «оба», «все», which are the named)
_ANOTHER_ONE = frozenset({"второй", "другой", "третий", "четвертый", "остальной", "прочий"})
_DEMONSTRATIVES = {"того": "masc", "тот": "masc", "ту": "fem", "та": "fem"}
_NO_ONE = Person(name="", tokens=[""])  # a fronted object that is not a named person
_ORDINALS = frozenset({"пятый", "шестой", "седьмой", "восьмой", "девятый", "десятый"})
