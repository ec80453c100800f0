"""natasha's parse of a Russian text, carried over into a spaCy `Doc`.

natasha (razdel + slovnet + pymorphy) tokenises, tags, parses and finds names; its models
ship inside the wheels. Copying the result into a `Doc` built on `spacy.blank("ru")`'s
vocabulary lets the shared machinery (findings, cohorts, assembly) and spaCy's `Matcher`
over `LEMMA` work unchanged. Sentences never cross a paragraph: headlines have no full stop.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cached_property

import spacy
from natasha import (
    Doc as NatashaDoc,
)
from natasha import (
    MorphVocab,
    NewsEmbedding,
    NewsMorphTagger,
    NewsNERTagger,
    NewsSyntaxParser,
    Segmenter,
)
from natasha.doc import DocSent, DocToken
from razdel import sentenize
from spacy.tokens import Doc
from spacy.vocab import Vocab

from vigil.extract.doctext import keep_text


class ParagraphSegmenter(Segmenter):
    """razdel's sentences, split first at line breaks."""

    def sentenize(self, text: str) -> Iterator:
        offset = 0
        for line in text.split("\n"):
            if line.strip():
                for sent in sentenize(line):
                    yield _Sent(offset + sent.start, offset + sent.stop, sent.text)
            offset += len(line) + 1


@dataclass
class _Sent:
    start: int
    stop: int
    text: str

    def __iter__(self):
        return iter((self.start, self.stop, self.text))


class NatashaModels:
    """natasha's segmenter, tagger, parser and NER, loaded once per process."""

    def __init__(self) -> None:
        self.segmenter = ParagraphSegmenter()
        self.morph_vocab = MorphVocab()
        embedding = NewsEmbedding()
        self.embedding = embedding  # (Belarusian asks it which Russian-like spellings it knows)
        self.morph = NewsMorphTagger(embedding)
        self.syntax = NewsSyntaxParser(embedding)
        self.ner = NewsNERTagger(embedding)

    @cached_property
    def vocab(self) -> Vocab:
        return spacy.blank("ru").vocab

    def analyse(
        self,
        text: str,
        *,
        abbreviations: frozenset[str] = frozenset(),
        surface: Callable[[str], str] | None = None,
    ) -> NatashaDoc:
        """natasha's full analysis of `text` (the baseline the benchmark measures against);
        `abbreviations` end no sentence before a number or a lower-case word; `surface` gives
        the form of each token the syntax parser reads (a Belarusian word's Russian-like
        spelling), the tokens keeping their own text. (The morphology tagger reads the tokens
        as written: given the same surface, its Belarusian cases lost two facts in session 33.)"""
        ndoc = NatashaDoc(text)
        ndoc.segment(self.segmenter)
        emojis = _split_pictographs(ndoc)
        _join_apostrophes(ndoc)
        _join_clock_times(ndoc)
        if abbreviations:
            _join_abbreviated_sentences(ndoc, abbreviations)
        if ndoc.tokens:
            own = [t.text for t in ndoc.tokens]
            ndoc.tag_morph(self.morph)
            if surface is not None:
                for t in ndoc.tokens:
                    t.text = surface(t.text)
            ndoc.parse_syntax(self.syntax)
            for t, word in zip(ndoc.tokens, own, strict=True):
                t.text = word
            ndoc.text = _blanked(text, emojis)  # the NER reads the text itself: emojis as spaces
            ndoc.tag_ner(self.ner)
            ndoc.text = text
            for span in ndoc.spans or []:
                span.text = text[span.start : span.stop]
        return ndoc


_APOSTROPHES = frozenset("'’ʼ")


def _join_tokens(ndoc: NatashaDoc, joins: Callable[[DocToken, DocToken, DocToken, str], bool]) -> None:
    """Three tokens razdel cut from one word, with no space between them, that `joins` accepts
    (given the tokens and their text), become one token again, before tagging sees them."""
    tokens = ndoc.tokens or []
    out = []
    i = 0
    while i < len(tokens):
        t = tokens[i]
        while (
            i + 2 < len(tokens)
            and tokens[i + 1].start == t.stop
            and tokens[i + 2].start == tokens[i + 1].stop
            and joins(t, tokens[i + 1], tokens[i + 2], ndoc.text[t.start : tokens[i + 2].stop])
        ):
            t = DocToken(t.start, tokens[i + 2].stop, ndoc.text[t.start : tokens[i + 2].stop])
            i += 2
        out.append(t)
        i += 1
    if len(out) != len(tokens):
        ndoc.tokens = out
        ndoc.envelop_sent_tokens()


def _join_apostrophes(ndoc: NatashaDoc) -> None:
    """razdel cuts Belarusian words at their apostrophe («Дар'я» → «Дар», «'», «я»), so the
    name «Дар'я Барадзіна» loses its first name: a letter, an apostrophe and a letter are one
    word."""
    _join_tokens(
        ndoc,
        lambda a, mark, b, _text: (
            mark.text in _APOSTROPHES and a.text[-1:].isalpha() and b.text[:1].isalpha()
        ),
    )


def _pictograph(ch: str) -> bool:
    """An emoji's character: a symbol of the arrows' block on (category So: «▪», «❗», «🔻», a
    flag's letters), a skin tone (Sk) or the variation selector or joiner that ends one. Not
    the older symbols that stand in running text («°C», «©», «№»)."""
    return ch in "\ufe0f\u200d" or (unicodedata.category(ch) in ("So", "Sk") and ord(ch) >= 0x2190)


def _split_pictographs(ndoc: NatashaDoc) -> list[tuple[int, int]]:
    """A Telegram channel opens its items with an emoji glued to the first word («▪️Мария
    Колесникова …», «❗️Никиту Ж. приговорили …», «Главное за день 🔻В Минске …»); razdel keeps
    them one token, so a name that opens the item is lost to the tagger and the NER. The emoji
    becomes a token and a sentence of its own, as a line break would be, and the word after it
    opens the next sentence. Returns the emojis' spans (the NER reads them as spaces).
    Census (session 58, rureal): 68 such tokens in 20 of 65 texts of the Russian real tune
    halves (17 texts open with one), 2 in the Belarusian one, 2 in the 1,189 texts of the
    Russian and Belarusian read sets (dev-ru-14, syn38-ru-b-03)."""
    tokens = ndoc.tokens or []
    out: list[DocToken] = []
    marks: list[tuple[int, int]] = []
    for t in tokens:
        k = 0
        while k < len(t.text) and _pictograph(t.text[k]):
            k += 1
        if 0 < k < len(t.text) and t.text[k].isalpha():
            out.append(DocToken(t.start, t.start + k, t.text[:k]))
            out.append(DocToken(t.start + k, t.stop, t.text[k:]))
            marks.append((t.start, t.start + k))
        else:
            out.append(t)
    if not marks:
        return marks
    ndoc.tokens = out
    text = ndoc.text
    sents: list[DocSent] = []
    for sent in ndoc.sents or []:
        start = sent.start
        for a, b in marks:
            if start <= a < sent.stop:
                end = start + len(text[start:a].rstrip())
                if end > start:
                    sents.append(DocSent(start, end, text[start:end]))
                sents.append(DocSent(a, b, text[a:b]))
                start = b
        if start < sent.stop:
            sents.append(DocSent(start, sent.stop, text[start : sent.stop]))
    ndoc.sents = sents
    ndoc.envelop_sent_tokens()
    return marks


def _blanked(text: str, spans: list[tuple[int, int]]) -> str:
    """`text` with each span's characters read as spaces (the same length, so offsets hold)."""
    if not spans:
        return text
    chars = list(text)
    for a, b in spans:
        chars[a:b] = " " * (b - a)
    return "".join(chars)


_NUMBER_STOP = re.compile(r"^[\d\s.,-]+?\d(\.)\s+(?=[А-ЯЁІЎA-Z«\"])")


def _join_abbreviated_sentences(ndoc: NatashaDoc, abbreviations: frozenset[str]) -> None:
    """razdel ends a Belarusian sentence at «арт.» or «ч.» («асудзіў X па арт. | 356 КК на 11
    гадоў»), cutting the name off its term: a sentence that ends in a listed abbreviation and its
    full stop joins the next one when that opens with a digit or a lower-case letter (up to
    the number's own full stop before a capital, when razdel missed that end too)."""
    sents = ndoc.sents or []
    out: list[DocSent] = []
    changed = False
    for sent in sents:
        if out:
            last = out[-1]
            words = last.text.rstrip().rsplit(None, 1)
            # «(арт. 361-2 …)»: the abbreviation may open a bracket or a quotation
            tail = words[-1].lower().lstrip('([«"„') if words else ""
            head = sent.text.lstrip()[:1]
            if tail.endswith(".") and tail[:-1] in abbreviations and (head.isdigit() or head.islower()):
                # razdel may in turn have missed the end right after the number («арт. | 342.
                # Пасля …»): a number's full stop before a capital still ends the sentence
                inner = _NUMBER_STOP.search(sent.text)
                cut = sent.start + inner.end(1) if inner else sent.stop
                out[-1] = DocSent(last.start, cut, ndoc.text[last.start : cut])
                if inner:
                    start = sent.start + inner.end()
                    out.append(DocSent(start, sent.stop, ndoc.text[start : sent.stop]))
                changed = True
                continue
        out.append(sent)
    if changed:
        ndoc.sents = out
        ndoc.envelop_sent_tokens()


_CLOCK = re.compile(r"^([01]?\d|2[0-3]):[0-5]\d$")


def _join_clock_times(ndoc: NatashaDoc) -> None:
    """«14:00 08.11.2018 Источник: …», a news feed's time stamp: razdel cuts «14:00» into «14»,
    «:», «00», and the hour then reads as a number of people. One token «14:00» is no number
    (razdel keeps «14.30» whole itself), so no later rule needs to recognise a clock time."""
    _join_tokens(ndoc, lambda _a, _colon, _b, text: bool(_CLOCK.match(text)))


LANGUAGE_KEY = "vigil_language"  # `Doc.user_data`: the article's language («be» docs share the «ru» vocab)


def to_spacy(
    ndoc: NatashaDoc,
    vocab: Vocab,
    lemma_of: Callable[[str, str, dict], str],
    *,
    language: str = "ru",
) -> Doc:
    """A spaCy `Doc` with natasha's tokens, sentences, tags, parse and entities.

    `lemma_of(word, pos, feats)` gives each token's lemma (pymorphy for Russian, Vigil's
    lemma lists for Belarusian).
    """
    text = ndoc.text
    tokens = ndoc.tokens or []
    if not tokens:
        return Doc(vocab, words=[])
    # a gap other than one space becomes a whitespace token, as spaCy's own tokenizer does
    order: list[object] = []
    spaces: list[bool] = []
    for i, t in enumerate(tokens):
        order.append(t)
        gap = text[t.stop : tokens[i + 1].start] if i + 1 < len(tokens) else ""
        spaces.append(gap.startswith(" ") and gap == " ")
        if gap and gap != " ":
            order.append(gap)
            spaces.append(False)
    index = {t.id: i for i, t in enumerate(order) if not isinstance(t, str)}
    starts = {s.tokens[0].id for s in ndoc.sents if s.tokens}
    words, heads, deps, sent_starts, morphs, pos, lemmas = [], [], [], [], [], [], []
    for i, t in enumerate(order):
        if isinstance(t, str):
            words.append(t)
            heads.append(i - 1)
            deps.append("dep")
            sent_starts.append(False)
            morphs.append("")
            pos.append("SPACE")
            lemmas.append(t)
            continue
        words.append(t.text)
        head = index.get(t.head_id)
        if head is None or t.rel == "root":
            heads.append(i)
            deps.append("ROOT")
        else:
            heads.append(head)
            deps.append(t.rel or "dep")
        sent_starts.append(t.id in starts)
        morphs.append("|".join(f"{k}={v}" for k, v in sorted((t.feats or {}).items())))
        pos.append(t.pos or "X")
        lemmas.append(lemma_of(t.text, t.pos or "X", t.feats or {}))
    _verb_tagged_noun(pos, morphs, lemmas, words)
    _object_before_participle(heads, deps, pos, morphs, words)
    _conjoined_participle_agreement(heads, deps, morphs)
    if language == "ru":  # (natasha's Russian tags on Belarusian words are too loose for agreement)
        _participle_to_agreeing_noun(heads, deps, pos, morphs, words)
        _passive_participle_to_person(heads, deps, pos, morphs, words)
    _number_before_its_noun(heads, deps, pos, morphs)
    _argument_across_semicolon(heads, deps, pos, morphs, words, sent_starts)
    _pronoun_before_its_verb(heads, deps, pos, morphs, words)
    if language == "ru":
        _pronoun_with_companion(heads, deps, pos, morphs, words)
        _adjective_to_next_noun(heads, deps, pos, morphs)
        _object_numeral_before_subject(heads, deps, pos, morphs, words)
    heads = _break_cycles(_cut_cross_sentence(heads, sent_starts))
    _one_root_per_sentence(heads, deps, sent_starts)
    doc = Doc(
        vocab,
        words=words,
        spaces=spaces,
        heads=heads,
        deps=deps,
        pos=pos,
        lemmas=lemmas,
        morphs=morphs,
        sent_starts=sent_starts,
    )
    # the Doc's text must be the document's text: rebuild whitespace exactly
    joined = doc.text
    if joined != text[tokens[0].start : tokens[-1].stop]:
        raise ValueError("token offsets do not reproduce the text")
    keep_text(doc, joined)  # (the rules read it again and again: joined once)
    doc.user_data[LANGUAGE_KEY] = language
    ents = []
    for span in ndoc.spans or []:
        s = doc.char_span(
            span.start - tokens[0].start,
            span.stop - tokens[0].start,
            label=span.type,
            alignment_mode="expand",
        )
        if s is not None and (not ents or s.start >= ents[-1].end):
            ents.append(s)
    doc.ents = ents
    return doc


_PAST_ENDINGS = (
    ("лись", "Number=Plur"),
    ("лась", "Gender=Fem|Number=Sing"),
    ("лось", "Gender=Neut|Number=Sing"),
    ("лся", "Gender=Masc|Number=Sing"),
    ("ли", "Number=Plur"),
    ("ла", "Gender=Fem|Number=Sing"),
    ("ло", "Gender=Neut|Number=Sing"),
    ("л", "Gender=Masc|Number=Sing"),
)


def _verb_tagged_noun(pos: list[str], morphs: list[str], lemmas: list[str], words: list[str]) -> None:
    """«… в числе 18 политзаключённых помиловал Лукашенко»: natasha may tag a past verb after
    a genitive plural as a noun of that case; the dictionary then finds no noun and lemmatises
    it to the verb. A «noun» whose lemma is an infinitive and whose form ends like a past verb
    is that verb (its gender and number read off the ending)."""
    for i, p in enumerate(pos):
        if p != "NOUN" or not lemmas[i].endswith(("ть", "ться", "чь", "чься")):
            continue
        word = words[i].lower()
        for ending, feats in _PAST_ENDINGS:
            if word.endswith(ending) and len(word) > len(ending) + 2:
                pos[i] = "VERB"
                morphs[i] = f"Mood=Ind|{feats}|Tense=Past|VerbForm=Fin|Voice=Act"
                break


def _object_before_participle(
    heads: list[int], deps: list[str], pos: list[str], morphs: list[str], words: list[str]
) -> None:
    """«Суд освободил по УДО Анну Б., отбывавшую трёхлетний срок»: natasha may hang the name on
    the participle after it as that participle's object. A noun before a comma and a
    participle of its case, whose head is a verb before the noun, is the verb's object and the
    participle describes it."""
    for i, h in enumerate(heads):
        if deps[i] != "obj" or h <= i + 1 or words[h - 1] != "," or pos[i] not in ("PROPN", "NOUN"):
            continue
        if "VerbForm=Part" not in morphs[h] or "Variant=Short" in morphs[h]:
            continue
        g = heads[h]
        if g == i:
            # the two hung on each other (a cycle): the noun belongs to the main verb before it
            g = next((k for k in range(i - 1, -1, -1) if deps[k] == "ROOT" or words[k] in (".", "\n")), h)
            if words[g] in (".", "\n"):
                continue
        if g == h or g >= i or pos[g] != "VERB":
            continue
        case = next((f for f in morphs[i].split("|") if f.startswith("Case=")), None)
        if case is None or case not in morphs[h].split("|"):
            continue
        heads[i], deps[i] = g, "obj"
        heads[h], deps[h] = i, "acl"
        deps[g] = deps[g] if heads[g] != g else "ROOT"


def _feature(morph: str, name: str) -> str | None:
    return next((f for f in morph.split("|") if f.startswith(name + "=")), None)


def _conjoined_participle_agreement(heads: list[int], deps: list[str], morphs: list[str]) -> None:
    """«X, отбывавший срок, и Ольга С., задержанная в 2021 году и приговорённая к …»: natasha may
    join a participle to an earlier one of another gender. Conjoined participles describe one
    noun, so they agree: the conjunct hangs on the nearest participle before it that agrees in
    gender, number and case."""
    for i, h in enumerate(heads):
        if (
            deps[i] != "conj"
            or h >= i
            or "VerbForm=Part" not in morphs[i]
            or "VerbForm=Part" not in morphs[h]
        ):
            continue
        gender, number, case = (_feature(morphs[i], f) for f in ("Gender", "Number", "Case"))
        if gender is None or number != "Number=Sing" or gender == _feature(morphs[h], "Gender"):
            continue
        for k in range(i - 1, h, -1):
            m = morphs[k]
            if "VerbForm=Part" in m and _feature(m, "Gender") == gender and _feature(m, "Case") == case:
                heads[i] = k
                break


def _agrees(participle: str, noun: str) -> bool:
    """A full participle agrees with a noun: the same case and number (and gender in the
    singular, when the noun shows one)."""
    case, number = _feature(participle, "Case"), _feature(participle, "Number")
    if case is None or number is None or _feature(noun, "Case") != case or _feature(noun, "Number") != number:
        return False
    gender, own = _feature(participle, "Gender"), _feature(noun, "Gender")
    return number == "Number=Plur" or gender is None or own is None or gender == own


def _participle_to_agreeing_noun(
    heads: list[int], deps: list[str], pos: list[str], morphs: list[str], words: list[str]
) -> None:
    """«огласил приговор пятерым участникам протестов на проспекте Руставели, задержанным в
    декабре»: natasha may hang a participle set off by a comma on the last noun before it,
    though it agrees with a noun higher up. A full participle describes the noun it agrees with
    in case and number: when its head does not agree, it hangs on the nearest noun up the head
    chain (before it) that does."""
    for i, h in enumerate(heads):
        if deps[i] != "acl" or h >= i or i == 0 or words[i - 1] != ",":
            continue
        m = morphs[i]
        if "VerbForm=Part" not in m or "Variant=Short" in m or _agrees(m, morphs[h]):
            continue
        if any(heads[j] == h and deps[j].startswith("nummod") for j in range(h)):
            continue  # «пятерых активистов, задержанных …»: a numeral governs the noun's case
        k = h
        for _ in range(4):
            if heads[k] == k or heads[k] > k or pos[heads[k]] not in ("NOUN", "PROPN"):
                break  # only up a chain of nouns («участникам протестов на проспекте»)
            k = heads[k]
            if _agrees(m, morphs[k]):
                heads[i] = k
                break


def _passive_participle_to_person(
    heads: list[int], deps: list[str], pos: list[str], morphs: list[str], words: list[str]
) -> None:
    """«огласил приговор семи участникам акций протеста у здания парламента, задержанным в
    декабре», «по делу четырёх участников протестов на проспекте Руставели, задержанных в
    декабре»: a passive participle set off by a comma after a chain of nouns describes the people
    the chain opens with, not the place or the protest at its end. natasha hangs it on the verb
    of the clause (a parataxis) or on the last noun of its case, an inanimate one. A full
    passive participle in the plural after a comma, whose head is a verb before it or an
    inanimate noun, hangs on the nearest animate noun before it in the same clause (back to
    its head verb, no comma between) that agrees with it in case and number
    (`_participle_to_agreeing_noun` is the twin for a head that does not agree at all)."""
    for i, h in enumerate(heads):
        if i < 2 or words[i - 1] != "," or h >= i or heads[i] == i:
            continue
        m = morphs[i]
        if any(f not in m for f in ("VerbForm=Part", "Voice=Pass", "Number=Plur")) or "Variant=Short" in m:
            continue
        if not ("Animacy=Inan" in morphs[h] or pos[h] == "VERB" and h < i - 2):
            continue
        for k in range(i - 2, max(i - 14, 0), -1):
            if words[k] in (",", ";", ":", "—", "(", ")", "«", "»") or pos[k] in ("VERB", "AUX", "PUNCT"):
                break
            if pos[k] in ("NOUN", "PROPN") and "Animacy=Anim" in morphs[k] and _agrees(m, morphs[k]):
                heads[i], deps[i] = k, "acl"
                break


def _number_before_its_noun(heads: list[int], deps: list[str], pos: list[str], morphs: list[str]) -> None:
    """«Помилованы 16 осужденных по «экстремистским» статьям»: natasha may hang a number on a
    noun further on. A number right before a plural genitive noun counts that noun (after
    numbers from five, and in the oblique cases of all, the noun is a plural genitive)."""
    for i, h in enumerate(heads):
        n = i + 1
        if deps[i] != "nummod" or pos[i] != "NUM" or h == n or n >= len(heads) or pos[n] != "NOUN":
            continue
        if "Case=Gen" in morphs[n] and "Number=Plur" in morphs[n] and heads[n] != i:
            heads[i] = n


def _argument_across_semicolon(
    heads: list[int],
    deps: list[str],
    pos: list[str],
    morphs: list[str],
    words: list[str],
    sent_starts: list[bool],
) -> None:
    """«X и Y задержали в мае; всего задержали девять человек, пятерых отпустили»: a subject or
    object hung on a verb past a semicolon belongs to the one finite verb of its own part."""
    segment: list[int] = []
    current = 0
    for i, word in enumerate(words):
        if sent_starts[i] and i > 0:
            current += 1
        segment.append(current)
        if word == ";":
            current += 1
    verbs: dict[int, list[int]] = {}
    for i in range(len(words)):
        if pos[i] == "VERB" and "VerbForm=Fin" in morphs[i]:
            verbs.setdefault(segment[i], []).append(i)
    for i in range(len(words)):
        if deps[i] not in ("obj", "nsubj", "nsubj:pass", "iobj") or segment[heads[i]] == segment[i]:
            continue
        own = verbs.get(segment[i], [])
        if len(own) == 1 and own[0] != i:
            heads[i] = own[0]


def _pronoun_before_its_verb(
    heads: list[int], deps: list[str], pos: list[str], morphs: list[str], words: list[str]
) -> None:
    """«— ему дали шесть лет, и суд его приговор не тронул»: an object pronoun in the dative or
    accusative right before a finite verb is that verb's, not one past a comma (a clause of its
    own) the parser hung it on."""
    for i in range(len(words) - 1):
        head = heads[i]
        if pos[i] != "PRON" or deps[i] not in ("iobj", "obj") or head <= i + 1:
            continue
        if "Case=Dat" not in morphs[i] and "Case=Acc" not in morphs[i]:
            continue
        if pos[i + 1] != "VERB" or "VerbForm=Fin" not in morphs[i + 1] or heads[i + 1] == i:
            continue
        if "," in words[i + 1 : head]:
            heads[i] = i + 1


def _pronoun_with_companion(
    heads: list[int], deps: list[str], pos: list[str], morphs: list[str], words: list[str]
) -> None:
    """«они с Олегом сидели в одной камере, а в октябре Андрея освободили»: «мы / вы / они с X»
    is one subject, the speaker or the one told of and X (Russian comitative coordination: «мы
    с братом» is two people). natasha may hang «X» on a verb of another clause; X belongs to the
    pronoun. Left alone when both already hang on the verb the pronoun is the subject of. A
    nominative pronoun the parser made an object is the subject of the plural finite verb that
    follows the pair before any comma («они с Олегом сидели …»)."""
    for i in range(len(words) - 2):
        if pos[i] != "PRON" or words[i].lower() not in ("мы", "вы", "они") or "Case=Nom" not in morphs[i]:
            continue
        if words[i + 1].lower() not in ("с", "со"):
            continue
        k = next((j for j in range(i + 2, min(i + 5, len(words))) if pos[j] in ("NOUN", "PROPN")), None)
        if k is None or "Case=Ins" not in morphs[k] or heads[k] in (i, k):
            continue
        if deps[i].startswith("nsubj") and heads[k] == heads[i]:
            continue
        if deps[i] in ("obj", "iobj"):
            verb = _finite_verb_after(k, pos, morphs, words)
            if verb is None or "Number=Plur" not in morphs[verb]:
                continue
            heads[i], deps[i] = verb, "nsubj"
        heads[k] = i
        deps[k] = "nmod"


def _adjective_to_next_noun(heads: list[int], deps: list[str], pos: list[str], morphs: list[str]) -> None:
    """«приговорил 47-летнего механика к 15 годам колонии строгого режима»: natasha may hang an
    attributive adjective on a noun before it («строгого» on «механика») with which it does not
    agree. A Russian attributive adjective stands before its noun and agrees with it: when the
    noun right after it agrees and its head (before it) does not, it is the next noun's. (Read
    wrongly, the person's noun looked modified — no longer a bare description of someone named
    before.)"""
    for i in range(len(heads) - 1):
        h, n = heads[i], i + 1
        if deps[i] != "amod" or pos[i] != "ADJ" or h >= i or pos[n] not in ("NOUN", "PROPN"):
            continue
        if _agrees(morphs[i], morphs[h]) or not _agrees(morphs[i], morphs[n]) or heads[n] == i:
            continue
        heads[i] = n


def _finite_verb_after(i: int, pos: list[str], morphs: list[str], words: list[str]) -> int | None:
    """The first verb after word `i` when it comes before any comma or semicolon and is finite:
    the verb a fronted pronoun or numeral belongs to; None otherwise."""
    verb = next((j for j in range(i + 1, len(words)) if pos[j] == "VERB" or words[j] in (",", ";")), None)
    return verb if verb is not None and pos[verb] == "VERB" and "VerbForm=Fin" in morphs[verb] else None


def _object_numeral_before_subject(
    heads: list[int], deps: list[str], pos: list[str], morphs: list[str], words: list[str]
) -> None:
    """«— всех троих сотрудники Центра «Э» вывели из мечети»: natasha may take a fronted object
    numeral in the accusative for the counter of the nominative subject after it. A numeral in
    the accusative does not count a noun in the nominative: it is the object of the first finite
    verb after that noun (before any comma), which then has it as its counted patient."""
    for i, h in enumerate(heads):
        if pos[i] != "NUM" or not deps[i].startswith("nummod") or h != i + 1 or pos[h] != "NOUN":
            continue
        if "Case=Acc" not in morphs[i] or "Case=Nom" not in morphs[h] or "Animacy=Anim" not in morphs[i]:
            continue
        verb = _finite_verb_after(h, pos, morphs, words)
        if verb is None:
            continue
        heads[i], deps[i] = verb, "obj"


def _cut_cross_sentence(heads: list[int], sent_starts: list[bool]) -> list[int]:
    """A head outside its token's sentence (natasha parses per sentence, so never expected)
    becomes the token itself, which spaCy requires."""
    sent_of: list[int] = []
    current = -1
    for starts in sent_starts:
        current += 1 if starts or current < 0 else 0
        sent_of.append(current)
    return [h if sent_of[h] == sent_of[i] else i for i, h in enumerate(heads)]


def _one_root_per_sentence(heads: list[int], deps: list[str], sent_starts: list[bool]) -> None:
    """spaCy reads sentence boundaries from the tree, so a second root (natasha leaves some,
    and broken cycles add more) would start a sentence of its own: it hangs on the first."""
    start = 0
    for end in [*[i for i, s in enumerate(sent_starts) if s and i > 0], len(heads)]:
        roots = [i for i in range(start, end) if heads[i] == i and deps[i] != "dep"]
        if not roots:
            roots = [i for i in range(start, end) if heads[i] == i]
        main = next((i for i in roots if deps[i] == "ROOT"), roots[0] if roots else None)
        for i in range(start, end):
            if heads[i] == i and main is not None and i != main:
                heads[i] = main
                deps[i] = "parataxis" if deps[i] != "dep" else "dep"
        start = end


def _break_cycles(heads: list[int]) -> list[int]:
    """natasha's parser can return a head cycle; the token that closes it becomes a root, so
    every walk up the tree ends."""
    heads = list(heads)
    for i in range(len(heads)):
        seen = {i}
        node = i
        while heads[node] != node:
            nxt = heads[node]
            if nxt in seen:
                heads[node] = node
                break
            seen.add(nxt)
            node = nxt
    return heads


__all__ = ["NatashaModels", "ParagraphSegmenter", "to_spacy"]
