"""Terms laid out rather than told in a sentence: a live blog's or digest's verdict lines
('— X, 26: eight years in a colony'), a text table with a column of sentences, and a case list's
card with a "Sentence:" field under a name heading.

These read the article's lines, not its parse, because such layouts carry no verb to hang the
term on; `terms.verdict_list` reads the lines that follow a lead-in ending in a colon.
"""

from __future__ import annotations

import re

from vigil.extract.doctext import doc_text, text_lines
from vigil.extract.en.context import LIST_BULLET, TIME_STAMP, DocContext
from vigil.extract.en.numbers import TERM_RE, term_months
from vigil.extract.en.persons import Person
from vigil.extract.en.terms import ITEM_SEPARATOR, ROLL_VERB
from vigil.extract.findings import Finding

# words of an entry that tell a verdict, and words that make its terms something else: asked for,
# possible, or time already spent (session 53, `verdict_lines`)
_VERDICT_TOLD = re.compile(
    r"\b(?:verdicts?|sentenc\w*|guilty|convict\w*|jail\w*|imprison\w*|colony|prison|suspended)\b",
    re.IGNORECASE,
)
_NOT_TOLD = re.compile(
    r"\b(?:ask\w*|sought|seek\w*|request\w*|demand\w*|prosecut\w*|fac(?:e|es|ing)|could|may|might|would"
    r"|up\s+to|served|spent|serving|ago|since|after|before|pending|awaiting|remand\w*|pre-?trial|acquitt\w*"
    r"|appeal\w*)\b",
    re.I,
)
# a verdict told before the term on the same line, as a clause of its own (session 55)
_VERDICT_FIRST = re.compile(
    r"(?:(?:found|pronounced|declared)\s+)?(?:guilty|convicted)\b[^.;:\n]{0,80}[.;]\s+|", re.I
)
# a photo story's label opening a caption line ("[Photo] X, crane operator: eleven years"; session 55)
_CAPTION_LABEL = re.compile(r"\s*\[(?:photo|picture|image|video)\]\s*", re.I)
_BARE_TIME = re.compile(r"\s*\d{1,2}[:.]\d{2}\s*")  # a live blog's "11:52" on a line of its own
_LINE_CONTEXT = 4  # lines of the entry before a verdict line that may tell its verdict


def verdict_lines(ctx: DocContext, findings: list[Finding]) -> list[Finding]:
    """'— Gorshkov: 7 years, general-regime colony', '13:02 — X, 26: eight and a half years in a
    colony': a bulleted or time-stamped line that opens with a name and gives a term right after
    its colon tells that person's term, when the line or its entry's lines before it speak of a
    verdict and nothing there makes the term asked for, possible or already spent. `verdict_list`
    reads such lines only under a lead-in that ends in a colon; live blogs and digests set them
    under a heading ("VERDICT. Guilty, all four.") or alone (session 53)."""
    text = doc_text(ctx.doc)
    termed = {(id(p), f.term) for f in findings if f.type == "sentence" for p in f.persons}
    out: list[Finding] = []
    entry: list[str] = []
    for start, line in text_lines(text):
        if TIME_STAMP.match(line) or _BARE_TIME.fullmatch(line):
            entry = []  # a time stamp opens a new entry (lines come apart as paragraphs here)
        found = _verdict_line(ctx, start, line, entry)
        entry = [*entry[-_LINE_CONTEXT + 1 :], line]
        if found is None or (id(found.persons[0]), found.term) in termed:
            continue
        termed.add((id(found.persons[0]), found.term))
        out.append(found)
    return out


def _verdict_line(ctx: DocContext, start: int, line: str, entry: list[str]) -> Finding | None:
    """The term one verdict line gives its name (see `verdict_lines`), or None."""
    opening = LIST_BULLET.match(line) or TIME_STAMP.match(line) or _CAPTION_LABEL.match(line)
    if opening is None:
        return None
    parted = ITEM_SEPARATOR.search(line, opening.end())
    if parted is None or parted.start() - opening.end() > 60:
        return None
    colon = parted.start()
    after = line[parted.end() :].lstrip()
    # ("10:41 — X: found guilty of mass riots. Ten years of imprisonment.": the verdict, then its term)
    after = after[_VERDICT_FIRST.match(after).end() :]
    after = after[ROLL_VERB.match(after).end() :]
    term = TERM_RE.match(after)
    months = term_months(term) if term is not None else None
    if not months or months > 600 or _NOT_TOLD.search(after[term.end() :]):
        return None
    if not _VERDICT_TOLD.search(after) and not any(_VERDICT_TOLD.search(x) for x in entry):
        return None
    if any(_NOT_TOLD.search(x) for x in entry):
        return None
    doc = ctx.doc
    head = doc.char_span(start + opening.end(), start + colon, alignment_mode="expand")
    if head is None or any(t.pos_ in ("VERB", "AUX") or t.i in ctx.quoted for t in head):
        return None  # ("— The court said: ...": a clause, not a name, before the colon)
    words = [t for t in head if t.is_alpha][:3]
    person = next((ctx.owner_at[t.i] for t in words if t.i in ctx.owner_at), None)
    if person is None or any(ctx.owner_at.get(t.i, person) is not person for t in head):
        return None  # (no name, or two names: "— A and B: ..." is read by the list rules)
    at = doc.char_span(start + len(line) - len(after), start + len(line), alignment_mode="expand")
    if at is None or at[0].i in ctx.quoted:
        return None
    return Finding("sentence", at[0], [person], term=months, date=None, confidence=0.7)


# a table's column of verdicts ("| Defendant | Age | Sentence |"), and a row that only rules it off
_TERM_COLUMNS = frozenset({"sentence", "sentences", "term", "terms", "verdict", "punishment", "penalty"})
_RULE_ROW = re.compile(r"\s*\|[\s:|-]+\|\s*")


def term_table(ctx: DocContext, findings: list[Finding]) -> list[Finding]:
    """'| Defendant | Age | Sentence |' over rows '| A | 24 | 4 years 6 months |': a text table
    whose header names a column of verdicts gives each row's named person the term in that column
    (not a column of what was asked for: "Sentence sought"; nor a table after a lead-in about a
    request) (session 53)."""
    termed = {(id(p), f.term) for f in findings if f.type == "sentence" for p in f.persons}
    out: list[Finding] = []
    column, before = None, ""
    for start, line in text_lines(doc_text(ctx.doc)):
        if not line.lstrip().startswith("|"):
            column, before = None, line
            continue
        cells = line.strip().strip("|").split("|")
        if column is None:
            column = _term_column(cells, before)
            continue
        if _RULE_ROW.fullmatch(line) or column >= len(cells):
            continue
        found = _table_row_term(ctx, start, line, cells, column)
        if found is not None and (id(found.persons[0]), found.term) not in termed:
            termed.add((id(found.persons[0]), found.term))
            out.append(found)
    return out


def _term_column(cells: list[str], before: str) -> int | None:
    """Which header cell names the verdicts (None, -1 when none or when the table is asked for)."""
    if _NOT_TOLD.search(before):
        return -1
    for k, cell in enumerate(cells):
        words = cell.lower().split()
        if words and set(words) & _TERM_COLUMNS and not _NOT_TOLD.search(cell):
            return k
    return -1


def _table_row_term(ctx: DocContext, start: int, line: str, cells: list[str], column: int) -> Finding | None:
    """The term of one table row's named person (see `term_table`)."""
    if column < 0:
        return None
    cell = cells[column].strip()
    term = TERM_RE.match(cell)
    months = term_months(term) if term is not None else None
    if not months or months > 600 or _NOT_TOLD.search(cell[term.end() :]):
        return None
    doc = ctx.doc
    # (the cell's offset: past the opening bar and the cells before it, each with its bar)
    offset = line.index("|") + 1 + sum(len(c) + 1 for c in cells[:column])
    offset += len(cells[column]) - len(cells[column].lstrip())
    row = doc.char_span(start, start + len(line.rstrip()), alignment_mode="expand")
    at = doc.char_span(start + offset, start + offset + len(cell), alignment_mode="expand")
    if row is None or at is None:
        return None
    named = {id(p): p for t in row if t.idx < at.start_char and (p := ctx.owner_at.get(t.i)) is not None}
    if len(named) != 1 or at[0].i in ctx.quoted:
        return None
    return Finding("sentence", at[0], list(named.values()), term=months, date=None, confidence=0.7)


# a case card's field of the verdict ("Sentence: six years' imprisonment (… Court, 2025)")
_VERDICT_FIELD = re.compile(r"^\s*(?:sentence|term|verdict|punishment|penalty)\s*:\s*", re.IGNORECASE)
_CARD_REACH = 6  # lines after a card's name heading that its fields may take


def case_card_terms(ctx: DocContext, findings: list[Finding]) -> list[Finding]:
    """'Tran Van Khiem — blogger' over 'Date of arrest: …' and 'Sentence: six years' imprisonment
    (… Court, 2025)': a case list's card opens with a heading line that names one person and has no
    verb; its "Sentence:" field, within a few lines and before the next heading, gives that person
    the term it opens with (not one the field tells is asked for or possible) (session 53)."""
    termed = {(id(p), f.term) for f in findings if f.type == "sentence" for p in f.persons}
    out: list[Finding] = []
    person, since = None, 0
    for start, line in text_lines(doc_text(ctx.doc)):
        since += 1
        field = _VERDICT_FIELD.match(line)
        if field is None:
            if (heading := _card_heading(ctx, start, line)) is not None:
                person, since = heading, 0
            continue
        after = line[field.end() :]
        term = TERM_RE.match(after)
        months = term_months(term) if term is not None else None
        if person is None or since > _CARD_REACH or not months or months > 600:
            continue
        if _NOT_TOLD.search(after[: term.end() + 40]) or (id(person), months) in termed:
            continue
        at = ctx.doc.char_span(start + field.end(), start + len(line), alignment_mode="expand")
        if at is not None and at[0].i not in ctx.quoted:
            termed.add((id(person), months))
            out.append(Finding("sentence", at[0], [person], term=months, date=None, confidence=0.7))
    return out


def _card_heading(ctx: DocContext, start: int, line: str) -> Person | None:
    """The one person a short heading line opens with ('Tran Van Khiem — blogger'), or None."""
    if len(line) > 80 or ":" in line:
        return None
    span = ctx.doc.char_span(start, start + len(line.rstrip()), alignment_mode="expand")
    if span is None or not len(span) or span[0].i not in ctx.owner_at:
        return None
    if any(t.pos_ in ("VERB", "AUX") for t in span):
        return None
    name_end = next((t.i for t in span if t.i not in ctx.owner_at), span.end)
    if any(t.i in ctx.owner_at for t in span if t.i > name_end):
        return None  # ("A — wife of B": a second name after the first)
    return ctx.owner_at[span[0].i]


__all__ = ["case_card_terms", "term_table", "verdict_lines"]
