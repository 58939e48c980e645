"""Export in every format, read back the way a user's tool would read it."""

from __future__ import annotations

import csv
import json

import duckdb
import pyarrow.parquet as pq
import pytest
from ew_records import corpus

from eventwire.errors import UsageError
from eventwire.events.cameo import cameo_root
from eventwire.export import GDELT_COLUMNS, export
from eventwire.model import EVENT_KEYS
from eventwire.store import EVENT_COLUMNS, EventFilter, Store


@pytest.fixture()
def store(tmp_path):
    with Store(tmp_path / "t.duckdb") as s:
        s.write(corpus())
        yield s


def _records() -> dict[str, dict]:
    return {ev.event_id: ev.to_record() for _, evs in corpus() for ev in evs}


def test_jsonl_is_the_export_contract(store, tmp_path):
    out = tmp_path / "e.jsonl"
    assert export(store, "jsonl", str(out)) == 5
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert all(tuple(r) == EVENT_KEYS for r in lines)
    assert {r["event_id"]: r for r in lines} == _records()


def test_csv_has_the_flat_columns(store, tmp_path):
    out = tmp_path / "e.csv"
    export(store, "csv", str(out), EventFilter.parse(type="MOBILIZE"))
    with open(out, newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert tuple(rows[0]) == EVENT_COLUMNS
    assert len(rows) == 1
    row = rows[0]
    assert (row["type"], row["mode"], row["date"], row["date_precision"]) == (
        "MOBILIZE", "troops", "2021-03", "month")
    assert json.loads(row["quantities"]) == [{"value": 40, "unit": "soldiers", "text": "Forty soldiers"}]
    assert row["source_name"] == ""  # unknown stays empty, never invented


def test_parquet_reads_back_typed(store, tmp_path):
    out = tmp_path / "e.parquet"
    assert export(store, "parquet", str(out), EventFilter.parse(country="CHL")) == 2
    table = pq.read_table(out)
    assert table.column_names == list(EVENT_COLUMNS)
    assert sorted(table.column("type").to_pylist()) == ["COERCE", "PROTEST"]
    assert table.schema.field("location_lat").type == "double"
    n = duckdb.sql(f"SELECT count(*) FROM '{out}' WHERE negated = false").fetchall()[0][0]
    assert n == 2


def test_gdelt_layout(store, tmp_path):
    out = tmp_path / "e.tsv"
    export(store, "gdelt", str(out))
    with open(out, encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    assert tuple(rows[0]) == GDELT_COLUMNS
    by_id = {r["GlobalEventID"]: r for r in rows}
    raid = next(e for e in _records().values() if e["type"] == "ASSAULT")
    r = by_id[raid["event_id"]]
    assert (r["Day"], r["MonthYear"], r["Year"]) == ("20210302", "202103", "2021")
    assert r["EventRootCode"] == cameo_root("ASSAULT", "aerial") == r["EventCode"]
    assert r["QuadClass"] == "4"  # material conflict
    assert r["ActionGeo_CountryCode"] == "IRQ" and r["ActionGeo_FullName"] == "Mosul, IRQ"
    assert r["SOURCEURL"] == "https://news.example/raid"
    visit = next(x for x in rows if x["Year"] == "2019")
    assert (visit["Day"], visit["MonthYear"], visit["QuadClass"]) == ("", "", "1")
    assert visit["SOURCEURL"] == "reports/visit.txt"  # no URL: the document's reference


def test_stdout(store, capsys):
    export(store, "jsonl", "-", EventFilter.parse(type="CONSULT"))
    out = capsys.readouterr().out.splitlines()
    assert [json.loads(x)["type"] for x in out] == ["CONSULT"]


@pytest.mark.parametrize("fmt, out, code", [("xml", "e.xml", "E041"),
                                            ("csv", "no/such/dir/e.csv", "E045")])
def test_bad_export_requests(store, tmp_path, fmt, out, code):
    with pytest.raises(UsageError) as err:
        export(store, fmt, str(tmp_path / out))
    assert err.value.code == code


def test_gdelt_codes_an_appeal_and_a_demand_apart(tmp_path):
    """A REQUEST is CAMEO 02 (appeal, verbal cooperation) or 10 (demand, verbal conflict)
    by its trigger words; the export must not flatten both into one code."""
    from eventwire.model import Document, Event

    doc = Document(text="The envoy urged talks. The rebels demanded a ransom.",
                   doc_ref="reports/requests.txt", published="2022-05-01")
    urged = Event(doc_id=doc.doc_id, doc_ref=doc.doc_ref, type="REQUEST",
                  sentence="The envoy urged talks.", span=(0, 22), trigger="urged",
                  trigger_span=(10, 15))
    demanded = Event(doc_id=doc.doc_id, doc_ref=doc.doc_ref, type="REQUEST",
                     sentence="The rebels demanded a ransom.", span=(23, 52),
                     trigger="demanded", trigger_span=(34, 42))
    with Store(tmp_path / "r.duckdb") as s:
        s.write([(doc, [urged, demanded])])
        out = tmp_path / "r.tsv"
        export(s, "gdelt", str(out))
    with open(out, encoding="utf-8") as fh:
        rows = {r["GlobalEventID"]: r for r in csv.DictReader(fh, delimiter="\t")}
    assert (rows[urged.event_id]["EventRootCode"], rows[urged.event_id]["QuadClass"]) == ("02", "1")
    assert (rows[demanded.event_id]["EventRootCode"],
            rows[demanded.event_id]["QuadClass"]) == ("10", "3")
