"""Belarusian names in the nominative from Vigil's own lists (no Belarusian morphological
dictionary works offline from PyPI): first names with their generated case forms give the
gender and case, and a surname ending table restores the nominative.

«Віктара Мазурэнку» → «Віктар Мазурэнка», «Марыі Калеснікавай» → «Марыя Калеснікава»;
feminine surnames in a consonant or -іч do not decline («Ларысы Кот»).
"""

from __future__ import annotations

import json
import re
from functools import cached_property
from pathlib import Path

from spacy.tokens import Span

from vigil.extract.ru.names import morph, only_oblique
from vigil.extract.ru.persons import NameInfo, name_key

_VOWELS = "аеёіоуыэюя"
# taraškievica's soft sign of assimilation («Дзьмітры», «Сьвятлана», «пасьля», and a long
# soft «л»: «Ільля», «вясельле»): the official spelling writes the same word without it
SOFT_ASSIMILATION = re.compile(r"([сзнцд](?=ь[бвджзклмнпсфцчш])|л(?=ьл))ь")


# Belarusian letters as the Russian dictionary spells the same sounds, and back for an ending
_TO_RUSSIAN = str.maketrans({"і": "и", "І": "И", "ў": "в", "э": "е", "'": "ь", "’": "ь", "ʼ": "ь"})
_FROM_RUSSIAN = str.maketrans({"и": "і", "ь": "'"})
# a woman's name in -ія / -ыя: Асіі (genitive, dative, locative), Асію, Асіяй / Асіяю
_IJA_FORMS = ("іі", "ію", "іяй", "іяю")
_YJA_FORMS = ("ыі", "ыю", "ыяй", "ыяю")
_CASE_LETTERS = frozenset("аеёиоуыэюяйм")


def _soft_signs_of(word: str, name: str) -> str:
    """`name` (official spelling) with the soft signs of assimilation `word` writes before the
    same letters: «Дзьмітрыя», «Дзмітрый» → «Дзьмітрый»."""
    low = word.lower()
    plain = SOFT_ASSIMILATION.sub(r"\1", low)
    # each sign's place in the spelling without signs, last first so earlier places hold
    places = [m.end(1) - k for k, m in enumerate(SOFT_ASSIMILATION.finditer(low))]
    for at in reversed(places):
        if at < len(name) and name[:at].lower() == plain[:at]:
            name = name[:at] + "ь" + name[at:]
    return name


def unlisted_first(word: str) -> tuple[str, str, bool] | None:
    """(nominative, gender, is nominative) for a form of a first name not on Vigil's lists: a
    woman's name in -ія by its endings («Асію Бібі»), any other by the Russian dictionary's
    reading of the same letters when it knows the word only as an oblique case of a name
    («Мірзу» → Мирза → «Мірза»)."""
    low = word.lower()
    if low.endswith(("ія", "ыя")) and len(low) > 3:
        return word, "fem", True  # «Асія»: the nominative the Russian dictionary reads as «Асий»'s genitive
    for forms, nominative in ((_IJA_FORMS, "ія"), (_YJA_FORMS, "ыя")):
        for ending in forms:
            if low.endswith(ending) and len(low) > len(ending) + 1:
                return word[: len(word) - len(ending)] + nominative, "fem", False
    russian = word.translate(_TO_RUSSIAN)
    if not only_oblique(russian):
        return None
    p = next(
        (p for p in morph().parse(russian) if "Name" in p.tag and "plur" not in p.tag and p.is_known), None
    )
    form = p.inflect({"nomn", "sing"}) if p is not None else None
    if form is None or p.tag.gender not in ("masc", "femn"):
        return None  # a reading the dictionary only guesses («Надзею» as «Надзя»)
    nominative, low = form.word, russian.lower()
    keep = 0
    while keep < min(len(low), len(nominative)) and low[keep] == nominative[keep]:
        keep += 1
    if not set(low[keep:]) <= _CASE_LETTERS:
        return None  # «Паўла» → Павел: a changed stem, not a case ending
    return (
        word[:keep] + nominative[keep:].translate(_FROM_RUSSIAN),
        "fem" if p.tag.gender == "femn" else "masc",
        False,
    )


def _object_of_plural_verb(span: Span) -> bool:
    """«Аляксандра Кабанава затрымалі / прымусова вывезлі»: a name read either as a woman's
    nominative or a man's accusative is the object when the first verb after it, in the same
    clause, is a plural past (-лі) — a woman as the subject would take -ла. Stops at «і» (a
    plural verb after coordinated names says nothing) and at punctuation."""
    for t in span.doc[span.end : span.end + 6]:
        low = t.lower_
        if not t.is_alpha or low in ("і", "ды", "ці"):
            return False
        if low.endswith(("лі", "ліся")):
            return True
        if low.endswith(("ла", "лася", "ў", "ўся")):
            return False
    return False


_OWNERS = frozenset(
    [
        "жонка",
        "жонкі",
        "маці",
        "дачка",
        "дачкі",
        "сястра",
        "сястры",
        "бабуля",
        "унучка",
        "нявестка",
        "сяброўка",
        "адвакатка",
        "муж",
        "сын",
        "брат",
        "бацька",
        "дзед",
        "унук",
        "сябар",
        "адвакат",
    ]
)


_RELATIVE_GENDERS = {
    "які": "masc",
    "якога": "masc",
    "якому": "masc",
    "якая": "fem",
    "якую": "fem",
    "якой": "fem",
}


def _relative_after(span: Span) -> str | None:
    """The gender of a relative pronoun right after the name's comma: «Аляксандра Кавалёва, які
    адбывае …» is a man (Аляксандр Кавалёў's genitive), not a woman named Аляксандра Кавалёва."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].text != ",":
        return None
    return _RELATIVE_GENDERS.get(doc[span.end + 1].lower_)


def _feminine_agreement(span: Span) -> bool:
    """«Алеся Ермак была затрымана», «Алеся атрымала тры гады»: the first verb after a name in
    the same clause is a feminine past (-ла, -лася) or a feminine short participle (-ана, -ена).
    Stops at «і» (the verb may agree with another name) and at punctuation; a kin or role noun
    before the name owns it («жонка Алеся Кухты атрымала»: the wife, Алесь's)."""
    if span.start > 0 and span.doc[span.start - 1].lower_ in _OWNERS:
        return False
    for t in span.doc[span.end : span.end + 4]:
        low = t.lower_
        if not t.is_alpha or low in ("і", "ды", "ці") or not t.is_lower:
            return False
        if low.endswith(("ла", "лася")) or (len(low) > 5 and low.endswith(("ана", "ена", "яна", "эна"))):
            return True
        if len(low) > 6 and low.endswith(("аная", "еная", "яная", "ёная")):
            return True  # a full participle: «Валянціна Сакалова асуджаная да двух гадоў»
        if low.endswith(("лі", "ліся", "ў", "ўся", "ны", "ныя")):
            return False
    return False


# a woman's role noun in the nominative («бібліятэкарка», «актывістка», «настаўніца» is not
# here: «кіроўца», «суддзя» are men's too)
_WOMAN_ROLE_ENDINGS = ("арка", "стка", "нерка", "чка", "ўка")


def _feminine_nominative(span: Span) -> bool:
    """A woman's nominative, not a man's genitive, where the clause says so: a feminine verb
    after the name (`_feminine_agreement`) or right before it («— напісала Валянціна Крупенька»,
    «выйшла Ала Кухта»), a woman's role noun set off after it («Валянціна Сакалова, бібліятэкарка
    з Магілёва»), or a list line it opens before a comma («2. Валянціна Крупенька, 64 гады,
    Менск.»: a profile's head is a nominative)."""
    doc = span.doc
    if _feminine_agreement(span):
        return True
    before = doc[span.start - 1] if span.start > 0 else None
    if (
        before is not None
        and before.is_lower
        and len(before) > 3
        and before.lower_.endswith(("ла", "лася"))
        and before.lower_ not in _OWNERS
    ):
        return True
    if _after_list_head(span):
        return True
    after = doc[span.end] if span.end < len(doc) else None
    if after is None or after.text != ",":
        return False
    role = doc[span.end + 1] if span.end + 1 < len(doc) else None
    if role is not None and role.is_lower and len(role) > 6 and role.lower_.endswith(_WOMAN_ROLE_ENDINGS):
        return True  # «Валянціна Сакалова, бібліятэкарка з Магілёва, …»: her role in apposition
    k = span.start - 1
    while k >= 0 and doc[k].is_space:
        k -= 1
    marker = doc[k] if k >= 0 else None
    return (
        marker is not None
        and marker.text in (".", "—", "–", "•", "-")
        and (marker.i == 0 or "\n" in doc[marker.i - 1].text_with_ws or doc[marker.i - 1].like_num)
        and (marker.text != "." or (marker.i > 0 and doc[marker.i - 1].like_num))
    )


# the locative of a list a verbless clause names its members after: «Таксама ў спісе X, Y і Z»,
# «У ліку вызваленых — X»: what follows is the clause's subject, a nominative
_LIST_HEADS = frozenset({"спісе", "сьпісе", "ліку"})


def _after_list_head(span: Span) -> bool:
    """The name follows «у спісе» / «у ліку …» with no verb between: the members a verbless
    clause lists are nominatives («Таксама ў спісе Валянціна Кузняцова»), not a man's genitive."""
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    if (
        after is not None
        and after.text not in (",", ".", ";", "—", "–")
        and after.lower_ not in ("і", "ды", "й")
    ):
        return False  # «У спісе Аляксандра Іванюка было …»: the list's owner, in the genitive
    for k in range(span.start - 1, max(span.start - 5, -1), -1):
        word = doc[k]
        if word.lower_ in _LIST_HEADS:
            return k > 0 and doc[k - 1].lower_ in ("у", "ў", "в")
        if word.pos_ in ("VERB", "AUX") or word.text in (".", "!", "?", ";"):
            return False
    return False


def _written_alone(doc, name: str) -> bool:
    """The article writes `name` as a word of its own, not before a capitalised word (a surname)."""
    return any(t.text == name and (t.i + 1 >= len(doc) or not doc[t.i + 1].is_title) for t in doc)


def _first_declension_oblique(surname: str) -> bool:
    """A genitive or accusative of a noun in -а after a consonant: -у, -ы, or -і after г, к, х
    (Belarusian spelling: «Кухты», «Шалюту», «Пыльчанкі»)."""
    low = surname.lower()
    if len(low) <= 3 or low[-2] in "аеёіоуыэюяў":
        return False
    if len(low) > 5 and low.endswith(("аму", "яму")):
        return False  # «Мікіту Сабалеўскаму»: an adjectival surname's dative (Сабалеўскі), no noun in -а
    return low[-1] in "уы" or (low[-1] == "і" and low[-2] in "гкх")


class BelarusianNames:
    def __init__(self, path: Path) -> None:
        self.data = json.loads(path.read_text(encoding="utf-8"))

    @cached_property
    def forms(self) -> dict[str, tuple[str, str, bool]]:
        """Every case form of every listed first name → (nominative, gender, is nominative)."""
        out: dict[str, tuple[str, str, bool]] = {}
        fem_endings = self.data["fem_endings"]
        for name in self.data["masc"]:
            out[name_key(name)] = (name, "masc", True)
            if name[-1] in "ьй":
                stem, endings = name[:-1], ["я", "ю", "ем", "ём", "і", "е"]
            elif name[-1] == "ў":
                stem, endings = name[:-1] + "в", self.data["masc_endings"]  # Уладзіслаў → Уладзіслава
            elif name[-1] in "ая":
                # a man's name in -а declines as a woman's but for the instrumental «з Міколам»
                stem, endings = name[:-1], [*fem_endings[name[-1]], "ам" if name[-1] == "а" else "ям"]
            else:
                stem, endings = name, self.data["masc_endings"]
            for ending in endings:
                out.setdefault(name_key(stem + ending), (name, "masc", False))
        for name in self.data["fem"]:
            out[name_key(name)] = (name, "fem", True)
            if name[-1] in fem_endings:
                for ending in fem_endings[name[-1]]:
                    out.setdefault(name_key(name[:-1] + ending), (name, "fem", False))
            for nominative, dative in self.data.get("fem_dative_alternations", ()):
                if name.endswith(nominative):
                    # «Ніцы», «Насце», «Ядвізе»: the dative and locative change the stem's consonant
                    out.setdefault(name_key(name[: -len(nominative)] + dative), (name, "fem", False))
                    break
        for form, (name, gender) in self.data.get("irregular", {}).items():
            out.setdefault(form, (name, gender, False))  # «Паўла», «Вользе»: a changed stem
        return out

    @cached_property
    def shared_forms(self) -> dict[str, str]:
        """Case forms of a man's name in -а that are also forms of the same name without it
        («Кірылу», «Кірылам»: Кірыла's and Кірыл's) → the name in -а; `forms` gives them to the
        shorter one, `describe` to the longer where the article writes only that one alone."""
        masc = {name_key(name) for name in self.data["masc"]}
        out = {}
        for name in self.data["masc"]:
            if name[-1] != "а" or name_key(name[:-1]) not in masc:
                continue
            for ending in [*self.data["fem_endings"]["а"], "ам"]:
                form = name_key(name[:-1] + ending)
                if self.forms.get(form, ("", "", False))[0] == name[:-1]:
                    out[form] = name
        return out

    @cached_property
    def masc_forms(self) -> dict[str, tuple[str, str, bool]]:
        """Oblique forms of masculine names that are also feminine nominatives («Аляксандра»)."""
        fem = {name.lower() for name in self.data["fem"]}
        masc = {name.lower() for name in self.data["masc"]}
        keep = {}
        for form in fem:
            if form in masc:
                continue
            for name in self.data["masc"]:
                low = name.lower()
                if form.startswith(low) and len(form) == len(name) + 1:
                    keep[form] = (name, "masc", False)
                elif low[-1] in "йь" and form == low[:-1] + "я":
                    keep[form] = (name, "masc", False)  # «Валерыя», «Яўгенія»: Валерый's, Яўгеній's genitive
        return keep

    @cached_property
    def fem_forms(self) -> dict[str, tuple[str, str, bool]]:
        """Feminine case forms that are also a masculine name's form («Валянціну»: Валянціна's
        accusative or Валянцін's dative)."""
        out = {}
        fem_endings = self.data["fem_endings"]
        for name in self.data["fem"]:
            if name[-1] in fem_endings:
                for ending in fem_endings[name[-1]]:
                    form = (name[:-1] + ending).lower()
                    if self.forms.get(form, ("", "fem"))[1] == "masc":
                        out[form] = (name, "fem", False)
        return out

    def _feminine_context(self, span: Span) -> bool:
        """A feminine surname ending or a feminine role noun before the name decides an
        ambiguous first name: «Валянціну Гапееву» after «пенсіянерку», «Аляксандру Кот»."""
        surname = span[-1].lower_
        if surname.endswith(("ай", "скую", "цкую")):
            return True
        if surname[-1] not in "аеёіоуыэюяў":
            return True  # a feminine surname in a consonant does not decline; a masculine dative would
        prev = span.doc[span.start - 1] if span.start > 0 else None
        return (
            prev is not None
            and prev.is_lower
            and prev.lower_.endswith(tuple(self.data.get("fem_role_endings", ())))
        )

    @staticmethod
    def _masc_genitive(surname: str) -> bool:
        """A surname in -а after a consonant that is not a feminine -ава/-іна/-ая form."""
        low = surname.lower()
        if len(low) > 5 and low.endswith(("скага", "цкага", "ага")):
            return True  # «Валерыя Шыманскага»: an adjectival surname's masculine genitive
        if len(low) > 3 and low.endswith("я") and low[-2] in "лнсцзд":
            return True  # «Яна Поля», «Яна Шапеля»: a soft surname's genitive (Поль, Шапель)
        if len(low) > 4 and low.endswith(("кі", "гі", "хі")) and not low.endswith(("скі", "цкі")):
            return True  # «Аляксандра Мурашкі»: Мурашка's genitive (a woman's nominative would be -а)
        if len(low) > 4 and low[-4] in "аеэояю" and low.endswith("нка"):
            return False  # «Валянціна Марчанка»: -анка/-энка is a nominative (his genitive: -нкі)
        return (
            len(low) > 3
            and low.endswith("а")
            and low[-2] not in "аеёіоуыэюяўй"
            and not low.endswith(("ава", "ева", "ёва", "іна", "ына", "ская", "цкая"))
        )

    @cached_property
    def agreed_fem(self) -> dict[str, str]:
        """Women's nominatives that are also a man's genitive («Алеся»: Алесь's), read as the
        woman's only when the verb agrees with a woman."""
        return {form.lower(): name for form, name in self.data.get("fem_by_agreement", {}).items()}

    @cached_property
    def plain_forms(self) -> dict[str, tuple[str, str, bool]]:
        """`forms` keyed without taraškievica's soft sign of assimilation: the lists hold a name
        in one spelling («Дзмітрый»), the text may write it in the other («Дзьмітрыя»)."""
        out: dict[str, tuple[str, str, bool]] = {}
        for form, found in self.forms.items():
            out.setdefault(SOFT_ASSIMILATION.sub(r"\1", form), found)
        return out

    def first_form(self, word: str) -> tuple[str, str, bool] | None:
        """(nominative, gender, is nominative) of a listed first name in either spelling; a
        nominative found through the official spelling is given back in the text's. A name's
        first У is written Ў after a vowel («67-гадовы Ўладзімер»): looked up as У."""
        if word[:1] in ("Ў", "ў"):
            word = "У" + word[1:]
        key = name_key(word)
        found = self.forms.get(key)
        if found is not None or "ь" not in key:
            return found
        found = self.plain_forms.get(SOFT_ASSIMILATION.sub(r"\1", key))
        if found is None:
            return None
        return _soft_signs_of(word, found[0]), found[1], found[2]

    def is_first_name(self, word: str) -> bool:
        return self.first_form(word) is not None

    def describe(self, span: Span) -> NameInfo:
        # «у тым ліку Ўладзіміра»: a name's first У is written Ў after a vowel, never in the name
        words = ["У" + t.text[1:] if t.text.startswith("Ў") else t.text for t in span if t.text != "."]
        if len(words) > 1 and all(len(w) == 1 for w in words[:-1]):
            # initials and a surname: «А. Кравеца» → А. Кравец
            gender = self._surname_gender(words[-1])
            surname = self._nominative(words[-1], gender or "masc")
            return NameInfo(
                [f"{w}." for w in words[:-1]] + [surname], ["first"] * (len(words) - 1) + ["surname"], gender
            )
        first = self.first_form(words[0]) if len(words) > 1 else None
        if first is None and len(words) > 1 and len(words[0]) > 1:
            first = unlisted_first(words[0])
        if first is None and len(words) == 1 and (listed := self.first_form(words[0])) is not None:
            name, gender, _ = listed
            fem = self.fem_forms.get(words[0].lower())
            if gender == "masc" and fem is not None and self._feminine_context(span):
                name, gender, _ = fem  # «па словах яго жонкі Алесі»: Алеся's genitive, not Алесь's
            elif gender == "masc" and words[0].lower() in self.agreed_fem and _feminine_agreement(span):
                name, gender = self.agreed_fem[words[0].lower()], "fem"  # «Алеся атрымала»
            return NameInfo([name], ["first"], gender)
        if first is None:
            gender = self._surname_gender(words[-1])
            surname = self._nominative(words[-1], gender) if gender == "fem" else self._nk_stem(words[-1])
            kinds = ["first"] * (len(words) - 1) + ["surname"]
            return NameInfo([*words[:-1], surname], kinds, gender)
        name, gender, nominative = first
        shorter = name[:-1]
        if (
            nominative
            and gender == "masc"
            and name.endswith("а")
            and self.forms.get(name_key(shorter), ("", "", False))[2]
            and self._masc_genitive(words[-1])
            and not words[-1].lower().endswith("нка")
            and not self._ka_surname(words[-1][:-1])
        ):
            name, nominative = shorter, False  # «Кірыла Мароза» is Кірыл Мароз's genitive, not Кірыла's
        masc = self.masc_forms.get(words[0].lower())
        if (
            gender == "fem"
            and masc is not None
            and self._masc_genitive(words[-1])
            and not _feminine_nominative(span)
        ):
            name, gender, nominative = masc  # «Аляксандра Іванюка» is Аляксандр's genitive
        elif gender == "fem" and masc is not None and len(words) > 1 and _object_of_plural_verb(span):
            name, gender, nominative = masc  # «Аляксандра Кабанава затрымалі»: a man's accusative
        elif gender == "fem" and masc is not None and len(words) > 1 and _relative_after(span) == "masc":
            name, gender, nominative = masc  # «няма Аляксандра Кавалёва, які адбывае …»: his genitive
        fem = self.fem_forms.get(words[0].lower())
        if gender == "masc" and fem is not None and self._feminine_context(span):
            name, gender, nominative = fem  # «пенсіянерку Валянціну Гапееву» is Валянціна's accusative
        if (
            gender == "masc"
            and words[0].lower() in self.agreed_fem
            and (
                _feminine_agreement(span)
                or (len(words) > 1 and words[-1][-1:].lower() not in "аяіыу")
                # «студэнтка Алеся Рудая»: an adjectival surname's feminine nominative (his is -ага)
                or (len(words) > 1 and len(words[-1]) > 4 and words[-1].lower().endswith(("ая", "яя")))
            )
        ):
            # «Алеся Ермак была затрымана»: a woman's nominative, not Алесь's genitive; so with a
            # surname no man's genitive ends in («Алеся Грынько», «Алеся Кот»: Алесь's is -а/-і)
            name, gender, nominative = self.agreed_fem[words[0].lower()], "fem", True
        surname_fem = self.data.get("fem_by_surname", {}).get(words[0])
        if (
            gender == "masc"
            and surname_fem
            and len(words) > 1
            and words[-1].lower().endswith(("ская", "цкая"))
        ):
            # «Станіслава Грыбоўская»: the woman's nominative, as only her surname shows (his
            # genitive «Станіслава» goes with «Грыбоўскага»; a verb's agreement does not decide it)
            name, gender, nominative = surname_fem, "fem", True
        ending = self._ending(words[0], name)
        if nominative and gender == "masc" and name[-1:] in "ыі" and len(words) > 1:
            # «айца Ежы Вішнеўскага»: a first name that does not decline says nothing of the
            # case; the surname's own adjectival ending does
            nominative = not words[-1].lower().endswith(("скага", "цкага", "скаму", "цкаму", "скім", "цкім"))
        surname = words[-1] if nominative else self._nominative(words[-1], gender, ending)
        shared = self._plural_surname(words[-1], gender) if len(words) > 1 else None
        if shared is not None:
            surname = shared  # «Руслана і Дар'ю Кулікоўскіх»: two first names share a plural surname
        if (
            gender == "masc"
            and not nominative
            and words[0][-1:].lower() in "ая"
            and _first_declension_oblique(words[-1])
        ):
            # «Віктара Шалюту», «Алеся Кухты», «Уладзіміра Пыльчанкі»: a man's surname in -а
            # declines as a noun of that ending, which only an accusative or genitive first
            # name beside it shows (a surname in a consonant would end in -а there)
            surname = words[-1][:-1] + "а"
        elif (
            gender == "masc"
            and name[-1:] in "ая"
            and words[0][-1:].lower() in "ую"
            and words[-1][-1:].lower() == "у"
            and _first_declension_oblique(words[-1])
        ):
            # «Ілью Гаворку», «Мікіту Сушку»: the accusative of a first name in -а/-я; a surname
            # in a consonant would end in -а beside it, so this one's nominative ends in -а
            surname = words[-1][:-1] + "а"
        longer = self.shared_forms.get(name_key(words[0]))
        if longer is not None and _written_alone(span.doc, longer) and not _written_alone(span.doc, name):
            # «Кірылу Ждановічу … Кірыла атрымаў»: the article's own nominative names him (the
            # surname read as beside the shorter name, the case the two names share)
            name = longer
        middle = words[1:-1]
        kinds = ["first"] + ["patronymic"] * len(middle) + ["surname"]
        return NameInfo([name, *middle, surname], kinds, gender)

    def _plural_surname(self, word: str, gender: str | None) -> str | None:
        """«Кулікоўскіх» → Кулікоўскі / Кулікоўская, «Гарбацэвічаў» → Гарбацэвіч: the plural of a
        surname two first names share, in the person's own gender (names.json `plural_surnames`)."""
        low = word.lower()
        for plural, masc, fem in self.data.get("plural_surnames", ()):
            if low.endswith(plural) and len(low) > len(plural) + 2:
                return word[: len(word) - len(plural)] + (fem if gender == "fem" else masc)
        return None

    def _nk_stem(self, word: str) -> str:
        """«Лукашэнкам», «Пыльчанкі»: a surname in -анка/-энка/-енка shows its nominative in
        every case without a first name beside it (no nominative ends in -нкі, -нку, -нкам)."""
        low = word.lower()
        for oblique, nominative in self.data["surnames"]["masc"]:
            if oblique[1:3] == "нк" and low.endswith(oblique) and len(low) > len(oblique) + 2:
                return word[: len(word) - len(oblique)] + nominative
        if len(low) > 5 and low.endswith("ам") and low[-3] in "чшжц":
            return word[:-2]  # «за Юркевічам устанавілі нагляд»: an instrumental no nominative has
        return word

    def _surname_gender(self, word: str) -> str | None:
        low = word.lower()
        if any(low.endswith(oblique) for oblique, _ in self.data["surnames"]["fem"][:7]):
            return "fem"
        return None

    @staticmethod
    def _ending(form: str, name: str) -> str:
        """The case ending a first name carries («Ігару» → «у», «Андрэем» → «ем»), which a
        man's surname in a consonant repeats in the same case («Ігару Ільяшу»)."""
        low, base = form.lower(), name.lower()
        stem = base[:-1] if base[-1:] in "ьйаяў" else base
        if low.startswith(stem):
            return low[len(stem) :]
        m = re.search(r"[аеёіоуыэюя]м?$", low) if low != base else None
        return m.group() if m else ""  # «Пятра», «Паўлу»: a changed stem, the case ending still shows

    def _nominative(self, word: str, gender: str, ending: str = "") -> str:
        if "-" in word.strip("-"):  # «Шарэндзе-Панасюк»: each part of a double surname declines
            return "-".join(self._nominative(part, gender, ending) for part in word.split("-"))
        low = word.lower()
        if gender == "fem" and low[-1] not in "аяйюуыі":
            return word  # «Кот», «Кудрэвіч»: feminine surnames in a consonant do not decline
        short = (
            1 if ending else 2
        )  # a first name's case ending beside it vouches for a short stem («Пятра Гуза»)
        for oblique, nominative in self.data["surnames"][gender]:
            if low.endswith(oblique) and len(low) > len(oblique) + short:
                return self._fleeting(word[: len(word) - len(oblique)] + nominative)
        if gender == "masc":
            for case_ending in self.data["masc_case_endings"].get(ending, ()):
                stem = low[: -len(case_ending)]
                if low.endswith(case_ending) and len(stem) > 2 and stem[-1] not in _VOWELS:
                    return self._fleeting(word[: len(stem)])  # «Ігару Ільяшу», «Ігарам Ільяшом»
        return word

    def _ka_surname(self, stem: str) -> bool:
        """A man's surname stem no nominative ends in, a consonant of `ka_clusters` before -к
        («Сямашк», «Жыгалк»): the surname is the stem in -а («Кірылу Сямашку» → Сямашка), declining
        as a noun of the first declension, not a consonant surname («Дзядка» → Дзядок, «Воўка» →
        Воўк keep theirs)."""
        low = stem.lower()
        return len(low) > 3 and low[-1] == "к" and low[-2] in self.data["ka_clusters"]

    def _fleeting(self, stem: str) -> str:
        """«Мікалая Дзядка» → Дзядок, «Аляксандра Краўца» → Кравец: a surname in -ок or -ец
        drops its vowel in every other form, leaving a consonant before -к or -ц that no
        nominative ends in (unlike Франк, Марк, Воўк, Кунц)."""
        low = stem.lower()
        for oblique, nominative in self.data["nk_stems"]:
            if len(low) > 4 and low.endswith(oblique):
                # «Пятра Лапцёнка» → Лапцёнак, «Ігара Мацюшонка» → Мацюшонак (a fleeting а);
                # «Пятру Ганчарэнку» → Ганчарэнка (a surname in -нка)
                return stem[: len(stem) - len(oblique)] + nominative
        if self._ka_surname(stem):
            return stem + "а"  # «Сямашку», «Сямашкам» → Сямашка
        for suffix, vowel, allowed in self.data["fleeting"]:
            if len(low) > 4 and low.endswith(suffix) and low[-2] == "ь":
                # «Міхася Грынька», «Уладзіслава Зянька»: a soft consonant before -к is no fleeting
                # vowel's stem written «-ьок»; the read sets name Грынько, Зянько four times to one
                # Кавалёк (`surname_key` joins the two spellings); «Стральца» → Стралец
                return stem + "о" if suffix == "к" else stem[:-2] + vowel + stem[-1]
            if len(low) > 3 and low.endswith(suffix) and low[-2] not in _VOWELS + allowed:
                head = stem[:-2] + ("в" if low[-2] == "ў" else stem[-2])
                return head + vowel + stem[-1]
        return stem


__all__ = ["BelarusianNames"]
