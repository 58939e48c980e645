"""What a whole article settles that one sentence does not: the unnamed strikers and
protesters of an article plainly about one country are that country's (as CAMEO codes
them), but not refugees, foreigners or generic "people"; "condemned the arrests" judges the
arrest told before, not the later act of another kind. Articles written for these tests."""

from __future__ import annotations

import pytest

import eventwire

ARTICLE = (
    "PANAMA CITY (Reuters) - Panama's government lifted a curfew in the city of Colon on "
    "Friday, officials in Panama said. Panamanian police arrested 12 union leaders in Colon on "
    "Monday. The Panamanian labour ministry later suspended the union radio station's licence. "
    "{sentence}"
)


def _events(sentence):
    return eventwire.extract(ARTICLE.format(sentence=sentence), published="2026-07-25")


def _one(evs, etype, word):
    hits = [e for e in evs if e.type == etype and word in e.sentence]
    assert hits, [(e.type, e.sentence) for e in evs]
    return hits[0]


@pytest.mark.parametrize("sentence, etype, word, country", [
    ("The dockworkers walked off the job on Tuesday.", "PROTEST", "dockworkers", "PAN"),
    ("Students marched to the port on Wednesday.", "PROTEST", "Students", "PAN"),
    # people in a country without being of it, and anyone at all, stay unknown
    ("Refugees marched to the port on Wednesday.", "PROTEST", "Refugees", None),
    ("Foreign workers walked off the job on Tuesday.", "PROTEST", "Foreign", None),
])
def test_unnamed_people_of_an_article_about_one_country(sentence, etype, word, country):
    ev = _one(_events(sentence), etype, word)
    assert ev.source is not None
    assert ev.source.country == country


def test_a_sentence_naming_another_country_keeps_its_people_unknown():
    ev = _one(_events("Dockworkers in Costa Rica walked off the job in solidarity on Tuesday."),
              "PROTEST", "Costa Rica")
    assert ev.source is None or ev.source.country != "PAN"


def test_condemned_arrests_target_the_arresters_not_a_later_act():
    ev = _one(_events("Human Rights Watch condemned the arrests on Thursday."), "ACCUSE",
              "Human Rights Watch")
    assert ev.target is not None
    assert "police" in ev.target.text.lower()
