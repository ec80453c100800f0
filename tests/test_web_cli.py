"""`vigil user add`, `vigil token create` and `vigil serve` through the real CLI."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from vigil.cli import app
from vigil.cli.serve import _secure
from vigil.registry.db import open_database
from vigil.web import create_app


def test_user_add_and_token_create_give_a_working_token(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'cli.sqlite'}"
    runner = CliRunner()
    env = {"VIGIL_DATABASE_URL": url}
    added = runner.invoke(
        app, ["user", "add", "ana", "--role", "editor", "--password-stdin"], input="s3cret-pass\n", env=env
    )
    assert added.exit_code == 0, added.output
    again = runner.invoke(app, ["user", "add", "ana", "--password-stdin"], input="s3cret-pass\n", env=env)
    assert again.exit_code == 1 and "exists" in again.output
    short = runner.invoke(app, ["user", "add", "bo", "--password-stdin"], input="short\n", env=env)
    assert short.exit_code == 1 and "8 characters" in short.output
    role = runner.invoke(
        app, ["user", "add", "cy", "--role", "root", "--password-stdin"], input="long-enough\n", env=env
    )
    assert role.exit_code == 1 and "unknown role" in role.output
    created = runner.invoke(app, ["token", "create", "ana"], env=env)
    assert created.exit_code == 0, created.output
    token = created.output.strip().splitlines()[-1]
    assert token.startswith("vgt_")
    assert runner.invoke(app, ["token", "create", "nobody"], env=env).exit_code == 1

    db = open_database(url)
    try:
        client = TestClient(create_app(db))
        me = client.get("/api/me", headers={"Authorization": f"Bearer {token}"}).json()
        assert me == {"name": "ana", "role": "editor", "csrf": None}
        with db.engine.connect() as conn:
            stored = conn.exec_driver_sql("SELECT password_hash FROM users").scalar_one()
            hashes = conn.exec_driver_sql("SELECT token_hash FROM api_tokens").scalars().all()
        assert stored.startswith("$argon2") and token not in hashes
        revoked = runner.invoke(app, ["token", "revoke", "ana"], env=env)
        assert revoked.exit_code == 0 and "revoked 1 token" in revoked.output
        assert client.get("/api/me", headers={"Authorization": f"Bearer {token}"}).status_code == 401
    finally:
        db.close()


def test_serve_help_and_cookie_default(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv("VIGIL_SECURE_COOKIES", raising=False)
    result = CliRunner().invoke(app, ["serve", "--help"])
    assert result.exit_code == 0 and "--port" in result.output and "--host" in result.output
    assert _secure("0.0.0.0", None) is True
    assert _secure("127.0.0.1", None) is False
    assert _secure("127.0.0.1", True) is True


@pytest.mark.parametrize("workers", [1, 2])
def test_vigil_serve_answers_over_http(demo_registry, tmp_path: Path, workers: int) -> None:  # type: ignore[no-untyped-def]
    """The real command in a subprocess, on a copy of the demo registry."""
    import os
    import shutil
    import socket
    import subprocess
    import sys
    import time

    import httpx

    path = tmp_path / "serve.sqlite"
    shutil.copy(demo_registry.path, path)
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    env = {**os.environ, "VIGIL_DATABASE_URL": f"sqlite:///{path}"}
    server = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "from vigil.cli import main; main()",
            "serve",
            "--port",
            str(port),
            "--workers",
            str(workers),
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 120  # two workers start in ~5 s idle, ~25 s on a loaded machine
        while True:
            try:
                response = httpx.get(f"{base}/", timeout=5)
                break
            except httpx.TransportError:
                assert server.poll() is None and time.monotonic() < deadline, "vigil serve did not start"
                time.sleep(0.2)
        assert response.status_code == 200
        for name in ("Maria Kolesnikova", "Viktor Babaryka", "Ales Bialiatski"):
            assert name in response.text
        refused = httpx.post(f"{base}/api/claims/cl-0000000000000000/accept", json={}, timeout=5)
        assert refused.status_code == 401
        login = httpx.get(f"{base}/login", timeout=5)
        assert "secure" not in login.headers["set-cookie"].lower()  # plain http on the loopback address
    finally:
        server.terminate()
        server.wait(timeout=60)  # a loaded machine takes a while to stop two workers


def test_settings_come_from_the_environment_and_are_documented(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from vigil.web.deps import WebSettings

    docs = (Path(__file__).resolve().parents[1] / "docs" / "web.md").read_text()
    for variable in WebSettings.ENV:
        assert f"`{variable}`" in docs, variable
    monkeypatch.setenv("VIGIL_SESSION_HOURS", "2")
    monkeypatch.setenv("VIGIL_SECURE_COOKIES", "0")
    monkeypatch.setenv("VIGIL_LOGIN_DELAY", "0.5")
    settings = WebSettings.from_env(max_login_failures=9)
    assert (settings.session_hours, settings.secure_cookies, settings.failure_delay) == (2, False, 0.5)
    assert settings.max_login_failures == 9 and settings.lockout_minutes == 15
