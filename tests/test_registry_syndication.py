"""Syndicated copies of the seed: one story from three outlets, one independent source."""

from __future__ import annotations

from sqlalchemy import func, select

from tests.fixtures.extraction import SEED
from vigil.registry import service
from vigil.registry.models import Article, ArticleOutlet


def test_the_seed_and_two_edited_copies_are_one_story_from_three_outlets(db, extractor, tmp_path):
    seed = SEED.read_text(encoding="utf-8")
    copy_a = (
        "Belarus frees 123 prisoners, including Kolesnikova and Bialiatski\n\n"
        + seed.replace("swirling for a couple of days", "swirling for several days")
        + "\n\nSubscribe to our newsletter for the latest news from the region."
    )
    copy_b = (
        "World news | Europe\n\n"
        + seed.replace(
            "The release was facilitated by extensive negotiations led by the US",
            "The release followed long negotiations led by the United States",
        )
        + "\n\nShare this article. Advertisement."
    )
    paths = []
    for name, text in (
        ("outlet-a-seed.txt", seed),
        ("outlet-b-copy.txt", copy_a),
        ("outlet-c-copy.txt", copy_b),
    ):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    report = service.ingest(db, paths=paths, extractor=extractor)
    assert [i.outcome for i in report.items] == ["new", "copy", "copy"]
    with db.session() as session:
        canonical = session.scalar(
            select(func.count()).select_from(Article).where(Article.canonical_id.is_(None))
        )
        outlets = session.scalar(select(func.count()).select_from(ArticleOutlet))
    assert (canonical, outlets) == (1, 3)
    for name in ("Maria Kolesnikova", "Viktor Babaryka", "Ales Bialiatski"):
        person = service.get_person(db, ref=name)
        assert person.status == "released"
        release = next(e for e in person.timeline if e.kind == "release")
        assert release.sources == 1, name
