"""Reading a file into text, refusing what is not a readable article with a reason."""

from __future__ import annotations

from pathlib import Path

from vigil.errors import SourceError

# Far above any article, yet small enough that a wrong file is refused before it is cleaned for minutes.
MAX_BYTES = 16 * 1024 * 1024
_BINARY_MAGIC = (b"\x89PNG", b"PK\x03\x04", b"%PDF", b"\xff\xd8\xff", b"GIF8", b"\x1f\x8b", b"\x7fELF")


def decode(data: bytes, *, source: str) -> str:
    """Bytes to text: UTF-8 first, then a detected legacy encoding (cp1251 ...), else a SourceError."""
    if not data:
        raise SourceError("empty file", source=source)
    if not data.strip():
        raise SourceError("no text (only whitespace)", source=source)
    if data.startswith(_BINARY_MAGIC) or b"\x00" in data[:8192]:
        raise SourceError("binary file, not text", source=source)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    mostly = data.decode("utf-8", errors="replace")
    broken = mostly.count("\ufffd")
    if sum(ord(ch) > 0x7F for ch in mostly) - broken >= 2 * broken:  # UTF-8 with a few bad bytes
        return mostly.removeprefix("\ufeff")
    from charset_normalizer import from_bytes  # only for text that is not UTF-8

    best = from_bytes(data[:1_000_000]).best()
    if best is None or best.encoding is None:
        raise SourceError("cannot decode: not UTF-8 and no known encoding fits", source=source)
    try:
        return data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError) as exc:
        raise SourceError(f"cannot decode as {best.encoding}: {exc}", source=source) from exc


def read_text(path: Path) -> str:
    """The decoded text of one file."""
    source = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise SourceError(f"too large ({size:,} bytes; limit {MAX_BYTES:,})", source=source)
        data = path.read_bytes()
    except OSError as exc:
        raise SourceError(f"cannot read: {exc.strerror or exc}", source=source) from exc
    text = decode(data, source=source)
    if not text.strip():
        raise SourceError("no text (only whitespace)", source=source)
    return text


def expand_paths(paths: list[Path], *, suffixes: tuple[str, ...] = (".txt",)) -> list[Path]:
    """Files as given, and folders searched recursively for files with `suffixes`."""
    out: list[Path] = []
    for path in paths:
        if path.is_dir():
            out.extend(sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in suffixes))
        else:
            out.append(path)
    return out
