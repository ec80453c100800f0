"""Rendering a page context as HTML, with its JSON twin linked in a header and in the page."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader
from markupsafe import Markup, escape

from vigil.registry.views import format_date
from vigil.web.queries import BLANK

__all__ = ["render", "templates"]

TEMPLATES = Path(__file__).parent / "templates"

_BLANKS = re.compile(f"{BLANK}+")

EVENT_WORDS = {
    "arrest": "arrested",
    "sentence": "sentenced",
    "release": "released",
    "deportation": "deported",
    "death": "died",
}
STATUS_WORDS = {
    "held": "Held",
    "released": "Released",
    "exiled": "Exiled",
    "died_in_custody": "Died in custody",
    "unknown": "Unknown",
}


def day(value: date | str | None, precision: str | None = None) -> str:
    """Unambiguous dates as precise as their source: 13 Dec 2025, March 2022, 2021."""
    if value is None or value == "":
        return "undated"
    if isinstance(value, str):
        value = date.fromisoformat(value)
    return format_date(value, precision)


def month(value: str) -> str:
    """`2025-12` as Dec 2025."""
    return date.fromisoformat(value + "-01").strftime("%b %Y")


def number(value: int | None) -> str:
    return "—" if value is None else f"{value:,}"


def redacted(value: str | None) -> Markup:
    """Escape text, then show each blanked (withheld) name as a labelled placeholder."""
    if not value:
        return Markup("")
    return Markup(_BLANKS.sub('<span class="withheld">[name withheld]</span>', str(escape(value))))


def source_name(value: str | None) -> str:
    """A local file's name without the server's folders; addresses and other sources as they are."""
    if not value:
        return ""
    if value.startswith("/") or re.match(r"^[A-Za-z]:\\", value):
        return value.replace("\\", "/").rsplit("/", 1)[-1]
    return value


def _environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES), autoescape=True, trim_blocks=True, lstrip_blocks=True
    )
    env.filters.update(day=day, month=month, number=number, redacted=redacted, source_name=source_name)
    env.globals["blanked"] = lambda value: BLANK in (value or "")
    env.globals["status_word"] = lambda s: STATUS_WORDS.get(s, s)
    env.globals["event_word"] = lambda s: EVENT_WORDS.get(s, s)
    return env


templates = Jinja2Templates(env=_environment())


def render(
    request: Request,
    template: str,
    *,
    json_url: str | None,
    title: str,
    status_code: int = 200,
    **context: Any,
) -> HTMLResponse:
    """A page from `template`; `json_url` is the page's JSON twin (Link header and <link>)."""
    account = getattr(request.state, "account", None)
    response = templates.TemplateResponse(
        request,
        template,
        {"title": title, "json_url": json_url, "account": account, **context},
        status_code=status_code,
    )
    if json_url:
        response.headers["Link"] = f'<{json_url}>; rel="alternate"; type="application/json"'
    return response
