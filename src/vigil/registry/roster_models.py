"""The rosters editors upload to `/reconcile`, kept in the registry rather than in a server
process, so that every worker of a web server (and a restarted one) compares the same roster."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from vigil.registry.models import Base

__all__ = ["StoredRoster"]


class StoredRoster(Base):
    """One uploaded roster: the file as sent, its column mapping, who sent it and when."""

    __tablename__ = "rosters"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    data: Mapped[bytes] = mapped_column(LargeBinary)
    columns: Mapped[str] = mapped_column(String(2000))
    uploaded_by: Mapped[str] = mapped_column(String(100))
    uploaded_at: Mapped[datetime] = mapped_column(DateTime)
