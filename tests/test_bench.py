"""`eventwire bench`: the harness on tiny inputs (never a timing assertion)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventwire import bench as B
from eventwire.errors import UsageError


@pytest.fixture()
def two_docs(tmp_path: Path) -> Path:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Rebels attacked an army post near the northern border on Monday.\n\n"
        "The defence ministry condemned the attack.\n", encoding="utf-8")
    (folder / "b.txt").write_text(
        "The two governments agreed to resume talks next month.\n\n"
        "Diplomats met in Geneva on Friday.\n", encoding="utf-8")
    return folder


def test_prepare_counts_limits_and_scales_with_new_hashes(two_docs, tmp_path):
    work = tmp_path / "w"
    work.mkdir()
    one = B.prepare([str(two_docs)], work)
    assert (one.docs, one.failed, one.served_from_copy) == (2, 0, False)
    assert one.inputs == [str(two_docs)]                  # eventwire reads the input itself
    assert len(Path(one.texts_path).read_text(encoding="utf-8").splitlines()) == 2

    limited = B.prepare([str(two_docs)], work, limit=1)
    assert limited.docs == 1 and limited.served_from_copy

    big = B.prepare([str(two_docs)], work, scale=3)
    assert big.docs == 6 and big.scale == 3
    records = [json.loads(line) for line in
               Path(big.inputs[0]).read_text(encoding="utf-8").splitlines()]
    refs = [r["id"] for r in records]
    assert len(set(refs)) == 6 and sum(r.endswith("#2") for r in refs) == 2
    texts = [json.loads(line) for line in
             Path(big.texts_path).read_text(encoding="utf-8").splitlines()]
    assert len(set(texts)) == 6                           # every copy hashes differently


def test_prepare_rejects_input_without_documents(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "x.txt").write_text("", encoding="utf-8")
    with pytest.raises(UsageError) as e:
        B.prepare([str(empty)], tmp_path)
    assert e.value.code == "E084"


@pytest.mark.skipif(not os.path.isdir("/proc"), reason="needs /proc")
def test_memory_sampler_sees_a_child_process():
    code = "import time; b = bytearray(80 * 1024 * 1024); time.sleep(0.6)"
    proc = subprocess.Popen([sys.executable, "-c", "import subprocess, sys; "
                             f"subprocess.run([sys.executable, '-c', {code!r}])"])
    with B.MemorySampler(proc.pid, interval=0.05) as mem:
        proc.wait()
    assert mem.peak_rss >= 80 * 1024 * 1024               # the grandchild's buffer is counted
    assert 0 < mem.peak_pss <= mem.peak_rss


def test_machine_info_names_cpus_and_memory():
    info = B.machine_info()
    assert int(info["nproc"]) >= 1
    if os.path.exists("/proc/meminfo"):
        assert info["ram"].endswith("GiB")


def test_bench_command_runs_both_contenders_on_two_documents(two_docs, tmp_path):
    """One real (small) run of each measured process, eventwire ingest and bare spaCy, each
    in a fresh Python; checks the report, not the speed."""
    out = tmp_path / "docs" / "benchmarks.md"
    result = CliRunner().invoke(B.bench_command, [str(two_docs), "--no-stages",
                                                  "--write", str(out)],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "Throughput" in result.output
    md = out.read_text(encoding="utf-8")
    assert "eventwire bench" in md and "--jobs 1" in md and "CPUs" in md
    rows = {line.split("|")[1].strip(): line.split("|") for line in md.splitlines()
            if line.startswith("| ")}
    assert rows["eventwire"][3].strip() == "2" and rows["bare spaCy"][3].strip() == "2"
    assert float(rows["bare spaCy"][7].replace(",", "")) > 0      # tokens/s
    assert float(rows["eventwire"][8]) > 0                         # peak memory, MiB
    assert float(rows["eventwire"][5]) > 0                         # CPU seconds
    assert "eventwire / bare spaCy:" in md


def test_stage_worker_times_each_stage_and_stores(two_docs, tmp_path):
    """The stage-by-stage run, in this process (the model is already loaded here)."""
    data = B._worker_stages({"inputs": [str(two_docs)], "db": str(tmp_path / "s.duckdb"),
                             "batch_size": 8, "published": "2020-06-11"})
    assert data["docs"] == 2 and data["failed"] == 0
    assert set(data["stages"]) == set(B.STAGES)
    assert all(v >= 0 for v in data["stages"].values()) and data["stages"]["annotate"] > 0
    from eventwire.store import Store

    with Store(tmp_path / "s.duckdb") as st:
        assert st.counts()["documents"] == 2 and st.counts()["events"] == data["events"]


def test_report_tables_show_ratio_stages_and_scaled_memory():
    corpus = B.Corpus(inputs=["x"], texts_path="t", docs=10, chars=5000)
    mib = 1024 ** 2
    report = B.BenchReport(inputs=["x"], jobs=2, repeat=2, corpus=corpus)
    report.spacy = [B.RunResult("spacy", 2, 10, 4.0, 300 * mib, 400 * mib, tokens=2000,
                                cpu_seconds=7.0),
                    B.RunResult("spacy", 2, 10, 5.0, 310 * mib, 420 * mib, tokens=2000)]
    report.eventwire = [B.RunResult("eventwire", 2, 10, 6.0, 350 * mib, 450 * mib,
                                    cpu_seconds=7.7),
                        B.RunResult("eventwire", 2, 10, 8.0, 360 * mib, 460 * mib)]
    report.stages = B.RunResult("stages", 1, 10, 9.0, detail={
        "docs": 10, "split_nlp": True, "model_load": 2.0,
        "stages": {"read": 0.1, "clean": 0.1, "annotate": 3.0, "extract": 0.6, "store": 0.2},
        "stages_cpu": {"read": 0.1, "clean": 0.1, "annotate": 2.5, "extract": 0.5,
                       "store": 0.3}})
    report.scaled = {10: B.RunResult("eventwire-x10", 2, 100, 60.0, 380 * mib, 470 * mib)}
    by_title = {t[0]: t for t in B.tables(report)}
    thr = {r[0]: r for r in by_title["Throughput"][2]}
    assert thr["bare spaCy"][3:6] == ["4.0", "7.0", "2.50"]       # wall, CPU, docs/s
    assert thr["eventwire"][6] == "333" and thr["eventwire"][7] == "360"  # tokens/s, PSS
    note = by_title["Throughput"][3]
    assert "1.50 in wall time, 1.10 in CPU time" in note and "bare spaCy 4.5 s" in note
    assert "relative to bare spaCy: 0.67x (wall), 0.91x (CPU)" in note
    stages = {r[0]: r for r in by_title["Time per stage (1 process)"][2]}
    assert stages["annotate"][1:4] == ["3.00", "2.50", "71.4"]    # wall, CPU, % of CPU
    assert stages["extract"][4] == "50.0"                          # CPU ms per document
    scaled = by_title["Memory as the corpus grows (eventwire)"][2]
    assert [r[0] for r in scaled] == ["x1", "x10"] and scaled[1][5] == "380"
    assert "Peak PSS x10 / x1: 1.09." in by_title["Memory as the corpus grows (eventwire)"][3]
    md = B.to_markdown(report)
    assert "## Memory as the corpus grows" in md and "| x10 | 100 |" in md
    assert "## How it is measured" in md
    more = B.to_markdown(report, appended=True)
    assert more.startswith("# eventwire benchmarks: another run")
    assert "How it is measured" not in more


def test_bench_refuses_an_existing_database(two_docs, tmp_path):
    db = tmp_path / "x.duckdb"
    db.write_bytes(b"")
    result = CliRunner().invoke(B.bench_command, [str(two_docs), "--db", str(db)])
    assert result.exit_code != 0 and isinstance(result.exception, UsageError)
    assert db.exists()                                    # never deleted
