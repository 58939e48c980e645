"""The OpenAPI 3.1 document of the HTTP API, written by hand.

Why by hand: Starlette generates nothing, and a hand-written document says what each
filter means (how partial dates overlap, what ``actor`` matches) rather than only its type.
A test checks that every route the app serves is described here and nothing else is.
"""

from __future__ import annotations

from typing import Any

from eventwire import __version__
from eventwire.errors import Errors
from eventwire.model import PLOVER_TYPES
from eventwire.server.queries import ALL_MODES, DEFAULT_PAGE_SIZE, MAX_LIMIT, MAX_PAGE_SIZE, SORTS


def _q(name: str, description: str, schema: dict[str, Any], example: Any = None
       ) -> dict[str, Any]:
    p: dict[str, Any] = {"name": name, "in": "query", "required": False,
                         "description": description, "schema": schema}
    if example is not None:
        p["example"] = example
    return p


DATE = {"type": "string", "pattern": r"^\d{4}(-\d{2}(-\d{2})?)?$"}

FILTERS: list[dict[str, Any]] = [
    _q("type", "PLOVER event type (case-insensitive).",
       {"type": "string", "enum": list(PLOVER_TYPES)}, "ASSAULT"),
    _q("mode", "PLOVER mode (lower case); with `type`, it must be one of that type's modes.",
       {"type": "string", "enum": list(ALL_MODES)}, "aerial"),
    _q("actor", "Canonical actor name, as source or target (case-insensitive, exact).",
       {"type": "string"}, "United States"),
    _q("country", "ISO 3166-1 alpha-3 code of the source or the target actor.",
       {"type": "string", "pattern": "^[A-Za-z]{3}$"}, "IRQ"),
    _q("source_country", "ISO alpha-3 code of the source actor.",
       {"type": "string", "pattern": "^[A-Za-z]{3}$"}),
    _q("target_country", "ISO alpha-3 code of the target actor.",
       {"type": "string", "pattern": "^[A-Za-z]{3}$"}),
    _q("location_country", "ISO alpha-3 code of the place where the event happened.",
       {"type": "string", "pattern": "^[A-Za-z]{3}$"}),
    _q("since", "Events whose date (a day, a month or a year) may fall on or after this "
       "date; undated events are left out.", DATE, "2020-01-01"),
    _q("until", "Events whose date may fall on or before this date (2020-01 means up to "
       "the end of January); undated events are left out.", DATE, "2020-06-30"),
    _q("q", "Words to find (case-insensitive) in the sentence, the actors' words and names, "
       "the place name or the attribution.", {"type": "string"}, "airstrike"),
    _q("doc_id", "Only the events of this document.", {"type": "string"}),
]

ERROR = {
    "type": "object", "required": ["error"],
    "properties": {"error": {
        "type": "object", "required": ["code", "message", "status"],
        "properties": {"code": {"type": "string", "example": "E060"},
                       "message": {"type": "string"}, "status": {"type": "integer"}}}},
}

ACTOR = {"type": ["object", "null"], "properties": {
    "text": {"type": ["string", "null"]}, "name": {"type": ["string", "null"]},
    "country": {"type": ["string", "null"]}, "sector": {"type": ["string", "null"]}}}

EVENT = {
    "type": "object",
    "description": "The export contract: the same keys as `eventwire export --format jsonl`.",
    "properties": {
        "event_id": {"type": "string"}, "doc_id": {"type": "string"},
        "doc_ref": {"type": "string"},
        "type": {"type": "string", "enum": list(PLOVER_TYPES)},
        "mode": {"type": ["string", "null"]},
        "source": {"$ref": "#/components/schemas/Actor"},
        "target": {"$ref": "#/components/schemas/Actor"},
        "date": {"type": ["string", "null"]},
        "date_precision": {"type": ["string", "null"], "enum": ["day", "month", "year", None]},
        "date_text": {"type": ["string", "null"]},
        "location": {"type": ["object", "null"]},
        "quantities": {"type": "array", "items": {"type": "object"}},
        "attribution": {"type": ["object", "null"]},
        "modality": {"type": "string"}, "negated": {"type": "boolean"},
        "sentence": {"type": "string"},
        "span": {"type": "array", "items": {"type": "integer"}, "minItems": 2, "maxItems": 2},
        "confidence": {"type": "number"},
    },
}

SPANS = {"type": "object", "description": "[start, end] character offsets into the document "
         "text for each role, or null when unknown.",
         "additionalProperties": {"type": ["array", "null"], "items": {"type": "integer"}}}


def _ok(description: str, schema: dict[str, Any], csv: bool = False) -> dict[str, Any]:
    content: dict[str, Any] = {"application/json": {"schema": schema}}
    if csv:
        content["text/csv"] = {"schema": {"type": "string"}}
    return {"description": description, "content": content}


def _errors(*statuses: int) -> dict[str, Any]:
    err = {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}
    words = {400: "A parameter is invalid (E060): the message says what to fix.",
             404: "No such id (E061).", 405: "Not GET: the API is read-only (E062)."}
    return {str(s): {"description": words[s], "content": err} for s in statuses}


def _get(summary: str, description: str, params: list[dict[str, Any]],
         ok: dict[str, Any], *errors: int) -> dict[str, Any]:
    return {"get": {"summary": summary, "description": description, "parameters": params,
                    "responses": {"200": ok, **_errors(*errors, 405)}}}


def _path(name: str, description: str) -> dict[str, Any]:
    return {"name": name, "in": "path", "required": True, "description": description,
            "schema": {"type": "string"}}


def build_openapi() -> dict[str, Any]:
    """The document served at ``/openapi.json``."""
    page = [_q("page", "Page number, from 1.", {"type": "integer", "minimum": 1, "default": 1}),
            _q("page_size", f"Events per page, at most {MAX_PAGE_SIZE}.",
               {"type": "integer", "minimum": 1, "maximum": MAX_PAGE_SIZE,
                "default": DEFAULT_PAGE_SIZE}),
            _q("sort", "Order of the events.", {"type": "string", "enum": list(SORTS),
                                                "default": "-date"}),
            _q("format", "json (default) or csv; `Accept: text/csv` works too. CSV holds the "
               "events table's flat columns, every match unless page or page_size is given.",
               {"type": "string", "enum": ["json", "csv"], "default": "json"})]
    limit = _q("limit", f"At most this many rows (1 to {MAX_LIMIT}).",
               {"type": "integer", "minimum": 1, "maximum": MAX_LIMIT})
    obj = {"type": "object"}
    paths = {
        "/events": _get(
            "Events, filtered and paginated",
            "Every filter is optional and they combine with AND.", FILTERS + page,
            _ok("A page of events.", {"type": "object", "properties": {
                "total": {"type": "integer"}, "page": {"type": "integer"},
                "page_size": {"type": "integer"}, "pages": {"type": "integer"},
                "events": {"type": "array", "items": {"$ref": "#/components/schemas/Event"}}}},
                csv=True), 400),
        "/events/{event_id}": _get(
            "One event with its evidence",
            "The event record plus its sentence, the character spans of source, target, date, "
            "location, attribution and trigger, the document it came from, and the attribution "
            "chain (who the text says reported it, who published the text).",
            [_path("event_id", "The event's id.")],
            _ok("The event and its evidence.", {"type": "object", "properties": {
                "event": {"$ref": "#/components/schemas/Event"},
                "evidence": {"type": "object", "properties": {
                    "sentence": {"type": "string"},
                    "span": {"type": "array", "items": {"type": "integer"}},
                    "trigger": {"type": ["string", "null"]},
                    "spans": {"$ref": "#/components/schemas/Spans"},
                    "document": obj, "attribution": obj}}}}), 400, 404),
        "/documents/{doc_id}": _get(
            "One document: cleaned text, metadata and its events with their spans",
            "Every span of every event is a pair of offsets into `text`.",
            [_path("doc_id", "The document's id (a hash of its cleaned text).")],
            _ok("The document.", {"type": "object", "properties": {
                "doc_id": {"type": "string"}, "doc_ref": {"type": "string"},
                "title": {"type": ["string", "null"]}, "text": {"type": "string"},
                "published": {"type": ["string", "null"]},
                "events": {"type": "array", "items": obj}}}), 400, 404),
        "/actors": _get(
            "Actors with how often they act and are acted upon",
            "Counts over the events that match the filters.",
            FILTERS + [_q("name", "Words in the actor's name.", {"type": "string"}), limit],
            _ok("Actors, most active first.", {"type": "object", "properties": {
                "total": {"type": "integer"}, "actors": {"type": "array", "items": {
                    "type": "object", "properties": {
                        "name": {"type": "string"}, "country": {"type": ["string", "null"]},
                        "sector": {"type": ["string", "null"]},
                        "as_source": {"type": "integer"}, "as_target": {"type": "integer"},
                        "events": {"type": "integer"}}}}}}), 400),
        "/network": _get(
            "Who acts on whom",
            "Directed edges source → target; the weight is the number of matching events.",
            FILTERS + [limit],
            _ok("Nodes and edges.", {"type": "object", "properties": {
                "nodes": {"type": "array", "items": obj},
                "edges": {"type": "array", "items": {"type": "object", "properties": {
                    "source": {"type": "string"}, "target": {"type": "string"},
                    "count": {"type": "integer"},
                    "types": {"type": "array", "items": {"type": "string"}}}}}}}), 400),
        "/timeline": _get(
            "Events per day by type",
            "Only events dated to the day are placed on days; the rest are counted in "
            "`not_day_precise`.", FILTERS,
            _ok("Days with counts per type.", obj), 400),
        "/places": _get(
            "Where events happened",
            "Counts per location country (ISO alpha-3) and per place with coordinates.",
            FILTERS, _ok("Countries and points.", obj), 400),
        "/stats": _get("Totals of the database",
                       "Documents, events, failures; events by type, modality, date precision "
                       "and location country.", [], _ok("Totals.", obj)),
        "/countries": _get("ISO 3166 countries",
                           "Alpha-3 code, numeric code and name: the map joins its shapes on "
                           "the numeric code.", [], _ok("Countries.", obj)),
        "/openapi.json": {"get": {"summary": "This document", "responses": {
            "200": _ok("OpenAPI 3.1.", obj)}}},
    }
    codes = {c: getattr(Errors, c) for c in ("E060", "E061", "E062", "E063", "E064")}
    return {
        "openapi": "3.1.0",
        "info": {"title": "eventwire", "version": __version__,
                 "description": "Read-only access to events extracted from news: who did what "
                                "to whom, when, where, and according to whom, each traced to "
                                "its sentence. Errors: " + "; ".join(
                                    f"{c}: {m}" for c, m in codes.items())},
        "paths": paths,
        "components": {"schemas": {"Error": ERROR, "Event": EVENT, "Actor": ACTOR,
                                   "Spans": SPANS}},
    }
