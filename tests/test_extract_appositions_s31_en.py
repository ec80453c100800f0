"""English sentencing verbs whose object is set off (session 31): the role noun is the verb's
object and the name follows it between commas ('sentenced a lecturer, X, to 18 years'), where the
parser hangs the name on the verb as a second object or an adverbial; a participle of naming set
off after the role ('jailed the blogger, known as X, for four years', 'identified as X'), which the
parser may hang on the verb together with the term; and the verb's own term after an object whose
aside tells another term ('sentenced X, who had spent two years in detention, to six years').
Traps: an aside with a subject of its own ('X, whose brother was jailed for 18 years') gives its
term to no one; a naming participle that names no one; a set-off name after a verb that is no
verdict; a request to sentence."""

from __future__ import annotations

import pytest

from tests.extract_views import event_pairs, term_pairs


class TestNameSetOffAfterRole:
    """A role noun as the object and the name set off after it: the name is the one sentenced."""

    @pytest.mark.parametrize(
        ("text", "name", "months"),
        [
            (
                "A court in Minsk sentenced a lecturer, Dawit Alemu, to 18 years in prison.",
                "Dawit Alemu",
                216,
            ),
            (
                "A Tehran court sentenced the rapper, Toomaj Salehi, to six years and three months "
                "on Monday.",
                "Toomaj Salehi",
                75,
            ),
            (
                "On Tuesday a judge sentenced the opposition figure, Maria Kalesnikava, to 11 years.",
                "Maria Kalesnikava",
                132,
            ),
            (
                "Judges in Baku sentenced a reporter, Ulviyya Ali, to seven years and six months.",
                "Ulviyya Ali",
                90,
            ),
            ("The judge handed the activist, Marat Seitov, a six-year term.", "Marat Seitov", 72),
        ],
    )
    def test_set_off_name_is_sentenced(self, extract_text, text, name, months):
        result = extract_text(text)
        assert ("sentence", name) in event_pairs(result)
        assert (name, months) in term_pairs(result)

    @pytest.mark.parametrize(
        "text",
        [
            "The judge warned the defendant, Ilya Saveliev, that he faced up to 10 years.",
            "Prosecutors asked to sentence Pavel Rudak to 10 years.",
        ],
    )
    def test_no_verdict_no_sentence(self, extract_text, text):
        assert not [e for e in extract_text(text).events if e.type == "sentence"]


class TestNamedByParticiple:
    """'the blogger, known as X': the participle of naming tells the role's name."""

    @pytest.mark.parametrize(
        ("text", "name", "months"),
        [
            ("Authorities jailed the blogger, known as Karim Nasser, for four years.", "Karim Nasser", 48),
            (
                "A court sentenced the activist, identified as Reza Tabrizi, to seven years.",
                "Reza Tabrizi",
                84,
            ),
            (
                "The court sentenced a teacher, named as Olena Marchuk, to five years in prison.",
                "Olena Marchuk",
                60,
            ),
        ],
    )
    def test_named_role_is_sentenced(self, extract_text, text, name, months):
        result = extract_text(text)
        assert ("sentence", name) in event_pairs(result)
        assert (name, months) in term_pairs(result)

    @pytest.mark.parametrize(
        "text",
        [
            "The court sentenced the blogger, known for his videos about Karim Nasser, to four years.",
            "Investigators questioned the poet, known as Lera Volkova, for four hours.",
        ],
    )
    def test_no_one_named_or_no_verdict(self, extract_text, text):
        assert not extract_text(text).events


class TestVerbsOwnTermAfterAside:
    """The object's aside may tell a term of its own: the verb's term is the one it governs."""

    @pytest.mark.parametrize(
        ("text", "name", "months"),
        [
            (
                "The court sentenced Nikolai Orlov, whose brother was jailed for 18 years, to three years.",
                "Nikolai Orlov",
                36,
            ),
            (
                "The court sentenced the activist, Timur Bekov, who had spent two years in detention, "
                "to six years.",
                "Timur Bekov",
                72,
            ),
            (
                "The court sentenced Nikolai Orlov, who had already served two years in pre-trial detention, "
                "to five years.",
                "Nikolai Orlov",
                60,
            ),
        ],
    )
    def test_verbs_own_term(self, extract_text, text, name, months):
        result = extract_text(text)
        assert ("sentence", name) in event_pairs(result)
        assert term_pairs(result) == {(name, months)}

    def test_someone_elses_term_is_no_ones(self, extract_text):
        result = extract_text("The court sentenced Nikolai Orlov, whose brother was jailed for 18 years.")
        assert ("sentence", "Nikolai Orlov") in event_pairs(result)
        assert not term_pairs(result)


class TestGivenToSetOffName:
    """'gave a pensioner, X, three years': the role is the object, the name set off after it hangs
    on the verb, and the term may hang on the name."""

    @pytest.mark.parametrize(
        ("text", "name", "months"),
        [
            (
                "A court in Gomel gave a pensioner, Galina Derevyanko, three years in a penal colony.",
                "Galina Derevyanko",
                36,
            ),
            ("A court gave the poet, Ales Kazlou, a two-year suspended sentence.", "Ales Kazlou", 24),
            ("A court in Minsk gave a lecturer, Dawit Alemu, 18 years in prison.", "Dawit Alemu", 216),
            (
                "The judge handed a teenager, Maksim Lobanov, 18 months in a juvenile colony.",
                "Maksim Lobanov",
                18,
            ),
        ],
    )
    def test_given_term(self, extract_text, text, name, months):
        result = extract_text(text)
        assert ("sentence", name) in event_pairs(result)
        assert (name, months) in term_pairs(result)

    @pytest.mark.parametrize(
        "text",
        [
            "The charity gave a volunteer, Anna Lis, three years of funding.",
            "The company gave its director, Ivan Petrov, a two-year contract.",
            "The university gave a lecturer, Olga Sousa, two years to finish her thesis.",
        ],
    )
    def test_no_court_no_sentence(self, extract_text, text):
        assert not extract_text(text).events
