"""The PLOVER gold-standard records (``PLOVER_GSR_CAMEO.txt``), coded with PLOVER 0.5b1.

Why a translation step: the file predates today's PLOVER. Four of its event names were
later merged or renamed (DEMAND -> REQUEST, DISAPPROVE and INVESTIGATE -> ACCUSE,
FIGHT -> ASSAULT) and many modes were renamed ("strike-hun" -> hunger, "assassinate" ->
targeted). Modes with no counterpart among eventwire's are left null, i.e. unscored,
rather than guessed.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from eventwire.errors import EvaluationError
from eventwire.gold import GoldEvent, GoldSentence, iso3, position_split
from eventwire.model import PLOVER_MODES, PLOVER_TYPES, SECTORS

#: PLOVER 0.5b1 event names -> (current type, mode implied by the old name).
OLD_TYPES: dict[str, tuple[str, str | None]] = {
    "DEMAND": ("REQUEST", None),
    "DISAPPROVE": ("ACCUSE", None),       # criticism or accusation: the mode is not implied
    "INVESTIGATE": ("ACCUSE", "investigate"),
    "FIGHT": ("ASSAULT", None),
}

#: (current type, old mode) -> (type, mode) where the old mode was renamed or moved.
OLD_MODES: dict[tuple[str, str], tuple[str, str | None]] = {
    ("ASSAULT", "assassinate"): ("ASSAULT", "targeted"),
    ("ASSAULT", "other"): ("ASSAULT", None),
    ("ASSAULT", "deport"): ("ASSAULT", None),
    ("PROTEST", "strike-hun"): ("PROTEST", "hunger"),
    ("PROTEST", "strike-gen"): ("PROTEST", "strike"),
    ("PROTEST", "riot-spon"): ("PROTEST", "riot"),
    ("PROTEST", "demo-org"): ("PROTEST", "demo"),
    ("PROTEST", "demo-spon"): ("PROTEST", "demo"),
    ("CONSULT", "host"): ("CONSULT", "visit"),
    ("THREATEN", "curfew"): ("THREATEN", "restrict"),
    ("THREATEN", "martial-law"): ("THREATEN", "restrict"),
    ("THREATEN", "political"): ("THREATEN", "restrict"),
    ("COERCE", "confiscate"): ("COERCE", "seize"),
    ("COERCE", "ban"): ("COERCE", "restrict"),
    ("COERCE", "detain"): ("COERCE", "arrest"),
    ("COERCE", "destroy"): ("ASSAULT", "destroy"),   # destroying property is ASSAULT now
}


def _actors(value: Any) -> list[dict[str, Any]]:
    return [a for a in value if isinstance(a, dict)] if isinstance(value, list) else []


def _countries(actors: list[dict[str, Any]]) -> frozenset[str]:
    return frozenset(c for c in (iso3(a.get("code")) for a in actors) if c)


def _sectors(actors: list[dict[str, Any]]) -> frozenset[str]:
    out = set()
    for a in actors:
        sector = str(a.get("sector") or "")[:3].upper()
        code = str(a.get("code") or "").upper()
        if sector in SECTORS:
            out.add(sector)
        elif code in ("IGO", "NGO"):
            out.add(code)
    return frozenset(out)


def convert(record: dict[str, Any]) -> GoldEvent | None:
    """One 0.5b1 record as an event in today's PLOVER (None for unknown event names)."""
    old = str(record.get("event") or "").upper()
    typ, mode = OLD_TYPES.get(old, (old, None))
    if typ not in PLOVER_TYPES:
        return None
    old_mode = record.get("mode") or None
    if old_mode:
        typ, mode = OLD_MODES.get((typ, old_mode), (typ, old_mode))
    if mode not in PLOVER_MODES.get(typ, ()):
        mode = None
    source, target = _actors(record.get("source")), _actors(record.get("target"))
    src_c, tgt_c = _countries(source), _countries(target)
    src_s, tgt_s = _sectors(source), _sectors(target)
    markup = record.get("textInfo")
    markup = markup.get("markup", "") if isinstance(markup, dict) else str(markup or "")
    if "SRC/TAR" in markup and not target:   # reciprocal actors: each is source and target
        tgt_c, tgt_s = src_c, src_s
    return GoldEvent(type=typ, mode=mode, source_countries=src_c, target_countries=tgt_c,
                     source_sectors=src_s, target_sectors=tgt_s, code=old)


def load_plover(path: str | Path) -> list[GoldSentence]:
    """The coded English sentences, one record per distinct sentence (a sentence coded twice
    carries both events), split by position of first appearance."""
    path = Path(path)
    if path.is_dir():
        path = path / "PLOVER_GSR_CAMEO.txt"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise EvaluationError("E080", path=str(path), detail=str(exc)) from exc
    if not isinstance(data, list):
        raise EvaluationError("E080", path=str(path), detail="expected a JSON array of records")
    by_text: dict[str, GoldSentence] = {}
    for rec in data:
        if not isinstance(rec, dict) or not rec.get("text") or rec.get("event") == "DOCUMENT":
            continue
        if rec.get("language", "en") != "en":
            continue
        text = " ".join(str(rec["text"]).split())
        sent = by_text.get(text)
        if sent is None:
            sent = by_text[text] = GoldSentence(id=str(rec.get("id") or len(by_text)), text=text,
                                                split=position_split(len(by_text)))
        ev = convert(rec)
        if ev is None:
            sent.unscored += 1
        else:
            sent.events.append(ev)
    if not by_text:
        raise EvaluationError("E080", path=str(path), detail="no coded sentences found")
    return list(by_text.values())
