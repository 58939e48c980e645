"""Gold standards for ``eventwire eval``: three public datasets read into one shape.

Why one shape: the scorer should not care whether a sentence came from the PLOVER manual
examples, PETRARCH2's CAMEO-coded validation set or ConfliBERT's sentence classes; each
loader turns its format into :class:`GoldSentence` records with PLOVER types and ISO
countries, and says which split (dev or held-out) every record belongs to.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable

SPLITS: tuple[str, ...] = ("dev", "heldout", "all")


@dataclass(frozen=True)
class GoldEvent:
    """One coded event. Countries are sets: a compound actor ("Hungarian and Romanian
    officials") is right when the predicted country is any of them."""

    type: str
    mode: str | None = None
    source_countries: frozenset[str] = frozenset()
    target_countries: frozenset[str] = frozenset()
    source_sectors: frozenset[str] = frozenset()
    target_sectors: frozenset[str] = frozenset()
    code: str | None = None          # the dataset's own code (old PLOVER name, CAMEO code)


@dataclass
class GoldSentence:
    id: str
    text: str
    split: str                        # "dev" or "heldout"
    events: list[GoldEvent] = field(default_factory=list)
    label: int | None = None          # sentence class (ConfliBERT penta-class)
    unscored: int = 0                 # gold codings with no PLOVER counterpart (CAMEO 01)
    #: gold actor spans (ConfliBERT NER): (role "source"/"target"/"both", start, end) in text
    actors: tuple[tuple[str, int, int], ...] = ()


def select(records: Iterable[GoldSentence], split: str) -> list[GoldSentence]:
    """The records of one split ("all" keeps both)."""
    if split == "all":
        return list(records)
    return [r for r in records if r.split == split]


def position_split(position: int) -> str:
    """Even positions in file order are dev, odd ones held out: both halves sample the whole
    file (its categories come in blocks), and nobody has to pick which sentence goes where."""
    return "dev" if position % 2 == 0 else "heldout"


def iso3(code: str | None) -> str | None:
    """The ISO 3166-1 alpha-3 country at the start of an actor code ("USAGOV" -> "USA"),
    or None for non-state codes (IGO, NGO, IMG, "---")."""
    if not code or len(code) < 3:
        return None
    head = code[:3].upper()
    return head if head in _iso3_codes() else None


_ISO3: set[str] | None = None


def _iso3_codes() -> set[str]:
    global _ISO3
    if _ISO3 is None:
        import pycountry

        _ISO3 = {c.alpha_3 for c in pycountry.countries} | {"XKX"}  # Kosovo, as CAMEO uses it
    return _ISO3
