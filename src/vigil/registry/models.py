"""The registry's tables (SQLAlchemy 2 typed ORM); migrations in `migrations/` create them.

Claims are the facts; a person's `status` column is only a cache of what `status.derive`
computes from the person's accepted claims, refreshed whenever they change.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

__all__ = [
    "Article",
    "ArticleOutlet",
    "Audit",
    "Base",
    "Claim",
    "GroupEvent",
    "GroupMember",
    "Judgement",
    "Mention",
    "MonthlyCount",
    "Person",
    "PersonKey",
    "PersonName",
    "PersonWord",
    "StatusCount",
    "StatusDelta",
    "StatusInterval",
]


class Base(DeclarativeBase):
    pass


class Article(Base):
    """One story, identified by the hash of its cleaned text; copies point at their canonical story."""

    __tablename__ = "articles"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source: Mapped[str] = mapped_column(String(1000))
    url: Mapped[str | None] = mapped_column(String(2000))
    title: Mapped[str | None] = mapped_column(String(1000))
    published: Mapped[date | None] = mapped_column(Date)
    text_hash: Mapped[str] = mapped_column(String(64), unique=True)
    language: Mapped[str | None] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(Text)
    minhash: Mapped[bytes | None] = mapped_column(LargeBinary)
    canonical_id: Mapped[int | None] = mapped_column(ForeignKey("articles.id"), index=True)
    extractor_version: Mapped[str | None] = mapped_column(String(64))
    duplicates_removed: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class ArticleOutlet(Base):
    """Where a story was carried: its own source and every near-duplicate copy of it."""

    __tablename__ = "article_outlets"
    __table_args__ = (UniqueConstraint("article_id", "source"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    outlet: Mapped[str | None] = mapped_column(String(300))
    source: Mapped[str] = mapped_column(String(1000))
    url: Mapped[str | None] = mapped_column(String(2000))


class Person(Base):
    """A registry record; records merged by editors share one `canonical_id` (the one shown)."""

    __tablename__ = "persons"
    # covers the counts by status of canonical records without reading the table
    __table_args__ = (Index("ix_persons_status_cover", "status", "withheld", "canonical_id", "id"),)

    id: Mapped[str] = mapped_column(String(24), primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    latin: Mapped[str] = mapped_column(String(300), index=True)
    withheld: Mapped[bool] = mapped_column(Boolean, default=False)
    canonical_id: Mapped[str] = mapped_column(String(24), index=True)
    status: Mapped[str] = mapped_column(String(24), default="unknown")
    status_date: Mapped[date | None] = mapped_column(Date)
    status_precision: Mapped[str | None] = mapped_column(String(8))  # of status_date: day … year
    needs_review: Mapped[bool] = mapped_column(Boolean, default=False, index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class PersonName(Base):
    """A spelling of a person's name in any script, with where it came from."""

    __tablename__ = "person_names"
    __table_args__ = (UniqueConstraint("person_id", "name"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("persons.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(300))
    latin: Mapped[str] = mapped_column(String(300), index=True)
    origin: Mapped[str] = mapped_column(String(24))


class PersonKey(Base):
    """Blocking keys from `names.name_keys`: the candidate lookup for linking and search."""

    __tablename__ = "person_keys"

    key: Mapped[str] = mapped_column(String(300), primary_key=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("persons.id", ondelete="CASCADE"), primary_key=True)


class PersonWord(Base):
    """Each word of each spelling's Latin form: `people --search` matches word prefixes here."""

    __tablename__ = "person_words"

    word: Mapped[str] = mapped_column(String(100), primary_key=True)
    person_id: Mapped[str] = mapped_column(
        ForeignKey("persons.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class Mention(Base):
    """How one article's person was linked to a record; kept so re-extraction links the same way."""

    __tablename__ = "mentions"
    __table_args__ = (UniqueConstraint("article_id", "name"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(300))
    person_id: Mapped[str] = mapped_column(ForeignKey("persons.id"), index=True)
    method: Mapped[str] = mapped_column(String(16))
    score: Mapped[float | None] = mapped_column(Float)


class GroupEvent(Base):
    """A counted group event ("123 released"), with the members the article names."""

    __tablename__ = "group_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    type: Mapped[str] = mapped_column(String(24))
    count: Mapped[int] = mapped_column(Integer)
    event_date: Mapped[date | None] = mapped_column(Date)
    effective_date: Mapped[date | None] = mapped_column(Date, index=True)
    date_precision: Mapped[str | None] = mapped_column(String(8))
    evidence_start: Mapped[int | None] = mapped_column(Integer)
    evidence_end: Mapped[int | None] = mapped_column(Integer)
    evidence: Mapped[str | None] = mapped_column(Text)
    extractor_version: Mapped[str | None] = mapped_column(String(64))


class GroupMember(Base):
    __tablename__ = "group_members"

    group_event_id: Mapped[int] = mapped_column(
        ForeignKey("group_events.id", ondelete="CASCADE"), primary_key=True
    )
    person_id: Mapped[str] = mapped_column(ForeignKey("persons.id"), primary_key=True, index=True)


class Claim(Base):
    """One fact from one source about one person record, with its provenance and review state.

    `id` hashes the content (article, name, kind, values, span), so re-ingesting is harmless.
    """

    __tablename__ = "claims"
    __table_args__ = (
        Index("ix_claims_person_kind", "person_id", "kind"),
        Index("ix_claims_state", "state", "kind"),
        Index("ix_claims_effective", "effective_date", "kind"),
        # covers the per-month counts of accepted arrests and releases
        Index("ix_claims_monthly", "kind", "state", "effective_date"),
        # covers the persons of the part of a month before an "as of" date
        Index("ix_claims_month_persons", "kind", "state", "effective_date", "person_id"),
    )

    id: Mapped[str] = mapped_column(String(24), primary_key=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("persons.id"))
    kind: Mapped[str] = mapped_column(String(24))
    value: Mapped[str | None] = mapped_column(Text)
    term_months: Mapped[int | None] = mapped_column(Integer)
    count: Mapped[int | None] = mapped_column(Integer)
    date_text: Mapped[str | None] = mapped_column(String(32))
    event_date: Mapped[date | None] = mapped_column(Date)
    # the first day of the period the date names, and how long it is: day, week, month or year
    effective_date: Mapped[date | None] = mapped_column(Date)
    date_precision: Mapped[str | None] = mapped_column(String(8))
    # told in passing ("who had been detained"); undated, it is only known to precede the article
    background: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    article_id: Mapped[int | None] = mapped_column(ForeignKey("articles.id"), index=True)
    group_event_id: Mapped[int | None] = mapped_column(ForeignKey("group_events.id", ondelete="SET NULL"))
    evidence_start: Mapped[int | None] = mapped_column(Integer)
    evidence_end: Mapped[int | None] = mapped_column(Integer)
    evidence: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str] = mapped_column(String(1000))
    origin: Mapped[str] = mapped_column(String(16))
    extractor_version: Mapped[str | None] = mapped_column(String(64))
    confidence: Mapped[float | None] = mapped_column(Float)
    state: Mapped[str] = mapped_column(String(16))
    reviewer: Mapped[str | None] = mapped_column(String(100))
    note: Mapped[str | None] = mapped_column(Text)
    reviewed_at: Mapped[datetime | None] = mapped_column(DateTime)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class Judgement(Base):
    """A decision (or the machine's suggestion) that two records are or are not one person.

    Nomenklatura style: `suggested` edges come from matching with a score and reasons; editors
    add `positive`/`negative` ones; a replaced edge gets `deleted_at`, it is never removed.
    """

    __tablename__ = "judgements"
    __table_args__ = (Index("ix_judgements_pair", "left_id", "right_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    left_id: Mapped[str] = mapped_column(ForeignKey("persons.id"), index=True)
    right_id: Mapped[str] = mapped_column(ForeignKey("persons.id"), index=True)
    judgement: Mapped[str] = mapped_column(String(16), index=True)
    score: Mapped[float | None] = mapped_column(Float)
    reasons: Mapped[str | None] = mapped_column(Text)
    user: Mapped[str] = mapped_column(String(100))
    note: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime)


class StatusCount(Base):
    """Canonical persons per status and withheld flag; kept by triggers on `persons`
    (migration 0005) so that `stats` and the dashboard need not scan every person."""

    __tablename__ = "status_counts"

    status: Mapped[str] = mapped_column(String(24), primary_key=True)
    withheld: Mapped[bool] = mapped_column(Boolean, primary_key=True)
    n: Mapped[int] = mapped_column(Integer)


class StatusInterval(Base):
    """A canonical person's status from `valid_from` until `valid_to` (exclusive), rewritten
    whenever their status is re-derived, so that counts as of a date are one indexed query
    (`status.history` computes them). Open ends are `date.min` (as far back as known) and
    `date.max` (still)."""

    __tablename__ = "status_intervals"
    __table_args__ = (Index("ix_status_intervals_asof", "valid_from", "valid_to", "status"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("persons.id", ondelete="CASCADE"), index=True)
    status: Mapped[str] = mapped_column(String(24))
    valid_from: Mapped[date] = mapped_column(Date)
    valid_to: Mapped[date] = mapped_column(Date)
    claim_id: Mapped[str | None] = mapped_column(String(24))


class StatusDelta(Base):
    """Per day and status, status intervals beginning there (+1) and ending there (-1); kept by
    triggers on `status_intervals` (migration 0101_dates), so that the counts as of a day are
    the sums up to it."""

    __tablename__ = "status_deltas"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    status: Mapped[str] = mapped_column(String(24), primary_key=True)
    n: Mapped[int] = mapped_column(Integer)


class MonthlyCount(Base):
    """Persons with an accepted arrest or release claim per month; kept by triggers on `claims`
    (migration 0004) so that `stats` need not scan every claim."""

    __tablename__ = "monthly_counts"

    kind: Mapped[str] = mapped_column(String(24), primary_key=True)
    month: Mapped[str] = mapped_column(String(7), primary_key=True)
    n: Mapped[int] = mapped_column(Integer)


class Audit(Base):
    """Every change, who made it and when: ingest, review, merge, split, import."""

    __tablename__ = "audit"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, index=True)
    user: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(32))
    target: Mapped[str | None] = mapped_column(String(100))
    detail: Mapped[str | None] = mapped_column(Text)
