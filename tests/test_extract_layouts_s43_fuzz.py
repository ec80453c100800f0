"""Layouts and typography of real copy, session 43: the cleaner reads them once, so every rule
sees the text it was written for.

* Hard line-wraps (e-mail and PDF copy broken at ~70 columns) made every line a paragraph and cut
  sentences in two: the lines of a wrapped text are joined back (`clean.unwrap`), and lists,
  headers, timelines and interview turns set one a line are not.
* HTML entities a scraper left (`&nbsp;`, `&laquo;`, `&quot;`) are read as their characters.
* The modifier-letter apostrophe ʼ (Belarusian `сямʼя`) is the apostrophe `'`.
* A Latin look-alike letter typed as a one-letter Cyrillic word (`Андрэй i Марыя`) or in a word
  with one Cyrillic letter that has no Latin twin (`Iгар`) is Cyrillic.
* A short paragraph set twice in a row (a heading a repost doubled) is dropped once.

The second half is a fast net over samples of the dev sets (the full fuzz, every read set and
every mutation, is `benchmarks/fuzz_layouts.py`): every mutated article comes back, and those
layouts that do not change the meaning clean to the very text the article cleans to.
"""

from __future__ import annotations

import pytest
from benchmarks.fuzz_layouts import MUTATIONS, facts, wrap_paragraph

from tests.fixtures.extraction import SHARED
from vigil.ingest.clean import clean_text

CORPUS = SHARED / "corpus"


def _wrap(text: str, width: int) -> str:
    """Each paragraph broken greedily at `width` columns (the benchmark's mail-style wrap)."""
    return "\n\n".join(wrap_paragraph(paragraph, width) for paragraph in text.split("\n\n"))


ARTICLES = {
    "en": (
        "Rights lawyer Tomas Verhoeven was detained in Tbilisi on Monday after he criticised the "
        "interior ministry's handling of the protests in a television interview.\n\n"
        "A court in Batumi sentenced the blogger Nino Kapanadze to three years in prison on "
        'Thursday for organising a rally, her lawyer said. "We will appeal," said Kapanadze\'s '
        "lawyer, Levan Abashidze."
    ),
    "ru": (
        "В Ульяновске задержан краевед Аркадий Мельников, сообщили правозащитники.\n\n"
        "Суд в Самаре приговорил учительницу Веронику Зотову к четырём годам колонии за посты "
        "в социальных сетях. «Мы обжалуем приговор», — сказал её адвокат Глеб Рудаков."
    ),
    "be": (
        "У Барысаве затрымалі настаўніка Рыгора Пашкевіча, паведамляюць праваабаронцы.\n\n"
        "Суд у Лідзе асудзіў журналістку Алену Жук на тры гады калоніі за каментарыі ў "
        "сацыяльных сетках. «Мы будзем абскарджваць прысуд», — сказаў яе адвакат Сымон Лук'янчык."
    ),
}


# -- the cleaner (no model) ----------------------------------------------------------------


@pytest.mark.parametrize("width", [44, 58, 72])
@pytest.mark.parametrize("language", sorted(ARTICLES))
def test_a_hard_wrapped_article_cleans_to_its_paragraphs(language, width):
    text = ARTICLES[language]
    assert clean_text(_wrap(text, width)).text == clean_text(text).text


def test_a_wrapped_text_without_blank_lines_keeps_its_short_last_lines_as_paragraph_ends():
    paragraphs = [
        "Ein Gericht in Minsk hat den Gewerkschafter Pavel Hrynko zu sechs Jahren Haft verurteilt, "
        "teilte die Menschenrechtsorganisation mit.",
        "Sein Anwalt kündigte Berufung an.",
        "Hrynko war im Mai in seiner Wohnung festgenommen und danach in Untersuchungshaft gebracht worden.",
    ]
    wrapped = "\n".join(_wrap(p, 60) for p in paragraphs)
    assert clean_text(wrapped).text == "\n\n".join(paragraphs)


def test_a_word_hyphenated_at_the_break_joins_without_a_space():
    text = (
        "Праваабаронцы лічаць палітвязнямі ўсіх затрыманых учора ў паўночна-\n"
        "заходнім раёне горада пасля акцыі, якую разагнала міліцыя, і патрабуюць\n"
        "іх вызвалення, паведамляе выданне, якое сочыць за справамі.\n"
    )
    assert "паўночна-заходнім" in clean_text(text).text
    assert len(clean_text(text).text.split("\n\n")) == 1


@pytest.mark.parametrize(
    "lines",
    [
        # a list of names, one a line
        ["Задержаны:", "Ирина Белова", "Кирилл Носов", "Павел Ганин", "Дарья Лось"],
        # a header block of a transcript
        [
            "RADIO FREE HOUR — weekly programme, 88.4 FM, Bishkek",
            "Aired: Wednesday 4 March 2026, 20:00",
            "Host: Aibek Toktogulov",
            "Guests: Jyldyz Asanova, lawyer; Maksat Omurov, former prisoner",
        ],
        # a timeline with lower-case months
        [
            "сакавік 2023 — затрыманы каля дома пасля вобшуку ў кватэры бацькоў;",
            "ліпень 2023 — асуджаны Гомельскім абласным судом на пяць гадоў;",
            "снежань 2024 — этапаваны ў калонію ў Наваполацку, дзе знаходзіцца і цяпер.",
        ],
        # interview turns
        [
            "— Когда вас задержали и где вы находились первые дни после ареста?",
            "— В марте, сначала в изоляторе временного содержания, потом в СИЗО.",
            "— Что было дальше, когда дело передали в суд и начались заседания?",
            "— Суд длился три месяца, и всё это время меня держали в одиночке.",
        ],
        # a sentence list ending each item with a semicolon
        [
            "Maxat Dauletov, 41, an engineer, to nine years in a strict-regime colony;",
            "Gulnara Seitova, 33, a nurse, to five years in a general-regime colony;",
            "Ruslan Abenov, 27, a student, to three years of restricted freedom.",
        ],
    ],
)
def test_lines_set_one_item_a_line_stay_paragraphs(lines):
    assert clean_text("\n".join(lines)).text == "\n\n".join(lines)


def test_a_wrapped_reply_goes_on_across_a_dash_before_a_lower_case_word():
    text = (
        "«Мы до последнего надеялись, что суд учтёт его болезнь и возраст», — рассказала жена "
        "осуждённого Елена Маркова журналистам после оглашения приговора в областном суде Пензы."
    )
    width = next(w for w in range(40, 90) if "\n— " in _wrap(text, w))
    assert clean_text(_wrap(text, width)).text == clean_text(text).text


@pytest.mark.parametrize(
    ("escaped", "clean"),
    [
        ("Суд&nbsp;приговорил &laquo;Мемориал&raquo;", 'Суд приговорил "Мемориал"'),
        ("&quot;Free them all,&quot; wrote Ann&#8217;s lawyer", '"Free them all," wrote Ann\'s lawyer'),
        ("5&#160;гадоў &mdash; паведаміла &amp;nbsp;Вясна", "5 гадоў — паведаміла Вясна"),
    ],
)
def test_html_entities_left_in_the_text_are_read(escaped, clean):
    assert clean_text(escaped).text == clean


@pytest.mark.parametrize("text", ["AT&T and R&D staff", "Smith & Sons; &copy 2024", "a &b; c &# d"])
def test_an_ampersand_that_is_no_entity_stays(text):
    assert clean_text(text).text == text


def test_the_modifier_letter_apostrophe_is_the_apostrophe():
    assert clean_text("Сямʼя Дарʼі даведалася пра затрыманне").text == "Сям'я Дар'і даведалася пра затрыманне"


@pytest.mark.parametrize(
    ("typed", "clean"),
    [
        ("Андрэй i Марыя", "Андрэй і Марыя"),  # the Belarusian conjunction in Latin
        ("встреча c адвокатом", "встреча с адвокатом"),
        ("Iгар Лабko", "Ігар Лабko"),  # one Cyrillic letter with no Latin twin: Cyrillic
        ("oн был задержан", "он был задержан"),
    ],
)
def test_latin_look_alikes_beside_cyrillic_become_cyrillic(typed, clean):
    assert clean_text(typed).text == clean


@pytest.mark.parametrize(
    "text",
    [
        "проспект Петра I в Минске",  # a Roman numeral
        "Plan B i am; вариант C.",
        "Cоx wrote",  # one Cyrillic look-alike in a Latin word says nothing
    ],
)
def test_latin_letters_that_may_be_latin_stay(text):
    assert clean_text(text).text == text


def test_a_short_paragraph_set_twice_in_a_row_is_dropped_once():
    cleaned = clean_text("KYRGYZSTAN\n\nKYRGYZSTAN\n\nA court in Bishkek jailed two reporters.\n\nKYRGYZSTAN")
    assert cleaned.text == "KYRGYZSTAN\n\nA court in Bishkek jailed two reporters.\n\nKYRGYZSTAN"
    assert cleaned.duplicates_removed == 1


# -- the pipeline: the facts stay ----------------------------------------------------------

SAME = sorted(name for name, (_mutate, same) in MUTATIONS.items() if same and name != "yo-as-e")


@pytest.mark.parametrize("mutation", [*SAME, "wrap-at-50"])
@pytest.mark.parametrize("language", sorted(ARTICLES))
def test_a_layout_that_keeps_the_meaning_keeps_the_facts(run, language, mutation):
    text = ARTICLES[language]
    mutated = _wrap(text, 50) if mutation == "wrap-at-50" else MUTATIONS[mutation][0](text, language)
    clean = facts(run(text, language))
    assert clean, "the article's own facts"
    assert facts(run(mutated, language)) == clean


def test_yo_written_as_e_keeps_the_russian_facts(run):
    text = ARTICLES["ru"].replace("четырём", "четырем").replace("её", "ее").replace("ё", "е")
    assert facts(run(text, "ru")) == facts(run(ARTICLES["ru"], "ru"))


# -- the net over the dev sets -------------------------------------------------------------


# hard wraps and look-alikes are left to the article tests above (see the docstring below)
CLEANED_ALIKE = [mutation for mutation in SAME if mutation not in ("wrap70", "lookalikes")]


@pytest.mark.parametrize("mutation", CLEANED_ALIKE)
@pytest.mark.parametrize("corpus", ["dev", "dev2", "dev-ru", "dev-be"])
def test_a_layout_that_keeps_the_meaning_cleans_to_the_same_text(corpus, mutation):
    """No model: extraction reads only the cleaned text, so the same cleaned text is the same
    facts. (Hard wraps are left to the article tests above: a text whose paragraphs part at one
    line end may keep a wrapped sentence end as a paragraph end; the fuzz's look-alikes make
    one-letter words such as "с" Latin after a digit, which the cleaner cannot tell.)"""
    files = sorted((CORPUS / corpus).glob("*.txt"))
    assert files, "the shared dev corpus is beside the checkout"
    language = {"dev-ru": "ru", "dev-be": "be"}.get(corpus, "en")
    for path in files:
        text = path.read_text(encoding="utf-8")
        assert clean_text(MUTATIONS[mutation][0](text, language)).text == clean_text(text).text, path.name


# session 42's seven, which its net drives through Russian and Belarusian only
S42 = ("colon-dash", "dash-lines", "speaker", "nospace", "trailing", "quotes-cut", "colon-end")
# the layouts whose cleaned text differs from the article's (the others are the same text)
NET = sorted(
    {(lang, m) for m in S42 for lang in ("en",)}
    | {
        (lang, m)
        for m, (_mutate, same) in MUTATIONS.items()
        if m not in S42 and (not same or m in ("wrap70", "yo-as-e", "lookalikes"))
        for lang in ("en", "ru", "be")
        if not (m in ("yo-as-e", "lookalikes") and lang == "en")
    }
)


@pytest.mark.parametrize(("language", "mutation"), NET)
def test_every_sampled_dev_article_survives_a_layout(run, language, mutation):
    folder = {"en": "dev", "ru": "dev-ru", "be": "dev-be"}[language]
    files = sorted((CORPUS / folder).glob("*.txt"))[1::12]  # (a sample: the net, not a score)
    assert files, "the shared dev corpus is beside the checkout"
    for path in files:
        result = run(MUTATIONS[mutation][0](path.read_text(encoding="utf-8"), language), language)
        assert result.document.text, path.name


@pytest.mark.parametrize("marker", ["AD", "▶", "}."])
def test_a_page_marker_twice_in_a_row_is_layout_not_a_repeat(marker):
    """Scraped pages set "AD" or a player's "▶" twice in a row; no word of three letters, so no
    reporting repeated: the count an editor sees stays the paragraphs a repost carried twice."""
    text = f"Two reporters were detained in Harare on Monday.\n\n{marker}\n\n{marker}\n\nBoth were freed."
    cleaned = clean_text(text)
    assert cleaned.duplicates_removed == 0
    assert cleaned.text.count(marker) == 2


def test_a_heading_doubled_by_a_repost_goes():
    cleaned = clean_text("Arrests\n\nArrests\n\nTwo reporters were detained in Harare on Monday.")
    assert cleaned.duplicates_removed == 1
    assert cleaned.text.count("Arrests") == 1
