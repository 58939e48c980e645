"""PETRARCH2's validation records (``PETR2_GSR_validation.xml``): real news sentences with
CAMEO event codes and CAMEO actor codes.

Why regular expressions and not an XML parser: the file is not well-formed (``<Sentence
.../>`` start tags are self-closed and yet followed by children and ``</Sentence>``, the
header is a bare ``####`` block), so each record is cut out by its tags.
"""

from __future__ import annotations

import re
from pathlib import Path

from eventwire.errors import EvaluationError
from eventwire.events.cameo import plover_from_cameo
from eventwire.gold import GoldEvent, GoldSentence, iso3, position_split
from eventwire.model import SECTORS

_SENTENCE = re.compile(r"<Sentence\s([^>]*?)/?>(.*?)</Sentence>", re.S)
_ATTR = re.compile(r'(\w+)="([^"]*)"')
_CODING = re.compile(r"<EventCoding\s([^>]*?)/?>")
_TEXT = re.compile(r"<Text>(.*?)</Text>", re.S)


def _sector(code: str) -> frozenset[str]:
    """CAMEO actor codes are 3-letter blocks: country (or IGO/NGO/---), then roles."""
    code = code.upper()
    if code[:3] in ("IGO", "NGO"):
        return frozenset({code[:3]})
    for i in range(3, len(code) - 2, 3):
        if code[i:i + 3] in SECTORS:
            return frozenset({code[i:i + 3]})
    return frozenset()


def _event(attrs: dict[str, str]) -> GoldEvent | None:
    mapped = plover_from_cameo(attrs.get("eventcode", ""))
    if mapped is None:
        return None
    src, tgt = attrs.get("sourcecode", ""), attrs.get("targetcode", "")
    return GoldEvent(
        type=mapped[0], mode=mapped[1],
        source_countries=frozenset(c for c in [iso3(src)] if c),
        target_countries=frozenset(c for c in [iso3(tgt)] if c),
        source_sectors=_sector(src), target_sectors=_sector(tgt),
        code=attrs.get("eventcode"))


def _merge_reciprocal(events: list[GoldEvent]) -> list[GoldEvent]:
    """"A and B agreed" is coded twice (A->B and B->A); it is one event in the text, with
    each side both source and target."""
    out: list[GoldEvent] = []
    for ev in events:
        twin = next((o for o in out if o.type == ev.type and o.mode == ev.mode
                     and o.source_countries == ev.target_countries
                     and o.target_countries == ev.source_countries
                     and o.source_countries != o.target_countries), None)
        if twin is None:
            out.append(ev)
            continue
        both = twin.source_countries | twin.target_countries
        sectors = twin.source_sectors | twin.target_sectors
        out[out.index(twin)] = GoldEvent(type=ev.type, mode=ev.mode, source_countries=both,
                                         target_countries=both, source_sectors=sectors,
                                         target_sectors=sectors, code=ev.code)
    return out


def load_petrarch(path: str | Path) -> list[GoldSentence]:
    """The English sentences marked evaluate="true", split by position in the file."""
    path = Path(path)
    if path.is_dir():
        path = path / "PETR2_GSR_validation.xml"
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise EvaluationError("E080", path=str(path), detail=str(exc)) from exc
    out: list[GoldSentence] = []
    for m in _SENTENCE.finditer(raw):
        attrs = dict(_ATTR.findall(m.group(1)))
        if attrs.get("evaluate", "true").lower() != "true":
            continue
        text_m = _TEXT.search(m.group(2))
        if not text_m:
            continue
        text = " ".join(text_m.group(1).split())
        sent = GoldSentence(id=attrs.get("id", str(len(out))), text=text,
                            split=position_split(len(out)))
        events = []
        for c in _CODING.finditer(m.group(2)):
            cattrs = dict(_ATTR.findall(c.group(1)))
            if cattrs.get("noevents", "").lower() == "true" or "eventcode" not in cattrs:
                continue
            ev = _event(cattrs)
            if ev is None:
                sent.unscored += 1
            else:
                events.append(ev)
        sent.events = _merge_reciprocal(events)
        out.append(sent)
    if not out:
        raise EvaluationError("E080", path=str(path), detail="no <Sentence> records with <Text>")
    return out
