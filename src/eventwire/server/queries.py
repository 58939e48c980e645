"""Read-only SQL behind the HTTP API: filters in, plain dicts out.

Why a module of its own: the API layer only validates and serialises, so every query here
can be tested and reused (CLI, notebooks) without a web server. Every value a user sends
reaches DuckDB as a bound parameter, never as SQL text. Each call opens a DuckDB cursor of
its own, because the server answers requests on several threads and one DuckDB connection
must not be shared between threads.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar, Iterator, Mapping, Sequence

import pycountry

from eventwire.errors import UsageError
from eventwire.model import PLOVER_MODES
from eventwire.store import EVENT_COLUMNS, Store, row_to_record
from eventwire.store import EventFilter as StoreFilter

MAX_PAGE_SIZE = 500
DEFAULT_PAGE_SIZE = 50
MAX_LIMIT = 1000

ALL_MODES: tuple[str, ...] = tuple(sorted({m for ms in PLOVER_MODES.values() for m in ms}))

#: ``sort`` values and the ORDER BY they stand for (never user text in SQL).
SORTS: dict[str, str] = {
    "date": "date_lo ASC NULLS LAST, doc_id, span_start, event_id",
    "-date": "date_lo DESC NULLS LAST, doc_id, span_start, event_id",
    "confidence": "confidence ASC NULLS LAST, event_id",
    "-confidence": "confidence DESC NULLS LAST, event_id",
    "type": "type, date_lo DESC NULLS LAST, event_id",
}

#: Roles whose character spans the UI highlights, with their column prefixes.
SPAN_ROLES: tuple[str, ...] = ("source", "target", "date", "location", "attribution", "trigger")

#: Codes that ISO 3166 does not list but gazetteers use (Kosovo).
EXTRA_COUNTRIES: dict[str, str] = {"XKX": "Kosovo"}

# An event's date is a period (a year, a month or a day): sort on its first day, so that
# 2020 sorts with 2020-01-01 rather than after every 2020-xx-xx string.
_DATE_LO = ("CASE length(date) WHEN 4 THEN date || '-01-01' WHEN 7 THEN date || '-01' "
            "ELSE date END")


def bad(name: str, value: Any, detail: str) -> UsageError:
    """The one error for a parameter the user must fix (HTTP 400)."""
    return UsageError("E060", name=name, value=value, detail=detail)


def parse_int(name: str, value: str | None, default: int, lo: int, hi: int) -> int:
    if value is None or value == "":
        return default
    try:
        n = int(value)
    except ValueError:
        raise bad(name, value, f"expected a whole number from {lo} to {hi}") from None
    if not lo <= n <= hi:
        raise bad(name, value, f"must be from {lo} to {hi}")
    return n


def parse_country(value: str, name: str = "country") -> str:
    code = value.strip().upper()
    if code in EXTRA_COUNTRIES or (len(code) == 3 and pycountry.countries.get(alpha_3=code)):
        return code
    raise bad(name, value, "expected an ISO 3166-1 alpha-3 country code such as IRQ or USA")


@dataclass
class EventFilter:
    """The API's filter: the store's shared filter (the same meaning as ``eventwire events``
    and ``export``), plus what only the API and UI need: an actor name and a location country.
    """

    base: StoreFilter = field(default_factory=StoreFilter)
    actor: str | None = None
    location_country: str | None = None

    #: Query parameter → the store filter's argument (``q`` is the store's ``text``).
    SHARED: ClassVar[dict[str, str]] = {
        "type": "type", "mode": "mode", "country": "country", "source_country": "source_country",
        "target_country": "target_country", "since": "since", "until": "until", "q": "text",
        "doc_id": "doc_id"}
    PARAMS: ClassVar[tuple[str, ...]] = (*SHARED, "actor", "location_country")

    @classmethod
    def from_params(cls, params: Mapping[str, Sequence[str]]) -> "EventFilter":
        """Validate query parameters (name → list of values); raise E060 saying what to fix."""
        def one(name: str) -> str | None:
            vals = [v for v in params.get(name, []) if v.strip()]
            if len(vals) > 1:
                raise bad(name, vals, "give this parameter once")
            return vals[0].strip() if vals else None

        values = {arg: one(name) for name, arg in cls.SHARED.items()}
        try:
            base = StoreFilter.parse(**values)
        except UsageError as exc:  # the store speaks E042 (CLI); the API answers E060
            name = exc.context.get("name", "?")
            name = "q" if name == "text" else name
            raise bad(name, exc.context.get("value"), str(exc.context.get("detail"))) from None
        loc = one("location_country")
        return cls(base=base, actor=one("actor"),
                   location_country=parse_country(loc, "location_country") if loc else None)

    def where(self) -> tuple[str, list[Any]]:
        """The WHERE clause and its bound parameters."""
        cond, args = self.base.where()
        sql = [cond]
        if self.actor:
            sql.append("(lower(source_name) = lower(?) OR lower(target_name) = lower(?))")
            args = args + [self.actor, self.actor]
        if self.location_country:
            sql.append("location_country = ?")
            args = args + [self.location_country]
        return "WHERE " + " AND ".join(sql), args


class Queries:
    """The API's questions, asked of one read-only store."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        cur = self.store.con.cursor()  # one per call: DuckDB connections are not thread-safe
        try:
            res = cur.execute(sql, list(params))
            cols = [c[0] for c in res.description]
            return [dict(zip(cols, r)) for r in res.fetchall()]
        finally:
            cur.close()

    def iter_rows(self, sql: str, params: Sequence[Any] = (), batch: int = 1000
                  ) -> Iterator[tuple[list[str], list[tuple[Any, ...]]]]:
        """Rows in batches (for CSV of any size without holding it all in memory)."""
        cur = self.store.con.cursor()
        try:
            res = cur.execute(sql, list(params))
            cols = [c[0] for c in res.description]
            while chunk := res.fetchmany(batch):
                yield cols, chunk
        finally:
            cur.close()

    # -- events --------------------------------------------------------------------------

    def _events_sql(self, f: EventFilter, sort: str, columns: str = "*") -> tuple[str, list[Any]]:
        where, args = f.where()
        sql = (f"SELECT {columns} FROM (SELECT *, {_DATE_LO} AS date_lo FROM events) {where} "
               f"ORDER BY {SORTS[sort]}")
        return sql, args

    def events(self, f: EventFilter, page: int = 1, page_size: int = DEFAULT_PAGE_SIZE,
               sort: str = "-date") -> dict[str, Any]:
        where, args = f.where()
        total = self.rows(f"SELECT count(*) AS n FROM events {where}", args)[0]["n"]
        sql, args = self._events_sql(f, sort)
        rows = self.rows(sql + " LIMIT ? OFFSET ?", args + [page_size, (page - 1) * page_size])
        return {"total": total, "page": page, "page_size": page_size,
                "pages": (total + page_size - 1) // page_size,
                "events": [row_to_record(r) for r in rows]}

    def events_flat(self, f: EventFilter, sort: str = "-date", page: int | None = None,
                    page_size: int | None = None
                    ) -> Iterator[tuple[list[str], list[tuple[Any, ...]]]]:
        """The events table's own flat columns (for CSV), all matches or one page."""
        sql, args = self._events_sql(f, sort, ", ".join(EVENT_COLUMNS))
        if page is not None and page_size is not None:
            sql += " LIMIT ? OFFSET ?"
            args = args + [page_size, (page - 1) * page_size]
        return self.iter_rows(sql, args)

    def event(self, event_id: str) -> dict[str, Any]:
        rows = self.rows("SELECT * FROM events WHERE event_id = ?", [event_id])
        if not rows:
            raise UsageError("E061", kind="event", id=event_id)
        row = rows[0]
        doc = self.rows("SELECT doc_id, doc_ref, title, url, published, sitename, author, "
                        "source_format, path, length(text) AS n_chars FROM documents "
                        "WHERE doc_id = ?", [row["doc_id"]])
        record = row_to_record(row)
        document = doc[0] if doc else None
        attribution = record["attribution"]
        return {
            "event": record,
            "evidence": {
                "sentence": row["sentence"],
                "span": [row["span_start"], row["span_end"]],
                "trigger": row.get("trigger_text"),
                "spans": spans_of(row),
                "document": document,
                "attribution": {
                    # Who the text says reported it, then who published the text: a chain.
                    "reported_by": attribution,
                    "published_by": (document or {}).get("sitename"),
                    "url": (document or {}).get("url"),
                    "published": (document or {}).get("published"),
                },
            },
        }

    # -- documents -----------------------------------------------------------------------

    def document(self, doc_id: str) -> dict[str, Any]:
        rows = self.rows("SELECT * FROM documents WHERE doc_id = ?", [doc_id])
        if not rows:
            raise UsageError("E061", kind="document", id=doc_id)
        doc = rows[0]
        if doc.get("ingested_at") is not None:
            doc["ingested_at"] = doc["ingested_at"].isoformat()
        doc["tags"] = list(doc.get("tags") or [])
        doc["categories"] = list(doc.get("categories") or [])
        evs = self.rows("SELECT * FROM events WHERE doc_id = ? ORDER BY span_start, event_id",
                        [doc_id])
        doc["events"] = [{**row_to_record(r), "trigger": r.get("trigger_text"),
                          "spans": spans_of(r)} for r in evs]
        return doc

    # -- aggregates ----------------------------------------------------------------------

    def actors(self, f: EventFilter, limit: int = 100, name_q: str | None = None
               ) -> dict[str, Any]:
        where, args = f.where()
        extra, eargs = "", []
        if name_q:
            extra, eargs = "WHERE contains(lower(name), lower(?))", [name_q]
        sql = f"""
            WITH ev AS (SELECT * FROM events {where}),
            roles AS (
                SELECT source_name AS name, source_country AS country, source_sector AS sector,
                       1 AS s, 0 AS t FROM ev WHERE source_name IS NOT NULL
                UNION ALL
                SELECT target_name, target_country, target_sector, 0, 1
                FROM ev WHERE target_name IS NOT NULL)
            SELECT name, mode(country) AS country, mode(sector) AS sector,
                   sum(s)::INTEGER AS as_source, sum(t)::INTEGER AS as_target,
                   count(*)::INTEGER AS events
            FROM roles {extra} GROUP BY name ORDER BY events DESC, name LIMIT ?"""
        rows = self.rows(sql, args + eargs + [limit])
        total = self.rows(f"""
            WITH ev AS (SELECT * FROM events {where})
            SELECT count(DISTINCT name) AS n FROM (
                SELECT source_name AS name FROM ev UNION ALL SELECT target_name FROM ev)
            WHERE name IS NOT NULL {('AND contains(lower(name), lower(?))' if name_q else '')}""",
                          args + eargs)[0]["n"]
        return {"total": total, "actors": rows}

    def network(self, f: EventFilter, limit: int = 200) -> dict[str, Any]:
        """Who acts on whom: directed edges source → target, weight = number of events."""
        where, args = f.where()
        where = _and(where, "source_name IS NOT NULL AND target_name IS NOT NULL "
                            "AND source_name <> target_name")
        edges = self.rows(f"""
            SELECT source_name AS source, target_name AS target, count(*)::INTEGER AS count,
                   list(DISTINCT type ORDER BY type) AS types
            FROM events {where} GROUP BY 1, 2 ORDER BY count DESC, 1, 2 LIMIT ?""",
                          args + [limit])
        names = sorted({e["source"] for e in edges} | {e["target"] for e in edges})
        nodes = []
        if names:
            nodes = self.rows("""
                WITH roles AS (
                    SELECT source_name AS name, source_country AS country FROM events
                    UNION ALL SELECT target_name, target_country FROM events)
                SELECT name, mode(country) AS country, count(*)::INTEGER AS events
                FROM roles WHERE name IN (SELECT unnest(?)) GROUP BY name ORDER BY name""",
                              [names])
        return {"nodes": nodes, "edges": edges}

    def timeline(self, f: EventFilter) -> dict[str, Any]:
        """Events per day by type; events without a day-precise date are counted apart."""
        where, args = f.where()
        w_day = _and(where, "length(date) = 10")
        rows = self.rows(f"SELECT date, type, count(*)::INTEGER AS n FROM events {w_day} "
                         "GROUP BY 1, 2 ORDER BY 1, 2", args)
        days: dict[str, dict[str, int]] = {}
        for r in rows:
            days.setdefault(r["date"], {})[r["type"]] = r["n"]
        w_other = _and(where, "(date IS NULL OR length(date) <> 10)")
        other = self.rows(f"SELECT count(*)::INTEGER AS n FROM events {w_other}", args)[0]["n"]
        return {"days": [{"date": d, "counts": c, "total": sum(c.values())}
                         for d, c in days.items()],
                "types": sorted({r["type"] for r in rows}),
                "not_day_precise": other}

    def places(self, f: EventFilter, limit: int = 500) -> dict[str, Any]:
        """Where events happened: counts per country and per located place."""
        where, args = f.where()
        w = _and(where, "location_country IS NOT NULL")
        countries = self.rows(f"SELECT location_country AS country, count(*)::INTEGER AS count "
                              f"FROM events {w} GROUP BY 1 ORDER BY 2 DESC, 1", args)
        for c in countries:
            c["name"] = country_name(c["country"])
        w = _and(where, "location_lat IS NOT NULL AND location_lon IS NOT NULL")
        points = self.rows(f"""
            SELECT coalesce(location_name, location_text) AS name, location_country AS country,
                   location_lat AS lat, location_lon AS lon, count(*)::INTEGER AS count
            FROM events {w} GROUP BY 1, 2, 3, 4 ORDER BY count DESC, 1 LIMIT ?""", args + [limit])
        w_none = _and(where, "location_country IS NULL")
        unplaced = self.rows(f"SELECT count(*)::INTEGER AS n FROM events {w_none}", args)[0]["n"]
        return {"countries": countries, "points": points, "unplaced": unplaced}

    def stats(self) -> dict[str, Any]:
        one = self.rows("""
            SELECT (SELECT count(*) FROM documents)::INTEGER AS documents,
                   (SELECT count(*) FROM events)::INTEGER AS events,
                   (SELECT count(*) FROM failures)::INTEGER AS failures,
                   (SELECT count(*) FROM documents WHERE coalesce(n_events, 0) = 0)::INTEGER
                       AS documents_without_events,
                   (SELECT min(date) FROM events) AS first_date,
                   (SELECT max(date) FROM events) AS last_date""")[0]

        def by(col: str) -> dict[str, int]:
            rs = self.rows(f"SELECT {col} AS k, count(*)::INTEGER AS n FROM events "
                           "GROUP BY 1 ORDER BY 2 DESC, 1")
            return {("null" if r["k"] is None else str(r["k"])): r["n"] for r in rs}

        one.update(by_type=by("type"), by_modality=by("modality"),
                   by_date_precision=by("date_precision"),
                   by_location_country=by("location_country"))
        one["failures_by_code"] = {r["code"]: r["n"] for r in self.rows(
            "SELECT code, count(*)::INTEGER AS n FROM failures GROUP BY 1 ORDER BY 2 DESC, 1")}
        return one


def _and(where: str, cond: str) -> str:
    """Add one more condition to a WHERE clause that may be empty."""
    return f"{where} AND {cond}" if where else f"WHERE {cond}"


def spans_of(row: Mapping[str, Any]) -> dict[str, list[int] | None]:
    """Each highlighted role's [start, end] in the document text, or None when unknown."""
    out: dict[str, list[int] | None] = {}
    for role in SPAN_ROLES:
        s, e = row.get(f"{role}_start"), row.get(f"{role}_end")
        out[role] = [s, e] if s is not None and e is not None else None
    return out


def country_name(code: str | None) -> str | None:
    if not code:
        return None
    if code in EXTRA_COUNTRIES:
        return EXTRA_COUNTRIES[code]
    c = pycountry.countries.get(alpha_3=code)
    return getattr(c, "common_name", None) or getattr(c, "name", None) if c else None


def country_table() -> list[dict[str, Any]]:
    """ISO 3166 countries: alpha-3, numeric and name (the map joins its shapes on numeric)."""
    out = [{"alpha3": c.alpha_3, "numeric": c.numeric,
            "name": getattr(c, "common_name", None) or c.name} for c in pycountry.countries]
    out += [{"alpha3": k, "numeric": None, "name": v} for k, v in EXTRA_COUNTRIES.items()]
    return out
