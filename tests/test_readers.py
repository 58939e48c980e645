"""Readers: every format gives the same Document; every bad input a Failure with its code."""

from __future__ import annotations

import io
import json
import sys
import types
import warnings
from pathlib import Path

import pytest

from eventwire.clean import clean
from eventwire.errors import EventwireWarning, InputError, UsageError
from eventwire.model import Document, Failure
from eventwire.readers import normalise_date, read_inputs, read_text, split_tag_line

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
INPUTS = Path(__file__).resolve().parent / "fixtures" / "inputs"
WIKINEWS = ROOT.parent / "shared" / "data" / "wikinews-articles"


def docs_of(*paths: str | Path, **kw) -> list[Document | Failure]:
    return list(read_inputs([str(p) for p in paths], **kw))


def only_docs(items: list) -> list[Document]:
    return [d for d in items if isinstance(d, Document)]


def by_ref(items: list) -> dict[str, Document | Failure]:
    return {d.doc_ref: d for d in items}


# ------------------------------------------------------------------------------ plain text

def test_plain_text_page_tags_title_body():
    [doc] = docs_of(INPUTS / "scraped_page.txt")
    assert doc.source_format == "text"
    assert doc.tags == ["Peru", "Latin America", "Protests", "Dina Morales"]
    assert doc.title == "Peru's congress removes interior minister after deadly clashes"
    assert doc.text.startswith("Lawmakers in Lima voted on Thursday")
    assert "PeruLatin" not in doc.text and doc.title not in doc.text
    assert doc.doc_ref == str(INPUTS / "scraped_page.txt") == doc.path


@pytest.mark.parametrize("line, tags", [
    ("IraqMiddle EastNorth AmericaQasem Suleimani", ["Iraq", "Middle East", "North America", "Qasem Suleimani"]),
    ("USIranJohn McCainCovid-19", ["US", "Iran", "John McCain", "Covid-19"]),
    ("SyriaYouTubeRon DeSantis", ["Syria", "YouTube", "Ron DeSantis"]),
    ("Politics | Iraq | Middle East", ["Politics", "Iraq", "Middle East"]),
])
def test_split_tag_line(line, tags):
    assert split_tag_line(line) == tags


@pytest.mark.parametrize("line", [
    "US allies halve number of troops in Iraq coalition: Report",
    "Members of the coalition have cut the number of their troops in half.",
    "Iraq",
    "Police Arrest Dozens In Capital",
    "Iraq | Press TV",
    "",
])
def test_not_a_tag_line(line):
    assert split_tag_line(line) is None


def test_seed_article(seed_path):
    # Expectations come from the file itself (its lines: tag line, title, body...), so no
    # text of the seed is copied here.
    raw = [line.strip() for line in seed_path.read_text(encoding="utf-8").split("\n") if line.strip()]
    [doc] = docs_of(seed_path, published="2020-06-11")
    doc = clean(doc)
    assert doc.tags == ["Iraq", "Middle East", "North America", "Qasem Suleimani"]
    assert "".join(doc.tags).replace(" ", "") == raw[0].replace(" ", "")
    assert doc.title == raw[1]
    assert doc.text.startswith(raw[2])  # the first body sentence starts the text
    assert "Back to top button" not in doc.text and raw[-1] == "Back to top button"
    assert raw[0] not in doc.text and raw[1] not in doc.text
    assert doc.published == "2020-06-11"
    assert doc.text.endswith(raw[-2])


def test_read_text_api():
    doc = read_text("IranMiddle East\n\nIran summons envoy\n\nIran summoned the Swiss envoy on Sunday.",
                    published="2024-01-07")
    assert doc.tags == ["Iran", "Middle East"] and doc.title == "Iran summons envoy"
    assert doc.text == "Iran summoned the Swiss envoy on Sunday." and doc.published == "2024-01-07"
    one = read_text("Protesters were arrested in Cairo on Monday")
    assert one.text == "Protesters were arrested in Cairo on Monday" and one.title is None
    with pytest.raises(InputError) as e:
        read_text("   ")
    assert e.value.code == "E002"
    with pytest.raises(UsageError) as u:
        read_text("Some text.", published="11 June 2020")
    assert u.value.code == "E012"


# ------------------------------------------------------------------------------------ HTML

def test_html_page_metadata_and_main_text():
    [doc] = docs_of(SAMPLES / "02_idlib_airstrike.html")
    assert doc.source_format == "html"
    assert doc.title == "Airstrike on market in northwest Syria kills at least 12"
    assert doc.published == "2025-05-21"
    assert doc.tags == ["Syria", "Idlib", "Airstrikes"]
    assert doc.categories == ["Middle East"]
    assert doc.url == "https://levant-observer.example.org/2025/05/airstrike-ariha-market"
    assert doc.sitename == "The Levant Observer"
    text = clean(doc).text
    assert text.startswith("At least 12 civilians, including three children, were killed on Tuesday")
    assert "denied hitting civilians" in text
    for noise in ("cookies", "Related Articles", "All rights reserved", "Opinion", "Share this"):
        assert noise not in text


def test_html_without_date_keeps_published_null_or_given(tmp_path):
    # A date in the body is an event date, not the publication date: never guessed from it.
    page = tmp_path / "p.html"
    page.write_text("<html><head><title>Talks</title></head><body><article>"
                    + "<p>Delegations from both governments met in Vienna on Monday, March 3, 2019"
                      " and agreed to continue negotiations next week, officials said.</p>" * 3
                    + "</article></body></html>")
    [doc] = docs_of(page)
    assert doc.published is None
    [doc] = docs_of(page, published="2023-03-01")
    assert doc.published == "2023-03-01"


# ------------------------------------------------------------------------------ JSON, JSONL

def test_jsonl_refs_and_dates():
    items = docs_of(SAMPLES / "03_wire.jsonl")
    assert [d.doc_ref for d in items] == [
        "wire-2025-0611-001", "wire-2025-0612-014",
        "https://wire.example.net/2025/06/13/somalia-drought-appeal"]
    assert [d.published for d in items] == ["2025-06-11", "2025-06-12", "2025-06-13"]
    assert items[0].tags == ["Sudan", "Ceasefire"] and items[0].source_format == "jsonl"
    assert items[2].title == "Somalia appeals for urgent food aid as drought deepens"


def test_jsonl_line_refs_and_malformed_line(tmp_path):
    f = tmp_path / "rows.ndjson"
    f.write_text('{"text": "First report of shelling in Kharkiv on Monday."}\n'
                 '\n'
                 '{"text": "broken, "title": }\n'
                 '{"text": "Third report of a curfew in Bamako.", "date": "2022-05-02"}\n'
                 '{"title": "no text here"}\n')
    items = docs_of(f)
    refs = [(type(d).__name__, d.doc_ref) for d in items]
    assert refs == [("Document", f"{f}:1"), ("Failure", f"{f}:3"), ("Document", f"{f}:4"),
                    ("Failure", f"{f}:5")]
    assert items[1].code == "E006" and "line 3" in items[1].message
    assert items[3].code == "E010"
    assert items[2].published == "2022-05-02"


def test_json_list_item_lines():
    items = docs_of(INPUTS / "items.json")
    path = str(INPUTS / "items.json")
    assert [d.doc_ref for d in items] == [f"{path}:2", "77", "https://example.org/benin-talks"]
    assert [d.published for d in items] == ["2025-04-15", "2025-04-16", None]
    assert items[1].text.startswith("Several hundred students")  # 'body' field
    assert items[2].text.startswith("Benin's president")          # 'content' field
    assert all(d.source_format == "json" for d in items)


def test_json_single_object(tmp_path):
    f = tmp_path / "one.json"
    f.write_text(json.dumps({"text": "Troops left the base on Friday.", "title": "Pull-out",
                             "published": "2021-08-30T22:00:00-04:00"}))
    [doc] = docs_of(f)
    assert doc.doc_ref == str(f) and doc.published == "2021-08-30" and doc.title == "Pull-out"


# ------------------------------------------------------------------------------------- CSV

def test_csv_sample_urls_and_multiline_cells():
    items = docs_of(SAMPLES / "04_statements.csv")
    assert [d.doc_ref for d in items] == [
        "https://frontier-times.example.com/2025/07/08/pakistan-accuses-afghanistan",
        "https://frontier-times.example.com/2025/07/10/turkey-iraq-visit"]
    assert items[0].published == "2025-07-08" and items[0].source_format == "csv"
    assert '"Our patience is not unlimited," she said.' in items[0].text
    assert items[0].text.count("\n\n") == 2


def test_csv_rows_without_url_get_path_line(tmp_path):
    f = tmp_path / "t.csv"
    f.write_text('id,body,published\n1,"Rebels seized the town\nof Goma on Sunday.",2025-01-26\n'
                 '2,Talks collapsed on Monday.,03/04/2025\n', encoding="utf-8")
    items = docs_of(f)
    assert [d.doc_ref for d in items] == [f"{f}:2", f"{f}:4"]
    assert items[0].published == "2025-01-26" and items[1].published is None


@pytest.mark.skipif(not (WIKINEWS / "wikinews_2019.csv").exists(), reason="shared data absent")
def test_wikinews_csv_refs_and_dates():
    items = docs_of(WIKINEWS / "wikinews_2019.csv")
    docs = only_docs(items)
    assert len(docs) == len(items) == 171
    assert all(d.doc_ref.startswith("https://en.wikinews.org/") and d.doc_ref == d.url for d in docs)
    assert docs[0].published == "2019-01-04" and docs[-1].published == "2019-12-30"
    assert len({d.doc_ref for d in docs}) == 171


# ----------------------------------------------------------------------------------- feeds

def test_rss_items():
    items = docs_of(SAMPLES / "05_feed.rss")
    assert [d.doc_ref for d in items] == [
        "https://saheldispatch.example.com/2025/08/france-chad-withdrawal",
        "https://saheldispatch.example.com/2025/08/mali-expels-envoy"]
    first = items[0]
    assert first.published == "2025-08-04" and first.source_format == "rss"
    assert first.title == "France to pull remaining troops out of Chad, newspaper reports"
    assert first.categories == ["Chad", "France"] and first.sitename == "Sahel Dispatch"
    assert "<p>" not in first.text and "\n" in first.text
    assert first.text.startswith("France will withdraw its last 1,000 soldiers")


def test_atom_entries():
    items = docs_of(INPUTS / "feed.atom")
    assert [d.doc_ref for d in items] == ["https://baltic-brief.example.org/2025/02/lithuania-expels-diplomats",
                                          "https://baltic-brief.example.org/2025/02/joint-exercise"]
    assert [d.published for d in items] == ["2025-02-03", "2025-02-02"]
    assert items[0].text == ("Lithuania ordered two Belarusian diplomats to leave the country within "
                             "five days on Monday, the foreign ministry in Vilnius said.\nThe ministry "
                             'accused them of activities "incompatible with their status".')
    assert items[1].text.startswith("About 600 Estonian") and items[0].source_format == "atom"


# ------------------------------------------------------------------------------------ WARC

def test_warc_html_responses():
    items = docs_of(SAMPLES / "06_crawl.warc.gz")
    assert [d.doc_ref for d in items] == [
        "https://gulfcurrent.example.com/news/2025/09/iran-hormuz-warning",
        "https://caucasus-review.example.net/2025/10/armenia-azerbaijan-talks-tbilisi"]
    assert [d.published for d in items] == ["2025-09-16", "2025-10-02"]  # page meta, not WARC-Date
    assert all(d.source_format == "warc" and d.url == d.doc_ref for d in items)
    assert "User-agent" not in " ".join(d.text for d in items)
    assert "Iran's navy commander warned on Tuesday" in clean(items[0]).text


def _truncated_warc(tmp_path: Path) -> Path:
    """The sample WARC cut inside its last record's gzip member, as an interrupted download."""
    data = (SAMPLES / "06_crawl.warc.gz").read_bytes()
    f = tmp_path / "cut.warc.gz"
    f.write_bytes(data[: len(data) - 400])
    return f


def test_truncated_warc_yields_records_before_damage(tmp_path):
    f = _truncated_warc(tmp_path)
    items = docs_of(f)
    assert isinstance(items[0], Document)
    assert items[0].doc_ref == "https://gulfcurrent.example.com/news/2025/09/iran-hormuz-warning"
    assert isinstance(items[-1], Failure) and items[-1].code == "E008"
    assert items[-1].doc_ref == str(f)


# ----------------------------------------------------------------------- bad inputs, batch

def test_bad_inputs_each_get_their_code_and_the_batch_goes_on(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Soldiers withdrew from the village on Monday, residents said.")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    nul = tmp_path / "nul.md"
    nul.write_bytes(b"some text\x00\x00\x00more")
    wrong = tmp_path / "koi8.txt"
    wrong.write_bytes("Протестующие вышли на улицы Москвы в понедельник.".encode("koi8_r"))
    broken = tmp_path / "broken.html"
    broken.write_text("<html><<<>>><div><script>var x = 1;</script></div>")
    jsonl = tmp_path / "feed.jsonl"
    jsonl.write_text('{"text": "Row one is fine."}\n{"text": oops}\n{"text": "Row three is fine."}\n')
    nocol = tmp_path / "nocol.csv"
    nocol.write_text("url,date,headline\nhttps://x.example/1,2024-01-01,Something\n")
    warc = _truncated_warc(tmp_path)
    missing = tmp_path / "missing.txt"

    items = docs_of(good, missing, empty, binary, nul, wrong, broken, jsonl, nocol, warc)
    codes = {d.doc_ref: d.code for d in items if isinstance(d, Failure)}
    assert codes == {
        str(missing): "E001", str(empty): "E002", str(binary): "E003", str(nul): "E003",
        str(wrong): "E004", str(broken): "E005", f"{jsonl}:2": "E006", str(nocol): "E007",
        str(warc): "E008",
    }
    refs = [d.doc_ref for d in only_docs(items)]
    assert refs == [str(good), f"{jsonl}:1", f"{jsonl}:3",
                    "https://gulfcurrent.example.com/news/2025/09/iran-hormuz-warning"]
    for f in items:
        if isinstance(f, Failure):
            assert isinstance(f.error, InputError) and f.code in f.message


def test_missing_glob_and_unknown_extension(tmp_path):
    items = docs_of(tmp_path / "nothing-*.jsonl")
    assert len(items) == 1 and items[0].code == "E001"


def test_cp1252_fallback_warns(tmp_path):
    f = tmp_path / "legacy.txt"
    f.write_bytes("The minister\u2019s caf\u00e9 meeting in Gen\u00e8ve ended on Monday.".encode("cp1252"))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        [doc] = docs_of(f)
    assert doc.text == "The minister\u2019s caf\u00e9 meeting in Gen\u00e8ve ended on Monday."
    assert any(isinstance(w.message, EventwireWarning) and w.message.code == "W003" for w in caught)


def test_utf16_with_bom(tmp_path):
    f = tmp_path / "u16.txt"
    f.write_bytes("Border guards detained 14 migrants on Friday.".encode("utf-16"))
    [doc] = docs_of(f)
    assert doc.text == "Border guards detained 14 migrants on Friday."


# -------------------------------------------------------------- paths, folders, stdin, dates

def test_folder_is_recursive_sorted_and_skips_hidden_and_readme(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / ".hidden").mkdir()
    (tmp_path / "b" / "2.txt").write_text("Second article text here.")
    (tmp_path / "a.txt").write_text("First article text here.")
    (tmp_path / ".secret.txt").write_text("Hidden file.")
    (tmp_path / ".hidden" / "x.txt").write_text("Hidden folder.")
    (tmp_path / "README.md").write_text("# Notes\n\nThese are notes about the folder.")
    (tmp_path / "script.py").write_text("print('not an article')")
    items = docs_of(tmp_path)
    assert [Path(d.doc_ref).relative_to(tmp_path).as_posix() for d in items] == ["a.txt", "b/2.txt"]


def test_glob_expansion(tmp_path):
    for name in ("x1.jsonl", "x2.jsonl", "y.jsonl"):
        (tmp_path / name).write_text('{"text": "Some text about %s."}\n' % name)
    items = docs_of(tmp_path / "x*.jsonl")
    assert [d.doc_ref for d in items] == [f"{tmp_path / 'x1.jsonl'}:1", f"{tmp_path / 'x2.jsonl'}:1"]


def test_stdin(monkeypatch):
    data = b'{"text": "A convoy was attacked near Gao on Sunday."}\n{"text": "Second row."}\n'
    monkeypatch.setattr(sys, "stdin", types.SimpleNamespace(buffer=io.BytesIO(data)))
    items = docs_of("-")
    assert [d.doc_ref for d in items] == ["<stdin>:1", "<stdin>:2"]
    assert items[0].source_format == "jsonl" and items[0].path is None


def test_published_fills_only_missing_dates(tmp_path):
    items = docs_of(SAMPLES / "03_wire.jsonl", INPUTS / "scraped_page.txt", published="2025-01-01")
    assert [d.published for d in items] == ["2025-06-11", "2025-06-12", "2025-06-13", "2025-01-01"]


@pytest.mark.parametrize("bad", ["2020-13-01", "11/06/2020", "2020-6-1", "yesterday", "2020-02-30"])
def test_invalid_published_fails_at_call_time(bad, tmp_path):
    with pytest.raises(UsageError) as e:
        read_inputs([str(tmp_path / "not-read-yet.txt")], published=bad)
    assert e.value.code == "E012"


def test_reading_is_streaming(tmp_path):
    (tmp_path / "01.txt").write_text("The first article, already on disk.")
    (tmp_path / "02.txt").write_text("Old content that must never be seen.")
    gen = read_inputs([str(tmp_path)])
    assert isinstance(gen, types.GeneratorType)
    first = next(gen)
    assert first.text == "The first article, already on disk."
    # The second file is read only when asked for: a change made now is what comes out.
    (tmp_path / "02.txt").write_text("New content written after the first document came out.")
    second = next(gen)
    assert second.text == "New content written after the first document came out."
    assert next(gen, None) is None


@pytest.mark.parametrize("raw, day", [
    ("2020-06-11T10:00:00Z", "2020-06-11"),
    ("2020-06-11T23:30:00-05:00", "2020-06-11"),
    ("Tue, 10 Jun 2020 23:30:00 -0500", "2020-06-10"),
    ("June 11, 2020", "2020-06-11"),
    ("Thursday, June 11, 2020", "2020-06-11"),
    ("11 Jun 2020 10:00 GMT", "2020-06-11"),
    ("2020/06/11", "2020-06-11"),
    ("20200611", "2020-06-11"),
    ("27/01/2025", "2025-01-27"),
    ("03/04/2025", None),
    ("2020-06", None),
    ("yesterday", None),
    ("2020-02-30", None),
    (None, None),
])
def test_normalise_date(raw, day):
    assert normalise_date(raw) == day


def test_gzipped_records_and_unnamed_warc(tmp_path):
    import gzip as gz

    rows = tmp_path / "rows.jsonl.gz"
    rows.write_bytes(gz.compress(b'{"text": "Aid trucks crossed into Gaza on Sunday."}\n{"bad": }\n'))
    table = tmp_path / "table.csv.gz"
    table.write_bytes(gz.compress(b"text,date\nShelling hit Kherson on Monday.,2023-11-06\n"))
    crawl = tmp_path / "crawl-0001"  # a WARC without its extension: recognised by content
    crawl.write_bytes((SAMPLES / "06_crawl.warc.gz").read_bytes())
    cut = tmp_path / "cut.jsonl.gz"
    packed = gz.compress(b"".join(b'{"text": "Row %d of %d."}\n' % (i, i * 7919 % 10007)
                                  for i in range(3000)))
    cut.write_bytes(packed[: len(packed) // 2])
    items = docs_of(rows, table, crawl, cut)
    summary = [(type(d).__name__, d.doc_ref, getattr(d, "code", None)) for d in items]
    assert summary[:5] == [
        ("Document", f"{rows}:1", None), ("Failure", f"{rows}:2", "E006"),
        ("Document", f"{table}:2", None),
        ("Document", "https://gulfcurrent.example.com/news/2025/09/iran-hormuz-warning", None),
        ("Document", "https://caucasus-review.example.net/2025/10/armenia-azerbaijan-talks-tbilisi", None),
    ]
    assert summary[-1] == ("Failure", str(cut), "E013")
    assert len(summary[5:-1]) > 100  # the rows before the damage still come out
    assert all(d[0] == "Document" for d in summary[5:-1])


def test_json_syntax_error_and_array_in_jsonl(tmp_path):
    broken = tmp_path / "broken.json"
    broken.write_text('{\n  "text": "Unfinished,\n  "title": \n}')
    array = tmp_path / "array.jsonl"
    array.write_text('[{"text": "Troops crossed the river on Monday."}]')
    items = docs_of(broken, array)
    assert items[0].code == "E006" and "line" in items[0].message
    assert isinstance(items[1], Document) and items[1].doc_ref == f"{array}:1"


def test_broken_feed_keeps_items_before_the_damage(tmp_path):
    rss = (SAMPLES / "05_feed.rss").read_text(encoding="utf-8")
    cut = tmp_path / "cut.rss"
    cut.write_text(rss[: rss.index("Mali junta")], encoding="utf-8")
    notfeed = tmp_path / "config.xml"
    notfeed.write_text("<?xml version='1.0'?><settings><item>x</item></settings>")
    items = docs_of(cut, notfeed)
    assert isinstance(items[0], Document) and items[0].title.startswith("France to pull")
    assert [(f.doc_ref, f.code) for f in items[1:]] == [(str(cut), "E011"), (str(notfeed), "E009")]


def test_tab_separated(tmp_path):
    f = tmp_path / "rows.tsv"
    f.write_text("title\tcontent\tdate\nStrike\tWorkers walked out in Lagos on Monday.\t2024-02-05\n")
    [doc] = docs_of(f)
    assert doc.title == "Strike" and doc.published == "2024-02-05" and doc.doc_ref == f"{f}:2"


def test_folder_walk_names_the_files_it_skips(tmp_path):
    """A user who drops a PDF among articles is told it was not read, not left guessing."""
    import warnings

    from eventwire.errors import EventwireWarning
    from eventwire.readers.open import read_inputs

    (tmp_path / "a.txt").write_text("Police arrested ten protesters in the capital on Friday.\n",
                                    encoding="utf-8")
    (tmp_path / "scan.pdf").write_bytes(b"%PDF-1.4 binary")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        docs = list(read_inputs([str(tmp_path)]))
    assert [d.doc_ref for d in docs] == [str(tmp_path / "a.txt")]
    codes = [w.message.code for w in caught if isinstance(w.message, EventwireWarning)]
    assert codes == ["W004"]
    assert "scan.pdf" in str(caught[0].message)
