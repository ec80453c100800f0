"""The trigger lexicon is data: every rule loads, names a known check, and marks its words."""

import spacy

from vigil.extract.en.triggers import CHECKS, SPAN_KEY, mark_triggers, rules
from vigil.model import EVENT_TYPES


def test_every_rule_is_well_formed():
    assert rules()
    for rule in rules():
        assert rule.label in EVENT_TYPES
        assert rule.lemmas
        assert rule.check is None or rule.check in CHECKS


def test_matcher_marks_candidates_by_lemma_and_form():
    nlp = spacy.blank("en")
    doc = nlp("Freed prisoners were freed, she was detained and died.")
    for tok in doc:  # a blank pipeline has no lemmatizer: give the forms we test
        tok.lemma_ = {"detained": "detain", "died": "die"}.get(tok.lower_, tok.lower_)
    mark_triggers(doc)
    marked = {(s.text.lower(), s.label_) for s in doc.spans[SPAN_KEY]}
    assert {("freed", "release"), ("detained", "arrest"), ("died", "death")} <= marked


def test_the_pipeline_writes_trigger_spans(extractor):
    nlp = extractor.extractor_for("en").nlp
    doc = nlp("Ihar Losik was freed on Monday.")
    assert [s.text for s in doc.spans[SPAN_KEY]] == ["freed"]


def test_a_word_of_several_rules_takes_the_first_rules_type():
    nlp = spacy.blank("en")
    doc = nlp("She was handed over and put away.")
    for tok in doc:
        tok.lemma_ = {"handed": "hand"}.get(tok.lower_, tok.lower_)
    mark_triggers(doc)
    first = {}
    for rule in rules():
        for word in rule.lemmas:
            first.setdefault(word, rule.label)
    marked = {s.text: s.label_ for s in doc.spans[SPAN_KEY]}
    assert marked == {"handed": first["hand"], "put": first["put"]}
