"""Belarusian quote families of session 30, from a matrix of attribution frames: the owner of
«the words» after the dash speaks («— паводле словаў X», «— перадае яго словы адзін з
прысутных», «— цытуе словы X адвакат»); a pronoun speaking «у апошнім слове» is the defendant,
not the judge or the prosecutor named last; «— кажа ўдава» names the widow of the sentence
before. Precision traps: an unnamed owner of the words, a prosecutor's own pronoun statement
outside the last word, a widow of another gender. Sentences written for these tests."""

from __future__ import annotations

from vigil.model import Extraction


def quotes(result: Extraction) -> set[tuple[str | None, str]]:
    """(speaker's name, first three words) of every quote."""
    by_id = {p.id: p.name for p in result.persons}
    return {(by_id.get(q.speaker or ""), " ".join(q.text.split()[:3])) for q in result.quotes}


def speakers(result: Extraction) -> set[str | None]:
    by_id = {p.id: p.name for p in result.persons}
    return {by_id.get(q.speaker or "") for q in result.quotes}


# -- the owner of the words after the dash ----------------------------------------------------------


def test_according_to_words_of_after_the_quote(be):
    result = be("«Я вельмі доўга чакаў гэтага дня», — паводле словаў Ігара Карнея.")
    assert ("Ігар Карней", "Я вельмі доўга") in quotes(result)


def test_according_to_words_classical_after_the_quote(be):
    result = be("«Я вельмі доўга чакаў гэтага дня», — па словах Ігара Карнея.")
    assert ("Ігар Карней", "Я вельмі доўга") in quotes(result)


def test_relayed_words_of_a_pronoun(be):
    text = (
        "У апошнім слове Сяргей Лапіцкі сказаў, што не лічыць сябе злачынцам. «Я пісаў тое, што "
        "думаў, і пісаў гэта суседзям», — перадае яго словы адзін з прысутных."
    )
    assert ("Сяргей Лапіцкі", "Я пісаў тое,") in quotes(be(text))


def test_relayed_words_of_a_feminine_pronoun(be):
    text = "Марыя Калеснікава выйшла з залы. «Я пісала тое, што думала», — перадае яе словы адвакат."
    assert ("Марыя Калеснікава", "Я пісала тое,") in quotes(be(text))


def test_quoted_words_of_a_name_relayed_by_a_lawyer(be):
    result = be("«Я вельмі доўга чакаў гэтага дня», — цытуе словы Ігара Карнея яго адвакат.")
    assert ("Ігар Карней", "Я вельмі доўга") in quotes(result)


def test_words_of_an_unnamed_lawyer_have_no_speaker(be):
    result = be("Ігар Карней маўчаў. «Я вельмі доўга чакаў гэтага дня», — паводле словаў яго адваката.")
    assert "Ігар Карней" not in speakers(result)


# -- the last word in court ---------------------------------------------------------------------


def test_last_word_pronoun_after_the_prosecutor(be):
    text = (
        "Інжынер Арцём Шалупенка перадаваў інфармацыю. Пракурор Андрэй Міхневіч запытаў для "
        "Шалупенкі 12 гадоў. У апошнім слове ён заявіў: «Я не здраджваў Беларусі»."
    )
    assert ("Арцём Шалупенка", "Я не здраджваў") in quotes(be(text))


def test_last_word_pronoun_after_the_judge(be):
    text = (
        "Суддзя Андрэй Міхневіч прачытаў прысуд. Інжынер Арцём Шалупенка слухаў моўчкі. "
        "У апошнім слове ён сказаў: «Я ні пра што не шкадую»."
    )
    assert ("Арцём Шалупенка", "Я ні пра") in quotes(be(text))


def test_prosecutors_own_statement_stays_his(be):
    text = (
        "Пракурор Андрэй Міхневіч запытаў для Арцёма Шалупенкі 12 гадоў. "
        "Ён заявіў: «Гэта вельмі небяспечнае злачынства»."
    )
    assert ("Андрэй Міхневіч", "Гэта вельмі небяспечнае") in quotes(be(text))


# -- a widow as a generic speaker ----------------------------------------------------------------


def test_widow_after_the_sentence_naming_her(be):
    text = (
        "Галіна Гурыновіч даведалася пра смерць мужа праз тыдзень.\n\n"
        "«Яго забілі не ўдарам, а маўчаннем», — кажа ўдава."
    )
    assert ("Галіна Гурыновіч", "Яго забілі не") in quotes(be(text))


def test_widow_taraskievica_form(be):
    text = "Натальля Шаўчук засталася адна з дзецьмі.\n\n«Я тады тыдзень ня спала», — кажа удава."
    assert ("Натальля Шаўчук", "Я тады тыдзень") in quotes(be(text))


def test_widow_is_not_a_man_named_before(be):
    text = "Мікола Гурыновіч памёр у калоніі ў лютым.\n\n«Яго забілі не ўдарам, а маўчаннем», — кажа ўдава."
    assert "Мікола Гурыновіч" not in speakers(be(text))


# -- interview answers ------------------------------------------------------------------------------


def test_answer_ending_in_its_own_question(be):
    text = (
        "Алеся Бародзіч чакае мужа пяты год. Яе муж Сцяпан Мацкевіч адбывае восем гадоў.\n\n"
        "— Як вы тлумачыце дзецям, дзе тата?\n\n— Старэйшаму я сказала праўду адразу.\n\n"
        "— Ці думалі вы пра тое, каб з'ехаць?\n\n— Штодня думаю. Але хто будзе вазіць перадачы?"
    )
    assert ("Алеся Бародзіч", "Штодня думаю. Але") in quotes(be(text))


def test_two_questions_in_one_turn_stay_a_question(be):
    text = (
        "Ігар Карней выйшаў на волю ў верасні.\n\n— Вы правялі тры гады ў калоніі. Як гэта было?\n\n"
        "— Цяжка. Але я выжыў.\n\n— Што было далей?\n\n— Потым была мяжа."
    )
    found = quotes(be(text))
    assert ("Ігар Карней", "Цяжка. Але я") in found
    assert not any(words.startswith("Вы правялі") for _, words in found)


def test_interviewee_by_the_gender_of_her_answers(be):
    text = (
        "Сцяпан Мацкевіч адбывае восем гадоў. Сцяпан Мацкевіч не пісаў прашэння. "
        "Пра мужа расказвае Алеся Бародзіч.\n\n"
        "— Як вы тлумачыце дзецям, дзе тата?\n\n— Старэйшаму я сказала праўду адразу.\n\n"
        "— Ці думалі вы пра тое, каб з'ехаць?\n\n— Я думала, але не магу."
    )
    assert speakers(be(text)) == {"Алеся Бародзіч"}


# -- a role noun opening the sentence before a colon ----------------------------------------------


def test_role_noun_opening_a_colon_attribution(be):
    text = (
        "Адвакат Леанід Пракаповіч абараняў Мацкевіча на судзе. Пракаповіч у такія чуткі не верыць. "
        "Адвакат кажа коратка: «Я нікому не раю жыць чуткамі»."
    )
    assert ("Леанід Пракаповіч", "Я нікому не") in quotes(be(text))


def test_role_noun_of_another_holder_opening_the_sentence(be):
    text = (
        "Праваабаронца Павел Сапелка і адвакат Леанід Пракаповіч былі ў судзе.\n\n"
        "Праваабаронца сказаў: «Я нікому не раю жыць чуткамі»."
    )
    assert speakers(be(text)) == {"Павел Сапелка"}


def test_role_noun_nobody_held_has_no_speaker(be):
    text = (
        "Адвакат Леанід Пракаповіч абараняў Мацкевіча на судзе.\n\n"
        "Суддзя сказаў: «Я нікому не раю жыць чуткамі»."
    )
    assert not be(text).quotes


# -- a described name before a colon is no transcript label -----------------------------------


def test_name_described_with_a_term_before_a_colon_is_no_turn(be):
    text = "Пенсіянер Мікалай Клімовіч, асуджаны на тры гады: яго не стала ў калоніі ў студзені."
    assert not be(text).quotes


def test_name_with_a_role_before_a_colon_is_a_turn(be):
    text = "Ігар Карней выйшаў на волю.\n\nНаталля Карней, жонка палітвязня: Мы вельмі чакалі гэтага дня."
    assert ("Наталля Карней", "Мы вельмі чакалі") in quotes(be(text))
