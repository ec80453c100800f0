"""A test corpus for the scale tests: a generated country's news (benchmarks/make_corpus.py:
distinct articles, wire copies, bad files), real dev articles from the shared corpus, exact
copies under other names, and a JSONL and a CSV corpus each with a bad record."""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

from benchmarks.make_corpus import make_corpus, write_corpus
from sqlalchemy import select

from tests.fixtures.extraction import SHARED
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
    StatusInterval,
)

CORPUS = SHARED / "corpus"


def build(folder: Path, *, articles: int = 230) -> int:
    """Write the corpus into `folder`; the number of distinct articles it holds."""
    country = make_corpus(prisoners=90, articles=articles, seed=5)
    write_corpus(country, folder / "generated", format="txt")
    distinct = sum(a.copy_of is None for a in country.articles)
    real = sorted((CORPUS / "dev").glob("*.txt"))[:10]
    for path in real:
        shutil.copy(path, folder / path.name)
    distinct += len(real)
    for path in sorted((folder / "generated" / "articles").glob("*.txt"))[5:8]:
        shutil.copy(path, folder / f"again-{path.name}")
    more = [
        a
        for a in make_corpus(prisoners=30, articles=24, seed=6, copies=0, bad=0).articles
        if a.language == "en"
    ]
    with (folder / "corpus.jsonl").open("w", encoding="utf-8") as out:
        for n, article in enumerate(more[:8]):
            out.write(json.dumps({"text": article.text, "published": article.published.isoformat()}) + "\n")
            if n == 3:
                out.write("{not json\n")
    with (folder / "corpus.csv").open("w", encoding="utf-8", newline="") as out:
        writer = csv.DictWriter(out, ["title", "text", "published"])
        writer.writeheader()
        for article in more[8:16]:
            writer.writerow({"title": "", "text": article.text, "published": article.published.isoformat()})
        writer.writerow({"title": "no text", "text": "", "published": "2025-07-02"})
    distinct += len(more[:16])
    (folder / "blank.txt").write_text("   \n\n  ")
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
                    Person.status_precision,
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
                        Claim.date_precision,
                        Claim.background,
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
            "status_intervals": rows(
                select(
                    StatusInterval.person_id,
                    StatusInterval.status,
                    StatusInterval.valid_from,
                    StatusInterval.valid_to,
                    StatusInterval.claim_id,
                )
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
