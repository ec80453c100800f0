"""Counts and prison terms from digits and number words in any case.

Lemmas make case disappear («двадцати семи» → двадцать семь); the words themselves are
data in the language's `numbers.json` and `terms.json`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Token

from vigil.extract.ru.lexicon import Lexicon

_DIGITS = re.compile(r"^\d{1,3}(?:[ \u00a0]?\d{3})*$|^\d+$")
_DECIMAL = re.compile(r"^\d{1,2}[,.]\d$")  # «5,5 года»
_QUOTES = frozenset('"«»„“”')
_KEYCAP = ("\ufe0f", "\u20e3")  # «2️⃣»: the emoji presentation selector and the combining keycap


def keycap(t: Token) -> bool:
    """A digit drawn as a keycap emoji («2️⃣ В Казани задержали троих»): a Telegram list
    item's number, which counts nobody."""
    end = t.idx + len(t.text)
    return t.doc.text[end : end + 1] in _KEYCAP


def number_value(tokens: Sequence[Token], lexicon: Lexicon) -> float | None:
    """The value of a run of number tokens ("1 147", "двадцать три", "троих"), else None."""
    total = 0.0
    current = 0.0
    seen = False
    for t in tokens:
        if keycap(t):
            return None
        text = t.text.replace(" ", "")
        if _DECIMAL.match(text):
            current += float(text.replace(",", "."))
            seen = True
            continue
        if _DIGITS.match(t.text) or text.isdigit():
            current = (
                current * 1000 + float(text) if seen and current and len(text) == 3 else current + float(text)
            )
            seen = True
            continue
        value = lexicon.numbers.get(t.lemma_.lower(), lexicon.numbers.get(t.lower_))
        if value is None:
            return None
        if value == 1000:
            total += (current or 1) * 1000
            current = 0
        else:
            current += value
        seen = True
    return total + current if seen else None


def is_number(t: Token, lexicon: Lexicon) -> bool:
    if keycap(t):
        return False
    return (
        t.text.replace(" ", "").isdigit()
        or bool(_DECIMAL.match(t.text))
        or t.lemma_.lower() in lexicon.numbers
        or t.lower_ in lexicon.numbers
    )


def count_of(noun: Token, lexicon: Lexicon) -> tuple[int | None, bool]:
    """(count, approximate) for a group noun: "41 человека", "двадцать три человека",
    "троих" (the numeral is the noun); "около 30" is approximate and carries no count."""
    if is_number(noun, lexicon) and noun.pos_ == "NUM" or noun.lemma_.lower() in lexicon.numbers:
        run = [noun]
    else:
        run = [
            c
            for c in noun.children
            if c.dep_.startswith("nummod")
            or (c.pos_ == "NUM" and c.i < noun.i)
            # «четырём жителям»: a number word the tagger read as an adjective, before a noun of people
            or (
                c.dep_ == "amod"
                and c.i < noun.i
                and not c.like_num
                and c.lemma_.lower() in lexicon.numbers
                and "Anim" in noun.morph.get("Animacy")
            )
        ]
        # «приговорил активистов к девяти и семи годам»: a number after the noun that a
        # preposition governs is the preposition's (a term), not the noun's count
        run = [c for c in run if not (c.i > noun.i and c.i > 0 and c.doc[c.i - 1].pos_ == "ADP")]
        if not run:
            return None, False
        # contiguous numerals right before the noun ("двадцать три", "1 147"), around the one
        # nearest it (a numeral the parse hung on it from another clause is not part of its count)
        before = [c.i for c in run if c.i < noun.i]
        lo = hi = max(before) if before else min(c.i for c in run)
        doc = noun.doc
        while lo > noun.sent.start and is_number(doc[lo - 1], lexicon):
            lo -= 1
        while hi + 1 < noun.i and is_number(doc[hi + 1], lexicon):
            hi += 1
        run = [t for t in doc[lo : hi + 1] if is_number(t, lexicon)]
        if not run:
            return None, False
    first = run[0]
    context = list(first.children) + [t for t in first.doc[max(first.sent.start, first.i - 2) : first.i]]
    if noun is not first:
        context += [c for c in noun.children if c.i < first.i]
    if any(lexicon.word_in(c, "approximate") for c in context):
        return None, True
    doc = first.doc
    before = doc[first.i - 1].lower_ if first.i > first.sent.start else ""
    after = doc[run[-1].i + 1].lower_ if run[-1].i + 1 < len(doc) else ""
    if before in ("до", "да") or (before == "от" and after in ("до", "да")):
        return None, True  # «от 20 до 40 человек», «до 40 человек»: a bound, not a count
    if article_number(first, lexicon):
        return None, False  # «по арт. 342 КК были осуждены …»: an article's number, no one counted
    value = number_value(run, lexicon)
    if value is None or value != int(value) or value < 2 or 1900 <= value <= 2100:
        return None, False
    return int(value), False


def uncounted_numeral(x: Token, lexicon: Lexicon) -> bool:
    """«оба», «обоих» (Russian `uncounted_numerals`): the people named before, told again; the
    Russian gold gives such a group no count (Belarusian «абодвух» is counted)."""
    return x.lower_ in lexicon.sets.get("uncounted_numerals", ())


def article_number(first: Token, lexicon: Lexicon) -> bool:
    """A number right after a word of the code's parts (`article_words`: «ст.», «арт.»,
    «статьи», «частки»), a dot between at most: it names an article."""
    doc = first.doc
    k = first.i - 1
    if k >= 0 and doc[k].text == ".":
        k -= 1
    return k >= 0 and doc[k].lower_.rstrip(".") in lexicon.sets.get("article_words", ())


def _no_term(items: Sequence[Token], start: int, unit: int, words: dict) -> bool:
    """A duration that is no term: a time ago or later («четыре года назад», «спустя два
    года»), an age («ей не было 18 лет», «исполнилось 30 лет»), the top of a range («от
    трёх до четырёх лет»), the time left to serve («заставалася адседзець паўгода»)."""
    before = items[start - 1].lower_ if start > 0 else ""
    after = items[unit + 1].lower_ if unit + 1 < len(items) else ""
    span = words.get("range", {})
    ranged = before in span.get("to", ()) and any(
        x.lower_ in span.get("from", ()) for x in items[max(0, start - 5) : start - 2]
    )  # «от трёх до четырёх лет»: a range is no one's term
    # «Дар'я Жук, 27 гадоў, — 5 гадоў калоніі»: an age between commas after a name
    aged = before == "," and after in (",", "—", "–")
    # (Belarusian `age_at`) «студэнт, якога асудзілі ў 19 гадоў»: «у N гадоў» right after a past
    # verb is the age it happened at; a term takes «на» («асудзілі на 5 гадоў») or hangs on a term
    # noun («тэрмін у 5 гадоў»)
    age_at = words.get("age_at", {})
    at_age = (
        start >= 2
        and before in age_at.get("prepositions", ())
        and items[start - 2].is_lower
        and len(items[start - 2]) > 3
        and items[start - 2].lower_.endswith(tuple(age_at.get("verb_endings", ())))
    )
    # (`remainder`) «якой заставалася адседзець паўгода з прызначаных трох гадоў»: the time a
    # verb of remaining leaves to serve is what is left of the term, not the term
    # (read in the document: a trigger's window may open on the verb of serving)
    remainder, head = words.get("remainder", {}), items[start]
    left = (
        head.i >= 2
        and head.doc[head.i - 1].lower_ in remainder.get("serve", ())
        and head.doc[head.i - 2].lower_ in remainder.get("remain", ())
    )
    return (
        ranged
        or aged
        or at_age
        or left
        or before in words.get("not_before", ())
        or after in words.get("not_after", ())
    )


def term_range(tokens: Sequence[Token], lexicon: Lexicon) -> bool:
    """«получили от трёх до четырёх лет»: a range of terms is stated (a sentence, no one's term)."""
    span = lexicon.terms.get("range", {})
    units = set(lexicon.terms["year"]) | set(lexicon.terms["month"])
    items = list(tokens)
    for k, x in enumerate(items[:-3]):
        if x.lower_ not in span.get("from", ()) or not is_number(items[k + 1], lexicon):
            continue
        rest = items[k + 2 : k + 7]
        to = next((n for n, y in enumerate(rest) if y.lower_ in span.get("to", ())), None)
        if to is not None and any(y.lemma_.lower() in units or y.lower_ in units for y in rest[to:]):
            return True
    return False


def _given_year(t: Token, before: Token | None, after: list[str], given_by: set[str]) -> bool:
    """A lone «год» is the object of a verb that gives or adds a term: by the parse, or (no
    usable parse, as in Belarusian) right after that verb at a clause's end or before «за»/«по»."""
    if t.dep_ == "obj" and t.head.lemma_.lower() in given_by:
        return True
    return (
        before is not None
        and bool({before.lemma_.lower(), before.lower_} & given_by)
        and (not after or after[0] in (",", ".", ";", "—", "–", "за", "по"))
    )


def term_months(tokens: Sequence[Token], lexicon: Lexicon) -> int | None:
    """The first prison term stated in `tokens`, in months: "к 10 годам", "восемь с половиной
    лет", "2 годам и 6 месяцам", "полтора года", "семилетний срок"."""
    words = lexicon.terms
    years, months_words = set(words["year"]), set(words["month"])
    half, conj, with_ = set(words["half"]), set(words["and"]), set(words["with"])
    items = list(tokens)
    i = 0
    while i < len(items):
        t = items[i]
        low = t.lower_
        nouns = words["compound_nouns"]
        if low.endswith(tuple(words["compound_suffix"])) and (
            (i + 1 < len(items) and items[i + 1].lemma_.lower() in nouns)
            or (  # «к 12-летнему тюремному сроку», «пятилетний реальный срок»
                i + 2 < len(items) and items[i + 1].pos_ == "ADJ" and items[i + 2].lemma_.lower() in nouns
            )
        ):
            stem = low.split(words["compound_suffix"][0][:3])[0].rstrip("-")
            value = words["compound_years"].get(stem)
            if value is None and stem.isdigit():
                value = float(stem)
            if value:
                return round(value * 12)
        month_suffix = tuple(words.get("compound_month_suffix", ()))
        if (
            month_suffix
            and low.endswith(month_suffix)
            and i + 1 < len(items)
            and items[i + 1].lemma_.lower() in nouns
        ):
            # «восьмимесячный срок», «к 18-месячному заключению»: a term in months
            stem = low.split(month_suffix[0][:4])[0].rstrip("-")
            value = words["compound_years"].get(stem)
            if value is None and stem.isdigit():
                value = float(stem)
            if value and value == int(value):
                return round(value)
        if (
            low in words.get("one_year_adjectives", ())
            and i + 1 < len(items)
            and items[i + 1].lemma_.lower() in nouns
        ):
            return 12  # «отбывшую годичный срок»: the one-year term, whose adjective has no number in it
        if low in words.get("half_year", ()) and not _no_term(items, i, i, words):
            return 6  # «полгода колонии», «паўгода арышту»
        lone = words.get("lone_year", {})
        after = [x.lower_ for x in items[i + 1 : i + 3] if x.text not in _QUOTES]
        # «ещё год и три месяца», «яшчэ год і тры месяцы»: a lone year with months after it is
        # read whole below, not as one year by the rules of a lone year
        with_months = (
            low in lone.get("with_months", ())
            and i + 3 < len(items)
            and items[i + 1].lemma_.lower() in conj
            and is_number(items[i + 2], lexicon)
            and (items[i + 3].lemma_.lower() in months_words or items[i + 3].lower_ in months_words)
        )
        if (
            low == lone["with_months"][0]
            and after
            and after[0].split("-")[0] in lone.get("penal", ())  # «год колонии-поселения»
            and not _no_term(items, i, i, words)
        ):
            return 12  # «ещё год колонии», «год «химии»»: one year, no numeral, before what it is
        if (
            low in lone.get("genitive", ())
            and i > 0
            and items[i - 1].lower_ in lone.get("after", ())
            and after
            and after[0].split("-")[0] in lone.get("penal", ())
            and not _no_term(items, i, i, words)
        ):
            # (Belarusian) «асудзілі да года абмежавання волі»: the genitive after «да», before what it is
            return 12
        if (
            low == lone["with_months"][0]
            and not with_months
            and i > 0
            and items[i - 1].lower_ in lone.get("before", ())
            and not _no_term(items, i, i, words)
            # (Belarusian «дадалі яшчэ год — агульны тэрмін вырас да чатырох гадоў»: the total
            # told after it is the term)
            and not any(x.lower_ in lexicon.sets.get("total_words", ()) for x in items[i + 1 :])
        ):
            return 12  # «добавили ещё год по другой статье»: one more year, no numeral
        if (
            low == lone["with_months"][0]
            and _given_year(t, items[i - 1] if i > 0 else None, after, set(lone.get("given_by", ())))
            and not any(c.dep_ in ("amod", "det", "nmod") and c.i > t.i for c in t.children)
            and not (after and after[0] in lone.get("given_for", ()))  # «дали год на раздумья»
            and not _no_term(items, i, i, words)
            # («добавил ему год, и общий срок вырос до шести лет»: the total told after it is the term)
            and not any(x.lower_ in lexicon.sets.get("total_words", ()) for x in items[i + 1 :])
        ):
            return 12  # «Вере дали год.», «ей добавили год по 411-й статье», «атрымаў год за каментар»
        after_lone = low in lone.get("forms", ()) and i > 0 and items[i - 1].lower_ in lone.get("after", ())
        if after_lone or with_months:
            # «к году колонии», «получил год и шесть месяцев»: one year, no numeral
            value, j = 1.0, i
        elif not is_number(t, lexicon):
            i += 1
            continue
        else:
            j = i
            while (
                j < len(items)
                and is_number(items[j], lexicon)
                and not (j > i and _digits_then_words(items, j))
            ):
                j += 1
            value = number_value(items[i:j], lexicon)
        if value is None:
            i = j
            continue
        lemma = lambda k: items[k].lemma_.lower() if k < len(items) else ""  # noqa: E731
        low_at = lambda k: items[k].lower_ if k < len(items) else ""  # noqa: E731
        k = j
        if lemma(k) in with_ and lemma(k + 1) in half:
            value += 0.5
            k += 2
        if lemma(k) in years or low_at(k) in years:
            total = value * 12
            # «5 лет и 6 месяцев», and court bulletins' «5 годам 6 месяцам» without the «и»
            m = k + 2 if lemma(k + 1) in conj else k + 1
            if m < len(items) and is_number(items[m], lexicon):
                n = m
                while n < len(items) and is_number(items[n], lexicon):
                    n += 1
                extra = number_value(items[m:n], lexicon)
                if extra is not None and (lemma(n) in months_words or low_at(n) in months_words):
                    total += extra
            if 0 < total <= 12 * 60 and not _no_term(items, i, k, words):
                return round(total)
        elif (
            (lemma(k) in months_words or low_at(k) in months_words)
            and 0 < value <= 600
            and not _no_term(items, i, k, words)
        ):
            return round(value)
        i = max(j, i + 1)
    return None


def _digits_then_words(items: Sequence[Token], j: int) -> bool:
    """«в колонии № 8 четыре года», «в ИК-3 два года»: a numeral in digits followed by one in
    words is two numbers (a facility's or an article's number, then the term), never one: a
    writer puts a whole number in digits or in words, and «8 четыре» is not twelve. (Digits
    before a word of thousands or millions — «2 тысячи», «5 млн» — are one number.)"""
    if j == 0 or not _DIGITS.match(items[j - 1].text):
        return False
    word = items[j]
    return word.is_alpha and word.lemma_.lower() not in _MULTIPLIERS and word.lower_ not in _MULTIPLIERS


_MULTIPLIERS = frozenset({"тысяча", "тысячи", "тысяч", "тыс", "тысячы", "миллион", "млн", "мільён"})


__all__ = ["article_number", "count_of", "is_number", "number_value", "term_months", "term_range"]
