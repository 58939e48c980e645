"""The command line as a user meets it: output, formats, messages and exit codes.

The `events`, `export` and misuse tests run on a store built from hand-made events (no
model); `extract` and `ingest` run the real pipeline (tests/test_runner.py covers more).
"""

from __future__ import annotations

import csv
import io
import json

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner
from ew_records import corpus

from eventwire import __version__
from eventwire.cli import main
from eventwire.model import EVENT_KEYS
from eventwire.store import Store

def _run(*args: str, stdin: str | None = None):
    return CliRunner().invoke(main, list(args), input=stdin, catch_exceptions=False,
                              env={"COLUMNS": "160"})


@pytest.fixture()
def db(tmp_path) -> str:
    path = str(tmp_path / "t.duckdb")
    with Store(path) as s:
        s.write(corpus())
    return path


# -- no model needed ----------------------------------------------------------------------

def test_version_and_help():
    assert _run("--version").output.strip() == f"eventwire, version {__version__}"
    for cmd in ("extract", "ingest", "events", "export"):
        r = _run(cmd, "--help")
        assert r.exit_code == 0 and "Examples:" in r.output, cmd


def test_events_table_and_filters(db):
    wide = CliRunner().invoke(main, ["events", "--db", db], env={"COLUMNS": "180"})
    assert wide.exit_code == 0
    for words in ("ASSAULT/aerial", "Mosul, IRQ", "the ministry", "march.txt", "Police in Chile"):
        assert words in wide.output
    narrow = CliRunner().invoke(main, ["events", "--db", db], env={"COLUMNS": "100"})
    assert "Mosul, IRQ" in narrow.output and "march.txt" not in narrow.output
    r = _run("events", "--db", db, "--country", "CHL", "--format", "jsonl")
    assert sorted(json.loads(x)["type"] for x in r.output.splitlines()) == ["COERCE", "PROTEST"]
    r = _run("events", "--db", db, "--since", "2021-02-01", "--until", "2021-02-28",
             "--text", "cannon", "--format", "jsonl")
    assert [json.loads(x)["type"] for x in r.output.splitlines()] == ["COERCE"]
    r = _run("events", "--db", db, "--type", "sanction")
    assert r.exit_code == 0 and "No events match" in r.output


def test_events_formats(db):
    lines = _run("events", "--db", db, "--format", "jsonl").output.splitlines()
    assert len(lines) == 5 and all(tuple(json.loads(x)) == EVENT_KEYS for x in lines)
    rows = list(csv.DictReader(io.StringIO(_run("events", "--db", db, "--format", "csv",
                                                "--limit", "2").output)))
    assert len(rows) == 2 and "source_country" in rows[0]
    out = _run("events", "--db", db, "--format", "summary").output
    assert "3 documents, 5 events, 0 failed inputs" in out
    assert "Events by type" in out and "Events by source country" in out
    table = _run("events", "--db", db, "--limit", "2").output
    assert "2 of 5 events shown" in table


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet", "gdelt"])
def test_export_command(db, tmp_path, fmt):
    out = tmp_path / f"e.{fmt}"
    r = _run("export", "--db", db, "--format", fmt, str(out), "--type", "PROTEST")
    assert r.exit_code == 0, r.output
    assert f"1 events written to {out}" in r.stderr
    if fmt == "parquet":
        assert pq.read_table(out).column("type").to_pylist() == ["PROTEST"]
    elif fmt == "jsonl":
        assert json.loads(out.read_text())["type"] == "PROTEST"
    else:
        lines = out.read_text().splitlines()
        assert len(lines) == 2  # header + one event


def test_export_to_stdout(db):
    r = _run("export", "--db", db, "--format", "jsonl", "-", "--country", "KEN")
    assert [json.loads(x)["type"] for x in r.stdout.splitlines()] == ["CONSULT"]


@pytest.mark.parametrize("args, code", [
    (["events", "--type", "BOMB"], "E042"),
    (["events", "--country", "Kenya"], "E042"),
    (["events", "--since", "yesterday"], "E042"),
    (["events", "--limit", "0"], "E042"),
    (["export", "--format", "xlsx", "out.xlsx"], "E041"),
    (["extract"], "E043"),
    (["ingest"], "E043"),
    (["extract", "x.txt", "--published", "11/06/2020"], "E012"),
    (["ingest", "x.txt", "--jobs", "0"], "E044"),
])
def test_misuse_exits_2_with_a_code(db, args, code):
    if args[0] in ("events", "export"):
        args = args + ["--db", db]
    r = _run(*args)
    assert r.exit_code == 2
    assert r.stderr.startswith(code), r.stderr


def test_missing_database_is_misuse(tmp_path):
    missing = tmp_path / "nothing.duckdb"
    r = _run("events", "--db", str(missing))
    assert r.exit_code == 2 and r.stderr.startswith("E046")
    assert not missing.exists()  # querying never creates an empty database


def test_unknown_option_exits_2():
    assert _run("events", "--colour", "red").exit_code == 2
