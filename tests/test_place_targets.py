"""Whom an attack or help falls on when the sentence names no one: the place it lands in
("Israeli jets struck the Gaza Strip", "aid for flood victims in northern Kenya"), as CAMEO
coders code it; never the venue where aid was pledged, never a place when the recipient is
named, and never a place instead of the people an attack killed when the sentence tells both.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from eventwire.pipeline import extract_sentences

PUB = "2021-03-18"


def _one(text, etype):
    evs = [e for e in extract_sentences([text], published=PUB)[0] if e.type == etype]
    assert evs, f"no {etype} event in {text!r}"
    return evs


@pytest.mark.parametrize("text, etype, country", [
    ("Israeli jets carried out several air strikes in the northern Gaza Strip.", "ASSAULT",
     "PSE"),
    ("Rebels attacked in eastern Chad on Sunday.", "ASSAULT", "TCD"),
    ("The Japanese government has provided $12 million for flood relief in Bangladesh.",
     "AID", "BGD"),
])
def test_the_place_an_act_lands_in_is_its_target(text, etype, country):
    ev = _one(text, etype)[0]
    assert ev.target is not None and ev.target.country == country
    assert ev.target.kind == "place"


def test_a_pledging_venue_is_no_target():
    ev = _one("Norway pledged $20 million in aid at a donor conference in Geneva.", "AID")[0]
    assert ev.target is None or ev.target.country != "CHE"


def test_a_named_recipient_is_not_replaced_by_a_place():
    ev = _one("Canada sent medical supplies to Peru for a clinic in Lima on Monday.", "AID")[0]
    assert ev.target is not None and ev.target.country == "PER"
    assert ev.target.kind != "place" or ev.target.text == "Peru"


def test_the_people_hit_outrank_the_place_in_one_telling():
    evs = _one("Israeli jets carried out air strikes in the Gaza Strip, killing two militants.",
               "ASSAULT")
    assert len(evs) == 1
    ev = evs[0]
    assert ev.mode == "aerial"                  # from the strikes
    assert ev.target is not None and "militants" in ev.target.text  # from the killing


def test_a_statement_made_in_a_city_has_no_place_target():
    ev = _one("Iran accused Saudi Arabia of supporting terrorism in a speech in Tehran.",
              "ACCUSE")[0]
    assert ev.target is not None and ev.target.country == "SAU"
