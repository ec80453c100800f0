"""Session 49: the learned pair scorer states events (`vigil.extract.suggest`, "promote").

A pair the rules left out that scores at or above its type's promotion threshold (chosen out of
fold, `benchmarks/pairs_s49.py`) becomes an event with origin "model" and the model's score; the
rest stay suggestions. In the registry it is a claim of origin `model`, proposed until an editor
accepts it, which the review queue says no rule read."""

from __future__ import annotations

from datetime import date

import pytest

from tests.fixtures.web import Demo
from tests.registry_helpers import article
from vigil.extract import suggest
from vigil.model import Event, Extraction, PersonMention
from vigil.registry import service

# Our own wordings (no set's sentence).
# Session 49: no type reached promoted pairs right at least nine times in ten out of fold
# (docs/extract.md, "Suggested events"), so the model ships without thresholds and states nothing;
# the tests below set a threshold of their own to check what promotion does.
SHIPPED: dict[str, float] = {}

# Our own wordings (no set's sentence). A member of a freed group whose detention is told in
# passing a sentence later (the shipped model scores his arrest 0.525, his co-detainee's 0.23).
FREED = (
    "Activists freed in Baku\n\n"
    "Azerbaijan on Thursday released six activists held since the spring, their lawyers said. "
    "Among those freed were Tofig Yagublu and Ruslan Izzatli. Yagublu had spent nine months in a Baku "
    "detention centre, his daughter said.\n"
)
# The wife of a detained editor, named beside his arrest (scored 0.445): no arrest of hers.
WIFE = (
    "Wife of jailed editor speaks out\n\n"
    "Natallia Losik said on Monday that she had not heard from her husband for three months. "
    "Ihar Losik, the editor of a Telegram channel, was detained in June 2020 and later jailed for 15 years. "
    "She said Ihar had been moved to a prison in Navapolatsk, where he was placed in solitary confinement.\n"
)
TEST_THRESHOLD = 0.5


def _model_events(x: Extraction) -> list[tuple[str, str, Event]]:
    names = {p.id: p.name for p in x.persons}
    return [(e.type, names[e.persons[0]], e) for e in x.events if e.origin == "model"]


@pytest.fixture
def arrest_at(monkeypatch):
    """The arrest threshold set for a test, so that what the mechanism does is asserted whatever
    the shipped thresholds are (those are checked against the docs below)."""

    def set_threshold(value: float) -> None:
        monkeypatch.setitem(suggest.model().promote, "arrest", value)

    return set_threshold


def test_an_arrest_told_in_passing_is_promoted_with_its_origin_and_score(extract_text, arrest_at):
    arrest_at(TEST_THRESHOLD)
    x = extract_text(FREED)
    [(kind, name, event)] = _model_events(x)
    assert (kind, name) == ("arrest", "Tofig Yagublu")  # not Ruslan Izzatli, below the threshold
    assert event.origin == "model" and TEST_THRESHOLD <= event.score < 1.0 and event.confidence == event.score
    assert "spent nine months in a Baku detention centre" in x.document.text[slice(*event.evidence)]
    # undated: the model reads no date, and an undated event told in passing precedes the article
    assert event.date is None and event.background
    assert not [s for s in x.suggested_events if s.type == "arrest"]  # an event, not also a suggestion
    data = x.to_json()
    [out] = [e for e in data["events"] if e.get("origin") == "model"]
    assert out["score"] == event.score and out["persons"] == event.persons
    assert all("origin" not in e for e in data["events"] if e is not out)  # a rule's event reads as before
    assert Extraction.from_json(data).events == x.events


def test_the_wife_of_a_detained_editor_is_not_promoted(extract_text, arrest_at):
    arrest_at(TEST_THRESHOLD)
    x = extract_text(WIFE)
    assert not _model_events(x)
    names = {p.id: p.name for p in x.persons}
    assert ("arrest", "Ihar Losik") in {(e.type, names[p]) for e in x.events for p in e.persons}


def test_the_shipped_model_states_nothing(extract_text):
    for text in (FREED, WIFE):
        assert not _model_events(extract_text(text))


def test_promotion_off_leaves_the_rules_events_and_the_suggestions(extract_text, arrest_at, monkeypatch):
    arrest_at(TEST_THRESHOLD)
    monkeypatch.setenv("VIGIL_SUGGEST", "0.3")
    on = extract_text(FREED)
    monkeypatch.setenv("VIGIL_PROMOTE", "off")
    off = extract_text(FREED)
    assert not _model_events(off)
    assert off.events == [e for e in on.events if e.origin is None]
    [(hint, event)] = [
        (s, e) for s in off.suggested_events for _k, _n, e in _model_events(on) if s.person == e.persons[0]
    ]
    assert (hint.type, hint.score, tuple(hint.evidence)) == ("arrest", event.score, event.evidence)
    monkeypatch.setenv("VIGIL_PROMOTE", "sometimes")
    with pytest.raises(ValueError, match="VIGIL_PROMOTE"):
        suggest.promotion_from_env()


def test_a_documenter_may_promote_every_type_from_a_score_of_their_own(extract_text, monkeypatch):
    """`VIGIL_PROMOTE=0.5`: the shipped model's own scores, promoted from the documenter's score
    (each event stays proposed for an editor); a value that is no score is refused by name."""
    monkeypatch.setenv("VIGIL_PROMOTE", "0.5")
    assert suggest.promotion_from_env() == dict.fromkeys(suggest.TYPES, 0.5)
    [(kind, name, event)] = _model_events(extract_text(FREED))
    assert (kind, name) == ("arrest", "Tofig Yagublu") and event.score >= 0.5
    monkeypatch.setenv("VIGIL_PROMOTE", "0.9")
    assert not _model_events(extract_text(FREED))
    for wrong in ("1.5", "-0.2", "high"):
        monkeypatch.setenv("VIGIL_PROMOTE", wrong)
        with pytest.raises(ValueError, match="VIGIL_PROMOTE must be 'on', 'off' or a score"):
            suggest.promotion_from_env()


def test_the_shipped_thresholds_are_the_documented_ones():
    """docs/extract.md, "Suggested events": which types are promoted, and from what score."""
    assert suggest.model().promote == SHIPPED


def _model_claim_extraction() -> Extraction:
    body = "Ales Mikhalevich was released on Monday. Mikhalevich had been detained in 2021."
    x = article("m.txt", body, [("release", ["Ales Mikhalevich"], {})], published=date(2025, 12, 13))
    start = body.index("Mikhalevich had")
    x.events.append(
        Event(
            "arrest",
            ["p1"],
            evidence=(start, len(body)),
            confidence=0.93,
            background=True,
            origin="model",
            score=0.93,
        )
    )
    return x


def test_registry_keeps_a_model_event_proposed_and_says_who_stated_it(db):
    service.ingest_items(db, items=[_model_claim_extraction()])
    person = service.get_person(db, ref="Ales Mikhalevich")
    # not on the record until an editor accepts it, though its score is above VIGIL_AUTO_ACCEPT
    assert person.status == "released" and [e.kind for e in person.timeline] == ["release"]
    [item] = [i for i in service.review_items(db) if i.type == "claim" and i.model]
    assert item.summary == "arrest undated (stated by the model, score 0.93, no rule read it)"
    assert item.confidence == pytest.approx(0.93) and not item.suggested
    service.decide(db, item_id=item.id, accept=True, user="ed")
    [arrest] = [e for e in service.get_person(db, ref="Ales Mikhalevich").timeline if e.kind == "arrest"]
    assert (arrest.state, arrest.reviewer) == ("accepted", "ed")


def test_a_model_event_alone_makes_no_new_person(db):
    body = "Olga Karach had been detained in 2021, her friends said."
    x = article("k.txt", body, [])
    x.persons.append(PersonMention("p1", "Olga Karach", [(0, 11)], []))
    x.events.append(
        Event("arrest", ["p1"], evidence=(0, len(body)), confidence=0.97, origin="model", score=0.97)
    )
    service.ingest_items(db, items=[x])
    assert [p.name for p in service.list_people(db, search="Karach")] == []


def test_review_queue_over_http_says_the_model_stated_it(web_db, web_client, demo_registry: Demo):
    service.ingest_items(web_db, items=[_model_claim_extraction()])
    queue = web_client.get("/api/review", headers={"Authorization": f"Bearer {demo_registry.token}"}).json()
    [item] = [i for i in queue["items"] if i.get("model")]
    assert item["summary"] == "arrest undated (stated by the model, score 0.93, no rule read it)"
    assert item["person_name"] == "Ales Mikhalevich" and not item["suggested"]
