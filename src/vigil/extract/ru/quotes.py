"""Quotes: «ёлочки», „лапки“ and straight quotes (the cleaner makes them all straight), with
dash attribution («…», — сказал он), attribution inside one pair («…, — сказал он. — …»),
colon speech (X заявил: «…») and interview answer turns («— …» after a question).

One pair of marks is one quote. A pair without a speaker is a scare-quote or a title and is
dropped; speech inside an interview answer is the interviewee's, not a quote of its own.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from vigil.extract.doctext import doc_text
from vigil.extract.findings import Person, fold
from vigil.extract.ru.lexicon import Lexicon
from vigil.extract.ru.persons import (
    DECLINED_NOMINATIVE,
    PersonIndex,
    morph_gender,
    name_key,
    plural_surname,
    pronoun_gender,
    sentences_back,
    surname_key,
)

_DASHES = "—–-"
# the nominative third-person pronouns of a person and the sex each points to
_PRONOUN_GENDER = {"он": "masc", "ён": "masc", "она": "fem", "яна": "fem"}
_NOMINATIVE_PRONOUNS = frozenset(_PRONOUN_GENDER)
_LABEL = re.compile(r"^(?:[—–-]\s*)?[^\s:][^\n:]{0,40}:\s")  # «Вольга Марчэнка: …», «В. М.: …»
_INITIALS = re.compile(r"([А-ЯЁІЎ])\.\s*([А-ЯЁІЎ])\.?")
_COMITATIVE_PRONOUNS = {"ним": "masc", "ней": "fem", "нею": "fem", "ім": "masc", "ёй": "fem", "ёю": "fem"}
_POSSESSIVE = frozenset({"его", "её", "ее", "их", "яго", "яе", "іх"})
# Belarusian prepositions that may open a subjectless clause («На разьвітаньне сказаў: …»)
_PREPOSITIONS_BE = frozenset({"у", "ў", "на", "пры", "пасля", "пасьля", "перад", "з", "са", "па"})
# (Belarusian, no parse) a verb in the third person plural: «адказваюць», «кажуць», «сказалі»
_PLURAL_VERB_ENDINGS = ("юць", "уць", "яць", "аць", "лі")


@dataclass
class QuoteFinding:
    speaker: Person | None
    text: str
    start: int
    end: int
    turn: bool = False  # a transcript's or an interview's turn, not a quotation in running text
    label: tuple[int, int] | None = None  # tokens of the turn's label («ЛОСЕВ:»)


# «ИРИНА ЛОЗА, адвокат»: a turn label's role after a comma, one to four words
_LABEL_ROLE = re.compile(r",\s*([^\W\d_]+(?:[\s-][^\W\d_]+){0,3})\s*$")


@lru_cache(maxsize=8)  # the finder and its pronoun-speaker check both read one text's pairs
def quote_pairs(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each outermost pair of straight quote marks, inner marks included."""
    pairs: list[tuple[int, int]] = []
    stack: list[int] = []
    inner_close = -1  # the last inner pair closed inside a still open outer one
    for i, ch in enumerate(text):
        if ch == "\n" and len(stack) == 1 and inner_close > stack[0]:
            if not text[i:].lstrip().startswith('"') and _attribution_after(text[inner_close + 1 : i]):
                # «…, если в деле слово «журналист», — добавляет он.: the outer mark shares the
                # inner one's closing mark (one » for both), so the quote ends there
                pairs.append((stack.pop(), inner_close + 1))
            inner_close = -1
        if ch != '"':
            continue
        prev = text[i - 1] if i > 0 else " "
        nxt = text[i + 1] if i + 1 < len(text) else " "
        opening = (prev.isspace() or prev in '([—–-:/"' or _pictograph(prev)) and not nxt.isspace()
        if opening and prev == "\n" and len(stack) == 1 and _continued_paragraph(text, stack[0], i):
            continue  # a quotation of several paragraphs reopens its mark on each: still one quote
        if opening and not (stack and nxt in ".,;:!?)"):
            stack.append(i)
        elif stack:
            start = stack.pop()
            if not stack:
                pairs.append((start, i + 1))
            elif len(stack) == 1:
                inner_close = i
    if len(stack) == 1 and inner_close > stack[0] and _attribution_after(text[inner_close + 1 :]):
        pairs.append((stack.pop(), inner_close + 1))
    return tuple(pairs)


def _pictograph(ch: str) -> bool:
    """A channel's emoji glued to the mark it opens («💬«С первого дня …», — говорится в
    заявлении X»): a pictograph (or the variation selector or joiner that ends one) stands where
    a space would, so the mark after it opens a quote rather than closing one."""
    return ch in "\ufe0f\u200d" or unicodedata.category(ch) == "So"


_ATTRIBUTION_AFTER = re.compile(r"\s*[,.!?…]*\s*(?:[—–-]\s|$)")


def _attribution_after(rest: str) -> bool:
    """What follows an inner closing mark up to the line's end is nothing, punctuation or a dash
    attribution («…слово «журналист», — добавляет он.»): the outer quote shares that mark. Words
    of the quote after it («Калі я пачула "пяць", я не заплакала…») mean the outer close is missing
    further on, not shared."""
    return _ATTRIBUTION_AFTER.match(rest) is not None


def _continued_paragraph(text: str, opened: int, at: int) -> bool:
    """The mark at `opened` began an earlier paragraph and was never closed in it: the
    convention of a quotation that runs over several paragraphs."""
    return (opened == 0 or text[opened - 1] == "\n") and "\n" in text[opened:at]


# «…», — гаворыцца ў адказе (ведамства), які падпісаў X / говорится в ответе, который подписал X
_SIGNED = re.compile(
    r"[,.!?…]?\s*[—–]\s+(?:гаворыцца|пішацца|говорится|пишется)\s+(?:у|ў|в)\s+[^.«»\"\n]{1,60}?(?:,\s+|\s+(?=за\s))"
    r"(?:(?:які|якую|якое|якім|который|которое|которую)\s+(?:падпіса|подписа)\w*|"
    r"(?P<under>за\s+(?:подпісам|подпiсам|подписью)))\s+"
)


class QuoteFinder:
    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        # the role nouns a transcript turn may be labelled with alone («Судья:», «Пракурор:»)
        self._label_roles = frozenset(
            {
                *lexicon.sets.get("role_nouns", ()),
                *lexicon.sets.get("agent_roles", ()),
                *lexicon.sets.get("defence_roles", ()),
                *lexicon.words.get("role_synonyms", {}),
            }
        )

    def __call__(self, doc: Doc, index: PersonIndex) -> list[QuoteFinding]:
        text = doc_text(doc)
        headline_end = text.find("\n") if "\n" in text else -1
        interviewer = self._interviewer(doc, index, headline_end)
        answers, interviewee = self._interview(doc, index, interviewer)
        out: list[QuoteFinding] = []
        pairs = quote_pairs(text)
        taken = [*pairs, *((a, b) for a, b, _ in answers)]
        turns = self._labelled_turns(doc, index, taken, headline_end)
        links = tuple(self.lexicon.sets.get("read_also", ()))
        # (found first: a generic «— добавила женщина» may go on with a voice given after a colon)
        # (a colon inside a labelled turn is its speaker's own retelling: «Курыловіч: У КДБ
        # сказалі: калі вярнуся …» is one turn, not a quote of its own after the inner colon)
        turn_spans = [*taken, *((q.start, q.end) for q in turns)]
        colon_speech = self._colon_speech(doc, index, turn_spans, headline_end)
        letter_writer = self._published_letter_writer(doc, index, headline_end)
        for start, end in pairs:
            if start < headline_end or any(a <= start < b for a, b, _ in answers):
                continue
            turn = next((q for q in turns if q.start <= start < q.end), None)
            if turn is not None:
                # words in marks inside a labelled turn are its speaker's retelling («Бутрым: … Я
                # ёй кажу: «Мамачка, …»»), unless the turn names another speaker for them
                own = self._named_in_turn(doc, index, turn, start, end)
                if own is not None and len(text[start + 1 : end - 1].split()) >= 2:
                    out.append(QuoteFinding(own, text[start + 1 : end - 1].strip(), start, end))
                continue
            if links and text[text.rfind("\n", 0, start) + 1 : start].lower().startswith(links):
                continue  # «Чытайце таксама: X: «…»»: another article's headline, not this one's quote
            inner = text[start + 1 : end - 1].strip()
            if (
                (len(inner.split()) < 2 and not self._exclaimed(doc, inner, start, end))
                or self._titled(text, start)
                or self._statute_title(text, start)
                or self._after_preposition(doc, start)
                or self._predicate_fragment(doc, start, end)
                or _subheading(text, start, end)
            ):
                continue
            speaker = self._speaker(doc, index, start, end)
            if speaker is None and self._letter_before(doc, start):
                continue  # a letter shown with no writer named: not the words of whoever shows it
            if speaker is None:
                speaker = self._continued(doc, index, out, start)
            if speaker is None:
                speaker = self._pronoun_after_quote(doc, index, out, start)
            if speaker is None and len(inner.split()) >= 3:
                speaker = letter_writer and self._letter_fragment(text, start, end) and letter_writer
                speaker = speaker or self._told_before(doc, index, start, end)
            if speaker is None and len(inner.split()) >= 3:
                # «X рассказала: Его не видели … // «…», — добавила женщина»: the voice followed
                # may be one given without marks after a colon
                heard = sorted([*out, *(q for q in colon_speech if q.end <= start)], key=lambda q: q.start)
                speaker = self._generic_voice(doc, index, heard, start, end)
            if speaker is not None and len(inner.split()) < 3 and not self._said(doc, start, end):
                continue  # two words in marks are a quote only with a verb of speech beside them
            if speaker is not None:
                speaker = self._namesake_of_verb(doc, index, speaker, end) or speaker
                out.append(QuoteFinding(speaker, inner, start, end))
        out.extend(colon_speech)
        for a, b, body in answers:
            out.append(QuoteFinding(interviewee, body, a, b, turn=True))
        for paragraph in self._dash_paragraphs(doc, index, answers, out):
            out.append(paragraph)
        out.extend(turns)
        out.extend(self._nested_named(doc, index, out))
        _set_voices(index, out)
        _unmention_addresses(doc, index, out)
        return sorted(out, key=lambda q: q.start)

    def _published_letter_writer(self, doc: Doc, index: PersonIndex, headline_end: int) -> Person | None:
        """«Письма Анатолия Рябова, который умер в СИЗО», «Ліст з наваполацкай калёніі», «Открытое
        письмо семьи X»: a headline whose own words (not the words it quotes in marks) open a
        phrase with a letter noun (first, or second after a word that is no preposition)
        announces an article that publishes a letter. Its writer is the person named right after
        the noun («Письма Анатолия Рябова»), else, when the headline names no one, the one person
        the article names most. None for any other headline («— о письмах и свиданиях», «живут
        от письма до письма»: no phrase opens with the noun)."""
        if headline_end <= 0:
            return None
        pairs = quote_pairs(doc_text(doc))
        words: list[Token] = []
        noun = None
        for t in doc:
            if t.idx >= headline_end:
                break
            if any(a <= t.idx < b for a, b in pairs):
                continue
            if not t.is_alpha:
                words = [] if t.text in '.:!?;—–"' else words
                continue
            words.append(t)
            if self.lexicon.word_in(t, "letter_nouns") and (
                len(words) == 1 or (len(words) == 2 and not self._preposition(words[0]))
            ):
                noun = t
                break
        if noun is None:
            return None
        named = {id(p): p for p in index.persons for a, _ in p.mentions if doc[a].idx < headline_end}
        following = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
        if following is not None and (writer := index.person_at(following)) is not None:
            return writer
        return self._most_named(index) if not named else None

    @staticmethod
    def _letter_fragment(text: str, start: int, end: int) -> bool:
        """A quote that fills its paragraph (nothing before its opening mark on the line, a stop
        at most after the closing one): in a published letter, a fragment of it."""
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        line_end = len(text) if line_end < 0 else line_end
        return not text[line_start:start].strip() and not text[end:line_end].strip(" .…")

    def _named_in_turn(
        self, doc: Doc, index: PersonIndex, turn: QuoteFinding, start: int, end: int
    ) -> Person | None:
        """«Белова: … «Собирайте вещи», — сказал мне начальник колонии X»: words in marks inside a
        labelled turn whose attribution names, inside the turn, someone other than the turn's
        speaker are that person's quote; None for the speaker's own retold words."""
        speaker = self._speaker(doc, index, start, end)
        if speaker is None or speaker is turn.speaker:
            return None
        named_here = any(turn.start <= doc[a].idx < turn.end for a, _ in speaker.mentions)
        return speaker if named_here else None

    def _nested_named(self, doc: Doc, index: PersonIndex, found: list[QuoteFinding]) -> list[QuoteFinding]:
        """«Алесь сказал мне: „Я не преступник“. Это было последнее …», — говорит X: words in
        marks inside a quote (or an answer), after a colon whose clause names their speaker with a
        verb of speech, are that named person's own quote (GUIDELINES: each pair of marks is a
        quote of a named person). A pronoun («Он сказал мне: „…“») or no one named (a guard's
        «Собирайтесь») gives none: the outer speaker retells them."""
        text = doc_text(doc)
        starts = {q.start for q in found}
        out: list[QuoteFinding] = []
        for q in found:
            if q.speaker is None:
                continue
            body_start = q.start + 1 if text[q.start : q.start + 1] == '"' else q.start
            body_end = q.end - 1 if text[q.end - 1 : q.end] == '"' else q.end
            for m in re.finditer(r'(?<=:\s)"([^"\n]+)"', text[body_start:body_end]):
                start, end = body_start + m.start(), body_start + m.end()
                inner = m.group(1).strip()
                if start in starts or len(inner.split()) < 2:
                    continue
                clause = self._clause(doc, start, forward=False)
                clause = clause[next((k for k, t in enumerate(clause) if t.idx >= body_start), len(clause)) :]
                names = {id(p) for t in clause if (p := index.person_at(t)) is not None}
                if names:
                    speaker = self._speaker_in(clause, index, start, nominative=True)
                    if speaker is None or id(speaker) not in names:
                        continue
                else:
                    speaker = self._nested_third_person(clause, index, q.speaker)
                if speaker is None or speaker is q.speaker:
                    continue
                out.append(QuoteFinding(speaker, inner.rstrip("."), start, end))
        return out

    def _nested_third_person(self, clause: Span, index: PersonIndex, outer: Person) -> Person | None:
        """«Он позвонил мне и сказал: „…“», «Яна напісала: „…“», «… а Аркадий отказался. Сказал:
        „…“», «Ён схуднеў. На разьвітаньне сказаў: „…“»: inside someone's words, a verb of speech
        whose subject is «он»/«она» (or dropped, going on with the subject of the sentence
        before) quotes a third person: the last one of that gender named before, never the
        outer speaker (who would say «я»). A subject noun («мама сказала»), «я»/«мы», or an
        unnamed relative the pronoun follows give none."""
        linear = bool(self.lexicon.extra.get("linear"))
        verbs = [t for t in clause if self.lexicon.word_in(t, "speech")]
        if not verbs:
            return None
        verb = verbs[-1]
        exclude = {id(outer)}
        if linear:
            words = [t for t in clause if t.is_alpha]
            before = words[: words.index(verb)] if verb in words else words
            pronouns = [t for t in words if t.lower_ in _NOMINATIVE_PRONOUNS]
            if len(pronouns) == 1 and not any(index.person_at(t) for t in words):
                pronoun = pronouns[0]
            elif not before or (before[0].lower_ in _PREPOSITIONS_BE and len(before) <= 3):
                return self._subject_goes_on(clause, index, verb, exclude)
            else:
                return None
        else:
            subject = next((c for c in verb.children if c.dep_.startswith("nsubj")), None)
            if subject is None and verb.dep_ == "conj":
                subject = next((c for c in verb.head.children if c.dep_.startswith("nsubj")), None)
            if subject is None:
                return self._subject_goes_on(clause, index, verb, exclude)
            if subject.lower_ not in _NOMINATIVE_PRONOUNS:
                return None
            pronoun = subject
        gender = pronoun_gender(pronoun, self.lexicon)
        if (
            gender is None
            or self._kin_before(index, pronoun, gender)
            or self._unnamed_antecedent(index, pronoun, gender)
        ):
            return None
        return index.latest_before(pronoun.i, gender, window_sents=5, exclude=exclude)

    def _unnamed_antecedent(self, index: PersonIndex, pronoun, gender: str | None = None) -> bool:
        """«Пришёл следователь. Он сказал: „…“», «Адвакат нам патэлефанаваў. Ён сказаў: „…“»: an
        unnamed role, staff, generic or kin noun (not set beside a name) in the pronoun's
        sentence before it or in the sentence before is what the pronoun may point at: the
        words are then nobody's named. A person of the pronoun's gender named after the noun
        and before the pronoun is the nearer antecedent («Мы наняли другого адвоката, и Алан
        отказался от показаний. На свидании он сказал: „…“»: Алан): the noun then blocks nothing."""
        doc = index.doc
        sets = self.lexicon.sets
        nouns = {
            *self._label_roles,
            *sets.get("custody_staff", ()),
            *sets.get("generic_persons", ()),
            *sets.get("generic_speakers", ()),
            *sets.get("unnamed_kin_masc", ()),
            *sets.get("unnamed_kin_fem", ()),
        }
        sent = pronoun.sent
        start = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        for t in doc[start : pronoun.i]:
            if t.lower_ not in nouns and t.lemma_.lower() not in nouns:
                continue
            following = doc[t.i + 1] if t.i + 1 < len(doc) else None
            if following is not None and index.person_at(following) is not None:
                continue
            if gender and any(
                (p := index.person_at(x)) is not None and p.gender == gender for x in doc[t.i + 1 : pronoun.i]
            ):
                continue
            return True
        return False

    def _subject_goes_on(self, clause: Span, index: PersonIndex, verb, exclude: set[int]) -> Person | None:
        """«Сказал: „…“», «На разьвітаньне сказаў: „…“»: a past verb of speech with no subject
        goes on with the subject of the sentence before (its gender the verb's): that sentence
        opens with a name or «он»/«она» (Belarusian), or the parse's subject is one (Russian)."""
        doc = index.doc
        gender = self._past_gender(verb)
        sent = verb.sent
        if gender is None or sent.start == 0 or any(t.lower_ in ("я", "мы") for t in clause):
            return None
        before = doc[sent.start - 1].sent
        if self.lexicon.extra.get("linear"):
            words = [t for t in before if t.is_alpha]
            subjects = words[:1]
        else:
            subjects = [t for t in before if t.dep_.startswith("nsubj") and t.head.dep_ in ("ROOT", "conj")]
        for t in subjects:
            person = index.person_at(t)
            if (
                person is not None
                and person.gender in (gender, None)
                and id(person) not in exclude
                and not self._oblique_case(t, person)
            ):
                return person
            if t.lower_ in _NOMINATIVE_PRONOUNS and pronoun_gender(t, self.lexicon) == gender:
                return index.latest_before(t.i, gender, window_sents=5, exclude=exclude)
        return None

    def _past_gender(self, verb) -> str | None:
        """The gender of a singular past verb: the parse's (Russian), the ending's (Belarusian
        -ў/-ла, reflexive -ўся/-лася)."""
        if not self.lexicon.extra.get("linear"):
            if "Past" not in verb.morph.get("Tense") or "Sing" not in verb.morph.get("Number"):
                return None
            return morph_gender(verb)
        word = verb.lower_
        if word.endswith(("ла", "лася")):
            return "fem"
        if word.endswith(("ў", "ўся")):
            return "masc"
        return None

    # -- attribution -----------------------------------------------------------------------------

    def _speaker(self, doc: Doc, index: PersonIndex, start: int, end: int) -> Person | None:
        text = doc_text(doc)
        after = text[end : end + 3].lstrip(" ,.!?…")
        if after[:1] in _DASHES and self._dash_attribution(doc, end):
            span = self._pronoun_led(self._clause(doc, end, forward=True))
            # where the case is read off the form (Belarusian), «— гаворыцца ў звароце X» is no
            # attribution to X; the Russian tagger's case of a bare surname is too often wrong
            linear = bool(self.lexicon.extra.get("linear"))
            # («— цитирует его слова сотрудница X»: the owner of the words, not who relays them)
            person = None if linear else self._words_owner(span, index, start)
            person = person or self._speaker_in(span, index, start, nominative=linear)
            if person is None and _speech_punctuation(text, end):
                # «…», — перакананы X / — працягвае X / — уверена X: a comma (or ! ? …) between
                # the closing mark and the dash makes the words after it an attribution, with
                # or without a verb of speech; the speaker is then a name in the nominative
                person = self._speaker_in(span, index, start, need_verb=False, nominative=True)
            if person is None and linear:
                person = self._words_owner(span, index, start)
            if person is not None:
                return person
        signed = _SIGNED.match(text, end)
        if signed:
            # «…», — гаворыцца ў адказе, які падпісаў намеснік начальніка X: a written answer is
            # the words of whoever signed it
            span = doc.char_span(signed.end(), signed.end() + 80, alignment_mode="contract")
            if span is None:
                span = doc.char_span(signed.end(), len(text), alignment_mode="contract")
            if span is not None:
                span = span[
                    : next((k for k, t in enumerate(span) if t.text in (".", ";", "«", '"')), len(span))
                ]
                # («— гаворыцца ў адказе за подпісам намесьніка X-а»: the signer's name in the genitive)
                nominative = signed.group("under") is None
                person = self._speaker_in(span, index, start, need_verb=False, nominative=nominative)
                if person is not None:
                    return person
        inner = doc.char_span(start, end, alignment_mode="expand")
        if inner is not None:
            for m in re.finditer(r"[,.!?…]\s*(?:[—–]|(?<=\s)-)\s", text[start:end]):
                part = doc.char_span(start + m.end(), end, alignment_mode="expand")
                if part is None or _speech_resumed(text[start:end], m):
                    continue
                clause = self._pronoun_led(_to_stop(part))
                person = self._speaker_in(clause, index, start)
                resumed = re.search(r"[.,]\s*[—–]\s", text[start + m.end() : end]) is not None
                if person is None and m.group()[0] != "." and resumed and _author_words(clause):
                    # «…, — смяецца Юлія. — …», «…? — пожимает он плечами. — …»: after a comma
                    # (or ! ? …) and a dash, words in lower case are the author's, a verb of
                    # speech or a gesture; the speaker is then in the nominative
                    person = self._speaker_in(clause, index, start, need_verb=False, nominative=True)
                    # («…, — возмутился защитник. — …»: the author's words name a role, whose one
                    # holder the article introduced — «Его адвокат X сообщил …» — speaks)
                    person = person or self._by_role(clause, index, start)
                if person is not None:
                    return person
        before = text[max(0, start - 3) : start].rstrip()
        if before.endswith(","):
            # «По словам Светланы Гончаровой, «…»», «Паводле слоў X, «…»»: named before the
            # words, whatever the sentence after them points back at
            span = self._clause(doc, start, forward=False)
            if self._according(span):
                # («Жуков, по словам Сомова, «…»»: the name after «по словам», not the subject before)
                person = self._speaker_in(self._according_tail(span), index, start, need_verb=False)
                if person is not None:
                    return person
        if self._letter_before(doc, start):
            span = self._clause(doc, start, forward=False)
            # («В открытке, которую Дарья показала нам, Роман пишет: «…»»: the letter is shown in
            # a relative clause; the verb of writing has its own named subject, the writer)
            writer = self._speaking_subject(span, index, start)
            named = [p for t in writer if (p := index.person_at(t)) is not None] if writer is not None else []
            if named:
                return named[0]
            return self._said_after(doc, index, start, end) or self._letter_writer(span, index, start)
        if before.endswith(":") and not bool(self.lexicon.extra.get("linear")):
            span = self._clause(doc, start, forward=False)
            own = self._speaking_noun_clause(span, index)
            if own is not None and any(
                index.person_at(t) or pronoun_gender(t, self.lexicon) for t in span[: own.start - span.start]
            ):
                # «X не думает уезжать, хотя друзья советуют: «…»»: the friends speak, not X (nor «он»)
                person = self._speaker_in(own, index, start, need_verb=False)
                return person or self._dropped_subject(own, index)
            if not any(index.person_at(t) for t in span) and any(
                t.dep_ == "nsubj" and t.pos_ == "NOUN" and self.lexicon.word_in(t.head, "speech")
                for t in span
            ):
                # «Губернатор … ответил коротко: «…». Так он прокомментировал …, сказал пресс-секретарь
                # X»: the subject before the colon speaks (a role told of a name before, or no one
                # named), not a named aide who only relays the words after them
                return self._speaker_in(span, index, start, need_verb=False) or self._dropped_subject(
                    span, index
                )
        person = self._said_after(doc, index, start, end)
        if person is not None:
            return person
        if re.search(r"\b(что|што)\s*$", text[max(0, start - 8) : start]):
            # «X заявила, что «задержание проведено по закону»»: reported speech with its words
            # in marks, as English 'said that "…"' (GUIDELINES: indirect speech is no quote)
            return None
        if before.endswith(":"):
            span = self._clause(doc, start, forward=False)
            if self._indefinite_speakers(span, index):
                return None
            voice = self._possessed_voice(span, index, start)
            if voice is not None:
                return voice
            if self._role_label(doc, span, index):
                # «Судья: «…»»: the one the article calls the judge
                return self._by_role(span, index, start, label=True)
            return self._speaker_in(span, index, start, need_verb=False) or self._dropped_subject(span, index)
        if before.endswith(","):
            # «По словам Светланы Гончаровой, «…»», «Паводле слоў X, «…»»
            span = self._clause(doc, start, forward=False)
            if self._according(span):
                tail = self._according_tail(span)
                # («Паводле ягоных словаў, «…»»: the possessive's person, named before)
                return self._speaker_in(tail, index, start, need_verb=False) or self._voiced_according(
                    tail, index
                )
            if span and span[0].lower_ in self.lexicon.sets.get("as_said", ()):
                return self._speaker_in(span, index, start)  # «Как заявил X, «…»», «Як паведаміла X, «…»»
        return None

    def _letter_before(self, doc: Doc, start: int) -> bool:
        """The words in marks at `start` follow a colon after a clause that shows or reads out a
        letter (`_shown_letter`)."""
        if not doc_text(doc)[max(0, start - 3) : start].rstrip().endswith(":"):
            return False
        return self._shown_letter(self._clause(doc, start, forward=False))

    def _shown_letter(self, clause: Span) -> bool:
        """«Одно из них она показывает «Зеркалу»: «…»», «Адзін з іх Вольга дастае з папкі і чытае
        ўголас: «…»», «Апошні, які Анжаліка нам паказвае, датаваны лістападам: «…»»: a clause
        before a colon whose verb shows, reads out or takes out something (`letter_reading_verbs`)
        while a letter (`letter_nouns`) is named in it or in the two sentences before introduces
        the letter's words, which are its writer's, not those of the one who holds it (GUIDELINES:
        written statements are quotes of whoever wrote them)."""
        if not clause or not any(self.lexicon.word_in(t, "letter_reading_verbs") for t in clause):
            return False
        doc = clause.doc
        back = sentences_back(doc[clause.start].sent, 2)
        return any(self.lexicon.word_in(t, "letter_nouns") for t in doc[back : clause.end])

    def _letter_writer(self, clause: Span, index: PersonIndex, start: int) -> Person | None:
        """The writer of a letter someone shows or reads out (`_shown_letter`): the person named
        last before the clause, in it or in the four sentences before, other than the one who
        shows it (named, or a «она»/«яна» that stands for the one named last of that gender) —
        family stories name the prisoner who writes, then the relative who keeps the letters.
        None when nobody else is named there."""
        exclude = set()
        holder = self._speaker_in(clause, index, start, need_verb=False)
        if holder is not None:
            exclude.add(id(holder))
        for t in clause:
            if t.lower_ in _PRONOUN_GENDER:
                pointed = index.latest_before(t.i, _PRONOUN_GENDER[t.lower_])
                if pointed is not None:
                    exclude.add(id(pointed))
        last = clause.end - 1
        return index.latest_before(last, None, window_sents=4, exclude=exclude)

    def _role_label(self, doc: Doc, span: Span, index: PersonIndex) -> bool:
        """«Судья: «…»», «Пракурор: «…»»: a transcript turn labelled by a role noun alone (an
        adjective before it at most) at the start of a line, with no verb and no name; the
        interviewer's labels (`turn_roles`: «Корреспондент:», «Вопрос:») name no one."""
        words = [t for t in span if not t.is_punct]
        if not words or len(words) > 2 or span.start != words[0].i:
            return False
        text = doc_text(doc)
        if text[: span[0].idx].rstrip(" \t—–-")[-1:] not in ("", "\n"):
            return False
        lex, roles = self.lexicon, self._label_roles
        last = words[-1]
        return (
            not any(index.person_at(t) is not None for t in words)
            and not any(lex.word_in(t, "speech") or t.lower_ in lex.sets.get("turn_roles", ()) for t in words)
            and (last.lemma_.lower() in roles or last.lower_ in roles)
        )

    def _namesake_of_verb(self, doc: Doc, index: PersonIndex, speaker: Person, end: int) -> Person | None:
        """«…», — сказала Орехова: a bare surname that two relatives share (brother Виталий
        Орехов, sister Людмила Орехова; «Орехова» is also his genitive) is the one whose gender
        the verb of speech in the attribution agrees with."""
        text = doc_text(doc)
        if text[end : end + 4].lstrip(" ,.!?…")[:1] not in _DASHES or self.lexicon.extra.get("linear"):
            return None
        verbs = [t for t in self._clause(doc, end, forward=True)[:6] if self.lexicon.word_in(t, "speech")]
        gender = morph_gender(verbs[0]) if verbs and "Sing" in verbs[0].morph.get("Number") else None
        if gender is None or _surname_gender(speaker) in (gender, None) or len(speaker.tokens) < 2:
            return None
        return _one_of_family(index, speaker, gender)

    def _dash_attribution(self, doc: Doc, end: int) -> bool:
        """«…», — сказал X: with a comma (or ! ? … inside) before the dash, or a verb of speech
        among the first words after it; «в участии в «Хизб ут-Тахрир» — организации, которую
        признали …» is a name and its apposition (Russian: Belarusian keeps every dash)."""
        if self.lexicon.extra.get("linear") or _speech_punctuation(doc_text(doc), end):
            return True
        span = self._clause(doc, end, forward=True)
        words = [t for t in span if t.is_alpha][:3]
        return any(self.lexicon.word_in(t, "speech") for t in words)

    def _pronoun_led(self, span: Span) -> Span:
        """«…, — сказал он, обращаясь к судье X», «— сказаў ён, зьвяртаючыся да судзьдзі X»: an
        attribution that opens with a verb of speech and its nominative pronoun (either order)
        has its speaker there; the words after the next comma (a converb, «по словам» of a
        source, «после чего …») add whom the words were put to, never who spoke them."""
        at = next((k for k, t in enumerate(span) if t.is_alpha), len(span))  # past «, —»
        if len(span) < at + 3 or span[at + 2].text != ",":
            return span
        first, second = span[at], span[at + 1]
        if (first.lower_ in _NOMINATIVE_PRONOUNS and self.lexicon.word_in(second, "speech")) or (
            second.lower_ in _NOMINATIVE_PRONOUNS and self.lexicon.word_in(first, "speech")
        ):
            return span[: at + 2]
        return span

    def _dropped_subject(self, span: Span, index: PersonIndex) -> Person | None:
        """«Вышел на свободу блогер X. … Первым делом записал видео: «…»»: a colon line whose
        past verb has no subject and names no one goes on with the latest person of the verb's
        gender in the two sentences before (same paragraph)."""
        if self.lexicon.extra.get("linear") or not span or "\n" in span.text:
            return None
        verbs = [
            t
            for t in span
            if t.pos_ == "VERB"
            and "Fin" in t.morph.get("VerbForm")
            and "Sing" in t.morph.get("Number")
            and t.morph.get("Gender")
        ]
        if len(verbs) != 1 or any(c.dep_.startswith("nsubj") for c in verbs[0].children):
            return None
        if any(index.person_at(t) is not None or pronoun_gender(t, self.lexicon) for t in span):
            return None
        gender = morph_gender(verbs[0])
        if gender is None:
            return None
        return index.latest_in_paragraph(span.start, gender, window_sents=2)

    def _predicate_fragment(self, doc: Doc, start: int, end: int) -> bool:
        """«Оба, по словам X, «давно дома, но без права выезда»»: words in marks after an «по
        словам X,» set inside a clause whose subject stands before it, with no finite verb of
        their own, finish that clause: a fragment, no quote (GUIDELINES). Only with a parse."""
        if self.lexicon.extra.get("linear") or not doc_text(doc)[:start].rstrip().endswith(","):
            return False
        span = self._clause(doc, start, forward=False)
        tail = self._according_tail(span)
        if not self._according(span) or not any(t.is_alpha for t in span[: tail.start - span.start]):
            return False
        inner = doc.char_span(start, end, alignment_mode="contract")
        if inner is None:
            return False
        words = [t for t in inner if t.is_alpha]
        if words and "Fin" in words[0].morph.get("VerbForm") and "3" in words[0].morph.get("Person"):
            return True  # «…, по его словам, «ищет работу, где …»»: the clause's own third-person verb
        finite = [t for t in inner if t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm")]
        if not finite:
            return True
        return _past_without_subject(finite[0], inner)

    def _words_owner(self, span: Span, index: PersonIndex, start: int) -> Person | None:
        """«…», — паводле словаў X / — перадае яго словы адзін з прысутных / — цытуе словы X
        адвакат / — цитирует его слова сотрудница …: the owner of «the words» opening the
        attribution spoke them, not whoever relays them (a name after the noun, or «яго»/«его»
        before it for the last one named); not after a speaker of its own («— сказал он,
        повторив слова X»)."""
        lex = self.lexicon
        words = [t for t in span if t.is_alpha][:4]
        at = next((k for k, t in enumerate(words) if t.lower_ in lex.sets.get("words_of_speech", ())), None)
        if at is None and words and not lex.extra.get("linear"):
            return self._cited_pronoun(words, index, start)
        if at is None or any(t.lower_ in _NOMINATIVE_PRONOUNS for t in words[:at]):
            return None
        word = words[at]
        doc = span.doc
        after = doc[word.i + 1] if word.i + 1 < len(doc) else None
        if after is not None and (person := index.person_at(after)) is not None:
            return person
        before = doc[word.i - 1]
        if before.lower_ not in lex.sets.get("possessive_third", ()):
            return None if lex.extra.get("linear") else self._owner_after_roles(span, word.i, index)
        gender = pronoun_gender(before, lex)
        return index.latest_before(_token_at(doc, start), gender) if gender else None

    def _owner_after_roles(self, span: Span, word: int, index: PersonIndex) -> Person | None:
        """«— приводит агентство слова секретаря комиссии по вопросам помилования X»: the owner
        of «the words» named after a chain of genitive role words (a title, its body); the chain
        ends at a word in another case, a verb or a stop — «слова X сотрудница Y» is still X's."""
        doc = span.doc
        for t in doc[word + 1 : min(span.end, word + 10)]:
            if (person := index.person_at(t)) is not None:
                return person
            if not t.is_alpha or t.pos_ not in ("NOUN", "ADJ", "ADP", "PROPN"):
                return None
            if t.pos_ != "ADP" and "Gen" not in t.morph.get("Case") and "Dat" not in t.morph.get("Case"):
                return None
        return None

    def _cited_pronoun(self, words: list[Token], index: PersonIndex, start: int) -> Person | None:
        """«…», — цитирует его агентство X: the pronoun object of a verb of citing is whose words
        they are (the last one named of its gender), not the outlet that cites them; «цитирует
        его жена» (his wife, the pronoun a possessive) is left to the other readings."""
        verb, pronoun = words[0], words[1] if len(words) > 1 else None
        if pronoun is None or verb.lemma_.lower() not in ("цитировать", "процитировать"):
            return None
        if pronoun.lower_ not in self.lexicon.sets.get("possessive_third", ()) or pronoun.dep_ != "obj":
            return None
        gender = pronoun_gender(pronoun, self.lexicon)
        return index.latest_before(_token_at(pronoun.doc, start), gender) if gender else None

    def _indefinite_speakers(self, span: Span, index: PersonIndex) -> bool:
        """«Калі я пытаюся, мне адказваюць: «…»», «Ей ответили: «…»»: the verb of speech nearest
        the colon in the third person plural with no subject and no name in its clause speaks
        for unnamed people (an office, «they»), not for whom a pronoun there points at."""
        verbs = [t for t in span if self.lexicon.word_in(t, "speech")]
        if not verbs or any(index.person_at(t) is not None for t in span):
            return False
        verb = verbs[-1]
        if self.lexicon.extra.get("linear"):
            return verb.lower_.endswith(_PLURAL_VERB_ENDINGS)
        return (
            "Plur" in verb.morph.get("Number")
            and "1" not in verb.morph.get("Person")
            and not any(c.dep_.startswith("nsubj") for c in verb.children)
        )

    def _possessed_voice(self, span: Span, index: PersonIndex, start: int) -> Person | None:
        """«Её голос дрожал: «…»», «Яго адказ быў кароткі: «…»»: a voice or answer owned by a
        third-person pronoun opening the clause before the colon is the words of the last person
        of the pronoun's gender (no name in the clause)."""
        lex = self.lexicon
        words = [t for t in span if t.is_alpha]
        if len(words) < 2:
            return None
        own, noun = words[0], words[1]
        if own.lower_ not in lex.sets.get("possessive_third", ()) or not lex.word_in(noun, "voice_nouns"):
            return None
        gender = pronoun_gender(own, lex)
        if not gender or any((p := index.person_at(t)) is not None and p.gender == gender for t in span):
            return None  # («Его речь Ольга записала:»: a relayer of the other gender does not speak)
        return index.latest_before(_token_at(span.doc, start), gender)

    def _according_tail(self, span: Span) -> Span:
        """The clause from its last phrase of «according to» on («по её словам X», «паводле X»):
        the words before the word of `according` back to a stop belong to it."""
        words = self.lexicon.sets.get("according", ())
        at = next((k for k in range(len(span) - 1, -1, -1) if span[k].lower_ in words), 0)
        while (
            at > 0
            and span[at - 1].is_alpha
            and (span[at - 1].is_lower or span[at - 1].pos_ in ("ADP", "DET"))
        ):
            at -= 1  # («По её словам»: a capital opening the sentence)
        return span[at:]

    def _according(self, span: Span) -> bool:
        """«По словам Светланы Гончаровой, «…»»: the words in marks follow the «по словам X»
        phrase itself; a clause of its own between them («По её словам, в редакции осталось
        двое, «и оба боятся …»») makes the words in marks a fragment of that clause."""
        words = self.lexicon.sets.get("according", ())
        at = next((k for k in range(len(span) - 1, -1, -1) if span[k].lower_ in words), None)
        return at is not None and not any(t.pos_ in ("VERB", "AUX") for t in span[at + 1 :])

    def _said_after(self, doc: Doc, index: PersonIndex, start: int, end: int) -> Person | None:
        """«…». Так пракаментавала прысуд X. / «…». Об этом рассказал X: a sentence after the
        quote that opens with a word pointing back at it names the speaker."""
        text = doc_text(doc)
        m = re.match(r"\s*\.?\s+", text[end : end + 6])
        if m is None or not (text[end - 2 : end - 1] in ".!?…" or "." in m.group()):
            return None
        span = self._clause(doc, end + m.end(), forward=True)
        opening = [t.lower_ for t in span[:2]]
        if not opening or not (
            opening[0] in self.lexicon.sets["said_back"]
            or " ".join(opening) in self.lexicon.sets["said_back"]
        ):
            return None
        return self._speaker_in(span, index, start, need_verb=False, nominative=True)

    def _exclaimed(self, doc: Doc, inner: str, start: int, end: int) -> bool:
        """«Валиев крикнул: «Держитесь!»»: one word with its own «!» after a verb of speech and a
        colon is an utterance (an imperative, a cry), not a scare-quoted term."""
        return (
            inner.endswith("!")
            and inner[:1].isupper()
            and doc_text(doc)[max(0, start - 3) : start].rstrip().endswith(":")
            and self._said(doc, start, end)
        )

    def _said(self, doc: Doc, start: int, end: int) -> bool:
        """A verb of speech in the attribution before a colon or after a dash."""
        text = doc_text(doc)
        if text[max(0, start - 3) : start].rstrip().endswith(":"):
            span = self._clause(doc, start, forward=False)
        elif text[end : end + 3].lstrip(" ,.!?…")[:1] in _DASHES:
            span = self._clause(doc, end, forward=True)
        else:
            return False
        return any(self.lexicon.word_in(t, "speech") for t in span)

    def _clause(self, doc: Doc, at: int, *, forward: bool) -> Span:
        token = doc.char_span(at, at + 1, alignment_mode="expand") if forward else None
        if forward:
            i = token.start if token is not None else len(doc)
            j = i
            while (
                j < len(doc)
                and (doc[j].text not in (".", "!", "?", "\n") or _inner_dot(doc, j))
                and "\n" not in doc[j].text
            ):
                if doc[j].text == '"':
                    # a quoted title inside the attribution («правозащитник "Вясны" Павел Левчук»)
                    close = next((k for k in range(j + 1, min(len(doc), j + 5)) if doc[k].text == '"'), None)
                    if close is None:
                        break
                    j = close
                j += 1
            return doc[i:j]
        tok = doc.char_span(max(0, at - 1), at, alignment_mode="expand")
        j = tok.start if tok is not None else 0
        i = j
        while i > 0 and doc[i - 1].text not in (".", "!", "?") and "\n" not in doc[i - 1].text:
            if doc[i - 1].text == '"':
                # a quoted title in the attribution («рассказала "Медиазоне": …») is skipped
                opening = next((k for k in range(i - 2, max(-1, i - 7), -1) if doc[k].text == '"'), None)
                if opening is None:
                    break
                i = opening
                continue
            i -= 1
        return doc[i:j]

    def _speaker_in(
        self,
        span: Span,
        index: PersonIndex,
        quote_start: int,
        need_verb: bool = True,
        *,
        nominative: bool = False,
    ) -> Person | None:
        lex = self.lexicon
        has_verb = any(t.lemma_.lower() in lex.sets["speech"] for t in span)
        if need_verb and not has_verb:
            return None
        if (
            self._institutional(span, index)
            or self._anonymous(span, index)
            or self._unnamed_on_request(span)
            or self._family_speaks(span, index)
        ):
            return None
        named = [
            (t, index.person_at(t))
            for t in span
            if index.person_at(t) is not None
            and (t.i == 0 or index.person_at(t.doc[t.i - 1]) is not index.person_at(t))
        ]
        # (Belarusian, no parse) «Пракурору X яна сказала: «…»»: beside a subject pronoun, a name
        # in an oblique case is whom the words were put to or were about, not their speaker
        pronoun_subject = bool(lex.extra.get("linear")) and any(
            t.lower_ in _NOMINATIVE_PRONOUNS for t in span
        )
        if nominative or pronoun_subject:
            # «— гаворыцца ў прысудзе Ігару Лосіку»: a name in an oblique case is not who speaks
            named = [(t, p) for t, p in named if not self._oblique_case(t, p)]
        named = [(t, p) for t, p in named if not self._addressee(t)]
        subject = self._speaking_subject(span, index, quote_start)
        if subject is not None:
            named = [(t, p) for t, p in named if subject.start <= t.i < subject.end]
        titled = self._titled_subject(named)
        if titled is not None:
            return titled
        clients: set[int] = set()
        owned_by = None  # the kin noun before a skipped owner's name
        for t, person in named:
            # «сказал адвокат Ковалевской Олег Румянцев»: the speaker is not the name after a
            # relation noun when another name follows
            prev = span.doc[t.i - 1] if t.i > 0 else None
            possessed = prev is not None and index.person_at(prev) is None and lex.word_in(prev, "possessors")
            if (
                prev is not None
                and prev.lower_ in ("и", ",")
                and t.i > 1
                and id(index.person_at(span.doc[t.i - 2])) in clients
                and person is not named[-1][1]
            ):
                clients.add(id(person))
                continue  # «адвокат Ковалевской и Орлова Олег Румянцев»: a second client, not the speaker
            if possessed and person is not named[-1][1]:
                clients.add(id(person))
            linear = bool(lex.extra.get("linear"))
            if (
                possessed
                and len(person.tokens) > 1  # a first name alone after a kin noun is the relative herself
                and (
                    _oblique(t, person)
                    if linear
                    # (the parse may hang the genitive elsewhere: «знакомая Сомова», «приятель
                    # Олега X»: then the surname is not as the nominative writes it; not after a
                    # profession, whose own name follows it: «адвокат Эмине X, которой …»)
                    else (t.dep_ == "nmod" and t.head.i == prev.i)
                    or (
                        prev.lemma_.lower() not in lex.words.get("role_synonyms", {})
                        and _oblique(_mention_last(t, person, index), person)
                    )
                )
            ):
                owned_by = prev
                continue  # «говорит сестра Игоря Баранова Елена»: the sister speaks, not Игорь
            if not possessed or all(p is person for _, p in named):
                return person
            if (
                not linear
                and t.dep_ == "appos"
                and t.head.i == prev.i
                and t.i + 1 < len(span.doc)
                and index.person_at(span.doc[t.i + 1]) is person  # a full name, not «жена Аметова»
            ):
                return person  # «адвокат Пётр Ланской, защищавший X»: the role noun's own name
        if named:
            if owned_by is not None and len(named) == 1:
                # «— кажа сястра Уладзіслава»: the sister the article tells of with her brother
                return self._inverse_kin({owned_by.lemma_.lower(), owned_by.lower_}, span, index)
            return None
        for t in sorted(span, key=lambda t: not self._speaking_pronoun(t)):
            gender = pronoun_gender(t, lex)
            if nominative and t.lower_ not in _NOMINATIVE_PRONOUNS:
                continue  # «прызналі яго палітвязнем: …»: an object pronoun does not speak
            following = span.doc[t.i + 1] if t.i + 1 < len(span.doc) else None
            if (
                t.lower_ in _POSSESSIVE
                and following is not None
                and (lex.word_in(following, "possessors") or lex.word_in(following, "relation_forms"))
            ):
                # «— кажа яго жонка»: the wife speaks, not the man «яго» refers to
                return self._inverse_kin({following.lemma_.lower(), following.lower_}, span, index)
            if (
                t.lower_ in _POSSESSIVE
                and lex.extra.get("linear")
                and following is not None
                and following.is_alpha
                and following.is_lower
                and not lex.word_in(following, "speech_nouns")
                and not lex.word_in(following, "letter_nouns")
            ):
                # (Belarusian, no parse) «— Мне патэлефанаваў яго напарнік і сказаў: «…»»: a
                # possessive before a noun names whose colleague, lawyer or cell-mate speaks, not
                # the speaker; before the words themselves («яго словы», «яго ліст») it is the speaker
                continue
            if (
                gender
                and not lex.extra.get("linear")
                and t.lower_ not in _NOMINATIVE_PRONOUNS
                and not any(
                    x.lower_ in lex.sets.get("according", ()) for x in span.doc[max(0, t.i - 1) : t.i + 2]
                )
            ):
                continue  # «Судья спросил его: «…»»: whom the words were put to does not speak them
            if gender:
                at = t.i if t.idx < quote_start else _token_at(span.doc, quote_start)
                linear = bool(lex.extra.get("linear"))
                if t.idx < quote_start and self._kin_before(index, t, gender):
                    return None  # «… позвонила маме. Она сказала: «…»»: the unnamed mother speaks
                kin = self._kin_subject_before(index, t, gender, quote_start)
                if kin is not None:
                    return kin[0]  # «Жонка палітвязня X паведаміла …. «…», — напісала яна»
                if not linear and t.idx > quote_start:
                    noun = self._unnamed_subject(index, at, gender)
                    if noun is not None:
                        return self._one_holder(index, noun, quote_start)
                if linear and (defendant := self._last_word_speaker(span, index, at, gender)) is not None:
                    return defendant
                subject = (
                    self._last_nominative(index, at, gender)
                    if linear
                    else self._last_speaker(index, at, gender)
                )
                found = self._outside_quotes(index, at, gender, subject or index.latest_before(at, gender))
                if found is not None and not linear:
                    found = self._present_instead(index, found, at, gender) or found
                if found is None and (linear or t.idx > quote_start):
                    # «…, — узгадвае X. — …» and a paragraph of reported words, then «…», — кажа
                    # ён: the sentences inside the earlier quote count in the window too (in
                    # Russian, for a pronoun attribution after the quote: «…», — добавил он)
                    found = index.latest_before(at, gender, window_sents=6)
                if found is not None and _entry_between(index, found, at):
                    return None  # a live blog's earlier entry: its people are not this entry's «ён»
                return found
        return self._by_role(span, index, quote_start) if need_verb or has_verb else None

    def _present_instead(self, index: PersonIndex, person: Person, at: int, gender: str) -> Person | None:
        """«Алесь уехал в Вильнюс. Его брат Николай умер в СИЗО. «…», — сказал он»: a pronoun
        speaker that lands on someone the sentence before tells dead or held (no voice in the
        room) speaks for the one that sentence tells them in relation to («его брат»), when of
        the pronoun's gender; None when there is no such one."""
        doc = index.doc
        last = max((a for a, _ in person.mentions if a < at), default=None)
        if last is None or last < 2 or not doc[last - 1].is_alpha:
            return None
        told = doc[last].sent
        if told.end > at or sentences_back(doc[at].sent, 2) > told.start:
            return None  # (the sentence before the quote's, or the one before that)
        if any((p := index.person_at(t)) is not None and p is not person for t in doc[told.end : at]):
            return None
        lex = self.lexicon
        if not self._told_absent(told):
            return None
        own = doc[last - 2]
        if own.lower_ not in _POSSESSIVE or pronoun_gender(own, lex) != gender:
            return None  # «Его брат X …»: the one the relation noun is told of
        other = index.latest_before(own.i, gender, exclude={id(person)})
        return other if other is not None and _surname_gender(other) in (None, gender) else None

    def _told_absent(self, sent: Span) -> bool:
        """`sent` tells someone dead or held («умер в СИЗО», «остаётся в колонии»), not freed:
        no voice in the room."""
        lex = self.lexicon
        lemmas = {t.lemma_.lower() for t in sent}
        dead = lemmas & lex.sets.get("absent_verbs", set())
        held = lemmas & lex.sets.get("absent_stay_verbs", set()) and lemmas & lex.sets.get(
            "absent_places", set()
        )
        return bool(dead or held) and not lemmas & lex.sets.get("absent_freed", set())

    def _speaking_pronoun(self, t) -> bool:
        """(Russian, off the parse) «В письме, которое она получила, он написал:»: the pronoun that
        is the subject of the verb of speech is looked at first, before one in a relative clause."""
        return (
            not self.lexicon.extra.get("linear")
            and t.dep_ == "nsubj"
            and t.pos_ == "PRON"
            and self.lexicon.word_in(t.head, "speech")
        )

    def _last_word_speaker(self, span: Span, index: PersonIndex, at: int, gender: str) -> Person | None:
        """(Belarusian) «Пракурор X запытаў для Y 12 гадоў. У апошнім слове ён заявіў: «…»»: the
        last word in court is the defendant's, so a pronoun there passes over the judge and the
        prosecutor (a name right after a word of `agent_roles`)."""
        lex = self.lexicon
        if not any(t.lower_ in lex.sets.get("last_word", ()) for t in span):
            return None
        doc = span.doc
        agents = {
            id(p)
            for p in index.persons
            if any(a > 0 and lex.word_in(doc[a - 1], "agent_roles") for a, _ in p.mentions)
        }
        if not agents:
            return None
        return index.latest_before(at, gender, exclude=agents)

    def _outside_quotes(
        self, index: PersonIndex, at: int, gender: str, found: Person | None
    ) -> Person | None:
        """«Станіслаў … пра сябра гаворыць: «Ягор у калоніі … Ён вучыў мяне …». … «…», — дадае
        ён»: a pronoun speaker is not a person named in the nominative only inside the words of
        an earlier quote (whom a speaker talks about; outside them at most in an oblique case)
        but the latest one of its gender named outside quote marks; `found` when it is named in
        the nominative outside them or no one else is near."""
        if found is None:
            return None
        doc = index.doc
        pairs = quote_pairs(doc_text(doc))
        limit = sentences_back(doc[at].sent, 3)
        quoted: set[int] = set()
        for person in index.persons:
            near = [a for a, _ in person.mentions if limit <= a < at]
            inside = [a for a in near if any(s < doc[a].idx < e for s, e in pairs)]
            if inside and all(a in inside or self._oblique_case(doc[a], person) for a in near):
                quoted.add(id(person))
        if id(found) not in quoted:
            return found
        return index.latest_before(at, gender, exclude=quoted) or found

    def _kin_before(self, index: PersonIndex, pronoun, gender: str) -> bool:
        """A pronoun opening its sentence right after a sentence (same paragraph) that ends on an
        unnamed kin noun of its gender («… позвонила маме. Она сказала:») refers to that relative,
        not to a person named further back."""
        doc = index.doc
        sent = pronoun.sent
        if sent.start == 0 or pronoun.i - sent.start > 1:
            return False
        before = doc[sent.start - 1].sent
        if "\n" in doc[before.start : sent.start].text.strip():
            return False
        kin = self.lexicon.sets.get(f"unnamed_kin_{gender}", set())
        words = [t for t in before if t.is_alpha]
        last = words[-1] if words else None
        return (
            last is not None
            and index.person_at(last) is None
            and (last.lower_ in kin or last.lemma_.lower() in kin)
        )

    def _kin_subject_before(
        self, index: PersonIndex, pronoun, gender: str, quote_start: int
    ) -> tuple[Person | None] | None:
        """«Маці хлопца Ірына X гэта абвергла. «…», — сказала яна», «Жена политзаключённого X
        сообщила …. «…», — написала она»: a speaker's pronoun that opens its sentence (or follows
        the quote that opens it) right after a sentence opening with a kin noun of its gender
        goes on with that relative, not with a person named further back: the name set beside
        the noun in the nominative («Маці Фёдара, Людміла X,»), else the relative the article
        tells of otherwise (`_relative_of`), else nobody (`(None,)`). None when the sentence
        before opens with no such noun."""
        doc = index.doc
        at = pronoun.i if pronoun.idx < quote_start else _token_at(doc, quote_start)
        sent = doc[at].sent
        if pronoun.idx < quote_start:
            words = [x for x in sent if x.is_alpha]
            if not words or words[0].i != pronoun.i:
                return None  # («Потом яна сказала:» goes on from elsewhere)
        elif at - sent.start > 1:
            return None  # the quote does not open its sentence
        if sent.start == 0:
            return None
        before = doc[sent.start - 1].sent  # (the last one of the paragraph before, too)
        noun = self._opening_kin(before, gender)
        if noun is None or self._told_absent(before):
            return None  # («Его брат X умер в СИЗО. «…», — сказал он»: not the dead brother)
        owner = None
        for x in doc[noun.i + 1 : min(noun.i + 7, before.end)]:
            if x.text in ("—", "–", ":", ".", "(", "«", '"'):
                break
            person = index.person_at(x)
            if person is None:
                continue
            if not self._oblique_case(x, person) and not _oblique(x, person):
                return (self._named_next(index, x, person, before.end),)  # «Маці хлопца Ірына X»
            owner = owner or person
        if owner is None and noun.i > before.start and doc[noun.i - 1].lower_ in _POSSESSIVE:
            owner = index.latest_before(noun.i - 1, pronoun_gender(doc[noun.i - 1], self.lexicon) or None)
        return (self._relative_of(index, noun, owner, gender, quote_start),)

    def _named_next(self, index: PersonIndex, x, person: Person, end: int) -> Person:
        """`person`, named at `x` after a kin noun, unless another name follows it straight on:
        then `person` (an indeclinable surname the case does not show) is whose relative it is
        and the next name the relative's own («Муж Мамедли Эльнур Сафаров», «Мать Сабы X Манана
        Y»)."""
        doc = index.doc
        k = x.i
        while k + 1 < end and index.person_at(doc[k + 1]) is person:
            k += 1
        nxt = doc[k + 1] if k + 1 < end else None
        after = index.person_at(nxt) if nxt is not None else None
        if after is not None and not self._oblique_case(nxt, after) and not _oblique(nxt, after):
            return after
        return person

    def _opening_kin(self, sent: Span, gender: str):
        """The kin noun of `gender` (`kin_inverse`: «жонка», «маці», «сын», «брат») in the
        nominative that opens `sent` («Жонка палітвязня …», «Яго маці …»), or None."""
        table = self.lexicon.words.get("kin_inverse", {})
        words = [x for x in sent if x.is_alpha][:2]
        if len(words) == 2 and words[0].lower_ in _POSSESSIVE:
            words = words[1:]
        if not words:
            return None
        noun = words[0]
        kin = table.get(noun.lower_)
        return noun if kin is not None and kin["gender"] == gender else None

    def _relative_of(
        self, index: PersonIndex, noun, owner: Person | None, gender: str, quote_start: int
    ) -> Person | None:
        """The relative an unnamed kin noun («жонка палітвязня X», «яго маці») stands for: the one
        person named right after the same noun before the quote («… яго маці Тамара X»), else
        the one told of with the inverse noun («Y … мужа»), else the one person of `gender`
        bearing the surname of the one whose relative it is (`owner`); None for none or several."""
        doc = index.doc
        found: dict[int, Person] = {}
        for person in index.persons:
            for start, _end in person.mentions:
                if start < 1 or start == noun.i + 1 or doc[start].idx >= quote_start:
                    continue
                if doc[start - 1].lower_ == noun.lower_ and not self._oblique_case(doc[start], person):
                    found[id(person)] = person
        if len(found) == 1:
            return next(iter(found.values()))
        if found:
            return None
        kin = self._inverse_kin({noun.lower_}, doc[noun.i : noun.i + 1], index)
        if kin is not None or owner is None or len(owner.tokens) < 2:
            return kin
        return _one_of_family(index, owner, gender)

    def _unnamed_subject(self, index: PersonIndex, at: int, gender: str):
        """«Назначенный «губернатор» прокомментировал приговор. «…», — сказал он»: the sentence
        right before the quote (same paragraph) has a role noun of the pronoun's gender, with no
        name beside it, as the subject of its main verb: the pronoun goes on with that noun, not
        with a person named further back. The noun token, or None."""
        doc = index.doc
        sent = doc[at].sent
        if sent.start == 0 or doc[at].i - sent.start > 1:
            return None
        before = doc[sent.start - 1].sent
        if "\n" in doc[before.start : sent.start].text.strip():
            return None
        # the subjects of the main clause and of the clauses joined to it: the last of them goes
        # on in the next sentence's pronoun («X может …, но адвокат считает …. «…», — добавил
        # он»: the lawyer; «Адвокат считает …, но X надеется. «…», — сказал он»: X)
        main = [
            t
            for t in before
            if t.dep_ == "nsubj"
            and (t.head.dep_ == "ROOT" or (t.head.dep_ == "conj" and t.head.head.dep_ == "ROOT"))
        ]
        for t in before:
            if (
                t.dep_ == "nsubj"
                and t.pos_ == "NOUN"
                and main
                and t.i == main[-1].i
                and t.head.pos_ == "VERB"
                and "Anim" in t.morph.get("Animacy")
                and "Nom" in t.morph.get("Case")
                and "Sing" in t.morph.get("Number")
                and morph_gender(t) == gender
                and index.person_at(t) is None
                and not any(index.person_at(x) is not None for x in t.subtree)
            ):
                return t
        return None

    def _one_holder(self, index: PersonIndex, noun, quote_start: int) -> Person | None:
        """The one person the article introduced by `noun`'s word or a synonym of it before the
        quote («губернатор X», «Адвокат Y Павел Z» for «Защитник»), else None: an unnamed
        holder of the role speaks."""
        doc = index.doc
        lemma = noun.lemma_.lower()
        words = {lemma, *self.lexicon.words.get("role_synonyms", {}).get(lemma, ())}
        holders: dict[int, Person] = {}
        for root, person in index.mention_roots():
            if root.idx >= quote_start or root.dep_ == "nmod":
                continue  # («Адвокат Хабибуллина Павел Мезенцев»: the client in the genitive)
            role = (
                root.head
                if root.dep_ == "appos"
                else (doc[root.left_edge.i - 1] if root.left_edge.i else None)
            )
            if role is not None and role.lemma_.lower() in words:
                holders[id(person)] = person
        return next(iter(holders.values())) if len(holders) == 1 else None

    def _titled_subject(self, named: list) -> Person | None:
        """«— заявил Азаттыку официальный представитель ведомства X», «— сказал Ивану Петрову
        адвокат Олег Смирнов»: a name before the subject's role noun is whom the words were
        told to (an addressee, an outlet the tagger took for a name); the speaker is the name
        in apposition to that role noun. Only with a parse (not Belarusian)."""
        if len(named) < 2 or self.lexicon.extra.get("linear"):
            return None
        first = named[0][0]
        for t, person in named[1:]:
            head = t.head
            if (
                t.dep_ == "appos"
                and head.dep_ == "nsubj"
                and head.pos_ == "NOUN"
                and head.is_lower
                and "Nom" in head.morph.get("Case")
                and first.i < head.i < t.i
                and head.head.i < first.i
                and self.lexicon.word_in(head.head, "speech")
                and person is not named[0][1]
            ):
                return person
        return None

    def _speaking_subject(self, span: Span, index: PersonIndex, quote_start: int) -> Span | None:
        """(Russian, read off the parse) «В письме, которое Ксения разрешила процитировать, Глеб
        пишет: «…»», «Когда Вероника дозвонилась до начальника, он ответил ей: «…»», «— сказала
        она корреспонденту X»: the verb of speech nearest the words (the last before a colon, the
        first of an attribution after them) has a subject of its own — a nominative «он»/«она»
        or a phrase naming a person: that subject speaks, and a name elsewhere in the clause
        (a relative or a subordinate clause, the addressee) does not. The subject's tokens, or
        None when the verb has no such subject."""
        if self.lexicon.extra.get("linear"):
            return None
        verbs = [t for t in span if t.pos_ in ("VERB", "AUX") and self.lexicon.word_in(t, "speech")]
        if not verbs:
            return None
        verb = verbs[-1] if span.end_char <= quote_start else verbs[0]
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None:
            return None
        doc = span.doc
        end = subject.right_edge.i + 1
        while end < len(doc) and index.person_at(doc[end]) is not None:
            end += 1  # («говорит сестра Игоря Баранова Елена»: her own name, hung elsewhere by the parse)
        phrase = doc[subject.left_edge.i : end]
        if subject.lower_ in _NOMINATIVE_PRONOUNS or any(index.person_at(x) is not None for x in phrase):
            return phrase
        return None

    def _addressee(self, t) -> bool:
        """«Журналист спросил Марину Золотову: «…»», «Судья обратился к X: «…»», «задал вопрос
        X»: the one a verb of asking or addressing (`address_verbs`) puts the words to does not
        speak them (Russian: read off the parse)."""
        verbs = self.lexicon.sets.get("address_verbs")
        if verbs and self._addressed_role(t):
            return True
        if not verbs or self.lexicon.extra.get("linear") or t.dep_ not in ("obj", "iobj", "obl"):
            return False
        if self.lexicon.word_in(t.head, "speech") and any(
            c.dep_ == "nsubj" and c.i != t.i and c.pos_ in ("PRON", "PROPN") for c in t.head.children
        ):
            return True  # «— рассказал он Азаттыку»: the verb's subject speaks, its object is told
        return self.lexicon.word_in(t.head, "address_verbs") or (
            t.head.lemma_.lower() == "вопрос" and self.lexicon.word_in(t.head.head, "address_verbs")
        )

    def _addressed_role(self, t) -> bool:
        """«— сказал он судье Елене X», «обратился к адвокату Y», «Прокурору Z она сказала:»: a
        name in apposition to a role noun in the dative that a verb of speech governs (or whose
        subject it hangs on) is whom the words were said to. The case is read off the common
        noun, which the tagger gets right more often than a surname's; a name it tags in another case
        than the dative agrees with no dative noun, whatever the parse hangs it on."""
        if self.lexicon.extra.get("linear") or t.dep_ != "appos" or t.head.i > t.i:
            return False
        noun = t.head
        if not (noun.pos_ == "NOUN" or (noun.pos_ == "PROPN" and noun.is_sent_start)):
            return False
        if "Dat" not in noun.morph.get("Case") or noun.dep_ not in ("obj", "iobj", "obl", "nmod"):
            return False
        if t.morph.get("Case") and "Dat" not in t.morph.get("Case"):
            return False  # «— сказала «Медузе» X»: a name not in the dative, hung on the outlet, speaks
        governor = noun.head if noun.head.pos_ in ("VERB", "AUX") else noun.head.head
        return self.lexicon.word_in(governor, "speech") or self.lexicon.word_in(governor, "address_verbs")

    def _institutional(self, span: Span, index: PersonIndex) -> bool:
        """«— говорится в приговоре судьи X», «— сообщает пресс-служба суда»: the words come
        from a document (an impersonal verb of speech and a document noun) or an institution
        (its noun in the nominative before any name), so no person named inside speaks."""
        lex = self.lexicon
        if any(lex.word_in(t, "impersonal_speech") for t in span) and any(
            lex.word_in(t, "documents") for t in span
        ):
            return True
        linear = bool(lex.extra.get("linear"))
        for t in span:
            person = index.person_at(t)
            if person is not None and not (len(person.tokens) == 1 and t.lower_ in lex.sets["institutions"]):
                return False
            if (
                (t.is_lower or person is not None)
                and lex.word_in(t, "institutions")
                and (t.lower_ in lex.sets["institutions"] if linear else "Nom" in t.morph.get("Case"))
                and not (linear and self._role_genitive(t))
            ):
                # («Пасольства ЗША пацвердзіла: …»: an institution's noun the name finder took for
                # a one-word person opening the sentence is the institution all the same)
                return True
        return False

    def _role_genitive(self, t: Token) -> bool:
        """(Belarusian, no parse) «— заявіў прэс-сакратар міністэрства замежных спраў X»: an
        institution's noun right after a role noun (words.json `role_nouns`,
        `institution_role_heads`) is that role's genitive, whose holder speaks, not the
        institution (its nominative and genitive are one form: «міністэрства», «упраўлення»).
        Census: docs/extract-ru-be.md, session 58 (bereal2)."""
        if t.i == 0:
            return False
        prev = t.doc[t.i - 1].lower_
        sets = self.lexicon.sets
        return prev in sets.get("role_nouns", ()) or prev in sets.get("institution_role_heads", ())

    def _family_speaks(self, span: Span, index: PersonIndex) -> bool:
        """«— говорят Сулеймановы», «— рассказали у Батыровых»: the only name of the attribution
        is a surname in the plural, a family; its words are no one person's, not even of the one
        person of that surname the article names (GUIDELINES: direct speech of a named person).
        Beside another name («сказал адвокат Соколовых Иван Петров») the other speaks."""
        named = [t for t in span if index.person_at(t) is not None]
        return bool(named) and all(t.text[:1].isupper() and plural_surname(t.text) for t in named)

    def _anonymous(self, span: Span, index: PersonIndex) -> bool:
        """«— сказал источник, близкий к семье X», «Сосед, попросивший не называть его имени,
        рассказал: …», «собеседник издания утверждает, что …»: an unnamed source (its noun in
        the nominative before any nominative name, no name in apposition to it) speaks, so
        neither a name in another case after it nor a pronoun of its clause is the speaker."""
        sources = self.lexicon.sets.get("anonymous_sources")
        if not sources:
            return False
        doc = span.doc
        # only the last clause speaks: «X находится в СИЗО; собеседник …», «…, — сказала X. Источник …»
        last = max((k for k, t in enumerate(span) if t.text in (".", ";", "!", "?")), default=-1)
        for t in span[last + 1 :]:
            person = index.person_at(t)
            if person is not None:
                j = t.i
                while j + 1 < len(doc) and index.person_at(doc[j + 1]) is person:
                    j += 1
                k = j + 1
                if (
                    k < len(doc)
                    and doc[k].lower_ in sources
                    and (k + 1 == len(doc) or index.person_at(doc[k + 1]) is None)
                ):
                    return True  # «— сказал Азаттыку источник»: the outlet told, the source spoke
                if not self._oblique_case(t, person):
                    return False
                continue
            if t.lower_ in sources and (t.is_lower or t.is_sent_start):
                following = doc[t.i + 1] if t.i + 1 < len(doc) else None
                if following is None or index.person_at(following) is None:
                    return True
        return False

    def _unnamed_on_request(self, span: Span) -> bool:
        """«— сказала калега X, якая папрасіла не называць яе імя», «— говорит подруга семьи,
        попросившая не называть её имени»: the speaker asked not to be named, so no name in
        the attribution (a friend's, a colleague's genitive) is the speaker."""
        words = self.lexicon.sets.get("name_verbs", set())
        return any(t.lower_ in words and t.i > 0 and t.doc[t.i - 1].lower_ in ("не", "ня") for t in span)

    def _after_preposition(self, doc: Doc, start: int) -> bool:
        """«осуждён за «посягательство на конституционный строй»», «по статье о «фейках»»: words
        in marks right after a preposition are its noun phrase (a charge, a name), never speech."""
        at = _token_at(doc, start)
        before = doc[at - 1] if at > 0 else None
        return before is not None and before.idx + len(before.text) >= start - 1 and self._preposition(before)

    def _titled(self, text: str, start: int) -> bool:
        """«Пост назывался «…»», «вышел с плакатом «…»», «под заголовком «…»»: words in marks
        right after a naming word are a title, a slogan or a name, not anyone's speech."""
        cues = self.lexicon.sets.get("title_cues")
        m = re.search(r"(\w+)\s*$", text[max(0, start - 30) : start])
        return bool(cues) and m is not None and m.group(1).lower() in cues

    def _statute_title(self, text: str, start: int) -> bool:
        """«па ч. 1 арт. 342 Крымінальнага кодэкса, «актыўны ўдзел у групавых дзеяннях …»», «по
        ст. 361 УК РФ («призывы к …»)»: words in marks right after an article of a code (an
        article word and its number, then at most the code's name: `code_names`, `criminal_codes`,
        `administrative_codes`) are the article's title — the charge as the law words it — not
        the speech of whoever the sentence goes on to name («— яна прызнала вінаватымі»)."""
        articles = self.lexicon.sets.get("article_words", set())
        code = {
            *self.lexicon.sets.get("code_names", ()),
            *self.lexicon.sets.get("criminal_codes", ()),
            *self.lexicon.sets.get("administrative_codes", ()),
        }
        head = text[max(0, start - 80) : start]
        if head.rstrip().endswith((".", "!", "?", "…")):
            return False  # («… по ст. 342 УК. «Я не виноват», — сказал X»: a sentence of its own)
        m = re.search(r"(\w+)\.?\s*\d[\d.]*((?:\s+[\w.]+){0,3}?)[\s,:(—–-]*$", head)
        if m is None or m.group(1).lower() not in articles:
            return False
        return all(w.strip(".").lower() in code for w in m.group(2).split())

    def _oblique_case(self, t, person: Person) -> bool:
        """A name in a case other than the nominative: by its form where no parse tags the case
        (Belarusian), else by the tagger's case."""
        if self.lexicon.extra.get("linear"):
            return _oblique(t, person)
        case = t.morph.get("Case")
        if not _oblique(t, person) and t.lower_.endswith(DECLINED_NOMINATIVE.get(person.gender or "", ())):
            return False  # «Эти слова Мальцева написала …»: her nominative surname, tagged a genitive
        return bool(case) and "Nom" not in case

    def _last_nominative(self, index: PersonIndex, at: int, gender: str) -> Person | None:
        """«Адвакат X, які абараняў Y-а, успамінае … «…», — кажа ён»: where no parse says what
        the subject is (Belarusian), a pronoun speaker passes over a person of its gender named
        last only in an oblique case (an object, a genitive) in its sentence and the one before,
        for one named there in the nominative; None when no one is."""
        doc = index.doc
        limit = sentences_back(doc[at].sent, 1)
        oblique: set[int] = set()
        nominative = False
        for person in index.persons:
            if gender and person.gender and person.gender != gender:
                continue
            near = [a for a, _ in person.mentions if limit <= a < at]
            if near and all(_oblique(doc[a], person) for a in near):
                oblique.add(id(person))
            nominative = nominative or any(not _oblique(doc[a], person) for a in near)
        if not oblique or not nominative:
            return None
        return index.latest_before(at, gender, window_sents=1, exclude=oblique)

    def _last_speaker(self, index: PersonIndex, at: int, gender: str) -> Person | None:
        """«Адвокат Ивана Петрова Сергей Смирнов рассказал … Петрова приговорили … «…», — сказал
        он»: a pronoun speaker continues the last person of that gender who was a clause's
        subject in the sentences before, not merely the last one named (an object, a genitive).
        Only where a parse of the language says what the subject is (not Belarusian)."""
        doc = index.doc
        limit = doc[at].sent.start
        for _ in range(3):
            if limit <= 0:
                break
            limit = doc[limit - 1].sent.start
        best: tuple[int, Person] | None = None
        for root, person in index.mention_roots():
            # (the gender its nominative surname shows: «Нигора Хидоятова», a first name the tagger
            # read as a man's)
            of = _surname_gender(person)
            if not (limit <= root.i < at) or (gender and of and of != gender):
                continue
            subject = root.head if root.dep_ == "appos" else root  # «Адвокат … Сергей Смирнов рассказал»
            if subject.dep_ == "appos" and subject.head.i < subject.i and "Nom" in root.morph.get("Case"):
                # «Коллега X, журналист Азер Гулиев, … не надеется …»: a name beside a role noun
                # that is itself set beside the subject is the subject's name
                subject = subject.head
            case = subject.morph.get("Case")
            if case and "Nom" not in case:
                continue  # «…, который защищает Велиева, …»: an object the parse hung as a subject
            if subject.dep_ == "nsubj" and subject.head.pos_ == "VERB" and (best is None or root.i > best[0]):
                best = (root.i, person)
        para = doc_text(doc).rfind("\n", 0, doc[at].idx) + 1
        if best is not None and doc[best[0]].idx >= para:
            return best[1]
        return self._paragraph_one(index, at, gender, para) or (best[1] if best else None)

    def _paragraph_one(self, index: PersonIndex, at: int, gender: str, para: int) -> Person | None:
        """«Хуснутдинова освободили в зале суда. «…» — сказал он»: the last subject of the
        pronoun's gender is in an earlier paragraph, so the pronoun points at the one person of
        that gender its own paragraph named (in the nominative when several are named)."""
        doc = index.doc
        named: dict[int, tuple[Person, bool]] = {}
        for person in index.persons:
            of = _surname_gender(person)
            if gender and of and of != gender:
                continue
            near = [a for a, _ in person.mentions if a < at and doc[a].idx >= para]
            if near:
                named[id(person)] = (person, any(not self._oblique_case(doc[a], person) for a in near))
        nominative = [p for p, nom in named.values() if nom]
        if len(nominative) == 1:
            return nominative[0]
        if not nominative and len(named) == 1:
            return next(iter(named.values()))[0]
        return None

    def _by_role(
        self, span: Span, index: PersonIndex, quote_start: int, *, label: bool = False
    ) -> Person | None:
        """«— отметил адвокат», «— заявила правозащитница»: a role noun as the speaker is the one
        person of the article that the same role noun introduced («адвокат Сергей Бадамшин»).
        A turn's `label` («Судья:») opens its line with a capital."""
        doc = span.doc
        linear = bool(self.lexicon.extra.get("linear"))  # Belarusian: parts of speech are guesses

        def role(t, *, opening: bool = False) -> bool:
            capital_ok = opening and t.is_sent_start
            return (
                (t.is_lower or capital_ok)
                and t.is_alpha
                and (linear or t.pos_ == "NOUN" or (capital_ok and t.pos_ == "PROPN"))
                # («— сообщает центр «Вясна»»: an inanimate noun is no one's role)
                and (linear or "Inan" not in t.morph.get("Animacy"))
                and not self.lexicon.word_in(t, "speech")
            )

        # (Belarusian) «Адвакат кажа коратка: «…»»: a role noun of the lexicon may open the sentence
        nouns = {
            t.lemma_.lower()
            for t in span
            if role(
                t,
                # («Блогер ответил: «…»»: Russian's parse tells a sentence's first noun as well)
                opening=t.i == span.start and (label or not linear or self.lexicon.word_in(t, "role_nouns")),
            )
            # («— кажа жонка палітвязня»: the genitive after a relation noun is whose wife, no role)
            and not (t.i > span.start and self.lexicon.word_in(doc[t.i - 1], "possessors"))
        }
        if linear:
            # «— успамінае адвакат цяпер, праз тры гады»: words of time and number hold no role,
            # nor a preposition or a pronoun («мне адказваюць ў адміністрацыі»: «ў Мінску» later)
            lex = self.lexicon
            nouns = {n for n in nouns if len(n) > 2 and n not in lex.all_pronouns}
            nouns -= lex.sets.get("prepositions", set())
            nouns -= {*lex.terms["year"], *lex.terms["month"], *lex.numbers}
            nouns -= {*lex.sets.get("time_adverbs", ()), *lex.sets.get("time_words", ())}
        if not nouns:
            return None
        # «Государственный обвинитель X …. «…», — заявила прокурор»: the same office by another noun
        synonyms = self.lexicon.words.get("role_synonyms", {})
        nouns |= {other for noun in nouns for other in synonyms.get(noun, ())}
        # «— успамінае былы палітвязень»: a former holder of the role is none of those the
        # article gave the role without «былы» (a prisoner still held or dead)
        former = self.lexicon.sets.get("former", set())
        was = any(t.lower_ in former for t in span)
        holders = []
        # «— заяўляе лідар "Гавары праўду!"»: the role of one organisation, named in quotes
        complement = _quoted_complement(span)
        of_complement = []
        for person in index.persons:
            for start, _end in person.mentions:
                if span.start <= start < span.end:
                    continue  # «— гаворыцца ў звароце X»: the attribution's own oblique name
                if was and (start < 2 or doc[start - 2].lower_ not in former):
                    continue
                before = self._noun_before_name(doc, start) if start > 0 else None
                if (
                    before is not None
                    and role(before, opening=True)
                    and (
                        before.lemma_.lower() in nouns
                        or (
                            linear
                            and before.idx < quote_start  # a case form only for one told before
                            and any(_case_form(before.lower_, noun) for noun in nouns)
                        )
                    )
                ):
                    owner = None
                    if self.lexicon.word_in(before, "possessors"):
                        owner = _named_after_clients(index, person, _end) or _set_off_before(index, before.i)
                    if all(h is not (owner or person) for h in holders):
                        holders.append(owner or person)
                        if complement and complement in _folded_words(doc[before.i : start]):
                            of_complement.append(owner or person)
                    break
        # («беларускага лідара Аляксандра Лукашэнкі» holds «лідар» too, not of that organisation)
        if len(of_complement) == 1:
            holders = of_complement
        if not holders and not linear:
            holders = self._defenders(index, nouns, span)
        if len(holders) == 1:
            return holders[0]
        if holders:
            return None
        kin = self._inverse_kin(nouns, span, index)
        if kin is not None:
            return kin
        # a role noun that introduced nobody: by the paragraph's one person without a parse
        # (Belarusian), by the last subject of the noun's gender with one (Russian)
        if linear:
            return self._role_told_before(span, index, quote_start)
        return self._described_subject(span, index, quote_start)

    def _noun_before_name(self, doc: Doc, start: int):
        """The word before a name, past a relative clause set off between a role noun and it
        («Адвакат, які абараняў Ягора, Алег Снапкоў», «адвокат, который вёл дело, X»), a
        client's genitive after a relation noun, or an organisation's quoted name and the words
        of its kind («Лідар грамадзянскай кампаніі "Гавары праўду!" Уладзімір Някляеў»)."""
        if doc[start - 1].is_quote and (role := self._role_before_quoted_name(doc, start - 1)) is not None:
            return role
        if start >= 2 and doc[start - 1].is_title and self.lexicon.word_in(doc[start - 2], "possessors"):
            return doc[start - 2]  # («Адвакат Андрэя Дзмітрый Ласько»: a client's genitive no one else holds)
        if (
            start >= 2
            and doc[start - 1].is_lower
            and doc[start - 1].is_alpha
            and "Gen" in doc[start - 1].morph.get("Case")
            and "Nom" in doc[start].morph.get("Case")
            and self.lexicon.word_in(doc[start - 2], "possessors")
        ):
            # («Защитник блогера Артур Х. сообщил …», «адвокат журналиста Олег Y»: a client named by
            # a common noun in the genitive; the name after it, in the nominative, holds the role —
            # not «адвокат журналиста Ивана Y», whose genitive name is the client's)
            return doc[start - 2]
        if doc[start - 1].text != ",":
            return doc[start - 1]
        relatives = self.lexicon.sets.get("relative_words", ())
        for k in range(start - 2, max(1, start - 20), -1):
            if doc[k].text in (".", "!", "?", "\n"):
                break
            if doc[k].lower_ in relatives and doc[k - 1].text == "," and k >= 2:
                return doc[k - 2]
        return doc[start - 1]

    def _role_before_quoted_name(self, doc: Doc, close: int):
        """«лідар грамадзянскай кампаніі "Гавары праўду!" X», «юрыст «Вясны» X»: the role noun of
        the lexicon at most three lower-case words before the opening mark of the quoted name
        that closes right before a person's name (None when there is none, or the language
        keeps no list of role nouns: Russian tells its roles by the parse)."""
        if "role_nouns" not in self.lexicon.sets:
            return None
        opening = next(
            (k for k in range(close - 1, max(doc[close].sent.start, close - 9) - 1, -1) if doc[k].is_quote),
            None,
        )
        if opening is None:
            return None
        for k in range(opening - 1, max(doc[opening].sent.start, opening - 4) - 1, -1):
            if self.lexicon.word_in(doc[k], "role_nouns"):
                return doc[k]
            if not (doc[k].is_alpha and (doc[k].is_lower or doc[k].is_sent_start)):
                return None
        return None

    def _defenders(self, index: PersonIndex, nouns: set[str], span: Span) -> list[Person]:
        """«Его защищает Мария Соколова», «Защиту X представляет Y»: a lawyer told by what she
        does, not by the noun, holds the defence roles (`defence_roles`) the attribution names."""
        lex = self.lexicon
        if not nouns & lex.sets.get("defence_roles", set()):
            return []
        verbs, objects = lex.sets.get("defence_verbs", set()), lex.sets.get("defence_objects", set())
        out: list[Person] = []
        for root, person in index.mention_roots():
            verb = root.head
            if span.start <= root.i < span.end or root.dep_ != "nsubj" or verb.lemma_.lower() not in verbs:
                continue
            own = [c for c in verb.children if c.dep_ == "obj"]
            if verb.lemma_.lower() != "защищать" and not any(c.lemma_.lower() in objects for c in own):
                continue  # «представляет интересы X», not «представляет партию»
            if person not in out:
                out.append(person)
        return out

    def _inverse_kin(self, nouns: set[str], span: Span, index: PersonIndex) -> Person | None:
        """«— говорит его жена», «— кажа жонка палітвязня»: a kin noun that introduced nobody
        speaks for the one person of its gender whom the article puts beside the inverse kin
        noun (`kin_inverse`: «Кацярына бачыла мужа», «Галіна расказала, што ў брата …», «X …
        Её муж Y»): the prisoner's wife is the woman told of with her husband."""
        table = self.lexicon.words.get("kin_inverse", {})
        kins = [table[n] for n in nouns if n in table]
        if len(kins) != 1:
            return None
        gender, forms = kins[0]["gender"], frozenset(kins[0]["of"])
        own = self.lexicon.pronouns.get(gender, set())
        doc = span.doc
        found: dict[int, Person] = {}
        previous = None
        for sent in doc.sents:
            for t in sent:
                if t.lower_ not in forms:
                    continue
                told = sent
                if t.i > 0 and doc[t.i - 1].lower_ in own and previous is not None:
                    told = previous  # «Её муж Y …»: «её» is a woman of the sentence before
                for x in told:
                    person = index.person_at(x)
                    if person is not None and _surname_gender(person) == gender:
                        found[id(person)] = person
            previous = sent
        return next(iter(found.values())) if len(found) == 1 else None

    def _described_subject(self, span: Span, index: PersonIndex, quote_start: int) -> Person | None:
        """«Олег Савин отказался признать вину. «…», — заявил политик»: a noun of occupation
        the article never put before a name speaks for the person of its gender who was the
        subject of a sentence just before, as a pronoun would. Not a relative, a lawyer or a
        judge (those are other people), not a generic «женщина»."""
        lex = self.lexicon
        nouns = [
            t
            for t in span
            if t.is_lower
            and t.pos_ == "NOUN"
            and "Anim" in t.morph.get("Animacy")
            and "Nom" in t.morph.get("Case")
            and "Sing" in t.morph.get("Number")
            and t.dep_ == "nsubj"
            and lex.word_in(t.head, "speech")
        ]
        if len(nouns) != 1:
            return None
        noun = nouns[0]
        if any(
            lex.word_in(noun, kind)
            for kind in ("possessors", "agent_roles", "generic_speakers", "generic_persons")
        ):
            return None
        if any(x.lower_ in _POSSESSIVE or x.dep_ == "nmod" for x in noun.children):
            return None  # «— говорит его сосед», «— сказал представитель суда»: someone else
        gender = morph_gender(noun)
        if gender is None:
            return None
        return self._last_speaker(index, _token_at(span.doc, quote_start), gender)

    def _role_told_before(self, span: Span, index: PersonIndex, quote_start: int) -> Person | None:
        """«X вызваліўся ў жніўні. «…», — успамінае былы палітвязень»: a role or kin noun that
        introduced nobody points back at the one person the quote's paragraph named before it."""
        lex = self.lexicon
        # a kin noun or a lawyer speaks of the person named before, never as them
        kin = lex.sets.get("relation_forms", set()) | lex.sets.get("possessors", set())
        roles = lex.sets.get("role_nouns", set()) - kin
        if not any(t.is_lower and t.lower_ in roles for t in span) or any(t.lower_ in kin for t in span):
            return None
        doc = span.doc
        text = doc_text(doc)
        para = text.rfind("\n", 0, quote_start) + 1
        head = doc.char_span(para, quote_start, alignment_mode="contract")
        if head is None:
            return None
        seen = {id(p): p for t in head if (p := index.person_at(t)) is not None}
        return next(iter(seen.values())) if len(seen) == 1 else None

    def _continued(
        self, doc: Doc, index: PersonIndex, found: list[QuoteFinding], start: int
    ) -> Person | None:
        """«A», — сказала X. «B».  /  «A», — сказала X. І дадала: «B»: a pair with no speaker
        of its own right after the attribution of the quote before it, in the same paragraph,
        continues that speaker (one sentence end at most between them, no other name; or a
        sentence of the speaker's own pronoun and a verb of speech: «A», — сказал X. Он добавил,
        что … «B»)."""
        if not found:
            return None
        before = doc_text(doc)[:start].rstrip()
        if before[-1:] in ("—", "–") and before[:-1].rstrip()[-1:] in (".", "!", "?", "…"):
            before = before[:-1].rstrip()  # «A», — сказала X, которая … . — «B»: a dash opens the next part
        if before and before[-1] not in '.!?…:"':
            return None  # «…, что намерена вернуться, «как только …»»: a fragment inside a clause
        last = found[-1]
        gap = doc_text(doc)[last.end : start]
        ends = [m.end() for m in re.finditer(r"[.!?…](?=\s|$)", gap)]
        if "\n" in gap or len(ends) > 2 or len(gap) > 200:
            return None
        if (
            len(ends) == 2
            and not self._speaker_goes_on(doc, last, last.end + ends[0], last.end + ends[1])
            and not self._background_of_speaker(doc, last, last.end + ends[0], last.end + ends[1], start)
        ):
            return None
        # (the attribution before a sentence of the speaker's pronoun may name a client: no
        # other name after it)
        span = doc.char_span(last.end + (ends[0] if len(ends) == 2 else 0), start, alignment_mode="contract")
        if span is not None and any(index.person_at(t) not in (None, last.speaker) for t in span):
            return None
        if span is not None and self._anonymous(span, index):
            return None  # «…», — сказал X. Источник в полиции добавил: «…»
        return last.speaker

    def _pronoun_after_quote(
        self, doc: Doc, index: PersonIndex, found: list[QuoteFinding], start: int
    ) -> Person | None:
        """«…», — сказал он. // Потом он повернулся к залу: «…»: a colon line led by a nominative
        pronoun, or by a past verb with no subject («И продолжила: «…»»), with no name in it, in
        the paragraph after a quote whose speaker is of that gender, goes on with that speaker
        (the quote's own sentences may push every name out of the pronoun's window). Sentences
        between the two speak of no one else of that gender («Судья Ольга Маркина объявила
        перерыв.» leaves «он» to the speaker)."""
        text = doc_text(doc)
        if not found or found[-1].speaker is None or not text[:start].rstrip().endswith(":"):
            return None
        last = found[-1]
        clause = self._clause(doc, start, forward=False)
        if not len(clause) or any(index.person_at(t) is not None for t in clause):
            return None
        gap = text[last.end : clause[0].idx]
        if gap.count("\n") > 2 or len(gap) > 300:
            return None  # (the paragraph right after the quote's, at most)
        if self.lexicon.extra.get("linear"):
            return None
        gender = self._line_gender(clause)
        if gender is None or _surname_gender(last.speaker) not in (gender, None):
            return None
        told = re.search(r"[.!?…]\s+[^\W\d_]", gap.strip())
        if told and (len(gap) > 200 or "\n" not in gap):
            return None  # (a sentence of its own between them: only a short one, then a new paragraph)
        gap_span = doc.char_span(last.end, clause[0].idx, alignment_mode="contract")
        if gap_span is not None:
            for t in gap_span:
                other = index.person_at(t)
                if (
                    other is not None
                    and other is not last.speaker
                    and (not told or _surname_gender(other) in (gender, None))
                ):
                    return None  # another voice of that gender (or any, right beside the quote)
                if told and self._unnamed_of_gender(t, index, gender):
                    return None  # «Прокурор попросил …. Он добавил:»: the prosecutor speaks
        return last.speaker

    def _line_gender(self, clause: Span) -> str | None:
        """The gender of a colon line's speaker: its nominative pronoun, the subject of its last
        verb («он повернулся … и добавил»), or a singular past verb with no subject («И
        продолжила»); None when the line has neither."""
        verbs = [t for t in clause if t.pos_ in ("VERB", "AUX")]
        if not verbs:
            return None
        pronouns = [t for t in clause if t.lower_ in _NOMINATIVE_PRONOUNS]
        if pronouns:
            head = verbs[-1]
            if not pronouns[0].dep_.startswith("nsubj") or pronouns[0].head.i not in (
                head.i,
                head.head.i if head.dep_ == "conj" else head.i,
            ):
                return None  # «Когда она звонит, ей отвечают: …»: the pronoun is no subject of the line
            return pronoun_gender(pronouns[0], self.lexicon)
        finite = [
            t
            for t in verbs
            if "Fin" in t.morph.get("VerbForm") and "Sing" in t.morph.get("Number") and t.morph.get("Gender")
        ]
        if len(finite) != 1 or any(c.dep_.startswith("nsubj") for c in finite[0].children):
            return None
        if any(t.pos_ in ("NOUN", "PROPN") and t.dep_.startswith("nsubj") for t in clause):
            return None
        return morph_gender(finite[0])

    def _unnamed_of_gender(self, t, index: PersonIndex, gender: str) -> bool:
        """`t` is an animate noun in the nominative, subject of its verb, of `gender`, with no name
        beside it: someone unnamed who may be the one the pronoun points at."""
        return (
            t.dep_.startswith("nsubj")
            and t.pos_ == "NOUN"
            and "Anim" in t.morph.get("Animacy")
            and "Nom" in t.morph.get("Case")
            and morph_gender(t) == gender
            and index.person_at(t) is None
            and not any(index.person_at(x) is not None for x in t.subtree)
        )

    def _speaker_goes_on(self, doc: Doc, last: QuoteFinding, start: int, end: int) -> bool:
        """The sentence at `start`..`end` opens with the nominative pronoun of `last`'s speaker
        and has a verb of speech («Он добавил, что …», «Яна дадала, што …»)."""
        sent = doc.char_span(start, end, alignment_mode="contract")
        if sent is None or not len(sent) or last.speaker is None:
            return False
        opening = sent[0]
        if len(sent) > 2 and any(t.lower_ in self.lexicon.sets.get("according", ()) for t in sent[:3]):
            # «По его словам, снимки он не публиковал»: told on the speaker's own words
            own = next((t for t in sent[:3] if t.lower_ in _POSSESSIVE), None)
            return own is not None and _surname_gender(last.speaker) in (
                None,
                pronoun_gender(own, self.lexicon),
            )
        return (
            opening.lower_ in _NOMINATIVE_PRONOUNS
            and last.speaker.gender in (None, pronoun_gender(opening, self.lexicon))
            and any(self.lexicon.word_in(t, "speech") for t in sent)
        )

    def _background_of_speaker(self, doc: Doc, last: QuoteFinding, start: int, end: int, quote: int) -> bool:
        """«A», — сказала X. У 2022 годзе яе асудзілі … «Мяне выклікалі …»: a background sentence
        that refers to the speaker only by a pronoun of her gender (any case), then words in the
        first person — the speaker goes on."""
        sent = doc.char_span(start, end, alignment_mode="contract")
        if sent is None or last.speaker is None or last.speaker.gender is None:
            return False
        genders = {pronoun_gender(t, self.lexicon) for t in sent if t.lower_ in self.lexicon.all_pronouns}
        if genders - {False} != {last.speaker.gender}:
            return False
        first = self.lexicon.pronouns.get("first", set())
        opening = doc_text(doc)[quote + 1 : quote + 60].split()[:3]
        return any(w.strip(".,!?…;:—-").lower() in first for w in opening)

    def _generic_voice(
        self, doc: Doc, index: PersonIndex, found: list[QuoteFinding], start: int, end: int
    ) -> Person | None:
        """«…, — успамінае жанчына. …» with nobody named in the sentence before: the generic noun
        (`generic_speaker_genders`) is the last quoted speaker of its gender, whose voice the
        article has been following (within a few paragraphs)."""
        genders = self.lexicon.words.get("generic_speaker_genders", {})
        text = doc_text(doc)
        clauses = []
        for m in re.finditer(r"[,.!?…]\s*(?:[—–]|(?<=\s)-)\s", text[start:end]):
            part = doc.char_span(start + m.end(), end, alignment_mode="expand")
            clauses.append(_to_stop(part) if part is not None else ())
        if _speech_punctuation(text, end):
            clauses.append(self._clause(doc, end, forward=True))  # «…», — расказвае жанчына.
        gender = None
        for clause in clauses:
            if any(self.lexicon.word_in(t, "speech") for t in clause):
                gender = next((genders[t.lower_] for t in clause if t.lower_ in genders), None)
                break
        if gender is None:
            return None
        last = next(
            (q for q in reversed(found) if q.speaker is not None and q.speaker.gender == gender), None
        )
        if last is None or start - last.end > 1500:
            return None
        # «…», — тлумачыць жанчына. … Спачатку Паліна казала … «…, — кажа дзяўчынка. — …»: another
        # person of the noun's gender named in the nominative since that speaker's last words
        # breaks the voice the article was following; the noun is that one person, or nobody
        others = {
            id(p): p
            for p in index.persons
            if p is not last.speaker
            and p.gender == gender
            and any(
                last.end <= doc[a].idx < start and not self._oblique_case(doc[a], p) for a, _ in p.mentions
            )
        }
        if others:
            return next(iter(others.values())) if len(others) == 1 else None
        return last.speaker

    def _told_before(self, doc: Doc, index: PersonIndex, start: int, end: int) -> Person | None:
        """A quote that is a sentence of its own with no attribution, or attributed only to a
        generic noun («— кажа жанчына»), after a sentence in which one person speaks or gives
        an interview («X расказала пра …»; «X даў інтэрв'ю»): that person is the speaker."""
        text = doc_text(doc)
        before = text[:start].rstrip(" ")
        if before and before[-1] not in ".!?…\n":
            return None
        tail = text[end : end + 40]
        stripped = tail.lstrip(" ,!?…")
        gender = None
        if stripped[:1] in _DASHES:
            clause = self._clause(doc, end, forward=True)
            generic = [t for t in clause if t.lower_ in self.lexicon.sets["generic_speakers"]]
            if not generic:
                return None
            gender = self.lexicon.words.get("generic_speaker_genders", {}).get(generic[0].lower_)
        elif not (tail.lstrip(" ")[:1] in (".", "\n", "") or not tail.strip()):
            return None
        else:
            inner = re.search(r"[,.!?…]\s*[—–]\s+(\w+)\s+(\w+)", text[start:end])
            if inner is not None:
                # «…, — распавядае жанчына. — …»: the generic noun inside the one pair
                genders = self.lexicon.words.get("generic_speaker_genders", {})
                gender = genders.get(inner.group(2).lower()) or genders.get(inner.group(1).lower())
                if gender is None and self._names_unknown_speaker(doc, index, start + 1 + inner.start(1)):
                    return None  # «…, — говорит Оксана. — …»: a name the tagger missed speaks
        if gender and self._nested_first_person(text[start + 1 : end - 1]):
            # «Ён паспеў сказаць: "Мяне затрымалі"», — адзначыла жанчына: the first person of
            # the inner words is another's, which the events read as the speaker's own: only
            # the speaker the noun's gender does not pick (session 23's reading) is kept
            gender = None
        return self._told_in_sentence_before(doc, index, start, end, gender)

    def _names_unknown_speaker(self, doc: Doc, index: PersonIndex, at: int) -> bool:
        """The two words at `at` are a verb of speech and a capitalised word that is no one the
        article's persons hold («— говорит Оксана»), in either order: the words have a speaker
        of their own, unknown, not the one the sentence before names."""
        span = doc.char_span(at, at + 1, alignment_mode="expand")
        if span is None or span.start + 1 >= len(doc):
            return False
        first, second = doc[span.start], doc[span.start + 1]
        for verb, name in ((first, second), (second, first)):
            if (
                self.lexicon.word_in(verb, "speech")
                and name.is_alpha
                and name.text[:1].isupper()
                and index.person_at(name) is None
            ):
                return True
        return False

    def _nested_first_person(self, inner: str) -> bool:
        """Words in a pair of marks inside `inner` with a word of the first person."""
        first = self.lexicon.pronouns.get("first", set())
        return any(
            first & {w.strip(".,!?…;:—-").lower() for w in m.group(1).split()}
            for m in re.finditer(r'"([^"]+)"', inner)
        )

    def _told_in_sentence_before(
        self, doc: Doc, index: PersonIndex, start: int, end: int, gender: str | None
    ) -> Person | None:
        """The one person (of `gender`, the generic noun's, when known) the sentence before
        the quote at `start` names as one who speaks; see `_told_before`."""
        at = _token_at(doc, start)
        if at <= 0:
            return None
        sent = doc[at - 1].sent
        if sent.end > at:
            return None
        people = {id(p): p for t in sent if (p := index.person_at(t)) is not None}
        if gender:
            # (a name of known gender before one the article never gave a gender)
            people = {k: p for k, p in people.items() if p.gender == gender} or {
                k: p for k, p in people.items() if p.gender is None
            }
        if gender and len(people) == 1:
            # «Пра гэта расказала жонка Яўгена Людміла Д. «…», — распавяла жанчына»: the one
            # person of the noun's gender, named in the nominative, speaks with or without a verb
            person = next(iter(people.values()))
            if any(index.person_at(t) is person and not self._oblique_case(t, person) for t in sent):
                return person
        if (
            gender
            and not people
            and any(
                t.lower_ in _NOMINATIVE_PRONOUNS and pronoun_gender(t, self.lexicon) == gender for t in sent
            )
        ):
            # «Последний раз она видела мужа … «…», — вспоминает женщина»: the subject pronoun
            # of the noun's gender in the sentence before points at the speaker
            return index.latest_before(at - 1, gender, window_sents=6)
        frames = tuple(self.lexicon.sets.get("interview_frames", ()))
        speaks = any(
            (self.lexicon.word_in(t, "speech") and not self._unnamed_voice(t, index))
            or self.lexicon.word_in(t, "speech_nouns")
            or (frames and t.lower_.startswith(frames))  # «Мы связались с X», «поговорили с X»
            for t in sent
        )
        if not people:
            return self._according_to_pronoun(sent, index) or self._first_person_of_pronoun(
                doc, sent, index, start, end
            )
        if len(people) > 1:
            # «Адвокат Кульбаева Айгерим Нурланова назвала приговор суровым. «Мой подзащитный …»»:
            # words in the first person after a sentence that names several people speak for
            # the one of them who is its subject in the nominative (the others are owners,
            # objects: a genitive, a dative); not where two are subjects
            subjects = [
                p for p in people.values() if self._first_person_of_subject(doc, sent, p, index, start, end)
            ]
            return subjects[0] if len(subjects) == 1 else None
        person = next(iter(people.values()))
        if not speaks and not self._first_person_of_subject(doc, sent, person, index, start, end):
            return None
        return person

    def _unnamed_voice(self, verb, index: PersonIndex) -> bool:
        """«Арестован активист X, сообщил агентству источник в полиции»: the verb of speech has a
        subject noun that names no one of the article (a source, an office): X is whom the words
        are about, not who speaks them (Russian, off the parse)."""
        if self.lexicon.extra.get("linear"):
            return False
        return any(
            c.dep_ == "nsubj" and c.pos_ == "NOUN" and not any(index.person_at(x) for x in c.subtree)
            for c in verb.children
        )

    def _first_person_of_subject(
        self, doc: Doc, sent: Span, person: Person, index: PersonIndex, start: int, end: int
    ) -> bool:
        """«Его мать Ольга Зуева не верит в обвинения. «Я не понимаю, что происходит»»: a quote
        in the first person right after a sentence whose one named person is its subject (in
        the nominative) is that person's, with no verb of speech."""
        if self.lexicon.extra.get("linear"):
            return False
        first = {"я", "меня", "мне", "мной", "мы", "нас", "нам", "мой", "моя", "моё", "мои", "наш", "наша"}
        words = {w.strip(".,!?…;:—-").lower() for w in doc_text(doc)[start + 1 : end - 1].split()}
        if not first & words:
            return False
        for t in sent:
            if index.person_at(t) is not person:
                continue
            head = t.head if t.dep_ in ("appos", "flat:name") else t
            if head.dep_ == "nsubj" and "Nom" in t.morph.get("Case"):
                return True
        return False

    def _first_person_of_pronoun(
        self, doc: Doc, sent: Span, index: PersonIndex, start: int, end: int
    ) -> Person | None:
        """«Маці палітвязня Тамара К. жыве ў Гомелі. Апошні раз яна бачыла сына ў лютым. «Ён
        трымаецца лепш, чым я …»»: words in the first person after a sentence that names no one
        and whose one nominative pronoun is «он»/«она» («ён»/«яна») speak for that pronoun's
        person — the one person of its gender the sentence before names, in the nominative (as
        `_first_person_of_subject` reads a name in that place). Two of that gender there, or the
        one only in an oblique case, give nobody."""
        first = self.lexicon.pronouns.get("first", set())
        words = {w.strip(".,!?…;:—-").lower() for w in doc_text(doc)[start + 1 : end - 1].split()}
        if not first & words:
            return None
        genders = {pronoun_gender(t, self.lexicon) for t in sent if t.lower_ in _NOMINATIVE_PRONOUNS}
        genders.discard(False)
        if len(genders) != 1 or None in genders or sent.start == 0:
            return None
        gender = next(iter(genders))
        before = doc[sent.start - 1].sent
        named = {
            id(p): p for t in before if (p := index.person_at(t)) is not None and p.gender in (gender, None)
        }
        if len(named) != 1:
            return None
        person = next(iter(named.values()))
        if person.gender != gender or all(
            self._oblique_case(t, person) for t in before if index.person_at(t) is person
        ):
            return None
        return person

    def _according_to_pronoun(self, sent: Span, index: PersonIndex) -> Person | None:
        """«Па ягоных словах, самым цяжкім былі лісты. «…»»: a sentence told on someone's
        words, named by a possessive pronoun, then a quote of its own: that person speaks."""
        genders = self.lexicon.words.get("possessive_genders", {})
        according = self.lexicon.sets.get("according", set())
        for k, t in enumerate(sent[:4]):
            gender = genders.get(t.lower_)
            if gender is None:
                continue
            near = [sent[k - 1] if k > 0 else None, sent[k + 1] if k + 1 < len(sent) else None]
            if any(x is not None and x.lower_ in according for x in near):
                return index.latest_before(t.i, gender)
        return None

    def _voiced_according(self, tail: Span, index: PersonIndex) -> Person | None:
        """«Як расказаў Церах, … Алег … . Паводле ягоных словаў, «…»»: the possessive of «according
        to his words» points at the one of its gender a verb of speech gave words to in this
        sentence or the one before (not merely the last named); else at the last one named."""
        genders = self.lexicon.words.get("possessive_genders", {})
        own = next((t for t in tail if genders.get(t.lower_)), None)
        if own is None:
            return None
        gender = genders[own.lower_]
        doc = tail.doc
        for t in reversed(doc[sentences_back(own.sent, 1) : own.i]):
            person = index.person_at(t)
            if person is None or _surname_gender(person) not in (None, gender):
                continue
            near = doc[max(0, t.i - 2) : t.i + 3]
            if any(self.lexicon.word_in(x, "speech") for x in near):
                return person
        return self._according_to_pronoun(tail, index)

    def _after_colon_line(self, doc: Doc, index: PersonIndex, line_start: int) -> Person | None:
        """«X сказаў:» ending a paragraph, then «— …» on the next line: X's words."""
        text = doc_text(doc)
        before = text[:line_start].rstrip()
        if not before.endswith(":") or "\n" not in text[len(before) : line_start]:
            return None
        clause = self._past_source(self._clause(doc, len(before), forward=False))
        speaker = self._speaker_in(clause, index, line_start)
        # («Муж Веранікі Антон Мацкевіч на ганку суда:»: a kin noun with its genitive owner
        # before the name opens the paragraph with that name just as well)
        owned = (
            bool(clause)
            and self.lexicon.word_in(clause[0], "possessors")
            and index.person_at(clause[0]) is None
        )
        opening = next(
            (p for t in clause[: 4 if owned else 2] if (p := index.person_at(t)) is not None), None
        )
        if speaker is None and opening is not None and clause.start == clause.sent.start:
            # «Айцец Антон пасля … быў кароткім:» then «— …»: a paragraph that opens with a
            # name in the nominative and ends in a colon introduces that person's words
            speaker = self._speaker_in(clause, index, line_start, need_verb=False, nominative=True)
            if speaker is not opening and not owned:
                speaker = None
        return speaker

    def _speaking_noun_clause(self, span: Span, index: PersonIndex) -> Span | None:
        """«X не думает уезжать, хотя друзья советуют: «…»»: the finite verb nearest the colon
        has a common noun for its subject, with no name in its phrase; the words from that
        subject on, where the speaker is to be found (a role told before, or no one), not a
        name of the clause before it. None when the nearest finite verb has no such subject."""
        finite = [t for t in span if t.pos_ == "VERB" and "Fin" in t.morph.get("VerbForm")]
        verb = finite[-1] if finite else None
        if verb is None:
            return None
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
        if subject is None or subject.left_edge.i <= span.start:
            return None
        if any(index.person_at(t) is not None for t in subject.subtree):
            return None
        if not self.lexicon.word_in(verb, "speech") and self._reported_clause(span, subject.left_edge.i):
            return None
        return span.doc[subject.left_edge.i : span.end]

    def _reported_clause(self, span: Span, at: int) -> bool:
        """«Мать X рассказала, что сын держался спокойно: «…»», «По словам адвоката X, защита
        обжалует приговор: «…»»: the noun subject at `at` opens a clause of what the named person
        says (after «что» of a verb of speech, or after «по словам X,»), and its own verb is no verb
        of speech — the words after the colon are the reporter's, not the noun's."""
        k = at - 1
        while k > span.start and span.doc[k].pos_ in ("ADJ", "DET", "ADV", "PART"):
            k -= 1  # («что его сын», «что вся семья»)
        opener = span.doc[k]
        if opener.lower_ in ("что", "што"):
            return any(self.lexicon.word_in(t, "speech") for t in span.doc[span.start : k])
        if opener.text == ",":
            return self._according(span.doc[span.start : k + 1]) if k > span.start else False
        return False

    def _past_source(self, clause: Span) -> Span:
        """«Как сообщает «Медиазона», судья X назначила:» then a list: the opening «как V Y,»
        (`as_said`) names where the news came from, not the speech of the clause after its
        comma, whose own verb decides; the clause past that comma, or the clause itself."""
        if not clause or clause[0].lower_ not in self.lexicon.sets.get("as_said", ()):
            return clause
        comma = next((k for k, t in enumerate(clause) if t.text == ","), None)
        if comma is None or comma + 2 >= len(clause):
            return clause
        return clause[comma + 1 :]

    def _colon_speech(
        self, doc: Doc, index: PersonIndex, pairs: tuple[tuple[int, int], ...], headline_end: int
    ) -> list[QuoteFinding]:
        """«У апошнім слове X сказаў: я ні пра што не шкадую.» — speech after a colon with no
        marks: a verb of speech within three words before the colon, a speaker in its clause,
        and three words or more after it up to the paragraph's end."""
        text = doc_text(doc)
        linear = bool(self.lexicon.extra.get("linear"))
        out = []
        for t in doc:
            if t.text != ":" or t.idx < headline_end or any(a <= t.idx < b for a, b in pairs):
                continue
            rest_start = t.idx + 1
            line_end = text.find("\n", rest_start)
            line_end = len(text) if line_end < 0 else line_end
            body = text[rest_start:line_end].strip()
            if not body or body[0] in '"«„“' + _DASHES or len(body.split()) < 3:
                continue
            said = [
                w
                for w in self._words_before_colon(doc, t.i, pairs)
                if self.lexicon.word_in(w, "speech") and not self._passive_participle(w)
            ]
            if not said:
                owner = None if linear else self._words_label(doc, index, t)
                if owner is not None and not self._of_self_in_third_person(body, owner):
                    body_start = text.index(body, rest_start)
                    out.append(QuoteFinding(owner, body.rstrip("."), body_start, body_start + len(body)))
                continue
            if not linear and self._nobody_says(said[-1]):
                continue
            if linear and self._group_says(doc, index, said[-1], t.idx + 1):
                continue
            if self._relative_verb(doc, said[-1]) or self._reported(doc, t.i + 1):
                continue
            clause = self._clause(doc, t.idx + 1, forward=False)
            speaker = self._speaker_in(clause, index, t.idx, nominative=linear)
            if speaker is not None and self._of_self_in_third_person(body, speaker):
                continue
            if speaker is not None:
                body_start = text.index(body, rest_start)
                out.append(QuoteFinding(speaker, body.rstrip("."), body_start, body_start + len(body)))
        return out

    def _words_label(self, doc: Doc, index: PersonIndex, colon) -> Person | None:
        """«Первые слова Ирины на свободе: Я думала, что этот день никогда не наступит.»: a
        verbless phrase before the colon, opening its sentence with the words said (`voice_nouns`:
        «слова», «ответ», «реплика») and their owner's name in the genitive right after them,
        labels the unmarked words after it as that person's (the English «His last word in court:
        "..."» is read alike)."""
        clause = self._clause(doc, colon.idx + 1, forward=False)
        words = [w for w in clause if w.is_alpha]
        if not words or len(words) > 6 or any(w.pos_ in ("VERB", "AUX") for w in words):
            return None
        noun = next((k for k, w in enumerate(words[:3]) if self.lexicon.word_in(w, "voice_nouns")), None)
        if noun is None or noun + 1 >= len(words):
            return None
        owner = words[noun + 1]
        person = index.person_at(owner)
        if person is None or "Gen" not in owner.morph.get("Case"):
            return None
        return person

    @staticmethod
    def _words_before_colon(doc: Doc, colon: int, pairs: tuple[tuple[int, int], ...]) -> list:
        """The three words before a colon where a verb of speech introduces unmarked speech,
        an outlet or addressee named in marks not counted: «Он сказал «Кавказскому узлу»:
        Помилование у нас …» has its verb as near the colon as «Он сказал журналистам:» (the
        name in marks is one word of the sentence, whose own words are no speech)."""
        words: list = []
        k = colon - 1
        while k >= 0 and len(words) < 3:
            tok = doc[k]
            inside = next(((a, b) for a, b in pairs if a <= tok.idx < b), None)
            if inside is not None and len(doc_text(doc)[inside[0] : inside[1]].split()) <= 3:
                while k >= 0 and doc[k].idx >= inside[0]:
                    k -= 1
                words.append(None)  # (the name in marks: one word)
                continue
            if not tok.is_punct:
                words.append(tok)
            elif tok.text in ".!?\n":
                break
            k -= 1
        return [w for w in reversed(words) if w is not None]

    @staticmethod
    def _of_self_in_third_person(body: str, speaker: Person) -> bool:
        """«X тройчы пісала прашэнне: яна адбывае 6 гадоў …», «X заявил: он не признаёт вину»:
        words after a colon without marks that open with a nominative «он»/«она»/«ён»/«яна» of
        the speaker's own gender tell of the speaker in the third person — the narrator's report or
        indirect speech, no one's direct words (GUIDELINES: indirect speech is no quote)."""
        first = re.match(r"[^\W\d_]+", body)
        gender = _PRONOUN_GENDER.get(first.group().lower()) if first else None
        return gender is not None and speaker.gender in (gender, None)

    def _group_says(self, doc: Doc, index: PersonIndex, verb, colon_end: int) -> bool:
        """(Belarusian, no parse) «Сябры палітвязня X паведамляюць: яго сярод вызваленых няма»:
        a verb of speech in the third person plural with no name in the nominative in its
        clause (X in the genitive) is a group's or unnamed people's, no one person's words."""
        if not verb.lower_.endswith(_PLURAL_VERB_ENDINGS):
            return False
        clause = self._clause(doc, colon_end, forward=False)
        return not any((p := index.person_at(t)) is not None and not _oblique(t, p) for t in clause)

    def _relative_verb(self, doc: Doc, verb) -> bool:
        """«X, якога сьледзтва лічыць адміністратарам: …»: the verb of speech belongs to a relative
        clause (a relative pronoun before it, no comma between), whose subject is not the name."""
        relative = self.lexicon.pronouns.get("relative", set())
        for t in reversed(doc[max(0, verb.i - 6) : verb.i]):
            if t.text in (",", ".", ":", ";") or "\n" in t.text:
                return False
            if t.lower_ in relative or t.lemma_.lower() in relative:
                return True
        return False

    def _reported(self, doc: Doc, start: int) -> bool:
        """«…признал частично: он утверждал, что деньги …»: after the colon a verb of speech and
        «что» — the words are reported, not spoken (indirect speech is no quote)."""
        that = self.lexicon.sets.get("relative_that", set()) | {"что", "што"}
        according = self.lexicon.sets.get("according", ())
        words = doc[start : start + 12]
        for k, t in enumerate(words):
            if "\n" in t.text or t.text in (".", "!", "?"):
                break
            if k and t.lower_ in according and words[k - 1].lower_ in _POSSESSIVE:
                return True  # «говорил недолго: вина, по его словам, доказана»: the narrator's report
        for k, t in enumerate(words[:-1]):
            if "\n" in t.text:
                break
            rest = [w for w in words[k + 1 : k + 4] if w.text != ","]
            if self.lexicon.word_in(t, "speech") and rest and rest[0].lower_ in that:
                return True  # («перевод он не отрицал, но настаивал, что …»: any verb of the clause)
        return False

    def _nobody_says(self, verb) -> bool:
        """(Russian, read off the parse) «мужу до сих пор не сообщили: письма идут …»: a negated
        verb of speech says nothing; «однако юристы считают это маловероятным: …»: a plural
        common noun as its subject is a group, no named speaker; «Осенью ему добавили ещё год: …»:
        a third-person plural verb with no subject at all is the indefinite «they» (an office, a
        court), whose clause only tells whom it concerns (as `_indefinite_speakers` for marks)."""
        doc = verb.doc
        if verb.i > 0 and doc[verb.i - 1].lower_ in self.lexicon.sets["negation"]:
            return True
        if any(
            c.dep_ == "nsubj" and c.pos_ == "NOUN" and "Plur" in c.morph.get("Number") for c in verb.children
        ):
            return True
        return (
            "Plur" in verb.morph.get("Number")
            and "Fin" in verb.morph.get("VerbForm")
            and "1" not in verb.morph.get("Person")
            and "2" not in verb.morph.get("Person")
            and not any(c.dep_.startswith("nsubj") for c in verb.children)
            and not (verb.dep_ == "conj" and any(c.dep_.startswith("nsubj") for c in verb.head.children))
        )

    def _passive_participle(self, word) -> bool:
        """«X пакуль не прызнаны палітвязьнем: …», «признан экстремистским: …»: a passive
        participle of a verb of speech (recognised, confirmed, declared) tells a status someone was
        given, no one speaking the words after the colon. Russian reads it off the parse,
        Belarusian (no parse) off the participle's endings."""
        if not self.lexicon.extra.get("linear"):
            return "Part" in word.morph.get("VerbForm") and "Pass" in word.morph.get("Voice")
        return word.lower_.endswith(tuple(self.lexicon.sets.get("passive_participle_endings", ())))

    # -- interviews ---------------------------------------------------------------------------------

    def _labelled_turns(
        self, doc: Doc, index: PersonIndex, taken: list[tuple[int, int]], headline_end: int
    ) -> list[QuoteFinding]:
        """«Марыя Калеснікава: Я адчуваю сябе добра» — a transcript turn: a paragraph whose label
        before the colon is a person's name (a role word before it at most) speaks the rest.
        The interviewer's label («Карэспандэнт:», «Вопрос:») names no person and is no quote."""
        text = doc_text(doc)
        out = []
        answerer: Person | None = None
        # a label that opens two paragraphs or more, in a text where another label does so too
        # (the interviewer's «Свабода:»), is a speaker's turn, in the nominative whatever form the
        # person's name took first («Бараноўскі:» of the headline's «з Зьмітром Бараноўскім»); an
        # address to write to («Галине Шестаковой: 614000, …»), once or twice, has no other side
        repeated = Counter(
            m.group(1).strip() for m in re.finditer(r"(?m)^(?:[—–-]\s*)?([^\n:]{2,60}):", text)
        )

        def dialogue(label: str) -> bool:
            return repeated[label] >= 2 and any(n >= 2 for other, n in repeated.items() if other != label)

        for m in re.finditer(r"(?m)^(?:[—–-]\s*)?([^\n:]{2,60}):[ \t]*([^\n]+)", text):
            body_start, body = m.start(2), m.group(2).rstrip()
            if m.start() < headline_end or any(a <= body_start < b for a, b in taken):
                continue
            if body[:1] in '"«„“' or len(body.split()) < 3:
                continue  # a quote in marks after the label is the pairs' own
            if not dialogue(m.group(1).strip()) and self._list_item(doc, index, m.start(), m.end()):
                continue  # «— Андрей X: из восьми лет он отбыл пять»: a list of people, no turn
            if m.group(1).strip().lower() in self.lexicon.sets.get("answer_labels", ()):
                # «Пытанне: …» / «Адказ: …»: the answers are the words of the one the
                # introduction says the talk is with («пагутарылі з яго жонкай X»), else of the
                # one person the article names most (the interviewer's label names nobody)
                if answerer is None:
                    asker = self._interviewer(doc, index, headline_end)
                    answerer = self._talk_with(doc, index, m.start(), asker) or self._most_named(index)
                if answerer is not None:
                    out.append(QuoteFinding(answerer, body, body_start, m.end(2)))
                continue
            initials = re.fullmatch(r"((?:[^\W\d_]\.\s?){2,3})", m.group(1).strip())
            if initials is not None:
                # «В. М.: Пісала, двойчы»: later turns labelled by the initials of one full name
                letters = re.findall(r"[^\W\d_]", initials.group(1))
                holders = [
                    p
                    for p in index.persons
                    if len(p.tokens) == len(letters)
                    and all(w[:1].upper() == c.upper() for w, c in zip(p.tokens, letters, strict=True))
                ]
                if len(holders) == 1:
                    out.append(QuoteFinding(holders[0], body, body_start, m.end(2)))
                continue
            label_end = m.end(1)
            role = _LABEL_ROLE.search(m.group(1))
            if role is not None and self._described_not_labelled(role.group(1)):
                continue  # «Мікалай Клімовіч, асуджаны на тры гады: яго не стала …»: a sentence
            if role is not None and role.group(1).islower():
                label_end = m.start(1) + role.start()  # «ИРИНА ЛОЗА, адвокат»: the name before the role
            label = doc.char_span(m.start(1), label_end, alignment_mode="expand")
            if label is None:
                continue
            owners = [index.person_at(t) for t in label if t.is_alpha]
            initials = _INITIALS.fullmatch(m.group(1).strip())
            if initials and not any(owners):
                # «Т. Л.: …»: the one person of the article with these initials
                fits = [
                    p
                    for p in index.persons
                    if len(p.tokens) > 1 and (p.tokens[0][:1], p.tokens[-1][:1]) == initials.groups()
                ]
                owners = fits[:1] if len(fits) == 1 else owners
            if not any(owners) and self._role_label(doc, label, index):
                # «Судья: Подсудимый, встаньте»: a turn of the one the article calls the judge
                holder = self._by_role(label, index, body_start, label=True)
                if holder is not None:
                    out.append(QuoteFinding(holder, body, body_start, m.end(2), turn=True))
                continue
            people = {id(p): p for p in owners if p is not None}
            if len(people) != 1 or owners[-1] is None:
                continue
            lead = owners[: next(i for i, p in enumerate(owners) if p is not None)]
            if len(lead) > 2 or any(self.lexicon.word_in(t, "speech") for t in label):
                continue
            if any(self._preposition(t) for t in [t for t in label if t.is_alpha][: len(lead)]):
                continue  # «Пра мінулае Алега Дубовіка: яго затрымалі …»: a topic heading, no label
            speaker = next(iter(people.values()))
            named = (t for t in label if len(t) > 1 and t.is_alpha and index.person_at(t) is speaker)
            first = next(named, None)  # (not an initial: «Р. Шилов:»)
            if first is not None and _oblique(first, speaker) and not dialogue(m.group(1).strip()):
                continue  # «Галине Шестаковой: 614000, г. Пермь, …»: whom to write to, not who speaks
            labelled = (label.start, label.end)
            turn = QuoteFinding(speaker, body, body_start, m.end(2), turn=True, label=labelled)
            out.append(turn)
        return out

    def _list_item(self, doc: Doc, index: PersonIndex, start: int, end: int) -> bool:
        """«— Рыгор X, прадпрымальнік: пяць гадоў калоніі;» between «— Тамара Y, …: …» lines: a line
        opening with a dash whose neighbouring line (the non-blank one before or after) opens with
        a dash and a person's name too is one item of a list of people (freed, sentenced), which
        tells of each what befell them. A neighbour labelled by a role or a question («— Вопрос:
        …») makes a transcript's turn, not a list."""
        text = doc_text(doc)
        if text[start : start + 1] not in _DASHES:
            return False
        before = text[:start].rstrip()
        neighbours = []
        if "\n" in text[len(before) : start] and before:
            neighbours.append(before.rfind("\n") + 1)
        after = text[end:].lstrip()
        if after and "\n" in text[end : len(text) - len(after)]:
            neighbours.append(len(text) - len(after))
        for at in neighbours:
            if text[at : at + 1] not in _DASHES:
                continue
            line = doc.char_span(at, min(len(text), at + 40), alignment_mode="contract")
            words = [t for t in line if t.is_alpha][:2] if line is not None else []
            if any(index.person_at(t) is not None for t in words):
                return True
        return False

    @staticmethod
    def _most_named(index: PersonIndex) -> Person | None:
        """The one person the article names (or points at) more often than anyone else."""
        ranked = Counter(id(p) for p in index.persons for _ in p.mentions).most_common(2)
        if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
            return None
        return next(p for p in index.persons if id(p) == ranked[0][0])

    def _preposition(self, t) -> bool:
        """A preposition, by the tagger or (Belarusian, no parse) by the lexicon's list."""
        return t.pos_ == "ADP" or t.lower_ in self.lexicon.sets.get("prepositions", ())

    def _described_not_labelled(self, role: str) -> bool:
        """(Belarusian) a number in the words after the name's comma («, асуджаны на тры гады»)
        describes the person in a sentence running on past the colon; a turn's label has a
        role there («, адвакат»), never a count."""
        if not self.lexicon.extra.get("linear"):
            return False
        return any(w.lower() in self.lexicon.numbers for w in role.split())

    def _interview(
        self, doc: Doc, index: PersonIndex, interviewer: Person | None = None
    ) -> tuple[list[tuple[int, int, str]], Person | None]:
        """Answer turns: a dash paragraph right after a dash paragraph that asks a question."""
        text = doc_text(doc)
        paragraphs = [(m.start(), m.end(), m.group()) for m in re.finditer(r"[^\n]+", text)]
        turns = [(a, b, p) for a, b, p in paragraphs if _dash_turn(p) or _labelled_question(p)]
        questions = [p for _, _, p in turns if p.rstrip().endswith("?")]
        if len(questions) < 2:
            return self._plain_interview(doc, index, paragraphs, interviewer)
        counts: Counter = Counter()
        for person in index.persons:
            if person is interviewer:
                continue  # the byline's interviewer asks; the interviewee answers
            for s, _e in person.mentions:
                if not any(a <= doc[s].idx < b for a, b, _ in turns):
                    counts[id(person)] += 1
        if not counts:
            return [], None
        replies = [(a, b) for a, b, p in turns if not p.rstrip().endswith("?")]
        gender = self._answers_gender(index, replies)
        interviewee = self._talk_with(doc, index, turns[0][0], interviewer)
        if (
            interviewee is not None
            and None not in (gender, interviewee.gender)
            and gender != interviewee.gender
        ):
            interviewee = None  # «я была …» in the answers: not the man the introduction names
        interviewee = interviewee or self._answers_gender_pick(index, counts, gender)
        if interviewee is None:
            # the one named most often, unless the answers speak in the other gender (her
            # husband the story is about): nobody known then answers
            interviewee = next(p for p in index.persons if id(p) == counts.most_common(1)[0][0])
            if None not in (gender, interviewee.gender) and gender != interviewee.gender:
                interviewee = None
        answers = []
        previous_question = False
        first = self.lexicon.pronouns.get("first", set()) | {"мы", "нас", "нам", "мой", "моя", "мои", "наш"}
        asker = _asker_label([p for _, _, p in paragraphs])
        for k, (a, b, p) in enumerate(paragraphs):
            before = paragraphs[k - 1][2] if k > 0 else ""
            if asker and _plain_answer(p, before, asker):
                answers.append((a, b, p))
                previous_question = False
                continue
            is_turn = _dash_turn(p) or _labelled_question(p)
            asked = (before[:1] in "—–" and before.rstrip().endswith("?")) or _labelled_question(before)
            if _dash_turn(p) and asked and self._answer_ending_in_question(p):
                body_start = a + len(p) - len(p[1:].lstrip())
                answers.append((body_start, b, text[body_start:b]))
                previous_question = False
                continue
            if is_turn and (p.rstrip().endswith("?") or self._prompt(paragraphs, k, answers, first)):
                previous_question = True
                continue
            if _dash_turn(p) and previous_question:
                body_start = a + len(p) - len(p[1:].lstrip())
                answers.append((body_start, b, text[body_start:b]))
            previous_question = False if not is_turn else previous_question
        return answers, interviewee

    def _answers_gender_pick(self, index: PersonIndex, counts: Counter, gender: str | None) -> Person | None:
        """«— Старэйшаму я сказала праўду адразу»: the answers' gender (`_answers_gender`) tells
        the interviewee's; the person of that gender named most often outside the turns answers
        (not her husband, named more often); None when unknown."""
        if gender is None:
            return None
        fit = [p for p in index.persons if id(p) in counts and p.gender == gender]
        return max(fit, key=lambda p: counts[id(p)]) if fit else None

    def _answers_gender(self, index: PersonIndex, answers: list[tuple[int, int]]) -> str | None:
        """(Belarusian) The one gender of the past verbs after «я» in the answers (the verb's
        ending, -ла/-лася or -ў/-ўся), outside words in marks they retell; None when no such
        verb, or both genders. Russian answers are not read: a foreign name's gender is often
        guessed wrong («Айтадж Гасымлы» read as a man's) and the answers' gender then picked a
        photo credit (withdrawn in session 42, syn13-ru-b)."""
        if not self.lexicon.extra.get("linear"):
            return None
        text = doc_text(index.doc)
        genders = set()
        for a, b in answers:
            body = re.sub(r'"[^"\n]*"', lambda m: " " * len(m.group()), text[a:b])
            for m in re.finditer(r"\b[Яя]\s+(?:\w+\s+)?(\w+(?:ла|лася|ўся|ў))\b", body):
                genders.add("fem" if m.group(1).endswith(("ла", "лася")) else "masc")
        return genders.pop() if len(genders) == 1 else None

    def _answer_ending_in_question(self, paragraph: str) -> bool:
        """(Belarusian) «— Штодня думаю. Але хто будзе вазіць перадачы?» right after a question: an
        answer that opens with a statement and ends on a question of its own, not a second one."""
        if not self.lexicon.extra.get("linear") or not paragraph.rstrip().endswith("?"):
            return False
        return re.search(r"\w[.!…]\s+\S", paragraph) is not None

    @staticmethod
    def _prompt(paragraphs: list[tuple[int, int, str]], k: int, answers: list, first: set[str]) -> bool:
        """«— Ходят слухи, что …» between two answers: a short turn with no «?» and no word in the
        first person, right after an answer turn (and the plain paragraphs that go on with it:
        «— Вы говорили, что …» after an answer of three paragraphs) and before another turn that
        asks nothing, is the interviewer's prompt, and the turn after it the answer."""
        a, _b, p = paragraphs[k]
        if not answers or k == 0 or k + 1 >= len(paragraphs):
            return False
        last = next((j for j in range(k - 1, -1, -1) if paragraphs[j][1] == answers[-1][1]), None)
        if last is None or any(_dash_turn(q) or _LABEL.match(q) for _, _, q in paragraphs[last + 1 : k]):
            return False
        following = paragraphs[k + 1][2]
        if following[:1] not in "—–" or following.rstrip().endswith("?") or len(p.split()) > 25:
            return False
        return not first & {w.strip(".,!?…;:—-").lower() for w in p.split()}

    def _plain_interview(
        self, doc: Doc, index: PersonIndex, paragraphs: list[tuple[int, int, str]], interviewer: Person | None
    ) -> tuple[list[tuple[int, int, str]], Person | None]:
        """An interview set without dashes or labels: short question paragraphs («Как вас
        задержали?») each followed by the answer, after an introduction that says whom the
        conversation is with («Мы поговорили с X»). The answers (paragraphs up to the next
        question, at least two of them in the first person) are X's turns; without that
        introduction nobody is known to answer."""
        asked = [
            k
            for k, (_, _, p) in enumerate(paragraphs)
            if k > 0 and p.rstrip().endswith("?") and len(p.split()) <= 30 and p[:1] not in '"«„—–-'
        ]
        asked = [k for k in asked if k + 1 < len(paragraphs) and k + 1 not in asked]
        if len(asked) < 2:
            return [], None
        interviewee = self._talk_with(doc, index, paragraphs[asked[0]][0], interviewer)
        if interviewee is None and self._told_us(doc, paragraphs[asked[0]][0]):
            interviewee = self._introduced(doc, index, paragraphs[asked[0]][0], interviewer)
        if interviewee is None:
            return [], None
        first = self.lexicon.pronouns.get("first", set()) | {"мы", "нас", "нам", "мой", "моя", "мои", "наш"}
        labelled = [p for _, _, p in paragraphs if _LABEL.match(p)]
        if len(labelled) >= 2:
            return [], None  # a transcript with speakers' labels: its turns are found as such
        cues = self.lexicon.sets.get("interviewer_cues", set())
        # answers set as dash lines after plain questions: a plain paragraph among them is the
        # interviewer's again («Расскажите, как вас задержали.») or a caption («Фото: X …»)
        dashed = sum(paragraphs[k + 1][2][:1] in "—–" for k in asked) * 2 > len(asked)
        answers = []
        for n, k in enumerate(asked):
            stop = asked[n + 1] if n + 1 < len(asked) else len(paragraphs)
            for a, b, p in paragraphs[k + 1 : stop]:
                if p[:1] in '"«„' or p.split()[0].lower().strip(":") in cues:
                    break  # a quotation, found on its own; the byline closing the interview
                if dashed and p[:1] not in "—–":
                    continue
                answers.append((a, b, p))
        spoken = [a for a in answers if first & {w.strip(".,!?…;:").lower() for w in a[2].split()}]
        if len(spoken) < 2:
            return [], None
        return answers, interviewee

    def _told_us(self, doc: Doc, first_turn: int) -> bool:
        """«Он рассказал нам о колонии», «ответила на наши вопросы», «интервью с активистом» in
        the headline: the text before the first question says it is an interview, though it
        names nobody right after an interview word."""
        frames = tuple(self.lexicon.sets.get("interview_frames", ()))
        for t in doc:
            if t.idx >= first_turn:
                return False
            if frames and t.lower_.startswith(frames):
                return True
            if self._to_newsroom(t):
                return True
        return False

    def _to_newsroom(self, verb) -> bool:
        """«рассказала нам», «нам рассказала», «ответил на наши вопросы», «рассказала «Новой газете»»,
        «сказал корреспонденту», «расказала выданню», «рассказала в интервью «Медиазоне»», «В
        интервью «Дождю» X рассказала»: a verb of speech put to the newsroom: «нам»/«наш…» within
        three words of it, an outlet in the dative (a name in marks, a known outlet's stem, a media
        noun) or an interview word within three words after it, or «в интервью» earlier in its
        sentence. Not «Как сообщила «Медиазона», …» (the outlet speaks: a nominative, «как»)."""
        if not self.lexicon.word_in(verb, "speech"):
            return False
        doc = verb.doc
        sets = self.lexicon.sets
        ours = ("нам", "наш", "нашы", "нашаму", "нашай")
        frames = tuple(sets.get("interview_frames", ()))
        outlets = (*sets.get("newsroom_stems", ()), *sets.get("outlet_stems", ()))
        sent = verb.sent
        if any(w.lower_.startswith(ours) for w in doc[max(sent.start, verb.i - 3) : verb.i]):
            return True
        if frames and any(
            w.lower_ in ("в", "во", "у", "ў") and doc[w.i + 1].lower_.startswith(frames)
            for w in doc[sent.start : verb.i - 1]
        ):
            return True
        if verb.i > sent.start and doc[verb.i - 1].lower_ in sets.get("as_said", ()):
            return False
        for w in doc[verb.i + 1 : min(sent.end, verb.i + 4)]:
            low = w.lower_
            if low.startswith(ours) or (frames and low.startswith(frames)):
                return True
            if outlets and low.startswith(outlets) and _dative_form(low):
                return True
            if w.text == '"' and doc[w.i - 1].text != ":" and w.i + 1 < len(doc):
                # «рассказала «Новой газете Европа», как …»: an outlet's name in marks (a short
                # title, closed within five words) in the dative, not words quoted after a colon
                closing = next((x.i for x in doc[w.i + 2 : w.i + 7] if x.text == '"'), None)
                title = doc[w.i + 1 : closing] if closing else ()
                if title and title[0].text[:1].isupper() and any(_dative_form(x.lower_) for x in title):
                    return True
        return False

    def _with_newsroom(self, frame) -> bool:
        """«Она согласилась поговорить с Кавказ.Реалии», «пагутарыў з «Нашай Нівай»», «поговорила
        с нашим корреспондентом», «побеседовал с нами»: a word of conversation (`interview_frames`)
        whose partner, after «с»/«з», is the newsroom — an outlet (`outlet_stems`, a newsroom noun,
        a title in marks) or «нами»/«намі» — not a person. The talk to the newsroom is a telling
        to it (`_to_newsroom`): the sentence's subject is the one who answers (`_told_by`)."""
        frames = tuple(self.lexicon.sets.get("interview_frames", ()))
        if not frames or not frame.lower_.startswith(frames):
            return False
        doc = frame.doc
        sets = self.lexicon.sets
        outlets = (*sets.get("newsroom_stems", ()), *sets.get("outlet_stems", ()))
        ours = ("нами", "намі", "наш", "нашы", "нашым")
        for x in doc[frame.i + 1 : min(frame.sent.end - 1, frame.i + 3)]:
            if x.lower_ not in ("с", "со", "з", "са"):
                continue
            partner = doc[x.i + 1]
            if partner.lower_.startswith(ours):
                return True
            if partner.text == '"':
                closing = next((y for y in doc[x.i + 2 : x.i + 7] if y.text == '"'), None)
                return closing is not None and doc[x.i + 2].text[:1].isupper()
            rest = doc_text(doc)[partner.idx : partner.idx + 40].lower()
            return bool(outlets) and rest.startswith(outlets)
        return False

    def _introduced(
        self, doc: Doc, index: PersonIndex, first_turn: int, interviewer: Person | None
    ) -> Person | None:
        """The one person an interview's introduction is about: named (or pointed at by a
        pronoun) most often before the first question, and more often than anyone else."""
        counts: Counter = Counter()
        for person in index.persons:
            if person is not interviewer:
                counts[id(person)] = sum(1 for s, _ in person.mentions if doc[s].idx < first_turn)
        ranked = [(k, n) for k, n in counts.most_common(2) if n]
        if not ranked or len(ranked) > 1 and (ranked[0][1] < 2 or ranked[1][1] == ranked[0][1]):
            return None  # (one person named once is enough: Belarusian keeps no pronoun mentions)
        return next(p for p in index.persons if id(p) == ranked[0][0])

    def _talk_with(
        self, doc: Doc, index: PersonIndex, first_turn: int, interviewer: Person | None
    ) -> Person | None:
        """Who the introduction says answers: the one the talk is with, else the one it says
        told the newsroom."""
        return (
            self._framed(doc, index, first_turn, interviewer)
            or self._told_by(doc, index, first_turn, interviewer)
            or self._headline_label(doc, index, interviewer)
        )

    def _headline_label(self, doc: Doc, index: PersonIndex, interviewer: Person | None) -> Person | None:
        """«Анна Петрова: «Мы ждём его каждый день»», «Адвокат Олег Зуев: дело шито белыми
        нитками»: a headline that opens with one person's name (a role word before it at most)
        and a colon gives the interview to that person."""
        text = doc_text(doc)
        end = text.find("\n")
        colon = text.find(":", 0, end if end >= 0 else len(text))
        if colon < 0:
            return None
        head = doc.char_span(0, colon, alignment_mode="contract")
        if head is None or not 1 <= len(head) <= 4:
            return None
        people = {id(p): p for t in head if (p := index.person_at(t)) is not None}
        if len(people) != 1:
            return None
        person = next(iter(people.values()))
        if person is interviewer or any(self._oblique_case(t, person) for t in head if index.person_at(t)):
            return None
        unnamed = [t for t in head if index.person_at(t) is None]
        return person if len(unnamed) <= 1 and all(t.is_lower for t in unnamed) else None

    def _framed(
        self, doc: Doc, index: PersonIndex, first_turn: int, interviewer: Person | None
    ) -> Person | None:
        """«Мы поговорили с его адвокатом Ниной Зориной», «беседа с X»: the person the introduction
        says the conversation is with answers, whoever else it is about (the last such before the
        first turn)."""
        frames = tuple(self.lexicon.sets.get("interview_frames", ()))
        found = None
        for t in doc:
            if t.idx >= first_turn:
                break
            if not frames or not t.lower_.startswith(frames):
                continue
            for x in doc[t.i + 1 : t.i + 3]:
                if x.lower_ not in ("с", "со", "з", "са"):
                    continue
                for y in doc[x.i + 1 : x.i + 6]:
                    if y.idx >= first_turn or y.text in (".", "?", "!", ";", ":") or "\n" in y.text:
                        break
                    person = index.person_at(y)
                    if person is None and y.i == x.i + 1 and y.lower_ in _COMITATIVE_PRONOUNS:
                        # «Корреспондент поговорил с ним»: the person the pronoun refers to
                        person = index.latest_before(y.i, _COMITATIVE_PRONOUNS[y.lower_])
                    if person is not None and person is not interviewer:
                        found = person
                        break
                break
        return found

    def _told_by(
        self, doc: Doc, index: PersonIndex, first_turn: int, interviewer: Person | None
    ) -> Person | None:
        """«О жизни семьи нам рассказала его жена X», «X ответила на наши вопросы»: a sentence of
        the introduction whose verb of speech is put to the newsroom («нам», «наши вопросы»)
        names the one answering, the one person it names in the nominative (the last such
        sentence before the first turn); a prisoner it names in another case does not answer."""
        found = None
        for sent in doc.sents:
            if sent.start_char >= first_turn:
                break
            if self._newsroom_verb(sent) is None:
                continue
            named = {
                id(p): p
                for t in sent
                if (p := index.person_at(t)) is not None
                and p is not interviewer
                and (t.i == sent.start or index.person_at(doc[t.i - 1]) is not p)
                and not self._oblique_case(t, p)
            }
            if len(named) == 1:
                found = next(iter(named.values()))
            elif not named:
                found = self._told_by_pronoun(sent, index, interviewer) or found
        return found

    def _newsroom_verb(self, sent: Span) -> Token | None:
        """The word that puts a sentence of the introduction to the newsroom: told to it
        («рассказала нам», `_to_newsroom`) or talked with it («поговорить с Кавказ.Реалии»,
        `_with_newsroom`); None when the sentence says neither."""
        return next((t for t in sent if self._to_newsroom(t) or self._with_newsroom(t)), None)

    def _told_by_pronoun(self, sent: Span, index: PersonIndex, interviewer: Person | None) -> Person | None:
        """«Его жена Наталья Швец живёт в Днепре. Она рассказала Радио Свобода, как …»: the
        introduction's sentence of speech to the newsroom often names the interviewee only by a
        nominative pronoun, its subject before the verb (an introduction names the person, then
        says they talked). The pronoun is the latest person of its gender named in the three
        sentences before (not the interviewer); a pronoun whose gender fits nobody there gives
        nobody. Russian and Belarusian keep no pronoun mentions, so the name is looked up here."""
        verb = self._newsroom_verb(sent)
        if verb is None:
            return None
        before = [t for t in sent[: verb.i - sent.start] if t.lower_ in _PRONOUN_GENDER]
        if len(before) != 1:
            return None
        pronoun = before[0]
        exclude = {id(interviewer)} if interviewer is not None else set()
        return index.latest_before(pronoun.i, _PRONOUN_GENDER[pronoun.lower_], exclude=exclude)

    def _interviewer(self, doc: Doc, index: PersonIndex, headline_end: int) -> Person | None:
        """The person a short byline names as the interviewer («Беседовала Анна Иванова»)."""
        cues = self.lexicon.sets.get("interviewer_cues", set())
        for m in re.finditer(r"[^\n]+", doc_text(doc)):
            words = m.group().split()
            if not words or len(words) > 6 or m.start() < headline_end:
                continue
            if words[0].lower().strip(":") not in cues:
                continue
            span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            people = {id(p): p for t in span or () if (p := index.person_at(t)) is not None}
            if len(people) == 1:
                return next(iter(people.values()))
        return None

    def _dash_paragraphs(
        self, doc: Doc, index: PersonIndex, answers, found: list[QuoteFinding]
    ) -> list[QuoteFinding]:
        """«— Мы не сдадимся, — сказал он.» written as a dialogue line without quote marks."""
        out: list[QuoteFinding] = []
        pending: list[QuoteFinding] = []  # lines with no speaker of their own, for a second look
        taken = {a for a, _, _ in answers}
        for m in re.finditer(r"(?m)^[—–] ([^\n]+)", doc_text(doc)):
            start = m.start(1)
            if start in taken:
                continue
            body = m.group(1)
            attributions = [a for a in re.finditer(r"[,.!?…] [—–] ", body) if not _speech_resumed(body, a)]
            if not attributions:
                if body.rstrip().endswith(";"):
                    continue  # «Судья назначила:» then «— токарю X — 6 лет колонии;»: a list's item
                speaker = self._after_colon_line(doc, index, m.start())
                if speaker is not None and len(body.split()) >= 3:
                    out.append(QuoteFinding(speaker, body, start, m.end()))
                elif speaker is None:
                    pending.append(QuoteFinding(None, body, start, m.end()))
                continue
            person, attribution, clause = None, attributions[0], None
            for attribution in attributions:
                # «— Калі яго выпусцяць, няхай без пашпарта, — я паеду туды, — кажа Алена»: a dash
                # inside the words; the attribution is the first dash clause that names a speaker
                span = doc.char_span(start + attribution.end(), m.end(), alignment_mode="expand")
                if span is None:
                    continue
                clause = span[: next((i for i, t in enumerate(span) if t.text in (".", "—", "–")), len(span))]
                # («— …, — цитирует его «Звезда».»: whose words an outlet relays, as in marks)
                owner = None if self.lexicon.extra.get("linear") else self._words_owner(clause, index, start)
                person = owner or self._speaker_in(clause, index, start)
                if person is not None:
                    break
            if clause is None:
                continue
            if person is None:
                attribution = attributions[0]
                span = doc.char_span(start + attribution.end(), m.end(), alignment_mode="expand")
                if span is None:
                    continue
                clause = span[: next((i for i, t in enumerate(span) if t.text in (".", "—", "–")), len(span))]
            if person is None and body[attribution.start()] in ",!?…" and _author_words(clause):
                # «— …, — повторяла она. — …»: after a comma and a dash, words opening in lower
                # case are the author's (Russian punctuation of direct speech), a verb of speech
                # or not; the speaker is then in the nominative
                person = self._speaker_in(clause, index, start, need_verb=False, nominative=True)
            if person is None and body[attribution.start()] == "," and self.lexicon.extra.get("linear"):
                # «— …, — Натальля на хвіліну змаўкае. — …»: after a comma and a dash the words
                # are an attribution with or without a verb of speech, the speaker a nominative name
                # (not a list line's «— X (горад), 40 гадоў, — 3 гады …; суддзя Y»)
                clause = clause[: next((i for i, t in enumerate(clause) if t.text == ";"), len(clause))]
                person = self._speaker_in(clause, index, start, need_verb=False, nominative=True)
            if person is None:
                # «— …, — расказала жанчына.» after a paragraph that named the woman
                genders = self.lexicon.words.get("generic_speaker_genders", {})
                gender = next((genders[t.lower_] for t in clause if t.lower_ in genders), None)
                if gender is not None and any(self.lexicon.word_in(t, "speech") for t in clause):
                    person = self._told_in_sentence_before(doc, index, m.start(), m.end(), gender)
            if person is not None:
                out.append(QuoteFinding(person, body[: attribution.start() + 1], start, m.end()))
        out.extend(self._voice_both_sides(doc, [*found, *out], pending))
        return out

    def _voice_both_sides(
        self, doc: Doc, found: list[QuoteFinding], pending: list[QuoteFinding]
    ) -> list[QuoteFinding]:
        """«— Пра прысуд я даведалася …, — кажа Алена.» «— Мы не ведаем, ці ён жывы.» «— Максім
        выехаў. Тата застаўся.» «— …, — кажа Алена.»: dash paragraphs of prose with no
        attribution (sentences, no numbers: no list's item), one after another, between two
        quotes of one speaker (at most three paragraphs apart at each step) are that speaker's,
        as a feature story gives a relative's words line after line."""
        text = doc_text(doc)
        spoken = sorted((q for q in found if q.speaker is not None and not q.turn), key=lambda q: q.start)
        out: list[QuoteFinding] = []
        runs: list[list[QuoteFinding]] = []
        for line in sorted(pending, key=lambda q: q.start):
            previous = runs[-1][-1] if runs else None
            joined = (
                previous is not None
                and _paragraphs_in(text[previous.end : line.start]) <= 3
                and not any(previous.end <= q.start < line.start for q in spoken)
            )
            if joined:
                runs[-1].append(line)
            else:
                runs.append([line])
        for run in runs:
            if not all(self._prose_line(line.text) for line in run):
                continue
            before = [q for q in spoken if q.end <= run[0].start]
            after = [q for q in spoken if q.start >= run[-1].end]
            if not before or not after:
                continue
            last, following = before[-1], after[0]
            if last.speaker is not following.speaker:
                continue
            gaps = (text[last.end : run[0].start], text[run[-1].end : following.start])
            if any(_paragraphs_in(gap) > 3 for gap in gaps):
                continue
            for line in run:
                line.speaker = last.speaker
                out.append(line)
        return out

    @staticmethod
    def _prose_line(body: str) -> bool:
        """A dash line of sentences (no list's item: no number, a sentence's end, six words)."""
        body = body.rstrip()
        return body.endswith((".", "!", "?", "…")) and len(body.split()) >= 6 and not re.search(r"\d", body)


def _past_without_subject(verb: Token, inner: Span) -> bool:
    """«судья, по словам X, «даже не подняла глаз»», «где, по его словам, «били головой об стену»»:
    the first finite verb in the marks is a past form (which carries no person, so the check of a
    third-person verb misses it) with no subject of its own in the marks: it is the predicate of
    the narrator's clause whose subject stands before «по словам X», a fragment, no quote
    (GUIDELINES). A subject inside («…, по её словам, «я ничего не знала»») keeps the quote.
    Census in docs/extract-ru-be.md, "Session 59 — quotes on real news (quotes)"."""
    if "Past" not in verb.morph.get("Tense"):
        return False
    return not any(c.dep_.startswith("nsubj") and inner.start <= c.i < inner.end for c in verb.children)


def _dative_form(word: str) -> bool:
    """A noun or adjective form that can be a dative («газете», «Медиазоне», «Дождю», «изданию»,
    «редакции», «выданню», «Новой», «Нашай»), or an indeclinable radio; not a nominative
    («Медиазона», «Дождь», «газета», «корреспондент»)."""
    return word.endswith(("у", "ю", "е", "и", "і", "ам", "ям", "ой", "ей", "ай")) or word in (
        "радио",
        "радыё",
        "радыа",
    )


_TIME_STAMP = re.compile(r"(?m)^[^\w\n]{0,3}\d{1,2}[:.]\d{2}\b")


def _entry_between(index: PersonIndex, person: Person, at: int) -> bool:
    """A live blog's time stamp («13:15 …» opening a line) stands between the last mention of
    `person` before token `at` and `at`: the pronoun there opens a new entry, whose subject the
    entry itself introduces (a person the name finder may miss), not someone of an earlier one."""
    doc = index.doc
    last = max((a for a, _ in person.mentions if a < at), default=None)
    if last is None:
        return False
    return _TIME_STAMP.search(doc_text(doc), doc[last].idx, doc[at].idx) is not None


def _subheading(text: str, start: int, end: int) -> bool:
    """«Чалавек, які быў побач» on a line of its own: words in marks that fill their line with no
    stop inside or after them title the section below (a feature's subheading quoting someone),
    like a headline's quote, which is not annotated (GUIDELINES); a quotation that is a paragraph
    of its own ends its sentence («…».), and one that a colon ending the line before introduces
    («Она написала в соцсетях:» then «…» below) is a quote."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if text[line_start:start].strip() or text[end:line_end].strip():
        return False
    if text[:line_start].rstrip().endswith(":"):
        return False
    return text[start + 1 : end - 1].rstrip()[-1:] not in (".", "!", "?", "…", '"')


def _paragraphs_in(gap: str) -> int:
    """Whole paragraphs between two quotes (the dash that opens the next one's line is none)."""
    return len([p for p in gap.split("\n") if p.strip(" —–-")])


def _dash_turn(paragraph: str) -> bool:
    """A dialogue paragraph opened by a dash («— Пакуль не.»)."""
    return paragraph[:1] in "—–" or paragraph.startswith("- ")


def _asker_label(paragraphs: list[str]) -> str | None:
    """«НН: За што вас судзілі?» … «НН: Як вас трымалі?»: the one label every labelled question
    of the text carries («НН:», «Свабода:», «Корреспондент:»), when two questions or more carry
    it and no other label opens any paragraph of the text: the interviewer's, in an interview
    whose answers are set as plain paragraphs (a transcript labels both sides and is read by
    `_labelled_turns`)."""
    labels = [m.group().strip() for p in paragraphs if (m := _LABEL.match(p)) is not None]
    asked = {m.group().strip() for p in paragraphs if _labelled_question(p) and (m := _LABEL.match(p))}
    if len(asked) != 1:
        return None
    label = asked.pop()
    return label if labels.count(label) >= 2 and set(labels) == {label} else None


def _plain_answer(paragraph: str, before: str, asker: str) -> bool:
    """The paragraph right after a turn of the interviewer's label (`_asker_label`; a question,
    or a prompt such as «НН: У тэлеграм-каналах пішуць, што …»), set plain — no dash, no label,
    no mark opening it (a quotation is found as such) — is the interviewee's answer: one quote
    per turn, opening with its first paragraph, as a dash answer is."""
    if not before.startswith(asker) or before[:1] in "—–-":
        return False
    return paragraph[:1] not in '—–-"«„' and _LABEL.match(paragraph) is None


def _labelled_question(paragraph: str) -> bool:
    """«НН»: Як прайшоў дзень? / Корреспондент: Вы уедете?: the interviewer's question set under a
    short label; the dash paragraphs after it answer, as after a dash question."""
    return (
        paragraph.rstrip().endswith("?")
        and _LABEL.match(paragraph) is not None
        and paragraph[:1] not in "—–-"
    )


def _set_voices(index: PersonIndex, quotes: list[QuoteFinding]) -> None:
    """«ВЕТЛУГИНА: Его задержали у подъезда»: a speaker calls herself «я» and whom she speaks
    to «вы», so a third-person pronoun in a quote is not its speaker, and in a turn of a
    transcript or an interview not any of the conversation's speakers either."""
    talkers = frozenset(id(q.speaker) for q in quotes if q.turn and q.speaker is not None)
    index.voices = [
        (q.start, q.end, talkers | {id(q.speaker)} if q.turn else frozenset({id(q.speaker)}))
        for q in quotes
        if q.speaker is not None
    ]


def _unmention_addresses(doc: Doc, index: PersonIndex, quotes: list[QuoteFinding]) -> None:
    """A turn's label («СЕНИНА:») and a speaker addressed in a turn («Юрий, чего вы ждали?»)
    name the conversation's voices, not anyone an event in the turn happens to: they stop being
    mentions the events read (a person keeps at least one mention)."""
    turns = [q for q in quotes if q.turn]
    if not turns:
        return
    talkers = {id(q.speaker) for q in turns if q.speaker is not None}
    drop: set[int] = set()
    for q in turns:
        if q.label is not None:
            drop.update(range(*q.label))
    for person in index.persons:
        if id(person) not in talkers:
            continue
        for s, e in person.mentions:
            q = next((q for q in turns if q.start <= doc[s].idx < q.end), None)
            if q is None:
                continue
            before = doc[s - 1] if s > 0 else None
            after = doc[e] if e < len(doc) else None
            opening = before is None or before.idx < q.start or before.text == ","
            if opening and after is not None and after.text in (",", "!", "?"):
                drop.update(range(s, e))  # «Юрий, …», «…, Ольга?»: the one spoken to
    for person in index.persons:
        kept = [(s, e) for s, e in person.mentions if s not in drop]
        if kept and len(kept) < len(person.mentions):
            person.mentions = kept
            for i in drop:
                if index.by_token.get(i) is person:
                    del index.by_token[i]


_SURNAME_ENDINGS = {
    "fem": ("ова", "ева", "ёва", "ина", "ына", "ская", "цкая", "ава", "іна"),
    "masc": ("ов", "ев", "ёв", "ин", "ын", "ский", "цкий", "аў", "еў", "ін", "скі", "цкі"),
}


def _surname_gender(person: Person) -> str | None:
    """A Russian or Belarusian surname's ending tells the gender the tagger may have missed
    («Эльмаз Усеинова», an unknown first name read as a man's); else the person's gender."""
    if len(person.tokens) > 1:
        last = person.tokens[-1].lower()
        for gender in ("fem", "masc"):  # (feminine first: «-ова» ends in «-ов» + «а»)
            if last.endswith(_SURNAME_ENDINGS[gender]):
                return gender
    return person.gender


def _named_after_clients(index: PersonIndex, client: Person, end: int) -> Person | None:
    """«адвокат Ахмедовой Тимур Ковров», «адвокат Ахмедовой и Орлова Тимур Ковров»: the name
    that follows the client's genitive (and any clients joined to it) after a relation noun is
    the holder of that noun; None when no other name follows."""
    doc = index.doc
    k = end
    while k + 1 < len(doc) and doc[k].lower_ in ("и", ",") and index.person_at(doc[k + 1]) is not None:
        joined = index.person_at(doc[k + 1])
        k += 1
        while k < len(doc) and index.person_at(doc[k]) is joined:
            k += 1
    after = index.person_at(doc[k]) if k < len(doc) else None
    return after if after is not None and after is not client else None


def _set_off_before(index: PersonIndex, noun: int) -> Person | None:
    """«Мария Соколова, адвокат Галеева, …»: the name the relation noun at `noun` is set off
    after holds it (not the client in the genitive after it)."""
    doc = index.doc
    if noun < 2 or doc[noun - 1].text != ",":
        return None
    return index.person_at(doc[noun - 2])


def _to_stop(part: Span) -> Span:
    """`part` up to its first dash or full stop: the attribution between the two halves of one
    pair of marks («…, — сказала Крым.Реалиям адвокат X. — …»; an outlet's dotted name is no stop)."""
    for t in part:
        if t.text in ("—", "–") or (t.text == "." and not _inner_dot(part.doc, t.i)):
            return part[: t.i - part.start]
    return part


def _inner_dot(doc: Doc, j: int) -> bool:
    """«рассказал Крым.Реалиям адвокат X»: a full stop inside a word (an outlet's name), with
    letters on both sides and no space, ends no clause."""
    return (
        doc[j].text == "."
        and 0 < j < len(doc) - 1
        and not doc[j].whitespace_
        and not doc[j - 1].whitespace_
        and doc[j - 1].is_alpha
        and doc[j + 1].is_alpha
    )


def _speech_resumed(body: str, dash: re.Match) -> bool:
    """«— A, — сказал он. — B»: after a full stop and a dash, words opening with a capital are
    the speech going on, not an author's words (which follow a comma, ! ? or …, in lower case)."""
    rest = body[dash.end() :].lstrip()
    return body[dash.start()] == "." and rest[:1].isupper()


def _author_words(clause: Span) -> bool:
    """The clause after «, —» opens with a lower-case word (a verb or a pronoun: «повторяла она»,
    «пожимает плечами он»), not a number or a name: a list line's «— X, 40 лет, — 3 года»."""
    words = [t for t in clause if not t.is_punct]
    return bool(words) and words[0].is_alpha and words[0].text[0].islower() and len(words) <= 6


def _speech_punctuation(text: str, end: int) -> bool:
    """A comma after the closing mark, or ! ? … before it, then a dash: direct speech."""
    return "," in text[end : end + 3] or text[end - 2 : end - 1] in ("!", "?", "…")


def _oblique(t, person: Person) -> bool:
    """The mention's first word (`t`) is not the person's nominative («Ігара» of Ігар Лосік):
    where no parse says whose noun a name depends on (Belarusian). A first name in -ы/-і is
    the nominative of the same name in -ый/-ій («Юры» of Юрый, «Анатолі» of Анатолій): no case
    of those ends so."""
    nominatives = {name_key(w) for w in person.tokens}
    word = name_key(t.text)
    return word not in nominatives and not (word[-1:] in "ыі" and f"{word}й" in nominatives)


def _mention_last(t, person: Person, index: PersonIndex):
    """The last word of the person's mention that opens at `t` («Олега Сомова» → «Сомова»)."""
    doc = t.doc
    j = t.i
    while j + 1 < len(doc) and index.person_at(doc[j + 1]) is person:
        j += 1
    return doc[j]


def _token_at(doc: Doc, char: int) -> int:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span.start if span is not None else 0


__all__ = ["QuoteFinder", "QuoteFinding", "quote_pairs"]


def _case_form(word: str, noun: str) -> bool:
    """Belarusian has no lemmas for most role nouns: «машыністу Х» (dative), «настаўніка Х»
    (genitive), «настаўніцы Х» are case forms of the «машыніст», «настаўнік», «настаўніца» an
    attribution names (an ending added to a consonant stem, or put for a final -а/-я)."""
    if len(noun) < 4 or not word.startswith(noun[:-1]):
        return False
    rest = word[len(noun) :]
    if word.startswith(noun) and rest in ("у", "ю", "а", "я", "ам", "ом", "ем", "е"):
        return noun[-1] not in "аяьй"
    return noun[-1] in "ая" and word[len(noun) - 1 :] in ("ы", "е", "і", "у", "ю", "ай", "яй")


def _one_of_family(index: PersonIndex, person: Person, gender: str) -> Person | None:
    """The one other person of `gender` bearing `person`'s surname («Ирина Зуева» for «Никита
    Зуев»), or None for none or several: whose words a relative's noun or verb's gender points to."""
    key = surname_key(person.tokens[-1])
    kin = [
        p
        for p in index.persons
        if p is not person
        and len(p.tokens) > 1
        and surname_key(p.tokens[-1]) == key
        and _surname_gender(p) == gender
    ]
    return kin[0] if len(kin) == 1 else None


def _quoted_complement(span: Span) -> str:
    """The folded words of the first quoted name in an attribution («— заяўляе лідар "Гавары
    праўду!"» → "гавары праўду"), or "" when it quotes none."""
    marks = [t.i for t in span if t.is_quote]
    return _folded_words(span.doc[marks[0] + 1 : marks[1]]) if len(marks) > 1 else ""


def _folded_words(span: Span) -> str:
    """A span's words, folded, one space apart (punctuation and quotation marks left out)."""
    return fold(" ".join(t.text for t in span if t.is_alpha))
