"""Speed and memory: ``eventwire bench``, eventwire against bare spaCy on the same texts.

Why subprocesses: each measured run starts a fresh Python, so start-up (imports, model
loading) is counted for both contenders alike, no run warms the next one's caches, and
peak memory is the run's own. The parent samples the memory of each run's whole process
tree (worker processes included) from /proc: the proportional set size (PSS, shared pages
split between the processes sharing them) and the plain resident size (RSS, shared pages
counted in every process, an upper bound).

What is compared:
- **eventwire**: ``eventwire.runner.ingest`` (read -> clean -> annotate -> extract ->
  store) into a fresh temporary DuckDB file, with ``--jobs`` worker processes;
- **bare spaCy**: ``nlp.pipe(texts, n_process=jobs)`` with the full English pipeline
  (tok2vec, tagger, parser, NER ...) over the same cleaned texts, read from a JSONL file;
- **stages**: one more eventwire run in one process with each stage timed apart.

``--limit`` and ``--scale`` are served from a temporary JSONL copy of the (limited,
repeated) input, written once before any run: copy ``k`` of a document gets the doc_ref
``ref#k`` and a last line ``(copy k)``, so that its content hash, hence its doc_id, is new.
"""

from __future__ import annotations

import datetime as _dt
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any, Iterator, Sequence

import click

from eventwire.errors import EventwireError, UsageError
from eventwire.model import Document, Failure

STAGES: tuple[str, ...] = ("read", "clean", "annotate", "extract", "store")


# -- memory of a process tree ----------------------------------------------------------------

def _children_map() -> dict[int, list[int]]:
    kids: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as fh:
                stat = fh.read()
        except OSError:
            continue
        ppid = int(stat.rsplit(b")", 1)[1].split()[1])
        kids.setdefault(ppid, []).append(int(entry))
    return kids


def _proc_memory(pid: int) -> tuple[int, int]:
    """(PSS, RSS) of one process in bytes; PSS falls back to RSS where smaps is unreadable."""
    rss = pss = 0
    try:
        with open(f"/proc/{pid}/smaps_rollup", "rb") as fh:
            for line in fh:
                if line.startswith(b"Rss:"):
                    rss = int(line.split()[1]) * 1024
                elif line.startswith(b"Pss:"):
                    pss = int(line.split()[1]) * 1024
        return pss or rss, rss
    except OSError:
        pass
    try:
        with open(f"/proc/{pid}/statm", "rb") as fh:
            rss = int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0, 0
    return rss, rss


def tree_memory(root: int) -> tuple[int, int]:
    """(PSS, RSS) summed over a process and all its descendants, in bytes."""
    kids = _children_map()
    pss = rss = 0
    stack = [root]
    while stack:
        pid = stack.pop()
        p, r = _proc_memory(pid)
        pss += p
        rss += r
        stack.extend(kids.get(pid, ()))
    return pss, rss


class MemorySampler:
    """Samples a process tree's memory on a thread until stopped; keeps the peaks."""

    def __init__(self, pid: int, interval: float = 0.1) -> None:
        self.pid = pid
        self.interval = interval
        self.peak_pss = 0
        self.peak_rss = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self.available = os.path.isdir("/proc")

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                pss, rss = tree_memory(self.pid)
            except OSError:
                pss = rss = 0
            self.peak_pss = max(self.peak_pss, pss)
            self.peak_rss = max(self.peak_rss, rss)
            self._stop.wait(self.interval)

    def __enter__(self) -> "MemorySampler":
        if self.available:
            self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        if self.available:
            self._thread.join()


# -- the input, prepared once ------------------------------------------------------------------

@dataclass
class Corpus:
    """The documents every run works on, and where each contender reads them from."""

    inputs: list[str]           # what eventwire ingests (the user's paths, or a JSONL copy)
    texts_path: str             # cleaned texts, one JSON string a line, for bare spaCy
    docs: int = 0
    chars: int = 0
    failed: int = 0             # inputs eventwire could not read or clean
    scale: int = 1
    served_from_copy: bool = False


def _documents(paths: Sequence[str], published: str | None) -> Iterator[Document | Failure]:
    from eventwire.readers.open import read_inputs

    return read_inputs(list(paths), published)


def _scaled(paths: Sequence[str], published: str | None, limit: int | None,
            scale: int) -> Iterator[Document | Failure]:
    """The input (its first ``limit`` documents), re-read ``scale`` times, streamed: copy k
    of a document gets a new doc_ref and a marker line, so its content hash is new."""
    for k in range(scale):
        items = _documents(paths, published)
        for item in islice(items, limit) if limit else items:
            if k and isinstance(item, Document):
                item.doc_ref = f"{item.doc_ref}#{k}"
                item.text = f"{item.text}\n\n(copy {k})"
            yield item


def _record(doc: Document) -> dict[str, Any]:
    return {"id": doc.doc_ref, "text": doc.text, "title": doc.title, "url": doc.url,
            "published": doc.published, "tags": doc.tags, "categories": doc.categories}


def prepare(paths: Sequence[str], workdir: Path, published: str | None = None,
            limit: int | None = None, scale: int = 1) -> Corpus:
    """Read and clean the input once (not timed) to count it and to write the cleaned
    texts for bare spaCy; with ``limit`` or ``scale`` also write the raw documents to a
    JSONL file that eventwire then ingests instead of ``paths``."""
    from eventwire.clean import clean

    copy = bool(limit) or scale > 1
    corpus = Corpus(inputs=list(paths), texts_path=str(workdir / f"texts-x{scale}.jsonl"),
                    scale=scale, served_from_copy=copy)
    raw_path = workdir / f"input-x{scale}.jsonl"
    raw = open(raw_path, "w", encoding="utf-8") if copy else None
    try:
        with open(corpus.texts_path, "w", encoding="utf-8") as texts:
            for item in _scaled(paths, published, limit, scale):
                if isinstance(item, Failure):
                    corpus.failed += 1
                    continue
                if raw is not None:
                    raw.write(json.dumps(_record(item), ensure_ascii=False) + "\n")
                try:
                    cleaned = clean(item)
                except EventwireError:
                    corpus.failed += 1
                    continue
                corpus.docs += 1
                corpus.chars += len(cleaned.text)
                texts.write(json.dumps(cleaned.text, ensure_ascii=False) + "\n")
    finally:
        if raw is not None:
            raw.close()
    if copy:
        corpus.inputs = [str(raw_path)]
    if corpus.docs == 0:
        raise UsageError("E084", path=", ".join(paths), detail="no readable document in it")
    return corpus


# -- one measured run --------------------------------------------------------------------------

@dataclass
class RunResult:
    label: str
    jobs: int
    docs: int
    seconds: float                  # wall clock, process start to exit (start-up included)
    peak_pss: int = 0               # bytes, whole process tree
    peak_rss: int = 0
    largest_rss: int = 0            # the largest single process (getrusage maxrss), bytes
    tokens: int | None = None
    cpu_seconds: float = 0.0        # user + system, the whole process tree
    detail: dict[str, Any] = field(default_factory=dict)


def _children_cpu() -> float:
    """User + system CPU seconds of every finished descendant (workers included once they
    are reaped): unlike wall time, hardly changed by other load on the machine."""
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    return ru.ru_utime + ru.ru_stime


def _run_worker(spec: dict[str, Any], label: str, workdir: Path) -> RunResult:
    """Run ``python -m eventwire.bench <spec>`` in a fresh process, timed and sampled."""
    out = workdir / f"result-{label}-{time.time_ns()}.json"
    spec = {**spec, "out": str(out)}
    cpu0 = _children_cpu()
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "eventwire.bench", json.dumps(spec)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    with MemorySampler(proc.pid) as mem:
        _, err = proc.communicate()
    seconds = time.perf_counter() - start
    cpu = _children_cpu() - cpu0
    if proc.returncode != 0 or not out.exists():
        tail = err.decode("utf-8", "replace").strip().splitlines()[-5:]
        raise EventwireError("E085", detail=f"{label} exited with {proc.returncode}: "
                                            + " | ".join(tail))
    data = json.loads(out.read_text(encoding="utf-8"))
    largest = max(int(data.get("self_maxrss", 0)), int(data.get("children_maxrss", 0)))
    return RunResult(label=label, jobs=int(spec.get("jobs", 1)), docs=int(data.get("docs", 0)),
                     seconds=seconds, peak_pss=mem.peak_pss, peak_rss=mem.peak_rss,
                     largest_rss=largest, tokens=data.get("tokens"), cpu_seconds=cpu,
                     detail=data)


def run_eventwire(corpus: Corpus, jobs: int, workdir: Path, published: str | None = None,
                  db: str | None = None, batch_size: int = 32) -> RunResult:
    db_path = Path(db) if db else workdir / f"bench-{time.time_ns()}.duckdb"
    try:
        return _run_worker({"mode": "eventwire", "inputs": corpus.inputs, "jobs": jobs,
                            "db": str(db_path), "published": published,
                            "batch_size": batch_size}, f"eventwire-x{corpus.scale}", workdir)
    finally:
        for p in (db_path, Path(f"{db_path}.wal")):
            if p.exists():
                p.unlink()


def run_spacy(corpus: Corpus, jobs: int, workdir: Path, batch_size: int = 32) -> RunResult:
    return _run_worker({"mode": "spacy", "texts": corpus.texts_path, "jobs": jobs,
                        "batch_size": batch_size}, f"spacy-x{corpus.scale}", workdir)


def run_stages(corpus: Corpus, workdir: Path, published: str | None = None,
               batch_size: int = 32) -> RunResult:
    db_path = workdir / f"stages-{time.time_ns()}.duckdb"
    try:
        return _run_worker({"mode": "stages", "inputs": corpus.inputs, "db": str(db_path),
                            "published": published, "batch_size": batch_size, "jobs": 1},
                           "stages", workdir)
    finally:
        for p in (db_path, Path(f"{db_path}.wal")):
            if p.exists():
                p.unlink()


# -- what runs inside the measured process -------------------------------------------------

def _worker_eventwire(spec: dict[str, Any]) -> dict[str, Any]:
    from eventwire.runner import ingest

    report = ingest(spec["inputs"], db_path=spec["db"], published=spec.get("published"),
                    jobs=int(spec["jobs"]), batch_size=int(spec.get("batch_size", 32)),
                    progress=False, log=None)
    return {"docs": report.stored + report.skipped, "stored": report.stored,
            "failed": report.failed, "events": report.events, "inner_seconds": report.seconds}


def _worker_spacy(spec: dict[str, Any]) -> dict[str, Any]:
    from eventwire.annotate import load_model

    nlp = load_model()

    def texts() -> Iterator[str]:
        with open(spec["texts"], encoding="utf-8") as fh:
            for line in fh:
                yield json.loads(line)

    docs = tokens = 0
    for doc in nlp.pipe(texts(), n_process=int(spec["jobs"]),
                        batch_size=int(spec.get("batch_size", 32))):
        docs += 1
        tokens += len(doc)
    return {"docs": docs, "tokens": tokens, "pipes": list(nlp.pipe_names)}


def _worker_stages(spec: dict[str, Any]) -> dict[str, Any]:
    """Each stage timed apart, in one process: read, clean, NLP (annotate + extract), store.

    Annotate and extract are told apart through the pipeline's two steps
    (``Pipeline.annotator.annotate`` then ``Pipeline.events``); a pipeline without them is
    timed as one figure under "annotate+extract"."""
    from eventwire.clean import clean
    from eventwire.pipeline import Pipeline
    from eventwire.store import Store

    times = dict.fromkeys(STAGES, 0.0)      # wall seconds
    cpu = dict.fromkeys(STAGES, 0.0)        # CPU seconds of this process
    t = time.perf_counter()
    pipe = Pipeline()
    load = time.perf_counter() - t
    n_docs = events = failed = 0
    bs = int(spec.get("batch_size", 32))
    split = hasattr(pipe, "annotator") and hasattr(pipe, "events")
    with Store(spec["db"]) as store:
        items = _documents(spec["inputs"], spec.get("published"))
        while True:
            t, c = time.perf_counter(), time.process_time()
            batch = [x for x in islice(items, bs) if isinstance(x, Document)]
            times["read"] += time.perf_counter() - t
            cpu["read"] += time.process_time() - c
            if not batch:
                break
            t, c = time.perf_counter(), time.process_time()
            cleaned = []
            for d in batch:
                try:
                    cleaned.append(clean(d))
                except EventwireError:
                    failed += 1
            times["clean"] += time.perf_counter() - t
            cpu["clean"] += time.process_time() - c
            n_docs += len(cleaned)
            results: list[tuple[Document, list]] = []
            if split:
                t, c = time.perf_counter(), time.process_time()
                annotated = list(pipe.annotator.annotate([d.text for d in cleaned], bs))
                times["annotate"] += time.perf_counter() - t
                cpu["annotate"] += time.process_time() - c
                t, c = time.perf_counter(), time.process_time()
                for d, ann in zip(cleaned, annotated):
                    try:
                        results.append((d, pipe.events(d, ann)))
                    except Exception:  # noqa: BLE001 - counted, as ingest would report it
                        failed += 1
                times["extract"] += time.perf_counter() - t
                cpu["extract"] += time.process_time() - c
            else:
                t, c = time.perf_counter(), time.process_time()
                for r in pipe.process(cleaned, batch_size=bs):
                    if isinstance(r, Failure):
                        failed += 1
                    else:
                        results.append((r[0], list(r[1])))
                times["annotate"] += time.perf_counter() - t
                cpu["annotate"] += time.process_time() - c
            t, c = time.perf_counter(), time.process_time()
            events += store.write(results)
            times["store"] += time.perf_counter() - t
            cpu["store"] += time.process_time() - c
    return {"docs": n_docs, "events": events, "failed": failed, "stages": times,
            "stages_cpu": cpu, "model_load": load, "split_nlp": split}


def worker_main(argv: Sequence[str]) -> int:
    spec = json.loads(argv[0])
    fn = {"eventwire": _worker_eventwire, "spacy": _worker_spacy,
          "stages": _worker_stages}[spec["mode"]]
    data = fn(spec)
    # the largest single process: this one, or the biggest of its reaped workers (KiB)
    data["self_maxrss"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    data["children_maxrss"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
    Path(spec["out"]).write_text(json.dumps(data), encoding="utf-8")
    return 0


# -- the whole benchmark --------------------------------------------------------------------

@dataclass
class BenchReport:
    inputs: list[str]
    jobs: int
    repeat: int
    corpus: Corpus
    eventwire: list[RunResult] = field(default_factory=list)
    spacy: list[RunResult] = field(default_factory=list)
    stages: RunResult | None = None
    scaled: dict[int, RunResult] = field(default_factory=dict)
    scaled_docs: dict[int, int] = field(default_factory=dict)
    machine: dict[str, str] = field(default_factory=dict)
    command: str = ""
    date: str = ""
    load_after: str = ""

    @property
    def tokens(self) -> int | None:
        return next((r.tokens for r in self.spacy if r.tokens), None)


def machine_info() -> dict[str, str]:
    """nproc, RAM and CPU model: enough to tell whether two reports are comparable."""
    info = {"nproc": str(len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity")
                         else os.cpu_count()),
            "python": platform.python_version(), "platform": platform.platform()}
    if hasattr(os, "getloadavg"):   # other work on the machine skews every figure: say so
        info["load"] = " ".join(f"{x:.2f}" for x in os.getloadavg())
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                info["cpu"] = line.split(":", 1)[1].strip()
                break
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                info["ram"] = f"{int(line.split()[1]) / 1024 ** 2:.1f} GiB"
                break
    except OSError:
        pass
    try:
        from importlib.metadata import version

        from eventwire.annotate import model_name

        info["spacy"] = version("spacy")
        info["model"] = f"{model_name()} {version(model_name())}"
    except Exception:  # noqa: BLE001 - a report without the model name is still a report
        pass
    return info


def bench(paths: Sequence[str], jobs: int = 1, limit: int | None = None, repeat: int = 1,
          scale: int = 1, db: str | None = None, published: str | None = None,
          stages: bool = True, spacy: bool = True, batch_size: int = 32,
          log=lambda _m: None) -> BenchReport:
    """Measure eventwire and bare spaCy on the same documents; see the module docstring."""
    with tempfile.TemporaryDirectory(prefix="eventwire-bench-") as tmp:
        work = Path(tmp)
        log("reading and cleaning the input once (not timed)")
        corpus = prepare(paths, work, published, limit, 1)
        report = BenchReport(inputs=list(paths), jobs=jobs, repeat=repeat, corpus=corpus,
                             machine=machine_info(),
                             date=_dt.datetime.now(_dt.timezone.utc).strftime(
                                 "%Y-%m-%d %H:%M UTC"))
        for k in range(repeat):
            if spacy:
                log(f"run {k + 1}/{repeat}: bare spaCy, {corpus.docs} documents")
                report.spacy.append(run_spacy(corpus, jobs, work, batch_size))
            log(f"run {k + 1}/{repeat}: eventwire, {corpus.docs} documents")
            report.eventwire.append(run_eventwire(corpus, jobs, work, published, db,
                                                  batch_size))
        if stages:
            log("eventwire stage by stage (one process)")
            report.stages = run_stages(corpus, work, published, batch_size)
        if scale > 1:
            log(f"preparing the input x{scale} (streamed to a temporary file)")
            big = prepare(paths, work, published, limit, scale)
            report.scaled_docs[scale] = big.docs
            log(f"eventwire on the input x{scale}: {big.docs} documents")
            report.scaled[scale] = run_eventwire(big, jobs, work, published, db, batch_size)
        if hasattr(os, "getloadavg"):
            report.load_after = " ".join(f"{x:.2f}" for x in os.getloadavg())
        return report


# -- printing and writing --------------------------------------------------------------------

def _mib(n: int | None) -> str:
    return "–" if not n else f"{n / 1024 ** 2:.0f}"


def _best(runs: Sequence[RunResult]) -> RunResult | None:
    return min(runs, key=lambda r: r.seconds) if runs else None


def tables(report: BenchReport) -> list[tuple[str, list[str], list[list[str]], str]]:
    """(title, headers, rows, note) tables shared by the terminal and Markdown output."""
    tokens = report.tokens
    out = []
    rows = []
    for label, runs in (("bare spaCy", report.spacy), ("eventwire", report.eventwire)):
        best = _best(runs)
        if best is None:
            continue
        rows.append([label, str(best.jobs), str(best.docs), f"{best.seconds:.1f}",
                     f"{best.cpu_seconds:.1f}", f"{best.docs / best.seconds:.2f}",
                     f"{tokens / best.seconds:,.0f}" if tokens else "–",
                     _mib(max(r.peak_pss for r in runs)), _mib(max(r.peak_rss for r in runs))])
    ew, sp = _best(report.eventwire), _best(report.spacy)
    note = (f"{report.corpus.docs} documents, {tokens or '?'} spaCy tokens, "
            f"{report.corpus.chars:,} characters of cleaned text. wall s: wall clock from "
            "process start to exit (imports and model loading included), best of "
            f"{report.repeat} run(s)")
    if report.repeat > 1:
        note += " (medians: " + ", ".join(
            f"{label} {statistics.median(r.seconds for r in runs):.1f} s"
            for label, runs in (("bare spaCy", report.spacy), ("eventwire", report.eventwire))
            if runs) + ")"
    note += ("; CPU s: user + system CPU time of the whole process tree, the figure least "
             "affected by other load on the machine. Memory: peak over the process tree "
             "(workers included), PSS (shared pages split) and RSS (counted per process).")
    if ew and sp:
        note += (f" eventwire / bare spaCy: {ew.seconds / sp.seconds:.2f} in wall time, "
                 f"{ew.cpu_seconds / sp.cpu_seconds:.2f} in CPU time."
                 if sp.cpu_seconds else f" eventwire / bare spaCy: "
                 f"{ew.seconds / sp.seconds:.2f} in wall time.")
        if ew.seconds and ew.cpu_seconds:
            note += (f" Throughput of eventwire relative to bare spaCy: "
                     f"{sp.seconds / ew.seconds:.2f}x (wall)"
                     + (f", {sp.cpu_seconds / ew.cpu_seconds:.2f}x (CPU)."
                        if sp.cpu_seconds else "."))
    out.append(("Throughput", ["run", "jobs", "docs", "wall s", "CPU s", "docs/s",
                               "tokens/s", "PSS MiB", "RSS MiB"], rows, note))
    if report.stages is not None:
        st = report.stages.detail
        times = st.get("stages", {})
        total = sum(times.values()) or 1.0
        names = list(STAGES) if st.get("split_nlp") else ["read", "clean", "annotate", "store"]
        label = {"annotate": "annotate" if st.get("split_nlp") else "annotate+extract"}
        cpu = st.get("stages_cpu") or {}
        cpu_total = sum(cpu.values()) or 1.0
        n_docs = max(st.get("docs", 1), 1)
        rows = [[label.get(n, n), f"{times.get(n, 0.0):.2f}", f"{cpu.get(n, 0.0):.2f}",
                 f"{100 * cpu.get(n, 0.0) / cpu_total:.1f}" if cpu else
                 f"{100 * times.get(n, 0.0) / total:.1f}",
                 f"{1000 * cpu.get(n, times.get(n, 0.0)) / n_docs:.1f}"] for n in names]
        rows.append(["(model load)", f"{st.get('model_load', 0.0):.2f}", "–", "–", "–"])
        out.append(("Time per stage (1 process)",
                    ["stage", "wall s", "CPU s", "% of CPU", "CPU ms/doc"], rows,
                    "One eventwire run in one process with each stage timed apart (wall clock "
                    "and this process's CPU time); model loading shown separately."))
    if report.scaled:
        rows = []
        base = _best(report.eventwire)
        if base is not None:
            rows.append(["x1", str(base.docs), f"{base.seconds:.1f}", f"{base.cpu_seconds:.1f}",
                         f"{base.docs / base.seconds:.2f}", _mib(base.peak_pss),
                         _mib(base.peak_rss)])
        for k, r in sorted(report.scaled.items()):
            rows.append([f"x{k}", str(r.docs), f"{r.seconds:.1f}", f"{r.cpu_seconds:.1f}",
                         f"{r.docs / r.seconds:.2f}", _mib(r.peak_pss), _mib(r.peak_rss)])
        out.append(("Memory as the corpus grows (eventwire)",
                    ["corpus", "docs", "wall s", "CPU s", "docs/s", "PSS MiB", "RSS MiB"],
                    rows, "The same input repeated K times and streamed through one ingest: "
                          "memory that stays flat means nothing piles up per document."
                          + "".join(f" Peak PSS x{k} / x1: {r.peak_pss / base.peak_pss:.2f}."
                                    for k, r in sorted(report.scaled.items())
                                    if base is not None and base.peak_pss)))
    return out


def print_report(report: BenchReport, console=None) -> None:
    from rich.console import Console
    from rich.table import Table

    console = console or Console()
    for title, headers, rows, note in tables(report):
        t = Table(title=title, caption=note or None, caption_justify="left", title_justify="left")
        for i, h in enumerate(headers):
            t.add_column(h, justify="left" if i == 0 else "right", no_wrap=i == 0)
        for r in rows:
            t.add_row(*r)
        console.print(t)
        console.print()


def to_markdown(report: BenchReport, appended: bool = False) -> str:
    """The report as Markdown; ``appended`` for a further run added below earlier ones."""
    m = report.machine
    lines = ["# eventwire benchmarks: another run" if appended else "# eventwire benchmarks",
             "", "Written by `eventwire bench`; re-run the command below to refresh it.", "",
             f"- command: `{report.command}`", f"- date: {report.date}",
             f"- machine: {m.get('nproc', '?')} CPUs ({m.get('cpu', '?')}), "
             f"{m.get('ram', '?')} RAM, Python {m.get('python', '?')}, {m.get('platform', '?')}",
             f"- load average (1, 5, 15 min) when the benchmark started: {m.get('load', '?')}"
             + (f"; when it ended: {report.load_after}" if report.load_after else ""),
             f"- model: {m.get('model', '?')} (spaCy {m.get('spacy', '?')}), full pipeline "
             "for bare spaCy",
             f"- input: {', '.join(f'`{p}`' for p in report.inputs)}"
             + (" (served from a temporary JSONL copy: --limit/--scale)"
                if report.corpus.served_from_copy else ""), ""]
    for title, headers, rows, note in tables(report):
        lines += [f"## {title}", "", "| " + " | ".join(headers) + " |",
                  "|" + "|".join("---" if i == 0 else "---:" for i in range(len(headers))) + "|"]
        lines += ["| " + " | ".join(r) + " |" for r in rows]
        lines += ["", note, ""]
    if not appended:
        lines += ["## How it is measured", "", (__doc__ or "").split("\n\n", 1)[1].strip(), ""]
    return "\n".join(lines)


# -- the command -------------------------------------------------------------------------------

def _command_line(paths, jobs, limit, repeat, scale, db, write, no_stages=False,
                  append=False) -> str:
    parts = ["eventwire bench", *paths, f"--jobs {jobs}"]
    if limit:
        parts.append(f"--limit {limit}")
    if repeat != 1:
        parts.append(f"--repeat {repeat}")
    if scale != 1:
        parts.append(f"--scale {scale}")
    if db:
        parts.append(f"--db {db}")
    if no_stages:
        parts.append("--no-stages")
    if write:
        parts.append(f"--write {write}")
    if append:
        parts.append("--append")
    return " ".join(parts)


@click.command("bench")
@click.argument("paths", nargs=-1, required=True)
@click.option("--jobs", "-j", type=int, default=1, show_default=True,
              help="Worker processes, for eventwire and for spaCy's n_process alike.")
@click.option("--limit", type=int, default=None, help="Only the first N documents.")
@click.option("--repeat", type=int, default=1, show_default=True,
              help="Run each contender K times; the best and the median are shown.")
@click.option("--scale", type=int, default=1, show_default=True,
              help="Also run eventwire on the input repeated K times (peak memory at 1x and Kx).")
@click.option("--db", type=click.Path(dir_okay=False), default=None,
              help="Where eventwire stores during the run (must not exist; removed after). "
                   "Default: a temporary file.")
@click.option("--published", default=None, help="Publication date for undated documents.")
@click.option("--no-stages", is_flag=True, help="Skip the stage-by-stage run.")
@click.option("--write", type=click.Path(dir_okay=False), default=None,
              help="Also write the results as Markdown (e.g. docs/benchmarks.md).")
@click.option("--append", is_flag=True,
              help="With --write: add this run below the runs already in the file.")
def bench_command(paths: tuple[str, ...], jobs: int, limit: int | None, repeat: int,
                  scale: int, db: str | None, published: str | None, no_stages: bool,
                  write: str | None, append: bool) -> None:
    """Speed and memory of eventwire against bare spaCy on the same texts.

    Any input eventwire reads works (files, folders, CSV/JSONL, HTML, WARC). Each run is a
    fresh process, model loading included; peak memory covers worker processes too.
    """
    from rich.console import Console

    for name, value in (("--jobs", jobs), ("--repeat", repeat), ("--scale", scale),
                        ("--limit", limit if limit is not None else 1)):
        if value < 1:
            raise click.BadParameter(f"{name} must be 1 or more")
    if db and Path(db).exists():
        raise UsageError("E084", path=db, detail="the --db file exists; the benchmark needs "
                                                 "a fresh database (it removes it afterwards)")
    err = Console(stderr=True)
    report = bench(list(paths), jobs=jobs, limit=limit, repeat=repeat, scale=scale, db=db,
                   published=published, stages=not no_stages,
                   log=lambda m: err.print(f"[dim]{m}[/dim]"))
    report.command = _command_line(paths, jobs, limit, repeat, scale, db, write, no_stages,
                                   append)
    print_report(report, Console(file=sys.stdout))
    if write:
        target = Path(write)
        target.parent.mkdir(parents=True, exist_ok=True)
        if append and target.exists():
            before = target.read_text(encoding="utf-8").rstrip("\n")
            target.write_text(before + "\n\n---\n\n" + to_markdown(report, appended=True),
                              encoding="utf-8")
        else:
            target.write_text(to_markdown(report), encoding="utf-8")
        err.print(f"written: {write}")


if __name__ == "__main__":  # the measured process: python -m eventwire.bench '<spec>'
    sys.exit(worker_main(sys.argv[1:]))
