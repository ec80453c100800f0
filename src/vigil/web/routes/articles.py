"""Articles: the list, the annotated article page, and submitting a new article (editors)."""

from __future__ import annotations

import threading
from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Path, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, Response
from pydantic import BaseModel, Field, ValidationError

from vigil.errors import SourceError, VigilError
from vigil.registry import service
from vigil.registry.db import Database
from vigil.web import queries
from vigil.web.deps import CurrentAccount, DbDep, Editor
from vigil.web.paging import Limit, Offset, page
from vigil.web.render import render
from vigil.web.schemas import Annotation, ArticleDetail, ArticleSummary, IngestOut, Page

__all__ = ["router"]

router = APIRouter()
_extractor_lock = threading.Lock()
MAX_UPLOAD = 2_000_000
# a larger number overflows the database's 64-bit integer (a 500, not a 404)
ArticleId = Annotated[int, Path(ge=1, le=2**63 - 1)]


class TooLarge(VigilError):
    """A submitted body over the limit (answered with 413)."""

    status = 413


class ArticleIn(BaseModel):
    text: str = Field(min_length=1, max_length=MAX_UPLOAD)
    title: str | None = Field(default=None, max_length=1000)
    source: str | None = Field(default=None, max_length=1000)
    url: str | None = Field(default=None, max_length=2000)
    published: date | None = None


def _articles(request: Request, db: Database, limit: int, offset: int) -> Page[ArticleSummary]:
    with db.session() as session:
        items, total = queries.list_articles(
            session, limit=limit, offset=offset, redact=queries.public_redactor(session)
        )
    return page(request, items, limit=limit, offset=offset, total=total, more=offset + limit < total)


def _detail(db: Database, article_id: int) -> ArticleDetail:
    with db.session() as session:
        return queries.article_detail(session, article_id, redact=queries.public_redactor(session))


@router.get("/api/articles", tags=["articles"], response_model=Page[ArticleSummary])
def api_articles(request: Request, db: DbDep, limit: Limit = 50, offset: Offset = 0) -> Page[ArticleSummary]:
    """Stored stories, newest first (near-duplicate copies are listed on their story)."""
    return _articles(request, db, limit, offset)


@router.get("/api/articles/{article_id}", tags=["articles"], response_model=ArticleDetail)
def api_article(db: DbDep, article_id: ArticleId) -> ArticleDetail:
    """An article's cleaned text, with persons, events and quotes as character-offset annotations."""
    return _detail(db, article_id)


def _extractor(request: Request) -> Any:
    with _extractor_lock:
        if request.app.state.extractor is None:
            from vigil.extract import Extractor

            request.app.state.extractor = Extractor()
        return request.app.state.extractor


def _ingest(db: Database, extractor: Any, article: ArticleIn, user: str) -> IngestOut:
    from vigil.ingest.documents import make_document

    document = make_document(
        article.text,
        source=article.source or f"web:{user}",
        title=article.title,
        published=article.published,
        url=article.url,
    )
    languages = getattr(extractor, "languages", {"en": None})
    item = extractor.extract(document) if document.language in languages else document
    report = service.ingest_items(db, items=[item])
    result = report.items[0]
    if result.outcome == "failed":
        raise SourceError(result.reason or "could not read the article", source=result.source)
    return IngestOut(
        outcome=result.outcome,
        article_id=result.article_id,
        language=result.language,
        claims=report.claims,
        status_changes=[
            {"person_id": c.person_id, "old": c.old, "new": c.new} for c in report.status_changes
        ],
    )


async def _read_submission(request: Request) -> ArticleIn:
    content_type = request.headers.get("content-type", "")
    length = request.headers.get("content-length", "")
    if length.isdigit() and int(length) > 2 * MAX_UPLOAD:
        raise TooLarge(f"the body is larger than {2 * MAX_UPLOAD // 1_000_000} MB")
    try:
        if content_type.startswith("application/json"):
            return ArticleIn.model_validate(await request.json())
        if content_type.startswith(("multipart/form-data", "application/x-www-form-urlencoded")):
            form = await request.form()
            fields: dict[str, Any] = {k: v for k, v in form.items() if isinstance(v, str) and v != ""}
            upload = form.get("file")
            if upload is not None and not isinstance(upload, str):
                data = await upload.read(MAX_UPLOAD + 1)
                if len(data) > MAX_UPLOAD:
                    raise VigilError("the file is larger than 2 MB")
                from vigil.ingest.html import decode_html, extract_html, looks_like_html
                from vigil.ingest.read import decode

                name = upload.filename or "upload"
                if name.lower().endswith((".jsonl", ".ndjson", ".csv")):
                    raise SourceError("a corpus, not one article: ingest it with `vigil ingest`", source=name)
                if name.lower().endswith((".html", ".htm")) or looks_like_html(data):
                    page = extract_html(decode_html(data, source=name), source=name)  # text, not markup
                    fields["text"] = page.text
                    if page.title:
                        fields.setdefault("title", page.title[:1000])
                else:
                    fields["text"] = decode(data, source=name)
                fields.setdefault("source", f"upload:{upload.filename}")
            fields.pop("csrf", None)
            return ArticleIn.model_validate(fields)
    except ValidationError as exc:
        raise SourceError(
            "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
        ) from exc
    except ValueError as exc:
        raise VigilError(f"unreadable body: {exc}") from exc
    raise VigilError("send JSON {text, title?, published?} or a multipart form with `file` or `text`")


@router.post(
    "/api/articles",
    tags=["articles"],
    response_model=IngestOut,
    status_code=201,
    openapi_extra={
        "requestBody": {
            "content": {
                "application/json": {"schema": ArticleIn.model_json_schema()},
                "multipart/form-data": {
                    "schema": {
                        "type": "object",
                        "properties": {
                            "file": {"type": "string", "format": "binary"},
                            "text": {"type": "string"},
                            "title": {"type": "string"},
                            "published": {"type": "string", "format": "date"},
                        },
                    }
                },
            },
            "required": True,
        }
    },
)
async def api_add_article(request: Request, db: DbDep, editor: Editor) -> IngestOut:
    """Read, extract, link and store an article (JSON text or an uploaded file); editors only."""
    article = await _read_submission(request)
    extractor = await run_in_threadpool(_extractor, request)
    return await run_in_threadpool(_ingest, db, extractor, article, editor.name)


def segments(text: str, annotations: list[Annotation]) -> list[dict[str, Any]]:
    """The text cut at every annotation boundary; each piece lists the annotations covering it."""
    cuts = {0, len(text)}
    for a in annotations:
        cuts.update((max(0, min(a.start, len(text))), max(0, min(a.end, len(text)))))
    bounds = sorted(cuts)
    out: list[dict[str, Any]] = []
    opened: set[int] = set()
    for start, end in zip(bounds, bounds[1:], strict=False):
        if start == end:
            continue
        covering = [i for i, a in enumerate(annotations) if a.start <= start and end <= a.end]
        first = [i for i in covering if i not in opened]
        opened.update(first)
        out.append(
            {
                "text": text[start:end],
                "kinds": sorted({annotations[i].kind for i in covering}),
                "labels": [annotations[i].label for i in covering],
                "anchors": [annotations[i].claim_id for i in first if annotations[i].claim_id],
                "person": next(
                    (annotations[i].person_id for i in covering if annotations[i].kind == "person"), None
                ),
                "first": bool(first),
            }
        )
    return out


@router.get("/articles", response_class=HTMLResponse, include_in_schema=False)
def articles_html(
    request: Request, db: DbDep, account: CurrentAccount, limit: Limit = 50, offset: Offset = 0
) -> Response:
    result = _articles(request, db, limit, offset)
    return render(
        request,
        "articles.html",
        json_url=f"/api/articles?limit={limit}&offset={offset}",
        title="Articles",
        result=result,
    )


@router.get("/articles/{article_id}", response_class=HTMLResponse, include_in_schema=False)
def article_html(request: Request, db: DbDep, account: CurrentAccount, article_id: ArticleId) -> Response:
    detail = _detail(db, article_id)
    return render(
        request,
        "article.html",
        json_url=f"/api/articles/{article_id}",
        title=detail.title or f"Article {detail.id}",
        article=detail,
        segments=segments(detail.text, detail.annotations),
        paragraphs=None,
    )
