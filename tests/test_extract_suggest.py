"""Suggested events (`vigil.extract.suggest`): pairs a learned model finds likely where no rule
stated an event. They are a separate list in the extraction and proposed claims in the registry,
never counted as extracted and never on the roll until an editor accepts them."""

from __future__ import annotations

from datetime import date

import pytest

from tests.registry_helpers import article
from vigil.extract import suggest
from vigil.model import Extraction, SuggestedEvent
from vigil.registry import service

# Our own wordings (no set's sentence).
PASSING_JAIL = (
    "Economy grows 2 percent\n\n"
    "Belarus's economy grew 2 percent in the third quarter, the statistics office said on Monday. "
    "Economist Siarhei Chaly, who spent two weeks in jail in 2020 for his comments, said the growth "
    "was driven by exports to Russia.\n"
)
BEHIND_BARS = (
    "Theatre festival opens\n\n"
    "The festival opened in Minsk on Friday with a play by Andrei Kureichik. The actress Volha Zhuk, "
    "who was behind bars for a year until March, watched from the audience.\n"
)
NO_TRIGGER = (
    "Weather halts harvest in the south\n\n"
    "Heavy rain stopped the harvest in the south on Monday, farmers said. Ivan Petrou, who heads the "
    "farmers' union, said losses would be large.\n"
)
WIFE_SHARES_SURNAME = (
    "Court in Hrodna jails teacher for donations\n\n"
    "A court in Hrodna on Monday sentenced Ihar Barysenka, a history teacher, to four years in a penal "
    "colony for donating to a protest fund, the rights group Viasna said.\n\n"
    "Barysenka spent ten months in pre-trial detention after security officers searched his flat in May. "
    "His wife, Alena Barysenka, said the family would appeal.\n"
)
GROUP_TRIAL = (
    "Court jails three over protest chat\n\n"
    "A Minsk court on Friday sentenced Pavel Lukashyk, Yana Dubovik and Ruslan Khadasevich to between "
    "three and five years in prison for running a protest chat, the rights group Viasna said.\n\n"
    "The three had been picked up by plainclothes officers during a raid on a flat last spring. "
    "Lukashyk got five years, Dubovik four and Khadasevich three.\n"
)


def _named(extraction: Extraction) -> tuple[set[tuple[str, str]], list[tuple[str, str, SuggestedEvent]]]:
    names = {p.id: p.name for p in extraction.persons}
    given = {(e.type, names[p]) for e in extraction.events for p in e.persons}
    return given, [(s.type, names[s.person], s) for s in extraction.suggested_events]


def test_time_behind_bars_told_in_passing_is_suggested_not_extracted(extract_text, monkeypatch):
    monkeypatch.setenv("VIGIL_SUGGEST", "0.4")
    x = extract_text(BEHIND_BARS)
    given, suggested = _named(x)
    assert not any(name == "Volha Zhuk" for _t, name in given)  # no rule reads "was behind bars for a year"
    [(kind, _name, hint)] = [s for s in suggested if s[1] == "Volha Zhuk"]
    assert kind == "arrest" and 0.4 <= hint.score < 1.0
    assert "behind bars for a year" in x.document.text[slice(*hint.evidence)]


def test_nothing_is_suggested_without_a_word_of_custody(extract_text):
    x = extract_text(NO_TRIGGER)
    assert x.persons and not x.events and not x.suggested_events


def test_a_suggestion_never_repeats_what_the_rules_stated(extract_text):
    for text in (PASSING_JAIL, BEHIND_BARS, WIFE_SHARES_SURNAME, GROUP_TRIAL):
        given, suggested = _named(extract_text(text))
        assert not {(kind, name) for kind, name, _h in suggested} & given


def test_a_wife_sharing_the_surname_does_not_take_her_husbands_sentences(extract_text):
    given, suggested = _named(extract_text(WIFE_SHARES_SURNAME))
    assert ("sentence", "Ihar Barysenka") in given
    assert not [s for s in suggested if s[1] == "Alena Barysenka"]


def test_the_model_knows_every_feature_the_article_gives():
    model = suggest.model()
    lex = suggest.lexicon("en")
    start = GROUP_TRIAL.index("Pavel")
    person = {"id": "p1", "name": "Pavel Lukashyk", "mentions": [[start, start + len("Pavel Lukashyk")]]}
    record = {"language": "en", "text": GROUP_TRIAL, "persons": [person], "events": [], "quotes": []}
    art = suggest.article(GROUP_TRIAL, lex, [person])
    for t in suggest.TYPES:
        f = suggest.features(art, lex, record, person, suggest.mentions(art, person, [person]), t)
        assert set(f) <= set(model.names), set(f) - set(model.names)
        assert 0.0 < model.score(f) < 1.0


@pytest.mark.parametrize("lang", ["ru", "be"])
def test_russian_and_belarusian_lexicons_read_declined_triggers(lang):
    lex = suggest.lexicon(lang)
    word = {"ru": "задержали", "be": "затрымалі"}[lang]
    assert "arrest" in lex.trigger_types(word)
    assert not lex.trigger_types({"ru": "погода", "be": "надвор'е"}[lang])


def test_suggestions_survive_the_json_contract(extract_text, monkeypatch):
    monkeypatch.setenv("VIGIL_SUGGEST", "0.4")
    x = extract_text(BEHIND_BARS)
    again = Extraction.from_json(x.to_json())
    assert again.suggested_events == x.suggested_events and again.suggested_events


def test_registry_keeps_suggestions_as_proposed_claims_off_the_roll(db):
    body = "Ales Mikhalevich was released on Monday. Mikhalevich had been detained in 2021."
    x = article("s.txt", body, [("release", ["Ales Mikhalevich"], {})], published=date(2025, 12, 13))
    start = body.index("Mikhalevich had")
    x.suggested_events = [SuggestedEvent("arrest", "p1", 0.95, (start, len(body)))]
    # a suggestion about a person no rule gave an event makes no record of its own
    x.persons.append(type(x.persons[0])("p2", "Olga Karach", [(0, 0)], []))
    x.suggested_events.append(SuggestedEvent("arrest", "p2", 0.99, (0, 10)))
    service.ingest_items(db, items=[x])
    person = service.get_person(db, ref="Ales Mikhalevich")
    assert person.status == "released"
    # not on the person's record (page, API, `vigil person`) until an editor accepts it
    assert [e.kind for e in person.timeline] == ["release"]
    [item] = [
        i for i in service.review_items(db) if i.type == "claim" and "detained in 2021" in (i.evidence or "")
    ]
    assert item.person_name == "Ales Mikhalevich" and item.confidence == pytest.approx(0.95)  # > auto-accept
    assert "suggested by a learned model" in item.summary
    assert [p.name for p in service.list_people(db, search="Karach")] == []
    # an editor's acceptance puts it on the person's record like any claim
    service.decide(db, item_id=item.id, accept=True, user="ed")
    [arrest] = [e for e in service.get_person(db, ref="Ales Mikhalevich").timeline if e.kind == "arrest"]
    assert (arrest.state, arrest.reviewer) == ("accepted", "ed")


def test_a_new_extraction_replaces_the_suggestions_an_editor_left_alone(db):
    body = "Ales Mikhalevich was released on Monday. Mikhalevich had been detained in 2021."
    start = body.index("Mikhalevich had")
    for version in ("t1", "t2"):
        x = article("s.txt", body, [("release", ["Ales Mikhalevich"], {})], version=version)
        x.suggested_events = [SuggestedEvent("arrest", "p1", 0.9, (start, len(body)))]
        service.ingest_items(db, items=[x])
    hints = [i for i in service.review_items(db) if i.suggested]
    assert [(i.person_name, i.summary.split()[0]) for i in hints] == [("Ales Mikhalevich", "arrest")]


def test_suggestions_can_be_switched_off_or_made_stricter(extract_text, monkeypatch):
    monkeypatch.setenv("VIGIL_SUGGEST", "0.4")
    assert extract_text(BEHIND_BARS).suggested_events
    monkeypatch.setenv("VIGIL_SUGGEST", "off")
    assert extract_text(BEHIND_BARS).suggested_events == []
    monkeypatch.setenv("VIGIL_SUGGEST", "0.999")
    assert extract_text(BEHIND_BARS).suggested_events == []
    monkeypatch.setenv("VIGIL_SUGGEST", "lots")
    with pytest.raises(ValueError, match="VIGIL_SUGGEST"):
        suggest.threshold_from_env()
