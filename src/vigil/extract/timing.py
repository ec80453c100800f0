"""Each event's own date, and whether the article tells it as background.

Works on any language's spaCy parse (dependencies and morphology); the few function words
it needs are data each language passes in (`Words`; English's in `en/timewords.py`). Three
ideas, after HeidelTime (STYLE.md §6):

* **The event's own clause.** Only a date that is a temporal adverbial of the trigger's own
  clause dates it: "X, sentenced to ten years in 2023, was freed on Saturday" dates the
  sentence 2023 and the release Saturday. Durations inside a date ("eight years that June")
  are terms, not dates.
* **References.** Dates relative to now ("on Monday", "last week", "yesterday") take the
  publication date as reference; anaphoric ones ("that June", "in March of that year", "two
  months later") take the last date the text gave before them; a month or day written
  without a year takes the year of the last date given in the same paragraph.
* **Background.** A past perfect ("had been detained"), a progressive state ("was serving"),
  a relative clause or participle describing a person ("who was sentenced in 2023", "a
  teacher sentenced to ten years") and an anaphoric date ("jailed that June") tell what
  happened before the news. Such an event keeps the date the text states, at its
  precision, or none: it is known only to be older than the article, never dated the day
  of publication.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta
from spacy.tokens import Doc, Span, Token

from vigil.extract.dates import DateReader, DateValue
from vigil.extract.doctext import doc_text, span_text
from vigil.extract.sentences import entities

__all__ = ["NO_WORDS", "Timeline", "When", "Words", "is_background"]


@dataclass(frozen=True)
class Words:
    """One language's function words for time (data, not rules)."""

    perfect: frozenset[str]  # lemma of the perfect auxiliary ("have")
    anaphoric: re.Pattern[str]  # "that June", "the same year", "of that year"
    demonstratives: frozenset[str]  # "that" before a date the entity recogniser left out
    anaphoric_strip: re.Pattern[str]  # what to remove to leave "June" of "in June of that year"
    now: re.Pattern[str]  # "earlier this year", "last week": relative to the publication
    years: dict[str, int]  # "last year" -> -1: a month of a year named relative to publication
    years_strip: re.Pattern[str]
    later: re.Pattern[str]  # "two months later", "the following year", "the next day"
    earlier: re.Pattern[str]  # "three days earlier", "the previous month"
    units: dict[str, str]  # word -> day, week, month or year
    numbers: dict[str, int]
    duration: re.Pattern[str]  # "ten years" inside "ten years that June"
    age: frozenset[str]  # "34 years old"
    groups: frozenset[str]  # "those freed": a membership phrase, not a description
    # "re-arrested him months after he was released": a clause that tells what came before
    # the clause it hangs on
    before_main: frozenset[str] = frozenset()


_CLAUSES = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "conj", "parataxis", "appos", "csubj"})
_CLAUSES |= {"acl:relcl", "nsubj", "nsubjpass", "nsubj:pass", "dobj", "obj", "iobj", "dative", "agent"}
_ADVERBIAL = frozenset({"prep", "pobj", "npadvmod", "advmod", "tmod", "obl", "obl:tmod", "pcomp"})
_ADVERBIAL |= {"nmod:tmod", "case", "nummod", "det", "compound", "amod", "quantmod", "punct", "cc"}
_MODIFIERS = frozenset({"nummod", "compound", "amod", "poss", "nmod:poss", "nmod"})
_OBJECTS = frozenset({"dobj", "obj"})
_ADJUNCTS = frozenset({"pcomp", "advcl"})
_AUX = frozenset({"aux", "auxpass", "aux:pass"})
_RELATIVE = frozenset({"relcl", "acl", "acl:relcl"})
_SUBJECTS = frozenset({"nsubj", "nsubj:pass", "nsubjpass"})
_RELATIVE_OR_ADJUNCT = _RELATIVE | _ADJUNCTS


@dataclass(frozen=True)
class When:
    """An event's date as the text gives it (`date` ISO at `precision`), and whether it is
    background told in passing."""

    date: str | None = None
    precision: str | None = None
    background: bool = False


_NEVER = re.compile(r"(?!)")
# a language without its words yet: morphology and dependencies alone (no anaphora, no durations)
NO_WORDS = Words(
    perfect=frozenset(),
    anaphoric=_NEVER,
    demonstratives=frozenset(),
    anaphoric_strip=_NEVER,
    now=_NEVER,
    years={},
    years_strip=_NEVER,
    later=_NEVER,
    earlier=_NEVER,
    units={},
    numbers={},
    duration=_NEVER,
    age=frozenset(),
    groups=frozenset(),
)


def is_background(trigger: Token, words: Words = NO_WORDS) -> bool:
    """True when the trigger's clause tells an earlier state of affairs, not the news itself."""
    verb = trigger
    steps = 0
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i and steps < 4:
        verb, steps = verb.head, steps + 1  # "serving a ten-year sentence": the noun's verb
    auxes = [c for c in verb.children if c.dep_ in _AUX]
    if any(a.lemma_.lower() in words.perfect and "Past" in a.morph.get("Tense") for a in auxes):
        return True  # "had been detained"
    if verb.dep_ == "advcl" and any(_perfect_participle(a, words) for a in auxes):
        return True  # "Having spent a year in pre-trial detention, she walked free": done before the news
    if verb.dep_ in _ADJUNCTS and _opened_by(verb, words.before_main):
        return True  # "re-arrested ... only months after he was released": older than the news
    if "Prog" in verb.morph.get("Aspect") and (auxes or verb.dep_ in _RELATIVE_OR_ADJUNCT):
        return True  # "was serving", "is serving", "who was serving", "walked free after serving"
    if verb.dep_ in _RELATIVE:
        head = verb.head
        if head.lower_ in words.groups or head.pos_ == "PRON" or head.pos_ == "NUM":
            return False  # "among those freed": the group the news is about
        return head.pos_ == "PROPN" or head.dep_ == "appos" or head.ent_type_ == "PERSON"
    return False


def _opened_by(clause: Token, marks: frozenset[str]) -> bool:
    """The adverbial clause opens with one of `marks`: its own subordinator ("after he was
    released") or the preposition it is the object of ("after being released")."""
    if clause.dep_ == "pcomp":
        return clause.head.lower_ in marks
    return any(c.dep_ == "mark" and c.lower_ in marks for c in clause.children)


def _perfect_participle(aux: Token, words: Words) -> bool:
    """'having' of 'Having spent a year in detention, ...': a clause done before the main one."""
    participle = "Part" in aux.morph.get("VerbForm") and "Prog" in aux.morph.get("Aspect")
    return participle and aux.lemma_.lower() in words.perfect


class Timeline:
    """The dates one document gives, in order, each resolved against the reference of its
    place: the publication date, or the last date told before it."""

    def __init__(
        self, doc: Doc, published: date | None, reader: DateReader, language: str, words: Words = NO_WORDS
    ) -> None:
        self.doc = doc
        self.published = published
        self.reader = reader
        self.language = language
        self.words = words
        self._dates: list[tuple[Span, DateValue | None, bool]] = []  # span, value, anaphoric
        reference: tuple[DateValue, int] | None = None  # the last date given, and its paragraph
        told: tuple[DateValue, int] | None = None  # ... leaving out those describing a person
        last: Span | None = None  # the span of `reference`
        for ent in entities(doc):
            if ent.label_ != "DATE":
                continue
            if ent.start and doc[ent.start - 1].lower_ in self.words.demonstratives:
                ent = doc[ent.start - 1 : ent.end]  # the parser left "that" out of "that June"
            span = self._date_part(ent)
            if span is None:
                continue
            described = _describes_a_person(span)
            year_from = reference
            if last is not None and last.sent == span.sent and not described and _describes_a_person(last):
                # "X, serving a term imposed on 13 December 2023, died on 10 May": a month or day
                # the news gives without a year is not in the year of the background beside it
                year_from = told
            value, anaphoric = self._resolve(span, reference, year_from)
            self._dates.append((span, value, anaphoric))
            if value is not None:
                reference, last = (value, self._paragraph(span.start)), span
                if not described:
                    told = reference

    # -- per event -----------------------------------------------------------------------

    def when(self, trigger: Token, date_text: str | None = None) -> When:
        """The date and background flag of the event whose trigger is `trigger`; `date_text` is
        the date words a language's rules already tied to it, if any."""
        background = is_background(trigger, self.words)
        found = self._own(trigger, date_text)
        if found is None:
            return When(None, None, background)
        _span, value, anaphoric = found
        if value is None:
            return When(None, None, background)
        return When(value.value, value.precision, background or anaphoric)

    def _own(self, trigger: Token, date_text: str | None) -> tuple[Span, DateValue | None, bool] | None:
        sent = trigger.sent
        inside = [d for d in self._dates if sent.start <= d[0].start < sent.end]
        governing = [d for d in inside if self._governs(trigger, d[0])]
        # "sentenced to five years in May": the date, not the term the recogniser also calls one
        governed = next((d for d in governing if d[1] is not None), governing[0] if governing else None)
        if governed is not None or not date_text:
            return governed
        return next((d for d in inside if span_text(d[0]) in date_text or date_text in span_text(d[0])), None)

    @staticmethod
    def _governs(trigger: Token, span: Span) -> bool:
        """True when the date is an adverbial of the trigger's own clause."""
        root = span.root
        if root.dep_ in _MODIFIERS and root.head.i not in range(span.start, span.end):
            return False  # "the 2020 protests": dates the protests
        node = root
        for _ in range(8):
            if node.i == trigger.i:
                return True
            # "serving a term imposed in April": a participle of the event's own noun dates it
            head = node.head
            if node.dep_ == "acl" and (
                head.i == trigger.i or head.dep_ in _OBJECTS and head.head.i == trigger.i
            ):
                return True
            if (
                node.dep_ == "prep"
                and head.dep_ in _SUBJECTS
                and head.head.i == trigger.i
                and head.i < node.i
                and node.right_edge.i + 1 == trigger.i
            ):
                return True  # "The authorities on 11 September released ...": parsed onto the subject
            if node.dep_ in _CLAUSES or node.dep_ not in _ADVERBIAL or node.head.i == node.i:
                return False
            node = node.head
        return False

    # -- resolving ---------------------------------------------------------------------------

    def _date_part(self, ent: Span) -> Span | None:
        """The date inside a DATE entity: without a leading duration ("eight years that June")
        and never an age ("34 years old")."""
        words = self.words
        after = ent.doc[ent.end].lower_ if ent.end < len(ent.doc) else ""
        if after in words.age or any(t.lower_ in words.age for t in ent):
            return None
        text = span_text(ent)
        if words.later.search(text) or words.earlier.search(text) or re.search(r"\bago\b", text, re.I):
            return ent
        match = words.duration.match(text)
        if match is None:
            return ent
        rest = self.doc.char_span(ent.start_char + match.end(), ent.end_char, alignment_mode="expand")
        if rest is None or not re.search(r"\w", rest.text):
            return None
        return rest

    def _paragraph(self, token_i: int) -> int:
        return doc_text(self.doc).count("\n", 0, self.doc[token_i].idx)

    def _resolve(
        self,
        span: Span,
        reference: tuple[DateValue, int] | None,
        year_from: tuple[DateValue, int] | None = None,
    ) -> tuple[DateValue | None, bool]:
        text = span_text(span)
        words = self.words
        if words.now.search(text):
            text = words.earlier.sub(" ", words.later.sub(" ", text))  # "earlier this year": this year
        ref = reference[0] if reference else None
        shift = self._shift(text)
        if shift is not None:
            if ref is None:
                return None, True
            return _shifted(ref, *shift), True
        if words.anaphoric.search(text) and not re.search(r"\b(19|20)\d\d\b", text):
            if ref is None:
                return None, True
            named = words.anaphoric_strip.sub(" ", text).strip(" ,.")
            if named:  # "that June", "in March of that year": the words left, in the reference's year
                return self.reader.when(named, None, language=self.language, year=int(ref.value[:4])), True
            unit = next((u for w, u in words.units.items() if re.search(rf"\b{w}\b", text, re.I)), None)
            if unit == "year":
                return DateValue(ref.value[:4], "year"), True
            if unit == "month" and ref.precision in ("month", "day", "week"):
                return DateValue(ref.value[:7], "month"), True
            if unit == "day" and ref.precision == "day":
                return ref, True
            return None, True
        year = None
        if year_from is not None and self._paragraph(span.start) == year_from[1]:
            year = int(year_from[0].value[:4])
        offset = next((n for w, n in words.years.items() if re.search(rf"\b{w}\b", text, re.I)), None)
        rest = words.years_strip.sub(" ", text).strip(" ,.")
        if offset is not None and self.published is not None and re.search(r"\w", rest):
            # "in April last year": the month, in the year before publication
            found = self.reader.when(rest, None, language=self.language, year=self.published.year + offset)
            return found, False
        return self.reader.when(text, self.published, language=self.language, year=year), False

    def _shift(self, text: str) -> tuple[int, str] | None:
        """(2, month) for "two months later", (-3, day) for "three days earlier", else None."""
        words = self.words
        later, earlier = words.later.search(text), words.earlier.search(text)
        if not later and not earlier or words.now.search(text) or re.search(r"\b(19|20)\d\d\b", text):
            return None
        tokens = re.findall(r"\w+", text.lower())
        at = next((i for i, t in enumerate(tokens) if t in words.units), None)
        if at is None:
            return None
        unit, before = words.units[tokens[at]], tokens[at - 1] if at else ""
        count = int(before) if before.isdigit() else words.numbers.get(before, 1)
        return (count if later else -count), unit


def _describes_a_person(span: Span) -> bool:
    """The date sits in an apposition, relative clause or participle about a noun ("a nurse
    serving a term imposed on 13 December 2023", "who was detained in 2021")."""
    node = span.root
    for _ in range(12):
        if node.dep_ in _RELATIVE or node.dep_ == "appos":
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _shifted(ref: DateValue, count: int, unit: str) -> DateValue | None:
    """The reference moved by `count` units, no more precise than the unit or the reference."""
    start = ref.start
    if unit in ("day", "week"):
        if ref.precision not in ("day", "week"):
            return None
        moved = start + timedelta(days=count * (7 if unit == "week" else 1))
        return DateValue(moved.isoformat(), "day" if unit == "day" and ref.precision == "day" else "week")
    if unit == "month":
        if ref.precision == "year":
            return None
        moved = start + relativedelta(months=count)
        return DateValue(f"{moved:%Y-%m}", "month")
    moved = start + relativedelta(years=count)
    return DateValue(f"{moved:%Y}", "year")
