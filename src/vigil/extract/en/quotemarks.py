"""Single quotation marks as speech marks.

British and many Commonwealth papers quote speech in single marks (‘We are worried,’ X said;
the cleaner makes them the straight "'"), which is also the apostrophe (it's, Smith's, '90s,
rock 'n' roll). The quote reader pairs double marks only, so a document's single marks that
pair cleanly as quotation marks are turned into double ones before parsing: one character for
one, so every offset stays. They are speech marks when the document quotes in them (two or
more pairs around three words or more, and more of them than of double pairs), or when a pair
closes a clause right before a speech verb or opens right after `said:`. Single marks inside
double ones are quotes within quotes and stay (a lone pair in a document without double
marks is as often a quote inside an interview answer). Two apostrophes side by side, which
some archives write for a double mark, are no single marks.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise

from vigil.extract.en.quotes import IRREGULAR_PAST, PHRASAL_VERBS, QUOTE_VERBS, marked_spans

_SINGLE = "'\u2018\u2019"
# an apostrophe that starts a word: '90s, 'n', 'em, 'til, 'tis, 'cause
_ELISION = re.compile(r"(?:\d0s|\d\d\b|n'|n\b|em\b|til\b|tis\b|twas\b|cause\b|bout\b)", re.IGNORECASE)
_OPEN_AFTER = ' \t\n([\u2014\u2013-/"'
_CLOSE_BEFORE = ' \t\n.,;:!?)]\u2014\u2013-"'
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")


_SHORT_LAST_SYLLABLE = re.compile(r"(?:^|qu|[^aeiou])[aeiou][bdgklmnprt]$")


def _forms(lemma: str) -> set[str]:
    """Inflected forms of a verb, enough to recognise it in an attribution (a doubled last
    consonant, 'admitted', 'quipped', is added wherever it could be right)."""
    stem = lemma.removesuffix("e")
    forms = {lemma, f"{lemma}s", f"{lemma}es", f"{stem}ed", f"{stem}ing"}
    if lemma.endswith("y"):
        forms.update({f"{lemma[:-1]}ies", f"{lemma[:-1]}ied"})
    if _SHORT_LAST_SYLLABLE.search(lemma):
        forms.update({f"{lemma}{lemma[-1]}ed", f"{lemma}{lemma[-1]}ing"})
    if lemma in IRREGULAR_PAST:
        forms.add(IRREGULAR_PAST[lemma])
    return forms


@cache
def _speech_forms() -> frozenset[str]:
    """Inflected forms of the speech verbs, enough to recognise an attribution by its words."""
    forms = {"said", "told", "wrote", "spoke", "according"}
    for lemma in QUOTE_VERBS:
        forms.update(_forms(lemma))
    return frozenset(forms)


@cache
def _phrasal_forms() -> frozenset[tuple[str, str]]:
    """Forms of the phrasal speech verbs as word pairs ('went on', 'shot back'): their first
    word alone ('went', 'hit') is no sign of speech."""
    return frozenset((form, particle) for verb, particle in PHRASAL_VERBS for form in _forms(verb))


def _opens(text: str, i: int) -> bool:
    before = text[i - 1] if i else "\n"
    after = text[i + 1 : i + 2]
    if before not in _OPEN_AFTER or not after or after.isspace() or after in _SINGLE:
        return False
    return not _ELISION.match(text, i + 1)


def _closes(text: str, i: int) -> bool:
    before = text[i - 1] if i else " "
    after = text[i + 1 : i + 2]
    if before.isspace() or (after and after not in _CLOSE_BEFORE):
        return False
    if before in "sS" and after == " ":
        # 'the protesters' demands': a plural possessive unless a speech verb follows
        word = _WORD.match(text, i + 2)
        return word is None or word.group().lower() in _speech_forms() or word.group()[0].isupper()
    return True


def _doubled(paragraph: str, i: int) -> bool:
    """Two apostrophes side by side stand for a double mark in some archives (''Go,'' she
    said); they are left alone (the yardsticks built from such archives annotate no quote there)."""
    return (i > 0 and paragraph[i - 1] in _SINGLE) or (i + 1 < len(paragraph) and paragraph[i + 1] in _SINGLE)


def _nested(text: str, a: int, b: int) -> bool:
    """A pair right inside a double mark ('"And she said, 'Go,'" X said'): a quote within a
    quote whose double marks the paragraph does not pair (a quote that goes on from the last)."""
    return text[a - 1 : a] == '"' or text[b + 1 : b + 2] == '"'


def _pairs(text: str, inside: list[tuple[int, int]]) -> tuple[list[tuple[int, int]], list[int]]:
    """Single-mark pairs within each paragraph outside double-quoted spans, and the openers left
    open at a paragraph's start or before a paragraph that opens with a mark (a long quote opens
    each paragraph and closes only the last)."""
    pairs: list[tuple[int, int]] = []
    open_ended: list[int] = []
    pos = 0
    for paragraph in text.split("\n"):
        end = pos + len(paragraph)
        marks = [
            m.start() + pos
            for m in re.finditer(f"[{_SINGLE}]", paragraph)
            if not any(a < m.start() + pos < b for a, b in inside) and not _doubled(paragraph, m.start())
        ]
        k = 0
        while k < len(marks):
            a = marks[k]
            if not _opens(text, a):
                k += 1
                continue
            close = next((j for j in range(k + 1, len(marks)) if _closes(text, marks[j])), None)
            if close is None:
                if not text[pos:a].strip() or _next_paragraph_opens(text, end):
                    open_ended.append(a)
                break
            if not _nested(text, a, marks[close]):
                pairs.append((a, marks[close]))
            k = close + 1
        pos = end + 1
    return pairs, open_ended


def _next_paragraph_opens(text: str, end: int) -> bool:
    """The next paragraph opens with a single mark: the quote left open goes on there."""
    rest = text[end:].lstrip()
    return bool(rest) and rest[0] in _SINGLE


def _spoken(text: str, a: int, b: int) -> bool:
    """A pair that reads as reported speech: a clause ending in punctuation before the closing
    mark and a speech verb in the next few words, or an opening right after a speech verb."""
    inner = text[a + 1 : b].strip()
    if len(inner.split()) < 3:
        return False
    forms = _speech_forms()
    if inner[-1] in ",.!?":
        words = [w.group().lower() for w in _WORD.finditer(text[b + 1 : b + 60].split("\n")[0])][:4]
        if any(w in forms for w in words) or any(pair in _phrasal_forms() for pair in pairwise(words)):
            return True
    lead = [w.group().lower() for w in _WORD.finditer(text[max(0, a - 30) : a].split("\n")[-1])]
    before = text[:a].rstrip()[-1:]
    # (before a colon the verb may have its hearer or a time after it: 'he said to me:', 'told me once:')
    return bool(lead) and (
        lead[-1] in forms and before in ":," or before == ":" and any(w in forms for w in lead[-3:])
    )


def speech_marks(text: str) -> str:
    """The text with single quotation marks that mark speech made double; see the module doc."""
    if not any(c in text for c in _SINGLE) or "''" in text:
        return text  # (two apostrophes for a double mark: the single ones are quotes within those)
    doubles = [(a, b) for a, b, _ in marked_spans(text)]
    pairs, open_ended = _pairs(text, doubles)
    if not pairs:
        return text
    # double marks inside a single pair are a quote within the quote (‘... “no” ...’)
    nested = [(c, d) for c, d in doubles if any(a < c < d < b for a, b in pairs)]
    doubles = [span for span in doubles if span not in nested]
    long_doubles = sum(len(text[a + 1 : b].split()) >= 3 for a, b in doubles)
    long_singles = sum(len(text[a + 1 : b].split()) >= 3 for a, b in pairs)
    single_style = long_singles >= 2 and long_singles > long_doubles
    chars = list(text)
    for a, b in pairs:
        if single_style or _spoken(text, a, b):
            chars[a] = chars[b] = '"'
            for c, d in nested:  # ‘We will say “no”’: the quote within the quote swaps too
                if a < c < d < b:
                    chars[c] = chars[d] = "'"
    if single_style:
        for a in open_ended:
            chars[a] = '"'
    return "".join(chars)
