"""A test corpus for the scale tests: every shared dev text, distinct articles spliced from two
of them, near-duplicate and exact copies, a JSONL and a CSV corpus, and bad files."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from sqlalchemy import select

from tests.fixtures.extraction import REPO
from vigil.registry.db import Database
from vigil.registry.models import (
    Article,
    ArticleOutlet,
    Claim,
    GroupEvent,
    GroupMember,
    Judgement,
    Mention,
    Person,
    PersonName,
)

CORPUS = REPO.parent.parent / "shared" / "corpus"


def _texts() -> list[tuple[str, str]]:
    files = sorted(CORPUS.glob("**/*.txt"))
    return [(f.stem, f.read_text(encoding="utf-8")) for f in files]


def _paragraphs(text: str) -> list[str]:
    return [p for p in text.split("\n\n") if p.strip()]


def build(folder: Path, *, spliced: int = 120) -> int:
    """Write the corpus into `folder`; the number of distinct articles it holds."""
    folder.mkdir(parents=True, exist_ok=True)
    texts = [(name, text) for name, text in _texts() if len(_paragraphs(text)) >= 2]
    for name, text in texts:
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    distinct = len(texts)
    english = [t for t in texts if not t[0].startswith(("dev-ru", "dev-be"))]
    for i in range(spliced):
        n = len(english)
        a, b = english[i % n][1], english[(i + 1 + i // n) % n][1]
        first, second = _paragraphs(a), _paragraphs(b)
        body = "\n\n".join(first[: max(1, len(first) // 2)] + second[len(second) // 2 :])
        (folder / f"splice-{i:03d}.txt").write_text(body, encoding="utf-8")
        distinct += 1
    for name, text in english[:8]:  # wire copies: the same story, lightly edited
        (folder / f"wire-{name}.txt").write_text(text.replace(" said", " told reporters", 1) + "\n\n(Wire)\n")
    for name, text in english[8:11]:
        (folder / f"again-{name}.txt").write_text(text, encoding="utf-8")

    def third(i: int) -> str:  # a third of one story and the rest of another: distinct again
        a, b = _paragraphs(english[i][1]), _paragraphs(english[-1 - i][1])
        return "\n\n".join(a[: max(1, len(a) // 3)] + b[len(b) // 3 :])

    records = [{"text": third(i), "title": f"Story {i}", "published": "2025-06-01"} for i in range(10)]
    with (folder / "corpus.jsonl").open("w", encoding="utf-8") as out:
        for n, record in enumerate(records):
            out.write(json.dumps(record) + "\n")
            if n == 4:
                out.write("{not json\n")
    distinct += len(records)
    with (folder / "corpus.csv").open("w", encoding="utf-8", newline="") as out:
        writer = csv.DictWriter(out, ["title", "text", "published"])
        writer.writeheader()
        for i in range(10, 20):
            writer.writerow({"title": f"Story {i}", "text": third(i), "published": "2025-07-02"})
            distinct += 1
        writer.writerow({"title": "no text", "text": "", "published": "2025-07-02"})
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.txt").write_text("   \n\n  ")
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (folder / "latin1.txt").write_bytes("Caf\xe9 \xab news \xbb only numbers 1 2 3.".encode("latin-1"))
    return distinct


def dump(db: Database) -> dict[str, list[tuple]]:
    """The registry's content without row ids or timestamps: articles by text hash, persons,
    aliases, mentions, claims, group events with members, judgements; each sorted."""
    with db.engine.connect() as conn:
        hashes = dict(conn.execute(select(Article.id, Article.text_hash)).all())

        def rows(statement) -> list[tuple]:  # type: ignore[no-untyped-def]
            return sorted((tuple(map(repr, row)) for row in conn.execute(statement)), key=str)

        groups = {
            gid: (hashes[aid], kind, count, when, effective, evidence)
            for gid, aid, kind, count, when, effective, evidence in conn.execute(
                select(
                    GroupEvent.id,
                    GroupEvent.article_id,
                    GroupEvent.type,
                    GroupEvent.count,
                    GroupEvent.event_date,
                    GroupEvent.effective_date,
                    GroupEvent.evidence,
                )
            )
        }
        return {
            "articles": rows(
                select(
                    Article.text_hash,
                    Article.source,
                    Article.language,
                    Article.published,
                    Article.extractor_version,
                    Article.canonical_id.is_(None),
                )
            ),
            "copies": sorted(
                (hashes[a], hashes[c])
                for a, c in conn.execute(
                    select(Article.id, Article.canonical_id).where(Article.canonical_id.is_not(None))
                )
            ),
            "outlets": sorted(
                (hashes[a], s)
                for a, s in conn.execute(select(ArticleOutlet.article_id, ArticleOutlet.source))
            ),
            "persons": rows(
                select(
                    Person.id,
                    Person.name,
                    Person.latin,
                    Person.canonical_id,
                    Person.status,
                    Person.status_date,
                    Person.needs_review,
                    Person.withheld,
                )
            ),
            "aliases": rows(
                select(PersonName.person_id, PersonName.name, PersonName.latin, PersonName.origin)
            ),
            "mentions": sorted(
                (hashes[a], n, p, m, s)
                for a, n, p, m, s in conn.execute(
                    select(Mention.article_id, Mention.name, Mention.person_id, Mention.method, Mention.score)
                )
            ),
            "claims": sorted(
                (*row[:9], hashes.get(row.article_id), groups.get(row.group_event_id), *row[11:])
                for row in conn.execute(
                    select(
                        Claim.id,
                        Claim.person_id,
                        Claim.kind,
                        Claim.value,
                        Claim.term_months,
                        Claim.count,
                        Claim.date_text,
                        Claim.event_date,
                        Claim.effective_date,
                        Claim.article_id,
                        Claim.group_event_id,
                        Claim.evidence_start,
                        Claim.evidence_end,
                        Claim.evidence,
                        Claim.source,
                        Claim.origin,
                        Claim.extractor_version,
                        Claim.confidence,
                        Claim.state,
                    )
                )
            ),
            "group_events": sorted(groups.values(), key=str),
            "group_members": sorted(
                (
                    (groups[g], p)
                    for g, p in conn.execute(select(GroupMember.group_event_id, GroupMember.person_id))
                ),
                key=str,
            ),
            "judgements": rows(
                select(
                    Judgement.left_id,
                    Judgement.right_id,
                    Judgement.judgement,
                    Judgement.score,
                    Judgement.reasons,
                )
            ),
        }
