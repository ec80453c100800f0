#!/usr/bin/env python3
"""Belarusian-language news of the UD Belarusian-HSE treebank -> a real-news yardstick in
Belarusian for `vigil extract` (set `realnews-be`, session 57), and the ordinary news it
leaves out (set `realnews2-be`, session 58, `--rest`).

    python benchmarks/external/ud_belarusian.py --mirror GIT_DIR --out DIR [--part tune|held|all]
                                                [--rest] [--gold FACTS_DIR] [--annotated]

GIT_DIR is a git mirror of the public repository UniversalDependencies/UD_Belarusian-HSE
(what the `fetch` tool returns for github:UniversalDependencies/UD_Belarusian-HSE; read at
its commit 1233cdd). Licence: CC BY-SA 4.0 (its LICENSE.txt). Its `be_hse-ud-*.conllu`
files hold sentences with their `# sent_id` and `# text`; the news among them come from
Радыё Свабода (ids `RadyjoSvaboda-N`, items of svaboda.org and its social-media feeds, 2018
and 2020, in the classical orthography), the telegraf.by agency (`telegraf-ARTICLE-PARA-SEQ-be`,
March 2011), Звязда (`zviazda-DATE-N-SEQ-be`) and the campaign «Абарона Курапатаў»
(`AbaronaKurapatau-N` / `AbaronaKurapatou-N`, posts of 2019-2020). The newest train file is
over the mirror's size limit and absent, so every stored version of the three files is read,
newest commit first, and a sentence id keeps the first text met (the older versions hold
telegraf.by articles that the newest dev and test files lack). Fiction, Wikipedia, laws
(`rnc-...`), film and history sites are never read.

Documents: a telegraf.by article is its sentences in SEQ order, one line a paragraph (PARA;
sentences of a paragraph joined by a space), the first (the headline) set apart by a blank
line; a Звязда article likewise, one sentence a line (its ids number no paragraph); the
numbered sources carry no article boundary, so a document is a fixed block of ten consecutive
ids (`RadyjoSvaboda-1186x` = ids 11860-11869), one sentence (a feed item's line) a line. ID is
the article id or the block's name, so ids do not depend on the selection. Text: the
treebank's `<a_href="URL">words</a>` keeps its words, `<strong>` and `<em>` marks are cut.

Selection (fixed): a document is kept when its text holds at least MIN_HITS (1) word of
STRONG, Belarusian justice words in both orthographies (затрым-, арышт-, прысуд-, асудж-,
вызвал-, выпус(ь)ці-, палітвяз(ь)-, суткі/сутак, штраф-, калон-, турм-, зн/зьняволен-,
пакаран(ь)н-, суд/суда/суду/судзе, памілав-, дэпарт-). Kept documents hold other senses too
(a parent's "пакараньне" of a child, "суткі" of a day, fines for a lockdown walk), which
measure precision.

`--rest` (set `realnews2-be`) takes instead the news documents that hold NO such word (ordinary
news: politics, culture, the Kurapaty memorial, feed items), a fixed subset of them: the SECOND
hex digit of the id's SHA-1 is 0-5 (REST_DIGITS; the first digit picks the half), so which
documents are annotated does not depend on their content (33 of 81: 19 tune, 14 held). They
measure persons (every named person, bylines included) and false events on text with no event.

Parts: `--part tune` / `--part held` write one fixed half each, by the first hex digit of
the SHA-1 of the id (`reuters.part_of`: 0-7 tune, 8-f held).

Gold: FACTS_DIR (default benchmarks/external/realnews-be_gold/, for `--rest`
benchmarks/external/realnews2-be_gold/) holds one `ID.json` per
annotated document with the facts only (persons, events, quotes) in the format of
shared/eval/GUIDELINES.md, never the text; for each written document with such a file the
script writes `ID.gold.json` beside `ID.txt`, so `score.py --gold DIR` scores it.

The texts belong to their publishers: write them to a git-ignored folder and never commit them.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
from collections import defaultdict
from pathlib import Path

# the halves and the writer of `reuters.py`, as `tgnews_ru.py` takes them
from reuters import converter_args, git, in_part, write_stories

FILES = ("be_hse-ud-dev.conllu", "be_hse-ud-test.conllu", "be_hse-ud-train.conllu")
ARTICLE = re.compile(r"(telegraf|zviazda)-(\d+)-(\d+)-(\d+)")
NUMBERED = re.compile(r"(RadyjoSvaboda|AbaronaKurapat[ao]u)-(\d+)([a-z]?)$")
BLOCK = 10
STRONG = re.compile(
    r"\b(?:затрым\w*|арышт\w*|прысуд\w*|асудж\w*|асудзі\w*|вызвал\w*|выпусьці\w*|выпусці\w*|"
    r"палітвяз\w*|сутак|суткі|суткаў|штраф\w*|калон\w*|турм\w*|турэм\w*|зняволен\w*|"
    r"зьняволен\w*|пакаран\w*|суд|суда|суду|судзе|памілав\w*|дэпарт\w*)\b",
    re.IGNORECASE,
)
MIN_HITS = 1
LINK = re.compile(r'<a_href="[^"]*">([^<]*)</a>')
TAG = re.compile(r"</?(?:strong|em)>")
DEFAULT_FACTS = Path(__file__).with_name("realnews-be_gold")
REST_FACTS = Path(__file__).with_name("realnews2-be_gold")
REST_DIGITS = "012345"


def sentences(mirror: Path) -> dict[str, str]:
    """Every sentence id -> its text, over every stored version of the three files, newest
    commit first (the first text met wins)."""
    log = git(mirror, "log", "--format=%H", "HEAD", "--", *FILES)
    if log.returncode:
        raise SystemExit(f"ud_belarusian: {mirror} is no readable git directory: {log.stderr.strip()}")
    texts: dict[str, str] = {}
    for commit in log.stdout.split():
        for name in FILES:
            shown = git(mirror, "cat-file", "-p", f"{commit}:{name}")
            if shown.returncode:
                continue  # not in this commit, or too large to be stored
            sid = None
            for line in shown.stdout.splitlines():
                if line.startswith("# sent_id = "):
                    sid = line[12:].strip()
                elif line.startswith("# text = ") and sid:
                    texts.setdefault(sid, line[9:].strip())
    if not texts:
        raise SystemExit(f"ud_belarusian: {mirror} holds none of {', '.join(FILES)}")
    return texts


def place(sid: str) -> tuple[str, tuple[int, int, str], bool] | None:
    """A news sentence's document id, its order key in the document (paragraph, sentence) and
    whether the document has a headline; None for the sources that are not news. A telegraf.by
    id numbers its paragraph (PARA); the other sources give each sentence its own line."""
    if m := ARTICLE.match(sid):
        paragraph = int(m[3]) if m[1] == "telegraf" else int(m[4])
        return f"{m[1]}-{m[2]}", (paragraph, int(m[4]), ""), True
    if m := NUMBERED.match(sid):
        number = int(m[2])
        return f"{m[1]}-{number // BLOCK}x", (number, number, m[3]), False
    return None


def clean(text: str) -> str:
    """A sentence as read: links keep their words, bold marks cut."""
    return re.sub(r"\s{2,}", " ", TAG.sub("", LINK.sub(r"\1", text))).strip()


def documents(texts: dict[str, str]) -> list[tuple[str, str]]:
    """Every news document as (id, text), by id: one line a paragraph, its sentences joined
    by a space, the headline set apart by a blank line."""
    parts: dict[str, list[tuple[tuple[int, int, str], str]]] = defaultdict(list)
    headed: dict[str, bool] = {}
    for sid, text in texts.items():
        where = place(sid)
        if where and (cleaned := clean(text)):
            parts[where[0]].append((where[1], cleaned))
            headed[where[0]] = where[2]
    docs = []
    for doc_id in sorted(parts):
        paragraphs: dict[int, list[str]] = {}
        for key, text in sorted(parts[doc_id]):
            paragraphs.setdefault(key[0], []).append(text)
        lines = [" ".join(sentences) for sentences in paragraphs.values()]
        if headed[doc_id] and len(lines) > 1:
            lines = [lines[0], "", *lines[1:]]
        docs.append((doc_id, "\n".join(lines) + "\n"))
    return docs


def keep(text: str) -> bool:
    """The fixed selection rule (see the docstring)."""
    return len(STRONG.findall(text)) >= MIN_HITS


def in_rest(doc_id: str, text: str) -> bool:
    """`--rest`: a document with no justice word whose id's SHA-1 has a second hex digit in
    REST_DIGITS, a subset fixed by the id alone (see the docstring)."""
    return not keep(text) and hashlib.sha1(doc_id.encode()).hexdigest()[1] in REST_DIGITS


def _rest_option(ap: argparse.ArgumentParser) -> None:
    ap.add_argument("--rest", action="store_true", help="the news without justice words (realnews2-be)")


def main() -> int:
    args = converter_args(__doc__, "mirror of UD_Belarusian-HSE", None, "documents", _rest_option)
    chosen = in_rest if args.rest else (lambda _doc_id, text: keep(text))
    docs = [(doc_id, text) for doc_id, text in documents(sentences(args.mirror)) if chosen(doc_id, text)]
    args.gold = args.gold or (REST_FACTS if args.rest else DEFAULT_FACTS)
    written, gold = write_stories(in_part(docs, args.part), args.out, args.gold, args.annotated)
    print(
        f"ud_belarusian: wrote {written} of {len(docs)} documents to {args.out} ({gold} with gold)",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
