"""Sentences whose trigger verbs lack the object words they need are not parsed — and no
event is lost by it."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.clean import clean
from eventwire.events.candidates import conditional_forms
from eventwire.pipeline import Pipeline
from eventwire.readers.open import read_text

ARTICLES = Path(__file__).resolve().parent / "fixtures" / "articles"


def test_verbs_that_need_an_object_word_are_conditional():
    needs = conditional_forms()
    assert {"ban", "bans", "sanctions"} <= needs["lifted"]    # "lifted the ban"
    assert {"ambassador", "ambassadors"} <= needs["received"]  # "received the ambassador"
    assert "found" in needs


@pytest.mark.parametrize("form", ["attacked", "released", "freed", "talks", "protests",
                                  "condemned", "must"])
def test_words_that_fire_alone_are_not_conditional(form):
    assert form not in conditional_forms()


def test_a_pattern_verb_still_fires_through_its_particle(pipes):
    """"called" alone is an event only with a label ("called the vote a farce"), but
    "called for" and "called on" reach the parse as before."""
    skip, _ = pipes
    assert "illegal" in conditional_forms()["called"]
    text = ("The club called its new stadium the Arena. The union called for a strike. "
            "The opposition called the vote illegal.")
    assert _parsed(skip, text) == ["The union called for a strike.",
                                   "The opposition called the vote illegal."]


def _parsed(pipe: Pipeline, text: str) -> list[str]:
    return [s.text for s in pipe.annotator.annotate_one(text).parsed]


@pytest.fixture(scope="module")
def pipes():
    return Pipeline(skip_idle=True), Pipeline(skip_idle=False)


def test_idle_sentences_are_skipped_and_others_kept(pipes):
    skip, keep = pipes
    text = ("The committee found the report useful. "
            "The government lifted the ban on rallies. "
            "Investigators received the documents on Monday.")
    assert _parsed(keep, text) == ["The committee found the report useful.",
                                   "The government lifted the ban on rallies.",
                                   "Investigators received the documents on Monday."]
    assert _parsed(skip, text) == ["The government lifted the ban on rallies."]


def _signature(events) -> list[tuple]:
    return sorted((e.span, e.type, e.mode or "", e.trigger_span, e.modality, e.negated)
                  for e in events)


def test_no_event_is_lost_on_whole_articles(pipes):
    skip, keep = pipes
    paths = sorted(ARTICLES.glob("*.txt"))
    assert len(paths) >= 12
    total = 0
    for path in paths:
        doc = clean(read_text(path.read_text(encoding="utf-8"), doc_ref=path.name,
                              published="2023-01-01"))
        a, b = skip.extract_doc(doc), keep.extract_doc(doc)
        assert _signature(a) == _signature(b), path.name
        total += len(b)
    assert total > 50
    skipped = keep.annotator.sentences_parsed - skip.annotator.sentences_parsed
    assert skipped > 0
