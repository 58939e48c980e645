"""The store: idempotent writes, failures kept, and the filters users query with."""

from __future__ import annotations

import pytest
from ew_records import corpus

from eventwire.errors import InputError, StoreError, UsageError
from eventwire.model import Failure
from eventwire.store import EventFilter, Store, row_to_record


@pytest.fixture()
def store(tmp_path):
    with Store(tmp_path / "t.duckdb") as s:
        s.write(corpus())
        yield s


def _types(store: Store, **f) -> list[str]:
    return sorted(r["type"] for r in store.events(EventFilter.parse(**f)))


def test_write_twice_adds_nothing(store):
    before = store.counts()
    store.write(corpus())
    assert store.counts() == before == {"documents": 3, "events": 5, "failures": 0}


def test_known_doc_ids_finds_only_stored(store):
    docs = [d for d, _ in corpus()]
    assert store.known_doc_ids([docs[0].doc_id, "0000000000000000"]) == {docs[0].doc_id}


def test_stored_row_gives_back_the_export_record(store):
    expected = {ev.event_id: ev.to_record() for _, evs in corpus() for ev in evs}
    for row in store.events():
        assert row_to_record(row) == expected[row["event_id"]]


def test_failures_are_recorded_and_cleared_once_the_document_is_stored(store):
    d, evs = corpus()[1]
    store.record_failures([Failure(d.doc_ref, InputError("E002", doc_ref=d.doc_ref, detail=""))])
    assert store.query("SELECT code FROM failures") == [{"code": "E002"}]
    store.write([(d, evs)])
    assert store.counts()["failures"] == 0


@pytest.mark.parametrize("f, types", [
    ({"type": "assault"}, ["ASSAULT"]),
    ({"mode": "demo"}, ["PROTEST"]),
    ({"country": "chl"}, ["COERCE", "PROTEST"]),
    ({"target_country": "CHL"}, ["COERCE"]),
    ({"source_country": "KEN"}, ["CONSULT"]),
    ({"since": "2021-03-01"}, ["ASSAULT", "MOBILIZE"]),          # 2021-03 may be any day of March
    ({"since": "2021-03-05"}, ["MOBILIZE"]),
    ({"until": "2020"}, ["CONSULT"]),
    ({"since": "2021-02", "until": "2021-02-28"}, ["COERCE", "PROTEST"]),
    ({"text": "WATER cannon"}, ["COERCE"]),
    ({"text": "mosul"}, ["ASSAULT"]),                             # place name
    ({"text": "ministry"}, ["ASSAULT"]),                          # attribution
    ({"text": "100%"}, []),                                       # LIKE wildcards are literal
])
def test_filters(store, f, types):
    assert _types(store, **f) == types


@pytest.mark.parametrize("f", [
    {"type": "BOMBING"}, {"mode": "aerial", "type": "PROTEST"}, {"country": "Chile"},
    {"since": "02/03/2021"}, {"until": "2021-02-30"}, {"since": "2021-03", "until": "2021-02"},
])
def test_bad_filter_values_are_usage_errors(f):
    with pytest.raises(UsageError) as err:
        EventFilter.parse(**f)
    assert err.value.code == "E042"


def test_country_name_gets_a_hint():
    with pytest.raises(UsageError, match="did you mean CHL"):
        EventFilter.parse(country="Chile")


def test_summary_counts(store):
    s = store.summary(EventFilter.parse(country="CHL"))
    assert dict(s["by_type"]) == {"PROTEST": 1, "COERCE": 1}
    assert dict(s["by_source_country"]) == {"CHL": 2}
    assert (s["matched"], s["documents"], s["events"]) == (2, 3, 5)


def test_unopenable_database_is_a_coded_error(tmp_path):
    with pytest.raises(StoreError) as err:
        Store(tmp_path / "missing.duckdb", read_only=True)
    assert err.value.code == "E040"
