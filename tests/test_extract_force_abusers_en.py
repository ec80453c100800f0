"""Members of the security forces tried for abusing those in their hands (a police captain held
on suspicion of beating a detainee, a warden jailed for torture) are a criminal case of the
state's own, not political prisoners: the person is named, no event is given. Both the force's
role and the abuse as the charge must be told; a former officer jailed for treason, or one
arrested for reporting torture, is still a prisoner. Every sentence here was written for these
tests."""

from __future__ import annotations

import pytest

from tests.extract_views import event_pairs as _events


@pytest.mark.parametrize(
    "text",
    [
        "The prosecutor's office said a police sergeant, Tomasz Wilk, had been detained on suspicion "
        "of beating a handcuffed marcher.",
        "A regional court jailed a former camp guard, Tomasz Wilk, for nine years for the torture "
        "of inmates.",
    ],
)
def test_a_force_member_tried_for_abuse_gives_no_event(extract_text, text):
    result = extract_text(text)
    assert "Tomasz Wilk" in {p.name for p in result.persons}
    assert not [e for e in _events(result) if e[1] == "Tomasz Wilk"]


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "A regional court sentenced the former police officer Tomasz Wilk to nine years for "
            "treason after he joined the strikers.",
            "sentence",
        ),
        (
            "Police arrested the former prison guard Tomasz Wilk for reporting the torture of inmates.",
            "arrest",
        ),
        ("Police arrested the blogger Tomasz Wilk on suspicion of insulting officers.", "arrest"),
    ],
)
def test_a_prisoner_with_a_force_past_still_has_events(extract_text, text, event):
    assert (event, "Tomasz Wilk") in _events(extract_text(text))
