"""The HTTP API against a real DuckDB written by eventwire (see serve_fixture.py)."""

from __future__ import annotations

import csv
import io
import warnings

import duckdb
import pytest
from click.testing import CliRunner

from eventwire.errors import StoreError
from eventwire.store import EVENT_COLUMNS

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # starlette's note about its httpx client
    from starlette.testclient import TestClient

from eventwire.server.app import create_app
from eventwire.server.cli_serve import serve
from serve_fixture import ARTICLE, HAND_TEXT, HAND_TITLE, build_db, hand_built


pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return build_db(tmp_path_factory.mktemp("api"))


@pytest.fixture(scope="module")
def client(db):
    app = create_app(db)
    with TestClient(app) as c:
        yield c


@pytest.fixture(scope="module")
def all_events(client):
    return client.get("/events", params={"page_size": 500}).json()["events"]


def ids(resp) -> set[str]:
    assert resp.status_code == 200, resp.text
    return {e["event_id"] for e in resp.json()["events"]}


def hand_ids() -> dict[str, str]:
    """Event type → id for the hand-built report."""
    _, evs = hand_built()
    return {e.type: e.event_id for e in evs}


def assert_error(resp, status: int, code: str, *words: str) -> str:
    assert resp.status_code == status, resp.text
    assert resp.headers["content-type"].startswith("application/json")
    err = resp.json()["error"]
    assert err["code"] == code and err["status"] == status
    for w in words:
        assert w in err["message"], (w, err["message"])
    return err["message"]


# -- /events ---------------------------------------------------------------------------------

def test_events_lists_every_stored_event(client, db, all_events):
    con = duckdb.connect(str(db), read_only=True)
    stored = {r[0] for r in con.execute("SELECT event_id FROM events").fetchall()}
    con.close()
    assert {e["event_id"] for e in all_events} == stored
    assert set(hand_ids().values()) <= stored
    body = client.get("/events").json()
    assert body["total"] == len(stored)
    assert list(body["events"][0]) == [
        "event_id", "doc_id", "doc_ref", "type", "mode", "source", "target", "date",
        "date_precision", "date_text", "location", "quantities", "attribution", "modality",
        "negated", "sentence", "span", "confidence"]


def test_filter_by_type_mode_and_text(client, all_events):
    h = hand_ids()
    got = client.get("/events", params={"type": "assault"}).json()["events"]
    assert got and all(e["type"] == "ASSAULT" for e in got)
    assert h["ASSAULT"] in {e["event_id"] for e in got}
    assert len(got) == sum(e["type"] == "ASSAULT" for e in all_events)
    assert ids(client.get("/events", params={"type": "COERCE", "mode": "arrest",
                                             "doc_id": hand_built()[0].doc_id})) == {h["COERCE"]}
    assert ids(client.get("/events", params={"q": "CEASEFIRE"})) == {h["REQUEST"]}


def test_filter_by_actor_and_countries(client):
    h = hand_ids()
    assert ids(client.get("/events", params={"actor": "syria"})) == {h["ASSAULT"]}
    assert ids(client.get("/events", params={"actor": "Syrian rebels"})) == {h["ASSAULT"]}
    assert h["COERCE"] in ids(client.get("/events", params={"country": "tur"}))
    assert h["ASSAULT"] not in ids(client.get("/events", params={"country": "TUR"}))
    assert ids(client.get("/events", params={"location_country": "SYR"})) == {h["ASSAULT"]}


def test_date_range_keeps_partial_dates_that_may_fall_inside(client):
    h = hand_ids()
    doc_id = hand_built()[0].doc_id
    since = ids(client.get("/events", params={"since": "2021-03-03", "doc_id": doc_id}))
    assert since == {h["COERCE"], h["REQUEST"]}        # 2021-03 may be the 3rd or later
    until = ids(client.get("/events", params={"until": "2021-03-02", "doc_id": doc_id}))
    assert until == {h["ASSAULT"], h["REQUEST"]}
    day = ids(client.get("/events", params={"since": "2021-03-02", "until": "2021-03-02",
                                            "doc_id": doc_id}))
    assert day == {h["ASSAULT"], h["REQUEST"]}
    assert ids(client.get("/events", params={"until": "2020", "doc_id": doc_id})) == set()


def test_pagination_covers_everything_once(client, all_events):
    seen: list[str] = []
    page = 1
    while True:
        body = client.get("/events", params={"page": page, "page_size": 2}).json()
        assert body["pages"] == (len(all_events) + 1) // 2
        seen += [e["event_id"] for e in body["events"]]
        if page >= body["pages"]:
            break
        page += 1
    assert len(seen) == len(set(seen)) == len(all_events)
    beyond = client.get("/events", params={"page": page + 5, "page_size": 2}).json()
    assert beyond["events"] == [] and beyond["total"] == len(all_events)


def test_sorted_by_date(client):
    dated = [e["date"] for e in client.get("/events", params={"sort": "date"}).json()["events"]
             if e["date"]]
    firsts = [d + "-01-01"[len(d) - 4:] if len(d) < 10 else d for d in dated]
    assert firsts == sorted(firsts)


@pytest.mark.parametrize("params, name, hint", [
    ({"since": "2021-13-01"}, "since", "month"),
    ({"since": "05/03/2021"}, "since", "YYYY-MM-DD"),
    ({"until": "2021-02-30"}, "until", "day"),
    ({"since": "2021-04-01", "until": "2021-03-01"}, "since", "until"),
    ({"page_size": "501"}, "page_size", "500"),
    ({"page_size": "ten"}, "page_size", "whole number"),
    ({"page": "0"}, "page", "from 1"),
    ({"type": "BOMBING"}, "type", "ASSAULT"),
    ({"type": "COERCE", "mode": "aerial"}, "mode", "arrest"),
    ({"country": "Iraq"}, "country", "IRQ"),
    ({"location_country": "ZZZ"}, "location_country", "alpha-3"),
    ({"sort": "size"}, "sort", "-date"),
    ({"format": "xml"}, "format", "csv"),
    ({"typ": "ASSAULT"}, "typ", "unknown parameter"),
])
def test_bad_parameters_say_what_to_fix(client, params, name, hint):
    msg = assert_error(client.get("/events", params=params), 400, "E060", name, hint)
    assert msg.startswith(f"Invalid parameter {name}=")


# -- CSV ---------------------------------------------------------------------------------------

def test_csv_has_every_matching_row_with_flat_columns(client, all_events):
    resp = client.get("/events", params={"format": "csv"})
    assert resp.status_code == 200 and resp.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(resp.text)))
    assert tuple(rows[0]) == EVENT_COLUMNS
    assert {r["event_id"] for r in rows} == {e["event_id"] for e in all_events}
    by_accept = client.get("/events", params={"type": "ASSAULT"}, headers={"Accept": "text/csv"})
    only = list(csv.DictReader(io.StringIO(by_accept.text)))
    assert only and {r["type"] for r in only} == {"ASSAULT"}
    assert next(r for r in only if r["event_id"] == hand_ids()["ASSAULT"])["location_name"] == "Saraqib"
    empty = client.get("/events", params={"format": "csv", "q": "no such words anywhere"})
    assert empty.text.strip() == ",".join(EVENT_COLUMNS)


# -- evidence --------------------------------------------------------------------------------

def test_event_evidence_points_at_the_words(client, all_events):
    for ev in all_events:
        body = client.get(f"/events/{ev['event_id']}").json()
        evidence = body["evidence"]
        doc = client.get(f"/documents/{ev['doc_id']}").json()
        text = doc["text"]
        s, e = evidence["span"]
        assert text[s:e] == evidence["sentence"] == body["event"]["sentence"]
        assert evidence["document"]["doc_id"] == ev["doc_id"]
        for role, span in evidence["spans"].items():
            if span:
                assert s <= span[0] < span[1] <= e or role == "attribution", (role, span)
                words = text[span[0]:span[1]]
                expected = {"source": (ev["source"] or {}).get("text"),
                            "target": (ev["target"] or {}).get("text"),
                            "date": ev["date_text"],
                            "location": (ev["location"] or {}).get("text"),
                            "attribution": (ev["attribution"] or {}).get("text"),
                            "trigger": evidence["trigger"]}[role]
                if role == "trigger":  # the words may be a phrase ("fired at"); the span is its head
                    assert words in expected.split(), (words, expected)
                else:
                    assert words == expected, (role, words, expected)


def test_hand_event_evidence_in_full(client):
    eid = hand_ids()["COERCE"]
    body = client.get(f"/events/{eid}").json()
    assert body["event"]["source"] == {"text": "Turkish police", "name": "Turkey",
                                       "country": "TUR", "sector": "GOV"}
    spans = body["evidence"]["spans"]
    assert HAND_TEXT[slice(*spans["location"])] == "Ankara"
    assert HAND_TEXT[slice(*spans["trigger"])] == "detained"
    chain = body["evidence"]["attribution"]
    assert chain["reported_by"] == {"text": "according to Reuters", "name": "Reuters"}
    assert chain["published_by"] == "Example Wire"
    assert chain["url"] == "https://news.example/hand-report"
    req = client.get(f"/events/{hand_ids()['REQUEST']}").json()
    assert req["evidence"]["spans"]["target"] is None and req["event"]["target"] is None


def test_document_has_text_metadata_and_events(client):
    doc, evs = hand_built()
    body = client.get(f"/documents/{doc.doc_id}").json()
    assert body["text"] == HAND_TEXT
    assert body["title"] == HAND_TITLE and body["published"] == "2021-03-04"
    assert body["n_events"] == 3
    assert [e["event_id"] for e in body["events"]] == [e.event_id for e in evs]
    assert all(HAND_TEXT[slice(*e["span"])] == e["sentence"] for e in body["events"])


def test_answers_requests_in_parallel(client, all_events):
    """The server answers on several threads; each query must get its own DuckDB cursor."""
    from concurrent.futures import ThreadPoolExecutor

    urls = [f"/events/{e['event_id']}" for e in all_events] + ["/stats", "/actors", "/timeline"]
    with ThreadPoolExecutor(8) as pool:
        codes = list(pool.map(lambda u: client.get(u).status_code, urls * 5))
    assert codes == [200] * len(codes)


def test_empty_database_answers_every_endpoint(tmp_path):
    from eventwire.store import Store

    with Store(tmp_path / "empty.duckdb"):
        pass
    with TestClient(create_app(tmp_path / "empty.duckdb")) as c:
        assert c.get("/events").json() == {"total": 0, "page": 1, "page_size": 50, "pages": 0,
                                           "events": []}
        assert c.get("/stats").json()["events"] == 0
        assert c.get("/network").json() == {"nodes": [], "edges": []}
        assert c.get("/timeline").json()["days"] == []
        assert c.get("/places").json()["countries"] == []
        assert c.get("/actors").json() == {"total": 0, "actors": []}


def test_pipeline_article_is_served_with_its_events(client, all_events):
    hand_doc = hand_built()[0].doc_id
    piped = [e for e in all_events if e["doc_id"] != hand_doc]
    assert len(piped) >= 3, "the pipeline found too few events in the test article"
    doc = client.get(f"/documents/{piped[0]['doc_id']}").json()
    assert ARTICLE.splitlines()[0] in doc["text"] and doc["published"] == "2021-03-05"
    assert {e["event_id"] for e in doc["events"]} == {e["event_id"] for e in piped}
    protest = client.get("/events", params={"doc_id": doc["doc_id"], "q": "marched"}).json()
    assert "PROTEST" in {e["type"] for e in protest["events"]}


def test_unknown_ids_are_404(client):
    assert_error(client.get("/events/0000000000000000"), 404, "E061", "event", "0000000000000000")
    assert_error(client.get("/documents/nope"), 404, "E061", "document", "nope")
    assert_error(client.get("/nothing/here"), 404, "E063", "/openapi.json")


# -- aggregates ------------------------------------------------------------------------------

def test_actors_are_counted_by_role(client, all_events):
    body = client.get("/actors", params={"limit": 1000}).json()
    actors = {a["name"]: a for a in body["actors"]}
    assert actors["Turkey"]["as_source"] >= 1 and actors["Turkey"]["country"] == "TUR"
    assert actors["protesters"]["as_target"] >= 1
    for a in body["actors"]:
        assert a["events"] == a["as_source"] + a["as_target"]
    n_roles = sum(bool(e["source"] and e["source"]["name"]) + bool(e["target"] and e["target"]["name"])
                  for e in all_events)
    assert sum(a["events"] for a in body["actors"]) == n_roles
    only = client.get("/actors", params={"name": "turk"}).json()
    assert [a["name"] for a in only["actors"]] == ["Turkey"] and only["total"] == 1
    assert_error(client.get("/actors", params={"limit": "0"}), 400, "E060", "limit")


def test_network_edges_weigh_events(client, all_events):
    body = client.get("/network").json()
    edges = {(e["source"], e["target"]): e for e in body["edges"]}
    assert edges[("Syria", "Syrian rebels")]["types"] == ["ASSAULT"]
    for (s, t), e in edges.items():
        assert e["count"] == sum(1 for ev in all_events if ev["source"] and ev["target"]
                                 and ev["source"]["name"] == s and ev["target"]["name"] == t)
    assert {n["name"] for n in body["nodes"]} == {x for st in edges for x in st}
    filtered = client.get("/network", params={"type": "COERCE"}).json()
    assert all("COERCE" in e["types"] for e in filtered["edges"])


def test_timeline_counts_days_by_type(client, all_events):
    body = client.get("/timeline").json()
    days = {d["date"]: d for d in body["days"]}
    assert days["2021-03-02"]["counts"].get("ASSAULT", 0) >= 1
    placed = sum(d["total"] for d in body["days"])
    assert placed + body["not_day_precise"] == len(all_events)
    assert placed == sum(1 for e in all_events if e["date"] and len(e["date"]) == 10)


def test_places_by_country_and_point(client, all_events):
    body = client.get("/places").json()
    countries = {c["country"]: c for c in body["countries"]}
    assert countries["TUR"]["count"] >= 1 and countries["TUR"]["name"] == "Türkiye"
    assert sum(c["count"] for c in body["countries"]) + body["unplaced"] == len(all_events)
    assert any(p["name"] == "Saraqib" and p["lat"] == pytest.approx(35.86) for p in body["points"])


def test_stats_match_the_database(client, db):
    con = duckdb.connect(str(db), read_only=True)
    n_docs, n_events = con.execute(
        "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM events)").fetchone()
    con.close()
    body = client.get("/stats").json()
    assert (body["documents"], body["events"], body["failures"]) == (n_docs, n_events, 0)
    assert sum(body["by_type"].values()) == n_events


def test_countries_table_joins_map_shapes(client):
    """Every shape of the vendored world map finds its ISO code through /countries."""
    import json

    from eventwire.server.app import STATIC

    codes = {c["numeric"]: c["alpha3"] for c in client.get("/countries").json()["countries"]}
    assert codes["368"] == "IRQ"
    topo = json.loads((STATIC / "countries-110m.json").read_text())
    shapes = topo["objects"]["countries"]["geometries"]
    unmatched = {g["properties"]["name"] for g in shapes if g.get("id") not in codes}
    assert unmatched <= {"Kosovo", "N. Cyprus", "Somaliland"}  # no ISO numeric code
    assert len(shapes) - len(unmatched) > 170


# -- read-only -------------------------------------------------------------------------------

@pytest.mark.parametrize("method", ["POST", "PUT", "PATCH", "DELETE"])
@pytest.mark.parametrize("path", ["/events", "/events/{id}", "/documents/{doc}", "/stats"])
def test_nothing_but_get(client, method, path):
    doc, evs = hand_built()
    url = path.format(id=evs[0].event_id, doc=doc.doc_id)
    resp = client.request(method, url)
    assert_error(resp, 405, "E062", method, "read-only")
    assert resp.headers["allow"] == "GET, HEAD"
    assert client.get(url).status_code == 200


def test_database_is_opened_read_only(db):
    app = create_app(db)
    with pytest.raises(duckdb.Error, match="read-only"):
        app.state.store.con.execute("DELETE FROM events")
    app.state.store.close()


def test_missing_database_fails_before_serving(tmp_path):
    with pytest.raises(StoreError) as err:
        create_app(tmp_path / "absent.duckdb")
    assert err.value.code == "E040"
    result = CliRunner().invoke(serve, ["--db", str(tmp_path / "absent.duckdb")])
    assert result.exit_code == 2
    assert "E040" in result.output and "absent.duckdb" in result.output


def test_serve_binds_to_localhost_by_default():
    defaults = {p.name: p.default for p in serve.params}
    assert defaults["host"] == "127.0.0.1" and defaults["port"] == 8000


# -- OpenAPI ---------------------------------------------------------------------------------

def test_openapi_documents_every_endpoint_and_parameter(client):
    from eventwire.server.api import FILTER_PARAMS

    spec = client.get("/openapi.json").json()
    assert spec["openapi"].startswith("3.")
    served = {r.path for r in client.app.routes if r.path not in ("/", "/static")}
    assert set(spec["paths"]) == served
    params = {p["name"] for p in spec["paths"]["/events"]["get"]["parameters"]}
    assert params == set(FILTER_PARAMS) | {"page", "page_size", "sort", "format"}
    for path, item in spec["paths"].items():
        for p in item["get"].get("parameters", []):
            assert p["description"], (path, p["name"])
    type_enum = next(p for p in spec["paths"]["/events"]["get"]["parameters"]
                     if p["name"] == "type")["schema"]["enum"]
    assert "ASSAULT" in type_enum and len(type_enum) == 16
