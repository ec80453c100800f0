"""`vigil watch`: new entries only, conditional requests, broken feeds, retries, saved state."""

from __future__ import annotations

import json
import logging
from contextlib import contextmanager
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.fixtures.extraction import SAMPLE, SEED
from tests.fixtures.http_server import LocalServer, Reply
from vigil.cli import watch as watch_cli
from vigil.cli.app import app
from vigil.ingest.feeds import MAX_ATTEMPTS, Watcher, WatchState, parse_interval
from vigil.ingest.fetch import Fetcher
from vigil.model import Document

BODY = (
    "Belarusian authorities released the journalist {name} from a colony in Navapolatsk on Friday, "
    "after {years} years in prison, her colleagues at the Viasna human rights centre said. "
) * 10


def entry(key: str, name: str, link: str | None = None) -> str:
    content = (
        ""
        if link
        else f"<content:encoded><![CDATA[<p>{BODY.format(name=name, years=3)}</p>]]></content:encoded>"
    )
    link_tag = f"<link>{link}</link>" if link else ""
    return (
        f"<item><guid isPermaLink='false'>{key}</guid><title>{name} freed</title>{link_tag}"
        f"<pubDate>Fri, 20 Jun 2025 10:00:00 GMT</pubDate>{content}</item>"
    )


def rss(*entries: str) -> bytes:
    return (
        '<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">'
        f"<channel><title>Monitor</title>{''.join(entries)}</channel></rss>"
    ).encode()


class Feed:
    """A feed resource that changes between polls and honours If-None-Match."""

    def __init__(self, *entries: str) -> None:
        self.set(*entries)

    def set(self, *entries: str) -> None:
        self.body = rss(*entries)
        self.etag = f'"{len(entries)}-{hash(self.body) & 0xFFFF}"'

    def __call__(self, request) -> Reply:
        if request.headers.get("if-none-match") == self.etag:
            return Reply(status=304, headers={"ETag": self.etag})
        return Reply(self.body, headers={"Content-Type": "application/rss+xml", "ETag": self.etag})


class Sink:
    def __init__(self) -> None:
        self.batches: list[list[Document]] = []
        self.fail = False

    def __call__(self, documents: list[Document]) -> None:
        if self.fail:
            raise RuntimeError("registry is locked")
        self.batches.append(documents)

    @property
    def titles(self) -> list[list[str | None]]:
        return [[d.title for d in batch] for batch in self.batches]


@pytest.fixture
def fetcher():
    with Fetcher(allow=["127.0.0.1/32"], timeout=2.0) as f:
        yield f


def make_watcher(tmp_path: Path, fetcher: Fetcher, sink: Sink) -> Watcher:
    return Watcher(state=WatchState(tmp_path / "var" / "watch.json"), fetcher=fetcher, on_documents=sink)


def test_only_new_entries_are_ingested_and_unchanged_feeds_are_not_refetched(
    http_server: LocalServer, fetcher: Fetcher, tmp_path: Path
) -> None:
    feed = Feed(entry("a", "Losik"), entry("b", "Loban"))
    url = http_server.route("/feed.xml", feed)
    sink = Sink()
    watcher = make_watcher(tmp_path, fetcher, sink)

    [first] = watcher.poll_all([url])
    assert (first.outcome, first.new) == ("new", 2)
    [second] = watcher.poll_all([url])
    assert second.outcome == "not-modified"
    assert http_server.requests[-1].headers["if-none-match"] == feed.etag

    feed.set(entry("c", "Andreeva"), entry("a", "Losik"), entry("b", "Loban"))
    [third] = watcher.poll_all([url])
    assert (third.outcome, third.new) == ("new", 1)
    assert sink.titles == [["Losik freed", "Loban freed"], ["Andreeva freed"]]

    # a new process with the saved state ingests nothing again
    again = make_watcher(tmp_path, fetcher, sink)
    http_server.routes["/feed.xml"] = lambda request: Reply(
        feed.body, headers={"Content-Type": "application/rss+xml"}
    )
    [fourth] = again.poll_all([url])
    assert (fourth.outcome, fourth.new) == ("unchanged", 0)
    saved = json.loads((tmp_path / "var" / "watch.json").read_text())
    assert saved["sources"][url]["seen"] == ["a", "b", "c"]


def test_a_feed_that_is_down_or_malformed_does_not_stop_the_others(
    http_server: LocalServer, fetcher: Fetcher, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    good = http_server.route("/good.xml", Feed(entry("a", "Losik")))
    down = f"{http_server.url}/down.xml"
    bad = http_server.page("/bad.xml", "<html><body>Maintenance</body></html>", content_type="text/html")
    slow = http_server.route(
        "/slow.xml", Reply(rss(), delay=1.0, headers={"Content-Type": "application/rss+xml"})
    )
    sink = Sink()
    with Fetcher(allow=["127.0.0.1/32"], timeout=0.3) as quick, caplog.at_level(logging.INFO, "vigil.watch"):
        results = make_watcher(tmp_path, quick, sink).poll_all([down, bad, slow, good])
    assert [r.outcome for r in results] == ["failed", "failed", "failed", "new"]
    assert "HTTP 404" in results[0].error and "not a feed" in results[1].error
    assert "timed out" in results[2].error
    assert sink.titles == [["Losik freed"]]
    assert f"{good}: 1 new articles, 0 failed" in caplog.text
    assert f"{down}: HTTP 404" in caplog.text


def test_entries_are_offered_again_when_the_registry_fails(
    http_server: LocalServer, fetcher: Fetcher, tmp_path: Path
) -> None:
    url = http_server.route("/feed.xml", Feed(entry("a", "Losik")))
    sink = Sink()
    sink.fail = True
    watcher = make_watcher(tmp_path, fetcher, sink)
    [failed] = watcher.poll_all([url])
    assert failed.outcome == "failed" and "registry is locked" in failed.error
    sink.fail = False
    [retried] = watcher.poll_all([url])
    assert (retried.outcome, retried.new) == ("new", 1)


def test_an_unreadable_entry_is_retried_then_given_up(
    http_server: LocalServer, fetcher: Fetcher, tmp_path: Path
) -> None:
    feed = Feed(entry("gone", "Gone", link=f"{http_server.url}/news/gone"), entry("a", "Losik"))
    url = http_server.route(
        "/feed.xml", lambda request: Reply(feed.body, headers={"Content-Type": "application/rss+xml"})
    )
    sink = Sink()
    watcher = make_watcher(tmp_path, fetcher, sink)
    for attempt in range(1, MAX_ATTEMPTS + 1):
        [result] = watcher.poll_all([url])
        assert len(result.failed) == 1 and "HTTP 404" in str(result.failed[0])
        assert watcher.state.of(url).failures.get("gone") == (attempt if attempt < MAX_ATTEMPTS else None)
    [after] = watcher.poll_all([url])
    assert after.failed == [] and after.outcome == "unchanged"
    assert [r.path for r in http_server.requests].count("/news/gone") == MAX_ATTEMPTS
    assert sink.titles == [["Losik freed"]]


def test_a_folder_is_watched_for_new_and_changed_files(fetcher: Fetcher, tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "one.txt").write_text(BODY.format(name="Losik", years=3), encoding="utf-8")
    sink = Sink()
    watcher = make_watcher(tmp_path, fetcher, sink)
    assert watcher.poll_all([str(inbox)])[0].new == 1
    assert watcher.poll_all([str(inbox)])[0].outcome == "unchanged"
    (inbox / "two.jsonl").write_text(json.dumps({"text": BODY.format(name="Loban", years=4), "title": "T"}))
    (inbox / "one.txt").write_text(BODY.format(name="Losik", years=5) + "Updated.", encoding="utf-8")
    assert watcher.poll_all([str(inbox)])[0].new == 2
    assert watcher.poll_all([str(tmp_path / "missing")])[0].error == "no such file or folder"


def test_a_feed_file(fetcher: Fetcher, tmp_path: Path) -> None:
    path = tmp_path / "saved.rss"
    path.write_bytes(rss(entry("a", "Losik")))
    sink = Sink()
    watcher = make_watcher(tmp_path, fetcher, sink)
    assert watcher.poll_all([str(path)])[0].new == 1
    assert watcher.poll_all([str(path)])[0].outcome == "not-modified"
    path.write_bytes(rss(entry("b", "Loban"), entry("a", "Losik")))
    assert watcher.poll_all([str(path)])[0].new == 1


def test_run_polls_every_interval_until_stopped(
    http_server: LocalServer, fetcher: Fetcher, tmp_path: Path
) -> None:
    feed = Feed(entry("a", "Losik"))
    url = http_server.route("/feed.xml", feed)
    sink = Sink()
    sleeps: list[float] = []

    def sleep(seconds: float) -> None:
        sleeps.append(seconds)
        if len(sleeps) == 1:
            feed.set(entry("b", "Loban"), entry("a", "Losik"))
        else:
            raise KeyboardInterrupt

    failed = watch_cli.run_watch(
        [url], on_documents=sink, state_path=tmp_path / "s.json", every=900, fetcher=fetcher, sleep=sleep
    )
    assert failed == 0 and sleeps == [900, 900]
    assert sink.titles == [["Losik freed"], ["Loban freed"]]


def test_the_command(http_server: LocalServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    url = http_server.route("/feed.xml", Feed(entry("a", "Losik")))
    sink = Sink()

    @contextmanager
    def fake_registry():
        yield sink

    monkeypatch.setattr(watch_cli, "registry_sink", fake_registry)
    state = tmp_path / "state.json"
    runner = CliRunner()
    refused = runner.invoke(app, ["watch", url, "--once", "--state", str(state)])
    assert refused.exit_code == 1 and sink.batches == []
    ok = runner.invoke(
        app, ["watch", url, "--once", "--allow-private", "--state", str(state), "--every", "1m"]
    )
    assert ok.exit_code == 0, ok.output
    assert sink.titles == [["Losik freed"]]
    bad = runner.invoke(app, ["watch", url, "--every", "soon"])
    assert bad.exit_code == 2 and "not an interval" in bad.output


def test_parse_interval() -> None:
    assert [parse_interval(t) for t in ("15m", "1h30m", "90s", "90", "250ms")] == [900, 5400, 90, 90, 0.25]
    for text in ("", "soon", "15x", "0", "15m x"):
        with pytest.raises(ValueError):
            parse_interval(text)


def test_watch_into_the_real_registry(
    http_server: LocalServer, fetcher: Fetcher, tmp_path: Path, db, extractor
):
    """A feed carrying an article and a syndicated copy of it: one story, two outlets; then a new item."""
    from sqlalchemy import func, select

    from vigil.registry.models import Article, ArticleOutlet

    seed = SEED.read_text(encoding="utf-8")
    copy = "Belarus frees 123 prisoners\n" + seed + "\nSubscribe to our newsletter\n"
    dev = (SAMPLE / "dev-01-release.txt").read_text(encoding="utf-8")

    def full(key: str, title: str, text: str) -> str:
        paragraphs = "".join(f"<p>{p}</p>" for p in text.split("\n") if p.strip())
        return (
            f"<item><guid isPermaLink='false'>{key}</guid><title>{title}</title>"
            f"<pubDate>Sat, 13 Sep 2025 10:00:00 GMT</pubDate>"
            f"<content:encoded><![CDATA[{paragraphs}]]></content:encoded></item>"
        )

    feed = Feed(full("seed", "123 freed", seed), full("copy", "Belarus frees 123", copy))
    url = http_server.route("/feed.xml", feed)
    reports = []
    with watch_cli.registry_sink(db, extractor) as sink:

        def record(documents):
            reports.append(sink(documents))

        watch_cli.run_watch(
            [url], on_documents=record, state_path=tmp_path / "s.json", once=True, fetcher=fetcher
        )
        feed.set(
            full("dev-01", "37 freed", dev),
            full("seed", "123 freed", seed),
            full("copy", "Belarus frees", copy),
        )
        watch_cli.run_watch(
            [url], on_documents=record, state_path=tmp_path / "s.json", once=True, fetcher=fetcher
        )
    assert [[i.outcome for i in r.items] for r in reports] == [["new", "copy"], ["new"]]
    with db.session() as session:
        originals = select(func.count()).select_from(Article).where(Article.canonical_id.is_(None))
        assert session.scalar(originals) == 2
        assert session.scalar(select(func.count()).select_from(ArticleOutlet)) == 3
