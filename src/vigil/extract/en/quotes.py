"""Quotes: direct speech of a named person, with or without quotation marks.

Marked speech is paired quote marks (the cleaner made them all straight); its speaker is
the subject of the nearest speech verb after it in the sentence, else before it.
Unmarked speech is recognised by its shape: `X said: ...`, `..., she said` and
`X urged, Capitalised words` — and, for the trailing form, by reading like speech (first or
second person, a question, an exclamation), which keeps reported narrative
("..., Harnak said in a video") out.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc, Span, Token

from vigil.extract.doctext import doc_text, span_text, text_lines
from vigil.extract.en.context import DocContext
from vigil.extract.en.participants import relative_subject
from vigil.extract.en.persons import (
    CREDITED,
    KIN_NOUNS,
    NON_PERSON_NOUNS,
    PERSON_NOUNS,
    PRONOUNS,
    TITLE_HONORIFICS,
    Person,
    fold,
    gender_by_role,
    given_name_known,
    guess_gender,
    resolve_pronoun,
    speech_words,
)
from vigil.extract.en.triggers import trigger_type
from vigil.extract.scan import indices_in, tokens_in
from vigil.names.keys import surname_keys


def _speech_table(name: str) -> dict[str, str]:
    """One word table of `patterns/speech.json`."""
    text = resources.files("vigil.extract.en").joinpath("patterns/speech.json").read_text(encoding="utf-8")
    return dict(json.loads(text)[name])


SPEECH_VERBS = speech_words("speech_verbs")
# Verbs that attribute marked speech only: beside quotation marks they report the words
# ("Go back," he barked), while without marks they would catch narrative.
QUOTE_VERBS = SPEECH_VERBS | speech_words("quote_verbs")
# Verbs of praise and blame report the words of a quoted clause after their preposition
# ('mocked X for "having a tough night"', 'accused her of "hiding the truth from voters"'); a
# quote beside their object is what they judge ('praised the essay, "Tell me ...," as brave').
PRAISE_BLAME_VERBS = speech_words("praise_blame_verbs")
# Phrasal verbs of speech: "went on", "points out", "shot back".
PHRASAL_VERBS = frozenset(tuple(p.split()) for p in speech_words("phrasal_verbs"))
# 'issued a statement, "..."', 'posted a message': a verb that puts out words, with those words' noun
STATEMENT_VERBS = speech_words("statement_verbs")
STATEMENT_NOUNS = speech_words("statement_nouns")
# 'X's reply was short: "..."': nouns of words said, whose possessor is their speaker
OWNED_WORDS_NOUNS = speech_words("owned_words_nouns")
# 'a letter he dictated to a cellmate': verbs whose subject is the author of the words-noun they
# hang on as a relative clause
AUTHORING_VERBS = speech_words("authoring_verbs")
# Past forms of speech verbs that adding -ed does not make ("went" of 'went on', "shot" of 'shot back').
IRREGULAR_PAST = _speech_table("irregular_past")
_MARKED = re.compile(r'"([^"\n]{2,}?)"')
# First or second person, a question or an exclamation; "US" (the country) and "(I-Vt.)" (a
# party label) are not the speaker's "us" and "I".
_SPEECHLIKE = re.compile(
    r"\b(?:I|I'm|I've|I'd|I'll)\b(?!-)"
    r"|\b(?:[Mm]e|[Mm]y|[Mm]ine|[Ww]e|[Ww]e're|[Uu]s|[Oo]ur|[Oo]urs|[Yy]ou|[Yy]our|[Yy]ours|[Ll]et's)\b|[!?]"
)

# the same without the first person plural, which after "she told us" is the writer's newsroom
_SPEECHLIKE_NOT_US = re.compile(
    r"\b(?:I|I'm|I've|I'd|I'll)\b(?!-)|\b(?:[Mm]e|[Mm]y|[Mm]ine|[Yy]ou|[Yy]our|[Yy]ours)\b|[!?]"
)


@dataclass
class FoundQuote:
    speaker: Person | None
    text: str
    start: int
    end: int


def find_quotes(ctx: DocContext) -> list[FoundQuote]:
    """All direct speech in the document; also marks quoted tokens in `ctx.quoted`."""
    doc = ctx.doc
    found: list[FoundQuote] = []
    text = doc_text(doc)
    spans = marked_spans(text)
    marked: list[tuple[int, int]] = []
    for open_at, close_at, _goes_on in spans:
        raw = text[open_at + 1 : close_at]
        inner = raw.strip()
        if len(inner.split()) < 3 and not inner.endswith((".", "!", "?", ",")):
            continue  # a scare-quoted term, not speech
        marked.append((open_at, min(close_at + 1, len(text))))
        start = open_at + 1 + (len(raw) - len(raw.lstrip()))
        span = doc.char_span(start, start + len(inner), alignment_mode="expand")
        if span is not None:
            ctx.quoted.update(range(span.start, span.end))
    # a pronoun that attributes a quote refers to someone named outside quotation marks
    narrative = _narrative_owners(ctx, spans)
    wrapped = _wrapping_marks(text, spans)
    previous: FoundQuote | None = None
    phrases: set[int] = set()  # tokens of quoted phrases kept in the narrator's sentence
    fragment_closed = -1  # the closing mark of the last words in marks read as no speech
    for k, (open_at, close_at, goes_on) in enumerate(spans):
        raw = text[open_at + 1 : close_at]
        inner = raw.strip()
        start = open_at + 1 + (len(raw) - len(raw.lstrip()))
        if goes_on or not inner:
            continue  # the next paragraph of a quote already found
        outer_end = min(close_at + 1, len(text))
        sent = _sentence_at(ctx, start)
        opens = sent is not None and _opens_sentence(text, sent, open_at)
        introduced = _introduced(text, open_at)
        if (
            # 'X told the radio that "..."': indirect speech with its words in marks
            (not opens and _reported_after_that(ctx, open_at))
            # a quoted phrase inside the narrator's sentence: a label or scare quote
            or (not (opens or introduced) and not _is_clause(ctx, start, start + len(inner)))
            # 'had "accepted responsibility" ... and "spared your children ..."': the same
            or (not opens and _joined_to_a_fragment(text, fragment_closed, open_at))
        ):
            phrases.update(_tokens_of(ctx, start, start + len(inner)))
            fragment_closed = close_at
            continue
        if _is_title(inner if opens or introduced else inner.rstrip(".,")):
            continue  # "Good Morning America", "Make America Great Again": a name, not speech
        if (
            introduced
            and not opens
            and _after_a_noun(ctx, open_at)
            and (
                _is_title(inner.rstrip(","))
                or _is_title(inner.rstrip(",."))
                and not _object_before(ctx, open_at)
            )
        ):
            continue  # 'a memoir, "Two Winters," which ...', 'wrote in her memoir, "Two Winters."': a title
        if opens and _modifies_next_word(ctx, inner, close_at, start):
            continue  # '"Orange is the New Black" star X said': a title before its noun
        ended = inner.endswith(".")  # '"... unhinged." Rubio said ...': the next sentence's verb
        # 'would not last: "...," Weiss predicted': an attribution after the quote names the
        # speaker; the clause before the colon only leads up to it (after a comma the quote
        # may be a title in apposition: 'her commentary, "Tell your story," is thoughtful')
        colon = text[:open_at].rstrip().endswith(":")
        if not (opens or colon) and _finishes_narrators_sentence(ctx, open_at, close_at, start, inner):
            phrases.update(_tokens_of(ctx, start, start + len(inner)))
            fragment_closed = close_at
            continue  # 'taking into account, he said, "his age and his references".': no clause of its own
        trailing = colon and inner.endswith((",", "?", "!"))
        # 'In 2009, when X offered ..., "...," Kessler said': after a comma, a named speaker
        # right after the quote is surer than a verb before it
        comma = not (opens or colon) and inner.endswith(",") and text[:open_at].rstrip().endswith(",")
        named_after = _attributed_right_after(ctx, outer_end, narrative) if comma else None
        speaker = (
            (named_after if named_after is not _UNNAMED else None)
            or (_speaker_after(ctx, outer_end, narrative) if (opens or trailing) and not ended else None)
            or (_speaker_before(ctx, open_at, narrative) if introduced else None)
            or _governing_speaker(ctx, start, start + len(inner), narrative, after=not opens)
            or (_named_lead(ctx, open_at) if introduced else None)
        )
        if speaker is None and opens and k + 1 < len(spans) and spans[k + 1][2]:
            # a quote that runs over paragraphs is attributed after its last part
            last = next((j for j in range(k + 1, len(spans)) if not spans[j][2]), len(spans)) - 1
            speaker = _signed_inside(ctx, spans[last])
            if speaker is None and not text[spans[last][0] + 1 : spans[last][1]].rstrip().endswith("."):
                speaker = _speaker_after(ctx, min(spans[last][1] + 1, len(text)), narrative)
        if speaker is None and (opens or _stamp_alone(text[_paragraph_bounds(text, open_at)[0] : open_at])):
            speaker = _signature(ctx, open_at, outer_end)
        if speaker is None and opens and ended:
            last_speaker = previous.speaker if previous is not None else None
            speaker = _attribution_sentence(ctx, outer_end, narrative, last_speaker, sent)
        if speaker is None and opens and previous is not None and previous.speaker is not None:
            speaker = _continued(ctx, previous, open_at, sent, outer_end)
        if speaker is None and opens:
            speaker = _speaker_of_previous_sentence(ctx, sent, narrative, phrases)
        if speaker is None and opens:
            speaker = _answer_to_a_question(ctx, sent, narrative)
        if speaker is None and opens:
            speaker = _speaker_of_lead_paragraph(ctx, open_at, narrative)
        if speaker is None and opens and _whole_paragraph(text, open_at, close_at):
            speaker = _subject_of_previous_sentence(ctx, sent, narrative)
        if speaker is None and opens and _closes_paragraph(text, close_at):
            first_person = bool(_FIRST_PERSON.search(inner))
            speaker = _subject_of_previous_sentence(
                ctx, sent, narrative, described=True, first_person=first_person
            )
        if speaker is not None and _of_the_other_sex(ctx, speaker, outer_end):
            speaker = None  # '"...," she said' after a sentence of a man's: somebody unknown
        if (
            k in wrapped
            and (speaker is None or speaker is _UNNAMED and wrapped[k] > 1)
            and not _SPEECHLIKE.search(inner)
        ):
            _unquote(ctx, open_at, close_at)
            continue  # a wire item wrapped in quote marks: the narrator's own report
        said = inner.rstrip(", ")
        quote = FoundQuote(None if speaker is _UNNAMED else speaker, said, start, start + len(said))
        found.append(quote)
        previous = quote
    turns = _transcript_turns(ctx, marked)
    found.extend(turns)
    found.extend(_labelled_paragraphs(ctx, marked))
    answers = _interview_answers(ctx, found)
    found.extend(answers)
    # words a speaker quotes inside their own turn or answer ('A guard said, "Pack your
    # things."') are part of that speaker's quote, not a quote of their own
    found = [q for q in found if not _inside_a_turn(q, turns + answers)]
    _answering_in_first_person(ctx, turns + answers)
    for tok in sorted(tokens_in(doc, "LEMMA", SPEECH_VERBS) + tokens_in(doc, "LEMMA", _ADDRESS_VERBS)):
        if tok.pos_ not in ("VERB", "AUX") or tok.i in ctx.quoted:
            continue
        if any(s <= tok.idx < e for s, e in marked):
            continue
        if any(t.start <= tok.idx < t.end for t in turns + answers):
            continue  # 'My lawyer came and he could not speak': the answer's own narration
        quote = _unmarked(ctx, tok, marked, colon_only=tok.lemma_ in _ADDRESS_VERBS)
        if quote is not None:
            span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
            if span is not None:
                ctx.quoted.update(range(span.start, span.end))
            found.append(quote)
    found.sort(key=lambda q: q.start)
    _telling_of_themselves(ctx, [q for q in found if q not in turns and q not in answers])
    return _without_repeats(text, found)


# words that join a second part to the first in the narrator's own sentence
_JOINING_WORD = re.compile(r"(?:^|[\s,])(?:and|but|or|nor)\s*$")


def _joined_to_a_fragment(text: str, fragment_closed: int, open_at: int) -> bool:
    """'they had "accepted responsibility early" by pleading guilty and "spared your children
    having to relive ..."', 'he said that "the act is not anti-Russian," and "when a normal court
    appears, ..."': words in marks joined by "and"/"but"/"or" to earlier words in marks of the same
    sentence that were read as no speech (indirect speech, a fragment of the narrator's clause) are
    the second half of the same construction, so no speech either (GUIDELINES: indirect speech is
    no quote), whatever clause they hold. Same sentence: no stop and no line break between the
    two. Census in docs/extract.md, "Session 59 — quotes on real news (quotes)"."""
    if fragment_closed < 0 or fragment_closed >= open_at:
        return False
    between = text[fragment_closed + 1 : open_at]
    if "\n" in between or re.search(r"[.!?;:]", between):
        return False
    return _JOINING_WORD.search(between) is not None


def _inside_a_turn(quote: FoundQuote, turns: list[FoundQuote]) -> bool:
    """Words quoted inside a turn or an answer belong to that turn, unless they are a named
    third person's ('When we were driven to court he said to me: "Smile."', 'the first thing
    she said was: "..."' with "he"/"she" someone the answer named): GUIDELINES gives direct
    speech to its named speaker, and a turn's speaker does not say what they quote. Unnamed
    voices ('A guard said, "Pack your things."') and the turn's own speaker stay inside."""
    holders = [t for t in turns if t.start < quote.start and quote.end <= t.end]
    if not holders:
        return False
    return quote.speaker is None or any(t.speaker is None or t.speaker is quote.speaker for t in holders)


def _without_repeats(text: str, found: list[FoundQuote]) -> list[FoundQuote]:
    """A pull quote: a paragraph that only repeats words quoted earlier in the story ('"..." she
    said. ... // "<the same words>"') is layout, not a second quote."""
    out: list[FoundQuote] = []
    for quote in found:
        words = " ".join(quote.text.split()).rstrip(".,!?")
        start, end = _paragraph_bounds(text, quote.start)
        alone = not text[start : quote.start].strip(' "') and not text[quote.end : end].strip(' ".,!?')
        if alone and len(words.split()) >= 4 and any(words in " ".join(q.text.split()) for q in out):
            continue
        out.append(quote)
    return out


def _wrapping_marks(text: str, spans: list[tuple[int, int, bool]]) -> dict[int, int]:
    """The spans that together fill their paragraph ('"A ..." "B ..." "C ...'), each with the
    number of spans that fill it: some wire feeds wrap every sentence of an item in quote
    marks. Without a speaker outside them (an unnamed one inside them, "police who said",
    when there are several) and without the first or second person, such a paragraph is the
    narrator's, not speech."""
    by_paragraph: dict[int, list[int]] = {}
    for k, (open_at, _close_at, _goes_on) in enumerate(spans):
        by_paragraph.setdefault(_paragraph_bounds(text, open_at + 1)[0], []).append(k)
    out: dict[int, int] = {}
    for start, ks in by_paragraph.items():
        end = _paragraph_bounds(text, start)[1]
        outside, pos = [], start
        for k in ks:
            outside.append(text[pos : max(spans[k][0], pos)])
            pos = spans[k][1] + 1
        outside.append(text[pos:end])
        if not "".join(outside).strip():
            out.update(dict.fromkeys(ks, len(ks)))
    return out


def _unquote(ctx: DocContext, open_at: int, close_at: int) -> None:
    span = ctx.doc.char_span(open_at, min(close_at + 1, len(doc_text(ctx.doc))), alignment_mode="expand")
    if span is not None:
        ctx.quoted.difference_update(range(span.start, span.end))


def _narrative_owners(ctx: DocContext, spans: list[tuple[int, int, bool]]) -> dict[int, Person]:
    """Name mentions outside quotation marks: '"... beat Hillary Clinton," he said' is not
    Clinton speaking, and the speaker of a quote seldom names themself inside it."""
    inside: set[int] = set()
    for open_at, close_at, _ in spans:
        span = ctx.doc.char_span(open_at, min(close_at + 1, len(doc_text(ctx.doc))), alignment_mode="expand")
        if span is not None:
            inside.update(range(span.start, span.end))
    return {i: p for i, p in ctx.owner_at.items() if i not in inside}


def _sentence_at(ctx: DocContext, pos: int) -> Span | None:
    span = ctx.doc.char_span(pos, min(pos + 1, len(doc_text(ctx.doc))), alignment_mode="expand")
    return span[0].sent if span is not None and len(span) else None


def _opens_sentence(text: str, sent: Span, open_at: int) -> bool:
    """The quote mark opens the sentence of the quote's first word (the parser sometimes
    leaves the mark at the end of the sentence before)."""
    if _LIST_BULLET.fullmatch(text, text.rfind("\n", 0, open_at) + 1, open_at) is not None:
        return True  # '* "This is not a victory," X told Reuters': a list item's bullet opens the line
    if sent.start_char < open_at:
        return not text[sent.start_char : open_at].strip()
    head = text[:open_at]
    if sent.start_char == open_at and _AFTER_DATELINE.search(head, max(0, open_at - 90)):
        return True  # 'HOUSTON — "We thought ...': the dateline's dash ended a sentence (en/extractor.py)
    # a match ends the text before the mark: it starts no earlier than the stop before the closing
    # marks and spaces there, so the pattern is tried from there, not at every character of the text
    tail = len(head.rstrip().rstrip("\"')]")) - 1
    return _ENDS_A_SENTENCE.search(head, max(0, tail)) is not None


# the rest of a paragraph's first line before a quote mark: a dateline ('HOUSTON — ', 'MINSK, March 4 — ')
_AFTER_DATELINE = re.compile(
    r"(?:^|\n)[A-Z][A-Z/.' ]{2,40}(?:,[^\n\u2014\u2013]{1,30})?(?: \([^)\n]{1,40}\))? ?[\u2014\u2013-]+ $"
)
# a list item's bullet at a line's start before the quote ('* "This is not a victory," X told Reuters')
_LIST_BULLET = re.compile(r"[ \t]*[*\u2022\u00b7-][ \t]+")
_ENDS_A_SENTENCE = re.compile(r'(?:^|[.!?]["\')\]]*\s+|\n\s*)$')


def _introduced(text: str, open_at: int) -> bool:
    """`said: "...`, `said, "...`, `saying "...` and `said that "...`: the quote follows what
    introduces it."""
    before = text[max(0, open_at - 60) : open_at]
    if "\n" in before:
        before = before[before.rindex("\n") + 1 :]
    lead_in = r"\b(?:saying|says|said|say|adding|asking|telling \w+|tweeting|writing|that)\s*$"
    return bool(re.search(r"[:,\u2014]\s*$", before)) or bool(re.search(lead_in, before, re.I))


_THAT_BEFORE = re.compile(r"\bthat(?:,?\s+[a-z]+ly,?)?\s*$", re.I)


def _reported_after_that(ctx: DocContext, open_at: int) -> bool:
    """'X told the radio that "the plan was a failure"', 'X wrote that simply "...": words in
    marks right after the "that" of a speech verb are what it reports, indirect speech whether
    or not they hold a clause of their own (GUIDELINES: indirect speech is no quote, its words in
    marks or not). A "that" of a relative clause ('conditions that "amount to ..."') or of a
    noun ('the claim that "..."') reports no speech verb's words."""
    text = doc_text(ctx.doc)
    before = text[max(0, open_at - 40) : open_at]
    found = _THAT_BEFORE.search(before)
    if found is None:
        return False
    at = open_at - len(before) + found.start()
    span = ctx.doc.char_span(at, at + 4, alignment_mode="expand")
    if span is None or not len(span) or span[0].lower_ != "that" or span[0].dep_ != "mark":
        return False
    node = span[0].head
    for _ in range(3):  # the clause "that" opens, up to the verb that governs it
        if node.dep_ not in ("ccomp", "advcl", "conj", "xcomp") or node.head.i == node.i:
            return False
        node = node.head
        if _is_speech_verb(node):
            return True
    return False


def _after_a_noun(ctx: DocContext, open_at: int) -> bool:
    """The quote mark follows a comma after a noun of a thing ('his memoir, "..."'), not after a
    speech verb or its audience ('said, "..."', 'told reporters, "..."')."""
    text = doc_text(ctx.doc)
    before = text[:open_at].rstrip()
    if not before.endswith(","):
        return False
    span = ctx.doc.char_span(len(before) - 1, len(before), alignment_mode="expand")
    if span is None or not len(span) or span[0].i == 0:
        return False
    word = ctx.doc[span[0].i - 1]
    audience = {word.lemma_.lower(), word.lower_} & _AUDIENCES
    people = audience or fold(word.text) in PERSON_NOUNS or word.dep_ == "dative"
    return word.pos_ == "NOUN" and not people


def _object_before(ctx: DocContext, open_at: int) -> bool:
    """The noun before the comma is a verb's object ('told the radio, "We Will Win."', 'issued a
    statement, "..."'): what follows may be the words put to it, not the title of a thing."""
    before = doc_text(ctx.doc)[:open_at].rstrip()
    span = ctx.doc.char_span(len(before) - 1, len(before), alignment_mode="expand")
    if span is None or not len(span) or span[0].i == 0:
        return False
    return ctx.doc[span[0].i - 1].dep_ in ("dobj", "dative")


def _finishes_narrators_sentence(
    ctx: DocContext, open_at: int, close_at: int, start: int, inner: str
) -> bool:
    """Words in marks that finish the narrator's own sentence: 'The judge gave him four years,
    taking into account, he said, "his age and his positive character references".', 'his son
    recalls, "about a week later".', 'the extension was sought "to prevent interference with
    witnesses".' GUIDELINES: scare-quoted fragments without their own clause are no quotes.

    Read by three marks of the writer together: the words open inside the narrator's sentence
    in lower case (not at its start, not after a colon: the caller), the narrator's full stop
    stands after the closing mark (the words hold no sentence end of their own), and the
    words have no subject of their own. A quote broken by its own tag ('"I would write it
    all again," he said, "because …".') goes on with words in marks before it in the same
    sentence and is left alone; so are words with a subject ('although "nobody expects
    anything from it".'), which may be a clause of the speaker's own.

    Census (session 49, L49, every English read set): 9 false quotes of the form in 7 sets
    (syn11b, syn22b, syn29b, syn30b ×2, syn35b ×2, syn37b, syn38b), no true one; PolNeAR train
    (American punctuation, the stop inside the marks) has none of the form either way."""
    text = doc_text(ctx.doc)
    if not inner[:1].islower() or text[close_at + 1 : close_at + 2] != "." or inner[-1:] in ".!?,;:":
        return False
    para_start = text.rfind("\n", 0, open_at) + 1
    before = re.split(r"[.!?][\"')\]]*\s+(?=[A-Z\"])", text[para_start:open_at])[-1]
    if re.search(r'[,!?]"', before):
        return False  # the second part of a quote broken by its tag
    part = _first_part(ctx, start, start + len(inner))
    if part is None:
        return False
    inside = range(part.start, part.end)
    # the heads of the words (those hung outside them): a subject of a clause inside ('for when
    # he comes') is none of the words' own
    heads = [t for t in part if t.head.i not in inside or t.head.i == t.i]
    own = (*_SUBJECTS, "expl", "csubj")
    return not any(c.dep_ in own and c.i in inside for t in heads for c in t.children)


def _first_part(ctx: DocContext, start: int, end: int) -> Span | None:
    """The quoted words up to the end of their first sentence (a quote may run on)."""
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    return ctx.doc[span.start : min(span.end, span[0].sent.end)]


def _is_clause(ctx: DocContext, start: int, end: int) -> bool:
    """A quoted fragment is speech only with a clause of its own (GUIDELINES: scare-quoted
    fragments without their own clause are not quotes): it is headed by a verb ("has built the
    best ground game"), not by a noun or an adjective ("a man who never went low",
    "rotten to the core"), and has three words at least. A clause the speech verb governs is
    one whatever the tagger thought of its head ('said his actions "amount to ..."')."""
    part = _first_part(ctx, start, end)
    if part is None or len([t for t in part if not t.is_punct]) < 3:
        return False
    root = part.root
    if not (root.pos_ in ("VERB", "AUX") or root.dep_ == "ccomp" and _is_speech_verb(root.head)):
        return False
    return not _begun_outside(part, root)


def _begun_outside(part: Span, root: Token) -> bool:
    """'said that he "will not go into hiding"', 'said the family was "heartbroken but not
    surprised"': the quoted words finish a clause whose subject or verb stands before the
    marks, so they are part of indirect speech (GUIDELINES), not speech of their own."""
    if any(c.dep_ in _SUBJECTS and c.i < part.start for c in root.children):
        return True
    if any(c.dep_ == "mark" and c.i < part.start and c.lower_ in _REPORTING_MARKS for c in root.children):
        return True  # 'showed that even under the law "the evidence still matters"': the "that" outside
    if part[0].lower_ in ("that", "whether") and part[0].dep_ == "mark":
        return True  # 'taught him "that the state is afraid"': a reported that-clause, no speech
    if part[0].lower_ == "to" and part[0].head.i == root.i and _after_a_thing(part):
        return True  # 'the wish "to heal the nation"': what the narrator's noun is, no speech of its own
    if root.dep_ in ("acomp", "attr", "oprd") and root.head.i < part.start:
        return True  # 'the family was "heartbroken but not surprised"': the copula stands outside
    if (
        root.dep_ == "advcl"
        and root.head.i < part.start
        and part[0].dep_ in ("mark", "advmod")
        and part[0].head.i == root.i
    ):
        return True  # 'would be tried "when the state sees fit"': the condition of a clause outside
    if _act_named_by_preposition(part, root):
        return True  # 'jailed for "organising mass riots"': a charge the narrator names
    before = root.doc[part.start - 1] if part.start > 0 else None
    while before is not None and before.is_quote and before.i > 0:
        before = root.doc[before.i - 1]
    if before is not None and _subject_read_as_object(root, before):
        return True
    if before is not None and _phrase_opened_outside(part, before):
        return True  # 'said the "arrest of X is a matter of concern"': the noun phrase began outside
    to_outside = before is not None and before.tag_ == "TO" and before.head.i == root.i
    if to_outside and _asked_of_someone(root, part):
        # 'called on officials to "bring him home."', 'expected Baku to "respect its
        # commitments".': what someone is asked or expected to do, its "to" outside the marks,
        # finishes the narrator's clause (no read set's gold takes it as a quote); words handed
        # on to a speaker after them keep the older reading ('wants to "close …," X told
        # reporters'), and so does an infinitive of the speaker's own ('able to "stand ..."')
        return True
    return before is not None and before.pos_ == "AUX" and before.head.i == root.i


# marks of a reported clause: 'showed that "..."', 'asked whether "..."'
_REPORTING_MARKS = frozenset(["that", "whether", "if"])


# dependents that open a noun phrase: 'the', 'his', 'all the', 'two'
_PHRASE_OPENERS = frozenset(["det", "poss", "predet", "nummod"])


def _phrase_opened_outside(part: Span, before: Token) -> bool:
    """'in a statement said the "arrest of a journalist like X is a matter of grave concern"': the
    word right before the marks opens a noun phrase whose head is inside them (a determiner, a
    possessive, a number), so the marks enclose the rest of the narrator's own phrase, a fragment
    of indirect speech (GUIDELINES), not words of the speaker's own. Census in docs/extract.md,
    "Session 58 — real English news (hrd6)"."""
    return before.dep_ in _PHRASE_OPENERS and part.start <= before.head.i < part.end


def _asked_of_someone(root: Token, part: Span) -> bool:
    """The quoted infinitive is what the verb before it asks or expects of someone it names
    ('called on X to', 'urged X to', 'expected X to'): that verb has an object before the marks,
    and no comma hands the words on to a speaker after them."""
    verb = root.head
    if part[-1].text == "," and not _participle_goes_on(part) or verb.i >= part.start or verb.pos_ != "VERB":
        return False
    if any(c.dep_ in ("dobj", "dative") and c.i < part.start for c in verb.children):
        return True
    return any(c.dep_ == "prep" and c.lower_ == "on" and c.i < part.start for c in verb.children)


def _participle_goes_on(part: Span) -> bool:
    """'beseeching the government to "prioritize the return of all ...," calling it ...': after the
    comma the narrator's sentence goes on with a participle of the same subject, so the comma hands
    the words on to no speaker named after them."""
    doc = part.doc
    k = part.end
    while k < len(doc) and (doc[k].is_quote or doc[k].text == ","):
        k += 1
    return k < len(doc) and doc[k].tag_ == "VBG"


def _act_named_by_preposition(part: Span, root: Token) -> bool:
    """'jailed for "organising actions that violate public order"', 'on charges of "inciting
    hatred"', 'found guilty of "insulting the president"': a quoted -ing phrase that a
    preposition before the marks takes as its object names an act (a charge, a cause) inside
    the narrator's clause. Only a verb of speech, praise or blame whose subject acts reports
    words through its preposition ('thanked X for "taking ..."', 'accused Y of "leading from
    behind"'), and a named person's (or he or she's) own active verb is left to the older
    reading; 'was accused of "..."' and 'a court jailed X for "..."' name the charge."""
    prep = root.head
    if root.tag_ != "VBG" or root.dep_ != "pcomp" or prep.i >= part.start:
        return False
    if prep.dep_ not in ("prep", "agent"):
        return False
    verb = prep.head
    if verb.dep_ in ("dobj", "dative") and verb.head.pos_ == "VERB":
        verb = verb.head  # 'accused the police of "..."', the preposition hung on the object
    if verb.pos_ != "VERB" or not _active(verb):
        return True  # 'was convicted of', 'on charges of', 'guilty of': the charge named
    # ('charged him with "..."': the legal charge, though "charge" may also introduce speech)
    speaks = _is_speech_verb(verb) and prep.lower_ != "with"
    if verb.lemma_.lower() in PRAISE_BLAME_VERBS or speaks:
        return False
    # 'a court jailed him for "..."', 'prosecutors charged him with': no named person acts; a
    # named one's own verb ('X bragged about "having ..."') keeps the older reading
    subject = _subject(verb)
    return subject is None or subject.ent_type_ != "PERSON" and subject.lower_ not in ("he", "she")


def _subject_read_as_object(root: Token, before: Token) -> bool:
    """'contended his firm's services "would be the perfect system"': the parser makes the noun
    before the marks the speech verb's object and leaves the quoted finite clause without a
    subject; that noun is the clause's subject, so the words finish indirect speech."""
    finite = root.tag_ in ("VBD", "VBZ", "VBP") or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ != "TO" for c in root.children
    )
    return (
        root.dep_ == "ccomp"
        and root.head.i < before.i
        and finite
        and not any(c.dep_ in _SUBJECTS or c.dep_ == "expl" for c in root.children)
        and before.dep_ == "dobj"
        and before.head.i == root.head.i
        and before.pos_ in ("NOUN", "PROPN")
    )


def _after_a_thing(part: Span) -> bool:
    """The quoted words follow a noun of a thing ('a determination "to ...'), not a verb
    ('promised "to ...') nor a person ('urged the minister "to ...')."""
    before = part.doc[part.start - 1] if part.start > 0 else None
    while before is not None and before.is_quote and before.i > 0:
        before = part.doc[before.i - 1]
    return (
        before is not None
        and before.pos_ == "NOUN"
        and before.ent_type_ == ""
        and fold(before.text) not in PERSON_NOUNS
        and {before.lemma_.lower(), before.lower_}.isdisjoint(_AUDIENCES)
    )


# Words a title leaves in lower case ("Make America Great Again", "Keeping Up with the Kardashians").
_TITLE_MINOR = frozenset({"a", "an", "the", "of", "for", "and", "or", "in", "on", "to", "at", "with", "by"})


def _is_title(inner: str) -> bool:
    words = re.findall(r"[^\W\d_][\w'\-]*", inner)
    return (
        bool(words)
        and len(words) <= 6
        and not inner.rstrip().endswith((".", "!", "?", ","))
        and all(w[0].isupper() or w in _TITLE_MINOR for w in words)
        and words[0][0].isupper()
    )


def _modifies_next_word(ctx: DocContext, inner: str, close_at: int, start: int) -> bool:
    """Speech that opens a sentence ends in punctuation before its attribution; quoted words
    with none, followed straight by a lower-case noun ("star", "host"), name what it is."""
    text = doc_text(ctx.doc)
    if inner.rstrip(" '\u2019").endswith((".", ",", "!", "?", ";", ":", "\u2014", "-", "\u2026")):
        return False
    if not re.match(r" [a-z]", text[close_at + 1 : close_at + 3]):
        return False
    nxt = ctx.doc.char_span(close_at + 2, close_at + 3, alignment_mode="expand")
    if nxt is None or not len(nxt):
        return False
    # '"A big truck" plowed through the barriers': a quoted phrase (no clause of its own) as
    # the subject of the narrator's verb is a fragment of the narrator's sentence (not '"..."
    # said X', nor '"The state is alleging that ..." were lies': a clause stays speech)
    if nxt[0].pos_ in ("VERB", "AUX"):
        return not _is_speech_verb(nxt[0]) and not _is_clause(ctx, start, start + len(inner))
    return nxt[0].pos_ in ("NOUN", "ADJ")


_QUOTE_MARK = re.compile('"')


def marked_spans(text: str) -> list[tuple[int, int, bool]]:
    """(opening, closing, goes on) quote-mark offsets, paired within each paragraph. A quote
    left open at the end of a paragraph runs to its end: news style opens every paragraph of
    a long quote and closes only the last, so a paragraph that opens with a quote mark after
    an open one goes on with the same quote (`goes on` is True for its first span)."""
    out: list[tuple[int, int, bool]] = []
    open_before = False
    for pos, paragraph in text_lines(text):
        marks = [pos + m.start() for m in _QUOTE_MARK.finditer(paragraph)]
        goes_on = open_before and paragraph.lstrip().startswith('"')
        if len(marks) % 2 and _closes(text, marks[0], pos):
            # a quote broken over two paragraphs by the source, the second without its own
            # opening mark ('1988. The one element ...," X says.'): its tail goes on, and a
            # closing mark opens nothing
            out.append((pos - 1, marks[0], True))
            marks = marks[1:]
        for k, (a, b) in enumerate(zip(marks[::2], marks[1::2], strict=False)):
            out.append((a, b, goes_on and k == 0))
        open_before = False
        if len(marks) % 2 and len(paragraph) - (marks[-1] - pos) > 12:
            out.append((marks[-1], pos + len(paragraph.rstrip()), goes_on and len(marks) == 1))
            open_before = True
    return out


def _closes(text: str, mark: int, para_start: int) -> bool:
    """A straight quote mark that closes: it follows a word or punctuation and is followed by
    a space, punctuation or the end of the paragraph ('... lies]," Viguerie says')."""
    after = text[mark + 1 : mark + 2]
    return (
        mark > para_start
        and not text[mark - 1].isspace()
        and text[mark - 1] not in "([{\u2014-"
        and (not after or after.isspace() or after in ".,;:!?)]\u2014")
    )


def _continued(
    ctx: DocContext, previous: FoundQuote, open_at: int, sent: Span | None, outer_end: int
) -> Person | None:
    """`"A," she said. "B."` and a quote that opens the next paragraph: the last speaker goes
    on, unless someone else is named in between or a paragraph of narrative intervenes, or
    somebody else is the subject of the rest of the quote's sentence ('"B," moderator X
    began.': a verb no lexicon lists still tells who spoke)."""
    doc = ctx.doc
    if sent is None or sent.start == 0:
        return None
    if _other_subject_after(ctx, previous.speaker, outer_end):
        return None
    before = _unglued(ctx, doc[sent.start - 1].sent)
    after = before.start_char <= previous.end or before.start_char <= open_at < before.end_char
    if not after and not _beats_between(ctx, previous, before):
        return None  # only the sentence right after the attributed one (or a speaker's pause)
    span = doc.char_span(previous.end, open_at, alignment_mode="expand")
    if span is None:
        return None
    tag = _attribution_verb(ctx, previous, span)
    for tok in span:
        if tok.i in ctx.quoted:
            continue
        if tag is not None and _inside_attribution(tok, tag):
            continue  # '"A," X told The AP from his sister's home in Valencia. "B."': the tag's own words
        if (
            tok.dep_ == "poss"
            or tok.head.dep_ == "poss"
            and tok.dep_ in ("compound", "flat", "case", "punct")
        ):
            # (with its "'s" and the hyphen of 'al-Alawi', which the tagger may put in the name)
            continue  # '"A," Thinh's wife, X, told the radio. "B."': a possessor speaks no words
        person = _named(ctx, tok) if tok.i in ctx.owner_at else None
        if person is not None and _modifier(ctx, tok) and tok.head.pos_ == "PROPN":
            continue  # 'at the Clinton Global Initiative': a name inside an institution's name
        if _describes(ctx, tok, previous.speaker):
            continue  # '"A," said X, an aide to Senator Y. "B."': Y is part of who X is
        if _shares_phrase(ctx, tok, previous.speaker):
            continue  # 'said CPJ Europe ... Coordinator X', parsed with the office as the subject
        if _reported_by(ctx, tok, previous.speaker):
            continue  # '"A," X said, adding that Y would lose. "B."': Y is what X talks about
        if (
            person is not None
            and person is not previous.speaker
            and not _acted_on_by(ctx, tok, previous.speaker)
        ):
            return None
        # someone unnamed speaks in between ('"A," she said. The ministry replied: "B."'); an
        # addressee ("told Reuters") is no new speaker
        if tok.ent_type_ == "PERSON" and tok.i not in ctx.owner_at and not _place_after_preposition(tok):
            return None
        if tok.ent_type_ == "ORG" and tok.dep_ in _SUBJECTS and tok.i not in ctx.owner_at:
            return None
    return previous.speaker


def _attribution_verb(ctx: DocContext, previous: FoundQuote, span: Span) -> Token | None:
    """The speech verb of the tag right after the last quote (`"A," X told reporters.`) when
    the tag is all that stands between it and the next quote and its subject is the last
    speaker: named, a he/she, or a description without a name ("the 54-year-old agronomist")."""
    if previous.speaker is None or span[0].sent.start != span[-1].sent.start:
        return None  # (a sentence of narrative after the tag may bring in someone else)
    for tok in span:
        if tok.i in ctx.quoted or not _is_speech_verb(tok):
            continue
        subject = _subject(tok, ctx.quoted)
        if subject is None:
            return None
        owners = {
            id(p) for t in subject.subtree if (p := ctx.owner_at.get(t.i)) is not None and not _possessor(t)
        }
        if subject.i in ctx.owner_at:
            return tok if ctx.owner_at[subject.i] is previous.speaker else None
        if subject.lower_ in ("he", "she") or subject.pos_ == "NOUN" and not owners:
            return tok
        return None
    return None


def _inside_attribution(tok: Token, verb: Token) -> bool:
    """A word of the tag's speech verb phrase (its subject's description, the one told, the
    place or medium: 'Spartak coach X told reporters', 'said X of the collective Nunca Más',
    'told The AP by phone from his sister's home in Valencia') and of no clause with a subject
    of its own below it ('adding that Y would appeal'): a setting, not a new voice."""
    if tok.i == verb.i:
        return False
    node = tok
    while node.i != verb.i:
        if node.head.i == node.i or node.dep_ == "conj" and node.head.i == verb.i:
            return False
        if node.pos_ in ("VERB", "AUX") and any(c.dep_ in _SUBJECTS for c in node.children):
            return False
        if node.lower_ == "according":
            return False  # 'according to a transcript published by Y': a source, who may speak next
        node = node.head
    head = tok
    while head.dep_ in ("compound", "flat", "appos") and head.head.i != head.i:
        head = head.head
    # the subject of the tag is the speaker (checked by the caller); any other subject is not
    return head.dep_ not in _SUBJECTS or head.head.i == verb.i


def _unglued(ctx: DocContext, sent: Span) -> Span:
    """The sentence with the ones it was cut from where a stop is glued to the next word
    ('told Crimea.Realities after the hearing', 'Kavkaz.Realii'): no sentence starts there."""
    doc, text = ctx.doc, doc_text(ctx.doc)
    start = sent.start
    for _ in range(3):
        if start == 0 or text[doc[start].idx - 1 : doc[start].idx].isspace():
            break
        start = doc[start - 1].sent.start
    return doc[start : sent.end] if start < sent.start else sent


def _shares_phrase(ctx: DocContext, tok: Token, speaker: Person | None) -> bool:
    """A word of the subject phrase that names `speaker` after its speech verb: the parser often
    makes the office before the name ('said CPJ Europe and Central Asia Program Coordinator
    X') the subject, with the name a conjunct of it."""
    if speaker is None:
        return False
    head = tok
    while head.dep_ in ("compound", "flat", "conj", "cc") and head.head.i != head.i:
        head = head.head
    if head.dep_ not in _SUBJECTS or not _is_speech_verb(head.head) or head.head.i > head.i:
        return False
    return any(ctx.owner_at.get(t.i) is speaker for t in head.subtree)


def _other_subject_after(ctx: DocContext, speaker: Person | None, outer_end: int) -> bool:
    """A person other than `speaker` named as the subject of the clause that follows a quote
    in its sentence and paragraph."""
    text = doc_text(ctx.doc)
    end = min(_sentence_end(ctx, outer_end - 1), _paragraph_bounds(text, outer_end)[1])
    tail = ctx.doc.char_span(outer_end, end, alignment_mode="contract") if end > outer_end else None
    for tok in tail or ():
        person = ctx.owner_at.get(tok.i)
        if person is None or person is speaker or tok.i in ctx.quoted or _possessor(tok):
            continue
        head = tok
        while head.dep_ in ("compound", "flat", "appos") and head.head.i != head.i:
            head = head.head
        if head.dep_ in _SUBJECTS and head.head.i >= tok.i:
            return True
    return False


def _place_after_preposition(tok: Token) -> bool:
    """'told reporters at the border crossing of Kamenny Log': a name the tagger called a person's
    that no rule took for one, in a noun's "of" phrase, is a place's."""
    head = tok
    while head.dep_ in ("compound", "flat") and head.head.i > head.i:
        head = head.head
    # (only after "of": syn3's gold leaves out the second quote after "told me in ... Giza")
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.pos_ == "NOUN":
        return True
    # 'said outside the Tocuyito prison': a name that modifies a noun of a place of custody or
    # of a court is that place's
    return head.i > tok.i and head.pos_ == "NOUN" and head.lemma_ in _NAMED_PLACES


def _beats_between(ctx: DocContext, previous: FoundQuote, last: Span) -> bool:
    """'"A," X said. He paused. "B."': narrative sentences between two quotes in one paragraph
    whose only actor is the last speaker (a pause, a smile) do not hand the floor to anyone."""
    doc = ctx.doc
    text = doc_text(doc)
    if "\n" in text[previous.end : last.end_char]:
        return False
    sent = last
    for _ in range(2):
        subject = _subject(sent.root) if sent.root.pos_ in ("VERB", "AUX") else None
        if subject is None or ctx.person_at(subject) is not previous.speaker or _is_speech_verb(sent.root):
            return False
        if any(
            t.ent_type_ == "PERSON"
            and ctx.owner_at.get(t.i) is not previous.speaker
            and not _acted_on_by(ctx, t, previous.speaker)
            for t in sent
        ):
            return False
        if sent.start == 0 or doc[sent.start - 1].sent.start_char <= previous.end:
            return True
        sent = doc[sent.start - 1].sent
    return False


def _describes(ctx: DocContext, tok: Token, speaker: Person | None) -> bool:
    """A word inside the apposition or the relative clause that describes the speaker ('X, CPJ's
    Middle East program coordinator', 'X, an aide to Senator Y', 'X, whose son Y was detained')."""
    if speaker is None:
        return False
    for anc in (tok, *tok.ancestors):
        if anc.dep_ in ("appos", "relcl") and ctx.owner_at.get(anc.head.i) is speaker and anc.head.i < tok.i:
            return True
    return False


_REPORTED_CLAUSES = frozenset(["ccomp", "xcomp"])


def _reported_by(ctx: DocContext, tok: Token, speaker: Person | None) -> bool:
    """A name inside the clause that the last speaker's own speech verb reports ('X told a
    rally, saying Y would "abolish ..."', 'X said, adding that Y had lied') or inside a clause
    of time on it ('X assured Y, after Y told him ...'), or the one X speaks to, or in a
    prepositional phrase on the verb ('X told reporters after the hearing of Y'): someone X talks
    about, answers, addresses or speaks beside, not a new speaker."""
    if speaker is None or tok.i in ctx.owner_at and ctx.owner_at[tok.i] is speaker:
        return False
    child = tok
    for anc in tok.ancestors:
        # (also a clause of time on the speech verb: '"A," X assured Y, after Y told him ...')
        subordinate = child.dep_ == "advcl" and any(c.dep_ == "mark" for c in child.children)
        # and the one spoken to ('"A," X assured Y. "B."'; not after a question: Y may answer)
        addressee = child.dep_ in ("dobj", "dative") and anc.lemma_.lower() not in _QUESTION_VERBS
        # and the circumstances of the speaking ('X spoke to the press outside the trial of Y', 'X
        # said of Y'): a name inside a prepositional phrase on the verb is the setting, no voice
        adjunct = child.dep_ == "prep" and child.lower_ != "according" and _named_not_subject(ctx, tok)
        if (
            (child.dep_ in _REPORTED_CLAUSES or subordinate or addressee or adjunct)
            and _is_speech_verb(anc)
            and anc.i < tok.i
        ):
            subject = _subject(anc, ctx.quoted)
            if subject is not None and subject.tag_ in ("WP", "WDT") and anc.dep_ == "relcl":
                subject = anc.head  # 'X, who announced that Y would appeal': the relative is X
            return subject is not None and ctx.person_at(subject) is speaker
        child = anc
    return False


def _named_not_subject(ctx: DocContext, tok: Token) -> bool:
    """A named person's word that is no subject of a clause ('after meeting with Y', not 'at the
    dinner where Y also spoke': a subject may be the next voice)."""
    head = tok
    while head.dep_ in ("compound", "flat", "appos") and head.head.i != head.i:
        head = head.head
    return tok.i in ctx.owner_at and head.dep_ not in _SUBJECTS


def _acted_on_by(ctx: DocContext, tok: Token, speaker: Person | None) -> bool:
    """'"A," X said. X backs Y for mayor. "B."': a name in the object of a narrative sentence
    whose subject is the last speaker, named, hands that person no floor."""
    root = tok.sent.root
    if speaker is None or root.pos_ not in ("VERB", "AUX") or _is_speech_verb(root):
        return False
    subject = _subject(root)
    if subject is None or ctx.owner_at.get(subject.i) is not speaker:
        return False
    head = tok
    while head.dep_ in ("compound", "flat", "appos") and head.head.i != head.i:
        head = head.head
    return head.dep_ not in _SUBJECTS and head.i > subject.i


def _signed_inside(ctx: DocContext, part: tuple[int, int, bool]) -> Person | None:
    """A pull quote whose last line, inside the marks, is a name alone ('... I never begrudged
    it.' / 'Bill Clinton."'): that person's words."""
    span = ctx.doc.char_span(part[0] + 1, part[1], alignment_mode="expand")
    words = [t for t in span or () if not t.is_punct and not t.is_space]
    if not words or len(words) > 4 or any(t.i not in ctx.owner_at for t in words):
        return None
    owners = {id(ctx.owner_at[t.i]) for t in words}
    return ctx.owner_at[words[0].i] if len(owners) == 1 else None


_SIGNED = re.compile(r"\s*[\u2015\u2014\u2013-]{1,2}\s*([^\W\d_][^\n]{1,60}?)[.\s]*$")


def _signature(ctx: DocContext, open_at: int, outer_end: int) -> Person | None:
    """'"Maybe we can build a wall around him." ― Steve Quinlan': a quote that fills its
    paragraph and is signed after a dash with a name alone is that person's (reader quotes,
    epigraphs, pull quotes). The name may be followed, after a comma, by who the person is
    ('— X, 67, a retired teacher who ...', '— X, in his final statement to the court'), and a
    live blog's entry may open with its time ('16:45 — "..." — X, the defendant's mother')."""
    text = doc_text(ctx.doc)
    para_start, para_end = _paragraph_bounds(text, open_at)
    before = text[para_start:open_at]
    if before.strip() and not _stamp_alone(before):
        return None
    at = outer_end
    # (a name holds no comma: what follows one says who the person is)
    found = _SIGNED.match(text[at:para_end].split(",")[0])
    if found is None and not text[outer_end:para_end].strip():
        # the signature as the next paragraph: '"..."' / '- Hillary Clinton.' (also '-Barack Obama,
        # tweeting after the speech.': the name before its comma)
        nxt = len(text) - len(text[para_end:].lstrip())
        at, line_end = nxt, _paragraph_bounds(text, nxt)[1]
        found = _SIGNED.match(text[at:line_end].split(",")[0])
    if found is None:
        return None
    name = ctx.doc.char_span(at + found.start(1), at + found.end(1), alignment_mode="expand")
    owners = {id(ctx.owner_at.get(t.i)): ctx.owner_at.get(t.i) for t in name or () if not t.is_punct}
    if len(owners) == 1 and None not in owners.values():
        return next(iter(owners.values()))
    words = found.group(1).split()
    signed = len(words) <= 4 and all(w[:1].isupper() for w in words)
    return _UNNAMED if signed and at != outer_end else None  # signed by someone the story does not name


def _stamp_alone(before: str) -> bool:
    """'16:45 — ' before a quote: a live blog entry's time, all that precedes the quote."""
    stamp = _ENTRY_STAMP.match(before)
    return stamp is not None and not before[stamp.end() :].strip()


def _governing_speaker(
    ctx: DocContext,
    start: int,
    end: int,
    narrative: dict[int, Person] | None = None,
    *,
    after: bool = False,
) -> Person | None:
    """'Cox says the NRA won't allow "law-abiding gun owners to become scapegoats"': a quoted
    clause inside what a named person's speech verb governs is that person's quote (a
    fragment of one or two words stays a scare quote). With `after`, the verb may follow the
    quote too ('The board wants "a clean break with the past," Ruiz said'): a quote that
    opens its sentence has had that verb tried already."""
    span = _first_part(ctx, start, end)
    words = [t for t in span or () if not t.is_punct]
    if span is None or len(words) < 3:
        return None
    if not any(t.pos_ in ("VERB", "AUX") for t in span) and span.root.dep_ != "ccomp":
        return None  # a quoted noun phrase is a label, not speech
    root = span.root
    bare_participle = root.tag_ == "VBN" and not any(
        c.dep_ in ("aux", "auxpass", "nsubj") for c in root.children
    )
    if len(words) == 3 and (root.pos_ not in ("VERB", "AUX") or bare_participle):
        return None  # "wounded American families" (but "mind is shot"): speech only as a clause
    node = span.root
    for _ in range(10):
        # 'Cruz, Blackwell wrote "has ..."', 'Instead, Trump told CNN, his plan is "to ...":
        # a parenthetical speech verb before the quote, attached to the clause it reports
        aside = next(
            (
                c
                for c in node.children
                if c.dep_ in ("parataxis", "advcl")
                and c.i < span.start
                and _is_speech_verb(c)
                and _subject(c, ctx.quoted) is not None
                # 'When X said ..., he "grabbed ...," said Y': a clause of time is no aside
                and not any(g.dep_ == "mark" or g.tag_ == "WRB" for g in c.children if g.i < c.i)
                # ('Responding to a term for "misusing ...", X said:': the quote lies inside the
                # aside's own phrase, a charge it names, not the clause it reports)
                and not c.left_edge.i <= span.start <= c.right_edge.i
            ),
            None,
        )
        if aside is not None:
            return _speaker_of(ctx, aside, narrative)
        if node.head.i == node.i:
            return None
        child, node = node, node.head
        if node.i >= span.start and node.i < span.end:
            continue
        # 'boasted of his willingness to spend "whatever it takes"', 'mocked X for "having a
        # tough night"': through the preposition that tells what is said or judged (not 'was
        # charged with "..."' nor 'expelled for "..."': a charge the speaker only names)
        if child.dep_ == "prep" and node.tag_ == "VBN" and not _active(node):
            return None  # 'was expelled for "conspiring against the nation"': a charge, not speech
        if child.dep_ == "prep" and node.dep_ in ("dobj", "dative") and child.lower_ in _TOPIC_PREPOSITIONS:
            # 'accused the police of "..."': the parser hung the preposition on the object
            judge = node.head
            if judge.pos_ == "VERB" and judge.lemma_.lower() in PRAISE_BLAME_VERBS and _active(judge):
                return _speaker_of(ctx, judge, narrative) if judge.i < span.start or after else None
        about = child.dep_ == "prep" and _active(node) and child.lower_ in _TOPIC_PREPOSITIONS
        judges = about and node.lemma_.lower() in PRAISE_BLAME_VERBS and node.pos_ == "VERB"
        # ('posted a video and was serving a term for "..."': a clause joined to the speech verb
        # by "and" is another act, not what was said, unless it is the quoted words themselves)
        joined = child.dep_ == "conj" and (child.i >= span.start and child.i < span.end)
        if (
            child.dep_ in ("xcomp", "ccomp")
            and any(c.dep_ == "auxpass" for c in node.children)
            and not any(c.dep_ == "agent" for c in node.children)  # ('was asked by Y whether ...': Y's)
            and (_is_speech_verb(node) or node.lemma_.lower() in _ADDRESSED)
        ):
            return None  # 'he had been urged to "be patient for now"': the unnamed adviser's words
        # ('Commenting on the law against "spreading ...", X said it was vague': a participle
        # clause before the speech verb sets the scene; it is not what the verb reports)
        scene = child.dep_ == "advcl" and child.i < node.i and child.tag_ in ("VBG", "VBN")
        reports = _is_speech_verb(node) and (
            child.dep_ in ("ccomp", "xcomp", "dobj")
            or child.dep_ == "advcl"
            and not scene
            or joined
            or about
            and child.lower_ != "for"
        )
        if reports or judges:
            if node.i > span.start and not after:
                return None  # the verb after the quote is _speaker_after's case
            return _speaker_of(ctx, node, narrative)
    return None


_TOPIC_PREPOSITIONS = frozenset(["of", "about", "for"])
# verbs of telling someone what to do: in the passive the words are the unnamed teller's
_ADDRESSED = frozenset(["advise", "tell", "instruct", "order", "ask", "warn", "urge", "inform"])


def _active(verb: Token) -> bool:
    """A verb whose subject acts ('X accused Y of'), not one it undergoes ('X was accused of')."""
    subj = _subject(verb)
    return (
        subj is not None
        and subj.dep_ == "nsubj"
        and not any(c.dep_ == "auxpass" for c in verb.children)
        and not (verb.tag_ == "VBN" and not any(c.dep_ == "aux" for c in verb.children))
    )


def _reporter_of_guessed_sex(ctx: DocContext, pronoun: Token, found: Person | None) -> Person | None:
    """'The defence lawyer, Félicien Gakwaya, said his clients would appeal. "Reading a book is not
    a crime," he said.': words that open the sentence after one whose main verb is a speech verb
    with a named subject (the name itself or set beside its noun) go on with that reporter, even
    when the name's sex, guessed from its surname's ending alone ('-aya', '-ina' are Russian
    women's endings, Rwandan, Ethiopian and Spanish men's too) and from no given name or role the
    lists know, is not the pronoun's: a guess does not send the pronoun past the reporter to a
    name further back ('Fabrice Mugisha', told of before). Only when the one the pronoun found
    is not named in either sentence (session 45's wider rule moved a quote from a name told just
    before to a reporter; this one reads only a reporter whose sex is a guess)."""
    sent = pronoun.sent
    text = doc_text(ctx.doc)
    if not text[sent.start_char : sent.end_char].lstrip().startswith('"'):
        return None
    prev = _previous_sentence(ctx, sent)
    if prev is None or "\n" in text[prev.end_char : sent.start_char]:
        return None
    verb = prev.root
    if not _is_speech_verb(verb) or not _active(verb):
        return None
    subj = _subject(verb, ctx.quoted)
    if subj is None:
        return None
    named = [ctx.owner_at[subj.i]] if subj.i in ctx.owner_at else []
    set_beside = [t for c in subj.children if c.dep_ == "appos" for t in c.subtree]
    named += [ctx.owner_at[t.i] for t in set_beside if t.i in ctx.owner_at]
    reporters = {p.name: p for p in named}
    if len(reporters) != 1:
        return None
    (reporter,) = reporters.values()
    wanted = PRONOUNS.get(pronoun.lower_)
    if reporter is found or reporter.gender in (None, wanted) or not _sex_from_surname_only(ctx, reporter):
        return None
    if found is not None and any(
        prev.start <= s < sent.end and ctx.doc[s].pos_ == "PROPN" for s, _e in found.mentions
    ):
        return None  # the one the pronoun found is named right there: not read
    return reporter


def _sex_from_surname_only(ctx: DocContext, person: Person) -> bool:
    """The person's sex is a guess from the surname's ending: several words, the first no given
    name the lists know, and no role beside the name that tells it."""
    return (
        len(person.tokens) > 1
        and not given_name_known(person.tokens)
        and gender_by_role(ctx.doc, person) is None
        and guess_gender(person.tokens) == person.gender
    )


def _previous_sentence(
    ctx: DocContext, sent: Span | None, phrases: frozenset[int] | set[int] = frozenset()
) -> Span | None:
    """The narrative sentence right before a quote's own, if close enough to speak for it: not
    past a paragraph break of blank lines, and no quote in it (`phrases`, quoted words that
    are no quote of their own, do not count)."""
    if sent is None or sent.start == 0:
        return None
    prev = ctx.doc[sent.start - 1].sent
    if doc_text(ctx.doc).count("\n", prev.end_char, sent.start_char) > 2:
        return None
    return None if any(t.i in ctx.quoted and t.i not in phrases for t in prev) else prev


def _tokens_of(ctx: DocContext, start: int, end: int) -> range:
    """The token indices of the characters start..end (empty when they cut a token)."""
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    return range(span.start, span.end) if span is not None else range(0)


def _speaker_of_previous_sentence(
    ctx: DocContext,
    sent: Span | None,
    narrative: dict[int, Person] | None = None,
    phrases: frozenset[int] | set[int] = frozenset(),
) -> Person | None:
    """A quote that is a sentence of its own takes the speaker of the sentence just before it
    ("Her lawyer, X, said the confession was forced. \"He retracted it ...\""), also when that
    sentence carries the speaker's words only as a quoted phrase ('Writers are "the first to
    be targeted," X said. "We ..."': the phrase is no quote, so no earlier quote goes on)."""
    prev = _previous_sentence(ctx, sent, phrases)
    if prev is None:
        return None
    # with a quoted phrase in it, only a tag after the phrase speaks ('... "phrase," X said'), not
    # a verb before it ('Responding to the sentencing of Y for "phrase", X said:')
    after = max((t.i for t in prev if t.i in phrases), default=-1)
    speakers = []
    for verb in prev:
        if verb.lemma_ in _ONSET_VERBS or _goes_on_doing(verb) or verb.i < after:
            continue  # ('before the race began': what begins with no quote beside it is no speech)
        if _is_speech_verb(verb) and (verb.dep_ in _PREVIOUS_TAG_DEPS or _main_clause_misparsed(verb)):
            if verb.lemma_.lower() in _QUESTION_VERBS and any(
                c.dep_ in ("dobj", "dative") and ctx.person_at(c, pronouns=False) for c in verb.children
            ):
                return None  # '"...?" X asked Y. "Absolutely."': the words after may be Y's answer
            speaker = _speaker_of(ctx, verb, narrative)
            if speaker is _UNNAMED and any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
                continue  # 'if the commutation is confirmed': a thing confirmed, nobody speaking
            if speaker is not None and speaker not in speakers:
                speakers.append(speaker)
    return speakers[0] if len(speakers) == 1 else None


# where a speech verb of the sentence before stands when it tags words: the main verb, one
# conjoined or subordinate, or a tag set off by commas ('are "distressed ...," X said, as ...')
_PREVIOUS_TAG_DEPS = frozenset({"ROOT", "conj", "advcl", "pcomp", "xcomp", "parataxis"})


def _goes_on_doing(verb: Token) -> bool:
    """'as the pandemic continues to spread': "continue" with a verb of its own tells that
    something goes on, not that anyone speaks on."""
    return verb.lemma_ == "continue" and any(c.dep_ == "xcomp" for c in verb.children)


# what a person asked may do instead of answering: the words after are then no answer of theirs
_NO_ANSWER = frozenset(["refuse", "decline", "decide", "hang", "leave", "walk", "turn"])


def _answer_to_a_question(
    ctx: DocContext, sent: Span | None, narrative: dict[int, Person] | None = None
) -> Person | None:
    """'Asked whether she would leave, she shook her head. "Who would stay?"', 'X, a neighbour,
    was asked what he was like. "Quiet."': words opening their sentence right after one that
    puts a question to a person who answers with no speech verb (a gesture, a pause) are that
    person's answer. Not when the one asked refuses, declines or leaves ('Asked ..., she
    declined to comment. "..."'), nor when the sentence is negated or the one asked is no named
    person or he/she ('Asked about it, the ministry ...'). Session 58 census: 5 such sentences
    over the English read sets, all five followed by the asked person's words (4 missed before)."""
    prev = _previous_sentence(ctx, sent)
    if prev is None:
        return None
    root = prev.root
    # (a sentence-opening 'Asked' is often tagged as a past tense)
    asked = next((t for t in prev if t.lemma_ == "ask" and t.tag_ in ("VBN", "VBD")), None)
    if asked is None or root.pos_ not in ("VERB", "AUX"):
        return None
    if asked.i == root.i:
        # 'X was asked what ...' (not 'X was asked by Y', where the answer may be Y's words' topic)
        if any(c.dep_ == "agent" for c in root.children):
            return None
        subj = next((c for c in root.children if c.dep_ == "nsubjpass"), None)
    elif asked.head.i == root.i and asked.dep_ == "advcl" and asked.i < root.i:
        # 'Asked whether ..., she shakes her head' / 'When asked ..., he paused'
        if any(t.lower_ not in ("when", "after") for t in prev[: asked.i - prev.start]):
            return None
        subj = _subject(root, ctx.quoted)
    else:
        return None
    if subj is None or any(c.dep_ == "neg" for c in root.children) or root.lemma_ in _NO_ANSWER:
        return None
    if subj.i in ctx.owner_at and subj.pos_ == "PROPN":
        return ctx.owner_at[subj.i]
    if subj.lower_ in ("he", "she"):
        # (with the guards of a speech verb's pronoun: someone else on stage since the name)
        found = _speaker_of(ctx, root, narrative)
        if found is None or found is _UNNAMED:
            return None
        # ... and named in the paragraph of the question: a "she" whose name lies paragraphs back
        # may be someone the finder did not take ('Nastia, now 22, works in Vilnius. Asked ...')
        para_start = _paragraph_bounds(doc_text(ctx.doc), prev.start_char)[0]
        doc = ctx.doc
        named_here = any(
            doc[s].idx >= para_start and s < subj.i and s not in ctx.quoted and doc[s].pos_ != "PRON"
            for s, _e in found.mentions
        )
        return found if named_here else None
    return None


def _main_clause_misparsed(verb: Token) -> bool:
    """'X elaborated in a column that the delegates, even those who ..., may reconsider.': the
    parser hangs the sentence's first clause, as a complement, on a verb after it; that verb is
    no speech verb reporting it (unlike 'The plan failed, X said'), so the first clause is the
    main one."""
    head = verb.head
    return (
        verb.dep_ == "ccomp"
        and head.i > verb.i
        and not _is_speech_verb(head)
        and verb.left_edge.i == verb.sent.start
    )


def _whole_paragraph(text: str, open_at: int, close_at: int) -> bool:
    start, end = _paragraph_bounds(text, open_at)
    return not text[start:open_at].strip() and not text[close_at + 1 : end].strip()


def _subject_of_previous_sentence(
    ctx: DocContext,
    sent: Span | None,
    narrative: dict[int, Person] | None = None,
    described: bool = False,
    first_person: bool = True,
) -> Person | None:
    """A quote that is a paragraph of its own, after narrative about a named person ("X praised
    the governor's record." / "\"We need someone who gets things done.\""): the words are
    that person's, the subject of the sentence just before.

    `described`: words in the first person that open a sentence and close the paragraph after
    a sentence of the same paragraph whose subject is a kin or role noun set beside a name ('His
    wife, Aksana L., had been sitting in the second row. "We expected it."', 'The oldest of
    those expelled, 71-year-old Viktar S., had to be helped off the bus. "I wanted to die at
    home."'): the one introduced so, right before, speaks. Only that subject shape: a bare name
    as the subject reads as narrative the words may answer ('X was sentenced. "We will appeal."')."""
    prev = _previous_sentence(ctx, sent)
    if prev is None:
        return None
    if described:
        if sent is None or "\n" in doc_text(ctx.doc)[prev.end_char : sent.start_char]:
            return None  # (the sentence before in the same paragraph)
        root = prev.root
        subject = _subject(root, ctx.quoted) if root.pos_ in ("VERB", "AUX") else None
        if subject is not None and subject.i in ctx.owner_at:
            return _named_subject_speaks(ctx, prev, root, subject)
        if not first_person or subject is None or subject.pos_ not in ("NOUN", "ADJ"):
            return None
        named = [c for c in subject.children if c.dep_ == "appos" and c.i in ctx.owner_at]
        if len(named) != 1:
            return None
        return ctx.owner_at[named[0].i]
    if _newsroom_aside(ctx, prev):
        return _statement_giver(ctx, _previous_sentence(ctx, prev), narrative)
    root = prev.root
    if any(c.dep_ == "mark" for c in root.children):
        # 'X is upbeat about ..., in part because he sees ...': the parser made the clause of
        # reason the root; the sentence's first clause is its main one
        first = next((c for c in root.children if c.dep_ == "ccomp" and _main_clause_misparsed(c)), None)
        root = first if first is not None else root
    subject = _subject(root, ctx.quoted) if root.pos_ in ("VERB", "AUX") else None
    if subject is None or subject.i not in ctx.owner_at:
        return None  # a pronoun's guess is too weak to carry a quote it does not introduce
    return _speaker_of(ctx, root, narrative)


def _named_subject_speaks(ctx: DocContext, prev: Span, root: Token, subject: Token) -> Person | None:
    """'Karimi himself is cautious. "An appeal is possible."', 'X, of the Center for ..., called
    the ruling a message. "Nasrin is punished ..."', 'Natallia says her husband refused. "He
    wrote to me once: ..."': words closing the paragraph after a sentence of the same paragraph
    whose subject is a bare name that speaks or takes a stance there (a speech verb, or a copula
    with an adjective) are that person's. Traps, kept from sessions 47 and earlier: a name only
    acting or acted on ('X had been sitting in the second row.', 'X was sentenced.'; the words may
    be anyone's answer), a negated act, a second person named in the sentence, and a sentence
    between two quotes of the paragraph ('"A," said Y. Senator X disagreed. "B."': either may
    go on)."""
    if subject.pos_ != "PROPN" or subject.dep_ == "nsubjpass":
        return None
    acted_on = any(c.dep_ in ("auxpass", "nsubjpass", "neg") for c in root.children)
    if acted_on or trigger_type(root) is not None:
        return None  # (an event or a passive: 'X was freed.')
    person = ctx.owner_at[subject.i]
    if any(t.i in ctx.owner_at and ctx.owner_at[t.i] is not person for t in prev):
        return None
    text = doc_text(ctx.doc)
    if '"' in text[_paragraph_bounds(text, prev.start_char)[0] : prev.start_char]:
        return None  # (a sentence between two quotes of its paragraph)
    stance = root.lemma_ == "be" and any(c.dep_ == "acomp" for c in root.children)
    return person if stance or any(_speaks_or_judges(t) for t in prev) else None


def _speaks_or_judges(tok: Token) -> bool:
    """A speech verb, a verb of praise or blame, or 'call' naming something ('called the ruling
    a message'): the sentence tells what the person says or thinks aloud."""
    if _is_speech_verb(tok):
        return True
    lemma = tok.lemma_.lower()
    if tok.pos_ != "VERB" or any(c.dep_ == "neg" for c in tok.children):
        return False
    return lemma in PRAISE_BLAME_VERBS or lemma == "call" and any(c.dep_ == "oprd" for c in tok.children)


# what a newsroom does with a text it prints ('We publish an excerpt.', 'We reproduce it in full.')
_PRINT_VERBS = frozenset(["publish", "print", "reproduce", "quote", "share", "post", "run", "translate"])
# nouns of a text somebody delivers or writes ('her final statement', 'a letter from the colony')
_TEXT_NOUNS = frozenset([*STATEMENT_NOUNS, "speech", "word", "words", "address", "appeal", "plea", "excerpt"])
# nouns of words whose author `_author_of_words` reads ('a line she addressed to the judge')
_AUTHORED_NOUNS = _TEXT_NOUNS | OWNED_WORDS_NOUNS | {"line"}
# verbs that pass on a text someone else wrote ('posted a line she addressed ...', 'read out her plea')
_RELAY_VERBS = _PRINT_VERBS | {"read"}


def _newsroom_aside(ctx: DocContext, sent: Span) -> bool:
    """'We publish an excerpt.', 'Here is part of it.', 'Below is the full text.': a short
    sentence of the newsroom handing over a text, naming nobody."""
    words = [t for t in sent if not t.is_punct]
    if not words or len(words) > 14 or any(t.i in ctx.owner_at for t in sent):
        return False
    root = sent.root
    ours = any(c.dep_ == "nsubj" and c.lower_ == "we" for c in root.children)
    if ours and root.lemma_.lower() in _PRINT_VERBS:
        return True
    return words[0].lower_ in ("here", "below") and root.lemma_.lower() == "be"


def _statement_giver(
    ctx: DocContext, sent: Span | None, narrative: dict[int, Person] | None = None
) -> Person | None:
    """The named subject of a sentence that says they gave a text ('At the last hearing X
    delivered her final statement.', 'X wrote a letter from the colony.'): the one whose text the
    newsroom then prints."""
    if sent is None:
        return None
    root = sent.root
    if root.pos_ not in ("VERB", "AUX"):
        return None
    subject = _subject(root, ctx.quoted)
    if subject is None or subject.i not in ctx.owner_at:
        return None
    objects = [c for c in root.children if c.dep_ in ("dobj", "pobj", "attr")]
    objects += [g for c in root.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    if not any(o.lemma_.lower() in _TEXT_NOUNS for o in objects):
        return None
    return _speaker_of(ctx, root, narrative)


def _speaker_of_lead_paragraph(
    ctx: DocContext, open_at: int, narrative: dict[int, Person] | None = None
) -> Person | None:
    """A quote set as its own paragraph after a paragraph that ends by introducing it
    ("His daughter, X, wrote on Telegram:")."""
    text = doc_text(ctx.doc)
    para_start = _paragraph_bounds(text, open_at)[0]
    if text[para_start:open_at].strip():
        return None
    prev_end = len(text[:para_start].rstrip())
    if not prev_end or text[prev_end - 1] != ":":
        return None
    prev_start = text.rfind("\n", 0, prev_end) + 1
    for verb in reversed(_speech_verbs(ctx, prev_start, prev_end, statements=True)):
        speaker = _speaker_of(ctx, verb, narrative)
        if speaker is None and _subject(verb, ctx.quoted) is None:
            # 'Responding to ... under Article 5 of the Code, the group's director, X, said:'
            # (the parser lost the subject in the long lead-in): the name right before the verb
            speaker = _name_before(ctx, max(prev_start, _written_sentence(ctx, verb.sent).start_char), verb)
        if speaker is not None:
            return speaker
    # 'Stated Novak:', 'Then Novak called them on it:': a name before the colon, else the
    # subject of the clause the colon ends
    lead = _named_lead(ctx, open_at)
    if lead is not None:
        return lead
    colon = ctx.doc.char_span(prev_end - 1, prev_end, alignment_mode="expand")
    root = colon[0].sent.root if colon is not None and len(colon) else None
    if root is not None and root.pos_ in ("VERB", "AUX"):
        return _speaker_of(ctx, root, narrative)
    return None


def _named_lead(ctx: DocContext, open_at: int) -> Person | None:
    """'Pollster Ann Novak: "..."', 'Continued Novak: "..."': a name right before the colon."""
    text = doc_text(ctx.doc)
    before = text[:open_at].rstrip()
    if not before.endswith(":"):
        return None
    span = ctx.doc.char_span(max(0, len(before) - 2), len(before), alignment_mode="expand")
    if span is None or not len(span):
        return None
    tok = span[0] if span[0].text != ":" else ctx.doc[span[0].i - 1] if span[0].i else None
    if tok is not None and tok.text in (")", "):"):
        # 'Sen. Ann Novak (R-Utah): "..."': the party and state set off after the name
        opening = next((t for t in reversed(ctx.doc[max(0, tok.i - 8) : tok.i]) if t.text == "("), None)
        tok = ctx.doc[opening.i - 1] if opening is not None and opening.i > 0 else None
    if tok is None or tok.i not in ctx.owner_at:
        return _name_with_an_aside(ctx, before)
    head = tok
    while head.dep_ in ("compound", "flat") and head.head.i != head.i:
        head = head.head
    prep = head.head
    source = prep.lower_ in ("of", "from", "by") or prep.lower_ == "to" and prep.head.lower_ == "according"
    beside = not any(t.is_punct for t in ctx.doc[prep.i + 1 : tok.i])
    if head.dep_ == "pobj" and beside and not source:
        return None  # 'a message to Lenz:', 'contrasted him with Brand:': not the one who speaks
    verb = head.head.head if head.dep_ == "pobj" else head.head
    opening = all(t.is_space for t in ctx.doc[verb.sent.start : verb.i])
    inverted = head.dep_ == "dobj" and opening and not verb.lower_.endswith("ing")
    if head.dep_ in ("dobj", "pobj", "dative", "iobj") and _is_speech_verb(verb) and not inverted:
        # 'Cruz was critical, telling Ann Novak: "...': the addressee, not the speaker (but
        # 'Stated Novak:' is the speaker in inverted order)
        return None
    return ctx.owner_at[tok.i]


# 'X, in a statement:', 'X, on Telegram:', 'X, speaking to reporters:' (the aside before the colon)
_ASIDE_OPENERS = frozenset(["in", "on", "via", "at", "during", "through", "to", "speaking", "writing"])
# a live blog entry's time stamp before its words ('16:30 ', '🔴 09:30 - ')
_ENTRY_STAMP = re.compile(r"[^\w\n]{0,3}\s*\d{1,2}[:.]\d\d\s*[-\u2013\u2014]?\s*")


def _name_with_an_aside(ctx: DocContext, before: str) -> Person | None:
    """'Foreign Minister X, in a statement: "..."', 'Defence lawyer X, representing two of the
    six: "..."', 'X's mother, Y, outside: "..."', 'Lawyer X, who arrived at the court: "..."': a
    paragraph (after a live blog's time stamp) that opens with a name and only an aside of
    where, how or who, no verb of its own, before the colon (a live blog's or a roundup's
    entry) names the speaker."""
    start = before.rfind("\n") + 1
    stamp = _ENTRY_STAMP.match(before, start)
    start = stamp.end() if stamp is not None else start
    lead = before[start:]
    if not lead.endswith(":") or len(lead) > 200:
        return None
    for comma in (m.start() for m in re.finditer(", ", lead)):
        name = ctx.doc.char_span(start, start + comma, alignment_mode="expand")
        aside = ctx.doc.char_span(start + comma + 2, start + len(lead) - 1, alignment_mode="expand")
        if name is None or aside is None or not len(name) or not len(aside):
            return None
        if any(t.pos_ in ("VERB", "AUX") and t.tag_ != "VBG" for t in name):
            return None  # 'X, who was freed in May, said in ...:': a clause, not an entry's label
        if name[-1].i in ctx.owner_at and _entry_aside(aside):
            return ctx.owner_at[name[-1].i]
    return None


def _entry_aside(aside: Span) -> bool:
    """What may follow an entry's name before the colon: a phrase of where or how ('in a
    statement', 'speaking to journalists', 'representing two of the six', 'outside') or a
    relative clause on the name ('who arrived at the FSB building'); no verb of its own."""
    first = aside[0]
    if first.lower_ in ("who", "whose"):
        return not any(t.text == "," for t in aside)  # (one clause on the name, then the colon)
    verbs = [t for t in aside if t.pos_ in ("VERB", "AUX")]
    if first.lower_ in _ASIDE_OPENERS or first.tag_ == "VBG":
        return all(t.tag_ in ("VBG", "VBN") for t in verbs)
    return not verbs and all(t.pos_ in ("ADV", "ADP", "DET", "NOUN", "PROPN", "ADJ", "PUNCT") for t in aside)


# Heads that mark the interviewer's turns: with them even one answer is a transcript turn.
_INTERVIEWER = frozenset(["q", "question", "interviewer"])
# Heads of the interviewee's turns when the transcript does not name them.
_ANSWERER = frozenset(["a", "answer"])


def _transcript_turns(ctx: DocContext, marked: list[tuple[int, int]]) -> list[FoundQuote]:
    """Interview transcripts: a paragraph 'Karatkevich: I didn't. ...' is that person's answer.
    A transcript is a dialogue: the interviewer asks ('Q:') or some voice takes the floor again.
    Paragraphs that each open with a different name ('Carson: A miracle.', 'Rubio: Finish
    second.') label the items of a list, not turns of speech."""
    doc = ctx.doc
    turns: list[tuple[str, Person | None, int, str]] = []
    lines = list(text_lines(doc_text(doc)))
    dotted = _dotted_labels(lines)
    for pos, paragraph in lines:
        head, colon, rest = paragraph.partition(":")
        label = head.strip(" *")  # ('**Ann Novak:** ...': a label in bold)
        if pos in dotted:
            head, colon, rest = paragraph[: dotted[pos] - 1], " ", paragraph[dotted[pos] :]
            label = paragraph.lstrip("*")[0]
        content = rest.strip(" *").strip()
        if (
            colon
            and pos > 0
            and 0 < len(head.split()) <= 4
            and len(content.split()) >= 2
            and not content.startswith('"')
        ):
            span = doc.char_span(pos, pos + len(head.rstrip()), alignment_mode="expand")
            speaker = _labelled_voice(ctx, [t for t in _without_affiliation(ctx, span) if t.is_alpha])
            start = pos + len(head) + 1 + (len(rest) - len(rest.lstrip(" *")))
            turns.append((fold(label), speaker, start, content))
    voices = [speaker.name if speaker is not None else head for head, speaker, _, _ in turns]
    interviewed = any(head in _INTERVIEWER for head, _, _, _ in turns)
    if len(set(voices)) == len(voices) and not interviewed and not _staged(turns):
        return []
    # 'Q: ...' / 'A: ...': the answers are the person the introduction is about
    answerer = _interviewee(ctx, turns[0][2]) if interviewed else None
    masthead = _masthead_asker(turns, _bylined_interviewer(doc_text(doc)))
    out: list[FoundQuote] = []
    for head, speaker, start, content in turns:
        if speaker is None and head in _ANSWERER:
            speaker = answerer
        if speaker is None or speaker is masthead or any(s <= start < e for s, e in marked):
            continue
        out.append(FoundQuote(speaker, content, start, start + len(content)))
        if head in _ANSWERER:
            continue  # (like an unlabelled answer, what it reports stays the article's report)
        cspan = doc.char_span(start, start + len(content), alignment_mode="expand")
        if cspan is not None:
            ctx.quoted.update(range(cspan.start, cspan.end))
    return out


# a paragraph that is only a label above the words of the one it names: 'Asked by X
# (constituency)', 'Answered on 3 May by X, Minister for Africa', 'X (Bath, Liberal Democrat)'
_LABEL_LINE = re.compile(
    r"(?:Asked by |Answered (?:on [^\n]{4,30}? )?by )?(?P<name>[^\W\d_][^\n(,:;.!?]{2,60}?)"
    r"(?P<affiliation>\s*\([^()\n]{2,80}\)|,\s[^\n.:;!?]{2,80})?\s*"
)


def _labelled_paragraphs(ctx: DocContext, marked: list[tuple[int, int]]) -> list[FoundQuote]:
    """Written questions and answers, statements set under their authors: a paragraph that
    only names a person (with the seat or office they speak from, or 'Asked by', 'Answered ...
    by' before the name) labels the paragraph under it as that person's words (GUIDELINES:
    written statements and turns are quotes). A layout of exchange: two labels at least, of two
    people. Traps: a list of names with roles (the line under a label is another label), a
    profile's heading over a paragraph about the person ('X, a Saudi woman, had worked ...':
    the words name their subject), a byline without an office."""
    doc, text = ctx.doc, doc_text(ctx.doc)
    lines = list(text_lines(text))
    found: list[FoundQuote] = []
    for k in range(1, len(lines) - 1):
        pos, line = lines[k]
        label = _LABEL_LINE.fullmatch(line.strip())
        if label is None or not (
            label.group("affiliation") or line.lstrip().startswith(("Asked", "Answered"))
        ):
            continue
        start = pos + len(line) - len(line.lstrip()) + label.start("name")
        span = doc.char_span(start, start + len(label.group("name").rstrip()), alignment_mode="expand")
        speaker = _labelled_voice(ctx, [t for t in span or () if t.is_alpha])
        below, words = lines[k + 1]
        if speaker is None or len(words.split()) < 8 or _LABEL_LINE.fullmatch(words.strip()):
            continue
        if any(s <= below < e for s, e in marked) or _names_in(ctx, speaker, below, below + len(words)):
            continue
        if not _reads_as_own_words([line for _, line in lines[k + 1 : k + 5]]):
            continue
        content = words.strip()
        at = below + len(words) - len(words.lstrip())
        found.append(FoundQuote(speaker, content, at, at + len(content)))
    return found if len({id(q.speaker) for q in found}) >= 2 else []


def _reads_as_own_words(block: list[str]) -> bool:
    """The paragraphs under a label, up to the next label, speak in the first or second person
    (words in marks aside: a profile may quote its subject) or open with the formula of a
    written question ('To ask the Secretary of State ...'): a voice, not a profile told about
    someone in the third person ('Sentenced in 2021 to eleven years, she ...')."""
    own: list[str] = []
    for line in block:
        if _LABEL_LINE.fullmatch(line.strip()) or not line.strip(" -*"):
            break
        own.append(_MARKED.sub(" ", line))
    return bool(own) and (own[0].lstrip().startswith("To ask ") or any(_SPEECHLIKE.search(x) for x in own))


def _names_in(ctx: DocContext, person: Person, start: int, end: int) -> bool:
    """The person is named (not by a pronoun) between two offsets."""
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    return any(ctx.owner_at.get(t.i) is person and t.pos_ != "PRON" for t in span or ())


# role labels of a court or broadcast transcript ('JUDGE:', 'PRESENTER:')
_TURN_ROLES = frozenset(
    ["judge", "presiding judge", "prosecutor", "presenter", "host", "anchor", "moderator", "correspondent"]
    + ["reporter"]
)


def _staged(turns: list[tuple[str, Person | None, int, str]]) -> bool:
    """'JUDGE: Do you admit your guilt? / MARCHUK: No. / PROSECUTOR: ...': three turns or more
    among which a court's or a studio's role speaks beside a named person are a dialogue, though
    no voice takes the floor twice, when every turn is a sentence and one asks (a case card's
    'Judge: X of the city court' lines are items, not speech)."""
    roles = sum(1 for head, speaker, _, _ in turns if speaker is None and head in _TURN_ROLES)
    named = sum(1 for _, speaker, _, _ in turns if speaker is not None)
    spoken = all(content.rstrip(" *").endswith((".", "?", "!", "\u2026")) for _, _, _, content in turns)
    asked = any(content.rstrip(" *").endswith("?") for _, _, _, content in turns)
    return len(turns) >= 3 and roles >= 1 and named >= 1 and spoken and asked


def _masthead_asker(
    turns: list[tuple[str, Person | None, int, str]], interviewer: str | None = None
) -> Person | None:
    """'Belsat: How did you learn ...?' / 'Lazouskaya: Nobody told me.': a transcript whose
    asking voice is labelled by a one-word name that the story never gives a first name is the
    outlet asking (its masthead as the label), not a named person speaking (GUIDELINES: direct
    speech of a named person); a named interviewer ('Alena Shved: ...') keeps their turns.

    A byline that names the interviewer ('Interview by Ann Novak') tells the same of an asking
    voice of several words that is someone else ('Daily Courier: What happened?'): the one who
    asked is named there, so the label is the outlet's. Census (session 53, the English read
    sets): 18 texts have such a byline; in 8 the asking voice is the outlet's label (Guardian,
    Belsat twice, Nasha Niva, Novaya Gazeta Europe, Meduza, CivilNet, Mada Masr; only the last
    was read as a person before: `syn41b`, 5 false quotes, no gold quote), in 2 it is the
    bylined asker (`syn34b` 'Haddad', `syn42b` 'Asked by Fiona Grant': 8 gold quotes, kept), in
    8 the asker is 'Q:' or silent (unchanged)."""
    voices: dict[int, list[str]] = {}
    people: dict[int, Person] = {}
    for _, speaker, _, content in turns:
        if speaker is not None:
            voices.setdefault(id(speaker), []).append(content)
            people[id(speaker)] = speaker
    if len(voices) != 2:
        return None
    for key, contents in voices.items():
        asks = sum(1 for c in contents if _interviewer_turn(c))
        if 2 * asks <= len(contents) or len(contents) < 2:
            continue
        if len(people[key].name.split()) == 1 or _someone_else(people[key], interviewer):
            return people[key]
    return None


# a Q&A's byline naming who asked: 'Interview by Ann Novak', 'Interviewed by ...', 'Asked by ...'
_BYLINE = re.compile(r"^[ \t*_]*(?:Interview(?:ed)?|Questions|Asked) by ([^\n]{3,80})$", re.M | re.I)


def _bylined_interviewer(text: str) -> str | None:
    """The interviewer a Q&A's byline names (its first such line), or None; what follows a comma
    is their outlet or place ('Interview by Kasia Sushko, Nasha Niva')."""
    found = _BYLINE.search(text)
    return found.group(1).split(",")[0].strip(" *_") if found else None


def _someone_else(person: Person, interviewer: str | None) -> bool:
    """Whether a byline names an interviewer and this voice shares no name word with them."""
    if interviewer is None:
        return False
    named = {fold(w) for w in re.findall(r"[^\W\d_]+", interviewer)}
    return not named & {fold(w) for w in person.tokens}


# 'Q. When were you ...' / 'A. In May.': labels with a full stop instead of a colon
_DOTTED_LABEL = re.compile(r"(?:\*\*)?([QA])\.(?:\*\*)?\s+(?=\S)")


def _dotted_labels(lines: list[tuple[int, str]]) -> dict[int, int]:
    """Paragraph start -> offset of the words after a 'Q.' or 'A.' label, when the text has
    both ('A. Novak said' alone is an initial, not an answer)."""
    found = {pos: m for pos, line in lines if (m := _DOTTED_LABEL.match(line))}
    if {m.group(1) for m in found.values()} != {"Q", "A"}:
        return {}
    return {pos: m.end() for pos, m in found.items()}  # (the label is the first letter)


_SECOND_PERSON = re.compile(r"\b(?:[Yy]ou|[Yy]our|[Yy]ours|[Yy]ourself)\b")
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I've|I'd|I'll|[Mm]e|[Mm]y|[Ww]e|[Uu]s|[Oo]ur)\b(?!-)")


def _answering_in_first_person(ctx: DocContext, answers: list[FoundQuote]) -> None:
    """'Q: When were you arrested? / A: I was arrested in August 2020': in an interview's answers
    "I" and "me" are the one answering, so what they tell of themselves is theirs."""
    for answer in answers:
        span = ctx.doc.char_span(answer.start, answer.end, alignment_mode="expand")
        if answer.speaker is None or span is None:
            continue
        for tok in _unowned_first_person(ctx, span):
            ctx.first_person[tok.i] = answer.speaker
            answer.speaker.mentions.append((tok.i, tok.i + 1))
        answer.speaker.mentions.sort()


def _unowned_first_person(ctx: DocContext, span: Span) -> list[Token]:
    """The "I", "me" and "myself" of a span that no name already owns."""
    return [t for t in span if t.lower_ in ("i", "me", "myself") and t.i not in ctx.owner_at]


def _telling_of_themselves(ctx: DocContext, quotes: list[FoundQuote]) -> None:
    """'"I was arrested at a checkpoint," X told Reuters': in a quote a named speaker gives, "I"
    and "me" are the speaker, as in an interview's answers (`_answering_in_first_person`). Not a
    quote that quotes someone else inside it ('He told me: "I will jail you"' reads the inner
    "I" as the officer), which the inner quote marks set apart."""
    for quote in quotes:
        if quote.speaker is None or not isinstance(quote.speaker, Person):
            continue
        span = ctx.doc.char_span(quote.start, quote.end, alignment_mode="expand")
        if span is None or any(t.text in _INNER_MARKS for t in span):
            continue
        for tok in _unowned_first_person(ctx, span):
            ctx.first_person.setdefault(tok.i, quote.speaker)


_INNER_MARKS = frozenset({'"', "“", "”", "'", "‘", "’", "«", "»"})


@lru_cache(maxsize=1024)  # asked of each paragraph for every quote near it
def _interviewer_turn(paragraph: str) -> bool:
    """A question paragraph of an interview set without labels: a question, or a short remark
    put to the interviewee ("You were released early."), with no quote marks and no "I"."""
    words = paragraph.split()
    if not words or '"' in paragraph or paragraph.rstrip().endswith(":"):
        return False
    if paragraph.rstrip().endswith("?"):
        return len(words) <= 40
    one_sentence = not re.search(r"[.!?]\s+\S", paragraph.strip())
    addressed = bool(_SECOND_PERSON.search(paragraph)) and not _FIRST_PERSON.search(paragraph)
    return one_sentence and len(words) <= 12 and addressed


# what introduces an interview ("spoke to", "in an interview", "edited for length")
_INTERVIEW_FRAME = re.compile(
    r"\b(?:interview(?:ed)?|spoke (?:to|with)|talked (?:to|with)|conversation|edited for|condensed)\b",
    re.IGNORECASE,
)


def _interview_answers(ctx: DocContext, found: list[FoundQuote]) -> list[FoundQuote]:
    """A question-and-answer interview without speaker labels: after an introduction about one
    person, question paragraphs alternate with that person's answers, spoken in the first
    person. Each answer paragraph is the interviewee's quote (GUIDELINES: transcript turns are
    quotes); an answer set in quote marks keeps its own span and gets the speaker. The
    interviewer is nobody's voice here, and an interview with no single person introduced
    before its first question gives no quotes (the answers' speaker is unknown).

    The answers are left outside `ctx.quoted`: what an interviewee says happened to them is the
    article's report, as in a labelled transcript."""
    text = doc_text(ctx.doc)
    paragraphs = [(pos + len(line) - len(line.lstrip()), line.strip()) for pos, line in text_lines(text)]
    asked = [k for k, (_, p) in enumerate(paragraphs) if _interviewer_turn(p)]
    answers = [
        k + 1
        for k in asked
        if k + 1 < len(paragraphs) and k + 1 not in asked and paragraphs[k + 1][0] > paragraphs[k][0]
    ]
    questions = [k for k in asked if paragraphs[k][1].endswith("?") and k + 1 in answers]
    # (the answer's own words: an explainer's "Why was she arrested?" is answered in the third
    # person, with first-person words only inside the quotes it cites)
    first_person = [k for k in answers if _FIRST_PERSON.search(_own_words(paragraphs[k][1]))]
    if len(questions) < 2 or len(first_person) < 2 or 2 * len(first_person) < len(answers):
        return []
    if not _INTERVIEW_FRAME.search(text[: paragraphs[asked[0]][0]]):
        return []  # an op-ed that asks and answers itself is no interview: the story must say so
    # 'Senait Kidane: Almost nothing ...': an answer's label names the one answering
    labels = {id(v): v for k in answers if (v := _answer_label(ctx, *paragraphs[k])[0]) is not None}
    labelled = next(iter(labels.values())) if len(labels) == 1 else None
    speaker = labelled or (_interviewee(ctx, paragraphs[asked[0]][0]) if not labels else None)
    if speaker is None:
        return []
    _run_on(paragraphs, asked, answers)
    while remarks := _remarks_put(paragraphs, asked, answers):
        asked.extend(remarks)  # 'There are reports that ...': a remark the interviewee answers
        answers.extend(k + 1 for k in remarks)
        _run_on(paragraphs, asked, answers)
    by_start = {q.start: q for q in found}
    out: list[FoundQuote] = []
    for k in answers:
        start, paragraph = paragraphs[k]
        if paragraph.startswith('"'):
            quote = by_start.get(start + 1)
            if quote is not None and quote.speaker is None:
                quote.speaker = speaker
            continue
        span = ctx.doc.char_span(start, start + 1, alignment_mode="expand")
        if span is None or any(t.i in ctx.quoted for t in span) or _labelled(paragraph, start, by_start):
            continue  # a labelled turn ('Ann Novak: I was ...'), found already
        voice, after = _answer_label(ctx, start, paragraph)
        if voice is not None:  # a label the transcript reader left (one turn is no dialogue)
            start, paragraph = start + after, paragraph[after:]
        out.append(FoundQuote(speaker, paragraph, start, start + len(paragraph)))
    return out


def _run_on(paragraphs: list[tuple[int, str]], asked: list[int], answers: list[int]) -> None:
    """Adds to `answers` the paragraphs an answer runs over, each in the first person."""
    for k in list(answers):
        while (
            k + 1 < len(paragraphs)
            and k + 1 not in asked
            and k + 1 not in answers
            and _FIRST_PERSON.search(_own_words(paragraphs[k + 1][1]))
        ):
            k += 1
            answers.append(k)


def _remarks_put(paragraphs: list[tuple[int, str]], asked: list[int], answers: list[int]) -> list[int]:
    """Interviewers also prompt with a statement ('There are reports that more prisoners may be
    freed.'): in an interview found already, a one-sentence paragraph in the third person right
    after an answer, followed by a paragraph in the first person and then by the next question,
    is a prompt; the paragraph after it is the next answer. (The question after it keeps out a
    narrator's aside in the first person: the exchange must go on.)"""
    return [
        k
        for k in range(min(answers), max(answers))
        if k - 1 in answers
        and k + 2 in asked
        and not {k, k + 1} & {*asked, *answers}
        and _statement_prompt(paragraphs[k][1])
        and _FIRST_PERSON.search(_own_words(paragraphs[k + 1][1]))
    ]


def _statement_prompt(paragraph: str) -> bool:
    """One short sentence with no quote marks and no first person: a remark, not an answer."""
    words = paragraph.split()
    return (
        0 < len(words) <= 20
        and '"' not in paragraph
        and not _FIRST_PERSON.search(paragraph)
        and not re.search(r"[.!?]\s+\S", paragraph.strip())
        and paragraph.rstrip().endswith(".")
    )


def _answer_label(ctx: DocContext, start: int, paragraph: str) -> tuple[Person | None, int]:
    """The person an answer paragraph's label names ('Senait Kidane: Almost nothing ...') and
    the offset of the words after it; (None, 0) for an answer without one."""
    head, colon, rest = paragraph.partition(":")
    if not colon or not 0 < len(head.split()) <= 4 or len(rest.split()) < 2:
        return None, 0
    span = ctx.doc.char_span(start, start + len(head.rstrip()), alignment_mode="expand")
    voice = _labelled_voice(ctx, [t for t in span or () if t.is_alpha])
    return voice, len(head) + 1 + len(rest) - len(rest.lstrip())


def _labelled(paragraph: str, start: int, by_start: dict[int, FoundQuote]) -> bool:
    """A paragraph that opens with a speaker's label ('Q:', 'Ann Novak:'), whose words after the
    colon are a turn found already."""
    if (dotted := _DOTTED_LABEL.match(paragraph)) and start + dotted.end() in by_start:
        return True  # 'A. In May.': a dotted label's turn
    head, colon, rest = paragraph.partition(":")
    if not colon or not head.strip() or len(head.split()) > 4:
        return False
    if ":" in paragraph.split()[0]:
        return True
    after = start + len(head) + 1 + len(rest) - len(rest.lstrip(" *"))  # ('**Ann Novak:** ...')
    return after in by_start


def _own_words(paragraph: str) -> str:
    """An answer's words: all of them when the answer is set in quote marks, else those outside
    the quotes it cites."""
    return paragraph if paragraph.startswith('"') else _MARKED.sub("", paragraph)


# verbs an introduction tells the talk with ('She spoke to us', 'We talked with his wife, X')
_TALK_VERBS = frozenset(["speak", "talk", "interview", "chat", "answer", "reach"])
_OURS = frozenset(["we", "us", "our", "i", "me", "my"])


def _interviewee(ctx: DocContext, end: int) -> Person | None:
    """Who answers an interview: the one its introduction says the talk is with, else the one
    it is most about (a prisoner whose wife answers is named more often than she is)."""
    return _framed_interviewee(ctx, end) or _introduced_person(ctx, end)


def _framed_interviewee(ctx: DocContext, end: int) -> Person | None:
    """The person the introduction says the talk is with (the last such before `end`): the
    subject of a verb of talking put to the newsroom ('His wife, X, spoke to us', 'She answered
    our questions by email'), or its object when the newsroom talks ('We spoke with his lawyer,
    X', 'Our reporter interviewed her'). A talk the newsroom takes no part in names nobody."""
    found = None
    for tok in ctx.doc:
        if tok.idx >= end:
            break
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in _TALK_VERBS:
            continue
        if not any(t.lower_ in _OURS for t in tok.sent) and tok.lemma_.lower() != "interview":
            continue  # ('X spoke to his mother by phone'): no talk with the newsroom
        subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
        voice = ctx.person_at(subjects[0]) if subjects else None
        if voice is None and (not subjects or subjects[0].dep_ == "nsubj"):
            heard = [
                c
                for c in (*tok.children, *(g for c in tok.children if c.dep_ == "prep" for g in c.children))
                if c.dep_ in ("dobj", "pobj") and c.lower_ not in _OURS
            ]
            people = {id(p): p for c in heard if (p := ctx.person_at(c)) is not None}
            voice = next(iter(people.values())) if len(people) == 1 else None
        if voice is not None:
            found = voice
    return found


def _introduced_person(ctx: DocContext, end: int) -> Person | None:
    """The person an interview's introduction is about: the one mentioned most (names and
    pronouns) before the first question, and more often than anybody else."""
    span = ctx.doc.char_span(0, end, alignment_mode="contract")
    limit = span.end if span is not None else 0
    counts: dict[int, int] = {}
    people: dict[int, Person] = {}
    for person in ctx.persons:
        n = sum(1 for s, _ in person.mentions if s < limit and s not in ctx.quoted)
        counts[id(person)], people[id(person)] = n, person
    ranked = sorted(counts, key=counts.get, reverse=True)
    if not ranked or counts[ranked[0]] < 2 or len(ranked) > 1 and counts[ranked[1]] == counts[ranked[0]]:
        return None
    return people[ranked[0]]


def _without_affiliation(ctx: DocContext, label: Span | None) -> list[Token]:
    """'CAMILA ORTEGA (PRISONERS DEFENDERS)': words in brackets after a person's name are the
    body the voice speaks for, no part of who speaks ('PRESENTER (X)' keeps its name)."""
    words = list(label or ())
    opening = next((k for k, t in enumerate(words) if t.text == "("), None)
    if opening and words[-1].text.startswith(")") and any(t.i in ctx.owner_at for t in words[:opening]):
        return words[:opening]
    return words


def _labelled_voice(ctx: DocContext, words: list[Token]) -> Person | None:
    """The one person a turn's label names: 'BERIDZE', 'PRESENTER (NINO GELASHVILI)', 'Host Ann
    Novak'; besides the name only role words ("presenter", "host") may stand in it."""
    owners = {id(p): p for t in words if (p := ctx.owner_at.get(t.i)) is not None}
    roles = all(t.i in ctx.owner_at or fold(t.text) in PERSON_NOUNS for t in words)
    if not owners and len(words) == 1:
        return _initials_holder(ctx, words[0].text)
    return next(iter(owners.values())) if len(owners) == 1 and roles else None


def _initials_holder(ctx: DocContext, label: str) -> Person | None:
    """'TV: At first they kept me alone.': a label of two or three capitals is the one person
    of the story whose name's words start with them, in order; None for none or several."""
    if not re.fullmatch(r"[A-Z]{2,3}", label):
        return None
    holders = [p for p in ctx.persons if "".join(w[:1] for w in p.name.split() if w[:1].isupper()) == label]
    return holders[0] if len(holders) == 1 else None


_SUBJECTS = ("nsubj", "nsubjpass")
_SUBJECT_PARTS = frozenset({*_SUBJECTS, "compound"})
_SUBJECT_DEPS = frozenset(_SUBJECTS)


# 'moderator X began.': verbs of onset speak only alone, never with what begins after them
_ONSET_VERBS = frozenset(["begin", "start"])
_ONSET_OBJECTS = frozenset(["xcomp", "ccomp", "dobj", "prep", "pcomp", "advcl"])


def _is_speech_verb(tok: Token) -> bool:
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ == "neg" for c in tok.children):
        return False  # 'X cannot say that "..."', 'X never said "..."': words X did not speak
    lemma = tok.lemma_.lower()
    if lemma in _ONSET_VERBS and any(c.dep_ in _ONSET_OBJECTS and c.i > tok.i for c in tok.children):
        return False  # '"...," and donations began to pick up': what began is no speech
    if lemma == "offer" and any(c.dep_ in ("dobj", "dative") for c in tok.children):
        return False  # '"...," she offered' speaks; 'offered the towns millions' gives
    particles = (c.lower_ for c in tok.children if c.dep_ in ("prt", "advmod"))
    if lemma == "call" and any(c.lower_ in ("on", "upon") for c in tok.children if c.dep_ in ("prep", "prt")):
        return True  # 'called on voters to "send them a message"': an appeal in the caller's words
    if lemma == "put":
        return _puts_it(tok)
    return lemma in QUOTE_VERBS or any((lemma, p) in PHRASAL_VERBS for p in particles)


def _puts_it(tok: Token) -> bool:
    """'As X puts it, "..."', 'X put it this way:', 'X put it bluntly:': "it" is the words said
    (not 'put it in the car', 'put it off')."""
    children = list(tok.children)
    return any(c.dep_ == "dobj" and c.lower_ == "it" for c in children) and not any(
        c.dep_ in ("prep", "prt", "dative", "ccomp", "xcomp") for c in children
    )


def _subject(verb: Token, quoted: set[int] | frozenset[int] = frozenset()) -> Token | None:
    subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
    if subjects:
        # two subjects on a misparse ("..., OH, after winning, Gov. X said"): the nearest one
        return min(subjects, key=lambda c: abs(verb.i - c.i))
    # "X emailed supporters, telling them: ...", "X smiled and said": the governing verb's subject
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.dep_ == "prep":
        return _subject(verb.head.head, quoted)  # "X ended the speech by saying ..."
    if verb.dep_ == "ROOT" and verb.tag_ == "VBG" and verb.i == verb.sent.start and verb.sent.start:
        # '... Maher stated. Adding, "..."': a participle set as a sentence of its own goes on
        # from the speech verb of the sentence before
        prev = verb.doc[verb.sent.start - 1].sent.root
        return _subject(prev, quoted) if _is_speech_verb(prev) else None
    if verb.dep_ in ("conj", "advcl", "xcomp") and (verb.dep_ != "advcl" or verb.tag_ == "VBG"):
        head = verb.head
        # '... Romney "had a crazy policy," adding': not a verb of the quote itself
        while head.i in quoted and head.head.i != head.i:
            head = head.head
        if head.i in quoted:
            return None
        # (also 'X insisted it was too early, adding ...': a participle on the reported clause)
        reporter = _reporter_over(verb, head) if verb.dep_ in ("conj", "advcl") else None
        return _subject(reporter if reporter is not None else head, quoted)
    return _name_hung_elsewhere(verb)


def _name_hung_elsewhere(verb: Token) -> Token | None:
    """'Musawi was driven home, his son Ali al-Musawi told AFP.': the parser hangs the name
    phrase right before a finite speech verb on the clause before (an apposition) and leaves
    the verb without a subject; that name is its subject."""
    if verb.tag_ != "VBD" or verb.i == 0 or not _is_speech_verb(verb):
        return None
    before = verb.doc[verb.i - 1]
    if before.pos_ != "PROPN" or before.dep_ not in ("appos", "conj", "pobj", "dobj"):
        return None
    if before.head.i > verb.i:
        return None
    return before


# subjects that speak no words: "it takes time", "there is", "this means"
_MUTE_SUBJECTS = frozenset(["it", "there", "this", "that"])


def _reporter_over(verb: Token, head: Token) -> Token | None:
    """'X said it takes time but added, "..."', 'X said the move was made by Y and said, "...":
    the parser hangs a second speech verb on the clause the first one reports. When that clause's
    subject cannot speak (an expletive, a passive subject), the second verb is the reporter's."""
    if not _is_speech_verb(verb) or head.dep_ != "ccomp" or not _is_speech_verb(head.head):
        return None
    if verb.lemma_ == "add" and verb.tag_ == "VBG" and verb.dep_ == "advcl":
        return head.head  # 'X said the fund was empty, adding, "..."': adding goes on from the reporter
    subjects = [c for c in head.children if c.dep_ in _SUBJECTS]
    mute = all(c.dep_ == "nsubjpass" or c.lower_ in _MUTE_SUBJECTS for c in subjects)
    # 'X argued that a database would help, saying it is "all about management"', 'X wrote the
    # agents knew ..., saying, "..."': a participle after a clause about a thing or a group described
    # by a common noun goes on from the reporter (after a name it may be that name's: 'an official
    # said Y quieted the room, telling them, "..."')
    described = verb.tag_ == "VBG" and verb.dep_ == "advcl" and all(c.pos_ == "NOUN" for c in subjects)
    return head.head if subjects and (mute or described) else None


# The subject of the attributing verb is no named person ("a spokesman said", "they said",
# "the lawyer said" of a lawyer the story never names): the quote has no speaker, and the
# later rules (previous sentence, continued speech) must not give it one.
_UNNAMED = Person("", [], None, [])
# A definite description names a person the story has given that role ("Sen. Jones ... the
# senator said"); abbreviations and synonyms of the role words news style uses.
_ROLE_FORMS = {
    "senator": {"sen", "senator"},
    "governor": {"gov", "governor"},
    "representative": {"rep", "representative", "congressman", "congresswoman"},
    "congressman": {"rep", "congressman", "representative"},
    "congresswoman": {"rep", "congresswoman", "representative"},
    "president": {"president", "pres"},
    "judge": {"judge", "justice"},  # "Justice X ... the judge wrote"
}


def _speaker_of(ctx: DocContext, verb: Token, narrative: dict[int, Person] | None = None) -> Person | None:
    quoted_as = _quoted_as(verb)
    if quoted_as is not None:
        # 'Interfax quoted X as saying "..."': the one quoted speaks, not the outlet
        found = ctx.persons_in(quoted_as, pronouns=False)
        if not found and quoted_as.lower_ in ("him", "her"):
            # ('a relative quoted him as telling the judge: "..."': the one the pronoun refers to)
            owners = ctx.owner_at if narrative is None else narrative
            found = [p for p in [resolve_pronoun(quoted_as, ctx.persons, owners)] if p is not None]
        return found[0] if found else _UNNAMED
    subj = _subject(verb, ctx.quoted)
    if subj is None:
        age = _aged_words_before(verb)  # "the 38-year-old said": the parser may make "old" a modifier
        return _person_of_age(ctx, age, verb.i) if age is not None else None
    relayed = _relayed_text(ctx, verb)
    if relayed is not None:
        return relayed  # 'the union posted a line she addressed to the judge:': her words
    passive = subj.dep_ == "nsubjpass" and subj.head.i == verb.i
    # (an agent who speaks himself keeps the words: 'X's speech was interrupted by a protester')
    relayed_by_agent = verb.lemma_.lower() in _RELAY_VERBS or not any(
        c.dep_ == "agent" for c in verb.children
    )
    if passive and relayed_by_agent and (author := _author_of_words(ctx, subj)) is not None:
        # 'A letter he dictated was read out by a volunteer:', 'Her last words were addressed to ...:'
        return author
    if subj.dep_ == "nsubjpass" and subj.head.i == verb.i:
        # "X was asked by Y whether ...": the speaker is the agent, the subject the addressee
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        pobj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
        found = ctx.persons_in(pobj, pronouns=False) if pobj is not None else []
        return found[0] if found else _UNNAMED
    if subj.lower_ in ("he", "she"):
        owners = ctx.owner_at if narrative is None else narrative
        # unresolved (no compatible name before it): the sentence before may still tell who
        person = resolve_pronoun(subj, ctx.persons, owners)
        guessed = _reporter_of_guessed_sex(ctx, subj, person)
        if guessed is not None:
            return guessed
        opening = _quote_before(ctx, subj) if person is None else None
        if opening is not None:
            # '"A ... // "B ...," she said': the quoted paragraphs are her words, not the
            # narration the antecedent is looked for in: look from where the quote opens
            person = resolve_pronoun(opening, ctx.persons, owners, PRONOUNS[subj.lower_])
            if person is not None and _pronoun_since(ctx, person, opening, subj.lower_):
                person = None  # 'X ... she disclosed ... "...," she said': the chain left X behind
        if person is not None:
            person = _present_instead(ctx, person, subj, owners) or person
        if person is not None and _called_the_other_sex(ctx, person, subj):
            person = _nearby_instead(ctx, person, subj, owners)
            if person is None:
                return _UNNAMED
        if person is not None and _someone_unknown_since(ctx, person, subj, owners):
            return _UNNAMED
        described = _someone_described_since(ctx, person, subj) if person is not None else None
        if described is not None:
            return _described_person(ctx, described, subj) or _UNNAMED
        told_of = _role_told_just_before(ctx, person, subj) if person is not None else None
        if told_of is not None:
            return told_of
        if person is not None and person in _addressed(ctx, verb):
            return _UNNAMED  # '"...," he told Rubio': a he is never the one his own verb addresses
        if person is not None:
            return _reporter_of(ctx, person, subj, owners) or person
        chained = _same_pronoun_before(ctx, subj)
        described = _someone_described_since(ctx, chained, subj) if chained is not None else None
        if described is not None:
            # the chain runs back past a description that took the stage: the pronoun is its
            return _described_person(ctx, described, subj) or _UNNAMED
        return chained or _kin_subject_before(ctx, subj)
    owner = _owner_of_words(ctx, subj)
    if owner is not None:
        return owner
    relative = _named_before_who(ctx, subj)
    if relative is not None:
        return relative  # 'Her call was backed by X, who said: "..."'
    if subj.pos_ == "PRON" and (subj.is_stop or subj.i not in ctx.owner_at):
        return _UNNAMED  # I, we, they, who: nobody this story names ("Siu said": a name mistagged)
    if subj.lower_ == "old" and (age := _age_of_description(subj)) is not None:
        return _person_of_age(ctx, age, subj.i) or _UNNAMED  # "the 45-year-old said"
    if subj.i in ctx.owner_at:
        named = _named(ctx, subj)
        joined = [p for p in ctx.persons_in(subj, pronouns=False) if p is not named]
        return _tagged_a_person(ctx, [named, *joined], subj) if named is not _UNNAMED else named
    persons = [
        p
        for p in ctx.persons_in(subj, pronouns=False)
        # "the Christie supporter", "a Trump aide": a name that modifies the noun is not the speaker
        if not all(s < subj.i and ctx.doc[e - 1].head.i == subj.i for s, e in _mentions_in(p, subj))
    ]
    if not persons:
        # "The head of the Bureau, X, said": the name is set off in the subject phrase
        persons = [p for t in subj.subtree if t.dep_ == "appos" for p in ctx.persons_in(t, pronouns=False)]
    if not persons:
        persons = _name_set_off_before(ctx, subj)
    if persons:
        return _tagged_a_person(ctx, persons, subj)
    titled = _named_after_title(ctx, subj)
    if titled is not None:
        return titled
    kin = _relative_introduced(ctx, subj) or _kin_of_kin(ctx, subj) or _kin_by_family_name(ctx, subj)
    if kin is not None:
        return kin
    if subj.pos_ == "NOUN" and subj.tag_ != "NNS" and any(c.lower_ == "the" for c in subj.children):
        # (not 'the lawyers said': several people)
        age = _age_of_description(subj)
        aged = _person_of_age(ctx, age, subj.i) if age is not None else None
        return _role_holder(ctx, subj) or aged or _UNNAMED
    return _UNNAMED


def _named_before_who(ctx: DocContext, subj: Token) -> Person | None:
    """'Her call was backed by Secretary X, who said: "..."', 'The minister met X, who told
    reporters: "..."': the "who" that is the subject of a speech verb in a relative clause
    speaks for the name the clause describes (read as `relative_subject` reads it for events:
    'an editor of a site in Penza, who' is the editor), or, where the parser hung the clause on
    the head of a coordinated title ("Culture, Media and Sport Secretary X who said"), for the
    name right before "who"; a role ('X's lawyer, who said', 'the lawyer for X, who said') is
    nobody named. Session 60, bbc: census in docs/extract.md."""
    if subj.lower_ != "who" or subj.dep_ != "nsubj" or subj.head.dep_ != "relcl":
        return None
    doc = ctx.doc
    noun = relative_subject(subj)
    if noun.i not in ctx.owner_at or noun.pos_ != "PROPN":
        k = subj.i - 2 if subj.i >= 2 and doc[subj.i - 1].text == "," else subj.i - 1
        if k < 0 or k not in ctx.owner_at or doc[k].pos_ != "PROPN" or noun.i > k:
            return None
        noun = doc[k]  # (only a name the described phrase runs up to)
    if noun.i > subj.i:
        return None
    whole = noun
    while whole.dep_ in ("compound", "flat", "conj") and whole.head.i != whole.i:
        whole = whole.head
    if whole.dep_ == "pobj" and whole.head.head.pos_ in ("NOUN", "PROPN"):
        return None  # 'the lawyer for X, who said', 'the wife of X, who': the role may be the one who speaks
    return _named(ctx, noun)


_DEATH_VERBS = speech_words("absent_death_verbs")
_HELD_VERBS = speech_words("absent_held_verbs")
_STAY_VERBS = speech_words("absent_stay_verbs")
_CUSTODY_PLACES = speech_words("absent_places")
# nouns of places a name may modify ('the Tocuyito prison', 'the Lefortovo court')
_NAMED_PLACES = _CUSTODY_PLACES | {"court", "courthouse", "station", "hospital", "airport"}


def _name_set_off_before(ctx: DocContext, noun: Token) -> list[Person]:
    """'"...," Raj Mehta, U.S. attorney for the district, said': the parser hangs the name on the
    role noun after it as a modifier ("nmod"), but the comma right after the name sets the role
    off as the name's apposition, so the name heads the subject and speaks ("a Trump aide", with
    no comma, stays a modifier and no speaker). Census in docs/extract.md, "Session 59 — quotes
    on real news (quotes)"."""
    doc = ctx.doc
    found: list[Person] = []
    for child in noun.lefts:
        person = ctx.owner_at.get(child.i)
        if child.dep_ != "nmod" or person is None or doc[child.i].pos_ == "PRON":
            continue
        end = child.i + 1
        if end < noun.i and doc[end].text == "," and person not in found:
            found.append(person)
    return found


def _present_instead(
    ctx: DocContext, person: Person, pronoun: Token, owners: dict[int, Person]
) -> Person | None:
    """'X left in 2021. His brother, Y, died in custody. "...," he said': a he/she that lands on
    someone the sentence before tells dead or held (no voice in the room) speaks for the one
    that sentence tells them in relation to ("his brother", "X's cellmate"), when of the
    pronoun's gender; None when there is no such one."""
    doc = ctx.doc
    said_in = pronoun.sent
    last = max(
        (i for i, p in owners.items() if p is person and i < said_in.start and i not in ctx.quoted),
        default=None,
    )
    if last is None:
        return None
    told = doc[last].sent
    between = doc[told.end : said_in.start]
    if sum(t.is_sent_start for t in between) > 1 or any(i in owners for i in range(told.end, said_in.start)):
        return None  # the sentence right before the one with the pronoun, or one more naming no one
    head = doc[last]
    while head.dep_ in ("compound", "flat", "appos") and head.head.i != head.i:
        head = head.head
    if head.dep_ not in _SUBJECTS or not _absent(head.head):
        return None
    gender = PRONOUNS.get(pronoun.lower_)
    for tok in head.subtree:
        if tok.dep_ != "poss":
            continue
        if tok.lower_ in ("his", "her"):
            if PRONOUNS.get(tok.lower_) != gender:
                continue
            other = resolve_pronoun(tok, ctx.persons, {i: p for i, p in owners.items() if p is not person})
        else:
            other = owners.get(tok.i)
        if other is not None and other is not person and (other.gender in (None, gender)):
            return other
    return None


def _absent(verb: Token) -> bool:
    """The verb (or one it is joined to) tells its subject dead, held, or staying in custody,
    and none of them frees it."""
    verbs = [verb, *(c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))]
    if any(v.lemma_ in ("release", "free") for v in verbs):
        return False
    for v in verbs:
        if v.lemma_ in _DEATH_VERBS:
            return True
        if v.lemma_ in _HELD_VERBS and any(c.dep_ in ("auxpass", "nsubjpass") for c in v.children):
            return True
        if v.lemma_ in _STAY_VERBS and any(
            c.dep_ == "prep"
            and c.lower_ in ("in", "behind")
            and any(o.lemma_ in _CUSTODY_PLACES for o in c.children)
            for c in v.children
        ):
            return True
    return False


# prepositions of a speech verb that name whom the words are to or about ('told to X', 'said of X')
_ADDRESS_PREPOSITIONS = frozenset(["to", "at", "of", "about", "toward", "towards"])


def _addressed(ctx: DocContext, verb: Token) -> list[Person]:
    """Persons the speech verb addresses or speaks of ('told Rubio', 'said of Cruz', 'shouted at
    X'): its subject pronoun is someone else (that one would be "himself")."""
    heads = [c for c in verb.children if c.dep_ in ("dobj", "dative", "iobj", "npadvmod")]
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in _ADDRESS_PREPOSITIONS:
            heads += [c for c in prep.children if c.dep_ == "pobj"]
    # (not the quoted words, which the parser may hang on the verb as its object)
    return [p for h in heads if h.i not in ctx.quoted for p in ctx.persons_in(h, pronouns=False)]


def _owner_of_words(ctx: DocContext, subj: Token) -> Person | None:
    """'Lawyer X's comment was short: "..."', 'Her reply came fast:': the possessor of a noun of
    words said is their speaker (a name that modifies a noun is otherwise nobody's voice: 'the
    Christie supporter')."""
    if subj.lemma_.lower() not in OWNED_WORDS_NOUNS:
        return _author_of_words(ctx, subj, possessor=False)
    poss = next((c for c in subj.children if c.dep_ == "poss"), None)
    persons = ctx.persons_in(poss) if poss is not None else []
    return persons[0] if persons else _author_of_words(ctx, subj, possessor=False)


def _author_of_words(ctx: DocContext, noun: Token, *, possessor: bool = True) -> Person | None:
    """The author a noun of words or of a text names: its possessor ('Her closing words', 'his
    last letter') or the subject of a relative clause that writes or sends it ('a letter he
    dictated to a cellmate', 'a line she addressed to the judge'; not 'a letter she received').
    Whoever reads it out, posts or prints it only passes those words on."""
    if noun.lemma_.lower() not in _AUTHORED_NOUNS:
        return None
    poss = next((c for c in noun.children if c.dep_ == "poss"), None) if possessor else None
    persons = ctx.persons_in(poss) if poss is not None else []
    if persons:
        return persons[0]
    for clause in noun.children:
        if clause.dep_ != "relcl" or clause.lemma_.lower() not in _AUTHORING_VERBS:
            continue
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.tag_ not in ("WP", "WDT"):
            return ctx.person_at(subject)
    return _author_told_before(ctx, noun)


def _author_told_before(ctx: DocContext, noun: Token) -> Person | None:
    """'X said in a statement that ... "...," the statement said.', 'X has sent a letter that his
    wife read out. "...," the letter reads.': a text named again with 'the' is the one the
    sentence before (or its own) told someone gave; its giver, the named subject of a verb that
    says, writes or sends it, is the author. Not a text someone received or passed on ('X
    received a letter', 'his mother published the note'): only a speech or authoring verb."""
    if noun.lemma_.lower() not in STATEMENT_NOUNS or not any(c.lower_ == "the" for c in noun.children):
        return None
    sent = noun.sent
    start = sent.start if sent.start == 0 else ctx.doc[sent.start - 1].sent.start
    lemma = noun.lemma_.lower()
    earlier = [t for t in ctx.doc[start : noun.i] if t.lemma_.lower() == lemma and t.i not in ctx.quoted]
    if not earlier:
        return None
    told = earlier[-1]
    verb = told.head.head if told.dep_ == "pobj" and told.head.dep_ == "prep" else told.head
    if told.dep_ not in ("dobj", "pobj") or verb.pos_ not in ("VERB", "AUX"):
        return None
    if not (_is_speech_verb(verb) or verb.lemma_.lower() in _AUTHORING_VERBS):
        return None
    subject = _subject(verb, ctx.quoted)
    return ctx.owner_at.get(subject.i) if subject is not None else None


def _relayed_text(ctx: DocContext, verb: Token) -> Person | None:
    """'The union posted on X a line she addressed to the judge:', 'her lawyer read out her
    statement:': a verb that passes a text on, whose object is words with an author of their own."""
    if verb.lemma_.lower() not in _RELAY_VERBS:
        return None
    text = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return _author_of_words(ctx, text) if text is not None else None


def _relative_introduced(ctx: DocContext, subj: Token) -> Person | None:
    """'His son, Kirill Vorontsov, said ... In a post, his son wrote: "..."': a relative named by
    a possessive pronoun speaks as the person the story introduced earlier as the same relative
    of the same possessor (the two possessives resolve to one person)."""
    if subj.pos_ != "NOUN" or subj.tag_ == "NNS" or subj.lemma_.lower() not in KIN_NOUNS:
        return None
    poss = next((c for c in subj.children if c.dep_ == "poss" and c.lower_ in PRONOUNS), None)
    owner = ctx.person_at(poss) if poss is not None else None
    holder = _role_holder(ctx, subj) if owner is not None else None
    if holder is None:
        return None
    doc = ctx.doc
    sex = PRONOUNS.get(poss.lower_)

    def same_owner(other: Person | None) -> bool:
        # 'her daughter, X, said ... "...," said her daughter': when the later 'her' was read as
        # X herself (nobody is her own daughter), the introduction's possessor of that sex stands
        return other is owner or (
            owner is holder and other is not None and other is not holder and other.gender in (sex, None)
        )

    for s, e in holder.mentions:
        head = doc[e - 1].head
        if s >= subj.i or doc[e - 1].dep_ != "appos" or head.lemma_.lower() != subj.lemma_.lower():
            continue
        if any(c.dep_ == "poss" and same_owner(ctx.person_at(c)) for c in head.children):
            return holder
    return None


# the relations a person introduced as someone's relative has to that someone, in reverse
_RECIPROCAL_KIN = {
    "sister": {"brother", "sister"}, "brother": {"brother", "sister"}, "wife": {"husband"},
    "husband": {"wife"}, "mother": {"son", "daughter"}, "father": {"son", "daughter"},
    "son": {"mother", "father"}, "daughter": {"mother", "father"},
}  # fmt: skip


def _kin_of_kin(ctx: DocContext, subj: Token) -> Person | None:
    """'Rakhimov's sister, Nodira Rakhimova, said ... her brother told the judge: "..."': a
    relative named through a possessive pronoun of someone the story introduced as a relative
    of X is X, when the two relations are each other's reverse ('his wife, Y' ... 'her husband')
    and X is of the relative's sex."""
    word = subj.lemma_.lower()
    if subj.pos_ != "NOUN" or subj.tag_ == "NNS" or word not in _KIN_SEX:
        return None
    poss = next((c for c in subj.children if c.dep_ == "poss" and c.lower_ in PRONOUNS), None)
    owner = ctx.person_at(poss) if poss is not None else None
    if owner is None:
        return None
    doc = ctx.doc
    found = None
    for s, e in owner.mentions:
        head = doc[e - 1].head
        reverse = _RECIPROCAL_KIN.get(head.lemma_.lower(), ())
        if s >= subj.i or doc[e - 1].dep_ != "appos" or word not in reverse:
            continue
        of = next((c for c in head.children if c.dep_ == "poss"), None)
        other = ctx.person_at(of) if of is not None else None
        if other is not None and other is not owner and other.gender in (_KIN_SEX[word], None):
            found = other
    return found


def _kin_by_family_name(ctx: DocContext, subj: Token) -> Person | None:
    """'Tamara Karpovich has written him 1,800 letters ... "...," his mother says' (his = Andrei
    Karpovich): a relative named by a possessive whom the story never set beside her name ('his
    mother, X') is the one person of the relative's sex it names in full with the possessor's
    family name (gender forms of one surname count: Bahdanau / Bahdanava), named before, and not
    set beside another relation ('his wife, Hanna' is not his mother). Two such persons give
    nobody. Feature stories name a prisoner's kin by the family name far more often than in an
    apposition (session 51 census: 8 gold quotes in syn41b, syn40b, syn33b, syn36b, one second
    pair of marks the gold leaves out)."""
    word = subj.lemma_.lower()
    if subj.pos_ != "NOUN" or subj.tag_ == "NNS" or word not in _KIN_SEX:
        return None
    poss = next((c for c in subj.children if c.dep_ == "poss"), None)
    owner = ctx.person_at(poss) if poss is not None else None
    if owner is None or len(owner.tokens) < 2 or _known_roles(ctx, owner) & set(_KIN_SEX):
        # ('His wife, Alena X, ... Her son told the court': the possessor set beside a relation
        # is tied to the family by appositions, which `_kin_of_kin` reads, not by the name)
        return None
    family = surname_keys(owner.tokens[-1])
    sex = _KIN_SEX[word]
    found = [
        p
        for p in ctx.persons
        if p is not owner
        and len(p.tokens) > 1
        and p.gender in (sex, None)
        and surname_keys(p.tokens[-1]) & family
        and any(s < subj.i for s, _ in _named_mentions(ctx, p))
        # ('his wife, Hanna' is not his mother)
        and _known_roles(ctx, p) & set(_KIN_SEX) <= {word}
    ]
    if len(found) != 1 or found[0].gender != sex and not _sex_told_by_pronoun(ctx, found[0], sex):
        return None
    return found[0]


def _sex_told_by_pronoun(ctx: DocContext, person: Person, sex: str) -> bool:
    """The story refers to the person by a he/she of that sex (a name that tells no sex)."""
    return any(
        ctx.doc[s].pos_ == "PRON" and PRONOUNS.get(ctx.doc[s].lower_) == sex for s, _ in person.mentions
    )


def _quoted_only(ctx: DocContext, span: Span) -> bool:
    """The span holds a quote's words only (with punctuation): the parser cuts quotes into
    sentences of their own, which are no narrative sentence."""
    return all(t.i in ctx.quoted or t.is_punct or t.is_space for t in span)


def _narrative_before(ctx: DocContext, sent: Span) -> Span | None:
    """The nearest sentence before `sent` that is not a quote's words only, or None."""
    start = sent.start
    while start:
        prev = ctx.doc[start - 1].sent
        if not _quoted_only(ctx, prev):
            return prev
        start = prev.start
    return None


def _kin_subject_before(ctx: DocContext, pronoun: Token) -> Person | None:
    """'He has refused, and his mother has refused to write one. // "...," she says': a he/she
    that no name before it settles continues a relative named by a possessive as a main subject
    in the sentence before, of the pronoun's sex; that relative is the person
    `_kin_by_family_name` finds (or the one introduced as that relative)."""
    before = _narrative_before(ctx, pronoun.sent)
    if before is None:
        return None
    sex = PRONOUNS.get(pronoun.lower_)
    kin = [
        t
        for t in before
        if t.dep_ in ("nsubj", "nsubjpass")
        and t.i not in ctx.quoted
        and _KIN_SEX.get(t.lemma_.lower()) == sex
        and t.tag_ != "NNS"
        and (t.head.dep_ in ("ROOT", "conj") or t.head.i == before.root.i)
    ]
    if len(kin) != 1:
        return None
    return _relative_introduced(ctx, kin[0]) or _kin_of_kin(ctx, kin[0]) or _kin_by_family_name(ctx, kin[0])


def _tagged_a_person(ctx: DocContext, persons: list[Person], subj: Token) -> Person:
    """'said CPJ Europe and Central Asia Program Coordinator Anna Brodsky': the parser may split
    an office's name off as the subject and join the name to it; of several persons in one
    subject phrase, one the tagger reads as a person speaks before one it reads as an
    organisation."""
    if len(persons) < 2:
        return persons[0]
    doc = ctx.doc
    phrase = range(subj.left_edge.i, subj.right_edge.i + 1)

    def tagged(person: Person) -> bool:
        # a name the parser joined to the subject ('Europe and ... Anna Brodsky'), not one inside
        # a description of it ('said Griffin, an Obama backer')
        return any(
            doc[e - 1].dep_ == "conj"
            and doc[e - 1].head.i == subj.i
            and all(doc[i].ent_type_ == "PERSON" for i in range(s, e))
            for s, e in person.mentions
            if s in phrase
        )

    def organisation(person: Person) -> bool:
        words = [doc[i] for s, e in person.mentions if s in phrase for i in range(s, e)]
        return bool(words) and all(t.ent_type_ in ("ORG", "NORP", "GPE") for t in words)

    if organisation(persons[0]):
        return next((p for p in persons[1:] if tagged(p)), persons[0])
    return persons[0]


def _of_the_other_sex(ctx: DocContext, speaker: Person, outer_end: int) -> bool:
    """Whether the quote is attributed right after it by a "he"/"she" ('"...," she said') that
    the speaker's known sex rules out: the steps that look further back (the speaker of the
    sentence before, of the quote before) read no pronoun."""
    after = ctx.doc.char_span(outer_end, min(outer_end + 40, len(doc_text(ctx.doc))), alignment_mode="expand")
    words = [t for t in after or [] if not t.is_punct and not t.is_space][:2]
    # (lower case: 'She replied ...' after the quote opens the next sentence)
    if len(words) < 2 or words[0].text not in ("he", "she") or not _is_speech_verb(words[1]):
        return False
    if speaker.gender in (None, PRONOUNS[words[0].lower_]):
        return False
    # (a reporter whose sex is only guessed from the surname is not ruled out by the pronoun)
    return _reporter_of_guessed_sex(ctx, words[0], None) is not speaker


def _called_the_other_sex(ctx: DocContext, person: Person, pronoun: Token) -> bool:
    """'X was detained ..., according to a post by his partner, Y. "...," she wrote.': a person
    whose name tells no sex but whom the story has called "he" (as a subject: an object "her"
    beside a name is more often somebody else's) and "he"/"his" again, never "she"/"her", is not
    the one a "she" speaks for, nor the other way round."""
    sex = PRONOUNS[pronoun.lower_]
    called = [
        ctx.doc[s]
        for s, e in person.mentions
        if e == s + 1 and s < pronoun.i and s not in ctx.quoted and ctx.doc[s].lower_ in PRONOUNS
    ]
    if person.gender is not None or len(called) < 2 or any(PRONOUNS[t.lower_] == sex for t in called):
        return False
    return any(t.dep_ in _SUBJECTS for t in called)


def _nearby_instead(
    ctx: DocContext, person: Person, pronoun: Token, owners: dict[int, Person]
) -> Person | None:
    """The pronoun's antecedent once `person` (the other sex) is set aside, when that one is named
    in the pronoun's sentence or the one before; farther back it is a guess, so nobody."""
    others = {i: p for i, p in owners.items() if p is not person}
    found = resolve_pronoun(pronoun, ctx.persons, others)
    if found is None or _called_the_other_sex(ctx, found, pronoun):
        return None
    # the quote's own words (cut into sentences by the parser) and then one narrative sentence
    before = _narrative_before(ctx, pronoun.sent)
    start = before.start if before is not None else 0
    near = any(start <= s < pronoun.i and s not in ctx.quoted for s, _ in found.mentions)
    return found if near else None


def _aged_words_before(verb: Token) -> str | None:
    """The age of 'the 38-year-old (teacher) said' right before the speech verb, when the parser
    left the verb without a subject."""
    doc = verb.doc
    k = verb.i - 1
    if k >= 0 and doc[k].pos_ == "NOUN" and doc[k].lower_ != "old":
        k -= 1
    words = doc[max(0, k - 5) : k + 1]
    shape = [w.lower_ for w in words][2:]
    if len(words) == 6 and words[0].lower_ == "the" and words[1].like_num and shape[-1] == "old":
        return words[1].text if shape[:3] in (["-", "year", "-"], ["-", "years", "-"]) else None
    return None


def _age_of_description(noun: Token) -> str | None:
    """The age of a subject 'the 38-year-old' or 'the 38-year-old teacher'."""
    for old in (noun, *(c for c in noun.children if c.dep_ == "amod")):
        year = (
            next((g for g in old.children if g.lower_ in ("year", "years")), None)
            if old.lower_ == "old"
            else None
        )
        if year is not None:
            return next((g.text for g in year.children if g.like_num), "")
    return None


def _person_of_age(ctx: DocContext, age: str, before: int) -> Person | None:
    """'Maria P., 45, was freed ... "I am happy," the 45-year-old activist told reporters': a
    description by age refers back to the one the story gave that age ("X, 45,"), else to the
    person last named (by name, outside quotation marks); an age is not said of a lawyer or an
    official in passing."""
    doc = ctx.doc
    latest: tuple[int, Person] | None = None
    for person in ctx.persons:
        for s, e in _named_mentions(ctx, person):
            if s >= before:
                continue
            if age and doc[e : e + 3].text.replace(" ", "") == f",{age},":
                return person
            if latest is None or s > latest[0]:
                latest = (s, person)
    return latest[1] if latest is not None else None


_HONORIFIC_GENDER = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f"}


def _named(ctx: DocContext, tok: Token) -> Person:
    """The person a name token speaks for. A lone surname that relatives share is the one the
    person finder chose (the story's subject: news style names relatives by their given name on
    second reference), unless an honorific says otherwise ("His wife, Yulia Rudak ... Mrs. Rudak
    said"); an honorific that fits several of them leaves the speaker unsure, that is nobody."""
    person = ctx.owner_at[tok.i]
    mention = next(((s, e) for s, e in person.mentions if s <= tok.i < e), None)
    if mention is None or fold(tok.text) != person.surname or not mention[0]:
        return person
    gender = _HONORIFIC_GENDER.get(fold(ctx.doc[mention[0] - 1].text).rstrip("."))
    kin = [p for p in ctx.persons if p.surname == person.surname and len(p.tokens) > 1]
    if gender is None and len(kin) >= 2 and mention[1] - mention[0] == 1:
        return _kin_just_introduced(ctx, tok, kin) or person
    if gender is None or len(kin) < 2 or mention[1] - mention[0] > 1:
        return person
    # ('Ms Khattak said' of a woman whose given name tells no sex and a man of her family: the
    # one not known to be of the other sex)
    fits = [p for p in kin if p.gender == gender] or [p for p in kin if p.gender is None]
    return fits[0] if len(fits) == 1 else _UNNAMED


def _kin_just_introduced(ctx: DocContext, tok: Token, kin: list[Person]) -> Person | None:
    """'Her mother, Ana Ruiz, wept in the gallery. "...," Ruiz told reporters.': a surname that
    relatives share, speaking right after the sentence of its paragraph whose subject introduces
    one of them by full name as somebody's relative, is that relative."""
    doc = ctx.doc
    sent = tok.sent
    if sent.start == 0:
        return None
    prev = doc[sent.start - 1].sent
    if "\n" in doc_text(doc)[prev.end_char : sent.start_char]:
        return None  # only within the paragraph
    root = prev.root
    subject = next((c for c in root.children if c.dep_ in _SUBJECTS), None)
    if subject is None:
        return None
    # introduced as a relative: 'Her mother, Ana Ruiz,' or 'Ana Ruiz, the defendant's mother,'
    apposed = [c for c in subject.children if c.dep_ == "appos"]
    if not any(t.lemma_.lower() in KIN_NOUNS for t in (subject, *apposed)):
        return None
    found = {
        id(p): p
        for t in (subject, *(c for c in subject.children if c.dep_ == "appos"))
        for p in [ctx.owner_at.get(t.i)]
        if any(p is k for k in kin) and any(s <= t.i < e and e - s > 1 for s, e in p.mentions)
    }
    return next(iter(found.values())) if len(found) == 1 else None


def _quoted_as(verb: Token) -> Token | None:
    """The object of 'quoted/cited X as saying': who the wire or the paper reports."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.lower_ != "as" or prep.head.lemma_.lower() not in ("quote", "cite"):
        return None
    return next((c for c in prep.head.children if c.dep_ in ("dobj", "nsubjpass")), None)


_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")
# ranks an ordinal opens ("1st Lt.", "2nd Lieutenant", "1st Sgt.")
_RANKS = frozenset({"lt", "lieutenant", "sgt", "sergeant", "class"})


def _named_after_title(ctx: DocContext, subj: Token) -> Person | None:
    """'said Army Staff Sgt. X': the parser made the rank the subject and left the name
    dangling after it; a title is followed by the name it belongs to."""
    nxt = subj.i + 1
    if _ORDINAL.fullmatch(subj.text) and nxt < len(ctx.doc) and fold(ctx.doc[nxt].text) in _RANKS:
        # ('said Air Force 1st Lt. X': the ordinal of the rank was made the subject)
        subj, nxt = ctx.doc[nxt], nxt + 1
    elif fold(subj.text).rstrip(".") not in PERSON_NOUNS or subj.pos_ != "PROPN":
        return None
    if nxt < len(ctx.doc) and ctx.doc[nxt].text == ".":
        nxt += 1
    return ctx.owner_at.get(nxt) if nxt < len(ctx.doc) else None


def _quote_before(ctx: DocContext, pronoun: Token) -> Token | None:
    """The first word of the quote that ends right before '," she said' (over all the paragraphs
    it runs on), or None when the pronoun does not follow a quote."""
    doc = ctx.doc
    k = pronoun.i - 1
    while k >= 0 and (doc[k].is_punct or doc[k].is_space) and k not in ctx.quoted:
        k -= 1
    if k < 0 or k not in ctx.quoted or pronoun.i - k > 4:
        return None
    while k > 0 and (k - 1 in ctx.quoted or doc[k - 1].is_punct or doc[k - 1].is_space):
        k -= 1
    while k < pronoun.i and k not in ctx.quoted:
        k += 1
    return doc[k] if k < pronoun.i else None


def _pronoun_since(ctx: DocContext, person: Person, opening: Token, pronoun: str) -> bool:
    """Between the person's last name and the quote, the same pronoun is a main clause's subject
    (the story's chain of that pronoun, which `resolve_pronoun` could not settle, may be
    anyone's), or someone else, one person, is the subject of a speech verb ('the candidate
    said')."""
    named = [e for s, e in _named_mentions(ctx, person) if e <= opening.i]
    if not named:
        return True
    last = ctx.doc[max(named) - 1]
    # (from the start of the sentence that names the person: 'She said she would rather see the
    # money spent on X' leaves the chain of "she" with whoever "She" is)
    for t in ctx.doc[last.sent.start : opening.i]:
        if t.dep_ not in _SUBJECTS or t.i in ctx.quoted:
            continue
        if t.lower_ == pronoun and t.head.i == t.sent.root.i:
            return True
        if t.i < last.i:
            continue
        plural = t.tag_ in ("NNS", "NNPS") or t.lower_ in ("they", "we")
        if _is_speech_verb(t.head) and not plural and ctx.owner_at.get(t.i) is not person:
            return True
    return False


def _someone_unknown_since(
    ctx: DocContext, person: Person, pronoun: Token, owners: dict[int, Person] | None = None
) -> bool:
    """'Carson defied the question. "...," he said.': a name the person finder did not take (a
    bare surname, or a name the tagger read as a place) is the subject between the antecedent
    and the pronoun, so "he" is not safe; nor is it when an earlier "he said" in between is
    somebody else ('X said. He said Y "..." / "...," he said': the speaker goes on)."""
    doc = ctx.doc
    named = [
        e for s, e in person.mentions if e <= pronoun.i and s not in ctx.quoted and doc[s].pos_ != "PRON"
    ]
    if not named:
        return False
    # only a subject, or a compound word inside one, can be such a name (the rest reads nothing)
    subjects = indices_in(doc, "DEP", _SUBJECT_PARTS)
    for t in (doc[i] for i in subjects[bisect_left(subjects, max(named)) : bisect_left(subjects, pronoun.i)]):
        if t.i in ctx.owner_at or t.i in ctx.quoted:
            continue
        subject = t.dep_ in _SUBJECTS or (t.dep_ == "compound" and t.head.dep_ in _SUBJECTS)
        head = t.head if t.dep_ in _SUBJECTS else t.head.head
        # the subject of a main clause ('Carson defied'), not of what somebody reported or a
        # relative clause said ('X, who acknowledged Trump was ...')
        main = head.dep_ in ("ROOT", "conj", "parataxis") or _is_speech_verb(head)
        if subject and main and (t.ent_type_ == "PERSON" or _bare_surname(t)):
            return True
        speaks = t.dep_ in _SUBJECTS and _is_speech_verb(t.head)
        if speaks and _unfound_name(t):
            return True
        if speaks and t.lower_ == pronoun.lower_:
            earlier = resolve_pronoun(t, ctx.persons, ctx.owner_at if owners is None else owners)
            if earlier is not person or _someone_unknown_since(ctx, person, t, owners):
                return True
    return False


def _unfound_name(t: Token) -> bool:
    """A speech verb's subject that reads as a person's name the person finder did not take:
    'Nefzi said' with "Nefzi" read as a place, 'Deputy Minister of Justice Ana Ruiz Soto said'
    (a name set after an office), but not 'Right Wing Watch reported'. The tagger's ORG is
    overruled by a peer's or honorific's title ('Tory peer Lord Tebbit said') and by an
    organisation's possessive before a name of its own ('Amnesty International's Ming Yu Hah
    said'): an organisation's person, not the organisation."""
    if t.pos_ != "PROPN" or not t.text.istitle() or t.ent_type_ == "NORP":
        return False
    if t.ent_type_ == "ORG":
        return _titled_as_a_person(t) or _an_organisations_person(t)
    # ('Deputy Minister of Justice Ana Ruiz Soto said': a name set after an office)
    titled = any(c.dep_ in ("nmod", "compound") and fold(c.text) in PERSON_NOUNS for c in t.children)
    short = sum(c.dep_ == "compound" for c in t.children) < 2 and fold(t.text) not in NON_PERSON_NOUNS
    return short or titled or _titled_as_a_person(t)


def _titled_as_a_person(t: Token) -> bool:
    """'Tory peer Lord Tebbit', 'Dr Fox', 'Baroness Kennedy': a title before the name that only a
    person bears."""
    return any(
        c.dep_ == "compound" and c.i < t.i and fold(c.text).rstrip(".") in _PERSON_TITLES for c in t.children
    )


def _an_organisations_person(t: Token) -> bool:
    """'Amnesty International's Ming Yu Hah': a name of two or more capitalised words owned by an
    organisation's possessive (no word of it an organisation's: 'Amnesty's Research Unit')."""
    words = [c for c in t.children if c.dep_ == "compound" and c.i < t.i]
    owner = [c for c in t.children if c.dep_ == "poss" and c.ent_type_ == "ORG" and c.i < t.i]
    return (
        bool(words and owner)
        and all(w.pos_ == "PROPN" and w.text.istitle() for w in words)
        and not any(fold(w.text) in _NOT_A_NAMES_WORDS for w in [*words, t])
    )


# an organisation's part named after its owner ("the Helsinki Committee's Legal Unit")
_UNIT_NOUNS = frozenset(
    {"unit", "desk", "team", "division", "section", "branch", "bureau", "board", "council", "department"}
    | {"group", "programme", "program", "project", "service", "staff", "panel", "wing", "chapter", "lab"}
    | {"director", "directorate", "secretariat", "spokesperson", "spokesman", "spokeswoman", "researcher"}
)
_NOT_A_NAMES_WORDS = NON_PERSON_NOUNS | _UNIT_NOUNS  # (joined once, not per word)


# titles only a person bears before a name (`TITLE_HONORIFICS` and the British peerage's)
_PERSON_TITLES = TITLE_HONORIFICS | frozenset({"lord", "lady", "sir", "dame", "baroness", "baron", "peer"})


def _same_pronoun_before(ctx: DocContext, pronoun: Token) -> Person | None:
    """'Asked whether he would leave, he shrugged. ... , he said': a pronoun whose name lies too
    far back for `resolve_pronoun` goes on from the same pronoun as the subject of the sentence
    before, where that one was resolved (one step of the chain, never more)."""
    doc = ctx.doc
    start = pronoun.sent.start
    text = doc_text(doc)
    para_start = _paragraph_bounds(text, pronoun.idx)[0]
    opening = doc.char_span(para_start, pronoun.idx, alignment_mode="expand")
    crossed = None
    if para_start > 1 and opening is not None and _quoted_only(ctx, opening):
        # '"...," she said' opening a paragraph: the sentence before is the last one of the
        # paragraph before ("... she was handed five more years. // "I counted ...," she said"),
        # when that paragraph names nobody else
        crossed = doc.char_span(
            _paragraph_bounds(text, para_start - 2)[0], para_start, alignment_mode="expand"
        )
        para_start = _paragraph_bounds(text, para_start - 2)[0]
    steps = 0
    while steps < 2 and start and doc[start - 1].sent.start_char >= para_start:
        # the sentence before, or the one before it ('Where would I go?' between); the sentences
        # the parser cut inside the quote itself are no step
        prev = doc[start - 1].sent
        steps += 0 if _quoted_only(ctx, prev) else 1
        start = prev.start
    found = {
        id(p): p
        for p in ctx.persons
        for s, e in p.mentions
        if start <= s < pronoun.i
        and e == s + 1
        and doc[s].lower_ == pronoun.lower_
        and doc[s].dep_ in _SUBJECTS
        and doc[s].head.i == doc[s].sent.root.i
        and s not in ctx.quoted
    }
    named = any(i in ctx.owner_at for i in range(start, pronoun.i))
    if len(found) != 1 or named:
        return None
    person = next(iter(found.values()))
    if crossed is not None and start < crossed.end:
        told = {id(ctx.owner_at[t.i]) for t in crossed if t.i in ctx.owner_at and t.i not in ctx.quoted}
        if told - {id(person)}:
            return None
    return person


# Nouns for the person a trial or a detention is about: in a story about one person on trial
# "the defendant" is that person even when a lawyer was named last.
_TRIED = frozenset(["defendant", "accused", "detainee", "prisoner"])
# Nouns that describe anybody: they fit every person of their gender.
_ANYBODY = frozenset(["man", "woman", "boy", "girl", "person"])


def _someone_described_since(ctx: DocContext, person: Person, pronoun: Token) -> Token | None:
    """'Lam's lawyer, X, ... The defendant himself spoke briefly. "...," he said.': a main clause
    between the pronoun and its antecedent whose subject is a description the antecedent does
    not fit (the story gave X another role: lawyer, not defendant) brings someone else on
    stage, and the pronoun refers to that description."""
    doc = ctx.doc
    named = [e for s, e in _named_mentions(ctx, person) if e <= pronoun.i]
    if not named:
        return None
    roles = _known_roles(ctx, person)
    # (only the subjects between them are read: found by the label's id, not token by token)
    subjects = indices_in(doc, "DEP", _SUBJECT_DEPS)
    for i in subjects[bisect_left(subjects, max(named)) : bisect_left(subjects, pronoun.i)]:
        tok = doc[i]
        if tok.i in ctx.owner_at or tok.i in ctx.quoted or tok.tag_ == "NNS":
            continue
        word = fold(tok.text)
        # 'X's daughter confirmed that her mother was home. "...," she wrote': a relative the
        # story does not name, of the pronoun's sex, speaks
        kin = _KIN_SEX.get(word) == PRONOUNS.get(pronoun.lower_) and any(
            c.dep_ == "poss" for c in tok.children
        )
        if word not in PERSON_NOUNS and word not in _TRIED and word not in _ANYBODY and not kin:
            continue
        definite = kin or any(
            c.dep_ == "det" and c.lower_ in ("the", "this", "a", "an") for c in tok.children
        )
        main = tok.head.dep_ in ("ROOT", "conj") or tok.head.i == tok.head.sent.root.i
        if not definite or not main or ctx.person_at(tok, pronouns=False) is not None:
            continue
        # ('A woman who gave only her first name stood at the gate': an indefinite one is new
        # to the story, whatever the antecedent's description)
        if _acts_on_pronoun_of(tok, pronoun):
            continue
        if tok.head.lemma_ in _DEATH_VERBS:
            continue  # 'Their mother died in 2022. "...," she said': the dead speak no more
        new = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children)
        if not kin and not new and (word in _ANYBODY or not roles or word in roles):
            continue  # a description that fits the antecedent may well be the antecedent
        return tok
    return None


def _acts_on_pronoun_of(subject: Token, pronoun: Token) -> bool:
    """'The judge interrupted her twice. ... "...," she said', 'A lawyer in Warsaw told her that
    ...', 'an officer who visited the house told her ...': a described subject whose verb takes
    a him/her of the pronoun's sex as its object acts on someone else of that sex, whom the
    pronoun goes on about; the description is not the one who speaks (session 51 census:
    syn34b, syn35b, syn30b twice)."""
    sex = PRONOUNS.get(pronoun.lower_)
    return any(
        c.dep_ in ("dobj", "dative") and c.lower_ in ("him", "her") and PRONOUNS.get(c.lower_) == sex
        for c in subject.head.children
    )


def _role_told_just_before(ctx: DocContext, person: Person, pronoun: Token) -> Person | None:
    """'Cousin Y got five years ... Prosecutors had demanded 14 years for the blogger. During the
    trial he told the court: "..."': the sentence before the pronoun's (or its own words before
    it) speaks of a definite role ('the blogger') the story gave another person of the pronoun's
    sex, and names nobody after it: the pronoun is that role's holder, not the last one named."""
    doc = ctx.doc
    sent = pronoun.sent
    start = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    if "\n" in doc[start : sent.start].text.strip():
        start = sent.start  # (the sentence before is in another paragraph)
    gender = PRONOUNS.get(pronoun.lower_)
    roles = _known_roles(ctx, person)
    found: Person | None = None
    for tok in doc[start : pronoun.i]:
        if tok.i in ctx.quoted:
            continue
        named = ctx.owner_at.get(tok.i)
        if named is not None and doc[tok.i].pos_ != "PRON":
            if found is not None and named.gender in (gender, None):
                found = None  # a name of the pronoun's sex after the role: the nearer one
            continue
        word = fold(tok.text)
        if (
            tok.tag_ != "NN"
            or word not in PERSON_NOUNS
            or word in roles
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
        ):
            continue
        holder = _role_holder(ctx, tok)
        if holder is not None and holder is not person and holder.gender in (gender, None):
            found = holder
    return found


def _known_roles(ctx: DocContext, person: Person) -> set[str]:
    """The role nouns the story sets beside a person's name: 'lawyer X', 'X, a lawyer', 'her
    lawyer, X'."""
    doc = ctx.doc
    roles: set[str] = set()
    for s, e in person.mentions:
        if doc[s].pos_ == "PRON":
            continue
        head = doc[e - 1]
        near = [doc[s - 1]] if s else []
        near += [c for c in head.children if c.dep_ == "appos"]
        if head.dep_ == "appos":
            near.append(head.head)
        roles.update(fold(t.text) for t in near if fold(t.text) in PERSON_NOUNS)
    return roles


_KIN_SEX = {
    "daughter": "f", "mother": "f", "wife": "f", "sister": "f", "granddaughter": "f", "grandmother": "f",
    "aunt": "f", "niece": "f", "son": "m", "father": "m", "husband": "m", "brother": "m", "grandson": "m",
    "grandfather": "m", "uncle": "m", "nephew": "m",
}  # fmt: skip


def _described_person(ctx: DocContext, noun: Token, pronoun: Token) -> Person | None:
    """Who a description that took over from a named antecedent stands for: the person the story
    gave that role (a relative: also the one named by the family name, `_kin_by_family_name`),
    else, for the one on trial, the story's main person (named most often, and
    more often than anyone else)."""
    gender = PRONOUNS.get(pronoun.lower_)
    if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children):
        return None  # 'A relative who asked not to be named said ...': someone new, not a holder named before
    holder = _role_holder(ctx, noun) or _narrators_kin(ctx, noun) or _kin_by_family_name(ctx, noun)
    if holder is not None:
        return holder if holder.gender in (gender, None) else None
    if fold(noun.text) not in _TRIED:
        return None
    counts = sorted(
        ((len(_named_mentions(ctx, p)), p) for p in ctx.persons), key=lambda c: c[0], reverse=True
    )
    if not counts or len(counts) > 1 and counts[1][0] == counts[0][0]:
        return None
    main = counts[0][1]
    return main if main.gender in (gender, None) else None


# the narrator's relatives one has only one of: "my mother" is the same person all through
_ONE_OF_A_KIND = frozenset(["mother", "father", "wife", "husband"])


def _narrators_kin(ctx: DocContext, noun: Token) -> Person | None:
    """'My mother has not written one. ... she explained: "..."': in a first-person piece the
    narrator's mother is one person, whom the story may name anywhere, before or after
    ('my mother, X', 'X, my mother', 'My mother is X', 'My mother's name is X')."""
    word = fold(noun.text)
    if word not in _ONE_OF_A_KIND or not any(c.dep_ == "poss" and c.lower_ == "my" for c in noun.children):
        return None
    found: dict[int, Person] = {}
    for tok in tokens_in(ctx.doc, "LOWER", frozenset([word])):
        if tok.i in ctx.quoted or not any(c.dep_ == "poss" and c.lower_ == "my" for c in tok.children):
            continue
        for other in _identified_with(tok):
            person = ctx.person_at(other, pronouns=False) if other.i not in ctx.quoted else None
            if person is not None:
                found[id(person)] = person
    return next(iter(found.values())) if len(found) == 1 else None


def _identified_with(noun: Token) -> list[Token]:
    """The words a noun is set equal to: its apposition either way, or the other side of a
    copula ('my mother is X', 'X is my mother', 'my mother's name is X')."""
    out = [c for c in noun.children if c.dep_ == "appos"]
    if noun.dep_ == "appos":
        out.append(noun.head)
    subject = noun.head if noun.dep_ == "poss" and noun.head.lower_ == "name" else noun
    if subject.dep_ == "nsubj" and subject.head.lemma_ == "be":
        out += [c for c in subject.head.children if c.dep_ == "attr"]
    if noun.dep_ == "attr" and noun.head.lemma_ == "be":
        out += [c for c in noun.head.children if c.dep_ == "nsubj"]
    return out


def _named_mentions(ctx: DocContext, person: Person) -> list[tuple[int, int]]:
    """A person's mentions by name outside quotation marks (no pronouns)."""
    credited = ctx.doc.user_data.get(CREDITED, ())  # "Photo: X/AFP" names no speaker
    return [
        (s, e)
        for s, e in person.mentions
        if s not in ctx.quoted and ctx.doc[s].pos_ != "PRON" and s not in credited
    ]


def _reporter_of(ctx: DocContext, person: Person, pronoun: Token, owners: dict[int, Person]) -> Person | None:
    """'X said Y was wrong. "...," he said.': when the antecedent found for a speaker's pronoun
    was last named in a sentence before as the subject of what somebody else reported, the one
    who goes on speaking is the reporter, not the one reported on (and when the reporter is
    unknown, so is the speaker)."""
    doc = ctx.doc
    # ('"He walked in ...," he said': a pronoun inside the words themselves is no naming; 'his
    # son X told AFP': a possessive is nobody's subject)
    last = max(
        (
            e
            for s, e in person.mentions
            if e <= pronoun.i
            and s not in ctx.quoted
            and not (doc[s].pos_ == "PRON" and (doc[s].sent == pronoun.sent or doc[s].dep_ == "poss"))
        ),
        default=None,
    )
    if last is None or doc[last - 1].sent == pronoun.sent:
        return None
    node = doc[last - 1]
    listed = None
    if not (node.dep_ in _SUBJECTS or node.head.dep_ in _SUBJECTS or _inside_subject_phrase(node)):
        listed = _listed_after_colon(node)
        if listed is None:
            return None
        node = listed
    while True:
        # 'X said Y was wrong' (Y's clause reported) or 'Y, X said, was wrong' (X's aside on it)
        verb = node.head if node.dep_ == "ccomp" and _is_speech_verb(node.head) else _speech_aside(node)
        if verb is None and node.head.i == node.i:
            # ('Y was let go, his son X told AFP.': a closing report hung under what it reports;
            # 'X told us that two were let out: A and B.': the speech verb over the list)
            verb = _closing_report(node) or (node if listed is not None and _is_speech_verb(node) else None)
        if verb is not None:
            if verb.lemma_.lower() in _QUESTION_VERBS:
                return None  # 'Y asked X how he felt. He replied: "..."': the one asked answers
            subj = _subject(verb, ctx.quoted)
            if subj is None or ctx.owner_at.get(subj.i) is person:
                return None
            if subj.dep_ == "nsubjpass":
                return None  # 'X said he had been told that he would be freed': told, not telling
            reporter = _speaker_of(ctx, verb, owners)
            if reporter is _UNNAMED and subj.lower_ not in PRONOUNS and not _unfound_name(subj):
                return None  # 'the moderator pointed out that X ...': too weak to undo X
            gender = PRONOUNS.get(pronoun.lower_)
            if reporter is None or reporter is not _UNNAMED and reporter.gender not in (gender, None):
                return None
            return reporter
        if node.head.i == node.i:
            return None
        node = node.head


def _inside_subject_phrase(node: Token) -> bool:
    """'X said the sentencing of Y on "bogus charges" was ...', 'X said Y's arrest was unlawful':
    a name set deeper in the subject's noun phrase of a clause (through of-phrases and
    possessives only) is as much a part of what is reported as the subject itself."""
    while node.dep_ in _SUBJECT_PHRASE_DEPS and node.head.i != node.i:
        node = node.head
        if node.dep_ in _SUBJECTS and node.pos_ in ("NOUN", "PROPN"):
            return True
    return False


# how a name hangs in a subject's noun phrase: 'the sentencing of Y', 'Y's arrest'
_SUBJECT_PHRASE_DEPS = frozenset({"pobj", "prep", "poss", "compound", "flat"})


def _listed_after_colon(node: Token) -> Token | None:
    """'Lawyer X has just told us that two agents were let out: A and B.': a name in a sentence
    with no verb, right after a colon, is one of a list that finishes the sentence before; its
    clause is the clause before the colon (the colon's head), where `_reporter_of` looks for the
    one who reports it."""
    sent = node.sent
    if any(t.pos_ in ("VERB", "AUX") for t in sent) or sent.start == 0:
        return None
    k = sent.start - 1
    while k > 0 and node.doc[k].is_space:
        k -= 1
    colon = node.doc[k]
    return colon.head if colon.text == ":" else None


def _closing_report(root: Token) -> Token | None:
    """'Koré was allowed to go home ..., his son Hamza Koré told AFP.': a speech verb with a
    subject of its own that closes the sentence after a comma reports all of it, even where
    the parser hangs it under a verb of the clause it reports (an adverbial clause, a
    conjunct) instead of over it."""
    sent = root.sent
    last = max((t.i for t in sent if not t.is_punct and not t.is_space), default=None)
    for verb in sent:
        if verb.i <= root.i or not _is_speech_verb(verb) or verb.dep_ not in ("advcl", "conj", "parataxis"):
            continue
        if (subject := _subject(verb)) is None:
            continue
        # (the comma before the verb's subject: the parser may hang a word before it on the verb)
        edge = subject.left_edge
        if edge.i > sent.start and verb.doc[edge.i - 1].text == "," and verb.right_edge.i >= (last or 0):
            return verb
    return None


def _speech_aside(node: Token) -> Token | None:
    """'Y, X said, has turned the trial into a show': a speech verb set off inside the clause it
    reports (the parser hangs it on that clause's verb as parataxis)."""
    asides = (c for c in node.children if c.dep_ == "parataxis" and _is_speech_verb(c))
    return next((c for c in asides if _subject(c) is not None), None)


_QUESTION_VERBS = frozenset(["ask", "question", "wonder", "press", "query"])


def _bare_surname(tok: Token) -> bool:
    """A lone capitalised proper noun the tagger may call an organisation ("Hernandez refused")."""
    doc = tok.doc
    alone = not (tok.i > 0 and doc[tok.i - 1].pos_ == "PROPN") and not (
        tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN"
    )
    return tok.pos_ == "PROPN" and tok.ent_type_ in ("ORG", "") and tok.text.istitle() and alone


def _mentions_in(person: Person, head: Token) -> list[tuple[int, int]]:
    sub = {t.i for t in head.subtree}
    return [(s, e) for s, e in person.mentions if s in sub]


def _role_holder(ctx: DocContext, noun: Token) -> Person | None:
    """'the senator said': the nearest person named before with that role ("Sen. X",
    "X, a senator", "the senator, X")."""
    forms = _ROLE_FORMS.get(noun.lemma_.lower(), {noun.lemma_.lower()})
    doc = ctx.doc
    best: tuple[int, Person] | None = None
    for person in ctx.persons:
        for s, e in person.mentions:
            if s >= noun.i or s in ctx.quoted:
                continue
            near = list(doc[max(0, s - 1) : s]) + [t for t in doc[e - 1].children if t.dep_ == "appos"]
            head = doc[e - 1].head
            if doc[e - 1].dep_ == "appos":
                near.append(head)
            matches = any(fold(t.text).rstrip(".") in forms or t.lemma_.lower() in forms for t in near)
            if matches and (best is None or s > best[0]):
                best = (s, person)
    if best is None:
        return None
    # "A second lawyer, who asked not to be named, ...": another holder of the role came since
    # (not "Judge X, one of the judges designated ...": the holder's own description)
    described = _described_by_apposition(doc, best[1], best[0])
    for tok in doc[best[0] + 1 : noun.i]:
        if tok.i in described:
            continue
        same_role = tok.lemma_.lower() in forms and tok.pos_ == "NOUN" and tok.i not in ctx.owner_at
        if same_role and not _refers_back(tok) and not ctx.persons_in(tok, pronouns=False):
            return None
    return best[1]


_ANOTHER = frozenset({"other", "another", "second", "third", "new", "different", "fellow"})


def _refers_back(noun: Token) -> bool:
    """'her daughter has written to ...': a possessed role noun names the holder already met,
    unlike 'a second lawyer' or 'another relative', who is new. ('the president' is not enough:
    a story may hold several presidents, and the one named last is not always the one meant.)"""
    words = {c.lower_ for c in noun.children if c.dep_ in ("det", "amod", "predet", "nummod")}
    return not words & _ANOTHER and any(c.dep_ == "poss" for c in noun.children)


def _described_by_apposition(doc: Doc, person: Person, start: int) -> set[int]:
    """The words of the apposition or relative clause set beside the person's mention at `start`
    ("X, one of the judges designated to hear the case,", "X, who is one of three judges,")."""
    end = next((e for s, e in person.mentions if s == start), start + 1)
    return {t.i for c in doc[end - 1].children if c.dep_ in ("appos", "relcl") for t in c.subtree}


def _speech_verbs(ctx: DocContext, start: int, end: int, *, statements: bool = False) -> list[Token]:
    """The speech verbs in a stretch of narrative; with `statements`, where none stands there, the
    verbs that put out a statement, for the quote they introduce."""
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return []
    verbs = [t for t in span if _is_speech_verb(t) and t.i not in ctx.quoted]
    if verbs or not statements:
        return verbs
    return [t for t in span if _puts_out_words(t) and t.i not in ctx.quoted]


def _puts_out_words(tok: Token) -> bool:
    """'issued a statement, "..."', 'posted a message:': a verb that puts out words, with those
    words' noun as its object, introduces the quote after it when no speech verb does (and only
    there: 'released a statement condemning "..."' reports the statement, not its words)."""
    return (
        tok.pos_ == "VERB"
        and tok.lemma_.lower() in STATEMENT_VERBS
        and not any(c.dep_ == "neg" for c in tok.children)
        and any(c.dep_ == "dobj" and c.lemma_.lower() in STATEMENT_NOUNS for c in tok.children)
    )


def _speaker_after(ctx: DocContext, pos: int, narrative: dict[int, Person] | None = None) -> Person | None:
    doc = ctx.doc
    para_end = _paragraph_bounds(doc_text(doc), pos)[1]
    first_sent_end = _sentence_end(ctx, pos)
    source = _ACCORDING_RIGHT_AFTER.match(doc_text(doc), pos)
    named = _according_to(ctx, source.end(), min(para_end, first_sent_end)) if source is not None else None
    if named is not None and named is not _UNNAMED:
        # '"...," according to X, who represented Y. During the trial, she asked ...': the phrase
        # right after the marks names the source, whatever verb a cut sentence runs on to (a
        # source named by no person, 'according to the indictment', is left to the verbs as before)
        return named
    verbs = _speech_verbs(ctx, pos, min(para_end, first_sent_end))
    if verbs:
        verb = verbs[0]
        if _subject(verb, ctx.quoted) is not None:
            return _speaker_of(ctx, verb, narrative)
        # '"...," Brent Bozell III, founder of X, tells Y': the parser lost the subject
        between = doc.char_span(pos, verb.idx, alignment_mode="expand")
        named = [
            _named(ctx, t)
            for t in between or []
            if t.i in ctx.owner_at and t.dep_ != "poss" and not any(c.dep_ == "case" for c in t.children)
        ]
        if named:
            return named[0]
        # '"...," told Natallia Tsimoshka to the journalists': inverted order, the speaker follows
        if not doc_text(doc)[pos : verb.idx].strip(" ,"):
            # ('"...," exhorted X's introducer, actress Y': a possessor speaks no words; '"...,"
            # tweeted Rubio spokesman Alex Conant': a name that modifies a noun is no speaker)
            after = [
                _named(ctx, t) for t in _phrase_after(verb) if t.i in ctx.owner_at and not _modifier(ctx, t)
            ]
            if not after:
                heads = [c for c in verb.children if c.i > verb.i and c.dep_ in ("dobj", "nsubj", "attr")]
                appos = [a for c in heads[:1] for a in c.children if a.dep_ == "appos"]
                after = [p for a in appos for p in ctx.persons_in(a, pronouns=False)]
                titled = _named_after_title(ctx, heads[0]) if heads and not after else None
                after = after or ([titled] if titled is not None else [])
            # '"...," said a campaign aide': somebody unnamed, not the speaker before
            return after[0] if after else _UNNAMED
        if (age := _aged_words_before(verb)) is not None:
            return _person_of_age(ctx, age, verb.i)  # '"...," the 38-year-old said'
        return None
    end = min(para_end, first_sent_end)
    return _according_to(ctx, pos, end) or _read_from(ctx, pos, end)


# what a written thing does with its words ('reads a letter', 'the placard read')
_READ_VERBS = frozenset(["read"])
# the relations of the words that may stand before that verb: the thing's own noun phrase
_THING_WORDS = frozenset(["det", "poss", "amod", "compound", "nsubj"])
# verbs whose subject (or agent) wrote the thing ('a letter X sent', 'a note signed by X')
_AUTHORING_VERBS = AUTHORING_VERBS


def _read_from(ctx: DocContext, pos: int, end: int) -> Person | None:
    """'"...," reads a letter X sent from prison', '"...," read a placard held by her son': the
    words a written thing reads are its author's, the person its own phrase names as writer ('a
    letter X sent', 'a letter from X', 'X's letter', 'a note signed by X'), else nobody's, never
    the speaker of the quote before."""
    span = ctx.doc.char_span(pos, end, alignment_mode="expand")
    words = [t for t in span or () if not t.is_space and not t.is_punct]
    verb = next((t for t in words[:4] if t.lemma_.lower() in _READ_VERBS and t.pos_ == "VERB"), None)
    if verb is None or any(t.dep_ not in _THING_WORDS for t in words[: words.index(verb)]):
        return None  # ('"...," the placard read': only the thing's own noun phrase before the verb)
    thing = next((c for c in verb.children if c.dep_ in ("nsubj", "dobj")), None)
    if thing is None:
        return _UNNAMED
    for c in thing.children:
        if c.dep_ == "poss":
            found = ctx.persons_in(c)
        elif c.dep_ == "prep" and c.lower_ == "from":
            found = [p for o in c.children if o.dep_ == "pobj" for p in ctx.persons_in(o)]
        elif c.dep_ in ("relcl", "acl") and c.lemma_.lower() in _AUTHORING_VERBS:
            agents = [o for a in c.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
            writers = [*agents, *(w for w in c.children if w.dep_ == "nsubj")]
            found = [p for w in writers for p in ctx.persons_in(w)]
        else:
            continue
        if found:
            return found[0]
    return _author_told_before(ctx, thing) or _UNNAMED


def _attributed_right_after(ctx: DocContext, pos: int, narrative: dict[int, Person] | None) -> Person | None:
    """The speaker of an attribution that follows a quote at once ('"...," Abate said', '"...,"
    said Abate'): the speech verb or its subject is the next word."""
    span = ctx.doc.char_span(
        pos,
        min(_sentence_end(ctx, pos), _paragraph_bounds(doc_text(ctx.doc), pos)[1]),
        alignment_mode="expand",
    )
    words = [t for t in span or () if not t.is_space]
    if not words or words[0].is_punct:
        return None
    verb = next((t for t in words if _is_speech_verb(t) and t.i not in ctx.quoted), None)
    if verb is None:
        return None
    subject = _subject(verb, ctx.quoted)
    if verb.i != words[0].i and (subject is None or subject.left_edge.i != words[0].i):
        return None
    return _speaker_after(ctx, pos, narrative)


def _phrase_after(verb: Token) -> list[Token]:
    """The words after an inverted speech verb up to the first comma, full stop or preposition
    ('said Blaze co-host Stu Burguiere, who ...')."""
    out: list[Token] = []
    for tok in verb.doc[verb.i + 1 : verb.sent.end]:
        # ('co-host' read as a verb; 'said engineer X': a bare form before a name is its role)
        # (and 'said Judiciary ranking Democrat X', 'said outgoing chairman X': a participle right
        # before the role's noun is part of it)
        nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        role = nxt is not None and (
            tok.tag_ == "VB"
            and nxt.pos_ == "PROPN"
            or tok.tag_ in ("VBG", "VBN")
            and nxt.pos_ in ("PROPN", "NOUN")
        )
        # ('said retired judge X', 'said jailed activist X': a participle before a noun describes it)
        verb = tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("compound", "amod") and not role
        if tok.text in (",", ".", ";", ":", "(", '"') or tok.pos_ == "ADP" or verb:
            break
        out.append(tok)
    return out


def _modifier(ctx: DocContext, tok: Token) -> bool:
    """A name inside a noun phrase that it only modifies ("a Rubio spokesman", "Trump's aide")."""
    if _possessor(tok):
        return True
    head = tok
    while head.dep_ in ("compound", "flat", "amod") and head.head.i != head.i and head.head.i > head.i:
        head = head.head
        if ctx.owner_at.get(head.i) is not ctx.owner_at.get(tok.i):
            return True
    return False


def _possessor(tok: Token) -> bool:
    """'Clinton's introducer', 'Hillary Clinton's aide': the name owns the noun after it."""
    return tok.dep_ == "poss" or tok.head.dep_ == "poss" and tok.dep_ in ("compound", "flat")


def _attribution_sentence(
    ctx: DocContext,
    pos: int,
    narrative: dict[int, Person] | None,
    previous: Person | None,
    sent: Span | None = None,
) -> Person | None:
    """'"... the emails that are missing." Trump said.': a quote closed by a full stop, then a
    sentence that only attributes it (a speech verb with no content of its own: no clause,
    no quote, no colon) in the same paragraph. When that sentence reports more of a person's
    speech, the quote is nobody else's; it stays theirs when the sentence before it is theirs
    too ('X announced a lawsuit. "..." She further announced that ...')."""
    doc = ctx.doc
    text = doc_text(doc)
    para_end = _paragraph_bounds(text, pos)[1]
    first = pos + len(text[pos:para_end]) - len(text[pos:para_end].lstrip(" "))
    if first == pos or first >= para_end:
        return None
    end = min(para_end, _sentence_end(ctx, first))
    came = _CAME_FROM.match(text, first, end) or _WERE_WORDS_OF.match(text, first, end)
    if came is not None:
        # '"..." The words came from X, who ...': the sentence names who spoke them
        # ('... were those of his wife, X': the preposition's object, or the name set off after it)
        source = ctx.doc.char_span(came.end(), end, alignment_mode="expand")
        head = source[0] if source is not None and len(source) else None
        while head is not None and head.dep_ in _BEFORE_NOUN and head.head.i > head.i:
            head = head.head
        person = ctx.person_at(head, pronouns=False) if head is not None and head.dep_ == "pobj" else None
        if person is None and head is not None and head.dep_ == "pobj":
            # ('... of her sister, X, to journalists': the name set off after a kin noun)
            person = next(iter(ctx.persons_in(head, pronouns=False)), None)
        return person or _UNNAMED
    if any(c in text[pos:end] for c in '":;'):
        return None
    how = _HOW_PUT.match(text, first, end)
    if how is not None:
        # '"..." That was how X described the mood.', 'This is how X put it.': the sentence
        # names who put the quote's words that way
        words = ctx.doc.char_span(how.end(), end, alignment_mode="expand") or []
        verb = next((t for t in words if t.pos_ == "VERB" and t.lemma_ in _HOW_VERBS), None)
        if verb is not None and _subject(verb, ctx.quoted) is not None:
            return _speaker_of(ctx, verb, narrative)
    verbs = _speech_verbs(ctx, pos, end)
    if not verbs or _subject(verbs[0], ctx.quoted) is None:
        return None
    speaker = _speaker_of(ctx, verbs[0], narrative)
    if any(c.dep_ in ("ccomp", "xcomp", "mark") for c in verbs[0].children):
        # '"..." Kessler said the figures were wrong.': Kessler's speech goes on in his own words;
        # whether the quote is his too is unclear, but it is nobody else's
        if (
            speaker is previous
            or speaker is not _UNNAMED
            and speaker is _speaker_of_previous_sentence(ctx, sent, narrative)
        ):
            return None
        return _UNNAMED
    return speaker


_CAME_FROM = re.compile(
    r"(?:The|Those|These|That|This) (?:words?|remarks?|comments?|warning|plea|criticism) "
    r"(?:came from|(?:were|are|was|is) (?:those|that) of|belong(?:s|ed)? to) "
)
_BEFORE_NOUN = frozenset(["compound", "flat", "poss", "case", "det", "amod"])
# '"..." Those were the first words of X.', 'That was the message of X to ...': the same, with
# the quote's words the subject of a copula
_WERE_WORDS_OF = re.compile(
    r"(?:Those|These|That|This|Such) (?:were|are|was|is) (?:the|his|her|their) "
    r"(?:(?:first|last|final|exact|only|parting|own|closing) )?"
    r"(?:words?|remarks?|comments?|message|plea|reply|response|answer|warning) of "
)
_HOW_PUT = re.compile(r"(?:That|This|So)(?:'s|’s| is| was) how ")
_HOW_VERBS = frozenset(
    ["describe", "put", "sum", "characterise", "characterize", "summarise", "summarize", "explain"]
    + ["remember", "recall", "recount"]  # the words as X remembers them: X's own
)


def _according_to(ctx: DocContext, start: int, end: int) -> Person | None:
    """'"...," according to X' and 'According to X, "..."': the source the phrase names."""
    if start >= end:
        return None  # (the sentence was cut before the phrase: nothing to read)
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) < 3:
        return None
    words = [t for t in span if not t.is_punct]
    if len(words) >= 3 and words[0].lower_ == "in" and words[0].dep_ == "prep":
        return _in_the_words_of(ctx, words)
    if len(words) < 3 or words[0].lower_ != "according" or words[1].lower_ != "to":
        return None
    pobj = next((c for c in words[1].children if c.dep_ == "pobj"), words[2])
    if pobj.i in ctx.owner_at:
        return ctx.owner_at[pobj.i]  # 'according to X, who represents Y': the name itself, not its clause's
    persons = ctx.persons_in(pobj, pronouns=False)
    if not persons:
        # 'according to a court filing by prosecutor X': the author of the document named
        agents = [t for t in pobj.subtree if t.dep_ == "pobj" and t.head.lower_ == "by"]
        persons = [p for t in agents for p in ctx.persons_in(t, pronouns=False)]
    # 'according to a court document', 'according to the AP': a source the story does not name
    # as a person, which no earlier speaker stands in for
    return persons[0] if persons else _UNNAMED


def _in_the_words_of(ctx: DocContext, words: list[Token]) -> Person | None:
    """'In the words of X, "..."', 'In X's words, "..."': the source the phrase names (a
    possessive pronoun is the person it stands for; nobody named: no speaker)."""
    noun = next((c for c in words[0].children if c.dep_ == "pobj"), None)
    if noun is None or noun.lower_ not in ("words", "word"):
        return _words_of_read_otherwise(ctx, words)
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    source = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if source is None:
        source = next((c for c in noun.children if c.dep_ == "poss"), None)
    if source is None:
        return None
    persons = ctx.persons_in(source)
    return persons[0] if persons else _words_of_read_otherwise(ctx, words) or _UNNAMED


def _words_of_read_otherwise(ctx: DocContext, words: list[Token]) -> Person | None:
    """'In the words of rights defender X, "...': the parser may read the role noun after "of" as
    a verb, or the first noun after "of" ("rights") as the whole source; the first person named
    after "of" is the source."""
    if [t.lower_ for t in words[:4]] != ["in", "the", "words", "of"]:
        return None
    return next((ctx.owner_at[t.i] for t in words[4:] if t.i in ctx.owner_at), _UNNAMED)


# a source named inside the sentence: 'according to X', 'in her words', 'in the words of X'
_ACCORDING = re.compile(r"\b(?:according to|in (?:the words of|[\w'’]+ (?:own )?words\b))", re.IGNORECASE)
# "according to" right after a quote's closing mark (and the comma before it)
_ACCORDING_RIGHT_AFTER = re.compile(r"[ \t,]*(?=according to\b)", re.IGNORECASE)  # (in the same line)


def _speaker_before(ctx: DocContext, pos: int, narrative: dict[int, Person] | None = None) -> Person | None:
    doc = ctx.doc
    para_start = _paragraph_bounds(doc_text(doc), pos)[0]
    prev_quote = doc_text(doc).rfind('"', 0, pos)
    start = max(para_start, prev_quote + 1)
    before = doc.char_span(max(start, pos - 2), pos, alignment_mode="expand")
    if before is not None and len(before):
        start = max(start, _written_sentence(ctx, before[0].sent).start_char)  # only the quote's own sentence
    lead = _named_lead(ctx, pos)  # 'Pollsters agree - Ann Novak: "...'
    if lead is not None:
        return lead
    verbs = _speech_verbs(ctx, start, pos, statements=True)
    # 'X spoke in a closing plea, which an uncle copied out and sent on: "...': a relative clause
    # on the statement tells how it travelled; the clause it hangs on names the speaker
    verbs = [v for v in verbs if not _about_the_words(v)] or verbs
    verbs = [v for v in verbs if not _request_reported(v, verbs)] or verbs
    if doc_text(doc)[:pos].rstrip().endswith(":"):
        verbs = [v for v in verbs if not _names_the_medium(v)]
    according = [m.start() for m in _ACCORDING.finditer(doc_text(doc), start, pos)]
    if according and verbs and according[-1] > verbs[-1].idx:
        # 'admitted posts that, according to the prosecution, "incited ...': the source the
        # phrase right before the marks names speaks, not the subject of a verb before it
        return _according_to(ctx, according[-1], pos)
    if not verbs:
        labelled = _words_label(ctx, start, pos)
        if labelled is not None:
            return labelled
        source = _according_to(ctx, start, pos)  # 'According to X, "...'
        if source is None and according and _own_clause_at(ctx, pos):
            # 'has criticised the court because, in her words, "he knows ...': the source named
            # mid-sentence speaks words with a clause of their own (not 'the charges, according
            # to X, "are absurd"', which finish the narrator's clause)
            source = _according_to(ctx, according[-1], pos)
        root = _clause_root(doc, start, pos)
        # (not a clause subordinate to words before a quote in between: 'said he hoped with his
        # "whole heart" that X wins:' — X is what is hoped, not who speaks)
        subordinate = root is not None and root.head.i < root.i and root.head.idx < start
        if (
            source is None
            and root is not None
            and not subordinate
            and doc_text(doc)[:pos].rstrip().endswith(":")
        ):
            # 'In a later interview, X went further: "..."': the colon gives the clause's subject a voice
            speaker = _speaker_of(ctx, root, narrative)
            if speaker is None and root.pos_ == "VERB" and _subject(root, ctx.quoted) is None:
                # ('In a video posted on X, his father, Y, holds up ...:' parsed with Y set off
                # after "X": the last name before the verb that is no possessor or object)
                speaker = _name_before(ctx, start, root)
            return speaker
        return source
    verb = verbs[-1]
    if _subject(verb, ctx.quoted) is not None:
        return _speaker_of(ctx, verb, narrative)
    return _name_before(ctx, start, verb)


def _names_the_medium(verb: Token) -> bool:
    """'In a video posted on Instagram, his father, X, holds up a photograph: "..."': a participle
    that describes the medium ('a video posted', 'a letter written from prison') with no agent is
    no speech verb of the clause; the colon gives the words to that clause's subject."""
    return (
        verb.dep_ == "acl"
        and verb.tag_ == "VBN"
        and verb.i < verb.sent.root.i
        and not any(c.dep_ == "agent" for c in verb.children)
    )


def _words_label(ctx: DocContext, start: int, pos: int) -> Person | None:
    """'His last word in court: "I wrote what I saw."', 'Her first words: "I'm going to eat."': a
    verbless phrase before a colon whose head is a noun of words said with a possessor (the
    `owned_words_nouns` of patterns/speech.json) labels the quote after it as the possessor's,
    as 'X's reply was short: "..."' does with a verb (`_owner_of_words`)."""
    if not doc_text(ctx.doc)[start:pos].rstrip().endswith(":"):
        return None
    span = ctx.doc.char_span(start, pos, alignment_mode="contract")
    if span is None or not len(span) or any(t.pos_ in ("VERB", "AUX") for t in span):
        return None
    root = span.root
    if root.pos_ != "NOUN" or any(t.i in ctx.quoted for t in span):
        return None
    return _owner_of_words(ctx, root)


def _own_clause_at(ctx: DocContext, mark: int) -> bool:
    """The words after the quote mark hold a clause of their own (GUIDELINES)."""
    span = ctx.doc.char_span(mark + 1, min(mark + 2, len(doc_text(ctx.doc))), alignment_mode="expand")
    return span is not None and len(span) > 0 and _is_clause(ctx, mark + 1, span[0].sent.end_char)


_REQUESTED_THING = frozenset(["for"])


def _request_reported(verb: Token, verbs: list[Token]) -> bool:
    """'His lawyer, X, says he had asked for medical help for a month: "Nobody came."': a speech
    verb whose content is already a thing asked or pleaded for ('asked for help', 'pleaded for
    mercy') inside the clause an earlier speech verb of the list reports tells what the reporter
    says happened; the words after the colon go on with the reporter's verb, not that request
    (`_request_reported` drops it; 'X said his client told the court: "..."', a report with no
    content of its own, still introduces the client's words)."""
    if not any(c.dep_ == "prep" and c.lower_ in _REQUESTED_THING for c in verb.children):
        return False
    node = verb
    while node.dep_ in ("ccomp", "conj") and node.head.i != node.i:
        node = node.head
        if node.dep_ != "conj" and node in verbs and node.i < verb.i:
            return True
    return False


def _about_the_words(verb: Token) -> bool:
    """A speech verb of a relative clause whose object is the relative word ('the letter, which a
    cousin wrote down', 'the statement that her lawyer read out'), or a verb joined to one: it
    describes the words, and its subject is their messenger, not their speaker."""
    for v in (verb, verb.head if verb.dep_ == "conj" else None):
        if v is not None and v.dep_ == "relcl":
            if any(c.dep_ in ("dobj", "nsubjpass") and c.tag_ in ("WDT", "WP") for c in v.children):
                return True
            # ('the statement that her lawyer read out': the parser may leave "that" unattached)
            if any(c.dep_ in _SUBJECTS and c.tag_ not in ("WDT", "WP") for c in v.children):
                return v.head.pos_ == "NOUN" and fold(v.head.text) not in PERSON_NOUNS
    return False


def _name_before(ctx: DocContext, start: int, verb: Token) -> Person | None:
    """'Sen. Mary Holden (D-VT), said, "..."': the parser lost the speech verb's subject; the
    last name before it (from `start`) that is no possessor or object."""
    span = ctx.doc.char_span(start, verb.idx, alignment_mode="expand")
    named = [
        _named(ctx, t)
        for t in span or []
        if t.i in ctx.owner_at
        and t.dep_ not in ("poss", "pobj", "dobj")
        and t.head.dep_ not in ("poss", "pobj")
    ]
    return named[-1] if named else None


_SENTENCE_END = re.compile(r"[.!?][\"')\]]*\s*$")


def _written_sentence(ctx: DocContext, sent: Span) -> Span:
    """The sentence as written: the parser sometimes breaks one where no full stop stands ('X told
    SiriusXM host Y, "..."' split before "host"); the pieces of one paragraph that the text does
    not end with a stop, a question or an exclamation mark belong together."""
    doc = ctx.doc
    text = doc_text(doc)
    start = sent.start
    for _ in range(3):
        if start == 0:
            break
        prev = doc[start - 1].sent
        written = text[prev.start_char : doc[start].idx]
        if "\n" in written or _SENTENCE_END.search(written):
            break
        start = prev.start
    return doc[start : sent.end]


def _clause_root(doc: Doc, start: int, end: int) -> Token | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) and span.root.pos_ in ("VERB", "AUX") else None


def _sentence_end(ctx: DocContext, pos: int) -> int:
    sent = _sentence_at(ctx, pos)
    return len(doc_text(ctx.doc)) if sent is None else sent.end_char


def _closes_paragraph(text: str, close_at: int) -> bool:
    """Nothing but blanks after the closing mark up to the paragraph's end."""
    _, end = _paragraph_bounds(text, close_at + 1)
    return not text[close_at + 1 : end].strip()


def _paragraph_bounds(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end < 0 else end


# verbs of turning to an audience: their words follow a colon ("X addressed the court: ...")
_ADDRESS_VERBS = frozenset({"address"})
_AUDIENCES = frozenset(
    {"court", "judge", "judges", "jury", "tribunal", "hearing", "crowd", "rally", "protesters", "supporters",
     "reporters", "journalists", "parliament", "audience", "nation", "congregation", "room", "chamber"}
)  # fmt: skip


_DIALOGUE_DASH = re.compile(r"[\u2014\u2015\u2013]\s+")


def _unmarked(
    ctx: DocContext, verb: Token, marked: list[tuple[int, int]], *, colon_only: bool = False
) -> FoundQuote | None:
    if colon_only and not (
        verb.i + 3 < len(verb.doc)
        and verb.doc[verb.i + 3].text == ":"
        and verb.doc[verb.i + 2].lemma_.lower() in _AUDIENCES
    ):
        return None  # "X addressed the court: ...", not "addressed the rally, thanking ..." nor "the issue:"
    if any(
        c.dep_ == "xcomp" and any(g.lower_ == "to" for g in c.children if g.dep_ == "aux")
        for c in verb.children
    ):
        return None  # "X, said to be the ringleader: ...": a report about X, not X's words
    speaker = _speaker_of(ctx, verb)
    if speaker is None or speaker is _UNNAMED:
        return None
    doc = ctx.doc
    text = doc_text(doc)
    sent = verb.sent
    para_start, para_end = _paragraph_bounds(text, verb.idx)
    # X said [in a statement]: content
    colon = next((t for t in doc[verb.i + 1 : sent.end] if t.text == ":"), None)
    if colon is not None and not any(t.pos_ == "VERB" for t in doc[verb.i + 1 : colon.i]):
        start = colon.idx + 1
        if not text[start:para_end].strip():
            # 'X posted on X after the hearing:' closing its paragraph: the post is the next one
            # (only a post or a statement: 'he said:' before a block of a speech is set as an
            # excerpt, which news gold often leaves out)
            if not _posted_in(doc[verb.i + 1 : colon.i]):
                return None
            return _next_paragraph_said(text, speaker, para_end, marked)
        content = text[start:para_end]
        lstrip = len(content) - len(content.lstrip())
        start += lstrip
        content = content.strip()
        if content.startswith("''"):
            # "continued: ''A ...'' He added ...": two apostrophes for a double mark (an archive's
            # style): the quote is the words up to the closing pair, not the paragraph's rest
            close = content.find("''", 2)
            if close < 0:
                return None
            content, start = content[2:close].strip(), start + 2
        if len(content) > 2 and content[0] == content[-1] == "'":
            content, start = content[1:-1], start + 1  # "told the BBC: 'We waited ...'" (British marks)
        if content[:1].islower():
            return None  # 'spent years writing letters: to the embassy, to the UN': a list, no speech
        if content and not content.startswith('"') and len(content.split()) >= 3:
            return FoundQuote(speaker, content, start, start + len(content))
        return None
    subj = _subject(verb)
    if subj is None:
        return None  # a speaker read off the words before the verb ("the 38-year-old said") marks no speech
    left = min(subj.left_edge.i, verb.i)
    # content, X said [...]
    if left > sent.start and doc[left - 1].text == ",":
        start = sent.start_char
        end = doc[left - 1].idx
        content = text[start:end].strip()
        if content.startswith('"') or _reports_after(verb):
            return None  # 'Speaking to us at the airport, he said officers had ...': the report follows
        if any(s < end and e > start for s, e in marked):
            return None  # '"... When the car left, I sat there," X told ...': inside a marked quote
        if not _spoken_clause(doc[sent.start : left - 1]):
            return None  # 'Shortly after my sentence, X announced ...': a fronted adverbial
        if text[verb.idx + len(verb.text) : sent.end_char].lstrip(" ,:").startswith('"'):
            return None  # 'Later, when I wrote to him, he replied, "...': the marked quote is the speech
        # ('We hear police took her. She was freed later, she told us': after "told us" the first
        # person plural before the sentence is the writer's, the newsroom of a live blog)
        writer = any(c.dep_ in ("dobj", "dative") and c.lower_ == "us" for c in verb.children)
        speechlike = _SPEECHLIKE_NOT_US if writer else _SPEECHLIKE
        if start > para_start:
            start = _extend_back(ctx, sent, para_start, marked, speechlike, speaker)
        start += len(text[start:end]) - len(text[start:end].lstrip())
        # ('— The trial is a farce, she said': a dialogue dash opens direct speech, as marks do)
        dash = _DIALOGUE_DASH.match(text, start) if start == para_start else None
        start = dash.end() if dash else start
        content = text[start:end].strip()
        # the words read like speech, in this sentence or in those before it that it closes
        # ('Why should I? Every word was true, he said.')
        if not (dash or _SPEECHLIKE.search(content)):
            return None
        return FoundQuote(speaker, content, start, start + len(content))
    # X urged, Capitalised content
    nxt = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    if nxt is not None and nxt.text == "," and verb.i + 2 < sent.end:
        first = doc[verb.i + 2]
        if first.text[:1].isupper() and first.i not in ctx.owner_at and not first.text.startswith('"'):
            start = first.idx
            end = sent.end_char
            content = text[start:end].strip()
            if len(content.split()) >= 3 and not _has_that_clause(verb):
                return FoundQuote(speaker, content, start, start + len(content))
    return None


# where a post or a written statement is put: 'on Telegram', 'in a statement'
_POST_PLACES = frozenset(
    {"statement", "letter", "post", "message", "blog", "channel", "page", "account", "video", "note"}
)


def _posted_in(words: Span) -> bool:
    """'posted on X', 'wrote on Facebook', 'said in a statement': the words before the colon put
    them in a post or a written statement (a named platform or a noun of `_POST_PLACES`)."""
    return any(
        t.dep_ == "pobj"
        and t.head.lower_ in ("on", "in")
        and (t.pos_ == "PROPN" or t.text[:1].isupper() or t.lemma_.lower() in _POST_PLACES)
        for t in words
    )


def _next_paragraph_said(
    text: str, speaker: Person, after: int, marked: list[tuple[int, int]]
) -> FoundQuote | None:
    """The paragraph after one that ends on 'X wrote:' holds X's words when it is running prose
    of its own (a sentence or more, ending as one), not marked, a list or a heading."""
    m = re.compile(r"\s*([^\n]+)").match(text, after)
    if m is None:
        return None
    start, content = m.start(1), m.group(1).strip()
    if content[:1] in "\"'\u201c\u2018-\u2022*\u2014\u2013" or not content[:1].isupper():
        return None  # (a quotation, a list's item, a dialogue line, a number)
    if len(content.split()) < 5 or content[-1] not in ".!?" or any(s <= start < e for s, e in marked):
        return None
    return FoundQuote(speaker, content, start, start + len(content))


def _names_the_speaker(ctx: DocContext, sent: Span, speaker: Person | None) -> bool:
    """Whether the sentence writes the speaker's name (a pronoun is no name)."""
    return speaker is not None and any(
        ctx.owner_at.get(t.i) is speaker and t.pos_ != "PRON" and t.text[:1].isupper() for t in sent
    )


def _spoken_clause(span: Span) -> bool:
    """Words before `, X said` are speech only as a clause of their own: they hold a verb and
    are no phrase of the speech verb itself ("In my view, ...", "After my arrest, ...")."""
    inside = range(span.start, span.end)
    tops = [t for t in span if t.head.i not in inside and not t.is_punct and not t.is_space]
    if not any(t.pos_ in ("VERB", "AUX") for t in span):
        return False
    return not all(t.dep_ in ("prep", "advmod", "npadvmod", "pobj") for t in tops)


def _reports_after(verb: Token) -> bool:
    """The speech verb reports a clause after it ("he said officers had ...", with or without
    'that'): the words before its comma are not what it says."""
    return _has_that_clause(verb) or any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children)


def _has_that_clause(verb: Token) -> bool:
    return any(
        c.dep_ == "ccomp"
        and c.i > verb.i
        and any(g.lower_ in ("that", "whether", "if") and g.dep_ == "mark" for g in c.children)
        for c in verb.children
    )


def _extend_back(
    ctx: DocContext,
    sent: Span,
    para_start: int,
    marked: list[tuple[int, int]],
    speechlike: re.Pattern[str] | None = None,
    speaker: Person | None = None,
) -> int:
    """Speech often runs over sentences before the `..., she said` one ("Where would I go? ...");
    `speechlike` tells which sentences read as speech (by default `_SPEECHLIKE`). A sentence
    that names the speaker is the narrator bringing them in ('X's daughter, Ana X, spoke to our
    reporter. ..., she said'), not their words: the speech starts after it."""
    speechlike = speechlike or _SPEECHLIKE
    doc = ctx.doc
    start = sent.start_char
    i = sent.start - 1
    while i >= 0:
        prev = doc[i].sent
        if prev.start_char < para_start or _names_the_speaker(ctx, prev, speaker):
            break
        words = span_text(prev).strip()
        speechy = bool(speechlike.search(words)) and not any(
            t.lemma_ in SPEECH_VERBS and t.pos_ == "VERB" for t in prev
        )
        if not speechy or any(s < prev.end_char and e > prev.start_char for s, e in marked):
            break
        start = prev.start_char
        i = prev.start - 1
    return start
