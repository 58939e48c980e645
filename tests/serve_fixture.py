"""The database behind the API and UI tests, built by eventwire itself.

Two documents: an article written for these tests run through the real pipeline (so the
server is tested on what eventwire actually stores), and a hand-built report whose events
are known exactly (so filters, counts and highlights can be checked value for value).
Both texts are invented for the tests.
"""

from __future__ import annotations

from pathlib import Path

from eventwire.model import Actor, Attribution, DateRef, Document, Event, Place, Quantity
from eventwire.store import Store

#: Written for these tests; dated so that "on Tuesday" and "this month" can be resolved.
ARTICLE = """\
Thousands of protesters marched through central Baghdad on Monday, demanding that the government resign, local media reported.
Iraqi security forces fired tear gas at the crowd near Tahrir Square on Tuesday, wounding at least 30 people.
The United States criticized the crackdown on Wednesday, according to a statement from the State Department.
Iran's foreign minister met his Iraqi counterpart in Tehran on March 4 to discuss border security.
The United Nations called on all parties to show restraint.
"""
ARTICLE_PUBLISHED = "2021-03-05"

HAND_TEXT = (
    "Syrian government forces shelled the rebel-held town of Saraqib on Tuesday, local "
    "officials said.\n"
    "Earlier this month, the United Nations urged both sides to agree to a ceasefire.\n"
    "On March 3, Turkish police detained twelve protesters in Ankara, according to Reuters.\n")


#: Markup in a title must be shown as text, never run as HTML.
HAND_TITLE = "Shelling, a call & <b>arrests</b>"


def _span(text: str, words: str) -> tuple[int, int]:
    i = text.index(words)
    return (i, i + len(words))


def hand_built() -> tuple[Document, list[Event]]:
    """A report whose three events, with every span, are known exactly."""
    t = HAND_TEXT
    doc = Document(text=t, doc_ref="tests/hand_report.txt", title=HAND_TITLE,
                   url="https://news.example/hand-report", published="2021-03-04",
                   sitename="Example Wire", cleaned=True)
    lines = t.splitlines()

    def sentence(i: int) -> tuple[str, tuple[int, int]]:
        return lines[i], _span(t, lines[i])

    s0, sp0 = sentence(0)
    s1, sp1 = sentence(1)
    s2, sp2 = sentence(2)
    events = [
        Event(doc_id=doc.doc_id, doc_ref=doc.doc_ref, type="ASSAULT", mode="heavy-weapons",
              sentence=s0, span=sp0,
              source=Actor("Syrian government forces", "Syria", "SYR", "MIL",
                           _span(t, "Syrian government forces")),
              target=Actor("rebel-held town", "Syrian rebels", "SYR", "REB",
                           _span(t, "rebel-held town")),
              date=DateRef("2021-03-02", "day", "on Tuesday", _span(t, "on Tuesday")),
              location=Place("Saraqib", "Saraqib", "SYR", 35.86, 36.80, _span(t, "Saraqib")),
              attribution=Attribution("local officials said", "local officials",
                                      _span(t, "local officials said")),
              modality="reported", confidence=0.9,
              trigger="shelled", trigger_span=_span(t, "shelled")),
        Event(doc_id=doc.doc_id, doc_ref=doc.doc_ref, type="REQUEST", sentence=s1, span=sp1,
              source=Actor("the United Nations", "United Nations", None, "IGO",
                           _span(t, "the United Nations")),
              date=DateRef("2021-03", "month", "Earlier this month",
                           _span(t, "Earlier this month")),
              confidence=0.7, trigger="urged", trigger_span=_span(t, "urged")),
        Event(doc_id=doc.doc_id, doc_ref=doc.doc_ref, type="COERCE", mode="arrest",
              sentence=s2, span=sp2,
              source=Actor("Turkish police", "Turkey", "TUR", "GOV", _span(t, "Turkish police")),
              target=Actor("protesters", "protesters", "TUR", "CVL", _span(t, "protesters")),
              date=DateRef("2021-03-03", "day", "On March 3", _span(t, "On March 3")),
              location=Place("Ankara", "Ankara", "TUR", 39.93, 32.86, _span(t, "Ankara")),
              quantities=[Quantity(12, "protesters", "twelve protesters",
                                   _span(t, "twelve protesters"))],
              attribution=Attribution("according to Reuters", "Reuters",
                                      _span(t, "according to Reuters")),
              modality="reported", confidence=0.8,
              trigger="detained", trigger_span=_span(t, "detained")),
    ]
    return doc, events


def pipeline_results(tmp: Path) -> list[tuple[Document, list[Event]]]:
    """The test article through eventwire's real reader, cleaner and pipeline."""
    from eventwire.pipeline import Pipeline
    from eventwire.readers.open import read_inputs

    path = tmp / "baghdad_protest.txt"
    path.write_text(ARTICLE, encoding="utf-8")

    docs = []
    for d in read_inputs([str(path)]):
        if isinstance(d, Document):
            d.published = d.published or ARTICLE_PUBLISHED
            docs.append(d)
    out = []
    for r in Pipeline().process(docs):
        if isinstance(r, tuple):
            out.append((r[0], list(r[1])))
    return out


def build_db(tmp: Path, with_pipeline: bool = True) -> Path:
    """Write the test database and return its path (closed, so it can be opened read-only)."""
    db = tmp / "serve.duckdb"
    results = [hand_built()]
    if with_pipeline:
        results += pipeline_results(tmp)
    with Store(db) as store:
        store.write(results)
    return db
