"""Belarusian extraction: natasha's Russian models where the grammar agrees (tokens,
sentences, parse, the shape of names), Vigil's own Belarusian lemma lists where it does not.

natasha has no Belarusian model and PyPI holds no Belarusian morphological dictionary that
works offline, so the words the rules need (triggers, function words, numbers, month names,
first names) are data in `be/patterns/`, in classical orthography and taraškievica.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from natasha import Doc as NatashaDoc
from spacy.tokens import Doc, Span

from vigil.extract.be.names import SOFT_ASSIMILATION, BelarusianNames, unlisted_first
from vigil.extract.be.russify import Russifier
from vigil.extract.be.yo import YoRestorer, fold
from vigil.extract.findings import Person
from vigil.extract.ru.events import EventFinder
from vigil.extract.ru.events.gapped import CLOCK_TIME
from vigil.extract.ru.extractor import RussianExtractor
from vigil.extract.ru.names import (
    add_unseen_names,
    is_name_word,
    latin_name,
    morph,
    split_person_spans,
)
from vigil.extract.ru.parse import NatashaModels, to_spacy
from vigil.extract.ru.persons import NameInfo, PersonIndex, age_adjective, eponym_only, name_key, surname_key
from vigil.model import Document, Extraction
from vigil.names.given import given_status

PATTERNS = Path(__file__).with_name("patterns")
_APOSTROPHE = re.compile(r"(?<=[^\W\d_])['’ʼ](?=[^\W\d_])")
# taraškievica's prepositions with a soft sign («зь Беларусі», «празь мяжу»)
_PREPOSITIONS = {"зь": "з", "ізь": "із", "празь": "праз", "бязь": "без", "безь": "без"}
# a surname in capitals («КАВАЛЕЎСКІ», «ШАРЭНДА-ПАНАСЮК») right after a capitalised word (a first
# name, checked in `_titled_capitals`) or initials, or right before a capitalised word
_UPPER, _LOWER = "А-ЯЁІЎЩЪИ", "а-яёіўщъиь'ʼ’"
_CAPS = rf"[{_UPPER}]{{2}}[{_UPPER}'ʼ’]*(?:-[{_UPPER}]{{2,}})?"
_CAPITAL_WORD = re.compile(rf"\b[{_UPPER}]{{3}}")
_NAME_CAPITALS = re.compile(
    rf"\b(?:(?P<first>[{_UPPER}][{_LOWER}]+)[ \u00a0]"
    rf"|(?P<initials>[{_UPPER}]\.(?:[ \u00a0]?[{_UPPER}]\.)?)[ \u00a0]?)"
    rf"(?P<caps>{_CAPS})\b"
    rf"|\b(?P<caps_before>{_CAPS})[ \u00a0](?P<after>[{_UPPER}][{_LOWER}]+)\b"
)
_VOWELS = frozenset("аеёіоуыэюяи")
# surnames whose form differs for a man and a woman («Кавалёў» / «Кавалёва»): a first name
# before «і» and a full name takes the surname only when it is the same for both
_GENDERED_SURNAME_ENDINGS = ("ў", "ва", "ін", "ына", "іна", "ын", "скі", "цкі", "ская", "цкая", "ы", "ая")


def plain_form(word: str) -> str:
    """A word in lower case without taraškievica's soft sign of assimilation («пасьля» →
    «пасля») and with a straight apostrophe: the form trigger patterns match (as NORM)."""
    low = SOFT_ASSIMILATION.sub(r"\1", word.lower().replace("’", "'"))
    return _PREPOSITIONS.get(low, low)


def _plain_pattern(token: dict) -> dict:
    """A Matcher token pattern whose LOWER test reads NORM, each form in it made plain."""
    if "LOWER" not in token:
        return token
    value = token["LOWER"]
    if isinstance(value, str):
        value = plain_form(value)
    else:
        value = {
            op: [plain_form(v) for v in arg] if isinstance(arg, list) else plain_form(arg)
            for op, arg in value.items()
        }
    return {("NORM" if k == "LOWER" else k): (value if k == "LOWER" else v) for k, v in token.items()}


def _prefix_table(path: Path) -> dict[str, str]:
    table = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            prefix, lemma = line.split("\t")
            table[prefix] = lemma
    return table


class BelarusianExtractor(RussianExtractor):
    language = "be"
    patterns = PATTERNS
    # natasha's syntax parser reads each word's Russian-like spelling (`be/russify.py`) instead
    # of the Belarusian form its Russian models do not know (74 % of words known to its
    # embedding instead of 35 %, no «і»/«ў» word read as punctuation). On since session 35:
    # with the part-of-group rules (session 34) and a later verb's own unnamed object
    # (`_own_unnamed_object`: «X вызвалілі, але яго брата затрымалі») the read sets gain 3
    # facts and lose none, the blind aggregate rises; the respelling costs < 1 % of the CPU
    russified_parse = True

    def __init__(self, models: NatashaModels | None = None) -> None:
        super().__init__(models)
        self.prefixes = _prefix_table(PATTERNS / "lemmas.tsv")
        self.longest = max(map(len, self.prefixes))
        self.names = BelarusianNames(PATTERNS / "names.json")
        self.russify = (
            Russifier.load(PATTERNS / "russify.json", known=self.models.embedding.__contains__)
            if self.russified_parse
            else None
        )
        self.lemma_of = lru_cache(maxsize=100_000)(self._lemma)  # type: ignore[method-assign]
        self.yo = YoRestorer.load(PATTERNS, self.prefixes)
        # the trigger patterns' word forms match a token's form without taraškievica's soft sign
        # of assimilation («павезьлі», «вывезьлі», «зьмясьцілі» as «павезлі» …), every pattern
        # at once, not each spelling in each pattern
        for rule in self.lexicon.triggers:
            rule.pattern = [_plain_pattern(token) for token in rule.pattern]
        self.events = EventFinder(self.models.vocab, self.lexicon)
        # one dictionary look-up per word form, for the event rules and `_common_opening` alike
        self.known_pos = lru_cache(maxsize=20_000)(self._known_pos)
        self.events.known_pos = self.known_pos
        self.country_forms = country_forms(self.lexicon.sets.get("country_names", ()))

    def _known_pos(self, word: str) -> str | None:
        """The part of speech of the first reading of a word whose Russian-like spelling
        (`be/russify.py`) the Russian dictionary knows («памёр» → «умер»: VERB, «сярод» →
        «среди»: PREP), else None (a word it does not know: «машыніста», «інжынер»)."""
        if self.russify is None:
            return None
        form = self.russify(word).lower()
        parses = morph().parse(form)
        return parses[0].tag.POS if parses and morph().word_is_known(form) else None

    def _lemma(self, word: str, pos: str = "", feats: object = None) -> str:
        low = word.lower().replace("’", "'")
        if low.startswith("ў"):
            low = "у" + low[1:]  # «ўзялі», «ўтрымліваецца»: a word's first у is ў after a vowel
        if low in self.lexicon.numbers:
            return low
        # taraškievica's soft sign of assimilation («адпусьцілі», «зьвярнуўся»): looked up
        # without it first, then as written
        plain = SOFT_ASSIMILATION.sub(r"\1", low)
        for form in (plain, low) if plain != low else (low,):
            for n in range(min(len(form), self.longest), 2, -1):
                lemma = self.prefixes.get(form[:n])
                if lemma is not None:
                    return lemma
        return low

    def parse(self, text: str) -> Doc:
        doc = to_spacy(
            self._analyse(text), self.models.vocab, lambda w, p, f: self.lemma_of(w), language="be"
        )
        for t in doc:
            t.norm_ = plain_form(t.text)
        self._names_read_as_places(doc)
        split_person_spans(doc, self.names.is_first_name, told_firsts=False)
        add_unseen_names(
            doc, self.names.is_first_name, lambda word: self.names.is_first_name(word), unlisted=False
        )
        self._join_names(doc)
        self._surname_before_initials(doc)
        self._surname_opening(doc)
        self._shared_surname(doc)
        return doc

    def extract(self, document: Document) -> Extraction:
        """Copy typed without «ё» is read with it put back (`be/yo.py`) and a surname in capitals
        beside a first name in title case (`_titled_capitals`); the extraction keeps the document
        as given and its quotes as the source wrote them (offsets are the same)."""
        titled = self._titled_capitals(document.text)
        text = self.yo(titled)
        if text == document.text:
            return super().extract(document)
        title = self.yo(document.title) if document.title else document.title
        extraction = super().extract(replace(document, text=text, title=title))
        extraction.document = document
        for quote in extraction.quotes:
            at = text.find(quote.text, quote.span[0]) if titled != document.text else -1
            if at >= 0:
                quote.text = document.text[at : at + len(quote.text)]  # the capitals as written
            else:
                quote.text = fold(quote.text)
        return extraction

    def _analyse(self, text: str) -> NatashaDoc:
        """natasha reads a word with an apostrophe («Лук'янчык», «Дар'я», «Кур'ян») as no name
        at all: it is tagged as spelt with the soft sign in its place (the Russian spelling of
        the same name, same length), and the words keep their own text afterwards."""
        soft = _APOSTROPHE.sub("ь", text)
        abbreviations = frozenset(self.lexicon.sets.get("abbreviations", ()))
        if soft == text:
            return self.models.analyse(text, abbreviations=abbreviations, surface=self.russify)
        ndoc = self.models.analyse(soft, abbreviations=abbreviations, surface=self.russify)
        ndoc.text = text
        for t in ndoc.tokens or []:
            t.text = text[t.start : t.stop]
        for span in ndoc.spans or []:
            span.text = text[span.start : span.stop]
        return ndoc

    def _titled_capitals(self, text: str) -> str:
        """«Андрэй КАВАЛЕЎСКІ», «Вользе МАРЦІНОВІЧ», «КАВАЛЕЎСКІ Андрэй», «А. КАВАЛЕЎСКІ»: lists
        and official copy write a surname in capitals, and natasha's NER then tags no person (or
        an organisation). A word in capitals beside a listed first name (in any case) or after
        initials is read in title case (same length: offsets and the words' own text stay)."""
        if not _CAPITAL_WORD.search(text):
            return text

        def titled(m: re.Match) -> str:
            name = m.group("first") or m.group("after")
            caps = m.group("caps") or m.group("caps_before")
            vowels = sum(ch in _VOWELS for ch in caps.lower())
            if (name is not None and not self.names.is_first_name(name)) or not vowels:
                return m.group(0)
            before = text[: m.start()].rstrip(" \u00a0")[-1:]
            if m.group("caps_before") and (len(caps) < 5 or vowels < 2 or before.isalpha()):
                # «студэнт БДУІР Аляксей», «СІЗА Павал»: an acronym before a name, no surname (a
                # list's «— КАВАЛЕЎСКІ Андрэй» opens its line or follows punctuation)
                return m.group(0)
            start = m.start("caps") if m.group("caps") else m.start("caps_before")
            at = start - m.start()
            titled_caps = "-".join(part[:1] + part[1:].lower() for part in caps.split("-"))
            return m.group(0)[:at] + titled_caps + m.group(0)[at + len(caps) :]

        return _NAME_CAPITALS.sub(titled, text)

    @staticmethod
    def _surname_before_initials(doc: Doc) -> None:
        """«Асуджаны Гук С. П. памёр …», a document's form: the NER tags the initials alone;
        the capitalised word before them is the surname, and the person is that surname's
        (`clean_span` drops the initials after it)."""
        ents = list(doc.ents)
        taken = {t.i for ent in ents for t in ent}
        changed = False
        for n, ent in enumerate(ents):
            words = [t for t in ent if t.text != "."]
            k = ent.start - 1
            if (
                ent.label_ != "PER"
                or not words
                or not all(len(t.text) == 1 and t.text.isupper() for t in words)
                or k < 0
                or k in taken
                or not (doc[k].is_title and doc[k].is_alpha and len(doc[k].text) > 2)
            ):
                continue
            ents[n] = Span(doc, k, ent.end, label="PER")
            changed = True
        if changed:
            doc.ents = ents

    def _shared_surname(self, doc: Doc) -> None:
        """«Ігнат і Таццяна Дудко», «Пятро і Вольга Шэлег»: a listed first name alone before
        «і» and a full name is a person of its own, with that name's surname (see
        `describe`)."""
        ents = list(doc.ents)
        taken = {t.i for ent in ents for t in ent}
        added = []
        for ent in ents:
            k = ent.start - 2
            if (
                ent.label_ != "PER"
                or len(ent) != 2
                or k < 0
                or doc[k + 1].lower_ not in ("і", "ды")
                or k in taken
                or not doc[k].is_title
                or not self.names.is_first_name(doc[k].text)
                or not self.names.is_first_name(ent[0].text)
            ):
                continue
            added.append(Span(doc, k, k + 1, label="PER"))
        if added:
            doc.ents = sorted(ents + added, key=lambda e: e.start)

    def _surname_opening(self, doc: Doc) -> None:
        """«Лукашэнка памілаваў …», «Чытайце: Кавальчук заявіў …»: the NER, reading capitals as no
        cue at a sentence's start or after a colon, misses a lone surname there; a word with a
        surname's ending (words.json `opening_surname_endings`) before an active past verb is a
        person."""
        taken = {t.i for ent in doc.ents for t in ent}
        ents = list(doc.ents)
        for t in doc:
            if t.i not in taken and self._opens_speech(doc, t.i) and self._opening_surname(doc, t.i):
                ents.append(Span(doc, t.i, t.i + 1, label="PER"))
        if len(ents) != len(doc.ents):
            doc.ents = sorted(ents, key=lambda e: e.start)

    def _opening_surname(self, doc: Doc, i: int) -> bool:
        endings = tuple(self.lexicon.sets.get("opening_surname_endings", ()))
        past = tuple(self.lexicon.sets.get("active_past_endings", ()))
        first = doc[i]
        if not endings or i + 1 >= len(doc) or not is_name_word(first) or first.is_upper:
            return False
        verb = doc[i + 1]
        return (
            first.lower_.endswith(endings)
            and verb.is_lower
            and verb.lower_.endswith(past)
            and not self.names.is_first_name(first.text)
        )

    def _names_read_as_places(self, doc: Doc) -> None:
        """natasha's Russian NER tags some Belarusian names as places or organisations
        («затрымалі Дзяніса Івашына» as LOC): two or three name words opening with a listed
        first name are a person, unless a settlement noun or «імя» stands before them
        («вуліца Янкі Купалы», «імя Францыска Скарыны»)."""
        ents = list(doc.ents)
        changed = False
        for n, ent in enumerate(ents):
            if ent.label_ not in ("LOC", "ORG") or len(ent) < 2:
                continue
            # «Кіроўцу маршруткі з Барысава Сяргея Лабана», «Суддзя Алена Дар'ян»: the NER's
            # place or body runs over a role and a town into the name that ends it
            start = next(
                (
                    k
                    for k in range(len(ent) - 1)
                    if 2 <= len(ent) - k <= 3
                    and self.names.is_first_name(ent[k].text)
                    and all(is_name_word(t) for t in ent[k:])
                ),
                None,
            )
            if start is None:
                continue
            before = doc[ent.start + start - 1] if ent.start + start > 0 else None
            if before is not None and (
                self._word_in_prefix(before, "settlement_nouns") or before.lower_ in ("імя", "імені", "імю")
            ):
                continue
            ents[n] = Span(doc, ent.start + start, ent.end, label="PER")
            changed = True
        if changed:
            doc.ents = ents

    def describe(self, span: Span) -> NameInfo:
        info = latin_name(span) or self.names.describe(span)
        doc = span.doc
        if (
            len(span) == 1
            and len(info.words) == 1
            and span.end + 2 < len(doc)
            and doc[span.end].lower_ in ("і", "ды")
            and self.names.is_first_name(span[0].text)
        ):
            partner = doc[span.end + 1].ent_type_ == "PER" and next(
                (e for e in doc.ents if e.start == span.end + 1 and len(e) == 2), None
            )
            if partner:
                surname = self.names.describe(partner).words[-1]
                if not surname.lower().endswith(_GENDERED_SURNAME_ENDINGS):
                    return NameInfo([*info.words, surname], [*info.kinds, "surname"], info.gender)
        return info

    def clean_span(self, span: Span) -> Span | None:
        """`_clean_span`, and a Turkic «son / daughter of» written apart after the name
        (words.json `closing_name_particles`: «Адылета Турдубай уулу») stays its last word."""
        closing = self.lexicon.sets.get("closing_name_particles", ())
        doc = span.doc
        cut = next((t.i for t in span if t.text in closing), span.end)
        cleaned = self._clean_span(doc[span.start : cut]) if cut > span.start else None
        if cleaned is not None and cleaned.end < len(doc) and doc[cleaned.end].text in closing:
            return doc[cleaned.start : cleaned.end + 1]
        return cleaned

    def _clean_span(self, span: Span) -> Span | None:
        """natasha's Russian NER on Belarusian text: cut a span at a line break or a lower-case
        word, drop a capitalised word before a first name («Сваякам Сяргея Шымчыка»), and drop
        single words that are pronouns, sentence-initial or after a preposition of place."""
        tokens = []
        for t in span:
            if not tokens and not is_name_word(t):
                continue  # «журналіста Аляксандра …»: a role word the NER took in
            if not tokens and len(t.text) == 1 and (t.i + 1 >= len(t.doc) or t.doc[t.i + 1].text != "."):
                continue  # «У Мінску»: a one-letter preposition, an initial has its full stop
            if tokens and t.text == "." and len(tokens[-1].text) == 1:
                continue  # «А. Кравец»: the full stop of an initial
            if tokens and ("\n" in t.text or not is_name_word(t)):
                break
            if "\n" in t.text:
                continue
            tokens.append(t)
        tokens = [t for t in tokens if t.is_alpha or is_name_word(t)]
        if (
            len(tokens) >= 2
            and len(tokens[0].text) > 2
            and not self._first_name(tokens[0].text)
            and all(len(t.text) == 1 and t.text.isupper() for t in tokens[1:])
        ):
            tokens = tokens[:1]  # «Лапацкі В. А.»: a surname, then its initials
        if tokens and tokens[0].lower_ in self.lexicon.sets.get("family_plurals", ()):
            if not any(self.names.is_first_name(t.text) for t in tokens[1:]):
                return None  # «Браты Барысевічы», «Сужэнцы Дудко»: a family, its members named apart
            tokens = tokens[1:]  # «Братоў Міхаіла і Антона …»: the kin word, then a name
        while (
            len(tokens) >= 2
            and not self.names.is_first_name(tokens[0].text)
            and any(self.names.is_first_name(t.text) for t in tokens[1:])
        ):
            tokens = tokens[1:]
        while (
            len(tokens) >= 3
            and not self._first_name(tokens[0].text)
            and any(self._first_name(t.text) for t in tokens[1:-1])
        ):
            tokens = tokens[1:]  # «Хрысціянку Асію Бібі» opening a sentence: the role noun goes
        if self._whose_envoy(tokens):
            tokens = tokens[1:]  # «пасланнік Вашынгтона Дэніэл Холдэн»: whose envoy, then the name
        before = span.start - 1
        while before > 0 and span.doc[before].is_title:
            before -= 1  # «у вёсцы Іттан | Уалі»: the NER's span may start mid-name
        if (
            len(tokens) >= 3
            and before >= 0
            and tokens[0].i == before + 1
            and self._word_in_prefix(span.doc[before], "settlement_nouns")
        ):
            tokens = tokens[1:]  # «у штаце Лара Рафаэль Кастэльянас»: the state's name, then the person
        elif (
            len(tokens) >= 3
            and tokens[0].i > 0
            and span.doc[tokens[0].i - 1].lower_ in ("з", "са", "із")
            and not tokens[0].lower_.endswith(tuple(self.lexicon.sets.get("instrumental_endings", ())))
            and not self._first_name(tokens[0].text)
        ):
            tokens = tokens[1:]  # «дзяячка з Баркісімета Хасінта Пэрэс»: «from» a town, then the name
        elif (
            tokens
            and before >= 0
            and not self._first_name(tokens[0].text)
            and (
                self._word_in_prefix(span.doc[before], "settlement_nouns")
                or self._named_after(span.doc, before)
            )
        ):
            return None  # «з вёскі Іттан Уалі»: a village's name; «палку Каліноўскага»: a unit's
        if not tokens or not all(is_name_word(t) for t in tokens):
            return None
        if (
            len(tokens) == 2
            and self._word_in_prefix(tokens[0], "citizen_stems")
            and not self._first_name(tokens[0].text)
            and self._word_in_prefix(tokens[1], "place_stems")
        ):
            return None  # «Жыхара Віцебска, які …» opening a sentence: a resident of a town
        if (
            len(tokens) >= 2
            and not self._first_name(tokens[-1].text)
            and any(
                tokens[-1].lower_.startswith(stem) and len(tokens[-1].lower_) - len(stem) <= 3
                for stem in self.lexicon.sets["outlet_stems"]
            )
        ):
            tokens = tokens[:-1]  # «— расказаў Клімчук Свабодзе»: the outlet told, not a surname
        court = span.doc[tokens[-1].i + 1] if tokens[-1].i + 1 < len(span.doc) else None
        if (
            len(tokens) >= 3
            and court is not None
            and court.lower_ in ("суд", "суда", "судом")
            and tokens[-1].lower_.endswith(("ы", "і", "ага", "ым"))
            and self._first_name(tokens[0].text)
        ):
            tokens = tokens[:-1]  # «Уладзіміру Кашэвічу Вярхоўны суд …»: the court's adjective
        if len(tokens) == 2:
            words = f"{tokens[0].lower_} {tokens[1].lower_}"
            if any(
                " " in stem and words.startswith(stem) and len(words) - len(stem) <= 3
                for stem in self.lexicon.sets["outlet_stems"]
            ):
                return None  # «Наша Ніва» on a byline's line, «паводле «Нашай Нівы»»: an outlet
        if len(tokens) >= 3 and self._relative_first_name(tokens[0].text, tokens[1].text):
            tokens = tokens[1:]  # «брат Сяргея Ірына Мох», «адвакат Паўла Ігар Лук»: whose, then who
        elif (
            len(tokens) >= 4
            and not self._first_name(tokens[1].text)
            and self._first_name(tokens[2].text)
            and self._relative_first_name(tokens[0].text, tokens[2].text)
        ):
            # «сын Ірыны Залескай Арсень Залескі»: the owner's full name in the genitive, then the
            # person's own (session 52: 2 such spans in the read sets, both two persons)
            tokens = tokens[2:]
        after = span.doc[tokens[-1].i + 1] if tokens[-1].i + 1 < len(span.doc) else None
        if (
            after is not None
            and after.is_lower
            and after.lower_ in self.lexicon.sets["org_nouns"]
            and not any(self._first_name(t.text) for t in tokens)
        ):
            return None  # «Беларускі Хельсінкскі камітэт»: the adjectives of an organisation's name
        if (
            len(tokens) <= 2
            and after is not None
            and after.is_lower
            and tokens[-1].lower_.endswith(tuple(self.lexicon.sets["adjective_endings"]))
            and self._org_word(after)
            and not any(self._first_name(t.text) for t in tokens)
        ):
            # «суд Маскоўскага раёна», «Крымінальнага кодэкса»: a place's or a law's adjective;
            # «Слесара Барысаўскага аўтазавода» opening a sentence: a role noun, then the adjective
            return None
        if len(tokens) == 2 and self._village_of_district(tokens, after):
            return None  # «вёска Ільля Вялейскага раёна»: a village and its district, no person
        tokens = self._without_body_nouns(tokens)
        if not tokens:
            return None  # «Пазіцыя Камітэта …» opening a sentence: a body's noun, no name
        if (
            len(tokens) >= 2
            and self._word_in_prefix(tokens[0], "settlement_nouns")
            and not self._first_name(tokens[0].text)
        ):
            return None  # «Мэтро Пушкінская.», «Вуліца Ракаўская …» opening a line: a place's name
        if not any(self._first_name(t.text) for t in tokens) and self._institution_adjective(tokens[-1]):
            return None  # «Прысуд Мінскі гарадскі суд абвесціць …»: a court's or a college's adjective
        if len(tokens) >= 3 and self._first_name(tokens[0].text) and self._institution_adjective(tokens[-1]):
            tokens = tokens[:-1]  # «Ежы Кавальскага Віцебскі абласны суд пакараў»: the court's adjective
        if tokens[0].lower_ in self.lexicon.sets.get("capitalised_nouns", ()) and not self._first_name(
            tokens[0].text
        ):
            return None  # «да Дня Незалежнасці», «Дзень Волі»: a holiday's name
        if len(tokens) >= 2 and not self._first_name(tokens[0].text) and self._lexicon_word(tokens[0].lower_):
            tokens = tokens[1:]  # «Смерць Шыбайлы — першая …»: a word of Vigil's lexicon opening a sentence
        if tokens[0].lower_ in self.lexicon.sets.get("media_nouns", ()):
            return None  # «Радыё Свабода», «Тэлеканал Белсат»: an outlet's name, no person
        if (
            len(tokens) >= 2
            and not self._first_name(tokens[0].text)
            and (
                tokens[0].lower_ in self.lexicon.sets["relation_forms"]
                or tokens[0].lower_ in self.lexicon.sets["possessors"]
            )
        ):
            tokens = tokens[1:]  # «Жонка Сымановіча засталася …»: a kin noun opening a sentence
        if len(tokens) >= 4 and tokens[0].lower_.startswith(
            tuple(self.lexicon.sets.get("citizen_stems", ()))
        ):
            tokens = tokens[
                2:
            ]  # «Грамадзяніна Польшчы Кшыштафа Навака»: a citizen of a country, then the name
        if (
            len(tokens) >= 3
            and not self._first_name(tokens[0].text)
            and tokens[0].lemma_.lower() in self.lexicon.sets.get("abroad", ())
        ):
            tokens = tokens[1:]  # «консул Польшчы Ева Пякарская»: the country, then the name
        if len(tokens) >= 2 and tokens[0].lower_ in self.lexicon.sets.get("time_adverbs", ()):
            tokens = tokens[1:]  # «Летась Лысюка памілавалі»: a word of time opening a sentence
        if len(tokens) >= 2 and tokens[0].lower_ in self.lexicon.sets.get("opening_words", ()):
            tokens = tokens[1:]  # «Паводле Лабача, …», «Акрамя Гука …»: a preposition opening a sentence
        if tokens[0].lower_ in self.lexicon.sets["role_nouns"] and not any(
            self.names.is_first_name(t.text) for t in tokens
        ):
            return None  # «Старшыня Беларускай асацыяцыі …»: a title and an institution, no name
        if len(tokens) >= 2 and tokens[0].lower_ in self.lexicon.sets.get("resident_nouns", ()):
            tokens = tokens[1:]  # «Ураджэнец Касцюковіч, …» opening a sentence: the noun is no name
        before = span.doc[tokens[0].i - 1] if tokens[0].i > 0 else None
        if (
            before is not None
            and before.lower_ in self.lexicon.sets.get("resident_nouns", ())
            and not self._first_name(tokens[0].text)
        ):
            # «жыхарам Серабранкі», «ураджэнец Вялікай Бераставіцы»: where they live or come from
            # (not «мясцовага жыхара Віктара X»: the resident's own name)
            return None
        if len(tokens) == 1:
            t = tokens[0]
            prev = t.doc[t.i - 1] if t.i > 0 else None
            if t.lower_ in self.lexicon.all_pronouns or (
                prev is not None and prev.lower_ in self.lexicon.sets["location_prepositions"]
            ):
                return None
            if t.lower_ in self.lexicon.sets.get("opening_adverbs", ()) or t.lower_ in self.lexicon.sets.get(
                "time_adverbs", ()
            ):
                return None  # «Цалкам адбыўшы тэрмін, …», «Летась …»: an adverb opening a sentence
            if self._after_place_adjective(t) or self._beside_a_country(t):
                return None
        return span.doc[tokens[0].i : tokens[-1].i + 1]

    def _village_of_district(self, tokens: list, after) -> bool:
        """«у вёсцы Ільля Вялейскага раёна»: a settlement noun, a name and a capitalised
        adjective agreeing with a lower-case noun of a district or a body after it: the
        settlement's name and its district's adjective, not a first name and a surname (the
        NER reads the village's name as a first name). Census: see docs/extract-ru-be.md,
        session 57 (bepersons)."""
        doc = tokens[0].doc
        return (
            after is not None
            and after.is_lower
            and tokens[0].i > 0
            and self._word_in_prefix(doc[tokens[0].i - 1], "settlement_nouns")
            and tokens[-1].lower_.endswith(("ага", "ай", "скі", "цкі"))
            and self._org_word(after)
        )

    def _without_body_nouns(self, tokens: list) -> list:
        """A span's opening or closing word that is a case form of a body's noun («Камітэта
        Зонке …», «… Камітэтам па правах чалавека»): natasha's Russian NER runs a name into the
        body beside it; the body's noun is cut, and a span with no first name that holds one
        («Пазіцыя Камітэта») is no name at all."""
        while tokens and self._body_noun(tokens[0].text) and not self._first_name(tokens[0].text):
            tokens = tokens[1:]
        while tokens and self._body_noun(tokens[-1].text) and not self._first_name(tokens[-1].text):
            tokens = tokens[:-1]
        if any(self._body_noun(t.text) for t in tokens) and not any(self._first_name(t.text) for t in tokens):
            return []
        return tokens

    def _body_noun(self, word: str) -> bool:
        """A case form of an institution's noun (words.json `institutions`: «Камітэт»,
        «Камітэта», «Саветам») or of a power named by its body or capital (`power_stems`:
        «Еўрасаюза», «Крамля», «Брусэль»)."""
        low = word.lower()
        sets = self.lexicon.sets
        return any(
            low == stem or (len(stem) >= 5 and low.startswith(stem) and len(low) - len(stem) <= 3)
            for stem in (*sets.get("institutions", ()), *sets.get("power_stems", ()))
        )

    def _infinitive_opening(self, person: Person, doc: Doc) -> bool:
        """«- Удзельнічаць у …», a list's item or a sentence opening with a capitalised
        infinitive (-ць, -ці, -чы, read as a Russian infinitive in its Russian-like spelling,
        `be/russify.py`): a verb, no surname."""
        if self.russify is None or len(person.tokens) != 1:
            return False
        word = person.tokens[0]
        if not word.lower().endswith(("ць", "ці", "чы")) or self._first_name(word):
            return False
        parses = morph().parse(self.russify(word).lower())
        return (
            bool(parses)
            and parses[0].tag.POS == "INFN"
            and all(self._opens_speech(doc, a) or doc[a - 1].text in "-–—•*" for a, _ in person.mentions)
        )

    def _relative_first_name(self, word: str, nxt: str) -> bool:
        """An oblique first name right before a nominative one («сястра Дзяніса Ала …», «нумар
        Кацярыны Андрэй …»): the first belongs to someone else, the person is the second. So
        too a genitive before a first name in another oblique case («Сябру Зьмітра Алегу
        Курыловічу», «маці Ксеніі Галінай Шутавай»: whose friend or mother, then the person in
        the case the sentence gives her): two names in two cases never make one person.
        Census (session 50): 13 owners' first names before a person's in 12 Belarusian read
        sets, all two persons; the two in another oblique case (syn22-be-b, syn40-be-b) had
        made one person of the owner's first name and the other's surname."""
        low = name_key(word)
        first = self.names.first_form(word)  # (either spelling: «Маці Зьмітра Ніна …»)
        second = self.names.first_form(nxt)
        if (
            first is None
            or second is None
            or first[2]
            or low in self.names.masc_forms
            or low in self.names.fem_forms
        ):
            return False
        if second[2]:
            return True
        genitive = ("а", "я") if first[1] == "masc" else ("ы", "і")
        return low.endswith(genitive) and name_key(nxt)[-1:] != low[-1:]

    def _institution_adjective(self, last) -> bool:
        """«Гродзенскага | музычнага каледжа», «Мінскі | гарадскі суд», «Пінскага | дзіцячага
        садка»: a capitalised adjective followed by a lower-case one of the same ending (they
        agree) and a lower-case noun names an institution, not a person."""
        doc = last.doc
        ending = next(
            (e for e in self.lexicon.sets["adjective_endings"] if len(e) >= 2 and last.lower_.endswith(e)),
            None,
        )
        agreeing: tuple[str, ...] = (ending,) if ending else ()
        if ending is None and last.lower_.endswith(("скі", "цкі", "ны", "ні")):
            agreeing = ("ы", "і")  # the masculine nominative's two spellings («Брэсцкі абласны»)
        if not agreeing or last.i + 2 >= len(doc):
            return False
        nxt, noun = doc[last.i + 1], doc[last.i + 2]
        return (
            nxt.is_lower
            and nxt.is_alpha
            and nxt.lower_.endswith(agreeing)
            and noun.is_lower
            and noun.is_alpha
        )

    def _after_place_adjective(self, t) -> bool:
        """«у акупаваным Мелітопалі», «на роднай Случчыне»: a lone capitalised word after a
        preposition of place and a lower-case adjective in the locative is a place."""
        if t.i < 2 or self._first_name(t.text):
            return False
        adj, prep = t.doc[t.i - 1], t.doc[t.i - 2]
        return (
            adj.is_lower
            and adj.lower_.endswith(("ым", "ім", "ай", "яй", "ой"))
            and prep.lower_ in ("у", "ў", "в", "на")
        )

    def _whose_envoy(self, tokens: list) -> bool:
        """A capitalised genitive between an envoy's or official's noun and a name of two words
        («пасланнік Вашынгтона Дэніэл Холдэн», «амбасадар Варшавы …»): the power the person
        speaks for, not the first word of the name (the NER takes it in when the first name is
        foreign and unlisted)."""
        if len(tokens) < 3 or tokens[0].i == 0 or self._first_name(tokens[0].text):
            return False
        role = tokens[0].doc[tokens[0].i - 1]
        return (
            role.is_lower
            and self._word_in_prefix(role, "envoy_nouns")
            and tokens[0].lower_.endswith(("а", "ы", "і"))
            and all(t.is_title for t in tokens[1:3])
        )

    def _beside_a_country(self, t) -> bool:
        """«паміж Расіяй і Захадам», «Літвой і Польшчай»: a lone word joined by «і» to a place
        is a place or a power, not a surname."""
        if t.i < 2 or self._first_name(t.text):
            return False
        conj, other = t.doc[t.i - 1], t.doc[t.i - 2]
        return conj.lower_ in ("і", "ды", "або") and (
            other.ent_type_ == "LOC" or self._word_in_prefix(other, "place_stems")
        )

    def _named_after(self, doc: Doc, before: int) -> bool:
        """«палку Каліноўскага», «полку імя Каліноўскага»: a unit named after a person (not a
        petition «на імя Лукашэнкі»)."""
        units = self.lexicon.sets.get("named_after_nouns", ())
        if doc[before].lower_ in ("імя", "імені") and before > 0:
            before -= 1
        return doc[before].lower_ in units

    def _org_word(self, token) -> bool:
        """A noun an adjectival place or institution name goes with («раёна», «кодэкса»), also as
        the head of a compound («аўтазавода», «шклозавода»: «майстра Магілёўскага аўтазавода»)."""
        low = token.lower_
        return any(
            low == stem
            or (len(stem) >= 5 and low.startswith(stem))
            or (len(stem) >= 5 and stem in low[3:] and len(low) - low.rindex(stem) - len(stem) <= 3)
            for stem in self.lexicon.sets["org_stems"]
        )

    def _first_name(self, word: str) -> bool:
        """A listed first name in any case, or an oblique form of one Vigil does not list."""
        return self.names.is_first_name(word) or (word[:1].isupper() and unlisted_first(word) is not None)

    def _word_in_prefix(self, token, kind: str) -> bool:
        low = token.lower_
        return any(low.startswith(stem) for stem in self.lexicon.sets[kind])

    def more_mentions(self, doc: Doc, index: PersonIndex) -> None:
        """«Рыгора асудзілі на тры гады», «Святлана вінаватай сябе не прызнала»: a listed first
        name alone, in any case and also opening a sentence, is the one person of the article
        whose full name has that first name (not before another capitalised word); never the
        pronoun «Яна» ('she'), which a byline's «Падрыхтавала Яна Літвінчук» would otherwise turn
        into that author for every «Яна адбывала …» after it (session 56, ctx)."""
        by_first: dict[str, list[Person]] = {}
        for person in index.persons:
            if len(person.tokens) > 1 or self.names.is_first_name(person.tokens[0]):
                # (a relative named by the first name only: «з мужам Антонам … Антона — на 7 гадоў»)
                by_first.setdefault(person.tokens[0].lower(), []).append(person)
        for t in doc:
            if t.i in index.by_token or not t.is_title or not t.is_alpha:
                continue
            if t.lower_ in self.lexicon.all_pronouns:
                continue  # «Яна адбывала …»: 'she', not Яна X
            form = self.names.forms.get(t.lower_.replace("’", "'"))
            if form is None:
                continue
            people = by_first.get(form[0].lower(), [])
            after = doc[t.i + 1] if t.i + 1 < len(doc) else None
            if len(people) != 1 or (after is not None and after.is_title):
                continue
            if not any(start < t.i for start, _ in people[0].mentions):
                continue  # the full name comes first
            people[0].mentions.append((t.i, t.i + 1))
            people[0].mentions.sort()
            index.by_token[t.i] = people[0]
        self._lone_first_names(doc, index)
        self._opening_word_glued(doc, index)
        self._surname_as_written(doc, index)

    def _surname_as_written(self, doc: Doc, index: PersonIndex) -> None:
        """«Сяргея Кавалька … Сяргей Кавалёк»: a surname's nominative restored from an oblique
        form is a guess where two nominatives share it (Кавалёк / Грынько, both «Кавалька»,
        «Грынька»); a full mention the article writes in the nominative (read as written) names
        the person instead."""
        for person in index.persons:
            if len(person.tokens) < 2:
                continue
            written = []
            for start, end in person.mentions:
                words = [t.text for t in doc[start:end]]
                if len(words) == len(person.tokens) and words[:-1] == person.tokens[:-1]:
                    written.append((doc[start:end], words))
            if not written or any(words == person.tokens for _, words in written):
                continue
            for span, words in written:
                if self.describe(span).words == words:
                    person.tokens = words
                    person.name = " ".join(words)
                    break

    def _opening_word_glued(self, doc: Doc, index: PersonIndex) -> None:
        """«Адвакаты Мікуцкага …», «Самога Пацэвіча вывезлі», «Упершыню Гаўрылёнка судзілі»: a
        capitalised word that only ever opens a sentence, no first name, read with the surname
        after it as one two-word name, is the sentence's word; the surname is the one of the
        person named in full with it."""
        full = [p for p in index.persons if len(p.tokens) > 1 and self._first_name(p.tokens[0])]
        for person in list(index.persons):
            if len(person.tokens) != 2 or person in full:
                continue
            if not all(b - a == 2 and self._opens_speech(doc, a) for a, b in person.mentions):
                continue
            if any(self._first_name(doc[a].text) for a, _ in person.mentions):
                continue
            key = surname_key(person.tokens[-1])
            named = [p for p in full if surname_key(p.tokens[-1]) == key]
            if len(named) != 1:
                continue
            target = named[0]
            for a, b in person.mentions:
                index.by_token.pop(a, None)
                target.mentions.append((a + 1, b))
                index.by_token[a + 1] = target
            target.mentions.sort()
            index.persons.remove(person)

    def _lone_first_names(self, doc: Doc, index: PersonIndex) -> None:
        """«жонку Тацяну затрымалі», «— Тацяну затрымлівалі …, потым адпусьцілі»: a listed first
        name alone, of no person found, is a person of its own (a relative the article names by
        first name only) when a kin noun stands right before it or its form is oblique (an
        accusative or a dative is no common word opening a sentence); not beside another
        capitalised word (a full name the NER cut) nor after a word of place."""
        kin = {form for forms in self.lexicon.words.get("kin_forms", {}).values() for form in forms}
        common = frozenset(self.lexicon.sets.get("common_first_names", ()))
        lex_opening = frozenset(self.lexicon.sets.get("opening_words", ()))
        known = {p.tokens[0].lower() for p in index.persons}
        created: dict[str, Person] = {}
        for t in doc:
            if t.i in index.by_token or not t.is_title or not t.is_alpha or t.lower_ in common:
                continue
            if t.lower_ in self.lexicon.all_pronouns or t.lower_ in lex_opening:
                continue  # «Яна …», «Але …»: a pronoun or a conjunction, not «Ян», «Ала»
            found = self.names.first_form(t.text)
            if found is None:
                continue
            prev = doc[t.i - 1] if t.i > 0 else None
            nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
            # (or after an age adjective: «дзевяцігадовая Ева»)
            after_kin = prev is not None and (prev.lower_ in kin or age_adjective(prev.text))
            if (nxt is not None and nxt.is_title and nxt.is_alpha) or (
                prev is not None
                and prev.is_title
                and prev.is_alpha
                and not after_kin
                and not self._common_opening(prev)
            ):
                continue
            if prev is not None and (
                prev.lower_ in self.lexicon.sets["location_prepositions"]
                or self._word_in_prefix(prev, "settlement_nouns")
                or self._named_after(doc, prev.i)
            ):
                continue
            # («Сыну Максіму …» … «— кажа Максім»: the nominative of a name this loop has made a
            # person of is that person told again)
            person = created.get(found[0])
            if person is None and not after_kin and found[2]:
                continue
            person = person or _named_in_full(index, found[0], found[1], t.i)
            if person is not None:
                person.mentions.append((t.i, t.i + 1))
            elif any(k.startswith(t.lower_[:3]) for k in known):
                continue  # «Кацю» of Кацярына, «Яўгеніі» of Яўгенія: a form of a name told before
            else:
                person = Person(name=found[0], tokens=[found[0]], gender=found[1], mentions=[(t.i, t.i + 1)])
                index.persons.append(person)
                created[found[0]] = person
            index.by_token[t.i] = person

    def _common_opening(self, t) -> bool:
        """«Цяпер Ціхану дванаццаць», «Потым Максім …»: a sentence's first word that is an
        adverb, a conjunction, a particle or a preposition (read in its Russian-like spelling,
        `be/russify.py`) has its capital from the sentence, not from a name the NER cut."""
        if not t.is_sent_start or self.names.is_first_name(t.text):
            return False
        return self.known_pos(t.text) in _FUNCTION_POS

    def keep_person(self, person: Person, doc: Doc) -> bool:
        """A lone capitalised word that only ever opens a sentence («Тыдзень», «Палітвязні»)
        or is a town's name is not taken for a surname unless a full name in the article has it."""
        if eponym_only(person, doc, self.lexicon):
            return False  # «на вуліцы Кастуся Каліноўскага», «завод імя Кірава»: a namesake
        if len(person.tokens) == 1 and person.tokens[0].lower() in self.country_forms:
            return False  # «Грэцыя», «Сірыі», «Малдова»: a country the NER read as a name (session 58)
        if len(person.tokens) > 1:
            # «Афіцыйны Мінск не адказвае»: a capitalised adjective and a town opening a sentence
            return self._first_name(person.tokens[0]) or not self._place_word(person.tokens[-1])
        if self._body_noun(person.tokens[0]) or self._infinitive_opening(person, doc):
            return False  # «Еўрасаюза», «Крамля», «Савет»; «- Удзельнічаць у …»: a body, a verb
        if self._common_thing(person.tokens[0]) and not self.names.is_first_name(person.tokens[0]):
            return False  # «Дэпартамент выканання пакаранняў», «грамадзян Японіі»: a thing's noun
        low = person.tokens[0].lower()
        if all(self._opens_institution(doc, start) for start, _ in person.mentions):
            return False  # «Другі заходні акруговы ваенны суд»: an institution's name opening with an ordinal
        if low.endswith(("скія", "цкія")):
            return False  # «маці і сын Жалязоўскія»: an adjectival surname in the plural is a family
        if self._family_genitive(person, doc):
            return False  # «У сям'і Лагуновічаў», «у кватэры Кудлачоў»: the family of a named member
        if self._place_word(person.tokens[0]):
            return False  # «дэпо Оршы», «раёна Мінска»: natasha's Russian NER reads a town as a name
        if all(_after_age(doc, start) for start, _ in person.mentions):
            return False  # «Уладзімір М., 71 год, Мядзел.»: a profile line's hometown after the age
        if low.endswith(tuple(self.lexicon.sets.get("place_endings", ()))) and not self._first_name(
            person.tokens[0]
        ):
            return False  # «пад Мелітопалем», «з Херсоншчыны»: a town's or a region's ending
        if any(
            low.startswith(stem) and len(low) - len(stem) <= 3 for stem in self.lexicon.sets["outlet_stems"]
        ):
            return False  # «паведаміла Свабодзе», «Фота: … / Белсат»: an outlet, not a surname
        if any(
            low.startswith(role) and len(low) - len(role) <= 3 for role in self.lexicon.sets["role_nouns"]
        ):
            return False  # «за абразу Прэзідэнта»: a title written with a capital
        if low in self.lexicon.sets.get("institutions", ()):
            return False  # «Пасольства ЗША пацвердзіла»: an institution's noun opening a sentence
        return any(
            not self._opens_speech(doc, start) or self._opening_surname(doc, start)
            for start, _ in person.mentions
        )

    def _family_genitive(self, person: Person, doc: Doc) -> bool:
        """«У сям'і Лагуновічаў трое дзяцей», «у кватэры Кудлачоў», «сын Масевічаў»: a lone surname
        in the genitive plural (`family_genitive_endings`: -аў, -оў, -яў, -ёў) whose singular stem
        is a surname the article gives someone else («Дзмітрый Лагуновіч», «Ігар Сцяцко», «Уладзімер
        Кудлач») names that person's family, no one person. Census (session 49, L49, all
        Belarusian read sets): 7 lone persons of this form, all false (the family), in syn13-be-a
        (2), syn17-be-b, syn30-be-b, syn31-be-b (2), syn36-be-b; no gold person has this form alone.
        A surname whose nominative ends in -оў («Мікалай Шаўцоў») keeps its own forms: a stem read
        on in «-ова», «-ову» (his case forms, his wife's «Шаўцова») is not another singular. A stem
        that is a first name («Віктараў бацька»: Віктар's father) is left alone."""
        if len(person.tokens) != 1:
            return False
        endings = tuple(self.lexicon.sets.get("family_genitive_endings", ()))
        word = person.tokens[0]
        starts = {start for start, _ in person.mentions}
        if not word.lower().endswith(endings) or not all(
            doc[start].lower_.endswith(endings) and end - start == 1 for start, end in person.mentions
        ):
            return False
        stem = word.lower()[:-2]
        if len(stem) < 3 or self._first_name(word[:-2]):
            return False
        own_forms = ("ав", "ов", "ёв", "яв", *endings)
        return any(
            t.i not in starts
            and t.text[:1].isupper()
            and t.lower_.startswith(stem)
            and len(t.lower_) - len(stem) <= 3
            and not t.lower_[len(stem) :].startswith(own_forms)
            and not self._first_name(t.text)
            for t in doc
        )

    def _opens_institution(self, doc: Doc, start: int) -> bool:
        """«Другі заходні акруговы ваенны суд у Маскве»: a lone capitalised word in an adjective's
        ending (`adjective_endings`) followed by one to four lower-case adjectives and then the
        noun of an institution (`institutions`, `org_nouns`, `court_nouns`) is the first word of
        the institution's name (an ordinal, «Першы», «Другі»), not a surname."""
        sets = self.lexicon.sets
        endings = tuple(sets.get("adjective_endings", ()))
        if not doc[start].lower_.endswith(endings):
            return False
        nouns = (
            sets.get("institutions", set()) | sets.get("org_nouns", set()) | sets.get("court_nouns", set())
        )
        k = start + 1
        while k < len(doc) and k <= start + 4 and doc[k].is_lower and doc[k].lower_.endswith(endings):
            k += 1
        return start + 1 < k < len(doc) and doc[k].lower_ in nouns

    def _common_thing(self, word: str) -> bool:
        """A word whose Russian-like spelling (`be/russify.py`) the Russian dictionary knows only
        as a noun of a thing or a place, never as a name or an animate noun: «Дэпартамент»,
        «Міністэрства», «Японіі» (a surname that is also a word names an animal: Кот, Сініца)."""
        if self.russify is None:
            return False
        form = self.russify(word).lower()
        parses = morph().parse(form)
        return (
            morph().word_is_known(form)
            and bool(parses)
            and all(p.tag.POS == "NOUN" and "inan" in p.tag for p in parses)
            and not any({"Name", "Surn", "Patr"} & set(p.tag.grammemes) for p in parses)
        )

    def _lexicon_word(self, low: str) -> bool:
        """A form of a word of the prefix table (`lemmas.tsv`): its prefix takes all but its ending."""
        return any(
            low[:n] in self.prefixes for n in range(min(len(low), self.longest), max(2, len(low) - 3), -1)
        )

    def _place_word(self, word: str) -> bool:
        """A town's name in any case (words.json `place_stems`)."""
        low = word.lower()
        return any(
            low.startswith(stem) and len(low) - len(stem) <= 4 for stem in self.lexicon.sets["place_stems"]
        )

    @staticmethod
    def _opens_speech(doc: Doc, i: int) -> bool:
        """A sentence's first word, or the first after a colon («В. М.: Пісала, двойчы»,
        «сказала: Ніколі»), whose capital says nothing of a name."""
        if doc[i].is_sent_start or (i > 0 and doc[i - 1].text == ":"):
            return True
        if i > 0 and doc[i - 1].text in _OPENING_MARKS:
            # «…: «Тата ніколі …»», «(Настаўніцу з Жлобіна асудзілі …)»: a quote's or a bracket's
            # first word where a sentence could begin opens that sentence
            return BelarusianExtractor._opens_speech(doc, i - 1) or (i > 1 and doc[i - 2].text in ".!?")
        k = i - 2 if i > 1 and doc[i - 1].text in ("—", "–", "-") else i - 1
        if k >= 0 and CLOCK_TIME.fullmatch(doc[k].text) and (k == 0 or "\n" in doc[k - 1].text_with_ws):
            # «10:15 Высьвятляецца, што …», «16:30 — Чакалі, …»: a live blog's entry opens with its
            # time (and a dash), and the first word after it opens the entry's sentence (session
            # 59, bepersons)
            return True
        if i > 1 and doc[i - 1].text in (".", ")") and doc[i - 2].like_num:
            # «8. Мужчына з Барысава»: the first word of a numbered list's item
            return i == 2 or "\n" in doc[i - 3].text_with_ws or doc[i - 2].is_sent_start
        # «— Доўга, — паўтарае яна»: the first word of a dialogue line after its dash
        return (
            i > 0
            and doc[i - 1].text in ("—", "–")
            and (doc[i - 1].is_sent_start or (i > 1 and "\n" in doc[i - 2].text_with_ws))
        )


_AGE_UNITS = ("год", "гады", "гадоў")
# parts of speech of a word that is never a name (pymorphy3's tags)
_FUNCTION_POS = frozenset(["ADVB", "CONJ", "PREP", "PRCL", "PRED"])


def country_forms(names: Iterable[str]) -> frozenset[str]:
    """The case forms of countries' names (words.json `country_names`, nominatives in lower
    case): «-ія/-ыя» nouns (Грэцыя → Грэцыі, Грэцыю, Грэцыяй), «-а» nouns (Малдова → Малдовы,
    Малдове, Малдову, Малдовай; Амерыка → Амерыцы), plurals in «-ы» (Нідэрланды) and the rest
    (Іран → Ірана, Іране). Exact forms, so a first name that shares a stem («Францыск») is none."""
    forms: set[str] = set()
    for name in names:
        if name.endswith(("ія", "ыя")):
            forms |= {name[:-1] + e for e in ("я", "і", "ю", "яй", "яю")}
        elif name.endswith("а"):
            forms |= {name[:-1] + e for e in ("а", "ы", "і", "е", "у", "ой", "ай", "ою")}
            if name.endswith("ка"):
                forms.add(name[:-2] + "цы")
        elif name.endswith("ы"):
            forms |= {name, name[:-1] + "аў", name[:-1] + "ам", name[:-1] + "ах"}
        else:
            forms |= {name, *(name + e for e in ("а", "у", "е", "ам", "ы", "і"))}
    return frozenset(forms)


def _after_age(doc: Doc, start: int) -> bool:
    """(Belarusian) a word right after a profile line's age and its comma («X, 71 год, Мядзел»):
    where the line gives the hometown, not another person."""
    return (
        start >= 3
        and doc[start - 1].text == ","
        and doc[start - 2].lower_ in _AGE_UNITS
        and (doc[start - 3].like_num or doc[start - 3].lower_ in ("адзін", "два", "тры"))
    )


def _named_in_full(index: PersonIndex, first: str, gender: str | None, i: int) -> Person | None:
    """«Анастасія Вайцяховіч … хлопцаў і Насцю»: a first name alone that is a short or familiar
    form of the first name of exactly one person named in full before (`given_status`: Насця of
    Анастасія, Наста, Валодзя of Уладзімір), of that person's gender, is that person."""
    owners = [
        p
        for p in index.persons
        if len(p.tokens) > 1
        and p.gender in (None, gender)
        and min(a for a, _ in p.mentions) < i
        and given_status(first, p.tokens[0])[0] in ("match", "short")
    ]
    return owners[0] if len(owners) == 1 else None


# an opening quote or bracket: the word after it may open a sentence of its own
_OPENING_MARKS = frozenset({"«", "„", "“", '"', "("})

__all__ = ["BelarusianExtractor"]
