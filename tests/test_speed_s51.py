"""Session 51's speed-ups answer as before: a person's type-free features read once
(`suggest.person_facts`) give every type's feature vector item for item and in the same order,
the surname stems read once per article give each person the same words, a feature vector
read by `map` scores as the list of `f.get(name, 0.0)` did, and the byline pattern with its
look-ahead finds the matches of the pattern without it."""

from __future__ import annotations

import math
import re

from vigil.extract import suggest
from vigil.extract.en import persons

# Our own wording (no set's sentence): three people, two sharing a surname, triggers of three
# types, a list with a number, a quote by one of them.
ARTICLE = (
    "Court in Brest jails two cyclists, frees a third\n\n"
    "A court in Brest on Tuesday sentenced Aliaksei Marozau and Kiryl Siamionau to three years "
    "over a bicycle protest, the rights group said. Their lawyer, Hanna Marozava, said they "
    "would appeal.\n\n"
    "Siamionau had been detained in April. Marozau was not released on bail. Another cyclist, "
    "Pavel Lis, was freed on Friday after 15 days, police said.\n"
)


def _record() -> dict:
    people = []
    for pid, name, roles in (
        ("p1", "Aliaksei Marozau", []),
        ("p2", "Kiryl Siamionau", []),
        ("p3", "Hanna Marozava", ["lawyer"]),
        ("p4", "Pavel Lis", []),
    ):
        spans = [[m.start(), m.end()] for m in re.finditer(re.escape(name), ARTICLE)]
        people.append({"id": pid, "name": name, "mentions": spans, "roles": roles})
    events = [{"type": "sentence", "persons": ["p1", "p2"]}, {"type": "release", "persons": ["p4"]}]
    quotes = [{"speaker": "p3", "text": "would appeal"}]
    return {"language": "en", "text": ARTICLE, "persons": people, "events": events, "quotes": quotes}


def test_features_from_person_facts_are_the_features_item_for_item_in_order():
    record = _record()
    lex = suggest.lexicon("en")
    art = suggest.article(ARTICLE, lex, record["persons"])
    stems = [suggest._surname_stem(p) for p in record["persons"]]
    asked = 0
    for person in record["persons"]:
        mtoks = suggest.mentions(art, person, record["persons"])
        assert suggest.mentions(art, person, record["persons"], stems) == mtoks
        facts = suggest.person_facts(art, lex, record, person, mtoks)
        for t in suggest.TYPES:
            plain = suggest.features(art, lex, record, person, mtoks, t)  # facts read afresh
            shared = suggest.features(art, lex, record, person, mtoks, t, facts)
            assert list(shared.items()) == list(plain.items()), (person["name"], t)
            asked += 1
    assert asked == 4 * len(suggest.TYPES)


def test_a_vector_read_by_map_scores_as_one_read_name_by_name():
    record = _record()
    lex = suggest.lexicon("en")
    art = suggest.article(ARTICLE, lex, record["persons"])
    model = suggest.model()
    person = record["persons"][0]
    mtoks = suggest.mentions(art, person, record["persons"])
    for t in suggest.TYPES:
        f = suggest.features(art, lex, record, person, mtoks, t)
        raw = model._raw_score([f.get(name, 0.0) for name in model.names])
        assert model.score(f) == 1.0 / (1.0 + math.exp(-raw))


# the byline pattern as session 50 wrote it, without the look-ahead
_BYLINE_S50 = re.compile(
    r"(?:^|\n)[ \t]*(?:By|by|(?:Interview|Text|Story|Words)\s+by)\s+"
    r"|\b(?:Interview|Interviewed|Text|Story)\s+by\s+"
    r"|[.)]\s+(?:Photos?|Photograph|Picture)\s*:\s*"
    r"|\((?:Photos?|Photograph)\s*:\s*"
    r"|\bPhoto\s*/\s*"
    r"|\((?:AFP|AP|EPA|Reuters|RFE/RL|Getty Images)\s*/\s*"
)


def test_the_byline_look_ahead_keeps_every_match():
    texts = [
        "By Jan Novak\nPRAGUE - ...",
        "  By Jan Novak",
        "Text by Olga K.\n\tInterview by Ivan P. and Words by Anna S.",
        "Story by A. Interviewed by B.",
        "He was freed. Photo: Iryna Arakhouskaya / Nasha Niva",
        "(Photo: X) and (Photograph : Y) and AP Photo/Z and (AFP / W) (RFE/RL/V)",
        "(Getty Images / U) ended by a crowd passing by Vera",
        ARTICLE,
        "",
    ]
    found = 0
    for text in texts:
        want = [m.span() for m in _BYLINE_S50.finditer(text)]
        assert [m.span() for m in persons._BYLINE.finditer(text)] == want, text
        found += len(want)
    assert found >= 12
