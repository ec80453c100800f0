"""Speech without quote marks closed by 'she told us', in wording invented for these tests
(session 22): in a live blog or a reporter's piece the first person plural of the sentences
before is the newsroom's ('We are hearing that police picked up X'), so the speech does not
run back over them; a sentence of the speaker's own ('Why would I stop?') still does."""

from __future__ import annotations

from tests.extract_views import quote_openings

_BLOG = "Live updates: releases in Havana\n\n"


def test_the_newsrooms_we_is_no_speech(extract_text):
    result = extract_text(
        _BLOG + "09:05 — We understand officers took Ana Ruiz Pardo, who sings in the parish choir, from "
        "her flat at dawn. She got home by evening, she told us over the phone."
    )
    assert quote_openings(result) == set()


def test_our_reporter_line_is_no_speech_either(extract_text):
    result = extract_text(
        _BLOG + "14:00 — Our correspondent saw two vans leave the prison gate. Tomas Vidal was inside one "
        "of them, his wife told us."
    )
    assert quote_openings(result) == set()


def test_the_speakers_own_question_still_opens_the_speech(extract_text):
    result = extract_text(
        _BLOG + "12:40 — Ana Ruiz Pardo was freed this morning. Why would I stop? They know where I live, "
        "she told us."
    )
    assert ("Ana Ruiz Pardo", "Why would I") in quote_openings(result)


def test_speech_in_the_first_person_plural_stays_speech(extract_text):
    result = extract_text(
        _BLOG + "15:10 — Ana Ruiz Pardo was freed this morning. We will keep marching, she told us."
    )
    assert ("Ana Ruiz Pardo", "We will keep") in quote_openings(result)
