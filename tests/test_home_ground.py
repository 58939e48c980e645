"""Where an act happened when its sentence names no place: a state's arrests, bans, crowd
control and police sent in happen where it rules, and its own people's protests happen at
home. A coder reading a story datelined "LA PAZ -" places "Police arrested 27 people" in
Bolivia; eventwire does too, but only when the actor's words or the dateline give its
country, the sentence names no other place, and the actor is not soldiers (troops arrest
abroad too). Articles written for these tests."""

from __future__ import annotations

import pytest

from eventwire.pipeline import extract

DATELINED = """Truckers block Bolivian highways over fuel prices

LA PAZ - Truck drivers blocked dozens of highways across Bolivia on Thursday in protest \
against a rise in diesel prices, the roads authority said.

Police arrested 27 people on Thursday, Government Minister Oscar Villca told reporters. \
Riot police fired tear gas to disperse the crowd, he said.

Bolivian police also arrested \
two Peruvian drivers near the border with Peru.
"""

NO_DATELINE = """Gold toilet stolen from palace

Police arrested a 36-year-old man on suspicion of burglary, the force said on Tuesday. \
The golden toilet, titled America, was valued at five million US dollars by American \
insurers, and the New York gallery that sold it said it was insured in the United States.
"""


@pytest.fixture(scope="module")
def datelined():
    return extract(DATELINED, published="2026-03-13", doc_ref="bolivia")


def _event(events, typ, words):
    hits = [e for e in events if e.type == typ and words in e.sentence]
    assert hits, [(e.type, e.sentence[:50]) for e in events]
    return hits[0]


def test_an_arrest_by_the_dateline_country_police_happened_there(datelined):
    ev = _event(datelined, "COERCE", "arrested 27 people")
    assert ev.source is not None and ev.source.country == "BOL"
    assert ev.location is not None and ev.location.country == "BOL"
    assert ev.location.span is not None          # it points at the dateline's words
    ev = _event(datelined, "ASSAULT", "fired tear gas")
    assert ev.location is not None and ev.location.country == "BOL"
    assert ev.target is not None and "crowd" in ev.target.text


def test_the_dateline_is_not_part_of_the_first_actor(datelined):
    ev = _event(datelined, "PROTEST", "Truck drivers blocked")
    assert ev.source is not None and "PAZ" not in ev.source.text
    assert "Truck drivers" in ev.source.text


def test_a_sentence_naming_another_country_gets_no_guessed_place(datelined):
    ev = _event(datelined, "COERCE", "Bolivian police also arrested")
    assert ev.location is None                   # Peru is named: not guessed


def test_a_country_only_the_context_suggests_is_not_stacked_on():
    events = extract(NO_DATELINE, published="2019-09-18", doc_ref="toilet")
    ev = _event(events, "COERCE", "Police arrested a 36-year-old man")
    assert ev.location is None, ev.location


def test_a_group_that_says_it_will_march_is_the_marchs_organiser():
    events = extract("The opposition Umoja Alliance said it would hold fresh marches in "
                     "Nairobi on Thursday.", published="2026-07-08", doc_ref="umoja")
    marches = [e for e in events if e.type == "PROTEST"]
    assert marches and marches[0].modality == "planned"
    assert marches[0].source is not None and "Umoja Alliance" in marches[0].source.text
