"""Counts tied to what they count; never dates, years, ordinals, times or money."""

from __future__ import annotations

import pytest

from eventwire.annotate import Annotator
from eventwire.quantities import parse_number, quantities_in


@pytest.fixture(scope="module")
def annotate():
    annotator = Annotator(mode="full")

    def run(text):
        doc = annotator.annotate_one(text).doc
        root = next(doc.sents).root
        return quantities_in(list(doc), root)

    return run


def found(qs):
    return [(q.value, q.unit) for q in qs]


def test_plain_numbers():
    assert parse_number("1,200") == 1200
    assert parse_number("3.5") == 3.5
    assert parse_number("seven") == 7
    assert parse_number("dozens") is None


def test_number_modifying_its_noun(annotate):
    qs = annotate("Ecuador sent about 4,300 soldiers to the border.")
    assert found(qs) == [(4300, "soldiers")]
    assert qs[0].text.startswith("about 4,300")


def test_number_far_from_its_noun_takes_the_clause_object(annotate):
    qs = annotate("Spain has cut the number of its police officers in the region to 850.")
    assert (850, "officers") in found(qs)


def test_casualties_are_counted_as_killed(annotate):
    assert found(annotate("At least 14 villagers were killed in the raid.")) == [(14, "killed")]


def test_hyphenated_count(annotate):
    assert found(annotate("The 12-nation bloc met in Lima.")) == [(12, "nations")]


def test_scaled_numbers(annotate):
    assert found(annotate("Police detained 2 million protesters.")) == [(2_000_000, "arrested")]


@pytest.mark.parametrize("text", [
    "The army withdrew in 2019.",
    "The talks resumed on May 14.",
    "The vote was the third in a row.",
    "The ceasefire began at 10:30 local time.",
    "Qatar paid $300 to the workers.",
    "The siege lasted 40 days.",
    "Many dozens of people marched.",
])
def test_not_counts(annotate, text):
    assert annotate(text) == []


def test_quantity_text_keeps_its_whole_modifier(nlp):
    """The words shown as evidence are the words a reader sees: "at least 40", not "least 40"."""
    from eventwire.quantities import quantities_in

    cases = {
        "Soldiers killed at least 40 civilians near the town.": ("at least 40 civilians", 40),
        "More than 200 protesters were detained.": ("More than 200 protesters", 200),
        "Nearly 1,000 troops arrived.": ("Nearly 1,000 troops", 1000),
    }
    for text, (words, value) in cases.items():
        doc = nlp(text)
        verb = next(t for t in doc if t.dep_ == "ROOT")
        got = quantities_in(doc, clause_verb=verb)
        assert [(q.text, q.value) for q in got] == [(words, value)], text
        q = got[0]
        assert text[q.span[0]:q.span[1]] == words
