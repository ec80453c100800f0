"""Pagination shared by every list: `limit`/`offset` query parameters and the `next` link."""

from __future__ import annotations

from typing import Annotated, TypeVar

from fastapi import Query, Request

from vigil.web.schemas import Page

__all__ = ["Limit", "Offset", "page"]

T = TypeVar("T")

Limit = Annotated[int, Query(ge=1, le=500, description="How many items (1–500).")]
Offset = Annotated[int, Query(ge=0, le=10_000_000, description="How many items to skip.")]


def page(
    request: Request, items: list[T], *, limit: int, offset: int, total: int | None, more: bool
) -> Page[T]:
    """A `Page`; `more` says whether items follow (so `next` needs no count)."""
    base = str(request.base_url).rstrip("/")

    def at(start: int) -> str:
        return str(request.url.include_query_params(limit=limit, offset=start)).removeprefix(base)

    return Page[T](
        items=items,
        limit=limit,
        offset=offset,
        total=total,
        next=at(offset + limit) if more else None,
        previous=at(max(0, offset - limit)) if offset > 0 else None,
    )
