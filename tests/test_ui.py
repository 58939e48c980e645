"""End-to-end: the web UI in headless Chromium (Debian's, never a downloaded one), served by a
real uvicorn over a DuckDB written by eventwire. Set EVENTWIRE_SCREENSHOT=1 to refresh
docs/ui.png from the document view."""

from __future__ import annotations

import os
import socket
import threading
import time
from pathlib import Path

import pytest

from serve_fixture import build_db, hand_built

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
ROOT = Path(__file__).resolve().parents[1]

pytestmark = [
    pytest.mark.ui,
    pytest.mark.skipif(not CHROMIUM.exists(),
                       reason="/usr/bin/chromium is missing: run `make browser` "
                              "(apt-get install chromium) to run the UI tests"),
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    import uvicorn

    from eventwire.server.app import create_app

    db = build_db(tmp_path_factory.mktemp("ui"))
    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port,
                                        log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.time() + 10
    while not srv.started:
        assert time.time() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(5)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser, server):
    """A fresh page that records console errors and every URL it requests."""
    ctx = browser.new_context(viewport={"width": 1280, "height": 860})
    pg = ctx.new_page()
    pg.errors = []
    pg.requested = []
    pg.on("console", lambda m: pg.errors.append(m.text) if m.type == "error" else None)
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))
    pg.on("request", lambda r: pg.requested.append(r.url))
    pg.base = server
    yield pg
    ctx.close()


def open_view(pg, hash_: str = "", view: str = "events"):
    pg.goto(pg.base + "/" + hash_)
    pg.wait_for_selector(f"body[data-ready={view}]")


def wait_ready(pg, view: str):
    # selectors and URL predicates only: the page's CSP forbids the eval behind wait_for_function
    pg.wait_for_selector(f"body[data-ready={view}]")


def test_landing_page_lists_events_offline(page, server):
    import httpx

    total = httpx.get(server + "/events").json()["total"]
    open_view(page)
    rows = page.locator("tr.event-row")
    assert rows.count() == min(total, 50)
    assert f"{total} event" in page.inner_text("#page-info")
    assert "events from" in page.inner_text("#summary")
    assert page.errors == []
    assert page.requested and all(u.startswith(server) or u.startswith("data:")
                                  for u in page.requested), page.requested


def test_filter_by_type_then_open_the_sentence(page):
    """Two clicks from the landing page to the highlighted sentence behind an event."""
    doc, evs = hand_built()
    coerce = next(e for e in evs if e.type == "COERCE")
    open_view(page)
    page.select_option("#f-type", "COERCE")
    page.select_option("#f-mode", "arrest")
    page.click("#f-apply")
    page.wait_for_url(lambda url: "type=COERCE" in url)
    wait_ready(page, "events")
    types = page.locator("tr.event-row").evaluate_all("rs => rs.map(r => r.dataset.type)")
    assert types and set(types) == {"COERCE"}

    page.click(f"tr.event-row[data-event-id='{coerce.event_id}']")
    wait_ready(page, "doc")
    marked = page.locator("#doc-text .s-sentence").all_inner_texts()
    assert "".join(marked) == coerce.sentence
    role_text = {r: "".join(page.locator(f"#doc-text .r-{r}").all_inner_texts())
                 for r in ("source", "target", "date", "location", "attribution", "trigger")}
    assert role_text == {"source": "Turkish police", "target": "protesters",
                         "date": "On March 3", "location": "Ankara",
                         "attribution": "according to Reuters", "trigger": "detained"}
    assert page.locator("#doc-text .s-sentence").first.is_visible()
    card = page.inner_text("#event-card")
    assert "COERCE" in card and "Reuters" in card and "Example Wire" in card
    assert page.inner_text("#doc-title") == doc.title          # markup shown as text
    assert page.locator("#doc-title b").count() == 0
    assert page.errors == []

    # another event of the same document is one click away, from the list beside the text
    request = next(e for e in evs if e.type == "REQUEST")
    page.click(f"#doc-events li[data-event-id='{request.event_id}'] a")
    page.wait_for_url(lambda url: request.event_id in url)
    wait_ready(page, "doc")
    assert "".join(page.locator("#doc-text .s-sentence").all_inner_texts()) == request.sentence
    if os.environ.get("EVENTWIRE_SCREENSHOT"):
        page.goto(page.base + f"/#doc/{doc.doc_id}?event={coerce.event_id}")
        wait_ready(page, "doc")
        page.screenshot(path=str(ROOT / "docs" / "ui.png"))


def test_bad_filter_shows_the_api_message(page):
    open_view(page)
    page.fill("#f-since", "2021-02-30")
    page.click("#f-apply")
    page.wait_for_selector("#error:not([hidden])")
    msg = page.inner_text("#error")
    assert "E060" in msg and "since" in msg
    assert page.locator("tr.event-row").count() == 0


def test_pipeline_event_opens_on_its_sentence(page, server):
    import httpx

    hand_doc = hand_built()[0].doc_id
    evs = [e for e in httpx.get(server + "/events", params={"page_size": 500}).json()["events"]
           if e["doc_id"] != hand_doc]
    assert evs, "the pipeline found no event in the test article"
    ev = evs[0]
    open_view(page, f"#events?doc_id={ev['doc_id']}")
    page.click(f"tr.event-row[data-event-id='{ev['event_id']}']")
    wait_ready(page, "doc")
    assert "".join(page.locator("#doc-text .s-sentence").all_inner_texts()) == ev["sentence"]


def test_timeline_bars_lead_to_that_days_events(page):
    open_view(page, "#timeline", "timeline")
    assert page.locator("#timeline g.day[data-date='2021-03-02'] rect[data-type=ASSAULT]").count() == 1
    page.click("#timeline g.day[data-date='2021-03-02']")
    page.wait_for_url(lambda url: "#events" in url and "since=2021-03-02" in url)
    wait_ready(page, "events")
    assert page.input_value("#f-until") == "2021-03-02"
    dates = page.locator("tr.event-row td:first-child").all_inner_texts()
    assert dates and all(d.startswith("2021-03") for d in dates)


def test_network_shows_who_acts_on_whom(page):
    open_view(page, "#network", "network")
    assert page.locator("#network line.edge[data-source='Syria'][data-target='Syrian rebels']").count() == 1
    page.click("#network g.node[data-name='Turkey']")
    wait_ready(page, "events")
    assert page.input_value("#f-actor") == "Turkey"
    assert page.locator("tr.event-row").count() >= 1


def test_map_shades_countries_and_filters_by_place(page):
    open_view(page, "#map", "map")
    assert page.locator("#map path.country").count() > 150
    shaded = set(page.locator("#map path.country.has-events").evaluate_all(
        "ps => ps.map(p => p.dataset.country)"))
    assert {"SYR", "TUR"} <= shaded
    assert page.locator("#map circle.place").count() >= 2
    page.click("#country-table tr[data-country='SYR']")
    wait_ready(page, "events")
    assert page.input_value("#f-location_country") == "SYR"
    assert page.locator("tr.event-row").count() == 1
    assert page.errors == []
