#!/usr/bin/env python3
"""Associated Press wire stories of 1988 and 1990 (the AP sample that David Blei distributed with
`lda-c`) -> a justice-news yardstick of whole articles from a US news agency of the late
1980s for `vigil extract` (set `realnews2-en`, session 61).

    python benchmarks/external/apnews.py --mirror GIT_DIR --out DIR [--part tune|held|all]
                                         [--gold FACTS_DIR] [--annotated]

GIT_DIR is a git mirror of the public repository `blei-lab/lda-c` (what the `fetch` tool returns
for github:blei-lab/lda-c, a git directory `repo`, or a clone whose `.git` it holds; read at
commit 0c46575). Its `example/ap.tgz` is a gzipped tar holding `ap/ap.txt`: 2,246 stories of the
Associated Press (1988 and 1990) taken from the TREC AP collection (TIPSTER, LDC93T3A), in TREC's
layout `<DOC> <DOCNO> AP881218-0003 </DOCNO> <TEXT> ... </TEXT> </DOC>`, each story's body on one
line (the wire's paragraphs joined, no headline, no dateline). The file is ASCII (read as Latin-1
should a byte lie outside it). The repository is licensed LGPL-2.1 for its code and says nothing
of the texts, whose rights are the Associated Press's.

Text: the body, white space runs joined, with TREC's two typewriter conventions written out:
quotation marks given as two grave accents and two apostrophes (``like this'') are written as
typographic double quotation marks, and AP's dash, an underscore between spaces (" _ "), as an
em dash. Nothing else is changed. ID is the DOCNO lower-cased (`ap881218-0003`: the wire date
and the story's number), so ids depend neither on the order nor on the selection. A text that
repeats an earlier one (one story of the sample is there twice) is read only under its first id
in file order, so no story is scored twice.

Selection (fixed): a story is kept when it holds at least MIN_HITS (4) words of STRONG (the list
of `reuters.py`: arrest, detain, detention, custody, jail, prison, imprison, sentence, convict,
freed, pardon, deport, extradite, expel, behind bars and their inflections; whole words, any
case) and its text is at most MAX_CHARS (1,900) characters long, so each story can be annotated
by hand whole. Four words, not the three of `bbcnews.py`: the AP's crime and courts beat is
dense, and three words under the same cap let in 53 stories (three words and the BBC's 2,800
characters, 114), more than one session can annotate by hand. At commit 0c46575 this keeps 34 of
the 2,246 stories (2,245 once the repeated text is read once): 21 of 1988 and 13 of 1990 (the
sample holds no story of 1989).

Parts: `--part tune` / `--part held` write one fixed half each, by the first hex digit of the
SHA-1 of the id (`reuters.part_of`: 0-7 tune, 8-f held); the held-out half is only scored,
never read for misses.

Gold: FACTS_DIR (default benchmarks/external/realnews2-en_gold/) holds one `ID.json` per
annotated story with the facts only (persons, events, counts, terms, quotes with speaker and
opening words; GUIDELINES format), never the text. For each written story with such a file the
script writes `ID.gold.json` beside `ID.txt`.

The texts belong to the Associated Press: write them to a git-ignored folder (`.cache/ext/`)
and never commit them.
"""

from __future__ import annotations

import io
import re
import sys
import tarfile
from pathlib import Path

# the justice list, the halves and the writer of `reuters.py`, as `bbcnews.py` takes them
from reuters import STRONG, converter_args, git, in_part, write_stories
from reuters import part_of as part_of  # (its halves, as the tests check them)

ARCHIVE = "example/ap.tgz"
MEMBER = "ap/ap.txt"
MIN_HITS = 4
MAX_CHARS = 1900
DEFAULT_FACTS = Path(__file__).with_name("realnews2-en_gold")
_DOC = re.compile(r"<DOCNO>\s*(\S+)\s*</DOCNO>\s*<TEXT>(.*?)</TEXT>", re.DOTALL)


def git_dir(mirror: Path) -> Path:
    """The git directory: the mirror itself, or its `.git` when `fetch` left a clone."""
    return mirror / ".git" if (mirror / ".git").is_dir() else mirror


def decode(raw: bytes) -> str:
    """UTF-8 when the bytes are valid UTF-8 (the file is ASCII), else Latin-1."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


def story_text(body: str) -> str:
    """The body on one line: TREC's ``quotes'' as typographic quotation marks, AP's " _ " dash
    as an em dash, white space runs joined."""
    text = " ".join(body.split())
    text = text.replace("``", "\u201c").replace("''", "\u201d")
    return text.replace(" _ ", " \u2014 ") + "\n"


def sample_file(mirror: Path) -> str:
    """The text of `ap/ap.txt` inside the mirror's `example/ap.tgz`."""
    blob = git(git_dir(mirror), "cat-file", "-p", f"HEAD:{ARCHIVE}", text=False)
    if blob.returncode:
        raise SystemExit(f"apnews: {mirror} holds no {ARCHIVE} (or is no git directory)")
    with tarfile.open(fileobj=io.BytesIO(blob.stdout), mode="r:gz") as archive:
        try:
            member = archive.extractfile(MEMBER)
        except KeyError:
            member = None
        if member is None:
            raise SystemExit(f"apnews: {ARCHIVE} in {mirror} holds no {MEMBER}")
        return decode(member.read())


def read_stories(mirror: Path) -> list[tuple[str, str]]:
    """Every story of the sample as (id, text), in file order; a text that repeats an earlier
    one only under its first id."""
    stories: dict[str, str] = {}
    for docno, body in _DOC.findall(sample_file(mirror)):
        stories.setdefault(story_text(body), docno.lower())
    return [(doc_id, text) for text, doc_id in stories.items()]


def selected(text: str) -> bool:
    """The fixed selection rule: four justice words and a length one can annotate whole."""
    return len(text) <= MAX_CHARS and len(STRONG.findall(text)) >= MIN_HITS


def main() -> int:
    args = converter_args(__doc__, "git mirror of blei-lab/lda-c", DEFAULT_FACTS, "stories")
    stories = read_stories(args.mirror)
    kept = [s for s in stories if selected(s[1])]
    written, gold = write_stories(in_part(kept, args.part), args.out, args.gold, args.annotated)
    print(
        f"apnews: wrote {written} of {len(kept)} selected stories ({len(stories)} in all) "
        f"to {args.out} ({gold} with gold)",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
