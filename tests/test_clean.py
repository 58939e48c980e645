"""Cleaning: debris out, every body sentence in, the same text however often it runs."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.clean import clean, clean_report, debris_kind, normalise_text
from eventwire.errors import InputError
from eventwire.model import Document
from eventwire.readers import read_inputs

ROOT = Path(__file__).resolve().parents[1]
INPUTS = Path(__file__).resolve().parent / "fixtures" / "inputs"
WIKINEWS = ROOT.parent / "shared" / "data" / "wikinews-articles"

BODY = [
    "Security forces detained at least 40 people in Tbilisi on Saturday, the interior ministry said.",
    "Protesters had gathered outside parliament for a third night, according to local media.",
    "Officials said they would share this information with prosecutors on Monday.",
    "Read more about the law in the ministry's statement, the spokesman told reporters.",
    "The opposition said it would subscribe to any inquiry the European Union proposed.",
]
DEBRIS = [
    "Back to top button", "Share this", "Share this article", "Share on Facebook",
    "Facebook Twitter WhatsApp Email", "Read more", "Read more: Georgia's president vetoes bill",
    "Follow us on Telegram", "Subscribe to our newsletter", "Advertisement",
    "We use cookies to give you the best experience on our website.", "Accept all cookies",
    "Related Articles", "Tags:", "© 2025 Caucasus Wire", "Copyright 2025 Caucasus Wire. All rights reserved.",
    "Skip to content", "Story continues below advertisement", "* * *",
    "Protesters outside the ministry. Image: Jana Kovac.", "(Photo by AFP)",
]


def page(lines: list[str]) -> Document:
    return Document(text="\n\n".join(lines), doc_ref="test")


def test_debris_dropped_and_no_body_sentence_lost():
    lines = [DEBRIS[0], BODY[0], DEBRIS[1], BODY[1], *DEBRIS[2:10], BODY[2], BODY[3], BODY[4], *DEBRIS[10:]]
    doc = clean(page(lines))
    for sentence in BODY:
        assert sentence in doc.text
    for junk in DEBRIS:
        assert junk not in doc.text.split("\n"), junk
    assert doc.text == "\n\n".join(BODY)
    assert doc.cleaned


@pytest.mark.parametrize("line", BODY + [
    "Copyright law was changed by parliament on Monday.",
    "Share prices fell 4 percent after the announcement.",
    "Home Secretary Priya Nair visited the border on Friday.",
    "Follow-up talks are planned for next week in Doha.",
    "Tags and stickers were found at the scene, police said.",
    "The photo showed soldiers at the checkpoint, the ministry said.",
    "Image rights are a contested issue: the court ruled on Monday that the ban was unlawful.",
])
def test_content_lines_are_not_debris(line):
    assert debris_kind(line) is None


@pytest.mark.parametrize("line", DEBRIS)
def test_debris_lines_are_recognised(line):
    assert debris_kind(line) is not None


def test_fixture_page():
    [doc] = list(read_inputs([str(INPUTS / "scraped_page.txt")]))
    doc, dropped = clean_report(doc)
    assert doc.text.startswith("Lawmakers in Lima voted on Thursday to remove the interior minister")
    assert "Share this story with the farmers' union, its leader told supporters" in doc.text
    assert doc.text.endswith("The government said it would appoint a replacement on Friday.")
    assert "Advertisement" not in doc.text and "Back to top" not in doc.text
    assert dropped == ["Advertisement", "Read more: Farmers block highways in the south",
                       "Back to top button", "Share this"]


def test_normalisation():
    raw = ("  The\u00a0minister  met\tenvoys in Gene\u0300ve.  \r\n\r\n\r\n\r\n"
           "Talks\u200b ended on\u2009Monday.\u2028Both sides agreed.   \n")
    text = normalise_text(raw)
    assert text == "The minister met envoys in Gen\u00e8ve.\n\nTalks ended on Monday.\nBoth sides agreed."


def test_tag_line_detected_when_reader_did_not():
    doc = Document(text="IraqMiddle EastNorth America\n\nUS troops left the base on Friday, officials said.",
                   doc_ref="x", source_format="json")
    out = clean(doc)
    assert out.tags == ["Iraq", "Middle East", "North America"]
    assert out.text == "US troops left the base on Friday, officials said."


def test_repeated_title_and_dateline_removed():
    doc = Document(text="Ceasefire holds in Gaza\nMonday, May 5, 2025\nThe truce held for a second day on Monday.",
                   doc_ref="x", title="Ceasefire holds in Gaza")
    out = clean(doc)
    assert out.text == "The truce held for a second day on Monday."
    assert out.published == "2025-05-05"
    dated = clean(Document(text="Friday, May 9, 2025\nShelling resumed.", doc_ref="y", published="2025-05-10"))
    assert dated.published == "2025-05-10" and dated.text == "Shelling resumed."


def test_tags_line_gives_tags():
    out = clean(Document(text="Militants attacked a checkpoint on Sunday.\n\nTags: Niger, Sahel, Security",
                         doc_ref="x"))
    assert out.text == "Militants attacked a checkpoint on Sunday."
    assert out.tags == ["Niger", "Sahel", "Security"]


def test_only_debris_is_empty():
    with pytest.raises(InputError) as e:
        clean(page(["Share this", "Back to top button", "Advertisement"]))
    assert e.value.code == "E002"


def test_input_not_changed_and_doc_id_ignores_debris():
    a = page([BODY[0], "Share this", BODY[1]])
    b = page(["Subscribe to our newsletter", BODY[0], BODY[1], "Back to top button"])
    original = a.text
    ca, cb = clean(a), clean(b)
    assert a.text == original and not a.cleaned
    assert ca.doc_id == cb.doc_id


def _all_samples() -> list[Document]:
    return [d for d in read_inputs([str(ROOT / "samples"), str(INPUTS)]) if isinstance(d, Document)]


def test_idempotent_on_samples_and_fixtures():
    docs = _all_samples()
    assert len(docs) >= 14
    for d in docs:
        once = clean(d)
        twice = clean(once)
        assert twice.text == once.text and twice.tags == once.tags and twice.doc_id == once.doc_id


def test_idempotent_on_seed(seed_path):
    [d] = list(read_inputs([str(seed_path)]))
    once = clean(d)
    assert clean(once).text == once.text


@pytest.mark.skipif(not WIKINEWS.exists(), reason="shared data absent")
def test_wikinews_dateline_dropped():
    docs = list(read_inputs([str(WIKINEWS / "wikinews_2019.csv")]))
    raw_lines = [line.strip() for line in docs[0].text.split("\n") if line.strip()]
    first = clean(docs[0])
    assert raw_lines[0].startswith(("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                                    "Saturday", "Sunday"))  # the Wikinews dateline
    assert first.text.startswith(raw_lines[1][:60])
    assert "\u00a0" not in first.text and "\n\n\n" not in first.text
    assert first.published == docs[0].published


def test_language():
    english = clean(page([BODY[0], BODY[1]]))
    assert english.language == "en"
    french = clean(Document(text="Les forces de sécurité ont arrêté au moins quarante personnes samedi "
                                 "à Tbilissi, selon le ministère de l'Intérieur.", doc_ref="fr"))
    assert french.language is None
    declared = clean(Document(text=BODY[0], doc_ref="x", language="en-GB"))
    assert declared.language == "en"
