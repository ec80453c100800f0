"""Storing an article and what was extracted from it, inside the caller's transaction.

An article's identity is the SHA-256 of its cleaned text. A newer extractor replaces the
article's machine claims; claims an editor decided stay, and so do its mention links.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import bindparam, delete, select
from sqlalchemy.orm import Session

from vigil.model import Document, Extraction, precision_of, text_hash
from vigil.registry import claims as claimlib
from vigil.registry import linking
from vigil.registry.models import Article, ArticleOutlet, Audit, Claim, GroupEvent, GroupMember
from vigil.registry.settings import Settings
from vigil.registry.status import STATUS_KINDS

__all__ = ["Stored", "add_outlet", "find_article", "store_document", "store_extraction", "text_hash"]


@dataclass
class Stored:
    """What storing one article did."""

    article_id: int
    persons_new: int = 0
    persons_linked: int = 0
    claims: int = 0
    suggestions: int = 0
    touched: set[str] = field(default_factory=set)


_BY_HASH = select(Article).where(Article.text_hash == bindparam("digest"))


def find_article(session: Session, digest: str) -> Article | None:
    return session.scalar(_BY_HASH, {"digest": digest})


def add_outlet(session: Session, article: Article, document: Document) -> bool:
    """Note that `document` carried `article`; False when that source was already known."""
    target = article.canonical_id or article.id
    known = session.scalar(
        select(ArticleOutlet.id).where(
            ArticleOutlet.article_id == target, ArticleOutlet.source == document.source
        )
    )
    if known is not None:
        return False
    session.add(
        ArticleOutlet(article_id=target, outlet=document.outlet, source=document.source, url=document.url)
    )
    session.flush()
    return True


def store_document(
    session: Session,
    document: Document,
    *,
    now: datetime,
    minhash: bytes | None = None,
    canonical_id: int | None = None,
    extractor_version: str | None = None,
) -> Article:
    """A new article row, and its outlet (on the canonical story for a copy); `extractor_version`
    when its extraction is stored in the same transaction."""
    article = Article(
        source=document.source,
        url=document.url,
        title=document.title,
        published=document.published,
        text_hash=text_hash(document.text),
        language=document.language,
        text=document.text,
        minhash=minhash,
        canonical_id=canonical_id,
        extractor_version=extractor_version,
        duplicates_removed=document.duplicates_removed,
        created_at=now,
    )
    session.add(article)
    session.flush()
    if canonical_id is None:  # a new story has no outlet yet: nothing to look up
        session.add(
            ArticleOutlet(
                article_id=article.id, outlet=document.outlet, source=document.source, url=document.url
            )
        )
    else:
        add_outlet(session, article, document)
    session.add(
        Audit(
            at=now,
            user="vigil",
            action="article.copy" if canonical_id else "article.add",
            target=str(article.id),
            detail=json.dumps({"source": document.source, "canonical_id": canonical_id}),
        )
    )
    return article


def _effective(
    event_date: date | None, precision: str | None, background: bool, article: Article
) -> tuple[date | None, str | None]:
    """The date a claim takes effect, and its precision: its own, else the article's, except for
    background, which is only known to be older than the article (so stays undated)."""
    if event_date is not None:
        return event_date, precision or "day"
    if background or article.published is None:
        return None, None
    return article.published, "day"


def store_extraction(
    session: Session,
    article: Article,
    extraction: Extraction,
    *,
    settings: Settings,
    now: datetime,
    new: bool = False,
) -> Stored:
    """Link the extraction's persons and store its claims and group events for `article`
    (`new`: stored in this transaction, so nothing of it is in the registry yet)."""
    stored = Stored(article.id)
    if not new and article.extractor_version is not None:
        replaced = (
            Claim.article_id == article.id,
            Claim.origin.in_(("machine", *claimlib.LEARNED_ORIGINS)),
            Claim.reviewer.is_(None),
        )
        # persons losing claims need their status re-derived even if the new extraction omits them
        stored.touched.update(session.scalars(select(Claim.person_id).where(*replaced).distinct()))
        session.execute(delete(Claim).where(*replaced))
        groups = select(GroupEvent.id).where(GroupEvent.article_id == article.id)
        session.execute(delete(GroupMember).where(GroupMember.group_event_id.in_(groups)))
        session.execute(delete(GroupEvent).where(GroupEvent.article_id == article.id))
    decided = (
        []
        if new
        else session.execute(
            select(Claim.id, Claim.person_id, Claim.kind, Claim.date_text, Claim.term_months).where(
                Claim.article_id == article.id
            )
        ).all()
    )
    kept_ids = {row[0] for row in decided}
    kept_keys = {tuple(row[1:]) for row in decided}

    drafts = claimlib.drafts(extraction, article_key=article.text_hash)
    # a suggested event, or one the learned model stated, alone makes no new person: it only joins
    # a record that exists or is made
    with_events = {d.name for d in drafts if d.kind in STATUS_KINDS and not d.learned}
    person_of: dict[str, str] = {}
    linker = linking.ArticleLinker(
        session, article_id=article.id, mentioned=[m.name for m in extraction.persons], new_article=new
    )
    linker.expect(f"{article.text_hash}:{name}" for name in with_events)
    for mention in extraction.persons:
        if mention.name in person_of:
            continue
        # Persons the article tells no event about (officials, bylines) only join existing records.
        link = linker.link(
            name=mention.name,
            seed=f"{article.text_hash}:{mention.name}",
            now=now,
            create=mention.name in with_events,
        )
        if link is None:
            continue
        person_of[mention.name] = link.person_id
        stored.persons_new += link.created
        stored.persons_linked += not link.created
        stored.suggestions += len(link.suggested)
        stored.touched.add(link.person_id)
    linker.finish()

    groups: dict[int, GroupEvent] = {}
    for index, event in enumerate(extraction.events):
        if event.count is None:
            continue
        when = claimlib.parse_date(event.date)
        effective, precision = _effective(
            when, event.date_precision or precision_of(event.date), event.background, article
        )
        start, end = event.evidence
        group = GroupEvent(
            article_id=article.id,
            type=event.type,
            count=event.count,
            event_date=when,
            effective_date=effective,
            date_precision=precision,
            evidence_start=start,
            evidence_end=end,
            evidence=article.text[start:end],
            extractor_version=extraction.extractor_version,
        )
        session.add(group)
        groups[index] = group
    if groups:
        session.flush()  # their IDs, for members and claims
    for index, group in groups.items():
        member_ids = {
            person_of[p.name]
            for pid in extraction.events[index].persons
            if (p := extraction.person(pid)) is not None and p.name in person_of
        }
        session.add_all(GroupMember(group_event_id=group.id, person_id=m) for m in sorted(member_ids))
    group_ids = {index: group.id for index, group in groups.items()}

    claims: list[dict[str, Any]] = []
    for draft in drafts:
        person_id = person_of.get(draft.name)
        if person_id is None or draft.id in kept_ids:
            continue
        if (person_id, draft.kind, draft.date_text, draft.term_months) in kept_keys:
            continue
        when = claimlib.parse_date(draft.date_text)
        effective, precision = _effective(when, draft.date_precision, draft.background, article)
        start, end = draft.evidence or (None, None)
        if draft.learned:
            state = "proposed"  # a learned model's: always an editor's to weigh (no auto-accept)
        elif draft.kind in STATUS_KINDS:
            state = settings.machine_state(draft.kind, draft.confidence)
        else:
            state = "accepted"
        claims.append(
            {
                "id": draft.id,
                "person_id": person_id,
                "kind": draft.kind,
                "value": draft.value,
                "term_months": draft.term_months,
                "count": draft.count,
                "date_text": draft.date_text,
                "event_date": when,
                "effective_date": effective,
                "date_precision": precision,
                "background": draft.background,
                "article_id": article.id,
                "group_event_id": group_ids.get(draft.group) if draft.group is not None else None,
                "evidence_start": start,
                "evidence_end": end,
                "evidence": article.text[start:end] if start is not None and end is not None else None,
                "source": article.source,
                "origin": draft.origin,
                "extractor_version": extraction.extractor_version,
                "confidence": draft.confidence,
                "state": state,
                "created_at": now,
            }
        )
        kept_ids.add(draft.id)
        stored.claims += 1
    if claims:  # one statement for all (the records they name are inserted)
        session.connection().execute(Claim.__table__.insert(), claims)
    article.extractor_version = extraction.extractor_version
    session.add(
        Audit(
            at=now,
            user="vigil",
            action="article.extract",
            target=str(article.id),
            detail=json.dumps(
                {
                    "extractor_version": extraction.extractor_version,
                    "claims": stored.claims,
                    "persons_new": stored.persons_new,
                }
            ),
        )
    )
    session.flush()
    return stored
