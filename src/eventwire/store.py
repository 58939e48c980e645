"""The embedded event store: one DuckDB file with documents, events and failures.

Why flat columns: analysts filter and group in SQL (``source_country``, ``date``) and export
CSV without JSON gymnastics; spans are kept beside each field so the UI can highlight the
exact words behind every event. Ids are content hashes, so writing the same document
twice replaces its rows instead of adding new ones; each document is written with its
events in one transaction, so an interrupted ingest loses at most the batch in flight and
resumes by skipping documents already stored.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any, Iterable, Sequence

import duckdb
import pyarrow as pa

from eventwire.errors import StoreError, UsageError
from eventwire.model import PLOVER_MODES, PLOVER_TYPES, Document, Event, Failure

SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    doc_id        VARCHAR PRIMARY KEY,
    doc_ref       VARCHAR,
    title         VARCHAR,
    url           VARCHAR,
    published     VARCHAR,
    sitename      VARCHAR,
    author        VARCHAR,
    tags          VARCHAR[],
    categories    VARCHAR[],
    source_format VARCHAR,
    path          VARCHAR,
    language      VARCHAR,
    text          VARCHAR,
    n_events      INTEGER,
    ingested_at   TIMESTAMP
);
CREATE TABLE IF NOT EXISTS events (
    event_id          VARCHAR PRIMARY KEY,
    doc_id            VARCHAR,
    doc_ref           VARCHAR,
    type              VARCHAR,
    mode              VARCHAR,
    source_text       VARCHAR, source_name VARCHAR, source_country VARCHAR, source_sector VARCHAR,
    source_start      INTEGER, source_end INTEGER,
    target_text       VARCHAR, target_name VARCHAR, target_country VARCHAR, target_sector VARCHAR,
    target_start      INTEGER, target_end INTEGER,
    date              VARCHAR, date_precision VARCHAR, date_text VARCHAR,
    date_start        INTEGER, date_end INTEGER,
    location_text     VARCHAR, location_name VARCHAR, location_country VARCHAR,
    location_lat      DOUBLE, location_lon DOUBLE,
    location_start    INTEGER, location_end INTEGER,
    quantities        VARCHAR,
    attribution_text  VARCHAR, attribution_name VARCHAR,
    attribution_start INTEGER, attribution_end INTEGER,
    modality          VARCHAR,
    negated           BOOLEAN,
    sentence          VARCHAR,
    span_start        INTEGER, span_end INTEGER,
    trigger_text      VARCHAR, trigger_start INTEGER, trigger_end INTEGER,
    confidence        DOUBLE
);
CREATE TABLE IF NOT EXISTS failures (
    doc_ref   VARCHAR PRIMARY KEY,
    code      VARCHAR,
    message   VARCHAR,
    failed_at TIMESTAMP
);
"""

DOC_COLUMNS: tuple[str, ...] = (
    "doc_id", "doc_ref", "title", "url", "published", "sitename", "author", "tags",
    "categories", "source_format", "path", "language", "text", "n_events", "ingested_at",
)

EVENT_COLUMNS: tuple[str, ...] = (
    "event_id", "doc_id", "doc_ref", "type", "mode",
    "source_text", "source_name", "source_country", "source_sector", "source_start", "source_end",
    "target_text", "target_name", "target_country", "target_sector", "target_start", "target_end",
    "date", "date_precision", "date_text", "date_start", "date_end",
    "location_text", "location_name", "location_country", "location_lat", "location_lon",
    "location_start", "location_end",
    "quantities", "attribution_text", "attribution_name", "attribution_start", "attribution_end",
    "modality", "negated", "sentence", "span_start", "span_end",
    "trigger_text", "trigger_start", "trigger_end", "confidence",
)

_INT_SUFFIXES = ("_start", "_end")


def _span(s: tuple[int, int] | None) -> tuple[int | None, int | None]:
    return (s[0], s[1]) if s else (None, None)


def event_row(ev: Event) -> dict[str, Any]:
    """An Event as one flat row of the ``events`` table."""
    row: dict[str, Any] = {"event_id": ev.event_id, "doc_id": ev.doc_id, "doc_ref": ev.doc_ref,
                           "type": ev.type, "mode": ev.mode}
    for role in ("source", "target"):
        a = getattr(ev, role)
        row[f"{role}_text"] = a.text if a else None
        row[f"{role}_name"] = a.name if a else None
        row[f"{role}_country"] = a.country if a else None
        row[f"{role}_sector"] = a.sector if a else None
        row[f"{role}_start"], row[f"{role}_end"] = _span(a.span if a else None)
    d = ev.date
    row.update(date=d.value if d else None, date_precision=d.precision if d else None,
               date_text=d.text if d else None)
    row["date_start"], row["date_end"] = _span(d.span if d else None)
    loc = ev.location
    row.update(location_text=loc.text if loc else None, location_name=loc.name if loc else None,
               location_country=loc.country if loc else None,
               location_lat=loc.lat if loc else None, location_lon=loc.lon if loc else None)
    row["location_start"], row["location_end"] = _span(loc.span if loc else None)
    row["quantities"] = json.dumps([q.to_record() for q in ev.quantities], ensure_ascii=False)
    at = ev.attribution
    row.update(attribution_text=at.text if at else None, attribution_name=at.name if at else None)
    row["attribution_start"], row["attribution_end"] = _span(at.span if at else None)
    row.update(modality=ev.modality, negated=bool(ev.negated), sentence=ev.sentence,
               span_start=ev.span[0], span_end=ev.span[1], trigger_text=ev.trigger)
    row["trigger_start"], row["trigger_end"] = _span(ev.trigger_span)
    row["confidence"] = float(ev.confidence)
    return row


def row_to_record(row: dict[str, Any]) -> dict[str, Any]:
    """A stored event row back into the export contract (DESIGN.md), key for key."""
    def actor(role: str) -> dict[str, Any] | None:
        if row.get(f"{role}_name") is None and row.get(f"{role}_text") is None:
            return None
        return {k: row.get(f"{role}_{k}") for k in ("text", "name", "country", "sector")}

    location = None
    if row.get("location_name") is not None or row.get("location_text") is not None:
        location = {"text": row.get("location_text"), "name": row.get("location_name"),
                    "country": row.get("location_country"), "lat": row.get("location_lat"),
                    "lon": row.get("location_lon")}
    attribution = None
    if row.get("attribution_name") is not None or row.get("attribution_text") is not None:
        attribution = {"text": row.get("attribution_text"), "name": row.get("attribution_name")}
    return {
        "event_id": row["event_id"], "doc_id": row["doc_id"], "doc_ref": row["doc_ref"],
        "type": row["type"], "mode": row.get("mode"),
        "source": actor("source"), "target": actor("target"),
        "date": row.get("date"), "date_precision": row.get("date_precision"),
        "date_text": row.get("date_text"), "location": location,
        "quantities": json.loads(row["quantities"]) if row.get("quantities") else [],
        "attribution": attribution, "modality": row.get("modality"),
        "negated": bool(row.get("negated")), "sentence": row.get("sentence"),
        "span": [row.get("span_start"), row.get("span_end")],
        "confidence": row.get("confidence"),
    }


class Store:
    """A DuckDB event store. Use as a context manager; one writer process at a time."""

    def __init__(self, path: str | os.PathLike[str] = "eventwire.duckdb", read_only: bool = False):
        self.path = str(path)
        try:
            if read_only and self.path != ":memory:" and not os.path.exists(self.path):
                raise FileNotFoundError(f"no such file: {self.path}")
            self.con = duckdb.connect(self.path, read_only=read_only)
            if not read_only:
                self.con.execute(SCHEMA)
        except (duckdb.Error, OSError) as exc:
            raise StoreError("E040", path=self.path, detail=str(exc)) from exc

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.con.close()

    # -- writing ---------------------------------------------------------------------------

    def known_doc_ids(self, doc_ids: Iterable[str]) -> set[str]:
        """Which of these documents are already stored (to skip them on resume)."""
        ids = list(doc_ids)
        if not ids:
            return set()
        rows = self.con.execute(
            "SELECT doc_id FROM documents WHERE doc_id IN (SELECT unnest(?))", [ids]).fetchall()
        return {r[0] for r in rows}

    def write(self, results: Sequence[tuple[Document, Sequence[Event]]]) -> int:
        """Store documents with their events in one transaction; returns events written.

        A document already stored is replaced with its events (same content, same ids), so a
        re-run changes nothing. Events are inserted in bulk through Arrow, not row by row.
        """
        if not results:
            return 0
        now = datetime.now(timezone.utc).replace(tzinfo=None)
        docs: dict[str, dict[str, Any]] = {}
        events: dict[str, dict[str, Any]] = {}
        for doc, evs in results:
            d = doc.to_dict()
            d["n_events"] = len(evs)
            d["ingested_at"] = now
            docs[doc.doc_id] = {c: d.get(c) for c in DOC_COLUMNS}
            for ev in evs:
                events[ev.event_id] = event_row(ev)
        doc_ids = list(docs)
        doc_table = _arrow(list(docs.values()), DOC_COLUMNS)
        ev_table = _arrow(list(events.values()), EVENT_COLUMNS)
        con = self.con
        try:
            con.execute("BEGIN TRANSACTION")
            con.execute("DELETE FROM events WHERE doc_id IN (SELECT unnest(?))", [doc_ids])
            con.execute("DELETE FROM documents WHERE doc_id IN (SELECT unnest(?))", [doc_ids])
            refs = [d["doc_ref"] for d in docs.values()]
            con.execute("DELETE FROM failures WHERE doc_ref IN (SELECT unnest(?))", [refs])
            con.register("_docs_in", doc_table)
            con.execute(f"INSERT INTO documents ({', '.join(DOC_COLUMNS)}) "
                        f"SELECT {', '.join(DOC_COLUMNS)} FROM _docs_in")
            con.unregister("_docs_in")
            if events:
                con.register("_events_in", ev_table)
                con.execute(f"INSERT INTO events ({', '.join(EVENT_COLUMNS)}) "
                            f"SELECT {', '.join(EVENT_COLUMNS)} FROM _events_in "
                            "WHERE event_id NOT IN (SELECT event_id FROM events)")
                con.unregister("_events_in")
            con.execute("COMMIT")
        except duckdb.Error as exc:
            con.execute("ROLLBACK")
            raise StoreError("E040", path=self.path, detail=str(exc)) from exc
        return len(events)

    def record_failures(self, failures: Sequence[Failure]) -> None:
        """Keep what failed and why, so `eventwire` can report it after the run."""
        if not failures:
            return
        now = datetime.now(timezone.utc).replace(tzinfo=None)
        rows = {f.doc_ref: (f.doc_ref, f.code, getattr(f.error, "detail", None) or f.message, now)
                for f in failures}
        self.con.executemany(
            "INSERT OR REPLACE INTO failures (doc_ref, code, message, failed_at) VALUES (?, ?, ?, ?)",
            list(rows.values()))

    # -- reading ---------------------------------------------------------------------------

    def query(self, sql: str, params: Sequence[Any] | None = None) -> list[dict[str, Any]]:
        cur = self.con.execute(sql, params or [])
        cols = [c[0] for c in cur.description]
        return [dict(zip(cols, r)) for r in cur.fetchall()]

    def counts(self) -> dict[str, int]:
        out = {}
        for table in ("documents", "events", "failures"):
            out[table] = self.con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        return out

    def events(self, filt: "EventFilter | None" = None, limit: int | None = None,
               with_documents: bool = False) -> list[dict[str, Any]]:
        """Event rows (flat, as in the table) matching a filter, in reading order."""
        sql, params = event_query(filt, limit=limit, with_documents=with_documents)
        return self.query(sql, params)

    def summary(self, filt: "EventFilter | None" = None) -> dict[str, Any]:
        """Counts per type and per source country of the matching events, plus totals."""
        where, params = (filt or EventFilter()).where()
        by_type = self.con.execute(
            f"SELECT type, count(*) FROM events WHERE {where} GROUP BY type "
            "ORDER BY count(*) DESC, type", params).fetchall()
        by_country = self.con.execute(
            f"SELECT coalesce(source_country, '(unknown)'), count(*) FROM events WHERE {where} "
            "GROUP BY 1 ORDER BY count(*) DESC, 1", params).fetchall()
        matched = self.con.execute(f"SELECT count(*) FROM events WHERE {where}",
                                   params).fetchone()[0]
        return {"by_type": by_type, "by_source_country": by_country, "matched": matched,
                **self.counts()}


def _arrow(rows: list[dict[str, Any]], columns: Sequence[str]) -> pa.Table:
    """Rows to an Arrow table with explicit types, so empty or all-null columns still insert."""
    fields = []
    for c in columns:
        if c in ("tags", "categories"):
            t = pa.list_(pa.string())
        elif c in ("n_events",) or c.endswith(_INT_SUFFIXES):
            t = pa.int32()
        elif c in ("location_lat", "location_lon", "confidence"):
            t = pa.float64()
        elif c == "negated":
            t = pa.bool_()
        elif c == "ingested_at":
            t = pa.timestamp("us")
        else:
            t = pa.string()
        fields.append(pa.field(c, t))
    schema = pa.schema(fields)
    return pa.Table.from_pydict({c: [r.get(c) for r in rows] for c in columns}, schema=schema)


# -- querying: one filter definition shared by `eventwire events`, `export` and the API ------

_ISO3 = re.compile(r"^[A-Z]{3}$")
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")

# A partial date (YYYY or YYYY-MM) covers a range of days: compare on its first or last day,
# so that "2020-01" is kept by --since 2020-01-15 (it may be that day) instead of dropped.
_FIRST_DAY = ("CASE length(date) WHEN 4 THEN date || '-01-01' WHEN 7 THEN date || '-01' "
              "ELSE date END")
_LAST_DAY = ("CASE length(date) WHEN 4 THEN date || '-12-31' WHEN 7 THEN date || '-31' "
             "ELSE date END")


def _country(name: str, value: str | None) -> str | None:
    """An ISO 3166-1 alpha-3 code, upper-cased; a country *name* gets a hint to its code."""
    if value is None or value == "":
        return None
    code = value.strip().upper()
    if _ISO3.match(code):
        return code
    hint = ""
    try:
        import pycountry

        hint = f" (did you mean {pycountry.countries.lookup(value.strip()).alpha_3}?)"
    except (LookupError, ImportError):
        pass
    raise UsageError("E042", name=name, value=value,
                     detail=f"expected an ISO 3166-1 alpha-3 country code such as IRQ{hint}")


def _date(name: str, value: str | None) -> str | None:
    if value is None or value == "":
        return None
    v = value.strip()
    if not _DATE.match(v):
        raise UsageError("E042", name=name, value=value, detail="expected YYYY-MM-DD, YYYY-MM or YYYY")
    try:  # reject 2020-13-45 as well as 2020-1-5
        parts = [int(p) for p in v.split("-")]
        datetime(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError as exc:
        raise UsageError("E042", name=name, value=value, detail=str(exc)) from exc
    return v


def _pad(d: str, day: str) -> str:
    """The first (day="-01") or last (day="-31") day a partial date may stand for."""
    if len(d) == 4:
        return d + ("-01-01" if day == "-01" else "-12-31")
    return d + day if len(d) == 7 else d


@dataclass
class EventFilter:
    """What a user can ask of the events table. Build it with ``EventFilter.parse`` so that
    bad values fail early with E042 instead of silently matching nothing."""

    type: str | None = None
    mode: str | None = None
    country: str | None = None          # source or target
    source_country: str | None = None
    target_country: str | None = None
    since: str | None = None            # inclusive, YYYY[-MM[-DD]]
    until: str | None = None            # inclusive
    text: str | None = None             # case-insensitive, in sentence, actor and place names
    doc_id: str | None = None

    @classmethod
    def parse(cls, **values: str | None) -> "EventFilter":
        f = cls()
        t = values.get("type")
        if t:
            f.type = t.strip().upper()
            if f.type not in PLOVER_TYPES:
                raise UsageError("E042", name="type", value=t,
                                 detail="expected a PLOVER type: " + " ".join(PLOVER_TYPES))
        m = values.get("mode")
        if m:
            f.mode = m.strip().lower()
            allowed = PLOVER_MODES.get(f.type, ()) if f.type else sorted(
                {x for modes in PLOVER_MODES.values() for x in modes})
            if f.mode not in allowed:
                what = f"the modes of {f.type}" if f.type else "a PLOVER mode"
                raise UsageError("E042", name="mode", value=m,
                                 detail=f"expected {what}: " + (" ".join(allowed) or "(none)"))
        f.country = _country("country", values.get("country"))
        f.source_country = _country("source_country", values.get("source_country"))
        f.target_country = _country("target_country", values.get("target_country"))
        f.since = _date("since", values.get("since"))
        f.until = _date("until", values.get("until"))
        if f.since and f.until and _pad(f.since, "-01") > _pad(f.until, "-31"):
            raise UsageError("E042", name="since", value=f.since,
                             detail=f"later than until={f.until!r}")
        f.text = (values.get("text") or "").strip() or None
        f.doc_id = (values.get("doc_id") or "").strip() or None
        return f

    def where(self, alias: str = "") -> tuple[str, list[Any]]:
        """The SQL condition and its parameters (always parameterised, never interpolated)."""
        p = f"{alias}." if alias else ""
        conds: list[str] = []
        params: list[Any] = []

        def eq(col: str, value: Any) -> None:
            conds.append(f"{p}{col} = ?")
            params.append(value)

        if self.type:
            eq("type", self.type)
        if self.mode:
            eq("mode", self.mode)
        if self.country:
            conds.append(f"({p}source_country = ? OR {p}target_country = ?)")
            params += [self.country, self.country]
        if self.source_country:
            eq("source_country", self.source_country)
        if self.target_country:
            eq("target_country", self.target_country)
        if self.since:
            conds.append(f"({_LAST_DAY.replace('date', p + 'date')}) >= ?")
            params.append(_pad(self.since, "-01"))
        if self.until:
            # an "until" of 2020-01 means up to the end of January
            until = _pad(self.until, "-31")
            conds.append(f"({_FIRST_DAY.replace('date', p + 'date')}) <= ?")
            params.append(until)
        if self.since or self.until:
            conds.append(f"{p}date IS NOT NULL")
        if self.text:
            like = "%" + self.text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            cols = ("sentence", "source_name", "source_text", "target_name", "target_text",
                    "location_name", "attribution_name")
            conds.append("(" + " OR ".join(f"{p}{c} ILIKE ? ESCAPE '\\'" for c in cols) + ")")
            params += [like] * len(cols)
        if self.doc_id:
            eq("doc_id", self.doc_id)
        return (" AND ".join(conds) or "TRUE"), params


def event_query(filt: EventFilter | None = None, limit: int | None = None,
                with_documents: bool = False) -> tuple[str, list[Any]]:
    """SELECT of event rows matching ``filt``, in reading order (date, document, position).

    ``with_documents`` adds the document's url, title and published date (``doc_url``,
    ``doc_title``, ``doc_published``) for the layouts that need them (GDELT's SOURCEURL).
    """
    where, params = (filt or EventFilter()).where("e")
    cols = ", ".join(f"e.{c}" for c in EVENT_COLUMNS)
    if with_documents:
        cols += ", d.url AS doc_url, d.title AS doc_title, d.published AS doc_published"
        frm = "events e LEFT JOIN documents d ON d.doc_id = e.doc_id"
    else:
        frm = "events e"
    sql = (f"SELECT {cols} FROM {frm} WHERE {where} "
           "ORDER BY e.date NULLS LAST, e.doc_ref, e.span_start, e.event_id")
    if limit is not None:
        sql += " LIMIT ?"
        params = params + [int(limit)]
    return sql, params
