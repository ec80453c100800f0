"""Making a document: headline as title, a dateline paragraph as publication date."""

from datetime import date

from vigil.ingest.documents import dateline_date, headline, make_document


def test_a_short_first_paragraph_is_the_headline():
    assert (
        headline("Belarus frees 37 prisoners\n\nVILNIUS - Belarus freed ...") == "Belarus frees 37 prisoners"
    )
    assert headline("A whole first sentence that ends like prose.\n\nMore.") is None
    assert headline("Only one paragraph here") is None


def test_a_date_standing_alone_near_the_top_is_the_publication_date():
    assert dateline_date("Title\n\nJune 21, 2025\n\nBy X") == date(2025, 6, 21)
    assert dateline_date("Published: 21 June 2025 10:40\n\nText") == date(2025, 6, 21)
    assert dateline_date("MINSK, March 4 — Ihar Vasilevich was detained.") is None
    assert dateline_date("In June 21, 2025 something happened") is None


def test_given_metadata_wins_over_what_the_text_suggests():
    doc = make_document(
        "Headline here now\n\nJune 21, 2025\n\nIhar Karnei was freed.",
        source="x.txt",
        title="Given title",
        published=date(2025, 6, 22),
    )
    assert (doc.title, doc.published) == ("Given title", date(2025, 6, 22))
