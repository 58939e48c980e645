"""Stored events out, in the layouts other tools read: JSONL, CSV, Parquet, GDELT-like TSV.

Why streaming writers: an export of a large store must not hold it in memory, so rows come
from DuckDB in batches and go straight to the file. JSONL is the export contract of
DESIGN.md (``store.row_to_record``), exactly what ``eventwire extract`` prints; CSV and
Parquet are the flat table columns, for spreadsheets and dataframes; ``gdelt`` maps each
event onto GDELT 2.0 event columns (CAMEO root code and QuadClass derived from the PLOVER
type and mode) so that GDELT pipelines can read eventwire output.
"""

from __future__ import annotations

import csv
import io
import json
import os
import sys
from contextlib import contextmanager
from typing import IO, Any, Iterator

from eventwire.errors import UsageError
from eventwire.store import EVENT_COLUMNS, EventFilter, Store, event_query, row_to_record

FORMATS: tuple[str, ...] = ("jsonl", "csv", "parquet", "gdelt")

#: The GDELT 2.0 event columns eventwire can fill, in GDELT's order (a subset of its 61).
GDELT_COLUMNS: tuple[str, ...] = (
    "GlobalEventID", "Day", "MonthYear", "Year",
    "Actor1Name", "Actor1CountryCode", "Actor1Type1Code",
    "Actor2Name", "Actor2CountryCode", "Actor2Type1Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
    "NumMentions", "NumSources", "NumArticles",
    "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_Lat", "ActionGeo_Long",
    "DATEADDED", "SOURCEURL",
)

_FETCH = 2000  # rows per round trip: memory stays flat whatever the store holds


def iter_rows(store: Store, filt: EventFilter | None = None, limit: int | None = None,
              with_documents: bool = False) -> Iterator[dict[str, Any]]:
    """Matching event rows, fetched in batches."""
    sql, params = event_query(filt, limit=limit, with_documents=with_documents)
    cur = store.con.cursor()
    try:
        cur.execute(sql, params)
        cols = [c[0] for c in cur.description]
        while True:
            batch = cur.fetchmany(_FETCH)
            if not batch:
                return
            for r in batch:
                yield dict(zip(cols, r))
    finally:
        cur.close()


def write_jsonl(rows: Iterator[dict[str, Any]], out: IO[str]) -> int:
    """The export contract, one event per line."""
    n = 0
    for row in rows:
        out.write(json.dumps(row_to_record(row), ensure_ascii=False) + "\n")
        n += 1
    return n


def write_csv(rows: Iterator[dict[str, Any]], out: IO[str]) -> int:
    """The flat table columns with a header; quantities stay a JSON list in one cell."""
    w = csv.writer(out, lineterminator="\n")
    w.writerow(EVENT_COLUMNS)
    n = 0
    for row in rows:
        w.writerow(["" if row.get(c) is None else
                    ("true" if row[c] is True else "false" if row[c] is False else row[c])
                    for c in EVENT_COLUMNS])
        n += 1
    return n


def _cameo() -> Any:
    """The CAMEO module, imported only when the gdelt layout is asked for."""
    try:
        from eventwire.events import cameo
    except ImportError as exc:
        raise UsageError("E048", detail=str(exc)) from exc
    return cameo


def gdelt_row(row: dict[str, Any], cameo: Any, added: str) -> list[Any]:
    """One event as GDELT columns; unknown stays empty (never a guessed date or place)."""
    date = row.get("date") or ""
    day = date.replace("-", "") if len(date) == 10 else ""
    month = date.replace("-", "")[:6] if len(date) >= 7 else ""
    year = date[:4] if len(date) >= 4 else ""
    trigger = row.get("trigger_text")     # tells an appeal (CAMEO 02) from a demand (10)
    root = cameo.cameo_root(row["type"], row.get("mode"), trigger)
    place = ", ".join(x for x in (row.get("location_name"), row.get("location_country")) if x)
    return [
        row["event_id"], day, month, year,
        row.get("source_name"), row.get("source_country"), row.get("source_sector"),
        row.get("target_name"), row.get("target_country"), row.get("target_sector"),
        1, root, root, root, cameo.quad_class(row["type"], row.get("mode"), trigger),
        1, 1, 1,
        place, row.get("location_country"), row.get("location_lat"), row.get("location_lon"),
        added, row.get("doc_url") or row.get("doc_ref"),
    ]


def write_gdelt(rows: Iterator[dict[str, Any]], out: IO[str]) -> int:
    """GDELT-like tab-separated events, with a header line naming GDELT's columns."""
    from datetime import datetime, timezone

    cameo = _cameo()
    added = datetime.now(timezone.utc).strftime("%Y%m%d%H%M%S")
    out.write("\t".join(GDELT_COLUMNS) + "\n")
    n = 0
    for row in rows:
        cells = gdelt_row(row, cameo, added)
        out.write("\t".join("" if c is None else str(c).replace("\t", " ").replace("\n", " ")
                            for c in cells) + "\n")
        n += 1
    return n


def write_parquet(store: Store, filt: EventFilter | None, out: IO[bytes] | str) -> int:
    """The flat table columns as Parquet, streamed from DuckDB through Arrow batches."""
    import pyarrow.parquet as pq

    sql, params = event_query(filt)
    reader = store.con.sql(sql, params=params).to_arrow_reader(_FETCH)
    n = 0
    with pq.ParquetWriter(out, reader.schema) as writer:
        for batch in reader:
            writer.write_batch(batch)
            n += batch.num_rows
    return n


@contextmanager
def _text_out(path: str) -> Iterator[IO[str]]:
    if path == "-":
        yield sys.stdout
        sys.stdout.flush()
        return
    with _opened(path, "w") as fh:
        yield fh


@contextmanager
def _opened(path: str, mode: str) -> Iterator[Any]:
    try:
        fh = open(path, mode, encoding=None if "b" in mode else "utf-8",
                  newline=None if "b" in mode else "")
    except OSError as exc:
        raise UsageError("E045", path=path, detail=exc.strerror or str(exc)) from exc
    with fh:
        yield fh


def export(store: Store, fmt: str, out: str, filt: EventFilter | None = None) -> int:
    """Write the matching events to ``out`` (a path, or ``-`` for stdout); returns the count."""
    fmt = (fmt or "").lower()
    if fmt not in FORMATS:
        raise UsageError("E041", value=fmt, choices=", ".join(FORMATS))
    if out != "-":
        parent = os.path.dirname(os.path.abspath(out))
        if not os.path.isdir(parent):
            raise UsageError("E045", path=out, detail=f"no such folder {parent}")
    if fmt == "parquet":
        if out == "-":
            buf = io.BytesIO()
            n = write_parquet(store, filt, buf)
            sys.stdout.buffer.write(buf.getvalue())
            sys.stdout.buffer.flush()
            return n
        with _opened(out, "wb") as fh:
            return write_parquet(store, filt, fh)
    if fmt == "gdelt":
        _cameo()  # fail before creating an empty file
        with _text_out(out) as fh:
            return write_gdelt(iter_rows(store, filt, with_documents=True), fh)
    writer = write_jsonl if fmt == "jsonl" else write_csv
    with _text_out(out) as fh:
        return writer(iter_rows(store, filt), fh)
