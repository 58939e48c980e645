"""The seed article end to end: the events a reader of it would list, with their fields.

Nothing about this article is written into the code; these are the checks that the general
rules (triggers, arguments, dates, attribution, counts) get a real, messy article right.
"""

from __future__ import annotations

import pytest

from eventwire.clean import clean
from eventwire.pipeline import default_pipeline
from eventwire.readers.open import read_text


@pytest.fixture(scope="module")
def events(seed_path):
    doc = clean(read_text(seed_path.read_text(encoding="utf-8"), doc_ref=str(seed_path),
                          published="2020-06-11"))
    return default_pipeline().extract_doc(doc)


def _country(actor):
    return actor.country if actor else None


def _find(events, type_, pred):
    hits = [e for e in events if e.type == type_ and pred(e)]
    assert hits, f"no {type_} among " + "; ".join(f"{e.type}:{e.trigger}" for e in events)
    return hits[0]


def test_us_airstrike_is_an_aerial_assault_on_january_3(events):
    e = _find(events, "ASSAULT", lambda e: e.mode == "aerial")
    assert _country(e.source) == "USA"
    assert e.date is not None and e.date.value == "2020-01-03" and e.date.precision == "day"
    assert e.target is not None and e.target.country in ("IRN", "IRQ")
    assert "Soleimani" in e.target.name or "Muhandis" in e.target.name
    assert e.location is not None and e.location.country == "IRQ"
    assert "Baghdad" in e.location.name


def test_parliament_bill_demanding_withdrawal_is_a_request_on_january_5(events):
    e = _find(events, "REQUEST", lambda e: e.source is not None and e.source.sector == "LEG")
    assert e.source.country == "IRQ"
    assert e.date is not None and e.date.value == "2020-01-05"


def test_prime_minister_called_on_the_us_on_january_9(events):
    e = _find(events, "REQUEST", lambda e: e.source is not None and "Mahdi" in e.source.name)
    assert e.date is not None and e.date.value == "2020-01-09"
    assert _country(e.target) == "USA"


def test_sadr_called_for_withdrawal_on_monday(events):
    e = _find(events, "REQUEST", lambda e: e.source is not None and "Sadr" in e.source.name
              and e.date is not None and e.date.value == "2020-06-08")
    assert e.source.country == "IRQ" and e.source.sector == "REL"


def test_troop_cut_is_a_retreat_reported_by_the_new_york_times(events):
    retreats = [e for e in events if e.type == "RETREAT" and e.attribution is not None]
    assert retreats
    assert all("New York Times" in e.attribution.name for e in retreats)
    assert all(e.modality == "reported" for e in retreats)
    counted = [q for e in retreats for q in e.quantities if q.value == 1200]
    assert counted and counted[0].unit == "troops"
    # the report's own day ("said on Wednesday") is not the day of the cut
    assert all(e.date is None for e in retreats)


def test_resistance_groups_vowing_revenge_is_a_threat(events):
    e = _find(events, "THREATEN", lambda e: "vow" in (e.trigger or ""))
    assert e.source is not None and e.source.country == "IRQ"
    assert not any(x.type == "ASSAULT" and "avenge" in (x.trigger or "") for x in events)


def test_sadr_criticizing_the_us_is_an_accusation(events):
    e = _find(events, "ACCUSE", lambda e: e.source is not None and "Sadr" in e.source.name)
    assert _country(e.target) == "USA"


def test_bases_handed_over_to_iraqi_forces_are_a_retreat(events):
    e = next(e for e in events if e.type == "RETREAT" and "handed over" in e.sentence)
    assert e.source is not None and "coalition" in e.source.text
    assert e.target is not None and e.target.country == "IRQ"


def test_no_events_from_background_tag_line_or_debris(events):
    for e in events:
        assert "Back to top" not in e.sentence
        assert "IraqMiddle" not in e.sentence
        assert "There are currently" not in e.sentence        # a head count, not an event
        assert not (e.type == "ASSAULT" and "fight" in (e.trigger or ""))  # "formed to fight"
        assert "January assassinations" not in e.sentence or e.type != "ASSAULT"
    for e in events:
        for actor in (e.source, e.target):
            assert actor is None or "IraqMiddle" not in actor.text


def test_event_spans_point_at_the_sentence_in_the_cleaned_text(events, seed_path):
    doc = clean(read_text(seed_path.read_text(encoding="utf-8"), doc_ref="x",
                          published="2020-06-11"))
    for e in events:
        assert doc.text[e.span[0]:e.span[1]] == e.sentence
        if e.date is not None:
            assert doc.text[e.date.span[0]:e.date.span[1]] == e.date.text
