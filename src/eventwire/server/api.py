"""The HTTP API's endpoints: parse and check parameters, ask ``queries``, answer JSON or CSV.

Why every error goes through ``error_response``: a client (or the web UI) handles one shape,
``{"error": {"code", "message", "status"}}``, whatever went wrong, and the message names the
parameter and says what to fix, with the same numbered codes as the rest of eventwire.
"""

from __future__ import annotations

import csv
import io
from typing import Any, Iterator

from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from eventwire.errors import EventwireError
from eventwire.server.openapi import build_openapi
from eventwire.server.queries import (DEFAULT_PAGE_SIZE, MAX_LIMIT, MAX_PAGE_SIZE, SORTS,
                                      EventFilter, Queries, bad, country_table, parse_int)
from eventwire.store import EVENT_COLUMNS

#: HTTP status for each code the API can answer with.
STATUS: dict[str, int] = {"E060": 400, "E061": 404, "E062": 405, "E063": 404, "E064": 500}

#: Parameters each endpoint accepts: anything else is a typo the user should hear about.
FILTER_PARAMS: tuple[str, ...] = EventFilter.PARAMS


def error_response(code: str, status: int | None = None, **context: Any) -> JSONResponse:
    err = EventwireError(code, **context)
    status = status or STATUS.get(code, 400)
    return JSONResponse({"error": {"code": code, "message": err.detail, "status": status}},
                        status_code=status)


def _json(data: Any) -> JSONResponse:
    return JSONResponse(data)


def _params(request: Request, allowed: tuple[str, ...]) -> dict[str, list[str]]:
    """Query parameters as name → values; unknown names are refused (400), not ignored."""
    out: dict[str, list[str]] = {}
    for name, value in request.query_params.multi_items():
        if name not in allowed:
            raise bad(name, value, "unknown parameter; this endpoint accepts "
                      + ", ".join(allowed))
        out.setdefault(name, []).append(value)
    return out


def _one(params: dict[str, list[str]], name: str) -> str | None:
    vals = params.get(name)
    return vals[-1] if vals else None


def _queries(request: Request) -> Queries:
    return request.app.state.queries


# -- endpoints -----------------------------------------------------------------------------

def list_events(request: Request) -> Response:
    params = _params(request, FILTER_PARAMS + ("page", "page_size", "sort", "format"))
    f = EventFilter.from_params(params)
    fmt = (_one(params, "format") or _negotiated(request)).lower()
    if fmt not in ("json", "csv"):
        raise bad("format", fmt, "choose json or csv")
    sort = _one(params, "sort") or "-date"
    if sort not in SORTS:
        raise bad("sort", sort, "choose one of " + ", ".join(SORTS))
    page = parse_int("page", _one(params, "page"), 1, 1, 10**9)
    size = parse_int("page_size", _one(params, "page_size"), DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE)
    q = _queries(request)
    if fmt == "csv":
        paged = "page" in params or "page_size" in params
        chunks = q.events_flat(f, sort, page if paged else None, size if paged else None)
        return StreamingResponse(_csv(chunks), media_type="text/csv; charset=utf-8",
                                 headers={"Content-Disposition":
                                          'attachment; filename="events.csv"'})
    return _json(q.events(f, page, size, sort))


def _negotiated(request: Request) -> str:
    accept = request.headers.get("accept", "")
    return "csv" if "text/csv" in accept and "application/json" not in accept else "json"


def _csv(chunks: Iterator[tuple[list[str], list[tuple[Any, ...]]]]) -> Iterator[str]:
    """CSV rows as they come from DuckDB; the header is written even when nothing matches."""
    buf = io.StringIO()
    w = csv.writer(buf)
    wrote_header = False
    for cols, rows in chunks:
        if not wrote_header:
            w.writerow(cols)
            wrote_header = True
        for r in rows:
            w.writerow(["" if v is None else v for v in r])
        yield buf.getvalue()
        buf.seek(0)
        buf.truncate()
    if not wrote_header:
        w.writerow(EVENT_COLUMNS)
        yield buf.getvalue()


def get_event(request: Request) -> Response:
    _params(request, ())
    return _json(_queries(request).event(request.path_params["event_id"]))


def get_document(request: Request) -> Response:
    _params(request, ())
    return _json(_queries(request).document(request.path_params["doc_id"]))


def list_actors(request: Request) -> Response:
    params = _params(request, FILTER_PARAMS + ("name", "limit"))
    f = EventFilter.from_params(params)
    limit = parse_int("limit", _one(params, "limit"), 100, 1, MAX_LIMIT)
    return _json(_queries(request).actors(f, limit, _one(params, "name")))


def network(request: Request) -> Response:
    params = _params(request, FILTER_PARAMS + ("limit",))
    f = EventFilter.from_params(params)
    limit = parse_int("limit", _one(params, "limit"), 200, 1, MAX_LIMIT)
    return _json(_queries(request).network(f, limit))


def timeline(request: Request) -> Response:
    params = _params(request, FILTER_PARAMS)
    return _json(_queries(request).timeline(EventFilter.from_params(params)))


def places(request: Request) -> Response:
    params = _params(request, FILTER_PARAMS)
    return _json(_queries(request).places(EventFilter.from_params(params)))


def stats(request: Request) -> Response:
    _params(request, ())
    return _json(_queries(request).stats())


def countries(request: Request) -> Response:
    _params(request, ())
    return _json({"countries": country_table()})


def openapi(request: Request) -> Response:
    return _json(build_openapi())


def routes() -> list[Route]:
    """The API routes; GET only (HEAD comes with GET), so no request can change data."""
    get = ["GET"]
    return [
        Route("/openapi.json", openapi, methods=get),
        Route("/events", list_events, methods=get),
        Route("/events/{event_id}", get_event, methods=get),
        Route("/documents/{doc_id}", get_document, methods=get),
        Route("/actors", list_actors, methods=get),
        Route("/network", network, methods=get),
        Route("/timeline", timeline, methods=get),
        Route("/places", places, methods=get),
        Route("/stats", stats, methods=get),
        Route("/countries", countries, methods=get),
    ]


def as_json_error(exc: EventwireError) -> JSONResponse:
    status = STATUS.get(exc.code, 400)
    return JSONResponse({"error": {"code": exc.code, "message": exc.detail, "status": status}},
                        status_code=status)


__all__ = ["routes", "error_response", "as_json_error", "STATUS"]
