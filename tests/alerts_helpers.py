"""A real webhook receiver on 127.0.0.1: records every POST, answers from a script of statuses."""

from __future__ import annotations

import hashlib
import hmac
import json
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

__all__ = ["Posted", "Receiver", "running_receiver", "signature_ok"]


@dataclass
class Posted:
    at: float
    headers: dict[str, str]
    body: bytes

    @property
    def json(self) -> Any:
        return json.loads(self.body)


class Receiver:
    """Answers the statuses in `script` in turn (then 200 for ever), and records each POST."""

    def __init__(self) -> None:
        self.script: list[int] = []
        self.posts: list[Posted] = []
        self.lock = threading.Lock()
        receiver = self

        class _Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_POST(self) -> None:  # noqa: N802 - http.server's naming
                body = self.rfile.read(int(self.headers.get("content-length", "0")))
                with receiver.lock:
                    receiver.posts.append(
                        Posted(time.monotonic(), {k.lower(): v for k, v in self.headers.items()}, body)
                    )
                    status = receiver.script.pop(0) if receiver.script else 200
                self.send_response(status)
                self.send_header("Content-Length", "2")
                self.end_headers()
                self.wfile.write(b"ok")

            def log_message(self, *args: object) -> None:
                pass

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self._httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._httpd.server_address[1]}/hook"
        self._thread = threading.Thread(target=self._httpd.serve_forever, args=(0.02,), daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()

    def wait_for(self, count: int, timeout: float = 15.0) -> list[Posted]:
        deadline = time.monotonic() + timeout
        while len(self.posts) < count and time.monotonic() < deadline:
            time.sleep(0.05)
        return list(self.posts)


def running_receiver() -> Iterator[Receiver]:
    """A started receiver, stopped afterwards (test modules wrap it in a fixture)."""
    server = Receiver()
    server.start()
    try:
        yield server
    finally:
        server.stop()


def signature_ok(secret: str, posted: Posted, *, tolerance: int = 300) -> bool:
    """The receiver's side, written from the documented rule rather than Vigil's own `verify`:
    HMAC-SHA256 of "{timestamp}." + body, hex, after `sha256=`; a fresh timestamp."""
    timestamp = posted.headers["x-vigil-timestamp"]
    expected = hmac.new(secret.encode(), f"{timestamp}.".encode() + posted.body, hashlib.sha256).hexdigest()
    fresh = abs(time.time() - int(timestamp)) <= tolerance
    return fresh and hmac.compare_digest(posted.headers["x-vigil-signature"], f"sha256={expected}")
