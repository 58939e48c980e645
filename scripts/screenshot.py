"""Take docs/ui.png: the web UI's document view, reached by clicking an event on the landing page.

Usage:
    .venv/bin/python scripts/screenshot.py                  # ingests samples/ into a temp DB
    .venv/bin/python scripts/screenshot.py --db eventwire.duckdb --out docs/ui.png

Uses Debian's /usr/bin/chromium through Playwright (no browser download). Picks the event
with the most known fields (source, target, date, place, attribution), so the picture shows
every kind of highlight.
"""

from __future__ import annotations

import argparse
import socket
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def ingest_samples(db: Path) -> None:
    """The samples folder through eventwire's own reader, pipeline and store."""
    from eventwire.model import Document
    from eventwire.pipeline import Pipeline
    from eventwire.readers.open import read_inputs
    from eventwire.store import Store

    docs = [d for d in read_inputs([str(ROOT / "samples")]) if isinstance(d, Document)]
    results = [r for r in Pipeline().process(docs) if isinstance(r, tuple)]
    with Store(db) as store:
        store.write(results)


def best_event(base: str) -> dict:
    import httpx

    evs = httpx.get(base + "/events", params={"page_size": 50}).json()["events"]
    if not evs:
        raise SystemExit("no events in the database: nothing to show")

    def known(e: dict) -> int:
        return sum(bool(e[k]) for k in ("source", "target", "date", "location", "attribution"))

    return max(evs, key=lambda e: (known(e), e["confidence"] or 0))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", help="DuckDB to show (default: ingest samples/ into a temp one)")
    ap.add_argument("--out", default=str(ROOT / "docs" / "ui.png"))
    ap.add_argument("--chromium", default="/usr/bin/chromium")
    ap.add_argument("--all", action="store_true",
                    help="also save the events, timeline, actors and map views beside --out "
                         "(ui-events.png, ui-timeline.png, ui-network.png, ui-map.png)")
    args = ap.parse_args()

    import uvicorn
    from playwright.sync_api import sync_playwright

    from eventwire.server.app import create_app

    tmp = tempfile.TemporaryDirectory()
    db = Path(args.db) if args.db else Path(tmp.name) / "samples.duckdb"
    if not args.db:
        ingest_samples(db)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port,
                                           log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    base = f"http://127.0.0.1:{port}"
    try:
        ev = best_event(base)
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=args.chromium, args=ARGS)
            page = browser.new_page(viewport={"width": 1360, "height": 820})
            page.goto(base + "/")
            page.wait_for_selector("body[data-ready=events]")
            out = Path(args.out)
            if args.all:
                page.screenshot(path=str(out.with_name("ui-events.png")))
            page.click(f"tr.event-row[data-event-id='{ev['event_id']}']")   # click 1
            page.wait_for_selector("body[data-ready=doc]")
            page.screenshot(path=args.out)
            if args.all:
                for view in ("timeline", "network", "map"):
                    page.goto(f"{base}/#{view}")
                    page.wait_for_selector(f"body[data-ready={view}]")
                    page.screenshot(path=str(out.with_name(f"ui-{view}.png")), full_page=True)
            browser.close()
        print(f"wrote {args.out} ({ev['type']}: {ev['sentence'][:60]}...)")
    finally:
        server.should_exit = True
        thread.join(5)
        tmp.cleanup()


if __name__ == "__main__":
    main()
