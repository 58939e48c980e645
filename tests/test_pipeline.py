"""The per-document pipeline: batching, failures that do not stop the stream, the fast path
giving what the full pipeline gives, and the Python API."""

from __future__ import annotations

import pytest

import eventwire
from eventwire.annotate import Annotator
from eventwire.model import EVENT_KEYS, Document, Failure
from eventwire.pipeline import Pipeline, default_pipeline

TEXTS = [
    "The weather was mild in Oslo. On Monday, Egyptian police arrested 30 protesters in "
    "Cairo. Markets were calm.",
    "Turkish jets bombed Kurdish positions in northern Iraq, the ministry said on Tuesday. "
    "Two days earlier, Ankara had warned the militants.",
    "Nothing happened here at all.",
    "Mexico and Guatemala signed a border agreement on 3 March 2021.",
]


def docs(texts=TEXTS):
    return [Document(text=t, doc_ref=f"d{i}", published="2021-03-18", cleaned=True)
            for i, t in enumerate(texts)]


@pytest.fixture(scope="module")
def pipe():
    return default_pipeline()


def summary(events):
    return [(e.type, e.mode, e.source and e.source.name, e.target and e.target.name,
             e.date and e.date.value, e.modality, e.negated, e.span) for e in events]


def test_process_yields_one_result_per_document_in_order(pipe):
    out = list(pipe.process(docs(), batch_size=2))
    assert [d.doc_ref for d, _ in out] == ["d0", "d1", "d2", "d3"]
    (d0, e0), (d1, e1), (d2, e2), (d3, e3) = out
    assert [e.type for e in e0] == ["COERCE"] and e0[0].date.value == "2021-03-15"
    assert d0.text[e0[0].span[0]:e0[0].span[1]] == e0[0].sentence
    assert "ASSAULT" in [e.type for e in e1]
    assert e2 == []
    assert e3 and e3[0].type == "AGREE" and e3[0].date.value == "2021-03-03"


def test_records_follow_the_export_contract(pipe):
    (_, events), = list(pipe.process(docs(TEXTS[:1])))
    rec = events[0].to_record()
    assert tuple(rec) == EVENT_KEYS
    assert rec["doc_ref"] == "d0" and rec["source"]["country"] == "EGY"
    assert rec["quantities"] == [{"value": 30, "unit": "arrested", "text": "30 protesters"}]


def test_a_failing_document_does_not_stop_the_stream(pipe, monkeypatch):
    import eventwire.pipeline as pl

    real = pl.extract_sentence

    def flaky(sent, ctx):
        if "Turkish" in sent.text:
            raise RuntimeError("boom")
        return real(sent, ctx)

    monkeypatch.setattr(pl, "extract_sentence", flaky)
    out = list(pipe.process(docs()))
    assert len(out) == 4
    assert isinstance(out[1], Failure) and out[1].doc_ref == "d1" and out[1].code == "E022"
    assert "boom" in out[1].message
    assert not isinstance(out[3], Failure) and out[3][1]


def test_failures_from_reading_pass_through(pipe):
    bad = Failure("broken.bin", ValueError("unreadable"))
    out = list(pipe.process([bad, *docs(TEXTS[:1])]))
    assert out[0] is bad and out[1][0].doc_ref == "d0"


def test_fast_path_gives_the_same_events_as_the_full_pipeline():
    fast, full = Pipeline(mode="fast"), Pipeline(mode="full")
    a = [summary(e) for _, e in fast.process(docs())]
    b = [summary(e) for _, e in full.process(docs())]
    assert a == b
    assert 0 < fast.annotator.parsed_share < 1      # "Markets were calm." is not parsed
    assert full.annotator.parsed_share == 1


def test_fast_annotation_keeps_entities_everywhere_and_parse_on_candidates():
    ann = Annotator(mode="fast", is_candidate=lambda s: "bombed" in s.text) \
        .annotate_one("Angela Merkel visited Paris. Russian jets bombed Aleppo.")
    assert [e.text for e in ann.doc.ents][:2] == ["Angela Merkel", "Paris"]
    assert len(ann.parsed) == 1 and ann.parsed[0].text == "Russian jets bombed Aleppo."
    assert ann.parsed[0].root.text == "bombed"
    assert [s.text for s in ann.doc.sents] == ["Angela Merkel visited Paris.",
                                               "Russian jets bombed Aleppo."]


def test_python_api_reads_and_cleans_text():
    events = eventwire.extract("Sudanese soldiers attacked a camp in Darfur on Monday.",
                               published="2021-03-18")
    assert [e.type for e in events] == ["ASSAULT"]
    assert events[0].date.value == "2021-03-15"
    assert events[0].doc_ref == "<text>"


def test_extract_sentences_keeps_one_list_per_sentence():
    out = eventwire.extract_sentences(["Nothing to see.", "Peru expelled a Chilean envoy."])
    assert out[0] == [] and out[1][0].type == "SANCTION"


def test_entity_recognizer_on_candidate_sentences_only():
    """``ner_scope="candidates"``: entities and parse on the event sentences, none elsewhere
    (the cheaper mode that is measured but not the default)."""
    text = "Angela Merkel visited Paris. Russian jets bombed Aleppo on Monday."
    ann = Annotator(mode="fast", ner_scope="candidates",
                    is_candidate=lambda s: "bombed" in s.text).annotate_one(text)
    assert [s.text for s in ann.parsed] == ["Russian jets bombed Aleppo on Monday."]
    ents = [(e.text, e.label_) for e in ann.doc.ents]
    assert ("Russian", "NORP") in ents and ("Monday", "DATE") in ents
    assert all(e.start >= ann.parsed[0].start for e in ann.doc.ents)   # none for Merkel
    assert ann.parsed[0].root.text == "bombed"
    assert len(list(ann.doc.sents)) == 2
    with pytest.raises(ValueError, match="ner_scope"):
        Annotator(ner_scope="some")


def test_entity_recognizer_on_named_and_candidate_sentences():
    """``ner_scope="names"``: sentences that may name someone are recognized too (so actors
    keep their full names); a sentence with neither a name nor an event word is skipped."""
    from eventwire.annotate import _has_name

    text = ("The committee met for three hours on Friday. Its new chair, Maria Lopez, opened "
            "the session. Rebels attacked a convoy near Goma.")
    ann = Annotator(mode="fast", ner_scope="names",
                    is_candidate=lambda s: "attacked" in s.text).annotate_one(text)
    first, second, third = list(ann.doc.sents)
    ents = [(e.text, e.label_) for e in ann.doc.ents]
    assert ("Maria Lopez", "PERSON") in ents
    assert not [e for e in ann.doc.ents if e.start < first.end]   # "three hours", "Friday"
    assert [s.text for s in ann.parsed] == [third.text]
    doc = ann.doc
    assert _has_name(doc, second.start, second.end) and not _has_name(doc, first.start,
                                                                       first.end)
