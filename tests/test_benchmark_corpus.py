"""The generated country (benchmarks/make_corpus.py) and its scoring (benchmarks/roll.py).

The generator must be deterministic per seed, write distinct articles with wire copies at the
rate asked, bad files, datelines the ingest reads and a truth consistent with its own events;
the scorer must count a perfect registry as perfect and each kind of mistake once; and a few
generated articles go through the real ingest and review service into a real registry.
"""

from __future__ import annotations

import json
from datetime import date

import pytest
from benchmarks.make_corpus import STATUSES, make_corpus, ru_name, status_on, write_corpus
from benchmarks.roll import RegistryPerson, registry_persons, roll_as_of, run, score

from vigil.errors import SourceError
from vigil.ingest.corpus import iter_jsonl
from vigil.ingest.documents import dateline_date
from vigil.ingest.neardup import THRESHOLD, NearDuplicateIndex, signature, similarity
from vigil.ingest.read import read_text
from vigil.registry import service
from vigil.registry.db import open_database

_ORDER = {"arrest": 0, "sentence": 1, "release": 2, "deportation": 3, "death": 4}


@pytest.fixture(scope="module")
def corpus():
    return make_corpus(prisoners=40, articles=200, seed=7, languages=("en", "ru", "be"))


def test_same_seed_same_corpus_other_seed_other_corpus():
    a = make_corpus(prisoners=12, articles=30, seed=3)
    b = make_corpus(prisoners=12, articles=30, seed=3)
    c = make_corpus(prisoners=12, articles=30, seed=4)
    assert [x.text for x in a.articles] == [x.text for x in b.articles]
    assert a.truth == b.truth
    assert [x.text for x in a.articles] != [x.text for x in c.articles]


def test_articles_are_distinct_and_copies_near_duplicates(corpus):
    originals = [a for a in corpus.articles if a.copy_of is None]
    copies = [a for a in corpus.articles if a.copy_of is not None]
    assert len(corpus.articles) == 200
    assert len({a.file for a in corpus.articles}) == 200
    assert 0.03 <= len(copies) / len(corpus.articles) <= 0.07
    index = NearDuplicateIndex()
    for a in originals:
        sig = signature(a.text)
        assert not index.query(sig), f"{a.file} repeats {index.query(sig)}"
        index.add(a.file, sig)
    by_file = {a.file: a for a in originals}
    for c in copies:
        original = by_file[c.copy_of]
        assert c.text != original.text
        assert similarity(signature(c.text), signature(original.text)) >= THRESHOLD, c.file


def test_truth_is_consistent_with_its_events(corpus):
    truth = corpus.truth
    end = date.fromisoformat(truth["end"])
    persons = truth["persons"]
    assert len(persons) == 40
    assert sum(truth["roll"].values()) == 40 and set(truth["roll"]) == set(STATUSES)
    full_names = [p["spellings"]["en"] for p in persons]
    assert len(set(full_names)) == len(full_names)
    assert truth["shared_surnames"]
    for surname in truth["shared_surnames"]:
        bearers = [p for p in persons if p["family"] == surname]
        assert len({p["spellings"]["en"].split()[0] for p in bearers}) == len(bearers) > 1
    assert any(len({p["gender"] for p in persons if p["family"] == s}) == 2 for s in truth["shared_surnames"])
    for p in persons:
        assert set(p["spellings"]) == {"en", "ru_latin", "ru", "be"}
        assert p["gender"] in ("m", "f")
        kinds = [e["kind"] for e in p["events"]]
        days = [date.fromisoformat(e["date"]) for e in p["events"]]
        assert kinds[0] == "arrest" and days == sorted(days) and all(d <= end for d in days)
        spells = "".join("|" + k if k == "arrest" else " " + k for k in kinds).split("|")[1:]
        for spell in spells:  # custody spells: a re-arrest after a release starts a new one
            order = [_ORDER[k] for k in spell.split()]
            assert order == sorted(order), p["id"]
        assert "death" not in kinds[:-1]
        assert p["status"] == status_on(p["events"], end)
        assert p["history"][-1]["status"] == p["status"]
        assert p["articles"], f"{p['id']} is in no article"
    mentioned = {pid for a in truth["articles"] for pid in a["persons"]}
    assert mentioned == {p["id"] for p in persons}
    prisoners = {p["spellings"]["en"].split()[-1] for p in persons}
    assert truth["others"] and all(o["name"].split()[-1] not in prisoners for o in truth["others"])


def test_files_carry_their_dates_and_bad_files_are_refused(corpus, tmp_path):
    write_corpus(corpus, tmp_path)
    truth = json.loads((tmp_path / "truth.json").read_text(encoding="utf-8"))
    folder = tmp_path / truth["articles_dir"]
    for a in truth["articles"]:
        text = read_text(folder / a["file"])
        assert dateline_date(text) == date.fromisoformat(a["published"]), a["file"]
    kinds = {b["kind"]: folder / b["file"] for b in truth["bad_files"]}
    assert set(kinds) == {"empty", "binary", "wrong_encoding"}
    for kind in ("empty", "binary"):
        with pytest.raises(SourceError):
            read_text(kinds[kind])
    assert "\ufffd" not in read_text(kinds["wrong_encoding"])  # a legacy encoding, decoded whole


def test_russian_articles_name_people_in_the_right_case(corpus):
    people = {p.id: p for p in corpus.people}
    russian = [a for a in corpus.articles if a.language == "ru" and a.copy_of is None]
    assert russian
    for a in russian:
        p = people[a.persons[0]]
        assert any(ru_name(p, case) in a.text for case in ("nom", "gen", "dat", "acc", "ins", "pre")), a.file
    maria = next((p for p in corpus.people if p.given[2] == "Мария" and p.surname_type == "ov"), None)
    if maria is not None:
        assert ru_name(maria, "acc") == f"Марию {maria.ru_stem}ову"


def _perfect(truth):
    return [RegistryPerson(f"vg-{p['id']}", p["status"], (p["spellings"]["en"],)) for p in truth["persons"]]


def test_score_counts_a_perfect_registry_and_each_mistake():
    truth = make_corpus(prisoners=10, articles=20, seed=11).truth
    people = truth["persons"]
    n = len(people)
    perfect = score(truth, _perfect(truth))
    assert (perfect.roll_error, perfect.right_status, perfect.found) == (0.0, n, n)
    assert (perfect.split, perfect.merged, perfect.extra) == (0, 0, 0)

    first, second = people[0], people[1]
    other = next(s for s in STATUSES if s != first["status"])
    wrong_status = [
        RegistryPerson(r.id, other, r.names) if r.id == f"vg-{first['id']}" else r for r in _perfect(truth)
    ]
    result = score(truth, wrong_status)
    assert result.right_status == n - 1 and result.roll_error == pytest.approx(2 / n)
    assert [w["id"] for w in result.wrong] == [first["id"]]

    # the same person twice, under a Russian spelling and a Cyrillic case form: split in two
    split = [*_perfect(truth), RegistryPerson("vg-x", first["status"], (first["spellings"]["ru"],))]
    result = score(truth, split)
    assert (result.split, result.found, result.right_status) == (1, n, n - 1)
    assert result.roll_error == pytest.approx(1 / n)

    # two people as one record: wrongly merged, and neither has a status of their own
    merged = [r for r in _perfect(truth) if r.id not in (f"vg-{first['id']}", f"vg-{second['id']}")]
    merged.append(
        RegistryPerson("vg-m", first["status"], (first["spellings"]["en"], second["spellings"]["ru_latin"]))
    )
    result = score(truth, merged)
    assert (result.merged, result.found, result.right_status) == (1, n, n - 2)

    stranger = [*_perfect(truth), RegistryPerson("vg-s", "held", ("Judge Nobody Atall",))]
    assert (score(truth, stranger).extra, score(truth, stranger).non_prisoners) == (1, 0)
    official = {**truth, "others": [{"name": "Darya Saroka", "role": "judge"}]}
    judged = score(official, [*_perfect(truth), RegistryPerson("vg-j", "held", ("Darya Saroka",))])
    assert (judged.extra, judged.non_prisoners, judged.right_status) == (1, 1, n)


def test_roll_on_an_earlier_day_follows_each_persons_history():
    truth = make_corpus(prisoners=10, articles=20, seed=11).truth
    day = date.fromisoformat(truth["persons"][0]["events"][0]["date"])
    exact = {}
    for p in truth["persons"]:
        status = status_on(p["events"], day)
        if status:
            exact[status] = exact.get(status, 0) + 1
    assert exact and roll_as_of(truth, exact, day)["roll_error"] == 0.0
    assert roll_as_of(truth, {**exact, "held": exact.get("held", 0) + 1}, day)["roll_error"] == pytest.approx(
        1 / sum(exact.values())
    )
    assert roll_as_of(truth, {}, date(2000, 1, 1)) == {
        "date": "2000-01-01",
        "truth": dict.fromkeys(STATUSES, 0),
        "vigil": dict.fromkeys(STATUSES, 0),
        "roll_error": 0.0,
    }


def test_roll_ingests_accepts_and_scores_a_real_registry(database_url, extractor, tmp_path):
    corpus = make_corpus(prisoners=3, articles=5, seed=5, copies=0.0, bad=1)
    write_corpus(corpus, tmp_path)
    day = date.fromisoformat(corpus.truth["persons"][0]["events"][0]["date"])
    result = run(tmp_path, database_url=database_url, quiet=True, as_of=[day], extractor=extractor)
    assert result["ingest"]["new"] == 5 and result["ingest"]["failed"] == 1
    assert result["found"] >= 1  # the real pipeline finds people the articles name
    db = open_database(database_url)
    try:
        stats = service.stats(db)
        assert stats.proposed == 0  # the editor accepted everything there was to accept
        conflicts = [i for i in service.review_items(db) if i.type == "conflict"]
        assert result["review"].get("conflicts", 0) == len(conflicts)
        registry = registry_persons(db)
        assert score(corpus.truth, registry).as_dict() == {
            k: result[k] for k in score(corpus.truth, []).as_dict()
        }
        assert all(result["vigil"][s] == stats.by_status.get(s, 0) for s in result["vigil"])
        assert sum(result["vigil"].values()) == len(registry) == stats.persons
        earlier = service.stats(db, as_of=day).by_status
        assert result["as_of"] == [roll_as_of(corpus.truth, earlier, day)]
    finally:
        db.engine.dispose()


def test_jsonl_corpus_dates_each_record_and_reports_its_bad_lines(tmp_path):
    corpus = make_corpus(prisoners=12, articles=30, seed=2)
    write_corpus(corpus, tmp_path, format="jsonl")
    truth = json.loads((tmp_path / "truth.json").read_text(encoding="utf-8"))
    path = tmp_path / "articles" / "corpus.jsonl"
    with path.open("rb") as stream:
        results = list(iter_jsonl(stream, source=str(path)))
    documents = [r for r in results if not isinstance(r, SourceError)]
    errors = [r for r in results if isinstance(r, SourceError)]
    assert [d.published for d in documents] == [date.fromisoformat(a["published"]) for a in truth["articles"]]
    expected = {b["file"].split(":")[1] for b in truth["bad_files"] if b["file"].startswith("corpus.jsonl:")}
    assert {e.source.rsplit(":", 1)[1] for e in errors} == expected and len(expected) == 2
