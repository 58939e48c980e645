"""A bare side's country from the state institution it deals with (actors/counterpart.py).

Hand-built events test the rules without a model; a few sentences check the whole pipeline."""

from __future__ import annotations

import warnings

import pytest

from eventwire.actors.counterpart import domestic_counterparts
from eventwire.model import Actor, Event, Place


def _actor(text: str, country: str | None, sector: str | None, kind: str = "role") -> Actor:
    return Actor(text=text, name=text, country=country, sector=sector, kind=kind)


def _event(source: Actor | None, target: Actor | None, typ: str = "ACCUSE",
           mode: str | None = None, location: Place | None = None) -> Event:
    return Event(doc_id="d", doc_ref="d", type=typ, sentence="s", span=(0, 1), mode=mode,
                 source=source, target=target, location=location)


def _countries(ev: Event) -> tuple[str | None, str | None]:
    return (ev.source.country if ev.source else None,
            ev.target.country if ev.target else None)


def test_bare_opposition_takes_the_country_of_the_government_it_accuses():
    ev = _event(_actor("Opposition leader Juan Perez", None, "OPP", "person"),
                _actor("Bolivian government", "BOL", "GOV"))
    assert _countries(domestic_counterparts([ev])[0]) == ("BOL", "BOL")


def test_police_arresting_bare_protesters_makes_them_domestic():
    ev = _event(_actor("Kenyan police", "KEN", "GOV"), _actor("protesters", None, "CVL"),
                typ="COERCE", mode="arrest")
    assert _countries(domestic_counterparts([ev])[0]) == ("KEN", "KEN")


def test_the_people_a_state_arrests_at_home_are_its_own():
    held = _actor("more than 200 young men", None, None)
    ev = _event(_actor("police", "ETH", "GOV"), held, typ="COERCE", mode="arrest")
    assert _countries(domestic_counterparts([ev])[0]) == ("ETH", "ETH")
    home = Place(text="Ethiopia", name="Ethiopia", country="ETH")
    ev = _event(_actor("Security forces", "ETH", "MIL"), held, typ="COERCE", mode="arrest",
                location=home)
    assert _countries(domestic_counterparts([ev])[0]) == ("ETH", "ETH")
    ev = _event(_actor("Security forces", "ETH", "MIL"), held, typ="COERCE", mode="arrest")
    assert _countries(domestic_counterparts([ev])[0]) == ("ETH", None)   # troops, anywhere
    refugees = _actor("40 refugees", None, "CVL")
    ev = _event(_actor("police", "ETH", "GOV"), refugees, typ="COERCE", mode="arrest")
    assert _countries(domestic_counterparts([ev])[0]) == ("ETH", None)


def test_agents_who_arrest_a_named_person_are_of_that_persons_state():
    nigerian = _actor("Obasanjo", "NGA", "GOV", "person")
    ev = _event(_actor("security agents", None, "GOV"), nigerian, typ="COERCE", mode="arrest")
    assert _countries(domestic_counterparts([ev])[0]) == ("NGA", "NGA")
    # not where the arrest is placed in another country, nor for an accusation
    abroad = Place(text="London", name="London", country="GBR")
    ev = _event(_actor("police", None, "GOV"), _actor("Pinochet", "CHL", "GOV", "person"),
                typ="COERCE", mode="arrest", location=abroad)
    assert _countries(domestic_counterparts([ev])[0]) == (None, "CHL")    # two countries
    ev = _event(_actor("Judge Sergio Moro", None, "JUD", "person"),
                _actor("Lula", "BRA", "GOV", "person"), typ="SANCTION", mode="convict")
    assert _countries(domestic_counterparts([ev])[0]) == ("BRA", "BRA")
    ev = _event(_actor("security agents", None, "GOV"), nigerian, typ="ACCUSE")
    assert _countries(domestic_counterparts([ev])[0]) == (None, "NGA")


def test_police_are_sent_only_where_the_sender_rules():
    basque = _actor("Basque", "ESP", None, "country")
    ev = _event(_actor("Interior Minister Corcuera", None, "GOV", "person"), basque,
                typ="MOBILIZE", mode="police")
    assert _countries(domestic_counterparts([ev])[0]) == ("ESP", "ESP")
    ev = _event(_actor("Interior Minister Corcuera", None, "GOV", "person"), basque,
                typ="MOBILIZE", mode="troops")
    assert _countries(domestic_counterparts([ev])[0]) == (None, "ESP")     # troops go abroad


def test_bare_government_takes_the_country_of_its_domestic_opponent():
    ev = _event(_actor("Sudanese rebels", "SDN", "REB"), _actor("government", None, "GOV"),
                typ="REJECT")
    assert _countries(domestic_counterparts([ev])[0]) == ("SDN", "SDN")


def test_an_official_who_orders_arrests_somewhere_is_that_countrys():
    cairo = Place(text="Cairo", name="Cairo", country="EGY")
    ev = _event(_actor("Interior Minister Ahmed Saleh", None, "GOV", "person"),
                _actor("opposition leaders", None, "OPP"), typ="COERCE", mode="arrest",
                location=cairo)
    assert _countries(domestic_counterparts([ev])[0]) == ("EGY", "EGY")


def test_a_minister_who_criticises_somewhere_is_not_placed_by_it():
    """Only acts of jurisdiction place a state actor: a minister may speak abroad."""
    paris = Place(text="Paris", name="Paris", country="FRA")
    ev = _event(_actor("Interior Minister Ahmed Saleh", None, "GOV", "person"), None,
                location=paris)
    assert _countries(domestic_counterparts([ev])[0]) == (None, None)


@pytest.mark.parametrize("source, target", [
    # protesters against a whole country or its capital are seldom its citizens
    (_actor("Protesters", None, "CVL"), _actor("United States", "USA", "GOV", "country")),
    (_actor("Protesters", None, "CVL"), _actor("Washington", "USA", "GOV", "government")),
    # an embassy or a visiting minister is abroad
    (_actor("Protesters", None, "CVL"), _actor("US embassy", "USA", "GOV")),
    (_actor("Students", None, "CVL"), _actor("visiting Iranian minister", "IRN", "GOV")),
    # soldiers' opponents are as often foreign fighters
    (_actor("Israeli troops", "ISR", "MIL"), _actor("three gunmen", None, "REB")),
    # the tables' own groups without a country are transnational
    (_actor("Islamic State", None, "REB", "group"), _actor("Iraqi parliament", "IRQ", "LEG")),
    # people in a country without being of it
    (_actor("Romanian government", "ROU", "GOV"), _actor("refugees", None, "CVL")),
    (_actor("Sudanese government", "SDN", "GOV"), _actor("20 aid workers", None, "CVL")),
])
def test_no_country_where_the_other_side_does_not_make_one_domestic(source, target):
    ev = _event(source, target)
    before = _countries(ev)
    assert _countries(domestic_counterparts([ev])[0]) == before


def test_nothing_is_inferred_when_the_sentence_names_another_country(nlp):
    from eventwire.pipeline import extract_sentences

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        events = extract_sentences([
            "Opposition leader Juan Perez accused the Bolivian government of fraud.",
            "Russian President Vladimir Putin condemned the rebels in Syria.",
            "Afghan refugees in Pakistan accused the government of harassment.",
        ])
    (perez,), (putin,), (refugees,) = events
    assert (perez.source.country, perez.target.country) == ("BOL", "BOL")
    assert putin.target.country != "RUS"
    assert refugees.target is None or refugees.target.country is None
