"""One error tree for Vigil; each error carries the HTTP status the web layer answers with.

VigilError
 ├── SourceError      (an input that cannot be read: empty, binary, undecodable ...)
 │    └── UnsupportedLanguage
 ├── NotFound
 ├── Conflict
 └── Forbidden
"""

from __future__ import annotations


class VigilError(Exception):
    status: int = 400

    def __init__(self, message: str, *, source: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.source = source

    def __str__(self) -> str:
        return f"{self.source}: {self.message}" if self.source else self.message


class SourceError(VigilError):
    """An input that cannot be turned into a document."""

    status = 422


class UnsupportedLanguage(SourceError):
    """A readable document in a language Vigil does not extract yet."""

    def __init__(self, language: str, *, source: str | None = None) -> None:
        super().__init__(f"not yet extracted: {language}", source=source)
        self.language = language


class NotFound(VigilError):
    status = 404


class Conflict(VigilError):
    status = 409


class Forbidden(VigilError):
    status = 403
