"""The batch runner end to end with the real pipeline: failures, resume, idempotence, --jobs.

The articles are invented for these tests. The model is loaded once (the runner keeps one
Pipeline per process, and ``--jobs 2`` workers are forked from this process).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventwire.cli import main
from eventwire.model import EVENT_KEYS, Event, Failure
from eventwire.runner import extract_events, ingest
from eventwire.store import Store

ARTICLES = {
    "harbour.txt": (
        "Navy ships blockaded the harbour of Port Elara on Monday, the coast guard said.\n\n"
        "Police arrested fourteen dock workers who protested against the blockade. "
        "The prime minister of Norway condemned the arrests and called for their release.\n"),
    "summit.txt": (
        "The presidents of Ghana and Nigeria met in Accra on Friday to sign a trade agreement. "
        "Ghana agreed to lower tariffs on Nigerian cement.\n"),
    "strike.txt": (
        "Rebels attacked an army base near Goma, killing six soldiers, officials said. "
        "The government of Congo vowed to retaliate.\n"),
    "talks.txt": (
        "Thousands of teachers went on strike in Lima on Wednesday, demanding higher pay. "
        "The education minister of Peru refused to negotiate with the union.\n"),
}
PUBLISHED = "2021-05-12"


@pytest.fixture(scope="module")
def pipeline_loaded(nlp):
    """Build the runner's one Pipeline on the session model before any test forks workers."""
    from eventwire import runner

    runner._pipeline()
    return nlp


def _write(folder: Path, names=ARTICLES) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        (folder / name).write_text(ARTICLES[name], encoding="utf-8")
    return folder


def _bad_files(folder: Path) -> None:
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "scan.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))


def _event_ids(db: str) -> list[str]:
    with Store(db, read_only=True) as s:
        return sorted(r["event_id"] for r in s.query("SELECT event_id FROM events"))


def test_bad_files_are_named_and_the_rest_is_stored(tmp_path, pipeline_loaded):
    folder = _write(tmp_path / "in", ["harbour.txt"])
    _bad_files(folder)
    db = str(tmp_path / "t.duckdb")
    r = CliRunner().invoke(main, ["ingest", str(folder), "--db", db, "--published", PUBLISHED])
    assert r.exit_code == 1, r.output
    assert f"E002 [{folder / 'empty.txt'}]" in r.stderr
    assert f"E003 [{folder / 'scan.txt'}]" in r.stderr
    with Store(db, read_only=True) as s:
        counts = s.counts()
        docs = s.query("SELECT doc_ref, n_events FROM documents")
        fails = sorted((f["doc_ref"], f["code"]) for f in s.query("SELECT * FROM failures"))
    assert docs[0]["doc_ref"] == str(folder / "harbour.txt") and docs[0]["n_events"] > 0
    assert counts == {"documents": 1, "events": docs[0]["n_events"], "failures": 2}
    assert fails == [(str(folder / "empty.txt"), "E002"), (str(folder / "scan.txt"), "E003")]

    again = CliRunner().invoke(main, ["ingest", str(folder), "--db", db, "--published", PUBLISHED])
    assert again.exit_code == 1  # the two bad files still fail
    assert "skipped (already stored)" in again.stdout
    with Store(db, read_only=True) as s:
        assert s.counts() == counts  # nothing added, nothing duplicated


def test_interrupted_ingest_resumes(tmp_path, pipeline_loaded):
    folder = _write(tmp_path / "in")
    names = sorted(ARTICLES)
    full = str(tmp_path / "full.duckdb")
    ingest([str(folder)], full, published=PUBLISHED, progress=False, log=None)

    db = str(tmp_path / "t.duckdb")
    first = ingest([str(folder / n) for n in names[:2]], db, published=PUBLISHED,
                   progress=False, log=None, batch_size=1)
    assert (first.stored, first.skipped) == (2, 0)
    rest = ingest([str(folder)], db, published=PUBLISHED, progress=False, log=None, batch_size=1)
    assert (rest.read, rest.stored, rest.skipped, rest.failed) == (4, 2, 2, 0)
    assert _event_ids(db) == _event_ids(full)
    assert rest.events + first.events == len(_event_ids(full))


def test_jobs_2_gives_the_same_events_as_jobs_1(tmp_path, pipeline_loaded):
    folder = _write(tmp_path / "in")
    _bad_files(folder)

    def run(jobs: int) -> tuple[list[dict], list[tuple[str, str]]]:
        items = list(extract_events([str(folder)], published=PUBLISHED, jobs=jobs, batch_size=1))
        events = [i.to_record() for i in items if isinstance(i, Event)]
        fails = [(f.doc_ref, f.code) for f in items if isinstance(f, Failure)]
        return events, fails

    one, two = run(1), run(2)
    assert one == two
    assert one[0] and sorted(c for _, c in one[1]) == ["E002", "E003"]

    db1, db2 = str(tmp_path / "1.duckdb"), str(tmp_path / "2.duckdb")
    r1 = ingest([str(folder)], db1, published=PUBLISHED, progress=False, log=None, jobs=1)
    r2 = ingest([str(folder)], db2, published=PUBLISHED, progress=False, log=None, jobs=2,
                batch_size=1)
    assert (r1.stored, r1.failed, r1.events) == (r2.stored, r2.failed, r2.events) == (4, 2, len(one[0]))
    assert _event_ids(db1) == _event_ids(db2)


def test_csv_rows_are_known_by_their_url(tmp_path, pipeline_loaded):
    path = tmp_path / "wire.csv"
    path.write_text(
        "url,date,title,text\n"
        f"https://wire.example/a,2021-05-10,Port blockade,\"{ARTICLES['harbour.txt']}\"\n"
        f"https://wire.example/b,2021-05-11,Base attacked,\"{ARTICLES['strike.txt']}\"\n",
        encoding="utf-8")
    db = str(tmp_path / "t.duckdb")
    report = ingest([str(path)], db, progress=False, log=None)
    assert (report.stored, report.failed) == (2, 0)
    with Store(db, read_only=True) as s:
        refs = {r["doc_ref"] for r in s.query("SELECT doc_ref FROM events")}
        published = {r["published"] for r in s.query("SELECT published FROM documents")}
    assert refs == {"https://wire.example/a", "https://wire.example/b"}
    assert published == {"2021-05-10", "2021-05-11"}


def test_extract_cli_prints_the_contract(tmp_path, pipeline_loaded):
    folder = _write(tmp_path / "in", ["summit.txt"])
    r = CliRunner().invoke(main, ["extract", str(folder / "summit.txt"), "--published", PUBLISHED])
    assert r.exit_code == 0, r.output
    records = [json.loads(x) for x in r.stdout.splitlines()]
    assert records and all(tuple(x) == EVENT_KEYS for x in records)
    assert {x["doc_ref"] for x in records} == {str(folder / "summit.txt")}
    # the same text on stdin: same events, known as <stdin>
    r2 = CliRunner().invoke(main, ["extract", "-", "--published", PUBLISHED],
                            input=ARTICLES["summit.txt"])
    assert [json.loads(x)["event_id"] for x in r2.stdout.splitlines()] == [
        x["event_id"] for x in records]


def test_extract_exit_code_1_when_a_file_fails(tmp_path, pipeline_loaded):
    folder = _write(tmp_path / "in", ["talks.txt"])
    r = CliRunner().invoke(main, ["extract", str(folder / "talks.txt"), str(tmp_path / "gone.txt")])
    assert r.exit_code == 1
    assert any(line.startswith(f"E001 [{tmp_path / 'gone.txt'}] File not found")
               for line in r.stderr.splitlines())
    assert r.stdout.strip() and all(json.loads(x)["doc_ref"].endswith("talks.txt")
                                    for x in r.stdout.splitlines())


def _eventwire() -> list[str]:
    exe = Path(sys.executable).with_name("eventwire")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "eventwire.cli"]


def test_real_process_streams_jsonl_and_grades_exit_codes(tmp_path):
    folder = _write(tmp_path / "in", ["strike.txt"])
    env = {**os.environ, "PYTHONWARNINGS": "ignore"}
    p = subprocess.run(_eventwire() + ["extract", str(folder / "strike.txt"), "--published",
                                       PUBLISHED], capture_output=True, text=True, env=env,
                       stdin=subprocess.DEVNULL, timeout=120)
    assert p.returncode == 0, p.stderr
    assert all(tuple(json.loads(x)) == EVENT_KEYS for x in p.stdout.splitlines())
    bad = subprocess.run(_eventwire() + ["events", "--db", str(tmp_path / "none.duckdb")],
                         capture_output=True, text=True, env=env, stdin=subprocess.DEVNULL,
                         timeout=60)
    assert bad.returncode == 2 and bad.stderr.startswith("E046")


def test_seed_with_bad_neighbours(tmp_path, seed_path, pipeline_loaded):
    """The acceptance check: the seed beside an empty and a binary file."""
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(seed_path, folder / seed_path.name)
    _bad_files(folder)
    db = str(tmp_path / "t.duckdb")
    r = ingest([str(folder)], db, published="2020-06-11", progress=False, log=None)
    assert (r.stored, r.failed, dict(r.failure_codes)) == (1, 2, {"E002": 1, "E003": 1})
    assert r.events > 0
    r2 = ingest([str(folder)], db, published="2020-06-11", progress=False, log=None)
    assert (r2.stored, r2.skipped, r2.events) == (0, 1, 0)


def test_failures_cross_process_boundaries_intact():
    """Worker failures are pickled back to the parent: code, document and words survive."""
    import pickle

    from eventwire.errors import InputError
    from eventwire.runner import failure_line, portable

    f = Failure("a.bin", InputError("E003", doc_ref="a.bin", path="a.bin"))
    back = pickle.loads(pickle.dumps(portable(f)))
    assert back.code == "E003"
    assert failure_line(back) == failure_line(f) == (
        "E003 [a.bin] Binary file: a.bin does not hold text (found NUL bytes or a binary signature)")
    crash = pickle.loads(pickle.dumps(portable(Failure("b.txt", ValueError("bad span")))))
    assert failure_line(crash) == "E000 [b.txt] ValueError: bad span"


def _pipeline_marker() -> tuple[int, object]:
    from eventwire import runner

    return os.getpid(), getattr(runner._PIPELINE, "marker", None)


def test_forked_workers_share_the_parents_pipeline(pipeline_loaded):
    """With fork, --jobs workers use the pipeline loaded once in the parent: no worker
    loads its own (start-up paid once, pages shared), and the parent collects garbage again."""
    import gc

    from eventwire import runner

    if runner._start_method() != "fork":
        pytest.skip("workers are spawned on this platform: each loads its own pipeline")
    runner._PIPELINE.marker = "parent's"
    try:
        with runner._Executor(2, 4) as ex:
            seen = {ex.pool.apply(_pipeline_marker) for _ in range(6)}
            assert gc.get_freeze_count() == 0
        assert {marker for _, marker in seen} == {"parent's"}
        assert os.getpid() not in {pid for pid, _ in seen}
    finally:
        del runner._PIPELINE.marker


def test_chunks_close_on_size_in_characters_too(tmp_path, monkeypatch):
    """A chunk holds at most ``batch_size`` documents and about CHUNK_CHARS characters, so
    that one long article does not make its chunk ten times the work of the others."""
    from eventwire import runner

    long_text = "The council met again on Tuesday to discuss the harbour budget. " * 30
    short_text = "The council met on Tuesday. "
    for i, text in enumerate([short_text, long_text, short_text, short_text, long_text]):
        (tmp_path / f"{i}.txt").write_text(text, encoding="utf-8")
    monkeypatch.setattr(runner, "CHUNK_CHARS", 1000)
    sizes = [len(c.docs) for c in runner._chunks([str(tmp_path)], PUBLISHED, 16, None)]
    assert sizes == [2, 3]                  # the long one closes a chunk; 16 would take all 5
    assert [len(c.docs) for c in runner._chunks([str(tmp_path)], PUBLISHED, 2, None)] == [2, 2, 1]
