"""The records every stage passes on: Document in, Event out.

Plain dataclasses so that any stage can be run and tested alone, pickled to worker
processes, and turned into the export contract (``Event.to_record``) in one place.
Character spans are ``(start, end)`` offsets into ``Document.text`` — the *cleaned* text —
so that every field of every event points back to the words it came from.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

Span = tuple[int, int]

PLOVER_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)

PLOVER_MODES: dict[str, tuple[str, ...]] = {
    "CONSULT": ("visit", "third-party", "multilateral", "phone"),
    "RETREAT": ("withdraw", "release", "disarm", "ceasefire", "access", "resign"),
    "REQUEST": ("assist", "change", "yield", "meet"),
    "REJECT": ("assist", "change", "yield", "meet"),
    "ACCUSE": ("disapprove", "investigate", "allege"),
    "THREATEN": ("restrict", "arrest", "relations", "expel", "territory", "violence"),
    "PROTEST": ("demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"),
    "SANCTION": ("convict", "expel", "withdraw", "discontinue"),
    "MOBILIZE": ("troops", "weapons", "police", "militia"),
    "COERCE": ("seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport",
               "withhold", "misinformation", "cyber"),
    "ASSAULT": ("abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive",
                "firearms", "explosives", "suicide-attack", "aerial", "drone", "heavy-weapons",
                "crowd-control", "unconventional"),
}

SECTORS: tuple[str, ...] = ("GOV", "MIL", "LEG", "JUD", "REB", "OPP", "PTY", "REL", "MED",
                            "CVL", "BUS", "IGO", "NGO")

MODALITIES: tuple[str, ...] = ("asserted", "reported", "demanded", "threatened", "planned",
                               "denied", "hypothetical")

#: The export contract's keys, in order (DESIGN.md, "The event record").
EVENT_KEYS: tuple[str, ...] = (
    "event_id", "doc_id", "doc_ref", "type", "mode", "source", "target", "date",
    "date_precision", "date_text", "location", "quantities", "attribution", "modality",
    "negated", "sentence", "span", "confidence",
)


def content_hash(*parts: str, length: int = 16) -> str:
    """A stable id from content: the same input always gives the same id (idempotent re-ingest)."""
    h = hashlib.sha256()
    for p in parts:
        h.update(p.encode("utf-8"))
        h.update(b"\x1f")
    return h.hexdigest()[:length]


@dataclass
class Document:
    """One article. Readers fill it from their format; ``clean`` replaces ``text`` with the
    cleaned body (title, tag line and page debris removed) and sets ``cleaned``."""

    text: str
    doc_ref: str                      # what the user knows it by: id, URL, path or path:line
    title: str | None = None
    url: str | None = None
    published: str | None = None      # YYYY-MM-DD
    sitename: str | None = None
    author: str | None = None
    tags: list[str] = field(default_factory=list)
    categories: list[str] = field(default_factory=list)
    source_format: str = "text"       # text html json jsonl csv rss warc
    path: str | None = None
    language: str | None = None
    cleaned: bool = False

    @property
    def doc_id(self) -> str:
        """Hash of the cleaned text: re-ingesting the same article updates, never duplicates."""
        return content_hash(self.text)

    def to_dict(self) -> dict[str, Any]:
        return {
            "doc_id": self.doc_id, "doc_ref": self.doc_ref, "title": self.title,
            "url": self.url, "published": self.published, "sitename": self.sitename,
            "author": self.author, "tags": list(self.tags), "categories": list(self.categories),
            "source_format": self.source_format, "path": self.path, "language": self.language,
            "text": self.text,
        }


@dataclass
class Failure:
    """A document that could not be read or processed: reported and counted, never fatal."""

    doc_ref: str
    error: Exception

    @property
    def code(self) -> str:
        return getattr(self.error, "code", "E000")

    @property
    def message(self) -> str:
        return str(self.error)


@dataclass
class Actor:
    text: str                          # the words in the sentence
    name: str                          # canonical name
    country: str | None = None         # ISO 3166-1 alpha-3
    sector: str | None = None          # one of SECTORS
    span: Span | None = None           # offsets of ``text`` in the cleaned document text
    kind: str | None = None            # country, person, organization, group, institution ...

    def to_record(self) -> dict[str, Any]:
        return {"text": self.text, "name": self.name, "country": self.country,
                "sector": self.sector}


@dataclass
class Place:
    text: str
    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    span: Span | None = None

    def to_record(self) -> dict[str, Any]:
        return {"text": self.text, "name": self.name, "country": self.country,
                "lat": self.lat, "lon": self.lon}


@dataclass
class Quantity:
    value: float
    unit: str
    text: str
    span: Span | None = None

    def to_record(self) -> dict[str, Any]:
        v: float | int = int(self.value) if float(self.value).is_integer() else self.value
        return {"value": v, "unit": self.unit, "text": self.text}


@dataclass
class DateRef:
    value: str | None                  # YYYY-MM-DD, YYYY-MM or YYYY
    precision: str | None              # day month year
    text: str
    span: Span | None = None


@dataclass
class Attribution:
    text: str                          # the words: "a report by the New York Times says"
    name: str                          # who: "New York Times"
    span: Span | None = None

    def to_record(self) -> dict[str, Any]:
        return {"text": self.text, "name": self.name}


@dataclass
class Event:
    doc_id: str
    doc_ref: str
    type: str
    sentence: str
    span: Span                          # the sentence's offsets in the cleaned text
    mode: str | None = None
    source: Actor | None = None
    target: Actor | None = None
    date: DateRef | None = None
    location: Place | None = None
    quantities: list[Quantity] = field(default_factory=list)
    attribution: Attribution | None = None
    modality: str = "asserted"
    negated: bool = False
    confidence: float = 0.5
    trigger: str | None = None          # the words that signal the event ("airstrike")
    trigger_span: Span | None = None

    @property
    def event_id(self) -> str:
        anchor = self.trigger_span or self.span
        return content_hash(self.doc_id, f"{anchor[0]}:{anchor[1]}", self.type)

    def to_record(self) -> dict[str, Any]:
        """Exactly the export contract of DESIGN.md: the same keys, in the same order."""
        return {
            "event_id": self.event_id,
            "doc_id": self.doc_id,
            "doc_ref": self.doc_ref,
            "type": self.type,
            "mode": self.mode,
            "source": self.source.to_record() if self.source else None,
            "target": self.target.to_record() if self.target else None,
            "date": self.date.value if self.date else None,
            "date_precision": self.date.precision if self.date else None,
            "date_text": self.date.text if self.date else None,
            "location": self.location.to_record() if self.location else None,
            "quantities": [q.to_record() for q in self.quantities],
            "attribution": self.attribution.to_record() if self.attribution else None,
            "modality": self.modality,
            "negated": self.negated,
            "sentence": self.sentence,
            "span": [self.span[0], self.span[1]],
            "confidence": round(float(self.confidence), 3),
        }

    def to_json(self) -> str:
        return json.dumps(self.to_record(), ensure_ascii=False)
